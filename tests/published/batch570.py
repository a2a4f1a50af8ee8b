"""The five-hundred-and-seventieth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's Party
committee bodies, 称多县 (玉树藏族自治州, 青海) — its 县委宣传部, 县委统一战线工作部, 县委党校,
机关事务服务中心, 县委机构编制委员会办公室 and 县委巡察工作领导小组办公室 and the 歇武镇's
党政综合办公室 — each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS
or Excel:

- the 宣传部's 一览表 in TWO SHEETS: ``部领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and ``科室``
  (``科室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 统一战线工作部's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 党校's 自查表, one sheet a person: a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间`` over a row of
  values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 机关事务服务中心's 责任清单 under GROUP ROWS ``一、中心领导`` … ``三、资产管理股`` merged across (no
  股室 column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 歇武镇党政综合办公室's 防控卡, one sheet a holder: ``姓　名 | … | 职　务 | …`` and a merged
  分管工作 (or 岗位职责) line, ``★★★/★★/★`` read by a ``注：`` line;
- the 编办's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on EVERY row, short
  types, ``高风险/中风险/低风险``;
- the 巡察办's 排查登记表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别`` (short names),
  ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``chenduo_organization_dept_vote_grades``: the 组织部's 岗位廉政风险等级民主评议表 has NO level
  column: the level of each point was put to a vote of the nine members of the 评议小组, and the
  table keeps the COUNT OF VOTES for each grade, ``评议得票（票）`` merged over three sub-columns
  ``高 | 中 | 低`` holding numbers (``7 | 2 | 0``, ``4 | 5 | 0``, ``0 | 4 | 5``) that add up to nine on
  every row; a merged ``注：`` line under the table says the grade is the one with the most votes.
  So a point's level is the sub-column with the LARGEST COUNT, every row having numbers under all
  three grades (zeros written out). 序号, 科室 merged, 岗位 and 姓名 merged per person, 廉政风险点 and
  防控措施 are plain. The README's 读得懂的表 knows ``风险等级`` over ``一级 | 二级 | 三级`` (or ``高 | 中
  | 低`` straight in the heading) with ONE ``√`` a row, score columns ``1 | 2 | 3 | 4 | 5`` with ONE
  ``●`` a row banded by a note, LEC factors and a likelihood × impact grid; it does not describe a
  table that grades a point by the votes cast for each grade, a number in every grade's column
  and the highest count deciding.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a city's 竞争性选拔干部工作办法 —
公开选拔, 竞争上岗, 民主推荐, 考察, 差额; a 县委宣传部's 部门决算 说明 — 意识形态工作责任制, 新闻出版,
扫黄打非, 新闻记者证, 互联网信息内容管理; a 县委统战部 on its 党外代表人士 — 人才库, 走访考察, 政治安排,
推荐政协委员; the 中组部's rules on 教育培训 学员管理 — 公款宴请, 超标准食宿, 现场教学, 纪念品; a
公务车辆使用管理办法 — 定点保险、加油、维修, 节假日封存, 里程; a 镇's 收文发文 rules — 收文登记, 签发,
打印盖章, 归档; a 市委编办 on 机构编制实名制 — 上编进人, 下编减人, 机构编制台账, 人员台账; a 巡察组's
account of its 纪律 — 保密, 宴请馈赠, 问题线索 台账, 组务会研判) and the layout follows their words for
the unit, its parts, its posts and its risks. The rows are worded by us, the names invented (the
rare surnames 东方 and 郜 with rare given names); every unit is a body of 称多县.

Run ``python tests/published/score.py --set batch570`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a point's level is the grade under which it has the most votes (高 1, 中 2,
  低 3; no row ties); the vote counts are no points, no level words and name no holder; the
  ``评议时间 | 参加评议人数`` line, the ``注：`` line and the 评议小组/审核 line are no points;
- ``部领导``, ``校领导``, ``办领导`` (科室, 所在科室 and 部门 cells) and ``中心领导`` (a group row) are the
  科室 of those leaders; the 宣传部's leaders (sheet ``部领导``, no 科室 column) and the 党政综合办公室's
  cards have no 科室; a 部's 科 and 办公室, a 中心's or 编办's 股, a 党校's 科 and a 巡察办's 巡察组 are
  科室; a group row ``二、车辆管理股`` gives the 科室 ``车辆管理股`` (its number left off);
- every body is a unit of its own: 部长, 常务副部长, 副部长, 常务副校长, 副校长 and the 主任 and 副主任
  of a 中心, an 办 or a 党政综合办公室 are leaders; a 科长, a 股长 and a 巡察组's 组长 are middle; the
  rest (科员, 会计, 驾驶员, 档案员, 食堂管理员, 组员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``岗位职责``, ``自查情况`` and
  ``填表时间`` are no points and name no holder; the 统一战线工作部's list names no person: its forms
  are posts (对岗不对人);
- ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, 高/中/低 and
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

PREFIX = "b570_"
PLACE = "称多县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
VOTERS = 9


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


def vote_level(votes: tuple[int, int, int]) -> int:
    """The grade with the most votes: 高 1, 中 2, 低 3."""
    return max(range(3), key=lambda k: votes[k]) + 1


# --------------------------------------------------------------------------- harder layout

# (科室, 岗位, 姓名, tier, [(廉政风险点, votes 高|中|低, 防控措施)])
VOTED = [
    ("部领导", "部长", "东方翀霄", "leader", [
        ("干部选拔任用动议环节个人说了算，搞“带帽下达”", (7, 2, 0),
         "动议人选经部务会集体研究，书记专题会酝酿后提交常委会。"),
        ("接受拟提拔人选请托说情、打招呼", (6, 3, 0),
         "严格执行干部选拔任用工作纪实和领导干部插手干预干部选拔任用登记报告制度。"),
    ]),
    ("部领导", "副部长", "郜翾岚", "leader", [
        ("竞争上岗报名资格条件“量身定制”", (4, 5, 0), "资格条件经部务会审定，选拔公告提前公开。"),
        ("民主推荐范围和参加人员随意确定", (5, 3, 1), "推荐范围按规定确定，推荐结果当场封存。"),
    ]),
    ("干部科", "科长", "东方曜岑", "middle", [
        ("干部考察走过场，考察材料失真", (3, 6, 0), "考察组不少于两人，考察材料由考察组成员共同签字。"),
        ("干部档案审核把关不严，“三龄两历一身份”造假", (6, 2, 1), "档案专审实行初审、复审两级，发现问题一律暂停程序。"),
        ("泄露民主推荐、考察、讨论决定等环节的情况", (2, 6, 1), "签订保密承诺书，推荐考察材料专人保管。"),
    ]),
    ("组织科", "科长", "郜泓昳", "middle", [
        ("发展党员“指标”分配不公，违规突击发展", (1, 7, 1), "发展计划公开，预审材料逐人审核。"),
        ("党费收缴、使用和管理不规范", (0, 4, 5), "党费专户存储，使用情况每年公示。"),
    ]),
    ("办公室", "会计", "东方琰澈", "general", [
        ("干部教育培训经费虚列支出", (2, 3, 4), "培训经费按批准计划列支，凭签到表和培训通知报账。"),
        ("办公用品采购不比价、虚开发票", (0, 2, 7), "三家比价，采购和验收分人负责。"),
    ]),
]  # fmt: skip


def chenduo_organization_dept_vote_grades() -> dict:
    unit = f"中共{PLACE}委组织部"
    sh = _Sheet("评议表", [6, 10, 9, 11, 40, 6, 6, 6, 40])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险等级民主评议表", 9)
    _line(sh, f"评议时间：2025年5月{GAP * 12}参加评议人数：{VOTERS}人", 9)
    top = sh.add(
        "序号", "科室", "岗位", "姓名", "廉政风险点", "评议得票（票）", None, None, "防控措施"
    )
    sh.add(None, None, None, None, None, "高", "中", "低", None)
    for c in (0, 1, 2, 3, 4, 8):
        sh.merge(top, c, top + 1, c)
    sh.merge(top, 5, top, 7)
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in VOTED:
        for point, votes, measures in points:
            assert sum(votes) == VOTERS and sorted(votes)[-1] > sorted(votes)[-2], point
            n += 1
            sh.add(n, dept, post, who, point, *votes, measures)
            t.point(sh.name, dept, post, who, tier, point, [], vote_level(votes))
    _per_person(sh, first, 1, 2, 3)
    _line(sh, f"注：各风险点的风险等级由部务会成员和干部职工代表{VOTERS}人无记名投票评议，"
              "以得票最多的等次（高、中、低）确定。", 9)  # fmt: skip
    sh.add("评议小组（签字）：", None, None, None, "审核：", None, None, None, "2025年5月")
    return _layout(
        "chenduo_organization_dept_vote_grades", "https://www.smwenxue.com/article/2580442",
        "(harder) 县委组织部 岗位廉政风险等级民主评议表, after the source's 竞争性选拔干部工作办法 (公开选拔, 竞争上岗, "
        "民主推荐, 考察, 差额选拔): a title, a merged ``评议时间：…　参加评议人数：9人`` line, a TWO-ROW heading: "
        "序号/科室/岗位/姓名/廉政风险点/防控措施 merged down and ``评议得票（票）`` merged across three sub-columns "
        "``高 | 中 | 低`` holding the NUMBER OF VOTES cast for each grade (nine on every row, zeros written out); "
        "NO level column: a point's level is the grade with the MOST VOTES, as a merged ``注：`` line says; 科室 "
        "merged, 岗位 and 姓名 merged per person; no type column; a 评议小组（签字）/审核/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def chenduo_propaganda_dept_two_sheets() -> dict:
    unit = f"中共{PLACE}委宣传部"
    t = _Truth(unit)
    lead = _Sheet("部领导", [6, 11, 10, 20, 38, 9, 34])
    _line(lead, f"{unit}部领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("郜璞岑", "常务副部长", "主持部机关日常工作", [
            ("宣传文化专项经费分配不经部务会研究", "一级", "专项经费分配方案经部务会集体研究，使用情况年底通报。"),
            ("外宣稿件和宣传品制作指定承接单位", "二级", "宣传品制作按规定比选，比选结果存档。"),
        ]),
        ("东方沨珏", "副部长", "分管新闻出版、“扫黄打非”", [
            ("“扫黄打非”收缴非法出版物处置不登记", "一级", "收缴物品逐件登记，集中销毁时纪检人员监督。"),
            ("新闻记者证申领审核把关不严", "二级", "申领材料初审、复审两级审核，名单公示。"),
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
    dept = _Sheet("科室", [6, 16, 9, 11, 38, 9, 34])
    _line(dept, f"{unit}科室廉政风险防控一览表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("新闻科", "科长", "郜沄翊", "middle", "外宣稿件稿酬、奖励发放不按标准", "二级",
         "稿酬按标准核定，发放名单公示。"),
        ("新闻科", "科长", "郜沄翊", "middle", "接受采访对象宴请、礼品，搞有偿新闻", "一级", "采访活动两人以上，签订廉洁承诺。"),
        ("网络舆情科", "科员", "东方霂宸", "general", "网络舆情处置中收受好处删帖、压帖", "一级",
         "舆情处置经科长审批，处置记录全程留痕。"),
        ("精神文明建设指导科", "科长", "郜琤瑛", "middle", "文明单位、文明村镇评选优亲厚友", "二级",
         "评选按测评分数排序，结果公示七个工作日。"),
        ("办公室", "会计", "东方璟岱", "general", "公务接待、会议费用报销审核不严", "三级", "报销凭接待清单、会议通知和签到表。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "chenduo_propaganda_dept_two_sheets",
        "http://www.cqwx.gov.cn/zwgk_224/fdzdgknr/ysjs/js/bmjs/xwxcb/202009/t20200921_7898181.html",
        "县委宣传部 廉政风险防控一览表 in TWO SHEETS, after the source's 部门决算 说明 (意识形态工作责任制, 新闻出版, "
        "“扫黄打非”, 新闻记者证, 互联网信息内容管理): sheet 部领导 with 姓名/职务/分管工作 merged per leader, sheet 科室 "
        "with 科室 merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type "
        "column",
        [lead, dept], t,
    )  # fmt: skip


def chenduo_united_front_dept_posts() -> dict:
    unit = f"中共{PLACE}委统一战线工作部"
    sh = _Sheet("排查表", [6, 14, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("部领导", "副部长", "leader", "党外代表人士推荐", "推荐政协委员、人大代表人选优亲厚友，搞“圈子”",
         "思想道德风险", "高", "推荐人选经部务会集体研究，考察情况书面报告。"),
        ("部领导", "副部长", "leader", "党外干部选拔", "党外干部实职安排人选考察走过场", "制度机制风险", "中",
         "考察组不少于两人，考察意见集体研判。"),
        ("党派工作科", "科长", "middle", "人才库入库审核", "党外代表人士人才库入库条件把关不严，带病入库",
         "岗位职责风险", "中", "入库人选征求纪检、政法等部门意见。"),
        ("民族宗教科", "科长", "middle", "寺院维修补助", "宗教活动场所维修补助资金分配不公开，厚此薄彼",
         "业务流程风险", "高", "补助项目现场核查，分配结果公示。"),
        ("民族宗教科", "科员", "general", "少数民族发展资金", "少数民族发展资金项目验收不到现场，虚报冒领",
         "外部环境风险", "高", "项目验收邀请乡镇和财政部门共同参加，资金直达项目。"),
        ("民族宗教科", "科员", "general", "走访慰问", "走访慰问物品采购、发放不登记", "岗位职责风险", "低",
         "慰问物品统一采购，发放签字登记。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "chenduo_united_front_dept_posts", "https://cz.sxgov.cn/content/2019-06/11/content_9459164.htm",
        "县委统一战线工作部 岗位廉政风险点排查表 对岗不对人, after the source's 县委统战部 on its 党外代表人士 (人才库, "
        "走访考察, 政治安排, 推荐政协委员): a title, 序号/科室 merged/岗位 merged per post/a short 风险点/a long "
        "风险表现/风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def chenduo_party_school_selfchecks() -> dict:
    unit = f"中共{PLACE}委党校"
    t = _Truth(unit)
    people = [
        ("东方澍棠", "校领导", "常务副校长", "leader", [
            ("主体班次安排在风景名胜区开展现场教学", "Ⅰ级", "现场教学点经校委会研究，报县委组织部备案。"),
            ("培训费超标准列支，搞变相公款旅游", "Ⅰ级", "培训费按综合定额标准结算，超支不予报销。"),
        ]),
        ("郜岱沨", "教务科", "科长", "middle", [
            ("外聘授课教师讲课费不按标准发放", "Ⅱ级", "讲课费按职称标准核定，经分管校领导审签。"),
            ("学员考勤、结业考核弄虚作假", "Ⅱ级", "考勤每日公示，结业考核成绩存档备查。"),
        ]),
        ("东方玹翎", "总务科", "食堂管理员", "general", [
            ("学员伙食超标准安排，发放纪念品", "Ⅱ级", "伙食按标准自助供应，不发纪念品。"),
            ("食材采购虚报数量", "Ⅲ级", "食材入库双人验收，每周公示采购账目。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在科室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures) in enumerate(points, 1):
            sh.add(i, point, lv, measures, "已落实" if i % 2 else "未发现问题")
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "校委会意见：", None, None)
        sheets.append(sh)
    return _layout(
        "chenduo_party_school_selfchecks", "https://lxs.cncn.com/76087-help-717972.html",
        "县委党校 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 中组部 rules "
        "on 教育培训 学员管理 (公款宴请, 超标准食宿, 现场教学, 纪念品, 公款旅游): a title, a label row ``姓　名 | "
        "所在科室 | 岗　位 | 填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/"
        "``自查情况``; no type column; ``本人签名： | 校委会意见：``",
        sheets, t,
    )  # fmt: skip


def chenduo_affairs_centre_group_rows() -> dict:
    unit = f"{PLACE}机关事务服务中心"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "郜瑗湉", "leader", [
                ("公务用车定点保险、加油、维修单位选定暗箱操作", "一级风险", "定点单位经中心会议研究，比选结果公示。"),
                ("办公用房调配超标准、未经审批", "一级风险", "调配方案报县委办、县政府办审核。"),
            ]),
        ]),
        ("二、车辆管理股", "车辆管理股", [
            ("股长", "东方岷瑄", "middle", [
                ("节假日公务用车封存不到位，公车私用", "二级风险", "节假日车辆集中封存，记录里程表数值。"),
            ]),
            ("驾驶员", "郜霈珩", "general", [
                ("擅自更换定点加油、维修地点，虚报费用", "二级风险", "实行单车费用登记，每月核对。"),
                ("出车登记不实，虚增里程", "三级风险", "出车凭派车单，回场登记里程。"),
            ]),
        ]),
        ("三、资产管理股", "资产管理股", [
            ("股长", "东方瀚珺", "middle", [
                ("报废资产处置评估不实、低价处置", "二级风险", "处置资产委托评估，进场公开交易。"),
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
        "chenduo_affairs_centre_group_rows", "https://777doc.com/doc-1893862.html",
        "县机关事务服务中心 廉政风险防控责任清单, after the source's 公务车辆使用管理办法 (定点保险、加油、维修, "
        "节假日封存, 里程, 费用报销): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/"
        "防控措施 under GROUP ROWS ``一、中心领导``, ``二、车辆管理股``, ``三、资产管理股`` merged across; 岗位 and "
        "姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def chenduo_xiewu_office_cards() -> dict:
    unit = f"{PLACE}歇武镇党政综合办公室"
    t = _Truth(unit)
    cards = [
        ("主任", "东方昶沅", "主任", "分管工作", "主持党政综合办公室全面工作", "leader", [
            ("以镇党委、政府名义发文不经主要领导签发", "★★★", "发文严格执行分管领导核稿、主要领导签发程序。"),
            ("印章使用不登记，违规出具证明", "★★★", "用印登记，用印事项经主任审批。"),
            ("公务接待超标准", "★★", "接待凭公函，按标准安排，清单随票报销。"),
        ]),
        ("副主任", "郜淏琰", "副主任", "分管工作", "分管收发文、档案和机要", "leader", [
            ("急办文件延误传递，影响群众事项办理", "★★", "急件即收即送，领导外出电话请示。"),
            ("涉密文件传阅回收不及时", "★", "涉密文件专人登记、限时回收。"),
        ]),
        ("档案员", "东方珣岳", "档案员", "岗位职责", "负责文件归档、档案查阅利用", "general", [
            ("违规提供档案查阅、复制", "★★", "查阅复制经主任审批，登记备查。"),
            ("档案材料丢失、私自销毁", "★", "档案定期清点，销毁经鉴定小组审定。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, label, work, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add(label, work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "chenduo_xiewu_office_cards", "https://swgk.naimanyun.cn/front/information/100955",
        "镇党政综合办公室 岗位廉政风险防控卡, one sheet a holder, after the source's 镇 收文发文 rules (收文登记, "
        "阅批, 签发, 打印盖章, 归档, 保密): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 (or 岗位职责) "
        "line, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def chenduo_establishment_office_list() -> dict:
    unit = f"中共{PLACE}委机构编制委员会办公室"
    sh = _Sheet("一览表", [6, 14, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("办领导", "主任", "郜曦玹", "leader", "机构编制事项不经编委会研究擅自批复", "制度机制", "高风险",
         "机构编制事项一律提交编委会审议。"),
        ("办领导", "主任", "郜曦玹", "leader", "为亲友在编制调整中打招呼、说情", "思想道德", "中风险",
         "落实领导干部插手干预登记报告制度。"),
        ("行政机构编制股", "股长", "东方晗翊", "middle", "核定领导职数超出规定", "岗位职责", "高风险",
         "领导职数核定经股室会审、主任审签。"),
        ("事业机构编制股", "股长", "郜珺澄", "middle", "事业单位上编进人审核把关不严", "业务流程", "中风险",
         "上编材料逐项核对，政策性上编外一律从严。"),
        ("实名制管理股", "科员", "东方禛翊", "general", "实名制系统人员信息更新不及时，为“吃空饷”留下空间",
         "业务流程", "中风险", "人员变动五个工作日内录入，每季度与工资名册比对。"),
        ("实名制管理股", "科员", "东方禛翊", "general", "泄露机构编制台账、人员台账信息", "外部环境", "低风险",
         "台账专机管理，查询登记。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "chenduo_establishment_office_list", "http://fjjmd.com/gzdt/gzdt/1722186107058094081.html",
        "县委编办 岗位廉政风险防控一览表, after the source's 市委编办 on 机构编制实名制管理 (实名制管理科, 上编进人, "
        "下编减人, 机构编制台账, 人员台账): ``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/"
        "岗位/责任人 written on EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; "
        "a 填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


def chenduo_inspection_office_register() -> dict:
    unit = f"中共{PLACE}委巡察工作领导小组办公室"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("办领导", "副主任", "郜峤漪", "leader", [
            ("巡察发现的问题线索不按规定移交", "制度机制", "一级", "问题线索建立台账，移交经领导小组审定。"),
            ("巡察报告“避重就轻”，对问题定性打折扣", "岗位职责", "二级", "巡察报告经组务会集体研判。"),
        ]),
        ("第一巡察组", "组长", "东方晟珂", "middle", [
            ("接受被巡察单位宴请、土特产", "思想道德", "一级", "进驻期间签订廉洁承诺，纪律监督员随组监督。"),
        ]),
        ("第一巡察组", "组员", "郜湘琬", "general", [
            ("私下与被巡察单位人员接触，泄露巡察信息", "外部环境", "一级", "严守保密纪律，巡察资料专人保管。"),
            ("谈话记录、查阅材料不按要求留存", "业务流程", "三级", "谈话两人以上，记录当场签字。"),
        ]),
        ("综合室", "科员", "东方翎澄", "general", [
            ("巡察工作经费报销审核不严", "业务流程", "二级", "经费按批准预算列支，凭进驻通知报账。"),
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
        "chenduo_inspection_office_register", "https://m.qiqiwenku.com/doc/990853.html",
        "县委巡察办 廉政风险点排查登记表, after the source's 巡察组 account of its 纪律 (保密纪律, 宴请馈赠, 问题线索 "
        "台账, 组务会研判): a title, 序号/科室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/"
        "风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    chenduo_organization_dept_vote_grades(),
    chenduo_propaganda_dept_two_sheets(),
    chenduo_united_front_dept_posts(),
    chenduo_party_school_selfchecks(),
    chenduo_affairs_centre_group_rows(),
    chenduo_xiewu_office_cards(),
    chenduo_establishment_office_list(),
    chenduo_inspection_office_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch570-inbox"))

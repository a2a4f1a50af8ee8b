"""The six-hundred-and-fiftieth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one district's talent
and skills bodies, 青山区 (of 包头市, 内蒙古自治区) — its 人才服务中心, 公共就业服务中心, 职业技能鉴定中心,
职业技能培训中心, 创业孵化园管理服务中心, 就业见习服务站, 人事考试中心 and 创业指导服务中心 — each handing
back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 公共就业服务中心's 一览表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``一级/二级/三级``,
  no type column, a ``注：`` line;
- the 职业技能鉴定中心's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` and a ``所在科室`` line,
  ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column, a 持卡人 line;
- the 职业技能培训中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, ``风险类型`` ``…风险``, 高/中/低;
  no names;
- the 创业孵化园管理服务中心's 清单 under GROUP ROWS ``一、中心领导`` … merged across, ``岗位 | 姓名``
  merged per person, ``★★★/★★/★`` read by a ``注：`` line;
- the 就业见习服务站's 自查表, one sheet a person: a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间``
  over a row of values, ``一级风险/二级风险/三级风险``, ``自查情况``;
- the 人事考试中心's 一览表 in TWO SHEETS ``中心领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``科室`` (``科室`` merged, ``岗位 | 姓名`` merged per person), ``高风险/中风险/低风险``;
- the 创业指导服务中心's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on
  EVERY row, short types, ``一级/二级/三级``, a sign-off line.

One is harder:

- ``qingshan_talent_centre_count_table``: the 人才服务中心's 岗位廉政风险点统计及明细表, ONE SHEET in two
  parts. Part ``一、岗位风险点统计`` is a table of the holders, ``序号 | 科室 | 岗位 | 姓名 | 风险点数 |
  一级 | 二级 | 三级``, one row a person with the COUNT of his points (and of each grade), and a
  ``合计`` row. Part ``二、风险点明细`` is the list, ``序号 | 岗位 | 廉政风险点 | 风险等级 | 防控措施``,
  with the post written on every row and NO 科室 or name column: its rows run in the order of the
  count table's people, each taking as many rows as his ``风险点数`` (a ``注：`` line says so). Two
  ``档案管理员`` of different 科室 stand next to each other in the list (two and three rows), so the
  post column alone cannot split them: only the counts, taken in order, tell which rows are whose.
  The README's 读得懂的表 knows rosters (post → name) beside a post-only list, counts of 高/中/低
  MERGED BESIDE each holder's block in the list, and tables naming each holder's point NUMBERS or
  number RANGES (第1至3项); it does not describe a separate count table whose per-person counts,
  taken cumulatively in order, partition a list that names no holder.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a comment on 《干部人事档案工作条例》
— 档案收集、转递、保管、利用; a 包头 news item on 高校毕业生 就业见习基地 and 人才市场; 职业技能鉴定考评员守则
— 回避, 评分标准, 考评记录; a 包头 news item on 就业技能培训基地; a 创业孵化基地 认定条件 — 入孵实体, 场租减免,
孵化成效; a 就业见习基地 管理 notice — 见习人员报备, 见习补贴, 留用率; an essay on 人事考试安全 —
泄密, 试卷保管, 考务人员; a Q&A on 创业孵化基地 — 创业指导, 政策落实, 担保贷款) and the layout follows
their words for the unit, its parts, its posts and its risks. The rows are worded by us, the names
invented (the rare surnames 谌 and 乔 with rare given names); every unit is a body of 青山区.

Run ``python tests/published/score.py --set batch650`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each person of the count table holds the next ``风险点数`` rows of the list, in
  order, with the 科室, 岗位 and 姓名 of his count-table row; the list's 岗位 cell agrees with his post;
  the count table, its ``合计`` row, the part headings and the ``注：`` line are no points;
- ``中心领导`` (a 科室 cell, a group row) is the 科室 of those leaders; the 人事考试中心's leaders (sheet
  ``中心领导``, no 科室 column) and the cards' leaders have no 科室 unless the card names one;
- every 中心 and the 服务站 is a unit of its own: 主任, 副主任, 站长 are leaders; 科长 middle; the rest
  (科员, 档案管理员, 会计, 出纳, 考务员, 督导员, 培训专员, 创业指导师) general;
- ``分管工作``, ``自查情况`` and ``填表时间`` are no points and name no holder; the 职业技能培训中心's list
  names no person: its forms are posts (对岗不对人);
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

PREFIX = "b650_"
PLACE = "青山区"
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

# the count table's people, in order: (科室, 岗位, 姓名, tier, [(风险点, 等级, 防控措施)])
COUNTED = [
    ("中心领导", "主任", "谌翊澂", "leader", [
        ("人才引进和招聘计划设置带有倾向性，为特定人员“量身定制”岗位条件", "一级",
         "招聘计划经中心班子集体研究，报区人社局审核后公告。"),
        ("人事代理服务收费标准执行不严，擅自减免或加收费用", "二级", "收费标准上墙公示，票据统一管理。"),
        ("干部人事档案专项审核结果定性把关不严", "一级", "审核结果两人以上复核，疑点材料集体研究认定。"),
    ]),
    ("中心领导", "副主任", "乔翯沅", "leader", [
        ("高层次人才生活补贴、安家费审核把关不严", "一级", "补贴对象逐人公示，发放经区人社局复核。"),
        ("人才公寓分配不按条件和顺序", "二级", "分配名单按积分排序并公示五个工作日。"),
    ]),
    ("人事代理科", "科长", "谌岚翾", "middle", [
        ("人事代理合同签订和解除不按程序", "二级", "合同签订、解除实行科长审核、分管领导审批。"),
        ("代理人员职称申报材料审核走过场", "三级", "申报材料初审、复审两级审核并留痕。"),
    ]),
    ("人事代理科", "档案管理员", "乔琇岚", "general", [
        ("违规为他人查阅、借阅代理人员档案", "二级", "查借阅凭介绍信登记，经科长审批。"),
        ("档案材料收集归档时涂改、抽取材料", "一级", "材料归档双人核对签字，档案室视频监控。"),
    ]),
    ("流动人员档案科", "档案管理员", "谌栩沄", "general", [
        ("流动人员档案转递不及时或私自交本人携带", "二级", "档案一律机要转递，转递登记可查。"),
        ("出具存档证明时内容与档案记载不符", "一级", "证明由经办人拟稿、科长核对档案后签发。"),
        ("收受存档人员礼品，为其办理业务开“绿灯”", "三级", "签订廉洁服务承诺书，公开监督电话。"),
    ]),
    ("人才引进科", "科员", "乔澂翊", "general", [
        ("人才引进报名资格审查把关不严", "二级", "资格审查两人交叉复核，结果公示。"),
        ("泄露招聘面试考官和考生信息", "一级", "考务人员签订保密承诺，考官当日抽取。"),
    ]),
]  # fmt: skip


def qingshan_talent_centre_count_table() -> dict:
    unit = f"{PLACE}人才服务中心"
    ncols = 8
    sh = _Sheet("风险点统计及明细", [6, 14, 12, 40, 9, 34, 6, 6])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点统计及明细表", ncols)
    _line(sh, f"单位：{unit}{GAP * 20}2025年5月", ncols)
    _line(sh, "一、岗位风险点统计", ncols)
    sh.add("序号", "科室", "岗位", "姓名", "风险点数", "一级", "二级", "三级")
    totals = [0, 0, 0, 0]
    for i, (dept, post, who, _tier, points) in enumerate(COUNTED, 1):
        counts = [sum(1 for _p, lv, _m in points if GRADES[lv] == g) for g in (1, 2, 3)]
        sh.add(i, dept, post, who, len(points), *counts)
        totals = [a + b for a, b in zip(totals, [len(points), *counts], strict=True)]
    r = sh.add("合计", None, None, None, *totals)
    sh.merge(r, 0, r, 3)
    sh.add()
    _line(sh, "二、风险点明细", ncols)
    sh.add("序号", "岗位", "廉政风险点", "风险等级", "防控措施", None, None, None)
    n = 0
    for dept, post, who, tier, points in COUNTED:
        for point, lv, measures in points:
            n += 1
            sh.add(n, post, point, lv, measures, None, None, None)
            t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    _line(
        sh,
        "注：风险点明细按统计表人员顺序排列，每人条数以“风险点数”栏为准；风险等级分一级、二级、三级，一级为最高。",
        ncols,
    )
    sh.add("制表：", None, "审核：", None, "主任（签字）：", None, None, None)
    return _layout(
        "qingshan_talent_centre_count_table", "http://jizihe.com/page/2019/1216/13004172.shtml",
        "(harder) 区人才服务中心 岗位廉政风险点统计及明细表, after the source's comment on 《干部人事档案工作条例》 (档案收集、"
        "审核、转递、查借阅, 人才服务): a title, a merged ``单位：…　2025年5月`` line, then ``一、岗位风险点统计``: "
        "序号/科室/岗位/姓名/风险点数/一级/二级/三级, one row a person, and a ``合计`` row; then ``二、风险点明细``: "
        "序号/岗位 (on every row)/廉政风险点/风险等级 ``一级/二级/三级``/防控措施, NO 科室 or name column, the rows in "
        "the count table's order, each person taking as many rows as his 风险点数; two 档案管理员 of different 科室 "
        "next to each other; a ``注：`` line saying so and a 制表/审核 line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def qingshan_employment_service_list() -> dict:
    unit = f"{PLACE}公共就业服务中心"
    sh = _Sheet("一览表", [6, 14, 10, 10, 40, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "谌琤翯", "leader", [
            ("就业补助资金分配使用不经集体研究", "一级", "资金使用方案经中心班子会研究，报区财政局备案。"),
            ("公益性岗位开发和人员安置优亲厚友", "一级", "岗位人员公开招聘，名单公示。"),
        ]),
        ("就业见习科", "科长", "乔昶霖", "middle", [
            ("见习基地认定条件把关不严", "二级", "基地认定实地核查，结果公示。"),
            ("见习补贴审核时见习人员花名册核对不实", "一级", "见习人员报备与考勤、工资发放记录逐人比对。"),
        ]),
        ("就业见习科", "科员", "谌沅翙", "general", [
            ("高校毕业生就业信息统计弄虚作假", "三级", "就业数据与社保缴费数据比对核实。"),
        ]),
        ("职业介绍科", "科员", "乔沨玥", "general", [
            ("招聘会展位安排收受用人单位好处", "二级", "展位按报名顺序统一安排。"),
            ("失业登记和就业困难人员认定不实", "二级", "认定材料双人审核，定期回访核查。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为一级、二级、三级，一级为最高。", 7)
    sh.add("编制：综合科", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "qingshan_employment_service_list", "https://www.at78.cn/news/406CB913DB184975EFE4FA.html",
        "区公共就业服务中心 岗位廉政风险防控一览表, after the source's 包头 news item on 高校毕业生 就业见习基地, 人才市场 and "
        "基层服务计划: a title, 序号/科室 merged/岗位 and 姓名 merged per person/廉政风险点/风险等级 ``一级/二级/三级``/"
        "防控措施; no type column; a ``注：`` line and an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def qingshan_skill_appraisal_cards() -> dict:
    unit = f"{PLACE}职业技能鉴定中心"
    t = _Truth(unit)
    cards = [
        ("谌珣漪", "主任", "", "leader", [
            ("考评员选派不执行回避制度", "Ⅰ级", "考评员随机抽取，亲属参考的一律回避。"),
            ("擅自扩大鉴定职业（工种）和等级范围", "Ⅱ级", "鉴定计划报区人社局备案，按备案范围实施。"),
        ]),
        ("乔岑璆", "考务员", "考务科", "general", [
            ("鉴定试卷领取、保管、回收不规范，造成泄密", "Ⅰ级", "试卷双人领取、专柜保管、当场密封。"),
            ("考生报名资格审核把关不严", "Ⅱ级", "报名材料与学历、工作年限证明逐项核对。"),
            ("成绩登录时擅自更改考评结果", "Ⅰ级", "成绩双人录入、交叉核对，结果公示。"),
        ]),
        ("谌昀澔", "督导员", "质量督导科", "general", [
            ("现场督导走过场，对违纪行为不制止不报告", "Ⅱ级", "督导记录当场签字，违纪情况当日报告。"),
            ("接受培训机构宴请、礼品", "Ⅲ级", "签订廉洁督导承诺书。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, dept, tier, items in cards:
        sh = _Sheet(who, [8, 36, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("所在科室", dept or "中心领导", None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, lv, measures) in enumerate(items, 1):
            sh.add(i, point, lv, measures)
            t.point(sh.name, dept or "中心领导", post, who, tier, point, [], ROMAN[lv])
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "qingshan_skill_appraisal_cards", "https://stbarbaraschool.org/id-580.html",
        "区职业技能鉴定中心 岗位廉政风险防控卡, one sheet a person (tabs named by the person), after the source's 职业技能鉴定"
        "考评员守则 (回避制度, 评分标准, 考评记录, 考评职业道德): a title, ``姓　名 | … | 职　务 | …`` and a merged "
        "``所在科室`` line, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no type column; 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def qingshan_training_centre_posts() -> dict:
    unit = f"{PLACE}职业技能培训中心"
    sh = _Sheet("排查表", [6, 12, 10, 40, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "科室", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "定点培训机构认定中降低标准、暗箱操作", "制度机制风险", "高",
         "认定实行专家评审，结果公示。"),
        ("培训管理科", "科长", "middle", "培训补贴审核时虚报培训人数和课时", "岗位职责风险", "高",
         "补贴申领与培训签到、视频记录逐人核对。"),
        ("培训管理科", "科长", "middle", "培训班开班、结业检查走过场", "业务流程风险", "中",
         "开班、结业实地抽查，检查记录存档。"),
        ("培训管理科", "培训专员", "general", "接受培训机构吃请、礼品", "思想道德风险", "中",
         "签订廉洁承诺书，节前廉洁提醒。"),
        ("财务科", "会计", "general", "培训补贴资金拨付不按审核结果", "业务流程风险", "中",
         "资金拨付凭审核结果和公示材料办理。"),
        ("财务科", "会计", "general", "为培训机构提前拨付补贴", "外部环境风险", "低", "补贴按培训结束后审核结果一次拨付。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合科", None, None, "审核：", None, "2025年3月", None)
    return _layout(
        "qingshan_training_centre_posts", "http://innermongolia.chinadaily.com.cn/baotou/2020-06/16/c_500618.htm",
        "区职业技能培训中心 岗位廉政风险点排查表 对岗不对人, after the source's 包头 news item on 就业技能培训基地 (认定, 推荐, "
        "示范基地): a title, 序号/科室 merged/岗位 merged per post/风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施; "
        "no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def qingshan_incubator_group_rows() -> dict:
    unit = f"{PLACE}创业孵化园管理服务中心"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "谌翀琬", "leader", [
                ("入孵创业实体评审打招呼、定名额", "★★★", "入孵评审实行专家打分，结果公示。"),
                ("孵化场地免费和减免场租审批不按条件", "★★★", "场租减免按入孵协议和孵化成效考核确定。"),
            ]),
        ]),
        ("二、孵化服务科", "孵化服务科", [
            ("科长", "乔珝瀛", "middle", [
                ("出园考核和孵化成效统计弄虚作假", "★★", "出园考核资料留档，定期抽查核实。"),
                ("为入孵实体代办事项收取好处费", "★★", "代办事项免费，办理情况登记备查。"),
            ]),
            ("科员", "谌澍岍", "general", [
                ("水电、网络费用减免核算不实", "★", "费用减免按月核算并公示。"),
            ]),
        ]),
        ("三、综合科", "综合科", [
            ("出纳", "乔湜岱", "general", [
                ("场租收入不及时入账，公款私存", "★★", "场租收入当日入账，每月对账。"),
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
                t.point(sh.name, dept, post, who, tier, point, [], STARS[lv])
        _per_person(sh, first, None, 1, 2)
    _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 6)
    sh.add("制表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "qingshan_incubator_group_rows", "http://www.gaoxiao555.com/zt/zwzt/2022zt/szsrcxz/zczs/202412/t20241203_1280490.shtml",
        "区创业孵化园管理服务中心 廉政风险防控责任清单, after the source's 创业孵化基地 认定条件 (入孵创业实体, 孵化周期, 场租、"
        "水电、网络费用减免, 孵化成效): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``★★★/★★/★``/防控措施 under GROUP "
        "ROWS ``一、中心领导``, ``二、孵化服务科``, ``三、综合科`` merged across; 岗位 and 姓名 merged per person; no type "
        "column; a ``注：`` line",
        [sh], t,
    )  # fmt: skip


def qingshan_internship_selfchecks() -> dict:
    unit = f"{PLACE}就业见习服务站"
    t = _Truth(unit)
    people = [
        ("乔瑷潆", "站领导", "站长", "leader", [
            ("见习基地年度考核打分不公", "一级风险", "考核由两名以上人员实地打分，结果公示。", "已落实"),
            ("见习补贴资金拨付审批把关不严", "一级风险", "补贴拨付经站务会研究。", "未发现问题"),
        ]),
        ("谌霈昶", "见习管理组", "科员", "general", [
            ("见习人员未报备即纳入补贴名单", "二级风险", "见习人员先报备、后上岗，名单系统留痕。", "已落实"),
            ("见习留用率统计不实", "三级风险", "留用人员与劳动合同、社保缴费核对。", "已落实"),
        ]),
        ("乔璠岍", "见习管理组", "科员", "general", [
            ("督查巡视见习基地时接受宴请", "二级风险", "督查两人同行，不接受基地吃请。", "未发现问题"),
            ("见习基地资格取消不按规定执行", "三级风险", "取消资格情形逐条对照，集体研究。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 11, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在科室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], RISKS[lv])
        sh.add()
        sh.add("本人签名：", None, "站长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "qingshan_internship_selfchecks", "https://chacewang.com/newsdetail/news154435.html",
        "区就业见习服务站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 就业见习基地 "
        "管理 notice (见习人员报备, 见习补贴, 督查巡视, 留用率, 取消资格): a title, a label row ``姓　名 | 所在科室 | "
        "岗　位 | 填表时间`` over a row of values, then 序号/风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施/"
        "``自查情况``; no type column; ``本人签名： | 站长意见：``",
        sheets, t,
    )  # fmt: skip


def qingshan_exam_centre_two_sheets() -> dict:
    unit = f"{PLACE}人事考试中心"
    t = _Truth(unit)
    lead = _Sheet("中心领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}领导班子廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("谌玹湄", "主任", "主持全面工作", [
            ("考务工作人员选派不执行回避", "高风险", "考务人员随机抽取，签订回避承诺。"),
            ("考试场地、试卷印制服务商选定不公开", "高风险", "服务商按政府采购程序确定。"),
        ]),
        ("乔泓翾", "副主任", "分管考务、保密", [
            ("试卷交接、保管环节失密", "高风险", "试卷保密室双人双锁，全程视频监控。"),
            ("违纪违规行为认定处理不按规定", "中风险", "违纪认定集体研究，处理结果书面告知。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "", post, who, "leader", point, [], HIGHS[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("科室", [6, 12, 10, 9, 38, 9, 34])
    _line(dept, f"{unit}科室岗位廉政风险防控一览表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("考务科", "科长", "谌璟翚", "middle", "考场编排时为特定考生调换考场、座位", "高风险", "考场座位由系统随机编排。"),
        ("考务科", "科长", "谌璟翚", "middle", "考试数据擅自更改或泄露", "中风险", "数据库操作权限分级，操作日志留存。"),
        ("考务科", "考务员", "乔琬漪", "general", "报名资格审核中放宽条件", "中风险", "资格审核双人复核，疑问提交集体研究。"),
        ("综合科", "会计", "谌岫沣", "general", "考务费收支不入账", "中风险", "考务费纳入财政专户管理。"),
        ("综合科", "会计", "谌岫沣", "general", "监考劳务费虚报冒领", "低风险", "劳务费按签到表发放，银行代发。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], HIGHS[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：综合科", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "qingshan_exam_centre_two_sheets", "https://www.360wenmi.com/f/zt65p714ouuf.html",
        "区人事考试中心 廉政风险防控一览表 in TWO SHEETS, after the source's essay on 人事考试安全 (泄露考试秘密, 内部人员, "
        "试卷交接保管, 考务管理环节): sheet 中心领导 with 姓名/职务/分管工作 merged per leader, sheet 科室 with 科室 merged "
        "and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``高风险/中风险/低风险``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def qingshan_startup_guidance_list() -> dict:
    unit = f"{PLACE}创业指导服务中心"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 10, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "乔珵昉", "leader", "创业担保贷款推荐对象审核把关不严", "制度机制", "一级",
         "推荐对象经集体研究，名单公示。"),
        ("中心领导", "主任", "乔珵昉", "leader", "一次性创业补贴审批优亲厚友", "岗位职责", "二级",
         "补贴审批实行初审、复审、终审三级。"),
        ("创业指导科", "科长", "谌淏琚", "middle", "创业培训合格率、创业成功率统计不实", "业务流程", "二级",
         "统计数据与营业执照、社保登记核对。"),
        ("创业指导科", "创业指导师", "乔峤沄", "general", "向创业者推荐指定的代账、中介机构", "外部环境", "一级",
         "严禁推荐中介，服务事项一次告知。"),
        ("创业指导科", "创业指导师", "乔峤沄", "general", "项目推介活动接受参展企业礼品", "思想道德", "三级",
         "签订廉洁承诺书。"),
        ("综合科", "出纳", "谌瑀涓", "general", "创业补贴发放不按公示名单", "业务流程", "二级", "补贴按公示名单银行代发。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "qingshan_startup_guidance_list", "https://haili520.com/ask/tuis3088gtp",
        "区创业指导服务中心 岗位廉政风险防控一览表, after the source's Q&A on 创业孵化基地 (创业指导, 事务代理, 政策落实, "
        "小额担保贷款): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 written on "
        "EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``一级/二级/三级``/防控措施; a 填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    qingshan_talent_centre_count_table(),
    qingshan_employment_service_list(),
    qingshan_skill_appraisal_cards(),
    qingshan_training_centre_posts(),
    qingshan_incubator_group_rows(),
    qingshan_internship_selfchecks(),
    qingshan_exam_centre_two_sheets(),
    qingshan_startup_guidance_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch650-inbox"))

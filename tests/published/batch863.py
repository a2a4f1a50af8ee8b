"""The eight-hundred-and-sixty-third batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's education
and examination bodies, 芷江侗族自治县 (of 怀化市, 湖南) — its 教育局, 教育考试院, 教师发展中心,
教育督导室, 第一中学, 实验小学 and 民族中学 — each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表
its staff typed in WPS or Excel:

- the 教育局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务`` merged per leader) and ``股室`` (``股室``
  merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 教师发展中心's 排查表 对岗不对人: ``部门`` and ``岗位`` merged, ``风险类型`` (``…风险``), 高/中/低; no names;
- the 教育督导室's 自查表, one sheet a person: a label row ``姓　名 | 科　室 | 岗　位`` over a row of
  values, ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column;
- the 第一中学's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …``, ``★★★/★★/★`` read by a ``注：`` line;
- the 实验小学's 清单 under GROUP ROWS ``一、学校领导`` … merged across, ``岗位 | 姓名`` merged per
  person, ``一级风险/二级风险/三级风险``;
- the 民族中学's 一览表 under ``附件3`` and a 填报单位 line: ``处室 | 岗位 | 责任人`` on EVERY row, short
  types, ``高风险/中风险/低风险``;
- the 学生资助管理中心's 排查登记表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别`` (short
  names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``zhijiang_exam_institute_warning_colours``: the 教育考试院's 岗位廉政风险预警一览表, an ordinary
  ``科室 | 岗位 | 姓名`` list (科室 merged, 岗位/姓名 merged per person) whose only level column is
  ``预警等级`` written in WARNING COLOUR WORDS ``红色/橙色/黄色`` (as the 红橙黄 warning scale), read by a
  closing ``注：预警等级分红色、橙色、黄色三级，红色最高。`` line; no type column. The README's 读得懂的表
  knows levels by cell fill or tab colour with a note naming the colours, but not the colour written
  as the level WORD in the level cell.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (招生考试人员廉洁指导细则 — 命题, 制卷,
保管, 监考, 评卷, 成绩, 录取; 责任督学挂牌督导 — 督学责任区, 入校督导; 《中小学校责任督学挂牌督导办法》 —
five duties; 中小学教师队伍的发展与现状 — 教师培训, 继续教育; 国家统一考试泄密 — 命题, 印制, 运送, 保管; 教师
培训经费 — 专项经费; 学校督导 policy — 规范办学行为) and the layout follows their words. The rows are
worded by us, the names invented (the rare surnames 向 and 谭 with rare given names); every unit is a
body of 芷江侗族自治县.

Run ``python tests/published/score.py --set batch863`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- ``红色/橙色/黄色`` (预警等级) are 1/2/3, as the 注 line says;
- ``局领导``/``学校领导``/``中心领导`` are the 科室 of those leaders; the 教育局's leaders (sheet ``局领导``)
  and the cards' leaders have no 科室; 局长, 副局长, 院长, 主任 of a 院/中心/室, 校长, 副校长 are leaders;
  股长, 科长, 处/室 主任 middle; the rest general;
- ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/…``, ``★★★/★★/★``, 高/中/低 and ``高风险/…`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b863_"
PLACE = "芷江侗族自治县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
COLOURS = {"红色": 1, "橙色": 2, "黄色": 3}
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


def _list(sh, t, rows, levels, first_col=1, typed=False):
    """Rows (dept, post, who, tier, point, [typ,] lv, measures) numbered from 1 into ``sh``."""
    for n, row in enumerate(rows, 1):
        if typed:
            dept, post, who, tier, point, typ, lv, measures = row
            sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), levels[lv])
        else:
            dept, post, who, tier, point, lv, measures = row
            sh.add(n, dept, post, who, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], levels[lv])


# --------------------------------------------------------------------------- harder layout


def zhijiang_exam_institute_warning_colours() -> dict:
    unit = f"{PLACE}教育考试院"
    sh = _Sheet("预警一览表", [6, 12, 10, 10, 40, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险预警一览表", 7)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "预警等级", "防控措施")
    rows = [
        ("院领导", "院长", "向翀翯", "leader", "考务工作人员选派不回避亲属考生", "红色",
         "考务人员签订回避承诺，名单院务会审定。"),
        ("院领导", "院长", "向翀翯", "leader", "考点设置和考场安排受人请托", "橙色", "考点设置集体研究，报市考试院备案。"),
        ("考务科", "科长", "谭沄翚", "middle", "试卷接收、保管环节脱离视频监控", "红色",
         "保密室双人双锁，全程视频监控并留存。"),
        ("考务科", "科长", "谭沄翚", "middle", "监考员培训走过场，违规使用通讯工具", "黄色", "监考员集中培训，考前统一收存通讯工具。"),
        ("考务科", "科员", "向霂骎", "general", "考生报名资格审核把关不严", "橙色", "报名资格双人审核，疑问材料复核。"),
        ("招生科", "科长", "谭璎翃", "middle", "招生录取中违规调整志愿或降分录取", "红色", "录取结果按规定公示，接受举报。"),
        ("招生科", "科长", "谭璎翃", "middle", "考生成绩查询复核中篡改数据", "橙色", "成绩复核两人以上在场，留存记录。"),
    ]  # fmt: skip
    first = len(sh.rows)
    _list(sh, t, rows, COLOURS)
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：预警等级分红色、橙色、黄色三级，红色最高。", 7)
    sh.add("填表人：", None, "审核人：", None, None, "2025年5月", None)
    return _layout(
        "zhijiang_exam_institute_warning_colours", "https://max.book118.com/html/2026/0211/8044001124010045.shtm",
        "(harder) 县教育考试院 岗位廉政风险预警一览表, after the source's 招生考试人员廉洁指导细则 (命题, 制卷, 保管, 考务组织, "
        "监考, 评卷, 成绩管理, 录取): a title, 序号/科室 merged/岗位 and 姓名 merged per person/廉政风险点/预警等级 written "
        "in WARNING COLOUR WORDS ``红色/橙色/黄色``/防控措施; no type column; a ``注：`` line naming the colours as grades",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def zhijiang_education_bureau_two_sheets() -> dict:
    unit = f"{PLACE}教育局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 6)
    lead.add("序号", "姓名", "职务", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("向珝篁", "局长", [
            ("中小学校长选拔任用不经集体研究", "一级", "校长任用经局党组会研究，考察结果公示。"),
            ("督学责任区划分和责任督学聘任搞照顾", "二级", "责任督学按条件公开遴选。"),
        ]),
        ("谭澂翾", "副局长", [
            ("义务教育学校招生划片受人请托", "一级", "划片方案集体研究并向社会公布。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, point, lv, measures)
            t.point(lead.name, "", post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2)])
    dept = _Sheet("股室", [6, 14, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}股室廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("学生资助股", "股长", "向芃翊", "middle", "家庭经济困难学生认定把关不严，优亲厚友", "一级",
         "认定结果班级评议、学校审核、公示。"),
        ("学生资助股", "股长", "向芃翊", "middle", "资助资金发放不及时或截留挪用", "二级", "资助资金直接发放到学生或家长账户。"),
        ("学生资助股", "股员", "谭岍霖", "general", "资助系统信息录入弄虚作假", "三级", "系统数据与学籍、民政数据比对。"),
        ("基础教育股", "股长", "谭珩毓", "middle", "学校办学行为督查中通风报信", "二级", "督查不打招呼、直奔现场。"),
    ]  # fmt: skip
    first = len(dept.rows)
    _list(dept, t, rows, GRADES)
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "zhijiang_education_bureau_two_sheets", "https://m.flirticon.cn/JiaoYuXinWen/677572.html",
        "县教育局 廉政风险防控一览表 in TWO SHEETS, after the source's report on 中小学校责任督学挂牌督导 (督学责任区, 责任督学, "
        "入校督导, 规范办学): sheet 局领导 with 姓名/职务 merged per leader, sheet 股室 with 股室 merged and 岗位/姓名 merged "
        "per person; 风险等级 ``一级/二级/三级``; no type column",
        [lead, dept], t,
    )  # fmt: skip


def zhijiang_teacher_centre_posts() -> dict:
    unit = f"{PLACE}教师发展中心"
    sh = _Sheet("排查表", [6, 12, 10, 40, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "部门", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "国培、省培项目承办机构选定不公开", "制度机制风险", "高", "承办机构按规定比选，结果公示。"),
        ("培训部", "部长", "middle", "培训经费虚列讲课费、食宿费", "业务流程风险", "高", "培训经费专账核算，凭签到表和票据报销。"),
        ("培训部", "部长", "middle", "培训学时认定和证书发放不实", "岗位职责风险", "中", "学时凭考勤和考核记录认定。"),
        ("培训部", "培训干事", "general", "向参训教师推销培训资料", "思想道德风险", "低", "严禁推销资料，签订廉洁承诺书。"),
        ("教研部", "教研员", "general", "送教下乡活动虚报差旅补助", "业务流程风险", "中", "差旅凭行程记录报销。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "zhijiang_teacher_centre_posts", "https://guayunfan.com/lilun/70607.html",
        "县教师发展中心 岗位廉政风险点排查表 对岗不对人, after the source's chapter on 中小学教师队伍 (教师培训, 继续教育, "
        "教研): a title, 序号/部门 merged/岗位 merged per post/风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names",
        [sh], t,
    )  # fmt: skip


def zhijiang_inspection_office_selfchecks() -> dict:
    unit = f"{PLACE}教育督导室"
    t = _Truth(unit)
    people = [
        ("向翙湉", "督导室领导", "主任", "leader", [
            ("学校综合督导评估结论受人情干扰", "Ⅰ级", "评估结论经督导组集体合议。"),
            ("督导检查接受被督导学校宴请", "Ⅱ级", "严守八项规定，自带工作餐。"),
        ]),
        ("谭霂昶", "督学组", "责任督学", "general", [
            ("挂牌督导中发现问题不报告、不督促整改", "Ⅰ级", "问题清单报督导室备案，跟踪销号。"),
            ("受理举报投诉后泄露举报人信息", "Ⅱ级", "举报材料专人保管，严格保密。"),
            ("督导记录不实，应付检查", "Ⅲ级", "督导记录随机抽查复核。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34])
        _line(sh, f"{unit}岗位廉政风险自查表", 4)
        sh.add("姓　名", "科　室", "岗　位", "填表时间")
        sh.add(who, dept, post, "2025年5月")
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, lv, measures) in enumerate(points, 1):
            sh.add(i, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "主任意见：", None)
        sheets.append(sh)
    return _layout(
        "zhijiang_inspection_office_selfchecks", "https://www.ppdoc.com/periodical/8ed48ffe9ac933b91bf8aeffcc0876c6.html",
        "县教育督导室 岗位廉政风险自查表, one sheet a person, after the source's 《中小学校责任督学挂牌督导办法》 (责任督学五项职责: "
        "监督, 指导, 受理举报投诉, 督促整改, 报告): a title, a label row ``姓　名 | 科　室 | 岗　位 | 填表时间`` over a row of "
        "values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no type column",
        sheets, t,
    )  # fmt: skip


def zhijiang_first_middle_school_cards() -> dict:
    unit = f"{PLACE}第一中学"
    t = _Truth(unit)
    cards = [
        ("校长", "谭翯珺", "校长", "leader", [
            ("国家教育考试考点保密室建设和管理不到位", "★★★", "保密室按标准建设，视频监控全覆盖。"),
            ("教辅资料征订中指定书商", "★★★", "征订坚持自愿，家长委员会参与。"),
            ("接受家长礼品礼金", "★", "签订廉洁从教承诺书。"),
        ]),
        ("副校长", "向澍琤", "副校长", "leader", [
            ("考点主考选派监考员不回避", "★★", "监考员随机编排，亲属回避。"),
            ("校服采购收受回扣", "★★", "校服采购家长代表参与评审。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}领导干部廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "zhijiang_first_middle_school_cards", "https://centexcfo.com/info/1088/1057.htm",
        "县第一中学 领导干部廉政风险防控卡, one sheet a leader, after the source's 国家统一考试泄密 analysis (命题, 印制, 运送, "
        "保管, 考点): a title, ``姓　名 | … | 职　务 | …``, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line "
        "and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def zhijiang_experimental_primary_group_rows() -> dict:
    unit = f"{PLACE}实验小学"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、学校领导", "学校领导", [
            ("校长", "向璆翾", "leader", [
                ("教师培训经费挪作他用", "一级风险", "培训经费专款专用，每学期公示。"),
                ("教师外出培训人选指派不公", "二级风险", "培训人选按计划轮派，校内公示。"),
            ]),
        ]),
        ("二、教导处", "教导处", [
            ("主任", "谭湜霏", "middle", [
                ("校本培训学时登记弄虚作假", "二级风险", "学时登记凭签到和作业。"),
                ("插班生接收违反招生政策", "一级风险", "插班经校务会研究并公示。"),
            ]),
        ]),
        ("三、总务处", "总务处", [
            ("会计", "谭岚翊", "general", [
                ("报账单据审核不严", "三级风险", "报账单据经办、审核、审批三签。"),
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
        "zhijiang_experimental_primary_group_rows", "https://www.ppdoc.com/periodical/10de38c025ea89df3409a0d5565e782f.html",
        "县实验小学 廉政风险防控责任清单, after the source's note on 教师培训 专项经费 (国培计划, 培训资金): a title, "
        "序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS ``一、学校领导``, "
        "``二、教导处``, ``三、总务处`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def zhijiang_minzu_middle_school_list() -> dict:
    unit = f"{PLACE}民族中学"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "处室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("学校领导", "校长", "谭瑷翀", "leader", "学校办学行为不规范，违规办班补课", "制度机制", "高风险",
         "接受责任督学挂牌督导，问题限期整改。"),
        ("学校领导", "校长", "谭瑷翀", "leader", "寄宿生生活补助对象认定不公", "岗位职责", "中风险", "认定名单公示，接受监督。"),
        ("政教处", "主任", "向琇霈", "middle", "评优评先中优亲厚友", "思想道德", "中风险", "评选条件量化，结果公示。"),
        ("总务处", "主任", "谭昉璟", "middle", "食堂食材采购收受回扣", "外部环境", "高风险", "食材定点采购，验收双人签字。"),
        ("总务处", "出纳", "向湄珩", "general", "现金坐支、公款私存", "业务流程", "低风险", "现金日清月结，定期盘点。"),
    ]  # fmt: skip
    _list(sh, t, rows, HIGHS, typed=True)
    sh.add("填表人：", None, None, "审核人：", None, "校长（签字）：", None, None)
    return _layout(
        "zhijiang_minzu_middle_school_list", "http://www.fx361.com/page/2022/0427/10276432.shtml",
        "县民族中学 岗位廉政风险防控一览表, after the source's study of 学校督导 policy (规范办学行为, 督导结果运用): ``附件3``, "
        "a title, a merged 填报单位/填报时间 line, then 序号/处室/岗位/责任人 written on EVERY row/廉政风险点/风险类型 (short "
        "names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/校长（签字） line",
        [sh], t,
    )  # fmt: skip


def zhijiang_student_aid_centre_register() -> dict:
    unit = f"{PLACE}学生资助管理中心"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "向霈翚", "leader", "助学贷款、资助名额分配不公", "制度机制", "一级", "名额分配方案集体研究并公开。"),
        ("中心领导", "主任", "向霈翚", "leader", "资助政策宣传不到位导致应助未助", "岗位职责", "三级", "政策宣传进学校、进村组。"),
        ("业务股", "股长", "谭翚瑄", "middle", "生源地助学贷款资格审核把关不严", "业务流程", "一级", "贷款资格双人审核，留存材料。"),
        ("业务股", "股长", "谭翚瑄", "middle", "资助对象数据与学籍不符", "业务流程", "二级", "每学期比对学籍数据。"),
        ("业务股", "股员", "向珺沄", "general", "泄露受助学生个人信息", "思想道德", "二级", "受助信息公示隐去身份证号等。"),
    ]  # fmt: skip
    first = len(sh.rows)
    _list(sh, t, rows, GRADES, typed=True)
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为一级、二级、三级，一级为最高。", 8)
    sh.add("编制人：", None, "审核人：", None, "2025年4月", None, None, None)
    return _layout(
        "zhijiang_student_aid_centre_register", "http://59.110.66.7/thesis/view/1823070",
        "县学生资助管理中心 廉政风险点排查登记表, after the source's note on the 中小学责任督学挂牌督导工作报告 (督学队伍, 全面覆盖): "
        "a title, 序号/科室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 ``一级/二级/三级``/"
        "防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    zhijiang_exam_institute_warning_colours(),
    zhijiang_education_bureau_two_sheets(),
    zhijiang_teacher_centre_posts(),
    zhijiang_inspection_office_selfchecks(),
    zhijiang_first_middle_school_cards(),
    zhijiang_experimental_primary_group_rows(),
    zhijiang_minzu_middle_school_list(),
    zhijiang_student_aid_centre_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch863-inbox"))

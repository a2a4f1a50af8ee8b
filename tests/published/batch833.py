"""The eight-hundred-and-thirty-third batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's education
bodies, 五寨县 (of 忻州市, 山西省) — its 教育科技局, 学生资助管理中心, 招生考试中心, 教学研究室, 第一中学,
第二中学, 实验小学 and 县直幼儿园 — each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff
typed in WPS or Excel:

- the 教育科技局's 一览表 under ``附件1``: ``科室`` merged, ``岗位 | 姓名`` merged per person,
  ``一级/二级/三级``, no type column, a ``注：`` line;
- the 学生资助管理中心's 排查表 对岗不对人: ``岗位`` merged, ``风险点 | 风险类型 | 风险等级``, ``…风险``
  types, 高/中/低; no names;
- the 招生考试中心's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` and a merged 岗位职责 line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 第一中学's 清单 under GROUP ROWS ``一、校领导`` … (no 处室 column), ``岗位 | 姓名`` merged per
  person, short types, ``一级风险/二级风险/三级风险``;
- the 第二中学's 自查表, one sheet a person: a label row ``姓　名 | 所在处室 | 岗　位 | 填表时间`` over a
  row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 实验小学's 一览表 under ``附件2`` and a 填报单位 line: ``部门 | 岗位 | 责任人`` on EVERY row, short
  types, ``高风险/中风险/低风险``;
- the 县直幼儿园's 一览表 in TWO SHEETS ``园领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``保教后勤`` (``部门`` merged, ``岗位 | 姓名`` merged per person), 高/中/低.

One is harder:

- ``wuzhai_teaching_research_stage_holders``: the 教学研究室's 岗位廉政风险防控台账, ONE ROW A POINT
  (``序号 | 岗位 | 责任人 | 学段 | 廉政风险点 | 风险等级 | 防控措施``); a subject's 教研员 post (语文教研员,
  数学教研员, 英语教研员) is merged down over its rows and so is its ``责任人`` cell, which names the
  post's TWO holders one a line, each after the 学段 he covers (``小学　綦某某⏎初中　邰某某``); every
  row's own ``学段`` cell (``小学``, ``初中``, ``高中``, or two of them joined by ``、``) says WHICH of
  those holders the row's point is — one of them, or both — as the ``注：`` line under the table
  states. The 主任's rows name one holder and ``全学段``. The README's 读得懂的表 knows a merged cell
  listing several holders who all share its rows, a holder picked by a 经办/复核/审批 stage among
  role columns, a column of values (金额段, 班次, 星期) keyed to holders by a line outside the
  table, and a 分工 column above the list for two holders of one post; it does not describe a
  holder cell whose lines are tagged by the values of another column of the same rows, each row's
  value choosing among the cell's holders.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 县教育局 on 权力透明行使 —
干部任用公开, 校长竞聘, 教师调动公开; a 家庭经济困难学生认定办法 — 认定材料, 评议, 公示, 资助; a page on
试卷保密 — 命题人员, 印刷, 保密室, 双锁铁柜, 监控; a 教辅征订 监督通告 — 强制征订, 一教多辅, 回扣; a
市 招聘中小学教师 通知 — 考官培训, 回避制度, 保密制度; a 教辅征订 “十个严禁”; a paper on 学前教育
服务供给 — 公办园, 收费, 保教; a 试卷保密承诺书 — 命题教师, 教研室主任审核, 不参加辅导) and the layout
follows their words for the unit, its parts, its posts and its risks. The rows are worded by us,
the names invented (the rare surnames 邰 and 綦 with rare given names); every unit is a body of
五寨县.

Run ``python tests/published/score.py --set batch833`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a row's point is the point of the holder(s) in its post's ``责任人`` cell whose
  学段 tag its ``学段`` cell names (``小学、初中``: both), with the row's level; one form a holder
  (post and name), no 科室 (the table names none); the 主任's rows (one holder, ``全学段``) are his;
  the ``注：`` line and the 填表/审核 line are no points;
- ``局领导``, ``校领导``, ``园领导`` (a 科室 cell, a group row, a sheet of leaders) are the 科室 of those
  leaders only where a cell or group row says so; the 幼儿园's 园领导 sheet has no 科室 column, so its
  leaders have none; a 局's 股, a school's 处 and a 幼儿园's 保教部/后勤部 are 科室;
- the 局长, 副局长, 校长, 副校长, 园长, 副园长, the 资助中心's and 招考中心's 主任 and the 教研室主任 are
  leaders; 股长 and a 处's 主任 middle; the rest general;
- ``分管工作``, ``岗位职责``, ``自查情况``, ``填表时间`` and ``学段`` are no points; the 资助中心's list names
  no person: its forms are posts (对岗不对人);
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

PREFIX = "b833_"
PLACE = "五寨县"
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

# (post, tier, [(学段, holder), ...], [(学段 cell, point, level, measures), ...])
STAGED = [
    ("主任", "leader", [("", "邰翕澄")], [
        ("全学段", "全县教学质量监测命题人员选派不执行回避", "一级", "命题人员从题库专家中随机抽取，签订保密承诺书。"),
        ("全学段", "教学能手、优质课评选评委安排受人情干扰", "二级", "评委名单赛前封存，当场抽签。"),
    ]),
    ("语文教研员", "general", [("小学", "綦琀岫"), ("初中", "邰玳澂")], [
        ("小学", "小学语文学业质量抽测试题泄露", "一级", "试题命制后密封交主任审核，专柜保管。"),
        ("初中", "参与中考语文模拟命题后到校外有偿辅导", "一级", "命题期间直至考试结束不参加任何辅导活动。"),
        ("小学、初中", "向学校推荐目录外语文阅读材料", "二级", "不得推荐、代购教辅和读物，接受家长监督。"),
    ]),
    ("数学教研员", "general", [("小学", "邰湝琮"), ("初中", "綦瑅岚")], [
        ("小学", "小学数学教学能手评选材料审核不严", "三级", "评选材料两人交叉审核，结果公示。"),
        ("初中", "初中数学统考阅卷放宽给分尺度", "二级", "阅卷实行双评，误差超限由组长仲裁。"),
        ("小学、初中", "送教下乡活动虚报行程补助", "三级", "凭派车单和行程记录报销。"),
    ]),
    ("英语教研员", "general", [("初中", "綦沭琤"), ("高中", "邰璇沚")], [
        ("高中", "高中英语听说考试考场编排照顾熟人", "二级", "考场编排由系统随机生成，过程留痕。"),
        ("初中、高中", "受出版商邀请审读教辅收取报酬", "一级", "不得为教辅出版、发行单位审稿、代言。"),
        ("初中", "初中英语课题结题评审把关不严", "三级", "结题实行专家匿名评审。"),
    ]),
]  # fmt: skip


def _staged_cell(holders: list[tuple[str, str]]) -> str:
    return "\n".join(f"{stage}{GAP}{who}" if stage else who for stage, who in holders)


def wuzhai_teaching_research_stage_holders() -> dict:
    unit = f"{PLACE}教学研究室"
    sh = _Sheet("防控台账", [6, 12, 16, 10, 38, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控台账", 7)
    _line(sh, f"填报单位：{unit}{GAP * 16}2025年6月", 7)
    sh.add("序号", "岗位", "责任人", "学段", "廉政风险点", "风险等级", "防控措施")
    n = 0
    for post, _tier, holders, rows in STAGED:
        first = len(sh.rows)
        for k, (stage, point, lv, measures) in enumerate(rows):
            n += 1
            shown = (post, _staged_cell(holders)) if k == 0 else (None, None)
            sh.add(n, *shown, stage, point, lv, measures)
        last = len(sh.rows) - 1
        if last > first:
            sh.merge(first, 1, last, 1)
            sh.merge(first, 2, last, 2)
    # the truth one form a holder: the rows whose 学段 names his
    for post, tier, holders, rows in STAGED:
        for stage, who in holders:
            for shown, point, lv, _measures in rows:
                if not stage or stage in shown.split("、"):
                    t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    _line(sh, "注：各学科教研员按学段分工，“责任人”栏依次写明各学段的教研员；每条风险点由“学段”栏所列学段的教研员负责，"
              "列两个学段的由两个学段的教研员共同负责。", 7)  # fmt: skip
    sh.add("填表：", None, "审核：", None, None, "主任（签字）：", None)
    return _layout(
        "wuzhai_teaching_research_stage_holders", "http://m.yiqiwanjituan.com/shuxin/101418.html",
        "(harder) 县教学研究室 岗位廉政风险防控台账, after the source's 试卷保密承诺书 (命题教师, 教研室主任审核、密封, 不参加"
        "该课程的补习辅导, 不透露试题): a title, a 填报单位 line, then 序号/岗位/责任人/学段/廉政风险点/风险等级 "
        "``一级/二级/三级``/防控措施, ONE ROW A POINT; each subject's 教研员 post merged down over its rows and so its "
        "``责任人`` cell, naming the post's TWO holders one a line after the 学段 each covers (``小学　某某⏎初中　某某``); "
        "each row's own ``学段`` cell (one 学段, or two joined by ``、``) picks which of them holds the row's point; the "
        "主任's rows one holder and ``全学段``; a ``注：`` line saying so and a 填表/审核/主任（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def wuzhai_education_bureau_list() -> dict:
    unit = f"{PLACE}教育科技局"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 9, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "綦琮霁", "leader", "学校校长选聘中考察测评走过场", "一级",
         "校长竞聘公开条件、公开报名，民主测评结果公示。"),
        ("局领导", "局长", "綦琮霁", "leader", "教育装备项目插手干预采购", "一级", "装备采购一律进入县公共资源交易平台。"),
        ("局领导", "副局长", "邰霑琳", "leader", "农村教师进城选调条件因人而设", "一级", "选调岗位和条件提前在局网站公布。"),
        ("人事股", "股长", "綦霑岚", "middle", "教师调动测评打分不按细则", "二级", "评委打分后公示7天，接受举报。"),
        ("人事股", "股长", "綦霑岚", "middle", "职称推荐材料审核放松把关", "二级", "材料初审、复审两级把关，结果公示。"),
        ("计划财务股", "会计", "邰玢湲", "general", "学校公用经费拨付厚此薄彼", "二级", "经费按生均标准拨付，拨付表公开。"),
        ("基础教育股", "股员", "綦玟渥", "general", "民办培训机构年检降低标准", "三级", "年检实行双人现场核查，结果公示。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for i, (dept, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(i, dept, post, who, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分一级、二级、三级，一级最高。", 7)
    sh.add("制表：办公室", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "wuzhai_education_bureau_list", "http://bcrbszb.bcxww.com/old/html/2014-09/17/content_3153700.htm",
        "县教育科技局 岗位廉政风险防控一览表, after the source's 县教育局 确保权力透明行使 (干部任用公开, 校长竞聘 考察测评, "
        "教师调动公开 评委打分 公示7天): ``附件1``, a title, 序号/科室 merged/岗位 and 姓名 merged per person/廉政风险点/"
        "风险等级 ``一级/二级/三级``/防控措施; no type column; a ``注：`` line and a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def wuzhai_student_aid_centre_posts() -> dict:
    unit = f"{PLACE}学生资助管理中心"
    sh = _Sheet("排查表", [6, 12, 40, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 6)
    sh.add("序号", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("主任", "leader", "助学金名额分配不按在校生比例", "制度机制风险", "高", "名额分配方案经中心会议研究并公开。"),
        ("主任", "leader", "对学校资助对象公示情况督查走过场", "岗位职责风险", "中", "每学期随机抽查学校公示和发放记录。"),
        ("资助专干", "general", "家庭经济困难学生认定材料审核不严", "业务流程风险", "高", "认定材料逐人比对民政、乡村振兴部门数据。"),
        ("资助专干", "general", "资助信息系统数据录入弄虚作假", "业务流程风险", "中", "数据录入后由另一人复核。"),
        ("会计", "general", "助学金不经“一卡通”直接发放现金", "制度机制风险", "高", "资助资金一律通过一卡通发放到户。"),
        ("会计", "general", "资助资金结余不及时上缴", "思想道德风险", "低", "年终清算，结余资金按规定上缴。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, point, typ, lv, measures)
        t.point(sh.name, "", post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add("编制：", None, "审核：", None, "2025年4月", None)
    return _layout(
        "wuzhai_student_aid_centre_posts",
        "https://hcd-ev.com/xxgk1/xsgltest/hnkjxyjtjjknxsrdbf.html",
        "县学生资助管理中心 岗位廉政风险点排查表 对岗不对人, after the source's 家庭经济困难学生认定办法 (困难学生认定, "
        "认定材料, 评议公示, 资助发放): a title, 序号/岗位 merged/风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施; no "
        "names, no 科室; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def wuzhai_exam_centre_cards() -> dict:
    unit = f"{PLACE}招生考试中心"
    t = _Truth(unit)
    cards = [
        ("主任", "邰琮沅", "主任", "主持中心全面工作，分管试卷保密", "leader", [
            ("试卷保密室值守制度落实不到位", "★★★", "保密室双人双锁，监控全程录像。"),
            ("考务人员选派照顾关系", "★★", "考务人员集体研究确定，考前公示。"),
            ("接受考生家长宴请", "★", "签订廉洁承诺书，节前提醒。"),
        ]),
        ("考务员", "綦嵋瑢", "考务员", "负责考场编排、试卷交接", "general", [
            ("试卷交接清点不认真，私自拆看", "★★★", "试卷交接双人清点签字，全程监控。"),
            ("考生报名资格审核放宽条件", "★★", "报名资格审核留存材料，抽查复核。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 36, 10, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("岗位职责", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "wuzhai_exam_centre_cards", "https://bjdnbx.com/ky/1000632.html",
        "县招生考试中心 岗位廉政风险防控卡, one sheet a person, after the source's page on 考研试卷保密 (命题人员, 印刷, "
        "机要分发, 保密室 双锁铁柜, 岗位责任制 交接班): a title, ``姓　名 | … | 职　务 | …`` and a merged 岗位职责 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def wuzhai_no1_middle_school_group_rows() -> dict:
    unit = f"{PLACE}第一中学"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 10, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 7)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险类别", "风险等级", "防控措施")
    groups = [
        ("一、校领导", "校领导", [
            ("校长", "邰璁岚", "leader", [
                ("教辅材料统一征订中指定书店", "外部环境", "一级风险", "严格执行“一教一辅”，学生自愿征订。"),
                ("学校维修工程拆分规避招标", "制度机制", "一级风险", "维修项目按限额报县教育科技局审批。"),
            ]),
        ]),
        ("二、教务处", "教务处", [
            ("主任", "綦澔琤", "middle", [
                ("默许书商进校推销教辅", "岗位职责", "二级风险", "严禁任何单位和个人进校推销教辅。"),
                ("学生转学、借读手续审核不严", "业务流程", "二级风险", "转学借读凭证存档，每月核对学籍。"),
            ]),
        ]),
        ("三、总务处", "总务处", [
            ("主任", "邰瑄霖", "middle", [
                ("食堂大宗食材采购收受回扣", "外部环境", "一级风险", "大宗食材公开招标，验收双人签字。"),
            ]),
            ("出纳", "綦潾珈", "general", [
                ("代收教辅费不开票据", "业务流程", "二级风险", "代收费用统一入账并开具票据。"),
                ("现金不及时存入银行", "思想道德", "三级风险", "现金日清月结，定期盘点。"),
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
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), RISKS[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, None, "2025年5月", None)
    return _layout(
        "wuzhai_no1_middle_school_group_rows", "http://www.qdshlzx.com.cn/01/366/10914.html",
        "县第一中学 廉政风险防控责任清单, after the source's 规范教辅材料征订的监督通告 (强制或变相强制征订, 利用教辅谋利, "
        "收受贿赂, 一教多辅, 订而不用): a title, 序号/岗位/姓名/廉政风险点/风险类别 (short names)/风险等级 ``一级风险/"
        "二级风险/三级风险``/防控措施 under GROUP ROWS ``一、校领导``, ``二、教务处``, ``三、总务处`` merged across; 岗位 "
        "and 姓名 merged per person",
        [sh], t,
    )  # fmt: skip


def wuzhai_no2_middle_school_selfchecks() -> dict:
    unit = f"{PLACE}第二中学"
    t = _Truth(unit)
    people = [
        ("綦瑄淙", "校领导", "副校长", "leader", [
            ("教师招聘面试评委与考生有亲属关系不回避", "Ⅰ级", "评委签订回避承诺，考前核对名单。", "已落实"),
            ("教师岗位竞聘方案因人设岗", "Ⅱ级", "竞聘方案经教代会审议通过。", "未发现问题"),
        ]),
        ("邰珧澍", "政教处", "主任", "middle", [
            ("评优评先名额分配不公开", "Ⅱ级", "评优条件和名额在校内公开。", "已落实"),
            ("违纪学生处分受人情干扰", "Ⅲ级", "处分经校务会研究，书面告知家长。", "已落实"),
        ]),
        ("綦琲沄", "教务处", "教务员", "general", [
            ("考试成绩录入后私自更改", "Ⅰ级", "成绩录入双人核对，修改留痕。", "未发现问题"),
            ("课时补贴统计虚报", "Ⅲ级", "课时统计每月公示。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在处室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年6月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "校长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "wuzhai_no2_middle_school_selfchecks", "https://kkgwy.com/zk/js/2014/06/03/23393_2.html",
        "县第二中学 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 招聘中小学教师 通知 "
        "(考官培训, 回避制度, 保密制度, 集体研究): a title, a label row ``姓　名 | 所在处室 | 岗　位 | 填表时间`` over a row "
        "of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; ``本人签名： | 校长意见：``",
        sheets, t,
    )  # fmt: skip


def wuzhai_experimental_primary_list() -> dict:
    unit = f"{PLACE}实验小学"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 11, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("校领导", "校长", "綦滢琤", "leader", "向一、二年级学生推荐教辅材料", "制度机制", "高风险",
         "严禁向一、二年级推荐、代购任何教辅。"),
        ("校领导", "校长", "綦滢琤", "leader", "校园书店销售目录外读物", "外部环境", "中风险", "校园书店经营目录报县教育科技局备案。"),
        ("教导处", "主任", "邰漪琀", "middle", "自编练习册未经审核向学生收费", "业务流程", "中风险", "自编材料一律免费，须经审核。"),
        ("总务处", "主任", "綦瑢沚", "middle", "校服选用不经家长委员会", "制度机制", "高风险", "校服选用组织中家长代表不少于半数。"),
        ("总务处", "保管员", "邰岚翕", "general", "课桌椅等物资入库验收不严", "岗位职责", "低风险", "物资入库双人验收、登记。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "校长（签字）：", None, None)
    return _layout(
        "wuzhai_experimental_primary_list", "http://learn.office369.com/news/171181.html",
        "县实验小学 岗位廉政风险防控一览表, after the source's 中小学教辅征订 “十个严禁” (目录外教辅, 一至二年级, 一科多辅, "
        "校园书店, 自编教辅): ``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 written "
        "on EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/"
        "校长（签字） line",
        [sh], t,
    )  # fmt: skip


def wuzhai_kindergarten_two_sheets() -> dict:
    unit = f"{PLACE}县直幼儿园"
    t = _Truth(unit)
    lead = _Sheet("园领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}园领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("邰瑒沛", "园长", "主持全面工作", [
            ("保教费、伙食费收费标准之外另立名目收费", "高", "收费项目和标准在园门口公示。"),
            ("幼儿入园不按招生划片、照顾关系", "中", "入园名单按报名顺序确定并公示。"),
        ]),
        ("綦瑄岚", "副园长", "分管后勤、财务", [
            ("幼儿伙食费与教职工伙食混账", "高", "幼儿伙食单独核算，每月公布收支。"),
            ("玩教具采购指定供应商", "中", "采购三家比价，园务会集体确定。"),
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
    dept = _Sheet("保教后勤", [6, 12, 10, 10, 38, 9, 34])
    _line(dept, f"{unit}保教后勤岗位廉政风险防控一览表", 7)
    dept.add("序号", "部门", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("保教部", "主任", "綦霂琮", "middle", "教师绩效考核打分优亲厚友", "中", "考核结果在全园公示。"),
        ("保教部", "主任", "綦霂琮", "middle", "组织幼儿参加收费的园外培训", "高", "严禁组织或推荐幼儿参加有偿培训。"),
        ("后勤部", "出纳", "邰湑琛", "general", "伙食费收取不开具票据", "中", "伙食费统一缴入园账户，开具票据。"),
        ("后勤部", "食堂管理员", "綦沄翕", "general", "食材验收以次充好", "低", "食材验收留样，家长代表每月参与陪餐。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], HML[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "wuzhai_kindergarten_two_sheets", "http://91fabiao.com/zazhi/8621780.html",
        "县直幼儿园 廉政风险防控一览表 in TWO SHEETS, after the source's paper on 学前教育服务供给 (公办园, 收费, 保教, 政府主导 "
        "多元参与): sheet 园领导 with 姓名/职务/分管工作 merged per leader, sheet 保教后勤 with 部门 merged and 岗位/姓名 "
        "merged per person; 廉政风险点, 风险等级 高/中/低, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    wuzhai_teaching_research_stage_holders(),
    wuzhai_education_bureau_list(),
    wuzhai_student_aid_centre_posts(),
    wuzhai_exam_centre_cards(),
    wuzhai_no1_middle_school_group_rows(),
    wuzhai_no2_middle_school_selfchecks(),
    wuzhai_experimental_primary_list(),
    wuzhai_kindergarten_two_sheets(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch833-inbox"))

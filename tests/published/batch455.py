"""The four-hundred-and-fifty-fifth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one district's 教育
bodies, 印台区 (铜川, Shaanxi) — the 区教育局, the 区职业教育中心, the 区第一中学, the 区教研室 and the
中心学校 of four 镇 (陈炉镇, 红土镇, 广阳镇, 阿庄镇) — each handing back the 一览表, 防控表, 责任清单,
排查表, 防控卡, 自查表 or 清单 its staff typed in WPS or Excel:

- the 教育局's file in two sheets: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位`` and ``姓名`` merged per person), ``一级/二级/三级``, no type
  column, an 编制/审核/date line under each;
- the 职业教育中心's 责任清单 under GROUP ROWS ``一、中心领导``, ``二、招生就业处``, ``三、实训处`` merged
  across (no 科室 column): ``岗位 | 责任人`` merged per person, ``职责事项`` before the ``廉政风险点``,
  ``…风险`` types, ``一级风险/二级风险/三级风险``;
- the 教研室's 排查表 对岗不对人: ``岗位`` merged per post, a short ``风险点`` beside a long ``风险表现``,
  ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names, no 科室; a 制表/审核/date line;
- the 陈炉镇中心学校's 防控卡, one sheet a holder (tabs named by the post): ``姓　名 | … | 职　务 | …``
  over ``所在单位 | … | 持卡时间 | …`` above ``序号 | 风险点 | 风险等级 | 防控措施``, ``★★★/★★/★``
  read by a ``注：`` line, no type column, ``持卡人（签字）： | … | 校长（签字）：``;
- the 红土镇中心学校's 自查表, one sheet a person (tabs named by the holder): a label row ``姓　名 |
  岗　位 | 填表时间`` over a row of values, then ``序号 | 风险点 | 风险等级 | 防控措施 | 自查情况``,
  ``高风险/中风险/低风险``, no type column, ``本人签名： | … | 校长审核：``;
- the 广阳镇中心学校's 清单 written out on EVERY row (nothing merged): ``岗位 | 责任人 | 廉政风险点 |
  风险等级 | 防控措施``, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line, no type and no 科室 column;
- the 阿庄镇中心学校's 一览表 under ``附件1``, a title and a merged ``填报单位：…　填报时间：…`` line:
  ``岗位`` and ``姓名`` merged per person, ``廉政风险点``, short types, 高/中/低.

One is harder:

- ``yintai_first_school_supervisor_bracketed``: the 区第一中学's 岗位廉政风险防控一览表 ``序号 | 处室 |
  岗位 | 责任人（监督人） | 廉政风险点 | 风险类型 | 风险等级 | 防控措施``: ONE holder column whose heading
  names TWO roles, and each of its cells writes the post's holder followed by THE NAME OF ANOTHER
  PERSON in full-width brackets, the post's 监督人 (``訾曈珏（亓瑀湉）``: the 教务处主任 訾曈珏,
  watched by the 副校长 亓瑀湉). Every bracketed name is a real person of the same file, and every
  one of them is himself a holder of other rows (the 书记 and the 校长 watch each other; the
  总务处主任 watches the 会计), so a reader cannot drop the bracket as unknown noise nor take it as
  a second holder of the post. A merged ``注：`` line under the table says the bracket is the
  监督人. The holder is the name BEFORE the bracket; the bracket names no holder of that row.
  Why it is not a known shape: the README's 读得懂的表 knows brackets after a holder's name that
  give his post (``局长嵇淏岷``, ``姓名（职称）``), his home unit (a seconded holder), his arrival
  date (``（2025年3月到岗）``), ``（大）/（小）``, ``等6人``, footnote marks; it knows two people in
  separate columns (``A角 | B角``, ``主管领导 | 分管领导``, ``监督责任人`` columns, ``●主责　○配合``
  matrices), ``岗位/姓名`` slashes and names written by surname and post. None writes a SECOND
  PERSON'S NAME bracketed inside the holder's cell under a heading ``责任人（监督人）``:
  ``grep -l "（监督人" tests/published/batch*.py`` finds no earlier batch, and ``监督人`` elsewhere
  is a column or a sign-off line of its own.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a page of a 中学's 人员岗位规范 —
校长, 教务处, 总务处, 政教处; a 区教育局's 内设机构 — 办公室, 组织人事科, 计划财务; a page on the
职业教育法's policy — 招生, 实训, 资助; an account of a 区教育局's duties in English — 教学研究,
教研, 课程; a report on 营养餐 in 乡村 schools — 公示, 采购, 食堂; a report on 中心校 keeping back
公用经费 — 教学点, 代课教师; a post on the 中层干部 of a 乡镇中心校 — 教导主任, 总务主任, 村小校长;
a 镇中学's 班主任绩效考核条例) and the layout follows their words for the unit, its parts, its
posts and its risks. The rows are worded by us, the names invented (rare Han surnames with rare
given names, three characters each); every unit is a body of 印台区, named with the district's name.

Run ``python tests/published/score.py --set batch455`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the holder is the name before the bracket in ``责任人（监督人）``; the bracketed
  name (the 监督人) is no holder of that row, no post, no 科室 and no point; the note is no point;
- ``校领导`` (a 处室 cell of the 第一中学), ``局领导`` (a sheet of the 教育局, named so by its tab) and
  ``中心领导`` (a group row of the 职业教育中心) are the 科室 of those leaders; a 局's 股 and 办公室, a
  school's 处 (教务处, 总务处, 政教处) and a 中心's 处 (招生就业处, 实训处) are 科室; a group row
  ``二、招生就业处`` gives the 科室 ``招生就业处`` (its number left off); the 教研室's list and the four
  镇中心学校 files name no 科室: their 科室 is "" and the school is the unit
  (``印台区陈炉镇中心学校``, as the title and the cards' ``所在单位`` write it);
- 局长, 副局长, a 中心's 主任, a school's 校长, 副校长 and 党支部书记, the 教研室's 主任 are leaders; 股长,
  a 处's 主任 or 处长, a 镇中心学校's 总务主任, 教导主任 and 德育主任 middle, and so the 村小校长 (the source
  counts the 村小校长 among a 中心校's 中层干部); the rest (科员, 会计, 报账员, 教研员, 资料员, 招生专干,
  实训管理员, 食堂管理员) general;
- ``风险点 | 风险表现`` (the 教研室's list): the point is the short 风险点; ``分管工作``, ``职责事项`` and
  ``自查情况`` are no points and name no holder; the 教研室's list names no person: its forms are
  posts (对岗不对人);
- ``一级/二级/三级``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★`` (read by the cards' note), ``高风险/中风险/低风险``,
  ``一级风险/二级风险/三级风险``, 高/中/低 and bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the list's note) are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, 宋体 10 and
taller rows for wrapped cells) and ``truth.json``; no re-saved copies (as batch280 and batch453).
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line
from published.batch287 import _per_person
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b455_"
PLACE = "印台区"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"
DATE = "2025年12月"

# --------------------------------------------------------------------------- harder layout

SUP_NAME = "yintai_first_school_supervisor_bracketed"
SUP_UNIT = f"{PLACE}第一中学"
SUP_TAB = "一览表"
SUP_HEAD = (
    "序号",
    "处室",
    "岗位",
    "责任人（监督人）",
    "廉政风险点",
    "风险类型",
    "风险等级",
    "防控措施",
)
SUP_NOTE = "注：“责任人（监督人）”一栏括号内为该岗位的监督人（分管校领导或处室负责人）。"

# (处室, 岗位, tier, 责任人, 监督人, [(廉政风险点, 风险类型, 风险等级, 防控措施)])
SUP_ROWS = [
    ("校领导", "党支部书记", "leader", "缑玹昉", "阚彧翀", [
        ("党员发展、评先推优中优亲厚友", "思想道德", "中", "发展对象和评选结果公示，支委会集体研究。"),
    ]),
    ("校领导", "校长", "leader", "阚彧翀", "缑玹昉", [
        ("“三重一大”事项不经校务会集体研究", "制度机制", "高", "重大事项校务会集体决策，纪要存档。"),
        ("校舍维修工程指定施工单位", "业务流程", "高", "工程按规定比选，结果校内公示。"),
    ]),
    ("校领导", "副校长", "leader", "亓瑀湉", "阚彧翀", [
        ("教师职称推荐打招呼、说情", "外部环境", "中", "推荐赋分细则公开，结果公示五个工作日。"),
    ]),
    ("教务处", "主任", "middle", "訾曈珏", "亓瑀湉", [
        ("教辅资料征订指定书商、收取回扣", "岗位职责", "高", "教辅按目录自愿征订，家长签字确认。"),
        ("考试成绩、学籍信息违规变更", "业务流程", "中", "变更两人审核，系统操作留痕。"),
    ]),
    ("政教处", "主任", "middle", "宓翊淏", "亓瑀湉", [
        ("贫困学生资助对象认定不实", "岗位职责", "高", "班级评议、学校审核、公示三级把关。"),
    ]),
    ("总务处", "主任", "middle", "禚琇歆", "阚彧翀", [
        ("食堂大宗食材采购收受供应商好处", "外部环境", "高", "食材定点采购，验收三人签字，价格公示。"),
        ("固定资产处置不按程序", "制度机制", "低", "处置报教育局审批，公开处置。"),
    ]),
    ("总务处", "会计", "general", "笪璠昕", "禚琇歆", [
        ("报销票据审核不严，虚列支出", "岗位职责", "中", "票据经手、验收、审批三人签字。"),
    ]),
]  # fmt: skip


def yintai_first_school_supervisor_bracketed() -> dict:
    unit = SUP_UNIT
    sh = _Sheet(SUP_TAB, [6, 10, 11, 18, 38, 10, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", len(SUP_HEAD))
    sh.add(*SUP_HEAD)
    first = len(sh.rows)
    n = 0
    for dept, post, tier, who, boss, points in SUP_ROWS:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, f"{who}（{boss}）", point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, SUP_NOTE, len(SUP_HEAD))
    sh.add("制表：", None, "审核：", None, None, None, DATE, None)
    return _layout(
        SUP_NAME, "http://www.910w.net/fanwen/guizhang/2022-11-15/217392.html",
        "(harder) 区第一中学 岗位廉政风险防控一览表, after the source's 中学人员岗位规范 (校长, 教务处, 总务处, 政教处): a "
        "title, then 序号/处室 merged (校领导, 教务处, 政教处, 总务处)/岗位 and ONE column ``责任人（监督人）`` merged per "
        "person whose cells write THE HOLDER AND, IN BRACKETS, ANOTHER PERSON — the post's 监督人, himself a holder of "
        "other rows (``訾曈珏（亓瑀湉）``, ``阚彧翀（缑玹昉）`` beside ``缑玹昉（阚彧翀）``)/廉政风险点/风险类型 short/"
        "风险等级 高/中/低/防控措施; a merged ``注：`` line on the bracket and a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def yintai_edu_bureau_two_sheets() -> dict:
    unit = f"{PLACE}教育局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 24, 38, 9, 34])
    _line(lead, f"{unit}领导班子廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "风险等级", "防控措施")
    leaders = [
        ("鞠湉昉", "局长", "主持全面工作，分管计划财务", [
            ("教育经费分配不经党组会集体研究", "一级", "经费分配方案党组会研究，结果公开。"),
            ("校长选任中打招呼、说情", "二级", "干部选任严格程序，全程纪实。"),
        ]),
        ("庹翀琇", "副局长", "分管基础教育、学校安全", [
            ("义务教育招生划片中违规照顾", "一级", "划片方案公示，招生结果公开。"),
            ("校车许可审核把关不严", "三级", "会同交警联审，台账管理。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "局领导", post, who, "leader", point, [], GRADES[lv])
    _per_person(lead, first, None, 1, 2, 3)
    lead.add("编制：", None, "审核：", None, None, DATE, None)
    staff = _Sheet("股室", [6, 12, 11, 9, 40, 9, 34])
    _line(staff, f"{unit}股室岗位廉政风险防控表", 7)
    staff.add("序号", "股室", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("人事股", "股长", "仝璠翊", "middle", [
            ("教师招聘资格审查不严", "一级", "资格审查两人以上，结果公示。"),
        ]),
        ("人事股", "科员", "麴瑀曈", "general", [
            ("教师调动中收受财物", "二级", "调动条件公开，集体研究。"),
            ("泄露招聘考试信息", "三级", "签订保密承诺，试卷专人保管。"),
        ]),
        ("计财股", "股长", "羿歆玹", "middle", [
            ("学校公用经费拨付不及时、截留", "一级", "按生均标准拨付，拨付清单公开。"),
            ("学生资助资金审核不严", "二级", "资助名单学校公示，抽查核实。"),
        ]),
    ]  # fmt: skip
    first = len(staff.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, lv, measures in points:
            n += 1
            staff.add(n, dept, post, who, point, lv, measures)
            t.point(staff.name, dept, post, who, tier, point, [], GRADES[lv])
    _per_person(staff, first, 1, 2, 3)
    staff.add("编制：", None, "审核：", None, None, DATE, None)
    return _layout(
        "yintai_edu_bureau_two_sheets", "https://m.wxnum.cn/ganyujiaoyufabu-corp-2.html",
        "区教育局 廉政风险防控表 in two sheets, after the source's 区教育局 内设机构 (办公室, 组织人事科, 教育经费): ``局领导`` "
        "(a title, 序号/``姓名 | 职务 | 分管工作`` merged per leader/风险点/风险等级 ``一级/二级/三级``/防控措施) and ``股室`` "
        "(a title, 序号/股室 merged (人事股, 计财股)/岗位 and 姓名 merged per person/风险点/风险等级/防控措施); no type "
        "column; an 编制/审核/date line under each",
        [lead, staff], t,
    )  # fmt: skip


def yintai_vocational_group_rows() -> dict:
    unit = f"{PLACE}职业教育中心"
    sh = _Sheet("责任清单", [6, 10, 9, 18, 36, 13, 11, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add("序号", "岗位", "责任人", "职责事项", "廉政风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "闾昕璠", "leader", [
                ("重大事项", "实训基地建设项目不经集体研究", "制度机制风险", "一级风险", "项目主任办公会审定，纪要存档。"),
                ("校企合作", "合作企业遴选指定关系单位", "业务流程风险", "二级风险", "合作企业公开遴选，协议公示。"),
            ]),
        ]),
        ("二、招生就业处", "招生就业处", [
            ("处长", "桓琇翀", "middle", [
                ("招生录取", "招生中违规收取费用、有偿招生", "岗位职责风险", "一级风险", "招生计划和录取名单公示。"),
            ]),
            ("招生专干", "浦玹湉", "general", [
                ("免学费申报", "虚报学生人数套取免学费资金", "业务流程风险", "一级风险", "学籍系统比对，每学期核查。"),
                ("顶岗实习", "向实习学生收取好处", "思想道德风险", "三级风险", "实习安排公开，回访学生。"),
            ]),
        ]),
        ("三、实训处", "实训处", [
            ("处长", "巫曈歆", "middle", [
                ("设备采购", "实训设备采购参数设定倾向", "外部环境风险", "二级风险", "参数论证，采购结果公示。"),
            ]),
            ("实训管理员", "郗珏昉", "general", [
                ("耗材管理", "实训耗材领用不登记、私自处置", "岗位职责风险", "三级风险", "领用登记，每学期盘点。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, dept, people in groups:
        _line(sh, shown, 8)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for duty, point, typ, lv, measures in points:
                n += 1
                sh.add(n, post, who, duty, point, typ, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), RISKS[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("填表人：", None, None, "审核人：", None, None, DATE, None)
    return _layout(
        "yintai_vocational_group_rows", "https://sxchxx.com/index-2-3117-1.html",
        "区职业教育中心 廉政风险防控责任清单, after the source's account of the 职业教育法's policy (招生, 资助, 实训, 校企合作): "
        "a title, 序号/岗位/责任人/``职责事项``/廉政风险点/风险类型 ``…风险``/风险等级 ``一级风险/二级风险/三级风险``/防控措施 "
        "under GROUP ROWS ``一、中心领导``, ``二、招生就业处``, ``三、实训处`` merged across (no 科室 column); 岗位 and 责任人 "
        "merged per person; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def yintai_research_office_posts() -> dict:
    unit = f"{PLACE}教研室"
    sh = _Sheet("排查表", [6, 11, 18, 36, 12, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("主任", "leader", [
            ("课题立项", "课题立项评审中打招呼、照顾关系", "制度机制风险", "Ⅰ级", "评审专家随机抽取，结果公示。"),
            ("质量监测", "监测结果排名不如实公布", "岗位职责风险", "Ⅱ级", "监测数据双人复核，按规定发布。"),
        ]),
        ("教研员", "general", [
            ("考试命题", "泄露期末统考试题", "业务流程风险", "Ⅰ级", "命题人员封闭管理，签订保密协议。"),
            ("优质课评选", "评选中收受参赛教师财物", "外部环境风险", "Ⅱ级", "评委回避，评分当场公开。"),
        ]),
        ("资料员", "general", [
            ("资料征订", "推荐指定教辅资料收取回扣", "思想道德风险", "Ⅲ级", "不得推荐教辅，发现即查处。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, tier, points in rows:
        for point, desc, typ, lv, measures in points:
            n += 1
            sh.add(n, post, point, desc, typ, lv, measures)
            t.point(sh.name, "", post, "", tier, point, types_in(typ), ROMAN[lv])
    _per_person(sh, first, None, 1)
    sh.add("制表：", None, "审核：", None, None, DATE, None)
    return _layout(
        "yintai_research_office_posts", "https://wodeyuanxiao.com/Educationalinstitution/aeewwfvoxc.html",
        "区教研室 岗位廉政风险点排查表 对岗不对人, after the source's account of a 区教育局's duties (educational research, "
        "teaching research, curriculum): a title, then 序号/岗位 merged per post/a short 风险点/a long ``风险表现``/风险类型 "
        "``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names, no 科室; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def yintai_chenlu_school_cards() -> dict:
    unit = f"{PLACE}陈炉镇中心学校"
    t = _Truth(unit)
    cards = [
        ("校长", "冼翊璠", "leader", [
            ("营养餐食材供应商选定不公开", "★★★", "供应商公开比选，结果公示。"),
            ("村小公用经费统筹中截留", "★★", "经费按校分账，每学期公开。"),
            ("接受供货商宴请", "★", "签订廉洁承诺书，节前提醒。"),
        ]),
        ("总务主任", "逯瑀昕", "middle", [
            ("食材验收不认真，以次充好", "★★★", "验收三人签字，每日公示食材。"),
            ("食堂账目不清", "★★", "账目每月公示，家长代表监督。"),
        ]),
        ("食堂管理员", "蔺琇玹", "general", [
            ("虚报就餐人数", "★★", "就餐人数每日学生签字。"),
            ("私自处置剩余食材", "★", "剩余食材登记，留样备查。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, tier, points in cards:
        sh = _Sheet(post, [6, 38, 10, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", post)
        sh.add("所在单位", unit, "持卡时间", DATE)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(points, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "校长（签字）：", None)
        sheets.append(sh)
    return _layout(
        "yintai_chenlu_school_cards",
        "http://bltzw.com/plugin.php?id=aieditor_7ree%3Alibrary_7ree&option=1&tid=591240",
        "镇中心学校 岗位廉政风险防控卡, one sheet a holder (tabs 校长, 总务主任, 食堂管理员), after the source's report on 乡村 "
        "schools' 营养餐 (公示, 食材采购, 食堂账务): a title, ``姓　名 | … | 职　务 | …`` over ``所在单位 | … | 持卡时间 | …``, "
        "then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; no type column; a merged ``注：`` line on the stars and "
        "``持卡人（签字）： | 校长（签字）：``",
        sheets, t,
    )  # fmt: skip


def yintai_hongtu_school_selfchecks() -> dict:
    unit = f"{PLACE}红土镇中心学校"
    t = _Truth(unit)
    people = [
        ("臧昉珏", "校长", "leader", [
            ("教学点公用经费截留挪用", "高风险", "经费按教学点拨付，账目公开。", "已落实"),
            ("代课教师聘用中优亲厚友", "高风险", "聘用条件公开，集体研究。", "未发现问题"),
            ("借调村小教师不按程序", "中风险", "借调报教育局备案。", "已落实"),
        ]),
        ("笪翀歆", "报账员", "general", [
            ("报账票据审核不严", "中风险", "票据三人签字，定期抽查。", "未发现问题"),
            ("现金坐支、公款私存", "低风险", "现金日清月结，不设账外账。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add(f"姓{GAP}名", f"岗{GAP}位", "填表时间", None, None)
        sh.add(who, post, DATE, None, None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, "", post, who, tier, point, [], BANDS[lv])
        sh.add()
        sh.add("本人签名：", None, "校长审核：", None, None)
        sheets.append(sh)
    return _layout(
        "yintai_hongtu_school_selfchecks", "http://www.updateoffice.cn/news/yejie/152144.html",
        "镇中心学校 岗位廉政风险自查表, one sheet a person (tabs named by the holder), after the source's report on 中心校 "
        "keeping back 公用经费 (教学点, 代课教师, 借调): a title, a label row ``姓　名 | 岗　位 | 填表时间`` over a row of "
        "values, then 序号/风险点/风险等级 ``高风险/中风险/低风险``/防控措施/``自查情况``; no type column; a blank row and "
        "``本人签名： | 校长审核：``",
        sheets, t,
    )  # fmt: skip


def yintai_guangyang_school_every_row() -> dict:
    unit = f"{PLACE}广阳镇中心学校"
    sh = _Sheet("清单", [6, 16, 9, 40, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控清单", 6)
    sh.add("序号", "岗位", "责任人", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("校长", "戚彧湉", "leader", "中层干部任用个人说了算", "Ⅰ", "任用方案教代会通报，集体研究。"),
        ("校长", "戚彧湉", "leader", "校服征订指定厂家", "Ⅱ", "家长委员会参与，自愿征订。"),
        ("教导主任", "隗珏翊", "middle", "教师绩效考核打人情分", "Ⅰ", "考核细则公开，结果公示。"),
        ("教导主任", "隗珏翊", "middle", "评优评先不按条件", "Ⅲ", "评选条件公开，结果公示。"),
        ("村小校长", "咸瑀璠", "middle", "村小学生人数虚报", "Ⅱ", "学籍与在校人数每学期核对。"),
        ("村小校长", "咸瑀璠", "middle", "村小维修经费使用不公开", "Ⅲ", "维修项目公示，中心学校验收。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], BARE[lv])
    _line(sh, "注：风险等级Ⅰ为高风险，Ⅱ为中风险，Ⅲ为低风险。", 6)
    sh.add("填表人：", None, "审核人：", None, DATE, None)
    return _layout(
        "yintai_guangyang_school_every_row", "https://wap.265xx.com/w407/62031.html",
        "镇中心学校 廉政风险防控清单, after the source's post on the 中层干部 of a 乡镇中心校 (教导主任, 总务主任, 村小校长): a "
        "title, then 序号/岗位/``责任人`` written out on EVERY row (nothing merged)/廉政风险点/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控"
        "措施; no type column, no 科室 column; a merged ``注：`` line on the numerals and a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def yintai_azhuang_school_list() -> dict:
    unit = f"{PLACE}阿庄镇中心学校"
    sh = _Sheet("一览表", [6, 9, 9, 40, 10, 9, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：{DATE}", 7)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("校长", "俟昕翀", "leader", [
            ("班主任津贴分配不公开", "制度机制", "高", "分配方案教代会通过，结果公示。"),
            ("学生转学手续违规办理", "岗位职责", "中", "转学材料两人审核，台账留存。"),
        ]),
        ("德育主任", "綦琇曈", "middle", [
            ("班主任考核弄虚作假", "业务流程", "高", "考核量化打分，结果公示。"),
        ]),
        ("会计", "晏玹珏", "general", [
            ("代收费用不入账", "思想道德", "低", "收费开具票据，当日入账。"),
            ("接受商家宴请、礼品", "外部环境", "低", "签订廉洁承诺书，拒收登记。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, post, who, point, typ, lv, measures)
            t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, None, 1, 2)
    sh.add("填表人：", None, "审核人：", None, None, DATE, None)
    return _layout(
        "yintai_azhuang_school_list", "https://abg.baidu.com/tags/pb4m7wdypdk7fvwq2gt3bygw67em5pfi2ct37pf2zpgplqh5",
        "镇中心学校 岗位廉政风险防控一览表, after the source's 镇中学班主任绩效考核条例 (班主任, 考核, 津贴): ``附件1``, a title, "
        "a merged ``填报单位：…　填报时间：2025年12月`` line, then 序号/岗位 and 姓名 merged per person/廉政风险点/风险类型 "
        "(short names)/风险等级 高/中/低/防控措施; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    yintai_first_school_supervisor_bracketed(),
    yintai_edu_bureau_two_sheets(),
    yintai_vocational_group_rows(),
    yintai_research_office_posts(),
    yintai_chenlu_school_cards(),
    yintai_hongtu_school_selfchecks(),
    yintai_guangyang_school_every_row(),
    yintai_azhuang_school_list(),
]

RESAVED: tuple[str, ...] = ()


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx``; no re-saved copies."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch455-inbox"))

"""The four-hundred-and-eighty-sixth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one district's 教育
bodies, 安定区 (the district of 定西市) — its 第二中学, 实验小学 and 学生资助管理中心, the 中心学校 of
four of its towns (内官营镇, 巉口镇, 李家堡镇, 香泉镇) and, in the harder file, its 教育局 — each
handing back the 一览表, 排查表, 防控卡, 自查表 or 清单 its staff typed:

- the 第二中学's 一览表: ``处室`` merged, ``岗位`` and ``责任人`` merged per person, the risk, short
  types, 高/中/低, the measures, an 编制人/审核人/date line;
- the 实验小学's 排查表 对岗不对人: ``处室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 学生资助管理中心's file in two sheets ``中心领导`` (``姓名 | 职务 | 分管工作`` merged per
  person) and ``科室`` (``科室 | 岗位 | 姓名``), ``一级/二级/三级``, no type column;
- the 内官营镇中心学校's 防控卡, one sheet a holder: ``姓　名 | … | 职　务 | …`` above
  ``序号 | 廉政风险点 | 风险等级 | 防控措施``, ``★★★/★★/★`` read by a ``注：`` line, no type column;
- the 巉口镇 one's 自查表, one sheet a person (tab = the person): a label row
  ``姓　名 | 岗　位 | 填表时间`` over a row of values, ``高风险/中风险/低风险``, ``自查情况``;
- the 李家堡镇 one's 责任清单 under GROUP ROWS ``一、学校领导`` / ``二、工作人员`` merged across:
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 香泉镇 one's 一览表: ``岗位 | 责任人`` written on every row, short types, 高/中/低.

One is harder:

- ``anding_education_bureau_holder_key``: the 教育局's 一览表 whose list names NO post and NO
  person in its rows: its heading is ``序号 | 廉政风险点 | 风险类型 | 风险等级 | 防控措施 | 责任人``
  and every ``责任人`` cell holds only a KEY, a circled number (``①``, ``②``, ``③``). The key is
  resolved by a small ROSTER TABLE ABOVE the list on the same sheet, under a merged line
  ``责任人代号：`` — its own heading ``代号 | 股室 | 岗位 | 姓名`` and one row a holder
  (``① | 局领导 | 局长 | 蔺翙瀚``) — then a blank row and the list. So each point's 股室, post and
  holder stand only in the roster row whose 代号 is the point's 责任人 cell. The README's 读得懂的表
  knows holders given by labels or staff lines above a table (``主　岗 | 站长``, ``张三　办公室主任，
  负责…`` giving a 责任人 column's posts), a post-by-post row ``岗　位 | 所长 | 副所长`` over
  ``姓　名 | …`` above a table, a 人员配备表 under the list matched by 科室 and 岗位, 职权编码 resolved
  through ANOTHER SHEET, codes of a measures catalogue and level or type marks explained by a
  note; it does not describe a list whose 责任人 column holds only codes keyed to a headed roster
  table of 代号 / 股室 / 岗位 / 姓名 standing ABOVE the list on the same sheet. No earlier batch
  writes one (``grep -l '代号' tests/published/batch*.py``: none; ``grep -l '人员编号\\|责任人编号'``:
  none).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a paper on 中小学教师职称评审 and
its corruption, the 教育局 and 评审委员会 in it; a commentary on 教育腐败 between 班主任, 学生 and
家长; the report of a 班主任 taking gifts from parents; an article on how 资助政策 keeps a campus
clean — 资金用途, 公示, 监督; a reply on 农村中小学公用经费 and its 支出范围; a report of 中心校
holding back 公用经费 from 村小 and 教学点; a county's 农村中小学财务管理 with its 报账 and 财务制度;
a 廉洁高校 plan template) and the layout follows their words for the unit, its parts, its posts
and its risks. The rows are worded by us, the names invented (rare Han surnames with rare given
names); every unit is a body of 安定区 (``unit_words=("安定区",)``: no earlier unit holds it).

Run ``python tests/published/score.py --set batch486`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each list row is one point of the holder whose roster row's ``代号`` is its
  ``责任人`` cell, with that roster row's 股室 and 岗位 and the list row's type and level; the
  ``责任人代号：`` line and the roster rows are no points; ``局领导`` is the 科室 of the leaders;
- ``局领导``, ``学校领导``, ``中心领导`` (a 股室/处室 cell or the leaders' sheet) are the 科室 of those
  leaders; a 局's 股, a school's 处 (教务处, 总务处, 政教处) and a 中心's 科 are 科室; a 镇中心学校's
  group rows ``一、学校领导``, ``二、工作人员`` give no 科室 (they repeat the post's kind), and its
  cards and self-checks name none;
- every body is a unit of its own: 局长, 副局长, 校长, 副校长, 党支部书记, a 中心's 主任 and 副主任
  are leaders; 股长, 主任 of a 处 (教务处主任, 总务处主任) and 科长 middle; the rest (教师, 班主任,
  会计, 报账员, 资助专干, 食堂管理员, 科员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作`` and ``自查情况`` are no points and
  name no holder; the 实验小学's list names no person: its forms are posts (对岗不对人);
- ``高/中/低``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``一级/二级/三级``, ``★★★/★★/★``, ``高风险/中风险/低风险`` and
  ``一级风险/二级风险/三级风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch387.write_xlsx``: borders) and
``truth.json``; no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch60 import _line, _merge_down
from published.batch387 import write_xlsx
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b486_"
PLACE = "安定区"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
KEY_HEAD = "责任人代号："


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int,
                last: int | None = None) -> None:  # fmt: skip
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs, last)


# --------------------------------------------------------------------------- harder layout

# (代号, 股室, 岗位, 姓名, tier)
ROSTER = [
    ("①", "局领导", "局长", "蔺翙瀚", "leader"),
    ("②", "人事股", "股长", "隗昶禛", "middle"),
    ("③", "计划财务股", "科员", "沈翾甯", "general"),
]
# (代号, 廉政风险点, 风险类型, 风险等级, 防控措施) — in the list's order, holders interleaved
BUREAU = [
    ("①", "中小学教师职称评审推荐名额分配不公", "思想道德", "高", "推荐名额按岗位结构比例测算，局党组集体研究。"),
    ("②", "职称评审材料审核把关不严", "岗位职责", "高", "材料实行学校、股室两级审核，结果公示。"),
    ("③", "学校公用经费拨付厚此薄彼", "制度机制", "中", "公用经费按生均定额拨付，拨付明细公开。"),
    ("①", "评审委员会专家人选指定", "制度机制", "中", "评委从专家库随机抽取，名单保密。"),
    ("②", "教师调动借用暗箱操作", "业务流程", "中", "调动条件和结果公开，人事股集体研究。"),
    ("③", "教育装备采购验收走过场", "外部环境", "低", "验收由使用学校、财务股、纪检三方参加。"),
]  # fmt: skip


def anding_education_bureau_holder_key() -> dict:
    unit = f"{PLACE}教育局"
    sh = _Sheet("一览表", [6, 34, 10, 8, 34, 8])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 6)
    _line(sh, KEY_HEAD, 6)
    sh.add("代号", "股室", "岗位", "姓名", None, None)
    for code, dept, post, who, _tier in ROSTER:
        sh.add(code, dept, post, who, None, None)
    sh.add()
    sh.add("序号", "廉政风险点", "风险类型", "风险等级", "防控措施", "责任人")
    by_code = {r[0]: r for r in ROSTER}
    for n, (code, point, typ, lv, measures) in enumerate(BUREAU, 1):
        sh.add(n, point, typ, lv, measures, code)
        _c, dept, post, who, tier = by_code[code]
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    sh.add("填表人：", None, "审核人：", None, "2025年6月", None)
    return _layout(
        "anding_education_bureau_holder_key",
        "http://soe.ruc.edu.cn/info/1132/3186.htm",
        "(harder) 区教育局 岗位廉政风险防控一览表, after the source's paper on 中小学教师职称评审 (评审委员会, 教育局, "
        "职称评审腐败): a title, a merged ``责任人代号：`` line over a ROSTER TABLE ``代号 | 股室 | 岗位 | 姓名`` (①②③), a "
        "blank row, then the list 序号/廉政风险点/风险类型 (short)/高/中/低/防控措施/责任人 — each 责任人 cell ONLY the "
        "代号 of its holder (holders interleaved); a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def anding_no2_middle_school_list() -> dict:
    unit = f"{PLACE}第二中学"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "处室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("学校领导", "校长", "甄翊濛", "leader", [
            ("招生计划外擅自录取择校生", "思想道德", "高", "招生计划和录取名单公示，校务委员会集体研究。"),
            ("评优评先名额向亲近者倾斜", "制度机制", "中", "评优条件公开，教代会推荐。"),
        ]),
        ("教务处", "教务处主任", "冼昉澍", "middle", [
            ("考试成绩录入随意改动", "岗位职责", "高", "成绩双人录入、校对签字。"),
        ]),
        ("政教处", "班主任", "宦沄翯", "general", [
            ("收受家长礼品礼金", "外部环境", "中", "签订廉洁从教承诺书，家长监督电话公开。"),
            ("组织学生有偿补课", "业务流程", "低", "每学期开展有偿补课专项排查。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("编制人：", None, "审核人：", None, "2025年5月", None, None, None)
    return _layout(
        "anding_no2_middle_school_list",
        "http://china360online.com/plus/view-63442-1.html",
        "区第二中学 岗位廉政风险防控一览表, after the source's commentary on 教育腐败 between 班主任, 学生 and 家长 (礼品礼金, "
        "请柬, 红包): a title, 序号/处室 merged (学校领导, 教务处, 政教处)/岗位 and 责任人 merged per person/廉政风险点/"
        "风险类型 (short)/高/中/低/防控措施; an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def anding_experimental_primary_posts() -> dict:
    unit = f"{PLACE}实验小学"
    sh = _Sheet("排查表", [6, 12, 12, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "处室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    gen, cls = "总务处", "教务处"
    rows = [
        (gen, "总务处主任", "middle", "校服征订", "指定商家或收取回扣", "外部环境风险", "Ⅰ级",
         "校服征订家长自愿，家委会参与选样。"),
        (gen, "总务处主任", "middle", "维修工程发包", "化整为零规避比选", "制度机制风险", "Ⅱ级",
         "维修项目比选结果公示。"),
        (cls, "班主任", "general", "班级费用收取", "以班费名义向家长收取费用", "岗位职责风险", "Ⅱ级",
         "严禁班主任代收费用，收费项目公示。"),
        (cls, "班主任", "general", "接受家长宴请", "节日接受家长宴请和购物卡", "思想道德风险", "Ⅲ级",
         "节前廉洁提醒，拒收登记。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：校办公室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "anding_experimental_primary_posts",
        "http://wlchinahc.com/news/hangyezixun/202302/189570.html",
        "区实验小学 廉政风险点排查表 对岗不对人, after the source's report of a 小学班主任 taking gifts from parents (区别对待, "
        "送礼): a title, 序号/处室 merged (总务处, 教务处)/岗位 merged per post/a short 风险点/a long 风险表现/风险类型 "
        "``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; an ``编制：校办公室 | 审核： | 2025年3月`` line",
        [sh], t,
    )  # fmt: skip


def anding_student_aid_center_two_sheets() -> dict:
    unit = f"{PLACE}学生资助管理中心"
    t = _Truth(unit)
    lead = _Sheet("中心领导", [6, 10, 8, 18, 34, 8, 32])
    _line(lead, f"{unit}领导班子廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("闾翀昙", "主任", "主持全面工作", [
            ("资助名额分配不按困难学生比例", "一级", "名额分配方案经中心会议研究并报教育局。"),
            ("资助资金拨付审批把关不严", "二级", "资金拨付实行经办、复核、审批三级签字。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "中心领导", post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("科室", [6, 12, 10, 10, 34, 8, 32])
    _line(dept, f"{unit}科室岗位廉政风险防控表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("资助管理科", "科长", "郤湜珝", "middle", "困难学生认定材料审核走过场", "一级", "认定材料抽查复核，结果在校内公示。"),
        ("资助管理科", "资助专干", "东方翥澈", "general", "助学金发放名单虚报冒领", "二级", "助学金直接发放到学生账户。"),
        ("资助管理科", "资助专干", "东方翥澈", "general", "泄露受助学生家庭信息", "三级", "受助信息公示隐去身份证号和家庭住址。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    return _layout(
        "anding_student_aid_center_two_sheets",
        "https://www.hkyyi.com/html/zi-zhu-zheng-ce-ru-he-que-bao-lian-jie-xiao-yuan-jian-she-bi-mian-zi-jin-lan-yong-yu-jian-guan-lou-d.html",
        "区学生资助管理中心's file in two sheets, after the source's article on how 资助政策 keeps a campus clean (资金用途, "
        "公示, 监督体系): ``中心领导`` with 姓名/职务/分管工作 merged per person; ``科室`` with 科室/岗位/姓名 merged; levels "
        "``一级/二级/三级``; no type column",
        [lead, dept], t,
    )  # fmt: skip


def anding_neiguanying_school_cards() -> dict:
    unit = f"{PLACE}内官营镇中心学校"
    t = _Truth(unit)
    cards = [
        ("校长", "麴翛沅", "leader", [
            ("公用经费超范围列支", "★★★", "公用经费支出经校务会研究，按季公开。"),
            ("村小教学点经费统筹不公", "★★", "拨付标准公开，村小校长签字确认。"),
        ]),
        ("报账员", "禚昀翾", "general", [
            ("报账票据审核不严", "★★", "票据经校长、报账员双签。"),
            ("现金收支不及时入账", "★", "现金日清月结，月末对账。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, tier, points in cards:
        sh = _Sheet(post, [6, 36, 10, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施")
        for i, (point, lv, measures) in enumerate(points, 1):
            sh.add(i, point, lv, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[lv])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "镇分管领导（签字）：", None)
        sheets.append(sh)
    return _layout(
        "anding_neiguanying_school_cards",
        "https://o.borongbank.cn/show-400504.html",
        "镇中心学校 岗位廉政风险防控卡, one sheet a holder (tabs 校长, 报账员), after the source's reply on 农村中小学公用经费 "
        "(开支范围, 政府采购, 内部管理办法): a title, ``姓　名 | … | 职　务 | …``, then 序号/廉政风险点/风险等级 "
        "``★★★/★★/★``/防控措施; a ``注：`` line; ``持卡人（签字）： | 镇分管领导（签字）：``",
        sheets, t,
    )  # fmt: skip


def anding_chankou_school_selfchecks() -> dict:
    unit = f"{PLACE}巉口镇中心学校"
    t = _Truth(unit)
    people = [
        ("滑翯湄", "副校长", "leader", [
            ("截留村小公用经费", "高风险", "村小经费足额拨付，拨付单报教育局备案。", "已落实"),
            ("教师培训费挪作他用", "中风险", "培训费按计划专款专用。", "未发现问题"),
        ]),
        ("訾沄翊", "会计", "general", [
            ("以白条入账", "中风险", "凭正式票据报账。", "已落实"),
            ("学校经费公款私存", "低风险", "经费统一进学校对公账户。", "已整改"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "岗　位", "填表时间", None, None)
        sh.add(who, post, "2025年5月", None, None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, "", post, who, tier, point, [], WORDS[lv])
        sh.add()
        sh.add("本人签名：", None, "校长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "anding_chankou_school_selfchecks",
        "http://www.updateoffice.cn/news/yejie/152137_2.html",
        "镇中心学校 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's report of 中心校 "
        "holding back 公用经费 from 村小 and 教学点 (截留, 备用金, 统筹): a title, a label row ``姓　名 | 岗　位 | 填表时间`` "
        "over a row of values, then 序号/风险点/风险等级 ``高风险/中风险/低风险``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 校长意见：``",
        sheets, t,
    )  # fmt: skip


def anding_lijiabao_school_group_rows() -> dict:
    unit = f"{PLACE}李家堡镇中心学校"
    sh = _Sheet("责任清单", [6, 10, 10, 38, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、学校领导", [
            ("党支部书记", "郗翚澈", "leader", [
                ("教师绩效考核打分不公", "一级风险", "考核细则经教代会通过，结果公示。"),
                ("公务接待超标准", "三级风险", "接待实行公函和清单制度。"),
            ]),
        ]),
        ("二、工作人员", [
            ("食堂管理员", "雍昶翙", "general", [
                ("食材采购虚报数量", "一级风险", "食材验收三人签字，采购清单公示。"),
                ("营养餐账目不清", "二级风险", "营养餐账目单独核算、按月公开。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, people in groups:
        _line(sh, shown, 6)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for point, lv, measures in points:
                n += 1
                sh.add(n, post, who, point, lv, measures)
                t.point(sh.name, "", post, who, tier, point, [], RISKS[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年6月", None)
    return _layout(
        "anding_lijiabao_school_group_rows",
        "http://www.fymate.net/html/text/lar/172177/17217791_3.html",
        "镇中心学校 廉政风险防控责任清单, after the source's 农村中小学校财务管理 (会计核算, 报销手续, 财产物资): a title, "
        "序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS ``一、学校领导``, "
        "``二、工作人员`` merged across; 岗位 and 姓名 merged per person; no type column; 制表/审核/date",
        [sh], t,
    )  # fmt: skip


def anding_xiangquan_school_list() -> dict:
    unit = f"{PLACE}香泉镇中心学校"
    sh = _Sheet("一览表", [6, 10, 10, 40, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控一览表", 7)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：2025年6月", 7)
    sh.add("序号", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("校长", "巫马翊沄", "leader", "大宗物资采购不按程序", "制度机制", "高", "大宗采购集体研究，询价比价留痕。"),
        ("校长", "巫马翊沄", "leader", "干预教师岗位聘用", "思想道德", "中", "岗位聘用方案公示，聘用结果集体审定。"),
        ("教师", "殳翯昀", "general", "作业本资料代购收费", "外部环境", "高", "严禁教师代购教辅资料。"),
        ("教师", "殳翯昀", "general", "学生评优推荐不公", "岗位职责", "低", "推荐结果班级公示。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
    sh.add("填表人：", None, "审核人：", None, "校长（签字）：", None, None)
    return _layout(
        "anding_xiangquan_school_list",
        "https://www.renrendoc.com/paper/508018697.html",
        "镇中心学校 廉政风险防控一览表, after the source's 廉洁高校实施方案 template (权力运行监督, 廉洁风险防控体系, 师德): a "
        "title, a merged ``填报单位：…　填报时间：2025年6月`` line, 序号/岗位/责任人 written on EVERY row/廉政风险点/风险类型 "
        "(short)/高/中/低/防控措施; a 填表人/审核人/校长（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    anding_education_bureau_holder_key(),
    anding_no2_middle_school_list(),
    anding_experimental_primary_posts(),
    anding_student_aid_center_two_sheets(),
    anding_neiguanying_school_cards(),
    anding_chankou_school_selfchecks(),
    anding_lijiabao_school_group_rows(),
    anding_xiangquan_school_list(),
]
RESAVED: tuple[str, ...] = ()


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch387.write_xlsx`` (borders)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch486-inbox"))

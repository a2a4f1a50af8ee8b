"""The four-hundred-and-seventy-fourth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 教育
bodies, 秦安县 (a county of 天水) — its 第一中学, 职业中等专业学校 and 教育资金管理中心, the 中心小学 of
four of its towns (兴国镇, 莲花镇, 郭嘉镇, 陇城镇) and, in the harder file, its 教育局 — each handing
back the 一览表, 排查表, 防控卡, 自查表 or 清单 its staff typed:

- the 第一中学's 一览表: ``科室`` merged, ``岗位`` and ``责任人`` merged per person, the risk, short
  types, 高/中/低, the measures, an 编制人/审核人/date line;
- the 职业中等专业学校's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a
  long ``风险表现``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 教育资金管理中心's file in two sheets ``中心领导`` (``姓名 | 职务 | 分管工作`` merged per person)
  and ``科室`` (``科室 | 岗位 | 姓名``), ``一级/二级/三级``, no type column;
- the 兴国镇中心小学's 防控卡, one sheet a holder: ``姓　名 | … | 职　务 | …`` above
  ``序号 | 廉政风险点 | 风险等级 | 防控措施``, ``★★★/★★/★`` read by a ``注：`` line, no type column;
- the 莲花镇中心小学's 自查表, one sheet a person (tab = the person): a label row
  ``姓　名 | 岗　位 | 填表时间`` over a row of values, ``高风险/中风险/低风险``, ``自查情况``;
- the 郭嘉镇中心小学's 责任清单 under GROUP ROWS ``一、学校领导`` / ``二、教职工`` merged across:
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 陇城镇中心小学's 一览表: ``岗位 | 责任人`` written on every row, short types, 高/中/低.

One is harder:

- ``qinan_bureau_level_post_grid``: the 教育局's 领导班子及股室负责人 廉政风险分级表, a CROSS TABLE OF
  LEVEL BY HOLDER. A diagonal corner cell ``岗位⏎风险等级`` (merged down over three heading rows)
  stands at A2; the heading rows across B–E are ``股室`` (``局领导`` merged over B–C, ``人事股``,
  ``计划财务股``), ``岗位`` (局长, 副局长, 股长, 股长) and ``姓名`` (one holder a column). Below, ONE
  ROW A LEVEL: column A says ``一级风险`` / ``二级风险`` / ``三级风险`` and each cell of the row holds
  that column's holder's points of that level, numbered ``1.…⏎2.…`` (one point a line); an empty
  cell means the holder has no point of that level. There is no measures column (a closing
  ``注：`` line sends the reader to the 防控卡). So a point's level is given by its ROW, its holder,
  post and 股室 by its COLUMN. The README's 读得懂的表 knows a 风险点 heading merged over POST
  columns whose rows are 环节 (each column a post, each row a step of the work), bands by level
  (``高风险 | 中风险 | 低风险`` columns, one row a holder), a cross table of LEVEL BY TYPE under a
  diagonal corner (batch352: rows levels, columns the five types, the holder above the table),
  a transposed chart (field labels down column A, one column a point) and a ``●主责 ○配合``
  matrix (cells marks, not points); it does not describe a grid whose columns are the HOLDERS
  (股室/岗位/姓名 stacked in three heading rows) and whose rows are the LEVELS, each cell a
  holder's numbered points of one level.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 县教育局's work for teachers and
schools; a 中学's 清廉学校 建设; 中职学校 校外实训基地; 贫困家庭寄宿生补助资金 管理; 小学收费管理制度; 小学教职工
聘用合同制; a 小学营养餐 实施方案; the 农村义务教育学生营养改善计划) and the layout follows their words
for the unit, its parts, its posts and its risks. The rows are worded by us, the names invented
(rare Han surnames with rare given names); every unit is a body of 秦安县.

Run ``python tests/published/score.py --set batch474`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each numbered line of a grid cell is one point of the COLUMN's holder (股室,
  岗位, 姓名 from the three heading rows), its level the ROW's ``一级风险/二级风险/三级风险`` → 1/2/3;
  the number ``1.`` is not part of the point; empty cells are no points; the ``注：`` line is none;
- ``局领导``, ``校领导``, ``中心领导`` (a 科室 cell, a heading cell or the leaders' sheet) are the 科室 of
  those leaders; a 局's 股, a school's 处 and a 中心's 科 are 科室; a 镇中心小学 has no 科室: its
  group rows ``一、学校领导``, ``二、教职工`` give no 科室 (they repeat the post's kind);
- every body is a unit of its own: 局长, 副局长, 校长, 副校长, a 中心's 主任 are leaders; 股长, 主任 of a
  处 (总务主任, 教务主任, 实训处主任), 科长 and a 中心小学's 总务主任 middle; the rest (会计, 出纳, 教师,
  报账员, 炊事员 …) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作`` and ``自查情况`` are no points and
  name no holder; the 职业中等专业学校's list names no person: its forms are posts (对岗不对人);
- ``高/中/低``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``一级/二级/三级``, ``★★★/★★/★``, ``高风险/中风险/低风险`` and
  ``一级风险/二级风险/三级风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b474_"
PLACE = "秦安县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
CORNER = "岗位\n风险等级"  # a diagonal header: the columns' word above, the rows' below


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int,
                last: int | None = None) -> None:  # fmt: skip
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs, last)


# --------------------------------------------------------------------------- harder layout

# one column a holder: (股室, 岗位, 姓名, tier, {level word: [points]})
GRID = [
    ("局领导", "局长", "綦翀骞", "leader", {
        "一级风险": ["重大教育项目安排不经党组集体研究", "校长任用由个人说了算"],
        "二级风险": ["教育经费追加审批把关不严"],
    }),
    ("局领导", "副局长", "笪珵頔", "leader", {
        "一级风险": ["校舍维修工程指定施工单位"],
        "三级风险": ["下校检查接受学校宴请"],
    }),
    ("人事股", "股长", "眭曈溦", "middle", {
        "一级风险": ["教师招聘资格审查优亲厚友"],
        "二级风险": ["教师调动审核不按条件", "职称评审材料审核走过场"],
    }),
    ("计划财务股", "股长", "郏炘玹", "middle", {
        "二级风险": ["学校经费拨付厚此薄彼"],
        "三级风险": ["教育附加费使用台账登记不全"],
    }),
]  # fmt: skip


def qinan_bureau_level_post_grid() -> dict:
    unit = f"{PLACE}教育局"
    sh = _Sheet("分级表", [12, 30, 30, 30, 30])
    t = _Truth(unit)
    ncols = 1 + len(GRID)
    _line(sh, f"{unit}领导班子及股室负责人廉政风险分级表", ncols)
    h = sh.add(CORNER, *(g[0] for g in GRID))
    sh.add(None, *(g[1] for g in GRID))
    sh.add(None, *(g[2] for g in GRID))
    sh.merge(h, 0, h + 2, 0)
    sh.rows[h][2] = None  # 局领导 once, merged over the two leaders' columns
    sh.merge(h, 1, h, 2)
    for word in RISKS:
        cells = []
        for *_holder, by_level in GRID:
            points = by_level.get(word, [])
            cells.append("\n".join(f"{i}.{p}" for i, p in enumerate(points, 1)) or None)
        sh.add(word, *cells)
    for dept, post, who, tier, by_level in GRID:
        for word in RISKS:
            for p in by_level.get(word, []):
                t.point(sh.name, dept, post, who, tier, p, [], RISKS[word])
    _line(sh, "注：各岗位防控措施见本人岗位廉政风险防控卡。", ncols)
    sh.add("填表人：", None, "审核人：", "2025年6月", None)
    return _layout(
        "qinan_bureau_level_post_grid", "https://51a.net/688752916704487244.html",
        "(harder) 县教育局 领导班子及股室负责人廉政风险分级表, after the source's 县教育局 work (教师人事管理, 教师流转, "
        "教育器材配置): a CROSS TABLE OF LEVEL BY HOLDER — a diagonal corner ``岗位⏎风险等级`` merged down three heading "
        "rows 股室 (局领导 merged over two columns, 人事股, 计划财务股)/岗位/姓名, one column a holder; then ONE ROW A "
        "LEVEL (``一级风险/二级风险/三级风险`` in column A), each cell the column holder's points of that level numbered "
        "``1.…⏎2.…``, empty where none; no measures column; a ``注：`` line and a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def qinan_first_middle_list() -> dict:
    unit = f"{PLACE}第一中学"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("校领导", "校长", "亓祎濯", "leader", [
            ("学校重大事项不经校务会研究", "制度机制", "高", "执行“三重一大”集体决策。"),
            ("评优评先推荐暗箱操作", "思想道德", "中", "推荐条件和结果公示。"),
        ]),
        ("总务处", "总务主任", "禤峣琇", "middle", [
            ("食堂大宗食材采购不按程序", "业务流程", "高", "定点采购，验收双人签字。"),
        ]),
        ("教务处", "教务主任", "厍昶缇", "middle", [
            ("教辅资料征订收受回扣", "外部环境", "中", "征订自愿，书目集体确定。"),
            ("考试成绩登记随意改动", "岗位职责", "低", "成绩系统留痕，改动须审批。"),
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
        "qinan_first_middle_list", "http://www.jizihe.com/page/2023/0505/22594107.shtml",
        "县第一中学 岗位廉政风险防控一览表, after the source's 中学 清廉学校 建设 (校长接访日, 清廉管理制度, 干部清廉从政, "
        "教师清廉从教): a title, 序号/科室 merged (校领导, 总务处, 教务处)/岗位 and 责任人 merged per person/廉政风险点/"
        "风险类型 (short)/高/中/低/防控措施; an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def qinan_vocational_posts() -> dict:
    unit = f"{PLACE}职业中等专业学校"
    sh = _Sheet("排查表", [6, 12, 12, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    lead, train = "校领导", "实训处"
    rows = [
        (lead, "副校长", "leader", "校企合作协议", "与合作企业签订协议时谋取私利", "思想道德风险", "Ⅰ级",
         "合作协议经校务会研究并公示。"),
        (lead, "副校长", "leader", "实训基地选定", "校外实训基地选定照顾关系企业", "制度机制风险", "Ⅱ级",
         "基地选定集体评议。"),
        (train, "实训处主任", "middle", "实训设备采购", "实训设备采购指定品牌、抬高价格", "业务流程风险", "Ⅰ级",
         "采购需求论证，进场交易。"),
        (train, "实训处主任", "middle", "顶岗实习安排", "向实习学生收取实习管理费", "岗位职责风险", "Ⅲ级",
         "实习安排公开，不收取任何费用。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "qinan_vocational_posts", "http://m.jizihe.com/page/2013/0429/28343625.shtml",
        "县职业中等专业学校 廉政风险点排查表 对岗不对人, after the source's 中职学校 校外实训基地 (工学结合, 校企合作, "
        "顶岗实习): a title, 序号/科室 merged (校领导, 实训处)/岗位 merged per post/a short 风险点/a long 风险表现/"
        "风险类型 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; an ``编制：办公室 | 审核： | 2025年3月`` line",
        [sh], t,
    )  # fmt: skip


def qinan_fund_center_two_sheets() -> dict:
    unit = f"{PLACE}教育资金管理中心"
    t = _Truth(unit)
    lead = _Sheet("中心领导", [6, 10, 8, 18, 34, 8, 32])
    _line(lead, f"{unit}领导班子廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("隗暄栩", "主任", "主持全面工作", [
            ("寄宿生补助资金分配不按标准", "一级", "补助名单学校公示、中心复核。"),
            ("中心公用经费支出不按预算", "二级", "支出按季公开。"),
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
        ("资助管理科", "科长", "郇珝堇", "middle", "贫困寄宿生认定把关不严", "一级", "认定材料入户核实。"),
        ("资助管理科", "会计", "佴甯濠", "general", "补助资金发放不到学生卡", "二级", "资金直达学生一卡通。"),
        ("资助管理科", "会计", "佴甯濠", "general", "资金账目登记不及时", "三级", "账目按月对账。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    return _layout(
        "qinan_fund_center_two_sheets",
        "https://abg.baidu.com/tags/y23mbj542lg2lpgezppmt6vsxhlpvv6kxxyltxga5wyozn5ifdkn3ugqfe16",
        "县教育资金管理中心's file in two sheets, after the source's 贫困家庭寄宿生补助资金管理办法 (认定, 发放, 专账): "
        "``中心领导`` with 姓名/职务/分管工作 merged per person; ``科室`` with 科室/岗位/姓名 merged; levels "
        "``一级/二级/三级``; no type column",
        [lead, dept], t,
    )  # fmt: skip


def qinan_xingguo_school_cards() -> dict:
    unit = f"{PLACE}兴国镇中心小学"
    t = _Truth(unit)
    cards = [
        ("校长", "逯骞琇", "leader", [
            ("代收费项目擅自扩大", "★★★", "收费项目报批并公示。"),
            ("学校公用经费报销把关不严", "★★", "报销票据两人审核。"),
        ]),
        ("报账员", "酆溦昶", "general", [
            ("收费票据不按规定开具", "★★", "票据统一领购登记。"),
            ("现金坐支", "★", "收入当日存入专户。"),
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
        sh.add("持卡人（签字）：", None, "学区负责人（签字）：", None)
        sheets.append(sh)
    return _layout(
        "qinan_xingguo_school_cards", "https://abg.baidu.com/tags/2cq5dj6k2w35doo4ydw5nrvwzbntcxi11",
        "镇中心小学 岗位廉政风险防控卡, one sheet a holder (tabs 校长, 报账员), after the source's 小学收费管理制度 (代收费, "
        "收费票据, 专户): a title, ``姓　名 | … | 职　务 | …``, then 序号/廉政风险点/风险等级 ``★★★/★★/★``/防控措施; a "
        "``注：`` line; ``持卡人（签字）： | 学区负责人（签字）：``",
        sheets, t,
    )  # fmt: skip


def qinan_lianhua_school_selfchecks() -> dict:
    unit = f"{PLACE}莲花镇中心小学"
    t = _Truth(unit)
    people = [
        ("邴翀琇", "副校长", "leader", [
            ("临聘教师聘用不公开", "高风险", "聘用条件和结果公示。", "已落实"),
            ("教师考核打分优亲厚友", "中风险", "考核小组集体打分。", "未发现问题"),
        ]),
        ("郜缇峣", "教师", "general", [
            ("向学生推销教辅资料", "中风险", "签订拒绝推销承诺书。", "已落实"),
            ("有偿补课", "低风险", "接受家长监督。", "已整改"),
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
        "qinan_lianhua_school_selfchecks",
        "https://abg.baidu.com/tags/2cq5dj55ztllboney24nhq52z7g2zvwgzlknbufq5s32q13",
        "镇中心小学 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 小学教职工聘用合同制 "
        "(聘用, 考核, 续聘): a title, a label row ``姓　名 | 岗　位 | 填表时间`` over a row of values, then 序号/风险点/"
        "风险等级 ``高风险/中风险/低风险``/防控措施/``自查情况``; no type column; ``本人签名： | 校长意见：``",
        sheets, t,
    )  # fmt: skip


def qinan_guojia_school_group_rows() -> dict:
    unit = f"{PLACE}郭嘉镇中心小学"
    sh = _Sheet("责任清单", [6, 10, 10, 38, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、学校领导", [
            ("校长", "殳昶濠", "leader", [
                ("营养餐供餐企业选定不公开", "一级风险", "供餐企业由县统一招标。"),
                ("学校维修经费使用不经研究", "三级风险", "维修项目校务会研究。"),
            ]),
        ]),
        ("二、教职工", [
            ("炊事员", "庹堇珵", "general", [
                ("营养餐食材验收缺斤少两", "一级风险", "验收双人过秤，台账留存。"),
                ("私拿学校食堂食材", "二级风险", "食堂出入库登记。"),
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
        "qinan_guojia_school_group_rows",
        "https://abg.baidu.com/tags/ug3dembsgg2lvpf62cq5dj6tvli7rmwnzk24vknxxwylrinx",
        "镇中心小学 廉政风险防控责任清单, after the source's 小学营养餐实施方案 (供餐, 食材验收, 食堂管理): a title, "
        "序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS ``一、学校领导``, "
        "``二、教职工`` merged across; 岗位 and 姓名 merged per person; no type column; 制表/审核/date",
        [sh], t,
    )  # fmt: skip


def qinan_longcheng_school_list() -> dict:
    unit = f"{PLACE}陇城镇中心小学"
    sh = _Sheet("一览表", [6, 10, 10, 40, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控一览表", 7)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：2025年6月", 7)
    sh.add("序号", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("总务主任", "昝玹曈", "middle", "营养膳食补助虚报就餐人数", "业务流程", "高", "就餐人数每日登记核对。"),
        ("总务主任", "昝玹曈", "middle", "食堂物资保管不善", "岗位职责", "低", "物资定期盘点。"),
        ("出纳", "桓珝翀", "general", "补助资金挪作他用", "思想道德", "高", "资金专账核算。"),
        ("出纳", "桓珝翀", "general", "账务处理不及时", "制度机制", "中", "日清月结。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
    sh.add("填表人：", None, "审核人：", None, "校长（签字）：", None, None)
    return _layout(
        "qinan_longcheng_school_list",
        "http://cn.chinagate.cn/indepths/fupin/2012-12/21/content_27481804.htm",
        "镇中心小学 廉政风险防控一览表, after the source's 农村义务教育学生营养改善计划 (营养膳食补助, 每生每天3元): a "
        "title, a merged ``填报单位：…　填报时间：2025年6月`` line, 序号/岗位/责任人 written on EVERY row/廉政风险点/"
        "风险类型 (short)/高/中/低/防控措施; a 填表人/审核人/校长（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    qinan_bureau_level_post_grid(),
    qinan_first_middle_list(),
    qinan_vocational_posts(),
    qinan_fund_center_two_sheets(),
    qinan_xingguo_school_cards(),
    qinan_lianhua_school_selfchecks(),
    qinan_guojia_school_group_rows(),
    qinan_longcheng_school_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch474-inbox"))

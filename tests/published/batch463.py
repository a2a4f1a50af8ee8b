"""The four-hundred-and-sixty-third batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 教育 bodies,
成县 (a county of 陇南) — its 教育局, 职业中专, 实验小学, the 中心学校 of four of its towns (抛沙镇,
小川镇, 黄渚镇, 纸坊镇) and, in the harder file, its 第一中学 — each handing back the 一览表, 排查表,
防控卡, 自查表 or 清单 its staff typed in WPS or Excel:

- the 教育局's 一览表: ``股室`` merged, ``岗位`` and ``责任人`` merged per person, the risk, short
  types, 高/中/低, the measures, an 编制人/审核人/date line;
- the 职业中专's 排查表 对岗不对人: ``处室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 实验小学's file in two sheets ``校领导`` (``姓名 | 职务 | 分管工作`` merged per person) and
  ``处室`` (``处室 | 岗位 | 姓名``), ``一级/二级/三级``, no type column;
- the 抛沙镇中心学校's 防控卡, one sheet a holder: ``姓　名 | … | 职　务 | …`` above
  ``序号 | 廉政风险点 | 风险等级 | 防控措施``, ``★★★/★★/★`` read by a ``注：`` line, no type column;
- the 小川镇中心学校's 自查表, one sheet a person (tab = the person): a label row
  ``姓　名 | 岗　位 | 填表时间`` over a row of values, ``高风险/中风险/低风险``, ``自查情况``;
- the 黄渚镇中心学校's 责任清单 under GROUP ROWS ``一、学校领导`` / ``二、总务处`` merged across:
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 纸坊镇中心学校's 一览表: ``岗位 | 责任人`` written on every row, short types, 高/中/低.

One is harder:

- ``chengxian_first_middle_school_heads_in_group_rows``: the 第一中学's 防控表 has NO name column
  and no 科室 column: ``序号 | 岗位 | 廉政风险点 | 风险等级 | 防控措施`` under GROUP ROWS merged
  across, each naming its 处室 AND, in brackets, the holders of its HEAD POSTS by post
  (``一、校长室（校长：…　副校长：…）``, ``二、教务处（主任：…）``, ``三、总务处（主任：…　副主任：…）``);
  the rows' ``岗位`` cells then say ``校长``, ``副校长``, ``主任``, ``副主任`` — whose holder is the
  name the group row gives for THAT post — or posts the group row names nobody for (``教务员``,
  ``报账员``, ``食堂管理员``), whose rows are posts without a holder. So one group row names
  several holders, each only of the rows of his own post, and leaves other rows of the same 处室
  without one. The README's 读得懂的表 knows a group row setting post AND holder for all its rows
  (``一、出纳岗(责任人:李明)``), a group row whose bracket names the SUPERVISING leader
  (``一、招商服务局(分管副主任:夏立群)``: not a holder), a block row ``党政办公室　主任：…`` naming one
  head of a block, two-level group rows (``一、办公室`` over ``（一）主任　昝樨棻``) and staff lines
  above a table giving the ``责任人`` column's posts; it does not describe one group row naming
  several holders by post, matched to the rows through their ``岗位`` cells, with rows of other
  posts in the same group left without a holder.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 县教育局's 内部审计 of its
schools — 财经纪律, 学校食堂财务, 差旅费, 小金库; a 县一中 in a 清廉学校 drive — 招生招聘, 经费管理,
后勤基建, 招标采购, 职称评定; a 县教育系统 党风廉政专题教育会 of 中小学 and 成技校 校长; a 区's
廉政文化进校园 — 校务公开, 营养餐计划, 乱收费; 教育部's 校园食品安全 and 营养改善计划 专项资金 检查;
a 中心小学's 财务管理 自查报告; a 县纪委's 校园餐 三方共管 — 采购单, 出库单, 验收单; a 市's 清廉学校
建设 — 廉洁教育课, 师德师风, 关键岗位和关键人员) and the layout follows their words for the unit, its parts, its
posts and its risks. The rows are worded by us, the names invented (rare Han surnames with rare
given names); every unit is a body of 成县.

Run ``python tests/published/score.py --set batch463`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a group row ``二、教务处（主任：…）`` gives the 科室 ``教务处`` (its number and
  bracket left off) to all its rows, and the holder it names after ``主任：`` to the rows whose
  ``岗位`` is ``主任`` only; rows of a post the bracket does not name (``教务员``, ``报账员``,
  ``食堂管理员``) are forms without a person; ``校长室`` is the 科室 of the 校长 and 副校长;
- ``局领导``, ``校领导``, ``学校领导`` (a 股室/处室 cell, a sheet or a group row) are the 科室 of those
  leaders; a 局's 股, a school's 处 and 室 are 科室; a 中心学校's group rows give the 科室 they name;
  the cards and self-checks of the 中心学校 name no 科室 (they name a post only);
- every body is a unit of its own: 局长, 副局长, 校长, 副校长 are leaders; 股长, a 处's 主任 and 副主任
  middle; the rest (科员, 会计, 出纳, 教务员, 报账员, 食堂管理员, 保管员, 资助专干, 实训管理员,
  招生干事) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作`` and ``自查情况`` are no points and
  name no holder; the 职业中专's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b463_"
PLACE = "成县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
TIERS = {"校长": "leader", "副校长": "leader", "主任": "middle", "副主任": "middle"}


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int,
                last: int | None = None) -> None:  # fmt: skip
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs, last)


# --------------------------------------------------------------------------- harder layout

# (group row number, 处室, [(head post, holder)], [(岗位, 廉政风险点, 风险等级, 防控措施)])
GROUPS = [
    ("一", "校长室", [("校长", "隰珝澴"), ("副校长", "麴沣岚")], [
        ("校长", "“三重一大”事项不经校务会集体研究", "高", "重大事项校务会集体研究，会议纪要存档。"),
        ("校长", "教师职称推荐中优亲厚友", "中", "推荐条件量化赋分，结果公示五个工作日。"),
        ("副校长", "校舍维修工程化整为零规避招标", "高", "工程按限额标准进场交易，结算送审。"),
    ]),
    ("二", "教务处", [("主任", "璩沄璟")], [
        ("主任", "教辅资料征订中收受回扣", "高", "征订坚持自愿原则，书目集体研究确定。"),
        ("教务员", "篡改学生学籍和考试成绩", "低", "学籍变动双人审核，成绩录入留痕。"),
    ]),
    ("三", "总务处", [("主任", "滑翯岍"), ("副主任", "楚淏珺")], [
        ("主任", "大宗物资采购不按程序询价", "高", "三家以上询价，采购与验收分离。"),
        ("副主任", "固定资产处置不经审批", "中", "资产处置经校务会研究并报县教育局审批。"),
        ("报账员", "报销票据审核不严，虚列支出", "中", "报销单据经手人、证明人、审批人三签。"),
        ("食堂管理员", "食材验收数量不实，虚开验收单", "高", "食材验收两人以上，出入库逐笔登记。"),
    ]),
]  # fmt: skip


def chengxian_first_middle_school_heads_in_group_rows() -> dict:
    unit = f"{PLACE}第一中学"
    sh = _Sheet("防控表", [6, 12, 40, 9, 40])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控表", 5)
    sh.add("序号", "岗位", "廉政风险点", "风险等级", "防控措施")
    n = 0
    for num, dept, heads, rows in GROUPS:
        names = GAP.join(f"{post}：{who}" for post, who in heads)
        _line(sh, f"{num}、{dept}（{names}）", 5)
        holder = dict(heads)
        first = len(sh.rows)
        for post, point, lv, measures in rows:
            n += 1
            sh.add(n, post, point, lv, measures)
            tier = TIERS.get(post, "general")
            t.point(sh.name, dept, post, holder.get(post, ""), tier, point, [], HML[lv])
        _per_person(sh, first, None, 1)
    _line(sh, "注：风险等级分高、中、低三级。", 5)
    sh.add("填表人：", None, "审核人：", None, "2025年6月")
    return _layout(
        "chengxian_first_middle_school_heads_in_group_rows", "http://baokang.gov.cn/bmxz/bm/jwjcw/sjsj/202109/t20210910_2574663.shtml",
        "(harder) 县第一中学 廉政风险防控表, after the source's 县一中 in a 清廉学校 drive (招生招聘, 经费管理, 后勤基建, 招标采购, 职称评定): a title, "
        "序号/岗位/廉政风险点/风险等级 高/中/低/防控措施, NO name and NO 科室 column, under GROUP ROWS merged across that "
        "name the 处室 and in brackets the holders of its head posts by post (``一、校长室（校长：…　副校长：…）``, "
        "``二、教务处（主任：…）``, ``三、总务处（主任：…　副主任：…）``); each holder holds only the rows whose 岗位 is "
        "his post, rows of other posts (教务员, 报账员, 食堂管理员) have no holder; a ``注：`` line and a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def chengxian_education_bureau_list() -> dict:
    unit = f"{PLACE}教育局"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "郦湝琮", "leader", [
            ("学校布局调整和重大项目安排不经党组集体研究", "制度机制", "高", "重大事项党组会集体研究，纪要存档。"),
            ("校长选任中搞个人说了算", "思想道德", "高", "校长选任全程纪实，任前公示。"),
        ]),
        ("局领导", "副局长", "禤沨翾", "leader", [
            ("学校内部审计发现问题不督促整改", "岗位职责", "中", "审计问题清单化管理，限期销号。"),
        ]),
        ("计划财务股", "股长", "亓官璘湉", "middle", [
            ("义务教育保障经费分配不公", "业务流程", "高", "经费按生均标准测算，分配结果公开。"),
            ("对学校私设“小金库”监督不力", "岗位职责", "中", "每年开展学校财务专项检查。"),
        ]),
        ("计划财务股", "会计", "佘滢翀", "general", [
            ("差旅费、培训费报销审核不严", "业务流程", "低", "报销凭证逐张审核，超标准不予报销。"),
        ]),
        ("学生资助管理股", "资助专干", "瞿珮淇", "general", [
            ("资助对象认定把关不严，优亲厚友", "外部环境", "中", "资助对象班级评议、学校审核、公示。"),
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
        "chengxian_education_bureau_list", "http://qcjw.gov.cn/article.html?id=7550",
        "县教育局 岗位廉政风险防控一览表, after the source's 县教育局 内部审计 of its schools (财经纪律, 学校食堂财务, 差旅费, "
        "小金库): a title, 序号/股室 merged (局领导, 计划财务股, 学生资助管理股)/岗位 and 责任人 merged per person/廉政风险点/"
        "风险类型 (short names)/风险等级 高/中/低/防控措施; an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def chengxian_vocational_school_posts() -> dict:
    unit = f"{PLACE}职业中专"
    sh = _Sheet("排查表", [6, 12, 12, 24, 38, 12, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险排查表", 8)
    sh.add("序号", "处室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("招生就业处", "处长", "middle", "招生录取", "违规招收不符合条件的学生，虚报学籍套取资助", "岗位职责风险", "Ⅰ级",
         "招生计划和录取名单公开，学籍与资助数据比对。"),
        ("招生就业处", "招生干事", "general", "招生宣传费用", "招生宣传费用虚报冒领", "业务流程风险", "Ⅱ级",
         "宣传费用事前审批，凭票据报销。"),
        ("实训处", "实训管理员", "general", "实训耗材采购", "实训耗材采购指定供应商，收受回扣", "外部环境风险", "Ⅰ级",
         "耗材采购三家比价，验收与采购分离。"),
        ("实训处", "实训管理员", "general", "顶岗实习安排", "向实习单位收取费用，安排学生到不对口企业实习", "思想道德风险", "Ⅱ级",
         "实习单位集体研究确定，实习协议备案。"),
        ("财务室", "出纳", "general", "学生资助资金发放", "截留、挪用国家助学金和免学费资金", "制度机制风险", "Ⅰ级",
         "资助资金直接发放到学生卡，名单公示。"),
        ("财务室", "会计", "general", "专项经费核算", "专项经费挤占挪用，账实不符", "制度机制风险", "Ⅲ级",
         "专项经费专账核算，年度审计。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _per_person(sh, first, 1, 2)
    sh.add("编制：", None, "审核：", None, None, "2025年5月", None, None)
    return _layout(
        "chengxian_vocational_school_posts", "http://61.175.241.68/jyxw1/jyxwa/content_57510",
        "县职业中专 岗位廉政风险排查表 对岗不对人, after the source's 县教育系统 党风廉政专题教育会 of 中小学 and 成技校 校长 (拒腐防变, "
        "校监会, 勤廉校长): a title, 序号/处室 and 岗位 merged/a short 风险点 beside a long 风险表现/风险类型 ``…风险``/"
        "``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def chengxian_experimental_primary_two_sheets() -> dict:
    unit = f"{PLACE}实验小学"
    t = _Truth(unit)
    lead = _Sheet("校领导", [6, 8, 8, 18, 34, 8, 32])
    _line(lead, f"{unit}校领导廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "风险等级", "防控措施")
    leaders = [
        ("濮阳霁淼", "校长", "主持全面工作", [
            ("大宗物资采购不经校务会研究", "一级", "大宗物资采购集体研究，结果校务公开。"),
            ("评先评优推荐暗箱操作", "二级", "评选条件和结果在校务公开栏公示。"),
        ]),
        ("郯湜琬", "副校长", "分管后勤、财务", [
            ("教职工福利开支超标准", "二级", "福利开支按规定标准执行，向教代会报告。"),
            ("接受供货商宴请", "三级", "签订廉洁承诺书，节前廉洁提醒。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, items in leaders:
        for point, lv, measures in items:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "校领导", post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("处室", [6, 12, 10, 10, 34, 8, 32])
    _line(dept, f"{unit}处室岗位廉政风险防控表", 7)
    dept.add("序号", "处室", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("教导处", "主任", "邶淞翯", "middle", "教师职称评定推荐不公", "二级", "推荐结果公示，接受教职工监督。"),
        ("教导处", "主任", "邶淞翯", "middle", "违规征订教辅资料", "一级", "教辅征订自愿，书目公开。"),
        ("总务处", "主任", "郗瀞芃", "middle", "校舍维修验收把关不严", "二级", "维修验收三方签字。"),
        ("总务处", "保管员", "宓璆澜", "general", "库存物资出入库账实不符", "三级", "每月盘点，账物核对。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    return _layout(
        "chengxian_experimental_primary_two_sheets", "http://www.qdubb.cn/html/2015/tiewanfanfu_0605/7645.html",
        "县实验小学 file in two sheets, after the source's 区 廉政文化进校园 (校务公开, 营养餐计划, 招生情况上墙公示, 乱收费): "
        "``校领导`` (姓名, 职务 and 分管工作 merged per person) and ``处室`` (处室 | 岗位 | 姓名 merged per person); "
        "levels 一级/二级/三级; no type column",
        [lead, dept], t,
    )  # fmt: skip


def chengxian_paosha_school_cards() -> dict:
    unit = f"{PLACE}抛沙镇中心学校"
    t = _Truth(unit)
    cards = [
        ("校长", "鄂渼翊", "leader", [
            ("营养改善计划补助资金挤占挪用", "★★★", "补助资金专账核算，每学期公示。"),
            ("食堂承包方选择不公开", "★★★", "食堂不对外承包，供餐企业竞争性采购确定。"),
            ("学校负责人陪餐制度落实不到位", "★", "陪餐记录每日登记，教育局抽查。"),
        ]),
        ("副校长", "酆沛珩", "leader", [
            ("食材采购验收把关不严", "★★", "食材验收双人签字，留样备查。"),
            ("村小教学点经费分配不均", "★★", "经费按学生人数测算，结果公开。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, tier, items in cards:
        sh = _Sheet(post, [8, 34, 12, 34])
        _line(sh, f"{unit}廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人签字：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "chengxian_paosha_school_cards", "http://www.lpsxhyy.com/shipinzixun/339.html",
        "镇中心学校 廉政风险防控卡, one sheet a holder, after the source's 教育部 校园食品安全 and 营养改善计划 专项资金 检查 "
        "(陪餐制度, 炊事经费, 补助资金): a title, ``姓　名 | … | 职　务 | …`` above 序号/廉政风险点/风险等级 ``★★★/★★/★``/"
        "防控措施, a ``注：`` line on the stars and a 持卡人签字 line; no type column",
        sheets, t,
    )  # fmt: skip


def chengxian_xiaochuan_school_selfchecks() -> dict:
    unit = f"{PLACE}小川镇中心学校"
    t = _Truth(unit)
    people = [
        ("欧阳澍璘", "会计", [
            ("校点财务集中核算不及时", "中风险", "每月集中报账，校点账目逐笔核对。", "已落实"),
            ("收费项目未公示", "低风险", "收费项目和标准在校务公开栏公示。", "已落实"),
        ]),
        ("邰沚岫", "出纳", [
            ("现金坐支、公款私存", "高风险", "现金日清月结，定期盘点。", "未发现问题"),
            ("寄宿生生活补助发放不及时", "中风险", "补助直接发放到学生卡，家长签收。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, items in people:
        sh = _Sheet(who, [6, 36, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "岗　位", "填表时间", None, None)
        sh.add(who, post, "2025年5月", None, None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(items, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, "", post, who, "general", point, [], WORDS[lv])
        sh.add()
        sh.add("本人签名：", None, "校长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "chengxian_xiaochuan_school_selfchecks", "https://wodeyuanxiao.com/Educationalinstitution/mmrebweebw.html",
        "镇中心学校 岗位廉政风险自查表, one sheet a person (tab = the person), after the source's 中心小学 财务管理 自查报告 "
        "(集中管理、校点核算, 寄宿生, 收费): a title, a label row ``姓　名 | 岗　位 | 填表时间`` over a row of values, then "
        "序号/风险点/风险等级 ``高风险/中风险/低风险``/防控措施/``自查情况``; no type column; 本人签名/校长意见 below",
        sheets, t,
    )  # fmt: skip


def chengxian_huangzhu_school_duties() -> dict:
    unit = f"{PLACE}黄渚镇中心学校"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、学校领导", "学校领导", [
            ("校长", "逯翾澂", "leader", [
                ("校园餐资金使用不经集体研究", "一级风险", "校园餐资金收支经校务会研究，按月公示。"),
                ("食堂盈余去向不明", "二级风险", "食堂账目单独核算，盈余用于改善伙食。"),
            ]),
        ]),
        ("二、总务处", "总务处", [
            ("主任", "靳沺璠", "middle", [
                ("食材采购单与出库单对不上", "一级风险", "采购单、出库单、消费记录按周核对。"),
            ]),
            ("食堂管理员", "钭澐琇", "general", [
                ("虚开验收单套取资金", "一级风险", "验收单由食堂管理员、教师代表共同签字。"),
                ("餐费收入不入专户", "三级风险", "餐费一律进入监管专户。"),
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
        "chengxian_huangzhu_school_duties", "http://www.gdmsci.cn/article/F6f82dQAEeD9.html",
        "镇中心学校 廉政风险防控责任清单, after the source's 县纪委 校园餐 三方共管 (采购单, 出库单, 验收单, 监管账户): a title, "
        "序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS ``一、学校领导``, "
        "``二、总务处`` merged across; 岗位 and 姓名 merged per person; no type column; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def chengxian_zhifang_school_list() -> dict:
    unit = f"{PLACE}纸坊镇中心学校"
    sh = _Sheet("一览表", [6, 12, 10, 40, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("校长", "綦湉峤", "leader", "中层干部任用不经民主推荐", "制度机制", "高", "民主推荐、集体研究、任前公示。"),
        ("校长", "綦湉峤", "leader", "绩效工资分配方案不经教代会", "岗位职责", "中", "分配方案经教代会通过并公示。"),
        ("教导主任", "晁珣漪", "middle", "考试成绩统计弄虚作假", "业务流程", "中", "成绩统计双人复核。"),
        ("报账员", "厍沄璁", "general", "虚报冒领教师培训费", "思想道德", "低", "培训费凭培训通知和签到表报销。"),
        ("报账员", "厍沄璁", "general", "向学生乱收费", "外部环境", "高", "收费项目报批并公示。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
    sh.add("填表人：", None, "审核人：", None, "校长（签字）：", None, None)
    return _layout(
        "chengxian_zhifang_school_list", "https://uatriatlon.com/a/zh/2023/0526/49992.html",
        "镇中心学校 岗位廉政风险防控一览表, after the source's 市 清廉学校 建设 (廉洁教育课, 师德师风, 关键岗位和关键人员, "
        "警示教育): a title, 序号/岗位/责任人 written on EVERY row (no merges, no 科室)/廉政风险点/风险类型 (short "
        "names)/风险等级 高/中/低/防控措施; a 填表人/审核人/校长（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    chengxian_first_middle_school_heads_in_group_rows(),
    chengxian_education_bureau_list(),
    chengxian_vocational_school_posts(),
    chengxian_experimental_primary_two_sheets(),
    chengxian_paosha_school_cards(),
    chengxian_xiaochuan_school_selfchecks(),
    chengxian_huangzhu_school_duties(),
    chengxian_zhifang_school_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch463-inbox"))

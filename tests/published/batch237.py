"""The two-hundred-and-thirty-seventh batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: THE SCHOOLS AND EDUCATION BODIES of one county, 巴塘县 —
its 县中学, a 镇中心小学 and the 第二完全小学, the 县幼儿园, the 职业技术学校, the 教育局 with its 教研室, the 招生考试委员会
办公室 and the 学生资助管理中心 — each handing back its ordinary 一览表, 排查表, 清单, 自查表 or 防控卡
the way its staff typed it, the rows about 招生, 收费, 食堂, 采购, 评优 and 资助:

- the 县中学's 一览表 under ``附件1`` and a ``填报单位（盖章）：…　填报时间：…`` line: 处室 merged (校长室,
  教务处, 政教处, 总务处), 岗位 and 姓名 merged per person, ``…风险`` types, 高/中/低, and a last
  ``分管领导`` column of names (the 校长 and 副校长 watching the rows of others: no holders there);
- the 夏邛镇中心小学's 排查表: no 科室 column, 岗位 and 姓名 merged per person, a ``工作事项`` column before
  the 风险点, ``一级/二级/三级`` with a ``注：`` line, no type column;
- the 职业技术学校's 防控卡, one sheet a holder (tabs 招生就业处, 实训处, 资助专干): ``姓　名 | … | 部　门 |
  … | 职　务 | …`` in one row, a merged ``岗位职责`` line, a short ``风险点`` beside a long ``具体表现``,
  short types, ``Ⅰ级/Ⅱ级/Ⅲ级`` read by a ``注：`` line;
- the 教育局's 清单 对岗不对人: 股室 merged (局领导, 计划财务股, 人事股, 基础教育股, 教研室), 岗位 merged per
  post, a ``职权事项`` column, ``…风险`` types, ``A级/B级/C级`` read by a ``说明：`` line under it;
- the 招生考试委员会办公室's 自查表, one sheet a person (tabs 主任, 考务股, 保密室): a row of labels
  ``姓名 | 性别 | 职务 | 所在股室 | 联系电话`` and the values in the row under it, ``…风险`` types,
  高/中/低, a ``自查情况`` column, ``本人签字： | 主任审核：`` below;
- the 学生资助管理中心's 排查登记表 under ``单位（盖章）：…　排查时间：…``: ``工作环节`` merged, the holder
  LAST in ``责任岗位 | 责任人`` (one person's rows apart, in the order of the 环节), a ``完成时限``
  column, 高/中/低, no type column and no 科室.
- the 第二完全小学's 学生食堂 责任清单: group rows ``一、校长室``, ``二、总务处``, ``三、学生食堂`` merged across
  (no 科室 column), 岗位 and ``责任人`` merged per person, short types, ``★★★/★★/★`` read by a
  ``说明：`` line.

One is harder:

- ``kindergarten_wrapped_columns``: the 县幼儿园's 排查公示表, a narrow list (序号 | 岗位 | 姓名 | 廉政风险
  点 | 风险等级, no measures: a line under it points to the 园's 措施汇编) WRAPPED INTO TWO BLOCKS SIDE BY
  SIDE on one landscape page, the way a short-columned list is fitted on one sheet: rows 1–9 in
  columns A–E, a narrow empty column F, rows 10–18 in columns G–K under the same heading repeated,
  the 序号 running on. The 后勤主任's four rows are cut by the wrap: two at the bottom of the left
  block (岗位 and 姓名 merged over them), two at the TOP of the right block with 岗位 and 姓名
  EMPTY — they go on from the left block's last person. The README's 读得懂的表 knows two tables side
  by side on one row (read apart), a wide table printed in two halves one above the other and
  joined by 序号, and a list continued on the NEXT SHEET whose first rows belong to the last post
  before; here the continuation is on the same sheet, in the block to the right.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 县中学's 清风食堂 — the 党总支书记、校长
leading the watch over the 食堂 and 总务处, 食材采购, 收支管理, 家长 陪餐; a 县's monthly 营养改善计划
公示 — 食堂供餐, 营养膳食补助资金, 米面油 and 食材 bought by 公开招标; a 市纪委's check of 公办幼儿园
收费 — 保教费 raised without approval, 特色班/兴趣班 fees, 服装费/被子费, 赞助费 tied to 入园, 伙食费
not settled monthly; a 市's rules on 职业院校 学生实习 and 实习补贴; a 市教育局's 职能职责 and 内设股室 with
its 二级机构; a 驻县教育局纪检监察组 watching the 中考 — 考务, 纪律检查员, 评卷教师 资格审查 and 回避, 试卷
扫描, 志愿填报; a 县纪委's 学生资助金 专项监察 — 申报、拨付、发放, 造假虚报, 冒名顶替, 国家助学金, 营养改善
计划, 寄宿生生活补助, 生源地信用助学贷款) and the layout follows their words for the unit, its parts,
its posts and its risks. The rows are worded by us, the names invented; every unit is a body of
巴塘县 (the 小学 of its 夏邛镇).

Run ``python tests/published/score.py --set batch237`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder table each block is read with the heading above it, and the list runs from the
  bottom of the left block on to the top of the right one: the right block's first two rows,
  with 岗位 and 姓名 empty, are the 后勤主任's (冼禾青), the last person of the left block; the empty
  column F is no part of either block; the ``注：`` line and the sign-off are no points;
- the 县中学's ``分管领导`` column holds watchers, no holders (the 校长's and 副校长's names stand there
  on other persons' rows; their own points are the rows naming them under ``姓名``);
- ``工作事项``, ``职权事项``, ``工作环节``, ``岗位职责``, ``具体表现``, ``自查情况`` and ``完成时限`` are no
  points; ``风险点 | 具体表现``: the point is the short ``风险点``;
- ``校长室`` and ``局领导`` written in a 处室/股室 column, and the 招生考试办's ``办领导`` under
  ``所在股室``, are the 科室 of those leaders, as batch236 kept ``办领导``; the 教育局's 教研室 (an 二级机构
  of the 局) is a 科室 of the 局, as batch226 kept a 局's 中心; the 职业技术学校's ``学生资助办公室`` under
  ``部　门`` is its 科室;
- 招生考试委员会办公室 and 学生资助管理中心 are units of their own (each sends its own file under its own
  name), their 主任/副主任 leaders; a list without a 科室 column or group rows (the 中心小学, the 幼儿园, the 资助中心)
  keeps each post as written with department "";
- the 第二完全小学's group rows give the 科室 of the rows under them (``校长室``, ``总务处``, ``学生食堂``:
  the 食堂 a 科室 of the school, as batch226 kept a 中学's 食堂);
- ``一级/二级/三级``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``A级/B级/C级`` and ``★★★/★★/★`` are 1/2/3 (each table's note says
  so);
- 校长, 副校长, 园长, 副园长, 局长, 副局长 and the 主任/副主任 of a unit of its own are leaders; the 主任 of a
  处 (教务处, 政教处, 总务处, 招生就业处, 实训处), 总务主任, 保教主任, 后勤主任, 股长 and the 教研室's 主任
  middle; the rest (食堂管理员, 营养餐专管员, 报账员, 食堂保管员, 炊事员, 保健医, 会计, 出纳, 资助专干,
  教研员, 保密员) general.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and
``truth.json``; no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b237_"
PLACE = "巴塘县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
LETTERS = {"A级": 1, "B级": 2, "C级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, person: int | None,
                last: int | None = None) -> None:  # fmt: skip
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       row[person] if person is not None else None)  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + ([] if person is None else [(person, key)])
    _merge_down(sh, first, specs, last)


# --------------------------------------------------------------------------- harder layout

KG_PEOPLE = [
    ("园长", "缑静姝", "leader", [
        ("保教费收费标准未经批准擅自提高，或跨月预收", "高"),
        ("以开办特色班、兴趣班为由另行收费", "高"),
        ("幼儿入园与赞助费、捐资助学费挂钩", "中"),
    ]),
    ("副园长", "蒯语棠", "leader", [
        ("园服、被褥等代办费自立项目收取，指定商家供货", "中"),
        ("教职工绩效考核、评优评先优亲厚友", "低"),
    ]),
    ("保教主任", "阙知夏", "middle", [
        ("新生入园报名、分班中接受家长请托", "中"),
        ("教玩具、图书征订指定供应商，收受回扣", "中"),
    ]),
    ("后勤主任", "冼禾青", "middle", [
        ("食品原料采购不索证索票，与供货商串通抬价", "高"),
        ("园舍维修项目化整为零，规避比选", "中"),
        ("固定资产登记不全，私自处置报废物品", "低"),
        ("伙食费收支账目不清，结余超标不公示", "高"),
    ]),
    ("保健医", "逄可欣", "general", [
        ("食材验收把关不严，以次充好", "中"),
        ("幼儿体检费用虚报人数", "低"),
    ]),
    ("会计", "宓星禾", "general", [
        ("伙食费不按月据实结算、多退少补", "中"),
        ("报销票据审核不严，虚列支出", "中"),
    ]),
    ("出纳", "査雨宁", "general", [
        ("保教费、伙食费现金收取后不及时入账", "高"),
    ]),
    ("食堂管理员", "郏秋实", "general", [
        ("食材出入库登记不实，克扣幼儿伙食", "高"),
        ("私带食堂食品、物品出园", "低"),
    ]),
]  # fmt: skip
WRAP = 9  # rows in the left block; the rest go on in the right block
HEAD = ("序号", "岗位", "姓名", "廉政风险点", "风险等级")


def kindergarten_wrapped_columns() -> dict:
    unit = f"{PLACE}幼儿园"
    sh = _Sheet("排查表", [5, 10, 8, 32, 8, 2, 5, 10, 8, 32, 8])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查公示表", 11)
    _line(sh, f"填报单位：{unit}（盖章）{GAP * 10}填报时间：2024年10月", 11)
    sh.add(*HEAD, None, *HEAD)
    flat = []  # (序号, post, who, point, level) as one list, the post and holder on a person's first row
    n = 0
    for post, who, tier, points in KG_PEOPLE:
        for k, (point, lv) in enumerate(points):
            n += 1
            flat.append((n, post if k == 0 else None, who if k == 0 else None, point, lv))
            t.point(sh.name, "", post, who, tier, point, [], HML[lv])
    left, right = flat[:WRAP], flat[WRAP:]
    assert len(right) == len(left)
    first = len(sh.rows)
    for a, b in zip(left, right, strict=True):
        sh.add(*a, None, *b)
    last = len(sh.rows) - 1
    # each block merges its own persons' rows (a blank post cell starts no run: the right
    # block's first rows, going on from the left block's last person, stay empty)
    for base in (0, 6):
        typed = [list(row) for row in sh.rows]
        for col in (base + 1, base + 2):
            r = first
            while r <= last:
                e = r
                if typed[r][col] is not None:
                    while e < last and typed[e + 1][col] is None and typed[e + 1][base + 3]:
                        e += 1
                if e > r:
                    sh.merge(r, col, e, col)
                r = e + 1
    note = (
        "注：风险等级分高、中、低三级；各风险点的防控措施见《巴塘县幼儿园廉政风险防控措施汇编》。"
    )
    _line(sh, note, 11)
    sh.add("园长（签字）：", *[None] * 5, "监督举报电话：12388", *[None] * 4)
    return _layout(
        "kindergarten_wrapped_columns",
        "http://m.dg-xinl.com/html/2014/kl_1030/124640.shtml",
        "(harder) 县幼儿园 岗位廉政风险点排查公示表, after the source's report of a 市纪委监察局's check of 公办幼儿园 "
        "收费 (保教费 raised without approval, 实验班/特色班/兴趣班 fees, 服装费 and 被子费 as self-made items, 赞助费 "
        "tied to 入园, 保育费 and 伙食费 not charged monthly or settled 多退少补): a title, a merged ``填报单位：…（盖章）"
        "　…　填报时间：2024年10月`` line, then ONE narrow list 序号/岗位/姓名/廉政风险点/风险等级 高/中/低 (no type "
        "and no measures column) WRAPPED INTO TWO BLOCKS SIDE BY SIDE: rows 1–9 in A–E, an empty narrow column "
        "F, rows 10–18 in G–K under the heading repeated; 岗位 and 姓名 merged per person within each block; "
        "the 后勤主任's four rows cut by the wrap — two at the bottom of the left block, two at the top of "
        "the right block with 岗位 and 姓名 EMPTY; a ``注：`` line pointing to the 措施汇编, 园长签字 and "
        "监督举报电话 below",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def county_middle_school_list() -> dict:
    unit = f"{PLACE}中学"
    sh = _Sheet("一览表", [5, 9, 10, 9, 34, 12, 8, 34, 10])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 9)
    _line(sh, f"填报单位：{unit}（盖章）{GAP * 10}填报时间：2024年11月", 9)
    sh.add(
        "序号", "处室", "岗位", "姓名", "廉政风险点", "风险类别", "风险等级", "防控措施", "分管领导"
    )
    head, deputy = "扈闻笙", "宁栖鹤"
    rows = [
        ("校长室", "校长", head, "leader", None, [
            ("食堂经营方式、配餐单位确定不经校务会集体研究", "制度机制风险", "高",
             "食堂事项一律提交校务会研究，会议纪要存档。"),
            ("默许亲友参与食堂食材供应或小卖部经营", "思想道德风险", "高",
             "签订廉洁承诺，亲属回避情况在校内公示。"),
        ]),
        ("校长室", "副校长", deputy, "leader", head, [
            ("维修工程、大宗物资采购中干预供应商选定", "岗位职责风险", "高",
             "采购按政府采购程序，分管领导不参与供应商评选。"),
            ("教师陪餐制度落实不到位，陪餐变“吃餐”", "制度机制风险", "低",
             "陪餐登记公示，陪餐人员按标准交费。"),
        ]),
        ("教务处", "主任", "郦闻溪", "middle", head, [
            ("高一新生录取、插班生接收违规操作", "业务流程风险", "高",
             "招生计划和录取名单公示，插班生接收经校务会研究。"),
            ("教辅资料征订推荐指定版本，收取回扣", "外部环境风险", "中",
             "教辅资料按“一科一辅”自愿征订，征订目录公示。"),
        ]),
        ("政教处", "主任", "闵若澜", "middle", head, [
            ("三好学生、优秀学生干部评选优亲厚友", "岗位职责风险", "中",
             "评选条件公开，班级推荐结果公示三天。"),
            ("国家助学金受助学生推荐审核不严", "业务流程风险", "中",
             "班级评议、学校审核、公示三个环节留痕。"),
        ]),
        ("总务处", "主任", "权蔚然", "middle", deputy, [
            ("食材采购验收走过场，数量、质量把关不严", "业务流程风险", "高",
             "食材双人验收、全程留痕，验收单每日归档。"),
            ("食堂收支账目不清，私设“小金库”", "制度机制风险", "高",
             "食堂收支纳入学校财务统一核算，每月公示。"),
            ("校服征订中接受厂家好处", "外部环境风险", "中", "校服采购由家长委员会参与选定。"),
        ]),
        ("总务处", "食堂管理员", "戚晚枫", "general", deputy, [
            ("食材出入库登记不实，虚报损耗", "岗位职责风险", "中", "出入库日清月结，总务处每周抽查。"),
            ("学生餐费结余不按规定清退", "业务流程风险", "低", "学期末结余据实清退并公示。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, lead, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures, lead)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add()
    sh.add("填表人：", None, None, "审核人：", None, None, "校长（签字）：", None, None)
    return _layout(
        "county_middle_school_list", "http://eeo.yazhou.com.cn/jj/2023/0626/25306027.html",
        "县中学 岗位廉政风险防控一览表 after the source's account of a 县中学's 清风食堂 (the 党总支书记、校长 leading the "
        "watch over the 食堂 and 总务处; 食材采购, 食材清洗, 收支管理, 食品留样; 家长 陪餐 and 评价): ``附件1``, a title, "
        "a merged ``填报单位：巴塘县中学（盖章）　…　填报时间：2024年11月`` line, then 序号/处室 merged (校长室, 教务处, "
        "政教处, 总务处)/岗位 and 姓名 merged per person/廉政风险点/风险类别 ``…风险``/风险等级 高/中/低/防控措施/"
        "``分管领导`` LAST (the 校长's and 副校长's names on other persons' rows, not merged: watchers); "
        "填表人/审核人/校长签字 line",
        [sh], t,
    )  # fmt: skip


def township_primary_checklist() -> dict:
    unit = f"{PLACE}夏邛镇中心小学"
    sh = _Sheet("排查表", [5, 12, 9, 12, 36, 8, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 7)
    sh.add("序号", "岗位", "姓名", "工作事项", "风险点", "风险等级", "防控措施")
    rows = [
        ("校长", "笪允知", "leader", "营养改善计划", "营养膳食补助资金挤占挪用，用于学校其他开支", "一级",
         "补助资金专账核算，每月公示使用情况。"),
        ("校长", "笪允知", "leader", "食堂用人", "食堂从业人员聘用中安排亲属", "二级",
         "从业人员公开招聘，校长亲属一律回避。"),
        ("副校长", "隗清和", "leader", "学生评优", "优秀少先队员、三好学生评选不公开", "三级",
         "评选条件和结果在校务公开栏公示。"),
        ("副校长", "隗清和", "leader", "生活补助", "寄宿生生活补助对象审核把关不严", "二级",
         "补助对象班级评议、学校审核、公示后上报。"),
        ("总务主任", "钭鸣珂", "middle", "食材采购", "米面油以外的食材自行采购不比价，与供应商串通",
         "一级", "零星食材三家比价，采购清单每日公示。"),
        ("总务主任", "钭鸣珂", "middle", "物资采购", "维修材料、办公用品采购化整为零", "二级",
         "采购计划经校委会审定，按规定程序采购。"),
        ("营养餐专管员", "郄棣华", "general", "就餐人数", "虚报就餐人数，套取营养膳食补助", "一级",
         "就餐人数每日由班主任签字确认，月底核对。"),
        ("营养餐专管员", "郄棣华", "general", "信息公示", "营养餐实施情况不按月公示", "三级",
         "每月5日前公示上月供餐和资金情况。"),
        ("报账员", "厍晓芃", "general", "报账", "票据审核不严，以虚开发票入账", "二级",
         "票据经手人、验收人、审批人三签。"),
        ("食堂保管员", "亓秋禾", "general", "出入库", "食材入库不过秤、出库不登记", "二级",
         "入库过秤登记，出库凭单，每周盘点。"),
        ("食堂保管员", "亓秋禾", "general", "食材验收", "单人验收，验收记录事后补签", "三级",
         "三人现场验收，当场签字。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, tier, matter, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, matter, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, None, 1, 2)
    _line(sh, "注：风险等级分一级（高）、二级（中）、三级（低）。", 7)
    sh.add("校长（签字）：", None, None, None, "日期：2024年9月", None, None)
    return _layout(
        "township_primary_checklist", "https://yncn.gov.cn/info/6864/9287890.htm",
        "镇中心小学 廉政风险点排查表 after the source's 县教育体育局 monthly 营养改善计划 公示 (小学 and 初中 with 食堂供餐, "
        "营养膳食补助资金 spent, 米面油 and other 食材 bought by 公开招标 from named suppliers): a title, then 序号/"
        "岗位 and 姓名 merged per person/``工作事项``/风险点/风险等级 ``一级/二级/三级``/防控措施; no 科室 and no type "
        "column; a ``注：`` line naming the three levels and a 校长签字/日期 line",
        [sh], t,
    )  # fmt: skip


def vocational_school_cards() -> dict:
    unit = f"{PLACE}职业技术学校"
    t = _Truth(unit)
    cards = [
        ("招生就业处", "鞠慕远", "招生就业处", "主任", "middle",
         "负责中职招生宣传和录取，组织学生顶岗实习、跟岗实习和毕业生就业推荐。", [
            ("招生宣传", "向初中学校、中介人员支付“生源费”，作虚假招生宣传", "外部环境", "Ⅰ级",
             "招生宣传材料经学校审定，严禁有偿招生。"),
            ("实习安排", "安排学生到专业不对口企业实习，收取企业好处", "岗位职责", "Ⅰ级",
             "实习单位经校务会研究确定，实习协议三方签订。"),
            ("实习补贴申报", "虚报实习人数、实习时长套取实习补贴", "业务流程", "Ⅱ级",
             "补贴凭考勤和考核记录申报，名单公示。"),
        ]),
        ("实训处", "桓季舒", "实训处", "主任", "middle", "负责实训基地建设、实训设备管理和校企合作项目。", [
            ("实训设备采购", "采购需求设置倾向性参数，指定品牌", "制度机制", "Ⅰ级",
             "采购需求经专业组论证，按政府采购程序办理。"),
            ("校企合作", "合作企业选择不经集体研究，个人决定", "制度机制", "Ⅱ级",
             "合作企业经考察、校务会研究后确定并公示。"),
            ("实训耗材管理", "耗材领用不登记，私自变卖边角料", "岗位职责", "Ⅲ级", "耗材领用登记，每学期盘点。"),
        ]),
        ("资助专干", "庾晴岚", "学生资助办公室", "资助专干", "general",
         "负责免学费、国家助学金的申报、评审和发放资料管理。", [
            ("免学费审核", "在籍学生信息核对不实，虚报享受免学费人数", "业务流程", "Ⅰ级",
             "学籍系统与在校名册逐人核对，复核后上报。"),
            ("助学金评审", "助学金评审不公示，优亲厚友", "思想道德", "Ⅱ级", "班级评议、学校评审、公示五个工作日。"),
            ("资助档案", "资助档案不全，发放凭证缺失", "岗位职责", "Ⅲ级", "一生一档，发放凭证按学期归档。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, dept, post, tier, duty, points in cards:
        sh = _Sheet(tab, [5, 14, 34, 10, 8, 32])
        _line(sh, f"{unit}岗位廉政风险防控卡", 6)
        sh.add("姓　名", who, "部　门", dept, "职　务", post)
        r = sh.add("岗位职责", duty, None, None, None, None)
        sh.merge(r, 1, r, 5)
        sh.add("序号", "风险点", "具体表现", "风险类型", "风险等级", "防控措施")
        for n, (point, desc, typ, lv, measures) in enumerate(points, 1):
            sh.add(n, point, desc, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
        _line(sh, "注：Ⅰ级为高风险，Ⅱ级为中风险，Ⅲ级为低风险。", 6)
        sh.add("持卡人签字：", None, "分管校领导签字：", None, "2024年10月", None)
        sheets.append(sh)
    return _layout(
        "vocational_school_cards",
        "http://www.ecfamily.com/home/gfxwj/content/post_2994987.html",
        "县职业技术学校 岗位廉政风险防控卡, one sheet a holder (tabs 招生就业处, 实训处, 资助专干), after the source's "
        "notice on 职业院校 学生实习管理 and 实习补贴 (实习 制度, 校外公共实训基地, 实习企业, 补贴 申报 and 发放): a title, "
        "``姓　名 | … | 部　门 | … | 职　务 | …`` in one row, a merged ``岗位职责`` line, then 序号/风险点 (short)/"
        "``具体表现`` (long)/风险类型 (short names)/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; a ``注：`` line on the levels, "
        "持卡人签字/分管校领导签字/2024年10月",
        sheets, t,
    )  # fmt: skip


def education_bureau_list() -> dict:
    unit = f"{PLACE}教育局"
    sh = _Sheet("清单", [5, 12, 9, 12, 36, 12, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 8)
    sh.add("序号", "股室", "岗位", "职权事项", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "leader", "重大事项决策", "教育经费分配、校舍建设项目安排不经党组会集体研究",
         "制度机制风险", "A级", "严格执行“三重一大”集体决策，会议纪要存档。"),
        ("局领导", "局长", "leader", "干部任用", "中小学校长选拔任用个人说了算", "思想道德风险", "A级",
         "校长选任经党组会研究，考察情况存档。"),
        ("局领导", "副局长", "leader", "招生入学", "城区学校招生中批条子、打招呼", "外部环境风险", "A级",
         "划片招生，超计划时公开抽签，结果公示。"),
        ("计划财务股", "股长", "middle", "经费拨付", "学校公用经费拨付厚此薄彼，截留挪用", "岗位职责风险",
         "A级", "公用经费按生均标准拨付，拨付结果公开。"),
        ("计划财务股", "股长", "middle", "政府采购", "教学仪器设备采购设置倾向性条件", "业务流程风险", "B级",
         "采购需求集体论证，采购文件法制审核。"),
        ("人事股", "股长", "middle", "教师招聘", "教师招聘、调动中泄露试题或违规调配", "岗位职责风险", "A级",
         "招聘全程纪检监督，调动方案党组会研究。"),
        ("人事股", "股长", "middle", "职称评审", "职称推荐材料审核把关不严", "业务流程风险", "B级",
         "推荐材料学校、股室两级审核并公示。"),
        ("基础教育股", "股长", "middle", "民办教育", "民办学校、校外培训机构审批降低标准", "岗位职责风险",
         "B级", "审批条件公开，现场核查两人以上。"),
        ("教研室", "主任", "middle", "优质课评选", "优质课、教学能手评选打招呼，评委不回避", "制度机制风险",
         "B级", "评委随机抽取，实行回避，结果公示。"),
        ("教研室", "主任", "middle", "课题管理", "课题立项、结题评审走过场", "业务流程风险", "C级",
         "课题评审专家匿名评审，结果公开。"),
        ("教研室", "教研员", "general", "教辅推荐", "向学校推荐教辅资料收取好处", "外部环境风险", "A级",
         "严禁教研员推荐教辅，征订目录按省定目录执行。"),
        ("教研室", "教研员", "general", "质量检测", "统考命题、阅卷中泄题或更改成绩", "岗位职责风险", "B级",
         "命题人员签订保密承诺，阅卷全程监控。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, matter, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, matter, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), LETTERS[lv])
    _per_person(sh, first, 1, 2, None)
    _line(sh, "说明：风险等级分A、B、C三级，A级为高风险，B级为中风险，C级为低风险。", 8)
    sh.add("填报人：", None, None, "审核人：", None, "局党组书记（签字）：", None, None)
    return _layout(
        "education_bureau_list", "http://yuanjiang.gov.cn/21538/22383/content_1581301.html",
        "县教育局 岗位廉政风险防控清单 对岗不对人, after the source's 市教育局 部门预算 (职能职责 — 教育经费, 教师 招聘 and 职称, "
        "中小学 招生 and 学籍, 中考, 教育科研 — and its 内设股室 and 二级机构): a title, then 序号/股室 merged (局领导, "
        "计划财务股, 人事股, 基础教育股, 教研室)/岗位 merged per post/``职权事项``/廉政风险点/风险类型 ``…风险``/风险等级 "
        "``A级/B级/C级``/防控措施; no name column; a ``说明：`` line under it giving the three letters and a "
        "填报人/审核人/局党组书记签字 line",
        [sh], t,
    )  # fmt: skip


def exam_office_self_check() -> dict:
    unit = f"{PLACE}招生考试委员会办公室"
    t = _Truth(unit)
    people = [
        ("主任", "昝长庚", "男", "主任", "办领导", "0836-5622301", "leader", [
            ("中考、高考考点设置和主考、监考人员选派不经集体研究", "制度机制风险", "高", "已落实"),
            ("对违规考生的处理说情、打招呼", "思想道德风险", "高", "已落实"),
            ("志愿填报指导中为民办学校招揽生源", "外部环境风险", "中", "已落实"),
        ]),
        ("考务股", "隋砚冰", "女", "股长", "考务股", "0836-5622302", "middle", [
            ("考生报名资格审核把关不严，违规办理加分", "业务流程风险", "高", "已落实"),
            ("评卷教师资格审查不严，应回避不回避", "岗位职责风险", "高", "正在整改"),
            ("考务费发放虚列人数", "业务流程风险", "中", "已落实"),
        ]),
        ("保密室", "雍小满", "男", "保密员", "保密室", "0836-5622305", "general", [
            ("试卷交接、保管不落实双人双锁，泄露试题", "岗位职责风险", "高", "已落实"),
            ("考生信息、成绩在公布前泄露", "制度机制风险", "中", "已落实"),
            ("保密室监控录像不按规定留存", "岗位职责风险", "低", "正在整改"),
        ]),
    ]  # fmt: skip
    measures = {
        "高": "严格执行国家教育考试保密和回避规定，关键环节两人以上办理并全程录像。",
        "中": "建立工作台账，每次考试结束后复核。",
        "低": "每季度自查一次，发现问题限期整改。",
    }
    sheets = []
    for tab, who, sex, post, dept, phone, tier, points in people:
        sh = _Sheet(tab, [5, 36, 14, 12, 34, 10])
        _line(sh, f"{unit}干部廉政风险自查表", 6)
        sh.add("姓名", "性别", "职务", "所在股室", "联系电话", None)
        sh.add(who, sex, post, dept, phone, None)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", "自查情况")
        for n, (point, typ, lv, state) in enumerate(points, 1):
            sh.add(n, point, typ, lv, measures[lv], state)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        sh.add()
        sh.add("本人签字：", None, "主任审核：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "exam_office_self_check", "http://www.whjjw.gov.cn/html/wenzhang_748359.html",
        "县招生考试委员会办公室 干部廉政风险自查表, one sheet a person (tabs 主任, 考务股, 保密室), after the source's "
        "report of a 驻县教育局纪检监察组 watching the 中考 (招生纪律, 考务工作会议, 每个考点 纪律检查员, 评卷教师 资格审查 "
        "and 回避, 试卷扫描、阅卷、统分, 考生信息, 志愿填报): a title, a row of labels ``姓名 | 性别 | 职务 | 所在股室 | "
        "联系电话`` with the values in the row under it, then 序号/风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施/"
        "``自查情况`` (已落实, 正在整改); 本人签字/主任审核/年 月 日 line",
        sheets, t,
    )  # fmt: skip


def aid_center_register() -> dict:
    unit = f"{PLACE}学生资助管理中心"
    sh = _Sheet("登记表", [5, 14, 36, 8, 32, 10, 9, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    _line(sh, f"单位（盖章）：{unit}{GAP * 10}排查时间：2024年7月", 8)
    sh.add(
        "序号", "工作环节", "廉政风险点", "风险等级", "防控措施", "责任岗位", "责任人", "完成时限"
    )
    rows = [
        ("家庭经济困难学生认定", "认定中弄虚作假，将非困难家庭学生纳入资助", "高",
         "认定结果学校公示、中心抽查，建档立卡数据逐人比对。", "资助专干", "綦疏篱", "general"),
        ("家庭经济困难学生认定", "困难学生信息比对不及时，应助未助", "中",
         "每学期与民政、乡村振兴部门数据比对一次。", "资助专干", "綦疏篱", "general"),
        ("资金申报", "对学校虚报受助人数、冒名顶替审核不严", "高",
         "申报名册与学籍系统核对，随机入户走访。", "副主任", "殳若谷", "leader"),
        ("资金拨付", "资助资金拨付不及时，截留挪用", "高", "资金专户管理，拨付进度每月通报。", "会计",
         "车鹭洲", "general"),
        ("资金发放", "以现金发放资助资金，或发放到非学生本人账户", "中",
         "资助资金一律通过银行卡直接发放到学生或监护人账户。", "会计", "车鹭洲", "general"),
        ("生源地信用助学贷款", "贷款受理审核中收受好处，降低条件", "中", "受理条件公开，审核两人以上。",
         "副主任", "殳若谷", "leader"),
        ("营养改善计划", "对学校挤占挪用营养膳食补助监管不到位", "高",
         "每学期对实施学校专项检查，结果通报。", "主任", "荆问樵", "leader"),
        ("监督检查", "资助政策落实情况检查走过场，隐瞒问题", "低", "检查情况形成书面报告报局党组。",
         "主任", "荆问樵", "leader"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (step, point, lv, measures, post, who, tier) in enumerate(rows, 1):
        sh.add(n, step, point, lv, measures, post, who, "长期坚持")
        t.point(sh.name, "", post, who, tier, point, [], HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add()
    sh.add("填表人：", None, "审核人：", None, "中心主任（签字）：", None, None, None)
    return _layout(
        "aid_center_register", "http://www.jkjw.gov.cn/Item/Show.asp?d=6401&m=1",
        "县学生资助管理中心 廉政风险点排查登记表 after the source's report of a 县纪委's 学生资助金 专项监察 (申报、拨付、发放、"
        "管理; 造假虚报, 人为调整, 冒名顶替; 国家助学金, 困难大学新生入学资助金, 学前教育幼儿资助金, 营养改善计划, "
        "寄宿生生活补助, 生源地信用助学贷款): a title, a merged ``单位（盖章）：…　…　排查时间：2024年7月`` line, then "
        "序号/``工作环节`` merged/廉政风险点/风险等级 高/中/低/防控措施/``责任岗位``/``责任人``/``完成时限`` (长期坚持) "
        "— the holder LAST, one person's rows apart in the order of the 环节; no 科室 and no type column; "
        "填表人/审核人/中心主任签字 line",
        [sh], t,
    )  # fmt: skip


def second_primary_canteen_list() -> dict:
    unit = f"{PLACE}第二完全小学"
    sh = _Sheet("清单", [5, 12, 9, 36, 10, 9, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}学生食堂廉政风险防控责任清单", 7)
    sh.add("序号", "岗位", "责任人", "风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、校长室", "校长室", [
            ("校长", "佘蕴初", "leader", [
                ("大宗食材供应商遴选不经集体研究", "制度机制", "★★★",
                 "米面油等大宗食材由县教育局统一招标，学校不另行指定。"),
                ("食堂结余资金用于教职工福利", "思想道德", "★★", "食堂结余只用于改善学生伙食。"),
            ]),
        ]),
        ("二、总务处", "总务处", [
            ("总务主任", "饶岫白", "middle", [
                ("蔬菜、鲜肉每日采购不比价，供货商长期不轮换", "业务流程", "★★★",
                 "每月询价比价，供货商每学期评议一次。"),
                ("验收人员固定不轮换，与供货商形成利益关系", "岗位职责", "★★",
                 "三名验收人中两名由行政人员轮换担任。"),
            ]),
            ("会计", "符澄心", "general", [
                ("食堂账与学校账混用，收支不分账核算", "制度机制", "★★", "食堂收支单独设账，按月对账。"),
            ]),
        ]),
        ("三、学生食堂", "学生食堂", [
            ("食堂管理员", "邬晓棠", "general", [
                ("过磅称重时虚增重量", "岗位职责", "★★★", "过磅时验收人共同看秤，当场签字。"),
                ("入库、出库账目不实，食材流失", "业务流程", "★★", "入库、出库逐笔登记经手人，每周盘点。"),
            ]),
            ("炊事员", "仝念初", "general", [
                ("私拿食堂食材出校", "思想道德", "★", "后厨出入口安装监控，离岗检查。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for label, dept, people in groups:
        _line(sh, label, 7)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for point, typ, lv, measures in points:
                n += 1
                sh.add(n, post, who, point, typ, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), STARS[lv])
        _per_person(sh, first, None, 1, 2)
    _line(sh, "说明：“★★★”表示高风险，“★★”表示中风险，“★”表示低风险。", 7)
    sh.add("填报人：", None, None, "校长（签字）：", None, "2024年9月", None)
    return _layout(
        "second_primary_canteen_list",
        "http://wmf.fjsen.com/ygsn/2014-03/18/content_13707105.htm",
        "县第二完全小学 学生食堂廉政风险防控责任清单 after the source's report of a 市's 营养餐 阳光运作 (米、油、冷冻类食品、"
        "调味品 bought by the 教育局 through 招投标; the school buying 蔬菜 and 鲜肉 daily from fixed suppliers; 过磅, "
        "three 验收人 signing the list, two of them 行政人员 in turn; 入库、出库 accounts with 经手人): a title, then "
        "序号/岗位 and 责任人 merged per person/风险点/风险类型 (short names)/风险等级 ``★★★/★★/★``/防控措施, the rows "
        "under group rows ``一、校长室``, ``二、总务处``, ``三、学生食堂`` (merged across, no 科室 column); a ``说明：`` "
        "line giving the stars and a 填报人/校长签字/2024年9月 line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    kindergarten_wrapped_columns(),
    county_middle_school_list(),
    township_primary_checklist(),
    vocational_school_cards(),
    education_bureau_list(),
    exam_office_self_check(),
    aid_center_register(),
    second_primary_canteen_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch237-inbox"))

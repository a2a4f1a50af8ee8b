"""The nine-hundred-and-fifty-sixth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's education
bodies, 巴青县 (那曲市, 西藏自治区) — its 教育局, 学生资助管理中心, 教学研究室, 中学, 幼儿园,
教育技术装备站 and two 乡镇 schools (雅安镇中心小学, 江绵乡中心小学) — each handing back the 一览表,
防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 教育局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), ``风险级别`` ``一级/二级/三级``, no
  type column;
- the 教学研究室's 排查表 对岗不对人: ``学科组`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 中学's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line,
  ``Ⅰ级/Ⅱ级/Ⅲ级`` read by a ``注：`` line;
- the 幼儿园's 自查表, one sheet a person: one label row ``姓　名 | … | 岗　位 | … | 所在部门 | …``,
  ``高风险/中风险/低风险``, ``自查情况`` and ``备注``, no type column;
- the 教育技术装备站's 清单 under GROUP ROWS ``一、站领导`` … (no 科室 column), ``岗位 | 姓名`` merged
  per person, ``★★★/★★/★`` under ``风险星级`` with a ``注：`` line;
- the 雅安镇中心小学's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``处室 | 岗位 | 责任人`` on
  EVERY row, short types, ``一级风险/二级风险/三级风险``;
- the 江绵乡中心小学's 排查登记表: ``部门`` merged, ``岗位 | 姓名`` merged per person, ``风险类别``
  (short names), 高/中/低, a ``注：`` line.

One is harder:

- ``baqing_aid_centre_levels_by_fund_size``: the 学生资助管理中心's 岗位廉政风险点一览表, an ordinary
  list (``序号 | 股室 | 岗位 | 姓名 | 资助项目 | 廉政风险点 | 防控措施``, 股室 merged, 岗位 and 姓名
  merged per person) with NO LEVEL COLUMN: each row names the 资助项目 (教育"三包", 营养改善计划,
  学前资助, 助学贷款 …) it belongs to, a ``注：`` line says a point's level follows the YEAR'S FUNDS
  of its 资助项目 in bands (500万元（含）以上 一级, 100万元（含）至500万元 二级, 100万元以下 三级) and
  points to a SECOND SHEET ``资助项目资金`` that lists each 资助项目 once with its ``年度资金（万元）``
  (in its own order, no level on it). The README's 读得懂的表 and docs/layouts.md know levels by an
  amount column OF THE LIST read by a note's bands (``LEVEL_BY_AMOUNT_BANDS``), and levels graded
  per item on another sheet joined by the item's name (``SHEET_JOINED_BY_VALUE``); they do not
  describe the two together: the amount of each point's item found on another sheet by the
  list's own 资助项目 column, then banded by the note.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (西藏's 教育"三包" over thirty
years — 包吃、包住、包学习费用, 年生均标准, 困难家庭子女; the 自治区 putting ten hundred million
yuan into "三包" and taking 学前 and 高中 in; the 教研员's roles — 命题, 考务, 教学指导, 评估;
果洛's free 营养餐 for high-altitude pupils; a 幼儿园's 膳食 accounts — 专人负责, 专款专用, 每月公布账目,
盈亏不超过2%; a county's 实验仪器 purchase — 需求调研, 公开招标, 合同, 安装调试; 申扎县's 营养午餐计划 —
招标选取供餐企业, 县教育局、卫计局、财政局; the 教研员 and the school's 教研组长 — 命题, 考核) and
the layout follows their words for the unit, its parts, its posts and its risks. The rows are
worded by us, the names invented (the rare surnames 竹 and 拜 with rare given names); every unit
is a body of 巴青县.

Run ``python tests/published/score.py --set batch956`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each point's level is the band the ``注：`` line gives the year's funds of its
  资助项目 on the second sheet (every 资助项目 of the list is there, each once; no amount on a band's
  edge but 500 and 100 themselves, which are ``（含）``); the 资助项目 column and the funds sheet are
  no points; the funds sheet names no holder; no type column, so no types;
- ``局领导`` is no 科室 (sheet ``局领导``); ``站领导``, ``中心领导`` and ``校领导`` (a 股室/部门/处室 cell,
  a group row) are the 科室 of those leaders; a 局's 股, a 中心's 股, a 教研室's 学科组, a 站's 组, a
  school's 处 or 室 and a 幼儿园's 保教处/后勤组 are 科室;
- every school, the 幼儿园, the 站, the 中心, the 教研室 and the 局 are units of their own: 局长,
  副局长, 主任 (of the 中心 and the 教研室), 校长, 副校长, 园长 and 站长 are leaders; 股长, 组长,
  教导主任, 总务主任, 办公室主任 and 保教主任 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``备注`` are no
  points and name no holder; the 教学研究室's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b956_"
PLACE = "巴青县"
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


def fund_band(amount: float) -> int:
    """The level the 注 line gives a 资助项目's year funds (万元)."""
    return 1 if amount >= 500 else 2 if amount >= 100 else 3


# the second sheet: (资助项目, 资助对象, 资助标准, 年度资金（万元）), in its own order
FUNDS = [
    ("学前教育幼儿资助", "在园幼儿", "按“三包”标准补助保育费、伙食费", 186.4),
    ("家庭经济困难学生临时救助", "遭遇突发困难的在校学生", "每人每次500—2000元", 12.6),
    ("教育“三包”经费", "农牧民子女及城镇困难家庭子女", "年生均3720元", 2860.5),
    ("生源地信用助学贷款", "县外就读的大学新生和在校生", "每生每年不超过16000元", 342.0),
    ("农牧区义务教育学生营养改善计划", "农牧区义务教育阶段学生", "每生每天5元", 612.0),
    ("普通高中国家助学金", "县外就读的困难家庭高中学生", "每生每年2000元", 58.2),
]  # fmt: skip
ITEM_LEVEL = {item: fund_band(amount) for item, _, _, amount in FUNDS}

# (股室, 岗位, 姓名, tier, [(资助项目, 廉政风险点, 防控措施)])
BY_ITEMS = [
    ("中心领导", "主任", "竹昀岫", "leader", [
        ("教育“三包”经费", "“三包”经费分配向个别学校倾斜、打招呼", "经费按在校生人数核定，分配方案经局党组会研究。"),
        ("生源地信用助学贷款", "为不符合条件的学生违规出具贷款资格证明", "贷款资格初审、复审分人办理，名单公示。"),
    ]),
    ("资助股", "股长", "拜珩澈", "middle", [
        ("农牧区义务教育学生营养改善计划", "营养餐供餐人数和天数核定不实", "供餐人数按学籍系统核对，每月抽查学校食堂。"),
        ("学前教育幼儿资助", "在园幼儿资助名单审核走过场", "名单与幼儿园学籍逐一比对，结果公示。"),
    ]),
    ("资助股", "科员", "竹湉峄", "general", [
        ("家庭经济困难学生临时救助", "临时救助对象优亲厚友", "救助申请经学校、乡镇和中心三级审核。"),
        ("普通高中国家助学金", "助学金发放名单录入弄虚作假", "名单双人录入核对，发放到学生银行卡。"),
        ("教育“三包”经费", "“三包”经费拨付台账与学校实有人数不符", "每学期与学校对账，账表相符后拨付。"),
    ]),
    ("财务股", "会计", "拜澍岚", "general", [
        ("农牧区义务教育学生营养改善计划", "营养改善计划资金挤占挪用", "资金专户管理、专款专用，年终审计。"),
        ("学前教育幼儿资助", "资助资金拨付不及时、截留", "资金到账后十个工作日内拨付，拨付记录存档。"),
        ("生源地信用助学贷款", "贷款贴息资金核算不实", "贴息按银行对账单核算，股长复核。"),
    ]),
]  # fmt: skip


def baqing_aid_centre_levels_by_fund_size() -> dict:
    unit = f"{PLACE}学生资助管理中心"
    sh = _Sheet("风险点", [6, 11, 9, 10, 26, 38, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 7)
    sh.add("序号", "股室", "岗位", "姓名", "资助项目", "廉政风险点", "防控措施")
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in BY_ITEMS:
        for item, point, measures in points:
            n += 1
            sh.add(n, dept, post, who, item, point, measures)
            t.point(sh.name, dept, post, who, tier, point, [], ITEM_LEVEL[item])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级按所涉资助项目2025年度资金规模确定：500万元（含）以上的为一级风险，"
              "100万元（含）至500万元的为二级风险，100万元以下的为三级风险。各项目资金见《资助项目资金》表。", 7)  # fmt: skip
    sh.add("制表：综合股", None, None, "审核：", None, "2025年6月", None)
    funds = _Sheet("资助项目资金", [6, 30, 28, 30, 14])
    _line(funds, f"{PLACE}2025年学生资助项目资金情况", 5)
    funds.add("序号", "资助项目", "资助对象", "资助标准", "年度资金（万元）")
    for i, (item, whom, rule, amount) in enumerate(FUNDS, 1):
        funds.add(i, item, whom, rule, amount)
    funds.add("合计", None, None, None, round(sum(a for *_, a in FUNDS), 1))
    funds.add("资料来源：县财政局2025年预算批复及中心台账。", None, None, None, None)
    return _layout(
        "baqing_aid_centre_levels_by_fund_size", "http://www.cssn.cn/jyx/jyx_zxjy/jyx_zqjy/201512/t20151204_2741615.shtml",
        "(harder) 县学生资助管理中心 岗位廉政风险点一览表, after the source's report on 西藏's 教育“三包” over thirty years "
        "(包吃、包住、包学习费用, 年生均标准, 城镇困难家庭子女, 投入资金): a title, 序号/股室 merged/岗位 and 姓名 merged per "
        "person/``资助项目``/廉政风险点/防控措施 with NO LEVEL COLUMN, a ``注：`` line grading a point by the YEAR'S FUNDS of "
        "its 资助项目 in bands (500万元（含）以上 一级, 100万元（含）至500万元 二级, below 三级), and a SECOND SHEET "
        "``资助项目资金`` listing each 资助项目 once (序号/资助项目/资助对象/资助标准/``年度资金（万元）``, in another order, "
        "a 合计 row); no type column",
        [sh, funds], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def baqing_education_bureau_two_sheets() -> dict:
    unit = f"{PLACE}教育局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 20, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险级别", "防控措施")
    leaders = [
        ("拜峋瑗", "局长", "主持全面工作", [
            ("学校建设项目和“三包”经费安排个人说了算", "一级", "项目和经费安排经局党组会集体研究，纪要存档。"),
            ("干部选拔和教师调动中打招呼、收受好处", "一级", "干部任用按程序动议、考察、公示，调动方案公开。"),
        ]),
        ("竹瑔崟", "副局长", "分管基础教育、学前教育", [
            ("学前教育和寄宿制学校建设项目验收把关不严", "一级", "验收邀请住建、财政部门和第三方检测参加。"),
            ("评优评先名额分配不公", "二级", "名额按学校规模分配，评选结果公示。"),
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
    dept = _Sheet("股室", [6, 14, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}股室廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险级别", "防控措施")
    rows = [
        ("人事股", "股长", "竹峄澄", "middle", "教师招聘资格审查放宽条件", "一级", "资格审查两人以上，结果公示，纪检全程监督。"),
        ("人事股", "股长", "竹峄澄", "middle", "职称评审推荐暗箱操作", "二级", "推荐名额和条件公开，评审结果公示。"),
        ("计划财务股", "会计", "拜汐嵘", "general", "学校公用经费拨付不按生均标准", "一级", "公用经费按生均标准拨付，拨付表报局长审签。"),
        ("计划财务股", "出纳", "竹霈岍", "general", "公款私存、坐收坐支", "三级", "现金日清月结，每月银行对账。"),
        ("基础教育股", "股长", "拜淏岑", "middle", "招生入学中违规择校、转学", "二级", "招生按学区划片，转学材料局长审批。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "baqing_education_bureau_two_sheets", "http://www.gootoo.com.cn/wenhua/whdt/201104/t20110412_4235397.html",
        "县教育局 廉政风险防控一览表 in TWO SHEETS, after the source's report on the 自治区 putting ten hundred million yuan "
        "into “三包” 免费教育 (学前 and 高中 taken in, 补助标准, 教育厅): sheet 局领导 with 姓名/职务/分管工作 merged per "
        "leader, sheet 股室 with 股室 merged and 岗位/姓名 merged per person; 廉政风险点, ``风险级别`` ``一级/二级/三级``, "
        "防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def baqing_teaching_research_office_posts() -> dict:
    unit = f"{PLACE}教学研究室"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "学科组", "岗位", "风险点", "风险表现", "风险类别", "风险等级", "防控措施")
    rows = [
        ("室领导", "主任", "leader", "统考命题组织", "命题人员选定不回避亲属任教学校", "制度机制风险", "高",
         "命题人员实行回避和保密承诺，入闱封闭命题。"),
        ("中学学科组", "组长", "middle", "教学质量评估", "评估打分受学校请托，分数不实", "岗位职责风险", "中",
         "评估两人以上打分，评估结果公示。"),
        ("中学学科组", "教研员", "general", "试卷保管", "统考试卷提前泄露", "业务流程风险", "高",
         "试卷保密室双人双锁，视频监控。"),
        ("小学学科组", "教研员", "general", "优质课评选", "优质课评选接受参赛教师宴请、礼品", "思想道德风险", "中",
         "评委随机抽取，评分表当场签字封存。"),
        ("小学学科组", "教研员", "general", "教辅资料推荐", "向学校推销教辅资料收取回扣", "外部环境风险", "低",
         "严禁推荐教辅资料，发现一起查处一起。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "baqing_teaching_research_office_posts", "https://www.98fad.com/youshui/gcrf338319.html",
        "县教学研究室 岗位廉政风险点排查表 对岗不对人, after the source's account of the 教研员's roles (课程, 教学研究, 教师培训, "
        "评估与反馈): a title, 序号/学科组 merged/岗位 merged per post/a short 风险点/a long 风险表现/风险类别 ``…风险``/"
        "风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def baqing_middle_school_cards() -> dict:
    unit = f"{PLACE}中学"
    t = _Truth(unit)
    cards = [
        ("校长", "竹瀞峋", "校长", "主持学校全面工作", "leader", [
            ("学校食堂食材供应商指定、收受回扣", "Ⅰ级", "食材采购由县教育局统一招标，验收录像。"),
            ("学校维修工程发包不公开", "Ⅰ级", "维修工程按限额比选，结果校内公示。"),
            ("接受家长宴请和礼品", "Ⅲ级", "签订廉洁从教承诺书，节前提醒。"),
        ]),
        ("副校长", "拜晞珣", "副校长", "分管后勤、食堂、宿舍", "leader", [
            ("营养餐供餐数量和质量把关不严", "Ⅱ级", "每餐陪餐、留样，家长委员会每月检查。"),
            ("宿舍被褥等“三包”物资发放不到位", "Ⅱ级", "物资按学生名册发放，学生本人签字。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 36, 12, 34])
        _line(sh, f"{unit}领导干部廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("分管工作", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施")
        for i, (point, lv, measures) in enumerate(items, 1):
            sh.add(i, point, lv, measures)
            t.point(sh.name, "", post, who, tier, point, [], ROMAN[lv])
        _line(sh, "注：风险等级分Ⅰ级、Ⅱ级、Ⅲ级，Ⅰ级为最高。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "baqing_middle_school_cards", "http://www.jwview.com/jingwei/html/10-22/639247.shtml",
        "县中学 领导干部廉政风险防控卡, one sheet a leader, after the source's report on 果洛's free 营养餐 for pupils at "
        "4200米 (食堂, 营养餐全覆盖, 鲜肉、蛋、蔬菜): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then "
        "序号/廉政风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def baqing_kindergarten_selfchecks() -> dict:
    unit = f"{PLACE}幼儿园"
    t = _Truth(unit)
    people = [
        ("拜琤岿", "园领导", "园长", "leader", [
            ("幼儿伙食费收支不公布、挪作他用", "高风险", "伙食费专款专用，每月公布账目。", "已落实", ""),
            ("保育员、炊事员临时聘用优亲厚友", "中风险", "临聘人员公开招聘，园务会研究。", "未发现问题", ""),
        ]),
        ("竹璟峣", "后勤组", "保健医", "general", [
            ("食材验收降低标准、接受供货商好处", "高风险", "食材两人验收，留样48小时。", "已落实", ""),
            ("幼儿体检费用代收不公示", "低风险", "代收费用公示，多退少补。", "已落实", "2025年起取消代收"),
        ]),
        ("拜湉岌", "保教处", "保教主任", "middle", [
            ("兴趣班变相收费", "中风险", "严禁举办收费兴趣班，家长监督电话公开。", "未发现问题", ""),
            ("学前资助对象审核不严", "高风险", "资助名单班级初审、园务会审定并公示。", "已落实", ""),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12, 16])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        sh.add("姓　名", who, "岗　位", post, "所在部门", dept)
        sh.add("序号", "岗位风险点", "风险等级", "防控措施", "自查情况", "备注")
        for i, (point, lv, measures, found, note) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found, note or None)
            t.point(sh.name, dept, post, who, tier, point, [], HIGHS[lv])
        sh.add()
        sh.add("本人签名：", None, "园长意见：", None, "2025年5月", None)
        sheets.append(sh)
    return _layout(
        "baqing_kindergarten_selfchecks", "http://nxtlgy.com/wenda/255075.html",
        "县幼儿园 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's answer on a 幼儿园's "
        "膳食 accounts (专人负责, 专款专用, 每月公布账目, 盈亏不超过2%): a title, ONE label row ``姓　名 | … | 岗　位 | … | "
        "所在部门 | …``, then 序号/岗位风险点/风险等级 ``高风险/中风险/低风险``/防控措施/``自查情况``/``备注``; no type "
        "column; ``本人签名： | 园长意见：`` and a date",
        sheets, t,
    )  # fmt: skip


def baqing_equipment_station_group_rows() -> dict:
    unit = f"{PLACE}教育技术装备站"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险星级", "防控措施")
    groups = [
        ("一、站领导", "站领导", [
            ("站长", "竹澍岈", "leader", [
                ("教学仪器设备采购需求设置倾向性参数", "★★★", "采购需求经学校调研论证，参数公开征求意见。"),
                ("采购合同签订后擅自变更品牌型号", "★★", "合同变更报教育局审批，变更记录存档。"),
            ]),
        ]),
        ("二、仪器设备组", "仪器设备组", [
            ("组长", "拜峋昶", "middle", [
                ("实验仪器到货验收不按合同清点", "★★★", "验收由站、学校和监督人员三方签字。"),
            ]),
            ("管理员", "竹翾崧", "general", [
                ("设备安装调试费用虚报", "★★", "安装调试以学校确认单为准。"),
                ("报废设备私自处置", "★", "报废设备登记造册，统一处置。"),
            ]),
        ]),
        ("三、图书管理组", "图书管理组", [
            ("管理员", "拜澂嵛", "general", [
                ("中小学图书配送数量不足、以次充好", "★★", "图书按配送清单逐校清点，抽查质量。"),
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
    _line(sh, "注：★★★为一级风险，★★为二级风险，★为三级风险。", 6)
    sh.add("填表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "baqing_equipment_station_group_rows", "https://www.21xqjy.com/archive/jie-mi-chi-feng-shi-yan-yi-qi-zhuang-zhi-cai-gou-jie-mi-xue-xiao-shi-yan-shi-sheng-ji-bei-hou-de-gu.html",
        "县教育技术装备站 廉政风险防控责任清单 under GROUP ROWS, after the source's account of a city's 实验仪器 purchase "
        "(需求调研, 公开招标, 合同签订, 安装调试): a title, 序号/岗位/姓名/廉政风险点/``风险星级`` ``★★★/★★/★``/防控措施, "
        "group rows ``一、站领导``, ``二、仪器设备组``, ``三、图书管理组`` merged across; 岗位 and 姓名 merged per person; a "
        "``注：`` line; no type column",
        [sh], t,
    )  # fmt: skip


def baqing_yaan_school_list() -> dict:
    unit = f"{PLACE}雅安镇中心小学"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 11, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "处室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("校领导", "校长", "竹濬岙", "leader", "营养午餐供餐企业选定不经集体研究", "制度机制", "一级风险",
         "供餐企业由县教育局招标确定，学校不自行选定。"),
        ("校领导", "校长", "竹濬岙", "leader", "“三包”经费使用不公开", "岗位职责", "二级风险",
         "“三包”经费使用每学期公示。"),
        ("总务处", "总务主任", "拜瑀沄", "middle", "食堂食材入库数量虚报", "业务流程", "一级风险",
         "入库单与配送单逐日核对，教师代表签字。"),
        ("总务处", "总务主任", "拜瑀沄", "middle", "接受供货商宴请", "思想道德", "三级风险",
         "签订廉洁承诺书，定期谈话提醒。"),
        ("教导处", "教导主任", "竹颀湄", "middle", "学籍信息弄虚作假套取资助资金", "外部环境", "二级风险",
         "学籍变动每月核对，资助名单公示。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), RISKS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "校长（签字）：", None, None)
    return _layout(
        "baqing_yaan_school_list", "https://m.xizang.me/post/623.html",
        "镇中心小学 岗位廉政风险防控一览表, after the source's report on 申扎县's 营养午餐计划 (招标选取供餐企业, 营养食谱, "
        "县教育局、卫计局、财政局): ``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/处室/岗位/责任人 on "
        "EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``一级风险/二级风险/三级风险``/防控措施; a 填表人/审核人/"
        "校长（签字） line",
        [sh], t,
    )  # fmt: skip


def baqing_jiangmian_school_register() -> dict:
    unit = f"{PLACE}江绵乡中心小学"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "部门", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("校领导", "校长", "拜昶峦", "leader", [
            ("教师绩效工资分配不公开", "制度机制", "高", "分配方案经教职工大会通过并公示。"),
            ("校舍维修项目验收不严", "岗位职责", "中", "验收由学校、乡政府和家长代表组成。"),
        ]),
        ("教研组", "组长", "竹琰岑", "middle", [
            ("期末考核成绩登记弄虚作假", "业务流程", "中", "成绩双人登记，教导处抽查。"),
        ]),
        ("办公室", "报账员", "拜湛岷", "general", [
            ("报账票据不实、虚列支出", "业务流程", "高", "票据附验收单，校长、报账员双签。"),
            ("收受商户好处，采购办公用品不比价", "思想道德", "低", "办公用品三家比价，采购记录存档。"),
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
    _line(sh, "注：风险等级分为高、中、低三级。", 8)
    sh.add("编制人：", None, "审核人：", None, "2025年4月", None, None, None)
    return _layout(
        "baqing_jiangmian_school_register", "http://wap.manyoumao.com/lizhi/2208982.html",
        "乡中心小学 廉政风险点排查登记表, after the source's answer on the 教研员 and the school's 教研组长 (某一学科, 教学指导和"
        "考核, 期末试卷的命题): a title, 序号/部门 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/"
        "风险等级 高/中/低/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    baqing_aid_centre_levels_by_fund_size(),
    baqing_education_bureau_two_sheets(),
    baqing_teaching_research_office_posts(),
    baqing_middle_school_cards(),
    baqing_kindergarten_selfchecks(),
    baqing_equipment_station_group_rows(),
    baqing_yaan_school_list(),
    baqing_jiangmian_school_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch956-inbox"))

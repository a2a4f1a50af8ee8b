"""The five-hundred-and-sixty-ninth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 群团 bodies,
达日县 (果洛藏族自治州, 青海) — its 团县委, 妇女联合会, 科学技术协会, 红十字会, 残疾人联合会, 工商业联合会
and 计划生育协会 — each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or
Excel:

- the 团县委's 一览表 under ``附件2``: ``部门`` merged, ``岗位 | 姓名`` merged per person,
  ``一级/二级/三级``, no type column;
- the 妇女联合会's 防控卡, one sheet a holder: ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line,
  ``…风险`` types, 高/中/低;
- the 科学技术协会's 排查表 对岗不对人: ``部门`` and ``岗位`` merged, short types, ``★★★/★★/★`` read by
  a ``注：`` line; no names;
- the 红十字会's 责任清单 under GROUP ROWS ``一、会领导`` … ``三、业务部`` merged across (no 部门 column),
  ``岗位 | 姓名`` merged per person, ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column;
- the 残疾人联合会's 一览表 in TWO SHEETS: ``理事会领导`` (``姓名 | 职务 | 分管工作`` merged per leader)
  and ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), short types,
  ``高风险/中风险/低风险``;
- the 工商业联合会's 自查表, one sheet a person: a label row ``姓　名 | 所在部门 | 职　务 | 填表时间`` over
  a row of values, ``一级风险/二级风险/三级风险``, ``自查情况``, no type column;
- the 计划生育协会's 一览表 under a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on EVERY row, short
  types, 高/中/低, a ``注：`` line and a 填表人/审核人 line.

One is harder:

- ``dari_trade_union_post_boxes``: the 总工会's 机关岗位廉政风险点认定表 is a template handed down by
  the 州总工会 (a merged ``填表说明`` line says so): ONE ROW A POINT (``序号 | 风险事项 | 廉政风险点 |
  风险等级 | 责任岗位（在□内打☑，可多选） | 防控措施``), and EVERY ``责任岗位`` cell prints ALL FIVE
  POSTS of the 机关, each behind a box, in the same order (``☑主席　□副主席　□经审会主任　☑办公室主任
  □财务会计``); the union ticks the box of every post that bears the row's point — one to three
  ticks a row — so a row is a point of SEVERAL posts at once, and a post's points are the rows
  where its box is ticked. The holders stand only in two label rows ABOVE the heading
  (``岗　位 | 主席 | 副主席 | …`` over ``姓　名 | …``, one column a holder). The README's 读得懂的表
  knows boxes typed in a cell for a LEVEL (``□高　☑中　□低``) or for TYPES (``□思想道德 ☑制度机制``,
  several allowed), a box before a point cell of a general list (the holder's own), and a label
  row's options ``岗　位 | ☑主任　□副主任`` with ONE ticked (the holder's post); it knows a
  ``责任岗位`` heading over post COLUMNS with one ``√`` a row, and holders' tick columns (post over
  name) with several ticks a row; it does not describe a per-row ``责任岗位`` cell of printed post
  options with SEVERAL ticked, each ticked post's holder (from a roster above) bearing the point.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 县总工会's “金秋助学” — 困难职工 and
农民工 子女, 筹集资金; a 团县委's 希望工程 助学金 发放 — 受助学生, 发放仪式; a 区妇联 checking a 妇女创业扶持
资金 项目点 — 报账制, 资金配套, 项目实施; a 县科协 checking 基层科普项目 — 微型科技馆, 科普长廊, 资金使用;
a 县红十字会 — 博爱家园, 人道救助, 应急救护培训, 遗体和器官捐献; a 市 残疾人保障和发展规划 — 康复, 辅助器具,
托养补贴, 就业扶持; a 市工商联's 清廉商会 — 廉洁承诺, 财务, 商会会长; a page on 计划生育协会 — 会员,
宣传, 服务, 基层协会) and the layout follows their words for the unit, its parts, its posts and its
risks. The rows are worded by us, the names invented (the rare surnames 闵 and 羿 with rare given
names); every unit is a body of 达日县.

Run ``python tests/published/score.py --set batch569`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file every ``☑`` in a ``责任岗位`` cell makes the row's point a point of that post's
  holder (his name from the ``姓　名`` row under the post in the roster above the table), with the
  row's level; a ``□`` is no point of that post; one form a holder, no 科室 (the 机关 names none); a
  point ticked for three posts is three holders' point; ``风险事项`` is the duty the point sits in,
  not the point; the ``填表说明`` line, the ``注：`` line and the 填表/审核 line are no points;
- ``团县委领导``, ``协会领导`` (a 部门 cell), ``会领导`` (a group row), ``机关领导`` (a 所在部门 cell) are the
  科室 of those leaders; the 残联's leaders (sheet ``理事会领导``, no 科室 column) and the 妇联's
  cards' holders have no 科室; a group row ``二、办公室`` gives the 科室 ``办公室`` (its number left off);
- 书记, 副书记, 主席, 副主席, 常务副会长, 专职副会长, 理事长, 副理事长 are leaders; 办公室主任, 部长,
  股长, 秘书长 and 经审会主任 middle; the rest (干事, 会计, 出纳, 专干, 救护培训员, 财务会计) general;
- the 科学技术协会's list names no person: its forms are posts (对岗不对人); ``分管工作``, ``自查情况``
  and ``填表时间`` are no points and name no holder;
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

PREFIX = "b569_"
PLACE = "达日县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
TICKED, EMPTY = "☑", "□"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# the 机关's posts, in the template's order: (post, holder, tier)
POSTS = [
    ("主席", "闵璈潼", "leader"),
    ("副主席", "羿珩澈", "leader"),
    ("经审会主任", "闵昳蘅", "middle"),
    ("办公室主任", "羿岷瑄", "middle"),
    ("财务会计", "闵澴宁", "general"),
]

# (风险事项, 廉政风险点, 风险等级, ticked posts (1 = ☑) in POSTS' order, 防控措施)
POINTS = [
    ("经费审批", "工会经费支出超范围、超标准审批", "高", (1, 0, 0, 0, 1),
     "经费支出严格按《基层工会经费收支管理办法》执行，大额支出经主席办公会集体研究。"),
    ("困难职工帮扶", "困难职工建档认定不实，优亲厚友", "高", (0, 1, 0, 1, 0),
     "建档对象入户核查，名单在职工中公示七天。"),
    ("金秋助学", "金秋助学对象审核把关不严，虚报冒领助学金", "高", (0, 1, 0, 0, 1),
     "助学对象所在单位工会初审、县总工会复核，助学金通过银行直接发放。"),
    ("经费审查", "经费审查走过场，发现违规支出不报告", "中", (0, 0, 1, 0, 0),
     "经审会每半年审查一次经费收支，审查报告提交委员会。"),
    ("采购管理", "职工疗休养、节日慰问品采购指定供应商", "中", (1, 0, 0, 1, 0),
     "采购比价不少于三家，慰问品清单在机关公开。"),
    ("普惠服务", "会员普惠活动虚列参与人数", "中", (0, 0, 0, 1, 0), "活动签到表、照片留存备查。"),
    ("资金发放", "帮扶资金现金发放，领取凭证留存不全", "低", (0, 0, 0, 0, 1),
     "帮扶资金一律打卡发放，凭证按月装订归档。"),
    ("评先推优", "劳动模范、先进职工推荐搞平衡照顾", "低", (1, 1, 1, 0, 0),
     "推荐条件公开，推荐结果经职工代表评议并公示。"),
]  # fmt: skip


def _boxes(ticks: tuple[int, ...]) -> str:
    """The template's 责任岗位 cell: every post behind a box, the union's ticks in them."""
    return GAP.join(
        f"{TICKED if k else EMPTY}{post}" for (post, _, _), k in zip(POSTS, ticks, strict=True)
    )


def dari_trade_union_post_boxes() -> dict:
    unit = f"{PLACE}总工会"
    sh = _Sheet("认定表", [10, 12, 34, 9, 44, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}机关岗位廉政风险点认定表", 6)
    _line(sh, "填表说明：本表风险点为州总工会下发的县级工会通用风险点，请在承担该风险点的岗位前“□”内打“☑”"
              "（可多选），未涉及的岗位不打；风险等级经主席办公会集体研究认定。", 6)  # fmt: skip
    sh.add("岗　位", *[post for post, _, _ in POSTS])
    sh.add("姓　名", *[who for _, who, _ in POSTS])
    sh.add()
    sh.add("序号", "风险事项", "廉政风险点", "风险等级", "责任岗位（在□内打☑，可多选）", "防控措施")
    for i, (duty, point, lv, ticks, measures) in enumerate(POINTS, 1):
        sh.add(i, duty, point, lv, _boxes(ticks), measures)
    # the truth one form a holder, in the roster's order
    for j, (post, who, tier) in enumerate(POSTS):
        for _duty, point, lv, ticks, _measures in POINTS:
            if ticks[j]:
                t.point(sh.name, "", post, who, tier, point, [], HML[lv])
    _line(
        sh, "注：打“☑”的岗位为该风险点的责任岗位，各岗位人员见表首；风险等级分高、中、低三级。", 6
    )
    sh.add("填表人：", None, "审核人：", None, "主席（签字）：", "2025年6月")
    return _layout(
        "dari_trade_union_post_boxes", "https://workercn.cn/28/201410/23/141023144716102.shtml",
        "(harder) 县总工会 机关岗位廉政风险点认定表, after the source's 县总工会 “金秋助学” (困难职工 and 农民工 子女, "
        "筹集资金, 帮扶品牌): a title, a merged ``填表说明`` line (the list is the 州总工会's 通用风险点; tick the "
        "box of every post that bears the point, several allowed), two label rows ``岗　位 | 主席 | 副主席 | "
        "经审会主任 | 办公室主任 | 财务会计`` over ``姓　名 | …`` (one column a holder), a blank row, then ONE ROW A "
        "POINT: 序号/风险事项/廉政风险点/风险等级 高/中/低/``责任岗位（在□内打☑，可多选）``/防控措施, whose every "
        "责任岗位 cell prints ALL FIVE posts behind boxes (``☑主席　□副主席　□经审会主任　☑办公室主任　□财务会计``), "
        "one to three ticked; no type column; a merged ``注：`` line and a 填表人/审核人/主席（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def dari_youth_league_list() -> dict:
    unit = f"共青团{PLACE}委员会"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 9, 36])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "部门", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("团县委领导", "书记", "羿翯嵘", "leader", "希望工程助学金受助对象确定不经集体研究", "一级",
         "受助名单经书记办公会研究，在受助学校公示。"),
        ("团县委领导", "书记", "羿翯嵘", "leader", "青年创业扶持项目推荐优亲厚友", "二级",
         "推荐条件公开，评审邀请县人社局参加。"),
        ("团县委领导", "副书记", "闵珞岑", "leader", "优秀共青团员、五四红旗团委推荐评选不公", "二级",
         "推荐评选名单逐级公示，接受团员监督。"),
        ("办公室", "主任", "羿琇涵", "middle", "团费收缴、使用不入账", "一级", "团费专账核算，每半年公布收支。"),
        ("办公室", "主任", "羿琇涵", "middle", "助学金发放截留、延压", "二级", "助学金通过银行卡直接发放到受助学生。"),
        ("办公室", "干事", "闵琮芷", "general", "志愿服务活动补贴虚列人数", "三级", "补贴凭签到表和活动照片核发。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, "2025年5月", None)
    return _layout(
        "dari_youth_league_list", "http://www.xzbr.gov.cn/jdt/202308/t20230803_4737212.html",
        "团县委 岗位廉政风险防控一览表, after the source's 团县委 希望工程 助学金 发放 (受助学生, 发放仪式, 基层组织改革): "
        "``附件2``, a title, 序号/部门 merged/岗位 and 姓名 merged per person/廉政风险点/风险等级 ``一级/二级/三级``/"
        "防控措施; no type column; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def dari_womens_federation_cards() -> dict:
    unit = f"{PLACE}妇女联合会"
    t = _Truth(unit)
    cards = [
        ("主席", "闵曜岷", "主席", "主持全面工作，分管财务", "leader", [
            ("妇女创业扶持项目点确定暗箱操作", "制度机制风险", "高", "项目点经主席办公会研究，结果公示。"),
            ("项目资金不按报账制拨付", "业务流程风险", "高", "项目资金凭票据报账，分期拨付。"),
            ("接受项目点宴请、土特产", "思想道德风险", "低", "签订廉洁承诺，节前廉洁提醒。"),
        ]),
        ("副主席", "羿湛珈", "副主席", "分管维权、家庭和儿童工作", "leader", [
            ("“两癌”救助对象审核把关不严", "岗位职责风险", "中", "救助材料乡镇妇联初审、县妇联复审。"),
            ("最美家庭评选打招呼、定名次", "外部环境风险", "中", "评选由群众推荐，评审结果公示。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 14, 10, 34])
        _line(sh, f"{unit}领导干部廉政风险防控卡", 5)
        sh.add("姓　名", who, "职　务", post, None)
        r = sh.add("分管工作", work, None, None, None)
        sh.merge(r, 1, r, 4)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施")
        for i, (point, typ, lv, measures) in enumerate(items, 1):
            sh.add(i, point, typ, lv, measures)
            t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
        sh.add("持卡人（签字）：", None, None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "dari_womens_federation_cards", "http://aqwomen.org/xjqdt/Article_7913.html",
        "县妇联 领导干部廉政风险防控卡, one sheet a leader, after the source's 区妇联 checking a 妇女创业扶持资金 项目点 "
        "(报账制, 资金配套, 项目实施, 带动就业): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then "
        "序号/风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施; 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def dari_science_association_posts() -> dict:
    unit = f"{PLACE}科学技术协会"
    sh = _Sheet("排查表", [6, 12, 12, 40, 12, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "部门", "岗位", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("科协领导", "主席", "leader", "基层科普项目立项不经集体研究", "制度机制", "★★★",
         "科普项目申报、立项经主席会议研究。"),
        ("科协领导", "主席", "leader", "科普示范基地评审打招呼", "外部环境", "★★", "评审邀请专家参与，结果公示。"),
        ("科普部", "部长", "middle", "微型科技馆、科普长廊项目验收不严", "岗位职责", "★★★",
         "验收会同县财政局进行，查阅台账和资金使用资料。"),
        ("科普部", "部长", "middle", "科普活动经费虚列开支", "业务流程", "★★", "活动经费凭方案、签到和票据报销。"),
        ("科普部", "科普专干", "general", "科普宣传资料采购不比价", "业务流程", "★", "采购三家比价，入库登记。"),
        ("学会部", "部长", "middle", "科技工作者推荐表彰把关不严", "思想道德", "★★", "推荐材料审核、公示。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), STARS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 7)
    sh.add("编制：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "dari_science_association_posts", "http://yxkpw.cn/hn/zxdt/1929774.shtml",
        "县科协 岗位廉政风险点排查表 对岗不对人, after the source's 县科协 checking 基层科普项目 (微型科技馆, 科普长廊, "
        "实施台账, 资金使用): a title, 序号/部门 merged/岗位 merged per post/廉政风险点/风险类别 (short names)/风险等级 "
        "``★★★/★★/★``/防控措施; no names; a ``注：`` line and an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def dari_red_cross_group_rows() -> dict:
    unit = f"{PLACE}红十字会"
    sh = _Sheet("责任清单", [6, 12, 10, 40, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、会领导", "会领导", [
            ("常务副会长", "羿昀珹", "leader", [
                ("捐赠款物分配使用不尊重捐赠人意愿", "Ⅰ级", "定向捐赠按协议使用，分配方案会议研究。"),
                ("博爱家园项目点选定暗箱操作", "Ⅱ级", "项目点申报、评审、公示。"),
            ]),
        ]),
        ("二、办公室", "办公室", [
            ("主任", "闵瑢汀", "middle", [
                ("捐赠款物接收不开具票据、不登记", "Ⅰ级", "接收捐赠一律开具捐赠票据，台账登记。"),
            ]),
            ("会计", "羿沣琰", "general", [
                ("捐赠资金不入专户，挪作他用", "Ⅰ级", "捐赠资金进入专户，专款专用。"),
                ("救助资金发放凭证不全", "Ⅲ级", "凭证按月装订归档。"),
            ]),
        ]),
        ("三、业务部", "业务部", [
            ("部长", "闵渟璐", "middle", [
                ("人道救助对象审核把关不严", "Ⅱ级", "救助对象入户核实，名单公示。"),
            ]),
            ("救护培训员", "羿璘茜", "general", [
                ("应急救护培训虚报参训人数", "Ⅲ级", "培训签到、考核记录存档备查。"),
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
                t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "dari_red_cross_group_rows", "https://px.jxnews.com.cn/system/2024/07/15/020569703.shtml",
        "县红十字会 廉政风险防控责任清单, after the source's 县红十字会 (博爱家园, 人道救助, 应急救护培训, 遗体和器官捐献, "
        "备灾救灾仓库): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施 under GROUP ROWS "
        "``一、会领导``, ``二、办公室``, ``三、业务部`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def dari_disabled_federation_two_sheets() -> dict:
    unit = f"{PLACE}残疾人联合会"
    t = _Truth(unit)
    lead = _Sheet("理事会领导", [6, 9, 9, 18, 38, 10, 11, 34])
    _line(lead, f"{unit}理事会领导廉政风险防控一览表", 8)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险类型", "风险等级", "防控措施")
    leaders = [
        ("闵峤玥", "理事长", "主持全面工作", [
            ("残疾人托养机构补贴资金分配不公", "制度机制", "高风险", "补贴分配方案经理事会研究并公示。"),
            ("辅助器具集中采购指定品牌", "外部环境", "高风险", "辅具采购按政府采购程序进行。"),
        ]),
        ("羿霁澄", "副理事长", "分管康复、教育就业", [
            ("残疾儿童康复救助定点机构确定不公开", "岗位职责", "中风险", "定点机构评估结果公开。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, typ, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, typ, lv, measures)
            t.point(lead.name, "", post, who, "leader", point, types_in(typ), HIGHS[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("股室", [6, 14, 10, 9, 38, 10, 11, 34])
    _line(dept, f"{unit}股室廉政风险防控一览表", 8)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("康复股", "股长", "闵珺湉", "middle", "残疾人证办理评残把关不严", "岗位职责", "高风险",
         "评残由定点医院鉴定，办证见人见证。"),
        ("康复股", "康复专干", "羿浛玙", "general", "辅具适配对象登记不实", "业务流程", "中风险",
         "适配名单入户核实，签字确认。"),
        ("教育就业股", "股长", "闵奕翾", "middle", "就业扶持补贴审核不严", "业务流程", "中风险",
         "补贴材料初审、复审两级审核。"),
        ("教育就业股", "股长", "闵奕翾", "middle", "职业技能培训虚报人数", "思想道德", "低风险",
         "培训签到、照片、考核资料存档。"),
        ("办公室", "出纳", "羿岑煦", "general", "两项补贴资金发放不及时、不足额", "制度机制", "中风险",
         "补贴通过“一卡通”按月发放。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, typ, lv, measures)
        t.point(dept.name, d, post, who, tier, point, types_in(typ), HIGHS[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "dari_disabled_federation_two_sheets", "http://210.14.65.66/_d3/c55885/20241016/i260253.phtml",
        "县残联 廉政风险防控一览表 in TWO SHEETS, after the source's 市 残疾人保障和发展规划 (康复服务, 辅助器具 适配, 托养补贴, "
        "两项补贴, 就业扶持, 职业技能培训): sheet 理事会领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 "
        "merged and 岗位/姓名 merged per person; 廉政风险点, 风险类型 (short names), 风险等级 ``高风险/中风险/低风险``, 防控措施",
        [lead, dept], t,
    )  # fmt: skip


def dari_commerce_federation_selfchecks() -> dict:
    unit = f"{PLACE}工商业联合会"
    t = _Truth(unit)
    people = [
        ("闵沛琛", "机关领导", "主席", "leader", [
            ("商会换届选举中打招呼、拉票", "一级风险", "换届方案报备，选举全程监督。", "已落实"),
            ("接受会员企业宴请、礼品", "二级风险", "签订廉洁承诺书，节前提醒。", "未发现问题"),
        ]),
        ("羿瑭沅", "机关领导", "副主席", "leader", [
            ("推荐非公经济代表人士不按程序", "一级风险", "推荐人选经党组会研究并征求意见。", "已落实"),
            ("向商会摊派、转嫁费用", "三级风险", "严格执行与商会交往负面清单。", "已落实"),
        ]),
        ("闵瀚翮", "经济服务部", "干事", "general", [
            ("清廉商会创建考评走过场", "二级风险", "考评细则公开，实地查验。", "未发现问题"),
            ("商会财务检查不严", "三级风险", "每年抽查商会财务收支。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 11, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在部门", "职　务", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], RISKS[lv])
        sh.add()
        sh.add("本人签名：", None, "党组意见：", None, None)
        sheets.append(sh)
    return _layout(
        "dari_commerce_federation_selfchecks", "https://dawenge.com/gongshanglianwenzhang/717016.html",
        "县工商联 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 市工商联 清廉商会建设 "
        "(廉洁承诺, 商会 财务, 党建入章, 考核): a title, a label row ``姓　名 | 所在部门 | 职　务 | 填表时间`` over a row "
        "of values, then 序号/风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 党组意见：``",
        sheets, t,
    )  # fmt: skip


def dari_family_planning_association_list() -> dict:
    unit = f"{PLACE}计划生育协会"
    sh = _Sheet("一览表", [6, 12, 12, 10, 40, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("协会领导", "常务副会长", "羿翊澍", "leader", "计生特殊家庭帮扶资金分配不公开", "制度机制", "高",
         "帮扶名单会议研究并公示。"),
        ("协会领导", "常务副会长", "羿翊澍", "leader", "“向日葵亲子小屋”项目选点优亲厚友", "外部环境", "中",
         "选点条件公开，结果公示。"),
        ("办公室", "秘书长", "闵琋岚", "middle", "会员发展数据虚报", "岗位职责", "中", "会员数据每季度核对。"),
        ("办公室", "会计", "羿琦瀛", "general", "项目经费报销票据审核不严", "业务流程", "高",
         "报销单据经办人、证明人、审批人三签。"),
        ("会员服务部", "干事", "闵璟翃", "general", "宣传服务物资发放不登记", "业务流程", "低", "物资领用登记签字。"),
        ("会员服务部", "干事", "闵璟翃", "general", "生育关怀救助对象核实不到位", "思想道德", "中",
         "救助对象入户核实，签字确认。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _line(sh, "注：风险等级分高、中、低三级。", 8)
    sh.add("填表人：", None, None, "审核人：", None, "常务副会长（签字）：", None, None)
    return _layout(
        "dari_family_planning_association_list", "https://guayunfan.com/baike/219968.html",
        "县计生协 岗位廉政风险防控一览表, after the source's page on 计划生育协会 (会员, 宣传, 服务, 基层协会, 群众自我管理): "
        "a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 written on EVERY row/廉政风险点/"
        "风险类型 (short names)/风险等级 高/中/低/防控措施; a ``注：`` line and a 填表人/审核人/常务副会长（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    dari_trade_union_post_boxes(),
    dari_youth_league_list(),
    dari_womens_federation_cards(),
    dari_science_association_posts(),
    dari_red_cross_group_rows(),
    dari_disabled_federation_two_sheets(),
    dari_commerce_federation_selfchecks(),
    dari_family_planning_association_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch569-inbox"))

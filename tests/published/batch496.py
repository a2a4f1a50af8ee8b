"""The four-hundred-and-ninety-sixth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 人力资源和
社会保障 bodies, 灵台县 — its 人力资源和社会保障局, 社会保险事业服务中心, 就业服务中心, 劳动保障监察大队 and
人事考试中心 — each handing back the 一览表, 排查表, 防控卡, 自查表 or 清单 its staff typed (eight files
of five bodies: the 社会保险事业服务中心, the 就业服务中心 and the 人事考试中心 each send two, so the
batch is checked with ``one_unit_each=False``):

- the 人力资源和社会保障局's 一览表: ``科室`` merged, ``岗位`` and ``责任人`` merged per person, the risk,
  short types, 高/中/低, the measures, an 编制人/审核人/date line;
- the 社会保险事业服务中心's file in two sheets ``中心领导`` (``姓名 | 职务 | 分管工作`` merged per
  person) and ``股室`` (``股室 | 岗位 | 姓名``), ``一级/二级/三级``, no type column;
- the 就业服务中心's 排查表 对岗不对人: ``股室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 人事考试中心's 防控卡, one sheet a holder: ``姓　名 | … | 职　务 | …`` above
  ``序号 | 廉政风险点 | 风险等级 | 防控措施``, ``★★★/★★/★`` read by a ``注：`` line, no type column;
- the 劳动保障监察大队's 自查表, one sheet a person (tab = the person): a label row
  ``姓　名 | 岗　位 | 填表时间`` over a row of values, ``高风险/中风险/低风险``, ``自查情况``;
- the 社会保险事业服务中心's 责任清单 (its 稽核 and 待遇 work) under GROUP ROWS ``一、领导岗位`` /
  ``二、工作人员`` merged across: ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 人事考试中心's 一览表 of its 考务 work: ``岗位 | 责任人`` written on every row, short types, 高/中/低.

One is harder:

- ``lingtai_inspection_level_footers``: the 劳动保障监察大队's 廉政风险点排查表 with NO LEVEL COLUMN and
  no level group rows ABOVE the points: the rows are sorted by level and each level's run is CLOSED
  by a merged FOOTER row below it, ``以上为一级风险点（共3项）``, ``以上为二级风险点（共3项）``,
  ``以上为三级风险点（共2项）``; so a point's level is given by the first footer BELOW it. The
  holder (``岗位 | 责任人``) is written on every row (the holders' runs are broken by the sorting),
  types short in a ``风险类型`` column. The README's 读得懂的表 knows levels given by group rows
  ABOVE their points (``一、一级风险``, level group rows over type group rows), by the sheet name or
  title, by a note under the table naming 序号 (``第1、2、4项为高风险…``), by a note naming a
  column's values, by holders at the FOOT of their run (``岗位责任人（签字）：…`` under the rows, each
  holder's details on the LAST row of his run) — but no level written in a footer row closing the
  run it grades. ``grep -l '以上为一级\\|以上为高' tests/published/batch*.py`` finds none.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 课题组's report on 基层就业和社会保障
公共服务 — 乡镇劳动保障所, 就业援助; a paper on 社保经办机构 去行政化 — 参公管理, 稽核, 基金; the
人社部's account of the 失业保险条例 修订 — 稳岗补贴, 失业保险金; a province's 人事考试 试卷 运送、交接、
保管 rules; how a 劳动监察大队 handles 拖欠工资 — 投诉, 立案, 调查取证; an explainer of the 社会保险事业
管理局 — 登记, 审核, 支付; a city's 人事考试试卷管理办法 and 巡视人员职责; a district 劳动保障监察大队's
``治欠保支`` 专项行动 — 举报投诉, 欠薪 黑名单) and the layout follows their words for the unit, its
parts, its posts and its risks. The rows are worded by us, the names invented (rare Han surnames
with rare given names); every unit is a body of 灵台县 (``unit_words=("灵台县",)``: no earlier unit
holds it).

Run ``python tests/published/score.py --set batch496`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a point's level is the one its closing footer names (the first
  ``以上为…风险点`` row below it); the footers are no points and name no holder; ``岗位`` and
  ``责任人`` on each row are its holder, a holder's rows scattered over the levels are one form;
- ``局领导``, ``中心领导`` (a 科室 cell or the leaders' sheet) are the 科室 of those leaders; a 局's 股
  and a 中心's 股 are 科室; the 大队's and the 考试中心's cards, 自查表 and lists name no 科室 (the body
  is the unit); the group rows ``一、领导岗位``, ``二、工作人员`` give no 科室 (they repeat the post's kind);
- every body is a unit of its own: 局长, 副局长, a 中心's 主任 and 副主任, 大队长 and 副大队长 are
  leaders; 股长 middle; the rest (科员, 经办员, 稽核员, 会计, 监察员, 考务员, 保密员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作`` and ``自查情况`` are no points and name no
  holder; the 就业服务中心's list names no person: its forms are posts (对岗不对人);
- ``高/中/低``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``一级/二级/三级``, ``★★★/★★/★``, ``高风险/中风险/低风险``,
  ``一级风险/二级风险/三级风险`` and the footers' ``一级/二级/三级风险点`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch387.write_xlsx``: borders) and
``truth.json``; no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch60 import _line, _merge_down
from published.batch387 import write_xlsx
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b496_"
PLACE = "灵台县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int,
                last: int | None = None) -> None:  # fmt: skip
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs, last)


# --------------------------------------------------------------------------- harder layout

# level -> [(岗位, 责任人, tier, 廉政风险点, 风险类型, 防控措施)], in the sheet's order
INSPECTION = [
    ("一级", [
        ("大队长", "貊翊洹", "leader", "欠薪案件立案与否个人说了算", "制度机制", "立案审批集体研究，案件编号全程跟踪。"),
        ("监察员", "仝湲珩", "general", "调查取证中为用人单位隐瞒欠薪事实", "岗位职责", "调查取证两人以上，笔录当场签字。"),
        ("监察员", "郗璠沚", "general", "违规减免用人单位罚款", "业务流程", "罚款决定法制审核，结果网上公示。"),
    ]),
    ("二级", [
        ("大队长", "貊翊洹", "leader", "欠薪黑名单列入移出把关不严", "制度机制", "列入移出经大队会议研究并公示。"),
        ("监察员", "仝湲珩", "general", "接受用人单位宴请礼品", "外部环境", "签订廉洁承诺书，拒收登记。"),
        ("监察员", "郗璠沚", "general", "投诉举报件压案不办", "业务流程", "投诉件登记编号，办结时限网上可查。"),
    ]),
    ("三级", [
        ("监察员", "仝湲珩", "general", "泄露举报人信息", "思想道德", "举报人信息专人保管，查阅登记。"),
        ("监察员", "郗璠沚", "general", "执法文书送达不规范", "岗位职责", "送达回证归档，定期抽查。"),
    ]),
]  # fmt: skip


def lingtai_inspection_level_footers() -> dict:
    unit = f"{PLACE}劳动保障监察大队"
    sh = _Sheet("排查表", [6, 10, 10, 38, 12, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 6)
    sh.add("序号", "岗位", "责任人", "廉政风险点", "风险类型", "防控措施")
    n = 0
    for lv, rows in INSPECTION:
        for post, who, tier, point, typ, measures in rows:
            n += 1
            sh.add(n, post, who, point, typ, measures)
            t.point(sh.name, "", post, who, tier, point, types_in(typ), GRADES[lv])
        _line(sh, f"以上为{lv}风险点（共{len(rows)}项）", 6)
    sh.add("填表人：", None, "大队长（签字）：", None, "2025年6月", None)
    return _layout(
        "lingtai_inspection_level_footers",
        "http://www.yylq.gov.cn/21487/21488/21743/content_1278299.html",
        "(harder) 县劳动保障监察大队 廉政风险点排查表, after the source's account of a 劳动保障监察大队's 治欠保支 专项行动 "
        "(举报投诉, 欠薪, 黑名单): a title, 序号/岗位/责任人 on every row/廉政风险点/风险类型 (short)/防控措施, NO LEVEL "
        "COLUMN: the rows sorted by level, each level's run CLOSED by a merged footer row below it ``以上为一级风险点"
        "（共3项）`` … ``以上为三级风险点（共2项）``; a 填表人/大队长（签字）/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def lingtai_bureau_list() -> dict:
    unit = f"{PLACE}人力资源和社会保障局"
    sh = _Sheet("一览表", [6, 14, 10, 10, 40, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "邴瀚翛", "leader", [
            ("公益性岗位安排不按程序", "制度机制", "高", "岗位安排局党组会集体研究并公示。"),
            ("干预就业补助资金分配", "思想道德", "中", "领导干部插手资金分配登记报告。"),
        ]),
        ("就业促进股", "股长", "蒯沅璆", "middle", [
            ("就业援助对象认定把关不严", "岗位职责", "高", "认定材料两人审核，结果公示。"),
        ]),
        ("劳动关系股", "科员", "宓珣湛", "general", [
            ("劳动合同备案审核不实", "业务流程", "中", "备案材料网上核验，股长复核。"),
            ("接受用人单位礼品", "外部环境", "低", "签订廉洁承诺书，拒收登记。"),
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
        "lingtai_bureau_list",
        "http://www.newhan.cn/zhishi/a/1700884196225991.html",
        "县人力资源和社会保障局 岗位廉政风险防控一览表, after the source's report on 基层就业和社会保障公共服务 (乡镇劳动保障所, "
        "就业援助, 公益性岗位): a title, 序号/科室 merged (局领导, 就业促进股, 劳动关系股)/岗位 and 责任人 merged per person/"
        "廉政风险点/风险类型 (short)/高/中/低/防控措施; an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def lingtai_social_insurance_two_sheets() -> dict:
    unit = f"{PLACE}社会保险事业服务中心"
    t = _Truth(unit)
    lead = _Sheet("中心领导", [6, 10, 8, 18, 34, 8, 32])
    _line(lead, f"{unit}领导班子廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("隗昀翮", "主任", "主持全面工作", [
            ("社保基金支付违规审批", "一级", "基金支付双人审核、中心会议审定。"),
            ("稽核结果处理优亲厚友", "二级", "稽核处理意见集体研究并公示。"),
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
    dept = _Sheet("股室", [6, 12, 10, 10, 34, 8, 32])
    _line(dept, f"{unit}股室岗位廉政风险防控表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("参保登记股", "股长", "酆楠澈", "middle", "违规补缴养老保险费", "一级", "补缴材料网上核验，股长复核。"),
        ("基金财务股", "会计", "籍琬翃", "general", "基金收支账实不符", "二级", "基金账户每月对账，中心审签。"),
        ("基金财务股", "会计", "籍琬翃", "general", "票据白条入账", "三级", "凭正式票据报账，主任审签。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    return _layout(
        "lingtai_social_insurance_two_sheets",
        "http://www.taokecoco.com/page/2024/0311/23764064.shtml",
        "县社会保险事业服务中心's file in two sheets, after the source's paper on 社保经办机构 去行政化 (参公管理, 稽核, "
        "基金 管理): ``中心领导`` with 姓名/职务/分管工作 merged per person; ``股室`` with 股室/岗位/姓名 merged; levels "
        "``一级/二级/三级``; no type column",
        [lead, dept], t,
    )  # fmt: skip


def lingtai_employment_posts() -> dict:
    unit = f"{PLACE}就业服务中心"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "股室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    unemp, subsidy = "失业保险股", "就业补贴股"
    rows = [
        (unemp, "股长", "middle", "失业保险金审核", "为不符合条件人员核发失业保险金", "岗位职责风险", "Ⅰ级",
         "审核结果三级联审并公示。"),
        (unemp, "股长", "middle", "稳岗补贴审核", "放宽裁员率标准核发补贴", "制度机制风险", "Ⅱ级",
         "补贴名单部门联网比对。"),
        (subsidy, "经办员", "general", "培训补贴发放", "虚报培训人数套取补贴", "业务流程风险", "Ⅰ级",
         "培训过程视频监控，人脸比对。"),
        (subsidy, "经办员", "general", "创业担保贷款推荐", "收受好处推荐不合格对象", "思想道德风险", "Ⅲ级",
         "推荐名单集体审核。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "lingtai_employment_posts",
        "http://big5.www.gov.cn/gate/big5/www.gov.cn/xinwen/2017-11/11/content_5238845.htm",
        "县就业服务中心 廉政风险点排查表 对岗不对人, after the source's account of the 失业保险条例 修订 (失业保险金, 稳岗补贴, "
        "培训补贴): a title, 序号/股室 merged (失业保险股, 就业补贴股)/岗位 merged per post/a short 风险点/a long "
        "风险表现/风险类型 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; an ``编制：办公室 | 审核： | 2025年3月`` line",
        [sh], t,
    )  # fmt: skip


def lingtai_exam_cards() -> dict:
    unit = f"{PLACE}人事考试中心"
    t = _Truth(unit)
    cards = [
        ("主任", "殳翯沅", "leader", [
            ("考点考务人员选派不公", "★★★", "考务人员名单中心会议研究。"),
            ("违规同意启用备用试卷", "★★", "启用备用卷须纪检人员在场并报批。"),
        ]),
        ("保密员", "钭芃瑄", "general", [
            ("试卷保管交接不规范", "★★", "试卷交接三方签字，保密室双人值守。"),
            ("泄露考生报名信息", "★", "报名数据专人管理，查询留痕。"),
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
        sh.add("持卡人（签字）：", None, "分管领导（签字）：", None)
        sheets.append(sh)
    return _layout(
        "lingtai_exam_cards",
        "http://www.2exam.com/fjgwy/HAINAN/594036_2.shtml",
        "县人事考试中心 岗位廉政风险防控卡, one sheet a holder (tabs 主任, 保密员), after the source's rules for 人事考试 "
        "试卷 配发、运送、保管 (值班卷, 保密室, 交接单): a title, ``姓　名 | … | 职　务 | …``, then "
        "序号/廉政风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line; ``持卡人（签字）： | 分管领导（签字）：``",
        sheets, t,
    )  # fmt: skip


def lingtai_inspection_selfchecks() -> dict:
    unit = f"{PLACE}劳动保障监察大队"
    t = _Truth(unit)
    people = [
        ("郏珅澜", "副大队长", "leader", [
            ("限期整改期限随意延长", "高风险", "延期须书面申请，大队长审批。"),
            ("行政处理决定执行不到位", "中风险", "执行情况回访，台账销号。"),
        ]),
        ("盖澂玥", "监察员", "general", [
            ("日常巡查走过场", "中风险", "巡查记录拍照上传，定期抽查。"),
            ("通风报信帮助用人单位规避检查", "低风险", "检查计划保密，接受举报。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "岗　位", "填表时间", None, None)
        sh.add(who, post, "2025年5月", None, None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, ((point, lv, measures), found) in enumerate(
            zip(points, ("已落实", "未发现问题"), strict=True), 1
        ):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, "", post, who, tier, point, [], WORDS[lv])
        sh.add()
        sh.add("本人签名：", None, "大队长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "lingtai_inspection_selfchecks",
        "https://www.lawparks.com/ask/labor-inspection-how-to-handle-unpaid-wages",
        "县劳动保障监察大队 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's account of "
        "how a 劳动监察大队 handles 拖欠工资 (举报投诉, 立案, 调查核实, 限期整改): a title, a label row ``姓　名 | 岗　位 | "
        "填表时间`` over a row of values, then 序号/风险点/风险等级 ``高风险/中风险/低风险``/防控措施/``自查情况``; no type "
        "column; ``本人签名： | 大队长意见：``",
        sheets, t,
    )  # fmt: skip


def lingtai_social_insurance_group_rows() -> dict:
    unit = f"{PLACE}社会保险事业服务中心"
    sh = _Sheet("责任清单", [6, 10, 10, 38, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}待遇审核稽核岗位廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、领导岗位", [
            ("副主任", "桓沨翎", "leader", [
                ("待遇核定标准执行不一", "一级风险", "待遇核定结果复核并公示。"),
                ("公车私用", "三级风险", "车辆使用登记。"),
            ]),
        ]),
        ("二、工作人员", [
            ("稽核员", "阙翾璟", "general", [
                ("冒领养老金稽核不实", "一级风险", "稽核两人以上，比对死亡信息。"),
                ("稽核结果通报不及时", "二级风险", "稽核结果按月通报。"),
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
        "lingtai_social_insurance_group_rows",
        "https://www.pdpei.com/4-2422077.html",
        "县社会保险事业服务中心 待遇审核稽核 廉政风险防控责任清单, after the source's account of a 社会保险事业管理局 (登记, 审核, "
        "支付, 监督管理): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS "
        "``一、领导岗位``, ``二、工作人员`` merged across; 岗位 and 姓名 merged per person; no type column; 制表/审核/date",
        [sh], t,
    )  # fmt: skip


def lingtai_exam_list() -> dict:
    unit = f"{PLACE}人事考试中心"
    sh = _Sheet("一览表", [6, 10, 10, 40, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}考务工作廉政风险防控一览表", 7)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：2025年6月", 7)
    sh.add("序号", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("副主任", "伏瓅潆", "leader", "巡视人员安排照顾关系", "制度机制", "高", "巡视人员随机抽取并报备。"),
        ("副主任", "伏瓅潆", "leader", "接受考点单位宴请", "思想道德", "中", "节前廉洁提醒，拒绝宴请。"),
        ("考务员", "鄔琰澍", "general", "考场编排泄露考生座位", "岗位职责", "中", "编排系统自动生成，权限分级。"),
        ("考务员", "鄔琰澍", "general", "试卷回收清点不严", "业务流程", "低", "回收三方清点签字。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
    sh.add("填表人：", None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "lingtai_exam_list",
        "http://www.fymate.net/html/text/lar/173875/17387506_7.html",
        "县人事考试中心 考务工作廉政风险防控一览表, after the source's 人事考试试卷管理办法 and 巡视人员职责 (试卷接收, 保管, "
        "巡视): a title, a merged ``填报单位：…　填报时间：2025年6月`` line, 序号/岗位/责任人 written on EVERY row/"
        "廉政风险点/风险类型 (short)/高/中/低/防控措施; a 填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    lingtai_inspection_level_footers(),
    lingtai_bureau_list(),
    lingtai_social_insurance_two_sheets(),
    lingtai_employment_posts(),
    lingtai_exam_cards(),
    lingtai_inspection_selfchecks(),
    lingtai_social_insurance_group_rows(),
    lingtai_exam_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch496-inbox"))

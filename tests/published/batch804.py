"""The eight-hundred-and-fourth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's emergency
management bodies, 宜阳县 (of 洛阳市, 河南省) — its 应急管理局, 防汛抗旱指挥部办公室, 应急救援指挥中心,
应急物资储备中心, 化工产业集聚区应急管理办公室, 安全生产执法大队 and two 镇 应急管理站 (锦屏镇,
三乡镇) — each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 应急管理局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 防汛抗旱指挥部办公室's 责任清单 under GROUP ROWS ``一、办公室领导`` … ``三、物资保障组`` merged
  across (no 科室 column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 应急救援指挥中心's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作
  line, ``★★★/★★/★`` read by a ``注：`` line;
- the 锦屏镇应急管理站's 自查表, one sheet a person: a label row ``姓　名 | 所在部门 | 岗　位 |
  填表时间`` over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 三乡镇应急管理站's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on
  EVERY row, short types, ``高风险/中风险/低风险``;
- the 应急物资储备中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a
  long ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 化工产业集聚区应急管理办公室's 排查登记表: ``科室`` merged, ``岗位 | 姓名`` merged per person,
  ``风险类别`` (short names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``yiyang_enforcement_brigade_certified_roster``: the 安全生产执法大队's 廉政风险点清单 keyed by an
  ``适用人员`` column (no 姓名 column): most rows name a post (``大队长``, ``副大队长``, ``内勤``,
  ``协管员``), but three rows say ``持证执法人员`` — a group defined by NO post: under the list a
  ``大队人员情况`` table (``序号 | 姓名 | 职务 | 行政执法证号 | 备注``) gives each person's 执法证号 or
  ``—``, and a ``注：`` line says ``持证执法人员`` are the people of that table who hold a 证号 (the
  大队's leaders included). So the three rows belong to the 大队长, the 副大队长 and the one 执法队员
  with a 证号 — on top of the leaders' own rows — and NOT to the 执法队员 still waiting for his
  证 (he has no point at all), nor to the 内勤 and 协管员. The README's 读得懂的表 knows a post-only
  list completed from a ``岗位 | 姓名`` roster, a 适用人员 cell naming posts and groups with
  exceptions (``全体民警（所长除外）``) and a collective holder (``各科室主任``) given to every holder
  of that POST; it does not describe a group picked out by an ATTRIBUTE column of the roster (who
  holds a 行政执法证), cutting across posts.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 驻应急管理部纪检监察组 on 派驻监督 —
队站, 执法, 事故救援跟进监督; a 市应急管理局 巡察整改 — “一岗双责”, 科室具体抓落实; a 县 防汛抗旱应急预案
— 防汛抢险, 物资, 水库, 转移; 乡镇综合性应急救援队伍 — 信息联络员, 救灾物资发放, 隐患排查; a 县
乡镇标准化应急管理站 方案 — 专兼职岗位, 检查, 执法装备; another 县's 应急管理站 试点方案 — 龙门镇,
“三项标准化”; 抗灾救灾物资 监察审计 — 挪用、截留、私分; 危险化学品经营许可证 — 发证机关不得索取财物)
and the layout follows their words for the unit, its parts, its posts and its risks. The rows
are worded by us, the names invented (the rare surnames 阙 and 芮 with rare given names); every
unit is a body of 宜阳县.

Run ``python tests/published/score.py --set batch804`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a row whose ``适用人员`` names a post is a point of the roster's holder of that
  post; a ``持证执法人员`` row is a point of every roster person with a 行政执法证号 (the 大队长, the
  副大队长 and 执法队员 阙岷翾), with the row's level; the 执法队员 without a 证号 (芮琸霂) has no point
  and no form; no 科室 (the table names none); the roster, the ``注：`` line and the sign-off line
  are no points; the 大队长 and 副大队长 are leaders, the rest general;
- ``局领导``, ``办公室领导``, ``中心领导``, ``站领导`` (a sheet with no 科室 column, a group row, a 部门
  cell) — the bureau's leaders (sheet ``局领导``) and the cards' leaders have no 科室; a group row
  ``二、防汛调度组`` gives the 科室 ``防汛调度组`` (its number left off); a 站's 站领导 cell is its
  leaders' 科室;
- every body is a unit of its own: 局长, 副局长, 主任, 副主任, 站长, 大队长 and 副大队长 are leaders;
  股长 and a 组's 组长 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no
  points and name no holder; the 应急物资储备中心's list names no person: its forms are posts;
- ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, 高/中/低 and
  ``高风险/中风险/低风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b804_"
PLACE = "宜阳县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
CERTIFIED = "持证执法人员"
NO_CERT = "—"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# the 大队人员情况 roster: (name, post, tier, 行政执法证号 or —, 备注)
BRIGADE = [
    ("芮翯湉", "大队长", "leader", "41032700101", None),
    ("阙珝沄", "副大队长", "leader", "41032700102", None),
    ("阙岷翾", "执法队员", "general", "41032700127", None),
    ("芮琸霂", "执法队员", "general", NO_CERT, "2025年新录用，待取证"),
    ("阙淏芃", "内勤", "general", NO_CERT, None),
    ("芮瀞岍", "协管员", "general", NO_CERT, "劳务派遣"),
]

# (适用人员, 廉政风险点, 风险等级, 防控措施)
BRIGADE_POINTS = [
    ("大队长", "年度执法检查计划中检查对象选择有倾向性，对关系企业少查漏查", "一级",
     "执法检查计划经局务会研究，检查对象“双随机”抽取。"),
    ("大队长", "重大行政处罚案件不经集体讨论，个人决定处罚种类和幅度", "一级",
     "重大案件一律提交案审会集体讨论，会议记录存档。"),
    ("副大队长", "执法装备、执法车辆采购和维修把关不严", "二级",
     "装备采购按政府采购程序办理，维修实行定点和审批。"),
    (CERTIFIED, "现场检查中接受企业宴请、礼品礼金，对重大事故隐患不责令整改", "一级",
     "检查不少于两人，全程使用执法记录仪，隐患整改闭环销号。"),
    (CERTIFIED, "行政处罚自由裁量畸轻畸重，以罚代改", "一级",
     "严格执行自由裁量基准，处罚决定网上公示。"),
    (CERTIFIED, "执法文书事后补签、代签", "三级", "执法文书现场制作，案卷季度评查。"),
    ("内勤", "罚没款票据和执法案卷管理不规范", "二级", "票据专人领用登记，案卷按月归档。"),
    ("协管员", "协助检查时向企业泄露检查时间和内容", "二级",
     "协管员签订保密承诺，检查计划不提前告知协管员。"),
]  # fmt: skip


def _brigade_holders(who: str) -> list[tuple]:
    """The roster people a 适用人员 cell names: a post's holders, or every one with a 证号."""
    if who == CERTIFIED:
        return [p for p in BRIGADE if p[3] != NO_CERT]
    return [p for p in BRIGADE if p[1] == who]


def yiyang_enforcement_brigade_certified_roster() -> dict:
    unit = f"{PLACE}安全生产执法大队"
    sh = _Sheet("清单", [6, 14, 42, 9, 38])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点清单", 5)
    _line(sh, f"单位：{unit}{GAP * 16}2025年6月", 5)
    sh.add("序号", "适用人员", "廉政风险点", "风险等级", "防控措施")
    for i, (who, point, lv, measures) in enumerate(BRIGADE_POINTS, 1):
        sh.add(i, who, point, lv, measures)
    # the truth one form a person, in the roster's order
    for name, post, tier, _cert, _note in BRIGADE:
        for who, point, lv, _measures in BRIGADE_POINTS:
            if (name, post, tier, _cert, _note) in _brigade_holders(who):
                t.point(sh.name, "", post, name, tier, point, [], GRADES[lv])
    _line(sh, f"注：“{CERTIFIED}”指下表“行政执法证号”一栏填有证号的人员（含大队领导）。", 5)
    sh.add()
    _line(sh, "大队人员情况", 5)
    sh.add("序号", "姓名", "职务", "行政执法证号", "备注")
    for i, (name, post, _tier, cert, note) in enumerate(BRIGADE, 1):
        sh.add(i, name, post, cert, note)
    sh.add("制表：", None, "审核：", None, "大队长（签字）：")
    return _layout(
        "yiyang_enforcement_brigade_certified_roster", "https://jwb.cidp.edu.cn/info/1007/2843.htm",
        "(harder) 县安全生产执法大队 廉政风险点清单, after the source's 驻应急管理部纪检监察组 on 派驻监督 (基层队站, 执法, "
        "事故救援跟进监督, 严管厚爱): a title, a merged ``单位：…　2025年6月`` line, then ``序号 | 适用人员 | 廉政风险点 | "
        "风险等级 | 防控措施`` with NO 姓名 column: 适用人员 names a post (大队长, 副大队长, 内勤, 协管员) or the group "
        "``持证执法人员``; a ``注：`` line says 持证执法人员 are the people of the table below with a 证号; under it a "
        "``大队人员情况`` roster ``序号 | 姓名 | 职务 | 行政执法证号 | 备注`` (two 执法队员, one with a 证号, one ``—`` "
        "待取证); so the 持证执法人员 rows are points of the 大队长, the 副大队长 and the certified 执法队员; "
        "``一级/二级/三级``, no type column; a 制表/审核/大队长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def yiyang_emergency_bureau_two_sheets() -> dict:
    unit = f"{PLACE}应急管理局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 20, 40, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("阙翊瀛", "局长", "主持全面工作", [
            ("安全生产专项资金分配不经党组会集体研究", "一级", "专项资金分配方案经党组会研究，结果公示。"),
            ("干部选拔任用中打招呼、搞照顾", "一级", "严格执行干部选拔任用程序，全程纪实。"),
        ]),
        ("芮昉澂", "副局长", "分管危险化学品、执法", [
            ("危险化学品经营许可审批中降低条件", "一级", "许可实行受理、审查、审批分离，现场核查两人以上。"),
            ("事故调查中为责任单位说情、降格处理", "二级", "事故调查组集体审定报告，结论报县政府批复。"),
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
    dept = _Sheet("股室", [6, 18, 9, 9, 40, 9, 34])
    _line(dept, f"{unit}股室廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("危险化学品监管股", "股长", "阙沨琤", "middle", "危化品企业安全条件审查走过场", "一级",
         "审查意见经股室集体会审，专家参与。"),
        ("危险化学品监管股", "股长", "阙沨琤", "middle", "对烟花爆竹批发企业检查提前打招呼", "二级", "检查对象随机抽取，检查结果公示。"),
        ("危险化学品监管股", "科员", "芮岱潆", "general", "许可申请材料受理不一次性告知", "三级", "实行一次性告知和限时办结。"),
        ("规划财务股", "股长", "芮霈琮", "middle", "防灾减灾救灾资金拨付不按程序", "一级", "资金拨付经分管领导和局长审签。"),
        ("规划财务股", "会计", "阙湜滢", "general", "报销票据审核不严，虚列支出", "二级", "报销单据经办人、审核人、审批人三签。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "yiyang_emergency_bureau_two_sheets", "http://www.zs.gov.cn/yjj/gggs/content/post_2547585.html",
        "县应急管理局 廉政风险防控一览表 in TWO SHEETS, after the source's 市应急管理局 巡察整改 (党委书记第一责任人, "
        "分管领导“一岗双责”, 科室具体抓落实): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with "
        "股室 merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def yiyang_flood_office_group_rows() -> dict:
    unit = f"{PLACE}防汛抗旱指挥部办公室"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、办公室领导", "办公室领导", [
            ("主任", "芮湉珺", "leader", [
                ("防汛应急工程项目安排不经集体研究", "一级风险", "应急工程项目经指挥部办公室会议研究。"),
                ("抗旱资金分配向关系乡镇倾斜", "一级风险", "资金按受旱面积和人口因素分配，结果公开。"),
            ]),
        ]),
        ("二、防汛调度组", "防汛调度组", [
            ("组长", "阙岍霖", "middle", [
                ("水库汛限水位调度指令执行打折扣", "二级风险", "调度指令书面下达，执行情况逐日记录。"),
                ("山洪灾害预警信息瞒报、迟报", "二级风险", "预警信息平台留痕，值班领导审核签发。"),
            ]),
        ]),
        ("三、物资保障组", "物资保障组", [
            ("组长", "芮璆瀚", "middle", [
                ("防汛物资采购化整为零规避招标", "一级风险", "物资采购按限额标准进入公共资源交易。"),
            ]),
            ("保管员", "阙霂昶", "general", [
                ("抢险物资出入库不登记，私自外借", "三级风险", "出入库凭调拨单双人签字，每季度盘点。"),
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
        "yiyang_flood_office_group_rows", "http://www.performandhealth.com/dangtuangongzuo/2022/0721/81404.html",
        "县防汛抗旱指挥部办公室 廉政风险防控责任清单, after the source's 县防汛抗旱应急预案 (水旱灾害, 抗洪抢险, 水库, "
        "山洪预警, 行政首长负责制): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 "
        "under GROUP ROWS ``一、办公室领导``, ``二、防汛调度组``, ``三、物资保障组`` merged across; 岗位 and 姓名 merged "
        "per person; no type column",
        [sh], t,
    )  # fmt: skip


def yiyang_rescue_command_cards() -> dict:
    unit = f"{PLACE}应急救援指挥中心"
    t = _Truth(unit)
    cards = [
        ("主任", "阙瑄翀", "主任", "主持中心全面工作", "leader", [
            ("综合性应急救援队伍人员招录优亲厚友", "★★★", "招录方案公开，考试成绩和拟录名单公示。"),
            ("救援装备采购指定品牌、收受回扣", "★★★", "装备采购参数经论证，按政府采购程序办理。"),
            ("接受服务对象宴请", "★", "签订廉洁承诺书，节前廉洁提醒。"),
        ]),
        ("副主任", "芮瀛珂", "副主任", "分管值班值守、信息报送", "leader", [
            ("突发事件信息迟报、漏报、瞒报", "★★", "信息报送实行首报、续报、终报制度，全程留痕。"),
            ("救援队伍训练补助虚报冒领", "★★", "训练补助按签到记录核发，每季度公示。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 36, 12, 34])
        _line(sh, f"{unit}领导干部廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("分管工作", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "yiyang_rescue_command_cards", "http://www.kleyou.com/html/text/lar/171595/17159576_1.html",
        "县应急救援指挥中心 领导干部廉政风险防控卡, one sheet a leader, after the source's 乡镇综合性应急救援队伍建设 "
        "(先期处置, 信息联络员, 报告时限, 救灾物资发放, 应急培训): a title, ``姓　名 | … | 职　务 | …`` and a merged "
        "分管工作 line, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def yiyang_jinping_station_selfchecks() -> dict:
    unit = f"{PLACE}锦屏镇应急管理站"
    t = _Truth(unit)
    people = [
        ("芮沅翾", "站领导", "站长", "leader", [
            ("安全生产检查对象选择随意，对熟人企业不查", "Ⅰ级", "检查对象按台账轮查，检查记录存档。", "已落实"),
            ("应急装备配备项目验收不严", "Ⅱ级", "验收邀请县应急管理局参加。", "未发现问题"),
        ]),
        ("阙琰澍", "安全监管岗", "安全员", "general", [
            ("隐患排查记录弄虚作假", "Ⅰ级", "排查照片和整改回执同步上传平台。", "已落实"),
            ("向企业推荐安全评价、培训机构", "Ⅲ级", "严禁推荐中介机构，签订承诺书。", "已落实"),
        ]),
        ("芮峣沚", "防灾减灾岗", "灾情信息员", "general", [
            ("灾情统计虚报、夸大受灾损失", "Ⅱ级", "灾情核查村、镇两级签字，照片佐证。", "未发现问题"),
            ("受灾群众救助名单不公示", "Ⅲ级", "救助名单在村务公开栏公示。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 40, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在部门", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "站长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "yiyang_jinping_station_selfchecks", "https://m.taowenge.com/p-93141877.html",
        "镇应急管理站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 县乡镇标准化"
        "应急管理站建设试点工作方案 (专兼职岗位, 安全生产和防灾减灾检查, 执法装备和物资存放): a title, a label row "
        "``姓　名 | 所在部门 | 岗　位 | 填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/"
        "防控措施/``自查情况``; no type column; ``本人签名： | 站长意见：``",
        sheets, t,
    )  # fmt: skip


def yiyang_sanxiang_station_list() -> dict:
    unit = f"{PLACE}三乡镇应急管理站"
    sh = _Sheet("一览表", [6, 12, 12, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "阙滢珝", "leader", "小微企业安全生产标准化奖补资金审核把关不严", "制度机制", "高风险",
         "奖补名单经镇党委会研究，公示五个工作日。"),
        ("站领导", "站长", "阙滢珝", "leader", "镇应急救援队伍装备采购不比价", "业务流程", "中风险",
         "采购三家比价，镇纪委参与。"),
        ("综合执法组", "执法人员", "芮翃湛", "general", "对“九小场所”检查走过场，收受商户好处", "外部环境", "高风险",
         "检查两人以上，结果录入平台。"),
        ("综合执法组", "执法人员", "芮翃湛", "general", "隐患整改复查不到现场", "岗位职责", "中风险",
         "复查留存现场照片，站长抽查。"),
        ("防灾减灾组", "组长", "阙沄昱", "middle", "救灾物资发放优亲厚友", "思想道德", "中风险",
         "发放名单村级评议、镇级审核、公示。"),
        ("防灾减灾组", "网格员", "芮琬岷", "general", "地质灾害隐患点巡查记录不实", "岗位职责", "低风险",
         "巡查轨迹上传，每月核查。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "yiyang_sanxiang_station_list",
        "http://fjax.gov.cn/zwgk/zfxxgkzl/bmzfxxgk/aqscjdglj/zfxxgkml/202304/t20230423_2872236.htm",
        "镇应急管理站 岗位廉政风险防控一览表, after the source's 县乡镇标准化应急管理站建设试点工作方案 (龙门镇试点, "
        "“三项标准化”, 基层安全生产标准化提升, 防灾减灾, 应急救援): ``附件2``, a title, a merged 填报单位（盖章）/填报时间 "
        "line, then 序号/部门/岗位/责任人 written on EVERY row/廉政风险点/风险类型 (short names)/风险等级 "
        "``高风险/中风险/低风险``/防控措施; a 填表人/审核人/站长（签字） line",
        [sh], t,
    )  # fmt: skip


def yiyang_reserve_center_posts() -> dict:
    unit = f"{PLACE}应急物资储备中心"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "储备物资采购", "储备物资采购需求量身定制，指定供应商", "制度机制风险", "高",
         "采购需求集体论证，按政府采购程序办理。"),
        ("中心领导", "主任", "leader", "救灾物资调拨", "调拨物资不按指令，向关系乡镇倾斜", "岗位职责风险", "中",
         "调拨凭县减灾委指令，调拨单存档。"),
        ("仓储管理科", "科长", "middle", "物资验收入库", "验收把关不严，以次充好、数量不足", "业务流程风险", "高",
         "验收双人签字，抽检送第三方检测。"),
        ("仓储管理科", "保管员", "general", "物资出库", "物资出库不登记，私自外借、私分", "思想道德风险", "中",
         "出库凭调拨单，每月账物核对。"),
        ("仓储管理科", "保管员", "general", "过期物资处置", "过期物资报废处置不公开，低价处理", "外部环境风险", "低",
         "报废经集体研究，处置结果公示。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "yiyang_reserve_center_posts", "http://www.fymate.net/html/text/lar/168089/16808956_1.html",
        "县应急物资储备中心 岗位廉政风险点排查表 对岗不对人, after the source's 抗灾救灾 工作 (监察、审计部门监督救灾物资, "
        "挪用、截留、私分, 灾情调查审核): a title, 序号/科室 merged/岗位 merged per post/a short 风险点/a long 风险表现/"
        "风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def yiyang_chemical_park_register() -> dict:
    unit = f"{PLACE}化工产业集聚区应急管理办公室"
    sh = _Sheet("登记表", [6, 14, 10, 10, 38, 12, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("办公室领导", "主任", "芮珵滢", "leader", [
            ("入园化工项目安全条件审查意见打招呼", "制度机制", "一级", "审查意见经专家组集体出具。"),
            ("重大危险源企业监管中接受宴请", "思想道德", "二级", "签订廉洁承诺书，检查全程记录。"),
        ]),
        ("安全监管科", "科长", "阙琮滈", "middle", [
            ("危险化学品经营许可初审降低条件", "岗位职责", "一级", "初审实行现场核查和资料双审。"),
        ]),
        ("安全监管科", "科员", "芮渟翊", "general", [
            ("特殊作业检查记录代签补签", "业务流程", "二级", "检查记录现场签字，科长抽查。"),
            ("向企业推销安全设备", "外部环境", "三级", "严禁推销，举报电话公开。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为一级、二级、三级，一级为最高。", 8)
    sh.add("编制人：", None, "审核人：", None, "2025年4月", None, None, None)
    return _layout(
        "yiyang_chemical_park_register", "http://www.vrhs.cn/news/show.php?itemid=2668&page=3",
        "县化工产业集聚区应急管理办公室 廉政风险点排查登记表, after the source's 危险化学品经营许可证管理办法 (发证机关 不得索取"
        "或接受当事人财物, 审批档案, 监督检查): a title, 序号/科室 merged/岗位 and 姓名 merged per person/风险点/风险类别 "
        "(short names)/风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    yiyang_enforcement_brigade_certified_roster(),
    yiyang_emergency_bureau_two_sheets(),
    yiyang_flood_office_group_rows(),
    yiyang_rescue_command_cards(),
    yiyang_jinping_station_selfchecks(),
    yiyang_sanxiang_station_list(),
    yiyang_reserve_center_posts(),
    yiyang_chemical_park_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch804-inbox"))

"""The nine-hundred-and-forty-third batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's culture
and tourism bodies, 当雄县 (拉萨市, 西藏自治区) — its 文化和旅游局, 纳木错景区管理局, 文化馆, 图书馆,
旅游市场综合执法队, 民间艺术团 and two 乡镇综合文化站 (宁中乡, 格达乡) — each handing back the
一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 文化和旅游局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 文化馆's 排查表 对岗不对人: ``部室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 图书馆's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line,
  ``高风险/中风险/低风险``;
- the 旅游市场综合执法队's 清单 under GROUP ROWS ``一、队领导`` … (no 科室 column), ``岗位 | 姓名``
  merged per person, ``一级风险/二级风险/三级风险``;
- the 民间艺术团's 自查表, one sheet a person: a label row ``姓　名 | 所在部门 | 岗　位 | 填表时间`` over
  a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 宁中乡综合文化站's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on
  EVERY row, short types, 高/中/低;
- the 格达乡综合文化站's 排查登记表: ``股室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别``
  (short names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``damxung_namtso_scenic_bureau_star_cells``: the 纳木错景区管理局's 岗位廉政风险防控一览表, an ordinary
  list (``序号 | 科室 | 岗位 | 姓名 | 廉政风险点 | 风险等级 | 防控措施``, 科室 merged, 岗位 and 姓名
  merged per person, no type column) whose ``风险等级`` heading is merged over THREE UNHEADED COLUMNS
  in which each row fills one ``★`` A CELL, from the left: ``★ | ★ | ★`` is 一级, ``★ | ★ |`` 二级,
  ``★ | |`` 三级, as a ``注：`` line under the table says (风险等级以填★的格数表示). The level is split
  over three cells and read by COUNTING the filled cells. The docs know ``★★★/★★/★`` and
  ``★★☆`` in ONE cell (stars counted inside a cell), a bar of filled and hollow marks in one cell
  read by a note's count (``LEVEL_BY_MARK_COUNT``), one mark in one of three columns under a
  printed scale ``低 ——→ 高`` read by its position (``LEVEL_BY_SCALE_MARK``, two marked columns a
  warning) and score columns ``1 | 2 | 3 | 4 | 5`` with one tick read by a note; they do not
  describe a level spread one mark a cell over several unheaded columns and read by how many of
  them are filled.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (the 当雄县文化和旅游局's own
report — 全域旅游规划, 拉北环线, 景区营收, 文创; the 纳木措景区管理处 on its 旺季 客流, 车辆抽查 and
道路; a 文化馆 forum on 免费开放 — 场地, 培训, 有偿服务; a 图书馆采购工作管理制度 — 订单, 验收帐目,
书店; a 文化市场综合行政执法队's 节前 checks of 旅行社, 导游, 合同; a 自治区 调研 of 县艺术团,
综合文化服务中心 and 非遗; a 文化站 自查报告 — 中央预算资金, 设施设备配置; a 公共文化服务 专项资金
自查 — 村级综合文化室, 电影放映点, 申报) and the layout follows their words for the unit, its
parts, its posts and its risks. The rows are worded by us, the names invented (the rare surnames
庞 and 颜 with rare given names); every unit is a body of 当雄县.

Run ``python tests/published/score.py --set batch943`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the level is the number of ``★`` cells under ``风险等级`` as the ``注：`` line
  sets it (three 一级, two 二级, one 三级); the three columns carry no heading of their own, and
  the stars always fill from the left;
- ``局领导`` as a sheet name gives no 科室 (the 文化和旅游局's leaders); written in the 科室 column of
  the harder file it is the 科室 of the 管理局's leaders; ``馆领导``, ``队领导``, ``团领导``, ``站领导`` (a 部室/部门/股室
  cell, a group row or a 所在部门 value) are the 科室 of those leaders; a 局's 股, a 馆's 部, a 队's
  中队 and a 团's 队 are 科室; a group row ``二、执法一中队`` gives the 科室 ``执法一中队``;
- every body is a unit of its own: 局长, 副局长, 馆长, 副馆长, 队长, 副队长, 团长, 站长 are leaders;
  股长, 科长, 中队长, 部主任, 队长 of a 团's 队 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no
  points and name no holder; the 文化馆's list names no person: its forms are posts (对岗不对人);
- ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/Ⅱ级/Ⅲ级``, 高/中/低 and ``高风险/中风险/低风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b943_"
PLACE = "当雄县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
STAR = "★"
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


def star_cells(level: int) -> list[str | None]:
    """The three level cells of a row: one ``★`` a cell from the left, 3 cells for 一级."""
    filled = 4 - level
    return [STAR if i < filled else None for i in range(3)]


# --------------------------------------------------------------------------- harder layout

# (科室, 岗位, 姓名, tier, [(廉政风险点, level 1-3, 防控措施)])
STARRED = [
    ("局领导", "局长", "庞岚翥", "leader", [
        ("景区经营项目发包、特许经营权出让不公开竞争", 1, "经营项目一律公开招租，局党组集体研究，结果公示。"),
        ("景区基础设施建设项目插手招标、指定施工单位", 1, "项目进入县公共资源交易平台，领导干部插手工程登记报告。"),
    ]),
    ("局领导", "副局长", "颜翚沛", "leader", [
        ("门票收入、观光车收入不及时足额上缴", 1, "门票、观光车收入日结日缴，财务与售票系统每日对账。"),
        ("旺季车辆抽查中对无资质社会车辆放行", 2, "抽查两人以上执行，查处情况登记台账，每周通报。"),
    ]),
    ("票务管理科", "科长", "庞霂岑", "middle", [
        ("违规减免门票、为关系人员办理免票", 1, "免票对象按政策核验证件，免票登记表每月审核。"),
        ("门票票据领用、核销管理不严", 2, "票据专人保管，领用核销逐本登记，季度盘点。"),
    ]),
    ("票务管理科", "售票员", "颜珩峤", "general", [
        ("收取现金不出票、重复使用门票", 2, "推行电子票务和扫码支付，闸机验票，现金当日解缴。"),
        ("接受旅行社好处，放宽团队人数核验", 3, "团队票按实名名单核验人数，签订廉洁承诺书。"),
    ]),
    ("环境保护科", "巡护员", "庞澂屹", "general", [
        ("湖区巡护发现违规经营、违规搭建不制止、不报告", 2, "巡护日志每日上报，定位打卡，科室抽查。"),
        ("收取牧户、经营户好处，默许越界放牧、摆摊", 3, "巡护区域定期轮换，举报电话在景区公示。"),
    ]),
]  # fmt: skip


def damxung_namtso_scenic_bureau_star_cells() -> dict:
    unit = f"{PLACE}纳木错景区管理局"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 5, 5, 5, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 9)
    head = sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", None, None, "防控措施")
    sh.merge(head, 5, head, 7)
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in STARRED:
        for point, level, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, *star_cells(level), measures)
            t.point(sh.name, dept, post, who, tier, point, [], level)
    _per_person(sh, first, 1, 2, 3)
    _line(
        sh,
        "注：风险等级以填★的格数表示，三格为一级（高）风险，两格为二级（中）风险，一格为三级（低）风险。",
        9,
    )
    sh.add("制表：综合办公室", None, None, "审核：", None, None, None, None, "2025年6月")
    return _layout(
        "damxung_namtso_scenic_bureau_star_cells", "http://tibet.cn/cn/travel/202208/t20220803_7249707.html",
        "(harder) 县景区管理局 岗位廉政风险防控一览表, after the source's 纳木措景区管理处 (旺季客流, 景区车辆抽查, 无资质社会车辆, "
        "道路, 保护开发): a title, ``序号 | 科室 | 岗位 | 姓名 | 廉政风险点 | 风险等级 | 防控措施`` with ``风险等级`` MERGED OVER "
        "THREE UNHEADED COLUMNS, each row filling one ``★`` a cell from the left (``★ | ★ | ★`` 一级, ``★ | ★ |`` 二级, "
        "``★ | |`` 三级), a ``注：`` line saying the level is the number of starred cells; 科室 merged, 岗位/姓名 merged per "
        "person; no type column; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def damxung_culture_tourism_bureau_two_sheets() -> dict:
    unit = f"{PLACE}文化和旅游局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("颜瑢岌", "局长", "主持全面工作", [
            ("全域旅游规划编制和重大文旅项目安排个人说了算", "一级", "重大项目经局党组会集体研究，会议纪要存档。"),
            ("旅游发展专项资金分配向关系企业倾斜", "一级", "专项资金分配方案公开征求意见，结果公示。"),
        ]),
        ("庞泫峥", "副局长", "分管旅游市场、拉北环线建设", [
            ("拉北环线旅游配套项目验收把关不严", "一级", "项目验收邀请财政、审计和乡镇参加，验收资料公开。"),
            ("A级景区评定、星级民宿评定中打招呼、降低标准", "二级", "评定实行专家打分，评定结果在县政府网站公示。"),
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
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("产业发展股", "股长", "颜岱瀛", "middle", "文创产品开发补助申报材料审核不严", "二级",
         "补助申报实地核查，股室集体初审后报局党组。"),
        ("产业发展股", "股长", "颜岱瀛", "middle", "旅游宣传推介活动承办单位选定不经比选", "二级", "承办单位三家以上比选，比选记录存档。"),
        ("计划财务股", "会计", "庞蔚岷", "general", "景区营收统计数据弄虚作假", "三级", "营收数据与税务、景区售票系统核对。"),
        ("计划财务股", "出纳", "颜濯岫", "general", "专项资金拨付不按进度，公款私存", "一级", "资金拨付凭验收单据，每月银行对账。"),
        ("文物股", "股长", "庞璆湉", "middle", "文物保护工程施工方案审核走过场", "二级", "施工方案经专家论证，报市文物部门备案。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "damxung_culture_tourism_bureau_two_sheets", "https://zhuanti.mct.gov.cn/xjjt/1363.html",
        "县文化和旅游局 廉政风险防控一览表 in TWO SHEETS, after the source's report on the 当雄县文化和旅游局 (全域旅游发展总体规划, "
        "拉北环线, 景区营收, 文创产业): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 merged "
        "and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def damxung_cultural_center_posts() -> dict:
    unit = f"{PLACE}文化馆"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "部室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("馆领导", "馆长", "leader", "免费开放经费使用", "免费开放补助资金挪作他用、虚列支出", "制度机制风险", "高",
         "免费开放经费专账核算，支出经馆务会研究。"),
        ("活动部", "部主任", "middle", "群众文化活动组织", "文艺演出、比赛活动虚报参演人数和经费", "业务流程风险", "高",
         "活动前报方案，活动后附影像资料和签到表结算。"),
        ("活动部", "辅导员", "general", "公益培训开展", "以公益培训名义收取费用或搞有偿服务", "岗位职责风险", "中",
         "培训项目和收费标准上墙公示，接受群众监督。"),
        ("非遗保护部", "专干", "general", "非遗项目申报", "非遗传承人推荐评审优亲厚友", "思想道德风险", "高",
         "传承人推荐经专家评审，名单公示七日。"),
        ("非遗保护部", "专干", "general", "传承补助发放", "传承补助发放不按考核结果", "外部环境风险", "中",
         "补助按年度考核结果发放，直接打卡到人。"),
        ("办公室", "场地管理员", "general", "场馆场地使用", "场地私自对外出租收取费用", "业务流程风险", "低",
         "场地使用登记审批，每月核对使用记录。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "damxung_cultural_center_posts", "http://peopleart.tv:82/19099.shtml",
        "县文化馆 岗位廉政风险点排查表 对岗不对人, after the source's forum on 文化馆 免费开放 (公共空间场地, 普及性培训, "
        "有偿服务, 基本文化服务): a title, 序号/部室 merged/岗位 merged per post/a short 风险点/a long 风险表现/风险类型 "
        "``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def damxung_library_cards() -> dict:
    unit = f"{PLACE}图书馆"
    t = _Truth(unit)
    cards = [
        ("馆长", "颜峋沣", "馆长", "主持馆内全面工作", "leader", [
            ("图书采购指定书店、收受回扣", "高风险", "图书采购按政府采购程序进行，采购订单复印留底备查。"),
            ("数字资源平台建设项目供应商选定不公开", "高风险", "项目公开招标，馆务会集体研究。"),
            ("接受书商宴请和礼品", "低风险", "严守中央八项规定精神，节前廉洁提醒。"),
        ]),
        ("副馆长", "庞昀岍", "副馆长", "分管采编、流通", "leader", [
            ("采购图书验收账目不清，数量和码洋不符", "中风险", "验收双人清点，验收帐目与发票逐项核对。"),
            ("剔旧图书处置不经审批、私自变卖", "中风险", "剔旧清单报县文化和旅游局审批，处置收入上缴。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}领导干部廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("分管工作", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, lv, measures) in enumerate(items, 1):
            sh.add(i, point, lv, measures)
            t.point(sh.name, "", post, who, tier, point, [], HIGHS[lv])
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "damxung_library_cards", "https://wddqw.com/doc/48ab91e9a66e58fafab069dc5022aaea988f411b.html",
        "县图书馆 领导干部廉政风险防控卡, one sheet a leader, after the source's 图书馆采购工作管理制度 (出版动态, 书店, 订单复印留底, "
        "验收帐目): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then 序号/风险点/风险等级 "
        "``高风险/中风险/低风险``/防控措施; 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def damxung_tourism_enforcement_group_rows() -> dict:
    unit = f"{PLACE}旅游市场综合执法队"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、队领导", "队领导", [
            ("队长", "颜汐珧", "leader", [
                ("旅游违法案件查处中说情、干预，降低处罚标准", "一级风险", "重大案件集体审议，处罚决定公开。"),
                ("对未经许可经营旅行社业务选择性执法", "一级风险", "执法检查全程记录，检查对象随机抽取。"),
            ]),
        ]),
        ("二、执法一中队", "执法一中队", [
            ("中队长", "庞岐瀚", "middle", [
                ("“黑导”“黑车”案件调查取证不全", "二级风险", "调查取证两人以上，现场执法记录仪全程记录。"),
            ]),
            ("队员", "颜淼峦", "general", [
                ("检查旅行社团队资料走过场，不查合同", "二级风险", "检查清单逐项填写，中队长复核。"),
                ("接受旅行社宴请，泄露检查计划", "三级风险", "签订廉洁执法承诺书，检查计划当日下达。"),
            ]),
        ]),
        ("三、投诉受理组", "投诉受理组", [
            ("受理员", "庞瀞岱", "general", [
                ("游客投诉压案不办、不按时限回复", "二级风险", "投诉登记编号管理，办结情况每周通报。"),
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
    sh.add("填表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "damxung_tourism_enforcement_group_rows", "https://jianpian.cn/a/ea9fa1i",
        "县旅游市场综合执法队 廉政风险防控责任清单 under GROUP ROWS, after the source's 文化市场综合行政执法队 节前检查 (旅行社, "
        "不合理低价游, 旅游合同, “黑导”“黑车”, 投诉): a title, 序号/岗位/姓名/廉政风险点/风险等级 "
        "``一级风险/二级风险/三级风险``/防控措施, group rows ``一、队领导``, ``二、执法一中队``, ``三、投诉受理组`` merged "
        "across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def damxung_folk_art_troupe_selfchecks() -> dict:
    unit = f"{PLACE}民间艺术团"
    t = _Truth(unit)
    people = [
        ("颜潇峣", "团领导", "团长", "leader", [
            ("送戏下乡演出场次虚报，套取演出补贴", "Ⅰ级", "演出场次由乡镇文化站签字确认，附现场照片。", "已落实"),
            ("演出服装、道具采购指定供应商", "Ⅱ级", "采购三家比价，团务会研究。", "未发现问题"),
        ]),
        ("庞珹沨", "演出一队", "队长", "middle", [
            ("演员劳务费发放不公开、克扣", "Ⅰ级", "劳务费按场次表发放，直接打卡，团内公示。", "已落实"),
            ("商业演出私自接洽、收入不入账", "Ⅱ级", "商业演出一律由团里签订合同，收入入账。", "已落实"),
        ]),
        ("颜峮澔", "综合办公室", "保管员", "general", [
            ("乐器、音响设备出借不登记，公物私用", "Ⅲ级", "设备出入库登记，每季度盘点。", "未发现问题"),
            ("非遗展演物资报损不实", "Ⅱ级", "报损经两人核实，团长审批。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在部门", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "团长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "damxung_folk_art_troupe_selfchecks", "http://biolaiman.com/zhuanti/2020-04/08/content_30256760.htm",
        "县民间艺术团 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 自治区 调研 of 文化旅游 "
        "(县区艺术团, 村文艺演出队, 综合文化服务中心, 非遗合作社): a title, a label row ``姓　名 | 所在部门 | 岗　位 | 填表时间`` "
        "over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 团长意见：``",
        sheets, t,
    )  # fmt: skip


def damxung_ningzhong_station_list() -> dict:
    unit = f"{PLACE}宁中乡综合文化站"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "庞滢岖", "leader", "文化站设施设备购置不按配置标准、指定供应商", "制度机制", "高",
         "设备购置按县里统一配置标准，政府采购。"),
        ("站领导", "站长", "庞滢岖", "leader", "中央预算内建设资金使用不公开", "岗位职责", "中",
         "建设资金专账核算，每年在乡政务公开栏公布。"),
        ("站务", "管理员", "颜翙岭", "general", "电脑、投影仪、音响等设备出借不登记", "业务流程", "中",
         "设备出借登记，归还验收，每季度盘点。"),
        ("站务", "管理员", "颜翙岭", "general", "农家书屋图书报损、丢失不如实报告", "思想道德", "低",
         "图书账实每半年核对，报损经站长审核。"),
        ("文艺辅导", "辅导员", "庞湜峦", "general", "牧区文艺队补助发放不按活动开展情况", "外部环境", "高",
         "补助按活动记录核定，在村务公开栏公示。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    sh.add("填表人：", None, None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "damxung_ningzhong_station_list", "http://828857.com/article/dwgzbg/wggzbg/201301/546994.html",
        "乡综合文化站 岗位廉政风险防控一览表, after the source's 文化站 自查报告 (中央预算资金, 综合文化站 建设, 电脑、投影仪、音响 "
        "设施设备配置, 多功能活动厅, 书刊阅览室): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then "
        "序号/部门/岗位/责任人 on EVERY row/廉政风险点/风险类型 (short names)/风险等级 高/中/低/防控措施; a "
        "填表人/审核人/站长（签字） line",
        [sh], t,
    )  # fmt: skip


def damxung_gedar_station_register() -> dict:
    unit = f"{PLACE}格达乡综合文化站"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "颜岑翾", "leader", [
            ("村级综合文化室建设项目申报材料不实", "制度机制", "一级", "申报项目实地核查，乡党委会研究后上报。"),
            ("固定电影放映点补贴资金审核不严", "岗位职责", "二级", "放映场次凭放映员日志和村委会证明核定。"),
        ]),
        ("财务组", "报账员", "庞涴峧", "general", [
            ("文化活动经费报账票据不实", "业务流程", "一级", "报账附活动方案、签到表和照片。"),
        ]),
        ("文化服务组", "放映员", "颜沅峒", "general", [
            ("虚报电影放映场次", "业务流程", "二级", "放映场次平台实时上传，村民代表签字。"),
            ("放映设备私自外借、收费放映", "思想道德", "三级", "设备领用登记，站长每月抽查。"),
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
        "damxung_gedar_station_register", "https://zixin.com.cn/doc/4803135.html",
        "乡综合文化站 廉政风险点排查登记表, after the source's 公共文化服务体系 专项资金 自查 (村级综合文化室, 乡镇和村级固定电影放映点, "
        "项目申报, 资金到位): a title, 序号/股室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/"
        "风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    damxung_namtso_scenic_bureau_star_cells(),
    damxung_culture_tourism_bureau_two_sheets(),
    damxung_cultural_center_posts(),
    damxung_library_cards(),
    damxung_tourism_enforcement_group_rows(),
    damxung_folk_art_troupe_selfchecks(),
    damxung_ningzhong_station_list(),
    damxung_gedar_station_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch943-inbox"))

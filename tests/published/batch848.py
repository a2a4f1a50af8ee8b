"""The eight-hundred-and-forty-eighth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 民族 and
乡村 bodies, 隆林各族自治县 (of 百色市, 广西壮族自治区) — its 民族宗教事务局, 乡村振兴局, 乡村振兴发展服务中心,
易地搬迁安置点管理办公室, 民族中学, 少数民族语言翻译室, 德峨镇民族工作站 and 新州镇乡村振兴工作站 — each
handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 民族宗教事务局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 易地搬迁安置点管理办公室's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` and a merged
  ``岗位职责`` line, ``★★★/★★/★`` read by a ``注：`` line;
- the 民族中学's 排查表 对岗不对人: ``处室`` and ``岗位`` merged, ``风险类型`` ``…风险``, 高/中/低; no names;
- the 德峨镇民族工作站's 自查表, one sheet a person: a label row ``姓　名 | 所在站所 | 岗　位 | 填表时间``
  over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 少数民族语言翻译室's 责任清单 under GROUP ROWS ``一、室领导`` … merged across (no 科室 column),
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 乡村振兴发展服务中心's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on
  EVERY row, short types, ``高风险/中风险/低风险``;
- the 新州镇乡村振兴工作站's 排查登记表: ``部门`` merged, ``岗位 | 姓名`` merged per person, ``风险类别``
  (short names), 高/中/低, a ``注：`` line.

One is harder:

- ``longlin_rural_revitalisation_inverted_digits``: the 乡村振兴局's 一览表, a plain list (``股室`` merged,
  ``岗位 | 姓名`` merged per person), whose ``风险等级`` column holds the bare DIGITS ``3 | 2 | 1`` and a
  closing ``注：`` line says the scale runs UPWARD — ``数字越大风险越高：3为高风险，2为中风险，1为低风险`` —
  so a ``3`` is the highest grade (一级) and a ``1`` the lowest (三级), the reverse of ``一级/二级/三级``.
  The README's 读得懂的表 knows level words and symbols a note defines (``A为高风险``, ``●●●``), score
  columns banded by a note (``4—5分为高风险``), factor products and weighted sums banded by a note; it
  does not describe a level column of bare digits 1–3 whose note turns the order round (the larger
  the digit the higher the risk).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 中纪委 piece on “虚假入贫” —
冒充贫困户 批准拨付资金, 瞒报收入, 关系户 人情户; a 市 民族发展专项资金分配表 — 民族村 道路硬化,
文化长廊, 民族团结进步创建, 宗教管理经费补助; a 易地扶贫搬迁安置点管理办法 — 管理委员会, 楼栋长,
门面出租, 保洁员; a 隆林 60周年县庆 news — 芦笙, 山歌大赛, 民族服饰展示; a 隆林 县庆 notice —
苗族跳坡节, 彝族火把节, 仡佬族吃新节, 壮族三月三; a 民族语文翻译工作经验交流会 — 民族语文下乡,
出版, 翻译; a piece on 安置区 风险点 — 搬迁奖励 兑现, 旧房拆除复垦, 自筹资金; a 扶贫 “望闻问切” 督查 —
冒领五保金, 扶贫对象动态调整, 包村干部) and the layout follows their words for the unit, its
parts, its posts and its risks. The rows are worded by us, the names invented (the rare surnames
侬 and 韦 with rare given names); every unit is a body of 隆林各族自治县.

Run ``python tests/published/score.py --set batch848`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the ``注：`` line rules the digits: ``3`` is level 1, ``2`` level 2, ``1`` level 3;
  the 股室 merged down is the 科室, the 局长 and 副局长 (``局领导``) are leaders;
- ``局领导``, ``室领导``, ``中心领导``, ``校领导``, ``站领导`` (a 处室 cell, a group row, a 部门 cell) are the 科室
  of those leaders; the 民宗局's leaders (sheet ``局领导``, no 科室 column) and the cards' holders have
  no 科室; a 局's 股, a school's 处, a 中心's 部 and a 翻译室's 组 are 科室;
- every body is a unit of its own: 局长, 副局长, 校长, 副校长, 主任 and 副主任 of a 室/中心/办, 站长 and 副站长
  are leaders; 股长, a 处's 主任, a 组's 组长 middle; the rest general;
- ``岗位职责``, ``分管工作``, ``自查情况`` and ``填表时间`` are no points and name no holder; the 民族中学's list
  names no person: its forms are posts (对岗不对人);
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

PREFIX = "b848_"
PLACE = "隆林各族自治县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
UPWARD = {3: 1, 2: 2, 1: 3}  # the harder file's digits: the larger the digit, the higher the risk
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# (股室, 岗位, 姓名, tier, [(廉政风险点, digit, 防控措施)])
REVITALISATION = [
    ("局领导", "局长", "韦翀昳", "leader", [
        ("衔接推进乡村振兴补助资金项目安排不经党组会集体研究", 3, "项目库入库和资金安排一律经党组会研究，结果公告公示。"),
        ("对冒充脱贫户、监测户套取资金的问题明知不纠", 3, "建立数据比对核查机制，问题线索移送纪检部门。"),
    ]),
    ("局领导", "副局长", "侬玙琛", "leader", [
        ("防返贫监测对象识别纳入打招呼、优亲厚友", 2, "监测对象经村民评议、乡镇审核、县级确认三级把关。"),
    ]),
    ("规划财务股", "股长", "韦璆沄", "middle", [
        ("帮扶项目资金拨付不按进度和验收结论", 3, "资金拨付凭验收报告和监理意见，专账核算。"),
        ("项目绩效目标填报走过场", 1, "绩效目标经业务股室会审，年底开展自评。"),
    ]),
    ("开发指导股", "股员", "侬箐翀", "general", [
        ("脱贫人口收入核算瞒报、漏报，人为降低标准", 2, "收入信息入户核实，与财政供养、车辆、工商信息比对。"),
        ("小额信贷贴息对象审核把关不严", 1, "贴息名单与银行放款记录逐户核对后公示。"),
    ]),
]  # fmt: skip


def longlin_rural_revitalisation_inverted_digits() -> dict:
    unit = f"{PLACE}乡村振兴局"
    sh = _Sheet("一览表", [6, 12, 9, 9, 40, 9, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    _line(sh, f"填报单位：{unit}{GAP * 16}2025年5月", 7)
    sh.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in REVITALISATION:
        for point, digit, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, digit, measures)
            t.point(sh.name, dept, post, who, tier, point, [], UPWARD[digit])
    _per_person(sh, first, 1, 2, 3)
    _line(
        sh,
        "注：风险等级以数字表示，按1—3分级，数字越大风险越高：3为高风险，2为中风险，1为低风险。",
        7,
    )
    sh.add("制表：办公室", None, None, "审核：", None, None, "局长（签字）：")
    return _layout(
        "longlin_rural_revitalisation_inverted_digits", "https://freewechat.com/a/MjM5NTExMTYwMQ==/2649503458/2",
        "(harder) 县乡村振兴局 岗位廉政风险防控一览表, after the source's 中纪委 piece on “虚假入贫” (冒充贫困户 批准拨付资金, "
        "瞒报收入, 关系户 人情户): a title, a merged 填报单位 line, 序号/股室 merged/岗位 and 姓名 merged per person/"
        "廉政风险点/风险等级 as the bare DIGITS ``3 | 2 | 1``/防控措施; a closing ``注：`` line says the scale runs upward "
        "(``数字越大风险越高：3为高风险，2为中风险，1为低风险``), so 3 is 一级 and 1 is 三级; no type column; a 制表/审核/"
        "局长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def longlin_ethnic_affairs_two_sheets() -> dict:
    unit = f"{PLACE}民族宗教事务局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("侬璠岷", "局长", "主持全面工作", [
            ("民族发展专项资金分配不按因素法，向个别民族村倾斜", "一级", "资金分配方案经局党组会研究，报县财政局审核后公示。"),
            ("民族团结进步创建示范单位推荐打招呼", "二级", "推荐名单经评审组打分，结果公示七天。"),
        ]),
        ("韦沅翯", "副局长", "分管宗教事务", [
            ("宗教活动场所设立、扩建审核把关不严", "一级", "审核实行现场勘验、集体研究，材料存档备查。"),
            ("宗教管理经费补助发放不实", "二级", "补助凭场所申报和乡镇审核发放，年终公开。"),
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
        ("经济发展股", "股长", "侬棠翾", "middle", "民族村道路硬化、文化长廊项目验收走过场", "一级",
         "项目验收邀请乡镇、村民代表参加，验收结论公示。"),
        ("经济发展股", "股长", "侬棠翾", "middle", "项目申报材料审核不严，重复申报", "二级", "项目入库前与其他部门项目库比对。"),
        ("经济发展股", "股员", "韦琸翃", "general", "项目资金报账凭证审核不细", "三级", "报账资料经办人、股长、分管领导三签。"),
        ("宗教事务股", "股长", "韦漪岑", "middle", "接受宗教活动场所宴请和礼金", "二级", "开展节前廉洁提醒，签订承诺书。"),
        ("宗教事务股", "股员", "侬砚湉", "general", "宗教教职人员备案材料审查不细", "三级", "备案材料双人审查，登记台账。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "longlin_ethnic_affairs_two_sheets", "https://www.chacewang.com/newsdetail/news284125.html",
        "县民族宗教事务局 廉政风险防控一览表 in TWO SHEETS, after the source's 民族发展专项资金分配表 (民族村 道路硬化, "
        "文化长廊, 民族团结进步创建, 宗教管理经费补助): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 "
        "with 股室 merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def longlin_relocation_site_cards() -> dict:
    unit = f"{PLACE}易地搬迁安置点管理办公室"
    t = _Truth(unit)
    cards = [
        ("主任", "韦岫翎", "主任", "负责安置点管理委员会全面工作", "leader", [
            ("安置点门面出租不公开竞租，优亲厚友", "★★★", "门面出租一律公开竞租，结果张榜公布。"),
            ("公共设施维修项目化整为零、指定施工方", "★★★", "维修项目按限额比选，经管理委员会集体研究。"),
            ("接受搬迁群众、商户礼品礼金", "★", "严守中央八项规定精神，节前廉洁提醒。"),
        ]),
        ("楼栋长", "侬翯蓁", "楼栋长", "负责楼栋政策宣传、入户走访和公共区域管理", "general", [
            ("物业费减免对象登记不实", "★★", "减免名单楼栋公示，管理委员会审核。"),
            ("保洁员考勤记录弄虚作假", "★★", "考勤每日签到，管理办每周抽查。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("岗位职责", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "longlin_relocation_site_cards", "http://zztongxinyuan.com/zhuantifanwen/gongwenfanwen/2022/1023/37158.html",
        "县易地搬迁安置点管理办公室 岗位廉政风险防控卡, one sheet a person, after the source's 易地扶贫搬迁安置点管理办法 "
        "(管理委员会, 楼栋长, 门面出租, 保洁员, 公共设施): a title, ``姓　名 | … | 职　务 | …`` and a merged 岗位职责 "
        "line, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def longlin_minzu_middle_school_posts() -> dict:
    unit = f"{PLACE}民族中学"
    sh = _Sheet("排查表", [6, 12, 10, 40, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "处室", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("校领导", "校长", "leader", "民族服饰、芦笙等特色课程器材采购指定供应商", "制度机制风险", "高",
         "器材采购按政府采购规定比选，验收由教师代表参加。"),
        ("校领导", "校长", "leader", "民族班招生名额分配暗箱操作", "岗位职责风险", "高", "民族班招生方案报县教育局审批，录取名单公示。"),
        ("政教处", "主任", "middle", "少数民族寄宿生生活补助认定不实", "业务流程风险", "中",
         "补助对象班级评议、学校审核、公示五天。"),
        ("政教处", "主任", "middle", "山歌、民族服饰展示比赛评奖打招呼", "思想道德风险", "低", "评委随机抽取，评分当场公布。"),
        ("总务处", "会计", "general", "民族文化进校园活动经费虚列支出", "业务流程风险", "中", "活动经费凭方案、签到和票据报销。"),
        ("总务处", "会计", "general", "收取演出服装租借押金不入账", "外部环境风险", "低", "押金统一开具票据，缴入学校账户。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, "2025年3月", None)
    return _layout(
        "longlin_minzu_middle_school_posts", "https://m.yybnet.net/baise/longlin/201303/1975316.html",
        "县民族中学 岗位廉政风险点排查表 对岗不对人, after the source's news of the county's 60周年 庆典 (芦笙, 山歌大赛, "
        "民族服饰展示表演): a title, 序号/处室 merged/岗位 merged per post/风险点/风险类型 ``…风险``/风险等级 高/中/低/"
        "防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def longlin_dee_ethnic_station_selfchecks() -> dict:
    unit = f"{PLACE}德峨镇民族工作站"
    t = _Truth(unit)
    people = [
        ("侬湘翊", "站领导", "站长", "leader", [
            ("跳坡节、火把节活动经费使用不公开", "Ⅰ级", "活动经费预算经镇党委审定，支出公示。", "已落实"),
            ("民族特色村寨补助申报弄虚作假", "Ⅱ级", "申报材料实地核验，村民代表签字确认。", "未发现问题"),
        ]),
        ("韦霁琅", "民族工作站", "民族专干", "general", [
            ("少数民族困难群众慰问名单随意确定", "Ⅰ级", "慰问名单村级评议后报站审核。", "已落实"),
            ("民族团结进步宣传品采购不比价", "Ⅲ级", "宣传品采购三家比价，验收留档。", "已落实"),
            ("吃新节、三月三活动场地搭建费用虚报", "Ⅱ级", "场地搭建按清单结算，村民代表现场签字。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在站所", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "站长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "longlin_dee_ethnic_station_selfchecks", "http://m.gxcounty.com/show-490-77401-0.html",
        "县镇民族工作站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 县庆 notice "
        "(苗族跳坡节, 彝族火把节, 仡佬族吃新节, 壮族三月三): a title, a label row ``姓　名 | 所在站所 | 岗　位 | "
        "填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type "
        "column; ``本人签名： | 站长意见：``",
        sheets, t,
    )  # fmt: skip


def longlin_translation_office_group_rows() -> dict:
    unit = f"{PLACE}少数民族语言翻译室"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、室领导", "室领导", [
            ("主任", "韦珩漪", "leader", [
                ("民族语文出版物印刷承印单位选定暗箱操作", "一级风险", "承印单位按政府采购程序确定。"),
                ("翻译服务费收取标准随意调整", "二级风险", "收费标准公示，统一开具票据。"),
            ]),
        ]),
        ("二、苗语翻译组", "苗语翻译组", [
            ("组长", "侬泠琇", "middle", [
                ("外聘翻译人员劳务费虚报", "一级风险", "劳务费凭任务单和签到表发放。"),
            ]),
            ("翻译员", "韦澂岚", "general", [
                ("民族语文下乡宣讲补助虚报次数", "二级风险", "下乡宣讲留存照片和签到表。"),
                ("私自承接有偿翻译业务", "三级风险", "签订承诺书，有偿业务一律由室统一承接。"),
            ]),
        ]),
        ("三、彝语仡佬语翻译组", "彝语仡佬语翻译组", [
            ("组长", "侬沨瑶", "middle", [
                ("法律文书翻译审校把关不严", "三级风险", "译文实行初译、审校、定稿三审。"),
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
        "longlin_translation_office_group_rows", "http://bbs.rauz.net.cn/rauz-43545-1-26.html",
        "县少数民族语言翻译室 廉政风险防控责任清单, after the source's 民族语文翻译工作经验交流会 (民族语文下乡, 出版, "
        "翻译): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS "
        "``一、室领导``, ``二、苗语翻译组``, ``三、彝语仡佬语翻译组`` merged across; 岗位 and 姓名 merged per person; "
        "no type column",
        [sh], t,
    )  # fmt: skip


def longlin_revitalisation_centre_list() -> dict:
    unit = f"{PLACE}乡村振兴发展服务中心"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "侬珝澄", "leader", "扶贫对象动态调整审核不严，把关系户纳入", "制度机制", "高风险",
         "动态调整名单经乡镇审核、县级比对后公示。"),
        ("中心领导", "主任", "侬珝澄", "leader", "督查发现的问题线索压案不报", "岗位职责", "中风险",
         "问题线索台账管理，按月向纪检组报送。"),
        ("监测帮扶部", "部长", "韦翾棠", "middle", "包村干部入户核查走过场、电话填表", "业务流程", "中风险",
         "入户核查留存照片和签字，随机电话回访。"),
        ("监测帮扶部", "专干", "侬岚璎", "general", "代领、冒领帮扶补助资金", "思想道德", "高风险",
         "补助资金通过一卡通直接发放到户。"),
        ("综合部", "会计", "韦湜珞", "general", "督查工作经费报销凭证不实", "业务流程", "低风险", "报账单据三级审核。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "longlin_revitalisation_centre_list", "http://shadafang.com/c/tj1203B50422017.html",
        "县乡村振兴发展服务中心 岗位廉政风险防控一览表, after the source's 扶贫 “望闻问切” 督查 (冒领五保金, 扶贫对象动态调整, "
        "包村干部): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 written on "
        "EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/"
        "主任（签字） line",
        [sh], t,
    )  # fmt: skip


def longlin_xinzhou_station_register() -> dict:
    unit = f"{PLACE}新州镇乡村振兴工作站"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "部门", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "韦峣瑧", "leader", [
            ("搬迁入住拆旧奖励兑现不及时、不足额", "制度机制", "高", "奖励名单公示，资金按月兑现到户。"),
            ("旧房拆除复垦验收弄虚作假", "岗位职责", "中", "复垦验收拍照留档，国土所联合验收。"),
        ]),
        ("站领导", "副站长", "侬澜昶", "leader", [
            ("向搬迁户多收自筹资金", "外部环境", "高", "自筹资金标准公示，统一开具票据。"),
        ]),
        ("业务组", "专干", "韦沄珣", "general", [
            ("搬迁户人口信息调整登记不实", "业务流程", "中", "信息调整凭户籍证明，双人录入。"),
            ("后续产业扶持物资发放不登记", "思想道德", "低", "物资发放签字登记，村务公开栏公示。"),
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
        "longlin_xinzhou_station_register", "http://xxbzz.xxbcm.com/xxbzz/20240310/html/content_20240310106001.htm",
        "县镇乡村振兴工作站 廉政风险点排查登记表, after the source's piece on 安置区 风险点 (搬迁奖励 兑现, 旧房拆除复垦, "
        "自筹资金, 人口信息): a title, 序号/部门 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/"
        "风险等级 高/中/低/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    longlin_rural_revitalisation_inverted_digits(),
    longlin_ethnic_affairs_two_sheets(),
    longlin_relocation_site_cards(),
    longlin_minzu_middle_school_posts(),
    longlin_dee_ethnic_station_selfchecks(),
    longlin_translation_office_group_rows(),
    longlin_revitalisation_centre_list(),
    longlin_xinzhou_station_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch848-inbox"))

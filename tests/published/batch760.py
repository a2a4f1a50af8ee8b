"""The seven-hundred-and-sixtieth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's culture and
tourism bodies, 绥中县 (of 葫芦岛市, 辽宁省) — its 文化旅游和广播电视局, 九门口长城景区管理处, 图书馆, 文化馆,
文化市场综合执法大队, 广播电视服务中心, 文物保护中心 and 旅游发展服务中心 — each handing back the 一览表,
防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 文化旅游和广播电视局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader)
  and ``科室`` (``科室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 文化市场综合执法大队's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, ``风险点``, ``风险类型``
  (``…风险``), 高/中/低; no names;
- the 图书馆's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 文化馆's 责任清单 under GROUP ROWS ``一、馆领导`` … (no 科室 column), ``岗位 | 姓名`` merged per
  person, ``一级风险/二级风险/三级风险``;
- the 广播电视服务中心's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on
  EVERY row, short types, ``高风险/中风险/低风险``;
- the 文物保护中心's 自查表, one sheet a person: a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间``
  over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 旅游发展服务中心's 排查登记表: ``股室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别``
  (short names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``suizhong_jiumenkou_scenic_captions_below``: the 九门口长城景区管理处's 岗位廉政风险点表, pasted
  from a Word report: one sheet of SMALL TABLES STACKED DOWN, each with its own heading row
  ``序号 | 廉政风险点 | 风险等级 | 防控措施`` (序号 restarting at 1), and each table's holder written
  ONLY in a CAPTION LINE UNDER THE TABLE (Word's 题注 put below the table):
  ``表1　主任　戚翾珩　岗位廉政风险点``, ``表3　票务科科长　戚曜琚　岗位廉政风险点`` — merged across,
  no ``以上`` and no labels, so the line names the table ABOVE it (the first table has no line above
  it, the last line no table below it). The README's 读得懂的表 knows holders in a foot row with
  labels (``以上风险点责任科室：…　责任人：…``), holders in a bracket closing a small table's heading,
  labelled group rows ``以下风险点…`` and plain group rows over their rows; it does not describe
  unlabelled ``表N`` captions printed UNDER each stacked table naming its holder.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 文广旅局's 法治政府建设 report —
执法规范化, 重大行政决策, 文旅产业; a report on 九门口长城 and the 长城保护条例 — 刻划涂鸦, 商业活动
报批; a 图书馆 director on 图书采购回扣 — 码洋, 实洋, 书商; a 文化市场综合执法支队 on 网吧, 歌舞娱乐场所
错时检查 and 无证经营; a 户户通 监督检查 — 设备发放, 安装农户, 专项资金; a comment on 野长城 收费 —
设卡收费, 巡视走过场; a city's 文化旅游发展和文物保护利用专项资金 办法 — 文旅活动, 宣传推广, 非遗;
a 财政局 on 非遗传承人补助 — 补助金, 资金拨付, 绩效) and the layout follows their words for the unit,
its parts, its posts and its risks. The rows are worded by us, the names invented (the rare surnames
戚 and 鲜于 with rare given names); every unit is a body of 绥中县.

Run ``python tests/published/score.py --set batch760`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each ``表N`` caption line names the holder of the small table just ABOVE it
  (post, or 科室 and post run together as ``票务科科长``, then the name); the caption lines, the
  repeated heading rows, the sheet's title and its 编制 line are no points; the 主任 and 副主任 are
  leaders with no 科室, ``票务科``/``保护利用科`` are 科室;
- ``局领导``, ``馆领导``, ``中心领导``, ``大队领导`` (a sheet, a group row, a 部门 cell, a 科室 cell) are the
  科室 of those leaders; the 局's leaders (sheet ``局领导``) and the cards' leaders have no 科室;
- 局长, 副局长, 馆长, 副馆长, 主任 of a 中心 or 管理处, 副主任 and 大队长 are leaders; 科长, 股长, 部长,
  中队长 and a 部's 主任 middle; the rest (科员, 会计, 执法队员, 内勤, 维护员, 文保员, 长城保护员, 股员,
  辅导员) general;
- ``分管工作``, ``自查情况`` and ``填表时间`` are no points and name no holder; the 执法大队's list names
  no person: its forms are posts (对岗不对人);
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

PREFIX = "b760_"
PLACE = "绥中县"
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

# (科室, 岗位, 姓名, tier, [(廉政风险点, 风险等级, 防控措施)]) — one small table each, captioned below
CAPTIONED = [
    ("", "主任", "戚翾珩", "leader", [
        ("景区门票价格调整和优惠政策执行不经集体研究", "高", "票价调整报县发改部门审批，优惠政策公示。"),
        ("长城保护范围内商业活动、影视拍摄审批打招呼", "高", "活动方案报县文物部门审批，审批结果公开。"),
        ("景区基础设施维修工程指定施工单位", "中", "维修工程按限额进入县公共资源交易平台。"),
    ]),
    ("", "副主任", "鲜于琮翊", "leader", [
        ("景区经营摊位、游船项目发包暗箱操作", "高", "经营项目公开招租，合同报管理处办公会审定。"),
        ("与旅行社结算门票返利不入账", "中", "旅行社结算一律对公转账，返利纳入单位收入。"),
    ]),
    ("票务科", "科长", "戚曜琚", "middle", [
        ("门票收入截留、坐收坐支", "高", "售票系统每日对账，收入当日缴存。"),
        ("免票、优惠票审核把关不严，放人情票", "中", "免票凭证登记留存，每周抽查。"),
    ]),
    ("保护利用科", "文保员", "鲜于鹂湄", "general", [
        ("长城本体巡查记录弄虚作假", "中", "巡查定位打卡，照片存档备查。"),
        ("对刻划涂鸦、攀爬未开放段等行为收受好处不制止", "低", "违法行为登记上报，接受群众监督。"),
    ]),
]  # fmt: skip


def suizhong_jiumenkou_scenic_captions_below() -> dict:
    unit = f"{PLACE}九门口长城景区管理处"
    sh = _Sheet("风险点表", [6, 42, 10, 40])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点表", 4)
    _line(sh, f"编制单位：{unit}{GAP * 12}2025年6月", 4)
    for k, (dept, post, who, tier, points) in enumerate(CAPTIONED, 1):
        sh.add("序号", "廉政风险点", "风险等级", "防控措施")
        for i, (point, lv, measures) in enumerate(points, 1):
            sh.add(i, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        _line(sh, f"表{k}{GAP}{dept}{post}{GAP}{who}{GAP}岗位廉政风险点", 4)
        sh.add()
    sh.add("编制：办公室", None, "审核：", None)
    return _layout(
        "suizhong_jiumenkou_scenic_captions_below",
        "https://www.am730.com.hk/本地/河北保護長城新例-刻劃塗鴉可拘留10日/101535",
        "(harder) 县长城景区管理处 岗位廉政风险点表 pasted from a Word report, after the source's report on 九门口长城 and "
        "the 长城保护条例 (刻划涂鸦, 露营, 商业活动 报文物部门批准): a title and an 编制单位 line, then SMALL TABLES STACKED "
        "DOWN, each its own heading ``序号 | 廉政风险点 | 风险等级 | 防控措施`` with 序号 restarting, and each table's "
        "holder ONLY in a merged CAPTION LINE UNDER it, ``表N　<科室><岗位>　<姓名>　岗位廉政风险点`` (Word's 题注 "
        "below the table, no 以上, no labels), a blank row after each caption; 高/中/低, no type column; an "
        "编制/审核 line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def suizhong_culture_tourism_bureau_two_sheets() -> dict:
    unit = f"{PLACE}文化旅游和广播电视局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 20, 40, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("戚澔玙", "局长", "主持全面工作", [
            ("文旅产业项目引进和扶持资金安排个人说了算", "一级", "重大事项经局党组会集体研究，纪要存档。"),
            ("重大行政决策不经合法性审查", "二级", "重大决策经法律顾问审查后提交党组会。"),
        ]),
        ("鲜于璆瑛", "副局长", "分管文化市场、文物", [
            ("插手文化市场案件查处，说情打招呼", "一级", "领导干部干预执法记录报告，季度通报。"),
            ("文物保护工程项目验收把关不严", "二级", "验收邀请省市专家参加，结果公示。"),
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
    dept = _Sheet("科室", [6, 14, 9, 9, 40, 9, 34])
    _line(dept, f"{unit}科室廉政风险防控一览表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("市场管理科", "科长", "戚湝琛", "middle", "娱乐场所、演出经营许可审核放宽条件", "一级",
         "许可事项进驻政务大厅，审核结果网上公开。"),
        ("市场管理科", "科长", "戚湝琛", "middle", "旅行社质量保证金管理不规范", "二级", "保证金专户管理，变动双人审核。"),
        ("文物科", "科员", "鲜于旻濯", "general", "文物保护单位建设控制地带审查意见出具不实", "二级",
         "审查意见经科室集体研究后出具。"),
        ("财务室", "会计", "戚璘焘", "general", "公共文化服务专项资金拨付不按进度", "一级", "资金拨付凭项目进度和验收单据。"),
        ("财务室", "会计", "戚璘焘", "general", "公务接待费报销审核不严", "三级", "接待凭公函和清单报销。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "suizhong_culture_tourism_bureau_two_sheets", "http://zwgk.changchun.gov.cn/gzl/zcbm/wgxj/gkzn",
        "县文化旅游和广播电视局 廉政风险防控一览表 in TWO SHEETS, after the source's 文广旅局 法治政府建设 report (执法规范化, "
        "重大行政决策, 法律顾问, 文旅产业): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 科室 with 科室 "
        "merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def suizhong_culture_market_brigade_posts() -> dict:
    unit = f"{PLACE}文化市场综合执法大队"
    sh = _Sheet("排查表", [6, 12, 10, 40, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "科室", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("大队领导", "大队长", "leader", "重大案件处罚决定不经集体讨论", "制度机制风险", "高",
         "重大案件经案审委员会集体讨论。"),
        ("执法一中队", "中队长", "middle", "对网吧接纳未成年人等违法行为查处不到位", "岗位职责风险", "高",
         "错时检查全程执法记录仪记录。"),
        ("执法一中队", "中队长", "middle", "对无证歌舞娱乐场所以罚代管", "业务流程风险", "中",
         "处罚与整改并行，案件逐件回访。"),
        ("执法一中队", "执法队员", "general", "检查前通风报信", "思想道德风险", "高",
         "检查对象随机抽取，检查人员随机选派。"),
        ("执法一中队", "执法队员", "general", "接受经营业主宴请、购物卡", "外部环境风险", "中", "签订廉洁执法承诺书。"),
        ("办公室", "内勤", "general", "罚没物品登记保管不规范", "业务流程风险", "低", "罚没物品专库存放，每季度盘点。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "suizhong_culture_market_brigade_posts", "https://gatv.com.cn/Article/detail?infoid=29024&modelid=2",
        "县文化市场综合执法大队 岗位廉政风险点排查表 对岗不对人, after the source's 文化市场综合执法支队 (网吧、歌舞娱乐场所 "
        "错时检查, 接纳未成年人, 无证经营, 立案查处): a title, 序号/科室 merged/岗位 merged per post/风险点/风险类型 "
        "``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def suizhong_library_cards() -> dict:
    unit = f"{PLACE}图书馆"
    t = _Truth(unit)
    cards = [
        ("馆长", "戚骞翊", "馆长", "主持全面工作", "leader", [
            ("图书采购按码洋结算、书商返还差价不入账", "★★★", "图书采购按实洋结算，折扣写入合同。"),
            ("图书馆场地出租收入不入账", "★★★", "场地出租报主管局审批，租金缴入财政专户。"),
            ("接受书商宴请、礼品", "★", "严守中央八项规定精神，节前廉洁提醒。"),
        ]),
        ("副馆长", "鲜于翯岚", "副馆长", "分管采编、分馆建设", "leader", [
            ("图书采购书目由书商代选，以次充好", "★★", "书目由采编部和读者代表共同选定。"),
            ("乡镇分馆设备配送验收走过场", "★★", "配送设备逐馆验收，验收单签字存档。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 38, 12, 34])
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
        "suizhong_library_cards", "http://gejianxiong.blog.caixin.com/archives/16405",
        "县图书馆 领导干部廉政风险防控卡, one sheet a leader, after the source's 图书馆馆长 on 图书采购回扣 (码洋, 实洋, "
        "书商折扣, 经费公开): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then 序号/风险点/风险等级 "
        "``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def suizhong_cultural_centre_group_rows() -> dict:
    unit = f"{PLACE}文化馆"
    sh = _Sheet("责任清单", [6, 10, 10, 42, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、馆领导", "馆领导", [
            ("馆长", "鲜于暄瑶", "leader", [
                ("非遗传承人补助对象认定优亲厚友", "一级风险", "补助对象经专家评审、馆务会研究并公示。"),
                ("群众文化活动承办单位选定不公开", "二级风险", "承办单位比选确定，结果公示。"),
            ]),
        ]),
        ("二、非遗保护部", "非遗保护部", [
            ("主任", "戚昳婕", "middle", [
                ("非遗项目申报材料审核把关不严", "二级风险", "申报材料初审、复审两级把关。"),
                ("传承人补助金发放不按进度拨付", "一级风险", "补助金按考核结果分期拨付。"),
            ]),
        ]),
        ("三、办公室", "办公室", [
            ("会计", "鲜于铖骁", "general", [
                ("文化下乡演出补贴虚列支出", "二级风险", "演出凭影像和签到表报账。"),
                ("培训班收费不开票据", "三级风险", "公益培训一律免费，不得收费。"),
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
        "suizhong_cultural_centre_group_rows",
        "http://www.anqiu.gov.cn/yw/bmdt/sczj/202305/t20230529_6204535.html",
        "县文化馆 廉政风险防控责任清单, after the source's 财政局 on 非遗传承 (传承人专项补助金, 资金拨付流程, 绩效评价): a "
        "title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS ``一、馆领导``, "
        "``二、非遗保护部``, ``三、办公室`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def suizhong_broadcast_service_list() -> dict:
    unit = f"{PLACE}广播电视服务中心"
    sh = _Sheet("一览表", [6, 12, 10, 10, 42, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "戚槿筠", "leader", "户户通设备采购指定供货商", "制度机制", "高风险",
         "设备采购按政府采购程序公开招标。"),
        ("中心领导", "主任", "戚槿筠", "leader", "户户通专项资金挤占挪用", "岗位职责", "中风险",
         "专项资金专账核算，接受审计。"),
        ("技术部", "部长", "鲜于岫瑭", "middle", "设备发放名单虚报、冒领", "业务流程", "高风险",
         "发放名单逐户核对，村级公示。"),
        ("技术部", "部长", "鲜于岫瑭", "middle", "应急广播工程验收不严", "岗位职责", "中风险",
         "验收由中心和乡镇共同组织。"),
        ("户户通办公室", "维护员", "戚瑀岑", "general", "向安装农户违规收取安装费", "思想道德", "中风险",
         "收费标准入户公示，开通监督电话。"),
        ("户户通办公室", "维护员", "戚瑀岑", "general", "回收设备私自转卖", "外部环境", "低风险",
         "回收设备登记入库，定期盘点。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "suizhong_broadcast_service_list",
        "http://big5.www.gov.cn/gate/big5/www.gov.cn/xinwen/2017-06/08/content_5200769.htm",
        "县广播电视服务中心 岗位廉政风险防控一览表, after the source's 户户通 监督检查 (设备发放, 安装农户, 伪造名单, 截留挪用 "
        "专项资金, 违规收费): ``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 written "
        "on EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/"
        "主任（签字） line",
        [sh], t,
    )  # fmt: skip


def suizhong_relics_centre_selfchecks() -> dict:
    unit = f"{PLACE}文物保护中心"
    t = _Truth(unit)
    people = [
        ("鲜于瀚珏", "中心领导", "主任", "leader", [
            ("长城段落设卡收费或默许他人收费", "Ⅰ级", "未开放段落禁止收费，定期巡查通报。", "已落实"),
            ("长城保护员选聘不公开", "Ⅱ级", "保护员公开选聘，名单公示。", "未发现问题"),
            ("文物维修经费审核不严", "Ⅱ级", "维修经费按预算和验收结果拨付。", "已落实"),
        ]),
        ("戚鋆澈", "巡查组", "长城保护员", "general", [
            ("巡视走过场，巡查日志补记", "Ⅱ级", "巡查轨迹上传平台，日志当日填报。", "已落实"),
            ("对野长城违规攀爬、露营收受好处放任不管", "Ⅲ级", "发现违规行为当场劝阻并上报。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 40, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在科室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "suizhong_relics_centre_selfchecks", "https://opinion.southcn.com/node_a7b2ba4370/278a0bf9f9.shtml",
        "县文物保护中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's comment on "
        "野长城 收费 (设卡收费, 村民收费员, 保护志愿者, 巡视走过场): a title, a label row ``姓　名 | 所在科室 | 岗　位 | "
        "填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type "
        "column; ``本人签名： | 主任意见：``",
        sheets, t,
    )  # fmt: skip


def suizhong_tourism_service_register() -> dict:
    unit = f"{PLACE}旅游发展服务中心"
    sh = _Sheet("登记表", [6, 12, 10, 10, 40, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "鲜于绮湄", "leader", [
            ("文旅发展专项资金项目安排倾向关系户", "制度机制", "一级", "项目经评审后中心办公会研究，结果公示。"),
            ("旅游节会活动承办方选定不公开", "外部环境", "二级", "承办方公开比选。"),
        ]),
        ("宣传推广股", "股长", "戚砺崧", "middle", [
            ("文旅宣传推广费用虚高", "业务流程", "二级", "宣传合同三家询价，效果评估后付款。"),
            ("旅游线路推介收受企业好处", "思想道德", "一级", "推介线路经集体研究，公开发布。"),
        ]),
        ("宣传推广股", "股员", "鲜于珈澍", "general", [
            ("宣传品验收数量不实", "岗位职责", "三级", "宣传品入库双人清点签字。"),
            ("参展差旅费虚报", "业务流程", "二级", "差旅凭行程单和会议通知报销。"),
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
        "suizhong_tourism_service_register", "http://czt.jiangsu.gov.cn/art/2025/3/20/art_77300_11537037.html",
        "县旅游发展服务中心 廉政风险点排查登记表, after the source's 文化旅游发展和文物保护利用专项资金 办法 (文旅活动开展, "
        "文旅宣传推广, 产业发展, 资金管理): a title, 序号/股室 merged/岗位 and 姓名 merged per person/风险点/风险类别 "
        "(short names)/风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    suizhong_jiumenkou_scenic_captions_below(),
    suizhong_culture_tourism_bureau_two_sheets(),
    suizhong_culture_market_brigade_posts(),
    suizhong_library_cards(),
    suizhong_cultural_centre_group_rows(),
    suizhong_broadcast_service_list(),
    suizhong_relics_centre_selfchecks(),
    suizhong_tourism_service_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch760-inbox"))

"""The eight-hundred-and-fifty-first batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's reservoir
and hydropower bodies, 大化瑶族自治县 (of 河池市, 广西壮族自治区) — its 水利局, 农村水电站管理所, 水库移民
后期扶持办公室, 河道管理站, 水政监察大队, 龙口水库管理所 and 水利工程建设管理站 — each handing back the
一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 水利局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and ``股室``
  (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 农村水电站管理所's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 水库移民后期扶持办公室's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人``
  on EVERY row, short types, ``高风险/中风险/低风险``;
- the 河道管理站's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` and a merged 主要职责 line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 水政监察大队's 自查表, one sheet a person: a label row ``姓　名 | 所在中队 | 岗　位 | 填表时间`` over
  a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 龙口水库管理所's 责任清单 under GROUP ROWS ``一、所领导`` … ``三、运行管理股`` merged across (no 股室
  column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 水利工程建设管理站's 排查登记表: ``股室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别``
  (short names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``dahua_yantan_station_cover_sheet``: the 岩滩库区管理站's 站长 hands back his 岗位廉政风险防控手册 as a
  workbook of TWO SHEETS: the first, ``封面``, is the printed cover — the unit, the manual's title, then
  label lines ``持 册 人：蓝灏屹``, ``岗　　位：站长``, ``审　　定：大化瑶族自治县水利局　局长　莫瀞琀`` and a
  date — with no table; the second, ``风险点及防控措施``, is the list (``序号 | 廉政风险点 | 风险类型 |
  风险等级 | 防控措施``, 高/中/低) with NO 岗位, 姓名 or 科室 anywhere on it and a title that names no
  one. The holder is named only on the cover sheet; the 审定 line's 局长 is not a holder. The README's
  读得懂的表 knows a roster on another sheet keyed by post (人员名单另放一张工作表), a 目录 sheet keyed by
  表号, tab names that are the holders' names, label lines (持卡人, 乙方, 承诺人) above or below the
  table on the same sheet; it does not describe a cover sheet (封面) whose only content is the holder's
  label lines, over a table of one holder on the next sheet that names nobody.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (农田水利建设 资金配套 and 重复建设; a
水电站 暗访 — 巡检记录只打钩, 监管责任不明确; 水利水电工程移民 利益表达; 河道采砂 监管 and 盗采; 河湖
“四乱” 巡查 and a 违建水电站; 水库 管理范围 划定; 水库清淤; “四无”水电站 清查, 资源转让和项目审批中的
商业贿赂) and the layout follows their words for the unit, its parts, its posts and its risks. The rows
are worded by us, the names invented (the rare surnames 蓝 and 莫 with rare given names); every unit is a
body of 大化瑶族自治县.

Run ``python tests/published/score.py --set batch851`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file every row of sheet ``风险点及防控措施`` is a point of the one holder the cover
  sheet names (``持 册 人`` with ``岗　　位``): one form, no 科室 (the 站 has none on the cover), the
  truth's sheet is the list's sheet; the cover's 审定 line (``局长　莫瀞琀``) is no holder and no point;
- ``局领导``, ``所领导`` (a sheet, a group row) are the 科室 of those leaders only where the table writes
  them as a 科室 (the group row ``一、所领导`` gives ``所领导``); the 水利局's leaders (sheet ``局领导``,
  no 科室 column) and the cards' holders have no 科室;
- 局长, 副局长, 所长, 副所长, 主任, 站长, 副站长 and 大队长 are leaders; 股长 and 中队长 middle; the rest
  general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``主要职责``, ``自查情况`` and ``填表时间`` are no
  points and name no holder; the 农村水电站管理所's list names no person: its forms are posts;
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

PREFIX = "b851_"
PLACE = "大化瑶族自治县"
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

COVER_HOLDER = ("站长", "蓝灏屹")
COVER_APPROVER = ("局长", "莫瀞琀")

# (廉政风险点, 风险类型, 风险等级, 防控措施)
COVER_POINTS = [
    ("库区内违规水电站、网箱养殖清查整改中收受好处，降低整改要求", "思想道德", "高",
     "清查整改结果由水利局复核并在库区各乡镇公示。"),
    ("库区岸线利用、临水建筑审查把关不严，为亲友违规办理", "制度机制", "高",
     "岸线利用审查实行两人以上现场踏勘，集体研究。"),
    ("库区消落带清漂、巡查服务外包中指定承包人", "业务流程", "高",
     "外包项目按规定比选，比选结果站务会研究后公示。"),
    ("库区巡查发现的违法占用库容问题瞒报、漏报", "岗位职责", "中",
     "巡查记录每周汇总上报，局执法人员随机抽查。"),
    ("站内公务用船、燃油费用管理不严", "制度机制", "中", "用船登记、燃油定点加注，按月公开。"),
    ("接受库区养殖户、经营业主宴请和土特产", "思想道德", "低", "签订廉洁承诺书，节前廉洁提醒。"),
]  # fmt: skip


def dahua_yantan_station_cover_sheet() -> dict:
    unit = f"{PLACE}岩滩库区管理站"
    t = _Truth(unit)
    cover = _Sheet("封面", [12, 40])
    cover.add()
    cover.add()
    _line(cover, unit, 2)
    _line(cover, "岗位廉政风险防控手册", 2)
    cover.add()
    cover.add()
    post, who = COVER_HOLDER
    boss_post, boss = COVER_APPROVER
    cover.add("持 册 人：", who)
    cover.add("岗　　位：", post)
    cover.add("审　　定：", f"{PLACE}水利局　{boss_post}　{boss}")
    cover.add()
    cover.add()
    _line(cover, "二〇二五年五月", 2)
    sh = _Sheet("风险点及防控措施", [6, 44, 12, 9, 38])
    _line(sh, "岗位廉政风险点及防控措施", 5)
    sh.add("序号", "廉政风险点", "风险类型", "风险等级", "防控措施")
    for i, (point, typ, lv, measures) in enumerate(COVER_POINTS, 1):
        sh.add(i, point, typ, lv, measures)
        t.point(sh.name, "", post, who, "leader", point, types_in(typ), HML[lv])
    sh.add()
    sh.add("本人签字：", None, None, "年　月　日", None)
    return _layout(
        "dahua_yantan_station_cover_sheet", "http://finance.sina.com.cn/roll/20060831/0159894416.shtml",
        "(harder) 库区管理站 站长's 岗位廉政风险防控手册, after the source's 严查“四无”水电站 (无序开发, 资源转让和项目审批"
        "中的商业贿赂, 监管缺位, 追究责任): TWO SHEETS — ``封面``, the printed cover with no table (the unit, the manual's "
        "title, label lines ``持 册 人： | 蓝灏屹``, ``岗　　位： | 站长``, ``审　　定： | …水利局　局长　莫瀞琀``, a date) — "
        "and ``风险点及防控措施``: a title naming no one, 序号/廉政风险点/风险类型/风险等级 高/中/低/防控措施, no 岗位, 姓名 "
        "or 科室 column, a bare ``本人签字：`` line; the holder is named only on the cover sheet",
        [cover, sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def dahua_water_bureau_two_sheets() -> dict:
    unit = f"{PLACE}水利局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 20, 40, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("莫玥澂", "局长", "主持全面工作", [
            ("农田水利建设项目安排不经党组集体研究，向关系户倾斜", "一级", "项目计划经局党组会研究，按因素法安排并公示。"),
            ("县级配套资金拨付顺序由个人决定", "一级", "配套资金按工程进度拨付，大额支出集体审批。"),
        ]),
        ("蓝邃岚", "副局长", "分管农村水利、水库移民", [
            ("小型农田水利工程重复申报、重复建设", "一级", "项目库统一管理，申报前与发改、农业农村部门比对。"),
            ("插手工程分包和材料供应", "二级", "签订廉政合同，领导干部插手工程登记报告。"),
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
    dept = _Sheet("股室", [6, 14, 9, 9, 40, 9, 34])
    _line(dept, f"{unit}股室廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("规划建设股", "股长", "莫珝漪", "middle", "水利工程设计变更审核不严，变相增加工程量", "一级",
         "设计变更按程序报批，重大变更专家论证。"),
        ("规划建设股", "股长", "莫珝漪", "middle", "工程验收走过场，放任偷工减料", "二级", "验收邀请质量监督站参加，资料留存备查。"),
        ("规划建设股", "股员", "蓝綦芃", "general", "工程量现场签证弄虚作假", "二级", "现场签证监理、施工、建设三方签字。"),
        ("计划财务股", "股长", "莫琇岙", "middle", "水利建设基金挤占挪用", "一级", "基金专账核算，年度接受审计。"),
        ("计划财务股", "会计", "蓝曌湄", "general", "工程款支付单据审核不严", "三级", "支付凭进度款审批单，三级审核。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "dahua_water_bureau_two_sheets", "http://petawa.com/2011-07/03/content_319198.htm",
        "县水利局 廉政风险防控一览表 in TWO SHEETS, after the source's 农田水利建设 (上级投入多, 基层配套, 资金分散, 重复建设, "
        "流域治理): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 merged and 岗位/姓名 merged "
        "per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def dahua_hydropower_office_posts() -> dict:
    unit = f"{PLACE}农村水电站管理所"
    sh = _Sheet("排查表", [6, 12, 10, 18, 40, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所领导", "所长", "leader", "电站安全检查", "对电站大坝裂缝、渗水等隐患检查走过场，接受业主吃请", "思想道德风险", "高",
         "安全检查两人以上进行，隐患清单书面反馈并跟踪销号。"),
        ("所领导", "所长", "leader", "生态流量核定", "为业主违规核减生态下泄流量", "制度机制风险", "高",
         "生态流量核定结果报县水利局审定并公示。"),
        ("安全监管股", "股长", "middle", "巡检记录审核", "巡检记录只打钩不核实，默许电站弄虚作假", "岗位职责风险", "中",
         "每季度随机抽查电站巡检记录，与监控录像比对。"),
        ("安全监管股", "股长", "middle", "隐患整改验收", "整改未完成即出具验收意见", "业务流程风险", "高",
         "整改验收附现场照片，所务会审定。"),
        ("安全监管股", "监管员", "general", "安全生产标准化评审", "评审材料把关不严，收受评审好处", "外部环境风险", "中",
         "评审专家随机抽取，结果公示。"),
        ("综合股", "出纳", "general", "水资源费代收", "代收款项不及时入账", "业务流程风险", "低",
         "代收款当日入账，月末对账。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合股", None, None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "dahua_hydropower_office_posts", "http://osteoarthritisnetwork.com/index.php?a=show&catid=181&id=55391",
        "县农村水电站管理所 岗位廉政风险点排查表 对岗不对人, after the source's 暗访水电站 (巡检记录只打钩, 大坝裂缝, 渗水, "
        "监管责任和行政责任主体不明确, 小电站管理混乱): a title, 序号/科室 merged/岗位 merged per post/a short 风险点/a long "
        "风险表现/风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def dahua_resettlement_office_list() -> dict:
    unit = f"{PLACE}水库移民后期扶持办公室"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("办领导", "主任", "莫霂芊", "leader", "移民后期扶持项目选址听取移民意见走过场", "制度机制", "高风险",
         "项目选址召开移民代表会，会议记录存档。"),
        ("办领导", "主任", "莫霂芊", "leader", "扶持项目资金拨付不按项目进度", "岗位职责", "中风险",
         "资金按验收进度拨付，办务会集体审批。"),
        ("扶持股", "股长", "蓝屾琪", "middle", "移民人口核定中虚增、漏减人口", "业务流程", "高风险",
         "人口核定村组公示，每年与公安户籍比对。"),
        ("扶持股", "股员", "莫沄翯", "general", "移民来信来访诉求不登记、不转办", "岗位职责", "中风险",
         "来信来访统一登记，限时办结并回访。"),
        ("财务股", "会计", "蓝翀澔", "general", "直补资金发放名册与银行代发数据不符", "业务流程", "高风险",
         "发放名册与代发数据逐户核对，结果公示。"),
        ("财务股", "出纳", "莫璟岍", "general", "项目结余资金滞留不上缴", "思想道德", "低风险",
         "结余资金年末清理，按规定上缴。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "dahua_resettlement_office_list", "https://fx361.cc/page/2022/0207/16644694.shtml",
        "县水库移民后期扶持办公室 岗位廉政风险防控一览表, after the source's 水利水电工程移民 利益表达 (移民意见, 表达渠道, "
        "信访, 政策反馈): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 written on "
        "EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


def dahua_river_station_cards() -> dict:
    unit = f"{PLACE}河道管理站"
    t = _Truth(unit)
    cards = [
        ("站长", "蓝渢琰", "站长", "主持全站工作，负责河道采砂监管", "leader", [
            ("河道采砂许可审查放宽条件，为关系人办理", "★★★", "采砂许可按规划总量控制，集体审查并公示。"),
            ("对盗采河砂案件压案不查、以罚代管", "★★★", "案件线索登记台账，移交执法部门并跟踪。"),
            ("接受采砂业主宴请、礼金", "★", "严守中央八项规定精神，签订承诺书。"),
        ]),
        ("副站长", "莫岫翎", "副站长", "负责河道巡查和涉河建设项目监管", "leader", [
            ("河道巡查发现非法采砂船只不制止、不上报", "★★", "巡查轨迹定位记录，发现问题当日上报。"),
            ("涉河建设项目防洪影响评价审查走过场", "★★", "审查邀请专家参加，意见书面留存。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 36, 12, 34])
        _line(sh, f"{unit}廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("主要职责", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "dahua_river_station_cards", "https://fx361.cc/page/2024/0411/23423948.shtml",
        "县河道管理站 廉政风险防控卡, one sheet a person, after the source's 河砂开采监管 (盗采案件, 采砂许可证, 专项整治, "
        "非法采砂船, 河湖长制): a title, ``姓　名 | … | 职　务 | …`` and a merged 主要职责 line, then 序号/风险点/风险等级 "
        "``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def dahua_water_inspection_selfchecks() -> dict:
    unit = f"{PLACE}水政监察大队"
    t = _Truth(unit)
    people = [
        ("蓝骢瀚", "大队部", "大队长", "leader", [
            ("河湖“四乱”问题查处中说情打招呼，减轻处罚", "Ⅰ级", "处罚案件集体审理，裁量基准公开。", "已落实"),
            ("对违建小水电站发现不报、查处不力", "Ⅱ级", "违建线索登记，移交县水利局督办。", "未发现问题"),
        ]),
        ("莫淼昳", "第一中队", "中队长", "middle", [
            ("执法检查中吃拿卡要", "Ⅰ级", "执法全程记录仪录像，亮证执法。", "已落实"),
            ("罚没款不及时缴入财政专户", "Ⅲ级", "罚款实行票款分离，当日缴库。", "已落实"),
        ]),
        ("蓝晞岑", "第二中队", "执法队员", "general", [
            ("现场勘验笔录记录不实", "Ⅱ级", "勘验两人以上进行，当事人签字确认。", "未发现问题"),
            ("泄露举报人信息", "Ⅲ级", "举报材料专人保管，严格保密。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 40, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在中队", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "大队长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "dahua_water_inspection_selfchecks", "https://kan.china.com/article/1637299.html",
        "县水政监察大队 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 检察官追查水库上"
        "私建的水电站 (河湖“四乱”, 联合巡查, 违法侵占库区, 公益诉讼): a title, a label row ``姓　名 | 所在中队 | 岗　位 | "
        "填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type "
        "column; ``本人签名： | 大队长意见：``",
        sheets, t,
    )  # fmt: skip


def dahua_longkou_reservoir_group_rows() -> dict:
    unit = f"{PLACE}龙口水库管理所"
    sh = _Sheet("责任清单", [6, 10, 10, 42, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、所领导", "所领导", [
            ("所长", "莫漪珣", "leader", [
                ("水库管理范围划界确权中为他人违规调整界桩", "一级风险", "划界成果报县水利局审定，界桩坐标公开。"),
                ("大坝维修养护项目化整为零规避招标", "一级风险", "维修养护项目按限额标准比选或招标。"),
            ]),
        ]),
        ("二、工程管理股", "工程管理股", [
            ("股长", "蓝泷熙", "middle", [
                ("管理保护区内违规建设不制止、不报告", "二级风险", "保护区巡查每周一次，问题台账销号管理。"),
            ]),
            ("技术员", "莫翥宁", "general", [
                ("大坝安全监测数据随意修改", "二级风险", "监测数据自动采集上传，人工数据双人复核。"),
                ("维修养护工程量签认不实", "三级风险", "工程量签认附影像资料，股长复核。"),
            ]),
        ]),
        ("三、运行管理股", "运行管理股", [
            ("股长", "蓝燊峣", "middle", [
                ("灌溉供水调度优亲厚友", "二级风险", "供水计划按灌区用水申请编制，结果公示。"),
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
        "dahua_longkou_reservoir_group_rows", "https://www.zhemaiyun.com/news/2013789815987924992",
        "县水库管理所 廉政风险防控责任清单, after the source's 水库枢纽工程管理范围 (工程区, 管理保护区, 界定, 权责不清, "
        "监管不到位): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS "
        "``一、所领导``, ``二、工程管理股``, ``三、运行管理股`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def dahua_construction_station_register() -> dict:
    unit = f"{PLACE}水利工程建设管理站"
    sh = _Sheet("登记表", [6, 12, 10, 10, 38, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "莫霈琳", "leader", [
            ("水库清淤工程清淤量虚报，多计工程款", "制度机制", "一级", "清淤量以前后断面测量为准，第三方复核。"),
            ("清淤淤积物处置和砂石资源利用暗箱操作", "外部环境", "一级", "淤积物处置方案报批，砂石资源公开处置。"),
        ]),
        ("工程股", "股长", "蓝堇昉", "middle", [
            ("施工单位擅自更换项目经理不制止", "岗位职责", "二级", "项目经理到岗情况每月核查并通报。"),
            ("隐蔽工程验收签字不到现场", "业务流程", "二级", "隐蔽工程验收留存影像资料。"),
        ]),
        ("工程股", "质检员", "莫澍岚", "general", [
            ("材料检测取样由施工单位代送", "业务流程", "二级", "见证取样送检，检测报告直送建管站。"),
        ]),
        ("综合股", "资料员", "蓝瑀湉", "general", [
            ("工程档案资料事后补签、造假", "思想道德", "三级", "资料随工程进度归档，定期检查。"),
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
        "dahua_construction_station_register", "http://m.jizihe.com/page/2017/0120/15264282.shtml",
        "县水利工程建设管理站 廉政风险点排查登记表, after the source's 推进水库清淤 (淤积, 清淤试点, 清淤投资, 淤积物处置和"
        "资源化利用): a title, 序号/股室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 "
        "``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    dahua_yantan_station_cover_sheet(),
    dahua_water_bureau_two_sheets(),
    dahua_hydropower_office_posts(),
    dahua_resettlement_office_list(),
    dahua_river_station_cards(),
    dahua_water_inspection_selfchecks(),
    dahua_longkou_reservoir_group_rows(),
    dahua_construction_station_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch851-inbox"))

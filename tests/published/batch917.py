"""The nine-hundred-and-seventeenth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's ethnic and
religious affairs bodies, 岗巴县 (日喀则市, 西藏自治区) — its 统战部机关, 民族宗教事务局,
寺庙管理服务中心, 民族团结进步服务中心, 藏医药文化传承中心, 宗教活动场所管理所 and two 乡统战民宗服务站
(昌龙乡, 孔玛乡) — each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS
or Excel:

- the 统战部机关's 一览表 in TWO SHEETS: ``部领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``科室`` (``科室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 民族宗教事务局's 排查表 对岗不对人: ``股室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 寺庙管理服务中心's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作
  line, ``★★★/★★/★`` read by a ``注：`` line;
- the 民族团结进步服务中心's 清单 under GROUP ROWS ``一、中心领导`` … (no 科室 column), ``岗位 | 姓名``
  merged per person, ``一级风险/二级风险/三级风险``;
- the 藏医药文化传承中心's 自查表, one sheet a person: a label row ``姓　名 | 所在部门 | 岗　位 | 填表时间``
  over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 昌龙乡统战民宗服务站's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on
  EVERY row, short types, ``高风险/中风险/低风险``;
- the 孔玛乡统战民宗服务站's 排查登记表: ``股室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别``
  (short names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``gangba_venue_office_two_years``: the 宗教活动场所管理所's 岗位廉政风险点对照表, TWO YEARS' LISTS
  SIDE BY SIDE IN THE SAME ROWS: ``序号 | 股室 | 岗位 | 姓名`` (merged down two heading rows, 股室 and
  岗位/姓名 merged per person), then ``2024年度`` merged over ``廉政风险点 | 风险等级`` and ``2025年度``
  merged over ``廉政风险点 | 风险等级 | 防控措施``. Each person's rows carry last year's points on the
  left and this year's on the right, row by row but UNPAIRED (the k-th 2024 point is not the k-th
  2025 point: some points kept word for word, some reworded, some dropped, some new, some levels
  changed), so a person's block is as long as the longer of the two lists and one side is blank on
  the rows the other runs longer; a ``注：`` line says the 2025年度 columns are this year's list and
  the 2024年度 columns are kept for comparison. The truth is the 2025年度 list alone. The docs
  describe 责任人 columns under ``2024年 | 2025年`` (the latest column holds), a year-by-year ledger
  one row a registration (``登记年度``, the latest row holds), an old list stacked under or beside
  the current one with a 废止/往年 caption, a hidden last-year level column, ``上年风险等级 | 等级变化``
  and the row-paired ``原风险点 | 调整后风险点`` adjustment table (the adjusted point replaces the
  one in its row); they do not describe two years' whole point lists (point AND level each)
  side by side under year bands in one table, rows not paired across the years.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a survey of 民族地区廉政建设 and
干部评价; an essay on 云南 民族宗教工作格局 — 统战部门牵头, 民族工作部门; a 寺庙治安管理制度 — 文物,
消防, 寺院财务; a 县 少数民族廉政文化 paper — 民族文化, 廉政文化进村寨; a reporting on 藏医药 — 藏药,
藏医学校, 保护与传承; a 村级寺庙管理制度 — 寺庙委员会, 维护, 捐款; a 宗教活动场所规范化管理 “精品点”
检查 — 财务规范, 教职人员备案, 消防; an essay on 宗教活动场所管理模式 — 管理小组, 财务收支, 承包管理)
and the layout follows their words for the unit, its parts, its posts and its risks. The rows are
worded by us, the names invented (the rare surnames 贲 and 贡 with rare given names); every unit is
a body of 岗巴县.

Run ``python tests/published/score.py --set batch917`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file only the 2025年度 columns are points (their own level column); a 2024 point
  kept word for word in 2025 counts once, as a 2025 point; a row whose 2025年度 cells are blank
  (the 2024 list ran longer) is no point; the holders are the ones the rows name (no holder
  changed between the years);
- ``部领导``, ``所领导``, ``站领导``, ``中心领导`` (a 科室/部门 cell, a group row) are the 科室 of those
  leaders, except in the 统战部's sheet ``部领导``, where the leaders have no 科室 (the sheet's
  name is no 科室 cell), and the cards' leaders have no 科室; a 股, 室, 科 or 组 is a 科室; a group
  row ``二、民族团结宣传股`` gives the 科室 ``民族团结宣传股``;
- every station, centre, 所, the 局 and the 部 are units of their own: 部长, 常务副部长, 副部长, 局长,
  副局长, 主任 and 副主任 of a 中心, 所长, 副所长, 站长 and 副站长 are leaders; 股长, 科长 and 室主任
  middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no points
  and name no holder; the 民族宗教事务局's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b917_"
PLACE = "岗巴县"
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

# (股室, 岗位, 姓名, tier, 2024 [(point, level)], 2025 [(point, level, measures)])
TWO_YEARS = [
    ("所领导", "所长", "贲曦翀", "leader",
     [("宗教活动场所维修项目资金审核不严", "高"),
      ("场所负责人备案材料把关不严", "中")],
     [("宗教活动场所维修项目资金审核不严", "高", "维修项目经所务会集体研究，资金拨付报县民宗局审核。"),
      ("接受场所管理组织宴请和礼品", "中", "严守中央八项规定精神，节前廉洁提醒。"),
      ("场所年度检查评分优亲厚友", "中", "年度检查两人以上同行，评分结果公示。")]),
    ("所领导", "副所长", "贡湉珺", "leader",
     [("大型宗教活动审批把关不严", "高"),
      ("消防安全检查走过场", "低"),
      ("教职人员补助发放不公开", "中")],
     [("大型宗教活动申报材料审核不严", "高", "活动申报材料逐项核查，安全预案报县民宗局备案。"),
      ("消防安全检查走过场，隐患未督促整改", "中", "检查记录双人签字，隐患整改限期复查。")]),
    ("财务监管股", "股长", "贲瑄岱", "middle",
     [("场所财务收支监督流于形式", "中")],
     [("场所财务收支监督流于形式", "高", "每季度查阅场所账目，公共账户收支逐笔核对。"),
      ("功德箱开箱清点不按规定见证", "中", "开箱清点两人以上在场，清点记录签字存档。")]),
    ("综合股", "管理员", "贡琮翙", "general",
     [("场所基础信息台账登记不实", "低"),
      ("安全巡查记录补签、代签", "低")],
     [("场所基础信息台账登记不实", "低", "台账每半年核对一次，变动信息及时更新。")]),
]  # fmt: skip


def gangba_venue_office_two_years() -> dict:
    unit = f"{PLACE}宗教活动场所管理所"
    sh = _Sheet("对照表", [6, 12, 10, 10, 32, 9, 32, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点对照表（2024—2025年度）", 9)
    top = sh.add("序号", "股室", "岗位", "姓名", "2024年度", None, "2025年度", None, None)
    sh.add(None, None, None, None, "廉政风险点", "风险等级", "廉政风险点", "风险等级", "防控措施")
    for c in range(4):
        sh.merge(top, c, top + 1, c)
    sh.merge(top, 4, top, 5)
    sh.merge(top, 6, top, 8)
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, old, new in TWO_YEARS:
        for k in range(max(len(old), len(new))):
            n += 1
            was = old[k] if k < len(old) else (None, None)
            now = new[k] if k < len(new) else (None, None, None)
            sh.add(n, dept, post, who, *was, *now)
            if k < len(new):
                t.point(sh.name, dept, post, who, tier, now[0], [], HML[now[1]])
    _per_person(sh, first, 1, 2, 3)
    _line(
        sh, "注：“2025年度”栏为本年度排查确定的风险点，“2024年度”栏为上年度排查结果，仅供对照。", 9
    )
    sh.add("制表：综合股", None, None, "审核：", None, None, "2025年5月", None, None)
    return _layout(
        "gangba_venue_office_two_years", "https://zjjs.zjol.com.cn/ch134/system/2023/01/28/004039624.shtml",
        "(harder) 县宗教活动场所管理所 岗位廉政风险点对照表 (2024—2025年度), after the source's essay on 宗教活动场所 管理模式 "
        "(管理小组, 财务收支, 修缮建设, 承包管理): a title, a two-row heading ``序号 | 股室 | 岗位 | 姓名`` merged down, "
        "``2024年度`` merged over ``廉政风险点 | 风险等级`` and ``2025年度`` over ``廉政风险点 | 风险等级 | 防控措施``; "
        "TWO YEARS' LISTS SIDE BY SIDE in the same rows, unpaired (kept, reworded, dropped and new points, changed "
        "levels), each person's block as long as the longer list; 股室 merged, 岗位/姓名 merged per person; 高/中/低; "
        "a ``注：`` line naming 2025年度 this year's list; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def gangba_united_front_two_sheets() -> dict:
    unit = f"{PLACE}统战部机关"
    t = _Truth(unit)
    lead = _Sheet("部领导", [6, 9, 11, 20, 38, 9, 34])
    _line(lead, f"{unit}部领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("贡璟翾", "部长", "主持部机关全面工作", [
            ("民族宗教工作经费安排个人说了算", "一级", "经费安排经部务会集体研究，会议纪要存档。"),
            ("党外代表人士推荐考察中优亲厚友", "一级", "推荐人选集体研究，考察结果在一定范围公示。"),
        ]),
        ("贲琬翊", "常务副部长", "分管民族宗教、党外干部工作", [
            ("宗教界人士生活补助审核不严", "二级", "补助名单逐人核实，报部务会审定后发放。"),
            ("民族团结进步创建资金分配不公开", "二级", "资金分配方案公示，接受县纪委监委派驻纪检组监督。"),
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
    dept = _Sheet("科室", [6, 16, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}科室廉政风险防控一览表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("办公室", "主任", "贡玥琨", "middle", "办公用品采购不按规定比价", "二级", "采购三家比价，验收两人签字。"),
        ("办公室", "主任", "贡玥琨", "middle", "公务接待超标准、超范围", "二级", "接待凭公函和审批单，清单随票据报销。"),
        ("办公室", "会计", "贲晗玙", "general", "报销票据审核不严，虚列支出", "一级", "报销单据三级审核，专项资金专账核算。"),
        ("民族宗教工作股", "股长", "贲翥岚", "middle", "宗教活动场所设立审核意见不实", "一级",
         "现场核查两人以上，审核意见经部务会研究。"),
        ("民族宗教工作股", "干事", "贡琇昶", "general", "少数民族群众来访诉求记录不全、推诿拖延", "三级",
         "来访登记台账每月核查，按时限办结。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "gangba_united_front_two_sheets", "http://chinaps.cssn.cn/zhzhxyj/2017ndsq/201707/t20170725_3589888.shtml",
        "县委统战部机关 廉政风险防控一览表 in TWO SHEETS, after the source's survey of 民族地区廉政建设 (干部评价, 民族干部政策, "
        "权力监督, 民族关系): sheet 部领导 with 姓名/职务/分管工作 merged per leader, sheet 科室 with 科室 merged and "
        "岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def gangba_ethnic_bureau_posts() -> dict:
    unit = f"{PLACE}民族宗教事务局"
    sh = _Sheet("排查表", [6, 14, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "股室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "leader", "民族工作项目资金安排", "少数民族发展资金项目安排不经集体研究", "制度机制风险", "高",
         "项目安排经局党组会研究，结果公示。"),
        ("宗教事务股", "股长", "middle", "宗教活动场所审批", "场所筹备设立审核降低标准、收受好处", "岗位职责风险", "高",
         "审批材料集体审核，现场核查两人以上。"),
        ("宗教事务股", "科员", "general", "教职人员备案", "教职人员备案材料审核不严", "业务流程风险", "中",
         "备案材料逐项核对，定期抽查。"),
        ("民族工作股", "股长", "middle", "民族团结示范创建评审", "示范单位评审打分不公，优亲厚友", "思想道德风险", "中",
         "评审邀请第三方参与，结果公示。"),
        ("民族工作股", "科员", "general", "少数民族群众补助", "补助对象核实不严，冒领补助", "外部环境风险", "低",
         "补助对象逐户核实，在村务公开栏公示。"),
        ("办公室", "出纳", "general", "资金收付", "现金收支不及时入账", "业务流程风险", "中", "现金日清月结，每月对账。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "gangba_ethnic_bureau_posts", "http://www.victorzhang.cn/page/2023/0318/21513835.shtml",
        "县民族宗教事务局 岗位廉政风险点排查表 对岗不对人, after the source's essay on 民族宗教工作格局 (统战部门牵头协调, "
        "民族工作部门履职, 宗教事务治理, 民族团结进步示范区): a title, 序号/股室 merged/岗位 merged per post/a short 风险点/"
        "a long 风险表现/风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def gangba_temple_center_cards() -> dict:
    unit = f"{PLACE}寺庙管理服务中心"
    t = _Truth(unit)
    cards = [
        ("主任", "贲珩曜", "主任", "主持中心全面工作", "leader", [
            ("寺庙维修和文物保护资金使用把关不严", "★★★", "维修项目报县民宗局审批，资金专账管理。"),
            ("寺院公共收入监督不力", "★★★", "寺院财务每季度检查，收支公开接受僧众监督。"),
            ("接受寺管会宴请和礼品", "★", "严守中央八项规定精神，节前廉洁提醒。"),
        ]),
        ("副主任", "贡翀瑷", "副主任", "分管治安消防、寺庙服务", "leader", [
            ("消防器材采购不按规定比价", "★★", "采购三家比价，入库验收两人签字。"),
            ("寺庙安全检查记录弄虚作假", "★★", "检查记录留存照片，中心抽查复核。"),
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
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "gangba_temple_center_cards", "https://renrendoc.com/paper/293986801.html",
        "县寺庙管理服务中心 领导干部廉政风险防控卡, one sheet a leader, after the source's 寺庙治安管理制度 (文物保护, 治安消防小组, "
        "寺院收入归集体、财务接受僧众监督): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def gangba_unity_center_group_rows() -> dict:
    unit = f"{PLACE}民族团结进步服务中心"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "贡瑾翯", "leader", [
                ("民族团结进步宣传活动经费使用不规范", "一级风险", "活动经费预算经中心会议研究，按预算列支。"),
                ("创建示范点评选中打招呼、说情", "一级风险", "评选标准公开，结果公示。"),
            ]),
        ]),
        ("二、民族团结宣传股", "民族团结宣传股", [
            ("股长", "贲珞翚", "middle", [
                ("宣传品印制定点采购、收受回扣", "二级风险", "印制项目三家比价，验收两人签字。"),
            ]),
            ("干事", "贡琼旸", "general", [
                ("宣讲活动参加人数虚报", "二级风险", "活动签到表和照片存档，中心抽查。"),
                ("廉政文化进村寨活动物资发放不登记", "三级风险", "物资发放逐户签领。"),
            ]),
        ]),
        ("三、综合服务组", "综合服务组", [
            ("报账员", "贲璿岍", "general", [
                ("活动经费报账票据不实", "二级风险", "报账附活动方案和签到表，主任审签。"),
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
        "gangba_unity_center_group_rows", "http://wsjjjc.gov.cn/news/lltj/12270.html",
        "县民族团结进步服务中心 廉政风险防控责任清单 under GROUP ROWS, after the source's 县 少数民族廉政文化 paper (民族文化, "
        "廉政文化“七进”, 宣传教育): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施, "
        "group rows ``一、中心领导``, ``二、民族团结宣传股``, ``三、综合服务组`` merged across; 岗位 and 姓名 merged per "
        "person; no type column",
        [sh], t,
    )  # fmt: skip


def gangba_tibetan_medicine_selfchecks() -> dict:
    unit = f"{PLACE}藏医药文化传承中心"
    t = _Truth(unit)
    people = [
        ("贡琰珣", "中心领导", "主任", "leader", [
            ("藏药材收购价格不公开、指定供货人", "Ⅰ级", "收购价格公示，收购两人以上经办。", "已落实"),
            ("传承人补助资金分配不公", "Ⅱ级", "补助名单经中心会议研究并公示。", "未发现问题"),
        ]),
        ("贲翾珮", "典籍整理室", "整理员", "general", [
            ("藏医典籍整理项目劳务费虚报", "Ⅱ级", "劳务费按成果验收发放，签字确认。", "已落实"),
            ("古籍资料借阅不登记、私自外借", "Ⅲ级", "借阅登记，每季度清点。", "已落实"),
        ]),
        ("贡璎岑", "药材管理室", "保管员", "general", [
            ("藏药材出入库账实不符", "Ⅰ级", "出入库双人签字，每月盘点。", "未发现问题"),
            ("以次充好调换药材", "Ⅱ级", "药材入库抽样检验，留样备查。", "已落实"),
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
        sh.add("本人签名：", None, "主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "gangba_tibetan_medicine_selfchecks", "http://www.zgmzyy.com/article/content/201603/278/5.html",
        "县藏医药文化传承中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's reporting on "
        "藏医药 (藏药, 濒危药材保护, 藏医学校, 挖掘整理): a title, a label row ``姓　名 | 所在部门 | 岗　位 | 填表时间`` "
        "over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 主任意见：``",
        sheets, t,
    )  # fmt: skip


def gangba_changlong_station_list() -> dict:
    unit = f"{PLACE}昌龙乡统战民宗服务站"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "贲琚翎", "leader", "村级寺庙维修补助申报把关不严", "制度机制", "高风险",
         "补助申报经乡党委研究，结果在村务公开栏公示。"),
        ("站领导", "站长", "贲琚翎", "leader", "寺庙委员会成员推荐优亲厚友", "岗位职责", "中风险",
         "推荐人选经村民代表会议讨论。"),
        ("民宗事务", "专干", "贡琪岷", "general", "寺庙捐款收支监督不到位", "业务流程", "高风险",
         "每季度查看寺庙账目，收支公开张贴。"),
        ("民宗事务", "专干", "贡琪岷", "general", "接受寺庙管理人员礼品", "思想道德", "低风险", "签订廉洁承诺书。"),
        ("统战联络", "联络员", "贲瑗峥", "general", "走访慰问物资发放不登记", "外部环境", "中风险",
         "物资发放逐人签领，台账存档。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "gangba_changlong_station_list", "http://cornels-photography.com/paper/306526957.html",
        "乡统战民宗服务站 岗位廉政风险防控一览表, after the source's 村级寺庙管理制度 (寺庙委员会, 建筑维护, 文物修复, 村民捐款): "
        "``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 on EVERY row/廉政风险点/"
        "风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/站长（签字） line",
        [sh], t,
    )  # fmt: skip


def gangba_kongma_station_register() -> dict:
    unit = f"{PLACE}孔玛乡统战民宗服务站"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "贡瑀翃", "leader", [
            ("宗教活动场所“精品点”检查评分不实", "制度机制", "一级", "检查评分两人以上，结果报乡党委。"),
            ("教职人员备案初审把关不严", "岗位职责", "二级", "备案材料逐项核对，初审意见签字。"),
        ]),
        ("综合组", "报账员", "贲琲岫", "general", [
            ("精准扶贫对接慈善活动资金报账不实", "业务流程", "一级", "报账附活动方案和签领单。"),
        ]),
        ("安全组", "安全员", "贡璠峤", "general", [
            ("场所消防检查不到位", "业务流程", "二级", "检查留存照片，站长签字确认。"),
            ("为熟人场所通风报信", "思想道德", "三级", "检查时间不提前告知，两人同行。"),
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
        "gangba_kongma_station_register", "http://kto88.com/html/n615n625....n615n625n671c56758content.html",
        "乡统战民宗服务站 廉政风险点排查登记表, after the source's 宗教活动场所规范化管理 “精品点” 检查验收 (财务规范, 教职人员备案, "
        "消防器材, 慈善公益): a title, 序号/股室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/"
        "风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    gangba_venue_office_two_years(),
    gangba_united_front_two_sheets(),
    gangba_ethnic_bureau_posts(),
    gangba_temple_center_cards(),
    gangba_unity_center_group_rows(),
    gangba_tibetan_medicine_selfchecks(),
    gangba_changlong_station_list(),
    gangba_kongma_station_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch917-inbox"))

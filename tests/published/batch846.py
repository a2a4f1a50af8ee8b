"""The eight-hundred-and-forty-sixth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's water and
hydropower-resettlement bodies, 天峨县 (of 河池市, 广西壮族自治区) — its 水利局, 龙滩库区管理站, 农村饮水工程管理站,
河道采砂管理办公室, 水利工程建设管理站, 中小型水库管理所 and 水政监察大队 — each handing back the 一览表, 防控卡,
排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 水利局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and ``股室``
  (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 龙滩库区管理站's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` and a merged 主要职责 line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 农村饮水工程管理站's 排查表 对岗不对人: ``股室`` and ``岗位`` merged, ``…风险`` types, 高/中/低; no names;
- the 河道采砂管理办公室's 清单 under GROUP ROWS ``一、办公室领导`` … merged across (no 股室 column), ``岗位 |
  姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 水利工程建设管理站's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on EVERY
  row, short types, ``高风险/中风险/低风险``;
- the 中小型水库管理所's 自查表, one sheet a person: a label row ``姓　名 | 所在股室 | 岗　位 | 填表时间`` over a
  row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 水政监察大队's 登记表: ``中队`` merged, ``岗位 | 姓名`` merged per person, ``风险类别`` (short names),
  ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``tiane_resettlement_center_review_column``: the 水库移民工作管理中心's 岗位廉政风险点排查表 as it came
  BACK FROM THE 派驻纪检监察组's REVIEW: an ordinary one-row-a-point list (``序号 | 股室 | 岗位 | 姓名 |
  廉政风险点 | 自评等级 | 防控措施``, ``股室`` merged, ``岗位 | 姓名`` merged per person, 一级/二级/三级) with
  a LAST column ``派驻纪检监察组审核意见`` filled in by the reviewer row by row: ``同意`` where the 自评等级
  stands, ``调整为一级`` / ``调整为二级`` where the reviewer changed it (four of twelve rows), and a merged
  ``注：…风险等级以派驻纪检监察组审核意见为准…`` line under the table. The level of a row is the adjusted
  one where the opinion says ``调整为…``, else the 自评等级; the opinion column is no point, no measure
  and no level of its own words (``同意`` is no grade). The README's 读得懂的表 knows a 风险等级调整情况
  table under a list (``调整前 | 调整后``), a review NOTE under a list changing numbered rows' levels
  (``第3项调整为…``), last year's grade beside a change mark, grades before and after the measures and
  several raters' scores graded on their mean; it does not describe a per-row REVIEW-OPINION column
  whose ``调整为…`` cells override the self-assessed level in their own row and whose ``同意`` cells
  leave it.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a report on 湖南 移民资金 — 直补资金
“一卡通”, 项目资金, “三权分立” 立项/实施/验收, 村干部骗取移民补贴; a notice on 兵团 水库大坝安全责任人 —
政府/主管部门/管理单位责任人, 蓄水管理; a Q&A on 国家水库移民政策 — 后期扶持, 直补资金, 人口核减; a page on
农村水管员 — 公益性岗位, 培训上岗, 考核定岗; a news item on 采砂权 公开拍卖 — 标段, 拍卖, 打击非法采砂; a
“小农水” 项目 廉政风险预警 — 民办公助, 插手承揽, 施工单位廉政承诺书; a 水务局 check of 小型水库 “三个责任人”
— 值班到岗, 巡查记录; a 县 河砂 管理办法 — 采砂许可证, 规划开采) and the layout follows their words for the
unit, its parts, its posts and its risks. The rows are worded by us, the names invented (the rare
surnames 韩 and 颜 with rare given names); every unit is a body of 天峨县.

Run ``python tests/published/score.py --set batch846`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a row's level is the one its ``派驻纪检监察组审核意见`` cell sets (``调整为一级`` →
  1) where it says ``调整为…``, else its ``自评等级``; the opinion cells are no points and no measures;
  the ``注：`` line and the 填表/审核 line are no points;
- ``局领导``, ``站领导``, ``办公室领导``, ``所领导``, ``中心领导`` (a sheet, a 股室 cell, a group row) are the 科室 of
  those leaders where a cell or group row writes them; the 水利局's leaders (sheet ``局领导``, no 科室
  column) have none; a card's holder takes the card's ``所在股室`` (the 站长's card writes none); a
  局's, 中心's, 站's or 所's 股 and a 大队's 中队 are 科室; a group row ``二、采砂许可股`` gives the 科室 ``采砂许可股``;
- 局长, 副局长, 主任, 副主任, 站长, 副站长, 所长, 大队长 are leaders; 股长 and 中队长 middle; the rest (股员,
  会计, 出纳, 技术员, 巡查员, 执法队员, 水管员, 质检员) general;
- the 农村饮水工程管理站's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b846_"
PLACE = "天峨县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
AGREE = "同意"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


def reviewed_level(own: str, opinion: str) -> int:
    """The level a reviewed row stands at: ``调整为X`` sets X, ``同意`` keeps the 自评等级."""
    if opinion.startswith("调整为"):
        return GRADES[opinion[len("调整为") :]]
    assert opinion == AGREE, opinion
    return GRADES[own]


# --------------------------------------------------------------------------- harder layout

# (股室, 岗位, 姓名, tier, [(廉政风险点, 自评等级, 防控措施, 审核意见)])
REVIEWED = [
    ("中心领导", "主任", "韩瀞翀", "leader", [
        ("后期扶持项目立项不经主任办公会集体研究，个人确定项目和实施村", "一级",
         "项目立项经主任办公会集体研究，立项、实施、验收分由不同股室负责。", AGREE),
        ("项目资金不按验收结果拨付，提前或超额拨付", "二级",
         "资金凭验收报告和监理意见拨付，大额拨付报县财政局复核。", "调整为一级"),
    ]),
    ("中心领导", "副主任", "颜璆岺", "leader", [
        ("后期扶持项目验收走过场，对未完工程签字验收", "一级",
         "验收组邀请乡镇和移民代表参加，现场核对工程量。", AGREE),
        ("移民信访件压案不办、推诿敷衍", "三级", "信访件登记台账，限期办结并回访。", "调整为二级"),
    ]),
    ("后期扶持股", "股长", "韩岫湉", "middle", [
        ("扶持人口核定登记弄虚作假，虚增移民人口", "一级",
         "人口核定实行村、乡、县三级审核公示。", AGREE),
        ("死亡、服刑等应核减人口不按期核减", "二级", "每季度与公安、民政数据比对，核减名单公示。", AGREE),
        ("直补资金发放清册不公示或公示走过场", "三级", "发放清册在村务公开栏公示不少于7天。", AGREE),
    ]),
    ("后期扶持股", "股员", "颜昶泷", "general", [
        ("避险解困搬迁对象入户核查不实", "三级", "入户核查两人以上，拍照留存。", "调整为二级"),
        ("项目实施村报送的资料审核把关不严", "三级", "资料审核实行初审、复审两级签字。", AGREE),
    ]),
    ("计划财务股", "会计", "韩珝瀛", "general", [
        ("项目资金报账凭证审核不严，虚列支出", "二级", "报账凭证经办人、审核人、审批人三签。", AGREE),
        ("移民资金专户外存放或坐支", "二级", "移民资金专户存储，每月对账。", "调整为一级"),
        ("结余资金不及时清理上缴", "三级", "年终清理结余资金，按规定上缴或结转。", AGREE),
    ]),
]  # fmt: skip


def tiane_resettlement_center_review_column() -> dict:
    unit = f"{PLACE}水库移民工作管理中心"
    sh = _Sheet("排查表", [6, 12, 9, 9, 40, 9, 36, 16])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    _line(sh, f"填报单位：{unit}{GAP * 16}2025年6月", 8)
    sh.add(
        "序号",
        "股室",
        "岗位",
        "姓名",
        "廉政风险点",
        "自评等级",
        "防控措施",
        "派驻纪检监察组审核意见",
    )
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in REVIEWED:
        for point, own, measures, opinion in points:
            n += 1
            sh.add(n, dept, post, who, point, own, measures, opinion)
            t.point(sh.name, dept, post, who, tier, point, [], reviewed_level(own, opinion))
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分一级、二级、三级，一级为最高；各岗位风险等级以派驻纪检监察组审核意见为准，"
          "审核意见为“同意”的按自评等级确定。", 8)  # fmt: skip
    sh.add("填表：", None, None, "审核：", None, None, "2025年6月", None)
    return _layout(
        "tiane_resettlement_center_review_column", "http://www.afdelivr.top/xinwen/2014-12/09/content_2788561.htm",
        "(harder) 县水库移民工作管理中心 岗位廉政风险点排查表 as returned from the 派驻纪检监察组's review, after the source's "
        "report on 湖南 移民资金 (直补资金 “一卡通”, 项目资金, “三权分立” 立项/实施/验收, 村干部 骗取移民补贴): a title, a "
        "填报单位 line, 序号/股室 merged/岗位 and 姓名 merged per person/廉政风险点/``自评等级`` (一级/二级/三级)/防控措施 "
        "and a LAST column ``派驻纪检监察组审核意见`` whose cells say ``同意`` (the 自评等级 stands) or ``调整为一级``/"
        "``调整为二级`` (four rows: the level is the adjusted one); a merged ``注：`` line saying the opinion decides; "
        "no type column; a 填表/审核/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def tiane_water_bureau_two_sheets() -> dict:
    unit = f"{PLACE}水利局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 20, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("韩沄翙", "局长", "主持全面工作", [
            ("水利项目建设单位确定和资金安排个人说了算", "一级", "项目安排和资金分配经局党组会集体研究。"),
            ("水库大坝安全责任人调整不及时、搞形式", "三级", "责任人名单每年汛前公布并报备。"),
        ]),
        ("颜琤屾", "副局长", "分管水库运行管理、水资源", [
            ("取水许可审批降低条件、违规办理", "一级", "取水许可实行集体会审，审批结果公开。"),
            ("水库除险加固项目验收把关不严", "二级", "验收邀请技术专家和质量监督机构参加。"),
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
        ("水利工程管理股", "股长", "颜翚澄", "middle", "水库蓄水运行检查走过场，对超汛限水位不制止", "一级",
         "汛期检查记录存档，超汛限水位立即报告。"),
        ("水利工程管理股", "股长", "颜翚澄", "middle", "小型水库维修养护经费分配不公", "二级", "经费按因素法分配，结果公示。"),
        ("水利工程管理股", "技术员", "韩淼琛", "general", "工程观测资料弄虚作假", "三级", "观测资料双人记录、定期抽查。"),
        ("水资源股", "股长", "颜璟峤", "middle", "取水计量设施核查不实，少计水量", "二级", "计量设施每年校验，现场核查两人以上。"),
        ("水资源股", "股员", "韩峣瀚", "general", "接受取水单位宴请、礼品", "三级", "签订廉洁承诺书，节前廉洁提醒。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "tiane_water_bureau_two_sheets", "http://sw-fz.org.cn/show-13929.html",
        "县水利局 廉政风险防控一览表 in TWO SHEETS, after the source's notice on 水库大坝安全责任人 (政府责任人, 主管部门责任人, "
        "管理单位责任人, 蓄水管理, 除险加固): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 "
        "merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def tiane_longtan_reservoir_station_cards() -> dict:
    unit = f"{PLACE}龙滩库区管理站"
    t = _Truth(unit)
    cards = [
        ("站长", "颜湛珞", "站长", "", "主持库区管理站全面工作", "leader", [
            ("库区移民后期扶持项目申报中优亲厚友", "★★★", "申报项目经站务会研究，名单公示。"),
            ("库区消落带土地临时使用审批不公", "★★", "审批结果在库区各村公示。"),
            ("接受项目实施单位宴请", "★", "严守中央八项规定精神。"),
        ]),
        ("巡查员", "韩翎沅", "巡查员", "库区巡查股", "库区巡查、违法占用库区线索报告", "general", [
            ("发现违法占用库区不报告、收受好处", "★★★", "巡查轨迹记录，线索登记台账。"),
            ("巡查记录弄虚作假", "★★", "巡查记录每周由股长抽查。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, dept, work, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        if dept:
            sh.add("所在股室", dept, None, None)
            sh.merge(len(sh.rows) - 1, 1, len(sh.rows) - 1, 3)
        r = sh.add("主要职责", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, dept, post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "tiane_longtan_reservoir_station_cards", "https://www.chaxiaohao.com/read-1751068115l3477801.html",
        "县库区管理站 岗位廉政风险防控卡, one sheet a person, after the source's Q&A on 国家水库移民政策 (后期扶持, 直补资金 与 "
        "项目扶持, 人口核减, 动态管理): a title, ``姓　名 | … | 职　务 | …``, a ``所在股室`` line for the 巡查员 and a "
        "merged 主要职责 line, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def tiane_rural_water_station_posts() -> dict:
    unit = f"{PLACE}农村饮水工程管理站"
    sh = _Sheet("排查表", [6, 12, 10, 40, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "股室", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "leader", "农村供水工程维修项目化整为零规避招标", "制度机制风险", "高",
         "维修项目按限额标准比选或招标，结果公示。"),
        ("站领导", "站长", "leader", "村级水管员公益性岗位人选确定优亲厚友", "岗位职责风险", "中",
         "水管员由村集体推荐、乡镇审核、站里公示。"),
        ("工程管护股", "股长", "middle", "水管员考核走过场，不合格的照发补贴", "业务流程风险", "中",
         "考核结果与补贴挂钩，考核表存档备查。"),
        ("工程管护股", "技术员", "general", "水质检测数据弄虚作假", "岗位职责风险", "高", "水样双人采集，检测报告留存。"),
        ("财务股", "出纳", "general", "水费收入不入账、公款私存", "业务流程风险", "高", "水费统一缴入专户，日清月结。"),
        ("财务股", "出纳", "general", "管材、水表领用不登记", "思想道德风险", "低", "物资出入库登记，每季度盘点。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "tiane_rural_water_station_posts", "http://73n4.com/news/show.php?itemid=33007",
        "县农村饮水工程管理站 岗位廉政风险点排查表 对岗不对人, after the source's page on 农村水管员 (公益性岗位, 村集体推荐, "
        "培训上岗, 考核定岗): a title, 序号/股室 merged/岗位 merged per post/廉政风险点/风险类型 ``…风险``/风险等级 高/中/低/"
        "防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def tiane_sand_mining_office_group_rows() -> dict:
    unit = f"{PLACE}河道采砂管理办公室"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、办公室领导", "办公室领导", [
            ("主任", "韩旻漪", "leader", [
                ("采砂权出让方案设置排斥性条件", "一级风险", "出让方案经集体研究，进入公共资源交易中心拍卖。"),
                ("对非法采砂案件说情打招呼", "一级风险", "案件办理全程留痕，说情干预登记报告。"),
            ]),
        ]),
        ("二、采砂许可股", "采砂许可股", [
            ("股长", "颜珣岢", "middle", [
                ("采砂许可证超范围、超总量发放", "二级风险", "许可证载明范围、总量和期限，发证结果公开。"),
            ]),
            ("股员", "韩澔琰", "general", [
                ("现场踏勘不到位，地界图绘制失实", "二级风险", "踏勘两人以上，影像资料存档。"),
                ("采砂量统计台账不实", "三级风险", "采砂量按过磅单据逐日登记。"),
            ]),
        ]),
        ("三、巡查股", "巡查股", [
            ("股长", "颜翾溁", "middle", [
                ("发现盗采河砂不制止、不上报", "二级风险", "巡查记录每日上报，问题线索限时处置。"),
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
        "tiane_sand_mining_office_group_rows",
        "http://zhongtushe.com/html/zhongtuxiaoxi/diquxinwen/guangdong/2009/0815/425864.html",
        "县河道采砂管理办公室 廉政风险防控责任清单, after the source's news item on 采砂权 公开拍卖 (标段, 拍卖, 打击非法采砂): "
        "a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS "
        "``一、办公室领导``, ``二、采砂许可股``, ``三、巡查股`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def tiane_construction_station_list() -> dict:
    unit = f"{PLACE}水利工程建设管理站"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "颜岷霈", "leader", "“小农水”项目插手承揽或为亲属承揽工程", "思想道德", "高风险",
         "签订廉政承诺书，亲属回避。"),
        ("站领导", "站长", "颜岷霈", "leader", "设计变更不经审批，变相增加工程量", "制度机制", "高风险",
         "设计变更按程序报批，变更资料公开。"),
        ("质量安全股", "股长", "韩砚翯", "middle", "隐蔽工程验收不到场，事后补签", "岗位职责", "中风险",
         "隐蔽工程验收影像留存，监理、施工、建设三方签字。"),
        ("质量安全股", "质检员", "颜泓珺", "general", "材料抽检不按比例，接受施工方好处", "业务流程", "中风险",
         "材料抽检随机取样，送第三方检测。"),
        ("计划财务股", "会计", "韩嵘洺", "general", "工程进度款审核不严，超进度支付", "业务流程", "高风险",
         "进度款凭监理签认的工程量支付。"),
        ("计划财务股", "会计", "韩嵘洺", "general", "群众投劳折资核算不实", "岗位职责", "低风险", "投劳折资由村民代表签字确认。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "tiane_construction_station_list", "https://yybnet.net/mianyang/anxian/201501/5052351.html",
        "县水利工程建设管理站 岗位廉政风险防控一览表, after the source's “小农水” 项目 廉政风险预警 现场会 (民办公助, 不得插手承揽, "
        "施工单位廉政承诺书, 群众投劳折资): ``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/"
        "责任人 written on EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a "
        "填表人/审核人/站长（签字） line",
        [sh], t,
    )  # fmt: skip


def tiane_reservoir_office_selfchecks() -> dict:
    unit = f"{PLACE}中小型水库管理所"
    t = _Truth(unit)
    people = [
        ("韩琰岙", "所领导", "所长", "leader", [
            ("水库维修养护项目指定施工队伍", "Ⅰ级", "维修项目比选确定施工队伍，结果公示。", "已落实"),
            ("水库“三个责任人”值班到岗情况弄虚作假", "Ⅱ级", "值班记录每日登记，随机抽查。", "未发现问题"),
        ]),
        ("颜霂舟", "运行管理股", "巡查员", "general", [
            ("巡查记录补记、代签", "Ⅱ级", "巡查记录当日填写，所长每周查阅。", "已落实"),
            ("私自放水灌溉收取好处", "Ⅰ级", "放水按调度指令执行，操作记录存档。", "已落实"),
        ]),
        ("韩瑄汭", "综合股", "出纳", "general", [
            ("库区养殖承包费收取不开票据", "Ⅱ级", "承包费统一缴入单位账户，开具票据。", "未发现问题"),
            ("办公用品采购虚开发票", "Ⅲ级", "采购凭验收单报账。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在股室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "所长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "tiane_reservoir_office_selfchecks", "https://www.kunming.cn/zhuanti/c/2018-08-20/10593529.shtml",
        "县中小型水库管理所 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 水务局 check of "
        "小型水库 安全度汛 (“三个责任人” 值班到岗, 巡查值班记录): a title, a label row ``姓　名 | 所在股室 | 岗　位 | 填表时间`` "
        "over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 所长意见：``",
        sheets, t,
    )  # fmt: skip


def tiane_water_inspection_brigade_register() -> dict:
    unit = f"{PLACE}水政监察大队"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "中队", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("大队领导", "大队长", "颜峄澈", "leader", [
            ("河道违法案件处罚裁量畸轻畸重", "制度机制", "一级", "执行处罚裁量基准，重大案件集体讨论。"),
            ("对采砂企业违规行为以罚代管", "思想道德", "二级", "处罚后跟踪整改，整改情况登记。"),
        ]),
        ("第一中队", "中队长", "韩琇漭", "middle", [
            ("河道巡查发现违法行为不立案", "岗位职责", "一级", "巡查发现问题登记台账，立案情况月通报。"),
        ]),
        ("第一中队", "执法队员", "颜澍岚", "general", [
            ("现场检查单人执法、不出示证件", "业务流程", "二级", "执法两人以上，执法记录仪全程记录。"),
            ("暂扣采砂机具保管不善、私自处置", "业务流程", "三级", "暂扣物品登记入库，处置集体决定。"),
        ]),
        ("第二中队", "执法队员", "韩汭珩", "general", [
            ("泄露举报人信息", "思想道德", "一级", "举报信息专人保管，严格保密。"),
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
        "tiane_water_inspection_brigade_register", "https://www.chacewang.com/newsdetail/news443425.html",
        "县水政监察大队 廉政风险点排查登记表, after the source's 县 河砂 管理办法 (采砂许可证, 规划开采, 公开公平公正): a title, "
        "序号/中队 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 ``一级/二级/三级``/防控措施; "
        "a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    tiane_resettlement_center_review_column(),
    tiane_water_bureau_two_sheets(),
    tiane_longtan_reservoir_station_cards(),
    tiane_rural_water_station_posts(),
    tiane_sand_mining_office_group_rows(),
    tiane_construction_station_list(),
    tiane_reservoir_office_selfchecks(),
    tiane_water_inspection_brigade_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch846-inbox"))

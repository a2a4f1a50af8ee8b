"""The four-hundred-and-eightieth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 退役军人事务
bodies, 甘谷县 (a county of 天水市) — its 退役军人服务中心, 光荣院 and 烈士陵园管理所, the 退役军人服务站
of four of its towns (新兴镇, 磐安镇, 大像山镇, 安远镇) and, in the harder file, its 退役军人事务局 — each
handing back the 一览表, 排查表, 防控卡, 自查表 or 清单 its staff typed:

- the 退役军人服务中心's 一览表: ``股室`` merged, ``岗位`` and ``责任人`` merged per person, the risk,
  short types, 高/中/低, the measures, an 编制人/审核人/date line;
- the 光荣院's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 烈士陵园管理所's file in two sheets ``所领导`` (``姓名 | 职务 | 分管工作`` merged per person)
  and ``科室`` (``科室 | 岗位 | 姓名``), ``一级/二级/三级``, no type column;
- the 新兴镇退役军人服务站's 防控卡, one sheet a holder: ``姓　名 | … | 职　务 | …`` above
  ``序号 | 廉政风险点 | 风险等级 | 防控措施``, ``★★★/★★/★`` read by a ``注：`` line, no type column;
- the 磐安镇 one's 自查表, one sheet a person (tab = the person): a label row
  ``姓　名 | 岗　位 | 填表时间`` over a row of values, ``高风险/中风险/低风险``, ``自查情况``;
- the 大像山镇 one's 责任清单 under GROUP ROWS ``一、站领导`` / ``二、工作人员`` merged across:
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 安远镇 one's 一览表: ``岗位 | 责任人`` written on every row, short types, 高/中/低.

One is harder:

- ``gangu_bureau_level_by_rank``: the 退役军人事务局's 排查表, ``序号 | 股室 | 岗位 | 姓名 | 廉政风险点 |
  风险类型 | 风险排序 | 防控措施``, one point a row, ordered by 股室 and holder — and NO level column:
  each point carries only its RANK (``风险排序``, 1 = most serious) in the bureau's ranking of all
  its points at the 党组's risk-assessment meeting, the ranks scattered down the table (the first
  row is ranked 2, the ninth 1), and a ``注：`` line under the table turns ranks into levels by
  BANDS OF RANK (``排序第1—3位的为一级风险点，第4—6位的为二级风险点，第7位及以后的为三级风险点``).
  So a point's level is not written anywhere: it is its rank's band. The README's 读得懂的表 knows
  levels in a column of words, symbols, numbers shown as words, codes, colours, typefaces, icons,
  group rows, sheets by level, ticks under level columns, values a note ties to levels one by one
  (``一级风险点每月监控一次``), a note giving levels BY 序号 and a table SORTED by level with
  ``一级风险点小计`` lines; it does not describe a rank column, unsorted, whose values a note maps to
  levels by ranges of rank (a rank is not a 序号: the 序号 runs 1…9 down the rows, the ranks do
  not). No earlier batch writes one (``grep -l -E "风险排序|排序第|位次|风险排位" tests/published/batch*.py``
  finds none).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (the 烈士褒扬金 — its 标准, paid by the 县级 退役军人事务部门;
a 区退役军人事务局 visiting 困难退役军人 and 一等功臣; a 区退役军人事务 body's duties — 移交安置, 优抚抚恤,
褒扬奖励, 英烈保护; the 烈士纪念设施 and their 分级管理; a 镇退役军人服务站 visiting every household by 网格 —
慰问金, 困难家庭; a 县 visited by the 省厅 — 星级服务站, 信访; a 镇服务站's 春节走访 of 优抚对象; a 镇服务站
visiting 伤残军人 on 助残日) and the layout follows their
words for the unit, its parts, its posts and its risks. The rows are worded by us, the names
invented (rare Han surnames with rare given names); every unit is a body of 甘谷县.

Run ``python tests/published/score.py --set batch480`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a point's level is the band its ``风险排序`` falls in by the ``注：`` line
  (ranks 1–3 → 1, 4–6 → 2, 7 and after → 3); the rank itself is no point and no level word; the
  ``注：`` line is no point;
- ``局领导``, ``所领导``, ``院领导`` (a 股室/科室 cell or the leaders' sheet) are the 科室 of those leaders;
  a 局's or 中心's 股, a 院's 科 and a 所's 室 are 科室; a 镇退役军人服务站 has no 科室: its group rows
  ``一、站领导``, ``二、工作人员`` give no 科室 (they repeat the post's kind);
- every body is a unit of its own: 局长, 副局长, a 中心's 主任 and 副主任, a 院's 院长, a 所's 所长, a
  站's 站长 and 副站长 are leaders; 股长 and 科长 middle; the rest (科员, 专干, 管理员, 护理员, 讲解员,
  会计, 出纳) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作`` and ``自查情况`` are no points and
  name no holder; the 光荣院's list names no person: its forms are posts (对岗不对人);
- ``高/中/低``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``一级/二级/三级``, ``★★★/★★/★``, ``高风险/中风险/低风险`` and
  ``一级风险/二级风险/三级风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``layouts.build``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b480_"
PLACE = "甘谷县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
RANK_HEAD = "风险排序"
RANK_NOTE = (
    "注：风险排序为局党组廉政风险评估会对全局风险点按发生可能性和危害程度由高到低的排序；"
    "排序第1—3位的为一级风险点，第4—6位的为二级风险点，第7位及以后的为三级风险点。"
)


def rank_level(rank: int) -> int:
    """The level the ``注：`` line gives a rank: 1–3 → 1, 4–6 → 2, 7 and after → 3."""
    return 1 if rank <= 3 else 2 if rank <= 6 else 3


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int,
                last: int | None = None) -> None:  # fmt: skip
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs, last)


# --------------------------------------------------------------------------- harder layout

# (股室, 岗位, 姓名, tier, [(廉政风险点, 风险类型, 风险排序, 防控措施)])
BUREAU = [
    ("局领导", "局长", "禚翾珩", "leader", [
        ("退役士兵安置岗位分配个人说了算", "制度机制", 2, "安置岗位党组会集体研究，选岗结果公示。"),
        ("优抚资金分配照顾关系乡镇", "思想道德", 5, "优抚资金按在册人数分配并公示。"),
    ]),
    ("局领导", "副局长", "酆昶沨", "leader", [
        ("烈士纪念设施修缮项目插手施工", "岗位职责", 4, "修缮项目进县公共资源交易平台。"),
    ]),
    ("优抚安置股", "股长", "郦翀泷", "middle", [
        ("伤残等级评定材料审核不严", "业务流程", 1, "评定材料双人审核，结果报市局复核。"),
        ("定期抚恤补助对象死亡后不及时停发", "岗位职责", 6, "每季与民政、医保数据比对。"),
        ("自主就业退役士兵一次性经济补助多发", "业务流程", 3, "补助标准按服役年限核算并公示。"),
    ]),
    ("褒扬纪念股", "科员", "阚翎澴", "general", [
        ("烈士遗属身份认定把关不严", "业务流程", 7, "认定材料调阅原始档案。"),
        ("祭扫活动经费虚报", "外部环境", 9, "活动经费凭签到和票据报销。"),
        ("接受服务对象礼品", "思想道德", 8, "廉洁提醒，拒收登记。"),
    ]),
]  # fmt: skip


def gangu_bureau_level_by_rank() -> dict:
    unit = f"{PLACE}退役军人事务局"
    sh = _Sheet("排查表", [6, 12, 8, 8, 38, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险类型", RANK_HEAD, "防控措施")
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in BUREAU:
        for point, typ, rank, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, rank, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), rank_level(rank))
    _per_person(sh, first, 1, 2, 3)
    _line(sh, RANK_NOTE, 8)
    sh.add("填表人：", None, "审核人：", None, "2025年6月", None, None, None)
    return _layout(
        "gangu_bureau_level_by_rank",
        "https://m.233.com/shgzz/zhishiku/540/87027.html",
        "(harder) 县退役军人事务局 廉政风险点排查表, after the source's note on the 烈士褒扬金 (its 标准, paid by the 县级 "
        "退役军人事务部门, to whom in order): 序号/股室 merged (局领导, 优抚安置股, 褒扬纪念股)/岗位 and 姓名 merged per person/廉政风险点/"
        "风险类型 (short)/``风险排序`` (the point's RANK 1…9 in the bureau's ranking, scattered) and NO level column: a "
        "``注：`` line under the table gives levels by bands of rank (第1—3位 一级, 第4—6位 二级, 第7位及以后 三级); a "
        "填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def gangu_service_center_list() -> dict:
    unit = f"{PLACE}退役军人服务中心"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "蒯翃湛", "leader", [
            ("服务大厅改造项目验收把关不严", "制度机制", "高", "验收请审计、财政人员参加。"),
            ("帮扶援助资金审批优亲厚友", "思想道德", "中", "帮扶对象经村、镇、中心三级审核并公示。"),
        ]),
        ("就业创业股", "股长", "逄昀漳", "middle", [
            ("适应性培训人数虚报", "业务流程", "高", "培训签到刷脸留存。"),
        ]),
        ("权益维护股", "专干", "浦翊澈", "general", [
            ("信访事项推诿不办", "岗位职责", "中", "信访事项登记、限时办结。"),
            ("泄露退役军人个人信息", "外部环境", "低", "信息系统分级授权。"),
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
        "gangu_service_center_list",
        "http://hm.nantong.gov.cn/hmstyjrswj/zdgzhmsss/content/9487e50c-31f7-4582-9900-5f41a0d73a5f.html",
        "县退役军人服务中心 岗位廉政风险防控一览表, after the source's 区退役军人事务局 visiting 困难退役军人 and 一等功臣 "
        "(走访慰问, 服务对象): a title, 序号/股室 merged (中心领导, 就业创业股, 权益维护股)/岗位 and 责任人 merged per person/廉政风险点/"
        "风险类型 (short)/高/中/低/防控措施; an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def gangu_honor_home_posts() -> dict:
    unit = f"{PLACE}光荣院"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    adm, care = "综合科", "供养科"
    rows = [
        (adm, "科长", "middle", "入院对象审核", "为不符合条件的人员办理集中供养", "业务流程风险", "Ⅰ级",
         "入院条件公开，审核结果报县局审定。"),
        (adm, "科长", "middle", "物资采购", "伙食和被服采购价格虚高", "制度机制风险", "Ⅱ级", "采购三家比价。"),
        (care, "护理员", "general", "供养对象财物保管", "代管供养对象钱物不登记", "岗位职责风险", "Ⅰ级",
         "代管钱物两人登记、本人签字。"),
        (care, "护理员", "general", "护理服务", "收受供养对象家属红包", "思想道德风险", "Ⅲ级", "院务公开，设意见箱。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合科", None, None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "gangu_honor_home_posts", "https://omabebe.com/wtqq/qtyjrznzzwtq/202409/88f0d5456ab346bb9264a47f2bf6de43.shtml",
        "县光荣院 廉政风险点排查表 对岗不对人, after the source's list of a 区退役军人事务 body's duties (移交安置, 优抚抚恤, "
        "褒扬奖励, 拥军优属): a title, 序号/科室 merged (综合科, 供养科)/岗位 merged per post/a short 风险点/a long 风险表现/"
        "风险类型 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; an ``编制：综合科 | 审核： | 2025年4月`` line",
        [sh], t,
    )  # fmt: skip


def gangu_cemetery_two_sheets() -> dict:
    unit = f"{PLACE}烈士陵园管理所"
    t = _Truth(unit)
    lead = _Sheet("所领导", [6, 10, 8, 18, 34, 8, 32])
    _line(lead, f"{unit}领导班子廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("綦翯澧", "所长", "主持全面工作", [
            ("陵园绿化养护项目指定施工方", "一级", "养护项目所务会集体研究并公开比选。"),
            ("零散烈士墓迁移经费使用不实", "二级", "迁移经费专账核算。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "所领导", post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("科室", [6, 12, 10, 10, 34, 8, 32])
    _line(dept, f"{unit}科室岗位廉政风险防控表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("宣教室", "科长", "隗昉潆", "middle", "红色教育接待收取费用", "一级", "接待一律免费并公示。"),
        ("宣教室", "讲解员", "昝翙淇", "general", "讲解服务接受团队宴请", "二级", "接待登记，廉洁提醒。"),
        ("宣教室", "讲解员", "昝翙淇", "general", "纪念品代售款不入账", "三级", "代售款当日交财务。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    return _layout(
        "gangu_cemetery_two_sheets",
        "http://www.plapic.com.cn/pub/2017-04/06/content_7552874.htm",
        "县烈士陵园管理所's file in two sheets, after the source's account of 烈士纪念设施 (分级管理, 零散烈士墓, 专门管理机构): "
        "``所领导`` with 姓名/职务/分管工作 merged per person; ``科室`` with 科室/岗位/姓名 merged; levels ``一级/二级/三级``; "
        "no type column",
        [lead, dept], t,
    )  # fmt: skip


def gangu_xinxing_station_cards() -> dict:
    unit = f"{PLACE}新兴镇退役军人服务站"
    t = _Truth(unit)
    cards = [
        ("站长", "毌翮澍", "leader", [
            ("困难退役军人帮扶对象推荐不实", "★★★", "帮扶对象村级评议、镇级公示。"),
            ("走访慰问物资发放不登记", "★★", "慰问物资签领登记。"),
        ]),
        ("专干", "仉昱澂", "general", [
            ("退役军人信息采集弄虚作假", "★★", "信息采集表本人签字确认。"),
            ("代办事项收取好处", "★", "代办事项清单公开、免费。"),
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
        sh.add("持卡人（签字）：", None, "镇分管领导（签字）：", None)
        sheets.append(sh)
    return _layout(
        "gangu_xinxing_station_cards",
        "https://www.ycnews.cn/xyxw/dafeng/2025/01-27/o1XROd2D.html",
        "镇退役军人服务站 岗位廉政风险防控卡, one sheet a holder (tabs 站长, 专干), after the source's 镇退役军人服务站 visiting "
        "every 退役军人 household (网格, 慰问金, 困难家庭, 喜报): a title, ``姓　名 | … | 职　务 | …``, then 序号/廉政风险点/风险等级 "
        "``★★★/★★/★``/防控措施; a ``注：`` line; ``持卡人（签字）： | 镇分管领导（签字）：``",
        sheets, t,
    )  # fmt: skip


def gangu_panan_station_selfchecks() -> dict:
    unit = f"{PLACE}磐安镇退役军人服务站"
    t = _Truth(unit)
    people = [
        ("靳翛湄", "副站长", "leader", [
            ("星级服务站创建经费挪用", "高风险", "创建经费按预算使用、镇财政所审核。", "已落实"),
            ("退役军人信访矛盾压案不报", "中风险", "信访台账每月报县局。", "未发现问题"),
        ]),
        ("郜翀涟", "会计", "general", [
            ("优待金发放白条入账", "中风险", "凭花名册和银行回单入账。", "已落实"),
            ("志愿服务活动经费公款私存", "低风险", "经费进镇财政所专户。", "已整改"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "岗　位", "填表时间", None, None)
        sh.add(who, post, "2025年5月", None, None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, "", post, who, tier, point, [], WORDS[lv])
        sh.add()
        sh.add("本人签名：", None, "站长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "gangu_panan_station_selfchecks", "http://www.zhushan.cn/p/219409.html",
        "镇退役军人服务站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's report of a 省厅 "
        "visit (星级服务站创建, 信访稳定, 志愿服务): a title, a label row ``姓　名 | 岗　位 | 填表时间`` over a row of values, "
        "then 序号/风险点/风险等级 ``高风险/中风险/低风险``/防控措施/``自查情况``; no type column; ``本人签名： | 站长意见：``",
        sheets, t,
    )  # fmt: skip


def gangu_daxiangshan_station_group_rows() -> dict:
    unit = f"{PLACE}大像山镇退役军人服务站"
    sh = _Sheet("责任清单", [6, 10, 10, 38, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、站领导", [
            ("站长", "芮翯沅", "leader", [
                ("军人之家建设项目验收不严", "一级风险", "验收请县服务中心参加。"),
                ("办公经费报销不实", "三级风险", "报销票据两人审核。"),
            ]),
        ]),
        ("二、工作人员", [
            ("管理员", "冼昶潇", "general", [
                ("帮扶援助对象资料造假", "一级风险", "资料村委会签章、入户核实。"),
                ("权益维护事项推诿", "二级风险", "首问负责，办结回访。"),
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
        "gangu_daxiangshan_station_group_rows",
        "http://jlsrkfljjh.com/zgzrmzf/xxgk/zwgk/content/post_3033526.html",
        "镇退役军人服务站 廉政风险防控责任清单, after the source's 镇退役军人服务站 春节走访 (优抚对象, 慰问物资, 春联): a title, "
        "序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS ``一、站领导``, "
        "``二、工作人员`` merged across; 岗位 and 姓名 merged per person; no type column; 制表/审核/date",
        [sh], t,
    )  # fmt: skip


def gangu_anyuan_station_list() -> dict:
    unit = f"{PLACE}安远镇退役军人服务站"
    sh = _Sheet("一览表", [6, 10, 10, 40, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控一览表", 7)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：2025年6月", 7)
    sh.add("序号", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站长", "暨翾滢", "leader", "退役军人档案转接不按时限", "岗位职责", "中", "档案转接登记、限时办结。"),
        ("站长", "暨翾滢", "leader", "为关系人优先推荐就业岗位", "思想道德", "高", "推荐名单公示。"),
        ("出纳", "樊昉澜", "general", "慰问金代领不签字", "业务流程", "高", "慰问金打卡发放。"),
        ("出纳", "樊昉澜", "general", "退役军人档案保管不善泄密", "制度机制", "低", "档案专柜保管，借阅登记。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
    sh.add("填表人：", None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "gangu_anyuan_station_list", "https://www.xhqwhg.cn/wpc/view.php?id=4962",
        "镇退役军人服务站 廉政风险防控一览表, after the source's 镇退役军人服务站 visiting 伤残军人 on "
        "助残日 (慰问品, 武装部, 村书记): a title, a merged ``填报单位：…　填报时间：2025年6月`` line, 序号/岗位/责任人 written on EVERY row/"
        "廉政风险点/风险类型 (short)/高/中/低/防控措施; a 填表人/审核人/站长（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    gangu_bureau_level_by_rank(),
    gangu_service_center_list(),
    gangu_honor_home_posts(),
    gangu_cemetery_two_sheets(),
    gangu_xinxing_station_cards(),
    gangu_panan_station_selfchecks(),
    gangu_daxiangshan_station_group_rows(),
    gangu_anyuan_station_list(),
]
RESAVED: tuple[str, ...] = ()


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build``."""
    return _build(outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX)


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch480-inbox"))

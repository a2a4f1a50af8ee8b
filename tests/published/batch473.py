"""The four-hundred-and-seventy-third batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 农业农村
bodies, 临洮县 (a county of 定西) — its 农业技术推广中心, 畜牧兽医站 and 农村经营管理站, the 农业综合服务中心
of four of its towns (洮阳镇, 八里铺镇, 新添镇, 辛店镇) and, in the harder file, its 农业农村局 — each
handing back the 一览表, 排查表, 防控卡, 自查表 or 清单 its staff typed:

- the 农业技术推广中心's 一览表: ``科室`` merged, ``岗位`` and ``责任人`` merged per person, the risk,
  short types, 高/中/低, the measures, an 编制人/审核人/date line;
- the 畜牧兽医站's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 农村经营管理站's file in two sheets ``站领导`` (``姓名 | 职务 | 分管工作`` merged per person) and
  ``科室`` (``科室 | 岗位 | 姓名``), ``一级/二级/三级``, no type column;
- the 洮阳镇农业综合服务中心's 防控卡, one sheet a holder: ``姓　名 | … | 职　务 | …`` above
  ``序号 | 廉政风险点 | 风险等级 | 防控措施``, ``★★★/★★/★`` read by a ``注：`` line, no type column;
- the 八里铺镇 one's 自查表, one sheet a person (tab = the person): a label row
  ``姓　名 | 岗　位 | 填表时间`` over a row of values, ``高风险/中风险/低风险``, ``自查情况``;
- the 新添镇 one's 责任清单 under GROUP ROWS ``一、中心领导`` / ``二、工作人员`` merged across:
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 辛店镇 one's 一览表: ``岗位 | 责任人`` written on every row, short types, 高/中/低.

One is harder:

- ``lintao_bureau_keyed_measures``: the 农业农村局's 一览表, ``序号 | 科室 | 岗位 | 责任人 | 廉政风险点 |
  风险类型 | 风险等级 | 防控措施``, one point a row, numbered on through the table (1–9); the
  ``防控措施`` column is ONE CELL MERGED DOWN over each holder's rows, and its lines are KEYED to
  that holder's points by their 序号: ``针对风险点3：补贴对象县乡两级公示；⏎针对风险点4：…；⏎针对风险点5：…；``.
  The points stand plainly in their own column; the measures of several points are JOINED in one
  shared cell and split again only by the point numbers the lines open with. The README's
  读得懂的表 knows a point's closing bracket naming ITS measures by number (``（对应措施2、3）``, the
  other way round), measures written as a catalogue's codes, a measures cell opening with the
  point it serves written out in words (``针对“…”的风险：…``, ``风险点：…　防控措施：…``, read as the
  point: ``POINTS_IN_MEASURES``), a cross-reference to another row's point (``同序号14``), one
  measures cell for a holder typed one row a holder; it does not describe one merged measures
  cell whose lines name the points they serve only by the points' 序号 (``针对风险点N：``) — the
  text after ``针对风险点`` is a number, not a point, and the cell is no point at all. No earlier
  batch writes it (``grep -l '针对风险点[0-9]\\|针对第' tests/published/batch*.py`` finds none).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (what audits of 高标准农田 projects found;
a county setting up its 农业技术服务中心; the 罚则 of the 执业兽医管理办法; the steps of a 高标准农田 project's 验收 and its 竣工决算审计;
two accounts of 临洮县 itself, its towns, farmland and reforms; a city 农业农村局's 交叉督查 of the
镇办's 高标准农田; a 督导 of a 镇's 高标准农田 sites) and
the layout follows their words for the unit, its parts, its posts and its risks. The rows are
worded by us, the names invented (rare Han surnames with rare given names); every unit is a body
of 临洮县.

Run ``python tests/published/score.py --set batch473`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each ``廉政风险点`` cell is one point of its row's holder, with that row's type
  and level; the merged ``防控措施`` cell, and each of its ``针对风险点N：…`` lines, is no point (its
  lines are the measures of the points numbered N);
- ``局领导``, ``中心领导``, ``站领导`` (a 科室 cell or the leaders' sheet) are the 科室 of those
  leaders; a 局's 股 and a 中心's or 站's 站/室 are 科室; a 镇农业综合服务中心 has no 科室: its group
  rows ``一、中心领导``, ``二、工作人员`` give no 科室 (they repeat the post's kind);
- every body is a unit of its own: 局长, 副局长, a 中心's 主任 and 副主任, a 站's 站长 are leaders;
  股长, 科长 and the 站长 of a 站 inside the 推广中心 (粮油作物站) middle; the rest (科员, 农艺师, 检疫员,
  审计员, 农技员, 防疫员, 农经员, 会计) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作`` and ``自查情况`` are no points and
  name no holder; the 畜牧兽医站's list names no person: its forms are posts (对岗不对人);
- ``高/中/低``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``一级/二级/三级``, ``★★★/★★/★``, ``高风险/中风险/低风险`` and
  ``一级风险/二级风险/三级风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b473_"
PLACE = "临洮县"
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

# (科室, 岗位, 责任人, tier, [(廉政风险点, 风险类型, 风险等级, 针对它的措施)])
BUREAU = [
    ("局领导", "局长", "鄢翀霈", "leader", [
        ("农业项目资金分配个人说了算", "制度机制", "高", "资金分配方案经局党组会集体研究"),
        ("干预项目招标和验收", "岗位职责", "高", "领导干预插手登记报告"),
    ]),
    ("局领导", "副局长", "殷珝霂", "leader", [
        ("农机购置补贴审批把关不严", "业务流程", "高", "补贴对象县乡两级公示"),
        ("耕地地力保护补贴面积核定不实", "业务流程", "中", "补贴面积与确权数据比对"),
        ("接受农资企业宴请", "思想道德", "低", "节前廉洁提醒，拒收登记"),
    ]),
    ("计划财务股", "股长", "闫沅旸", "middle", [
        ("衔接资金拨付不按进度", "岗位职责", "中", "拨付凭项目进度单和监理意见"),
        ("专项资金挪作他用", "制度机制", "高", "专账核算，月末对账"),
    ]),
    ("农田建设股", "科员", "滑翛珏", "general", [
        ("高标准农田工程量签证虚增", "业务流程", "高", "签证经监理、乡镇、股室三方签字"),
        ("隐蔽工程验收不到场", "岗位职责", "中", "隐蔽工程验收留影像"),
    ]),
]  # fmt: skip


def _keyed(numbered: list[tuple[int, str]]) -> str:
    """One 防控措施 cell for a holder's points, each measure keyed to its point's 序号."""
    return "\n".join(f"针对风险点{n}：{m}；" for n, m in numbered)


def lintao_bureau_keyed_measures() -> dict:
    unit = f"{PLACE}农业农村局"
    sh = _Sheet("一览表", [6, 12, 8, 8, 34, 10, 8, 46])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in BUREAU:
        numbered = [(n + i, m) for i, (_p, _t, _lv, m) in enumerate(points, 1)]
        measures = _keyed(numbered)
        for point, typ, lv, _m in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    holder = lambda row: (row[1], row[2], row[3])  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, holder), (3, holder), (7, holder)])
    sh.add("填表人：", None, "审核人：", None, "2025年6月", None, None, None)
    return _layout(
        "lintao_bureau_keyed_measures",
        "https://m.wenke99.com/p-14997273.html",
        "(harder) 县农业农村局 岗位廉政风险防控一览表, after the source's 高标准农田 审计 findings (设计变更, 现场签证计量, 隐蔽验收资料): "
        "序号/科室 merged (局领导, 计划财务股, 农田建设股)/岗位 and 责任人 merged per person/廉政风险点/风险类型 (short)/"
        "高/中/低, then ONE 防控措施 cell MERGED DOWN over each holder's points whose lines are KEYED to the points by "
        "their 序号 (``针对风险点3：…；⏎针对风险点4：…；``); a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def lintao_extension_center_list() -> dict:
    unit = f"{PLACE}农业技术推广中心"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "栾翯珵", "leader", [
            ("示范基地建设项目指定施工单位", "制度机制", "高", "项目实施主体集体研究确定。"),
            ("农技推广补助经费分配不公", "岗位职责", "中", "补助名单公示。"),
        ]),
        ("粮油作物站", "站长", "丰昶濯", "middle", [
            ("良种推广试验数据造假", "业务流程", "高", "试验记录双人签字，数据留档。"),
        ]),
        ("土壤肥料站", "农艺师", "郏湜珞", "general", [
            ("测土配方施肥取样不到田间", "岗位职责", "中", "取样定位拍照。"),
            ("向肥料企业推荐关系产品", "外部环境", "低", "推荐目录集体审定。"),
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
        "lintao_extension_center_list",
        "http://www.mayang.gov.cn/mayang/c105460/202109/750baed3b5084ef3899f0af9fef4e643.shtml",
        "县农业技术推广中心 岗位廉政风险防控一览表, after the source's 县 农业技术服务中心 set up (种养技术, "
        "新品种实验, 新型农业经营主体): a title, 序号/科室 merged (中心领导, 粮油作物站, 土壤肥料站)/岗位 and 责任人 merged per person/廉政风险点/"
        "风险类型 (short)/高/中/低/防控措施; an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def lintao_veterinary_station_posts() -> dict:
    unit = f"{PLACE}畜牧兽医站"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    lead, quar = "站领导", "动物检疫室"
    rows = [
        (lead, "站长", "leader", "强制免疫疫苗分配", "疫苗分配照顾关系乡镇，账实不符", "制度机制风险", "Ⅰ级",
         "疫苗出入库台账按月核对。"),
        (lead, "站长", "leader", "兽药饲料抽检安排", "抽检对象人为指定", "岗位职责风险", "Ⅱ级",
         "抽检对象随机抽取。"),
        (quar, "检疫员", "general", "产地检疫出证", "不到现场检疫即出具检疫证明", "业务流程风险", "Ⅰ级",
         "检疫出证电子化，现场拍照。"),
        (quar, "检疫员", "general", "病死畜禽无害化处理", "虚报无害化处理数量套取补助", "思想道德风险", "Ⅲ级",
         "处理数量与收集台账核对。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "lintao_veterinary_station_posts", "http://m.jianbiaoku.com/webarbs/book/164515/4714409.shtml",
        "县畜牧兽医站 廉政风险点排查表 对岗不对人, after the source's 执业兽医管理办法 罚则 (执业范围, 处方, "
        "动物卫生监督机构): a title, 序号/科室 merged (站领导, 动物检疫室)/岗位 merged per post/a short 风险点/a long 风险表现/风险类型 "
        "``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; an ``编制：办公室 | 审核： | 2025年3月`` line",
        [sh], t,
    )  # fmt: skip


def lintao_management_station_two_sheets() -> dict:
    unit = f"{PLACE}农村经营管理站"
    t = _Truth(unit)
    lead = _Sheet("站领导", [6, 10, 8, 18, 34, 8, 32])
    _line(lead, f"{unit}领导班子廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("宦翊澂", "站长", "主持全面工作", [
            ("村集体经济审计结论受人情左右", "一级", "审计结论站务会集体审定。"),
            ("农村产权交易鉴证把关不严", "二级", "鉴证材料两人复核。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "站领导", post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("科室", [6, 12, 10, 10, 34, 8, 32])
    _line(dept, f"{unit}科室岗位廉政风险防控表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("审计室", "科长", "逯昶沨", "middle", "村级财务审计发现问题不报告", "一级", "审计底稿归档，问题清单报站。"),
        ("审计室", "审计员", "巩翾琰", "general", "审计中接受村干部吃请", "二级", "审计组两人以上，廉洁承诺。"),
        ("审计室", "审计员", "巩翾琰", "general", "泄露集体经济组织财务资料", "三级", "资料借阅登记。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    return _layout(
        "lintao_management_station_two_sheets",
        "http://shgreenbox.com/ybyq/98730739.html",
        "县农村经营管理站's file in two sheets, after the source's 高标准农田 验收程序 (县级初步验收, "
        "竣工决算审计, 查阅档案): ``站领导`` with 姓名/职务/分管工作 merged per person; ``科室`` with 科室/岗位/姓名 merged; levels "
        "``一级/二级/三级``; no type column",
        [lead, dept], t,
    )  # fmt: skip


def lintao_taoyang_center_cards() -> dict:
    unit = f"{PLACE}洮阳镇农业综合服务中心"
    t = _Truth(unit)
    cards = [
        ("主任", "祁翃澜", "leader", [
            ("耕地地力保护补贴面积汇总不实", "★★★", "补贴面积村级公示、中心复核。"),
            ("中心办公经费报销不实", "★★", "报销票据两人审核。"),
        ]),
        ("农技员", "蔺昀澍", "general", [
            ("补贴面积入户核实走过场", "★★", "核实记录农户签字。"),
            ("接受农户土特产", "★", "节前廉洁提醒，拒收登记。"),
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
        "lintao_taoyang_center_cards",
        "https://guangfuqiang.com/tndb/a1240955.html",
        "镇农业综合服务中心 岗位廉政风险防控卡, one sheet a holder (tabs 主任, 农技员), after the source's account of 临洮县 "
        "(洮阳镇, 耕地, 农村综合改革, 惠民政策): a title, ``姓　名 | … | 职　务 | …``, then 序号/廉政风险点/风险等级 ``★★★/★★/★``/"
        "防控措施; a ``注：`` line; ``持卡人（签字）： | 镇分管领导（签字）：``",
        sheets, t,
    )  # fmt: skip


def lintao_balipu_center_selfchecks() -> dict:
    unit = f"{PLACE}八里铺镇农业综合服务中心"
    t = _Truth(unit)
    people = [
        ("詹翮珈", "副主任", "leader", [
            ("私屠滥宰线索不报告", "高风险", "线索登记报县农业农村局。", "已落实"),
            ("动物防疫物资发放不登记", "中风险", "物资发放农户签字。", "未发现问题"),
        ]),
        ("娄湉翙", "防疫员", "general", [
            ("免疫档案补填造假", "中风险", "免疫后当日录入系统。", "已落实"),
            ("收取农户防疫费用", "低风险", "免费政策入户宣传。", "已整改"),
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
        sh.add("本人签名：", None, "主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "lintao_balipu_center_selfchecks", "https://twwiki.net/wiki/gwzk5r20ol522rw.html",
        "镇农业综合服务中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's encyclopaedia page on "
        "临洮县 (its 镇, 农业人口, 洮河): a title, a label row ``姓　名 | 岗　位 | 填表时间`` over "
        "a row of values, then 序号/风险点/风险等级 ``高风险/中风险/低风险``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 主任意见：``",
        sheets, t,
    )  # fmt: skip


def lintao_xintian_center_group_rows() -> dict:
    unit = f"{PLACE}新添镇农业综合服务中心"
    sh = _Sheet("责任清单", [6, 10, 10, 38, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", [
            ("主任", "沃翯昉", "leader", [
                ("村集体三资处置不经民主程序", "一级风险", "三资处置执行“四议两公开”。"),
                ("公务车辆私用", "三级风险", "车辆使用登记。"),
            ]),
        ]),
        ("二、工作人员", [
            ("农经员", "冀湝琮", "general", [
                ("村级报账审核放宽标准", "一级风险", "报账凭证两人审核。"),
                ("集体资源发包协助暗箱操作", "二级风险", "发包进镇交易平台。"),
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
        "lintao_xintian_center_group_rows",
        "http://m.hbgstv.com/p/79513.html",
        "镇农业综合服务中心 廉政风险防控责任清单, after the source's 市农业农村局 交叉督查 of the 镇办's 高标准农田 (查阅资料, 查看账目): a "
        "title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS ``一、中心领导``, "
        "``二、工作人员`` merged across; 岗位 and 姓名 merged per person; no type column; 制表/审核/date",
        [sh], t,
    )  # fmt: skip


def lintao_xindian_center_list() -> dict:
    unit = f"{PLACE}辛店镇农业综合服务中心"
    sh = _Sheet("一览表", [6, 10, 10, 40, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控一览表", 7)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：2025年6月", 7)
    sh.add("序号", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("主任", "蒯翾霈", "leader", "村级财务支出审批把关不严", "岗位职责", "中", "支出事项镇村两级审核。"),
        ("主任", "蒯翾霈", "leader", "合作社项目申报推荐优亲厚友", "思想道德", "高", "推荐名单公示。"),
        ("会计", "权昫珣", "general", "代理记账挪用村集体资金", "业务流程", "高", "资金进镇代管账户，按月对账。"),
        ("会计", "权昫珣", "general", "会计档案保管不善丢失", "制度机制", "低", "档案专柜保管，借阅登记。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
    sh.add("填表人：", None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "lintao_xindian_center_list", "http://www.anhuiwangku.com/difang/wuhu/2025-03-21/46281.html",
        "镇农业综合服务中心 廉政风险防控一览表, after the source's 督导 of a 镇's 高标准农田 (主体责任, 监理, 弄虚作假): a "
        "title, a merged ``填报单位：…　填报时间：2025年6月`` line, 序号/岗位/责任人 written on EVERY row/廉政风险点/风险类型 "
        "(short)/高/中/低/防控措施; a 填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    lintao_bureau_keyed_measures(),
    lintao_extension_center_list(),
    lintao_veterinary_station_posts(),
    lintao_management_station_two_sheets(),
    lintao_taoyang_center_cards(),
    lintao_balipu_center_selfchecks(),
    lintao_xintian_center_group_rows(),
    lintao_xindian_center_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch473-inbox"))

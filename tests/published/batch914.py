"""The nine-hundred-and-fourteenth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's farming and
herding bodies, 萨嘎县 (日喀则市, 西藏自治区) — its 农业农村局, 畜牧兽医站, 动物疫病预防控制中心, 草原监理站,
农牧综合服务中心, 农机推广站 and two 乡镇农牧综合服务站 (加加镇, 昌果乡) — each handing back the 一览表,
防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 农业农村局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 畜牧兽医站's 排查表 对岗不对人: ``股室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 动物疫病预防控制中心's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作
  line, ``★★★/★★/★`` read by a ``注：`` line;
- the 草原监理站's 清单 under GROUP ROWS ``一、站领导`` … (no 科室 column), ``岗位 | 姓名`` merged per
  person, ``一级风险/二级风险/三级风险``;
- the 农牧综合服务中心's 自查表, one sheet a person: a label row ``姓　名 | 所在部门 | 岗　位 | 填表时间``
  over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 加加镇农牧综合服务站's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on
  EVERY row, short types, ``高风险/中风险/低风险``;
- the 农机推广站's 排查登记表: ``股室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别`` (short
  names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``saga_changguo_station_same_name``: the 昌果乡农牧综合服务站's 岗位廉政风险防控一览表, an ordinary list
  (``序号 | 股室 | 岗位 | 姓名 | 廉政风险点 | 风险等级 | 防控措施``, 股室 merged, 岗位 and 姓名 merged per
  person, 高/中/低) in which TWO DIFFERENT PEOPLE BEAR THE SAME NAME (同名同姓): the 畜牧兽医组's 组长 and
  the 综合组's 报账员 are both ``慕曲岚``, and the station tells them apart the way small offices do,
  ``慕曲岚（大）`` and ``慕曲岚（小）`` in the 姓名 cells, with a line under the list ``注：本站两名同志同名，
  姓名后以（大）（小）区分。`` The docs describe two posts of one person (``张三（兼）``), brackets after a name
  holding a 科室, a 时段, a 职称 or a level, and several holders in one cell; they do not describe one
  name standing for two people in one list (重名), each with their own 科室, post and points, nor the
  ``（大）/（小）`` marks that keep them apart.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (reporting on 种粮补贴 冒领 —
虚报面积, 分户登记表, 核实流于形式; a 县畜牧局's paper on 乡镇畜牧兽医站所 — 重大动物疫病防控, 产地检疫,
养殖场监管, 村级防疫员; a paper on 动物防疫临时检查站 — 闯站, 检疫消毒, 临时抽调人员; a 苏木's 禁牧区
巡逻 — 非法放牧, 巡逻组, 执法援助; a 农业部 meeting on 乡镇农业公共服务机构 — 农技推广, 畜牧兽医站, 农产品质量
监管; a report on 青海 草原生态管护公益岗位 — 退牧还草, 禁牧区巡查, 管护员; a 市农业农村局 notice on
农机购置与应用补贴 — 生产企业, 经销企业, 购机者, 核查; a 县农机局's 补贴机具 清理检查 — 走村入户, 倒卖机具,
套取补贴) and the layout follows their words for the unit, its parts, its posts and its risks.
The rows are worded by us, the names invented (the rare surnames 羊 and 慕 with rare given names);
every unit is a body of 萨嘎县.

Run ``python tests/published/score.py --set batch914`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file ``慕曲岚（大）`` and ``慕曲岚（小）`` are two holders, both named ``慕曲岚`` (the
  ``（大）/（小）`` is no part of the name, as the ``注：`` line says): two forms, one
  (畜牧兽医组, 组长, 慕曲岚) and one (综合组, 报账员, 慕曲岚), each with its own points — not one
  person holding two posts;
- ``局领导`` (the 农业农村局's sheet) and the cards' leaders have no 科室; ``站领导``, ``中心领导`` written in a
  股室/部门 cell or a group row are the 科室 of those leaders; a 局's 股, a 站's 股 or 组 and a 中心's 科 are
  科室; a group row ``二、监理执法股`` gives the 科室 ``监理执法股``;
- every 站, 中心 and the 局 are units of their own: 局长, 副局长, 站长, 副站长, 主任 and 副主任 are
  leaders; 股长, 组长 and 科长 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no
  points and name no holder; the 畜牧兽医站's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b914_"
PLACE = "萨嘎县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
TWIN = "慕曲岚"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# (股室, 岗位, 姓名 as written, 姓名, tier, [(廉政风险点, 风险等级, 防控措施)])
SAME_NAME = [
    ("站领导", "站长", "羊岍翙", "羊岍翙", "leader", [
        ("补贴农机具核实走过场，为倒卖机具的农户出具证明", "高", "补贴机具逐台核对编号，核实表由农户和核查人共同签字。"),
        ("草原生态补奖资金发放名单把关不严", "高", "发放名单经村公示七天，站务会集体审定。"),
    ]),
    ("畜牧兽医组", "组长", f"{TWIN}（大）", TWIN, "middle", [
        ("动物产地检疫不到现场，隔山开证", "高", "检疫出证须现场查验并留存照片。"),
        ("强制免疫疫苗发放登记不实", "中", "疫苗领用逐村登记，村级防疫员签字。"),
    ]),
    ("综合组", "报账员", f"{TWIN}（小）", TWIN, "general", [
        ("村级防疫员补助报账虚列人数", "中", "补助按花名册发放，报账附签领表。"),
        ("办公经费报销票据审核不严", "低", "报销票据经组长初审、站长审批。"),
    ]),
    ("农技推广组", "农技员", "慕翀嵛", "慕翀嵛", "general", [
        ("青稞良种发放向亲友倾斜", "中", "良种发放按种植面积核定，发放名单公示。"),
    ]),
]  # fmt: skip


def saga_changguo_station_same_name() -> dict:
    unit = f"{PLACE}昌果乡农牧综合服务站"
    sh = _Sheet("一览表", [6, 12, 10, 14, 40, 9, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    first = len(sh.rows)
    n = 0
    for dept, post, shown, who, tier, points in SAME_NAME:
        for point, lv, measures in points:
            n += 1
            sh.add(n, dept, post, shown, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：本站两名同志同名，姓名后以（大）（小）区分。", 7)
    sh.add("制表：综合组", None, None, "审核：", None, "2025年6月", None)
    return _layout(
        "saga_changguo_station_same_name", "http://www.linesmovie.com/269/272/274/2010-03-12/14790.html",
        "(harder) 乡农牧综合服务站 岗位廉政风险防控一览表, after the source's 县农机局 补贴机具 清理检查 (走村入户, 倒卖补贴机具, "
        "套取补贴资金): a title, ``序号 | 股室 | 岗位 | 姓名 | 廉政风险点 | 风险等级 | 防控措施``, 股室 merged, 岗位/姓名 "
        "merged per person, 高/中/低; TWO DIFFERENT HOLDERS OF THE SAME NAME (畜牧兽医组 组长 and 综合组 报账员, both "
        "慕曲岚) told apart as ``慕曲岚（大）`` and ``慕曲岚（小）``, with a ``注：`` line saying so; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def saga_agriculture_bureau_two_sheets() -> dict:
    unit = f"{PLACE}农业农村局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("羊翯岑", "局长", "主持全面工作", [
            ("强农惠农项目资金安排个人说了算", "一级", "项目资金安排经局党组会集体研究，会议纪要存档。"),
            ("干预农牧项目招标，为亲友承揽工程打招呼", "一级", "领导干部插手工程项目登记报告，招标全程进平台。"),
        ]),
        ("慕骞昉", "副局长", "分管种植业、惠农补贴", [
            ("种粮补贴面积核实流于形式，默许虚报面积", "一级", "补贴面积实地抽查，分户登记表逐级签字。"),
            ("惠农补贴发放对象审核向关系户倾斜", "二级", "补贴对象在村务公开栏公示，接受群众监督。"),
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
        ("计划财务股", "股长", "羊昶峦", "middle", "农牧专项资金拨付不按项目进度", "一级", "资金凭验收报告拨付，分管领导复核。"),
        ("计划财务股", "股长", "羊昶峦", "middle", "惠农资金“一卡通”发放数据审核不严", "二级", "发放数据与分户登记表逐户比对。"),
        ("计划财务股", "出纳", "慕琤屹", "general", "现金收支不及时入账，公款私存", "一级", "现金日清月结，每月对账。"),
        ("种植业股", "股长", "羊澍岫", "middle", "种粮补贴分户登记表汇总把关不严", "二级", "汇总数据与乡镇上报数逐项核对。"),
        ("畜牧业股", "科员", "慕湉翊", "general", "牲畜良种补贴冒名申领审核不严", "三级", "申领材料双人审核，抽查入户核实。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "saga_agriculture_bureau_two_sheets", "http://925eat.com/news_html/201511/20151125/news_20151125_2588056.shtml",
        "县农业农村局 廉政风险防控一览表 in TWO SHEETS, after the source's reporting on 种粮补贴 冒领 (虚报种植面积, "
        "分户登记表, 核实和汇总流于形式): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 merged "
        "and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def saga_animal_husbandry_station_posts() -> dict:
    unit = f"{PLACE}畜牧兽医站"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "股室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "leader", "重大动物疫病防控物资采购", "防控物资采购指定供应商，收受回扣", "制度机制风险", "高",
         "物资采购按政府采购程序办理，站务会集体研究。"),
        ("检疫股", "股长", "middle", "产地检疫出证", "不到现场查验即出具检疫证明", "岗位职责风险", "高",
         "检疫出证现场拍照，电子出证系统留痕。"),
        ("检疫股", "检疫员", "general", "养殖场日常监管", "对养殖场违规用药睁一只眼闭一只眼", "业务流程风险", "中",
         "监管巡查记录每月报站里，站领导抽查。"),
        ("防疫股", "防疫员", "general", "强制免疫疫苗管理", "疫苗出入库不登记，私自倒卖疫苗", "思想道德风险", "高",
         "疫苗出入库双人登记，每月盘点。"),
        ("防疫股", "防疫员", "general", "村级防疫员补助核发", "虚报村级防疫员防疫工作量", "外部环境风险", "中",
         "防疫工作量按免疫档案核定，乡镇签字确认。"),
        ("综合股", "报账员", "general", "防疫经费报账", "报账票据不实，套取防疫经费", "业务流程风险", "低",
         "报账票据经股长初审、站长审批。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合股", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "saga_animal_husbandry_station_posts", "http://www.handmsg.com/page/2015/0403/20317460.shtml",
        "县畜牧兽医站 岗位廉政风险点排查表 对岗不对人, after the source's 县畜牧局 paper on 乡镇畜牧兽医站所 (重大动物疫病防控, "
        "产地检疫, 养殖场日常监管, 乡村兽医): a title, 序号/股室 merged/岗位 merged per post/a short 风险点/a long 风险表现/"
        "风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def saga_disease_control_center_cards() -> dict:
    unit = f"{PLACE}动物疫病预防控制中心"
    t = _Truth(unit)
    cards = [
        ("主任", "羊洺岚", "主任", "主持中心全面工作", "leader", [
            ("动物防疫检查站临时抽调人员安排优亲厚友", "★★★", "抽调人员经中心会议研究，名单公示。"),
            ("检疫消毒设备采购化整为零规避招标", "★★★", "设备采购按限额标准报县农业农村局审批。"),
            ("接受养殖企业宴请和礼品", "★", "严守中央八项规定精神，节前廉洁提醒。"),
        ]),
        ("副主任", "慕岨霈", "副主任", "分管疫病监测、检查站", "leader", [
            ("疫病监测采样数据弄虚作假", "★★", "采样记录双人签字，样品编号全程追溯。"),
            ("对闯站车辆不登记、不处置", "★★", "检查站全程录像，闯站情况每日上报。"),
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
        "saga_disease_control_center_cards", "https://www.ppdoc.com/conference/d8348ddd4b238c92a90cdd01f2ae3f87.html",
        "县动物疫病预防控制中心 领导干部廉政风险防控卡, one sheet a leader, after the source's paper on 动物防疫临时检查站 "
        "(闯站, 检疫消毒场地, 临时抽调人员): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def saga_grassland_station_group_rows() -> dict:
    unit = f"{PLACE}草原监理站"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、站领导", "站领导", [
            ("站长", "羊珩岿", "leader", [
                ("非法放牧案件查处中说情、干预，降低处罚标准", "一级风险", "重大案件集体审议，处罚决定公开。"),
                ("禁牧区巡逻车辆和经费使用不规范", "二级风险", "车辆使用登记，经费专账核算。"),
            ]),
        ]),
        ("二、监理执法股", "监理执法股", [
            ("股长", "慕翾峣", "middle", [
                ("草原违法案件调查取证不全、选择性执法", "一级风险", "调查取证两人以上，执法记录仪全程记录。"),
            ]),
            ("执法员", "羊霁岈", "general", [
                ("巡逻发现超载过牧不制止、不报告", "二级风险", "巡逻日志每日上报，站里抽查。"),
                ("接受牧户宴请，泄露巡查安排", "三级风险", "签订廉洁执法承诺书，巡逻路线临时确定。"),
            ]),
        ]),
        ("三、草原保护股", "草原保护股", [
            ("技术员", "慕珉峤", "general", [
                ("草畜平衡核定载畜量数据不实", "二级风险", "载畜量核定实地测产，结果公示。"),
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
        "saga_grassland_station_group_rows", "https://www.ewenke.gov.cn/OpennessContent/show/537917.html",
        "县草原监理站 廉政风险防控责任清单 under GROUP ROWS, after the source's 苏木 禁牧区巡逻 (非法放牧, 巡逻组, 执法援助组, "
        "禁牧政策): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施, group rows "
        "``一、站领导``, ``二、监理执法股``, ``三、草原保护股`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def saga_service_center_selfchecks() -> dict:
    unit = f"{PLACE}农牧综合服务中心"
    t = _Truth(unit)
    people = [
        ("羊岷翛", "中心领导", "主任", "leader", [
            ("农技推广项目资金使用不公开", "Ⅰ级", "项目资金专账核算，年底公示。", "已落实"),
            ("农产品质量检测仪器采购指定供应商", "Ⅱ级", "采购三家比价，验收后入库。", "未发现问题"),
        ]),
        ("慕璟岫", "农产品质量监管科", "检测员", "general", [
            ("农产品抽检数据弄虚作假", "Ⅰ级", "检测原始记录双人签字，县里抽检比对。", "已落实"),
            ("抽检样品选择性送检", "Ⅲ级", "样品随机抽取，抽样单由经营户签字。", "已落实"),
        ]),
        ("羊晞岱", "农技推广科", "农技员", "general", [
            ("技术培训补助发放虚报参训人数", "Ⅱ级", "培训签到表与照片存档，补助直发到人。", "未发现问题"),
            ("示范户遴选优亲厚友", "Ⅱ级", "示范户按条件推荐、公示后确定。", "已落实"),
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
        "saga_service_center_selfchecks", "http://m.askacustomsbroker.com/news_info/4417.html",
        "县农牧综合服务中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 农业部 座谈会 on "
        "乡镇农业公共服务机构 (农技推广, 畜牧兽医站, 农产品质量安全监管, 技术培训): a title, a label row "
        "``姓　名 | 所在部门 | 岗　位 | 填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/"
        "``自查情况``; no type column; ``本人签名： | 主任意见：``",
        sheets, t,
    )  # fmt: skip


def saga_jiajia_town_station_list() -> dict:
    unit = f"{PLACE}加加镇农牧综合服务站"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "慕峋霖", "leader", "草原管护员选聘优亲厚友", "制度机制", "高风险",
         "管护员由村推荐、站里考核、公示后聘用。"),
        ("站领导", "站长", "慕峋霖", "leader", "退牧还草项目围栏验收不严", "岗位职责", "中风险",
         "围栏验收实地丈量，村民代表签字。"),
        ("草原管护", "管护员", "羊泖岐", "general", "禁牧区巡查记录弄虚作假", "业务流程", "高风险",
         "巡查定位打卡，记录每月核查。"),
        ("草原管护", "管护员", "羊泖岐", "general", "对熟人偷牧行为不制止、不上报", "思想道德", "低风险",
         "发现偷牧当日上报，站里复查。"),
        ("综合服务", "会计", "慕岘翎", "general", "管护员工资补贴发放不及时、截留", "外部环境", "中风险",
         "补贴按月打卡发放，名单公示。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "saga_jiajia_town_station_list", "http://www.eedu.org.cn/news/Print.asp?ArticleID=52643",
        "镇农牧综合服务站 岗位廉政风险防控一览表, after the source's report on 草原生态管护公益性岗位 (退牧还草, 禁牧区巡查, "
        "管护员 选聘, 工作补助): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 on "
        "EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/站长（签字） line",
        [sh], t,
    )  # fmt: skip


def saga_farm_machinery_station_register() -> dict:
    unit = f"{PLACE}农机推广站"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "羊峥澧", "leader", [
            ("农机购置补贴资金审核把关不严", "制度机制", "一级", "补贴申请经站务会集体审核，结果公示。"),
            ("与农机经销企业往来过密", "思想道德", "二级", "非工作原因不与经销企业接触，定期廉洁谈话。"),
        ]),
        ("补贴管理股", "股长", "慕曦嶙", "middle", [
            ("补贴机具核查抽查比例不足", "业务流程", "一级", "核查比例不低于规定，核查记录存档。"),
        ]),
        ("技术推广股", "技术员", "羊屾澄", "general", [
            ("农机操作培训补助虚报人数", "业务流程", "二级", "培训签到与照片留存，补助直发到人。"),
            ("为购机者推荐指定经销企业", "外部环境", "三级", "购机者自主选择机具和经销企业。"),
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
        "saga_farm_machinery_station_register", "https://news.nongji360.com/html/2026/01/272260.shtml",
        "县农机推广站 廉政风险点排查登记表, after the source's 市农业农村局 notice on 农机购置与应用补贴 (生产企业, 经销企业, "
        "购机者, 核查, 资金安全): a title, 序号/股室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/"
        "风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    saga_changguo_station_same_name(),
    saga_agriculture_bureau_two_sheets(),
    saga_animal_husbandry_station_posts(),
    saga_disease_control_center_cards(),
    saga_grassland_station_group_rows(),
    saga_service_center_selfchecks(),
    saga_jiajia_town_station_list(),
    saga_farm_machinery_station_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch914-inbox"))

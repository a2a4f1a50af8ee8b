"""The seven-hundred-and-fourteenth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county-level city's
wetland, nature-reserve and forestry bodies, 虎林市 (of 鸡西市, 黑龙江省) — its 林业和草原局, 森林公安局,
野生动物救护站, 虎口湿地自然保护区管理站, 湿地保护中心, 国有东方红林场, 七虎林河国家湿地公园管理处 and
珍宝岛湿地保护区管理站 — each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in
WPS or Excel:

- the 林业和草原局's 一览表: ``股室`` merged, ``岗位 | 姓名`` merged per person, ``风险类型`` (``…风险``),
  ``一级/二级/三级``;
- the 森林公安局's 排查表 对岗不对人: ``部门`` and ``岗位`` merged, short types, 高/中/低; no names;
- the 野生动物救护站's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` and a merged 岗位职责
  line, ``★★★/★★/★`` read by a ``注：`` line, no type column;
- the 虎口湿地自然保护区管理站's 责任清单 under GROUP ROWS ``一、站领导`` … merged across, ``岗位 | 姓名``
  merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 湿地保护中心's 自查表, one sheet a person: a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间`` over a
  row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``;
- the 国有东方红林场's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on EVERY
  row, short types, ``高风险/中风险/低风险``;
- the 七虎林河国家湿地公园管理处's 排查登记表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别``
  (short names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``hulin_zhenbaodao_station_linked_holders``: the 珍宝岛湿地保护区管理站's 廉政风险点电子台账, a plain
  list ``序号 | 岗位 | 廉政风险点 | 风险等级 | 防控措施 | 责任人`` whose ``责任人`` cells do not print a
  name: each says ``点击查看``, an Excel HYPERLINK into the second sheet ``人员信息`` (``序号 | 姓名 | 职务
  | 联系电话``), pointing at the holder's row there. Two 巡护员 share the post, and only the links
  tell whose rows are whose; the other posts are one person each in the 人员信息 sheet. The README's
  读得懂的表 knows rosters keyed by post, codes, 工号, 表号 (tab names) and numbers written IN the cells,
  a ``返回目录`` cell, comments and dropdowns; it says nothing of a cell whose only link to its
  holder is a hyperlink target (the cell's text is the same on every row).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 林业局's 随机抽查事项清单 — 占用征收林地,
林木采伐, 林木种子, 野生动植物; a 县森林公安局's account — 刑事、行政案件, 罚没款, 盗滥挖大树, 非法猎捕;
a 野生动物收容救护 survey — 收容, 救护, 放归, 调配, 无害化处理; a page on the 虎口湿地自然保护区 — 乌苏里江,
原始草甸沼澤, 丹顶鹤; a 纪委监委's 湿地 问责 — 非法围堰, 联合执法; a 林草局's 法治政府建设 report —
行政许可, 行政处罚, 法制审核; a 纪委监委's 湿地 监督 — 乱捕乱猎, 滥征滥建, 滥采滥挖; a report on 珍宝岛湿地
— 核心区, 岛状林, 水禽) and the layout follows their words for the unit, its parts, its posts and
its risks. The rows are worded by us, the names invented (the rare surnames 濮阳 and 厍 with rare
given names); every unit is a body of 虎林市.

Run ``python tests/published/score.py --set batch714`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a row's holder is the person in the 人员信息 row its ``点击查看`` cell links to
  (name from ``姓名``, post from the row's ``岗位``, the same as that row's ``职务``); one form a
  holder, no 科室 (the file names none); the 人员信息 sheet is a roster, no points;
- ``站领导``, ``中心领导``, ``处领导`` (a group row, a 所在科室 cell, a 科室 cell) are the 科室 of those
  leaders; the cards' people have no 科室; a 局's 股, a 公安局's 大队/所 and a 中心's 科 are 科室;
- every body is a unit of its own: 局长, 副局长, 站长, 副站长, 场长, 主任 (of a 中心 or 管理处) and 政委
  are leaders; 股长, 大队长, 科长 and 所长 (of a 公安局's 派出所) middle; the rest general;
- ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, 高/中/低 and ``高风险/中风险/低风险``
  are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``, the harder one's
hyperlinks added with openpyxl) and ``truth.json``; no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b714_"
PLACE = "虎林市"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
LINK_TEXT = "点击查看"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


def write_linked(layout: dict, path: Path) -> Path:
    """``batch44.write_xlsx``, then the layout's ``links`` (sheet, row, col) -> (sheet, row) added
    as internal hyperlinks with openpyxl, as WPS and Excel store them."""
    write_xlsx(layout, path)
    links = layout.get("links")
    if not links:
        return path
    from openpyxl import load_workbook
    from openpyxl.worksheet.hyperlink import Hyperlink

    wb = load_workbook(path)
    for (sheet, r, c), (target, tr) in links.items():
        cell = wb[sheet].cell(row=r + 1, column=c + 1)
        cell.hyperlink = Hyperlink(ref=cell.coordinate, location=f"'{target}'!A{tr + 1}",
                                   display=str(cell.value))  # fmt: skip
        cell.style = "Hyperlink"
    wb.save(path)
    return path


# --------------------------------------------------------------------------- harder layout

# the 人员信息 roster: (姓名, 职务, tier, 联系电话)
STAFF = [
    ("濮阳翯渟", "站长", "leader", "0467-5821301"),
    ("厍昳澂", "副站长", "leader", "0467-5821302"),
    ("濮阳砚舟", "巡护员", "general", "0467-5821305"),
    ("厍骞沨", "巡护员", "general", "0467-5821306"),
    ("濮阳芃", "资源监测员", "general", "0467-5821308"),
]

# (index into STAFF, 廉政风险点, 风险等级, 防控措施)
LINKED = [
    (0, "核心区、缓冲区内建设项目审核意见受人请托", "高", "项目审核经站务会集体研究，报市林草局备案。"),
    (0, "保护区管护经费使用不经集体研究", "高", "经费支出实行站长、副站长双签，每季度公开。"),
    (1, "岛状林管护承包合同违规签订", "中", "承包合同经法律顾问审核，公开比选承包人。"),
    (1, "生态护林员选聘优亲厚友", "中", "选聘条件公示，村屯推荐、管理站考核。"),
    (2, "巡护中发现乱捕乱猎线索隐瞒不报", "高", "巡护轨迹实时上传，线索登记台账。"),
    (2, "收受捕鱼户好处默许江汊非法捕捞", "中", "巡护员定期轮换片区，交叉检查。"),
    (3, "巡护里程虚报，套取巡护补助", "中", "巡护里程以定位轨迹为准，按月核对。"),
    (3, "放任游客进入核心区收取“带路费”", "高", "核心区入口设卡登记，视频监控全覆盖。"),
    (4, "水禽监测数据弄虚作假", "低", "监测数据双人记录，原始记录存档。"),
    (4, "监测设备领用不登记、私自外借", "低", "设备出入库登记，每半年盘点。"),
]  # fmt: skip


def hulin_zhenbaodao_station_linked_holders() -> dict:
    unit = f"{PLACE}珍宝岛湿地保护区管理站"
    sh = _Sheet("风险台账", [6, 12, 40, 9, 36, 11])
    staff = _Sheet("人员信息", [6, 12, 12, 16])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点电子台账", 6)
    _line(sh, f"单位：{unit}{GAP * 16}更新时间：2025年6月", 6)
    sh.add("序号", "岗位", "廉政风险点", "风险等级", "防控措施", "责任人")
    _line(staff, "人员信息", 4)
    staff.add("序号", "姓名", "职务", "联系电话")
    rows_of = []
    for i, (who, post, _tier, phone) in enumerate(STAFF, 1):
        rows_of.append(staff.add(i, who, post, phone))
    links = {}
    for n, (k, point, lv, measures) in enumerate(LINKED, 1):
        who, post, tier, _phone = STAFF[k]
        r = sh.add(n, post, point, lv, measures, LINK_TEXT)
        links[(sh.name, r, 5)] = (staff.name, rows_of[k])
        t.point(sh.name, "", post, who, tier, point, [], HML[lv])
    _line(sh, "注：责任人信息点击“点击查看”链接至“人员信息”工作表；风险等级分高、中、低三级。", 6)
    sh.add("填表：", None, "审核：", None, "站长（签字）：", None)
    lay = _layout(
        "hulin_zhenbaodao_station_linked_holders", "https://hulin.dbw.cn/system/2015/08/24/056767707.shtml",
        "(harder) 市珍宝岛湿地保护区管理站 廉政风险点电子台账, after the source's report on 珍宝岛湿地 (核心区, 沼泽地, "
        "岛状林, 水禽, 乌苏里江): a title, a merged ``单位：…　更新时间：…`` line, then 序号/岗位/廉政风险点/风险等级 "
        "高/中/低/防控措施/责任人, each 责任人 cell only ``点击查看``, a HYPERLINK to the holder's row on the second sheet "
        "``人员信息`` (序号/姓名/职务/联系电话); two 巡护员 told apart only by where their links point; no type column; "
        "a ``注：`` line and a 填表/审核/站长（签字） line",
        [sh, staff], t,
    )  # fmt: skip
    lay["links"] = links
    return lay


# --------------------------------------------------------------------------- ordinary layouts


def hulin_forestry_bureau_list() -> dict:
    unit = f"{PLACE}林业和草原局"
    sh = _Sheet("一览表", [6, 14, 10, 10, 38, 14, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "濮阳皛", "leader", [
            ("建设项目使用林地审核“打招呼”、干预审批", "岗位职责风险", "一级", "使用林地审核经局党组会集体研究，结果公示。"),
            ("湿地保护修复项目资金安排个人说了算", "制度机制风险", "一级", "项目资金安排按“三重一大”集体决策。"),
        ]),
        ("资源管理股", "股长", "厍翾岚", "middle", [
            ("林木采伐限额分配不公，超限额办证", "业务流程风险", "一级", "采伐指标公开分配，办证信息系统留痕。"),
            ("占用征收林地现场查验走过场", "岗位职责风险", "二级", "现场查验两人以上，影像资料存档。"),
        ]),
        ("野生动植物保护股", "股员", "濮阳昳", "general", [
            ("野生动物人工繁育许可审查把关不严", "业务流程风险", "二级", "许可材料初审、复审两级把关。"),
            ("林木种子生产经营监督检查流于形式", "思想道德风险", "三级", "随机抽取检查对象和检查人员。"),
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
    sh.add("制表：办公室", None, None, "审核：", None, None, "2025年5月", None)
    return _layout(
        "hulin_forestry_bureau_list", "https://hnqishuai.com/html/.zwgkxxgkjd.201705t20170531_428561.html",
        "市林业和草原局 岗位廉政风险防控一览表, after the source's 林业局 随机抽查事项清单 (占用征收林地, 林木采伐, 林木种子, "
        "野生动植物): a title, 序号/股室 merged/岗位 and 姓名 merged per person/廉政风险点/风险类型 ``…风险``/风险等级 "
        "``一级/二级/三级``/防控措施; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def hulin_forest_police_posts() -> dict:
    unit = f"{PLACE}森林公安局"
    sh = _Sheet("排查表", [6, 14, 10, 40, 12, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "部门", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "政委", "leader", "涉林刑事案件立案、撤案干预", "岗位职责", "高", "立案、撤案经局务会集体审议。"),
        ("刑侦大队", "大队长", "middle", "盗伐滥伐林木案件降格为行政案件处理", "业务流程", "高",
         "案件定性由法制员审核，定期案件评查。"),
        ("刑侦大队", "侦查员", "general", "办案中接受嫌疑人宴请、说情", "思想道德", "中", "办案全程录音录像，签订廉洁办案承诺。"),
        ("法制室", "法制员", "general", "罚没款收缴不开具票据", "制度机制", "中", "罚没款一律缴入财政专户，票款分离。"),
        ("林区派出所", "所长", "middle", "收缴的猎捕工具、野生动物制品私自处置", "业务流程", "中",
         "涉案财物统一入库，专人保管，登记台账。"),
        ("林区派出所", "民警", "general", "林区治安检查选择性执法", "外部环境", "低", "检查记录当场签字，执法记录仪全程开启。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：政工室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "hulin_forest_police_posts", "https://fx361.cc/page/2018/1207/15412650.shtml",
        "市森林公安局 岗位廉政风险点排查表 对岗不对人, after the source's account of a 县森林公安局 (刑事、行政案件, 罚没款, "
        "盗滥挖大树, 非法猎捕工具, 救助放生): a title, 序号/部门 merged/岗位 merged per post/风险点/风险类型 (short names)/"
        "风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def hulin_wildlife_rescue_cards() -> dict:
    unit = f"{PLACE}野生动物救护站"
    t = _Truth(unit)
    cards = [
        ("站长", "厍皛涵", "站长", "主持救护站全面工作", "leader", [
            ("救护药品、饲料采购指定供应商", "★★★", "采购三家比价，结果站内公示。"),
            ("康复动物调配利用审批不按程序", "★★★", "调配报市林草局审批，档案完整。"),
            ("接受送交单位宴请", "★", "严守中央八项规定精神。"),
        ]),
        ("救护员", "濮阳嵩", "救护员", "负责收容登记、救治和放归", "general", [
            ("收容登记不全，动物去向不明", "★★", "收容、救治、放归逐只登记，照片存档。"),
            ("救护失败动物尸体私自处置", "★★", "尸体无害化处理两人在场，记录签字。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 36, 12, 34])
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
        "hulin_wildlife_rescue_cards", "https://www.fx361.cc/page/2021/0512/20005303.shtml",
        "市野生动物救护站 岗位廉政风险防控卡, one sheet a person, after the source's 野生动物收容救护 survey (收容, 救护, "
        "康复, 放归, 调配, 无害化处理): a title, ``姓　名 | … | 职　务 | …`` and a merged 岗位职责 line, then 序号/风险点/"
        "风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def hulin_hukou_reserve_group_rows() -> dict:
    unit = f"{PLACE}虎口湿地自然保护区管理站"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、站领导", "站领导", [
            ("站长", "濮阳湛", "leader", [
                ("草甸沼泽湿地补偿资金发放不公开", "一级风险", "补偿名单村屯公示，资金一卡通发放。"),
                ("保护区界桩、围栏工程验收不严", "二级风险", "工程验收邀请市林草局参加。"),
            ]),
        ]),
        ("二、资源保护科", "资源保护科", [
            ("科长", "厍芃蘅", "middle", [
                ("对保护区内开垦、取土行为查处不力", "一级风险", "违法线索登记台账，按月通报。"),
            ]),
            ("管护员", "濮阳珝", "general", [
                ("收受好处放任江边违规放牧", "二级风险", "管护员片区轮换，站领导随机抽查。"),
                ("丹顶鹤繁殖期巡护记录造假", "三级风险", "巡护记录附定位照片。"),
            ]),
        ]),
        ("三、综合办公室", "综合办公室", [
            ("会计", "厍湛岑", "general", [
                ("管护经费报销审核不严", "二级风险", "报销单据经办人、证明人、审批人三签。"),
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
        "hulin_hukou_reserve_group_rows", "http://okeytime.com/jingdian/47874",
        "市虎口湿地自然保护区管理站 廉政风险防控责任清单, after the source's page on the 虎口湿地自然保护区 (乌苏里江, 原始草甸沼泽, "
        "丹顶鹤, 候鸟栖息地): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP "
        "ROWS ``一、站领导``, ``二、资源保护科``, ``三、综合办公室`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def hulin_wetland_center_selfchecks() -> dict:
    unit = f"{PLACE}湿地保护中心"
    t = _Truth(unit)
    people = [
        ("濮阳翊", "中心领导", "主任", "leader", [
            ("湿地保护修复工程招标设置倾向性条件", "Ⅰ级", "招标文件经法制审核，进入公共资源交易中心。", "已落实"),
            ("对非法围堰问题联合执法不作为", "Ⅱ级", "执法问题清单化，限时销号。", "未发现问题"),
        ]),
        ("厍珝霖", "监测科", "科长", "middle", [
            ("湿地监测报告数据失实", "Ⅱ级", "监测数据交叉复核，报告集体审定。", "已落实"),
            ("委托第三方监测项目验收把关不严", "Ⅲ级", "验收组成员随机抽取。", "已落实"),
        ]),
        ("濮阳霂", "监测科", "科员", "general", [
            ("监测样品送检经费虚报", "Ⅲ级", "送检凭检测机构票据报销。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在科室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年6月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "hulin_wetland_center_selfchecks", "http://jjcdi.gov.cn/content/2018-11/13/content_5901030.htm",
        "市湿地保护中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 纪委监委 湿地 问责 "
        "(非法围堰, 联合执法无功而返, 失职渎职): a title, a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间`` over a row of "
        "values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; ``本人签名： | 主任意见：``",
        sheets, t,
    )  # fmt: skip


def hulin_dongfanghong_farm_list() -> dict:
    unit = f"{PLACE}国有东方红林场"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("场领导", "场长", "厍翊澈", "leader", "林场抚育间伐作业设计量身定制", "制度机制", "高风险",
         "作业设计经市林草局审批，公开招标施工队伍。"),
        ("场领导", "场长", "厍翊澈", "leader", "林下经济承包收入不入账", "岗位职责", "高风险", "承包收入统一入账，年终公开。"),
        ("营林股", "股长", "濮阳苡", "middle", "造林苗木验收数量、质量把关不严", "业务流程", "中风险",
         "苗木验收抽样检测，验收记录双签。"),
        ("营林股", "护林员", "厍霂琛", "general", "发现盗伐线索不报告", "思想道德", "中风险", "巡山记录每日上传，线索登记。"),
        ("财务股", "会计", "濮阳晞", "general", "木材销售款收取不开票据", "业务流程", "中风险", "木材销售款统一转账，票款相符。"),
        ("财务股", "出纳", "厍苡沣", "general", "森林防火物资采购报账虚高", "外部环境", "低风险", "采购三家比价，物资入库验收。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "场长（签字）：", None, None)
    return _layout(
        "hulin_dongfanghong_farm_list",
        "http://www.xianggelila.gov.cn/zfxxgk_xglls_lyhcyj/zhengcewenjian/zdgkwj/qitawenjian/202601/20260116_236962.html",
        "市国有林场 岗位廉政风险防控一览表, after the source's 林草局 法治政府建设 report (林草资源监管, 生态修复, 审核审批, "
        "行政许可, 行政处罚): ``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 written on "
        "EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/场长（签字） line",
        [sh], t,
    )  # fmt: skip


def hulin_qihulinhe_park_register() -> dict:
    unit = f"{PLACE}七虎林河国家湿地公园管理处"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("处领导", "主任", "濮阳泷", "leader", [
            ("湿地公园内违规审批经营项目", "制度机制", "一级", "经营项目经处务会研究，报市林草局备案。"),
            ("对湿地内滥采滥挖问题监管失职", "岗位职责", "二级", "建立巡查问题台账，按月调度。"),
        ]),
        ("保护管理科", "科长", "厍晞岱", "middle", [
            ("对乱捕乱猎行为查处时降格处理", "岗位职责", "一级", "查处结果报处领导审核，定期抽查。"),
        ]),
        ("保护管理科", "巡护员", "厍砚汀", "general", [
            ("收受钓鱼者好处放任进入保育区", "外部环境", "二级", "保育区入口视频监控，巡护员轮岗。"),
        ]),
        ("科普宣教科", "讲解员", "厍泷翀", "general", [
            ("宣教活动经费虚报参加人数", "业务流程", "三级", "活动签到表、照片随报销单附报。"),
            ("门票、讲解费收入不入账", "业务流程", "一级", "收费使用票据，日结日缴。"),
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
        "hulin_qihulinhe_park_register", "http://www.www6ccc.com/html/2022/toutiao_1122/115568.html",
        "市国家湿地公园管理处 廉政风险点排查登记表, after the source's 纪委监委 湿地 监督 (乱捕乱猎, 滥征滥建, 滥采滥挖, "
        "湿地公园管理处): a title, 序号/科室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 "
        "``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    hulin_zhenbaodao_station_linked_holders(),
    hulin_forestry_bureau_list(),
    hulin_forest_police_posts(),
    hulin_wildlife_rescue_cards(),
    hulin_hukou_reserve_group_rows(),
    hulin_wetland_center_selfchecks(),
    hulin_dongfanghong_farm_list(),
    hulin_qihulinhe_park_register(),
]

RESAVED: tuple[str, ...] = ()


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``write_linked`` (``batch44.write_xlsx`` plus
    hyperlinks)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_linked
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch714-inbox"))

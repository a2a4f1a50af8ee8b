"""The eight-hundred-and-eleventh batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's ecology and
environment bodies, 花垣县 (of 湘西州, 湖南) — its 生态环境分局, 环境监测站, 生态环境保护综合行政执法大队,
固体废物管理站, 环境影响评价股, 辐射安全管理站 and 生态环境事务中心 — each handing back the 一览表,
防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel.

One is harder:

- ``huayuan_eco_bureau_level_by_type_note``: the 生态环境分局's 岗位廉政风险点排查表 with ``科室 | 岗位 |
  姓名 | 廉政风险点 | 风险类型 | 防控措施`` and NO level column; the level of each point is given only by
  its TYPE through a closing ``注：`` line (``制度机制风险、业务流程风险为一级风险；岗位职责风险为二级风险；
  思想道德风险、外部环境风险为三级风险``). The README's 读得懂的表 knows levels folded by a note from a
  岗位类别 column, a 监督检查频次 column, a 后果 column; it does not name the risk TYPE as the key.

The rows are worded by us, the names invented (the rare surnames 鄂 and 殳 with rare given names);
every unit is a body of 花垣县.

Judgement calls: the 分局's 局领导 are leaders with 科室 ``局领导``; 股长, 站长, 大队长, 主任 middle (the
分局's 局长 and 副局长 leaders); the rest general. ``一级/二级/三级``, 高/中/低, ``Ⅰ级/Ⅱ级/Ⅲ级``,
``★★★/★★/★``, ``高风险/中风险/低风险`` and ``一级风险/…`` are 1/2/3; in the harder file the level is the
one the note gives the row's type.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b811_"
PLACE = "花垣县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
BY_TYPE = {"制度机制": 1, "业务流程": 1, "岗位职责": 2, "思想道德": 3, "外部环境": 3}
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

BUREAU = [
    ("局领导", "局长", "鄂翯珣", "leader", "建设项目环评审批事项个人说了算", "制度机制风险",
     "环评审批事项经局务会集体研究。"),
    ("局领导", "局长", "鄂翯珣", "leader", "接受企业宴请和礼品", "思想道德风险", "严守中央八项规定精神。"),
    ("局领导", "副局长", "殳泓翊", "leader", "插手锰矿企业环境问题整改验收", "外部环境风险", "整改验收由专家组现场核查。"),
    ("环境影响评价股", "股长", "鄂玹珲", "middle", "环评文件技术审查把关不严", "岗位职责风险", "技术审查实行专家评审、双人复核。"),
    ("环境影响评价股", "股长", "鄂玹珲", "middle", "排污许可证核发超时限、不按程序", "业务流程风险", "许可证核发全程网上办理留痕。"),
    ("环境影响评价股", "股员", "殳璟翾", "general", "向企业推荐环评编制单位", "思想道德风险", "签订廉洁承诺书，公开举报电话。"),
]  # fmt: skip


def huayuan_eco_bureau_level_by_type_note() -> dict:
    unit = f"{PLACE}生态环境分局"
    sh = _Sheet("排查表", [6, 14, 9, 9, 38, 14, 34])
    t = _Truth(unit)
    _line(sh, f"湘西州生态环境局{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "防控措施")
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, measures) in enumerate(BUREAU, 1):
        sh.add(n, dept, post, who, point, typ, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), BY_TYPE[types_in(typ)[0]])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级按风险类型确定：制度机制风险、业务流程风险为一级风险；岗位职责风险为二级风险；"
          "思想道德风险、外部环境风险为三级风险。", 7)  # fmt: skip
    sh.add("填表人：", None, None, "审核人：", None, "2025年6月", None)
    return _layout(
        "huayuan_eco_bureau_level_by_type_note", "https://cqrd.gov.cn/site/article/1211363140809101312/web/content_1211363140809101312.html",
        "(harder) 县生态环境分局 岗位廉政风险点排查表 with NO level column: 科室/岗位/姓名 merged, 廉政风险点, "
        "风险类型 ``…风险``, 防控措施; the level of each row only by its TYPE through a closing ``注：`` line "
        "(制度机制、业务流程 一级; 岗位职责 二级; 思想道德、外部环境 三级)",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def huayuan_monitoring_station_list() -> dict:
    unit = f"{PLACE}环境监测站"
    sh = _Sheet("一览表", [6, 12, 9, 9, 38, 9, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "鄂琸岍", "middle", "监测数据审核签发受人干预", "一级", "监测报告三级审核，数据平台留痕。"),
        ("站领导", "站长", "鄂琸岍", "middle", "监测仪器采购指定品牌", "一级", "仪器采购进入公共资源交易平台。"),
        ("现场监测室", "采样员", "殳沨璇", "general", "采样点位、频次弄虚作假", "二级", "采样全程录像，GPS定位。"),
        ("分析室", "分析员", "鄂瑀岘", "general", "篡改分析原始记录", "一级", "原始记录双人签字，不得涂改。"),
        ("分析室", "分析员", "鄂瑀岘", "general", "为企业提供监测数据“咨询”收取好处", "三级", "严禁对外有偿服务。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("制表：", None, "审核：", None, None, "2025年5月", None)
    return _layout(
        "huayuan_monitoring_station_list", "http://www.yf0898.cn/politics/2018-08/29/c_129942656.htm",
        "县环境监测站 一览表: ``附件1``, title, 科室/岗位/姓名 merged, ``一级/二级/三级``, no type column",
        [sh], t,
    )  # fmt: skip


def huayuan_enforcement_posts() -> dict:
    unit = f"{PLACE}生态环境保护综合行政执法大队"
    sh = _Sheet("排查表", [6, 12, 10, 40, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "中队", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("大队领导", "大队长", "middle", "行政处罚自由裁量畸轻畸重", "制度机制风险", "高", "执行裁量基准，重大案件集体审议。"),
        ("一中队", "执法人员", "general", "现场检查发现问题不如实记录", "岗位职责风险", "高", "执法记录仪全程记录。"),
        ("一中队", "执法人员", "general", "向被检查企业通风报信", "思想道德风险", "中", "“双随机”抽查，检查前不得告知。"),
        ("法制审核组", "法制审核员", "general", "案件法制审核走过场", "业务流程风险", "中", "审核意见书面留存。"),
        ("法制审核组", "法制审核员", "general", "罚没款收缴不及时", "业务流程风险", "低", "罚款一律由银行代收。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：", None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "huayuan_enforcement_posts", "https://huanbao.in-en.com/html/huanbao-2277168.shtml",
        "县生态环境保护综合行政执法大队 排查表 对岗不对人: 中队/岗位 merged, ``…风险`` types, 高/中/低; no names",
        [sh], t,
    )  # fmt: skip


def huayuan_solid_waste_cards() -> dict:
    unit = f"{PLACE}固体废物管理站"
    t = _Truth(unit)
    cards = [
        ("站长", "殳翾琤", "站长", "主持全面工作", "middle", [
            ("危险废物经营许可初审把关不严", "★★★", "初审现场核查两人以上。"),
            ("尾矿库环境监管检查走过场", "★★", "检查记录上传监管平台。"),
            ("接受危废处置单位礼品", "★", "签订廉洁承诺书。"),
        ]),
        ("管理员", "鄂岍泠", "管理员", "危废转移联单管理", "general", [
            ("危废转移联单审核不严", "★★", "联单电子化，逐单核对。"),
            ("为企业虚报危废产生量提供便利", "★★★", "产生量与台账、监测数据比对。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "岗　位", post)
        r = sh.add("工作职责", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "huayuan_solid_waste_cards", "http://bbs.machineinfo.com.cn/jxfw/202507/289978.html",
        "县固体废物管理站 防控卡, one sheet a person: label rows, ``★★★/★★/★`` with a ``注：`` line",
        sheets, t,
    )  # fmt: skip


def huayuan_eia_selfchecks() -> dict:
    unit = f"{PLACE}环境影响评价服务中心"
    t = _Truth(unit)
    people = [
        ("鄂翊瑄", "技术评估组", "主任", "middle", [
            ("技术评估结论受人情干扰", "Ⅰ级", "评估专家随机抽取。", "已落实"),
            ("评估会议组织收受会务费", "Ⅲ级", "会务费用财政保障。", "未发现问题"),
        ]),
        ("殳瑑岚", "技术评估组", "评估员", "general", [
            ("技术审查意见泄露给建设单位", "Ⅱ级", "审查意见统一出具。", "已落实"),
            ("兼职参与环评文件编制", "Ⅰ级", "严禁兼职取酬。", "已落实"),
            ("评估现场踏勘接受建设单位安排食宿", "Ⅲ级", "踏勘费用由中心承担。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在科室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add("本人签名：", None, "主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "huayuan_eia_selfchecks", "https://freewechat.com/a/MzA4NzUyMzY2NA==/206906115/3",
        "县环境影响评价服务中心 自查表, one sheet a person: label row over values, ``Ⅰ级/Ⅱ级/Ⅲ级``, 自查情况",
        sheets, t,
    )  # fmt: skip


def huayuan_radiation_group_rows() -> dict:
    unit = f"{PLACE}辐射安全管理站"
    sh = _Sheet("清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、站领导", "站领导", [
            ("站长", "殳珝沄", "middle", [
                ("辐射安全许可证审查放宽条件", "一级风险", "许可审查集体研究。"),
                ("放射源收贮费用收取不规范", "二级风险", "收费标准公示。"),
            ]),
        ]),
        ("二、监管科", "监管科", [
            ("监管员", "鄂澐琚", "general", [
                ("核技术利用单位检查不到位", "二级风险", "检查清单化，记录归档。"),
                ("废旧放射源去向核查不实", "一级风险", "放射源全过程台账核对。"),
                ("接受被监管单位宴请", "三级风险", "签订廉洁承诺书。"),
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
        "huayuan_radiation_group_rows", "http://leewo.com.cn/newsshow.php?cid=45&id=5533",
        "县辐射安全管理站 责任清单 under group rows ``一、站领导``/``二、监管科``, ``一级风险/二级风险/三级风险``",
        [sh], t,
    )  # fmt: skip


def huayuan_affairs_center_two_sheets() -> dict:
    unit = f"{PLACE}生态环境事务中心"
    t = _Truth(unit)
    lead = _Sheet("中心领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("殳琮翮", "主任", "主持全面工作", "生态补偿资金分配不公开", "高风险", "资金分配方案集体研究并公示。"),
        ("殳琮翮", "主任", "主持全面工作", "污染治理项目验收打招呼", "中风险", "项目验收邀请第三方参加。"),
    ]  # fmt: skip
    first = len(lead.rows)
    for n, (who, post, work, point, lv, measures) in enumerate(rows, 1):
        lead.add(n, who, post, work, point, lv, measures)
        t.point(lead.name, "", post, who, "middle", point, [], HIGHS[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("科室", [6, 14, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}科室廉政风险防控一览表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("综合科", "会计", "鄂珣澍", "general", "专项资金报账凭证审核不严", "中风险", "报账单据三级审核。"),
        ("综合科", "会计", "鄂珣澍", "general", "公务接待超标准列支", "低风险", "公务接待清单制。"),
        ("项目科", "科长", "殳岫翙", "middle", "农村环境整治项目招标设置门槛", "高风险", "招标文件合法性审查。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for n, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(n, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], HIGHS[lv])
    _per_person(dept, first, 1, 2, 3)
    return _layout(
        "huayuan_affairs_center_two_sheets", "http://h.webson.cn/news/32e8399884.html",
        "县生态环境事务中心 一览表 in TWO SHEETS 中心领导/科室, ``高风险/中风险/低风险``, no type column",
        [lead, dept], t,
    )  # fmt: skip


def huayuan_township_station_register() -> dict:
    unit = f"{PLACE}边城镇生态环境保护站"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "鄂沄翀", "middle", "秸秆禁烧巡查补助发放虚报", "业务流程", "高", "补助名单公示。"),
        ("站领导", "站长", "鄂沄翀", "middle", "对小作坊污染问题包庇纵容", "思想道德", "中", "问题线索登记销号。"),
        ("巡查组", "网格员", "殳璆霁", "general", "网格巡查记录造假", "岗位职责", "中", "巡查轨迹上传平台。"),
        ("巡查组", "网格员", "殳璆霁", "general", "收受养殖户好处不报告污染", "外部环境", "低", "有奖举报。"),
        ("巡查组", "信息员", "鄂霂珧", "general", "环境投诉信息不及时转办", "制度机制", "低", "投诉办理限时。"),
    ]  # fmt: skip
    for n, (d, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, d, post, who, point, typ, lv, measures)
        t.point(sh.name, d, post, who, tier, point, types_in(typ), HML[lv])
    _line(sh, "注：风险等级分高、中、低三级。", 8)
    return _layout(
        "huayuan_township_station_register", "http://www.mobbybuy.com/news/2997.html",
        "镇生态环境保护站 登记表: 填报单位 line, 部门/岗位/责任人 on every row, short types, 高/中/低, ``注：`` line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    huayuan_eco_bureau_level_by_type_note(),
    huayuan_monitoring_station_list(),
    huayuan_enforcement_posts(),
    huayuan_solid_waste_cards(),
    huayuan_eia_selfchecks(),
    huayuan_radiation_group_rows(),
    huayuan_affairs_center_two_sheets(),
    huayuan_township_station_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch811-inbox"))

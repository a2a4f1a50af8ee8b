"""The seven-hundred-and-twelfth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one city's 港航 and 交通
bodies, 同江市 (of 佳木斯市, 黑龙江省) — its 交通运输局, 航道管理处, 交通运输综合行政执法大队, 公路超限检测站,
客运站, 港口管理服务中心 and 地方海事所 — each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its
staff typed in WPS or Excel:

- the 交通运输局's 一览表 in TWO SHEETS ``局领导`` / ``股室``, ``一级/二级/三级``, no type column;
- the 航道管理处's 一览表: ``科室`` merged, ``岗位 | 姓名`` merged per person, short types, 高/中/低;
- the 执法大队's 排查表 对岗不对人: ``中队`` and ``岗位`` merged, ``…风险`` types, ``高风险/中风险/低风险``;
- the 超限检测站's 清单 under GROUP ROWS ``一、站领导`` …, ``Ⅰ级/Ⅱ级/Ⅲ级``;
- the 客运站's 防控卡, one sheet a person, ``★★★/★★/★`` read by a ``注：`` line;
- the 港口管理服务中心's 自查表, one sheet a person, label rows, ``一级/二级/三级``, ``自查情况``;
- the 地方海事所's 一览表 under ``附件3`` and a 填报单位 line, ``部门 | 岗位 | 责任人`` on every row,
  ``高风险/中风险/低风险``, short types, a ``注：`` line.

One is harder:

- ``tongjiang_port_shipping_station_numbering_levels``: the 港航管理站's 岗位廉政风险点一览表 has NO
  level column: a ``注：`` line says the level is the STYLE OF THE ``序号``: circled numbers
  (``①②③…``) are 一级 points, bracketed numbers (``（1）（2）…``) 二级, plain numbers (``1``, ``2`` …)
  三级; each style counts on through the whole table, so a holder's block mixes the three series.
  The README's 读得懂的表 reads levels from a level column, colours, typefaces, marks, notes by
  序号 and codes; it does not describe a level written only as the numbering style of the 序号.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 市委巡察 of a 交通运输局 and its
整改; a county's 交通运输（港航） 工作会议 — 水路客流, 海运运力, 港口吞吐量; a city 交通运输局's 工作总结 —
航道整治, 码头, 客运站; the 公路 “三乱” 专项整改 — 乱罚款, 乱收费, 超限检测站; a 客运班线 重新许可 公示;
a 航道 建设项目 跟踪审计; a 治理超限超载 讲话; a 镇渡口 管理制度 — “五定”) and the layout follows their
words for the unit, its parts, its posts and its risks. The rows are worded by us, the names
invented (the rare surnames 闻人 and 訾 with rare given names); every unit is a body of 同江市.

Run ``python tests/published/score.py --set batch712`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file ``①…`` is 一级, ``（1）…`` 二级 and a plain number 三级, as its ``注：`` line says;
  科室, 岗位 and 姓名 merged per person give the holder; the note is no point;
- ``局领导``, ``站领导``, ``处领导``, ``所领导`` (a sheet, a group row, a 科室 cell) are the leaders' 科室 or
  none where the table names none (sheet ``局领导``, the cards); 局长, 副局长, 站长, 副站长, 处长, 所长 are
  leaders; 股长, 科长, 中队长 middle; the rest general;
- ``分管工作`` and ``自查情况`` are no points; the 执法大队's list names no person (对岗不对人).

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b712_"
PLACE = "同江市"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


def number_style(level: int, k: int):
    """The 序号 of the k-th point (from 1) of a level: ①, （1）, or a plain number."""
    if level == 1:
        return CIRCLED[k - 1]
    if level == 2:
        return f"（{k}）"
    return k


# --------------------------------------------------------------------------- harder layout

# (科室, 岗位, 姓名, tier, [(风险点, level, 防控措施)])
STATION = [
    ("站领导", "站长", "闻人翯瑀", "leader", [
        ("港口岸线使用审核中优亲厚友，为特定企业预留岸线", 1, "岸线使用申请站务会集体研究，结果公示。"),
        ("码头建设项目招标中打招呼、定中标人", 1, "码头项目一律进公共资源交易平台。"),
        ("接受港口经营企业宴请、礼金", 3, "节前廉洁提醒，签订廉洁承诺书。"),
    ]),
    ("港政科", "科长", "訾翊珩", "middle", [
        ("港口经营许可材料审查把关不严", 2, "许可材料两人审核，办理时限公开。"),
        ("港口经营企业年度核查走过场", 2, "核查随机抽取企业，核查记录存档。"),
        ("港口危险货物作业检查中降低标准", 1, "危险货物作业检查双人同行，全程记录。"),
    ]),
    ("航政科", "科员", "闻人琇湄", "general", [
        ("船舶营运证配发不按规定核验", 2, "营运证核发凭船检证书、登记证书核验。"),
        ("水路运输统计数据弄虚作假", 3, "客流量、吞吐量数据按月核对。"),
    ]),
]  # fmt: skip


def tongjiang_port_shipping_station_numbering_levels() -> dict:
    unit = f"{PLACE}港航管理站"
    sh = _Sheet("一览表", [7, 10, 9, 10, 42, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 6)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "防控措施")
    first = len(sh.rows)
    counts = {1: 0, 2: 0, 3: 0}
    for dept, post, who, tier, points in STATION:
        for point, lv, measures in sorted(points, key=lambda p: p[1]):
            counts[lv] += 1
            sh.add(number_style(lv, counts[lv]), dept, post, who, point, measures)
            t.point(sh.name, dept, post, who, tier, point, [], lv)
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：序号为带圈数字（①②③…）的为一级风险点，序号加括号（（1）（2）…）的为二级风险点，"
          "序号为阿拉伯数字（1、2…）的为三级风险点。", 6)  # fmt: skip
    sh.add("填表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "tongjiang_port_shipping_station_numbering_levels",
        "https://www.shengsi.gov.cn/art/2020/4/27/art_1229324924_3703970.html",
        "(harder) 市港航管理站 岗位廉政风险点一览表, after the source's 交通运输（港航） 工作会议 (水路客流, 海运运力, 港口"
        "货物吞吐量, 党风廉政责任书): a title, 序号/科室 merged/岗位 and 姓名 merged per person/廉政风险点/防控措施, NO "
        "level column: the ``注：`` line says ``①②③…`` 序号 are 一级, ``（1）（2）…`` 二级, plain numbers 三级, each style "
        "counting on through the table; a 填表/审核 line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def tongjiang_transport_bureau_two_sheets() -> dict:
    unit = f"{PLACE}交通运输局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 10, 9, 20, 40, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("訾翾澂", "局长", "主持全面工作", [
            ("交通建设项目发包中插手干预", "一级", "项目发包经局党组会集体研究，进入交易平台。"),
            ("巡察反馈问题整改不实、虚假销号", "二级", "整改事项清单化管理，逐项验收销号。"),
        ]),
        ("闻人珣翕", "副局长", "分管建设、养护", [
            ("农村公路工程计量签证把关不严", "一级", "计量签证经监理、业主双签，现场复核。"),
            ("养护资金拨付不按进度", "二级", "资金拨付按合同节点，报局务会审定。"),
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
    dept = _Sheet("股室", [6, 14, 9, 10, 40, 9, 34])
    _line(dept, f"{unit}股室廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("规划建设股", "股长", "訾瑄翀", "middle", "项目招标文件设置排他性条件", "一级", "招标文件经法律顾问审查。"),
        ("规划建设股", "股长", "訾瑄翀", "middle", "设计变更审核不严，变相增加造价", "二级", "设计变更按权限集体审批。"),
        ("财务审计股", "会计", "闻人澈瑗", "general", "工程款支付凭证审核不严", "二级", "支付凭证经办、复核、审批三签。"),
        ("财务审计股", "会计", "闻人澈瑗", "general", "专项资金挤占挪用", "三级", "专项资金专账核算，年终审计。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "tongjiang_transport_bureau_two_sheets", "http://www.aqjjjc.gov.cn/html/2025/bj_xczg_1031/42284.html",
        "市交通运输局 廉政风险防控一览表 in TWO SHEETS, after the source's 市委巡察 交通运输局 整改进展 (整改清单, 销号, "
        "制度建设): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 merged and 岗位/姓名 merged "
        "per person; ``一级/二级/三级``; no type column",
        [lead, dept], t,
    )  # fmt: skip


def tongjiang_waterway_office_list() -> dict:
    unit = f"{PLACE}航道管理处"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 11, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("处领导", "处长", "訾昶琮", "leader", "航道整治工程验收降低标准", "岗位职责", "高", "验收邀请第三方检测机构参加。"),
        ("处领导", "处长", "訾昶琮", "leader", "航道疏浚土方量虚报", "业务流程", "高", "疏浚前后水深测量，数据存档。"),
        ("工程科", "科长", "闻人霈瑧", "middle", "航标维护材料采购不比价", "制度机制", "中", "材料采购三家比价，集体议定。"),
        ("工程科", "技术员", "訾沐珺", "general", "航道测量数据弄虚作假", "思想道德", "中", "测量成果两人复核。"),
        ("工程科", "技术员", "訾沐珺", "general", "接受施工单位吃请", "外部环境", "低", "签订廉洁承诺书。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("编制：", None, "审核：", None, None, "2025年5月", None, None)
    return _layout(
        "tongjiang_waterway_office_list", "https://jtj.changde.gov.cn/zwgk//public/6617359/8275991.html",
        "市航道管理处 岗位廉政风险防控一览表, after the source's 交通运输局 工作总结 (航道整治工程, 码头建设, 客运站): a title, "
        "序号/科室 merged/岗位 and 姓名 merged per person/廉政风险点/风险类型 (short names)/等级 高/中/低/防控措施",
        [sh], t,
    )  # fmt: skip


def tongjiang_enforcement_brigade_posts() -> dict:
    unit = f"{PLACE}交通运输综合行政执法大队"
    sh = _Sheet("排查表", [6, 12, 10, 40, 14, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "中队", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("路政中队", "中队长", "middle", "路政案件处罚中以罚代管、乱罚款", "岗位职责风险", "高风险", "执法全程记录，罚款统一缴库。"),
        ("路政中队", "执法员", "general", "违规收取车辆保管费", "业务流程风险", "中风险", "收费项目和标准公示。"),
        ("路政中队", "执法员", "general", "随意拦截正常行驶车辆检查", "制度机制风险", "中风险", "上路检查须两名执法人员。"),
        ("运政中队", "中队长", "middle", "对非法营运车辆选择性执法", "思想道德风险", "高风险", "案件集体审议，处理结果公开。"),
        ("运政中队", "执法员", "general", "向执法对象透露检查信息", "外部环境风险", "低风险", "检查行动临时通知，手机集中管理。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HIGHS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：", None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "tongjiang_enforcement_brigade_posts", "https://a1killmaster.com/news/lyxw/20143282019449.shtml",
        "市交通运输综合行政执法大队 岗位廉政风险点排查表 对岗不对人, after the source's 公路执法 专项整改 (乱罚款, 乱收费, "
        "超限检测站, 文明执法): 序号/中队 merged/岗位 merged per post/廉政风险点/风险类型 ``…风险``/风险等级 "
        "``高风险/中风险/低风险``/防控措施; no names",
        [sh], t,
    )  # fmt: skip


def tongjiang_overload_station_group_rows() -> dict:
    unit = f"{PLACE}公路超限检测站"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、站领导", "站领导", [
            ("站长", "闻人瑾翛", "leader", [
                ("超限车辆卸载、处罚决定中说情放行", "Ⅰ级", "处罚决定集体审核，卸载过程录像。"),
                ("检测站临时用工招录不公开", "Ⅱ级", "用工招录公告、公示。"),
            ]),
        ]),
        ("二、检测班组", "检测班组", [
            ("班长", "訾湉琰", "general", [
                ("收受好处费不引导车辆进站称重", "Ⅰ级", "称重数据与视频监控实时比对。"),
                ("篡改称重检测数据", "Ⅰ级", "检测设备定期检定，数据自动上传。"),
            ]),
            ("检测员", "闻人璟骞", "general", [
                ("与“黄牛”勾结通风报信", "Ⅱ级", "值班人员随机轮换，手机集中保管。"),
                ("卸载货物保管不善、私自处置", "Ⅲ级", "卸载货物登记造册，双人保管。"),
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
                t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "tongjiang_overload_station_group_rows",
        "https://www.renrendoc.com/paper/506428910.html",
        "市公路超限检测站 廉政风险防控责任清单, after the source's 流动治超工作方案 (流动执法, 超限超载, 检测设备, "
        "卸载): 序号/岗位/姓名/廉政风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施 under GROUP ROWS ``一、站领导``, "
        "``二、检测班组`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def tongjiang_bus_station_cards() -> dict:
    unit = f"{PLACE}客运站"
    t = _Truth(unit)
    cards = [
        ("站长", "訾璆翙", "站长", "主持客运站全面工作", "leader", [
            ("客运班线进站协议签订中收受好处", "★★★", "进站协议站务会集体研究，标准公开。"),
            ("站内经营场地出租不公开", "★★", "场地出租公开招租。"),
        ]),
        ("售票主管", "闻人岫翮", "售票主管", "负责售票、结算", "middle", [
            ("票款结算截留、挪用", "★★★", "票款日结日缴，系统对账。"),
            ("为站外揽客车辆违规出票", "★★", "出票实行实名制，系统留痕。"),
            ("接受承运人礼品", "★", "签订廉洁承诺书。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 36, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
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
        "tongjiang_bus_station_cards", "https://xxgk.gs-ys.cn:443/content/1478657567022",
        "市客运站 岗位廉政风险防控卡, one sheet a person, after the source's 客运班线 重新许可 公示 (客运站, 班线, 公示): "
        "a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; "
        "a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def tongjiang_port_centre_selfchecks() -> dict:
    unit = f"{PLACE}港口管理服务中心"
    t = _Truth(unit)
    people = [
        ("訾琛旸", "中心领导", "主任", "leader", [
            ("港口建设项目跟踪审计发现问题整改不力", "一级", "审计问题建立台账，限期整改。", "已落实"),
            ("码头工程概算调整不经审批", "一级", "概算调整报主管部门审批。", "未发现问题"),
        ]),
        ("闻人沅翎", "工程科", "工程师", "general", [
            ("先导试挖工程量签认不实", "二级", "工程量现场复核，影像留存。", "已落实"),
            ("隐蔽工程验收走过场", "三级", "隐蔽工程验收监理旁站。", "已落实"),
            ("码头设备采购技术参数量身定制", "二级", "技术参数经专家论证后公开。", "未发现问题"),
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
            t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
        sh.add()
        sh.add("本人签名：", None, "主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "tongjiang_port_centre_selfchecks", "http://www.zkxhgk.com/zt/jmkj/gzyy/yygz/ytjl/201011/t20101103_1586702.htm",
        "市港口管理服务中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 航道建设项目 "
        "跟踪审计 (先导试挖工程, 项目法人制, 招投标, 内控制度): a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间`` over "
        "values, 序号/风险点/风险等级 ``一级/二级/三级``/防控措施/``自查情况``; no type column",
        sheets, t,
    )  # fmt: skip


def tongjiang_maritime_office_list() -> dict:
    unit = f"{PLACE}地方海事所"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 11, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所领导", "所长", "闻人翎骐", "leader", "渡口设置、迁移审查中违规出具意见", "岗位职责", "高风险",
         "渡口审查现场踏勘，意见集体研究。"),
        ("所领导", "所长", "闻人翎骐", "leader", "渡船安全检查发现隐患不督促整改", "制度机制", "中风险",
         "隐患建立台账，整改销号。"),
        ("船检股", "股长", "訾澍翊", "middle", "渡船适航检验降低标准", "业务流程", "高风险", "检验双人实施，结论复核。"),
        ("船检股", "检验员", "闻人琬涔", "general", "渡工适任证明审核不严", "业务流程", "中风险", "证明材料逐项核验，留档备查。"),
        ("船检股", "检验员", "闻人琬涔", "general", "接受渡船经营人宴请", "思想道德", "低风险", "签订廉洁承诺书。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    _line(sh, "注：风险等级分高风险、中风险、低风险三档。", 8)
    sh.add("填表人：", None, None, "审核人：", None, "所长（签字）：", None, None)
    return _layout(
        "tongjiang_maritime_office_list", "https://www.jxxfw.com/conference/66690798b565496ae3d3d379e0053c0a.html",
        "市地方海事所 岗位廉政风险防控一览表, after the source's 乡镇渡口渡船 安全管理 论文 (渡船, 渡运安全责任, 隐患排查, "
        "船员培训): ``附件3``, a title, a 填报单位（盖章） line, 序号/部门/岗位/责任人 on EVERY row/廉政风险点/风险类型 "
        "(short)/风险等级 ``高风险/中风险/低风险``/防控措施; a ``注：`` line and a sign-off line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    tongjiang_port_shipping_station_numbering_levels(),
    tongjiang_transport_bureau_two_sheets(),
    tongjiang_waterway_office_list(),
    tongjiang_enforcement_brigade_posts(),
    tongjiang_overload_station_group_rows(),
    tongjiang_bus_station_cards(),
    tongjiang_port_centre_selfchecks(),
    tongjiang_maritime_office_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch712-inbox"))

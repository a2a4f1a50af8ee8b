"""The six-hundred-and-fifteenth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 农牧 and 水利
bodies, 五原县 (of 巴彦淖尔市, 内蒙古) — its 农牧局, 农业技术推广中心, 农牧业综合行政执法大队, 塔布灌域管理所,
水利事业发展中心, 节约用水服务中心, 水利工程建设服务中心 and 水利局 — each handing back the 一览表,
防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 农牧局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and ``股室``
  (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 农业技术推广中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, ``…风险`` types, 高/中/低; no names;
- the 农牧业综合行政执法大队's 自查表, one sheet a person: a label row ``姓　名 | 所在中队 | 岗　位 |
  填表时间`` over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 塔布灌域管理所's 责任清单 under GROUP ROWS ``一、所领导`` … merged across, ``岗位 | 姓名`` merged per
  person, ``一级风险/二级风险/三级风险``;
- the 水利事业发展中心's 防控卡, one sheet a leader, ``★★★/★★/★`` read by a ``注：`` line;
- the 节约用水服务中心's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on
  EVERY row, short types, ``高风险/中风险/低风险``;
- the 水利工程建设服务中心's 排查登记表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别``,
  ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``wuyuan_water_bureau_stacked_records``: the 水利局's 廉政风险点登记表 exported ONE RECORD A POINT,
  STACKED DOWN ONE SHEET: each point is a block of label rows, the label in column A and the value
  merged across B:D — ``编　　号 | 所在股室 | 岗　　位 | 责 任 人 | 风 险 点 | 风险等级 | 防控措施`` —
  the blocks parted by a blank row, so no row is a heading and no row is a point; a holder's points
  are the blocks naming him, his blocks not always next to each other. The README's 读得懂的表 knows
  the 防控卡's label rows (one card a PERSON, his points listed in a table under them), cards
  tiled side by side, a transposed list (one column a point) and flow charts of ``风险点：…`` boxes;
  it does not describe a vertical record form of seven label rows a POINT repeated down the sheet.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 驻中央纪委 on “靠水吃水” — 水利工程
围标串标, 人饮工程资金; 河套灌区's 解放闸分中心 — 供排水所, 水费计收, 灌排调度; 河套灌区 节水改造;
河套灌区 节水型示范灌区 — 用水总量指标, 水源井; a 黄委 调研 at 巴彦淖尔 — 农牧局, 高标准农田, 秋浇;
a 市农业局's 信息公开 report — 惠农政策, 农业补贴; a 区农业农村局's 法治 report — 执法, 行政职权; a
区水务服务中心 case — 虚列工程支出, 变卖旧设备) and the layout follows their words for the unit,
its parts, its posts and its risks. The rows are worded by us, the names invented (the rare surnames
蒉 and 苌 with rare given names); every unit is a body of 五原县.

Run ``python tests/published/score.py --set batch615`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each block is one point of the holder its ``责 任 人`` row names, of the 股室 and
  岗位 its rows name, with its level; a holder's blocks make one form wherever they stand; ``编　　号``
  and ``防控措施`` are no points; the 填表/审核 line is no point;
- ``局领导``, ``所领导``, ``中心领导`` (a 科室 cell or a group row) are the 科室 of those leaders; the
  农牧局's leaders (sheet ``局领导``) and the cards' leaders have no 科室;
- every body is a unit of its own: 局长, 副局长, 所长, 副所长, 主任, 副主任, 大队长 are leaders; 股长,
  中队长 and a 科's 科长 middle; the rest general;
- the 农业技术推广中心's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b615_"
PLACE = "五原县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
LABELS = ("编　　号", "所在股室", "岗　　位", "责 任 人", "风 险 点", "风险等级", "防控措施")


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# (所在股室, 岗位, 责任人, tier, 风险点, 风险等级, 防控措施), one block a point, in the sheet's order
RECORDS = [
    ("局领导", "局长", "蒉翯瑀", "leader", "水利工程项目招标中授意设置排他性条件", "高",
     "招标文件经法规股合法性审查，局党组会集体研究。"),
    ("工程建设股", "股长", "苌翊澂", "middle", "工程变更签证审核不严，虚增工程量", "高",
     "变更签证须监理、设计、业主三方现场核实。"),
    ("局领导", "副局长", "苌聿泓", "leader", "农村牧区人饮工程资金拨付不按进度", "中",
     "资金拨付凭监理进度报告，财务股复核。"),
    ("工程建设股", "股长", "苌翊澂", "middle", "隐蔽工程验收走过场", "中", "隐蔽工程验收全程影像留存。"),
    ("水资源管理股", "股长", "蒉曌珩", "middle", "取水许可审批不按程序，超量许可", "高",
     "取水许可集体审查，结果在局网站公示。"),
    ("局领导", "局长", "蒉翯瑀", "leader", "干部选拔任用中个人说了算", "中", "严格执行民主推荐和党组会票决。"),
    ("水资源管理股", "科员", "苌霁岷", "general", "水资源费征收中人情减免", "中", "征收标准公开，减免须局长办公会研究。"),
    ("财务股", "会计", "蒉沇璆", "general", "虚列工程支出套取资金", "高", "工程款支付凭合同、发票、验收单三证齐全。"),
    ("局领导", "副局长", "苌聿泓", "leader", "防汛物资采购和调拨不登记", "低", "防汛物资出入库台账月底盘点。"),
    ("水资源管理股", "股长", "蒉曌珩", "middle", "水源井计量设施安装验收把关不严", "低", "验收邀请旗县水利站和用水户代表参加。"),
]  # fmt: skip


def wuyuan_water_bureau_stacked_records() -> dict:
    unit = f"{PLACE}水利局"
    sh = _Sheet("登记表", [12, 26, 14, 26])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点登记表", 4)
    _line(sh, f"填报单位：{unit}{GAP * 12}2025年5月", 4)
    for n, (dept, post, who, _tier, point, lv, measures) in enumerate(RECORDS, 1):
        for label, value in zip(LABELS, (n, dept, post, who, point, lv, measures), strict=True):
            r = sh.add(label, value, None, None)
            sh.merge(r, 1, r, 3)
        sh.add()
    # the truth one form a holder, in the order each holder first stands
    seen: list[str] = []
    for rec in RECORDS:
        if rec[2] not in seen:
            seen.append(rec[2])
    for who in seen:
        for dept, post, name, tier, point, lv, _measures in RECORDS:
            if name == who:
                t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    sh.add("填表：", "办公室", "审核：", None)
    return _layout(
        "wuyuan_water_bureau_stacked_records", "http://www.shjjjc.gov.cn/2015jjw/n2253/u1ai60419.html",
        "(harder) 县水利局 廉政风险点登记表, after the source's 纪委 piece on “靠水吃水” (水利工程 围标串标, 人饮工程资金, "
        "虚列开支): a title, a merged 填报单位/date line, then ONE RECORD A POINT STACKED DOWN the sheet: seven label rows "
        "``编　　号 | 所在股室 | 岗　　位 | 责 任 人 | 风 险 点 | 风险等级 | 防控措施``, the label in A and the value merged "
        "across B:D, a blank row after each block; a holder's blocks not all together; 高/中/低, no type; a 填表/审核 line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def wuyuan_agriculture_bureau_two_sheets() -> dict:
    unit = f"{PLACE}农牧局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("蒉晗翀", "局长", "主持全面工作", [
            ("高标准农田建设项目确定施工单位打招呼", "一级", "项目一律进入公共资源交易平台招标。"),
            ("农牧业项目资金分配不集体研究", "一级", "资金分配方案经局党组会研究并公示。"),
        ]),
        ("苌昶璘", "副局长", "分管种植业、农机", [
            ("农机购置补贴审核中优亲厚友", "一级", "补贴对象公示，实行核验双人签字。"),
            ("秋浇和春播物资调配不公", "二级", "调配方案公开，接受苏木镇监督。"),
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
        ("计划财务股", "股长", "蒉珣澔", "middle", "项目资金拨付不按合同进度", "一级", "资金拨付凭验收报告，分管领导复核。"),
        ("计划财务股", "会计", "苌淼琰", "general", "报账票据审核不严", "二级", "报账单据经办人、证明人、审批人三签。"),
        ("畜牧股", "股长", "蒉璟湉", "middle", "草原生态补奖资金核发面积不实", "一级", "补奖面积与确权数据比对，嘎查村公示。"),
        ("畜牧股", "股长", "蒉璟湉", "middle", "良种补贴对象确定优亲厚友", "二级", "补贴名单公示七天。"),
        ("畜牧股", "科员", "苌珝旻", "general", "畜牧业统计数据弄虚作假", "三级", "统计数据抽样核查。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "wuyuan_agriculture_bureau_two_sheets", "https://wxredian.com/art?id=4e610759de7ec9dd4b5a7616daa50e77",
        "县农牧局 廉政风险防控一览表 in TWO SHEETS, after the source's 黄委 调研 at 巴彦淖尔 (农牧局, 高标准农田, 秋浇, "
        "节水): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 merged and 岗位/姓名 merged "
        "per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def wuyuan_agritech_center_posts() -> dict:
    unit = f"{PLACE}农业技术推广中心"
    sh = _Sheet("排查表", [6, 12, 10, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "科室", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "示范项目物资采购指定供应商", "制度机制风险", "高", "物资采购三家比价，集体研究。"),
        ("中心领导", "主任", "leader", "项目资金拨付不按实施进度", "岗位职责风险", "中", "资金拨付凭验收报告。"),
        ("种植业技术推广站", "站长", "middle", "示范田补贴面积虚报", "业务流程风险", "高", "示范面积实地丈量，公示。"),
        ("种植业技术推广站", "站长", "middle", "技术培训学员名单虚报", "业务流程风险", "低", "培训签到存档备查。"),
        ("土壤肥料站", "技术员", "general", "测土配方肥推荐收受厂家好处", "外部环境风险", "中", "推荐品牌公开比选。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, "2025年3月", None)
    return _layout(
        "wuyuan_agritech_center_posts", "http://xianning.gov.cn/xxgk/xxgknb/2018/szbm/201902/t20190219_1576023.shtml",
        "县农业技术推广中心 岗位廉政风险点排查表 对岗不对人, after the source's 市农业局 信息公开 report (惠农政策, 农业补贴, "
        "农技指导): a title, 序号/科室 merged/岗位 merged per post/风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施; "
        "no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def wuyuan_enforcement_brigade_selfchecks() -> dict:
    unit = f"{PLACE}农牧业综合行政执法大队"
    t = _Truth(unit)
    people = [
        ("苌頔珺", "大队领导", "大队长", "leader", [
            ("行政处罚案件定性和罚款幅度随意", "Ⅰ级", "处罚案件集体讨论，裁量基准公开。", "已落实"),
            ("执法检查对象选择不随机", "Ⅱ级", "执法检查实行“双随机、一公开”。", "未发现问题"),
        ]),
        ("蒉湛岍", "第一中队", "中队长", "middle", [
            ("种子农药市场检查中吃拿卡要", "Ⅰ级", "检查两人以上，全程执法记录仪。", "已落实"),
            ("罚没物资处置不登记", "Ⅲ级", "罚没物资入库登记，统一处置。", "已落实"),
        ]),
        ("苌瑄沺", "第二中队", "执法队员", "general", [
            ("动物检疫违法案件以罚代刑", "Ⅱ级", "涉嫌犯罪案件按规定移送。", "未发现问题"),
            ("执法文书补签、倒签", "Ⅲ级", "文书当场制作，法制审核。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
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
        "wuyuan_enforcement_brigade_selfchecks", "http://www.ptq.gov.cn/xxgk/fzzfjs/content/post_1234184.html",
        "县农牧业综合行政执法大队 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's "
        "区农业农村局 法治政府建设 report (执法, 普法, 行政职权): a title, a label row ``姓　名 | 所在中队 | 岗　位 | "
        "填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type "
        "column; ``本人签名： | 大队长意见：``",
        sheets, t,
    )  # fmt: skip


def wuyuan_irrigation_office_group_rows() -> dict:
    unit = f"{PLACE}塔布灌域管理所"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、所领导", "所领导", [
            ("所长", "蒉炘璠", "leader", [
                ("渠道清淤工程化整为零规避招标", "一级风险", "清淤工程按限额报局审批，集体研究。"),
                ("灌溉配水向关系户倾斜", "一级风险", "配水计划按轮次公示。"),
            ]),
        ]),
        ("二、供水股", "供水股", [
            ("股长", "苌沄翚", "middle", [
                ("水费计收中少收、人情收费", "二级风险", "水费按方计收，票据连号管理。"),
            ]),
            ("水费核算员", "蒉璘湙", "general", [
                ("水费收入不及时上缴", "二级风险", "水费日清月结，专户管理。"),
                ("斗口水量计量数据不实", "三级风险", "计量数据与在线监测比对。"),
            ]),
        ]),
        ("三、工程股", "工程股", [
            ("股长", "苌翃瑆", "middle", [
                ("渠系建筑物维修验收不严", "二级风险", "验收双人签字，影像留存。"),
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
        "wuyuan_irrigation_office_group_rows", "http://www.zghtgq.com/plus/list.php?tid=188",
        "县灌域管理所 廉政风险防控责任清单, after the source's 河套灌区 解放闸分中心 简介 (供排水所, 灌排管理与调度, 水费计收): "
        "a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS ``一、所领导``, "
        "``二、供水股``, ``三、工程股`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def wuyuan_water_development_cards() -> dict:
    unit = f"{PLACE}水利事业发展中心"
    t = _Truth(unit)
    cards = [
        ("主任", "苌翾旸", "主任", "主持中心全面工作", "leader", [
            ("节水改造工程设计变更不经集体研究", "★★★", "设计变更经中心班子会研究，报局审批。"),
            ("工程款结算审核把关不严", "★★★", "结算经第三方审计。"),
            ("接受施工单位宴请", "★", "严守中央八项规定精神。"),
        ]),
        ("副主任", "蒉珽琛", "副主任", "分管工程质量、安全", "leader", [
            ("工程质量检测委托不公开", "★★", "检测机构公开比选。"),
            ("渠道衬砌工程验收降低标准", "★★", "验收邀请用水户代表参加。"),
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
        "wuyuan_water_development_cards", "http://www.jsgg.com.cn/Index/Display.asp?NewsID=13739",
        "县水利事业发展中心 领导干部廉政风险防控卡, one sheet a leader, after the source's 河套灌区 节水改造 (续建配套, 渠道衬砌, "
        "工程管理): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then 序号/风险点/风险等级 "
        "``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def wuyuan_water_saving_center_list() -> dict:
    unit = f"{PLACE}节约用水服务中心"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "蒉瑱沨", "leader", "用水总量指标分解向个别苏木镇倾斜", "制度机制", "高风险",
         "指标分解方案经集体研究并公示。"),
        ("中心领导", "主任", "蒉瑱沨", "leader", "节水型单位创建评审打招呼", "思想道德", "中风险", "评审专家随机抽取。"),
        ("水资源科", "科长", "苌璆淏", "middle", "地下水水源井取水计量核定不实", "业务流程", "高风险",
         "计量数据在线采集，定期抽查。"),
        ("水资源科", "科员", "蒉旻瀚", "general", "节水奖补资金申报材料审核不严", "岗位职责", "中风险",
         "申报材料两级审核，公示。"),
        ("综合科", "会计", "苌湜琪", "general", "公用经费支出票据审核不严", "业务流程", "低风险", "报账单据三签。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "wuyuan_water_saving_center_list", "https://www.bynr.gov.cn/dtxw/bmdt/202312/t20231225_579589.html",
        "县节约用水服务中心 岗位廉政风险防控一览表, after the source's 河套灌区 节水型示范灌区 (用水总量控制指标分解, 水源井, "
        "取退水计量): ``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 on EVERY row/"
        "廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


def wuyuan_water_works_register() -> dict:
    unit = f"{PLACE}水利工程建设服务中心"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "苌晞琮", "leader", [
            ("承接工程转包、违法分包", "制度机制", "一级", "工程承接经集体研究，严禁转包。"),
            ("旧设备变卖不入账", "思想道德", "二级", "报废设备评估后公开处置。"),
        ]),
        ("工程科", "科长", "蒉泷珈", "middle", [
            ("工程量签认虚增", "岗位职责", "一级", "工程量三方签认。"),
        ]),
        ("财务科", "会计", "苌翕淳", "general", [
            ("虚列开支套取工程款", "业务流程", "一级", "支出凭证逐笔审核。"),
            ("管理费收取不入账", "业务流程", "三级", "管理费统一开票入账。"),
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
        "wuyuan_water_works_register", "http://www.hnjttz.com/jjjc/show-51807.html",
        "县水利工程建设服务中心 廉政风险点排查登记表, after the source's 区水务服务中心 case (承接工程, 虚列开支, 变卖旧变压器, "
        "管理费): a title, 序号/科室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 "
        "``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    wuyuan_water_bureau_stacked_records(),
    wuyuan_agriculture_bureau_two_sheets(),
    wuyuan_agritech_center_posts(),
    wuyuan_enforcement_brigade_selfchecks(),
    wuyuan_irrigation_office_group_rows(),
    wuyuan_water_development_cards(),
    wuyuan_water_saving_center_list(),
    wuyuan_water_works_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch615-inbox"))

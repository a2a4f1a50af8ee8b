"""The seven-hundred-and-fifty-ninth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's market
regulation and drug bodies, 黑山县 (of 锦州市, 辽宁省) — its 市场监督管理局, 食品药品检验所,
消费者权益保护中心, 计量检定测试所, 市场监管综合行政执法队 and its 市场监管所 (大虎山, 八道壕, 芳山)
— each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 市场监督管理局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 食品药品检验所's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 消费者权益保护中心's 自查表, one sheet a person: a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间``
  over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 大虎山市场监管所's 责任清单 under GROUP ROWS ``一、所领导`` … merged across (no 科室 column),
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 计量检定测试所's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 八道壕市场监管所's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on
  EVERY row, short types, ``高风险/中风险/低风险``;
- the 市场监管综合行政执法队's 排查登记表: ``中队`` merged, ``岗位 | 姓名`` merged per person, ``风险类别``
  (short names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``heishan_fangshan_office_shares``: the 芳山市场监管所's 廉政风险点责任分担表, ONE ROW A POINT
  (``序号 | 监管事项 | 廉政风险点 | 风险等级 | 责任人及责任分担比例 | 防控措施``), the holders of each point
  written one a line in ONE cell, each line ``岗位　姓名　NN%`` — the share of the responsibility
  he bears for the point (the shares of a row add up to 100%); a point with two or three lines is
  a point of each holder named, and a holder's points are every row naming him. The README's
  读得懂的表 knows a ``责任人`` cell listing several holders one a line (post and name, or name
  only), with their own levels one a line beside, or their point numbers in brackets, or
  ``主责：…⏎协责：…`` lines; it does not describe holder lines closing in a percentage share of
  the responsibility (``所长　牟翾湛　40%``), where the number is no level, no point number and
  no part of the name, and every share-holder holds the point.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (乌海 集贸市场 整治 — 进货查验、
索证索票、食品抽检; 广东 食品安全 风险监管 — 网红食品、低价高风险食品、校园食堂; 比如县 行政处罚
裁量 指导意见 — 同案不同罚、过罚不相当; 总局 校园食品、保健食品 重点监管; 泉州 计量科 — 计量器具
检定、计量争议; 德州 药品零售 GSP 认证 现场检查; 医疗机构周边 非法收售药品 监管; 药品经营质量管理
规范 征求意见稿) and the layout follows their words for the unit, its parts, its posts and its
risks. The rows are worded by us, the names invented (the rare surnames 牟 and 佘 with rare given
names); every unit is a body of 黑山县.

Run ``python tests/published/score.py --set batch759`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file every line of the ``责任人及责任分担比例`` cell is a holder of the row's point
  (post, name, then his share), with the row's level, whatever his share; the share is not part of
  the name and no level; one form a holder, no 科室 (the table names none); ``监管事项`` is no point
  and names no holder; the ``注：`` line and the 填表/审核 line are no points;
- ``局领导`` (the sheet) and ``所领导`` (a group row) are leaders without a 科室 (the sheet) or with the
  科室 ``所领导`` (the group row); a 局's 股, a 所's 组 / 室, an 执法队's 中队 and a 中心's 部 are 科室;
- every body is a unit of its own: 局长, 副局长, 所长, 副所长, 主任, 副主任, 队长 are leaders; 股长, 室主任,
  中队长, 部长 middle; the rest (科员, 检验员, 计量检定员, 执法队员, 食品监管员, 调解员, 会计) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no
  points; the 食品药品检验所's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b759_"
PLACE = "黑山县"
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

# the 所's staff: key -> (post, name, tier)
STAFF = {
    "所长": ("所长", "牟翾湛", "leader"),
    "副所长": ("副所长", "佘霆峋", "leader"),
    "食品": ("食品监管员", "牟珝汧", "general"),
    "药械": ("药械监管员", "佘岷翚", "general"),
    "登记": ("登记注册员", "牟瀓璠", "general"),
}

# (监管事项, 廉政风险点, 风险等级, ((holder key, share), …), 防控措施)
SHARED = [
    ("食品经营许可", "食品经营许可现场核查走过场，降低条件发证", "高", (("所长", 40), ("食品", 60)),
     "现场核查两人以上，核查记录和照片随卷归档。"),
    ("食品安全监督抽检", "抽检样品选取不随机，提前向经营户透露抽检品种", "高", (("副所长", 30), ("食品", 70)),
     "抽检计划集体研究，抽样全程记录，样品当场封存。"),
    ("集贸市场日常检查", "对进货查验、索证索票不全问题只提醒不立案", "中", (("食品", 100),),
     "检查发现的问题录入系统，整改情况逐户复查。"),
    ("药品零售监督检查", "对药店处方药违规销售问题降格处理", "高", (("副所长", 40), ("药械", 60)),
     "检查结果所务会研究，处理意见报局法规股审核。"),
    ("医疗器械经营备案", "备案资料审核不严，为不符合条件的门店办理备案", "中", (("药械", 100),),
     "备案资料双人审核，每季度抽查已备案门店。"),
    ("个体工商户登记", "登记注册中吃拿卡要，设置隐性门槛", "低", (("登记", 80), ("副所长", 20)),
     "登记事项一次性告知，办理时限公开。"),
    ("行政处罚裁量", "同案不同罚，擅自减轻罚款数额", "高", (("所长", 50), ("副所长", 30), ("食品", 20)),
     "执行县局裁量基准，案件集体讨论，结果公示。"),
]  # fmt: skip


def heishan_fangshan_office_shares() -> dict:
    unit = f"{PLACE}芳山市场监管所"
    sh = _Sheet("责任分担表", [6, 16, 38, 8, 26, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点责任分担表", 6)
    _line(sh, f"填报单位：{unit}{GAP * 16}2025年5月", 6)
    sh.add("序号", "监管事项", "廉政风险点", "风险等级", "责任人及责任分担比例", "防控措施")
    for i, (matter, point, lv, shares, measures) in enumerate(SHARED, 1):
        assert sum(s for _, s in shares) == 100
        cell = "\n".join(f"{STAFF[k][0]}{GAP}{STAFF[k][1]}{GAP}{s}%" for k, s in shares)
        sh.add(i, matter, point, lv, cell, measures)
    # the truth one form a holder, in the staff's order
    for key, (post, who, tier) in STAFF.items():
        for _matter, point, lv, shares, _measures in SHARED:
            if key in {k for k, _ in shares}:
                t.point(sh.name, "", post, who, tier, point, [], HML[lv])
    _line(
        sh,
        "注：责任分担比例为各责任人对该风险点所承担责任的比例，合计为100%；风险等级分高、中、低三级。",
        6,
    )
    sh.add("填表：", None, "审核：", None, "所长（签字）：", None)
    return _layout(
        "heishan_fangshan_office_shares", "http://m.hzweihu.com/zj/content/2026-03/03/content_9146334.htm",
        "(harder) 县市场监管所 廉政风险点责任分担表, after the source's 乌海 集贸市场 整治 (进货查验, 索证索票, 食品抽检, "
        "立案调查): a title, a merged ``填报单位：…　2025年5月`` line, then 序号/监管事项/廉政风险点/风险等级 高/中/低/"
        "``责任人及责任分担比例``/防控措施, ONE ROW A POINT whose holder cell lists one to three holders one a line, "
        "each ``岗位　姓名　NN%`` (his share of the responsibility, the row's shares adding up to 100%); every holder named "
        "holds the point; a merged ``注：`` line and a 填表/审核/所长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def heishan_bureau_two_sheets() -> dict:
    unit = f"{PLACE}市场监督管理局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 20, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("佘琎沨", "局长", "主持全面工作", [
            ("重大案件处理、大额罚没款减免个人说了算", "一级", "重大案件经局案审委员会集体审议。"),
            ("检验检测设备采购干预供应商选定", "一级", "采购进入县公共资源交易平台。"),
        ]),
        ("牟骎瑒", "副局长", "分管食品安全、药品监管", [
            ("食品安全事故调查中为涉事企业说情", "一级", "事故调查组集体研判，调查报告报局党组。"),
            ("校园食堂、保健食品专项检查打招呼、降标准", "二级", "专项检查随机抽取检查人员，结果公示。"),
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
        ("食品生产监管股", "股长", "佘溱珰", "middle", "食品生产许可审查中降低标准、放宽条件", "一级",
         "许可审查两人以上，审查意见集体把关。"),
        ("食品生产监管股", "股长", "佘溱珰", "middle", "对小作坊违法生产问题瞒案不报", "二级", "小作坊检查台账每月上报。"),
        ("食品生产监管股", "科员", "牟澔岍", "general", "监督检查记录填写不实", "三级", "检查记录由被检查单位签字确认。"),
        ("法规股", "股长", "佘珣澥", "middle", "案件审核中对裁量不当问题不纠正", "一级", "执行裁量基准，审核意见留痕。"),
        ("法规股", "科员", "牟翙洺", "general", "行政处罚信息不按时公示", "二级", "处罚决定作出后七个工作日内公示。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "heishan_bureau_two_sheets", "http://www.sh1j2.com/zgzlb/content/2025-04/01/content_9098929.htm",
        "县市场监督管理局 廉政风险防控一览表 in TWO SHEETS, after the source's 广东 食品安全 风险监管 (六个聚焦, 校园食堂, "
        "网红食品, 低价高风险食品, 穿透行业潜规则): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with "
        "股室 merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def heishan_drug_lab_posts() -> dict:
    unit = f"{PLACE}食品药品检验所"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所领导", "所长", "leader", "检验报告签发", "授意改动不合格检验结论，为企业开脱", "岗位职责风险", "高",
         "检验报告三级审核签发，原始记录不得涂改。"),
        ("药品检验室", "主任", "middle", "委托检验受理", "对关系企业送检样品优先受理、降低收费", "制度机制风险", "中",
         "委托检验按登记顺序受理，收费标准公示。"),
        ("药品检验室", "检验员", "general", "样品检验", "检验数据选择性记录，隐瞒不合格项", "业务流程风险", "高",
         "检验过程仪器自动采集数据，复核人逐项核对。"),
        ("食品检验室", "检验员", "general", "留样管理", "留样私自处置、以次充好", "思想道德风险", "低",
         "留样专柜双人双锁，出入库登记。"),
        ("综合室", "主任", "middle", "试剂耗材采购", "试剂耗材采购指定品牌，收受回扣", "外部环境风险", "中",
         "试剂采购三家比价，验收与采购分离。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "heishan_drug_lab_posts", "https://bdocx.com/doc/10191328.html",
        "县食品药品检验所 岗位廉政风险点排查表 对岗不对人, after the source's 药品经营质量管理规范 征求意见稿 (质量控制, "
        "质量追溯, 资质要求): a title, 序号/科室 merged/岗位 merged per post/a short 风险点/a long 风险表现/风险类型 "
        "``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def heishan_consumer_centre_selfchecks() -> dict:
    unit = f"{PLACE}消费者权益保护中心"
    t = _Truth(unit)
    people = [
        ("牟霆瑢", "中心领导", "主任", "leader", [
            ("投诉调解中偏袒经营者，压低赔偿数额", "Ⅰ级", "调解结果当事人双方签字，重大纠纷集体研究。", "已落实"),
            ("消费维权宣传活动经费虚报冒领", "Ⅱ级", "活动经费凭票据和影像资料报销。", "未发现问题"),
        ]),
        ("佘璈渟", "投诉调解部", "调解员", "general", [
            ("接受被投诉企业宴请、礼品", "Ⅰ级", "签订廉洁承诺书，调解全程录音。", "已落实"),
            ("投诉件不按时办结，拖延推诿", "Ⅲ级", "12315工单限时办结，超期预警。", "已落实"),
        ]),
        ("牟琀滪", "投诉调解部", "部长", "middle", [
            ("对群体性投诉选择性受理", "Ⅱ级", "投诉登记全部录入平台，部长每周抽查。", "未发现问题"),
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
        sh.add()
        sh.add("本人签名：", None, "主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "heishan_consumer_centre_selfchecks", "http://jiazhougroup.cn/a/ybxw/28752.html",
        "县消费者权益保护中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 总局 "
        "电视会议 (校园食品, 保健食品, 鼓励内部知情人举报, 尽职免责、失职问责): a title, a label row ``姓　名 | 所在科室 | "
        "岗　位 | 填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no "
        "type column; ``本人签名： | 主任意见：``",
        sheets, t,
    )  # fmt: skip


def heishan_dahushan_office_group_rows() -> dict:
    unit = f"{PLACE}大虎山市场监管所"
    sh = _Sheet("责任清单", [6, 12, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、所领导", "所领导", [
            ("所长", "佘曜澂", "leader", [
                ("对辖区无证经营问题放任不管，收受好处", "一级风险", "无证经营整治台账公开，局稽查队抽查。"),
                ("案件线索不登记、不移交", "一级风险", "线索统一登记编号，所务会定期通报。"),
            ]),
        ]),
        ("二、食品安全监管组", "食品安全监管组", [
            ("食品监管员", "牟玹翚", "general", [
                ("农村集贸市场检查提前通风报信", "二级风险", "检查实行双随机，检查人员临时确定。"),
                ("对过期食品问题以罚代管", "二级风险", "过期食品一律下架销毁，录像留存。"),
            ]),
        ]),
        ("三、综合办公室", "综合办公室", [
            ("会计", "佘澪琨", "general", [
                ("罚没款收缴不入账、坐收坐支", "一级风险", "罚没款通过非税系统缴库，票款相符。"),
                ("办公经费报销审核不严", "三级风险", "报销单据经办人、证明人、审批人三签。"),
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
        "heishan_dahushan_office_group_rows", "http://m.jizihe.com/page/2015/0403/20253894.shtml",
        "县市场监管所 廉政风险防控责任清单, after the source's 医疗机构周边 非法收售药品 监管 (药贩, 非法渠道, 监管方法): "
        "a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS "
        "``一、所领导``, ``二、食品安全监管组``, ``三、综合办公室`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def heishan_metrology_cards() -> dict:
    unit = f"{PLACE}计量检定测试所"
    t = _Truth(unit)
    cards = [
        ("所长", "牟堃翯", "所长", "主持全面工作", "leader", [
            ("计量器具强制检定收费违规减免", "★★★", "收费标准公示，减免经所务会研究。"),
            ("计量标准设备采购不按程序", "★★", "设备采购按政府采购目录执行。"),
            ("接受被检定单位宴请", "★", "严守中央八项规定精神。"),
        ]),
        ("副所长", "佘瀹珺", "副所长", "分管检定业务、计量纠纷", "leader", [
            ("计量争议仲裁检定偏袒一方", "★★★", "仲裁检定两人以上，检定数据双方确认。"),
            ("加油机、电子秤检定出具虚假合格证书", "★★", "检定证书系统出具，抽查复检。"),
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
        "heishan_metrology_cards", "https://www.httgc.com/kk/jie-mi-quan-zhou-shi-chang-jian-guan-ju-ji-liang-ke-shou-hu-gong-ping-ji-liang-hu-hang-min-sheng-an.html",
        "县计量检定测试所 领导干部廉政风险防控卡, one sheet a leader, after the source's 泉州 计量科 (计量器具检定, 计量监督, "
        "计量争议和投诉): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then 序号/风险点/风险等级 "
        "``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def heishan_badaohao_office_list() -> dict:
    unit = f"{PLACE}八道壕市场监管所"
    sh = _Sheet("一览表", [6, 12, 12, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所领导", "所长", "牟淼珰", "leader", "餐饮单位量化分级评定人为拔高", "岗位职责", "高风险",
         "评定结果经两人以上复核，向社会公示。"),
        ("所领导", "所长", "牟淼珰", "leader", "对特种设备隐患企业检查不到位", "业务流程", "中风险",
         "隐患企业建立台账，逐项销号。"),
        ("市场监管组", "组长", "佘瑀汭", "middle", "网络交易违法线索核查不认真", "制度机制", "中风险",
         "线索核查结果录入平台，组长审核。"),
        ("市场监管组", "执法队员", "牟琸淏", "general", "价格检查中接受商户好处", "思想道德", "高风险",
         "检查两人以上，全程佩戴执法记录仪。"),
        ("登记窗口", "登记注册员", "佘璘渼", "general", "企业登记材料审核把关不严", "外部环境", "低风险",
         "材料审核一次性告知，疑点材料报所长。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "所长（签字）：", None, None)
    return _layout(
        "heishan_badaohao_office_list", "https://qtroom.com/cffyz/649.html",
        "县市场监管所 岗位廉政风险防控一览表, after the source's 比如县 市场监管领域 行政执法案件 裁量行使指导意见 (同案不同罚, "
        "过罚不相当, 小微经营主体): ``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 "
        "written on EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a "
        "填表人/审核人/所长（签字） line",
        [sh], t,
    )  # fmt: skip


def heishan_enforcement_team_register() -> dict:
    unit = f"{PLACE}市场监管综合行政执法队"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "中队", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("队领导", "队长", "佘翯琯", "leader", [
            ("案件查办中干预调查取证", "制度机制", "一级", "调查取证两人以上，重大案件法制审核。"),
            ("涉案物品处置不按规定", "业务流程", "二级", "涉案物品登记造册，处置集体研究。"),
        ]),
        ("药品稽查中队", "中队长", "牟晔琛", "middle", [
            ("对GSP认证药店违规经营问题不查处", "岗位职责", "一级", "检查结果录入系统，队领导复核。"),
        ]),
        ("药品稽查中队", "执法队员", "佘琳翾", "general", [
            ("现场检查前向药店通风报信", "思想道德", "一级", "检查对象随机抽取，检查前统一收缴通讯工具。"),
            ("查扣的假劣药品私自处理", "外部环境", "三级", "查扣物品入库登记，监督销毁。"),
        ]),
        ("食品稽查中队", "执法队员", "牟瑑滢", "general", [
            ("对举报的食品安全问题推诿不查", "业务流程", "二级", "举报件登记编号，办结回访。"),
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
        "heishan_enforcement_team_register", "http://www.592gupiao.com/ask/thread/20190520/2529334.html",
        "县市场监管综合行政执法队 廉政风险点排查登记表, after the source's 德州 药品零售 GSP 认证 现场检查 (认证检查员, "
        "认证纪律, 程序不简化): a title, 序号/中队 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/"
        "风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    heishan_fangshan_office_shares(),
    heishan_bureau_two_sheets(),
    heishan_drug_lab_posts(),
    heishan_consumer_centre_selfchecks(),
    heishan_dahushan_office_group_rows(),
    heishan_metrology_cards(),
    heishan_badaohao_office_list(),
    heishan_enforcement_team_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch759-inbox"))

"""The seven-hundred-and-forty-eighth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 交通运输 and
公路 bodies, 喀喇沁左翼蒙古族自治县 (of 朝阳市, 辽宁) — its 交通运输局, 公路管理段, 运输管理所, 农村公路养护
中心, 超限运输检测站, 汽车客运站, 出租汽车管理办公室 and 机动车驾驶员培训管理站 — each handing back the
一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 交通运输局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 运输管理所's 排查表 对岗不对人: ``股室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 农村公路养护中心's 自查表, one sheet a person: a label row ``姓　名 | 所在股室 | 岗　位 | 填表时间``
  over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 超限运输检测站's 责任清单 under GROUP ROWS ``一、站领导`` … merged across (no 科室 column),
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 汽车客运站's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 出租汽车管理办公室's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人``
  on EVERY row, short types, ``高风险/中风险/低风险``;
- the 机动车驾驶员培训管理站's 排查登记表: ``科室`` merged, ``岗位 | 姓名`` merged per person,
  ``风险类别`` (short names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``kazuo_highway_section_vacant_posts``: the 公路管理段's 岗位廉政风险防控一览表, ``序号 | 科室 | 岗位 |
  责任人 | 廉政风险点 | 风险等级 | 防控措施`` with 科室 merged and 岗位/责任人 merged per post, where
  three posts are VACANT: their 责任人 cell does not name an incumbent but says who acts for the
  post — ``空缺（由副段长　羿…代管）``, ``空缺，暂由养护股股长　丌…兼任``, ``（空缺）路政股副股长　羿…代理``
  — the acting holder being a person who holds a block of his own in the same list. The README's
  读得懂的表 knows a handover ``原→现``, ``（兼）`` after a name, ``等6人`` and holders written in many
  other places; it does not describe a vacant post whose 责任人 cell names the colleague acting for it
  inside a ``空缺（由…代管／兼任／代理）`` phrase.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (清廉交通建设 — 招标, 施工进度, 资金使用
公开; a 审计局 on 农村公路 缺养、失养, 养护管理办法; 道路运输行政执法人员资格管理 — 执法证, 罚缴分离,
执法尺度; a report on 治超 以罚代法, 罚款不卸载, 停车场回扣; a 客运出租汽车管理条例 — 经营资质, 营运
管理, 场站管理; a 客运出租汽车管理办法; 公路招投标管理办法 — 招标, 评标, 资格审查; 驾校教练管理处罚制度
— 教练员, 学时, 考核) and the layout follows their words for the unit, its parts, its posts and
its risks. The rows are worded by us, the names invented (the rare surnames 丌 and 羿 with rare
given names); every unit is a body of 喀喇沁左翼蒙古族自治县.

Run ``python tests/published/score.py --set batch748`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a vacant post's points are the points of the colleague named as acting for
  it (``由…代管``, ``暂由…兼任``, ``…代理``), under the VACANT post and its 科室 (the row's 岗位 and
  科室 cells), one form apart from that colleague's form for his own post; the words ``空缺``,
  ``代管``, ``兼任``, ``代理`` and the acting holder's own post written in the cell name no post of
  that form;
- ``段领导``, ``局领导``, ``站领导``, ``所领导`` are the 科室 of those leaders; a 局's or 段's 股 and a
  站's 科/组 are 科室; the 局's leaders (sheet ``局领导``) and the cards' leaders have no 科室;
- 局长, 副局长, 段长, 副段长, 所长, 副所长, 主任, 站长, 副站长 are leaders; 股长, 副股长, 科长 middle;
  the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; the 运输管理所's list names no person;
- ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, 高/中/低 and
  ``高风险/中风险/低风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b748_"
PLACE = "喀喇沁左翼蒙古族自治县"
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

# (科室, 岗位, 责任人 cell as written, the holder (acting or own), tier, points)
SECTION = [
    ("段领导", "段长", f"空缺（由副段长{GAP}羿琡澪代管）", "羿琡澪", "leader", [
        ("公路养护工程招标中设置排他性条件，指定中标单位", "一级", "招标文件经段务会集体审定，进入县公共资源交易中心。"),
        ("养护资金拨付不按计量结果，超付预付款", "一级", "资金拨付凭计量支付证书，财务、工程两股会签。"),
    ]),
    ("段领导", "副段长", "羿琡澪", "羿琡澪", "leader", [
        ("养护工程交工验收走过场，降低标准签字", "一级", "交工验收邀请质监站参加，验收资料存档。"),
        ("干部选拔和道班班长任用中优亲厚友", "二级", "任用经段务会研究，结果公示五个工作日。"),
    ]),
    ("养护股", "股长", "丌璈淯", "丌璈淯", "middle", [
        ("日常养护工程量核定虚增，与施工单位串通", "一级", "工程量双人现场核定，影像资料留存。"),
    ]),
    ("养护股", "技术员", f"空缺，暂由养护股股长{GAP}丌璈淯兼任", "丌璈淯", "general", [
        ("路况检测数据弄虚作假，虚报养护里程", "二级", "路况数据抽检复核，与上年数据比对。"),
        ("冬季除雪防滑材料出入库不登记", "三级", "防滑料领用登记，月底盘点。"),
    ]),
    ("路政股", "副股长", "羿珖岹", "羿珖岹", "middle", [
        ("路政许可审批中吃拿卡要", "一级", "许可事项网上办理，办理时限公开。"),
        ("路损赔偿费收取不开票、少收多收", "二级", "赔偿费按标准计收，统一票据，罚缴分离。"),
    ]),
    ("路政股", "路政员", f"（空缺）路政股副股长{GAP}羿珖岹代理", "羿珖岹", "general", [
        ("巡查中发现的违法占路行为不登记、不查处", "二级", "巡查日志每日上报，违法行为网上登记。"),
    ]),
]  # fmt: skip


def kazuo_highway_section_vacant_posts() -> dict:
    unit = f"{PLACE}公路管理段"
    sh = _Sheet("一览表", [6, 10, 10, 22, 40, 9, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    _line(sh, f"填报单位：{unit}{GAP * 16}2025年5月", 7)
    sh.add("序号", "科室", "岗位", "责任人", "廉政风险点", "风险等级", "防控措施")
    first = len(sh.rows)
    n = 0
    for dept, post, cell, who, tier, points in SECTION:
        for point, lv, measures in points:
            n += 1
            sh.add(n, dept, post, cell, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("编制：办公室", None, None, "审核：", None, "段长（签字）：", None)
    return _layout(
        "kazuo_highway_section_vacant_posts", "https://um.sanwen.net/special/amhtif.html",
        "(harder) 县公路管理段 岗位廉政风险防控一览表, after the source's 公路招投标管理办法 (招标, 资格审查, 评标, 中标): a "
        "title, a 填报单位/date line, 序号/科室 merged/岗位 and 责任人 merged per post/廉政风险点/风险等级 ``一级/二级/三级``/"
        "防控措施; THREE POSTS VACANT, their 责任人 cells naming the colleague acting for them "
        "(``空缺（由副段长　…代管）``, ``空缺，暂由养护股股长　…兼任``, ``（空缺）路政股副股长　…代理``), each acting "
        "holder also holding a block of his own; an 编制/审核/段长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def kazuo_transport_bureau_two_sheets() -> dict:
    unit = f"{PLACE}交通运输局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 20, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("丌翚岏", "局长", "主持全面工作", [
            ("国省干线改建项目施工单位选定中打招呼、递条子", "一级", "项目一律公开招标，领导干部插手干预登记报告。"),
            ("交通建设资金安排个人说了算", "一级", "资金安排经局党组会集体研究，会议纪要存档。"),
        ]),
        ("羿璪淓", "副局长", "分管工程建设、四好农村路", [
            ("农村公路建设项目进度款拨付不按合同", "一级", "进度款凭监理签认的计量单拨付，定期公开资金使用。"),
            ("工程变更审批把关不严，增加工程造价", "二级", "变更经专家论证、集体审批，报财政评审。"),
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
        ("规划建设股", "股长", "丌琭湄", "middle", "工程项目招标文件量身定制", "一级", "招标文件经法律顾问审查，公开发布。"),
        ("规划建设股", "股长", "丌琭湄", "middle", "施工进度和工程质量检查走过场", "二级", "检查不少于两人，检查记录存档。"),
        ("规划建设股", "科员", "羿琎潼", "general", "工程资料收集整理中为施工单位弄虚作假", "三级", "资料专人管理，交接签字。"),
        ("财务股", "股长", "丌瑅沇", "middle", "车购税、成品油补贴资金拨付不及时或截留", "一级", "补贴资金专账核算，拨付结果公开。"),
        ("财务股", "会计", "羿珰峱", "general", "报销单据审核不严，虚列工程支出", "二级", "报销实行经办、审核、审批三签。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "kazuo_transport_bureau_two_sheets",
        "https://www.npbpp.com/news/jie-mi-qing-lian-jiao-tong-jian-she-hu-hang-min-sheng-gong-jian-an-quan-chu-xing-wei-lai.html",
        "县交通运输局 廉政风险防控一览表 in TWO SHEETS, after the source's 清廉交通建设 (制度保障, 项目招标、施工进度、资金使用 "
        "公开, 全过程监督): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 merged and 岗位/姓名 "
        "merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def kazuo_transport_office_posts() -> dict:
    unit = f"{PLACE}运输管理所"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "股室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所领导", "所长", "leader", "执法证件管理", "为不符合条件人员申领执法证，证件转借他人", "制度机制风险", "高",
         "执法证申领集体审核，持证人员名单公开。"),
        ("稽查股", "股长", "middle", "重大行政处罚", "重大处罚决定不经法制审核，擅自减免罚款", "岗位职责风险", "高",
         "重大处罚法制审核，季度备案。"),
        ("稽查股", "稽查员", "general", "路面稽查", "违法扣留车辆和证件，吃拿卡要", "思想道德风险", "高",
         "全程执法记录仪，罚缴分离。"),
        ("稽查股", "稽查员", "general", "处罚裁量", "同类违法行为处罚尺度不一", "业务流程风险", "中",
         "执行统一裁量基准，案卷定期评查。"),
        ("运政股", "审批员", "general", "道路运输经营许可", "许可材料审核不严，违规发放经营许可证", "岗位职责风险", "中",
         "许可事项网上办理，审核、审批分离。"),
        ("运政股", "审批员", "general", "车辆年审", "营运车辆年度审验走过场", "业务流程风险", "低",
         "年审结果网上公示，抽查复核。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "kazuo_transport_office_posts", "https://www.360docs.net/doc/589986210.html",
        "县运输管理所 岗位廉政风险点排查表 对岗不对人, after the source's 道路运输行政执法人员资格管理办法 (交通行政执法证, "
        "罚款决定与收缴分离, 统一执法尺度): a title, 序号/股室 merged/岗位 merged per post/a short 风险点/a long 风险表现/"
        "风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def kazuo_rural_road_centre_selfchecks() -> dict:
    unit = f"{PLACE}农村公路养护中心"
    t = _Truth(unit)
    people = [
        ("丌缇峮", "中心领导", "主任", "leader", [
            ("农村公路养护资金切块分配不公", "Ⅰ级", "分配按里程和技术状况测算，结果公开。", "已落实"),
            ("以修代养项目不经审批擅自安排", "Ⅱ级", "项目计划报交通运输局审批后实施。", "未发现问题"),
        ]),
        ("羿瓘岣", "养护管理股", "技术员", "general", [
            ("缺养、失养路段检查不实，考核打分放水", "Ⅰ级", "考核现场检查，影像留存，交叉复核。", "已落实"),
            ("小修保养工程量签认不实", "Ⅲ级", "工程量双人签认。", "已落实"),
        ]),
        ("丌珧湑", "财务股", "会计", "general", [
            ("乡镇养护补助资金报账审核不严", "Ⅱ级", "报账凭养护考核结果，审核留痕。", "未发现问题"),
            ("养护机械租赁费用虚报冒领", "Ⅲ级", "租赁台班经现场确认，按月对账。", "已落实"),
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
        sh.add("本人签名：", None, "主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "kazuo_rural_road_centre_selfchecks", "http://jcurcio.com/n4/n21/c54467/content.html",
        "县农村公路养护中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 审计局 on "
        "农村公路 (道路损坏、缺养、失养, 养护管理暂行办法, 改建及大中修): a title, a label row ``姓　名 | 所在股室 | 岗　位 | "
        "填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 主任意见：``",
        sheets, t,
    )  # fmt: skip


def kazuo_overload_station_group_rows() -> dict:
    unit = f"{PLACE}超限运输检测站"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、站领导", "站领导", [
            ("站长", "丌翙岺", "leader", [
                ("超限车辆处罚中以罚代卸、以罚代管", "一级风险", "超限车辆一律卸载，卸载过程录像。"),
                ("与卸载场、停车场经营者利益往来", "一级风险", "卸载场由县局公开选定，收费标准公示。"),
            ]),
        ]),
        ("二、检测科", "检测科", [
            ("科长", "羿璐湫", "middle", [
                ("检测数据人为修改、不过磅放行", "一级风险", "称重数据自动上传，不得手工修改。"),
            ]),
            ("检测员", "丌琲岵", "general", [
                ("对熟人车辆降低检测标准", "二级风险", "检测员轮岗，熟人回避。"),
                ("检测记录不完整，案卷缺失", "三级风险", "检测记录每日归档，专人核对。"),
            ]),
        ]),
        ("三、综合科", "综合科", [
            ("出纳", "羿瑢嵂", "general", [
                ("罚没款现场收缴不开票据", "二级风险", "罚款一律银行代收，罚缴分离。"),
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
        "kazuo_overload_station_group_rows", "http://china.zjol.com.cn/05china/system/2004/08/10/003175786.shtml",
        "县超限运输检测站 廉政风险防控责任清单, after the source's report on 治超 (以罚代法, 没有过磅就认定超载, 不卸载放行, "
        "停车场回扣): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS "
        "``一、站领导``, ``二、检测科``, ``三、综合科`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def kazuo_bus_station_cards() -> dict:
    unit = f"{PLACE}汽车客运站"
    t = _Truth(unit)
    cards = [
        ("站长", "羿玘澥", "站长", "主持客运站全面工作", "leader", [
            ("班线经营者进站经营协议暗箱签订", "★★★", "进站协议经站务会集体研究，协议文本公开。"),
            ("站场设施维修工程化整为零", "★★★", "维修项目按限额报县交通运输局审批。"),
            ("接受客运企业宴请、礼品", "★", "严守中央八项规定精神，节前廉洁提醒。"),
        ]),
        ("副站长", "丌玙崟", "副站长", "分管售票、安检", "leader", [
            ("售票代理点选定中收受好处", "★★", "代理点公开征集，结果公示。"),
            ("出站安全检查放松标准，违规放行", "★★", "出站检查双人签字，视频监控留存。"),
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
        "kazuo_bus_station_cards", "http://kmw.cc/a/2019/1215/1021.html",
        "县汽车客运站 领导干部廉政风险防控卡, one sheet a leader, after the source's 客运出租汽车管理条例 (经营资质管理, "
        "营运管理, 场站管理, 监督与服务): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def kazuo_taxi_office_list() -> dict:
    unit = f"{PLACE}出租汽车管理办公室"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("办公室领导", "主任", "羿旻溍", "leader", "出租汽车经营权配置不公开", "制度机制", "高风险",
         "经营权配置公开招标，结果公示。"),
        ("办公室领导", "主任", "羿旻溍", "leader", "出租汽车企业质量信誉考核打人情分", "岗位职责", "中风险",
         "考核结果集体评定并公示。"),
        ("客运管理股", "股长", "丌璩蘅", "middle", "驾驶员从业资格证审核把关不严", "业务流程", "中风险",
         "资格审核实行初审、复核两级。"),
        ("客运管理股", "稽查员", "羿琺岧", "general", "对非法营运车辆查处不严、选择性执法", "外部环境", "高风险",
         "稽查全程记录，案件网上流转。"),
        ("客运管理股", "稽查员", "羿琺岧", "general", "投诉处理中偏袒企业", "思想道德", "低风险",
         "投诉处理结果回访，定期通报。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "kazuo_taxi_office_list",
        "https://abg.baidu.com/tags/xcr5nxok2c743vglwp3npywg7oz3loo4ydw3b3fxva16",
        "县出租汽车管理办公室 岗位廉政风险防控一览表, after the source's 客运出租汽车管理办法 (经营权, 质量信誉考核, "
        "驾驶员从业资格, 非法营运): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/"
        "责任人 written on EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a "
        "填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


def kazuo_driving_school_register() -> dict:
    unit = f"{PLACE}机动车驾驶员培训管理站"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "丌珧岏", "leader", [
            ("驾培机构备案审查中吃拿卡要", "岗位职责", "一级", "备案材料网上公开，限时办结。"),
            ("驾培机构质量信誉考核弄虚作假", "制度机制", "二级", "考核结果集体评定，公开公示。"),
        ]),
        ("培训监管科", "科长", "羿昱堃", "middle", [
            ("培训学时审核放水，虚增学时", "业务流程", "一级", "学时数据系统采集，不得人工补录。"),
        ]),
        ("培训监管科", "监管员", "丌缃岺", "general", [
            ("对教练员违规收费投诉不查处", "外部环境", "二级", "投诉限时办理，结果回访。"),
            ("接受驾校宴请和购物卡", "思想道德", "三级", "签订廉洁承诺书，节前提醒。"),
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
        "kazuo_driving_school_register", "https://um.sanwen.net/special/sqlhgf.html",
        "县机动车驾驶员培训管理站 廉政风险点排查登记表, after the source's 驾校教练管理处罚制度 (教练员, 违规收费, 学时, "
        "考核): a title, 序号/科室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 "
        "``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    kazuo_highway_section_vacant_posts(),
    kazuo_transport_bureau_two_sheets(),
    kazuo_transport_office_posts(),
    kazuo_rural_road_centre_selfchecks(),
    kazuo_overload_station_group_rows(),
    kazuo_bus_station_cards(),
    kazuo_taxi_office_list(),
    kazuo_driving_school_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch748-inbox"))

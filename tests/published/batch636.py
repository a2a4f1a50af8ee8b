"""The six-hundred-and-thirty-sixth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one district's tobacco and
salt bodies, 集宁区 (of 乌兰察布市, 内蒙古自治区) — its 烟草专卖局, 烟草公司营销部, 烟草专卖稽查大队,
烟草公司物流配送中心, 盐务管理局, 盐业公司, 盐政稽查大队 and 食盐储备库 — each handing back the 一览表,
防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 烟草专卖局's 一览表 in TWO SHEETS ``局领导`` / ``科室``, ``一级/二级/三级``, no type column;
- the 烟草公司营销部's 排查表 对岗不对人 (no names), ``…风险`` types, 高/中/低;
- the 专卖稽查大队's 防控卡, one sheet a person, label rows, ``★★★/★★/★`` read by a ``注：`` line;
- the 物流配送中心's 清单 under GROUP ROWS ``一、…``, ``Ⅰ级/Ⅱ级/Ⅲ级``;
- the 盐务管理局's 一览表 under ``附件3`` and a 填报单位 line, 科室/岗位/姓名 on every row, short types,
  ``高风险/中风险/低风险``;
- the 盐业公司's 自查表, one sheet a person (``姓　名 | 所在部门 | 岗　位 | 填表时间`` over values),
  ``一级风险/二级风险/三级风险``;
- the 食盐储备库's 排查登记表, 科室 merged, 岗位/姓名 merged per person, 风险类别, 一级/二级/三级, ``注：``.

One is harder:

- ``jining_salt_inspection_signoff_posts``: the 盐政稽查大队's 廉政风险点一览表 names each row's holder
  by NAME ONLY (``序号 | 姓名 | 廉政风险点 | 风险等级 | 防控措施``, the name merged over his rows, no
  岗位 or 职务 column anywhere); each holder's POST stands only in the sign-off line under the table,
  ``本人签字确认：大队长 黎翊澂　副大队长 莫琤岚　…`` (post then name, one pair per holder). The
  README's 读得懂的表 knows a name-only holder column resolved by a roster line that gives
  ``所长 訾霂棠`` for a ``訾所长`` cell, and a ``本人签字确认`` COLUMN of names; it does not describe
  posts given only by a closing sign-off line of post–name pairs for a list whose holder column
  holds bare names.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited (news on 卷烟市场监管, 涉烟违法打击, 烟叶收购秩序, and local-chronicle and report
pages on 盐务局 — 盐政管理, 食盐专营, 盐政稽查, 食盐储备 and 配送); the layout follows their words for the
unit, its parts, its posts and its risks. The rows are worded by us, the names invented (the rare
surnames 黎 and 莫 with rare given names); every unit is a body of 集宁区.

Run ``python tests/published/score.py --set batch636`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each name's post is the one written before it in the sign-off line; no 科室
  (the table names none); the sign-off line and the ``注：`` line are no points;
- ``局领导`` on a sheet with no 科室 column gives no 科室; ``中心领导`` (a group row), ``公司领导`` (a 所在部门 cell)
  and ``库领导`` / ``局领导`` (a 科室 cell) are the 科室 of those leaders; 科, 部, 组 and 班组 are 科室;
- 局长, 副局长, 经理, 副经理, 主任, 大队长, 副大队长 are leaders; 科长, 部长, 中队长 middle; the rest general;
- ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, 高/中/低 and ``高风险/…`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b636_"
PLACE = "集宁区"
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

# (post, name, tier, [(point, level, measures)])
INSPECTORS = [
    ("大队长", "黎翊澂", "leader", [
        ("涉盐案件查处中选择性执法，以罚代刑", "高", "案件查处集体审议，涉嫌犯罪的一律移送公安机关。"),
        ("接受涉案当事人请托，降低处罚标准", "高", "处罚裁量按基准执行，法制审核把关。"),
    ]),
    ("副大队长", "莫琤岚", "leader", [
        ("查扣私盐、假冒碘盐保管处置不规范", "中", "查扣物品入库登记，处置两人以上监督。"),
        ("市场检查事先泄露检查时间和对象", "高", "检查对象随机抽取，出发前统一通知。"),
    ]),
    ("稽查员", "黎沄璠", "general", [
        ("现场检查记录不实，漏记涉案数量", "中", "检查全程执法记录仪记录，当事人签字确认。"),
        ("向食盐零售户吃拿卡要", "低", "公开举报电话，定期回访零售户。"),
    ]),
    ("稽查员", "莫霁珩", "general", [
        ("举报线索不登记、不核查", "中", "举报线索统一登记编号，限期核查反馈。"),
        ("罚没款不及时上缴", "低", "罚没款直接缴入财政专户，票款分离。"),
    ]),
]  # fmt: skip


def jining_salt_inspection_signoff_posts() -> dict:
    unit = f"{PLACE}盐政稽查大队"
    sh = _Sheet("一览表", [6, 10, 40, 9, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点一览表", 5)
    _line(sh, f"单位：{unit}{GAP * 16}2025年6月", 5)
    sh.add("序号", "姓名", "廉政风险点", "风险等级", "防控措施")
    first = len(sh.rows)
    n = 0
    for post, who, tier, points in INSPECTORS:
        for point, lv, measures in points:
            n += 1
            sh.add(n, who, point, lv, measures)
            t.point(sh.name, "", post, who, tier, point, [], HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    _line(sh, "注：风险等级分高、中、低三级。", 5)
    _line(sh, "本人签字确认：" + GAP.join(f"{post} {who}" for post, who, _t, _p in INSPECTORS), 5)
    return _layout(
        "jining_salt_inspection_signoff_posts", "http://www.zhld.com/zkrb/html/2012-04/10/content_205695.htm",
        "(harder) 区盐政稽查大队 廉政风险点一览表, after the source's news on a 盐业管理局's 盐业市场整治 (抽样检查, 查处涉盐案件, "
        "查获私盐, 稽查体制, 举报电话): a title, a merged ``单位：…　2025年6月`` line, 序号/姓名 merged per person/廉政风险点/"
        "风险等级 高/中/低/防控措施 — NO post column; a ``注：`` line and a closing sign-off line "
        "``本人签字确认：大队长 黎翊澂　副大队长 莫琤岚　稽查员 黎沄璠　稽查员 莫霁珩`` that alone gives each name's post",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def jining_tobacco_bureau_two_sheets() -> dict:
    unit = f"{PLACE}烟草专卖局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("黎淏琛", "局长", "主持全面工作", [
            ("卷烟货源投放中打招呼、批条子", "一级", "货源投放按客户档位系统自动分配，局务会监督。"),
            ("专卖许可证审批中干预下属依法办理", "一级", "许可证审批全程网上办理，结果公示。"),
        ]),
        ("莫岫翀", "副局长", "分管专卖管理、稽查", [
            ("重大涉烟案件处理意见不经集体研究", "一级", "重大案件经案审会集体审议。"),
            ("为涉案零售户说情、减轻处罚", "二级", "建立领导干部插手案件登记报告制度。"),
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
    dept = _Sheet("科室", [6, 14, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}科室廉政风险防控一览表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("专卖管理科", "科长", "黎璟沅", "middle", "零售许可证布局核查降低标准", "一级", "现场核查两人以上，照片存档。"),
        ("专卖管理科", "科长", "黎璟沅", "middle", "许可证延续、变更审核把关不严", "二级", "审核材料逐项核对，科务会复核。"),
        ("专卖管理科", "内管员", "莫澂璐", "general", "内部专卖监督检查走过场", "二级", "检查记录留档，问题限期整改。"),
        ("财务科", "科长", "莫珝岱", "middle", "罚没款收缴与票据管理不规范", "一级", "票款分离，罚没款直接缴入专户。"),
        ("财务科", "会计", "黎琤岙", "general", "报销单据审核不严，虚列支出", "三级", "报销单据三级审核。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "jining_tobacco_bureau_two_sheets", "https://dalidaily.dlzrm.cn/202503/26/content_68520.html",
        "区烟草专卖局 廉政风险防控一览表 in TWO SHEETS, after the source's news on a 烟草专卖局's 卷烟市场监管 (部门协作, 数智监管, "
        "货源投放, 零售客户订单, 举报奖励): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 科室 with 科室 merged "
        "and 岗位/姓名 merged per person; ``一级/二级/三级``; no type column",
        [lead, dept], t,
    )  # fmt: skip


def jining_tobacco_marketing_posts() -> dict:
    unit = f"{PLACE}烟草公司营销部"
    sh = _Sheet("排查表", [6, 12, 12, 40, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "部门", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("营销部", "部长", "leader", "卷烟货源分配向关系户倾斜", "岗位职责风险", "高", "货源分配规则公开，系统留痕。"),
        ("营销部", "部长", "leader", "零售客户档位调整暗箱操作", "制度机制风险", "中", "档位调整按积分模型，结果公示。"),
        ("市场经理组", "市场经理", "general", "利用订货信息帮助客户囤积紧俏卷烟", "思想道德风险", "高", "订单异常由系统预警，专人核查。"),
        ("市场经理组", "客户经理", "general", "接受零售户吃请、礼品", "思想道德风险", "中", "签订廉洁承诺书，定期回访客户。"),
        ("市场经理组", "客户经理", "general", "为不合格客户违规开通订货", "业务流程风险", "低", "开户资料双人审核。"),
        ("电访组", "电访员", "general", "电话订货中擅自修改客户订单", "业务流程风险", "中", "订单修改需客户确认并录音。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：营销部", None, None, "审核：", None, "2025年3月", None)
    return _layout(
        "jining_tobacco_marketing_posts", "https://tobaccochina.com.cn/html/news/zmgl/657930.shtml",
        "区烟草公司营销部 岗位廉政风险点排查表 对岗不对人, after the source's news on 规范卷烟市场经营秩序 (真烟异常流动, "
        "外流风险户, 零售客户): a title, 序号/部门 merged/岗位 merged per post/风险点/风险类型 ``…风险``/风险等级 高/中/低/"
        "防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def jining_tobacco_inspection_cards() -> dict:
    unit = f"{PLACE}烟草专卖稽查大队"
    t = _Truth(unit)
    cards = [
        ("大队长", "莫翙琳", "大队长", "主持稽查大队全面工作", "leader", [
            ("涉烟案件立案、撤案随意", "★★★", "立案撤案报局案审会审批。"),
            ("案件线索处置泄密", "★★★", "线索专人登记，限定知悉范围。"),
            ("接受涉案人员宴请", "★", "严守中央八项规定精神。"),
        ]),
        ("中队长", "黎珣湛", "中队长", "负责城区市场检查", "middle", [
            ("物流寄递检查走过场", "★★", "寄递检查记录每周抽查。"),
            ("暂扣卷烟登记数量不实", "★★", "暂扣卷烟当场清点，当事人签字。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
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
        "jining_tobacco_inspection_cards", "https://tobaccochina.com.cn/html/news/business/634538.shtml",
        "区烟草专卖稽查大队 岗位廉政风险防控卡, one sheet a person, after the source's news on 打击非法经营烟丝烟叶 (无证运输, "
        "检查站点, 流动检查组, 线索收集): a title, ``姓　名 | … | 职　务 | …`` and a merged 岗位职责 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def jining_tobacco_logistics_group_rows() -> dict:
    unit = f"{PLACE}烟草公司物流配送中心"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "黎昶翎", "leader", [
                ("配送车辆、耗材采购不经集体研究", "Ⅰ级", "采购事项中心办公会集体研究。"),
                ("送货线路外包单位选定暗箱操作", "Ⅰ级", "外包服务公开比选，结果公示。"),
            ]),
        ]),
        ("二、仓储班组", "仓储班组", [
            ("班组长", "莫瑷沨", "middle", [
                ("卷烟出入库数量不实", "Ⅱ级", "出入库扫码，账实每日核对。"),
            ]),
            ("保管员", "黎筠岍", "general", [
                ("破损卷烟处理不登记", "Ⅱ级", "破损卷烟登记造册，集中销毁。"),
            ]),
        ]),
        ("三、送货班组", "送货班组", [
            ("送货员", "莫琬淇", "general", [
                ("送货途中私自调换卷烟", "Ⅰ级", "车辆GPS定位，交接双方签字。"),
                ("代收货款截留挪用", "Ⅲ级", "货款电子结算，不收现金。"),
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
        "jining_tobacco_logistics_group_rows", "https://docduoduo.com/p-1202115.html",
        "区烟草公司物流配送中心 廉政风险防控责任清单, after the source's 市盐务盐业局 工作总结 (储运, “扎口”管理, 码头监控, "
        "配送): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施 under GROUP ROWS ``一、中心领导``, "
        "``二、仓储班组``, ``三、送货班组`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def jining_salt_bureau_list() -> dict:
    unit = f"{PLACE}盐务管理局"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 11, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "科室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "莫璆湘", "leader", "食盐定点批发企业资质审核打招呼", "岗位职责", "高风险", "资质审核集体研究，结果公示。"),
        ("局领导", "局长", "莫璆湘", "leader", "盐业管理经费使用不按预算", "制度机制", "中风险", "经费支出局务会审议。"),
        ("盐政科", "科长", "黎峣珮", "middle", "食盐质量抽检样品选取随意", "业务流程", "中风险", "抽检样品随机抽取，两人封样。"),
        ("盐政科", "科员", "莫沣琇", "general", "接受盐业经营户礼品礼金", "思想道德", "低风险", "签订廉洁承诺书。"),
        ("办公室", "主任", "黎湜琦", "middle", "办公用品采购虚开发票", "外部环境", "中风险", "采购三家比价，验收双人签字。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "局长（签字）：", None, None)
    return _layout(
        "jining_salt_bureau_list", "https://shandong-chorography.org/database/c6b/section/2/article/138/",
        "区盐务管理局 岗位廉政风险防控一览表, after the source's chronicle of a 市盐务局 (盐业行业管理, 盐政执法, 食盐专营, "
        "《食盐零售许可证》, 食盐配送): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/科室/岗位/责任人 "
        "written on EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/"
        "局长（签字） line",
        [sh], t,
    )  # fmt: skip


def jining_salt_company_selfchecks() -> dict:
    unit = f"{PLACE}盐业公司"
    t = _Truth(unit)
    people = [
        ("黎翮瑜", "公司领导", "经理", "leader", [
            ("食盐采购供应商选择不公开", "一级风险", "供应商经公司班子集体确定。", "已落实"),
            ("食盐储备轮换中低价处置", "二级风险", "轮换价格报上级公司审核。", "未发现问题"),
        ]),
        ("莫湉珣", "业务部", "部长", "middle", [
            ("批发价格给予关系客户违规优惠", "一级风险", "价格政策公开，优惠经集体研究。", "已落实"),
            ("客户欠款催收不力", "三级风险", "欠款按月对账，逾期预警。", "已落实"),
        ]),
        ("黎沨璩", "财务部", "出纳", "general", [
            ("销售货款坐支、公款私存", "二级风险", "货款日清月结，定期盘点。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 11, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在部门", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], RISKS[lv])
        sh.add()
        sh.add("本人签名：", None, "经理意见：", None, None)
        sheets.append(sh)
    return _layout(
        "jining_salt_company_selfchecks", "https://shandong-chorography.org/database/b8/section/7/article/145/",
        "区盐业公司 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's chronicle of a 市盐务局"
        "（盐业公司） (小包装食盐购进, 销售, 盐业市场秩序): a title, a label row ``姓　名 | 所在部门 | 岗　位 | 填表时间`` over "
        "a row of values, then 序号/风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施/``自查情况``; no type column",
        sheets, t,
    )  # fmt: skip


def jining_salt_reserve_register() -> dict:
    unit = f"{PLACE}食盐储备库"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 12, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("库领导", "主任", "莫珺翾", "leader", [
            ("储备食盐轮换出库未经审批", "制度机制", "一级", "轮换出库报盐务管理局审批。"),
            ("仓储设施维修项目化整为零", "岗位职责", "二级", "维修项目按限额标准比选。"),
        ]),
        ("仓储科", "科长", "黎瑄渟", "middle", [
            ("储备食盐库存账实不符", "业务流程", "一级", "库存每月盘点，账实核对。"),
        ]),
        ("仓储科", "保管员", "莫琸沄", "general", [
            ("过期食盐私自处置", "思想道德", "二级", "过期食盐登记造册，监督销毁。"),
            ("出入库单据填写不实", "业务流程", "三级", "出入库单据双人签字。"),
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
        "jining_salt_reserve_register", "https://shandong-chorography.org/database/b4/section/15/article/133",
        "区食盐储备库 廉政风险点排查登记表, after the source's chronicle of a 市盐务局 in 盐业体制改革 (食盐质量安全, 食盐供应, "
        "产品结构): a title, 序号/科室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 "
        "``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    jining_salt_inspection_signoff_posts(),
    jining_tobacco_bureau_two_sheets(),
    jining_tobacco_marketing_posts(),
    jining_tobacco_inspection_cards(),
    jining_tobacco_logistics_group_rows(),
    jining_salt_bureau_list(),
    jining_salt_company_selfchecks(),
    jining_salt_reserve_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch636-inbox"))

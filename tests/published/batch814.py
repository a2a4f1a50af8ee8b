"""The eight-hundred-and-fourteenth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's commerce and
grain bodies, 遂川县 (of 吉安市, 江西省) — its 商务局, 电子商务公共服务中心, 外贸服务站, 粮食和物资储备中心,
城区粮食储备库, 粮油质量监测站 and 商贸流通服务中心 — each handing back the 一览表, 防控卡, 排查表, 清单,
自查表 or 登记表 its staff typed in WPS or Excel:

- the 商务局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and ``股室``
  (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 电子商务公共服务中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a
  long ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 外贸服务站's 自查表, one sheet a person: a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间`` over a
  row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 粮食和物资储备中心's 清单 under GROUP ROWS ``一、中心领导`` … ``三、财务室`` merged across (no 科室
  column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 城区粮食储备库's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 粮油质量监测站's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on EVERY
  row, short types, ``高风险/中风险/低风险``;
- the 商贸流通服务中心's 排查登记表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别`` (short
  names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``suichuan_grain_company_stem_codes``: the 粮食购销公司's 夏粮收购廉洁风险点清单, ONE ROW A POINT
  (``编号 | 廉洁风险点 | 风险等级 | 防控措施``) ARRANGED BY 收购环节 under section rows (``一、入库登记``,
  ``二、扦样检验``, ``三、检斤结算``, ``四、资金支付``), no 科室, 岗位 or 姓名 column; the holder stands
  ONLY as the heavenly-stem character that opens each 编号 (``甲1``, ``丙1``, ``乙2`` …, the number counting
  that holder's points), and a ``说明：编号首字为责任人代号：甲—总经理　…；乙—仓储部　部长　…；…`` line under
  the list names each stem's 部门, 岗位 and holder; a holder's rows are scattered over the 环节 sections, so
  the holders' blocks are not contiguous. The README's 读得懂的表 knows short keys bracketed after the 序号
  (``1（院、会）``) and holder numbers as the first part of an ``N-M`` 编号 with a numbered 说明, and codes
  resolved by a 岗位代码对照表 table; it does not describe a 天干 stem fused to the front of the 编号
  (no bracket, no separator) keyed by a prose 说明 line.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 集团纪委 on 夏粮收购 — 5个方面16项风险点,
“关系粮”, “打白条”, 收购库点公示; a 市商务局 节前专项检查 — 肉品“两证两印”, 酒类进销随附单, 单用途预付卡
备案; a 市 电子商务进农村 专项资金管理办法 — 以奖代补, 台账制度, 物流配送; a report on “买单出口” 骗取出口奖励;
the 中国纪检监察报 on 粮食购销领域 典型案例 — 收储, 销售, 轮换, 监管; a report on 基层粮站 “崩溃式腐败” —
谎报粮食数量, 粮站站长; the 中央纪委网站 on “空气粮”、“转圈粮”、私售溢余; a 市 成品油市场 专项整治 —
证照, 进销台账, 乙醇汽油) and the layout follows their words for the unit, its parts, its posts and
its risks. The rows are worded by us, the names invented (the rare surnames 蒯 and 敖 with rare given
names); every unit is a body of 遂川县.

Run ``python tests/published/score.py --set batch814`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each row's point is the point of the holder whose stem opens its 编号 (``甲`` →
  the 说明's ``甲—总经理　蒯…``), with the row's level; one form a holder, 科室 as the 说明 gives it
  (none for the 总经理); the section rows ``一、入库登记`` … are no points and give no 科室; the 说明 line
  and the 编制/审核 line are no points;
- ``中心领导``, ``站领导`` (a group row, a 部门 cell) are the 科室 of those leaders; the 商务局's leaders
  (sheet ``局领导``, no 科室 column) and the cards' leaders have no 科室;
- every body is a unit of its own: 局长, 副局长, 主任, 副主任, 站长, 库主任, 副主任 of a 库, 总经理 are leaders;
  股长, 科长, 部长 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no
  points and name no holder; the 电子商务公共服务中心's list names no person: its forms are posts;
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

PREFIX = "b814_"
PLACE = "遂川县"
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

# stem: (科室, post, name, tier)
STEMS = {
    "甲": ("", "总经理", "蒯翀蘅", "leader"),
    "乙": ("仓储部", "部长", "敖湝翃", "middle"),
    "丙": ("仓储部", "检验员", "蒯崧瀞", "general"),
    "丁": ("财务部", "出纳", "敖琊沭", "general"),
}

# (section, [(stem, 廉洁风险点, 风险等级, 防控措施)])
SECTIONS = [
    ("一、入库登记", [
        ("乙", "收“关系粮”，为熟人粮商插队优先入库", "高", "按到库先后发号排队，排队信息现场公示。"),
        ("甲", "违规指定收购库点或擅自扩大收购仓容", "高", "收购库点和仓容经公司办公会研究后报县粮食和物资储备中心备案。"),
    ]),
    ("二、扦样检验", [
        ("丙", "扦样不按规定点位，人为抬高或压低质量等级", "高", "扦样全程录像，样品双人封存。"),
        ("丙", "检验结果不当场告知售粮农户", "中", "检验结果当场打印交农户签字确认。"),
        ("乙", "对不符合入库标准的粮食放宽验收", "中", "验收不合格粮食一律不得入仓，部长签字备查。"),
    ]),
    ("三、检斤结算", [
        ("丙", "检斤时虚增重量或少扣水杂", "高", "地磅数据联网上传，检斤单与系统数据每日核对。"),
        ("甲", "收受粮商好处，默许“转圈粮”重复入库", "高", "每月开展库存数量抽查，发现异常直报县纪委监委派驻组。"),
        ("乙", "保管账与统计账不一致不及时查明", "低", "保管账、统计账、会计账每月三账核对。"),
    ]),
    ("四、资金支付", [
        ("丁", "给售粮农户“打白条”或延迟支付粮款", "高", "粮款通过“一卡通”直接打入农户账户。"),
        ("丁", "收购资金账外循环、公款私存", "中", "收购资金专户管理，每旬对账。"),
    ]),
]  # fmt: skip


def suichuan_grain_company_stem_codes() -> dict:
    unit = f"{PLACE}粮食购销公司"
    sh = _Sheet("风险点清单", [8, 44, 10, 40])
    t = _Truth(unit)
    _line(sh, f"{unit}夏粮收购廉洁风险点清单", 4)
    _line(sh, f"单位：{unit}{GAP * 12}2025年6月", 4)
    sh.add("编号", "廉洁风险点", "风险等级", "防控措施")
    counts: dict[str, int] = {}
    rows: dict[str, list] = {s: [] for s in STEMS}
    for section, items in SECTIONS:
        _line(sh, section, 4)
        for stem, point, lv, measures in items:
            counts[stem] = counts.get(stem, 0) + 1
            sh.add(f"{stem}{counts[stem]}", point, lv, measures)
            rows[stem].append((point, lv))
    # the truth one form a holder, in the 说明's order
    for stem, (dept, post, who, tier) in STEMS.items():
        for point, lv in rows[stem]:
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    key = "；".join(
        f"{stem}—{GAP.join(x for x in (dept, post, who) if x)}"
        for stem, (dept, post, who, _tier) in STEMS.items()
    )
    _line(sh, f"说明：编号首字为责任人代号：{key}。风险等级分高、中、低三级。", 4)
    sh.add("编制：综合部", None, "审核：", None)
    return _layout(
        "suichuan_grain_company_stem_codes", "http://88try.com/html/jtxw/2648.html",
        "(harder) 县粮食购销公司 夏粮收购廉洁风险点清单, after the source's 集团纪委 on 夏粮收购 监督 (5个方面16项风险点, "
        "“关系粮”, “打白条”, 收购库点公示): a title, a merged ``单位：…　2025年6月`` line, ``编号 | 廉洁风险点 | "
        "风险等级 | 防控措施``, ONE ROW A POINT arranged by 收购环节 under section rows (``一、入库登记`` …); no 科室, "
        "岗位 or 姓名 column: the holder is only the 天干 stem opening each 编号 (``甲1``, ``丙2``, the number counting "
        "that holder's points), a ``说明：编号首字为责任人代号：甲—总经理　…；乙—仓储部　部长　…`` line under the list "
        "naming each stem's holder; a holder's rows are scattered over the sections; 高/中/低, no type column",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def suichuan_commerce_bureau_two_sheets() -> dict:
    unit = f"{PLACE}商务局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("蒯曜渟", "局长", "主持全面工作", [
            ("商贸流通专项资金分配不经党组集体研究", "一级", "资金分配方案经局党组会研究并公示。"),
            ("节前检查中打招呼、说情，干预执法结果", "二级", "检查结果集体研判，说情干预一律登记。"),
        ]),
        ("敖霂岐", "副局长", "分管市场运行、酒类和预付卡管理", [
            ("单用途预付卡发卡企业备案审核走过场", "一级", "备案材料两人审核，备案名单网上公示。"),
            ("酒类流通备案登记收受企业财物", "二级", "备案登记限时办结，签订廉洁承诺书。"),
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
        ("市场运行股", "股长", "蒯翾湜", "middle", "肉品“两证两印”检查不严，放任注水肉上市", "一级",
         "检查实行双人同行，检查记录拍照留存。"),
        ("市场运行股", "股长", "蒯翾湜", "middle", "预付卡预收资金存管情况核查流于形式", "二级",
         "按季度抽查发卡企业存管账户。"),
        ("市场运行股", "股员", "敖砻芃", "general", "酒类经营者进销随附单核验不全", "三级", "随附单逐项登记，定期复核。"),
        ("财务股", "股长", "敖峄湉", "middle", "项目资金拨付不按进度审核", "一级", "资金拨付凭验收报告和进度表。"),
        ("财务股", "会计", "蒯滃翚", "general", "报账票据审核不严，虚列会议费", "二级", "会议费报销附会议通知和签到表。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "suichuan_commerce_bureau_two_sheets", "http://app.baoxianhai.com/yangli/view2/913218147719",
        "县商务局 廉政风险防控一览表 in TWO SHEETS, after the source's 市商务局 节前专项检查 (肉品“两证两印”, 酒类进销随附单, "
        "单用途预付卡 备案 and 预收资金存管): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 "
        "merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def suichuan_ecommerce_center_posts() -> dict:
    unit = f"{PLACE}电子商务公共服务中心"
    sh = _Sheet("排查表", [6, 12, 12, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "示范项目承办企业遴选", "承办企业遴选条件量身定制，内定承办主体", "制度机制风险", "高",
         "遴选方案集体研究，结果公示七个工作日。"),
        ("项目部", "项目专员", "general", "以奖代补资金申报审核", "对企业申报材料不核实，虚报建设内容", "岗位职责风险", "高",
         "申报材料现场核验，建立项目台账。"),
        ("项目部", "项目专员", "general", "村级服务站点验收", "服务站点未建成即签字验收", "业务流程风险", "中",
         "验收实行交叉检查，验收照片存档。"),
        ("培训部", "培训专员", "general", "电商培训组织", "虚报培训人数，套取培训补贴", "思想道德风险", "中",
         "培训签到人脸识别，名单公示。"),
        ("培训部", "培训专员", "general", "物流配送补贴核算", "配送单量统计不实，多报补贴", "外部环境风险", "低",
         "配送单量与快递系统数据比对。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合部", None, None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "suichuan_ecommerce_center_posts", "http://www.21jsssy.com/jsnw/news.shtml",
        "县电子商务公共服务中心 岗位廉政风险点排查表 对岗不对人, after the source's 电子商务进农村 专项资金管理办法 (以奖代补, "
        "台账制度, 物流配送, 服务站点): a title, 序号/科室 merged/岗位 merged per post/a short 风险点/a long 风险表现/"
        "风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def suichuan_foreign_trade_selfchecks() -> dict:
    unit = f"{PLACE}外贸服务站"
    t = _Truth(unit)
    people = [
        ("蒯澔岏", "站领导", "站长", "leader", [
            ("出口奖励资金分配向关系企业倾斜", "Ⅰ级", "奖励资金按出口额测算，名单公示。", "已落实"),
            ("对“买单出口”企业申报奖励失察", "Ⅰ级", "申报数据与海关数据逐户比对。", "未发现问题"),
        ]),
        ("敖翯沄", "业务科", "科员", "general", [
            ("外贸企业备案资料审核不严", "Ⅱ级", "备案资料清单化审核，留存备查。", "已落实"),
            ("向企业透露申报评审信息", "Ⅲ级", "评审信息专人保管，签订保密承诺。", "已落实"),
        ]),
        ("蒯濆珣", "业务科", "统计员", "general", [
            ("出口统计数据虚报、漏报", "Ⅱ级", "统计数据每月与商务系统核对。", "未发现问题"),
            ("企业走访中接受宴请", "Ⅲ级", "走访两人同行，严守八项规定。", "已落实"),
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
        sh.add("本人签名：", None, "站长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "suichuan_foreign_trade_selfchecks", "https://www.yicai.com/news/102931644.html",
        "县外贸服务站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's report on "
        "“买单出口” 骗取出口奖励 (空壳公司, 出口数据, 地方补贴): a title, a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间`` "
        "over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 站长意见：``",
        sheets, t,
    )  # fmt: skip


def suichuan_grain_reserve_center_group_rows() -> dict:
    unit = f"{PLACE}粮食和物资储备中心"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "蒯沔翙", "leader", [
                ("储备粮轮换计划安排不经集体研究", "一级风险", "轮换计划经中心办公会研究后报县政府批准。"),
                ("对承储企业库存检查走过场", "一级风险", "库存检查实行“四不两直”，检查结果通报。"),
            ]),
        ]),
        ("二、储备管理股", "储备管理股", [
            ("股长", "敖岍璈", "middle", [
                ("轮换出库竞价销售中与买方串通", "一级风险", "轮换粮食一律进入粮食交易平台竞价。"),
            ]),
            ("股员", "蒯璘溆", "general", [
                ("储备粮库存统计数据不实", "二级风险", "库存数据与承储企业保管账按月核对。"),
                ("应急物资出入库登记不全", "三级风险", "出入库凭单双人签字。"),
            ]),
        ]),
        ("三、财务室", "财务室", [
            ("会计", "敖沨琎", "general", [
                ("储备粮保管费用补贴拨付不按核定数量", "二级风险", "补贴按核定库存数量拨付并公示。"),
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
        "suichuan_grain_reserve_center_group_rows", "https://app.bjtitle.com/8816/newshow.php?did=353615&newsid=6296183&typeid=26",
        "县粮食和物资储备中心 廉政风险防控责任清单, after the source's 中国纪检监察报 on 粮食购销领域 典型案例 (政策性粮食 收储, "
        "销售, 轮换, 监管): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under "
        "GROUP ROWS ``一、中心领导``, ``二、储备管理股``, ``三、财务室`` merged across; 岗位 and 姓名 merged per person; "
        "no type column",
        [sh], t,
    )  # fmt: skip


def suichuan_grain_depot_cards() -> dict:
    unit = f"{PLACE}城区粮食储备库"
    t = _Truth(unit)
    cards = [
        ("库主任", "敖璞渫", "库主任", "主持储备库全面工作", "leader", [
            ("谎报储备粮数量，虚增库存", "★★★", "每季度开展库存自查，账实核对结果上报。"),
            ("粮食损耗、溢余处置个人说了算", "★★★", "溢余粮食处置经集体研究并报主管部门。"),
            ("接受粮商宴请", "★", "严守中央八项规定精神。"),
        ]),
        ("副主任", "蒯湜峮", "副主任", "分管仓储、安全生产", "leader", [
            ("保管员岗位长期不轮换", "★★", "保管员满三年轮岗。"),
            ("仓房维修项目验收不严", "★★", "维修项目验收邀请县储备中心参加。"),
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
        "suichuan_grain_depot_cards", "https://www.laitimes.com/zh/article/r2d_r4m.html",
        "县城区粮食储备库 领导干部廉政风险防控卡, one sheet a leader, after the source's report on 基层粮站 “崩溃式腐败” "
        "(谎报粮食数量, 粮站站长, 油库保管): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def suichuan_grain_quality_station_list() -> dict:
    unit = f"{PLACE}粮油质量监测站"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "敖琯岜", "leader", "库存粮食质量抽检对象事先透露", "制度机制", "高风险",
         "抽检对象随机抽取，当天通知。"),
        ("站领导", "站长", "敖琯岜", "leader", "对“空气粮”“转圈粮”线索不移交", "岗位职责", "高风险",
         "发现线索当日登记、三日内移交。"),
        ("检验室", "主任", "蒯涴翊", "middle", "检验报告结论出具不实", "业务流程", "中风险",
         "检验报告两级审核签发。"),
        ("检验室", "检验员", "敖沭璘", "general", "检验样品调换、检验数据篡改", "思想道德", "高风险",
         "样品编码盲检，原始记录不得涂改。"),
        ("综合室", "会计", "蒯峣湑", "general", "检验设备采购询价不充分", "外部环境", "低风险",
         "采购三家询价，询价记录存档。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "suichuan_grain_quality_station_list", "https://dp0.com/news/guonei/28919.html",
        "县粮油质量监测站 岗位廉政风险防控一览表, after the source's 中央纪委网站 on 粮食购销 腐败 (“空气粮”, 低买高卖, "
        "私售溢余, 骗取出库补贴“转圈”, 监管走马观花): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then "
        "序号/部门/岗位/责任人 written on EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/"
        "防控措施; a 填表人/审核人/站长（签字） line",
        [sh], t,
    )  # fmt: skip


def suichuan_trade_circulation_register() -> dict:
    unit = f"{PLACE}商贸流通服务中心"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "蒯淏岵", "leader", [
            ("成品油零售经营资格初审把关不严", "制度机制", "一级", "初审材料集体会审，结果公示。"),
            ("加油站专项整治中选择性检查", "思想道德", "二级", "检查对象随机抽取，全程记录。"),
        ]),
        ("市场科", "科长", "敖璘峃", "middle", [
            ("加油站进销台账检查走过场", "岗位职责", "二级", "台账检查逐项填写检查表。"),
        ]),
        ("市场科", "科员", "蒯溦崟", "general", [
            ("对未销售乙醇汽油的站点不督促整改", "业务流程", "一级", "整改通知书限期回复，复查留痕。"),
            ("收受加油站购物卡", "思想道德", "三级", "签订廉洁承诺书，节前提醒。"),
        ]),
        ("办公室", "出纳", "敖湉岨", "general", [
            ("现金坐支、公款私存", "业务流程", "一级", "现金日清月结，定期盘点。"),
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
        "suichuan_trade_circulation_register", "http://nbrwqd.com/html/xwzxbmdt2017088414.html",
        "县商贸流通服务中心 廉政风险点排查登记表, after the source's 市 成品油市场 专项整治 联合检查 (成品油零售经营批准证书, "
        "进销台账, 乙醇汽油): a title, 序号/科室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/"
        "风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    suichuan_grain_company_stem_codes(),
    suichuan_commerce_bureau_two_sheets(),
    suichuan_ecommerce_center_posts(),
    suichuan_foreign_trade_selfchecks(),
    suichuan_grain_reserve_center_group_rows(),
    suichuan_grain_depot_cards(),
    suichuan_grain_quality_station_list(),
    suichuan_trade_circulation_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch814-inbox"))

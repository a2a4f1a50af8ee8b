"""The eight-hundred-and-ninety-second batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's health
bodies, 柯坪县 (阿克苏地区, 新疆维吾尔自治区) — its 卫生健康委员会, 疾病预防控制中心, 中医医院, 卫生健康
综合监督所, 妇幼保健站, 玉尔其乡卫生院, 盖孜力克镇医保服务站 and 人民医院 — each handing back the
一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 卫生健康委员会's 一览表 in TWO SHEETS: ``委领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), ``Ⅰ级/Ⅱ级/Ⅲ级`` under ``风险级别``, no
  type column;
- the 疾病预防控制中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, ``一级/二级/三级``; no names;
- the 中医医院's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 卫生健康综合监督所's 清单 under GROUP ROWS ``一、所领导`` … (no 科室 column), ``岗位 | 姓名`` merged
  per person, ``高风险/中风险/低风险``;
- the 妇幼保健站's 自查表, one sheet a person: a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间`` over a
  row of values, 高/中/低, ``自查情况``, no type column;
- the 玉尔其乡卫生院's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on EVERY
  row, short types, ``一级风险/二级风险/三级风险``;
- the 盖孜力克镇医保服务站's 排查登记表: ``股室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别``
  (short names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``kalpin_peoples_hospital_two_up_rows``: the 人民医院's 岗位廉政风险点一览表 laid out TWO-UP IN READING
  ORDER to fit one A4 page: one heading row ``序号 | 科室 | 岗位 | 姓名 | 廉政风险点 | 风险等级`` printed
  twice side by side (a narrow blank column between), and each sheet row holds TWO CONSECUTIVE items —
  序号 1 left and 2 right, 3 left and 4 right … (a ``注：`` line says the 序号 run left to right, top
  to bottom); a holder's 科室, 岗位 and 姓名 are written only on his first item, his further items
  leave them blank, so a blank item belongs to the item before it in 序号 order: for a right-hand
  item its LEFT neighbour on the same row, for a left-hand item the RIGHT-hand item of the row above.
  The docs know a long list printed in two halves COLUMN by column (the right half holding rows
  n+1…, its first rows continuing the left half's last holder), a roster folded into several groups
  per row (``科室 | 岗位 | 姓名`` repeated, one person a group — and say a row of two point lists side
  by side is NOT read so), and lists split top/bottom by 序号 (``TABLE_HALVES``); they do not
  describe a point list whose items run ROW by row across two halves, each blank holder cell
  continuing the previous 序号 rather than the cell above it.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 县卫生健康局's 行政执法 report —
普法, 法制审核, 监督执法, 行政处罚; a 非免疫规划疫苗 收费 调研 at 县疾控中心 — 出入库, 配送, 冷库, 收费; a
纪委's 以案促改 reading on a 市人民医院's 院长 — 医疗设备、药品、耗材采购 利益输送; a 县卫生健康局's
行政执法集中公示 — 执法大队, 双随机 抽查, 行政处罚 裁量; a paper on 出生医学证明 管理 — 签发, 废证, 监管;
a 审计 note on a 疾控中心's 疫苗存放 — 冷库, 出入库, 临期疫苗处置; a page on 新疆 合作医疗 报销比例 —
住院, 门诊, 报销; a report on a 县人民医院's 院长 — DR 采购, 耗材, 建楼 回扣) and the layout follows
their words for the unit, its parts, its posts and its risks. The rows are worded by us, the names
invented (the rare surnames 桑 and 邸 with rare given names); every unit is a body of 柯坪县.

Run ``python tests/published/score.py --set batch892`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the items are read in 序号 order (left item, right item, next row …); a blank
  科室/岗位/姓名 continues the holder of the previous 序号; the truth is one form a holder (科室, 岗位,
  姓名), the points in 序号 order, the 注 line no point;
- ``所领导`` (a group row), ``站领导``, ``院领导`` and ``中心领导`` (a 科室/部门/股室 cell) are the 科室 of
  those leaders; the 委's leaders (sheet ``委领导``) and the cards' leaders have no 科室; a 委's 股, a
  中心's 科, a 所's 组, a 站's 科 or 组 and a 卫生院's 科/室/房 are 科室; a group row ``二、公共卫生监督组``
  gives the 科室 ``公共卫生监督组``;
- every body is a unit of its own: 主任 and 副主任 of the 委 and the 中心, 院长 and 副院长, 所长 and
  副所长, 站长 and 副站长 are leaders; 股长, 科长, 科主任, 组长 and 护士长 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no points
  and name no holder; the 疾控中心's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b892_"
PLACE = "柯坪县"
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

# (科室, 岗位, 姓名, tier, [(廉政风险点, 风险等级)]) in 序号 order
TWO_UP = [
    ("院领导", "院长", "桑翊珩", "leader", [
        ("大型医疗设备采购授意设置倾向性参数", "高"),
        ("医院基建项目插手工程发包", "高"),
        ("药品耗材供应商遴选个人说了算", "高"),
    ]),
    ("院领导", "副院长", "邸昶璟", "leader", [
        ("新进耗材准入评审打招呼、递条子", "高"),
        ("医疗纠纷赔付处理不按程序", "中"),
    ]),
    ("药剂科", "科主任", "桑琇岚", "middle", [
        ("药品临时采购绕开药事委员会", "高"),
        ("统方数据违规提供给医药代表", "高"),
        ("药品报损、过期药品处置不透明", "中"),
    ]),
    ("设备科", "科长", "邸骞崧", "middle", [
        ("设备验收走过场，配件以次充好", "中"),
        ("维修保养合同续签不比价", "低"),
    ]),
    ("财务科", "收费员", "桑淏玥", "general", [
        ("住院押金收取不开票据", "中"),
        ("退费审核不严，虚假退费", "中"),
        ("医保结算数据随意修改", "低"),
    ]),
]  # fmt: skip


def _two_up_items() -> list[tuple]:
    """Every item in 序号 order: (序号, 科室, 岗位, 姓名 — blank after a holder's first —, point, level)."""
    items, n = [], 0
    for dept, post, who, _tier, points in TWO_UP:
        for i, (point, lv) in enumerate(points):
            n += 1
            items.append(
                (n, dept, post, who) + (point, lv) if i == 0 else (n, None, None, None, point, lv)
            )
    return items


def kalpin_peoples_hospital_two_up_rows() -> dict:
    unit = f"{PLACE}人民医院"
    sh = _Sheet("一览表", [5, 8, 7, 7, 28, 6, 2, 5, 8, 7, 7, 28, 6])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 13)
    heading = ("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级")
    sh.add(*heading, None, *heading)
    items = _two_up_items()
    for k in range(0, len(items), 2):
        left = items[k]
        right = items[k + 1] if k + 1 < len(items) else (None,) * 6
        sh.add(*left, None, *right)
    for dept, post, who, tier, points in TWO_UP:
        for point, lv in points:
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _line(sh, "注：为节省版面，本表分左右两栏排列，序号从左到右、自上而下依次排列。", 13)
    sh.add(
        "制表：院办",
        None,
        None,
        None,
        "审核：",
        None,
        None,
        None,
        None,
        None,
        "2025年6月",
        None,
        None,
    )
    return _layout(
        "kalpin_peoples_hospital_two_up_rows", "http://jizihe.com/page/2016/0312/9226873.shtml",
        "(harder) 县人民医院 岗位廉政风险点一览表 laid out TWO-UP IN READING ORDER, after the source's report on a 县人民医院 "
        "院长 (DR 等医疗设备采购, 耗材回扣, 建楼, 医生被查处): a title, one heading row "
        "``序号 | 科室 | 岗位 | 姓名 | 廉政风险点 | 风险等级`` printed twice side by side with a blank column between, each row "
        "holding items 2k-1 (left) and 2k (right); a holder's 科室/岗位/姓名 only on his first item, his further items "
        "blank (continuing the previous 序号, not the cell above); 高/中/低; no type or measures column; a ``注：`` line "
        "on the order and a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def kalpin_health_commission_two_sheets() -> dict:
    unit = f"{PLACE}卫生健康委员会"
    t = _Truth(unit)
    lead = _Sheet("委领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}委领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险级别", "防控措施")
    leaders = [
        ("邸菁珝", "主任", "主持委全面工作", [
            ("医疗卫生项目资金分配个人说了算", "Ⅰ级", "项目资金分配经委党组会集体研究，纪要存档。"),
            ("干预医疗机构设备采购和工程招标", "Ⅰ级", "领导干部插手采购、工程事项登记报告。"),
        ]),
        ("桑晗嵚", "副主任", "分管医政医管、综合监督", [
            ("医疗机构执业登记校验把关不严", "Ⅰ级", "执业登记实行初审、复审两级审核，结果公示。"),
            ("行政处罚案件说情、降低处罚标准", "Ⅱ级", "重大行政处罚决定经法制审核和集体讨论。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "", post, who, "leader", point, [], ROMAN[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("股室", [6, 14, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}股室廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险级别", "防控措施")
    rows = [
        ("规划财务股", "股长", "邸璘翯", "middle", "公共卫生专项资金拨付不按绩效考核结果", "Ⅰ级",
         "资金按考核结果拨付，财务股与业务股双签。"),
        ("规划财务股", "会计", "桑湉岱", "general", "报账凭证审核不严，虚列支出", "Ⅱ级", "报账单据三级审核，专项资金专账核算。"),
        ("医政医管股", "股长", "邸沅翎", "middle", "医师执业注册材料审核走过场", "Ⅱ级", "注册材料网上核验，随机抽查复核。"),
        ("医政医管股", "股长", "邸沅翎", "middle", "医疗质量检查对关系单位降低标准", "Ⅲ级", "检查两人以上，结果在系统内通报。"),
        ("法制股", "科员", "桑澍岺", "general", "行政执法案卷法制审核流于形式", "Ⅱ级", "案卷审核实行初审、复审，审核意见留存。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], ROMAN[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "kalpin_health_commission_two_sheets", "http://www.longyou.gov.cn/art/2023/1/16/art_1229025881_5055951.html",
        "县卫生健康委员会 廉政风险防控一览表 in TWO SHEETS, after the source's 县卫生健康局 行政执法工作报告 (普法, 法制审核, "
        "监督执法, 行政处罚): sheet 委领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 merged and "
        "岗位/姓名 merged per person; 廉政风险点, 风险级别 ``Ⅰ级/Ⅱ级/Ⅲ级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def kalpin_cdc_posts() -> dict:
    unit = f"{PLACE}疾病预防控制中心"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "冷库建设和冷链设备采购", "冷链设备采购指定品牌，与供应商串通", "制度机制风险", "一级",
         "采购进县公共资源交易平台，中心集体研究需求。"),
        ("免疫规划科", "科长", "middle", "非免疫规划疫苗出入库", "疫苗出入库登记不实，账物不符", "岗位职责风险", "一级",
         "出入库双人核对，每月盘点对账。"),
        ("免疫规划科", "疫苗管理员", "general", "疫苗配送", "配送收取接种单位好处，优先配送", "业务流程风险", "二级",
         "配送计划按申领先后排定并公示。"),
        ("财务科", "收费员", "general", "疫苗储存运输费收取", "超标准收费或收费不入账", "思想道德风险", "一级",
         "收费标准上墙公示，票据联号使用。"),
        ("检验科", "检验员", "general", "委托检测", "检测报告数据弄虚作假，收受送检单位好处", "外部环境风险", "二级",
         "检测原始记录双人签字，报告三级审核。"),
        ("检验科", "检验员", "general", "试剂耗材领用", "试剂耗材领用不登记，私自挪用", "业务流程风险", "三级",
         "试剂耗材出入库登记，每季度盘点。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), GRADES[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "kalpin_cdc_posts", "http://fgw.gxzf.gov.cn/fzgggz/jggl/t18746636.shtml",
        "县疾病预防控制中心 岗位廉政风险点排查表 对岗不对人, after the source's 非免疫规划疫苗收费 调研 (疫苗出入库, 配送, 冷库运营, "
        "收入支出): a title, 序号/科室 merged/岗位 merged per post/a short 风险点/a long 风险表现/风险类型 ``…风险``/"
        "风险等级 ``一级/二级/三级``/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def kalpin_tcm_hospital_cards() -> dict:
    unit = f"{PLACE}中医医院"
    t = _Truth(unit)
    cards = [
        ("院长", "桑禛媛", "院长", "主持医院全面工作", "leader", [
            ("中药饮片供应商遴选暗箱操作", "★★★", "供应商遴选经院务会集体研究，进平台采购。"),
            ("医疗设备采购收受回扣", "★★★", "设备采购论证、招标、验收分离，纪检全程监督。"),
            ("接受医药企业宴请和礼品", "★", "严守“九项准则”，节前廉洁提醒。"),
        ]),
        ("副院长", "邸翀溆", "副院长", "分管医务、药事", "leader", [
            ("院内制剂和饮片用量异常不处置", "★★", "每月处方点评，异常用量约谈。"),
            ("耗材使用量“打招呼”定向推荐", "★★", "耗材使用排名公示，超量预警。"),
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
        "kalpin_tcm_hospital_cards", "http://hzotc.com.cn/otby/7365.html",
        "县中医医院 领导干部廉政风险防控卡, one sheet a leader, after the source's 以案促改 reading (市人民医院 院长, 医疗设备、"
        "药品、耗材采购 利益输送, 乡镇卫生院 案件): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def kalpin_health_inspection_group_rows() -> dict:
    unit = f"{PLACE}卫生健康综合监督所"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、所领导", "所领导", [
            ("所长", "桑瑀澂", "leader", [
                ("行政处罚案件说情、干预，降低处罚标准", "高风险", "重大案件集体审议，处罚决定公开。"),
                ("双随机抽查名单人为调整", "高风险", "抽查名单系统生成，留痕备查。"),
            ]),
        ]),
        ("二、公共卫生监督组", "公共卫生监督组", [
            ("组长", "邸昳岑", "middle", [
                ("公共场所卫生许可现场审查把关不严", "中风险", "现场审查两人以上，审查记录存档。"),
            ]),
            ("监督员", "桑祎瑧", "general", [
                ("监督检查发现问题不制止、不报告", "中风险", "检查执法记录仪全程记录，每月抽查。"),
                ("接受被检查单位宴请，泄露检查信息", "低风险", "签订廉洁执法承诺书。"),
            ]),
        ]),
        ("三、医疗卫生监督组", "医疗卫生监督组", [
            ("监督员", "邸暄珞", "general", [
                ("打击非法行医选择性执法", "中风险", "举报线索登记，办理结果回访。"),
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
                t.point(sh.name, dept, post, who, tier, point, [], HIGHS[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("填表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "kalpin_health_inspection_group_rows", "https://scgw.gov.cn/Detail.aspx?id=20240807111002382",
        "县卫生健康综合监督所 廉政风险防控责任清单 under GROUP ROWS, after the source's 县卫生健康局 行政执法集中公示 (执法大队, "
        "公共场所卫生, 打击非法行医, 双随机 抽查, 裁量): a title, 序号/岗位/姓名/廉政风险点/风险等级 "
        "``高风险/中风险/低风险``/防控措施, group rows ``一、所领导``, ``二、公共卫生监督组``, ``三、医疗卫生监督组`` merged "
        "across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def kalpin_maternal_station_selfchecks() -> dict:
    unit = f"{PLACE}妇幼保健站"
    t = _Truth(unit)
    people = [
        ("桑溦岫", "站领导", "站长", "leader", [
            ("出生医学证明空白证件管理不严", "高", "空白证件专柜双锁，领用登记。", "已落实"),
            ("妇幼项目资金使用不按规定", "中", "项目资金专账核算，站务会研究支出。", "未发现问题"),
        ]),
        ("邸琬岐", "保健科", "科主任", "middle", [
            ("为不符合条件者补发、换发出生医学证明", "高", "补发换发材料两人审核，档案留存。", "已落实"),
            ("孕产妇补助名单审核不严", "中", "补助名单在乡村公示。", "已落实"),
        ]),
        ("桑珣崟", "收费室", "收费员", "general", [
            ("体检、筛查收费不开票据", "高", "收费统一开具票据，当日缴存。", "未发现问题"),
            ("废证登记不及时，私自处理废证", "低", "废证逐张登记，年底集中销毁。", "已落实"),
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
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        sh.add()
        sh.add("本人签名：", None, "站长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "kalpin_maternal_station_selfchecks", "https://scholarmate.com/S/hIeOAj",
        "县妇幼保健站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's paper on "
        "出生医学证明 (签发, 废证, 监管, 违法违规): a title, a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间`` over a row "
        "of values, then 序号/风险点/风险等级 高/中/低/防控措施/``自查情况``; no type column; ``本人签名： | 站长意见：``",
        sheets, t,
    )  # fmt: skip


def kalpin_yurqi_health_center_list() -> dict:
    unit = f"{PLACE}玉尔其乡卫生院"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 11, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("院领导", "院长", "邸曌湄", "leader", "药品和耗材采购不进平台", "制度机制", "一级风险",
         "药品耗材全部在省级平台采购，院务会研究。"),
        ("院领导", "院长", "邸曌湄", "leader", "基本公共卫生服务经费分配不公开", "岗位职责", "二级风险",
         "经费分配方案公示，村医签字确认。"),
        ("预防接种门诊", "疫苗管理员", "桑韫岍", "general", "临期疫苗处置不登记", "业务流程", "一级风险",
         "临期疫苗登记上报，按规定集中处置。"),
        ("预防接种门诊", "疫苗管理员", "桑韫岍", "general", "冷链温度记录补记、代记", "岗位职责", "三级风险",
         "温度自动监测，每日两次人工核对。"),
        ("药房", "药剂员", "邸濯瑗", "general", "药品出入库账实不符", "思想道德", "二级风险",
         "药品出入库登记，每月盘点。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), RISKS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "院长（签字）：", None, None)
    return _layout(
        "kalpin_yurqi_health_center_list", "http://sjj.suizhou.gov.cn/fbjd_23/ywdt/tpxw/202407/t20240705_1235747.shtml",
        "乡卫生院 岗位廉政风险防控一览表, after the source's 审计 note on a 疾控中心's 疫苗存放管理 (冷库, 出入库, 临期疫苗 处置): "
        "``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 on EVERY row/廉政风险点/"
        "风险类型 (short names)/风险等级 ``一级风险/二级风险/三级风险``/防控措施; a 填表人/审核人/院长（签字） line",
        [sh], t,
    )  # fmt: skip


def kalpin_gaizilik_insurance_station_register() -> dict:
    unit = f"{PLACE}盖孜力克镇医保服务站"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "桑颀琤", "leader", [
            ("门诊慢特病认定把关不严", "制度机制", "一级", "认定材料两人审核，结果公示。"),
            ("参保缴费资金代收不及时上缴", "岗位职责", "二级", "代收资金当日上缴，票据联号。"),
        ]),
        ("待遇审核组", "审核员", "邸峤瑄", "general", [
            ("住院报销票据审核不严，重复报销", "业务流程", "一级", "报销票据系统校验，复核员抽查。"),
        ]),
        ("参保登记组", "经办员", "桑沣旻", "general", [
            ("为不符合条件人员办理参保资助", "业务流程", "二级", "资助名单与民政、乡村振兴部门比对。"),
            ("泄露参保人员信息", "思想道德", "三级", "系统账号专人专用，操作留痕。"),
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
        "kalpin_gaizilik_insurance_station_register", "http://yongsui316.com/tags/新疆合作医疗报销比例2023年是多少.html",
        "镇医保服务站 廉政风险点排查登记表, after the source's page on 新疆 合作医疗 报销比例 (住院, 门诊, 报销, 参保): a title, "
        "序号/股室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 ``一级/二级/三级``/"
        "防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    kalpin_peoples_hospital_two_up_rows(),
    kalpin_health_commission_two_sheets(),
    kalpin_cdc_posts(),
    kalpin_tcm_hospital_cards(),
    kalpin_health_inspection_group_rows(),
    kalpin_maternal_station_selfchecks(),
    kalpin_yurqi_health_center_list(),
    kalpin_gaizilik_insurance_station_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch892-inbox"))

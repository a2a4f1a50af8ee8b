"""The nine-hundred-and-forty-second batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's farming
bodies, 林周县 (拉萨市, 西藏自治区) — its 农业农村局, 动物疫病预防控制中心, 农机监理站, 种子管理站,
农村经营管理站, 农牧综合服务中心 and two 乡镇农牧综合服务站 (强嘎乡, 卡孜乡) — each handing back the
一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 农业农村局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 动物疫病预防控制中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a
  long ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 农机监理站's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 种子管理站's 清单 under GROUP ROWS ``一、站领导`` … (no 科室 column), ``岗位 | 姓名`` merged per
  person, ``一级风险/二级风险/三级风险``;
- the 农村经营管理站's 自查表, one sheet a person: a label row ``姓　名 | 所在股室 | 岗　位 | 填表时间``
  over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 强嘎乡农牧综合服务站's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on
  EVERY row, short types, ``高风险/中风险/低风险``;
- the 卡孜乡农牧综合服务站's 排查登记表: ``股室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别``
  (short names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``linzhou_service_center_holders_as_last_year``: the 农牧综合服务中心's workbook with TWO LISTS, this
  year's (sheet ``2025年``, first) and last year's (sheet ``2024年``, the list it was updated from).
  This year's list is ordinary (``序号 | 科室 | 岗位 | 责任人 | 廉政风险点 | 风险等级 | 防控措施``, 科室
  merged, 岗位 and 责任人 merged per post) but its ``责任人`` cell says ``同上年`` for every post whose
  holder did not change, and a ``注：`` line under it says so (``责任人栏填“同上年”的，责任人与2024年清单
  相同``): those holders are named only in last year's list, by the same 科室 and 岗位; one post
  has a new holder written out. Last year's list (its points partly different) is not this year's
  list and no point of it counts. The README's 读得懂的表 knows an older year's sheet set aside, a
  changes sheet (新增/删除) amending the list beside it, a roster sheet naming the holders of a
  list that names only posts, a 轮岗交流登记表 re-keying posts and ditto cells (``同上``) carried
  down; it does not describe a holder cell pointing to LAST YEAR's list (``同上年``) so that the
  set-aside older sheet must still be joined, by 科室 and 岗位, to name this year's holders.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a county's reading of its
农业发展专项资金 rules — 项目申报, 专家评审, 资金拨付; a 畜牧兽医站's paper on 基层动物强制免疫 — 疫苗
使用, 免疫档案, 春秋两防; a 农机事故责任认定 风险防控图 — 受理, 调查取证, 认定, 送达; a 县种子管理站's
paper — 检测, 试验示范, 种子市场监管; a paper on 农村“三资” 智能化管理 — 平台, 台账, 监管; a 镇纪委's
农机购置补贴 专项整治 — 补贴申报, 资格审核, 机具核验, 资金兑付; a paper on 村干部腐败 — 惠农资金,
优亲厚友; a paper on 基层农村三资管理 — 资产管理混乱, 资源分配, 公开) and the layout follows their
words for the unit, its parts, its posts and its risks. The rows are worded by us, the names
invented (the rare surnames 易 and 熊 with rare given names); every unit is a body of 林周县.

Run ``python tests/published/score.py --set batch942`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file this year's list (sheet ``2025年``) is the truth; a ``同上年`` holder is the
  holder of the same 科室 and 岗位 in sheet ``2024年``; the post with a new name written out is that
  person's; last year's points are no points; the form's sheet is ``2025年``;
- ``中心领导``, ``站领导`` (a 科室/部门 cell, a group row) are the 科室 of those leaders; the 局's leaders
  (sheet ``局领导``) and the cards' leaders have no 科室; a 局's 股, a 中心's 室 or 科 and a 站's 股 or
  组 are 科室; a group row ``二、检验组`` gives the 科室 ``检验组``;
- every station, the 中心s and the 局 are units of their own: 局长, 副局长, 主任, 副主任, 站长 and 副站长
  are leaders; 股长 and 组长 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no points
  and name no holder; the 动物疫病预防控制中心's list names no person: its forms are posts;
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

PREFIX = "b942_"
PLACE = "林周县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
SAME = "同上年"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# last year's list: (科室, 岗位, 责任人, tier, [(廉政风险点, 风险等级, 防控措施)])
LAST_YEAR = [
    ("中心领导", "主任", "熊彧玹", "leader", [
        ("农业技术推广项目实施单位确定个人说了算", "一级", "项目实施单位经中心会议集体研究确定。"),
        ("接受农资企业宴请", "三级", "签订廉洁承诺书，节前廉洁提醒。"),
    ]),
    ("中心领导", "副主任", "易璆岱", "leader", [
        ("良种补贴面积核实不严", "二级", "补贴面积逐户核实，在村务公开栏公示。"),
    ]),
    ("农技推广科", "科长", "熊琰峋", "middle", [
        ("示范户遴选优亲厚友", "二级", "示范户由村推荐、中心审核、公示后确定。"),
    ]),
    ("财务室", "会计", "易瑱昶", "general", [
        ("项目资金报账审核不严", "二级", "报账单据三级审核。"),
    ]),
    ("畜牧兽医科", "防疫员", "熊骞湉", "general", [
        ("疫苗出入库登记不实", "二级", "疫苗出入库双人登记，每月盘点。"),
    ]),
]  # fmt: skip

# this year's list: (科室, 岗位, 责任人 cell, the holder, tier, [(廉政风险点, 风险等级, 防控措施)])
THIS_YEAR = [
    ("中心领导", "主任", SAME, "熊彧玹", "leader", [
        ("农业技术推广项目实施单位确定个人说了算", "一级", "项目实施单位经中心会议集体研究确定，纪要存档。"),
        ("农业社会化服务项目验收走过场", "一级", "验收邀请乡镇和受益农户代表参加。"),
    ]),
    ("中心领导", "副主任", SAME, "易璆岱", "leader", [
        ("耕地地力保护补贴面积核实不严", "二级", "补贴面积逐户核实，在村务公开栏公示。"),
        ("农资采购指定供应商", "二级", "农资采购三家比价，结果公示。"),
    ]),
    ("农技推广科", "科长", SAME, "熊琰峋", "middle", [
        ("科技示范户遴选优亲厚友", "二级", "示范户由村推荐、中心审核、公示后确定。"),
    ]),
    ("财务室", "会计", "易曦珵", "易曦珵", "general", [
        ("项目资金报账审核不严，虚列支出", "一级", "报账单据三级审核，项目资金专账核算。"),
        ("固定资产登记不全", "三级", "每年底清查固定资产，账实核对。"),
    ]),
    ("畜牧兽医科", "防疫员", SAME, "熊骞湉", "general", [
        ("强制免疫疫苗出入库登记不实", "二级", "疫苗出入库双人登记，每月盘点。"),
        ("免疫档案补记、代签", "三级", "免疫档案由养殖户签字确认，中心抽查。"),
    ]),
]  # fmt: skip


def linzhou_service_center_holders_as_last_year() -> dict:
    unit = f"{PLACE}农牧综合服务中心"
    t = _Truth(unit)
    heads = ("序号", "科室", "岗位", "责任人", "廉政风险点", "风险等级", "防控措施")
    now = _Sheet("2025年", [6, 12, 10, 10, 40, 9, 36])
    _line(now, f"{unit}2025年岗位廉政风险防控一览表", 7)
    now.add(*heads)
    first = len(now.rows)
    n = 0
    for dept, post, cell, who, tier, points in THIS_YEAR:
        for point, lv, measures in points:
            n += 1
            now.add(n, dept, post, cell, point, lv, measures)
            t.point(now.name, dept, post, who, tier, point, [], GRADES[lv])
    _per_person(now, first, 1, 2, 3)
    _line(now, f"注：责任人栏填“{SAME}”的，责任人与2024年清单相同。", 7)
    now.add("制表：办公室", None, None, "审核：", None, "2025年3月", None)
    old = _Sheet("2024年", [6, 12, 10, 10, 40, 9, 36])
    _line(old, f"{unit}2024年岗位廉政风险防控一览表", 7)
    old.add(*heads)
    first = len(old.rows)
    n = 0
    for dept, post, who, _tier, points in LAST_YEAR:
        for point, lv, measures in points:
            n += 1
            old.add(n, dept, post, who, point, lv, measures)
    _per_person(old, first, 1, 2, 3)
    old.add("制表：办公室", None, None, "审核：", None, "2024年3月", None)
    return _layout(
        "linzhou_service_center_holders_as_last_year", "http://m.jizihe.com/page/2020/0619/6792110.shtml",
        "(harder) 县农牧综合服务中心 岗位廉政风险防控一览表, after the source's paper on 基层农村三资管理 (资产管理混乱, "
        "资源分配, 公开, 监管): TWO SHEETS, ``2025年`` (this year's list, first) and ``2024年`` (last year's); this year's "
        "``序号 | 科室 | 岗位 | 责任人 | 廉政风险点 | 风险等级 | 防控措施``, 科室 merged, 岗位/责任人 merged per post, "
        "the 责任人 cell ``同上年`` for every post but one (a new holder written out), and a ``注：`` line saying a "
        "``同上年`` holder is last year's; the holders are named only in last year's list, by 科室 and 岗位; "
        "``一级/二级/三级``; no type column",
        [now, old], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def linzhou_agri_bureau_two_sheets() -> dict:
    unit = f"{PLACE}农业农村局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("易珣翀", "局长", "主持全面工作", [
            ("农业发展专项资金分配个人说了算", "一级", "专项资金分配方案经局党组会集体研究，报县政府审批。"),
            ("干预项目评审，为关系企业打招呼", "一级", "项目评审由专家独立打分，领导干部插手登记报告。"),
        ]),
        ("熊隽玥", "副局长", "分管种植业、农机", [
            ("农机购置补贴机具核验把关不严", "二级", "机具核验人机合影、铭牌拍照存档。"),
            ("高标准农田建设项目验收不严", "一级", "验收邀请乡镇和受益村代表参加，实地抽测。"),
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
        ("计划财务股", "股长", "易筠翾", "middle", "项目资金拨付不按进度，提前拨付", "一级",
         "资金凭验收报告和进度报表拨付，财务股复核。"),
        ("计划财务股", "股长", "易筠翾", "middle", "项目申报材料审核不严", "二级", "申报材料逐项核对，到现场踏勘。"),
        ("计划财务股", "出纳", "熊濯岚", "general", "现金收支不及时入账", "二级", "现金日清月结，每月对账。"),
        ("农田建设股", "股长", "易昉澈", "middle", "工程量签证不实，多计工程款", "一级", "工程量签证监理、施工、建设三方签字。"),
        ("农田建设股", "技术员", "熊昀琚", "general", "质量抽检取样不规范", "三级", "抽检取样两人以上，全程拍照。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "linzhou_agri_bureau_two_sheets",
        "http://www.fhzf.gov.cn/zwgk_49798/fdzdgknr/lzyj/zcjd/202411/t20241126_2204537.html",
        "县农业农村局 廉政风险防控一览表 in TWO SHEETS, after the source's reading of a county's 农业发展专项资金 rules "
        "(项目申报, 专家评审, 财政审核, 资金拨付): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with "
        "股室 merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def linzhou_animal_disease_center_posts() -> dict:
    unit = f"{PLACE}动物疫病预防控制中心"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "疫苗调拨分配", "强制免疫疫苗分配不按存栏数，向个别乡镇倾斜", "制度机制风险", "高",
         "疫苗分配方案按存栏数测算，中心会议研究。"),
        ("防疫科", "科长", "middle", "免疫效果评估", "免疫抗体检测结果弄虚作假", "岗位职责风险", "高",
         "抗体检测原始记录双人签字，县里抽检复核。"),
        ("防疫科", "冷链管理员", "general", "疫苗出入库", "疫苗出入库登记不实，私自出售疫苗", "业务流程风险", "高",
         "疫苗出入库双人登记，冷链温度记录存档。"),
        ("疫情监测室", "检测员", "general", "样品采集检测", "采样不到场，编造检测数据", "思想道德风险", "中",
         "采样定位拍照，检测数据系统上报。"),
        ("疫情监测室", "检测员", "general", "疫情报告", "瞒报、迟报动物疫情", "外部环境风险", "中",
         "疫情报告实行日报告、零报告。"),
        ("综合办公室", "报账员", "general", "防疫经费报账", "防疫员劳务补助虚报冒领", "业务流程风险", "低",
         "劳务补助按免疫档案核发，打卡到人。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合办公室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "linzhou_animal_disease_center_posts", "http://www.handmsg.com/page/2018/0119/15170424.shtml",
        "县动物疫病预防控制中心 岗位廉政风险点排查表 对岗不对人, after the source's paper on 基层动物强制免疫 (疫苗使用, "
        "免疫档案, 春秋两防, 抗体检测): a title, 序号/科室 merged/岗位 merged per post/a short 风险点/a long 风险表现/"
        "风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def linzhou_farm_machinery_cards() -> dict:
    unit = f"{PLACE}农机监理站"
    t = _Truth(unit)
    cards = [
        ("站长", "易湛璟", "站长", "主持全站工作", "leader", [
            ("农机事故责任认定中徇私，擅自改变认定结论", "★★★", "事故认定经站务会集体研究，结论书面送达。"),
            ("农机安全检验收受好处，放宽检验标准", "★★★", "检验全程录像，检验结果公示。"),
            ("接受农机户宴请和礼品", "★", "严守中央八项规定精神，节前廉洁提醒。"),
        ]),
        ("副站长", "熊珩岫", "副站长", "分管牌证管理、安全执法", "leader", [
            ("拖拉机、联合收割机牌证办理违规", "★★", "牌证办理一次告知，资料齐全当场办理。"),
            ("违法行为处罚自行收缴罚款", "★★", "罚缴分离，罚款缴入国库。"),
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
        "linzhou_farm_machinery_cards", "https://m.wenke99.com/p-708971.html",
        "县农机监理站 领导干部廉政风险防控卡, one sheet a leader, after the source's 农机事故责任认定 风险防控图 (受理登记, "
        "调查取证, 认定结论, 送达, 罚款): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def linzhou_seed_station_group_rows() -> dict:
    unit = f"{PLACE}种子管理站"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、站领导", "站领导", [
            ("站长", "易蔚玙", "leader", [
                ("种子市场检查中说情、降低处理标准", "一级风险", "检查结果集体研究，处理决定公开。"),
                ("救灾备荒种子储备承储单位确定不公开", "一级风险", "承储单位公开比选，结果公示。"),
            ]),
        ]),
        ("二、检验组", "检验组", [
            ("组长", "熊琛岿", "middle", [
                ("种子质量检验结论不实", "二级风险", "检验原始记录双人签字，留样备查。"),
            ]),
            ("检验员", "易翥炘", "general", [
                ("扦样不按规程，替企业调换样品", "二级风险", "扦样经营者、检验员双方签封。"),
                ("泄露检验结果", "三级风险", "检验结果按程序报送，签订保密承诺。"),
            ]),
        ]),
        ("三、试验示范组", "试验示范组", [
            ("技术员", "熊暄琇", "general", [
                ("品种试验数据弄虚作假", "二级风险", "试验数据现场记录，站里抽查。"),
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
        "linzhou_seed_station_group_rows", "http://m.jizihe.com/page/2019/0305/18323065.shtml",
        "县种子管理站 廉政风险防控责任清单 under GROUP ROWS, after the source's 县种子管理站 paper (检测设备, 试验示范, "
        "种子市场监管, 无证代销): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施, "
        "group rows ``一、站领导``, ``二、检验组``, ``三、试验示范组`` merged across; 岗位 and 姓名 merged per person; "
        "no type column",
        [sh], t,
    )  # fmt: skip


def linzhou_rural_economy_selfchecks() -> dict:
    unit = f"{PLACE}农村经营管理站"
    t = _Truth(unit)
    people = [
        ("易淏珺", "站领导", "站长", "leader", [
            ("农村集体资产处置审核把关不严", "Ⅰ级", "资产处置经站务会研究，进平台公开交易。", "已落实"),
            ("“三资”监管平台数据审核走过场", "Ⅱ级", "平台数据每月抽查，问题台账销号。", "未发现问题"),
        ]),
        ("熊墐翀", "审计股", "审计员", "general", [
            ("村级财务审计发现问题隐瞒不报", "Ⅰ级", "审计报告集体审定，问题清单移交。", "已落实"),
            ("接受村干部宴请", "Ⅲ级", "审计组两人以上，签订廉洁承诺。", "已落实"),
        ]),
        ("易栩琮", "合同管理股", "管理员", "general", [
            ("土地承包合同鉴证不规范", "Ⅱ级", "合同鉴证双人审核，档案专柜管理。", "未发现问题"),
            ("集体资源发包为亲友压低价格", "Ⅰ级", "资源发包公开竞价，结果公示。", "已落实"),
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
        sh.add("本人签名：", None, "站长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "linzhou_rural_economy_selfchecks", "http://www.handmsg.com/page/2024/1209/24734783.shtml",
        "县农村经营管理站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's paper on "
        "农村“三资” 智能化管理 (综合管理平台, 台账, 审计, 监管): a title, a label row ``姓　名 | 所在股室 | 岗　位 | 填表时间`` "
        "over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 站长意见：``",
        sheets, t,
    )  # fmt: skip


def linzhou_qiangga_township_station_list() -> dict:
    unit = f"{PLACE}强嘎乡农牧综合服务站"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "熊琪峣", "leader", "农机购置补贴资格审核优亲厚友", "制度机制", "高风险",
         "补贴对象公示七天，站务会审核。"),
        ("站领导", "站长", "熊琪峣", "leader", "补贴机具核验不到现场", "岗位职责", "中风险",
         "核验做到见人、见机、见票，拍照存档。"),
        ("农机服务", "农机员", "易沄璠", "general", "为经销商代办补贴手续收受好处", "业务流程", "高风险",
         "补贴申报由农户本人办理，不得代办。"),
        ("农机服务", "农机员", "易沄璠", "general", "一机多补、铭牌变造不报告", "思想道德", "低风险",
         "铭牌编号逐台登记，系统比对。"),
        ("畜牧兽医", "防疫员", "熊珥翕", "general", "村级防疫员补助发放不实", "外部环境", "中风险",
         "补助按免疫档案核发，在村公示。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "linzhou_qiangga_township_station_list",
        "https://aqthjjjc.gov.cn/Home/Note/newsdetail?classid=29&id=8169",
        "乡农牧综合服务站 岗位廉政风险防控一览表, after the source's 镇纪委 农机领域 专项整治 (补贴申报, 资格审核, 机具核验, "
        "资金兑付, 一机多补, 铭牌变造): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 "
        "on EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/站长（签字） line",
        [sh], t,
    )  # fmt: skip


def linzhou_kazi_township_station_register() -> dict:
    unit = f"{PLACE}卡孜乡农牧综合服务站"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "易晞崧", "leader", [
            ("惠农补贴资金发放优亲厚友", "制度机制", "一级", "补贴名册逐户核实，村务公开栏公示。"),
            ("农牧项目申报把关不严", "岗位职责", "二级", "项目申报经站务会研究，到现场核实。"),
        ]),
        ("财务组", "报账员", "熊炅琬", "general", [
            ("项目资金报账票据不实", "业务流程", "一级", "报账附验收单和领用单。"),
        ]),
        ("农技组", "农技员", "易璨岍", "general", [
            ("良种、化肥发放虚报数量", "业务流程", "二级", "发放清册由农户签字，站里抽查。"),
            ("收受农户、经销商礼品", "思想道德", "三级", "签订廉洁承诺书。"),
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
        "linzhou_kazi_township_station_register", "https://m.fx361.cc/news/2020/0108/14387538.html",
        "乡农牧综合服务站 廉政风险点排查登记表, after the source's paper on 村干部腐败 (惠农资金, 项目申报, 优亲厚友, "
        "截留): a title, 序号/股室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 "
        "``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    linzhou_service_center_holders_as_last_year(),
    linzhou_agri_bureau_two_sheets(),
    linzhou_animal_disease_center_posts(),
    linzhou_farm_machinery_cards(),
    linzhou_seed_station_group_rows(),
    linzhou_rural_economy_selfchecks(),
    linzhou_qiangga_township_station_list(),
    linzhou_kazi_township_station_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch942-inbox"))

"""The eight-hundred-and-ninety-third batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's farming and
cotton bodies, 阿瓦提县 (阿克苏地区, 新疆维吾尔自治区) — its 农业农村局, 植保植检站, 农机安全监理站,
动物疫病预防控制中心, 农业技术推广站, 英艾日克乡农业服务中心, 棉花产业发展中心 and 农村合作经济经营管理站
— each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 农业农村局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 植保植检站's 排查表 对岗不对人: ``组室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 农机安全监理站's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作
  line, ``★★★/★★/★`` read by a ``注：`` line;
- the 动物疫病预防控制中心's 清单 under GROUP ROWS ``一、中心领导`` … (no 科室 column), ``岗位 | 姓名``
  merged per person, ``一级风险/二级风险/三级风险``;
- the 农业技术推广站's 自查表, one sheet a person: a label row ``姓　名 | 所在部门 | 岗　位 | 填表时间``
  over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 英艾日克乡农业服务中心's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人``
  on EVERY row, short types, ``高风险/中风险/低风险``;
- the 棉花产业发展中心's 排查登记表: ``股室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别``
  (short names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``awati_rural_economy_station_two_ratings``: the 农村合作经济经营管理站's 岗位廉政风险点排查评定表,
  an ordinary list (``序号 | 股室 | 岗位 | 姓名 | 廉政风险点 | 风险等级 | 防控措施``, 股室 merged, 岗位
  and 姓名 merged per person) whose ``风险等级`` is merged over TWO LEVEL SUB-COLUMNS ``本人自评 |
  站务会核定``, each cell a level word (高/中/低), the two differing on several rows (the holder rated
  a point lower than the station's meeting did, or higher), and a ``注：`` line saying the levels
  were rated by each person and then 核定 by the 站务会. The level is the 站务会核定 one. The README's
  读得懂的表 knows raters' NUMERIC scores in several columns (``本人自评 | 股室评议 | 局党组评定``) graded
  by a note's bands or by the one rater the note names (``LEVEL_BY_RATER_SCORE``), a free-text
  审核意见 column changing some levels (``LEVEL_BY_REVIEW_OPINION``) and ticks under ``一级 | 二级 |
  三级``; it does not describe two columns of level WORDS, a self-rating beside the approved one.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a county's 高标准农田 project
passing the city's 验收 — 农业农村局, 农田建设, 资金报账, 档案; a county's 统防统治 of crop pests —
专业化防治队, 防治面积; a manual on 农机安全监理 — 拖拉机、联合收割机 驾驶证 审验, 延期; a paper on the
动物防疫体系 — 强制免疫, 检疫, 疫情, 监测; a paper on 新疆 棉花 新品种 引进、推广; a 乡 高标准农田
project's 完工验收 — 机耕路, 灌排渠, 验收组; a 州 棉花 采收 report — 优质品种, 统一品种, “一厂一品”;
a paper on 农村审计 — 农村经管站, 农村审计站, 集体“三资”) and the layout follows their words for
the unit, its parts, its posts and its risks. The rows are worded by us, the names invented (the
rare surnames 仵 and 矫 with rare given names); every unit is a body of 阿瓦提县.

Run ``python tests/published/score.py --set batch893`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the level is the ``站务会核定`` one (the approved rating, right of the
  self-rating, and what the ``注：`` line says the station settled); the ``本人自评`` column is a
  record, no level of its own; the truth is the list as its rows read (股室, 岗位, 姓名, point,
  核定 level), one form a holder;
- ``站领导``, ``中心领导`` (a 组室/部门/股室 cell, a group row) are the 科室 of those leaders; the
  农业农村局's leaders (sheet ``局领导``) and the cards' leaders have no 科室; a 局's 股, a 站's 组 or
  股, a 中心's 科/室/组 are 科室; a group row ``二、免疫科`` gives the 科室 ``免疫科``;
- every station, center and the 局 are units of their own: 局长, 副局长, 站长, 副站长, 主任 and 副主任
  are leaders; 股长, 科长 and 组长 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no
  points and name no holder; the 植保植检站's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b893_"
PLACE = "阿瓦提县"
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

# (股室, 岗位, 姓名, tier, [(廉政风险点, 本人自评, 站务会核定, 防控措施)])
RATED = [
    ("站领导", "站长", "仵翀岚", "leader", [
        ("农村集体经济审计项目安排个人说了算", "中", "高", "年度审计计划经站务会集体研究，报县农业农村局备案。"),
        ("审计发现问题降格处理、大事化小", "高", "高", "审计报告经站务会审定，问题线索移交县纪委监委。"),
    ]),
    ("审计股", "股长", "矫沅霁", "middle", [
        ("村集体“三资”审计走过场，不核对实物和合同", "中", "高", "审计实行实物盘点、合同逐份核对，两人以上现场审计。"),
        ("接受被审计村宴请，审计结论打招呼", "低", "中", "签订廉洁审计承诺书，审计期间不在被审计村就餐。"),
    ]),
    ("审计股", "审计员", "仵澍峦", "general", [
        ("审计底稿不实，漏记违规支出", "中", "中", "审计底稿股长复核，抽查原始凭证。"),
        ("泄露审计信息给被审计对象", "中", "低", "审计资料专人保管，查阅登记。"),
    ]),
    ("经营管理股", "股长", "矫昶翾", "middle", [
        ("土地承包经营权流转合同鉴证把关不严", "低", "中", "流转合同鉴证两人审核，台账公开。"),
        ("农民专业合作社年报审核放松、默许“空壳社”", "中", "中", "年报抽查比例不低于两成，结果公示。"),
    ]),
]  # fmt: skip


def awati_rural_economy_station_two_ratings() -> dict:
    unit = f"{PLACE}农村合作经济经营管理站"
    sh = _Sheet("评定表", [6, 12, 10, 10, 40, 10, 12, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查评定表", 8)
    top = sh.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", None, "防控措施")
    sh.add(None, None, None, None, None, "本人自评", "站务会核定", None)
    for c in (0, 1, 2, 3, 4, 7):
        sh.merge(top, c, top + 1, c)
    sh.merge(top, 5, top, 6)
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in RATED:
        for point, own, settled, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, own, settled, measures)
            t.point(sh.name, dept, post, who, tier, point, [], HML[settled])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级先由本人自评，再经站务会集体研究核定。", 8)
    sh.add("填表：综合股", None, None, "审核：", None, None, "2025年5月", None)
    return _layout(
        "awati_rural_economy_station_two_ratings", "http://www.puapp.net/wp/c/37009.html",
        "(harder) 县农村合作经济经营管理站 岗位廉政风险点排查评定表, after the source's paper on 农村审计 (农村经管站 and "
        "农村审计站, 集体“三资”, “自己花钱自己审”, 审计结果): a title, a two-row heading ``序号 | 股室 | 岗位 | 姓名 | "
        "廉政风险点 | 风险等级 | 防控措施`` with ``风险等级`` merged over TWO LEVEL SUB-COLUMNS ``本人自评 | 站务会核定`` "
        "(高/中/低, differing on five rows), 股室 merged, 岗位/姓名 merged per person; no type column; a ``注：`` line "
        "(rated by each person, then 核定 by the 站务会) and a 填表/审核/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def awati_agri_bureau_two_sheets() -> dict:
    unit = f"{PLACE}农业农村局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("矫玥淇", "局长", "主持全面工作", [
            ("高标准农田建设项目资金安排个人说了算", "一级", "项目资金安排经局党组会集体研究，会议纪要存档。"),
            ("干预农田建设项目招标，为亲友承揽工程打招呼", "一级", "领导干部插手工程项目登记报告，招标进县公共资源交易平台。"),
        ]),
        ("仵霈珣", "副局长", "分管农田建设、种植业", [
            ("农田建设项目竣工验收降低标准", "一级", "验收由财政、发改、水利等部门联合组成验收组，现场查看。"),
            ("棉花目标价格补贴面积核实把关不严", "二级", "补贴面积逐乡核实，在村务公开栏公示。"),
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
        ("农田建设股", "股长", "矫峤沨", "middle", "工程款拨付不按进度，虚报工程量", "一级",
         "工程款凭监理签认的进度报表拨付，计划财务股复核。"),
        ("农田建设股", "股长", "矫峤沨", "middle", "项目档案资料补做、造假应付验收", "二级", "档案资料随工程进度归集，专人管理。"),
        ("计划财务股", "会计", "仵潆昳", "general", "农业项目资金报账审核不严", "二级", "报账单据三级审核，项目资金专账核算。"),
        ("计划财务股", "出纳", "矫瀛岫", "general", "现金收支不及时入账，公款私存", "一级", "现金日清月结，每月对账。"),
        ("种植业股", "股长", "仵湉珂", "middle", "良种补贴对象审核不实", "二级", "补贴对象村级公示，乡镇复核。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "awati_agri_bureau_two_sheets", "http://cgjd.org.cn/show-149796.html",
        "县农业农村局 廉政风险防控一览表 in TWO SHEETS, after the source's report of a county's 高标准农田建设项目 passing "
        "the city's 验收 (农业农村局, 农田建设, 建材设备, 档案资料, 资金): sheet 局领导 with 姓名/职务/分管工作 merged per leader, "
        "sheet 股室 with 股室 merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; "
        "no type column",
        [lead, dept], t,
    )  # fmt: skip


def awati_plant_protection_posts() -> dict:
    unit = f"{PLACE}植保植检站"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "组室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "leader", "统防统治项目", "统防统治服务组织选定暗箱操作", "制度机制风险", "高",
         "服务组织公开比选，站内集体研究实施方案。"),
        ("病虫测报组", "组长", "middle", "病虫情报发布", "病虫发生面积虚报，多报防治任务", "岗位职责风险", "中",
         "测报数据与田间调查记录核对，站长签发。"),
        ("统防统治组", "技术员", "general", "防治面积核实", "专业化防治队防治面积核实不实", "业务流程风险", "高",
         "防治面积实地抽查，村级代表签字确认。"),
        ("统防统治组", "技术员", "general", "防治补助发放", "向防治队索要好处，优先拨付补助", "思想道德风险", "中",
         "补助按核实面积拨付，名单公示。"),
        ("植物检疫组", "检疫员", "general", "调运检疫", "棉种调运检疫不到现场即出证", "业务流程风险", "高",
         "调运检疫现场查验，检疫证书编号登记。"),
        ("植物检疫组", "检疫员", "general", "产地检疫", "接受种子企业宴请，放宽产地检疫", "外部环境风险", "低",
         "检疫两人以上同行，签订廉洁承诺书。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "awati_plant_protection_posts", "https://jxxfw.com/periodical/3933c5cd75119e7237f559d12ef65dbf.html",
        "县植保植检站 岗位廉政风险点排查表 对岗不对人, after the source's paper on a county's 农作物病虫害 统防统治 (植保专业防治队, "
        "防治队员, 统防统治面积): a title, 序号/组室 merged/岗位 merged per post/a short 风险点/a long 风险表现/风险类型 "
        "``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def awati_agri_machinery_cards() -> dict:
    unit = f"{PLACE}农机安全监理站"
    t = _Truth(unit)
    cards = [
        ("站长", "矫汭珩", "站长", "主持监理站全面工作", "leader", [
            ("农机购置补贴机具核查走过场，默许套补", "★★★", "补贴机具逐台核对编号，核查人签字确认。"),
            ("拖拉机、联合收割机牌证违规核发", "★★★", "牌证核发资料双人审核，每月抽查。"),
            ("接受农机经销商宴请和礼品", "★", "严守中央八项规定精神，节前廉洁提醒。"),
        ]),
        ("副站长", "仵岍淏", "副站长", "分管驾驶人考试、审验", "leader", [
            ("驾驶操作人考试降低标准、替考", "★★", "考试全程录像，考试员轮换。"),
            ("驾驶证审验不按期限、违规延期", "★★", "审验延期申请登记，站长审批。"),
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
        "awati_agri_machinery_cards",
        "https://ahcme.dps.qikan.cn/pc/book/text-read?bid=caf37cb7-1c0c-4f99-95f7-dfc02455bf49&id=ds06518925",
        "县农机安全监理站 领导干部廉政风险防控卡, one sheet a leader, after the source's manual on 农机安全监理 (拖拉机、联合收割机 "
        "驾驶证 审验, 延期办理, 驾驶操作人): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def awati_animal_disease_group_rows() -> dict:
    unit = f"{PLACE}动物疫病预防控制中心"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "仵沄翮", "leader", [
                ("强制免疫疫苗采购指定供应商", "一级风险", "疫苗按自治区招标目录采购，中心集体研究。"),
                ("重大动物疫情扑杀补助审核把关不严", "一级风险", "扑杀数量现场核实，补助名单公示。"),
            ]),
        ]),
        ("二、免疫科", "免疫科", [
            ("科长", "矫霂岚", "middle", [
                ("疫苗出入库账实不符", "二级风险", "疫苗出入库双人登记，每季度盘点。"),
            ]),
            ("防疫员", "仵澈昀", "general", [
                ("免疫档案补填、虚报免疫密度", "二级风险", "免疫档案与耳标信息逐一核对。"),
                ("向养殖户收取免疫费用", "三级风险", "强制免疫不收费，公开举报电话。"),
            ]),
        ]),
        ("三、检测室", "检测室", [
            ("检测员", "矫沨翚", "general", [
                ("免疫抗体检测数据弄虚作假", "二级风险", "检测原始记录双人签字，州中心抽检比对。"),
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
        "awati_animal_disease_group_rows", "http://www.boteman.cn/paper/501692311.html",
        "县动物疫病预防控制中心 廉政风险防控责任清单 under GROUP ROWS, after the source's paper on the 动物防疫体系 (强制免疫, "
        "疫病监测, 检疫, 疫情扑杀): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施, "
        "group rows ``一、中心领导``, ``二、免疫科``, ``三、检测室`` merged across; 岗位 and 姓名 merged per person; no type "
        "column",
        [sh], t,
    )  # fmt: skip


def awati_extension_station_selfchecks() -> dict:
    unit = f"{PLACE}农业技术推广站"
    t = _Truth(unit)
    people = [
        ("矫屾澜", "站领导", "站长", "leader", [
            ("棉花新品种示范田承担主体选定优亲厚友", "Ⅰ级", "示范主体公开遴选，结果公示。", "已落实"),
            ("示范推广项目物资采购指定供应商", "Ⅱ级", "物资采购三家比价，质检合格后入库。", "未发现问题"),
        ]),
        ("仵峣潾", "推广股", "农艺师", "general", [
            ("示范田测产数据弄虚作假", "Ⅰ级", "测产由三人以上专家组现场进行，数据公示。", "已落实"),
            ("技术培训签到补签、虚报培训人数", "Ⅲ级", "培训现场拍照，签到表与照片核对。", "已落实"),
        ]),
        ("矫澪旸", "土肥股", "技术员", "general", [
            ("测土配方施肥补助对象审核不实", "Ⅱ级", "补助对象村级公示，站里抽查复核。", "未发现问题"),
            ("向农资企业推荐产品收取好处", "Ⅱ级", "不得指定农资品牌，签订廉洁承诺书。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在部门", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "站长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "awati_extension_station_selfchecks", "https://jxxfw.com/periodical/ce3dfbcccf7631031a8fef8dd470cbd1.html",
        "县农业技术推广站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's paper on "
        "新疆 棉花 新品种 的引进、更换、推广: a title, a label row ``姓　名 | 所在部门 | 岗　位 | 填表时间`` over a row of "
        "values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 站长意见：``",
        sheets, t,
    )  # fmt: skip


def awati_yingairike_service_center_list() -> dict:
    unit = f"{PLACE}英艾日克乡农业服务中心"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "仵翾峤", "leader", "高标准农田项目村组申报优亲厚友", "制度机制", "高风险",
         "申报村组经乡党委会研究，结果公示。"),
        ("中心领导", "主任", "仵翾峤", "leader", "机耕路、灌排渠完工验收签字把关不严", "岗位职责", "中风险",
         "完工验收由乡、村和农户代表共同参加。"),
        ("农业技术", "农技员", "矫湜岷", "general", "惠农补贴面积核实不实，多报冒领", "业务流程", "高风险",
         "补贴面积逐户丈量，在村务公开栏公示。"),
        ("农业技术", "农技员", "矫湜岷", "general", "向农户推销指定农资", "思想道德", "低风险",
         "不得推销农资，公开举报电话。"),
        ("财务管理", "报账员", "仵浥昉", "general", "项目资金报账票据不实", "外部环境", "中风险",
         "报账单据乡财政所审核，专账核算。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "awati_yingairike_service_center_list", "http://news.gqsoso.com/bia/202107/3092579.html",
        "乡农业服务中心 岗位廉政风险防控一览表, after the source's report of a 乡 高标准农田建设项目's 完工验收 (机耕路, 灌排渠, "
        "验收组, 县农业农村局 and 乡人民政府): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then "
        "序号/部门/岗位/责任人 on EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; "
        "a 填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


def awati_cotton_center_register() -> dict:
    unit = f"{PLACE}棉花产业发展中心"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "矫潾翊", "leader", [
            ("棉花主栽品种推荐清单受企业影响", "制度机制", "一级", "推荐清单经专家评审，结果公示。"),
            ("“一厂一品”示范项目资金分配不公", "岗位职责", "二级", "项目资金按面积测算，集体研究。"),
        ]),
        ("质量监测股", "股长", "仵沚昶", "middle", [
            ("棉花品质检测结果弄虚作假", "业务流程", "一级", "检测样品编号盲测，结果复核。"),
        ]),
        ("产业服务股", "专干", "矫淏岑", "general", [
            ("机采棉补助面积核实不严", "业务流程", "二级", "补助面积实地核查，乡镇签字确认。"),
            ("接受轧花厂宴请、收受好处", "思想道德", "三级", "签订廉洁承诺书，节前廉洁提醒。"),
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
        "awati_cotton_center_register", "https://china-fire-retardant.com/post/24224.html",
        "县棉花产业发展中心 廉政风险点排查登记表, after the source's 州 棉花 采收 report (优质品种, 主栽品种推荐清单, “一厂一品”, "
        "统一品种、统一采收, 加工): a title, 序号/股室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/"
        "风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    awati_rural_economy_station_two_ratings(),
    awati_agri_bureau_two_sheets(),
    awati_plant_protection_posts(),
    awati_agri_machinery_cards(),
    awati_animal_disease_group_rows(),
    awati_extension_station_selfchecks(),
    awati_yingairike_service_center_list(),
    awati_cotton_center_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch893-inbox"))

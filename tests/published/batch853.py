"""The eight-hundred-and-fifty-third batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's health and
longevity (长寿养生) bodies, 巴马瑶族自治县 (of 河池市, 广西壮族自治区) — its 卫生健康局, 长寿养生国际旅游区
管委会, 疾病预防控制中心, 妇幼保健院, 中医医院 and the 甲篆镇 and 燕洞镇 卫生院 — each handing back the
一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 卫生健康局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and ``股室``
  (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 管委会's 一览表 under ``附件1`` and a 填报单位 line: ``部门 | 岗位 | 责任人`` on EVERY row, short
  types, ``高风险/中风险/低风险``, a sign-off line;
- the 疾病预防控制中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, ``…风险`` types, 高/中/低; no names;
- the 妇幼保健院's 清单 under GROUP ROWS ``一、院领导`` … merged across (no 科室 column), ``岗位 | 姓名``
  merged per person, ``一级风险/二级风险/三级风险``;
- the 中医医院's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …``, a merged 分管工作 line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 甲篆镇卫生院's 自查表, one sheet a person: a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间`` over a
  row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 燕洞镇卫生院's 排查登记表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别`` (short
  names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``bama_peoples_hospital_masked_names``: the 人民医院's 一览表 as put up for 公示 (``公示稿``): an ordinary
  ``序号 | 科室 | 岗位 | 责任人 | 廉政风险点 | 风险等级 | 防控措施`` list whose ``责任人`` cells are MASKED
  (脱敏: ``韦*翾``, surname, ``*``, last character), a ``注：`` line saying the names are masked and the
  full list is on the sheet ``人员名单（内部）``; that second sheet is a roster ``序号 | 科室 | 岗位 | 姓名 |
  联系电话`` with the full names. Two 副院长 (and two people of one 医保办) are told apart only by the
  masked name: a holder is the roster's person of the row's 科室 and 岗位 whose surname and last character
  the mask keeps. docs/layouts.md (读得懂的表) knows a roster on another sheet for a post-only list, and
  names written in full; it does not describe a masked holder cell resolved by a full-name roster.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (巴马国旅区 管委会 on 全域康养旅游,
交通和旅游基础设施项目; 巴马 长寿养生国际旅游区 推介 — 长寿之乡, 旅游扶贫; 巴马 文化和旅游助力乡村振兴 —
康养旅游, 百魔洞 景区; 巴马 “候鸟人” 与 农家旅馆; 文旅康养产业 — 健康小镇, 健康产业园; 康养旅游 开启乡村
振兴 — 磁疗区, 旅居者; 巴马 “候鸟人” 与 癌症患者 聚居, 养生乱象; 医疗行风 — 红包、回扣、乱收费; 一个市
卫生健康委 的年度工作总结 — 公立医院 党建, 医疗服务) and the layout follows their words for the unit,
its parts, its posts and its risks. The rows are worded by us, the names invented (the rare
surnames 韦 and 卢 with rare given names); every unit is a body of 巴马瑶族自治县.

Run ``python tests/published/score.py --set batch853`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a masked ``责任人`` cell names the roster's person of the row's 科室 and 岗位 with that
  surname and last character; the form is that person's (his full name, the list's 科室 and 岗位), on
  the list's sheet ``公示稿``; the roster sheet holds no points; the ``注：`` line is no point;
- ``院领导``, ``局领导``-sheet leaders: the 卫生健康局's leaders (sheet ``局领导``, no 科室 column) and the
  cards' leaders have no 科室; a group row ``一、院领导`` gives the 科室 ``院领导`` (its number left off);
- 局长, 副局长, 主任 of the 管委会, 院长, 副院长 and the 疾控中心's 主任 are leaders; 股长, 部长, 科长 and a
  科室's 主任 middle; the rest (股员, 会计, 出纳, 采购员, 药剂员, 公卫专干, 收费员, 检验员, 科员) general;
- ``分管工作``, ``自查情况`` and ``填表时间`` are no points and name no holder; the 疾控中心's list names no
  person: its forms are posts (对岗不对人);
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

PREFIX = "b853_"
PLACE = "巴马瑶族自治县"
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


def mask(name: str) -> str:
    """A name as the 公示稿 prints it: surname, ``*`` for the middle, the last character."""
    return name[0] + "*" * (len(name) - 2) + name[-1]


# --------------------------------------------------------------------------- harder layout

# the roster (科室, 岗位, 姓名, tier, 联系电话)
STAFF = [
    ("院领导", "院长", "韦睿翾", "leader", "0778-6212301"),
    ("院领导", "副院长", "卢霈宸", "leader", "0778-6212302"),
    ("院领导", "副院长", "韦崧翊", "leader", "0778-6212303"),
    ("设备科", "科长", "卢璿澄", "middle", "0778-6212316"),
    ("医保办", "主任", "韦棽颀", "middle", "0778-6212328"),
    ("医保办", "科员", "韦芃霖", "general", "0778-6212329"),
    ("医保办", "科员", "卢蕤昕", "general", "0778-6212329"),
]

# (科室, 岗位, 姓名, 廉政风险点, 风险等级, 防控措施)
MASKED = [
    ("院领导", "院长", "韦睿翾", "医院基建和大型设备购置不经党委会集体研究", "高",
     "“三重一大”事项党委会集体决策，会议纪要存档。"),
    ("院领导", "院长", "韦睿翾", "接受医药企业宴请或安排旅游", "中", "签订廉洁承诺书，节前廉洁提醒。"),
    ("院领导", "副院长", "卢霈宸", "药品和耗材遴选中为特定厂家打招呼", "高",
     "药事管理与药物治疗学委员会集体遴选，投票结果存档。"),
    ("院领导", "副院长", "卢霈宸", "医务人员收受红包、回扣查处不力", "中", "设立举报箱，行风投诉按月通报。"),
    ("院领导", "副院长", "韦崧翊", "后勤服务外包和康养病区改造项目化整为零规避招标", "高",
     "外包和改造项目按限额进入县公共资源交易中心。"),
    ("设备科", "科长", "卢璿澄", "医疗设备验收数量、配置把关不严", "中", "验收由使用科室、设备科、纪检三方签字。"),
    ("医保办", "主任", "韦棽颀", "对“候鸟”旅居患者异地就医结算审核不严，套取医保基金", "高",
     "异地结算病历抽查，违规费用追回并通报。"),
    ("医保办", "科员", "韦芃霖", "住院费用清单审核走过场，默许分解住院", "中", "医保智能审核提示逐条核实。"),
    ("医保办", "科员", "卢蕤昕", "门诊慢特病认定材料审核不实", "低", "认定材料双人审核，名单公示。"),
]  # fmt: skip


def bama_peoples_hospital_masked_names() -> dict:
    unit = f"{PLACE}人民医院"
    t = _Truth(unit)
    sh = _Sheet("公示稿", [6, 10, 9, 10, 40, 9, 36])
    _line(sh, f"{unit}岗位廉政风险防控一览表（公示稿）", 7)
    _line(sh, f"公示时间：2025年6月3日至6月9日{GAP * 6}监督电话：0778-6212399", 7)
    sh.add("序号", "科室", "岗位", "责任人", "廉政风险点", "风险等级", "防控措施")
    first = len(sh.rows)
    tiers = {who: tier for _d, _p, who, tier, _tel in STAFF}
    for i, (dept, post, who, point, lv, measures) in enumerate(MASKED, 1):
        sh.add(i, dept, post, mask(who), point, lv, measures)
        t.point(sh.name, dept, post, who, tiers[who], point, [], HML[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(
        sh, "注：公示稿中责任人姓名已作脱敏处理，完整名单见“人员名单（内部）”工作表（不公开）。", 7
    )
    sh.add("填表：院办", None, None, "审核：", None, "2025年6月", None)
    roster = _Sheet("人员名单（内部）", [6, 10, 9, 10, 16])
    _line(roster, "岗位人员名单（内部掌握，不予公示）", 5)
    roster.add("序号", "科室", "岗位", "姓名", "联系电话")
    for i, (dept, post, who, _tier, tel) in enumerate(STAFF, 1):
        roster.add(i, dept, post, who, tel)
    return _layout(
        "bama_peoples_hospital_masked_names", "https://soolun.net/periodical/55e0774acf850a3d257d0271e0540960.html",
        "(harder) 县人民医院 岗位廉政风险防控一览表（公示稿）, after the source's piece on 医疗行风 (红包、回扣、乱收费, "
        "“白色腐败”): a title, a 公示时间/监督电话 line, then 序号/科室 merged/岗位/责任人 merged per person/廉政风险点/"
        "风险等级 高/中/低/防控措施 where every 责任人 cell is MASKED (``韦*翾``: surname, ``*``, last character); a "
        "``注：`` line saying so; a second sheet ``人员名单（内部）`` (序号/科室/岗位/姓名/联系电话) holds the full "
        "names; two 副院长 and two 医保办 科员 are told apart only by the mask",
        [sh, roster], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def bama_health_bureau_two_sheets() -> dict:
    unit = f"{PLACE}卫生健康局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("韦曜翀", "局长", "主持全面工作", [
            ("乡镇卫生院院长选拔任用中个人说了算", "一级", "干部任用经局党组会集体研究，考察结果公示。"),
            ("公立医院建设项目干预招投标", "一级", "项目一律进入县公共资源交易中心，全程纪检监督。"),
        ]),
        ("卢筠岫", "副局长", "分管医政医管、中医药", [
            ("医疗机构执业校验中降低标准放行", "二级", "校验实行现场核查和集体审定。"),
            ("养生馆、理疗馆违规开展诊疗的查处中说情打招呼", "一级", "执法案件集体审理，处理结果公开。"),
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
        ("医政医管股", "股长", "韦砺岑", "middle", "医师执业注册材料审核不严", "二级", "注册材料初审、复核两级把关。"),
        ("医政医管股", "股长", "韦砺岑", "middle", "医疗纠纷调处偏袒一方", "二级", "纠纷调处由第三方调解委员会参与。"),
        ("医政医管股", "股员", "卢沁珝", "general", "医疗质量检查提前泄露检查时间", "三级", "检查实行“四不两直”。"),
        ("规划财务股", "股长", "卢颢淞", "middle", "基本公共卫生服务补助资金分配不按绩效考核结果", "一级",
         "资金分配与考核结果挂钩，分配方案公示。"),
        ("规划财务股", "会计", "韦璟芃", "general", "卫生院报账单据审核不严，虚列支出", "二级", "报账单据三级审核，定期抽查。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "bama_health_bureau_two_sheets", "https://ncccys.com/zwdt/jhzj/20200713/9269",
        "县卫生健康局 廉政风险防控一览表 in TWO SHEETS, after the source's 市卫生健康委员会 年度工作总结 (党建引领, "
        "医疗服务, 就医难): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 merged and "
        "岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def bama_tourism_zone_committee_list() -> dict:
    unit = f"{PLACE}长寿养生国际旅游区管委会"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 11, 9, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年5月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("管委会领导", "主任", "卢炜燊", "leader", "康养旅游基础设施项目立项不经集体研究", "制度机制", "高风险",
         "项目立项经主任办公会研究，报县政府审定。"),
        ("管委会领导", "主任", "卢炜燊", "leader", "接受景区开发企业宴请和礼品", "思想道德", "中风险",
         "严守中央八项规定精神，签订廉洁承诺书。"),
        ("项目规划部", "部长", "韦朗澈", "middle", "健康小镇、康养综合体规划调整为企业量身定制", "岗位职责", "高风险",
         "规划调整经专家论证、公示。"),
        ("项目规划部", "部长", "韦朗澈", "middle", "旅游步道工程验收把关不严", "业务流程", "中风险",
         "验收邀请审计、纪检参加。"),
        ("招商服务部", "部长", "卢瑷萱", "middle", "招商引资优惠政策兑现中优亲厚友", "外部环境", "高风险",
         "兑现方案集体审定并公示。"),
        ("综合办公室", "出纳", "韦霁琨", "general", "旅游扶贫专项资金拨付不及时、挪作他用", "业务流程", "中风险",
         "专项资金专账核算，按进度拨付。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "主要负责人（签字）：", None, None)
    return _layout(
        "bama_tourism_zone_committee_list", "http://www.halfsummer.cn/hkcdweb/content/2021/09/29/content_1296756.html",
        "县长寿养生国际旅游区管委会 岗位廉政风险防控一览表, after the source's 巴马国旅区 管委会主任 on 全域康养旅游 (交通设施, "
        "旅游基础设施, 健康医养基地): ``附件1``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/"
        "责任人 written on EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a "
        "填表人/审核人/主要负责人（签字） line",
        [sh], t,
    )  # fmt: skip


def bama_cdc_posts() -> dict:
    unit = f"{PLACE}疾病预防控制中心"
    sh = _Sheet("排查表", [6, 14, 10, 40, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "科室", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "检测试剂和冷链设备采购指定品牌", "制度机制风险", "高",
         "采购需求集体论证，按政府采购程序办理。"),
        ("免疫规划科", "科长", "middle", "疫苗出入库登记不实，账物不符", "业务流程风险", "高",
         "疫苗出入库扫码追溯，每月盘点。"),
        ("免疫规划科", "科长", "middle", "接种单位冷链巡查走过场", "岗位职责风险", "中", "巡查记录存档，随机抽查。"),
        ("卫生监测科", "检验员", "general", "公共场所和生活饮用水检测报告出具不实", "思想道德风险", "中",
         "检测报告双人复核，原始记录留存。"),
        ("卫生监测科", "检验员", "general", "为养生旅居场所出具检测结论收受好处", "外部环境风险", "高",
         "检测实行随机指派，结论公开可查。"),
        ("财务室", "会计", "general", "重大公共卫生项目资金报账审核不严", "业务流程风险", "低",
         "报账实行经办、审核、审批三签。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, "2025年3月", None)
    return _layout(
        "bama_cdc_posts", "http://pvnzwc.cn/hkcdweb/content/2021/10/14/content_1299432.html",
        "县疾病预防控制中心 岗位廉政风险点排查表 对岗不对人, after the source's 文旅康养产业 (健康小镇, 健康住宅社区, "
        "健康产业园, 康养旅游): a title, 序号/科室 merged/岗位 merged per post/风险点/风险类型 ``…风险``/风险等级 "
        "高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def bama_maternal_child_group_rows() -> dict:
    unit = f"{PLACE}妇幼保健院"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、院领导", "院领导", [
            ("院长", "卢婳祎", "leader", [
                ("产科病房改造项目不按程序发包", "一级风险", "改造项目按限额标准报卫健局审批后招标。"),
                ("职称推荐和评先评优中优亲厚友", "二级风险", "推荐条件量化赋分，结果公示。"),
            ]),
        ]),
        ("二、医务科", "医务科", [
            ("科长", "韦琇璘", "middle", [
                ("出生医学证明签发审核不严", "一级风险", "出生医学证明专人管理，签发登记可追溯。"),
            ]),
        ]),
        ("三、药剂科", "药剂科", [
            ("主任", "卢溪芷", "middle", [
                ("儿童用药和营养品进院中收受回扣", "一级风险", "新药进院经药事委员会集体研究。"),
            ]),
            ("采购员", "韦蓁玙", "general", [
                ("耗材采购不比价，虚开发票", "二级风险", "采购三家比价，验收与采购分离。"),
                ("过期药品处置不登记", "三级风险", "过期药品登记销毁，双人在场。"),
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
        "bama_maternal_child_group_rows", "http://fotografmarianne.com/health/2016/0722/598188.html",
        "县妇幼保健院 廉政风险防控责任清单, after the source's 巴马长寿养生国际旅游区 推介 (长寿之乡, 旅游扶贫, 生态): a title, "
        "序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS ``一、院领导``, "
        "``二、医务科``, ``三、药剂科`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def bama_tcm_hospital_cards() -> dict:
    unit = f"{PLACE}中医医院"
    t = _Truth(unit)
    cards = [
        ("院长", "韦铎霈", "院长", "主持医院全面工作", "leader", [
            ("中药饮片供应商遴选暗箱操作", "★★★", "供应商遴选经院务会集体研究，结果公示。"),
            ("康养理疗中心合作项目违规引入社会资本", "★★★", "合作项目经可行性论证并报卫健局审批。"),
            ("接受药商宴请", "★", "严守中央八项规定精神。"),
        ]),
        ("副院长", "卢樾澂", "副院长", "分管医疗、医保", "leader", [
            ("瑶医药特色诊疗项目违规收费", "★★", "收费项目按物价核定目录执行，每月自查。"),
            ("中药饮片处方点评走过场", "★★", "处方点评每月一次，结果与绩效挂钩。"),
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
        "bama_tcm_hospital_cards", "http://www.ctnews.com.cn/dongtai/content/2023-11/21/content_153088.html",
        "县中医医院 领导干部廉政风险防控卡, one sheet a leader, after the source's 巴马 文化和旅游助力乡村振兴 (康养旅游, "
        "长寿养生, 大健康产业): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def bama_jiazhuan_clinic_selfchecks() -> dict:
    unit = f"{PLACE}甲篆镇卫生院"
    t = _Truth(unit)
    people = [
        ("卢珺翾", "院领导", "院长", "leader", [
            ("家庭医生签约服务数据虚报套取补助", "Ⅰ级", "签约数据随机电话回访核实。", "已落实"),
            ("卫生院食堂和物资采购不公开", "Ⅱ级", "采购事项院务会研究，结果公示。", "未发现问题"),
        ]),
        ("韦嫱琦", "公共卫生科", "公卫专干", "general", [
            ("老年人健康体检人数虚报", "Ⅰ级", "体检名单与影像、化验记录核对。", "已落实"),
            ("为旅居“候鸟”老人建档收取费用", "Ⅲ级", "建档免费政策上墙公示。", "已落实"),
        ]),
        ("卢珈葳", "收费室", "收费员", "general", [
            ("收费不开票据，截留现金", "Ⅰ级", "收费系统日结，现金当日存行。", "未发现问题"),
            ("医保结算中串换项目", "Ⅱ级", "结算清单患者签字确认。", "已落实"),
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
        sh.add("本人签名：", None, "院长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "bama_jiazhuan_clinic_selfchecks", "https://zmt.lcd.ltd/fupin/336285.html",
        "县甲篆镇卫生院 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 甲篆乡 "
        "百魔洞 康养旅游 (“候鸟”旅居者, 磁疗区, 乡村振兴): a title, a label row ``姓　名 | 所在科室 | 岗　位 | "
        "填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type "
        "column; ``本人签名： | 院长意见：``",
        sheets, t,
    )  # fmt: skip


def bama_yandong_clinic_register() -> dict:
    unit = f"{PLACE}燕洞镇卫生院"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("院领导", "院长", "韦骞烨", "leader", [
            ("基本药物配送企业选定不经集体研究", "制度机制", "一级", "配送企业由院务会比选确定。"),
            ("默许医务人员开“大处方”", "思想道德", "二级", "处方点评结果每月通报。"),
        ]),
        ("药房", "药剂员", "卢昕霁", "general", [
            ("药品出入库不登记，私自处置近效期药品", "业务流程", "一级", "药品进销存系统管理，每月盘点。"),
        ]),
        ("公共卫生科", "科长", "韦黛湉", "middle", [
            ("村医公卫补助考核打分不实", "岗位职责", "二级", "考核结果村医签字确认，公示。"),
            ("对农家旅馆从业人员健康证明把关不严", "外部环境", "三级", "健康证明凭体检报告出具。"),
        ]),
        ("财务室", "会计", "卢瀚琮", "general", [
            ("医保回款和公卫资金混用", "业务流程", "一级", "资金分账核算，定期对账。"),
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
        "bama_yandong_clinic_register", "http://big5.china.com.cn/gate/big5/sm.guoqing.china.com.cn/2021-03/17/content_41500197.html",
        "县燕洞镇卫生院 廉政风险点排查登记表, after the source's 巴马 “三转变” 乡村振兴 (“候鸟人”, 农家旅馆, 乡村旅游): a "
        "title, 序号/科室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 ``一级/二级/三级``/"
        "防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    bama_peoples_hospital_masked_names(),
    bama_health_bureau_two_sheets(),
    bama_tourism_zone_committee_list(),
    bama_cdc_posts(),
    bama_maternal_child_group_rows(),
    bama_tcm_hospital_cards(),
    bama_jiazhuan_clinic_selfchecks(),
    bama_yandong_clinic_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch853-inbox"))

"""The nine-hundred-and-ninety-fifth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 农业 and 资源
bodies, 平塘县 (黔南州, 贵州省) — its 农业农村局, 水务局, 林业局, 生态环境分局 and 自然资源局, the 克度镇农业服务中心,
the 县农机站 and the 县畜牧站 — each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in
WPS or Excel:

- the 农业农村局's 一览表: ``科室 | 岗位 | 姓名`` merged per person, ``…风险`` types, 高/中/低 and a ``注：``
  line;
- the 水务局's 排查表 under GROUP ROWS ``一、局领导``, ``二、水政监察大队``, ``三、建设管理股`` (no 科室
  column), ``岗位 | 姓名`` merged per person, a short ``风险点`` beside a long ``风险表现``,
  ``一级/二级/三级``, no type column;
- the 林业局's 清单: ``股室 | 岗位 | 责任人`` on EVERY row, short types under ``风险类别``,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 生态环境分局's 防控卡, one sheet a person (tabs named by the person): ``姓　名 | … | 职　务 | …`` and a
  merged 岗位职责 line, short types, ``一级风险/二级风险/三级风险``;
- the 自然资源局's 清单 对岗不对人: ``岗位`` merged, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 克度镇农业服务中心's 自查表, one sheet a person: a label row ``姓　名 | 职　务 | 自查日期`` over a row of
  values, ``高风险/中风险/低风险``, ``防控措施 | 自查情况``, no type column;
- the 农机站's 一览表 under ``附件1`` and a 填报单位（盖章） line: ``岗位 | 责任人`` on EVERY row (no
  科室), short types, ``重点防控/一般防控/常规防控``.

One is harder:

- ``pingtang_livestock_factor_ticks``: the 畜牧站's 岗位廉政风险评估表 (``序号 | 岗位 | 姓名 | 廉政风险点 |
  风险类型 | 风险评估 | 防控措施``) with NO level column: under the merged ``风险评估`` heading stand three
  factors, ``发生概率 | 影响程度 | 可控程度``, each merged over its own ``高 | 中 | 低`` sub-columns, and every
  point ticks (``✓``) one sub-column of each factor; a ``注：`` line under the table gives the level
  from them (``发生概率为高、影响程度为高、可控程度为低的，各计一项；有两项及以上的为一级风险，有一项的为
  二级风险，一项也没有的为三级风险``). The README's 读得懂的表 and docs/layouts.md know two factor columns
  ``发生可能性 | 影响程度`` written 高/中/低 or scores and combined by the usual 3×3 matrix, scores ticked in
  columns headed by the scores (LEVEL_BY_SCORE_TICKS), factors multiplied or weighted
  (LEVEL_BY_FACTORS), ``风险评估要素`` ticked √ and counted (a tick a factor that is present); they do not
  describe THREE factors each TICKED 高/中/低 in sub-columns, one of them (可控程度) counting when LOW,
  leveled by a note that counts the adverse ticks.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a province's 优秀高标准农田示范区项目;
a 市's 河道采砂安全大检查; a 县's 林地资源管理 and 征占用林地审核; a 县环保局's 行政许可 程序 for 竣工环境保护验收;
a 市's 土地整治项目建设和管理办法; 乡镇农产品质量安全监管服务机构; a 市 农机监理所's 拖拉机年检; the 动物防疫条件
审查 选址风险评估) and the layout follows their words for the unit, its parts, its posts and its risks.
The rows are worded by us, the names invented (the rare compound surnames 乙弗 and 宥连 with rare
given names); every unit is a body of 平塘县.

Run ``python tests/published/score.py --set batch995`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each point's level is the note's count of its adverse ticks: 发生概率 高,
  影响程度 高 and 可控程度 低 each count one; two or three is 一级, one 二级, none 三级; the ``注：`` line
  and the three heading rows are no points;
- ``局领导`` (a 科室 or group row) is the 科室 of the 局's leaders; a 局's 股, 室 and 大队 are 科室; a 站 or
  中心 that hands back its own file is a unit of its own and names no 科室;
- 局长, 副局长, 站长, 副站长, 主任 of a 中心 that is its own unit, and 分局长 are leaders; 股长, 大队长 and
  室主任 are middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``岗位职责``, ``自查情况`` and ``自查日期`` are no
  points and name no holder; the 自然资源局's list names no person: its forms are posts;
- 高/中/低, ``一级/二级/三级``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, ``一级风险/…``, ``高风险/中风险/低风险`` and
  ``重点防控/一般防控/常规防控`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b995_"
PLACE = "平塘县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GUARDS = {"重点防控": 1, "一般防控": 2, "常规防控": 3}
GAP = "\u3000"
TICK = "✓"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

FACTORS = ("发生概率", "影响程度", "可控程度")
STEPS = ("高", "中", "低")


def count_level(prob: str, impact: str, control: str) -> int:
    """The note's level: 发生概率 高, 影响程度 高, 可控程度 低 each count one; 2+ is 1, 1 is 2, 0 is 3."""
    n = (prob == "高") + (impact == "高") + (control == "低")
    return 1 if n >= 2 else 2 if n == 1 else 3


ASSESSED = [
    ("站长", "宥连翃", "leader", "种畜禽场、养殖场动物防疫条件审查选址把关不严", "岗位职责风险", ("高", "高", "中"),
     "选址现场勘查两人以上，审查意见站务会集体研究。"),
    ("站长", "宥连翃", "leader", "畜牧良种补贴项目实施主体确定中打招呼", "外部环境风险", ("中", "高", "低"),
     "项目主体公开遴选，结果公示七日。"),
    ("副站长", "乙弗澂", "leader", "强制免疫疫苗调拨分配优亲厚友", "思想道德风险", ("中", "中", "低"),
     "疫苗按存栏量分配，调拨台账每月公开。"),
    ("副站长", "乙弗澂", "leader", "病死畜禽无害化处理补助数量核定不实", "业务流程风险", ("高", "中", "中"),
     "补助数量与收集台账、影像资料逐一比对。"),
    ("防疫员", "宥连瑨", "general", "产地检疫不到场即出具检疫证明", "岗位职责风险", ("中", "中", "中"),
     "检疫全程电子出证，定位留痕。"),
    ("防疫员", "宥连瑨", "general", "接受养殖户宴请、土特产", "外部环境风险", ("低", "中", "高"),
     "签订廉洁承诺书，公开监督电话。"),
    ("饲料兽药监管员", "乙弗翾", "general", "兽药经营门店检查发现问题不处理", "制度机制风险", ("高", "高", "低"),
     "检查记录当日上传，站长每月抽查。"),
]  # fmt: skip
FACTOR_NOTE = (
    "注：风险等级由发生概率、影响程度、可控程度三项评估确定：发生概率为高、影响程度为高、可控程度为低的，"
    "各计一项；有两项及以上的为一级风险，有一项的为二级风险，一项也没有的为三级风险。"
)


def pingtang_livestock_factor_ticks() -> dict:
    unit = f"{PLACE}畜牧站"
    sh = _Sheet("评估表", [6, 12, 9, 40, 14] + [5] * 9 + [34])
    t = _Truth(unit)
    width = 15
    _line(sh, f"{unit}岗位廉政风险评估表", width)
    top = sh.add(
        "序号", "岗位", "姓名", "廉政风险点", "风险类型", "风险评估", *([None] * 8), "防控措施"
    )
    mid = sh.add(None, None, None, None, None, *[x for f in FACTORS for x in (f, None, None)], None)
    low = sh.add(None, None, None, None, None, *(STEPS * 3), None)
    for c in (0, 1, 2, 3, 4, 14):
        sh.merge(top, c, low, c)
    sh.merge(top, 5, top, 13)
    for k in range(3):
        sh.merge(mid, 5 + 3 * k, mid, 7 + 3 * k)
    first = len(sh.rows)
    for n, (post, who, tier, point, typ, marks, measures) in enumerate(ASSESSED, 1):
        ticks = [TICK if STEPS[i] == mark else None for mark in marks for i in range(3)]
        sh.add(n, post, who, point, typ, *ticks, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), count_level(*marks))
    _per_person(sh, first, None, 1, 2)
    _line(sh, FACTOR_NOTE, width)
    sh.add("填表人：", None, "审核人：", None, None, "2025年6月", *([None] * 9))
    return _layout(
        "pingtang_livestock_factor_ticks",
        "http://lygc.lknet.ac.cn/d/zgly/a158f3b1547f48a3a41562b067c0a80d.html",
        "(harder) 县畜牧站 岗位廉政风险评估表, after the source's abstract on a 风险评估体系 for the 动物防疫条件审查 of "
        "饲养场、屠宰加工场所 选址: a title, a three-row heading 序号/岗位 and 姓名 merged per person/廉政风险点/风险类型 "
        "``…风险``/a merged ``风险评估`` over THREE factors ``发生概率 | 影响程度 | 可控程度`` each over ``高 | 中 | 低`` "
        "sub-columns ticked ``✓``/防控措施, NO level column; a ``注：`` line giving the level by counting 发生概率 高, "
        "影响程度 高 and 可控程度 低 (two or more 一级, one 二级, none 三级)",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def pingtang_agriculture_list() -> dict:
    unit = f"{PLACE}农业农村局"
    sh = _Sheet("一览表", [6, 14, 10, 10, 40, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "乙弗璟", "leader", "高标准农田建设项目立项、资金分配个人说了算", "制度机制风险", "高",
         "项目立项和资金分配经局党组会集体研究。"),
        ("局领导", "局长", "乙弗璟", "leader", "为亲友承揽农田建设工程打招呼", "思想道德风险", "高",
         "插手干预工程登记报告，定期廉政谈话。"),
        ("农田建设管理股", "股长", "宥连琤", "middle", "高标准农田项目竣工验收降低标准", "岗位职责风险", "中",
         "验收组集体验收，第三方复核工程量。"),
        ("农田建设管理股", "股长", "宥连琤", "middle", "示范区项目评选材料审核不实", "业务流程风险", "中",
         "申报材料实地核验，评审结果公示。"),
        ("计划财务股", "会计", "乙弗沅", "general", "项目资金报账凭证把关不严", "岗位职责风险", "中",
         "报账经股长、分管领导两级审核。"),
        ("计划财务股", "会计", "乙弗沅", "general", "涉农补贴资金拨付不及时", "业务流程风险", "低",
         "补贴资金限时拨付，按月通报。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为高、中、低三个等级。", 8)
    sh.add("制表：", None, "审核：", None, None, None, "2025年5月", None)
    return _layout(
        "pingtang_agriculture_list", "http://nynct.henan.gov.cn/2023/06-29/2769413.html",
        "县农业农村局 岗位廉政风险防控一览表, after the source's notice of a province's 优秀高标准农田示范区项目 (县级推荐, "
        "市级筛选, 专家评审, 综合比选): a title, 序号/科室 merged/岗位 and 姓名 merged per person/廉政风险点/风险类型 "
        "``…风险``/风险等级 高/中/低/防控措施; a ``注：`` line and a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def pingtang_water_group_rows() -> dict:
    unit = f"{PLACE}水务局"
    sh = _Sheet("排查表", [6, 12, 10, 16, 38, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 7)
    sh.add("序号", "岗位", "姓名", "风险点", "风险表现", "风险等级", "防控措施")
    groups = [
        ("一、局领导", "局领导", [
            ("副局长", "宥连昶", "leader", [
                ("河道采砂许可", "河道采砂许可审批中为他人谋取利益", "一级", "采砂许可集体研究，结果公开。"),
                ("涉河项目审查", "涉河建设项目审查降低防洪要求", "二级", "审查意见专家会审。"),
            ]),
        ]),
        ("二、水政监察大队", "水政监察大队", [
            ("大队长", "乙弗珣", "middle", [
                ("采砂执法", "发现非法采砂不制止、不立案", "一级", "巡查日志每日上传，案件集体审理。"),
                ("行政处罚", "处罚裁量畸轻畸重", "二级", "执行裁量基准，法制审核。"),
            ]),
        ]),
        ("三、建设管理股", "建设管理股", [
            ("技术员", "宥连芃", "general", [
                ("质量检查", "小型水利工程质量检查走过场", "二级", "检查留存影像，股长抽查。"),
                ("资料归档", "工程档案借阅不登记", "三级", "档案借阅登记审批。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, dept, people in groups:
        _line(sh, shown, 7)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for point, desc, lv, measures in points:
                n += 1
                sh.add(n, post, who, point, desc, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("填表人：", None, "审核人：", None, None, "2025年4月", None)
    return _layout(
        "pingtang_water_group_rows", "https://slj.changde.gov.cn/zhdt/ztzl1/hzzgz/content_165596",
        "县水务局 廉政风险点排查表 under GROUP ROWS, after the source's report of a 市's 节前河道采砂安全大检查 (联合检查组, "
        "共管河段, 水政监察大队): a title, 序号/岗位 and 姓名 merged per person/a short ``风险点``/a long ``风险表现``/"
        "风险等级 ``一级/二级/三级``/防控措施, group rows ``一、局领导``, ``二、水政监察大队``, ``三、建设管理股`` merged "
        "across; no type column",
        [sh], t,
    )  # fmt: skip


def pingtang_forestry_every_row() -> dict:
    unit = f"{PLACE}林业局"
    sh = _Sheet("清单", [6, 14, 10, 10, 40, 10, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控清单", 8)
    sh.add("序号", "股室", "岗位", "责任人", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "乙弗骞", "leader", "征占用林地审核中打招呼、放宽条件", "外部环境", "★★★",
         "审核意见局党组会集体研究。"),
        ("资源管理股", "股长", "宥连珺", "middle", "林木采伐指标分配不公开", "制度机制", "★★★", "指标分配方案公示。"),
        ("资源管理股", "股长", "宥连珺", "middle", "采伐伐区验收不到现场", "岗位职责", "★★", "验收两人到场，影像留存。"),
        ("林政执法股", "执法员", "乙弗翊", "general", "未批先占林地查处中瞒案不报", "业务流程", "★★",
         "案件线索登记台账，限时办结。"),
        ("林政执法股", "执法员", "乙弗翊", "general", "接受用地单位宴请", "思想道德", "★", "签订廉洁承诺书。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), STARS[lv])
    _line(sh, "注：★★★为一级风险，★★为二级风险，★为三级风险。", 8)
    sh.add("编制：办公室", None, "审核：", None, "2025年5月", None, None, None)
    return _layout(
        "pingtang_forestry_every_row", "http://sjwhw.net/2015-12/201512354341.Html",
        "县林业局 廉政风险防控清单, after the source's account of a 县's 林地资源管理 (征占用林地审核审批, 未批先占, 查处破坏"
        "林地案件): a title, 序号/股室/岗位/责任人 on EVERY row/廉政风险点/风险类别 (short names)/风险等级 ``★★★/★★/★``/"
        "防控措施; a ``注：`` line; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def pingtang_ecology_cards() -> dict:
    unit = f"{PLACE}生态环境分局"
    t = _Truth(unit)
    cards = [
        ("宥连熠", "分局长", "主持分局全面工作，分管环评审批", "leader", [
            ("建设项目环评审批降低准入条件", "岗位职责", "一级风险", "审批事项集体审查，结果公开。"),
            ("为企业竣工环保验收打招呼", "外部环境", "一级风险", "插手干预登记报告。"),
        ]),
        ("乙弗琇", "执法员", "环境监察执法、信访查处", "general", [
            ("现场检查发现违法排污不立案", "岗位职责", "二级风险", "执法记录仪全程记录。"),
            ("向企业通风报信", "思想道德", "二级风险", "随机抽查“双随机”，检查前不告知。"),
            ("案卷材料整理不规范", "业务流程", "三级风险", "案卷每季度评查。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, duty, tier, items in cards:
        sh = _Sheet(who, [8, 36, 12, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 5)
        sh.add("姓　名", who, "职　务", post, None)
        r = sh.add("岗位职责", duty, None, None, None)
        sh.merge(r, 1, r, 4)
        sh.add("序号", "风险点", "风险类别", "风险等级", "防控措施")
        for i, (point, typ, lv, measures) in enumerate(items, 1):
            sh.add(i, point, typ, lv, measures)
            t.point(sh.name, "", post, who, tier, point, types_in(typ), RISKS[lv])
        sh.add("持卡人签名：", None, "分局长签名：", None, None)
        sheets.append(sh)
    return _layout(
        "pingtang_ecology_cards", "https://m.777doc.com/doc-1044602.html",
        "县生态环境分局 岗位廉政风险防控卡, one sheet a person (tabs named by the person), after the source's 县环保局 "
        "行政许可 程序 (竣工环境保护验收, 现场检查, 委托监测, 限期整改): a title, ``姓　名 | … | 职　务 | …`` and a merged "
        "岗位职责 line, then 序号/风险点/风险类别 (short names)/风险等级 ``一级风险/二级风险/三级风险``/防控措施",
        sheets, t,
    )  # fmt: skip


def pingtang_resources_posts() -> dict:
    unit = f"{PLACE}自然资源局"
    sh = _Sheet("清单", [6, 16, 40, 14, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 6)
    sh.add("序号", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局长", "leader", "土地整治项目立项、选址个人说了算", "制度机制风险", "Ⅰ级", "项目立项局党组会集体研究。"),
        ("局长", "leader", "新增耕地确认中为项目单位打招呼", "外部环境风险", "Ⅰ级", "插手干预登记报告。"),
        ("耕地保护股股长", "middle", "垦造耕地项目验收降低标准", "岗位职责风险", "Ⅱ级", "验收实地核查，结果公示。"),
        ("耕地保护股股长", "middle", "耕种管护初验材料审核不严", "业务流程风险", "Ⅱ级", "初验材料两人审核。"),
        ("不动产登记员", "general", "登记办理中收受好处", "思想道德风险", "Ⅱ级", "登记全程系统留痕。"),
        ("不动产登记员", "general", "登记资料查询不登记", "岗位职责风险", "Ⅲ级", "查询登记审批。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, point, typ, lv, measures)
        t.point(sh.name, "", post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add("编制：办公室", None, "审核：", None, "2025年3月", None)
    return _layout(
        "pingtang_resources_posts", "https://www.ehs.gold/law/132507.html",
        "县自然资源局 岗位廉政风险防控清单 对岗不对人, after the source's 市 土地整治项目建设和管理办法 (立项, 选址, 新增耕地"
        "确认, 验收, 耕种管护初验): a title, 序号/岗位 merged per post/廉政风险点/风险类型 ``…风险``/风险等级 "
        "``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def pingtang_kedu_agri_selfchecks() -> dict:
    unit = f"{PLACE}克度镇农业服务中心"
    t = _Truth(unit)
    people = [
        ("乙弗瑀", "主任", "leader", [
            ("农产品质量安全快速检测结果瞒报", "高风险", "检测结果当日上传，镇分管领导抽查。", "已落实"),
            ("农资经营门店检查中收受好处", "中风险", "检查两人以上，结果公示。", "已落实"),
        ]),
        ("宥连骥", "农技员", "general", [
            ("种植户投入品使用巡查走过场", "中风险", "巡查记录签字留痕。", "未发现问题"),
            ("技术培训补助名单弄虚作假", "低风险", "培训名单村组公示。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "职　务", "自查日期", None, None)
        sh.add(who, post, "2025年5月", None, None)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, "", post, who, tier, point, [], HIGHS[lv])
        sh.add("本人签名：", None, "镇分管领导意见：", None, None)
        sheets.append(sh)
    return _layout(
        "pingtang_kedu_agri_selfchecks", "http://farm.00-net.com/news/6/2013-10-11/90312.html",
        "县克度镇农业服务中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's report of "
        "乡镇农产品质量安全监管服务机构 (投入品巡查, 快速检测, 农资门店检查): a title, a label row ``姓　名 | 职　务 | "
        "自查日期`` over a row of values, then 序号/廉政风险点/风险等级 ``高风险/中风险/低风险``/防控措施/``自查情况``; "
        "no type column",
        sheets, t,
    )  # fmt: skip


def pingtang_farm_machinery_list() -> dict:
    unit = f"{PLACE}农机站"
    sh = _Sheet("一览表", [6, 14, 10, 40, 11, 10, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 7)
    sh.add("序号", "岗位", "责任人", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("站长", "宥连璇", "leader", "农机购置补贴机具核验放宽条件", "岗位职责", "重点防控", "核验抽查比例不低于10%。"),
        ("站长", "宥连璇", "leader", "为经销企业补贴申请打招呼", "外部环境", "重点防控", "插手干预登记报告。"),
        ("安全监理员", "乙弗翙", "general", "拖拉机年检不上线检测即发合格标志", "业务流程", "一般防控",
         "年检全程上线检测，标志编号登记。"),
        ("安全监理员", "乙弗翙", "general", "驾驶证考试中放宽标准", "思想道德", "一般防控", "考试全程录像。"),
        ("统计员", "宥连沄", "general", "补贴机具档案资料更改不留痕", "制度机制", "常规防控", "档案修改审批留痕。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), GUARDS[lv])
    sh.add("填表人：", None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "pingtang_farm_machinery_list",
        "http://218.60.149.76/njw/details.aspx?articleid=17599&catalogid=60",
        "县农机站 岗位廉政风险防控一览表, after the source's report of a 市 农机监理所's 运输型拖拉机 上线检测 and 年检合格标志: "
        "``附件1``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/岗位/责任人 on EVERY row (no 科室)/"
        "廉政风险点/风险类别 (short names)/风险等级 ``重点防控/一般防控/常规防控``/防控措施; a 填表人/审核人/站长（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    pingtang_livestock_factor_ticks(),
    pingtang_agriculture_list(),
    pingtang_water_group_rows(),
    pingtang_forestry_every_row(),
    pingtang_ecology_cards(),
    pingtang_resources_posts(),
    pingtang_kedu_agri_selfchecks(),
    pingtang_farm_machinery_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch995-inbox"))

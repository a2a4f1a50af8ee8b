"""The two-hundred-and-forty-ninth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 局, 委, 办
and 事业单位, 理县 — its 统计局, 退役军人事务局, 审计局, 融媒体中心, 林业和草原局, 自然资源局, 医疗保障局
and 经济商务和信息化局 — each handing back the 一览表, 排查表, 清单, 自查表 or 防控卡 its staff typed in WPS
or Excel (merged cells, a 填报 line, sign-offs and notes), the rows about 统计数据, 优抚资金, 审计回避,
广告经营, 林木采伐, 矿山排危, 医保稽核 and 专项资金检查:

- the 退役军人事务局's 一览表 under ``附件1`` and a ``填报单位（盖章）：…　填报日期：…`` line: ``股室``
  merged (局领导, 办公室, 优抚安置股, 权益维护股, 退役军人服务中心), 岗位 and 姓名 merged per person,
  ``…风险`` types, 高/中/低, a ``责任领导`` column of the supervising leaders' names, a
  填表人/审核人/局长签字 line;
- the 审计局's 防控卡, one sheet a holder (tabs 局长, 经济责任审计股, 财政审计股): ``姓　名 | … |
  职　务 | …`` and ``所在股室 | … | 从事工作 | …`` above, a short ``风险点`` beside a long
  ``风险表现``, ``一级/二级/三级`` read by a ``注：`` line, no type column, ``本人签字：`` below;
- the 融媒体中心's 排查表 under a ``单位：…　排查时间：…`` line: ``部门`` merged (中心领导, 新闻采编部,
  广告经营部, 技术保障部, 综合办公室), 岗位 and ``责任人`` merged per person, short types,
  ``Ⅰ级/Ⅱ级/Ⅲ级`` with a ``注：`` line;
- the 林业和草原局's 责任清单 对岗不对人: ``股室（站）`` merged, 岗位, a ``职权事项`` column, the risk,
  高/中/低, no type column, a ``备注`` column, a ``注：`` line and an 编制/审核 line;
- the 自然资源局's 自查表, one sheet a person (tabs the 股室): ``姓名 | … | 性别 | … | 政治面貌 | …`` and
  ``所在股室 | … | 职务 | … | 参加工作时间 | …`` above, a ``岗位职责`` column merged down, short types,
  ``高级/中级/低级``, ``自查人（签名）： | 股室负责人审核：`` below;
- the 医疗保障局's 清单: ``业务环节`` merged, the risk, ``…风险`` types, ``高风险/中风险/低风险`` and the
  holder LAST in ``责任股室 | 责任岗位 | 责任人``;
- the 经济商务和信息化局's 一览表 under group rows ``一、局领导``, ``二、工业和信息化股`` … merged across
  (no 股室 column), 岗位 and ``责任人`` merged per person, short types, ``★★★/★★/★`` with a legend line.

One is harder:

- ``stats_report_columns``: the 统计局's 一览表 laid out the way a 统计局 lays out every table it
  makes — as a STATISTICAL REPORT FORM (统计报表): a ``表　　号：理统廉1表`` / ``制定机关：理县统计局`` /
  ``有效期至：2025年12月`` block at the top right, ``综合机关名称：理县统计局（盖章）`` and the year on the
  line above the header, and under the header the 栏次 ROW that numbers the columns — ``甲 | 乙 | 丙 | 丁``
  over the descriptive columns (序号, 股室, 岗位, 责任人) and the numbers ``1 | 2 | 3 | 4 | 5`` over 风险点,
  风险类型, 风险等级, 防控措施, 备注 (typed as numbers); below, ``单位负责人： | 统计负责人： | 填表人： |
  报出日期：`` and a ``说明：`` that refers to the columns by those numbers (``第1栏…``). Everything else
  is the plain 一览表: 股室 merged, 岗位 and 责任人 merged per person, short types, 高/中/低. The
  README's 读得懂的表 knows a header in two or three rows, a heading row repeated on each page,
  ``小计``/``合计`` rows and ``第 1 页`` lines, but not a 栏次 row (甲/乙/丙, 1/2/3) standing between
  the header and the first row, whose "风险点" cell reads ``1`` and "风险等级" cell ``3``.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 县统计局's 党课 on 统计造假 — 工业产值
虚增, 固定资产投资“注水”, 服务业漏统, 人口数据瞒报, 领导干部直接干预, 统计人员被动配合; a guide to 优抚资金
简报表 — 抚恤金, 医疗补助, 生活补贴, 身份和伤残等级, 审核, 发放记录, 误发、挪用、延迟; a guide to a 省审计条例
— 审计程序, 审计取证, 审计报告, 全覆盖监督, 审计整改, 风险防控要点; a study of
县级融媒体中心“造血” — 经营, 内循环, 本地化, 政务服务购买, 活动承办, 偏离主业; a 市林业 调研 — 乱砍滥伐,
偷砍盗伐, 非法运输木材, 乱占林地, 林政资源管理站, 执法人员; a 县自然资源局's 整改 — 违法用地, 矿山排危,
多头审批, 动态巡查, 自然资源所, 耕地保护; a 县医保局's 信用评定 — 定点医药机构, 进销存台账, 异地就医,
分类监管, 暂停医保结算, 解除服务协议, DRG; a 区工信局's 双随机 检查 of 工业和信息化发展资金 — 抽签, 执法
人员, 资金拨付, 一抽查一通报) and the layout follows their words for the unit, its parts, its posts
and its risks. The rows are worded by us, the names invented (rare Han surnames with rare given
names, three characters each, and two Tibetan names, as 理县 of 阿坝州 has them); every unit is a
body of 理县 (its 杂谷脑镇 the county seat).

Run ``python tests/published/score.py --set batch249`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder table the 栏次 row (``甲 | 乙 | 丙 | 丁 | 1 | 2 | 3 | 4 | 5``) is part of the header, no
  point; ``表　　号``, ``制定机关``, ``有效期至``, ``综合机关名称`` and the year, the ``单位负责人：…报出日期：``
  line and the ``说明：`` are no points either;
- ``局领导`` and ``中心领导`` (a 股室/部门 cell, a card's 所在股室, a group row) are the 科室 of those
  leaders; a 局's 股, 办公室 and its 中心 (the 统计局's 普查中心, the 退役军人事务局's 退役军人服务中心, the
  医疗保障局's 医疗保障事务中心), the 林业和草原局's 林业工作站, the 融媒体中心's 部 and 综合办公室 are 科室;
  the 融媒体中心 is a unit of its own, its 主任 and 副主任 leaders;
- the 林业和草原局's list names no person: its forms are posts (对岗不对人); its ``职权事项`` and ``备注``
  are no points; the 医疗保障局's ``业务环节`` and the 自然资源局's ``岗位职责`` are no points; the
  退役军人事务局's ``责任领导`` names the leader who supervises, not the holder;
- ``风险点 | 风险表现``: the point is the short 风险点;
- ``高/中/低``, ``一级/二级/三级``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``高级/中级/低级``, ``高风险/中风险/低风险`` and
  ``★★★/★★/★`` are 1/2/3;
- 局长, 副局长 and the 融媒体中心's 主任 and 副主任 are leaders; 股长, 站长, 办公室主任, the 主任 of a 局's
  中心 and the 部长 of a 中心's 部 middle; the rest (统计员, 执法人员, 经办员, 会计, 出纳, 审计员, 记者,
  编辑, 广告业务员, 技术员, 科员, 稽核员 …) general.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b249_"
PLACE = "理县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
RANKS = {"高级": 1, "中级": 2, "低级": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
GAP = "\u3000"
# the 栏次 row of the harder table: 甲乙丙丁 over the descriptive columns, numbers over the rest
COLUMN_CODES = ("甲", "乙", "丙", "丁", 1, 2, 3, 4, 5)


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# (股室, 岗位, 责任人, tier, [(风险点, 风险类型, 等级, 防控措施, 备注)])
STATS = [
    ("局领导", "局长", "郗砚澍", "leader", [
        ("授意、暗示统计人员修改统计数据", "思想道德", "高",
         "落实防范和惩治统计造假责任制，领导干部干预统计工作记录报告。", None),
        ("统计执法检查发现的问题降格处理", "岗位职责", "中", "统计违法案件经局务会集体审理。", None),
    ]),
    ("综合统计股", "股长", "亢篪霖", "middle", [
        ("固定资产投资项目入库资料审核不严，虚报投资额", "岗位职责", "高",
         "入库项目逐个核查合同、发票和现场照片，股室复核。", None),
        ("地区生产总值核算中人为调整基础数据", "制度机制", "高", "核算数据留痕，调整事项书面说明并报局长审签。", None),
    ]),
    ("综合统计股", "统计员", "贲琇璘", "general", [
        ("为企业代填代报统计报表", "业务流程", "中", "联网直报账号企业自管，统计员不掌握企业密码。", None),
    ]),
    ("专业统计股", "股长", "邰楠楫", "middle", [
        ("对规上工业企业产值虚增线索不核查", "岗位职责", "高", "产值与用电量、税收数据比对，异常数据逐条核查。", None),
        ("服务业名录库企业漏统、打捆重复报送", "业务流程", "中", "名录库按季度与市场监管登记信息比对更新。", "新增"),
    ]),
    ("普查中心", "主任", "冼翀檠", "middle", [
        ("普查经费使用不规范，虚列普查员劳务费", "制度机制", "中", "普查员劳务费按花名册直接发放至个人账户。", None),
        ("泄露普查对象的个人信息和单位资料", "外部环境", "低", "普查资料专人专柜保管，查阅登记。", None),
    ]),
    ("法规股", "执法人员", "仉沨芮", "general", [
        ("统计执法检查中接受被检查单位宴请", "外部环境", "中", "执法检查两人以上，签订廉洁执法承诺书。", None),
        ("人口抽样调查数据瞒报、漏报不纠正", "岗位职责", "低", "抽样调查数据质量抽查复核，结果通报。", None),
    ]),
]  # fmt: skip


def stats_report_columns() -> dict:
    unit = f"{PLACE}统计局"
    sh = _Sheet("廉1表", [6, 11, 9, 9, 38, 10, 9, 34, 7])
    t = _Truth(unit)
    _line(sh, "岗位廉政风险防控一览表", 9)
    r = sh.add(None, None, None, None, None, None, "表　　号：", "理统廉1表", None)
    sh.merge(r, 7, r, 8)
    r = sh.add(None, None, None, None, None, None, "制定机关：", f"{unit}", None)
    sh.merge(r, 7, r, 8)
    r = sh.add(None, None, None, None, None, None, "有效期至：", "2025年12月", None)
    sh.merge(r, 7, r, 8)
    r = sh.add(f"综合机关名称：{unit}（盖章）", None, None, None, "2024年", None, None, None, None)
    sh.merge(r, 0, r, 3)
    sh.add("序号", "股室", "岗位", "责任人", "风险点", "风险类型", "风险等级", "防控措施", "备注")
    sh.add(*COLUMN_CODES)  # the 栏次 row
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in STATS:
        for point, typ, lv, measures, note in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures, note)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    r = sh.add(
        "单位负责人：",
        None,
        "统计负责人：",
        None,
        "填表人：",
        None,
        "报出日期：2024年4月　日",
        None,
        None,
    )
    sh.merge(r, 6, r, 8)
    _line(
        sh,
        "说明：1.本表由局机关各股室和县普查中心填报，局办公室汇总；2.第1栏每行填写一个风险点；"
        "3.第2栏按思想道德、制度机制、岗位职责、业务流程、外部环境填写；4.第3栏按高、中、低填写。",
        9,
    )
    return _layout(
        "stats_report_columns", "https://www.gongwk.com/doc/558763.jhtml",
        "(harder) 县统计局 岗位廉政风险防控一览表 laid out as a STATISTICAL REPORT FORM, after the source's 县统计局 党课 "
        "on 统计造假 (工业产值虚增, 固定资产投资“注水”, 服务业漏统, 人口数据瞒报, 领导干部直接干预, 统计人员被动配合): a "
        "title, a ``表　　号： | 理统廉1表`` / ``制定机关： | …`` / ``有效期至： | 2025年12月`` block at the top right, "
        "``综合机关名称：…（盖章）`` and ``2024年`` above the header 序号/股室/岗位/责任人/风险点/风险类型/风险等级/防控措施/"
        "备注, then the 栏次 ROW ``甲 | 乙 | 丙 | 丁 | 1 | 2 | 3 | 4 | 5`` (the numbers typed as numbers) before the "
        "first row; 股室 merged (局领导, 综合统计股, 专业统计股, 普查中心, 法规股), 岗位 and 责任人 merged per person, short "
        "types, 高/中/低, ``新增`` in 备注; below, ``单位负责人： | 统计负责人： | 填表人： | 报出日期：…`` and a ``说明：`` "
        "naming the columns by their numbers (``第1栏``, ``第2栏``, ``第3栏``)",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def veterans_list() -> dict:
    unit = f"{PLACE}退役军人事务局"
    sh = _Sheet("一览表", [6, 13, 9, 9, 38, 13, 8, 34, 9])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 9)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报日期：2024年4月22日", 9)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施", "责任领导")
    rows = [
        ("局领导", "局长", "訾澪岍", "leader", "訾澪岍", [
            ("优抚资金分配不经局务会集体研究", "制度机制风险", "高", "优抚资金分配方案经局务会研究并报县财政局备案。"),
            ("对下属服务中心资金使用监督缺位", "岗位职责风险", "中", "每半年听取服务中心资金使用情况汇报。"),
        ]),
        ("局领导", "副局长", "禤樾珩", "leader", "訾澪岍", [
            ("伤残等级评定中为他人说情打招呼", "思想道德风险", "高", "伤残评定材料集体审核，说情打招呼记录报告。"),
        ]),
        ("办公室", "主任", "鄂翊昀", "middle", "禤樾珩", [
            ("公务接待超标准、虚列接待费用", "业务流程风险", "低", "接待实行公函、清单制度，按月公示。"),
            ("办公用品采购不比价", "制度机制风险", "低", "采购三家比价，验收与采购分离。"),
        ]),
        ("优抚安置股", "股长", "蒉沄皙", "middle", "禤樾珩", [
            ("抚恤金、生活补助对象身份和伤残等级审核不严", "岗位职责风险", "高",
             "对象身份与民政、公安、医保数据比对，审核结果公示。"),
            ("优抚对象死亡后未及时停发抚恤补助", "业务流程风险", "高", "每月与殡葬、公安户籍数据比对，发现即停发追回。"),
        ]),
        ("优抚安置股", "经办员", "毌苡渟", "general", "禤樾珩", [
            ("发放记录录入不实，误发、重复发放优抚资金", "业务流程风险", "中", "发放名册经办、复核双人签字，系统留痕。"),
        ]),
        ("权益维护股", "股长", "仇珝澄", "middle", "訾澪岍", [
            ("困难退役军人帮扶对象认定优亲厚友", "思想道德风险", "中", "帮扶对象入户核实，村（社区）评议并公示。"),
            ("信访件推诿拖延、压案不办", "岗位职责风险", "低", "信访件登记编号，限时办结回访。"),
        ]),
        ("退役军人服务中心", "主任", "麹岫彤", "middle", "訾澪岍", [
            ("医疗补助资金挪作他用", "制度机制风险", "中", "医疗补助专账核算，凭票据据实补助。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, leader, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures, leader)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add()
    sh.add("填表人：", None, None, "审核人：", None, None, "局长（签字）：", None, None)
    return _layout(
        "veterans_list",
        "https://www.seridoat.com/article/you-fu-zi-jin-jing-fei-xin-xi-jian-bao-biao-ru-he-que-bao-mei-yi-fen-qian-dou-jing-zhun-song-da-zui.html",
        "县退役军人事务局 岗位廉政风险防控一览表, after the source's guide to 优抚资金 简报表 (抚恤金, 医疗补助, 生活补贴, 身份"
        "和伤残等级, 审核, 发放记录, 误发、挪用、延迟): ``附件1``, a title, a merged ``填报单位（盖章）：…　…　填报日期：2024年4月"
        "22日`` line, then 序号/股室 merged (局领导, 办公室, 优抚安置股, 权益维护股, 退役军人服务中心)/岗位 and 姓名 merged per "
        "person/风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施/``责任领导`` (the supervising leader's name on every "
        "row); a blank row and a 填表人/审核人/局长签字 line",
        [sh], t,
    )  # fmt: skip


def audit_cards() -> dict:
    unit = f"{PLACE}审计局"
    t = _Truth(unit)
    cards = [
        ("局长", "郦霈瑄", "局长", "局领导", "主持全面工作，负责审计项目计划和审计报告审定", "leader", [
            ("审计计划安排受人情干扰", "对关系单位不列入年度审计计划，或随意调整审计项目。", "一级",
             "年度审计计划经局党组集体研究，调整须书面说明。"),
            ("审计报告审定中压减问题", "对审计发现的问题不如实写入报告，大事化小。", "一级",
             "审计报告经审理、复核，局务会集体审定。"),
            ("审计整改督促不力", "对被审计单位整改情况不跟踪，整改走过场。", "二级", "整改情况逐项销号，结果向县委审计委员会报告。"),
        ]),
        ("经济责任审计股", "殳澍岚", "股长", "经济责任审计股", "担任审计组长，组织实施领导干部经济责任审计", "middle", [
            ("审计回避不落实", "与被审计领导干部有亲属、同学关系不申报回避。", "一级",
             "审计组成员进点前填报利益冲突申报表。"),
            ("审计取证不全、选择性取证", "对重要问题的证据不收集或只收集对被审计人有利的证据。", "二级",
             "审计证据经主审、组长两级复核，底稿全部归档。"),
            ("接受被审计单位宴请和礼品", "审计期间参加被审计单位安排的宴请、旅游。", "三级", "落实审计“四严禁”工作要求，廉政监督员回访。"),
        ]),
        ("财政审计股", "羿瑱淇", "审计员", "财政审计股", "担任主审，负责部门预算执行审计现场实施", "general", [
            ("泄露审计工作秘密", "向被审计单位透露审计方案、审计线索。", "二级", "审计资料涉密管理，审计组成员签订保密承诺。"),
            ("审计底稿记录不实", "审计工作底稿与实际查证情况不一致。", "三级", "底稿实行主审、审理双复核。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, dept, work, tier, points in cards:
        sh = _Sheet(tab, [6, 22, 34, 9, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 5)
        sh.add("姓　名", who, "职　务", post, None)
        r = sh.add("所在股室", dept, "从事工作", work, None)
        sh.merge(r, 3, r, 4)
        sh.add("序号", "风险点", "风险表现", "风险等级", "防控措施")
        for i, (point, desc, lv, measures) in enumerate(points, 1):
            sh.add(i, point, desc, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
        _line(sh, "注：风险等级分一级、二级、三级，一级为高，二级为中，三级为低。", 5)
        sh.add("本人签字：", None, "分管领导签字：", None, "年　月　日")
        sheets.append(sh)
    return _layout(
        "audit_cards",
        "https://www.seridoat.com/article/ji-lin-sheng-shen-ji-tiao-li-jie-du-yu-shi-jian-zhi-nan-shen-ji-jian-du-quan-fu-gai-yu-feng-xian-fan.html",
        "县审计局 岗位廉政风险防控卡, one sheet a holder (tabs 局长, 经济责任审计股, 财政审计股), after the source's guide to "
        "a 省审计条例 (审计程序, 审计取证, 审计报告, 全覆盖, 审计整改, 风险防控要点): a title, "
        "``姓　名 | … | 职　务 | …`` and ``所在股室 | … | 从事工作 | …`` (merged over two cells) above, then 序号/short "
        "``风险点``/long ``风险表现``/风险等级 ``一级/二级/三级``/防控措施; no type column; a ``注：`` line on the levels and "
        "``本人签字： | 分管领导签字： | 年　月　日`` below",
        sheets, t,
    )  # fmt: skip


def media_checklist() -> dict:
    unit = f"{PLACE}融媒体中心"
    sh = _Sheet("排查表", [6, 11, 9, 9, 38, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    _line(sh, f"单位：{unit}{GAP * 14}排查时间：2024年5月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "泽旺拉初", "leader", [
            ("经营合作项目不经集体研究，个人决定合作方", "制度机制", "Ⅰ级", "经营合作项目经中心班子会研究，合同法律审核。"),
            ("政务服务购买项目中为关系企业打招呼", "外部环境", "Ⅰ级", "政务服务项目按政府采购程序实施。"),
        ]),
        ("中心领导", "副主任", "笪琬澂", "leader", [
            ("活动承办费用结算把关不严", "业务流程", "Ⅱ级", "活动费用按预算结算，决算经财务审核。"),
        ]),
        ("新闻采编部", "部长", "苌翯岑", "middle", [
            ("搞有偿新闻、收取“版面费”", "思想道德", "Ⅰ级", "稿件三审制，采编与经营两分开。"),
            ("对批评报道涉及单位说情撤稿", "岗位职责", "Ⅱ级", "撤稿须书面申请并经主任审批。"),
        ]),
        ("新闻采编部", "记者", "阚澍蘅", "general", [
            ("采访中接受被采访单位礼品、宴请", "外部环境", "Ⅲ级", "采访实行两人以上，拒收登记。"),
        ]),
        ("广告经营部", "部长", "濮棠翊", "middle", [
            ("广告刊播价格随意打折、私自减免", "制度机制", "Ⅰ级", "广告价格表公开，折扣按权限审批。"),
            ("广告收入不入账、截留私分", "业务流程", "Ⅰ级", "广告款一律对公转账，每月对账。"),
        ]),
        ("技术保障部", "技术员", "扎西旺堆", "general", [
            ("设备采购、维修虚报配件", "岗位职责", "Ⅱ级", "设备维修更换配件旧件回收登记。"),
        ]),
        ("综合办公室", "会计", "佘珮瑶", "general", [
            ("虚列劳务费、稿费套取资金", "制度机制", "Ⅱ级", "稿费、劳务费按名册发放至个人银行卡。"),
            ("公务用车私用", "思想道德", "Ⅲ级", "派车单和行车记录按月核对。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分Ⅰ级（高）、Ⅱ级（中）、Ⅲ级（低）。", 8)
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "media_checklist", "https://jsnews.jschina.com.cn/kjwt/202211/t20221117_3113204.shtml",
        "县融媒体中心 廉政风险点排查表, after the source's study of 县级融媒体中心 经营 (“造血”, 内循环, 本地化, 政务服务购买, "
        "活动承办, 偏离主业): a title, a merged ``单位：…　…　排查时间：2024年5月`` line, then 序号/部门 merged (中心领导, "
        "新闻采编部, 广告经营部, 技术保障部, 综合办公室)/岗位 and ``责任人`` merged per person (two of them Tibetan names)/"
        "风险点/风险类型 (short names)/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; a ``注：`` line on the levels and a "
        "填表人/审核人/主任签字 line",
        [sh], t,
    )  # fmt: skip


def forestry_duty_list() -> dict:
    unit = f"{PLACE}林业和草原局"
    sh = _Sheet("责任清单", [6, 13, 9, 16, 38, 8, 34, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add("序号", "股室（站）", "岗位", "职权事项", "廉政风险点", "风险等级", "防控措施", "备注")
    rows = [
        ("局领导", "局长", "leader", "重大事项决策", "林业项目资金安排搞“一言堂”", "高",
         "落实“三重一大”集体决策，会议纪要存档。", None),
        ("林政资源股", "股长", "middle", "林木采伐许可", "超采伐限额或为不符合条件的申请人发放采伐许可证", "高",
         "采伐许可网上办理，限额台账公开。", "重点岗位"),
        ("林政资源股", "科员", "general", "木材运输检查", "对非法运输木材查处不力、收受好处放行", "中",
         "检查两人以上，查处结果登记备查。", None),
        ("林政资源股", "科员", "general", "使用林地审核", "对乱占林地行为不核查即出具审核意见", "高",
         "使用林地现场查验，审核意见集体研究。", None),
        ("生态保护修复股", "股长", "middle", "生态护林员选聘", "生态护林员选聘优亲厚友、吃空饷", "中",
         "选聘结果在村公示，护林员巡护轨迹按月核查。", None),
        ("生态保护修复股", "股长", "middle", "造林绿化项目验收", "造林面积、成活率验收弄虚作假", "高",
         "验收邀请第三方和乡镇共同参加，结果公示。", None),
        ("林业工作站", "站长", "middle", "偷砍盗伐案件巡查", "对偷砍盗伐、乱砍滥伐线索隐瞒不报", "中",
         "巡查记录上传平台，线索登记移交。", None),
        ("林业工作站", "会计", "general", "林业补贴资金发放", "虚报冒领天然林管护、草原补奖资金", "中",
         "补贴资金“一卡通”发放，名单与面积核对公示。", None),
        ("草原股", "股长", "middle", "草原禁牧和草畜平衡核查", "禁牧和草畜平衡核查走过场", "低",
         "核查对象随机抽取，核查结果公开。", None),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, duty, point, lv, measures, note) in enumerate(rows, 1):
        sh.add(n, dept, post, duty, point, lv, measures, note)
        t.point(sh.name, dept, post, "", tier, point, [], HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    _line(sh, "注：风险等级分高、中、低三级；本清单对岗不对人，岗位人员变动时清单不变。", 8)
    sh.add("编制：", None, "审核：", None, None, "局长：", None, "2024年5月")
    return _layout(
        "forestry_duty_list", "http://6dgww.com/Article/12610239.html",
        "县林业和草原局 廉政风险防控责任清单 对岗不对人, after the source's 市林业 调研 (乱砍滥伐, 偷砍盗伐, 非法运输木材, "
        "乱占林地, 林政资源管理站, 执法人员少): a title, then 序号/``股室（站）`` merged (局领导, 林政资源股, 生态保护修复股, "
        "林业工作站, 草原股)/岗位 merged per post/``职权事项``/廉政风险点/风险等级 高/中/低/防控措施/``备注`` (``重点岗位``); "
        "no type column and no names; a ``注：`` line and an 编制/审核/局长/date line",
        [sh], t,
    )  # fmt: skip


def natres_self_check() -> dict:
    unit = f"{PLACE}自然资源局"
    t = _Truth(unit)
    people = [
        ("国土空间规划股", "鞠翾棣", "男", "股长", "2011.07", "middle", [
            ("负责建设项目规划条件和“两证一书”审核", [
                ("违规调整规划条件，提高容积率", "岗位职责", "高级", "规划条件调整经规委会审议并公示。"),
                ("规划许可审核超时限、吃拿卡要", "思想道德", "中级", "审批事项全程网办，时限自动预警。"),
            ]),
            ("负责村庄规划编制组织", [
                ("村庄规划编制单位选定不公开", "制度机制", "低级", "编制单位按政府采购程序确定。"),
            ]),
        ]),
        ("矿产资源管理股", "逄泠岱", "女", "科员", "2016.09", "general", [
            ("负责矿山动态巡查和排危工程监管", [
                ("以排危工程名义违规采挖矿石不制止", "岗位职责", "高级", "排危工程方案联合审查，采挖量按月核验。"),
                ("动态巡查发现问题不记录、不上报", "业务流程", "中级", "巡查记录拍照上传，问题限时上报。"),
            ]),
        ]),
        ("耕地保护股", "甄澈霏", "男", "股长", "2009.12", "middle", [
            ("负责耕地占补平衡和违法用地整改", [
                ("补充耕地项目验收弄虚作假", "业务流程", "高级", "补充耕地验收邀请农业农村部门共同参加。"),
                ("违法用地整改销号把关不严", "制度机制", "中级", "整改销号实地复核，资料归档备查。"),
                ("接受用地单位宴请、礼品", "外部环境", "低级", "签订廉洁承诺书，拒收登记。"),
            ]),
        ]),
    ]  # fmt: skip
    sheets = []
    for dept, who, sex, post, since, tier, duties in people:
        sh = _Sheet(dept, [6, 22, 34, 9, 9, 32])
        _line(sh, f"{unit}干部职工廉政风险自查表", 6)
        sh.add("姓名", who, "性别", sex, "政治面貌", "中共党员")
        sh.add("所在股室", dept, "职务", post, "参加工作时间", since)
        sh.add("序号", "岗位职责", "风险点", "风险类型", "风险等级", "防范措施")
        first = len(sh.rows)
        n = 0
        for duty, points in duties:
            for point, typ, lv, measures in points:
                n += 1
                sh.add(n, duty, point, typ, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), RANKS[lv])
        _merge_down(sh, first, [(1, lambda row: row[1])])
        sh.add()
        sh.add("自查人（签名）：", None, "股室负责人审核：", None, "2024年5月", None)
        sheets.append(sh)
    return _layout(
        "natres_self_check", "http://zgwc.gov.cn/news_show.aspx?id=204829",
        "县自然资源局 干部职工廉政风险自查表, one sheet a person (tabs the 股室), after the source's 县自然资源局 整改 "
        "(违法用地, 矿山排危, 多头审批, 动态巡查, 自然资源所, 耕地保护): a title, ``姓名 | … | 性别 | … | 政治面貌 | …`` "
        "and ``所在股室 | … | 职务 | … | 参加工作时间 | …`` above, then 序号/``岗位职责`` merged down/风险点/风险类型 "
        "(short names)/风险等级 ``高级/中级/低级``/防范措施; a blank row and ``自查人（签名）： | 股室负责人审核：`` with "
        "a date",
        sheets, t,
    )  # fmt: skip


def medical_insurance_list() -> dict:
    unit = f"{PLACE}医疗保障局"
    sh = _Sheet("风险清单", [6, 14, 38, 13, 9, 34, 14, 9, 9])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控清单", 9)
    sh.add(
        "序号",
        "业务环节",
        "廉政风险点",
        "风险类型",
        "风险等级",
        "防控措施",
        "责任股室",
        "责任岗位",
        "责任人",
    )
    tiers = {"局长": "leader", "股长": "middle", "主任": "middle", "稽核员": "general",
             "经办员": "general"}  # fmt: skip
    lead, fund, centre, med = "局领导", "基金监管股", "医疗保障事务中心", "医药服务管理股"
    rows = [
        ("定点医药机构信用评定", "信用等级评定中为关系机构提高等级", "岗位职责风险", "高风险",
         "评定标准公开，评定结果集体审定并公示。", med, "股长", "滕琰璆"),
        ("定点医药机构信用评定", "评定中收受医药机构好处", "思想道德风险", "高风险",
         "评定组成员随机抽取，签订廉洁承诺书。", med, "股长", "滕琰璆"),
        ("日常稽查", "稽查中发现进销存台账不符不处理", "岗位职责风险", "中风险",
         "稽查两人以上，问题清单逐项登记。", fund, "稽核员", "雒沂澜"),
        ("日常稽查", "对异地就医费用异常疑点不核查", "业务流程风险", "中风险",
         "智能监管疑点数据逐条核查，结果留痕。", fund, "稽核员", "雒沂澜"),
        ("违规处理", "暂停医保结算、解除服务协议标准不一", "制度机制风险", "高风险",
         "处理意见经局务会集体研究，处理结果公开曝光。", lead, "局长", "敖暄彧"),
        ("违规处理", "追回违规基金不足额、不及时", "业务流程风险", "中风险",
         "追回资金台账管理，按月与财政对账。", fund, "股长", "咸淏舟"),
        ("待遇支付", "DRG结算中违规调整分组和支付标准", "制度机制风险", "中风险",
         "分组和支付标准按上级规定执行，调整须集体研究。", centre, "主任", "暨昙薇"),
        ("待遇支付", "违规办理医保报销、虚增报销金额", "岗位职责风险", "低风险",
         "报销实行初审、复核两级审核。", centre, "经办员", "荆澪暄"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (step, point, typ, lv, measures, dept, post, who) in enumerate(rows, 1):
        sh.add(n, step, point, typ, lv, measures, dept, post, who)
        t.point(sh.name, dept, post, who, tiers[post], point, types_in(typ), BANDS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add()
    sh.add("填表人：", None, None, "审核人：", None, "局长（签字）：", None, None, None)
    return _layout(
        "medical_insurance_list",
        "http://www.cqsdj.gov.cn/bmjz/bm/ylbzj/zwxx_72397/dt_72399/202511/t20251110_15150957_wap.html",
        "县医疗保障局 廉政风险防控清单, after the source's 县医保局 信用评定 (定点医药机构 信用等级, 进销存台账, 异地就医"
        "费用, 分类监管, 暂停医保结算, 解除服务协议, DRG支付方式改革, 智能监管 疑点数据): a title, then 序号/``业务环节`` "
        "merged/廉政风险点/风险类型 ``…风险``/风险等级 ``高风险/中风险/低风险``/防控措施 and the holder LAST in "
        "``责任股室 | 责任岗位 | 责任人`` (局领导, 基金监管股, 医疗保障事务中心, 医药服务管理股; a person's rows apart); "
        "a blank row and a 填表人/审核人/局长签字 line",
        [sh], t,
    )  # fmt: skip


def economy_group_rows() -> dict:
    unit = f"{PLACE}经济商务和信息化局"
    sh = _Sheet("一览表", [6, 10, 9, 40, 10, 8, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    _line(sh, "风险等级：★★★为高风险，★★为中风险，★为低风险。", 7)
    sh.add("序号", "岗位", "责任人", "风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、局领导", "局领导", [
            ("局长", "戎瑄沅", "leader", [
                ("工业和信息化发展资金分配不经集体研究", "制度机制", "★★★", "资金分配方案经局党组会研究，结果公示。"),
                ("为企业申报项目打招呼、说情", "思想道德", "★★★", "落实插手干预重大事项记录报告制度。"),
            ]),
            ("副局长", "芮蘅澍", "leader", [
                ("专项资金检查结果审核把关不严", "岗位职责", "★★", "检查结果经分管领导、局长两级审核。"),
            ]),
        ]),
        ("二、工业和信息化股", "工业和信息化股", [
            ("股长", "冶珣岑", "middle", [
                ("企业项目申报材料真实性审核不严", "岗位职责", "★★★", "申报项目逐个现场核查，合同发票与设备比对。"),
                ("项目验收走过场", "业务流程", "★★", "验收联合财政局等部门组成专班。"),
            ]),
            ("科员", "滑淇瑗", "general", [
                ("“双随机”抽查不按抽签结果实施", "业务流程", "★★", "抽签全程录像，抽查对象和结果公开。"),
            ]),
        ]),
        ("三、商务股", "商务股", [
            ("股长", "闵璆沣", "middle", [
                ("消费补贴资金发放审核不严、重复发放", "制度机制", "★★", "补贴名单与销售发票、系统数据核对。"),
                ("成品油经营企业检查中接受宴请", "外部环境", "★", "检查两人以上，签订廉洁承诺书。"),
            ]),
        ]),
        ("四、办公室", "办公室", [
            ("主任", "隗蕊汀", "middle", [
                ("公务接待、会议费超标准列支", "业务流程", "★", "接待和会议实行事前审批、清单报销。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for caption, dept, people in groups:
        _line(sh, caption, 7)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for point, typ, lv, measures in points:
                n += 1
                sh.add(n, post, who, point, typ, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), STARS[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add()
    sh.add("填表人：", None, None, "局长（签字）：", None, "2024年4月", None)
    return _layout(
        "economy_group_rows", "http://mawei.gov.cn/xjwz/zwgk/ssjgk/202312/t20231229_4747205.htm",
        "县经济商务和信息化局 岗位廉政风险防控一览表, after the source's 区工信局 “双随机、一公开” 检查 of 工业和信息化发展资金 "
        "(抽签, 执法人员, 资金拨付到位, 一抽查一通报): a title, a legend line ``风险等级：★★★为高风险，★★为中风险，★为低风险。`` "
        "above the header 序号/岗位/``责任人``/风险点/风险类型 (short names)/风险等级 ``★★★/★★/★``/防控措施, then group rows "
        "``一、局领导``, ``二、工业和信息化股``, ``三、商务股``, ``四、办公室`` merged across (no 股室 column), 岗位 and 责任人 "
        "merged per person; a blank row and a 填表人/局长签字/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    stats_report_columns(),
    veterans_list(),
    audit_cards(),
    media_checklist(),
    forestry_duty_list(),
    natres_self_check(),
    medical_insurance_list(),
    economy_group_rows(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch249-inbox"))

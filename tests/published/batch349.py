"""The three-hundred-and-forty-ninth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one district's 城市管理 and
生态环境 bodies, 成华区 (a district of 成都, its staff Han) — its 综合行政执法局 and the 环境卫生管理所
and 园林绿化服务中心 under it, two 街道's 综合行政执法中队 (府青路街道, 双桥子街道), its 生态环境局 and the
生态环境保护综合行政执法大队 and 生态环境监测站 under it — each handing back the 一览表, 防控卡, 排查表,
责任清单 or 自查表 its staff typed in WPS or Excel:

- the 综合行政执法局's 一览表 under ``附件1``: ``科室`` merged (局领导, 市容管理科, 执法监督科, 办公室),
  ``姓名`` and ``职务`` merged per person (the name BEFORE the post), the 风险点, ``…风险`` types,
  高/中/低, the measures and a 填表人/审核人/date line;
- the 生态环境局's file in two sheets: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``科室`` (``科室`` merged, ``岗位`` and ``姓名`` merged per person), ``一级/二级/三级``, no type column,
  a 填表人/审核人 line under each;
- the 环境卫生管理所's 防控卡, one sheet a holder (tabs 所长, 保洁管理科科长, 收费员): ONE ROW OF THREE
  PAIRS ``姓　名 | … | 科　室 | … | 职　务 | …`` above ``序号 | 风险点 | 主要表现 | 风险类型 | 风险等级 |
  防控措施``, a short 风险点 beside a long ``主要表现``, short types, ``★★★/★★/★`` read by a ``注：`` line,
  ``持卡人签字： | … | 监督电话：…``;
- the 府青路街道综合行政执法中队's 自查表, one sheet a person (tabs named by the person): a merged
  ``单位：…`` line, the pairs ``姓　名 | … | 职　务 | … | 填表时间 | …`` above ``序号 | 岗位职责 |
  风险点 | 风险等级 | 防控措施 | 自查结果``, ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column, ``本人签名： | … |
  中队长审核：`` (the 中队 is a unit of its own and has no 科室);
- the 园林绿化服务中心's 排查表 对岗不对人: ``股室`` merged, ``岗位`` merged per post, a short ``风险点``
  beside a long ``风险表现``, the LEVEL BEFORE the type (``风险等级 | 风险类型``), ``高风险/中风险/低风险``,
  ``…风险`` types; no names; an 编制/审核/date line;
- the 生态环境保护综合行政执法大队's 责任清单 under ``附件2`` and a ``填报单位（盖章）：…　填报时间：…``
  line: ``中队`` merged, ``岗位`` and ``责任人`` merged per person, ``职责事项`` before the
  ``廉政风险点``, short types in ``风险类别``, ``一级风险/二级风险/三级风险``, a 填表人/审核人/大队长（签字）
  line;
- the 生态环境监测站's 一览表 under GROUP ROWS ``一、站领导`` … ``四、综合办公室`` merged across (no 科室
  column): ``岗位 | 姓名`` merged per person, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line, no type column, a
  制表/审核/date line.

One is harder:

- ``chenghua_shuangqiaozi_squadron_level_blocks``: the 双桥子街道综合行政执法中队's 廉政风险防控一览表
  SORTED BY LEVEL INTO THREE STACKED BLOCKS, each opened by its OWN HEADING ROW whose risk column is
  headed by the level: ``序号 | 高风险点 | 责任岗位 | 责任人 | 防控措施``, its rows (序号 1, 2, …), then
  straight under them ``序号 | 中风险点 | 责任岗位 | 责任人 | 防控措施`` and its rows (序号 from 1
  again), then ``序号 | 低风险点 | …`` and its rows; no blank row between the blocks, NO level column,
  no group or caption row, no note on the levels: a point's level is ONLY the word in the heading
  of its block (高风险点 → 1, 中风险点 → 2, 低风险点 → 3). ``责任岗位`` and ``责任人`` are written on
  every row, one person's points spread over the three blocks. The README's 读得懂的表 knows levels
  given by a sheet's name or title (``一级风险 | 二级风险 | 三级风险`` sheets, ``…一级廉洁风险点清单``),
  by a GROUP ROW merged across (``一、一级风险点``, ``一、高风险点（共4个）``, a group row ending
  ``（风险等级：高）``), by ``廉政风险点`` split into SIDE-BY-SIDE columns ``高风险 | 中风险 | 低风险``,
  by a 公示栏's level bands, by ``分级防控措施`` over level columns, and it reads a heading ``二类风险``,
  ``较大风险`` as a level or type heading, not as the risk column; it does not describe a list cut into
  stacked blocks whose repeated heading rows differ only in the level word heading the risk
  column, so that the level of each row is the heading above it.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a collection of essays on 城市管理
与执法 — the 综合执法科, 市容环境卫生, 市政管理, 城市绿化, 乱建乱搭, 无照商贩, 无证饮食摊点, 执法证件; a 环保局's
半年工作总结 — 建设项目审批, 环境影响评价文件, 立项审查, 三同时, 环境监察, 环境监测; a 区环卫所's 道路保洁
绩效自评 — 检查考核, 作业公司, 经费使用操作规程, 资金申报和拨付; a 街办 setting up a 综合执法中队 — 中队长,
副中队长, 队员, 市容环境卫生日常监管, 行政处罚, 巡查工作日志; a city's 城市绿化条例 — 绿地管理, 临时占用
绿地, 绿地占用费, 公园绿地经营, 出租; a 县 生态环境执法大队's “双随机、一公开” 实施方案 — 抽查内容, 排污
单位, 三同时, 机动车排放检验机构, 涉企检查计划; a 县 on 生态环境监管 — 地表水、地下水监测, 重点排污单位
监督性监测, 污水处理厂水质监测, 环评审批, 排污许可; a 街道综合行政执法中队 on holiday duty — 违法建设
巡查, 扬尘治理, 渣土车辆, 占道经营, 游商浮贩, 垃圾分类, 文明养犬) and the layout follows their words for
the unit, its parts, its posts and its risks. The rows are worded by us, the names invented (rare Han
surnames with rare given names, three characters each); every unit is a body of 成华区, named with the
district's name.

Run ``python tests/published/score.py --set batch349`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each block's heading gives the level of the rows under it down to the next
  heading (``高风险点`` 1, ``中风险点`` 2, ``低风险点`` 3), and the point is the cell under that
  heading; the three headings are one table's, not three tables: one person's points in several
  blocks are one form (the post in ``责任岗位``, the holder in ``责任人``); the repeated headings and the
  制表 line are no points;
- ``局领导`` (a 科室 cell, the 生态环境局's sheet whose title names it), ``所领导``, ``中心领导``, ``大队领导``
  and the group row ``一、站领导`` are the 科室 of those leaders; a 局's 科 and 办公室, a 所's 科 and 财务室,
  a 中心's 股, a 大队's 中队 and 综合科, a 站's 科 and 综合办公室 are 科室; a group row ``二、监测科`` gives
  the 科室 ``监测科`` (its number left off); the two 街道's 综合行政执法中队 are units of their own with no
  科室 (``""``);
- 局长, 副局长, 所长, 中心主任, 大队长, 副大队长 and 站长 are leaders; 科长, 股长, 中队长 and 副中队长 middle
  (a 中队's rank, as in batches 18 and 280, even where the 中队 is the unit); the rest (科员, 出纳, 会计,
  收费员, 执法队员, 内勤, 技术员, 监测员) general;
- ``风险点 | 主要表现`` and ``风险点 | 风险表现``: the point is the short 风险点; ``职责事项``, ``岗位职责``,
  ``分管工作`` and ``自查结果`` are no points and name no holder; the 园林绿化服务中心's list names no person:
  its forms are posts (对岗不对人);
- ``高/中/低``, ``一级/二级/三级``, ``★★★/★★/★`` (read by the card's note), ``Ⅰ级/Ⅱ级/Ⅲ级``,
  ``高风险/中风险/低风险``, ``一级风险/二级风险/三级风险``, bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the 监测站's note) and
  the harder file's headings ``高风险点/中风险点/低风险点`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.batch287 import _per_person
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b349_"
PLACE = "成华区"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"


# --------------------------------------------------------------------------- harder layout

BLOCK_HEADS = {"高风险点": 1, "中风险点": 2, "低风险点": 3}
# post -> (tier, holder)
SQUAD = {
    "中队长": ("middle", "寇峣霁"),
    "副中队长": ("middle", "亢玮璠"),
    "执法队员": ("general", "酆沁沣"),
    "内勤": ("general", "綦珮瑶"),
}
# the three blocks: heading word -> [(风险点, 责任岗位, 防控措施)]
BLOCKS = [
    ("高风险点", [
        ("违法建设查处中对在建违建降格处理、只拆不罚", "中队长", "违建处理意见集体研究，处理结果报街道备案。"),
        ("对渣土运输车辆违规行为选择性执法，收受运输企业好处", "执法队员", "渣土车辆查处全程执法记录仪记录，案卷逐月评查。"),
        ("罚没款不按规定上缴，以收代罚", "内勤", "罚没款一律通过非税系统缴纳，按月对账。"),
        ("扬尘治理检查前向工地泄露检查安排", "副中队长", "检查工地随机抽取，检查安排当日通知。"),
    ]),
    ("中风险点", [
        ("占道经营、游商浮贩整治中对熟人摊点网开一面", "执法队员", "整治对象和结果在社区公示，接受群众监督。"),
        ("行政处罚自由裁量权行使随意，同案不同罚", "中队长", "严格执行裁量基准，处罚决定法制审核。"),
        ("夜间施工扰民投诉压案不办", "副中队长", "投诉件登记编号，办理结果回访。"),
        ("暂扣物品登记不全、私自处理", "内勤", "暂扣物品双人登记入库，处理报中队长审批。"),
    ]),
    ("低风险点", [
        ("执法巡查日志填写不实，巡查走过场", "执法队员", "巡查轨迹定位上传，巡查日志每周抽查。"),
        ("垃圾分类、文明养犬宣传经费报销不实", "内勤", "宣传物资采购比价，领用登记存档。"),
        ("接受辖区商户节日礼品、购物卡", "副中队长", "节前廉洁提醒，拒收登记上报。"),
    ]),
]  # fmt: skip
BLOCK_COLS = ("序号", None, "责任岗位", "责任人", "防控措施")


def block_heading(word: str) -> tuple:
    return tuple(word if h is None else h for h in BLOCK_COLS)


def chenghua_shuangqiaozi_squadron_level_blocks() -> dict:
    unit = f"{PLACE}双桥子街道综合行政执法中队"
    t = _Truth(unit)
    sh = _Sheet("一览表", [6, 40, 11, 10, 36])
    _line(sh, f"{unit}廉政风险防控一览表", len(BLOCK_COLS))
    for word, rows in BLOCKS:
        sh.add(*block_heading(word))
        for i, (point, post, measures) in enumerate(rows, 1):
            tier, who = SQUAD[post]
            sh.add(i, point, post, who, measures)
            t.point(sh.name, "", post, who, tier, point, [], BLOCK_HEADS[word])
    sh.add("制表：", None, "审核：", None, "2025年10月")
    return _layout(
        "chenghua_shuangqiaozi_squadron_level_blocks", "https://qingdaoxinxigang.cn/article-14987-1.html",
        "(harder) 街道综合行政执法中队 廉政风险防控一览表 SORTED BY LEVEL INTO THREE STACKED BLOCKS whose level is ONLY the word "
        "heading the risk column of each block's own heading row, after the source's 街道综合行政执法中队 on holiday duty (违法建设, "
        "扬尘治理, 渣土车辆, 占道经营, 游商浮贩, 垃圾分类, 文明养犬): a title, then ``序号 | 高风险点 | 责任岗位 | 责任人 | 防控措施`` "
        "and its rows, straight under them ``序号 | 中风险点 | …`` and its rows (序号 from 1 again), then ``序号 | 低风险点 | …`` and "
        "its rows; no level column, no group row, no note; 责任岗位 and 责任人 on every row, one person's points in several blocks; "
        "a 制表/审核/date line; no type column",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def chenghua_enforcement_bureau_list() -> dict:
    unit = f"{PLACE}综合行政执法局"
    sh = _Sheet("一览表", [6, 12, 9, 9, 36, 13, 8, 32])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "姓名", "职务", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "訾澔骞", "局长", "leader", [
            ("市容环境卫生作业服务项目发包不经集体研究", "制度机制风险", "高", "项目发包局党组会研究，按规定公开招标。"),
            ("对下属执法大队重大案件处理打招呼、干预", "思想道德风险", "高", "领导干部插手干预案件事项登记报告。"),
        ]),
        ("局领导", "蒯峤彧", "副局长", "leader", [
            ("户外广告设置审批把关不严，为关系企业开绿灯", "岗位职责风险", "中", "审批条件公开，审批结果网上可查。"),
        ]),
        ("市容管理科", "鄂泠筱", "科长", "middle", [
            ("乱建乱搭整治中对违法建设认定降低标准", "岗位职责风险", "高", "违建认定两人以上现场核查，认定意见复核。"),
            ("无证饮食摊点备案审核不严，收受摊主好处", "外部环境风险", "中", "备案条件公示，审核结果按月抽查。"),
        ]),
        ("市容管理科", "璩曦沄", "科员", "general", [
            ("城市绿化日常检查走过场，检查记录不实", "业务流程风险", "低", "检查记录拍照上传，科长每周抽查。"),
        ]),
        ("执法监督科", "郜淼骁", "科长", "middle", [
            ("执法证件办理和使用监督不严，无证人员上岗执法", "制度机制风险", "中", "执法证件统一登记，定期清理公示。"),
            ("行政复议、应诉案件处理中偏袒执法人员", "思想道德风险", "低", "复议案件集体审议，结果公开。"),
        ]),
        ("办公室", "宦珈沂", "出纳", "general", [
            ("罚没款项不及时缴库，坐支挪用", "业务流程风险", "中", "罚没款按日缴库，出纳与会计每月对账。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, who, post, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, who, post, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, "2025年10月", None, None)
    return _layout(
        "chenghua_enforcement_bureau_list", "https://wenshuyi.com/a/fileto32tafd.html",
        "区综合行政执法局 岗位廉政风险防控一览表, after the source's essays on 城市管理与执法 (综合执法科, 市容环境卫生, 城市绿化, 乱建乱搭, "
        "无证饮食摊点, 执法证件): ``附件1``, a title, 序号/科室 merged (局领导, 市容管理科, 执法监督科, 办公室)/姓名 and 职务 merged per "
        "person (the name before the post)/风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def chenghua_ecology_bureau_two_sheets() -> dict:
    unit = f"{PLACE}生态环境局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 24, 36, 9, 32])
    _line(lead, f"{unit}局领导廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("阚砚澂", "局长", "主持全面工作", [
            ("建设项目环境影响评价文件审批搞“一言堂”", "一级", "环评审批实行技术审查、集体审议两道关口。"),
            ("污染防治专项资金分配不经集体研究", "一级", "资金分配方案党组会研究，分配结果公开。"),
        ]),
        ("厍棠滢", "副局长", "分管自然生态科、污染防治科", [
            ("“三同时”监督检查中对企业未落实事项放任不管", "二级", "检查结果书面反馈，整改情况跟踪销号。"),
            ("对重点排污单位环境监察打招呼、说情", "二级", "说情打招呼事项登记报告。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, lead.name, post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    lead.add("填表人：", None, None, "审核人：", None, "2025年10月", None)
    dept = _Sheet("科室", [6, 14, 9, 9, 36, 9, 32])
    _line(dept, f"{unit}科室岗位廉政风险防控表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("环境影响评价科", "科长", "暨蕤瑗", "middle", [
            ("环评文件技术审查降低标准，为不符合条件的项目出具意见", "一级", "技术审查专家随机抽取，审查意见存档。"),
            ("立项审查中泄露企业申报信息", "三级", "申报资料专人保管，查阅登记。"),
        ]),
        ("自然生态科", "科员", "扈沣玥", "general", [
            ("生态创建申报材料审核不实", "二级", "申报材料双人审核，科长复核。"),
        ]),
        ("污染防治科", "科长", "禄桉澜", "middle", [
            ("大气、水污染治理项目验收把关不严", "一级", "验收邀请专家参加，验收资料公开。"),
            ("信访投诉件调查处理不到现场", "三级", "投诉件限时办结，结果回访。"),
        ]),
        ("财务科", "会计", "弘霈琦", "general", [
            ("专项资金支付不按审批单办理", "二级", "支付凭审批单办理，网银U盾分人保管。"),
        ]),
    ]  # fmt: skip
    first = len(dept.rows)
    n = 0
    for d, post, who, tier, points in rows:
        for point, lv, measures in points:
            n += 1
            dept.add(n, d, post, who, point, lv, measures)
            t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("填表人：", None, None, "审核人：", None, "2025年10月", None)
    return _layout(
        "chenghua_ecology_bureau_two_sheets", "https://bbs.pinggu.org/thread-14189731-1-1.html",
        "区生态环境局 廉政风险防控表 in two sheets, after the source's 环保局 半年工作总结 (建设项目审批, 环境影响评价文件, 立项审查, "
        "三同时, 环境监察, 环境监测): ``局领导`` (a title, 序号/姓名, 职务 and 分管工作 merged per leader/廉政风险点/风险等级 "
        "``一级/二级/三级``/防控措施; a 填表人/审核人/date line) and ``科室`` (a title, 序号/科室 merged/岗位 and 姓名 merged per "
        "person/…; the same line); no type column",
        [lead, dept], t,
    )  # fmt: skip


def chenghua_sanitation_office_cards() -> dict:
    unit = f"{PLACE}环境卫生管理所"
    t = _Truth(unit)
    cards = [
        ("所长", "戎霁汀", "所长", "所领导", "leader", [
            ("道路清扫保洁作业公司考核打分不公，为关系公司加分", "作业公司考核打分不公", "制度机制", "★★★",
             "考核细则公开，考核结果所务会研究并公示。"),
            ("环卫经费使用不按操作规程审批", "环卫经费审批不严", "岗位职责", "★★★", "经费支出分级审批，大额支出集体研究。"),
            ("接受作业公司宴请、礼品", "收受作业公司宴请礼品", "外部环境", "★★", "签订廉洁承诺书，拒收登记。"),
        ]),
        ("保洁管理科科长", "蔺澈沅", "科长", "保洁管理科", "middle", [
            ("道路保洁检查考核不到现场，考核记录失实", "保洁检查考核失实", "岗位职责", "★★★",
             "检查考核两人以上，现场拍照存档。"),
            ("作业公司扣款通知压下不发", "考核扣款压下不发", "业务流程", "★★", "扣款通知按月公示，财务室复核。"),
        ]),
        ("收费员", "都茈萦", "收费员", "财务室", "general", [
            ("垃圾处理费收取后不入账、截留", "垃圾处理费截留", "业务流程", "★★★", "收费一律开具票据，按日缴存。"),
            ("减免收费不按规定审批", "违规减免收费", "制度机制", "★★", "减免申请经科长、所长审签。"),
            ("收费票据保管不规范，丢失不报", "收费票据保管不善", "思想道德", "★", "票据领用登记，定期核销。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, dept, tier, points in cards:
        sh = _Sheet(tab, [6, 30, 12, 10, 9, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 6)
        sh.add(f"姓{GAP}名", who, f"科{GAP}室", dept, f"职{GAP}务", post)
        sh.add("序号", "风险点", "主要表现", "风险类型", "风险等级", "防控措施")
        for i, (desc, point, typ, stars, measures) in enumerate(points, 1):
            sh.add(i, point, desc, typ, stars, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), STARS[stars])
        _line(sh, "注：风险等级★★★为高风险，★★为中风险，★为低风险。", 6)
        sh.add("持卡人签字：", None, None, "监督电话：028-83123456", None, None)
        sheets.append(sh)
    return _layout(
        "chenghua_sanitation_office_cards", "https://www.wanglu.net/thread/t12-184269-2.html",
        "区环境卫生管理所 岗位廉政风险防控卡, one sheet a holder (tabs 所长, 保洁管理科科长, 收费员), after the source's 区环卫所 道路保洁 "
        "绩效自评 (检查考核, 作业公司, 经费使用操作规程, 资金申报和拨付): a title, ONE ROW OF THREE PAIRS ``姓　名 | … | 科　室 | … | "
        "职　务 | …``, then 序号/a short 风险点/a long ``主要表现``/风险类型 (short names)/风险等级 ``★★★/★★/★``/防控措施; a merged "
        "``注：`` line on the stars and ``持卡人签字： | 监督电话：…``",
        sheets, t,
    )  # fmt: skip


def chenghua_fuqinglu_squadron_selfchecks() -> dict:
    unit = f"{PLACE}府青路街道综合行政执法中队"
    t = _Truth(unit)
    people = [
        ("晁岿衍", "中队长", "middle", [
            ("组织市容环境卫生日常监管", "对辖区违规经营行为处罚不一，优亲厚友", "Ⅰ级", "处罚案件法制审核，结果公示。", "未发现"),
            ("审批案件处理意见", "案件处理意见不经集体讨论", "Ⅱ级", "重大案件中队会集体讨论。", "已整改"),
        ]),
        ("逄霓溦", "执法队员", "general", [
            ("日常巡查", "巡查中对违规行为不制止、不上报", "Ⅱ级", "巡查轨迹上传，日志每周检查。", "未发现"),
            ("行政处罚调查取证", "调查取证不全，证据不实", "Ⅰ级", "取证全程执法记录仪记录。", "未发现"),
            ("暂扣物品保管", "暂扣物品私自处置", "Ⅲ级", "暂扣物品登记造册，双人保管。", "未发现"),
        ]),
        ("巢翊渟", "执法队员", "general", [
            ("违法建设巡查", "发现违建隐瞒不报，收受当事人好处", "Ⅰ级", "违建巡查两人一组，发现即上报。", "未发现"),
            ("投诉件办理", "投诉件办理拖延，回复不实", "Ⅲ级", "投诉件限时办结，中队长抽查回访。", "未发现"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 18, 36, 9, 32, 10])
        _line(sh, f"{unit}个人廉政风险自查表", 6)
        _line(sh, f"单位：{unit}", 6)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", post, "填表时间", "2025年10月")
        sh.add("序号", "岗位职责", "风险点", "风险等级", "防控措施", "自查结果")
        for i, (duty, point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, duty, point, lv, measures, found)
            t.point(sh.name, "", post, who, tier, point, [], ROMAN[lv])
        sh.add("本人签名：", None, None, "中队长审核：", None, None)
        sheets.append(sh)
    return _layout(
        "chenghua_fuqinglu_squadron_selfchecks", "http://m.news.wmxa.cn/n/201401/68282.html",
        "街道综合行政执法中队 个人廉政风险自查表, one sheet a person (tabs named by the person), after the source's 街办 setting up a "
        "综合执法中队 (中队长, 副中队长, 队员, 市容环境卫生日常监管, 行政处罚, 巡查工作日志): a title, a merged ``单位：…`` line, the pairs "
        "``姓　名 | … | 职　务 | … | 填表时间 | …``, then 序号/``岗位职责``/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查结果``; "
        "no type column, no 科室; ``本人签名： | 中队长审核：``",
        sheets, t,
    )  # fmt: skip


def chenghua_greening_center_posts() -> dict:
    unit = f"{PLACE}园林绿化服务中心"
    sh = _Sheet("排查表", [6, 12, 10, 18, 36, 10, 13, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "股室", "岗位", "风险点", "风险表现", "风险等级", "风险类型", "防控措施")
    rows = [
        ("中心领导", "中心主任", "leader", [
            ("绿化养护项目发包", "养护项目发包不经集体研究，指定养护单位", "高风险", "制度机制风险",
             "养护项目公开招标，中心办公会研究。"),
            ("绿地占用意见出具", "对临时占用绿地出具意见时打招呼、放宽条件", "中风险", "外部环境风险",
             "占用意见集体研究，意见书存档。"),
        ]),
        ("绿地管理股", "股长", "middle", [
            ("绿地占用费核定", "绿地占用费核定少收、免收", "高风险", "岗位职责风险", "占用费按标准核定，股长、分管领导双签。"),
            ("公园绿地经营管理", "默许在公园绿地内违规经营、出租", "中风险", "思想道德风险", "定期巡查公园绿地，发现问题限期整改。"),
        ]),
        ("养护管理股", "技术员", "general", [
            ("养护质量考核", "养护考核打分不实，为养护单位多计工程量", "高风险", "业务流程风险", "考核两人以上，考核结果公示。"),
            ("苗木补植验收", "补植苗木规格数量验收不实", "中风险", "岗位职责风险", "验收现场拍照，随机复查。"),
        ]),
        ("综合股", "会计", "general", [
            ("养护经费支付", "养护经费不按考核结果支付", "低风险", "业务流程风险", "支付凭考核结果和审批单办理。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, tier, points in rows:
        for point, desc, lv, typ, measures in points:
            n += 1
            sh.add(n, dept, post, point, desc, lv, typ, measures)
            t.point(sh.name, dept, post, "", tier, point, types_in(typ), BANDS[lv])
    _per_person(sh, first, 1, 2)
    sh.add("编制：", None, None, "审核：", None, None, "2025年10月", None)
    return _layout(
        "chenghua_greening_center_posts", "http://ask.fsou.com/html/text/lar/172485/17248539_5.html",
        "区园林绿化服务中心 岗位廉政风险点排查表 对岗不对人, after the source's 城市绿化条例 (绿地管理, 临时占用绿地, 绿地占用费, "
        "公园绿地经营, 出租): a title, then 序号/股室 merged (中心领导, 绿地管理股, 养护管理股, 综合股)/岗位 merged per post/a short "
        "风险点/a long ``风险表现``/风险等级 ``高风险/中风险/低风险`` BEFORE 风险类型 ``…风险``/防控措施; no names; an "
        "``编制： | 审核： | 2025年10月`` line",
        [sh], t,
    )  # fmt: skip


def chenghua_eco_enforcement_duties() -> dict:
    unit = f"{PLACE}生态环境保护综合行政执法大队"
    sh = _Sheet("责任清单", [6, 12, 10, 9, 18, 36, 10, 12, 32])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}廉政风险防控责任清单", 9)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 8}填报时间：2025年10月", 9)
    sh.add(
        "序号",
        "中队",
        "岗位",
        "责任人",
        "职责事项",
        "廉政风险点",
        "风险类别",
        "风险等级",
        "防控措施",
    )
    rows = [
        ("大队领导", "大队长", "蓬骥澜", "leader", [
            ("年度执法检查计划", "涉企检查计划制定时为关系企业减少检查频次", "制度机制", "一级风险", "检查计划大队会研究，报区生态环境局备案。"),
            ("重大案件审理", "重大案件处罚意见打招呼、降格处理", "外部环境", "一级风险", "重大案件集体审理，审理记录存档。"),
        ]),
        ("大队领导", "副大队长", "牧璘筠", "leader", [
            ("双随机抽查组织", "抽查对象不按系统随机抽取", "岗位职责", "二级风险", "抽查全程在系统中进行，抽取结果公示。"),
        ]),
        ("执法一中队", "中队长", "钭炜骅", "middle", [
            ("排污单位现场检查", "检查中对超标排放行为不立案、以改代罚", "岗位职责", "一级风险", "检查全程执法记录仪记录，案卷评查。"),
            ("三同时落实检查", "对未落实三同时的项目隐瞒不报", "思想道德", "二级风险", "检查结果书面反馈，中队长复核。"),
        ]),
        ("执法一中队", "执法队员", "滑淇蔚", "general", [
            ("调查取证", "采样送检中调换样品", "业务流程", "一级风险", "采样双人签字封样，送检记录存档。"),
        ]),
        ("执法二中队", "执法队员", "蒲霁桓", "general", [
            ("机动车排放检验机构检查", "对检验机构数据造假行为睁一只眼闭一只眼", "外部环境", "二级风险", "检查对象随机抽取，检查结果公开。"),
            ("信访件调查", "信访件调查不到现场，回复不实", "业务流程", "三级风险", "信访件限时办结，回访核实。"),
        ]),
        ("综合科", "科员", "苍绫萱", "general", [
            ("执法装备采购", "执法装备采购指定品牌", "制度机制", "三级风险", "采购参数会审，按规定政府采购。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for duty, point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, duty, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), RISKS[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, "大队长（签字）：", None, None, None)
    return _layout(
        "chenghua_eco_enforcement_duties",
        "https://www.luoyuan.gov.cn/xjwz/zwgk/ssjygk/202601/t20260116_5272660.htm",
        "区生态环境保护综合行政执法大队 廉政风险防控责任清单, after the source's 县 生态环境执法大队 “双随机、一公开” 实施方案 (抽查内容, "
        "排污单位, 三同时, 机动车排放检验机构, 涉企检查计划): ``附件2``, a title, a merged ``填报单位（盖章）：…　填报时间：2025年10月`` "
        "line, then 序号/中队 merged (大队领导, 执法一中队, 执法二中队, 综合科)/岗位 and 责任人 merged per person/``职责事项``/"
        "廉政风险点/风险类别 (short names)/风险等级 ``一级风险/二级风险/三级风险``/防控措施; a 填表人/审核人/大队长（签字） line",
        [sh], t,
    )  # fmt: skip


def chenghua_eco_monitoring_station_groups() -> dict:
    unit = f"{PLACE}生态环境监测站"
    sh = _Sheet("一览表", [6, 10, 9, 40, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、站领导", "站领导", [
            ("站长", "仉峄澜", "leader", [
                ("监测仪器设备采购不经站务会研究，指定供应商", "Ⅰ", "采购项目站务会研究，按规定政府采购。"),
                ("监测报告签发前授意修改监测数据", "Ⅰ", "监测数据系统自动上传，修改留痕。"),
            ]),
        ]),
        ("二、监测科", "监测科", [
            ("科长", "桓翮渊", "middle", [
                ("重点排污单位监督性监测计划随意调整", "Ⅱ", "监测计划报站务会审定，调整说明理由。"),
            ]),
            ("监测员", "薄琇澜", "general", [
                ("地表水、地下水采样不到点位，编造采样记录", "Ⅰ", "采样定位拍照上传，科长抽查。"),
                ("向企业泄露监督性监测时间", "Ⅱ", "监测时间保密，当日通知。"),
            ]),
        ]),
        ("三、质量管理科", "质量管理科", [
            ("科长", "雍珞霏", "middle", [
                ("污水处理厂水质监测数据审核把关不严", "Ⅱ", "数据三级审核，异常数据复测。"),
            ]),
        ]),
        ("四、综合办公室", "综合办公室", [
            ("会计", "邰沁澐", "general", [
                ("监测试剂、耗材报销票据审核不严", "Ⅲ", "报销票据逐张审核，站长审签。"),
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
                t.point(sh.name, dept, post, who, tier, point, [], BARE[lv])
        _per_person(sh, first, None, 1, 2)
    _line(sh, "注：风险等级Ⅰ为高风险，Ⅱ为中风险，Ⅲ为低风险。", 6)
    sh.add("制表：", None, "审核：", None, "2025年10月", None)
    return _layout(
        "chenghua_eco_monitoring_station_groups", "http://m.cscjyy.com/detail-15943.html",
        "区生态环境监测站 岗位廉政风险防控一览表, after the source's 县 生态环境监管 (地表水、地下水监测, 重点排污单位监督性监测, 污水处理厂"
        "水质监测, 环评审批, 排污许可): a title, 序号/岗位/姓名/廉政风险点/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施 under GROUP ROWS "
        "``一、站领导``, ``二、监测科``, ``三、质量管理科``, ``四、综合办公室`` merged across (no 科室 column); 岗位 and 姓名 merged per "
        "person; no type column; a ``注：`` line on the grades and a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    chenghua_shuangqiaozi_squadron_level_blocks(),
    chenghua_enforcement_bureau_list(),
    chenghua_ecology_bureau_two_sheets(),
    chenghua_sanitation_office_cards(),
    chenghua_fuqinglu_squadron_selfchecks(),
    chenghua_greening_center_posts(),
    chenghua_eco_enforcement_duties(),
    chenghua_eco_monitoring_station_groups(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch349-inbox"))

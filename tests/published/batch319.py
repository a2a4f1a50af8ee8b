"""The three-hundred-and-nineteenth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one district's 市场监管
bodies, 叙州区 (a district of 宜宾 on the 金沙江 and the 岷江, its staff Han) — its
市场监督管理局, the 局's 柏溪, 南岸, 赵场, 高场 and 观音 市场监督管理所, its 检验检测中心 and its
消费者协会 — each handing back the 一览表, 防控卡, 自查表, 排查表, 责任清单 or 交接卡 its staff typed
in WPS or Excel:

- the 市场监督管理局's file in two sheets: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位`` and ``姓名`` merged per person), short types, ``一级/二级/三级``;
- the 柏溪市场监督管理所's 防控卡, one sheet a holder (tabs 所长, 副所长, 监管员): ``姓　名 | … |
  职　务 | …`` and ``所在单位 | … | 执法证号 | …`` in two rows of pairs above ``序号 | 风险点 |
  风险等级 | 防控措施``, ``★★★/★★/★`` read by a ``注：`` line, no type column, ``持卡人（签字）： | … |
  监督电话：…``;
- the 南岸市场监督管理所's 自查表, one sheet a person (tabs named by the person): a label row
  ``姓　名 | 职　务 | 所在单位 | 填表时间`` over a row of values, then ``序号 | 廉政风险点 | 风险类型 |
  风险等级 | 防控措施 | 自查情况``, ``…风险`` types, ``高风险/中风险/低风险``, ``自查人（签名）： | … |
  所长审核：``;
- the 检验检测中心's 排查表 对岗不对人: ``科室`` merged (中心领导, 食品检验室, 计量检定室, 综合室),
  ``岗位`` merged per post, a short ``风险点`` beside a long ``风险描述``, ``Ⅰ级/Ⅱ级/Ⅲ级``, no type
  column, no names; an 编制/审核/date line;
- the 消费者协会's 责任清单 under ``附件2``: ``部门`` merged (秘书处, 投诉调解部, 消费指导部), ``岗位``
  and ``责任人`` merged per person, ``职责事项`` before the ``廉洁风险点``, short types, 高/中/低, an
  ``编制： | 审核： | 2025年8月`` line;
- the 赵场市场监督管理所's 一览表 under GROUP ROWS ``一、所领导``, ``二、食品安全监管组``,
  ``三、综合执法组`` merged across (no 科室 column): ``岗位 | 姓名`` merged per person, a short
  ``风险点`` beside a long ``风险描述``, ``一级风险/二级风险/三级风险``, no type column;
- the 高场市场监督管理所's 一览表 under ``附件1`` and a ``填报单位（盖章）：…　填报时间：…`` line: ``岗位``
  and ``姓名`` written on EVERY row (no merges), short types, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line, a
  填表人/审核人/所长（签字） line.

One is harder:

- ``xuzhou_guanyin_station_handover_cards``: the 观音市场监督管理所's ``关键岗位轮岗廉政风险交接卡``,
  one sheet a post handed over on rotation (tabs 副所长, 食品安全监管员, 登记窗口受理员). Above an
  ordinary small table (``序号 | 廉政风险点 | 风险等级 | 防控措施 | 接收人确认``, 高/中/低, no type
  column) the card has a field row ``交接岗位 | … | 交接事由 | 定期轮岗 | 交接日期 | 2025年8月…`` and a
  field row naming THREE PEOPLE BY THEIR ROLE IN THE HANDOVER: ``移交人 | <who leaves the post> |
  接收人 | <who takes it> | 监交人 | <the 所长, who watches>`` — the same 监交人 on every card; below
  the table a merged ``注：`` line says that from the handover the post's risks are the 接收人's to
  guard, then a sign-off ``移交人（签字）： | 接收人（签字）： | 监交人（签字）：``. The holder of the
  card's points is the 接收人 — the SECOND name of the field row, not the first. The README's
  读得懂的表 knows the holder's fields above a personal table in pairs or as a label row over values
  (``姓名 | 张三 | 职务 | 科员``, ``持卡人 | …``, ``在岗人员``, ``任职人``, ``填表人 | 韩雪``), a holder
  who signs below (``自查人（签名）：…``, ``持卡人（签字）：…``, ``承诺人：…``), a NAME cell with the
  present and the former holder (``现：…⏎原：…（…调离）``), a ``备注`` saying ``该岗位由…接任``, a
  ``原科室``/``轮岗前职务`` record line, a card's ``监督责任人``/``分管领导`` beside a ``持卡人``, and the
  parties of a 责任书 (``乙方`` the holder, not ``甲方``); it does not describe a handover card whose
  header fields name the outgoing holder (``移交人``), the incoming holder (``接收人``) and a
  supervising witness (``监交人``) side by side, where only the 接收人 holds the points.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 县市场监管局's 工作效能 — 执法
透明度, 食品安全, 药品医疗器械, 特种设备, 产品质量, 知识产权, 价格监督检查, 反不正当竞争, 登记注册;
the 市场监管综合执法 reform that set up 市场监管所 as the 局's 派出机构 for 食品药品监管 and 行政
执法; a 区分局's holiday 专项检查 of 零售药店 and 医疗器械 — 进货渠道, 处方药管理, 囤积抬价; a
检验检测机构's 公正性承诺 — 伪造或修改检测数据, 只收费不检测, 样品检验中收受礼品, 检验信息保密; the
消费者协会's 职能 — 受理投诉, 调解, 消费指导; 特种设备 under the 市场监督管理部门 — 定期检验, 作业人员
培训, 事故调查; a 市场监管局's 农贸市场 明码标价 专项检查 — 价签, 货签对位, 电子屏; a 工作交接 办法 —
移交人, 接收人, 监交人, the 工作交接表 the 监交人 checks) and the layout follows their words for the
unit, its parts, its posts and its risks. The rows are worded by us, the names invented (rare Han
surnames with rare given names, three characters each); every unit is a body of 叙州区.

Run ``python tests/published/score.py --set batch319`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each card is ONE form: the post of ``交接岗位`` and the holder ``接收人`` (he
  holds the post from the handover on, confirms each point in ``接收人确认`` and, as the ``注：`` line
  says, guards its risks); the ``移交人`` (he leaves the post) and the ``监交人`` (the 所长, on every
  card) are no holders of the card, and the 所长 has no form of his own here; the card names no
  科室 (the 所 is the unit); ``交接事由``, ``交接日期``, ``接收人确认``, the ``注：`` line and the sign-off
  are no points;
- a 市场监督管理所's own file has the 所 as its unit (``叙州区市场监督管理局柏溪市场监督管理所``) and
  no 科室, as batch 68's 城南所 had; its 组 (``食品安全监管组``, ``综合执法组``, a group row's text
  with its number left off) are 科室; ``所领导`` (a group row) is the 科室 of the 所's leaders;
  ``局领导`` (the 局's sheet, its title) and ``中心领导`` (a 科室 cell) are the 科室 of those leaders; a
  局's 股 and 办公室, a 中心's 室 and a 协会's 处 and 部 are 科室;
- every 局, 所, 中心 and 协会 here is a unit of its own: 局长, 副局长, 所长, 副所长, a 中心's 主任 and
  副主任, the 协会's 秘书长 and 副秘书长 are leaders; 股长, the 局's 办公室主任, a 室's 主任, 组长 and
  部长 middle; the rest (科员, 监管员, 执法员, 内勤, 检验员, 抽样员, 样品管理员, 计量检定员, 报告审核员,
  调解员, 干事, 食品安全监管员, 登记窗口受理员) general;
- ``风险点 | 风险描述``: the point is the short 风险点; ``职责事项``, ``分管工作``, ``执法证号`` and
  ``自查情况`` are no points and name no holder; the 检验检测中心's list names no person: its forms are
  posts (对岗不对人);
- ``一级/二级/三级``, ``★★★/★★/★`` (read by the cards' note), ``高风险/中风险/低风险``, ``Ⅰ级/Ⅱ级/Ⅲ级``,
  ``高/中/低``, ``一级风险/二级风险/三级风险`` and bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the 高场所's note) are 1/2/3.

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

PREFIX = "b319_"
PLACE = "叙州区"
BUREAU = f"{PLACE}市场监督管理局"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"


def station(name: str) -> str:
    """A 市场监督管理所 of the 局, as its own unit."""
    return f"{BUREAU}{name}市场监督管理所"


# --------------------------------------------------------------------------- harder layout

HANDOVER_HEAD = ("序号", "廉政风险点", "风险等级", "防控措施", "接收人确认")
HANDOVER_NOTE = (
    "注：1.本卡由移交人梳理本岗位廉政风险点，接收人逐条确认，监交人现场监督；2.自交接之日起，本岗位廉政风险"
    "防控责任由接收人承担；3.风险等级分高、中、低三级；4.本卡一式三份，移交人、接收人、监交人各执一份。"
)
WITNESS = "湛珝澄"  # the 所长: 监交人 on every card, holder of none
CONFIRMED = "已知悉"

# (tab = 交接岗位, tier, 移交人, 接收人, 交接日期, [(廉政风险点, 等级, 防控措施)])
HANDOVERS = [
    ("副所长", "leader", "綦骁沛", "濮岑昉", "2025年8月11日", [
        ("食品经营许可现场核查把关不严，为不符合条件的经营者出具核查合格意见", "高",
         "现场核查两人以上，核查照片上传许可系统，所务会复核。"),
        ("对辖区小作坊、小餐饮违法行为以责令改正代替立案", "高", "立案标准公开，不予立案的说明理由并报局法规股备案。"),
        ("接受辖区经营户宴请、礼品", "中", "签订廉洁执法承诺书，节前廉洁提醒。"),
    ]),
    ("食品安全监管员", "general", "祁湲珮", "戈泷沐", "2025年8月12日", [
        ("日常检查中事先向经营户透露检查时间和对象", "高", "检查对象“双随机”抽取，出发前临时告知检查人员。"),
        ("食品抽样时调换样品或不按规定封样", "中", "抽样全程执法记录仪记录，样品双人签封。"),
        ("检查记录填写不实，对发现的问题瞒报", "低", "检查记录当事人签字确认，所长每月抽查。"),
    ]),
    ("登记窗口受理员", "general", "蓟晗淼", "巫槿沄", "2025年8月12日", [
        ("对材料不全的个体工商户登记申请违规受理", "中", "一次性告知办理条件，受理材料系统比对。"),
        ("泄露市场主体登记信息", "中", "登记信息查询实名留痕，定期检查查询记录。"),
        ("为熟人办理登记“插队”，收受好处", "低", "窗口办件按序叫号，办件评价公开。"),
    ]),
]  # fmt: skip


def xuzhou_guanyin_station_handover_cards() -> dict:
    unit = station("观音")
    t = _Truth(unit)
    ncols = len(HANDOVER_HEAD) + 1
    sheets = []
    for post, tier, outgoing, incoming, date, points in HANDOVERS:
        sh = _Sheet(post, [6, 40, 10, 34, 12, 12])
        _line(sh, f"{unit}关键岗位轮岗廉政风险交接卡", ncols)
        sh.add("交接岗位", post, "交接事由", "定期轮岗", "交接日期", date)
        sh.add("移交人", outgoing, "接收人", incoming, "监交人", WITNESS)
        sh.add(*HANDOVER_HEAD, None)
        for i, (point, lv, measures) in enumerate(points, 1):
            r = sh.add(i, point, lv, measures, CONFIRMED, None)
            sh.merge(r, 4, r, 5)
            t.point(sh.name, "", post, incoming, tier, point, [], HML[lv])
        _line(sh, HANDOVER_NOTE, ncols)
        sh.add("移交人（签字）：", None, "接收人（签字）：", None, "监交人（签字）：", None)
        sh.add(None, None, None, None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "xuzhou_guanyin_station_handover_cards", "http://www.qq94.com/fjx/1H2wt2.html",
        "(harder) 区市场监督管理局观音市场监督管理所 关键岗位轮岗廉政风险交接卡, one sheet a post handed over (tabs 副所长, "
        "食品安全监管员, 登记窗口受理员), after the source's 工作交接 办法 (移交人, 接收人, 监交人, the 工作交接表 the 监交人 "
        "checks): a title, a field row ``交接岗位 | … | 交接事由 | 定期轮岗 | 交接日期 | …``, a field row naming THREE people by "
        "role ``移交人 | … | 接收人 | … | 监交人 | …`` (the same 监交人, the 所长, on every card), then 序号/廉政风险点/风险等级 "
        "高/中/低/防控措施/接收人确认 ``已知悉`` (merged E–F); no type column; a merged ``注：`` line saying the post's risks are "
        "the 接收人's from the handover, and ``移交人（签字）： | 接收人（签字）： | 监交人（签字）：`` with a date line; the "
        "holder is the 接收人",
        sheets, t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def xuzhou_bureau_two_sheets() -> dict:
    unit = BUREAU
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 24, 38, 10, 10, 32])
    _line(lead, f"{unit}局领导廉政风险防控表", 8)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "风险类型", "风险等级", "防控措施")
    leaders = [
        ("郗璟翀", "局长", "主持全面工作，分管人事、财务", [
            ("干部选拔任用和执法岗位轮岗安排搞个人说了算", "制度机制", "一级", "干部调整和轮岗方案经党组会集体研究。"),
            ("对重大行政处罚案件说情打招呼", "思想道德", "一级", "插手干预案件办理一律登记报告。"),
        ]),
        ("亢沄玥", "副局长", "分管食品安全、药品医疗器械监管", [
            ("对食品、药品重大违法线索不督办，降格处理", "岗位职责", "一级", "重大线索挂牌督办，办理结果局务会通报。"),
            ("食品抽检计划和抽检对象向企业泄露", "外部环境", "二级", "抽检计划定密管理，抽检任务临时下达。"),
        ]),
        ("缑峣棠", "副局长", "分管特种设备、价格监督检查和登记注册", [
            ("特种设备事故隐患挂牌督办后不跟踪销号", "岗位职责", "二级", "隐患整改销号须附复查记录和影像资料。"),
            ("价格违法案件罚没款裁量畸轻畸重", "业务流程", "二级", "执行行政处罚裁量基准，法规股审核。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, typ, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, typ, lv, measures)
            t.point(lead.name, lead.name, post, who, "leader", point, types_in(typ), GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    lead.add("填表人：", None, None, "审核人：", None, None, "2025年8月", None)
    dept = _Sheet("股室", [6, 16, 10, 9, 38, 10, 10, 32])
    _line(dept, f"{unit}股室岗位廉政风险防控表", 8)
    dept.add("序号", "股室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("办公室", "主任", "仉澜昶", "middle", [
            ("执法装备和办公用品采购不询价，指定供应商", "业务流程", "二级", "采购三家比价，采购与验收分离。"),
        ]),
        ("登记注册股", "股长", "妫湉珝", "middle", [
            ("对虚假登记、冒用身份登记线索不核查、不撤销", "岗位职责", "一级", "虚假登记线索登记台账，核查结果集体研究。"),
        ]),
        ("登记注册股", "科员", "沃琰濛", "general", [
            ("经营异常名录移出前不核实整改情况", "业务流程", "二级", "移出前实地核查，核查记录存档。"),
            ("为中介代办登记“开绿灯”，收受好处", "外部环境", "三级", "代办业务实名登记，办件随机抽查。"),
        ]),
        ("食品安全监管股", "股长", "钭熠岚", "middle", [
            ("食品生产许可审查降低标准", "岗位职责", "一级", "许可审查组随机组成，审查结论集体讨论。"),
        ]),
        ("特种设备安全监察股", "股长", "璩嵘沛", "middle", [
            ("特种设备使用登记把关不严，为未经检验设备办理登记", "岗位职责", "一级", "登记资料与检验报告系统比对。"),
        ]),
        ("价格监督检查股", "科员", "笪泠翾", "general", [
            ("价格举报件不登记，选择性查处", "思想道德", "三级", "举报件统一编号登记，办结情况每月通报。"),
        ]),
    ]  # fmt: skip
    first = len(dept.rows)
    n = 0
    for d, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            dept.add(n, d, post, who, point, typ, lv, measures)
            t.point(dept.name, d, post, who, tier, point, types_in(typ), GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("填表人：", None, None, "审核人：", None, "局长（签字）：", None, None)
    source = (
        "https://www.hkyyi.com/html/guang-de-xian-shi-chang-jian-guan-ju-gong-zuo-xiao-neng-shen-du-jie-xi-cong-zhi-"
        "fa-tou-ming-du-dao-f.html"
    )
    return _layout(
        "xuzhou_bureau_two_sheets", source,
        "区市场监督管理局 廉政风险防控表 in two sheets, after the source's 县市场监管局 工作效能 (执法透明度, 食品安全, 药品医疗器械, "
        "特种设备, 价格监督检查, 登记注册): ``局领导`` (a title, 序号/姓名, 职务 and 分管工作 merged per leader/风险点/风险类型 "
        "(short names)/风险等级 ``一级/二级/三级``/防控措施; a 填表人/审核人/date line) and ``股室`` (a title, 序号/股室 merged/"
        "岗位 and 姓名 merged per person/…; a 填表人/审核人/局长（签字） line)",
        [lead, dept], t,
    )  # fmt: skip


def xuzhou_baixi_station_cards() -> dict:
    unit = station("柏溪")
    t = _Truth(unit)
    cards = [
        ("所长", "郦曜沣", "leader", "51152100101", [
            ("所务会研究案件走过场，个人决定处罚结果", "★★★", "案件处理所务会集体研究，会议记录存档。"),
            ("辖区监管对象分配和检查频次随意确定", "★★", "监管对象按风险分级，检查任务系统派发。"),
            ("罚没物品处置不按程序", "★★", "罚没物品双人登记入库，统一报局处置。"),
        ]),
        ("副所长", "隗芃湄", "leader", "51152100102", [
            ("食品安全投诉举报压案不办", "★★★", "投诉举报编号登记，办结时限系统提醒。"),
            ("对无证经营行为选择性执法", "★★", "执法全过程记录，查处结果公示。"),
        ]),
        ("监管员", "揭瑀澂", "general", "51152100107", [
            ("日常检查接受经营户吃请、礼品", "★★", "签订廉洁执法承诺书，检查两人以上。"),
            ("检查中发现问题不记录、不报告", "★", "检查记录当事人签字，所长每周抽查。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, tier, badge, points in cards:
        sh = _Sheet(post, [6, 40, 10, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", post)
        sh.add("所在单位", "柏溪市场监督管理所", "执法证号", badge)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, lv, measures) in enumerate(points, 1):
            sh.add(i, point, lv, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[lv])
        _line(sh, "注：风险等级★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "监督电话：0831-12345", None)
        sheets.append(sh)
    return _layout(
        "xuzhou_baixi_station_cards", "https://sfabiao.com/haowen/48040.html",
        "区市场监督管理局柏溪市场监督管理所 岗位廉政风险防控卡, one sheet a holder (tabs 所长, 副所长, 监管员), after the source's "
        "市场监管综合执法 reform (市场监管所 as the 局's 派出机构 for 食品药品监管 and 行政执法): a title, ``姓　名 | … | 职　务 | …`` "
        "and ``所在单位 | 柏溪市场监督管理所 | 执法证号 | …`` in two rows of pairs, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; "
        "no type column; a merged ``注：`` line on the stars and ``持卡人（签字）： | 监督电话：…``",
        sheets, t,
    )  # fmt: skip


def xuzhou_nanan_station_selfchecks() -> dict:
    unit = station("南岸")
    t = _Truth(unit)
    people = [
        ("邰霂岑", "副所长", "leader", [
            ("零售药店专项检查中对处方药管理不严问题不立案", "岗位职责风险", "高风险", "检查发现问题限期整改并组织“回头看”。",
             "已落实"),
            ("节日期间对囤积抬价行为查处不力", "外部环境风险", "中风险", "价格检查结果公示，线索移交局价格监督检查股。",
             "未发现问题"),
        ]),
        ("蔺瑷泓", "执法员", "general", [
            ("检查医疗器械经营企业时不查验进货渠道和资质票据", "业务流程风险", "中风险", "检查清单逐项打勾，票据拍照存档。",
             "已整改"),
            ("对销售假劣药械线索不报告", "思想道德风险", "高风险", "线索当日登记报所长，纳入案件管理系统。", "未发现问题"),
            ("线上巡查记录不完整", "制度机制风险", "低风险", "线上巡查截图留存，每周汇总。", "已落实"),
        ]),
        ("佴沅骁", "内勤", "general", [
            ("执法档案随意借阅，泄露举报人信息", "制度机制风险", "中风险", "档案借阅登记审批，举报人信息加密。", "已落实"),
            ("执法文书用印不登记", "岗位职责风险", "低风险", "用印登记，所长审批。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 14, 10, 32, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        sh.add(f"姓{GAP}名", f"职{GAP}务", "所在单位", "填表时间", None, None)
        sh.add(who, post, "南岸市场监督管理所", "2025年8月", None, None)
        sh.add("序号", "廉政风险点", "风险类型", "风险等级", "防控措施", "自查情况")
        for i, (point, typ, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, typ, lv, measures, found)
            t.point(sh.name, "", post, who, tier, point, types_in(typ), BANDS[lv])
        sh.add()
        sh.add("自查人（签名）：", None, None, "所长审核：", None, None)
        sheets.append(sh)
    return _layout(
        "xuzhou_nanan_station_selfchecks", "http://www.cmrnn.com.cn/content/2026-01/22/content_284507.html",
        "区市场监督管理局南岸市场监督管理所 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's "
        "区分局 holiday 专项检查 of 零售药店 and 医疗器械 (进货渠道, 资质票据, 处方药管理, 囤积抬价, 线上巡查): a title, a label row "
        "``姓　名 | 职　务 | 所在单位 | 填表时间`` over a row of values, then 序号/廉政风险点/风险类型 ``…风险``/风险等级 "
        "``高风险/中风险/低风险``/防控措施/``自查情况``; a blank row and ``自查人（签名）： | 所长审核：``",
        sheets, t,
    )  # fmt: skip


def xuzhou_inspection_center_posts() -> dict:
    unit = f"{PLACE}检验检测中心"
    sh = _Sheet("排查表", [6, 12, 12, 20, 38, 10, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "科室", "岗位", "风险点", "风险描述", "风险等级", "防控措施")
    posts = [
        ("中心领导", "主任", "leader", [
            ("检验报告签发", "对不合格检验结论说情，授意修改检验报告", "Ⅰ级", "检验报告三级审核签发，修改留痕。"),
            ("仪器设备采购", "大型检测仪器采购参数倾向特定品牌", "Ⅰ级", "采购参数专家论证，进入公共资源交易平台。"),
        ]),
        ("食品检验室", "检验员", "general", [
            ("检测数据", "伪造、修改原始检测数据，出具虚假报告", "Ⅰ级", "原始记录不得涂改，实验室信息系统自动采集。"),
            ("委托检验", "只收费不检测，或减少检验项目", "Ⅱ级", "委托检验合同载明项目，结果抽查复检。"),
        ]),
        ("食品检验室", "样品管理员", "general", [
            ("样品流转", "调换、遗失样品或泄露样品编码信息", "Ⅱ级", "样品盲样编码，交接双人签字。"),
        ]),
        ("计量检定室", "计量检定员", "general", [
            ("强制检定", "对农贸市场计量器具检定走过场，收取好处出具合格证书", "Ⅰ级", "检定现场影像留存，证书复核。"),
            ("检定收费", "擅自提高或减免检定收费", "Ⅲ级", "收费标准公示，票据统一管理。"),
        ]),
        ("综合室", "报告审核员", "general", [
            ("检验信息", "向委托方或被检企业泄露检验结果", "Ⅱ级", "检验结果按规定程序报送，信息保密承诺。"),
            ("客户投诉", "对检验结果异议投诉推诿不处理", "Ⅲ级", "投诉登记编号，处理结果回访。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, tier, points in posts:
        for point, desc, lv, measures in points:
            n += 1
            sh.add(n, dept, post, point, desc, lv, measures)
            t.point(sh.name, dept, post, "", tier, point, [], ROMAN[lv])
    _per_person(sh, first, 1, 2)
    sh.add("编制：", None, "审核：", None, None, "2025年8月", None)
    return _layout(
        "xuzhou_inspection_center_posts", "http://lycdc.linyi.cn/info/1073/1038.htm",
        "区检验检测中心 岗位廉政风险点排查表 对岗不对人, after the source's 检验检测机构 公正性承诺 (伪造或修改检测数据, 只收费不检测, "
        "样品检验中收受礼品, 检验信息保密): a title, then 序号/科室 merged (中心领导, 食品检验室, 计量检定室, 综合室)/岗位 merged per "
        "post/a short 风险点/a long 风险描述/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names, no type column; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def xuzhou_consumer_association_duties() -> dict:
    unit = f"{PLACE}消费者协会"
    sh = _Sheet("责任清单", [6, 12, 10, 9, 16, 36, 10, 8, 32])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}廉洁风险防控责任清单", 9)
    sh.add(
        "序号",
        "部门",
        "岗位",
        "责任人",
        "职责事项",
        "廉洁风险点",
        "风险类型",
        "风险等级",
        "防控措施",
    )
    rows = [
        ("秘书处", "秘书长", "虢溱珂", "leader", [
            ("协会经费管理", "协会经费支出不经理事会研究，个人审批", "制度机制", "高", "大额支出经理事会研究，账目年度公开。"),
            ("消费维权典型案例发布", "收受经营者好处，不公开曝光典型侵权案例", "外部环境", "中",
             "案例发布经秘书处集体研究。"),
        ]),
        ("投诉调解部", "部长", "嵇淼峤", "middle", [
            ("投诉受理", "对消费者投诉不登记、不受理", "岗位职责", "中", "投诉统一录入全国12315平台，办结时限提醒。"),
        ]),
        ("投诉调解部", "调解员", "邗翊涟", "general", [
            ("消费纠纷调解", "调解中偏袒经营者，收受经营者礼品", "思想道德", "高", "调解在调解室进行，全程录音录像。"),
            ("调解协议", "调解协议内容与调解结果不一致", "业务流程", "低", "调解协议双方签字，部长复核。"),
        ]),
        ("消费指导部", "干事", "檀砾昕", "general", [
            ("比较试验", "比较试验样品选择倾向特定品牌，泄露试验结果", "业务流程", "中", "样品暗访购买，结果集体审定后发布。"),
            ("消费教育活动", "借消费教育活动为企业做广告", "外部环境", "低", "活动方案事前审批，不收取企业赞助。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for duty, point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, duty, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("编制：", None, None, "审核：", None, None, "2025年8月", None, None)
    return _layout(
        "xuzhou_consumer_association_duties", "http://fengdujob.net/go/消费者协会的职能有几项.html",
        "区消费者协会 廉洁风险防控责任清单, after the source's 消费者协会 职能 (受理投诉, 调解, 比较试验, 消费教育): ``附件2``, a "
        "title, 序号/部门 merged (秘书处, 投诉调解部, 消费指导部)/岗位 and 责任人 merged per person/``职责事项``/廉洁风险点/风险类型 "
        "(short names)/风险等级 高/中/低/防控措施; an ``编制： | 审核： | 2025年8月`` line",
        [sh], t,
    )  # fmt: skip


def xuzhou_zhaochang_station_groups() -> dict:
    unit = station("赵场")
    sh = _Sheet("一览表", [6, 10, 9, 20, 38, 11, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "岗位", "姓名", "风险点", "风险描述", "风险等级", "防控措施")
    groups = [
        ("一、所领导", "所领导", [
            ("所长", "却玿淇", "leader", [
                ("案件审批", "对特种设备违法案件不经所务会研究即作出处理", "一级风险", "案件处理所务会集体研究。"),
                ("事故调查", "特种设备事故调查中隐瞒事故原因", "一级风险", "事故调查报局特种设备安全监察股复核。"),
            ]),
            ("副所长", "茆湛珣", "leader", [
                ("隐患督办", "电梯、锅炉等重大隐患督办后不跟踪", "二级风险", "隐患整改销号附复查记录。"),
            ]),
        ]),
        ("二、食品安全监管组", "食品安全监管组", [
            ("组长", "冼琮澍", "middle", [
                ("许可核查", "食品经营许可现场核查走过场", "二级风险", "核查两人以上，照片上传系统。"),
            ]),
            ("监管员", "乜岚滢", "general", [
                ("日常检查", "接受餐饮单位吃请，检查不记录问题", "二级风险", "检查记录当事人签字确认。"),
                ("快检", "农贸市场快检结果随意填报", "三级风险", "快检结果系统上传，每月抽查复检。"),
            ]),
        ]),
        ("三、综合执法组", "综合执法组", [
            ("组长", "庹翙淳", "middle", [
                ("作业人员监督", "对特种设备作业人员无证上岗不查处", "二级风险", "检查时逐一核验作业人员证件。"),
            ]),
            ("执法员", "阙瀞琪", "general", [
                ("定期检验督促", "对超期未检设备不督促、不报告", "三级风险", "超期设备清单每月通报。"),
                ("执法记录", "执法记录仪不全程开启", "三级风险", "执法记录每周抽查。"),
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
                t.point(sh.name, dept, post, who, tier, point, [], RISKS[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, None, "2025年8月", None)
    return _layout(
        "xuzhou_zhaochang_station_groups", "https://m.kfkhr.com/1/2952564.html",
        "区市场监督管理局赵场市场监督管理所 岗位廉政风险防控一览表, after the source's 特种设备 under the 市场监督管理部门 (电梯, 锅炉, "
        "定期检验, 作业人员培训, 事故调查): a title, 序号/岗位/姓名/a short 风险点/a long 风险描述/风险等级 ``一级风险/二级风险/三级风险``/"
        "防控措施 under GROUP ROWS ``一、所领导``, ``二、食品安全监管组``, ``三、综合执法组`` merged across (no 科室 column); 岗位 and "
        "姓名 merged per person; no type column; a ``制表： | 审核： | 2025年8月`` line",
        [sh], t,
    )  # fmt: skip


def xuzhou_gaochang_station_list() -> dict:
    unit = station("高场")
    sh = _Sheet("一览表", [6, 10, 9, 40, 10, 9, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 8}填报时间：2025年8月", 7)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所长", "酆珂溆", "leader", "农贸市场专项检查中对开办方问题不处理", "岗位职责", "Ⅱ", "专项检查结果所务会通报。"),
        ("所长", "酆珂溆", "leader", "对价格违法行为以口头警告代替查处", "制度机制", "Ⅰ", "价格违法线索一律登记，处理结果公示。"),
        ("副所长", "迮昀澧", "leader", "明码标价检查中对关系户不责令整改", "思想道德", "Ⅰ", "检查对象随机抽取，整改情况复查。"),
        ("监管员", "暨沛璇", "general", "公平秤、计量器具检查走过场", "业务流程", "Ⅱ", "计量器具检查记录拍照上传。"),
        ("监管员", "暨沛璇", "general", "收受经营户礼品、购物卡", "外部环境", "Ⅲ", "签订廉洁承诺，节前提醒。"),
        ("内勤", "雒汐屾", "general", "投诉举报登记不全，延误转办", "岗位职责", "Ⅲ", "投诉件当日登记转办。"),
        ("内勤", "雒汐屾", "general", "执法文书归档不及时，档案缺失", "制度机制", "Ⅲ", "文书每月归档，所长检查。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), BARE[lv])
    _line(sh, "注：风险等级分Ⅰ、Ⅱ、Ⅲ三级，Ⅰ级最高。", 7)
    sh.add("填表人：", None, "审核人：", None, "所长（签字）：", None, None)
    return _layout(
        "xuzhou_gaochang_station_list", "https://ytapp.jiaodong.net/system/2025/04/12/200958290.shtml",
        "区市场监督管理局高场市场监督管理所 岗位廉政风险防控一览表, after the source's 市场监管局 农贸市场 明码标价 专项检查 (价签, "
        "货签对位, 电子屏, 复查机制): ``附件1``, a title, a merged ``填报单位（盖章）：…　填报时间：2025年8月`` line, then 序号/岗位/"
        "姓名 written on EVERY row (no merges)/廉政风险点/风险类型 (short names)/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施; a merged "
        "``注：`` line on the grades and a 填表人/审核人/所长（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    xuzhou_guanyin_station_handover_cards(),
    xuzhou_bureau_two_sheets(),
    xuzhou_baixi_station_cards(),
    xuzhou_nanan_station_selfchecks(),
    xuzhou_inspection_center_posts(),
    xuzhou_consumer_association_duties(),
    xuzhou_zhaochang_station_groups(),
    xuzhou_gaochang_station_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch319-inbox"))

"""The three-hundred-and-ninety-third batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 市场监管 and
商务 bodies, 礼泉县 (a county of 咸阳 north of the 泾河, under the 九嵕山 and the 昭陵, its staff Han) —
the 县市场监督管理局 and, under it, the 烟霞市场监管所, the 城关市场监管所, the 检验检测中心 and the
市场监管综合行政执法大队; the 县商务局 and, beside it, the 招商服务中心 and the 商贸流通服务中心 — each
handing back the 一览表, 防控卡, 排查表, 责任清单 or 自查表 its staff typed in WPS or Excel:

- the 商务局's 一览表 under ``附件1`` and a ``填报单位（盖章）：…　填报时间：…`` line: ``股室`` merged
  (局领导, 市场运行和消费促进股, 商贸流通股, 对外贸易和电子商务股, 办公室), ``岗位`` and ``姓名`` merged per
  person, ``…风险`` types, 高/中/低, a 填表人/审核人/局长（签字） line;
- the 烟霞市场监管所's 防控卡, one sheet a holder (tabs named by the post): ONE ROW of pairs
  ``持卡人 | … | 职　务 | … | 负责片区 | …``, a merged ``岗位职责：…`` line, then ``序号 | 风险点 |
  风险等级 | 防控措施``, no type column, ``★★★/★★/★`` read by a ``注：`` line, ``持卡人签字： | … |
  所长签字：`` (the 所 is a unit of its own and has no 科室);
- the 城关市场监管所's 排查表 对岗不对人: no 科室 column, ``岗位`` merged per post, a short ``风险点``
  beside a long ``风险表现``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names; an 编制/审核/date line;
- the 检验检测中心's 自查表, one sheet a person (tabs named by the holder): a merged ``单位：…`` line,
  pairs ``姓　名 | … | 职　务 | … | 所在科室 | …`` in one row, ``序号 | 工作环节 | 风险点 | 风险类型 |
  风险等级 | 防控措施``, short types, ``高风险/中风险/低风险``, ``本人签名： | … | 中心主任审核：``;
- the 招商服务中心's 责任清单 under GROUP ROWS ``一、中心领导``, ``二、项目服务股``, ``三、招商信息股``
  merged across (no 股室 column): ``岗位 | 责任人`` merged per person, ``职责事项`` before the
  ``廉政风险点``, short types, ``一级风险/二级风险/三级风险``;
- the 市场监管综合行政执法大队's file in two sheets: ``大队领导`` (``姓名 | 职务 | 分管工作`` merged per
  leader) and ``中队`` (``中队`` merged, ``岗位`` and ``姓名`` merged per person), ``一级/二级/三级``, no
  type column, a 制表/审核/date line under each;
- the 商贸流通服务中心's 一览表 written out on EVERY row, nothing merged: ``科室 | 岗位 | 姓名``,
  short types, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line.

One is harder:

- ``liquan_market_bureau_type_blocks``: the 市场监督管理局's 岗位廉政风险点排查表 SORTED BY TYPE INTO
  FIVE STACKED BLOCKS, each opened by its OWN HEADING ROW whose risk column is headed by the TYPE:
  ``序号 | 股室 | 岗位 | 姓名 | 思想道德风险点 | 风险等级 | 防控措施`` and its rows (序号 1, 2, …), then
  straight under them ``序号 | 股室 | 岗位 | 姓名 | 制度机制风险点 | 风险等级 | 防控措施`` and its rows
  (序号 from 1 again), then ``…岗位职责风险点…``, ``…业务流程风险点…`` and ``…外部环境风险点…`` alike; no
  blank row between the blocks, NO TYPE COLUMN, no group or caption row, no note on the types: a
  point's type is ONLY the word heading the risk column of its block (``思想道德风险点`` → 思想道德, …).
  The level is an ordinary ``风险等级`` column (高/中/低); ``股室``, ``岗位`` and ``姓名`` are written
  on every row, one person's points spread over several blocks. The README's 读得懂的表 knows a type
  given by a sheet's name (``思想道德风险 | 岗位职责风险 | …`` sheets), by a GROUP ROW merged across
  (``二、岗位职责风险``, ``（一）思想道德风险``), by ``风险类型`` split into tick columns or into
  ``思想道德 | 制度机制 | …`` columns holding the point or its level, by a code's letters (``ZD-01``),
  a bracket after the point, a ``思想道德风险：…`` prefix, a note citing 序号; it knows stacked blocks
  whose heading names the LEVEL in the risk column (``高风险点 | 中风险点 | 低风险点``, each block its
  level) and it reads a heading ``制度机制风险`` as the TYPE column's heading, not the risk column's;
  it does not describe a list cut into stacked blocks whose repeated heading rows differ only in the
  TYPE word heading the risk column, so that the type of each row is the heading above it (``grep -l
  '思想道德风险点' tests/published/batch*.py`` finds no such heading in any earlier batch).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 市市场监管局's 交叉检查 of 农贸市场 and
食品摊点 — 检查组 led by a 县级局 副科级领导, 食品安全检查员, 随机抽取, 问题整改; a 市商务局's 告知书 on
单用途商业预付卡 备案 — 发卡企业, 规模发卡企业, 备案材料, 分级备案; a 市场监管所's 农村集市 专项检查 — 证照
资质, 健康证, 冷冻食品, 索证索票, 进货查验; a 街道市场监督管理所 at the 农贸市场 — 行政约谈, 经营资质,
摊贩备案卡, 进货票据, 储存条件; the 制样规定 of 水产品 抽检 — 抽检范围, 样品划分, 编号, 包装, 保存,
指定实验室; a city's 重大招商项目 行政服务联动机制 — 投资促进部门, 行政服务中心, 联动服务清单, 全周期
代办, 定期会商; a 市场监管局's 执法稽查支队 — 市场巡查, 投诉举报, 受理案件, 调查取证, 证据固定; a
市商务局's 酒类流通 溯源 专项整治 — 酒类流通随附单, 溯源凭证, 来源不明酒品) and the layout follows their
words for the unit, its parts, its posts and its risks. The rows are worded by us, the names
invented (rare Han surnames with rare given names, three characters each); every unit is a body of
礼泉县, named with the county's name.

Run ``python tests/published/score.py --set batch393`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each block's heading gives the TYPE of the rows under it down to the next
  heading (``思想道德风险点`` 思想道德, ``制度机制风险点`` 制度机制, ``岗位职责风险点`` 岗位职责,
  ``业务流程风险点`` 业务流程, ``外部环境风险点`` 外部环境), one type a point, and the point is the cell
  under that heading; the five headings are one table's, not five tables: one person's points in
  several blocks are one form (the 股室, post and holder in ``股室``, ``岗位``, ``姓名``); the repeated
  headings and the 填表人 line are no points;
- ``局领导`` (a 股室 cell of the 局's and the 商务局's lists), ``中心领导`` (a group row of the 招商服务中心,
  the 检验检测中心's ``所在科室``, a 科室 cell of the 商贸流通服务中心) and ``大队领导`` (the 执法大队's sheet of
  its leaders, named so by its tab and title) are the 科室 of those leaders; a 局's 股 and 办公室, a
  中心's 室 and 股 and a 大队's 中队 are 科室; a group row ``二、项目服务股`` gives the 科室 ``项目服务股``
  (its number left off);
- the two 市场监管所 are units of their own (``礼泉县市场监督管理局烟霞市场监管所`` …) with no 科室, as
  batch345's and batch378's: their forms have the 科室 "" (the cards' ``负责片区`` is where the holder
  works, no 科室);
- 局长, 副局长, 所长, 副所长, a 中心's 主任, 大队长 and 副大队长 are leaders; 股长 and 中队长 middle;
  the rest (科员, 会计, 出纳, 食品安全监管员, 市场监管员, 协管员, 检验员, 检定员, 执法队员, 信息员) general;
- ``风险点 | 风险表现`` (the 城关所's list): the point is the short 风险点; ``分管工作``, ``职责事项``,
  ``工作环节``, ``岗位职责`` and ``负责片区`` are no points and name no holder; the 城关所's list names no
  person: its forms are posts (对岗不对人);
- ``高/中/低``, ``一级/二级/三级``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★`` (read by the cards' note),
  ``高风险/中风险/低风险``, ``一级风险/二级风险/三级风险`` and bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the 商贸流通服务中心's
  note) are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, taller
rows for wrapped cells) and ``truth.json``; no re-saved copies (as batch280 and batch390).
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line
from published.batch287 import _per_person
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b393_"
PLACE = "礼泉县"
BUREAU = f"{PLACE}市场监督管理局"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"
DATE = "2025年6月"


# --------------------------------------------------------------------------- harder layout

BLOCK_UNIT = BUREAU
BLOCK_TAB = "排查表"
BLOCK_COLS = ("序号", "股室", "岗位", "姓名", None, "风险等级", "防控措施")
POINT_COL = 4
# the block headings' risk column: the type word + 风险点
BLOCK_HEADS = {
    f"{t}风险点": t for t in ("思想道德", "制度机制", "岗位职责", "业务流程", "外部环境")
}
# who: (股室, 岗位, tier)
STAFF = {
    "綦霈沅": ("局领导", "局长", "leader"),
    "缑昶泾": ("局领导", "副局长", "leader"),
    "庹漪岚": ("登记注册股", "股长", "middle"),
    "阚泫翎": ("登记注册股", "科员", "general"),
    "蹇沭岑": ("食品安全监管股", "股长", "middle"),
    "隽澧菡": ("食品安全监管股", "科员", "general"),
    "仉涞昉": ("价格监督检查和反不正当竞争股", "股长", "middle"),
    "酆渌槿": ("特种设备安全监察股", "股长", "middle"),
    "晁淇蔓": ("办公室", "会计", "general"),
}
# (heading of the risk column, [(姓名, 风险点, 风险等级, 防控措施)])
BLOCKS = [
    ("思想道德风险点", [
        ("綦霈沅", "对下属股室和市场监管所查办的案件打招呼、说情", "高", "领导干部过问插手案件事项如实登记、按季度报告。"),
        ("蹇沭岑", "农贸市场交叉检查中接受经营户宴请和土特产", "中", "检查组两人以上，签订廉洁承诺，节前廉洁提醒。"),
        ("阚泫翎", "利用登记信息查询权限为他人查询企业信息牟利", "低", "查询权限分级管理，查询记录系统留痕、每月抽查。"),
    ]),
    ("制度机制风险点", [
        ("綦霈沅", "重大行政处罚和执法装备采购不经局党组集体研究", "高", "“三重一大”事项清单化管理，党组会纪要存档备查。"),
        ("缑昶泾", "“双随机、一公开”抽查名单人为调整", "高", "抽查对象和执法人员由系统随机抽取，结果网上公示。"),
        ("晁淇蔓", "执法办案经费和检验检测费用报销审核不严", "中", "报销实行经办、审核、审批三签，票据逐张审核。"),
    ]),
    ("岗位职责风险点", [
        ("庹漪岚", "对申请材料不全的经营主体违规办理设立登记", "高", "一次性告知办理条件，登记材料初审、复核两级把关。"),
        ("酆渌槿", "特种设备使用登记和隐患整改复查走过场", "中", "复查附现场影像资料，隐患整改销号管理。"),
        ("隽澧菡", "食品经营许可现场核查不到场即出具核查意见", "中", "现场核查两人以上，核查记录拍照定位存档。"),
    ]),
    ("业务流程风险点", [
        ("蹇沭岑", "食品抽检计划和抽检对象事先泄露", "高", "抽检计划保密管理，抽样人员临时确定。"),
        ("仉涞昉", "价格违法案件调查取证不全，降格处理", "中", "案件调查全程执法记录，处罚裁量对照基准说明理由。"),
        ("晁淇蔓", "罚没款不按时缴库，票款不符", "低", "罚没款统一票据、当日缴库，每月与财政对账。"),
    ]),
    ("外部环境风险点", [
        ("缑昶泾", "受经营主体请托干预投诉举报的处理", "中", "投诉举报统一登记编号，办理结果回访。"),
        ("仉涞昉", "对关系企业的不正当竞争线索不立案", "中", "线索登记台账，不予立案集体研究并说明理由。"),
        ("酆渌槿", "接受特种设备使用单位安排的吃请和礼品", "低", "签订廉洁承诺书，检查结束当场反馈。"),
    ]),
]  # fmt: skip


def block_heading(word: str) -> list:
    """A block's heading: the table's columns with the type word heading the risk column."""
    return [word if c is None else c for c in BLOCK_COLS]


def liquan_market_bureau_type_blocks() -> dict:
    unit = BLOCK_UNIT
    t = _Truth(unit)
    sh = _Sheet(BLOCK_TAB, [6, 16, 9, 9, 38, 9, 34])
    ncols = len(BLOCK_COLS)
    _line(sh, f"{unit}岗位廉政风险点排查表", ncols)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：{DATE}", ncols)
    for word, rows in BLOCKS:
        sh.add(*block_heading(word))
        for i, (who, point, lv, measures) in enumerate(rows, 1):
            dept, post, tier = STAFF[who]
            sh.add(i, dept, post, who, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [BLOCK_HEADS[word]], HML[lv])
    sh.add("填表人：", None, "审核人：", None, None, "局长（签字）：", None)
    return _layout(
        "liquan_market_bureau_type_blocks", "http://b2b.qiduowang.com/news/202411/07/101801.html",
        "(harder) 县市场监督管理局 岗位廉政风险点排查表 SORTED BY TYPE INTO FIVE STACKED BLOCKS whose type is ONLY the word "
        "heading the risk column of each block's own heading row, after the source's 农贸市场 and 食品摊点 交叉检查 (检查组, "
        "县级局 副科级领导, 食品安全检查员, 随机抽取, 问题整改): a title, a merged ``填报单位：…　填报时间：2025年6月`` line, then "
        "``序号 | 股室 | 岗位 | 姓名 | 思想道德风险点 | 风险等级 | 防控措施`` and its rows, straight under them ``… | "
        "制度机制风险点 | …`` and its rows (序号 from 1 again), then ``岗位职责风险点``, ``业务流程风险点``, ``外部环境风险点`` "
        "alike; no type column, no group row, no note; 股室, 岗位 and 姓名 on every row, one person's points in several "
        "blocks; levels 高/中/低 in an ordinary 风险等级 column; a 填表人/审核人/局长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def liquan_commerce_bureau_list() -> dict:
    unit = f"{PLACE}商务局"
    sh = _Sheet("一览表", [6, 18, 10, 9, 38, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：{DATE}", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "揭滏岷", "leader", [
            ("商贸发展专项资金分配不经局党组集体研究", "制度机制风险", "高", "专项资金分配方案党组会研究，结果公示。"),
            ("为关系企业争取项目和资金打招呼", "思想道德风险", "高", "插手干预事项登记报告，项目评审专家随机抽取。"),
        ]),
        ("局领导", "副局长", "冼漳翊", "leader", [
            ("外贸和电商项目验收签字把关不严", "岗位职责风险", "中", "项目验收邀请第三方参加，验收材料存档备查。"),
        ]),
        ("市场运行和消费促进股", "股长", "都沁珝", "middle", [
            ("单用途商业预付卡备案审核不严", "业务流程风险", "中", "备案材料清单化审核，备案结果网上公开。"),
            ("消费券和促消费补贴资金审核把关不严", "岗位职责风险", "高", "补贴申报材料逐笔核对，拨付前公示。"),
        ]),
        ("市场运行和消费促进股", "科员", "铁涑筠", "general", [
            ("预付卡发卡企业检查中接受企业宴请", "外部环境风险", "低", "检查两人以上，签订廉洁承诺书。"),
        ]),
        ("商贸流通股", "股长", "沃汾璘", "middle", [
            ("成品油零售经营资格初审降低条件", "岗位职责风险", "高", "初审实行现场核查和集体研究，结果公示。"),
            ("再生资源回收经营者备案走过场", "业务流程风险", "低", "备案材料网上核验，定期抽查。"),
        ]),
        ("对外贸易和电子商务股", "科员", "牟洙玥", "general", [
            ("电商进农村服务站点建设补助虚报数量", "业务流程风险", "中", "站点逐个实地核查，补助名单公示。"),
        ]),
        ("办公室", "出纳", "妫溆棠", "general", [
            ("公务卡和零余额账户支付不按审批办理", "制度机制风险", "中", "支付凭审批单办理，U盾与密码分人保管。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, "局长（签字）：", None, None)
    return _layout(
        "liquan_commerce_bureau_list", "https://m.163.com/dy/article/KH0ER5UC0534E93C.html",
        "县商务局 岗位廉政风险防控一览表, after the source's 市商务局 告知书 on 单用途商业预付卡 备案 (发卡企业, 规模发卡企业, 备案"
        "材料, 分级备案): ``附件1``, a title, a merged ``填报单位（盖章）：…　填报时间：2025年6月`` line, then 序号/股室 merged "
        "(局领导, 市场运行和消费促进股, 商贸流通股, 对外贸易和电子商务股, 办公室)/岗位 and 姓名 merged per person/风险点/风险类型 "
        "``…风险``/风险等级 高/中/低/防控措施; a 填表人/审核人/局长（签字） line",
        [sh], t,
    )  # fmt: skip


def liquan_yanxia_station_cards() -> dict:
    unit = f"{BUREAU}烟霞市场监管所"
    t = _Truth(unit)
    cards = [
        ("所长", "糜洹峣", "leader", "烟霞镇全域", "主持全所工作，负责辖区市场监管执法和案件审核", [
            ("对农村集市违法经营行为查处说情、降格处理", "★★★", "案件处理所务会集体研究，处理结果公开。"),
            ("执法车辆和办公经费使用不规范", "★★", "车辆派车单和经费支出每月公示。"),
            ("所内考核评先优亲厚友", "★", "考核细则公开，考核结果全所公示。"),
        ]),
        ("食品安全监管员", "竺沔菁", "general", "烟霞镇东片", "负责辖区食品经营户、小餐饮和农村集市日常检查", [
            ("日常检查不查验健康证和进货票据，检查记录不实", "★★★", "检查记录拍照上传，所长每周抽查。"),
            ("发现销售过期变质食品不依法处理", "★★", "问题线索登记台账，处理结果跟踪销号。"),
        ]),
        ("市场监管员", "弓沅骢", "general", "烟霞镇西片", "负责辖区经营主体巡查、投诉举报和计量器具检查", [
            ("投诉举报处理中偏袒经营户", "★★", "投诉办理全程留痕，结果回访投诉人。"),
            ("集贸市场计量器具检查时收受经营户好处", "★", "检查两人以上，签订廉洁承诺书。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, tier, area, duty, points in cards:
        sh = _Sheet(post, [6, 38, 10, 12, 10, 14])
        _line(sh, f"{unit}岗位廉政风险防控卡", 6)
        sh.add("持卡人", who, f"职{GAP}务", post, "负责片区", area)
        _line(sh, f"岗位职责：{duty}", 6)
        r = sh.add("序号", "风险点", "风险等级", "防控措施", None, None)
        sh.merge(r, 3, r, 5)
        for i, (point, stars, measures) in enumerate(points, 1):
            r = sh.add(i, point, stars, measures, None, None)
            sh.merge(r, 3, r, 5)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 6)
        sh.add("持卡人签字：", None, None, "所长签字：", None, None)
        sheets.append(sh)
    return _layout(
        "liquan_yanxia_station_cards", "https://www.tengchong.gov.cn/info/1015/32313.htm",
        "市场监管所 岗位廉政风险防控卡, one sheet a holder (tabs 所长, 食品安全监管员, 市场监管员), after the source's 市场监管所 "
        "农村集市 专项检查 (证照资质, 健康证, 冷冻食品, 索证索票, 进货查验): a title, ONE ROW of pairs ``持卡人 | … | 职　务 | … | "
        "负责片区 | …``, a merged ``岗位职责：…`` line, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施 (merged over three "
        "columns); no type column; a merged ``注：`` line on the stars and ``持卡人签字： | 所长签字：``",
        sheets, t,
    )  # fmt: skip


def liquan_chengguan_station_posts() -> dict:
    unit = f"{BUREAU}城关市场监管所"
    sh = _Sheet("排查表", [6, 14, 18, 36, 13, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所长", "leader", [
            ("行政处罚案件审核", "对农贸市场违法案件不经集体审核即作出处罚", "制度机制风险", "Ⅰ级", "案件审核所务会集体研究，审核记录存档。"),
            ("行政约谈", "约谈市场开办方走过场，问题不督促整改", "岗位职责风险", "Ⅱ级", "约谈记录存档，整改情况限期复查。"),
        ]),
        ("副所长", "leader", [
            ("专项检查安排", "专项检查对象由个人指定，照顾熟人", "思想道德风险", "Ⅰ级", "检查对象随机抽取，检查计划报局备案。"),
        ]),
        ("食品安全监管员", "general", [
            ("摊贩备案", "为不符合条件的食品摊贩发放备案卡", "业务流程风险", "Ⅱ级", "备案条件公示，备案卡统一编号管理。"),
            ("进货查验检查", "不核查进货票据和产品合格证明", "岗位职责风险", "Ⅲ级", "检查要点清单化，检查记录拍照存档。"),
        ]),
        ("协管员", "general", [
            ("日常巡查", "巡查记录弄虚作假，发现问题收受好处不上报", "外部环境风险", "Ⅱ级", "巡查轨迹定位上传，发现问题当日报告。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, tier, points in rows:
        for point, desc, typ, lv, measures in points:
            n += 1
            sh.add(n, post, point, desc, typ, lv, measures)
            t.point(sh.name, "", post, "", tier, point, types_in(typ), ROMAN[lv])
    _per_person(sh, first, None, 1)
    sh.add("编制：", None, "审核：", None, None, DATE, None)
    return _layout(
        "liquan_chengguan_station_posts",
        "https://www.jiangjin.gov.cn/jz/jjjdbsc_69042/bmxx_jjqjjjdbsc/202512/t20251219_15256696.html",
        "市场监管所 岗位廉政风险点排查表 对岗不对人, after the source's 街道市场监督管理所 at the 农贸市场 (行政约谈, 经营资质, "
        "摊贩备案卡, 进货票据, 储存条件): a title, 序号/岗位 merged per post (no 科室 column)/a short 风险点/a long ``风险表现``/"
        "风险类型 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; an ``编制： | 审核： | 2025年6月`` line",
        [sh], t,
    )  # fmt: skip


def liquan_testing_center_selfchecks() -> dict:
    unit = f"{PLACE}检验检测中心"
    t = _Truth(unit)
    people = [
        ("主任", "卞澹昕", "leader", "中心领导", [
            ("检验报告签发", "对原始记录不全的检验报告不复核即签发", "岗位职责", "高风险", "报告实行编制、审核、批准三级签发。"),
            ("检测设备和试剂采购", "检测设备采购指定品牌和供应商", "制度机制", "高风险", "采购需求集体研究，进入政府采购平台。"),
        ]),
        ("检验员", "巴淝瑶", "general", "食品检验室", [
            ("样品接收和制样", "样品编号和包装不规范，调换抽检样品", "业务流程", "高风险", "样品接收双人签字，留样封存备查。"),
            ("检验数据出具", "受委托方请托修改检验数据", "外部环境", "中风险", "检验数据系统留痕，修改须经审批。"),
        ]),
        ("检定员", "茹泗骁", "general", "计量检定室", [
            ("强制检定", "不按检定规程检定，出具虚假合格证书", "思想道德", "中风险", "检定原始记录完整留存，证书抽查复核。"),
            ("检定收费", "检定收费不开票据或超标准收费", "业务流程", "低风险", "收费标准公示，收费统一开具票据。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, tier, dept, points in people:
        sh = _Sheet(who, [6, 14, 36, 10, 10, 32])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        _line(sh, f"单位：{unit}", 6)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", post, "所在科室", dept)
        sh.add("序号", "工作环节", "风险点", "风险类型", "风险等级", "防控措施")
        for i, (step, point, typ, lv, measures) in enumerate(points, 1):
            sh.add(i, step, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), BANDS[lv])
        sh.add()
        sh.add("本人签名：", None, None, "中心主任审核：", None, None)
        sheets.append(sh)
    return _layout(
        "liquan_testing_center_selfchecks", "https://www.360docs.net/doc/3a3031021.html",
        "县检验检测中心 岗位廉政风险自查表, one sheet a person (tabs named by the holder), after the source's 制样规定 of 水产品 "
        "抽检 (抽检范围, 样品划分, 编号, 包装, 保存, 指定实验室): a title, a merged ``单位：…`` line, pairs ``姓　名 | … | 职　务 | "
        "… | 所在科室 | …`` in one row, then 序号/``工作环节``/风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/"
        "防控措施; a blank row and ``本人签名： | 中心主任审核：``",
        sheets, t,
    )  # fmt: skip


def liquan_investment_center_duties() -> dict:
    unit = f"{PLACE}招商服务中心"
    sh = _Sheet("责任清单", [6, 10, 9, 16, 36, 10, 11, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add("序号", "岗位", "责任人", "职责事项", "廉政风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "仇汶岫", "leader", [
                ("招商引资项目引进", "对投资方资质审查不严，引进“空壳”项目", "岗位职责", "一级风险", "项目引进前开展尽职调查，集体研究决定。"),
                ("招商优惠政策兑现", "违规承诺或超标准兑现优惠政策", "制度机制", "一级风险", "政策兑现经联审会议研究，兑现结果公示。"),
            ]),
        ]),
        ("二、项目服务股", "项目服务股", [
            ("股长", "敖濉芃", "middle", [
                ("项目全周期代办", "代办过程中向企业索要好处", "思想道德", "二级风险", "代办事项清单化，企业评价回访。"),
            ]),
            ("科员", "盖渼旸", "general", [
                ("联动服务清单", "擅自将不符合条件的项目列入联动服务清单", "业务流程", "二级风险", "清单入选条件公开，股长审核、主任审定。"),
                ("项目进展统计", "虚报项目开工和投资到位数据", "业务流程", "三级风险", "进展数据现场核实，定期会商比对。"),
            ]),
        ]),
        ("三、招商信息股", "招商信息股", [
            ("股长", "靳洺峋", "middle", [
                ("招商活动组织", "外出招商活动超标准安排食宿和接待", "制度机制", "二级风险", "外出招商事前审批，费用按标准报销。"),
            ]),
            ("信息员", "於澪琦", "general", [
                ("项目信息管理", "泄露在谈项目信息，为中介牟利", "外部环境", "一级风险", "项目信息分级管理，签订保密承诺。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, dept, people in groups:
        _line(sh, shown, 8)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for duty, point, typ, lv, measures in points:
                n += 1
                sh.add(n, post, who, duty, point, typ, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), RISKS[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, None, "审核：", None, None, DATE, None)
    return _layout(
        "liquan_investment_center_duties", "https://fj.010b.com/info/detail/151976.html",
        "县招商服务中心 廉政风险防控责任清单 under GROUP ROWS ``一、中心领导`` … ``三、招商信息股`` merged across (no 股室 column), "
        "after the source's 重大招商项目 行政服务联动机制 (投资促进部门, 行政服务中心, 联动服务清单, 全周期代办, 定期会商): a title, "
        "then 序号/岗位 and ``责任人`` merged per person/``职责事项``/廉政风险点/风险类型 (short names)/风险等级 ``一级风险/二级风险/"
        "三级风险``/防控措施; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def liquan_enforcement_brigade_two_sheets() -> dict:
    unit = f"{PLACE}市场监管综合行政执法大队"
    t = _Truth(unit)
    lead = _Sheet("大队领导", [6, 9, 9, 22, 38, 9, 32])
    _line(lead, f"{unit}大队领导廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "风险等级", "防控措施")
    leaders = [
        ("荀溱暄", "大队长", "主持全面工作", [
            ("重大案件不经集体审理，个人定案", "一级", "重大案件集体审理，审理记录存档。"),
            ("对移送司法机关的案件以罚代刑", "一级", "移送标准公开，移送情况报局党组。"),
        ]),
        ("祁涔昭", "副大队长", "分管案件调查、投诉举报", [
            ("投诉举报线索压案不查", "二级", "线索统一登记编号，办理情况每月通报。"),
            ("调查取证环节为当事人通风报信", "一级", "调查方案保密，执法全程记录。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "大队领导", post, who, "leader", point, [], GRADES[lv])
    _per_person(lead, first, None, 1, 2, 3)
    lead.add("制表：", None, "审核：", None, None, DATE, None)
    staff = _Sheet("中队", [6, 16, 10, 9, 38, 9, 32])
    _line(staff, f"{unit}中队廉政风险防控表", 7)
    staff.add("序号", "中队", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("食品药品执法中队", "中队长", "嵇澥琮", "middle", [
            ("市场巡查发现的违法线索不立案", "一级", "巡查线索登记台账，不予立案说明理由。"),
            ("先行登记保存的物品逾期不处理", "二级", "登记保存物品七日内作出处理决定。"),
        ]),
        ("食品药品执法中队", "执法队员", "濮瀞薇", "general", [
            ("现场检查笔录与事实不符", "二级", "执法记录仪全程记录，笔录当事人签字确认。"),
        ]),
        ("综合执法中队", "中队长", "寇淞翚", "middle", [
            ("证据固定不全，案件降格处理", "二级", "证据清单化审核，法制审核把关。"),
        ]),
        ("综合执法中队", "执法队员", "阙湲骅", "general", [
            ("查封扣押财物不开具清单", "一级", "查封扣押当场开具清单，财物统一入库。"),
            ("接受当事人宴请和礼品", "三级", "签订廉洁承诺书，执法两人以上。"),
        ]),
    ]  # fmt: skip
    first = len(staff.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, lv, measures in points:
            n += 1
            staff.add(n, dept, post, who, point, lv, measures)
            t.point(staff.name, dept, post, who, tier, point, [], GRADES[lv])
    _per_person(staff, first, 1, 2, 3)
    staff.add("制表：", None, "审核：", None, None, DATE, None)
    return _layout(
        "liquan_enforcement_brigade_two_sheets",
        "https://www.seridoat.com/article/jie-mi-zheng-zhou-shi-shi-chang-jian-guan-ju-zhi-fa-ji-cha-zhi-dui-ru-he-"
        "shou-hu-shi-chang-zhi-xu.html",
        "县市场监管综合行政执法大队 file in two sheets after the source's 市场监管局 执法稽查支队 (市场巡查, 投诉举报, 受理案件, "
        "调查取证, 证据固定): ``大队领导`` (a title, 序号/姓名, 职务 and 分管工作 merged per leader/风险点/风险等级/防控措施) and "
        "``中队`` (a title, 序号/中队 merged (食品药品执法中队, 综合执法中队)/岗位 and 姓名 merged per person/风险点/风险等级/"
        "防控措施); ``一级/二级/三级``; no type column; a 制表/审核/date line under each",
        [lead, staff], t,
    )  # fmt: skip


def liquan_trade_service_center_every_row() -> dict:
    unit = f"{PLACE}商贸流通服务中心"
    sh = _Sheet("一览表", [6, 12, 11, 9, 36, 10, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "权潆岱", "leader", "县域商业体系建设项目承建单位选定不公开", "制度机制", "Ⅰ",
         "承建单位公开比选，比选结果公示。"),
        ("中心领导", "主任", "权潆岱", "leader", "项目补助资金拨付不按验收结果", "岗位职责", "Ⅰ", "资金拨付凭验收报告，专账核算。"),
        ("市场服务股", "股长", "侯澍瑗", "middle", "酒类流通随附单核查走过场", "业务流程", "Ⅱ", "核查记录存档，股长每月抽查。"),
        ("市场服务股", "股长", "侯澍瑗", "middle", "对来源不明酒品线索不移交", "外部环境", "Ⅰ", "线索登记台账，移交情况报局。"),
        ("物流配送股", "科员", "荆洧琬", "general", "冷链物流补助申报材料审核不严", "岗位职责", "Ⅲ", "申报材料现场核实，名单公示。"),
        ("物流配送股", "科员", "燕浥珙", "general", "接受配送企业吃请和礼品", "思想道德", "Ⅲ", "签订廉洁承诺书，节前廉洁提醒。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), BARE[lv])
    _line(sh, "注：风险等级Ⅰ为高，Ⅱ为中，Ⅲ为低。", 8)
    sh.add("填表人：", None, None, "审核人：", None, DATE, None, None)
    source = ("https://taiyuan.baogaosu.com/xinwen/%25E5%25B1%2580%25E5%25BC%2580%25E5%25B1%2595%25E5%2585%25A8"
              "%25E5%25B8%2582%25E9%2585%2592%25E7%25B1%25BB%25E6%25B5%2581%25E9%2580%259A%25E6%25BA%25AF%25E6%25BA"
              "%2590%25E4%25B8%2593%25E9%25A1%25B9%25E6%2595%25B4%25E6%25B2%25BB/35879390")  # fmt: skip
    return _layout(
        "liquan_trade_service_center_every_row", source,
        "县商贸流通服务中心 岗位廉政风险防控一览表, after the source's 市商务局 酒类流通 溯源 专项整治 (酒类流通随附单, 溯源凭证, "
        "来源不明酒品): a title, then 序号/科室/岗位/姓名 written out on EVERY row (nothing merged)/风险点/风险类型 (short names)/"
        "风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施; a ``注：`` line on the grades and a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    liquan_market_bureau_type_blocks(),
    liquan_commerce_bureau_list(),
    liquan_yanxia_station_cards(),
    liquan_chengguan_station_posts(),
    liquan_testing_center_selfchecks(),
    liquan_investment_center_duties(),
    liquan_enforcement_brigade_two_sheets(),
    liquan_trade_service_center_every_row(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch393-inbox"))

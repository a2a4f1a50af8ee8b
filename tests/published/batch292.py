"""The two-hundred-and-ninety-second batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's state-owned
companies and 事业单位, 通江县 (a mountain county of 巴中 on the 诺水河, its staff Han) — its
城市建设投资集团, 交通建设投资公司, 水务投资公司 and 城乡供水公司, its 国有林场, its 供销合作社联合社 and
the 供销社's 农业生产资料公司, and its 粮食储备库 — each handing back the 一览表, 防控卡, 防控表, 排查表,
自查表, 清单 or 责任清单 its staff typed in WPS or Excel:

- the 城市建设投资集团's 一览表 under ``附件1`` and a ``填报单位（盖章）：…　填报时间：…`` line: ``部门``
  merged (公司领导, 工程管理部, 融资部, 财务部), ``岗位`` and ``姓名`` merged per person, short types,
  高/中/低, a 填表人/审核人/董事长（签字） line;
- the 交通建设投资公司's 防控卡, one sheet a holder (tabs 董事长, 副总经理, 工程部部长): ``持卡人 | … |
  职　务 | …`` and ``所在部门 | … | 分管工作 | …`` above ``序号 | 风险点 | 风险类别 | 风险等级 | 防控措施``,
  ``…风险`` types, ``★★★/★★/★`` read by a ``注：`` line, ``监督电话：… | 持卡人签字：``;
- the 水务投资公司's file in two sheets: ``公司领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``职能部门`` (``部门`` merged, ``岗位`` and ``姓名`` merged per person), ``一级/二级/三级``, no type
  column;
- the 城乡供水公司's 排查表 对岗不对人: ``部门`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``高风险/中风险/低风险``, no names, no types; an 编制/审核/date line;
- the 国有林场's 自查表, one sheet a person (tabs named by the person): ``姓　名 | … | 所在部门 | … |
  职　务 | …`` in one row above ``序号 | 风险点 | 风险类别 | 风险等级 | 已有防控措施 | 自查情况``, short
  types, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``本人签名： | … | 场部意见： | … | 2025年6月``;
- the 供销合作社联合社's 防控表 under GROUP ROWS ``一、社领导`` … ``四、财务审计科`` merged across (no 科室
  column): ``岗位 | 姓名`` merged per person, ``…风险`` types, ``一级风险/二级风险/三级风险``;
- the 农业生产资料公司's 责任清单 written on EVERY row (no merges): ``部门 | 岗位 | 责任人 | 职责事项 |
  廉洁风险点 | 风险等级 | 防控措施``, ``高级/中级/低级``, no type column.

One is harder:

- ``tongjiang_grain_reserve_post_prefix``: the 粮食储备库's 岗位廉政风险点排查表 对岗不对人, an ordinary
  list (``序号 | 股室 | 风险点 | 风险类型 | 风险等级 | 防控措施``, ``股室`` merged down, short types,
  高/中/低) with NO ``岗位`` COLUMN: EVERY ``风险点`` CELL OPENS WITH THE POST THAT HOLDS THE POINT and a
  full-width colon — ``保管员：出库时以陈粮顶替轮换新粮，赚取差价``, ``司磅员：检斤时虚增毛重，多开结算
  凭证``, ``主任：…`` — several posts under one 股室, a post over one or two rows; a ``注：`` line
  under the table says the post is written before each point. So the post of a row is named only
  inside its point cell, and the point is the text after the colon. The README's 读得懂的表 knows
  a ``岗位`` cell ``财务科-出纳`` (科室 and post), ``民政专干(高丽)`` and ``定点评估岗⏎吴海燕`` (post and
  holder), a ``岗位名称及职责`` cell whose first line is the post, ``新闻部主任：蒙立新`` under
  ``岗位及责任人``, a ``风险点：…⏎防控措施：…`` cell, a risk point with its level or type in brackets
  (``违规审批(高)``, ``【一级】…``, ``…(制度机制)``) under a header joined by 及; it does not describe
  a plain ``风险点`` column whose every cell opens with the POST holding the point, the post being
  written nowhere else in the row.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 城投集团's 内控中心 on drawing
lots among 审计机构 for 城建项目 全过程跟踪审计 — 代建单位, 概算总投资, 项目包; a 省纪委 专项纪律审查
of a 公路 接线工程's funds — “三重一大”, 招投标, 虚报冒领, 截留挪用, 兑付工程款, 地方配套资金; a
自来水公司 whose 抄表员 took bribes to under-read meters — 漏损率, 用水企业, 窝案; a 农村自来水公司's
opaque 水费 — 收费标准, 预缴, 收费凭证; a 国营林场 of 杉木 whose forest was cut by neighbours — 营造
管护, 乱砍滥伐, “三定”协议; a 县供销社 visited by the 全国供销社监事会 — 社务会主任, 监事会, 资产经营管理,
商业房地产, 为农服务; a 供销社's 农资连锁公司 in 春耕 — 化肥 储备, 批发, 中心店, 连锁网点; a 县国粮公司's
窝案 — 以旧当新, 空进空出, 虚报损耗, 蓄意压价, 保管员, 财务科科长) and the layout follows their
words for the unit, its parts, its posts and its risks. The rows are worded by us, the names
invented (rare Han surnames with rare given names, three characters each); every unit is a body
of 通江县.

Run ``python tests/published/score.py --set batch292`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each ``风险点`` cell ``岗位：风险点`` is a point of that post: the post is the text
  before the first full-width colon, the point the text after it (as batch107 took a type before
  the colon); the 科室 is the row's merged ``股室``; one form a post within its 股室 (对岗不对人, no
  person), however many rows name it; the 注 line is no point;
- each company and 事业单位 here is a unit of its own, its 部, 股, 科, 室, 站 and 办公室 its 科室;
  ``公司领导``, ``库领导``, ``社领导`` (a 部门/股室 cell, a card's 所在部门, a group row, the sheet
  ``公司领导``) are the 科室 of those leaders; a group row ``二、业务发展科`` gives the 科室
  ``业务发展科`` (its number left off); the 林场's 管护站 named under ``所在部门`` on a 自查表 is the
  科室 of that person (场部 for the 场长);
- 董事长, 总经理, 副总经理, a 储备库's 主任 and 副主任, 场长, 副场长, the 供销社's 理事会主任 and
  理事会副主任, and the 农资公司's 经理 are leaders; 部长, 部门经理, 科长, 股长, 站长 and a 办公室's 主任
  middle; the rest (造价员, 出纳, 会计, 抄表员, 稽查员, 营业收费员, 管网维修工, 护林员, 保管员, 司磅员,
  化验员, 统计员, 营业员) general; the 农资公司's ``中心门店`` (its shop) is a 科室;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``职责事项``, ``已有防控措施``
  and ``自查情况`` are no points and name no holder; the 城乡供水公司's list names no person: its
  forms are posts (对岗不对人); the 农资公司's ``责任人`` column names the holder;
- ``高/中/低``, ``★★★/★★/★``, ``一级/二级/三级``, ``高风险/中风险/低风险``, ``Ⅰ级/Ⅱ级/Ⅲ级``,
  ``一级风险/二级风险/三级风险`` and ``高级/中级/低级`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b292_"
PLACE = "通江县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
RANKS = {"高级": 1, "中级": 2, "低级": 3}
GAP = "\u3000"
COLON = "："


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int,
                last: int | None = None) -> None:  # fmt: skip
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs, last)


# --------------------------------------------------------------------------- harder layout

RESERVE = f"{PLACE}粮食储备库"
PREFIX_NOTE = "注：风险点一栏先写该风险点所涉岗位，后加冒号写风险点；本表对岗不对人。"

# (股室, 岗位, tier, 风险点 (after the colon), 风险类型, 风险等级, 防控措施)
RESERVE_POINTS = [
    ("库领导", "主任", "leader", "储备粮轮换不经库务会集体研究，指定购销对象", "制度机制", "高",
     "轮换方案库务会集体研究，报县发改局（粮食局）审批。"),
    ("库领导", "主任", "leader", "粮库维修改造工程化整为零，规避招标", "业务流程", "高",
     "维修项目按限额标准招标，结算送审。"),
    ("库领导", "副主任", "leader", "对仓储保管、质检环节的监督流于形式", "岗位职责", "中",
     "每季度开展库存数量质量检查，问题限期整改。"),
    ("仓储保管股", "股长", "middle", "储粮损耗核定不实，虚报损耗", "岗位职责", "高",
     "损耗按定额核定，超耗须查明原因并报库务会。"),
    ("仓储保管股", "保管员", "general", "出库时以陈粮顶替轮换新粮，赚取差价", "思想道德", "高",
     "出入库实行货位卡和视频双记录，库领导现场监督。"),
    ("仓储保管股", "保管员", "general", "仓房钥匙、粮情记录管理不严，账实不符", "业务流程", "中",
     "仓房双人双锁，账、卡、实每月核对。"),
    ("购销股", "司磅员", "general", "检斤时虚增毛重，多开结算凭证", "外部环境", "高",
     "地磅数据自动采集上传，结算凭证连号管理。"),
    ("购销股", "司磅员", "general", "收购时对售粮农民压级压价、扣量", "思想道德", "中",
     "收购价格和扣量标准张榜公布，设投诉电话。"),
    ("购销股", "统计员", "general", "购销台账与实际出入库不符，空进空出", "制度机制", "中",
     "台账与财务账、保管账按月三方核对。"),
    ("质检化验室", "化验员", "general", "水分、杂质化验结果人为调整", "岗位职责", "高",
     "扦样、检验、复核分离，检验原始记录留存。"),
    ("财务股", "会计", "general", "虚列保管费、费用报销凭证不实", "业务流程", "中",
     "报销实行经办、审核、审批三签，定期内审。"),
    ("财务股", "出纳", "general", "售粮款不及时入账，公款私存", "思想道德", "低",
     "收付款一律通过对公账户，现金日清月结。"),
]  # fmt: skip


def prefixed(post: str, point: str) -> str:
    """A ``风险点`` cell opening with its post: ``保管员：…``."""
    return f"{post}{COLON}{point}"


def tongjiang_grain_reserve_post_prefix() -> dict:
    sh = _Sheet("排查表", [6, 12, 44, 10, 8, 34])
    t = _Truth(RESERVE)
    _line(sh, f"{RESERVE}岗位廉政风险点排查表", 6)
    _line(sh, f"填报单位（盖章）：{RESERVE}{GAP * 10}填报时间：2025年6月", 6)
    sh.add("序号", "股室", "风险点", "风险类型", "风险等级", "防控措施")
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(RESERVE_POINTS, 1):
        sh.add(n, dept, prefixed(post, point), typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    _line(sh, PREFIX_NOTE, 6)
    sh.add("编制：办公室", None, "审核：", None, "2025年6月", None)
    return _layout(
        "tongjiang_grain_reserve_post_prefix", "https://pltyw.com/showinfo-94-9563-0.html",
        "(harder) 县粮食储备库 岗位廉政风险点排查表 对岗不对人, after the source's 县国粮公司 窝案 (以旧当新, 空进空出, 虚报损耗, "
        "蓄意压价; 保管员, 财务科科长): a title, a merged ``填报单位（盖章）：…　填报时间：2025年6月`` line, then 序号/股室 merged "
        "(库领导, 仓储保管股, 购销股, 质检化验室, 财务股)/风险点/风险类型 (short names)/风险等级 高/中/低/防控措施 with NO 岗位 "
        "COLUMN: EVERY 风险点 CELL OPENS WITH ITS POST and a full-width colon (``保管员：出库时以陈粮顶替…``, ``司磅员：…``, "
        "``主任：…``), a post over one or two rows; no names; a merged ``注：`` line saying so and an ``编制：办公室 | 审核： | "
        "2025年6月`` line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def tongjiang_urban_investment_list() -> dict:
    unit = f"{PLACE}城市建设投资集团有限公司"
    sh = _Sheet("一览表", [6, 12, 12, 10, 38, 10, 8, 36])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉洁风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 8}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("公司领导", "董事长", "綦霁岑", "leader", [
            ("重大投资、融资事项不经董事会集体决策", "制度机制", "高", "落实“三重一大”决策制度，会议纪要存档。"),
            ("插手城建项目发包，为特定企业打招呼", "思想道德", "高", "项目发包全部进入县公共资源交易中心。"),
        ]),
        ("公司领导", "副总经理", "郏沅蘅", "leader", [
            ("代建项目概算调整把关不严", "岗位职责", "中", "概算调整经造价咨询机构审核并报县财政评审。"),
        ]),
        ("工程管理部", "部长", "逯岫岚", "middle", [
            ("设计变更、现场签证不按程序审批", "业务流程", "高", "变更签证实行监理、部门、分管领导三级审批。"),
            ("跟踪审计机构选择不公开", "制度机制", "中", "跟踪审计机构摇号遴选，结果公示。"),
        ]),
        ("工程管理部", "造价员", "钭泠溪", "general", [
            ("工程计量与实际完成量不符", "岗位职责", "中", "计量资料双人复核，随机现场抽查。"),
        ]),
        ("融资部", "部长", "眭珩懿", "middle", [
            ("融资中介费用标准不公开，与中介串通", "外部环境", "高", "融资中介比选确定，费用标准经董事会审定。"),
        ]),
        ("财务部", "出纳", "鄢湛珂", "general", [
            ("工程款支付不凭审批单，挪用资金", "业务流程", "中", "支付凭审批单和合同，网银双人复核。"),
            ("银行账户开立、撤销不报批", "制度机制", "低", "账户开立撤销报董事长审批，年度清理。"),
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
    sh.add("填表人：", None, None, "审核人：", None, "董事长（签字）：", None, None)
    return _layout(
        "tongjiang_urban_investment_list", "http://haiguifanyi.com/tzgg/2425.html",
        "县城投集团 岗位廉洁风险防控一览表, after the source's 城投 内控中心 notice on drawing lots among 审计机构 for 城建项目 全过程"
        "跟踪审计 (代建单位, 概算总投资, 项目包): ``附件1``, a title, a merged ``填报单位（盖章）：…　填报时间：2025年6月`` line, "
        "then 序号/部门 merged (公司领导, 工程管理部, 融资部, 财务部)/岗位 and 姓名 merged per person/风险点/风险类型 (short "
        "names)/风险等级 高/中/低/防控措施; a 填表人/审核人/董事长（签字） line",
        [sh], t,
    )  # fmt: skip


def tongjiang_transport_construction_cards() -> dict:
    unit = f"{PLACE}交通建设投资有限公司"
    t = _Truth(unit)
    cards = [
        ("董事长", "亓樾澜", "董事长", "公司领导", "leader", "主持全面工作，负责项目投资和资金",
         [("公路项目资金不按批复用途使用，挤占挪用", "制度机制风险", "★★★", "项目资金专户管理，按进度拨付。"),
          ("地方配套资金到位情况虚报", "岗位职责风险", "★★", "配套资金到位情况按月报县财政局核对。"),
          ("接受施工企业宴请、礼金", "思想道德风险", "★★", "签订廉洁承诺书，节前廉洁提醒。")]),
        ("副总经理", "麴沣湄", "副总经理", "公司领导", "leader", "分管征地拆迁和工程建设",
         [("征地拆迁补偿虚报冒领", "业务流程风险", "★★★", "补偿名单逐户公示，补偿款直接打卡。"),
          ("工程款兑付中吃拿卡要", "外部环境风险", "★★★", "兑付进度公开，限时办结。")]),
        ("工程部部长", "蒉翊澄", "部长", "工程部", "middle", "负责工程质量、进度和计量",
         [("隐蔽工程验收不到场即签字", "岗位职责风险", "★★", "隐蔽工程验收拍照留存，监理、业主共同签字。"),
          ("材料进场检验走过场，以次充好", "业务流程风险", "★★", "材料见证取样送检，不合格材料清退。"),
          ("工期延误不按合同处罚", "制度机制风险", "★", "违约处罚经总经理办公会研究。")]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, dept, tier, duty, points in cards:
        sh = _Sheet(tab, [6, 36, 12, 9, 34])
        _line(sh, f"{unit}岗位廉洁风险防控卡", 5)
        sh.add("持卡人", who, f"职{GAP}务", post, None)
        sh.add("所在部门", dept, "分管工作", duty, None)
        sh.merge(len(sh.rows) - 1, 3, len(sh.rows) - 1, 4)
        sh.add("序号", "风险点", "风险类别", "风险等级", "防控措施")
        for i, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(i, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), STARS[lv])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 5)
        sh.add("监督电话：0827-7222188", None, "持卡人签字：", None, "年　月　日")
        sheets.append(sh)
    return _layout(
        "tongjiang_transport_construction_cards", "http://badong.cjyun.org/p/32413.html",
        "县交通建设投资公司 岗位廉洁风险防控卡, one sheet a holder (tabs 董事长, 副总经理, 工程部部长), after the source's 专项纪律"
        "审查 of a 国道 接线工程's funds (“三重一大”, 招投标, 虚报冒领, 截留挪用, 兑付工程款, 地方配套资金): a title, ``持卡人 | … | "
        "职　务 | …`` and ``所在部门 | … | 分管工作 | …`` (分管工作 merged over two cells), then 序号/风险点/风险类别 ``…风险``/"
        "风险等级 ``★★★/★★/★``/防控措施; a merged ``注：`` line and ``监督电话：… | 持卡人签字： | 年　月　日``",
        sheets, t,
    )  # fmt: skip


def tongjiang_water_investment_two_sheets() -> dict:
    unit = f"{PLACE}水务投资有限公司"
    t = _Truth(unit)
    lead = _Sheet("公司领导", [6, 9, 9, 18, 38, 8, 32])
    _line(lead, f"{unit}领导班子成员廉洁风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉洁风险点", "风险等级", "防控措施")
    leaders = [
        ("冀湉珣", "董事长", "主持全面工作，分管人事、财务", [
            ("水厂改扩建项目不经集体研究，个人说了算", "一级", "重大项目董事会集体决策，纪要存档。"),
            ("中层人员选聘中打招呼、优亲厚友", "二级", "选聘方案和结果公示。"),
        ]),
        ("晏濯岷", "总经理", "主持生产经营，分管营业收费", [
            ("默许抄表员少抄水量，漏损率长期异常不追查", "一级", "漏损率按月分析，异常片区专项稽查。"),
            ("大用户水价执行标准不一", "二级", "水价执行清单化，大用户水价公示。"),
        ]),
        ("鞠沅汐", "副总经理", "分管管网工程和物资", [
            ("管网改造材料采购指定品牌", "一级", "材料采购公开比选，验收双人签字。"),
            ("接受施工单位礼品礼金", "三级", "签订廉洁承诺书，拒收登记。"),
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
    dept = _Sheet("职能部门", [6, 12, 10, 9, 38, 8, 32])
    _line(dept, f"{unit}职能部门廉洁风险防控表", 7)
    dept.add("序号", "部门", "岗位", "姓名", "廉洁风险点", "风险等级", "防控措施")
    rows = [
        ("营业收费部", "部门经理", "璩沛淇", "middle", [
            ("水表抄见数据审核不严，对估抄不纠正", "二级", "抄表数据系统比对，异常数据复抄。"),
            ("违规减免用户水费、滞纳金", "一级", "减免事项经总经理审批并公示。"),
        ]),
        ("营业收费部", "抄表员", "竺砚汐", "general", [
            ("收受用水企业好处，少抄实际用水量", "一级", "抄表片区定期轮换，抄表照片上传系统。"),
            ("代收水费不及时上缴", "二级", "代收水费当日上缴，票据连号。"),
        ]),
        ("供水稽查部", "稽查员", "郤霈岚", "general", [
            ("对违章用水、私接管道查处不力", "二级", "稽查记录拍照留存，处理结果集体审定。"),
        ]),
        ("财务部", "会计", "郁漪璠", "general", [
            ("收费票据核销不及时，截留水费收入", "一级", "票据领用核销登记，收入日清日结。"),
            ("往来款项长期挂账不清理", "三级", "往来款项每季度清理。"),
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
    dept.add("填表人：", None, None, "审核人：", None, "董事长（签字）：", None)
    return _layout(
        "tongjiang_water_investment_two_sheets", "https://xinghuozhiku.com/164961.html",
        "县水务投资公司 廉洁风险防控表 in two sheets, after the source's 自来水公司 抄表员 窝案 (少抄实际用水量, 漏损率, 用水企业, "
        "城郊村): ``公司领导`` (a title, 序号/姓名, 职务 and 分管工作 merged per leader/廉洁风险点/风险等级 ``一级/二级/三级``/防控"
        "措施) and ``职能部门`` (a title, 序号/部门 merged (营业收费部, 供水稽查部, 财务部)/岗位 and 姓名 merged per person/…; a "
        "填表人/审核人/董事长（签字） line); no type column",
        [lead, dept], t,
    )  # fmt: skip


def tongjiang_rural_water_posts() -> dict:
    unit = f"{PLACE}城乡供水有限责任公司"
    sh = _Sheet("排查表", [6, 12, 12, 18, 38, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉洁风险点排查表", 7)
    sh.add("序号", "部门", "岗位", "风险点", "风险表现", "风险等级", "防控措施")
    rows = [
        ("公司领导", "总经理", "leader", "水价执行", "擅自提高或变相提高农村用水收费标准", "高风险",
         "收费标准报县发改局核定，在各村公示。"),
        ("公司领导", "总经理", "leader", "预缴水费管理", "要求用户预缴一年以上水费，资金不入账", "高风险",
         "预缴水费进公司专户，按月结转。"),
        ("营业所", "营业收费员", "general", "水费收取", "收费不开正式票据，现金不入账", "高风险",
         "收费一律开具税务发票，现金当日解缴。"),
        ("营业所", "营业收费员", "general", "新户报装", "报装收费超标准，收取好处优先接水", "中风险",
         "报装流程和收费标准窗口公示，按序办理。"),
        ("营业所", "所长", "middle", "水费减免", "对关系户违规减免水费", "中风险", "减免须总经理审批，按季公示。"),
        ("管网维修队", "管网维修工", "general", "管网维修", "维修材料虚报冒领，私接管道收费", "中风险",
         "材料领用以旧换新，维修单用户签字。"),
        ("管网维修队", "管网维修工", "general", "水表更换", "更换水表收取用户费用", "低风险", "水表更换免费，更换记录存档。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, [], BANDS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合办公室", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "tongjiang_rural_water_posts", "https://m.pinggu.org/bbs/thread-16060888-1-1.html",
        "县城乡供水公司 岗位廉洁风险点排查表 对岗不对人, after the source's 农村自来水公司 水费 (收费标准, 收费口径, 预缴, 第三方"
        "平台, 收费凭证): a title, then 序号/部门 merged (公司领导, 营业所, 管网维修队)/岗位 merged per post/a short 风险点/a long "
        "风险表现/风险等级 ``高风险/中风险/低风险``/防控措施; no names, no type column; an ``编制：综合办公室 | 审核： | 2025年5月`` "
        "line",
        [sh], t,
    )  # fmt: skip


def tongjiang_forest_farm_selfchecks() -> dict:
    unit = f"{PLACE}国有林场"
    t = _Truth(unit)
    people = [
        ("宓岱霖", "场部", "场长", "leader", [
            ("林木采伐指标分配不经场务会研究", "制度机制", "Ⅰ级", "采伐指标场务会集体研究并公示。", "未发现问题"),
            ("造林、抚育项目验收把关不严", "岗位职责", "Ⅱ级", "项目验收邀请县林业局共同参加。", "已落实"),
        ]),
        ("佘峤沨", "诺水管护站", "站长", "middle", [
            ("对管护区内乱砍滥伐隐瞒不报", "岗位职责", "Ⅰ级", "巡护记录每周报场部，案件线索及时移送。", "已落实"),
            ("护林员考勤、巡护里程审核不实", "业务流程", "Ⅱ级", "巡护轨迹系统核对，每月抽查。", "已整改"),
            ("接受周边群众礼品，放任林地侵占", "思想道德", "Ⅲ级", "签订廉洁承诺书，林地界桩定期核查。", "未发现问题"),
        ]),
        ("隗沚澜", "空山管护站", "护林员", "general", [
            ("收受好处后对盗伐林木不劝阻、不报告", "外部环境", "Ⅰ级", "巡护发现的问题当日报告站长。", "未发现问题"),
            ("巡护记录弄虚作假，虚报巡护天数", "岗位职责", "Ⅲ级", "巡护App定位打卡，记录不得补填。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 36, 10, 9, 32, 12])
        _line(sh, f"{unit}岗位廉洁风险自查表", 6)
        sh.add(f"姓{GAP}名", who, "所在部门", dept, f"职{GAP}务", post)
        sh.add("序号", "风险点", "风险类别", "风险等级", "已有防控措施", "自查情况")
        for i, (point, typ, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, typ, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "场部意见：", None, "2025年6月", None)
        sheets.append(sh)
    return _layout(
        "tongjiang_forest_farm_selfchecks",
        "https://soolun.net/periodical/46ba11e2cb1b36d16a547464d610cc61.html",
        "县国有林场 岗位廉洁风险自查表, one sheet a person (tabs named by the person), after the source's 国营林场 of 杉木 (营造"
        "管护, 圈山抢林, 乱砍滥伐, “三定”协议): a title, ``姓　名 | … | 所在部门 | … | 职　务 | …`` in one row (场部, 诺水管护站, "
        "空山管护站), then 序号/风险点/风险类别 (short names)/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/``已有防控措施``/``自查情况``; a blank row "
        "and ``本人签名： | 场部意见： | 2025年6月``",
        sheets, t,
    )  # fmt: skip


def tongjiang_supply_coop_groups() -> dict:
    unit = f"{PLACE}供销合作社联合社"
    sh = _Sheet("防控表", [6, 12, 10, 38, 13, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉洁风险防控表", 7)
    sh.add("序号", "岗位", "姓名", "廉洁风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、社领导", "社领导", [
            ("理事会主任", "濮岚澍", "leader", [
                ("社有资产出租、处置不经理事会研究", "制度机制风险", "一级风险", "资产处置经理事会研究，进场公开交易。"),
                ("社有企业负责人选任搞个人说了算", "思想道德风险", "一级风险", "选任方案经党组会研究，任前公示。"),
            ]),
            ("理事会副主任", "邰璟岫", "leader", [
                ("商业房地产合作开发中利益输送", "外部环境风险", "一级风险", "合作方公开遴选，合同法律审核。"),
            ]),
        ]),
        ("二、业务发展科", "业务发展科", [
            ("科长", "蓟沄翎", "middle", [
                ("为农服务项目申报材料把关不严，套取扶持资金", "岗位职责风险", "二级风险", "项目申报实地核查，资金使用跟踪问效。"),
                ("基层社、农民合作社考核评比不公", "业务流程风险", "三级风险", "考核细则公开，结果公示。"),
            ]),
        ]),
        ("三、资产管理科", "资产管理科", [
            ("科长", "嵇霭舟", "middle", [
                ("门面房租金标准随意降低", "业务流程风险", "二级风险", "租金标准经评估确定，公开招租。"),
                ("资产台账登记不全，闲置资产流失", "制度机制风险", "二级风险", "资产台账动态更新，年度盘点。"),
            ]),
        ]),
        ("四、财务审计科", "财务审计科", [
            ("会计", "宰瑗汀", "general", [
                ("社有企业财务报表审核流于形式", "岗位职责风险", "二级风险", "报表审核留痕，重大事项专项审计。"),
                ("虚列费用，套取社有资金", "思想道德风险", "三级风险", "费用报销三签，票据逐张审核。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, dept, people in groups:
        _line(sh, shown, 7)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for point, typ, lv, measures in points:
                n += 1
                sh.add(n, post, who, point, typ, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), RISKS[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("制表：办公室", None, None, "审核：", None, "2025年6月", None)
    return _layout(
        "tongjiang_supply_coop_groups", "http://shryphyxh.com/more.php?i=930",
        "县供销合作社联合社 岗位廉洁风险防控表, after the source's 县供销社 visited by the 全国供销社监事会 (社务会主任, 监事会, "
        "资产经营管理, 商业房地产, 为农服务, 合作金融): a title, 序号/岗位/姓名/廉洁风险点/风险类型 ``…风险``/风险等级 "
        "``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS ``一、社领导``, ``二、业务发展科``, ``三、资产管理科``, "
        "``四、财务审计科`` merged across (no 科室 column); 岗位 and 姓名 merged per person; a ``制表：办公室 | 审核： | 2025年6月`` "
        "line",
        [sh], t,
    )  # fmt: skip


def tongjiang_farm_supplies_duties() -> dict:
    unit = f"{PLACE}农业生产资料有限责任公司"
    sh = _Sheet("责任清单", [6, 12, 10, 9, 14, 36, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉洁风险防控责任清单", 8)
    sh.add("序号", "部门", "岗位", "责任人", "职责事项", "廉洁风险点", "风险等级", "防控措施")
    rows = [
        ("公司领导", "经理", "暨珝涵", "leader", "化肥冬储", "冬储化肥供货商选择暗箱操作", "高级",
         "供货商比选确定，储备计划报县供销社审定。"),
        ("公司领导", "经理", "暨珝涵", "leader", "价格管理", "春耕期间擅自抬高农资批发价格", "中级",
         "批发价格报县供销社备案，门店明码标价。"),
        ("业务部", "部长", "厍昀澄", "middle", "农资采购", "采购中收受生产企业回扣", "高级", "采购合同集体审定，返利写入合同入账。"),
        ("业务部", "部长", "厍昀澄", "middle", "质量检验", "对不合格农资放行入库", "中级", "每批次农资抽样送检，检验合格方可入库。"),
        ("仓储配送部", "保管员", "钟离翙", "general", "出入库管理", "化肥出入库数量不实，账实不符", "中级",
         "出入库单据连号，每月盘点。"),
        ("中心门店", "营业员", "闾霑屿", "general", "门店销售", "销售款不入账，赊销不登记", "高级",
         "销售款当日上缴，赊销台账经理审批。"),
        ("中心门店", "营业员", "闾霑屿", "general", "惠农补贴农资发放", "补贴农资发放对象不实", "低级",
         "发放名单与村上报名单核对并签字。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, duty, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, duty, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], RANKS[lv])
    sh.add()
    sh.add("填报人：", None, None, "审核人：", None, "经理：", None, None)
    return _layout(
        "tongjiang_farm_supplies_duties", "http://ampcn.com/news/detail/65296.asp",
        "县供销社 农业生产资料公司 廉洁风险防控责任清单, after the source's 供销社 农资连锁公司 in 春耕 (化肥 储备, 批发, 中心店, "
        "连锁网点): a title, 序号/部门/岗位/责任人 written on EVERY row (no merges)/``职责事项``/廉洁风险点/风险等级 "
        "``高级/中级/低级``/防控措施; no type column; a blank row and a 填报人/审核人/经理 line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    tongjiang_grain_reserve_post_prefix(),
    tongjiang_urban_investment_list(),
    tongjiang_transport_construction_cards(),
    tongjiang_water_investment_two_sheets(),
    tongjiang_rural_water_posts(),
    tongjiang_forest_farm_selfchecks(),
    tongjiang_supply_coop_groups(),
    tongjiang_farm_supplies_duties(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch292-inbox"))

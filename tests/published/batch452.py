"""The four-hundred-and-fifty-second batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 财政
bodies, 宜君县 (铜川, Shaanxi) — the 县财政局, the 县国库集中支付中心, the 县政府采购中心, the 县非税收入
管理中心 and the 财政所 of four 镇 (彭镇, 五里镇, 棋盘镇, 尧生镇) — each handing back the 一览表,
防控表, 责任清单, 排查表, 防控卡, 自查表 or 清单 its staff typed in WPS or Excel:

- the 国库集中支付中心's file in two sheets: ``中心领导`` (``姓名 | 职务 | 分管工作`` merged per leader)
  and ``科室`` (``科室`` merged, ``岗位`` and ``姓名`` merged per person), ``一级/二级/三级``, no type
  column, an 编制/审核/date line under each;
- the 非税收入管理中心's 责任清单 under GROUP ROWS ``一、中心领导``, ``二、征收管理股``, ``三、票据管理股``
  merged across (no 科室 column): ``岗位 | 责任人`` merged per person, ``职责事项`` before the
  ``廉政风险点``, ``…风险`` types, ``一级风险/二级风险/三级风险``;
- the 政府采购中心's 排查表 对岗不对人: ``岗位`` merged per post, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names, no 科室; a 制表/审核/date line;
- the 彭镇财政所's 防控卡, one sheet a holder (tabs named by the post): ``姓　名 | … | 职　务 | …`` over
  ``所在单位 | … | 持卡时间 | …`` above ``序号 | 风险点 | 风险等级 | 防控措施``, ``★★★/★★/★`` read
  by a ``注：`` line, no type column, ``持卡人（签字）： | … | 所长（签字）：``;
- the 五里镇财政所's 自查表, one sheet a person (tabs named by the holder): a label row ``姓　名 | 岗　位 |
  填表时间`` over a row of values, then ``序号 | 风险点 | 风险等级 | 防控措施 | 自查情况``,
  ``高风险/中风险/低风险``, no type column, ``本人签名： | … | 所长审核：``;
- the 棋盘镇财政所's 清单 written out on EVERY row (nothing merged): ``岗位 | 责任人 | 廉政风险点 |
  风险等级 | 防控措施``, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line, no type and no 科室 column;
- the 尧生镇财政所's 一览表 under ``附件1``, a title and a merged ``填报单位：…　填报时间：…`` line:
  ``岗位`` and ``姓名`` merged per person, ``廉政风险点``, short types, 高/中/低.

One is harder:

- ``yijun_finance_bureau_upright_type_and_level``: the 县财政局's ordinary 岗位廉政风险防控一览表 (a
  title, a merged ``填报单位：…　填报时间：…`` line, ``序号 | 股室 | 岗位 | 姓名 | 廉政风险点 | 风险类型 |
  风险等级 | 防控措施``, 股室 merged per run, 岗位 and 姓名 merged per person, a 制表/审核/date line)
  whose TWO NARROW COLUMNS OF THE TYPE AND THE LEVEL (widths 3.5) are TYPED ONE CHARACTER A LINE
  (竖排, Alt+Enter after every character, as offices do to keep a narrow column narrow): the
  headings ``风⏎险⏎类⏎型`` and ``风⏎险⏎等⏎级``, the types ``制⏎度⏎机⏎制``, ``岗⏎位⏎职⏎责``,
  ``业⏎务⏎流⏎程``, ``思⏎想⏎道⏎德``, ``外⏎部⏎环⏎境`` and the levels ``一⏎级``, ``二⏎级``, ``三⏎级``. The
  shape is about HOW THE TYPE AND THE LEVEL ARE WRITTEN: each a multi-line cell whose lines are
  single characters, not parts (no line is a type or a level by itself). The README's 读得懂的表
  knows ``窄列里竖排、一字一行的科室、岗位、姓名`` (batch407's harder layout, batch104's and batch245's
  科室, batch106's side labels) — the WHO columns only; it does not describe a type or a level
  broken one character a line, and no earlier batch writes one (``grep -n '思\\\\n想\\|制\\\\n度\\|
  一\\\\n级\\|高\\\\n风' tests/published/batch*.py`` finds none; the helpers ``_vertical`` of batch104
  and batch106 and batch407's ``VERTICAL_COLS`` stand up only 科室, labels, posts and names).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (the 预算管理一体化规范 — 预算编制,
指标, 支付; what 财政全供 and 全额拨款 are — 单位经费, 拨款方式; the 国库制度's history — 国库, 集中收付,
出纳牵制; a 财库 notice on 国库集中支付 — 授权支付, 直接支付, 代理银行; the 收支两条线 rules — 非税收入,
收缴, 专户; what 上缴非税收入 rests on — 执收, 票据, 划解; a 政府采购中心's rules on 评审专家 — 专家库,
抽取, 回避; the 惠农补贴 policies — 补贴发放, 一卡通, 村级 公示) and the layout follows their words for
the unit, its parts, its posts and its risks. The rows are worded by us, the names invented (rare
Han surnames with rare given names, three characters each); every unit is a body of 宜君县, named
with the county's name.

Run ``python tests/published/score.py --set batch452`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a cell typed one character a line is the word its characters spell: the
  type ``制⏎度⏎机⏎制`` is 制度机制, the level ``一⏎级`` is 一级 (1); the line breaks are layout, as in
  batch407; the headings ``风⏎险⏎类⏎型`` and ``风⏎险⏎等⏎级`` are 风险类型 and 风险等级;
- ``中心领导`` (a sheet of the 支付中心's leaders, named so by its tab, and a group row of the 非税中心)
  and ``局领导`` (a 股室 cell of the 财政局) are the 科室 of those leaders; a 局's 股 and 办公室 and a
  中心's 科 and 股 (支付科, 核算科, 征收管理股, 票据管理股) are 科室; a group row ``二、征收管理股`` gives
  the 科室 ``征收管理股`` (its number left off); the 采购中心's list and the four 镇财政所 files name no
  科室: their 科室 is "" and the 所 is the unit (``宜君县彭镇财政所``, as the title and the cards'
  ``所在单位`` write it);
- 局长, 副局长, a 中心's 主任 and 副主任, a 所's 所长 and 副所长 are leaders; 股长 and 科长 middle; the
  rest (科员, 会计, 出纳, 审核员, 采购经办员, 合同管理员, 征收员, 票据管理员, 报账员, 惠农资金专管员) general;
- ``风险点 | 风险表现`` (the 采购中心's list): the point is the short 风险点; ``分管工作``, ``职责事项``
  and ``自查情况`` are no points and name no holder; the 采购中心's list names no person: its forms
  are posts (对岗不对人);
- ``一级/二级/三级``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★`` (read by the cards' note), ``高风险/中风险/低风险``,
  ``一级风险/二级风险/三级风险``, 高/中/低 and bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the list's note) are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, 宋体 10 and
taller rows for wrapped cells) and ``truth.json``; no re-saved copies (as batch280 and batch449).
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line
from published.batch287 import _per_person
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b452_"
PLACE = "宜君县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"
DATE = "2025年12月"


def _upright(word: str) -> str:
    """A word typed one character a line (Alt+Enter after every character)."""
    return "\n".join(word)


# --------------------------------------------------------------------------- harder layout

UPRIGHT_NAME = "yijun_finance_bureau_upright_type_and_level"
UPRIGHT_UNIT = f"{PLACE}财政局"
UPRIGHT_TAB = "一览表"
UPRIGHT_HEAD = (
    "序号",
    "股室",
    "岗位",
    "姓名",
    "廉政风险点",
    _upright("风险类型"),
    _upright("风险等级"),
    "防控措施",
)
UPRIGHT_COLS = (5, 6)  # 风险类型, 风险等级: narrow, typed one character a line
UPRIGHT_WIDTH = len(UPRIGHT_HEAD)

# (股室, 岗位, tier, 姓名, [(廉政风险点, 风险类型, 风险等级, 防控措施)])
UPRIGHT_ROWS = [
    ("局领导", "局长", "leader", "禤翛珝", [
        ("预算追加调整不经党组会集体研究", "制度机制", "一级", "追加调整一律党组会研究，纪要存档。"),
        ("干部选任中打招呼、递条子", "思想道德", "二级", "选任方案集体研究，任前公示。"),
    ]),
    ("局领导", "副局长", "leader", "隗琫旸", [
        ("专项资金分配随意，优亲厚友", "岗位职责", "一级", "分配因素法测算，结果公开。"),
        ("对资金检查发现的问题压案不办", "业务流程", "二级", "检查问题台账，限期整改销号。"),
    ]),
    ("预算股", "股长", "middle", "佴瑱翀", [
        ("预算指标下达不及时或擅自调剂", "业务流程", "一级", "指标下达系统留痕，调剂报局审批。"),
        ("接受预算单位宴请、礼品", "外部环境", "三级", "签订廉洁承诺，节前提醒。"),
    ]),
    ("国库股", "科员", "general", "郏琛翮", [
        ("支付凭证审核不严，违规支付", "岗位职责", "一级", "凭证双人审核，大额支付复核。"),
        ("泄露单位账户信息", "外部环境", "三级", "信息保密承诺，查询留痕。"),
    ]),
    ("办公室", "会计", "general", "逯珵翯", [
        ("报销票据审核不严", "岗位职责", "二级", "报销三级审核，定期内审。"),
        ("公务接待超标准列支", "制度机制", "三级", "接待审批单、清单、发票三对照。"),
    ]),
]  # fmt: skip


def yijun_finance_bureau_upright_type_and_level() -> dict:
    unit = UPRIGHT_UNIT
    sh = _Sheet(UPRIGHT_TAB, [6, 12, 9, 10, 40, 3.5, 3.5, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", UPRIGHT_WIDTH)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：{DATE}", UPRIGHT_WIDTH)
    sh.add(*UPRIGHT_HEAD)
    first = len(sh.rows)
    n = 0
    for dept, post, tier, who, points in UPRIGHT_ROWS:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, _upright(typ), _upright(lv), measures)
            t.point(sh.name, dept, post, who, tier, point, [typ], GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("制表：", None, "审核：", None, None, None, DATE, None)
    return _layout(
        UPRIGHT_NAME,
        "https://www.zhetiaohe.com/ss/3ebb11f2ec91e3045964c5451a400dbeda2b34ef48317a8dc8a041cae59c9dcedc2b10c3faf34683688eb436b23a2be1.html",
        "(harder) 县财政局 岗位廉政风险防控一览表, after the source's 预算管理一体化规范 (预算编制, 指标, 支付): a title, a merged "
        "``填报单位：…　填报时间：2025年12月`` line, then 序号/股室 merged (局领导, 预算股, 国库股, 办公室)/岗位 and 姓名 merged per "
        "person/廉政风险点/the NARROW 风险类型 and 风险等级 columns TYPED ONE CHARACTER A LINE, headings and cells "
        "(``风⏎险⏎类⏎型``, ``制⏎度⏎机⏎制``; ``风⏎险⏎等⏎级``, ``一⏎级/二⏎级/三⏎级``)/防控措施; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def yijun_treasury_centre_two_sheets() -> dict:
    unit = f"{PLACE}国库集中支付中心"
    t = _Truth(unit)
    lead = _Sheet("中心领导", [6, 9, 9, 22, 38, 9, 34])
    _line(lead, f"{unit}领导班子廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "风险等级", "防控措施")
    leaders = [
        ("酆翊瑀", "主任", "主持全面工作，分管财务", [
            ("代理银行选定不经集体研究", "一级", "代理银行公开招标，结果公示。"),
            ("对单位违规支付申请打招呼放行", "二级", "支付申请系统审核，意见留痕。"),
        ]),
        ("郜珣翾", "副主任", "分管支付、核算", [
            ("直接支付审核把关不严", "一级", "支付凭证两级审核，定期抽查。"),
            ("授权支付额度下达随意", "三级", "额度按用款计划下达，系统控制。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "中心领导", post, who, "leader", point, [], GRADES[lv])
    _per_person(lead, first, None, 1, 2, 3)
    lead.add("编制：", None, "审核：", None, None, DATE, None)
    staff = _Sheet("科室", [6, 12, 9, 9, 40, 9, 34])
    _line(staff, f"{unit}科室岗位廉政风险防控表", 7)
    staff.add("序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("支付科", "科长", "蒉琇昶", "middle", [
            ("为关系单位优先办理支付", "二级", "按受理顺序办理，系统留痕。"),
        ]),
        ("支付科", "审核员", "厍瑷翚", "general", [
            ("支付凭证要素不全仍予支付", "一级", "一次性告知清单，支付双人复核。"),
            ("收受预算单位财物", "三级", "签订廉洁承诺书，服务评价。"),
        ]),
        ("核算科", "科长", "乜璘旻", "middle", [
            ("会计核算不实，虚列支出", "一级", "账务定期核对，月末对账。"),
            ("会计档案借阅不登记", "二级", "借阅登记台账，定期盘点。"),
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
    staff.add("编制：", None, "审核：", None, None, DATE, None)
    return _layout(
        "yijun_treasury_centre_two_sheets",
        "http://32336.cn/lhs_rvmjzzsmg00wrvmioj9hw01e01c01d01d9hx01d01i01jgl300wg37fimsez_1.html",
        "县国库集中支付中心 廉政风险防控表 in two sheets, after the source's 财库 notice (授权支付, 直接支付, 代理银行): "
        "``中心领导`` (a title, 序号/``姓名 | 职务 | 分管工作`` merged per leader/风险点/风险等级 ``一级/二级/三级``/防控措施) and "
        "``科室`` (a title, 序号/科室 merged (支付科, 核算科)/岗位 and 姓名 merged per person/风险点/风险等级/防控措施); no type "
        "column; an 编制/审核/date line under each",
        [lead, staff], t,
    )  # fmt: skip


def yijun_nontax_centre_group_rows() -> dict:
    unit = f"{PLACE}非税收入管理中心"
    sh = _Sheet("责任清单", [6, 10, 9, 18, 36, 13, 11, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add("序号", "岗位", "责任人", "职责事项", "廉政风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "爨翎琮", "leader", [
                ("收缴政策执行", "擅自减免、缓收非税收入", "制度机制风险", "一级风险", "减免缓收按规定报批，结果公示。"),
                ("专户管理", "专户资金存放不经集体研究", "业务流程风险", "二级风险", "存放银行集体研究，竞争性选定。"),
            ]),
        ]),
        ("二、征收管理股", "征收管理股", [
            ("股长", "暨玹翱", "middle", [
                ("收入划解", "应缴国库收入滞压不划解", "岗位职责风险", "一级风险", "按期划解，月末对账。"),
            ]),
            ("征收员", "亢琤翥", "general", [
                ("执收核对", "收入核对弄虚作假", "业务流程风险", "二级风险", "核对结果双人复核。"),
                ("服务执收单位", "接受执收单位财物", "思想道德风险", "三级风险", "签订廉洁承诺，回访执收单位。"),
            ]),
        ]),
        ("三、票据管理股", "票据管理股", [
            ("股长", "茹珅旿", "middle", [
                ("票据发放", "违规向执收单位发放票据", "外部环境风险", "二级风险", "票据发放凭审批单，登记台账。"),
            ]),
            ("票据管理员", "郗琭翾", "general", [
                ("票据核销", "票据核销不及时、不彻底", "岗位职责风险", "三级风险", "核销记录台账，定期抽查。"),
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
    sh.add("填表人：", None, None, "审核人：", None, None, DATE, None)
    return _layout(
        "yijun_nontax_centre_group_rows",
        "https://www.zhetiaohe.com/ss/6c336fb44e47f01b4d20770a7c4e4aeac932fb6db638300a20d27ee82bade2550ecbb156a71ceaec6da0ecee29d614b463721c20212945a3c6d4361d896f363a.html",
        "县非税收入管理中心 廉政风险防控责任清单, after the source's 收支两条线 rules (非税收入, 收缴, 专户): a title, 序号/岗位/"
        "责任人/``职责事项``/廉政风险点/风险类型 ``…风险``/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS "
        "``一、中心领导``, ``二、征收管理股``, ``三、票据管理股`` merged across (no 科室 column); 岗位 and 责任人 merged per person; "
        "a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def yijun_procurement_centre_posts() -> dict:
    unit = f"{PLACE}政府采购中心"
    sh = _Sheet("排查表", [6, 11, 18, 36, 12, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("主任", "leader", [
            ("采购方式确定", "应公开招标的项目改用其他方式", "制度机制风险", "Ⅰ级", "采购方式按目录和限额确定，集体研究。"),
            ("采购结果确认", "对采购结果确认打招呼", "岗位职责风险", "Ⅱ级", "结果确认留痕，公告期满方可确认。"),
        ]),
        ("采购经办员", "general", [
            ("评审专家抽取", "指定或泄露评审专家", "业务流程风险", "Ⅰ级", "专家系统随机抽取，名单保密。"),
            ("采购文件编制", "设置倾向性条款", "业务流程风险", "Ⅱ级", "采购文件审核，答疑公开。"),
        ]),
        ("合同管理员", "general", [
            ("合同备案", "合同条款与采购文件不符仍予备案", "外部环境风险", "Ⅲ级", "合同与采购文件逐项比对。"),
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
    sh.add("制表：", None, "审核：", None, None, DATE, None)
    return _layout(
        "yijun_procurement_centre_posts", "http://shaipic.com/zonghe/174443.html",
        "县政府采购中心 岗位廉政风险点排查表 对岗不对人, after the source's rules on 评审专家 (专家库, 抽取, 回避): a title, then "
        "序号/岗位 merged per post/a short 风险点/a long ``风险表现``/风险类型 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no "
        "names, no 科室; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def yijun_pengzhen_office_cards() -> dict:
    unit = f"{PLACE}彭镇财政所"
    t = _Truth(unit)
    cards = [
        ("所长", "邗翀瑢", "leader", [
            ("镇级大额资金支付审核不严", "★★★", "大额支付附会议纪要，报镇审批。"),
            ("村级财务代理记账走过场", "★★", "代理记账月度复核，公开村务。"),
            ("接受村组宴请", "★", "签订廉洁承诺书，节前提醒。"),
        ]),
        ("副所长", "郄琨翥", "leader", [
            ("惠农补贴资金发放审核不严", "★★★", "补贴清册村级公示，逐户核对。"),
            ("专项资金拨付不及时", "★★", "拨付台账，按进度拨付。"),
        ]),
        ("报账员", "鞠瑄翃", "general", [
            ("报账凭证审核不严", "★★", "凭证逐张审核，定期抽查。"),
            ("泄露补贴对象信息", "★", "信息专人保管，查阅登记。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, tier, points in cards:
        sh = _Sheet(post, [6, 38, 10, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", post)
        sh.add("所在单位", unit, "持卡时间", DATE)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(points, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "所长（签字）：", None)
        sheets.append(sh)
    return _layout(
        "yijun_pengzhen_office_cards", "http://fengdujob.net/go/农村惠农补贴有哪些政策要求.html",
        "镇财政所 岗位廉政风险防控卡, one sheet a holder (tabs 所长, 副所长, 报账员), after the source's 惠农补贴 policies "
        "(补贴发放, 一卡通, 村级公示): a title, ``姓　名 | … | 职　务 | …`` over ``所在单位 | … | 持卡时间 | …``, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; no type column; a merged ``注：`` line on the stars and "
        "``持卡人（签字）： | 所长（签字）：``",
        sheets, t,
    )  # fmt: skip


def yijun_wuli_office_selfchecks() -> dict:
    unit = f"{PLACE}五里镇财政所"
    t = _Truth(unit)
    people = [
        ("蔺珥翯", "所长", "leader", [
            ("镇级预算编制不经集体研究", "高风险", "预算草案镇党委会研究。", "已落实"),
            ("涉农资金统筹使用不规范", "高风险", "统筹方案报县审核，结果公示。", "未发现问题"),
            ("对村级账务问题不督促整改", "中风险", "问题台账，限期整改。", "已落实"),
        ]),
        ("璩昉翚", "出纳", "general", [
            ("现金收付不及时入账", "中风险", "日清月结，定期盘点。", "未发现问题"),
            ("公款私存", "低风险", "账户统一管理，定期对账。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add(f"姓{GAP}名", f"岗{GAP}位", "填表时间", None, None)
        sh.add(who, post, DATE, None, None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, "", post, who, tier, point, [], BANDS[lv])
        sh.add()
        sh.add("本人签名：", None, "所长审核：", None, None)
        sheets.append(sh)
    return _layout(
        "yijun_wuli_office_selfchecks",
        "https://www.zhetiaohe.com/ss/e55c39264a37df6966864fbc6dc90f22a7eff37b9607fad14a9db38a2571623c1970094cddc955f3.html",
        "镇财政所 岗位廉政风险自查表, one sheet a person (tabs named by the holder), after the source's note on 财政全供 and "
        "全额拨款 (单位经费, 拨款方式): a title, a label row ``姓　名 | 岗　位 | 填表时间`` over a row of values, then 序号/风险点/"
        "风险等级 ``高风险/中风险/低风险``/防控措施/``自查情况``; no type column; a blank row and ``本人签名： | 所长审核：``",
        sheets, t,
    )  # fmt: skip


def yijun_qipan_office_every_row() -> dict:
    unit = f"{PLACE}棋盘镇财政所"
    sh = _Sheet("清单", [6, 14, 9, 40, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控清单", 6)
    sh.add("序号", "岗位", "责任人", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("所长", "昝琡旸", "leader", "国库集中支付申请审核不严", "Ⅰ", "支付申请附依据，两人审核。"),
        ("所长", "昝琡旸", "leader", "镇级财务收支不公开", "Ⅱ", "收支定期公开，接受监督。"),
        ("会计", "嵇瑊翎", "general", "会计凭证弄虚作假", "Ⅰ", "凭证复核，定期审计。"),
        ("会计", "嵇瑊翎", "general", "会计资料不按规定归档", "Ⅲ", "资料统一归档，定期检查。"),
        ("惠农资金专管员", "匡玓翙", "general", "补贴对象信息录入不实", "Ⅱ", "信息与村级公示比对。"),
        ("惠农资金专管员", "匡玓翙", "general", "截留、挪用补贴资金", "Ⅲ", "补贴直达一卡通，定期回访。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], BARE[lv])
    _line(sh, "注：风险等级Ⅰ为高风险，Ⅱ为中风险，Ⅲ为低风险。", 6)
    sh.add("填表人：", None, "审核人：", None, DATE, None)
    return _layout(
        "yijun_qipan_office_every_row", "https://guayunfan.com/baike/265621.html",
        "镇财政所 廉政风险防控清单, after the source's history of the 国库制度 (国库, 集中收付, 出纳牵制): a title, then 序号/岗位/"
        "``责任人`` written out on EVERY row (nothing merged)/廉政风险点/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施; no type column, no 科室 "
        "column; a merged ``注：`` line on the numerals and a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def yijun_yaosheng_office_list() -> dict:
    unit = f"{PLACE}尧生镇财政所"
    sh = _Sheet("一览表", [6, 9, 9, 40, 10, 9, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：{DATE}", 7)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所长", "阚翛琇", "leader", [
            ("非税收入应缴未缴", "制度机制", "高", "收入及时划解，月末对账。"),
            ("对执收票据使用不监督", "思想道德", "中", "票据使用定期检查，结果通报。"),
        ]),
        ("报账员", "亓珙翚", "general", [
            ("收款后不开具票据", "业务流程", "高", "票款同步，系统开票。"),
        ]),
        ("惠农资金专管员", "訾瑗昶", "general", [
            ("补贴发放清册不公示", "岗位职责", "低", "清册村级公示，留存照片。"),
            ("接受群众礼品", "外部环境", "低", "签订廉洁承诺书，拒收登记。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, post, who, point, typ, lv, measures)
            t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, None, 1, 2)
    sh.add("填表人：", None, "审核人：", None, None, DATE, None)
    return _layout(
        "yijun_yaosheng_office_list",
        "https://www.zhetiaohe.com/ss/7866d94efb681889a84745b0e8d8c6428b32fcc320bd90f00d85aaa35bb5e9d7.html",
        "镇财政所 岗位廉政风险防控一览表, after the source's note on what 上缴非税收入 rests on (执收, 票据, 划解): ``附件1``, a "
        "title, a merged ``填报单位：…　填报时间：2025年12月`` line, then 序号/岗位 and 姓名 merged per person/廉政风险点/风险类型 "
        "(short names)/风险等级 高/中/低/防控措施; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    yijun_finance_bureau_upright_type_and_level(),
    yijun_treasury_centre_two_sheets(),
    yijun_nontax_centre_group_rows(),
    yijun_procurement_centre_posts(),
    yijun_pengzhen_office_cards(),
    yijun_wuli_office_selfchecks(),
    yijun_qipan_office_every_row(),
    yijun_yaosheng_office_list(),
]

RESAVED: tuple[str, ...] = ()


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx``; no re-saved copies."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch452-inbox"))

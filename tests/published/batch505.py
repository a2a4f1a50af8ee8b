"""The five-hundred-and-fifth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one district's 市场监管
and 商务 bodies, 甘州区 (the district of 张掖, 甘肃) — its 市场监督管理局, 商务局, 粮食和物资储备中心,
three 市场监管所 (梁家墩, 党寨, 上秦 — towns of the district) and two 街道市场服务中心 (东街街道,
南街街道 — streets of the district) — each handing back the 一览表, 排查表, 防控卡, 自查表 or 清单 its
staff typed:

- the 商务局's file in two sheets ``局领导`` (``姓名 | 职务 | 分管工作`` merged per person) and
  ``科室`` (``科室 | 岗位 | 姓名``), ``一级/二级/三级``, no type column;
- the 粮食和物资储备中心's 排查表 对岗不对人: ``股室`` and ``岗位`` merged, a short ``风险点`` beside a
  long ``风险表现``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 梁家墩市场监管所's 防控卡, one sheet a holder: ``姓　名 | … | 职　务 | …`` above
  ``序号 | 廉政风险点 | 风险等级 | 防控措施``, ``★★★/★★/★`` read by a ``注：`` line, no type column;
- the 党寨市场监管所's 责任清单: ``岗位 | 姓名`` merged per person, ``职责事项`` before the
  ``廉政风险点``, ``一级/二级/三级``, no type column;
- the 上秦市场监管所's 责任清单 under GROUP ROWS ``一、所领导`` / ``二、综合监管股`` merged across:
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 东街街道市场服务中心's 自查表, one sheet a person (tab = the person): a label row
  ``姓　名 | 岗　位 | 填表时间`` over a row of values, ``高风险/中风险/低风险``, ``自查情况``;
- the 南街街道市场服务中心's 一览表: ``岗位 | 责任人`` written on every row, short types, 高/中/低.

One is harder:

- ``ganzhou_market_point_slash``: the 市场监督管理局's 岗位廉政风险防控一览表 writes THE POINT AND HOW
  IT SHOWS IN ONE CELL PARTED BY A FULL-WIDTH SLASH, as the heading parts its two fields: the
  heading is ``序号 | 科室 | 岗位 | 责任人 | 廉政风险点／表现形式 | 风险类型 | 风险等级 | 防控措施`` (no
  separate description column) and every cell of the fifth column is written on ONE LINE
  ``案件查处降格处理／对特种设备违法行为应立案不立案，以罚代管`` — first the short point, then ``／``
  (U+FF0F, no spaces around it), then the description (no full stop at all, no line break, no
  label such as ``表现形式：``, no colon, no dash, no arrow, no bracket, no connective such as
  ``主要表现为``, no run of spaces, no bold run). ``科室`` is merged over its rows, ``岗位`` and
  ``责任人`` over the person's; short types; 高/中/低; an 编制人/审核人/date line. The shape is about
  HOW THE POINT AND ITS DESCRIPTION ARE JOINED. The README's 读得懂的表 and the notes of the earlier
  batches know a point and its description parted by a line break (a label ``表现形式：`` opening the
  second paragraph, numbered 表现 lines), by typed spaces, by a colon (``短名：表现``), by a dash, by an
  arrow, by a closing bracket the heading names, by a bold run, by the words that say so
  (``，主要表现为`` …), by a full stop (two sentences, batch 501) or by two rows; slashes are known
  only in headings and holder cells (``科室／岗位／姓名``, ``部门／岗位／廉政风险点`` trees,
  ``责任人（科室/职务/姓名）`` chains) and as ``/`` for "none"; none describes a point cell whose
  point and description are joined by a slash mirroring a slashed heading. Read whole, the point
  swallows the description.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (the 立案, 调查, 审查 and 告知 duties of
a 特种设备 case — 案审会 初审, two 承办人员, 行政处罚告知书; a 区商务委's 消费券发放工作方案 — a
金融服务平台 chosen by 公开征集, 参与商家, 经费 to the platform and back; a 粮油储藏基础知识 — 粮堆
温度、水分, 结露, 发热霉变, 仓储管理; a 市场监管分局's 专项整治 of a market's 水产经营户 with 公安,
城管, 菜管中心 — 计量衡器 replaced, 跟进巡查; a 县商务局's 消费券 for 工会会员 — 参与商户, 核销 and
一次性核实清算; a 菜市场商户奖惩管理规范; a 街道's 农贸市场提档升级 — 商户, 摊位 to 商铺, 规划片区; a
county's 农贸市场升级改造 — 门面, 台位, 监控, 早市 管理) and the layout follows their words for the
unit, its parts, its posts and its risks. The rows are worded by us, the names invented (rare Han
surnames with rare given names); every unit is a body of 甘州区 (``unit_words=("甘州区",)``: no
earlier unit holds it).

Run ``python tests/published/score.py --set batch505`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the point is the text BEFORE the slash (the short name); the text after it is
  its description, no point and no second point; the cell is one point;
- ``局领导`` (the 商务局's leaders' sheet, the 市场监督管理局's 科室 cell) is the 科室 of those
  leaders; a 局's 科, a 中心's 股 and a 所's 股 are 科室; a group row ``一、所领导`` gives the 科室
  ``所领导``, ``二、综合监管股`` the 科室 ``综合监管股`` (its number left off), as batch 280 did; a
  市场监管所's card and duty list and a 街道市场服务中心's 自查表 and list name no 科室 (the 所 or the
  中心 is the unit);
- every body is a unit of its own: 局长, 副局长, a 中心's 主任, a 所's 所长 and 副所长 are leaders;
  科长 and 股长 middle; the rest (科员, 保管员, 质检员, 执法人员, 管理员, 工作人员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``职责事项`` and ``自查情况`` are no
  points and name no holder; the 粮食和物资储备中心's list names no person: its forms are posts
  (对岗不对人);
- ``高/中/低``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``一级/二级/三级``, ``★★★/★★/★``, ``高风险/中风险/低风险`` and
  ``一级风险/二级风险/三级风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch387.write_xlsx``: borders) and
``truth.json``; no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch60 import _line, _merge_down
from published.batch387 import write_xlsx
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b505_"
PLACE = "甘州区"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}
SLASH = "／"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int,
                last: int | None = None) -> None:  # fmt: skip
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs, last)


# --------------------------------------------------------------------------- harder layout

# (科室, 岗位, 责任人, tier, [(风险点, 表现形式, 风险类型, 风险等级, 防控措施)])
MARKET = [
    ("局领导", "局长", "甯翀沄", "leader", [
        ("重大案件处理个人说了算", "大案要案处罚决定不经案审会集体审议，由个人拍板",
         "制度机制", "高", "重大案件一律提交案审会集体审议。"),
        ("为违法企业说情打招呼", "干预承办人员调查取证，授意从轻处理", "思想道德", "中",
         "领导干部干预案件登记报告。"),
    ]),
    ("特种设备安全监察科", "科长", "郗璟湉", "middle", [
        ("案件查处降格处理", "对特种设备违法行为应立案不立案，以罚代管", "岗位职责", "高",
         "立案、调查、审查分离，案卷评查。"),
        ("监督检验把关不严", "未经检验的设备放行使用，检查记录不实", "业务流程", "中",
         "检验结果两人复核，现场拍照存档。"),
    ]),
    ("登记注册科", "科员", "隗沨琰", "general", [
        ("登记审核放宽条件", "对申请材料不齐的企业违规办理登记", "岗位职责", "中",
         "一次性告知，审核结果网上可查。"),
        ("泄露企业登记信息", "将企业信息提供给中介牟利", "外部环境", "低",
         "信息查询留痕，定期抽查日志。"),
    ]),
]  # fmt: skip


def ganzhou_market_point_slash() -> dict:
    unit = f"{PLACE}市场监督管理局"
    sh = _Sheet("一览表", [6, 16, 8, 10, 50, 10, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add(
        "序号", "科室", "岗位", "责任人", f"廉政风险点{SLASH}表现形式", "风险类型", "风险等级",
        "防控措施",
    )  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in MARKET:
        for point, shows, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, f"{point}{SLASH}{shows}", typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("编制人：", None, "审核人：", None, "2025年6月", None, None, None)
    return _layout(
        "ganzhou_market_point_slash",
        "http://hfzwhl.com/xinwen/news/show382.html",
        "(harder) 区市场监督管理局 岗位廉政风险防控一览表, after the source's account of a 特种设备 case's duties "
        "(立案, 调查, 案审会 审查, 告知): a title, 序号/科室 merged (局领导, 特种设备安全监察科, 登记注册科)/岗位 and "
        "责任人 merged per person/ONE column ``廉政风险点／表现形式`` whose every cell is ``<point>／<description>`` "
        "on one line (a full-width slash, no full stop, line break, label, colon, dash, bracket, connective "
        "or spaces)/风险类型 (short)/高/中/低/防控措施; an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def ganzhou_commerce_two_sheets() -> dict:
    unit = f"{PLACE}商务局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 10, 8, 18, 34, 8, 32])
    _line(lead, f"{unit}领导班子廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("璩湛翎", "局长", "主持全面工作", [
            ("消费券服务平台选定个人说了算", "一级", "平台公开征集，局党组集体研究。"),
            ("插手参与商家确定", "二级", "商家名单公示，插手登记报告。"),
        ]),
        ("闾沣珩", "副局长", "分管商贸流通", [
            ("商贸项目资金审核打招呼", "一级", "资金分配集体研究，结果公示。"),
            ("接受商贸企业宴请", "三级", "节前廉洁提醒，拒收登记。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "局领导", post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("科室", [6, 12, 10, 10, 34, 8, 32])
    _line(dept, f"{unit}科室岗位廉政风险防控表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("市场运行科", "科长", "豊翙澄", "middle", "消费券核销数据审核不实", "一级", "核销数据平台比对，抽查商家。"),
        ("商贸流通科", "科员", "暨瀞琤", "general", "项目申报材料把关不严", "二级", "申报材料两人审核，现场核查。"),
        ("商贸流通科", "科员", "暨瀞琤", "general", "泄露企业经营数据", "三级", "数据专人管理，查询留痕。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    return _layout(
        "ganzhou_commerce_two_sheets",
        "https://cqstl.gov.cn/gsgg_40248/202502/t20250214_14307555.html",
        "区商务局's file in two sheets, after the source's 消费券发放工作方案 (金融服务平台 by 公开征集, 参与商家, "
        "经费 and its return): ``局领导`` with 姓名/职务/分管工作 merged per person; ``科室`` with 科室/岗位/姓名 "
        "merged; levels ``一级/二级/三级``; no type column",
        [lead, dept], t,
    )  # fmt: skip


def ganzhou_grain_posts() -> dict:
    unit = f"{PLACE}粮食和物资储备中心"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "股室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    store, check = "仓储管理股", "质量检验股"
    rows = [
        (store, "保管员", "general", "储粮出入库计量", "出入库数量虚报，以次充好", "岗位职责风险", "Ⅰ级",
         "出入库双人计量，台账日清。"),
        (store, "保管员", "general", "储粮损耗核销", "把管理不善造成的霉变报作自然损耗", "制度机制风险", "Ⅱ级",
         "损耗核销集体研究，现场查验。"),
        (check, "质检员", "general", "储粮质量检验", "扦样不规范，检验结果出具不实", "业务流程风险", "Ⅱ级",
         "检验样品留存，结果复检。"),
        (check, "质检员", "general", "检验药剂领用", "药剂私领私用", "思想道德风险", "Ⅲ级",
         "领用登记，按月盘点。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年5月", None)
    return _layout(
        "ganzhou_grain_posts",
        "http://www.360docs.net/doc/1310742698.html",
        "区粮食和物资储备中心 廉政风险点排查表 对岗不对人, after the source's 粮油储藏基础知识 (粮堆温度、水分, 结露, "
        "发热霉变, 仓储管理): a title, 序号/股室 merged (仓储管理股, 质量检验股)/岗位 merged per post/a short 风险点/"
        "a long 风险表现/风险类型 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; an ``编制：办公室 | 审核： | "
        "2025年5月`` line",
        [sh], t,
    )  # fmt: skip


def ganzhou_liangjiadun_cards() -> dict:
    unit = f"{PLACE}梁家墩市场监管所"
    t = _Truth(unit)
    cards = [
        ("所长", "阚珝滢", "leader", [
            ("农贸市场专项整治选择性执法", "★★★", "整治清单公开，联合检查全程记录。"),
            ("计量器具更换指定供货商", "★★", "器具统一采购，检测合格方可使用。"),
        ]),
        ("执法人员", "笪琮潇", "general", [
            ("巡查发现问题不制止不上报", "★★", "巡查定位留痕，发现即报。"),
            ("收受经营户好处", "★", "签订廉洁承诺书。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, tier, points in cards:
        sh = _Sheet(post, [6, 36, 10, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施")
        for i, (point, lv, measures) in enumerate(points, 1):
            sh.add(i, point, lv, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[lv])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "分管领导（签字）：", None)
        sheets.append(sh)
    return _layout(
        "ganzhou_liangjiadun_cards",
        "http://jsly001.com/read-htm-tid-2982662.html",
        "区梁家墩市场监管所 岗位廉政风险防控卡, one sheet a holder (tabs 所长, 执法人员), after the source's account "
        "of a 市场监管分局's 专项整治 of a market's 水产经营户 (计量衡器 replaced, 跟进巡查): a title, ``姓　名 | … | "
        "职　务 | …``, then 序号/廉政风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line; "
        "``持卡人（签字）： | 分管领导（签字）：``",
        sheets, t,
    )  # fmt: skip


def ganzhou_dangzhai_duty_list() -> dict:
    unit = f"{PLACE}党寨市场监管所"
    sh = _Sheet("责任清单", [6, 10, 10, 18, 36, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 7)
    sh.add("序号", "岗位", "姓名", "职责事项", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("副所长", "鄂沅璘", "leader", "价格监督检查", "参与商户价格检查走过场", "一级", "检查两人以上，结果公示。"),
        ("副所长", "鄂沅璘", "leader", "投诉举报处理", "偏袒被投诉商户", "二级", "处理结果回访，留痕。"),
        ("管理员", "蒯瀚珂", "general", "经营户信息核实", "核实数据弄虚作假", "二级", "逐户核对，经营户签认。"),
        ("管理员", "蒯瀚珂", "general", "宣传资料发放", "接受商户礼品", "三级", "签订廉洁承诺书。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, tier, duty, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, duty, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年6月", None, None)
    return _layout(
        "ganzhou_dangzhai_duty_list",
        "http://www.pingluo.gov.cn/xxgk/zfxxgkml/zdgz/202303/t20230316_3997145.html",
        "区党寨市场监管所 廉政风险防控责任清单, after the source's 消费券 发放活动方案 (参与商户, 核销 上报, 一次性核实"
        "清算): a title, 序号/岗位 and 姓名 merged per person/``职责事项`` before the 廉政风险点/风险等级 "
        "``一级/二级/三级``/防控措施; no type column; 制表/审核/date",
        [sh], t,
    )  # fmt: skip


def ganzhou_shangqin_group_rows() -> dict:
    unit = f"{PLACE}上秦市场监管所"
    sh = _Sheet("责任清单", [6, 10, 10, 38, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、所领导", "所领导", [
            ("所长", "訾璠沆", "leader", [
                ("菜市场商户奖惩个人决定", "一级风险", "奖惩方案所务会研究，公示。"),
                ("处罚案件自由裁量不当", "二级风险", "执行裁量基准，案件复核。"),
            ]),
        ]),
        ("二、综合监管股", "综合监管股", [
            ("工作人员", "钭滢琛", "general", [
                ("日常检查记录不实", "一级风险", "检查记录拍照上传，抽查复核。"),
                ("违规发放奖励", "三级风险", "奖励名单公示。"),
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
    sh.add("制表：", None, "审核：", None, "2025年6月", None)
    return _layout(
        "ganzhou_shangqin_group_rows",
        "https://abg.baidu.com/tags/wlf4vuftuhe4zo5hxwy3htnz3tao3opgw63a14",
        "区上秦市场监管所 廉政风险防控责任清单, after the source's 菜市场商户奖惩管理规范: a title, 序号/岗位/姓名/"
        "廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS ``一、所领导``, "
        "``二、综合监管股`` merged across; 岗位 and 姓名 merged per person; no type column; 制表/审核/date",
        [sh], t,
    )  # fmt: skip


def ganzhou_dongjie_selfchecks() -> dict:
    unit = f"{PLACE}东街街道市场服务中心"
    t = _Truth(unit)
    people = [
        ("郜珺沩", "主任", "leader", [
            ("农贸市场摊位分配优亲厚友", "高风险", "摊位分配公开抽签，结果公示。"),
            ("商铺改造工程指定施工方", "中风险", "工程发包集体研究。"),
        ]),
        ("仉湲璞", "工作人员", "general", [
            ("商户管理费收取不入账", "中风险", "收费开具票据，按月对账。"),
            ("市场巡查敷衍了事", "低风险", "巡查记录每日登记。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "岗　位", "填表时间", None, None)
        sh.add(who, post, "2025年5月", None, None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, ((point, lv, measures), found) in enumerate(
            zip(points, ("已落实", "未发现问题"), strict=True), 1
        ):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, "", post, who, tier, point, [], WORDS[lv])
        sh.add()
        sh.add("本人签名：", None, "街道意见：", None, None)
        sheets.append(sh)
    return _layout(
        "ganzhou_dongjie_selfchecks",
        "http://gotaxigram.com/article/description/3711.html",
        "区东街街道市场服务中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the "
        "source's account of a 街道's 农贸市场提档升级 (摊位 to 商铺, 规划片区, 商户): a title, a label row "
        "``姓　名 | 岗　位 | 填表时间`` over a row of values, then 序号/风险点/风险等级 ``高风险/中风险/低风险``/"
        "防控措施/``自查情况``; no type column; ``本人签名： | 街道意见：``",
        sheets, t,
    )  # fmt: skip


def ganzhou_nanjie_list() -> dict:
    unit = f"{PLACE}南街街道市场服务中心"
    sh = _Sheet("一览表", [6, 10, 10, 40, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控一览表", 7)
    sh.add("序号", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("主任", "庹珮瀛", "leader", "门面台位出租暗箱操作", "岗位职责", "高", "出租公开竞价，结果公示。"),
        ("主任", "庹珮瀛", "leader", "接受市场经营方宴请", "思想道德", "中", "节前廉洁提醒，拒绝宴请。"),
        ("管理员", "巩湜琇", "general", "早市摊点私下收费", "业务流程", "中", "收费标准上墙，票据管理。"),
        ("管理员", "巩湜琇", "general", "监控录像调阅不登记", "制度机制", "低", "调阅审批，登记留存。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
    sh.add("填表人：", None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "ganzhou_nanjie_list",
        "http://bc0550.com/xwzx/ztzl/jzjstpgj/content_100301",
        "区南街街道市场服务中心 廉政风险防控一览表, after the source's account of a county's 农贸市场升级改造 (门面, "
        "台位, 监控, 早市 管理): a title, 序号/岗位/责任人 written on EVERY row/廉政风险点/风险类型 (short)/高/中/低/"
        "防控措施; a 填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    ganzhou_market_point_slash(),
    ganzhou_commerce_two_sheets(),
    ganzhou_grain_posts(),
    ganzhou_liangjiadun_cards(),
    ganzhou_dangzhai_duty_list(),
    ganzhou_shangqin_group_rows(),
    ganzhou_dongjie_selfchecks(),
    ganzhou_nanjie_list(),
]
RESAVED: tuple[str, ...] = ()


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch387.write_xlsx`` (borders)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch505-inbox"))

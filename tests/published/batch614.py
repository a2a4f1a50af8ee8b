"""The six-hundred-and-fourteenth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 交通运输 and
邮政 bodies, 磴口县 (of 巴彦淖尔市, 内蒙古自治区, on the 黄河 by the 乌兰布和 desert) — its 交通运输局,
运输管理所, 交通运输综合行政执法大队, 公路超限检测站, 农村公路管理站, 邮政快递服务中心, 交通运输事业发展中心
and 公路养护中心 — each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or
Excel:

- the 交通运输局's 一览表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``风险类型`` (``…风险``),
  高/中/低;
- the 运输管理所's 排查表 对岗不对人 under ``附件2``: ``股室`` and ``岗位`` merged, ``风险类别`` (short
  names), ``一级/二级/三级``; no names;
- the 交通运输综合行政执法大队's 责任清单 under GROUP ROWS ``一、大队领导`` … ``三、运政执法中队`` merged
  across (no 科室 column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 公路超限检测站's 防控卡, one sheet a person (tabs named by the post): ``姓　名 | … | 职　务 | …``
  and a merged 工作职责 line, ``★★★/★★/★`` read by a ``注：`` line, no type column;
- the 农村公路管理站's 自查表, one sheet a person (tabs named by the person): a label row
  ``姓　名 | 所在部门 | 岗　位 | 填表时间`` over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type
  column;
- the 邮政快递服务中心's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on EVERY
  row, short types, ``高风险/中风险/低风险``, a ``注：`` line;
- the 交通运输事业发展中心's 一览表 in TWO SHEETS: ``中心领导`` (``姓名 | 职务 | 分管工作`` merged per
  leader) and ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type
  column.

One is harder:

- ``dengkou_road_maintenance_tiered_controls``: the 公路养护中心's 廉政风险分级防控表 has NO level
  column. ``序号 | 股室 | 岗位 | 姓名 | 廉政风险点 | 风险类型`` each merged over two heading rows, and
  ``防控措施`` merged across three sub-columns ``岗位自控 | 股室监控 | 中心防控``; each row fills the tiers
  its level calls for and writes ``/`` in the others, and a ``注：`` line under the table says how:
  ``一级风险点由岗位自控、股室监控、中心防控三级共同防控；二级风险点由岗位自控、股室监控两级防控；三级风险点只需
  岗位自控`` — so a row with all three tiers filled is 一级, with 岗位自控 and 股室监控 二级, with 岗位自控
  alone 三级. The README's 读得懂的表 knows measures split by tier beside a level column (batch 362's
  ``岗位自控 | 股室监控 | 站级防控``), ``分级防控措施`` merged over ``一级风险 | 二级风险 | 三级风险`` (the
  column a measure stands in is its level), a column of few values banded by a note (``监控频次``,
  LEVEL_BY_NUMBER …) and levels by tier, post, rank, name or counts; it does not describe a list whose
  level is nowhere written but follows from HOW MANY control tiers a row fills, as a note under the
  table lays down.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (公路建设市场秩序专项整治 — 招标投标,
转包和违法分包, 设计变更, 资金拨付, 领导干部插手工程; 巴彦淖尔盟's 运管所, 客运班线, 客运站, 稽查站; a
province's 交通运输综合执法 — 案卷, 法制审核, 裁量权基准; the 公路超限检测站管理办法's 十条禁令 — 罚款指标,
当场收缴罚款不开票据, 两名以上执法人员; 鄂托克旗's 农村公路 — 通乡油路, 砂石路, 标志标牌, 农村客运站; 邮政
监管 — 实名收寄, 收寄验视, 过机安检, 快递业务许可; 内蒙古's 农村牧区公路新改建 — 项目建设, 投资; the
内蒙古公路局's 农村牧区公路 提质增效) and the layout follows their words for the unit, its parts, its
posts and its risks. The rows are worded by us, the names invented (the rare surnames 蹇 and 郤 with
rare given names).

No earlier batch has a unit of 磴口县, so the tests call ``is_apart`` with
``unit_words=("磴口县",)``.

Run ``python tests/published/score.py --set batch614`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each row's level is the one the ``注：`` line gives to the tiers it fills
  (three tiers 一级, 岗位自控 and 股室监控 二级, 岗位自控 alone 三级; ``/`` is no measure); its
  ``岗位自控``, ``股室监控`` and ``中心防控`` cells are measures, no points, posts or 科室; the 填报 line,
  the 注 line and the 填表/审核 line are no points;
- ``局领导``, ``所领导``, ``大队领导``, ``站领导``, ``中心领导`` (a 科室 cell, a group row, a sheet) are the
  科室 of those leaders; the 公路超限检测站's cards and the 交通运输事业发展中心's leaders (sheet
  ``中心领导``) have no 科室; a 股, a 室, a 组 and a 中队 are 科室; a group row ``二、路政执法中队`` gives the
  科室 ``路政执法中队``;
- 局长, 副局长, 所长, 大队长, 副大队长, 站长, 主任 and 副主任 are leaders; 股长 and 中队长 middle; the
  rest (会计, 出纳, 技术员, 管护员, 材料员, 执法队员, 执法员, 称重检测员, 安全检查员, the 运输管理所's
  管理员) general;
- the 运输管理所's list names no person: its forms are posts (对岗不对人); ``工作职责``, ``分管工作``,
  ``自查情况`` and ``填表时间`` are no points and name no holder;
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

PREFIX = "b614_"
PLACE = "磴口县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
NONE = "/"
TIERS = ("岗位自控", "股室监控", "中心防控")


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


def tier_level(controls: tuple) -> int:
    """The 注 line's rule: three tiers filled 一级, the first two 二级, 岗位自控 alone 三级."""
    filled = tuple(c != NONE for c in controls)
    return {(True, True, True): 1, (True, True, False): 2, (True, False, False): 3}[filled]


# --------------------------------------------------------------------------- harder layout

# (股室, 岗位, 姓名, tier, [(廉政风险点, 风险类型, (岗位自控, 股室监控, 中心防控))]); "/" is no measure
TIERED = [
    ("中心领导", "主任", "蹇霁琮", "leader", [
        ("年度养护工程计划安排不经集体研究，向个别路段倾斜", "制度机制风险",
         ("计划按路况评定结果排序编制。", "养护股提出意见，纪检监察员列席。", "中心主任办公会集体研究并公示。")),
        ("接受养护施工单位宴请、礼品礼金", "思想道德风险", ("签订廉洁承诺书，节前廉洁提醒。", NONE, NONE)),
    ]),
    ("中心领导", "副主任", "郤岚翀", "leader", [
        ("养护工程验收降低标准，签字走过场", "岗位职责风险",
         ("验收不少于三人，现场检测并留影像。", "养护股复核检测数据。", NONE)),
        ("插手养护工程分包，推荐施工队伍", "思想道德风险",
         ("严禁干预分包，发现问题主动报告。", "养护股登记分包单位资质。", "中心每半年核查分包情况并通报。")),
    ]),
    ("养护股", "股长", "蹇澈璘", "middle", [
        ("小修保养工程量计量不实，虚报冒领", "岗位职责风险",
         ("计量双人到场，附桩号和影像。", "股内交叉复核计量单。", "中心抽查不少于两成计量单。")),
        ("道班日常巡查记录弄虚作假", "业务流程风险", ("巡查轨迹上传平台。", "股长每月抽查巡查记录。", NONE)),
    ]),
    ("养护股", "技术员", "郤汭珵", "general", [
        ("路面病害调查数据不实，为施工方多报工程量", "岗位职责风险",
         ("病害调查留存桩号影像资料。", "股长逐段复核病害台账。", NONE)),
        ("水毁修复现场签证随意", "业务流程风险", ("签证注明桩号、尺寸并附照片。", NONE, NONE)),
    ]),
    ("材料室", "材料员", "蹇琬岫", "general", [
        ("沥青、砂石料进场验收不过磅，以次充好", "业务流程风险",
         ("逐车过磅，两人签字。", "材料室负责人每周核对进出库台账。", "中心每季度盘点库存。")),
        ("养护材料出库登记不全，私自变卖", "岗位职责风险", ("出库凭领料单，台账日清月结。", NONE, NONE)),
    ]),
    ("财务室", "会计", "郤峤沄", "general", [
        ("养护资金拨付不按合同进度，提前或超额支付", "业务流程风险",
         ("凭验收单和计量单审核支付。", "财务室负责人复核支付凭证。", "中心主任审批，每半年接受审计。")),
        ("报销单据审核不严，虚列道班支出", "制度机制风险",
         ("报销单据经办人、验收人、审批人三签。", "财务室负责人每月抽查。", NONE)),
    ]),
]  # fmt: skip


def dengkou_road_maintenance_tiered_controls() -> dict:
    unit = f"{PLACE}公路养护中心"
    sh = _Sheet("分级防控表", [6, 10, 9, 9, 36, 13, 28, 28, 28])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险分级防控表", 9)
    _line(sh, f"填报单位：{unit}{GAP * 12}填报时间：2025年6月", 9)
    top = sh.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险类型", "防控措施", None, None)
    sub = sh.add(None, None, None, None, None, None, *TIERS)
    for c in range(6):
        sh.merge(top, c, sub, c)
    sh.merge(top, 6, top, 8)
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in TIERED:
        for point, typ, controls in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, *controls)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), tier_level(controls))
    _per_person(sh, first, 1, 2, 3)
    _line(
        sh,
        "注：按分级防控要求，一级风险点由岗位自控、股室监控、中心防控三级共同防控；二级风险点由岗位自控、"
        "股室监控两级防控；三级风险点只需岗位自控。表中“/”表示该级不需采取措施。",
        9,
    )
    sh.add("填表：", None, None, "审核：", None, None, "中心主任（签字）：", None, None)
    return _layout(
        "dengkou_road_maintenance_tiered_controls", "https://scholarmate.com/S/X1GBol",
        "(harder) 县公路养护中心 廉政风险分级防控表, after the source's piece on the 内蒙古公路局's 农村牧区公路 (养护, "
        "管护, 提质增效, 保障服务能力): a title and a merged 填报单位/填报时间 line, then 序号/股室/岗位/姓名/廉政风险点/"
        "风险类型 each merged over two heading rows and ``防控措施`` merged across ``岗位自控 | 股室监控 | 中心防控``; NO "
        "level column: each row fills the tiers its level calls for and writes ``/`` in the others, a ``注：`` line "
        "under the table saying three tiers are 一级, 岗位自控 and 股室监控 二级, 岗位自控 alone 三级; 股室 merged, 岗位 "
        "and 姓名 merged per person; a 填表/审核/中心主任（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def dengkou_transport_bureau_list() -> dict:
    unit = f"{PLACE}交通运输局"
    sh = _Sheet("一览表", [6, 12, 9, 9, 40, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "蹇峤翊", "leader", [
            ("干预插手交通建设工程招标投标", "思想道德风险", "高",
             "领导干部插手工程建设事项一律登记报告，招标全程进入公共资源交易平台。"),
            ("重大项目资金安排不经党组会集体研究", "制度机制风险", "高", "严格执行“三重一大”集体决策制度。"),
        ]),
        ("局领导", "副局长", "郤沄珩", "leader", [
            ("对转包和违法分包问题失察，监管不力", "岗位职责风险", "中", "每季度开展建设市场专项检查并通报。"),
            ("设计变更审批把关不严，虚增工程造价", "业务流程风险", "高",
             "设计变更经设计、监理、业主三方论证，重大变更集体研究。"),
        ]),
        ("建设管理股", "股长", "蹇琤岳", "middle", [
            ("招标文件设置倾向性条款，限制潜在投标人", "岗位职责风险", "高", "招标文件经法律顾问审查，报局党组审定。"),
            ("工程质量抽检走过场，隐瞒质量问题", "岗位职责风险", "中", "抽检委托第三方检测机构，结果公开。"),
        ]),
        ("财务股", "会计", "郤岚璟", "general", [
            ("工程款拨付不按合同进度，提前支付", "业务流程风险", "中", "拨付凭监理签认的计量支付证书，两级审批。"),
            ("专项资金挪作他用，未专款专用", "制度机制风险", "低", "专项资金专账核算，每年接受审计。"),
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
    sh.add("制表：", None, None, "审核：", None, None, "2025年5月", None)
    return _layout(
        "dengkou_transport_bureau_list", "http://cnbridge.cn/html/2015/news_0320/33221.html",
        "县交通运输局 岗位廉政风险防控一览表, after the source's 公路建设市场秩序专项整治 (招标投标, 转包和违法分包, "
        "设计变更, 资金拨付, 领导干部违规插手工程建设): a title, 序号/科室 merged/岗位 and 姓名 merged per person/"
        "廉政风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def dengkou_transport_office_posts() -> dict:
    unit = f"{PLACE}运输管理所"
    sh = _Sheet("排查表", [6, 14, 12, 40, 12, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "股室", "岗位", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("所领导", "所长", "leader", "客运班线经营许可审批不按规定程序", "制度机制", "一级",
         "班线许可经所务会集体研究，结果公示。"),
        ("所领导", "所长", "leader", "对稽查中发现的非法营运说情放行", "思想道德", "一级",
         "稽查处理结果所务会通报，说情干预登记备案。"),
        ("客运管理股", "客运管理员", "general", "客运站进站车辆审核把关不严", "岗位职责", "二级",
         "进站车辆逐车查验证照，留存台账。"),
        ("客运管理股", "客运管理员", "general", "出租汽车营运证年审弄虚作假", "业务流程", "二级",
         "年审资料双人审核，系统留痕。"),
        ("货运与维修管理股", "维修管理员", "general", "机动车维修企业备案材料审核不严", "岗位职责", "二级",
         "备案材料限时办结并网上公开。"),
        ("驾培管理股", "驾培管理员", "general", "驾校教练车核定数量随意增减", "业务流程", "三级",
         "教练车核定结果公示，所领导复核。"),
        ("驾培管理股", "驾培管理员", "general", "接受驾校宴请、购物卡", "思想道德", "三级", "签订廉洁承诺书，定期廉洁提醒。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), GRADES[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("填报人：", None, "审核人：", None, None, "2025年4月", None)
    return _layout(
        "dengkou_transport_office_posts", "http://onegreen.net/maps/HTML/52128.html",
        "县运输管理所 岗位廉政风险点排查表 对岗不对人, after the source's 巴彦淖尔盟 交通 (运管所, 分站, 稽查站, 营运班线, "
        "客运汽车站, 出租客车): ``附件2``, a title, 序号/股室 merged/岗位 merged per post/风险点/风险类别 (short "
        "names)/风险等级 ``一级/二级/三级``/防控措施; no names; a 填报人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def dengkou_enforcement_brigade_group_rows() -> dict:
    unit = f"{PLACE}交通运输综合行政执法大队"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、大队领导", "大队领导", [
            ("大队长", "郤澍峣", "leader", [
                ("重大行政处罚决定不经法制审核", "一级风险", "重大处罚决定前一律法制审核，集体讨论。"),
                ("下达或变相下达罚款指标", "一级风险", "严禁下达罚款指标，执法考核不与罚款挂钩。"),
            ]),
            ("副大队长", "蹇昶沨", "leader", [
                ("行政处罚裁量不按基准，随意从轻", "二级风险", "严格执行裁量权基准，案卷季度评查。"),
            ]),
        ]),
        ("二、路政执法中队", "路政执法中队", [
            ("中队长", "郤珝岍", "middle", [
                ("路政案件压案不查，私了结案", "一级风险", "案件统一登记编号，办结情况每月比对。"),
            ]),
            ("执法队员", "蹇霂珩", "general", [
                ("巡查发现违法占用公路不制止、不报告", "二级风险", "巡查记录上传平台，问题限时上报。"),
                ("单人执法，接受当事人请托", "三级风险", "执法不少于两人，全程执法记录仪记录。"),
            ]),
        ]),
        ("三、运政执法中队", "运政执法中队", [
            ("执法队员", "郤翾湄", "general", [
                ("查处非法营运收受好处、以罚代管", "二级风险", "罚没款一律通过银行代收，案卷逐件审核。"),
                ("执法文书制作不规范，案卷事后补填", "三级风险", "执法文书系统生成，案卷定期评查。"),
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
        "dengkou_enforcement_brigade_group_rows",
        "https://jtyst.qinghai.gov.cn/jtyst/2025-04/14/article_2025041415080757797.html",
        "县交通运输综合行政执法大队 廉政风险防控责任清单, after the source's 交通运输综合执法 (执法规范化, 案卷制作, "
        "法制审核, 裁量权基准): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 "
        "under GROUP ROWS ``一、大队领导``, ``二、路政执法中队``, ``三、运政执法中队`` merged across; 岗位 and 姓名 "
        "merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def dengkou_overload_station_cards() -> dict:
    unit = f"{PLACE}公路超限检测站"
    t = _Truth(unit)
    cards = [
        ("站长", "蹇淇琰", "站长", "主持检测站全面工作，负责超限运输车辆查处", "leader", [
            ("对超限车辆说情放行，不进站检测", "★★★", "进站检测全程视频监控，放行记录站长签字备查。"),
            ("当场收缴罚款不开具财政统一票据", "★★★", "罚款决定与收缴分离，罚款缴入国库。"),
            ("接受货运企业宴请", "★", "签订廉洁承诺书，节前廉洁提醒。"),
        ]),
        ("称重检测员", "郤岫璘", "称重检测员", "负责车辆称重检测和检测数据录入", "general", [
            ("篡改称重检测数据", "★★", "检测数据自动上传，不得人工修改。"),
            ("对停放车辆收取停车费用", "★★", "站内停车一律免费，收费公示。"),
        ]),
        ("执法员", "蹇汭翎", "执法员", "负责超限运输违法行为查处和卸载监督", "general", [
            ("目测认定超限，随意处罚", "★★★", "一律以称重数据为准，两名以上执法人员参加。"),
            ("卸载货物监督不到位，未卸即放", "★★", "卸载全程录像，复检合格方可放行。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 36, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("工作职责", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "dengkou_overload_station_cards", "http://www.wayneforgeorgia.com/news/details/49333.html",
        "县公路超限检测站 岗位廉政风险防控卡, one sheet a person (tabs named by the post), after the source's 公路超限检测站"
        "管理办法 (十条禁令: 罚款指标, 目测认定超限, 当场收缴罚款不开票据, 停车费, 两名以上执法人员): a title, "
        "``姓　名 | … | 职　务 | …`` and a merged 工作职责 line, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a "
        "``注：`` line and 持卡人（签字）; no type column",
        sheets, t,
    )  # fmt: skip


def dengkou_rural_road_station_selfchecks() -> dict:
    unit = f"{PLACE}农村公路管理站"
    t = _Truth(unit)
    people = [
        ("蹇瑷沅", "站领导", "站长", "leader", [
            ("通村砂石路建设项目施工队伍选定不公开", "Ⅰ级", "施工队伍比选，结果公示。", "已落实"),
            ("农村公路交工验收把关不严", "Ⅱ级", "验收邀请苏木镇、嘎查村代表参加。", "未发现问题"),
        ]),
        ("郤琮霁", "工程组", "技术员", "general", [
            ("路基、路面工程量签证不实", "Ⅰ级", "签证双人到场，附影像资料。", "已落实"),
            ("标志标牌安装验收数量不核对", "Ⅲ级", "逐块清点，台账备查。", "已落实"),
        ]),
        ("蹇岷翀", "管护组", "管护员", "general", [
            ("村道日常管护检查弄虚作假", "Ⅱ级", "管护检查留存影像，每月通报。", "未发现问题"),
            ("管护经费报账凭证不全", "Ⅲ级", "报账凭证经站长审核签字。", "已落实"),
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
        "dengkou_rural_road_station_selfchecks", "http://cementren.com/2010/0715/15309.html",
        "县农村公路管理站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 鄂托克旗 "
        "农村公路 (通乡油路, 砂石路, 标志标牌改造, 管理养护体制改革, 农村客运站): a title, a label row ``姓　名 | "
        "所在部门 | 岗　位 | 填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/"
        "``自查情况``; no type column; ``本人签名： | 站长意见：``",
        sheets, t,
    )  # fmt: skip


def dengkou_postal_centre_list() -> dict:
    unit = f"{PLACE}邮政快递服务中心"
    sh = _Sheet("一览表", [6, 12, 11, 10, 40, 12, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "郤湜峣", "leader", "快递末端网点备案审核优亲厚友", "制度机制", "高风险",
         "备案材料集体审核，结果网上公开。"),
        ("中心领导", "主任", "郤湜峣", "leader", "快递进村补助资金分配不公开", "思想道德", "中风险",
         "补助名单公示七天，报县交通运输局审定。"),
        ("行业管理股", "股长", "蹇昉潆", "middle", "寄递企业安全检查通风报信", "岗位职责", "高风险",
         "检查不提前通知，检查记录存档。"),
        ("行业管理股", "安全检查员", "郤瑀沣", "general", "实名收寄、收寄验视检查走过场", "岗位职责", "中风险",
         "检查留存影像，问题限期整改。"),
        ("行业管理股", "安全检查员", "郤瑀沣", "general", "过机安检设备检查数据不实", "业务流程", "低风险",
         "安检数据与企业台账每月比对。"),
        ("综合股", "出纳", "蹇沄霈", "general", "用户申诉处理拖延，收受企业好处", "业务流程", "低风险",
         "申诉限时办结，回访申诉人。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    _line(sh, "注：风险等级分高风险、中风险、低风险三个等级。", 8)
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "dengkou_postal_centre_list", "https://www.kupet.cn/read-1750358520a13415263.html",
        "县邮政快递服务中心 岗位廉政风险防控一览表, after the source's 邮政监管 (普遍服务, 快递业务市场准入, 实名收寄, "
        "收寄验视, 过机安检, 县级交通部门承接邮政辅助监管): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, "
        "then 序号/部门/岗位/责任人 written on EVERY row/廉政风险点/风险类型 (short names)/风险等级 "
        "``高风险/中风险/低风险``/防控措施; a ``注：`` line and a 填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


def dengkou_transport_centre_two_sheets() -> dict:
    unit = f"{PLACE}交通运输事业发展中心"
    t = _Truth(unit)
    lead = _Sheet("中心领导", [6, 9, 10, 18, 38, 9, 34])
    _line(lead, f"{unit}中心领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("郤璆沅", "主任", "主持全面工作", [
            ("农村牧区公路新改建项目立项不经集体研究", "一级", "项目立项经中心主任办公会研究，报县交通运输局审定。"),
            ("指定项目监理单位，规避比选", "一级", "监理单位一律公开比选。"),
        ]),
        ("蹇峣淇", "副主任", "分管项目建设", [
            ("施工现场管理失察，默许偷工减料", "二级", "每月现场巡查，问题限期整改。"),
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
    staff = _Sheet("股室", [6, 14, 10, 9, 38, 9, 34])
    _line(staff, f"{unit}股室岗位廉政风险防控一览表", 7)
    staff.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("项目建设股", "股长", "郤翊岚", "middle", "项目投资完成情况统计虚报", "二级", "投资数据与财务支付数据每月核对。"),
        ("项目建设股", "技术员", "蹇珵洄", "general", "沥青路面压实度检测弄虚作假", "一级", "检测委托第三方，留存原始记录。"),
        ("项目建设股", "技术员", "蹇珵洄", "general", "隐蔽工程未经检查即同意覆盖", "二级", "隐蔽工程验收留存影像，两人到场。"),
        ("财务室", "会计", "郤沨琬", "general", "项目配套资金拨付审核不严", "三级", "拨付凭验收单和合同，两级审批。"),
    ]  # fmt: skip
    first = len(staff.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        staff.add(i, d, post, who, point, lv, measures)
        t.point(staff.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(staff, first, 1, 2, 3)
    staff.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "dengkou_transport_centre_two_sheets", "https://bhdian.com/wwwnm/xwzx/qnyw/202205/t20220517_3664359",
        "县交通运输事业发展中心 廉政风险防控一览表 in TWO SHEETS, after the source's 内蒙古 农村牧区公路新改建 (项目建设, "
        "完成投资, 路基和基层工程, 三级沥青混凝土公路): sheet 中心领导 with 姓名/职务/分管工作 merged per leader, sheet "
        "股室 with 股室 merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no "
        "type column",
        [lead, staff], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    dengkou_road_maintenance_tiered_controls(),
    dengkou_transport_bureau_list(),
    dengkou_transport_office_posts(),
    dengkou_enforcement_brigade_group_rows(),
    dengkou_overload_station_cards(),
    dengkou_rural_road_station_selfchecks(),
    dengkou_postal_centre_list(),
    dengkou_transport_centre_two_sheets(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch614-inbox"))

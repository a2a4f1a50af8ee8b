"""The two-hundred-and-eighty-second batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county-level city's
局/委/办, 江油市 (a 县级市 of 绵阳; its bureaus are divided into 股, not 科) — its 自然资源局,
住房和城乡建设局, 交通运输局, 审计局, 发展和改革局, 农业农村局 and 医疗保障局, and the 国家税务总局
江油市税务局 — each handing back the 一览表, 防控卡, 排查表, 自查表, 清单 or 防控表 its staff typed in
WPS or Excel:

- the 自然资源局's 一览表 under a ``填报单位（盖章）：…　填报时间：…`` line: ``股室`` merged (局领导,
  耕地保护股, 土地利用股, 不动产登记中心), ``岗位`` and ``姓名`` merged per person, ``…风险`` types,
  高/中/低, a 填表人/审核人/局长（签字） line;
- the 住房和城乡建设局's 防控卡, one sheet a holder: ``持卡人 | … | 职　务 | …`` and a merged
  ``所在股室 | …`` above ``序号 | 风险点 | 风险类别 | 风险等级 | 防控措施``, short types,
  ``★★★/★★/★`` read by a ``注：`` line, ``监督电话：12388 | 持卡人签字：``;
- the 交通运输局's 排查表 对岗不对人: ``股室（队）`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``一级/二级/三级``, no names, no types; an 编制/审核/date line;
- the 审计局's 自查表, one sheet a person: ``姓　名 | … | 所在股室 | … | 职　务 | …`` in one row above
  ``序号 | 工作环节 | 风险点 | 风险类型 | 风险等级 | 防控措施``, short types, ``Ⅰ级/Ⅱ级/Ⅲ级``,
  ``本人签名： | … | 分管领导意见：``;
- the 税务局's file in two sheets: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室（分局）`` (``股室`` merged, ``岗位`` and ``姓名`` merged per person), ``高风险/中风险/低风险``, no
  type column;
- the 农业农村局's 清单 under GROUP ROWS ``一、局领导`` … ``四、财务室`` merged across (no 股室 column):
  ``岗位`` and ``姓名`` merged per person, short types, ``一级风险/二级风险/三级风险``;
- the 发展和改革局's 责任清单 written on EVERY row (no merges): ``股室 | 岗位 | 责任人 | 职责事项 |
  廉政风险点 | 风险等级 | 防控措施``, 高/中/低, no type column.

One is harder:

- ``jiangyou_medical_insurance_monitor_tiers``: the 医疗保障局's 岗位廉政风险分级防控表, an ordinary
  一览表 (``股室`` merged, ``岗位`` and ``姓名`` merged per person, ``廉政风险点``, ``风险类型`` in ``…风险``)
  with NO LEVEL COLUMN: in its place a column ``监控责任主体`` says who monitors each point — ``局党组``,
  ``分管局领导`` or ``股室负责人`` — and the ``注：`` line under the table says that THIS is the level:
  ``由局党组监控的为一级风险，由分管局领导监控的为二级风险，由股室负责人监控的为三级风险``. So the
  level of a point is read from the monitoring tier through the note (``分级监控``, the common
  ``一级风险由主要负责人监控…`` rule of 廉政风险防控 written out as a column), and the column of role
  words is neither a 科室, nor a post, nor a holder (a role, no name). The README's 读得懂的表 knows
  level words in their own column, a note that defines unknown level words, letters, colours, symbols,
  numbers, 风险值 bands, row numbers or cell colours; group rows or sheets that carry the level; and
  ``责任领导``/``分管领导`` columns as supervisors. It does not describe a level given ONLY through the
  tier that monitors the point, with the note mapping monitoring tiers (not level words or symbols)
  to levels.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (the 医疗保障基金使用监督管理条例 —
定点医药机构, 经办机构, 协议管理, 监督检查, 欺诈骗保, 举报奖励; a 土地资产管理 essay — 招标拍卖挂牌出让,
协议出让, 划拨土地使用权收回, 出让金, 土地变更登记; a study of 保障性住房分配管理 — 申请审核,
轮候配租, 骗租骗购, 退出; a 县纪委 on a 交通运输局's 清风 工程 — 交通运输执法 选择性执法, 人情执法,
裁量基准, 小额工程招投标, 岗位廉政风险防控手册; a 区审计局's 审计纪律 — 宴请, 交通工具, 礼品礼金,
报销费用, 借用资金设备; a paper on 基层国税机关内控 — 征收, 管理, 稽查, 执法权, 内控预防; a 发改委's
建设项目审批和备案管理办法 — 项目建议书, 可行性研究报告, 初步设计, 投资概算, 容缺受理; a 农机科's
补贴机具核实审查 — 机具型号, 套取补贴资金, 倒卖补贴机具) and the layout follows their words for the
unit, its parts, its posts and its risks. The rows are worded by us, the names invented (rare Han
surnames with rare given names); every unit is a body of 江油市.

Run ``python tests/published/score.py --set batch282`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the level is the ``监控责任主体`` read through the ``注：`` line: ``局党组`` 1,
  ``分管局领导`` 2, ``股室负责人`` 3; the column names no holder, no post and no 科室 (its words are
  roles of the monitors); the holder is ``姓名``;
- ``局领导`` (a 股室 cell, a card's 所在股室, a group row, the sheet ``局领导``) is the 科室 of the
  bureau's leaders; a bureau's 股, 室, 中心 and its 综合行政执法大队 and a 税务局's 税务分局 are 科室; a group row
  ``二、农业机械化股`` gives the 科室 ``农业机械化股`` (its number left off);
- 局长, 副局长 and 总审计师 are leaders; 股长, the 办公室's 主任, a 大队's
  中队长 and a 分局's 分局长 middle; the rest (科员, 会计, 出纳, 审计员, 执法队员, 登记员, 经办员, 税收管理员,
  农机推广员, 项目审核员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``工作环节``, ``职责事项`` and ``分管工作`` are no
  points and name no holder; the 交通运输局's list names no person: its forms are posts (对岗不对人);
  the 发展和改革局's ``责任人`` column names the holder;
- ``高/中/低``, ``★★★/★★/★``, ``一级/二级/三级``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``高风险/中风险/低风险`` and
  ``一级风险/二级风险/三级风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b282_"
PLACE = "江油市"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
MONITORS = {"局党组": 1, "分管局领导": 2, "股室负责人": 3}
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int,
                last: int | None = None) -> None:  # fmt: skip
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs, last)


# --------------------------------------------------------------------------- harder layout

MONITOR_NOTE = (
    "注：本局廉政风险实行分级监控，风险等级按监控责任主体确定：由局党组监控的为一级风险，"
    "由分管局领导监控的为二级风险，由股室负责人监控的为三级风险。"
)

# (股室, 岗位, 姓名, tier, [(廉政风险点, 风险类型, 监控责任主体, 防控措施)])
MONITOR_POSTS = [
    ("局领导", "局长", "巩瑀澂", "leader", [
        ("医保基金重大支出事项不经党组会集体研究", "制度机制风险", "局党组",
         "重大事项党组会集体研究，会议纪要存档备查。"),
        ("插手干预定点医药机构确定和协议管理", "思想道德风险", "局党组",
         "领导干部插手干预事项一律登记报告。"),
    ]),
    ("局领导", "副局长", "訾湲岫", "leader", [
        ("对欺诈骗保案件查处说情打招呼", "外部环境风险", "局党组", "案件查处集体审理，说情事项登记。"),
    ]),
    ("基金监管股", "股长", "郗澹竹", "middle", [
        ("监督检查中对定点医药机构违规使用基金的问题隐瞒不报", "岗位职责风险", "局党组",
         "监督检查两人以上，检查结果按月通报。"),
        ("行政处罚裁量畸轻畸重", "业务流程风险", "分管局领导", "处罚裁量按基准逐项说明理由，法制审核。"),
    ]),
    ("基金监管股", "科员", "蒉翊潇", "general", [
        ("现场检查接受被检查单位宴请、礼品", "思想道德风险", "分管局领导",
         "签订廉洁检查承诺书，检查全程记录。"),
        ("泄露举报人信息", "岗位职责风险", "股室负责人", "举报件专人登记，举报人信息保密。"),
    ]),
    ("医药服务管理股", "股长", "隗沛珩", "middle", [
        ("定点医药机构申请评估中降低标准", "业务流程风险", "分管局领导", "评估结果集体审核并公示。"),
        ("协议考核打分优亲厚友", "思想道德风险", "股室负责人", "考核细则公开，考核结果公示。"),
    ]),
    ("待遇保障股", "经办员", "暨濯岚", "general", [
        ("医疗救助对象审核把关不严", "岗位职责风险", "分管局领导", "救助对象与民政数据比对，名单公示。"),
        ("异地就医备案材料不全即办理", "业务流程风险", "股室负责人", "备案材料清单化审核，系统留痕。"),
    ]),
    ("办公室", "会计", "宓珞溪", "general", [
        ("经费报销票据审核不严", "制度机制风险", "股室负责人", "报销实行经办、审核、审批三签。"),
    ]),
]  # fmt: skip


def jiangyou_medical_insurance_monitor_tiers() -> dict:
    unit = f"{PLACE}医疗保障局"
    sh = _Sheet("分级防控表", [6, 12, 8, 9, 38, 13, 12, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险分级防控表", 8)
    _line(sh, f"填报单位：{unit}{GAP * 12}填报时间：2025年7月", 8)
    sh.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险类型", "监控责任主体", "防控措施")
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in MONITOR_POSTS:
        for point, typ, monitor, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, monitor, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), MONITORS[monitor])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, MONITOR_NOTE, 8)
    sh.add("填表人：", None, None, "审核人：", None, "局长（签字）：", None, None)
    return _layout(
        "jiangyou_medical_insurance_monitor_tiers", "http://whlrfk.com/2231.html",
        "(harder) 县级市医疗保障局 岗位廉政风险分级防控表, after the source's 医疗保障基金使用监督管理条例 (定点医药机构, "
        "经办机构, 协议管理, 监督检查, 欺诈骗保, 举报): a title, a merged ``填报单位：…　填报时间：2025年7月`` line, "
        "序号/股室 merged (局领导, 基金监管股, 医药服务管理股, 待遇保障股, 办公室)/岗位 and 姓名 merged per person/"
        "廉政风险点/风险类型 ``…风险``/``监控责任主体`` (局党组, 分管局领导, 股室负责人)/防控措施 and NO LEVEL COLUMN: the "
        "``注：`` line below says the level follows the monitoring tier (局党组 一级, 分管局领导 二级, 股室负责人 三级); "
        "a 填表人/审核人/局长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def jiangyou_natural_resources_list() -> dict:
    unit = f"{PLACE}自然资源局"
    sh = _Sheet("一览表", [6, 14, 10, 10, 38, 13, 8, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "揭淇岫", "leader", [
            ("经营性用地出让方案不经集体研究", "制度机制风险", "高", "出让方案经局党组会、市政府常务会研究。"),
            ("为关系人竞得土地打招呼、递条子", "思想道德风险", "高", "插手干预事项如实登记报告。"),
        ]),
        ("局领导", "副局长", "庾珣澈", "leader", [
            ("协议出让条件把关不严", "岗位职责风险", "中", "协议出让条件和程序逐项审核并公示。"),
        ]),
        ("土地利用股", "股长", "仉蕴泠", "middle", [
            ("招标拍卖挂牌出让中设置排他性条件", "业务流程风险", "高", "出让公告条件经法律顾问审查。"),
            ("土地出让金减免、缓缴审核不严", "岗位职责风险", "中", "出让金按合同足额征收，减缓报市政府审批。"),
        ]),
        ("土地利用股", "科员", "甯沄芷", "general", [
            ("划拨土地使用权收回登记不及时", "业务流程风险", "低", "收回事项建立台账，按月清理。"),
        ]),
        ("耕地保护股", "股长", "滑瀚玥", "middle", [
            ("耕地占补平衡项目验收走过场", "岗位职责风险", "中", "验收由股室、乡镇、第三方共同实地核查。"),
            ("违法占用耕地问题发现不报", "外部环境风险", "高", "卫片图斑逐一核查，问题清单销号。"),
        ]),
        ("不动产登记中心", "登记员", "冀璐漪", "general", [
            ("土地变更登记材料不全即予登记", "业务流程风险", "中", "登记材料一次性告知，受理审核分离。"),
            ("违规查询、泄露不动产登记信息", "思想道德风险", "低", "查询实名留痕，定期抽查查询记录。"),
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
        "jiangyou_natural_resources_list", "https://yunzazhi.com/haowen/4711.html",
        "县级市自然资源局 岗位廉政风险防控一览表, after the source's 土地资产管理 essay (招标拍卖挂牌出让, 协议出让, 划拨土地"
        "使用权收回, 出让金, 土地变更登记): a title, a merged ``填报单位（盖章）：…　填报时间：2025年6月`` line, 序号/股室 "
        "merged (局领导, 土地利用股, 耕地保护股, 不动产登记中心)/岗位 and 姓名 merged per person/廉政风险点/风险类型 "
        "``…风险``/风险等级 高/中/低/防控措施; a 填表人/审核人/局长（签字） line",
        [sh], t,
    )  # fmt: skip


def jiangyou_housing_cards() -> dict:
    unit = f"{PLACE}住房和城乡建设局"
    t = _Truth(unit)
    cards = [
        ("副局长", "弭昶霁", "副局长", "局领导", "leader", [
            ("保障性住房分配方案不经集体研究", "制度机制", "★★★", "分配方案经局党组会研究，结果公示。"),
            ("对骗租骗购问题查处不力", "岗位职责", "★★", "每年开展一次保障对象资格复核。"),
        ]),
        ("住房保障股", "钭沐岑", "股长", "住房保障股", "middle", [
            ("公租房申请审核优亲厚友", "思想道德", "★★★", "申请材料三级审核，审核结果公示十五日。"),
            ("轮候配租顺序人为调整", "业务流程", "★★★", "轮候配租公开摇号，全程录像。"),
            ("不按规定清退不再符合条件的承租户", "岗位职责", "★", "退出情况按季度通报。"),
        ]),
        ("建筑市场股", "衡濡蓁", "科员", "建筑市场股", "general", [
            ("施工许可材料审查把关不严", "岗位职责", "★★", "审查要点清单化，办理结果网上公开。"),
            ("接受建筑企业宴请、礼品", "外部环境", "★", "节前廉洁提醒，拒收登记。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, dept, tier, points in cards:
        sh = _Sheet(tab, [6, 38, 10, 8, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 5)
        sh.add("持卡人", who, "职　务", post, None)
        r = sh.add("所在股室", dept, None, None, None)
        sh.merge(r, 1, r, 4)
        sh.add("序号", "风险点", "风险类别", "风险等级", "防控措施")
        for i, (point, typ, stars, measures) in enumerate(points, 1):
            sh.add(i, point, typ, stars, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 5)
        sh.add("监督电话：12388", None, "持卡人签字：", None, None)
        sheets.append(sh)
    return _layout(
        "jiangyou_housing_cards", "https://www.renrendoc.com/paper/509261106.html",
        "县级市住房和城乡建设局 岗位廉政风险防控卡, one sheet a holder (tabs 副局长, 住房保障股, 建筑市场股), after the "
        "source's study of 保障性住房分配管理 (申请审核, 轮候配租, 骗租骗购, 退出): a title, ``持卡人 | … | 职　务 | …`` and "
        "a merged ``所在股室 | …``, then 序号/风险点/风险类别 (short names)/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` "
        "line and ``监督电话：12388 | 持卡人签字：``",
        sheets, t,
    )  # fmt: skip


def jiangyou_transport_posts() -> dict:
    unit = f"{PLACE}交通运输局"
    sh = _Sheet("排查表", [6, 14, 10, 18, 38, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 7)
    sh.add("序号", "股室（队）", "岗位", "风险点", "风险表现", "风险等级", "防控措施")
    lead, build, law = "局领导", "建设管理股", "交通运输综合行政执法大队"
    rows = [
        (lead, "局长", "leader", "小额工程发包", "小额工程不按制度比选，直接指定施工单位", "一级",
         "小额工程一律按《交通运输系统工程建设项目招投标管理制度》比选。"),
        (lead, "副局长", "leader", "养护工程验收", "对养护工程验收中发现的问题默许放行", "二级",
         "养护工程验收实行双人签字，验收资料存档。"),
        (build, "股长", "middle", "招标文件审核", "招标文件量身定制，排斥潜在投标人", "一级",
         "招标文件经法制审核，公开发布。"),
        (build, "股长", "middle", "计量支付审核", "虚增工程量，多付工程款", "二级", "计量支付经监理、跟踪审计、股室三方签字。"),
        (build, "科员", "general", "质量抽检", "抽检不到场，出具不实检测意见", "二级", "抽检现场拍照，检测报告双人复核。"),
        (law, "中队长", "middle", "执法检查", "选择性执法、人情执法", "一级", "执法全过程记录，执法结果公示。"),
        (law, "执法队员", "general", "行政处罚", "违规变通适用裁量基准，降格处理", "二级",
         "处罚裁量按基准执行，案件法制审核。"),
        (law, "执法队员", "general", "执法信息公示", "执法信息不按时公示，超期限办案", "三级", "案件办理时限系统预警。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, [], GRADES[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "jiangyou_transport_posts",
        "http://www.zjsjw.gov.cn/zhuantizhuanlan/qlzjnwtx/qinglianjiaotong/202211/t20221114_7555951.shtml",
        "县级市交通运输局 廉政风险点排查表 对岗不对人, after the source's 交通运输局 清风 工程 (交通运输执法 选择性执法、人情"
        "执法、裁量基准、超期限办案、执法信息公示; 小额工程招投标; 岗位廉政风险防控手册): a title, 序号/``股室（队）`` merged "
        "(局领导, 建设管理股, 交通运输综合行政执法大队)/岗位 merged per post/a short 风险点/a long 风险表现/风险等级 "
        "``一级/二级/三级``/防控措施; no names, no type column; an ``编制：办公室 | 审核： | 2025年5月`` line",
        [sh], t,
    )  # fmt: skip


def jiangyou_audit_selfchecks() -> dict:
    unit = f"{PLACE}审计局"
    t = _Truth(unit)
    people = [
        ("储珮淇", "局领导", "总审计师", "leader", [
            ("审计方案", "审计重点确定时照顾被审计单位", "制度机制", "Ⅱ级", "审计方案经业务会审定。"),
            ("审计报告审定", "审计发现问题降格处理、不如实反映", "岗位职责", "Ⅰ级", "审计报告经审计业务会集体审定。"),
        ]),
        ("缑晗溯", "经济责任审计股", "股长", "middle", [
            ("审计实施", "接受被审计单位宴请、安排的交通工具", "思想道德", "Ⅱ级", "外勤费用自理，就餐按标准付费。"),
            ("审计取证", "隐瞒审计发现的问题线索", "岗位职责", "Ⅰ级", "问题线索集体研究，按规定移送。"),
            ("审计整改", "整改检查走过场", "业务流程", "Ⅲ级", "整改情况逐项销号，对账核实。"),
        ]),
        ("酆瀛岫", "固定资产投资审计股", "审计员", "general", [
            ("工程结算审计", "在被审计单位报销个人费用", "思想道德", "Ⅱ级", "审计纪律告知被审计单位，接受监督。"),
            ("工程结算审计", "向被审计单位借用资金、设备", "外部环境", "Ⅲ级", "严格执行审计“八不准”纪律。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 14, 36, 10, 8, 34])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        sh.add("姓　名", who, "所在股室", dept, "职　务", post)
        sh.add("序号", "工作环节", "风险点", "风险类型", "风险等级", "防控措施")
        for i, (step, point, typ, lv, measures) in enumerate(points, 1):
            sh.add(i, step, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, None, "分管领导意见：", None, None)
        sheets.append(sh)
    return _layout(
        "jiangyou_audit_selfchecks", "https://www.shqp.gov.cn/audit/lzjs/20180626/209432.html",
        "县级市审计局 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 区审计局 审计纪律 "
        "(宴请, 交通工具, 礼品礼金, 报销费用, 借用资金设备, 审计事项汇报): a title, ``姓　名 | … | 所在股室 | … | 职　务 | …`` "
        "in one row, then 序号/``工作环节``/风险点/风险类型 (short names)/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; a blank row and "
        "``本人签名： | 分管领导意见：``",
        sheets, t,
    )  # fmt: skip


def jiangyou_tax_two_sheets() -> dict:
    unit = f"国家税务总局{PLACE}税务局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 10, 8, 20, 36, 10, 34])
    _line(lead, f"{unit}局领导廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("辜沂珺", "局长", "主持全面工作", [
            ("干部选拔任用把关不严", "高风险", "严格执行干部任用条例，全程纪实。"),
            ("重大税务案件审理不经集体审议", "高风险", "重大案件提交重大税务案件审理委员会审理。"),
        ]),
        ("龚砚溱", "副局长", "分管征收管理、纳税服务", [
            ("对税收减免审批打招呼", "中风险", "减免事项系统审批，全程留痕。"),
            ("纳税服务中接受请托提供便利", "低风险", "服务事项公开，纳税人满意度回访。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "局领导", post, who, "leader", point, [], BANDS[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    staff = _Sheet("股室（分局）", [6, 16, 12, 10, 36, 10, 34])
    _line(staff, f"{unit}股室（分局）岗位廉政风险防控表", 7)
    staff.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("征收管理股", "股长", "阚岷沣", "middle", [
            ("户籍管理中违规办理非正常户解除", "中风险", "非正常户解除实行双人审核。"),
            ("欠税管理不严，违规缓缴", "高风险", "缓缴审批按权限报批，欠税公告。"),
        ]),
        ("纳税服务股", "科员", "栾滢竺", "general", [
            ("办税服务中接受请托违规代办", "中风险", "办税事项一次性告知，窗口全程录像。"),
            ("泄露纳税人涉税信息", "高风险", "涉税信息查询实名留痕，定期抽查。"),
        ]),
        ("第一税务分局", "分局长", "鄂钰澂", "middle", [
            ("对辖区企业核定征收标准随意调整", "中风险", "核定标准集体研究并公示。"),
        ]),
        ("第一税务分局", "税收管理员", "毋澜蘅", "general", [
            ("发票领用增量审核不严", "中风险", "增量申请实地核查，结果系统留痕。"),
            ("为纳税人介绍涉税中介", "低风险", "严禁推荐中介，纳入内控考核。"),
        ]),
    ]  # fmt: skip
    first = len(staff.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, lv, measures in points:
            n += 1
            staff.add(n, dept, post, who, point, lv, measures)
            t.point(staff.name, dept, post, who, tier, point, [], BANDS[lv])
    _per_person(staff, first, 1, 2, 3)
    staff.add("填表人：", None, "审核人：", None, "2025年6月", None, None)
    return _layout(
        "jiangyou_tax_two_sheets", "https://xiexiebang.com/a3/2019051218/8592390e7307d253.html",
        "县级市税务局 廉政风险防控表 in two sheets, after the source's paper on 基层国税机关内控预防体系 (征收、管理、稽查, 执法权, "
        "内控环境): ``局领导`` — a title, 序号/``姓名 | 职务 | 分管工作`` merged per leader/廉政风险点/风险等级/防控措施; "
        "``股室（分局）`` — a title, 序号/股室 merged (征收管理股, 纳税服务股, 第一税务分局)/岗位 and 姓名 merged per person/"
        "…; levels ``高风险/中风险/低风险``; no type column; a 填表人/审核人/date line",
        [lead, staff], t,
    )  # fmt: skip


def jiangyou_agriculture_groups() -> dict:
    unit = f"{PLACE}农业农村局"
    sh = _Sheet("清单", [6, 12, 10, 36, 10, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点及防控措施清单", 7)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、局领导", "局领导", [
            ("局长", "佘汐琮", "leader", [
                ("惠农补贴资金分配不经集体研究", "制度机制", "一级风险", "资金分配方案经局党组会研究并公示。"),
            ]),
            ("副局长", "井翀岚", "leader", [
                ("对补贴机具核查发现的问题不督促纠正", "岗位职责", "二级风险", "核查问题清单化，限期整改销号。"),
            ]),
        ]),
        ("二、农业机械化股", "农业机械化股", [
            ("股长", "隆霂汀", "middle", [
                ("补贴机具型号与申报不符仍予核验", "岗位职责", "一级风险", "核验实行实地核查与电话核实相结合。"),
                ("与农机经销商串通套取补贴资金", "外部环境", "一级风险", "补贴信息公开，经销商黑名单管理。"),
            ]),
            ("农机推广员", "郏瑭漪", "general", [
                ("对倒卖、私自改装补贴机具不报告", "思想道德", "二级风险", "补贴机具按比例回访核查。"),
            ]),
        ]),
        ("三、农田建设股", "农田建设股", [
            ("股长", "蔺沅澈", "middle", [
                ("高标准农田项目验收不严", "业务流程", "二级风险", "验收由股室、乡镇、监理共同参与。"),
            ]),
        ]),
        ("四、财务室", "财务室", [
            ("会计", "闵湛竹", "general", [
                ("补贴资金不按规定直达农户", "业务流程", "二级风险", "补贴资金通过“一卡通”直接发放。"),
                ("报销票据审核不严", "岗位职责", "三级风险", "报销实行经办、审核、审批三签。"),
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
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), RISKS[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("填表人：", None, "审核人：", None, "局长（签字）：", None, None)
    return _layout(
        "jiangyou_agriculture_groups",
        "http://218.60.149.76/city/details.aspx?articleid=20910&catalogid=31&cityid=10",
        "县级市农业农村局 岗位廉政风险点及防控措施清单, after the source's 农机科 补贴机具核实审查 (机具型号, 套取补贴资金, "
        "倒卖补贴机具, 私自改装, 财政、审计联合): a title, 序号/岗位/姓名/廉政风险点/风险类型 (short names)/风险等级 "
        "``一级风险/二级风险/三级风险``/防控措施, under GROUP ROWS ``一、局领导`` … ``四、财务室`` merged across (no 股室 "
        "column); 岗位 and 姓名 merged per person; a 填表人/审核人/局长（签字） line",
        [sh], t,
    )  # fmt: skip


def jiangyou_development_reform_duties() -> dict:
    unit = f"{PLACE}发展和改革局"
    sh = _Sheet("责任清单", [6, 14, 10, 10, 18, 36, 8, 34])
    t = _Truth(unit)
    sh.add("附件")
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add("序号", "股室", "岗位", "责任人", "职责事项", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "戈淞霁", "leader", "政府投资项目审批", "可行性研究报告批复不经集体研究", "高",
         "项目审批事项局务会集体研究。"),
        ("局领导", "副局长", "牟昙澄", "leader", "初步设计审批", "投资概算审核把关不严，概算超可研", "中",
         "概算超可研10%以上的重新报批。"),
        ("固定资产投资股", "股长", "宦潆蕖", "middle", "企业投资项目备案", "对不符合产业政策的项目违规备案", "高",
         "备案事项网上办理，信息公开。"),
        ("固定资产投资股", "项目审核员", "敖澍珩", "general", "项目建议书审查", "容缺受理后材料补正不跟踪", "低",
         "容缺受理事项建立台账，限期补正。"),
        ("价格和收费股", "股长", "阙沄琰", "middle", "政府定价成本监审", "成本监审中接受企业请托", "中",
         "成本监审两人以上，结论集体审定。"),
        ("办公室", "主任", "甘珵汐", "middle", "公务接待", "超标准接待，虚列接待费用", "低", "接待实行公函和清单制度。"),
        ("办公室", "出纳", "贲洺霏", "general", "现金管理", "挪用公款，坐支现金", "中", "现金日清月结，定期盘点。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, duty, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, duty, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    sh.add()
    sh.add("填报人：", None, "审核人：", None, None, "局长：", None, None)
    return _layout(
        "jiangyou_development_reform_duties", "https://jindouyun.cn/document/recordsvc/details/4994",
        "县级市发展和改革局 廉政风险防控责任清单, after the source's 发改委 建设项目审批和备案管理办法 (项目建议书, 可行性研究"
        "报告, 初步设计, 投资概算, 企业投资项目备案, 容缺受理): ``附件``, a title, 序号/股室/岗位/责任人 written on EVERY "
        "row (no merges)/``职责事项``/廉政风险点/风险等级 高/中/低/防控措施; no type column; a blank row and a 填报人/审核人/"
        "局长 line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    jiangyou_medical_insurance_monitor_tiers(),
    jiangyou_natural_resources_list(),
    jiangyou_housing_cards(),
    jiangyou_transport_posts(),
    jiangyou_audit_selfchecks(),
    jiangyou_tax_two_sheets(),
    jiangyou_agriculture_groups(),
    jiangyou_development_reform_duties(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch282-inbox"))

"""The two-hundred-and-forty-first batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county, 汶川县 — its
局, 委, 办 and 中心 and their 股室 (the 财政局, the 人力资源和社会保障局, the 民政局, the 交通运输局, the
人民政府办公室, the 审计局, the 司法局 and the 机关事务服务中心) each handing back the 一览表, 清单, 自查表,
排查表, 防控卡 or 情况表 such an office really sends, the rows about 预算, 国库, 采购, 低保, 招聘, 补贴,
工程, 公文, 审计, 法律援助 and 公务用车:

- the 财政局's 一览表 under ``附件1`` and a ``填报单位：…（盖章）　…　填报时间：…`` line: 股室 merged (局领导,
  预算股, 国库股, 政府采购股, 农业农村股), 岗位 and 姓名 merged per person, ``…风险`` types, 高/中/低,
  填表人/审核人/局长签字 below;
- the 人力资源和社会保障局's 责任清单 对岗不对人: ``职权名称 | 职权类别`` first, the risk, ``一级/二级/三级``,
  no type column, and ``责任股室 | 责任岗位`` last (a 局属 大队 and 中心 among the 股室), a ``注：`` line;
- the 民政局's 自查表, one sheet a person (tabs 社会救助股, 低保中心, 财务室): ``姓　名 | … | 股　室 | … |
  职　务 | …`` in one row, short types, 高/中/低, a ``整改时限`` column, ``本人签字： | 股室负责人审核：``;
- the 交通运输局's 排查表 under ``单位（盖章）：…　排查时间：…``: ``股室（站）`` merged (局领导, 规划基建股,
  财务审计股, 公路管理站), 岗位 and 姓名 merged per person, short types, ``Ⅰ级/Ⅱ级/Ⅲ级`` with a ``注：``
  line, a ``备注`` column;
- the 人民政府办公室's 防控卡, one sheet a holder: ``持卡人 | … | 科　室 | … | 职　务 | …``, a merged
  ``岗位职责`` line, no type column, ``一级/二级/三级``, ``监督电话：`` and ``持卡人签字：`` below;
- the 审计局's 一览表 in two sheets: ``局领导`` with 姓名, 职务 and ``分管工作`` merged per leader, ``股室``
  对岗不对人; both a short ``风险点`` beside a long ``主要表现``, 高/中/低, no type column;
- the 司法局's 廉政风险点情况表 (the county's 权责清单 shape): ``权力事项`` and ``风险点数量`` (``3（2高1中）``)
  merged per matter, ``表现形式`` one risk a row (``受理阶段风险：…``), ``等级`` 高/中/低, ``防控措施`` and
  a ``责任人`` column naming the ROLE (值班接待人员, 案件管理人员 …), no names, no 股室;
- the 机关事务服务中心's 一览表 under group rows ``一、中心领导``, ``二、综合股`` … merged across (no 股室
  column), 岗位 and ``责任人`` merged per person, short types, ``高风险/中风险/低风险``.

One is harder:

- ``veterans_type_columns``: the 退役军人事务局's 岗位廉政风险排查登记表 in the shape of the first
  廉政风险防控 rounds, where the risks of a duty are sorted by kind: the heading ``廉政风险点`` is
  merged over FOUR TYPE COLUMNS ``思想道德风险 | 岗位职责风险 | 制度机制风险 | 外部环境风险`` on the row
  below, and each row (one ``工作职责`` of a person) writes its risks as TEXT in the column of their
  kind — one, two or three of the four filled, the others ``/`` — with ONE ``风险等级`` for the row and
  one 防控措施. Each filled cell is a point of that type at the row's level. It was chosen because the
  rules in the README's 读得懂的表 name type columns holding ``√`` under ``风险类型``, a ``廉政风险点``
  split by LEVEL and a ``廉政风险点`` merged over POST columns, but no ``廉政风险点`` split by TYPE.
  Found only after the measurement: the same section's account of the rounds records this shape
  as a miss of batches 129–132 (batch131's ``rescue_station_type_columns``), and main's reader
  reads it in full, so it is NOT a new shape; the layout is kept as measured (see
  tests/test_batch241.py).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 县财政局's 部门决算 with its 职责 and
its 股室; a 县人社局's 规范权力运行 — 职权目录, 权力类别, 局机关各股室 and 局属单位; a 县民政局's 三关 on
城乡低保 — 乡镇 入户调查, 县低保中心 抽查30%, 清退 and 资金 专户 打卡发放; a 县交通运输局's 涉农资金 for
四好农村路 — 规划基建股, 财务审计股, 公路站, 监理 and 建设单位 审核; a 县人民政府办公室's 制度汇编 —
文电科, 保密, 定密, 涉密文件; a 县审计局's 内部风险防控 and 外部审计监督 with its 股室 抽调 for 紧急审计
任务; a 县's 廉政风险点情况表 — 权力事项, 风险点数量, 表现形式, 等级, 防控措施, 责任人; a 区机关事务管理服务
中心's 职能 — 公务接待, 公务用车, 办公用房, 公共机构节能; a 县退役军人事务局's 职责 — 移交安置, 就业扶持,
困难帮扶, 优待抚恤, 褒扬纪念) and the layout follows their words for the unit, its parts, its posts
and its risks. The rows are worded by us, the names invented (rare Han surnames with rare given
names); every unit is a body of 汶川县.

Run ``python tests/published/score.py --set batch241`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder table each filled cell under a type column is a point, its type the column's
  (``思想道德风险`` → 思想道德 …), its level the row's ``风险等级``, its holder the row's person; a
  ``/`` cell is no point; the ``工作职责`` column is the duty, no point; a person with two rows keeps
  one form;
- the 司法局's ``责任人`` column names roles, no persons: each role is the post of its rows (对岗不对人,
  department "", as batch216's 责任岗位 rows), ``风险点数量`` is a count, no point, and ``表现形式`` is the
  risk, the cell's whole text;
- ``局领导`` (``办领导``, ``中心领导``) in a 股室 column, a card's ``科　室`` or a group row is the 科室 of
  those leaders; the 审计局's ``局领导`` sheet has no 科室 column: department "";
- the 人社局's 劳动保障监察大队 and 就业服务中心, the 交通运输局's 公路管理站, the 民政局's 低保中心 and the
  退役军人事务局's 退役军人服务中心 stand as 股室 of their 局: 科室, their 大队长/站长/主任 middle; the
  机关事务服务中心 is a unit of its own, its 主任 a leader;
- ``职权名称``, ``职权类别``, ``工作职责``, ``岗位职责``, ``分管工作``, ``整改时限``, ``备注`` and
  ``主要表现`` are no points; ``风险点 | 主要表现``: the point is the short 风险点;
- ``高/中/低``, ``一级/二级/三级``, ``Ⅰ级/Ⅱ级/Ⅲ级`` and ``高风险/中风险/低风险`` are 1/2/3;
- 局长/副局长, the 人民政府办公室's 副主任 and the 机关事务服务中心's 主任 are leaders; 股长, 科长, the 主任 of a
  局's 办公室, 站长, 大队长 and the 主任 of a 中心 inside a 局 middle; the rest (会计, 核查员, 技术员, 机要员,
  审计员, 监察员, 经办员, 驾驶员, 资产管理员, 值班接待人员, 案件管理人员 …) general; of the 司法局's
  roles ``审批负责人`` (the 法律援助中心's head who signs) is middle and ``分管领导`` a leader.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b241_"
PLACE = "汶川县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
KINDS = ("思想道德风险", "岗位职责风险", "制度机制风险", "外部环境风险")
NONE = "/"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

VETERANS = [
    ("局领导", "局长", "阙岷苍", "leader", [
        ("主持全面工作", {
            "思想道德风险": "利用职权为亲友安排公益性岗位",
            "制度机制风险": "重大事项和大额资金不经党组集体研究",
            "外部环境风险": "接受安置对象及其家属请托、礼品",
        }, "高", "落实“三重一大”集体决策，请托事项如实登记报告。"),
    ]),
    ("局领导", "副局长", "雒芃川", "leader", [
        ("分管优抚安置、褒扬纪念", {
            "岗位职责风险": "对优抚对象资格审核把关不严",
            "制度机制风险": "安置岗位分配方案不公开",
        }, "中", "资格审核两级把关，安置方案和结果公示。"),
    ]),
    ("优抚股", "股长", "宰父蕴辉", "middle", [
        ("优待抚恤金审核发放", {
            "思想道德风险": "虚报冒领抚恤补助资金",
            "岗位职责风险": "抚恤对象死亡后不及时停发",
        }, "高", "抚恤名册与民政、公安信息比对，资金社会化发放。"),
        ("残疾军人伤残等级评定申报", {
            "岗位职责风险": "伤残等级评定申报材料审核不严",
            "外部环境风险": "受申报人请托代为说情",
        }, "中", "评定材料集体审核，评定结果公示。"),
    ]),
    ("移交安置股", "股长", "逯杼言", "middle", [
        ("退役士兵移交安置", {
            "制度机制风险": "安置量化排序弄虚作假",
            "外部环境风险": "接受接收单位、退役士兵宴请",
        }, "高", "量化排序评分公开，安置全程纪检监督。"),
    ]),
    ("退役军人服务中心", "主任", "扈蕤安", "middle", [
        ("就业扶持和困难帮扶", {
            "岗位职责风险": "困难帮扶对象认定不核实",
            "制度机制风险": "退役军人就业培训补贴审核不严",
        }, "中", "帮扶对象入户核实，补贴按培训台账审核。"),
    ]),
    ("退役军人服务中心", "经办员", "檀荇舟", "general", [
        ("烈士纪念设施日常维护", {
            "岗位职责风险": "烈士纪念设施维修工程量虚报",
        }, "低", "维修项目验收三人以上，工程量现场核对。"),
        ("光荣牌悬挂和走访慰问", {
            "思想道德风险": "慰问金、慰问品截留私分",
            "外部环境风险": "走访对象名单受人情左右",
        }, "中", "慰问名单集体研究，慰问金签领留档。"),
    ]),
]  # fmt: skip


def veterans_type_columns() -> dict:
    unit = f"{PLACE}退役军人事务局"
    sh = _Sheet("排查登记表", [6, 14, 8, 9, 16, 20, 20, 20, 20, 8, 30])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险排查登记表", 11)
    _line(sh, f"填报单位：{unit}（盖章）{GAP * 10}填报时间：2024年11月", 11)
    r = sh.add("序号", "股室", "岗位", "姓名", "工作职责", "廉政风险点", None, None, None, "风险等级",
               "防控措施")  # fmt: skip
    sh.add(None, None, None, None, None, *KINDS, None, None)
    for c in (0, 1, 2, 3, 4, 9, 10):
        sh.merge(r, c, r + 1, c)
    sh.merge(r, 5, r, 8)
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, duties in VETERANS:
        for duty, risks, lv, measures in duties:
            n += 1
            sh.add(n, dept, post, who, duty, *(risks.get(k, NONE) for k in KINDS), lv, measures)
            for k in KINDS:
                if k in risks:
                    t.point(sh.name, dept, post, who, tier, risks[k], types_in(k), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：廉政风险点按风险类别分列填写，无此类风险的填“/”；风险等级分高、中、低。", 11)
    sh.add("填表人：", None, None, None, "审核人：", None, None, "局长（签字）：", None, None, None)
    return _layout(
        "veterans_type_columns", "http://mbji.cn/mbji/长沙县退役军人事务局/23339389",
        "(harder) 县退役军人事务局 岗位廉政风险排查登记表, after the source's account of a 县退役军人事务局 (移交安置, 就业扶持, "
        "困难帮扶, 优待抚恤, 权益维护, 褒扬纪念, 拥军优属): a title, a merged ``填报单位：…（盖章）　…　填报时间：2024年11月`` "
        "line, a TWO-ROW heading — 序号/股室/岗位/姓名/``工作职责`` merged down, ``廉政风险点`` merged over FOUR TYPE "
        "COLUMNS ``思想道德风险 | 岗位职责风险 | 制度机制风险 | 外部环境风险`` on the row below, then 风险等级 and 防控措施 "
        "merged down; each row one 工作职责 of a person (股室 merged: 局领导, 优抚股, 移交安置股, 退役军人服务中心; 岗位 and "
        "姓名 merged per person) with its risks written as TEXT in the column of their kind, ``/`` in the others, ONE "
        "level 高/中/低 and one measure for the row; a ``注：`` line and a 填表人/审核人/局长签字 line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def finance_bureau_list() -> dict:
    unit = f"{PLACE}财政局"
    sh = _Sheet("一览表", [6, 12, 8, 9, 38, 14, 8, 36])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位：{unit}（盖章）{GAP * 10}填报时间：2024年11月", 8)
    sh.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "璩砚澄", "leader", "年度预算资金分配不经党组集体研究，个人说了算", "制度机制风险", "高",
         "预算分配方案提交党组会集体研究，会议纪要存档。"),
        ("局领导", "局长", "璩砚澄", "leader", "插手政府采购项目，为特定供应商打招呼", "外部环境风险", "高",
         "落实领导干部插手干预重大事项记录报告制度。"),
        ("局领导", "副局长", "郜沐岩", "leader", "国库资金拨付审批把关不严", "岗位职责风险", "中",
         "大额资金拨付实行会签，按月与预算单位对账。"),
        ("预算股", "股长", "蒯筠岑", "middle", "部门预算编制时为关系单位多安排项目经费", "思想道德风险", "高",
         "项目经费按标准测算，编制结果集体审核。"),
        ("预算股", "股长", "蒯筠岑", "middle", "预算追加、调整审核不严", "业务流程风险", "中",
         "追加调整事项报县政府审批，调整结果公开。"),
        ("国库股", "股长", "訾峦樵", "middle", "违规向预算单位拨付资金，拨付进度看关系", "岗位职责风险", "高",
         "拨付按用款计划和序时进度，拨付信息系统留痕。"),
        ("国库股", "会计", "殳苒汀", "general", "国库集中支付凭证审核不严，错付、重付", "业务流程风险", "中",
         "支付凭证双人复核，每日对账。"),
        ("政府采购股", "股长", "鄢菡泽", "middle", "采购方式变更审批违规，化整为零规避公开招标", "制度机制风险", "高",
         "采购方式变更集体审核并公示。"),
        ("政府采购股", "股长", "鄢菡泽", "middle", "泄露采购项目预算和评审信息", "思想道德风险", "中",
         "评审信息专人保管，签订保密承诺。"),
        ("农业农村股", "股长", "禚雩笙", "middle", "惠农补贴“一卡通”发放名单审核不严", "岗位职责风险", "中",
         "补贴名单乡镇公示、股室抽查，资金直达到户。"),
        ("农业农村股", "股长", "禚雩笙", "middle", "涉农整合资金项目验收走过场", "外部环境风险", "低",
         "项目验收会同主管部门实地核查，验收资料存档。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, "局长（签字）：", None, None)
    return _layout(
        "finance_bureau_list",
        "https://www.daying.gov.cn/gongkai/show/b9c52ac3abf163181d0f14317806bbab.html",
        "县财政局 岗位廉政风险防控一览表, after the source's 县财政局 部门决算 (部门职责, 机构设置 and its 股室; 预算, 国库, "
        "政府采购): ``附件1``, a title, a merged ``填报单位：…（盖章）　…　填报时间：2024年11月`` line, then 序号/股室 "
        "merged (局领导, 预算股, 国库股, 政府采购股, 农业农村股)/岗位 and 姓名 merged per person/廉政风险点/风险类型 "
        "``…风险``/风险等级 高/中/低/防控措施; 填表人/审核人/局长签字 line",
        [sh], t,
    )  # fmt: skip


def hrss_bureau_duty_list() -> dict:
    unit = f"{PLACE}人力资源和社会保障局"
    sh = _Sheet("责任清单", [6, 16, 10, 34, 8, 32, 16, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add(
        "序号", "职权名称", "职权类别", "廉政风险点", "风险等级", "防控措施", "责任股室", "责任岗位"
    )
    rows = [
        ("事业单位公开招聘", "其他职权", "招聘条件因人设岗，资格审查不严", "一级", "招聘方案集体研究，资格审查两人以上并公示。",
         "事业单位人事管理股", "股长", "middle"),
        ("专业技术职称评审推荐", "其他职权", "评审推荐中优亲厚友，材料审核走过场", "二级", "推荐条件和结果公示，材料逐项核验。",
         "事业单位人事管理股", "股长", "middle"),
        ("工伤认定", "行政确认", "工伤认定调查不实，偏袒用人单位或职工一方", "二级", "调查两人以上，认定结论集体审核。",
         "工伤保险股", "股长", "middle"),
        ("机关事业单位津贴补贴审核", "行政确认", "违规审批津贴补贴，扩大发放范围", "三级", "按政策标准审核，审核结果存档备查。",
         "工资福利股", "股长", "middle"),
        ("拖欠农民工工资查处", "行政处罚", "对欠薪企业以罚代管、降格处理", "一级", "处罚适用裁量基准，案件集体审理。",
         "劳动保障监察大队", "大队长", "middle"),
        ("用人单位劳动用工检查", "行政检查", "检查前通风报信，接受用人单位宴请后检查走过场", "二级",
         "检查对象随机抽取，检查两人以上并全程记录。", "劳动保障监察大队", "监察员", "general"),
        ("就业补助资金发放", "行政给付", "社保补贴、公益性岗位补贴审核不严，被虚报冒领", "一级",
         "补贴对象信息比对，发放名单公示。", "就业服务中心", "主任", "middle"),
        ("职业技能培训补贴审核", "行政给付", "对培训机构虚报培训人数、课时审核不严", "二级", "培训过程抽查，补贴按实名台账审核。",
         "就业服务中心", "经办员", "general"),
    ]  # fmt: skip
    for n, (power, kind, point, lv, measures, dept, post, tier) in enumerate(rows, 1):
        sh.add(n, power, kind, point, lv, measures, dept, post)
        t.point(sh.name, dept, post, "", tier, point, [], GRADES[lv])
    _line(sh, "注：风险等级分一级（高）、二级（中）、三级（低）；责任岗位对岗不对人。", 8)
    sh.add("局长（签字）：", None, None, None, None, "日期：", None, None)
    return _layout(
        "hrss_bureau_duty_list", "http://huaweikl.com/html/2354737475.html",
        "县人力资源和社会保障局 廉政风险防控责任清单 (对岗不对人), after the source's 县人社局 规范权力运行制度建设 (职权目录, "
        "权力类别 and 依据, 局机关各股室 and 委托行使职能的局属单位): a title, then 序号/``职权名称``/``职权类别`` (行政确认, "
        "行政处罚, 行政检查, 行政给付, 其他职权)/廉政风险点/风险等级 ``一级/二级/三级``/防控措施 and ``责任股室 | 责任岗位`` "
        "LAST (事业单位人事管理股, 工伤保险股, 工资福利股, 劳动保障监察大队, 就业服务中心; no names); no type column; a "
        "``注：`` line and a 局长签字/日期 line",
        [sh], t,
    )  # fmt: skip


def civil_affairs_dibao_self_check() -> dict:
    unit = f"{PLACE}民政局"
    t = _Truth(unit)
    people = [
        ("社会救助股", "胥楠枋", "社会救助股", "股长", "middle", [
            ("审批城乡低保时对乡镇上报材料不抽查即审批", "岗位职责", "高", "按不低于30%的比例入户抽查后审批。",
             "长期坚持"),
            ("为亲友违规办理低保，搞“人情保”“关系保”", "思想道德", "高", "近亲属备案，经办人员回避。",
             "长期坚持"),
            ("临时救助审批超标准、超范围", "制度机制", "中", "临时救助按标准审批，结果按月公示。", "2024年12月"),
        ]),
        ("低保中心", "郦槿曦", "低保中心", "核查员", "general", [
            ("入户抽查走过场，抽查记录不实", "业务流程", "中", "抽查照片和记录上传系统，股长复核。", "长期坚持"),
            ("对领取社保、死亡等不再符合条件的人员不及时清退", "岗位职责", "中",
             "每季度与社保、公安、房管数据比对。", "每季度"),
            ("泄露低保申请人家庭经济状况信息", "外部环境", "低", "核对信息专人专用，查询留痕。", "长期坚持"),
        ]),
        ("财务室", "粟眠川", "财务室", "会计", "general", [
            ("低保资金未进专户管理，挤占挪用", "制度机制", "高", "资金在财政专户封闭运行，按月对账。", "长期坚持"),
            ("打卡发放名单与审批名单不核对", "业务流程", "中", "发放前双人核对审批名单。", "每月"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, dept, post, tier, points in people:
        sh = _Sheet(tab, [6, 36, 10, 8, 32, 12])
        _line(sh, f"{unit}干部职工廉政风险自查表", 6)
        sh.add("姓　名", who, "股　室", dept, "职　务", post)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", "整改时限")
        for n, (point, typ, lv, measures, when) in enumerate(points, 1):
            sh.add(n, point, typ, lv, measures, when)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        sh.add()
        sh.add("本人签字：", None, "股室负责人审核：", None, "2024年11月", None)
        sheets.append(sh)
    return _layout(
        "civil_affairs_dibao_self_check", "http://whzg.syhaiyugjg.com/info/10063/34950.htm",
        "县民政局 干部职工廉政风险自查表, one sheet a person (tabs 社会救助股, 低保中心, 财务室), after the source's 县民政局 "
        "严把城乡低保“三关” (乡镇入户调查, 县低保中心 入户抽查30%后审批, 清理不符合条件的, 资金 专户管理 打卡发放): a title, "
        "``姓　名 | … | 股　室 | … | 职　务 | …`` in one row, then 序号/风险点/风险类型 (short names)/风险等级 高/中/低/"
        "防控措施/``整改时限`` (长期坚持, 每季度, 2024年12月); ``本人签字： | 股室负责人审核：`` and a date below",
        sheets, t,
    )  # fmt: skip


def transport_bureau_checklist() -> dict:
    unit = f"{PLACE}交通运输局"
    sh = _Sheet("排查表", [6, 14, 8, 9, 36, 10, 8, 32, 12])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 9)
    _line(sh, f"单位（盖章）：{unit}{GAP * 10}排查时间：2024年10月", 9)
    sh.add(
        "序号", "股室（站）", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施", "备注"
    )
    rows = [
        ("局领导", "局长", "钮峤安", "leader", "农村公路建设项目招标投标中打招呼、定中标人", "外部环境", "Ⅰ级",
         "项目全部进入公共资源交易平台，插手干预如实记录。", None),
        ("局领导", "局长", "钮峤安", "leader", "涉农资金项目安排不经局党组集体研究", "制度机制", "Ⅰ级",
         "资金分配方案集体研究并公开。", None),
        ("规划基建股", "股长", "阚砥之", "middle", "“四好农村路”项目入库把关不严", "岗位职责", "Ⅱ级",
         "入库项目实地踏勘，按财政入库指南审核。", None),
        ("规划基建股", "股长", "阚砥之", "middle", "设计变更审核不严，虚增工程量", "业务流程", "Ⅰ级",
         "变更经监理、设计、建设单位三方签认，重大变更集体研究。", None),
        ("财务审计股", "股长", "滑芷澄", "middle", "项目资金未经监理和建设单位审核即拨付", "业务流程", "Ⅰ级",
         "拨付凭监理审核意见和计量资料，分管领导审签。", None),
        ("财务审计股", "股长", "滑芷澄", "middle", "项目资金调整不按财政程序报批", "制度机制", "Ⅱ级",
         "调整事项报县涉农办审批，调整结果公开。", None),
        ("公路管理站", "站长", "蔺芑川", "middle", "养护工程验收走过场，以次充好", "岗位职责", "Ⅱ级",
         "验收邀请财务审计股参加，验收资料存档。", None),
        ("公路管理站", "站长", "蔺芑川", "middle", "养护材料采购不比价，指定供货商", "思想道德", "Ⅲ级",
         "材料采购三家以上比价，比价记录存档。", None),
        ("公路管理站", "技术员", "闵渚白", "general", "路况巡查记录弄虚作假", "业务流程", "Ⅲ级",
         "巡查轨迹定位，站长每周抽查。", "兼安全员"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures, note) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures, note)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：Ⅰ级为高风险，Ⅱ级为中风险，Ⅲ级为低风险。", 9)
    sh.add("填表人：", None, None, None, "局长（签字）：", None, None, None, None)
    return _layout(
        "transport_bureau_checklist", "https://www.chacewang.com/newsdetail/news573915.html",
        "县交通运输局 廉政风险点排查表, after the source's 县交通运输局 “四好农村路” 涉农资金管理 (规划基建股, 财务审计股, "
        "公路站; 项目入库, 监理和建设单位审核, 资金调整, 绩效评价): a title, a merged ``单位（盖章）：…　…　排查时间："
        "2024年10月`` line, then 序号/``股室（站）`` merged (局领导, 规划基建股, 财务审计股, 公路管理站)/岗位 and 姓名 merged "
        "per person/风险点/风险类别 (short names)/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``备注`` (``兼安全员``); a ``注：`` "
        "line on the levels and a 填表人/局长签字 line",
        [sh], t,
    )  # fmt: skip


def gov_office_cards() -> dict:
    unit = f"{PLACE}人民政府办公室"
    t = _Truth(unit)
    cards = [
        ("副主任", "宦栎笙", "办领导", "副主任", "leader",
         "协助主任处理日常工作，分管综合科、文电科、机要保密室和机关财务、公务接待。", [
            ("公务接待审批把关不严，超标准、超范围接待", "一级", "接待实行“一函一单”，费用按月公开。"),
            ("会议、活动经费审核不严", "二级", "会议费按定额标准审核，报销附会议通知和签到表。"),
            ("对分管科室公文处理、保密工作监督不力", "三级", "每季度检查公文运转和保密工作。"),
        ]),
        ("文电科", "郗荪白", "文电科", "科长", "middle",
         "负责公文收发、运转、印制和归档，组织涉密文件的接收、传阅和清退。", [
            ("涉密文件收发、传阅、清退登记不全", "一级", "涉密文件逐件登记，传阅限定范围，按期清退。"),
            ("公文印制委托印刷企业不比价", "二级", "定点印刷企业按政府采购程序确定。"),
        ]),
        ("机要员", "勾篁露", "机要保密室", "机要员", "general",
         "负责密码电报、涉密载体的收发管理和机要设备的使用维护。", [
            ("违规复制、携带涉密载体", "一级", "涉密载体复制审批登记，外出携带两人以上。"),
            ("密码电报办理不按规定时限和程序", "二级", "电报办理登记、签收，主任审核。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, dept, post, tier, duty, points in cards:
        sh = _Sheet(tab, [6, 38, 10, 12, 34, 8])
        _line(sh, f"{unit}岗位廉政风险防控卡", 6)
        sh.add("持卡人", who, "科　室", dept, "职　务", post)
        r = sh.add("岗位职责", duty, None, None, None, None)
        sh.merge(r, 1, r, 5)
        r = sh.add("序号", "风险点", "风险等级", "防控措施", None, None)
        sh.merge(r, 3, r, 5)
        for n, (point, lv, measures) in enumerate(points, 1):
            r = sh.add(n, point, lv, measures, None, None)
            sh.merge(r, 3, r, 5)
            t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
        sh.add("监督电话：12388", None, "持卡人签字：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "gov_office_cards", "https://m.taowenge.com/p-74312195.html",
        "县人民政府办公室 岗位廉政风险防控卡, one sheet a holder (tabs 副主任, 文电科, 机要员), after the source's 县人民政府"
        "办公室 制度汇编 (文电科 and the 保密委员会, 涉密文件的接收、保管、传阅、使用、归档、销毁, 定密): a title, "
        "``持卡人 | … | 科　室 | … | 职　务 | …`` in one row (the 副主任's 科室 ``办领导``), a merged ``岗位职责`` line, then "
        "序号/风险点/风险等级 ``一级/二级/三级``/防控措施 (merged over three columns); no type column; ``监督电话：…``, "
        "持卡人签字 and 年 月 日 below",
        sheets, t,
    )  # fmt: skip


def audit_bureau_two_sheets() -> dict:
    unit = f"{PLACE}审计局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 8, 8, 20, 18, 36, 8, 30])
    _line(lead, f"{unit}领导班子成员廉政风险防控一览表", 8)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "主要表现", "风险等级", "防控措施")
    leaders = [
        ("暨椿龄", "局长", "主持全面工作，分管办公室", [
            ("审计计划安排随意", "年度审计计划不经县委审计委员会和局党组研究，个人决定审计对象。", "高",
             "审计计划报县委审计委员会审定后执行。"),
            ("干预审计定性", "对审计发现问题定性降格，为被审计单位说情。", "高",
             "审计定性经审理会集体审定，说情打招呼如实登记。"),
        ]),
        ("佘琰圭", "副局长", "分管经济责任审计股、固定资产投资审计股", [
            ("审计报告复核走过场", "对分管股室的审计报告复核不严，问题表述避重就轻。", "中",
             "审计报告实行主审、股长、分管领导三级复核。"),
            ("接受被审计单位宴请", "在审计现场接受被审计单位宴请、土特产。", "低", "严格执行审计“八不准”，现场纪律回访。"),
        ]),
    ]  # fmt: skip
    n = 0
    for who, post, work, items in leaders:
        recs = []
        for name, desc, lv, measures in items:
            n += 1
            recs.append([n, who, post, work, name, desc, lv, measures])
            t.point(lead.name, "", post, who, "leader", name, [], HML[lv])
        lead.records(recs, merge_cols=(1, 2, 3))
    dept = _Sheet("股室", [6, 18, 10, 18, 36, 8, 30])
    _line(dept, f"{unit}股室岗位廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "风险点", "主要表现", "风险等级", "防控措施")
    rows = [
        ("办公室", "主任", "middle", "审计用车私用", "借审计外勤之名公车私用、私车公养。", "低",
         "派车单与审计通知书对应，车辆定位管理。"),
        ("经济责任审计股", "股长", "middle", "隐瞒审计发现问题", "对经济责任审计中发现的问题线索不报告、不移送。", "高",
         "问题线索登记，移送情况按季度通报。"),
        ("经济责任审计股", "审计员", "general", "泄露审计工作秘密", "向被审计单位透露审计重点和取证情况。", "中",
         "签订保密承诺，审计资料专人保管。"),
        ("固定资产投资审计股", "股长", "middle", "结算审计与施工方串通", "政府投资项目结算审计中与施工方串通，虚增审定金额。",
         "高", "结算审计抽查复核，审减审增情况公开。"),
        ("固定资产投资审计股", "审计员", "general", "委托中介机构选择不公", "指定关系中介机构承担投资审计项目。", "中",
         "中介机构从备选库随机抽取。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, tier, name, desc, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, name, desc, lv, measures)
        t.point(dept.name, d, post, "", tier, name, [], HML[lv])
    _per_person(dept, first, 1, 2)
    return _layout(
        "audit_bureau_two_sheets", "https://www.ahjinzhai.gov.cn/public/6596481/38068846.html",
        "县审计局 廉政风险防控一览表 in two sheets, after the source's 县审计局 内部风险防控 and 外部审计监督 (各股室 抽调 for "
        "紧急审计任务, 局主要负责人 leading): ``局领导`` with 姓名, 职务 and ``分管工作`` merged per leader; ``股室`` 对岗不对人 "
        "with 股室 merged (办公室, 经济责任审计股, 固定资产投资审计股) and 岗位 merged per post; both a short ``风险点`` beside "
        "a long ``主要表现``, 高/中/低, no type column",
        [lead, dept], t,
    )  # fmt: skip


def justice_bureau_power_risks() -> dict:
    unit = f"{PLACE}司法局"
    sh = _Sheet("风险点情况表", [6, 16, 12, 40, 6, 36, 14])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点情况表", 7)
    sh.add("序号", "权力事项", "风险点数量", "表现形式", "等级", "防控措施", "责任人")
    matters = [
        ("法律援助审核", "3（2高1中）", [
            ("受理阶段风险：受理申请不及时，推诿塞责，应受理不受理", "中", "落实首问负责，符合条件的一律受理。",
             "值班接待人员", "general"),
            ("审查阶段风险：经济困难状况审查不严，不符合条件的审查通过", "高", "规范审查程序，重大疑难案件集体讨论。",
             "案件管理人员", "general"),
            ("审批阶段风险：对符合条件的申请不予批准，对不符合条件的予以批准", "高",
             "严格按照法律援助法规定的条件审批。", "审批负责人", "middle"),
        ]),
        ("人民调解员以案定补审核", "2（1中1低）", [
            ("审核风险：调解卷宗审核不严，虚报调解案件数量", "中", "卷宗逐件审核，随机回访当事人。",
             "人民调解指导人员", "general"),
            ("发放风险：补贴不按审核结果发放，截留、挪用", "低", "补贴直接打卡发放，发放名单公示。", "财务人员",
             "general"),
        ]),
        ("社区矫正对象外出审批", "3（1高2中）", [
            ("调查风险：对外出理由不核实，出具虚假调查意见", "中", "外出理由书面核实，调查两人以上。",
             "社区矫正专干", "general"),
            ("审批风险：收受矫正对象财物后违规批准外出", "高", "审批权限分级，审批结果录入系统。", "分管领导",
             "leader"),
            ("监管风险：外出期间不按规定监管，脱管漏管", "中", "外出期间电话核查、定位监管。", "社区矫正专干",
             "general"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for matter, count, items in matters:
        n += 1
        for point, lv, measures, role, tier in items:
            sh.add(n, matter, count, point, lv, measures, role)
            t.point(sh.name, "", role, "", tier, point, [], HML[lv])
    _merge_down(
        sh, first, [(0, lambda row: row[0]), (1, lambda row: row[1]), (2, lambda row: row[1])]
    )
    return _layout(
        "justice_bureau_power_risks", "https://www.ahhuoshan.gov.cn/public/6597411/37135653.html",
        "县司法局 廉政风险点情况表 in the county's 权责清单 shape, after the source's 县司法局 table (法律援助审核, 公证机构设立、"
        "变更登记核准, 公证员免职报审; 受理、审查、审批、转报、反馈 风险): a title, then 序号 and ``权力事项`` and ``风险点数量`` "
        "(``3（2高1中）``) merged per matter/``表现形式`` (one risk a row, ``受理阶段风险：…``)/``等级`` 高/中/低/防控措施/"
        "``责任人`` naming the ROLE (值班接待人员, 案件管理人员, 审批负责人, 社区矫正专干, 分管领导 …); no names, no 股室, "
        "no type column",
        [sh], t,
    )  # fmt: skip


def admin_affairs_center_groups() -> dict:
    unit = f"{PLACE}机关事务服务中心"
    sh = _Sheet("一览表", [6, 10, 9, 38, 12, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "庹翊清", "leader", "办公用房调配不按标准，为关系单位超标配置", "制度机制", "高风险",
             "调配方案集体研究，调配结果公示。"),
            ("主任", "庹翊清", "leader", "机关食堂、物业服务外包选定服务商不公开", "外部环境", "高风险",
             "服务外包按政府采购程序公开选定。"),
        ]),
        ("二、综合股", "综合股", [
            ("股长", "尉迟砚秋", "middle", "公务接待超标准、无公函接待", "制度机制", "中风险",
             "接待凭公函和审批单，清单按月公示。"),
        ]),
        ("三、公务用车服务股", "公务用车服务股", [
            ("股长", "濮菘岚", "middle", "车辆维修、加油费用虚报", "业务流程", "高风险", "维修定点、加油卡一车一卡，按月对账。"),
            ("股长", "濮菘岚", "middle", "公务用车调度中照顾关系、公车私用", "思想道德", "中风险",
             "用车平台统一派单，派车记录留存。"),
            ("驾驶员", "束荻生", "general", "虚报行驶里程，私自出车", "岗位职责", "低风险", "车辆定位，行驶里程与派车单核对。"),
        ]),
        ("四、资产和节能股", "资产和节能股", [
            ("股长", "幸昀舟", "middle", "公共机构节能改造项目验收走过场", "岗位职责", "中风险",
             "验收邀请使用单位参加，验收资料存档。"),
            ("资产管理员", "蓟澹云", "general", "闲置办公用房出租收入不入账", "制度机制", "高风险",
             "出租收入全额缴入财政，租赁合同备案。"),
        ]),
    ]  # fmt: skip
    n = 0
    for caption, dept, rows in groups:
        _line(sh, caption, 7)
        first = len(sh.rows)
        for post, who, tier, point, typ, lv, measures in rows:
            n += 1
            sh.add(n, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), BANDS[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("填报人：", None, None, "中心主任（签字）：", None, "2024年11月", None)
    return _layout(
        "admin_affairs_center_groups", "https://www.sxyc.gov.cn/col/col1229444846/index.html",
        "县机关事务服务中心 岗位廉政风险防控一览表, after the source's 区机关事务管理服务中心 机构职能 (集中办公区域的安全保卫和"
        "后勤服务, 公务接待, 公务用车, 办公用房的调配和处置, 公共机构节能): a title, then 序号/岗位/``责任人``/廉政风险点/"
        "风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施, the rows under group rows ``一、中心领导``, "
        "``二、综合股``, ``三、公务用车服务股``, ``四、资产和节能股`` merged across (no 股室 column), 岗位 and 责任人 merged "
        "per person; a 填报人/中心主任签字/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    veterans_type_columns(),
    finance_bureau_list(),
    hrss_bureau_duty_list(),
    civil_affairs_dibao_self_check(),
    transport_bureau_checklist(),
    gov_office_cards(),
    audit_bureau_two_sheets(),
    justice_bureau_power_risks(),
    admin_affairs_center_groups(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch241-inbox"))

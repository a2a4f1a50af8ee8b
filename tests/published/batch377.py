"""The three-hundred-and-seventy-seventh batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 农业 and 粮食
bodies, 大荔县 (a county of 渭南 on the 关中 plain by the 黄河 and the 洛河, its staff Han) — the
县农业农村局, the 农业技术推广中心, the 农业机械管理站, the 动物卫生监督所, the 动物疫病预防控制中心, the
农业综合行政执法大队, the 粮食储备库 and the 粮食购销有限公司 — each handing back the 一览表, 防控卡,
排查表, 责任清单 or 自查表 its staff typed in WPS or Excel:

- the 农业农村局's file in two sheets: ``局领导`` (``职务 | 姓名 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位`` and ``姓名`` merged per person), ``一级/二级/三级``, no type
  column, a 制表/审核/date line under each;
- the 农业技术推广中心's 一览表 under GROUP ROWS ``一、中心领导``, ``二、植保站``, ``三、土壤肥料站``,
  ``四、办公室`` merged across (no 科室 column): ``岗位 | 姓名`` merged per person, short types,
  高/中/低, a 填表人/审核人/date line;
- the 农业机械管理站's 防控卡, one sheet a holder (tabs 站长, 监理员, 检验员): two rows of pairs
  ``姓　名 | … | 职　务 | …`` and ``所在股室 | … | 持卡时间 | …``, then ``序号 | 风险点 | 风险类型 |
  风险等级 | 防控措施``, ``…风险`` types, ``★★★/★★/★`` read by a ``注：`` line, ``持卡人签字： | … |
  站纪检监督员：``;
- the 动物卫生监督所's 排查表 对岗不对人: ``股室`` merged and ``岗位`` merged per post, a short
  ``风险点`` beside a long ``风险表现``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names; an 编制/审核/date
  line;
- the 农业综合行政执法大队's 责任清单: ``中队`` merged, ``岗位`` and ``责任人`` merged per person,
  ``职责事项`` before the ``廉政风险点``, ``一级风险/二级风险/三级风险``, no type column, the measures
  and a LAST ``责任领导`` column naming the 大队长 on every row;
- the 动物疫病预防控制中心's 自查表, one sheet a person (tabs named by the holder): a LABEL ROW
  ``姓　名 | 科　室 | 岗　位 | 填表时间`` over a row of values, then ``序号 | 风险点 | 风险类型 |
  风险等级 | 防控措施 | 自查情况``, short types, ``高风险/中风险/低风险``, ``本人签名： | … | 中心审核
  意见：``;
- the 粮食购销有限公司's 一览表 under ``附件1`` and a ``填报单位（盖章）：…　填报时间：…`` line:
  ``部门 | 岗位 | 责任人`` written out on EVERY row, nothing merged, ``…风险`` types, bare
  ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line.

One is harder:

- ``dali_grain_reserve_level_then_type_groups``: the 粮食储备库's 廉政风险点分级分类防控表, a list
  with ``部门 | 岗位 | 姓名`` written on every row but NO LEVEL COLUMN AND NO TYPE COLUMN: the rows
  are sorted first by level, then by type, under TWO NESTED KINDS OF GROUP ROW, each merged across
  the table — an OUTER one that names the level (``一、一级风险点``, ``二、二级风险点``,
  ``三、三级风险点``) and, under each, INNER ones that name the type (``（一）业务流程风险``,
  ``（二）岗位职责风险``, …; their numbering starts again under every level). So a point's level is
  the outer group row above it and its type the inner one, from two different rows; an inner row
  does not end the outer one's scope (the level holds over all the type groups beneath it, until
  the next outer row), and one person's points are spread over several groups (the 保管员 has a
  一级 业务流程 point and a 二级 外部环境 point). The running 序号 goes on through all the groups.
  The README's 读得懂的表 knows ONE kind of group row at a time giving one thing: ``一、一级风险点``
  giving the level in a table without a level column, ``二、岗位职责风险`` giving the type in a table
  without a type column, a group row ending ``（风险等级：高）``, a ``（一）思想道德风险`` work item
  INSIDE the risk column over numbered points, and two nested group rows ``一、办公室`` over
  ``（一）主任　昝樨棻`` that give the 科室 and the holder; it does not describe a level group row
  and type group rows NESTED under it, the level coming from the outer row and the type from the
  inner one (so that each row takes one thing from each), with no level or type column at all.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose or by their titles (a 粮食保管制度 —
收购标准, 水分 and 杂质, 储存, 出入库, 霉变 and 虫害, 责任到人; a 督查 of 高标准农田 projects — 工程质量,
施工管理, 资金拨付, 进度, 灾毁农田修复; a notice on 中央财政农业技术推广资金 — 良种繁育, 项目评审, 公示,
验收拨付, 绩效评价; who manages 拖拉机 — 登记, 年检, 驾驶证 培训考试; what 动物卫生监督 is — 检疫,
动物检疫合格证明, 官方兽医, 兽药饲料 监督; an article on an 农业执法大队 — 农资, 投诉举报, 抽样检测,
罚款, 没收, 公布处理结果; the 动物强制免疫方案; a 粮油出入库规定 — 检验 and 检斤, 验质员, 司磅员, 保管员,
五分开, 出库单, 超耗) and the layout follows their words for the unit, its parts, its posts and its
risks. The rows are worded by us, the names invented (rare Han surnames with rare given names,
three characters each); every unit is a body of 大荔县, named with the county's name.

Run ``python tests/published/score.py --set batch377`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each row under the group rows is ONE point of the person its ``部门 | 岗位 |
  姓名`` name; its level is that of the OUTER group row above it (``一、一级风险点`` → 1,
  ``二、二级风险点`` → 2, ``三、三级风险点`` → 3, as the ``注：`` line says 一级 is 高) and its type the
  short name in the INNER group row above it (``（二）岗位职责风险`` → 岗位职责); the group rows are
  no points, no 科室 and name no holder; one form a person however many groups their points are
  spread over; the ``填报单位（盖章）：… 填报时间：…`` line, the ``注：`` line and the 编制/审核/主任
  (签字) line are no points;
- ``局领导`` (the 农业农村局's sheet of its leaders, named so by its tab and title), ``中心领导``,
  ``站领导``, ``所领导``, ``大队领导``, ``库领导`` and ``公司领导`` (a group row, a card's 所在股室, a 股室,
  中队 or 部门 cell) are the 科室 of those leaders; a 局's 股 and its 办公室, a 中心's 站 (植保站,
  土壤肥料站) and 办公室, a 站's and a 所's 股, a 大队's 中队, a 中心's 科 and 检测室, a 库's and a
  company's 科 and 部 are 科室; a group row ``二、植保站`` gives the 科室 ``植保站`` (its number left
  off);
- every body here is a unit of its own: 局长, 副局长, a 中心's and a 库's 主任 and 副主任, 站长, 所长,
  大队长, 副大队长 and 总经理 are leaders; 办公室主任, 股长, a 中心's 站长 (of a 站 inside it), 中队长,
  科长 and 部长 middle; the rest (科员, 会计, 出纳, 农技员, 化验员, 监理员, 检验员, 官方兽医, 执法人员,
  执法队员, 疫苗管理员, 检测员, 保管员, 质检员, 验质员, 司磅员) general;
- ``风险点 | 风险表现`` (the 动物卫生监督所's list): the point is the short 风险点; ``分管工作``,
  ``职责事项``, ``持卡时间`` and ``自查情况`` are no points and name no holder; the 执法大队's LAST
  ``责任领导`` column names a supervisor (the holder is ``责任人``); the 动物卫生监督所's list names no
  person: its forms are posts (对岗不对人);
- ``高/中/低``, ``★★★/★★/★`` (read by the cards' note), ``一级/二级/三级``, ``一级风险/二级风险/
  三级风险``, ``高风险/中风险/低风险``, ``Ⅰ级/Ⅱ级/Ⅲ级``, bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the 粮食购销有限公司's
  note) and the harder file's ``一级风险点/二级风险点/三级风险点`` group rows are 1/2/3.

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

PREFIX = "b377_"
PLACE = "大荔县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"


# --------------------------------------------------------------------------- harder layout

GROUPED_UNIT = f"{PLACE}粮食储备库"
GROUPED_HEAD = ("序号", "部门", "岗位", "姓名", "廉政风险点", "防控措施")
# the people of the 库: key -> (部门, 岗位, 姓名, tier)
DEPOT = {
    "主任": ("库领导", "主任", "訾翀澐", "leader"),
    "副主任": ("库领导", "副主任", "佴筠湉", "leader"),
    "仓储科长": ("仓储保管科", "科长", "郏昶岚", "middle"),
    "保管员": ("仓储保管科", "保管员", "缑澍屺", "general"),
    "质检员": ("质量检验科", "质检员", "亓琇潆", "general"),
    "购销科长": ("购销业务科", "科长", "禚骞沣", "middle"),
    "会计": ("财务科", "会计", "蒯晞苒", "general"),
}
# (outer group row, level, [(inner group row, type, [(person key, 廉政风险点, 防控措施)])])
GROUPS = [
    ("一、一级风险点", 1, [
        ("（一）业务流程风险", "业务流程", [
            ("购销科长", "储备粮轮换中虚购虚销、以陈顶新，搞“转圈粮”",
             "轮换计划报县粮食和物资储备局审批，出入库全程视频监控。"),
            ("保管员", "入库检斤不实，虚增库存数量形成“空气粮”",
             "检斤、验质、保管三方同时签字，地磅数据自动上传。"),
        ]),
        ("（二）岗位职责风险", "岗位职责", [
            ("质检员", "入库粮食水分、杂质检验数据弄虚作假，以次充好",
             "双人扦样、留样备查，检验结果当场告知并公示。"),
            ("副主任", "库存数量、质量检查走过场，账实不符不报告",
             "每季度开展库存检查，检查记录签字存档。"),
        ]),
        ("（三）制度机制风险", "制度机制", [
            ("主任", "储备粮轮换计划和出库价格不经库务会集体研究，个人说了算",
             "轮换计划和价格经库务会集体研究，报主管部门备案。"),
        ]),
    ]),
    ("二、二级风险点", 2, [
        ("（一）制度机制风险", "制度机制", [
            ("主任", "仓储设施维修改造项目化整为零规避招标",
             "维修项目经库务会研究，限额以上公开招标。"),
            ("会计", "保管费用和轮换价差收入不及时入账",
             "收入凭证日清月结，按季与购销业务科对账。"),
        ]),
        ("（二）业务流程风险", "业务流程", [
            ("仓储科长", "粮食自然损耗核销不实，虚报损耗",
             "损耗核销经检验、保管、财务三方核定，报上级审批。"),
            ("购销科长", "粮食销售合同不经审核，低价销售给关系企业",
             "销售合同经法律顾问审核，销售价格集体确定。"),
        ]),
        ("（三）外部环境风险", "外部环境", [
            ("保管员", "接受粮食经纪人宴请、好处，出入库时抬级抬价",
             "签订廉洁承诺书，质量标准和价格上墙公示。"),
        ]),
    ]),
    ("三、三级风险点", 3, [
        ("（一）思想道德风险", "思想道德", [
            ("质检员", "利用检验权刁难售粮群众，吃拿卡要",
             "检验结果当场告知，设置群众投诉箱。"),
            ("副主任", "亲属从事粮食经营未按规定报告和回避",
             "个人有关事项如实报告，涉及亲属事项主动回避。"),
        ]),
        ("（二）岗位职责风险", "岗位职责", [
            ("会计", "粮食收购资金支付不按审批单办理",
             "资金支付凭审批单和入库结算单办理，U盾分人保管。"),
        ]),
    ]),
]  # fmt: skip


def dali_grain_reserve_level_then_type_groups() -> dict:
    unit = GROUPED_UNIT
    ncols = len(GROUPED_HEAD)
    sh = _Sheet("分级分类表", [6, 12, 9, 9, 42, 38])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点分级分类防控表", ncols)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 6}填报时间：2025年9月", ncols)
    sh.add(*GROUPED_HEAD)
    n = 0
    for outer, level, inners in GROUPS:
        _line(sh, outer, ncols)
        for inner, typ, rows in inners:
            _line(sh, inner, ncols)
            for key, point, measures in rows:
                dept, post, who, tier = DEPOT[key]
                n += 1
                sh.add(n, dept, post, who, point, measures)
                t.point(sh.name, dept, post, who, tier, point, [typ], level)
    _line(
        sh,
        "注：风险点按等级分为一级（高）、二级（中）、三级（低），同一等级下按风险类型分类排列。",
        ncols,
    )
    sh.add("编制：办公室", None, "审核：", None, "主任（签字）：", None)
    return _layout(
        "dali_grain_reserve_level_then_type_groups", "http://www.boteman.cn/paper/504997633.html",
        "(harder) 县粮食储备库 廉政风险点分级分类防控表, after the source's 粮食保管制度 (收购标准, 水分 and 杂质, 储存, 出入库, "
        "霉变 and 虫害, 责任到人): a title, a merged ``填报单位（盖章）：… 填报时间：2025年9月`` line, then 序号/部门/岗位/姓名 "
        "written on every row/廉政风险点/防控措施 with NO level and NO type column: the rows sorted under NESTED GROUP ROWS "
        "merged across — OUTER ones naming the level (``一、一级风险点``, ``二、二级风险点``, ``三、三级风险点``) and under each "
        "INNER ones naming the type (``（一）业务流程风险``, ``（二）岗位职责风险``, …, numbered afresh under every level); "
        "one person's points spread over several groups; a ``注：`` line and an 编制/审核/主任（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def dali_agri_bureau_two_sheets() -> dict:
    unit = f"{PLACE}农业农村局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 26, 38, 9, 32])
    _line(lead, f"{unit}局领导廉政风险防控表", 7)
    lead.add("序号", "职务", "姓名", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("局长", "郇璠汀", "主持全面工作，分管计划财务股", [
            ("高标准农田建设项目资金分配不经党组会集体研究", "一级", "资金分配方案经党组会研究，分配结果公开。"),
            ("干部选拔任用中打招呼、搞“一言堂”", "二级", "干部选任严格执行程序，全程纪实。"),
        ]),
        ("副局长", "邴湜筠", "分管农田建设管理股、灾毁农田修复", [
            ("插手高标准农田项目招投标，为施工企业打招呼", "一级", "项目全部进入公共资源交易平台，插手干预如实登记。"),
            ("项目验收中降低标准放行", "二级", "验收组由技术专家和监理、审计人员组成，验收结果公示。"),
            ("接受施工企业宴请和礼品", "三级", "严守中央八项规定精神，节前廉洁提醒。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for post, who, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, post, who, work, point, lv, measures)
            t.point(lead.name, lead.name, post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[2]) for c in (1, 2, 3)])
    lead.add("制表：", None, None, "审核：", None, "2025年9月", None)
    dept = _Sheet("股室", [6, 16, 10, 9, 38, 9, 32])
    _line(dept, f"{unit}股室岗位廉政风险防控表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("办公室", "办公室主任", "宓珂澄", "middle", [
            ("公务用车使用登记不实，公车私用", "二级", "派车单逐次登记，油耗按月统计。"),
            ("办公用品采购不比价、不验收", "三级", "采购三家比价，验收与采购分离。"),
        ]),
        ("农田建设管理股", "股长", "綦翊岍", "middle", [
            ("高标准农田项目初步设计审查把关不严", "一级", "设计方案组织专家评审，评审意见存档。"),
            ("工程进度款审核不严，超进度拨付", "一级", "进度款凭监理计量和现场核查拨付。"),
        ]),
        ("计划财务股", "会计", "滕旻漪", "general", [
            ("涉农项目资金不按进度和审批程序拨付", "一级", "资金拨付经股室审核、分管领导和局长审批。"),
            ("虚列支出套取项目资金", "二级", "支出凭证经办、审核、审批三签，年度审计。"),
        ]),
        ("农产品质量安全股", "科员", "酆砚棠", "general", [
            ("农产品质量安全抽检前透露抽检信息", "二级", "抽检计划保密，抽检对象随机确定。"),
            ("对抽检不合格产品不依法移送查处", "三级", "不合格结果登记台账，移送情况按月通报。"),
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
    dept.add("制表：", None, None, "审核：", None, "2025年9月", None)
    return _layout(
        "dali_agri_bureau_two_sheets", "http://zgnmg.org.cn/bencandy.php?fid=100&id=266325",
        "县农业农村局 廉政风险防控表 in two sheets, after the source's 督查 of 高标准农田 projects (工程质量, 施工管理, 资金拨付, "
        "进度安排, 灾毁农田修复): ``局领导`` (a title, 序号/职务, 姓名 and 分管工作 merged per leader/廉政风险点/风险等级 "
        "``一级/二级/三级``/防控措施; a 制表/审核/date line) and ``股室`` (a title, 序号/股室 merged/岗位 and 姓名 merged per "
        "person/…; the same line); no type column",
        [lead, dept], t,
    )  # fmt: skip


def dali_agri_tech_center_group_rows() -> dict:
    unit = f"{PLACE}农业技术推广中心"
    sh = _Sheet("一览表", [6, 10, 9, 38, 10, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "戢芷淏", "leader", [
                ("农技推广项目承担主体遴选暗箱操作", "制度机制", "高", "承担主体经专家评审，评审结果网上公示。"),
                ("项目验收走过场，资金拨付不看绩效", "岗位职责", "中", "验收与绩效评价挂钩，验收报告存档。"),
            ]),
            ("副主任", "覃曜珈", "leader", [
                ("良种繁育示范基地补助发放优亲厚友", "思想道德", "中", "补助对象和标准村组公示，发放到户。"),
            ]),
        ]),
        ("二、植保站", "植保站", [
            ("站长", "笪榛溱", "middle", [
                ("病虫害统防统治药剂采购指定供应商", "外部环境", "高", "药剂采购公开比选，纪检人员全程监督。"),
            ]),
            ("农技员", "逯钰琳", "general", [
                ("示范推广物资发放登记不实，截留物资", "业务流程", "高", "物资发放农户签字，村组公示。"),
                ("技术指导服务向农户收取费用", "岗位职责", "低", "公益服务不收费，公开监督电话。"),
            ]),
        ]),
        ("三、土壤肥料站", "土壤肥料站", [
            ("化验员", "闵渟翾", "general", [
                ("测土配方施肥化验数据随意编造", "岗位职责", "中", "化验原始记录不得涂改，结果双人复核。"),
                ("为肥料企业出具虚假田间试验报告", "外部环境", "高", "试验方案报中心审定，试验报告集体审核。"),
            ]),
        ]),
        ("四、办公室", "办公室", [
            ("会计", "郜璟芃", "general", [
                ("项目资金不按批复用途列支", "制度机制", "中", "项目资金专账核算，支出对照批复审核。"),
                ("报销票据审核不严，报销虚假发票", "业务流程", "低", "票据网上查验，经办、审核分离。"),
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
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("填表人：", None, None, "审核人：", None, "2025年9月", None)
    return _layout(
        "dali_agri_tech_center_group_rows", "https://www.gaodun.com/diqu/578371.html",
        "县农业技术推广中心 岗位廉政风险防控一览表, after the source's notice on 中央财政农业技术推广资金 (良种繁育, 项目评审, "
        "公示, 验收拨付, 绩效评价): a title, 序号/岗位/姓名/风险点/风险类型 (short names)/风险等级 高/中/低/防控措施 under GROUP "
        "ROWS ``一、中心领导``, ``二、植保站``, ``三、土壤肥料站``, ``四、办公室`` merged across (no 科室 column); 岗位 and 姓名 "
        "merged per person; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def dali_farm_machinery_station_cards() -> dict:
    unit = f"{PLACE}农业机械管理站"
    t = _Truth(unit)
    cards = [
        ("站长", "瞿杳澜", "站长", "站领导", "leader", [
            ("农机购置补贴机具核验把关不严，为经销商打招呼", "外部环境风险", "★★★", "机具核验两人以上，核验结果公示。"),
            ("站内农机化项目资金使用不经站务会研究", "制度机制风险", "★★", "项目资金使用经站务会研究，纪要存档。"),
        ]),
        ("监理员", "桓铉骁", "监理员", "安全监理股", "general", [
            ("拖拉机驾驶人考试降低标准、放任代考", "岗位职责风险", "★★★", "考试全程录像，考生人证核验。"),
            ("违规办理拖拉机号牌和行驶证", "业务流程风险", "★★", "登记资料逐项审核，办证信息网上可查。"),
            ("接受农机户和驾培机构礼品", "思想道德风险", "★", "签订廉洁承诺书，拒收登记。"),
        ]),
        ("检验员", "殳蘅湄", "检验员", "安全监理股", "general", [
            ("拖拉机年度检验不上线检测即出具合格结论", "岗位职责风险", "★★★", "检验数据自动采集，检验报告双人签字。"),
            ("检验中向机主索要好处", "思想道德风险", "★★", "检验收费标准公示，公开监督电话。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, dept, tier, points in cards:
        sh = _Sheet(tab, [6, 38, 13, 10, 32])
        _line(sh, f"{unit}岗位廉政风险防控卡", 5)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", post, None)
        sh.add("所在股室", dept, "持卡时间", "2025年9月", None)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施")
        for i, (point, typ, stars, measures) in enumerate(points, 1):
            sh.add(i, point, typ, stars, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 5)
        sh.add("持卡人签字：", None, "站纪检监督员：", None, None)
        sheets.append(sh)
    return _layout(
        "dali_farm_machinery_station_cards", "https://www.fqmxn.com/1/2091174.html",
        "县农业机械管理站 岗位廉政风险防控卡, one sheet a holder (tabs 站长, 监理员, 检验员), after the source on who manages "
        "拖拉机 (登记, 年检, 驾驶证 培训考试): a title, PAIRS ``姓　名 | … | 职　务 | …`` and ``所在股室 | … | 持卡时间 | …``, "
        "then 序号/风险点/风险类型 ``…风险``/风险等级 ``★★★/★★/★``/防控措施; a merged ``注：`` line on the stars and "
        "``持卡人签字： | 站纪检监督员：``",
        sheets, t,
    )  # fmt: skip


def dali_animal_health_supervision_posts() -> dict:
    unit = f"{PLACE}动物卫生监督所"
    sh = _Sheet("排查表", [6, 12, 10, 16, 36, 13, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "股室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所领导", "所长", "leader", [
            ("检疫人员派驻", "官方兽医派驻屠宰场、申报点不经集体研究", "制度机制风险", "Ⅱ级", "派驻人员所务会研究，定期轮岗。"),
            ("违法案件处理", "对动物防疫违法案件说情打招呼、降格处理", "外部环境风险", "Ⅰ级", "案件处理集体讨论，结果公开。"),
        ]),
        ("检疫股", "股长", "middle", [
            ("检疫证明管理", "检疫证明和检疫标志领用登记不实，倒卖空白证明", "业务流程风险", "Ⅱ级",
             "证明和标志专人保管，领用核销台账。"),
        ]),
        ("检疫股", "官方兽医", "general", [
            ("产地检疫", "不到现场检疫即出具动物检疫合格证明", "岗位职责风险", "Ⅰ级", "检疫现场拍照上传，出证信息可追溯。"),
            ("屠宰检疫", "屠宰检疫中对病害肉品放行，收受屠宰场好处", "思想道德风险", "Ⅰ级", "驻场检疫双人值守，定期轮换。"),
        ]),
        ("监督执法股", "执法人员", "general", [
            ("兽药饲料监督检查", "监督检查走过场，对违规经营兽药、饲料视而不见", "岗位职责风险", "Ⅱ级",
             "检查记录当事人签字，问题清单限期整改。"),
            ("罚没物品处置", "罚没的兽药、动物产品私自处置", "业务流程风险", "Ⅲ级", "罚没物品登记入库，集中销毁并记录。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, tier, points in rows:
        for point, desc, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, point, desc, typ, lv, measures)
            t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _per_person(sh, first, 1, 2)
    sh.add("编制：", None, "审核：", None, None, None, "2025年9月", None)
    return _layout(
        "dali_animal_health_supervision_posts", "http://crsrw.com/falvyuanzhu/18767.html",
        "县动物卫生监督所 岗位廉政风险点排查表 对岗不对人, after the source on what 动物卫生监督 is (检疫, 动物检疫合格证明, "
        "官方兽医, 兽药饲料 监督): a title, 序号/股室 merged/岗位 merged per post/a short 风险点/a long ``风险表现``/风险类型 "
        "``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; an ``编制： | 审核： | 2025年9月`` line",
        [sh], t,
    )  # fmt: skip


def dali_agri_enforcement_duties() -> dict:
    unit = f"{PLACE}农业综合行政执法大队"
    sh = _Sheet("责任清单", [6, 16, 10, 9, 14, 34, 10, 30, 9])
    t = _Truth(unit)
    chief = "冉瑛翀"
    _line(sh, f"{unit}廉政风险防控责任清单", 9)
    sh.add(
        "序号",
        "中队",
        "岗位",
        "责任人",
        "职责事项",
        "廉政风险点",
        "风险等级",
        "防控措施",
        "责任领导",
    )
    rows = [
        ("大队领导", "大队长", chief, "leader", [
            ("案件审批", "重大案件不经集体讨论，个人决定处罚", "一级风险", "重大案件集体讨论，法制审核后决定。"),
        ]),
        ("大队领导", "副大队长", "雍澈禾", "leader", [
            ("执法检查部署", "提前向农资经营户泄露检查时间和对象", "一级风险", "检查对象“双随机”抽取，临时通知出发。"),
            ("行刑衔接", "涉嫌犯罪的假劣农资案件以罚代刑、不移送", "二级风险", "涉刑案件移送情况按季通报。"),
        ]),
        ("种子农药执法中队", "中队长", "扈峤瑜", "middle", [
            ("投诉举报受理", "对假劣农资投诉举报压案不查", "二级风险", "举报件登记编号，办理结果回访。"),
            ("抽样检测", "抽样时调换样品或选择性抽样", "一级风险", "抽样全程记录，样品双人签封。"),
        ]),
        ("种子农药执法中队", "执法队员", "亢鸾汀", "general", [
            ("现场检查", "现场检查不如实记录，接受经营户宴请", "二级风险", "执法记录仪全程记录，检查笔录当事人签字。"),
            ("扣押物品管理", "扣押农资不登记入库、私自处置", "三级风险", "扣押物品当场开具清单，统一入库。"),
        ]),
        ("畜牧渔业执法中队", "执法队员", "眭珣澍", "general", [
            ("罚款收缴", "当场收缴罚款不出具专用票据", "一级风险", "罚款一律使用财政票据，按时缴库。"),
            ("处理结果公开", "行政处罚结果不按规定公开", "三级风险", "处罚决定七日内网上公开。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for duty, point, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, duty, point, lv, measures, chief)
            t.point(sh.name, dept, post, who, tier, point, [], RISKS[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年9月", None, None)
    return _layout(
        "dali_agri_enforcement_duties",
        "https://www.zlipz.com/news/jie-kai-fang-cheng-qu-nong-ye-zhi-fa-da-dui-shen-mi-mian-sha-zhe-li-shi-ni-le-jie-nong-zi-an-quan-de.html",
        "县农业综合行政执法大队 廉政风险防控责任清单, after the source's article on an 农业执法大队 (农资, 投诉举报, 抽样检测, 罚款, "
        "没收违法所得, 公布处理结果): a title, then 序号/中队 merged (大队领导, 种子农药执法中队, 畜牧渔业执法中队)/岗位 and "
        "``责任人`` merged per person/``职责事项``/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施/a LAST "
        "``责任领导`` column naming the 大队长 on every row; no type column; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def dali_animal_disease_center_selfchecks() -> dict:
    unit = f"{PLACE}动物疫病预防控制中心"
    t = _Truth(unit)
    people = [
        ("隗稷岚", "免疫科", "科长", "middle", [
            ("强制免疫疫苗分配不按存栏量，优亲厚友", "制度机制", "高风险", "疫苗分配方案经中心研究，分配结果公示。", "已落实"),
            ("免疫抗体监测数据弄虚作假", "岗位职责", "中风险", "监测样品随机抽取，数据双人复核。", "已落实"),
        ]),
        ("蔺翾琦", "免疫科", "疫苗管理员", "general", [
            ("疫苗出入库登记不实，私自倒卖疫苗", "业务流程", "高风险", "疫苗出入库扫码登记，每月盘点。", "已落实"),
            ("冷链设备维护费用虚报", "业务流程", "低风险", "维护项目事前审批，费用凭票报销。", "正在整改"),
        ]),
        ("鄢骅澄", "检测室", "检测员", "general", [
            ("为养殖场出具虚假检测报告", "外部环境", "高风险", "检测报告双人签字，原始记录存档。", "已落实"),
            ("检测试剂采购中收受回扣", "思想道德", "中风险", "试剂采购三家比价，采购与验收分离。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 36, 10, 10, 32, 10])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        sh.add(f"姓{GAP}名", f"科{GAP}室", f"岗{GAP}位", "填表时间", None, None)
        sh.add(who, dept, post, "2025年9月", None, None)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", "自查情况")
        for i, (point, typ, lv, measures, state) in enumerate(points, 1):
            sh.add(i, point, typ, lv, measures, state)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), BANDS[lv])
        sh.add()
        sh.add("本人签名：", None, None, "中心审核意见：", None, None)
        sheets.append(sh)
    return _layout(
        "dali_animal_disease_center_selfchecks",
        "https://www.zhetiaohe.com/ss/c0110126df46df051f9d178b98a0d8aa8a3ab0d9ecc14f50f673b9ff5bd196ceb4e6578227b7c967.html",
        "县动物疫病预防控制中心 岗位廉政风险自查表, one sheet a person (tabs named by the holder), after the source's 动物强制"
        "免疫方案: a title, a LABEL ROW ``姓　名 | 科　室 | 岗　位 | 填表时间`` over a row of values, then 序号/风险点/风险类型 "
        "(short names)/风险等级 ``高风险/中风险/低风险``/防控措施/``自查情况``; a blank row and ``本人签名： | 中心审核意见：``",
        sheets, t,
    )  # fmt: skip


def dali_grain_trading_every_row() -> dict:
    unit = f"{PLACE}粮食购销有限公司"
    sh = _Sheet("一览表", [6, 10, 9, 9, 40, 13, 8, 32])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉洁风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年9月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("公司领导", "总经理", "甯岫芸", "leader", "最低收购价粮食出库不凭出库单发货", "业务流程风险", "Ⅰ",
         "出库一律凭出库单，出库数量按日核对。"),
        ("公司领导", "总经理", "甯岫芸", "leader", "粮食收购贷款资金使用不经集体研究", "制度机制风险", "Ⅱ",
         "贷款资金使用经总经理办公会研究。"),
        ("业务部", "部长", "郗楠珂", "middle", "收购中以质论价不落实，压级压价", "岗位职责风险", "Ⅰ",
         "收购价格和质量标准挂牌公示。"),
        ("业务部", "验质员", "濮泠瑀", "general", "验质时抬高或降低等级，为关系人谋利", "思想道德风险", "Ⅰ",
         "验质结果售粮人签字确认，样品留存备查。"),
        ("业务部", "司磅员", "阚湉峥", "general", "检斤时虚增或扣减重量", "岗位职责风险", "Ⅱ",
         "地磅数据自动打印，检斤单三方签字。"),
        ("仓储部", "保管员", "仉芃骁", "general", "不同品种、等级粮食混存，新陈粮不分开", "业务流程风险", "Ⅲ",
         "落实“五分开”，货位卡逐仓填写。"),
        ("仓储部", "保管员", "仉芃骁", "general", "超耗不查明原因，弄虚作假上报", "岗位职责风险", "Ⅱ",
         "超耗由仓储部、财务部共同核查，如实上报。"),
        ("财务部", "出纳", "汲琬澍", "general", "收购款支付不核对售粮人身份，代领冒领", "外部环境风险", "Ⅱ",
         "收购款直接转入售粮人账户，身份证件核验。"),
    ]  # fmt: skip
    for i, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(i, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), BARE[lv])
    _line(sh, "注：风险等级Ⅰ为高风险，Ⅱ为中风险，Ⅲ为低风险。", 8)
    sh.add("填表人：", None, None, "审核人：", None, "总经理（签字）：", None, None)
    return _layout(
        "dali_grain_trading_every_row", "https://www.50yc.com/information/hangye-cangchu/5709",
        "县粮食购销有限公司 岗位廉洁风险防控一览表, after the source's 粮油出入库规定 (检验 and 检斤, 验质员, 司磅员, 保管员, "
        "五分开, 出库单, 超耗): ``附件1``, a title, a merged ``填报单位（盖章）：…　填报时间：2025年9月`` line, then 序号/部门/"
        "岗位/``责任人`` written out on EVERY row (nothing merged)/风险点/风险类型 ``…风险``/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施; "
        "a merged ``注：`` line on the grades and a 填表人/审核人/总经理（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    dali_grain_reserve_level_then_type_groups(),
    dali_agri_bureau_two_sheets(),
    dali_agri_tech_center_group_rows(),
    dali_farm_machinery_station_cards(),
    dali_animal_health_supervision_posts(),
    dali_agri_enforcement_duties(),
    dali_animal_disease_center_selfchecks(),
    dali_grain_trading_every_row(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch377-inbox"))

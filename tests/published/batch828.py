"""The eight-hundred-and-twenty-eighth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's transport
bodies, 临县 (of 吕梁市, 山西省) — its 交通运输局, 农村公路管理所, 公路管理段, 道路运输服务中心, 汽车客运站,
交通运输事业发展中心, 超限检测站 and 交通运输综合行政执法大队 — each handing back the 一览表, 防控卡,
排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 交通运输局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 公路管理段's 排查表 对岗不对人: ``处室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 道路运输服务中心's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` and a merged 分管工作
  line, ``★★★/★★/★`` read by a ``注：`` line;
- the 汽车客运站's 清单 under GROUP ROWS ``一、站领导`` … ``三、安全科`` merged across (no 科室
  column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 交通运输事业发展中心's 自查表, one sheet a person: a label row ``姓　名 | 所在股室 | 岗　位 |
  填表时间`` over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 超限检测站's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on EVERY
  row, short types, ``高风险/中风险/低风险``;
- the 交通运输综合行政执法大队's 排查登记表: ``处室`` merged, ``岗位 | 姓名`` merged per person,
  ``风险类别`` (short names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``linxian_rural_road_project_parties``: the 农村公路管理所's 农村公路建设项目廉政风险防控责任表, one
  row a point of a road project, keyed by ``项目名称`` (merged over the project's rows) and
  ``建设环节`` (招标, 设计变更, 施工, 计量支付, 材料进场, 交工验收, 资金拨付), with ``廉政风险点 | 风险等级
  | 防控措施``; its last three columns stand under a merged ``责任单位及责任人`` over a second heading
  row naming the PARTIES TO THE PROJECT: ``建设单位（临县农村公路管理所）`` (the unit's own holder of
  the row, ``post⏎name``, changing from row to row), ``施工单位（中标企业）`` (the contractor's
  ``项目经理⏎name``) and ``监理单位（驻地监理）`` (the supervising engineer's ``总监理工程师⏎name``), the
  last two merged over each project's rows. Only the 建设单位 column names the unit's holders; the
  contractor's and the supervisor's people are no holders of the unit, though their cells look
  exactly like a holder's (post⏎name, same surnames). The README's 读得懂的表 knows holders as columns
  under one merged heading (posts row over names row, ticks), ``主责岗位 | 配合岗位 | 监督岗位``,
  lines of defence and ``承办人 | 审核人 | 审批人`` columns, all of them the unit's own staff; it does
  not describe a 责任单位 band whose columns are different ORGANISATIONS (建设 | 施工 | 监理) of which
  only the reporting unit's column holds the points.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (集中连片特困区15条公路改造 — 临县县道
三曲线; 临县雷家碛乡交通动态 — 新建公路, 公交线路, 安全设施; 青银高速吕梁段封闭施工 — 交通组织, 绕行;
出租汽车驾驶员从业资格考试 — 从业资格证, 道路运输管理机构; 汽车站 — 售票, 行包托运, 车辆调度;
机动车驾驶培训管理规定 — 许可证件, 备案, 教练员; 治理超限超载处罚标准 — 超限吨位, 卸载; 出租汽车驾驶员
服务要求 — 不得拒载) and the layout follows their words for the unit, its parts, its posts and
its risks. The rows are worded by us, the names invented (the rare surnames 郜 and 扈 with rare
given names); every unit is a body of 临县.

Run ``python tests/published/score.py --set batch828`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each row is a point of the person in its ``建设单位`` cell (``post⏎name``),
  with the row's level; one form a holder; no 科室 (the column names none); the ``施工单位`` and
  ``监理单位`` cells (项目经理, 总监理工程师 of outside firms) name no holder; ``项目名称`` and
  ``建设环节`` are no points; the ``注：`` line and the 填表/审核 line are no points;
- ``局领导``, ``段领导``, ``站领导``, ``中心领导``, ``大队领导`` (a 处室 cell, a group row, a 所在股室/部门
  cell) are the 科室 of those leaders; the 局's leaders (sheet ``局领导``, no 科室 column) and the
  cards' leaders have no 科室; a 股, 科 and 中队 are 科室;
- 局长, 副局长, 所长, 副所长, 段长, 主任 and 副主任 of a 中心, 站长 and 大队长 are leaders; 股长, 科长 and
  中队长 middle; the rest (会计, 质监员, 养护员, 路政员, 办事员, 售票员, 科员, 检测员, 卸载管理员,
  执法队员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no
  points and name no holder; the 公路管理段's list names no person: its forms are posts (对岗不对人);
- ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, 高/中/低 and
  ``高风险/中风险/低风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b828_"
PLACE = "临县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
NL = "\n"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

OWNER = f"建设单位{NL}（{PLACE}农村公路管理所）"
# (项目名称, 施工单位 cell, 监理单位 cell, [(建设环节, 建设单位 post, name, tier, point, 等级, 措施)])
PROJECTS = [
    ("县道三曲线改造工程", f"项目经理{NL}郜芷湄", f"总监理工程师{NL}扈韫琦", [
        ("招标", "所长", "扈琇澂", "leader", "招标文件设置排他性资格条件，为特定施工企业量身定制", "高",
         "招标文件经所务会集体审定，报县交通运输局备案后发布。"),
        ("设计变更", "副所长", "郜岷霁", "leader", "设计变更审批不严，以变更增加工程量抬高造价", "高",
         "变更一律经设计、监理、施工三方签认，重大变更报局党组研究。"),
        ("施工", "质监员", "扈骁珩", "general", "路基压实度、隐蔽工程验收不到场即签字", "中",
         "隐蔽工程验收留存影像资料，质监员、监理员同时签认。"),
        ("计量支付", "副所长", "郜岷霁", "leader", "计量支付审核把关不严，超计量、提前支付工程款", "高",
         "计量按监理签认的工程量逐项复核，支付经所长审批。"),
    ]),
    ("乡村道路安全生命防护工程", f"项目经理{NL}郜昶岫", f"总监理工程师{NL}扈朏禾", [
        ("材料进场", "质监员", "扈骁珩", "general", "波形护栏、标志牌进场抽检放宽标准", "中",
         "进场材料按批次见证取样，送第三方检测机构检测。"),
        ("交工验收", "所长", "扈琇澂", "leader", "交工验收走过场，降低标准通过验收", "中",
         "交工验收邀请乡镇和村委会参加，验收意见公示。"),
        ("资金拨付", "所长", "扈琇澂", "leader", "接受施工企业宴请、礼金，在质保金返还中提供便利", "低",
         "签订廉政合同，质保金按合同约定期限经审计后返还。"),
    ]),
]  # fmt: skip


def linxian_rural_road_project_parties() -> dict:
    unit = f"{PLACE}农村公路管理所"
    heads = ("序号", "项目名称", "建设环节", "廉政风险点", "风险等级", "防控措施")
    parties = (OWNER, f"施工单位{NL}（中标企业）", f"监理单位{NL}（驻地监理）")
    ncols = len(heads) + len(parties)
    sh = _Sheet("廉政风险防控责任表", [6, 16, 10, 40, 8, 36, 16, 14, 14])
    t = _Truth(unit)
    _line(sh, f"{unit}农村公路建设项目廉政风险防控责任表", ncols)
    _line(sh, f"填报单位：{unit}{GAP * 16}2025年4月", ncols)
    top = sh.add(*heads, "责任单位及责任人", None, None)
    sh.add(*([None] * len(heads)), *parties)
    for c in range(len(heads)):
        sh.merge(top, c, top + 1, c)
    sh.merge(top, len(heads), top, ncols - 1)
    first = len(sh.rows)
    n = 0
    for project, builder, supervisor, rows in PROJECTS:
        for stage, post, who, tier, point, lv, measures in rows:
            n += 1
            sh.add(n, project, stage, point, lv, measures, f"{post}{NL}{who}", builder, supervisor)
            t.point(sh.name, "", post, who, tier, point, [], HML[lv])
    _merge_down(sh, first, [(c, lambda row: row[1]) for c in (1, 7, 8)])
    _line(sh, "注：建设单位责任人对本单位在项目建设各环节的廉政风险负责；施工、监理单位责任人由中标企业指定，"
          "按廉政合同履行责任。", ncols)  # fmt: skip
    sh.add("填表：", None, None, "审核：", None, None, "所长（签字）：", None, None)
    return _layout(
        "linxian_rural_road_project_parties",
        "https://taiyuan.baogaosu.com/xinwen/%E6%9D%A1%E5%85%AC%E8%B7%AF/21498730",
        "(harder) 县农村公路管理所 农村公路建设项目廉政风险防控责任表, after the source's 集中连片特困区15条公路改造 "
        "(可行性研究报告批复, 县道改造工程, 临县县道三曲线): a title, a 填报单位/date line, a two-row heading whose last "
        "three columns stand under a merged ``责任单位及责任人``: ``建设单位（县农村公路管理所）`` (the unit's own holder, "
        "post⏎name, one a row), ``施工单位（中标企业）`` and ``监理单位（驻地监理）`` (the contractor's 项目经理 and the "
        "supervisor's 总监理工程师, post⏎name merged over the project's rows, no holders of the unit); one row a point "
        "keyed by 项目名称 (merged) and 建设环节, 风险等级 高/中/低, 防控措施; no type column; a ``注：`` line and a "
        "填表/审核/所长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def linxian_transport_bureau_two_sheets() -> dict:
    unit = f"{PLACE}交通运输局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("郜翊暄", "局长", "主持全面工作", [
            ("乡镇通村公路建设计划安排凭个人意愿，厚此薄彼", "一级", "年度建设计划经局党组会研究，按乡镇需求排序公示。"),
            ("干预公交线路经营权配置", "一级", "线路经营权按服务质量招标配置，领导干部插手登记报告。"),
        ]),
        ("扈晗璘", "副局长", "分管公路建设、交通安全", [
            ("道路交通安全设施项目验收把关不严", "二级", "验收由建设、监理和乡镇三方参加，验收资料归档。"),
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
    dept = _Sheet("股室", [6, 14, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}股室廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("规划建设股", "股长", "郜璿涵", "middle", "乡道、村道建设项目库入库审核不实", "一级",
         "入库项目现场踏勘，乡镇申请、股室初审、局务会审定。"),
        ("财务股", "会计", "扈蓁汐", "general", "车辆购置税补助资金报账附件不全即支付", "二级",
         "报账附批复、合同和验收单，会计、股长双签。"),
        ("运输管理股", "股长", "郜淼珏", "middle", "城乡公交运营补贴核定不按实际里程", "一级",
         "补贴按公交动态监控里程核定，结果公示。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "linxian_transport_bureau_two_sheets", "https://miaoft.cn/post/8043.html",
        "县交通运输局 廉政风险防控一览表 in TWO SHEETS, after the source's 临县雷家碛乡交通动态 (新建公路通车, 公交线路覆盖村庄"
        "和学校, 交通安全设施): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 merged and "
        "岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def linxian_highway_section_posts() -> dict:
    unit = f"{PLACE}公路管理段"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "处室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("段领导", "段长", "leader", "养护工程发包", "小修保养工程化整为零规避招标", "制度机制风险", "高",
         "养护工程按限额发包，限额以上一律公开招标。"),
        ("养护股", "股长", "middle", "路况巡查", "路面病害巡查记录补记、漏记，虚报维修工程量", "岗位职责风险", "中",
         "巡查轨迹定位上传，维修工程量现场复核。"),
        ("养护股", "养护员", "general", "养护材料领用", "沥青、碎石等养护材料多领少用、私自变卖", "思想道德风险", "中",
         "材料出入库台账按月盘点，领用经股长签字。"),
        ("路政股", "股长", "middle", "涉路施工许可", "封闭施工、占道作业许可审查不严或吃拿卡要", "业务流程风险", "高",
         "许可事项进政务大厅办理，交通组织方案会同交警审查。"),
        ("路政股", "路政员", "general", "路产损坏赔偿", "路产损坏赔偿少收、不开票", "业务流程风险", "低",
         "赔偿按标准计收，统一使用非税票据。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "linxian_highway_section_posts", "https://www.bjautofans.com/news/yN6eW7YGkq.html",
        "县公路管理段 岗位廉政风险点排查表 对岗不对人, after the source's 青银高速吕梁段封闭施工 (主线封闭, 绕行, 交通组织): "
        "a title, 序号/处室 merged/岗位 merged per post/a short 风险点/a long 风险表现/风险类型 ``…风险``/风险等级 高/中/低/"
        "防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def linxian_road_transport_center_cards() -> dict:
    unit = f"{PLACE}道路运输服务中心"
    t = _Truth(unit)
    cards = [
        ("主任", "郜彧澜", "主任", "主持中心全面工作", "leader", [
            ("道路客运班线经营许可审批优亲厚友", "★★★", "班线许可经中心办公会集体研究，许可结果网上公开。"),
            ("接受运输企业宴请、购物卡", "★", "严守中央八项规定精神，签订廉洁从政承诺书。"),
        ]),
        ("副主任", "扈筠笙", "副主任", "分管从业资格、运政稽查", "leader", [
            ("出租汽车驾驶员从业资格注册审核放宽条件", "★★", "注册材料系统比对，副主任复核签字。"),
            ("运政稽查案件说情打招呼、降格处理", "★★★", "稽查案件集体讨论，说情干预登记报告。"),
        ]),
        ("办事员", "郜霁棠", "办事员", "道路运输证受理", "general", [
            ("道路运输证年审不查车辆技术等级即盖章", "★★★", "年审核对综合性能检测报告，系统留痕。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("分管工作", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "linxian_road_transport_center_cards", "http://m.jsyzj.com/wyc/m31372",
        "县道路运输服务中心 岗位廉政风险防控卡, one sheet a person, after the source's 出租汽车驾驶员从业资格考试 (从业资格证, "
        "道路运输管理机构, 车辆日常维护): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then 序号/风险点/"
        "风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def linxian_bus_station_group_rows() -> dict:
    unit = f"{PLACE}汽车客运站"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、站领导", "站领导", [
            ("站长", "扈泠鸢", "leader", [
                ("进站经营客车班次、发车时刻安排收受车主好处", "一级风险", "班次时刻由站务会研究排定，上墙公示。"),
                ("站内商铺、广告位出租不公开", "二级风险", "出租一律公开竞价，合同报交通运输局备案。"),
            ]),
        ]),
        ("二、票务科", "票务科", [
            ("科长", "郜璟翚", "middle", [
                ("票款解缴不及时，截留挪用票款", "一级风险", "票款当日解缴银行，科长与财务按日对账。"),
            ]),
            ("售票员", "扈瑀澄", "general", [
                ("预留紧俏车票倒卖牟利", "二级风险", "实行实名售票，退改签记录系统留痕。"),
            ]),
        ]),
        ("三、安全科", "安全科", [
            ("科长", "郜嵘晞", "middle", [
                ("行包托运安检和车辆例检走过场放行", "三级风险", "例检报告单逐车签字，出站登记与例检记录核对。"),
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
        "linxian_bus_station_group_rows", "http://juke.outofmemory.cn/pretty/3609723.html",
        "县汽车客运站 廉政风险防控责任清单, after the source's 汽车站开门售票时间 (商务: 售票、行包托运; 车务: 车辆调度、"
        "检查、发送): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS "
        "``一、站领导``, ``二、票务科``, ``三、安全科`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def linxian_transport_development_selfchecks() -> dict:
    unit = f"{PLACE}交通运输事业发展中心"
    t = _Truth(unit)
    people = [
        ("扈绾琨", "中心领导", "副主任", "leader", [
            ("驾驶员培训机构备案材料审核不严", "Ⅰ级", "备案材料实行受理、审核两级把关，备案信息公开。", "已落实"),
            ("机动车维修企业质量信誉考核打人情分", "Ⅱ级", "考核评分由三人小组分别打分，结果公示。", "未发现问题"),
        ]),
        ("郜洺骞", "驾培管理股", "科员", "general", [
            ("教练员教学日志、学时记录核查流于形式", "Ⅰ级", "学时数据计时平台自动上传，按月抽查比对。", "已落实"),
            ("向驾培机构推荐学员收取介绍费", "Ⅱ级", "签订廉洁承诺，公布监督举报电话。", "已落实"),
        ]),
        ("扈昀芃", "维修管理股", "科员", "general", [
            ("维修企业备案现场核查不到场", "Ⅲ级", "现场核查拍照定位，核查记录存档。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在股室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "linxian_transport_development_selfchecks", "http://zh056.com/fwn/wenmi/guizhangzhidu/2506799_2.html",
        "县交通运输事业发展中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 机动车"
        "驾驶培训管理规定 (许可证件有效期, 变更备案, 教练员资格考试): a title, a label row ``姓　名 | 所在股室 | 岗　位 | "
        "填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type "
        "column; ``本人签名： | 主任意见：``",
        sheets, t,
    )  # fmt: skip


def linxian_overload_station_list() -> dict:
    unit = f"{PLACE}超限检测站"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "郜珞瀚", "leader", "超限车辆处罚不按裁量基准、人情减免", "岗位职责", "高风险",
         "处罚按裁量基准执行，减免一律集体研究。"),
        ("站领导", "站长", "郜珞瀚", "leader", "为“百吨王”车辆说情放行", "思想道德", "高风险",
         "称重数据实时上传，放行记录全程录像。"),
        ("检测股", "检测员", "扈湉翎", "general", "称重检测数据人为修改、少计超限吨位", "业务流程", "中风险",
         "称重设备定期检定，检测单打印后当事人签字。"),
        ("卸载股", "卸载管理员", "郜峄璠", "general", "卸载货物保管不善、私自处置", "业务流程", "低风险",
         "卸载货物登记造册，当事人限期领回。"),
        ("卸载股", "卸载管理员", "郜峄璠", "general", "收取超标准卸载、停车费用", "制度机制", "中风险",
         "卸载不收费，停车收费标准上墙公示。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "linxian_overload_station_list",
        "https://www.zhetiaohe.com/ss/2988ead68b5ca1b5f3b7bd0ff153f44220e2370cd5a4ea0b726ba0584a2a4dfb503b9c02ee4f1af0034ec0fb87d7a36725b25115895054ee.html",
        "县超限检测站 岗位廉政风险防控一览表, after the source's 治理超限超载法律法规处罚标准 (超限吨位, 罚款, 卸载): "
        "``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 written on EVERY row/"
        "廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/站长（签字） line",
        [sh], t,
    )  # fmt: skip


def linxian_enforcement_brigade_register() -> dict:
    unit = f"{PLACE}交通运输综合行政执法大队"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "处室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("大队领导", "大队长", "扈黛濡", "leader", [
            ("非法营运案件查处中以罚代管、降格处理", "制度机制", "一级", "重大案件集体讨论，处罚决定法制审核。"),
            ("暂扣车辆放行不按程序审批", "岗位职责", "二级", "车辆放行凭处罚决定和缴款凭证，大队长签批。"),
        ]),
        ("执法一中队", "中队长", "郜骅澍", "middle", [
            ("出租汽车拒载、绕道投诉调查偏袒驾驶员", "业务流程", "二级", "投诉调查两人以上，调查结论回复投诉人。"),
        ]),
        ("执法一中队", "执法队员", "扈昕琰", "general", [
            ("路面执法中接受当事人财物", "思想道德", "一级", "执法全程佩戴记录仪，签订廉洁执法承诺。"),
            ("现场检查笔录事后补记、与事实不符", "外部环境", "三级", "笔录当场制作，当事人签字确认。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为一级、二级、三级，一级为最高。", 8)
    sh.add("编制人：", None, "审核人：", None, "2025年4月", None, None, None)
    return _layout(
        "linxian_enforcement_brigade_register", "http://m.jsyzj.com/wyc/m48609",
        "县交通运输综合行政执法大队 廉政风险点排查登记表, after the source's 出租汽车驾驶员服务要求 (伤病乘客, 不得拒载, "
        "平稳驾驶): a title, 序号/处室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 "
        "``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    linxian_rural_road_project_parties(),
    linxian_transport_bureau_two_sheets(),
    linxian_highway_section_posts(),
    linxian_road_transport_center_cards(),
    linxian_bus_station_group_rows(),
    linxian_transport_development_selfchecks(),
    linxian_overload_station_list(),
    linxian_enforcement_brigade_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch828-inbox"))

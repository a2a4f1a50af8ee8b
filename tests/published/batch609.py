"""The six-hundred-and-ninth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one district's
vocational and higher-education bodies, 西夏区 (of 银川市, 宁夏回族自治区) — its 技师学院, 中等职业学校,
职业技能培训中心, 社区教育学院, 教师教育培训中心, 成人中等专业学校 and 职业教育中心 — each handing back the
一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 技师学院's 一览表 in TWO SHEETS: ``院领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and ``科室``
  (``科室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 中等职业学校's 排查表 对岗不对人: ``处室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 职业技能培训中心's 自查表, one sheet a person: a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间`` over
  a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 社区教育学院's 责任清单 under GROUP ROWS ``一、学院领导`` … merged across (no 科室 column), ``岗位 |
  姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 教师教育培训中心's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作
  line, ``★★★/★★/★`` read by a ``注：`` line;
- the 成人中等专业学校's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on
  EVERY row, short types, ``高风险/中风险/低风险``;
- the 职业教育中心's 排查登记表: ``处室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别`` (short
  names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``xixia_polytechnic_type_columns``: the 职业技术学院's 中层干部廉政风险分类排查表, ONE ROW A HOLDER
  (``序号 | 部门 | 职务 | 姓名``), then ``廉政风险点及风险等级（按风险类型填写）`` merged across FOUR TYPE
  COLUMNS (``思想道德风险 | 制度机制风险 | 岗位职责风险 | 业务流程风险`` on the second heading row), each
  cell holding that holder's points of that type NUMBERED ONE A LINE (numbering running on along the
  row, ``3.…``) with the point's level CLOSING it in brackets (``…（一级）``), ``/`` where he has none;
  a last ``主要防控措施`` column per holder. So a point's type is the column it stands in, its level the
  bracket, its holder the row. The README's 读得懂的表 knows the transposed cross table (risk TYPES
  DOWN, one row a type, holders ACROSS, numbered points with bracketed levels — ``GRID_TYPE_ROWS``),
  holders down with LEVELS across (``LEVEL_COLUMNS``), one ``风险点 | 等级`` pair a type in one row a
  point, measures by type (``分类防控措施``) and ticks under type columns; it does not describe holders
  DOWN with the risk TYPES ACROSS, several numbered points a cell with their levels in closing
  brackets.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (an article on 高职院校 党风廉政建设
风险点 — 财务类, 采购回扣, 学生管理, 人事管理; one on 职业院校 校企合作 and 新型产业学院; one on 校企合作
“壁炉现象” and 企业补偿; an audit of 职业技能提升 专账资金 — 补贴发放, 培训签到, 虚报冒领; one on 校企合作
毕业设计 and 双导师; one on 企业参与校企合作 and 政策支持; one on 职业院校 产教融合能力; a report on 广东
职业教育 十年 — 技能大赛, 实训基地) and the layout follows their words for the unit, its parts, its posts
and its risks. The rows are worded by us, the names invented (the rare surnames 汲 and 姒 with rare
given names); every unit is a body of 西夏区.

Run ``python tests/published/score.py --set batch609`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each numbered line of a type cell is one point of the row's holder (部门, 职务,
  姓名 of the row), typed by its column, levelled by its closing bracket; the point is the line's
  text without its number and its bracket; ``/`` is no point; ``主要防控措施`` names no holder and no
  point; the ``注：`` line and the 填表/审核 line are no points; the 处长 are middle posts;
- ``院领导``, ``学院领导``, ``校领导``, ``中心领导`` (a group row, a 处室 cell) are the 科室 of those leaders;
  the 技师学院's leaders (sheet ``院领导``, no 科室 column) and the cards' leaders have no 科室; a
  school's 处 and a 中心's 科 or 部 are 科室;
- 院长, 副院长, 校长, 副校长, 党总支书记 and a 中心's 主任 are leaders; 科长, 部长 and a 处's 处长 or 主任
  middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no
  points and name no holder; the 中等职业学校's list names no person: its forms are posts;
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

PREFIX = "b609_"
PLACE = "西夏区"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
NONE = "/"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# the type columns, left to right, as their headings and as the truth's short names
TYPE_COLUMNS = ["思想道德风险", "制度机制风险", "岗位职责风险", "业务流程风险"]

# (部门, 职务, 姓名, {type column: [(point, level word)]}, 主要防控措施)
HOLDERS = [
    ("教务处", "处长", "汲珣沄", {
        "思想道德风险": [("接受教材供应商宴请、礼品", "二级")],
        "制度机制风险": [("教材选用不经教材选用委员会集体审定", "一级")],
        "业务流程风险": [("技能等级认定考评员安排不回避", "二级"), ("学生成绩更改审核把关不严", "三级")],
    }, "教材选用委员会集体审定；考评员随机抽取、亲属回避；成绩更改两级审批留痕。"),
    ("招生就业处", "处长", "姒岑珮", {
        "思想道德风险": [("收受家长或中介财物违规录取", "一级")],
        "岗位职责风险": [("顶岗实习单位安排中与企业利益往来", "一级")],
        "业务流程风险": [("分类考试招生录取名单不公示", "二级")],
    }, "招生政策、录取名单全程公示；实习单位集体研究确定，严禁收取实习推荐费。"),
    ("后勤管理处", "处长", "汲湜璎", {
        "制度机制风险": [("实训基地建设项目化整为零规避招标", "一级")],
        "岗位职责风险": [("实训耗材验收数量、质量把关不严", "二级")],
        "业务流程风险": [("学生公寓维修工程量签证不实", "二级")],
    }, "工程项目按限额进入公共资源交易平台；耗材验收双人签字；签证经监理、审计复核。"),
    ("财务处", "处长", "姒沨琚", {
        "思想道德风险": [("利用报账审核职权吃拿卡要", "三级")],
        "制度机制风险": [("科研和校企合作经费不按项目专账核算", "二级")],
        "岗位职责风险": [("学生资助资金发放审核不严", "一级")],
    }, "经费分项目核算，定期公开收支；资助名单班级评议、学院审核、公示。"),
]  # fmt: skip


def _cell(items: list[tuple[str, str]], start: int) -> str:
    return "\n".join(f"{start + i}.{point}（{lv}）" for i, (point, lv) in enumerate(items))


def xixia_polytechnic_type_columns() -> dict:
    unit = f"{PLACE}职业技术学院"
    n = len(TYPE_COLUMNS)
    ncols = 4 + n + 1
    sh = _Sheet("分类排查表", [6, 12, 8, 9] + [30] * n + [36])
    t = _Truth(unit)
    _line(sh, f"{unit}中层干部廉政风险分类排查表", ncols)
    _line(sh, f"填报单位：{unit}纪检监察室{GAP * 16}2025年5月", ncols)
    top = sh.add("序号", "部门", "职务", "姓名", "廉政风险点及风险等级（按风险类型填写）",
                 *([None] * (n - 1)), "主要防控措施")  # fmt: skip
    sh.add(None, None, None, None, *TYPE_COLUMNS, None)
    for c in (0, 1, 2, 3, ncols - 1):
        sh.merge(top, c, top + 1, c)
    sh.merge(top, 4, top, 3 + n)
    for i, (dept, post, who, by_type, measures) in enumerate(HOLDERS, 1):
        cells, k = [], 1
        for typ in TYPE_COLUMNS:
            items = by_type.get(typ, [])
            cells.append(_cell(items, k) if items else NONE)
            k += len(items)
        sh.add(i, dept, post, who, *cells, measures)
        for typ in TYPE_COLUMNS:
            for point, lv in by_type.get(typ, []):
                t.point(sh.name, dept, post, who, "middle", point, types_in(typ), GRADES[lv])
    _line(
        sh, "注：风险点按风险类型分栏填写，每条风险点后括号内注明风险等级；不涉及的填“/”。", ncols
    )
    sh.add("填表：", None, None, "审核：", None, None, "纪委书记（签字）：", None, None)
    return _layout(
        "xixia_polytechnic_type_columns", "https://m.fx361.cc/news/2019/1008/5734930.html",
        "(harder) 区职业技术学院 中层干部廉政风险分类排查表, after the source's article on 高职院校 党风廉政建设 风险点 (财务类: "
        "挪用、滥用公款; 基础建设、后勤建设、教学用品采购 回扣; 学生管理; 人事管理): a title, a merged 填报单位 line, a TWO-ROW "
        "heading: 序号/部门/职务/姓名/主要防控措施 merged down, ``廉政风险点及风险等级（按风险类型填写）`` merged across four TYPE "
        "columns ``思想道德风险 | 制度机制风险 | 岗位职责风险 | 业务流程风险``; ONE ROW A HOLDER, each type cell his points of "
        "that type numbered one a line (numbering running on along the row) with the level closing each in brackets "
        "``（一级）``, ``/`` for none; a merged ``注：`` line and a 填表/审核/纪委书记（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def xixia_technician_college_two_sheets() -> dict:
    unit = f"{PLACE}技师学院"
    t = _Truth(unit)
    lead = _Sheet("院领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}院领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("汲翃琤", "院长", "主持学院全面工作", [
            ("产业学院合作企业选定个人说了算", "一级", "合作企业经院长办公会集体研究，协议报主管部门备案。"),
            ("实训基地建设项目干预招投标", "一级", "建设项目一律进入公共资源交易平台。"),
        ]),
        ("姒璩沅", "副院长", "分管教学、校企合作", [
            ("订单班合作企业收取学生费用未制止", "二级", "订单班协议明确不得向学生收费，学生代表参与评议。"),
            ("技能大赛选手选拔不公开", "二级", "选拔方案、成绩公示五个工作日。"),
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
    dept = _Sheet("科室", [6, 14, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}科室廉政风险防控一览表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("校企合作科", "科长", "汲岷瑄", "middle", "企业兼职教师聘用资格审核不严", "二级", "兼职教师聘用经系部推荐、学院审核、公示。"),
        ("校企合作科", "科长", "汲岷瑄", "middle", "产教融合项目资金拨付不按进度", "一级", "项目资金按合同进度拨付，审计跟踪。"),
        ("校企合作科", "科员", "姒玙湘", "general", "顶岗实习巡查记录弄虚作假", "三级", "巡查记录与企业考勤每月核对。"),
        ("实训管理科", "科长", "姒澂琨", "middle", "实训设备验收走过场", "一级", "设备验收邀请专业教师和纪检人员参加。"),
        ("实训管理科", "管理员", "汲昀琭", "general", "实训耗材私自处置", "二级", "耗材出入库登记，每学期盘点。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：院办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "xixia_technician_college_two_sheets", "http://zgkjsz.com/page/2020/1020/7186313.shtml",
        "区技师学院 廉政风险防控一览表 in TWO SHEETS, after the source's article on 职业院校 校企合作 and 新型产业学院 (合作企业, "
        "人才培养, 产业学院): sheet 院领导 with 姓名/职务/分管工作 merged per leader, sheet 科室 with 科室 merged and 岗位/姓名 "
        "merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def xixia_secondary_vocational_school_posts() -> dict:
    unit = f"{PLACE}中等职业学校"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "处室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("校领导", "校长", "leader", "合作企业遴选", "校企合作企业遴选不公开，接受企业好处", "制度机制风险", "高",
         "合作企业经校务会集体研究，结果公示。"),
        ("校领导", "校长", "leader", "企业补偿资金", "企业实训补偿资金使用不透明", "业务流程风险", "中",
         "补偿资金专账核算，每学期公开。"),
        ("实习就业处", "主任", "middle", "实习岗位分配", "按关系分配实习岗位，收取好处费", "思想道德风险", "高",
         "实习岗位分配方案公示，学生自愿选择。"),
        ("实习就业处", "干事", "general", "实习补贴发放", "截留、克扣学生实习报酬", "岗位职责风险", "中",
         "实习报酬由企业直接发放到学生本人账户。"),
        ("总务处", "主任", "middle", "实训室改造", "实训室改造工程拆分发包", "制度机制风险", "高",
         "改造项目按规定程序招标，审计全程跟踪。"),
        ("总务处", "保管员", "general", "校产管理", "校产出租出借不登记、不入账", "外部环境风险", "低",
         "校产出租出借报批，租金统一入账。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：校办公室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "xixia_secondary_vocational_school_posts", "http://www.handmsg.com/page/2018/0514/8279477.shtml",
        "区中等职业学校 岗位廉政风险点排查表 对岗不对人, after the source's article on 职业教育 校企合作 “壁炉现象” (合作内容碎片化, "
        "企业补偿机制, 毕业生就业): a title, 序号/处室 merged/岗位 merged per post/a short 风险点/a long 风险表现/风险类型 "
        "``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def xixia_skills_training_centre_selfchecks() -> dict:
    unit = f"{PLACE}职业技能培训中心"
    t = _Truth(unit)
    people = [
        ("汲琰澔", "中心领导", "主任", "leader", [
            ("培训机构定点资格认定打招呼", "Ⅰ级", "定点机构经评审组集体评审，结果公示。", "已落实"),
            ("培训补贴资金拨付审批把关不严", "Ⅰ级", "补贴拨付与社保、就业数据比对后审批。", "未发现问题"),
        ]),
        ("姒霂珺", "培训科", "科长", "middle", [
            ("培训学员签到记录审核走过场", "Ⅱ级", "现场抽查签到，视频留存备查。", "已落实"),
            ("职业技能等级证书核发不核实培训真实性", "Ⅰ级", "证书核发前抽查项目档案。", "已落实"),
        ]),
        ("汲沅琪", "培训科", "科员", "general", [
            ("补贴发放台账登记不全", "Ⅲ级", "台账按月核对，双人复核。", "未发现问题"),
            ("向培训机构泄露检查安排", "Ⅱ级", "检查计划随机确定，临时通知。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在科室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "xixia_skills_training_centre_selfchecks", "https://ras-medical.com/detail/95932.html",
        "区职业技能培训中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's audit of 职业技能提升 "
        "专账资金 (补贴范围和标准, 补贴发放台账, 培训签到记录, 虚报冒领): a title, a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间`` "
        "over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 主任意见：``",
        sheets, t,
    )  # fmt: skip


def xixia_community_college_group_rows() -> dict:
    unit = f"{PLACE}社区教育学院"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、学院领导", "学院领导", [
            ("院长", "姒珧澜", "leader", [
                ("校企合作毕业设计项目经费分配不经集体研究", "一级风险", "项目经费分配方案经院务会研究。"),
                ("企业导师聘任中优亲厚友", "二级风险", "企业导师聘任条件公开，名单公示。"),
            ]),
        ]),
        ("二、教务处", "教务处", [
            ("处长", "汲璟滢", "middle", [
                ("毕业设计答辩评分打人情分", "二级风险", "答辩评委随机抽取，评分表存档。"),
            ]),
            ("教务员", "姒翾琮", "general", [
                ("学分认定材料审核不严", "三级风险", "学分认定材料两人审核。"),
                ("课酬统计虚报课时", "二级风险", "课时由系部与教务处双向核对。"),
            ]),
        ]),
        ("三、培训部", "培训部", [
            ("部长", "汲洺瑀", "middle", [
                ("社区培训项目虚报参训人数", "一级风险", "参训人员实名签到，抽查回访。"),
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
        "xixia_community_college_group_rows", "https://haotougao.com/haowen/8306.html",
        "区社区教育学院 廉政风险防控责任清单, after the source's 校企合作 毕业设计 (选题, 校企双导师, 过程管理, 答辩考核): a title, "
        "序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS ``一、学院领导``, "
        "``二、教务处``, ``三、培训部`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def xixia_teacher_training_centre_cards() -> dict:
    unit = f"{PLACE}教师教育培训中心"
    t = _Truth(unit)
    cards = [
        ("主任", "汲筠昉", "主任", "主持中心全面工作", "leader", [
            ("培训项目承办机构选定暗箱操作", "★★★", "承办机构比选，结果公示。"),
            ("培训经费支出不按预算执行", "★★★", "培训经费按项目预算支出，专项审计。"),
            ("接受承办机构宴请", "★", "严守中央八项规定精神。"),
        ]),
        ("副主任", "姒玭潇", "副主任", "分管教师企业实践、培训考核", "leader", [
            ("教师企业实践时长认定不实", "★★", "企业实践考勤与企业盖章记录核对。"),
            ("培训考核合格证书把关不严", "★★", "考核成绩复核后发证。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}领导干部廉政风险防控卡", 4)
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
        "xixia_teacher_training_centre_cards", "http://m.handmsg.com/page/2016/0514/8569500.shtml",
        "区教师教育培训中心 领导干部廉政风险防控卡, one sheet a leader, after the source's article on 企业参与职业教育校企合作 "
        "(企业内驱力, 政策支持体系, 行业协会): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def xixia_adult_specialised_school_list() -> dict:
    unit = f"{PLACE}成人中等专业学校"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("校领导", "校长", "汲泓琅", "leader", "产教融合实训基地共建协议条款不经论证", "制度机制", "高风险",
         "共建协议经法律顾问审核、校务会研究。"),
        ("校领导", "校长", "汲泓琅", "leader", "学历提升招生委托中介收费", "外部环境", "高风险",
         "招生不得委托中介，收费项目公示。"),
        ("教务处", "主任", "姒瑢渟", "middle", "成人学历考试考务安排不严", "业务流程", "中风险",
         "考务人员培训上岗，考场全程监控。"),
        ("教务处", "教务员", "汲珮岫", "general", "学籍信息录入弄虚作假", "岗位职责", "中风险",
         "学籍信息双人录入、比对。"),
        ("财务室", "会计", "姒瑭沄", "general", "学费收取不开具票据", "业务流程", "高风险",
         "学费统一缴入学校账户，开具票据。"),
        ("财务室", "出纳", "汲璞汐", "general", "现金保管不规范", "思想道德", "低风险",
         "现金日清月结，定期盘点。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "校长（签字）：", None, None)
    return _layout(
        "xixia_adult_specialised_school_list", "https://m.fx361.cc/news/2023/0710/22349112.html",
        "区成人中等专业学校 岗位廉政风险防控一览表, after the source's article on 职业院校 产教融合能力 (治理能力, 资源支撑, 产业服务, "
        "行业影响力): ``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 written on EVERY row/"
        "廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/校长（签字） line",
        [sh], t,
    )  # fmt: skip


def xixia_vocational_education_centre_register() -> dict:
    unit = f"{PLACE}职业教育中心"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "处室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "姒琦湄", "leader", [
            ("技能大赛集训设备采购指定品牌", "制度机制", "一级", "采购需求经专业组论证，按规定采购。"),
            ("大赛奖励经费分配不公开", "岗位职责", "二级", "奖励方案经主任办公会研究并公示。"),
        ]),
        ("教学处", "主任", "汲澈琰", "middle", [
            ("技能大赛参赛选手选拔暗箱操作", "业务流程", "一级", "选拔赛成绩当场公布。"),
        ]),
        ("教学处", "专业教师", "姒沛珧", "general", [
            ("向学生推销培训资料", "外部环境", "二级", "签订廉洁从教承诺书。"),
            ("有偿辅导参赛学生", "思想道德", "三级", "开展有偿辅导专项排查。"),
        ]),
        ("实训处", "主任", "汲滢珈", "middle", [
            ("实训基地设备外借收取费用", "业务流程", "一级", "设备外借报批登记，收费统一入账。"),
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
        "xixia_vocational_education_centre_register", "https://www.gdjy.cn/show-74-5095-1.html",
        "区职业教育中心 廉政风险点排查登记表, after the source's report on 职业教育 十年发展 (扩容、提质、强服务, 技能大赛, 实训基地): "
        "a title, 序号/处室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 ``一级/二级/三级``/"
        "防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    xixia_polytechnic_type_columns(),
    xixia_technician_college_two_sheets(),
    xixia_secondary_vocational_school_posts(),
    xixia_skills_training_centre_selfchecks(),
    xixia_community_college_group_rows(),
    xixia_teacher_training_centre_cards(),
    xixia_adult_specialised_school_list(),
    xixia_vocational_education_centre_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch609-inbox"))

"""The nine-hundred-and-thirty-first batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's police
bodies, 扎囊县 (山南市, 西藏自治区) — its 公安局, 交通警察大队, 看守所, 出入境管理大队, 户政服务中心,
治安管理大队 and two 乡镇派出所 (桑耶, 扎塘) — each handing back the 一览表, 防控卡, 排查表, 清单 or
自查表 its staff typed in WPS or Excel, or (the harder one) the export of the approval flow it was
collected through:

- the 公安局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and ``科所队``
  (``科室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 交通警察大队's 排查表 对岗不对人: ``中队`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``主要表现``, ``…风险`` types, 高/中/低; no names;
- the 看守所's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 出入境管理大队's 清单 under GROUP ROWS ``一、大队领导`` … (no 科室 column), ``岗位 | 姓名`` merged
  per person, ``一级风险/二级风险/三级风险``;
- the 户政服务中心's 自查表, one sheet a person: a label row ``姓　名 | 所在部门 | 岗　位 | 填表时间``
  over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 桑耶派出所's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on EVERY
  row, short types, ``高风险/中风险/低风险``;
- the 扎塘派出所's 排查登记表: ``警组`` merged, ``岗位 | 姓名`` merged per person, ``风险类别`` (short
  names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``zhanang_public_order_brigade_approval_export``: the 治安管理大队's 岗位廉政风险点 returns as the
  county's 钉钉 OA exported them — the 大队 had each officer file the list as an approval form
  (``扎囊县公安局治安管理大队岗位廉政风险点申报``; the export's ``标题`` reads ``<发起人>提交的<form name>``) and then exported the approvals to Excel: ONE ROW AN APPROVAL, the platform's
  own columns ``审批编号 | 标题 | 审批状态 | 审批结果 | 发起时间 | 完成时间 | 发起人姓名 | 发起人部门 |
  历史审批人姓名 | 审批记录`` and the form's fields ``岗位`` and ``风险点明细``, where the form's DETAIL
  TABLE (明细, a 表格 control) comes out FLATTENED INTO ONE CELL: one line an item,
  ``明细1：风险点：…；风险等级：一级；防控措施：…`` (the next line ``明细2：…``). The README's 读得懂的表
  knows questionnaire exports one row a respondent (SURVEY_EXPORT: each option of a question its
  point), OA step exports one row an approval STEP (OA_STEP_EXPORT: one point a flow), task-tool
  exports, collection-sheet exports with 创建人, person cells written as JSON or ``键=值``, and one cell
  a holder with 级别 sub-headings over numbered points; it does not describe an approval export one
  row a SUBMISSION whose detail table is flattened into one cell of ``明细N：键：值；键：值`` items
  (each item a point with its own level and measures), the 发起人 its holder and the 历史审批人 only
  approvers.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 公安局's 会议制度 — 党委会, 重大
财务支出, 人事任免; a post on 交通事故 扣车 — 扣留事故车辆, 存车费用, 放车; a page on 看守所 — 收押,
物品检查, 二十四小时值班, 械具; a 出入境工作 调研报告 — 证件签发, 口岸, 签证; a 县公安局's 户口登记
“六项制度” — 审核传递, 户口专用章, 安全保密; a page on 派出所户籍工作 — 出生登记, 户口簿, 证明开具; the
公安机关涉案财物管理规定 — 扣押, 登记, 保管, 移交; a paper on 娱乐服务场所、特种行业 治安管理 — 审批,
发证, 年检年审, 旅馆业) and the layout follows their words for the unit, its parts, its posts and
its risks. The rows are worded by us, the names invented (the rare surnames 仲 and 封 with rare
given names); every unit is a body of 扎囊县.

Run ``python tests/published/score.py --set batch931`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each approval row is one form: ``发起人姓名`` is the holder, ``发起人部门`` (a
  中队) the 科室, the form's ``岗位`` the post; every ``明细N`` item of ``风险点明细`` is one point, its
  ``风险等级`` the level and its ``防控措施`` the measures; ``历史审批人姓名`` and ``审批记录`` name only
  approvers (no holder, no point); ``审批编号``, ``标题``, the states and times are no points;
- ``局领导``, ``大队领导``, ``所领导``, ``中心领导`` (a sheet written in a 科室 cell, a group row, a
  部门 cell) are the 科室 of those leaders only where a cell says so: the 公安局's leaders (sheet
  ``局领导``, no 科室 cell) and the cards' leaders have no 科室; a 局's 科/室/队, a 大队's 中队, a 所's
  警组 or 室 and a 中心's 窗口 are 科室; a group row ``二、签证中队`` gives the 科室 ``签证中队``;
- every 大队, the 看守所, the 中心, each 派出所 and the 局 are units of their own: 局长, 副局长, 政委,
  大队长, 教导员, 副大队长, 所长, 副所长, 主任 are leaders; 科长, 中队长, 警组长 and 窗口负责人 middle;
  the rest general;
- ``风险点 | 主要表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no
  points and name no holder; the 交通警察大队's list names no person: its forms are posts
  (对岗不对人);
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

PREFIX = "b931_"
PLACE = "扎囊县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# (审批编号, 发起时间, 完成时间, 发起人姓名, 发起人部门, 岗位, tier, [(风险点, 风险等级, 防控措施)])
APPROVALS = [
    ("202504151032000187", "2025-04-15 10:32", "2025-04-16 09:05", "仲曦翀", "大队领导", "大队长", "leader", [
        ("娱乐服务场所、特种行业审批中为亲友打招呼、开绿灯", "一级", "许可审批经大队集体研究，结果在公安局网站公示。"),
        ("治安案件查处中说情干预，降低处罚标准", "一级", "处罚决定经法制审核，重大案件集体讨论。"),
    ]),
    ("202504151140000203", "2025-04-15 11:40", "2025-04-16 09:07", "封泷翥", "行业场所管理中队", "中队长", "middle", [
        ("旅馆业、印章业特种行业许可证核发把关不严", "一级", "许可材料双人审核，现场检查留存影像。"),
        ("年检年审走过场，对整改不到位的场所放行", "二级", "年审结果由大队抽查复核。"),
        ("接受场所业主宴请、礼品", "三级", "签订廉洁执法承诺书，检查两人以上同行。"),
    ]),
    ("202504160915000219", "2025-04-16 09:15", "2025-04-16 17:30", "仲湉屹", "行业场所管理中队", "民警", "general", [
        ("娱乐场所检查前通风报信", "一级", "检查任务临时下达，异地交叉检查。"),
        ("检查发现问题不登记、不报告", "二级", "检查记录当日录入系统，中队长每周核查。"),
    ]),
    ("202504161020000224", "2025-04-16 10:20", "2025-04-17 08:50", "封翛岚", "治安案件查处中队", "民警", "general", [
        ("调查取证不全，人为改变案件性质", "一级", "调查取证全程录音录像，案卷法制审核。"),
        ("罚没款不开票据、不及时上缴", "二级", "罚款一律通过银行代收，收缴分离。"),
    ]),
]  # fmt: skip


def _detail(points) -> str:
    """The form's 明细 table flattened by the export: one line an item of ``键：值；…``."""
    return "\n".join(
        f"明细{i}：风险点：{point}；风险等级：{lv}；防控措施：{measures}"
        for i, (point, lv, measures) in enumerate(points, 1)
    )


def zhanang_public_order_brigade_approval_export() -> dict:
    unit = f"{PLACE}公安局治安管理大队"
    sh = _Sheet("审批数据", [20, 22, 9, 9, 16, 16, 10, 18, 10, 22, 30, 70])
    t = _Truth(unit)
    sh.add("审批编号", "标题", "审批状态", "审批结果", "发起时间", "完成时间", "发起人姓名", "发起人部门",
           "岗位", "历史审批人姓名", "审批记录", "风险点明细")  # fmt: skip
    for code, start, done, who, dept, post, tier, points in APPROVALS:
        approvers = "仲曦翀,封屾沄" if who != "仲曦翀" else "封屾沄"
        record = "\n".join(f"{name}：同意（{done}）" for name in approvers.split(","))
        sh.add(code, f"{who}提交的{unit}岗位廉政风险点申报", "已完成", "同意", start, done, who, dept, post,
               approvers, record, _detail(points))  # fmt: skip
        for point, lv, _measures in points:
            t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    return _layout(
        "zhanang_public_order_brigade_approval_export", "http://soolun.net/periodical/7f3f0bb0938e6c3c59d33573a59ce5df.html",
        "(harder) 县公安局治安管理大队 岗位廉政风险点申报, collected as a 钉钉 approval form and EXPORTED one row an "
        "approval, after the source's paper on 娱乐服务场所、特种行业 治安管理 (审批, 发证, 年检年审, 旅馆业, 印章业): "
        "no title, the platform's columns ``审批编号 | 标题 | 审批状态 | 审批结果 | 发起时间 | 完成时间 | 发起人姓名 | "
        "发起人部门 | 历史审批人姓名 | 审批记录`` with the form's ``岗位`` and ``风险点明细``, the detail table "
        "FLATTENED into one cell, a line an item ``明细1：风险点：…；风险等级：一级；防控措施：…``",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def zhanang_police_bureau_two_sheets() -> dict:
    unit = f"{PLACE}公安局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}局领导岗位廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("封霁洹", "局长", "主持全面工作", [
            ("重大财务支出个人说了算，不经党委会研究", "一级", "重大财务支出一律提交局党委会集体研究，纪要存档。"),
            ("干部选拔任用中打招呼、定调子", "一级", "干部任免严格按程序，酝酿、考察、讨论决定全程纪实。"),
        ]),
        ("仲岍珝", "副局长", "分管治安、户政、出入境", [
            ("户口迁入、证件签发审批中为关系人违规办理", "一级", "审批事项网上流转，按月抽查审批档案。"),
            ("对下属单位执法问题查处失之于宽", "二级", "执法问题按季度通报，纳入所队考核。"),
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
    dept = _Sheet("科所队", [6, 14, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}科所队岗位廉政风险防控一览表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("警务保障室", "主任", "封晗翯", "middle", "装备、被装采购不按规定程序，指定供应商", "一级",
         "采购进公共资源交易平台，验收三人以上签字。"),
        ("警务保障室", "主任", "封晗翯", "middle", "公务用车使用、维修费用审核不严", "二级", "车辆派车单与维修单逐一核对，每季度公示。"),
        ("警务保障室", "会计", "仲沺昀", "general", "报账凭证审核不严，虚列支出", "二级", "报销单据三级审核，专账核算。"),
        ("法制室", "科长", "仲翾岱", "middle", "案件法制审核把关不严，该退不退", "一级", "审核意见书面留痕，重大案件集体审核。"),
        ("政工监督室", "民警", "封昶玹", "general", "民警考核评先评优弄虚作假", "三级", "考核结果全局公示，接受监督。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：政工监督室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "zhanang_police_bureau_two_sheets", "https://m.31ppt.com/p-4251631.html",
        "县公安局 岗位廉政风险防控一览表 in TWO SHEETS, after the source's 公安局 会议制度 (党委会议事范围, 重大财务支出, "
        "人事任免, 党风廉政建设): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 科所队 with 科室 merged "
        "and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def zhanang_traffic_brigade_posts() -> dict:
    unit = f"{PLACE}公安局交通警察大队"
    sh = _Sheet("排查表", [6, 14, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "中队", "岗位", "风险点", "主要表现", "风险类别", "风险等级", "防控措施")
    rows = [
        ("大队领导", "大队长", "leader", "事故车辆扣留与放行", "授意放行未处理完毕的事故车辆，收受当事人好处", "岗位职责风险", "高",
         "扣车、放车一律凭法律文书，大队集体研究。"),
        ("事故处理中队", "事故民警", "general", "事故责任认定", "事故责任认定偏袒一方，收受当事人财物", "岗位职责风险", "高",
         "责任认定经中队集体研究，认定书送达双方。"),
        ("事故处理中队", "事故民警", "general", "扣留车辆保管", "扣留车辆被私用，车内物品保管不善", "业务流程风险", "中",
         "停车场封闭管理，车辆进出登记、拍照。"),
        ("事故处理中队", "内勤", "general", "存车费用收取", "违规收取、减免存车费用", "制度机制风险", "中",
         "存车费用标准上墙公示，开具统一票据。"),
        ("秩序管理中队", "执勤民警", "general", "路面违法查处", "现场处罚不开票据，以罚代管", "思想道德风险", "高",
         "执法记录仪全程记录，罚款通过银行缴纳。"),
        ("秩序管理中队", "执勤民警", "general", "违法记分处理", "替人销分、违规消除违法记录", "外部环境风险", "低",
         "系统操作留痕，每月抽查消分记录。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：大队办公室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "zhanang_traffic_brigade_posts", "http://nv.xiaomy.net/forum.php?mod=viewthread&page=1&tid=20176",
        "县公安局交通警察大队 岗位廉政风险点排查表 对岗不对人, after the source's post on 交通事故 扣车 (扣留事故车辆, 收集证据, "
        "妥善保管, 存车费用, 放车): a title, 序号/中队 merged/岗位 merged per post/a short 风险点/a long 主要表现/风险类别 "
        "``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def zhanang_detention_centre_cards() -> dict:
    unit = f"{PLACE}看守所"
    t = _Truth(unit)
    cards = [
        ("所长", "仲沄峋", "所长", "主持看守所全面工作", "leader", [
            ("在押人员调换监室、安排劳动岗位中收受好处", "★★★", "调监、岗位安排集体研究，驻所检察室监督。"),
            ("违规批准在押人员家属会见", "★★★", "会见一律凭办案机关手续，登记存档。"),
            ("接受在押人员家属宴请", "★", "严守中央八项规定精神，节前廉洁提醒。"),
        ]),
        ("副所长", "封瀛岫", "副所长", "分管收押、管教", "leader", [
            ("收押检查不严，为在押人员夹带违禁物品", "★★", "收押两人以上执行，物品检查全程录像。"),
            ("违规为在押人员传递信件、物品", "★★", "亲属送物一律登记检查，管教民警签字。"),
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
        "zhanang_detention_centre_cards", "http://china-technology.net/article/566.html",
        "县看守所 领导干部廉政风险防控卡, one sheet a leader, after the source's page on 看守所 (收押检查, 亲属送物 检查, "
        "二十四小时值班, 械具 经所长批准): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def zhanang_exit_entry_group_rows() -> dict:
    unit = f"{PLACE}公安局出入境管理大队"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、大队领导", "大队领导", [
            ("大队长", "封峤翃", "leader", [
                ("出入境证件签发中违规为不符合条件人员审批", "一级风险", "证件签发系统审批，按月抽查档案。"),
                ("边境管理区通行证审批把关不严", "一级风险", "审批材料双人复核，结果存档备查。"),
            ]),
        ]),
        ("二、签证中队", "签证中队", [
            ("中队长", "仲骞岚", "middle", [
                ("签注受理材料审核不严，降低受理条件", "二级风险", "受理材料一次性告知，审核意见留痕。"),
            ]),
            ("窗口民警", "封翊沨", "general", [
                ("违规收取加急费、代办费", "二级风险", "收费项目上墙公示，一律开具票据。"),
                ("泄露申请人个人信息", "三级风险", "系统账号专人专用，查询留痕。"),
            ]),
        ]),
        ("三、外国人管理中队", "外国人管理中队", [
            ("民警", "仲珣岍", "general", [
                ("境外人员住宿登记核查走过场", "二级风险", "核查结果录入系统，中队长抽查。"),
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
    sh.add("填表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "zhanang_exit_entry_group_rows", "http://ciicbc.com/swzx/4547.htm",
        "县公安局出入境管理大队 廉政风险防控责任清单 under GROUP ROWS, after the source's 出入境工作 调研报告 (证件签发, "
        "签证便利化, 口岸, 风险预警): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施, "
        "group rows ``一、大队领导``, ``二、签证中队``, ``三、外国人管理中队`` merged across; 岗位 and 姓名 merged per "
        "person; no type column",
        [sh], t,
    )  # fmt: skip


def zhanang_household_centre_selfchecks() -> dict:
    unit = f"{PLACE}公安局户政服务中心"
    t = _Truth(unit)
    people = [
        ("封沂曈", "中心领导", "主任", "leader", [
            ("户口迁入审批为不符合政策人员开口子", "Ⅰ级", "迁入审批逐级上报，不得让群众自行上报。", "已落实"),
            ("户口专用章、空白户口簿管理不严", "Ⅱ级", "印章、空白证件专人保管，领用登记。", "未发现问题"),
        ]),
        ("仲洺岙", "户籍窗口", "户籍民警", "general", [
            ("出生登记材料审核不严，违规落户", "Ⅰ级", "严格甄别《出生医学证明》真伪，材料存档。", "已落实"),
            ("离开终端不退出，账号被他人使用", "Ⅲ级", "离岗退出系统，登录密码定期更换。", "已落实"),
        ]),
        ("封滢峘", "身份证窗口", "受理民警", "general", [
            ("违规对外提供公民个人信息", "Ⅰ级", "信息查询一律凭审批手续，查询留痕。", "未发现问题"),
            ("身份证加急办理收受好处", "Ⅱ级", "加急条件公示，办理记录每月核查。", "已落实"),
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
        sh.add("本人签名：", None, "中心意见：", None, None)
        sheets.append(sh)
    return _layout(
        "zhanang_household_centre_selfchecks", "http://8.134.116.66:6080/Content-10731.html",
        "县公安局户政服务中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 县公安局 "
        "户口登记管理 “六项制度” (审核传递, 户口专用章, 空白户口簿, 安全保密, 数字证书): a title, a label row "
        "``姓　名 | 所在部门 | 岗　位 | 填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/"
        "防控措施/``自查情况``; no type column; ``本人签名： | 中心意见：``",
        sheets, t,
    )  # fmt: skip


def zhanang_samye_station_list() -> dict:
    unit = f"{PLACE}公安局桑耶派出所"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所领导", "所长", "仲峄翚", "leader", "治安调解中偏袒一方，收受当事人好处", "岗位职责", "高风险",
         "调解全程记录，调解协议所长审签、存档。"),
        ("所领导", "所长", "仲峄翚", "leader", "辖区场所管理中接受吃请", "思想道德", "中风险",
         "场所检查两人以上，检查结果公示。"),
        ("户籍室", "户籍民警", "封湜昕", "general", "户口簿补办、证明开具不核实", "业务流程", "高风险",
         "证明开具实行审核、签发分离。"),
        ("户籍室", "户籍民警", "封湜昕", "general", "户籍信息变更把关不严", "制度机制", "低风险",
         "变更事项录入系统，所长每月复核。"),
        ("社区警务室", "社区民警", "仲浛岷", "general", "走访登记流动人口弄虚作假", "外部环境", "中风险",
         "登记信息由所里抽查核实。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "所长（签字）：", None, None)
    return _layout(
        "zhanang_samye_station_list", "https://www.ztwlxx.com/t/jie-mi-pai-chu-suo-hu-ji-gong-zuo-ri-chang-zhi-ze-yu-tiao-zhan-quan-jie-xi.html",
        "镇派出所 岗位廉政风险防控一览表, after the source's page on 派出所户籍工作 (户籍登记, 户口簿发放与补办, 户籍证明开具, "
        "信息安全): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 on EVERY "
        "row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/所长（签字） line",
        [sh], t,
    )  # fmt: skip


def zhanang_zhatang_station_register() -> dict:
    unit = f"{PLACE}公安局扎塘派出所"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "警组", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("所领导", "所长", "封岵翾", "leader", [
            ("涉案财物处置个人说了算", "制度机制", "一级", "涉案财物处置经所务会研究，报法制室审核。"),
            ("案件办理中插手干预", "岗位职责", "二级", "办案全程网上流转，所长审批留痕。"),
        ]),
        ("案件办理组", "警组长", "仲淏昳", "middle", [
            ("扣押财物不开清单、不入账", "业务流程", "一级", "扣押财物当场开具清单，24小时内移交保管。"),
        ]),
        ("案件办理组", "民警", "封珥滢", "general", [
            ("涉案财物挪用、调换", "业务流程", "二级", "涉案财物管理中心统一保管，出入库登记。"),
            ("案件当事人送礼请托", "思想道德", "三级", "签订廉洁办案承诺书，收礼即报。"),
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
        "zhanang_zhatang_station_register", "https://wddqw.com/doc/8ba2eb36cc2f0066f5335a8102d276a2012960de.html",
        "镇派出所 廉政风险点排查登记表, after the source's 公安机关涉案财物管理若干规定 (扣押, 登记, 保管, 不得挪用、调换): "
        "a title, 序号/警组 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 ``一级/二级/三级``/"
        "防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    zhanang_public_order_brigade_approval_export(),
    zhanang_police_bureau_two_sheets(),
    zhanang_traffic_brigade_posts(),
    zhanang_detention_centre_cards(),
    zhanang_exit_entry_group_rows(),
    zhanang_household_centre_selfchecks(),
    zhanang_samye_station_list(),
    zhanang_zhatang_station_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch931-inbox"))

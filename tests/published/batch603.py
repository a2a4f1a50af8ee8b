"""The six-hundred-and-third batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one district's housing
bodies, 沙坡头区 (of 中卫市, 宁夏回族自治区) — the 住房公积金管理中心's 沙坡头区管理部, its 房产服务中心,
物业管理办公室, 房屋征收与补偿办公室 (征收办), 住房保障服务中心, 房产测绘队, 房地产交易管理所 and
住宅专项维修资金管理中心 — each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in
WPS or Excel:

- the 房产服务中心's 一览表 in TWO SHEETS: ``中心领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``科室`` (``科室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 物业管理办公室's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 征收办's 自查表, one sheet a person: a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间`` over a row
  of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 住房保障服务中心's 责任清单 under GROUP ROWS ``一、中心领导`` … ``三、租赁管理科`` merged across (no
  科室 column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 房产测绘队's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 房地产交易管理所's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``科室 | 岗位 | 责任人`` on
  EVERY row, short types, ``高风险/中风险/低风险``;
- the 住宅专项维修资金管理中心's 排查登记表: ``科室`` merged, ``岗位 | 姓名`` merged per person,
  ``风险类别`` (short names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``shapotou_housing_fund_office_permission_grid``: the 住房公积金管理中心沙坡头区管理部's 业务环节廉政风险点
  排查表, ONE ROW A POINT ``序号 | 业务事项 | 办理环节 | 廉政风险点 | 风险等级 | 防控措施`` with NO 岗位 or
  姓名 column: ``业务事项`` (住房公积金提取, 个人住房贷款, 缴存登记及变更, 资金划拨及核算) is merged down over
  its rows and ``办理环节`` says ``经办``, ``复核`` or ``审批``. The holders stand only on a SECOND SHEET,
  ``岗位权限设置``, the office's 业务岗位权限设置表: one row an 业务事项, one column a holder (a ``岗位`` row
  over a ``姓名`` row: 综合柜员, 综合柜员, 信贷审核员, 财务会计, 副主任, 主任), each cell the STAGE that
  holder handles for that business (``经办``/``复核``/``审批``, ``—`` none). So a row's holder is the one
  whose cell in the permission row of the row's 业务事项 holds the row's 办理环节 — a lookup by TWO keys —
  and the same stage falls to different holders in different businesses (经办 of 提取 is one 综合柜员, of
  贷款 the other, of 资金划拨 the 财务会计). A ``注：`` line under the list says the holders are in the
  permission table. The README's 读得懂的表 knows a per-row stage cell picking the holder among
  ``经办人 | 复核人 | 审批人`` columns on the row itself (HOLDER_PICKED_BY_STAGE), a list keyed by
  执法环节/办理环节 whose holders stand in ONE stage legend or flow strip (one key), stage bands across,
  and 职权编码 looked up in a 职权目录; it does not describe holders found through a separate 事项 ×
  岗位 permission matrix whose cells are stage words, keyed by both the row's business and its stage.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (住房公积金 rules — 缴存, 提取, 贷款,
资金管理; 房屋等级评定标准 — 房屋完好、损坏等级; an 业主委员会 动用维修基金 流程 — 业主表决, 施工, 验收,
拨付; a 房屋征收决定 变更程序 — 公告, 评估, 补偿方案; 保障性住房 租金使用 rules — 租金收缴, 专户, 维修养护;
房屋测量 实施细则 — 面积测算, 成果审核; a 商品房预售合同 登记备案 rules page — 网签, 备案, 注销;
房产物业管理 rules — 物业服务, 维修资金) and the layout follows their words for the unit, its parts,
its posts and its risks. The rows are worded by us, the names invented (the rare surnames 牧 and
宦 with rare given names); every unit is a body of 沙坡头区 (its name holds the district's name).

Run ``python tests/published/score.py --set batch603`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a point's holder is the one whose cell, in the permission row of the point's
  业务事项, holds the point's 办理环节; one form a holder (post from the ``岗位`` row, name from the
  ``姓名`` row), no 科室 (the office names none); the two 综合柜员 are told apart by their names; the
  permission sheet is no list of points, its ``—`` cells no stage, and the ``注：`` line no point;
- ``中心领导``, ``队领导``, ``所领导`` (a group row, a 科室 cell) are the 科室 of those leaders; the
  房产服务中心's leaders (sheet ``中心领导``, no 科室 column), the 征收办's 主任 (所在科室 ``办领导``) and the
  cards' leaders are as written; a 中心's or 所's 科 is a 科室;
- every body is a unit of its own: 主任, 副主任, 队长, 副队长, 所长 are leaders; 科长 middle; the rest
  (科员, 会计, 出纳, 测绘员, 经办员, 征收员, 综合柜员, 信贷审核员, 财务会计) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no points
  and name no holder; the 物业管理办公室's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b603_"
PLACE = "沙坡头区"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
NONE = "—"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# the holders across the permission table: (post, name, tier)
HOLDERS = [
    ("综合柜员", "牧琰翀", "general"),
    ("综合柜员", "宦璐汀", "general"),
    ("信贷审核员", "牧霂岑", "general"),
    ("财务会计", "宦翥澜", "general"),
    ("副主任", "牧珩湜", "leader"),
    ("主任", "宦沅琪", "leader"),
]

# 业务事项 -> the stage each holder handles (in HOLDERS' order), NONE for none
PERMISSIONS = [
    ("住房公积金提取", ("经办", "复核", NONE, NONE, "审批", NONE)),
    ("个人住房贷款", (NONE, "经办", "复核", NONE, NONE, "审批")),
    ("缴存登记及变更", ("经办", NONE, NONE, "复核", NONE, NONE)),
    ("资金划拨及核算", (NONE, NONE, NONE, "经办", "复核", "审批")),
]

# (业务事项, 办理环节, 廉政风险点, 风险等级, 防控措施)
POINTS = [
    ("住房公积金提取", "经办", "提取材料审核不严，为虚假购房、租房材料办理提取", "高",
     "提取材料与不动产、婚姻等信息系统比对，疑点件转复核。"),
    ("住房公积金提取", "复核", "大额、频繁提取申请复核走过场", "中", "大额提取逐笔电话回访，复核意见留痕。"),
    ("住房公积金提取", "审批", "对中介代办的异常提取违规审批", "高", "异常提取提交业务会研究，中介代办一律不予受理。"),
    ("个人住房贷款", "经办", "受理贷款时暗示借款人找指定中介、担保机构", "中",
     "贷款办理指南公开，不得推荐中介机构，签订廉洁承诺。"),
    ("个人住房贷款", "复核", "借款人资格、还款能力审核把关不严", "高", "收入证明与缴存记录交叉核对，面签全程录像。"),
    ("个人住房贷款", "审批", "违规审批超额度、超年限贷款", "高", "贷款额度由系统测算，超额度审批须集体研究。"),
    ("缴存登记及变更", "经办", "为单位违规调整缴存基数、比例或办理补缴", "中", "基数调整凭单位工资表办理，补缴按规定审核。"),
    ("缴存登记及变更", "复核", "单位缓缴、降比申请复核不严", "低", "缓缴、降比申请经职工代表大会讨论通过后复核。"),
    ("资金划拨及核算", "经办", "资金划拨凭证不全即办理付款", "中", "付款凭证齐全方可录入，银行回单日清日结。"),
    ("资金划拨及核算", "复核", "增值收益核算、银行对账复核不严", "低", "每月与受托银行对账，差异逐笔查明。"),
    ("资金划拨及核算", "审批", "大额资金调拨不经集体研究", "高", "大额资金调拨经管理中心集体研究，按规定存储。"),
]  # fmt: skip


def _holder_of(business: str, stage: str) -> int:
    """The holder whose permission cell for ``business`` is ``stage`` (exactly one)."""
    row = dict(PERMISSIONS)[business]
    found = [j for j, s in enumerate(row) if s == stage]
    assert len(found) == 1, (business, stage)
    return found[0]


def shapotou_housing_fund_office_permission_grid() -> dict:
    unit = f"中卫市住房公积金管理中心{PLACE}管理部"
    sh = _Sheet("风险点排查表", [6, 16, 10, 40, 9, 38])
    t = _Truth(unit)
    _line(sh, f"{unit}业务环节廉政风险点排查表", 6)
    _line(sh, f"单位：{unit}{GAP * 16}2025年5月", 6)
    sh.add("序号", "业务事项", "办理环节", "廉政风险点", "风险等级", "防控措施")
    first = len(sh.rows)
    for i, (business, stage, point, lv, measures) in enumerate(POINTS, 1):
        sh.add(i, business, stage, point, lv, measures)
    _merge_down(sh, first, [(1, lambda row: row[1])])
    # the truth one form a holder, in the holders' order
    for j, (post, who, tier) in enumerate(HOLDERS):
        for business, stage, point, lv, _measures in POINTS:
            if _holder_of(business, stage) == j:
                t.point(sh.name, "", post, who, tier, point, [], HML[lv])
    _line(
        sh,
        "注：各业务事项各办理环节的责任岗位和责任人见《业务岗位权限设置表》；风险等级分高、中、低三级。",
        6,
    )
    sh.add("填表：", None, "审核：", None, "负责人（签字）：", None)
    n = len(HOLDERS)
    grid = _Sheet("岗位权限设置", [18] + [11] * n)
    _line(grid, f"{unit}业务岗位权限设置表", n + 1)
    top = grid.add("业务事项", "岗位", *([None] * (n - 1)))
    grid.merge(top, 1, top, n)
    grid.add(None, *[post for post, _, _ in HOLDERS])
    grid.add(None, *[who for _, who, _ in HOLDERS])
    grid.merge(top, 0, top + 2, 0)
    for business, stages in PERMISSIONS:
        grid.add(business, *stages)
    _line(
        grid,
        "说明：表中填写该岗位在该业务事项中的办理权限（经办、复核、审批），“—”为无此权限；不相容岗位不得兼任。",
        n + 1,
    )
    return _layout(
        "shapotou_housing_fund_office_permission_grid", "https://um.sanwen.net/special/texmjf.html",
        "(harder) 住房公积金管理部 业务环节廉政风险点排查表, after the source's 住房公积金 rules (缴存, 提取, 贷款, 资金管理): "
        "sheet 风险点排查表, a title, a merged ``单位：…　2025年5月`` line, then 序号/业务事项 merged down/办理环节 "
        "``经办/复核/审批``/廉政风险点/风险等级 高/中/低/防控措施, NO 岗位 or 姓名 column, a ``注：`` line pointing to the "
        "permission table and a 填表/审核 line; sheet 岗位权限设置, the 业务岗位权限设置表: 业务事项 down, ``岗位`` merged "
        "across six holder columns, a posts row over a names row, each cell the stage that holder handles for that "
        "business (``—`` none), and a 说明 line; a point's holder is the one whose cell in its business's row holds "
        "its stage",
        [sh, grid], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def shapotou_property_service_centre_two_sheets() -> dict:
    unit = f"{PLACE}房产服务中心"
    t = _Truth(unit)
    lead = _Sheet("中心领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}领导班子廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("宦昀湄", "主任", "主持全面工作", [
            ("房屋安全鉴定结论受人情干预", "一级", "鉴定结论经技术负责人复核、集体审定后出具。"),
            ("直管公房维修工程发包不按程序", "一级", "维修工程按限额进入公共资源交易平台。"),
        ]),
        ("牧泓翾", "副主任", "分管房屋安全、直管公房", [
            ("危房等级评定降低或提高标准", "一级", "评定实行两人以上现场查勘，照片存档。"),
            ("直管公房出租对象审核不严", "二级", "承租资格审核结果公示。"),
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
        ("房屋安全鉴定科", "科长", "宦琬澂", "middle", "鉴定报告审核把关不严", "一级", "报告实行三级审核，编号管理。"),
        ("房屋安全鉴定科", "科长", "宦琬澂", "middle", "向委托人指定加固施工单位", "二级", "不得推荐施工单位，签订承诺书。"),
        ("房屋安全鉴定科", "科员", "牧玹沚", "general", "现场查勘数据记录不实", "二级", "查勘记录双人签字，影像留存。"),
        ("公房管理科", "科长", "宦峋璐", "middle", "公房租金减免审批不规范", "一级", "租金减免集体研究，结果公示。"),
        ("公房管理科", "会计", "牧湉珂", "general", "公房租金收取不开票据、坐支", "二级", "租金统一缴入专户，开具票据。"),
        ("公房管理科", "会计", "牧湉珂", "general", "维修费用报销审核不严", "三级", "报销单据经办人、验收人、审批人三签。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "shapotou_property_service_centre_two_sheets", "https://um.sanwen.net/special/jbsfaf.html",
        "区房产服务中心 廉政风险防控一览表 in TWO SHEETS, after the source's 房屋等级评定标准 (完好房、基本完好房、一般损坏房、"
        "严重损坏房、危险房): sheet 中心领导 with 姓名/职务/分管工作 merged per leader, sheet 科室 with 科室 merged and "
        "岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def shapotou_property_management_office_posts() -> dict:
    unit = f"{PLACE}物业管理办公室"
    sh = _Sheet("排查表", [6, 14, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("办领导", "主任", "leader", "维修资金使用审核", "对业主表决不足的维修资金使用申请予以通过", "制度机制风险", "高",
         "使用申请核查业主表决结果，在小区内公示。"),
        ("办领导", "主任", "leader", "物业企业选聘指导", "干预业主大会选聘物业服务企业，指定企业", "思想道德风险", "高",
         "选聘由业主大会依法决定，办公室只作程序指导。"),
        ("业主委员会指导科", "科长", "middle", "业委会备案", "业主委员会备案材料审查不严，违规备案", "岗位职责风险", "中",
         "备案材料一次性告知，审查结果公示。"),
        ("业主委员会指导科", "科长", "middle", "维修工程验收", "维修工程验收走过场，与施工单位串通", "外部环境风险", "中",
         "验收邀请业主代表参加，验收资料存档。"),
        ("物业监管科", "科员", "general", "物业服务考评", "考评打分优亲厚友，考评结果不公开", "业务流程风险", "低",
         "考评细则公开，考评结果公示五个工作日。"),
        ("物业监管科", "科员", "general", "投诉处理", "对物业投诉推诿拖延，收受企业好处", "思想道德风险", "中",
         "投诉台账登记，限期办结并回访。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合股", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "shapotou_property_management_office_posts",
        "https://www.zhetiaohe.com/ss/09db685720e3a3cc41ab6bbc9dcd12e636dd96fdf9bd7c61d0073d95dbb29e70fbf90a6a9c07a20909353e17964bd758.html",
        "区物业管理办公室 岗位廉政风险点排查表 对岗不对人, after the source's 有业委会的小区 动用维修基金 流程 (业主表决, "
        "施工, 验收, 拨付): a title, 序号/科室 merged/岗位 merged per post/a short 风险点/a long 风险表现/风险类型 "
        "``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def shapotou_expropriation_office_selfchecks() -> dict:
    unit = f"{PLACE}房屋征收与补偿办公室"
    t = _Truth(unit)
    people = [
        ("牧璘岫", "办领导", "主任", "leader", [
            ("征收补偿方案制定时擅自提高或降低补偿标准", "Ⅰ级", "补偿方案经区政府常务会审定并公开征求意见。", "已落实"),
            ("选定评估机构时打招呼、定机构", "Ⅰ级", "评估机构由被征收人协商选定或抽签确定。", "未发现问题"),
        ]),
        ("宦泽翾", "征收一科", "征收员", "general", [
            ("入户调查登记面积、附属物弄虚作假", "Ⅰ级", "入户调查两人以上，结果分户公示。", "已落实"),
            ("补偿协议签订时违规承诺额外补偿", "Ⅱ级", "协议文本统一，签约结果公开。", "已落实"),
        ]),
        ("牧瑀澍", "征收二科", "征收员", "general", [
            ("安置房源分配不按顺序号", "Ⅱ级", "安置房源公开摇号，现场公证。", "未发现问题"),
            ("补偿款发放台账登记不及时", "Ⅲ级", "补偿款直接拨付至被征收人账户。", "已落实"),
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
        "shapotou_expropriation_office_selfchecks",
        "https://www.zhetiaohe.com/ss/89314ea36fe88ef8acfef3d6ee9733a7bad42a51fb292923c33a36b72006ceae0587740fde3f0a6d.html",
        "区房屋征收与补偿办公室 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's "
        "房屋征收决定 变更程序 (征收公告, 评估, 补偿方案, 听证): a title, a label row ``姓　名 | 所在科室 | 岗　位 | "
        "填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; "
        "no type column; ``本人签名： | 主任意见：``",
        sheets, t,
    )  # fmt: skip


def shapotou_housing_security_centre_group_rows() -> dict:
    unit = f"{PLACE}住房保障服务中心"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "宦霂瑶", "leader", [
                ("公租房配租方案制定不经集体研究", "一级风险", "配租方案经中心班子会研究，报区住建局审定。"),
                ("保障性住房维修养护项目指定施工单位", "一级风险", "维修项目比选确定施工单位，结果公示。"),
            ]),
        ]),
        ("二、资格审核科", "资格审核科", [
            ("科长", "牧岍琤", "middle", [
                ("申请家庭收入、住房状况审核不严", "二级风险", "与民政、不动产等部门信息比对，结果公示。"),
            ]),
            ("科员", "宦筠溱", "general", [
                ("受理申请时刁难、索要好处", "二级风险", "一次性告知办理条件，受理回执当场出具。"),
                ("动态复核不及时，不符合条件家庭未退出", "三级风险", "每年开展动态复核，清退名单公示。"),
            ]),
        ]),
        ("三、租赁管理科", "租赁管理科", [
            ("出纳", "牧渟珝", "general", [
                ("公租房租金收缴不入专户、截留挪用", "二级风险", "租金统一缴入财政专户，每月对账。"),
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
        "shapotou_housing_security_centre_group_rows",
        "http://fengdujob.net/go/保障性住房租金使用管理办法.html",
        "区住房保障服务中心 廉政风险防控责任清单, after the source's 保障性住房 租金使用管理办法 (租金收缴, 专户管理, 维修养护): "
        "a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS "
        "``一、中心领导``, ``二、资格审核科``, ``三、租赁管理科`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def shapotou_survey_team_cards() -> dict:
    unit = f"{PLACE}房产测绘队"
    t = _Truth(unit)
    cards = [
        ("队长", "宦翾湄", "队长", "主持测绘队全面工作", "leader", [
            ("测绘成果审定受开发企业请托", "★★★", "测绘成果实行两级审核，审定意见留痕。"),
            ("测绘仪器设备采购不按程序", "★★", "设备采购按政府采购目录执行。"),
            ("接受开发企业宴请", "★", "严守中央八项规定精神，定期廉洁提醒。"),
        ]),
        ("副队长", "牧沚岚", "副队长", "分管外业测量、成果质量", "leader", [
            ("外业测量数据擅自调整，多算或少算面积", "★★★", "外业数据实时上传，抽检复测。"),
            ("预测、实测面积差异处理不公开", "★★", "面积差异说明书面告知购房人。"),
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
        "shapotou_survey_team_cards", "https://um.sanwen.net/special/krrvkf.html",
        "区房产测绘队 领导干部廉政风险防控卡, one sheet a leader, after the source's 房屋测量实施细则 (面积测算, 共有面积分摊, "
        "成果审核): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then 序号/风险点/风险等级 "
        "``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def shapotou_real_estate_trading_list() -> dict:
    unit = f"{PLACE}房地产交易管理所"
    sh = _Sheet("一览表", [6, 14, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "科室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所领导", "所长", "宦昕澄", "leader", "商品房预售资金拨付审批违规", "制度机制", "高风险",
         "拨付申请对照工程进度核实，银行、住建联合监管。"),
        ("所领导", "所长", "宦昕澄", "leader", "为不符合条件的项目办理网签", "岗位职责", "高风险",
         "网签条件系统自动校验，人工开通须集体研究。"),
        ("交易备案科", "科长", "牧珞涓", "middle", "预售合同备案材料审核不严", "业务流程", "中风险",
         "备案材料清单公开，审核两级把关。"),
        ("交易备案科", "科员", "宦湛琤", "general", "违规注销、变更网签备案", "业务流程", "中风险",
         "注销备案须当事人双方到场，留存影像。"),
        ("市场监管科", "科长", "牧翮沅", "middle", "房地产经纪机构检查中接受吃请", "外部环境", "中风险",
         "检查两人以上，检查结果公示。"),
        ("市场监管科", "科员", "宦澔岍", "general", "交易信息泄露给中介机构", "思想道德", "低风险",
         "交易数据分级授权查询，查询留痕。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "所长（签字）：", None, None)
    return _layout(
        "shapotou_real_estate_trading_list", "http://fengdujob.net/go/商品房预售合同登记备案制度最新.html",
        "区房地产交易管理所 岗位廉政风险防控一览表, after the source's 商品房预售合同 登记备案 rules (网签, 备案, 注销, "
        "预售资金): ``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/科室/岗位/责任人 written on EVERY "
        "row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/所长（签字） line",
        [sh], t,
    )  # fmt: skip


def shapotou_maintenance_fund_register() -> dict:
    unit = f"{PLACE}住宅专项维修资金管理中心"
    sh = _Sheet("登记表", [6, 14, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "牧璐澂", "leader", [
            ("维修资金增值存储银行选择暗箱操作", "制度机制", "一级", "存储银行经集体研究公开比选。"),
            ("应急维修资金使用审批不按程序", "岗位职责", "二级", "应急使用事后公示，报区住建局备案。"),
        ]),
        ("归集管理科", "科长", "宦泓玥", "middle", [
            ("首期维修资金归集不足额即出具缴存证明", "业务流程", "一级", "缴存证明与银行到账记录核对后出具。"),
        ]),
        ("归集管理科", "科员", "牧琮汀", "general", [
            ("维修资金分户账记载错误不及时更正", "业务流程", "二级", "分户账每季度与银行核对。"),
            ("向开发企业泄露业主缴存信息", "思想道德", "三级", "缴存信息查询授权留痕。"),
        ]),
        ("使用管理科", "出纳", "宦翀沚", "general", [
            ("维修资金拨付凭证审核不严", "外部环境", "一级", "拨付凭业主表决结果、验收报告办理。"),
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
        "shapotou_maintenance_fund_register", "https://abg.baidu.com/tags/w673f6wo57jlloo4ydw5nrvwza16",
        "区住宅专项维修资金管理中心 廉政风险点排查登记表, after the source's 房产物业管理制度 (物业服务, 维修资金, 共用部位): "
        "a title, 序号/科室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 ``一级/二级/三级``/"
        "防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    shapotou_housing_fund_office_permission_grid(),
    shapotou_property_service_centre_two_sheets(),
    shapotou_property_management_office_posts(),
    shapotou_expropriation_office_selfchecks(),
    shapotou_housing_security_centre_group_rows(),
    shapotou_survey_team_cards(),
    shapotou_real_estate_trading_list(),
    shapotou_maintenance_fund_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch603-inbox"))

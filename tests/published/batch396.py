"""The three-hundred-and-ninety-sixth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 卫健 and 医保
bodies, 长武县 (a county of 咸阳 on the 泾河 and the 黑河, at the border with 甘肃, its staff Han) —
the 县卫生健康局, the 县人民医院, the 县中医医院, the 县妇幼保健院, the 亭口镇卫生院 and the
相公镇卫生院; the 县医疗保障局 and, under it, the 县医疗保障经办服务中心 — each handing back the
一览表, 防控卡, 排查表, 责任清单 or 自查表 its staff typed in WPS or Excel:

- the 卫生健康局's 一览表 under ``附件1`` and a ``填报单位（盖章）：…　填报时间：…`` line: ``股室`` merged,
  ``岗位`` and ``姓名`` merged per person, short types, ``一级/二级/三级``, a 填表人/审核人/date line;
- the 医疗保障局's file in two sheets: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位`` and ``姓名`` merged per person), ``Ⅰ级/Ⅱ级/Ⅲ级``, no type
  column, a 制表/审核/date line under each;
- the 妇幼保健院's 排查表 对岗不对人: ``科室`` merged and ``岗位`` merged per post, a short
  ``风险点`` beside a long ``风险表现``, ``…风险`` types, ``高风险/中风险/低风险``; no names;
- the 亭口镇卫生院's 防控卡, one sheet a holder (tabs named by the post): ``姓　名 | … | 职　务 | …``
  and ``所在科室 | …`` above ``序号 | 工作环节 | 廉政风险点 | 风险等级 | 防控措施``, ``★★★/★★/★``
  read by a ``注：`` line, no type column, ``持卡人（签字）： | … | 院长（签字）：``;
- the 医疗保障经办服务中心's 自查表, one sheet a person (tabs named by the holder): a label row
  ``姓　名 | 科　室 | 岗　位 | 填表时间`` over a row of values, then ``序号 | 风险点 | 风险类型 |
  风险等级 | 防控措施 | 自查情况``, short types, 高/中/低, ``本人签名： | … | 主任审核：``;
- the 相公镇卫生院's 责任清单 under GROUP ROWS ``一、院领导``, ``二、医务科``, ``三、财务室`` merged
  across (no 科室 column): ``岗位 | 责任人`` merged per person, ``职责事项`` before the
  ``廉政风险点``, ``…风险`` types, ``一级风险/二级风险/三级风险``;
- the 中医医院's 一览表 written out on EVERY row, nothing merged: ``科室 | 岗位 | 姓名``, short
  types, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line.

One is harder:

- ``changwu_people_hospital_checkboxes``: the 县人民医院's 岗位廉洁风险排查表 made in Microsoft 365
  Excel with its IN-CELL CHECKBOXES (``插入 → 复选框``, Excel's 2024 ``Checkbox`` cell format). Under a
  two-row heading ``风险类型`` is merged over ``思想道德 | 制度机制 | 岗位职责 | 业务流程 | 外部环境`` and
  ``风险等级`` over ``高 | 中 | 低``, and EVERY ONE of those eight cells of every row holds a checkbox: the
  cell's VALUE is the BOOLEAN ``TRUE`` (ticked) or ``FALSE`` (not ticked) — a ``t="b"`` cell — and the
  box is only its format (the cell's ``xf`` carries the ``xfpb:xfComplement`` extension pointing into
  ``xl/featurePropertyBag/featurePropertyBag.xml``'s ``Checkbox`` bag). So the type and the level of a
  point are given ONLY by which of the eight cells are ``TRUE``: one of ``高 | 中 | 低`` (单选), one or
  two of the five types (可多选, as the ``填表说明`` line says); none of the cells is empty, none holds a
  word, a ``√`` or a box character. Excel 365 shows ☑/☐; WPS, LibreOffice and Excel 2021 and older
  show the words ``TRUE``/``FALSE`` (``是``/``否`` in some Chinese builds); any reader of cell values
  gets ``True``/``False``. The README's 读得懂的表 knows ``风险等级`` over ``一级 | 二级 | 三级`` and
  ``风险类型`` over ``思想道德 | 制度机制 | …`` with a ``√`` TYPED in the applicable column (the others
  EMPTY), boxes typed as characters (``□高 ☑中``, ``■□□``, Wingdings ``R``/``£`` where the odd one out
  is the tick), type columns holding level words, and levels stored as NUMBERS shown as words by a
  number format; it says nothing of BOOLEAN cells, of every sub-column filled with ``FALSE`` but the
  ticked one, nor of checkbox controls of any kind. No earlier batch writes a boolean cell or a
  checkbox (``grep -il 'insert_checkbox\\|write_boolean\\|featurePropertyBag'
  tests/published/batch*.py`` finds none; ``checkbox`` stands in batch192's and batch199's names for
  typed ``☑``/``□`` characters).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (why a spreadsheet has no little
box of its own and how a 复选框 is boolean data — ``是否在职``, ``合格/不合格`` as 1/0; the 卫生监督方式 —
卫生行政许可, 卫生行政检查, 卫生行政处罚, 卫生行政强制; a 医保管理制度 — 医药费报销审核, 报销票据,
复审; the 母婴保健 rules — 婚前医学检查, 孕产妇保健, 医学意见, 医疗保健机构 许可; 孕产期保健 —
孕产妇系统管理, 产前检查, 产后访视, 高危妊娠; the 基本公共卫生服务 绩效评价; 医保统筹层次 and its
经办 — 基金统收统支, 委托代理, 异地就医; a 处方点评制度 and its 奖惩) and the layout follows their words
for the unit, its parts, its posts and its risks. The rows are worded by us, the names invented
(rare Han surnames with rare given names, three characters each); every unit is a body of 长武县,
named with the county's name.

Run ``python tests/published/score.py --set batch396`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a point's level is the ONE of ``高 | 中 | 低`` whose cell is ``TRUE`` (1/2/3), its
  types the columns of ``风险类型`` whose cells are ``TRUE``, in the columns' order (two on three rows);
  ``FALSE`` marks nothing; the checkbox cells are no point, no 科室, post or holder; the holder is
  the ``姓名`` cell, the point the ``廉洁风险点`` cell, ``科室`` the 科室, as in an ordinary list; the
  ``填表说明：`` line is no point;
- ``局领导`` (the 卫生健康局's 股室 cell, the 医疗保障局's sheet of its leaders, named so by its tab and
  title), ``院领导`` (the 科室 cell of the three hospitals, the cards' ``所在科室``, a group row of the
  相公镇卫生院) and ``中心领导`` (the 经办服务中心's ``科　室``) are the 科室 of those leaders; a 局's 股
  and 办公室, a hospital's or 卫生院's 科, 室, 办 and 房 are 科室; a group row ``二、医务科`` gives the
  科室 ``医务科`` (its number left off);
- every hospital, 卫生院 and the 经办服务中心 is a unit of its own (named with 长武县, the 卫生院 with its
  镇): 局长, 副局长, 院长, 副院长 and a 中心's 主任 are leaders; 股长, 办公室主任, 科长, 科主任 and 护士长
  middle; the rest (科员, 会计, 出纳, 收费员, 采购员, 助产士, 公卫专干, 医保专干, 药房管理员, 审核员,
  稽核员, 调剂员, 出生医学证明管理员) general;
- ``风险点 | 风险表现`` (the 妇幼保健院's list): the point is the short 风险点; ``分管工作``, ``职责事项``,
  ``工作环节`` and ``自查情况`` are no points and name no holder; the 妇幼保健院's list names no person:
  its forms are posts (对岗不对人);
- ``一级/二级/三级``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``高风险/中风险/低风险``, ``★★★/★★/★`` (read by the cards'
  note), 高/中/低, ``一级风险/二级风险/三级风险`` and bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the 中医医院's note) are
  1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, taller
rows for wrapped cells; the harder one with its boolean cells written as Excel 365 checkboxes by
xlsxwriter's ``insert_checkbox``) and ``truth.json``; no re-saved copies (as batch280 and batch394).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import xlsxwriter

from published.batch44 import _put
from published.batch44 import write_xlsx as _write_plain
from published.batch60 import _line
from published.batch287 import _per_person
from published.layouts import HML, TYPES, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b396_"
PLACE = "长武县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"
DATE = "2025年7月"


# --------------------------------------------------------------------------- harder layout

BOX_UNIT = f"{PLACE}人民医院"
BOX_TAB = "排查表"
BOX_HEAD = ("序号", "科室", "岗位", "姓名", "廉洁风险点", "风险类型", None, None, None, None,
            "风险等级", None, None, "防控措施")  # fmt: skip
BOX_SUB = (None, None, None, None, None, *TYPES, "高", "中", "低", None)
TYPE_COLS = tuple(range(5, 10))
LEVEL_COLS = (10, 11, 12)
BOX_NOTE = "填表说明：风险类型可多选，风险等级单选，在对应的复选框内勾选。"

# (科室, 岗位, 姓名, tier, [(廉洁风险点, 风险类型, 风险等级, 防控措施)])
BOX_ROWS = [
    ("院领导", "院长", "蒯湉翙", "leader", [
        ("大型医疗设备购置不经院党委会集体研究", ("制度机制",), "高",
         "“三重一大”事项党委会集体决策，会议纪要存档。"),
        ("基建和修缮项目插手工程发包", ("思想道德", "外部环境"), "高", "工程项目进入公共资源交易平台，纪检全程监督。"),
    ]),
    ("院领导", "副院长", "郗翀渼", "leader", [
        ("新药和耗材准入为特定厂家打招呼", ("岗位职责",), "高", "准入经药事委员会集体评审，投票结果存档。"),
        ("医德医风考评走过场", ("制度机制",), "低", "考评结果与绩效挂钩，全院公示。"),
    ]),
    ("设备科", "科长", "鞠湲峤", "middle", [
        ("设备采购参数设置倾向特定品牌", ("岗位职责", "业务流程"), "高", "参数论证三家以上，论证专家随机抽取。"),
        ("设备验收不严，以次充好", ("业务流程",), "中", "使用科室、设备科、审计科三方验收签字。"),
    ]),
    ("药剂科", "采购员", "阙泷棣", "general", [
        ("药品耗材采购中收受回扣", ("思想道德",), "高", "网上集中采购，采购与验收分离。"),
        ("临时采购不履行审批手续", ("业务流程",), "中", "临时采购须分管副院长审批，按月公示。"),
    ]),
    ("医保科", "科长", "濮昀岑", "middle", [
        ("医保违规费用审核把关不严", ("岗位职责",), "中", "违规费用逐项复核，扣款结果通报科室。"),
        ("向外泄露参保患者信息", ("外部环境",), "低", "信息系统分级授权，查询记录留痕。"),
    ]),
    ("财务科", "收费员", "笪溆旻", "general", [
        ("收费时多收、漏收或截留现金", ("思想道德", "岗位职责"), "中", "收费日清日结，票款每日核对。"),
        ("退费不按规定审批", ("业务流程",), "低", "退费凭科室证明和审批单，每月抽查。"),
    ]),
]  # fmt: skip


def box_row(n, dept, post, who, point, types, level, measures) -> list:
    """One row as typed: eight checkbox cells, TRUE where ticked, FALSE elsewhere."""
    ticks = [t in types for t in TYPES] + [lv == level for lv in ("高", "中", "低")]
    return [n, dept, post, who, point, *ticks, measures]


def changwu_people_hospital_checkboxes() -> dict:
    unit = BOX_UNIT
    sh = _Sheet(BOX_TAB, [6, 10, 9, 9, 32, 6, 6, 6, 6, 6, 5, 5, 5, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉洁风险排查表", 14)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：{DATE}", 14)
    h0 = sh.add(*BOX_HEAD)
    h1 = sh.add(*BOX_SUB)
    for c in (0, 1, 2, 3, 4, 13):
        sh.merge(h0, c, h1, c)
    sh.merge(h0, 5, h0, 9)
    sh.merge(h0, 10, h0, 12)
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in BOX_ROWS:
        for point, types, level, measures in points:
            n += 1
            sh.add(*box_row(n, dept, post, who, point, types, level, measures))
            t.point(sh.name, dept, post, who, tier, point, list(types), HML[level])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, BOX_NOTE, 14)
    sh.add("填表人：", None, None, None, "审核人：", None, None, None, None, None, None, None, None,
           DATE)  # fmt: skip
    return _layout(
        "changwu_people_hospital_checkboxes", "https://nctoro.com/a461586",
        "(harder) 县人民医院 岗位廉洁风险排查表 made in Microsoft 365 Excel with IN-CELL CHECKBOXES, after the source's "
        "account of why a spreadsheet has no little box of its own and of the 复选框 as boolean data (是否在职, 合格/不合格): "
        "a title, a merged ``填报单位（盖章）：…　填报时间：2025年7月`` line, then a TWO-ROW heading — 序号/科室/岗位/姓名/"
        "廉洁风险点/防控措施 merged down, ``风险类型`` merged over 思想道德/制度机制/岗位职责/业务流程/外部环境 and ``风险等级`` "
        "over 高/中/低; 科室 merged (院领导, 设备科, 药剂科, 医保科, 财务科), 岗位 and 姓名 merged per person; EVERY one of the "
        "eight type and level cells of a row a checkbox whose value is the BOOLEAN TRUE (ticked) or FALSE (one level TRUE, "
        "one or two types TRUE); a merged ``填表说明：风险类型可多选，风险等级单选…`` line and a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def changwu_health_bureau_list() -> dict:
    unit = f"{PLACE}卫生健康局"
    sh = _Sheet("一览表", [6, 14, 10, 9, 38, 10, 9, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：{DATE}", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "乜沅翃", "leader", [
            ("卫生健康项目资金分配不经党组会集体研究", "制度机制", "一级", "资金分配方案党组会研究，分配结果公示。"),
            ("对医疗机构负责人选任打招呼", "思想道德", "一级", "选任全程纪实，插手干预事项登记报告。"),
        ]),
        ("局领导", "副局长", "芈澧珺", "leader", [
            ("医疗机构设置审批降低条件", "岗位职责", "一级", "设置审批现场核查两人以上，审批结果网上公开。"),
            ("分管领域检查中接受医疗机构宴请", "外部环境", "三级", "签订廉洁承诺书，检查结果集体审核。"),
        ]),
        ("医政医管股", "股长", "钭峣沛", "middle", [
            ("医师执业注册材料审核不严", "业务流程", "二级", "注册材料清单化审核，办理时限网上可查。"),
            ("医疗纠纷调处偏袒一方", "岗位职责", "二级", "引入医调委第三方调解，调处意见集体研究。"),
        ]),
        ("医政医管股", "科员", "钮滢弢", "general", [
            ("不良执业行为记分不如实", "岗位职责", "三级", "记分结果股长复核，每季度通报。"),
        ]),
        ("基层卫生健康股", "股长", "邰珣濂", "middle", [
            ("基本公共卫生服务项目考核打分不公", "制度机制", "二级", "考核专家随机抽取，考核结果公示。"),
            ("村医补助核定虚报人数", "业务流程", "一级", "补助名单乡镇卫生院初审、股室复核、公示。"),
        ]),
        ("办公室", "会计", "蔺翥浠", "general", [
            ("专项资金拨付不按进度", "业务流程", "二级", "拨付凭项目进度和审批单，按月对账。"),
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
    sh.add("填表人：", None, None, "审核人：", None, DATE, None, None)
    return _layout(
        "changwu_health_bureau_list", "https://appbook.qq.com/read/1025170670/48",
        "县卫生健康局 岗位廉政风险防控一览表, after the source's 卫生监督方式 (卫生行政许可, 卫生行政检查, 卫生行政处罚, "
        "卫生行政强制): ``附件1``, a title, a merged ``填报单位（盖章）：…　填报时间：2025年7月`` line, then 序号/股室 merged "
        "(局领导, 医政医管股, 基层卫生健康股, 办公室)/岗位 and 姓名 merged per person/风险点/风险类型 (short names)/风险等级 "
        "``一级/二级/三级``/防控措施; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def changwu_medical_security_two_sheets() -> dict:
    unit = f"{PLACE}医疗保障局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 22, 38, 9, 32])
    _line(lead, f"{unit}局领导廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "风险等级", "防控措施")
    leaders = [
        ("扈浟瑢", "局长", "主持全面工作", [
            ("医保基金使用重大事项个人说了算", "Ⅰ级", "重大事项党组会集体研究，会议纪要存档。"),
            ("对定点医药机构违规问题说情、压案", "Ⅰ级", "过问插手事项登记报告，案件集体审理。"),
        ]),
        ("麻沚峥", "副局长", "分管基金监管、待遇保障", [
            ("基金监管检查中选择性执法", "Ⅰ级", "检查对象“双随机”抽取，检查结果公开。"),
            ("医疗救助对象认定不准", "Ⅱ级", "救助对象民政数据比对，结果公示。"),
        ]),
        ("厍湛璆", "副局长", "分管医药价格和招采、办公室", [
            ("药品耗材集采落地监督走过场", "Ⅱ级", "集采执行情况按月通报，约谈未达标机构。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "局领导", post, who, "leader", point, [], ROMAN[lv])
    _per_person(lead, first, None, 1, 2, 3)
    lead.add("制表：", None, "审核：", None, None, DATE, None)
    staff = _Sheet("股室", [6, 16, 10, 9, 38, 9, 32])
    _line(staff, f"{unit}股室廉政风险防控表", 7)
    staff.add("序号", "股室", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("办公室", "办公室主任", "逄瀞翮", "middle", [
            ("公务接待和办公用品采购超标准", "Ⅲ级", "接待事前审批，采购按月公示。"),
        ]),
        ("基金监管股", "股长", "权沆昭", "middle", [
            ("对欺诈骗保线索不立案、不移送", "Ⅰ级", "线索登记编号全程跟踪，移送集体研究。"),
            ("违规费用追回金额核减不实", "Ⅱ级", "核减意见两人复核，结果书面告知。"),
        ]),
        ("基金监管股", "科员", "檀濠芃", "general", [
            ("现场检查记录不如实", "Ⅲ级", "检查全程执法记录仪记录，当事人签字。"),
        ]),
        ("待遇保障股", "股长", "阚汶骐", "middle", [
            ("门诊慢特病认定放宽标准", "Ⅱ级", "认定专家随机抽取，认定结果公示。"),
            ("医疗救助资金发放优亲厚友", "Ⅰ级", "发放名单公示，资金直达个人账户。"),
        ]),
    ]  # fmt: skip
    first = len(staff.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, lv, measures in points:
            n += 1
            staff.add(n, dept, post, who, point, lv, measures)
            t.point(staff.name, dept, post, who, tier, point, [], ROMAN[lv])
    _per_person(staff, first, 1, 2, 3)
    staff.add("制表：", None, "审核：", None, None, DATE, None)
    return _layout(
        "changwu_medical_security_two_sheets", "https://300zi.com/zhidu/1864614.html",
        "县医疗保障局 file in two sheets after the source's 医保管理制度 (医药费报销审核, 报销票据, 复审, 审核合格后交财务): "
        "``局领导`` (a title, 序号/姓名, 职务 and 分管工作 merged per leader/风险点/风险等级/防控措施) and ``股室`` (a title, "
        "序号/股室 merged/岗位 and 姓名 merged per person/风险点/风险等级/防控措施); ``Ⅰ级/Ⅱ级/Ⅲ级``; no type column; a "
        "制表/审核/date line under each",
        [lead, staff], t,
    )  # fmt: skip


def changwu_mch_hospital_posts() -> dict:
    unit = f"{PLACE}妇幼保健院"
    sh = _Sheet("排查表", [6, 12, 14, 16, 36, 13, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉洁风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("院领导", "院长", "leader", [
            ("院务重大事项决策", "大额资金支出和设备购置不经院务会研究", "制度机制风险", "高风险",
             "落实“三重一大”集体决策，会议纪要存档。"),
            ("人员招聘", "编外人员招聘中优亲厚友", "思想道德风险", "高风险", "招聘条件和结果公示，全程纪实。"),
        ]),
        ("妇产科", "科主任", "middle", [
            ("婚前医学检查", "擅自减少检查项目，出具不实检查结果", "岗位职责风险", "高风险", "检查项目清单化，结果双人复核。"),
            ("孕产妇保健服务", "诱导孕产妇做非必要检查", "思想道德风险", "中风险", "检查项目经科主任审核，定期处方点评。"),
        ]),
        ("妇产科", "助产士", "general", [
            ("分娩记录填写", "分娩记录不如实填写", "业务流程风险", "中风险", "分娩记录与产房登记每日核对。"),
        ]),
        ("保健部", "出生医学证明管理员", "general", [
            ("出生医学证明签发", "无分娩记录违规签发出生医学证明", "岗位职责风险", "高风险", "证章分开保管，签发凭分娩记录双人审核。"),
            ("空白证件管理", "空白证件领用登记不全，证件流失", "业务流程风险", "中风险", "空白证件专柜存放，领用逐份登记。"),
        ]),
        ("财务科", "出纳", "general", [
            ("住院押金退付", "押金退付不凭原始票据", "外部环境风险", "低风险", "退付凭原始票据和审批单，每月抽查。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, tier, points in rows:
        for point, desc, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, point, desc, typ, lv, measures)
            t.point(sh.name, dept, post, "", tier, point, types_in(typ), BANDS[lv])
    _per_person(sh, first, 1, 2)
    sh.add("编制：", None, "审核：", None, None, None, DATE, None)
    return _layout(
        "changwu_mch_hospital_posts", "http://crsrw.com/falvzixun/110584.html",
        "县妇幼保健院 岗位廉洁风险点排查表 对岗不对人, after the source's 母婴保健 rules (婚前医学检查, 孕产妇保健, 医学意见, "
        "医疗保健机构 许可): a title, 序号/科室 merged/岗位 merged per post/a short 风险点/a long ``风险表现``/风险类型 "
        "``…风险``/风险等级 ``高风险/中风险/低风险``/防控措施; no names; an ``编制： | 审核： | 2025年7月`` line",
        [sh], t,
    )  # fmt: skip


def changwu_tingkou_health_center_cards() -> dict:
    unit = f"{PLACE}亭口镇卫生院"
    t = _Truth(unit)
    cards = [
        ("院长", "勾澐玙", "院领导", "leader", [
            ("药品采购", "基本药物以外药品采购指定供应商", "★★★", "药品网上集中采购，采购计划院务会审定。"),
            ("绩效分配", "绩效工资分配向个人倾斜", "★★", "分配方案职工大会通过并公示。"),
        ]),
        ("公卫专干", "於潆峥", "公共卫生科", "general", [
            ("健康档案建档", "虚建、重复建立居民健康档案", "★★★", "档案信息电话回访核实，每季度抽查。"),
            ("孕产妇系统管理", "产后访视未入户即填写记录", "★★", "访视记录附现场影像，科长随机复核。"),
            ("村医考核", "考核中接受村医宴请", "★", "考核两人以上，考核结果公示。"),
        ]),
        ("药房管理员", "仉洺翚", "药房", "general", [
            ("药品出入库", "药品出入库账实不符", "★★", "每月盘点，账物核对。"),
            ("近效期药品处置", "近效期药品私自处置", "★", "报损经院长审批，处置清单存档。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, dept, tier, points in cards:
        sh = _Sheet(post, [6, 12, 36, 10, 32])
        _line(sh, f"{unit}岗位廉政风险防控卡", 5)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", post, None)
        sh.add("所在科室", dept, None, None, None)
        sh.add("序号", "工作环节", "廉政风险点", "风险等级", "防控措施")
        for i, (step, point, stars, measures) in enumerate(points, 1):
            sh.add(i, step, point, stars, measures)
            t.point(sh.name, dept, post, who, tier, point, [], STARS[stars])
        _line(sh, "注：风险等级★★★为高，★★为中，★为低。", 5)
        sh.add("持卡人（签字）：", None, None, "院长（签字）：", None)
        sheets.append(sh)
    return _layout(
        "changwu_tingkou_health_center_cards", "https://m.wenke99.com/p-9365270.html",
        "镇卫生院 岗位廉政风险防控卡, one sheet a holder (tabs 院长, 公卫专干, 药房管理员), after the source's 孕产期保健 "
        "(孕产妇系统管理, 产前检查, 产后访视, 高危妊娠): a title, ``姓　名 | … | 职　务 | …`` and ``所在科室 | …`` rows, then "
        "序号/``工作环节``/廉政风险点/风险等级 ``★★★/★★/★``/防控措施; no type column; a merged ``注：`` line on the stars "
        "and ``持卡人（签字）： | 院长（签字）：``",
        sheets, t,
    )  # fmt: skip


def changwu_insurance_center_selfchecks() -> dict:
    unit = f"{PLACE}医疗保障经办服务中心"
    t = _Truth(unit)
    people = [
        ("佴沣琚", "中心领导", "主任", "leader", [
            ("医保基金结算拨付不按协议", "制度机制", "高", "结算拨付经中心办公会研究，按月公示。", "已落实"),
            ("定点医药机构协议考核打分不公", "岗位职责", "中", "考核细则公开，考核结果集体审定。", "未发现问题"),
        ]),
        ("栾漪瑄", "待遇审核科", "审核员", "general", [
            ("异地就医手工报销审核不严", "业务流程", "高", "报销材料逐项核对，复核人签字。", "已落实"),
            ("向参保人索要好处", "思想道德", "中", "窗口全程视频监控，好差评公开。", "已落实"),
            ("泄露参保人信息", "外部环境", "低", "系统查询留痕，定期检查查询日志。", "未发现问题"),
        ]),
        ("毋浤瑱", "稽核科", "稽核员", "general", [
            ("稽核发现问题不如实上报", "岗位职责", "高", "稽核底稿两人签字，问题清单科长审核。", "已落实"),
            ("接受定点机构宴请", "外部环境", "低", "签订廉洁承诺书，稽核两人以上。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 36, 10, 9, 32, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        sh.add(f"姓{GAP}名", f"科{GAP}室", f"岗{GAP}位", "填表时间", None, None)
        sh.add(who, dept, post, DATE, None, None)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", "自查情况")
        for i, (point, typ, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, typ, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        sh.add()
        sh.add("本人签名：", None, None, "主任审核：", None, None)
        sheets.append(sh)
    return _layout(
        "changwu_insurance_center_selfchecks",
        "https://www.pc3329.com/shiyongfanwen/qitafanwen/2023/0407/583177.html",
        "县医疗保障经办服务中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 医保统筹层次 "
        "and its 经办 (基金统收统支, 委托代理, 异地就医): a title, a label row ``姓　名 | 科　室 | 岗　位 | 填表时间`` over a row of "
        "values, then 序号/风险点/风险类型 (short names)/风险等级 高/中/低/防控措施/``自查情况``; a blank row and "
        "``本人签名： | 主任审核：``",
        sheets, t,
    )  # fmt: skip


def changwu_xianggong_health_center_duties() -> dict:
    unit = f"{PLACE}相公镇卫生院"
    sh = _Sheet("责任清单", [6, 10, 9, 16, 36, 13, 11, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add("序号", "岗位", "责任人", "职责事项", "廉政风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、院领导", "院领导", [
            ("院长", "殳瀚岵", "leader", [
                ("基本公共卫生服务资金管理", "公卫资金挤占挪用", "制度机制风险", "一级风险", "公卫资金专账核算，年度审计。"),
                ("医疗设备采购", "设备采购不比价，指定供应商", "思想道德风险", "一级风险", "三家以上比价，采购结果公示。"),
            ]),
            ("副院长", "暨淙翾", "leader", [
                ("家庭医生签约服务考核", "签约服务考核弄虚作假", "岗位职责风险", "二级风险", "签约居民电话回访，考核结果公示。"),
            ]),
        ]),
        ("二、医务科", "医务科", [
            ("科长", "濮昀翃", "middle", [
                ("处方点评", "处方点评走过场，不合理用药不通报", "岗位职责风险", "二级风险", "处方每月抽查点评，结果全院通报。"),
            ]),
            ("医保专干", "笪沅骞", "general", [
                ("医保费用上传", "挂床住院、虚记诊疗项目套取医保基金", "外部环境风险", "一级风险", "住院病人每日查房核对，费用清单患者签字。"),
                ("医保结算对账", "结算数据与系统不符不上报", "业务流程风险", "三级风险", "结算数据每月与医保系统对账。"),
            ]),
        ]),
        ("三、财务室", "财务室", [
            ("会计", "蔺浟峤", "general", [
                ("收支核算", "票据审核不严，虚列支出", "业务流程风险", "二级风险", "支出票据三级审核，账务每月公开。"),
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
    sh.add("制表：", None, None, "审核：", None, None, DATE, None)
    return _layout(
        "changwu_xianggong_health_center_duties",
        "https://www.jrssaishi.com/tagdetail/国家基本公共卫生服务项目绩效评价指标体系.html",
        "镇卫生院 廉政风险防控责任清单 under GROUP ROWS ``一、院领导`` … ``三、财务室`` merged across (no 科室 column), after "
        "the source's 国家基本公共卫生服务项目 绩效评价: a title, then 序号/岗位 and ``责任人`` merged per person/``职责事项``/"
        "廉政风险点/风险类型 ``…风险``/风险等级 ``一级风险/二级风险/三级风险``/防控措施; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def changwu_tcm_hospital_every_row() -> dict:
    unit = f"{PLACE}中医医院"
    sh = _Sheet("一览表", [6, 12, 12, 9, 36, 10, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉洁风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("院领导", "院长", "钮沚翎", "leader", "中药饮片供应商遴选不经集体研究", "制度机制", "Ⅰ",
         "供应商遴选院务会集体研究，结果公示。"),
        ("院领导", "院长", "钮沚翎", "leader", "院内制剂研发经费使用不规范", "岗位职责", "Ⅱ", "经费专账核算，年度审计。"),
        ("药剂科", "科主任", "邰濠翙", "middle", "处方点评结果受人情干扰", "思想道德", "Ⅰ", "点评结果双人复核，全院通报。"),
        ("药剂科", "科主任", "邰濠翙", "middle", "中药饮片验收降低标准", "业务流程", "Ⅱ", "验收对照标准逐批抽检，留样存档。"),
        ("药剂科", "调剂员", "扈洺瑄", "general", "调剂中以次充好、短斤少两", "岗位职责", "Ⅲ", "调剂复核称量，患者可复秤。"),
        ("医保办", "医保专干", "麻淯棣", "general", "接受医药代表好处，统计医生用药量", "外部环境", "Ⅰ",
         "用药数据查询权限分级管理，查询留痕。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), BARE[lv])
    _line(sh, "注：风险等级Ⅰ为高，Ⅱ为中，Ⅲ为低。", 8)
    sh.add("填表人：", None, None, "审核人：", None, DATE, None, None)
    return _layout(
        "changwu_tcm_hospital_every_row",
        "https://abg.baidu.com/tags/wstlppnv4pdmbvwgw3elzmf5wgz43vwgw3emrk6r7gy3413",
        "县中医医院 岗位廉洁风险防控一览表, after the source's 处方点评制度及奖惩制度: a title, then 序号/科室/岗位/姓名 written out "
        "on EVERY row (nothing merged)/风险点/风险类型 (short names)/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施; a ``注：`` line on the "
        "grades and a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    changwu_people_hospital_checkboxes(),
    changwu_health_bureau_list(),
    changwu_medical_security_two_sheets(),
    changwu_mch_hospital_posts(),
    changwu_tingkou_health_center_cards(),
    changwu_insurance_center_selfchecks(),
    changwu_xianggong_health_center_duties(),
    changwu_tcm_hospital_every_row(),
]

RESAVED: tuple[str, ...] = ()


# --------------------------------------------------------------------------- writing


def _write_with_checkboxes(layout: dict, path: Path) -> Path:
    """``batch44.write_xlsx`` with every boolean cell an Excel 365 in-cell checkbox."""
    options = {"strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False,
               "in_memory": True}  # fmt: skip
    wb = xlsxwriter.Workbook(str(path), options)
    wb.set_properties({"created": datetime(2025, 7, 1, 9, 0, 0), "author": "Administrator"})
    base = {"text_wrap": True, "valign": "vcenter", "font_name": "宋体", "font_size": 10,
            "border": 1}  # fmt: skip
    fmt = wb.add_format(base)
    date_fmt = wb.add_format({**base, "num_format": 'yyyy"年"m"月"d"日"'})
    box_fmt = wb.add_format({**base, "align": "center"})
    for sheet in layout["sheets"]:
        ws = wb.add_worksheet(sheet["name"])
        for c, w in enumerate(sheet.get("widths") or []):
            ws.set_column(c, c, w)
        covered = {(r, c) for r0, c0, r1, c1 in sheet["merges"] for r in range(r0, r1 + 1)
                   for c in range(c0, c1 + 1)}  # fmt: skip
        for r, row in enumerate(sheet["rows"]):
            lines = max((str(v).count("\n") + 1 for v in row if isinstance(v, str)), default=1)
            if lines > 1:
                ws.set_row(r, 14 * lines)
            for c, v in enumerate(row):
                if v is None or (r, c) in covered:
                    continue
                if isinstance(v, bool):
                    ws.insert_checkbox(r, c, v, box_fmt)
                else:
                    _put(ws, (fmt, date_fmt), r, c, v)
        for r0, c0, r1, c1 in sheet["merges"]:
            row = sheet["rows"][r0]
            v = row[c0] if c0 < len(row) else None
            ws.merge_range(r0, c0, r1, c1, "", fmt)
            if v is not None:
                _put(ws, (fmt, date_fmt), r0, c0, v)
    wb.close()
    return path


def write_xlsx(layout: dict, path: Path) -> Path:
    """Each layout as ``batch44.write_xlsx`` writes it; one with boolean cells as checkboxes."""
    boxes = any(
        isinstance(v, bool) for sheet in layout["sheets"] for row in sheet["rows"] for v in row
    )
    return (_write_with_checkboxes if boxes else _write_plain)(layout, path)


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``write_xlsx`` here."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch396-inbox"))

"""The three-hundred-and-twenty-eighth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one district's 公安 and
司法 bodies, 通川区 (the district of 达州 where the city sits, its staff Han) — its 公安分局 with the
分局's 朝阳派出所 and 西外派出所, its 看守所 and 拘留所, its 司法局 with the 司法局's 罗江司法所, and its
法律援助中心 — each handing back the 一览表, 防控卡, 排查表, 责任清单 or 自查表 its staff typed in WPS or
Excel:

- the 公安分局's file in two sheets: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``部门`` (``部门`` merged, ``岗位`` and ``姓名`` merged per person), ``一级/二级/三级``, no type
  column, a 填表人/审核人 line under each;
- the 朝阳派出所's 民警廉政风险防控卡, one sheet a holder (tabs 所长, 户籍民警, 社区民警): ``姓　名 | … |
  职　务 | …`` and ``所在部门 | … | 警　号 | …`` above ``序号 | 风险点 | 风险类型 | 风险等级 |
  防控措施``, ``…风险`` types, ``★★★/★★/★`` read by a ``注：`` line, ``持卡人签字： | 监督电话：…``;
- the 看守所's 排查表 对岗不对人: ``科室`` merged, ``岗位`` merged per post, a short ``风险点`` beside a
  long ``风险表现``, short types, ``高风险/中风险/低风险``; no names; an 编制/审核/date line;
- the 拘留所's 一览表 under ``附件1`` and a ``填报单位（盖章）：…　填报时间：…`` line: ``科室`` merged,
  ``岗位`` and ``姓名`` merged per person, short types, 高/中/低, a 填表人/审核人/所长（签字） line;
- the 司法局's 责任清单 under GROUP ROWS ``一、局领导`` … ``四、办公室`` merged across (no 股室
  column): ``岗位 | 姓名`` merged per person, ``职责事项`` before the ``廉政风险点``, ``Ⅰ级/Ⅱ级/Ⅲ级``,
  no type column, a ``注：`` line and a 制表/审核/date line;
- the 罗江司法所's 自查表, one sheet a person (tabs named by the person): a LABEL ROW ``姓　名 |
  职　务 | 填表时间`` over a row of values (a 所 of three, no 科室), then ``序号 | 风险点 | 风险等级 |
  防控措施 | 自查情况``, ``一级风险/二级风险/三级风险``, no type column, ``本人签名： | … | 所长意见：``;
- the 法律援助中心's 一览表: ``部门`` written on EVERY row (no merges), ``岗位 | 责任人``, ``…风险``
  types, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line, a 填表人/审核人/主任（签字） line.

One is harder:

- ``tongchuan_xiwai_police_masked_names``: the 西外派出所's 岗位廉政风险防控一览表 AS THE 分局 PUT IT ON
  ITS 政务公开 PAGE, an ordinary 一览表 in every other way (a title, a merged ``填报单位（盖章）：…
  填报时间：2025年9月`` line, ``序号 | 部门 | 岗位 | 责任人 | 廉政风险点 | 风险类型 | 风险等级 |
  防控措施``, ``部门`` merged, ``岗位`` and ``责任人`` merged per person, short types, 高/中/低, a
  填表人/审核人/所长（签字） line), whose HOLDERS' NAMES ARE MASKED FOR PUBLICATION (脱敏): every
  ``责任人`` cell keeps the surname and the last character of the given name and writes ``*`` for
  the one between — ``郗*珣``, ``隗*翀``, ``眭*琰`` … — the way a 公示 hides a name, for the 所长 and
  the 教导员 as for every 民警; a merged ``注：`` line under the table says so (``注：根据政务公开有关
  规定，表中民警姓名已作脱敏处理（保留姓氏和名字末字）。``). No two holders share a mask (their
  surnames all differ), so the masked name still tells the holders apart, and it is all the file
  says of who they are. The README's 读得懂的表 knows holders written as plain names in a 姓名,
  责任人 or 签字 column or beside the table, names with a post, a 职称, a 工号 or 兼 in brackets,
  rare surnames, compound surnames, Tibetan and Yi names, names struck through, ``空缺``, ``共8人``,
  ``3人`` and ``若干`` (no one in particular); it does not describe a name column whose names are
  MASKED with ``*`` (surname and last character kept) — a holder who is named, but only in part.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 工人日报 report on the 公安部's
涉案财物管理 专项整治 — 赃款 kept in a drawer by a 刑警队's 兼职内勤, seized cars driven to work, the
省际交叉检查; a 市公安局's 警务保障工作会议 — 财务执行, 预算经费, 警用装备, 公安重点项目建设, 绩效考评; a
派出所户籍规章制度 — 户籍登记, 迁入迁出, 补录, 变更, 核查, 户籍档案 保密; a 县看守所 with 59 years
``安全无事故、队伍零违纪`` — 监区夜查, 重点在押人员, 监管工作领导小组; the 拘留所条例 — 值班巡视,
监控录像, 女性被拘留人 by 女性民警, 生活必需品 检查登记, 出所治疗 by the 所长's leave; a 区司法局's
廉政风险防控 实施意见 — 查找个人岗位廉政风险, 内设机构, 司法所, 评估风险等级, 权力清单; a piece on
基层司法所 — 人民调解, 社区矫正, 法治宣传, 法律援助初审, 安置帮教, three to five staff; a 市's 法律援助
rules — 回避, 10日内作出决定, 指派律师, 结案登记, 不得向当事人收取钱物) and the layout follows their
words for the unit, its parts, its posts and its risks. The rows are worded by us, the names
invented (rare Han surnames with rare given names, three characters each; in the harder file masked
as the 政务公开 page masks them); every unit is a body of 通川区.

Run ``python tests/published/score.py --set batch328`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the holder is the MASKED NAME AS WRITTEN (``郗*珣``): it is the only name the
  file gives, each mask is one person (no two alike), and the 注 line says the names were masked,
  not left out — so the list is not 对岗不对人; its forms are (部门, 岗位, masked name);
- ``局领导`` (the 分局's sheet, whose title names it), ``所领导`` (a 部门/科室 cell, a card's 所在部门),
  ``中心领导`` (a 部门 cell) and ``局领导`` (a group row) are the 科室 of those leaders; a group row
  ``二、社区矫正股`` gives the 科室 ``社区矫正股`` (its number left off); a 分局's 室 and 大队, a 派出所's
  队 and 室, a 看守所's and a 拘留所's 中队, 室 and 医务室, a 中心's 股 are 科室; the 罗江司法所, three
  people, has no 科室 (its 自查表 names none): those forms' 科室 is blank;
- every 分局, 派出所, 看守所, 拘留所, 局, 所 and 中心 here is a unit of its own: 局长, 政委, 副局长,
  所长, 教导员, 副所长 and a 中心's 主任 are leaders; 大队长, 室主任, 队长, 中队长 and 股长 middle; the
  rest (民警, 户籍民警, 社区民警, 办案民警, 内勤民警, 管教民警, 巡控民警, 所医, 会计, 出纳, 科员,
  社区矫正专干, 人民调解员, 受理审查员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``职责事项``, ``警号`` and
  ``自查情况`` are no points and name no holder; the 看守所's list names no person: its forms are
  posts (对岗不对人);
- ``一级/二级/三级``, ``★★★/★★/★`` (read by the card's note), ``高风险/中风险/低风险``, 高/中/低,
  ``Ⅰ级/Ⅱ级/Ⅲ级``, ``一级风险/二级风险/三级风险`` and bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the 法律援助中心's note)
  are 1/2/3.

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

PREFIX = "b328_"
PLACE = "通川区"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"


# --------------------------------------------------------------------------- harder layout

MASK = "*"
MASK_NOTE = "注：根据政务公开有关规定，表中民警姓名已作脱敏处理（保留姓氏和名字末字）。"
LIST_HEAD = ("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
# (部门, 岗位, masked 责任人, tier, [(风险点, 类型, 等级, 防控措施)])
XIWAI = [
    ("所领导", "所长", "郗*珣", "leader", [
        ("对“人情案”“关系案”打招呼、干预办案", "思想道德", "高", "干预过问案件一律登记报告，所务会通报。"),
        ("涉案财物处置不经集体研究，个人说了算", "制度机制", "高", "涉案财物处置所务会研究，分局法制大队审核。"),
    ]),
    ("所领导", "教导员", "隗*翀", "leader", [
        ("民辅警考核评优中优亲厚友", "岗位职责", "中", "考核细则和结果全所公示。"),
    ]),
    ("所领导", "副所长", "眭*琰", "leader", [
        ("治安案件审批把关不严，降格处理", "岗位职责", "高", "治安案件网上审批，法制员逐案审核。"),
        ("消防监督检查走过场，对隐患选择性处罚", "外部环境", "中", "检查全程执法记录仪记录，问题限期复查。"),
    ]),
    ("社区警务队", "队长", "鞠*澂", "middle", [
        ("特种行业、娱乐场所检查中吃拿卡要", "外部环境", "高", "检查两人以上，检查记录当事人签字。"),
    ]),
    ("社区警务队", "社区民警", "郦*岫", "general", [
        ("出租屋和流动人口信息采集不实", "岗位职责", "低", "采集信息系统比对，队长抽查。"),
        ("接受辖区单位宴请、礼品", "思想道德", "中", "签订廉洁承诺书，节前廉洁提醒。"),
    ]),
    ("案件办理队", "队长", "蓟*昉", "middle", [
        ("涉案车辆、物品扣押后私用、借用", "制度机制", "高", "涉案财物进保管室，出入库登记并拍照。"),
    ]),
    ("案件办理队", "办案民警", "弓*湄", "general", [
        ("收缴赃款不入账，截留坐支", "业务流程", "高", "赃款当日交警务保障室，开具收据。"),
        ("调解治安纠纷时偏袒一方，收受好处", "思想道德", "中", "调解协议双方签字，全程录音录像。"),
    ]),
    ("户籍室", "户籍民警", "莘*妤", "general", [
        ("违规办理户口迁入、补录", "业务流程", "高", "迁入补录所长审批，分局治安大队抽查。"),
        ("违规查询、泄露公民户籍信息", "岗位职责", "中", "查询留痕，每月审计查询日志。"),
    ]),
]  # fmt: skip


def tongchuan_xiwai_police_masked_names() -> dict:
    unit = f"{PLACE}公安分局西外派出所"
    sh = _Sheet("一览表", [6, 12, 10, 9, 40, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年9月", 8)
    sh.add(*LIST_HEAD)
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in XIWAI:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, MASK_NOTE, 8)
    sh.add("填表人：", None, None, "审核人：", None, "所长（签字）：", None, None)
    return _layout(
        "tongchuan_xiwai_police_masked_names",
        "https://www.workercn.cn/papers/grrb/2012/01/14/5/news-2.html",
        "(harder) 区公安分局派出所 岗位廉政风险防控一览表 AS PUT ON THE 政务公开 PAGE, after the source's 涉案财物管理 "
        "专项整治 (赃款 kept by a 兼职内勤, seized cars driven, 省际交叉检查): a title, a merged ``填报单位（盖章）：…　"
        "填报时间：2025年9月`` line, 序号/部门 merged/岗位 and 责任人 merged per person/廉政风险点/风险类型 (short "
        "names)/风险等级 高/中/低/防控措施 — every 责任人 MASKED (surname and last character kept, ``*`` between: "
        "``郗*珣``, ``隗*翀`` …), the 所长 and 教导员 as every 民警; a merged ``注：`` line saying the names were masked "
        "for 政务公开, and a 填表人/审核人/所长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def tongchuan_police_bureau_two_sheets() -> dict:
    unit = f"{PLACE}公安分局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 24, 36, 9, 32])
    lead.add("附件2")
    _line(lead, f"{unit}局领导廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("笪昶翊", "局长", "主持全面工作，分管警务保障室", [
            ("公安重点项目建设插手干预招标", "一级", "项目进入公共资源交易平台，局党委集体研究。"),
            ("大额经费支出个人审批", "一级", "大额经费支出局党委会研究，会签制度。"),
        ]),
        ("缑璆然", "政委", "分管政工室、督察", [
            ("民警职级晋升、评先评优中打招呼", "二级", "晋升评优条件和结果公示。"),
            ("对民警违纪问题压案不查", "一级", "问题线索集体排查，登记备案。"),
        ]),
        ("厍骁澜", "副局长", "分管治安管理大队、法制大队", [
            ("重大治安案件审核中降格处理", "二级", "重大案件集体议案，法制大队审核。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, lead.name, post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    lead.add("填表人：", None, None, "审核人：", None, "2025年9月", None)
    dept = _Sheet("部门", [6, 14, 9, 9, 36, 9, 32])
    _line(dept, f"{unit}部门岗位廉政风险防控表", 7)
    dept.add("序号", "部门", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("警务保障室", "主任", "逯晗霁", "middle", [
            ("警用装备采购指定品牌、供应商", "一级", "装备采购按限额标准比选或招标，结果公示。"),
            ("预算经费执行不按用途，挤占挪用", "二级", "经费支出按预算科目审核，季度通报执行情况。"),
        ]),
        ("警务保障室", "民警", "钭芃汐", "general", [
            ("警用车辆加油、维修费用虚报", "三级", "车辆一车一卡，维修定点并逐项核对。"),
        ]),
        ("治安管理大队", "大队长", "蒯峥屹", "middle", [
            ("特种行业许可审查把关不严", "二级", "许可条件公开，现场核查两人以上。"),
            ("危爆物品管理检查中接受企业宴请", "二级", "检查记录当事人签字，节前廉洁提醒。"),
        ]),
        ("治安管理大队", "民警", "闾湛泓", "general", [
            ("治安案件调查取证不全，选择性执法", "三级", "执法全过程记录，案卷法制审核。"),
        ]),
        ("法制大队", "大队长", "芮沅澈", "middle", [
            ("案件审核走过场，对违法事实不清的案件签批", "一级", "审核意见书面签署，错案责任倒查。"),
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
    dept.add("填表人：", None, None, "审核人：", None, "局长（签字）：", None)
    return _layout(
        "tongchuan_police_bureau_two_sheets", "http://fzzx.org.cn/show-398284.html",
        "区公安分局 廉政风险防控表 in two sheets, after the source's 市公安局 警务保障工作会议 (财务执行, 预算经费, 警用装备, "
        "公安重点项目建设, 绩效考评): ``局领导`` (``附件2``, a title, 序号/姓名, 职务 and 分管工作 merged per leader/廉政风险点/"
        "风险等级 ``一级/二级/三级``/防控措施; a 填表人/审核人/date line) and ``部门`` (a title, 序号/部门 merged (警务保障室, "
        "治安管理大队, 法制大队)/岗位 and 姓名 merged per person/…; a 填表人/审核人/局长（签字） line); no type column",
        [lead, dept], t,
    )  # fmt: skip


def tongchuan_chaoyang_police_cards() -> dict:
    unit = f"{PLACE}公安分局朝阳派出所"
    t = _Truth(unit)
    cards = [
        ("所长", "戢珩骁", "所领导", "051207", "leader", [
            ("户口迁入、补录审批不严，违规签批", "岗位职责风险", "★★★", "审批材料逐项审核，每季度分局抽查。"),
            ("为辖区企业、场所说情打招呼", "思想道德风险", "★★", "说情打招呼事项登记报告。"),
            ("所内经费报销把关不严", "制度机制风险", "★", "报销票据经办、审核、审批三签。"),
        ]),
        ("户籍民警", "郜滢岑", "户籍室", "051233", "general", [
            ("户籍登记、变更中收受好处，违规办理", "思想道德风险", "★★★", "办理事项一次性告知，系统全程留痕。"),
            ("户籍档案保管不善、泄露信息", "岗位职责风险", "★★", "档案专柜保管，借阅登记。"),
            ("迁出手续不按规定移交档案", "业务流程风险", "★", "迁出档案双人交接签字。"),
        ]),
        ("社区民警", "佴晟岷", "社区警务队", "051258", "general", [
            ("入户核查走过场，出具虚假证明", "业务流程风险", "★★★", "核查记录拍照存档，队长复核。"),
            ("接受辖区群众、商户礼品礼金", "外部环境风险", "★★", "拒收登记，节前廉洁提醒。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, dept, number, tier, points in cards:
        sh = _Sheet(tab, [6, 36, 14, 9, 34])
        _line(sh, f"{unit}民警廉政风险防控卡", 5)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", tab, None)
        sh.add("所在部门", dept, f"警{GAP}号", number, None)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施")
        for i, (point, typ, stars, measures) in enumerate(points, 1):
            sh.add(i, point, typ, stars, measures)
            t.point(sh.name, dept, tab, who, tier, point, types_in(typ), STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 5)
        sh.add("持卡人签字：", None, "监督电话：0818-12389", None, None)
        sheets.append(sh)
    return _layout(
        "tongchuan_chaoyang_police_cards", "https://360docs.net/doc/0e10114242.html",
        "区公安分局派出所 民警廉政风险防控卡, one sheet a holder (tabs 所长, 户籍民警, 社区民警), after the source's 派出所户籍"
        "规章制度 (户籍登记, 迁入迁出, 补录, 变更, 核查, 户籍档案 保密): a title, the pairs ``姓　名 | … | 职　务 | …`` and "
        "``所在部门 | … | 警　号 | 0512…``, then 序号/风险点/风险类型 ``…风险``/风险等级 ``★★★/★★/★``/防控措施; a merged "
        "``注：`` line on the stars and ``持卡人签字： | 监督电话：…``",
        sheets, t,
    )  # fmt: skip


def tongchuan_detention_center_posts() -> dict:
    unit = f"{PLACE}看守所"
    sh = _Sheet("排查表", [6, 12, 12, 20, 38, 10, 10, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所领导", "所长", "leader", [
            ("监室调整审批", "为在押人员违规调整监室、安排轻松劳动", "岗位职责", "高风险", "监室调整所务会研究，记录存档。"),
            ("会见审批", "违规批准在押人员与家属会见、通讯", "制度机制", "高风险", "会见凭办案机关许可，系统登记。"),
        ]),
        ("管教中队", "管教民警", "general", [
            ("物品传递", "为在押人员私传信件、物品，通风报信", "思想道德", "高风险", "物品检查登记，监控全程覆盖。"),
            ("考核奖惩", "在押人员考核中收受家属好处，弄虚作假", "岗位职责", "中风险", "考核结果监室公示，中队长复核。"),
        ]),
        ("管教中队", "巡控民警", "general", [
            ("夜间巡视", "巡视不到位，对违规行为包庇纵容", "业务流程", "中风险", "巡视打卡，监控抽查。"),
        ]),
        ("医务室", "所医", "general", [
            ("出所就医", "违规出具病情证明，为在押人员出所就医创造条件", "思想道德", "高风险", "病情证明会诊确认，所长审批。"),
            ("药品管理", "药品出入库账实不符", "制度机制", "低风险", "药品每月盘点，账物核对。"),
        ]),
        ("综合室", "会计", "general", [
            ("在押人员账户", "挪用、截留在押人员个人账户资金", "业务流程", "中风险", "账户资金专人管理，月度对账。"),
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
    sh.add("编制：综合室", None, None, "审核：", None, None, "2025年9月", None)
    return _layout(
        "tongchuan_detention_center_posts", "https://yybnet.net/heze/caoxian/201907/9399055.html",
        "区看守所 岗位廉政风险点排查表 对岗不对人, after the source's 县看守所 with 59 years 安全无事故、队伍零违纪 (监区夜查, "
        "重点在押人员, 监管工作领导小组): a title, then 序号/科室 merged (所领导, 管教中队, 医务室, 综合室)/岗位 merged per post/"
        "a short 风险点/a long ``风险表现``/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; no names; an "
        "``编制：综合室 | 审核： | 2025年9月`` line",
        [sh], t,
    )  # fmt: skip


def tongchuan_detention_house_list() -> dict:
    unit = f"{PLACE}拘留所"
    sh = _Sheet("一览表", [6, 12, 10, 9, 40, 10, 8, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年9月", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所领导", "所长", "宓砚澄", "leader", [
            ("违规批准被拘留人出所就医", "岗位职责", "高", "出所就医凭医生意见，所务会备案。"),
            ("收拘审查不严，违规收拘或拒收", "制度机制", "中", "收拘凭拘留决定文书，系统核验。"),
        ]),
        ("所领导", "副所长", "綦霁川", "leader", [
            ("违规安排被拘留人会见、通讯", "外部环境", "高", "会见事先登记，全程录像。"),
        ]),
        ("管理中队", "中队长", "滑澜昇", "middle", [
            ("值班巡视脱岗，对违规行为不制止", "岗位职责", "中", "巡视记录每班交接，监控抽查。"),
            ("为被拘留人违规转交非生活必需品", "思想道德", "高", "物品检查登记后转交，双人签字。"),
        ]),
        ("管理中队", "民警", "羿昀澈", "general", [
            ("接受被拘留人家属宴请、礼品", "外部环境", "中", "签订廉洁承诺书，拒收登记。"),
        ]),
        ("综合室", "会计", "蔺筠泠", "general", [
            ("伙食费收支不入账", "业务流程", "中", "伙食费专账核算，每月公示。"),
            ("被拘留人代管财物登记不实", "制度机制", "低", "代管财物当面清点，出所当面返还。"),
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
    sh.add("填表人：", None, None, "审核人：", None, "所长（签字）：", None, None)
    return _layout(
        "tongchuan_detention_house_list", "http://www.jianbiaoku.com/webarbs/book/163897/4710070.shtml",
        "区拘留所 岗位廉政风险防控一览表, after the source's 拘留所条例 (值班巡视, 监控录像, 女性被拘留人, 生活必需品 检查登记后"
        "转交, 出所治疗 by the 所长's leave): ``附件1``, a title, a merged ``填报单位（盖章）：…　填报时间：2025年9月`` line, "
        "then 序号/科室 merged (所领导, 管理中队, 综合室)/岗位 and 姓名 merged per person/廉政风险点/风险类型 (short names)/"
        "风险等级 高/中/低/防控措施; a 填表人/审核人/所长（签字） line",
        [sh], t,
    )  # fmt: skip


def tongchuan_justice_bureau_groups() -> dict:
    unit = f"{PLACE}司法局"
    sh = _Sheet("责任清单", [6, 10, 9, 18, 36, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 7)
    sh.add("序号", "岗位", "姓名", "职责事项", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、局领导", "局领导", [
            ("局长", "訾璟曜", "leader", [
                ("重大事项决策", "“三重一大”事项不经党组会集体研究", "Ⅰ级", "重大事项党组会研究，纪要存档。"),
                ("干部选任", "司法所长选任中搞个人意志", "Ⅰ级", "选任全程纪实，结果公示。"),
            ]),
            ("副局长", "巩翊潼", "leader", [
                ("行政复议", "行政复议案件审理中偏袒一方", "Ⅱ级", "复议案件集体审议，文书公开。"),
            ]),
        ]),
        ("二、社区矫正股", "社区矫正股", [
            ("股长", "胥溍阳", "middle", [
                ("请假审批", "违规批准社区矫正对象外出、请假", "Ⅰ级", "外出请假分级审批，系统定位核查。"),
                ("考核奖惩", "矫正对象考核、奖惩弄虚作假", "Ⅱ级", "考核结果集体评议并公示。"),
            ]),
            ("科员", "阙沁枫", "general", [
                ("调查评估", "调查评估意见不实，收受好处", "Ⅱ级", "调查评估两人以上，意见集体审核。"),
            ]),
        ]),
        ("三、公共法律服务管理股", "公共法律服务管理股", [
            ("股长", "濮岱霖", "middle", [
                ("律所年检", "律师事务所年度检查考核走过场", "Ⅱ级", "年检材料逐项审核，结果公告。"),
            ]),
        ]),
        ("四、办公室", "办公室", [
            ("会计", "庾湘芷", "general", [
                ("经费报销", "报销票据审核不严，虚列支出", "Ⅲ级", "报销按标准逐项审核，三签制度。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, dept, people in groups:
        _line(sh, shown, 7)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for duty, point, lv, measures in points:
                n += 1
                sh.add(n, post, who, duty, point, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        _per_person(sh, first, None, 1, 2)
    _line(sh, "注：风险等级分Ⅰ级、Ⅱ级、Ⅲ级，Ⅰ级为最高。", 7)
    sh.add("制表：", None, None, "审核：", None, "2025年9月", None)
    return _layout(
        "tongchuan_justice_bureau_groups", "http://www.lucheng.gov.cn/art/2015/7/28/art_1229443018_1983870.html",
        "区司法局 廉政风险防控责任清单, after the source's 区司法局 廉政风险防控 实施意见 (查找个人岗位廉政风险, 内设机构, 司法所, "
        "评估风险等级, 权力清单): a title, 序号/岗位/姓名/``职责事项``/廉政风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施 under "
        "GROUP ROWS ``一、局领导``, ``二、社区矫正股``, ``三、公共法律服务管理股``, ``四、办公室`` merged across (no 股室 "
        "column); 岗位 and 姓名 merged per person; no type column; a ``注：`` line and a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def tongchuan_luojiang_justice_office_selfchecks() -> dict:
    unit = f"{PLACE}司法局罗江司法所"
    t = _Truth(unit)
    people = [
        ("璩骐远", "所长", "leader", [
            ("人民调解协议审查把关不严", "二级风险", "调解协议所长审查，重大纠纷集体研究。", "已落实"),
            ("社区矫正对象接收、解矫程序不规范", "一级风险", "接收解矫按清单办理，资料归档。", "已落实"),
        ]),
        ("燕澍棠", "社区矫正专干", "general", [
            ("矫正对象日常监管走过场，虚填监管记录", "一级风险", "定位核查和走访记录每月比对。", "正在整改"),
            ("接受矫正对象家属财物", "二级风险", "签订廉洁承诺，拒收登记。", "未发现问题"),
        ]),
        ("衡沚萦", "人民调解员", "general", [
            ("调解纠纷时偏袒一方", "二级风险", "调解过程双方签字确认。", "已落实"),
            ("法律援助初审材料把关不严", "三级风险", "初审材料清单化，报中心复核。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 12, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add(f"姓{GAP}名", f"职{GAP}务", "填表时间", None, None)
        sh.add(who, post, "2025年9月", None, None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, "", post, who, tier, point, [], RISKS[lv])
        sh.add()
        sh.add("本人签名：", None, "所长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "tongchuan_luojiang_justice_office_selfchecks",
        "https://www.21xqjy.com/archive/ji-ceng-si-fa-suo-jiao-liu-jing-yan-fen-xiang-yu-shi-jian-tan-suo-ru-he-jie-jue-ji-ceng-fa-lv-fu-wu.html",
        "区司法局司法所 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 基层司法所 (人民调解, "
        "社区矫正, 法治宣传, 法律援助初审, 安置帮教, three to five staff): a title, a label row ``姓　名 | 职　务 | 填表时间`` "
        "over a row of values (no 科室), then 序号/风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施/``自查情况``; no "
        "type column; a blank row and ``本人签名： | 所长意见：``",
        sheets, t,
    )  # fmt: skip


def tongchuan_legal_aid_center_list() -> dict:
    unit = f"{PLACE}法律援助中心"
    sh = _Sheet("一览表", [6, 12, 12, 10, 40, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "宦铖霆", "leader", "法律援助案件指派中指定关系律师", "岗位职责风险", "Ⅰ",
         "案件指派按律师名册轮流，指派记录公开。"),
        ("中心领导", "主任", "宦铖霆", "leader", "办案补贴发放不按结案材料审核", "制度机制风险", "Ⅱ",
         "补贴凭结案登记表和文书发放，财务复核。"),
        ("受理审查股", "股长", "暨珞涵", "middle", "对不符合条件的申请违规给予援助", "业务流程风险", "Ⅰ",
         "经济困难审查材料逐项核实，集体审核。"),
        ("受理审查股", "受理审查员", "殳霖芮", "general", "与申请事项有利害关系不回避", "思想道德风险", "Ⅱ",
         "受理审查人员签署回避承诺。"),
        ("受理审查股", "受理审查员", "殳霖芮", "general", "超过10日不作出是否援助的决定", "业务流程风险", "Ⅲ",
         "受理决定限时办结，系统预警。"),
        ("综合股", "出纳", "禄蕴澍", "general", "援助律师向受援人收取钱物不报告", "外部环境风险", "Ⅱ",
         "受援人回访，投诉电话公开。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), BARE[lv])
    _line(sh, "注：风险等级Ⅰ为高风险，Ⅱ为中风险，Ⅲ为低风险。", 8)
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "tongchuan_legal_aid_center_list", "http://www.fymate.net/html/text/lar/167881/16788167_2.html",
        "区法律援助中心 岗位廉政风险防控一览表, after the source's 市 法律援助 rules (回避, 10日内作出决定, 指派律师, 结案登记, "
        "不得向当事人收取钱物): a title, then 序号/部门/岗位/``责任人`` written on EVERY row (no merges)/廉政风险点/风险类型 "
        "``…风险``/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施; a merged ``注：`` line on the grades and a 填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    tongchuan_xiwai_police_masked_names(),
    tongchuan_police_bureau_two_sheets(),
    tongchuan_chaoyang_police_cards(),
    tongchuan_detention_center_posts(),
    tongchuan_detention_house_list(),
    tongchuan_justice_bureau_groups(),
    tongchuan_luojiang_justice_office_selfchecks(),
    tongchuan_legal_aid_center_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch328-inbox"))

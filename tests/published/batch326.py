"""The three-hundred-and-twenty-sixth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one district's 发改, 经信
and 商务 bodies, 雨城区 (the district of 雅安 where the city sits, its staff Han) — its
发展和改革局 with the 发改局's 价格认证中心 and 粮食储备库, its 经济和信息化局 with the 经信局's
中小企业服务中心, its 商务局 with the 商务局's 电子商务公共服务中心, and its 招商服务中心 — each handing
back the 一览表, 防控卡, 排查表, 责任清单, 自查表 or 谈话记录 its staff typed in WPS or Excel:

- the 经济和信息化局's 一览表 under ``附件1`` and a ``填报单位（盖章）：…　填报时间：…`` line: ``股室``
  merged, ``岗位`` and ``姓名`` merged per person, short types, 高/中/低, a ``填表人： | 审核人： |
  局长（签字）：`` line;
- the 商务局's file in two sheets: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位`` and ``姓名`` merged per person), ``一级/二级/三级``, no type
  column;
- the 粮食储备库's 岗位廉政风险防控卡, one sheet a holder (tabs 主任, 保管员, 检斤员): ``姓　名 | … |
  岗　位 | …`` and ``所在科室 | … | 持卡时间 | …`` above ``序号 | 风险点 | 风险类型 | 风险等级 |
  防控措施``, ``…风险`` types, ``★★★/★★/★`` read by a ``注：`` line, ``持卡人签字： | … | 监督电话：…``;
- the 招商服务中心's 责任清单 under GROUP ROWS ``一、中心领导`` … ``三、综合股`` merged across (no
  股室 column): ``岗位 | 姓名`` merged per person, ``职责事项`` before the ``廉政风险点``,
  ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column, a ``注：`` line and a 制表/审核/date line;
- the 价格认证中心's 排查表 对岗不对人: ``股室`` merged, ``岗位`` merged per post, a short ``风险点``
  beside a long ``风险表现``, short types, ``高风险/中风险/低风险``; no names; an 编制/审核/date line;
- the 中小企业服务中心's 自查表, one sheet a person (tabs named by the person): a LABEL ROW
  ``姓　名 | 股　室 | 岗　位 | 填表时间`` over a row of values, then ``序号 | 风险点 | 风险等级 |
  防控措施 | 自查情况``, ``一级风险/二级风险/三级风险``, no type column, ``本人签名： | … | 主任意见：``;
- the 电子商务公共服务中心's 一览表: ``部门`` written on EVERY row (no merges), ``岗位 | 责任人``,
  ``…风险`` types, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line, a 填表人/审核人/主任（签字） line.

One is harder:

- ``yucheng_development_reform_talk_records``: the 发展和改革局's 岗位廉政风险提醒谈话记录表, ONE SHEET A
  TALK (tabs ``谈话1`` … ``谈话4``), a PERSONAL FORM that names THREE PEOPLE in its header fields and
  whose holder is none of them by the word ``姓名``. Under the title, a row ``谈话时间 | … | 谈话地点 |
  … | 谈话方式 | 个别谈话``; then ``谈话人 | <name> | 职　务 | <his post> | 记录人 | <name>`` — the
  LEADER WHO TALKS (党组书记、局长, a 副局长, a 股长) with his own 职务, and the clerk who writes it
  down; then ``谈话对象 | <name> | 所在股室 | … | 职　务 | …`` — the person talked to, the HOLDER of
  the form; a merged ``谈话事由：…`` line; then the table ``序号 | 提醒的廉政风险点 | 风险等级 |
  防控要求 | 谈话对象表态 | 备注`` (高/中/低, no type column: the points are the 谈话对象's post's, and
  the ``谈话对象表态`` a short answer, no point); below, ``谈话人（签字）： | … | 谈话对象（签字）： |
  … | 记录人（签字）：`` and the date. The talks go DOWN THE LADDER, so one person is 谈话对象 on one
  sheet and 谈话人 on the next (副局长 阚沂澄 is talked to by the 局长 on ``谈话1`` and talks to the
  投资股股长 on ``谈话2``, who talks to his 科员 on ``谈话4``); the 局长, the other 副局长 and the
  记录人 hold no form at all. The README's 读得懂的表 knows ``姓名 | … | 职务 | …`` pairs and a label row
  over a row of values above the table, 持卡人, 填表人, 自查人, 承诺人, 任职者, 责任书的 ``乙方`` (not the
  ``甲方`` 负责人), 告知书的 ``告知对象``, 监督人 and 分管领导 beside or below a card, and a 廉政档案's
  family table; it does not describe a record whose header names the 谈话人 WITH HIS OWN 职务 ahead
  of the 谈话对象, so that the first name and the first 职务 above the table are the supervisor's,
  and the holder (and his 股室 and 职务) must be taken from the ``谈话对象`` row.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 省's 提醒函, 函询通知书 and 诫勉书
式样, the 诫勉谈话记录 naming the 谈话对象, 谈话人 and 记录人 with their units and 职务; a 市工信局's
项目资金管理突出问题系统治理 — 工业发展资金, 中小企业发展资金, 项目申报, 资金拨付, 过程监管, 竣工验收,
虚报瞒报项目套取财政资金; a 区商务局 责任清单 — 酒类经营, 生猪屠宰, 成品油经营, 单用途商业预付卡,
再生资源回收, 招商引资 奖励兑现; 粮站 graft — 虚开结算凭证, 虚增重量, 多扣水分杂质, 以陈顶新 at
轮换, the 检斤员; a 市's 招商 ``五规范`` — 招商接待, 外出招商, 优惠政策, 项目帮招, 招商统计; the
价格认定文书格式规范 — 价格认定协助书, 实物查验, 测算, 结论书, 套红文头 and 公章; a 区's 小微企业
创业券 — 签约服务机构, 兑现, 服务合同 跟踪检查, 服务档案; the 电子商务进农村综合示范 — 县级电商公共
服务中心, 村级服务站点, 物流配送, 培训 不少于3000人次, 品牌 and 品质控制) and the layout follows
their words for the unit, its parts, its posts and its risks. The rows are worded by us, the names
invented (rare Han surnames with rare given names, three characters each); every unit is a body of
雨城区.

Run ``python tests/published/score.py --set batch326`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each sheet is ONE form, the 谈话对象's: his name from the ``谈话对象`` row, his
  科室 from its ``所在股室``, his post from its ``职　务``; the ``谈话人`` (with his 职务) and the
  ``记录人`` hold no form on that sheet, and the 局长 郗峤霖, the 副局长 亓湉岑 and the 记录人 璩沅芷,
  never talked to, hold none at all; a person who is 谈话对象 on one sheet and 谈话人 on another holds
  one form, from the sheet where he is talked to; ``提醒的廉政风险点`` is the point, ``防控要求`` the
  measure, ``谈话对象表态`` and ``备注`` no point and no holder, the ``谈话事由`` line and the signature
  lines no point; a 副局长 talked to writes ``局领导`` as his 所在股室, which is his 科室;
- ``局领导`` (the 商务局's sheet, whose title names it, and the 经信局's 股室 cell), ``库领导`` (a card's
  所在科室) and ``中心领导`` (a group row, a 股室 cell, a 部门 cell) are the 科室 of those leaders; a
  group row ``二、项目服务股`` gives the 科室 ``项目服务股`` (its number left off); a 库's 科 and a
  中心's 股 are 科室;
- every 局, 库 and 中心 here is a unit of its own: 局长, 副局长, a 库's or 中心's 主任 and 副主任 are
  leaders; 股长 and 科长 middle; the rest (科员, 会计, 出纳, 保管员, 检斤员, 价格认定员, 复核员,
  站点管理员, 培训专员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``职责事项``, ``分管工作`` and ``自查情况`` are no
  points and name no holder; the 价格认证中心's list names no person: its forms are posts
  (对岗不对人);
- ``高/中/低``, ``一级/二级/三级``, ``★★★/★★/★`` (read by the card's note), ``Ⅰ级/Ⅱ级/Ⅲ级``,
  ``高风险/中风险/低风险``, ``一级风险/二级风险/三级风险`` and bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the 电商中心's
  note) are 1/2/3.

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

PREFIX = "b326_"
PLACE = "雨城区"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"


# --------------------------------------------------------------------------- harder layout

TALK_HEAD = ("序号", "提醒的廉政风险点", "风险等级", "防控要求", "谈话对象表态", "备注")
TALKER, CLERK = "谈话人", "记录人"
RECORDER = "璩沅芷"
# (tab, date, (谈话人, 职务), (谈话对象, 所在股室, 职务, tier), [(风险点, 等级, 防控要求, 表态)])
TALKS = [
    ("谈话1", "2025年7月8日", ("郗峤霖", "党组书记、局长"), ("阚沂澄", "局领导", "副局长", "leader"), [
        ("政府投资项目审批中为特定企业打招呼、降低审查标准", "高",
         "审批事项按清单办理，打招呼事项一律登记报告。", "坚决做到"),
        ("中央预算内投资项目申报把关不严，虚报项目套取资金", "高",
         "申报项目现场核查，申报材料集体审核。", "认真落实"),
        ("分管股室项目储备库入库不公开", "中", "入库标准和结果在局网站公示。", "立即整改"),
    ]),
    ("谈话2", "2025年7月10日", ("阚沂澄", "副局长"), ("隗珞汀", "投资股", "股长", "middle"), [
        ("企业投资项目备案中吃拿卡要、故意拖延", "中", "备案全程网上办理，时限公开。", "坚决做到"),
        ("项目可行性研究报告评审专家不随机抽取", "高", "评审专家从专家库随机抽取，全程留痕。", "认真落实"),
        ("向项目单位泄露竞争性评审信息", "中", "评审信息定密管理，参与人员签订保密承诺。", "认真落实"),
    ]),
    ("谈话3", "2025年7月10日", ("亓湉岑", "副局长"), ("郏翊岚", "粮食和物资储备股", "股长", "middle"), [
        ("区级储备粮轮换计划执行不监督，默许以陈顶新", "高", "轮换出入库现场监督，质量检验报告存档。", "坚决做到"),
        ("储备粮保管费用补贴审核不严", "中", "补贴按实际库存数量核定，联合财政局抽查。", "认真落实"),
        ("应急物资采购指定供应商", "低", "应急物资采购按规定比选，结果公示。", "立即整改"),
    ]),
    ("谈话4", "2025年7月11日", ("隗珞汀", "投资股股长"), ("眭澜昉", "投资股", "科员", "general"), [
        ("项目资料受理时不一次性告知，刁难项目单位", "低", "实行一次性告知和首问负责制。", "认真落实"),
        ("项目调度数据填报不实", "中", "调度数据与现场照片相互印证，股长审核。", "坚决做到"),
        ("接受项目单位宴请、礼品", "中", "节前廉洁提醒，拒收登记。", "坚决做到"),
    ]),
]  # fmt: skip
TALK_REASON = (
    "谈话事由：根据局党组岗位廉政风险防控工作安排，对谈话对象逐项提醒本岗位廉政风险点及防控要求，"
    "谈话对象逐项表态。"
)


def yucheng_development_reform_talk_records() -> dict:
    unit = f"{PLACE}发展和改革局"
    t = _Truth(unit)
    ncols = len(TALK_HEAD)
    sheets = []
    for tab, date, (talker, talker_post), (who, dept, post, tier), points in TALKS:
        sh = _Sheet(tab, [8, 36, 10, 34, 12, 10])
        _line(sh, f"{unit}岗位廉政风险提醒谈话记录表", ncols)
        sh.add("谈话时间", date, "谈话地点", "局党组会议室", "谈话方式", "个别谈话")
        sh.add(TALKER, talker, "职　务", talker_post, CLERK, RECORDER)
        sh.add("谈话对象", who, "所在股室", dept, "职　务", post)
        _line(sh, TALK_REASON, ncols)
        sh.add(*TALK_HEAD)
        for i, (point, lv, measures, answer) in enumerate(points, 1):
            sh.add(i, point, lv, measures, answer, None)
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        sh.add()
        sh.add("谈话人（签字）：", None, "谈话对象（签字）：", None, "记录人（签字）：", None)
        sh.add(None, None, None, None, date, None)
        sheets.append(sh)
    return _layout(
        "yucheng_development_reform_talk_records", "http://www.it214.net/c3431354.aspx",
        "(harder) 区发展和改革局 岗位廉政风险提醒谈话记录表, ONE SHEET A TALK (tabs 谈话1–谈话4), after the source's 提醒函, "
        "函询通知书 and 诫勉书 式样 (the 谈话记录 naming 谈话对象, 谈话人 and 记录人 with their 职务): a title, a row "
        "``谈话时间 | … | 谈话地点 | … | 谈话方式 | 个别谈话``, then ``谈话人 | <name> | 职　务 | <his post> | 记录人 | "
        "<name>`` ABOVE ``谈话对象 | <name> | 所在股室 | … | 职　务 | …`` — the holder is the 谈话对象, the 谈话人 (局长, "
        "副局长, 股长) his supervisor, who on another sheet is himself talked to; a merged ``谈话事由：…`` line; "
        "序号/``提醒的廉政风险点``/风险等级 高/中/低/防控要求/``谈话对象表态``/备注; no type column; a blank row, "
        "``谈话人（签字）： | 谈话对象（签字）： | 记录人（签字）：`` and the date",
        sheets, t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def yucheng_economy_information_list() -> dict:
    unit = f"{PLACE}经济和信息化局"
    sh = _Sheet("一览表", [6, 12, 10, 9, 40, 10, 8, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年7月", 8)
    sh.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "鞠砚澂", "leader", [
            ("工业发展资金分配不经党组会集体研究", "制度机制", "高", "资金分配方案党组会研究，结果公示。"),
            ("为亲友企业申报项目打招呼", "思想道德", "高", "插手干预事项如实登记报告。"),
        ]),
        ("局领导", "副局长", "郦沨苒", "leader", [
            ("项目竣工验收走过场，验收意见不实", "岗位职责", "中", "竣工验收邀请第三方参与，验收资料存档。"),
        ]),
        ("工业发展股", "股长", "蓟峦滢", "middle", [
            ("先进制造业发展资金项目初审把关不严，虚报项目套取资金", "业务流程", "高", "申报项目实地核查，初审意见双人签字。"),
            ("项目评审专家选取不随机", "制度机制", "中", "评审专家从专家库随机抽取并回避。"),
        ]),
        ("工业发展股", "科员", "嵇沚桐", "general", [
            ("项目过程监管台账填报不实", "岗位职责", "低", "监管台账按季度核对，股长审核。"),
        ]),
        ("中小企业股", "股长", "殳霈岍", "middle", [
            ("中小企业发展资金拨付不按进度", "业务流程", "中", "资金拨付凭进度报告和审批单办理。"),
            ("接受申报企业宴请、礼品", "外部环境", "低", "签订廉洁承诺书，节前廉洁提醒。"),
        ]),
        ("办公室", "会计", "昝漪岚", "general", [
            ("专项资金不专账核算，挤占挪用", "岗位职责", "中", "专项资金专账核算，年度审计。"),
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
        "yucheng_economy_information_list", "http://www.xfxywl.cn/wmbb/202105/t20210527_3272706.html",
        "区经济和信息化局 岗位廉政风险防控一览表, after the source's 市工信局 项目资金管理突出问题系统治理 (工业发展资金, "
        "中小企业发展资金, 先进制造业发展资金, 项目申报, 资金拨付, 过程监管, 竣工验收, 虚报瞒报项目套取财政资金): ``附件1``, a "
        "title, a merged ``填报单位（盖章）：…　填报时间：2025年7月`` line, then 序号/股室 merged (局领导, 工业发展股, 中小企业股, "
        "办公室)/岗位 and 姓名 merged per person/廉政风险点/风险类型 (short names)/风险等级 高/中/低/防控措施; a "
        "填表人/审核人/局长（签字） line",
        [sh], t,
    )  # fmt: skip


def yucheng_commerce_two_sheets() -> dict:
    unit = f"{PLACE}商务局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 22, 36, 9, 32])
    lead.add("附件2")
    _line(lead, f"{unit}局领导廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("宓澹屿", "局长", "主持全面工作，分管财务和招商引资奖励兑现", [
            ("招商引资奖励兑现不按政策标准审核", "一级", "奖励兑现经联席会议审定并公示。"),
            ("大额资金支付个人审批", "一级", "大额资金支付经党组会研究。"),
        ]),
        ("乜珩湄", "副局长", "分管市场运行、商贸流通", [
            ("成品油零售经营资格审核把关不严", "二级", "审核材料清单化，现场核查两人以上。"),
            ("生猪屠宰监管检查走过场", "二级", "检查记录当事人签字，问题限期整改。"),
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
    lead.add("填表人：", None, None, "审核人：", None, "2025年7月", None)
    dept = _Sheet("股室", [6, 14, 9, 9, 36, 9, 32])
    _line(dept, f"{unit}股室岗位廉政风险防控表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("市场运行股", "股长", "宦汐崧", "middle", [
            ("单用途商业预付卡发卡企业备案审核不严", "二级", "备案材料双人审核，备案结果公开。"),
            ("酒类经营备案登记违规办理", "三级", "备案条件公开，办理时限网上可查。"),
        ]),
        ("市场运行股", "科员", "禤澍瑶", "general", [
            ("预付卡“双随机”抽查事先透露检查对象", "二级", "抽查对象系统随机抽取，检查前不通知。"),
        ]),
        ("商贸流通股", "股长", "栾岱漪", "middle", [
            ("再生资源回收经营者备案审核走过场", "三级", "备案后三十日内实地核查。"),
            ("商贸流通项目补助资金申报审核不严", "一级", "申报项目实地核查，补助对象公示。"),
        ]),
        ("对外贸易和经济合作股", "科员", "沃芷峤", "general", [
            ("外贸企业扶持资金申报材料审核不严", "二级", "申报材料逐项核对，审核意见存档。"),
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
        "yucheng_commerce_two_sheets", "https://sdimv.com/html/xxgk_343qzfxxgkmlztbdzrqd201506t20150630_214940.html",
        "区商务局 廉政风险防控表 in two sheets, after the source's 区商务局 责任清单 (酒类经营, 生猪屠宰, 成品油经营, 单用途商业"
        "预付卡, 再生资源回收, 招商引资 奖励兑现): ``局领导`` (``附件2``, a title, 序号/姓名, 职务 and 分管工作 merged per leader/"
        "廉政风险点/风险等级 ``一级/二级/三级``/防控措施; a 填表人/审核人/date line) and ``股室`` (a title, 序号/股室 merged "
        "(市场运行股, 商贸流通股, 对外贸易和经济合作股)/岗位 and 姓名 merged per person/…; a 填表人/审核人/局长（签字） line); "
        "no type column",
        [lead, dept], t,
    )  # fmt: skip


def yucheng_grain_reserve_cards() -> dict:
    unit = f"{PLACE}粮食储备库"
    t = _Truth(unit)
    cards = [
        ("主任", "暴璟淞", "库领导", "leader", [
            ("储备粮轮换出入库不经集体研究，以陈顶新", "制度机制风险", "★★★", "轮换方案库务会研究，报区发改局审批。"),
            ("粮食销售价格、对象个人决定", "岗位职责风险", "★★★", "销售进入粮食交易平台公开竞价。"),
            ("仓储设施维修工程化整为零", "业务流程风险", "★★", "维修项目按限额标准比选或招标。"),
        ]),
        ("保管员", "郁澂岚", "仓储科", "general", [
            ("粮食入库多扣水分、杂质，形成账外粮", "思想道德风险", "★★★", "扣量标准公开，检验结果当场告知售粮人。"),
            ("保管账与实物不符，升溢粮不入账", "岗位职责风险", "★★", "每月账实核对，升溢粮一律入账。"),
            ("粮情检查记录不实", "业务流程风险", "★", "粮情检测数据系统自动采集。"),
        ]),
        ("检斤员", "索屺涵", "购销科", "general", [
            ("检斤时虚增重量、虚开结算凭证", "思想道德风险", "★★★", "地磅数据自动采集，结算凭证双人复核。"),
            ("与粮食经纪人串通，先收后检", "外部环境风险", "★★", "收购现场视频监控，检斤与结算分离。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, dept, tier, points in cards:
        sh = _Sheet(tab, [6, 36, 14, 9, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 5)
        sh.add("姓　名", who, "岗　位", tab, None)
        sh.add("所在科室", dept, "持卡时间", "2025年7月", None)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施")
        for i, (point, typ, stars, measures) in enumerate(points, 1):
            sh.add(i, point, typ, stars, measures)
            t.point(sh.name, dept, tab, who, tier, point, types_in(typ), STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 5)
        sh.add("持卡人签字：", None, "监督电话：0835-12388", None, None)
        sheets.append(sh)
    return _layout(
        "yucheng_grain_reserve_cards", "http://www.newsbfb.com/finance/81735.html",
        "区粮食储备库 岗位廉政风险防控卡, one sheet a holder (tabs 主任, 保管员, 检斤员), after the source's 粮站 graft (虚开"
        "结算凭证, 虚增重量, 多扣水分杂质, 以陈顶新 at 轮换, the 检斤员): a title, the pairs ``姓　名 | … | 岗　位 | …`` and "
        "``所在科室 | … | 持卡时间 | 2025年7月``, then 序号/风险点/风险类型 ``…风险``/风险等级 ``★★★/★★/★``/防控措施; a merged "
        "``注：`` line on the stars and ``持卡人签字： | 监督电话：…``",
        sheets, t,
    )  # fmt: skip


def yucheng_investment_center_groups() -> dict:
    unit = f"{PLACE}招商服务中心"
    sh = _Sheet("责任清单", [6, 10, 9, 18, 36, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 7)
    sh.add("序号", "岗位", "姓名", "职责事项", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "弓琤沅", "leader", [
                ("招商优惠政策", "对客商承诺超出政策规定的优惠条件", "Ⅰ级", "优惠条件经区招商引资联席会议审定。"),
                ("招商接待", "招商接待超标准，豪华宴请", "Ⅱ级", "接待事前审批，清单按月公示。"),
            ]),
            ("副主任", "訾岷璐", "leader", [
                ("外出招商", "借外出招商之机顺访、旅游", "Ⅱ级", "外出招商报备行程，回来提交报告。"),
            ]),
        ]),
        ("二、项目服务股", "项目服务股", [
            ("股长", "晏沣蕤", "middle", [
                ("项目帮招", "为签约项目协调要素时收受好处", "Ⅰ级", "项目协调事项登记，全程留痕。"),
                ("投资协议", "投资协议条款不经法律审核", "Ⅱ级", "协议文本经法律顾问审核。"),
            ]),
            ("科员", "巫霭琮", "general", [
                ("招商统计", "虚报引进项目和到位资金", "Ⅲ级", "到位资金凭银行凭证统计，定期核查。"),
            ]),
        ]),
        ("三、综合股", "综合股", [
            ("会计", "满漱岍", "general", [
                ("招商经费", "招商经费报销票据审核不严", "Ⅱ级", "报销按开支标准逐项审核。"),
                ("资金支付", "未经审批支付款项", "Ⅲ级", "支付凭审批单办理，U盾分人保管。"),
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
    sh.add("制表：", None, None, "审核：", None, "2025年7月", None)
    return _layout(
        "yucheng_investment_center_groups", "https://cnrepark.com/news/detail/59221.html",
        "区招商服务中心 廉政风险防控责任清单, after the source's 市 招商 ``五规范`` (招商接待, 外出招商, 招商优惠政策, 项目帮招, "
        "招商统计): a title, 序号/岗位/姓名/``职责事项``/廉政风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施 under GROUP ROWS "
        "``一、中心领导``, ``二、项目服务股``, ``三、综合股`` merged across (no 股室 column); 岗位 and 姓名 merged per person; "
        "no type column; a ``注：`` line and a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def yucheng_price_certification_posts() -> dict:
    unit = f"{PLACE}价格认证中心"
    sh = _Sheet("排查表", [6, 12, 12, 20, 38, 10, 10, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "股室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", [
            ("价格认定结论签发", "对重大、疑难认定事项不经集体审议即签发结论书", "制度机制", "高风险",
             "重大认定事项集体审议，审议记录存档。"),
            ("受理审批", "对不符合受理条件的价格认定协助书违规受理", "岗位职责", "中风险", "受理条件公开，受理意见书面说明。"),
        ]),
        ("认定业务股", "价格认定员", "general", [
            ("实物查验", "查验时接受当事人宴请，查验记录不实", "思想道德", "高风险",
             "查验两人以上，查验记录当事人签字确认。"),
            ("市场调查测算", "选用价格资料带倾向性，测算结果偏离市场", "业务流程", "中风险", "测算依据附卷，复核员逐项复核。"),
            ("回避", "与认定事项有利害关系不主动回避", "岗位职责", "中风险", "认定人员签署回避承诺。"),
        ]),
        ("认定业务股", "复核员", "general", [
            ("内部审核", "复核走过场，对测算错误不提出意见", "岗位职责", "低风险", "复核意见书面签署，错案倒查。"),
        ]),
        ("综合股", "会计", "general", [
            ("文书用印", "结论书擅自加盖公章、骑缝章", "制度机制", "中风险", "用印登记，经主任审批。"),
            ("档案管理", "认定卷宗丢失、泄露认定信息", "业务流程", "低风险", "卷宗专柜保管，借阅登记。"),
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
    sh.add("编制：综合股", None, None, "审核：", None, None, "2025年7月", None)
    return _layout(
        "yucheng_price_certification_posts", "http://yanshiren.com/zwgk/wjk/zcfgk/content/post_2726686.html",
        "区价格认证中心 岗位廉政风险点排查表 对岗不对人, after the source's 价格认定文书格式规范 (价格认定协助书, 受理, 实物查验, "
        "测算, 价格认定结论书, 套红文头, 公章, 骑缝章): a title, then 序号/股室 merged (中心领导, 认定业务股, 综合股)/岗位 merged "
        "per post/a short 风险点/a long ``风险表现``/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; no names; "
        "an ``编制：综合股 | 审核： | 2025年7月`` line",
        [sh], t,
    )  # fmt: skip


def yucheng_sme_center_selfchecks() -> dict:
    unit = f"{PLACE}中小企业服务中心"
    t = _Truth(unit)
    people = [
        ("冀潆峤", "中心领导", "主任", "leader", [
            ("创业券发放对象不经集体研究确定", "一级风险", "发放对象中心办公会研究并公示。", "已落实"),
            ("签约服务机构认定优亲厚友", "一级风险", "服务机构认定条件公开，结果公示。", "已落实"),
        ]),
        ("诸沄霏", "企业服务股", "股长", "middle", [
            ("创业券兑现审核不严，虚假服务合同兑现", "一级风险", "兑现凭服务合同和付款凭证逐项审核。", "正在整改"),
            ("服务合同跟踪检查走过场", "二级风险", "跟踪检查记入服务档案，股长审核。", "已落实"),
            ("泄露企业申报信息", "三级风险", "申报资料专人保管。", "未发现问题"),
        ]),
        ("闵淏岑", "综合股", "出纳", "general", [
            ("创业券兑现资金支付不按审批", "二级风险", "资金支付凭审批单办理。", "已落实"),
            ("现金不及时存入银行", "三级风险", "现金日清月结，定期盘点。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 12, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "股　室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年7月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], RISKS[lv])
        sh.add()
        sh.add("本人签名：", None, "主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "yucheng_sme_center_selfchecks", "https://xiexiebang.com/a11/201905148/25fda3169d290740.html",
        "区中小企业服务中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 区 小微企业创业券 "
        "(签约服务机构, 兑现, 服务合同 跟踪检查, 服务档案): a title, a label row ``姓　名 | 股　室 | 岗　位 | 填表时间`` over a "
        "row of values, then 序号/风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施/``自查情况``; no type column; a blank "
        "row and ``本人签名： | 主任意见：``",
        sheets, t,
    )  # fmt: skip


def yucheng_ecommerce_center_list() -> dict:
    unit = f"{PLACE}电子商务公共服务中心"
    sh = _Sheet("一览表", [6, 12, 12, 10, 40, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "薄溆琛", "leader", "村级电商服务站点建设补助对象个人确定", "制度机制风险", "Ⅰ",
         "补助对象中心办公会研究，结果公示。"),
        ("中心领导", "主任", "薄溆琛", "leader", "物流配送体系建设项目指定承办企业", "岗位职责风险", "Ⅰ",
         "承办企业公开比选。"),
        ("站点建设股", "股长", "聂岚沨", "middle", "服务站点验收不到现场，虚报站点数量", "业务流程风险", "Ⅱ",
         "站点验收现场拍照定位，股室交叉抽查。"),
        ("站点建设股", "站点管理员", "蔚澈岫", "general", "站点运营考核数据弄虚作假", "思想道德风险", "Ⅱ",
         "考核数据与平台后台数据比对。"),
        ("培训推广股", "培训专员", "邬峦澄", "general", "电商培训虚报培训人次、套取培训经费", "业务流程风险", "Ⅰ",
         "培训签到人脸识别，培训名单公示。"),
        ("培训推广股", "培训专员", "邬峦澄", "general", "农产品品牌推广服务商选择不公开", "外部环境风险", "Ⅲ",
         "服务商比选结果公示。"),
        ("财务股", "会计", "扈澹汐", "general", "示范项目资金不专账核算", "岗位职责风险", "Ⅱ",
         "专项资金专账核算，接受审计。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), BARE[lv])
    _line(sh, "注：风险等级Ⅰ为高风险，Ⅱ为中风险，Ⅲ为低风险。", 8)
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "yucheng_ecommerce_center_list", "http://mzztc.com/news/show.php?itemid=70",
        "区电子商务公共服务中心 岗位廉政风险防控一览表, after the source's 电子商务进农村综合示范 (县级电商公共服务中心, 村级服务"
        "站点, 县乡村三级物流配送, 培训 不少于3000人次, 品牌, 品质控制): a title, then 序号/部门/岗位/``责任人`` written on "
        "EVERY row (no merges)/廉政风险点/风险类型 ``…风险``/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施; a merged ``注：`` line on the "
        "grades and a 填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    yucheng_development_reform_talk_records(),
    yucheng_economy_information_list(),
    yucheng_commerce_two_sheets(),
    yucheng_grain_reserve_cards(),
    yucheng_investment_center_groups(),
    yucheng_price_certification_posts(),
    yucheng_sme_center_selfchecks(),
    yucheng_ecommerce_center_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch326-inbox"))

"""The three-hundred-and-fifty-first batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one new area's 财政 and
审计 bodies, 天府新区 (the 四川天府新区 of 成都, its staff Han) — its 财政金融局 and the
国库集中支付中心, 财政投资评审中心 and 国有资产服务中心 under it, its 统计局, its 审计局, and the
财政所 of two of its 街道 (华阳, 煎茶) — each handing back the 一览表, 防控卡, 排查表, 责任清单 or
自查表 its staff typed in WPS or Excel:

- the 财政金融局's 一览表 under ``附件1``: ``科室`` merged (局领导, 预算科, 国库科, 政府采购管理科,
  金融工作科), ``岗位`` and ``责任人`` merged per person, a ``风险类型`` of ``…风险`` BEFORE the
  ``廉政风险点``, 高/中/低, the measures; a 填表人/审核人/date line;
- the 统计局's file in two sheets: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``科室`` (``科室`` merged, ``岗位`` and ``姓名`` merged per person), ``一级/二级/三级``, no type
  column, a 填表人/审核人 line under each;
- the 国有资产服务中心's 责任清单 under ``附件2`` and a ``填报单位（盖章）：…　填报时间：…`` line:
  ``部门`` merged (中心领导, 资产管理部, 公物仓管理部, 综合部), ``岗位`` and ``责任人`` merged per
  person, ``职责事项`` before the ``廉政风险点``, ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column;
- the 华阳街道财政所's 防控卡, one sheet a holder (tabs 所长, 会计, 出纳): ``持卡人 | … | 职　务 | …``
  and a merged ``岗位职责 | …`` line above ``序号 | 工作环节 | 廉政风险点 | 风险等级 | 防控措施``,
  ``★★★/★★/★`` read by a ``注：`` line, no type column, ``持卡人（签字）： | 所长（签字）：``;
- the 财政投资评审中心's 排查表 对岗不对人: ``科室`` merged, ``岗位`` merged per post, a short
  ``风险点`` beside a long ``风险表现``, ``…风险`` types, ``高风险/中风险/低风险``; no names; an
  编制/审核/date line;
- the 国库集中支付中心's 一览表 under GROUP ROWS ``一、中心领导``, ``二、支付审核科``,
  ``三、会计核算科``, ``四、综合科`` merged across (no 科室 column): ``岗位 | 姓名`` merged per person,
  short types, ``一级风险/二级风险/三级风险``, a ``注：`` line and a 制表/审核/date line;
- the 煎茶街道财政所's 自查表, one sheet a person (tabs named by the person): a label row
  ``姓　名 | 职　务 | 填表时间`` over a row of values, then ``序号 | 风险点 | 风险类别 | 风险等级 |
  防控措施 | 自查情况``, short types, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line, ``本人签名： | 所长意见：``.

One is harder:

- ``tianfu_audit_bureau_reminder_cards``: the 审计局's 重点岗位廉政风险提醒卡, written by the
  派驻纪检监察组 TO each holder, one sheet an addressee (tabs ``Sheet1`` … ``Sheet4``, as WPS names
  them): a title ``天府新区审计局重点岗位廉政风险提醒卡``, then the holder ONLY AS THE SALUTATION of a
  letter, ``笪玥泠同志：`` on a line of its own (merged across, no label, the name followed by
  ``同志：``), then a merged paragraph in the SECOND PERSON that gives his 科室 and post inside a
  sentence, ``　　根据局党组关于开展岗位廉政风险排查防控的部署，经排查，你所在的财政审计科科长岗位
  存在以下廉政风险。现予以提醒，……`` (the leader's: ``你所在的副局长岗位``), then ``序号 | 风险点 |
  风险等级 | 防范措施`` (高/中/低, no type column), and below the SENDER's 落款
  ``天府新区纪检监察工委派驻审计局纪检监察组`` with a date and an empty receipt line ``签收人： |
  签收日期：``. No cell labels a holder, a post or a 科室, and no name is signed. The README's
  读得懂的表 knows holders in LABELLED fields above or below a table (``姓名 | 张三``, ``持卡人``,
  ``在岗人员``, ``任职人``, 责任书的 ``乙方``, ``填表人 | 韩雪``, ``承诺人：…所长　恽拾遗``, ``持卡人（签字）：…
  所在部门：…``), in a title (``…周立新同志岗位廉政风险防控卡``, ``…站长赫连望川…``), in the tab's
  name, and in the FIRST PERSON first sentence of a pledge whose WRITER names himself (``本人樊志鹏,
  在…岗位上``); it does not describe a notice ADDRESSED to the holder, whose name stands only as the
  salutation ``X同志：`` and whose 科室 and post stand only in the second person (``你所在的…岗位``),
  with the sender's 落款 (a 纪检监察组, not the holder's unit) below.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 派驻纪检监察组 and a 县审计局 on
廉洁从审 — 审计组进点前的廉政提醒, 审计组长 的 廉政承诺书, 廉政监督员, 四严禁、八不准, 突击检查 the
审计小组; a 区 深化预算管理制度改革 — 预算编制, 项目库, 绩效, 国库集中支付, 政府采购, 政府债务; a
市统计局 统计执法“双随机”抽查制度 — 检查对象, 执法检查人员, 统计执法监督大队, 职能科室; a 行政事业单位
资产 出租出借 and 处置 — 报批, 公开招租, 评估, 公物仓, 调剂, 进场交易; a 街道 财务管理制度 — 报账,
票据审核, 审批, 专项资金, 办公用品采购; a 财政投资评审 办法 — 工程量计算, 定额套用, 材料取价, 变更,
评审结论; 国库集中支付 in 事业单位 — 预算, 支付, 会计核算, 内部控制; a 街道 财务 实施意见 — 预算
编制, 经费审批, 专项资金, 会计、出纳) and the layout follows their words for the unit, its parts,
its posts and its risks. The rows are worded by us, the names invented (rare Han surnames with
rare given names, three characters each); every unit is a body of 天府新区, named with the new
area's name.

Run ``python tests/published/score.py --set batch351`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the salutation ``X同志：`` names the holder of its sheet's rows (one form a
  sheet); the paragraph's ``你所在的{科室}{岗位}岗位`` gives his 科室 and post (``财政审计科`` |
  ``科长``, ``经济责任审计科`` | ``审计员``, ``办公室`` | ``会计``; the 副局长 no 科室); the 落款
  ``…派驻审计局纪检监察组`` is the sender, neither the unit (the title's ``天府新区审计局``) nor a 科室;
  ``签收人：`` left blank names no one; the paragraph, the 落款 and the receipt line are no points;
- ``局领导`` (a 科室 cell; the 统计局's sheet whose title names it) and ``中心领导`` (a 部门 cell, a
  group row, a 科室 cell) are the 科室 of those leaders; a 局's 科 and its 统计执法监督大队, a 中心's
  部, 科 and 综合部 are 科室; a group row ``二、支付审核科`` gives the 科室 ``支付审核科`` (its number
  left off); a 街道财政所 is a unit of its own with no 科室 (its cards and self-checks name none);
- every 中心 and 财政所 here is a unit of its own: 局长, 副局长, a 中心's 主任, a 所's 所长 and 副所长
  are leaders; 科长, 部长 and the 统计执法监督大队's 大队长 (under the 局) middle; the rest (科员,
  会计, 出纳, 审计员, 审核员, 管理员, 评审员, 资料员, 报账员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``职责事项``, ``分管工作``, ``工作环节``,
  ``岗位职责`` and ``自查情况`` are no points and name no holder; the 财政投资评审中心's list names no
  person: its forms are posts (对岗不对人), its two ``评审员`` two forms by their 科室;
- ``高/中/低``, ``一级/二级/三级``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★`` (read by the cards' note),
  ``高风险/中风险/低风险``, ``一级风险/二级风险/三级风险`` and bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the
  self-checks' note) are 1/2/3.

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

PREFIX = "b351_"
PLACE = "天府新区"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"


# --------------------------------------------------------------------------- harder layout

LETTER_HEAD = ("序号", "风险点", "风险等级", "防范措施")
SENDER = f"{PLACE}纪检监察工委派驻审计局纪检监察组"
# the paragraph under the salutation: the 科室 and post only inside it, in the second person
LETTER_TEXT = (
    f"{GAP * 2}根据局党组关于开展岗位廉政风险排查防控的部署，经排查，你所在的{{where}}岗位存在以下"
    "廉政风险。现予以提醒，请认真对照，切实防范，并于收到本卡后七日内签收反馈。"
)
# (addressee, 科室, 岗位, tier, [(风险点, 风险等级, 防范措施)])
ADDRESSEES = [
    ("笪玥泠", "", "副局长", "leader", [
        ("审计项目计划安排中为关系单位打招呼、调整审计对象", "高", "审计项目计划经局党组会集体研究，调整须书面报批。"),
        ("审计报告审定中授意删减、降格审计发现的问题", "高", "审计报告经审理、业务会审定，删改意见留痕。"),
        ("分管的审计组进点期间接受被审计单位安排的宴请", "中", "进点前开展廉政提醒，执行“四严禁”“八不准”。"),
    ]),
    ("郏珺彤", "财政审计科", "科长", "middle", [
        ("对审计证据取舍不当，隐瞒问题线索", "高", "审计证据经主审、审理复核，问题线索集体研判。"),
        ("审计现场擅自向被审计单位透露审计事项", "中", "审计组设廉政监督员，现场纪律每周报告。"),
    ]),
    ("酆晗璐", "经济责任审计科", "审计员", "general", [
        ("查阅被审计单位资料时泄露、私留资料", "中", "资料调阅登记，审计结束当面清退。"),
        ("利用审计身份为亲友办私事", "低", "签订个人廉政承诺书，开展廉政回访。"),
    ]),
    ("仉芷涓", "办公室", "会计", "general", [
        ("审计外勤补助、差旅费报销审核不严", "中", "报销凭审计通知书和考勤记录，三级审核。"),
        ("政府购买审计服务费用不按合同约定支付", "低", "按合同节点和质量考核结果支付。"),
    ]),
]  # fmt: skip


def tianfu_audit_bureau_reminder_cards() -> dict:
    unit = f"{PLACE}审计局"
    t = _Truth(unit)
    n = len(LETTER_HEAD)
    sheets = []
    for i, (who, dept, post, tier, points) in enumerate(ADDRESSEES, 1):
        sh = _Sheet(f"Sheet{i}", [6, 40, 10, 40])
        _line(sh, f"{unit}重点岗位廉政风险提醒卡", n)
        _line(sh, f"{who}同志：", n)
        _line(sh, LETTER_TEXT.format(where=f"{dept}{post}"), n)
        sh.add(*LETTER_HEAD)
        for k, (point, lv, measures) in enumerate(points, 1):
            sh.add(k, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        sh.add()
        _line(sh, SENDER, n)
        _line(sh, "2025年9月", n)
        sh.add("签收人：", None, "签收日期：", None)
        sheets.append(sh)
    return _layout(
        "tianfu_audit_bureau_reminder_cards",
        "http://www.jxsjw.gov.cn/nhqf/nhqf2019/qljx/qldy/202503/t20250306_3128080.shtml",
        "(harder) 新区审计局 重点岗位廉政风险提醒卡 written by the 派驻纪检监察组 TO each holder, one sheet an addressee "
        "(tabs Sheet1–Sheet4), after the source's 派驻纪检监察组 on 廉洁从审 (审计组进点前的廉政提醒, 廉政监督员, 四严禁、"
        "八不准): a title, the holder only as the SALUTATION ``笪玥泠同志：`` on a line of its own, a merged paragraph in the "
        "second person giving the 科室 and post inside a sentence (``你所在的财政审计科科长岗位存在以下廉政风险…``), then "
        "序号/风险点/风险等级 高/中/低/防范措施 (no type column); the SENDER's 落款 (``…派驻审计局纪检监察组``), a date and an "
        "empty ``签收人： | 签收日期：`` line below",
        sheets, t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def tianfu_finance_bureau_list() -> dict:
    unit = f"{PLACE}财政金融局"
    sh = _Sheet("一览表", [6, 14, 9, 9, 13, 36, 8, 32])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "责任人", "风险类型", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "阙岷潇", "leader", [
            ("制度机制风险", "年度预算安排不经党组集体研究，个人决定资金分配", "高", "预算安排方案党组会研究，会议纪要存档。"),
            ("外部环境风险", "政府债券项目申报中为关系单位打招呼", "高", "债券项目入库标准公开，插手干预登记报告。"),
        ]),
        ("局领导", "副局长", "堵璟澍", "leader", [
            ("岗位职责风险", "分管的政府采购投诉处理中偏袒一方", "中", "投诉处理集体审理，处理决定公开。"),
        ]),
        ("预算科", "科长", "茹瀛珂", "middle", [
            ("业务流程风险", "项目库入库审核把关不严，为不符合条件的项目入库", "高", "入库项目评审论证，结果在系统留痕。"),
            ("制度机制风险", "预算追加调整不按程序报批", "中", "预算调整按权限报批，按季公开。"),
        ]),
        ("国库科", "科员", "妫湲芷", "general", [
            ("岗位职责风险", "国库集中支付申请审核不严，无预算、超预算支付", "中", "支付申请系统控制，人工复核。"),
            ("外部环境风险", "财政资金竞争性存放中透露评分信息", "中", "存放评审专家随机抽取，评分过程保密。"),
        ]),
        ("政府采购管理科", "科长", "眭瀚沂", "middle", [
            ("业务流程风险", "变更采购方式审批中为采购人规避公开招标", "高", "变更申请专家论证，审批结果公告。"),
        ]),
        ("金融工作科", "科员", "逯峤茵", "general", [
            ("思想道德风险", "企业融资贴息资金审核不实", "中", "贴息材料双人审核，名单公示。"),
            ("思想道德风险", "向企业推荐指定金融机构收取好处", "低", "严禁为企业指定金融机构，设立举报电话。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for typ, point, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, typ, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年9月", None)
    return _layout(
        "tianfu_finance_bureau_list",
        "https://www.chuanshan.gov.cn/gongkai/show/e5eb19866329484db9f53de8d1fcccc5.html",
        "新区财政金融局 岗位廉政风险防控一览表, after the source's 深化预算管理制度改革 (预算编制, 项目库, 国库集中支付, 政府采购, "
        "政府债务): ``附件1``, a title, 序号/科室 merged (局领导, 预算科, 国库科, 政府采购管理科, 金融工作科)/岗位 and 责任人 merged "
        "per person/风险类型 ``…风险`` BEFORE the 廉政风险点/风险等级 高/中/低/防控措施; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def tianfu_statistics_bureau_two_sheets() -> dict:
    unit = f"{PLACE}统计局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 26, 36, 9, 32])
    _line(lead, f"{unit}局领导廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "风险等级", "防控措施")
    leaders = [
        ("厍瑗澄", "局长", "主持全面工作", [
            ("授意、指使下级改动统计数据", "一级", "落实防范和惩治统计造假责任制，数据改动留痕。"),
            ("统计违法案件处理不经集体研究", "一级", "案件处理局党组会集体研究，结果公开。"),
        ]),
        ("郄澜旻", "副局长", "分管统计执法监督大队、综合科", [
            ("统计违法案件查处中说情打招呼", "二级", "说情打招呼事项登记报告，案件集体审理。"),
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
    dept = _Sheet("科室", [6, 16, 9, 9, 36, 9, 32])
    _line(dept, f"{unit}科室岗位廉政风险防控表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("统计执法监督大队", "大队长", "綦昱沅", "middle", [
            ("“双随机”抽查中检查对象、执法人员不按规定随机抽取", "一级", "抽取过程全程录像，结果公示。"),
            ("对统计造假企业降格处理", "一级", "处罚裁量按基准执行，法制审核。"),
        ]),
        ("经济统计科", "科长", "卞澍旸", "middle", [
            ("联网直报数据审核中迁就企业虚报", "二级", "数据审核双人复核，异常数据实地核查。"),
        ]),
        ("经济统计科", "科员", "嵇瑷沅", "general", [
            ("统计原始记录、台账检查走过场", "三级", "检查记录拍照存档，科长抽查。"),
        ]),
        ("综合科", "会计", "麴琤溪", "general", [
            ("普查经费支出审核不严", "二级", "普查经费专账核算，支出三级审核。"),
            ("普查员劳务费发放不实", "三级", "劳务费按工作量核发，名单公示。"),
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
    dept.add("填表人：", None, None, "审核人：", None, "2025年9月", None)
    return _layout(
        "tianfu_statistics_bureau_two_sheets", "https://www.ningguo.gov.cn/OpennessContent/show/2786648.html",
        "新区统计局 廉政风险防控表 in two sheets, after the source's 统计执法“双随机”抽查制度 (检查对象, 执法检查人员, 统计执法监督"
        "大队, 职能科室): ``局领导`` (a title, 序号/姓名, 职务 and 分管工作 merged per leader/风险点/风险等级 ``一级/二级/三级``/防控"
        "措施; a 填表人/审核人/date line) and ``科室`` (a title, 序号/科室 merged/岗位 and 姓名 merged per person/…; the same line); "
        "no type column",
        [lead, dept], t,
    )  # fmt: skip


def tianfu_state_assets_center_duties() -> dict:
    unit = f"{PLACE}国有资产服务中心"
    sh = _Sheet("责任清单", [6, 13, 9, 9, 16, 36, 8, 32])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年9月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "职责事项", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "寇汭瑛", "leader", [
            ("资产处置审批", "资产处置不经评估、不进场公开交易", "Ⅰ级", "处置事项集体研究，评估后进场交易。"),
            ("经营性资产招租", "招租底价个人说了算", "Ⅰ级", "招租底价经评估确定，中心办公会审定。"),
        ]),
        ("资产管理部", "部长", "蔺沛琮", "middle", [
            ("资产出租出借", "出租出借不按规定报批，低价出租", "Ⅰ级", "出租出借按权限报批，公开招租。"),
            ("租金收缴", "减免、缓收租金不按程序审批", "Ⅱ级", "减免租金集体研究，台账公开。"),
        ]),
        ("公物仓管理部", "管理员", "闵湛岚", "general", [
            ("公物仓调剂", "调剂资产优亲厚友，账实不符", "Ⅱ级", "调剂申请系统登记，按月盘点。"),
            ("资产入库", "入库资产登记不全、估值随意", "Ⅲ级", "入库双人清点，照片存档。"),
        ]),
        ("综合部", "出纳", "芮澍涵", "general", [
            ("资金收付", "租金收入坐收坐支", "Ⅱ级", "租金直接缴入专户，按月对账。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for duty, point, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, duty, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, "中心主任（签字）：", None, None)
    return _layout(
        "tianfu_state_assets_center_duties", "https://cread.tw/book/955828/80445510_2.html",
        "新区国有资产服务中心 廉政风险防控责任清单, after the source's 行政事业单位资产 出租出借 and 处置 (报批, 公开招租, 评估, "
        "公物仓, 调剂, 进场交易): ``附件2``, a title, a merged ``填报单位（盖章）：…　填报时间：2025年9月`` line, then 序号/``部门`` "
        "merged (中心领导, 资产管理部, 公物仓管理部, 综合部)/岗位 and 责任人 merged per person/``职责事项``/廉政风险点/风险等级 "
        "``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no type column; a 填表人/审核人/中心主任（签字） line",
        [sh], t,
    )  # fmt: skip


def tianfu_huayang_finance_office_cards() -> dict:
    unit = f"{PLACE}华阳街道财政所"
    t = _Truth(unit)
    cards = [
        ("缑沛霖", "所长", "leader", "主持财政所全面工作，负责街道预算执行和专项资金管理", [
            ("预算执行", "部门预算执行中擅自调整支出科目", "★★★", "预算调整按程序报批，执行情况按季通报。"),
            ("专项资金拨付", "专项资金拨付不按审批程序办理", "★★★", "拨付凭审批单，资金流向逐笔登记。"),
            ("公务支出", "超标准报销公务接待费用", "★★", "接待先审批后报销，清单按月公示。"),
        ]),
        ("琚岱沄", "会计", "general", "负责会计核算和报账票据审核", [
            ("票据审核", "报销票据审核不严，虚列支出", "★★★", "票据须经手人、证明人、审批人签字。"),
            ("会计核算", "账务处理不及时，账实不符", "★", "账务日清月结，所长按月抽查。"),
        ]),
        ("苌湛溪", "出纳", "general", "负责现金和银行存款收付", [
            ("现金管理", "公款私存，坐支现金", "★★★", "现金日清月结，不定期盘点。"),
            ("银行账户", "网银U盾与密码由一人保管", "★★", "U盾与密码分人保管，支付双人复核。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, duty, points in cards:
        sh = _Sheet(post, [6, 12, 36, 9, 32])
        _line(sh, f"{unit}岗位廉政风险防控卡", 5)
        sh.add("持卡人", who, f"职{GAP}务", post, None)
        r = sh.add("岗位职责", duty, None, None, None)
        sh.merge(r, 1, r, 4)
        sh.add("序号", "工作环节", "廉政风险点", "风险等级", "防控措施")
        for i, (step, point, stars, measures) in enumerate(points, 1):
            sh.add(i, step, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：风险等级★★★为高风险，★★为中风险，★为低风险。", 5)
        sh.add("持卡人（签字）：", None, "所长（签字）：", None, None)
        sheets.append(sh)
    return _layout(
        "tianfu_huayang_finance_office_cards",
        "http://hjq.huaihua.gov.cn/hjq/c121336/202404/94f07f67fbbb48339e0ca932492bc287.shtml",
        "新区街道财政所 岗位廉政风险防控卡, one sheet a holder (tabs 所长, 会计, 出纳), after the source's 街道 财务管理制度 (报账, "
        "票据审核, 审批, 专项资金): a title, ``持卡人 | … | 职　务 | …`` and a merged ``岗位职责 | …`` line above 序号/工作环节/"
        "廉政风险点/风险等级 ``★★★/★★/★``/防控措施; no type column; a merged ``注：`` line on the stars and ``持卡人（签字）： | "
        "所长（签字）：``",
        sheets, t,
    )  # fmt: skip


def tianfu_fiscal_review_center_posts() -> dict:
    unit = f"{PLACE}财政投资评审中心"
    sh = _Sheet("排查表", [6, 12, 10, 16, 36, 13, 10, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", [
            ("评审结论签发", "评审结论未经复核即签发，随意调整审减额", "岗位职责风险", "高风险",
             "评审结论三级复核，审减额调整书面说明。"),
            ("协审机构选定", "协审机构不按规定随机选取，指定关系机构", "制度机制风险", "高风险",
             "协审机构从名录库随机抽取，结果公示。"),
        ]),
        ("评审一科", "科长", "middle", [
            ("工程量核定", "工程量计算与图纸、现场不符，多计少减", "业务流程风险", "高风险", "工程量核对三方签字确认。"),
            ("评审进度", "故意拖延评审进度，向送审单位索取好处", "思想道德风险", "中风险", "评审时限系统预警，超时说明。"),
        ]),
        ("评审一科", "评审员", "general", [
            ("材料取价", "材料价格不按同期市场价核定", "岗位职责风险", "中风险", "材料价格询价留存，科长复核。"),
            ("现场勘查", "现场勘查时接受施工单位宴请", "外部环境风险", "中风险", "勘查两人以上，填写勘查记录。"),
        ]),
        ("评审二科", "评审员", "general", [
            ("变更签证审核", "设计变更、现场签证审核不严", "业务流程风险", "高风险", "变更签证逐项核实，集体会商。"),
        ]),
        ("综合科", "资料员", "general", [
            ("评审资料收发", "评审资料收发不登记，泄露送审信息", "制度机制风险", "低风险", "资料收发登记簿，涉密资料专柜保管。"),
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
    sh.add("编制：", None, None, "审核：", None, None, "2025年9月", None)
    return _layout(
        "tianfu_fiscal_review_center_posts", "https://m.zjtcn.com/baike/qjscztzpsglzxbfzynr6824133",
        "新区财政投资评审中心 岗位廉政风险点排查表 对岗不对人, after the source's 财政投资评审 办法 (工程量计算, 定额套用, 材料取价, "
        "变更, 评审结论): a title, 序号/科室 merged (中心领导, 评审一科, 评审二科, 综合科)/岗位 merged per post/a short 风险点/a long "
        "``风险表现``/风险类型 ``…风险``/风险等级 ``高风险/中风险/低风险``/防控措施; no names; an ``编制： | 审核： | 2025年9月`` line",
        [sh], t,
    )  # fmt: skip


def tianfu_treasury_center_groups() -> dict:
    unit = f"{PLACE}国库集中支付中心"
    sh = _Sheet("一览表", [6, 10, 9, 38, 10, 12, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险类别", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "亢蕴澜", "leader", [
                ("大额资金支付审批把关不严", "制度机制", "一级风险", "大额支付会签，按月通报。"),
                ("代理银行选择中接受请托", "外部环境", "一级风险", "代理银行公开招标确定。"),
            ]),
        ]),
        ("二、支付审核科", "支付审核科", [
            ("科长", "晁霈宁", "middle", [
                ("对无预算、超预算支付申请违规放行", "岗位职责", "一级风险", "支付申请系统控制，异常复核。"),
                ("退回资金重新支付不核实收款人", "业务流程", "二级风险", "重新支付须核实并经科长审签。"),
            ]),
            ("审核员", "郜沅蘅", "general", [
                ("支付凭证审核不严，收款人信息不符照付", "业务流程", "二级风险", "凭证与合同、发票逐项核对。"),
            ]),
        ]),
        ("三、会计核算科", "会计核算科", [
            ("会计", "冼昀澈", "general", [
                ("国库资金清算对账不及时", "岗位职责", "二级风险", "与代理银行按日对账，按月清算。"),
                ("随意更改记账凭证", "思想道德", "三级风险", "凭证更改留痕，科长审签。"),
            ]),
        ]),
        ("四、综合科", "综合科", [
            ("科员", "宓湘沅", "general", [
                ("支付系统操作密码外借", "制度机制", "三级风险", "操作权限一人一号，定期更换密码。"),
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
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), RISKS[lv])
        _per_person(sh, first, None, 1, 2)
    _line(sh, "注：风险等级分一级风险、二级风险、三级风险，一级风险为最高。", 7)
    sh.add("制表：", None, None, "审核：", None, "2025年9月", None)
    return _layout(
        "tianfu_treasury_center_groups", "https://xiexiebang.com/a15/2019051422/cf57f58f110f88ed.html",
        "新区国库集中支付中心 岗位廉政风险防控一览表, after the source's 国库集中支付 in 事业单位 (预算, 支付, 会计核算, 内部控制): "
        "a title, 序号/岗位/姓名/廉政风险点/风险类别 (short names)/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS "
        "``一、中心领导`` … ``四、综合科`` merged across (no 科室 column); 岗位 and 姓名 merged per person; a ``注：`` line and a "
        "制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def tianfu_jiancha_finance_office_selfchecks() -> dict:
    unit = f"{PLACE}煎茶街道财政所"
    t = _Truth(unit)
    people = [
        ("扈澜汐", "所长", "leader", [
            ("街道预算编制不细化，预留机动资金", "制度机制", "Ⅰ", "预算编制细化到项目，经党工委会审议。", "已落实"),
            ("惠民补贴资金发放审核不严", "岗位职责", "Ⅰ", "补贴对象社区公示，逐户核对。", "正在整改"),
        ]),
        ("濮珈澍", "副所长", "leader", [
            ("社区经费拨付不按进度和考核结果", "业务流程", "Ⅱ", "拨付与考核结果挂钩，按季公开。", "已落实"),
            ("接受社区、企业宴请", "思想道德", "Ⅲ", "严守中央八项规定精神，节前廉洁提醒。", "未发现问题"),
        ]),
        ("蒯澂玥", "报账员", "general", [
            ("报账资料不全即予入账", "岗位职责", "Ⅱ", "报账资料清单化审核，缺项退回。", "已落实"),
            ("办公用品采购清单与实物不符", "业务流程", "Ⅲ", "采购清单与入库单核对，双人验收。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 36, 10, 10, 32, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        sh.add(f"姓{GAP}名", None, f"职{GAP}务", None, "填表时间", None)
        sh.add(who, None, post, None, "2025年9月", None)
        for r in (len(sh.rows) - 2, len(sh.rows) - 1):
            for c in (0, 2, 4):
                sh.merge(r, c, r, c + 1)
        sh.add("序号", "风险点", "风险类别", "风险等级", "防控措施", "自查情况")
        for i, (point, typ, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, typ, lv, measures, found)
            t.point(sh.name, "", post, who, tier, point, types_in(typ), BARE[lv])
        _line(sh, "注：风险等级Ⅰ为高，Ⅱ为中，Ⅲ为低。", 6)
        sh.add("本人签名：", None, None, "所长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "tianfu_jiancha_finance_office_selfchecks",
        "https://www.jingan.gov.cn/govxxgk/JF5/2025-04-09/d4edf4f7-1e95-422b-a0c7-2798d8c2ddb3.html",
        "新区街道财政所 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 街道 财务 实施意见 "
        "(预算编制, 经费审批, 专项资金, 会计、出纳): a title, a label row ``姓　名 | 职　务 | 填表时间`` over a row of values (each "
        "merged over two columns), then 序号/风险点/风险类别 (short names)/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施/``自查情况``; a "
        "``注：`` line on the grades and ``本人签名： | 所长意见：``",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    tianfu_audit_bureau_reminder_cards(),
    tianfu_finance_bureau_list(),
    tianfu_statistics_bureau_two_sheets(),
    tianfu_state_assets_center_duties(),
    tianfu_huayang_finance_office_cards(),
    tianfu_fiscal_review_center_posts(),
    tianfu_treasury_center_groups(),
    tianfu_jiancha_finance_office_selfchecks(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch351-inbox"))

"""The six-hundred-and-sixty-ninth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one banner's social
insurance and medical insurance bodies, 西乌珠穆沁旗 (of 锡林郭勒盟, 内蒙古) — its 医疗保障局,
社会保险事业管理局, 医疗保险经办中心, 社会保障卡服务站, 医疗保障基金监管中心 and 社会保障服务中心 and the
社保/医保 stations of two of its towns (巴彦花镇, 浩勒图高勒镇) — each handing back the 一览表, 防控卡,
排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 社会保险事业管理局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader)
  and ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 医疗保险经办中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 社会保障卡服务站's 自查表, one sheet a person: a label row ``姓　名 | 所在部门 | 岗　位 | 填表时间``
  over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 巴彦花镇医保工作站's 责任清单 under GROUP ROWS ``一、工作站领导`` … ``三、嘎查协管员`` merged across,
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 医疗保障基金监管中心's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作
  line, ``★★★/★★/★`` read by a ``注：`` line;
- the 社会保障服务中心's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on EVERY
  row, short types, ``高风险/中风险/低风险``;
- the 浩勒图高勒镇社会保障服务站's 排查登记表: ``处室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别``
  (short names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``xiwu_medical_security_bureau_supervisors``: the 医疗保障局's 岗位廉政风险点分级防控表, ``序号 | 股室 |
  岗位 | 姓名 | 廉政风险点 | 防控措施 | 监督责任人``, with NO level column: each row's last cell names
  ANOTHER person who supervises the point (``局长 晁岍翎``, ``副局长 荀澔珺``, ``股长 晁沄嵩``,
  ``办公室主任 晁霡岚``), and a ``注：`` line under the table says the level is set by who supervises:
  what the 局长 supervises directly is 一级, what the 分管副局长 supervises 二级, what the 股室负责人
  (办公室主任) supervises 三级. The supervisors are no holders of those rows; the 基金监管股 股长 is both
  a holder (his own rows, supervised by the 局长 or the 副局长) and a supervisor (of his 科员's row),
  and the 副局长 both holds points (supervised by the 局长) and supervises others'. The README's
  读得懂的表 knows levels from a note's 序号, from control tiers a row fills (岗位自控 | 股室监控 | 中心防控),
  from factor scores, from a 分级管控 roster that gives the HOLDERS by level and 科室, and that a
  bracket naming a 监督人 is no holder; it does not describe a level given only by the post of the
  row's 监督责任人, read through a note.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (an article on 医保局长 as a 高危岗位 —
基金分配, 药品耗材定价, 为亲属谋特殊待遇, 套取公款; 养老金 违规领取 的五大情形 — 篡改年龄工龄, 虚构劳动关系,
死亡冒领, 重复领取, 中介代缴; a 区医保事务中心 原副主任 勾结民营医疗机构骗保; a note on 现金缴纳社保 的风险 —
营业厅, 身份验证, 信息泄露; a 医保局 抽查复查 — 盗刷冒用社保卡, 分解住院, 挂床住院; a 区医保局 基金监管 —
智能监控, 联动执法, 第三方抽查; an 审计 of 养老保险待遇发放 — 已故、服刑人员, 信息壁垒; 医保局长 自首 and
镇医保所 的“蝇贪”) and the layout follows their words for the unit, its parts, its posts and its
risks. The rows are worded by us, the names invented (the rare surnames 荀 and 晁 with rare given
names); every unit is a body of 西乌珠穆沁旗.

Run ``python tests/published/score.py --set batch669`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the level of each row is the one the ``注：`` line gives the post of its
  ``监督责任人`` (局长 1, 副局长 2, 股长 and 办公室主任 3); the 监督责任人 is no holder of the row and
  names no form of his own (the 办公室主任 holds nothing); the holder is the row's 姓名 with its
  岗位 and 股室; ``局领导`` is the 科室 of the 副局长; the ``注：`` and 制表/审核 lines are no points;
- ``局领导``, ``中心领导``, ``工作站领导``, ``服务站领导`` (a 股室/部门 cell, a group row) are the 科室 of those
  leaders; the 社会保险事业管理局's leaders (sheet ``局领导``, no 科室 column) and the cards' leaders
  have no 科室; a 股, a 科, ``服务站``, ``服务窗口``, ``经办窗口`` and ``嘎查协管员`` are 科室; a group row
  ``二、经办窗口`` gives the 科室 ``经办窗口`` (its number left off);
- every 局, 中心 and 站 is a unit of its own: 局长, 副局长, 主任, 副主任 and 站长 are leaders; 股长 and 科长
  middle; the rest (科员, 会计, 经办员, 审核员, 结算员, 窗口经办员, 协管员, 出纳) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no points
  and name no holder; the 医疗保险经办中心's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b669_"
PLACE = "西乌珠穆沁旗"
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

# the supervisors: (post, name) -> level of the points they supervise, per the 注 line
DIRECTOR = ("局长", "晁岍翎")
DEPUTY = ("副局长", "荀澔珺")
SECTION_HEAD = ("股长", "晁沄嵩")
OFFICE_HEAD = ("办公室主任", "晁霡岚")
SUPERVISED = {DIRECTOR: 1, DEPUTY: 2, SECTION_HEAD: 3, OFFICE_HEAD: 3}

# (股室, 岗位, 姓名, tier, 廉政风险点, 防控措施, 监督责任人)
GRADED = [
    ("局领导", "副局长", "荀澔珺", "leader", "医药机构定点评估中降低准入条件，为关系人开口子",
     "定点评估实行专家评审，评估结果局党组会集体研究。", DIRECTOR),
    ("局领导", "副局长", "荀澔珺", "leader", "为亲属、关系人违规提高报销比例、扩大报销范围",
     "待遇政策调整一律按自治区文件执行，特殊病例集体审议。", DIRECTOR),
    ("基金监管股", "股长", "晁沄嵩", "middle", "定点医药机构检查发现问题不移交，以罚代处",
     "检查结果和处理意见局务会审定，问题线索按规定移交纪检监察机关。", DIRECTOR),
    ("基金监管股", "股长", "晁沄嵩", "middle", "飞行检查前向被查机构泄露检查时间、内容",
     "检查方案实行保密管理，检查人员临时抽取。", DEPUTY),
    ("基金监管股", "科员", "荀琇岈", "general", "核定违规费用时少算、漏算，不足额追回",
     "违规费用双人核算，追回金额在局网站公开。", DEPUTY),
    ("基金监管股", "科员", "荀琇岈", "general", "接受定点药店宴请、购物卡",
     "签订廉洁承诺书，开展以案促改警示教育。", SECTION_HEAD),
    ("医药价格和招标采购股", "股长", "晁翊鋆", "middle", "医疗服务项目价格调整向个别医院倾斜",
     "价格调整方案征求意见并公示，报局党组会审定。", DIRECTOR),
    ("医药价格和招标采购股", "股长", "晁翊鋆", "middle", "药品耗材挂网采购中替企业打招呼、说情",
     "挂网采购在自治区平台进行，全程留痕。", DEPUTY),
    ("办公室", "会计", "荀湉珞", "general", "违规列支接待费，由医药企业支付单位餐费",
     "公务接待实行公函制度，清单、票据一并审核。", OFFICE_HEAD),
    ("办公室", "会计", "荀湉珞", "general", "虚列会议费、培训费套取公款",
     "会议、培训费用凭通知、签到表、明细单报销。", DEPUTY),
]  # fmt: skip


def xiwu_medical_security_bureau_supervisors() -> dict:
    unit = f"{PLACE}医疗保障局"
    sh = _Sheet("分级防控表", [6, 16, 9, 9, 40, 38, 16])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点分级防控表", 7)
    _line(sh, f"填报单位：{unit}{GAP * 16}2025年6月", 7)
    sh.add("序号", "股室", "岗位", "姓名", "廉政风险点", "防控措施", "监督责任人")
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, measures, boss) in enumerate(GRADED, 1):
        sh.add(n, dept, post, who, point, measures, f"{boss[0]} {boss[1]}")
        t.point(sh.name, dept, post, who, tier, point, [], SUPERVISED[boss])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级按监督责任人确定。由局长直接监督的为一级风险点，由分管副局长监督的为二级风险点，"
          "由股室负责人（办公室主任）监督的为三级风险点。", 7)  # fmt: skip
    sh.add("制表：办公室", None, None, "审核：", None, "局长（签字）：", None)
    return _layout(
        "xiwu_medical_security_bureau_supervisors", "https://a.460.net.cn/a/464853.html",
        "(harder) 旗医疗保障局 岗位廉政风险点分级防控表, after the source's article on 医保局长 as a 高危岗位 (基金分配, "
        "药品耗材定价, 为亲属谋特殊待遇, 让商人支付单位餐费, 套取公款): a title, a merged 填报单位/date line, then "
        "序号/股室 merged/岗位 and 姓名 merged per person/廉政风险点/防控措施/``监督责任人`` (post and name of ANOTHER "
        "person: 局长, 分管副局长, 股长, 办公室主任); NO level column: a ``注：`` line says the level is set by who "
        "supervises the point (局长 一级, 分管副局长 二级, 股室负责人 三级); the supervisors are no holders (one of "
        "them, the 基金监管股 股长, holds points of his own too); a 制表/审核/局长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def xiwu_social_insurance_bureau_two_sheets() -> dict:
    unit = f"{PLACE}社会保险事业管理局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 20, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("晁珩湜", "局长", "主持全面工作", [
            ("社保基金支出审批把关不严，违规拨付", "一级", "基金支出实行经办、复核、审批三岗分离。"),
            ("干部岗位调整优亲厚友", "二级", "岗位调整经局党组会研究决定。"),
        ]),
        ("荀翀昶", "副局长", "分管养老保险、待遇核定", [
            ("提前退休审批中默许篡改出生年月、工龄", "一级", "特殊工种提前退休材料逐项核对原始档案。"),
            ("为中介违规代缴、挂靠参保开绿灯", "一级", "补缴业务核查劳动关系原始凭证，定期比对。"),
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
        ("待遇核发股", "股长", "晁峣琛", "middle", "死亡、服刑人员待遇停发不及时，造成冒领", "一级",
         "每月与公安、法院、民政数据比对。"),
        ("待遇核发股", "股长", "晁峣琛", "middle", "重复领取两项养老保险待遇审核不出", "二级", "新增待遇人员全区系统查重。"),
        ("待遇核发股", "经办员", "荀沄翯", "general", "领取资格认证走过场，代人认证", "二级",
         "认证以人脸识别为主，上门认证双人前往。"),
        ("基金财务股", "股长", "荀霁珣", "middle", "基金收支户资金违规划转", "一级", "支出户资金拨付凭审批单，双人操作。"),
        ("基金财务股", "会计", "晁琬汐", "general", "对账不及时，账实不符", "三级", "每月与银行、税务对账。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "xiwu_social_insurance_bureau_two_sheets", "http://cdjxct.com.cn/zuikekaodezhengquangongsi/134970.html",
        "旗社会保险事业管理局 廉政风险防控一览表 in TWO SHEETS, after the source's 养老金 违规领取 五大情形 (篡改年龄工龄 "
        "提前退休, 虚构劳动关系, 死亡服刑后冒领, 重复领取, 中介违规代缴): sheet 局领导 with 姓名/职务/分管工作 merged per "
        "leader, sheet 股室 with 股室 merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, "
        "防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def xiwu_medical_insurance_center_posts() -> dict:
    unit = f"{PLACE}医疗保险经办中心"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "副主任", "leader", "医疗费用结算", "与民营医疗机构勾结，虚增住院费用套取基金", "外部环境风险", "高",
         "结算数据大数据监测，异常机构专项核查。"),
        ("医疗费用审核科", "审核员", "general", "住院费用审核", "对分解住院、挂床住院审核放水", "岗位职责风险", "高",
         "智能审核与人工复核结合，疑点病例抽查。"),
        ("医疗费用审核科", "审核员", "general", "零星报销审核", "零星报销票据审核不严，重复报销", "业务流程风险", "中",
         "票据联网查验，报销信息系统比对。"),
        ("医疗费用审核科", "科长", "middle", "异地就医备案", "违规为不符合条件人员办理异地备案", "制度机制风险", "中",
         "备案条件清单化，备案信息每月抽查。"),
        ("基金结算科", "结算员", "general", "医保基金拨付", "拨付不按协议进度，吃拿卡要", "思想道德风险", "中",
         "拨付进度在中心公示栏公开。"),
        ("基金结算科", "结算员", "general", "年终清算", "清算数据弄虚作假，多拨少拨", "业务流程风险", "低",
         "清算结果经集体研究并反馈医疗机构确认。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合科", None, None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "xiwu_medical_insurance_center_posts", "https://hk.crntt.com/doc/1071/0/4/1/107104153.html",
        "旗医疗保险经办中心 岗位廉政风险点排查表 对岗不对人, after the source's report on a 区医保事务中心 原副主任 勾结民营医疗"
        "机构骗取医保基金 (大数据监督模型, 异常收治预警): a title, 序号/科室 merged/岗位 merged per post/a short 风险点/a long "
        "风险表现/风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def xiwu_card_service_station_selfchecks() -> dict:
    unit = f"{PLACE}社会保障卡服务站"
    t = _Truth(unit)
    people = [
        ("晁珝琤", "服务站", "站长", "leader", [
            ("社保卡制卡、补换卡收取额外费用", "Ⅰ级", "收费项目和标准在服务大厅公示。", "已落实"),
            ("为他人违规代办社保卡、代领", "Ⅱ级", "代办须持双方有效证件，留存复印件。", "未发现问题"),
        ]),
        ("荀岫沨", "服务窗口", "窗口经办员", "general", [
            ("诱导群众现金缴纳社保费", "Ⅰ级", "缴费一律通过税务渠道，窗口不收现金。", "已落实"),
            ("泄露持卡人身份信息、社保卡号", "Ⅱ级", "业务单据集中销毁，系统账号专人专用。", "已落实"),
        ]),
        ("晁沨璎", "服务窗口", "窗口经办员", "general", [
            ("社保卡密码重置不核验本人", "Ⅱ级", "密码重置须人脸核验。", "未发现问题"),
            ("服务态度生硬，推诿拖延", "Ⅲ级", "落实首问负责制，接受群众评议。", "已落实"),
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
        sh.add("本人签名：", None, "站长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "xiwu_card_service_station_selfchecks", "https://www.xnnu.com/267622.html",
        "旗社会保障卡服务站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's note on "
        "现金缴纳社保 的风险 (营业厅办理, 身份验证, 社保卡账号泄露, 现金保管): a title, a label row ``姓　名 | 所在部门 | "
        "岗　位 | 填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; "
        "no type column; ``本人签名： | 站长意见：``",
        sheets, t,
    )  # fmt: skip


def xiwu_bayanhua_station_group_rows() -> dict:
    unit = f"{PLACE}巴彦花镇医保工作站"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、工作站领导", "工作站领导", [
            ("站长", "荀璟岍", "leader", [
                ("参保动员中虚报参保人数", "一级风险", "参保数据与户籍、系统数据逐村核对。"),
                ("医疗救助对象认定优亲厚友", "一级风险", "救助对象嘎查评议、镇审核、公示。"),
            ]),
        ]),
        ("二、经办窗口", "经办窗口", [
            ("经办员", "晁翎琇", "general", [
                ("留存、冒用参保人社保卡", "一级风险", "社保卡一律由本人持有，窗口不代管。"),
                ("慢特病待遇申报材料审核不严", "二级风险", "申报材料经旗医保中心复审。"),
                ("代收居民医保费不及时上缴", "三级风险", "代收款当日上缴，开具票据。"),
            ]),
        ]),
        ("三、嘎查协管员", "嘎查协管员", [
            ("协管员", "荀沅琦", "general", [
                ("入户核查住院病人走过场", "二级风险", "核查记录由病人或家属签字。"),
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
        "xiwu_bayanhua_station_group_rows", "https://movement.gzstv.com/news/detail/19eZW",
        "旗镇医保工作站 廉政风险防控责任清单, after the source's 医保局 抽查复查 (诱导住院, 留存盗刷冒用社保卡, 虚构医疗服务, "
        "分解住院, 挂床住院): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under "
        "GROUP ROWS ``一、工作站领导``, ``二、经办窗口``, ``三、嘎查协管员`` merged across; 岗位 and 姓名 merged per person; "
        "no type column",
        [sh], t,
    )  # fmt: skip


def xiwu_fund_supervision_cards() -> dict:
    unit = f"{PLACE}医疗保障基金监管中心"
    t = _Truth(unit)
    cards = [
        ("主任", "晁湜琰", "主任", "主持中心全面工作", "leader", [
            ("智能监控疑点数据人为筛除", "★★★", "疑点数据处理结果留痕，定期复查。"),
            ("第三方服务机构选定不按程序", "★★★", "第三方服务按政府采购程序确定。"),
            ("接受被检查机构宴请", "★", "严守中央八项规定精神。"),
        ]),
        ("副主任", "荀昉淏", "副主任", "分管稽核检查、举报受理", "leader", [
            ("举报线索压案不查", "★★", "举报线索登记编号，办理情况按月通报。"),
            ("联合执法检查中选择性执法", "★★", "检查对象随机抽取，检查结果公开。"),
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
        "xiwu_fund_supervision_cards", "http://gk.ziyang.gov.cn/details.aspx?id=64804",
        "旗医疗保障基金监管中心 领导干部廉政风险防控卡, one sheet a leader, after the source's 区医保局 基金监管 (集中宣传月, "
        "源头监管, 联动执法, 智能监控, 第三方服务抽查复查): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, "
        "then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def xiwu_social_security_service_center_list() -> dict:
    unit = f"{PLACE}社会保障服务中心"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "晁嶙珈", "leader", "养老保险待遇核定中违规认定视同缴费年限", "制度机制", "高风险",
         "视同缴费年限凭原始档案认定，集体审核。"),
        ("中心领导", "主任", "晁嶙珈", "leader", "已故人员信息共享滞后，待遇照常发放", "岗位职责", "中风险",
         "与民政、卫健、公安每月交换死亡信息。"),
        ("参保登记股", "股长", "荀瑀泠", "middle", "虚构劳动关系办理参保登记", "外部环境", "高风险",
         "新参保单位实地核查，登记信息与税务比对。"),
        ("参保登记股", "经办员", "晁霂琦", "general", "参保信息变更不核原件", "业务流程", "中风险",
         "信息变更凭原件办理，系统操作留痕。"),
        ("待遇审核股", "审核员", "荀琰昕", "general", "服刑人员领取待遇审核不出", "业务流程", "中风险",
         "定期与司法部门比对服刑人员信息。"),
        ("待遇审核股", "审核员", "荀琰昕", "general", "收受办事群众土特产", "思想道德", "低风险", "签订廉洁服务承诺书。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "xiwu_social_security_service_center_list", "http://www.njzyyy.cn/news/3695/ef94dee9deb98eca50a68e68c3b938f0.shtml",
        "旗社会保障服务中心 岗位廉政风险防控一览表, after the source's 审计 of 养老保险待遇发放 (已故人员违规发放, 服刑人员, "
        "跨部门信息壁垒, 经办人员审核流于形式): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then "
        "序号/部门/岗位/责任人 written on EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/"
        "防控措施; a 填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


def xiwu_haoletu_station_register() -> dict:
    unit = f"{PLACE}浩勒图高勒镇社会保障服务站"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "处室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("服务站领导", "站长", "荀珂翀", "leader", [
            ("居民医保费收缴资金截留挪用", "制度机制", "一级", "收缴资金专户管理，每月对账。"),
            ("城乡居民养老保险补贴对象认定不公", "思想道德", "二级", "补贴对象名单嘎查公示。"),
        ]),
        ("业务股", "股长", "晁琛岚", "middle", [
            ("参保缴费档次变更审核不严", "岗位职责", "二级", "变更申请留档，每季度抽查。"),
        ]),
        ("业务股", "经办员", "荀翯璆", "general", [
            ("私收村民医保费不入账", "外部环境", "一级", "一律通过税务渠道缴费，开具电子票据。"),
            ("代办业务收取好处费", "思想道德", "三级", "代办事项公开，群众监督电话上墙。"),
        ]),
        ("财务股", "出纳", "晁岱珩", "general", [
            ("现金坐支、公款私存", "业务流程", "一级", "现金日清月结，定期盘点。"),
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
        "xiwu_haoletu_station_register", "https://www.zhidianjob.com/index.php/newsdetail/id/10385.html",
        "旗镇社会保障服务站 廉政风险点排查登记表, after the source's report on 医保局长 自首 and 基层“蝇贪” (镇医保所 工作人员 "
        "私吞村民医保费): a title, 序号/处室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 "
        "``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    xiwu_medical_security_bureau_supervisors(),
    xiwu_social_insurance_bureau_two_sheets(),
    xiwu_medical_insurance_center_posts(),
    xiwu_card_service_station_selfchecks(),
    xiwu_bayanhua_station_group_rows(),
    xiwu_fund_supervision_cards(),
    xiwu_social_security_service_center_list(),
    xiwu_haoletu_station_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch669-inbox"))

"""The nine-hundred-and-fourth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's medical
insurance bodies, 吉木乃县 (阿勒泰地区, 新疆维吾尔自治区) — its 医疗保障局, 医保服务中心, 医保基金监管所,
the 局's 定点医药机构管理股 and 待遇保障股, the 医保信息中心 and two 乡镇医保服务站 (托斯特乡, 喀尔交乡) —
each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 医疗保障局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 医保服务中心's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 定点医药机构管理股's 排查表 对岗不对人: ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, ``高风险/中风险/低风险``; no names;
- the 待遇保障股's 自查表, one sheet a person: a label row ``姓　名 | 所在股室 | 岗　位 | 填表时间`` over a
  row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 医保信息中心's 清单 under GROUP ROWS ``一、中心领导`` … (no 科室 column), ``岗位 | 姓名`` merged per
  person, ``一级风险/二级风险/三级风险``;
- the 托斯特乡医保服务站's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on
  EVERY row, short types, 高/中/低;
- the 喀尔交乡医保服务站's 排查登记表: ``股室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别``
  (short names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``jeminay_fund_supervision_contacts``: the 医保基金监管所's 定点医药机构监管廉政风险清单, one row a
  定点医药机构 (the 监管对象: a 卫生院, a 药店, the 县人民医院 …) with TWO NAME COLUMNS: ``机构联系人``
  (with its ``联系电话``), a person OF THE HOSPITAL OR PHARMACY, and, right of it, the 所's own
  ``监管组 | 监管责任人 | 职务``; then the 廉政风险点 of supervising that body, its level and
  measures. The 机构联系人 stands LEFT of the holder and is nobody's holder; each 监管责任人 holds his
  rows' points. The README's 读得懂的表 knows a ``联系人：某某`` in a 备注 or a note, a 联系人 in a page
  footer, a ``单位 | 联系人 | 电话`` table BESIDE a list, a 包保企业 list whose holders come from a
  roster beside it, and 排查人/被排查人 ledgers; it does not describe a list whose own rows carry an
  outside body's contact person in a name column before the holder's.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 市医保局 基金监管行政检查计划 —
自查自纠, 智能监控, 协议管理, 双随机; a 定点零售药店 服务协议 — 医疗保险经办处, 处方外配, 查询调用台账;
a 定点零售药店 协议管理 rule — 专(兼)职人员, 服务范围, 违约; a 定点零售药店 管理实施细则 — 资格认定,
年检, 服务协议; a page on 低保 医保报销 — 医疗救助, 报销比例; a 医保信息专项工作方案 — 信息平台,
数据共享, 安全保障; a 医保联网计算机信息安全管理制度 — 口令, 专线, 拷贝; a 医保网络安全和数据保护制度 —
数据采集, 访问权限, 备份) and the layout follows their words for the unit, its parts, its posts
and its risks. The rows are worded by us, the names invented (the rare surnames 佀 and 虢 with
rare given names); every unit is a body of 吉木乃县.

Run ``python tests/published/score.py --set batch904`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the holder is the ``监管责任人`` (his 科室 the ``监管组``, his post the ``职务``);
  the ``机构联系人``, its ``联系电话`` and the ``定点医药机构`` name no holder and are no points; one
  form a 监管责任人, all his rows (several bodies) in it;
- ``所领导``, ``中心领导`` (a 监管组 cell, a group row) are the 科室 of those leaders; the 医疗保障局's
  leaders (sheet ``局领导``) and the cards' leaders have no 科室; a 局's 股, a 中心's 组 and a 站's 组
  are 科室; a group row ``二、系统运维组`` gives the 科室 ``系统运维组``;
- the 定点医药机构管理股 and the 待遇保障股 are units of their own (each sends its own table), and
  each is also the 科室 of its own posts (the 股 a 局's 科室, as below), named by the title and the
  sign-off when no 科室 column names it: their 股长 is middle, 副股长 middle, the rest general; 局长, 副局长, 主任, 副主任, 所长, 副所长 and 站长 are
  leaders; 组长 middle;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no
  points and name no holder; the 定点医药机构管理股's list names no person: its forms are posts
  (对岗不对人);
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

PREFIX = "b904_"
PLACE = "吉木乃县"
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

# (定点医药机构, 机构类别, 机构联系人, 联系电话, 监管组, 监管责任人, 职务, tier, 廉政风险点, 风险等级, 防控措施)
CONTACTS = [
    ("吉木乃县人民医院", "定点医疗机构", "郗晓岚", "0906-6521138", "所领导", "佀翀璆", "所长", "leader",
     "对挂床住院、分解住院问题查处中说情打招呼、降格处理", "高", "查处结果经所务会集体研究，处理决定公开。"),
    ("吉木乃县托斯特乡卫生院", "定点医疗机构", "蒯文娟", "0906-6532071", "所领导", "佀翀璆", "所长", "leader",
     "接受定点医疗机构宴请、礼品，放松日常稽核", "中", "签订廉洁承诺书，稽核检查两人以上同行。"),
    ("吉木乃县康宁大药房", "定点零售药店", "訾海燕", "13899061527", "稽核一组", "虢甯珣", "组长", "middle",
     "对串换药品、医保卡购买日用品问题瞒案不报", "高", "检查发现问题当日登记，线索统一移交所里。"),
    ("吉木乃县百草堂药店", "定点零售药店", "郗建军", "13999064380", "稽核一组", "虢甯珣", "组长", "middle",
     "检查前向药店通风报信", "中", "检查对象双随机抽取，检查时间临时通知。"),
    ("吉木乃县喀尔交乡卫生院", "定点医疗机构", "蒯志刚", "0906-6541209", "稽核二组", "佀璟翮", "稽核员", "general",
     "现场检查取证不全，少认定违规金额", "中", "现场检查全程记录，违规金额两人复核。"),
    ("吉木乃县济民诊所", "定点医疗机构", "訾玉梅", "13559067712", "稽核二组", "佀璟翮", "稽核员", "general",
     "违规追回的医保基金未足额入账", "低", "追回资金直接缴入基金专户，财务按月对账。"),
]  # fmt: skip


def jeminay_fund_supervision_contacts() -> dict:
    unit = f"{PLACE}医保基金监管所"
    sh = _Sheet("监管清单", [6, 22, 13, 9, 14, 10, 10, 8, 38, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}定点医药机构监管廉政风险清单", 11)
    sh.add("序号", "定点医药机构", "机构类别", "机构联系人", "联系电话", "监管组", "监管责任人", "职务",
           "廉政风险点", "风险等级", "防控措施")  # fmt: skip
    for n, row in enumerate(CONTACTS, 1):
        body, kind, contact, phone, dept, who, post, tier, point, lv, measures = row
        sh.add(n, body, kind, contact, phone, dept, who, post, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    sh.add("制表：综合组", None, None, None, None, "审核：", None, None, None, "2025年6月", None)
    return _layout(
        "jeminay_fund_supervision_contacts", "http://www.fymate.net/html/text/lar/170315/17031589_3.html",
        "(harder) 县医保基金监管所 定点医药机构监管廉政风险清单, after the source's 定点零售药店 协议管理 rule (医保经办机构 "
        "签订服务协议, 药店配备一名专(兼)职人员负责医保管理, 违约解除协议): one row a 定点医药机构 with TWO NAME COLUMNS, "
        "``机构联系人 | 联系电话`` (a person of the hospital or pharmacy, nobody's holder) left of the 所's own "
        "``监管组 | 监管责任人 | 职务`` (the holder), then 廉政风险点/风险等级 高/中/低/防控措施; no merges, no type "
        "column; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def jeminay_medical_bureau_two_sheets() -> dict:
    unit = f"{PLACE}医疗保障局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("虢瀞峋", "局长", "主持全面工作", [
            ("医保基金监管行政处罚案件个人说了算", "一级", "重大处罚案件经局党组会集体研究，法制审核在先。"),
            ("干预定点医药机构准入，为亲友开办的机构打招呼", "一级", "定点准入按评估结果公示，领导干预登记报告。"),
        ]),
        ("佀沄琇", "副局长", "分管基金监管、医药服务", [
            ("年度行政检查对象不按双随机确定", "一级", "检查对象由系统双随机抽取，抽取过程留痕。"),
            ("对智能监控疑点数据选择性核查", "二级", "疑点数据全部登记，核查结果每月通报。"),
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
        ("基金监管股", "股长", "虢湉岷", "middle", "协议管理考核打分不按细则，人情分", "一级",
         "考核打分两人以上，结果在定点机构中公示。"),
        ("基金监管股", "股长", "虢湉岷", "middle", "对自查自纠中退回的违规费用不跟踪", "二级", "退回费用逐笔登记，与基金专户核对。"),
        ("办公室", "会计", "佀霂昶", "general", "医保业务经费报账审核不严", "二级", "报账单据三级审核，经费专账核算。"),
        ("办公室", "出纳", "虢珮岑", "general", "现金收支不及时入账", "一级", "现金日清月结，每月对账。"),
        ("医药价格和招采股", "股长", "佀曜澂", "middle", "集中带量采购药品配送企业遴选暗箱操作", "二级",
         "遴选结果集体研究并公示，全程留痕。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "jeminay_medical_bureau_two_sheets", "http://ybj.xianning.gov.cn/xxgk/fdzdgknr/ghjh/202512/t20251224_4177614.shtml",
        "县医疗保障局 廉政风险防控一览表 in TWO SHEETS, after the source's 市医保局 基金监管行政检查计划 (自查自纠, 智能监控, "
        "协议管理考核, 双随机检查): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 merged "
        "and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def jeminay_service_center_cards() -> dict:
    unit = f"{PLACE}医保服务中心"
    t = _Truth(unit)
    cards = [
        ("主任", "佀晞珝", "主任", "主持中心全面工作", "leader", [
            ("医保费用结算拨付中向定点机构索取好处", "★★★", "结算拨付经初审、复核、审批三个环节，按月公开。"),
            ("处方外配服务协议签订把关不严", "★★★", "协议签订前现场核查，结果报局备案。"),
            ("接受定点药店宴请和礼品", "★", "严守中央八项规定精神，节前廉洁提醒。"),
        ]),
        ("副主任", "虢濛岫", "副主任", "分管稽核、异地就医", "leader", [
            ("调阅药店进销台账走过场", "★★", "台账调阅登记，发现问题当场签字确认。"),
            ("异地就医备案审核不严", "★★", "备案资料两人审核，系统留痕。"),
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
        "jeminay_service_center_cards", "https://xiexiebang.com/a14/201905152/7f642e8d97604265.html",
        "县医保服务中心 领导干部廉政风险防控卡, one sheet a leader, after the source's 定点零售药店 服务协议 (医疗保险经办处, "
        "处方外配, 调用台账、处方、药品进销资料): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


SECTION = "定点医药机构管理股"


def jeminay_designated_section_posts() -> dict:
    unit = f"{PLACE}医疗保障局{SECTION}"
    sh = _Sheet("排查表", [6, 12, 18, 38, 13, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("股长", "middle", "定点资格评估", "评估打分向关系户倾斜，不符合条件的药店通过评估", "岗位职责风险", "高风险",
         "评估小组三人以上，评估结果公示。"),
        ("股长", "middle", "年检验证", "年检走过场，对服务协议履行差的机构不予处理", "制度机制风险", "中风险",
         "年检结果报局务会审定。"),
        ("协议管理员", "general", "服务协议签订", "协议范围擅自扩大，违规开通慢病服务", "业务流程风险", "高风险",
         "协议文本统一，服务范围变更经集体研究。"),
        ("协议管理员", "general", "基础信息变更", "机构变更地址、法人不按规定重新核定", "外部环境风险", "低风险",
         "变更登记双人审核，系统比对。"),
        ("药品目录对照员", "general", "目录对照", "收受好处后将目录外药品对照为目录内", "思想道德风险", "高风险",
         "对照结果系统留痕，股长每月抽查。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, point, desc, typ, lv, measures)
        t.point(sh.name, SECTION, post, "", tier, point, types_in(typ), HIGHS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add("编制：定点医药机构管理股", None, None, "审核：", None, "2025年3月", None)
    return _layout(
        "jeminay_designated_section_posts", "https://xiexiebang.com/a5/2019051317/4930fd96c5325579.html",
        "县医保局 定点医药机构管理股 岗位廉政风险点排查表 对岗不对人, after the source's 定点零售药店 医疗保险服务管理实施细则 "
        "(资格认定, 年检验证, 服务协议, 药品目录对照): a title, 序号/岗位 merged per post/a short 风险点/a long 风险表现/"
        "风险类型 ``…风险``/风险等级 ``高风险/中风险/低风险``/防控措施; no names, no 科室 column; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def jeminay_benefits_section_selfchecks() -> dict:
    unit = f"{PLACE}医疗保障局待遇保障股"
    t = _Truth(unit)
    people = [
        ("虢翯琮", "待遇保障股", "股长", "middle", [
            ("医疗救助对象认定把关不严，优亲厚友", "Ⅰ级", "救助对象与民政低保名单比对，结果公示。", "已落实"),
            ("门诊慢特病认定标准执行不一", "Ⅱ级", "认定由专家组评审，两人以上签字。", "未发现问题"),
        ]),
        ("佀昉岷", "待遇保障股", "经办员", "general", [
            ("医疗救助资金拨付不及时、截留", "Ⅰ级", "救助资金直接拨付到户，每月对账。", "已落实"),
            ("报销资料审核不细，重复报销", "Ⅲ级", "系统查重，报销资料归档备查。", "已落实"),
        ]),
        ("虢瑀嵩", "待遇保障股", "副股长", "middle", [
            ("异地就医备案材料代签、补签", "Ⅱ级", "备案材料本人签字，系统比对。", "已落实"),
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
        sh.add("本人签名：", None, "股长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "jeminay_benefits_section_selfchecks", "https://www.zhetiaohe.com/ss/fba4a301bdca2d3e0a5f2bca422e7fff293c7ba4c3d3e73c800511f4960c6563.html",
        "县医保局 待遇保障股 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's page on "
        "低保 医保报销 (医疗救助, 报销比例): a title, a label row ``姓　名 | 所在股室 | 岗　位 | 填表时间`` over a row of "
        "values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 股长意见：``",
        sheets, t,
    )  # fmt: skip


def jeminay_information_center_group_rows() -> dict:
    unit = f"{PLACE}医保信息中心"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "虢澐峣", "leader", [
                ("信息系统运维服务商选定暗箱操作", "一级风险", "运维服务按政府采购程序选定，集体研究。"),
                ("数据共享审批把关不严", "二级风险", "数据共享须书面申请，经局审批。"),
            ]),
        ]),
        ("二、系统运维组", "系统运维组", [
            ("组长", "佀珦岚", "middle", [
                ("擅自修改医保信息系统结算数据", "一级风险", "数据修改经审批，操作日志保存备查。"),
            ]),
            ("运维员", "虢岍珵", "general", [
                ("系统操作权限分配不按规定", "二级风险", "权限分级授权，每季度清理。"),
                ("泄露系统口令和接口参数", "三级风险", "口令定期更换，签订保密承诺书。"),
            ]),
        ]),
        ("三、数据管理组", "数据管理组", [
            ("数据管理员", "佀澔珺", "general", [
                ("违规查询、倒卖参保人员个人信息", "一级风险", "查询实行实名登记，日志每月抽查。"),
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
        "jeminay_information_center_group_rows", "https://www.renrendoc.com/paper/507828636.html",
        "县医保信息中心 廉政风险防控责任清单 under GROUP ROWS, after the source's 医保信息专项工作方案 (信息平台, 数据共享, "
        "安全保障体系): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施, group rows "
        "``一、中心领导``, ``二、系统运维组``, ``三、数据管理组`` merged across; 岗位 and 姓名 merged per person; no type "
        "column",
        [sh], t,
    )  # fmt: skip


def jeminay_tosite_station_list() -> dict:
    unit = f"{PLACE}托斯特乡医保服务站"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "佀滢琤", "leader", "城乡居民参保资助对象审核不严", "岗位职责", "高",
         "资助对象与乡民政名单逐一比对，张榜公示。"),
        ("站领导", "站长", "佀滢琤", "leader", "医保联网计算机交由他人操作", "制度机制", "中",
         "联网计算机专人负责，口令不得外借。"),
        ("经办组", "经办员", "虢昀岌", "general", "代收参保费不及时上缴", "业务流程", "高",
         "代收费用当日缴入专户，票据联号使用。"),
        ("经办组", "经办员", "虢昀岌", "general", "用U盘拷贝参保人员信息外传", "思想道德", "低",
         "严禁移动存储接入联网计算机，定期检查。"),
        ("经办组", "村医保专干", "佀岑璘", "general", "代办报销收取群众好处费", "外部环境", "中",
         "代办事项登记，群众签字确认，站长回访。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    sh.add("填表人：", None, None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "jeminay_tosite_station_list", "http://wenku.cyjzzd.com/a/1300091728?q=%E3%80%8A%E5%8C%BB%E4%BF%9D%E4%BF%A1%E6%81%AF%E5%AE%89%E5%85%A8%E7%AE%A1%E7%90%86%E5%88%B6%E5%BA%A6b%E3%80%8B",
        "乡医保服务站 岗位廉政风险防控一览表, after the source's 医保联网计算机信息安全管理制度 (专人负责, 口令, 严禁U盘拷贝, "
        "未经批准不得提供查询): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 on "
        "EVERY row/廉政风险点/风险类型 (short names)/风险等级 高/中/低/防控措施; a 填表人/审核人/站长（签字） line",
        [sh], t,
    )  # fmt: skip


def jeminay_kaerjiao_station_register() -> dict:
    unit = f"{PLACE}喀尔交乡医保服务站"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "虢珧嵘", "leader", [
            ("医疗救助申请初审优亲厚友", "岗位职责", "一级", "初审结果在村务公开栏公示。"),
            ("站里数据采集任务分配不公", "制度机制", "二级", "任务分配站务会研究。"),
        ]),
        ("经办组", "经办员", "佀旸岍", "general", [
            ("违规查询、泄露参保人员个人信息", "业务流程", "一级", "查询实名登记，签订保密承诺。"),
        ]),
        ("稽核组", "稽核员", "虢琇岱", "general", [
            ("村卫生室医保费用初核不实", "业务流程", "二级", "初核记录两人签字，站长抽查。"),
            ("接受村卫生室吃请", "思想道德", "三级", "签订廉洁承诺书。"),
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
        "jeminay_kaerjiao_station_register", "https://www.oo7.cn/176325.html",
        "乡医保服务站 廉政风险点排查登记表, after the source's 医保网络安全和数据保护制度 (数据采集、使用、共享, 访问权限, "
        "责任明确): a title, 序号/股室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 "
        "``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    jeminay_fund_supervision_contacts(),
    jeminay_medical_bureau_two_sheets(),
    jeminay_service_center_cards(),
    jeminay_designated_section_posts(),
    jeminay_benefits_section_selfchecks(),
    jeminay_information_center_group_rows(),
    jeminay_tosite_station_list(),
    jeminay_kaerjiao_station_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch904-inbox"))

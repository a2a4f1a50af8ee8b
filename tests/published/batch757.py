"""The seven-hundred-and-fifty-seventh batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 人社 and
就业 bodies, 康平县 (of 沈阳市, 辽宁省) — its 人力资源和社会保障局, 就业服务中心, 劳动保障监察大队,
劳动人事争议仲裁院, 人才服务中心, 职业技能培训中心 and 人力资源和社会保障综合服务中心 — each handing
back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 人社局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and ``股室``
  (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 就业服务中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 劳动保障监察大队's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` and a merged 主要职责
  line, ``★★★/★★/★`` read by a ``注：`` line;
- the 劳动人事争议仲裁院's 自查表, one sheet a person: a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间``
  over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 人才服务中心's 责任清单 under GROUP ROWS ``一、中心领导`` … ``三、档案管理股`` merged across (no
  科室 column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 职业技能培训中心's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on
  EVERY row, short types, ``高风险/中风险/低风险``;
- the 综合服务中心's 排查登记表: ``处室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别`` (short
  names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``kangping_social_insurance_center_stage_sections``: the 社会保险事业服务中心's 经办业务廉政风险防控
  台账, ONE ROW A POINT under ``序号 | 办理环节 | 廉政风险点 | 风险等级 | 防控措施`` with NO 科室, 岗位 or
  姓名 column; the rows are grouped under SECTION ROWS, one a business (``一、企业职工基本养老保险待遇
  核定（经办：待遇核发股科员　庾沇璋；复核：待遇核发股股长　荀瑢岍；审批：副主任　庾瑢澍）``), each
  merged across and naming in its bracket THAT business's 经办, 复核 and 审批 holders (科室+post, name),
  different people in different sections; each row's ``办理环节`` (经办/复核/审批) picks, among the
  holders of ITS section, the holder of the point — so one 办理环节 word names a different person
  from section to section, and a person (the 副主任, the 待遇核发股 科员) holds points in several
  sections. The README's 读得懂的表 knows a group row naming ONE holder (``一、出纳岗(责任人:李明)``),
  a 办理环节 list whose holders stand in ONE legend line for the whole table (``各环节责任人：…``),
  a business × post permission grid in a table of its own, and ``经办人 | 复核人 | 审批人`` COLUMNS
  on every row picked by a ``风险环节`` cell; it does not describe section rows each carrying its
  own business's stage holders, picked row by row by the 办理环节.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 辽宁 人社厅 notice on 工伤认定
and 劳动能力鉴定 — 受理, 补正, 调查, 例会研究, 视同工伤; an 审计 report on 就业补助资金 — 社会保险补贴,
虚构劳动关系, 骗取套取补贴; a 专项行动 plan on 非法用工 and 欠薪 — 监察, 联合执法, 举报投诉; an
article on 劳动争议仲裁 枉法裁判 — 事实认定, 证据, 仲裁员; a comment on 事业单位 招聘考试 雷同 —
试题泄露, 公信力; a comment on 培训骗补 — 假学员, 刷课, 考试放水, 滥发证书; a page on 社保基金
— 档案涂改, 提前退休, 冒领; a 广东 人社厅 page on 社保基金监督 — 修改银行账户, “多对一” 疑点数据,
经办内控) and the layout follows their words for the unit, its parts, its posts and its risks.
The rows are worded by us, the names invented (the rare surnames 荀 and 庾 with rare given
names); every unit is a body of 康平县.

Run ``python tests/published/score.py --set batch757`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a row's point is the point of the holder whom ITS section row names for the
  row's 办理环节 (经办/复核/审批), with the row's level; the holder's 科室 and post are those written
  before his name in the bracket (``待遇核发股科员`` → 待遇核发股, 科员; ``副主任`` → no 科室); one form
  a holder, whatever the sections he appears in; the business (the section row's text before the
  bracket) is no point; the ``注：`` line and the 填表/审核 line are no points;
- ``中心领导``, ``仲裁院领导`` (a 科室 cell, a group row, a 所在科室 cell) are the 科室 of those leaders; the
  人社局's leaders (sheet ``局领导``, no 科室 column) and the 监察大队's cards have no 科室; a 局's or a
  中心's 股, a 仲裁院's 庭 and a service centre's 窗口 are 科室; a group row ``二、考试服务股`` gives the
  科室 ``考试服务股`` (its number left off);
- every 中心, the 局, the 大队 and the 仲裁院 are units of their own: 局长, 副局长, 主任, 副主任, 大队长
  and 院长 are leaders; 股长 middle; the rest (科员, 监察员, 仲裁员, 书记员, 考评员, 受理员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``主要职责``, ``分管工作``, ``自查情况`` and
  ``填表时间`` are no points and name no holder; the 就业服务中心's list names no person: its forms are
  posts (对岗不对人);
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

PREFIX = "b757_"
PLACE = "康平县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
STAGES = ("经办", "复核", "审批")


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# each business: (name, {stage: (科室, post, name, tier)}, [(stage, point, level, measures)])
SECTIONS = [
    ("一、企业职工基本养老保险待遇核定", {
        "经办": ("待遇核发股", "科员", "庾沇璋", "general"),
        "复核": ("待遇核发股", "股长", "荀瑢岍", "middle"),
        "审批": ("", "副主任", "庾瑢澍", "leader"),
    }, [
        ("经办", "待遇测算时虚增视同缴费年限", "高", "视同缴费年限凭原始档案认定，测算表经办人签字。"),
        ("复核", "复核只看系统测算结果，不核对原始档案", "中", "复核逐项对照档案原件，留存复核记录。"),
        ("审批", "特殊工种提前退休审批把关不严", "高", "提前退休名单公示，报市局备案。"),
    ]),
    ("二、养老保险关系转移接续", {
        "经办": ("参保登记股", "科员", "荀澐翥", "general"),
        "复核": ("参保登记股", "股长", "庾澐琦", "middle"),
        "审批": ("", "副主任", "庾瑢澍", "leader"),
    }, [
        ("经办", "为临时参保人员违规办理“即参即转”", "高", "转入前核查参保缴费记录，不足规定年限的不予办理。"),
        ("复核", "转移基金到账金额与转移记录不核对", "中", "到账资金逐笔与联系函核对，差额书面说明。"),
        ("审批", "对违规补缴后办理转移的不予纠正", "中", "补缴三年以上的经集体研究，承诺书存档。"),
    ]),
    ("三、工伤保险待遇支付", {
        "经办": ("工伤待遇股", "科员", "荀嶷珩", "general"),
        "复核": ("工伤待遇股", "股长", "庾嶷岑", "middle"),
        "审批": ("", "主任", "荀翥澄", "leader"),
    }, [
        ("经办", "超出药品目录、诊疗目录报销工伤医疗费", "中", "医疗费按三个目录逐项审核，超标部分剔除。"),
        ("复核", "一次性伤残补助金计发基数复核不严", "高", "计发基数与缴费工资核对，复核人签字。"),
        ("审批", "大额工伤待遇支付不经集体研究", "高", "五万元以上支付经中心主任办公会研究。"),
    ]),
    ("四、待遇领取资格认证及银行账户变更", {
        "经办": ("待遇核发股", "科员", "庾沇璋", "general"),
        "复核": ("稽核股", "股长", "庾翥涵", "middle"),
    }, [
        ("经办", "擅自修改参保人员待遇发放银行账户", "高", "账户变更须本人申请、身份核验，系统留痕。"),
        ("经办", "死亡人员待遇停发不及时，造成冒领", "低", "每月比对殡葬、公安数据，及时暂停发放。"),
        ("复核", "对“多人一账户”等疑点数据不核查", "中", "按月筛查疑点数据，逐条核查销号。"),
    ]),
]  # fmt: skip


def _section_text(name: str, holders: dict) -> str:
    parts = [f"{stage}：{dept}{post}{GAP}{who}" for stage, (dept, post, who, _t) in holders.items()]
    return f"{name}（{'；'.join(parts)}）"


def kangping_social_insurance_center_stage_sections() -> dict:
    unit = f"{PLACE}社会保险事业服务中心"
    sh = _Sheet("经办风险", [6, 10, 40, 9, 40])
    t = _Truth(unit)
    _line(sh, f"{unit}社会保险经办业务廉政风险防控台账", 5)
    _line(sh, f"填报单位：{unit}{GAP * 16}填报时间：2025年5月", 5)
    sh.add("序号", "办理环节", "廉政风险点", "风险等级", "防控措施")
    # the truth one form a holder, in the order the holders first appear
    forms: dict[tuple, list] = {}
    n = 0
    for name, holders, rows in SECTIONS:
        _line(sh, _section_text(name, holders), 5)
        for dept, post, who, tier in holders.values():
            forms.setdefault((dept, post, who, tier), [])
        for stage, point, lv, measures in rows:
            n += 1
            sh.add(n, stage, point, lv, measures)
            forms[holders[stage][:4]].append((point, HML[lv]))
    for (dept, post, who, tier), points in forms.items():
        for point, lv in points:
            t.point(sh.name, dept, post, who, tier, point, [], lv)
    _line(
        sh,
        "注：各项业务名称后括号内为该业务经办、复核、审批人员，各办理环节的风险点由该环节人员负责。",
        5,
    )
    sh.add("填表：", None, "审核：", None, "中心主任（签字）：")
    return _layout(
        "kangping_social_insurance_center_stage_sections", "http://xjdzao.com/bmzsk/sb/content/post_1725032.html",
        "(harder) 县社会保险事业服务中心 经办业务廉政风险防控台账, after the source's 广东 人社厅 page on 社保基金监督 (修改银行账户 "
        "转走待遇, “多对一” 疑点数据, 经办内控, 事前事中事后): a title, a merged 填报单位/填报时间 line, then ``序号 | 办理环节 | "
        "廉政风险点 | 风险等级 | 防控措施`` with NO 科室/岗位/姓名 column, the rows under SECTION ROWS one a business merged "
        "across, each naming in its bracket that business's 经办, 复核 and 审批 holders (``经办：待遇核发股科员　庾沇璋；复核：…；"
        "审批：副主任　庾瑢澍``); each row's 办理环节 picks the holder among its own section's; 高/中/低, no type column; a "
        "merged ``注：`` line and a 填表/审核/中心主任（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def kangping_hrss_bureau_two_sheets() -> dict:
    unit = f"{PLACE}人力资源和社会保障局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 20, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("荀翾邈", "局长", "主持全面工作", [
            ("事业单位公开招聘岗位条件因人设岗", "一级", "招聘方案经局党组会研究，岗位条件报县委编办核准后公告。"),
            ("社会保险基金支出审批把关不严", "一级", "基金支出经办、复核、审批分离，大额支出集体研究。"),
        ]),
        ("庾翾淼", "副局长", "分管工伤保险、劳动关系", [
            ("工伤认定结论受人情干扰，擅自扩大视同工伤范围", "一级", "视同工伤从严认定，疑难案件例会集体研究。"),
            ("劳动能力鉴定专家抽取不随机", "二级", "鉴定专家从专家库随机抽取，实行回避。"),
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
    dept = _Sheet("股室", [6, 16, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}股室廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("工伤保险股", "股长", "荀瀹岚", "middle", "上下班途中交通事故不核实交警责任认定即作认定", "一级",
         "以交警部门事故责任认定书为依据，调查笔录存档。"),
        ("工伤保险股", "股长", "荀瀹岚", "middle", "申请材料补正不一次性告知，故意刁难申请人", "二级",
         "推行一次性告知，受理回执注明补正材料。"),
        ("工伤保险股", "科员", "庾瀹琤", "general", "工伤事故调查取证走过场，调查笔录不实", "二级",
         "调查由两人以上进行，现场核实并拍照。"),
        ("事业单位人事管理股", "股长", "荀峄琛", "middle", "事业单位岗位聘用和工资审核违反政策", "二级",
         "审核结果股室会审，按季度公示。"),
        ("事业单位人事管理股", "科员", "庾峄澜", "general", "工资审批表、聘用花名册资料保管不善", "三级",
         "资料专柜存放，借阅登记。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "kangping_hrss_bureau_two_sheets", "http://wnpump.cn/wap/content.asp?id=8857&lid=110",
        "县人力资源和社会保障局 廉政风险防控一览表 in TWO SHEETS, after the source's 辽宁 人社厅 notice on 工伤认定 and "
        "劳动能力鉴定 (受理申请, 材料补正, 案件调查, 例会研究, 视同工伤, 交通事故责任认定): sheet 局领导 with 姓名/职务/"
        "分管工作 merged per leader, sheet 股室 with 股室 merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 "
        "``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def kangping_employment_center_posts() -> dict:
    unit = f"{PLACE}就业服务中心"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "就业补助资金分配", "就业补助资金分配不按规定程序，向关系单位倾斜", "制度机制风险", "高",
         "资金分配方案经主任办公会研究，结果公开。"),
        ("就业促进股", "股长", "middle", "社会保险补贴审核", "对虚构劳动关系申领社会保险补贴的单位审核不严", "岗位职责风险", "高",
         "补贴名单与参保、工资发放记录比对。"),
        ("就业促进股", "股长", "middle", "公益性岗位管理", "公益性岗位人员冒名顶岗，只领补贴不上岗", "业务流程风险", "中",
         "公益性岗位人员每月考勤，不定期抽查在岗。"),
        ("就业促进股", "科员", "general", "求职创业补贴发放", "补贴对象认定不实，重复发放", "业务流程风险", "中",
         "发放名单系统查重，公示后发放。"),
        ("创业服务股", "股长", "middle", "创业担保贷款推荐", "收受好处为不符合条件人员出具贷款推荐意见", "思想道德风险", "高",
         "推荐意见集体审核，台账备查。"),
        ("创业服务股", "科员", "general", "创业培训核查", "创业培训人数、课时核查不实", "外部环境风险", "低",
         "培训现场随机抽查，签到影像留存。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合股", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "kangping_employment_center_posts", "http://www.njqunle168.cn/2024-06-30/102211400.html",
        "县就业服务中心 岗位廉政风险点排查表 对岗不对人, after the source's report on the 审计 of 就业补助资金 and 失业保险基金 "
        "(社会保险补贴未发放, 虚构劳动关系骗取套取补贴, 劳务派遣截留): a title, 序号/科室 merged/岗位 merged per post/a short "
        "风险点/a long 风险表现/风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def kangping_labour_inspection_cards() -> dict:
    unit = f"{PLACE}劳动保障监察大队"
    t = _Truth(unit)
    cards = [
        ("大队长", "荀暻翃", "大队长", "主持大队全面工作", "leader", [
            ("欠薪案件查处中压案不办、以罚代刑", "★★★", "涉嫌拒不支付劳动报酬的案件及时移送公安机关。"),
            ("行政处罚自由裁量畸轻畸重", "★★", "严格执行处罚裁量基准，案件集体审议。"),
            ("接受被检查单位宴请、礼品", "★", "严守中央八项规定精神，执法全程记录。"),
        ]),
        ("监察员", "庾暻沂", "监察员", "负责建筑领域欠薪投诉处理", "general", [
            ("投诉举报受理后不按时限立案调查", "★★", "投诉登记台账，超期自动预警。"),
            ("农民工工资保证金返还审核把关不严", "★★★", "保证金返还经公示无异议后办理。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("主要职责", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "kangping_labour_inspection_cards", "http://www.fymate.net/html/text/lar/169389/16938992_2.html",
        "县劳动保障监察大队 岗位廉政风险防控卡, one sheet a person, after the source's 专项行动 plan on 整治非法用工 (监察机关, "
        "工会, 投诉举报, 执法检查合力, 保护伞): a title, ``姓　名 | … | 职　务 | …`` and a merged 主要职责 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def kangping_arbitration_court_selfchecks() -> dict:
    unit = f"{PLACE}劳动人事争议仲裁院"
    t = _Truth(unit)
    people = [
        ("荀珧澍", "仲裁院领导", "院长", "leader", [
            ("重大疑难案件不经仲裁委员会集体研究", "Ⅰ级", "重大疑难案件提交仲裁委员会讨论决定。", "已落实"),
            ("干预仲裁员独立办案", "Ⅱ级", "建立领导干部干预办案记录制度。", "未发现问题"),
        ]),
        ("庾珧岚", "仲裁庭", "仲裁员", "general", [
            ("收受当事人财物，枉法裁决", "Ⅰ级", "签订廉洁办案承诺书，裁决书集体合议。", "已落实"),
            ("证据审查不全面，事实认定偏差", "Ⅱ级", "证据当庭质证，合议记录存档。", "已落实"),
            ("私自会见当事人及其代理人", "Ⅲ级", "会见当事人须两人以上并登记。", "未发现问题"),
        ]),
        ("荀玹岑", "立案庭", "书记员", "general", [
            ("立案审查故意拖延或违规不予受理", "Ⅱ级", "立案审查限时办结，不予受理的书面说明理由。", "已落实"),
            ("庭审笔录记录不实", "Ⅲ级", "笔录当庭交当事人核对签字。", "已落实"),
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
        sh.add("本人签名：", None, "院长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "kangping_arbitration_court_selfchecks", "https://www.jobxzc.com/ldzy/652069.html",
        "县劳动人事争议仲裁院 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's article on "
        "劳动争议仲裁 枉法裁判 (事实认定错误, 证据审查, 仲裁员责任心, 程序违法): a title, a label row ``姓　名 | 所在科室 | "
        "岗　位 | 填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type "
        "column; ``本人签名： | 院长意见：``",
        sheets, t,
    )  # fmt: skip


def kangping_talent_center_group_rows() -> dict:
    unit = f"{PLACE}人才服务中心"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "庾玹翊", "leader", [
                ("招聘考试命题、组考机构选定不经集体研究", "一级风险", "命题组考机构经主任办公会比选确定。"),
                ("人事代理收费标准执行不规范", "二级风险", "收费标准公示，票据统一开具。"),
            ]),
        ]),
        ("二、考试服务股", "考试服务股", [
            ("股长", "荀筠翕", "middle", [
                ("试卷保管不严，考前泄露试题", "一级风险", "试卷保密室双人双锁，全程视频监控。"),
            ]),
            ("科员", "庾筠澈", "general", [
                ("考场编排、监考人员安排接受打招呼", "二级风险", "考场编排系统随机生成。"),
                ("报考资格审查放宽条件", "二级风险", "资格审查双人复核，结果公示。"),
            ]),
        ]),
        ("三、档案管理股", "档案管理股", [
            ("股长", "荀嵘湜", "middle", [
                ("流动人员人事档案涂改、造假不予甄别", "一级风险", "档案接收逐页审核，疑点材料书面核实。"),
                ("档案借阅不登记，违规提供查阅", "三级风险", "借阅实行审批登记，专人陪同查阅。"),
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
        "kangping_talent_center_group_rows", "https://m.163.com/dy/article/K7AN8QFD0556DLL3.html",
        "县人才服务中心 廉政风险防控责任清单, after the source's comment on 事业单位 招聘考试 题目雷同 (试题泄露, 刷题APP, "
        "公信力, 彻查源头): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP "
        "ROWS ``一、中心领导``, ``二、考试服务股``, ``三、档案管理股`` merged across; 岗位 and 姓名 merged per person; no type "
        "column",
        [sh], t,
    )  # fmt: skip


def kangping_skills_training_center_list() -> dict:
    unit = f"{PLACE}职业技能培训中心"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "庾嵘琪", "leader", "定点培训机构认定暗箱操作", "制度机制", "高风险",
         "定点机构认定公开条件，结果公示。"),
        ("培训管理股", "股长", "荀甯沄", "middle", "对虚增学员名单、编造上课记录的机构不予核查", "岗位职责", "高风险",
         "培训开班、结业现场核查，学员信息比对。"),
        ("培训管理股", "股长", "荀甯沄", "middle", "线上培训刷课学时照常认定", "业务流程", "中风险",
         "线上学时以平台人脸核验记录为准。"),
        ("培训管理股", "科员", "庾甯璇", "general", "培训补贴申领材料初审走过场", "业务流程", "中风险",
         "初审清单逐项勾验，复审抽查。"),
        ("技能评价股", "股长", "荀鹓琳", "middle", "技能等级认定考核“放水”、篡改成绩", "思想道德", "高风险",
         "考核全程录像，成绩双人录入。"),
        ("技能评价股", "考评员", "庾鹓沛", "general", "考评中收受考生好处", "思想道德", "中风险",
         "考评员随机派遣，签订廉洁承诺。"),
        ("技能评价股", "考评员", "庾鹓沛", "general", "与培训机构私下约定通过率", "外部环境", "低风险",
         "考评结果异常的机构专项复查。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "kangping_skills_training_center_list", "http://www.china-longqian.com/news/2023-08-09/2906.html",
        "县职业技能培训中心 岗位廉政风险防控一览表, after the source's comment on 培训骗补 (假学员, 编造上课记录, 外挂刷课, 考试"
        "“放水”, 篡改成绩, 滥发证书): ``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 "
        "written on EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/"
        "主任（签字） line",
        [sh], t,
    )  # fmt: skip


def kangping_service_center_register() -> dict:
    unit = f"{PLACE}人力资源和社会保障综合服务中心"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "处室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "荀琀峣", "leader", [
            ("退休审批材料审核程序执行不严", "制度机制", "一级", "退休审批实行受理、审核、审批三级把关。"),
        ]),
        ("受理窗口", "受理员", "庾琀翎", "general", [
            ("受理时对档案出生时间涂改不核查", "岗位职责", "一级", "档案疑点一次性登记，转审核股核实。"),
            ("对办事群众吃拿卡要", "思想道德", "二级", "窗口服务评价器实时评价。"),
        ]),
        ("审核股", "股长", "荀旻翚", "middle", [
            ("特殊工种提前退休审核把关不严", "业务流程", "一级", "特殊工种名册与原始档案逐一比对。"),
            ("视同缴费年限认定不实", "业务流程", "二级", "视同缴费年限认定结果公示。"),
        ]),
        ("审核股", "科员", "庾旻岫", "general", [
            ("审核资料归档不及时、不完整", "制度机制", "三级", "办结资料当月归档，季度检查。"),
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
        "kangping_service_center_register", "https://www.bfbk.net/t/社保基金.html",
        "县人力资源和社会保障综合服务中心 廉政风险点排查登记表, after the source's page on 社保基金 审计 (人事档案涂改, “1岁工作、"
        "22岁退休” 层层过审, 一边领养老金一边取酬): a title, 序号/处室 merged/岗位 and 姓名 merged per person/风险点/风险类别 "
        "(short names)/风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    kangping_social_insurance_center_stage_sections(),
    kangping_hrss_bureau_two_sheets(),
    kangping_employment_center_posts(),
    kangping_labour_inspection_cards(),
    kangping_arbitration_court_selfchecks(),
    kangping_talent_center_group_rows(),
    kangping_skills_training_center_list(),
    kangping_service_center_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch757-inbox"))

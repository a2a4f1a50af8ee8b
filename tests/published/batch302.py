"""The three-hundred-and-second batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's government
departments (its 局/委/办; here all eight are 局), 岳池县 (a county of 广安 in 四川, its staff
Han) — its 审计局, its 民政局, its 人力资源和社会保障局, its 水利局, its 应急管理局, its 统计局, its
退役军人事务局 and its 医疗保障局 — each handing back the
防控卡, 防控表, 一览表, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 审计局's 防控卡, one sheet a holder (tabs 局长, 副局长, 投资审计室主任): ``姓　名 | … | 职　务 |
  …`` and ``所在科室 | …`` above ``序号 | 风险点 | 风险类别 | 风险等级 | 防控措施``, ``…风险`` types,
  ``★★★/★★/★`` read by a ``注：`` line, ``持卡人签字： | … | 监督电话：…`` below;
- the 民政局's file in two sheets: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位`` and ``姓名`` merged per person), short types, ``一级/二级/三级``;
- the 人力资源和社会保障局's 一览表 under ``附件1`` and a ``填报单位（盖章）：…　填报时间：…`` line, its
  rows under GROUP ROWS ``一、局领导`` … ``四、办公室`` merged across (no 股室 column): ``岗位`` and
  ``姓名`` merged per person, ``…风险`` types, 高/中/低, a 填表人/审核人/局长（签字） line;
- the 水利局's 排查表 对岗不对人: ``股室`` merged, ``岗位`` merged per post, a short ``风险点`` beside a
  long ``风险表现``, ``…风险`` types, ``一级风险/二级风险/三级风险``, no names; a 制表/审核/date line;
- the 应急管理局's 责任清单 under ``附件2``: ``股室`` merged, ``岗位`` and ``责任人`` merged per person,
  ``职责事项`` before the ``廉政风险点``, ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column;
- the 统计局's 自查表, one sheet a person (tabs named by the person): a LABEL ROW ``姓　名 | 股　室 |
  职　务 | 填表时间`` over a row of values, then ``序号 | 风险点 | 风险类型 | 风险等级 | 防控措施 |
  自查情况``, short types, ``高风险/中风险/低风险``, ``自查人（签名）： | … | 局长意见：``;
- the 退役军人事务局's 防控表 written on EVERY row (no merges): ``股室 | 岗位 | 姓名 | 风险点 |
  风险类别 | 风险等级 | 防控措施``, short types, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line.

One is harder:

- ``yuechi_medical_security_level_in_type``: the 医疗保障局's 岗位廉政风险防控一览表 that has NO LEVEL
  COLUMN: the level of every point is written in full-width brackets at the END OF ITS TYPE CELL,
  under a heading that says only ``风险类型`` — ``业务流程（高）``, ``岗位职责（中）``,
  ``思想道德（低）`` — and a merged ``注：`` line under the table says that the bracket in the
  ``风险类型`` column is the point's 风险等级 (高、中、低). The columns are ``序号 | 股室 | 岗位 | 姓名 |
  廉政风险点 | 风险类型 | 防控措施``; ``股室`` merged down its rows, ``岗位`` and ``姓名`` per person; a
  title and a merged ``填报单位（盖章）：…　填报时间：…`` line above, a 填表人/审核人/局长（签字） line
  below. The README's 读得懂的表 knows a level in brackets in a LEVEL cell (``（高）``, ``【低】``), a
  level in brackets after a POINT under a joined heading ``风险点及等级`` (``违规审批(高)``) or with no
  such heading (``…（Ⅱ级）``, batch 293–296), a type AND a level in one cell under a joined heading
  ``风险类别及等级`` (``岗位职责/中``), a level group row, a level given by a note by number, by
  colour, by marks (``★``/``☆``) and by letters; it does not describe a table with no level column
  whose plain ``风险类型`` heading (no ``及等级``) holds the type WITH the level in brackets after
  it, so that the type must be read without its bracket and the level only from it, as the note
  says.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 县医疗保障局's 专项整治 of
“假病人、假病情、假票据” — 异地就医, 手工报销, 定点协议管理 医疗机构 内外勾结; a 县审计局's rules
for its 审计监督权 — 办公室, 财政金融审计室, 行政事业审计室, 固定资产投资审计室, 经济责任审计室, the
审计组成员, 组长 and 业务室主任 who answer for it; a county's rules for 农村低保 — the 县民政部门 that
审批, 抽查, 复核 and keeps the roll 动态管理; a 县人力资源和社会保障局's 公益性岗位 for the 就业困难人员
— 准入, 走访, 资金预拨 with the 县财政局; a 县水利局's 农村饮水安全 专项整治 — 督导, 敲门入户 排查,
管水员; a county's 应急管理 plan — 安委会, 减灾委, 防汛抗旱指挥部, 应急物资储备, 执法; a 区's 统计执法
大检查 — 虚报、瞒报、伪造、篡改统计资料, 原始记录, 统计台账; a 县退役军人事务局's 优抚对象 年度确认 —
身份不符 停发待遇, 追缴, 减员 in the 全国优抚信息管理系统) and the layout follows their words for the
unit, its parts, its posts and its risks. The rows are worded by us, the names invented (rare Han
surnames with rare given names); every unit is a body of 岳池县.

Run ``python tests/published/score.py --set batch302`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the point is the cell under ``廉政风险点``; its type the ``风险类型`` cell
  without its bracket (``业务流程（高）`` → 业务流程), its level the word in that bracket (高/中/低 →
  1/2/3, as the ``注：`` line says); the ``注：`` line, the title, the ``填报单位`` line and the
  sign-off line are no points;
- ``局领导`` (a group row, a 股室 cell, the sheet ``局领导``, the ``所在科室`` of a leader's card) is
  the 科室 of the leaders; a 局's 股, 室 and 办公室, the 审计局's ``固定资产投资审计室`` and the 应急管理局's
  ``综合行政执法大队`` are 科室; a group row ``二、就业促进股`` gives the 科室 ``就业促进股`` (its number
  left off); the 审计室主任's card names his 科室 in ``所在科室`` and his post ``主任`` in ``职　务``;
- 局长 and 副局长 are leaders; 股长, 主任 (of an 办公室 or an 审计室) and 队长 (of the 执法大队) middle;
  the rest (科员, 会计, 出纳, 审核员, 保管员, 执法队员, 统计员, 工程技术员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``职责事项`` and ``自查情况`` are no
  points and name no holder; the 水利局's list names no person: its forms are posts (对岗不对人);
- ``高/中/低``, ``（高）/（中）/（低）`` in the harder file's type cells, ``★★★/★★/★``, bare ``Ⅰ/Ⅱ/Ⅲ``
  (read by the 退役军人事务局's note), ``高风险/中风险/低风险``, ``一级/二级/三级``, ``Ⅰ级/Ⅱ级/Ⅲ级`` and
  ``一级风险/二级风险/三级风险`` are 1/2/3.

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

PREFIX = "b302_"
PLACE = "岳池县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"


# --------------------------------------------------------------------------- harder layout

HEAD_TYPED = ("序号", "股室", "岗位", "姓名", "廉政风险点", "风险类型", "防控措施")
NOTE_TYPED = "注：“风险类型”栏括号内为该风险点的风险等级，分高、中、低三级。"

# (股室, [(岗位, 姓名, tier, [(风险点, 类型, 等级, 措施)])])
MEDICAL = [
    ("局领导", [
        ("局长", "蔺曜琛", "leader", [
            ("定点医药机构协议管理中为关系机构打招呼", "外部环境", "高",
             "定点准入经局党组会集体研究，评估结果公示。"),
            ("对骗保线索压案不查、降格处理", "岗位职责", "高", "骗保线索登记编号，查处结果集体审定并报县纪委监委派驻组。"),
        ]),
        ("副局长", "扈芷渟", "leader", [
            ("异地就医、手工报销审批把关不严", "业务流程", "中", "手工报销实行经办、复核、审批三级签字。"),
            ("接受定点医药机构宴请和礼品", "思想道德", "低", "签订廉洁承诺，拒收登记。"),
        ]),
    ]),
    ("基金监管股", [
        ("股长", "逯彦祺", "middle", [
            ("检查中发现“假病人、假病情、假票据”不移交、不处理", "岗位职责", "高",
             "检查两人以上，检查记录和处理意见存档备查。"),
            ("对违规医疗机构拒付、追回金额随意减免", "制度机制", "中", "拒付和追回金额集体研究，结果公开。"),
        ]),
        ("科员", "芮泠郁", "general", [
            ("智能监控疑点数据核查走过场", "业务流程", "中", "疑点数据逐条核查，核查结果股长复核。"),
        ]),
    ]),
    ("待遇保障股", [
        ("股长", "阙鸣筠", "middle", [
            ("特殊门诊病种认定放宽条件", "制度机制", "中", "病种认定专家评审，名单每季度公示。"),
        ]),
        ("审核员", "钮晗霏", "general", [
            ("报销票据审核不严，重复报销", "业务流程", "高", "票据真伪网上查验，报销信息系统比对。"),
            ("泄露参保人员个人信息", "思想道德", "低", "信息查询权限分级，查询留痕。"),
        ]),
    ]),
    ("办公室", [
        ("主任", "郦晞柘", "middle", [
            ("办公用品和设备采购不按政府采购程序", "制度机制", "中", "采购事项按限额标准执行，验收双人签字。"),
        ]),
        ("会计", "索暄禾", "general", [
            ("虚列支出，套取工作经费", "岗位职责", "中", "支出凭证三级审核，每年接受审计。"),
        ]),
    ]),
]  # fmt: skip


def yuechi_medical_security_level_in_type() -> dict:
    unit = f"{PLACE}医疗保障局"
    ncols = len(HEAD_TYPED)
    sh = _Sheet("一览表", [6, 11, 9, 9, 38, 14, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", ncols)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 12}填报时间：2025年6月", ncols)
    sh.add(*HEAD_TYPED)
    first = len(sh.rows)
    n = 0
    for dept, people in MEDICAL:
        for post, who, tier, points in people:
            for point, typ, lv, measures in points:
                n += 1
                sh.add(n, dept, post, who, point, f"{typ}（{lv}）", measures)
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, NOTE_TYPED, ncols)
    sh.add("填表人：", None, "审核人：", None, None, "局长（签字）：", None)
    return _layout(
        "yuechi_medical_security_level_in_type", "https://halmhg.com/DocHtml/1059/21/05/00141929",
        "(harder) 县医疗保障局 岗位廉政风险防控一览表, after the source's 县医疗保障局 专项整治 of “假病人、假病情、假票据” "
        "(异地就医, 手工报销, 定点协议管理 医疗机构 内外勾结): a title and a merged ``填报单位（盖章）：…　填报时间：2025年6月`` line, "
        "then 序号/股室 merged (局领导, 基金监管股, 待遇保障股, 办公室)/岗位 and 姓名 merged per person/廉政风险点/风险类型/"
        "防控措施 with NO LEVEL COLUMN: each type cell ends with the point's level in full-width brackets "
        "(``业务流程（高）``, ``岗位职责（中）``, ``思想道德（低）``) under the plain heading ``风险类型``; a merged ``注：`` line "
        "says the bracket is the 风险等级; a 填表人/审核人/局长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def yuechi_audit_cards() -> dict:
    unit = f"{PLACE}审计局"
    t = _Truth(unit)
    cards = [
        ("局长", "咸翊峦", "局领导", "局长", "leader", "主持全面工作，负责审计计划、审计报告审定和财务审批",
         [("年度审计计划安排受人情干扰，该审不审", "制度机制风险", "★★★", "审计计划经局党组会集体研究，报县委审计委员会审定。"),
          ("审定审计报告时授意删减问题、降低定性", "岗位职责风险", "★★★", "审计报告经审理、业务会集体审定，修改留痕。"),
          ("接受被审计单位宴请、礼品", "思想道德风险", "★", "审计进点公开纪律要求和举报电话。")]),
        ("副局长", "籍沐岚", "局领导", "副局长", "leader", "分管经济责任审计室、财政金融审计室和审计业务质量",
         [("经济责任审计中对领导干部问题避重就轻", "岗位职责风险", "★★★", "审计发现问题逐条记录，审计组集体讨论定性。"),
          ("泄露审计工作秘密和被审计单位信息", "业务流程风险", "★★", "审计资料专人管理，涉密资料不得带离。")]),
        ("投资审计室主任", "胥砚汀", "固定资产投资审计室", "主任", "middle", "负责政府投资项目竣工决算审计",
         [("工程结算审计中与施工单位串通，审减不实", "外部环境风险", "★★★", "结算审计实行复审，审减结果集体会审。"),
          ("委托社会中介机构审计时指定关系机构", "制度机制风险", "★★", "中介机构随机抽取，抽取过程纪检人员监督。"),
          ("审计组成员与被审计单位存在利害关系不回避", "思想道德风险", "★★", "审计进点前签署回避承诺，利害关系主动报告。")]),
    ]  # fmt: skip
    sheets = []
    for tab, who, dept, post, tier, duty, points in cards:
        sh = _Sheet(tab, [6, 36, 14, 9, 34])
        title = "领导干部" if tier == "leader" else "岗位"
        _line(sh, f"{unit}{title}廉政风险防控卡", 5)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", post, None)
        r = sh.add("所在科室", dept, "岗位职责", duty, None)
        sh.merge(r, 3, r, 4)
        sh.add("序号", "风险点", "风险类别", "风险等级", "防控措施")
        for i, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(i, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), STARS[lv])
        _line(sh, "注：风险等级★★★为高，★★为中，★为低。", 5)
        sh.add("持卡人签字：", None, "监督电话：0826-5222388", None, None)
        sheets.append(sh)
    return _layout(
        "yuechi_audit_cards", "https://xmtksm.com/html/zwgkgfqlyx2016110120121.html",
        "县审计局 廉政风险防控卡, one sheet a holder (tabs 局长, 副局长, 投资审计室主任), after the source's 县审计局 rules for its "
        "审计监督权 (办公室, 财政金融审计室, 行政事业审计室, 固定资产投资审计室, 经济责任审计室; 审计组成员, 组长, 业务室主任): a title, "
        "``姓　名 | … | 职　务 | …`` and ``所在科室 | … | 岗位职责 | …`` rows, then 序号/风险点/风险类别 ``…风险``/风险等级 "
        "``★★★/★★/★``/防控措施; a merged ``注：`` line on the stars and ``持卡人签字： | 监督电话：…``",
        sheets, t,
    )  # fmt: skip


def yuechi_civil_affairs_two_sheets() -> dict:
    unit = f"{PLACE}民政局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 8, 18, 36, 10, 8, 32])
    _line(lead, f"{unit}局领导廉政风险防控表", 8)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "风险类别", "风险等级", "防控措施")
    leaders = [
        ("雍淮屿", "局长", "主持全面工作，负责财务和社会救助资金审批", [
            ("社会救助资金分配不经局党组集体研究", "制度机制", "一级", "救助资金分配方案集体研究，分配结果公开。"),
            ("为亲友违规办理低保、特困供养", "思想道德", "一级", "近亲属享受救助一律备案，每年专项核查。"),
        ]),
        ("桑晏潼", "副局长", "分管养老服务、社会事务", [
            ("养老机构运营补贴审核把关不严", "岗位职责", "二级", "补贴按入住人数系统核定，实地抽查。"),
            ("接受养老机构和殡葬服务单位请托", "外部环境", "三级", "请托事项登记报告，廉洁提醒谈话。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, typ, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, typ, lv, measures)
            t.point(lead.name, lead.name, post, who, "leader", point, types_in(typ), GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    lead.add("填表人：", None, None, "审核人：", None, "2025年6月", None, None)
    dept = _Sheet("股室", [6, 12, 10, 9, 36, 10, 8, 32])
    _line(dept, f"{unit}股室岗位廉政风险防控表", 8)
    dept.add("序号", "股室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("社会救助股", "股长", "暨岫琅", "middle", [
            ("农村低保审批前不抽查、不复核，照单审批", "岗位职责", "一级", "审批前按比例入户抽查，复核意见签字存档。"),
            ("动态管理中应退不退、应停不停", "业务流程", "二级", "每年核查低保家庭收入，结果公示。"),
        ]),
        ("社会救助股", "救助审核员", "浦翕然", "general", [
            ("临时救助审核不严，重复救助", "业务流程", "二级", "救助信息系统比对，一事一审。"),
        ]),
        ("养老服务股", "股长", "寿芊蔚", "middle", [
            ("高龄津贴发放对象核查不实，死亡人员继续领取", "制度机制", "二级", "每月与公安、卫健死亡数据比对。"),
        ]),
        ("社会事务股", "科员", "边槿宥", "general", [
            ("婚姻登记中违规办理或收取费用", "思想道德", "三级", "登记事项和收费依据在大厅公示。"),
        ]),
        ("计划财务股", "会计", "冀沅汐", "general", [
            ("救助资金拨付不及时，截留挪用", "岗位职责", "一级", "救助资金社会化发放，直接打卡到户。"),
            ("福利彩票公益金使用不按规定", "制度机制", "二级", "公益金项目库管理，使用情况年度公告。"),
        ]),
    ]  # fmt: skip
    first = len(dept.rows)
    n = 0
    for d, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            dept.add(n, d, post, who, point, typ, lv, measures)
            t.point(dept.name, d, post, who, tier, point, types_in(typ), GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("填表人：", None, None, "审核人：", None, "局长（签字）：", None, None)
    return _layout(
        "yuechi_civil_affairs_two_sheets", "http://www.fymate.net/html/text/lar/169823/16982318_4.html",
        "县民政局 廉政风险防控表 in two sheets, after the source's rules for 农村低保 (the 县民政部门 that 审批, 抽查, 复核 and "
        "keeps the roll 动态管理): ``局领导`` (a title, 序号/姓名, 职务 and 分管工作 merged per leader/风险点/风险类别 (short "
        "names)/风险等级 ``一级/二级/三级``/防控措施; a 填表人/审核人/date line) and ``股室`` (a title, 序号/股室 merged "
        "(社会救助股, 养老服务股, 社会事务股, 计划财务股)/岗位 and 姓名 merged per person/…; a 填表人/审核人/局长（签字） line)",
        [lead, dept], t,
    )  # fmt: skip


def yuechi_hrss_group_rows() -> dict:
    unit = f"{PLACE}人力资源和社会保障局"
    sh = _Sheet("一览表", [6, 11, 9, 38, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 7)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、局领导", "局领导", [
            ("局长", "郁晟骁", "leader", [
                ("公益性岗位开发计划和资金分配个人说了算", "制度机制风险", "高", "年度开发方案局党组会集体研究，报县政府审定。"),
                ("事业单位公开招聘中打招呼、递条子", "思想道德风险", "高", "招聘全程纪检监督，结果公示。"),
            ]),
            ("副局长", "茹霭萱", "leader", [
                ("就业补助资金预拨审核不严", "岗位职责风险", "中", "预拨资金按考核结果清算，与财政局联审。"),
            ]),
        ]),
        ("二、就业促进股", "就业促进股", [
            ("股长", "宦青屹", "middle", [
                ("公益性岗位人员准入把关不严，安置非就业困难人员", "业务流程风险", "高", "准入资格系统比对，安置名单公示。"),
                ("对用人单位虚报在岗人数不核查", "岗位职责风险", "中", "不定期走访用人单位，核对考勤和工资发放。"),
            ]),
            ("科员", "鱼韫之", "general", [
                ("社会保险补贴申报材料审核走过场", "业务流程风险", "中", "补贴申报材料双人审核，签字留痕。"),
            ]),
        ]),
        ("三、人才开发股", "人才开发股", [
            ("股长", "庾昶宁", "middle", [
                ("职称评审推荐中优亲厚友", "思想道德风险", "中", "推荐条件和结果单位内公示五个工作日。"),
                ("引进人才安家补贴审核不实", "制度机制风险", "低", "补贴对象资格集体审核，发放情况公开。"),
            ]),
        ]),
        ("四、办公室", "办公室", [
            ("主任", "终蘅洲", "middle", [
                ("公务接待、公务用车超标准", "制度机制风险", "低", "接待和用车事前审批，按月公示。"),
            ]),
            ("出纳", "居芷桐", "general", [
                ("收付现金不入账，公款私存", "岗位职责风险", "中", "收付一律通过单位账户，日清月结。"),
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
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("填表人：", None, "审核人：", None, "局长（签字）：", None, None)
    return _layout(
        "yuechi_hrss_group_rows",
        "http://big5.china.com.cn/gate/big5/news.china.com.cn/txt/2018-06/12/content_52055950.htm",
        "县人力资源和社会保障局 岗位廉政风险防控一览表, after the source's 县人社局 公益性岗位 for the 就业困难人员 (准入, 走访, "
        "资金预拨 with the 县财政局): ``附件1``, a title, a merged ``填报单位（盖章）：…　填报时间：2025年6月`` line, then "
        "序号/岗位/姓名/廉政风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施 under GROUP ROWS ``一、局领导``, "
        "``二、就业促进股``, ``三、人才开发股``, ``四、办公室`` merged across (no 股室 column); 岗位 and 姓名 merged per person; a "
        "填表人/审核人/局长（签字） line",
        [sh], t,
    )  # fmt: skip


def yuechi_water_posts() -> dict:
    unit = f"{PLACE}水利局"
    sh = _Sheet("排查表", [6, 12, 11, 18, 38, 13, 11, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "股室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    lead = "局领导"
    rows = [
        (lead, "局长", "leader", "水利项目安排", "农村供水工程项目安排向关系乡镇倾斜", "制度机制风险", "一级风险",
         "项目安排经局党组会集体研究，计划公开。"),
        (lead, "局长", "leader", "工程招标", "插手饮水安全工程招标，指定施工单位", "外部环境风险", "一级风险",
         "工程项目全部进入公共资源交易平台。"),
        (lead, "副局长", "leader", "工程验收", "饮水工程验收走过场，降低标准通过", "岗位职责风险", "二级风险",
         "验收组由建设、监理、乡镇和群众代表组成。"),
        ("农村水利股", "股长", "middle", "供水工程建设管理", "工程变更、签证审核把关不严", "业务流程风险", "二级风险",
         "变更签证实行监理、股室、分管领导三级审核。"),
        ("农村水利股", "股长", "middle", "饮水安全排查", "入户排查弄虚作假，问题隐瞒不报", "岗位职责风险", "二级风险",
         "排查结果抽查复核，问题清单销号管理。"),
        ("农村水利股", "工程技术员", "general", "工程量计量", "与施工单位串通虚增工程量", "思想道德风险", "二级风险",
         "计量数据双人复核，隐蔽工程影像留存。"),
        ("水政监察大队", "队长", "middle", "河道采砂执法", "对违法采砂降格处罚或以罚代管", "岗位职责风险", "一级风险",
         "处罚决定集体讨论，执法全过程记录。"),
        ("水政监察大队", "执法队员", "general", "水事违法巡查", "巡查中接受当事人好处，瞒案不报", "思想道德风险", "三级风险",
         "巡查两人以上，巡查日志每周核对。"),
        ("计划财务股", "会计", "general", "项目资金拨付", "不按进度拨付或提前拨付工程款", "业务流程风险", "三级风险",
         "拨付凭监理签认的进度报告，分管领导审签。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), RISKS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("制表：局办公室", None, None, "审核：", None, "2025年6月", None, None)
    return _layout(
        "yuechi_water_posts",
        "http://www.xpjylbet.com/hzslj/xqdt/202306/5bee2845e7b647d591a3c3388fdc06eb.shtml",
        "县水利局 廉政风险点排查表 对岗不对人, after the source's 县水利局 农村饮水安全 专项整治 (督导, 敲门入户 排查, 管水员): a "
        "title, then 序号/股室 merged (局领导, 农村水利股, 水政监察大队, 计划财务股)/岗位 merged per post/a short 风险点/a long "
        "风险表现/风险类型 ``…风险``/风险等级 ``一级风险/二级风险/三级风险``/防控措施; no names; a ``制表：局办公室 | 审核： | "
        "2025年6月`` line",
        [sh], t,
    )  # fmt: skip


def yuechi_emergency_duties() -> dict:
    unit = f"{PLACE}应急管理局"
    sh = _Sheet("责任清单", [6, 14, 10, 9, 16, 36, 8, 32])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add("序号", "股室", "岗位", "责任人", "职责事项", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "衡烨霖", "leader", "重大事项决策", "应急物资采购和救灾资金分配不经集体研究", "Ⅰ级",
         "“三重一大”事项局党组会集体研究，会议纪要存档。"),
        ("局领导", "副局长", "步岑蔚", "leader", "安全生产执法", "对企业重大隐患说情、打招呼", "Ⅰ级",
         "执法事项过问登记，重大隐患挂牌督办。"),
        ("安全生产综合监管股", "股长", "都珣予", "middle", "安全评价监管", "默许中介机构出具不实安全评价报告", "Ⅱ级",
         "评价报告随机抽查，问题机构通报。"),
        ("安全生产综合监管股", "科员", "匡蔓汀", "general", "隐患排查", "检查中接受企业宴请，隐患不记录", "Ⅲ级",
         "检查记录现场拍照，企业签字确认。"),
        ("救灾和物资保障股", "股长", "禄湛溪", "middle", "救灾资金发放", "受灾群众救助对象认定不公", "Ⅰ级",
         "救助对象乡镇评议、公示，局里抽查。"),
        ("救灾和物资保障股", "保管员", "殳婳宜", "general", "应急物资储备", "储备物资出入库不登记，以次充好", "Ⅱ级",
         "物资出入库台账，每季度盘点。"),
        ("综合行政执法大队", "队长", "越朗峥", "middle", "行政处罚", "处罚裁量不统一，人情案关系案", "Ⅰ级",
         "处罚决定法制审核，裁量基准公开。"),
        ("综合行政执法大队", "执法队员", "夔芷萝", "general", "现场执法", "现场执法不出示证件，选择性执法", "Ⅱ级",
         "执法记录仪全程记录，执法案卷季度评查。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, duty, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, duty, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add()
    sh.add("填报人：", None, None, "审核人：", None, "局长：", None, None)
    return _layout(
        "yuechi_emergency_duties", "https://www.gangu.gov.cn/info/4431/179871.htm",
        "县应急管理局 廉政风险防控责任清单, after the source's county 应急管理 plan (安委会, 减灾委, 防汛抗旱指挥部, 应急物资储备, "
        "执法): ``附件2``, a title, 序号/股室 merged (局领导, 安全生产综合监管股, 救灾和物资保障股, 综合行政执法大队)/岗位 and 责任人 "
        "merged per person/``职责事项``/廉政风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no type column; a blank row and a "
        "填报人/审核人/局长 line",
        [sh], t,
    )  # fmt: skip


def yuechi_statistics_selfchecks() -> dict:
    unit = f"{PLACE}统计局"
    t = _Truth(unit)
    people = [
        ("隆嘉澍", "局领导", "副局长", "leader", [
            ("授意基层单位按任务数填报统计数据", "思想道德", "高风险", "严格执行防范和惩治统计造假责任制，数据质量终身负责。", "未发现问题"),
            ("统计执法检查中对违法行为从轻处理", "岗位职责", "中风险", "执法决定集体研究，处理结果公开。", "已落实"),
        ]),
        ("厍沛珊", "综合统计股", "股长", "middle", [
            ("审核联网直报数据不认真，虚报数据不纠正", "业务流程", "高风险", "数据逐级审核，异常数据核查留痕。", "已整改"),
            ("提前泄露未公布的统计数据", "制度机制", "中风险", "数据发布前严格保密，查询权限分级。", "已落实"),
        ]),
        ("勾旻萱", "执法监督股", "科员", "general", [
            ("检查中不核对原始记录和统计台账", "岗位职责", "中风险", "检查清单化，原始记录逐项核对。", "已落实"),
        ]),
        ("融峤汐", "农村统计股", "统计员", "general", [
            ("代填代报普查对象数据", "业务流程", "高风险", "普查对象自行填报，抽样复查。", "未发现问题"),
            ("普查补助经费发放不实", "制度机制", "低风险", "补助经费按实际工作量核发并公示。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        sh.add(f"姓{GAP}名", f"股{GAP}室", f"职{GAP}务", "填表时间", None, None)
        sh.add(who, dept, post, "2025年6月", None, None)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", "自查情况")
        for i, (point, typ, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, typ, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), BANDS[lv])
        sh.add()
        sh.add("自查人（签名）：", None, "局长意见：", None, None, None)
        sheets.append(sh)
    return _layout(
        "yuechi_statistics_selfchecks",
        "http://www.avanti-solutions.com/CdZCoqpKkX/wz/xwzx/qnyw/content/post_431007.html",
        "县统计局 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 区 统计执法大检查 (虚报、"
        "瞒报、伪造、篡改统计资料, 原始记录, 统计台账): a title, a LABEL ROW ``姓　名 | 股　室 | 职　务 | 填表时间`` over a row of "
        "values, then 序号/风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施/``自查情况``; a blank row "
        "and ``自查人（签名）： | 局长意见：``",
        sheets, t,
    )  # fmt: skip


def yuechi_veterans_every_row() -> dict:
    unit = f"{PLACE}退役军人事务局"
    sh = _Sheet("防控表", [6, 12, 10, 9, 38, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "晁楚屹", "leader", "退役士兵安置岗位分配中优亲厚友", "思想道德", "Ⅰ",
         "安置岗位量化积分选岗，全程公开。"),
        ("局领导", "副局长", "敖灵湄", "leader", "优抚对象年度确认组织不力，身份不符不停发", "岗位职责", "Ⅱ",
         "年度确认工作专班推进，进度每周通报。"),
        ("优抚股", "股长", "毋骁鸿", "middle", "抚恤补助对象认定不严，违规新增", "制度机制", "Ⅰ", "新增对象集体审核，名单公示。"),
        ("优抚股", "股长", "毋骁鸿", "middle", "应追缴的优抚补助金不追缴", "业务流程", "Ⅱ", "追缴台账逐笔销号，按月报告。"),
        ("优抚股", "科员", "沙绾青", "general", "全国优抚信息管理系统减员操作不及时", "业务流程", "Ⅲ",
         "每月与公安、民政数据比对，减员及时办理。"),
        ("安置股", "股长", "乜辰渊", "middle", "一次性经济补助发放对象审核不实", "岗位职责", "Ⅱ", "本人持证办理，资金直接打入个人账户。"),
        ("办公室", "会计", "须曼汀", "general", "走访慰问资金虚报冒领", "制度机制", "Ⅲ", "慰问名单和金额公示，受助人签字。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), BARE[lv])
    _line(sh, "注：风险等级分Ⅰ、Ⅱ、Ⅲ三级，Ⅰ级最高。", 8)
    sh.add("填表人：", None, None, "审核人：", None, "局长（签字）：", None, None)
    return _layout(
        "yuechi_veterans_every_row", "http://qjsbw.com.cn/xqzc/zax/2024-11-21/1511804.html",
        "县退役军人事务局 岗位廉政风险防控表, after the source's 县退役军人事务局 优抚对象 年度确认 (身份不符 停发待遇, 追缴, "
        "减员 in the 全国优抚信息管理系统): a title, then 序号/股室/岗位/姓名 written on EVERY row (no merges; 局领导, 优抚股, "
        "安置股, 办公室)/风险点/风险类别 (short names)/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施; a merged ``注：`` line on the grades "
        "and a 填表人/审核人/局长（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    yuechi_medical_security_level_in_type(),
    yuechi_audit_cards(),
    yuechi_civil_affairs_two_sheets(),
    yuechi_hrss_group_rows(),
    yuechi_water_posts(),
    yuechi_emergency_duties(),
    yuechi_statistics_selfchecks(),
    yuechi_veterans_every_row(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch302-inbox"))

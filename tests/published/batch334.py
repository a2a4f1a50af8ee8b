"""The three-hundred-and-thirty-fourth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one district's 国资 and
金融 bodies, 新津区 (the district of 成都 south-west of the city, its staff Han) — its 国有资产监督管理和
金融工作局 (国资金融局) and the 局's 金融服务中心, the district's 投资集团有限公司, 融资担保有限公司 and
国有资产经营有限公司, a 国投小额贷款有限公司, and two 支行 of the district's 农村商业银行 (五津支行,
花源支行) — each handing back the 一览表, 防控卡, 排查表, 责任清单 or 自查表 its staff typed in WPS or
Excel:

- the 国资金融局's file in two sheets: ``局领导`` (``附件2``, ``姓名 | 职务 | 分管工作`` merged per leader) and
  ``科室`` (``科室`` merged, ``岗位`` and ``姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 投资集团's 一览表 under ``附件1`` and a ``填报单位（盖章）：…　填报时间：…`` line: ``部门`` merged,
  ``岗位`` and ``姓名`` merged per person, short types, 高/中/低, a ``填表人： | 审核人： | 董事长（签字）：``
  line;
- the 融资担保有限公司's 排查表 对岗不对人: ``部门`` merged, ``岗位`` merged per post, a short ``风险点``
  beside a long ``风险表现``, ``…风险`` types, ``高风险/中风险/低风险``; no names; an 编制/审核/date line;
- the 国有资产经营有限公司's 责任清单 under GROUP ROWS ``一、公司领导`` … ``三、财务部`` merged across (no
  部门 column): ``岗位 | 姓名`` merged per person, ``职责事项`` before the ``廉洁风险点``, ``Ⅰ级/Ⅱ级/Ⅲ级``,
  no type column, a ``注：`` line and a 制表/审核/date line;
- the 农商银行五津支行's 岗位廉洁风险防控卡, one sheet a holder (tabs 行长, 客户经理, 综合柜员): ``持卡人 |
  … | 职　务 | …`` and ``所在部门 | … | 持卡时间 | …`` above ``序号 | 廉洁风险点 | 风险类型 | 风险等级 |
  防控措施``, ``…风险`` types, ``★★★/★★/★`` read by a ``注：`` line, ``持卡人签字： | … | 监督电话：…``;
- the 国投小额贷款有限公司's 自查表, one sheet a person (tabs named by the person): a LABEL ROW ``姓　名 |
  部　门 | 岗　位 | 填表时间`` over a row of values, then ``序号 | 风险点 | 风险等级 | 防控措施 | 自查情况``,
  ``一级风险/二级风险/三级风险``, no type column, ``本人签名： | … | 总经理意见：``;
- the 金融服务中心's 一览表: ``科室`` written on EVERY row (no merges), ``岗位 | 责任人``, ``…风险`` types,
  bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line, a 填表人/审核人/主任（签字） line.

One is harder:

- ``xinjin_rural_bank_huayuan_rotation_log``: the 农商银行花源支行's 岗位廉洁风险防控一览表, an ordinary
  一览表 in its columns (a title, a merged ``填报单位（盖章）：…　填报时间：2025年3月`` line, ``序号 | 部门 |
  岗位 | 姓名 | 廉洁风险点 | 风险类型 | 风险等级 | 防控措施``, ``部门`` merged, ``岗位`` and ``姓名`` merged per
  person, short types, 高/中/低), drawn up at the March 排查 and KEPT UP TO DATE NOT BY EDITING IT BUT BY
  A SECOND TABLE UNDER IT: after a blank row, a merged caption ``岗位人员变动登记（轮岗、交流）`` and its
  own heading ``序号 | 部门 | 岗位 | 原任人员 | 现任人员 | 变动时间 | 变动原因`` (变动原因 merged over the last
  two columns), one row a change made in the year — a 副行长 moved to the head office and replaced
  by a 副行长 from elsewhere, the 营业室's 综合柜员 and the 信贷室's 个人客户经理 SWAPPED (跨岗位轮岗),
  a 公司客户经理 rotated out after three years and replaced. A merged ``注：`` line under both says
  that the list's names are those in post at the March 排查 and that a post whose holder changed
  is carried, points and measures unchanged, by the ``现任人员`` of the 变动登记, which prevails
  (``…原岗位的廉洁风险点及防控措施由现任人员承担，以变动登记为准…``). So the 姓名 cell of four of the
  seven people in the list no longer names the holder of its rows: two holders stand NOWHERE in the
  list (the new 副行长, the new 公司客户经理), and the two who swapped stand in the list under EACH
  OTHER's rows; the 营业室 has TWO 综合柜员, so the change is told by the 原任人员 as well as by 部门
  and 岗位. The second table has no risk column; it is no point and names nobody's risk of its own,
  but it says who holds the first table's rows. The README's 读得懂的表 knows the holder changed
  INSIDE the 姓名 cell (``现：…⏎原：…（…调离）``, ``贝青崖（现任）⏎（原宓知远，已调出）``, a struck-through
  name beside the new one), in a ``备注`` cell of the row (``该岗位由蒯昉湄接任``), in a card's own
  fields (batch 319's 移交人/接收人, 138's 原科室/现科室), a ``调整后…`` column, a roster of posts ABOVE,
  BELOW or BESIDE a table THAT NAMES NOBODY (``附：岗位人员名单``, ``岗位人员：部长　禤朗川；…``), and
  a table below WITHOUT A RISK COLUMN as another table to set aside (``TABLE_OTHER``, a
  ``…责任人列表``); it does not describe a table whose own 姓名 column IS filled, amended by a
  separate CHANGE LOG below it that names the post, the former holder and the present one — a
  log that must be applied to the rows above, by 部门, 岗位 and 原任, and that overrides the names
  written in them.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 村镇银行's rules on 重要岗位定期
轮换 — 会计, 出纳, 储蓄, 信贷 posts, 跨岗位, 跨机构 rotation, 客户经理 rotated across their 服务对象; a
农商银行's 强制休假 rules — 会计结算, 信贷, 风险管理 posts, 离岗审计; a 省 opinion on the 地方类金融机构 —
准入审核, 日常监管, 风险处置 by the 县 金融工作局; a lawyer's note on the 投资部's 廉洁风险点 — 利益冲突,
信息泄露, 内幕交易, 项目推荐 for a commission; a careers page on the 融资担保 post — 客户准入, 尽职调查,
风险评估, 担保方案, 保后管理, 代偿 and 追偿; a 区审计局's 专项审计 of the 区属国有企业's 物业出租 — 公开招租
公告, 租金收取, 转租收益, 空置; a page on who supervises the 小贷公司 — 市场准入, 贷款利率 and 额度,
风险监管, 合规性检查; a 市金融工作局's 监管履职自评 on the 小额贷款公司 and 融资担保公司 — 岗位设置,
日常监管, 非现场监管) and the layout follows their words for the unit, its parts, its posts and
its risks. The rows are worded by us, the names invented (rare Han surnames with rare given
names, three characters each); every unit is a body of 新津区, named with the district's name (the
bank's 支行 as ``新津区农村商业银行…支行``).

Run ``python tests/published/score.py --set batch334`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the holder of a row is the ``现任人员`` of the 变动登记 row whose 部门, 岗位 and
  ``原任人员`` are the row's 部门, 岗位 and 姓名, as the ``注：`` line says; where no 变动登记 row names
  it, the 姓名 written in the row. The ``原任人员`` who left the 支行 (the old 副行长, the old 公司客户经理)
  hold nothing in this file; the two who swapped each hold the OTHER's former rows (one form each:
  the 营业室's 综合柜员 rows for the former 个人客户经理, the 信贷室's 个人客户经理 rows for the former
  综合柜员); the 部门, 岗位, points, levels and types of a row do not change with its holder. The
  变动登记 rows, its caption and heading are no points and no forms; ``支行领导`` is the 部门 of the
  行长 and the 副行长;
- ``局领导`` (the 国资金融局's sheet, whose title names it), ``公司领导`` (a 部门 cell, a group row),
  ``支行领导`` (a card's 所在部门) and ``中心领导`` (a 科室 cell) are the 科室 of those leaders; a group
  row ``二、资产运营部`` gives the 科室 ``资产运营部`` (its number left off); a company's 部 and 室, a
  bank 支行's 营业室 and 信贷室, a 局's and a 中心's 科 and 室 are 科室;
- 局长, 副局长, 董事长, 总经理, 副总经理, 行长, 副行长 and a 中心's 主任 are leaders; 科长, a company's 部长
  and 经理 of a 部 (``信贷部经理``), the 会计主管 middle; the rest (科员, 出纳, 会计, 投资经理, 项目经理,
  风控经理, 招商专员, 客户经理, 公司客户经理, 个人客户经理, 综合柜员, 风控专员, 监测员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``职责事项``, ``分管工作`` and ``自查情况`` are no
  points and name no holder; the 融资担保有限公司's list names no person: its forms are posts
  (对岗不对人);
- ``高/中/低``, ``一级/二级/三级``, ``★★★/★★/★`` (read by the card's note), ``Ⅰ级/Ⅱ级/Ⅲ级``,
  ``高风险/中风险/低风险``, ``一级风险/二级风险/三级风险`` and bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the 中心's note)
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

PREFIX = "b334_"
PLACE = "新津区"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"


# --------------------------------------------------------------------------- harder layout

BANK = f"{PLACE}农村商业银行"
LIST_HEAD = ("序号", "部门", "岗位", "姓名", "廉洁风险点", "风险类型", "风险等级", "防控措施")
LOG_HEAD = ("序号", "部门", "岗位", "原任人员", "现任人员", "变动时间", "变动原因")
LOG_CAPTION = "岗位人员变动登记（轮岗、交流）"
# (部门, 岗位, 姓名 as typed at the March 排查, tier, [(廉洁风险点, 类型, 等级, 防控措施)])
HUAYUAN = [
    ("支行领导", "行长", "阙珞衡", "leader", [
        ("支行贷审小组审议走过场，大额贷款个人说了算", "制度机制", "高",
         "大额贷款提交贷审小组集体审议，审议记录存档备查。"),
        ("为亲友或关系企业打招呼，授意降低贷款准入条件", "外部环境", "高",
         "插手干预信贷业务事项登记报告，准入条件系统控制。"),
        ("营销费用、业务招待费使用不规范", "业务流程", "中", "费用按季公示，超标准支出不予报销。"),
    ]),
    ("支行领导", "副行长", "麴昭远", "leader", [
        ("柜面重要业务授权审核把关不严", "岗位职责", "高", "重要业务远程授权，授权记录每日核对。"),
        ("不良贷款清收中违规减免利息、罚息", "业务流程", "高", "减免事项报总行审批，结果在支行公示。"),
        ("违规为亲友办理贷款展期、借新还旧", "思想道德", "中", "展期和借新还旧实行回避，报总行审查。"),
    ]),
    ("营业室", "会计主管", "邰绮澜", "middle", [
        ("重要空白凭证、业务印章一人保管、一人使用", "岗位职责", "中", "凭证和印章分人保管，交接登记签字。"),
        ("查库、碰库流于形式，账实不符不报告", "业务流程", "低", "每日碰库，每月由行长带队查库。"),
    ]),
    ("营业室", "综合柜员", "冉瑗汐", "general", [
        ("代客户保管存折、密码，挪用客户资金", "思想道德", "高", "严禁代保管客户凭证，账户异动系统预警。"),
        ("大额取现不落实客户身份识别", "业务流程", "中", "大额取现登记核实，事后监督逐笔复核。"),
    ]),
    ("营业室", "综合柜员", "谯语桐", "general", [
        ("现金长款不入账、短款私自弥补", "岗位职责", "中", "长短款当日登记上报，会计主管核查。"),
        ("泄露客户账户和交易信息", "外部环境", "低", "查询权限分级管理，查询记录留痕可查。"),
    ]),
    ("信贷室", "公司客户经理", "钮晟骞", "general", [
        ("贷前调查不实，帮助企业包装材料骗取贷款", "岗位职责", "高", "贷前调查双人实地进行，调查报告签字负责。"),
        ("收受企业客户好处费、吃拿卡要", "外部环境", "高", "签订廉洁从业承诺书，客户回访廉洁情况。"),
        ("贷后检查走过场，隐瞒贷款资金挪用", "业务流程", "中", "贷后检查按季进行，资金流向逐笔核查。"),
    ]),
    ("信贷室", "个人客户经理", "糜蔚岚", "general", [
        ("以贷谋私，向农户收取“好处费”", "思想道德", "高", "贷款利率和收费公示，农户回访不少于三成。"),
        ("冒名贷款、顶名贷款审核不严", "业务流程", "中", "借款人面签并录像，身份联网核查。"),
    ]),
]  # fmt: skip
# (部门, 岗位, 原任人员, 现任人员, 变动时间, 变动原因)
ROTATIONS = [
    ("支行领导", "副行长", "麴昭远", "巩泓祎", "2025年6月", "交流任职（原任调总行风险管理部）"),
    ("营业室", "综合柜员", "冉瑗汐", "糜蔚岚", "2025年7月", "跨岗位轮岗"),
    ("信贷室", "个人客户经理", "糜蔚岚", "冉瑗汐", "2025年7月", "跨岗位轮岗"),
    ("信贷室", "公司客户经理", "钮晟骞", "敖鹄川", "2025年8月", "定期轮岗（同一岗位满三年）"),
]
LOG_NOTE = (
    "注：1.上表岗位人员为2025年3月排查时在岗人员。2.年内岗位人员变动（轮岗、交流）的，登记于岗位人员变动登记，"
    "原岗位的廉洁风险点及防控措施由现任人员承担，以变动登记为准，不再另行填报。3.风险等级分高、中、低三级。"
)


def holder(dept: str, post: str, typed: str) -> str:
    """The present holder of a row: the 现任人员 of the change that names its 部门, 岗位 and 原任."""
    for d, p, former, present, _when, _why in ROTATIONS:
        if (d, p, former) == (dept, post, typed):
            return present
    return typed


def xinjin_rural_bank_huayuan_rotation_log() -> dict:
    unit = f"{BANK}花源支行"
    sh = _Sheet("一览表", [6, 10, 13, 10, 38, 10, 9, 34])
    t = _Truth(unit)
    ncols = len(LIST_HEAD)
    _line(sh, f"{unit}岗位廉洁风险防控一览表", ncols)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年3月", ncols)
    sh.add(*LIST_HEAD)
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in HUAYUAN:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(
                sh.name, dept, post, holder(dept, post, who), tier, point, types_in(typ), HML[lv]
            )
    _per_person(sh, first, 1, 2, 3)
    sh.add()
    _line(sh, LOG_CAPTION, ncols)
    r = sh.add(*LOG_HEAD, None)
    sh.merge(r, 6, r, 7)
    for i, change in enumerate(ROTATIONS, 1):
        r = sh.add(i, *change, None)
        sh.merge(r, 6, r, 7)
    _line(sh, LOG_NOTE, ncols)
    sh.add("填表人：", None, None, "审核人：", None, "行长（签字）：", None, None)
    return _layout(
        "xinjin_rural_bank_huayuan_rotation_log", "http://m.facezit.com/shtml/view-7745015.html",
        "(harder) 区农商银行支行 岗位廉洁风险防控一览表 KEPT UP TO DATE BY A CHANGE LOG UNDER IT, after the source's "
        "村镇银行 rules on 重要岗位定期轮换 (会计, 出纳, 储蓄, 信贷 posts; 跨岗位, 跨机构; 客户经理 across 服务对象): a title, a "
        "merged ``填报单位（盖章）：…　填报时间：2025年3月`` line, 序号/部门 merged (支行领导, 营业室, 信贷室)/岗位 and 姓名 "
        "merged per person/廉洁风险点/风险类型 (short names)/风险等级 高/中/低/防控措施; after a blank row a merged caption "
        "``岗位人员变动登记（轮岗、交流）`` and a second table 序号/部门/岗位/原任人员/现任人员/变动时间/变动原因 (four "
        "changes: a new 副行长, the 综合柜员 and the 个人客户经理 SWAPPED, a new 公司客户经理); a merged ``注：`` line saying "
        "the list's names are March's and the 现任人员 of the log carries the post's points; a 填表人/审核人/行长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def xinjin_state_assets_finance_bureau_two_sheets() -> dict:
    unit = f"{PLACE}国有资产监督管理和金融工作局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 24, 36, 9, 32])
    lead.add("附件2")
    _line(lead, f"{unit}局领导廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("綦沅澍", "局长", "主持全面工作，分管办公室和人事、财务", [
            ("区属国有企业负责人薪酬审核不经党组会集体研究", "一级", "薪酬审核方案党组会研究，结果按规定公开。"),
            ("干部选拔任用和企业领导人员推荐个人说了算", "一级", "严格执行选任程序，推荐全程纪实。"),
        ]),
        ("郗翊琮", "副局长", "分管国资监管科，负责区属企业产权管理和投资监管", [
            ("国有产权转让审批中为意向受让方打招呼", "一级", "产权转让进场交易，打招呼事项登记报告。"),
            ("企业投资项目备案审核把关不严", "二级", "投资项目备案集体审核，材料清单化。"),
        ]),
        ("蒯霈岚", "副局长", "分管金融发展科，负责地方金融组织准入审核和风险处置", [
            ("小额贷款公司、融资担保公司设立准入审核放松标准", "一级", "准入材料两人以上审核，现场核查留痕。"),
            ("非法集资风险处置中泄露工作信息", "二级", "处置信息分级知悉，泄密问责。"),
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
    dept = _Sheet("科室", [6, 14, 9, 9, 36, 9, 32])
    _line(dept, f"{unit}科室岗位廉政风险防控表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("国资监管科", "科长", "庹砚舒", "middle", [
            ("区属企业年度经营业绩考核打分不公", "二级", "考核指标和结果局务会审定并通报。"),
            ("企业国有资产评估备案审核不严，低估资产价值", "一级", "评估报告专家复核，备案结果存档。"),
        ]),
        ("国资监管科", "科员", "阚泠玥", "general", [
            ("国有资产统计数据汇总不实", "三级", "统计数据与企业财务报表比对，科长复核。"),
        ]),
        ("金融发展科", "科长", "嵇澈岷", "middle", [
            ("地方金融组织日常监管检查走过场", "二级", "现场检查两人以上，检查底稿存档。"),
            ("对监管评级打分中照顾关系企业", "一级", "评级指标公开，评级结果集体审定。"),
        ]),
        ("办公室", "出纳", "郏晞蕊", "general", [
            ("公务卡和零余额账户支付不按审批", "二级", "支付凭审批单办理，U盾分人保管。"),
            ("现金不及时存入银行", "三级", "现金日清月结，定期盘点。"),
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
        "xinjin_state_assets_finance_bureau_two_sheets",
        "http://jrb.hubei.gov.cn/norms/202309/t20230905_4825408.shtml",
        "区国资金融局 廉政风险防控表 in two sheets, after the source's 省 opinion on the 地方类金融机构 (准入审核, 日常监管, "
        "风险处置 by the 县 金融工作局; 评级分类): ``局领导`` (``附件2``, a title, 序号/姓名, 职务 and 分管工作 merged per "
        "leader/廉政风险点/风险等级 ``一级/二级/三级``/防控措施; a 填表人/审核人/date line) and ``科室`` (a title, 序号/科室 merged "
        "(国资监管科, 金融发展科, 办公室)/岗位 and 姓名 merged per person/…; a 填表人/审核人/局长（签字） line); no type column",
        [lead, dept], t,
    )  # fmt: skip


def xinjin_investment_group_list() -> dict:
    unit = f"{PLACE}投资集团有限公司"
    sh = _Sheet("一览表", [6, 12, 10, 9, 40, 10, 8, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉洁风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年9月", 8)
    sh.add("序号", "部门", "岗位", "姓名", "廉洁风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("公司领导", "董事长", "竺曜澂", "leader", [
            ("“三重一大”事项不经党委会前置研究，个人拍板", "制度机制", "高", "重大事项党委会前置研究，会议纪要存档。"),
            ("对外投资项目决策中为关系方打招呼", "外部环境", "高", "投资决策集体研究，插手干预事项登记报告。"),
        ]),
        ("公司领导", "总经理", "暨昀珩", "leader", [
            ("大额资金调度不按授权审批", "岗位职责", "高", "大额资金联签，按月向董事会报告。"),
        ]),
        ("投资发展部", "部长", "闾霁骁", "middle", [
            ("项目尽职调查不实，夸大被投企业前景", "岗位职责", "高", "尽调报告第三方复核，尽调底稿存档。"),
            ("本人或亲属持有拟投企业股权未申报回避", "思想道德", "中", "投资人员利益冲突事项年度申报。"),
        ]),
        ("投资发展部", "投资经理", "郜珧禾", "general", [
            ("泄露投资项目估值和并购信息", "外部环境", "中", "项目信息分级知悉，签订保密承诺。"),
            ("推荐项目收取中介方佣金", "思想道德", "高", "项目来源登记，推荐人利益关系审查。"),
        ]),
        ("财务融资部", "部长", "禚沐岑", "middle", [
            ("融资中介机构选择暗箱操作", "业务流程", "中", "中介机构比选，比选结果公示。"),
        ]),
        ("财务融资部", "会计", "芮婳琪", "general", [
            ("费用报销票据审核不严", "业务流程", "低", "报销票据逐张审核，经办、审核、审批三签。"),
            ("往来款项长期挂账不清理", "岗位职责", "低", "往来款按季对账清理。"),
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
    sh.add("填表人：", None, None, "审核人：", None, "董事长（签字）：", None, None)
    return _layout(
        "xinjin_investment_group_list", "http://www.zzwlawyer.com/34583.html",
        "区投资集团有限公司 岗位廉洁风险防控一览表, after the source's note on the 投资部's 廉洁风险点 (利益冲突, 信息泄露, 内幕交易, "
        "推荐项目 for a commission, 尽职调查): ``附件1``, a title, a merged ``填报单位（盖章）：…　填报时间：2025年9月`` line, then "
        "序号/部门 merged (公司领导, 投资发展部, 财务融资部)/岗位 and 姓名 merged per person/廉洁风险点/风险类型 (short names)/"
        "风险等级 高/中/低/防控措施; a 填表人/审核人/董事长（签字） line",
        [sh], t,
    )  # fmt: skip


def xinjin_guarantee_company_posts() -> dict:
    unit = f"{PLACE}融资担保有限公司"
    sh = _Sheet("排查表", [6, 12, 12, 20, 38, 12, 10, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉洁风险点排查表", 8)
    sh.add("序号", "部门", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("公司领导", "总经理", "leader", [
            ("担保项目审批", "对不符合准入条件的项目授意通过评审", "制度机制风险", "高风险",
             "项目评审委员会集体审议，否决项目重启须报董事会。"),
            ("代偿决策", "未经集体研究擅自决定代偿", "岗位职责风险", "高风险", "代偿事项董事会审议，代偿结果报区国资金融局。"),
        ]),
        ("业务部", "项目经理", "general", [
            ("尽职调查", "尽调不到现场，替企业美化财务数据", "岗位职责风险", "高风险", "双人尽调，现场定位打卡。"),
            ("担保费核定", "擅自降低担保费率，收受企业好处", "思想道德风险", "中风险", "费率按标准系统核定，缴费环节提示举报电话。"),
        ]),
        ("风险管理部", "风控经理", "general", [
            ("保后管理", "保后检查走过场，隐瞒企业经营风险", "业务流程风险", "中风险", "保后检查按季进行，检查报告部门复核。"),
            ("反担保措施落实", "反担保抵押物评估不实、登记不全", "业务流程风险", "中风险", "抵押物第三方评估，登记资料专人保管。"),
            ("追偿", "追偿中与被追偿企业私下和解", "外部环境风险", "低风险", "追偿方案集体研究，和解须经总经理办公会。"),
        ]),
        ("综合财务部", "会计", "general", [
            ("保证金管理", "挪用客户存出保证金", "岗位职责风险", "中风险", "保证金专户管理，按月对账。"),
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
        "xinjin_guarantee_company_posts", "https://rc.dangtu.net.cn/article/79835.html",
        "区融资担保有限公司 岗位廉洁风险点排查表 对岗不对人, after the source's page on the 融资担保 post (客户准入, 尽职调查, "
        "风险评估, 担保方案, 保后管理, 代偿 and 追偿): a title, then 序号/部门 merged (公司领导, 业务部, 风险管理部, 综合财务部)/"
        "岗位 merged per post/a short 风险点/a long ``风险表现``/风险类型 ``…风险``/风险等级 ``高风险/中风险/低风险``/防控措施; no "
        "names; an ``编制： | 审核： | 2025年9月`` line",
        [sh], t,
    )  # fmt: skip


def xinjin_state_assets_operation_groups() -> dict:
    unit = f"{PLACE}国有资产经营有限公司"
    sh = _Sheet("责任清单", [6, 10, 9, 18, 36, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉洁风险防控责任清单", 7)
    sh.add("序号", "岗位", "姓名", "职责事项", "廉洁风险点", "风险等级", "防控措施")
    groups = [
        ("一、公司领导", "公司领导", [
            ("董事长", "郇镜澜", "leader", [
                ("经营性物业招租", "授意降低招租底价，定向租给关系人", "Ⅰ级", "招租底价评估确定，公开招租进场交易。"),
                ("资产处置", "国有资产处置不经评估、不进场交易", "Ⅰ级", "处置事项董事会研究，报区国资金融局审批。"),
            ]),
            ("副总经理", "宓砚秋", "leader", [
                ("租金减免", "违规批准租户减免、缓交租金", "Ⅱ级", "减免方案集体研究，减免结果公示。"),
            ]),
        ]),
        ("二、资产运营部", "资产运营部", [
            ("部长", "仝毓宸", "middle", [
                ("招租公告发布", "公开招租公告时间不足，限制竞租人", "Ⅱ级", "公告期不少于10个工作日，公告截图存档。"),
                ("物业空置管理", "隐瞒物业空置、默许转租获利", "Ⅱ级", "物业台账按月更新，现场巡查。"),
            ]),
            ("招商专员", "麻溪苒", "general", [
                ("租户资格审查", "收受意向租户好处，资格审查放水", "Ⅰ级", "资格审查双人进行，结果部门复核。"),
            ]),
        ]),
        ("三、财务部", "财务部", [
            ("部长", "戈缨蘅", "middle", [
                ("租金收缴", "租金长期欠缴不催收、不计违约金", "Ⅱ级", "租金到期系统预警，欠缴清单按月上报。"),
            ]),
            ("出纳", "乜棠湄", "general", [
                ("租金收入入账", "收取租金不开票、不入账", "Ⅲ级", "租金一律转账收取，票据统一领用。"),
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
    source = (
        "https://zwgk.shmh.gov.cn/mh-xxgk-cms/website/mh_xxgk/sjgk_sjjggg/content/"
        "2bef402b-7293-4ead-9118-e2e5df536b78.htm"
    )
    return _layout(
        "xinjin_state_assets_operation_groups", source,
        "区国有资产经营有限公司 廉洁风险防控责任清单, after the source's 区审计局 专项审计 of the 区属国有企业's 物业出租 (公开招租"
        "公告, 租金收取, 转租收益, 空置): a title, 序号/岗位/姓名/``职责事项``/廉洁风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施 under "
        "GROUP ROWS ``一、公司领导``, ``二、资产运营部``, ``三、财务部`` merged across (no 部门 column); 岗位 and 姓名 merged per "
        "person; no type column; a ``注：`` line and a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def xinjin_rural_bank_wujin_cards() -> dict:
    unit = f"{BANK}五津支行"
    t = _Truth(unit)
    cards = [
        ("行长", "冼峻珲", "支行领导", "leader", [
            ("贷款审批中违规干预，授意放宽担保条件", "制度机制风险", "★★★", "贷款审批集体审议，干预事项登记报告。"),
            ("员工强制休假和轮岗安排不落实", "岗位职责风险", "★★", "休假和轮岗计划报总行备案，按期执行。"),
            ("接受客户宴请、礼品礼金", "外部环境风险", "★★", "签订廉洁承诺书，节前廉洁提醒。"),
        ]),
        ("客户经理", "帅芃羿", "信贷室", "general", [
            ("贷前调查不实，虚增借款人收入", "岗位职责风险", "★★★", "双人调查，收入证明交叉核实。"),
            ("与借款人私下资金往来", "思想道德风险", "★★★", "员工账户异常交易监测。"),
            ("贷款资料保管不善、随意外借", "业务流程风险", "★", "信贷档案集中管理，借阅登记。"),
        ]),
        ("综合柜员", "钭沁瑶", "营业室", "general", [
            ("违规为客户代办业务、代签字", "业务流程风险", "★★", "业务办理本人到场，事后监督复核。"),
            ("重要空白凭证领用不登记", "岗位职责风险", "★", "凭证领用逐笔登记，每日核对。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, dept, tier, points in cards:
        sh = _Sheet(tab, [6, 36, 14, 9, 34])
        _line(sh, f"{unit}岗位廉洁风险防控卡", 5)
        sh.add("持卡人", who, f"职{GAP}务", tab, None)
        sh.add("所在部门", dept, "持卡时间", "2025年9月", None)
        sh.add("序号", "廉洁风险点", "风险类型", "风险等级", "防控措施")
        for i, (point, typ, stars, measures) in enumerate(points, 1):
            sh.add(i, point, typ, stars, measures)
            t.point(sh.name, dept, tab, who, tier, point, types_in(typ), STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 5)
        sh.add("持卡人签字：", None, "监督电话：028-12388", None, None)
        sheets.append(sh)
    return _layout(
        "xinjin_rural_bank_wujin_cards", "https://www.doczj.com/doc/5a19167767.html",
        "区农商银行支行 岗位廉洁风险防控卡, one sheet a holder (tabs 行长, 客户经理, 综合柜员), after the source's 农商银行 强制休假 "
        "rules (会计结算, 信贷, 风险管理 posts; 离岗审计): a title, the pairs ``持卡人 | … | 职　务 | …`` and ``所在部门 | … | "
        "持卡时间 | 2025年9月``, then 序号/廉洁风险点/风险类型 ``…风险``/风险等级 ``★★★/★★/★``/防控措施; a merged ``注：`` line "
        "on the stars and ``持卡人签字： | 监督电话：…``",
        sheets, t,
    )  # fmt: skip


def xinjin_microcredit_selfchecks() -> dict:
    unit = f"{PLACE}国投小额贷款有限公司"
    t = _Truth(unit)
    people = [
        ("查昶頔", "公司领导", "总经理", "leader", [
            ("超过监管比例发放单户大额贷款", "一级风险", "单户贷款额度系统控制，超限额报董事会。", "已落实"),
            ("贷款利率定价随意，变相收取咨询费", "一级风险", "利率和收费标准公示，不得另收费用。", "已落实"),
        ]),
        ("逯沛霏", "信贷部", "信贷部经理", "middle", [
            ("贷款审查中降低准入条件", "一级风险", "审查意见书面留存，风控部独立复核。", "正在整改"),
            ("贷款展期审核不严，掩盖逾期", "二级风险", "展期报审贷会审议，逾期按日统计。", "已落实"),
            ("向借款人推荐指定中介收费", "二级风险", "禁止引入中介，借款人回访。", "未发现问题"),
        ]),
        ("桓霂晴", "风险合规部", "风控专员", "general", [
            ("非现场监管报送数据不实", "二级风险", "报送数据与业务系统核对，部门负责人签字。", "已落实"),
            ("不良贷款分类不准确，隐瞒风险", "三级风险", "五级分类季度复核。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 12, 34, 12])
        _line(sh, f"{unit}岗位廉洁风险自查表", 5)
        sh.add(f"姓{GAP}名", f"部{GAP}门", f"岗{GAP}位", "填表时间", None)
        sh.add(who, dept, post, "2025年9月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], RISKS[lv])
        sh.add()
        sh.add("本人签名：", None, "总经理意见：", None, None)
        sheets.append(sh)
    return _layout(
        "xinjin_microcredit_selfchecks", "https://top.drbdp.com/2-234193.html",
        "区国投小额贷款有限公司 岗位廉洁风险自查表, one sheet a person (tabs named by the person), after the source's page on who "
        "supervises a 小贷公司 (市场准入, 贷款利率 and 额度, 风险监管, 合规性检查 by the 地方金融局): a title, a label row ``姓　名 | "
        "部　门 | 岗　位 | 填表时间`` over a row of values, then 序号/风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施/"
        "``自查情况``; no type column; a blank row and ``本人签名： | 总经理意见：``",
        sheets, t,
    )  # fmt: skip


def xinjin_finance_service_center_list() -> dict:
    unit = f"{PLACE}金融服务中心"
    sh = _Sheet("一览表", [6, 12, 12, 10, 40, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "晁珩钰", "leader", "地方金融组织风险监测结论擅自修改", "制度机制风险", "Ⅰ",
         "监测结论系统留痕，修改须经局领导审批。"),
        ("中心领导", "主任", "晁珩钰", "leader", "企业上市培育奖补资金审核不严", "岗位职责风险", "Ⅱ",
         "奖补资金集体审核，结果公示。"),
        ("监测预警科", "科长", "籍芷汀", "middle", "对融资担保公司非现场监管数据异常不预警", "岗位职责风险", "Ⅰ",
         "异常数据自动预警，处置情况按周报告。"),
        ("监测预警科", "监测员", "贲柯澜", "general", "向监测对象泄露检查安排", "思想道德风险", "Ⅱ",
         "检查计划保密，检查对象随机抽取。"),
        ("监测预警科", "监测员", "贲柯澜", "general", "小额贷款公司月报数据审核走过场", "业务流程风险", "Ⅲ",
         "月报数据与人行征信数据比对。"),
        ("综合科", "会计", "佴沐萱", "general", "专项工作经费报销不实", "业务流程风险", "Ⅱ",
         "报销票据逐张审核，经费支出按季公示。"),
        ("综合科", "会计", "佴沐萱", "general", "接受金融机构宴请、礼品", "外部环境风险", "Ⅲ",
         "签订廉洁承诺书，节前廉洁提醒。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), BARE[lv])
    _line(sh, "注：风险等级Ⅰ为高风险，Ⅱ为中风险，Ⅲ为低风险。", 8)
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "xinjin_finance_service_center_list",
        "http://m.plpkl.com/zwgk/jrxx/content/post_3261260.html",
        "区金融服务中心 岗位廉政风险防控一览表, after the source's 市金融工作局 监管履职自评 on the 小额贷款公司 and 融资担保公司 "
        "(岗位设置, 日常监管, 非现场监管): a title, then 序号/科室/岗位/``责任人`` written on EVERY row (no merges)/廉政风险点/"
        "风险类型 ``…风险``/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施; a merged ``注：`` line on the grades and a 填表人/审核人/主任（签字） "
        "line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    xinjin_rural_bank_huayuan_rotation_log(),
    xinjin_state_assets_finance_bureau_two_sheets(),
    xinjin_investment_group_list(),
    xinjin_guarantee_company_posts(),
    xinjin_state_assets_operation_groups(),
    xinjin_rural_bank_wujin_cards(),
    xinjin_microcredit_selfchecks(),
    xinjin_finance_service_center_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch334-inbox"))

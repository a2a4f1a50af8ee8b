"""The three-hundred-and-eighty-second batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one district's 住建 and
城管 bodies, 陈仓区 (a district of 宝鸡 on the 渭河, its staff Han) — the 区住房和城乡建设局, the
区城市管理执法局, the 区住房保障中心, the 区建筑工程质量安全监督站, the 区环境卫生管理所 (the 环卫所), the
区房地产服务中心, the 区市政设施管理所 and the 区园林绿化管理站 — each handing back the 一览表, 防控卡,
排查表, 责任清单 or 自查表 its staff typed in WPS or Excel:

- the 住房和城乡建设局's 一览表 under ``附件1`` and a ``填报单位（盖章）：…　填报时间：…`` line:
  ``科室`` merged, ``岗位 | 姓名`` merged per person, ``…风险`` types, ``一级/二级/三级`` read by a
  ``注：`` line, a 填表人/审核人/局长（签字） line;
- the 城市管理执法局's file in two sheets: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader)
  and ``科室及中队`` (``科室`` merged, ``岗位`` and ``姓名`` merged per person), 高/中/低, no type
  column, a 制表/审核/date line under each;
- the 建筑工程质量安全监督站's 排查表 对岗不对人: ``股室`` merged and ``岗位`` merged per post, a short
  ``风险点`` beside a long ``主要表现``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names; an
  编制/审核/date line;
- the 环卫所's 防控卡, one sheet a holder (tabs named by the holder): pairs ``持卡人 | … | 职　务 |
  …`` and ``所在股室 | … | 持卡时间 | …`` above ``序号 | 风险点 | 风险等级 | 防控措施``, no type
  column, ``★★★/★★/★`` read by a ``注：`` line, ``持卡人签字： | … | 所长签字：``;
- the 房地产服务中心's 自查表, one sheet a person (tabs 副主任, 股长, 备案审核员): a label row
  ``姓　名 | 科　室 | 岗　位 | 填表时间`` over a row of values, then ``序号 | 工作环节 | 风险点 |
  风险等级 | 防控措施 | 自查情况``, ``高风险/中风险/低风险``, no type column, ``本人签名： | … |
  中心负责人意见：``;
- the 市政设施管理所's 责任清单: ``股室`` merged, ``岗位`` and ``责任人`` merged per person,
  ``职责事项`` before the ``廉政风险点``, short types, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line, the
  measures and a LAST ``责任领导`` column naming the 所长 or the 副所长 who oversees the 股室;
- the 园林绿化管理站's 一览表 written out on EVERY row, nothing merged: ``科室 | 岗位 | 责任人``, a
  short ``风险点`` beside a long ``风险描述``, ``一级风险/二级风险/三级风险``, no type column.

One is harder:

- ``chencang_housing_security_center_folded``: the 住房保障中心's 岗位廉政风险防控一览表, an
  ordinary list (a title, a ``填报单位：…　填报时间：…`` line, ``序号 | 岗位 | 姓名 | 风险点 |
  风险类型 | 风险等级 | 防控措施``, 岗位 and 姓名 merged per person, short types, 高/中/低, a
  填表人/审核人/date line) under GROUP ROWS ``一、中心领导（共4个风险点）``, ``二、综合股（共3个风险点）``,
  ``三、分配审核股（共3个风险点）``, ``四、房源管理股（共3个风险点）`` merged across — whose rows are
  GROUPED IN AN EXCEL OUTLINE (数据 → 组合 / 分级显示: each 股室's detail rows carry outline level 1,
  the summary row stands ABOVE its group, ``summaryBelow`` off) and sent FOLDED to level 1: every
  detail row is hidden by the outline and the 股室 row above it is marked collapsed, so that the
  file opens (and prints) as the title, the heading, the four group rows and the sign-off line,
  with the ``+`` buttons in the margin to unfold each 股室. There is no autofilter, no note about
  hidden rows, no ``已销号``, no mark of any kind on the folded rows. The README's 读得懂的表 knows
  group rows ``一、办公室`` (including a bracket after the name, there the 分管领导), rows hidden by an
  AUTOFILTER (a view: read), rows hidden with a note that they are 已销号 (set aside), hidden tabs
  (batch378: a hidden draft of the posts a shown tab gives, set aside) and Excel's 分类汇总
  ``… 计数`` rows below each group; earlier batches also hide helper columns (batch4, batch12). It
  does not describe rows folded in an outline under summary rows ABOVE them, with neither a filter
  nor a note — the shape a 中心 gets when it folds a long list to show its 股室 at a glance and
  sends it so. No
  earlier batch writes an outline level or a collapsed row (grep ``level``/``collapsed``/
  ``outline_settings`` over tests/published/: none before this one).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose or by their titles (a 保障性住房
分配方案 — 申请, 资格审核, 公示, 轮候, 摇号选房, 配租, 租金, 腾退; the 住建部's 关键岗位人员配备标准 for
施工现场 — 项目经理, 技术负责人, 质量员, 安全员; a study of 城管执法权 法治化 — 行政处罚, 行政强制,
法律顾问, 执法规范化; a 建设工程安全监督工作流程图 — 制定安全管理制度, 现场检查, 通报检查结果, 整改
通知单, 工程暂停令, 复检; a 城市环境卫生调研报告 — 清扫保洁, 垃圾收运, 环卫工人; 住宅专项维修资金
收费标准 — 归集, 使用, 业主表决; the 城市道路照明设施管理规定 and who keeps 路灯 — 维修, 节能改造,
市政设施; a 园林绿化养护组织实施方案 — 养护考核, 苗木, 病虫害防治, 养护经费) and the layout follows
their words for the unit, its parts, its posts and its risks. The rows are worded by us, the names
invented (rare Han surnames with rare given names, three characters each, four with a compound
surname); every unit is a body of 陈仓区, named with the district's name.

Run ``python tests/published/score.py --set batch382`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the FOLDED rows are the list: folding an outline is a view, as a filter is
  (README: 筛选只是视图,照读), and each group row says how many points it folds (``共4个风险点``);
  every detail row is a point of its post and holder, and the group row above it gives its 股室
  (``二、综合股（共3个风险点）`` gives ``综合股``: the number and the bracketed count left off); the
  group rows are no points and the count in their bracket no level; unlike batch378's hidden tab
  the folded rows are no superseded copy of anything shown: they are the only rows of the list;
- ``局领导`` (a 科室 cell of the 住建局's list; the 城管局's sheet of its leaders, named so by its tab
  and title), ``中心领导`` (a group row of the 保障中心; a ``科　室`` value of the 房地产服务中心's
  自查表), ``站领导`` (a 股室/科室 cell of the 质监站's and the 园林站's lists) and ``所领导`` (the
  环卫所 card's ``所在股室``; a 股室 cell of the 市政所's list) are the 科室 of those leaders; a 局's 股,
  办公室 and 中队, a 中心's, 站's and 所's 股 are 科室;
- 局长, 副局长, a 中心's 主任 and 副主任, 站长, 副站长, 所长 and 副所长 are leaders; 股长, 办公室主任
  and 中队长 middle; the rest (科员, 会计, 审核员, 管理员, 法制审核员, 执法队员, 质量监督员, 安全监督员,
  档案管理员, 材料保管员, 备案审核员, 维修工, 技术员, 出纳) general;
- ``风险点 | 主要表现`` (the 质监站's list) and ``风险点 | 风险描述`` (the 园林站's list): the point is
  the short 风险点; ``分管工作``, ``职责事项``, ``工作环节``, ``自查情况`` and ``持卡时间`` are no points
  and name no holder; the 市政所's LAST ``责任领导`` column names a supervisor (the holder is
  ``责任人``), so the 副所长 is the holder of his own row only; the 质监站's list names no person: its
  forms are posts (对岗不对人);
- ``一级/二级/三级`` (read by the 住建局's note), ``高/中/低``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★`` (read
  by the cards' note), ``高风险/中风险/低风险``, bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the 市政所's note) and
  ``一级风险/二级风险/三级风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``write_xlsx`` here: ``batch44.write_xlsx``
plus a sheet's row outline — a row's outline level, hidden and collapsed flags, and the summary rows
above) and ``truth.json``; no re-saved copies (as batch280 and batch378).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import xlsxwriter

from published.batch44 import _put
from published.batch60 import _line
from published.batch287 import _per_person
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b382_"
PLACE = "陈仓区"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"


# --------------------------------------------------------------------------- harder layout

FOLDED_UNIT = f"{PLACE}住房保障中心"
FOLDED_TAB = "一览表"
FOLDED_HEAD = ("序号", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
# (group row as shown, 股室, [(岗位, 姓名, tier, [(风险点, 风险类型, 风险等级, 防控措施)])])
FOLDED_GROUPS = [
    ("一、中心领导", "中心领导", [
        ("主任", "亢筱翾", "leader", [
            ("保障房分配方案不经集体研究，个人决定房源分配", "制度机制", "高",
             "分配方案经中心班子会集体研究，报区住建局审定后实施。"),
            ("为亲友或特定关系人违规安排保障房", "思想道德", "高", "领导干部亲属申请保障房主动报告并回避。"),
        ]),
        ("副主任", "汲澈蘅", "leader", [
            ("摇号选房监督不到位，选房顺序被人为调整", "业务流程", "高",
             "摇号选房全程录像，邀请公证机构和申请人代表现场监督。"),
            ("保障房维修项目发包不按规定比选", "岗位职责", "中", "维修项目三家以上比选，比选结果公示。"),
        ]),
    ]),
    ("二、综合股", "综合股", [
        ("股长", "綦砚漓", "middle", [
            ("公租房租金收入不及时入账，坐收坐支", "制度机制", "中", "租金统一由银行代收，按月对账。"),
        ]),
        ("会计", "雒渼嵩", "general", [
            ("虚列保障房维修费用套取资金", "业务流程", "中", "维修费用凭验收单和审批单报销。"),
            ("财务票据管理不规范", "岗位职责", "低", "票据领用登记，按季度核销。"),
        ]),
    ]),
    ("三、分配审核股", "分配审核股", [
        ("股长", "蒲沄翯", "middle", [
            ("对申请人收入、住房、资产情况审核把关不严", "岗位职责", "高",
             "申请材料联网核查民政、不动产、公积金信息。"),
            ("资格审核结果不按规定公示", "业务流程", "中", "审核结果在区政府网站和社区公示栏公示十五日。"),
        ]),
        ("审核员", "牟莳汀", "general", [
            ("收受申请人好处，帮助不符合条件者通过审核", "外部环境", "高", "初审、复审分人办理，审核意见全程留痕。"),
        ]),
    ]),
    ("四、房源管理股", "房源管理股", [
        ("股长", "屠霭琮", "middle", [
            ("对违规转租、转借、闲置保障房的行为不查处", "岗位职责", "中", "每半年入户核查，违规使用的依法收回房屋。"),
        ]),
        ("管理员", "党晴嶂", "general", [
            ("腾退房屋不及时收回，私自安排他人入住", "业务流程", "中", "腾退房源登记台账，重新配租经股长审核。"),
            ("入户核查走过场，接受住户宴请", "思想道德", "低", "入户核查两人同行，核查记录由住户签字。"),
        ]),
    ]),
]  # fmt: skip


def _count(people) -> int:
    return sum(len(points) for *_, points in people)


def chencang_housing_security_center_folded() -> dict:
    unit = FOLDED_UNIT
    sh = _Sheet(FOLDED_TAB, [6, 10, 9, 38, 10, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    _line(sh, f"填报单位：{unit}{GAP * 12}填报时间：2025年6月", 7)
    sh.add(*FOLDED_HEAD)
    summaries, details = [], []
    n = 0
    for shown, dept, people in FOLDED_GROUPS:
        summaries.append(_line(sh, f"{shown}（共{_count(people)}个风险点）", 7))
        first = len(sh.rows)
        for post, who, tier, points in people:
            for point, typ, lv, measures in points:
                n += 1
                sh.add(n, post, who, point, typ, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        _per_person(sh, first, None, 1, 2)
        details += range(first, len(sh.rows))
    sh.add("填表人：", None, "审核人：", None, None, "2025年6月", None)
    lay = _layout(
        "chencang_housing_security_center_folded",
        "http://35331.cn/lhs_frxtr0izrfnzjeng7asp9k3dklk01203202q03703401n01900w_2.html",
        "(harder) 区住房保障中心 岗位廉政风险防控一览表, after the source's 保障性住房分配方案 (申请, 资格审核, 公示, 轮候, 摇号选房, "
        "配租, 租金, 腾退): a title, a merged ``填报单位：…　填报时间：2025年6月`` line, 序号/岗位 and 姓名 merged per person/"
        "风险点/风险类型 (short names)/风险等级 高/中/低/防控措施 under GROUP ROWS ``一、中心领导（共4个风险点）`` … "
        "``四、房源管理股（共3个风险点）`` merged across; the rows GROUPED IN AN EXCEL OUTLINE (detail rows at outline level "
        "1, the group row above each group, summaryBelow off) and FOLDED: every detail row hidden by the outline, every "
        "group row collapsed, no autofilter and no note; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip
    lay["sheets"][0]["outline"] = {"details": details, "summaries": summaries, "folded": True}
    return lay


# --------------------------------------------------------------------------- ordinary layouts


def chencang_housing_bureau_list() -> dict:
    unit = f"{PLACE}住房和城乡建设局"
    sh = _Sheet("一览表", [6, 14, 12, 9, 38, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "郦瞻崧", "leader", [
            ("“三重一大”事项不经党组会集体研究", "制度机制风险", "一级", "“三重一大”事项清单化管理，会议纪要存档。"),
            ("插手干预建设工程招投标和项目发包", "思想道德风险", "一级", "领导干部插手干预工程建设事项记录报告。"),
        ]),
        ("局领导", "副局长", "蔺砾桐", "leader", [
            ("施工许可审批中降低条件为关系企业开绿灯", "岗位职责风险", "一级", "施工许可条件公开，办理结果网上可查。"),
        ]),
        ("办公室", "办公室主任", "琚芷鹭", "middle", [
            ("公务接待和公务用车超标准", "制度机制风险", "三级", "接待和用车事前审批，费用按月公开。"),
        ]),
        ("建筑市场监管股", "股长", "阙怀漱", "middle", [
            ("对施工现场项目经理、技术负责人等关键岗位人员不到岗问题不查处", "岗位职责风险", "二级",
             "关键岗位人员到岗情况每月抽查，结果通报并记入信用档案。"),
            ("建筑企业信用评价打分优亲厚友", "业务流程风险", "二级", "评分标准公开，评价结果公示五个工作日。"),
        ]),
        ("建筑市场监管股", "科员", "鄞雩檀", "general", [
            ("执法检查中接受施工企业宴请、礼品", "外部环境风险", "三级", "执法检查两人以上，签订廉洁承诺书。"),
        ]),
        ("房地产市场监管股", "股长", "巴涓珣", "middle", [
            ("商品房预售许可审核把关不严", "岗位职责风险", "一级", "预售许可实行初审、复审两级审核，结果公开。"),
            ("预售资金监管账户拨付审核不严", "业务流程风险", "二级", "预售资金拨付双人审核，银行、住建联合监管。"),
        ]),
        ("村镇建设股", "股长", "邰蕖澈", "middle", [
            ("农村危房改造补助对象认定不实", "业务流程风险", "二级", "补助对象村、镇、区三级审核并公示。"),
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
    sh.add("填表人：", None, None, "审核人：", None, "局长（签字）：", None, None)
    return _layout(
        "chencang_housing_bureau_list",
        "https://www.zhetiaohe.com/ss/65c427cad2a8759bb5b7a948105f45caba4132a53e76cf218b9d551fdc4026ec18d344770c44b522e172f6a1c957d8b9.html",
        "区住房和城乡建设局 岗位廉政风险防控一览表, after the source's 关键岗位人员配备标准 for 施工现场 (项目经理, 技术负责人, "
        "质量员, 安全员): ``附件1``, a title, a merged ``填报单位（盖章）：…　填报时间：2025年6月`` line, then 序号/科室 merged "
        "(局领导, 办公室, 建筑市场监管股, 房地产市场监管股, 村镇建设股)/岗位 and 姓名 merged per person/风险点/风险类型 ``…风险``/"
        "风险等级 ``一级/二级/三级``/防控措施; a merged ``注：`` line and a 填表人/审核人/局长（签字） line",
        [sh], t,
    )  # fmt: skip


def chencang_urban_management_two_sheets() -> dict:
    unit = f"{PLACE}城市管理执法局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 20, 38, 9, 32])
    _line(lead, f"{unit}局领导廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "风险等级", "防控措施")
    leaders = [
        ("佘暾沅", "局长", "主持全面工作", [
            ("重大执法案件不经集体讨论，个人说了算", "高", "重大执法决定经局务会集体讨论，法律顾问出具意见。"),
            ("为违法建设当事人说情打招呼", "高", "插手干预执法事项如实登记报告。"),
        ]),
        ("逄楠苡", "副局长", "分管市容管理、户外广告", [
            ("户外广告设置审批违规", "中", "审批条件公开，审批结果网上公示。"),
            ("对占道经营整治选择性执法", "中", "整治全过程执法记录仪记录。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "局领导", post, who, "leader", point, [], HML[lv])
    _per_person(lead, first, None, 1, 2, 3)
    lead.add("制表：", None, "审核：", None, None, "2025年6月", None)
    staff = _Sheet("科室及中队", [6, 12, 11, 9, 38, 9, 32])
    _line(staff, f"{unit}科室及中队廉政风险防控表", 7)
    staff.add("序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("法制股", "股长", "麻屺澄", "middle", [
            ("行政处罚案件法制审核走过场", "中", "法制审核意见书面出具，重大案件法律顾问复核。"),
        ]),
        ("法制股", "法制审核员", "宓霏鹤", "general", [
            ("对处罚裁量明显不当的案件不提出审核意见", "低", "对照裁量基准逐案审核，审核记录存档。"),
        ]),
        ("执法一中队", "中队长", "訾琰苒", "middle", [
            ("暂扣物品不开具清单、私自处置", "高", "暂扣物品当场清点、开具清单，统一入库登记。"),
            ("对违法建设巡查发现问题不报告", "中", "巡查轨迹定位，发现问题当日上报。"),
        ]),
        ("执法一中队", "执法队员", "厍澧筠", "general", [
            ("当场收缴罚款不出具票据", "高", "使用财政统一票据，罚款两日内缴入指定银行。"),
            ("执法中接受商户吃请", "低", "执法两人以上，签订廉洁承诺。"),
        ]),
        ("执法二中队", "中队长", "戚飏翮", "middle", [
            ("渣土运输违规行为查处不严", "中", "渣土车辆违规情况每周通报，处理结果公开。"),
        ]),
    ]  # fmt: skip
    first = len(staff.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, lv, measures in points:
            n += 1
            staff.add(n, dept, post, who, point, lv, measures)
            t.point(staff.name, dept, post, who, tier, point, [], HML[lv])
    _per_person(staff, first, 1, 2, 3)
    staff.add("制表：", None, "审核：", None, None, "2025年6月", None)
    return _layout(
        "chencang_urban_management_two_sheets", "https://m.fx361.cc/news/2020/0116/15066422.html",
        "区城市管理执法局 file in two sheets after the source's study of 城管执法权 法治化 (行政处罚, 行政强制, 法律顾问, 执法"
        "规范化): ``局领导`` (a title, 序号/姓名, 职务 and 分管工作 merged per leader/风险点/风险等级/防控措施) and ``科室及中队`` "
        "(a title, 序号/科室 merged (法制股, 执法一中队, 执法二中队)/岗位 and 姓名 merged per person/风险点/风险等级/防控措施); "
        "高/中/低; no type column; a 制表/审核/date line under each",
        [lead, staff], t,
    )  # fmt: skip


def chencang_quality_safety_station_posts() -> dict:
    unit = f"{PLACE}建筑工程质量安全监督站"
    sh = _Sheet("排查表", [6, 12, 11, 16, 36, 13, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "股室", "岗位", "风险点", "主要表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "leader", [
            ("监督计划安排", "监督检查计划确定项目时照顾关系企业", "制度机制风险", "Ⅱ级", "监督项目随机抽取，计划经站务会研究。"),
            ("工程暂停令下达", "对重大安全隐患应下达工程暂停令而不下达", "岗位职责风险", "Ⅰ级",
             "重大隐患处理意见集体研究，下达情况报区住建局。"),
        ]),
        ("站领导", "副站长", "leader", [
            ("竣工验收监督", "对不具备验收条件的工程默许组织验收", "业务流程风险", "Ⅰ级", "竣工验收监督两人以上，现场核查资料。"),
        ]),
        ("质量监督股", "质量监督员", "general", [
            ("现场质量抽查", "抽查走过场，对实体质量问题不如实记录", "岗位职责风险", "Ⅱ级", "抽查记录拍照上传，股长按月复核。"),
            ("检测报告核查", "对检测机构出具的虚假检测报告不查处", "外部环境风险", "Ⅰ级", "检测报告二维码核验，异常报告移交处理。"),
        ]),
        ("安全监督股", "股长", "middle", [
            ("隐患整改复查", "隐患未整改到位即签署复查合格意见", "业务流程风险", "Ⅰ级", "复查附整改前后影像资料，股长签字负责。"),
        ]),
        ("安全监督股", "安全监督员", "general", [
            ("整改通知单开具", "接受施工单位好处，降格开具整改通知单", "思想道德风险", "Ⅱ级", "整改通知单统一编号，开具情况每周通报。"),
            ("检查结果通报", "检查结果通报避重就轻，隐瞒问题", "制度机制风险", "Ⅲ级", "检查结果按月在区住建局网站公开。"),
        ]),
        ("综合股", "档案管理员", "general", [
            ("监督档案管理", "监督档案随意借阅、涂改", "制度机制风险", "Ⅲ级", "档案借阅登记审批，原件不外借。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, tier, points in rows:
        for point, desc, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, point, desc, typ, lv, measures)
            t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _per_person(sh, first, 1, 2)
    sh.add("编制：", None, "审核：", None, None, None, "2025年6月", None)
    return _layout(
        "chencang_quality_safety_station_posts",
        "http://www.32336.cn/lhs_irerlqijpo3vi2xg2wngxnkzijpfoclkxo3vh6m_4.html",
        "区建筑工程质量安全监督站 岗位廉政风险点排查表 对岗不对人, after the source's 建设工程安全监督工作流程图 (制定安全管理制度, "
        "确定检查内容, 现场检查, 通报检查结果, 整改通知单, 工程暂停令, 复检): a title, 序号/股室 merged/岗位 merged per post/a short "
        "风险点/a long ``主要表现``/风险类型 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; an ``编制： | 审核： | "
        "2025年6月`` line",
        [sh], t,
    )  # fmt: skip


def chencang_sanitation_cards() -> dict:
    unit = f"{PLACE}环境卫生管理所"
    t = _Truth(unit)
    cards = [
        ("所长", "胥瑗沚", "leader", "所领导", [
            ("环卫作业车辆和设备采购不按规定程序", "★★★", "车辆设备采购进入公共资源交易平台。"),
            ("清扫保洁服务外包考核打分照顾承包企业", "★★★", "考核细则公开，考核由所务会集体评定。"),
            ("临聘环卫工人工资发放把关不严", "★★", "工资发放名单公示，直接打卡发放。"),
        ]),
        ("股长", "郗峻渟", "middle", "垃圾清运股", [
            ("垃圾清运车辆加油、维修费用虚报", "★★", "车辆油耗按月统计，维修事前审批。"),
            ("垃圾中转站运行考核走过场", "★", "考核记录现场拍照，每月通报。"),
        ]),
        ("材料保管员", "敖沣菡", "general", "综合股", [
            ("环卫工具、劳保用品出入库账实不符", "★★", "出入库登记，每季度盘点。"),
            ("验收供货时以次充好", "★", "验收两人以上，验收单签字存档。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, tier, dept, points in cards:
        sh = _Sheet(who, [6, 38, 10, 12, 32])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("持卡人", who, f"职{GAP}务", post)
        sh.add("所在股室", dept, "持卡时间", "2025年6月")
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(points, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, dept, post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人签字：", None, "所长签字：", None)
        sheets.append(sh)
    return _layout(
        "chencang_sanitation_cards", "https://m.duzhishi.com/fanwen/diaoyanbaogao/406/406580.html",
        "区环境卫生管理所 (环卫所) 岗位廉政风险防控卡, one sheet a holder (tabs named by the holder), after the source's 城市环境"
        "卫生调研报告 (清扫保洁, 垃圾收运, 环卫工人): a title, PAIRS ``持卡人 | … | 职　务 | …`` and ``所在股室 | … | 持卡时间 | "
        "…``, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; no type column; a merged ``注：`` line on the stars and "
        "``持卡人签字： | 所长签字：``",
        sheets, t,
    )  # fmt: skip


def chencang_property_center_selfchecks() -> dict:
    unit = f"{PLACE}房地产服务中心"
    t = _Truth(unit)
    people = [
        ("副主任", "鞠曜淇", "中心领导", "leader", [
            ("维修资金使用审批", "专项维修资金使用审批把关不严，审核走过场", "高风险", "使用方案经业主表决并公示，中心集体审批。",
             "已落实"),
            ("物业企业考评", "物业服务企业考评打分优亲厚友", "中风险", "考评细则公开，邀请业主代表参与。", "未发现问题"),
        ]),
        ("股长", "庾绡岑", "维修资金股", "middle", [
            ("维修资金归集", "维修资金归集不及时，专户管理混乱", "中风险", "维修资金专户存储，按月对账。", "已落实"),
            ("维修资金划拨", "未经业主表决即划拨维修资金", "高风险", "划拨凭业主表决结果和审批单办理。", "已落实"),
        ]),
        ("备案审核员", "晁荻泓", "交易备案股", "general", [
            ("商品房合同网签备案", "为不符合条件的商品房办理合同备案", "高风险", "备案条件系统校验，双人复核。", "未发现问题"),
            ("交易信息查询", "违规查询、泄露购房人信息", "低风险", "查询实名登记，查询记录留痕。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, dept, tier, points in people:
        sh = _Sheet(post, [6, 18, 36, 10, 32, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        sh.add(f"姓{GAP}名", f"科{GAP}室", f"岗{GAP}位", "填表时间", None, None)
        sh.add(who, dept, post, "2025年6月", None, None)
        sh.add("序号", "工作环节", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (step, point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, step, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], BANDS[lv])
        sh.add()
        sh.add("本人签名：", None, "中心负责人意见：", None, None, None)
        sheets.append(sh)
    return _layout(
        "chencang_property_center_selfchecks",
        "https://www.zhetiaohe.com/ss/cb954706ecb75fbd1d7f5584e76c74658de4942b8c58c2835de3ab74a008cea3a49f3fb65ee42299.html",
        "区房地产服务中心 岗位廉政风险自查表, one sheet a person (tabs 副主任, 股长, 备案审核员), after the source's 住宅专项维修"
        "资金 收费标准 (归集, 使用, 业主表决): a title, a label row ``姓　名 | 科　室 | 岗　位 | 填表时间`` over a row of values, "
        "then 序号/``工作环节``/风险点/风险等级 ``高风险/中风险/低风险``/防控措施/``自查情况``; no type column; a blank row and "
        "``本人签名： | 中心负责人意见：``",
        sheets, t,
    )  # fmt: skip


def chencang_municipal_facilities_duties() -> dict:
    unit = f"{PLACE}市政设施管理所"
    sh = _Sheet("责任清单", [6, 12, 10, 9, 14, 36, 9, 8, 30, 10])
    t = _Truth(unit)
    chief, deputy = "贲珥溱", "谯芃屿"
    _line(sh, f"{unit}廉政风险防控责任清单", 10)
    sh.add("序号", "股室", "岗位", "责任人", "职责事项", "廉政风险点", "风险类型", "风险等级", "防控措施",
           "责任领导")  # fmt: skip
    rows = [
        ("所领导", "所长", chief, "leader", chief, [
            ("工程项目管理", "市政维修工程发包不按规定程序", "制度机制", "Ⅰ", "工程发包按限额标准公开招标或比选。"),
            ("资金管理", "大额维修资金支出不经集体研究", "制度机制", "Ⅰ", "大额支出经所务会集体研究。"),
        ]),
        ("所领导", "副所长", deputy, "leader", chief, [
            ("路灯节能改造", "路灯节能改造项目验收把关不严", "岗位职责", "Ⅱ", "改造项目验收邀请第三方检测。"),
        ]),
        ("道路桥梁股", "股长", "邗晔岨", "middle", chief, [
            ("道路挖掘修复", "道路挖掘修复费用核定不实", "业务流程", "Ⅱ", "修复费用按标准核定，结果公示。"),
            ("桥梁检测", "对桥梁检测机构出具的报告不审核", "岗位职责", "Ⅲ", "检测报告专人审核，存档备查。"),
        ]),
        ("路灯管理股", "维修工", "俞翥璠", "general", deputy, [
            ("路灯维修", "路灯维修材料虚报冒领", "思想道德", "Ⅱ", "维修材料领用登记，旧件回收。"),
        ]),
        ("排水管网股", "股长", "凤篁澍", "middle", deputy, [
            ("管网疏通外包", "管网疏通外包工作量签认不实", "外部环境", "Ⅰ", "工作量现场核实，影像资料存档。"),
            ("井盖更换", "井盖等设施采购以次充好", "业务流程", "Ⅲ", "采购设施抽样送检，验收双人签字。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, leader, points in rows:
        for duty, point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, duty, point, typ, lv, measures, leader)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), BARE[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级Ⅰ为高，Ⅱ为中，Ⅲ为低。", 10)
    sh.add("制表：", None, None, "审核：", None, None, None, "2025年6月", None, None)
    return _layout(
        "chencang_municipal_facilities_duties", "https://g230.com/581862807.html",
        "区市政设施管理所 廉政风险防控责任清单, after the source's account of the 城市道路照明设施管理规定 and who keeps 路灯 "
        "(维修, 节能改造, 市政工程及设施): a title, then 序号/股室 merged (所领导, 道路桥梁股, 路灯管理股, 排水管网股)/岗位 and "
        "``责任人`` merged per person/``职责事项``/廉政风险点/风险类型 (short names)/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施/a LAST "
        "``责任领导`` column naming the 所长 or the 副所长 (the 副所长 also the 责任人 of his own row); a ``注：`` line on the "
        "grades and a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def chencang_landscaping_station_every_row() -> dict:
    unit = f"{PLACE}园林绿化管理站"
    sh = _Sheet("一览表", [6, 11, 9, 9, 16, 36, 11, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "责任人", "风险点", "风险描述", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "冀滢岷", "leader", "绿化工程发包", "绿化工程化整为零规避招标，指定施工单位", "一级风险",
         "绿化工程按限额标准招标，发包结果公示。"),
        ("站领导", "站长", "冀滢岷", "leader", "养护经费使用", "养护经费挤占挪用，虚列养护支出", "二级风险",
         "养护经费专账核算，年度审计。"),
        ("养护管理股", "股长", "尉迟翊潆", "middle", "养护考核评比", "养护单位考核评比打分不公，接受养护单位好处", "一级风险",
         "考核评比细则公开，考核结果集体评定并公示。"),
        ("养护管理股", "股长", "尉迟翊潆", "middle", "苗木验收", "苗木规格、数量验收不实，以次充好", "二级风险",
         "苗木验收现场量测，验收单三方签字。"),
        ("养护管理股", "技术员", "段干淙晏", "general", "病虫害防治", "病虫害防治药剂采购数量虚报", "三级风险",
         "药剂出入库登记，用量与防治面积核对。"),
        ("综合股", "出纳", "禄荪沣", "general", "现金管理", "坐支现金，公款私存", "二级风险", "现金日清月结，定期盘点。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, desc, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, desc, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], RISKS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "2025年6月", None, None)
    return _layout(
        "chencang_landscaping_station_every_row",
        "http://www.35331.cn/lhs_h65kgnp33geug3fjhgp1gp1ji3ik3hk3dklk_4.html",
        "区园林绿化管理站 岗位廉政风险防控一览表, after the source's 园林绿化养护组织实施方案 (养护考核, 苗木, 病虫害防治, 养护"
        "经费): a title, then 序号/科室/岗位/``责任人`` written out on EVERY row (nothing merged)/a short 风险点/a long "
        "``风险描述``/风险等级 ``一级风险/二级风险/三级风险``/防控措施; no type column; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    chencang_housing_security_center_folded(),
    chencang_housing_bureau_list(),
    chencang_urban_management_two_sheets(),
    chencang_quality_safety_station_posts(),
    chencang_sanitation_cards(),
    chencang_property_center_selfchecks(),
    chencang_municipal_facilities_duties(),
    chencang_landscaping_station_every_row(),
]

RESAVED: tuple[str, ...] = ()


def write_xlsx(layout: dict, path: Path) -> Path:
    """``batch44.write_xlsx`` plus a sheet's row ``outline``: its detail rows at outline level 1
    (hidden when ``folded``), its summary rows above them (collapsed when ``folded``), as Excel
    and WPS leave a list grouped with 数据 → 组合 and folded to level 1."""
    options = {
        "strings_to_formulas": False,
        "strings_to_urls": False,
        "strings_to_numbers": False,
        "in_memory": True,
    }  # fmt: skip  (no temporary file per part)
    wb = xlsxwriter.Workbook(str(path), options)
    wb.set_properties({"created": datetime(2025, 6, 16, 9, 0, 0), "author": "Administrator"})
    base = {
        "text_wrap": True,
        "valign": "vcenter",
        "font_name": "宋体",
        "font_size": 10,
        "border": 1,
    }
    fmt = wb.add_format(base)
    date_fmt = wb.add_format({**base, "num_format": 'yyyy"年"m"月"d"日"'})
    for sheet in layout["sheets"]:
        ws = wb.add_worksheet(sheet["name"])
        outline = sheet.get("outline") or {}
        details, summaries = set(outline.get("details", ())), set(outline.get("summaries", ()))
        folded = bool(outline.get("folded"))
        if outline:
            ws.outline_settings(True, False, True, False)  # summary rows above their groups
        for c, w in enumerate(sheet.get("widths") or []):
            ws.set_column(c, c, w)
        covered = {(r, c) for r0, c0, r1, c1 in sheet["merges"] for r in range(r0, r1 + 1)
                   for c in range(c0, c1 + 1)}  # fmt: skip
        for r, row in enumerate(sheet["rows"]):
            lines = max((str(v).count("\n") + 1 for v in row if isinstance(v, str)), default=1)
            height = 14 * lines if lines > 1 else None
            opts = {}
            if r in details:
                opts = {"level": 1, "hidden": folded}
            elif r in summaries and folded:
                opts = {"collapsed": True}
            if height is not None or opts:
                ws.set_row(r, height, None, opts)
            for c, v in enumerate(row):
                if v is None or (r, c) in covered:
                    continue
                _put(ws, (fmt, date_fmt), r, c, v)
        for r0, c0, r1, c1 in sheet["merges"]:
            row = sheet["rows"][r0]
            v = row[c0] if c0 < len(row) else None
            ws.merge_range(r0, c0, r1, c1, "", date_fmt if isinstance(v, datetime) else fmt)
            if v is not None:
                _put(ws, (fmt, date_fmt), r0, c0, v)
    wb.close()
    return path


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``write_xlsx`` here."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch382-inbox"))

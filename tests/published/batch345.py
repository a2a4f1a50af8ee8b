"""The three-hundred-and-forty-fifth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one district's 商务 and
市场 bodies, 锦江区 (a district of 成都, its staff Han) — its 商务局, its 市场监督管理局 and three of the
局's 市场监管所 (春熙路, 水井坊, 牛市口), its 消费者协会, and the 管理委员会 of two of its 商圈 (春熙路商圈,
东大街商圈) — each handing back the 一览表, 防控卡, 排查表, 责任清单 or 自查表 its staff typed in WPS or
Excel:

- the 商务局's file in two sheets: ``局领导`` (``附件2``, ``职务 | 姓名 | 分管工作`` merged per leader)
  and ``科室`` (``科室`` merged, ``岗位`` and ``姓名`` merged per person), ``一级/二级/三级``, no type
  column, a 填表人/审核人 line under each;
- the 春熙路市场监管所's 岗位廉政风险防控卡, one sheet a holder (tabs 所长, 网格监管员, 内勤): ``持卡人 |
  … | 岗　位 | …`` and a merged ``主要职责 | …`` above ``序号 | 风险点 | 风险类型 | 风险等级 | 防控措施``,
  short types, ``★★★/★★/★`` read by a ``注：`` line, ``持卡人（签字）： | … | 监督电话：…``;
- the 水井坊市场监管所's 排查表 对岗不对人: NO 科室 column (a 所 has none), ``岗位`` merged per post, a
  short ``风险点`` beside a long ``风险表现``, ``…风险`` types, ``高风险/中风险/低风险``; no names; an
  编制/审核/date line;
- the 牛市口市场监管所's 责任清单 under ``附件1`` and a ``填报单位（盖章）：…　填报时间：…`` line: no 科室
  column, ``岗位`` and ``责任人`` merged per person, ``职责事项`` before the ``廉政风险点``, ``Ⅰ级/Ⅱ级/Ⅲ级``,
  no type column, a 填表人/审核人/所长（签字） line;
- the 消费者协会's 自查表, one sheet a person (tabs named by the person): a LABEL ROW ``姓　名 | 部　门 |
  职　务 | 填表时间`` over a row of values, then ``序号 | 风险点 | 风险等级 | 防控措施 | 自查情况``, 高/中/低,
  no type column, ``本人签名： | … | 审核人：``;
- the 春熙路商圈管理委员会's 一览表 under GROUP ROWS ``一、管委会领导`` … ``三、综合保障部`` merged across
  (no 部门 column): ``岗位 | 姓名`` merged per person, short types, ``一级风险/二级风险/三级风险``, a
  ``注：`` line and a 制表/审核/date line;
- the 东大街商圈管理委员会's 一览表: ``部门`` written on EVERY row (no merges), ``岗位 | 责任人``, a short
  ``风险点`` beside a long ``风险描述``, ``…风险`` types, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line, a
  填表人/审核人/主任（签字） line.

One is harder:

- ``jinjiang_market_bureau_type_in_level_column``: the 市场监督管理局's 岗位廉政风险防控一览表, an
  ordinary 一览表 in every other column (a title, a merged ``填报单位（盖章）：…　填报时间：2025年9月``
  line, ``序号 | 科室 | 岗位 | 姓名 | 廉政风险点 | … | 防控措施``, ``科室`` merged, ``岗位`` and ``姓名``
  merged per person) — but it has NO ``风险类型`` column and NO ``风险等级`` column of its own: ONE
  heading ``风险类型及等级`` is merged over THREE LEVEL COLUMNS ``高 | 中 | 低`` (a two-row heading, the
  other headings merged down over both rows), and each row writes ITS TYPE, as a short name
  (``岗位职责``, ``外部环境`` …), IN THE COLUMN OF ITS LEVEL, the other two cells blank; a merged
  ``注：`` line under the list says so (``风险类型填写在该风险点对应的风险等级栏内，高、中、低三栏只填
  其一。``). So a point's LEVEL is WHICH of the three columns is filled, and its TYPE is WHAT is
  written there. The README's 读得懂的表 knows level columns ``一级 | 二级 | 三级`` under ``风险等级``
  with a ``√`` in one of them, type columns ``思想道德 | 制度机制 | …`` under ``风险类型`` with ``√`` in
  the ones that apply, the POINTS written in the column of their level (``廉政风险点`` over ``高风险 |
  中风险 | 低风险``), and — the mirror of this one — ``风险类别及等级`` merged over the FIVE TYPE
  columns with the LEVEL WORD written in the column of the row's type (a ``√``, ``★`` or ``1`` there
  being only the type); it does not describe level columns that carry the TYPE NAME instead of a
  tick, so that the filled column gives the level and its text the type.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 区市场监管分局's ``双随机、一公开``
抽查 — 抽查计划, 随机抽取 检查对象, 食品、药品、医疗器械、工业产品, 结果 公示 on the 国家企业信用信息公示系统; a
区商务局's 商务发展专项资金管理办法 — 实施细则, 扶持项目, 投资促进, 商贸业, 外经贸, 审批程序, 内部监管; a
街道's 餐饮业 一体化综合监管 — 网格工作站, 远程 后厨 视频, ``检查码``, 市场所, 特种设备安全; a 区局's essay on
市场监管所 标准化规范化建设 — 所长 and 副所长, 临聘人员, 食药品安全协管人员, 执法三项制度, 绩效考核; a 市's
地方标准 for 市场监督管理所建设和管理 — 工作任务, 机构设置, 依法行政, 工作场所; a 消费者协会's 年终工作总结 —
受理 投诉, 调解, 挽回经济损失, 消费警示, ``3·15`` 活动; a 城市广场 商业活动管理制度 — 广场管理委员会, 活动
审批, 场地分配 by 公开竞争, 使用费用, 执照; a 镇's 商业步行街 — 步行街管理办公室, 摊位, 保洁员, 商户
分类管理) and the layout follows their words for the unit, its parts, its posts and its risks. The
rows are worded by us, the names invented (rare Han surnames with rare given names, three
characters each); every unit is a body of 锦江区, named with the district's name.

Run ``python tests/published/score.py --set batch345`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a point's level is the column of ``高 | 中 | 低`` that is filled (高 1, 中 2,
  低 3) and its type the short name written in it; the blank cells of the other two columns are
  nothing; ``风险类型及等级``, ``高``, ``中``, ``低`` and the ``注：`` line are no points;
- ``局领导`` (the 商务局's sheet, whose title names it; a 科室 cell of the 市场监督管理局's list),
  ``管委会领导`` (the 春熙路商圈's group row, the 东大街商圈's 部门 cell) and ``协会领导`` (a self-check's
  部门) are the 科室 of those leaders; a 局's 科 and 办公室, a 管委会's 部, 科 and 综合办公室, the 消费者协会's
  投诉咨询部 are 科室; a group row ``二、招商运营部`` gives the 科室 ``招商运营部`` (its number left off);
- the three 市场监管所 are units of their own (``锦江区市场监督管理局春熙路市场监管所`` …) with no 科室, as
  batch323's 自然资源所: their forms have the 科室 "" (the cards, the 排查表 and the 责任清单 name none);
- 局长, 副局长, 所长, 副所长, a 管委会's 主任 and 副主任 and the 消费者协会's 秘书长 are leaders; 科长 and 部长
  middle; the rest (科员, 会计, 网格监管员, 内勤, 执法人员, 协管员, 投诉调解员, 招商专员, 活动专员,
  摊位管理员, 出纳) general;
- ``风险点 | 风险表现`` and ``风险点 | 风险描述``: the point is the short 风险点; ``职责事项``, ``分管工作``,
  ``主要职责`` and ``自查情况`` are no points and name no holder; the 水井坊所's list names no person: its
  forms are posts (对岗不对人);
- ``一级/二级/三级``, ``★★★/★★/★`` (read by the card's note), ``高风险/中风险/低风险``, ``Ⅰ级/Ⅱ级/Ⅲ级``,
  ``高/中/低``, ``一级风险/二级风险/三级风险`` and bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the 东大街's note) are 1/2/3.

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

PREFIX = "b345_"
PLACE = "锦江区"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"


# --------------------------------------------------------------------------- harder layout

GRID_TOP = ("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型及等级", None, None, "防控措施")
GRID_LEVELS = ("高", "中", "低")  # the three level columns under 风险类型及等级, F–H
GRID_FIRST = 5
GRID_NOTE = "注：风险类型填写在该风险点对应的风险等级栏内，高、中、低三栏只填其一。"
# (科室, 岗位, 姓名, tier, [(廉政风险点, 类型, 等级, 防控措施)])
MARKET_BUREAU = [
    ("局领导", "局长", "亢霈然", "leader", [
        ("“双随机、一公开”年度抽查计划制定中授意剔除关系企业", "制度机制", "高",
         "抽查计划局务会集体研究，抽查对象名录全量导入系统。"),
        ("重大行政处罚案件不经集体讨论，个人定案", "岗位职责", "高", "重大案件法制审核后集体讨论，讨论记录存档。"),
    ]),
    ("局领导", "副局长", "况芮珺", "leader", [
        ("分管领域抽查结果公示前打招呼、改结论", "外部环境", "中", "抽查结果经科室、法规科双审，改动留痕。"),
        ("接受辖区市场主体宴请和礼品礼金", "思想道德", "低", "签订廉洁承诺，节前廉洁提醒。"),
    ]),
    ("信用监管科", "科长", "敖澍岚", "middle", [
        ("检查对象不在系统中随机抽取，人为指定或调换", "业务流程", "高",
         "抽取过程在协同监管平台完成，邀请企业代表现场监督。"),
        ("经营异常名录移出申请审核把关不严", "岗位职责", "中", "移出前核实整改情况，移出决定科务会审核。"),
    ]),
    ("信用监管科", "科员", "隆筱岍", "general", [
        ("抽查结果录入国家企业信用信息公示系统不及时、不真实", "业务流程", "中",
         "检查结果二十个工作日内录入，科长每月核对。"),
        ("向检查对象泄露抽查名单和检查时间", "思想道德", "高", "抽查名单保密管理，检查前不得告知。"),
    ]),
    ("食品经营监管科", "科长", "师槐芊", "middle", [
        ("食品经营许可现场核查降低标准", "岗位职责", "高", "现场核查两人以上，核查记录拍照存档。"),
        ("食品抽检不合格后续核查处置选择性执法", "外部环境", "中", "不合格样品核查处置台账化，按月通报。"),
    ]),
    ("特种设备安全监察科", "科员", "厉沅枫", "general", [
        ("电梯、气瓶检查走过场，隐患不督促整改", "岗位职责", "中", "检查记录上传系统，隐患整改闭环销号。"),
        ("特种设备事故隐患举报线索压案不办", "制度机制", "低", "举报线索登记编号，办理时限跟踪督办。"),
    ]),
]  # fmt: skip


def jinjiang_market_bureau_type_in_level_column() -> dict:
    unit = f"{PLACE}市场监督管理局"
    sh = _Sheet("一览表", [6, 16, 9, 9, 38, 10, 10, 10, 34])
    t = _Truth(unit)
    ncols = len(GRID_TOP)
    _line(sh, f"{unit}岗位廉政风险防控一览表", ncols)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年9月", ncols)
    top = sh.add(*GRID_TOP)
    sub = sh.add(*([None] * GRID_FIRST), *GRID_LEVELS, None)
    for c in (0, 1, 2, 3, 4, ncols - 1):
        sh.merge(top, c, sub, c)
    sh.merge(top, GRID_FIRST, top, GRID_FIRST + len(GRID_LEVELS) - 1)
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in MARKET_BUREAU:
        for point, typ, lv, measures in points:
            n += 1
            grid = [typ if lv == word else None for word in GRID_LEVELS]
            sh.add(n, dept, post, who, point, *grid, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, GRID_NOTE, ncols)
    sh.add("填表人：", None, None, "审核人：", None, None, "局长（签字）：", None, None)
    return _layout(
        "jinjiang_market_bureau_type_in_level_column", "https://scjg.xinxiang.gov.cn/news/5144",
        "(harder) 区市场监督管理局 岗位廉政风险防控一览表 whose TYPE IS WRITTEN IN ITS LEVEL'S COLUMN, after the source's 区市场监管分局 "
        "``双随机、一公开`` 抽查 (抽查计划, 随机抽取, 食品、药品、医疗器械、工业产品, 国家企业信用信息公示系统 公示): a title, a merged "
        "``填报单位（盖章）：…　填报时间：2025年9月`` line, a two-row heading 序号/科室/岗位/姓名/廉政风险点 (merged down)/"
        "``风险类型及等级`` merged over ``高 | 中 | 低``/防控措施 (merged down); 科室 merged (局领导, 信用监管科, 食品经营监管科, "
        "特种设备安全监察科), 岗位 and 姓名 merged per person; each row's short type name in the ONE level column of its level, "
        "the other two blank; a merged ``注：风险类型填写在该风险点对应的风险等级栏内…`` line and a 填表人/审核人/局长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def jinjiang_commerce_bureau_two_sheets() -> dict:
    unit = f"{PLACE}商务局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 24, 36, 9, 32])
    lead.add("附件2")
    _line(lead, f"{unit}局领导廉政风险防控表", 7)
    lead.add("序号", "职务", "姓名", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("局长", "璩曜川", "主持全面工作，分管办公室和财务", [
            ("商务发展专项资金扶持项目安排不经党组会集体研究", "一级", "扶持项目安排党组会集体研究，结果公示。"),
            ("为关系企业申报扶持资金打招呼", "一级", "插手干预事项登记报告，申报材料第三方审核。"),
        ]),
        ("副局长", "郏沁箬", "分管商贸流通科、外经贸科", [
            ("实施细则制定中为特定企业量身设置扶持条件", "二级", "实施细则公开征求意见，经合法性审查。"),
            ("外经贸企业项目验收走过场", "二级", "验收邀请财政、审计人员参加，验收资料存档。"),
            ("接受商贸企业宴请和购物卡", "三级", "签订廉洁承诺书，节前廉洁提醒。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for post, who, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, post, who, work, point, lv, measures)
            t.point(lead.name, lead.name, post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[2]) for c in (1, 2, 3)])
    lead.add("填表人：", None, None, "审核人：", None, "2025年9月", None)
    dept = _Sheet("科室", [6, 14, 9, 9, 36, 9, 32])
    _line(dept, f"{unit}科室岗位廉政风险防控表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("商贸流通科", "科长", "酆栎渟", "middle", [
            ("扶持项目申报材料初审把关不严，虚报投资额不剔除", "一级", "初审实行双人复核，疑点材料实地核查。"),
            ("促消费活动承办单位选定不公开", "二级", "承办单位公开比选，比选结果公示。"),
        ]),
        ("商贸流通科", "科员", "嵇芃湲", "general", [
            ("泄露企业申报材料和评审信息", "三级", "申报材料专人保管，评审信息保密。"),
        ]),
        ("外经贸科", "科长", "缑昀霁", "middle", [
            ("外贸企业补贴资金核算不实，多拨少拨", "一级", "补贴资金按细则测算，科务会审核后报批。"),
            ("投资促进活动经费预算虚高", "二级", "活动经费事前预审、事后结报。"),
        ]),
        ("办公室", "会计", "阙漪苒", "general", [
            ("专项资金不按批复用途拨付", "二级", "拨付凭批复和审批单办理，按季对账。"),
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
        "jinjiang_commerce_bureau_two_sheets",
        "https://www.lg.gov.cn/xxgk/zwgk/flfg/bmgfxwj/content/post_12464405.html",
        "区商务局 廉政风险防控表 in two sheets, after the source's 区商务局 商务发展专项资金管理办法 (实施细则, 扶持项目, 投资促进, 商贸业, "
        "外经贸, 审批程序, 内部监管): ``局领导`` (``附件2``, a title, 序号/职务, 姓名 and 分管工作 merged per leader/廉政风险点/风险等级 "
        "``一级/二级/三级``/防控措施; a 填表人/审核人/date line) and ``科室`` (a title, 序号/科室 merged (商贸流通科, 外经贸科, 办公室)/"
        "岗位 and 姓名 merged per person/…; the same line); no type column",
        [lead, dept], t,
    )  # fmt: skip


def jinjiang_chunxi_market_office_cards() -> dict:
    unit = f"{PLACE}市场监督管理局春熙路市场监管所"
    t = _Truth(unit)
    cards = [
        ("所长", "夔砚蘅", "leader", "主持所全面工作，负责辖区餐饮、商超的日常监管和案件办理", [
            ("网格巡查发现的问题不立案，以责令整改代替处罚", "岗位职责", "★★★", "问题线索登记台账，立案情况每月通报。"),
            ("联合检查中为辖区餐饮商户说情、减少检查事项", "外部环境", "★★★", "联合检查事项清单化，检查结果网格工作站留存。"),
            ("所内临聘人员招录中优亲厚友", "制度机制", "★★", "招录方案报局审核，结果公示。"),
        ]),
        ("网格监管员", "厍澄汐", "general", "负责网格内餐饮后厨远程巡查和上门检查", [
            ("远程视频发现后厨问题不推送、不上门核查", "业务流程", "★★", "远程巡查记录系统留痕，所长每周抽查。"),
            ("上门检查不出示检查码，随意检查", "制度机制", "★", "检查前出示检查码，检查依据和内容告知商户。"),
            ("接受商户宴请、消费卡", "思想道德", "★★★", "签订廉洁承诺，网格定期轮换。"),
        ]),
        ("内勤", "乜槿渝", "general", "负责所内文书、执法装备和罚没物品管理", [
            ("罚没物品登记不全，私自处置", "岗位职责", "★★", "罚没物品入库双人登记，处置报局审批。"),
            ("执法文书归档不及时、不完整", "业务流程", "★", "文书结案后十日内归档，季度检查。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, tier, duty, points in cards:
        sh = _Sheet(post, [6, 38, 10, 9, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 5)
        sh.add("持卡人", who, f"岗{GAP}位", post, None)
        r = sh.add("主要职责", duty, None, None, None)
        sh.merge(r, 1, r, 4)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施")
        for i, (point, typ, stars, measures) in enumerate(points, 1):
            sh.add(i, point, typ, stars, measures)
            t.point(sh.name, "", post, who, tier, point, types_in(typ), STARS[stars])
        _line(sh, "注：风险等级★★★为高风险，★★为中风险，★为低风险。", 5)
        sh.add("持卡人（签字）：", None, None, "监督电话：028-86661234", None)
        sheets.append(sh)
    source = (
        "https://www.jingan.gov.cn/sy/004009/004009003/004009003002/004009003002002/20250606/"
        "0b20c15b-ec36-444f-a167-3323052d6fae.html"
    )
    return _layout(
        "jinjiang_chunxi_market_office_cards", source,
        "区市场监督管理局 春熙路市场监管所 岗位廉政风险防控卡, one sheet a holder (tabs 所长, 网格监管员, 内勤), after the source's 街道 "
        "餐饮业 一体化综合监管 (网格工作站, 远程 后厨 视频, 检查码, 市场所, 特种设备安全): a title, ``持卡人 | … | 岗　位 | …`` and a merged "
        "``主要职责 | …`` line above 序号/风险点/风险类型 (short names)/风险等级 ``★★★/★★/★``/防控措施; a merged ``注：`` line on the "
        "stars and ``持卡人（签字）： | 监督电话：…``",
        sheets, t,
    )  # fmt: skip


def jinjiang_shuijingfang_market_office_posts() -> dict:
    unit = f"{PLACE}市场监督管理局水井坊市场监管所"
    sh = _Sheet("排查表", [6, 12, 20, 38, 12, 10, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所长", "leader", [
            ("所务决策", "所内经费使用、临聘人员管理不经所务会研究", "制度机制风险", "高风险",
             "所务会议事规则上墙，经费使用按月公开。"),
            ("案件审批", "对一般程序案件审批把关不严，降格处理", "岗位职责风险", "高风险", "案件经法制审核后审批，审批意见留痕。"),
        ]),
        ("副所长", "leader", [
            ("绩效考核", "所内绩效考核打分优亲厚友", "思想道德风险", "中风险", "考核细则公开，考核结果公示。"),
        ]),
        ("执法人员", "general", [
            ("现场检查", "检查中接受经营者宴请、礼品，对违法行为不予处理", "外部环境风险", "高风险",
             "执法全过程记录，两人以上执法。"),
            ("调查取证", "取证不全，故意遗漏违法事实", "业务流程风险", "中风险", "证据材料法制员审核，案件质量评查。"),
        ]),
        ("协管员", "general", [
            ("食品安全巡查", "巡查记录弄虚作假，发现问题不报告", "岗位职责风险", "中风险", "巡查记录拍照上传，所长每周抽查。"),
            ("信息采集", "向经营者泄露检查安排", "思想道德风险", "低风险", "协管员签订保密承诺，检查安排不提前告知。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, tier, points in rows:
        for point, desc, typ, lv, measures in points:
            n += 1
            sh.add(n, post, point, desc, typ, lv, measures)
            t.point(sh.name, "", post, "", tier, point, types_in(typ), BANDS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add("编制：", None, "审核：", None, None, "2025年9月", None)
    return _layout(
        "jinjiang_shuijingfang_market_office_posts", "https://39ysw.com/204378.html",
        "区市场监督管理局 水井坊市场监管所 岗位廉政风险点排查表 对岗不对人, after the source's 区局 essay on 市场监管所 标准化规范化建设 "
        "(所长 and 副所长, 临聘人员, 食药品安全协管人员, 执法三项制度, 绩效考核): a title, then 序号/岗位 merged per post (所长, 副所长, "
        "执法人员, 协管员; no 科室 column)/a short 风险点/a long ``风险表现``/风险类型 ``…风险``/风险等级 ``高风险/中风险/低风险``/"
        "防控措施; no names; an ``编制： | 审核： | 2025年9月`` line",
        [sh], t,
    )  # fmt: skip


def jinjiang_niushikou_market_office_duties() -> dict:
    unit = f"{PLACE}市场监督管理局牛市口市场监管所"
    sh = _Sheet("责任清单", [6, 10, 9, 18, 36, 8, 32])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}廉政风险防控责任清单", 7)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 8}填报时间：2025年9月", 7)
    sh.add("序号", "岗位", "责任人", "职责事项", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("所长", "鞠岫昶", "leader", [
            ("工作场所建设", "所办公场所改造工程不按规定程序发包", "Ⅰ级", "改造工程报局审批，按限额公开比选。"),
            ("行政处罚", "对违法行为处罚畸轻畸重，滥用自由裁量权", "Ⅰ级", "严格执行裁量基准，处罚决定法制审核。"),
        ]),
        ("副所长", "巢湉珂", "leader", [
            ("投诉举报处理", "投诉举报压件不办，超时限办结", "Ⅱ级", "投诉举报登记编号，办理时限系统预警。"),
        ]),
        ("执法人员", "竺沂蓁", "general", [
            ("日常监督检查", "对无证经营选择性查处", "Ⅱ级", "检查对象随机抽取，查处情况按月通报。"),
            ("行政许可现场核查", "核查中吃拿卡要", "Ⅰ级", "核查两人以上，核查结果申请人签字确认。"),
        ]),
        ("内勤", "逯霭晗", "general", [
            ("执法装备管理", "执法装备、车辆公器私用", "Ⅲ级", "装备领用登记，车辆使用审批。"),
            ("档案管理", "随意查阅、泄露市场主体登记档案", "Ⅱ级", "档案查阅审批登记，查阅记录留存。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, who, tier, points in rows:
        for duty, point, lv, measures in points:
            n += 1
            sh.add(n, post, who, duty, point, lv, measures)
            t.point(sh.name, "", post, who, tier, point, [], ROMAN[lv])
    _per_person(sh, first, None, 1, 2)
    sh.add("填表人：", None, "审核人：", None, "所长（签字）：", None, None)
    return _layout(
        "jinjiang_niushikou_market_office_duties", "https://www.renrendoc.com/paper/445210662.html",
        "区市场监督管理局 牛市口市场监管所 廉政风险防控责任清单, after the source's 市 地方标准 for 市场监督管理所建设和管理 (工作任务, "
        "机构设置, 依法行政, 工作场所): ``附件1``, a title, a merged ``填报单位（盖章）：…　填报时间：2025年9月`` line, then 序号/岗位 "
        "and 责任人 merged per person (no 科室 column)/``职责事项``/廉政风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no type column; a "
        "填表人/审核人/所长（签字） line",
        [sh], t,
    )  # fmt: skip


def jinjiang_consumer_association_selfchecks() -> dict:
    unit = f"{PLACE}消费者协会"
    t = _Truth(unit)
    people = [
        ("沙筠岘", "协会领导", "秘书长", "leader", [
            ("重大投诉调解结果个人拍板，偏袒经营者", "高", "重大投诉调解方案集体研究，调解书存档。", "未发现问题"),
            ("“3·15”活动承办和宣传费用支出不规范", "中", "活动经费预算审批，支出凭证公开。", "已落实"),
        ]),
        ("蒙棠漪", "投诉咨询部", "部长", "middle", [
            ("投诉分派中人为指定调解员", "中", "投诉按受理顺序轮流分派。", "已落实"),
            ("消费警示发布前向经营者通风报信", "高", "消费警示集体审定，发布前保密。", "未发现问题"),
        ]),
        ("訾澈鸾", "投诉咨询部", "投诉调解员", "general", [
            ("调解中收受经营者好处，压低赔偿", "高", "调解全程录音，调解结果回访消费者。", "未发现问题"),
            ("虚报调解件数和挽回经济损失金额", "低", "调解台账与登记系统每月核对。", "正在整改"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add(f"姓{GAP}名", f"部{GAP}门", f"职{GAP}务", "填表时间", None)
        sh.add(who, dept, post, "2025年9月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        sh.add()
        sh.add("本人签名：", None, "审核人：", None, None)
        sheets.append(sh)
    return _layout(
        "jinjiang_consumer_association_selfchecks", "https://61taotao.com/office/170939.html",
        "区消费者协会 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 消费者协会 年终工作总结 "
        "(受理 投诉, 调解, 挽回经济损失, 消费警示, 3·15 活动): a title, a LABEL ROW ``姓　名 | 部　门 | 职　务 | 填表时间`` over a row "
        "of values, then 序号/风险点/风险等级 高/中/低/防控措施/``自查情况``; no type column; a blank row and ``本人签名： | 审核人：``",
        sheets, t,
    )  # fmt: skip


def jinjiang_chunxi_business_district_groups() -> dict:
    unit = f"{PLACE}春熙路商圈管理委员会"
    sh = _Sheet("一览表", [6, 10, 9, 38, 10, 12, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、管委会领导", "管委会领导", [
            ("主任", "权泓瑀", "leader", [
                ("商圈大型商业活动审批不经主任办公会研究", "制度机制", "一级风险", "大型活动审批主任办公会研究，纪要存档。"),
                ("为关系企业争取场地和扶持打招呼", "外部环境", "一级风险", "插手干预事项登记报告。"),
            ]),
            ("副主任", "蔚杳菡", "leader", [
                ("广场场地分配不公开竞争，定向安排", "岗位职责", "二级风险", "场地需求大于供应时公开竞价分配。"),
            ]),
        ]),
        ("二、招商运营部", "招商运营部", [
            ("部长", "饶砾筝", "middle", [
                ("招商引进品牌评审打分不公", "岗位职责", "一级风险", "评审专家随机抽取，评分结果公示。"),
                ("商业活动场地使用费减免随意", "制度机制", "二级风险", "费用减免报主任办公会审批并公示。"),
            ]),
            ("招商专员", "简苡淳", "general", [
                ("向意向商户泄露其他商户报价", "思想道德", "二级风险", "报价资料专人保管，签订保密承诺。"),
            ]),
        ]),
        ("三、综合保障部", "综合保障部", [
            ("部长", "越晞濛", "middle", [
                ("商圈公共设施维护项目化整为零发包", "业务流程", "一级风险", "维护项目年度打捆，按限额公开比选。"),
            ]),
            ("活动专员", "满曦柠", "general", [
                ("活动执照发放不按审批结果", "业务流程", "二级风险", "执照凭审批单发放，发放登记。"),
                ("活动物料采购虚报数量", "思想道德", "三级风险", "物料验收双人签字，结报附照片。"),
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
        "jinjiang_chunxi_business_district_groups", "https://360docs.net/doc/0420924332.html",
        "区春熙路商圈管理委员会 岗位廉政风险防控一览表, after the source's 城市广场 商业活动管理制度 (广场管理委员会, 活动审批, 场地分配 by "
        "公开竞争, 使用费用, 执照): a title, 序号/岗位/姓名/廉政风险点/风险类型 (short names)/风险等级 ``一级风险/二级风险/三级风险``/"
        "防控措施 under GROUP ROWS ``一、管委会领导``, ``二、招商运营部``, ``三、综合保障部`` merged across (no 部门 column); 岗位 and "
        "姓名 merged per person; a ``注：`` line and a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def jinjiang_dongdajie_business_district_list() -> dict:
    unit = f"{PLACE}东大街商圈管理委员会"
    sh = _Sheet("一览表", [6, 12, 12, 10, 20, 36, 13, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 9)
    sh.add(
        "序号", "部门", "岗位", "责任人", "风险点", "风险描述", "风险类型", "风险等级", "防控措施"
    )
    rows = [
        ("管委会领导", "主任", "查晏澍", "leader", "步行街摊位分配", "摊位分配不公开摇号，为关系人预留摊位",
         "外部环境风险", "Ⅰ", "摊位公开摇号分配，结果张榜公示。"),
        ("管委会领导", "主任", "查晏澍", "leader", "保洁外包", "保洁服务外包不比选，直接指定",
         "制度机制风险", "Ⅱ", "外包服务公开比选，合同法务审核。"),
        ("市场管理科", "科长", "荆翛然", "middle", "商户分类管理", "对违规经营商户处理标准不一，优亲厚友",
         "岗位职责风险", "Ⅰ", "处理标准公开，处理结果集体审定。"),
        ("市场管理科", "摊位管理员", "游苒笙", "general", "摊位费收取", "收取摊位费不开票据，截留挪用",
         "思想道德风险", "Ⅰ", "摊位费扫码缴纳，票据统一领用。"),
        ("市场管理科", "摊位管理员", "游苒笙", "general", "摊位转租", "默许商户私自转租摊位，收受好处",
         "业务流程风险", "Ⅱ", "每月巡查转租情况，发现转租收回摊位。"),
        ("综合办公室", "出纳", "冷滟蓁", "general", "资金收付", "收取的摊位费不及时入账",
         "岗位职责风险", "Ⅲ", "收入日清月结，按月与银行对账。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), BARE[lv])
    _line(sh, "注：风险等级Ⅰ为高风险，Ⅱ为中风险，Ⅲ为低风险。", 9)
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None, None)
    source = "http://www.suizhou.gov.cn/zt/zwzt/2019/hjzxjzzzzxd/zzdt_3591/202212/t20221212_1065424.shtml"
    return _layout(
        "jinjiang_dongdajie_business_district_list", source,
        "区东大街商圈管理委员会 岗位廉政风险防控一览表, after the source's 镇 商业步行街 (步行街管理办公室, 摊位, 保洁员, 商户 分类管理): "
        "a title, then 序号/部门/岗位/``责任人`` written on EVERY row (no merges)/a short 风险点/a long ``风险描述``/风险类型 ``…风险``/"
        "风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施; a merged ``注：`` line on the grades and a 填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    jinjiang_market_bureau_type_in_level_column(),
    jinjiang_commerce_bureau_two_sheets(),
    jinjiang_chunxi_market_office_cards(),
    jinjiang_shuijingfang_market_office_posts(),
    jinjiang_niushikou_market_office_duties(),
    jinjiang_consumer_association_selfchecks(),
    jinjiang_chunxi_business_district_groups(),
    jinjiang_dongdajie_business_district_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch345-inbox"))

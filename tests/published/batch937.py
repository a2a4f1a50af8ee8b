"""The nine-hundred-and-thirty-seventh batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's commerce and
co-op bodies, 隆子县 (山南市, 西藏自治区) — its 商务局, 供销合作社联合社, 边贸市场服务中心, 电子商务公共服务
中心, 农业生产资料公司, 粮油供应站 and two 乡镇供销社 (日当镇, 加玉乡) — each handing back the 一览表,
防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 商务局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and ``股室``
  (``股室`` merged, ``岗位 | 姓名`` merged per person), 高/中/低, no type column;
- the 边贸市场服务中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, ``一级/二级/三级``; no names;
- the 电子商务公共服务中心's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作
  line, ``★★★/★★/★`` read by a ``注：`` line;
- the 农业生产资料公司's 清单 under GROUP ROWS ``一、公司领导`` … (no 科室 column), ``岗位 | 姓名`` merged
  per person, ``Ⅰ级/Ⅱ级/Ⅲ级``;
- the 粮油供应站's 自查表, one sheet a person: a label row ``姓　名 | 所在部门 | 岗　位 | 填表时间`` over a
  row of values, ``高风险/中风险/低风险``, ``自查情况``, no type column;
- the 日当镇供销社's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on EVERY
  row, short types, ``一级/二级/三级``;
- the 加玉乡供销社's 排查登记表: ``股室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别`` (short
  names), 高/中/低, a ``注：`` line.

One is harder:

- ``longzi_coop_union_after_hours_by_name``: the 供销合作社联合社's list in TWO LISTS on two sheets: the
  ordinary 岗位 list (``序号 | 科室 | 岗位 | 姓名 | 廉政风险点 | 风险等级 | 防控措施``, 科室 merged, 岗位
  and 姓名 merged per person) and a second list of the same people's “八小时以外” risks (生活圈、社交圈、
  休闲圈: ``序号 | 姓名 | 风险点 | 风险等级 | 防控措施``) that names each person BY NAME ONLY, with a
  ``注：`` line that their 科室 and 岗位 stand in the first list. The second list's points are the
  same people's, joined to their posts by the name. The README's 读得懂的表 and docs/layouts.md know
  a list split over sheets by level, by type or by staff class (each sheet with its own 科室/岗位/
  姓名 columns, one form a post), a roster sheet filling the names of a list that has only posts
  (人员名单, 组织机构图, 岗位设置表), given names completed from a roster, masked names matched to an
  internal roster, and a post list whose posts the 在岗人员 of a second, named list take
  (``HOLDERS_BY_NAMED_TABLE``: the post table joined to the named one by the POST); they do not
  describe the reverse: a second list of points keyed by the holder's NAME alone, whose 科室 and
  岗位 must be taken from the first list (nor the words 八小时以外, 生活圈, 社交圈 at all).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a study of 西藏 三口岸 边民互市贸易;
a commentary on 党员干部 “八小时外” 监督 — 生活圈、社交圈、休闲圈; a field study of 西藏边境贸易市场 —
口岸型、集镇型 市场; a province's 电子商务发展专项资金 管理办法 — 进农村示范县, 公共服务体系, 物流;
a report on 供销系统 放心农资 — 质量承诺, 假劣农资, 化肥储备; a report on 粮食领域腐败 — 虚开结算
凭证, 虚增重量, 以旧充新; a city's 基层供销社 提质扩面 — 标杆基层社, 农村综合服务社; a county's
电子商务进农村 专项资金 办法 — 基层服务站, 农资代销, 代买代卖、代收代缴) and the layout follows their
words for the unit, its parts, its posts and its risks. The rows are worded by us, the names
invented (the rare surnames 来 and 时 with rare given names); every unit is a body of 隆子县.

Run ``python tests/published/score.py --set batch937`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each “八小时以外” point is the named person's, on the form of his post in the
  first list (same 科室, 岗位, holder; the form's sheet is the first list's); a person with no row in
  the second list keeps only his post points; the ``注：`` line is no point;
- ``社领导``, ``中心领导``, ``站领导``, ``公司领导`` (a 科室/部门 cell, a group row) are the 科室 of those
  leaders; the 商务局's leaders (sheet ``局领导``) and the cards' leaders have no 科室; a 局's 股, a
  中心's 组, a 站's 组, a 公司's 部 and a 供销社's 室/门市/服务站 are 科室; a group row ``二、业务部`` gives
  the 科室 ``业务部``;
- every body is a unit of its own (the two 乡镇供销社 as the 供销社 itself, as batch890 took the
  乡镇水管站): 局长, 副局长, 主任 and 副主任 of the 联社 and the 中心, 站长, 经理 and a 供销社's 主任 are
  leaders; 股长, 组长, 部长 and the 联社's 办公室主任 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no
  points and name no holder; the 边贸市场服务中心's list names no person: its forms are posts;
- ``一级/二级/三级``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, 高/中/低 and ``高风险/中风险/低风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b937_"
PLACE = "隆子县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
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

# (科室, 岗位, 姓名, tier, [(廉政风险点, 风险等级, 防控措施)]) — the 岗位 sheet
UNION_POSTS = [
    ("社领导", "主任", "来璆骎", "leader", [
        ("社有资产出租、处置不经评估和集体研究", "一级", "社有资产出租处置一律评估、挂牌，经理事会集体研究。"),
        ("基层社恢复重建项目资金安排个人说了算", "一级", "项目资金安排经党组会研究，会议纪要存档。"),
    ]),
    ("社领导", "副主任", "时翯岍", "leader", [
        ("社有企业改制中低价转让股权", "一级", "改制方案报县国资部门审核，股权转让进场交易。"),
        ("为亲友承揽社属门面改造工程打招呼", "二级", "领导干部插手工程项目登记报告。"),
    ]),
    ("办公室", "主任", "来沄琤", "middle", [
        ("公务接待、办公用品采购虚列开支", "二级", "接待和采购凭审批单、清单报销，每季度公开。"),
    ]),
    ("财务股", "会计", "时湉崟", "general", [
        ("社有资金往来不入账，设立账外账", "一级", "资金往来全部入账，每月与开户行对账。"),
        ("报销票据审核不严", "三级", "报销票据实行会计初审、股长复核。"),
    ]),
    ("合作指导股", "股长", "来潆瑀", "middle", [
        ("农民专业合作社扶持资金分配优亲厚友", "二级", "扶持对象公开申报、评审、公示。"),
    ]),
]  # fmt: skip

# (姓名, [(风险点, 风险等级, 防控措施)]) — the 八小时以外 sheet, by name only
UNION_AFTER_HOURS = [
    ("来璆骎", [
        ("接受农资经销商安排的宴请、娱乐活动", "一级", "节假日前廉洁提醒，严禁接受管理服务对象宴请。"),
    ]),
    ("时翯岍", [
        ("在社有企业承包户处报销个人费用", "二级", "个人有关事项如实报告，家属经商情况登记。"),
        ("参与带有赌博性质的打牌活动", "三级", "签订“八小时以外”廉洁承诺书。"),
    ]),
    ("时湉崟", [
        ("向供货商借款或私下拆借社有资金", "二级", "严禁与服务对象发生经济往来，定期谈心谈话。"),
    ]),
    ("来潆瑀", [
        ("收受合作社负责人土特产等礼品", "三级", "收受礼品一律登记上交。"),
    ]),
]  # fmt: skip


def longzi_coop_union_after_hours_by_name() -> dict:
    unit = f"{PLACE}供销合作社联合社"
    t = _Truth(unit)
    post = _Sheet("岗位廉政风险", [6, 12, 9, 9, 40, 9, 36])
    _line(post, f"{unit}岗位廉政风险点一览表", 7)
    post.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    first = len(post.rows)
    n = 0
    who_is = {}
    for dept, title, who, tier, points in UNION_POSTS:
        who_is[who] = (dept, title, tier)
        for point, lv, measures in points:
            n += 1
            post.add(n, dept, title, who, point, lv, measures)
            t.point(post.name, dept, title, who, tier, point, [], GRADES[lv])
    _per_person(post, first, 1, 2, 3)
    post.add("制表：办公室", None, None, "审核：", None, "2025年5月", None)
    # the second list names the person only; 科室 and 岗位 stand in the first list
    after = _Sheet("八小时以外风险", [6, 10, 40, 9, 36])
    _line(after, f"{unit}干部职工“八小时以外”廉政风险点排查表", 5)
    after.add("序号", "姓名", "风险点", "风险等级", "防控措施")
    first = len(after.rows)
    n = 0
    for who, points in UNION_AFTER_HOURS:
        dept, title, tier = who_is[who]
        for point, lv, measures in points:
            n += 1
            after.add(n, who, point, lv, measures)
            # the point is the same person's: his form on the 岗位 sheet
            t.point(post.name, dept, title, who, tier, point, [], GRADES[lv])
    _merge_down(after, first, [(1, lambda row: row[1])])
    _line(
        after,
        "注：本表按人员填写“八小时以外”（生活圈、社交圈、休闲圈）风险点，所在科室、岗位见“岗位廉政风险”表。",
        5,
    )
    return _layout(
        "longzi_coop_union_after_hours_by_name", "http://www.xiaoqiweb.com/news/1008291.html",
        "(harder) 县供销合作社联合社 岗位廉政风险点 in TWO LISTS, after the source's commentary on 党员干部 “八小时外” 监督 "
        "(生活圈、社交圈、休闲圈, 违规吃喝, 人情往来): sheet 岗位廉政风险 ``序号 | 科室 | 岗位 | 姓名 | 廉政风险点 | 风险等级 | "
        "防控措施`` (科室 merged, 岗位/姓名 merged per person), and sheet 八小时以外风险 ``序号 | 姓名 | 风险点 | 风险等级 | "
        "防控措施`` naming the SAME people by name ONLY (姓名 merged per person), a ``注：`` line saying their 科室 and 岗位 stand "
        "in the first list; ``一级/二级/三级``; no type column",
        [post, after], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def longzi_commerce_bureau_two_sheets() -> dict:
    unit = f"{PLACE}商务局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("时翙峣", "局长", "主持全面工作", [
            ("边贸扶持资金分配个人说了算", "高", "资金分配方案经局党组会集体研究并公示。"),
            ("干预边民互市点摊位招租", "高", "摊位招租公开竞价，结果在市场公示栏公布。"),
        ]),
        ("来琇嶷", "副局长", "分管市场运行、对外贸易", [
            ("边民互市贸易备案审核把关不严", "中", "备案材料两人审核，台账按月报县政府。"),
            ("生活必需品储备承储企业选定不公开", "中", "承储企业公开遴选，合同报局务会审定。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, title, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, title, work, point, lv, measures)
            t.point(lead.name, "", title, who, "leader", point, [], HML[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("股室", [6, 14, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}股室廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("对外贸易股", "股长", "时珣岱", "middle", "边贸企业进出口补助申报审核不实", "高",
         "补助申报材料实地核查，结果公示。"),
        ("对外贸易股", "股长", "时珣岱", "middle", "接受边贸企业宴请和礼品", "低", "签订廉洁承诺书，节前廉洁提醒。"),
        ("办公室", "会计", "来璟沨", "general", "商务发展专项资金报账审核不严", "中", "专项资金专账核算，报账三级审核。"),
        ("市场运行股", "股长", "时岏瑢", "middle", "市场监测数据弄虚作假", "中", "监测数据双人采集、交叉核对。"),
        ("市场运行股", "股长", "时岏瑢", "middle", "单用途预付卡备案选择性执法", "低", "备案检查两人以上，全程记录。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, title, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, title, who, point, lv, measures)
        t.point(dept.name, d, title, who, tier, point, [], HML[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "longzi_commerce_bureau_two_sheets", "https://tibetcul.com/zhuanti/whzt/41781.html",
        "县商务局 廉政风险防控一览表 in TWO SHEETS, after the source's study of 西藏 三口岸 边民互市贸易 (边民, 互市, 商贸通道, "
        "口岸管理): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 merged and 岗位/姓名 merged per "
        "person; 廉政风险点, 风险等级 高/中/低, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def longzi_border_market_center_posts() -> dict:
    unit = f"{PLACE}边贸市场服务中心"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "市场摊位分配", "摊位分配不按抽签结果，照顾关系户", "制度机制风险", "一级",
         "摊位分配公开抽签，纪检人员现场监督。"),
        ("市场管理组", "组长", "middle", "入市商户准入", "对不符合条件的商户放宽准入", "岗位职责风险", "二级",
         "准入条件上墙公示，审核结果集体研究。"),
        ("市场管理组", "管理员", "general", "市场管理费收取", "收取管理费不开票据，截留私分", "业务流程风险", "一级",
         "管理费统一开具票据，当日缴入专户。"),
        ("市场管理组", "管理员", "general", "商品质量巡查", "巡查发现问题不制止、不报告", "思想道德风险", "三级",
         "巡查记录每日上报，中心抽查复核。"),
        ("综合组", "报账员", "general", "市场维修经费报账", "维修经费虚报冒领", "外部环境风险", "二级",
         "维修前后拍照留存，主任签字确认。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, title, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, title, point, desc, typ, lv, measures)
        t.point(sh.name, dept, title, "", tier, point, types_in(typ), GRADES[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合组", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "longzi_border_market_center_posts", "https://wxredian.com/art?id=0b478b3a0c424091f4cbac16085d7dcf",
        "县边贸市场服务中心 岗位廉政风险点排查表 对岗不对人, after the source's field study of 西藏边境贸易市场 (口岸型、集镇型 "
        "边贸市场, 边民, 摊位, 边境管控): a title, 序号/科室 merged/岗位 merged per post/a short 风险点/a long 风险表现/"
        "风险类型 ``…风险``/风险等级 ``一级/二级/三级``/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def longzi_ecommerce_center_cards() -> dict:
    unit = f"{PLACE}电子商务公共服务中心"
    t = _Truth(unit)
    cards = [
        ("主任", "来岜翾", "主任", "主持中心全面工作", "leader", [
            ("电商进农村示范项目承办企业选定暗箱操作", "★★★", "承办企业公开招标，评标结果公示。"),
            ("乡村电商服务站点建设补助验收不实", "★★★", "站点验收实地查看，乡镇签字确认。"),
            ("接受电商企业礼品礼金", "★", "严守中央八项规定精神，节前廉洁提醒。"),
        ]),
        ("副主任", "时琭峋", "副主任", "分管电商培训、物流配送", "leader", [
            ("电商培训人次虚报，套取培训经费", "★★", "培训签到、照片、视频资料留存备查。"),
            ("物流配送补贴核定不按实际单量", "★★", "补贴按系统单量核定，每季度公示。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, title, work, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}领导干部廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", title)
        r = sh.add("分管工作", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", title, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "longzi_ecommerce_center_cards", "https://78911.com.cn/GuanWangDaQuan/672130-2.html",
        "县电子商务公共服务中心 领导干部廉政风险防控卡, one sheet a leader, after the source's 电子商务发展专项资金 管理办法 "
        "(电子商务进农村示范县, 公共服务体系, 物流配送, 专项资金不得用于…): a title, ``姓　名 | … | 职　务 | …`` and a "
        "merged 分管工作 line, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def longzi_farm_supplies_company_group_rows() -> dict:
    unit = f"{PLACE}农业生产资料公司"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、公司领导", "公司领导", [
            ("经理", "时滢峧", "leader", [
                ("化肥、农药进货渠道指定供应商", "Ⅰ级", "进货实行三家比价，经理办公会集体确定。"),
                ("农资淡季储备数量、价格暗箱操作", "Ⅰ级", "储备计划报县供销社审核，价格公开。"),
            ]),
        ]),
        ("二、业务部", "业务部", [
            ("部长", "来珝嵘", "middle", [
                ("以次充好，购进不合格农资", "Ⅱ级", "每批农资索证索票，抽样送检。"),
            ]),
            ("业务员", "时澂琰", "general", [
                ("农资赊销给关系户不按时收回货款", "Ⅱ级", "赊销须经理审批，货款按月清收。"),
                ("收受供货商回扣", "Ⅲ级", "签订廉洁购销协议，业务员定期轮岗。"),
            ]),
        ]),
        ("三、财务部", "财务部", [
            ("会计", "来巘璠", "general", [
                ("销售款不及时入账，坐支现金", "Ⅱ级", "销售款日清日结，严禁坐支。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, dept, people in groups:
        _line(sh, shown, 6)
        first = len(sh.rows)
        for title, who, tier, points in people:
            for point, lv, measures in points:
                n += 1
                sh.add(n, title, who, point, lv, measures)
                t.point(sh.name, dept, title, who, tier, point, [], ROMAN[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("填表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "longzi_farm_supplies_company_group_rows", "http://18show.cn/zt624/Affiche_295675.html",
        "县农业生产资料公司 廉政风险防控责任清单 under GROUP ROWS, after the source's report on 供销系统 农资 供应 (放心农资下乡进村, "
        "质量承诺, 假劣农资, 化肥淡季储备): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施, group rows "
        "``一、公司领导``, ``二、业务部``, ``三、财务部`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def longzi_grain_oil_station_selfchecks() -> dict:
    unit = f"{PLACE}粮油供应站"
    t = _Truth(unit)
    people = [
        ("时岨瑗", "站领导", "站长", "leader", [
            ("储备粮轮换以旧充新，赚取差价", "高风险", "轮换方案报县发改委审批，出入库全程监控。", "已落实"),
            ("粮油调拨指标向关系户倾斜", "中风险", "调拨指标集体研究，结果公示。", "未发现问题"),
        ]),
        ("来瑱崧", "仓储组", "保管员", "general", [
            ("虚报粮油损耗，监守自盗", "高风险", "损耗按定额核定，每月盘点账实相符。", "已落实"),
            ("出入库单据补签、代签", "低风险", "出入库单据双人签字，当日登记。", "已落实"),
        ]),
        ("时浛琬", "收购组", "检斤员", "general", [
            ("检斤时虚增重量、虚开结算凭证", "高风险", "检斤数据系统自动采集，结算凭证站长复核。", "未发现问题"),
            ("多扣水分、杂质压级压价", "中风险", "质检结果当场告知售粮户并签字。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, title, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在部门", "岗　位", "填表时间", None)
        sh.add(who, dept, title, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, title, who, tier, point, [], HIGHS[lv])
        sh.add()
        sh.add("本人签名：", None, "站长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "longzi_grain_oil_station_selfchecks",
        "https://www.easyfundingllc.com/cn/Instant/people/202010/t20201016_6871034.html",
        "县粮油供应站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's report on 粮食领域腐败 "
        "(虚开结算凭证, 虚增重量, 虚报损耗, 以旧充新): a title, a label row ``姓　名 | 所在部门 | 岗　位 | 填表时间`` over a "
        "row of values, then 序号/风险点/风险等级 ``高风险/中风险/低风险``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 站长意见：``",
        sheets, t,
    )  # fmt: skip


def longzi_ridang_town_coop_list() -> dict:
    unit = f"{PLACE}日当镇供销社"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("社领导", "主任", "来峿璘", "leader", "农村综合服务社网点承包不公开", "制度机制", "一级",
         "网点承包公开竞价，社员代表大会审议。"),
        ("社领导", "主任", "来峿璘", "leader", "门市部租金收取不入账", "岗位职责", "二级", "租金统一入账，每季度张榜公布。"),
        ("财务室", "会计", "时瀞岚", "general", "社员股金分红不按章程", "业务流程", "一级", "分红方案经社员代表大会通过并公示。"),
        ("财务室", "会计", "时瀞岚", "general", "现金收支白条抵库", "思想道德", "三级", "现金日清月结，主任每月抽查。"),
        ("门市部", "营业员", "来璩峪", "general", "销售日用品短斤少两、以次充好", "外部环境", "二级",
         "计量器具定期检定，商品进货索票。"),
    ]  # fmt: skip
    for n, (dept, title, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, title, who, point, typ, lv, measures)
        t.point(sh.name, dept, title, who, tier, point, types_in(typ), GRADES[lv])
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "longzi_ridang_town_coop_list", "http://www.gy-zao.com/page15?article_id=13254",
        "镇供销社 岗位廉政风险防控一览表, after the source's report on 基层供销社 提质扩面 (标杆基层社, 农民专业合作社, "
        "农村综合服务社): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 on EVERY row/"
        "廉政风险点/风险类型 (short names)/风险等级 ``一级/二级/三级``/防控措施; a 填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


def longzi_jiayu_township_coop_register() -> dict:
    unit = f"{PLACE}加玉乡供销社"
    sh = _Sheet("登记表", [6, 14, 12, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("社领导", "主任", "时璎崿", "leader", [
            ("电商服务站建设补助申报不实", "制度机制", "高", "补助申报材料经乡政府审核，公示无异议后上报。"),
            ("农资代销点设点收受好处", "岗位职责", "中", "代销点设置集体研究，名单公示。"),
        ]),
        ("农资门市", "营业员", "来琮嵚", "general", [
            ("农资代销款截留挪用", "业务流程", "高", "代销款当日交财务，票据联号使用。"),
        ]),
        ("电商服务站", "管理员", "时沚璐", "general", [
            ("代买代卖中加价牟利", "业务流程", "中", "代买代卖价格公开，群众签字确认。"),
            ("代收代缴款项不及时上缴", "思想道德", "低", "代收款项每日登记，每周上缴。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, title, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, title, who, point, typ, lv, measures)
            t.point(sh.name, dept, title, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为高、中、低三级。", 8)
    sh.add("编制人：", None, "审核人：", None, "2025年4月", None, None, None)
    return _layout(
        "longzi_jiayu_township_coop_register", "http://www.hrbtonghe.gov.cn/col/col25594/index.html",
        "乡供销社 廉政风险点排查登记表, after the source's 电子商务进农村 专项资金 使用管理办法 (基层电子商务服务站, 农资代销, "
        "代买代卖, 代收代缴): a title, 序号/股室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/"
        "风险等级 高/中/低/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    longzi_coop_union_after_hours_by_name(),
    longzi_commerce_bureau_two_sheets(),
    longzi_border_market_center_posts(),
    longzi_ecommerce_center_cards(),
    longzi_farm_supplies_company_group_rows(),
    longzi_grain_oil_station_selfchecks(),
    longzi_ridang_town_coop_list(),
    longzi_jiayu_township_coop_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch937-inbox"))

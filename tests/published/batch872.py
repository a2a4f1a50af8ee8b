"""The eight-hundred-and-seventy-second batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 民政 and
养老 bodies, 伊吾县 (of 哈密市, 新疆维吾尔自治区) — its 民政局, 社会福利中心, 养老服务中心,
殡葬管理所, 社会救助服务中心, 未成年人救助保护中心, 社会组织服务中心 and 中心敬老院 — each handing
back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 社会福利中心's 一览表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``一级/二级/三级``, no
  type column, a 制表/审核 line;
- the 养老服务中心's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` and a merged 主要职责
  line, 高/中/低, a ``注：`` line and 持卡人（签字）;
- the 殡葬管理所's 排查表 对岗不对人: ``部门`` merged, ``岗位`` merged per post, ``风险类型`` (``…风险``),
  ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 社会救助服务中心's 清单 under GROUP ROWS ``一、中心领导`` … merged across (no 科室 column),
  ``岗位 | 姓名`` merged per person, ``★★★/★★/★`` read by a ``注：`` line;
- the 未成年人救助保护中心's 一览表 in TWO SHEETS ``领导班子`` and ``工作人员`` under ``附件1`` and a
  填报单位 line, ``一级风险/二级风险/三级风险``, no type column;
- the 社会组织服务中心's 自查表, one sheet a person: a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间``
  over a row of values, ``高风险/中风险/低风险``, ``自查情况``;
- the 中心敬老院's 登记表: ``部门 | 岗位 | 责任人`` on EVERY row, ``风险类别`` (short names),
  ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``yiwu_civil_affairs_bureau_level_grid``: the 民政局's 岗位廉政风险点排查表 with NO LEVEL COLUMN:
  ``序号 | 股室 | 岗位类别 | 岗位 | 姓名 | 廉政风险点 | 风险类型 | 防控措施``, each row's ``岗位类别``
  (``领导岗位/中层岗位/一般岗位``) and ``风险类型`` written; under the list a ``附：风险等级判定表``, a
  small two-way grid (diagonal heading ``风险类型＼岗位类别``, the five types down, the three post
  tiers across, ``一级/二级/三级`` in the cells), and a ``注：`` line saying each point's level is
  looked up in that grid by its type and its holder's 岗位类别. The level of a row is the grid cell
  at (its type, its tier): neither key alone gives it (a 领导岗位 has 一级 and 二级 points, a
  ``制度机制`` point is 一级 or 二级). The README's 读得懂的表 knows a level set by the 岗位类别
  through a note (``LEVEL_BY_TIER``, one level a tier), a level set by the risk type through a note,
  a 3×3 grid looked up by ``发生可能性 | 影响程度`` columns, and 5×5 maps; it does not describe a
  grid keyed by the point's risk type and the holder's post tier.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (临时救助 的 复审、审批、张榜公布和档案;
新中国社会救助的七十年; 政府购买养老服务; 殡葬服务领域 突出问题专项治理 — 不合理收费, 捆绑服务, 骨灰盒
价格, 收受逝者家属财物; 低保 信息核对、入户调查、民主评议; 农村留守儿童和困境儿童 关爱服务, 未成年人
救助保护机构; 社会组织 登记档案 自查自纠; 特困人员 救助供养 审核) and the layout follows their words for
the unit, its parts, its posts and its risks. The rows are worded by us, the names invented (the
rare surnames 阚 and 甄 with rare given names); every unit is a body of 伊吾县.

Run ``python tests/published/score.py --set batch872`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each row's level is the ``风险等级判定表`` cell in the row of its ``风险类型``
  and the column of its ``岗位类别``; the grid, its heading and the ``注：`` line are no points and
  name no holder; ``岗位类别`` is no post (the post is ``岗位``);
- ``局领导``, ``中心领导`` and ``班子成员`` (a 股室 cell, a group row) are the 科室 of those leaders; the
  未成年人救助保护中心's leaders (sheet ``领导班子``, no 科室 column) and the cards' holders have no
  科室; every 中心, 所, 院 and the 民政局 are units of their own: 局长, 副局长, 主任, 副主任, 所长 and
  院长 are leaders; 股长 and a 部/科's 部长/科长 middle; the rest general;
- the 殡葬管理所's list names no person: its forms are posts (对岗不对人);
- ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, 高/中/低 and
  ``高风险/中风险/低风险`` are 1/2/3; ``主要职责``, ``自查情况`` and ``填表时间`` are no points.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b872_"
PLACE = "伊吾县"
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

TIER_WORDS = {"领导岗位": "leader", "中层岗位": "middle", "一般岗位": "general"}
TIER_ORDER = ("领导岗位", "中层岗位", "一般岗位")
# 风险等级判定表: type -> levels under 领导岗位 | 中层岗位 | 一般岗位
GRID = {
    "制度机制风险": ("一级", "一级", "二级"),
    "岗位职责风险": ("一级", "二级", "二级"),
    "业务流程风险": ("二级", "二级", "三级"),
    "外部环境风险": ("一级", "二级", "三级"),
    "思想道德风险": ("二级", "三级", "三级"),
}

# (股室, 岗位类别, 岗位, 姓名, 廉政风险点, 风险类型, 防控措施)
BUREAU = [
    ("局领导", "领导岗位", "局长", "阚翯渊", "社会救助资金分配方案不经局党组集体研究", "制度机制风险",
     "资金分配方案提交局党组会集体研究，会议纪要存档。"),
    ("局领导", "领导岗位", "局长", "阚翯渊", "为亲友申请低保、特困供养打招呼、说情", "思想道德风险",
     "执行近亲属备案制度，领导干部不得干预个案审批。"),
    ("局领导", "领导岗位", "副局长", "甄曦沅", "临时救助审批对乡镇复审意见不抽查、签字走过场", "岗位职责风险",
     "审批前按不低于30%的比例抽查入户调查材料。"),
    ("局领导", "领导岗位", "副局长", "甄曦沅", "养老服务项目承接机构选定受请托影响", "外部环境风险",
     "承接机构通过政府采购程序确定，结果公示。"),
    ("社会救助股", "中层岗位", "股长", "阚瑱屾", "低保对象动态管理不及时，应退未退", "业务流程风险",
     "每季度比对核对信息，清退名单报局审定。"),
    ("社会救助股", "中层岗位", "股长", "阚瑱屾", "救助档案管理制度不健全，材料缺失", "制度机制风险",
     "一户一档，年度档案专项检查。"),
    ("社会救助股", "一般岗位", "股员", "甄淼翾", "救助对象信息录入时篡改家庭收入数据", "岗位职责风险",
     "系统录入留痕，股长逐户复核。"),
    ("社会救助股", "一般岗位", "股员", "甄淼翾", "接受救助申请人吃请或礼品", "思想道德风险",
     "签订廉洁承诺书，公开监督电话。"),
    ("养老服务股", "中层岗位", "股长", "阚璟汭", "高龄津贴发放名单与死亡人员信息不比对，冒领", "外部环境风险",
     "每月与公安、卫健死亡信息比对。"),
    ("计划财务室", "一般岗位", "会计", "甄昉琇", "救助资金拨付凭证审核不严，虚列支出", "业务流程风险",
     "拨付凭证经办、审核、审批三签，资金社会化发放。"),
]  # fmt: skip


def yiwu_civil_affairs_bureau_level_grid() -> dict:
    unit = f"{PLACE}民政局"
    sh = _Sheet("排查表", [6, 12, 11, 9, 9, 40, 14, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    _line(sh, f"填报单位：{unit}{GAP * 16}2025年5月", 8)
    sh.add("序号", "股室", "岗位类别", "岗位", "姓名", "廉政风险点", "风险类型", "防控措施")
    first = len(sh.rows)
    for i, (dept, tier, post, who, point, typ, measures) in enumerate(BUREAU, 1):
        sh.add(i, dept, tier, post, who, point, typ, measures)
        lv = GRID[typ][TIER_ORDER.index(tier)]
        t.point(sh.name, dept, post, who, TIER_WORDS[tier], point, types_in(typ), GRADES[lv])
    _per_person(sh, first, 1, 3, 4, 2)
    sh.add()
    _line(sh, "附：风险等级判定表", 8)
    r = sh.add("风险类型＼岗位类别", None, *TIER_ORDER, None, None, None)
    sh.merge(r, 0, r, 1)
    for typ, levels in GRID.items():
        r = sh.add(typ, None, *levels, None, None, None)
        sh.merge(r, 0, r, 1)
    _line(
        sh,
        "注：各风险点的风险等级按其风险类型和责任人的岗位类别，在《风险等级判定表》中对应查定，表中不再逐项填写。",
        8,
    )
    sh.add("填表人：", None, None, "审核人：", None, "局长（签字）：", None, None)
    return _layout(
        "yiwu_civil_affairs_bureau_level_grid", "http://ask.fsou.com/html/text/lar/172094/17209411_3.html",
        "(harder) 县民政局 岗位廉政风险点排查表, after the source's 临时救助 办法 (街道/乡镇 复审, 旗县民政部门 抽查审批, "
        "张榜公布, 专户管理, 救助档案): a title, a 填报单位 line, ``序号 | 股室 | 岗位类别 | 岗位 | 姓名 | 廉政风险点 | "
        "风险类型 | 防控措施`` with NO level column (股室 merged, 岗位/姓名/岗位类别 merged per person); under the list "
        "``附：风险等级判定表``, a two-way grid ``风险类型＼岗位类别`` (five types down, 领导岗位/中层岗位/一般岗位 across, "
        "``一级/二级/三级`` in the cells) and a ``注：`` line: each point's level is the grid cell of its type and its "
        "holder's 岗位类别; a 填表人/审核人/局长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def yiwu_welfare_center_list() -> dict:
    unit = f"{PLACE}社会福利中心"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "阚沛蘅", "leader", "供养人员入院审核把关不严，优亲厚友", "一级",
         "入院对象经乡镇审核、县民政局审批，名单公示。"),
        ("中心领导", "主任", "阚沛蘅", "leader", "院内维修工程不经集体研究直接发包", "一级",
         "工程项目中心班子集体研究，按规定比选。"),
        ("后勤保障科", "科长", "甄骞芃", "middle", "院民伙食物资采购以次充好、虚报数量", "二级",
         "食材三家比价，验收双人签字，每周公示伙食账。"),
        ("后勤保障科", "科长", "甄骞芃", "middle", "社会捐赠物资入库不登记、私自处置", "二级",
         "捐赠物资登记造册，发放到人并签字。"),
        ("财务室", "会计", "阚琮菡", "general", "院民零用钱代管账目不清", "二级", "零用钱一人一账，每月院民签字确认。"),
        ("财务室", "出纳", "甄瀚昶", "general", "现金收支不入账，公款私存", "三级", "现金日清月结，定期盘点。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "yiwu_welfare_center_list", "http://www.handmsg.com/page/2020/0221/17690355.shtml",
        "县社会福利中心 岗位廉政风险防控一览表, after the source's account of 新中国社会救助七十年 (五保供养, 救助资金, "
        "社会捐助, 特困群体): a title, 序号/科室 merged/岗位 and 姓名 merged per person/廉政风险点/风险等级 "
        "``一级/二级/三级``/防控措施; no type column; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def yiwu_elderly_service_cards() -> dict:
    unit = f"{PLACE}养老服务中心"
    t = _Truth(unit)
    cards = [
        ("主任", "阚蓁岫", "主任", "主持中心全面工作，负责政府购买养老服务项目", "leader", [
            ("政府购买居家养老服务承接机构评审中倾向特定机构", "高", "评审专家随机抽取，评分表存档。"),
            ("服务项目验收不实，虚报服务人次", "高", "按服务记录和老人回访抽查结果验收。"),
            ("接受承接机构宴请、礼品", "低", "严守中央八项规定精神，签订廉洁承诺书。"),
        ]),
        ("助老服务员", "甄郗铎", "助老服务员", "负责居家上门服务登记和老人回访", "general", [
            ("上门服务登记代签、补签，虚报服务时长", "中", "服务工单老人或家属签字，电话回访。"),
            ("向服务对象推销保健品", "中", "严禁推销商品，服务对象监督电话公开。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 36, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("主要职责", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施")
        for i, (point, lv, measures) in enumerate(items, 1):
            sh.add(i, point, lv, measures)
            t.point(sh.name, "", post, who, tier, point, [], HML[lv])
        _line(sh, "注：风险等级分高、中、低三级。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "yiwu_elderly_service_cards",
        "https://xining.baogaosu.com/yongyu/%E6%B5%B7%E4%B8%9C%E5%B8%82%E6%94%BF%E5%BA%9C%E8%B4%AD%E4%B9%B0%E5%85%BB%E8%80%81%E6%9C%8D%E5%8A%A1%E6%8C%87%E5%AF%BC%E6%84%8F%E8%A7%81/6857243",
        "县养老服务中心 岗位廉政风险防控卡, one sheet a person, after the source's 政府购买养老服务指导意见 (承接主体, "
        "居家养老服务, 绩效评价): a title, ``姓　名 | … | 职　务 | …`` and a merged 主要职责 line, then "
        "序号/廉政风险点/风险等级 高/中/低/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def yiwu_funeral_office_posts() -> dict:
    unit = f"{PLACE}殡葬管理所"
    sh = _Sheet("排查表", [6, 12, 12, 40, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "部门", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所领导", "所长", "leader", "擅自设立殡葬服务收费项目或提高收费标准", "制度机制风险", "Ⅰ级",
         "收费项目和标准按价格主管部门核定执行，公示上墙。"),
        ("所领导", "所长", "leader", "骨灰盒等丧葬用品进货指定供应商、价格虚高", "外部环境风险", "Ⅰ级",
         "丧葬用品集体比选采购，进销差价公示。"),
        ("业务室", "业务员", "general", "捆绑收费、强制提供选择性服务", "业务流程风险", "Ⅱ级",
         "服务项目由家属自愿勾选并签字确认。"),
        ("业务室", "业务员", "general", "特困人员、优抚对象基本殡葬服务费用减免不落实", "岗位职责风险", "Ⅱ级",
         "减免对象凭证核对登记，月底与民政局对账。"),
        ("火化车间", "火化工", "general", "索要、收受逝者家属红包财物", "思想道德风险", "Ⅰ级",
         "公开投诉电话，开展家属满意度回访。"),
        ("火化车间", "遗体接运司机", "general", "遗体接运搭车收费、与殡葬中介勾连", "外部环境风险", "Ⅲ级",
         "接运费用统一开票，车辆行驶轨迹留存。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "yiwu_funeral_office_posts", "http://www.hbtctv.cn/p/68649.html",
        "县殡葬管理所 岗位廉政风险点排查表 对岗不对人, after the source's 殡葬服务领域突出问题专项治理 (不合理收费项目, "
        "拆分项目捆绑服务, 骨灰盒价格虚高, 工作人员收受逝者家属财物): a title, 序号/部门 merged/岗位 merged per post/"
        "风险点/风险类型 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def yiwu_relief_center_group_rows() -> dict:
    unit = f"{PLACE}社会救助服务中心"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "阚沄湜", "leader", [
                ("低保、特困审核确认对入户调查结论不复核", "★★★", "审核确认前随机抽取复核，复核记录存档。"),
                ("救助对象民主评议结果受人情干扰", "★★★", "评议人员过半为居民代表，评议全程记录。"),
            ]),
        ]),
        ("二、审核科", "审核科", [
            ("科长", "甄屹珂", "middle", [
                ("家庭经济状况信息核对结果不如实采用", "★★", "核对报告与审核意见一并归档。"),
            ]),
            ("审核员", "阚湉珝", "general", [
                ("入户调查只走访不核实，调查表代签", "★★", "两人以上入户，调查表由申请人签字。"),
                ("经办人员近亲属申请救助未备案", "★", "近亲属申请一律备案，单独审核。"),
            ]),
        ]),
        ("三、资金发放科", "资金发放科", [
            ("科长", "甄珺峣", "middle", [
                ("救助金未通过一卡通社会化发放，截留挪用", "★★★", "救助金一律打卡发放，按月对账。"),
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
                t.point(sh.name, dept, post, who, tier, point, [], STARS[lv])
        _per_person(sh, first, None, 1, 2)
    _line(sh, "注：★★★为一级风险，★★为二级风险，★为三级风险。", 6)
    sh.add("制表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "yiwu_relief_center_group_rows", "https://78911.com.cn/SheBaoZhengCe/541517-5.html",
        "县社会救助服务中心 廉政风险防控责任清单, after the source's 低保 办法 (信息核对, 入户调查, 邻里访问, 民主评议): "
        "a title, 序号/岗位/姓名/廉政风险点/风险等级 ``★★★/★★/★``/防控措施 under GROUP ROWS ``一、中心领导``, "
        "``二、审核科``, ``三、资金发放科`` merged across; 岗位 and 姓名 merged per person; no type column; a ``注：`` line",
        [sh], t,
    )  # fmt: skip


def yiwu_minor_protection_two_sheets() -> dict:
    unit = f"{PLACE}未成年人救助保护中心"
    t = _Truth(unit)
    lead = _Sheet("领导班子", [6, 9, 9, 18, 38, 11, 34])
    lead.add("附件1")
    _line(lead, f"{unit}领导班子廉政风险防控一览表", 7)
    _line(lead, f"填报单位：{unit}{GAP * 12}填报时间：2025年6月", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("阚淏璠", "主任", "主持全面工作", [
            ("困境儿童基本生活补贴认定不经集体研究", "一级风险", "补贴对象经中心主任办公会研究，报县民政局审批。"),
            ("关爱服务项目委托社会组织承接时暗箱操作", "一级风险", "项目按政府采购程序确定承接方，结果公示。"),
        ]),
        ("甄骁湲", "副主任", "分管临时监护、心理辅导", [
            ("临时监护儿童生活物资采购虚报数量", "二级风险", "物资采购比价，入库验收双人签字。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "", post, who, "leader", point, [], RISKS[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    staff = _Sheet("工作人员", [6, 12, 10, 10, 38, 11, 34])
    _line(staff, f"{unit}工作人员廉政风险防控一览表", 7)
    staff.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("儿童关爱科", "科长", "阚昶岺", "middle", "留守儿童、困境儿童信息台账虚报漏报", "二级风险",
         "台账每季度与乡镇儿童督导员核对。"),
        ("儿童关爱科", "科长", "阚昶岺", "middle", "社会捐赠助学款物分配不公开", "一级风险", "分配名单公示，受助人签收。"),
        ("儿童关爱科", "儿童督导员", "甄芃霁", "general", "走访探视记录弄虚作假", "三级风险",
         "探视记录附照片，科长抽查回访。"),
    ]  # fmt: skip
    first = len(staff.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        staff.add(i, d, post, who, point, lv, measures)
        t.point(staff.name, d, post, who, tier, point, [], RISKS[lv])
    _per_person(staff, first, 1, 2, 3)
    staff.add("制表：", None, None, "审核：", None, "2025年6月", None)
    return _layout(
        "yiwu_minor_protection_two_sheets", "http://changan.xinxingaid.org.cn/blog/_60232_230020.html",
        "县未成年人救助保护中心 廉政风险防控一览表 in TWO SHEETS, after the source's 农村留守儿童和困境儿童关爱服务体系 "
        "(未成年人救助保护机构, 儿童督导员, 社会力量参与): sheet 领导班子 under ``附件1`` and a 填报单位/填报时间 line, "
        "姓名/职务/分管工作 merged per leader; sheet 工作人员 with 科室 merged and 岗位/姓名 merged per person; "
        "风险等级 ``一级风险/二级风险/三级风险``; no type column",
        [lead, staff], t,
    )  # fmt: skip


def yiwu_social_org_selfchecks() -> dict:
    unit = f"{PLACE}社会组织服务中心"
    t = _Truth(unit)
    people = [
        ("阚芷澔", "中心领导", "主任", "leader", [
            ("社会组织成立登记材料要件不全仍准予登记", "高风险", "登记材料逐项对照清单审核，两人审核。", "已落实"),
            ("年度检查结论受请托人情影响", "中风险", "年检结论集体研究，结果网上公示。", "未发现问题"),
        ]),
        ("甄皞岚", "登记管理科", "科长", "middle", [
            ("撤销登记后证书、印章不及时收缴", "中风险", "撤销决定送达时同步收缴，登记备查。", "已落实"),
            ("登记档案调阅不登记，信息外泄", "低风险", "档案专柜存放，调阅审批登记。", "已落实"),
        ]),
        ("阚昀霖", "执法监督科", "科员", "general", [
            ("对非法社会组织线索查处不及时、通风报信", "高风险", "线索登记交办，办理情况限时反馈。", "未发现问题"),
            ("接受社会组织安排的旅游、宴请", "低风险", "签订承诺书，节前廉洁提醒。", "已落实"),
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
            t.point(sh.name, dept, post, who, tier, point, [], HIGHS[lv])
        sh.add()
        sh.add("本人签名：", None, "主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "yiwu_social_org_selfchecks", "https://mzj.luan.gov.cn/public/6608231/10623925.html",
        "县社会组织服务中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 社会组织"
        "登记档案 自查自纠 (登记材料要件, 撤销登记, 证书印章收缴, 档案调阅): a title, a label row ``姓　名 | 所在科室 | "
        "岗　位 | 填表时间`` over a row of values, then 序号/风险点/风险等级 ``高风险/中风险/低风险``/防控措施/``自查情况``; "
        "no type column; ``本人签名： | 主任意见：``",
        sheets, t,
    )  # fmt: skip


def yiwu_nursing_home_register() -> dict:
    unit = f"{PLACE}中心敬老院"
    sh = _Sheet("登记表", [6, 12, 10, 10, 38, 12, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "部门", "岗位", "责任人", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("院领导", "院长", "甄琛澜", "leader", "截留特困供养人员基本生活费", "制度机制", "一级",
         "供养金专账核算，每月向院民公示。"),
        ("院领导", "院长", "甄琛澜", "leader", "社会寄养老人寄养费不入账", "业务流程", "一级", "寄养费统一开票入账，严禁私设账户。"),
        ("护理部", "部长", "阚翃杳", "middle", "虚报护理人员工资和护理补贴", "岗位职责", "一级",
         "护理人员花名册与考勤、工资表逐月核对。"),
        ("护理部", "护理员", "甄婳沨", "general", "侵占院民个人财物或代管钱款", "思想道德", "二级",
         "代管钱物登记，院民或监护人签字。"),
        ("后勤部", "保管员", "阚泺瑄", "general", "伙食物资出入库不登记，私自变卖", "业务流程", "二级",
         "出入库双人登记，每月盘点。"),
        ("后勤部", "保管员", "阚泺瑄", "general", "接受供货商好处费", "外部环境", "三级", "供货商年度比选，签订廉洁协议。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    _line(sh, "注：风险等级分为一级、二级、三级，一级为最高。", 8)
    sh.add("编制人：", None, "审核人：", None, "2025年4月", None, None, None)
    return _layout(
        "yiwu_nursing_home_register", "https://siseiken.net/OpennessContent/download/2011581.html",
        "县中心敬老院 廉政风险点排查登记表, after the source's 特困人员救助供养审核信息 (信息核对, 经济调查, 民主评议, "
        "公开公示): a title, 序号/部门/岗位/责任人 written on EVERY row/风险点/风险类别 (short names)/风险等级 "
        "``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    yiwu_civil_affairs_bureau_level_grid(),
    yiwu_welfare_center_list(),
    yiwu_elderly_service_cards(),
    yiwu_funeral_office_posts(),
    yiwu_relief_center_group_rows(),
    yiwu_minor_protection_two_sheets(),
    yiwu_social_org_selfchecks(),
    yiwu_nursing_home_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch872-inbox"))

"""The five-hundred-and-ninety-fifth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 民政 and
退役军人 bodies, 海原县 (中卫市, 宁夏回族自治区) — its 民政局, 退役军人事务局, 社会福利院, 殡仪馆,
殡葬服务所, 社会救助服务中心 and the 民政办 of two of its towns (西安镇, 李旺镇) — each handing back
the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 退役军人事务局's 一览表: ``股室`` merged, ``岗位 | 姓名`` merged per person, ``风险类型``
  (``…风险``), ``一级/二级/三级``;
- the 社会福利院's 防控卡, one sheet a holder: ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line,
  ``★★★/★★/★`` read by a ``注：`` line, no type column;
- the 殡仪馆's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 殡葬服务所's 责任清单 under GROUP ROWS ``一、所领导`` / ``二、火化服务股`` merged across:
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 西安镇民政办's 自查表, one sheet a person: a label row ``姓　名 | 所在部门 | 岗　位 | 填表时间``
  over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 李旺镇民政办's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on
  EVERY row, short types, ``高风险/中风险/低风险``, a 填表人/审核人 line;
- the 社会救助服务中心's file in TWO SHEETS: ``中心领导`` (``姓名 | 职务 | 分管工作`` merged per
  leader) and ``业务股`` (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no
  type column, a ``注：`` line.

One is harder:

- ``haiyuan_civil_bureau_contents_sheet``: the 民政局's 岗位廉政风险防控卡 as a workbook of ONE
  SHEET A HOLDER whose tabs are NOT the holders but numbers ``表1`` … ``表5``, and whose cards name
  NO holder at all — each card is a title, a line ``编号：表3``, ``序号 | 廉政风险点 | 风险等级 |
  防控措施`` (高/中/低) and a ``注：持卡人姓名、股室、职务见“目录”。`` line. The holders stand ONLY on
  a FIRST sheet ``目录`` (the contents page WPS users put before numbered sheets):
  ``序号 | 表号 | 姓名 | 股室 | 职务 | 页数``, one row a card, the 表号 column naming the tab. A card's
  holder, 股室 and post are the ``目录`` row whose 表号 is the card's tab (and its ``编号：`` line).
  CORRECTION, written after the one measurement: this shape is NOT new. The README's 读得懂的表
  already describes it (a first ``目录`` sheet ``部门 | 岗位 | 责任人 | 表号`` with each post's table on
  a sheet named by its 表号, hint ``SHEETS_INDEXED``), and batches 342 and 358 built it; the
  passage sat in the part of the README this batch's author did not read before choosing. The
  layout is left as built and measured (it is not re-shaped after measuring); it counts as a
  re-test of a known shape in other words (``股室 | 职务`` headings, ``页数``, an ``编号：`` line), not
  as a harder file of a new kind.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 民政局副局长's 养老助餐 subsidies
and 信息化 projects; the 军人抚恤优待条例's 抚恤待遇审批, 虚假鉴定, 标准数额; a 县社会福利院's 保育员
and 编制人员 招聘 after the 拴养 case; a 殡仪馆's 保卫科, 行政科, 设备科, 丧葬用品科 and 绿化工程; 假火化,
骨灰盒 霸王条款, 火化工 and 运尸工; a county's 民政专项资金 check — 民政干事审核, 财政所复核, 临时救助档案;
a city's 低保 spot check — 人情保, 关系保, 入户走访; 临时救助资金 “一把手定调”, 审批签字, 发放公开) and
the layout follows their words for the unit, its parts, its posts and its risks. The rows are
worded by us, the names invented (the rare surnames 逄 and 笪 with rare given names); every unit
is a body of 海原县.

Run ``python tests/published/score.py --set batch595`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each card ``表N`` is one form, of the ``目录`` row whose 表号 is ``表N``: 姓名 the
  holder, 股室 the 科室 (``局领导`` for the 局长 and 副局长), 职务 the post; the ``目录`` sheet holds
  no point; ``页数`` and the ``编号：`` line are no points; the ``注：`` line and the 审核 line neither;
- ``局领导``, ``馆领导``, ``所领导``, ``办领导``, ``中心领导`` (a 股室 or 科室 cell, a group row, a
  所在部门 cell, a sheet of leaders) are the 科室 of those leaders; the 福利院's cards name no 科室; a 局's, a 所's and a 中心's 股, a 殡仪馆's 科, a
  民政办's 组 (``所在部门``, ``部门``) are 科室; ``二、火化服务股`` gives ``火化服务股`` (number left off);
- every body is a unit of its own: 局长, 副局长, 院长, 副院长, 馆长, 所长, 主任 (of a 中心 or a
  民政办) are leaders; 股长, 科长 middle; the rest (科员, 会计, 出纳, 护理员, 火化工, 民政专干, 社工)
  general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作`` and ``自查情况`` are no points; the
  殡仪馆's list names no person: its forms are posts (对岗不对人);
- 高/中/低, ``一级/二级/三级``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, ``高风险/中风险/低风险`` and
  ``一级风险/二级风险/三级风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b595_"
PLACE = "海原县"
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

# the 目录: (表号, 姓名, 股室, 职务, tier, [(廉政风险点, 风险等级, 防控措施)])
CARDS = [
    ("表1", "逄翯峤", "局领导", "局长", "leader", [
        ("养老服务设施建设项目插手干预招投标", "高", "项目一律进入公共资源交易平台，局党组集体研究。"),
        ("民政信息化项目化整为零、指定承接公司", "高", "信息化项目统一论证、公开采购，结果公示。"),
    ]),
    ("表2", "笪沄翊", "局领导", "副局长", "leader", [
        ("老年助餐点运营补贴审核把关不严", "高", "补贴按实际就餐人次核定，与刷卡数据比对。"),
        ("养老机构等级评定打招呼、定结果", "中", "评定专家随机抽取，评分当场公布。"),
    ]),
    ("表3", "逄湜琨", "社会救助股", "股长", "middle", [
        ("低保、特困对象审核确认优亲厚友", "高", "审核确认经股室集体研究，名单在村（社区）公示。"),
        ("临时救助金额随意确定", "中", "救助金额按标准分档，超额部分报局党组研究。"),
        ("救助对象动态管理不及时，该退不退", "低", "每季度开展数据比对，按月动态调整。"),
    ]),
    ("表4", "笪琤岙", "养老服务股", "股长", "middle", [
        ("高龄津贴发放名册审核不严", "中", "名册与户籍、殡葬数据比对，按月核销。"),
        ("居家养老服务购买验收走过场", "中", "服务验收邀请老年人代表参与，抽查回访。"),
    ]),
    ("表5", "逄昉湉", "社会事务股", "科员", "general", [
        ("婚姻登记违规办理或收受好处", "中", "登记材料双人审核，全程录像。"),
        ("福彩公益金项目申报材料初审不严", "低", "初审意见书面记录，股长复核。"),
    ]),
]  # fmt: skip


def haiyuan_civil_bureau_contents_sheet() -> dict:
    unit = f"{PLACE}民政局"
    t = _Truth(unit)
    toc = _Sheet("目录", [6, 8, 10, 14, 10, 8])
    _line(toc, f"{unit}岗位廉政风险防控卡目录", 6)
    toc.add("序号", "表号", "姓名", "股室", "职务", "页数")
    for i, (tab, who, dept, post, _tier, _items) in enumerate(CARDS, 1):
        toc.add(i, tab, who, dept, post, 1)
    toc.add("注：各防控卡按表号另页填写，持卡人以本目录为准。", None, None, None, None, None)
    toc.merge(len(toc.rows) - 1, 0, len(toc.rows) - 1, 5)
    sheets = [toc]
    for tab, who, dept, post, tier, items in CARDS:
        sh = _Sheet(tab, [6, 40, 10, 38])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        _line(sh, f"编号：{tab}", 4)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施")
        for i, (point, lv, measures) in enumerate(items, 1):
            sh.add(i, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        _line(sh, "注：持卡人姓名、股室、职务见“目录”。风险等级分高、中、低三级。", 4)
        sh.add("审核：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "haiyuan_civil_bureau_contents_sheet", "https://damazx.com/forum.php?mod=viewthread&page=1&tid=8677",
        "(harder) 县民政局 岗位廉政风险防控卡, after the source's 民政局副局长 case (养老助餐点 财政奖励补贴, 信息化建设 "
        "项目 插手招投标, 虚报业务量): a FIRST sheet ``目录`` — ``序号 | 表号 | 姓名 | 股室 | 职务 | 页数``, one row a card — "
        "then ONE SHEET A HOLDER whose tabs are ``表1`` … ``表5``, each card a title, a merged ``编号：表N`` line, "
        "序号/廉政风险点/风险等级 高/中/低/防控措施 and a ``注：持卡人…见“目录”`` line, NAMING NO HOLDER: a card's holder, "
        "股室 and post stand only in the 目录 row whose 表号 is the card's tab; no type column",
        sheets, t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def haiyuan_veterans_bureau_list() -> dict:
    unit = f"{PLACE}退役军人事务局"
    sh = _Sheet("一览表", [6, 14, 9, 9, 38, 13, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "笪翀珝", "leader", [
            ("退役士兵安置岗位分配不经集体研究", "制度机制风险", "一级", "安置方案局党组研究，岗位和结果公示。"),
            ("褒扬纪念设施修缮项目干预发包", "岗位职责风险", "一级", "修缮项目按程序公开采购。"),
        ]),
        ("优抚安置股", "股长", "逄岍澂", "middle", [
            ("违反规定审批抚恤待遇", "业务流程风险", "一级", "抚恤审批实行初审、复核、审批三级把关。"),
            ("不按规定标准、数额发放优待金、补助金", "岗位职责风险", "二级", "发放标准公开，资金通过“一卡通”发放。"),
        ]),
        ("优抚安置股", "科员", "笪霙琡", "general", [
            ("伤残评定中采信虚假诊断、鉴定证明", "外部环境风险", "二级", "鉴定由指定医院出具，材料存档备查。"),
            ("优抚对象死亡后未及时停发待遇", "业务流程风险", "三级", "每月与殡葬、户籍数据比对。"),
        ]),
        ("办公室", "会计", "逄玹潆", "general", [
            ("优抚资金拨付不按预算执行", "制度机制风险", "二级", "资金拨付凭审批单据，月末对账。"),
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
    sh.add("制表：办公室", None, None, "审核：", None, None, "2025年5月", None)
    return _layout(
        "haiyuan_veterans_bureau_list", "https://m.78911.com.cn/CaiLiaoSuCai/654347-3.html",
        "县退役军人事务局 岗位廉政风险防控一览表, after the source's 抚恤优待条例 (违反规定审批抚恤待遇, 虚假诊断鉴定证明, "
        "不按标准数额发放): a title, 序号/股室 merged/岗位 and 姓名 merged per person/廉政风险点/风险类型 ``…风险``/"
        "风险等级 ``一级/二级/三级``/防控措施; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def haiyuan_welfare_home_cards() -> dict:
    unit = f"{PLACE}社会福利院"
    t = _Truth(unit)
    cards = [
        ("院长", "笪澔岚", "院长", "主持全院工作", "leader", [
            ("编外保育员招聘不公开", "★★★", "招聘公告、考核结果公开，院务会研究。"),
            ("院内维修改造工程不经集体研究", "★★★", "维修项目报县民政局审批，公开比选。"),
            ("接受供货商礼品礼金", "★", "签订廉洁承诺书，节前提醒。"),
        ]),
        ("副院长", "逄珺滢", "副院长", "分管生活护理、后勤", "leader", [
            ("孤残儿童、特困老人伙食费挤占", "★★", "伙食费专账核算，每月公示。"),
            ("护理用品采购不比价", "★★", "三家以上比价，验收双人签字。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 36, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
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
        "haiyuan_welfare_home_cards", "https://qingdaonews.com/content/2012-07/05/content_9309391.htm",
        "县社会福利院 岗位廉政风险防控卡, one sheet a leader, after the source's 县社会福利院 (孤儿, 保育员, 计划内编制人员 "
        "挂牌招聘, 福利机构 排查整顿): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def haiyuan_funeral_home_posts() -> dict:
    unit = f"{PLACE}殡仪馆"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("馆领导", "馆长", "leader", "绿化工程发包", "馆区绿化、改造工程收受承包商好处", "岗位职责风险", "高",
         "工程项目公开招标，馆务会集体研究。"),
        ("馆领导", "馆长", "leader", "殡葬用品准入", "骨灰盒等殡葬用品进馆收受供应商回扣", "外部环境风险", "高",
         "殡葬用品公开遴选供应商，价格公示。"),
        ("丧葬用品科", "科长", "middle", "用品定价", "抬高殡葬用品进价、超标准加价销售", "制度机制风险", "中",
         "定价报县发改局备案，明码标价。"),
        ("丧葬用品科", "科长", "middle", "货款结算", "拖延或优先结算供应商货款以谋利", "业务流程风险", "中",
         "货款按合同约定期限结算，双人审核。"),
        ("设备科", "科长", "middle", "火化设备维修", "虚报设备维修费用", "业务流程风险", "中",
         "维修事项事前报批、事后验收。"),
        ("保卫科", "科员", "general", "遗体接运登记", "接运登记不实，私下收取接运费", "思想道德风险", "低",
         "接运登记台账日清，收费统一开票。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：行政科", None, None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "haiyuan_funeral_home_posts", "http://taokecoco.com/page/2016/0910/9554032.shtml",
        "县殡仪馆 岗位廉政风险点排查表 对岗不对人, after the source's 殡仪馆 窝案 (保卫科, 行政科, 设备科, 丧葬用品科, "
        "殡葬用品采购, 绿化工程): a title, 序号/科室 merged/岗位 merged per post/a short 风险点/a long 风险表现/"
        "风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def haiyuan_funeral_service_group_rows() -> dict:
    unit = f"{PLACE}殡葬服务所"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、所领导", "所领导", [
            ("所长", "逄澈岫", "leader", [
                ("火化证明虚开、伪造，为假火化提供便利", "一级风险", "火化证明系统出具，编号管理，所长审签。"),
                ("设置“不许自带骨灰盒”等霸王条款", "一级风险", "服务项目和收费标准公示，群众自主选择。"),
            ]),
        ]),
        ("二、火化服务股", "火化服务股", [
            ("股长", "笪峋璟", "middle", [
                ("火化工、运尸工与中介勾连推销用品", "二级风险", "设立监督电话，定期回访丧户。"),
                ("遗体火化登记与证明不一致", "二级风险", "火化登记与死亡证明逐一核对。"),
            ]),
            ("火化工", "逄霰琭", "general", [
                ("向丧户索要“红包”", "三级风险", "签订服务承诺，违者调离岗位。"),
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
        "haiyuan_funeral_service_group_rows", "http://m.njbnbz.cn/szytl/1407.html",
        "县殡葬服务所 廉政风险防控责任清单, after the source's 假火化真土葬 (骨灰盒 毛利, “霸王条款”, 火化工 运尸工 "
        "窝案): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS "
        "``一、所领导``, ``二、火化服务股`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def haiyuan_xian_town_selfchecks() -> dict:
    unit = f"{PLACE}西安镇民政办"
    t = _Truth(unit)
    people = [
        ("笪璆昶", "办领导", "主任", "leader", [
            ("民政专项资金审核签字把关不严", "Ⅰ级", "资金发放实行民政干事审核、财政所复核、领导审批。", "已落实"),
            ("救灾款物分配优亲厚友", "Ⅱ级", "救灾款物分配方案公示，群众监督。", "未发现问题"),
        ]),
        ("逄岨沨", "社会救助组", "民政专干", "general", [
            ("临时救助档案不全、虚报救助对象", "Ⅰ级", "一户一档，入户调查记录存档。", "已落实"),
            ("低保资金发放不及时、截留", "Ⅱ级", "资金社会化发放，按月对账。", "已落实"),
        ]),
        ("笪琮滢", "社会救助组", "社工", "general", [
            ("高龄老人死亡上报不及时", "Ⅲ级", "每月与村级信息员核对。", "未发现问题"),
            ("五保对象供养台账与实际不符", "Ⅲ级", "台账每季度入户核对。", "已落实"),
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
        sh.add("本人签名：", None, "主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "haiyuan_xian_town_selfchecks", "https://huanglong.qinfeng.gov.cn/info/1064/4484.htm",
        "镇民政办 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 民政专项资金 "
        "监督检查 (民政干事审核, 财政所复核, 临时救助档案, 老龄老人死亡上报): a title, a label row ``姓　名 | 所在部门 | "
        "岗　位 | 填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; "
        "no type column; ``本人签名： | 主任意见：``",
        sheets, t,
    )  # fmt: skip


def haiyuan_liwang_town_list() -> dict:
    unit = f"{PLACE}李旺镇民政办"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("办领导", "主任", "逄翊琨", "leader", "低保评议中搞“人情保”“关系保”", "思想道德", "高风险",
         "民主评议全程记录，结果张榜公示。"),
        ("办领导", "主任", "逄翊琨", "leader", "低保审批前抽查走过场", "制度机制", "中风险",
         "抽查比例不低于新增户数的三成。"),
        ("社会救助组", "民政专干", "笪玥潇", "general", "入户调查不实，家庭收入认定失真", "业务流程", "高风险",
         "入户调查两人以上，调查表当场签字。"),
        ("社会救助组", "民政专干", "笪玥潇", "general", "应退未退低保对象", "岗位职责", "中风险",
         "结合经济状况核对结果按季度动态调整。"),
        ("社会事务组", "民政专干", "逄霏岚", "general", "残疾人两项补贴审核把关不严", "岗位职责", "中风险",
         "补贴名单与残联数据比对。"),
        ("社会事务组", "出纳", "笪泓琇", "general", "救助资金现金发放不留凭据", "外部环境", "低风险",
         "资金一律打卡发放，不发现金。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "haiyuan_liwang_town_list", "http://lichuan.cjyun.org/p/122532.html",
        "镇民政办 岗位廉政风险防控一览表, after the source's 低保 审批前抽查 (家庭经济状况比对, 入户走访, “人情保” "
        "“关系保”, 应保尽保 应退尽退): ``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/"
        "责任人 written on EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; "
        "a 填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


def haiyuan_relief_centre_two_sheets() -> dict:
    unit = f"{PLACE}社会救助服务中心"
    t = _Truth(unit)
    lead = _Sheet("中心领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}中心领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("笪晗珣", "主任", "主持全面工作", [
            ("临时救助资金发放由个人定调，不经集体研究", "一级", "大额临时救助中心办公会集体研究。"),
            ("救助资金管理使用情况不公开", "二级", "每季度公开资金发放情况。"),
        ]),
        ("逄澍岍", "副主任", "分管审核审批", [
            ("临时救助审批签字人不一、程序不规范", "一级", "明确审批权限，一事一签。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "中心领导", post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("业务股", [6, 14, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}业务股廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("审核审批股", "股长", "笪琬峣", "middle", "救助申请材料标准不一、弹性审核", "一级", "统一申请材料清单，一次性告知。"),
        ("审核审批股", "股长", "笪琬峣", "middle", "救助金额确定随意", "二级", "按困难程度分档确定救助金额。"),
        ("资金发放股", "会计", "逄湉珵", "general", "救助资金支付随意、跨科目列支", "二级", "资金专户管理，科目规范。"),
        ("资金发放股", "出纳", "笪沨昀", "general", "发放台账与银行流水不符", "三级", "每月与代发银行对账。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    _line(dept, "注：风险等级分为一级、二级、三级，一级为最高。", 7)
    return _layout(
        "haiyuan_relief_centre_two_sheets",
        "https://shijiazhuang.baogaosu.com/xinwen/%E4%B8%B4%E6%97%B6%E6%95%91%E5%8A%A9%E8%B5%84%E9%87%91%E7%AE%A1%E7%90%86%E4%BD%BF%E7%94%A8%E4%B8%8D%E8%A7%84%E8%8C%83%E9%97%AE%E9%A2%98/71957318",
        "县社会救助服务中心 廉政风险防控一览表 in TWO SHEETS, after the source's 临时救助资金管理使用不规范 (“一把手”定调, "
        "审批签字人不一, 支付随意, 申请资料标准不统一, 未公开): sheet 中心领导 with 姓名/职务/分管工作 merged per leader, "
        "sheet 业务股 with 股室 merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; "
        "no type column; a ``注：`` line",
        [lead, dept], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    haiyuan_civil_bureau_contents_sheet(),
    haiyuan_veterans_bureau_list(),
    haiyuan_welfare_home_cards(),
    haiyuan_funeral_home_posts(),
    haiyuan_funeral_service_group_rows(),
    haiyuan_xian_town_selfchecks(),
    haiyuan_liwang_town_list(),
    haiyuan_relief_centre_two_sheets(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch595-inbox"))

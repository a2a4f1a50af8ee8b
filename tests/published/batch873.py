"""The eight-hundred-and-seventy-third batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's tourism and
culture bodies, 和静县 (of 巴音郭楞蒙古自治州, 新疆) — its 巴音布鲁克景区管理局, 游客服务中心, 旅游市场综合执法大队,
文物保护中心, 图书馆, 旅游发展服务中心 and 景区建设服务中心 — each handing back the 一览表, 防控卡, 排查表, 清单
or 自查表 its staff typed in WPS or Excel:

- the 巴音布鲁克景区管理局's 一览表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``…风险`` types,
  ``一级/二级/三级``;
- the 游客服务中心's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` and a merged 岗位职责 line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 旅游市场综合执法大队's 排查表 对岗不对人: ``中队`` and ``岗位`` merged, ``…风险`` types,
  ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 文物保护中心's 责任清单 under GROUP ROWS ``一、中心领导`` … ``三、陈列宣教股`` merged across (no 科室
  column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 图书馆's 自查表, one sheet a person: a label row ``姓　名 | 所在部门 | 岗　位 | 填表时间`` over a row
  of values, 高/中/低, ``自查情况``, no type column;
- the 旅游发展服务中心's 一览表 in TWO SHEETS: ``中心领导`` (``姓名 | 职务 | 分管工作`` merged per leader)
  and ``科室`` (``科室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 景区建设服务中心's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on
  EVERY row, short types, ``高风险/中风险/低风险``.

One is harder:

- ``hejing_culture_tourism_bureau_review_column``: the 文化体育广播电视和旅游局's 岗位廉政风险点排查表
  （审核稿）, an ordinary list (``序号 | 股室 | 岗位 | 责任人 | 廉政风险点 | 风险等级 | 防控措施``, 股室 merged,
  岗位 and 责任人 merged per person) sent back by the 派驻纪检监察组 with a LAST COLUMN
  ``派驻纪检监察组审核意见`` written on every row: ``同意`` on most, but on three rows the opinion MOVES the
  row's point to ANOTHER PERSON OF THE LIST (``该项属市场股职责，责任人调整为市场股股长敖湝岏``,
  ``责任人应为产业发展股股员敖玹翥，请调整``, ``改由产业发展股股长诸霔棽负责``) while the merged 责任人 cell
  beside it still names the first holder; a ``注：`` line says the opinion rules and the table is not
  re-filled. The README's 读得懂的表 knows a per-row review opinion that changes the row's LEVEL
  (``调整为一级``, ``LEVEL_BY_REVIEW_OPINION``) and a NOTE under the list moving numbered items to other
  holders (``第8、9项由…负责``, ``POINTS_REASSIGNED_BY_NOTE``); it does not describe a per-row review
  opinion that names the row's right HOLDER.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 市 旅游市场秩序整治 工作方案 —
旅行社, 导游, A级景区, 成员单位职责; the 巴音布鲁克景区管理委员会's 停票时间 notice — 天鹅湖, 九曲十八弯,
瞬间承载量, 旅行社团体; a 巴音布鲁克景区 page — 门票含区间车票, 开放时间; a 县旅游执法大队 article — 巡查,
投诉受理, 行政处罚, 联合执法; a page on 文物保护经费 — 门票和文创收入, 专款专用; a 图书项目招标方案 —
招标需求, 验收; a 巴音布鲁克 旅游旺季 report — 区间车, 牧家乐, 蒙古包; the 巴音布鲁克景区 开园 report —
道路和停车场修缮扩建, 滑草项目, 观鸟科普馆, 实景剧) and the layout follows their words for the unit, its
parts, its posts and its risks. The rows are worded by us, the names invented (the rare surnames 敖
and 诸 with rare given names); every unit is a body of 和静县.

Run ``python tests/published/score.py --set batch873`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a row whose 审核意见 names another person of the list (``调整为``, ``应为``, ``改由``)
  is a point of THAT person (his 股室 and 岗位 as the list writes them), with the row's level; the
  first holder written in the merged 责任人 cell no longer has it; ``同意`` leaves the row with its
  written holder; the 审核意见 is no point, no measure and no level; the ``注：`` line is no point;
- ``局领导``, ``大队领导``, ``中心领导`` (a 股室/科室/中队/部门 cell or a group row) are the 科室 of those
  leaders; the 旅游发展服务中心's leaders (sheet ``中心领导``, no 科室 column) and the cards' holders
  have no 科室; a 局's and a 中心's 股 and 科, the 图书馆's 部 and the 大队's 中队 are 科室;
- every body is a unit of its own: 局长, 副局长, 主任, 副主任, 大队长 and 馆长 are leaders; 股长, 科长
  and 中队长 middle; the rest (股员, 售票员, 调度员, 讲解员, 执法队员, 文物管理员, 采编员, 流通管理员,
  会计, 出纳, 技术员) general;
- ``岗位职责``, ``分管工作``, ``自查情况`` and ``填表时间`` are no points and name no holder; the
  执法大队's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b873_"
PLACE = "和静县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
AGREE = "同意"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# the 局's staff as the list writes them: key -> (股室, 岗位, 姓名, tier)
STAFF = {
    "director": ("局领导", "局长", "敖曜翀", "leader"),
    "deputy": ("局领导", "副局长", "诸缃翊", "leader"),
    "market": ("市场股", "股长", "敖湝岏", "middle"),
    "industry": ("产业发展股", "股长", "诸霔棽", "middle"),
    "clerk": ("产业发展股", "股员", "敖玹翥", "general"),
}

# (the row's written holder, 廉政风险点, 风险等级, 防控措施, 审核意见, the holder the 审核意见 names or None)
REVIEWED = [
    ("director", "A级旅游景区评定推荐中暗箱操作、打招呼", "一级",
     "评定推荐经局党组会集体研究，推荐结果公示。", AGREE, None),
    ("director", "旅游发展专项资金项目安排个人说了算", "一级",
     "项目安排经局党组会研究，资金分配结果公开。", AGREE, None),
    ("deputy", "文化惠民演出采购指定承办单位", "二级",
     "演出采购按政府采购程序公开比选。", AGREE, None),
    ("deputy", "旅行社质量保证金暂退、补足审核把关不严", "二级",
     "保证金暂退材料双人审核，台账专人管理。",
     "该项属市场股职责，责任人调整为市场股股长敖湝岏", "market"),
    ("market", "旅游市场秩序整治中选择性检查、以罚代管", "一级",
     "检查对象随机抽取，处罚案件集体审理。", AGREE, None),
    ("market", "导游证换发、星级饭店评定推荐收受好处", "二级",
     "评定推荐实行现场检查与材料审核分离。", AGREE, None),
    ("industry", "乡村旅游重点村、民宿奖补资金申报材料审核不严", "一级",
     "申报材料实地核查，奖补名单公示七日。", AGREE, None),
    ("industry", "旅游宣传推介活动费用虚列、套取", "三级",
     "推介活动费用凭合同、发票和活动记录报销。",
     "责任人应为产业发展股股员敖玹翥，请调整", "clerk"),
    ("clerk", "旅游节庆活动物资采购不比价", "三级",
     "物资采购三家比价，验收两人以上签字。", AGREE, None),
    ("clerk", "旅游接待统计数据弄虚作假", "二级",
     "统计数据由股长审核后上报，原始台账存档。",
     "改由产业发展股股长诸霔棽负责", "industry"),
]  # fmt: skip


def hejing_culture_tourism_bureau_review_column() -> dict:
    unit = f"{PLACE}文化体育广播电视和旅游局"
    sh = _Sheet("排查表", [6, 12, 9, 9, 38, 8, 32, 28])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表（审核稿）", 8)
    _line(sh, f"填报单位：{unit}{GAP * 16}2025年6月", 8)
    sh.add(
        "序号",
        "股室",
        "岗位",
        "责任人",
        "廉政风险点",
        "风险等级",
        "防控措施",
        "派驻纪检监察组审核意见",
    )
    first = len(sh.rows)
    for i, (key, point, lv, measures, opinion, _moved) in enumerate(REVIEWED, 1):
        dept, post, who, _tier = STAFF[key]
        sh.add(i, dept, post, who, point, lv, measures, opinion)
    _per_person(sh, first, 1, 2, 3)
    # the truth: every point to the holder its 审核意见 names, else to the holder written in the row
    for key in STAFF:
        dept, post, who, tier = STAFF[key]
        for written, point, lv, _measures, _opinion, moved in REVIEWED:
            if (moved or written) == key:
                t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    _line(sh, "注：审核意见调整责任人的，以审核意见为准，表格不再重新填报。", 8)
    sh.add("填表人：", None, None, "审核人：", None, None, "局长（签字）：", None)
    return _layout(
        "hejing_culture_tourism_bureau_review_column", "http://www.hhml.gov.cn/zfxxgk_15889/fdzdgknr/zdlyxxgk/lysczxhfwzlxxgk/lysczcfg/201711/t20171127_157423.html",
        "(harder) 县文化体育广播电视和旅游局 岗位廉政风险点排查表（审核稿）, after the source's 旅游市场秩序整治 工作方案 "
        "(旅行社、导游、星级饭店、A级景区的监管, 成员单位职责分工, 专项整治): a title, a 填报单位 line, then "
        "序号/股室/岗位/责任人 (股室 merged, 岗位 and 责任人 merged per person)/廉政风险点/风险等级 ``一级/二级/三级``/防控措施 "
        "and a last column ``派驻纪检监察组审核意见`` written on EVERY row: ``同意`` on most rows, but on three rows it MOVES "
        "the row's point to another person of the list (``责任人调整为市场股股长敖湝岏``, ``责任人应为产业发展股股员敖玹翥，请调整``, "
        "``改由产业发展股股长诸霔棽负责``) while the merged 责任人 cells still name the first holder; a ``注：`` line saying the "
        "opinion rules; a 填表人/审核人/局长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def hejing_bayanbulak_scenic_list() -> dict:
    unit = f"{PLACE}巴音布鲁克景区管理局"
    sh = _Sheet("一览表", [6, 12, 9, 9, 38, 13, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "诸翯岚", "leader", "景区特许经营项目（区间车、滑草）出让不公开", "制度机制风险", "一级",
         "特许经营项目公开招标，合同经局务会审定。"),
        ("局领导", "局长", "诸翯岚", "leader", "景区瞬间承载量超限时擅自加售门票", "岗位职责风险", "二级",
         "门票系统设定承载量上限，超限自动停售。"),
        ("票务科", "科长", "敖岍霈", "middle", "旅行社团队票优惠核定随意，优亲厚友", "业务流程风险", "一级",
         "团队优惠标准公开，核定单科长、分管局长两签。"),
        ("票务科", "科长", "敖岍霈", "middle", "门票收入解缴不及时，坐支挪用", "业务流程风险", "二级",
         "门票收入每日解缴财政专户，系统数据与银行对账。"),
        ("票务科", "售票员", "诸沣玥", "general", "私收现金放人入园，不出票", "思想道德风险", "二级",
         "售票实行电子票，闸机核验，视频监控留存。"),
        ("生态保护科", "科长", "敖澂翾", "middle", "天鹅湖栈道、观景台维修工程验收不严", "岗位职责风险", "二级",
         "工程验收邀请审计、纪检人员参加。"),
        ("生态保护科", "科长", "敖澂翾", "middle", "核心区违规放行车辆、摄影团队收取好处", "外部环境风险", "三级",
         "核心区通行证登记审批，卡口双人值守。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("制表：办公室", None, None, "审核：", None, None, "2025年5月", None)
    return _layout(
        "hejing_bayanbulak_scenic_list", "https://p2.ttnews.xyz/a/5bb139f0dc9b5e3c73239de9?lang=zh-hans",
        "县巴音布鲁克景区管理局 岗位廉政风险防控一览表, after the source's 景区管理委员会 停票时间通知 (天鹅湖, 九曲十八弯, "
        "瞬间承载量, 旅行社团体): a title, 序号/科室 merged/岗位 and 姓名 merged per person/廉政风险点/风险类型 ``…风险``/"
        "风险等级 ``一级/二级/三级``/防控措施; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def hejing_visitor_center_cards() -> dict:
    unit = f"{PLACE}游客服务中心"
    t = _Truth(unit)
    cards = [
        ("主任", "诸璈沄", "主任", "主持中心全面工作", "leader", [
            ("游客中心商铺租赁不公开招租", "★★★", "商铺招租进入公共资源交易平台。"),
            ("门票、区间车联票代售点设置收受好处", "★★", "代售点设置经主任办公会研究并公示。"),
            ("接受旅行社宴请、土特产", "★", "签订廉洁承诺书，节前廉洁提醒。"),
        ]),
        ("调度员", "敖砚淏", "区间车调度员", "区间车排班与调度", "general", [
            ("区间车加班车次虚报，套取补贴", "★★", "车次以调度系统记录为准，每月公示。"),
            ("为熟人车辆违规放行进入景区", "★★★", "社会车辆一律换乘区间车，卡口登记。"),
        ]),
        ("讲解员", "诸琇岢", "讲解员", "游客讲解与投诉受理", "general", [
            ("向游客推荐指定商店、牧家乐收取回扣", "★★★", "讲解路线和内容统一规范，严禁推荐购物。"),
            ("游客投诉登记不全、私下调解", "★", "投诉统一登记编号，办理结果回访。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 36, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("岗位职责", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "hejing_visitor_center_cards", "http://chinadas.net/haozhan/web8632.asp",
        "县游客服务中心 岗位廉政风险防控卡, one sheet a person, after the source's 巴音布鲁克景区 介绍 (门票含区间车票, "
        "开放时间, 开都河, 天鹅湖): a title, ``姓　名 | … | 职　务 | …`` and a merged 岗位职责 line, then 序号/风险点/"
        "风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def hejing_enforcement_brigade_posts() -> dict:
    unit = f"{PLACE}旅游市场综合执法大队"
    sh = _Sheet("排查表", [6, 12, 10, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "中队", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("大队领导", "大队长", "leader", "重大旅游投诉案件处理不经集体讨论", "制度机制风险", "Ⅰ级",
         "重大案件集体讨论，讨论记录存档。"),
        ("一中队", "中队长", "middle", "对非法一日游、黑导游查处中通风报信", "思想道德风险", "Ⅰ级",
         "检查行动临时通知，执法全过程记录。"),
        ("一中队", "执法队员", "general", "游客投诉调查取证不全，偏袒经营者", "岗位职责风险", "Ⅱ级",
         "投诉调查两人以上，调解结果双方签字。"),
        ("二中队", "中队长", "middle", "景区价格违法行为处罚自由裁量畸轻畸重", "业务流程风险", "Ⅰ级",
         "严格执行裁量基准，处罚决定法制审核。"),
        ("二中队", "执法队员", "general", "巡查中接受商户吃请、购物优惠", "外部环境风险", "Ⅱ级",
         "巡查不得接受吃请，队员轮岗巡查。"),
        ("二中队", "执法队员", "general", "暂扣物品登记保管不规范", "业务流程风险", "Ⅲ级",
         "暂扣物品专库存放，出入库登记。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "hejing_enforcement_brigade_posts", "https://www.wujymm.com/q/jie-mi-jun-xian-lv-you-zhi-fa-da-dui-shou-hu-lv-you-zhi-xu-bao-zhang-you-ke-quan-yi.html",
        "县旅游市场综合执法大队 岗位廉政风险点排查表 对岗不对人, after the source's 县旅游执法大队 (日常巡查, 投诉受理, "
        "行政处罚, 联合执法): a title, 序号/中队 merged/岗位 merged per post/风险点/风险类型 ``…风险``/风险等级 "
        "``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def hejing_relics_center_group_rows() -> dict:
    unit = f"{PLACE}文物保护中心"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "敖蘅翀", "leader", [
                ("文物保护单位修缮工程设计、施工单位选定暗箱操作", "一级风险", "修缮工程依法招标，评标结果公示。"),
                ("文物保护专项资金挤占挪用", "一级风险", "专项资金专账核算，专款专用，接受审计。"),
            ]),
        ]),
        ("二、文物保护股", "文物保护股", [
            ("股长", "诸岷湄", "middle", [
                ("建设工程文物影响评估意见出具把关不严", "二级风险", "评估意见经集体研究，现场勘查留影像资料。"),
                ("不可移动文物巡查走过场，隐瞒险情", "三级风险", "巡查记录每月上报，险情即时报告。"),
            ]),
            ("文物管理员", "敖珂澍", "general", [
                ("馆藏文物出入库手续不全", "二级风险", "出入库凭审批单，双人清点签字。"),
            ]),
        ]),
        ("三、陈列宣教股", "陈列宣教股", [
            ("股长", "诸琬峣", "middle", [
                ("文创产品开发合作方选择不公开", "二级风险", "合作方公开征集，收益全额纳入预算。"),
                ("展陈布展项目验收不严", "三级风险", "布展验收邀请专家参加。"),
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
        "hejing_relics_center_group_rows", "http://m.baoyu7788.com/info/2169/429198.htm",
        "县文物保护中心 廉政风险防控责任清单, after the source's 文物保护经费 (政府预算, 门票和文创收入, 专款专用, "
        "全程监管): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS "
        "``一、中心领导``, ``二、文物保护股``, ``三、陈列宣教股`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def hejing_library_selfchecks() -> dict:
    unit = f"{PLACE}图书馆"
    t = _Truth(unit)
    people = [
        ("敖霂珩", "馆领导", "馆长", "leader", [
            ("图书采购项目招标需求倾向特定供应商", "高", "采购需求经馆务会论证，公开招标。", "已落实"),
            ("总分馆建设资金使用不规范", "中", "资金按项目专账核算。", "未发现问题"),
        ]),
        ("诸湉岵", "采编部", "采编员", "general", [
            ("图书验收数量、版本把关不严", "高", "验收按订单逐种核对，两人签字。", "已落实"),
            ("接受书商赠书、购物卡", "低", "签订廉洁承诺书。", "已落实"),
        ]),
        ("敖沚瑢", "流通部", "流通管理员", "general", [
            ("读者押金收取不开票据", "中", "押金统一通过系统收取并开具票据。", "未发现问题"),
            ("馆藏图书剔旧处置不登记", "低", "剔旧图书造册报批，处置结果公示。", "已落实"),
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
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        sh.add()
        sh.add("本人签名：", None, "馆长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "hejing_library_selfchecks", "http://www.6yts.cc/cqxsw/%E5%9B%BE%E4%B9%A6%E9%A1%B9%E7%9B%AE%E6%8B%9B%E6%A0%87%E6%96%B9%E6%A1%88",
        "县图书馆 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 图书项目招标方案 "
        "(招标需求, 供应商资格, 验收): a title, a label row ``姓　名 | 所在部门 | 岗　位 | 填表时间`` over a row of values, "
        "then 序号/风险点/风险等级 高/中/低/防控措施/``自查情况``; no type column; ``本人签名： | 馆长意见：``",
        sheets, t,
    )  # fmt: skip


def hejing_tourism_service_two_sheets() -> dict:
    unit = f"{PLACE}旅游发展服务中心"
    t = _Truth(unit)
    lead = _Sheet("中心领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}中心领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("诸翊澴", "主任", "主持全面工作", [
            ("牧家乐、民宿等级评定结果受人情干扰", "一级", "评定由评审组现场打分，结果公示。"),
            ("旅游招商项目洽谈中个人许诺优惠条件", "一级", "招商优惠按县政府政策执行，集体研究。"),
        ]),
        ("敖琮岱", "副主任", "分管乡村旅游、培训", [
            ("乡村旅游从业人员培训虚报人数", "二级", "培训签到和照片存档，抽查回访学员。"),
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
    dept = _Sheet("科室", [6, 14, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}科室廉政风险防控一览表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("乡村旅游科", "科长", "诸澹岑", "middle", "牧家乐改造补助对象审核不实", "一级",
         "补助对象实地核验，名单在村、社区公示。"),
        ("乡村旅游科", "科长", "诸澹岑", "middle", "旺季接待点备案收取费用", "二级", "备案免费办理，流程上墙公开。"),
        ("综合科", "会计", "敖玥潇", "general", "宣传品印制费用报销审核不严", "二级", "报销单据经办、审核、审批三签。"),
        ("综合科", "会计", "敖玥潇", "general", "固定资产账实不符", "三级", "每年盘点一次，账实核对。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：综合科", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "hejing_tourism_service_two_sheets", "http://www.ksrykj.com/news/c/2019-08-18/12704074.shtml",
        "县旅游发展服务中心 廉政风险防控一览表 in TWO SHEETS, after the source's 巴音布鲁克 旅游旺季 报道 (接待游客, "
        "区间车, 牧家乐, 蒙古包): sheet 中心领导 with 姓名/职务/分管工作 merged per leader, sheet 科室 with 科室 merged and "
        "岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def hejing_scenic_construction_list() -> dict:
    unit = f"{PLACE}景区建设服务中心"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "敖翎澔", "leader", "停车场扩建工程变更签证把关不严", "制度机制", "高风险",
         "设计变更经主任办公会研究，跟踪审计全程参与。"),
        ("中心领导", "主任", "敖翎澔", "leader", "滑草、观鸟科普馆项目设备采购量身定制", "外部环境", "高风险",
         "采购需求公开征求意见，依法招标。"),
        ("工程股", "股长", "诸峤瀛", "middle", "道路修缮隐蔽工程验收不到场", "岗位职责", "中风险",
         "隐蔽工程验收影像留存，监理签字确认。"),
        ("工程股", "技术员", "敖湘岫", "general", "工程量计量虚增", "业务流程", "中风险", "计量由监理、跟审单位共同复核。"),
        ("财务股", "出纳", "诸婳沅", "general", "工程款支付不按进度", "业务流程", "中风险", "工程款按进度审核后支付。"),
        ("财务股", "出纳", "诸婳沅", "general", "实景剧演出经费结算凭证不全", "思想道德", "低风险", "结算凭合同、验收单和发票。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "hejing_scenic_construction_list", "http://www.xj.chinanews.com.cn/dizhou/2025-05-28/detail-iherwavp3990041.shtml",
        "县景区建设服务中心 岗位廉政风险防控一览表, after the source's 巴音布鲁克景区 开园 报道 (道路、停车场修缮扩建, "
        "滑草项目, 观鸟科普馆, 实景剧): ``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/"
        "责任人 written on EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a "
        "填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    hejing_culture_tourism_bureau_review_column(),
    hejing_bayanbulak_scenic_list(),
    hejing_visitor_center_cards(),
    hejing_enforcement_brigade_posts(),
    hejing_relics_center_group_rows(),
    hejing_library_selfchecks(),
    hejing_tourism_service_two_sheets(),
    hejing_scenic_construction_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch873-inbox"))

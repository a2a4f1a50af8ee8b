"""The seven-hundred-and-seventy-first batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's culture,
radio-and-television and tourism bodies, 平山县 (of 石家庄市, 河北省) — its 文化广电和旅游局,
西柏坡景区管理中心, 文物保护所, 图书馆, 文化市场综合执法队, 文化馆 and 博物馆 — each handing back the
一览表, 排查表, 防控卡, 清单, 自查表 or 登记表 its staff typed in WPS or Excel:

- the 文化广电和旅游局's 一览表 under ``附件1``: ``科室`` merged, ``岗位 | 姓名`` merged per person,
  ``一级/二级/三级``, no type column;
- the 西柏坡景区管理中心's 排查表 对岗不对人: ``部门`` and ``岗位`` merged, ``风险类型`` (``…风险``), 高/中/低;
  no names;
- the 文物保护所's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` label rows, ``★★★/★★/★`` read
  by a ``注：`` line;
- the 图书馆's 清单 under GROUP ROWS ``一、馆领导`` …, ``岗位 | 姓名`` merged per person,
  ``一级风险/二级风险/三级风险``;
- the 文化市场综合执法队's 一览表 with a 填报单位 line: ``中队 | 岗位 | 责任人`` on EVERY row, short types,
  ``高风险/中风险/低风险``;
- the 文化馆's 自查表, one sheet a person: a label row ``姓　名 | 所在部室 | 岗　位 | 填表时间`` over a
  row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``;
- the 博物馆's 排查登记表: ``部室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别`` (short names),
  ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``pingshan_tourism_service_centre_named_codes``: the 旅游服务中心's 廉政风险点登记表 with NO 岗位 or 姓名
  column: ``风险编号 | 所在部门 | 风险点 | 风险等级 | 防控措施``, and each row's ``风险编号`` is made of the
  holder's post and name and a running number (``主任·郗缃蕤-01``, ``主任·郗缃蕤-02``, ``讲解员·眭葭屺-01``),
  as a registration system prints it; a ``注：`` line says the 编号 is ``岗位·姓名-序号``. The README's
  读得懂的表 knows holders encoded in codes resolved by a 岗位代码对照表 (``S01-1``), holder numbers as the
  first part of an ``N-M`` 编号 keyed by a numbered 说明, ``post name`` in brackets after the 序号 and
  ``【post name】`` prefixes on points; it does not describe a 编号 column that itself spells the
  holder's post and name before a dash and a running number.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 县文广旅局's 工作成效 — 城市书房,
图书分编, 电影下乡, 文化惠民; a 县文化旅游广电体育局's 部门职能 — 文物保护, 旅游市场, 网络娱乐执法队,
旅游文物执法队; a 申论 material on 平山县 — 西柏坡, 中山国都城遗址, 红色旅游景点; the 长城保护报告 —
文物保护单位, 保护维修项目; an article on 乡村文物保护 — 不可移动文物, 文保专项经费; …) and the layout
follows their words for the unit, its parts, its posts and its risks. The rows are worded by us, the
names invented (the rare surnames 郗 and 眭 with rare given names); every unit is a body of 平山县.

Run ``python tests/published/score.py --set batch771`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the ``风险编号`` before the dash is the holder, ``岗位·姓名``: the part before ``·``
  the post, after it the name; ``所在部门`` is the 科室; the running number is no part of the point;
  one form a holder;
- ``局领导``, ``馆领导``, ``中心领导``, ``队领导`` (a 科室 cell or a group row) are the 科室 of those leaders;
  the cards' and the 自查表's people have the 科室 their label row gives (the 文物保护所's cards none);
- 局长, 副局长, 馆长, 副馆长, 主任 of a 中心 or 所长, 队长 are leaders; 股长, 部主任, 中队长 middle; the
  rest general;
- ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/…``, ``★★★/★★/★``, 高/中/低 and ``高风险/…`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b771_"
PLACE = "平山县"
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

# (所在部门, 岗位, 姓名, tier, [(风险点, 风险等级, 防控措施)])
CODED = [
    ("中心领导", "主任", "郗缃蕤", "leader", [
        ("红色旅游线路推介中指定合作旅行社，收受好处", "高", "合作旅行社公开征集，名单在中心网站公示。"),
        ("游客服务中心改造项目化整为零规避招标", "高", "项目按限额标准进入县公共资源交易平台。"),
    ]),
    ("游客服务部", "部长", "眭蘩箬", "middle", [
        ("景区讲解服务费减免审批随意", "中", "减免对象按政策目录执行，审批单存档。"),
        ("旅游纪念品代销商户准入暗箱操作", "高", "代销商户比选结果公示五个工作日。"),
    ]),
    ("游客服务部", "讲解员", "眭葭屺", "general", [
        ("私自带团讲解收取现金", "中", "讲解一律在服务台登记派单，线上收费。"),
        ("向游客推销指定商店商品获取提成", "低", "签订廉洁讲解承诺书，游客监督电话公开。"),
    ]),
    ("综合部", "会计", "郗棻旖", "general", [
        ("宣传推介活动经费虚列支出", "中", "活动经费按预算执行，票据经办、审核、审批三签。"),
    ]),
]  # fmt: skip


def pingshan_tourism_service_centre_named_codes() -> dict:
    unit = f"{PLACE}旅游服务中心"
    sh = _Sheet("登记表", [18, 12, 40, 9, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点登记表", 5)
    _line(sh, f"填报单位：{unit}{GAP * 16}2025年6月", 5)
    sh.add("风险编号", "所在部门", "风险点", "风险等级", "防控措施")
    for dept, post, who, tier, points in CODED:
        for i, (point, lv, measures) in enumerate(points, 1):
            sh.add(f"{post}·{who}-{i:02d}", dept, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _line(sh, "注：风险编号由系统生成，格式为“岗位·姓名-序号”；风险等级分高、中、低三级。", 5)
    sh.add("填表人：", None, "审核人：", None, "主任（签字）：")
    return _layout(
        "pingshan_tourism_service_centre_named_codes", "http://exam8.com/zige/gongwuyuan/shenlun/zhenti/201310/2731853_2.html",
        "(harder) 县旅游服务中心 廉政风险点登记表, after the source's 申论 material on 平山县 (西柏坡, 中山国都城遗址, 红色旅游景点, "
        "年接待游客): a title, a 填报单位/date line, then 风险编号/所在部门/风险点/风险等级 高/中/低/防控措施 with NO 岗位 or "
        "姓名 column: each ``风险编号`` spells the holder ``岗位·姓名`` before a dash and a running number "
        "(``主任·郗缃蕤-01``); a ``注：`` line giving the code's format and a 填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def pingshan_culture_bureau_list() -> dict:
    unit = f"{PLACE}文化广电和旅游局"
    sh = _Sheet("一览表", [6, 14, 9, 9, 40, 9, 34])
    t = _Truth(unit)
    _line(sh, "附件1", 7)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "郗璩蓁", "leader", "文化惠民工程项目安排不经党组集体研究", "一级",
         "项目安排经局党组会研究，结果公开。"),
        ("局领导", "局长", "郗璩蓁", "leader", "城市书房建设选址、装修插手干预", "二级", "建设项目按程序招标，纪检全程监督。"),
        ("局领导", "副局长", "眭檩蓁", "leader", "旅游发展专项资金分配向熟人企业倾斜", "一级",
         "资金分配按因素法测算，分配结果公示。"),
        ("文物和旅游股", "股长", "郗韫棻", "middle", "文物保护工程设计方案审核把关不严", "二级",
         "方案审核邀请专家论证，意见存档。"),
        ("文物和旅游股", "股员", "眭荇蒨", "general", "A级景区复核检查走过场", "三级", "复核检查两人以上，检查表签字存档。"),
        ("广播电视股", "股长", "眭笙蕤", "middle", "“户户通”设备采购验收不严", "二级", "设备验收邀请村干部参加，验收单公示。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for i, (dept, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(i, dept, post, who, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, "审核人：", None, "局长（签字）：", None, None)
    return _layout(
        "pingshan_culture_bureau_list", "http://218.28.100.114:82/portal/zwgk/xxgkml/zfbm/whgdcbj/zhxx/webinfo/2021/12/1641321533367664.htm",
        "县文化广电和旅游局 岗位廉政风险防控一览表, after the source's 文广旅局 工作成效 (城市书房, 图书分编, 电影下乡, 文化惠民): "
        "``附件1``, a title, 序号/科室 merged/岗位 and 姓名 merged per person/廉政风险点/风险等级 ``一级/二级/三级``/防控措施; "
        "no type column; a 填表人/审核人/局长（签字） line",
        [sh], t,
    )  # fmt: skip


def pingshan_xibaipo_scenic_posts() -> dict:
    unit = f"{PLACE}西柏坡景区管理中心"
    sh = _Sheet("排查表", [6, 12, 12, 38, 14, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "部门", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "景区经营项目招商不公开、不比选", "制度机制风险", "高", "经营项目公开招商，合同报县政府备案。"),
        ("中心领导", "主任", "leader", "景区基础设施工程插手干预", "岗位职责风险", "高", "工程项目由县公共资源交易中心组织招标。"),
        ("票务部", "售票员", "general", "门票收入截留、少报", "业务流程风险", "高", "售票系统日结，票款每日解缴。"),
        ("票务部", "检票员", "general", "放人情票、无票放行", "思想道德风险", "中", "检票闸机全程录像，每周抽查。"),
        ("安全保卫部", "部长", "middle", "景区停车场收费承包不按程序", "制度机制风险", "中", "承包经集体研究并公开竞价。"),
        ("安全保卫部", "保安员", "general", "接受景区商户吃请，放任占道经营", "外部环境风险", "低", "商户经营范围公示，定期巡查。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for i, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(i, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合办公室", None, None, "审核：", None, None, "2025年5月")
    return _layout(
        "pingshan_xibaipo_scenic_posts", "http://livechina.ipanda.com/2016/12/05/ARTIgYdDwdC0xqfCxSFW4rrg161205.shtml",
        "县景区管理中心 岗位廉政风险点排查表 对岗不对人, after the source's 长城保护报告 (景区保护管理, 游客, 保护维修项目): "
        "a title, 序号/部门 merged/岗位 merged per post/风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; an "
        "编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def pingshan_relics_station_cards() -> dict:
    unit = f"{PLACE}文物保护所"
    t = _Truth(unit)
    people = [
        ("郗筼舲", "所长", "leader", "主持全面工作", [
            ("中山国都城遗址保护范围内建设项目文物影响评估把关不严", "★★★", "评估报告经专家评审，审批意见公开。"),
            ("文物保护专项经费安排不经集体研究", "★★★", "经费安排经所务会研究，按项目支出。"),
            ("考古勘探单位选定优亲厚友", "★★", "勘探单位从省文物局名录中比选。"),
        ]),
        ("眭蓍翀", "文物保护员", "general", "负责不可移动文物巡查", [
            ("巡查发现破坏文物行为隐瞒不报", "★★", "巡查日志每周报所，发现问题当日上报。"),
            ("文物看护员补贴发放虚报冒领", "★", "补贴按月考核发放，名单公示。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, work, points in people:
        sh = _Sheet(who, [6, 40, 10, 36])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        sh.add("岗位职责", work, None, None)
        sh.merge(len(sh.rows) - 1, 1, len(sh.rows) - 1, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, lv, measures) in enumerate(points, 1):
            sh.add(i, point, lv, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[lv])
        _line(sh, "注：★★★为一级风险，★★为二级风险，★为三级风险。", 4)
        sheets.append(sh)
    return _layout(
        "pingshan_relics_station_cards", "http://m.jizihe.com/page/2022/0527/10334897.shtml",
        "县文物保护所 岗位廉政风险防控卡, one sheet a person, after the source's article on 乡村文物保护 (不可移动文物, 文保专项经费, "
        "文物巡查): a title, label rows ``姓　名 | … | 职　务 | …`` and a merged 岗位职责 line, then 序号/风险点/风险等级 "
        "``★★★/★★/★``/防控措施 and a ``注：`` line",
        sheets, t,
    )  # fmt: skip


def pingshan_library_group_rows() -> dict:
    unit = f"{PLACE}图书馆"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、馆领导", "馆领导", [
            ("馆长", "郗篁婕", "leader", [
                ("图书采购招标中指定书商、收受回扣", "一级风险", "图书采购按政府采购程序，采购清单公示。"),
                ("总分馆建设设备采购不按程序", "一级风险", "设备采购三家以上比价，集体研究。"),
            ]),
        ]),
        ("二、采编部", "采编部", [
            ("主任", "眭橼馥", "middle", [
                ("图书验收数量、复本把关不严", "二级风险", "验收双人核对，验收单存档。"),
            ]),
            ("采编员", "郗菀箐", "general", [
                ("城市书房分编图书数据造假", "三级风险", "分编数据每月抽查核对。"),
            ]),
        ]),
        ("三、流通部", "流通部", [
            ("主任", "眭筠篪", "middle", [
                ("读者押金、逾期费收取不入账", "二级风险", "押金和逾期费统一线上收取，每月对账。"),
                ("剔旧图书处置不公开", "三级风险", "剔旧图书造册报批，处置结果公示。"),
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
        "pingshan_library_group_rows", "http://yxx.gov.cn/gzdt/rdzt/53916/53921/57439/57454/57471/content_3657752.html",
        "县图书馆 廉政风险防控责任清单, after the source's 县文化旅游广电体育局 部门整体支出绩效自评报告 (部门职能, 公共文化服务, "
        "基本支出): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS "
        "``一、馆领导``, ``二、采编部``, ``三、流通部`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def pingshan_market_enforcement_list() -> dict:
    unit = f"{PLACE}文化市场综合执法队"
    sh = _Sheet("一览表", [6, 12, 10, 10, 38, 10, 10, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 12}填报时间：2025年5月", 8)
    sh.add("序号", "中队", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("队领导", "队长", "眭葳蕤", "leader", "网吧、歌舞娱乐场所违法案件说情打招呼、降格处理", "岗位职责", "高风险",
         "案件处理结果经集体审议，重大案件法制审核。"),
        ("队领导", "队长", "眭葳蕤", "leader", "执法车辆、执法记录仪采购不按程序", "制度机制", "中风险", "采购纳入政府采购，验收双人签字。"),
        ("一中队", "中队长", "郗杪蘅", "middle", "行政处罚自由裁量不按基准，同案不同罚", "业务流程", "高风险",
         "严格执行文化市场行政处罚裁量基准，案卷季度评查。"),
        ("一中队", "执法队员", "眭屺棻", "general", "检查中接受经营业户吃请、收受购物卡", "思想道德", "中风险",
         "执法全程记录仪记录，两人以上执法。"),
        ("二中队", "中队长", "郗蔺箐", "middle", "农村营业性演出审批后监管缺位", "岗位职责", "中风险", "演出现场随机检查，检查记录存档。"),
        ("二中队", "执法队员", "郗稔岚", "general", "向“黑网吧”通风报信", "外部环境", "低风险", "突击检查临时通知，行动前上交手机。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "队长（签字）：", None, None)
    return _layout(
        "pingshan_market_enforcement_list", "http://m.supercarled.com/content/201601/13/c_8748.html",
        "县文化市场综合执法队 岗位廉政风险防控一览表, after the source's 文化市场综合执法支队 year report (黑网吧, 无证歌舞娱乐场所, "
        "农村违规演出, 执法记录, 五统一): a title, a merged 填报单位（盖章）/填报时间 line, then 序号/中队/岗位/责任人 written on "
        "EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/队长（签字） line",
        [sh], t,
    )  # fmt: skip


def pingshan_culture_centre_selfchecks() -> dict:
    unit = f"{PLACE}文化馆"
    t = _Truth(unit)
    people = [
        ("郗蘅箨", "馆领导", "馆长", "leader", [
            ("“送戏下乡”演出团体选定暗箱操作", "Ⅰ级", "演出团体公开征集，评审结果公示。", "已落实"),
            ("群众文艺汇演评奖打招呼", "Ⅱ级", "评委随机抽取，评分当场公布。", "未发现问题"),
        ]),
        ("眭蕖琇", "培训部", "辅导员", "general", [
            ("公益培训班变相收费", "Ⅰ级", "公益培训一律免费，收费公示牌上墙。", "已落实"),
            ("非遗传承人补助申报材料审核不严", "Ⅱ级", "申报材料双人审核，名单公示。", "已落实"),
            ("培训耗材领用不登记", "Ⅲ级", "耗材领用登记，月底盘点。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在部室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "馆长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "pingshan_culture_centre_selfchecks", "http://article.chinalawinfo.com/Space/SpaceArticleDetail.aspx?AuthorId=154575&AID=105454&Type=1",
        "县文化馆 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 文化执法 调研报告 (行业协会, "
        "志愿者队伍, 购买专业服务, 基层文化): a title, a label row ``姓　名 | 所在部室 | 岗　位 | 填表时间`` over a row of values, "
        "then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; ``本人签名： | 馆长意见：``",
        sheets, t,
    )  # fmt: skip


def pingshan_museum_register() -> dict:
    unit = f"{PLACE}博物馆"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 12, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "部室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("馆领导", "馆长", "眭蘅荪", "leader", [
            ("陈列布展项目供应商选定不公开", "制度机制", "一级", "布展项目公开招标，合同经集体审定。"),
            ("馆藏文物借展审批不按程序", "岗位职责", "二级", "借展报县文广旅局审批，手续齐全方可出库。"),
        ]),
        ("藏品部", "主任", "郗筱蔻", "middle", [
            ("文物征集定价虚高、从中牟利", "思想道德", "一级", "征集价格经专家评估，集体研究确定。"),
        ]),
        ("藏品部", "保管员", "眭棣苡", "general", [
            ("库房文物出入库不登记", "业务流程", "二级", "出入库双人双锁，逐件登记。"),
            ("文创产品销售款不及时入账", "外部环境", "三级", "销售款扫码收款，每日对账。"),
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
        "pingshan_museum_register", "http://6dgww.com/Article/15499568.html",
        "县博物馆 廉政风险点排查登记表, after the source's 文化市场行政执法督查制度 (文物管理案件, 暗访, 抽查, 督查内容): a title, "
        "序号/部室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 ``一级/二级/三级``/防控措施; "
        "a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    pingshan_tourism_service_centre_named_codes(),
    pingshan_culture_bureau_list(),
    pingshan_xibaipo_scenic_posts(),
    pingshan_relics_station_cards(),
    pingshan_library_group_rows(),
    pingshan_market_enforcement_list(),
    pingshan_culture_centre_selfchecks(),
    pingshan_museum_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch771-inbox"))

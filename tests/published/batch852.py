"""The eight-hundred-and-fifty-second batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 畜牧 and 山羊产业
bodies, 都安瑶族自治县 (of 河池市, 广西壮族自治区) — its 农业农村局, 畜牧水产发展中心, 动物卫生监督所,
山羊产业服务中心, 饲草料站, 动物疫病预防控制中心 and its 乡镇畜牧兽医站 (高岭镇, 地苏镇) — each handing back
the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 农业农村局's 一览表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``一级/二级/三级``, no type
  column, an 制表/审核 line;
- the 畜牧水产发展中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, ``风险类型`` (``…风险``), 高/中/低; no
  names;
- the 动物卫生监督所's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` and a merged 工作职责 line,
  ``★★★/★★/★`` read by a ``注：`` line — AS BUILT with each card's post and name in each other's
  cells (``姓　名 | 所长 | 职　务 | 覃淇骞``, a slip of ours the measurement found; kept as measured, the
  truth corrected to the holder the card means);
- the 山羊产业服务中心's 责任清单 under GROUP ROWS ``一、中心领导`` … (no 科室 column), ``岗位 | 姓名``
  merged per person, ``一级风险/二级风险/三级风险``;
- the 饲草料站's 自查表, one sheet a person: a label row ``姓　名 | 所在股室 | 岗　位 | 填表时间`` over a
  row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``;
- the 高岭镇畜牧兽医站's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on EVERY
  row, short types, ``高风险/中风险/低风险``;
- the 动物疫病预防控制中心's 一览表 in TWO SHEETS ``中心领导`` (``姓名 | 职务 | 分管工作`` merged per
  leader) and ``科室`` (``科室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``.

One is harder:

- ``duan_dixu_station_concurrent_posts``: the 地苏镇畜牧兽医站's 岗位廉政风险点排查表, a POST-ONLY list
  (``序号 | 岗位 | 廉政风险点 | 风险等级 | 防控措施``, ``岗位`` merged per post, 一级/二级/三级, no 姓名
  column) of six posts — 站长, 副站长, 出纳, 检疫员, 报账员, 防疫员 — and under it, past an empty row and a
  caption ``本站人员及分工``, a small STAFF TABLE ``序号 | 姓名 | 职务 | 备注`` of only FOUR people: the
  站长, a ``副站长兼出纳``, a ``检疫员兼报账员`` and a 防疫员. Two of the list's posts (出纳, 报账员) have no
  row of their own in the staff table: their holder is written only as the SECOND HALF of another
  person's 职务 (``…兼出纳``), so the 出纳's points are those of the 副站长 潘隽湫 and the 报账员's those of the
  检疫员 覃翊瑭.
  The README's 读得懂的表 knows a post-only list resolved by a staff table or a roster line (one person
  a post), a vacant post's holder cell naming who acts for it (``空缺（由…代管）``, ``暂由…兼任``), ``张三
  （兼）`` as one person and ``主岗 | 兼岗`` cells; it does not describe a staff table whose 职务 cell
  names TWO posts joined by ``兼`` (``副站长兼出纳``), the second a post of the list that no other row
  of the staff table holds.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a county's 黑山羊 产业 — 标准化圈舍,
“民办公助”, 财政补助 “一卡通” 直补, “送羊返羊”; a 省 奶山羊 扶持政策 — 养殖小区 财政补贴, 防疫队伍建设;
a 省 草原畜牧 项目 — 标准化草场, 牲畜棚圈, 打贮草基地 补助标准; a 粮改饲 试点 — 青贮 收贮 补助, 实施主体;
a 病死猪 无害化处理 补助资金 公示; a 市 农业农村局 “双随机、一公开” 抽查计划 — 种畜禽, 屠宰, 兽药使用;
饲料添加剂 生产许可 管理办法; 动物 申报检疫 的时限) and the layout follows their words for the unit,
its parts, its posts and its risks. The rows are worded by us, the names invented (the rare
surnames 潘 and 覃 with rare given names); every unit is a body of 都安瑶族自治县.

Run ``python tests/published/score.py --set batch852`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a staff-table 职务 ``副站长兼出纳`` makes that person the holder of BOTH posts:
  the 副站长's points and the 出纳's points are his, as two forms (one form a holder/post, as a
  person acting for a vacant post is); a 职务 of one post makes its person that post's holder; the
  staff table, its caption, its ``备注`` (``官方兽医``) and the ``注：`` line are no points; the station
  has no 科室 (its posts are the station's own);
- ``局领导``, ``中心领导``, ``站领导`` (a 科室 cell, a group row, a 部门 or 所在股室 cell) are the 科室 of those leaders; the 动物疫病预防
  控制中心's leaders (sheet ``中心领导``, no 科室 column) and the cards' 所长 and 官方兽医 have no 科室; a 局's
  股/科, a 中心's 科/股 and a 站's 股 are 科室;
- 局长, 副局长, 主任, 副主任 of a 中心, 所长, 副所长, 站长, 副站长 are leaders; 股长, 科长 middle; the rest
  (股员, 科员, 会计, 出纳, 报账员, 检疫员, 防疫员, 技术员, 官方兽医, 保管员) general;
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

PREFIX = "b852_"
PLACE = "都安瑶族自治县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
BOTH = "兼"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# (岗位, tier, [(廉政风险点, 风险等级, 防控措施)])
STATION_POSTS = [
    ("站长", "leader", [
        ("山羊养殖补贴对象核实把关不严，优亲厚友", "一级", "补贴对象经村委会评议、站务会审核，名单在村务公开栏公示。"),
        ("站年度工作经费使用个人说了算", "二级", "经费支出经站务会集体研究，每季度公开一次。"),
    ]),
    ("副站长", "leader", [
        ("强制免疫疫苗分配不按各村存栏量", "二级", "疫苗按存栏量核定分配，分配表报县动物疫病预防控制中心备案。"),
        ("村级动物防疫员考核走过场", "二级", "考核实行入户抽查，抽查结果与劳务补助挂钩。"),
    ]),
    ("出纳", "general", [
        ("村级防疫员劳务补助截留、迟发", "一级", "劳务补助一律通过“一卡通”直发本人账户。"),
        ("现金日记账登记不及时，账款不符", "三级", "现金日清月结，站长每月盘点签字。"),
    ]),
    ("检疫员", "general", [
        ("产地检疫不到现场，不检疫就出证", "一级", "检疫全程留影像资料，电子出证系统实时上传。"),
        ("收受养殖户、羊贩子财物，放宽检疫", "二级", "签订廉洁承诺书，公开监督举报电话。"),
    ]),
    ("报账员", "general", [
        ("报账凭证审核不严，虚列支出", "二级", "报账单据经办人、证明人、审批人三签，按月报乡镇财政所。"),
    ]),
    ("防疫员", "general", [
        ("免疫档案弄虚作假，虚报免疫数量", "二级", "免疫档案与耳标佩戴情况逐户核对。"),
        ("疫苗出入库不登记，私自处置", "三级", "疫苗出入库双人登记，冷链设备专人管理。"),
    ]),
]  # fmt: skip

# the staff table: (姓名, 职务, 备注) — two 职务 name two posts joined by 兼
STAFF = [
    ("覃曌岐", "站长", None),
    ("潘隽湫", "副站长兼出纳", None),
    ("覃翊瑭", "检疫员兼报账员", "官方兽医"),
    ("潘璞滢", "防疫员", None),
]


def holder_of(post: str) -> str:
    """The staff member whose 职务 names ``post`` (alone or on either side of 兼)."""
    (who,) = [w for w, duty, _ in STAFF if post in duty.split(BOTH)]
    return who


def duan_dixu_station_concurrent_posts() -> dict:
    unit = f"{PLACE}地苏镇畜牧兽医站"
    sh = _Sheet("排查表", [6, 10, 40, 9, 40])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 5)
    _line(sh, f"填报单位：{unit}{GAP * 16}2025年5月", 5)
    sh.add("序号", "岗位", "廉政风险点", "风险等级", "防控措施")
    first = len(sh.rows)
    n = 0
    for post, tier, points in STATION_POSTS:
        who = holder_of(post)
        for point, lv, measures in points:
            n += 1
            sh.add(n, post, point, lv, measures)
            t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add()
    _line(sh, "本站人员及分工", 5)
    sh.add("序号", "姓名", "职务", "备注", None)
    for i, (who, duty, note) in enumerate(STAFF, 1):
        sh.add(i, who, duty, note, None)
    _line(sh, "注：风险等级分为一级、二级、三级，一级为最高。", 5)
    sh.add("站长（签字）：", None, None, "2025年5月", None)
    return _layout(
        "duan_dixu_station_concurrent_posts", "https://guangfuqiang.com/tndb/a1260890.html",
        "(harder) 镇畜牧兽医站 岗位廉政风险点排查表, after the source's 奶山羊 扶持政策 (养殖小区 财政补贴, 防疫队伍建设): "
        "a title, a 填报单位 line, a POST-ONLY list 序号/岗位 merged per post/廉政风险点/风险等级 ``一级/二级/三级``/"
        "防控措施 of six posts, no 姓名 column; under it, past an empty row and a caption ``本站人员及分工``, a staff "
        "table 序号/姓名/职务/备注 of FOUR people whose 职务 cells include ``副站长兼出纳`` and ``检疫员兼报账员``: "
        "the 出纳 and 报账员 are held concurrently and named nowhere else; a ``注：`` line and a 站长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def duan_agri_bureau_list() -> dict:
    unit = f"{PLACE}农业农村局"
    sh = _Sheet("一览表", [6, 14, 9, 9, 40, 9, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "潘岷笙", "leader", "畜牧产业项目资金安排个人说了算", "一级",
         "项目资金安排经局党组会集体研究，结果公开。"),
        ("局领导", "副局长", "覃骁湛", "leader", "“双随机”抽查对象和检查人员指定，不按随机抽取", "二级",
         "抽查对象和执法人员由系统随机抽取，抽查结果公示。"),
        ("畜牧兽医股", "股长", "潘泓翥", "middle", "种畜禽生产经营许可审查放宽条件", "一级",
         "许可材料两人审查、现场核查，审查意见存档。"),
        ("畜牧兽医股", "股长", "潘泓翥", "middle", "规模养殖场兽药使用检查发现问题不处理", "二级",
         "检查记录一户一档，问题整改销号管理。"),
        ("畜牧兽医股", "股员", "覃苡檠", "general", "畜禽屠宰企业监督检查走过场", "二级",
         "检查实行两人以上，检查结果录入监管平台。"),
        ("计划财务股", "会计", "潘昶翎", "general", "项目资金拨付单据审核不严", "三级",
         "资金拨付凭项目验收报告和公示材料，三级审核。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for i, (dept, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(i, dept, post, who, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "duan_agri_bureau_list", "http://snyncj.zaozhuang.gov.cn/zwgk/tzgg/202509/t20250904_2149243.html",
        "县农业农村局 岗位廉政风险防控一览表, after the source's 农业农村局 “双随机、一公开” 抽查计划 (种畜禽生产经营, "
        "畜禽养殖 兽药使用, 畜禽屠宰 监督检查, 抽查比例): a title, 序号/科室 merged/岗位 and 姓名 merged per person/"
        "廉政风险点/风险等级 ``一级/二级/三级``/防控措施; no type column; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def duan_husbandry_centre_posts() -> dict:
    unit = f"{PLACE}畜牧水产发展中心"
    sh = _Sheet("排查表", [6, 14, 10, 40, 14, 8, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "科室", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "饲料、饲料添加剂生产企业许可初审打招呼", "外部环境风险", "高",
         "初审意见集体研究，申请材料和现场审核记录存档。"),
        ("饲料兽药股", "股长", "middle", "饲料质量监督抽检样品选择有倾向", "岗位职责风险", "中",
         "抽检企业随机确定，抽样两人以上并当场封样。"),
        ("饲料兽药股", "技术员", "general", "抽检不合格结果不按时通报", "业务流程风险", "中",
         "抽检结果按规定时限上报并公开。"),
        ("畜牧技术推广股", "股长", "middle", "良种羊推广项目实施主体确定暗箱操作", "制度机制风险", "高",
         "实施主体公开申报、评审，结果公示。"),
        ("畜牧技术推广股", "技术员", "general", "技术培训签到造假，虚报培训人数", "思想道德风险", "低",
         "培训现场拍照签到，学员名单抽查回访。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, "2025年3月", None)
    return _layout(
        "duan_husbandry_centre_posts",
        "http://35331.cn/lhs_ub6k2hlq3gbkg8ygp8lq3gbkg8yu4klpzglkub6k2hn4vfjbrlkgkvrltof5mx2k3dlhx01401e01c01c01gfserky_1.html",
        "县畜牧水产发展中心 岗位廉政风险点排查表 对岗不对人, after the source's 饲料添加剂和添加剂预混合饲料 生产许可证 "
        "管理办法 (申请, 审核, 现场审核, 监督检查): a title, 序号/科室 merged/岗位 merged per post/廉政风险点/"
        "风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def duan_animal_health_cards() -> dict:
    unit = f"{PLACE}动物卫生监督所"
    t = _Truth(unit)
    cards = [
        ("所长", "覃淇骞", "所长", "主持全所工作，分管动物检疫", "leader", [
            ("检疫申报点设置和官方兽医派驻个人决定", "★★★", "申报点设置和派驻人员经所务会研究，定期轮换。"),
            ("对违规出具检疫证明的问题包庇不查", "★★★", "检疫出证情况每月抽查通报。"),
            ("接受屠宰企业宴请", "★", "严守中央八项规定精神，节前廉洁提醒。"),
        ]),
        ("官方兽医", "潘翕霈", "官方兽医", "驻场检疫、检疫出证", "general", [
            ("未按申报时限到场检疫即出具检疫证明", "★★", "检疫申报、受理、出证全程电子留痕。"),
            ("倒卖、出借动物卫生证章标志", "★★★", "证章标志专柜管理，领用登记核销。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 36, 12, 36])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        # as built and measured, each card has its values in each other's cells: the post under
        # ``姓　名`` and the name under ``职　务`` (a slip of ours; the sheets are kept as measured,
        # the truth is the holder the card means)
        sh.add("姓　名", post, "职　务", who)
        r = sh.add("工作职责", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "duan_animal_health_cards",
        "https://www.zhetiaohe.com/ss/fea73b71e13fd53a26f81d8ab1907eaa9c0ac12fb41d452050b999e70b6961e91df0bd59d9091b4d7e270146a6bd0c8ae4a2704ea26463d50757bf0e9a803214.html",
        "县动物卫生监督所 岗位廉政风险防控卡, one sheet a person (tabs named by post), after the source's page on 出售、运输"
        "动物产品 提前申报检疫 (申报时限, 检疫证明): a title, ``姓　名 | … | 职　务 | …`` and a merged 工作职责 line, "
        "then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）. AS BUILT (a slip "
        "of ours found by the measurement, kept): each card's post stands in the 姓名 cell and the name in the "
        "职务 cell (``姓　名 | 所长 | 职　务 | 覃淇骞``); the truth is the holder the card means",
        sheets, t,
    )  # fmt: skip


def duan_goat_centre_group_rows() -> dict:
    unit = f"{PLACE}山羊产业服务中心"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "覃砚澂", "leader", [
                ("标准化羊舍建设补助验收标准放宽", "一级风险", "验收由中心、乡镇、村三方参加，验收结果公示。"),
                ("“送羊返羊”种羊采购指定供应商", "一级风险", "种羊采购进入县公共资源交易中心公开采购。"),
            ]),
        ]),
        ("二、产业发展股", "产业发展股", [
            ("股长", "潘珣罡", "middle", [
                ("财政补助资金“一卡通”发放名单审核不严", "二级风险", "发放名单与养殖台账、存栏核查表逐户比对。"),
            ]),
            ("技术员", "覃璐岑", "general", [
                ("山羊存栏核查不入户，数据照抄", "二级风险", "存栏核查实行入户拍照、耳标登记。"),
                ("种羊返还登记不实", "三级风险", "返羊登记经村委会签字确认。"),
            ]),
        ]),
        ("三、综合股", "综合股", [
            ("会计", "潘赜渊", "general", [
                ("项目资金支付凭证不全即拨付", "二级风险", "凭验收报告、公示材料和审批单支付。"),
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
        "duan_goat_centre_group_rows", "https://ke256.com/articles/740f21971l0.html",
        "县山羊产业服务中心 廉政风险防控责任清单, after the source's 黑山羊 养殖产业 (标准化圈舍, “民办公助” 竣工验收, "
        "财政补助 “一卡通” 直补, “送羊返羊”): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/"
        "防控措施 under GROUP ROWS ``一、中心领导``, ``二、产业发展股``, ``三、综合股`` merged across; 岗位 and 姓名 "
        "merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def duan_forage_station_selfchecks() -> dict:
    unit = f"{PLACE}饲草料站"
    t = _Truth(unit)
    people = [
        ("覃霁骢", "站领导", "站长", "leader", [
            ("打贮草基地建设补助对象确定不公开", "Ⅰ级", "补助对象公开申报，评审结果公示。", "已落实"),
            ("牧草机具购置补助验收把关不严", "Ⅱ级", "机具验收核对铭牌编号并拍照存档。", "未发现问题"),
        ]),
        ("潘鹍晔", "草原监理股", "技术员", "general", [
            ("草地整理面积测量不实，多报亩数", "Ⅰ级", "面积测量用卫星定位复核，两人签字。", "已落实"),
            ("围栏设施验收不到现场", "Ⅱ级", "验收到现场拍照，验收记录存档。", "已落实"),
        ]),
        ("覃翚珩", "综合股", "保管员", "general", [
            ("草种、肥料出入库登记不实", "Ⅲ级", "出入库双人签字，每季度盘点。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在股室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "站长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "duan_forage_station_selfchecks", "http://wap.pig66.com/p-1437-16162856-1.html",
        "县饲草料站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 草原畜牧 "
        "示范项目 (标准化草场 围栏封育, 地面处理, 牧草机具购置, 户营打贮草基地 补助标准): a title, a label row "
        "``姓　名 | 所在股室 | 岗　位 | 填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/"
        "防控措施/``自查情况``; no type column; ``本人签名： | 站长意见：``",
        sheets, t,
    )  # fmt: skip


def duan_gaoling_station_list() -> dict:
    unit = f"{PLACE}高岭镇畜牧兽医站"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 36])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "潘澔岫", "leader", "粮改饲青贮收贮补助实施主体认定不实", "制度机制", "高风险",
         "实施主体条件公开，认定结果在乡镇政务公开栏公示。"),
        ("站领导", "站长", "潘澔岫", "leader", "青贮收贮量核验不到场", "岗位职责", "中风险",
         "收贮量由站、村两级现场核验并拍照。"),
        ("防疫股", "股长", "覃郗瑢", "middle", "规模羊场强制免疫“先打后补”核验不严", "业务流程", "高风险",
         "补助核验对照免疫记录和疫苗采购票据。"),
        ("防疫股", "防疫员", "潘鋆翊", "general", "免疫耳标发放不登记", "业务流程", "中风险",
         "耳标领用台账逐户登记。"),
        ("综合股", "报账员", "覃嵘琚", "general", "防疫经费报账单据不全", "外部环境", "低风险",
         "报账单据按月送乡镇财政所审核。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "duan_gaoling_station_list", "https://soolun.net/periodical/1ed93cd6f1c3d5c52b96de70cff10fe8.html",
        "镇畜牧兽医站 岗位廉政风险防控一览表, after the source's 粮改饲 试点项目 (优质饲草料 收贮, 青贮, 补助对象, 实施主体): "
        "``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 written on EVERY row/"
        "廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/站长（签字） line",
        [sh], t,
    )  # fmt: skip


def duan_disease_control_two_sheets() -> dict:
    unit = f"{PLACE}动物疫病预防控制中心"
    t = _Truth(unit)
    lead = _Sheet("中心领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}中心领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("潘柘澜", "主任", "主持全面工作", [
            ("病死畜禽无害化处理补助资金审核把关不严", "一级", "补助资金按处理量核定，名单公示七天。"),
            ("疫苗采购需求设置倾向性条款", "一级", "采购需求集体研究，进入政府采购平台。"),
        ]),
        ("覃鹓笛", "副主任", "分管疫病监测", [
            ("疫病监测采样数量弄虚作假", "二级", "采样单与实验室接样记录逐份核对。"),
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
        ("防疫科", "科长", "潘燊雩", "middle", "无害化处理量核查不到收集点", "一级", "核查到收集点，称重记录拍照存档。"),
        ("防疫科", "科长", "潘燊雩", "middle", "疫苗出库分配不按各乡镇申报量", "二级", "分配表经中心集体研究。"),
        ("防疫科", "科员", "覃彧瑾", "general", "疫苗冷链运输记录补记", "三级", "冷链温度自动记录，每月检查。"),
        ("检测室", "科长", "潘栩霂", "middle", "检测报告数据改动", "二级", "检测报告双人复核签字。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "duan_disease_control_two_sheets", "http://www.yingcheng.gov.cn/c/ycsncnyj/snbt3/354734.jhtml",
        "县动物疫病预防控制中心 廉政风险防控一览表 in TWO SHEETS, after the source's 养殖环节病死猪无害化处理补助资金 公示 "
        "(处理量, 中央和省级补助标准, 收集公司): sheet 中心领导 with 姓名/职务/分管工作 merged per leader, sheet 科室 with "
        "科室 merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    duan_dixu_station_concurrent_posts(),
    duan_agri_bureau_list(),
    duan_husbandry_centre_posts(),
    duan_animal_health_cards(),
    duan_goat_centre_group_rows(),
    duan_forage_station_selfchecks(),
    duan_gaoling_station_list(),
    duan_disease_control_two_sheets(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch852-inbox"))

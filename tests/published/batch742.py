"""The seven-hundred-and-forty-second batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one coastal city's
海洋渔业 and 港口 bodies, 东港市 (of 丹东市, 辽宁省) — its 海洋与渔业局, 渔政执法大队, 港航服务中心,
水产技术推广站, 渔业船舶检验站, 海域使用动态监管中心, 渔港监督站 and 渔船管理服务中心 — each handing back
the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 渔政执法大队's 一览表: ``中队`` merged, ``岗位 | 姓名`` merged per person, ``风险类型`` (short
  names), ``一级/二级/三级``;
- the 港航服务中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 水产技术推广站's 自查表, one sheet a person: a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间`` over
  a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 渔业船舶检验站's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` and a merged 岗位职责
  line, ``★★★/★★/★`` read by a ``注：`` line;
- the 海域使用动态监管中心's 责任清单 under GROUP ROWS ``一、中心领导`` … merged across (no 科室
  column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 渔港监督站's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``科室 | 岗位 | 责任人`` on EVERY row,
  short types, ``高风险/中风险/低风险``;
- the 渔船管理服务中心's 一览表 in TWO SHEETS ``中心领导``/``科室``, ``一级/二级/三级``, no type column, a
  ``注：`` line.

One is harder:

- ``donggang_ocean_fishery_bureau_holder_level_ticks``: the 海洋与渔业局's 领导班子成员廉政风险等级评定表,
  ONE ROW A POINT (``序号 | 廉政风险点 | … | 防控措施``) and a THREE-ROW heading: ``责任人及风险等级（在本人
  对应等级下打√）`` merged across all the holders' columns, under it one BAND A HOLDER (``局长⏎酆某某``
  merged across three columns), under each band ``高 | 中 | 低``; a row ticks under every holder whose
  point it is, in the column of THAT holder's level — so one row is a point of one to three holders,
  each at his own level (a point 高 for one holder may be 中 for another). The README's 读得懂的表
  knows ``高 | 中 | 低`` ticks as the row's one level, type bands over ``高 | 中 | 低`` ticks, holders
  across with one tick each (no level), holders across under ``风险等级`` with the level WORD in each
  holder's cell, and bands of ``风险点 | 等级`` per holder; it does not describe holder bands over
  ``高 | 中 | 低`` tick columns where the tick gives both the holder and his level.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (渔政执法能力建设 — 机构职责, 执法
监管, 捕捞许可; 渔港经营管理 — 港章, 渔港经营许可证, 安全管理责任书; 渔业补贴窝案 — 虚报渔船功率,
注销渔船申领油补; 海水养殖 — 种业, 养殖池塘改造, 尾水治理; 海域使用管理 — 禁养区, 非法养殖清理,
执法巡航; 海洋渔业领域扫黑除恶 — 渔港, 执法船只, 线索摸排; 东港 渔船维稳 — 越界捕捞, 船主船长
约谈) and the layout follows their words for the unit, its parts, its posts and its risks. The rows
are worded by us, the names invented (the rare surnames 酆 and 逯 with rare given names); every
unit is a body of 东港市.

Run ``python tests/published/score.py --set batch742`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file every ``√`` makes the row's point a point of the holder of its band (post and
  name from the band's merged ``post⏎name`` cell), at the level of the sub-column it stands in; one
  form a holder, no 科室 (the table names none); ``防控措施`` names no holder; the ``注：`` line and the
  填表/审核 line are no points;
- ``局领导``, ``中心领导``, ``站领导``, ``大队领导`` (a 科室/中队 cell, a group row, a sheet) are the 科室 of
  those leaders where written, none where the sheet names none; a 中队 and a 科/股 are 科室;
- 局长, 副局长, 大队长, 副大队长, 主任, 副主任 (of a 中心), 站长, 副站长 are leaders; 中队长, 科长, 股长
  middle; the rest (执法队员, 检验员, 会计, 技术员, 监管员, 港监员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``岗位职责``, ``自查情况`` and ``填表时间`` are no
  points and name no holder; the 港航服务中心's list names no person: its forms are posts;
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

PREFIX = "b742_"
PLACE = "东港市"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
TICK = "√"
BANDS = ("高", "中", "低")


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# the 班子成员 across, one band of 高|中|低 each: (post, name)
LEADERS = [("局长", "酆蓼汀"), ("副局长", "逯葭澥"), ("副局长", "酆苕渚"), ("副局长", "逯芰泖")]

# (廉政风险点, the level under each of LEADERS (None: no tick), 防控措施)
SHARED = [
    ("渔港建设、增殖放流等项目招投标中打招呼、定中标人", ("高", "中", None, None),
     "项目一律进入市公共资源交易中心，局党组集体研究。"),
    ("渔船建造、更新改造指标审批违规放宽条件", ("中", "高", None, None),
     "指标审批实行科室初审、分管领导审核、局务会审定。"),
    ("渔业油价补贴资金核定不严，为注销渔船申领补贴", (None, "高", "中", None),
     "补贴对象与渔船数据库逐船比对，名单公示。"),
    ("海域使用权审批和养殖证发放优亲厚友", ("中", None, None, "高"),
     "海域使用申请按程序公示，审批结果公开。"),
    ("渔港经营许可和港章审查走过场", (None, None, "高", None), "许可审查邀请港航服务中心会审。"),
    ("执法案件说情、干预，降格处理越界捕捞案件", ("高", "中", None, "低"),
     "落实干预执法案件记录报告制度，案件集体审理。"),
    ("接受渔船主、养殖业户宴请和礼品礼金", ("低", None, "低", None), "签订廉洁从政承诺书，节前廉洁提醒。"),
]  # fmt: skip


def donggang_ocean_fishery_bureau_holder_level_ticks() -> dict:
    unit = f"{PLACE}海洋与渔业局"
    n = len(LEADERS)
    ncols = 2 + 3 * n + 1
    sh = _Sheet("班子成员", [6, 40] + [4.5] * (3 * n) + [36])
    t = _Truth(unit)
    _line(sh, f"{unit}领导班子成员廉政风险等级评定表", ncols)
    _line(sh, f"填报单位：{unit}{GAP * 20}2025年5月", ncols)
    top = sh.add("序号", "廉政风险点", "责任人及风险等级（在本人对应等级下打√）",
                 *([None] * (3 * n - 1)), "防控措施")  # fmt: skip
    band = [None] * ncols
    for j, (post, who) in enumerate(LEADERS):
        band[2 + 3 * j] = f"{post}\n{who}"
    sh.add(*band)
    sh.add(None, None, *(BANDS * n), None)
    for c in (0, 1, ncols - 1):
        sh.merge(top, c, top + 2, c)
    sh.merge(top, 2, top, 1 + 3 * n)
    for j in range(n):
        sh.merge(top + 1, 2 + 3 * j, top + 1, 4 + 3 * j)
    for i, (point, levels, measures) in enumerate(SHARED, 1):
        cells = []
        for lv in levels:
            cells += [TICK if lv == b else None for b in BANDS]
        sh.add(i, point, *cells, measures)
    for j, (post, who) in enumerate(LEADERS):
        for point, levels, _measures in SHARED:
            if levels[j]:
                t.point(sh.name, "", post, who, "leader", point, [], HML[levels[j]])
    _line(
        sh,
        "注：风险等级由班子成员本人对照分管工作评定，在本人对应等级下打“√”，不涉及的不打。",
        ncols,
    )
    sh.add("填表：", None, "审核：", *([None] * (3 * n - 2)), "局长（签字）：", None)
    return _layout(
        "donggang_ocean_fishery_bureau_holder_level_ticks", "http://51xmqy.com/article-89-1.html",
        "(harder) 市海洋与渔业局 领导班子成员廉政风险等级评定表, after the source's 渔政执法能力建设 指导意见 (机构职责, "
        "执法监管, 涉外渔业管理, 渔业资源管理): a title, a 填报单位/date line, then a THREE-ROW heading: 序号/廉政风险点/"
        "防控措施 merged down, ``责任人及风险等级（在本人对应等级下打√）`` merged across twelve columns, under it one band "
        "a holder (``局长⏎酆蓼汀`` … merged across three columns), under each band ``高 | 中 | 低``; ONE ROW A POINT with "
        "``√`` under every holder whose point it is, in the column of HIS level (one to three holders a row, levels "
        "differing by holder); no type column; a ``注：`` line and a 填表/审核/局长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def donggang_fishery_enforcement_brigade_list() -> dict:
    unit = f"{PLACE}渔政执法大队"
    sh = _Sheet("一览表", [6, 12, 10, 10, 38, 12, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "中队", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("大队领导", "大队长", "逯蒹岙", "leader", [
            ("重大渔业违法案件处罚决定不经集体审理", "制度机制", "一级", "重大案件提交案审会集体审理。"),
            ("执法船艇燃油、维修费用审批把关不严", "业务流程", "二级", "船艇油料按航次核定，维修三家比价。"),
        ]),
        ("海上执法中队", "中队长", "酆舻澄", "middle", [
            ("海上巡查发现越界捕捞、涉外渔船不依法查处", "岗位职责", "一级", "巡航全程执法记录仪记录，航迹存档。"),
            ("伏季休渔期间对违规出海渔船放任不管", "思想道德", "一级", "休渔期港口和海上巡查双人双岗。"),
        ]),
        ("海上执法中队", "执法队员", "逯楫岚", "general", [
            ("扣押的渔具、渔获物不登记，私自处置", "业务流程", "二级", "扣押物品当场清点，入库登记拍照。"),
        ]),
        ("港口检查中队", "中队长", "酆澥苒", "middle", [
            ("进出港检查中收受船主好处，放行证书不全渔船", "外部环境", "一级", "进出港检查两人以上，检查记录留存。"),
            ("“三无”船舶清理取缔走过场", "岗位职责", "三级", "清理台账逐船销号，定期抽查。"),
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
    sh.add("编制：综合办公室", None, None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "donggang_fishery_enforcement_brigade_list",
        "https://zh.m.wikisource.org/zh-hant/%E5%86%9C%E4%B8%9A%E5%86%9C%E6%9D%91%E9%83%A8%E5%85%B3%E4%BA%8E%E5%8A%A0%E5%BC%BA%E6%B8%94%E6%94%BF%E6%89%A7%E6%B3%95%E8%83%BD%E5%8A%9B%E5%BB%BA%E8%AE%BE%E7%9A%84%E6%8C%87%E5%AF%BC%E6%84%8F%E8%A7%81",
        "市渔政执法大队 岗位廉政风险防控一览表, after the source's 农业农村部 关于加强渔政执法能力建设的指导意见 (渔政执法"
        "机构, 执法船艇, 涉外渔业, 伏季休渔): a title, 序号/中队 merged/岗位 and 姓名 merged per person/廉政风险点/风险类型 "
        "(short names)/风险等级 ``一级/二级/三级``/防控措施; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def donggang_port_shipping_center_posts() -> dict:
    unit = f"{PLACE}港航服务中心"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "港口岸线使用审核", "港口岸线使用申请审核中为关系企业开绿灯",
         "制度机制风险", "高", "岸线使用审核经中心办公会集体研究。"),
        ("港政科", "科长", "middle", "渔港经营许可", "渔港经营许可证核发降低条件，收受经营者好处",
         "岗位职责风险", "高", "许可条件公开，审查结果公示。"),
        ("港政科", "科长", "middle", "港章审查", "渔港《港章》修订审查把关不严", "业务流程风险", "中",
         "港章审查会签，报市局备案。"),
        ("港政科", "港监员", "general", "港口安全检查", "安全检查走过场，对隐患不督促整改",
         "岗位职责风险", "中", "检查清单化，隐患整改闭环销号。"),
        ("计划财务科", "会计", "general", "港口设施维护资金", "维护资金支出凭证审核不严，虚列支出",
         "业务流程风险", "中", "资金支出经办、审核、审批三签。"),
        ("计划财务科", "会计", "general", "靠泊费收取", "靠泊费收取不开票据，截留坐支",
         "思想道德风险", "低", "收费统一开具票据，日清月结。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合科", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "donggang_port_shipping_center_posts", "http://bbwfish.com/article.asp?artid=94818",
        "市港航服务中心 岗位廉政风险点排查表 对岗不对人, after the source's 渔港经营管理 (港章修订, 渔港经营管理责任书, "
        "渔港安全管理责任书, 渔业港口经营许可证): a title, 序号/科室 merged/岗位 merged per post/a short 风险点/a long "
        "风险表现/风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def donggang_aquatic_extension_station_selfchecks() -> dict:
    unit = f"{PLACE}水产技术推广站"
    t = _Truth(unit)
    people = [
        ("逯荻沄", "站领导", "站长", "leader", [
            ("水产良种场建设项目验收把关不严", "Ⅰ级", "项目验收邀请第三方参加，验收资料存档。", "已落实"),
            ("养殖池塘标准化改造项目申报审核不实", "Ⅰ级", "申报材料实地核查，名单公示。", "已落实"),
        ]),
        ("酆菰澂", "技术推广科", "技术员", "general", [
            ("尾水治理设施补助面积核定虚高", "Ⅱ级", "面积测量双人到场，现场拍照留存。", "未发现问题"),
            ("向养殖户推销指定苗种、渔药", "Ⅰ级", "签订承诺书，公开举报电话。", "已落实"),
        ]),
        ("逯蕖峣", "病害防治科", "技术员", "general", [
            ("水产苗种产地检疫出证不现场查验", "Ⅱ级", "检疫实行现场查验，检疫记录可追溯。", "已落实"),
            ("病害测报数据弄虚作假", "Ⅲ级", "测报数据月度抽查比对。", "未发现问题"),
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
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "站长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "donggang_aquatic_extension_station_selfchecks", "http://sd.taxs.vip/news/view.html?id=33655",
        "市水产技术推广站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 区海洋发展和"
        "渔业局 (种业, 健康养殖, 养殖池塘标准化改造, 尾水治理): a title, a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间`` "
        "over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 站长意见：``",
        sheets, t,
    )  # fmt: skip


def donggang_vessel_inspection_station_cards() -> dict:
    unit = f"{PLACE}渔业船舶检验站"
    t = _Truth(unit)
    cards = [
        ("站长", "酆篷澜", "站长", "主持全站工作，审签渔船检验证书", "leader", [
            ("渔船检验证书审签不核对检验记录", "★★★", "证书审签前核对检验原始记录。"),
            ("为虚报主机功率的渔船出具检验证书", "★★★", "主机功率现场核验铭牌和台架试验报告。"),
            ("接受船厂、船主宴请", "★", "严守中央八项规定精神。"),
        ]),
        ("检验员", "逯艄霓", "检验员", "渔船建造和营运检验", "general", [
            ("建造检验不到场，凭照片出具检验报告", "★★★", "关键节点检验全程记录，站长抽查。"),
            ("已注销渔船检验记录不及时销档", "★★", "注销渔船每月与渔船数据库比对销档。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
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
        "donggang_vessel_inspection_station_cards", "https://sxsfhsy.com/post/6771.html",
        "市渔业船舶检验站 岗位廉政风险防控卡, one sheet a person, after the source's 宁波渔业补贴窝案 (虚报渔船功率, 注销渔船"
        "仍申领油补, 渔船动态监控): a title, ``姓　名 | … | 职　务 | …`` and a merged 岗位职责 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def donggang_sea_area_center_group_rows() -> dict:
    unit = f"{PLACE}海域使用动态监管中心"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "酆渚蘅", "leader", [
                ("海域使用论证报告评审中为申请人说情", "一级风险", "评审专家随机抽取，评审意见公开。"),
                ("禁养区清理整治对关系户网开一面", "一级风险", "清理名单公示，逐户销号。"),
            ]),
        ]),
        ("二、监测科", "监测科", [
            ("科长", "逯澥菡", "middle", [
                ("海域动态监视监测发现违法用海不上报", "二级风险", "监测图斑每月汇总上报，留痕可查。"),
            ]),
            ("监管员", "酆泖芰", "general", [
                ("执法巡航记录弄虚作假", "二级风险", "巡航轨迹与记录比对。"),
                ("养殖用海界址测量数据篡改", "三级风险", "测量数据双人复核，原始数据存档。"),
            ]),
        ]),
        ("三、综合科", "综合科", [
            ("科长", "逯菰屿", "middle", [
                ("海域使用金征收台账不实", "二级风险", "征收台账与财政缴款书每季核对。"),
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
        "donggang_sea_area_center_group_rows", "http://yantai.dzwww.com/ytxw/lzs/202205/t20220507_10209337.htm",
        "市海域使用动态监管中心 廉政风险防控责任清单, after the source's 海域使用管理 (养殖用海秩序, 海水禁养区, 非法养殖清理"
        "整治, 执法巡航): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP "
        "ROWS ``一、中心领导``, ``二、监测科``, ``三、综合科`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def donggang_harbour_supervision_station_list() -> dict:
    unit = f"{PLACE}渔港监督站"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "科室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "逯蘋汐", "leader", "渔港码头泊位分配中为关系船主安排", "制度机制", "高风险",
         "泊位分配规则公开，按序安排。"),
        ("站领导", "站长", "逯蘋汐", "leader", "对渔港内涉黑涉恶线索不摸排、不移交", "岗位职责", "中风险",
         "建立线索管理台账，按时移交。"),
        ("港监科", "科长", "酆芡霁", "middle", "渔船进出港报告签证不核查船员证书", "业务流程", "高风险",
         "签证实行系统比对，证书不全不予签证。"),
        ("港监科", "港监员", "逯荇澥", "general", "渔船安全检查中收受船主财物", "思想道德", "中风险",
         "检查双人进行，检查记录船主签字。"),
        ("港监科", "港监员", "酆楫汀", "general", "渔港水域违章作业不制止、不处罚", "外部环境", "低风险",
         "港区巡查每日两次，巡查记录存档。"),
        ("综合科", "会计", "逯篷沚", "general", "渔港管理费收支不入账", "业务流程", "中风险",
         "收费全部纳入单位账户核算。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "donggang_harbour_supervision_station_list", "http://www.dongyingnews.cn/topic/system/2020/06/13/010734463.shtml",
        "市渔港监督站 岗位廉政风险防控一览表, after the source's 海洋渔业领域 扫黑除恶专项斗争 (渔港, 执法船只, 线索摸排, "
        "线索管理台账): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/科室/岗位/责任人 written on "
        "EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/站长（签字） line",
        [sh], t,
    )  # fmt: skip


def donggang_vessel_service_center_two_sheets() -> dict:
    unit = f"{PLACE}渔船管理服务中心"
    t = _Truth(unit)
    lead = _Sheet("中心领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}中心领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("酆舻汐", "主任", "主持全面工作", [
            ("渔船北斗终端、AIS设备采购指定品牌", "一级", "设备采购进入政府采购平台。"),
            ("渔船维稳约谈中对重点船主通风报信", "二级", "约谈名单和记录专人保管。"),
        ]),
        ("逯苕霂", "副主任", "分管渔船登记、安全", [
            ("渔船登记、过户审核不严", "一级", "登记材料两人审核，系统留痕。"),
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
        ("登记科", "科长", "酆蒹屿", "middle", "为不符合条件的渔船办理船名号核定", "一级",
         "船名号核定按指标管理，结果公示。"),
        ("登记科", "科员", "逯葭昶", "general", "渔船所有权登记材料审核走过场", "二级", "登记材料交叉复核。"),
        ("安全科", "科长", "酆芰岑", "middle", "渔船安全检查发现越界作业隐患不上报", "二级",
         "检查结果每周汇总上报，重点船只挂牌督办。"),
        ("安全科", "科员", "逯澥蕖", "general", "船员培训考试替考、放水", "三级", "考试全程录像，人证比对。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    _line(dept, "注：风险等级分为一级、二级、三级，一级为最高。", 7)
    return _layout(
        "donggang_vessel_service_center_two_sheets", "https://www.800d1.com/yangzhixinwen/146330.html",
        "市渔船管理服务中心 廉政风险防控一览表 in TWO SHEETS, after the source's 东港市 渔船维稳工作会议 (越入他国海域捕捞, "
        "海上信息提示系统, 船主船长约谈, 保管责任制): sheet 中心领导 with 姓名/职务/分管工作 merged per leader, sheet 科室 with "
        "科室 merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column; a "
        "``注：`` line",
        [lead, dept], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    donggang_ocean_fishery_bureau_holder_level_ticks(),
    donggang_fishery_enforcement_brigade_list(),
    donggang_port_shipping_center_posts(),
    donggang_aquatic_extension_station_selfchecks(),
    donggang_vessel_inspection_station_cards(),
    donggang_sea_area_center_group_rows(),
    donggang_harbour_supervision_station_list(),
    donggang_vessel_service_center_two_sheets(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch742-inbox"))

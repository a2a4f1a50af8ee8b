"""The eight-hundred-and-forty-fourth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's forestry and
tea bodies, 凌云县 (of 百色市, 广西壮族自治区) — its 林业局, 木材检查站, 森林防火办公室, 国有林场,
茶叶发展中心, 茶叶技术推广站, 林业技术推广中心 and a 镇 林业站 — each handing back the 一览表, 防控卡,
排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 木材检查站's 排查登记表: ``处室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别`` (short
  names), ``一级/二级/三级``, a ``注：`` line;
- the 茶叶发展中心's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on EVERY
  row, short types, ``高风险/中风险/低风险``;
- the 茶叶技术推广站's 排查表 对岗不对人: ``股室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 森林防火办公室's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` and a merged 工作职责 line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 国有林场's 责任清单 under GROUP ROWS ``一、场领导`` … (no 科室 column), ``岗位 | 姓名`` merged per
  person, ``一级风险/二级风险/三级风险``;
- the 加尤镇林业站's 自查表, one sheet a person: a label row ``姓　名 | 所在站所 | 岗　位 | 填表时间`` over a
  row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 林业技术推广中心's 一览表 in TWO SHEETS: ``中心领导`` (``姓名 | 职务 | 分管工作`` merged per leader)
  and ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column.

One is harder:

- ``lingyun_forestry_bureau_shared_rows``: the 林业局's 廉政风险点一览表, ONE ROW A POINT with ``序号 | 股室 |
  岗位 | 姓名 | 廉政风险点 | 风险等级 | 防控措施``; a point that several people share is typed ONCE, on the
  row of its first holder, and each further holder of it follows on a row of his own that carries
  only ``股室 | 岗位 | 姓名`` — no 序号, the point, level and measures cells left EMPTY (not merged, no
  ditto mark, no ``同上``); a closing ``注：风险点一栏空白的行，与上一条风险点相同，由该行人员共同承担。``
  says so. Such a row belongs to the point above it (not to the holder above it), and a holder who
  shares a colleague's point may also have points of his own elsewhere in the list. The README's
  读得懂的表 knows shared points merged down over the holders' rows, a ditto mark ``〃``, ``同上``,
  ``同序号N``, ``（下同）``, holders hanging under a point as ``├─`` tree-branch rows, a point's text
  spilling into the next rows, and a point's holder typed only where he first appears; it does not
  describe plain holder-only rows under a point, the point's cells left empty, each row one more
  holder of the point above.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 区林业局's 公益林补偿资金督察 —
补偿基金, 一卡通发放到户, 受益人与林权所有者不相符; a 市林业局 工作总结 — 林政管理, 采伐许可证, 木材放行,
木材加工企业台帐, 森林防火; a 茶产业发展专项资金 补助名单公示 — 新种植茶园, 蓄水池, 公示, 监督电话; a 现代茶业
项目 — 资金投入, 新植茶园补助, 项目单项初验, 预决算报账; a 新春走基层 on 护林员 — 留守值班, 巡山护林, 火情零报告;
a page on 护林员的职责 — 火源管理, 报告火情, 制止破坏森林资源; a 以案为鉴 on a 乡 水利林业站 工作人员 —
森林生态效益补偿, 林地四至边界调查统计表, 确权登记; a 区 退耕还林工程 国家级检查验收 — 随机抽样, 小班,
核实验收, 政策兑现, 林权证发放) and the layout follows their words for the unit, its parts, its posts
and its risks. The rows are worded by us, the names invented (the rare surnames 农 and 蓝 with rare
given names); every unit is a body of 凌云县.

Run ``python tests/published/score.py --set batch844`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a row with ``股室 | 岗位 | 姓名`` and nothing else is one more holder of the
  point typed above it (the nearest row above that has a point), with that point's level; each
  holder is one form (his own rows and the rows he shares); the ``注：`` line and the sign-off line
  are no points;
- ``局领导``, ``场领导``, ``中心领导``, ``站领导`` (a 股室 cell, a group row) are the 科室 of those leaders;
  the 推广中心's leaders (sheet ``中心领导``, no 科室 column) and the cards' holders have no 科室; a 股,
  a 室, a 组 and a 林场's 营林区 are 科室;
- every body is a unit of its own: 局长, 副局长, 站长, 场长, 副场长, 主任, 副主任 are leaders; 股长 and a
  营林区's 主任 middle; the rest (股员, 检查员, 会计, 出纳, 护林员, 技术员, 报账员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``工作职责``, ``分管工作``, ``自查情况`` and ``填表时间``
  are no points and name no holder; the 推广站's list names no person: its forms are posts;
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

PREFIX = "b844_"
PLACE = "凌云县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
NOTE = "注：风险点一栏空白的行，与上一条风险点相同，由该行人员共同承担。"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# (股室, 岗位, 姓名, tier)
BUREAU = {
    "局长": ("局领导", "局长", "农翯骢", "leader"),
    "副局长": ("局领导", "副局长", "蓝鹬珥", "leader"),
    "资源股长": ("资源管理股", "股长", "农璪翃", "middle"),
    "资源股员": ("资源管理股", "股员", "蓝翾璈", "general"),
    "营林股长": ("营林股", "股长", "农骞霙", "middle"),
    "会计": ("计划财务股", "会计", "蓝琇湉", "general"),
}

# (廉政风险点, 风险等级, 防控措施, first holder, further holders on holder-only rows)
SHARED_ROWS = [
    ("林木采伐限额分配向关系户倾斜", "一级", "采伐限额分配方案经局党组会研究，按乡镇公示。", "局长", ["副局长"]),
    ("公益林补偿资金发放名单审核不严，补偿到非林权所有者", "一级",
     "补偿名单与林权登记逐户比对，经乡镇公示后“一卡通”发放到户。", "副局长", ["资源股长", "会计"]),
    ("采伐许可证核发不到现场查验、超限额发证", "一级", "伐前现场查验双人签字，发证数据每月与限额台账核对。",
     "资源股长", []),
    ("林地四至边界调查走过场，替亲友多报面积", "二级", "调查结果村组公示，资源股随机抽查复核。", "资源股员",
     ["资源股长"]),
    ("造林补助项目验收降低标准，虚报成活面积", "二级", "验收随机抽取小班，邀请乡镇林业站交叉验收。", "营林股长",
     ["副局长"]),
    ("苗木采购指定供苗单位", "二级", "苗木采购进入公共资源交易平台。", "营林股长", []),
    ("补偿资金拨付台账与银行发放数据不一致", "三级", "每季度对账，差异说明报局长审签。", "会计", []),
]  # fmt: skip


def lingyun_forestry_bureau_shared_rows() -> dict:
    unit = f"{PLACE}林业局"
    sh = _Sheet("一览表", [6, 12, 9, 9, 40, 9, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点一览表", 7)
    _line(sh, f"填报单位：{unit}{GAP * 16}2025年6月", 7)
    sh.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    got = []
    for i, (point, lv, measures, first, more) in enumerate(SHARED_ROWS, 1):
        dept, post, who, _tier = BUREAU[first]
        sh.add(i, dept, post, who, point, lv, measures)
        got.append((first, point, lv))
        for key in more:
            dept, post, who, _tier = BUREAU[key]
            sh.add(None, dept, post, who, None, None, None)
            got.append((key, point, lv))
    # the truth one form a holder, in the order the holders first appear
    order = list(dict.fromkeys(key for key, _p, _l in got))
    for key in order:
        dept, post, who, tier = BUREAU[key]
        for k, point, lv in got:
            if k == key:
                t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    _line(sh, NOTE, 7)
    sh.add("填表人：", None, None, "审核人：", None, "局长（签字）：", None)
    return _layout(
        "lingyun_forestry_bureau_shared_rows", "https://www.dcjw.gov.cn/gzdt/qzdw/content_329397",
        "(harder) 县林业局 廉政风险点一览表, after the source's 区林业局 公益林补偿资金督察 (补偿基金, “一卡通”发放到户, "
        "受益人与林权所有者不相符, 补助面积与林权面积不符): a title, a merged 填报单位/date line, then ONE ROW A POINT "
        "``序号 | 股室 | 岗位 | 姓名 | 廉政风险点 | 风险等级 | 防控措施``; a point several people share is typed once on "
        "its first holder's row, and each further holder follows on a row that carries ONLY ``股室 | 岗位 | 姓名`` (no "
        "序号, point, level and measures cells empty, nothing merged); a closing ``注：风险点一栏空白的行，与上一条风险点"
        "相同，由该行人员共同承担。`` and a 填表人/审核人/局长（签字） line; ``一级/二级/三级``, no type column",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def lingyun_timber_checkpoint_register() -> dict:
    unit = f"{PLACE}木材检查站"
    sh = _Sheet("登记表", [6, 12, 10, 10, 38, 12, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "处室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "蓝霅琮", "leader", [
            ("对无证运输木材车辆说情放行", "思想道德", "一级", "放行须凭运输证和检查记录，站长不单独签批。"),
            ("没收木材处置不按规定拍卖", "制度机制", "二级", "没收木材统一委托拍卖，处置结果公示。"),
        ]),
        ("检查股", "股长", "农璿翙", "middle", [
            ("木材运输证查验只看证不验货", "岗位职责", "一级", "证货逐车核对，检尺数据录入系统。"),
            ("检查登记簿涂改、漏登", "业务流程", "二级", "登记簿每日交接签字，每周抽查。"),
        ]),
        ("检查股", "检查员", "蓝骘翛", "general", [
            ("收受货主财物，少检尺、少登记", "思想道德", "一级", "检查全程执法记录仪录像。"),
            ("夜间值班擅自离岗，车辆未检先放", "岗位职责", "三级", "夜班双人值守，视频监控留存。"),
        ]),
        ("综合股", "出纳", "农琬霓", "general", [
            ("罚没款收取不开票据、截留", "业务流程", "一级", "罚没款一律开具财政票据，当日缴存。"),
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
    sh.add("编制人：", None, "审核人：", None, "2025年5月", None, None, None)
    return _layout(
        "lingyun_timber_checkpoint_register", "http://www.qq94.com/fjx/i2PDU1_3.html",
        "县木材检查站 廉政风险点排查登记表, after the source's 市林业局 工作总结 (林政管理, 林木采伐许可证, 木材放行, "
        "木材加工企业台帐, 森林防火): a title, 序号/处室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short "
        "names)/风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def lingyun_tea_centre_list() -> dict:
    unit = f"{PLACE}茶叶发展中心"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "农翙琨", "leader", "茶产业专项资金补助对象确定暗箱操作", "制度机制", "高风险",
         "补助名单经中心会议研究，公示五个工作日并公布监督电话。"),
        ("中心领导", "主任", "农翙琨", "leader", "茶叶品牌推介活动承办单位指定", "外部环境", "中风险",
         "推介活动承办单位比选确定，结果公开。"),
        ("产业股", "股长", "蓝珧潋", "middle", "新种植茶园面积核查不实，虚报补助面积", "岗位职责", "高风险",
         "面积实地丈量，乡镇、村两级签字确认。"),
        ("产业股", "技术员", "农沺翀", "general", "茶园蓄水池建设验收把关不严", "业务流程", "中风险",
         "验收对照设计方量，影像资料存档。"),
        ("办公室", "报账员", "蓝璩珞", "general", "补助资金拨付凭证审核不严", "业务流程", "中风险",
         "拨付凭证经办、审核、审批三签。"),
        ("办公室", "报账员", "蓝璩珞", "general", "接受茶企宴请和土特产", "思想道德", "低风险",
         "签订廉洁承诺书，节前廉洁提醒。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "lingyun_tea_centre_list", "https://www.chacewang.com/newsdetail/news384920.html",
        "县茶叶发展中心 岗位廉政风险防控一览表, after the source's 茶产业发展县级专项资金 补助名单公示 (新种植茶园, 茶园"
        "蓄水池, 经营主体, 公示, 监督电话): ``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/"
        "岗位/责任人 written on EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; "
        "a 填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


def lingyun_tea_extension_posts() -> dict:
    unit = f"{PLACE}茶叶技术推广站"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "股室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "leader", "项目立项", "现代茶业项目申报材料把关不严，为企业包装项目", "制度机制风险", "高",
         "项目申报经站务会集体审核，申报材料公示。"),
        ("站领导", "站长", "leader", "项目初验", "项目单项初验降低标准，工程量未达设计即通过", "岗位职责风险", "高",
         "初验邀请财政部门和茶企代表参加，验收记录存档。"),
        ("技术股", "技术员", "general", "技术培训", "虚报培训人次，套取培训经费", "业务流程风险", "中",
         "培训签到和影像资料存档，经费凭名单报销。"),
        ("技术股", "技术员", "general", "茶苗推广", "向茶农推荐指定茶苗供应商", "外部环境风险", "中",
         "茶苗供应商名录公开，茶农自主选择。"),
        ("财务室", "会计", "general", "预决算报账", "工程预决算报账资料不全即付款", "业务流程风险", "低",
         "报账资料按清单逐项审核，缺项不付。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "lingyun_tea_extension_posts", "http://wineworld.com.cn/html/shipinzixun/chalei/20121030/167528.html",
        "县茶叶技术推广站 岗位廉政风险点排查表 对岗不对人, after the source's 现代茶叶产业发展 (资金投入, 新植茶园补助, "
        "项目建设培训会, 项目单项初验, 预决算报账流程): a title, 序号/股室 merged/岗位 merged per post/a short 风险点/a "
        "long 风险表现/风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def lingyun_fire_office_cards() -> dict:
    unit = f"{PLACE}森林防火办公室"
    t = _Truth(unit)
    cards = [
        ("主任", "蓝翊璠", "主任", "主持防火办全面工作", "leader", [
            ("森林防火物资采购指定供应商", "★★★", "物资采购按政府采购程序，验收三人以上。"),
            ("防火专项经费挤占挪用", "★★★", "专项经费专账核算，年终公开。"),
            ("春节值班检查走过场、瞒报火情", "★★", "实行火情零报告，值班记录每日上报。"),
        ]),
        ("调度员", "农珝燊", "调度员", "火情调度和值班管理", "general", [
            ("护林员巡山补助考勤弄虚作假", "★★", "巡山轨迹定位打卡，月底公示。"),
            ("野外用火审批收受好处", "★", "用火审批两人审核，审批结果登记备查。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
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
        "lingyun_fire_office_cards", "https://www.jxjaw.cn/viewnews-15566.html",
        "县森林防火办公室 岗位廉政风险防控卡, one sheet a person, after the source's 新春走基层 on 护林员 (留守值班, 巡山"
        "护林, 火情零报告, 防火宣传): a title, ``姓　名 | … | 职　务 | …`` and a merged 工作职责 line, then 序号/风险点/"
        "风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def lingyun_state_forest_farm_group_rows() -> dict:
    unit = f"{PLACE}国有林场"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、场领导", "场领导", [
            ("场长", "农曈翚", "leader", [
                ("林场林木销售不公开竞价", "一级风险", "林木销售进入公共资源交易平台公开竞价。"),
                ("护林员选聘优亲厚友", "一级风险", "护林员选聘公开报名，结果公示。"),
            ]),
        ]),
        ("二、营林区", "营林区", [
            ("主任", "蓝骃珮", "middle", [
                ("森林抚育作业量验收不实", "二级风险", "抚育验收按小班随机抽查，记录存档。"),
            ]),
            ("护林员", "农翃琰", "general", [
                ("发现盗伐、乱占林地不报告", "二级风险", "巡护日志每日填写，场部每周核查。"),
                ("野外火源管理放任不管", "三级风险", "重点时段加密巡查，火源登记。"),
            ]),
        ]),
        ("三、财务室", "财务室", [
            ("出纳", "蓝湉骕", "general", [
                ("护林员工资代发截留", "二级风险", "工资由银行直接代发到个人账户。"),
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
        "lingyun_state_forest_farm_group_rows", "https://www.bkzs.com.cn/a/276993.html",
        "县国有林场 廉政风险防控责任清单, after the source's page on 护林员的职责 (林区火源管理, 报告火情, 制止破坏森林资源, "
        "林场护林员): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS "
        "``一、场领导``, ``二、营林区``, ``三、财务室`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def lingyun_jiayou_forestry_station_selfchecks() -> dict:
    unit = f"{PLACE}加尤镇林业站"
    t = _Truth(unit)
    people = [
        ("农霁骧", "站领导", "站长", "leader", [
            ("生态效益补偿面积确权登记在亲属名下", "Ⅰ级", "补偿面积与林权证逐户核对，村组公示。", "已落实"),
            ("林地四至边界调查统计表审核不严", "Ⅱ级", "统计表村组干部和农户共同签字。", "未发现问题"),
        ]),
        ("蓝瑀翕", "林政组", "林政员", "general", [
            ("集体林地未分户即登记到个人", "Ⅰ级", "集体林地确权经村民会议表决，结果公示。", "已落实"),
            ("补偿资金“一卡通”信息录入错误不更正", "Ⅲ级", "录入信息双人复核，发放后回访抽查。", "已落实"),
        ]),
        ("农璐翚", "营林组", "技术员", "general", [
            ("造林苗木成活率核查弄虚作假", "Ⅱ级", "核查影像和坐标资料存档备查。", "未发现问题"),
            ("林木采伐伐区设计收受林农好处", "Ⅲ级", "伐区设计结果公示，局资源股抽查。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在站所", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "站长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "lingyun_jiayou_forestry_station_selfchecks", "http://mtxww.com/?p=17712",
        "县镇林业站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 以案为镜 on a 乡 "
        "水利林业站 工作人员 (森林生态效益补偿, 林地四至边界调查统计表, 集体林地确权登记): a title, a label row ``姓　名 | "
        "所在站所 | 岗　位 | 填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/"
        "``自查情况``; no type column; ``本人签名： | 站长意见：``",
        sheets, t,
    )  # fmt: skip


def lingyun_extension_centre_two_sheets() -> dict:
    unit = f"{PLACE}林业技术推广中心"
    t = _Truth(unit)
    lead = _Sheet("中心领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}中心领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("蓝翚瑢", "主任", "主持中心全面工作", [
            ("退耕还林工程作业设计委托不公开", "一级", "作业设计单位比选确定，结果公示。"),
            ("核实验收结果受人情干扰", "二级", "验收随机抽样，小班验收记录签字存档。"),
        ]),
        ("农琮霈", "副主任", "分管营造林、政策兑现", [
            ("退耕还林政策兑现资金发放不到户", "一级", "兑现资金通过“一卡通”直接发放到户，名单公示。"),
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
    dept = _Sheet("股室", [6, 14, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}股室廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("工程股", "股长", "蓝骧琬", "middle", "林权证发放审核把关不严", "二级", "林权证发放逐户核对台账，签收存档。"),
        ("工程股", "股长", "蓝骧琬", "middle", "工程档案资料事后补做", "三级", "档案随工程进度同步归档。"),
        ("工程股", "技术员", "农珣霑", "general", "苗木成活率调查数据造假", "二级", "调查数据与影像资料一一对应。"),
        ("综合股", "会计", "蓝瀞翾", "general", "工程款支付不按验收结果", "一级", "工程款凭验收报告和审批单支付。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：综合股", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "lingyun_extension_centre_two_sheets", "http://qhd.hebei.com.cn/system/2014/06/20/013548964.shtml",
        "县林业技术推广中心 廉政风险防控一览表 in TWO SHEETS, after the source's 区 退耕还林工程 国家级检查验收 (随机抽样, "
        "小班, 工程设计, 核实验收, 政策兑现, 林权证发放, 档案): sheet 中心领导 with 姓名/职务/分管工作 merged per leader, "
        "sheet 股室 with 股室 merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; "
        "no type column",
        [lead, dept], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    lingyun_forestry_bureau_shared_rows(),
    lingyun_timber_checkpoint_register(),
    lingyun_tea_centre_list(),
    lingyun_tea_extension_posts(),
    lingyun_fire_office_cards(),
    lingyun_state_forest_farm_group_rows(),
    lingyun_jiayou_forestry_station_selfchecks(),
    lingyun_extension_centre_two_sheets(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch844-inbox"))

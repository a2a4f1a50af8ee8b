"""The one-thousand-and-tenth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: the bodies of one county, 台江县 (黔东南苗族侗族自治州, 贵州省) —
the 县民政局, the 县文体广电旅游局, the 县林业局, the 南宫镇人民政府, the 县民族中学, the 县退役军人事务局, the
县供销合作社联合社 and the 县应急管理局 — each handing back the 一览表, 清单, 排查表, 防控卡 or 自查表 its staff
typed in WPS or Excel:

- the 文体广电旅游局's 一览表: ``股室`` merged, ``职务 | 姓名`` merged per person, ``…风险`` types,
  ``一级/二级/三级``;
- the 林业局's 排查表: ``科室 | 岗位 | 责任人`` on every row, a short ``风险点`` beside a long ``风险表现``,
  ``高风险/中风险/低风险``, no type column;
- the 南宫镇's 清单 under GROUP ROWS ``一、镇领导``, ``二、林业站``, ``三、民政办`` (no 科室 column),
  ``岗位 | 姓名`` merged per person, 高/中/低, no type column;
- the 民族中学's 一览表: ``处室 | 职务 | 姓名`` on every row, short types under ``风险类别``,
  ``Ⅰ级/Ⅱ级/Ⅲ级``;
- the 退役军人事务局's 防控卡, one sheet a person (tabs named by the person): ``姓　名 | … | 职　务 | …``
  and a merged 岗位职责 line, short types, ``一级/二级/三级``;
- the 供销合作社联合社's 清单 对岗不对人: ``岗位`` merged, 高/中/低, no type column, no names;
- the 应急管理局's 自查表, one sheet a person: a label row ``姓　名 | 所在股室 | 职　务 | 填表日期`` over a
  row of values, ``★★★/★★/★`` read by a ``注：`` line, ``防控措施 | 自查情况``, no type column.

One is harder:

- ``taijiang_civil_affairs_list_with_study_record_below``: the 民政局's 一览表 ``序号 | 股室 | 岗位 | 姓名 |
  廉政风险点 | 风险等级 | 防控措施``, and right under its rows, on the same sheet, after a blank row and a
  caption ``附：局机关党支部党风廉政学习教育记录``, a SECOND table of another kind: the 支部's RECORD of its
  study sessions ``日期 | 学习内容 | 学习形式 | 参加人 | 主持人 | 记录人 | 备注``, three unnumbered rows, as
  wide as the list, whose 主持人 and 记录人 are the list's own people. It names NO holder's nor 科室's
  column (no 责任人, 姓名, 科室): docs/layouts.md knows a table under a list only when one of its
  headings names a holder or a 科室 (TABLE_UNDER_LIST, numbered or not), and says outright that a
  学习记录 naming no holder nor 科室 (``日期 | 学习内容 | 主持人 | 记录人``) is not of that kind.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (what a 支部's 党课记录 must hold; a
市's 督查 of a 县's 非遗 保护专项资金; a 县林业局's year of 林长制 and 森林防火; a 镇's 森林管护 and 护林防火;
a 教工党支部's 主题党日 on the 八项规定; a 县's first 退役军人优待证; a 供销社's 审计 of 项目资金 before it is
paid; a 县应急管理局's 危化品 and 烟花爆竹 检查) and the layout follows their words for the unit, its parts,
its posts and its risks. The rows are worded by us, the names invented (the rare compound surnames
俟奴 and 乌石兰 with rare given names); every unit is a body of 台江县.

Run ``python tests/published/score.py --set batch1010`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the record under the list is no part of it: its heading row and its rows are
  no points, whoever its 主持人 and 记录人 columns name;
- ``局领导`` (a 股室 cell) is the 科室 of the 局's leaders; ``一、镇领导`` is the 科室 of the 镇's
  leaders; a 局's 股 and 大队, a 镇's 站 and 办, a 学校's 处 are 科室; the 退役军人事务局's cards and the
  供销社's list name no 科室;
- 局长, 副局长, 镇长, 副镇长, 校长, 副校长 and 理事会主任 are leaders; 股长, 站长, 主任 (of a 办 or 处) and
  大队长 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``岗位职责``, ``自查情况`` and ``填表日期`` are no
  points and name no holder; the 供销社's list names no person: its forms are posts;
- 高/中/低, ``一级/二级/三级``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★`` and ``高风险/中风险/低风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b1010_"
PLACE = "台江县"
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

CIVIL_ROWS = [
    ("局领导", "局长", "俟奴翙", "leader", "社会救助资金分配个人说了算", "高", "救助资金分配经局党组会集体研究。"),
    ("局领导", "副局长", "乌石兰瑀", "leader", "养老机构运营补贴审核打招呼", "高", "补贴审核股室初审、局务会审定。"),
    ("社会救助股", "股长", "俟奴璩", "middle", "低保对象入户核查走过场", "中", "入户核查两人以上，影像留存。"),
    ("社会救助股", "股长", "俟奴璩", "middle", "低保动态退出不及时", "中", "每季度数据比对，及时退出。"),
    ("社会事务股", "科员", "乌石兰翾", "general", "殡葬惠民补贴发放名单不实", "低", "补贴名单公示，接受监督。"),
]  # fmt: skip

RECORD_HEAD = ("日期", "学习内容", "学习形式", "参加人", "主持人", "记录人", "备注")
RECORD_ROWS = [
    ("2025年3月6日", "学习《中国共产党纪律处分条例》", "集中学习", "全体党员干部", "俟奴翙", "乌石兰翾", ""),
    ("2025年4月10日", "通报民政领域违纪违法典型案例", "专题党课", "全体党员干部", "俟奴翙", "乌石兰翾", ""),
    ("2025年5月15日", "观看警示教育片《蝇贪之害》", "集中观看", "全体干部职工", "乌石兰瑀", "乌石兰翾", "补看2人"),
]  # fmt: skip


def taijiang_civil_affairs_list_with_study_record_below() -> dict:
    unit = f"{PLACE}民政局"
    sh = _Sheet("一览表", [13, 30, 10, 12, 36, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, lv, measures) in enumerate(CIVIL_ROWS, 1):
        sh.add(n, dept, post, who, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add()
    _line(sh, "附：局机关党支部党风廉政学习教育记录", 7)
    sh.add(*RECORD_HEAD)
    for row in RECORD_ROWS:
        sh.add(*(v or None for v in row))
    sh.add("填表人：", None, "审核人：", None, "局长（签字）：", None, "2025年6月")
    return _layout(
        "taijiang_civil_affairs_list_with_study_record_below", "https://www.fudaoke.com/exam/3293564.html",
        "(harder) 县民政局 岗位廉政风险防控一览表 with the 机关党支部's 学习教育记录 under it, after the source's note on "
        "what a 支部's 党课记录 must hold (时间, 参会人员, 学习主题与形式, 记录人, 书记签字): a title, 序号/股室 merged/岗位 and "
        "姓名 merged per person/廉政风险点/风险等级 高/中/低/防控措施, no type column; then a blank row, a caption "
        "``附：…学习教育记录`` and a SECOND table ``日期 | 学习内容 | 学习形式 | 参加人 | 主持人 | 记录人 | 备注`` as wide as "
        "the list, NO holder's nor 科室's column, three unnumbered rows naming the list's people as 主持人/记录人 (no "
        "points); a 填表人/审核人/局长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def taijiang_culture_tourism_list() -> dict:
    unit = f"{PLACE}文体广电旅游局"
    sh = _Sheet("一览表", [6, 14, 10, 10, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "职务", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "乌石兰珣", "leader", "非遗保护专项资金安排个人说了算", "制度机制风险", "一级",
         "专项资金安排经局党组会集体研究。"),
        ("局领导", "局长", "乌石兰珣", "leader", "文旅项目建设中为亲友承揽工程", "思想道德风险", "一级",
         "插手干预工程登记报告，定期廉政谈话。"),
        ("非遗股", "股长", "俟奴瑷", "middle", "非遗传承人补助对象认定把关不严", "岗位职责风险", "二级",
         "传承人认定专家评审，名单公示。"),
        ("非遗股", "股长", "俟奴瑷", "middle", "专项资金拨付不按项目进度", "业务流程风险", "二级",
         "按节点验收后拨付，财务复核。"),
        ("文化市场综合执法大队", "执法员", "乌石兰沨", "general", "演出场所检查中通风报信", "外部环境风险", "三级",
         "检查“双随机”，执法记录仪全程记录。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为一级、二级、三级，一级为最高。", 8)
    sh.add("制表：办公室", None, None, "审核：", None, None, "2025年5月", None)
    return _layout(
        "taijiang_culture_tourism_list", "http://www.tianshui.com.cn/news/qs/2022111814580110223.htm",
        "县文体广电旅游局 岗位廉政风险防控一览表, after the source's account of a 市文旅局's 督查 of a 县's 文旅项目 and "
        "国家级非遗保护专项资金 (专户管理, 专款专用, 经费拨付手续): a title, 序号/股室 merged/职务 and 姓名 merged per "
        "person/廉政风险点/风险类型 ``…风险``/风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line and a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def taijiang_forestry_screening() -> dict:
    unit = f"{PLACE}林业局"
    sh = _Sheet("排查表", [6, 14, 10, 10, 16, 38, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "责任人", "风险点", "风险表现", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "俟奴澂", "leader", "造林项目发包", "造林绿化项目化整为零规避招标", "高风险",
         "项目发包公开招标，结果公示。"),
        ("资源管理股", "股长", "乌石兰琮", "middle", "采伐审批", "林木采伐许可超限额审批", "高风险",
         "采伐许可网上办理，限额台账管理。"),
        ("资源管理股", "股长", "乌石兰琮", "middle", "占用林地审核", "占用林地现场查验不实", "中风险",
         "现场查验两人以上，影像留存。"),
        ("森林防火股", "科员", "俟奴翀", "general", "护林员管理", "护林员考勤造假、虚报补助", "中风险",
         "护林员巡护轨迹系统核查。"),
        ("林业综合执法大队", "大队长", "乌石兰瀞", "middle", "案件查处", "滥伐林木案件处罚说情减免", "高风险",
         "处罚案件集体审议，全程记录。"),
        ("林业综合执法大队", "大队长", "乌石兰瀞", "middle", "罚没物处置", "罚没木材处置不公开", "低风险",
         "罚没木材公开拍卖。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, desc, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, desc, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年4月", None)
    return _layout(
        "taijiang_forestry_screening",
        "http://www.yuanling.gov.cn/yuanling/c118852/202601/b3a8da0f11a1468181624a462e335907.shtml",
        "县林业局 廉政风险点排查表, after the source's account of a 县林业局's year (林长制, 森林防火, 基层林业事务中心 and "
        "its 服务站): a title, 序号/科室/岗位/责任人 on EVERY row/a short ``风险点``/a long ``风险表现``/风险等级 "
        "``高风险/中风险/低风险``/防控措施; no type column; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def taijiang_nangong_town_group_rows() -> dict:
    unit = f"{PLACE}南宫镇人民政府"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、镇领导", "镇领导", [
            ("镇长", "乌石兰璆", "leader", [
                ("镇级项目资金使用不经集体研究", "高", "项目资金经镇党政联席会研究。"),
            ]),
            ("副镇长", "俟奴沅", "leader", [
                ("生态护林员选聘打招呼", "高", "选聘村推荐、镇审核、县审定并公示。"),
            ]),
        ]),
        ("二、林业站", "林业站", [
            ("站长", "乌石兰翯", "middle", [
                ("森林管护责任书签订走过场", "中", "管护责任逐村逐人落实，签字存档。"),
                ("自用材采伐申报审核不严", "中", "申报材料现场核实，结果公示。"),
            ]),
        ]),
        ("三、民政办", "民政办", [
            ("办事员", "俟奴珝", "general", [
                ("临时救助对象审核不实", "中", "入户调查，村组评议公示。"),
                ("高龄补贴发放不及时", "低", "按月发放，台账管理。"),
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
                t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("填表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "taijiang_nangong_town_group_rows",
        "http://wtq.gov.cn/wtqq/xzdtwtq/202009/78bdc9df8da54914881123725143e32c.shtml",
        "县南宫镇人民政府 廉政风险防控责任清单 under GROUP ROWS, after the source's account of a 镇's 森林管护 (护林防火 "
        "责任书 with each 村, 护林队伍, 自用材 and 商品材 申报审批): a title, 序号/岗位/姓名/廉政风险点/风险等级 高/中/低/"
        "防控措施, group rows ``一、镇领导``, ``二、林业站``, ``三、民政办`` merged across; 岗位 and 姓名 merged per person; "
        "no type column",
        [sh], t,
    )  # fmt: skip


def taijiang_ethnic_middle_school_list() -> dict:
    unit = f"{PLACE}民族中学"
    sh = _Sheet("一览表", [6, 12, 10, 10, 38, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 8)
    sh.add("序号", "处室", "职务", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("校领导", "校长", "俟奴璠", "leader", "校舍维修工程发包干预", "制度机制", "Ⅰ级",
         "工程发包校务会集体研究，公开比选。"),
        ("校领导", "副校长", "乌石兰澍", "leader", "教辅资料征订收受回扣", "思想道德", "Ⅰ级",
         "教辅征订家长自愿，结果公示。"),
        ("总务处", "主任", "俟奴湉", "middle", "食堂食材采购验收不严", "岗位职责", "Ⅱ级",
         "食材验收两人以上，每日公示价格。"),
        ("教务处", "主任", "乌石兰玹", "middle", "评优评先推荐暗箱操作", "业务流程", "Ⅱ级",
         "评优量化打分，结果公示。"),
        ("学生资助中心", "干事", "俟奴霂", "general", "助学金对象认定优亲厚友", "外部环境", "Ⅲ级",
         "资助对象班级评议、学校公示。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
    sh.add("填表人：", None, "审核人：", None, None, None, "2025年4月", None)
    return _layout(
        "taijiang_ethnic_middle_school_list", "http://wx.sanxiau.edu.cn/info/1057/4772.htm",
        "县民族中学 岗位廉政风险点一览表, after the source's account of a 教工党支部's 主题党日 on the 中央八项规定精神 "
        "(学习方案, 逐字逐句学习, 纠正“四风”): a title, 序号/处室/职务/姓名 on EVERY row/风险点/风险类别 (short names)/"
        "风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def taijiang_veterans_cards() -> dict:
    unit = f"{PLACE}退役军人事务局"
    t = _Truth(unit)
    cards = [
        ("俟奴琰澈", "局长", "主持全面工作，分管优抚安置", "leader", [
            ("优待证发放对象审核中优亲厚友", "思想道德", "一级", "审核结果集体研究，名单公示。"),
            ("安置岗位分配说情打招呼", "制度机制", "一级", "安置岗位公开选岗，全程纪检监督。"),
        ]),
        ("乌石兰湛", "股长", "优抚股全面工作", "middle", [
            ("抚恤补助金发放对象死亡停发不及时", "业务流程", "二级", "每月与民政、公安数据比对。"),
            ("优抚对象身份认定把关不严", "岗位职责", "二级", "身份认定两人审核，档案核查。"),
        ]),
        ("俟奴岚", "科员", "退役军人服务站业务指导", "general", [
            ("帮扶援助对象申报材料审核不严", "岗位职责", "二级", "申报材料镇村两级初核，局复核。"),
            ("接受服务对象吃请送礼", "外部环境", "三级", "签订廉洁承诺书，公开监督电话。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, duty, tier, items in cards:
        sh = _Sheet(who, [8, 36, 12, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 5)
        sh.add("姓　名", who, "职　务", post, None)
        r = sh.add("岗位职责", duty, None, None, None)
        sh.merge(r, 1, r, 4)
        sh.add("序号", "风险点", "风险类别", "风险等级", "防控措施")
        for i, (point, typ, lv, measures) in enumerate(items, 1):
            sh.add(i, point, typ, lv, measures)
            t.point(sh.name, "", post, who, tier, point, types_in(typ), GRADES[lv])
        sh.add("持卡人签名：", None, "局长签名：", None, None)
        sheets.append(sh)
    return _layout(
        "taijiang_veterans_cards", "https://www.yxxww.cn/news/pageInfo?id=958331&pid=4",
        "县退役军人事务局 岗位廉政风险防控卡, one sheet a person (tabs named by the person), after the source's account "
        "of a 县's first 退役军人优待证 (申请办理, 首发仪式, 优待政策): a title, ``姓　名 | … | 职　务 | …`` and a merged "
        "岗位职责 line, then 序号/风险点/风险类别 (short names)/风险等级 ``一级/二级/三级``/防控措施; 持卡人签名/局长签名",
        sheets, t,
    )  # fmt: skip


def taijiang_supply_coop_posts() -> dict:
    unit = f"{PLACE}供销合作社联合社"
    sh = _Sheet("清单", [6, 16, 40, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 5)
    sh.add("序号", "岗位", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("理事会主任", "leader", "为农服务项目资金安排个人说了算", "高", "项目资金理事会集体研究，审计后拨付。"),
        ("理事会主任", "leader", "社有资产出租处置暗箱操作", "高", "资产出租公开招租，结果公示。"),
        ("财务会计", "general", "项目资金拨付不按审计结论", "中", "拨付凭审计报告，两人复核。"),
        ("财务会计", "general", "现金收支不及时入账", "低", "日清月结，定期对账。"),
        ("业务股股长", "middle", "农资储备检查走过场", "中", "检查记录留痕，抽查复核。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, point, lv, measures)
        t.point(sh.name, "", post, "", tier, point, [], HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add("编制：办公室", None, "审核：", "2025年3月", None)
    return _layout(
        "taijiang_supply_coop_posts",
        "https://gxhzs.changzhou.gov.cn/html/gxhzs/2015/DMPBMALN_1106/37288.html",
        "县供销合作社联合社 岗位廉政风险防控清单 对岗不对人, after the source's account of a 供销社 having a third party "
        "审计 its 为农综合服务 项目资金 before paying them: a title, 序号/岗位 merged per post/廉政风险点/风险等级 高/中/低/"
        "防控措施; no names, no type column; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def taijiang_emergency_selfchecks() -> dict:
    unit = f"{PLACE}应急管理局"
    t = _Truth(unit)
    people = [
        ("乌石兰珈", "局领导", "副局长", "leader", [
            ("危化品企业行政处罚说情减免", "★★★", "处罚案件集体审议，结果公开。", "已落实"),
            ("安全生产专项资金分配不公", "★★★", "资金分配方案局党组会研究。", "已落实"),
        ]),
        ("俟奴翮", "综合执法大队", "大队长", "middle", [
            ("烟花爆竹零售点检查降低标准", "★★", "检查清单逐项签字，抽查复核。", "未发现问题"),
            ("限期整改指令复查不到位", "★★", "整改复查台账销号管理。", "已落实"),
        ]),
        ("乌石兰湉", "救灾和物资保障股", "科员", "general", [
            ("救灾物资发放登记不实", "★★", "物资发放签字领取，名单公示。", "已落实"),
            ("应急物资入库验收不严", "★", "入库验收两人以上。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在股室", "职　务", "填表日期", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], STARS[lv])
        _line(sh, "注：★★★为一级风险，★★为二级风险，★为三级风险。", 5)
        sh.add("本人签名：", None, "分管领导意见：", None, None)
        sheets.append(sh)
    return _layout(
        "taijiang_emergency_selfchecks", "https://www.shiquan.gov.cn/Content-1620025.html",
        "县应急管理局 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's account of a "
        "县应急管理局's 专项检查 of 危险化学品 and 烟花爆竹 企业 (持证上岗, 应急预案, 限期整改指令): a title, a label row "
        "``姓　名 | 所在股室 | 职　务 | 填表日期`` over a row of values, then 序号/廉政风险点/风险等级 ``★★★/★★/★``/"
        "防控措施/``自查情况``; a ``注：`` line; no type column; ``本人签名： | 分管领导意见：``",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    taijiang_civil_affairs_list_with_study_record_below(),
    taijiang_culture_tourism_list(),
    taijiang_forestry_screening(),
    taijiang_nangong_town_group_rows(),
    taijiang_ethnic_middle_school_list(),
    taijiang_veterans_cards(),
    taijiang_supply_coop_posts(),
    taijiang_emergency_selfchecks(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch1010-inbox"))

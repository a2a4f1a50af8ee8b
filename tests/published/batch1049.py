"""The one-thousand-and-forty-ninth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: the 镇, 村, 卫健, 林业, 市场监管, 文旅, 学校 and 财政 bodies of one
county, 玉屏侗族自治县 (铜仁市, 贵州省) — its 朱家场镇人民政府, the 朱家场镇茅坡村, the 卫生健康局, the
林业局, the 市场监督管理局, the 文体广电旅游局, the 民族中学 and the 财政局 — each handing back the 一览表,
清单, 排查表 or 自查表 its staff typed in WPS or Excel:

- the 朱家场镇人民政府's 清单: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``…风险`` types, 高/中/低;
- the 茅坡村's 清单: ``职务 | 姓名`` on every row, ``一级/二级/三级``, no type column;
- the 卫生健康局's 一览表: ``股室`` merged, ``职务 | 姓名`` merged per person, short types under
  ``风险类别``, ``高风险/中风险/低风险``;
- the 林业局's 排查表: ``科室 | 岗位 | 责任人`` on every row, a short ``风险点`` beside a long
  ``风险表现``, 高/中/低, no type column;
- the 市场监督管理局's 清单 对岗不对人: ``科室`` and ``岗位`` merged, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 文体广电旅游局's 清单 under GROUP ROWS ``一、局领导``, ``二、文化市场综合执法大队``, ``三、图书馆``
  (no 科室 column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 民族中学's 自查表, one sheet a person: ``姓　名 | 职　务 | 填表日期`` over a row of values,
  高/中/低, ``防控措施 | 落实情况``.

One is harder:

- ``yuping_finance_point_holder_brackets``: the 财政局's 排查表 with NO 岗位 or holder column
  (``序号 | 股室 | 廉政风险点 | 风险类型 | 风险等级 | 防控措施``, 股室 merged), each point cell
  closing with its holder in a labelled bracket: ``…（责任人：局长　万纽于翀）``,
  ``…（责任岗位：股长　一那蒌琤）``, ``…【责任人：出纳　一那蒌瑶】``, ``…（责任人：一那蒌珩）`` (a
  name alone). docs/layouts.md knows a point's ``（责任人：副部长　某某）`` and a measure's
  ``（落实责任人：站长　某某）``; the holders here are of two compound surnames of three characters
  no list holds, one of them opening with ``一``.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited (no risk table of 玉屏 could be found: the pages are of the county, its
箫笛 and its sights; the harder file's is a page on the county, none of the bracketed kind being
found); the rows are worded by us, the names invented (the rare compound surnames 万纽于 and
一那蒌 with rare given names); every unit is a body of 铜仁市玉屏侗族自治县.

Run ``python tests/published/score.py --set batch1049`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the holder is the bracket's, one form a holder: its post the bracket's when
  it names one (``局长``, ``股长``, ``出纳``), none when it names the person alone; its 科室 the
  row's 股室; the point the cell's words WITHOUT the bracket;
- ``镇领导``, ``局领导`` are the 科室 of the leaders; the 村's people and the 中学's 校长 have no 科室
  where no column gives one; 镇长, 局长, 村党支部书记, 校长 are leaders; 股长, 大队长, 馆长 middle;
  the rest general; a holder named with no post has no tier;
- ``风险点 | 风险表现``: the point is the short 风险点; ``落实情况`` and ``填表日期`` are no points; the
  市场监督管理局's list names no person: its forms are posts;
- 高/中/低, ``一级/二级/三级``, ``一级风险/…``, ``高风险/中风险/低风险`` and ``Ⅰ级/Ⅱ级/Ⅲ级`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b1049_"
PLACE = "铜仁市玉屏侗族自治县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

HEAD = ("序号", "股室", "廉政风险点", "风险类型", "风险等级", "防控措施")

# (股室, post in the bracket or "", holder, tier, point, bracket as written, 风险类型, 风险等级, 防控措施)
FINANCE = [
    ("局领导", "局长", "万纽于翀", "leader", "财政专项资金分配个人说了算", "（责任人：局长　万纽于翀）",
     "制度机制风险", "高", "资金分配局党组会集体研究，结果公开。"),
    ("局领导", "局长", "万纽于翀", "leader", "干预政府采购项目确定供应商", "（责任人：局长　万纽于翀）",
     "外部环境风险", "高", "采购全程电子化，领导干预登记报告。"),
    ("预算股", "股长", "一那蒌琤", "middle", "部门预算追加审核把关不严", "（责任岗位：股长　一那蒌琤）",
     "岗位职责风险", "中", "追加事项两人审核，报局务会审定。"),
    ("预算股", "股长", "一那蒌琤", "middle", "项目资金不按进度拨付", "（责任岗位：股长　一那蒌琤）",
     "业务流程风险", "中", "按合同和进度拨付，台账管理。"),
    ("国库股", "出纳", "一那蒌瑶", "general", "公务卡报销审核不严", "【责任人：出纳　一那蒌瑶】",
     "业务流程风险", "中", "报销单据会计、出纳交叉审核。"),
    ("国库股", "出纳", "一那蒌瑶", "general", "库款支付凭证不及时登记", "【责任人：出纳　一那蒌瑶】",
     "岗位职责风险", "低", "支付凭证日清月结。"),
    ("农业股", "", "一那蒌珩", None, "惠农补贴资金发放优亲厚友", "（责任人：一那蒌珩）",
     "思想道德风险", "中", "补贴名册村组公示，一卡通发放。"),
    ("农业股", "", "一那蒌珩", None, "接受项目单位宴请", "（责任人：一那蒌珩）",
     "外部环境风险", "低", "签订廉洁承诺书。"),
]  # fmt: skip


def yuping_finance_point_holder_brackets() -> dict:
    unit = f"{PLACE}财政局"
    t = _Truth(unit)
    sh = _Sheet("排查表", [6, 12, 50, 14, 10, 34])
    _line(sh, f"{unit}廉政风险点排查表", 6)
    sh.add(*HEAD)
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, bracket, typ, lv, measures) in enumerate(FINANCE, 1):
        sh.add(n, dept, point + bracket, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add("填表人：", None, "审核人：", None, "2025年8月", None)
    return _layout(
        "yuping_finance_point_holder_brackets", "https://ctiasia.chinatimes.com/2019/02/1235/",
        "(harder) 县财政局 廉政风险点排查表 with NO 岗位 or holder column, each point cell closing with its holder in "
        "a labelled bracket (``（责任人：局长　…）``, ``（责任岗位：股长　…）``, ``【责任人：出纳　…】``, ``（责任人：…）`` "
        "a name alone), the holders of compound surnames of three characters (one opening with ``一``), after the "
        "source's feature on 玉屏 (箫笛, 油茶之乡, the 侗族 share of the county): a title, 序号/股室 merged/廉政风险点 "
        "(holder bracketed at its end)/风险类型 ``…风险``/风险等级 高/中/低/防控措施; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def yuping_zhujiachang_town_list() -> dict:
    unit = f"{PLACE}朱家场镇人民政府"
    sh = _Sheet("清单", [6, 14, 10, 12, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("镇领导", "镇长", "万纽于琇", "leader", "牛羊交易市场改造工程指定施工方", "思想道德风险", "高",
         "工程按规定招标，镇党委会集体研究。"),
        ("镇领导", "镇长", "万纽于琇", "leader", "油茶产业扶持资金安排不经集体研究", "制度机制风险", "高",
         "资金安排镇党委会研究，张榜公示。"),
        ("党政办", "主任", "一那蒌澐", "middle", "公务用车加油维修费用不实", "岗位职责风险", "中", "单车核算，月度公开。"),
        ("农业服务中心", "农技员", "万纽于湉", "general", "油茶低产林改造面积验收不实", "业务流程风险", "中",
         "验收入户丈量并公示。"),
        ("农业服务中心", "农技员", "万纽于湉", "general", "接受农资经销商吃请", "外部环境风险", "低", "签订廉洁承诺书。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    return _layout(
        "yuping_zhujiachang_town_list", "https://do1do2.com/chinasmost/8248",
        "镇人民政府 岗位廉政风险防控清单, after the source's page on 玉屏侗族自治县 and its 箫笛 (位置, 面积, 四镇两乡, "
        "油茶之乡): a title, 序号/科室 merged/岗位 and 姓名 merged per person/廉政风险点/风险类型 ``…风险``/风险等级 "
        "高/中/低/防控措施",
        [sh], t,
    )  # fmt: skip


def yuping_maopo_village_list() -> dict:
    unit = f"{PLACE}朱家场镇茅坡村民委员会"
    sh = _Sheet("清单", [6, 14, 12, 40, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}小微权力廉政风险防控清单", 6)
    sh.add("序号", "职务", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("村党支部书记", "一那蒌玥", "leader", "村集体油茶林承包收益不公开", "一级", "承包方案村民代表会议表决。"),
        ("村党支部书记", "一那蒌玥", "leader", "通组路维修工程指定施工方", "一级", "项目“四议两公开”，全程公示。"),
        ("村委会主任", "万纽于璆", "general", "低保评议优亲厚友", "二级", "评议结果张榜公示。"),
        ("村文书", "一那蒌琬", "general", "临时救助申请材料代签代填", "二级", "申请材料经村务监督委员会审核。"),
        ("村文书", "一那蒌琬", "general", "村级办公经费白条入账", "三级", "报账凭证经村务监督委员会签字。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    sh.add("村务监督委员会意见：", None, None, "2025年8月", None, None)
    return _layout(
        "yuping_maopo_village_list", "https://iichatc.com/29968",
        "村 小微权力廉政风险防控清单, after the source's page on 玉屏箫笛 (its 地域范围 listing the villages, 特定品质, "
        "文化典故): a title, 序号/职务/姓名 on every row/风险点/风险等级 ``一级/二级/三级``/防控措施; no type column",
        [sh], t,
    )  # fmt: skip


def yuping_health_bureau_list() -> dict:
    unit = f"{PLACE}卫生健康局"
    sh = _Sheet("一览表", [6, 16, 10, 12, 38, 12, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "职务", "姓名", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "万纽于璟", "leader", "乡镇卫生院设备采购干预供应商确定", "外部环境", "高风险",
         "设备采购公开招标，过问登记。"),
        ("局领导", "局长", "万纽于璟", "leader", "医共体建设资金安排不经集体研究", "制度机制", "高风险",
         "资金安排局党组会研究。"),
        ("医政医管股", "股长", "一那蒌瑀", "middle", "医疗机构校验把关不严", "岗位职责", "中风险", "校验资料两人复核。"),
        ("医政医管股", "股长", "一那蒌瑀", "middle", "医疗纠纷调处偏袒一方", "业务流程", "中风险", "调处意见集体审议。"),
        ("规划财务股", "会计", "万纽于珺", "general", "接受药品供应商礼品", "思想道德", "低风险", "签订廉洁承诺书。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为高风险、中风险、低风险。", 8)
    return _layout(
        "yuping_health_bureau_list", "http://pepb.cn/15325.html",
        "县卫生健康局 岗位廉政风险防控一览表, after the source's essay on 玉屏县 (得名, 黔东门户, 油茶, 侗族 and 苗族 "
        "festivals, 生态): a title, 序号/股室 merged/职务 and 姓名 merged per person/廉政风险点/风险类别 (short names)/"
        "风险等级 ``高风险/中风险/低风险``/防控措施; a ``注：`` line",
        [sh], t,
    )  # fmt: skip


def yuping_forestry_screening() -> dict:
    unit = f"{PLACE}林业局"
    sh = _Sheet("排查表", [6, 14, 10, 12, 16, 38, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "责任人", "风险点", "风险表现", "风险等级", "防控措施")
    rows = [
        ("局领导", "副局长", "一那蒌翃", "leader", "造林项目", "油茶新造林项目拆分发包规避招标", "高",
         "项目按规定招标，结果公示。"),
        ("资源管理股", "股长", "万纽于沅", "middle", "采伐许可", "林木采伐许可现场核查不到位", "高", "现场核查两人签字。"),
        ("资源管理股", "股长", "万纽于沅", "middle", "林地占用", "使用林地审核材料把关不严", "中", "审核意见集体研究。"),
        ("林业站", "林业员", "一那蒌琮", "general", "护林员考核", "生态护林员考勤记录不实", "中",
         "考勤轨迹与记录核对。"),
        ("林业站", "林业员", "一那蒌琮", "general", "苗木领用", "油茶苗木领用不登记", "低", "苗木出入库台账管理。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, desc, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, desc, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年8月", None)
    return _layout(
        "yuping_forestry_screening", "https://shop.dswenhua.com/show/NzkwOQ==.html",
        "县林业局 廉政风险点排查表, after the source's 特产 page on 玉屏萧笛 (地理标志证明商标, 贵州三宝, the prizes of "
        "1913 and 1915): a title, 序号/科室/岗位/责任人 on EVERY row/a short ``风险点``/a long ``风险表现``/风险等级 "
        "高/中/低/防控措施; no type column; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def yuping_market_bureau_posts() -> dict:
    unit = f"{PLACE}市场监督管理局"
    sh = _Sheet("清单", [6, 14, 14, 40, 14, 12, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "科室", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("综合执法大队", "执法检查岗", "general", "食品经营户检查走过场", "岗位职责风险", "Ⅰ级", "检查两人以上，全程记录。"),
        ("综合执法大队", "执法检查岗", "general", "案件查处降格处理", "业务流程风险", "Ⅰ级", "处罚案件集体审议。"),
        ("登记注册股", "窗口受理岗", "general", "经营主体登记材料审核不严", "制度机制风险", "Ⅱ级", "审核一次告知，网上留痕。"),
        ("登记注册股", "窗口受理岗", "general", "接受办事群众礼品", "思想道德风险", "Ⅱ级", "签订廉洁承诺书。"),
        ("办公室", "综合岗", "general", "会议培训经费报账不实", "外部环境风险", "Ⅲ级", "报账附通知和签到表。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    return _layout(
        "yuping_market_bureau_posts", "https://ntdtv.com/b5/2013/06/07/a909039.html",
        "县市场监督管理局 岗位廉政风险防控清单 对岗不对人, after the source's report on 玉屏 the 簫笛之鄉 (侗族 songs and "
        "dances, the 貢簫 of the 清 court): a title, 序号/科室 merged/岗位 merged per post/廉政风险点/风险类型 ``…风险``/"
        "风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names",
        [sh], t,
    )  # fmt: skip


def yuping_tourism_bureau_group_rows() -> dict:
    unit = f"{PLACE}文体广电旅游局"
    sh = _Sheet("清单", [6, 10, 12, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、局领导", "局领导", [
            ("局长", "一那蒌湲", "leader", [
                ("箫笛文化节承办单位个人指定", "一级风险", "承办单位政府采购。"),
                ("景区提升资金使用个人说了算", "一级风险", "资金使用集体研究，专账管理。"),
            ]),
        ]),
        ("二、文化市场综合执法大队", "文化市场综合执法大队", [
            ("大队长", "万纽于瑄", "middle", [
                ("网吧违规接纳未成年人查处放水", "二级风险", "查处结果集体审议，全程记录。"),
            ]),
        ]),
        ("三、图书馆", "图书馆", [
            ("馆长", "一那蒌泠", "middle", [
                ("图书采购收取回扣", "二级风险", "采购公开比选，验收两人签字。"),
                ("免费开放补助资金报账不实", "三级风险", "据实报账，两人复核。"),
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
    sh.add("填表：", None, "审核：", None, "2025年8月", None)
    return _layout(
        "yuping_tourism_bureau_group_rows", "https://cq69.com/thread-648110-2-1.html",
        "县文体广电旅游局 岗位廉政风险防控清单 under GROUP ROWS, after the source's walking travelogue through 玉屏 "
        "(the 風雨橋, 屏山公園, the 簫笛 statues by the river): a title, 序号/岗位/姓名/廉政风险点/风险等级 "
        "``一级风险/二级风险/三级风险``/防控措施, group rows ``一、局领导``, ``二、文化市场综合执法大队``, ``三、图书馆`` "
        "merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def yuping_minzu_school_selfchecks() -> dict:
    unit = f"{PLACE}民族中学"
    t = _Truth(unit)
    people = [
        ("万纽于澍", "", "校长", "leader", [
            ("食堂大宗食材采购指定供应商", "高", "食材公开采购，膳食委员会监督。", "已落实"),
            ("教辅资料征订收取回扣", "中", "征订自愿，不统一代购。", "已落实"),
        ]),
        ("一那蒌璠", "总务处", "干事", "general", [
            ("校舍零星维修不比价", "中", "维修三家比价，验收留痕。", "未发现问题"),
            ("实验器材入库登记不全", "低", "出入库台账每月核对。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "职　务", "填表日期", None, None)
        sh.add(who, dept + post, "2025年8月", None, None)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施", "落实情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        sh.add("本人签名：", None, "校领导意见：", None, None)
        sheets.append(sh)
    return _layout(
        "yuping_minzu_school_selfchecks", "http://56china.cn/bbs/forum.php?mod=viewthread&tid=32042",
        "县中学 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's forum post 侗乡笙萧 "
        "on 玉屏 (万卷书崖, 白沙洲, 紫气山 and its 天星桥): a title, a label row ``姓　名 | 职　务 | 填表日期`` over a row "
        "of values, then 序号/廉政风险点/风险等级 高/中/低/防控措施/``落实情况``; no type column",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    yuping_finance_point_holder_brackets(),
    yuping_zhujiachang_town_list(),
    yuping_maopo_village_list(),
    yuping_health_bureau_list(),
    yuping_forestry_screening(),
    yuping_market_bureau_posts(),
    yuping_tourism_bureau_group_rows(),
    yuping_minzu_school_selfchecks(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch1049-inbox"))

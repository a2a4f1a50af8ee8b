"""The nine-hundred-and-ninety-first batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 乡镇人民政府,
their 站所 and two 县直部门, 兴山县 (宜昌市, 湖北省) — its 古夫镇人民政府 and 水月寺镇人民政府, the 昭君镇财政所
and the 黄粮镇财政所, the 南阳镇农业服务中心, the 峡口镇国土资源所, the 县发展和改革局 and the 县商务局 — each
handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 古夫镇人民政府's 清单 under GROUP ROWS ``一、镇领导``, ``二、财政所``, ``三、农业服务中心``,
  ``四、国土资源所`` (no 科室 column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no
  type column;
- the 昭君镇财政所's 一览表: ``岗位 | 姓名`` merged per person (no 科室), ``…风险`` types, 高/中/低 and a
  ``注：`` line;
- the 峡口镇国土资源所's 排查表: ``岗位 | 姓名`` merged per person, a short ``风险点`` beside a long
  ``风险表现``, ``高风险/中风险/低风险``, no type column;
- the 南阳镇农业服务中心's 防控卡, one sheet a person (tabs named by the person): ``姓　名 | … | 职　务 |
  …`` and a merged 岗位职责 line, short types under ``风险类别``, ``一级/二级/三级``;
- the 黄粮镇财政所's 自查表, one sheet a person: a label row ``姓　名 | 职　务 | 自查日期`` over a row of
  values, ``★★★/★★/★`` read by a ``注：`` line, ``防控措施 | 自查情况``, no type column;
- the 水月寺镇人民政府's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``科室 | 岗位 | 责任人`` on EVERY
  row, short types, ``重点防控/一般防控/常规防控``;
- the 发展和改革局's 清单 对岗不对人: ``岗位`` merged, ``…风险`` types under ``风险类型``,
  ``Ⅰ级/Ⅱ级/Ⅲ级``; no names.

One is harder:

- ``xingshan_commerce_score_fractions``: the 商务局's 岗位廉政风险防控一览表 (``序号 | 股室 | 职务 | 姓名 |
  廉政风险点 | 风险类型 | 风险评分 | 防控措施``) with NO level column: the ``风险评分`` column gives each point a
  SCORE OUT OF TEN written as a fraction (``9/10``, ``7.5/10``, ``4/10``), and a ``注：`` line under the
  table gives the bands (``风险评分按10分制评定，填写“得分/满分”；8分（含）以上为一级风险，5分（含）至8分为
  二级风险，5分以下为三级风险``). The README's 读得懂的表 and docs/layouts.md know a level column of bare
  numbers read by a note's bands (``风险值6—9为高风险``), scores ticked in columns headed by the scores
  (LEVEL_BY_SCORE_TICKS), factors multiplied or weighted (LEVEL_BY_FACTORS), raters' scores averaged
  (LEVEL_BY_MEAN_SCORE) and amounts in bands (LEVEL_BY_AMOUNT_BANDS); they do not describe a score
  written as a FRACTION of its full mark (``得分/满分``) in one cell, which must be read as its score
  (the numerator) and put in the note's bands.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 镇纪委 overseeing a 村's 河滩发包
招标; the place and duties of the 乡镇财政所; the 国土资源部's 卫片执法检查 and 违法用地查处; a 乡's
农业推广站; the trend of the 乡镇财政所's duties; a 镇's first 农村招投标 under its 纪委 and 三资监管委员会;
the 发改委's 投资项目 审批 and 监管; the 商务部's draft 原油成品油流通管理办法) and the layout follows their
words for the unit, its parts, its posts and its risks. The rows are worded by us, the names invented
(the rare compound surnames 吐万 and 库狄 with rare given names); every unit is a body of 兴山县.

Run ``python tests/published/score.py --set batch991`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each point's level is the band its score falls in by the ``注：`` line: the
  score is the number before the ``/`` (``7.5/10`` is 7.5, 二级), 8 and above 一级, 5 to under 8 二级,
  under 5 三级; the ``注：`` line is no point;
- ``局领导`` (a 股室 cell) is the 科室 of the 局's leaders; a 局's 股 are 科室; a 镇's 所 and 中心 named
  by a group row are 科室 of the 镇, ``一、镇领导`` the 科室 of the 镇's leaders; the 水月寺镇's
  ``党政综合办公室``, ``经济发展办公室`` are 科室; a 站所 that hands back its own file (the 财政所, the
  农业服务中心, the 国土资源所) is a unit of its own and names no 科室;
- 局长, 副局长, 镇长, 党委书记, 副镇长, and the 所长, 副所长 and 主任 of a 站所 that is its own unit are
  leaders; 股长, 主任 (of a 镇's 办公室) and the 所长 of a 所 under a group row are middle; the rest
  general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``岗位职责``, ``自查情况`` and ``自查日期`` are no
  points and name no holder; the 发展和改革局's list names no person: its forms are posts;
- 高/中/低, ``一级/二级/三级``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, ``一级风险/…``, ``高风险/中风险/低风险`` and
  ``重点防控/一般防控/常规防控`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b991_"
PLACE = "兴山县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GUARDS = {"重点防控": 1, "一般防控": 2, "常规防控": 3}
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout


def band(score: str) -> int:
    """The level of a score ``得分/满分`` by the note's bands: 8 and above 1, 5 to under 8 2, else 3."""
    got, full = score.split("/")
    assert full == "10", score
    value = float(got)
    return 1 if value >= 8 else 2 if value >= 5 else 3


SCORED = [
    ("局领导", "局长", "吐万澂", "leader", "商贸流通项目资金分配个人说了算", "制度机制风险", "9/10",
     "项目资金分配经局党组会集体研究并公示。"),
    ("局领导", "局长", "吐万澂", "leader", "为亲友企业争取外贸扶持资金打招呼", "思想道德风险", "8/10",
     "领导干部插手干预登记报告，定期廉政谈话。"),
    ("局领导", "副局长", "库狄翙", "leader", "成品油零售经营资格初审把关不严", "岗位职责风险", "7.5/10",
     "初审材料两人核查，现场核验并留存影像。"),
    ("局领导", "副局长", "库狄翙", "leader", "接受加油站经营者宴请", "外部环境风险", "5/10",
     "签订廉洁承诺书，公开监督电话。"),
    ("商贸流通股", "股长", "吐万瑱", "middle", "县域商业体系建设项目验收走过场", "业务流程风险", "8.5/10",
     "项目验收组集体验收，第三方复核。"),
    ("商贸流通股", "股长", "吐万瑱", "middle", "再生资源回收企业备案中收受好处", "外部环境风险", "4.5/10",
     "备案事项网上办理，结果公开。"),
    ("市场运行股", "科员", "库狄沄", "general", "消费券、以旧换新补贴兑付名单审核不实", "岗位职责风险", "6/10",
     "补贴名单与销售数据比对，抽查回访。"),
    ("市场运行股", "科员", "库狄沄", "general", "单用途预付卡备案信息更改不留痕", "业务流程风险", "3/10",
     "备案系统全程留痕，每季度抽查。"),
]  # fmt: skip
SCORE_NOTE = (
    "注：风险评分按10分制评定，填写“得分/满分”；8分（含）以上为一级风险，5分（含）至8分为二级风险，"
    "5分以下为三级风险。"
)


def xingshan_commerce_score_fractions() -> dict:
    unit = f"{PLACE}商务局"
    sh = _Sheet("一览表", [6, 12, 9, 10, 40, 14, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "职务", "姓名", "廉政风险点", "风险类型", "风险评分", "防控措施")
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, score, measures) in enumerate(SCORED, 1):
        sh.add(n, dept, post, who, point, typ, score, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), band(score))
    _per_person(sh, first, 1, 2, 3)
    _line(sh, SCORE_NOTE, 8)
    sh.add("填表：办公室", None, None, "审核：", None, None, "2025年6月", None)
    return _layout(
        "xingshan_commerce_score_fractions", "http://fishea.cn/news/show-268411.html",
        "(harder) 县商务局 岗位廉政风险防控一览表, after the source's report of the 商务部's draft 原油成品油流通管理办法 "
        "(批发、仓储和零售经营资格, 市级初审, 省级审批): a title, 序号/股室 merged/职务 and 姓名 merged per person/"
        "廉政风险点/风险类型 ``…风险``/风险评分 WRITTEN AS A FRACTION ``得分/满分`` (``9/10``, ``7.5/10``)/防控措施, NO "
        "level column; a ``注：`` line giving the score bands (8 and above 一级, 5 to under 8 二级, under 5 三级)",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def xingshan_gufu_town_group_rows() -> dict:
    unit = f"{PLACE}古夫镇人民政府"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、镇领导", "镇领导", [
            ("镇长", "吐万璟", "leader", [
                ("镇村工程项目发包个人说了算", "一级风险", "项目发包经镇党政联席会研究，镇纪委全程监督。"),
                ("河滩、山林发包招标中打招呼", "一级风险", "发包一律进镇招投标交易中心。"),
            ]),
        ]),
        ("二、财政所", "财政所", [
            ("所长", "库狄琤", "middle", [
                ("镇级资金拨付审核把关不严", "二级风险", "资金拨付经所长、分管领导两级审核。"),
            ]),
        ]),
        ("三、农业服务中心", "农业服务中心", [
            ("农技员", "吐万翎", "general", [
                ("耕地地力保护补贴面积核实不实", "二级风险", "面积入户核实，村组公示。"),
                ("农资发放中优亲厚友", "三级风险", "发放名单公开，群众签字领取。"),
            ]),
        ]),
        ("四、国土资源所", "国土资源所", [
            ("所长", "库狄昶", "middle", [
                ("农村建房用地审查中收受好处", "一级风险", "建房审批“一站式”办理，结果公示。"),
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
    sh.add("填表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "xingshan_gufu_town_group_rows",
        "http://news.cnchu.com/jzrb/html/2022-02/14/content_196395.htm",
        "县古夫镇人民政府 廉政风险防控责任清单 under GROUP ROWS, after the source's account of a 镇纪委 overseeing a "
        "村's 河滩发包 招标 on the spot (资质审查, 全程监督, 现场整改): a title, 序号/岗位/姓名/廉政风险点/风险等级 "
        "``一级风险/二级风险/三级风险``/防控措施, group rows ``一、镇领导``, ``二、财政所``, ``三、农业服务中心``, "
        "``四、国土资源所`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def xingshan_zhaojun_finance_list() -> dict:
    unit = f"{PLACE}昭君镇财政所"
    sh = _Sheet("一览表", [6, 12, 10, 40, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所长", "库狄湛", "leader", "涉农补贴“一卡通”发放资金调度个人说了算", "制度机制风险", "高",
         "补贴资金发放经所务会研究，按月公开。"),
        ("所长", "库狄湛", "leader", "接受项目施工方礼金礼品", "思想道德风险", "高",
         "节前廉洁提醒，签订廉洁承诺书。"),
        ("总预算会计", "吐万琮", "general", "镇级预算追加审核不严", "岗位职责风险", "中",
         "预算追加按程序报批，集体审核。"),
        ("总预算会计", "吐万琮", "general", "村级“三资”代理记账凭证把关不严", "业务流程风险", "中",
         "凭证两人审核，季度抽查。"),
        ("出纳", "库狄瑀", "general", "现金收付不及时入账、坐支", "岗位职责风险", "低",
         "现金日清月结，所长每月盘点。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, None, 1, 2)
    _line(sh, "注：风险等级分为高、中、低三个等级。", 7)
    sh.add("制表：", None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "xingshan_zhaojun_finance_list", "https://m.fx361.cc/news/2020/0222/17737343.html",
        "县昭君镇财政所 岗位廉政风险防控一览表, after the source's paper on the 乡镇财政所's place and duties (支出管理, "
        "惠农补贴发放, 涉农资金监管): a title, 序号/岗位 and 姓名 merged per person (no 科室)/廉政风险点/风险类型 "
        "``…风险``/风险等级 高/中/低/防控措施; a ``注：`` line and a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def xingshan_xiakou_land_screening() -> dict:
    unit = f"{PLACE}峡口镇国土资源所"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 7)
    sh.add("序号", "岗位", "姓名", "风险点", "风险表现", "风险等级", "防控措施")
    rows = [
        ("所长", "吐万昀", "leader", "违法用地查处", "卫片图斑违法用地查处整改不到位、瞒报", "高风险",
         "图斑核查结果集体研判，整改台账销号。"),
        ("所长", "吐万昀", "leader", "用地审查", "农村宅基地审查中为亲友违规办理", "高风险",
         "审查实行回避，结果村组公示。"),
        ("土地管理员", "库狄芃", "general", "动态巡查", "巡查发现违法占地不制止、不上报", "中风险",
         "巡查日志每日填报，所长每周抽查。"),
        ("土地管理员", "库狄芃", "general", "确权登记", "确权登记材料审核不严", "中风险",
         "登记材料两人审核，全程留痕。"),
        ("综合岗", "吐万琇", "general", "档案管理", "土地档案借阅不登记、泄露信息", "低风险",
         "档案借阅登记审批。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, tier, point, desc, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, desc, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], HIGHS[lv])
    _per_person(sh, first, None, 1, 2)
    sh.add("填表人：", None, "审核人：", None, None, "2025年4月", None)
    return _layout(
        "xingshan_xiakou_land_screening", "http://hbqejs.com/qejs/article.php?aid=73",
        "县峡口镇国土资源所 廉政风险点排查表, after the source's report of the 国土资源部's 土地卫片执法检查 督查 (农民违法"
        "建房用地, 违法用地查处整改不到位, 约谈问责): a title, 序号/岗位 and 姓名 merged per person/a short ``风险点``/"
        "a long ``风险表现``/风险等级 ``高风险/中风险/低风险``/防控措施; no type column; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def xingshan_nanyang_agri_cards() -> dict:
    unit = f"{PLACE}南阳镇农业服务中心"
    t = _Truth(unit)
    cards = [
        ("库狄鹓", "主任", "主持中心全面工作，分管农业项目", "leader", [
            ("农业项目实施主体确定中打招呼", "外部环境", "一级", "项目实施主体公开比选，结果公示。"),
            ("项目资金报账审核把关不严", "制度机制", "一级", "报账经中心、财政所两级审核。"),
        ]),
        ("吐万骞", "农技推广员", "农业技术推广、新品种示范", "general", [
            ("示范户遴选优亲厚友", "思想道德", "二级", "示范户村组推荐，公示无异议后确定。"),
            ("良种补贴物资发放登记不实", "业务流程", "二级", "发放登记户主签字，抽查回访。"),
        ]),
        ("库狄珣", "动物防疫员", "动物防疫、检疫申报受理", "general", [
            ("检疫出证不到场、收费不开票", "岗位职责", "二级", "检疫全程记录，收费统一票据。"),
            ("接受养殖户吃请", "外部环境", "三级", "签订廉洁承诺书，公开监督电话。"),
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
        sh.add("持卡人签名：", None, "主任签名：", None, None)
        sheets.append(sh)
    return _layout(
        "xingshan_nanyang_agri_cards",
        "https://www.seridoat.com/article/jie-mi-shao-yang-xian-huang-tang-xiang-nong-ye-tui-guang-zhan-zhu-li-xiang-"
        "cun-zhen-xing-de-mi-mi-wu.html",
        "县南阳镇农业服务中心 岗位廉政风险防控卡, one sheet a person (tabs named by the person), after the source's account "
        "of a 乡's 农业推广站 (技术推广, 技术培训, 项目实施, 试验示范): a title, ``姓　名 | … | 职　务 | …`` and a merged "
        "岗位职责 line, then 序号/风险点/风险类别 (short names)/风险等级 ``一级/二级/三级``/防控措施; 持卡人签名/主任签名",
        sheets, t,
    )  # fmt: skip


def xingshan_huangliang_finance_selfchecks() -> dict:
    unit = f"{PLACE}黄粮镇财政所"
    t = _Truth(unit)
    people = [
        ("吐万瑷", "所长", "leader", [
            ("乡财县管资金调度中为他人谋利", "★★★", "资金调度按程序报县财政局审批。", "已落实"),
            ("涉农补贴资金拨付不及时、截留", "★★", "补贴资金限时拨付，按月通报。", "已落实"),
        ]),
        ("库狄骥", "报账员", "general", [
            ("报账票据审核不严、白条入账", "★★", "票据审核签字留痕，杜绝白条。", "未发现问题"),
            ("工资发放表编制不实", "★", "工资表与人事数据核对。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "职　务", "自查日期", None, None)
        sh.add(who, post, "2025年5月", None, None)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, "", post, who, tier, point, [], STARS[lv])
        _line(sh, "注：★★★为一级风险，★★为二级风险，★为三级风险。", 5)
        sh.add("本人签名：", None, "所长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "xingshan_huangliang_finance_selfchecks", "http://www.kjlww.com/m/article-56842.html",
        "县黄粮镇财政所 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's paper on the "
        "trend of the 乡镇财政所's duties (乡财县管, 发放工资和涉农补贴, 账务处理): a title, a label row ``姓　名 | 职　务 | "
        "自查日期`` over a row of values, then 序号/廉政风险点/风险等级 ``★★★/★★/★``/防控措施/``自查情况``; a "
        "``注：`` line; no type column; ``本人签名： | 所长意见：``",
        sheets, t,
    )  # fmt: skip


def xingshan_shuiyuesi_town_list() -> dict:
    unit = f"{PLACE}水月寺镇人民政府"
    sh = _Sheet("一览表", [6, 16, 10, 10, 40, 11, 10, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "科室", "岗位", "责任人", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("镇领导", "党委书记", "库狄熠", "leader", "镇村工程招投标中插手干预", "思想道德", "重点防控",
         "工程招投标镇纪委、三资监管委员会全程监督。"),
        ("镇领导", "党委书记", "库狄熠", "leader", "村级集体资产处置决策不民主", "制度机制", "重点防控",
         "资产处置“四议两公开”。"),
        ("经济发展办公室", "主任", "吐万珺", "middle", "通组公路返修工程计量审核不实", "岗位职责", "重点防控",
         "工程计量经监理、村监委会签字。"),
        ("经济发展办公室", "主任", "吐万珺", "middle", "招投标资格审查走过场", "业务流程", "一般防控",
         "资格审查资料公开，接受投标人监督。"),
        ("党政综合办公室", "科员", "库狄璇", "general", "公务接待超标准、虚列开支", "外部环境", "一般防控",
         "接待清单审批，按月公示。"),
        ("党政综合办公室", "科员", "库狄璇", "general", "办公用品采购不比价", "岗位职责", "常规防控",
         "采购三家比价，验收签字。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), GUARDS[lv])
    sh.add("填表人：", None, "审核人：", None, "镇长（签字）：", None, None, None)
    return _layout(
        "xingshan_shuiyuesi_town_list",
        "http://news.xnnews.com.cn/xyxw/news_xa/201504/t20150421_2187958.shtml",
        "县水月寺镇人民政府 岗位廉政风险防控一览表, after the source's report of a 镇's first 农村招投标 of the spring "
        "(镇纪委牵头, 招投标交易中心, 村三资监管委员会全程监督): ``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, "
        "then 序号/科室/岗位/责任人 on EVERY row/廉政风险点/风险类别 (short names)/风险等级 ``重点防控/一般防控/常规防控``/"
        "防控措施; a 填表人/审核人/镇长（签字） line",
        [sh], t,
    )  # fmt: skip


def xingshan_development_reform_posts() -> dict:
    unit = f"{PLACE}发展和改革局"
    sh = _Sheet("清单", [6, 16, 40, 14, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 6)
    sh.add("序号", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局长", "leader", "政府投资项目审批个人说了算", "制度机制风险", "Ⅰ级", "项目审批局党组会集体研究。"),
        ("局长", "leader", "中央预算内投资项目申报中为企业打招呼", "外部环境风险", "Ⅰ级",
         "插手干预项目申报一律登记报告。"),
        ("投资股股长", "middle", "项目可行性研究报告审查走过场", "岗位职责风险", "Ⅱ级",
         "可研报告组织专家评审，意见公开。"),
        ("投资股股长", "middle", "企业投资项目备案信息审核不严", "业务流程风险", "Ⅱ级", "备案信息系统校验，定期抽查。"),
        ("价格认定员", "general", "涉案财物价格认定中收受好处", "思想道德风险", "Ⅱ级", "价格认定两人以上，集体审核。"),
        ("价格认定员", "general", "价格认定结论出具不及时", "岗位职责风险", "Ⅲ级", "认定事项限时办结。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, point, typ, lv, measures)
        t.point(sh.name, "", post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add("编制：办公室", None, "审核：", None, "2025年3月", None)
    return _layout(
        "xingshan_development_reform_posts", "http://www.zzwlawyer.com/38918.html",
        "县发展和改革局 岗位廉政风险防控清单 对岗不对人, after the source's account of the 发改委's 投资项目 (立项, 可行性"
        "研究, 审批核准, 专家评审, 全过程监管): a title, 序号/岗位 merged per post/廉政风险点/风险类型 ``…风险``/风险等级 "
        "``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    xingshan_commerce_score_fractions(),
    xingshan_gufu_town_group_rows(),
    xingshan_zhaojun_finance_list(),
    xingshan_xiakou_land_screening(),
    xingshan_nanyang_agri_cards(),
    xingshan_huangliang_finance_selfchecks(),
    xingshan_shuiyuesi_town_list(),
    xingshan_development_reform_posts(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch991-inbox"))

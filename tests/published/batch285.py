"""The two-hundred-and-eighty-fifth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 乡镇, 街道 and
their 站所 and 村/社区, 旺苍县 (a mountain county of 广元 on the 东河, its staff Han) — the 嘉川镇财政所,
the 白水镇便民服务中心, the 尚武镇农业综合服务中心, the 东城街道办事处, the 张华镇, the 黄洋镇鹿亭社区, the
普济镇岩垭村 and the 木门镇寨坪村股份经济合作社 — each handing back the 排查表, 防控卡, 一览表, 防控表,
自查表 or 清单 its staff typed in WPS or Excel:

- the 嘉川镇财政所's 排查表 对岗不对人 (no 股 and no names): ``岗位`` merged per post, a short ``风险点``
  beside a long ``风险表现``, ``一级/二级/三级``, no type column, an 编制/审核/date line;
- the 白水镇便民服务中心's 防控卡, one sheet a holder (tabs named by the post): ``持卡人 | … | 职　务 | …``
  and a merged ``所在窗口 | …`` above ``序号 | 风险点 | 风险等级 | 防控措施``, ``★★★/★★/★`` read by a
  ``注：`` line, no type column, ``监督电话：12388 | 持卡人签字：``;
- the 尚武镇农业综合服务中心's 一览表 under a ``填报单位（盖章）：…　填报时间：…`` line: ``股室`` merged
  (中心领导, 农技站, 畜牧兽医站, 农经站, 农产品质量安全监管站), ``岗位`` and ``姓名`` merged per person,
  short types, ``Ⅰ级/Ⅱ级/Ⅲ级``;
- the 东城街道办事处's file in two sheets: ``街道领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``内设机构`` (``科室`` merged, ``岗位`` and ``姓名`` merged per person), ``高风险/中风险/低风险``, no type
  column;
- the 张华镇's 防控表 under GROUP ROWS ``一、镇领导班子`` … ``四、财政所`` merged across (no 科室 column):
  ``岗位 | 姓名`` merged per person, ``…风险`` types, ``一级/二级/三级``;
- the 黄洋镇鹿亭社区's 自查表, one sheet a person (tabs named by the person): a label row ``姓　名 | 职　务
  | 填表时间`` over a row of values, then ``序号 | 风险点 | 风险等级 | 防控措施 | 自查情况``,
  ``一级风险/二级风险/三级风险``, no type column, ``本人签名： | … | 社区党委意见：``;
- the 普济镇岩垭村's 责任清单 written on EVERY row (no merges): ``岗位 | 姓名 | 职责事项 | 廉政风险点 |
  风险类别 | 风险等级 | 防控措施``, short types, 高/中/低.

One is harder:

- ``wangcang_zhaiping_coop_shared_posts``: the 寨坪村股份经济合作社's 小微权力廉洁风险防控清单, ONE ROW A
  POINT (``序号 | 权力事项 | 廉洁风险点 | 责任岗位及风险等级 | 防控措施``), where the cell
  ``责任岗位及风险等级`` lists, one to a line, EVERY POST THAT SHARES THE POINT, EACH WITH ITS OWN LEVEL in
  brackets: ``理事长（高）⏎副理事长（中）⏎监事长（低）``; most rows name two or three posts, one row one
  post. The holders stand in a roster above the heading (``理事长 | 苟澄蓠 | 副理事长 | 敬昀潼`` and
  ``监事长 | 蹇霈沄 | 报账员 | 母汀岳``), and a ``注：`` line under the table says that a point shared by
  several posts is graded for each post by its part in the matter. So one row is several points,
  one for each post it lists, each with the level written after that post; there is no level
  column. The README's 读得懂的表 knows a roster above the table (``村文书 | 戴晓军 | …``), a 责任人 cell
  listing several posts (``村支书、村主任``) as mere responsible persons, ``科主任、护士长`` in a
  ``责任岗位`` column choosing among name columns (each post taking the row's one level), a level in
  brackets after a point (``违规审批(高)``, under ``风险点及等级``), ``民政专干(高丽)`` (post and holder),
  and post COLUMNS under ``各岗位风险等级`` or ``廉政风险点`` with a level or a point in each post's
  column; it does not describe ONE CELL listing several posts that each hold the row's point at a
  LEVEL OF ITS OWN written beside the post.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a study of 农村股份经济合作社 治理 —
成员（代表）大会, 理事会, 监事会, 股权, 收益分配, 内部人控制; an essay on 惠民惠农 资金 发放 的“最后一公里”
— 申报, 审核, 公示, 发放, 一卡通, 截留挪用; a 乡镇为民服务中心 星级评定 考评表 — 标识, 功能区域, 咨询导服,
窗口, 自助服务, 政务公开; a 镇's 农牧业综合服务中心 “三站合一” and its 农畜产品质量监管所 — 所长, 检测员,
镇级监管员, 村级监督员; a 街道 社区 拆迁 工作方案 — 利益协调, 补偿, 安置, 风险防控; a 镇's 村集体经济
组织 财务管理 制度 — 预决算, 民主理财, 村账镇管; a 社区 “十联户” 工作方案 — 联户长, 网格, 居民参与; a
村集体经济组织 财务 管理 规定 — 财务计划, 成员会议, 资产管理, 误工补贴) and the layout follows their
words for the unit, its parts, its posts and its risks. The rows are worded by us, the names
invented (rare Han surnames, some of them common in 川北 — 苟, 敬, 蹇, 母, 谯 — with rare given names);
every unit is a body of 旺苍县.

Run ``python tests/published/score.py --set batch285`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each post listed in a ``责任岗位及风险等级`` cell holds the row's point, at the
  level in brackets after it (高/中/低 → 1/2/3), and its holder is the person the roster above the
  heading names against that post; one form a post (a person), however many rows name it;
  ``权力事项`` and ``防控措施`` are no points and name no post; the 合作社 has no 科室;
- in the files of a 财政所, a 便民服务中心 or a 农业综合服务中心 that body is the unit (as batches 278
  and 281 took them), its 窗口, 站 and the 中心领导 its 科室, a file without such a column or card line
  giving no 科室 (department ""); a 街道办事处's 办公室 are 科室 and the ``街道领导`` sheet (its tab and its title
  ``…街道领导廉政风险防控表``) the 科室 of its leaders; in the 张华镇's file (a 镇 and its 站所) a group row ``四、财政所`` gives the 科室
  ``财政所`` (its number left off) and ``一、镇领导班子`` the 科室 of the leaders; a 社区, a 村 and a
  合作社 are units with no 科室;
- 党委书记, 党委副书记、镇长, 党工委书记, 办事处主任, 办事处副主任, 党委委员、副镇长, a 所's 所长 and a
  中心's 主任 and 副主任 (in their own file), 社区党委书记、居委会主任, 村党支部书记、村委会主任 (一肩挑,
  kept as written) and the 合作社's 理事长 are leaders; a 站所's 所长 in the 镇's list, a 站's 站长, an
  办公室's 主任, 居委会副主任, 村委会副主任, 村务监督委员会主任, 副理事长 and 监事长 middle; the rest
  (预算会计, 出纳, 惠民惠农补贴专管员, 窗口工作人员, 帮办代办员, 农技员, 动物防疫检疫员, 农经员, 检测员,
  科员, 征收专干, 民政专干, 网格员, 社区报账员, 村文书, 报账员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``职责事项``, ``权力事项`` and
  ``自查情况`` are no points and name no holder; the 嘉川镇财政所's list names no person: its forms are
  posts (对岗不对人);
- ``一级/二级/三级``, ``★★★/★★/★``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``高风险/中风险/低风险``,
  ``一级风险/二级风险/三级风险`` and ``高/中/低`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b285_"
PLACE = "旺苍县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int,
                last: int | None = None) -> None:  # fmt: skip
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs, last)


# --------------------------------------------------------------------------- harder layout

COOP = f"{PLACE}木门镇寨坪村股份经济合作社"
# the roster above the heading: (post, holder, tier), two posts a row
ROSTER = [
    ("理事长", "苟澄蓠", "leader"),
    ("副理事长", "敬昀潼", "middle"),
    ("监事长", "蹇霈沄", "middle"),
    ("报账员", "母汀岳", "general"),
]
SHARED_NOTE = (
    "注：同一风险点涉及几个岗位的，按各岗位在该事项中所负责任分别评定风险等级（高、中、低），"
    "写在岗位后的括号内。"
)

# (权力事项, 廉洁风险点, [(岗位, 等级)], 防控措施)
SHARED_POINTS = [
    ("集体资产发包租赁", "集体资产发包、租赁不经成员（代表）大会表决，低价发包给关系人",
     [("理事长", "高"), ("副理事长", "中"), ("监事长", "低")],
     "发包租赁方案经成员（代表）大会表决，合同和收入张榜公示。"),
    ("收益分配", "股份分红方案不公开，截留、少分成员收益",
     [("理事长", "高"), ("报账员", "中")],
     "分配方案经成员（代表）大会通过，分红明细逐户公示。"),
    ("股权管理", "成员身份确认和股权变更登记弄虚作假，优亲厚友",
     [("副理事长", "高"), ("监事长", "中")],
     "股权变更经理事会审核、监事会监督，台账报镇农经站备案。"),
    ("财务收支", "白条入账、坐收坐支，集体资金公款私存",
     [("报账员", "高"), ("理事长", "中")],
     "收支一律凭合法票据，村账镇代管，资金进合作社专户。"),
    ("经营项目实施", "集体经营项目化整为零规避镇级比选，指定施工队",
     [("理事长", "高"), ("副理事长", "高"), ("监事长", "中")],
     "项目实施方案经理事会、监事会联席会议研究，按限额比选。"),
    ("监督检查", "对理事会违规决策不提出异议，民主理财走过场",
     [("监事长", "高")],
     "监事会每季度审核收支，审核意见向成员公开。"),
    ("误工补贴发放", "虚报误工人员名单、务工天数套取集体资金",
     [("副理事长", "中"), ("报账员", "低")],
     "误工补贴标准经成员（代表）大会确定，发放名单公示。"),
]  # fmt: skip


def shared_cell(posts: list[tuple[str, str]]) -> str:
    """A ``责任岗位及风险等级`` cell: each post with its own level, one to a line."""
    return "\n".join(f"{post}（{lv}）" for post, lv in posts)


def wangcang_zhaiping_coop_shared_posts() -> dict:
    sh = _Sheet("清单", [6, 16, 40, 16, 36])
    t = _Truth(COOP)
    holders = {post: (who, tier) for post, who, tier in ROSTER}
    _line(sh, f"{COOP}小微权力廉洁风险防控清单", 5)
    _line(sh, f"填报单位（盖章）：{COOP}{GAP * 8}填报时间：2025年6月", 5)
    for i in range(0, len(ROSTER), 2):
        (p1, w1, _), (p2, w2, _) = ROSTER[i], ROSTER[i + 1]
        sh.add(p1, w1, p2, w2, None)
    sh.add("序号", "权力事项", "廉洁风险点", "责任岗位及风险等级", "防控措施")
    for n, (matter, point, posts, measures) in enumerate(SHARED_POINTS, 1):
        sh.add(n, matter, point, shared_cell(posts), measures)
        for post, lv in posts:
            who, tier = holders[post]
            t.point(sh.name, "", post, who, tier, point, [], HML[lv])
    _line(sh, SHARED_NOTE, 5)
    sh.add("理事长（签字）：", None, "监事长（签字）：", None, "2025年6月")
    return _layout(
        "wangcang_zhaiping_coop_shared_posts", "http://91fabiao.com/zazhi/7225516.html",
        "(harder) 村股份经济合作社 小微权力廉洁风险防控清单, after the source's study of 农村股份经济合作社 治理 (成员（代表）"
        "大会, 理事会, 监事会, 股权, 收益分配, 内部人控制): a title, a merged ``填报单位（盖章）：…　填报时间：2025年6月`` "
        "line, a ROSTER of two rows above the heading (``理事长 | … | 副理事长 | …``, ``监事长 | … | 报账员 | …``), then "
        "序号/权力事项/廉洁风险点/``责任岗位及风险等级``/防控措施, ONE ROW A POINT whose ``责任岗位及风险等级`` cell lists, "
        "one to a line, every post sharing the point with ITS OWN LEVEL in brackets (``理事长（高）⏎副理事长（中）⏎"
        "监事长（低）``); no level column, no type column; a merged ``注：`` line saying so and a 理事长/监事长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def wangcang_jiachuan_finance_posts() -> dict:
    unit = f"{PLACE}嘉川镇财政所"
    sh = _Sheet("排查表", [6, 16, 20, 38, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 6)
    sh.add("序号", "岗位", "风险点", "风险表现", "风险等级", "防控措施")
    rows = [
        ("所长", "leader", "资金拨付审批", "惠民惠农资金拨付不按审核结果，擅自改变发放对象", "一级",
         "拨付凭县级主管部门审核名单，所长和分管领导双签。"),
        ("所长", "leader", "镇级财政支出", "镇级财政资金超预算、无预算支出", "二级", "支出按预算执行，月度执行情况报镇党委会。"),
        ("预算会计", "general", "账务处理", "虚列支出、调节账目，套取财政资金", "一级", "记账凭证逐笔复核，季度与县财政局对账。"),
        ("惠民惠农补贴专管员", "general", "补贴信息录入", "“一卡通”信息录入时更改补贴对象和金额", "一级",
         "录入数据与公示名单双人比对，系统留痕。"),
        ("惠民惠农补贴专管员", "general", "补贴公示", "补贴名单不公示或公示时间不足", "二级", "名单在村务公开栏公示不少于7天，拍照存档。"),
        ("惠民惠农补贴专管员", "general", "入户核查", "入户核查走过场，对虚报冒领不报告", "三级", "每季度随机入户抽查，问题清单报所长。"),
        ("出纳", "general", "资金收付", "公款私存，挪用财政资金", "二级", "资金一律通过国库集中支付，出纳不兼记账。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, tier, point, desc, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, point, desc, lv, measures)
        t.point(sh.name, "", post, "", tier, point, [], GRADES[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add("编制：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "wangcang_jiachuan_finance_posts",
        "https://www.seridoat.com/article/hui-min-hui-nong-zhi-li-ru-he-po-jie-zui-hou-yi-gong-li-nan-ti-zi-jin-fa-fang-tou-ming-du-yu-jian-gu.html",
        "镇财政所 岗位廉政风险点排查表 对岗不对人, after the source's essay on 惠民惠农 资金 发放 的“最后一公里” (申报, 审核, "
        "公示, 发放, 一卡通, 截留挪用, 入户核查): a title, then 序号/岗位 merged per post (所长, 预算会计, 惠民惠农补贴专管员, "
        "出纳)/a short 风险点/a long 风险表现/风险等级 ``一级/二级/三级``/防控措施; no 股, no names, no type column; an "
        "``编制： | 审核： | 2025年5月`` line",
        [sh], t,
    )  # fmt: skip


def wangcang_baishui_service_center_cards() -> dict:
    unit = f"{PLACE}白水镇便民服务中心"
    t = _Truth(unit)
    cards = [
        ("主任", "冼沅蘅", "主任", "中心领导", "leader", [
            ("窗口人员考勤和星级评定打分照顾关系", "★★", "考评细则公开，评定结果在大厅公示。"),
            ("进驻事项办理超时不督办，默许窗口“吃拿卡要”", "★★★", "超时事项每周通报，群众投诉限时办结。"),
        ]),
        ("社保医保窗口", "郜泠岫", "窗口工作人员", "社保医保窗口", "general", [
            ("城乡居民养老保险待遇资格认证不核实即办理", "★★★", "资格认证系统比对，疑点人员入户核实。"),
            ("优先为熟人办理、插队办理", "★★", "叫号办理，办理顺序系统记录。"),
            ("泄露参保人员个人信息", "★", "信息查询实名登记，定期抽查。"),
        ]),
        ("综合受理窗口", "邝翊桉", "帮办代办员", "综合受理窗口", "general", [
            ("帮办代办中收取群众费用或财物", "★★★", "帮办代办免费，服务事项张贴公示。"),
            ("代办材料保管不善、遗失群众证件", "★", "代办材料交接登记，群众签字确认。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, dept, tier, points in cards:
        sh = _Sheet(tab, [6, 38, 10, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("持卡人", who, "职　务", post)
        r = sh.add("所在窗口", dept, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(points, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, dept, post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("监督电话：12388", None, "持卡人签字：", None)
        sheets.append(sh)
    return _layout(
        "wangcang_baishui_service_center_cards", "https://m.wenke99.com/p-14997216.html",
        "镇便民服务中心 岗位廉政风险防控卡, one sheet a holder (tabs 主任, 社保医保窗口, 综合受理窗口), after the source's 乡镇"
        "为民服务中心 星级评定 考评表 (标识, 功能区域, 咨询导服, 窗口, 自助服务, 政务公开, 应急处突): a title, ``持卡人 | … | "
        "职　务 | …`` and a merged ``所在窗口 | …`` (中心领导 for the 主任), then 序号/风险点/风险等级 ``★★★/★★/★``/"
        "防控措施; no type column; a ``注：`` line and ``监督电话：12388 | 持卡人签字：``",
        sheets, t,
    )  # fmt: skip


def wangcang_shangwu_agri_center_list() -> dict:
    unit = f"{PLACE}尚武镇农业综合服务中心"
    sh = _Sheet("一览表", [6, 18, 12, 10, 38, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "眭砚汀", "leader", [
            ("农业项目申报不经集体研究，虚报项目", "制度机制", "Ⅰ级", "项目申报经中心会议研究，报镇党委审定。"),
            ("插手农资、种苗采购，指定供应商", "思想道德", "Ⅰ级", "采购按镇比选规定执行，纪检委员全程监督。"),
        ]),
        ("中心领导", "副主任", "璩沐涵", "leader", [
            ("对“三站合一”后各站业务监督不力", "岗位职责", "Ⅱ级", "各站工作每月报告，问题限期整改。"),
        ]),
        ("农技站", "站长", "逄霁棠", "middle", [
            ("耕地地力保护补贴面积核实不准", "岗位职责", "Ⅰ级", "面积核实到户到地块，村组两级公示。"),
            ("测土配方施肥物资分配优亲厚友", "业务流程", "Ⅱ级", "分配名单公示，领取签字。"),
        ]),
        ("畜牧兽医站", "动物防疫检疫员", "訾岚漪", "general", [
            ("产地检疫不到场即出具检疫证明", "岗位职责", "Ⅰ级", "检疫实行到场查验，影像资料上传。"),
            ("接受养殖户宴请、礼品", "外部环境", "Ⅲ级", "签订廉洁承诺书，节前廉洁提醒。"),
        ]),
        ("农经站", "农经员", "濮翀屿", "general", [
            ("村集体“三资”代理记账中对白条不纠正", "业务流程", "Ⅱ级", "代理记账票据逐张审核，问题票据退回。"),
        ]),
        ("农产品质量安全监管站", "检测员", "斛沄霏", "general", [
            ("农残速测结果不如实记录", "岗位职责", "Ⅱ级", "检测原始记录不得涂改，结果双人签字。"),
            ("抽检前向生产主体通风报信", "思想道德", "Ⅲ级", "抽检对象随机确定，出发前告知。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, "中心主任（签字）：", None, None)
    return _layout(
        "wangcang_shangwu_agri_center_list", "http://zdrubber168.cn/News/751980.html",
        "镇农业综合服务中心 岗位廉政风险防控一览表, after the source's 镇 农牧业综合服务中心 “三站合一” and its 农畜产品质量监管所 "
        "(所长由中心主任兼任, 检测员, 镇级监管员, 村级监督员): a title, a merged ``填报单位（盖章）：…　填报时间：2025年6月`` "
        "line, 序号/股室 merged (中心领导, 农技站, 畜牧兽医站, 农经站, 农产品质量安全监管站)/岗位 and 姓名 merged per "
        "person/廉政风险点/风险类型 (short names)/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; a 填表人/审核人/中心主任（签字） line",
        [sh], t,
    )  # fmt: skip


def wangcang_dongcheng_street_two_sheets() -> dict:
    unit = f"{PLACE}东城街道办事处"
    t = _Truth(unit)
    lead = _Sheet("街道领导", [6, 10, 12, 22, 36, 10, 34])
    _line(lead, f"{unit}街道领导廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("阚淏岑", "党工委书记", "主持街道党工委全面工作", [
            ("征收拆迁补偿方案不经党工委集体研究", "高风险", "补偿方案党工委会集体研究，报县政府审定。"),
            ("干部调整、评优推荐搞亲疏远近", "中风险", "干部调整按程序酝酿，结果公示。"),
        ]),
        ("蒯琰汐", "办事处主任", "主持办事处全面工作，分管财务", [
            ("大额资金支出审批把关不严", "高风险", "大额资金支出主任办公会研究，会签支付。"),
        ]),
        ("糜渟岱", "办事处副主任", "分管城乡建设、征收拆迁", [
            ("为关系人多评多补、提高安置标准打招呼", "高风险", "插手干预事项如实登记报告。"),
            ("对拆迁过渡费发放监督不力", "低风险", "过渡费按月公示，发放名单逐户核对。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "街道领导", post, who, "leader", point, [], BANDS[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    staff = _Sheet("内设机构", [6, 16, 10, 10, 36, 10, 34])
    _line(staff, f"{unit}内设机构岗位廉政风险防控表", 7)
    staff.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("党政综合办公室", "主任", "隗澍峦", "middle", [
            ("公务接待超标准、虚列接待费用", "中风险", "接待实行公函和清单制度，按月公示。"),
        ]),
        ("党政综合办公室", "科员", "宓瑾潆", "general", [
            ("办公用品采购虚开发票", "低风险", "采购入库验收双人签字。"),
        ]),
        ("城乡建设办公室", "主任", "逯晗沣", "middle", [
            ("被征收房屋面积、附属物登记不实", "高风险", "入户测量三方到场，登记结果公示。"),
            ("安置房分配顺序人为调整", "高风险", "安置房公开摇号，全程录像。"),
        ]),
        ("城乡建设办公室", "征收专干", "郦峤萱", "general", [
            ("泄露补偿评估信息，诱导群众找“中间人”", "中风险", "评估信息统一发布，签订保密承诺。"),
        ]),
        ("社会事务办公室", "民政专干", "厍泓昙", "general", [
            ("低保对象入户调查不实，优亲厚友", "高风险", "入户调查两人以上，社区评议、街道公示。"),
            ("临时救助资金审批不规范", "中风险", "救助对象和金额按月公示。"),
        ]),
    ]  # fmt: skip
    first = len(staff.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, lv, measures in points:
            n += 1
            staff.add(n, dept, post, who, point, lv, measures)
            t.point(staff.name, dept, post, who, tier, point, [], BANDS[lv])
    _per_person(staff, first, 1, 2, 3)
    staff.add("填表人：", None, "审核人：", None, "2025年6月", None, None)
    return _layout(
        "wangcang_dongcheng_street_two_sheets", "https://www.renrendoc.com/paper/508202020.html",
        "县城街道办事处 廉政风险防控表 in two sheets, after the source's 街道 社区 拆迁 工作方案 (利益协调, 补偿, 安置, 过渡, "
        "风险防控): ``街道领导`` — a title, 序号/``姓名 | 职务 | 分管工作`` merged per leader/廉政风险点/风险等级/防控措施; "
        "``内设机构`` — a title, 序号/科室 merged (党政综合办公室, 城乡建设办公室, 社会事务办公室)/岗位 and 姓名 merged per "
        "person/…; levels ``高风险/中风险/低风险``; no type column; a 填表人/审核人/date line",
        [lead, staff], t,
    )  # fmt: skip


def wangcang_zhanghua_town_groups() -> dict:
    unit = f"{PLACE}张华镇"
    sh = _Sheet("防控表", [6, 16, 10, 38, 13, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{PLACE}张华镇岗位廉政风险防控表", 7)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、镇领导班子", "镇领导班子", [
            ("党委书记", "禚漪岚", "leader", [
                ("“三重一大”事项个人说了算", "制度机制风险", "一级", "“三重一大”事项党委会集体研究，纪要存档。"),
            ]),
            ("党委副书记、镇长", "昝珣澹", "leader", [
                ("村级项目发包打招呼、插手干预", "思想道德风险", "一级", "村级项目按限额比选，结果公示。"),
                ("镇级财政资金审批“一支笔”把关不严", "岗位职责风险", "二级", "大额支出镇长办公会研究。"),
            ]),
        ]),
        ("二、党政综合办公室", "党政综合办公室", [
            ("主任", "仉湛蕖", "middle", [
                ("公车使用、加油维修管理不严", "业务流程风险", "三级", "公车使用登记，加油维修定点。"),
            ]),
        ]),
        ("三、农业农村办公室", "农业农村办公室", [
            ("主任", "邴珂溆", "middle", [
                ("村集体“三资”清查走过场", "岗位职责风险", "二级", "清查结果镇村两级公示，问题销号。"),
            ]),
            ("农经员", "谯钤沅", "general", [
                ("村级财务审计发现问题不报告", "岗位职责风险", "二级", "审计报告报镇党委，问题移交纪委。"),
                ("帮村级组织违规列支招待费", "外部环境风险", "三级", "村级招待费实行零招待，报账审核。"),
            ]),
        ]),
        ("四、财政所", "财政所", [
            ("所长", "郗淙芃", "middle", [
                ("村账镇代管中违规审批村级支出", "业务流程风险", "一级", "村级支出按民主理财程序审批。"),
                ("预决算编制不真实，隐瞒收入", "制度机制风险", "二级", "预决算经镇人大审查，公开。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for caption, dept, people in groups:
        _line(sh, caption, 7)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for point, typ, lv, measures in points:
                n += 1
                sh.add(n, post, who, point, typ, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("填表人：", None, "审核人：", None, "镇党委书记（签字）：", None, None)
    return _layout(
        "wangcang_zhanghua_town_groups", "http://www.ruiyinglinkage.com/haowen/33204.html",
        "镇 岗位廉政风险防控表, after the source's 镇 农村集体经济组织 财务管理 制度 (预决算, 民主理财, 村账镇管, 财务公开, "
        "审计): a title, 序号/岗位/姓名/廉政风险点/风险类型 ``…风险``/风险等级 ``一级/二级/三级``/防控措施, under GROUP ROWS "
        "``一、镇领导班子`` … ``四、财政所`` merged across (no 科室 column); 岗位 and 姓名 merged per person; a 填表人/审核人/"
        "镇党委书记（签字） line",
        [sh], t,
    )  # fmt: skip


def wangcang_luting_community_selfchecks() -> dict:
    unit = f"{PLACE}黄洋镇鹿亭社区"
    t = _Truth(unit)
    people = [
        ("佴瑄漪", "社区党委书记、居委会主任", "leader", [
            ("社区公益性岗位人员推荐优亲厚友", "一级风险", "推荐人选经“两委”会研究并公示。", "已落实"),
            ("社区惠民资金使用不公开", "二级风险", "资金使用情况在居务公开栏按季度公开。", "已落实"),
        ]),
        ("亓屹澜", "居委会副主任", "middle", [
            ("低保、临时救助初审不入户核实", "一级风险", "初审入户两人以上，评议结果公示。", "已整改"),
            ("十联户联户长补贴发放不实", "三级风险", "补贴名单公示，联户长签字领取。", "未发现问题"),
        ]),
        ("甯洳棠", "网格员", "general", [
            ("采集居民信息时泄露个人隐私", "二级风险", "信息采集签订保密承诺，系统实名登录。", "已落实"),
            ("代居民办事收取好处", "三级风险", "代办事项免费，服务公开承诺。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "职　务", "填表时间", None, None)
        sh.add(who, post, "2025年5月", None, None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, "", post, who, tier, point, [], RISKS[lv])
        sh.add()
        sh.add("本人签名：", None, "社区党委意见：", None, None)
        sheets.append(sh)
    return _layout(
        "wangcang_luting_community_selfchecks", "http://www.boteman.cn/paper/508373879.html",
        "镇社区 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 社区 “十联户” 工作方案 "
        "(联户长, 网格, 信息采集, 居民参与, 补贴): a title, a label row ``姓　名 | 职　务 | 填表时间`` over a row of values, then "
        "序号/风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施/``自查情况``; no type column; a blank row and "
        "``本人签名： | 社区党委意见：``",
        sheets, t,
    )  # fmt: skip


def wangcang_yanya_village_duties() -> dict:
    unit = f"{PLACE}普济镇岩垭村"
    sh = _Sheet("责任清单", [6, 16, 10, 16, 36, 10, 8, 32])
    t = _Truth(unit)
    sh.add("附件")
    _line(sh, f"{unit}小微权力廉政风险防控责任清单", 8)
    sh.add("序号", "岗位", "姓名", "职责事项", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("村党支部书记、村委会主任", "揭沨岫", "leader", "村级重大事项决策", "村级重大事项不经“四议两公开”决策",
         "制度机制", "高", "重大事项严格执行“四议两公开”，会议记录存档。"),
        ("村党支部书记、村委会主任", "揭沨岫", "leader", "集体资源发包", "集体林地、堰塘发包不公开竞价", "业务流程", "高",
         "发包方案经村民代表会议表决，公开竞价。"),
        ("村委会副主任", "缑晞岚", "middle", "误工补贴核定", "虚报误工人员、天数", "岗位职责", "中",
         "误工补贴名单每月公示，镇农经站审核。"),
        ("村务监督委员会主任", "覃溯沣", "middle", "村务监督", "对村级财务收支监督走过场", "岗位职责", "中",
         "村务监督委员会每季度审核票据并签字。"),
        ("村文书", "卞沚瑶", "general", "村务公开", "村务、财务公开不及时、不完整", "业务流程", "低",
         "公开栏按月更新，公开内容拍照报镇。"),
        ("报账员", "庹瑜澈", "general", "村级报账", "白条报账，集体资金公款私存", "思想道德", "高",
         "报账凭合法票据，村账镇代管。"),
    ]  # fmt: skip
    for n, (post, who, tier, duty, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, duty, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
    sh.add()
    sh.add("填报人：", None, "审核人：", None, None, "村党支部书记：", None, None)
    return _layout(
        "wangcang_yanya_village_duties", "http://bcrsw.com/huijipeixun/ajimvitxwj.html",
        "村 小微权力廉政风险防控责任清单, after the source's 村集体经济组织 财务 管理 规定 (财务计划, 成员会议, 资产管理, 误工"
        "补贴, 承包租赁): ``附件``, a title, 序号/岗位/姓名 written on EVERY row (no merges)/``职责事项``/廉政风险点/风险类别 "
        "(short names)/风险等级 高/中/低/防控措施; a blank row and a 填报人/审核人/村党支部书记 line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    wangcang_zhaiping_coop_shared_posts(),
    wangcang_jiachuan_finance_posts(),
    wangcang_baishui_service_center_cards(),
    wangcang_shangwu_agri_center_list(),
    wangcang_dongcheng_street_two_sheets(),
    wangcang_zhanghua_town_groups(),
    wangcang_luting_community_selfchecks(),
    wangcang_yanya_village_duties(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch285-inbox"))

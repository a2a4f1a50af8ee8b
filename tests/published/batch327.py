"""The three-hundred-and-twenty-seventh batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one district's 乡镇 and
村, 金口河区 (the mountain district of 乐山 under 大瓦山, its staff Han) — its 金河镇, 永和镇,
和平彝族乡 and 共安彝族乡 人民政府, the 永胜乡卫生院, the 金河镇中心校, and two of its 村 (the 永胜乡's
五池村 and the 永和镇's 胜利村) — each handing back the 一览表, 防控表, 防控卡, 责任清单, 排查表 or
自查表 its staff typed in WPS or Excel:

- the 金河镇人民政府's 一览表 under ``附件1`` and a ``填报单位（盖章）：…　填报时间：…`` line: ``科室``
  merged (``镇领导班子``, ``农业综合服务中心``, ``财政所``, ``党政办公室``), ``岗位`` and ``姓名`` merged
  per person, short types, 高/中/低, a ``填表人： | 审核人： | 镇长（签字）：`` line;
- the 和平彝族乡人民政府's file in TWO SHEETS: ``乡领导班子`` (``姓名 | 职务 | 分管工作`` merged per
  leader) and ``站所`` (``站所`` merged, ``岗位`` and ``姓名`` merged per person), ``一级/二级/三级``, no
  type column;
- the 共安彝族乡人民政府's 岗位廉政风险防控卡, one sheet a holder (tabs 副乡长, 村镇建设专干, 所长):
  ``姓　名 | … | 职　务 | …`` and ``所在科室 | … | 持卡时间 | …`` above ``序号 | 风险点 | 风险类型 |
  风险等级 | 防控措施``, ``…风险`` types, ``★★★/★★/★`` read by a ``注：`` line, ``持卡人签字： | … |
  监督电话：…``;
- the 五池村's 责任清单 under GROUP ROWS ``一、村“两委”成员``, ``二、村务监督委员会``, ``三、村级其他
  工作人员`` merged across (no 科室 column): ``岗位 | 姓名`` merged per person, ``Ⅰ级/Ⅱ级/Ⅲ级``, no type
  column, a ``注：`` line and a 制表/审核/date line;
- the 永胜乡卫生院's 排查表 对岗不对人: ``科室`` merged, ``岗位`` merged per post, a short ``风险点``
  beside a long ``风险表现``, short types, ``高风险/中风险/低风险``; no names; an 编制/审核/date line;
- the 金河镇中心校's 自查表, one sheet a person (tabs named by the person): a LABEL ROW ``姓　名 |
  处　室 | 职　务 | 填表时间`` over a row of values, then ``序号 | 风险点 | 风险等级 | 防控措施 |
  自查情况``, ``一级风险/二级风险/三级风险``, no type column, ``本人签名： | … | 中心校党支部意见：``;
- the 胜利村's 一览表: ``岗位 | 责任人`` written on EVERY row (no merges, no 科室), ``…风险`` types, bare
  ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line, a 填表人/审核人/村党支部书记（签字） line.

One is harder:

- ``jinkouhe_yonghe_town_split_point_heading``: the 永和镇人民政府's 岗位廉政风险防控一览表, an ordinary
  一览表 in every other way (a title, a merged ``填报单位（盖章）：…　填报时间：2025年9月`` line, ``序号 |
  科室 | 岗位 | 姓名 | 廉政风险点 | 风险类型 | 风险等级 | 防控措施``, ``科室`` merged, ``岗位`` and
  ``姓名`` merged per person, short types, 高/中/低, a 填表人/审核人/党委书记（签字） line), whose POINT
  HEADING ``廉政风险点`` IS ONE CELL MERGED ACROSS TWO COLUMNS (E–F of the heading row), with NO
  SECOND HEADING ROW and nothing written under the merge to name the two. The LEFT column under it
  holds the WORK ITEM the point belongs to (``农村建房审批``, ``宅基地资格审查``, ``避险搬迁对象识别``,
  ``低保审核``, ``临时救助`` …: a short noun phrase, MERGED DOWN over that item's points of one holder,
  never across two holders); the RIGHT column holds the POINT itself, one sentence a row. So the
  column that stands under the heading's written cell (E) is the work item, and the point stands in a
  column (F) whose heading cell is empty, being the merge's covered part. The README's 读得懂的表 knows
  a heading merged over an EMPTY column (``防控措施`` across two columns, the right one blank), two-row
  headings whose second row names the sub-columns (``风险`` over ``点 | 类型 | 等级``, ``防控措施`` over
  ``事前 | 事中 | 事后``, ``廉政风险点`` over ``受理环节 | 审核环节 | 办结环节`` or over post columns),
  ``风险事项 | 廉政风险点`` with a heading over EACH column (the one headed 风险点 the point),
  ``岗位及人员`` merged over two columns (the left the post, the right the person), a short 风险点 beside a
  long 风险描述, and a point that opens with its area of work in the same cell (``工程发包方面：…``); it
  does not describe a POINT heading merged over two FILLED columns with no sub-headings, the left
  column the work item (short, merged down) and the right, headless, the point — where taking the
  shorter column, or the one whose heading cell is written, gives the work item and not the point.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 乡镇 农村房屋安全隐患排查整治 and 村民
建房 方案 — 分户建房 资格, 镇城建办 and 国土所 审批, 宅基地 面积; a 县 公益林补偿资金 兑现 — 预算, 登记,
公示, 建帐, 发放领取, 存档; the 省's 山洪地质灾害避险搬迁 总体规划 — 搬迁对象 识别, 安置点, 旧房 拆除
复垦, 群测群防; a 镇's 危房改造 — 户申请、村评议、镇审核、县审批, 入户 现场勘查, 一户一档, 联合验收,
镇纪委 督查; a 村's ``四驾马车`` — 村民（财务）监督委员会 审核盖章 every 开支; a 乡镇卫生院 and 医药企业
合谋 药品采购作假、伪造病历套取 新农合 and 医疗救助 基金; 农村义务教育 学校 财务管理 — 经费, 报账,
资产; 村民自治 — 民主决策、民主管理、民主监督, 村务公开) and the layout follows their words for the
unit, its parts, its posts and its risks. The rows are worded by us, the names invented (rare Han
surnames with rare given names, three characters each); every unit is a body of 金口河区.

Run ``python tests/published/score.py --set batch327`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the point is the RIGHT cell under the merged ``廉政风险点`` heading, whole; the
  LEFT cell is the work item the point belongs to (as ``职责事项``, ``风险事项`` and ``工作事项`` were in
  batches 280, 309 and 326): no point, no 科室, no post; a work item merged over several rows gives
  no point of its own and does not join its points into one;
- in the files of a 镇 or 乡 its 办, 所 and 中心 are 科室 (``农业综合服务中心``, ``财政所``,
  ``村镇建设办公室`` …) and ``镇领导班子`` / ``乡领导班子`` (a 科室 cell, the 和平彝族乡's tab and title, a
  card's 所在科室) the 科室 of the leaders; the 卫生院 and the 中心校 are units of their own, ``院领导``
  and ``学校领导`` the 科室 of their heads, their 科, 室 and 处 科室; a 村 is a unit with no 科室, its
  group rows (``一、村“两委”成员`` …) group its posts and are no 科室 (as batch309 took them);
- 党委书记, 党委副书记、镇长 (乡长), 党委委员、副镇长, 副镇长, 副乡长, a 卫生院's 院长, a 中心校's 校长,
  村党支部书记、村委会主任 (one person, kept as written), 村党支部书记, 村委会主任 and 村委会副主任 are
  leaders; an 办's, a 中心's or a 所's head in the 镇's or 乡's list (主任, 所长), the 中心校's 总务主任
  and 村务监督委员会主任 middle; the rest (科员, 民政专干, 护林员管理专干, 村镇建设专干, 出纳, 住院医师,
  公卫专干, 药房管理员, 收费员, 报账员, 村文书, 村报账员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作`` and ``自查情况`` are no points and name
  no holder; the 卫生院's list names no person: its forms are posts (对岗不对人);
- ``高/中/低``, ``一级/二级/三级``, ``★★★/★★/★`` (read by the card's note), ``Ⅰ级/Ⅱ级/Ⅲ级``,
  ``高风险/中风险/低风险``, ``一级风险/二级风险/三级风险`` and bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the 胜利村's note)
  are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.batch287 import _per_person
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b327_"
PLACE = "金口河区"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"


# --------------------------------------------------------------------------- harder layout

SPLIT_HEAD = (
    "序号",
    "科室",
    "岗位",
    "姓名",
    "廉政风险点",
    None,
    "风险类型",
    "风险等级",
    "防控措施",
)
ITEM_COL, POINT_COL = 4, 5
# (科室, 岗位, 姓名, tier, [(work item, [(风险点, 类型, 等级, 防控措施)])])
SPLIT_ROWS = [
    ("镇领导班子", "党委书记", "佴溱岚", "leader", [
        ("重大事项决策", [
            ("避险搬迁安置点选址不经党委会集体研究", "制度机制", "高", "安置点选址党委会集体研究，会议纪要存档。"),
            ("搬迁安置项目插手干预施工队伍选定", "思想道德", "高", "插手干预事项一律登记报告。"),
        ]),
        ("干部管理", [
            ("村（社区）后备干部推荐个人说了算", "制度机制", "中", "后备干部推荐经党委会研究并公示。"),
        ]),
    ]),
    ("镇领导班子", "副镇长", "厍澜翊", "leader", [
        ("农村建房审批", [
            ("为不符合条件的农户出具建房审核意见", "岗位职责", "高", "审核意见实行办、所、分管领导三级签字。"),
            ("对超面积建房默许不制止", "岗位职责", "中", "建房全程“四到场”，超面积建房限期整改。"),
        ]),
    ]),
    ("村镇建设办公室", "主任", "笪屿潼", "middle", [
        ("宅基地资格审查", [
            ("分户建房资格审查把关不严", "业务流程", "高", "分户条件清单化，审查结果在村务公开栏公示。"),
        ]),
        ("避险搬迁对象识别", [
            ("识别搬迁对象时虚增户数、人口", "业务流程", "高", "以公安户籍为基础逐户核实，公示无异议后上报。"),
            ("将不在危险区的亲友纳入搬迁对象", "思想道德", "中", "识别结果由自然资源所现场复核。"),
        ]),
    ]),
    ("村镇建设办公室", "科员", "缑淼岑", "general", [
        ("房屋安全排查", [
            ("隐患排查走过场，排查台账填报不实", "岗位职责", "中", "排查照片定位上传，台账由主任抽查。"),
        ]),
        ("搬迁验收", [
            ("不逐户核实即在搬迁验收表上签字", "业务流程", "中", "验收两人以上，逐户拍照存档。"),
        ]),
    ]),
    ("社会事务办公室", "主任", "逄泓霁", "middle", [
        ("低保审核", [
            ("入户调查走过场，审核意见不实", "岗位职责", "高", "入户调查两人以上，调查表户主签字。"),
            ("对村级评议中的优亲厚友不纠正", "外部环境", "中", "评议现场派员监督，结果镇村两级公示。"),
        ]),
    ]),
    ("社会事务办公室", "民政专干", "麴沛琅", "general", [
        ("临时救助", [
            ("救助金发放不公示，截留救助金", "思想道德", "高", "救助金打卡发放，发放名单按月公示。"),
        ]),
        ("救助档案管理", [
            ("救助档案资料缺失、事后补签", "制度机制", "低", "一户一档，档案按季度交叉检查。"),
        ]),
    ]),
]  # fmt: skip


def jinkouhe_yonghe_town_split_point_heading() -> dict:
    unit = f"{PLACE}永和镇人民政府"
    ncols = len(SPLIT_HEAD)
    sh = _Sheet("一览表", [6, 14, 10, 9, 16, 36, 10, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", ncols)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年9月", ncols)
    h = sh.add(*SPLIT_HEAD)
    sh.merge(h, ITEM_COL, h, POINT_COL)  # one heading over the work item and the point
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, items in SPLIT_ROWS:
        for item, points in items:
            for point, typ, lv, measures in points:
                n += 1
                sh.add(n, dept, post, who, item, point, typ, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    # the work item merged over its points, within one holder's rows
    _merge_down(sh, first, [(ITEM_COL, lambda row: (row[ITEM_COL], _holder_of(row[0])))])
    sh.add("填表人：", None, None, "审核人：", None, None, "党委书记（签字）：", None, None)
    return _layout(
        "jinkouhe_yonghe_town_split_point_heading", "https://m.zuowenba.net/word/862834.html",
        "(harder) 镇人民政府 岗位廉政风险防控一览表, after the source's 乡镇农村房屋安全隐患排查整治 and 村民建房 方案 (分户建房 "
        "资格, 镇城建办 and 国土所 审批, 宅基地 面积): a title, a merged ``填报单位（盖章）：…　填报时间：2025年9月`` line, then "
        "序号/科室 merged/岗位 and 姓名 merged per person/``廉政风险点`` ONE HEADING CELL MERGED OVER TWO COLUMNS, no second "
        "heading row: under its written left part the WORK ITEM (农村建房审批, 避险搬迁对象识别, 低保审核 …, merged down over "
        "the item's points of one holder), under its covered right part the POINT/风险类型 (short names)/风险等级 高/中/低/"
        "防控措施; a 填表人/审核人/党委书记（签字） line",
        [sh], t,
    )  # fmt: skip


def _holder_of(n: int) -> tuple:
    """The holder (科室, 岗位, 姓名) of the harder table's row numbered ``n`` (its 序号, never merged)."""
    k = 0
    for dept, post, who, _tier, items in SPLIT_ROWS:
        for _item, points in items:
            k += len(points)
            if n <= k:
                return (dept, post, who)
    raise AssertionError(n)


# --------------------------------------------------------------------------- ordinary layouts


def jinkouhe_jinhe_town_list() -> dict:
    unit = f"{PLACE}金河镇人民政府"
    sh = _Sheet("一览表", [6, 16, 14, 9, 40, 10, 8, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年9月", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("镇领导班子", "党委副书记、镇长", "酆珂湉", "leader", [
            ("镇级财政资金支出化整为零，规避集体研究", "制度机制", "高", "大额支出班子会集体研究，会议纪要存档。"),
            ("公益林补偿资金分配方案不经班子会研究", "制度机制", "高", "分配方案班子会研究，结果在各村公示。"),
        ]),
        ("镇领导班子", "党委委员、副镇长", "钭岷汐", "leader", [
            ("林业项目验收不到现场，验收意见不实", "岗位职责", "中", "验收邀请村务监督委员会参加，现场拍照存档。"),
        ]),
        ("农业综合服务中心", "主任", "仉溯澄", "middle", [
            ("公益林补偿面积登记不实，虚报冒领补偿资金", "业务流程", "高", "面积登记到户到小班，户主签字确认。"),
            ("补偿资金发放名册不公示", "制度机制", "中", "发放名册在村务公开栏公示七天。"),
        ]),
        ("农业综合服务中心", "护林员管理专干", "谯漪峤", "general", [
            ("生态护林员考勤造假，虚发劳务补助", "思想道德", "中", "巡山轨迹系统记录，考勤与轨迹比对。"),
        ]),
        ("财政所", "所长", "綦琛沅", "middle", [
            ("惠农补贴资金不按名册发放，滞留挪用", "岗位职责", "高", "补贴资金“一卡通”直达，所长不经手现金。"),
            ("接受项目施工方宴请", "外部环境", "低", "签订廉洁承诺书，节前廉洁提醒。"),
        ]),
        ("党政办公室", "主任", "羿澴宁", "middle", [
            ("公务接待超标准、无公函接待", "制度机制", "低", "接待凭公函，清单按月公示。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, "镇长（签字）：", None, None)
    return _layout(
        "jinkouhe_jinhe_town_list", "https://www.jingzhouxw.com/content/2013/04/03/7449664.html",
        "镇人民政府 岗位廉政风险防控一览表, after the source's 县 公益林补偿资金 兑现 (预算, 登记, 公示, 建帐, 发放领取, 存档): "
        "``附件1``, a title, a merged ``填报单位（盖章）：…　填报时间：2025年9月`` line, then 序号/科室 merged (镇领导班子, "
        "农业综合服务中心, 财政所, 党政办公室)/岗位 and 姓名 merged per person/廉政风险点/风险类型 (short names)/风险等级 "
        "高/中/低/防控措施; a 填表人/审核人/镇长（签字） line",
        [sh], t,
    )  # fmt: skip


def jinkouhe_heping_township_two_sheets() -> dict:
    unit = f"{PLACE}和平彝族乡人民政府"
    t = _Truth(unit)
    lead = _Sheet("乡领导班子", [6, 9, 16, 22, 36, 9, 32])
    lead.add("附件2")
    _line(lead, f"{unit}乡领导班子廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("仝彧涟", "党委书记", "主持乡党委全面工作", [
            ("避险搬迁安置点建设项目插手干预", "一级", "安置点建设项目进入公共资源交易平台。"),
            ("干部调整个人说了算", "二级", "干部调整经党委会研究，全程纪实。"),
        ]),
        ("尉湘珺", "党委副书记、乡长", "主持乡政府全面工作，分管财政", [
            ("避险搬迁补助资金拨付不经集体研究", "一级", "补助资金拨付经乡长办公会研究。"),
            ("乡级财务支出审批把关不严", "二级", "支出实行经办、审核、审批分离。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, lead.name, post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    lead.add("填表人：", None, None, "审核人：", None, "2025年9月", None)
    dept = _Sheet("站所", [6, 18, 9, 9, 36, 9, 32])
    _line(dept, f"{unit}站所岗位廉政风险防控表", 7)
    dept.add("序号", "站所", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("社会事务办公室", "主任", "阙汭萱", "middle", [
            ("避险搬迁户资格初审不严，将非受威胁户纳入", "一级", "搬迁户逐户核实，初审结果在村公示。"),
            ("搬迁户名单不按规定公示", "二级", "名单在乡、村两级公示不少于七天。"),
        ]),
        ("社会事务办公室", "民政专干", "宿泷筠", "general", [
            ("特困供养金发放登记不实", "二级", "供养金打卡发放，花名册每季度核对。"),
        ]),
        ("农业综合服务中心", "主任", "郜琮漓", "middle", [
            ("地质灾害隐患点监测员补助虚报", "二级", "监测员巡查记录与补助发放挂钩。"),
            ("旧房拆除复垦验收不实", "三级", "复垦验收现场拍照定位，村组干部签字。"),
        ]),
        ("财政所", "出纳", "揭溆岚", "general", [
            ("现金收付不及时入账", "三级", "现金日记账日清月结，所长每月核对。"),
        ]),
    ]  # fmt: skip
    first = len(dept.rows)
    n = 0
    for d, post, who, tier, points in rows:
        for point, lv, measures in points:
            n += 1
            dept.add(n, d, post, who, point, lv, measures)
            t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("填表人：", None, None, "审核人：", None, "乡长（签字）：", None)
    return _layout(
        "jinkouhe_heping_township_two_sheets", "https://86917.com/baoji/2637.html",
        "乡人民政府 廉政风险防控表 in two sheets, after the source's 省 山洪地质灾害避险搬迁 总体规划 (搬迁对象 识别, 安置点, 旧房 "
        "拆除复垦, 群测群防): ``乡领导班子`` (``附件2``, a title, 序号/姓名, 职务 and 分管工作 merged per leader/廉政风险点/风险等级 "
        "``一级/二级/三级``/防控措施; a 填表人/审核人/date line) and ``站所`` (a title, 序号/站所 merged (社会事务办公室, "
        "农业综合服务中心, 财政所)/岗位 and 姓名 merged per person/…; a 填表人/审核人/乡长（签字） line); no type column",
        [lead, dept], t,
    )  # fmt: skip


def jinkouhe_gongan_township_cards() -> dict:
    unit = f"{PLACE}共安彝族乡人民政府"
    t = _Truth(unit)
    cards = [
        ("副乡长", "冶潇岍", "乡领导班子", "leader", [
            ("危房改造对象审核时优亲厚友", "思想道德风险", "★★★", "改造对象户申请、村评议、乡审核，结果公示。"),
            ("危改项目竣工验收把关不严", "岗位职责风险", "★★", "竣工验收多部门联合进行，逐户存档。"),
            ("接受施工队宴请、礼品", "外部环境风险", "★", "签订廉洁承诺书，拒收登记。"),
        ]),
        ("村镇建设专干", "汲涔玥", "村镇建设办公室", "general", [
            ("入户调查走过场，房屋危险等级鉴定不实", "业务流程风险", "★★★", "入户勘查两人以上，鉴定照片存档。"),
            ("危改户档案资料弄虚作假", "制度机制风险", "★★", "一户一档，档案按季度抽查。"),
        ]),
        ("所长", "韶淇峦", "财政所", "middle", [
            ("危改补助资金不按进度拨付到户", "岗位职责风险", "★★★", "补助资金按验收结果分批直接打卡到户。"),
            ("拨付补助资金时索要好处", "思想道德风险", "★★", "拨付进度在乡政务公开栏公示。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, dept, tier, points in cards:
        sh = _Sheet(post, [6, 36, 14, 9, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 5)
        sh.add("姓　名", who, "职　务", post, None)
        sh.add("所在科室", dept, "持卡时间", "2025年9月", None)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施")
        for i, (point, typ, stars, measures) in enumerate(points, 1):
            sh.add(i, point, typ, stars, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 5)
        sh.add("持卡人签字：", None, "监督电话：0833-12388", None, None)
        sheets.append(sh)
    return _layout(
        "jinkouhe_gongan_township_cards", "http://m.dingqianjf.com/news/show/190/1153067_0.html",
        "乡人民政府 岗位廉政风险防控卡, one sheet a holder (tabs 副乡长, 村镇建设专干, 所长), after the source's 镇 危房改造 (户申请、"
        "村评议、镇审核、县审批, 现场勘查, 一户一档, 联合验收, 镇纪委 督查): a title, the pairs ``姓　名 | … | 职　务 | …`` and "
        "``所在科室 | … | 持卡时间 | 2025年9月``, then 序号/风险点/风险类型 ``…风险``/风险等级 ``★★★/★★/★``/防控措施; a merged "
        "``注：`` line on the stars and ``持卡人签字： | 监督电话：…``",
        sheets, t,
    )  # fmt: skip


def jinkouhe_wuchi_village_groups() -> dict:
    unit = f"{PLACE}永胜乡五池村"
    sh = _Sheet("责任清单", [6, 22, 9, 38, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}村干部廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、村“两委”成员", [
            ("村党支部书记、村委会主任", "战漱桐", "leader", [
                ("村集体资金使用不经“四议两公开”", "Ⅰ级", "集体资金使用严格执行“四议两公开”，会议记录存档。"),
                ("村级小型项目指定施工队", "Ⅰ级", "项目施工队经村民代表会议比选确定。"),
            ]),
            ("村委会副主任", "鄂汀琰", "leader", [
                ("乡村旅游接待户补助申报把关不严", "Ⅱ级", "申报户实地核查，名单公示。"),
            ]),
        ]),
        ("二、村务监督委员会", [
            ("村务监督委员会主任", "那澍瑾", "middle", [
                ("财务开支审核盖章走过场", "Ⅱ级", "每笔开支逐项审核，审核意见签字存档。"),
            ]),
        ]),
        ("三、村级其他工作人员", [
            ("村文书", "敖沚霖", "general", [
                ("随意为村民出具证明材料", "Ⅲ级", "证明事项登记，经村党支部书记审签。"),
            ]),
            ("村报账员", "慎淞蓁", "general", [
                ("以白条入账，虚列开支", "Ⅱ级", "报账票据经村务监督委员会审核盖章。"),
                ("现金长期存放个人手中", "Ⅲ级", "现金限额管理，超额及时存入村账户。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, people in groups:
        _line(sh, shown, 6)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for point, lv, measures in points:
                n += 1
                sh.add(n, post, who, point, lv, measures)
                t.point(sh.name, "", post, who, tier, point, [], ROMAN[lv])
        _per_person(sh, first, None, 1, 2)
    _line(sh, "注：风险等级分Ⅰ级、Ⅱ级、Ⅲ级，Ⅰ级为最高。", 6)
    sh.add("制表：", None, "审核：", None, "2025年9月", None)
    return _layout(
        "jinkouhe_wuchi_village_groups", "http://auto-ty.com/2014/0207/226112_5.shtml",
        "乡的村 村干部廉政风险防控责任清单, after the source's 村 ``四驾马车`` (村党组织, 村民代表会议, 村委会, 村民（财务）监督委员会 "
        "审核盖章 every 开支): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施 under GROUP ROWS "
        "``一、村“两委”成员``, ``二、村务监督委员会``, ``三、村级其他工作人员`` merged across (no 科室 column); 岗位 and 姓名 merged "
        "per person; no type column; a ``注：`` line and a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def jinkouhe_yongsheng_health_center_posts() -> dict:
    unit = f"{PLACE}永胜乡卫生院"
    sh = _Sheet("排查表", [6, 12, 12, 16, 40, 10, 10, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("院领导", "院长", "leader", [
            ("药品耗材采购", "绕开平台线下采购，与医药企业合谋虚开票据", "制度机制", "高风险",
             "药品耗材一律平台采购，采购与验收分离。"),
            ("绩效分配", "绩效方案不经职工大会讨论，向少数人倾斜", "制度机制", "中风险", "绩效方案职工大会通过并公示。"),
        ]),
        ("临床科", "住院医师", "general", [
            ("住院管理", "挂床住院、伪造病历套取医保基金", "思想道德", "高风险", "住院病人每日查房核对，病历随机抽查。"),
            ("处方管理", "开大处方，收受药品回扣", "外部环境", "中风险", "处方点评每月一次，结果通报。"),
        ]),
        ("公共卫生科", "公卫专干", "general", [
            ("公卫项目考核", "虚报健康档案、随访人次套取项目资金", "业务流程", "中风险", "随访电话抽查，档案与系统比对。"),
        ]),
        ("药房", "药房管理员", "general", [
            ("药品出入库", "药品账实不符，过期药品处置不规范", "岗位职责", "中风险", "每月盘点，报损经院长审批。"),
        ]),
        ("财务室", "收费员", "general", [
            ("收费管理", "收费不开票，截留现金", "岗位职责", "高风险", "收费票据连号使用，日结日缴。"),
            ("医保结算", "串换收费项目，多收费用", "业务流程", "低风险", "结算清单患者签字确认。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, tier, points in rows:
        for point, desc, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, point, desc, typ, lv, measures)
            t.point(sh.name, dept, post, "", tier, point, types_in(typ), BANDS[lv])
    _per_person(sh, first, 1, 2)
    sh.add("编制：院办公室", None, None, "审核：", None, None, "2025年9月", None)
    return _layout(
        "jinkouhe_yongsheng_health_center_posts", "http://www.kxnews.cn/Healthy/bgt/2017/0217/260067.html",
        "乡卫生院 岗位廉政风险点排查表 对岗不对人, after the source's 卫生院 and 医药企业 合谋 药品采购作假, 伪造病历 套取 新农合 "
        "and 医疗救助 基金: a title, then 序号/科室 merged (院领导, 临床科, 公共卫生科, 药房, 财务室)/岗位 merged per post/a short "
        "风险点/a long ``风险表现``/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; no names; an "
        "``编制：院办公室 | 审核： | 2025年9月`` line",
        [sh], t,
    )  # fmt: skip


def jinkouhe_jinhe_school_selfchecks() -> dict:
    unit = f"{PLACE}金河镇中心校"
    t = _Truth(unit)
    people = [
        ("滑澐珈", "学校领导", "校长", "leader", [
            ("营养改善计划食材供应商选择不公开", "一级风险", "供应商公开比选，结果公示。", "已落实"),
            ("校舍维修项目化整为零规避比选", "一级风险", "维修项目按限额标准比选或招标。", "已落实"),
            ("教师职称推荐不公", "二级风险", "推荐条件量化赋分，结果公示。", "未发现问题"),
        ]),
        ("糜湲玑", "总务处", "总务主任", "middle", [
            ("食堂食材验收不严，以次充好", "一级风险", "食材验收两人以上，留样备查。", "正在整改"),
            ("学校资产处置不报批", "二级风险", "资产处置报中心校校务会和主管部门审批。", "已落实"),
        ]),
        ("帅澈岭", "财务室", "报账员", "general", [
            ("营养膳食补助资金挤占挪用", "一级风险", "补助资金专账核算，按月公示。", "已落实"),
            ("报账票据审核不严", "二级风险", "票据经手人、证明人、审批人三签。", "已落实"),
            ("公用经费支出不按预算", "三级风险", "支出按预算执行，超预算须报批。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 12, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "处　室", "职　务", "填表时间", None)
        sh.add(who, dept, post, "2025年9月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], RISKS[lv])
        sh.add()
        sh.add("本人签名：", None, "中心校党支部意见：", None, None)
        sheets.append(sh)
    return _layout(
        "jinkouhe_jinhe_school_selfchecks", "https://jxxfw.com/periodical/603c0e2c0283367bdfe87071db1028de.html",
        "镇中心校 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 农村义务教育 学校 财务管理 "
        "(经费, 报账, 资产): a title, a label row ``姓　名 | 处　室 | 职　务 | 填表时间`` over a row of values, then 序号/风险点/"
        "风险等级 ``一级风险/二级风险/三级风险``/防控措施/``自查情况``; no type column; a blank row and ``本人签名： | "
        "中心校党支部意见：``",
        sheets, t,
    )  # fmt: skip


def jinkouhe_shengli_village_list() -> dict:
    unit = f"{PLACE}永和镇胜利村"
    sh = _Sheet("一览表", [6, 16, 10, 40, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}村干部岗位廉政风险防控一览表", 7)
    sh.add("序号", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("村党支部书记", "瞿滢峣", "leader", "村级重大事项个人决定，不经村民代表会议", "制度机制风险", "Ⅰ",
         "重大事项执行“四议两公开”。"),
        ("村党支部书记", "瞿滢峣", "leader", "村集体经济合作社收益分配不公开", "岗位职责风险", "Ⅰ",
         "收益分配方案村民代表会议通过并公示。"),
        ("村委会主任", "党沨翎", "leader", "土地流转合同签订不经村民代表会议", "业务流程风险", "Ⅱ",
         "流转合同经村民代表会议通过，报镇备案。"),
        ("村文书", "伏澹珩", "general", "代办事项收取好处费", "思想道德风险", "Ⅱ", "代办事项免费，办理情况登记。"),
        ("村文书", "伏澹珩", "general", "村务公开资料不及时张贴", "制度机制风险", "Ⅲ", "村务公开按月更新，镇纪委抽查。"),
        ("村报账员", "禄湛瑶", "general", "虚列支出套取村级资金", "岗位职责风险", "Ⅰ",
         "支出票据经村务监督委员会审核，镇代理会计复核。"),
        ("村报账员", "禄湛瑶", "general", "村委会公章管理不严，随意加盖", "制度机制风险", "Ⅲ", "用章登记，经村党支部书记审批。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), BARE[lv])
    _line(sh, "注：风险等级Ⅰ为高风险，Ⅱ为中风险，Ⅲ为低风险。", 7)
    sh.add("填表人：", None, "审核人：", None, "村党支部书记（签字）：", None, None)
    return _layout(
        "jinkouhe_shengli_village_list", "http://dgpuhui.org.cn/puhui/Article/ShowArticle.asp?ArticleID=12192",
        "镇的村 村干部岗位廉政风险防控一览表, after the source's 村民自治 (民主决策, 民主管理, 民主监督, 村务公开): a title, then "
        "序号/岗位/``责任人`` written on EVERY row (no merges, no 科室)/廉政风险点/风险类型 ``…风险``/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/"
        "防控措施; a merged ``注：`` line on the grades and a 填表人/审核人/村党支部书记（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    jinkouhe_yonghe_town_split_point_heading(),
    jinkouhe_jinhe_town_list(),
    jinkouhe_heping_township_two_sheets(),
    jinkouhe_gongan_township_cards(),
    jinkouhe_wuchi_village_groups(),
    jinkouhe_yongsheng_health_center_posts(),
    jinkouhe_jinhe_school_selfchecks(),
    jinkouhe_shengli_village_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch327-inbox"))

"""The three-hundred-and-first batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 乡镇, their
站所 and their 村 and 社区, 邻水县 (a county of 广安, its staff Han) — the 石永镇人民政府 and the
高滩镇人民政府, the 城北镇财政所, the 九龙镇农业综合服务中心, the 合流镇便民服务中心, a 村 of 袁市镇, the
白果村, and a 社区 of 鼎屏镇, the 翠屏社区居民委员会 — each handing back the 一览表, 防控卡, 自查表,
清单, 排查表 or 防控表 its staff typed in WPS or Excel:

- the 石永镇人民政府's 一览表 under ``附件1`` and a ``填报单位（盖章）：…　填报时间：…`` line: ``科室``
  merged (``领导班子``, 党政办公室, 经济发展办公室, 社会事务办公室, 财政所), ``岗位`` and ``姓名`` merged
  per person, short types, ``一级/二级/三级``, a 填表人/审核人/镇党委（盖章）/date line;
- the 城北镇财政所's 防控卡, one sheet a holder (tabs 所长, 总预算会计, 报账员): ``持卡人 | … |
  职　务 | …`` and a merged ``岗位职责 | …`` line above ``序号 | 风险点 | 风险类别 | 风险等级 |
  防控措施``, ``…风险`` types, ``★★★/★★/★`` read by a ``注：`` line, ``持卡人签字： | 监督电话：…``;
- the 九龙镇农业综合服务中心's 自查表, one sheet a person (tabs named by the person): ``姓　名 | … |
  股　室 | … | 岗　位 | …`` in ONE row of pairs, then ``序号 | 风险点 | 风险类型 | 风险等级 | 防控措施 |
  自查情况``, short types, ``高风险/中风险/低风险``, ``本人签名： | … | 中心主任意见：``;
- the 白果村's 责任清单: ``岗位`` and ``责任人`` merged per person (the 书记 ``村党支部书记、村委会主任``,
  one person), ``职责事项`` before the ``廉洁风险点``, ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column;
- the 翠屏社区's 排查表 对岗不对人: ``岗位`` merged per post, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, ``一级风险/二级风险/三级风险``, no names; an 编制/审核/date line;
- the 高滩镇人民政府's file in two sheets: ``领导班子`` (``姓名 | 职务 | 分管工作`` merged per leader)
  and ``科室站所`` (``科室`` merged, ``岗位`` and ``姓名`` merged per person), short types, 高/中/低;
- the 合流镇便民服务中心's 一览表 under GROUP ROWS ``一、中心领导``, ``二、综合受理窗口``,
  ``三、社保医保窗口`` merged across (no 科室 column): ``岗位 | 姓名`` merged per person, levels written
  bare ``Ⅰ/Ⅱ/Ⅲ`` and read by a ``注：`` line, no type column.

One is harder:

- ``linshui_fenghe_town_dept_codes``: the 丰禾镇人民政府's 岗位廉政风险点登记表 对岗不对人, whose 科室
  IS WRITTEN ONLY AS THE LETTER PREFIX OF THE 序号. The heading is ``序号 | 岗位 | 廉政风险点 | 风险等级 |
  防控措施``: there is no 科室 (部门, 股室) column, no group row, no 科室 in a title or a tab; the
  ``序号`` of every row is a code, ``LD-01``, ``LD-02``, ``DZB-01`` … ``CZS-02``, the letters the
  科室 and the two digits a number that starts again at ``01`` in each 科室, and a merged ``注：``
  line UNDER the table defines the letters (``1.序号前的字母为科室代码：LD—镇领导班子；DZB—党政综合
  办公室；JFB—经济发展办公室；SSB—社会事务办公室；GJB—规划建设办公室；CZS—财政所。2.风险等级分高、中、
  低三级。``). The same post ``主任`` stands in FOUR 科室 (DZB, JFB, SSB, GJB; the JFB and SSB rows
  adjacent, their ``岗位`` cells each merged within its own code), so only the code tells the
  posts apart; the file names no person (its forms are posts: 科室 + 岗位). A title and a merged
  ``填报单位（盖章）：…　填报时间：…`` line stand above, a 填表人/审核人/镇纪委（盖章） line below;
  高/中/低, no type column. The README's 读得懂的表 knows a 科室 in a column (merged down or written
  on every row), in a group row ``一、办公室``, in the tab's name or the title, in a 科室 cell
  written ``2.综合科`` or a tab written ``1.综合办公室``, in a post cell ``财务科-出纳``; a type written
  as a code that a note defines (``风险类型`` ``A``, ``B、C`` with ``A—思想道德风险…``, and batch 298's
  ``风险编码 | ZD-01``); and a ``职权编码`` whose 股室, 岗位 and 责任人 another sheet ``职权目录`` lists
  code by code; it does not describe a 科室 carried only by the LETTERS of the running number
  ``序号`` — not a column of its own, not a type, not a code looked up row by row in another sheet,
  but a prefix defined once in a note under the table — on which the forms of same-named posts
  depend.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 镇's 征地拆迁 for a 陶瓷工业园 —
工业园, 镇政府 and 村干部 in one 工作小组, 登记, 丈量, 协调, 签字, and the 虚报征地面积 that took 补偿款;
a study of the 经济发达镇 行政管理体制改革 — 机构设置, 人员编制, 扩权强镇, 审批权下放, 财政管理模式;
a 村 治调主任 who kept 190 户 villagers' 一事一议筹劳资金, found by the 镇纪委 through the 镇财政所's
收款收据 and 往来账; a 镇's 良种补贴 and 农资综合补贴 自查自纠 — 财政所、农技站人员分工到村组, 分户清册
重新公示, 核减补贴面积; a 村党总支书记 who took a 土地补偿款 for his wife — 三资 信息化监管平台,
入账审批表, 农经审核人 and 分管领导 signatures alike, a 会议记录 signed after the fact; a 社区's
居务监督制度 — 居务监督委员会, 列席 两委 会议, 居务公开, 废止建议; a 镇 where a 副镇长, a 国土分局局长,
a 村小组组长 and a 村党支部书记 shared a 征地补偿款 in 集镇建设; a 县委书记's 调研 of 乡镇便民服务中心 —
77 项 下放的 审批服务项目, 两个代办, 窗口设置, 办理台账) and the layout follows their words for the
unit, its parts, its posts and its risks. The rows are worded by us, the names invented (rare
surnames of the 百家姓 with rare given names, three characters each); every unit is a body of
邻水县.

Run ``python tests/published/score.py --set batch301`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the 科室 of a row is the name the ``注：`` line gives to the letters before the
  dash of its ``序号`` (``DZB-02`` → ``党政综合办公室``, ``LD-03`` → ``镇领导班子``, written as the note
  writes it); the post is ``岗位`` as written (``党委副书记、镇长`` kept whole); the file names no
  person, so a form is a post within its 科室 (对岗不对人), one form however many rows, and the four
  ``主任`` are four forms; the ``序号`` codes, the ``注：`` line, the ``填报单位`` line and the sign-off
  line are no points and name no post;
- a 财政所, 农业综合服务中心 and 便民服务中心 that writes its own file is the unit (as batch 297 took a
  林业站, a 畜牧兽医站 and a 便民服务中心), its 股 and 窗口 its 科室 (``中心领导`` the 科室 of the
  中心's 主任 and 副主任), a file without a 科室 column or card line (the 财政所's cards) giving no
  科室; a 镇人民政府's 办公室, 站 and 所 are 科室, ``领导班子`` (a 科室 cell; the tab and title of the
  高滩镇's first sheet) the 科室 of the 镇's leaders, and a group row ``二、综合受理窗口`` gives the 科室
  ``综合受理窗口`` (its number left off); a 村 and a 社区 are units with no 科室;
- 党委书记, 党委副书记、镇长, 党委委员、纪委书记 (kept as written), the 村党支部书记、村委会主任 and the
  村委会副主任 (as batches 281 and 297 took them), the 社区党委书记、居委会主任, and a 所's 所长 and a
  中心's 主任 and 副主任 in their own file are leaders; an 办公室's 主任, a 镇's 所长 and 站长 inside the
  镇's file, and the 村务/居务监督委员会主任 middle; the rest (文书, 民政专干, 惠农补贴专管员, 总预算会计,
  报账员, 农技员, 农经员, 民政协理员, 网格员, 村镇建设专干, 窗口工作人员, 帮代办员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``岗位职责``, ``职责事项`` and
  ``自查情况`` are no points and name no holder; the 翠屏社区's list names no person: its forms are
  posts (对岗不对人);
- ``高/中/低``, ``一级/二级/三级``, ``★★★/★★/★`` (read by the 财政所's note), ``高风险/中风险/低风险``,
  ``Ⅰ级/Ⅱ级/Ⅲ级``, ``一级风险/二级风险/三级风险`` and bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the 便民服务中心's note)
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

PREFIX = "b301_"
PLACE = "邻水县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"


# --------------------------------------------------------------------------- harder layout

TOWN = f"{PLACE}丰禾镇人民政府"
TOWN_HEAD = ("序号", "岗位", "廉政风险点", "风险等级", "防控措施")
# the letters before the dash of a 序号 and the 科室 the note under the table gives them
CODES = {
    "LD": "镇领导班子",
    "DZB": "党政综合办公室",
    "JFB": "经济发展办公室",
    "SSB": "社会事务办公室",
    "GJB": "规划建设办公室",
    "CZS": "财政所",
}
TOWN_NOTE = (
    "注：1.序号前的字母为科室代码："
    + "；".join(f"{code}—{dept}" for code, dept in CODES.items())
    + "。2.风险等级分高、中、低三级。"
)

# (科室代码, 岗位, tier, [(廉政风险点, 等级, 防控措施)])
TOWN_POSTS = [
    ("LD", "党委书记", "leader", [
        ("征地拆迁补偿方案不经党委会集体研究即确定", "高", "补偿方案提交党委会集体研究，会议纪要存档。"),
        ("对镇村干部虚报征地面积问题失察", "中", "征地丈量、登记全程由镇纪委监督，定期抽查。"),
    ]),
    ("LD", "党委副书记、镇长", "leader", [
        ("工业园区征地协议不经会审即签批", "高", "协议签批前经分管领导和相关科室会审。"),
    ]),
    ("DZB", "主任", "middle", [
        ("公务接待、会议费用虚列开支", "中", "接待事前审批，费用清单按月公示。"),
        ("镇机关办公物资采购不比价", "低", "采购三家比价，采购与验收分离。"),
    ]),
    ("DZB", "文书", "general", [
        ("违规使用印章出具收入、拆迁户籍证明", "中", "用印审批登记，证明出具留存底稿。"),
    ]),
    ("JFB", "主任", "middle", [
        ("招商项目用地协调中收受企业好处", "高", "项目协调两人以上参加，签订廉洁承诺书。"),
    ]),
    ("SSB", "主任", "middle", [
        ("被征地农民低保审核审批把关不严", "中", "低保审批经镇评审小组集体研究。"),
    ]),
    ("SSB", "民政专干", "general", [
        ("入户调查不实，优亲厚友纳入低保", "高", "入户调查两人以上，结果在村组张榜公示。"),
        ("临时救助金发放不登记、不签字", "低", "救助金打卡发放，台账逐人签字。"),
    ]),
    ("GJB", "主任", "middle", [
        ("征地丈量时虚报面积、套取补偿款", "高", "丈量数据现场由权利人签字确认，镇村两级复核。"),
        ("拆迁房屋评估结果不公示", "中", "评估结果在村组张榜公示七天。"),
    ]),
    ("CZS", "所长", "middle", [
        ("征地补偿款不按公示清册拨付", "高", "补偿款凭公示后的清册直接打卡到户。"),
    ]),
    ("CZS", "惠农补贴专管员", "general", [
        ("补贴发放数据与“一卡通”名单不一致不纠正", "中", "发放数据与银行代发回单逐户比对。"),
    ]),
]  # fmt: skip


def town_rows() -> list[tuple[str, str, str, str, str, str]]:
    """(序号, 岗位, tier, 廉政风险点, 等级, 防控措施) as the 镇 numbers them: the 科室 code and a
    number that starts again at 01 in each 科室."""
    rows, count = [], {}
    for code, post, tier, points in TOWN_POSTS:
        for point, lv, measures in points:
            count[code] = count.get(code, 0) + 1
            rows.append((f"{code}-{count[code]:02d}", post, tier, point, lv, measures))
    return rows


def linshui_fenghe_town_dept_codes() -> dict:
    t = _Truth(TOWN)
    ncols = len(TOWN_HEAD)
    sh = _Sheet("登记表", [9, 16, 40, 9, 38])
    _line(sh, f"{TOWN}岗位廉政风险点登记表", ncols)
    _line(sh, f"填报单位（盖章）：{TOWN}{GAP * 12}填报时间：2025年6月", ncols)
    sh.add(*TOWN_HEAD)
    first = len(sh.rows)
    for number, post, tier, point, lv, measures in town_rows():
        sh.add(number, post, point, lv, measures)
        dept = CODES[number.split("-")[0]]
        t.point(sh.name, dept, post, "", tier, point, [], HML[lv])
    # the 岗位 merged over each post's rows within its 科室 (the code of the 序号)
    _merge_down(sh, first, [(1, lambda row: (row[0].split("-")[0], row[1]))])
    _line(sh, TOWN_NOTE, ncols)
    sh.add("填表人：", None, "审核人：", "镇纪委（盖章）", None)
    return _layout(
        "linshui_fenghe_town_dept_codes", "http://www.handmsg.com/page/2015/0713/3189962.shtml",
        "(harder) 镇人民政府 岗位廉政风险点登记表 对岗不对人, after the source's 镇 征地拆迁 case (工业园, 镇政府 and 村干部 in one "
        "工作小组: 登记, 丈量, 协调, 签字; 虚报征地面积, 套取补偿款): a title, a merged ``填报单位（盖章）：…　填报时间：2025年6月`` "
        "line, then ``序号 | 岗位 | 廉政风险点 | 风险等级 | 防控措施`` with NO 科室 column or group row: the 科室 of a row is "
        "given ONLY by the letters of its 序号 (``DZB-01``, ``JFB-01``, ``SSB-02`` …, the number starting again in each 科室), "
        "which a merged ``注：`` line under the table defines (``LD—镇领导班子；DZB—党政综合办公室；…；CZS—财政所``); the "
        "same post ``主任`` stands in four 科室 (two of them on adjacent rows), 岗位 merged per post within its code; no names, "
        "高/中/低, no type column; a 填表人/审核人/镇纪委（盖章） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def linshui_shiyong_town_list() -> dict:
    unit = f"{PLACE}石永镇人民政府"
    sh = _Sheet("一览表", [6, 14, 14, 9, 38, 10, 8, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("领导班子", "党委书记", "展翮澧", "leader", [
            ("县级下放的审批服务事项不经集体研究即拍板", "制度机制", "一级",
             "下放事项纳入党委会议事清单，会议纪要存档。"),
            ("在镇级工程项目中为特定关系人打招呼", "思想道德", "一级", "插手干预重大事项如实登记报告。"),
        ]),
        ("领导班子", "党委副书记、镇长", "阚琯骞", "leader", [
            ("镇级财政资金统筹使用中先支出后审批", "岗位职责", "一级", "支出执行镇长办公会审批，大额支出集体研究。"),
        ]),
        ("党政办公室", "主任", "冼霂棣", "middle", [
            ("公务用车、公务接待超标准", "制度机制", "二级", "用车记录和接待清单按月公示。"),
            ("编外人员聘用不公开", "岗位职责", "二级", "编外人员公开报名，聘用结果集体研究并公示。"),
        ]),
        ("经济发展办公室", "主任", "滕璆岫", "middle", [
            ("招商引资政策兑现材料把关不严", "业务流程", "二级", "兑现材料会审，兑现结果公示。"),
        ]),
        ("社会事务办公室", "民政专干", "栾蒨旻", "general", [
            ("低保、临时救助对象审核不入户核实", "岗位职责", "一级", "入户核查两人以上，核查表户主签字。"),
            ("残疾人两项补贴名单不动态核减", "业务流程", "三级", "补贴名单每月与户籍、殡葬信息比对。"),
        ]),
        ("财政所", "所长", "郗楸沅", "middle", [
            ("涉农项目资金未验收即拨付", "业务流程", "二级", "先验收后报账，拨付凭验收单和审批单。"),
            ("镇属站所经费报账审核不严", "外部环境", "三级", "报账凭证经办人、证明人、审批人签字齐全方可受理。"),
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
    sh.add("填表人：", None, None, "审核人：", None, "镇党委（盖章）", None, "2025年6月")
    return _layout(
        "linshui_shiyong_town_list",
        "http://views.ce.cn/view/ent/201912/02/t20191202_33751714.shtml",
        "镇人民政府 岗位廉政风险防控一览表, after the source's study of 经济发达镇 行政管理体制改革 (机构设置, 人员编制, 依法扩权强镇, "
        "审批权下放, 财政管理模式): ``附件1``, a title, a merged ``填报单位（盖章）：…　填报时间：2025年6月`` line, then 序号/科室 "
        "merged (领导班子, 党政办公室, 经济发展办公室, 社会事务办公室, 财政所)/岗位 and 姓名 merged per person/廉政风险点/风险类型 "
        "(short names)/风险等级 ``一级/二级/三级``/防控措施; a 填表人/审核人/镇党委（盖章）/date line",
        [sh], t,
    )  # fmt: skip


def linshui_chengbei_finance_cards() -> dict:
    unit = f"{PLACE}城北镇财政所"
    t = _Truth(unit)
    cards = [
        ("所长", "亓焘湄", "leader", "主持财政所全面工作，负责镇本级预算执行和一事一议财政奖补资金审核", [
            ("一事一议奖补资金不核对村民筹资筹劳即拨付", "业务流程风险", "★★★",
             "拨付前核对村民筹资筹劳台账和收款收据。"),
            ("镇本级大额支出审核把关不严", "岗位职责风险", "★★", "大额支出凭合同和审批单审核，所务会研究。"),
            ("接受村、站所请托违规调剂资金", "思想道德风险", "★★", "资金调剂一律报镇政府审批，请托事项登记报告。"),
        ]),
        ("总预算会计", "卞晞蘅", "general", "负责镇本级总预算会计核算和村级往来账核对", [
            ("村级往来账长期不清理，收款收据管理混乱", "制度机制风险", "★★",
             "往来账每季度清理核对，收款收据按号领用核销。"),
            ("预算指标调整不按程序报批", "业务流程风险", "★", "预算调整按程序报批后执行。"),
        ]),
        ("报账员", "扶琮泠", "general", "负责镇本级和站所经费报账、代收款项解缴", [
            ("为手续不全的票据报账", "岗位职责风险", "★★", "报账凭证签字齐全方可受理，不全的一律退回。"),
            ("代收村民筹资款不及时入账，挪作他用", "思想道德风险", "★★★", "代收款项当日开具收据、次日存入专户。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, tier, duty, points in cards:
        sh = _Sheet(post, [6, 36, 14, 10, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 5)
        sh.add("持卡人", who, f"职{GAP}务", post, None)
        r = sh.add("岗位职责", duty, None, None, None)
        sh.merge(r, 1, r, 4)
        sh.add("序号", "风险点", "风险类别", "风险等级", "防控措施")
        for i, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(i, point, typ, lv, measures)
            t.point(sh.name, "", post, who, tier, point, types_in(typ), STARS[lv])
        _line(sh, "注：风险等级★★★为高风险，★★为中风险，★为低风险。", 5)
        sh.add("持卡人签字：", None, "监督电话：0826-5222388", None, None)
        sheets.append(sh)
    return _layout(
        "linshui_chengbei_finance_cards", "http://jjdy.org.cn/show-17560.html",
        "镇财政所 岗位廉政风险防控卡, one sheet a holder (tabs 所长, 总预算会计, 报账员), after the source's 村 治调主任 who kept "
        "190 户 villagers' 一事一议筹劳资金 (镇纪委 核查组, 镇财政所 收款收据, 往来账 逐笔核对): a title, ``持卡人 | … | 职　务 | …``, "
        "a merged ``岗位职责 | …`` line, then 序号/风险点/风险类别 ``…风险``/风险等级 ``★★★/★★/★``/防控措施, a merged ``注：`` line "
        "on the stars and ``持卡人签字： | 监督电话：…``; no 科室",
        sheets, t,
    )  # fmt: skip


def linshui_jiulong_agri_selfchecks() -> dict:
    unit = f"{PLACE}九龙镇农业综合服务中心"
    t = _Truth(unit)
    people = [
        ("巫樨昶", "中心领导", "主任", "leader", [
            ("良种补贴面积汇总不核实，照村上报数转报", "岗位职责", "高风险",
             "补贴面积村组公示后中心分工到村抽查复核。", "已整改"),
            ("自查自纠中核出的虚报面积不核减、不追责", "制度机制", "中风险",
             "核减面积和金额逐村登记，报镇纪委备案。", "已落实"),
        ]),
        ("晏苒澧", "农技推广股", "农技员", "general", [
            ("指导填报补贴清册时代签农户姓名", "业务流程", "高风险", "清册由农户本人签字确认，拍照存档。", "未发现问题"),
            ("种子、农资发放优亲厚友", "思想道德", "中风险", "发放名单公示，领取人签字。", "已落实"),
            ("技术培训签到弄虚作假", "岗位职责", "低风险", "培训签到拍照，经费按实结算。", "已落实"),
        ]),
        ("满玹棣", "农村经营管理股", "农经员", "general", [
            ("土地流转合同签证审查不严", "制度机制", "中风险", "合同签证清单化审查，定期抽查。", "已落实"),
            ("村级会计代理中对白条照单入账", "业务流程", "高风险", "村级凭证逐张审核，疑点退回核实。", "正在整改"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        sh.add(f"姓{GAP}名", who, f"股{GAP}室", dept, f"岗{GAP}位", post)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", "自查情况")
        for i, (point, typ, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, typ, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), BANDS[lv])
        sh.add()
        sh.add("本人签名：", None, None, "中心主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "linshui_jiulong_agri_selfchecks", "http://www.victorzhang.cn/page/2013/0815/20083194.shtml",
        "镇农业综合服务中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 镇 良种补贴 and "
        "农资综合补贴 自查自纠 (财政所、农技站人员分工到村组, 分户清册 重新公示, 核减补贴面积, 纪检部门牵头): a title, ``姓　名 | … | "
        "股　室 | … | 岗　位 | …`` in one row of pairs, then 序号/风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/"
        "防控措施/``自查情况``; a blank row and ``本人签名： | 中心主任意见：``",
        sheets, t,
    )  # fmt: skip


def linshui_baiguo_village_duties() -> dict:
    unit = f"{PLACE}袁市镇白果村"
    sh = _Sheet("责任清单", [6, 22, 9, 14, 38, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}村干部廉洁风险防控责任清单", 7)
    sh.add("序号", "岗位", "责任人", "职责事项", "廉洁风险点", "风险等级", "防控措施")
    rows = [
        ("村党支部书记、村委会主任", "浦暄篁", "leader", [
            ("征地补偿分配", "土地补偿款分配标准个人说了算，为自家多算补偿", "Ⅰ级",
             "补偿方案经村民代表会议表决，分配清册公示。"),
            ("村级会议", "补开会议、事后补签，会议记录弄虚作假", "Ⅱ级", "会议当场记录、当场签字，记录本由监委会保管。"),
        ]),
        ("村委会副主任", "杭菡昕", "leader", [
            ("集体土地发包", "集体土地低价发包给亲友", "Ⅰ级", "集体土地发包进入镇农村产权交易平台。"),
        ]),
        ("报账员", "羿榈澄", "general", [
            ("报账审核", "在农经审核栏代签，欠条、白条入账", "Ⅰ级", "“三资”平台线上审核，农经站逐笔复核签字。"),
            ("资金支付", "拆分支出规避大额审批", "Ⅱ级", "超限额支出一律经村“两委”会议研究。"),
        ]),
        ("村务监督委员会主任", "能璟沣", "middle", [
            ("财务监督", "对补偿款发放凭证不核对、不签字把关", "Ⅱ级", "逐笔审核补偿款发放凭证，审核意见留存。"),
            ("村务公开监督", "对公开内容不全不提出意见", "Ⅲ级", "每季度对照公开目录检查公开栏。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, who, tier, points in rows:
        for duty, point, lv, measures in points:
            n += 1
            sh.add(n, post, who, duty, point, lv, measures)
            t.point(sh.name, "", post, who, tier, point, [], ROMAN[lv])
    _per_person(sh, first, None, 1, 2)
    sh.add(
        "村党支部书记（签字）：", None, None, "村务监督委员会（签字）：", None, None, "2025年6月"
    )
    return _layout(
        "linshui_baiguo_village_duties", "http://www.lpsite.cn/jsch/content/post_714619.html",
        "村 村干部廉洁风险防控责任清单, after the source's 村党总支书记 who took a 土地补偿款 for his wife (三资 信息化监管平台, "
        "入账审批表 农经审核人 and 分管领导 signatures alike, a 会议记录 signed after the fact): a title, then 序号/岗位 and 责任人 "
        "merged per person (``村党支部书记、村委会主任`` one person, 村委会副主任, 报账员, 村务监督委员会主任)/``职责事项``/廉洁风险点/"
        "风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no type column; a 村党支部书记（签字）/村务监督委员会（签字）/date line",
        [sh], t,
    )  # fmt: skip


def linshui_cuiping_community_posts() -> dict:
    unit = f"{PLACE}鼎屏镇翠屏社区居民委员会"
    sh = _Sheet("排查表", [6, 20, 14, 38, 13, 11, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    head = "社区党委书记、居委会主任"
    rows = [
        (head, "leader", "社区经费支出", "办公经费、服务群众经费支出不经“两委”会议研究", "制度机制风险", "一级风险",
         "经费支出“两委”会议研究，按季度居务公开。"),
        (head, "leader", "公益性岗位", "公益性岗位人选不经评议，安排亲友", "思想道德风险", "二级风险",
         "人选经居民代表会议推荐并公示。"),
        ("民政协理员", "general", "低保评议", "不组织民主评议小组，评议走过场", "业务流程风险", "一级风险",
         "评议小组由居民代表、楼栋长参加，结果张榜公示。"),
        ("民政协理员", "general", "高龄津贴", "高龄津贴对象去世后不及时停发", "岗位职责风险", "二级风险",
         "每月与殡葬信息比对，异常暂停发放。"),
        ("网格员", "general", "信息采集", "采集居民信息时泄露、倒卖个人信息", "思想道德风险", "三级风险",
         "信息系统实名登录，查询留痕。"),
        ("网格员", "general", "矛盾纠纷调解", "调解中收受当事人财物", "外部环境风险", "三级风险",
         "调解两人以上，调解记录双方签字。"),
        ("居务监督委员会主任", "middle", "居务监督", "列席“两委”会议不发表意见，对违规决定不提出废止建议", "岗位职责风险",
         "二级风险", "监督意见书面留存，按月向镇纪委报告。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, point, desc, typ, lv, measures)
        t.point(sh.name, "", post, "", tier, point, types_in(typ), RISKS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add("编制：社区居委会", None, "审核：", None, None, "2025年6月", None)
    return _layout(
        "linshui_cuiping_community_posts", "https://www.renrendoc.com/paper/512286369.html",
        "镇 社区居民委员会 岗位廉政风险点排查表 对岗不对人, after the source's 社区 居务监督制度 (居务监督委员会 主任 and 委员, "
        "列席 两委 会议, 居务公开, 废止建议, 重大事项 监督): a title, then 序号/岗位 merged per post (``社区党委书记、居委会主任``, "
        "民政协理员, 网格员, 居务监督委员会主任)/a short 风险点/a long ``风险表现``/风险类型 ``…风险``/风险等级 "
        "``一级风险/二级风险/三级风险``/防控措施; no names; an ``编制：社区居委会 | 审核： | 2025年6月`` line",
        [sh], t,
    )  # fmt: skip


def linshui_gaotan_town_two_sheets() -> dict:
    unit = f"{PLACE}高滩镇人民政府"
    t = _Truth(unit)
    lead = _Sheet("领导班子", [6, 9, 16, 22, 36, 10, 8, 32])
    _line(lead, f"{unit}领导班子成员廉政风险防控表", 8)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "风险类型", "风险等级", "防控措施")
    leaders = [
        ("嵇柘濛", "党委书记", "主持镇党委全面工作", [
            ("集镇建设征地中为关系人打招呼", "思想道德", "高", "重大项目全程纪实，插手干预如实登记。"),
            ("干部选拔、评先评优个人说了算", "制度机制", "中", "干部事项党委会集体研究，结果公示。"),
        ]),
        ("郦瓒岫", "党委副书记、镇长", "主持镇政府全面工作，分管财政、集镇建设", [
            ("征地面积测量数据不复核即签批", "岗位职责", "高", "测量数据镇、村、权利人三方签字确认。"),
            ("大额资金不经镇长办公会研究", "制度机制", "高", "大额资金集体研究，会议纪要存档。"),
        ]),
        ("阚沅蓁", "党委委员、纪委书记", "负责纪检监察工作", [
            ("对镇村干部征地补偿问题线索处置不及时", "岗位职责", "中", "问题线索集体排查，限时办结。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, typ, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, typ, lv, measures)
            t.point(lead.name, lead.name, post, who, "leader", point, types_in(typ), HML[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    lead.add("填表人：", None, None, "审核人：", None, "2025年6月", None, None)
    staff = _Sheet("科室站所", [6, 18, 14, 9, 36, 10, 8, 32])
    _line(staff, f"{unit}科室站所岗位廉政风险防控表", 8)
    staff.add("序号", "科室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("党政办公室", "主任", "冼杪湉", "middle", [
            ("公文、印章使用不登记", "制度机制", "中", "用印审批登记，印章专人保管。"),
        ]),
        ("规划建设办公室", "村镇建设专干", "佘棣骁", "general", [
            ("征地丈量时错算、多算面积", "业务流程", "高", "丈量数据现场公示，双人测量复核。"),
            ("农房建设审批中吃拿卡要", "外部环境", "中", "审批条件和时限公开，网上受理。"),
        ]),
        ("退役军人服务站", "站长", "寇煦葳", "middle", [
            ("优抚对象资格审核把关不严", "岗位职责", "中", "资格审核材料清单化，结果公示。"),
            ("慰问金发放不登记、不签字", "制度机制", "低", "慰问金发放台账逐人签字。"),
        ]),
        ("应急管理办公室", "主任", "郜芮翊", "middle", [
            ("安全检查走过场，对企业隐患不督促整改", "岗位职责", "中", "检查记录拍照存档，隐患限期销号。"),
        ]),
    ]  # fmt: skip
    first = len(staff.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            staff.add(n, dept, post, who, point, typ, lv, measures)
            t.point(staff.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(staff, first, 1, 2, 3)
    staff.add("填表人：", None, None, "审核人：", None, "2025年6月", None, None)
    return _layout(
        "linshui_gaotan_town_two_sheets", "http://luncong.cn/yayswl/show.asp?id=14688&page=1",
        "镇人民政府 廉政风险防控表 in two sheets, after the source's 镇 where a 副镇长, a 国土分局局长, a 村小组组长 and a "
        "村党支部书记 shared a 征地补偿款 (集镇建设, 征地面积 错算, 镇纪委): ``领导班子`` — a title ``…领导班子成员廉政风险防控表``, "
        "序号/``姓名 | 职务 | 分管工作`` merged per leader (``党委副书记、镇长`` …)/风险点/风险类型 (short names)/风险等级 高/中/低/"
        "防控措施; ``科室站所`` — a title, 序号/科室 merged (党政办公室, 规划建设办公室, 退役军人服务站, 应急管理办公室)/岗位 and "
        "姓名 merged per person/…; a 填表人/审核人/date line on each",
        [lead, staff], t,
    )  # fmt: skip


def linshui_heliu_service_groups() -> dict:
    unit = f"{PLACE}合流镇便民服务中心"
    sh = _Sheet("一览表", [6, 14, 9, 40, 9, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "訾曦桤", "leader", [
                ("下放的审批服务事项不进中心办理，体外循环", "Ⅰ", "下放事项全部进驻中心，办件台账每月核对。"),
                ("窗口人员考核打分优亲厚友", "Ⅱ", "考核结果公示，群众评价计入考核。"),
            ]),
            ("副主任", "隗茝瑭", "leader", [
                ("帮办代办台账补记、虚记", "Ⅱ", "代办台账群众签字，每周电话回访抽查。"),
            ]),
        ]),
        ("二、综合受理窗口", "综合受理窗口", [
            ("窗口工作人员", "禚晟岚", "general", [
                ("受理材料不全即办理，事后补件", "Ⅰ", "一次性告知，材料清单化受理。"),
                ("为熟人插队办理，不按叫号顺序", "Ⅲ", "叫号办理，顺序系统留痕。"),
            ]),
            ("帮代办员", "蒯蓁琇", "general", [
                ("代办中收取群众好处费", "Ⅰ", "代办一律免费，收费举报电话公示。"),
            ]),
        ]),
        ("三、社保医保窗口", "社保医保窗口", [
            ("窗口工作人员", "璩熠沄", "general", [
                ("养老保险待遇资格认证走过场", "Ⅱ", "资格认证与殡葬、户籍信息比对。"),
                ("违规修改医保参保信息", "Ⅱ", "信息修改双人复核，系统留痕。"),
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
                t.point(sh.name, dept, post, who, tier, point, [], BARE[lv])
        _per_person(sh, first, None, 1, 2)
    _line(sh, "注：风险等级分Ⅰ、Ⅱ、Ⅲ三级，Ⅰ为高风险，Ⅱ为中风险，Ⅲ为低风险。", 6)
    sh.add("填表人：", None, "审核人：", None, "中心主任（签字）：", None)
    return _layout(
        "linshui_heliu_service_groups",
        "https://btfghg.com/xxgk/apx/bm76/apxxzspj/fdzdgknr9271/tjxx7314/1364522bbb/index",
        "镇便民服务中心 岗位廉政风险防控一览表, after the source's 县委书记 调研 of 乡镇便民服务中心 (新下放的 77 项审批服务项目, "
        "两个代办, 窗口设置, 服务流程, 办理台账, 一站办结): a title, 序号/岗位/姓名/廉政风险点/风险等级/防控措施 under GROUP ROWS "
        "``一、中心领导``, ``二、综合受理窗口``, ``三、社保医保窗口`` merged across (no 科室 column); 岗位 and 姓名 merged per "
        "person; levels written bare ``Ⅰ/Ⅱ/Ⅲ`` and read by a merged ``注：`` line; no type column; a 填表人/审核人/"
        "中心主任（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    linshui_fenghe_town_dept_codes(),
    linshui_shiyong_town_list(),
    linshui_chengbei_finance_cards(),
    linshui_jiulong_agri_selfchecks(),
    linshui_baiguo_village_duties(),
    linshui_cuiping_community_posts(),
    linshui_gaotan_town_two_sheets(),
    linshui_heliu_service_groups(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch301-inbox"))

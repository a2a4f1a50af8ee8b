"""The eight-hundred-and-eightieth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 政务服务 and
审批 bodies, 洛浦县 (of 和田地区, 新疆维吾尔自治区) — its 行政审批服务局, 12345政务服务便民热线中心,
营商环境建设办公室 and 政务服务和公共资源交易中心 and its 乡/镇便民服务中心 (洛浦镇, 山普鲁镇, 拜什托格拉克乡,
布亚乡) — each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 行政审批服务局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), 高/中/低, no type column;
- the 12345热线中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, ``风险点``, ``…风险`` types,
  ``一级/二级/三级``; no names;
- the 营商环境建设办公室's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` and a merged 主要职责
  line, ``★★★/★★/★`` read by a ``注：`` line;
- the 洛浦镇便民服务中心's 责任清单 under GROUP ROWS ``一、中心领导`` … merged across (no 科室 column),
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 山普鲁镇便民服务中心's 自查表, one sheet a person: a label row ``姓　名 | 所在岗位组 | 岗　位 |
  填表时间`` over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 拜什托格拉克乡便民服务中心's 一览表 under ``附件1`` and a 填报单位（盖章） line: ``部门 | 岗位 |
  责任人`` on EVERY row, short types, ``高风险/中风险/低风险``;
- the 布亚乡便民服务中心's 排查登记表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别``
  (short names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``lop_trading_center_sorted_descending``: the 政务服务和公共资源交易中心's 岗位廉政风险点一览表,
  ``序号 | 科室 | 岗位 | 姓名 | 廉政风险点 | 风险等级 | 防控措施``, whose merged 科室, 岗位 and 姓名 cells
  were UNMERGED (each value left in the top cell of its old range, the others blank) and whose rows
  were then SORTED BY 序号 DESCENDING (10, 9, … 1), as a closing ``注：`` line says: so each
  person's 岗位 and 姓名 now stand on the LAST (lowest) row of his block, with his other rows blank
  ABOVE it, and each 科室 stands on the last row of its run (the first person's named row), the
  second person of a 科室 showing his post and name but no 科室. A blank cell therefore belongs to
  the named row BELOW it (the next smaller 序号), not to the row above. The README's 读得懂的表
  knows blank cells carrying down from the row above (merged or not), a holder typed once in the
  middle row of a block marked by a RESTARTING 序号, a list sorted by level whose holder is written on
  a post's FIRST row, a 同序号N cell, rows sorted with the heading inside the range; it does not
  describe a list reversed by a descending sort of 序号 whose blank cells carry UP from the named
  row beneath.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (集中审批机构 — 窗口、人员、权力集中,
中介多、收费多; a 行政审批局's 依法行政 — 行政许可 公示, 首问负责, 一次告知; a 12345热线话务中心 —
民声接听员, 诉求工单, 审核岗, 派单, 二次派单, 值班长; a 纪委's 营商环境监测点 — 惠企政策兑现, 包抓企业,
台账; 村级便民服务中心 — 代办员, 登记簿, 低保、建房代办; 营商环境观察员 on 便民服务站 — 事项入驻,
帮代办; a 纪检监察工委 on 审批服务窗口 — 首问负责, 一次告知, 材料清单; a 监督执纪 暗访 on 政务服务中心 —
一窗受理, 帮办代办专区, 审批授权) and the layout follows their words for the unit, its parts, its
posts and its risks. The rows are worded by us, the names invented (the rare surnames 尹 and 练 with
rare given names); every unit is a body of 洛浦县.

Run ``python tests/published/score.py --set batch880`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a row with a blank 岗位/姓名 belongs to the nearest row BELOW it that names a
  post and a person (the row its block's smallest 序号 is on), and a blank 科室 to the nearest row
  below naming a 科室 — the blocks are those of the list before it was sorted descending; the 注 line
  is no point;
- ``中心领导``, ``局领导`` and ``热线中心领导`` (a 科室 cell, a group row) are the 科室 of those leaders; the
  审批局's leaders (sheet ``局领导``, no 科室 column) and the cards' holders have no 科室 beyond what
  the card names; a 局's 股, a 中心's 科 and a 便民服务中心's 窗口组 are 科室;
- every 中心, the 局 and the 办公室 are units of their own: 局长, 副局长, 主任, 副主任 are leaders; 股长,
  科长, 值班长 and 窗口组长 middle; the rest general;
- ``主要职责``, ``分管工作``, ``自查情况`` and ``填表时间`` are no points and name no holder; the 12345 center's
  list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b880_"
PLACE = "洛浦县"
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

# the list as typed, ascending: (科室, 岗位, 姓名, tier, [(廉政风险点, 风险等级, 防控措施)])
TRADING = [
    ("中心领导", "主任", "尹翾澍", "leader", [
        ("进驻事项和窗口人员调整不经班子集体研究", "一级", "进驻事项调整经中心党组会研究，报县政府审定。"),
        ("插手干预公共资源交易项目进场和场地安排", "一级", "项目进场按登记顺序排期，领导干部插手干预如实登记。"),
    ]),
    ("中心领导", "副主任", "练珺湉", "leader", [
        ("交易见证把关不严，对围标串标线索不移交", "一级", "见证记录全程留痕，异常线索报县行业监管部门。"),
        ("审批授权事项监管缺位，窗口“体外循环”", "二级", "授权事项全部网上流转，每月比对线上线下件数。"),
    ]),
    ("交易服务科", "科长", "尹昶翮", "middle", [
        ("评标专家抽取名单提前泄露", "一级", "专家由系统随机抽取，名单开标前密封保管。"),
        ("违规退还或截留投标保证金", "二级", "保证金由系统原路退还，财务与交易科双人核对。"),
    ]),
    ("交易服务科", "场地管理员", "练岍淇", "general", [
        ("开评标室门禁和监控管理不严，无关人员进入评标区", "二级", "评标区实行门禁刷卡，音视频全程录存。"),
    ]),
    ("政务服务科", "科长", "尹甯璁", "middle", [
        ("综合窗口“收件不收案”、推诿群众办事", "二级", "实行首问负责和一次性告知，差评件逐件回访。"),
        ("向办事企业推荐指定中介机构", "一级", "中介服务网上超市公开选取，窗口不得推荐中介。"),
    ]),
    ("政务服务科", "综合窗口受理员", "练翯沅", "general", [
        ("受理材料把关不严、容缺受理不登记", "三级", "容缺受理填写承诺书，台账每周核对。"),
    ]),
]  # fmt: skip


def lop_trading_center_sorted_descending() -> dict:
    unit = f"{PLACE}政务服务和公共资源交易中心"
    sh = _Sheet("一览表", [6, 12, 14, 9, 40, 9, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 7)
    _line(sh, f"填报单位：{unit}{GAP * 12}2025年5月", 7)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    # the list as typed, ascending, the merged cells unmerged (value in the top cell only)
    typed = []
    n = 0
    last_dept = None
    for dept, post, who, tier, points in TRADING:
        for j, (point, lv, measures) in enumerate(points):
            n += 1
            shown_dept = dept if (j == 0 and dept != last_dept) else None
            typed.append([n, shown_dept, post if j == 0 else None, who if j == 0 else None,
                          point, lv, measures])  # fmt: skip
            t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
            last_dept = dept
    # then sorted by 序号 descending
    for row in sorted(typed, key=lambda row: -row[0]):
        sh.add(*row)
    _line(sh, "注：本表已取消合并单元格，按序号降序排列。", 7)
    sh.add("填表人：", None, "审核人：", None, "中心主任（签字）：", None, None)
    return _layout(
        "lop_trading_center_sorted_descending", "https://m.desk33.com/p-1635333.html",
        "(harder) 县政务服务和公共资源交易中心 岗位廉政风险点一览表, after the source's 集中审批机构 (窗口、人员、权力集中, "
        "审批授权, 中介多、收费多): a title, a 填报单位 line, ``序号 | 科室 | 岗位 | 姓名 | 廉政风险点 | 风险等级 | "
        "防控措施`` whose merged 科室/岗位/姓名 cells were UNMERGED (the value left in each old range's top cell) and "
        "whose rows were then SORTED BY 序号 DESCENDING (10 … 1): each person's 岗位 and 姓名 stand on the LAST row "
        "of his block with his other rows blank above it, each 科室 on the last row of its run; ``一级/二级/三级``, "
        "no type column; a ``注：本表已取消合并单元格，按序号降序排列。`` line and a 填表人/审核人 line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def lop_approval_bureau_two_sheets() -> dict:
    unit = f"{PLACE}行政审批服务局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 20, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("尹琮潆", "局长", "主持全面工作", [
            ("重大审批事项和审批权限划转不经集体研究", "高", "审批权限划转清单经局党组会研究并公开。"),
            ("为亲友或特定企业审批“开绿灯”", "高", "领导干部亲属经商办企业事项主动报告、回避。"),
        ]),
        ("练沄翃", "副局长", "分管市场准入和投资建设审批", [
            ("工程建设项目审批中违规容缺、先建后批不制止", "高", "容缺事项清单化管理，现场勘验两人以上。"),
            ("行政许可决定签发前审查流于形式", "中", "签发前核对审查意见和勘验记录，全程网上留痕。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "", post, who, "leader", point, [], HML[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("股室", [6, 14, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}股室廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("市场准入审批股", "股长", "尹璟翕", "middle", "食品经营许可现场核查走过场", "高",
         "现场核查随机派员，核查照片上传系统。"),
        ("市场准入审批股", "股长", "尹璟翕", "middle", "许可公示期内对异议不调查即作出决定", "中",
         "行政许可公示期满、异议处理完毕后方可签发。"),
        ("市场准入审批股", "审批员", "练霈湲", "general", "受理材料不齐全即出具受理通知书", "中",
         "实行一次性告知，受理通知书系统自动生成。"),
        ("投资建设审批股", "股长", "尹玑澈", "middle", "施工许可审查中对资金到位证明把关不严", "高",
         "资金证明与银行函证双核对。"),
        ("投资建设审批股", "勘验员", "练翊湛", "general", "现场勘验收受申请人礼品、接受宴请", "低",
         "勘验实行双人制，签订廉洁勘验承诺书。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], HML[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "lop_approval_bureau_two_sheets", "http://www.fhxhlc.com/haowen/88281.html",
        "县行政审批服务局 廉政风险防控一览表 in TWO SHEETS, after the source's 行政审批局 依法行政 (行政许可 内容、程序、"
        "办理时限、责任科室和个人全部公开, 首问负责, 公开承诺): sheet 局领导 with 姓名/职务/分管工作 merged per leader, "
        "sheet 股室 with 股室 merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 高/中/低, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def lop_hotline_center_posts() -> dict:
    unit = f"{PLACE}12345政务服务便民热线中心"
    sh = _Sheet("排查表", [6, 14, 12, 40, 14, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "科室", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("热线中心领导", "主任", "leader", "工单考评结果人为调整、为承办单位“说情”", "岗位职责风险", "一级",
         "考评结果由系统按规则生成，调整须经集体研究并留痕。"),
        ("话务受理科", "民声接听员", "general", "接听诉求时选择性记录、擅自降低工单等级", "业务流程风险", "二级",
         "通话全程录音，工单与录音随机抽检比对。"),
        ("话务受理科", "民声接听员", "general", "泄露来电人姓名、电话等个人信息", "思想道德风险", "一级",
         "坐席签订保密承诺，系统对来电号码脱敏显示。"),
        ("话务受理科", "值班长", "middle", "对不满意工单不按规定二次派单", "制度机制风险", "二级",
         "不满意工单系统自动提醒，值班长每日清单销号。"),
        ("工单审核派单科", "审核岗", "general", "派单时随意退回、推诿工单", "业务流程风险", "三级",
         "退回工单须注明理由，每周通报退单情况。"),
        ("工单审核派单科", "回访员", "general", "回访满意度弄虚作假、代群众评价", "外部环境风险", "二级",
         "回访录音抽检，满意度数据与“好差评”系统比对。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), GRADES[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合科", None, None, "审核：", None, "2025年3月", None)
    return _layout(
        "lop_hotline_center_posts", "https://csjcs.com/news/show/84374b57c38d1c4b.html",
        "县12345政务服务便民热线中心 岗位廉政风险点排查表 对岗不对人, after the source's 12345热线话务中心 (民声接听员, "
        "诉求工单, 审核岗审核, 派至成员单位, 不满意工单二次派单, 值班长): a title, 序号/科室 merged/岗位 merged per post/"
        "风险点/风险类型 ``…风险``/风险等级 ``一级/二级/三级``/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def lop_business_office_cards() -> dict:
    unit = f"{PLACE}营商环境建设办公室"
    t = _Truth(unit)
    cards = [
        ("主任", "尹瑀泓", "主任", "主持全面工作，统筹营商环境监测点和惠企政策兑现", "leader", [
            ("惠企政策兑现名单审核中优亲厚友", "★★★", "兑现名单经联席会议审定，公示七日。"),
            ("营商环境评价数据授意下级修改", "★★★", "评价数据由第三方采集，原始台账备查。"),
            ("接受包抓企业宴请、礼品", "★", "严守中央八项规定精神，节前廉洁提醒。"),
        ]),
        ("监测督办组", "练璠翙", "组长", "负责营商环境监测点、企业诉求台账和督办", "middle", [
            ("企业投诉线索压案不办、不如实登记", "★★", "投诉线索一律登记台账，办结情况每月通报。"),
            ("督办回访走过场，问题未整改即销号", "★★", "销号须经企业确认签字，随机抽查回访。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 36, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("主要职责", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "lop_business_office_cards", "https://xian.qinfeng.gov.cn/info/1020/39405.htm",
        "县营商环境建设办公室 岗位廉政风险防控卡, one sheet a person, after the source's 纪委 营商环境监测点 (惠企政策兑现, "
        "“一对一”包抓企业, 记录汇总、建立台账, 跟踪回访): a title, ``姓　名 | … | 职　务 | …`` and a merged 主要职责 "
        "line, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def lop_town_center_group_rows() -> dict:
    unit = f"{PLACE}洛浦镇便民服务中心"
    sh = _Sheet("责任清单", [6, 14, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "尹霑琇", "leader", [
                ("代办事项分派中照顾熟人、插队办理", "一级风险", "代办事项按登记簿顺序分派，每周公示。"),
                ("低保、建房等代办材料审核签字把关不严", "一级风险", "代办材料经窗口初审、主任复核两级签字。"),
            ]),
        ]),
        ("二、民政社保窗口", "民政社保窗口", [
            ("窗口组长", "练珩澂", "middle", [
                ("低保申请材料代办中虚报家庭收入", "一级风险", "入户核查两人以上，结果在村务公开栏公示。"),
                ("养老保险代缴款项未及时上缴", "二级风险", "代缴款当日入账，票据与登记簿逐笔核对。"),
            ]),
        ]),
        ("三、村镇建设窗口", "村镇建设窗口", [
            ("代办员", "尹渟玥", "general", [
                ("农村建房代办中收取“跑腿费”", "二级风险", "代办一律免费，收费举报电话上墙。"),
                ("代办登记簿记录不全、事后补记", "三级风险", "登记簿每日由窗口组长签字确认。"),
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
        "lop_town_center_group_rows", "http://zjnews.zjol.com.cn/system/2014/11/24/020374846.shtml",
        "镇便民服务中心 廉政风险防控责任清单, after the source's 村级便民服务中心 (委托代办 办证、落户、低保、建房, 专职代办员, "
        "登记簿): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS "
        "``一、中心领导``, ``二、民政社保窗口``, ``三、村镇建设窗口`` merged across; 岗位 and 姓名 merged per person; "
        "no type column",
        [sh], t,
    )  # fmt: skip


def lop_shanpulu_center_selfchecks() -> dict:
    unit = f"{PLACE}山普鲁镇便民服务中心"
    t = _Truth(unit)
    people = [
        ("练峤琛", "中心领导", "主任", "leader", [
            ("便民服务站事项入驻清单随意增减", "Ⅰ级", "入驻事项清单经镇党委会研究，对外公布。", "已落实"),
            ("帮代办人员考核评优搞平衡照顾", "Ⅱ级", "考核按办件量和群众评价量化打分。", "未发现问题"),
        ]),
        ("尹翚涟", "帮代办组", "帮代办员", "general", [
            ("为群众代办业务时索要好处", "Ⅰ级", "代办服务承诺公开，群众回访。", "已落实"),
            ("代办材料保管不善、遗失群众证件", "Ⅲ级", "代办材料交接登记，专柜保管。", "已落实"),
        ]),
        ("练璿汭", "综合受理组", "受理员", "general", [
            ("对不熟悉的事项不一次告知，让群众多跑", "Ⅱ级", "事项办事指南上墙，一次性告知单留存。", "未发现问题"),
            ("擅自收取材料复印费", "Ⅲ级", "大厅免费提供复印，收费举报电话公开。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在岗位组", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "lop_shanpulu_center_selfchecks", "http://epaper.cqjjnet.com/PC/jjrb/202504/14/content_34677.html",
        "镇便民服务中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 营商环境观察员"
        "（政务服务监督员）调研 (便民服务站 政务服务事项入驻, 便民服务事项咨询办理, “帮代办”服务, 群众满意度): a title, a "
        "label row ``姓　名 | 所在岗位组 | 岗　位 | 填表时间`` over a row of values, then 序号/风险点/风险等级 "
        "``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; ``本人签名： | 主任意见：``",
        sheets, t,
    )  # fmt: skip


def lop_baishi_center_list() -> dict:
    unit = f"{PLACE}拜什托格拉克乡便民服务中心"
    sh = _Sheet("一览表", [6, 14, 12, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "尹琬翥", "leader", "窗口服务投诉不调查、护短", "制度机制", "高风险",
         "投诉件登记编号，调查结果答复群众。"),
        ("中心领导", "主任", "尹琬翥", "leader", "窗口人员考勤和“好差评”结果弄虚作假", "岗位职责", "中风险",
         "考勤和评价数据由系统导出，每月公示。"),
        ("综合窗口", "窗口组长", "练湉珖", "middle", "材料清单解释不清，让群众多跑一趟", "业务流程", "中风险",
         "推行首问负责和一次告知，告知单一式两份。"),
        ("综合窗口", "受理员", "尹澔琰", "general", "能线上办理的事项不告知，借机设卡", "思想道德", "中风险",
         "线上办理指引张贴上墙，导办员现场引导。"),
        ("综合窗口", "受理员", "尹澔琰", "general", "为熟人办事插队、越过叫号系统", "外部环境", "低风险",
         "一律凭号办理，叫号数据每周抽查。"),
        ("农业服务窗口", "受理员", "练翛珣", "general", "耕地地力补贴申报材料审核不严", "业务流程", "高风险",
         "补贴面积与确权数据比对，名单村级公示。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "lop_baishi_center_list", "https://bzjjw.gov.cn/gzdt/szkx/2024-06-07/7097.html",
        "乡便民服务中心 岗位廉政风险防控一览表, after the source's 纪检监察工委 on 行政审批服务窗口监督 (首问负责, 一次告知, "
        "一窗受理, 材料清单解释不清, 线上办理未告知): ``附件1``, a title, a merged 填报单位（盖章）/填报时间 line, then "
        "序号/部门/岗位/责任人 written on EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/"
        "防控措施; a 填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


def lop_buya_center_register() -> dict:
    unit = f"{PLACE}布亚乡便民服务中心"
    sh = _Sheet("登记表", [6, 14, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "练瑢渼", "leader", [
            ("审批授权和窗口进驻事项落实不到位、暗中保留审批权", "制度机制", "一级",
             "进驻事项和授权清单公开，电子监察全程记录。"),
            ("帮办代办专区服务收费或变相收费", "思想道德", "二级", "帮办代办免费服务承诺公开。"),
        ]),
        ("帮办代办组", "组长", "尹沣珞", "middle", [
            ("企业开办代办中泄露企业信息", "岗位职责", "二级", "代办资料专人保管，签订保密承诺。"),
        ]),
        ("帮办代办组", "代办员", "练旻翾", "general", [
            ("代办房产、不动产登记材料时与中介勾连", "外部环境", "一级", "代办事项登记台账，不得与中介私下联系。"),
            ("代办件超时办理不说明原因", "业务流程", "三级", "超时件系统预警，每周通报。"),
        ]),
        ("综合受理组", "受理员", "尹濛琤", "general", [
            ("暗访中发现的窗口问题瞒报不改", "制度机制", "二级", "问题清单销号管理，整改情况公示。"),
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
        "lop_buya_center_register", "http://chinainc.org.cn/show-345-493025-1.html",
        "乡便民服务中心 廉政风险点排查登记表, after the source's 优化营商环境 监督执纪 暗访 (政务服务中心 一窗受理, "
        "“三集中”“三到位”, 审批授权, 电子监察, 企业帮办代办专区): a title, 序号/科室 merged/岗位 and 姓名 merged per "
        "person/风险点/风险类别 (short names)/风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line and an "
        "编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    lop_trading_center_sorted_descending(),
    lop_approval_bureau_two_sheets(),
    lop_hotline_center_posts(),
    lop_business_office_cards(),
    lop_town_center_group_rows(),
    lop_shanpulu_center_selfchecks(),
    lop_baishi_center_list(),
    lop_buya_center_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch880-inbox"))

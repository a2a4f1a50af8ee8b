"""The five-hundred-and-seventy-third batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 乡镇 and
村（社区）“两委” bodies, 治多县 (玉树藏族自治州, 青海) — its 加吉博洛镇人民政府, 扎河乡人民政府 and
索加乡人民政府, the 多彩乡当江荣村党支部, the 加吉博洛镇通天河社区居民委员会, the 治渠乡江庆村村民委员会
and the 立新乡叶青村村务监督委员会 — each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its
staff typed in WPS or Excel:

- the 加吉博洛镇人民政府's 一览表 in TWO SHEETS: ``镇领导`` (``姓名 | 职务 | 分管工作`` merged per leader)
  and ``站所`` (``站所`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 扎河乡人民政府's 排查表 对岗不对人: ``站所`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 当江荣村党支部's 自查表, one sheet a person: a label row ``姓　名 | 职　务 | 填表时间`` over a row
  of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 通天河社区居民委员会's 责任清单 under GROUP ROWS ``一、社区“两委”班子`` … ``三、网格服务站`` merged
  across (no 部门 column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 索加乡人民政府's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作
  line, ``★★★/★★/★`` read by a ``注：`` line;
- the 江庆村村民委员会's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on
  EVERY row, short types, ``高风险/中风险/低风险``;
- the 叶青村村务监督委员会's 排查登记表: ``岗位 | 姓名`` merged per person (no 部门 column), ``风险类别``
  (short names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``zhiduo_junqu_village_items_reassigned``: the 索加乡君曲村's 村“两委”班子成员廉政风险防控一览表 is an
  ordinary list — ``序号 | 职务 | 姓名 | 廉政风险点 | 风险等级 | 防控措施``, 职务 and 姓名 merged per person,
  ``一级/二级/三级``, no type column — drawn up at the start of the year and NOT REDRAWN when the
  村“两委” re-divided their work in June: a merged ``注：`` line under the table says so and MOVES
  NUMBERED ITEMS from one holder to another (``…表中第8、9项风险点改由村委会副主任拓跋翀负责，第11项
  风险点改由村文书能琇澜负责，其余各项责任人不变。``), while the rows 8, 9 and 11 still stand under their
  old holders' merged 职务/姓名 cells. So a point's holder is the one the table shows UNLESS the note
  names its number; a moved point goes to the new holder WITH HIS OWN POST (the 村委会副主任 takes two
  of the 村文书's points beside his own two; the 村文书 gives two away and takes one of the 报账员's),
  and its level stays. The README's 读得懂的表 knows a 人员变动表 (``岗位 | 原任人员 | 现任人员``) that
  hands a WHOLE POST to its new holder, a ``备注`` naming the successor on a row (``该岗位由…接任``), a
  holder with an arrow to his successor in the 姓名 cell, a 分工表 giving each person the NUMBERS of
  his points (the list naming no holder at all) and notes that grade or type points by number; it
  does not describe a list whose every row names its holder and a note under it that re-assigns
  SOME numbered points to ANOTHER holder already in the list, each keeping his own post, the old
  holder keeping the rest.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 镇's 低保专项整治 — “人情保”“关系保”,
拉网式普查, 民主评议团, 长期公示, 镇纪委 专案督办; a county's 草原生态管护员 聘用方案 — 禁牧, 草畜平衡,
可利用草原面积, 建档立卡, 常务会议; a paper on 农村基层党建 — 村级权力授受, “一肩挑”, 第一书记, 三会一课;
the 三江源国家公园's 生态管护员 — 治多县, 巡护, 管护员 选聘, 管护站; a note on 社区干部 — “两定”干部, 财政
定额补贴, 卡点, 入户调查; a study of 农村集体资产流失 — 转租转包给亲属, 会计共谋, 虚列开支, 变卖非经营性
资产; an account of 村务监督委员会 — 后陈村, 村务管理制度, 村务监督制度, 土地征用费 分配; a paper on
村级小微权力清单 — 权力事项, 运行流程, 村民办事, 履责) and the layout follows their words for the unit,
its parts, its posts and its risks. The rows are worded by us, the names invented (the rare
surnames 能 and 拓跋 with rare given names); every unit is a body of 治多县.

Run ``python tests/published/score.py --set batch573`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the ``注：`` line governs: items 8 and 9 (written under 村文书 能琇澜) are points of
  村委会副主任 拓跋翀 and item 11 (written under 报账员 拓跋澍) a point of 村文书 能琇澜, each with its
  level as written; every other row is its holder's as the table shows it; one form a holder, no
  科室 (a village has none); the note and the 签字 line are no points;
- ``镇领导``, ``乡领导`` (a 站所 cell) are the 科室 of those leaders; the 加吉博洛镇's leaders (sheet
  ``镇领导``, no 科室 column), the 索加乡's cards, the 党支部's self-checks, the 村务监督委员会's register
  and the 君曲村's list have no 科室; a 镇's or 乡's 办, 所, 中心 and 站 are 科室; a group row
  ``二、党群服务中心`` gives the 科室 ``党群服务中心`` (its number left off); the 江庆村's ``部门`` cells
  (``村委会``, ``生态畜牧业合作社``) are its 科室;
- every body is a unit of its own: 镇长, 副镇长, 乡长, 副乡长, a 党支部's 书记 and 副书记, a 村委会's or
  居委会's 主任 and 副主任, a 合作社's 理事长 and a 村务监督委员会's 主任 are leaders; a 镇's or 乡's 主任
  and 所长 and the 网格服务站's 站长 are middle; the rest (民政专干, 会计, 草原监理员, 组织委员, 宣传委员,
  网格员, 村文书, 报账员, 监督委员, 妇女专干) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no points
  and name no holder; the 扎河乡's list names no person: its forms are posts (对岗不对人);
- ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, 高/中/低 and
  ``高风险/中风险/低风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b573_"
PLACE = "治多县"
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

# the 村“两委” as the table lists them: (职务, 姓名, tier, [(廉政风险点, 风险等级, 防控措施)])
MEMBERS = [
    ("党支部书记", "能昶翮", "leader", [
        ("村级重大事项不按“四议两公开”程序决策，个人说了算", "一级",
         "重大事项经党支部提议、“两委”商议、党员大会审议、村民代表会议决议，结果公开。"),
        ("发展党员、推荐入党积极分子优亲厚友", "二级", "发展党员全程纪实，各环节公示接受群众监督。"),
    ]),
    ("村委会主任", "拓跋珵", "leader", [
        ("村集体草场承包、转包不经村民会议，低价发包给亲友", "一级",
         "草场发包方案经村民代表会议通过，合同报乡人民政府备案。"),
        ("村级公益项目施工方选定暗箱操作", "一级", "施工方公开比选，村务监督委员会全程监督。"),
    ]),
    ("村委会副主任", "拓跋翀", "leader", [
        ("生态管护员推荐人选优亲厚友", "二级", "推荐名单经村民代表会议评议，公示七天。"),
        ("牧业合作社收益分配方案不公开", "二级", "分配方案经社员大会通过，在村务公开栏公示。"),
    ]),
    ("村文书", "能琇澜", "general", [
        ("村级印章使用不登记，违规出具证明", "二级", "印章专人保管，用印逐项登记，证明经书记签字。"),
        ("草原生态保护补奖资金发放名册核对不细，虚报冒领", "一级",
         "名册与草场承包面积逐户核对，张榜公示后发放。"),
        ("惠民惠农补贴“一卡通”信息录入不实", "二级", "“一卡通”信息双人录入、交叉核对。"),
    ]),
    ("报账员", "拓跋澍", "general", [
        ("村级报账票据审核不严，虚列开支", "一级", "报账经村务监督委员会审核、乡财政所复核。"),
        ("收取现金不及时入账，坐收坐支", "二级", "收入当日存入村级账户，严禁坐收坐支。"),
    ]),
]  # fmt: skip

# the 注 line's re-assignments: item number -> (职务, 姓名) of the new holder
MOVED = {8: ("村委会副主任", "拓跋翀"), 9: ("村委会副主任", "拓跋翀"), 11: ("村文书", "能琇澜")}
NOTE = (
    "注：2025年6月村“两委”调整分工，本表未重新编排：表中第8、9项风险点改由村委会副主任拓跋翀负责，"
    "第11项风险点改由村文书能琇澜负责，其余各项责任人不变。"
)


def reassigned() -> list[tuple[int, str, str, str, str, int]]:
    """(序号, 职务, 姓名, tier, 廉政风险点, level) of every row, its holder as the 注 line makes it."""
    tiers = {who: tier for _post, who, tier, _items in MEMBERS}
    out, n = [], 0
    for post, who, _tier, items in MEMBERS:
        for point, lv, _measures in items:
            n += 1
            post_n, who_n = MOVED.get(n, (post, who))
            out.append((n, post_n, who_n, tiers[who_n], point, GRADES[lv]))
    return out


def zhiduo_junqu_village_items_reassigned() -> dict:
    unit = f"{PLACE}索加乡君曲村"
    sh = _Sheet("一览表", [6, 12, 9, 40, 9, 38])
    t = _Truth(unit)
    _line(sh, f"{unit}“两委”班子成员廉政风险防控一览表", 6)
    _line(sh, f"填报单位：君曲村党支部（盖章）{GAP * 16}填报时间：2025年3月", 6)
    sh.add("序号", "职务", "姓名", "廉政风险点", "风险等级", "防控措施")
    first = len(sh.rows)
    n = 0
    for post, who, _tier, items in MEMBERS:
        for point, lv, measures in items:
            n += 1
            sh.add(n, post, who, point, lv, measures)
    _per_person(sh, first, None, 1, 2)
    # the truth one form a holder, in the table's order of holders, each holder's rows in order
    rows = reassigned()
    for _post, who, _tier, _items in MEMBERS:
        for _n, post_n, who_n, tier, point, lv in rows:
            if who_n == who:
                t.point(sh.name, "", post_n, who_n, tier, point, [], lv)
    _line(sh, NOTE, 6)
    sh.add("村党支部书记（签字）：", None, None, "村务监督委员会主任（签字）：", None, "2025年6月")
    return _layout(
        "zhiduo_junqu_village_items_reassigned", "https://fx361.cc/page/2023/0925/22846368.shtml",
        "(harder) 村“两委”班子成员廉政风险防控一览表, after the source's paper on 村级小微权力清单 (权力事项, 运行流程, "
        "村民办事, 履责精度): a title, a merged 填报单位/填报时间 line, ``序号 | 职务 | 姓名 | 廉政风险点 | 风险等级 | "
        "防控措施`` with 职务 and 姓名 merged per person, ``一级/二级/三级``, no type column; UNDER the table a merged "
        "``注：`` line saying the work was re-divided in June and the table not redrawn, and MOVING items 8 and 9 "
        "(written under the 村文书) to the 村委会副主任 and item 11 (written under the 报账员) to the 村文书, by number; "
        "a 签字 line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def zhiduo_jiajiboluo_town_two_sheets() -> dict:
    unit = f"{PLACE}加吉博洛镇人民政府"
    t = _Truth(unit)
    lead = _Sheet("镇领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}镇领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("能瑢岍", "镇长", "主持政府全面工作", [
            ("镇级大额资金使用不经党政联席会议集体研究", "一级", "大额资金使用一律上会研究，会议纪要存档。"),
            ("牧民定居点维修项目插手干预选定施工方", "一级", "项目按规定进入县公共资源交易平台。"),
        ]),
        ("拓跋琰", "副镇长", "分管民政、社会救助", [
            ("低保、特困供养对象审批把关不严，形成“人情保”“关系保”", "一级",
             "审批前入户核查，民主评议结果长期公示。"),
            ("临时救助资金审批超标准、超范围", "二级", "临时救助按标准审批，按月公开发放情况。"),
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
    dept = _Sheet("站所", [6, 14, 10, 9, 38, 9, 34])
    _line(dept, f"{unit}站所廉政风险防控一览表", 7)
    dept.add("序号", "站所", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("社会事务办", "主任", "能沄翊", "middle", "低保对象“拉网式”普查走过场，应退不退", "一级",
         "普查到户到人，清退名单报镇纪委备案。"),
        ("社会事务办", "主任", "能沄翊", "middle", "民主评议团成员由村干部指定", "二级", "评议团成员按规定推选，名单公示。"),
        ("社会事务办", "民政专干", "拓跋岚", "general", "低保申请材料录入不实，隐瞒家庭收入", "二级",
         "材料双人审核，系统比对家庭经济状况。"),
        ("财政所", "所长", "能璟湉", "middle", "惠民惠农补贴资金未按时足额发放，截留挪用", "一级",
         "补贴通过“一卡通”直接发放到户，发放名册公示。"),
        ("财政所", "会计", "拓跋璟", "general", "村级报账审核不严，虚列支出", "二级", "报账单据三级审核，每季度抽查。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：党政综合办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "zhiduo_jiajiboluo_town_two_sheets", "http://markspestcontrol.com/xqzc/snx/2018-09-26/945095.html",
        "镇人民政府 廉政风险防控一览表 in TWO SHEETS, after the source's 镇 低保专项整治 (“人情保”“关系保”, 拉网式普查, "
        "民主评议团, 长期公示, 镇纪委 专案督办): sheet 镇领导 with 姓名/职务/分管工作 merged per leader, sheet 站所 with "
        "站所 merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def zhiduo_zhahe_township_posts() -> dict:
    unit = f"{PLACE}扎河乡人民政府"
    sh = _Sheet("排查表", [6, 16, 12, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "站所", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("乡领导", "乡长", "leader", "生态管护员聘用", "管护员聘用名单不经审查，优先聘用亲友", "制度机制风险", "高",
         "聘用名单经村民委员会推荐、乡政府审查，报县里备案。"),
        ("农牧业综合服务中心", "主任", "middle", "禁牧和草畜平衡核查", "核查牲畜数量弄虚作假，放任超载过牧",
         "岗位职责风险", "高", "核查两人以上进行，核查结果张榜公示。"),
        ("农牧业综合服务中心", "主任", "middle", "草原补奖面积核定", "核定草场面积与承包证不符，多报冒领",
         "业务流程风险", "中", "面积核定与承包经营权证逐户比对。"),
        ("农牧业综合服务中心", "草原监理员", "general", "管护员考核", "管护员考核走过场，巡护记录造假",
         "岗位职责风险", "中", "巡护记录每月抽查，考核结果与报酬挂钩。"),
        ("财政所", "所长", "middle", "管护员报酬发放", "报酬不按考核结果发放，平均发放或截留", "思想道德风险", "中",
         "报酬按考核结果核定，通过“一卡通”发放。"),
        ("财政所", "所长", "middle", "乡级公务支出", "公务接待超标准，虚列支出", "外部环境风险", "低",
         "公务接待执行清单制度，凭公函报账。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：党政综合办公室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "zhiduo_zhahe_township_posts", "https://bearinga.com/lnb/zc1__zwgk/zc/agwzlfl/zfb/content_13604012",
        "乡人民政府 岗位廉政风险点排查表 对岗不对人, after the source's county 草原生态管护员 聘用方案 (可利用草原面积, 禁牧, "
        "草畜平衡, 建档立卡, 聘用): a title, 序号/站所 merged/岗位 merged per post/a short 风险点/a long 风险表现/风险类型 "
        "``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def zhiduo_dangjiangrong_branch_selfchecks() -> dict:
    unit = f"{PLACE}多彩乡当江荣村党支部"
    t = _Truth(unit)
    people = [
        ("能翀沅", "党支部书记", "leader", [
            ("村“两委”联席会议议题由个人确定，民主决策走形式", "Ⅰ级", "议题经支委会集体确定，会议记录存档。", "已落实"),
            ("“三会一课”记录补记、代签", "Ⅲ级", "会议现场签到，记录当场整理。", "未发现问题"),
        ]),
        ("拓跋沨", "党支部副书记", "leader", [
            ("党员积分评定打人情分", "Ⅱ级", "积分评定结果在支部公示。", "已落实"),
            ("困难党员慰问对象确定不公开", "Ⅱ级", "慰问名单经支委会研究并公示。", "已落实"),
        ]),
        ("能岫琤", "组织委员", "general", [
            ("发展党员材料把关不严，程序倒置", "Ⅰ级", "发展材料逐人建档，乡党委预审。", "未发现问题"),
            ("党费收缴不及时、不足额", "Ⅲ级", "党费按月收缴，收据存根备查。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}党员干部廉政风险自查表", 5)
        sh.add("姓　名", "职　务", "填表时间", None, None)
        sh.add(who, post, "2025年4月", None, None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, "", post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "乡党委意见：", None, None)
        sheets.append(sh)
    return _layout(
        "zhiduo_dangjiangrong_branch_selfchecks", "https://www.fx361.cc/page/2021/0414/21456500.shtml",
        "村党支部 党员干部廉政风险自查表, one sheet a person (tabs named by the person), after the source's paper on "
        "农村基层党建 (村级权力授受, “一肩挑”, 第一书记, 三会一课, 制度建设): a title, a label row ``姓　名 | 职　务 | "
        "填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 乡党委意见：``",
        sheets, t,
    )  # fmt: skip


def zhiduo_tongtianhe_community_group_rows() -> dict:
    unit = f"{PLACE}加吉博洛镇通天河社区居民委员会"
    sh = _Sheet("责任清单", [6, 12, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、社区“两委”班子", "社区“两委”班子", [
            ("社区党支部书记", "能霁瑗", "leader", [
                ("社区办公经费、党建工作经费使用不经“两委”研究", "一级风险", "经费使用经“两委”会议研究，按季度公开。"),
            ]),
            ("居委会主任", "拓跋湉", "leader", [
                ("公益性岗位人员推荐优亲厚友", "一级风险", "推荐条件公开，推荐名单在社区公示。"),
                ("社区服务用房出租不公开", "二级风险", "出租经居民代表会议同意，合同报镇备案。"),
            ]),
        ]),
        ("二、党群服务中心", "党群服务中心", [
            ("主任", "能曦沣", "middle", [
                ("居民办事证明违规出具", "二级风险", "证明出具实行登记，经书记审签。"),
            ]),
        ]),
        ("三、网格服务站", "网格服务站", [
            ("站长", "拓跋峣", "middle", [
                ("低保家庭入户调查不实", "二级风险", "入户调查两人同行，调查表当场签字。"),
            ]),
            ("网格员", "能璎岚", "general", [
                ("网格员补贴考核打人情分", "三级风险", "考核结果在网格内公示。"),
                ("泄露入户采集的居民信息", "三级风险", "签订保密承诺书，采集信息专人管理。"),
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
        "zhiduo_tongtianhe_community_group_rows", "http://www.qqstock.cn/content/20/1206/13/32471209_949778907.shtml",
        "社区居民委员会 廉政风险防控责任清单, after the source's note on 社区干部 (“两定”干部, 财政定额补贴, 居委会任期, "
        "卡点, 入户调查): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP "
        "ROWS ``一、社区“两委”班子``, ``二、党群服务中心``, ``三、网格服务站`` merged across; 岗位 and 姓名 merged per "
        "person; no type column",
        [sh], t,
    )  # fmt: skip


def zhiduo_suojia_township_cards() -> dict:
    unit = f"{PLACE}索加乡人民政府"
    t = _Truth(unit)
    cards = [
        ("乡长", "能湜琰", "乡长", "主持政府全面工作", "leader", [
            ("生态管护公益岗位人员选聘暗箱操作", "★★★", "选聘条件、程序和结果全程公开。"),
            ("管护站建设项目验收把关不严", "★★", "验收邀请县林草部门和村务监督委员会参加。"),
            ("接受牧户、商户宴请和礼品", "★", "严守中央八项规定精神，节前廉洁提醒。"),
        ]),
        ("副乡长", "拓跋瑗", "副乡长", "分管生态保护、草原管护", "leader", [
            ("管护员巡护考核不严，报酬照发", "★★★", "巡护轨迹每月核查，考核不合格的扣减报酬。"),
            ("草原补奖资金发放面积核定不实", "★★", "补奖面积与承包合同逐户核对，结果公示。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}领导干部廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("分管工作", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "zhiduo_suojia_township_cards", "http://www.hbxmad.com/newdetail-99056.html",
        "乡人民政府 领导干部廉政风险防控卡, one sheet a leader, after the source's 三江源国家公园 生态管护员 试点 (治多县, "
        "管护员 选聘, 巡护, 管护站): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def zhiduo_jiangqing_village_list() -> dict:
    unit = f"{PLACE}治渠乡江庆村村民委员会"
    sh = _Sheet("一览表", [6, 16, 12, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年5月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("村委会", "村委会主任", "拓跋霈", "leader", "集体草场以低价承包给亲属后转包获利", "思想道德", "高风险",
         "草场承包公开竞价，承包结果公示。"),
        ("村委会", "村委会主任", "拓跋霈", "leader", "村集体房屋变更用途后私下变卖", "制度机制", "高风险",
         "集体资产处置经村民代表会议决议，报乡审批。"),
        ("村委会", "村文书", "能琬峤", "general", "集体资产台账登记不全，账实不符", "业务流程", "中风险",
         "资产台账每年清查一次，结果公示。"),
        ("生态畜牧业合作社", "理事长", "能骞湄", "leader", "合作社收益分配不经社员大会", "岗位职责", "高风险",
         "分配方案经社员大会表决，分配到户公示。"),
        ("生态畜牧业合作社", "会计", "拓跋岍", "general", "与经办人共谋虚列开支", "业务流程", "中风险",
         "开支凭证经办人、证明人、审批人三签。"),
        ("村委会", "妇女专干", "能琮屺", "general", "计生奖扶对象信息核实不严", "外部环境", "低风险",
         "奖扶对象逐户核实，名单公示。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "村党支部书记（签字）：", None, None)
    return _layout(
        "zhiduo_jiangqing_village_list", "http://www.klmpsl.com/sannonglunjian/109762.html",
        "村民委员会 岗位廉政风险防控一览表, after the source's study of 农村集体资产流失 (资源性资产转租转包给亲属, 会计共谋, "
        "虚列开支, 非经营性资产变卖): ``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 "
        "written on EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/"
        "村党支部书记（签字） line",
        [sh], t,
    )  # fmt: skip


def zhiduo_yeqing_supervision_register() -> dict:
    unit = f"{PLACE}立新乡叶青村村务监督委员会"
    sh = _Sheet("登记表", [6, 12, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 7)
    sh.add("序号", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("主任", "拓跋琤", "leader", [
            ("村务监督走过场，对重大事项决策不列席不监督", "岗位职责", "一级", "重大事项决策全程列席，监督意见存档。"),
            ("与村干部利益关联，监督时不回避", "思想道德", "二级", "村“两委”成员近亲属不得担任监督委员。"),
        ]),
        ("监督委员", "能玘澍", "general", [
            ("村级财务审核签字把关不严", "业务流程", "一级", "财务票据逐张审核，审核意见签字。"),
            ("土地征用补偿费分配方案监督不到位", "制度机制", "二级", "分配方案张榜公示，接受村民质询。"),
        ]),
        ("监督委员", "拓跋沅", "general", [
            ("村务公开内容核实不细", "外部环境", "三级", "公开内容逐项核对，核实后签字。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, post, who, point, typ, lv, measures)
            t.point(sh.name, "", post, who, tier, point, types_in(typ), GRADES[lv])
    _per_person(sh, first, None, 1, 2)
    _line(sh, "注：风险等级分为一级、二级、三级，一级为最高。", 7)
    sh.add("编制人：", None, "审核人：", None, "2025年4月", None, None)
    return _layout(
        "zhiduo_yeqing_supervision_register", "http://spbjmm.com.shayuweb.com/shenghuo/23586.html",
        "村务监督委员会 廉政风险点排查登记表, after the source's account of 村务监督委员会 (后陈村, 村务管理制度, 村务监督"
        "制度, 土地征用费 分配, 独立行使监督权): a title, 序号/岗位 and 姓名 merged per person (no 部门 column)/风险点/"
        "风险类别 (short names)/风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    zhiduo_junqu_village_items_reassigned(),
    zhiduo_jiajiboluo_town_two_sheets(),
    zhiduo_zhahe_township_posts(),
    zhiduo_dangjiangrong_branch_selfchecks(),
    zhiduo_tongtianhe_community_group_rows(),
    zhiduo_suojia_township_cards(),
    zhiduo_jiangqing_village_list(),
    zhiduo_yeqing_supervision_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch573-inbox"))

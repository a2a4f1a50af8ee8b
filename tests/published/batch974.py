"""The nine-hundred-and-seventy-fourth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 乡镇 and
村（居）委会, 革吉县 (阿里地区, 西藏自治区) — the 雄巴乡, 盐湖乡, 亚热乡 and 文布当桑乡 人民政府, and
革吉镇's 康巴列村, 公前村 (its 村务监督委员会), 芒拉村 and 福康小区社区 (its 网格员) — each handing
back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 雄巴乡人民政府's 一览表: ``科室`` merged (``乡领导``, ``党政综合办公室``, ``财政所``), ``职务 | 姓名``
  merged per person, ``…风险`` types, 高/中/低 and a ``注：`` line;
- the 盐湖乡人民政府's 一览表 in TWO SHEETS: ``班子成员`` (``姓名 | 职务 | 分管工作`` merged per leader)
  and ``站所`` (``站所`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 公前村's 村务监督委员会 防控卡, one sheet a person (tabs named by the post): ``姓　名 | … | 职　务
  | …`` and a merged 监督职责 line, ``★★★/★★/★`` read by a ``注：`` line;
- the 亚热乡人民政府's 清单 under GROUP ROWS ``一、乡领导`` … (no 科室 column), ``岗位 | 姓名`` merged
  per person, ``一级风险/二级风险/三级风险``;
- the 福康小区社区's 网格员 自查表, one sheet a person: a label row ``姓　名 | 职　务 | 分管工作 |
  自查时间`` over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``防范措施``, ``自查结果``, no type column;
- the 芒拉村's 排查表 对岗不对人: ``岗位`` merged, a short ``风险点`` beside a long ``风险表现``, short
  types under ``风险类别``, ``高风险/中风险/低风险``; no names;
- the 文布当桑乡人民政府's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``岗位 | 责任人`` on EVERY
  row, short types, ``一级/二级/三级``.

One is harder:

- ``geji_kangbalie_village_name_post_swapped``: the 康巴列村's “两委”及村务监督委员会成员廉政风险防控
  一览表, an ordinary list (``序号 | 职务 | 姓名 | 廉政风险点 | 风险类别 | 风险等级 | 防控措施``, 职务 and
  姓名 merged per person, short types, 高/中/低) that the 村's 文书 put together from what each member
  filled in himself: two of the five members (the 副书记 and the 文书) had typed their rows in the
  order ``姓名 | 职务`` and their rows were pasted in as they came, so on THEIR ROWS ONLY the ``职务``
  column holds the person's name and the ``姓名`` column his post (``宿勤晅 | 村党支部副书记``), the
  other three members' rows standing right under the same heading. The README's 读得懂的表 and
  docs/layouts.md know a heading ``姓名 | 岗位`` written the wrong way round for the whole table,
  a 防控卡 with 姓名 and 职务 filled in the wrong way round (read as written), rows whose type and
  level cells are swapped, rows shifted left under spanned cells and a heading shifted against
  full rows; they do not describe a list whose 职务 and 姓名 cells are swapped on SOME PERSONS'
  ROWS ONLY, under a heading that is right for the rest (each member's block as he typed it).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (革吉县 itself, its 乡 and 村委会,
纯牧业, 羌塘; 革吉镇's 社区 and 行政村, 那普, 康巴列, 布贡; the 村民委员会组织法's 村务监督机构,
民主评议, 误工补偿 and 村务档案; 农村低保's 人情保、关系保 and 优亲厚友; a 网格员's 信息采集, 入户,
矛盾纠纷排查; a 村(居)委会 换届选举 方案 and a 乡's 村“两委”换届 方案 — 选民登记, 候选人, 换届纪律)
and the layout follows their words for the unit, its parts, its posts and its risks. The rows are
worded by us, the names invented (the rare compound surnames 沮渠 and 宿勤 with rare given names);
every unit is a body of 革吉县.

Run ``python tests/published/score.py --set batch974`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each row belongs to the member it names, whichever of the two columns the
  name stands in: the person is the 2–4-character name (``宿勤晅``), the post the post's words
  (``村党支部副书记``); the swapped rows are no other forms and no points of anyone else;
- a 乡's 办, 所 and 中心 are its 科室 (``党政综合办公室``, ``财政所``, ``农牧综合服务中心``); ``乡领导``
  (a 科室 cell, a group row) the 科室 of its leaders, ``班子成员`` (sheet) none; 党委书记, 乡长, 副乡长,
  党委副书记 and 党委委员、副乡长 leaders; a 办's 主任, a 所's 所长 and a 中心's 主任 middle; the rest
  general;
- a 村 and a 社区 are units with no 科室 (unit ``革吉县革吉镇康巴列村`` …; the 村务监督委员会 is the 村's,
  its posts written with it); 村党支部书记、村委会主任 (一肩挑, kept as written), 村党支部副书记,
  村委会副主任 and 社区居委会副主任 leaders; 村务监督委员会主任 middle; 村务监督委员会委员, 文书,
  报账员, 妇联主席 and 专职网格员 general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``监督职责``, ``自查结果`` and
  ``自查时间`` are no points and name no holder; the 芒拉村's list names no person: its forms are
  posts;
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

PREFIX = "b974_"
PLACE = "革吉县"
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

# (职务, 姓名, tier, swapped, [(廉政风险点, 风险类别, 风险等级, 防控措施)])
SWAPPED = [
    ("村党支部书记、村委会主任", "沮渠嵘峤", "leader", False, [
        ("村级重大事项不经“四议两公开”个人决定", "制度机制", "高", "重大事项按“四议两公开”程序决策，会议记录存档。"),
        ("草原生态保护补奖资金分配向亲友倾斜", "思想道德", "高", "补奖名册经村民代表会议审议，张榜公示七天。"),
    ]),
    ("村党支部副书记", "宿勤晅", "leader", True, [
        ("低保对象民主评议中打招呼、搞人情保", "思想道德", "高", "民主评议由乡包村干部全程参加，结果公示。"),
        ("村集体牧场承包发包不公开", "业务流程", "中", "承包发包公开竞价，合同报乡农牧综合服务中心备案。"),
    ]),
    ("村务监督委员会主任", "沮渠翊", "middle", False, [
        ("对村级财务收支审核签字走过场", "岗位职责", "中", "每月逐笔审核单据，监委会集体签署意见。"),
        ("发现违规问题不报告、不制止", "岗位职责", "低", "发现问题当即报告乡纪委，建立监督台账。"),
    ]),
    ("文书", "宿勤琰岫", "general", True, [
        ("村务公开内容不全、选择性公开", "业务流程", "中", "公开内容经村务监督委员会审核，拍照存档。"),
        ("开具证明材料不实、收取好处", "外部环境", "低", "证明一律登记编号，书记审核签字后加盖公章。"),
    ]),
    ("妇联主席", "沮渠昶霖", "general", False, [
        ("妇女小额贷款贴息申报材料把关不严", "业务流程", "低", "申报材料两人审核，名单报乡妇联复核。"),
    ]),
]  # fmt: skip


def geji_kangbalie_village_name_post_swapped() -> dict:
    unit = f"{PLACE}革吉镇康巴列村"
    sh = _Sheet("一览表", [6, 22, 12, 38, 10, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}“两委”及村务监督委员会成员廉政风险防控一览表", 7)
    sh.add("序号", "职务", "姓名", "廉政风险点", "风险类别", "风险等级", "防控措施")
    first = len(sh.rows)
    n = 0
    for post, who, tier, swapped, points in SWAPPED:
        for point, typ, lv, measures in points:
            n += 1
            a, b = (who, post) if swapped else (post, who)
            sh.add(n, a, b, point, typ, lv, measures)
            t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, None, 1, 2)
    _line(sh, "注：风险等级分为高、中、低三个等级；各成员风险点由本人查找填报，村文书汇总。", 7)
    sh.add("汇总：文书", None, None, "审核：村党支部书记", None, "2025年4月", None)
    return _layout(
        "geji_kangbalie_village_name_post_swapped", "http://www.cooxue.com/zhishi/143963.html",
        "(harder) 镇's 村 “两委”及村务监督委员会成员廉政风险防控一览表, after the source's entry on 革吉镇 (那普社区, 布贡村, "
        "康巴列村, 森布村, 公前村, 芒拉村; 牧民人均收入): a title, 序号/职务 and 姓名 merged per person/廉政风险点/风险类别 "
        "(short names)/风险等级 高/中/低/防控措施, put together by the 文书 from each member's own rows: on the rows of TWO "
        "members (the 副书记 and the 文书) ``职务`` holds the name and ``姓名`` the post (typed ``姓名 | 职务`` and pasted as "
        "they came), the other members' rows as headed; a ``注：`` line and a 汇总/审核/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def geji_xiongba_township_list() -> dict:
    unit = f"{PLACE}雄巴乡人民政府"
    sh = _Sheet("一览表", [6, 14, 12, 10, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "职务", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("乡领导", "党委书记", "宿勤湜", "leader", "村级项目安排、惠牧资金分配个人说了算", "制度机制风险", "高",
         "重大事项经乡党委会集体研究，会议纪要存档。"),
        ("乡领导", "党委书记", "宿勤湜", "leader", "干预村“两委”换届人选提名", "思想道德风险", "中",
         "换届人选按程序推荐，县委组织部全程指导。"),
        ("乡领导", "副乡长", "沮渠泓邈", "leader", "草原生态保护补奖面积核定不实", "岗位职责风险", "高",
         "补奖面积与草原确权数据比对，分村公示。"),
        ("党政综合办公室", "主任", "宿勤蓁", "middle", "公务接待超标准、虚列接待费用", "业务流程风险", "中",
         "接待一次一单，附公函和清单，每季度公开。"),
        ("党政综合办公室", "主任", "宿勤蓁", "middle", "公车私用、加油卡管理不严", "制度机制风险", "低",
         "车辆使用登记，加油卡专人保管、按月对账。"),
        ("财政所", "会计", "沮渠篁", "general", "村级代管资金支付审核把关不严", "岗位职责风险", "高",
         "代管资金支付须村监委会签署意见、所长复核。"),
        ("财政所", "会计", "沮渠篁", "general", "惠农资金“一卡通”发放信息录入不实", "外部环境风险", "中",
         "发放信息与户籍、承包数据比对，村级张榜。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为高、中、低三个等级。", 8)
    sh.add("制表：党政综合办公室", None, None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "geji_xiongba_township_list", "http://dict.youdao.com/wiki/%E9%9D%A9%E5%90%89%E5%8E%BF/",
        "乡人民政府 岗位廉政风险防控一览表, after the source's entry on 革吉县 (羌塘高原, 区划沿革 of 雄巴区 and its 乡, 革吉镇、"
        "雄巴乡、亚热乡、盐湖乡、文布当桑乡, 草场面积): a title, 序号/科室 merged/职务 and 姓名 merged per person/廉政风险点/"
        "风险类型 ``…风险``/风险等级 高/中/低/防控措施; a ``注：`` line and a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def geji_yanhu_township_two_sheets() -> dict:
    unit = f"{PLACE}盐湖乡人民政府"
    t = _Truth(unit)
    lead = _Sheet("班子成员", [6, 9, 14, 18, 38, 9, 34])
    _line(lead, f"{unit}班子成员廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("沮渠璆", "乡长", "主持政府全面工作", [
            ("边境小康村建设项目发包中打招呼", "一级", "项目发包按规定公开招标，全程纪检监督。"),
            ("乡财政资金审批“一支笔”把关不严", "一级", "大额支出经乡党委会研究，联签审批。"),
        ]),
        ("宿勤鹓", "党委委员、副乡长", "分管农牧、生态", [
            ("禁牧和草畜平衡核查走过场", "一级", "核查结果分村公示，乡纪委随机抽查。"),
            ("生态岗位人员选聘优亲厚友", "二级", "选聘条件和名单公示，群众评议。"),
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
    dept = _Sheet("站所", [6, 16, 9, 10, 38, 9, 34])
    _line(dept, f"{unit}站所廉政风险防控一览表", 7)
    dept.add("序号", "站所", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("农牧综合服务中心", "主任", "沮渠岱宗", "middle", "牲畜良种补贴对象审核不实", "一级", "补贴对象入户核实，名单公示。"),
        ("农牧综合服务中心", "主任", "沮渠岱宗", "middle", "防疫物资发放登记不全", "二级", "物资出入库双人签字，按村登记。"),
        ("农牧综合服务中心", "防疫员", "宿勤珖", "general", "免疫耳标、档案造假套取补助", "二级", "免疫档案与耳标信息系统比对。"),
        ("社会事务办", "民政专干", "沮渠麟徵", "general", "临时救助对象认定不严", "一级", "救助对象经乡集体审核，结果公示。"),
        ("社会事务办", "民政专干", "沮渠麟徵", "general", "高龄津贴停发不及时", "三级", "每月与派出所、村委会核对死亡信息。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：党政综合办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "geji_yanhu_township_two_sheets", "http://m.baike.quwen5.cn/item/312419.html",
        "乡人民政府 廉政风险防控一览表 in TWO SHEETS, after the source's entry on 革吉县 (纯牧业县, 羌塘高原大湖盆区, 52个村民"
        "委员会, 盐湖区): sheet 班子成员 with 姓名/职务/分管工作 merged per leader, sheet 站所 with 站所 merged and 岗位/姓名 "
        "merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def geji_gongqian_supervision_cards() -> dict:
    unit = f"{PLACE}革吉镇公前村"
    t = _Truth(unit)
    cards = [
        ("主任", "宿勤岑蔚", "村务监督委员会主任", "主持监委会工作，监督村级财务和“四议两公开”", "middle", [
            ("村级财务审核签字把关不严", "★★★", "单据逐笔审核，监委会集体签署意见。"),
            ("民主评议村干部组织走过场", "★★", "民主评议每年一次，结果报乡党委。"),
        ]),
        ("委员（一）", "沮渠缙", "村务监督委员会委员", "监督村务公开和集体资产管理", "general", [
            ("村务公开监督不到位、应公开未公开", "★★", "每季度检查公开栏，拍照存档。"),
            ("集体资产出租收入监督缺位", "★", "出租合同和收入台账每半年核对一次。"),
        ]),
        ("委员（二）", "宿勤璩", "村务监督委员会委员", "监督惠民资金发放和工程项目", "general", [
            ("惠民资金发放监督中接受吃请", "★★★", "签订廉洁承诺书，发放现场全程在场监督。"),
            ("村内工程验收签字不实", "★★", "验收由监委会两人以上参加，照片存档。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}村务监督委员会成员廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("监督职责", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "geji_gongqian_supervision_cards", "http://www.wwpfw.com/gongjijindaikuan/73762.html",
        "村 村务监督委员会成员廉政风险防控卡, one sheet a person (tabs named by the post), after the source's account of the "
        "村民委员会组织法's 村务监督机构 (民主理财, 村务公开, 民主评议 of members paid 误工补偿, 村务档案): a title, ``姓　名 | … | "
        "职　务 | …`` and a merged 监督职责 line, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and "
        "持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def geji_yare_township_group_rows() -> dict:
    unit = f"{PLACE}亚热乡人民政府"
    sh = _Sheet("责任清单", [6, 14, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、乡领导", "乡领导", [
            ("党委副书记", "宿勤樾", "leader", [
                ("村“两委”换届选举中指导把关不严、放任拉票", "一级风险", "换届全程纪律监督，举报电话公开。"),
                ("驻村工作经费审批把关不严", "二级风险", "经费按预算审批，每季度公开。"),
            ]),
        ]),
        ("二、党政综合办公室", "党政综合办公室", [
            ("主任", "沮渠骞翮", "middle", [
                ("干部考勤、误工补贴统计弄虚作假", "二级风险", "考勤每月公示，补贴按考勤核发。"),
            ]),
            ("组织干事", "宿勤邃", "general", [
                ("发展党员材料审核不严、程序倒置", "一级风险", "发展党员全程纪实，乡党委集体审定。"),
                ("村干部报酬核发表册编制不实", "三级风险", "报酬表册经村监委会、乡领导双签。"),
            ]),
        ]),
        ("三、农牧综合服务中心", "农牧综合服务中心", [
            ("技术员", "沮渠瑄", "general", [
                ("饲草料补贴发放对象登记不实", "二级风险", "补贴名册与承包草场数据比对，分村公示。"),
                ("接受牧户吃请、收受礼品", "三级风险", "入户工作两人以上，签订廉洁承诺。"),
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
        "geji_yare_township_group_rows", "https://zlkzs.com/zhuantifanwen/gongwenfanwen/9103.html",
        "乡人民政府 廉政风险防控责任清单 under GROUP ROWS, after the source's 镇 村(居)民委员会换届选举工作实施方案 (选民登记, "
        "候选人, 换届纪律, 指导): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施, group rows "
        "``一、乡领导``, ``二、党政综合办公室``, ``三、农牧综合服务中心`` merged across; 岗位 and 姓名 merged per person; no "
        "type column",
        [sh], t,
    )  # fmt: skip


def geji_fukang_community_grid_selfchecks() -> dict:
    unit = f"{PLACE}革吉镇福康小区社区"
    t = _Truth(unit)
    people = [
        ("沮渠舣", "社区居委会副主任", "分管网格化服务管理", "leader", [
            ("网格员考核打分优亲厚友", "Ⅰ级", "考核结果在社区公示，居民代表参与评议。", "已落实"),
            ("社区临时救助初审把关不严", "Ⅱ级", "初审两人以上，结果报镇社会事务办。", "已落实"),
        ]),
        ("宿勤霁峦", "专职网格员", "第一网格信息采集、入户走访", "general", [
            ("入户采集信息泄露、倒卖居民信息", "Ⅰ级", "签订保密承诺，信息系统分级授权。", "未发现问题"),
            ("代办事项收取好处费", "Ⅱ级", "代办事项登记，办结后居民签字确认。", "已落实"),
        ]),
        ("沮渠渟", "专职网格员", "第二网格矛盾纠纷排查、政策宣传", "general", [
            ("矛盾纠纷排查瞒报、漏报", "Ⅱ级", "纠纷排查日报，网格长每周抽查。", "未发现问题"),
            ("高龄津贴认证走过场", "Ⅲ级", "认证上门拍照，系统留痕。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, work, tier, points in people:
        sh = _Sheet(who, [6, 38, 18, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "职　务", "分管工作", "自查时间", None)
        sh.add(who, post, work, "2025年5月", None)
        sh.add("序号", "廉政风险点", "风险等级", "防范措施", "自查结果")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, "", post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "社区党支部意见：", None, None)
        sheets.append(sh)
    return _layout(
        "geji_fukang_community_grid_selfchecks", "http://bxshww.cn/wenanjingxuan/1211145.html",
        "社区 岗位廉政风险自查表 of its 网格员, one sheet a person (tabs named by the person), after the source's account of a "
        "网格员's work (信息采集与录入, 社情民意, 矛盾纠纷排查化解, 特殊人群服务, 公共服务代办): a title, a label row ``姓　名 | "
        "职　务 | 分管工作 | 自查时间`` over a row of values, then 序号/廉政风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防范措施/"
        "``自查结果``; no type column; ``本人签名： | 社区党支部意见：``",
        sheets, t,
    )  # fmt: skip


def geji_mangla_village_posts() -> dict:
    unit = f"{PLACE}革吉镇芒拉村"
    sh = _Sheet("排查表", [6, 22, 16, 38, 11, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "岗位", "风险点", "风险表现", "风险类别", "风险等级", "防控措施")
    rows = [
        ("村党支部书记、村委会主任", "leader", "低保评议", "低保评议中搞人情保、关系保", "思想道德", "高风险",
         "评议结果张榜公示，乡民政专干全程参加。"),
        ("村党支部书记、村委会主任", "leader", "集体资金使用", "集体资金使用不经村民代表会议", "制度机制", "高风险",
         "资金使用按“四议两公开”程序决策。"),
        ("村委会副主任", "leader", "草场纠纷调处", "调处草场纠纷偏袒一方、收受好处", "外部环境", "中风险",
         "调处过程记录存档，当事双方签字。"),
        ("村委会副主任", "leader", "生态岗位考勤", "生态岗位人员考勤弄虚作假", "岗位职责", "中风险",
         "考勤每月公示，村监委会抽查。"),
        ("报账员", "general", "票据报账", "白条入账、虚列开支", "业务流程", "高风险",
         "票据经监委会审核，交乡财政所代理记账。"),
        ("报账员", "general", "现金管理", "收取现金不及时存入指定账户", "业务流程", "低风险",
         "现金三日内存入指定账户，不坐支。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, point, desc, typ, lv, measures)
        t.point(sh.name, "", post, "", tier, point, types_in(typ), HIGHS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add("编制：村委会", None, None, "审核：", None, "2025年3月", None)
    return _layout(
        "geji_mangla_village_posts", "http://tuopin.ce.cn/news/201806/22/t20180622_29500457.shtml",
        "村 岗位廉政风险点排查表 对岗不对人, after the source's report on 兜底保障 and the 人情保、关系保 (村干部 近亲属 违规享受"
        "低保, 虚报冒领, 截留私分, 优亲厚友, 错保、漏保): a title, 序号/岗位 merged per post/a short 风险点/a long 风险表现/风险类别 "
        "(short names)/风险等级 ``高风险/中风险/低风险``/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def geji_wenbudangsang_township_list() -> dict:
    unit = f"{PLACE}文布当桑乡人民政府"
    sh = _Sheet("一览表", [6, 16, 10, 40, 11, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 7)
    sh.add("序号", "岗位", "责任人", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("乡长", "宿勤旻", "leader", "村“两委”换届中对候选人资格审查走过场", "制度机制", "一级",
         "资格审查联审，结果公示。"),
        ("乡长", "宿勤旻", "leader", "乡级工程项目验收签字不实", "岗位职责", "二级",
         "验收邀请村监委会参加，照片存档。"),
        ("组织委员", "沮渠濯", "leader", "村干部选拔任用中打招呼", "思想道德", "一级",
         "选拔任用全程纪实，乡党委集体研究。"),
        ("民政专干", "宿勤澹", "general", "低保动态管理不及时，应退未退", "业务流程", "二级",
         "每半年全面复核一次，结果报县民政局。"),
        ("统计员", "沮渠琮岳", "general", "牲畜存栏数据虚报", "外部环境", "三级",
         "数据分村核对，村委会签字确认。"),
        ("统计员", "沮渠琮岳", "general", "统计调查补助发放不实", "业务流程", "三级",
         "补助按调查户名册打卡发放。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), GRADES[lv])
    sh.add("填表人：", None, "审核人：", None, "主要领导（签字）：", None, None)
    return _layout(
        "geji_wenbudangsang_township_list", "https://gwyoo.com/article/xzgaoshou/gongzhuo/202104/739330.html",
        "乡人民政府 岗位廉政风险防控一览表, after the source's 乡 村“两委”换届选举工作实施方案 (党组织和村民委员会换届, 候选人资格, "
        "换届纪律, 村级组织): ``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/岗位/责任人 on EVERY row/"
        "廉政风险点/风险类别 (short names)/风险等级 ``一级/二级/三级``/防控措施; a 填表人/审核人/主要领导（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    geji_kangbalie_village_name_post_swapped(),
    geji_xiongba_township_list(),
    geji_yanhu_township_two_sheets(),
    geji_gongqian_supervision_cards(),
    geji_yare_township_group_rows(),
    geji_fukang_community_grid_selfchecks(),
    geji_mangla_village_posts(),
    geji_wenbudangsang_township_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch974-inbox"))

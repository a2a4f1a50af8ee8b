"""The five-hundred-and-sixty-fifth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 退役军人事务 and
信访 bodies, 班玛县 (of 果洛藏族自治州, 青海) — its 退役军人事务局, 退役军人服务中心, 光荣院, 信访局,
人民来访接待中心 and 矛盾纠纷调处化解中心, and the 退役军人服务站 of 赛来塘镇 and 灯塔乡 — each handing back
the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 退役军人事务局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 退役军人服务中心's 排查表 对岗不对人: ``股室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 赛来塘镇退役军人服务站's 自查表, one sheet a person: a label row ``姓　名 | 岗　位 | 填表时间`` over
  a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 人民来访接待中心's 责任清单 under GROUP ROWS ``一、中心领导`` … ``三、综合科`` merged across (no 科室
  column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 光荣院's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 灯塔乡退役军人服务站's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``岗位 | 责任人`` on EVERY
  row (no 部门 column: the station has none), short types, ``高风险/中风险/低风险``;
- the 矛盾纠纷调处化解中心's 排查登记表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别``
  (short names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``banma_petition_bureau_flow_strip_holders``: the 信访局's 信访事项办理流程廉政风险防控图 typed into ONE
  sheet as TWO blocks. On top, the 办理流程 as a STRIP read ACROSS: a label column (``办理环节 / 承办股室
  / 承办岗位 / 承办人``) and one column a STEP of the procedure (``来访登记 | 受理告知 | 交办转送 | 来信办理 |
  督查督办 | 复查复核``), under each step the 股室, the post and the NAME of the one who handles it (a
  股室 merged over its two steps, and the 办信股 股长 merged over the two steps he handles). Below, after
  a blank row, the risk list ``序号 | 办理环节 | 廉政风险点 | 风险类型 | 风险等级 | 防控措施``, the
  ``办理环节`` merged over each step's points, and NO 股室, 岗位 or 姓名 column: a point's holder is found
  only by looking its STEP up in the strip above (a merged ``注：`` line says so). So the list is
  keyed by the step, not by the post, and one holder (the 办信股 股长) owns the points of two steps.
  The README's 读得懂的表 knows a roster above or beside a list that only writes POSTS (``村文书 | 戴晓军 |
  村报账员 | 史红霞``; ``岗　位 | 所长 | 副所长`` over ``姓　名 | …`` with a ``分工`` cell to tell two of
  one post apart), holders by POINT NUMBERS in a 分工表, holders by 职权编码 in a 职权目录 sheet,
  steps as columns of a 横放 防控图 with one ``承办科室：…`` line, and steps as sub-columns under
  ``廉政风险点`` or over ``责任岗位 | 廉政风险点 | 风险等级``; it does not describe a list whose rows
  name only the STEP (``办理环节``), with the step's 股室, post and holder given by a flow strip of
  steps across above it. Its nearest kin is batch 235 (``职权编码`` looked up in a ``职权目录`` SHEET, one
  row a power, ``承办股室 | 承办岗位 | 责任人`` as columns); ``grep -l 承办人 tests/published/batch*.py`` finds
  承办人 only in source notes and as one column heading (batch 4), never as a row of a strip of steps.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (the 信访工作条例's article on the
duties of 信访 staff — 吃拿卡要, 透露检举揭发材料, 打击报复信访人, 隐瞒谎报缓报; a 县退役军人事务局 on
义务兵家庭优待金 — 严把审核关, 登记采集现役军人家庭信息; an essay on 涉军群体风险 — 就业安置, 待遇保障,
帮扶; a 镇's 优待证办理流程 — 建档立卡, 申领材料, 初审, 上门办理; an old 信访办法's 法律责任 — 推诿敷衍,
泄露信访机密, 丢失隐匿信访材料, 拒不查办; a note on what a 光荣院 is — 集中供养对象, 空余床位; a city's
优待证申请指南 — 户籍地服务站, 委托办理, 上门办理; a 省信访条例's summary — 诉访分离, 分类处理, 受理范围)
and the layout follows their words for the unit, its parts, its posts and its risks. The rows are
worded by us, the names invented (the rare surnames 璩 and 酆 with rare given names, three
characters each); every unit is a body of 班玛县, named with the county's name (no earlier unit
holds ``班玛县``; 赛来塘镇 and 灯塔乡 are a town and a township of the county).

Run ``python tests/published/score.py --set batch565`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each row's point is a point of the holder the strip names under the row's
  ``办理环节`` (that column's 承办股室, 承办岗位 and 承办人), with the row's type and level; the 办信股
  股长, who handles 交办转送 and 来信办理, has the points of both steps in one form; the 副局长's
  承办股室 cell ``局领导`` is his 科室; the strip is no point and its 办理环节 row no heading of the list;
- ``中心领导`` (a 科室 cell or a group row) is the 科室 of those leaders; the 退役军人事务局's leaders
  (sheet ``局领导``, no 科室 column), the 光荣院's cards and the two stations' staff have no 科室;
  a 局's 股, a centre's 股 or 科 are 科室; a group row ``二、来访接待科`` gives the 科室 ``来访接待科``;
- every centre, station, the 光荣院 and the two 局 are units of their own: 局长, 副局长, 主任 of a
  centre, 院长, 副院长, 站长 and 副站长 are leaders; 股长 and 科长 middle; the rest (科员, 会计, 接待员,
  调解员, 退役军人专干, 工作人员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no points
  and name no holder; the 退役军人服务中心's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b565_"
PLACE = "班玛县"
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

# the 办理流程 across: (办理环节, 承办股室, 承办岗位, 承办人, tier)
STEPS = [
    ("来访登记", "来访接待股", "接访员", "璩翾岷", "general"),
    ("受理告知", "来访接待股", "股长", "酆珝沅", "middle"),
    ("交办转送", "办信股", "股长", "璩澂昀", "middle"),
    ("来信办理", "办信股", "股长", "璩澂昀", "middle"),
    ("督查督办", "督查股", "股长", "酆霈琰", "middle"),
    ("复查复核", "局领导", "副局长", "璩湜岍", "leader"),
]

# (办理环节, 廉政风险点, 风险类型, 风险等级, 防控措施)
STEP_POINTS = [
    ("来访登记", "来访事项选择性登记，不录入信访信息系统", "业务流程风险", "二级",
     "来访事项当日录入信访信息系统，登记内容由来访人核对签字。"),
    ("来访登记", "接访时态度生硬、推诿敷衍，激化矛盾", "思想道德风险", "三级",
     "接访全程录音录像，定期开展接访礼仪培训。"),
    ("受理告知", "对属于受理范围的信访事项不予受理或超期告知", "岗位职责风险", "一级",
     "受理告知书在规定期限内送达，临近期限系统预警。"),
    ("受理告知", "将检举、揭发材料透露给被检举、揭发的人员", "思想道德风险", "一级",
     "检举揭发材料专人专柜保管，查阅须登记审批。"),
    ("交办转送", "交办转送中吃拿卡要、谋取私利", "思想道德风险", "二级",
     "交办转送单据全程留痕，每月抽查交办情况。"),
    ("交办转送", "应转未转、压件不办", "业务流程风险", "二级", "转送时限纳入股室考核，超期件通报。"),
    ("来信办理", "丢失、隐匿或私自销毁信访材料", "制度机制风险", "一级",
     "来信拆阅两人在场，逐件编号登记。"),
    ("督查督办", "督办走过场，对久拖不决事项不跟踪问效", "岗位职责风险", "二级",
     "督办事项建立台账，销号须经分管领导审核。"),
    ("督查督办", "对重大紧急信访信息隐瞒、谎报、缓报", "制度机制风险", "一级",
     "重大紧急信访信息两小时内报告，实行首报负责制。"),
    ("复查复核", "复查复核意见受人情干扰，偏袒一方", "思想道德风险", "一级",
     "复查复核意见经局务会集体研究。"),
    ("复查复核", "听证员选定不公开，听证程序不规范", "业务流程风险", "二级",
     "听证员从听证员库随机抽取，听证全程录像。"),
    ("复查复核", "对信访人打击报复", "外部环境风险", "三级", "信访人反映被打击报复的，移交纪检组核查。"),
]  # fmt: skip


def banma_petition_bureau_flow_strip_holders() -> dict:
    unit = f"{PLACE}信访局"
    n = len(STEPS)
    ncols = 1 + n
    sh = _Sheet("防控图", [10, 13, 34, 13, 9, 36, 13])
    t = _Truth(unit)
    _line(sh, f"{unit}信访事项办理流程廉政风险防控图", ncols)
    _line(sh, f"单位：{unit}{GAP * 20}2025年6月", ncols)
    strip = sh.add("办理环节", *[step for step, *_ in STEPS])
    sh.add("承办股室", *[dept for _, dept, *_ in STEPS])
    sh.add("承办岗位", *[post for _, _, post, *_ in STEPS])
    sh.add("承办人", *[who for _, _, _, who, _ in STEPS])
    # a 股室 merged over its steps; one holder merged over the steps he handles
    for row, key in (
        (strip + 1, lambda s: s[1]),
        (strip + 2, lambda s: s[1:4]),
        (strip + 3, lambda s: s[1:4]),
    ):
        c = 0
        while c < n:
            e = c
            while e + 1 < n and key(STEPS[e + 1]) == key(STEPS[c]):
                e += 1
            if e > c:
                for k in range(c + 1, e + 1):
                    sh.rows[row][1 + k] = None
                sh.merge(row, 1 + c, row, 1 + e)
            c = e + 1
    sh.add()
    sh.add("序号", "办理环节", "廉政风险点", "风险类型", "风险等级", "防控措施", None)
    first = len(sh.rows)
    by_step = {step: (dept, post, who, tier) for step, dept, post, who, tier in STEPS}
    for i, (step, point, typ, lv, measures) in enumerate(STEP_POINTS, 1):
        sh.add(i, step, point, typ, lv, measures, None)
        dept, post, who, tier = by_step[step]
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    _line(
        sh,
        "注：各办理环节风险点的防控责任人为上方办理流程中该环节的承办人；风险等级分一级、二级、三级，一级为最高。",
        ncols,
    )
    sh.add("填表：", None, "审核：", None, None, "局长（签字）：", None)
    return _layout(
        "banma_petition_bureau_flow_strip_holders", "http://www.wwwk001k.com/xwzx/2023-03/24/content_406698.htm",
        "(harder) 县信访局 信访事项办理流程廉政风险防控图, after the source's 信访工作条例 article on 信访 staff (吃拿卡要, "
        "透露检举揭发材料, 打击报复信访人, 隐瞒谎报缓报重大紧急信访信息): a title, a merged ``单位：…　2025年6月`` line, "
        "then a FLOW STRIP read across — ``办理环节 | 来访登记 | 受理告知 | 交办转送 | 来信办理 | 督查督办 | 复查复核`` over "
        "rows ``承办股室``, ``承办岗位`` and ``承办人`` (a 股室 merged over its two steps, the 办信股 股长 merged over the "
        "two steps he handles) — a blank row, and the risk list ``序号 | 办理环节 | 廉政风险点 | 风险类型 | 风险等级 | "
        "防控措施`` with ``办理环节`` merged over each step's points and NO 股室/岗位/姓名 column: each point's holder is "
        "the 承办人 of its step in the strip; ``…风险`` types, ``一级/二级/三级``; a merged ``注：`` line saying so and a "
        "填表/审核/局长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def banma_veterans_bureau_two_sheets() -> dict:
    unit = f"{PLACE}退役军人事务局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 20, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("酆璟翀", "局长", "主持全面工作", [
            ("退役士兵安置岗位分配不公开，暗箱操作", "一级", "安置岗位和选岗排序在县政府网站公示。"),
            ("优抚专项资金分配个人说了算", "一级", "资金分配方案经局党组会集体研究。"),
        ]),
        ("璩淏珩", "副局长", "分管优抚安置、权益维护", [
            ("义务兵家庭优待金审核把关不严，虚报冒领", "一级", "优待金名单与县人武部入伍名单逐一比对。"),
            ("涉军信访事项处理中偏袒一方", "二级", "涉军信访事项集体研判，处理结果书面答复。"),
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
        ("优抚安置股", "股长", "酆沄岫", "middle", "伤残等级评定材料审核走过场", "一级",
         "评残材料初审、复审两级审核，结果公示。"),
        ("优抚安置股", "股长", "酆沄岫", "middle", "现役军人家庭信息登记采集不实，漏报错报", "二级",
         "每年与县人武部核对入伍、退役名单。"),
        ("优抚安置股", "科员", "璩暄琦", "general", "优抚对象死亡后未及时停发抚恤补助", "二级",
         "每季度与公安、民政核对死亡信息。"),
        ("综合股", "股长", "酆瑱湄", "middle", "办公经费报销审核不严", "三级", "报销单据经办人、审核人、审批人三签。"),
        ("综合股", "会计", "璩峣琛", "general", "优待金发放清册与银行代发数据不一致", "二级",
         "发放清册与代发数据双人核对，差额当月查明。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：综合股", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "banma_veterans_bureau_two_sheets", "http://www.cqps.gov.cn/ps_content/2022-07/14/content_10383462.htm",
        "县退役军人事务局 廉政风险防控一览表 in TWO SHEETS, after the source's 县退役军人事务局 on 义务兵家庭优待金 发放 "
        "(严把审核关, 登记采集现役军人家庭信息, 发放到位): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet "
        "股室 with 股室 merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type "
        "column",
        [lead, dept], t,
    )  # fmt: skip


def banma_veterans_service_centre_posts() -> dict:
    unit = f"{PLACE}退役军人服务中心"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "股室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "适应性培训机构选定", "培训机构不经比选直接指定，与机构有利益往来", "制度机制风险",
         "高", "培训机构经三家以上比选，结果在中心公示。"),
        ("就业创业股", "股长", "middle", "就业岗位推荐", "优先向关系人推荐就业岗位，收受好处", "思想道德风险", "中",
         "岗位推荐按报名顺序进行，推荐名单公示。"),
        ("就业创业股", "股长", "middle", "创业贷款贴息审核", "为不符合条件的创业项目出具贴息审核意见", "岗位职责风险",
         "高", "贴息材料初审、复审分离，结果报局审定。"),
        ("服务保障股", "股长", "middle", "走访慰问物资发放", "慰问物资虚报冒领，优亲厚友", "外部环境风险", "中",
         "慰问名单经股室集体研究，领取签字存档。"),
        ("服务保障股", "科员", "general", "帮扶援助对象认定", "困难退役军人帮扶对象认定不实", "业务流程风险", "中",
         "帮扶对象入户核实，村（社区）公示。"),
        ("服务保障股", "科员", "general", "建档立卡信息采集", "信息采集弄虚作假，虚增服务对象", "业务流程风险", "低",
         "信息采集表本人签字确认，每半年抽查。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合股", None, None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "banma_veterans_service_centre_posts", "https://www.seridoat.com/article/she-jun-qun-ti-feng-xian-shen-du-jie-xi-ru-he-shi-bie-qian-zai-yin-huan-bing-you-xiao-fang-fan-hua-j.html",
        "县退役军人服务中心 岗位廉政风险点排查表 对岗不对人, after the source's essay on 涉军群体风险 (就业安置, 待遇保障, "
        "经济补偿, 帮扶): a title, 序号/股室 merged/岗位 merged per post/a short 风险点/a long 风险表现/风险类型 "
        "``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def banma_sailaitang_station_selfchecks() -> dict:
    unit = f"{PLACE}赛来塘镇退役军人服务站"
    t = _Truth(unit)
    people = [
        ("酆滢珺", "站长", "leader", [
            ("优待证申领材料初审把关不严", "Ⅰ级", "申领材料逐项核对原件，初审意见签字。", "已落实"),
            ("为不符合条件的人员出具服务站推荐意见", "Ⅱ级", "推荐意见经站务会研究。", "未发现问题"),
        ]),
        ("璩珹澜", "副站长", "leader", [
            ("上门办理优待证时收受财物", "Ⅱ级", "上门办理两人同行，办理情况回访。", "未发现问题"),
            ("光荣牌悬挂对象统计不实", "Ⅲ级", "悬挂名单与建档立卡信息比对。", "已落实"),
        ]),
        ("酆旻岙", "退役军人专干", "general", [
            ("建档立卡信息录入错误、不全", "Ⅲ级", "录入信息本人签字确认。", "已落实"),
            ("走访慰问记录弄虚作假", "Ⅱ级", "走访留存照片，站长随机回访。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "岗　位", "填表时间", None, None)
        sh.add(who, post, "2025年5月", None, None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, "", post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "站长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "banma_sailaitang_station_selfchecks", "http://www.guangshui.gov.cn/zwgk/xxgkml/qtzdgknr/hygq_12307/202204/t20220425_987239.shtml",
        "镇退役军人服务站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 镇 on "
        "退伍军人优待证办理流程 (建档立卡, 申领材料, 委托办理, 初审, 上门办理): a title, a label row ``姓　名 | 岗　位 | "
        "填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type "
        "column; ``本人签名： | 站长意见：``",
        sheets, t,
    )  # fmt: skip


def banma_reception_centre_group_rows() -> dict:
    unit = f"{PLACE}人民来访接待中心"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "璩翊沣", "leader", [
                ("对交办的信访事项拒不查办或久拖不决", "一级风险", "交办事项办结情况每月通报。"),
                ("接待场所改造项目不按规定采购", "二级风险", "改造项目按政府采购程序实施。"),
            ]),
        ]),
        ("二、来访接待科", "来访接待科", [
            ("科长", "酆琬岱", "middle", [
                ("对依法应受理的来访事项推诿敷衍", "一级风险", "首接首办，推诿事项纳入考核。"),
            ]),
            ("接待员", "璩澍翀", "general", [
                ("来访人信息和信访内容对外泄露", "一级风险", "签订保密承诺书，信息系统分级授权。"),
                ("来访登记资料丢失、私自销毁", "二级风险", "登记资料按月装订归档。"),
            ]),
        ]),
        ("三、综合科", "综合科", [
            ("科长", "酆岍琇", "middle", [
                ("接访值班补助虚报", "三级风险", "值班补助按签到记录核发。"),
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
        "banma_reception_centre_group_rows", "http://www.fsou.net/html/text/lar/170189/17018969_5.html",
        "县人民来访接待中心 廉政风险防控责任清单, after the source's 信访办法 法律责任 (未在规定期限内告知是否受理, 推诿敷衍拖延, "
        "泄露信访机密, 丢失隐匿信访材料, 拒不查办交办事项): a title, 序号/岗位/姓名/廉政风险点/风险等级 "
        "``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS ``一、中心领导``, ``二、来访接待科``, ``三、综合科`` merged "
        "across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def banma_honour_home_cards() -> dict:
    unit = f"{PLACE}光荣院"
    t = _Truth(unit)
    cards = [
        ("院长", "璩瀚昉", "院长", "主持全院工作", "leader", [
            ("集中供养对象入院审核降低条件", "★★★", "入院对象经院务会审核，名单公示。"),
            ("空余床位收住社会老人收费不入账", "★★★", "收费统一开具票据，纳入单位账户。"),
            ("接受供货商宴请、礼品", "★", "严守中央八项规定精神，节前廉洁提醒。"),
        ]),
        ("副院长", "酆珂澄", "副院长", "分管后勤、护理", "leader", [
            ("院民伙食采购虚报价格", "★★", "食材采购三家比价，院民代表参与验收。"),
            ("护理员聘用优亲厚友", "★★", "护理员公开招聘，聘用结果公示。"),
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
        "banma_honour_home_cards", "http://weilinceramic.com/weilinceramic/光荣院/0",
        "县光荣院 领导干部廉政风险防控卡, one sheet a leader, after the source's note on what a 光荣院 is (孤老优抚对象, "
        "集中供养对象, 空余床位): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then 序号/风险点/风险等级 "
        "``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def banma_dengta_station_list() -> dict:
    unit = f"{PLACE}灯塔乡退役军人服务站"
    sh = _Sheet("一览表", [6, 10, 10, 40, 10, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 7)
    sh.add("序号", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站长", "璩昕屹", "leader", "优抚对象定期抚恤补助资格审核不严", "岗位职责", "高风险",
         "资格审核与公安户籍、医保信息比对。"),
        ("站长", "璩昕屹", "leader", "义务兵家庭优待金发放对象确认不实", "制度机制", "高风险",
         "发放对象经乡党委会研究并公示。"),
        ("副站长", "酆湘琰", "leader", "建档立卡信息核对走过场", "业务流程", "中风险", "信息核对逐户签字确认。"),
        ("副站长", "酆湘琰", "leader", "慰问金发放不签字、不公示", "业务流程", "中风险", "慰问金发放本人签领，名单公示。"),
        ("工作人员", "璩晗岑", "general", "委托办理优待证时冒用他人信息", "外部环境", "中风险",
         "委托办理须提交委托书和双方身份证件。"),
        ("工作人员", "璩晗岑", "general", "服务站活动经费报销虚列开支", "思想道德", "低风险", "活动经费凭签到表和照片报销。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "banma_dengta_station_list", "http://jingyanla.com/a/07/0FG44SU2024.html",
        "乡退役军人服务站 岗位廉政风险防控一览表, after the source's 优待证申请指南 (户籍地服务站, 建档立卡, 委托办理, 上门办理, "
        "不予审核通过的情形): ``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/岗位/责任人 written on "
        "EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; no 部门 column; a "
        "填表人/审核人/站长（签字） line",
        [sh], t,
    )  # fmt: skip


def banma_mediation_centre_register() -> dict:
    unit = f"{PLACE}矛盾纠纷调处化解中心"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "酆雯昶", "leader", [
            ("诉访分离导入程序不规范，应导未导", "制度机制", "一级", "导入法定途径事项逐件登记，告知书留存。"),
            ("重大矛盾纠纷化解方案个人决定", "岗位职责", "二级", "重大纠纷化解方案经联席会议研究。"),
        ]),
        ("调处科", "科长", "璩琮沐", "middle", [
            ("调处中偏袒一方当事人，收受好处", "思想道德", "一级", "调处实行回避制度，当事人评价回访。"),
        ]),
        ("调处科", "调解员", "酆晞珞", "general", [
            ("违规出具内容不实的调解协议书", "业务流程", "二级", "调解协议书经科长审核后出具。"),
            ("以案定补中虚增调解案件数", "外部环境", "三级", "调解案件与受理台账逐件核对。"),
        ]),
        ("综合科", "科员", "璩岚翯", "general", [
            ("矛盾纠纷台账录入不及时、不准确", "业务流程", "三级", "台账每周更新，科长月底核对。"),
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
        "banma_mediation_centre_register", "https://www.zixundingzhi.com/falv/8c2bcff400f5447f.html",
        "县矛盾纠纷调处化解中心 廉政风险点排查登记表, after the source's summary of a 省信访条例 (诉访分离, 分类处理, 受理范围, "
        "权利救济渠道): a title, 序号/科室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 "
        "``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    banma_petition_bureau_flow_strip_holders(),
    banma_veterans_bureau_two_sheets(),
    banma_veterans_service_centre_posts(),
    banma_sailaitang_station_selfchecks(),
    banma_reception_centre_group_rows(),
    banma_honour_home_cards(),
    banma_dengta_station_list(),
    banma_mediation_centre_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch565-inbox"))

"""The nine-hundred-and-thirty-ninth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's civil
affairs bodies, 洛扎县 (山南市, 西藏自治区) — its 民政局, 社会救助服务中心, 敬老院, 殡葬服务站, 婚姻登记处,
儿童福利服务站 and two 乡镇民政办 (拉康镇, 边巴乡) — each handing back the 一览表, 防控卡, 排查表, 清单
or 自查表 its staff typed in WPS or Excel:

- the 民政局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and ``股室``
  (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 社会救助服务中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 敬老院's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 殡葬服务站's 清单 under GROUP ROWS ``一、站领导`` … (no 科室 column), ``岗位 | 姓名`` merged per
  person, ``一级风险/二级风险/三级风险``;
- the 婚姻登记处's 自查表, one sheet a person: a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间`` over
  a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 儿童福利服务站's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on EVERY
  row, short types, ``高风险/中风险/低风险``;
- the 拉康镇民政办's 排查登记表: ``股室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别`` (short
  names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``luozha_bianba_office_concurrent_post_rows``: the 边巴乡民政办's 岗位廉政风险点一览表, an ordinary
  list (``序号 | 岗位 | 姓名 | 廉政风险点 | 风险等级 | 防控措施``, 岗位 and 姓名 merged per person, 高/中/低)
  in which two people who also hold a SECOND, CONCURRENT POST (the 民政专干 is also the township's
  儿童督导员, the 社会救助协理员 also its 残联专干) list that post's risks INSIDE their own block: a
  sub-row ``兼任岗位：儿童督导员`` merged across the point, level and measures columns (no 序号), and
  the rows under it, still under the person's merged 岗位 and 姓名 cells, are the risks of the
  concurrent post. The README's 读得懂的表 knows a 主岗/兼岗 pair written ABOVE a card
  (``主　岗 | 站长 | 兼　岗 | …`` with ``主岗``/``兼岗`` in the 岗位 column), a roster's ``副所长兼任会计``
  giving one person several posts, ``副所长兼会计`` in a list's own post cell (one post), group rows
  ``一、出纳岗(责任人:李明)`` setting post and holder, and summary rows per holder; it does not describe a
  sub-heading row naming a concurrent post inside one person's merged block, re-keying the post
  of the rows under it while the holder stays.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 区民政局's work report —
社会组织登记, 养老服务, 低保 告知承诺, 婚姻登记; a 县 社会救助领域 公开标准目录 — 低保, 特困, 临时救助,
审核审批; a 市民政 2024 summary — 特困人员供养金, 低保金, 敬老院; 民政部's notice on 遗体和骨灰处置 —
火化证明, 骨灰安放, 殡仪服务站; a 省民政厅 visit to a 县婚姻登记处 — 登记流程, 婚姻档案; a paper on
困境儿童 保障 — 基本生活费, 监护, 儿童督导员; a 县民政局 report on 社会组织 年检 with the 乡镇民政办; a
province's 事实无人抚养儿童 保障 意见 — 乡镇 儿童督导员, 残疾, 认定) and the layout follows their words
for the unit, its parts, its posts and its risks. The rows are worded by us, the names invented
(the rare surnames 容 and 吉 with rare given names); every unit is a body of 洛扎县.

Run ``python tests/published/score.py --set batch939`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a ``兼任岗位：X`` sub-row starts the person's concurrent post X: the rows under
  it (to the end of the person's merged block) are X's risks, held by the same person, so that
  person has two forms (his own post and X); the sub-row itself is no point; X's tier is that of
  a general post (儿童督导员, 残联专干 are general); the 边巴乡民政办 list has no 科室 column: no 科室;
- ``局领导``, ``中心领导``, ``站领导``, ``处领导``, ``办领导`` (a 科室/部门/股室 cell, a group row, a label
  row's value) are the 科室 of those leaders; the 民政局's leaders (sheet ``局领导``) and the cards'
  leaders have no 科室; a 局's 股, a 中心's or 登记处's 室, a 站's 组 or 部 and a 民政办's 组 are 科室;
- every body is a unit of its own: 局长, 副局长, 主任 (of the 中心, the 登记处, the 民政办), 院长, 副院长
  and 站长 are leaders; 股长 and 组长 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no points
  and name no holder; the 社会救助服务中心's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b939_"
PLACE = "洛扎县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
CONCURRENT = "兼任岗位："


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# (岗位, 姓名, tier, [(廉政风险点, 风险等级, 防控措施)], (兼任岗位, tier, [(…)]) | None)
CONCURRENT_ROWS = [
    ("主任", "容澍岚", "leader", [
        ("低保、特困人员初审把关不严，优亲厚友", "高", "初审结果经乡党委会研究，在村务公开栏公示7天。"),
        ("临时救助审批超出乡镇权限", "中", "临时救助按限额审批，超限额的报县民政局。"),
    ], None),
    ("民政专干", "吉峘翾", "general", [
        ("入户调查走过场，家庭收入核查不实", "高", "入户调查两人以上同行，调查表由申请人签字确认。"),
        ("低保金发放名册与审批名单不一致", "中", "发放名册与系统名单逐户比对，乡财政所复核。"),
    ], ("儿童督导员", "general", [
        ("事实无人抚养儿童认定材料审核不严", "中", "认定材料经村儿童主任、乡民政办两级核实。"),
        ("困境儿童基本生活费发放不及时、截留", "高", "基本生活费社会化发放到儿童监护人账户。"),
    ])),
    ("社会救助协理员", "容汧璐", "general", [
        ("受理救助申请时索取好处", "中", "申请受理一次性告知，受理回执留存。"),
        ("救助对象动态管理不到位，应退未退", "低", "每季度开展动态复核，退保名单公示。"),
    ], ("残联专干", "general", [
        ("残疾人两项补贴资格审核把关不严", "中", "补贴资格与残疾人证、低保名单比对核实。"),
    ])),
]  # fmt: skip


def luozha_bianba_office_concurrent_post_rows() -> dict:
    unit = f"{PLACE}边巴乡民政办"
    sh = _Sheet("一览表", [6, 14, 10, 40, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    n = 0
    for post, who, tier, points, second in CONCURRENT_ROWS:
        first = len(sh.rows)
        for point, lv, measures in points:
            n += 1
            sh.add(n, post, who, point, lv, measures)
            t.point(sh.name, "", post, who, tier, point, [], HML[lv])
        if second:
            other, other_tier, more = second
            r = sh.add(None, post, who, f"{CONCURRENT}{other}", None, None)
            sh.merge(r, 3, r, 5)
            for point, lv, measures in more:
                n += 1
                sh.add(n, post, who, point, lv, measures)
                t.point(sh.name, "", other, who, other_tier, point, [], HML[lv])
        last = len(sh.rows) - 1
        for c in (1, 2):
            for r in range(first + 1, last + 1):
                sh.rows[r][c] = None
            if last > first:
                sh.merge(first, c, last, c)
    sh.add("制表：民政办", None, "审核：", None, "2025年5月", None)
    return _layout(
        "luozha_bianba_office_concurrent_post_rows",
        "https://sourcecodebean.com/xxgk/zzjg/zfjg/qysmzj/xzzf/qzqd/content/post_956905.html",
        "(harder) 乡民政办 岗位廉政风险点一览表, after the source's 事实无人抚养儿童 保障 实施意见 (乡镇 儿童督导员, 认定, 基本生活费, "
        "残疾): an ordinary list ``序号 | 岗位 | 姓名 | 廉政风险点 | 风险等级 | 防控措施``, 岗位/姓名 merged per person, 高/中/低, "
        "where two people's blocks hold a SUB-ROW ``兼任岗位：儿童督导员`` / ``兼任岗位：残联专干`` merged across point, level and "
        "measures (no 序号): the rows under it are the risks of that concurrent post, the holder the same; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def luozha_civil_affairs_bureau_two_sheets() -> dict:
    unit = f"{PLACE}民政局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("容翀霈", "局长", "主持全面工作", [
            ("民政资金分配和项目安排个人说了算", "一级", "资金分配方案经局党组会集体研究，会议纪要存档。"),
            ("养老服务设施建设项目干预招标", "一级", "项目招标进县公共资源交易平台，领导干预登记报告。"),
        ]),
        ("吉昶澪", "副局长", "分管社会组织登记、婚姻登记", [
            ("社会组织成立、变更登记审查放宽条件", "二级", "登记审查实行初审、复审两级，结果公示。"),
            ("“僵尸型”社会组织清理中说情放过", "二级", "清理名单集体研究，撤销决定公开。"),
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
        ("社会救助股", "股长", "容岫琮", "middle", "低保审批不按告知承诺制规定核查", "一级",
         "告知承诺事项抽查核验，审批结果公示。"),
        ("社会救助股", "股长", "容岫琮", "middle", "救助资金拨付不按审批名单", "二级", "拨付名单与审批名单逐户比对，财务复核。"),
        ("办公室", "会计", "吉珝湄", "general", "民政专项资金报账审核不严", "二级", "报账单据三级审核，专项资金专账核算。"),
        ("社会事务股", "股长", "容霂岐", "middle", "居家养老服务补贴对象审核不实", "二级", "补贴对象入户核实，名单在村（居）公示。"),
        ("社会事务股", "股长", "容霂岐", "middle", "适老化改造项目验收走过场", "三级", "验收邀请受益老人家属参加，照片存档。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "luozha_civil_affairs_bureau_two_sheets", "https://lzq.gov.cn/news/show/20231130102641358.html",
        "县民政局 廉政风险防控一览表 in TWO SHEETS, after the source's 区民政局 work report (社会组织 登记、清理, 养老服务, "
        "适老化改造, 低保 告知承诺, 婚姻登记): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 merged "
        "and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def luozha_social_assistance_center_posts() -> dict:
    unit = f"{PLACE}社会救助服务中心"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "救助对象审批", "低保、特困审批中授意降低条件", "制度机制风险", "高",
         "审批实行集体研究，结果在县政府网站公示。"),
        ("低保审核室", "审核员", "general", "低保审核", "对乡镇上报材料审核不严，人情保、关系保", "岗位职责风险", "高",
         "审核结果抽查入户，审核意见留痕。"),
        ("低保审核室", "审核员", "general", "审核公示", "审核结果不按时公示或公示不全", "业务流程风险", "中",
         "公示内容按标准目录要素逐项公开。"),
        ("经济状况核对室", "核对员", "general", "家庭经济状况核对", "泄露申请人家庭信息，核对结果弄虚作假", "思想道德风险", "中",
         "核对系统分级授权，查询日志每月检查。"),
        ("资金发放室", "出纳", "general", "救助资金发放", "救助金发放不及时、截留挪用", "业务流程风险", "高",
         "救助金社会化发放到户，每月对账。"),
        ("资金发放室", "出纳", "general", "临时救助金支付", "临时救助现金支付不留凭证", "外部环境风险", "低",
         "临时救助原则上转账支付，现金支付双人经手。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "luozha_social_assistance_center_posts",
        "http://www.shicheng.gov.cn/scxzf/shjzbzml/202407/5d1663de28994d908f3ced794c1ec349.shtml",
        "县社会救助服务中心 岗位廉政风险点排查表 对岗不对人, after the source's 社会救助领域 基层政务公开标准目录 (低保, 特困, "
        "临时救助, 审核审批, 公示, 资金发放): a title, 序号/科室 merged/岗位 merged per post/a short 风险点/a long 风险表现/"
        "风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def luozha_nursing_home_cards() -> dict:
    unit = f"{PLACE}敬老院"
    t = _Truth(unit)
    cards = [
        ("院长", "吉澂翊", "院长", "主持敬老院全面工作", "leader", [
            ("挤占、挪用特困人员供养金", "★★★", "供养金与管理费分科目记账，每季度公开。"),
            ("院内物资采购指定供应商", "★★", "大宗物资三家比价，院务委员会监督。"),
            ("接受入住老人家属礼品", "★", "严守中央八项规定精神，节前廉洁提醒。"),
        ]),
        ("副院长", "容璆沄", "副院长", "分管后勤、护理", "leader", [
            ("伙食费管理不规范，账实不符", "★★", "伙食账每月公布，老人代表参与验收。"),
            ("护理员聘用优亲厚友", "★★★", "护理员公开招聘，聘用结果公示。"),
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
        "luozha_nursing_home_cards", "http://www.szmaolu.com/mzj/ghjh/content/post_2509882.html",
        "县敬老院 领导干部廉政风险防控卡, one sheet a leader, after the source's 市民政 2024 work summary (特困人员 基本生活标准, "
        "供养金, 低保金, 养老服务): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def luozha_funeral_station_group_rows() -> dict:
    unit = f"{PLACE}殡葬服务站"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、站领导", "站领导", [
            ("站长", "容翮峤", "leader", [
                ("殡葬服务收费不按标准，搭车收费", "一级风险", "收费项目和标准在服务大厅公示，票据统一管理。"),
                ("殡葬用品采购中收受回扣", "一级风险", "用品采购集体研究，三家比价。"),
            ]),
        ]),
        ("二、火化服务组", "火化服务组", [
            ("组长", "吉沅翾", "middle", [
                ("未核对死亡证明即火化遗体", "一级风险", "火化前核对死者身份、死亡证明和丧属身份，双人签字。"),
            ]),
            ("火化工", "容岍霏", "general", [
                ("虚开、倒卖火化证明", "二级风险", "火化证明编号管理，开具、领取、核销登记。"),
                ("向丧属索要红包", "三级风险", "签订廉洁服务承诺书，公布举报电话。"),
            ]),
        ]),
        ("三、骨灰安放组", "骨灰安放组", [
            ("管理员", "吉曈岷", "general", [
                ("骨灰安放档案不全，格位私下转让", "二级风险", "骨灰安放建立档案，定期核查格位。"),
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
        "luozha_funeral_station_group_rows", "http://584g.a899.cn/news/63e799892.html",
        "县殡葬服务站 廉政风险防控责任清单 under GROUP ROWS, after the source's 民政部 notice on 遗体和骨灰规范处置 (火化证明 "
        "开具、核销, 死亡证明 核对, 骨灰安放 档案, 殡仪服务站): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/"
        "三级风险``/防控措施, group rows ``一、站领导``, ``二、火化服务组``, ``三、骨灰安放组`` merged across; 岗位 and 姓名 merged "
        "per person; no type column",
        [sh], t,
    )  # fmt: skip


def luozha_marriage_registry_selfchecks() -> dict:
    unit = f"{PLACE}婚姻登记处"
    t = _Truth(unit)
    people = [
        ("吉霈珩", "处领导", "主任", "leader", [
            ("违规为不符合条件的当事人办理登记", "Ⅰ级", "登记审查实行双人复核，主任签发。", "已落实"),
            ("婚俗改革宣传经费使用不规范", "Ⅱ级", "经费使用报局里审批，专账核算。", "未发现问题"),
        ]),
        ("容涴翙", "登记室", "登记员", "general", [
            ("审查当事人身份证件不严", "Ⅰ级", "身份证件联网核查，疑点报主任。", "已落实"),
            ("收受当事人好处提前、插队办理", "Ⅲ级", "预约办理、叫号办理，窗口视频监控。", "已落实"),
        ]),
        ("吉澪峋", "档案室", "档案管理员", "general", [
            ("婚姻档案信息泄露", "Ⅰ级", "档案查询登记审批，电子档案分级授权。", "未发现问题"),
            ("违规出具婚姻登记记录证明", "Ⅱ级", "证明出具核对档案，双人签字。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在科室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "luozha_marriage_registry_selfchecks", "http://sc.china.com.cn/2025-09/25/content_43237669.html",
        "县婚姻登记处 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 省民政厅 visit to a "
        "县婚姻登记处 (登记流程, 婚姻档案 信息化管理, 婚俗改革): a title, a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间`` "
        "over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 主任意见：``",
        sheets, t,
    )  # fmt: skip


def luozha_child_welfare_station_list() -> dict:
    unit = f"{PLACE}儿童福利服务站"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "容翙珈", "leader", "困境儿童认定把关不严", "制度机制", "高风险",
         "认定材料经乡镇、站里两级审核，结果公示。"),
        ("站领导", "站长", "容翙珈", "leader", "儿童关爱项目资金使用不公开", "岗位职责", "中风险",
         "项目资金专账核算，年底公开。"),
        ("财务室", "出纳", "吉岚璟", "general", "孤儿基本生活费发放截留、延迟", "业务流程", "高风险",
         "基本生活费按月打卡发放，每月对账。"),
        ("财务室", "出纳", "吉岚璟", "general", "受捐物资登记不全、私分", "思想道德", "低风险",
         "受捐物资登记入库，发放签字。"),
        ("社工部", "社工", "容峄泠", "general", "探访服务记录弄虚作假", "外部环境", "中风险",
         "探访定位打卡，监护人签字确认。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "luozha_child_welfare_station_list", "http://m.zgkjsz.com/page/2016/0318/18988029.shtml",
        "儿童福利服务站 岗位廉政风险防控一览表, after the source's paper on 困境儿童 保障机制 (分类保障, 基本生活费, 监护, "
        "社会力量参与): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 on EVERY "
        "row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/站长（签字） line",
        [sh], t,
    )  # fmt: skip


def luozha_lakang_town_office_register() -> dict:
    unit = f"{PLACE}拉康镇民政办"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("办领导", "主任", "吉翯沄", "leader", [
            ("社会组织年检初审走过场", "制度机制", "一级", "年检实地查看，初审意见报县民政局。"),
            ("救灾物资分配不公", "岗位职责", "二级", "救灾物资分配名单在村公示。"),
        ]),
        ("社会救助组", "会计", "容琬岧", "general", [
            ("救助资金报账票据不实", "业务流程", "一级", "报账附发放签领单，镇财政所审核。"),
        ]),
        ("社会事务组", "协理员", "吉沣翎", "general", [
            ("高龄津贴对象死亡未及时停发", "业务流程", "二级", "每月与派出所、卫生院核对死亡信息。"),
            ("代办事项收取费用", "思想道德", "三级", "代办服务免费，公布监督电话。"),
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
        "luozha_lakang_town_office_register", "http://m.cq66666.cn/hot/bm/202205/t20220507_5998789.html",
        "镇民政办 廉政风险点排查登记表, after the source's 县民政局 report on 社会组织 年检 with the 属地乡镇民政办 (实地年检, "
        "问题整改): a title, 序号/股室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 "
        "``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    luozha_bianba_office_concurrent_post_rows(),
    luozha_civil_affairs_bureau_two_sheets(),
    luozha_social_assistance_center_posts(),
    luozha_nursing_home_cards(),
    luozha_funeral_station_group_rows(),
    luozha_marriage_registry_selfchecks(),
    luozha_child_welfare_station_list(),
    luozha_lakang_town_office_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch939-inbox"))

"""The eight-hundred-and-sixty-second batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's market
regulation and food bodies, 新晃侗族自治县 (of 怀化市, 湖南省) — its 市场监督管理局, 食品药品检验检测中心,
质量计量检测所, 知识产权服务中心, 消费者权益保护委员会 and its 乡镇 市场监督管理所 (禾滩, 波洲, 扶罗) —
each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 禾滩市场监督管理所's 一览表 under ``附件3`` and a 填报单位 line: ``股室 | 岗位 | 责任人`` on EVERY
  row, short types, ``高风险/中风险/低风险``;
- the 质量计量检测所's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, ``…风险`` types, 高/中/低; no names;
- the 食品药品检验检测中心's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` and a merged
  ``工作职责`` line, ``★★★/★★/★`` read by a ``注：`` line;
- the 知识产权服务中心's 自查表, one sheet a person: a label row ``姓　名 | 所在科室 | 岗　位 | 填表日期``
  over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 消费者权益保护委员会's 清单 under GROUP ROWS ``一、委员会领导`` … merged across, ``岗位 | 姓名``
  merged per person, ``一级风险/二级风险/三级风险``;
- the 波洲市场监督管理所's 一览表 in TWO SHEETS ``所领导`` and ``工作人员``, ``一级/二级/三级``, no type column;
- the 扶罗市场监督管理所's 排查登记表: ``股室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别``,
  ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``xinhuang_market_bureau_joined_merges``: the 市场监督管理局's 岗位廉政风险防控一览表, an ordinary
  ``序号 | 股室 | 岗位 | 姓名 | 廉政风险点 | 风险类型 | 风险等级 | 防控措施`` list whose 股室, 岗位 and 姓名
  columns were first typed on EVERY row and then merged with WPS's ``合并内容`` (merge keeping the
  contents) instead of ``合并相同单元格``: each merged cell holds the value it covered ONCE A ROW, one a
  line (``食品生产流通监督管理股⏎食品生产流通监督管理股⏎…``, ``股长⏎股长``, ``蒲珣澂⏎蒲珣澂``), so a
  merged cell reads like a list of as many holders as the rows it covers, all of them the same one;
  a person of one row keeps a plain cell. The README's 读得懂的表 knows merged 科室/岗位/姓名 cells
  holding the value once, a merged holder cell LISTING DIFFERENT holders one a line (one a row), a
  shared point's holders one a line, and ``取消合并并填充`` (the reverse: one text in every cell of
  a former merge); it does not describe a merge whose cell repeats its own value once per covered
  row.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 新晃 two-festival 食品安全 专项检查 —
商场超市, 农贸市场, 加工小作坊, 食品生产流通监督管理股; a 新邵 市场监管局 round of 食品生产企业 and
超市 checks, 投诉举报, 抽检, 责令整改; a forum post on 计量检定 收费 — 检定费, 现场检定, 检定证书补办,
保管费; a 兴化 report of 市场监管 staff 吃拿卡要 — 培训证明, 检测证书, 现场评审; a 知识产权(专利)保护
信用评价制度; a note on 消费维权 — 消费维权工作站, 现场调解, 12315, 预付式消费; a 市场监管长镜头 page —
特种设备 高温检查, 食品抽检 “你点我检”, 药品经营 “清源” 行动, 熟肉制品; a 区局 国庆 专项检查 — 食品,
药品 进货查验, 特种设备) and the layout follows their words for the unit, its parts, its posts and
its risks. The rows are worded by us, the names invented (the rare surnames 粟 and 蒲 with rare
given names); every unit is a body of 新晃侗族自治县.

Run ``python tests/published/score.py --set batch862`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a merged cell repeating one value a line is that one value: ``蒲珣澂⏎蒲珣澂⏎蒲珣澂``
  is the one holder 蒲珣澂 of the three rows it covers, ``股长⏎股长`` his one post, a merged 股室 cell
  repeating its name one 股室; one form a holder;
- ``局领导``, ``所领导``, ``中心领导``, ``委员会领导`` (a 股室 cell, a group row) are the 科室 of those
  leaders; the 波洲所's leaders (sheet ``所领导``, no 股室 column) and the cards' leaders have no 科室;
- every 所, 中心, the 委员会 and the 局 are units of their own: 局长, 副局长, 所长, 副所长, 主任, 副主任
  and the 委员会's 秘书长 are leaders; 股长 and a 科's 科长 middle; the rest (执法人员, 检验员, 检定员,
  会计, 出纳, 调解员, 办事员) general;
- ``工作职责``, ``自查情况`` and ``填表日期`` are no points and name no holder; the 质量计量检测所's list
  names no person: its forms are posts (对岗不对人);
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

PREFIX = "b862_"
PLACE = "新晃侗族自治县"
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


def _merge_joined(sh: _Sheet, first: int, specs) -> None:
    """Like ``_merge_down``, but as WPS's 合并内容 leaves it: the merged cell keeps every covered
    row's value, one a line (the same text repeated once a row)."""
    last = len(sh.rows) - 1
    typed = [list(row) for row in sh.rows]
    for col, key in specs:
        r = first
        while r <= last:
            e = r
            while e < last and typed[r][col] is not None and key(typed[e + 1]) == key(typed[r]):
                e += 1
            if e > r:
                sh.rows[r][col] = "\n".join(typed[k][col] for k in range(r, e + 1))
                for k in range(r + 1, e + 1):
                    sh.rows[k][col] = None
                sh.merges.append((r, col, e, col))
            r = e + 1


# --------------------------------------------------------------------------- harder layout

# (股室, 岗位, 姓名, tier, [(廉政风险点, 风险类型, 风险等级, 防控措施)])
BUREAU = [
    ("局领导", "局长", "粟翃黎", "leader", [
        ("节日食品安全专项检查对象由个人圈定，搞选择性检查", "岗位职责风险", "高",
         "检查对象按“双随机”抽取，检查方案局务会研究。"),
        ("为食品生产企业打招呼、说情，干预案件查处", "思想道德风险", "高", "说情干预登记报告，案件集体讨论。"),
    ]),
    ("食品生产流通监督管理股", "股长", "蒲珣澂", "middle", [
        ("食品生产许可现场核查走过场，降低许可条件", "业务流程风险", "高", "现场核查两人以上，核查记录存档。"),
        ("月饼、肉制品等节日食品抽检样品选送不随机", "业务流程风险", "中", "抽样单位和批次系统随机生成。"),
        ("接受加工小作坊业主宴请、土特产", "思想道德风险", "中", "签订廉洁承诺书，节前廉政提醒。"),
    ]),
    ("食品生产流通监督管理股", "执法人员", "粟濛峤", "general", [
        ("商场超市检查发现过期食品不立案，以责令整改代替处罚", "岗位职责风险", "中",
         "检查发现问题录入执法平台，立案情况月度通报。"),
        ("农贸市场快检结果随意更改", "业务流程风险", "低", "快检数据实时上传，不得手工改动。"),
    ]),
    ("执法大队", "大队长", "蒲翊潆", "middle", [
        ("案件调查取证不全，违法所得认定偏轻", "岗位职责风险", "高", "重大案件法制审核，证据清单核对。"),
        ("罚没物品处置不登记，私自处理", "制度机制风险", "中", "罚没物品入库登记，集中公开处置。"),
    ]),
    ("办公室", "会计", "粟婳湄", "general", [
        ("食品抽检经费报账审核把关不严", "制度机制风险", "低", "抽检经费凭抽样单、检验报告报账。"),
    ]),
]  # fmt: skip


def xinhuang_market_bureau_joined_merges() -> dict:
    unit = f"{PLACE}市场监督管理局"
    sh = _Sheet("一览表", [6, 16, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位：{unit}{GAP * 16}2025年6月", 8)
    sh.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in BUREAU:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    key = lambda row: (row[1], row[2], row[3])  # noqa: E731
    _merge_joined(sh, first, [(1, lambda row: row[1]), (2, key), (3, key)])
    sh.add("制表：办公室", None, None, "审核：", None, None, "局长（签字）：", None)
    return _layout(
        "xinhuang_market_bureau_joined_merges", "https://hh.rednet.cn/content/2021/09/16/10149422.html",
        "(harder) 县市场监督管理局 岗位廉政风险防控一览表, after the source's 新晃 two-festival 食品安全 专项检查 (商场超市, "
        "农贸市场, 加工小作坊, 月饼 and 肉制品, 食品生产流通监督管理股 股长, 随机抽样化验): a title, a merged 填报单位/date line, "
        "序号/股室/岗位/姓名/廉政风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施, the 股室, 岗位 and 姓名 columns merged "
        "with WPS's 合并内容: each merged cell repeats its value ONCE A COVERED ROW, one a line (``股长⏎股长⏎股长``, "
        "``蒲珣澂⏎蒲珣澂⏎蒲珣澂``), a one-row person a plain cell; a 制表/审核/局长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def xinhuang_hetan_office_list() -> dict:
    unit = f"{PLACE}禾滩市场监督管理所"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 12, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年5月", 8)
    sh.add("序号", "股室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所领导", "所长", "蒲湛岷", "leader", "辖区食品经营户日常监管检查计划随意调整", "制度机制", "高风险",
         "年度检查计划报县局备案，调整须说明理由。"),
        ("所领导", "所长", "蒲湛岷", "leader", "超市投诉举报处理中偏袒经营者", "岗位职责", "中风险",
         "投诉举报全程录入12315平台，办结回访。"),
        ("食品安全股", "股长", "粟沣琰", "middle", "单位食堂检查发现问题不下达责令整改通知书", "业务流程", "高风险",
         "检查记录当场签字，整改通知书编号管理。"),
        ("食品安全股", "执法人员", "蒲霁峦", "general", "食用农产品抽检批次虚报", "业务流程", "中风险",
         "抽检样品拍照留存，批次与检验报告核对。"),
        ("综合股", "办事员", "粟璎岑", "general", "个体工商户登记材料审核不严、代办收费", "思想道德", "低风险",
         "登记一次告知，严禁代办收费。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "所长（签字）：", None, None)
    return _layout(
        "xinhuang_hetan_office_list", "http://www.zjp0310.com/p/116106.html",
        "乡镇市场监督管理所 岗位廉政风险防控一览表, after the source's 新邵 市场监管局 round of checks (食品生产企业, 大型超市, "
        "食品经营户, 单位食堂, 投诉举报, 抽检食用农产品, 责令整改通知书): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 "
        "line, then 序号/股室/岗位/责任人 written on EVERY row/廉政风险点/风险类型 (short names)/风险等级 "
        "``高风险/中风险/低风险``/防控措施; a 填表人/审核人/所长（签字） line",
        [sh], t,
    )  # fmt: skip


def xinhuang_metrology_posts() -> dict:
    unit = f"{PLACE}质量计量检测所"
    sh = _Sheet("排查表", [6, 12, 10, 40, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "科室", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所领导", "所长", "leader", "计量检定收费标准擅自提高或减免", "制度机制风险", "高",
         "收费标准公示，减免须集体研究。"),
        ("所领导", "所长", "leader", "现场检定交通、辅助人员费用向企业转嫁", "外部环境风险", "中",
         "现场检定费用按规定结算，不接受企业安排食宿。"),
        ("检定科", "检定员", "general", "计量器具检定不按规程，出具虚假检定证书", "岗位职责风险", "高",
         "检定原始记录双人复核，证书抽查。"),
        ("检定科", "检定员", "general", "监督抽查中向被检查单位收取检定费", "思想道德风险", "中",
         "监督抽查经费由交办部门支付，严禁向企业收费。"),
        ("综合科", "出纳", "general", "检定费收取不开票据，超期保管费私收", "业务流程风险", "中",
         "检定费统一开具票据，保管费按标准收取入账。"),
        ("综合科", "出纳", "general", "检定证书补办费用收取不入账", "业务流程风险", "低", "补办登记，收费入账。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合科", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "xinhuang_metrology_posts", "http://live2.baidu.com/p/8173272290",
        "县质量计量检测所 岗位廉政风险点排查表 对岗不对人, after the source's forum post on 计量检测收费 (检定费, 监督抽查不收费, "
        "现场检查费用, 检定证书补办, 保管费): a title, 序号/科室 merged/岗位 merged per post/风险点/风险类型 ``…风险``/"
        "风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def xinhuang_testing_center_cards() -> dict:
    unit = f"{PLACE}食品药品检验检测中心"
    t = _Truth(unit)
    cards = [
        ("主任", "粟昀曌", "主任", "主持中心全面工作，分管检验报告签发", "leader", [
            ("检验报告签发前受企业请托改动结论", "★★★", "报告三级审核，签发记录留痕。"),
            ("资质认定现场评审中接受企业宴请", "★★", "评审期间禁止参加企业安排的宴请。"),
            ("检测设备采购指定品牌", "★★★", "设备采购按政府采购程序，需求集体论证。"),
        ]),
        ("检验员", "蒲珝沅", "检验员", "食品理化检验", "general", [
            ("委托检验中向送检企业泄露检验结果", "★★", "样品盲样编号，结果只经报告发放。"),
            ("检验原始记录事后补记、修改数据", "★★★", "原始记录即时填写，修改留痕。"),
            ("出具培训证明向企业收费", "★", "培训证明免费出具，不收取任何费用。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("工作职责", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "xinhuang_testing_center_cards", "http://mingpaocanada.com/Van/htm/News/20220830/tcac1_r.htm",
        "县食品药品检验检测中心 岗位廉政风险防控卡, one sheet a person, after the source's report of 市场监管 staff “吃拿卡要” "
        "(培训证明, 检测证书, 现场评审, 企业): a title, ``姓　名 | … | 职　务 | …`` and a merged 工作职责 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def xinhuang_ip_center_selfchecks() -> dict:
    unit = f"{PLACE}知识产权服务中心"
    t = _Truth(unit)
    people = [
        ("蒲琇岱", "中心领导", "主任", "leader", [
            ("知识产权保护信用评价结果受人情干扰", "Ⅰ级", "评价指标量化，结果集体审定并公示。", "已落实"),
            ("专利资助资金审核把关不严", "Ⅰ级", "资助申请材料两级审核，名单公示。", "未发现问题"),
        ]),
        ("粟澔岈", "业务科", "办事员", "general", [
            ("为企业代办商标、专利申请并收取好处费", "Ⅱ级", "严禁代办，签订承诺书。", "已落实"),
            ("侵权纠纷线索登记不及时、选择性移交", "Ⅲ级", "线索登记编号，按月核对移交情况。", "已落实"),
            ("地理标志产品（新晃黄牛肉）使用申请审核把关不严", "Ⅱ级", "申请材料初审、复审两级，名单公示。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在科室", "岗　位", "填表日期", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "xinhuang_ip_center_selfchecks", "https://abg.baidu.com/tags/xdj5nxok2dlkvsvwwl5mrkbi26umb6zjwgr3xjgqyxj4hrwaxtn5nrvwza16",
        "县知识产权服务中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's "
        "知识产权(专利)保护信用评价制度 (信用评价, 专利, 侵权): a title, a label row ``姓　名 | 所在科室 | 岗　位 | 填表日期`` "
        "over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 主任意见：``",
        sheets, t,
    )  # fmt: skip


def xinhuang_consumer_committee_group_rows() -> dict:
    unit = f"{PLACE}消费者权益保护委员会"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、委员会领导", "委员会领导", [
            ("秘书长", "粟瑢岺", "leader", [
                ("消费维权工作站设点和补助分配不公", "一级风险", "设点方案集体研究，补助公示。"),
                ("消费纠纷调解结果受经营者请托左右", "二级风险", "重大纠纷调解集体研究。"),
            ]),
        ]),
        ("二、投诉调解部", "投诉调解部", [
            ("调解员", "蒲骞沨", "general", [
                ("现场调解中偏袒商户，压低消费者诉求", "二级风险", "调解过程录音录像，当日反馈。"),
                ("预付式消费投诉拖延不办", "三级风险", "投诉工单限时办结，超时预警。"),
            ]),
        ]),
        ("三、综合部", "综合部", [
            ("会计", "粟霈昶", "general", [
                ("“消费维权进商圈”宣传经费虚列支出", "二级风险", "活动经费凭方案和影像资料报账。"),
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
        "xinhuang_consumer_committee_group_rows", "https://reportify.cn/tags/concept?page=2&tagValue=%E6%B6%88%E8%B4%B9%E7%BB%B4%E6%9D%83",
        "县消费者权益保护委员会 廉政风险防控责任清单, after the source's note on 消费维权 (消费维权工作站, 现场调解, 当日反馈, "
        "预付式消费, 消费维权进商圈): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under "
        "GROUP ROWS ``一、委员会领导``, ``二、投诉调解部``, ``三、综合部`` merged across; 岗位 and 姓名 merged per person; "
        "no type column",
        [sh], t,
    )  # fmt: skip


def xinhuang_bozhou_office_two_sheets() -> dict:
    unit = f"{PLACE}波洲市场监督管理所"
    t = _Truth(unit)
    lead = _Sheet("所领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}所领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("蒲珈岍", "所长", "主持全面工作", [
            ("高温期间特种设备安全检查对象选择性安排", "一级", "检查对象清单所务会确定并留档。"),
            ("辖区液化石油气充装站隐患处理打招呼", "一级", "隐患整改闭环销号，结果报县局。"),
        ]),
        ("粟潆昕", "副所长", "分管药品、特种设备", [
            ("药品经营“清源”行动中对违法线索不移交", "二级", "线索登记台账，每月与县局核对。"),
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
    staff = _Sheet("工作人员", [6, 14, 9, 9, 38, 9, 34])
    _line(staff, f"{unit}工作人员廉政风险防控一览表", 7)
    staff.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("食品药品股", "股长", "蒲岚璁", "middle", "“你点我检”抽检品种和摊位事先透露", "一级", "抽检摊位现场随机确定。"),
        ("食品药品股", "股长", "蒲岚璁", "middle", "熟肉制品摊位冷藏条件检查敷衍", "二级", "检查拍照上传，县局抽查。"),
        ("食品药品股", "执法人员", "粟翛岫", "general", "药店进货台账检查走过场", "二级", "检查记录逐项填写，双人签字。"),
        ("特种设备股", "执法人员", "蒲泓埕", "general", "电梯使用单位检查收受购物卡", "三级", "签订廉洁承诺，节前提醒。"),
    ]  # fmt: skip
    first = len(staff.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        staff.add(i, d, post, who, point, lv, measures)
        t.point(staff.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(staff, first, 1, 2, 3)
    staff.add("制表：综合股", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "xinhuang_bozhou_office_two_sheets", "http://paper.jzrb.com/Article/index/aid/8955919.html",
        "乡镇市场监督管理所 廉政风险防控一览表 in TWO SHEETS, after the source's 市场监管长镜头 (高温 特种设备 安全检查, 液化石油气 "
        "充装站, “你点我检” 食品抽检, 药品经营 “清源” 行动, 熟肉制品): sheet 所领导 with 姓名/职务/分管工作 merged per leader, "
        "sheet 工作人员 with 股室 merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; "
        "no type column",
        [lead, staff], t,
    )  # fmt: skip


def xinhuang_fuluo_office_register() -> dict:
    unit = f"{PLACE}扶罗市场监督管理所"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("所领导", "所长", "粟瀞珩", "leader", [
            ("节日专项检查中对大型商超提前通风报信", "思想道德", "一级", "检查时间地点临时通知，全程记录。"),
            ("食品小作坊登记证发放降低条件", "制度机制", "二级", "登记现场核查两人以上，结果公示。"),
        ]),
        ("市场股", "股长", "蒲翯澜", "middle", [
            ("药品零售企业处方药销售检查不严", "岗位职责", "二级", "检查清单逐项核对，问题限期整改。"),
        ]),
        ("市场股", "执法人员", "粟珺岿", "general", [
            ("农贸市场食用油、水产品抽检样品调包", "业务流程", "一级", "抽样封签，样品现场拍照。"),
            ("个体户违法案件罚款不开票据", "外部环境", "三级", "罚款通过银行缴纳，严禁现场收缴。"),
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
        "xinhuang_fuluo_office_register", "http://www.ku1516.com/2024_10/08_08/content-490944.html",
        "乡镇市场监督管理所 廉政风险点排查登记表, after the source's 区局 国庆 安全专项检查 (食品生产企业, 小作坊, 商超, 农贸市场, "
        "食用油 and 水产品, 药品零售 进货查验 and 处方药, 特种设备): a title, 序号/股室 merged/岗位 and 姓名 merged per person/"
        "风险点/风险类别 (short names)/风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    xinhuang_market_bureau_joined_merges(),
    xinhuang_hetan_office_list(),
    xinhuang_metrology_posts(),
    xinhuang_testing_center_cards(),
    xinhuang_ip_center_selfchecks(),
    xinhuang_consumer_committee_group_rows(),
    xinhuang_bozhou_office_two_sheets(),
    xinhuang_fuluo_office_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch862-inbox"))

"""The eight-hundred-and-eighth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's housing and
urban-rural construction bodies, 黎平县 (of 黔东南州, 贵州省) — its 住房和城乡建设局, 城市建设投资服务中心,
房地产管理所, 住房保障服务中心, 村镇建设服务站, 物业管理服务中心 and 建筑市场监察大队 — each handing back
the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 住房和城乡建设局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 城市建设投资服务中心's 排查表 对岗不对人: ``部室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 房地产管理所's 自查表, one sheet a person: a label row ``姓　名 | 所在组室 | 岗　位 | 填表时间`` over a
  row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 住房保障服务中心's 责任清单 under GROUP ROWS ``一、中心领导`` … ``三、房源管理股`` merged across (no 股室
  column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 村镇建设服务站's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 物业管理服务中心's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on EVERY
  row, short types, ``高风险/中风险/低风险``;
- the 建筑市场监察大队's 排查登记表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别`` (short
  names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``liping_quality_safety_station_tree``: the 建设工程质量安全监督站's 廉政风险点分解表, ``序号 | 风险点及责任分解 |
  风险等级 | 防控措施``, each point a numbered row with its level and measures, and UNDER it, in the SAME
  ``风险点及责任分解`` column, one row per holder drawn as a TREE BRANCH — ``├─ 质量监督股　股长　某某`` for
  every holder but the last, ``└─ …`` for the last (leaders ``├─ 站长　某某`` without a 股室) — the other
  cells of the branch rows blank; a point branches to one to three holders and a holder recurs under
  several points; a ``注：`` line says the branch rows are the holders. So a point's holders are the
  rows BELOW it (not a group row above), written in the point's own column with box-drawing branch
  marks, and each holder's form gathers the points he branches from. The README's 读得懂的表 knows a
  point as a group row ``一、…`` over post rows in 责任部门 | 责任岗位 | 责任人 columns, an outline/staircase
  or 编码 tree of 科室 → 岗位 → 风险点 (holders above their points), a mind-map export and a holder line
  under every point labelled ``责任人：…`` (two-row records, one holder); it does not describe a point
  row whose several holders hang under it as ``├─``/``└─`` branch rows in the point column.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 住建部 notice on 建设工程企业资质审批
— 专家评审, 工程质量安全; 住建部、监察部 督查 保障性住房 分配; a 住建部 指导意见; a 商品房预售资金监管 操作规程 —
监管账户, 拨付节点; an audit of 保障性安居工程 — 不符合条件家庭, 转借出租; the 农村危房改造补助资金管理办法; a
page on 农村住房安全保障 — 施工队伍, 补助资金; the 建筑业企业资质管理规定 — 建筑市场秩序) and the layout
follows their words for the unit, its parts, its posts and its risks. The rows are worded by us, the
names invented (the rare surnames 索 and 蓟 with rare given names); every unit is a body of 黎平县.

Run ``python tests/published/score.py --set batch808`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file every branch row (``├─``/``└─``) under a numbered point makes that point a point
  of the holder it names (股室 and post from the branch, the leaders without a 股室), with the point
  row's level; one form a holder, gathered over all the points he branches from; the branch rows are
  no points; the ``注：`` line and the sign-off line are no points;
- ``中心领导``, ``所领导``, ``大队领导`` (a 部室/组室/科室 cell or a group row) are the 科室 of those leaders; the
  局's leaders (sheet ``局领导``) and the cards' leaders have no 科室; a 局's 股, a 中心's 部 or 股, a 所's 组
  and a 大队's 中队 are 科室;
- every 局, 站, 中心, 所 and 大队 is a unit of its own: 局长, 副局长, 站长, 副站长, 主任, 所长 and 大队长 are
  leaders; 股长, 部长 and 中队长 middle; the rest (股员, 监督员, 现场代表, 会计, 出纳, 登记员, 监管员, 审核员,
  管理员, 业务员, 执法队员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no points
  and name no holder; the 城市建设投资服务中心's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b808_"
PLACE = "黎平县"
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

BRANCH, LAST = "├─ ", "└─ "

# (廉政风险点, 风险等级, 防控措施, [(科室, 岗位, 姓名, tier)] the branch rows under it)
TREE = [
    ("工程质量监督抽查走过场，对实体质量问题视而不见", "一级", "监督抽查两人以上，抽查记录和影像资料存档。", [
        ("", "站长", "索翾泓", "leader"),
        ("质量监督股", "股长", "索昶湉", "middle"),
        ("质量监督股", "监督员", "索琎漪", "general"),
    ]),
    ("竣工验收监督中降低标准，对不符合强制性标准的工程出具监督报告", "一级", "监督报告经股长审核、站长签发。", [
        ("", "站长", "索翾泓", "leader"),
        ("质量监督股", "股长", "索昶湉", "middle"),
    ]),
    ("安全文明施工检查中对重大事故隐患不下达整改通知", "一级", "隐患整改通知书编号管理，整改复查闭环。", [
        ("", "副站长", "蓟珣霏", "leader"),
        ("安全监督股", "股长", "蓟沨翙", "middle"),
    ]),
    ("接受施工、监理单位宴请和礼品礼金", "二级", "签订廉洁承诺书，监督工作实行回避。", [
        ("质量监督股", "监督员", "索琎漪", "general"),
        ("安全监督股", "股长", "蓟沨翙", "middle"),
    ]),
    ("检测报告审查不严，默许检测机构出具虚假报告", "二级", "检测报告抽查复核，发现造假移送处理。", [
        ("质量监督股", "股长", "索昶湉", "middle"),
    ]),
    ("安全生产行政处罚自由裁量不规范，以罚代管", "二级", "处罚按裁量基准执行，案件集体审议。", [
        ("", "副站长", "蓟珣霏", "leader"),
        ("安全监督股", "股长", "蓟沨翙", "middle"),
    ]),
    ("监督档案资料补做、后补签字", "三级", "监督档案随工程进度归档，定期检查。", [
        ("质量监督股", "监督员", "索琎漪", "general"),
    ]),
]  # fmt: skip


def _holder_line(dept: str, post: str, who: str) -> str:
    return GAP.join(x for x in (dept, post, who) if x)


def liping_quality_safety_station_tree() -> dict:
    unit = f"{PLACE}建设工程质量安全监督站"
    sh = _Sheet("风险点分解", [6, 46, 9, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点分解表", 4)
    _line(sh, f"填报单位：{unit}{GAP * 16}2025年6月", 4)
    sh.add("序号", "风险点及责任分解", "风险等级", "防控措施")
    for i, (point, lv, measures, holders) in enumerate(TREE, 1):
        sh.add(i, point, lv, measures)
        for k, (dept, post, who, _tier) in enumerate(holders):
            mark = LAST if k == len(holders) - 1 else BRANCH
            sh.add(None, mark + _holder_line(dept, post, who), None, None)
    # the truth one form a holder, in the order the holders first appear
    order: list[tuple] = []
    for _point, _lv, _m, holders in TREE:
        for h in holders:
            if h not in order:
                order.append(h)
    for dept, post, who, tier in order:
        for point, lv, _measures, holders in TREE:
            if (dept, post, who, tier) in holders:
                t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    _line(sh, "注：每项风险点下以“├─”“└─”开头的各行为该风险点分解到的责任科室、岗位和责任人。", 4)
    sh.add("填表：", "审核：", "站长（签字）：", None)
    return _layout(
        "liping_quality_safety_station_tree", "http://mayaimage.com/listing/lawsshow_pi.php?id=8068",
        "(harder) 县建设工程质量安全监督站 廉政风险点分解表, after the source's 住房城乡建设部 通知 on 建设工程企业资质审批管理 "
        "(资质审批, 专家评审, 工程质量安全, 市场秩序): a title, a merged 填报单位 line, ``序号 | 风险点及责任分解 | 风险等级 | "
        "防控措施``; each point a numbered row with its level and measures, and UNDER it, in the same 风险点 column, one "
        "row per holder drawn as a TREE branch (``├─ 质量监督股　股长　某某`` … the last ``└─ …``; leaders ``├─ 站长　某某`` "
        "without a 科室), the other cells of those rows blank; a point branches to one to three holders, a holder recurs "
        "under several points; a ``注：`` line says the branch rows are the holders; a 填表/审核/站长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def liping_housing_bureau_two_sheets() -> dict:
    unit = f"{PLACE}住房和城乡建设局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 20, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("蓟岷翊", "局长", "主持全面工作", [
            ("城建项目招标中授意设置排他性条件", "一级", "招标文件经局党组会审定，项目进入县公共资源交易中心。"),
            ("保障性住房分配中打招呼、批条子", "一级", "保障对象经三级审核、两次公示，过问插手登记报告。"),
        ]),
        ("索璈沄", "副局长", "分管建筑市场、村镇建设", [
            ("建筑业企业资质初审降低条件", "一级", "资质初审材料网上公开，结果集体研究。"),
            ("农村危房改造对象认定中优亲厚友", "二级", "改造对象村级评议、乡镇审核、县级审批并公示。"),
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
    dept = _Sheet("股室", [6, 16, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}股室廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("建筑市场管理股", "股长", "蓟煦琤", "middle", "施工许可审查对资金、图审手续把关不严", "一级",
         "施工许可要件清单公开，审查意见双人签字。"),
        ("建筑市场管理股", "股长", "蓟煦琤", "middle", "建筑市场执法检查选择性执法", "二级", "检查对象双随机抽取，结果公开。"),
        ("建筑市场管理股", "股员", "索瀚霂", "general", "农民工工资保证金退还审核不严", "二级", "保证金退还经股长复核、分管领导审批。"),
        ("村镇建设股", "股长", "蓟璘涴", "middle", "危房改造补助资金拨付前不验收或验收走过场", "一级",
         "竣工验收照片、验收表存档，补助资金一卡通发放。"),
        ("村镇建设股", "股员", "索舲玥", "general", "农户危改档案资料不全、弄虚作假", "三级", "一户一档，定期抽查。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "liping_housing_bureau_two_sheets", "http://www.ccbuild.com/article-516311-1.html",
        "县住房和城乡建设局 廉政风险防控一览表 in TWO SHEETS, after the source's 住建部、监察部 督查 保障性安居工程 分配 "
        "(分配合规性, 直接处罚权): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 merged and "
        "岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def liping_urban_investment_posts() -> dict:
    unit = f"{PLACE}城市建设投资服务中心"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "部室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "项目发包", "城建项目拆分发包规避公开招标", "制度机制风险", "高",
         "发包方式经中心班子会研究，限额以上一律公开招标。"),
        ("工程管理部", "部长", "middle", "设计变更", "随意签认设计变更和现场签证，抬高造价", "业务流程风险", "高",
         "变更签证实行监理、跟踪审计、中心三方会签。"),
        ("工程管理部", "部长", "middle", "隐蔽工程验收", "隐蔽工程验收不到场，事后补签", "岗位职责风险", "中",
         "隐蔽验收留存影像资料，随工程档案归档。"),
        ("工程管理部", "现场代表", "general", "工程计量", "虚报已完工程量，提前支付进度款", "岗位职责风险", "中",
         "计量经监理、跟踪审计复核后支付。"),
        ("财务融资部", "会计", "general", "工程款支付", "工程款支付不按合同约定和审批程序", "业务流程风险", "中",
         "支付凭证附合同、计量单和审批单。"),
        ("财务融资部", "出纳", "general", "资金管理", "公款私存、资金体外循环", "思想道德风险", "低",
         "银行账户统一管理，月末对账。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (d, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, d, post, point, desc, typ, lv, measures)
        t.point(sh.name, d, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合部", None, None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "liping_urban_investment_posts", "https://www.zhetiaohe.com/ss/7a384d5cd77d1e29f85b2c41b70a5d04cf8e0026fe54262b7e06edf38fee04f61a92c2279b85d02f4ca23d2d58eb6666.html",
        "县城市建设投资服务中心 岗位廉政风险点排查表 对岗不对人, after the source's 住建部 指导意见 (工程建设, 项目管理): "
        "a title, 序号/部室 merged/岗位 merged per post/a short 风险点/a long 风险表现/风险类型 ``…风险``/风险等级 高/中/低/"
        "防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def liping_real_estate_office_selfchecks() -> dict:
    unit = f"{PLACE}房地产管理所"
    t = _Truth(unit)
    people = [
        ("蓟琰翛", "所领导", "所长", "leader", [
            ("商品房预售许可审查放宽形象进度要求", "Ⅰ级", "现场核验形象进度，许可结果网上公示。", "已落实"),
            ("预售资金监管账户资金违规拨付", "Ⅰ级", "拨付按节点申请，监管银行和所里双审核。", "未发现问题"),
        ]),
        ("索泠珺", "产权登记组", "登记员", "general", [
            ("商品房合同网签备案不按顺序办理、变相收费", "Ⅱ级", "网签备案系统自动排序，收费标准公示。", "已落实"),
            ("房屋查档信息泄露", "Ⅲ级", "查档实名登记，权限分级。", "已落实"),
        ]),
        ("蓟瑗潾", "物业维修资金组", "监管员", "general", [
            ("维修资金使用审核不严", "Ⅱ级", "维修资金使用须业主表决，现场核实。", "未发现问题"),
            ("维修资金利息核算不准", "Ⅲ级", "利息按季度核算，对账单存档。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, d, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在组室", "岗　位", "填表时间", None)
        sh.add(who, d, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, d, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "所长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "liping_real_estate_office_selfchecks", "https://abg.baidu.com/tags/2l4nbugjztdlpn572ssmvw6xzk67bphaxholfwox6646nm6mysr3bzq11",
        "县房地产管理所 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 商品房预售资金 "
        "监管操作规程 (监管账户, 拨付节点, 监管银行): a title, a label row ``姓　名 | 所在组室 | 岗　位 | 填表时间`` over a "
        "row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 所长意见：``",
        sheets, t,
    )  # fmt: skip


def liping_housing_security_group_rows() -> dict:
    unit = f"{PLACE}住房保障服务中心"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "索翊岍", "leader", [
                ("公租房房源分配不按轮候顺序", "一级风险", "房源分配公开摇号，全程录像。"),
                ("保障房小区维修项目化整为零", "二级风险", "维修项目按限额报住建局审批。"),
            ]),
        ]),
        ("二、保障审核股", "保障审核股", [
            ("股长", "蓟霈璆", "middle", [
                ("对不符合条件的家庭审核通过", "一级风险", "收入、住房信息部门联审，结果公示。"),
            ]),
            ("审核员", "索璟渟", "general", [
                ("租赁补贴发放对象动态退出不及时", "二级风险", "每年复核一次，不符合的及时停发。"),
                ("审核材料收受申请人好处", "三级风险", "窗口受理，审核留痕。"),
            ]),
        ]),
        ("三、房源管理股", "房源管理股", [
            ("管理员", "蓟湘琲", "general", [
                ("公租房转租、转借、闲置不查处", "二级风险", "每半年入户巡查，发现违规收回。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, d, people in groups:
        _line(sh, shown, 6)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for point, lv, measures in points:
                n += 1
                sh.add(n, post, who, point, lv, measures)
                t.point(sh.name, d, post, who, tier, point, [], RISKS[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "liping_housing_security_group_rows", "http://xmwb.xinmin.cn/xmwb/html/2013-08/09/content_1_2.htm",
        "县住房保障服务中心 廉政风险防控责任清单, after the source's 保障性安居工程 审计 (不符合条件家庭违规享受, 审核把关不严, "
        "转借出租, 租赁补贴): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP "
        "ROWS ``一、中心领导``, ``二、保障审核股``, ``三、房源管理股`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def liping_village_construction_cards() -> dict:
    unit = f"{PLACE}村镇建设服务站"
    t = _Truth(unit)
    cards = [
        ("站长", "索岙琮", "站长", "主持全站工作", "leader", [
            ("农村危房改造施工队伍指定或推荐收取好处", "★★★", "施工队伍由农户自主选择，站里只公布名录。"),
            ("传统村落保护项目资金审核把关不严", "★★★", "项目资金报账实行县级报账制。"),
            ("接受建筑工匠宴请", "★", "严守中央八项规定精神。"),
        ]),
        ("副站长", "蓟淏玙", "副站长", "分管农房质量安全", "leader", [
            ("农房抗震改造验收走过场", "★★", "验收邀请乡镇和村委会参加，留存影像。"),
            ("建筑工匠培训考核不严", "★★", "培训签到、考核结果公示。"),
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
        "liping_village_construction_cards", "http://qkff.cn/news/show.php?itemid=683",
        "县村镇建设服务站 领导干部廉政风险防控卡, one sheet a leader, after the source's 农村危房改造补助资金管理办法 "
        "(补助对象, 农房抗震改造, 资金不得用于…): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def liping_property_service_list() -> dict:
    unit = f"{PLACE}物业管理服务中心"
    sh = _Sheet("一览表", [6, 14, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "蓟萦珮", "leader", "物业服务企业信用评价打人情分", "制度机制", "高风险",
         "信用评价标准公开，评分集体研究。"),
        ("中心领导", "主任", "蓟萦珮", "leader", "前期物业招标中指定物业企业", "外部环境", "高风险",
         "前期物业招标进入交易平台。"),
        ("维修资金股", "股长", "索沅翕", "middle", "专项维修资金应急使用审核不严", "业务流程", "中风险",
         "应急使用现场查勘，资料公示。"),
        ("维修资金股", "会计", "蓟珞泫", "general", "维修资金划拨凭证审核不严", "岗位职责", "中风险",
         "划拨凭证经股长复核。"),
        ("综合股", "业务员", "索峋琦", "general", "物业纠纷调处偏袒一方，收受好处", "思想道德", "低风险",
         "调处过程记录存档，回访当事人。"),
    ]  # fmt: skip
    for n, (d, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, d, post, who, point, typ, lv, measures)
        t.point(sh.name, d, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "liping_property_service_list", "https://www.shoulawyer.com/zhishi/154210.htm",
        "县物业管理服务中心 岗位廉政风险防控一览表, after the source's 住房安全保障 (资金投入, 低成本改造, 施工队伍, 补助资金"
        "支付): ``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 written on EVERY row/"
        "廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


def liping_construction_inspection_register() -> dict:
    unit = f"{PLACE}建筑市场监察大队"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("大队领导", "大队长", "索祎灏", "leader", [
            ("违法建设案件查处中说情放水", "外部环境", "一级", "重大案件集体审议，说情登记。"),
            ("罚没款减免不按程序审批", "制度机制", "二级", "减免须局党组会研究。"),
        ]),
        ("执法一中队", "中队长", "蓟汧璟", "middle", [
            ("巡查发现违法施工不立案", "岗位职责", "一级", "巡查记录仪全程记录，案件系统登记。"),
        ]),
        ("执法一中队", "执法队员", "索琚澐", "general", [
            ("现场检查中吃拿卡要", "思想道德", "二级", "两人以上执法，亮证检查。"),
            ("扣押物品登记保管不规范", "业务流程", "三级", "扣押物品清单签字，专库保管。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for d, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, d, post, who, point, typ, lv, measures)
            t.point(sh.name, d, post, who, tier, point, types_in(typ), GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为一级、二级、三级，一级为最高。", 8)
    sh.add("编制人：", None, "审核人：", None, "2025年4月", None, None, None)
    return _layout(
        "liping_construction_inspection_register", "https://00.wendadaohang.com/zd/D0BrDBDZDBB0IIrTDZB.html",
        "县建筑市场监察大队 廉政风险点排查登记表, after the source's 建筑业企业资质管理规定 (建筑活动监督管理, 建筑市场秩序, "
        "资质许可范围): a title, 序号/科室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 "
        "``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    liping_quality_safety_station_tree(),
    liping_housing_bureau_two_sheets(),
    liping_urban_investment_posts(),
    liping_real_estate_office_selfchecks(),
    liping_housing_security_group_rows(),
    liping_village_construction_cards(),
    liping_property_service_list(),
    liping_construction_inspection_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch808-inbox"))

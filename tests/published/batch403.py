"""The four-hundred-and-third batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 林业 and 旅游
bodies, 太白县 (a mountain county of 宝鸡 under 太白山, in the 秦岭, its staff Han) — the 县林业局, the
县文化和旅游局, the 县太白山景区服务中心, the 林业站 of four of its 镇 (咀头镇, 桃川镇, 鹦鸽镇, 靖口镇, one
file each) and the 县黄柏塬自然保护区管理站 — each handing back the 一览表, 防控卡, 排查表, 责任清单 or
自查表 its staff typed in WPS or Excel:

- the 林业局's file in two sheets: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位`` and ``姓名`` merged per person), ``…风险`` types,
  ``一级/二级/三级``, a 制表/审核/date line under each;
- the 文化和旅游局's 责任清单 under GROUP ROWS ``一、局领导``, ``二、旅游市场管理股``, ``三、资源开发股``,
  ``四、办公室`` merged across (no 股室 column): ``岗位 | 责任人`` merged per person, ``职责事项`` before
  the ``廉政风险点``, short types, ``一级风险/二级风险/三级风险``;
- the 太白山景区服务中心's 一览表 under a title and a merged ``填报单位：…　填报时间：…`` line: ``部门``
  merged (``中心领导``, ``票务部``, ``游客服务部``, ``安全管理部``), ``岗位`` and ``姓名`` merged per
  person, short types, 高/中/低, a 填表人/审核人/date line;
- the 咀头镇林业站's 防控卡, one sheet a holder (tabs named by the post): ``姓　名 | … | 职　务 | …``
  and a merged ``工作职责`` line above ``序号 | 风险点 | 风险等级 | 防控措施``, ``★★★/★★/★`` read by a
  ``注：`` line, no type column, ``持卡人（签字）： | 镇纪委（签字）：``;
- the 桃川镇林业站's 自查表, one sheet a person (tabs named by the holder): ONE row of pairs
  ``姓　名 | … | 岗　位 | … | 填表时间 | …`` above ``序号 | 岗位职责 | 风险点 | 风险类型 | 风险等级 |
  防控措施`` (``岗位职责`` merged over its points), ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``本人签名： |
  站长审核：``;
- the 鹦鸽镇林业站's 排查表 对岗不对人: ``岗位`` merged per post, a short ``风险点`` beside a long
  ``风险表现`` (each column headed), short types, ``高风险/中风险/低风险``; no names;
- the 靖口镇林业站's 一览表 under ``附件1``, a title and a ``填报单位（盖章）：…`` line, written out on
  EVERY row (nothing merged): ``岗位 | 风险点 | 风险类型 | 风险等级 | 防控措施 | 责任人`` with the holder
  in a LAST ``责任人`` column, ``…风险`` types, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line.

One is harder:

- ``taibai_huangbaiyuan_station_named_points``: the 黄柏塬自然保护区管理站's 岗位廉政风险防控一览表, an
  ordinary list in every other way (a title, a merged ``填报单位（盖章）：…　填报时间：2025年8月`` line,
  ``序号 | 股室 | 岗位 | 姓名 | 廉政风险点 | 风险类型 | 风险等级 | 防控措施``, ``股室`` merged, ``岗位``
  and ``姓名`` merged per person, short types, 高/中/低, a 填表人/审核人/date line) — but its POINT
  HEADING ``廉政风险点`` IS ONE CELL MERGED ACROSS TWO FILLED COLUMNS (E–F of the heading row) with NO
  SECOND HEADING ROW, and the point is WRITTEN IN TWO PARTS, ONE A CELL, ON EVERY ROW: the LEFT cell
  (E) holds the point's short NAME (``巡护经费虚报冒领``, ``违规同意进入核心区``, ``野生动物救护经费套取``
  …: 7–13 characters, a risk in itself, one a row, NEVER merged down, no two rows alike), the RIGHT
  cell (F, headless, the merge's covered part) HOW IT SHOWS (a sentence of 25–45 characters:
  ``虚报巡护天数和里程，冒领巡护补助，或将补助发给未实际巡护的人员``). It is how a Word table with a
  ``名称 | 表现`` split under one heading comes out when the second heading row is dropped. The point
  is the short name (the truth convention for a short name beside a long description); the right
  cell is its description. The README's 读得懂的表 knows a short 风险点 beside a long 风险描述 EACH
  HEADED (``风险点 | 风险表现``, as the 鹦鸽镇林业站's list here), ``风险点——表现形式`` and a point and its
  description parted by typed spaces or brackets or fonts IN ONE CELL, ``风险事项 | 廉政风险点`` each
  headed (the one headed 风险点 the point), and a ``廉政风险点`` heading merged over two columns whose
  LEFT one is a WORK ITEM MERGED DOWN over a holder's points and whose right one is the point
  (batch327: there the left is no risk and is shared by several rows, and the right is the point);
  it does not describe a point heading merged over two columns that split EACH POINT into its name
  (left, one a row) and how it shows (right) — where taking the right column, as batch327's rule
  does, gives the description and not the point, and nothing under the heading names either
  column. (``grep -l '风险点名称\\|名称 | 表现\\|named_points' tests/published/batch*.py`` finds only
  headed pairs ``风险点名称 | 风险表现`` (batch25, batch168), a card's label grid (batch265) and a name
  and how it shows in ONE cell (batch389, batch391); no point heading merged over the two parts.)

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 林业厅's 处室 and their duties —
野生动植物保护处, 自然保护区 and 森林公园, 森林防火办公室, 发展计划与资金管理处, 林业资金 监管; what a 旅游局 is
— a government body with 办公室, 市场管理, 产业发展 科室, 旅游市场监管, 旅游服务质量, 旅游安全; a 景区管理制度
— 环境管理, 门票收入 set aside for 环境保护, 景区管理机构, 环境管理工作人员; a 基层林业站's part in 退耕还林 —
组织, 宣传, 保护, 退耕 规划 and 验收; the 生态护林员 — 选聘 公告, 申报 to the 林业工作站, 审定, 公示, 聘请, 管护
劳务协定, 补助; a 县林业局's check of 天然林停伐补助资金 兑现 and 生态护林员 巡护 — 入户核查, 管护站; the
林草局's plan for 林业工作站 — 统一规范管理乡村生态护林员, 培训, 管护责任区, 巡护装备; a 自然保护站's year —
宣教, 源头管控, 精准巡护, 协同共治, 野生动物 救助, 宣传资料) and the layout follows their words for the
unit, its parts, its posts and its risks. The rows are worded by us, the names invented (rare Han
surnames with rare given names, three characters each); every unit is a body of 太白县, named with
the county's name (``unit_words=("太白县",)``: no earlier unit holds it).

Run ``python tests/published/score.py --set batch403`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- the harder list's point is the LEFT cell under ``廉政风险点`` (the short name); the right cell is
  how it shows (no point); its holder is the row's ``姓名``, its 科室 the ``股室``;
- ``局领导`` (the 林业局's sheet of its leaders, named so by its tab and title; the 文旅局's group row),
  ``中心领导`` (the 景区服务中心's 部门 cell) and ``站领导`` (the 管理站's 股室 cell) are the 科室 of those
  leaders; a 局's 股 and 办公室 (``森林防火办公室`` too), a 中心's 部, a 管理站's 股 and 综合办公室 are
  科室; a group row ``二、旅游市场管理股`` gives the 科室 ``旅游市场管理股`` (its number left off);
- the 镇林业站 are units of their own (as batch401's 镇自然资源所 and batch398's 润镇财政所): their
  cards, self-checks and lists name no 科室, and their heads (站长, 副站长) are leaders; the
  黄柏塬自然保护区管理站 and the 太白山景区服务中心 are units of their own too;
- 局长, 副局长, a 中心's 主任 and 副主任, a 站's 站长 and 副站长 are leaders; 股长, 办公室主任, a 部's 部长
  middle; the rest (科员, 会计, 出纳, 售票员, 检票员, 导游讲解员, 安全员, 林业员, 林业技术员, 报账员,
  天然林管护员, 护林员, 巡护员) general;
- ``风险点 | 风险表现`` (the 鹦鸽镇林业站's list): the point is the short 风险点; ``分管工作``,
  ``工作职责``, ``岗位职责`` and ``职责事项`` are no points and name no holder; the 鹦鸽镇林业站's list
  names no person: its forms are posts (对岗不对人); the 靖口镇林业站's last ``责任人`` column is the
  holder of the post on its row;
- ``高/中/低``, ``一级/二级/三级``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★`` (read by the cards' note),
  ``高风险/中风险/低风险``, ``一级风险/二级风险/三级风险`` and bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the 靖口镇林业站's
  note) are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, taller
rows for wrapped cells) and ``truth.json``; no re-saved copies (as batch280 and batch402).
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line
from published.batch287 import _per_person
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b403_"
PLACE = "太白县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"
DATE = "2025年8月"


# --------------------------------------------------------------------------- harder layout

NAMED_NAME = "taibai_huangbaiyuan_station_named_points"
NAMED_UNIT = f"{PLACE}黄柏塬自然保护区管理站"
NAMED_HEAD = (
    "序号",
    "股室",
    "岗位",
    "姓名",
    "廉政风险点",
    None,
    "风险类型",
    "风险等级",
    "防控措施",
)
NAMED_POINT, NAMED_SHOWS = 4, 5  # E (the heading's cell) and F (covered by its merge)

# (股室, 岗位, 姓名, tier, [(风险点 name, how it shows, 类型, 等级, 防控措施)])
NAMED_ROWS = [
    ("站领导", "站长", "郦岫桤", "leader", [
        ("保护区建设项目插手干预", "在保护站基础设施和生态修复项目招标、验收中打招呼，指定施工或供货单位",
         "岗位职责", "高", "项目按规定进场交易，过问插手一律登记报告。"),
        ("生态补偿资金分配不公", "对社区生态补偿资金的分配对象和数额个人说了算，向关系户倾斜",
         "制度机制", "高", "分配方案站务会集体研究，分配结果在社区公示。"),
    ]),
    ("站领导", "副站长", "阙崡柽", "leader", [
        ("违规同意进入核心区", "对未经批准进入核心区、缓冲区开展旅游或采集活动的单位和个人出具同意意见",
         "外部环境", "高", "进入核心区一律按程序报批，审批结果存档备查。"),
        ("科研合作经费管理不严", "与科研单位合作监测时虚列劳务和差旅费用，经费不入账",
         "业务流程", "中", "合作经费纳入单位账户统一核算，定期审计。"),
    ]),
    ("资源保护股", "股长", "笪嵋楩", "middle", [
        ("案件线索压案不查", "对巡护中发现的盗伐林木、非法猎捕线索瞒报、压案，收受当事人好处",
         "思想道德", "高", "案件线索登记编号，移交情况按月通报。"),
        ("巡护记录审核走过场", "对巡护员的巡护轨迹和记录不核实即签字，致使虚报巡护得不到纠正",
         "岗位职责", "中", "巡护轨迹系统比对，每月抽查不少于三成。"),
    ]),
    ("资源保护股", "巡护员", "隗峄椤", "general", [
        ("巡护经费虚报冒领", "虚报巡护天数和里程，冒领巡护补助，或将补助发给未实际巡护的人员",
         "业务流程", "中", "巡护补助按定位系统记录核发，名单公示。"),
        ("私自放行违法人员", "在卡点检查中收受好处，私自放行携带野生动植物及其制品的人员",
         "外部环境", "低", "卡点检查两人以上，执法记录仪全程记录。"),
    ]),
    ("社区宣教股", "股长", "厍岍枞", "middle", [
        ("野生动物救护经费套取", "虚报救护野生动物的只数和饲养天数，套取救护和饲养经费",
         "制度机制", "中", "救护登记拍照留存，经费凭救护记录报销。"),
        ("宣传资料印制指定厂家", "宣传手册、展板的印制不询价，长期指定同一家厂家并收受回扣",
         "思想道德", "低", "印制项目三家以上询价，结果站内公示。"),
    ]),
    ("综合办公室", "会计", "缑嵝梣", "general", [
        ("管护资金支付审核不严", "对天然林管护、护林防火等资金的支付凭证审核不严，虚列支出",
         "岗位职责", "中", "支付凭证会计、站长双签，每季度内审抽查。"),
    ]),
]  # fmt: skip


def taibai_huangbaiyuan_station_named_points() -> dict:
    unit = NAMED_UNIT
    width = len(NAMED_HEAD)
    sh = _Sheet("一览表", [6, 11, 9, 9, 22, 40, 10, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", width)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：{DATE}", width)
    r = sh.add(*NAMED_HEAD)
    sh.merge(r, NAMED_POINT, r, NAMED_SHOWS)  # one heading cell over the two parts, no second row
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in NAMED_ROWS:
        for name, shows, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, name, shows, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, name, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, None, None, DATE, None)
    return _layout(
        NAMED_NAME, "http://www.biganzicankao.cn/index/article/detail/detail_id/117129.html",
        "(harder) 县黄柏塬自然保护区管理站 岗位廉政风险防控一览表, after the source's year of a 自然保护站 (宣教, 源头管控, "
        "精准巡护, 协同共治, 野生动物 救助): a title, a merged ``填报单位（盖章）：…　填报时间：2025年8月`` line, then 序号/股室 "
        "merged (站领导, 资源保护股, 社区宣教股, 综合办公室)/岗位 and 姓名 merged per person/``廉政风险点`` ONE HEADING CELL "
        "MERGED OVER TWO FILLED COLUMNS with no second heading row: the LEFT cell of every row the point's short NAME (one "
        "a row, never merged), the RIGHT, headless, HOW IT SHOWS (a long sentence)/风险类型 (short names)/风险等级 "
        "高/中/低/防控措施; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def taibai_forestry_bureau_two_sheets() -> dict:
    unit = f"{PLACE}林业局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 22, 38, 13, 9, 32])
    _line(lead, f"{unit}局领导廉政风险防控表", 8)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "风险类型", "风险等级", "防控措施")
    leaders = [
        ("谯嶙柘", "局长", "主持全面工作", [
            ("林业项目资金安排不经党组会集体研究", "制度机制风险", "一级", "项目资金安排经党组会研究，会议纪要存档。"),
            ("干部选拔和站所负责人调整搞个人意志", "思想道德风险", "一级", "干部调整按程序动议、考察、公示。"),
        ]),
        ("逄崿栊", "副局长", "分管林政资源、森林防火", [
            ("林木采伐指标分配向关系人倾斜", "岗位职责风险", "一级", "采伐指标分配方案公开，结果公示。"),
            ("征占用林地审核把关不严", "业务流程风险", "二级", "现场查验两人以上，审核意见集体研究。"),
        ]),
        ("麴嶓梽", "副局长", "分管野生动植物保护、计划财务", [
            ("野生动物人工繁育许可违规审批", "岗位职责风险", "二级", "许可条件公开，审批结果网上公示。"),
            ("接受管理对象宴请和礼品", "外部环境风险", "三级", "节前廉洁提醒，拒收登记。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, typ, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, typ, lv, measures)
            t.point(lead.name, "局领导", post, who, "leader", point, types_in(typ), GRADES[lv])
    _per_person(lead, first, None, 1, 2, 3)
    lead.add("制表：", None, "审核：", None, None, None, DATE, None)
    staff = _Sheet("股室", [6, 14, 12, 9, 38, 13, 9, 32])
    _line(staff, f"{unit}股室廉政风险防控表", 8)
    staff.add("序号", "股室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("林政资源股", "股长", "暨峦桁", "middle", [
            ("林木采伐许可现场核查不实", "岗位职责风险", "一级", "伐前核查拍照留存，核查记录与许可证一并归档。"),
            ("木材运输证明违规开具", "业务流程风险", "二级", "运输证明系统开具，按月比对采伐量。"),
        ]),
        ("林政资源股", "科员", "仉崚桲", "general", [
            ("林地变更数据录入不实", "岗位职责风险", "三级", "数据变更凭审批文件录入，股长复核。"),
        ]),
        ("森林防火办公室", "主任", "郏嵚楦", "middle", [
            ("防火物资采购指定供应商", "外部环境风险", "二级", "物资采购三家以上询价，验收双人签字。"),
            ("扑火队员补助虚报人数", "制度机制风险", "二级", "补助名单各镇核实并公示。"),
        ]),
        ("野生动植物保护股", "股长", "訾岣梃", "middle", [
            ("野生动物致害补偿核定不实", "业务流程风险", "一级", "入户核查两人以上，补偿名单村组公示。"),
        ]),
        ("计划财务股", "会计", "檀峒椋", "general", [
            ("造林补助资金拨付审核不严", "制度机制风险", "二级", "拨付凭验收合格单，资金直达林农账户。"),
        ]),
    ]  # fmt: skip
    first = len(staff.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            staff.add(n, dept, post, who, point, typ, lv, measures)
            t.point(staff.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    _per_person(staff, first, 1, 2, 3)
    staff.add("制表：", None, "审核：", None, None, None, DATE, None)
    return _layout(
        "taibai_forestry_bureau_two_sheets", "http://www.fymate.net/html/text/lar/169096/16909685_2.html",
        "县林业局 file in two sheets after the source's 林业厅 处室 and their duties (野生动植物保护处, 自然保护区, 森林防火办公室, "
        "发展计划与资金管理处): ``局领导`` (a title, 序号/姓名, 职务 and 分管工作 merged per leader/风险点/风险类型 ``…风险``/风险等级/"
        "防控措施) and ``股室`` (a title, 序号/股室 merged/岗位 and 姓名 merged per person/风险点/风险类型/风险等级/防控措施); "
        "``一级/二级/三级``; a 制表/审核/date line under each",
        [lead, staff], t,
    )  # fmt: skip


def taibai_culture_tourism_bureau_groups() -> dict:
    unit = f"{PLACE}文化和旅游局"
    sh = _Sheet("责任清单", [6, 10, 9, 16, 36, 10, 11, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add("序号", "岗位", "责任人", "职责事项", "廉政风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、局领导", "局领导", [
            ("局长", "嵇岚槭", "leader", [
                ("重大事项决策", "全域旅游项目资金安排不经党组会研究", "制度机制", "一级风险", "项目资金安排集体研究，结果公开。"),
            ]),
            ("副局长", "羿崆楝", "leader", [
                ("A级景区创建", "景区创建提升项目验收降低标准", "岗位职责", "二级风险", "验收邀请专家参加，验收结论公示。"),
                ("节会活动组织", "旅游节会活动承办单位指定，费用虚高", "外部环境", "一级风险", "承办单位比选确定，费用审计。"),
            ]),
        ]),
        ("二、旅游市场管理股", "旅游市场管理股", [
            ("股长", "殳岑棂", "middle", [
                ("旅行社检查", "对旅行社违规经营检查走过场，接受宴请", "思想道德", "二级风险", "检查两人以上，检查记录存档。"),
                ("旅游投诉处理", "投诉处理偏袒经营者，久拖不办", "业务流程", "三级风险", "投诉登记编号，处理结果回访。"),
            ]),
        ]),
        ("三、资源开发股", "资源开发股", [
            ("股长", "蒯嶂桐", "middle", [
                ("农家乐星级评定", "星级评定打分照顾关系户", "岗位职责", "二级风险", "评定标准公开，评分结果公示。"),
            ]),
            ("科员", "佴岷楸", "general", [
                ("旅游奖补资金申报", "奖补申报材料审核不严，重复申报", "业务流程", "三级风险", "申报材料实地核查，系统比对。"),
            ]),
        ]),
        ("四、办公室", "办公室", [
            ("办公室主任", "璩峤棣", "middle", [
                ("公务接待和车辆管理", "公务接待超标准，公车私用", "制度机制", "三级风险", "接待事前审批，派车单按月核对。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, dept, people in groups:
        _line(sh, shown, 8)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for duty, point, typ, lv, measures in points:
                n += 1
                sh.add(n, post, who, duty, point, typ, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), RISKS[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, None, "审核：", None, None, DATE, None)
    return _layout(
        "taibai_culture_tourism_bureau_groups", "https://travel.nctoro.com/tag_lvyoujushuyushenmedanwei",
        "县文化和旅游局 廉政风险防控责任清单 under GROUP ROWS ``一、局领导`` … ``四、办公室`` merged across (no 股室 column), "
        "after the source's account of a 旅游局 (办公室, 市场管理 and 产业发展 科室, 旅游市场监管, 旅游服务质量): a title, then "
        "序号/岗位 and ``责任人`` merged per person/``职责事项``/廉政风险点/风险类型 (short names)/风险等级 ``一级风险/二级风险/"
        "三级风险``/防控措施; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def taibai_scenic_center_list() -> dict:
    unit = f"{PLACE}太白山景区服务中心"
    sh = _Sheet("一览表", [6, 12, 10, 9, 38, 10, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：{DATE}", 8)
    sh.add("序号", "部门", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "禚峣槐", "leader", [
            ("景区环境保护资金挤占挪用", "制度机制", "高", "环保资金专账核算，使用情况年度公开。"),
            ("景区经营项目招商中暗箱操作", "外部环境", "高", "招商方案集体研究，结果公示。"),
        ]),
        ("中心领导", "副主任", "甯嵘梧", "leader", [
            ("游客服务设施维修化整为零", "业务流程", "中", "维修项目按限额标准采购，验收三人签字。"),
        ]),
        ("票务部", "部长", "冼巍栎", "middle", [
            ("门票优惠减免审批不严", "岗位职责", "高", "优惠减免凭证件登记，每日与系统核对。"),
            ("团队票结算与旅行社串通", "外部环境", "中", "团队票系统结算，按月对账。"),
        ]),
        ("票务部", "售票员", "於岌楂", "general", [
            ("收款不出票、售旧票", "思想道德", "高", "电子票全覆盖，监控全程录像。"),
        ]),
        ("游客服务部", "导游讲解员", "竺峋樨", "general", [
            ("带客逃票收取好处", "思想道德", "中", "讲解员凭派单上岗，游客回访。"),
        ]),
        ("安全管理部", "部长", "酆崧楫", "middle", [
            ("安全设施采购验收不严", "业务流程", "低", "采购与验收分离，验收记录存档。"),
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
    sh.add("填表人：", None, None, "审核人：", None, None, DATE, None)
    return _layout(
        "taibai_scenic_center_list", "https://www.fanwen9.com/zhidu/629937.html",
        "县太白山景区服务中心 岗位廉政风险防控一览表 after the source's 景区管理制度 (环境管理, 门票收入 set aside for 环境保护, "
        "景区管理机构): a title, a merged ``填报单位：…　填报时间：2025年8月`` line, then 序号/部门 merged (中心领导, 票务部, "
        "游客服务部, 安全管理部)/岗位 and 姓名 merged per person/风险点/风险类型 (short names)/风险等级 高/中/低/防控措施; "
        "a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def taibai_zuitou_station_cards() -> dict:
    unit = f"{PLACE}咀头镇林业站"
    t = _Truth(unit)
    cards = [
        ("站长", "敖岱桦", "leader", "主持林业站全面工作，负责退耕还林、公益林管护和资金兑付", [
            ("退耕还林验收面积虚报", "★★★", "验收面积GPS实测，验收结果村组公示。"),
            ("公益林补偿资金兑付优亲厚友", "★★★", "兑付名单公示，资金一卡通直达。"),
            ("林业站办公经费使用不规范", "★", "经费支出站内公开，镇财政所审核。"),
        ]),
        ("副站长", "俟峄梓", "leader", "协助站长工作，负责林木采伐伐前调查和护林防火", [
            ("伐前调查设计不实", "★★", "调查设计双人完成，县局抽查复核。"),
            ("护林防火检查中收受好处", "★★", "检查记录拍照留存，签订廉洁承诺。"),
        ]),
        ("林业技术员", "昝嵛楷", "general", "负责造林质量检查和林业技术推广", [
            ("造林成活率检查弄虚作假", "★★", "检查样地随机抽取，数据存档。"),
            ("推广苗木种子指定供应商", "★", "苗木统一招标，发放登记签字。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, tier, work, points in cards:
        sh = _Sheet(post, [6, 36, 10, 32])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", post)
        r = sh.add("工作职责", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(points, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：风险等级★★★为高，★★为中，★为低。", 4)
        sh.add("持卡人（签字）：", None, "镇纪委（签字）：", None)
        sheets.append(sh)
    return _layout(
        "taibai_zuitou_station_cards", "https://www.fx361.cc/page/2019/0325/4904093.shtml",
        "镇林业站 岗位廉政风险防控卡, one sheet a holder (tabs 站长, 副站长, 林业技术员), after the source's piece on the 基层林业站 "
        "in 退耕还林 (组织, 宣传, 保护, 验收): a title, ``姓　名 | … | 职　务 | …`` and a merged ``工作职责`` line, then 序号/风险点/"
        "风险等级 ``★★★/★★/★``/防控措施; no type column; a merged ``注：`` line on the stars and ``持卡人（签字）： | "
        "镇纪委（签字）：``",
        sheets, t,
    )  # fmt: skip


def taibai_taochuan_station_selfchecks() -> dict:
    unit = f"{PLACE}桃川镇林业站"
    t = _Truth(unit)
    people = [
        ("钭巘樟", "站长", "leader", [
            ("主持林业站工作，负责生态护林员选聘审定", [
                ("生态护林员选聘审定中优亲厚友", "思想道德风险", "Ⅰ级", "选聘条件公开，拟聘名单村组公示。"),
                ("护林员考核结果不经集体研究", "制度机制风险", "Ⅱ级", "考核结果站务会研究，报镇政府审定。"),
            ]),
        ]),
        ("郗峁栝", "林业员", "general", [
            ("负责管护责任区划定和巡护检查", [
                ("巡护检查记录弄虚作假", "岗位职责风险", "Ⅱ级", "巡护检查拍照定位，记录按月归档。"),
                ("接受申报对象宴请和礼品", "外部环境风险", "Ⅲ级", "签订廉洁承诺书，节前提醒。"),
            ]),
        ]),
        ("蓟嵯梵", "报账员", "general", [
            ("负责护林员补助和站内经费报账", [
                ("护林员补助发放名单不实", "业务流程风险", "Ⅰ级", "补助名单与聘用合同逐一核对，发放到卡。"),
                ("报账票据审核不严", "岗位职责风险", "Ⅲ级", "票据经手人、证明人、站长三签。"),
            ]),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, duties in people:
        sh = _Sheet(who, [6, 22, 36, 14, 9, 32])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        sh.add(f"姓{GAP}名", who, f"岗{GAP}位", post, "填表时间", DATE)
        sh.add("序号", "岗位职责", "风险点", "风险类型", "风险等级", "防控措施")
        first = len(sh.rows)
        n = 0
        for duty, points in duties:
            for point, typ, lv, measures in points:
                n += 1
                sh.add(n, duty, point, typ, lv, measures)
                t.point(sh.name, "", post, who, tier, point, types_in(typ), ROMAN[lv])
        _per_person(sh, first, None, 1)
        sh.add()
        sh.add("本人签名：", None, None, "站长审核：", None, None)
        sheets.append(sh)
    return _layout(
        "taibai_taochuan_station_selfchecks", "http://isoyu.com/archives/135300.html",
        "镇林业站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's account of the 生态护林员 "
        "(选聘 公告, 申报 to the 林业工作站, 审定, 公示, 聘请, 补助): a title, ONE row of pairs ``姓　名 | … | 岗　位 | … | 填表时间 | "
        "…``, then 序号/``岗位职责`` merged over its points/风险点/风险类型 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; a blank "
        "row and ``本人签名： | 站长审核：``",
        sheets, t,
    )  # fmt: skip


def taibai_yingge_station_posts() -> dict:
    unit = f"{PLACE}鹦鸽镇林业站"
    sh = _Sheet("排查表", [6, 12, 16, 36, 10, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站长", "leader", [
            ("停伐补助资金兑现", "天然林停伐补助资金兑现名单不经公示，向亲友多报面积", "制度机制", "高风险",
             "兑现名单入户核查并公示，资金直达农户。"),
            ("管护站人员调配", "天然林管护站人员调配凭个人好恶", "思想道德", "中风险", "人员调配站务会研究。"),
        ]),
        ("林业员", "general", [
            ("入户核查", "入户核查走过场，核查表代签", "岗位职责", "中风险", "核查两人以上，农户本人签字。"),
        ]),
        ("天然林管护员", "general", [
            ("巡护报酬申领", "不巡护或少巡护仍全额申领报酬", "业务流程", "高风险", "巡护轨迹系统考核，报酬按考核发放。"),
            ("发现问题不报告", "对乱砍滥伐、违规用火隐瞒不报", "外部环境", "低风险", "发现问题当日上报，定期回访。"),
        ]),
        ("报账员", "general", [
            ("补助资金台账", "补助资金台账与银行发放记录不一致", "业务流程", "中风险", "台账按月与银行记录核对。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, tier, points in rows:
        for point, desc, typ, lv, measures in points:
            n += 1
            sh.add(n, post, point, desc, typ, lv, measures)
            t.point(sh.name, "", post, "", tier, point, types_in(typ), BANDS[lv])
    _per_person(sh, first, None, 1)
    sh.add("编制：", None, "审核：", None, None, DATE, None)
    return _layout(
        "taibai_yingge_station_posts", "http://yc.cnhubei.com/content/2024-01/11/content_17248595.html",
        "镇林业站 岗位廉政风险点排查表 对岗不对人, after the source's 县林业局 check of 天然林停伐补助资金 兑现 and 生态护林员 "
        "巡护 (入户核查, 管护站): a title, 序号/岗位 merged per post/a short 风险点/a long ``风险表现`` (each headed)/风险类型 "
        "(short names)/风险等级 ``高风险/中风险/低风险``/防控措施; no names; an ``编制： | 审核： | 2025年8月`` line",
        [sh], t,
    )  # fmt: skip


def taibai_jingkou_station_every_row() -> dict:
    unit = f"{PLACE}靖口镇林业站"
    sh = _Sheet("一览表", [6, 14, 38, 13, 9, 32, 9])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：{DATE}", 7)
    sh.add("序号", "岗位", "风险点", "风险类型", "风险等级", "防控措施", "责任人")
    rows = [
        ("站长", "亓巉檗", "leader", "生态护林员管护责任区划分不公", "制度机制风险", "Ⅰ", "责任区划分方案公开，村组评议。"),
        ("站长", "亓巉檗", "leader", "护林员培训经费虚列", "业务流程风险", "Ⅱ", "培训凭签到表和影像资料报销。"),
        ("副站长", "宓崦栩", "leader", "巡护装备采购指定供应商", "外部环境风险", "Ⅱ", "装备采购询价三家，验收登记。"),
        ("林业员", "郜峱桉", "general", "护林员日常管理考勤不实", "岗位职责风险", "Ⅲ", "考勤以巡护系统为准，按月公示。"),
        ("林业员", "郜峱桉", "general", "林权纠纷调处偏袒一方", "思想道德风险", "Ⅱ", "调处两人以上，结果书面告知。"),
        ("护林员", "眭嵫椐", "general", "收受好处放任违规用火", "思想道德风险", "Ⅰ", "签订廉洁承诺，违规用火一律上报。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, point, typ, lv, measures, who)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), BARE[lv])
    _line(sh, "注：风险等级Ⅰ为高，Ⅱ为中，Ⅲ为低。", 7)
    sh.add("填表人：", None, "审核人：", None, DATE, None, None)
    return _layout(
        "taibai_jingkou_station_every_row", "https://www.zhongdapx.com/xinwenzixun/gongsidongtai/4517.html",
        "镇林业站 岗位廉政风险防控一览表, after the source's 林业工作站 plan (统一规范管理乡村生态护林员, 培训, 管护责任区, 巡护装备): "
        "``附件1``, a title, a merged ``填报单位（盖章）：…　填报时间：2025年8月`` line, then 序号/岗位 written out on EVERY row "
        "(nothing merged)/风险点/风险类型 ``…风险``/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施/a LAST ``责任人`` column written on "
        "every row; a ``注：`` line on the grades and a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    taibai_huangbaiyuan_station_named_points(),
    taibai_forestry_bureau_two_sheets(),
    taibai_culture_tourism_bureau_groups(),
    taibai_scenic_center_list(),
    taibai_zuitou_station_cards(),
    taibai_taochuan_station_selfchecks(),
    taibai_yingge_station_posts(),
    taibai_jingkou_station_every_row(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch403-inbox"))

"""The four-hundred-and-ninth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 交通 and 水利
bodies, 山阳县 (a county of 商洛 on the 金钱河, its staff Han) — the 县交通运输局, the 县水利局, the
县公路管理段, the 县水土保持工作站 and four 镇水利站 (漫川关镇, 高坝店镇, 中村镇, 银花镇) — each handing
back the 一览表, 防控卡, 排查表, 责任清单, 自查表 or 措施台账 its staff typed in WPS or Excel:

- the 交通运输局's file in two sheets: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位`` and ``姓名`` merged per person), ``一级/二级/三级``, no type
  column, a 制表/审核/date line under each;
- the 水利局's 一览表 under a title and a merged ``填报单位：…　填报时间：…`` line: ``科室`` merged
  (``局领导``, ``工程建设管理股``, ``水政监察大队``, ``办公室``), ``岗位`` and ``姓名`` merged per person,
  short types, 高/中/低, a 填表人/审核人/date line;
- the 公路管理段's 防控卡, one sheet a holder (tabs named by the post): ``姓　名 | … | 职　务 | …`` over
  ``所在股室 | … | 填卡时间 | …`` above ``序号 | 风险点 | 风险等级 | 防控措施``, ``★★★/★★/★`` read by a
  ``注：`` line, no type column, ``持卡人（签字）： | … | 段长（签字）：``;
- the 水土保持工作站's 自查表, one sheet a person (tabs named by the holder): a row of labels ``姓　名 |
  所在股室 | 岗　位 | 填表时间`` over a row of their values, then ``序号 | 工作职责 | 风险点 | 风险类型 |
  风险等级 | 防控措施`` (``工作职责`` merged over its points), ``…风险`` types, ``一级风险/二级风险/三级风险``,
  ``本人签名： | … | 站长审核：``;
- the 漫川关镇水利站's 排查表 对岗不对人: no 科室 column, ``岗位`` merged per post, a short ``风险点``
  beside a long ``风险表现``, short types, ``高风险/中风险/低风险``; no names;
- the 高坝店镇水利站's 责任清单 under GROUP ROWS ``一、站领导``, ``二、工程管理组``, ``三、综合组`` merged
  across (no 科室 column): ``岗位 | 责任人`` merged per person, ``职责事项`` before the ``廉政风险点``,
  short types, ``Ⅰ级/Ⅱ级/Ⅲ级``;
- the 中村镇水利站's 一览表 under ``附件1``, a title and a ``填报单位（盖章）：…`` line, written out on EVERY
  row (nothing merged, no 科室 column): ``岗位 | 风险点 | 风险类型 | 风险等级 | 防控措施 | 责任人`` with the
  holder in a LAST ``责任人`` column, ``…风险`` types, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line.

One is harder:

- ``shanyang_yinhua_water_station_point_lines``: the 银花镇水利站's 岗位廉政风险防控措施台账, one sheet a
  holder (tabs ``站长``, ``技术员``, ``报账员``; ``姓　名 | … | 职　务 | …`` and a merged ``所在单位 | …``
  line above), whose only heading is ``序号 | 防控措施 | 防控环节 | 落实时限`` — it has NO point column, no
  level column and no type column. EACH POINT IS A LINE OF ITS OWN, one cell merged across the whole
  table, that carries the point with its level and its type behind labels and two full-width spaces:
  ``风险点1：小型水库维修养护项目不经站务会研究，指定养护队伍　　风险等级：一级　　风险类型：制度机制风险``;
  UNDER IT STAND ITS OWN MEASURES, one a row, numbered ``1``, ``2``, ``3`` again under every point, each
  with its stage (``事前/事中/事后``) and its time limit (``长期坚持``, ``每季度`` …). So the table's rows
  are measures, and the points are the merged lines between them — the shape of a 防控手册's paragraphs
  (``风险点一：…　风险等级：…　防控措施：1.… 2.…``) typed into a grid. The README's 读得懂的表 knows a
  point and its measures in ONE CELL (``风险点：…⏎防控措施：…``, ``风险点1：…⏎防控措施1：…⏎风险点2：…``,
  ``风险点。对策：…``, a point with its numbered measures below it in the cell), a ``风险点及防控措施``
  (``廉政风险点及防控措施``) COLUMN in which a point's numbered measures ``（1）…`` follow it in rows of
  their own, measures one a row in a MEASURES column beside a point cell (merged down over them, or
  not), one labelled row ``防控措施：⏎1.…`` closing a person's points, a card a point (一点一卡: a grid of
  label–value cells ``风险点名称 | … | 风险等级 | …``), ``风  险:``/``风险等级:``/``措  施:`` one a row,
  group rows that ARE the points over the POSTS sharing them (``责任部门 | 责任岗位 | 责任人 | 风险等级 |
  本岗位防控措施`` with no point column), and group rows ending ``（风险等级：高）`` that set the level of
  the POINTS below them. It does not describe a point written as a labelled merged line (point, level
  and type in one cell) whose rows below are its MEASURES under a heading that has no point column:
  here the rows under the line are not points and not posts, and the line is not a group heading
  of points but the point itself. ``grep -l`` over tests/published/batch*.py for ``风险点1：`` and
  ``风险点一：`` finds only cells holding a point AND its measures (batch284's pairs and the batches that
  cite them), for ``措施台账`` nothing; the nearest, batch354's harder, keeps its measures in a SECOND
  table below the points (``序号 | 对应风险点 | 防控措施 | 落实时限``) keyed back by the points' numbers,
  while its points stand in a table of their own with a point column; here no table has one.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 农村客运补贴资金和城市交通发展奖励资金
管理办法 — 补贴, 运营里程, 班次, 资金拨付; a 县水利局's 小型水库维修养护 物业化管理 — two 标段, 基本项目 and
调整项目, 管护员, 安全度汛; a note on 道路养护 — the 公路管理机构, 路面修复, 桥梁维护, 边坡治理, 县道县养; a
paper on the 水土保持补偿费 制度 — 征收主体, 范围和标准, 减免, 使用管理; a 市水利局's 验收 of 泵站 and 圩堤
管护 试点 — 管护现场, 设备完好, 运行记录, 专人巡查; two notes on the 农业水利站站长 — 水资源调配, 灌溉工程,
节水灌溉 推广, 设施维护, 灾害应对; a note on 水利工程运行管理 — 小型水库 除险加固, 专业化管护, 政府购买服务)
and the layout follows their words for the unit, its parts, its posts and its risks. The rows are
worded by us, the names invented (rare Han surnames with rare given names, three characters each);
every unit is a body of 山阳县, named with the county's name (no earlier unit holds ``山阳县``; the 镇 —
漫川关镇, 高坝店镇, 中村镇, 银花镇 — are towns of the county).

Run ``python tests/published/score.py --set batch409`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each merged line ``风险点N：…　　风险等级：…　　风险类型：…`` is ONE point of the
  sheet's holder: the point is the text between ``风险点N：`` and the first run of full-width spaces
  (the label and the number left off), its level the word after ``风险等级：``, its type the one after
  ``风险类型：``; the rows under the line (``序号 | 防控措施 | 防控环节 | 落实时限``) are that point's
  MEASURES and no points; ``事前/事中/事后`` and the time limits are neither point nor level; the
  holder has no 科室 (the card names only the 所在单位, the station itself);
- a 镇水利站 is a unit of its own (the county 水利局's body in the 镇), named ``山阳县漫川关镇水利站`` and
  so on; its posts stand without a 科室, but in the 高坝店镇水利站's list, whose group rows ``一、站领导``,
  ``二、工程管理组``, ``三、综合组`` give the 科室 (their numbers left off), as batch406 took ``二、药剂科``;
- ``局领导`` (the 交通运输局's sheet of its leaders, named so by its tab and title, and the 水利局's 科室
  cell), ``段领导`` (the 公路管理段's 所在股室 of its 段长) and ``站领导`` (the 水土保持工作站's 所在股室 and the
  高坝店镇水利站's group row) are the 科室 of those leaders; a 局's 股 and 办公室, its 水政监察大队, a 段's
  股 and 道班, a 站's 股 and 组 are 科室;
- 局长, 副局长, the 段长 of the 公路管理段, 站长 and 副站长 of a 站 are leaders; 股长, 养护股股长 and a
  组's 组长 middle; the rest (科员, 会计, 执法队员, 道班班长, 监测员, 技术员, 报账员) general;
- ``风险点 | 风险表现`` (the 漫川关镇水利站's list): the point is the short 风险点; ``分管工作``,
  ``工作职责``, ``职责事项``, ``填卡时间`` are no points and name no holder; the 漫川关镇水利站's list
  names no person: its forms are posts (对岗不对人); the 中村镇水利站's last ``责任人`` column is the
  holder of the post on its row;
- ``一级/二级/三级`` (also after ``风险等级：``), 高/中/低, ``★★★/★★/★`` (read by the cards' note),
  ``一级风险/二级风险/三级风险``, ``高风险/中风险/低风险``, ``Ⅰ级/Ⅱ级/Ⅲ级`` and bare ``Ⅰ/Ⅱ/Ⅲ`` (read by
  the 中村镇水利站's note) are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, taller
rows for wrapped cells) and ``truth.json``; no re-saved copies (as batch280 and batch406).
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line
from published.batch287 import _per_person
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b409_"
PLACE = "山阳县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"
DATE = "2025年9月"


# --------------------------------------------------------------------------- harder layout

LINES_NAME = "shanyang_yinhua_water_station_point_lines"
LINES_UNIT = f"{PLACE}银花镇水利站"
LINES_HEAD = ("序号", "防控措施", "防控环节", "落实时限")
POINT_LABEL = "风险点{n}："
LEVEL_LABEL = "风险等级："
TYPE_LABEL = "风险类型："

# (tab, 姓名, 职务, tier, [(风险点, 等级, 类型, [(防控措施, 环节, 时限)])])
LINES_CARDS = [
    ("站长", "亢翎峣", "站长", "leader", [
        ("小型水库维修养护项目不经站务会研究，指定养护队伍", "一级", "制度机制风险", [
            ("养护项目和队伍选定提交站务会集体研究，会议记录存档。", "事前", "长期坚持"),
            ("养护队伍按镇政府采购程序比选，结果在镇政务公开栏公示。", "事中", "每个项目"),
            ("项目完成后报镇纪委备案，接受审计。", "事后", "每年12月"),
        ]),
        ("小型农田水利工程验收时降低标准，签认虚报工程量", "一级", "岗位职责风险", [
            ("验收由镇水利站、村委会和受益群众代表三方共同进行。", "事中", "每个项目"),
            ("工程量现场丈量，影像资料随验收单归档。", "事后", "每个项目"),
        ]),
        ("接受施工队伍宴请和礼品", "三级", "思想道德风险", [
            ("每年签订廉洁承诺书，节前开展廉洁提醒。", "事前", "每年1月"),
            ("收受礼品礼金一律登记上交。", "事后", "长期坚持"),
        ]),
    ]),
    ("技术员", "扈沣琰", "技术员", "general", [
        ("水库汛期巡查记录补记、漏记，隐患不报", "二级", "岗位职责风险", [
            ("巡查实行定位打卡，巡查记录当日上传。", "事中", "汛期每日"),
            ("站长每周抽查巡查记录，隐患台账限期销号。", "事后", "汛期每周"),
        ]),
        ("渠道维修材料用量计算不实，为施工方多算工程量", "二级", "业务流程风险", [
            ("材料用量按设计图纸计算，站长复核签字。", "事前", "每个项目"),
            ("剩余材料清点入库，账物核对。", "事后", "每个项目"),
        ]),
    ]),
    ("报账员", "檀溯岑", "报账员", "general", [
        ("水库管护员补助发放不按考核结果，虚报冒领", "一级", "业务流程风险", [
            ("补助按季度考核结果核定，发放名单村内公示五天。", "事前", "每季度"),
            ("补助通过“一卡通”直接发放到人。", "事中", "每季度"),
        ]),
        ("报销凭证审核不严，白条入账", "三级", "制度机制风险", [
            ("报销单据经手人、验收人、站长三签，白条一律不予报销。", "事中", "长期坚持"),
            ("每半年与镇财政所对账一次。", "事后", "每年6月、12月"),
        ]),
    ]),
]  # fmt: skip


def point_line(n: int, point: str, level: str, typ: str) -> str:
    """The merged line that carries a point, its level and its type, as the station typed it."""
    return (
        f"{POINT_LABEL.format(n=n)}{point}{GAP * 2}{LEVEL_LABEL}{level}{GAP * 2}{TYPE_LABEL}{typ}"
    )


def shanyang_yinhua_water_station_point_lines() -> dict:
    unit = LINES_UNIT
    t = _Truth(unit)
    sheets = []
    for tab, who, post, tier, points in LINES_CARDS:
        sh = _Sheet(tab, [6, 46, 10, 14])
        _line(sh, f"{unit}岗位廉政风险防控措施台账", 4)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", post)
        r = sh.add("所在单位", unit, None, None)
        sh.merge(r, 1, r, 3)
        sh.add(*LINES_HEAD)
        for n, (point, level, typ, measures) in enumerate(points, 1):
            _line(sh, point_line(n, point, level, typ), 4)
            for i, (measure, stage, when) in enumerate(measures, 1):
                sh.add(i, measure, stage, when)
            t.point(sh.name, "", post, who, tier, point, types_in(typ), GRADES[level])
        sh.add()
        sh.add("持卡人（签字）：", None, "镇水利站（盖章）", None)
        sh.add(None, None, DATE, None)
        sheets.append(sh)
    return _layout(
        LINES_NAME, "https://ntlib.org.cn/asset/detail/0/2031182647281",
        "(harder) 镇水利站 岗位廉政风险防控措施台账, one sheet a holder (tabs 站长, 技术员, 报账员), after the source's note "
        "on 水利工程运行管理 (小型水库 除险加固, 专业化管护, 运行管护, 政府购买服务): a title, ``姓　名 | … | 职　务 | …`` "
        "and a merged ``所在单位 | …`` line, then a heading ``序号 | 防控措施 | 防控环节 | 落实时限`` with NO point column; "
        "EACH POINT IS A LINE merged across the table, ``风险点1：…　　风险等级：一级　　风险类型：岗位职责风险``, OVER ITS "
        "OWN MEASURES, one a row, numbered 1, 2, 3 again under each point (``事前/事中/事后``, a time limit); "
        "``持卡人（签字）： | 镇水利站（盖章）`` and a date below",
        sheets, t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def shanyang_transport_bureau_two_sheets() -> dict:
    unit = f"{PLACE}交通运输局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 22, 38, 9, 32])
    _line(lead, f"{unit}局领导廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "风险等级", "防控措施")
    leaders = [
        ("暨峋璟", "局长", "主持全面工作", [
            ("交通建设项目和资金安排不经党组会集体研究", "一级", "项目和资金安排经党组会研究，纪要存档。"),
            ("对局属单位工程项目打招呼、插手干预", "一级", "插手干预重大事项记录报告，项目一律进场交易。"),
        ]),
        ("隗琤翊", "副局长", "分管运输管理、农村客运", [
            ("农村客运补贴资金核定不按运营里程和班次", "一级", "补贴按GPS运营数据核定，结果公示。"),
            ("道路运输经营许可降低条件", "二级", "许可材料两级审核，办理结果网上公开。"),
        ]),
        ("郦沄珩", "副局长", "分管公路建设、养护", [
            ("农村公路建设项目验收把关不严", "二级", "验收组吸收监理、乡镇和群众代表参加。"),
            ("接受施工企业宴请、礼品", "三级", "签订廉洁承诺书，拒收登记。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "局领导", post, who, "leader", point, [], GRADES[lv])
    _per_person(lead, first, None, 1, 2, 3)
    lead.add("制表：", None, "审核：", None, None, DATE, None)
    staff = _Sheet("股室", [6, 16, 10, 9, 38, 9, 32])
    _line(staff, f"{unit}股室廉政风险防控表", 7)
    staff.add("序号", "股室", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("运输管理股", "股长", "胥淏琮", "middle", [
            ("出租汽车、客运班线经营权审核不严", "一级", "经营权配置公开招投标，审核结果公示。"),
            ("农村客运补贴申报材料审核走过场", "二级", "补贴材料与运营台账逐项核对。"),
        ]),
        ("运输管理股", "科员", "逯汐瑗", "general", [
            ("泄露驾培机构考核信息", "三级", "考核资料专人保管，查阅登记。"),
        ]),
        ("公路建设股", "股长", "笪璘涔", "middle", [
            ("工程变更签证审核不严，虚增工程量", "一级", "变更签证现场核实，集体会审。"),
            ("工程计量支付不按合同进度", "二级", "计量支付监理、股室、分管领导三级审核。"),
        ]),
        ("财务股", "会计", "茹瑢淇", "general", [
            ("专项资金拨付审核不严，截留挪用", "二级", "专项资金专账核算，拨付凭证逐笔审核。"),
        ]),
    ]  # fmt: skip
    first = len(staff.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, lv, measures in points:
            n += 1
            staff.add(n, dept, post, who, point, lv, measures)
            t.point(staff.name, dept, post, who, tier, point, [], GRADES[lv])
    _per_person(staff, first, 1, 2, 3)
    staff.add("制表：", None, "审核：", None, None, DATE, None)
    return _layout(
        "shanyang_transport_bureau_two_sheets",
        "https://www.zhetiaohe.com/ss/3cf14120c89eb29d24c0be044585ed65ccbf9c50fa56a9c0f9921d616855e09c6fcd2d63bc2fbb37f27b6cf73c7d345258f3e45f23c32b8eb994e137f1c2374edc4baf663614554c.html",
        "县交通运输局 file in two sheets after the source's 农村客运补贴资金和城市交通发展奖励资金管理办法 (补贴, 运营里程, "
        "班次, 资金拨付): ``局领导`` (a title, 序号/姓名, 职务 and 分管工作 merged per leader/风险点/风险等级/防控措施) and "
        "``股室`` (a title, 序号/股室 merged/岗位 and 姓名 merged per person/风险点/风险等级/防控措施); ``一级/二级/三级``; "
        "no type column; a 制表/审核/date line under each",
        [lead, staff], t,
    )  # fmt: skip


def shanyang_water_bureau_list() -> dict:
    unit = f"{PLACE}水利局"
    sh = _Sheet("一览表", [6, 14, 10, 9, 38, 10, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：{DATE}", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "郏洺瑀", "leader", [
            ("小型水库维修养护标段划分和招标不经集体研究", "制度机制", "高", "标段划分和招标文件经局党组会研究。"),
            ("水利项目资金安排搞“一言堂”", "思想道德", "高", "资金安排方案集体研究，结果公开。"),
        ]),
        ("局领导", "副局长", "钭澐琪", "leader", [
            ("维修养护物业化管理考核照顾中标单位", "外部环境", "中", "考核邀请镇水利站和管护员参加，结果公示。"),
        ]),
        ("工程建设管理股", "股长", "酆瀚琬", "middle", [
            ("水库维修养护项目验收降低标准", "岗位职责", "高", "验收组三人以上，验收资料拍照存档。"),
            ("维修养护调整项目签证不实", "业务流程", "中", "调整项目先审批后实施，签证现场核实。"),
        ]),
        ("水政监察大队", "执法队员", "仉澍玥", "general", [
            ("河道违法采砂查处中选择性执法", "岗位职责", "中", "执法全过程记录，处罚结果公开。"),
        ]),
        ("办公室", "会计", "缑湘瑶", "general", [
            ("维修养护经费支付不按合同节点", "业务流程", "中", "支付凭合同、验收单和审批单办理。"),
            ("差旅费报销审核不严", "制度机制", "低", "报销单据逐张审核，超标准不予报销。"),
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
        "shanyang_water_bureau_list", "http://jicengwang.cn/news/2025-04-27/272399.html",
        "县水利局 岗位廉政风险防控一览表 after the source's 小型水库维修养护 物业化管理 (两个标段, 维修养护基本项目 and 调整项目, "
        "管护员, 安全度汛): a title, a merged ``填报单位：…　填报时间：2025年9月`` line, then 序号/科室 merged (局领导, 工程建设"
        "管理股, 水政监察大队, 办公室)/岗位 and 姓名 merged per person/风险点/风险类型 (short names)/风险等级 高/中/低/防控措施; "
        "a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def shanyang_highway_section_cards() -> dict:
    unit = f"{PLACE}公路管理段"
    t = _Truth(unit)
    cards = [
        ("段长", "汲濛璐", "段领导", "leader", [
            ("公路养护工程发包不经段务会研究", "★★★", "养护工程发包经段务会集体研究，按规定比选。"),
            ("养护机械设备采购指定品牌", "★★", "采购需求论证，结果公示。"),
            ("职工绩效考核中优亲厚友", "★", "考核细则公开，考核结果公示。"),
        ]),
        ("养护股股长", "邗珮淳", "养护股", "middle", [
            ("路面修补、灌缝工程量签认不实", "★★★", "工程量现场丈量，监理和股室共同签认。"),
            ("桥梁涵洞维修项目验收走过场", "★★", "验收资料影像留存，分管段长复核。"),
        ]),
        ("道班班长", "濮瑱澴", "第三道班", "general", [
            ("养护材料领用不登记，私自变卖", "★★", "材料领用登记，月底盘点。"),
            ("路肩清理、边沟疏通出工记录造假", "★", "出工记录由段部随机抽查核实。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, dept, tier, points in cards:
        sh = _Sheet(post, [6, 36, 10, 32])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", post)
        sh.add("所在股室", dept, "填卡时间", DATE)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(points, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, dept, post, who, tier, point, [], STARS[stars])
        _line(sh, "注：风险等级★★★为高，★★为中，★为低。", 4)
        sh.add("持卡人（签字）：", None, "段长（签字）：", None)
        sheets.append(sh)
    return _layout(
        "shanyang_highway_section_cards", "https://drbdp.com/4-9135918.html",
        "县公路管理段 岗位廉政风险防控卡, one sheet a holder (tabs 段长, 养护股股长, 道班班长), after the source's note on "
        "道路养护 (公路管理机构, 路面修复, 桥梁维护, 边坡治理, 县道县养): a title, ``姓　名 | … | 职　务 | …`` over "
        "``所在股室 | … | 填卡时间 | …``, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; no type column; a merged "
        "``注：`` line on the stars and ``持卡人（签字）： | 段长（签字）：``",
        sheets, t,
    )  # fmt: skip


def shanyang_soil_water_station_selfchecks() -> dict:
    unit = f"{PLACE}水土保持工作站"
    t = _Truth(unit)
    people = [
        ("阙淼珂", "站领导", "站长", "leader", "主持全站工作，负责水土保持补偿费征收和治理项目", [
            ("水土保持补偿费减免不经集体研究", "制度机制风险", "一级风险", "减免申请站务会研究，结果报县水利局备案。"),
            ("治理项目实施单位选定中打招呼", "思想道德风险", "二级风险", "实施单位按程序比选，过问登记。"),
        ]),
        ("谯涴琳", "监督股", "股长", "middle", "负责生产建设项目水土保持监督检查", [
            ("水土保持方案监督检查走过场", "岗位职责风险", "一级风险", "检查两人以上，检查记录和影像存档。"),
            ("补偿费核定面积少算漏算", "业务流程风险", "二级风险", "征收面积按批复方案核定，复核签字。"),
        ]),
        ("羿潆琚", "监测股", "监测员", "general", "负责水土流失监测和数据报送", [
            ("监测数据随意修改，报送不实", "岗位职责风险", "二级风险", "数据自动采集留痕，报送前复核。"),
            ("接受监测委托单位礼品", "外部环境风险", "三级风险", "签订廉洁承诺书，礼品登记上交。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, duty, points in people:
        sh = _Sheet(who, [6, 22, 36, 14, 11, 32])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        sh.add(f"姓{GAP}名", "所在股室", f"岗{GAP}位", "填表时间", None, None)
        sh.add(who, dept, post, DATE, None, None)
        sh.add("序号", "工作职责", "风险点", "风险类型", "风险等级", "防控措施")
        first = len(sh.rows)
        for n, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(n, duty, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), RISKS[lv])
        _per_person(sh, first, None, 1)
        sh.add()
        sh.add("本人签名：", None, None, "站长审核：", None, None)
        sheets.append(sh)
    return _layout(
        "shanyang_soil_water_station_selfchecks", "https://m.fx361.cc/news/2013/0127/15900219.html",
        "县水土保持工作站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's paper on the "
        "水土保持补偿费 制度 (征收主体, 征收范围和标准, 减免, 使用管理): a title, a row of labels ``姓　名 | 所在股室 | 岗　位 | "
        "填表时间`` over a row of their values, then 序号/``工作职责`` merged over its points/风险点/风险类型 ``…风险``/风险等级 "
        "``一级风险/二级风险/三级风险``/防控措施; a blank row and ``本人签名： | 站长审核：``",
        sheets, t,
    )  # fmt: skip


def shanyang_manchuanguan_water_station_posts() -> dict:
    unit = f"{PLACE}漫川关镇水利站"
    sh = _Sheet("排查表", [6, 12, 16, 36, 10, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站长", "leader", [
            ("泵站维修项目安排", "泵站维修项目不经站务会研究，向熟人队伍倾斜", "制度机制", "高风险", "维修项目站务会研究，结果公示。"),
            ("管护经费分配", "堤防管护经费分配不按管护里程和考核结果", "岗位职责", "中风险", "经费按考核结果分配，镇纪委监督。"),
        ]),
        ("技术员", "general", [
            ("泵站运行记录", "泵站运行、维护记录补记，隐瞒设备故障", "业务流程", "中风险", "运行记录每日填写，站长每周检查。"),
            ("圩堤巡查", "圩堤巡查不到位，违法占用不报告", "岗位职责", "低风险", "巡查定位打卡，问题台账限期处理。"),
        ]),
        ("报账员", "general", [
            ("管护员工资发放", "管护员工资虚报人数、冒领", "业务流程", "高风险", "工资打卡发放，名单公示。"),
            ("票据管理", "收费票据领用不登记，作废票据不留存", "制度机制", "低风险", "票据专人领用核销，作废票据全联留存。"),
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
        "shanyang_manchuanguan_water_station_posts",
        "https://slj.changzhou.gov.cn/html/czsl/2015/OCMQLDJN_1201/15369.html",
        "镇水利站 岗位廉政风险点排查表 对岗不对人, after the source's note on the 验收 of 泵站 and 圩堤 管护 试点 (管护现场, 设备完好, "
        "运行记录, 专人巡查): a title, 序号/岗位 merged per post/a short 风险点/a long ``风险表现``/风险类型 (short names)/风险等级 "
        "``高风险/中风险/低风险``/防控措施; no 科室 column and no names; an ``编制： | 审核： | 2025年9月`` line",
        [sh], t,
    )  # fmt: skip


def shanyang_gaobadian_water_station_duties() -> dict:
    unit = f"{PLACE}高坝店镇水利站"
    sh = _Sheet("责任清单", [6, 10, 9, 16, 36, 10, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add("序号", "岗位", "责任人", "职责事项", "廉政风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、站领导", "站领导", [
            ("站长", "蓟沂璠", "leader", [
                ("灌溉工程建设", "农田灌溉渠道工程发包化整为零，规避比选", "制度机制", "Ⅰ级", "工程发包按限额标准比选，结果公示。"),
                ("防汛物资管理", "防汛物资采购数量虚报", "业务流程", "Ⅱ级", "物资采购经镇政府审批，入库验收双人签字。"),
            ]),
        ]),
        ("二、工程管理组", "工程管理组", [
            ("组长", "邴漪珣", "middle", [
                ("节水灌溉技术推广", "节水灌溉设备补贴对象审核不严", "岗位职责", "Ⅰ级", "补贴对象入户核实，名单公示。"),
            ]),
            ("技术员", "缪泠璇", "general", [
                ("渠道维修", "渠道维修工程量测算偏大", "业务流程", "Ⅱ级", "工程量两人测算，组长复核。"),
                ("用水调度", "灌溉用水调度优亲厚友", "思想道德", "Ⅲ级", "用水计划公开，按轮灌顺序调度。"),
            ]),
        ]),
        ("三、综合组", "综合组", [
            ("报账员", "鄂洢瑭", "general", [
                ("水费收缴", "农业水费收缴不开票据，截留水费", "岗位职责", "Ⅰ级", "水费一律开具票据，每月与镇财政所对账。"),
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
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, None, "审核：", None, None, DATE, None)
    return _layout(
        "shanyang_gaobadian_water_station_duties",
        "https://www.seridoat.com/article/nong-ye-shui-li-zhan-zhang-zhang-wo-nong-tian-guan-gai-ming-mai-de-ling-hang-zhe.html",
        "镇水利站 廉政风险防控责任清单 under GROUP ROWS ``一、站领导``, ``二、工程管理组``, ``三、综合组`` merged across (no 科室 "
        "column), after the source's note on the 农业水利站长 (水资源调配, 灌溉工程, 节水灌溉 推广, 设施维护): a title, then 序号/"
        "岗位 and ``责任人`` merged per person/``职责事项``/廉政风险点/风险类型 (short names)/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; "
        "a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def shanyang_zhongcun_water_station_every_row() -> dict:
    unit = f"{PLACE}中村镇水利站"
    sh = _Sheet("一览表", [6, 10, 38, 10, 9, 32, 9])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：{DATE}", 7)
    sh.add("序号", "岗位", "风险点", "风险类型", "风险等级", "防控措施", "责任人")
    rows = [
        ("站长", "蒯澄瑛", "leader", "小型水利工程管护资金使用不经集体研究", "制度机制风险", "Ⅰ", "资金使用站务会研究，镇财政所审核。"),
        ("站长", "蒯澄瑛", "leader", "抗旱应急供水设备调配照顾关系户", "思想道德风险", "Ⅱ", "设备调配按受旱程度排序，公开调配结果。"),
        ("副站长", "厍湛琇", "leader", "农村饮水工程维修验收不严", "岗位职责风险", "Ⅱ", "维修验收村级管水员共同签字。"),
        ("技术员", "帅滢琦", "general", "农田水利设施巡查记录不实", "岗位职责风险", "Ⅲ", "巡查影像留存，站长抽查。"),
        ("报账员", "敖沛瑢", "general", "工程款支付不按合同和验收结果", "业务流程风险", "Ⅰ", "支付凭合同、验收单、审批单办理。"),
        ("报账员", "敖沛瑢", "general", "接受施工单位礼品礼金", "外部环境风险", "Ⅲ", "礼品礼金登记上交，节前廉洁提醒。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, point, typ, lv, measures, who)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), BARE[lv])
    _line(sh, "注：风险等级Ⅰ为高，Ⅱ为中，Ⅲ为低。", 7)
    sh.add("填表人：", None, "审核人：", None, DATE, None, None)
    return _layout(
        "shanyang_zhongcun_water_station_every_row",
        "https://www.08gf.com/news/jie-mi-nong-ye-shui-li-zhan-zhan-zhang-yi-xian-shou-hu-nong-tian-de-mu-hou-ying-xiong.html",
        "镇水利站 岗位廉政风险防控一览表, after the source's note on the 农业水利站站长 (水利设施管理, 水资源调度, 农民培训, 灾害应对): "
        "``附件1``, a title, a merged ``填报单位（盖章）：…　填报时间：2025年9月`` line, then 序号/岗位 written out on EVERY row "
        "(nothing merged; no 科室 column)/风险点/风险类型 ``…风险``/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施/a LAST ``责任人`` column "
        "written on every row; a ``注：`` line on the grades and a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    shanyang_yinhua_water_station_point_lines(),
    shanyang_transport_bureau_two_sheets(),
    shanyang_water_bureau_list(),
    shanyang_highway_section_cards(),
    shanyang_soil_water_station_selfchecks(),
    shanyang_manchuanguan_water_station_posts(),
    shanyang_gaobadian_water_station_duties(),
    shanyang_zhongcun_water_station_every_row(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch409-inbox"))

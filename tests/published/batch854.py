"""The eight-hundred-and-fifty-fourth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 泸沽湖 and
生态 bodies, 宁蒗彝族自治县 (of 丽江市, 云南) — its 林业和草原局, 水务局, 森林草原防火办公室, 泸沽湖湖泊
保护管理站, 泸沽湖省级自然保护区管护局, 湿地保护管理站, the 丽江市生态环境局宁蒗分局 and the 泸沽湖管理局 —
each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 林业和草原局's 一览表 under ``附件1`` and a 填报单位 line: ``股室`` merged, ``岗位 | 姓名`` merged
  per person, ``一级/二级/三级``, no type column, a ``注：`` line;
- the 水务局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and ``股室``
  (``股室`` merged, ``岗位 | 姓名`` merged per person, a short ``风险类型``), 高/中/低;
- the 森林草原防火办公室's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` and a merged
  ``主要职责`` line, ``★★★/★★/★`` read by a ``注：`` line;
- the 泸沽湖湖泊保护管理站's 清单 under GROUP ROWS ``一、站领导`` … merged across, ``岗位 | 姓名`` merged
  per person, ``Ⅰ级/Ⅱ级/Ⅲ级``;
- the 自然保护区管护局's 自查表, one sheet a person: a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间``
  over a row of values, ``高风险/中风险/低风险``, ``自查情况``;
- the 生态环境分局's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, ``…风险`` types, 高/中/低; no names;
- the 湿地保护管理站's 一览表: ``部门 | 岗位 | 责任人`` on EVERY row, short ``风险类别``,
  ``一级风险/二级风险/三级风险``, a sign-off line.

One is harder:

- ``ninglang_lugu_lake_bureau_risk_taxonomy``: the 泸沽湖管理局's 内部控制廉政风险清单 in the shape of an
  internal-control RISK TAXONOMY: ``序号 | 一级风险 | 二级风险 | 三级风险 | 风险等级 | 责任科室 | 责任岗位 |
  责任人 | 防控措施``, where ``一级风险`` (a broad class, merged down over its rows, e.g. ``资金管理风险``),
  ``二级风险`` (a sub-class, merged down, e.g. ``生态补偿资金``) and ``三级风险`` (the concrete risk
  point) are the three LAYERS OF THE CLASSIFICATION, every one filled on every row, and the grade is
  a separate ``风险等级`` column (高/中/低); a ``注：`` line says the three 级 columns are the layers of the
  classification. The README's 读得懂的表 knows ``一级风险 | 二级风险 | 三级风险`` (and ``一级风险点 | …``)
  as LEVEL columns — a point written under the grade it has, one cell a row, or cells listing
  numbered points — and sheets split by grade; it does not describe a risk classification whose
  layers are headed ``一级风险 | 二级风险 | 三级风险`` with all three filled on each row, the point
  being the deepest layer and the grade standing in its own column.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 行政事业单位内控风险清单 — 风险编码,
风险描述, 风险等级, 防控措施; a report on 泸沽湖 保护治理 — 截污, 污水收集管网, 雨污分流, 入湖河流的河长;
a report on 泸沽湖 八大工程 — 截污治污, 面山林业生态建设, 沿湖村落整治; a 河道采砂 管理 汇报 — 采砂许可,
审批程序; a 森林防火 调研 — 防火经费, 护林员, 扑火队伍, 野外用火; a 生态管护员 评价体系 — 选用聘用,
等级评价, 督导; a report on 川滇 共治 泸沽湖 — 联合执法, 水质监测, 渔政, 增殖放流; a 泸沽湖 湖滨
生态带 photo report — 亲水台拆除, 生态湿地修复, 入湖河道治理) and the layout follows their words for
the unit, its parts, its posts and its risks. The rows are worded by us, the names invented (the
rare surnames 沙 and 阿 with rare given names); every unit is a body of 宁蒗彝族自治县.

Run ``python tests/published/score.py --set batch854`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the point is the ``三级风险`` cell (the deepest layer of the classification);
  ``一级风险`` and ``二级风险`` are its classes, neither points nor levels nor types (they are no
  short type names: types ``[]``); the grade is the ``风险等级`` cell (高/中/低); the holder is the
  row's ``责任科室 | 责任岗位 | 责任人``; one form a holder; the ``注：`` line is no point;
- ``局领导``, ``站领导``, ``管护局领导`` (a 股室 cell, a group row, a 所在科室 cell) are the 科室 of
  those leaders; the 水务局's leaders (sheet ``局领导``, no 科室 column) and the cards' holders have no
  科室; a group row ``二、综合科`` gives the 科室 ``综合科`` (its number left off);
- 局长, 副局长, 站长, 副站长, 主任 (of the 防火办), 分局长 and 管护局's 局长 are leaders; 股长, 科长 and
  队长 middle; the rest (股员, 会计, 出纳, 管护员, 监测员, 执法人员, 保管员) general;
- ``主要职责``, ``分管工作``, ``自查情况`` and ``填表时间`` are no points and name no holder; the
  生态环境分局's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b854_"
PLACE = "宁蒗彝族自治县"
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

# (一级风险, 二级风险, 三级风险 = the point, 风险等级, 责任科室, 责任岗位, 责任人, tier, 防控措施)
TAXONOMY = [
    ("资金管理风险", "生态补偿资金", "退耕还湿、生态搬迁补偿对象和面积核定不实，虚报冒领", "高",
     "环境资源保护管理科", "科长", "沙岷翀", "middle", "补偿对象入户核实，名单在村组公示七天。"),
    ("资金管理风险", "生态补偿资金", "补偿资金不按进度拨付，截留挪用", "中",
     "财务科", "会计", "阿珺湉", "general", "补偿资金直达农户一卡通，每季度对账。"),
    ("资金管理风险", "景区门票收入", "门票收入不及时足额上缴，坐收坐支", "高",
     "财务科", "会计", "阿珺湉", "general", "门票收入每日解缴财政专户，票款双人核对。"),
    ("项目建设风险", "环湖截污工程", "截污管网工程招标设置排他性条件，围标串标", "高",
     "局领导", "局长", "沙曦岍", "leader", "招标进入州市公共资源交易平台，“三重一大”集体研究。"),
    ("项目建设风险", "环湖截污工程", "隐蔽工程验收不到场，签证变更不严", "中",
     "规划建设科", "科长", "阿翎澂", "middle", "隐蔽工程验收留存影像，变更签证经集体会审。"),
    ("项目建设风险", "湖滨生态带建设", "湖滨生态带苗木数量、规格验收把关不严", "中",
     "规划建设科", "科长", "阿翎澂", "middle", "苗木验收邀请林草部门参加，抽检记录存档。"),
    ("执法监管风险", "湖面及岸线管理", "对违规建设亲水平台、违规排污以罚代管、选择性执法", "高",
     "环境资源保护管理科", "科长", "沙岷翀", "middle", "执法全过程记录，处罚决定集体审查并公开。"),
    ("执法监管风险", "湖面及岸线管理", "猪槽船经营许可和游船数量核定优亲厚友", "低",
     "局领导", "局长", "沙曦岍", "leader", "游船指标按村组分配方案公示，接受群众监督。"),
]  # fmt: skip


def ninglang_lugu_lake_bureau_risk_taxonomy() -> dict:
    unit = f"{PLACE}泸沽湖管理局"
    sh = _Sheet("风险清单", [6, 14, 16, 40, 9, 18, 8, 9, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}内部控制廉政风险清单", 9)
    _line(sh, f"编制单位：{unit}{GAP * 16}2025年6月", 9)
    sh.add(
        "序号",
        "一级风险",
        "二级风险",
        "三级风险",
        "风险等级",
        "责任科室",
        "责任岗位",
        "责任人",
        "防控措施",
    )
    first = len(sh.rows)
    for i, (cls, sub, point, lv, dept, post, who, tier, measures) in enumerate(TAXONOMY, 1):
        sh.add(i, cls, sub, point, lv, dept, post, who, measures)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    _line(sh, "注：一级风险、二级风险、三级风险为风险分类的三个层级（大类、子类、具体风险点），"
          "风险等级分高、中、低三级。", 9)  # fmt: skip
    sh.add("编制：办公室", None, None, "审核：", None, None, "局长（签字）：", None, None)
    return _layout(
        "ninglang_lugu_lake_bureau_risk_taxonomy",
        "https://www.2haoxitong.net/k/doc/18596a485afb770bf78a6529647d27284b7337d5.html",
        "(harder) 县泸沽湖管理局 内部控制廉政风险清单, after the source's 行政事业单位内控风险清单 (风险编码, 风险描述, 风险类型, "
        "风险等级, 防控措施): a title, an 编制单位/date line, then ``序号 | 一级风险 | 二级风险 | 三级风险 | 风险等级 | "
        "责任科室 | 责任岗位 | 责任人 | 防控措施`` where the three 级 columns are the LAYERS OF A RISK CLASSIFICATION "
        "(一级风险 a class merged down, 二级风险 a sub-class merged down, 三级风险 the concrete point), all filled on every "
        "row, and the grade is the 风险等级 column (高/中/低); a ``注：`` line naming the layers; an 编制/审核/局长 line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def ninglang_forestry_bureau_list() -> dict:
    unit = f"{PLACE}林业和草原局"
    sh = _Sheet("一览表", [6, 14, 10, 9, 40, 9, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    _line(sh, f"填报单位：{unit}{GAP * 12}填报时间：2025年5月", 7)
    sh.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "沙曦岍", "leader", [
            ("面山造林、退化林修复项目实施单位确定不经集体研究", "一级", "项目实施单位公开比选，局党组会研究。"),
            ("征占用林地审核意见打招呼、放宽条件", "一级", "审核材料联审，审核意见集体研究出具。"),
        ]),
        ("资源管理股", "股长", "阿瑷岑", "middle", [
            ("林木采伐限额分配不公开，优亲厚友", "一级", "采伐指标分配方案公示，现场摇号。"),
            ("伐区调查设计和伐后验收走过场", "二级", "伐区验收两人以上到场，影像存档。"),
        ]),
        ("资源管理股", "股员", "沙琮湛", "general", [
            ("木材运输证明违规开具", "二级", "运输证明网上开具，按采伐证核销。"),
        ]),
        ("生态保护修复股", "股长", "阿霁翎", "middle", [
            ("公益林生态效益补偿面积核定不实", "二级", "补偿面积以森林资源“一张图”为准，村组公示。"),
            ("生态护林员选聘不按贫困程度排序", "三级", "选聘经村民代表会议评议，乡镇审核公示。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为一级、二级、三级，一级风险为最高。", 7)
    sh.add("填表人：", None, "审核人：", None, "局长（签字）：", None, None)
    return _layout(
        "ninglang_forestry_bureau_list", "https://www.yndaily.com/html/2014/yunguanzhu_0828/5846.html",
        "县林业和草原局 岗位廉政风险防控一览表, after the source's report on 泸沽湖 保护治理 (八大工程, 截污治污, 面山林业生态建设, "
        "沿湖村落整治): ``附件1``, a title, a merged 填报单位/填报时间 line, then 序号/股室 merged/岗位 and 姓名 merged per "
        "person/廉政风险点/风险等级 ``一级/二级/三级``/防控措施; no type column; a ``注：`` line and a 填表人/审核人/局长 line",
        [sh], t,
    )  # fmt: skip


def ninglang_water_bureau_two_sheets() -> dict:
    unit = f"{PLACE}水务局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("沙珝沅", "局长", "主持全面工作", [
            ("河道采砂许可不按采砂规划审批", "高", "采砂许可经局务会研究，许可信息在采砂现场公示。"),
            ("水利工程项目插手招投标", "高", "工程项目一律进场交易，领导干部插手登记报告。"),
        ]),
        ("阿岫璟", "副局长", "分管水资源、河湖管理", [
            ("取水许可审批放宽条件，水资源费减免不按规定", "中", "取水许可联审，减免事项集体研究公示。"),
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
    dept = _Sheet("股室", [6, 14, 9, 9, 38, 10, 9, 34])
    _line(dept, f"{unit}股室廉政风险防控一览表", 8)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("水政监察大队", "队长", "沙翊漪", "middle", "对非法采砂查处不力，以罚代刑", "岗位职责", "高",
         "案件移送标准公开，执法全程记录。"),
        ("水政监察大队", "队长", "沙翊漪", "middle", "采砂现场监管时接受业主宴请", "思想道德", "中",
         "现场监管两人以上，签订廉洁承诺。"),
        ("工程建设股", "股长", "阿璐潼", "middle", "农村供水工程计量签证虚增工程量", "业务流程", "中",
         "计量签证监理、业主、施工三方签字。"),
        ("计划财务股", "会计", "沙澍岚", "general", "水资源费征收入账不及时", "制度机制", "低",
         "水资源费由税务部门征收，按月对账。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, typ, lv, measures)
        t.point(dept.name, d, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "ninglang_water_bureau_two_sheets", "https://wnwk.com/doc/1285132.html",
        "县水务局 廉政风险防控一览表 in TWO SHEETS, after the source's 河道采砂 管理情况汇报 (采砂许可制度, 审批程序, 采砂业主申请): "
        "sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 merged and 岗位/姓名 merged per person "
        "and a short 风险类型; 廉政风险点, 风险等级 高/中/低, 防控措施",
        [lead, dept], t,
    )  # fmt: skip


def ninglang_fire_office_cards() -> dict:
    unit = f"{PLACE}森林草原防火办公室"
    t = _Truth(unit)
    cards = [
        ("主任", "阿琬沣", "主任", "主持防火办全面工作", "leader", [
            ("防火专项经费分配不经集体研究", "★★★", "经费分配方案经县森防指办公会研究。"),
            ("防火物资采购指定供应商", "★★★", "物资采购按政府采购程序，验收双人签字。"),
            ("接受物资供应商礼品礼金", "★", "签订廉洁承诺书，节前廉洁提醒。"),
        ]),
        ("保管员", "沙晞珣", "保管员", "负责防火物资储备库管理", "general", [
            ("扑火机具、风力灭火机出入库不登记", "★★", "出入库登记，每季度盘点。"),
            ("防火物资私自外借、处置", "★★", "外借经主任审批，归还核对。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
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
        "ninglang_fire_office_cards", "https://fx361.cc/page/2020/0828/18030709.shtml",
        "县森林草原防火办公室 岗位廉政风险防控卡, one sheet a person, after the source's 森林防火 调研 (防火经费, 护林员, "
        "扑火队伍, 物资装备): a title, ``姓　名 | … | 职　务 | …`` and a merged 主要职责 line, then 序号/风险点/风险等级 "
        "``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def ninglang_lake_station_group_rows() -> dict:
    unit = f"{PLACE}泸沽湖湖泊保护管理站"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、站领导", "站领导", [
            ("站长", "阿涟璁", "leader", [
                ("沿湖村落污水收集管网维护项目化整为零规避招标", "Ⅰ级", "维护项目按限额标准采购，站务会研究。"),
            ]),
        ]),
        ("二、综合科", "综合科", [
            ("科长", "沙彧湉", "middle", [
                ("保洁、打捞外包服务考核走过场", "Ⅱ级", "考核结果与服务费挂钩，每月公示。"),
            ]),
            ("出纳", "阿泷玥", "general", [
                ("外包服务费支付单据审核不严", "Ⅱ级", "支付经经办、审核、审批三签。"),
            ]),
        ]),
        ("三、监测科", "监测科", [
            ("监测员", "沙岑璩", "general", [
                ("入湖河流水质监测数据弄虚作假", "Ⅰ级", "采样、分析分人负责，原始记录留存。"),
                ("对沿湖客栈排污问题发现不报", "Ⅱ级", "巡查记录每日上报，站领导抽查。"),
                ("雨污分流设施巡检记录补填", "Ⅲ级", "巡检使用定位打卡。"),
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
                t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "ninglang_lake_station_group_rows", "https://www.huanbao-world.com/country/71171.html",
        "县泸沽湖湖泊保护管理站 廉政风险防控责任清单, after the source's report 泸沽湖 保护治理六措并举 (污水收集管网, 雨污分流, "
        "入湖河流, 环境资源保护): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施 under GROUP ROWS "
        "``一、站领导``, ``二、综合科``, ``三、监测科`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def ninglang_reserve_selfchecks() -> dict:
    unit = f"{PLACE}泸沽湖省级自然保护区管护局"
    t = _Truth(unit)
    people = [
        ("阿澂瑄", "管护局领导", "局长", "leader", [
            ("生态管护员选聘暗箱操作", "高风险", "选聘条件、名额和结果公示。", "已落实"),
            ("保护区内建设项目出具意见降低标准", "高风险", "出具意见前现场踏勘，集体研究。", "未发现问题"),
        ]),
        ("沙淯翀", "管护科", "科长", "middle", [
            ("管护员等级评价打人情分", "中风险", "等级评价量化打分，结果公示。", "已落实"),
            ("管护员巡护补助考核不实", "中风险", "巡护轨迹与补助发放挂钩。", "已落实"),
        ]),
        ("阿璎岷", "管护科", "管护员", "general", [
            ("巡护中发现毁林、盗猎不报告", "低风险", "巡护日志每日上传。", "未发现问题"),
            ("收受违规采挖人员财物", "中风险", "签订廉洁承诺，设举报电话。", "已落实"),
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
            t.point(sh.name, dept, post, who, tier, point, [], HIGHS[lv])
        sh.add()
        sh.add("本人签名：", None, "科室负责人意见：", None, None)
        sheets.append(sh)
    return _layout(
        "ninglang_reserve_selfchecks", "https://fx361.cc/page/2022/0522/10413547.shtml",
        "县泸沽湖省级自然保护区管护局 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's "
        "生态管护员 评价体系 (等级评价, 选用聘用, 定期督导): a title, a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间`` "
        "over a row of values, then 序号/风险点/风险等级 ``高风险/中风险/低风险``/防控措施/``自查情况``; no type column",
        sheets, t,
    )  # fmt: skip


def ninglang_ecology_branch_posts() -> dict:
    unit = "丽江市生态环境局宁蒗分局"
    sh = _Sheet("排查表", [6, 14, 10, 40, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "科室", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("分局领导", "分局长", "leader", "建设项目环评审批意见打招呼、降低标准", "制度机制风险", "高",
         "审批事项集体审查，审批结果网上公开。"),
        ("生态环境综合行政执法大队", "队长", "middle", "联合执法中对违法排污企业选择性执法", "岗位职责风险", "高",
         "执法对象“双随机”抽取，执法全过程记录。"),
        ("生态环境综合行政执法大队", "执法人员", "general", "现场检查向企业通风报信", "思想道德风险", "中",
         "检查前统一收缴通讯工具，两人以上执法。"),
        ("生态环境监测站", "监测员", "general", "泸沽湖水质监测采样、分析数据篡改", "业务流程风险", "高",
         "采样视频留存，数据直传省市平台。"),
        ("生态环境监测站", "监测员", "general", "委托第三方监测结果审核不严", "外部环境风险", "低",
         "第三方监测报告抽样复核。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "ninglang_ecology_branch_posts", "http://news.jjrbnet.com/huanbao/20220316/60812.html",
        "市生态环境局 县分局 岗位廉政风险点排查表 对岗不对人, after the source's report on 川滇 共治 泸沽湖 (综合执法, 联合执法, "
        "水质监测, 渔政): a title, 序号/科室 merged/岗位 merged per post/廉政风险点/风险类型 ``…风险``/风险等级 高/中/低/"
        "防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def ninglang_wetland_station_list() -> dict:
    unit = f"{PLACE}湿地保护管理站"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 10, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "沙霈琰", "leader", "湿地修复工程验收降低标准", "制度机制", "一级风险",
         "验收邀请县林草局、乡镇共同参加。"),
        ("站领导", "站长", "沙霈琰", "leader", "湖滨生态带征地补偿方案优亲厚友", "外部环境", "二级风险",
         "补偿方案村组公示，接受监督。"),
        ("业务股", "股长", "阿湜珈", "middle", "入湖河道生态治理项目监理记录失实", "业务流程", "二级风险",
         "监理日志每周抽查。"),
        ("业务股", "技术员", "沙崟瑀", "general", "湿地植被恢复苗木验收签字不核实", "岗位职责", "三级风险",
         "苗木验收拍照留存，双人签字。"),
        ("办公室", "出纳", "阿洹琇", "general", "工程款支付不按合同进度", "业务流程", "二级风险",
         "支付对照合同节点，报站长审批。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), RISKS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "ninglang_wetland_station_list", "http://sznews.com/news/content/2021-04/20/content_24145243_6.htm",
        "县湿地保护管理站 岗位廉政风险防控一览表, after the source's photo report on 泸沽湖 湖滨生态带 (亲水台拆除, 生态湿地修复, "
        "入湖河道生态治理): a title, 序号/部门/岗位/责任人 written on EVERY row/廉政风险点/风险类别 (short names)/"
        "风险等级 ``一级风险/二级风险/三级风险``/防控措施; a 填表人/审核人/站长（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    ninglang_lugu_lake_bureau_risk_taxonomy(),
    ninglang_forestry_bureau_list(),
    ninglang_water_bureau_two_sheets(),
    ninglang_fire_office_cards(),
    ninglang_lake_station_group_rows(),
    ninglang_reserve_selfchecks(),
    ninglang_ecology_branch_posts(),
    ninglang_wetland_station_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch854-inbox"))

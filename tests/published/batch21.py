"""A twenty-first batch of layouts modelled on published tables, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: the everyday tables district and county units return when
the 纪委 asks for their 岗位廉政风险 — one 股室's 一览表, a unit-wide 排查表 over several 科室, a
personal 自查表 per person, leaders' 防控卡 — each worded with heading sets no earlier batch used
together, and with the level and type words offices really write. Nine are EVERYDAY:

- a 计量质量检测研究院 排查表 (``附件2`` line, title) over four 部室 merged down: 具体岗位/姓名 merged
  per person, 风险类型 written ``岗位职责风险``…, 廉政风险描述 (the one risk column), levels
  较高/一般/较低 and 防范举措, with a ``注:`` line naming the level and type words;
- a 县人民医院 重点科室 table under a TWO-ROW heading where 廉洁风险 spans 风险点 | 等级, the 科室 and
  the 责任人 (names) written on every row, 权力事项 (药品采购, 设备采购), levels ★★★/★★/★ with a
  ``说明:`` legend line;
- a 村 小微权力廉洁风险点一览表 (the 村 only in the title): 权力事项 merged down, 责任岗位 (村党组织书记,
  村委会主任, 村报账员 …) without names, ``可能存在的廉洁风险``, levels 一级/二级/三级, 防范要求 and a
  监督主体 column (村务监督委员会, 镇纪委);
- a 交通运输局 工程建设 防控清单: 重点环节 merged down, 重要岗位/责任人 (names; the same holder under
  several 环节, his rows apart), 廉政风险点, 风险分级 written bare ``Ⅰ``/``Ⅱ``/``Ⅲ``, 防控措施 and
  监督工作, with a bracketed ``(对照…逐环节填写)`` line under the title;
- a 林业局 股 一览表 whose 股 is named only in the title (``XX县林业局资源林政股…``): 岗位/责任人
  written on every row (no merge), 职责事项 (the duty), 廉洁风险表现 (the point), 高/中/低, 防控办法;
- a 水利局 业务流程 排查表: 股室, 业务流程 and 流程节点 merged down, 风险点, Ⅰ级/Ⅱ级/Ⅲ级, 防控措施 and a
  责任人 (names) merged over a holder's nodes, under a ``填报说明:`` line;
- a 财政局 机关科室 汇总表 (``附件3``): 科室 and 分管领导 (names, watchers) merged per 科室, 岗位/姓名
  repeated on every row, 风险内容, 风险分级 重大/较大/一般, 防控要求, with a ``注:`` legend line;
- a 农机化技术服务中心 补贴岗位 table under a TWO-ROW heading where 风险识别 spans 风险类别 | 风险点 |
  风险等级; 风险类别 written short (``岗位职责``, ``业务流程``); 岗位/责任人 merged; a 监督举报电话 line;
- an 审计局's 个人岗位廉政风险自查表, one sheet per person (tab = name): 姓　名/所在股室 and
  职　务/填表日期 label/value rows, then 查找出的风险点/风险来源 (the page's 岗位职责、业务流程、制度机制、
  外部环境 — a type column by another name)/风险等级/防范措施 and a signature line.

Two are harder, both shapes offices hand in:

- ``transport_leader_cards``: 交通运输局 领导干部廉政风险防控卡, one card per sheet (``防控卡(1)`` …),
  where each point takes TWO rows — ``风险点`` | text | ``风险等级`` | level, then ``防控措施`` | text —
  its number merged over both; no heading row at all;
- ``eco_selfcheck_signed``: 生态环境分局 岗位廉政风险自查表 on sheets ``Sheet1``…``Sheet3``, the
  股室 and post in one ``所在股室:…　　　岗位:…`` line and the holder named ONLY in the
  ``自查人(签名):…`` line under the table; short 自查风险点 beside a long 主要表现.

Each layout imitates the *shape* of a public page (its ``source``) that no earlier batch used;
all of these pages describe their subject in prose (an 经验 article, a news report, a 办法, a
slide deck) and the layout follows that description — its words for the table, the columns, the
levels. The rows are worded by us.

Run ``python tests/published/score.py --set batch21`` and do not tune the reader against it, or it
stops being held out. Two layouts are also kept as LibreOffice re-saved copies
(``resaved/b21_hospital_keshi_stars.xls``, ``resaved/b21_audit_personal_sheets.ods``, see
make_resaved.py).

Judgement calls this batch leans on, beyond those of the earlier batches:

- 较高/一般/较低 are 高/中/低: ``一般`` between 较高 and 较低 is the middle (as against 重大/较大/一般,
  where it is the lowest — the scale decides, the word alone does not);
- bare ``Ⅰ``/``Ⅱ``/``Ⅲ`` are Ⅰ级/Ⅱ级/Ⅲ级;
- ``岗位职责风险``… in a 风险类型 column and short ``岗位职责``… in a 风险类别 column name their types;
  a 风险来源 column holding only those words is a type column too;
- a 廉政风险描述, 可能存在的廉洁风险, 风险内容, 廉洁风险表现 or 查找出的风险点 column, alone, is the
  point column; 职责事项, 权力事项, 重点环节, 业务流程 and 流程节点 are where the risk lies, no points;
- a 股 named only in the title (``XX县林业局资源林政股岗位廉政风险点一览表``) is the department of
  every row, the 局 the unit; a 村 named only in the title is the unit, its posts have no 科室;
- 监督主体 (村务监督委员会, 镇纪委), 分管领导 and 监督工作 cells name watchers or checks, no holders,
  no points; a ``说明:``/``注:`` legend line and a 监督举报电话 line are no points;
- a holder named in several 重点环节 rows apart is one form (same post, same sheet);
- NEW: a 防控卡 whose points take two rows each (``风险点`` row with its level, ``防控措施`` row)
  holds one point per ``风险点`` row; the 防控措施 row is no point; 姓　名/职　务 name the leader,
  whose department is 领导班子 (the convention since batch13); 分管工作 is no point;
- NEW: on a personal 自查表 with no 姓名 field, the ``自查人(签名):…`` line under the table names the
  holder (the form's person); the ``所在股室:…　岗位:…`` line gives department and post.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``layouts.write_xlsx``), copies the
LibreOffice re-saved copies ``resaved/b21_<name>.*`` and writes ``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b21_"
SOFTENED = {"较高": 1, "一般": 2, "较低": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
ORDINAL = {"一级": 1, "二级": 2, "三级": 3}
ROMAN_BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
GRAVITY = {"重大": 1, "较大": 2, "一般": 3}
RISK_WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}
TIER = {"主任": "middle", "部长": "middle", "所长": "middle", "股长": "middle", "大队长": "middle",
        "村党组织书记": "leader", "村委会主任": "leader", "计划科科长": "middle",
        "建设管理科科长": "middle", "财务审计科科长": "middle"}  # fmt: skip
FW = "\u3000"


def _tier(post: str) -> str:
    return TIER.get(post, "general")


def _vmerge(sh: _Sheet, r0: int, r1: int, cols) -> None:
    """Merge each of ``cols`` from row ``r0`` down to ``r1`` (nothing when one row); a cell below
    the top one that repeats its value is cleared first (Excel keeps only the top-left value)."""
    if r1 > r0:
        for c in cols:
            for r in range(r0 + 1, r1 + 1):
                assert sh.rows[r][c] in (None, sh.rows[r0][c]), (sh.name, r, c)
                sh.rows[r][c] = None
            sh.merge(r0, c, r1, c)


# --------------------------------------------------------------------------- harder layouts


def transport_leader_cards() -> dict:
    unit = "XX县交通运输局"
    t = _Truth(unit)
    leaders = [
        ("赵永刚", "党组书记、局长", "主持局全面工作;分管办公室、财务审计科。", [
            ("重大事项决策不经党组集体研究", "高", "严格执行党组议事规则,会议纪要存档备查。"),
            ("干部选拔任用中打招呼、递条子", "高", "选任全程纪实,动议、考察、决定环节留痕。"),
            ("大额资金审批“一支笔”", "中", "大额资金支付党组会研究,实行会签。"),
        ]),
        ("钱慧", "党组成员、副局长", "分管建设管理科、工程质量监督站,联系农村公路建设。", [
            ("插手干预交通工程招标投标", "高", "领导干部不得过问具体项目招投标,插手干预事项登记报告。"),
            ("工程交工验收中降低标准", "中", "交工验收邀请第三方检测机构参与。"),
            ("接受施工单位宴请、礼金", "低", "签订廉洁承诺书,节日期间专项检查。"),
        ]),
        ("孙卫东", "党组成员、副局长", "分管运输管理科、综合行政执法大队。", [
            ("道路运输经营许可违规审批", "高", "许可条件公开,初审、复审分离。"),
            ("执法中降格处理、以罚代管", "中", "重大处罚法制审核,执法全过程记录。"),
            ("为违规营运车辆说情放行", "低", "说情打招呼事项登记报告。"),
            ("公务用车私用", "低", "公车使用审批登记,定期检查。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for k, (who, post, area, items) in enumerate(leaders, 1):
        sh = _Sheet(f"防控卡({k})", [6, 10, 22, 22, 10, 8])
        sh.title(f"{unit}领导干部廉政风险防控卡", 6)
        r = sh.add(f"姓{FW}名", who, f"职{FW}务", post, None, None)
        sh.merge(r, 3, r, 5)
        r = sh.add("分管工作", area, None, None, None, None)
        sh.merge(r, 1, r, 5)
        for i, (point, level, measures) in enumerate(items, 1):
            a = sh.add(i, "风险点", point, None, "风险等级", level)
            sh.merge(a, 2, a, 3)
            b = sh.add(None, "防控措施", measures, None, None, None)
            sh.merge(b, 2, b, 5)
            sh.merge(a, 0, b, 0)
            t.point(sh.name, "领导班子", post, who, "leader", point, [], HML[level])
        sh.add()
        sh.add("本人签名:", None, None, "监督人签名:", None, None)
        sheets.append(sh)
    return _layout(
        "transport_leader_cards", "http://bhxww.cn/shownews.asp?id=52462",
        "(harder) 交通运输局 领导干部廉政风险防控卡 after the source's 党组成员和部门负责人 (绘制流程图, 制定风险防范措施, "
        "立项审批、招投标、工程施工、资金使用): one card per sheet (防控卡(1)…), 姓　名/职　务 and 分管工作 rows, then "
        "each point on TWO rows — 序号 merged over both, ``风险点`` | text | ``风险等级`` | 高/中/低, then "
        "``防控措施`` | text —; no heading row; 本人签名/监督人签名 line",
        sheets, t,
    )  # fmt: skip


def eco_selfcheck_signed() -> dict:
    unit = "XX市生态环境局XX分局"
    t = _Truth(unit)
    people = [
        ("执法大队", "大队长", "韩立军", [
            ("选择性执法", "对关系企业检查走过场,对其他企业从严查处", "高风险",
             "检查对象“双随机”抽取,检查结果公开。"),
            ("降格处理违法行为", "对应当立案处罚的环境违法行为只责令整改", "高风险",
             "处罚案件集体审议,法制审核把关。"),
            ("泄露执法信息", "夜间突击检查前向企业通风报信", "中风险", "检查计划临行前告知,通讯工具集中管理。"),
        ]),
        ("执法大队", "执法队员", "马晓晴", [
            ("现场检查不规范", "检查不着装、不亮证,检查记录不完整", "低风险", "执法记录仪全程记录,检查记录当日归档。"),
            ("接受企业吃请", "在被检查企业就餐、接受土特产", "中风险", "执法期间禁止在企业就餐,违者通报。"),
        ]),
        ("环评审批股", "股长", "温志华", [
            ("环评审批把关不严", "对环评报告明显缺陷不提出意见即予通过", "高风险",
             "环评文件技术评估,审批意见集体研究。"),
            ("指定环评机构", "向建设单位推荐、指定环评编制单位", "中风险", "环评机构由建设单位自主选择,推荐行为一律追责。"),
            ("审批超时、吃拿卡要", "故意拖延审批时限,暗示企业“表示”", "低风险", "审批时限网上公开,超时自动预警。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for k, (office, post, who, items) in enumerate(people, 1):
        sh = _Sheet(f"Sheet{k}", [5, 20, 34, 9, 32])
        sh.title(f"{unit}岗位廉政风险自查表", 5)
        r = sh.add(f"所在股室:{office}{FW * 3}岗位:{post}", None, None, None, None)
        sh.merge(r, 0, r, 4)
        sh.add("序号", "自查风险点", "主要表现", "风险级别", "整改措施")
        for i, (short, desc, level, measures) in enumerate(items, 1):
            sh.add(i, short, desc, level, measures)
            t.point(sh.name, office, post, who, _tier(post), short, [], RISK_WORDS[level])
        sh.add()
        r = sh.add(f"自查人(签名):{who}", None, None, "2024年5月20日", None)
        sh.merge(r, 0, r, 2)
        sh.merge(r, 3, r, 4)
        sheets.append(sh)
    return _layout(
        "eco_selfcheck_signed", "https://zixun.jingjizk.net/311695.html",
        "(harder) 生态环境分局 岗位廉政风险自查表 after the source's 执法人员 自己查、互相提、大家帮 (作风纪律, 执法大练兵): "
        "one sheet per person named Sheet1…Sheet3, a ``所在股室:…　　　岗位:…`` line, 序号/自查风险点 (short)/主要表现 "
        "(long)/风险级别 高风险/中风险/低风险/整改措施, the holder named ONLY in the ``自查人(签名):…`` line under "
        "the table",
        sheets, t,
    )  # fmt: skip


# --------------------------------------------------------------------------- everyday layouts


def qc_institute_types() -> dict:
    unit = "XX市计量质量检测研究院"
    sh = _Sheet("风险排查表", [5, 12, 12, 8, 14, 34, 8, 32])
    t = _Truth(unit)
    sh.add("附件2")
    sh.title(f"{unit}岗位廉政风险排查表", 8)
    sh.add(
        "序号", "部室(中心)", "具体岗位", "姓名", "风险类型", "廉政风险描述", "风险程度", "防范举措"
    )
    offices = [
        ("综合办公室", [
            ("主任", "蒋立群", [
                ("制度机制风险", "公务接待、会议费用审批把关不严,超标准列支", "一般",
                 "接待、会议事前审批,费用按月公开。"),
                ("岗位职责风险", "公车使用登记不实,公车私用", "较低", "派车单制度,行车记录按月核对。"),
            ]),
            ("人事专干", "樊雪", [
                ("业务流程风险", "职称推荐、岗位聘用中材料审核把关不严", "较高", "推荐材料双人审核,推荐结果院内公示。"),
            ]),
        ]),
        ("财务部", [
            ("部长", "孔德明", [
                ("岗位职责风险", "大额资金支付未经集体研究,个人决定", "较高", "大额支付院务会研究,支付凭证三人签字。"),
                ("思想道德风险", "利用审批权向报销人员索要好处", "一般", "报销审批网上流转,审批时限公开。"),
            ]),
            ("出纳", "欧阳琳", [
                ("业务流程风险", "现金收付不及时入账,公款私存", "较高", "现金日清月结,银行对账由会计复核。"),
            ]),
        ]),
        ("检验检测一部", [
            ("部长", "葛振宇", [
                ("外部环境风险", "接受委托单位宴请,出具不实检测结论", "较高", "检测报告三级审核,委托时签订廉洁告知书。"),
                ("制度机制风险", "检测任务分配不公,人为指定检测人员", "一般", "检测任务系统随机分派,分派记录可追溯。"),
            ]),
            ("检测员", "宁晓波", [
                ("岗位职责风险", "篡改原始记录、检测数据", "较高", "原始数据自动采集上传,修改留痕报警。"),
                ("外部环境风险", "收受送检企业礼品、购物卡", "较低", "节前廉洁提醒,拒收登记。"),
            ]),
        ]),
        ("计量所", [
            ("所长", "邵宏", [
                ("业务流程风险", "强制检定计量器具漏检、少检,收取好处", "一般", "强检目录公开,检定计划按季度公示。"),
            ]),
            ("检定员", "苗佳", [
                ("思想道德风险", "检定收费不按标准,多收少收", "较低", "收费标准上墙公示,统一开具票据。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for office, people in offices:
        first = len(sh.rows)
        for post, who, items in people:
            start = len(sh.rows)
            for typ, point, level, measures in items:
                n += 1
                sh.add(n, office, post, who, typ, point, level, measures)
                t.point(sh.name, office, post, who, _tier(post), point, types_in(typ),
                        SOFTENED[level])  # fmt: skip
            _vmerge(sh, start, len(sh.rows) - 1, (2, 3))
        _vmerge(sh, first, len(sh.rows) - 1, (1,))
    r = sh.add("注:风险程度按较高、一般、较低三档填写;风险类型按思想道德、岗位职责、业务流程、制度机制、"
               "外部环境五类填写。", *([None] * 7))  # fmt: skip
    sh.merge(r, 0, r, 7)
    sh.add()
    sh.add("院纪委(盖章)", None, None, None, None, "2024年3月", None, None)
    return _layout(
        "qc_institute_types", "https://cqjz.com.cn/html/dwgk/lzjs/13/07/467.html",
        "计量质量检测研究院 岗位廉政风险排查表 after the source's 院、分院和部室(中心) 三个层面 排查 (岗位职责风险, 业务流程风险; "
        "检验检测、财务管理、人事管理): 附件2 line, title, 序号/部室(中心) merged/具体岗位/姓名 merged per person/"
        "风险类型 (…风险)/廉政风险描述/风险程度 较高/一般/较低/防范举措; 注 line naming the level and type words; "
        "院纪委(盖章) line",
        [sh], t,
    )  # fmt: skip


def hospital_keshi_stars() -> dict:
    unit = "XX县人民医院"
    sh = _Sheet("廉洁风险点", [5, 10, 14, 34, 8, 32, 9])
    t = _Truth(unit)
    sh.title(f"{unit}重点科室廉洁风险点及防控措施表", 7)
    r = sh.add("序号", "科室", "权力事项", "廉洁风险", None, "防控措施", "责任人")
    sh.add(None, None, None, "风险点", "等级", None, None)
    for c in (0, 1, 2, 5, 6):
        sh.merge(r, c, r + 1, c)
    sh.merge(r, 3, r, 4)
    rows = [
        ("药剂科", "韦建平", "药品采购", "在药品遴选中为特定企业说情,收受回扣", "★★★",
         "药品遴选由药事委员会集体决定,采购全程网上进行。"),
        ("药剂科", "韦建平", "药品库存管理", "药品出入库不登记,过期药品私自处置", "★★",
         "药库月度盘点,过期药品销毁双人见证。"),
        ("药剂科", "韦建平", "临床用药监测", "对用量异常的药品不预警、不上报", "★★",
         "用量前十位药品每月公示,异常增长约谈。"),
        ("器械科", "柴永福", "设备采购", "设备参数设置倾向性条款,指定品牌", "★★★",
         "参数论证会三家以上比对,纪检小组监督。"),
        ("器械科", "柴永福", "耗材验收", "高值耗材验收不核对批号、数量", "★★", "耗材扫码入库,使用科室确认签收。"),
        ("总务科", "童立新", "维修工程", "房屋维修化整为零,规避招标", "★★★",
         "10万元以上项目公开招标,结算送审计科审核。"),
        ("总务科", "童立新", "后勤物资采购", "办公用品、被服采购不比价", "★", "后勤物资定点采购,年度价格公示。"),
        ("财务科", "岑美玲", "资金支付", "未按审批权限支付款项", "★★★", "支付按预算内、预算外分级审批,会计复核。"),
        ("财务科", "岑美玲", "收费管理", "医疗收费票据管理不严,截留收入", "★★", "票据领用核销登记,收费日报与系统核对。"),
        ("财务科", "岑美玲", "公务卡报销", "报销票据审核不严,重复报销", "★", "报销凭证逐笔审核,每季度抽查。"),
    ]  # fmt: skip
    for i, (dept, who, power, point, level, measures) in enumerate(rows, 1):
        sh.add(i, dept, power, point, level, measures, who)
        t.point(sh.name, dept, "", who, None, point, [], STARS[level])
    r = sh.add("说明:等级栏★★★为高风险,★★为中风险,★为低风险。", *([None] * 6))
    sh.merge(r, 0, r, 6)
    sh.add("填表人:", None, "审核人:", None, None, "2024年4月", None)
    return _layout(
        "hospital_keshi_stars", "https://m.777doc.com/doc-3995998.html",
        "县人民医院 重点科室廉洁风险点及防控措施表 after the source's 权力运行流程图 (资金管理权, 基建工程项目管理权, 设备、物资、"
        "耗材采购权; 药剂科、器械科、总务科、财务科): TWO-ROW heading, 廉洁风险 spanning 风险点 | 等级, 序号/科室 and "
        "责任人 (names) written on EVERY row/权力事项/防控措施; levels ★★★/★★/★ with a 说明 legend line; 填表人 line",
        [sh], t,
    )  # fmt: skip


def village_posts_ranks() -> dict:
    unit = "XX镇下溪村"
    sh = _Sheet("风险点", [5, 16, 14, 34, 8, 30, 14])
    t = _Truth(unit)
    sh.title(f"{unit}小微权力廉洁风险点一览表", 7)
    sh.add("序号", "权力事项", "责任岗位", "可能存在的廉洁风险", "风险级别", "防范要求", "监督主体")
    groups = [
        ("村级重大决策事项", [
            ("村党组织书记", "重大事项不经“五议”程序,个人说了算", "一级",
             "严格执行提议、商议、审议、决议程序,结果公告。", "村务监督委员会"),
            ("村委会主任", "决议形成后不公示或公示时间不足", "二级", "方案公示15日以上,决议公示3日。", "村务监督委员会"),
        ]),
        ("村级采购事项", [
            ("村委会主任", "采购不比价,向亲友经营的商户采购", "一级", "采购三家比价,采购清单张榜公布。", "镇纪委"),
            ("村报账员", "采购发票不真实,虚列采购支出", "二级", "发票经村务监督委员会审核签字后入账。", "村务监督委员会"),
        ]),
        ("集体资源和资产管理事项", [
            ("村党组织书记", "集体资产低价出租、发包,不公开竞价", "一级",
             "资产出租、发包进入镇农村产权交易平台。", "镇农经站"),
            ("村报账员", "租金收入不及时入账,坐收坐支", "二级", "租金直接进入村集体账户,严禁收取现金。", "镇农经站"),
        ]),
        ("村民宅基地申请事项", [
            ("村委会主任", "为不符合条件的村民出具宅基地申请意见", "二级", "申请条件和审核意见张榜公示。", "镇纪委"),
            ("村务监督委员会主任", "对宅基地审核监督走过场", "三级", "监督意见书面记录并签字存档。", "镇纪委"),
        ]),
        ("困难补助申请事项", [
            ("村党组织书记", "困难补助对象评议优亲厚友", "二级", "补助对象村民代表会议评议,结果公示7日。",
             "村务监督委员会"),
        ]),
        ("证明出具和印章管理事项", [
            ("村委会文书", "违规出具证明、私自使用村级印章", "三级", "印章专人保管,用章登记审批。", "村务监督委员会"),
        ]),
    ]  # fmt: skip
    n = 0
    for power, items in groups:
        first = len(sh.rows)
        for post, point, level, measures, watcher in items:
            n += 1
            sh.add(n, power, post, point, level, measures, watcher)
            t.point(sh.name, "", post, "", _tier(post), point, [], ORDINAL[level])
        _vmerge(sh, first, len(sh.rows) - 1, (1,))
    sh.add()
    sh.add("村党组织(盖章)", None, None, "村务监督委员会(盖章)", None, "2024年6月", None)
    return _layout(
        "village_posts_ranks", "http://zqb.cyol.com/html/2020-08/11/nw.D110000zgqnb_20200811_4-11.htm",
        "村 小微权力廉洁风险点一览表 after the source's 宁海 36条 (村级重大决策事项、村级采购事项、集体资源和资产管理事项、"
        "村民宅基地申请事项; 五议; 村务监督委员会全程监督): the 村 only in the title, 序号/权力事项 merged/责任岗位 (posts, "
        "NO names)/可能存在的廉洁风险/风险级别 一级/二级/三级/防范要求/监督主体 (村务监督委员会, 镇纪委); 盖章 line",
        [sh], t,
    )  # fmt: skip


def transport_stage_posts() -> dict:
    unit = "XX区交通运输局"
    sh = _Sheet("风险防控清单", [5, 11, 14, 8, 32, 8, 28, 26])
    t = _Truth(unit)
    sh.title(f"{unit}交通工程建设廉政风险防控清单", 8)
    r = sh.add("(对照《交通工程廉政风险防控图》逐环节填写)", *([None] * 7))
    sh.merge(r, 0, r, 7)
    sh.add(
        "序号", "重点环节", "重要岗位", "责任人", "廉政风险点", "风险分级", "防控措施", "监督工作"
    )
    stages = [
        ("项目立项", [
            ("计划科科长", "邹海峰", "拆分项目规避上级审批", "Ⅱ", "项目立项局党组集体研究,立项资料存档。",
             "派驻纪检监察组查阅立项会议纪要"),
        ]),
        ("勘察设计", [
            ("工程技术员", "卢晓东", "设计方案迁就施工单位,预留变更空间", "Ⅱ", "设计方案专家评审,评审意见存档。",
             "抽查设计评审记录"),
        ]),
        ("招标投标", [
            ("建设管理科科长", "沈志刚", "招标文件设置排他性条款", "Ⅰ", "招标文件法制审核,评分标准公开。",
             "招标文件发布前纪检组审查"),
            ("招标专管员", "喻婷", "泄露潜在投标人名单", "Ⅰ", "投标报名网上进行,名单开标前保密。", "开标现场监督"),
        ]),
        ("合同管理", [
            ("建设管理科科长", "沈志刚", "合同条款擅自变更,降低违约责任", "Ⅱ", "合同变更经局务会研究,法律顾问审查。",
             "合同履约情况季度检查"),
        ]),
        ("设计变更", [
            ("工程技术员", "卢晓东", "虚增变更工程量", "Ⅰ", "变更工程量三方现场核实,影像留存。", "重大变更全程参与"),
            ("项目负责人", "杭建明", "未批先变,事后补办手续", "Ⅱ", "变更实行事前审批,未批先变不予计量。",
             "变更台账月度抽查"),
        ]),
        ("政策处理", [
            ("政策处理专员", "毛丽华", "青苗、附着物补偿虚报冒领", "Ⅰ", "补偿清单村组公示,补偿款直接打卡。",
             "补偿对象入户回访"),
        ]),
        ("质量验收", [
            ("项目负责人", "杭建明", "隐蔽工程未验收即签字", "Ⅱ", "隐蔽工程验收影像上传平台。", "验收资料随机抽查"),
            ("质监员", "包文杰", "降低标准通过交工验收", "Ⅲ", "交工验收第三方检测,检测报告公开。", "参加交工验收"),
        ]),
        ("资金安排", [
            ("财务审计科科长", "詹丽", "工程款超进度拨付", "Ⅱ", "拨付依据监理计量和审计意见,分级审签。",
             "工程款拨付台账季度检查"),
            ("计划科科长", "邹海峰", "资金安排厚此薄彼,收受好处", "Ⅲ", "年度资金计划局党组研究,计划公开。",
             "资金安排会议列席监督"),
        ]),
    ]  # fmt: skip
    n = 0
    for stage, items in stages:
        first = len(sh.rows)
        for post, who, point, level, measures, check in items:
            n += 1
            sh.add(n, stage, post, who, point, level, measures, check)
            t.point(sh.name, "", post, who, _tier(post), point, [], ROMAN_BARE[level])
        _vmerge(sh, first, len(sh.rows) - 1, (1,))
    sh.add()
    sh.add("局党组审定:", None, None, "纪检监察组:", None, "2024年2月", None, None)
    return _layout(
        "transport_stage_posts",
        "http://www.zjsjw.gov.cn/zhuantizhuanlan/qlzjnwtx/qinglianjiaotong/202201/t20220127_5492642.shtml",
        "区交通运输局 交通工程建设廉政风险防控清单 after the source's 交通工程廉政风险防控图 (15个重点环节、26个重要岗位、"
        "45个廉政风险点和62项监督工作; 招投标、合同管理、设计变更、政策处理、资金安排): a bracketed (对照…逐环节填写) "
        "line under the title, 序号/重点环节 merged/重要岗位/责任人 (names; the same holder under several 环节, rows "
        "apart)/廉政风险点/风险分级 bare Ⅰ/Ⅱ/Ⅲ/防控措施/监督工作; 局党组审定 line",
        [sh], t,
    )  # fmt: skip


def forestry_gu_yilan() -> dict:
    unit = "XX县林业局"
    dept = "资源林政股"
    sh = _Sheet("一览表", [5, 12, 8, 16, 34, 8, 30])
    t = _Truth(unit)
    sh.title(f"{unit}{dept}岗位廉政风险点一览表", 7)
    r = sh.add(None, None, None, None, "填报日期:2024年3月1日", None, None)
    sh.merge(r, 4, r, 6)
    sh.add("序号", "岗位", "责任人", "职责事项", "廉洁风险表现", "风险等级", "防控办法")
    rows = [
        ("股长", "覃国良", "林木采伐许可审核", "为不符合条件的申请人办理采伐许可证,收受好处", "高",
         "采伐许可网上申请、网上审核,审核意见集体研究。"),
        ("股长", "覃国良", "采伐指标分配", "采伐指标分配优亲厚友,暗箱操作", "高", "采伐指标现场公开摇号,纪检全程监督。"),
        ("股长", "覃国良", "林地占用审核", "对超审批范围使用林地不制止、不报告", "中", "用地项目定期实地核查,核查照片存档。"),
        ("伐区调查设计员", "黎红梅", "伐区调查设计", "伐区设计虚增出材量,为木材老板多采提供便利", "高",
         "设计成果由林业工作总站复核,随机抽查。"),
        ("伐区调查设计员", "黎红梅", "伐区验收", "伐区验收走过场,超采不报告", "中", "验收两人以上,验收结果公示。"),
        ("林政执法员", "蓝天佑", "木材运输检查", "对无证运输木材放行,收取好处费", "中", "检查站视频监控,检查记录日清。"),
        ("林政执法员", "蓝天佑", "涉林案件查处", "涉林案件以罚代刑、降格处理", "高", "案件法制审核,处罚结果公开。"),
        ("林政执法员", "蓝天佑", "野生动物驯养许可", "驯养许可现场核查流于形式", "低", "现场核查拍照留存,双人核查。"),
    ]  # fmt: skip
    for i, (post, who, duty, point, level, measures) in enumerate(rows, 1):
        sh.add(i, post, who, duty, point, level, measures)
        t.point(sh.name, dept, post, who, _tier(post), point, [], HML[level])
    sh.add()
    sh.add("股长(签字):", None, None, "分管领导(签字):", None, None, None)
    return _layout(
        "forestry_gu_yilan", "http://mmzhuang.com/xwzx/xingyexinwen/2291.html",
        "县林业局 资源林政股 岗位廉政风险点一览表 after the source's 林木采伐 监督 (伪造采伐许可证, 采伐指标摇号, 违法违规采伐): "
        "the 股 ONLY in the title, a 填报日期 line, 序号/岗位/责任人 written on EVERY row (no merge)/职责事项 (the duty)/"
        "廉洁风险表现 (the point)/风险等级 高/中/低/防控办法; 股长/分管领导 签字 line",
        [sh], t,
    )  # fmt: skip


def water_flow_steps() -> dict:
    unit = "XX县水利局"
    sh = _Sheet("廉政风险点排查", [5, 11, 14, 10, 32, 7, 30, 8])
    t = _Truth(unit)
    sh.title(f"{unit}业务流程廉政风险点排查表", 8)
    r = sh.add("填报说明:对照业务流程逐个节点查找风险点,一个节点可填多个风险点。", *([None] * 7))
    sh.merge(r, 0, r, 7)
    sh.add("序号", "股室", "业务流程", "流程节点", "风险点", "风险等级", "防控措施", "责任人")
    offices = [
        ("建设管理股", "水利工程建设管理", [
            ("立项申报", "冉志强", "项目申报材料弄虚作假,套取上级资金", "Ⅰ级", "申报材料股室初审、局务会审定。"),
            ("招标投标", "冉志强", "招标代理机构由个人指定", "Ⅰ级", "招标代理机构从名录库随机抽取。"),
            ("招标投标", "冉志强", "评标专家抽取前泄露名单", "Ⅰ级", "专家抽取在交易中心封闭进行。"),
            ("工程计量", "易文斌", "工程计量与实际不符,多计工程量", "Ⅱ级", "计量实行监理、施工、业主三方签认。"),
            ("竣工验收", "易文斌", "竣工验收降低标准,掩盖质量问题", "Ⅱ级", "验收邀请质量监督机构参加。"),
        ]),
        ("水资源管理股", "取水许可审批", [
            ("受理", "符海燕", "对申请材料不全的申请违规受理", "Ⅲ级", "一次性告知,受理条件公开。"),
            ("现场核查", "符海燕", "现场核查走过场,核定取水量偏大", "Ⅱ级", "现场核查两人以上,核查记录签字。"),
            ("水资源费征收", "苟建军", "水资源费少征、缓征不按程序审批", "Ⅱ级", "征收标准公开,减缓征集体研究。"),
        ]),
        ("河湖管理股", "河道采砂管理", [
            ("许可审批", "龙海波", "采砂许可违规审批,超范围开采不制止", "Ⅰ级", "采砂许可公开拍卖,采区视频监控。"),
            ("执法巡查", "龙海波", "对非法采砂查处不力,充当保护伞", "Ⅰ级", "举报件登记办理,办理结果回访。"),
            ("执法巡查", "龙海波", "巡查记录补记、代签", "Ⅲ级", "巡查轨迹系统记录,每月抽查。"),
        ]),
    ]  # fmt: skip
    n = 0
    for office, flow, items in offices:
        recs = []
        for node, who, point, level, measures in items:
            n += 1
            recs.append([n, office, flow, node, point, level, measures, who])
            t.point(sh.name, office, "", who, None, point, [], ROMAN[level])
        sh.records(recs, merge_cols=(1, 2, 3, 7))
    sh.add()
    sh.add("分管领导:", None, None, "股室负责人:", None, "2024年5月", None, None)
    return _layout(
        "water_flow_steps", "https://cdn.slideserve.com/morty/4417020",
        "县水利局 业务流程廉政风险点排查表 after the source's 如何查找廉政风险点 (对照业务流程、权力运行的轨迹一个步骤一个步骤地去"
        "查找): a 填报说明 line, 序号/股室/业务流程/流程节点 merged down/风险点/风险等级 Ⅰ级/Ⅱ级/Ⅲ级/防控措施/责任人 "
        "(names, merged over a holder's nodes); no post column; 分管领导/股室负责人 line",
        [sh], t,
    )  # fmt: skip


def finance_keshi_major() -> dict:
    unit = "XX县财政局"
    sh = _Sheet("科室风险点", [5, 10, 8, 8, 34, 8, 30, 10])
    t = _Truth(unit)
    sh.add("附件3")
    sh.title(f"{unit}机关科室岗位廉政风险点汇总表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险内容", "风险分级", "防控要求", "分管领导")
    offices = [
        ("办公室", "黄振华", [
            ("主任", "阮志明", "公务接待、公车使用超标准、不登记", "较大", "接待、用车事前审批,按季度公开。"),
            ("主任", "阮志明", "涉密文件借阅不登记,造成泄密", "一般", "借阅审批登记,涉密文件专柜保管。"),
            ("文秘", "苏晴", "信访件登记不及时,压件不办", "一般", "信访件当日登记,办理时限跟踪。"),
        ]),
        ("预算股", "戴建新", [
            ("股长", "林春生", "部门预算编制中随意调整预算数", "重大", "预算调整局党组研究,结果公开。"),
            ("股长", "林春生", "预算追加审核不严,优亲厚友", "重大", "追加事项集体研究,追加结果公示。"),
            ("科员", "何佳", "泄露预算编制中未公开的信息", "一般", "预算资料专人保管,系统权限分级。"),
        ]),
        ("国库股", "戴建新", [
            ("股长", "魏明轩", "违规调度库款,拨付不及时索要好处", "较大", "库款调度集体研究,拨付时限公开。"),
            ("会计", "邝丽", "国库集中支付凭证审核把关不严", "较大", "支付凭证双人复核,系统校验。"),
        ]),
        ("政府采购股", "黄振华", [
            ("股长", "甘立伟", "采购方式变更审批走过场", "重大", "变更采购方式专家论证并公示。"),
            ("科员", "莫小燕", "向供应商泄露采购预算、评审专家信息", "较大", "评审专家随机抽取,抽取结果保密。"),
        ]),
    ]  # fmt: skip
    n = 0
    for office, leader, items in offices:
        first = len(sh.rows)
        for post, who, point, level, measures in items:
            n += 1
            sh.add(n, office, post, who, point, level, measures, leader)
            t.point(sh.name, office, post, who, _tier(post), point, [], GRAVITY[level])
        _vmerge(sh, first, len(sh.rows) - 1, (1, 7))
    r = sh.add("注:风险分级分为重大、较大、一般三级。", *([None] * 7))
    sh.merge(r, 0, r, 7)
    sh.add("局办公室", None, None, None, None, "2024年7月", None, None)
    return _layout(
        "finance_keshi_major", "https://ishare.iask.sina.com.cn/f/6vVSVDmSWbL.html",
        "县财政局 机关科室岗位廉政风险点汇总表 after the source's 机关运行和政务风险防控办法 (公文处理、保密、信访、公车管理、财务"
        "管理; 重大风险、较大风险和一般风险三个级别; 局内各科室): 附件3 line, 序号/科室 merged/岗位/姓名 repeated on EVERY row/"
        "风险内容/风险分级 重大/较大/一般/防控要求/分管领导 (names, merged per 科室); 注 legend line",
        [sh], t,
    )  # fmt: skip


def farm_machine_types() -> dict:
    unit = "XX县农业机械化技术服务中心"
    sh = _Sheet("补贴岗位", [5, 12, 8, 10, 34, 8, 30])
    t = _Truth(unit)
    sh.title(f"{unit}农机购置补贴岗位廉政风险点及防控措施表", 7)
    r = sh.add("序号", "岗位", "责任人", "风险识别", None, None, "防控措施")
    sh.add(None, None, None, "风险类别", "风险点", "风险等级", None)
    for c in (0, 1, 2, 6):
        sh.merge(r, c, r + 1, c)
    sh.merge(r, 3, r, 5)
    people = [
        ("主任", "宋立华", [
            ("制度机制", "补贴资金结算不按程序集体研究", "高", "补贴资金结算经中心班子会研究,结算名单公示。"),
            ("外部环境", "接受农机经销企业宴请、礼品", "中", "与经销企业签订廉洁承诺,拒收登记。"),
        ]),
        ("补贴审核员", "施雨", [
            ("岗位职责", "补贴申请资料审核不严,为不符合条件的机具办理补贴", "高", "申请资料系统比对,审核双人负责。"),
            ("业务流程", "人机合影核验走过场,套取补贴资金", "高", "现场核验拍照上传,随机抽查10%。"),
            ("思想道德", "优先办理关系户补贴申请", "低", "办理顺序按系统受理时间排序。"),
        ]),
        ("机具核验员", "郝文博", [
            ("岗位职责", "对倒卖补贴机具不核查、不报告", "中", "建立补贴机具档案,定期回访。"),
            ("业务流程", "机具铭牌、出厂编号核对不实", "中", "铭牌编号拍照存档,系统比对查重。"),
        ]),
        ("档案管理员", "尹小萍", [
            ("制度机制", "补贴档案资料不全,事后补资料", "低", "档案即办即归,季度检查。"),
        ]),
    ]  # fmt: skip
    n = 0
    for post, who, items in people:
        first = len(sh.rows)
        for typ, point, level, measures in items:
            n += 1
            sh.add(n, post, who, typ, point, level, measures)
            t.point(sh.name, "", post, who, _tier(post), point, types_in(typ), HML[level])
        _vmerge(sh, first, len(sh.rows) - 1, (1, 2))
    sh.add()
    r = sh.add("监督举报电话:0571-12316", *([None] * 6))
    sh.merge(r, 0, r, 6)
    sh.add("中心(盖章)", None, None, None, "2024年4月", None, None)
    return _layout(
        "farm_machine_types", "http://fsou.com/html/text/lar/173981/17398164_2.html",
        "农机化技术服务中心 农机购置补贴岗位廉政风险点及防控措施表 after the source's 补贴政策实施 监督检查 (补贴对象、补贴机具、"
        "补贴标准的真实性, 倒卖补贴机具, 举报投诉): TWO-ROW heading, 风险识别 spanning 风险类别 | 风险点 | 风险等级, "
        "序号/岗位/责任人 (names) merged per person, 风险类别 written short (岗位职责, 业务流程 …), 高/中/低, 防控措施; "
        "a 监督举报电话 line and 中心(盖章) line",
        [sh], t,
    )  # fmt: skip


def audit_personal_sheets() -> dict:
    unit = "XX县审计局"
    t = _Truth(unit)
    people = [
        ("许文杰", "财政审计股", "股长", [
            ("审计中发现问题不如实反映,隐瞒审计线索", "岗位职责", "高", "审计发现问题审计组集体讨论,底稿三级复核。"),
            ("审计组成员分工由个人决定,回避制度执行不到位", "制度机制", "中",
             "审计组组成报局审计业务会审定,回避情况书面报告。"),
            ("接受被审计单位宴请、安排旅游", "外部环境", "中", "进点即签订廉洁承诺,被审计单位填写廉政评价表。"),
        ]),
        ("曾丽娟", "经济责任审计股", "审计员", [
            ("审计取证不充分,审计结论失实", "业务流程", "中", "取证单经被审计单位签认,证据清单化。"),
            ("泄露审计工作秘密", "岗位职责", "高", "审计资料专人保管,涉密资料不出办公区。"),
            ("利用审计职权为亲友谋取利益", "外部环境", "低", "亲属关系情况登记,涉及亲属的项目一律回避。"),
        ]),
        ("贺振东", "投资审计股", "审计员", [
            ("工程结算审计中与施工单位串通,少审减", "岗位职责", "高", "主审、复核分离,审减结果集体会审。"),
            ("委托中介机构审计时指定机构", "制度机制", "中", "中介机构从备选库随机抽取。"),
            ("审计时限随意延长,索要好处", "业务流程", "低", "审计项目时限系统管理,超期通报。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, office, post, items in people:
        sh = _Sheet(who, [6, 32, 12, 9, 34])
        sh.title(f"{unit}个人岗位廉政风险自查表", 5)
        r = sh.add(f"姓{FW}名", who, "所在股室", office, None)
        sh.merge(r, 3, r, 4)
        r = sh.add(f"职{FW}务", post, "填表日期", "2024年3月", None)
        sh.merge(r, 3, r, 4)
        sh.add("序号", "查找出的风险点", "风险来源", "风险等级", "防范措施")
        for i, (point, source, level, measures) in enumerate(items, 1):
            sh.add(i, point, source, level, measures)
            t.point(sh.name, office, post, who, _tier(post), point, types_in(source), HML[level])
        sh.add()
        sh.add("本人签名:", None, "股室负责人审核:", None, None)
        sheets.append(sh)
    return _layout(
        "audit_personal_sheets", "https://jiwei.aynu.edu.cn/info/1021/3429.htm",
        "县审计局 个人岗位廉政风险自查表 after the source's 审计机关 廉政风险防控 (围绕岗位职责、业务流程、制度机制和外部环境 "
        "查找, 自己找、相互帮、领导提、集中评、组织审): one sheet per person (tab = name), 姓　名/所在股室 and 职　务/"
        "填表日期 label/value rows, 序号/查找出的风险点/风险来源 (the four aspects: a type column)/风险等级 高/中/低/"
        "防范措施; 本人签名 line",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    transport_leader_cards(),
    eco_selfcheck_signed(),
    qc_institute_types(),
    hospital_keshi_stars(),
    village_posts_ranks(),
    transport_stage_posts(),
    forestry_gu_yilan(),
    water_flow_steps(),
    finance_keshi_major(),
    farm_machine_types(),
    audit_personal_sheets(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` (re-saved copies ``resaved/b21_*``)."""
    return _build(outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX)


if __name__ == "__main__":
    import sys

    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch21-inbox"))

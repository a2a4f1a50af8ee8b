"""The three-hundredth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one city's state-owned
companies and 事业单位, 万源市 (a county-level city of 达州 in the 大巴山, its staff Han) — its
交通建设投资有限公司, 八台山旅游开发有限公司, 供排水有限责任公司 and 粮油储备有限公司, its 中心医院 and
中医院, its 国有林场 and its 不动产登记中心 — each handing back the 一览表, 防控卡, 防控表, 排查表,
自查表 or 清单 its staff typed in WPS or Excel:

- the 中心医院's 防控卡, one sheet a holder (tabs 院长, 财务科科长, 检验科主任): ``姓　名 | … | 职　务 | …``
  and ``所在科室 | … | 持卡时间 | …`` above ``序号 | 风险点 | 风险类别 | 风险等级 | 防控措施``, short
  types, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``持卡人（签字）： | … | 院纪委（盖章）：``;
- the 八台山旅游开发有限公司's 防控表 under GROUP ROWS ``一、公司领导`` … ``四、财务部`` merged across (no
  部门 column): ``岗位 | 姓名`` merged per person, ``★★★/★★/★`` read by a ``注：`` line, no type column;
- the 供排水有限责任公司's 排查表 对岗不对人: ``部门`` merged, ``岗位`` on every row, a short ``风险点``
  beside a long ``风险表现``, ``…风险`` types, ``一级风险/二级风险/三级风险``, no names; an
  编制/审核/date line;
- the 粮油储备有限公司's 自查表, one sheet a person (tabs named by the person): a label row ``姓　名 |
  部　门 | 岗　位 | 自查时间`` over a row of values, then ``序号 | 风险点 | 风险类型 | 风险等级 |
  防控措施 | 自查情况``, short types, ``高风险/中风险/低风险``, ``本人签名： | … | 总经理意见：``;
- the 国有林场's file in two sheets: ``场领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位`` and ``姓名`` merged per person), bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line,
  no type column;
- the 不动产登记中心's 责任清单: ``股室`` merged, ``岗位`` and ``责任人`` merged per person, ``职责事项``
  before the ``廉政风险点``, ``一级/二级/三级``, no type column, and a last ``分管领导`` column;
- the 中医院's 一览表 under ``附件1`` and a ``填报单位（盖章）：…　填报时间：…`` line: ``科室`` merged,
  ``岗位 | 姓名`` on every row, short types, 高/中/低.

One is harder:

- ``wanyuan_traffic_invest_footnote_levels``: the 交通建设投资有限公司's 岗位廉洁风险防控一览表, an
  ordinary list in every other respect — ``序号 | 部门 | 岗位 | 姓名 | 廉洁风险点 | 风险类别 | 防控措施``,
  ``部门`` merged, ``岗位`` and ``姓名`` merged per person, short types — that has NO LEVEL COLUMN: each
  point cell ends with a FOOTNOTE MARKER, a circled numeral written straight after the point's
  last character (``设计变更、工程签证审核把关不严，虚增工程量①``), and the merged ``注：`` line under
  the table says what the markers mean (``注：风险点后标注①的为一级风险（高），标注②的为二级风险（中），
  标注③的为三级风险（低）。``). So the level of a point is its marker read by the note, and the point
  is the cell's text without the marker. The README's 读得懂的表 knows levels in a level column
  (however worded, a legend reading ``A/B/C``, ``●●●``, colours, numbers or 序号), a level in
  brackets after the point in a ``风险点及等级`` column (``违规审批（高）``), a group row ``一、一级风险点``,
  levels by sheet or by title, and — the nearest — ``★``/``☆`` written BEFORE a point with a note
  ``风险点前标“★”的为一级风险点……未标注的为三级`` (LEVEL_MARKS); it does not describe a circled-numeral
  footnote marker AFTER the point's text, every point marked, whose note names the markers
  ``①②③`` (characters that NFKC turns into the digits ``1 2 3``, and that elsewhere number the
  items of a cell) as the levels.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (an article on 工程管理 纪检监督 —
项目决策, 招标投标 (围标串标, 内定中标人, 领导干部插手), 合同执行与资金使用 (工程款支付, 变更签证,
虚报工程量), 工程质量与安全, 问责; a 5A 景区 主题公园's 纪检 on its 创建 投资项目 — 游客服务中心改造,
景区卫生间改造, 工程建设及合同招采; a 县水利局's 农村饮水安全工程 建后管护和水费收缴 专项整治 —
违规收取管网配套建设费, 水费, 自行提高收费标准, 问题清单; a review of the 粮食购销领域 专项整治 —
升溢粮, 转圈粮 (以陈顶新), 损耗粮, 挪用公款; a 县 人民医院 窝案 — 院长 权力过于集中, 药事管理委员会
形同虚设, 财务科长 and 会计 挪用公款, 检验科 耗材 回扣, 开单提成; an article on 医院一把手 落马 — 设备
回扣, 副院长, 财务部主任, 后勤服务部主任, 医学装备部主任; a 国营林场's record — 天然林保护工程,
造林绿化, 森林管护, 盗伐滥伐; a 纪委监委 on 不动产登记中心 窗口 and 黑中介 — 不叫号干私活, 插队,
黄牛, 购房资格审查) and the layout follows their words for the unit, its parts, its posts and its
risks. The rows are worded by us, the names invented (rare Han surnames with rare given names,
three characters each); every unit is a body of 万源市.

Run ``python tests/published/score.py --set batch300`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the point is the cell's text WITHOUT its closing marker, and its level the
  marker read by the ``注：`` line (``①`` → 1, ``②`` → 2, ``③`` → 3); the marker and the note are no
  point; the holder is ``姓名``, the 科室 ``部门``, the type ``风险类别``;
- ``公司领导``, ``院领导``, ``中心领导`` (a 部门/科室/股室 cell, a card's 所在科室, a group row, a self-check's
  部门) and the 国有林场's sheet ``场领导`` (its title ``…场领导廉政风险防控表``) are the 科室 of those leaders;
  a company's 部 and 室, a hospital's 科 and 部, a 林场's and a 中心's 股 are 科室; a group row
  ``二、工程规划部`` gives the 科室 ``工程规划部`` (its number left off);
- every company, hospital, 林场 and 中心 is a unit of its own: 董事长, 总经理, 副总经理, 院长, 副院长,
  场长, 副场长, the 中心's 主任 and 副主任 are leaders; 部长, a 部's 经理 or 主任, a 科's 科长 and 科主任
  and a 股's 股长 middle; the rest (现场代表, 会计, 出纳, 技术员, 售票员, 抄表收费员, 维修工, 化验员,
  保管员, 护林员, 报账员, 窗口工作人员, 档案管理员, 采购员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``职责事项`` and ``自查情况`` are no
  points and name no holder; the 不动产登记中心's ``分管领导`` column names the leader who supervises (or
  the 市自然资源局), not the holder (the ``责任人`` column does); the 供排水有限责任公司's list names no
  person: its forms are posts (对岗不对人);
- ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, ``一级风险/二级风险/三级风险``, ``高风险/中风险/低风险``, bare ``Ⅰ/Ⅱ/Ⅲ``,
  ``一级/二级/三级``, ``高/中/低`` and the harder file's ``①/②/③`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.batch287 import _per_person
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b300_"
PLACE = "万源市"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
MARKS = {"①": 1, "②": 2, "③": 3}
GAP = "\u3000"


# --------------------------------------------------------------------------- harder layout

MARK_NOTE = (
    "注：风险点后标注①的为一级风险（高），标注②的为二级风险（中），标注③的为三级风险（低）。"
)
MARK_HEAD = ("序号", "部门", "岗位", "姓名", "廉洁风险点", "风险类别", "防控措施")

# (部门, 岗位, 姓名, tier, [(廉洁风险点 without its marker, marker, 类别, 防控措施)])
MARKED = [
    ("公司领导", "董事长", "蹇沄蘅", "leader", [
        ("农村公路建设项目投资决策不经“三重一大”集体研究", "①", "制度机制",
         "重大投资事项党支部前置研究、董事会集体决策，会议纪要存档。"),
        ("为特定关系人承揽公司项目打招呼、插手工程招标", "①", "思想道德",
         "插手干预事项如实登记，按季度向市纪委监委报告。"),
    ]),
    ("公司领导", "副总经理", "谯翊渟", "leader", [
        ("对施工单位转包、违法分包问题不督促查处", "②", "岗位职责", "项目部主要人员到岗情况每月抽查通报。"),
    ]),
    ("工程管理部", "部长", "税洺瑶", "middle", [
        ("设计变更、工程签证审核把关不严，虚增工程量", "①", "业务流程",
         "变更签证经监理、跟踪审计、公司三方会签。"),
        ("隐蔽工程、交工验收走过场，降低质量标准", "②", "岗位职责", "验收留存影像资料，质量问题限期整改销号。"),
    ]),
    ("工程管理部", "现场代表", "牟泠璇", "general", [
        ("接受施工单位宴请、礼品礼金", "③", "外部环境", "签订廉洁从业承诺书，节前廉洁提醒。"),
        ("施工日志、计量资料事后补记，与现场不符", "②", "业务流程", "计量资料当日签认，监理同步复核。"),
    ]),
    ("招标合约部", "经理", "帅岍翎", "middle", [
        ("招标文件设置排他性条款，量身定制资格条件", "①", "制度机制", "招标文件经法律顾问审核，公开发布。"),
        ("合同签订后随意变更实质性条款", "②", "业务流程", "合同变更报总经理办公会审议。"),
    ]),
    ("财务部", "会计", "伏澈峣", "general", [
        ("工程款、农民工工资专户资金不按进度和审批支付", "②", "业务流程",
         "支付凭合同、计量单、审批单办理，专户资金按月对账。"),
        ("项目资金挪作他用，账务处理不规范", "③", "岗位职责", "项目资金专账核算，年度接受审计。"),
    ]),
]  # fmt: skip


def wanyuan_traffic_invest_footnote_levels() -> dict:
    unit = f"{PLACE}交通建设投资有限公司"
    ncols = len(MARK_HEAD)
    sh = _Sheet("一览表", [6, 12, 10, 9, 44, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉洁风险防控一览表", ncols)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", ncols)
    sh.add(*MARK_HEAD)
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in MARKED:
        for point, mark, typ, measures in points:
            n += 1
            sh.add(n, dept, post, who, f"{point}{mark}", typ, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), MARKS[mark])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, MARK_NOTE, ncols)
    sh.add("填表人：", None, "审核人：", None, "董事长（签字）：", None, None)
    return _layout(
        "wanyuan_traffic_invest_footnote_levels", "https://www.lanyancloud.com/news/2016326012975083520",
        "(harder) 市交通建设投资有限公司 岗位廉洁风险防控一览表, after the source's 工程管理 纪检监督 (项目决策, 招标投标, 合同执行与"
        "资金使用, 变更签证, 虚报工程量, 工程质量): a title and a merged ``填报单位（盖章）：…　填报时间：2025年6月`` line, then "
        "序号/部门 merged (公司领导, 工程管理部, 招标合约部, 财务部)/岗位 and 姓名 merged per person/廉洁风险点/风险类别 (short "
        "names)/防控措施 with NO LEVEL COLUMN: every point cell ends with a circled-numeral FOOTNOTE MARKER ``①``/``②``/``③`` "
        "and a merged ``注：风险点后标注①的为一级风险（高），标注②的为二级风险（中），标注③的为三级风险（低）。`` line gives "
        "their levels; a 填表人/审核人/董事长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def wanyuan_central_hospital_cards() -> dict:
    unit = f"{PLACE}中心医院"
    t = _Truth(unit)
    cards = [
        ("院长", "敬翮岚", "院长", "院领导", "leader", [
            ("大型设备采购、基建项目不经院党委会集体决策", "制度机制", "Ⅰ级", "“三重一大”事项党委会集体研究，会议纪要存档。"),
            ("药事管理委员会形同虚设，个人决定药品耗材进院", "岗位职责", "Ⅰ级",
             "药品耗材进院由药事管理委员会投票表决，纪检全程监督。"),
            ("接受医药、器械供应商宴请和礼金", "思想道德", "Ⅱ级", "严格执行“九不准”，拒收登记。"),
        ]),
        ("财务科科长", "芮翊沨", "科长", "财务科", "middle", [
            ("大额资金支付不经审批，资金流向无人核对", "业务流程", "Ⅰ级", "大额支付院长审批，银行流水每月对账。"),
            ("银行账户、网银密钥一人保管，缺少内部牵制", "制度机制", "Ⅱ级", "密钥分人保管，出纳与会计岗位分离。"),
        ]),
        ("检验科主任", "滕霈岍", "科主任", "检验科", "middle", [
            ("检验试剂、耗材遴选中收受供应商回扣", "外部环境", "Ⅰ级", "试剂耗材集中采购，科室不得自行采购。"),
            ("开单提成，诱导患者做不必要的检验项目", "岗位职责", "Ⅱ级", "检验开单量每月分析，异常处方点评。"),
            ("试剂出入库登记不全，账实不符", "业务流程", "Ⅲ级", "试剂出入库扫码登记，每季度盘点。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, dept, tier, points in cards:
        sh = _Sheet(tab, [8, 38, 10, 9, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 5)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", post, None)
        sh.add("所在科室", dept, "持卡时间", "2025年5月", None)
        sh.add("序号", "风险点", "风险类别", "风险等级", "防控措施")
        for i, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(i, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
        sh.add()
        sh.add("持卡人（签字）：", None, "院纪委（盖章）：", None, None)
        sheets.append(sh)
    return _layout(
        "wanyuan_central_hospital_cards", "https://zhi.in.net/p/7270489238590722048",
        "市中心医院 岗位廉政风险防控卡, one sheet a holder (tabs 院长, 财务科科长, 检验科主任), after the source's 县 人民医院 窝案 "
        "(院长 权力过于集中, 药事管理委员会形同虚设, 财务科长 挪用公款, 检验科 耗材 回扣, 开单提成): a title, ``姓　名 | … | "
        "职　务 | …`` and ``所在科室 | … | 持卡时间 | 2025年5月``, then 序号/风险点/风险类别 (short names)/风险等级 "
        "``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; a blank row and ``持卡人（签字）： | 院纪委（盖章）：``",
        sheets, t,
    )  # fmt: skip


def wanyuan_baitaishan_tourism_groups() -> dict:
    unit = f"{PLACE}八台山旅游开发有限公司"
    sh = _Sheet("防控表", [6, 10, 9, 42, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}廉洁风险防控表", 6)
    sh.add("序号", "岗位", "姓名", "廉洁风险点", "风险等级", "防控措施")
    groups = [
        ("一、公司领导", "公司领导", [
            ("总经理", "蒲漪澄", "leader", [
                ("景区创建提升投资项目不经集体研究即开工", "★★★", "投资项目总经理办公会研究，报市国资部门备案。"),
                ("门票、观光车收入流向不明，私设账外账", "★★★", "经营收入统一进入公司账户，每月对账。"),
            ]),
            ("副总经理", "邬沄琦", "leader", [
                ("游客服务中心改造工程变更审批把关不严", "★★", "变更经设计、监理、跟踪审计会签。"),
            ]),
        ]),
        ("二、工程规划部", "工程规划部", [
            ("部长", "谌汐峤", "middle", [
                ("景区卫生间、步道改造项目化整为零规避招标", "★★★", "按限额标准公开招标，项目清单公示。"),
                ("工程进度款不按合同节点审核", "★★", "进度款凭监理签认的计量单支付。"),
            ]),
            ("技术员", "芮湛岱", "general", [
                ("工程验收签字走过场", "★★", "验收留存影像资料，双人签字。"),
            ]),
        ]),
        ("三、运营服务部", "运营服务部", [
            ("部长", "仉沐澄", "middle", [
                ("门票优惠、免票审批随意，人情放行", "★★", "优惠免票政策公开，审批登记备查。"),
                ("景区经营摊位出租不公开", "★★★", "摊位公开招租，合同报公司备案。"),
            ]),
            ("售票员", "仝岑漪", "general", [
                ("售票款不及时解缴，重复使用门票", "★★", "售票款当日解缴，电子票务系统核验。"),
            ]),
        ]),
        ("四、财务部", "财务部", [
            ("会计", "隗峤霏", "general", [
                ("报销凭证审核不严，虚列支出", "★", "报销经经办、审核、审批三签。"),
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
                t.point(sh.name, dept, post, who, tier, point, [], STARS[lv])
        _per_person(sh, first, None, 1, 2)
    _line(sh, "注：风险等级★★★为高风险，★★为中风险，★为低风险。", 6)
    sh.add("制表：综合办公室", None, None, "审核：", "2025年5月", None)
    return _layout(
        "wanyuan_baitaishan_tourism_groups", "http://en.binhaipark.cn/dangjiandongtai/2074.html",
        "市旅游开发有限公司 廉洁风险防控表, after the source's 主题公园 纪检 on its 5A 景区 创建 投资项目 (游客服务中心改造, 景区"
        "卫生间改造, 工程建设及合同招采): a title, 序号/岗位/姓名/廉洁风险点/风险等级 ``★★★/★★/★``/防控措施 under GROUP ROWS "
        "``一、公司领导``, ``二、工程规划部``, ``三、运营服务部``, ``四、财务部`` merged across (no 部门 column); 岗位 and 姓名 "
        "merged per person; no type column; a merged ``注：`` line on the stars and a ``制表：综合办公室 | 审核： | 2025年5月`` line",
        [sh], t,
    )  # fmt: skip


def wanyuan_water_supply_posts() -> dict:
    unit = f"{PLACE}供排水有限责任公司"
    sh = _Sheet("排查表", [6, 12, 12, 14, 38, 13, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉洁风险点排查表", 8)
    sh.add("序号", "部门", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    lead, desk = "公司领导", "营业收费部"
    rows = [
        (lead, "总经理", "leader", "供水工程发包", "管网延伸工程不经集体研究直接发包", "制度机制风险", "一级风险",
         "工程发包经总经理办公会研究，公开招标。"),
        (lead, "副总经理", "leader", "收费标准执行", "擅自提高水价或另立名目收取管网配套建设费", "制度机制风险",
         "一级风险", "收费项目和标准经价格主管部门核定并公示。"),
        (desk, "部长", "middle", "用户报装", "报装审批中吃拿卡要、优亲厚友", "思想道德风险", "二级风险",
         "报装条件、时限和费用公开，网上办理。"),
        (desk, "抄表收费员", "general", "水费收缴", "收取水费不开票据，截留挪用水费", "岗位职责风险", "一级风险",
         "水费线上缴纳，现金收费当日解缴。"),
        (desk, "抄表收费员", "general", "水表抄读", "估抄漏抄，为熟人少计水量", "业务流程风险", "二级风险",
         "抄表照片上传系统，营业收费部按月抽查。"),
        ("管网维护部", "维修工", "general", "管网抢修", "虚报维修材料用量，私自为用户接水收费", "外部环境风险", "二级风险",
         "维修材料领用登记，旧件回收；接水一律经营业收费部受理。"),
        ("水质检测室", "化验员", "general", "水质检测", "出厂水、管网水检测数据补记、编造", "岗位职责风险", "三级风险",
         "检测数据按日上传，原始记录存档。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), RISKS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add("编制：综合办公室", None, None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "wanyuan_water_supply_posts", "http://www.lajzjjjc.gov.cn/html/wenzhang_741485.html",
        "市供排水有限责任公司 廉洁风险点排查表 对岗不对人, after the source's 农村饮水安全工程 建后管护和水费收缴 专项整治 (违规收取"
        "管网配套建设费, 水费, 自行提高收费标准, 问题清单): a title, then 序号/部门 merged (公司领导, 营业收费部, 管网维护部, "
        "水质检测室)/岗位 on every row/a short 风险点/a long 风险表现/风险类型 ``…风险``/风险等级 ``一级风险/二级风险/三级风险``/"
        "防控措施; no names; an ``编制：综合办公室 | 审核： | 2025年4月`` line",
        [sh], t,
    )  # fmt: skip


def wanyuan_grain_reserve_selfchecks() -> dict:
    unit = f"{PLACE}粮油储备有限公司"
    t = _Truth(unit)
    people = [
        ("楚沚翮", "公司领导", "总经理", "leader", [
            ("粮食轮换中以陈顶新、“转圈粮”套取差价", "岗位职责", "高风险", "轮换粮食出入库全程视频监控，质量检验留样。",
             "已落实"),
            ("储备粮轮换计划不经集体研究", "制度机制", "中风险", "轮换计划总经理办公会研究，报市粮食部门审批。", "已落实"),
        ]),
        ("鞠淼峥", "仓储部", "保管员", "general", [
            ("虚增保管损耗，“损耗粮”私自处置", "业务流程", "高风险", "损耗按定额核销，超耗追责。", "未发现问题"),
            ("入库粮食扣量扣价不规范，压级压价", "思想道德", "中风险", "检验结果和扣量标准在收购现场公示。", "已整改"),
            ("升溢粮不入账，形成账外粮", "岗位职责", "高风险", "出库升溢一律登记入账，每季度清仓查库。", "已落实"),
        ]),
        ("敖砚汐", "财务部", "出纳", "general", [
            ("挪用粮食收购资金", "岗位职责", "高风险", "收购资金专户管理，支付凭收购凭证办理。", "未发现问题"),
            ("现金收付不及时登记入账", "业务流程", "低风险", "现金日清月结，定期盘点。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 10, 34, 12])
        _line(sh, f"{unit}岗位廉洁风险自查表", 6)
        sh.add(f"姓{GAP}名", f"部{GAP}门", f"岗{GAP}位", "自查时间", None, None)
        sh.add(who, dept, post, "2025年6月", None, None)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", "自查情况")
        for i, (point, typ, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, typ, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), BANDS[lv])
        sh.add()
        sh.add("本人签名：", None, "总经理意见：", None, None, None)
        sheets.append(sh)
    return _layout(
        "wanyuan_grain_reserve_selfchecks", "https://redian.news/wxnews/60871",
        "市粮油储备有限公司 岗位廉洁风险自查表, one sheet a person (tabs named by the person), after the source's review of the "
        "粮食购销领域 专项整治 (升溢粮, 转圈粮, 以陈顶新, 损耗粮, 挪用公款): a title, a label row ``姓　名 | 部　门 | 岗　位 | "
        "自查时间`` over a row of values, then 序号/风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施/"
        "``自查情况``; a blank row and ``本人签名： | 总经理意见：``",
        sheets, t,
    )  # fmt: skip


def wanyuan_forest_farm_two_sheets() -> dict:
    unit = f"{PLACE}国有林场"
    t = _Truth(unit)
    note = "注：风险等级Ⅰ为高风险，Ⅱ为中风险，Ⅲ为低风险。"
    lead = _Sheet("场领导", [6, 9, 8, 20, 40, 8, 34])
    _line(lead, f"{unit}场领导廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("幸澂翊", "场长", "主持全面工作，分管财务、人事", [
            ("天然林保护工程资金分配不经场务会研究", "Ⅰ", "工程资金分配场务会集体研究，结果公示。"),
            ("造林绿化工程发包插手干预", "Ⅰ", "造林工程进入公共资源交易平台。"),
        ]),
        ("邗澹沄", "副场长", "分管营林生产、资源管护", [
            ("林木采伐作业验收把关不严，超量采伐", "Ⅰ", "采伐作业凭采伐许可证，验收两人以上。"),
            ("护林员考核打分不公", "Ⅱ", "考核结果在林区公示。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, lead.name, post, who, "leader", point, [], BARE[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    _line(lead, note, 7)
    lead.add("填表人：", None, None, "审核人：", None, "2025年5月", None)
    dept = _Sheet("股室", [6, 12, 10, 9, 40, 8, 34])
    _line(dept, f"{unit}股室岗位廉政风险防控表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("营林股", "股长", "郏琬峤", "middle", [
            ("造林面积、成活率虚报", "Ⅰ", "造林成效第三方核查，结果公示。"),
            ("苗木采购验收以次充好", "Ⅱ", "苗木验收查验“两证一签”，双人签字。"),
        ]),
        ("资源管护股", "护林员", "衡沨翊", "general", [
            ("发现盗伐滥伐不报告，收受好处", "Ⅱ", "巡护轨迹上传系统，股室每周抽查。"),
            ("巡护日志虚填", "Ⅲ", "巡护日志与轨迹比对。"),
        ]),
        ("财务股", "报账员", "茹曦峦", "general", [
            ("森林管护经费发放不按考核结果", "Ⅱ", "管护经费按考核结果发放，发放清单公示。"),
        ]),
    ]  # fmt: skip
    first = len(dept.rows)
    n = 0
    for d, post, who, tier, points in rows:
        for point, lv, measures in points:
            n += 1
            dept.add(n, d, post, who, point, lv, measures)
            t.point(dept.name, d, post, who, tier, point, [], BARE[lv])
    _per_person(dept, first, 1, 2, 3)
    _line(dept, note, 7)
    dept.add("填表人：", None, None, "审核人：", None, "场长（签字）：", None)
    return _layout(
        "wanyuan_forest_farm_two_sheets", "https://m.wenku365.com/p-53015145.html",
        "市国有林场 廉政风险防控表 in two sheets, after the source's 国营林场 record (天然林保护工程, 造林绿化, 森林管护, 盗伐滥伐): "
        "``场领导`` (a title, 序号/姓名, 职务 and 分管工作 merged per leader/廉政风险点/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施; a ``注：`` "
        "line and a 填表人/审核人/date line) and ``股室`` (a title, 序号/股室 merged (营林股, 资源管护股, 财务股)/岗位 and 姓名 "
        "merged per person/…; a ``注：`` line and a 填表人/审核人/场长（签字） line); no type column",
        [lead, dept], t,
    )  # fmt: skip


def wanyuan_real_estate_register_duties() -> dict:
    unit = f"{PLACE}不动产登记中心"
    sh = _Sheet("责任清单", [6, 12, 12, 9, 14, 38, 8, 32, 12])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 9)
    sh.add(
        "序号",
        "股室",
        "岗位",
        "责任人",
        "职责事项",
        "廉政风险点",
        "风险等级",
        "防控措施",
        "分管领导",
    )
    chief, deputy = "帅淇翯", "蹇筠澍"
    rows = [
        ("中心领导", "主任", chief, "leader", "登记审核决定", "疑难登记件不经集体会审，个人决定登簿", "一级",
         "疑难件中心集体会审，会审记录存档。", "市自然资源局"),
        ("中心领导", "副主任", deputy, "leader", "窗口管理", "对窗口人员与中介串通、插队办理失管失察", "一级",
         "大厅视频监控定期回看，发现问题严肃处理。", chief),
        ("登记受理股", "股长", "谯屿澄", "middle", "业务受理", "不按号办理，为中介、“黄牛”插队", "二级",
         "叫号系统全程留痕，插队办理一律登记说明。", deputy),
        ("登记受理股", "股长", "谯屿澄", "middle", "材料收取", "超范围要求申请人补交材料，故意刁难", "三级",
         "申请材料清单公开，一次性告知。", deputy),
        ("登记受理股", "窗口工作人员", "敬淏岑", "general", "资格审查", "违规为不符合条件的申请人办理转移登记", "一级",
         "资格审查系统比对，审查结果复核。", deputy),
        ("权籍调查股", "股长", "牟霁翎", "middle", "权籍调查", "测绘成果审核不严，面积数据失实", "二级",
         "测绘成果抽检复核，问题成果退回。", chief),
        ("档案信息股", "档案管理员", "伏晗岫", "general", "信息查询", "违规查询、泄露权利人登记信息", "二级",
         "查询凭证件登记，查询日志定期审计。", chief),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (d, post, who, tier, duty, point, lv, measures, leader) in enumerate(rows, 1):
        sh.add(n, d, post, who, duty, point, lv, measures, leader)
        t.point(sh.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add()
    sh.add("填报人：", None, None, "审核人：", None, "主任（签字）：", None, "2025年6月", None)
    return _layout(
        "wanyuan_real_estate_register_duties", "https://ljcd.gov.cn/show-1667-80956-1.html",
        "市不动产登记中心 廉政风险防控责任清单, after the source's 纪委监委 on 不动产登记中心 窗口 and 黑中介 (不叫号干私活, 插队, 黄牛, "
        "购房资格审查): a title, 序号/股室 merged (中心领导, 登记受理股, 权籍调查股, 档案信息股)/岗位 and 责任人 merged per person/"
        "``职责事项``/廉政风险点/风险等级 ``一级/二级/三级``/防控措施/a last ``分管领导`` column (a leader's name or 市自然资源局); "
        "no type column; a blank row and a 填报人/审核人/主任（签字）/date line",
        [sh], t,
    )  # fmt: skip


def wanyuan_tcm_hospital_list() -> dict:
    unit = f"{PLACE}中医院"
    sh = _Sheet("一览表", [6, 12, 10, 9, 40, 10, 8, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉洁风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年5月", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("院领导", "院长", "谌澍菡", "leader", "大型设备采购中与供应商约定回扣", "外部环境", "高",
         "设备采购进入公共资源交易平台，院长不参与评标。"),
        ("院领导", "副院长", "苟沣瑜", "leader", "分管的后勤工程指定施工单位", "岗位职责", "高", "后勤工程按限额公开招标。"),
        ("医学装备部", "主任", "鲜昀澜", "middle", "设备论证参数设置倾向特定品牌", "制度机制", "高",
         "论证专家随机抽取，参数经院务会审定。"),
        ("医学装备部", "主任", "鲜昀澜", "middle", "设备验收不严，照单签收", "业务流程", "中", "使用科室、装备部、审计科共同验收。"),
        ("后勤服务部", "主任", "滕珂岚", "middle", "维修工程结算不经审核即付款", "业务流程", "中", "维修工程结算送审计科审核。"),
        ("药剂科", "科主任", "蒉澜岫", "middle", "向医药代表提供处方用量数据", "岗位职责", "高", "统方权限分级管理，查询全程留痕。"),
        ("药剂科", "采购员", "酆翌澜", "general", "中药饮片采购收受供应商回扣", "思想道德", "高", "饮片网上集中采购，采购与验收分离。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (d, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, d, post, who, point, typ, lv, measures)
        t.point(sh.name, d, post, who, tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add("填表人：", None, None, "审核人：", None, "院长（签字）：", None, None)
    return _layout(
        "wanyuan_tcm_hospital_list", "https://aiodt.com/article/25206.html",
        "市中医院 岗位廉洁风险防控一览表, after the source's article on 医院一把手 落马 (设备 回扣, 副院长, 财务部主任, 后勤服务部主任, "
        "医学装备部主任): ``附件1``, a title, a merged ``填报单位（盖章）：…　填报时间：2025年5月`` line, then 序号/科室 merged "
        "(院领导, 医学装备部, 后勤服务部, 药剂科)/岗位 and 姓名 on every row/风险点/风险类型 (short names)/风险等级 高/中/低/"
        "防控措施; a 填表人/审核人/院长（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    wanyuan_traffic_invest_footnote_levels(),
    wanyuan_central_hospital_cards(),
    wanyuan_baitaishan_tourism_groups(),
    wanyuan_water_supply_posts(),
    wanyuan_grain_reserve_selfchecks(),
    wanyuan_forest_farm_two_sheets(),
    wanyuan_real_estate_register_duties(),
    wanyuan_tcm_hospital_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch300-inbox"))

"""The three-hundred-and-ninety-fifth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 林业 and
生态 bodies, 永寿县 (a loess-plateau county of 咸阳, its forests on the 槐山 and the 永平 ridges, its
staff Han) — the 县林业局, the 县生态环境分局, the 县国有林场, the 县森林公安派出所, the
县野生动物保护站, the 县生态环境监测站, the 县林业技术推广中心 and the
县生态环境保护综合执法大队 — each handing back the 一览表, 防控卡, 排查表, 责任清单 or 自查表 its
staff typed in WPS or Excel:

- the 林业局's 一览表 under ``附件2`` and a ``填报单位（盖章）：…　填报时间：…`` line: ``股室`` merged,
  ``岗位`` and ``姓名`` merged per person, short types headed ``风险类别``, ``一级/二级/三级``, a
  填表人/审核人/date line;
- the 生态环境分局's file in two sheets: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位`` and ``姓名`` merged per person), 高/中/低, no type column, a
  制表/审核/date line under each;
- the 森林公安派出所's 防控卡, one sheet a holder (tabs named by the post): ``姓　名 | … | 职　务 |
  …`` and ``所在部门 | …`` above ``序号 | 工作环节 | 廉政风险点 | 风险等级 | 防控措施``, ``★★★/★★/★``
  read by a ``注：`` line, no type column, ``持卡人（签字）： | … | 监督人（签字）：``;
- the 野生动物保护站's 自查表, one sheet a person (tabs named by the holder): ``姓　名 | … | 职　务 |
  …`` and ``所在股室 | … | 填表时间 | …`` pairs above ``序号 | 风险点 | 风险类型 | 风险等级 |
  防控措施 | 自查情况``, short types, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``本人签名： | … | 站长审核：``;
- the 生态环境监测站's 排查表 对岗不对人: ``股室`` merged and ``岗位`` merged per post, a short
  ``风险点`` beside a long ``风险表现``, ``…风险`` types, ``高风险/中风险/低风险``; no names;
- the 林业技术推广中心's 责任清单 under GROUP ROWS ``一、中心领导``, ``二、良种苗木股``,
  ``三、技术推广股`` merged across (no 股室 column): ``岗位 | 责任人`` merged per person,
  ``职责事项`` before the ``廉政风险点``, ``…风险`` types, ``一级风险/二级风险/三级风险``;
- the 生态环境保护综合执法大队's 一览表 written out on EVERY row, nothing merged: ``科室 | 岗位 |
  姓名``, short types, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line.

One is harder:

- ``yongshou_forest_farm_beyond_bmp_names``: the 国有林场's 岗位廉政风险防控一览表, an ordinary list
  (``序号 | 股室 | 岗位 | 责任人 | 廉政风险点 | 风险类型 | 风险等级 | 防控措施``, ``股室`` merged,
  ``岗位`` and ``责任人`` merged per person, short types, 高/中/低) whose HOLDERS' NAMES ARE WRITTEN
  WITH HAN CHARACTERS OUTSIDE THE BASIC MULTILINGUAL PLANE: five of its seven holders have a given
  name with a character of CJK Unified Ideographs Extension B or E (``郇𬘭峣`` U+2C62D, ``缑梓𬀪``
  U+2C02A, ``琚𬍤翀`` U+2C364, ``谯𡌶澜`` U+21336, ``矫沨𬭚`` U+2CB5A), as people whose names hold a
  生僻字 are now entered under GB 18030-2022 (their 身份证 and the 人事 system carry the true
  character; WPS and Excel type and show it with a font that has it, 宋体-方正超大字符集 or
  SimSun-ExtB). In the file each such character is ONE code point above U+FFFF (in UTF-16, as Excel
  counts it, a surrogate pair: ``LEN("郇𬘭峣")`` is 4); its NFKC is itself. The holder column is
  headed ``责任人``, which the README's rules take as the holder's column when its content is
  people's names. The README's 读得懂的表 describes how holders' names are written in many ways —
  rare surnames (``蓬、扶、堵``, compound ``第五、闾丘``), 藏族 and 彝族 names without a 百家姓 surname,
  ``郗*珣`` masked for 公示, two of one name told apart by ``（大）/（小）``, ``姓名（工号）``, ``蓟副院长``
  by surname and post, ``X（兼）``, names typed onto the post — but nowhere a name with a character
  outside the basic CJK block; no earlier batch writes any character above U+FFFF (``grep -lP
  '[\\x{20000}-\\x{3134F}]' tests/published/*.py`` finds only this module), nor one from a 造字
  private-use area.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (the 林业草原生态保护恢复资金 and
新一轮退耕还林 补助 — 每亩补助, 资金管理办法; a 国有林场's measures for 资源林政 — 管护站 and their
站长, 护林员, 巡护, 稽查队, 班子会议; a 森林派出所's 等级所 work — 涉林案件, 行政案件, 三情四网,
内务条令, 值班备勤; a 野生动物收容救护管理办法 — 收容, 救治, 放归, 检疫, 不得以救护为名买卖; the
环评与排污许可监管 行动计划 — 环评文件复核, 登记表抽查, 排污许可核发和执行; the 环境监测数据造假
cases — 棉纱堵塞采样器, 篡改伪造数据, 监测站站长; the 林业补贴 — 林木良种培育补贴, 良种苗木, 造林
补贴, 作业设计和技术指导; the 环境监察 thirty years — 现场监督检查, 执法, 污染源监管) and the
layout follows their words for the unit, its parts, its posts and its risks. The rows are worded by
us, the names invented (rare Han surnames with rare given names, three characters each); every unit
is a body of 永寿县, named with the county's name (no earlier unit holds ``永寿县``).

Run ``python tests/published/score.py --set batch395`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a holder is the ``责任人`` cell exactly as written, its character above U+FFFF
  included (``郇𬘭峣``, not ``郇峣`` nor a look-alike from the basic block); the name is the person
  whatever plane its characters are in; ``股室`` is the 科室, the short ``廉政风险点`` the point;
- ``局领导`` (the 林业局's 股室 cell, the 生态环境分局's sheet of its leaders, named so by its tab and
  title), ``场领导`` (the 林场's 股室 cell), ``所领导`` (the 派出所 card's 所在部门), ``站领导`` (the
  保护站's 所在股室, the 监测站's 股室 cell), ``中心领导`` (a group row of the 推广中心) and ``大队领导``
  (the 执法大队's 科室 cell) are the 科室 of those leaders; a 局's, 站's and 中心's 股, 室 and 办公室, a
  林场's 股 and 管护站, a 派出所's 警务室, a 大队's 中队 and 室 are 科室; a group row ``二、良种苗木股``
  gives the 科室 ``良种苗木股`` (its number left off);
- 局长, 副局长, 场长, 副场长, 所长, 副所长, a 站's 站长 (the 保护站 and the 监测站, units), a 中心's 主任
  and 大队长 are leaders; 股长, 办公室主任, a 室's 主任, 中队长 and the 站长 of the 林场's 管护站 (a 科室
  of the 林场) middle; the rest (科员, 出纳, 会计, 护林员, 民警, 救护员, 采样员, 分析员, 技术员,
  执法队员, 法制审核员) general;
- ``风险点 | 风险表现`` (the 监测站's list): the point is the short 风险点; ``分管工作``, ``职责事项``,
  ``工作环节`` and ``自查情况`` are no points and name no holder; the 监测站's list names no person:
  its forms are posts (对岗不对人);
- ``一级/二级/三级``, ``高/中/低``, ``★★★/★★/★`` (read by the cards' note), ``Ⅰ级/Ⅱ级/Ⅲ级``,
  ``高风险/中风险/低风险``, ``一级风险/二级风险/三级风险`` and bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the 执法大队's
  note) are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, taller
rows for wrapped cells) and ``truth.json``; no re-saved copies (as batch280 and batch394).
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line
from published.batch287 import _per_person
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b395_"
PLACE = "永寿县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"
DATE = "2025年7月"


# --------------------------------------------------------------------------- harder layout

FARM_UNIT = f"{PLACE}国有林场"
FARM_TAB = "一览表"
FARM_HEAD = ("序号", "股室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")

# (股室, 岗位, 责任人, tier, [(廉政风险点, 风险类型, 风险等级, 防控措施)])
FARM_ROWS = [
    ("场领导", "场长", "郇\U0002c62d峣", "leader", [
        ("林下经济和林地承包合同不经场务会集体研究", "制度机制", "高", "承包事项场务会集体研究，合同经法律顾问审查并公示。"),
        ("管护站站长调整、护林员选聘中优亲厚友", "思想道德", "高", "选聘条件和结果公示，调整事项报林业局备案。"),
    ]),
    ("场领导", "副场长", "缑梓\U0002c02a", "leader", [
        ("森林抚育、低效林改造项目验收把关不严", "岗位职责", "高", "验收邀请林业局和第三方参加，验收资料存档。"),
        ("抚育间伐木材低价处置给关系人", "外部环境", "中", "木材销售公开竞价，销售收入全额入账。"),
    ]),
    ("资源林政股", "股长", "琚\U0002c364翀", "middle", [
        ("对盗伐滥伐、非法占用林地线索瞒报不报", "岗位职责", "高", "线索登记台账，每月与管护站巡护记录核对。"),
        ("伐区调查设计蓄积量数据不实", "业务流程", "中", "设计与审核分离，伐区验收复测。"),
    ]),
    ("营林生产股", "股长", "酆澪苒", "middle", [
        ("造林苗木采购指定供应商，验收以次充好", "业务流程", "中", "苗木比价采购，验收凭良种壮苗合格证，双人签字。"),
    ]),
    ("财务股", "会计", "谯\U00021336澜", "general", [
        ("管护费、护林员工资虚列人头", "业务流程", "高", "工资按巡护考勤和花名册发放，名册每季度公示。"),
        ("报销票据审核不严，以公款报销私人费用", "思想道德", "低", "报销票据逐张审核，经办、审核、审批三签。"),
    ]),
    ("西山管护站", "站长", "矫沨\U0002cb5a", "middle", [
        ("巡护日志、防火检查记录弄虚作假", "岗位职责", "中", "巡护轨迹由巡护终端上传，资源林政股每月抽查。"),
        ("收受盗伐者好处，放任林木被盗", "外部环境", "高", "管护责任区林木损失追责到站，站长定期轮岗。"),
    ]),
    ("西山管护站", "护林员", "庹湝峒", "general", [
        ("擅离管护责任区，巡护不到位", "岗位职责", "低", "巡护终端定位签到，站长每周核查。"),
    ]),
]  # fmt: skip


def yongshou_forest_farm_beyond_bmp_names() -> dict:
    unit = FARM_UNIT
    sh = _Sheet(FARM_TAB, [6, 12, 9, 9, 36, 10, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：{DATE}", 8)
    sh.add(*FARM_HEAD)
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in FARM_ROWS:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人（场长）：", None, None, DATE, None)
    return _layout(
        "yongshou_forest_farm_beyond_bmp_names", "http://sczlyj.com/index/news/show/id/1106.html",
        "(harder) 县国有林场 岗位廉政风险防控一览表 whose holders' given names hold Han characters OUTSIDE THE BMP (CJK "
        "Extension B/E: 郇𬘭峣, 缑梓𬀪, 琚𬍤翀, 谯𡌶澜, 矫沨𬭚 — five of seven holders), after the source's 国有林场 资源林政 measures "
        "(管护站 and their 站长, 护林员, 巡护, 稽查队, 班子会议): a title, a merged ``填报单位：…　填报时间：2025年7月`` line, "
        "then 序号/股室 merged (场领导, 资源林政股, 营林生产股, 财务股, 西山管护站)/岗位 and ``责任人`` merged per person/"
        "廉政风险点/风险类型 (short names)/风险等级 高/中/低/防控措施; a 填表人/审核人（场长）/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def yongshou_forestry_bureau_list() -> dict:
    unit = f"{PLACE}林业局"
    sh = _Sheet("一览表", [6, 14, 10, 9, 38, 10, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：{DATE}", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "敖澂岫", "leader", [
            ("林业生态保护恢复资金分配不经党组会集体研究", "制度机制", "一级", "资金分配方案党组会集体研究，分配结果网上公示。"),
            ("为亲友承揽造林绿化工程打招呼", "思想道德", "一级", "插手干预工程项目一律登记报告，工程公开招标。"),
        ]),
        ("局领导", "副局长", "亓湉珺", "leader", [
            ("林木采伐限额指标分配照顾关系户", "岗位职责", "一级", "采伐指标按各镇资源状况分配，分配情况公示。"),
            ("使用林地审核把关不严", "业务流程", "二级", "使用林地现场查验两人以上，审核意见集体研究。"),
        ]),
        ("资源管理股", "股长", "笪珩淯", "middle", [
            ("林木采伐许可证违规核发", "岗位职责", "一级", "采伐许可网上办理，伐区调查设计与审核分离。"),
            ("森林资源年度监测数据弄虚作假", "业务流程", "二级", "监测数据与卫星图斑比对，抽样复核。"),
        ]),
        ("资源管理股", "科员", "鄄澜汐", "general", [
            ("伐区验收走过场", "岗位职责", "三级", "伐区验收留存影像资料，股长抽查。"),
        ]),
        ("生态修复股", "股长", "暨沅澍", "middle", [
            ("退耕还林补助面积核实不准，虚报冒领", "业务流程", "一级", "补助面积逐户核实，补助资金“一卡通”发放并公示。"),
            ("造林绿化工程验收降低标准", "外部环境", "二级", "造林成活率第三方核查，验收结果公示。"),
        ]),
        ("办公室", "出纳", "郯澂滢", "general", [
            ("生态护林员劳务补助发放台账不实", "业务流程", "三级", "补助按考勤发放，名册与各镇核对。"),
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
    sh.add("填表人：", None, None, "审核人：", None, DATE, None, None)
    return _layout(
        "yongshou_forestry_bureau_list", "http://news.sc-rh.com/tagtuigenghuanlin",
        "县林业局 岗位廉政风险防控一览表, after the source's 林业草原生态保护恢复资金 and 新一轮退耕还林 补助 (每亩补助, "
        "资金管理办法): ``附件2``, a title, a merged ``填报单位（盖章）：…　填报时间：2025年7月`` line, then 序号/股室 merged "
        "(局领导, 资源管理股, 生态修复股, 办公室)/岗位 and 姓名 merged per person/风险点/``风险类别`` (short names)/风险等级 "
        "``一级/二级/三级``/防控措施; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def yongshou_ecology_branch_two_sheets() -> dict:
    unit = f"{PLACE}生态环境分局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 22, 38, 9, 32])
    _line(lead, f"{unit}局领导廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "风险等级", "防控措施")
    leaders = [
        ("蓟峤澐", "局长", "主持全面工作", [
            ("建设项目环评审批中为关系企业说情", "高", "审批事项集体审查，插手干预事项登记报告。"),
            ("重大事项决策个人说了算", "高", "落实“三重一大”集体决策，会议纪要存档。"),
        ]),
        ("鞠淏玥", "副局长", "分管环评与排污许可", [
            ("排污许可证核发降低条件", "高", "许可申请材料网上公示，核发前现场核查。"),
            ("环评文件技术审查走过场", "中", "技术评估专家随机抽取，审查意见公开。"),
        ]),
        ("莘沣岚", "副局长", "分管污染防治、监测", [
            ("大气污染防治专项资金分配不公", "中", "资金分配按项目绩效排序，结果公示。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "局领导", post, who, "leader", point, [], HML[lv])
    _per_person(lead, first, None, 1, 2, 3)
    lead.add("制表：", None, "审核：", None, None, DATE, None)
    staff = _Sheet("股室", [6, 16, 10, 9, 38, 9, 32])
    _line(staff, f"{unit}股室廉政风险防控表", 7)
    staff.add("序号", "股室", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("办公室", "办公室主任", "郏溦琰", "middle", [
            ("公务接待、公车使用超标准", "低", "接待事前审批，派车单按月核对。"),
        ]),
        ("环评与排污许可股", "股长", "瞿峣潆", "middle", [
            ("登记表备案不核查，为未批先建项目违规补办", "高", "备案信息每月抽查，未批先建一律移交执法。"),
            ("向建设单位推荐环评编制机构", "中", "严禁推荐中介，发现一律追责。"),
        ]),
        ("环评与排污许可股", "科员", "阙沄翊", "general", [
            ("申请材料不全即予受理", "低", "受理要件清单化，一次性告知。"),
        ]),
        ("污染防治股", "股长", "宦淇瑭", "middle", [
            ("污染源排查数据审核不实", "中", "排查数据现场抽核，审核意见存档。"),
        ]),
    ]  # fmt: skip
    first = len(staff.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, lv, measures in points:
            n += 1
            staff.add(n, dept, post, who, point, lv, measures)
            t.point(staff.name, dept, post, who, tier, point, [], HML[lv])
    _per_person(staff, first, 1, 2, 3)
    staff.add("制表：", None, "审核：", None, None, DATE, None)
    return _layout(
        "yongshou_ecology_branch_two_sheets", "https://hapathon.com/news/202010091757.html",
        "县生态环境分局 file in two sheets after the source's 环评与排污许可监管 行动计划 (环评文件复核, 登记表抽查, 排污许可核发和"
        "执行): ``局领导`` (a title, 序号/姓名, 职务 and 分管工作 merged per leader/风险点/风险等级/防控措施) and ``股室`` (a "
        "title, 序号/股室 merged/岗位 and 姓名 merged per person/风险点/风险等级/防控措施); 高/中/低; no type column; a "
        "制表/审核/date line under each",
        [lead, staff], t,
    )  # fmt: skip


def yongshou_forest_police_cards() -> dict:
    unit = f"{PLACE}森林公安派出所"
    t = _Truth(unit)
    cards = [
        ("所长", "邝澐翊", "所领导", "leader", [
            ("案件审批", "对涉林刑事案件降格作行政处理", "★★★", "案件定性集体研究，审批意见存档。"),
            ("警务保障", "警用装备采购指定供应商", "★★", "采购按限额公开比价，验收两人以上。"),
        ]),
        ("副所长", "辜淏岑", "所领导", "leader", [
            ("行政处罚", "林业行政案件罚款畸轻畸重", "★★", "裁量对照基准逐项说明理由，法制审核把关。"),
            ("涉案财物", "涉案木材、野生动物制品处置不规范", "★★★", "涉案财物专库保管，处置经所务会研究。"),
        ]),
        ("民警", "佴沅琮", "林区警务室", "general", [
            ("巡山检查", "巡山检查中接受林农宴请", "★", "签订廉洁执法承诺书，巡查两人以上。"),
            ("案件受理", "压案不办、有案不立", "★★★", "案件受理登记编号，全程网上流转。"),
            ("信息查询", "违规查询、泄露公民个人信息", "★★", "查询留痕，每月审计查询日志。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, dept, tier, points in cards:
        sh = _Sheet(post, [6, 12, 36, 10, 32])
        _line(sh, f"{unit}民警廉政风险防控卡", 5)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", post, None)
        sh.add("所在部门", dept, None, None, None)
        sh.add("序号", "工作环节", "廉政风险点", "风险等级", "防控措施")
        for i, (step, point, stars, measures) in enumerate(points, 1):
            sh.add(i, step, point, stars, measures)
            t.point(sh.name, dept, post, who, tier, point, [], STARS[stars])
        _line(sh, "注：风险等级★★★为高，★★为中，★为低。", 5)
        sh.add("持卡人（签字）：", None, None, "监督人（签字）：", None)
        sheets.append(sh)
    return _layout(
        "yongshou_forest_police_cards", "https://51zywl.com/news/39702.html",
        "县森林公安派出所 民警廉政风险防控卡, one sheet a holder (tabs 所长, 副所长, 民警), after the source's 森林派出所 等级所 "
        "work (涉林案件, 行政案件, 三情四网, 内务条令): a title, ``姓　名 | … | 职　务 | …`` and ``所在部门 | …`` rows, then "
        "序号/``工作环节``/廉政风险点/风险等级 ``★★★/★★/★``/防控措施; no type column; a merged ``注：`` line on the stars and "
        "``持卡人（签字）： | 监督人（签字）：``",
        sheets, t,
    )  # fmt: skip


def yongshou_wildlife_station_selfchecks() -> dict:
    unit = f"{PLACE}野生动物保护站"
    t = _Truth(unit)
    people = [
        ("汲澍霖", "站领导", "站长", "leader", [
            ("收容救护的野生动物私自转让、出售", "思想道德", "Ⅰ级", "救护动物逐只登记建档，处置经站务会研究。", "已落实"),
            ("救护经费、疫源疫病监测经费挤占挪用", "业务流程", "Ⅰ级", "经费专账核算，年度接受审计。", "未发现问题"),
            ("人工繁育许可申请初审把关不严", "岗位职责", "Ⅱ级", "初审现场核查场地和种源证明，意见存档。", "已落实"),
        ]),
        ("眭沄绮", "救护股", "救护员", "general", [
            ("救护动物死亡不如实登记，私自处理尸体", "岗位职责", "Ⅱ级", "死亡动物检疫后无害化处理，双人签字。", "已落实"),
            ("放归野外不按程序，虚报放归数量", "业务流程", "Ⅲ级", "放归全程录像，放归记录报林业局备案。", "未发现问题"),
            ("接受养殖户好处，为来源不明的野生动物出具救护证明", "外部环境", "Ⅰ级", "救护证明统一编号，站长审签。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 36, 10, 9, 32, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", post, None, None)
        sh.add("所在股室", dept, "填表时间", DATE, None, None)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", "自查情况")
        for i, (point, typ, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, typ, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, None, "站长审核：", None, None)
        sheets.append(sh)
    return _layout(
        "yongshou_wildlife_station_selfchecks",
        "http://gzkuankuoshui.cn/zwgk/zcfg/20240429/20240429_082656.shtml",
        "县野生动物保护站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 野生动物收容救护"
        "管理办法 (收容, 救治, 放归, 检疫, 不得以救护为名买卖): a title, ``姓　名 | … | 职　务 | …`` and ``所在股室 | … | "
        "填表时间 | …`` pairs, then 序号/风险点/风险类型 (short names)/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; a "
        "blank row and ``本人签名： | 站长审核：``",
        sheets, t,
    )  # fmt: skip


def yongshou_monitoring_station_posts() -> dict:
    unit = f"{PLACE}生态环境监测站"
    sh = _Sheet("排查表", [6, 12, 10, 16, 36, 13, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "股室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "leader", [
            ("监测报告审核签发", "授意或默许篡改、伪造监测数据", "思想道德风险", "高风险",
             "监测报告三级审核，数据异常一律复测。"),
            ("仪器设备采购", "采购需求指定品牌，验收走过场", "制度机制风险", "中风险", "需求集体论证，验收技术人员参与。"),
        ]),
        ("现场监测室", "采样员", "general", [
            ("现场采样", "不按规范布点采样，或替排污单位采样", "岗位职责风险", "高风险", "采样全程记录仪记录，定位拍照上传。"),
            ("自动监测站运维", "干扰自动监测设施采样，遮挡采样口", "外部环境风险", "高风险", "站房门禁和视频监控，进出登记。"),
        ]),
        ("实验分析室", "主任", "middle", [
            ("样品分析复核", "不按标准方法分析，编造分析结果", "业务流程风险", "中风险", "平行样、加标样质控，结果复核签字。"),
        ]),
        ("实验分析室", "分析员", "general", [
            ("原始记录管理", "事后补记、涂改原始记录", "业务流程风险", "低风险", "原始记录随做随记，修改留痕。"),
        ]),
        ("综合室", "主任", "middle", [
            ("委托监测收费", "委托监测收费不入账", "制度机制风险", "低风险", "收费开具票据，收入全额上缴。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, tier, points in rows:
        for point, desc, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, point, desc, typ, lv, measures)
            t.point(sh.name, dept, post, "", tier, point, types_in(typ), BANDS[lv])
    _per_person(sh, first, 1, 2)
    sh.add("编制：", None, "审核：", None, None, None, DATE, None)
    return _layout(
        "yongshou_monitoring_station_posts", "https://jinliyiqi.com/news/2997.html",
        "县生态环境监测站 岗位廉政风险点排查表 对岗不对人, after the source's 环境监测数据造假 cases (棉纱堵塞采样器, 篡改伪造"
        "数据, 监测站站长): a title, 序号/股室 merged/岗位 merged per post/a short 风险点/a long ``风险表现``/风险类型 "
        "``…风险``/风险等级 ``高风险/中风险/低风险``/防控措施; no names; an ``编制： | 审核： | 2025年7月`` line",
        [sh], t,
    )  # fmt: skip


def yongshou_forestry_extension_duties() -> dict:
    unit = f"{PLACE}林业技术推广中心"
    sh = _Sheet("责任清单", [6, 10, 9, 16, 36, 13, 11, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add("序号", "岗位", "责任人", "职责事项", "廉政风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "隆澈岫", "leader", [
                ("林木良种补贴项目申报", "虚报良种苗木培育数量套取补贴", "业务流程风险", "一级风险",
                 "申报数量现场核实，申报结果公示。"),
                ("推广项目资金安排", "项目资金安排不经中心办公会研究", "制度机制风险", "一级风险", "资金安排集体研究，会议纪要存档。"),
            ]),
        ]),
        ("二、良种苗木股", "良种苗木股", [
            ("股长", "佘湜岚", "middle", [
                ("苗木质量检验", "为不合格苗木出具合格证", "岗位职责风险", "一级风险", "检验抽样双人进行，检验报告编号存档。"),
            ]),
            ("技术员", "钭淇铎", "general", [
                ("造林补贴核查", "造林面积、成活率核查不实", "岗位职责风险", "二级风险", "核查附影像和定位，股长复核。"),
                ("种苗调运检疫", "收受苗木经营户好处，放松检疫", "外部环境风险", "二级风险", "检疫结果网上可查，定期抽检。"),
            ]),
        ]),
        ("三、技术推广股", "技术推广股", [
            ("股长", "阚沣瑗", "middle", [
                ("技术培训组织", "培训人数、天数虚报，套取培训经费", "思想道德风险", "三级风险", "培训签到留存影像，经费按实结算。"),
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
        "yongshou_forestry_extension_duties", "https://juduo.cc/club/7301529.html",
        "县林业技术推广中心 廉政风险防控责任清单 under GROUP ROWS ``一、中心领导`` … ``三、技术推广股`` merged across (no 股室 "
        "column), after the source's 林业补贴 (林木良种培育补贴, 良种苗木, 造林补贴, 作业设计和技术指导): a title, then 序号/岗位 "
        "and ``责任人`` merged per person/``职责事项``/廉政风险点/风险类型 ``…风险``/风险等级 ``一级风险/二级风险/三级风险``/"
        "防控措施; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def yongshou_eco_enforcement_every_row() -> dict:
    unit = f"{PLACE}生态环境保护综合执法大队"
    sh = _Sheet("一览表", [6, 12, 12, 9, 36, 10, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("大队领导", "大队长", "况峣澄", "leader", "对环境违法案件说情打招呼，降格处理", "思想道德", "Ⅰ",
         "重大案件集体讨论，过问干预登记报告。"),
        ("大队领导", "大队长", "况峣澄", "leader", "执法计划确定检查对象照顾关系企业", "制度机制", "Ⅱ", "检查对象“双随机”抽取，结果公开。"),
        ("执法一中队", "中队长", "豆沨翊", "middle", "现场检查前透露检查时间和对象", "岗位职责", "Ⅰ", "出发前临时确定对象，通讯工具集中管理。"),
        ("执法一中队", "中队长", "豆沨翊", "middle", "查封扣押设施不按程序解除", "业务流程", "Ⅱ", "解除查封经法制审核，决定书存档。"),
        ("执法一中队", "执法队员", "揭澍岚", "general", "现场检查笔录不如实记录", "岗位职责", "Ⅱ", "执法全过程记录仪记录，笔录当事人签字。"),
        ("执法一中队", "执法队员", "揭澍岚", "general", "接受被检查企业宴请", "外部环境", "Ⅲ", "签订廉洁执法承诺书，检查两人以上。"),
        ("法制审核室", "法制审核员", "戈淏珺", "general", "处罚裁量审核走过场", "业务流程", "Ⅲ", "裁量对照基准逐项审核，审核意见存档。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), BARE[lv])
    _line(sh, "注：风险等级Ⅰ为高，Ⅱ为中，Ⅲ为低。", 8)
    sh.add("填表人：", None, None, "审核人：", None, DATE, None, None)
    return _layout(
        "yongshou_eco_enforcement_every_row", "https://www.fx361.com/page/2015/0918/15969405.shtml",
        "县生态环境保护综合执法大队 岗位廉政风险防控一览表, after the source's 环境监察 thirty years (现场监督检查, 执法, 污染源"
        "监管): a title, then 序号/科室/岗位/姓名 written out on EVERY row (nothing merged)/风险点/风险类型 (short names)/"
        "风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施; a ``注：`` line on the grades and a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    yongshou_forest_farm_beyond_bmp_names(),
    yongshou_forestry_bureau_list(),
    yongshou_ecology_branch_two_sheets(),
    yongshou_forest_police_cards(),
    yongshou_wildlife_station_selfchecks(),
    yongshou_monitoring_station_posts(),
    yongshou_forestry_extension_duties(),
    yongshou_eco_enforcement_every_row(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch395-inbox"))

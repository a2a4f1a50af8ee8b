"""The four-hundred-and-twenty-seventh batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one city's 能源 and 发改
bodies, 神木市 (a county-level city of 榆林 on the 陕北 coalfield, its staff Han) — the 市能源局, the
市发展和改革局, the 市煤炭安全生产服务中心, the 市节能监察中心 and the 能源服务站 of four of its towns
(大柳塔镇, 店塔镇, 中鸡镇, 孙家岔镇) — each handing back the 责任清单, 一览表, 防控卡, 排查表 or 自查表
its staff typed in WPS or Excel:

- the 能源局's 责任清单 under a title and a merged ``填报单位：…　填报时间：…`` line: ``股室`` merged
  (``局领导``, ``煤炭股``, ``电力股``, ``油气股``, ``办公室``), ``岗位`` and ``姓名`` merged per person,
  ``职责事项`` before the ``廉政风险点``, short types, ``一级/二级/三级``, a ``注：`` line and a
  制表/审核/date line;
- the 发展和改革局's file in two sheets: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位`` and ``姓名`` merged per person), ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column,
  a 制表/审核/date line under each;
- the 煤炭安全生产服务中心's 防控卡, one sheet a holder (tabs named by the post): ``姓　名 | … | 职　务 |
  …`` over ``所在科室 | … | 持卡时间 | …`` above ``序号 | 风险点 | 风险等级 | 防控措施``, ``★★★/★★/★``
  read by a ``注：`` line, no type column, ``持卡人（签字）： | … | 主任（签字）：``;
- the 节能监察中心's 排查表 对岗不对人: ``科室`` merged and ``岗位`` merged per post, a short ``风险点``
  beside a long ``风险表现``, short types, ``高风险/中风险/低风险``; no names; an 编制/审核/date line;
- the 大柳塔镇能源服务站's 自查表, one sheet a person (tabs named by the holder): a label row
  ``姓　名 | 岗　位 | 填表时间`` over a row of values, then ``序号 | 风险点 | 风险类型 | 风险等级 |
  防控措施 | 自查情况``, ``…风险`` types, ``高级/中级/低级``, ``本人签名： | … | 站长意见：``;
- the 店塔镇能源服务站's 责任清单 under GROUP ROWS ``一、站领导``, ``二、清洁取暖组``, ``三、安全监管组``
  merged across (no 组 column): ``岗位 | 责任人`` merged per person, a ``廉政风险点``,
  ``一级风险/二级风险/三级风险``, no type column;
- the 中鸡镇能源服务站's 一览表 under ``附件1``, a title and a ``填报单位（盖章）：…`` line, written out
  on EVERY row (nothing merged) and with no 组 column: ``岗位 | 姓名 | 廉政风险点 | 风险类型 | 风险等级
  | 防控措施``, ``…风险`` types, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line.

One is harder:

- ``shenmu_sunjiacha_station_main_side_posts``: the 孙家岔镇能源服务站's 岗位廉政风险自查表 of a
  three-person station whose staff each hold a MAIN POST AND A SIDE POST (主岗 and 兼岗, as a 镇's
  small 站 staffs itself: the 站长 also checks gas safety, the 技术员 also keeps the energy
  statistics, the 补贴核查员 also keeps the accounts). One sheet a person (tabs named by the
  holder). Above the table two rows of labelled fields: ``姓　名 | … | 所在单位 | …`` and
  ``主　岗 | 站长 | 兼　岗 | 燃气安全检查员`` — the ONLY place the two posts are named. The table is
  ``序号 | 岗位 | 风险点 | 风险等级 | 防控措施 | 自查情况``, and its ``岗位`` column holds NO POST NAME:
  each row carries only the LABEL of the field that names its post, ``主岗`` or ``兼岗``. The rows
  are ordered by level, highest first (as a ``注：`` line under the table says: ``“岗位”栏填写该风险点
  所属岗位（主岗或兼岗）；风险点按风险等级由高到低排列``), so the main and the side post's points
  are INTERLEAVED — no run of rows, no group row, no merged cell keeps one post's points together;
  only the word in each row's ``岗位`` cell, looked up in the field of that label above, says whose
  post a point is. So each sheet is TWO forms, one a post, the same holder on both, and the
  ``岗位`` column's cells (``主岗``, ``兼岗``) are no posts. The README's 读得懂的表 knows one holder's
  two posts kept APART — a table cut into parts by merged rows ``岗位一：物资保管员`` /
  ``岗位二：车辆管理员`` (batch146), ``经办员（巫马栖棠、梁丘若棠）`` split into two holders, a roster
  keyed by person whose ``承担岗位`` lists several posts (batch344), ``A岗:周敏⏎B岗:高翔`` — lookups
  from a post to its holder (``村文书 | 戴晓军 | 村报账员 | 史红霞`` above, ``岗位人员：…`` below, a
  人员配备表, ``岗　位 | 所长 | 副所长`` over ``姓　名 | …``), codes explained by a note (``A—馆长　籍湉岚``
  under ``责任岗位``, ``POST_CODES``), and ``科主任 | 护士长`` name columns chosen by a ``责任岗位`` cell
  that writes the post; it does not describe a row whose post cell holds a FIELD LABEL of the
  card (``主岗``/``兼岗``) that must be resolved to the post named beside that label above, one
  holder's two posts mixed row by row. No earlier batch writes one: ``grep -l '主岗\\|兼岗\\|主　岗'
  tests/published/batch*.py`` finds none.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 镇's 燃气安全专项排查 — 镇领导班子,
各中心负责人, 村组干部, 排查方案, 整改通知书; the 国家能源局's 三定 — 综合, 电力, 煤炭, 石油天然气,
新能源和可再生能源 司; a 驻市发改委纪检监察组 on 以工代赈 — 项目决策, 审批, 施工单位确定, 务工,
劳务报酬发放, 工程质量, 竣工验收, 职能科室; a 市能源局's 驻矿盯守 meeting — 矿长, 安全总监 and 带班,
“五个必查”, 执法支队, 驻矿盯守人员; a paper on 节能监察 — 执法偏软, 行政处罚, 信用惩戒, 能效,
重点用能单位; a 县's 农能技术队伍 and 沼气物业服务站 — 施工员, 技术员, 安全培训, 技术资格证书; a 镇's
煤改电 补贴 — 改造计划, 验收, 发票和照片, 台账, 补贴发放; a 县's 乡级沼气物业服务站 — 上门服务,
后续服务, 服务网络) and the layout follows their words for the unit, its parts, its posts and its
risks. The rows are worded by us, the names invented (rare Han surnames with rare given names,
three characters each); every unit is a body of 神木市, named with the city's name (no earlier unit
holds ``神木市``; 大柳塔镇, 店塔镇, 中鸡镇 and 孙家岔镇 are towns of the city).

Run ``python tests/published/score.py --set batch427`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each row's ``岗位`` cell (``主岗`` or ``兼岗``) names the field of that label
  above the table, and the post of the row's point is that field's value: ``主岗`` the main post,
  ``兼岗`` the side post; each sheet is two forms (the main post's and the side post's), the holder
  of both the ``姓　名`` field; ``主岗``, ``兼岗`` are no posts, ``自查情况`` no point, the ``注：`` line
  no point; the station is the unit (``所在单位``), its forms name no 科室;
- ``局领导`` (the 能源局's 股室 cell, the 发改局's sheet of its leaders, named so by its tab and
  title), ``中心领导`` (a card's ``所在科室``, the 节能监察中心's 科室 cell) and ``站领导`` (a group row)
  are the 科室 of those leaders; a 局's 股 and 办公室, a 中心's 科, a 站's 组 are 科室; a group row
  ``二、清洁取暖组`` gives the 科室 ``清洁取暖组`` (its number left off); the 大柳塔镇, 中鸡镇 and
  孙家岔镇 stations' forms name no 科室 (the station is the unit): their 科室 is "";
- 局长, 副局长, a 中心's 主任 and 副主任, 站长 and 副站长 are leaders; 股长, the 办公室's 主任, a 中心's
  科长 and a 站's 组长 middle; the rest (科员, 会计, 驻矿安监员, 节能监察员, 能源审计员, 技术员, 农村能源
  服务员, 工作人员, 统计员, 安全员, 燃气安全检查员, 补贴核查员, 报账员) general;
- ``风险点 | 风险表现`` (the 节能监察中心's list): the point is the short one; ``职责事项``, ``分管工作``,
  ``自查情况`` and ``持卡时间`` are no points and name no holder; the 节能监察中心's list names no
  person: its forms are posts (对岗不对人);
- ``一级/二级/三级``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★`` (read by the cards' note), ``高风险/中风险/低风险``,
  ``高级/中级/低级``, ``一级风险/二级风险/三级风险``, bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the 中鸡镇 station's note)
  and 高/中/低 are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, taller
rows for wrapped cells) and ``truth.json``; no re-saved copies (as batch280 and batch426).
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line
from published.batch287 import _per_person
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b427_"
PLACE = "神木市"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
RANKS = {"高级": 1, "中级": 2, "低级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"
DATE = "2025年11月"


# --------------------------------------------------------------------------- harder layout

SIDE_NAME = "shenmu_sunjiacha_station_main_side_posts"
SIDE_UNIT = f"{PLACE}孙家岔镇能源服务站"
MAIN, SIDE = "主岗", "兼岗"
SIDE_HEAD = ("序号", "岗位", "风险点", "风险等级", "防控措施", "自查情况")
SIDE_NOTE = "注：“岗位”栏填写该风险点所属岗位（主岗或兼岗）；风险点按风险等级由高到低排列。"

# (姓名, 主岗, tier, 兼岗, tier, 审核人, [(主岗/兼岗, 风险点, 等级, 防控措施, 自查情况)]) — the rows as
# typed: by level, highest first, the two posts' points mixed
SIDE_PEOPLE = [
    ("訾岑滢", "站长", "leader", "燃气安全检查员", "general", "镇分管领导审核：", [
        (MAIN, "清洁取暖改造计划分配时向关系户倾斜", "高", "改造计划经镇党委会研究，名单在村务公开栏公示。", "已落实"),
        (SIDE, "燃气安全检查中对液化气供应点的隐患不下整改通知书", "高",
         "检查发现隐患一律下达整改通知书，整改情况复查留影。", "已落实"),
        (MAIN, "服务站工作经费支出不经集体研究", "中", "经费支出按镇财务制度审批，每季度公开。", "已落实"),
        (SIDE, "接受燃气经营户宴请、礼品", "中", "检查两人以上同行，签订廉洁承诺。", "已落实"),
        (MAIN, "对村级清洁取暖验收结果把关不严", "低", "验收单由站长、村干部、农户三方签字。", "正在整改"),
    ]),
    ("郏晞淼", "技术员", "general", "统计员", "general", "站长审核：", [
        (SIDE, "能源消费统计数据弄虚作假、随意调整", "高", "统计数据按原始台账填报，站长签字后报送。", "已落实"),
        (MAIN, "煤改电设备安装验收走过场，为不合格安装签字", "中", "验收对照清单逐项核查，留存安装照片。", "已落实"),
        (SIDE, "泄露用能单位统计资料", "低", "统计资料专柜存放，查阅登记。", "已落实"),
        (MAIN, "上门技术服务中向农户收取费用", "低", "服务项目和收费标准公开，设意见箱。", "已落实"),
    ]),
    ("聂璘岙", "补贴核查员", "general", "报账员", "general", "站长审核：", [
        (MAIN, "清洁取暖运行补贴核查不实，虚报用电量", "高", "补贴按供电部门结算电量核定，核查结果公示。", "已落实"),
        (SIDE, "补贴资金报账凭证不全即报销", "中", "报账凭证经核查员、站长两签。", "已落实"),
        (MAIN, "为亲友违规办理补贴申领", "中", "亲友申领事项主动回避，由站长另行指派。", "已落实"),
        (SIDE, "现金收付不及时入账", "低", "收付款项当日登记，每月与镇财政所对账。", "已落实"),
    ]),
]  # fmt: skip


def shenmu_sunjiacha_station_main_side_posts() -> dict:
    t = _Truth(SIDE_UNIT)
    sheets = []
    for who, main, main_tier, side, side_tier, checker, points in SIDE_PEOPLE:
        sh = _Sheet(who, [6, 8, 38, 9, 34, 10])
        _line(sh, f"{SIDE_UNIT}岗位廉政风险自查表", 6)
        r = sh.add(f"姓{GAP}名", who, None, "所在单位", SIDE_UNIT, None)
        sh.merge(r, 1, r, 2)
        sh.merge(r, 4, r, 5)
        r = sh.add(f"主{GAP}岗", main, None, f"兼{GAP}岗", side, None)
        sh.merge(r, 1, r, 2)
        sh.merge(r, 4, r, 5)
        sh.add(*SIDE_HEAD)
        posts = {MAIN: (main, main_tier), SIDE: (side, side_tier)}
        for n, (tag, point, lv, measures, state) in enumerate(points, 1):
            sh.add(n, tag, point, lv, measures, state)
            post, tier = posts[tag]
            t.point(sh.name, "", post, who, tier, point, [], HML[lv])
        _line(sh, SIDE_NOTE, 6)
        sh.add()
        sh.add("本人签名：", None, None, checker, None, None)
        sheets.append(sh)
    return _layout(
        SIDE_NAME, "http://bid.caigoupt.com/info-297668345.html",
        "(harder) 镇能源服务站 岗位廉政风险自查表 of a three-person station whose staff each hold a MAIN and a SIDE post, "
        "after the source's 镇 燃气安全专项排查 (镇领导班子, 各中心负责人, 村组干部, 排查方案, 整改通知书): one sheet a person "
        "(tabs named by the holder), a title, the fields ``姓　名 | … | 所在单位 | …`` over ``主　岗 | 站长 | 兼　岗 | "
        "燃气安全检查员`` (the ONLY place the posts are named), then 序号/``岗位``/风险点/风险等级 高/中/低/防控措施/自查情况 "
        "whose ``岗位`` cells hold only the field LABEL ``主岗`` or ``兼岗``; the rows ordered by level, so the two posts' "
        "points are interleaved; no type column; a merged ``注：`` line saying so, a blank row and ``本人签名： | 站长审核：``",
        sheets, t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def shenmu_energy_bureau_duty_list() -> dict:
    unit = f"{PLACE}能源局"
    sh = _Sheet("责任清单", [6, 10, 9, 9, 16, 36, 10, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 9)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：{DATE}", 9)
    sh.add(
        "序号", "股室", "岗位", "姓名", "职责事项", "廉政风险点", "风险类型", "风险等级", "防控措施"
    )
    rows = [
        ("局领导", "局长", "酆晔澂", "leader", [
            ("重大事项决策", "煤矿产能核增、项目布局等重大事项不经党组会集体研究", "制度机制", "一级",
             "重大事项党组会集体研究，会议纪要存档备查。"),
            ("干部管理", "驻矿监管人员选派中优亲厚友", "思想道德", "二级", "选派人员经局党组研究，名单局内公示。"),
        ]),
        ("局领导", "副局长", "佘翀嶙", "leader", [
            ("煤矿安全监管", "对煤矿重大事故隐患说情打招呼、降格处理", "外部环境", "一级",
             "说情打招呼事项登记报告，处理结果集体审定。"),
        ]),
        ("煤炭股", "股长", "逯崧澜", "middle", [
            ("煤矿建设项目竣工验收", "竣工验收把关不严，为不具备条件的矿井出具验收意见", "岗位职责", "一级",
             "验收专家随机抽取，验收意见股室集体会审。"),
            ("煤炭产能核定", "核定资料审查走过场，虚增核定能力", "业务流程", "二级", "核定资料两人审查，结果报局务会审定。"),
        ]),
        ("煤炭股", "科员", "阚珝岷", "general", [
            ("执法检查记录", "检查记录不如实填写，隐瞒发现的问题", "岗位职责", "二级", "检查全程执法记录仪记录，记录当场签字。"),
        ]),
        ("电力股", "股长", "竺岫淇", "middle", [
            ("新能源项目备案", "光伏、风电项目备案中设置隐性门槛、吃拿卡要", "思想道德", "二级",
             "备案条件和办理时限网上公开，全程留痕。"),
            ("电力设施保护", "对违规占压电力设施的行为放任不管", "外部环境", "三级", "定期联合供电企业巡查，问题清单销号。"),
        ]),
        ("油气股", "股长", "宦琬岍", "middle", [
            ("加油站规划审核", "加油站布点审核中为关系人预留站址", "制度机制", "一级", "布点规划公开征求意见，审核结果公示。"),
        ]),
        ("办公室", "会计", "麻琇沨", "general", [
            ("专项资金拨付", "清洁取暖专项资金拨付不按进度、截留挪用", "业务流程", "三级", "资金拨付凭验收单和审批单，按月对账。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for duty, point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, duty, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为一级、二级、三级，一级为最高。", 9)
    sh.add("制表：", None, None, "审核：", None, None, None, DATE, None)
    return _layout(
        "shenmu_energy_bureau_duty_list",
        "https://dizaynex.com/oANvqsStPD/economics/2008-08/08/content_16162816.htm",
        "市能源局 廉政风险防控责任清单 after the source's 国家能源局 三定 (综合, 电力, 煤炭, 石油天然气, 新能源 司): a title, a "
        "merged ``填报单位：…　填报时间：2025年11月`` line, then 序号/``股室`` merged (局领导, 煤炭股, 电力股, 油气股, 办公室)/"
        "岗位 and 姓名 merged per person/``职责事项``/廉政风险点/风险类型 (short names)/风险等级 ``一级/二级/三级``/防控措施; "
        "a ``注：`` line and a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def shenmu_drc_two_sheets() -> dict:
    unit = f"{PLACE}发展和改革局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 24, 38, 9, 32])
    _line(lead, f"{unit}局领导廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "风险等级", "防控措施")
    leaders = [
        ("钭翙岚", "局长", "主持全面工作", [
            ("中央预算内投资项目安排不经党组会研究，个人说了算", "Ⅰ级", "投资计划分解方案经党组会研究并公示。"),
            ("对重点项目招标投标插手干预", "Ⅰ级", "插手干预事项如实登记，按季度报告。"),
        ]),
        ("匡岷澔", "副局长", "分管投资、以工代赈", [
            ("以工代赈项目审批把关不严", "Ⅰ级", "项目审批两级审核，审批结果网上公开。"),
            ("以工代赈劳务报酬发放监督不到位", "Ⅱ级", "劳务报酬发放名单公示，随机电话回访。"),
        ]),
        ("戈璟沅", "副局长", "分管价格、节能", [
            ("价格认定中受人请托出具不实结论", "Ⅱ级", "价格认定两人以上办理，结论集体审核。"),
            ("节能审查意见出具前接受企业宴请", "Ⅲ级", "节能审查专家评审，审查过程留痕。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "局领导", post, who, "leader", point, [], ROMAN[lv])
    _per_person(lead, first, None, 1, 2, 3)
    lead.add("制表：", None, "审核：", None, None, DATE, None)
    staff = _Sheet("股室", [6, 12, 10, 9, 38, 9, 32])
    _line(staff, f"{unit}股室廉政风险防控表", 7)
    staff.add("序号", "股室", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("投资股", "股长", "巩沄澔", "middle", [
            ("固定资产投资项目审批超时限、选择性办理", "Ⅰ级", "审批事项进入投资项目在线平台，超时自动预警。"),
            ("项目可行性研究报告评审委托不公开", "Ⅱ级", "评审机构从名录库中随机抽取。"),
        ]),
        ("以工代赈股", "股长", "蔺昀澈", "middle", [
            ("以工代赈项目竣工验收走过场", "Ⅱ级", "验收邀请项目区群众代表参加，验收资料归档。"),
            ("施工单位确定中指定关系企业", "Ⅰ级", "施工单位按规定程序确定，结果公示。"),
        ]),
        ("价格股", "科员", "寿瑢澍", "general", [
            ("收费项目调查中泄露企业成本资料", "Ⅲ级", "成本资料专人保管，查阅登记。"),
        ]),
        ("办公室", "会计", "邰岷渲", "general", [
            ("项目前期工作经费报销审核不严", "Ⅱ级", "报销经办、审核、审批三签，每季度内审。"),
            ("公务接待超标准列支", "Ⅲ级", "接待凭公函和审批单，清单按月公开。"),
        ]),
    ]  # fmt: skip
    first = len(staff.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, lv, measures in points:
            n += 1
            staff.add(n, dept, post, who, point, lv, measures)
            t.point(staff.name, dept, post, who, tier, point, [], ROMAN[lv])
    _per_person(staff, first, 1, 2, 3)
    staff.add("制表：", None, "审核：", None, None, DATE, None)
    return _layout(
        "shenmu_drc_two_sheets", "http://jjnc.org.cn/show-126392.html",
        "市发展和改革局 file in two sheets after the source's 驻市发改委纪检监察组 on 以工代赈 (项目决策, 审批, 施工单位确定, "
        "务工, 劳务报酬发放, 工程质量, 竣工验收, 职能科室): ``局领导`` (a title, 序号/姓名, 职务 and 分管工作 merged per leader/"
        "风险点/风险等级/防控措施) and ``股室`` (a title, 序号/股室 merged/岗位 and 姓名 merged per person/风险点/风险等级/"
        "防控措施); ``Ⅰ级/Ⅱ级/Ⅲ级``; no type column; a 制表/审核/date line under each",
        [lead, staff], t,
    )  # fmt: skip


def shenmu_coal_safety_center_cards() -> dict:
    unit = f"{PLACE}煤炭安全生产服务中心"
    t = _Truth(unit)
    cards = [
        ("主任", "扶岑琇", "中心领导", "leader", [
            ("驻矿人员轮换安排不经集体研究", "★★★", "驻矿人员轮换方案经中心办公会研究。"),
            ("对驻矿盯守发现的重大隐患不及时上报", "★★★", "重大隐患二十四小时内书面报告市能源局。"),
            ("接受煤矿企业安排的食宿、用车", "★★", "驻矿食宿费用自理，签订廉洁承诺。"),
        ]),
        ("科长", "盖岫淳", "驻矿监管科", "middle", [
            ("矿领导带班下井检查流于形式", "★★", "带班情况每周抽查，对照井下人员定位记录核实。"),
            ("隐患整改复查不到现场即销号", "★★★", "复查附现场照片，科长签字负责。"),
        ]),
        ("驻矿安监员", "阎昶屹", "驻矿监管科", "general", [
            ("“五个必查”记录补记、代签", "★★", "检查记录当日填写，中心每月抽查。"),
            ("收受煤矿企业礼品、购物卡", "★", "节前廉洁提醒，拒收登记。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, dept, tier, points in cards:
        sh = _Sheet(post, [6, 38, 10, 32])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", post)
        sh.add("所在科室", dept, "持卡时间", DATE)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(points, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, dept, post, who, tier, point, [], STARS[stars])
        _line(sh, "注：风险等级★★★为高，★★为中，★为低。", 4)
        sh.add("持卡人（签字）：", None, "主任（签字）：", None)
        sheets.append(sh)
    return _layout(
        "shenmu_coal_safety_center_cards", "http://nyj.jining.gov.cn/art/2022/9/28/art_4081_2705714.html",
        "市煤炭安全生产服务中心 岗位廉政风险防控卡, one sheet a holder (tabs 主任, 科长, 驻矿安监员), after the source's 市能源局 "
        "驻矿盯守 meeting (矿长, 安全总监 and 带班, “五个必查”, 执法支队, 驻矿盯守人员): a title, ``姓　名 | … | 职　务 | …`` over "
        "``所在科室 | … | 持卡时间 | …``, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; no type column; a merged ``注：`` line "
        "on the stars and ``持卡人（签字）： | 主任（签字）：``",
        sheets, t,
    )  # fmt: skip


def shenmu_energy_saving_center_posts() -> dict:
    unit = f"{PLACE}节能监察中心"
    sh = _Sheet("排查表", [6, 12, 11, 16, 36, 10, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", [
            ("监察计划", "年度节能监察计划确定对象时照顾关系企业", "思想道德", "高风险",
             "监察对象“双随机”抽取，计划报市发展和改革局审定。"),
            ("处罚决定", "违法用能案件处罚决定不经集体讨论", "制度机制", "高风险", "处罚案件集体讨论，决定书网上公开。"),
        ]),
        ("监察一科", "节能监察员", "general", [
            ("重点用能单位监察", "现场监察不如实记录能耗超限额问题", "岗位职责", "高风险", "现场监察两人以上，记录被监察单位签字。"),
            ("整改复查", "责令整改后不复查即结案", "业务流程", "中风险", "整改复查附佐证材料，科长审核。"),
        ]),
        ("监察二科", "能源审计员", "general", [
            ("能源审计报告审查", "审计报告审查中接受用能单位请托，降低审查标准", "外部环境", "中风险",
             "审查意见两级审核，专家抽查。"),
        ]),
        ("综合科", "科长", "middle", [
            ("信用惩戒", "违规用能企业失信信息不按时推送或擅自撤销", "制度机制", "低风险", "信用信息推送台账化，撤销须中心办公会研究。"),
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
        "shenmu_energy_saving_center_posts", "https://ricn.sjtu.edu.cn/Web/Show/728",
        "市节能监察中心 岗位廉政风险点排查表 对岗不对人, after the source's paper on 节能监察 (执法偏软, 行政处罚, 信用惩戒, 能效, "
        "重点用能单位): a title, 序号/科室 merged/岗位 merged per post/a short 风险点/a long ``风险表现``/风险类型 (short names)/"
        "风险等级 ``高风险/中风险/低风险``/防控措施; no names; an ``编制： | 审核： | 2025年11月`` line",
        [sh], t,
    )  # fmt: skip


def shenmu_daliuta_station_selfchecks() -> dict:
    unit = f"{PLACE}大柳塔镇能源服务站"
    t = _Truth(unit)
    people = [
        ("瞿翃岍", "站长", "leader", [
            ("农村沼气池维修补助申报不实", "业务流程风险", "高级", "补助名单逐户核实，村镇两级公示。", "已落实"),
            ("服务站物资采购不询价", "制度机制风险", "中级", "物资采购三家以上询价，镇党委会审定。", "已落实"),
        ]),
        ("乜骞澜", "技术员", "general", [
            ("技术资格培训考核中放宽标准", "岗位职责风险", "中级", "考核结果张榜公示，试卷存档。", "已落实"),
            ("为施工员虚报施工户数签字", "思想道德风险", "高级", "施工户数与验收单核对，站长抽查。", "正在整改"),
        ]),
        ("敖玥岷", "农村能源服务员", "general", [
            ("上门维修服务收取额外费用", "外部环境风险", "低级", "服务收费标准上墙公示，发放服务回访卡。", "已落实"),
            ("沼气配件出库登记不实", "业务流程风险", "中级", "配件出库凭维修单，每月盘点。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 36, 13, 9, 32, 10])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        sh.add(f"姓{GAP}名", f"岗{GAP}位", "填表时间", None, None, None)
        sh.add(who, post, DATE, None, None, None)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", "自查情况")
        for i, (point, typ, lv, measures, state) in enumerate(points, 1):
            sh.add(i, point, typ, lv, measures, state)
            t.point(sh.name, "", post, who, tier, point, types_in(typ), RANKS[lv])
        sh.add()
        sh.add("本人签名：", None, None, "站长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "shenmu_daliuta_station_selfchecks", "http://3farmer.com/tiyu/4468.html",
        "镇能源服务站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 县 农能技术队伍 and "
        "沼气物业服务站 (施工员, 技术员, 安全培训, 技术资格证书): a title, a label row ``姓　名 | 岗　位 | 填表时间`` over a row of "
        "values, then 序号/风险点/风险类型 ``…风险``/风险等级 ``高级/中级/低级``/防控措施/``自查情况``; a blank row and "
        "``本人签名： | 站长意见：``",
        sheets, t,
    )  # fmt: skip


def shenmu_diantai_station_group_rows() -> dict:
    unit = f"{PLACE}店塔镇能源服务站"
    sh = _Sheet("责任清单", [6, 10, 9, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "责任人", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、站领导", "站领导", [
            ("站长", "苍琰淏", "leader", [
                ("年度煤改电改造计划不经镇党委会研究", "一级风险", "改造计划经镇党委会研究，按村公示。"),
                ("补贴资金分配向个别村倾斜", "二级风险", "分配方案按改造户数核定，结果公开。"),
            ]),
        ]),
        ("二、清洁取暖组", "清洁取暖组", [
            ("组长", "葛翚澋", "middle", [
                ("改造验收不核对发票和安装照片", "一级风险", "验收资料清单化，缺一项不予验收。"),
                ("改造台账与实际改造户数不符", "二级风险", "台账每月与供电所数据比对。"),
            ]),
            ("工作人员", "暴绮嵚", "general", [
                ("代农户填报补贴申请并收取好处", "二级风险", "申请由农户本人签字，严禁代办收费。"),
            ]),
        ]),
        ("三、安全监管组", "安全监管组", [
            ("组长", "於璆沣", "middle", [
                ("对无证经营液化气的行为不报告、不制止", "一级风险", "发现无证经营当日报镇应急办。"),
                ("安全检查中选择性检查", "三级风险", "检查对象按名录轮查，检查表存档。"),
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
    sh.add("制表：", None, "审核：", None, DATE, None)
    return _layout(
        "shenmu_diantai_station_group_rows", "http://shbk.net/techan/225371.html",
        "镇能源服务站 廉政风险防控责任清单 under GROUP ROWS ``一、站领导`` … ``三、安全监管组`` merged across (no 组 column), after "
        "the source's 镇 煤改电 补贴 (改造计划, 验收, 发票和照片, 台账, 补贴发放): a title, then 序号/岗位 and ``责任人`` merged "
        "per person/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施; no type column; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def shenmu_zhongji_station_every_row() -> dict:
    unit = f"{PLACE}中鸡镇能源服务站"
    sh = _Sheet("一览表", [6, 11, 9, 38, 13, 9, 32])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：{DATE}", 7)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站长", "糜砚岚", "leader", "沼气物业服务网点设置照顾关系人", "制度机制风险", "Ⅰ", "网点设置经站务会研究并公示。"),
        ("站长", "糜砚岚", "leader", "后续服务经费使用不公开", "业务流程风险", "Ⅱ", "经费使用按季度公开。"),
        ("副站长", "祁骁淏", "leader", "对服务网点考核打人情分", "思想道德风险", "Ⅱ", "考核细则公开，结果公示。"),
        ("统计员", "喻渟岙", "general", "农村能源统计报表数据不实", "岗位职责风险", "Ⅰ", "报表数据逐项附台账，站长签字。"),
        ("安全员", "鄂晞珩", "general", "上门安全检查时接受农户财物", "外部环境风险", "Ⅲ", "检查两人同行，签订廉洁承诺。"),
        ("安全员", "鄂晞珩", "general", "检查记录补记、涂改", "岗位职责风险", "Ⅲ", "检查记录当场填写，每月抽查。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), BARE[lv])
    _line(sh, "注：风险等级Ⅰ为高，Ⅱ为中，Ⅲ为低。", 7)
    sh.add("填表人：", None, "审核人：", None, None, DATE, None)
    return _layout(
        "shenmu_zhongji_station_every_row",
        "http://m.368tea.com/168tea/view_3.php?act=rest&id=27467&p=OTIxMTI4",
        "镇能源服务站 岗位廉政风险防控一览表, after the source's 县 乡级沼气物业服务站 (上门服务, 后续服务, 服务网络): ``附件1``, a "
        "title, a merged ``填报单位（盖章）：…　填报时间：2025年11月`` line, then 序号/岗位/姓名 written out on EVERY row (nothing "
        "merged, no 组 column)/廉政风险点/风险类型 ``…风险``/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施; a ``注：`` line on the grades and a "
        "填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    shenmu_sunjiacha_station_main_side_posts(),
    shenmu_energy_bureau_duty_list(),
    shenmu_drc_two_sheets(),
    shenmu_coal_safety_center_cards(),
    shenmu_energy_saving_center_posts(),
    shenmu_daliuta_station_selfchecks(),
    shenmu_diantai_station_group_rows(),
    shenmu_zhongji_station_every_row(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch427-inbox"))

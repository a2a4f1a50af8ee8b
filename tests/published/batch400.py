"""The four-hundredth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 农业 and 畜牧
bodies, 千阳县 (a county of 宝鸡 on the 千河, north of the 渭河, its staff Han) — the 县农业农村局, the
县畜牧兽医中心, the 县种子管理站, the 县农机安全监理站 and four 镇畜牧兽医站 (城关镇, 崔家头镇, 张家塬镇,
草碧镇) — each handing back the 一览表, 防控卡, 排查表, 责任清单 or 自查表 its staff typed in WPS or
Excel:

- the 农业农村局's file in two sheets: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位`` and ``姓名`` merged per person), ``Ⅰ级/Ⅱ级/Ⅲ级``, no type
  column, a 制表/审核/date line under each;
- the 种子管理站's 责任清单 under GROUP ROWS ``一、站领导``, ``二、市场管理股``, ``三、种子检验室``
  merged across (no 股室 column): ``岗位 | 责任人`` merged per person, ``职责事项`` before the
  ``廉政风险点``, ``…风险`` types, ``一级风险/二级风险/三级风险``;
- the 农机安全监理站's 排查表 对岗不对人: ``股室`` merged and ``岗位`` merged per post, a short
  ``风险点`` beside a long ``风险表现``, ``…风险`` types, ``高风险/中风险/低风险``; no names;
- the 城关镇畜牧兽医站's 防控卡, one sheet a holder (tabs named by the post): ``姓　名 | … | 职　务 |
  …`` and a merged ``工作职责`` line above ``序号 | 风险点 | 风险等级 | 防控措施``, ``★★★/★★/★``
  read by a ``注：`` line, no type column, ``持卡人（签字）： | … | 站长（签字）：``;
- the 崔家头镇畜牧兽医站's 自查表, one sheet a person (tabs named by the holder): a label row
  ``姓　名 | 岗　位 | 填表时间`` over a row of values, then ``序号 | 风险点 | 风险类型 | 风险等级 |
  防控措施 | 自查情况``, short types, 高/中/低, ``本人签名： | … | 站长审核：``;
- the 张家塬镇畜牧兽医站's 一览表 written out on EVERY row, nothing merged: ``岗位 | 姓名``, short
  types, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line;
- the 草碧镇畜牧兽医站's 一览表 under ``附件1`` and a ``填报单位（盖章）：…　填报时间：…`` line:
  ``岗位`` merged per post, short types, ``一级/二级/三级``, and the holder in a LAST ``责任人`` column
  (after the measures) merged per person.

One is harder:

- ``qianyang_husbandry_center_marked_names``: the 畜牧兽医中心's 岗位廉政风险防控一览表, an ordinary
  list (a title, a merged ``填报单位：…　填报时间：2025年8月`` line, ``序号 | 股室 | 岗位 | 姓名 |
  风险点 | 风险类型 | 风险等级 | 防控措施``, ``股室`` merged, ``岗位`` and ``姓名`` merged per person,
  short types, 高/中/低, a 填表人/审核人/date line) whose HOLDERS' NAMES CARRY FOOTNOTE MARKS TYPED
  STRAIGHT AFTER THE NAME: ``*`` after the name of each 官方兽医 (the 中心's staff appointed to sign
  动物检疫合格证明) and ``△`` after the name of each holder of a 行政执法证, both after a name that
  is both (``闵渫珑*△``, ``庹滢嶙*△``, ``钭湛珝*``, ``谌潼翊*``, ``郏泓嵚△``, ``晁沁岱△``; the 会计
  ``滑涓瑀`` has none) — nothing between the name and its mark, no bracket, no space — and a merged
  ``注：`` line under the table says what the marks mean (``注：1.姓名后标“*”的为官方兽医，标“△”的为
  持有行政执法证件的人员。2.风险等级分高、中、低三级。``). So the holder is the name WITHOUT its marks;
  the marks say what qualification the holder has (why these posts carry 检疫 and 执法 risks), not
  who holds the post, nor a level, nor a change of holder. The README's 读得懂的表 knows many ways a
  holder's name is written — spaces inside it, ``同上`` and ``〃``, a MASKED name with ``*`` INSIDE
  it (batch328's ``郗*珣``, surname and last character kept for a 公示), a bracket after it giving his
  post, title, rank, status or the twin it is told from (``蓝建峰(所长)``, ``姓名（职称）``,
  ``睢霁澄（兼）``, ``来晓筝（见习）``, ``逯曦珩（大）``), ``（现任）``/``原…``, struck-out former holders,
  a post typed onto the name (``局长嵇淏岷``), names beyond the BMP, two names in a cell — and it knows
  FOOTNOTE MARKERS after the POINT read by a note as LEVELS (batch300's ``…虚增工程量①``; ``★``/``☆``
  before a point, LEVEL_MARKS); it does not describe a footnote mark (``*``, ``△``) glued to the END
  of the HOLDER'S NAME, explained by a note as a qualification, that is neither part of the name,
  nor a mask, nor a level. (``grep -P '[一-龥][△▲※＊☆]|[一-龥]\\*[^*]'`` over tests/published/batch*.py
  finds only batch328's masked names and a ``▲▲▲`` legend; no earlier name ends with a mark.)

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 市农业农村局's 畜牧兽医 暗访督导 —
生猪定点屠宰场 and its 两项制度, 春防, 疫苗管理, 饲料兽药监管, 乡镇畜牧兽医站人员履职, 问题清单; a
province's 农业机械安全监督随机抽查 plan — 双随机一公开, 执法人员, 查验证书牌照和操作证件, 事故隐患; a
县种子管理站's 工作总结 — 种子市场专项整治, 经营门店 and 线上平台 巡查, 品种合法性, 质量抽检, 立案查处,
信用评价; a 省农机局's check on a 县农机监理站 — 拖拉机 and 联合收割机 登记, 检验, 驾驶证申领, 安全宣传;
a 县's 动物防疫工作考核办法 — 防控责任状, 强制免疫 密度, 免疫档案, 规模饲养场 监管; a 省's 村级动物疫情
报告观察员 — 巡查, 日报告 and 零报告, 病死禽 无害化处理; a 区畜牧兽医技术推广中心 兑付 养殖环节
无害化处理补助 — 现场监督, 签字, 上报, 审核, 发放, 资料存档; 畜禽标识 rules — 申领, 加施, 耳标, 养殖
档案) and the layout follows their words for the unit, its parts, its posts and its risks. The rows
are worded by us, the names invented (rare Han surnames with rare given names, three characters
each); every unit is a body of 千阳县, named with the county's name.

Run ``python tests/published/score.py --set batch400`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the holder is the name as written WITHOUT the marks after it (``闵渫珑*△`` is
  ``闵渫珑``); the marks and the ``注：`` line are no point and name no post; the 股室 is ``股室``,
  the post ``岗位``, the type ``风险类型``;
- ``局领导`` (the 农业农村局's sheet of its leaders, named so by its tab and title), ``中心领导`` (the
  畜牧兽医中心's 股室 cell) and ``站领导`` (the 农机安全监理站's 股室 cell, the 种子管理站's group row)
  are the 科室 of those leaders; a 局's, 中心's or 站's 股 and 室 are 科室; a group row ``二、市场管理股``
  gives the 科室 ``市场管理股`` (its number left off);
- every 站 and 中心 here is a unit of its own, and so is each 镇畜牧兽医站 (its own file, named
  ``千阳县…镇畜牧兽医站``): its cards, self-checks and lists name no 科室, and its heads are leaders;
- 局长, 副局长, a 中心's 主任 and 副主任, a 站's 站长 and 副站长 are leaders; 股长 and 检验室主任
  middle; the rest (会计, 检疫员, 防疫员, 监管员, 执法员, 检验员, 考试员, 出纳) general;
- ``风险点 | 风险表现`` (the 农机安全监理站's list): the point is the short 风险点; ``分管工作``,
  ``工作职责``, ``职责事项`` and ``自查情况`` are no points and name no holder; the 农机安全监理站's list
  names no person: its forms are posts (对岗不对人); the 草碧镇站's last ``责任人`` column is the holder
  of the post on its rows;
- ``高/中/低``, ``一级/二级/三级``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★`` (read by the cards' note),
  ``高风险/中风险/低风险``, ``一级风险/二级风险/三级风险`` and bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the 张家塬镇站's
  note) are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, taller
rows for wrapped cells) and ``truth.json``; no re-saved copies (as batch280 and batch398).
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line
from published.batch287 import _per_person
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b400_"
PLACE = "千阳县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"
DATE = "2025年8月"


# --------------------------------------------------------------------------- harder layout

MARKED_NAME = "qianyang_husbandry_center_marked_names"
MARKED_UNIT = f"{PLACE}畜牧兽医中心"
MARKED_TAB = "一览表"
MARKED_HEAD = ("序号", "股室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
VET, ENFORCER = "*", "△"  # 官方兽医, 持行政执法证
MARKS = (VET, ENFORCER)
MARKED_NOTE = (
    f"注：1.姓名后标“{VET}”的为官方兽医，标“{ENFORCER}”的为持有行政执法证件的人员。"
    "2.风险等级分高、中、低三级。"
)

# (股室, 岗位, 姓名, marks, tier, [(风险点, 风险类型, 风险等级, 防控措施)])
MARKED_ROWS = [
    ("中心领导", "主任", "郏泓嵚", ENFORCER, "leader", [
        ("动物防疫物资招标采购中指定供应商", "制度机制", "高", "疫苗、消毒药品采购按政府采购程序进行，结果公示。"),
        ("对生猪定点屠宰场违法行为说情打招呼", "思想道德", "中", "过问插手执法事项一律登记报告。"),
    ]),
    ("中心领导", "副主任", "闵渫珑", VET + ENFORCER, "leader", [
        ("重大动物疫情处置中扑杀补助数量审核不严", "岗位职责", "高", "扑杀数量现场清点，补助名单村组公示。"),
    ]),
    ("动物卫生监督股", "股长", "庹滢嶙", VET + ENFORCER, "middle", [
        ("屠宰检疫不到场，违规出具检疫证明", "业务流程", "高", "官方兽医驻场检疫，检疫证明电子出证全程留痕。"),
        ("对屠宰场“两项制度”落实情况监管走过场", "岗位职责", "中", "驻场监管记录每周抽查，问题清单限期整改。"),
    ]),
    ("动物卫生监督股", "检疫员", "钭湛珝", VET, "general", [
        ("产地检疫不查验免疫档案和畜禽标识即出证", "业务流程", "高", "检疫申报点受理登记，出证前逐项查验。"),
        ("收取货主好处费，多收或减免检疫费用", "外部环境", "中", "检疫收费标准上墙公示，严禁收取任何费用。"),
    ]),
    ("动物疫病防控股", "股长", "谌潼翊", VET, "middle", [
        ("强制免疫疫苗分发登记不实，疫苗流失", "岗位职责", "中", "疫苗出入库双人登记，按月与各站核对。"),
    ]),
    ("兽药饲料监管股", "监管员", "晁沁岱", ENFORCER, "general", [
        ("兽药饲料经营门店监督抽检事先透露检查信息", "思想道德", "低", "抽检对象随机抽取，检查当天告知。"),
    ]),
    ("办公室", "会计", "滑涓瑀", "", "general", [
        ("村级防疫员劳务补助发放不按名册据实拨付", "制度机制", "低", "补助按考核结果造册，经中心会审后打卡发放。"),
    ]),
]  # fmt: skip


def marked(who: str, marks: str) -> str:
    """The name as the 中心's clerk typed it: the footnote marks straight after it."""
    return who + marks


def unmarked(cell: str) -> str:
    """The holder a marked name cell names: the name without the marks after it."""
    return cell.rstrip("".join(MARKS))


def qianyang_husbandry_center_marked_names() -> dict:
    unit = MARKED_UNIT
    sh = _Sheet(MARKED_TAB, [6, 16, 9, 11, 38, 10, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：{DATE}", 8)
    sh.add(*MARKED_HEAD)
    first = len(sh.rows)
    n = 0
    for dept, post, who, marks, tier, points in MARKED_ROWS:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, marked(who, marks), point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, MARKED_NOTE, 8)
    sh.add("填表人：", None, None, "审核人：", None, None, DATE, None)
    return _layout(
        MARKED_NAME, "https://www.nanchong.gov.cn/nyncj/xwdt/bmxx/202305/t20230519_1823695.html",
        "(harder) 千阳县畜牧兽医中心 岗位廉政风险防控一览表 whose HOLDERS' NAMES CARRY FOOTNOTE MARKS typed straight after the "
        "name — ``*`` for a 官方兽医, ``△`` for a holder of a 行政执法证, both for both (``闵渫珑*△``, ``钭湛珝*``, ``郏泓嵚△``; the "
        "会计 none) — read by a merged ``注：1.姓名后标“*”的为官方兽医，标“△”的为持有行政执法证件的人员。…`` line, after the "
        "source's 畜牧兽医 暗访督导 (屠宰场两项制度, 春防, 疫苗管理, 饲料兽药监管): a title, a merged ``填报单位：…　填报时间："
        "2025年8月`` line, then 序号/股室 merged (中心领导, 动物卫生监督股, 动物疫病防控股, 兽药饲料监管股, 办公室)/岗位 and 姓名 "
        "merged per person/风险点/风险类型 (short names)/风险等级 高/中/低/防控措施; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def qianyang_agri_bureau_two_sheets() -> dict:
    unit = f"{PLACE}农业农村局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 24, 38, 9, 32])
    _line(lead, f"{unit}局领导廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "风险等级", "防控措施")
    leaders = [
        ("阙峋澈", "局长", "主持全面工作", [
            ("涉农项目安排和资金分配搞“一言堂”", "Ⅰ级", "涉农项目和资金安排经党组会集体研究，结果公开。"),
            ("干部选拔任用、评先树优中优亲厚友", "Ⅱ级", "严格执行干部任用程序，全程纪实。"),
        ]),
        ("鄢瀚琮", "副局长", "分管农业机械化、农业综合行政执法", [
            ("农机安全监督检查中对违法行为降格处理", "Ⅰ级", "执法检查“双随机一公开”，处罚决定集体审核。"),
            ("插手农机购置补贴机具核验", "Ⅰ级", "补贴机具核验结果公示，领导干部不得插手具体事项。"),
        ]),
        ("帅淇嶂", "副局长", "分管种植业、农田建设", [
            ("高标准农田建设项目验收把关不严", "Ⅱ级", "项目验收第三方参与，验收结果公示。"),
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
    staff = _Sheet("股室", [6, 14, 10, 9, 38, 9, 32])
    _line(staff, f"{unit}股室廉政风险防控表", 7)
    staff.add("序号", "股室", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("种植业股", "股长", "糜汐璐", "middle", [
            ("耕地地力保护补贴面积核实不准", "Ⅱ级", "补贴面积与承包地确权数据比对，村组公示。"),
            ("农作物病虫害防控物资分配照顾关系户", "Ⅲ级", "物资分配方案股室会商，发放名册存档。"),
        ]),
        ("农业机械化股", "股长", "芮浔珅", "middle", [
            ("农机购置补贴申请审核不严，为套补提供方便", "Ⅰ级", "补贴申请逐台核验机具编号，实行初审、复审分离。"),
        ]),
        ("农田建设股", "股长", "桓濛玙", "middle", [
            ("农田建设项目施工单位选择暗箱操作", "Ⅰ级", "项目按规定进场公开交易，股室不得指定施工单位。"),
            ("工程变更签证审核不实", "Ⅱ级", "变更签证监理、股室、局领导三级审核。"),
        ]),
        ("财务股", "会计", "沃滟琨", "general", [
            ("专项资金报账票据审核不严", "Ⅲ级", "报账票据逐张审核，每季度内审抽查。"),
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
        "qianyang_agri_bureau_two_sheets", "https://maok.cn/index.php?c=preview&id=61187&s=news",
        "县农业农村局 file in two sheets after the source's 农业机械安全监督随机抽查 plan (双随机一公开, 执法人员, 查验证书牌照, "
        "事故隐患): ``局领导`` (a title, 序号/姓名, 职务 and 分管工作 merged per leader/风险点/风险等级/防控措施) and ``股室`` (a "
        "title, 序号/股室 merged/岗位 and 姓名 merged per person/风险点/风险等级/防控措施); ``Ⅰ级/Ⅱ级/Ⅲ级``; no type column; a "
        "制表/审核/date line under each",
        [lead, staff], t,
    )  # fmt: skip


def qianyang_seed_station_duties() -> dict:
    unit = f"{PLACE}种子管理站"
    sh = _Sheet("责任清单", [6, 11, 9, 16, 36, 13, 11, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add("序号", "岗位", "责任人", "职责事项", "廉政风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、站领导", "站领导", [
            ("站长", "逄瀞崧", "leader", [
                ("种子市场专项整治", "对关系企业的违法经营行为不移送、不查处", "思想道德风险", "一级风险",
                 "整治结果全站会商，移送案件登记备查。"),
                ("救灾备荒种子储备", "储备任务分配向关系企业倾斜", "制度机制风险", "二级风险", "储备任务公开竞争确定，结果公示。"),
            ]),
        ]),
        ("二、市场管理股", "市场管理股", [
            ("股长", "蔺淏璠", "middle", [
                ("种子经营备案审查", "对不符合条件的经营门店违规备案", "岗位职责风险", "二级风险", "备案材料网上核验，股长复核。"),
            ]),
            ("执法员", "楚澴琳", "general", [
                ("经营门店和线上平台巡查", "巡查中接受经营者宴请和礼品，对套牌种子不予查处", "外部环境风险", "一级风险",
                 "巡查两人以上，巡查记录附现场影像。"),
                ("违法案件办理", "调查取证不全面，降格处理", "业务流程风险", "二级风险", "案件办理全过程记录，处罚决定集体审核。"),
            ]),
        ]),
        ("三、种子检验室", "种子检验室", [
            ("检验室主任", "缪泫瑗", "middle", [
                ("种子质量抽检", "调换样品或出具不实检验报告", "业务流程风险", "一级风险", "样品双人封样，检验报告实行三级审核。"),
            ]),
            ("检验员", "禹涔琦", "general", [
                ("委托检验收费", "擅自提高收费标准或收费不入账", "岗位职责风险", "三级风险", "收费标准公示，收费票据按月核对。"),
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
        "qianyang_seed_station_duties", "https://max.book118.com/html/2026/0122/8113121115010037.shtm",
        "县种子管理站 廉政风险防控责任清单 under GROUP ROWS ``一、站领导`` … ``三、种子检验室`` merged across (no 股室 column), "
        "after the source's 种子管理站 工作总结 (种子市场专项整治, 门店和线上平台巡查, 品种合法性, 质量抽检, 立案查处, 信用评价): a "
        "title, then 序号/岗位 and ``责任人`` merged per person/``职责事项``/廉政风险点/风险类型 ``…风险``/风险等级 ``一级风险/"
        "二级风险/三级风险``/防控措施; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def qianyang_farm_machinery_station_posts() -> dict:
    unit = f"{PLACE}农机安全监理站"
    sh = _Sheet("排查表", [6, 13, 10, 16, 36, 13, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "股室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "leader", [
            ("农机事故责任认定", "擅自改变事故认定结论，偏袒一方当事人", "岗位职责风险", "高风险",
             "事故认定集体研究，认定书送达留痕。"),
            ("检验设备采购", "采购中指定品牌或供应商", "制度机制风险", "中风险", "设备采购按政府采购程序进行，结果公示。"),
        ]),
        ("登记检验股", "股长", "middle", [
            ("拖拉机和联合收割机注册登记", "对来历凭证不全的机具违规登记上牌", "业务流程风险", "高风险", "登记资料系统比对，股长复核签字。"),
        ]),
        ("登记检验股", "检验员", "general", [
            ("机具安全技术检验", "不上线检验即出具合格结论", "业务流程风险", "高风险", "检验全程视频记录，检验报告抽查复核。"),
            ("牌证发放", "收取好处费，违规补发牌证", "思想道德风险", "低风险", "牌证发放登记，补发须经股长审批。"),
        ]),
        ("驾驶人考试股", "考试员", "general", [
            ("驾驶操作人员考试", "降低考试标准，考试成绩弄虚作假", "外部环境风险", "中风险", "考试全程录像，考试员随机分配。"),
        ]),
        ("综合股", "出纳", "general", [
            ("罚没款和规费收缴", "收缴款项不及时上缴，坐支挪用", "制度机制风险", "低风险", "收缴款项日清月结，按月对账。"),
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
        "qianyang_farm_machinery_station_posts", "http://www.jlnongji.cn/1/national/2018-10-16/176778.html",
        "县农机安全监理站 岗位廉政风险点排查表 对岗不对人, after the source's check on a 县农机监理站 (拖拉机和联合收割机 登记, 检验, "
        "驾驶证申领, 安全宣传): a title, 序号/股室 merged/岗位 merged per post/a short 风险点/a long ``风险表现``/风险类型 ``…风险``/"
        "风险等级 ``高风险/中风险/低风险``/防控措施; no names; an ``编制： | 审核： | 2025年8月`` line",
        [sh], t,
    )  # fmt: skip


def qianyang_chengguan_vet_station_cards() -> dict:
    unit = f"{PLACE}城关镇畜牧兽医站"
    t = _Truth(unit)
    cards = [
        ("站长", "冉澧峄", "leader", "主持全站工作，负责全镇重大动物疫病防控和规模养殖场监管", [
            ("与村委会、规模养殖场签订防控责任状流于形式", "★★", "责任状逐项落实，年终考核兑现。"),
            ("规模养殖场监管中接受场主好处，对问题不督促整改", "★★★", "监管记录场主签字，问题清单限期销号。"),
        ]),
        ("检疫员", "晏滁琤", "general", "负责辖区产地检疫申报受理和畜禽标识查验", [
            ("产地检疫不到现场，凭申报单出证", "★★★", "检疫到场拍照留存，出证信息系统留痕。"),
            ("畜禽标识发放登记不实", "★★", "标识领用发放逐户登记，与免疫档案核对。"),
        ]),
        ("防疫员", "禹湉珧", "general", "负责强制免疫实施和免疫档案建立", [
            ("强制免疫密度虚报，免疫档案弄虚作假", "★★", "免疫档案与耳标信息比对，站长随机抽查。"),
            ("向养殖户收取免疫注射费用", "★", "强制免疫免费公示，举报电话公开。"),
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
        sh.add("持卡人（签字）：", None, "站长（签字）：", None)
        sheets.append(sh)
    return _layout(
        "qianyang_chengguan_vet_station_cards", "http://hmlawpc.com/gongwen/332681.html",
        "城关镇畜牧兽医站 岗位廉政风险防控卡, one sheet a holder (tabs 站长, 检疫员, 防疫员), after the source's 县 动物防疫工作考核办法 "
        "(防控责任状, 强制免疫密度, 免疫档案, 规模饲养场监管): a title, ``姓　名 | … | 职　务 | …``, a merged ``工作职责`` line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; no type column; a merged ``注：`` line on the stars and ``持卡人（签字）： | "
        "站长（签字）：``",
        sheets, t,
    )  # fmt: skip


def qianyang_cuijiatou_vet_station_selfchecks() -> dict:
    unit = f"{PLACE}崔家头镇畜牧兽医站"
    t = _Truth(unit)
    people = [
        ("钮洺峧", "站长", "leader", [
            ("病死畜禽无害化处理监管不到现场", "岗位职责", "高", "处理现场拍照存档，站长每月抽查。", "已落实"),
            ("村级防疫员考核打分不公", "制度机制", "中", "考核结果在各村公示。", "已落实"),
        ]),
        ("仝浈琬", "防疫员", "general", [
            ("疫情日报告、零报告弄虚作假", "业务流程", "高", "报告信息与村级观察员记录核对。", "未发现问题"),
            ("免疫后不及时加施耳标、建立档案", "岗位职责", "中", "免疫、加标、建档同步完成，当日录入系统。", "已落实"),
            ("接受养殖户宴请", "外部环境", "低", "签订廉洁承诺，节前廉洁提醒。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 36, 10, 9, 32, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        sh.add(f"姓{GAP}名", f"岗{GAP}位", "填表时间", None, None, None)
        sh.add(who, post, DATE, None, None, None)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", "自查情况")
        for i, (point, typ, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, typ, lv, measures, found)
            t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
        sh.add()
        sh.add("本人签名：", None, None, "站长审核：", None, None)
        sheets.append(sh)
    return _layout(
        "qianyang_cuijiatou_vet_station_selfchecks", "http://chinafeed.com.cn/keji/200603/16/24003.html",
        "崔家头镇畜牧兽医站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 村级动物疫情报告观察员 "
        "(巡查, 日报告和零报告, 病死禽无害化处理): a title, a label row ``姓　名 | 岗　位 | 填表时间`` over a row of values, then "
        "序号/风险点/风险类型 (short names)/风险等级 高/中/低/防控措施/``自查情况``; a blank row and ``本人签名： | 站长审核：``",
        sheets, t,
    )  # fmt: skip


def qianyang_zhangjiayuan_vet_station_every_row() -> dict:
    unit = f"{PLACE}张家塬镇畜牧兽医站"
    sh = _Sheet("一览表", [6, 10, 9, 38, 10, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站长", "綦涔琰", "leader", "无害化处理补助名单审核把关不严", "岗位职责", "Ⅰ", "补助名单现场核实，村组公示。"),
        ("站长", "綦涔琰", "leader", "补助资料签字、上报走过场", "制度机制", "Ⅱ", "资料审核留痕，发放资料存档备查。"),
        ("检疫员", "牟沣璘", "general", "病死猪数量与养殖档案不符仍签字确认", "业务流程", "Ⅰ", "现场监督处理，数量与档案逐一核对。"),
        ("检疫员", "牟沣璘", "general", "为养殖场虚报病死数量套取补助提供方便", "外部环境", "Ⅱ", "补助对象随机回访。"),
        ("防疫员", "湛潇嵘", "general", "扑杀补助现场清点不认真", "岗位职责", "Ⅲ", "清点两人以上，养殖户签字确认。"),
        ("防疫员", "湛潇嵘", "general", "泄露举报人和养殖户信息", "思想道德", "Ⅲ", "信息按权限查阅，签订保密承诺。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), BARE[lv])
    _line(sh, "注：风险等级Ⅰ为高，Ⅱ为中，Ⅲ为低。", 7)
    sh.add("填表人：", None, None, "审核人：", DATE, None, None)
    return _layout(
        "qianyang_zhangjiayuan_vet_station_every_row", "http://www.ar114.com.cn/news/show-82868.html",
        "张家塬镇畜牧兽医站 岗位廉政风险防控一览表, after the source's 畜牧兽医技术推广中心 兑付 养殖环节无害化处理补助 (现场监督, "
        "签字, 上报, 审核, 发放, 资料存档): a title, then 序号/岗位/姓名 written out on EVERY row (nothing merged)/风险点/风险类型 "
        "(short names)/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施; a ``注：`` line on the grades and a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def qianyang_caobi_vet_station_list() -> dict:
    unit = f"{PLACE}草碧镇畜牧兽医站"
    sh = _Sheet("一览表", [6, 10, 38, 10, 9, 32, 9])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：{DATE}", 7)
    sh.add("序号", "岗位", "风险点", "风险类型", "风险等级", "防控措施", "责任人")
    rows = [
        ("站长", "戈濡琛", "leader", [
            ("畜禽标识申领数量与存栏不符，标识流失", "制度机制", "一级", "标识申领按存栏核定，领用台账按月核对。"),
            ("站内经费支出“一支笔”审批", "思想道德", "二级", "大额支出站务会研究，账目定期公开。"),
        ]),
        ("副站长", "厉漪璁", "leader", [
            ("养殖档案检查中对不规范的养殖场放任不管", "岗位职责", "一级", "检查结果通报，整改情况跟踪复查。"),
        ]),
        ("防疫员", "邴澜嵛", "general", [
            ("为未加施标识的畜禽补录档案", "业务流程", "二级", "档案补录须站长审批并说明理由。"),
            ("重复使用或转卖畜禽耳标", "外部环境", "三级", "耳标发放登记到户，严禁重复使用。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, post, point, typ, lv, measures, who)
            t.point(sh.name, "", post, who, tier, point, types_in(typ), GRADES[lv])
    _per_person(sh, first, None, 1, 6)
    sh.add("填表人：", None, None, "审核人：", DATE, None, None)
    return _layout(
        "qianyang_caobi_vet_station_list", "https://www.zicool.com/wenku/rdseg/Y107PqPEpl",
        "草碧镇畜牧兽医站 岗位廉政风险防控一览表, after the source's 畜禽标识 rules (申领, 加施, 耳标, 养殖档案): ``附件1``, a title, "
        "a merged ``填报单位（盖章）：…　填报时间：2025年8月`` line, then 序号/岗位 merged per post/风险点/风险类型 (short names)/"
        "风险等级 ``一级/二级/三级``/防控措施/a LAST ``责任人`` column merged per person; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    qianyang_husbandry_center_marked_names(),
    qianyang_agri_bureau_two_sheets(),
    qianyang_seed_station_duties(),
    qianyang_farm_machinery_station_posts(),
    qianyang_chengguan_vet_station_cards(),
    qianyang_cuijiatou_vet_station_selfchecks(),
    qianyang_zhangjiayuan_vet_station_every_row(),
    qianyang_caobi_vet_station_list(),
]

RESAVED: tuple[str, ...] = ()


# --------------------------------------------------------------------------- writing


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx``."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch400-inbox"))

"""The three-hundred-and-fifty-seventh batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 自然资源 and
林业 bodies, 沐川县 (a hill county of 乐山, its staff Han) — its 自然资源局 and 林业局, the 不动产登记中心,
国有林场, 林业站, 沐溪自然资源所, 森林病虫害防治检疫站 and 自然资源执法监察大队 — each handing back the
一览表, 防控卡, 排查表, 责任清单 or 自查表 its staff typed in WPS or Excel:

- the 林业局's file in two sheets: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``机关股室`` (``股室`` merged, ``岗位`` and ``姓名`` merged per person), ``一级/二级/三级``, no type
  column, a 制表/审核/date line under each;
- the 不动产登记中心's 一览表 under ``附件1``: ``科室`` merged, ``岗位`` and ``姓名`` merged per person, a
  short ``风险点`` beside a long ``风险描述``, ``…风险`` types, 高/中/低, the measures, a
  填表人/审核人/date line;
- the 国有林场's 防控卡, one sheet a holder (tabs 场长, 营林股股长, 护林员): ``持卡人 | … | 职　务 | …``
  and ``所在部门 | … | 联系电话 | …`` above ``序号 | 工作环节 | 廉政风险点 | 风险等级 | 防控措施``,
  ``★★★/★★/★`` read by a ``注：`` line, no type column, ``持卡人（签字）： | 场长（签字）：``;
- the 林业站's 排查表 对岗不对人: ``部门`` merged (站领导, 资源管理组, 林政服务组, 综合组), ``岗位``
  merged per post, a short ``风险点`` beside a long ``表现形式``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no
  names; an 编制/审核/date line;
- the 沐溪自然资源所's 自查表, one sheet a person (tabs named by the person): a LABEL ROW
  ``姓　名 | 所在组 | 职　务 | 填表时间`` over a row of values, then ``序号 | 风险点 | 风险类型 | 风险等级 |
  防控措施 | 自查情况``, short types, ``高风险/中风险/低风险``, ``本人签名： | 所长意见：``;
- the 森林病虫害防治检疫站's 责任清单 under ``附件2`` and a ``填报单位（盖章）：…　填报时间：…`` line:
  ``责任股室`` merged, ``岗位`` and ``责任人`` merged per person, ``职责事项`` before the
  ``廉政风险点``, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line, no type column, a 填表人/审核人/站长（签字）
  line;
- the 自然资源执法监察大队's 一览表 under GROUP ROWS ``一、大队领导``, ``二、一中队``, ``三、二中队``,
  ``四、综合股`` merged across (no 科室 column): ``岗位 | 姓名`` merged per person, short types,
  ``一级风险/二级风险/三级风险``, the measures, a 填表人/审核人/date line.

One is harder:

- ``muchuan_natural_resources_level_table``: the 自然资源局's 廉政风险点排查汇总表 whose points carry NO
  LEVEL OF THEIR OWN: the LEVELS ARE GIVEN IN A SMALL TABLE OF THEIR OWN UNDER THE LIST, ONE ROW A
  LEVEL, EACH NAMING THE RUNNING NUMBERS OF ITS POINTS. A title, a section line ``一、廉政风险点排查情况``
  merged across, the heading ``序号 | 股室 | 岗位 | 姓名 | 廉政风险点 | 风险类型 | 防控措施`` (NO level
  column, no level word anywhere in the rows), twelve points numbered 1–12 (``股室`` merged, ``岗位`` and
  ``姓名`` merged per person, ``…风险`` types); a blank row; a section line ``二、风险等级评定结果（经局党组
  会议审定，序号同上表）`` merged across; then a second heading ``风险等级 | 风险点序号 | 个数``
  (``风险等级`` merged over A:B, ``风险点序号`` over C:F, ``个数`` in G) and THREE ROWS, ``一级风险 | 1—3、6 | 4``,
  ``二级风险 | 4—5、7、9、11 | 5``, ``三级风险 | 8、10、12 | 3`` (the numbers listed with ``、`` and
  ranges with ``—``), a ``合计 | | 12`` row; a 制表/审核/date line. A point's level is the row of the
  level table whose ``风险点序号`` cell names its running number, and nothing else. The README's
  读得懂的表 knows a level in the point's own row (a level column, ``√`` under ``一级 | 二级 | 三级``, a
  bracket ``（高）``, a mark ``★``/``☆`` before it, a colour, the 风险编号's ``Ⅰ-01``, a type cell's
  ``业务流程（高）``), above it (a group row ``一、一级风险点`` or one ending ``（风险等级：高）``, a block
  heading ``高风险点``), in the column it is written in (``高风险 | 中风险 | 低风险``, ``分级防控措施``), in
  the sheet's name or title, in a NOTE SENTENCE under the table by number (``第1、2、4项为高风险…``,
  ``LEVEL_BY_NUMBER``) or by count (``LEVEL_BY_RANK``), and on ANOTHER SHEET that rates each point or
  risk number on a row of its own (``SHEET_LEVELS``); it does not describe a level table on the same
  sheet, under its own heading below the list, with one row a level whose cell gathers the running
  numbers (lists and ranges) of all the points of that level. The rows of this second table are no
  points and name nobody.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 市国土资源局's 两整治一改革 方案 —
规避招拍挂, 违规设置出让条件, 插手干预土地出让, 擅自调整出让条件, 矿业权交易, 廉政风险点排查 and 自查自纠;
a 旗林业局's 国家级公益林 meeting — 宣传, 档案, 补偿资金 and 护林员工资 兑现, 嘎查 资金使用, 巡护督查;
a 不动产登记系统 paper — 登记簿, 权籍调查 and 登记 数据库, 信息共享, 查询; a 省国有林场改革 report — 场部,
工区 renamed 管护站, 幼林抚育, 巡护, 木材生产 to 生态修复; a 林业 reply on 集体林木采伐 — 林木所有者 申请,
乡镇林业站 初审, 伐区设计, 采伐前公示, 县林业局 受理, 审批, 发证; a 县 土地矿产卫片执法检查方案 — 监测图斑,
核查, 违法用地, 立案, 结案, 整改; a 市森防站's 苗木产地检疫 — 苗圃地, 检疫性有害生物, 出圃; a 自然资源执法
程序制度 — 日常巡查, 群众举报, 上级交办, 部门移送, 立案, 调查) and the layout follows their words for
the unit, its parts, its posts and its risks. The rows are worded by us, the names invented (rare
Han surnames with rare given names, three characters each); every unit is a body of 沐川县, named
with the county's name.

Run ``python tests/published/score.py --set batch357`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the points are the twelve rows of the first table only; each takes the level
  of the row of ``二、风险等级评定结果`` whose ``风险点序号`` names its number (``4—5`` names 4 and 5),
  ``一级风险`` → 1, ``二级风险`` → 2, ``三级风险`` → 3; the level table's rows (``风险点序号`` cells, ``个数``,
  ``合计``) are no points and name nobody; the section lines are no points;
- ``局领导`` (the 林业局's sheet of its leaders, named so by its tab and title, and the 自然资源局's
  股室 cell), ``场领导``, ``站领导``, ``所领导`` and ``大队领导`` are the 科室 of those leaders; a group row
  ``二、一中队`` gives the 科室 ``一中队`` (its number left off); a 局's 股 and 办公室, a 中心's 科, a 林场's
  股 and 管护站, a 站's 组 and 股, a 所's 组 and a 大队's 中队 and 股 are 科室;
- every 中心, 林场, 站, 所 and 大队 here is a unit of its own: 局长, 副局长, the 中心's 主任, 场长, 站长, 所长
  and 大队长 are leaders; 股长, 科长 and 中队长 middle; the rest (科员, 会计, 出纳, 登记员, 审核员, 护林员,
  国土资源管理员, 检疫员, 执法队员, 技术员, 林政员) general;
- ``风险点 | 风险描述`` and ``风险点 | 表现形式``: the point is the short 风险点; ``分管工作``, ``工作环节``,
  ``职责事项``, ``联系电话`` and ``自查情况`` are no points and name no holder; the 林业站's list names no
  person: its forms are posts (对岗不对人);
- ``一级/二级/三级``, 高/中/低, ``★★★/★★/★`` (read by the cards' note), ``Ⅰ级/Ⅱ级/Ⅲ级``,
  ``高风险/中风险/低风险``, bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the 检疫站's note) and ``一级风险/二级风险/三级风险``
  are 1/2/3.

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

PREFIX = "b357_"
PLACE = "沐川县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"


# --------------------------------------------------------------------------- harder layout

POINT_HEAD = ("序号", "股室", "岗位", "姓名", "廉政风险点", "风险类型", "防控措施")
LEVEL_HEAD = ("风险等级", None, "风险点序号", None, None, None, "个数")
POINT_LINE = "一、廉政风险点排查情况"
LEVEL_LINE = "二、风险等级评定结果（经局党组会议审定，序号同上表）"
# (股室, 岗位, 姓名, tier, [(廉政风险点, 风险类型, 防控措施)]) — numbered 1–12 in this order
BUREAU = [
    ("局领导", "局长", "隗澍岑", "leader", [
        ("国有建设用地出让中为特定竞买人量身设置出让条件", "制度机制风险",
         "出让方案经局党组会集体研究，出让条件经法制审核后公开。"),
        ("插手干预矿业权出让，为关系人打招呼", "外部环境风险",
         "矿业权一律进入公共资源交易平台，插手干预事项登记报告。"),
    ]),
    ("局领导", "副局长", "綦珣樾", "leader", [
        ("土地出让后擅自同意调整容积率等规划条件", "岗位职责风险",
         "规划条件调整经规委会审议并公示，调整结果报县政府。"),
        ("土地整治项目验收降低标准", "业务流程风险", "验收邀请第三方参加，验收结果公示。"),
    ]),
    ("耕地保护股", "股长", "亢霁楸", "middle", [
        ("设施农业用地备案审核不严，变相占用耕地", "岗位职责风险",
         "备案材料两人审核，每季度实地抽查。"),
        ("耕地占补平衡指标核定弄虚作假", "业务流程风险", "指标核定资料存档，局务会审定。"),
    ]),
    ("国土空间规划股", "股长", "禚岫蘅", "middle", [
        ("村庄规划编制单位选定不公开比选", "制度机制风险", "编制单位公开比选，结果公示。"),
    ]),
    ("国土空间规划股", "科员", "逯瑀汀", "general", [
        ("规划许可资料审查中故意拖延、吃拿卡要", "思想道德风险",
         "办理时限网上公开，超时自动预警。"),
    ]),
    ("矿产资源管理股", "科员", "戢嶂沅", "general", [
        ("采矿权延续审查不到现场核查", "岗位职责风险", "现场核查两人以上，拍照存档。"),
        ("泄露矿产资源储量等未公开信息", "思想道德风险", "涉密资料专人保管，查阅登记。"),
    ]),
    ("办公室", "会计", "钭苒澂", "general", [
        ("地质灾害治理项目资金不按进度拨付", "制度机制风险", "拨付前核对合同、进度和审批单。"),
        ("公务用车加油、维修费用审核不严", "业务流程风险", "车辆定点加油维修，费用按月公示。"),
    ]),
]  # fmt: skip
# (风险等级, 风险点序号) — one row a level
LEVEL_TABLE = [("一级风险", "1—3、6"), ("二级风险", "4—5、7、9、11"), ("三级风险", "8、10、12")]


def _numbers(refs: str) -> list[int]:
    """``1、2`` → [1, 2]; ``4—5`` → [4, 5]."""
    out = []
    for part in refs.split("、"):
        lo, _, hi = part.partition("—")
        out += list(range(int(lo), int(hi or lo) + 1))
    return out


def level_of_number() -> dict[int, int]:
    """Each running number's level, as the level table gives it."""
    return {k: RISKS[word] for word, refs in LEVEL_TABLE for k in _numbers(refs)}


def muchuan_natural_resources_level_table() -> dict:
    unit = f"{PLACE}自然资源局"
    t = _Truth(unit)
    sh = _Sheet("排查汇总表", [6, 14, 10, 9, 38, 13, 34])
    _line(sh, f"{unit}廉政风险点排查汇总表", 7)
    _line(sh, POINT_LINE, 7)
    sh.add(*POINT_HEAD)
    first = len(sh.rows)
    levels = level_of_number()
    n = 0
    for dept, post, who, tier, points in BUREAU:
        for point, typ, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), levels[n])
    _per_person(sh, first, 1, 2, 3)
    sh.add()
    _line(sh, LEVEL_LINE, 7)
    r = sh.add(*LEVEL_HEAD)
    sh.merge(r, 0, r, 1)
    sh.merge(r, 2, r, 5)
    for word, refs in LEVEL_TABLE:
        r = sh.add(word, None, refs, None, None, None, len(_numbers(refs)))
        sh.merge(r, 0, r, 1)
        sh.merge(r, 2, r, 5)
    r = sh.add("合计", None, None, None, None, None, n)
    sh.merge(r, 0, r, 1)
    sh.merge(r, 2, r, 5)
    sh.add()
    sh.add("制表：", None, None, "审核：", None, "2025年9月", None)
    return _layout(
        "muchuan_natural_resources_level_table",
        "https://szrzyhghj.leshan.gov.cn/sgtzyj/lzzygg/201805/ec9a61bccbf44790b34d4f6db6ddfe9f.shtml",
        "(harder) 县自然资源局 廉政风险点排查汇总表, after the source's 两整治一改革 方案 (规避招拍挂, 出让条件, 插手干预, 矿业权, "
        "廉政风险点排查): a title, ``一、廉政风险点排查情况`` merged across, ``序号 | 股室 | 岗位 | 姓名 | 廉政风险点 | 风险类型 | "
        "防控措施`` with NO level column (股室 merged, 岗位 and 姓名 merged per person, ``…风险`` types), a blank row, "
        "``二、风险等级评定结果（经局党组会议审定，序号同上表）`` merged across, then ``风险等级 (A:B) | 风险点序号 (C:F) | 个数``: ONE "
        "ROW A LEVEL naming the running numbers of its points (``1—3、6``, ``4—5、7、9、11``, ``8、10、12``), a ``合计`` row; "
        "a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def muchuan_forestry_bureau_two_sheets() -> dict:
    unit = f"{PLACE}林业局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 24, 36, 9, 32])
    _line(lead, f"{unit}局领导廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("訾崧璠", "局长", "主持全面工作，分管财务、人事", [
            ("国家级公益林补偿资金分配不经党组集体研究", "一级", "资金分配方案党组会研究，按村公示。"),
            ("干部选拔任用中打招呼、优亲厚友", "一级", "严格执行选任程序，全程纪实。"),
        ]),
        ("阚珺棻", "副局长", "分管林政资源、生态修复", [
            ("授意股室为关系人办理林木采伐许可", "一级", "采伐许可网上办理，审批结果公开。"),
            ("造林项目验收中为施工方说情", "二级", "验收邀请乡镇和村民代表参加，说情事项登记。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, lead.name, post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    lead.add("制表：", None, None, "审核：", None, "2025年9月", None)
    dept = _Sheet("机关股室", [6, 12, 9, 9, 36, 9, 32])
    _line(dept, f"{unit}机关股室岗位廉政风险防控表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("林政资源股", "股长", "郗楠淏", "middle", [
            ("超限额核发林木采伐许可证", "一级", "采伐限额台账管理，超限额系统锁定。"),
            ("使用林地现场查验走过场", "二级", "现场查验两人以上，拍照定位存档。"),
        ]),
        ("林政资源股", "科员", "甯汀芷", "general", [
            ("公益林档案资料补录造假", "二级", "档案纸质电子双存，股长按季抽查。"),
        ]),
        ("生态修复股", "股长", "蒯昀琤", "middle", [
            ("生态护林员选聘中优亲厚友", "二级", "选聘条件和结果在村组公示。"),
            ("退化林修复工程量核定不实", "一级", "工程量现场复核，监理签字确认。"),
        ]),
        ("办公室", "出纳", "厍蘩漪", "general", [
            ("护林员工资发放不按名册核对", "三级", "工资按名册打卡发放，按月对账。"),
        ]),
    ]  # fmt: skip
    first = len(dept.rows)
    n = 0
    for d, post, who, tier, points in rows:
        for point, lv, measures in points:
            n += 1
            dept.add(n, d, post, who, point, lv, measures)
            t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：", None, None, "审核：", None, "2025年9月", None)
    source = (
        "https://huhehaote.baogaosu.com/xinwen/%E5%B1%80%E5%8F%AC%E5%BC%80%E4%BC%9A%E8%AE%AE%E5%AE%89"
        "%E6%8E%92%E9%83%A8%E7%BD%B2%E5%9B%BD%E5%AE%B6%E7%BA%A7%E5%85%AC%E7%9B%8A%E6%9E%97/46092111"
    )
    return _layout(
        "muchuan_forestry_bureau_two_sheets", source,
        "县林业局 廉政风险防控表 in two sheets, after the source's 国家级公益林 meeting (档案, 补偿资金 and 护林员工资 兑现, 巡护): "
        "``局领导`` (a title, 序号/姓名, 职务 and 分管工作 merged per leader/廉政风险点/风险等级 ``一级/二级/三级``/防控措施; a "
        "制表/审核/date line) and ``机关股室`` (a title, 序号/股室 merged/岗位 and 姓名 merged per person/…; the same line); no "
        "type column",
        [lead, dept], t,
    )  # fmt: skip


def muchuan_registration_centre_list() -> dict:
    unit = f"{PLACE}不动产登记中心"
    sh = _Sheet("一览表", [6, 12, 10, 9, 16, 34, 13, 8, 32])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 9)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险描述", "风险类别", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "啜璆溪", "leader", [
            ("登记业务审批", "对不符合条件的登记申请授意办理", "岗位职责风险", "高",
             "疑难登记事项集体会审，会审纪要存档。"),
            ("信息系统建设采购", "登记信息平台建设采购指定供应商", "外部环境风险", "高",
             "采购按政府采购规定执行，结果公开。"),
        ]),
        ("登记科", "科长", "贲霈涵", "middle", [
            ("登簿审核", "对权属来源资料不全的申请登簿", "业务流程风险", "高", "登簿实行初审、复审两级审核。"),
            ("办件顺序", "为熟人插队办理、加急办理", "思想道德风险", "中", "办件按受理顺序排号，系统留痕。"),
        ]),
        ("登记科", "登记员", "庹瑭沁", "general", [
            ("受理审查", "对申请材料一次性告知不到位，故意刁难", "岗位职责风险", "中", "受理清单公开，一次性告知书存档。"),
        ]),
        ("权籍调查科", "审核员", "睢瓒汐", "general", [
            ("权籍调查成果审核", "对测绘成果面积、界址审核不严", "业务流程风险", "中", "成果审核双人签字，抽样复核。"),
            ("外业调查", "接受申请人宴请，调查记录不实", "思想道德风险", "低", "外业调查两人以上，现场签字确认。"),
        ]),
        ("档案信息科", "科员", "茆晗蓁", "general", [
            ("登记信息查询", "违规查询、泄露不动产登记信息", "制度机制风险", "高", "查询实名登记，系统日志按月核查。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, desc, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, desc, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年9月", None, None)
    return _layout(
        "muchuan_registration_centre_list", "https://www.133ku.com/pangu/167806.html",
        "县不动产登记中心 岗位廉政风险防控一览表, after the source's 不动产登记系统 (登记簿, 权籍调查 and 登记 数据库, 信息共享, "
        "查询): ``附件1``, a title, 序号/科室 merged (中心领导, 登记科, 权籍调查科, 档案信息科)/岗位 and 姓名 merged per person/a short "
        "``风险点`` beside a long ``风险描述``/风险类别 ``…风险``/风险等级 高/中/低/防控措施; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def muchuan_state_forest_farm_cards() -> dict:
    unit = f"{PLACE}国有林场"
    t = _Truth(unit)
    cards = [
        ("场长", "逄樾琮", "场长", "场领导", "leader", "0833-4501216", [
            ("场务决策", "林场经营项目不经场务会集体研究", "★★★", "“三重一大”事项场务会研究，纪要存档。"),
            ("木材销售", "低价处置林场木材，指定买受人", "★★★", "木材销售公开竞价，结果公示。"),
            ("职工管理", "临时用工聘用中优亲厚友", "★★", "用工条件公开，聘用结果公示。"),
        ]),
        ("营林股股长", "桓曦沂", "股长", "营林股", "middle", "0833-4501218", [
            ("幼林抚育", "抚育面积虚报，套取抚育资金", "★★★", "抚育作业前后拍照定位，场领导抽查。"),
            ("苗木采购", "苗木验收以次充好", "★★", "苗木验收三方签字，检疫证随附。"),
        ]),
        ("护林员", "索嵘湉", "护林员", "黄丹管护站", "general", "0833-4501230", [
            ("日常巡护", "巡护轨迹造假，发现盗伐隐瞒不报", "★★", "巡护终端实时上传，管护站每周核对。"),
            ("林下资源", "私自允许他人采挖林下资源", "★", "签订管护责任书，发现问题即时报告。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, dept, tier, phone, points in cards:
        sh = _Sheet(tab, [6, 12, 36, 9, 32])
        _line(sh, f"{unit}岗位廉政风险防控卡", 5)
        sh.add("持卡人", who, f"职{GAP}务", post, None)
        sh.add("所在部门", dept, "联系电话", phone, None)
        sh.add("序号", "工作环节", "廉政风险点", "风险等级", "防控措施")
        for i, (step, point, stars, measures) in enumerate(points, 1):
            sh.add(i, step, point, stars, measures)
            t.point(sh.name, dept, post, who, tier, point, [], STARS[stars])
        _line(sh, "注：风险等级★★★为高风险，★★为中风险，★为低风险。", 5)
        sh.add("持卡人（签字）：", None, "场长（签字）：", None, None)
        sheets.append(sh)
    source = (
        "http://fuzhou.baogaosu.com/xinwen/%E7%A6%8F%E5%BB%BA%E7%9C%81%E5%9B%BD%E6%9C%89%E6%9E%97%E5%9C%BA"
        "%E6%94%B9%E9%9D%A9%E8%B5%B0%E5%9C%A8%E5%85%A8%E5%9B%BD%E5%89%8D%E5%88%97/75133371"
    )
    return _layout(
        "muchuan_state_forest_farm_cards", source,
        "县国有林场 岗位廉政风险防控卡, one sheet a holder (tabs 场长, 营林股股长, 护林员), after the source's 国有林场改革 (场部, "
        "工区 renamed 管护站, 幼林抚育, 巡护, 木材生产): a title, the pairs ``持卡人 | … | 职　务 | …`` and ``所在部门 | … | 联系电话 | …`` "
        "above 序号/工作环节/廉政风险点/风险等级 ``★★★/★★/★``/防控措施; no type column; a merged ``注：`` line on the stars and "
        "``持卡人（签字）： | 场长（签字）：``",
        sheets, t,
    )  # fmt: skip


def muchuan_forestry_station_posts() -> dict:
    unit = f"{PLACE}林业站"
    sh = _Sheet("排查表", [6, 12, 12, 18, 36, 13, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "部门", "岗位", "风险点", "表现形式", "风险类别", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "leader", [
            ("采伐申请初审", "对林权有争议的林地出具同意采伐的初审意见", "岗位职责风险", "Ⅰ级",
             "初审意见站务会研究，争议林地一律暂缓。"),
            ("林业项目安排", "林业补助项目向关系村倾斜", "外部环境风险", "Ⅰ级", "项目安排按计划公开，结果公示。"),
        ]),
        ("资源管理组", "技术员", "general", [
            ("伐区调查设计", "伐区面积、蓄积量调查数据不实", "业务流程风险", "Ⅰ级", "调查数据复核，伐区设计公示。"),
            ("伐区验收", "对超面积、超蓄积采伐不如实报告", "岗位职责风险", "Ⅱ级", "验收两人以上，现场拍照存档。"),
        ]),
        ("林政服务组", "林政员", "general", [
            ("采伐前公示", "采伐公示走过场，公示期未满即上报", "制度机制风险", "Ⅱ级", "公示照片和期限存档备查。"),
            ("林权纠纷调处", "调处中偏袒一方，收受好处", "思想道德风险", "Ⅱ级", "调处记录双方签字，结果报站务会。"),
        ]),
        ("综合组", "会计", "general", [
            ("护林员补助发放", "补助发放不按考核结果核定", "制度机制风险", "Ⅲ级", "补助按考核结果核定，按月公示。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, tier, points in rows:
        for point, desc, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, point, desc, typ, lv, measures)
            t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _per_person(sh, first, 1, 2)
    sh.add("编制：", None, None, "审核：", None, None, "2025年9月", None)
    return _layout(
        "muchuan_forestry_station_posts", "https://wz.ggnews.com.cn/index.php?m=show&id=138450",
        "县林业站 岗位廉政风险点排查表 对岗不对人, after the source's 集体林木采伐 流程 (申请, 乡镇林业站 初审, 伐区设计, 采伐前公示, "
        "受理, 审批, 发证): a title, 序号/部门 merged (站领导, 资源管理组, 林政服务组, 综合组)/岗位 merged per post/a short 风险点/a "
        "long ``表现形式``/风险类别 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; an ``编制： | 审核： | 2025年9月`` line",
        [sh], t,
    )  # fmt: skip


def muchuan_muxi_office_selfchecks() -> dict:
    unit = f"{PLACE}沐溪自然资源所"
    t = _Truth(unit)
    people = [
        ("揭澈嵋", "所领导", "所长", "leader", [
            ("对辖区违法占地制止不力、隐瞒不报", "岗位职责", "高风险", "违法占地台账逐宗销号，按月上报。", "已落实"),
            ("农村宅基地审核意见受人情干扰", "外部环境", "中风险", "审核意见所务会研究，结果公示。", "已落实"),
        ]),
        ("佴蕖岫", "耕保执法组", "国土资源管理员", "general", [
            ("卫片监测图斑核查弄虚作假", "业务流程", "高风险", "图斑核查现场拍照定位，所长复核。", "正在整改"),
            ("接受违法用地当事人宴请", "思想道德", "中风险", "签订廉洁承诺，拒收登记。", "未发现问题"),
        ]),
        ("宓淼琚", "确权登记组", "科员", "general", [
            ("农村房地一体确权调查记录不实", "岗位职责", "中风险", "调查记录户主签字，村组公示。", "已落实"),
            ("泄露权利人登记资料", "制度机制", "低风险", "资料专柜保管，查阅登记。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 36, 10, 10, 32, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        sh.add(f"姓{GAP}名", "所在组", f"职{GAP}务", "填表时间", None, None)
        sh.add(who, dept, post, "2025年9月", None, None)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", "自查情况")
        for i, (point, typ, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, typ, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), BANDS[lv])
        sh.add("本人签名：", None, None, "所长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "muchuan_muxi_office_selfchecks", "https://99wenmi.com/article/filen2a62vu0.html",
        "县自然资源所 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 土地矿产卫片执法检查 "
        "(监测图斑, 核查, 违法用地, 立案, 整改): a title, a LABEL ROW ``姓　名 | 所在组 | 职　务 | 填表时间`` over a row of values, then "
        "序号/风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施/``自查情况``; ``本人签名： | 所长意见：``",
        sheets, t,
    )  # fmt: skip


def muchuan_pest_station_duties() -> dict:
    unit = f"{PLACE}森林病虫害防治检疫站"
    sh = _Sheet("责任清单", [6, 12, 9, 9, 18, 36, 8, 32])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年9月", 8)
    sh.add("序号", "责任股室", "岗位", "责任人", "职责事项", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "郦旻璋", "leader", [
            ("防治药剂采购", "林业有害生物防治药剂采购指定供应商", "Ⅰ", "采购按规定比选，结果公示。"),
            ("防治项目验收", "飞防、地面防治作业量验收不实", "Ⅰ", "验收邀请乡镇参加，作业轨迹存档。"),
        ]),
        ("检疫股", "股长", "羿滢峤", "middle", [
            ("产地检疫", "苗圃地产地检疫不到现场即出具合格证", "Ⅰ", "产地检疫两人以上，现场拍照。"),
            ("调运检疫", "为带疫苗木违规签发植物检疫证书", "Ⅱ", "检疫证书系统签发，按月复核。"),
        ]),
        ("检疫股", "检疫员", "蔺暄苇", "general", [
            ("复检", "对调入苗木复检走过场", "Ⅱ", "复检记录存档，股长抽查。"),
            ("检疫收费", "检疫收费不开票据", "Ⅲ", "收费一律开具票据，标准上墙。"),
        ]),
        ("综合股", "会计", "仝沣蕖", "general", [
            ("资金支付", "防治补助资金不凭审批单支付", "Ⅲ", "支付凭审批单办理，按月对账。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for duty, point, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, duty, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], BARE[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级Ⅰ为高，Ⅱ为中，Ⅲ为低。", 8)
    sh.add("填表人：", None, None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "muchuan_pest_station_duties", "https://www.dengfeng.gov.cn/bmdt/5416565.jhtml",
        "县森林病虫害防治检疫站 廉政风险防控责任清单, after the source's 苗木产地检疫 (苗圃地, 检疫性有害生物, 出圃): ``附件2``, a title, "
        "a merged ``填报单位（盖章）：…　填报时间：2025年9月`` line, then 序号/``责任股室`` merged (站领导, 检疫股, 综合股)/岗位 and "
        "责任人 merged per person/``职责事项``/廉政风险点/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施; no type column; a ``注：`` line on the "
        "grades and a 填表人/审核人/站长（签字） line",
        [sh], t,
    )  # fmt: skip


def muchuan_enforcement_groups() -> dict:
    unit = f"{PLACE}自然资源执法监察大队"
    sh = _Sheet("一览表", [6, 10, 9, 38, 10, 11, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、大队领导", "大队领导", [
            ("大队长", "谌峤楠", "leader", [
                ("违法用地案件立案不经集体研究，压案不查", "制度机制", "一级风险", "案件立案集体研究，全程网上流转。"),
                ("为违法采矿当事人说情、降格处理", "外部环境", "一级风险", "说情打招呼事项登记报告。"),
            ]),
        ]),
        ("二、一中队", "一中队", [
            ("中队长", "缪汀琰", "middle", [
                ("群众举报线索登记不全，瞒案不报", "岗位职责", "一级风险", "举报线索编号登记，限期办结。"),
                ("现场制止中选择性执法", "业务流程", "二级风险", "执法全过程记录，记录仪数据按日上传。"),
            ]),
            ("执法队员", "笪樨涵", "general", [
                ("日常巡查记录造假", "岗位职责", "二级风险", "巡查轨迹上传平台，中队长按周抽查。"),
            ]),
        ]),
        ("三、二中队", "二中队", [
            ("执法队员", "闵霁岍", "general", [
                ("调查取证中泄露案情", "思想道德", "二级风险", "签订保密承诺，案卷专人管理。"),
                ("接受当事人宴请，放松查处", "思想道德", "三级风险", "签订廉洁承诺，执法人员轮换。"),
            ]),
        ]),
        ("四、综合股", "综合股", [
            ("会计", "豆蓁沅", "general", [
                ("罚没款不按时足额上缴", "制度机制", "三级风险", "罚没款一律银行代收，按月对账。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, dept, people in groups:
        _line(sh, shown, 7)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for point, typ, lv, measures in points:
                n += 1
                sh.add(n, post, who, point, typ, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), RISKS[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("填表人：", None, None, "审核人：", None, "2025年9月", None)
    return _layout(
        "muchuan_enforcement_groups", "http://f.tikuw.cn/f/item?id=1842456401348579",
        "县自然资源执法监察大队 岗位廉政风险防控一览表, after the source's 自然资源执法程序制度 (日常巡查, 群众举报, 上级交办, 部门移送, "
        "立案, 调查): a title, 序号/岗位/姓名/廉政风险点/风险类型 (short names)/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under "
        "GROUP ROWS ``一、大队领导`` … ``四、综合股`` merged across (no 科室 column); 岗位 and 姓名 merged per person; a "
        "填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    muchuan_natural_resources_level_table(),
    muchuan_forestry_bureau_two_sheets(),
    muchuan_registration_centre_list(),
    muchuan_state_forest_farm_cards(),
    muchuan_forestry_station_posts(),
    muchuan_muxi_office_selfchecks(),
    muchuan_pest_station_duties(),
    muchuan_enforcement_groups(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch357-inbox"))

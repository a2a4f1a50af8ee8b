"""The four-hundred-and-eleventh batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 自然资源 and
住建 bodies, 汉阴县 (a county of 安康 on the 月河, its staff Han) — the 县自然资源局, the 县住房和城乡建设局,
the 县城市管理执法大队, the 县不动产登记中心 and four 镇规划建设站 (涧池镇, 平梁镇, 漩涡镇, 双河口镇) — each
handing back the 一览表, 防控卡, 排查表, 责任清单 or 自查表 its staff typed in WPS or Excel:

- the 自然资源局's file in two sheets: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位`` and ``姓名`` merged per person), ``一级/二级/三级``, no type
  column, a 制表/审核/date line under each;
- the 住房和城乡建设局's 一览表 under a title and a merged ``填报单位：…　填报时间：…`` line: ``股室``
  merged (``局领导``, ``住房保障股``, ``建筑市场监管股``, ``村镇建设股``, ``办公室``), ``岗位`` and ``姓名``
  merged per person, a short ``廉政风险点`` beside a long ``风险表现``, short types, 高/中/低, a
  填表人/审核人/date line;
- the 城市管理执法大队's 责任清单 under GROUP ROWS ``一、大队领导``, ``二、法制审核股``, ``三、第一中队``,
  ``四、第二中队`` merged across (no 股室 column): ``岗位 | 责任人`` merged per person, ``职责事项``
  before the ``廉政风险点``, ``…风险`` types, ``一级风险/二级风险/三级风险``;
- the 涧池镇规划建设站's 防控卡, one sheet a holder (tabs named by the post): ``姓　名 | … | 职　务 | …``
  and a merged ``岗位职责：…`` line above ``序号 | 风险点 | 风险等级 | 防控措施``, ``★★★/★★/★`` read by
  a ``注：`` line, no type column, ``持卡人（签字）： | … | 站长（签字）：``;
- the 平梁镇规划建设站's 排查表 对岗不对人: no 科室 column, ``岗位`` merged per post, a short ``风险点``
  beside a long ``风险表现``, short types, ``高风险/中风险/低风险``; no names;
- the 漩涡镇规划建设站's 自查表, one sheet a person (tabs named by the holder): ``姓　名 | … | 职　务 | …``
  over ``填表时间 | …`` above ``序号 | 工作职责 | 风险点 | 风险等级 | 防控措施 | 自查情况`` (``工作职责``
  merged over its points), ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column, ``本人签名： | … | 站长审核：``;
- the 双河口镇规划建设站's 一览表 under ``附件1``, a title and a ``填报单位（盖章）：…`` line, written out
  on EVERY row (nothing merged, no 科室 column): ``岗位 | 廉政风险点 | 风险类型 | 风险等级 | 防控措施 |
  责任人`` with the holder in a LAST ``责任人`` column, ``…风险`` types, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a
  ``注：`` line.

One is harder:

- ``hanyin_registration_center_ticked_fields``: the 不动产登记中心's 岗位廉政风险自查表, one sheet a
  person (tabs named by the holder), an ordinary self-check in every other way (a title, ``姓　名 | … |
  填表时间 | …``, then ``序号 | 廉政风险点 | 风险类型 | 风险等级 | 防控措施 | 自查情况``, short types
  typed in their cells, 高/中/低, a merged ``填表说明：…`` line and ``本人签名： | … | 科室负责人审核：``) —
  but its DEPARTMENT AND POST ARE GIVEN ONLY BY A TICKED BOX among printed options. The 中心's
  办公室 made ONE template for every member of staff, and the two fields above the table print ALL
  the choices, each behind a box, in one merged cell: ``所在科室 | □中心领导　□综合科　☑登记科　□权籍调查科
  □档案信息科`` and ``岗　位 | □主任　□副主任　□科长　□受理员　☑审核员　□登簿员　□档案管理员``; each
  holder ticked ONE box in each (``☑``, as the ``填表说明：所在科室、岗位在对应“□”内打“☑”（单选）…`` line
  asks). So the cell beside ``所在科室`` names five 科室 and the cell beside ``岗　位`` seven posts, and
  the holder's are only the ticked ones; the same two cells, with the same options in the same
  order, stand on every sheet, only the tick moves. The shape is about WHERE THE 科室 AND POST ARE
  GIVEN: in a pre-printed choice, not written. The README's 读得懂的表 knows ticked boxes for the
  LEVEL (``☑高　□中　□低``, ``高☑　中□　低□``, ``■□□``, Wingdings ``R``/``£``, form-control check
  boxes, ``√`` under ``一级 | 二级 | 三级`` sub-columns), for the TYPE (``□思想道德 ☑制度机制 ☑岗位职责``,
  ``√`` under type columns), for the POINT (a box before each point of a 通用清单), for the post's
  GRADE (``岗位风险等级 | □一级 ☑二级 □三级``, batches 142 and 174) and for the POST of a row as a ``√``
  under one of several post COLUMNS (``责任岗位`` over ``局长 | 股长 | …``); it does not describe a
  科室 or a post written as a row of boxed options IN ONE CELL beside a label, the holder's being the
  one ticked. ``grep`` over tests/published/batch*.py for ``☑`` before a 科室 or post word (``☑登记``,
  ``□综合科``, ``□科长``, ``□主任``) finds nothing; every earlier ``☑`` is before a level, a type, a
  point or a grade.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose or by their titles (a paper on the
耕地占补平衡 policy — 补充耕地, 后备资源, 占多补少, 占优补劣, 全域土地综合整治; a 县's 廉租住房租赁补贴 发放
方案 — the 住房保障服务中心, 社区 入户调查, 资格认定, 补贴资金 发放; a 建设行政执法方案 — 执法主体, 执法
标准, 智慧执法, 信用惩戒, 执法监督; a 福建农村建房管理办法 page; a page on which body deals with 乡村违建;
a page on the 住建部's 规划核实管理办法; the 陕西省规划管理暂行办法; a paper on the 不动产登记 制度 — 查询,
异议登记, 更正登记, 风险预警, 一户多宅) and the layout follows their words for the unit, its parts, its
posts and its risks. The rows are worded by us, the names invented (rare Han surnames with rare
given names, three characters each); every unit is a body of 汉阴县, named with the county's name (no
earlier unit holds ``汉阴县``; the 镇 — 涧池镇, 平梁镇, 漩涡镇, 双河口镇 — are towns of the county).

Run ``python tests/published/score.py --set batch411`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a sheet's 科室 is the option after the ONE ``☑`` in the cell beside ``所在科室``
  and its post the option after the ONE ``☑`` in the cell beside ``岗　位`` (the box and the full-width
  space after the option left off); the ``□`` options name nothing; the holder is the ``姓　名`` cell,
  the point the ``廉政风险点`` cell, the types the ``风险类型`` cell; ``自查情况`` and the
  ``填表说明`` line are no points;
- ``局领导`` (the 自然资源局's sheet of its leaders, named so by its tab and title; the 住建局's 股室 cell),
  ``大队领导`` (the 执法大队's group row) and ``中心领导`` (the 登记中心's ticked 科室) are the 科室 of those
  leaders; a 局's 股 and 办公室, the 大队's 股 and 中队, the 中心's 科 are 科室; a group row
  ``二、法制审核股`` gives the 科室 ``法制审核股`` (its number left off); the 镇规划建设站s name no 科室
  (each station is a unit of its own, 汉阴县X镇规划建设站): their 科室 is "";
- 局长, 副局长, 大队长, 副大队长, the 中心's 主任 and a station's 站长 are leaders; 股长, 中队长 and the
  中心's 科长 middle; the rest (科员, 会计, 出纳, 执法队员, 技术员, 管理员, 村镇建设管理员, 规划协管员,
  规划管理员, 报账员, 审核员, 档案管理员) general;
- ``廉政风险点 | 风险表现`` (the 住建局's list) and ``风险点 | 风险表现`` (the 平梁镇 station's): the point
  is the short one; ``分管工作``, ``工作职责``, ``岗位职责``, ``职责事项`` and ``自查情况`` are no points
  and name no holder; the 平梁镇 station's list names no person: its forms are posts (对岗不对人); in
  the 双河口镇 station's list the LAST column ``责任人`` is the holder;
- ``一级/二级/三级``, 高/中/低, ``一级风险/二级风险/三级风险``, ``★★★/★★/★`` (read by the cards' note),
  ``高风险/中风险/低风险``, ``Ⅰ级/Ⅱ级/Ⅲ级`` and bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the 双河口镇 station's note)
  are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, taller
rows for wrapped cells) and ``truth.json``; no re-saved copies (as batch280 and batch410).
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line
from published.batch287 import _per_person
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b411_"
PLACE = "汉阴县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"
DATE = "2025年9月"


# --------------------------------------------------------------------------- harder layout

TICK_NAME = "hanyin_registration_center_ticked_fields"
TICK_UNIT = f"{PLACE}不动产登记中心"
TICK, BOX = "☑", "□"
TICK_DEPT_LABEL = "所在科室"
TICK_POST_LABEL = f"岗{GAP}位"
TICK_DEPTS = ("中心领导", "综合科", "登记科", "权籍调查科", "档案信息科")
TICK_POSTS = ("主任", "副主任", "科长", "受理员", "审核员", "登簿员", "档案管理员")
TICK_HEAD = ("序号", "廉政风险点", "风险类型", "风险等级", "防控措施", "自查情况")
TICK_NOTE = (
    "填表说明：所在科室、岗位在对应“□”内打“☑”（单选）；风险类型按思想道德、制度机制、岗位职责、业务流程、"
    "外部环境填写；风险等级分高、中、低三级。"
)

# (姓名, 科室, 岗位, tier, [(廉政风险点, 风险类型, 等级, 防控措施, 自查情况)])
TICK_PEOPLE = [
    ("訾淏岍", "中心领导", "主任", "leader", [
        ("重大登记事项和疑难件处理不经中心集体研究，个人说了算", "制度机制", "高",
         "疑难件和历史遗留问题一律提交中心会议集体研究，纪要存档。", "已落实"),
        ("为关系人违规加快办理、插队办理登记", "思想道德", "中", "登记按受理顺序办理，加急件登记审批留痕。", "已落实"),
        ("信息化平台建设和运维采购指定供应商", "外部环境", "高", "采购按政府采购程序实施，结果公示。", "已落实"),
    ]),
    ("钭瑀渟", "登记科", "科长", "middle", [
        ("一户多宅、面积超标宅基地违规确权登记", "岗位职责", "高", "历史遗留问题按认定细则分类处理，科务会审定。", "已落实"),
        ("异议登记、更正登记拖延办理，索取好处", "业务流程", "中", "异议、更正登记限时办结，超时自动预警。", "正在整改"),
    ]),
    ("闾琰晞", "登记科", "审核员", "general", [
        ("审核申请材料把关不严，对材料不全的申请予以登记", "岗位职责", "高", "审核要点清单化，登簿前复核。", "已落实"),
        ("泄露权利人登记信息，违规为他人查询", "制度机制", "中", "查询凭证件办理，系统查询全程留痕。", "已落实"),
    ]),
    ("殳湉璠", "档案信息科", "档案管理员", "general", [
        ("登记档案借阅不登记，擅自复制、外借档案", "制度机制", "中", "档案借阅审批登记，复制件加盖专用章。", "已落实"),
        ("接受中介机构请托，违规提供登记资料", "外部环境", "低", "中介查询一律凭委托书和证件，按月抽查。", "已落实"),
    ]),
]  # fmt: skip


def choices(options: tuple[str, ...], ticked: str) -> str:
    """A template field's options, each behind a box, the holder's one ticked: ``□A　☑B　□C``."""
    assert ticked in options, ticked
    return GAP.join(f"{TICK if o == ticked else BOX}{o}" for o in options)


def ticked(cell: str) -> list[str]:
    """The options ticked in a choices cell (the option after each ``☑``)."""
    return [part[1:] for part in cell.split(GAP) if part.startswith(TICK)]


def hanyin_registration_center_ticked_fields() -> dict:
    unit = TICK_UNIT
    t = _Truth(unit)
    sheets = []
    for who, dept, post, tier, points in TICK_PEOPLE:
        sh = _Sheet(who, [6, 36, 10, 9, 32, 10])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        r = sh.add(f"姓{GAP}名", who, None, "填表时间", DATE, None)
        sh.merge(r, 1, r, 2)
        sh.merge(r, 4, r, 5)
        r = sh.add(TICK_DEPT_LABEL, choices(TICK_DEPTS, dept), None, None, None, None)
        sh.merge(r, 1, r, 5)
        r = sh.add(TICK_POST_LABEL, choices(TICK_POSTS, post), None, None, None, None)
        sh.merge(r, 1, r, 5)
        sh.add(*TICK_HEAD)
        for i, (point, typ, lv, measures, state) in enumerate(points, 1):
            sh.add(i, point, typ, lv, measures, state)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        _line(sh, TICK_NOTE, 6)
        sh.add("本人签名：", None, None, "科室负责人审核：", None, None)
        sheets.append(sh)
    return _layout(
        TICK_NAME, "https://www.38xs.com/436799/147137711_3.html",
        "(harder) 县不动产登记中心 岗位廉政风险自查表, one sheet a person (tabs named by the holder), after the source's "
        "paper on the 不动产登记 制度 (查询, 异议登记, 更正登记, 风险预警, 一户多宅): a title, ``姓　名 | … | 填表时间 | …``, "
        "then 序号/廉政风险点/风险类型 (short names)/风险等级 高/中/低/防控措施/自查情况, a merged ``填表说明：…`` line and "
        "``本人签名： | 科室负责人审核：`` — whose 科室 AND POST ARE GIVEN ONLY BY A TICKED BOX among printed options, in one "
        "merged cell each: ``所在科室 | □中心领导　□综合科　☑登记科　□权籍调查科　□档案信息科`` and ``岗　位 | □主任　□副主任"
        "　□科长　□受理员　☑审核员　□登簿员　□档案管理员`` (the same options on every sheet, one ticked in each)",
        sheets, t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def hanyin_natural_resources_bureau_two_sheets() -> dict:
    unit = f"{PLACE}自然资源局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 24, 36, 9, 32])
    _line(lead, f"{unit}局领导廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "风险等级", "防控措施")
    leaders = [
        ("笪岍昶", "局长", "主持全面工作", "leader", [
            ("补充耕地项目立项和验收不经局党组集体研究", "一级", "项目立项、验收结果党组会研究，纪要存档。"),
            ("干部选拔任用和评先评优中搞“一言堂”", "二级", "严格执行干部选拔程序，结果公示。"),
        ]),
        ("綦渟瑀", "副局长", "分管耕地保护、国土空间规划", "leader", [
            ("耕地占补平衡指标核定中放宽标准，占多补少、占优补劣", "一级", "补充耕地逐地块实地核查，核定结果公示。"),
            ("规划条件调整中接受开发企业请托", "一级", "规划条件调整经规委会审议，调整理由公开。"),
        ]),
        ("郦峤湉", "副局长", "分管执法监察、办公室", "leader", [
            ("违法用地案件查处中降格处理、以罚代拆", "二级", "案件处理集体审理，处罚结果公开。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, tier, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "局领导", post, who, tier, point, [], GRADES[lv])
    _per_person(lead, first, None, 1, 2, 3)
    lead.add("制表：", None, "审核：", None, None, DATE, None)
    staff = _Sheet("股室", [6, 14, 9, 9, 36, 9, 32])
    _line(staff, f"{unit}股室岗位廉政风险防控表", 7)
    staff.add("序号", "股室", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("耕地保护股", "股长", "酆璠棽", "middle", [
            ("补充耕地项目验收把关不严，虚报新增耕地面积", "一级", "验收组三人以上，现场测量并拍照存档。"),
            ("耕地后备资源调查数据弄虚作假", "二级", "调查数据两人复核，成果经局务会审定。"),
        ]),
        ("国土空间规划股", "股长", "宦珵翥", "middle", [
            ("村庄规划编制中违规调整地块用途", "一级", "规划成果公示征求意见，调整事项集体审议。"),
            ("规划编制单位选定中打招呼", "三级", "编制单位按政府采购程序确定。"),
        ]),
        ("执法监察股", "科员", "乜沄琤", "general", [
            ("动态巡查发现违法用地隐瞒不报", "二级", "巡查记录每日上传，图斑逐个核销。"),
        ]),
        ("办公室", "会计", "羿淏珝", "general", [
            ("土地整治项目资金拨付审核不严", "二级", "资金拨付凭验收报告和合同，分管领导审签。"),
            ("报销票据审核不严，虚列支出", "三级", "票据逐张审核，每季度内审抽查。"),
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
        "hanyin_natural_resources_bureau_two_sheets",
        "http://old2022.bulletin.cas.cn/publish_article/2020/5/20200513.htm",
        "县自然资源局 file in two sheets after the source's paper on the 耕地占补平衡 policy (补充耕地, 后备资源, 占多补少, 占优补劣, "
        "全域土地综合整治): ``局领导`` (a title, 序号/姓名, 职务 and 分管工作 merged per leader/风险点/风险等级/防控措施) and "
        "``股室`` (a title, 序号/股室 merged/岗位 and 姓名 merged per person/风险点/风险等级/防控措施); ``一级/二级/三级``; no "
        "type column; a 制表/审核/date line under each",
        [lead, staff], t,
    )  # fmt: skip


def hanyin_housing_bureau_list() -> dict:
    unit = f"{PLACE}住房和城乡建设局"
    sh = _Sheet("一览表", [6, 13, 9, 9, 18, 34, 10, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 9)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：{DATE}", 9)
    sh.add(
        "序号", "股室", "岗位", "姓名", "廉政风险点", "风险表现", "风险类型", "风险等级", "防控措施"
    )
    rows = [
        ("局领导", "局长", "谯檠晞", "leader", [
            ("重大项目安排", "城建重点项目安排和大额资金使用不经集体研究", "制度机制", "高",
             "“三重一大”事项党组会集体研究，纪要存档。"),
        ]),
        ("住房保障股", "股长", "暨湜蔚", "middle", [
            ("租赁补贴资格确定", "对不符合条件的家庭确定租赁补贴资格，优亲厚友", "岗位职责", "高",
             "补贴对象社区初审、民政认定、局里复核，三榜公示。"),
            ("补贴对象动态管理", "收入、住房变化的家庭不及时核减，补贴继续发放", "业务流程", "中", "每年入户复核，核减名单公示。"),
        ]),
        ("住房保障股", "科员", "厍昀璆", "general", [
            ("入户调查", "入户调查走过场，调查表代填代签", "思想道德", "中", "入户两人以上，调查表拍照存档。"),
        ]),
        ("建筑市场监管股", "股长", "仝崧琰", "middle", [
            ("施工许可审查", "对手续不全的工程违规发放施工许可", "岗位职责", "高", "审查要件清单化，办理结果网上公开。"),
            ("建筑市场检查", "检查中接受施工企业宴请，对违法分包转包不处理", "外部环境", "中", "检查人员随机抽取，问题清单限期整改。"),
        ]),
        ("村镇建设股", "股长", "庾峋湉", "middle", [
            ("农村危房改造对象认定", "危房改造对象认定不实，补助资金虚报冒领", "业务流程", "高", "对象认定村、镇、县三级审核，公示后拨付。"),
        ]),
        ("办公室", "出纳", "隆婳琤", "general", [
            ("现金和账户管理", "坐支现金，公款私存", "制度机制", "低", "现金日清月结，会计每周盘点。"),
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
    sh.add("填表人：", None, None, "审核人：", None, None, None, DATE, None)
    return _layout(
        "hanyin_housing_bureau_list", "http://www.wufanghuizhong.com/xindetihui/2021/1107/23632.html",
        "县住房和城乡建设局 岗位廉政风险防控一览表 after the source's 县 廉租住房租赁补贴 发放方案 (the 住房保障服务中心, 社区 入户调查, "
        "资格认定, 补贴资金 发放): a title, a merged ``填报单位：…　填报时间：2025年9月`` line, then 序号/``股室`` merged (局领导, "
        "住房保障股, 建筑市场监管股, 村镇建设股, 办公室)/岗位 and 姓名 merged per person/a short ``廉政风险点``/a long ``风险表现``/"
        "风险类型 (short names)/风险等级 高/中/低/防控措施; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def hanyin_urban_enforcement_duty_list() -> dict:
    unit = f"{PLACE}城市管理执法大队"
    sh = _Sheet("责任清单", [6, 11, 9, 16, 36, 13, 10, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add("序号", "岗位", "责任人", "职责事项", "廉政风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、大队领导", "大队领导", [
            ("大队长", "夔翀沄", "leader", [
                ("重大执法决定", "重大行政处罚决定不经集体讨论，个人拍板", "制度机制风险", "一级风险",
                 "重大处罚案件集体讨论，讨论记录存档。"),
            ]),
            ("副大队长", "邰珵岚", "leader", [
                ("执法装备采购", "执法车辆、执法记录仪采购中指定供应商", "外部环境风险", "二级风险", "采购按政府采购程序实施，结果公示。"),
            ]),
        ]),
        ("二、法制审核股", "法制审核股", [
            ("股长", "缑瑧淏", "middle", [
                ("处罚决定法制审核", "法制审核走过场，对裁量明显不当的案件不予纠正", "岗位职责风险", "一级风险",
                 "按裁量基准逐案审核，审核意见书面留存。"),
                ("执法案卷评查", "案卷评查中隐瞒问题，评查结果不实", "业务流程风险", "三级风险", "评查交叉进行，结果通报。"),
            ]),
        ]),
        ("三、第一中队", "第一中队", [
            ("中队长", "阚澂峤", "middle", [
                ("违法建设查处", "对违法建设查处不及时，以罚代拆", "岗位职责风险", "一级风险", "违法建设台账销号管理，处理结果公开。"),
            ]),
            ("执法队员", "伏琇棽", "general", [
                ("占道经营管理", "接受商户好处，对占道经营放任不管", "思想道德风险", "二级风险", "执法全程记录仪记录，定期轮换责任片区。"),
                ("暂扣物品管理", "暂扣物品不登记，私自处理", "制度机制风险", "二级风险", "暂扣物品登记入库，返还和处理双人签字。"),
            ]),
        ]),
        ("四、第二中队", "第二中队", [
            ("中队长", "宓昶璠", "middle", [
                ("渣土运输管理", "对渣土车抛洒滴漏、无证运输降格处理", "外部环境风险", "二级风险", "处罚按裁量基准执行，案件网上录入。"),
                ("罚没款收缴", "当场收缴罚款不出具票据、不及时上缴", "业务流程风险", "一级风险", "罚缴分离，当场收缴开具统一票据，两日内上缴。"),
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
        "hanyin_urban_enforcement_duty_list", "https://www.renrendoc.com/paper/507271644.html",
        "县城市管理执法大队 廉政风险防控责任清单 under GROUP ROWS ``一、大队领导`` … ``四、第二中队`` merged across (no 股室 column), "
        "after the source's 建设行政执法方案 (执法主体, 执法标准, 智慧执法, 信用惩戒, 执法监督): a title, then 序号/岗位 and "
        "``责任人`` merged per person/``职责事项``/廉政风险点/风险类型 ``…风险``/风险等级 ``一级风险/二级风险/三级风险``/防控措施; "
        "a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def hanyin_jianchi_station_cards() -> dict:
    unit = f"{PLACE}涧池镇规划建设站"
    t = _Truth(unit)
    cards = [
        ("站长", "衡渟岢", "leader", "主持站全面工作，负责农村建房审批初审和村镇建设管理", [
            ("农村建房审批初审为不符合条件的申请出具同意意见", "★★★", "初审实行实地踏勘，审查意见经站务会研究。"),
            ("农房建设质量安全检查走过场，收受建房户财物", "★★", "检查两人以上，检查记录拍照存档。"),
        ]),
        ("技术员", "滕翥琬", "general", "负责农房建设放线、验线和竣工验收", [
            ("放线验线时擅自改变批准的建房位置和面积", "★★★", "放线验线村干部现场见证，结果签字确认。"),
            ("竣工验收降低标准，签认不合格农房", "★★", "验收实行站长复核，验收资料归档。"),
        ]),
        ("管理员", "桓沄珝", "general", "负责建房档案和违法建设巡查", [
            ("巡查中发现违法建设不报告", "★★", "巡查台账每周上报，问题限期处置。"),
            ("建房档案擅自涂改、外借", "★", "档案借阅登记，变更两人核对。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, tier, duty, points in cards:
        sh = _Sheet(post, [6, 36, 10, 32])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", post)
        _line(sh, f"岗位职责：{duty}", 4)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(points, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：风险等级★★★为高，★★为中，★为低。", 4)
        sh.add("持卡人（签字）：", None, "站长（签字）：", None)
        sheets.append(sh)
    return _layout(
        "hanyin_jianchi_station_cards", "https://abg.baidu.com/tags/xcr33kgfvg2olpniw673txga5wyozn5i",
        "镇规划建设站 岗位廉政风险防控卡, one sheet a holder (tabs 站长, 技术员, 管理员), after the source's page on a 农村建房管理办法 "
        "(审批, 放线, 验线, 竣工验收): a title, ``姓　名 | … | 职　务 | …``, a merged ``岗位职责：…`` line, then 序号/风险点/风险等级 "
        "``★★★/★★/★``/防控措施; no type column, no 科室 field; a merged ``注：`` line on the stars and "
        "``持卡人（签字）： | 站长（签字）：``",
        sheets, t,
    )  # fmt: skip


def hanyin_pingliang_station_posts() -> dict:
    unit = f"{PLACE}平梁镇规划建设站"
    sh = _Sheet("排查表", [6, 14, 18, 36, 10, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站长", "leader", [
            ("违法建设处置", "对乡村违法建设不制止、不上报，放任抢建", "岗位职责", "高风险", "违法建设发现即报，处置情况镇党委会通报。"),
            ("建房审批初审", "为关系户违规出具建房初审意见", "思想道德", "中风险", "初审意见公示，接受群众监督。"),
        ]),
        ("村镇建设管理员", "general", [
            ("农房质量安全巡查", "巡查中发现安全隐患隐瞒不报", "岗位职责", "中风险", "巡查记录每周汇总，隐患逐户销号。"),
            ("建筑工匠管理", "为不具备条件的工匠出具培训合格证明", "业务流程", "低风险", "培训考核结果公示，证明两人签字。"),
        ]),
        ("规划协管员", "general", [
            ("村庄规划执行监督", "对擅自改变规划用途的建设不制止", "外部环境", "高风险", "规划执行情况按月巡查，问题清单上报。"),
        ]),
        ("报账员", "general", [
            ("危房改造补助资金拨付", "补助资金拨付不按进度核实，提前支付", "制度机制", "高风险", "资金按验收结果拨付，拨付名单公示。"),
            ("票据管理", "收款票据领用不登记", "制度机制", "低风险", "票据专人领用核销，作废票据全联留存。"),
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
        "hanyin_pingliang_station_posts",
        "https://www.zhetiaohe.com/ss/2bac0cf64f63fda1342d8c3c72d579c1a955f40f9ace8a30e14ddee43f429906.html",
        "镇规划建设站 岗位廉政风险点排查表 对岗不对人, after the source's page on which body deals with 乡村违建: a title, "
        "序号/岗位 merged per post (no 科室 column)/a short 风险点/a long ``风险表现``/风险类型 (short names)/风险等级 "
        "``高风险/中风险/低风险``/防控措施; no names; an ``编制： | 审核： | 2025年9月`` line",
        [sh], t,
    )  # fmt: skip


def hanyin_xuanwo_station_selfchecks() -> dict:
    unit = f"{PLACE}漩涡镇规划建设站"
    t = _Truth(unit)
    people = [
        ("甄岍淏", "站长", "leader", [
            ("主持站全面工作，负责农房规划核实", [
                ("农房规划核实中对超面积、超层数建设出具合格意见", "Ⅰ级", "核实实行实地测量，核实结果公示。", "已落实"),
                ("站内工作经费使用不经集体研究", "Ⅱ级", "经费支出站务会研究，按季度公开。", "已落实"),
            ]),
        ]),
        ("邴琤昀", "村镇建设管理员", "general", [
            ("负责农房建设现场巡查和质量安全检查", [
                ("现场巡查时接受建房户宴请，对违规建设不制止", "Ⅰ级", "巡查两人以上，巡查记录拍照存档。", "已落实"),
                ("质量安全检查记录补记、漏记", "Ⅲ级", "检查记录当日上传，站长每周抽查。", "正在整改"),
            ]),
        ]),
        ("眭晞檠", "报账员", "general", [
            ("负责站内报账和补助资金台账", [
                ("报销凭证审核不严，白条入账", "Ⅱ级", "报销凭证逐张审核，经手人、审批人签字。", "已落实"),
                ("补助资金台账登记不及时、账实不符", "Ⅲ级", "台账每月登记，与镇财政所账务核对。", "已落实"),
            ]),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, duties in people:
        sh = _Sheet(who, [6, 20, 36, 9, 32, 10])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        r = sh.add(f"姓{GAP}名", who, None, f"职{GAP}务", post, None)
        sh.merge(r, 1, r, 2)
        sh.merge(r, 4, r, 5)
        r = sh.add("填表时间", DATE, None, None, None, None)
        sh.merge(r, 1, r, 5)
        sh.add("序号", "工作职责", "风险点", "风险等级", "防控措施", "自查情况")
        first = len(sh.rows)
        n = 0
        for duty, points in duties:
            for point, lv, measures, state in points:
                n += 1
                sh.add(n, duty, point, lv, measures, state)
                t.point(sh.name, "", post, who, tier, point, [], ROMAN[lv])
        _per_person(sh, first, None, 1)
        sh.add()
        sh.add("本人签名：", None, None, "站长审核：", None, None)
        sheets.append(sh)
    return _layout(
        "hanyin_xuanwo_station_selfchecks",
        "https://www.zhetiaohe.com/ss/6fb4eda7fa4292ac3d027377d08157ed8a29c725aceaec8474022921a47cdc9a11b748bdefa8e6e3af8afb8cdfdbdcb51f8d8699f20590f2.html",
        "镇规划建设站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's page on the 住建部's "
        "规划核实管理办法: a title, ``姓　名 | … | 职　务 | …`` over a merged ``填表时间 | …`` row, then 序号/``工作职责`` merged over its "
        "points/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column, no 科室 field; a blank row and "
        "``本人签名： | 站长审核：``",
        sheets, t,
    )  # fmt: skip


def hanyin_shuanghekou_station_every_row() -> dict:
    unit = f"{PLACE}双河口镇规划建设站"
    sh = _Sheet("一览表", [6, 11, 38, 12, 9, 32, 9])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：{DATE}", 7)
    sh.add("序号", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施", "责任人")
    rows = [
        ("站长", "牟璆岚", "leader", "镇村规划编制和实施中接受请托，违规调整建设用地布局", "外部环境风险", "Ⅰ",
         "规划调整经镇党委会研究，报县自然资源局审查。"),
        ("站长", "牟璆岚", "leader", "站内物资采购不经集体研究", "制度机制风险", "Ⅱ", "采购事项站务会研究，三家询价。"),
        ("副站长", "靳澂瑧", "leader", "乡村建设规划许可初审把关不严", "岗位职责风险", "Ⅰ", "初审要件清单化，审查意见两人签字。"),
        ("规划管理员", "璩峤沄", "general", "规划许可办理中故意拖延，吃拿卡要", "思想道德风险", "Ⅱ", "办理时限公开，超时说明理由。"),
        ("规划管理员", "璩峤沄", "general", "批后监管不到位，对未按规划建设的不报告", "业务流程风险", "Ⅲ", "批后监管按月巡查，问题限期整改。"),
        ("报账员", "昝檠翀", "general", "村镇建设项目资金报账审核不严", "业务流程风险", "Ⅱ", "报账凭合同和验收单，站长审签。"),
        ("报账员", "昝檠翀", "general", "公务接待费用报销超标准", "制度机制风险", "Ⅲ", "接待实行清单制，超标准不予报销。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, point, typ, lv, measures, who)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), BARE[lv])
    _line(sh, "注：风险等级Ⅰ为高，Ⅱ为中，Ⅲ为低。", 7)
    sh.add("填表人：", None, "审核人：", None, DATE, None, None)
    return _layout(
        "hanyin_shuanghekou_station_every_row", "http://m.jianbiaoku.com/webarbs/book/5522.shtml",
        "镇规划建设站 岗位廉政风险防控一览表, after the source's 陕西省规划管理暂行办法 (镇村规划, 乡村建设规划许可, 批后监管): "
        "``附件1``, a title, a merged ``填报单位（盖章）：…　填报时间：2025年9月`` line, then 序号/岗位/廉政风险点/风险类型 ``…风险``/"
        "风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施/``责任人`` LAST, written out on EVERY row (nothing merged, no 科室 column); a ``注：`` "
        "line on the grades and a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    hanyin_registration_center_ticked_fields(),
    hanyin_natural_resources_bureau_two_sheets(),
    hanyin_housing_bureau_list(),
    hanyin_urban_enforcement_duty_list(),
    hanyin_jianchi_station_cards(),
    hanyin_pingliang_station_posts(),
    hanyin_xuanwo_station_selfchecks(),
    hanyin_shuanghekou_station_every_row(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch411-inbox"))

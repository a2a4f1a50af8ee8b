"""The four-hundred-and-thirty-ninth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one district's 文化旅游
bodies, 安塞区 (a district of 延安 in the 陕北 loess hills, home of 安塞腰鼓 and 安塞剪纸, its staff
Han) — the 区文化和旅游局, the 区文化馆, the 区剪纸艺术馆, the 区腰鼓文化服务中心 and the 综合文化站 of
four of its towns (砖窑湾镇, 沿河湾镇, 高桥镇, 化子坪镇) — each handing back the 一览表, 防控卡, 排查表,
责任清单, 清单 or 自查表 its staff typed in WPS or Excel:

- the 文化馆's 责任清单 under GROUP ROWS ``一、馆领导``, ``二、群文活动部``, ``三、非遗保护部``,
  ``四、办公室`` merged across (no 科室 column): ``岗位 | 姓名`` merged per person, ``…风险`` types,
  ``一级风险/二级风险/三级风险``;
- the 剪纸艺术馆's file in two sheets: ``馆领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``部室`` (``部室`` merged, ``岗位`` and ``姓名`` merged per person), ``一级/二级/三级``, no type
  column, an 编制/审核/date line under each;
- the 腰鼓文化服务中心's 排查表 对岗不对人: ``部室`` merged and ``岗位`` merged per post, a short
  ``风险点`` beside a long ``风险表现``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 砖窑湾镇综合文化站's 防控卡, one sheet a holder (tabs named by the post): ``姓　名 | … | 职　务 |
  …`` over ``所在单位 | … | 持卡时间 | …``, then ``序号 | 风险点 | 风险等级 | 防控措施``, ``★★★/★★/★``
  read by a ``注：`` line, no type column;
- the 沿河湾镇综合文化站's 自查表, one sheet a person (tabs named by the holder): a label row
  ``姓　名 | 岗　位 | 填表时间`` over a row of values, then ``序号 | 风险点 | 风险等级 | 防控措施 |
  自查情况``, ``高风险/中风险/低风险``, no type column;
- the 高桥镇综合文化站's 清单 written out on EVERY row (nothing merged): ``岗位 | 责任人 | 廉政风险点 |
  风险等级 | 防控措施``, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line, no type and no 科室 column;
- the 化子坪镇综合文化站's 一览表 under ``附件1``, a title and a merged ``填报单位：…　填报时间：…`` line:
  ``岗位`` and ``姓名`` merged per person, ``廉政风险点``, short types, 高/中/低, no 科室 column.

One is harder:

- ``ansai_culture_bureau_measures_in_cells``: the 文化和旅游局's 岗位廉政风险防控一览表 whose MEASURES
  STAND ONE A CELL ACROSS UNHEADED COLUMNS. The heading is ``序号 | 股室 | 岗位 | 姓名 | 廉政风险点 |
  风险类型 | 风险等级 | 防控措施 | (blank) | (blank)``: ``防控措施`` is typed in ONE cell only (not
  merged over the two to its right, whose heading cells stay empty), and each point's measures are
  typed one a cell from that column rightwards — one, two or three of them, so the right edge is
  ragged (a row with one measure leaves the two unheaded cells blank). This is how a typist lays
  out ``1. … 2. … 3. …`` measures when she presses Tab instead of Alt+Enter. The point (``廉政风险点``)
  and its measures are thus written in four columns, three of them sentences, only one headed as
  measures. The README's 读得懂的表 knows measures parted by SUB-HEADINGS (``防控措施`` over
  ``事前 | 事中 | 事后``, ``制度措施 | 监督措施``, ``岗位自控 | 股室监控 | 站级防控``: read by sub-column or
  joined), measures one a ROW (``（1）…`` rows under the point, a point written again on each
  measure's row, a 台账 of measure rows under a point line), measures in the point's cell, measures
  by number or by code in another table, and a heading merged over one EMPTY column (``防控措施``
  across two columns, the right one empty: the next row is no second heading). It does not
  describe measures written one a cell across columns with NO heading of their own and no merged
  heading over them, their count varying from row to row. No earlier batch writes one: the
  batches' measure columns are all headed (``grep -n '"防控措施", None' tests/published/batch*.py``
  finds only headings merged over sub-headings or a two-row heading).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 市纪委 on a 市文化和旅游局's
巡察整改 — 整改工作领导小组, 局属单位, 机关处室; a 区文化馆's own introduction — 演出, 培训, 展览,
非遗 搜集整理, 指导下一级文化站; a paper on a 剪纸艺术博物馆 — 收藏, 展陈, 传承人, 文化产业示范基地;
a 人民日报 report on 安塞腰鼓 and 安塞剪纸 — 免费培训 进中小学, 传承人 带徒; an account of 黑龙江 满族剪纸
艺术馆's opening — 收藏展出, 剪纸大赛; a 文化厅 on 农村演出市场 整治 — 演出审批, 现场监控, 信息员; a
区文化馆 and 乡镇综合文化站 on 免费开放 — 多功能厅, 书法活动室, 留守儿童; a 文化馆's 剪纸艺人 exchange — 传承人,
现场制作; a paper on 安塞 民间文化 — 剪纸之乡, 腰鼓之乡, 民间绘画, 陕北说书) and the layout follows
their words for the unit, its parts, its posts and its risks. The rows are worded by us, the
names invented (rare Han surnames with rare given names, three characters each); every unit is a
body of 安塞区, named with the district's name (no earlier unit holds ``安塞区``; 砖窑湾镇, 沿河湾镇,
高桥镇 and 化子坪镇 are towns of the district).

Run ``python tests/published/score.py --set batch439`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the point is the ``廉政风险点`` cell; the measure cells (headed ``防控措施`` and
  the two unheaded cells right of it) are no points, however many a row has;
- ``局领导`` (股室 cells of the harder file), ``馆领导`` (a group row of the 文化馆, the tab and title
  of the 剪纸艺术馆's leaders' sheet), ``中心领导`` (部室 cells) are the 科室 of those leaders; a 局's
  股 and 办公室, a 馆's 部 and 办公室 and a 中心's 队 and 部 are 科室; a group row ``二、群文活动部``
  gives the 科室 ``群文活动部`` (its number left off); a 镇综合文化站 is a unit of its own here,
  written with its town: its files name no 科室 (the cards' ``所在单位`` is the 站 itself);
- a 局's 局长 and 副局长, a 馆's 馆长 and 副馆长, a 中心's 主任 and 副主任 and a 站's 站长 are
  leaders; 股长, 部长, 队长 and an 办公室's 主任 middle; the rest (科员, 会计, 辅导员, 讲解员, 保管员,
  文化专干, 管理员, 演员, 文化协管员, 出纳) general;
- ``风险点 | 风险表现`` (the 腰鼓文化服务中心's list): the point is the short 风险点; ``分管工作`` and
  ``自查情况`` are no points and name no holder; the 中心's list names no person: its forms are posts
  (对岗不对人);
- ``一级/二级/三级``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★`` (read by the cards' note), ``高风险/中风险/低风险``,
  ``一级风险/二级风险/三级风险``, 高/中/低 and bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the list's note) are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, 宋体 10 and
taller rows for wrapped cells) and ``truth.json``; no re-saved copies (as batch280 and batch436).
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line
from published.batch287 import _per_person
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b439_"
PLACE = "安塞区"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"
DATE = "2025年12月"

# --------------------------------------------------------------------------- harder layout

CELLS_NAME = "ansai_culture_bureau_measures_in_cells"
CELLS_UNIT = f"{PLACE}文化和旅游局"
CELLS_TAB = "一览表"
# 防控措施 typed in one cell; the two cells right of it are unheaded and not merged
CELLS_HEAD = (
    "序号",
    "股室",
    "岗位",
    "姓名",
    "廉政风险点",
    "风险类型",
    "风险等级",
    "防控措施",
    None,
    None,
)
CELLS_MEASURE_COLS = (7, 8, 9)
CELLS_WIDTH = len(CELLS_HEAD)

# (股室, 岗位, tier, 姓名, [(廉政风险点, 风险类型, 等级, [防控措施, …])])
CELLS_ROWS = [
    ("局领导", "局长", "leader", "甄翃沚", [
        ("文旅项目资金安排不经党组集体研究", "制度机制", "高",
         ["严格执行“三重一大”集体决策制度。", "资金安排方案局内公示。", "会议纪要存档备查。"]),
        ("局属单位负责人选任搞亲疏远近", "思想道德", "中", ["选任按程序动议、考察、公示。", "纪检组全程监督。"]),
    ]),
    ("局领导", "副局长", "leader", "蔺琂沨", [
        ("营业性演出审批降低条件", "岗位职责", "高", ["审批条件一次性告知。", "审批结果网上公开。"]),
        ("非遗项目扶持资金分配不公", "业务流程", "中", ["扶持名单经专家评审后公示五个工作日。"]),
    ]),
    ("文化艺术股", "股长", "middle", "郏沄璟", [
        ("非遗代表性传承人推荐中收受好处", "外部环境", "高",
         ["推荐实行专家评审。", "推荐名单公示。", "签订廉洁承诺书。"]),
        ("文化惠民演出场次虚报", "业务流程", "中", ["演出回执由村（社区）盖章确认。", "照片和签到表存档。"]),
    ]),
    ("文化艺术股", "科员", "general", "缑昀澈", [
        ("剪纸、腰鼓培训补贴名单把关不严", "岗位职责", "低", ["补贴名单与签到表逐一核对。"]),
    ]),
    ("市场管理股", "股长", "middle", "闾瀚琤", [
        ("文化市场检查中接受经营单位宴请", "外部环境", "高", ["检查两人以上。", "检查结果当场告知并登记。"]),
        ("对违规经营行为降格处理", "制度机制", "中", ["处罚结果集体讨论。", "案卷每季度评查。", "处罚信息公开。"]),
    ]),
    ("办公室", "主任", "middle", "亓翊溱", [
        ("公务接待和会议费用超标准列支", "制度机制", "中", ["接待事前审批。", "费用按月公开。"]),
    ]),
    ("办公室", "会计", "general", "毋澜岫", [
        ("文旅节会经费报销票据审核不严", "业务流程", "低", ["报销实行经办、审核、审批三级签字。", "每季度内审。"]),
    ]),
]  # fmt: skip


def ansai_culture_bureau_measures_in_cells() -> dict:
    unit = CELLS_UNIT
    sh = _Sheet(CELLS_TAB, [6, 11, 9, 9, 34, 10, 9, 28, 28, 28])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", CELLS_WIDTH)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：{DATE}", CELLS_WIDTH)
    sh.add(*CELLS_HEAD)
    first = len(sh.rows)
    n = 0
    for dept, post, tier, who, points in CELLS_ROWS:
        for point, typ, lv, measures in points:
            n += 1
            cells = list(measures) + [None] * (len(CELLS_MEASURE_COLS) - len(measures))
            sh.add(n, dept, post, who, point, typ, lv, *cells)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("制表：", None, None, "审核：", None, None, DATE, None, None, None)
    return _layout(
        CELLS_NAME, "http://www.hfsjw.gov.cn/xsxc-/xcgz/xczg/18427655.html",
        "(harder) 区文化和旅游局 岗位廉政风险防控一览表 whose MEASURES STAND ONE A CELL ACROSS UNHEADED COLUMNS, after the source's "
        "市文化和旅游局 巡察整改 (整改工作领导小组, 局属单位, 机关处室): a title, a merged ``填报单位：…　填报时间：2025年12月`` line, "
        "then 序号/股室 merged (局领导, 文化艺术股, 市场管理股, 办公室)/岗位 and 姓名 merged per person/廉政风险点/风险类型 (short "
        "names)/风险等级 高/中/低/``防控措施`` typed in ONE cell with two EMPTY, unmerged heading cells to its right, each point's "
        "one to three measures typed one a cell from that column rightwards (ragged right edge); a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def ansai_culture_center_group_rows() -> dict:
    unit = f"{PLACE}文化馆"
    sh = _Sheet("责任清单", [6, 10, 9, 38, 13, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 7)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、馆领导", "馆领导", [
            ("馆长", "厍琬湜", "leader", [
                ("舞台音响灯光设备采购指定品牌", "制度机制风险", "一级风险", "采购需求馆务会集体审定，公开比选。"),
                ("公益培训师资选聘搞亲疏远近", "思想道德风险", "二级风险", "师资选聘标准公开，结果公示。"),
            ]),
        ]),
        ("二、群文活动部", "群文活动部", [
            ("部长", "郗湉玑", "middle", [
                ("送戏下乡演出场次和观众人数虚报", "业务流程风险", "一级风险", "演出回执由镇村盖章，照片存档。"),
            ]),
            ("辅导员", "蒯沂璠", "general", [
                ("公益培训班违规收取学员费用", "岗位职责风险", "二级风险", "培训一律免费，收费投诉电话公开。"),
                ("文艺团队辅导补贴冒领", "外部环境风险", "三级风险", "补贴凭辅导记录和团队签收发放。"),
            ]),
        ]),
        ("三、非遗保护部", "非遗保护部", [
            ("部长", "訾澍涟", "middle", [
                ("非遗资料征集报酬不按标准发放", "制度机制风险", "一级风险", "征集报酬标准公开，大额给付集体研究。"),
            ]),
        ]),
        ("四、办公室", "办公室", [
            ("会计", "庹琰沣", "general", [
                ("免费开放补助资金挪作他用", "业务流程风险", "二级风险", "补助资金专账核算，年度接受审计。"),
                ("演出服装道具入库不登记", "岗位职责风险", "三级风险", "物资入库登记，每年清点。"),
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
    sh.add("填表人：", None, None, "审核人：", None, DATE, None)
    return _layout(
        "ansai_culture_center_group_rows", "http://xw588.com/lvyou/117128.html",
        "区文化馆 廉政风险防控责任清单, after the source's 区文化馆 on its work (演出, 培训, 展览, 非遗 搜集整理, 指导下一级文化站): "
        "a title, 序号/岗位/姓名/廉政风险点/风险类型 ``…风险``/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS "
        "``一、馆领导``, ``二、群文活动部``, ``三、非遗保护部``, ``四、办公室`` merged across (no 科室 column); 岗位 and 姓名 merged "
        "per person; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def ansai_papercut_gallery_two_sheets() -> dict:
    unit = f"{PLACE}剪纸艺术馆"
    t = _Truth(unit)
    lead = _Sheet("馆领导", [6, 9, 9, 22, 38, 9, 34])
    _line(lead, f"{unit}馆领导廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "风险等级", "防控措施")
    leaders = [
        ("晏沣璎", "馆长", "主持全面工作，分管财务、人事", [
            ("剪纸藏品征集定价个人说了算", "一级", "藏品定价经专家评估，馆务会集体研究。"),
            ("展陈提升工程化整为零规避招标", "一级", "工程按限额标准进场交易。"),
        ]),
        ("芮澂琳", "副馆长", "分管展陈、研学", [
            ("研学活动合作机构选定不公开", "二级", "合作机构公开比选，协议经法律审核。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "馆领导", post, who, "leader", point, [], GRADES[lv])
    _per_person(lead, first, None, 1, 2, 3)
    lead.add("编制：", None, "审核：", None, None, DATE, None)
    staff = _Sheet("部室", [6, 12, 9, 9, 40, 9, 34])
    _line(staff, f"{unit}部室岗位廉政风险防控表", 7)
    staff.add("序号", "部室", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("典藏部", "部长", "宓琨漪", "middle", [
            ("馆藏剪纸作品私自外借或调换", "一级", "藏品出入库双人签字，每年清点。"),
        ]),
        ("典藏部", "保管员", "揭沄珩", "general", [
            ("藏品登记不全，入藏不及时", "三级", "藏品入藏即登记编目，部长复核。"),
        ]),
        ("展陈部", "讲解员", "浦昱澴", "general", [
            ("为团体参观有偿讲解", "二级", "讲解免费，预约登记公示。"),
            ("文创产品代售收入不入账", "二级", "代售收入当日入账，票据连号。"),
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
    staff.add("编制：", None, "审核：", None, None, DATE, None)
    return _layout(
        "ansai_papercut_gallery_two_sheets", "https://fx361.cc/page/2023/0312/23028251.shtml",
        "区剪纸艺术馆 廉政风险防控表 in two sheets, after the source's paper on a 剪纸艺术博物馆 (收藏, 展陈, 传承人, 文化产业示范基地): "
        "``馆领导`` (a title, 序号/``姓名 | 职务 | 分管工作`` merged per leader/风险点/风险等级 ``一级/二级/三级``/防控措施) and "
        "``部室`` (a title, 序号/部室 merged (典藏部, 展陈部)/岗位 and 姓名 merged per person/风险点/风险等级/防控措施); no type "
        "column; an 编制/审核/date line under each",
        [lead, staff], t,
    )  # fmt: skip


def ansai_waist_drum_center_posts() -> dict:
    unit = f"{PLACE}腰鼓文化服务中心"
    sh = _Sheet("排查表", [6, 12, 11, 18, 36, 12, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "部室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", [
            ("商业演出邀约收入管理", "腰鼓队商业演出收入不入中心账户", "制度机制风险", "Ⅰ级", "演出收入统一入账，合同集体审定。"),
            ("进校园培训合作", "培训合作学校选定中收受好处", "思想道德风险", "Ⅱ级", "合作学校公开确定，协议存档。"),
        ]),
        ("演出队", "队长", "middle", [
            ("演员选拔", "选拔参演队员优亲厚友", "岗位职责风险", "Ⅰ级", "选拔标准公开，结果公示。"),
            ("演出补贴发放", "虚报参演人数冒领补贴", "业务流程风险", "Ⅱ级", "补贴凭签到表发放，本人签收。"),
        ]),
        ("演出队", "演员", "general", [
            ("服装道具使用", "演出服装、腰鼓私自出借", "岗位职责风险", "Ⅲ级", "道具借用登记，演出后清点。"),
        ]),
        ("办公室", "出纳", "general", [
            ("培训费用收取", "收取培训费不开票据", "外部环境风险", "Ⅱ级", "收费一律开具票据，每月对账。"),
            ("现金保管", "坐支现金", "制度机制风险", "Ⅲ级", "现金日清月结，不定期盘点。"),
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
    sh.add("制表：", None, "审核：", None, None, None, DATE, None)
    return _layout(
        "ansai_waist_drum_center_posts",
        "http://paper.people.com.cn/rmrb/html/2022-08/05/nw.D110000renmrb_20220805_4-12.htm",
        "区腰鼓文化服务中心 岗位廉政风险点排查表 对岗不对人, after the source's report on 安塞腰鼓 and 安塞剪纸 (免费培训 进中小学, "
        "传承人 带徒): a title, then 序号/部室 merged (中心领导, 演出队, 办公室)/岗位 merged per post/a short 风险点/a long "
        "``风险表现``/风险类型 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def ansai_zhuanyaowan_station_cards() -> dict:
    unit = f"{PLACE}砖窑湾镇综合文化站"
    t = _Truth(unit)
    cards = [
        ("站长", "酆澹琪", "leader", [
            ("文化站功能室改造指定施工队", "★★★", "改造项目报镇党委会研究，三家比价。"),
            ("免费开放经费挪作他用", "★★", "经费专账核算，使用情况公示。"),
        ]),
        ("文化专干", "禚岚沛", "general", [
            ("群众文艺活动补贴虚报", "★★", "活动照片和签到表存档，站长审核。"),
            ("接受演出团体吃请", "★", "签订廉洁承诺书，节前廉洁提醒。"),
        ]),
        ("管理员", "璩沐瑄", "general", [
            ("农家书屋图书私自外借不登记", "★", "借阅登记，每月核对。"),
            ("活动器材损坏不报", "★★", "器材台账，每季度清点。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, tier, points in cards:
        sh = _Sheet(post, [6, 38, 10, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", post)
        sh.add("所在单位", unit, "持卡时间", DATE)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(points, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "站长（签字）：", None)
        sheets.append(sh)
    return _layout(
        "ansai_zhuanyaowan_station_cards", "https://heilongjiang.dbw.cn/system/2017/08/11/057743001.shtml",
        "镇综合文化站 岗位廉政风险防控卡, one sheet a holder (tabs 站长, 文化专干, 管理员), after the source's account of a 满族剪纸艺术馆's "
        "opening (收藏展出, 剪纸大赛, 创作基地): a title, ``姓　名 | … | 职　务 | …`` over ``所在单位 | … | 持卡时间 | …``, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; no type column; a merged ``注：`` line on the stars and ``持卡人（签字）： | "
        "站长（签字）：``",
        sheets, t,
    )  # fmt: skip


def ansai_yanhewan_station_selfchecks() -> dict:
    unit = f"{PLACE}沿河湾镇综合文化站"
    t = _Truth(unit)
    people = [
        ("芈璐泓", "站长", "leader", [
            ("农村演出市场检查走过场", "高风险", "检查两人以上，问题清单化。", "已落实"),
            ("送戏下乡演出团体选定搞暗箱操作", "中风险", "演出团体公开比选，镇党委会研究。", "未发现问题"),
        ]),
        ("鄢沁珉", "文化协管员", "general", [
            ("文化市场信息报送不实", "中风险", "信息报送经站长审核。", "已落实"),
            ("收受经营户礼品", "低风险", "签订廉洁承诺书。", "未发现问题"),
            ("演出场所安全检查记录补填", "低风险", "检查记录当场填写，站长抽查。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add(f"姓{GAP}名", f"岗{GAP}位", "填表时间", None, None)
        sh.add(who, post, DATE, None, None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, "", post, who, tier, point, [], BANDS[lv])
        sh.add()
        sh.add("本人签名：", None, "镇分管领导审核：", None, None)
        sheets.append(sh)
    return _layout(
        "ansai_yanhewan_station_selfchecks", "https://www.mct.gov.cn/whzx/qgwhxxlb/js/201505/t20150504_782284.htm",
        "镇综合文化站 岗位廉政风险自查表, one sheet a person (tabs named by the holder), after the source's 文化厅 on 农村演出市场 整治 "
        "(演出审批, 现场监控, 文化市场信息员): a title, a label row ``姓　名 | 岗　位 | 填表时间`` over a row of values, then 序号/"
        "风险点/风险等级 ``高风险/中风险/低风险``/防控措施/``自查情况``; no type column; a blank row and ``本人签名： | 镇分管领导审核：``",
        sheets, t,
    )  # fmt: skip


def ansai_gaoqiao_station_every_row() -> dict:
    unit = f"{PLACE}高桥镇综合文化站"
    sh = _Sheet("清单", [6, 12, 9, 40, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控清单", 6)
    sh.add("序号", "岗位", "责任人", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("站长", "靳琇溦", "leader", "多功能厅租借收入不入账", "Ⅰ", "租借收入统一入镇财政账户。"),
        ("站长", "靳琇溦", "leader", "书法活动室设备采购不比价", "Ⅱ", "采购三家比价，镇党委会研究。"),
        ("文化专干", "隗沣玙", "general", "留守儿童活动经费虚列支出", "Ⅱ", "活动记录和签到表存档。"),
        ("文化专干", "隗沣玙", "general", "活动场地优先安排熟人团队", "Ⅲ", "场地预约登记，排期公示。"),
        ("文化专干", "隗沣玙", "general", "文化信息资源共享设备私自外借", "Ⅲ", "设备借用登记，归还核验。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], BARE[lv])
    _line(sh, "注：风险等级Ⅰ为高风险，Ⅱ为中风险，Ⅲ为低风险。", 6)
    sh.add("填表人：", None, None, "审核人：", DATE, None)
    return _layout(
        "ansai_gaoqiao_station_every_row", "https://star1024.cn/html/080b399637.html",
        "镇综合文化站 廉政风险防控清单, after the source's 区文化馆 and 乡镇综合文化站 on 免费开放 (多功能厅, 书法活动室, 留守儿童): a "
        "title, then 序号/岗位/``责任人`` written out on EVERY row (nothing merged)/廉政风险点/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施; no "
        "type column, no 科室 column; a merged ``注：`` line on the numerals and a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def ansai_huaziping_station_list() -> dict:
    unit = f"{PLACE}化子坪镇综合文化站"
    sh = _Sheet("一览表", [6, 12, 9, 40, 10, 9, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：{DATE}", 7)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站长", "仝沅璘", "leader", [
            ("剪纸艺人交流活动经费虚报", "业务流程", "高", "活动方案和经费预算报镇政府审定。"),
            ("民间艺人补贴名单优亲厚友", "思想道德", "中", "补贴名单村级初审、站里复核、公示。"),
        ]),
        ("文化专干", "冼玥澍", "general", [
            ("文艺演出观众人数虚报", "岗位职责", "低", "演出照片和签到表存档，站长审核。"),
        ]),
        ("管理员", "扈琛澐", "general", [
            ("活动室钥匙私自交给他人", "岗位职责", "低", "钥匙专人保管，交接登记。"),
            ("图书报刊订阅数量虚报", "制度机制", "中", "订阅清单与到货单核对。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, post, who, point, typ, lv, measures)
            t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, None, 1, 2)
    sh.add("填表人：", None, None, "审核人：", None, DATE, None)
    return _layout(
        "ansai_huaziping_station_list", "http://www.dswhj.com/html/20210926867.htm",
        "镇综合文化站 岗位廉政风险防控一览表, after the source's 文化馆 剪纸艺人 exchange (传承人, 现场制作, 交流互鉴): ``附件1``, a "
        "title, a merged ``填报单位：…　填报时间：2025年12月`` line, then 序号/岗位 and 姓名 merged per person/廉政风险点/风险类型 "
        "(short names)/风险等级 高/中/低/防控措施; no 科室 column; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    ansai_culture_bureau_measures_in_cells(),
    ansai_culture_center_group_rows(),
    ansai_papercut_gallery_two_sheets(),
    ansai_waist_drum_center_posts(),
    ansai_zhuanyaowan_station_cards(),
    ansai_yanhewan_station_selfchecks(),
    ansai_gaoqiao_station_every_row(),
    ansai_huaziping_station_list(),
]

RESAVED: tuple[str, ...] = ()


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx``; no re-saved copies."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch439-inbox"))

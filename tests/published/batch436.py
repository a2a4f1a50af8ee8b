"""The four-hundred-and-thirty-sixth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 档案 and 史志
bodies, 清涧县 (a county of 榆林 on the 无定河 in the 陕北 loess hills, its staff Han) — the 县档案馆,
the 县委党史研究室, the 县地方志办公室 and its 方志馆, the 县档案管理服务中心, the 县城建档案馆 and the
档案室 of two of its towns (宽州镇, 折家坪镇) — each handing back the 一览表, 防控卡, 排查表, 责任清单,
清单 or 自查表 its staff typed in WPS or Excel:

- the 党史研究室's file in two sheets: ``室领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``科室`` (``科室`` merged, ``岗位`` and ``姓名`` merged per person), ``一级/二级/三级``, no type
  column, an 编制/审核/date line under each;
- the 地方志办公室's 责任清单 under GROUP ROWS ``一、办领导``, ``二、编纂科``, ``三、年鉴科`` merged
  across (no 科室 column): ``岗位 | 责任人`` merged per person, ``职责事项`` before the ``廉政风险点``,
  ``…风险`` types, ``一级风险/二级风险/三级风险``;
- the 档案管理服务中心's 防控卡, one sheet a holder (tabs named by the post): ``姓　名 | … | 职　务 |
  …`` over ``所在单位 | … | 持卡时间 | …`` above ``序号 | 风险点 | 风险等级 | 防控措施``,
  ``★★★/★★/★`` read by a ``注：`` line, no type column, ``持卡人（签字）： | … | 中心主任（签字）：``;
- the 城建档案馆's 排查表 对岗不对人: ``部室`` merged and ``岗位`` merged per post, a short ``风险点``
  beside a long ``风险表现``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names; a 制表/审核/date line;
- the 宽州镇档案室's 自查表, one sheet a person (tabs named by the holder): a label row ``姓　名 |
  岗　位 | 填表时间`` over a row of values, then ``序号 | 风险点 | 风险等级 | 防控措施 | 自查情况``,
  ``高风险/中风险/低风险``, no type column, ``本人签名： | … | 分管领导审核：``;
- the 折家坪镇档案室's 清单 written out on EVERY row (nothing merged): ``岗位 | 责任人 | 廉政风险点 |
  风险等级 | 防控措施 | 责任领导`` — a LAST ``责任领导`` column naming the 党政办主任 on every row — bare
  ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line, no type and no 科室 column;
- the 方志馆's 一览表 under ``附件1``, a title and a merged ``填报单位：…　填报时间：…`` line: ``部室``
  merged (``馆领导``, ``展陈部``, ``资料部``, ``办公室``), ``岗位`` and ``姓名`` merged per person,
  ``廉政风险点``, short types, 高/中/低.

One is harder:

- ``qingjian_archives_tier_columns``: the 档案馆's 岗位廉政风险防控一览表 whose POST IS CLASSED BY
  TIER IN THREE SUB-COLUMNS. Under a two-row heading, ``序号 | 科室 | 岗位 | 姓名 | 廉政风险点 | 风险类型 |
  风险等级 | 防控措施`` (each merged down the two heading rows) but ``岗位`` MERGED ACROSS THREE
  SUB-HEADINGS ``领导岗位 | 中层岗位 | 一般岗位``: each row writes its post (馆长, 副馆长, 科长, 主任,
  科员, 查档接待员, 会计) in the ONE sub-column of its tier and leaves the other two blank; the
  post's cell (in whichever sub-column) and ``姓名`` are merged down over each person's rows, ``科室``
  over its runs (馆领导, 接收征集科, 保管利用科, 办公室). So the post column moves from row to row: a
  reader that takes one of the three as ``岗位`` (or the first, or none, as the headings ``…岗位``
  are each alone a post heading and none holds a post on every row) loses the posts of the other
  tiers, and a reader that reads them as separate post columns may split a row into three. This is
  how a unit lays out its list when the 分级防控 instruction asks it to class posts into 领导岗位, 中层
  岗位 and 一般岗位 and the office does so in the table itself. The README's 读得懂的表 knows the tier
  (岗位类别) as a COLUMN OF WORDS beside the post (``岗位类别 | 岗位``: the finer one is the post), as
  sheets (``领导岗位``/``一般岗位`` tabs) and as group rows; it knows a value's POSITION among
  sub-columns giving its category only for other fields — levels (``风险等级`` over ``一级 | 二级 |
  三级`` with ``√``; ``廉政风险点`` over ``高风险 | 中风险 | 低风险``; ``分级防控措施`` over ``一级风险 |
  二级风险 | 三级风险``; ``风险类型及等级`` over ``高 | 中 | 低``), types (``思想道德 | 制度机制 | …``
  with ``√``), and posts ticked (``责任岗位`` over post names with ``√``) or person columns named by
  post (``科主任 | 护士长``, ``所长 | 法制员``). It does not describe the POST'S OWN NAME written under
  the sub-column of its tier, with the other tier sub-columns blank on that row. No earlier batch
  writes one: ``grep -l '"领导岗位", "中层岗位"' tests/published/batch*.py`` finds none (batch254
  offers those words only as a 岗位类别 drop-down; batch8, 24, 126, 130 use them as tab names).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a paper on 档案数字化外包 风险 —
信息安全, 外包服务商 选择, 质量控制, 服务商稳定性; a 区委党史研究室 on 史料征集 — 依托平台, 联动部门,
立足馆藏, 口述资料, 大事记; a 区地方志办公室 on its year — 综合年鉴 公开出版, 送出版社审稿, 扶贫志,
方志馆; an essay on 档案实体安全 — 库房基础设施, 恒温恒湿设备, 智能门禁, 专项维护与更新经费; a 市城建
档案馆 on 工程档案接收 — 移交告知书, 业务指导培训, 档案验收意见表, 电子档案, 光盘; an account of 乡镇
档案管理 职责 — 民生档案, 查档服务, 婚姻证明, 村级档案员培训, 八防; a 镇人民政府's essay on 乡镇档案
管理 — 村镇企业的关联事件, 电子管理; a paper on 新型方志馆建设与管理 — 功能定位, 开发利用, 展陈, 精细
管理) and the layout follows their words for the unit, its parts, its posts and its risks. The rows
are worded by us, the names invented (rare Han surnames with rare given names, three characters
each); every unit is a body of 清涧县, named with the county's name (no earlier unit holds
``清涧县``; 宽州镇 and 折家坪镇 are towns of the county).

Run ``python tests/published/score.py --set batch436`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the post of a row is the one cell filled among ``领导岗位 | 中层岗位 | 一般岗位``
  (merged down over the person's rows), its tier the sub-column's (领导岗位 leader, 中层岗位 middle,
  一般岗位 general); the sub-headings are no posts and no 科室; ``科室`` is the 科室 (``馆领导`` for the
  two leaders), ``姓名`` the holder;
- ``室领导`` (the 党史研究室's sheet of its leaders, named so by its tab and title), ``办领导`` (a group
  row), ``馆领导`` (部室 cells) are the 科室 of those leaders; a 室's, 办's and 馆's 科, 部 and 办公室 are
  科室; a group row ``二、编纂科`` gives the 科室 ``编纂科`` (its number left off); the 档案管理服务中心's
  cards and the two 镇档案室 files name no 科室 (the cards' ``所在单位`` is the 中心 itself; a 档案室 is
  a unit of its own here, written with its town): their 科室 is "";
- a 室's, 办's, 中心's 主任 and 副主任 and a 馆's 馆长 and 副馆长 are leaders; 科长, 部长, an 办公室's
  主任, the 党政办主任 and a 镇档案室's ``档案室负责人`` middle; the rest (科员, 编辑, 会计, 管理员,
  讲解员, 查档接待员, 业务指导员, 系统管理员, 档案员, 村级档案指导员) general;
- ``风险点 | 风险表现`` (the 城建档案馆's list): the point is the short 风险点; ``分管工作``, ``职责事项``
  and ``自查情况`` are no points and name no holder; the 城建档案馆's list names no person: its forms
  are posts (对岗不对人); in the 折家坪镇档案室's list the LAST column ``责任领导`` names a supervisor
  (the 党政办主任, holder of his own rows only), the holder is ``责任人``;
- ``一级/二级/三级``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★`` (read by the cards' note), ``高风险/中风险/低风险``,
  ``一级风险/二级风险/三级风险``, 高/中/低 and bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the list's note) are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, 宋体 10 and
taller rows for wrapped cells) and ``truth.json``; no re-saved copies (as batch280 and batch432).
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.batch287 import _per_person
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b436_"
PLACE = "清涧县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"
DATE = "2025年12月"

# --------------------------------------------------------------------------- harder layout

TIER_NAME = "qingjian_archives_tier_columns"
TIER_UNIT = f"{PLACE}档案馆"
TIER_TAB = "一览表"
TIER_HEAD = (
    "序号",
    "科室",
    "岗位",
    None,
    None,
    "姓名",
    "廉政风险点",
    "风险类型",
    "风险等级",
    "防控措施",
)
# the sub-headings under the merged 岗位: the post is written in the column of its tier
TIER_SUBHEAD = ("领导岗位", "中层岗位", "一般岗位")
TIER_COLS = {"leader": 2, "middle": 3, "general": 4}
TIER_WIDTH = 10

# (科室, 岗位, tier, 姓名, [(廉政风险点, 风险类型, 等级, 防控措施)])
TIER_ROWS = [
    ("馆领导", "馆长", "leader", "邝瀚祎", [
        ("馆藏档案数字化外包项目确定服务商不经集体研究", "制度机制", "高",
         "外包项目按政府采购程序确定服务商，馆务会集体研究，纪要存档。"),
        ("干部选任、职称推荐中搞亲疏远近", "思想道德", "中", "选任推荐按程序动议、考察、公示。"),
    ]),
    ("馆领导", "副馆长", "leader", "茹澂沣", [
        ("档案库房改造和密集架采购指定品牌", "外部环境", "高", "采购需求集体审定，三家以上比价或公开招标。"),
        ("数字化加工验收降低标准", "业务流程", "中", "验收按抽检比例逐项记录，监理单位共同签字。"),
    ]),
    ("接收征集科", "科长", "middle", "盖珩漪", [
        ("进馆档案接收把关不严，不齐全的档案予以接收", "岗位职责", "中", "接收实行清点、核对、签收三环节，交接文据存档。"),
        ("征集散存档案评估作价虚高", "业务流程", "高", "征集价格经鉴定小组评估，征集清单报馆务会审定。"),
    ]),
    ("接收征集科", "科员", "general", "扶昶澜", [
        ("接收档案途中私自翻阅、遗失", "岗位职责", "低", "档案交接双人押运，装箱封存。"),
    ]),
    ("保管利用科", "科长", "middle", "戢岫琮", [
        ("违规提供未开放档案查阅", "制度机制", "高", "未开放档案查阅须经分管馆长审批，登记备查。"),
        ("档案鉴定销毁走过场", "业务流程", "中", "鉴定销毁清单经鉴定小组审核，两人以上监销。"),
    ]),
    ("保管利用科", "查档接待员", "general", "弘沅霁", [
        ("出具档案证明收取费用或刁难群众", "思想道德", "中", "查档服务免费，收费投诉电话公开。"),
        ("查档登记不全，复制件私自外带", "岗位职责", "低", "查档实名登记，复制件加盖档案证明章。"),
    ]),
    ("办公室", "主任", "middle", "宦澧芃", [
        ("公务接待和会议费用超标准列支", "制度机制", "低", "接待事前审批，费用按月公开。"),
    ]),
    ("办公室", "会计", "general", "沃珏岚", [
        ("数字化外包项目资金不按进度和验收结果拨付", "业务流程", "中", "资金凭合同、验收单和审批单拨付，每季度对账。"),
    ]),
]  # fmt: skip


def qingjian_archives_tier_columns() -> dict:
    unit = TIER_UNIT
    sh = _Sheet(TIER_TAB, [6, 12, 9, 9, 11, 9, 40, 10, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", TIER_WIDTH)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：{DATE}", TIER_WIDTH)
    h = sh.add(*TIER_HEAD)
    sh.add(None, None, *TIER_SUBHEAD, None, None, None, None, None)
    for c in (0, 1, 5, 6, 7, 8, 9):
        sh.merge(h, c, h + 1, c)
    sh.merge(h, 2, h, 4)
    first = len(sh.rows)
    n = 0
    for dept, post, tier, who, points in TIER_ROWS:
        for point, typ, lv, measures in points:
            n += 1
            posts = [None, None, None]
            posts[TIER_COLS[tier] - 2] = post
            sh.add(n, dept, *posts, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    key = lambda row: (row[1], row[2], row[3], row[4], row[5])  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1])] + [(c, key) for c in (2, 3, 4, 5)])
    sh.add("制表：", None, None, None, "审核：", None, None, None, DATE, None)
    return _layout(
        TIER_NAME, "http://www.handmsg.com/page/2023/1112/22702016.shtml",
        "(harder) 县档案馆 岗位廉政风险防控一览表 whose 岗位 is CLASSED BY TIER IN THREE SUB-COLUMNS, after the source's 档案数字化"
        "外包 风险 (信息安全, 外包服务商, 质量控制): a title, a merged ``填报单位：…　填报时间：2025年12月`` line, then a two-row heading "
        "序号/科室 (merged down two rows)/``岗位`` MERGED ACROSS ``领导岗位 | 中层岗位 | 一般岗位``/姓名/廉政风险点/风险类型 (short "
        "names)/风险等级 高/中/低/防控措施: each row writes its post (馆长, 副馆长, 科长, 主任, 科员, 查档接待员, 会计) in the ONE "
        "sub-column of its tier, the other two blank; 科室 merged (馆领导, 接收征集科, 保管利用科, 办公室), the post cell and 姓名 merged "
        "per person; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def qingjian_party_history_two_sheets() -> dict:
    unit = f"中共{PLACE}委党史研究室"
    t = _Truth(unit)
    lead = _Sheet("室领导", [6, 9, 9, 22, 38, 9, 34])
    _line(lead, f"{unit}室领导廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "风险等级", "防控措施")
    leaders = [
        ("郦沄峤", "主任", "主持全面工作，分管财务、人事", [
            ("党史编研项目经费分配个人说了算", "一级", "项目经费分配经室务会集体研究，会议纪要存档。"),
            ("干部考核评优中搞亲疏远近", "二级", "考核结果和评优名单公示。"),
        ]),
        ("佴澍岚", "副主任", "分管史料征集、宣传教育", [
            ("征集史料、实物给付报酬不按标准", "一级", "征集报酬标准公开，大额给付集体研究。"),
            ("党史书籍出版印刷指定印刷厂", "二级", "印刷业务按政府采购程序确定承印单位。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "室领导", post, who, "leader", point, [], GRADES[lv])
    _per_person(lead, first, None, 1, 2, 3)
    lead.add("编制：", None, "审核：", None, None, DATE, None)
    staff = _Sheet("科室", [6, 12, 9, 9, 40, 9, 34])
    _line(staff, f"{unit}科室岗位廉政风险防控表", 7)
    staff.add("序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("办公室", "主任", "厍霭珩", "middle", [
            ("公务用车和办公用品采购不比价", "二级", "采购三家比价，用车登记按月公示。"),
        ]),
        ("办公室", "会计", "隗沂蘅", "general", [
            ("口述史访谈劳务费虚报冒领", "二级", "劳务费凭访谈记录和本人签收发放。"),
            ("报销票据审核不严，虚列支出", "三级", "报销凭证三级审核，每季度内审。"),
        ]),
        ("征集编研科", "科长", "逄翊涔", "middle", [
            ("征集的史料、照片私自留存或转送他人", "一级", "征集资料登记入库，移交手续双人签字。"),
            ("党史基本著作编写中为单位和个人拔高评价、收受好处", "二级", "书稿三审三校，评价性内容集体审定。"),
        ]),
        ("宣传教育科", "科员", "糜瑄岫", "general", [
            ("党史宣讲活动经费虚报场次", "三级", "宣讲回执由邀请单位盖章确认。"),
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
        "qingjian_party_history_two_sheets", "http://awcgv.cn/n1/2023/0313/c431717-32643567.html",
        "县委党史研究室 廉政风险防控表 in two sheets, after the source's 区委党史研究室 on 史料征集 (依托平臺, 聯動部門, 立足館藏, "
        "口述资料, 大事记): ``室领导`` (a title, 序号/``姓名 | 职务 | 分管工作`` merged per leader/风险点/风险等级 ``一级/二级/三级``/"
        "防控措施) and ``科室`` (a title, 序号/科室 merged (办公室, 征集编研科, 宣传教育科)/岗位 and 姓名 merged per person/风险点/"
        "风险等级/防控措施); no type column; an 编制/审核/date line under each",
        [lead, staff], t,
    )  # fmt: skip


def qingjian_gazetteer_office_group_rows() -> dict:
    unit = f"{PLACE}地方志办公室"
    sh = _Sheet("责任清单", [6, 10, 9, 18, 36, 13, 11, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add("序号", "岗位", "责任人", "职责事项", "廉政风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、办领导", "办领导", [
            ("主任", "蒯澈沅", "leader", [
                ("年鉴出版", "年鉴出版单位和印刷费用不经集体研究", "制度机制风险", "一级风险",
                 "出版印刷按政府采购程序确定，办务会集体研究。"),
                ("专志编纂", "专志承编单位选定搞暗箱操作", "业务流程风险", "二级风险", "承编单位公开比选，合同经法律顾问审核。"),
            ]),
        ]),
        ("二、编纂科", "编纂科", [
            ("科长", "鄂昶霓", "middle", [
                ("志稿审查", "收受好处为单位、个人在志书中拔高记述", "思想道德风险", "一级风险",
                 "志稿实行三审制，人物入志标准公开。"),
            ]),
            ("编辑", "桓岍漪", "general", [
                ("资料收集", "向承编单位索要资料费、好处费", "外部环境风险", "二级风险", "资料收集一律免费，签订廉洁承诺书。"),
                ("稿酬核定", "稿酬字数虚报", "岗位职责风险", "三级风险", "稿酬按定稿字数核定，科长复核。"),
            ]),
        ]),
        ("三、年鉴科", "年鉴科", [
            ("科长", "胥瀛柘", "middle", [
                ("彩页和特载安排", "收取单位费用刊登彩页、宣传材料", "岗位职责风险", "一级风险", "年鉴不收取入鉴费用，彩页集体审定。"),
            ]),
            ("科员", "亢琰澧", "general", [
                ("年鉴发行", "年鉴赠阅、发行数量不登记，私自处置", "业务流程风险", "三级风险", "发行登记造册，库存每年清点。"),
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
    sh.add("填表人：", None, None, "审核人：", None, None, DATE, None)
    return _layout(
        "qingjian_gazetteer_office_group_rows",
        "http://www.aweekendwiththeauthors.com/shtml/cqdqw3/qxlm/kzq/gzdt/2020/11/19/683062.shtml",
        "县地方志办公室 廉政风险防控责任清单, after the source's 区地方志办公室 on its work (综合年鉴 一年一鉴 公开出版, 送出版社审稿, "
        "扶贫志 编纂, 方志馆 建设): a title, 序号/岗位/责任人/``职责事项``/廉政风险点/风险类型 ``…风险``/风险等级 ``一级风险/二级风险/"
        "三级风险``/防控措施 under GROUP ROWS ``一、办领导``, ``二、编纂科``, ``三、年鉴科`` merged across (no 科室 column); 岗位 and "
        "责任人 merged per person; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def qingjian_archives_service_cards() -> dict:
    unit = f"{PLACE}档案管理服务中心"
    t = _Truth(unit)
    cards = [
        ("主任", "禤澜岐", "leader", [
            ("库房恒温恒湿设备更新项目指定供应商", "★★★", "设备采购公开比选，验收邀请县档案馆派员参加。"),
            ("专项维护经费挪作他用", "★★★", "专项经费专账核算，年度接受审计。"),
            ("接受服务对象宴请", "★", "签订廉洁承诺书，节前廉洁提醒。"),
        ]),
        ("副主任", "勾沣嫣", "leader", [
            ("档案寄存服务收费不按标准", "★★", "收费标准公示，收费票据连号使用。"),
            ("库房安全检查走过场", "★★", "检查问题清单化，整改复查销号。"),
        ]),
        ("管理员", "於珞岑", "general", [
            ("库房进出不登记，私自带人入库", "★★★", "库房双人双锁，进出登记，监控保存。"),
            ("档案借出逾期不催还", "★", "借出台账每月核对，逾期书面催还。"),
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
        sh.add("持卡人（签字）：", None, "中心主任（签字）：", None)
        sheets.append(sh)
    return _layout(
        "qingjian_archives_service_cards", "http://m.jizihe.com/page/2025/0801/29392293.shtml",
        "县档案管理服务中心 岗位廉政风险防控卡, one sheet a holder (tabs 主任, 副主任, 管理员), after the source's essay on 档案实体安全 "
        "(库房基础设施更新滞后, 恒温恒湿设备, 智能门禁, 专项维护与更新经费): a title, ``姓　名 | … | 职　务 | …`` over ``所在单位 | … | "
        "持卡时间 | …``, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; no type column; a merged ``注：`` line on the stars and "
        "``持卡人（签字）： | 中心主任（签字）：``",
        sheets, t,
    )  # fmt: skip


def qingjian_urban_archives_posts() -> dict:
    unit = f"{PLACE}城建档案馆"
    sh = _Sheet("排查表", [6, 12, 11, 18, 36, 12, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "部室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("馆领导", "馆长", "leader", [
            ("工程档案验收意见出具", "对不合格的工程档案打招呼出具验收意见", "思想道德风险", "Ⅰ级",
             "验收意见经业务科初审、馆长签发，结果网上公开。"),
            ("档案信息化项目建设", "信息化项目不按规定程序发包", "制度机制风险", "Ⅰ级", "项目按限额标准公开发包，全程留痕。"),
        ]),
        ("接收指导科", "科长", "middle", [
            ("工程档案预验收", "预验收走过场，为建设单位放宽要求", "岗位职责风险", "Ⅱ级", "预验收两人以上，问题清单书面告知。"),
        ]),
        ("接收指导科", "业务指导员", "general", [
            ("归档业务指导", "借指导之机向建设单位推荐整理公司", "外部环境风险", "Ⅰ级", "指导服务免费，严禁推荐中介。"),
            ("移交告知书签订", "告知书签订不及时，漏签项目", "业务流程风险", "Ⅲ级", "按施工许可台账逐项核对签订。"),
        ]),
        ("信息技术科", "系统管理员", "general", [
            ("电子档案数据管理", "违规导出地下管线等电子档案数据", "岗位职责风险", "Ⅱ级", "数据导出审批留痕，日志每月审查。"),
            ("光盘和存储介质保管", "存储介质外借、归还不登记，数据外泄", "制度机制风险", "Ⅲ级", "介质借出登记，归还核验。"),
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
        "qingjian_urban_archives_posts", "https://zjj.huainan.gov.cn/cjda/551851053.html",
        "县城建档案馆 岗位廉政风险点排查表 对岗不对人, after the source's 市城建档案馆 on 工程档案接收 (档案移交告知书, 业务指导培训, "
        "建设工程档案验收意见表, 电子档案, 光盘): a title, then 序号/部室 merged (馆领导, 接收指导科, 信息技术科)/岗位 merged per post/a "
        "short 风险点/a long ``风险表现``/风险类型 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def qingjian_kuanzhou_archives_selfchecks() -> dict:
    unit = f"{PLACE}宽州镇档案室"
    t = _Truth(unit)
    people = [
        ("晁沛珈", "档案室负责人", "middle", [
            ("土地承包、户籍等民生档案违规提供查阅", "高风险", "查阅凭身份证明登记，涉及他人信息的经镇领导审批。", "已落实"),
            ("出具档案证明收受好处", "高风险", "档案证明一律免费，出具记录存档。", "未发现问题"),
            ("村级档案员培训经费虚报", "中风险", "培训签到和照片存档，经费经镇财政所审核。", "已落实"),
        ]),
        ("粟岚洄", "档案员", "general", [
            ("归档文件整理不按规则，擅自抽换", "中风险", "归档文件目录由负责人复核签字。", "未发现问题"),
            ("档案库房钥匙私自交给他人", "低风险", "钥匙专人保管，交接登记。", "已落实"),
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
        sh.add("本人签名：", None, "分管领导审核：", None, None)
        sheets.append(sh)
    return _layout(
        "qingjian_kuanzhou_archives_selfchecks", "https://www.fudaoke.com/exam/2558221.html",
        "镇档案室 岗位廉政风险自查表, one sheet a person (tabs named by the holder), after the source's account of 乡镇档案管理 职责 "
        "(土地承包、户籍等民生档案, 查档服务, 婚姻证明, 村级档案员培训, 八防): a title, a label row ``姓　名 | 岗　位 | 填表时间`` over a "
        "row of values, then 序号/风险点/风险等级 ``高风险/中风险/低风险``/防控措施/``自查情况``; no type column; a blank row and "
        "``本人签名： | 分管领导审核：``",
        sheets, t,
    )  # fmt: skip


def qingjian_zhejiaping_archives_every_row() -> dict:
    unit = f"{PLACE}折家坪镇档案室"
    sh = _Sheet("清单", [6, 14, 9, 40, 9, 34, 10])
    t = _Truth(unit)
    chief = "钮澹岑"
    _line(sh, f"{unit}廉政风险防控清单", 7)
    sh.add("序号", "岗位", "责任人", "廉政风险点", "风险等级", "防控措施", "责任领导")
    rows = [
        ("党政办主任", chief, "middle", "档案室建设和装具采购不比价", "Ⅰ", "装具采购三家比价，镇党委会研究。"),
        ("党政办主任", chief, "middle", "干部人事档案借阅审批把关不严", "Ⅱ", "借阅经镇党委书记审批，当日归还。"),
        ("档案员", "仉昕澜", "general", "为他人出具不实的档案证明", "Ⅰ", "证明与原件核对，负责人复核签字。"),
        ("档案员", "仉昕澜", "general", "档案移交进馆清点不实", "Ⅲ", "移交清单双方签字，复印件留存。"),
        ("村级档案指导员", "佘泖琛", "general", "村级档案整理补助虚报", "Ⅱ", "补助按验收合格的村核发，名单公示。"),
        ("村级档案指导员", "佘泖琛", "general", "接受村组吃请", "Ⅲ", "下村指导不接受宴请，违者通报。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures, chief)
        t.point(sh.name, "", post, who, tier, point, [], BARE[lv])
    _line(sh, "注：风险等级Ⅰ为高风险，Ⅱ为中风险，Ⅲ为低风险。", 7)
    sh.add("填表人：", None, None, "审核人：", DATE, None, None)
    return _layout(
        "qingjian_zhejiaping_archives_every_row", "http://jizihe.com/page/2021/0414/21451125.shtml",
        "镇档案室 廉政风险防控清单, after the source's 镇人民政府 on 乡镇档案管理 (事实的保存, 村镇企业的关联事件, 电子管理, 新农村 档案): "
        "a title, then 序号/岗位/``责任人`` written out on EVERY row (nothing merged)/廉政风险点/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施/a "
        "LAST ``责任领导`` column naming the 党政办主任 on every row; no type column, no 科室 column; a merged ``注：`` line on the "
        "numerals and a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def qingjian_gazetteer_hall_list() -> dict:
    unit = f"{PLACE}方志馆"
    sh = _Sheet("一览表", [6, 12, 9, 9, 40, 10, 9, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：{DATE}", 8)
    sh.add("序号", "部室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("馆领导", "馆长", "郜澈嵘", "leader", [
            ("展陈提升工程化整为零规避招标", "制度机制", "高", "展陈工程按限额标准进场交易，馆务会集体研究。"),
            ("方志书屋建设资金分配不公开", "业务流程", "中", "资金分配方案公开，按验收结果拨付。"),
        ]),
        ("展陈部", "部长", "蒉岚沣", "middle", [
            ("布展材料采购以次充好", "外部环境", "高", "材料进场验收，样品封存备查。"),
        ]),
        ("展陈部", "讲解员", "衡沁瑗", "general", [
            ("为团体参观有偿讲解、收取好处", "思想道德", "低", "讲解免费，预约登记公示。"),
        ]),
        ("资料部", "部长", "郯昱澍", "middle", [
            ("旧志、珍稀资料征购价格虚高", "业务流程", "高", "征购价格经专家评估，清单报馆务会审定。"),
            ("馆藏志书外借不登记", "岗位职责", "低", "外借登记，到期催还，每年清点。"),
        ]),
        ("办公室", "会计", "宓沅翎", "general", [
            ("方志馆开放运行经费报销不实", "制度机制", "中", "报销附活动记录和签到表，三级审核。"),
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
        "qingjian_gazetteer_hall_list", "https://fzb.ankang.gov.cn/Content-275342.html",
        "县方志馆 岗位廉政风险防控一览表, after the source's paper on 新型方志馆建设与管理 (功能定位, 开发利用, 管理体制, 精细管理, 展陈): "
        "``附件1``, a title, a merged ``填报单位：…　填报时间：2025年12月`` line, then 序号/部室 merged (馆领导, 展陈部, 资料部, 办公室)/"
        "岗位 and 姓名 merged per person/廉政风险点/风险类型 (short names)/风险等级 高/中/低/防控措施; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    qingjian_archives_tier_columns(),
    qingjian_party_history_two_sheets(),
    qingjian_gazetteer_office_group_rows(),
    qingjian_archives_service_cards(),
    qingjian_urban_archives_posts(),
    qingjian_kuanzhou_archives_selfchecks(),
    qingjian_zhejiaping_archives_every_row(),
    qingjian_gazetteer_hall_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch436-inbox"))

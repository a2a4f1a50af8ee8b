"""The three-hundred-and-thirteenth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one district's 街道办事处
and their 站所 and 社区, 顺庆区 (the old city of 南充 on the 嘉陵江, its staff Han) — the 中城, 东南,
舞凤 and 潆溪 街道办事处, the 北城街道便民服务中心, the 西城街道城管中队, the 东南街道下中坝社区 and the
和平路街道清泉社区 — each handing back the 一览表, 防控卡, 排查表, 防控表, 责任清单 or 自查表 its staff
typed in WPS or Excel:

- the 中城街道办事处's 一览表 under GROUP ROWS ``一、街道领导`` … ``四、城市管理办公室`` merged across (no
  科室 column): ``岗位 | 姓名`` merged per person, ``…风险`` types, ``一级/二级/三级``, a
  ``制表人： | 审核人： | 2025年7月`` line;
- the 西城街道城管中队's 廉政风险防控卡, one sheet a holder (tabs 中队长, 副中队长, 执法队员):
  ``持卡人 | … | 职　务 | …`` and a merged ``岗位职责：…`` line above ``序号 | 风险点 | 风险类型 |
  风险等级 | 防控措施``, short types, ``★★★/★★/★`` read by a ``注：`` line, ``持卡人签字： | … |
  监督电话：…``;
- the 东南街道办事处's file in two sheets: ``街道领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``内设机构`` (``科室`` merged, ``岗位`` and ``姓名`` merged per person), ``一级风险/二级风险/三级风险``,
  no type column;
- the 北城街道便民服务中心's 排查表 对岗不对人: NO 科室 column, ``岗位`` merged per post, a ``工作环节``
  before the ``廉政风险点``, ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column, no names; a 制表/审核/date line;
- the 东南街道下中坝社区's 责任清单 under ``附件2``: no 科室 column, ``岗位`` and ``责任人`` merged per
  person, ``职责事项`` before the ``廉政风险点``, short types, 高/中/低, an ``编制： | 审核： | 2025年7月``
  line;
- the 舞凤街道办事处's 自查表, one sheet a person (tabs named by the person): ``姓　名 | … | 科　室 | …``
  and ``职　务 | … | 填表时间 | …`` in two rows of pairs above ``序号 | 廉政风险点 | 风险等级 | 防控措施 |
  自查情况``, ``高风险/中风险/低风险``, no type column, ``自查人（签名）： | … | 分管领导审核：``;
- the 潆溪街道办事处's 一览表 under ``附件1`` and a ``填报单位（盖章）：…　填报时间：…`` line: ``科室``
  merged, ``岗位`` and ``姓名`` merged per person, a short ``风险点`` beside a long ``风险描述``, short
  types, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line.

One is harder:

- ``shunqing_qingquan_ticked_checklist``: the 和平路街道清泉社区's 社区工作人员廉政风险自查表, one sheet a
  person (tabs named by the person: the 党委书记、居委会主任, a 副主任 and the 民政专干), each an ordinary
  自查表 in every other way (a title, ``姓　名 | … | 职　务 | …`` and ``填表时间 | 2025年7月`` in two rows
  of pairs, ``序号 | 廉政风险点 | 风险等级 | 防控措施``, 高/中/低, ``本人签字： | … | 社区党委审核：``), but
  the table is the SAME GENERAL LIST of eight risk points on every sheet, the 街道纪工委's 通用清单, and
  each POINT CELL OPENS WITH A CHECK BOX: ``☑`` before a point the holder ticked as one of his post's
  (``☑临时救助金、慰问金发放不到人，虚报冒领``), ``□`` before one he left unticked
  (``□居民出具证明时吃拿卡要，故意刁难``); one holder (the 民政专干) typed ``√`` over the box instead of
  ``☑`` (``√低保、特困供养对象入户调查走过场，优亲厚友``). A merged ``填表说明：`` line above the table
  says that the list is the 街道's general one, that the holder ticks (``☑`` or ``√``) the points his
  post has, and that an unticked point is none of his post's and is not counted. The levels and
  measures are the 街道's, written on every row, ticked or not. Of 24 rows (8 a sheet) 11 are ticked
  (5, 3 and 3). The README's 读得懂的表 knows a general list answered row by row in a COLUMN of its own
  (``本岗位是否存在``, ``本村是否涉及``: ``是/否``, ``涉及/不涉及``), a TYPE cell ``□思想道德 ☑制度机制 …``
  read by its ticks, a level ticked ``高☑　中□　低□``, ``√`` under level, type, post or criteria
  columns, and marks BEFORE a point that a note turns into a LEVEL (``★``/``☆``, ``LEVEL_MARKS``); it
  does not describe a POINT cell that itself opens with a check box, where the box's tick says
  whether the row is the holder's point at all (``☑``/``√``: the point is the text after the box;
  ``□``: no point) and the box is no part of the point's text.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 社区 that held a 民主评议会 on a
man's 低保 application under its 小微权力 清单 of 38 items; a 街道 纪工委 that trained its 社区民政专干 on
the 33 小微权力 items of 养老, 低保, 困难救助 and 医疗救助; the 西城街道 of 顺庆区, its 社区, its 城管执法
大队 short of men against 小商贩 and cars parked anyhow on 大北街; the 东南街道 of 顺庆区 and its
南门坝 旧城棚户区改造 with its 还房区; a 区 that sent 医保 and 社保 business down to its 街道 便民服务中心
and trained their 窗口工作人员; the 下中坝社区 founded across the 嘉陵江 with a 便民服务大厅 of 计生,
劳动 and 低保 windows; a 街道 纪检监察工委 on 惠民资金 拨付, 社区养老服务资金, 困难群众补助, 低保, 特困救助
and 保障性住房分配; a 街道 whose 城市管理部 and 城管执法中队 cleared 占道经营 with 网格化 定岗定人) and the
layout follows their words for the unit, its parts, its posts and its risks. The rows are worded by
us, the names invented (rare Han surnames with rare given names, three characters each); every unit
is a body of 顺庆区.

Run ``python tests/published/score.py --set batch313`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a row is a point of the sheet's holder exactly when its point cell opens with
  a ticked box (``☑``, or ``√`` typed over the box); the point is the cell's text after the box (the
  box and any space after it left off); a row whose cell opens with ``□`` is no point; the level is
  the row's (the 街道's) level; the ``填表说明：`` line, the ``姓　名`` pairs and the sign-off line are no
  points; the 社区 writes no 科室: its forms have none;
- ``街道领导`` (a group row, the 东南街道's sheet) is the 科室 of the 街道's leaders; an 办公室 and a
  中心 of a 街道 (``党政办公室``, ``社会事务办公室``, ``综合执法办公室``, ``退役军人服务站``) are 科室; a group row
  ``二、党政办公室`` gives the 科室 ``党政办公室`` (its number left off); the 便民服务中心, the 城管中队 and
  the two 社区 write no 科室 and are units of their own (their forms have none; the scorer counts a
  站所's own file either way);
- 党工委书记, 办事处主任, 副主任, 党工委副书记 and 纪工委书记 of a 街道, the 便民服务中心's 主任 and 副主任
  (in its own file), a 社区's 党委书记、居委会主任 and 副主任 (in its own file) are leaders; an 办公室's
  主任, a 站's 站长 and the 城管中队's 中队长 and 副中队长 middle (as earlier batches graded a 中队长);
  the rest (科员, 民政专干, 会计, 出纳, 网格员, 执法队员, 窗口工作人员, 帮办代办员, 征收专干, 城建专干)
  general;
- ``风险点 | 风险描述``: the point is the short 风险点; ``职责事项``, ``工作环节``, ``分管工作``, the card's
  ``岗位职责`` line and ``自查情况`` are no points and name no holder; the 便民服务中心's list names no
  person: its forms are posts (对岗不对人);
- ``高/中/低``, ``一级/二级/三级``, ``★★★/★★/★`` (read by the card's note),
  ``一级风险/二级风险/三级风险``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``高风险/中风险/低风险`` and bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the
  潆溪街道's note) are 1/2/3.

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

PREFIX = "b313_"
PLACE = "顺庆区"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"


# --------------------------------------------------------------------------- harder layout

TICKED, UNTICKED, TYPED_TICK = "☑", "□", "√"
CHECK_NOTE = (
    "填表说明：本表为街道纪工委统一制发的社区工作人员通用廉政风险点清单。请对照本人岗位职责，在本岗位涉及的"
    "风险点前“□”内打“√”（☑）；未打“√”的风险点本岗位不涉及，不列入本人风险点。风险等级和防控措施由街道统一评定。"
)
CHECK_HEAD = ("序号", "廉政风险点", "风险等级", "防控措施")

# the 街道's general list: (风险点, 等级, 防控措施), the same on every sheet
CHECKLIST = [
    ("低保、特困供养对象入户调查走过场，优亲厚友", "高", "入户调查两人以上，调查结果经民主评议并张榜公示。"),
    ("民主评议会不按规定召开，评议记录事后补写", "中", "评议会全程录像，记录当场签字。"),
    ("临时救助金、慰问金发放不到人，虚报冒领", "高", "救助金、慰问金一律打卡发放，名单公示。"),
    ("社区党组织服务群众经费报销票据不实", "中", "经费支出经居务监督委员会审核，每季度公开。"),
    ("公益性岗位、网格员推荐中收受好处", "中", "推荐条件和结果公示，街道审核把关。"),
    ("居民出具证明时吃拿卡要，故意刁难", "低", "证明事项清单公开，出具证明登记备查。"),
    ("老旧小区改造中接受施工方、物业公司宴请", "中", "改造项目由居民代表全程参与监督。"),
    ("违规查询、泄露居民个人信息", "低", "信息系统分级授权，查询留痕。"),
]  # fmt: skip

# (姓名, 职务, tier, the numbers of the points ticked, the tick typed)
CHECKERS = [
    ("谯霂峣", "党委书记、居委会主任", "leader", (1, 2, 4, 5, 7), TICKED),
    ("蹇澧芃", "副主任", "leader", (4, 6, 7), TICKED),
    ("郇筠濛", "民政专干", "general", (1, 2, 3), TYPED_TICK),
]


def boxed(point: str, ticked: bool, tick: str = TICKED) -> str:
    """A point cell of the harder file: the box, ticked or not, before the point."""
    return f"{tick if ticked else UNTICKED}{point}"


def shunqing_qingquan_ticked_checklist() -> dict:
    unit = f"{PLACE}和平路街道清泉社区"
    t = _Truth(unit)
    ncols = len(CHECK_HEAD)
    sheets = []
    for who, post, tier, ticks, tick in CHECKERS:
        sh = _Sheet(who, [6, 46, 10, 40])
        _line(sh, f"{unit}工作人员廉政风险自查表", ncols)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", post)
        r = sh.add("填表时间", "2025年7月", None, None)
        sh.merge(r, 1, r, 3)
        _line(sh, CHECK_NOTE, ncols)
        sh.add(*CHECK_HEAD)
        for i, (point, lv, measures) in enumerate(CHECKLIST, 1):
            sh.add(i, boxed(point, i in ticks, tick), lv, measures)
            if i in ticks:
                t.point(sh.name, "", post, who, tier, point, [], HML[lv])
        sh.add()
        sh.add("本人签字：", None, "社区党委审核：", None)
        sheets.append(sh)
    return _layout(
        "shunqing_qingquan_ticked_checklist", "http://www.jjjjjc.gov.cn/html/wenzhang_683124.html",
        "(harder) 街道 社区 工作人员廉政风险自查表, one sheet a person (tabs named by the person), after the source's 社区 "
        "民主评议会 on a 低保 application under its 小微权力 清单: a title, ``姓　名 | … | 职　务 | …`` and ``填表时间 | …`` "
        "pairs, a merged ``填表说明：`` line, then 序号/廉政风险点/风险等级 高/中/低/防控措施 holding the SAME general list of "
        "eight points on every sheet, each POINT CELL OPENING WITH A CHECK BOX: ``☑`` (or ``√`` typed over it) before a "
        "point the holder's post has, ``□`` before one it has not (11 of 24 rows ticked); a blank row and "
        "``本人签字： | 社区党委审核：``",
        sheets, t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def shunqing_zhongcheng_groups() -> dict:
    unit = f"{PLACE}中城街道办事处"
    sh = _Sheet("一览表", [6, 12, 9, 40, 14, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、街道领导", "街道领导", [
            ("党工委书记", "佴澂翾", "leader", [
                ("“三重一大”事项不经党工委会集体研究，个人说了算", "制度机制风险", "一级",
                 "“三重一大”事项党工委会集体研究，会议纪要存档备查。"),
                ("对社区“小微权力”运行监督不力", "岗位职责风险", "二级", "每年听取社区小微权力运行情况汇报并抽查。"),
            ]),
            ("办事处主任", "郜滢篁", "leader", [
                ("辖区项目资金拨付不按程序审批", "业务流程风险", "一级", "项目资金拨付经分管领导、主任会签。"),
            ]),
        ]),
        ("二、党政办公室", "党政办公室", [
            ("主任", "夔鋆泺", "middle", [
                ("公务接待超标准，虚列接待费用", "思想道德风险", "二级", "接待事前审批，清单随票据报销。"),
                ("办公用品采购不比价，指定供应商", "外部环境风险", "三级", "采购三家比价，结果存档。"),
            ]),
        ]),
        ("三、社会事务办公室", "社会事务办公室", [
            ("主任", "厍沣岍", "middle", [
                ("养老服务补贴审核把关不严，为不符合条件的人员办理", "岗位职责风险", "一级",
                 "补贴对象社区初审、街道复审并公示。"),
            ]),
            ("民政专干", "訾琰澔", "general", [
                ("医疗救助、困难救助材料审核走过场", "业务流程风险", "二级", "救助材料逐项核对，小微权力平台留痕。"),
                ("低保动态管理不及时，该退不退", "岗位职责风险", "二级", "低保对象每半年复核一次。"),
            ]),
        ]),
        ("四、城市管理办公室", "城市管理办公室", [
            ("主任", "蒯昕洳", "middle", [
                ("环卫保洁服务考核打分不公，收受承包方好处", "外部环境风险", "一级", "考核由街道、社区、居民代表共同打分。"),
            ]),
            ("城建专干", "甯溁菡", "general", [
                ("违法建设巡查发现不报告", "岗位职责风险", "三级", "巡查台账每周报送，街道随机抽查。"),
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
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("制表人：", None, "审核人：", None, "2025年7月", None, None)
    return _layout(
        "shunqing_zhongcheng_groups", "https://ayypgt.com/article/MsgId/686347",
        "街道办事处 岗位廉政风险防控一览表, after the source's 街道 纪工委 training its 社区民政专干 on the 小微权力 items of 养老, "
        "低保, 困难救助 and 医疗救助: a title, then 序号/岗位/姓名 (merged per person)/廉政风险点/风险类型 ``…风险``/风险等级 "
        "``一级/二级/三级``/防控措施 under GROUP ROWS ``一、街道领导``, ``二、党政办公室``, ``三、社会事务办公室``, "
        "``四、城市管理办公室`` merged across (no 科室 column); a ``制表人： | 审核人： | 2025年7月`` line",
        [sh], t,
    )  # fmt: skip


def shunqing_xicheng_enforcement_cards() -> dict:
    unit = f"{PLACE}西城街道城管中队"
    t = _Truth(unit)
    cards = [
        ("中队长", "眭泓岙", "middle", "主持中队全面工作，负责案件审核和执法人员管理", [
            ("违法建设、占道经营案件处罚自由裁量不公，以罚代管", "岗位职责", "★★★", "处罚决定经中队集体讨论，裁量基准公开。"),
            ("为被查处的商户说情、打招呼，降格处理", "外部环境", "★★★", "说情打招呼事项登记报告。"),
            ("罚没款票据管理不规范，截留罚没款", "制度机制", "★★", "罚没款一律银行代收，票据按月核销。"),
        ]),
        ("副中队长", "韶璆沄", "middle", "分管市容秩序、门前三包和户外广告管理", [
            ("户外广告设置审核把关不严，收受商家好处", "思想道德", "★★", "审核意见两人签字，结果公示。"),
            ("暂扣物品登记不全，私自处理", "业务流程", "★★★", "暂扣物品清单一式两份，专库存放。"),
        ]),
        ("执法队员", "蔚湲霏", "general", "负责责任路段巡查，劝导和查处流动摊贩、乱停乱放", [
            ("对熟人摊点巡查时选择性执法", "岗位职责", "★★", "执法全程佩戴执法记录仪。"),
            ("接受商户吃请、收受购物卡", "思想道德", "★", "签订廉洁执法承诺书，节前廉洁提醒。"),
            ("执法过程粗暴，引发冲突后隐瞒不报", "业务流程", "★", "执法过程文明规范，冲突事件当日报告。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, tier, duties, points in cards:
        sh = _Sheet(post, [6, 40, 10, 9, 34])
        _line(sh, f"{unit}廉政风险防控卡", 5)
        sh.add("持卡人", who, f"职{GAP}务", post, None)
        _line(sh, f"岗位职责：{duties}", 5)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施")
        for i, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(i, point, typ, lv, measures)
            t.point(sh.name, "", post, who, tier, point, types_in(typ), STARS[lv])
        _line(sh, "注：风险等级★★★为高风险，★★为中风险，★为低风险。", 5)
        sh.add("持卡人签字：", None, "监督电话：0817-2226110", None, None)
        sheets.append(sh)
    source = ("https://jendow.com.tw/wiki/%E8%A5%BF%E5%9F%8E%E8%A1%97%E9%81%93%E8%BE%A6%E4%BA%8B%E8%99%95"
              "%5B%E5%9B%9B%E5%B7%9D%E7%9C%81%E5%8D%97%E5%85%85%E5%B8%82%E9%A0%86%E6%85%B6%E5%8D%80%5D")  # fmt: skip
    return _layout(
        "shunqing_xicheng_enforcement_cards", source,
        "街道城管中队 廉政风险防控卡, one sheet a holder (tabs 中队长, 副中队长, 执法队员), after the source's 西城街道 (its 城管"
        "执法大队 short of men against 小商贩 and cars parked anyhow): a title, ``持卡人 | … | 职　务 | …``, a merged "
        "``岗位职责：…`` line, then 序号/风险点/风险类型 (short names)/风险等级 ``★★★/★★/★``/防控措施; a merged ``注：`` "
        "line on the stars and ``持卡人签字： | 监督电话：…``",
        sheets, t,
    )  # fmt: skip


def shunqing_dongnan_two_sheets() -> dict:
    unit = f"{PLACE}东南街道办事处"
    t = _Truth(unit)
    lead = _Sheet("街道领导", [6, 9, 12, 22, 36, 10, 32])
    _line(lead, f"{unit}街道领导廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "风险等级", "防控措施")
    leaders = [
        ("邝漪珩", "党工委书记", "主持党工委全面工作", [
            ("棚户区改造重大事项不经党工委会研究，个人决定", "一级风险", "棚改重大事项党工委会集体研究，纪要存档。"),
            ("干部选拔推荐中优亲厚友", "二级风险", "推荐程序全程纪实，结果公示。"),
        ]),
        ("靳瀚淞", "副主任", "分管征收安置、城市建设", [
            ("还房区分房顺序和房源分配不公开，违规调换", "一级风险", "分房公开摇号，结果现场公示。"),
            ("征收补偿面积核定中与被征收人串通", "一级风险", "面积丈量两人以上，第三方测绘复核。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, lead.name, post, who, "leader", point, [], RISKS[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    lead.add("填表人：", None, None, "审核人：", None, "2025年7月", None)
    dept = _Sheet("内设机构", [6, 14, 10, 9, 36, 10, 32])
    _line(dept, f"{unit}内设机构岗位廉政风险防控表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("征收安置办公室", "主任", "郄砥澜", "middle", [
            ("过渡安置费发放对象审核不严，虚报冒领", "一级风险", "过渡费名单社区核实、街道审核并公示。"),
            ("被征收房屋附属物登记不实", "二级风险", "附属物登记拍照留存，被征收人签字确认。"),
        ]),
        ("征收安置办公室", "征收专干", "檀岑溦", "general", [
            ("泄露征收补偿方案和评估结果", "三级风险", "补偿资料专人保管，查阅登记。"),
        ]),
        ("党政办公室", "会计", "阙淏珧", "general", [
            ("报销票据审核不严，虚列支出", "二级风险", "报销实行经办、审核、审批三签。"),
            ("专项资金未专账核算，挤占挪用", "一级风险", "专项资金专账核算，每季度对账。"),
        ]),
        ("退役军人服务站", "站长", "苟瀞霖", "middle", [
            ("优抚对象信息核查不实，违规享受待遇", "二级风险", "优抚对象每年信息比对，动态管理。"),
        ]),
    ]  # fmt: skip
    first = len(dept.rows)
    n = 0
    for d, post, who, tier, points in rows:
        for point, lv, measures in points:
            n += 1
            dept.add(n, d, post, who, point, lv, measures)
            t.point(dept.name, d, post, who, tier, point, [], RISKS[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None)
    return _layout(
        "shunqing_dongnan_two_sheets", "http://www.weimomishe.com/doc/131564d954e6b8b92",
        "街道办事处 廉政风险防控表 in two sheets, after the source's 东南街道 and its 南门坝 旧城棚户区改造 (还房区, 特色街区): "
        "``街道领导`` (a title, 序号/姓名, 职务 and 分管工作 merged per leader/风险点/风险等级 ``一级风险/二级风险/三级风险``/"
        "防控措施; a 填表人/审核人/date line) and ``内设机构`` (a title, 序号/科室 merged (征收安置办公室, 党政办公室, "
        "退役军人服务站)/岗位 and 姓名 merged per person/…; a 填表人/审核人/主任（签字） line); no type column",
        [lead, dept], t,
    )  # fmt: skip


def shunqing_beicheng_service_posts() -> dict:
    unit = f"{PLACE}北城街道便民服务中心"
    sh = _Sheet("排查表", [6, 14, 16, 38, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 6)
    sh.add("序号", "岗位", "工作环节", "廉政风险点", "风险等级", "防控措施")
    posts = [
        ("主任", "leader", [
            ("窗口人员管理", "对窗口人员违规办理业务失察，不追究", "Ⅱ级", "每月抽查办件，差评件逐件回访。"),
            ("办件审批", "对不符合条件的事项签字放行", "Ⅰ级", "审批事项清单化，签批意见留痕。"),
        ]),
        ("副主任", "leader", [
            ("好差评管理", "篡改或删除群众差评", "Ⅱ级", "好差评数据系统直连，不得人工修改。"),
        ]),
        ("窗口工作人员", "general", [
            ("医保、社保业务受理", "对材料不全的申请违规受理、代为补填", "Ⅰ级", "材料清单一次性告知，受理系统留痕。"),
            ("业务咨询", "向群众推荐中介代办，收取好处", "Ⅱ级", "严禁推荐中介，大厅公开投诉电话。"),
            ("证照发放", "证照发放不核验身份，冒领", "Ⅲ级", "领证人身份核验并签字。"),
        ]),
        ("帮办代办员", "general", [
            ("代办服务", "代办事项收取费用或索要财物", "Ⅰ级", "代办服务一律免费，代办台账群众签字。"),
            ("资料保管", "代办中群众身份证件、资料遗失或外泄", "Ⅲ级", "资料交接登记，办结当日退还。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, tier, points in posts:
        for step, point, lv, measures in points:
            n += 1
            sh.add(n, post, step, point, lv, measures)
            t.point(sh.name, "", post, "", tier, point, [], ROMAN[lv])
    _per_person(sh, first, None, 1)
    sh.add("制表：", None, "审核：", None, "2025年7月", None)
    return _layout(
        "shunqing_beicheng_service_posts", "http://jiaoshebao.com/shebao/3981.html",
        "街道便民服务中心 岗位廉政风险点排查表 对岗不对人, after the source's 区 sending 医保 and 社保 business down to its 街道 "
        "便民服务中心 and training their 窗口工作人员: a title, then 序号/岗位 merged per post/工作环节/廉政风险点/风险等级 "
        "``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; NO 科室 column, no names, no type column; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def shunqing_xiazhongba_duties() -> dict:
    unit = f"{PLACE}东南街道下中坝社区"
    sh = _Sheet("责任清单", [6, 16, 9, 16, 36, 10, 8, 32])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add("序号", "岗位", "责任人", "职责事项", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("党委书记、居委会主任", "殳棽溦", "leader", [
            ("社区重大事项决策", "社区重大事项不经“两委”会议和居民代表会议研究", "制度机制", "高",
             "落实“四议两公开”，会议记录存档。"),
            ("社区集体资产管理", "社区门面出租不公开，低价租给熟人", "外部环境", "高", "门面出租公开竞价，合同居务公开。"),
        ]),
        ("副主任", "羿湛岍", "leader", [
            ("计生、劳动保障服务", "就业补贴、生育服务证明把关不严", "岗位职责", "中", "办理材料两人审核，按月公示。"),
        ]),
        ("民政专干", "逯沄翯", "general", [
            ("低保申请受理", "受理低保申请时收受好处，隐瞒家庭收入情况", "思想道德", "高",
             "入户核查两人以上，家庭经济状况信息比对。"),
            ("高龄津贴发放", "高龄津贴发放名单不及时更新，死亡人员继续领取", "业务流程", "中",
             "每月比对殡葬和户籍信息，及时停发。"),
        ]),
        ("网格员", "蓟珵岱", "general", [
            ("网格信息采集", "虚报网格走访和信息采集数据", "岗位职责", "低", "走访信息系统定位打卡，社区抽查。"),
        ]),
        ("社区报账员", "贲溱芮", "general", [
            ("社区经费报账", "虚开票据套取社区经费", "业务流程", "中", "经费支出经居务监督委员会审核签字。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, who, tier, points in rows:
        for duty, point, typ, lv, measures in points:
            n += 1
            sh.add(n, post, who, duty, point, typ, lv, measures)
            t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, None, 1, 2)
    sh.add("编制：", None, None, "审核：", None, "2025年7月", None, None)
    return _layout(
        "shunqing_xiazhongba_duties", "https://0817.net/article/detail/102568.html",
        "社区 廉政风险防控责任清单, after the source's 下中坝社区 founded across the 嘉陵江 with a 便民服务大厅 of 计生, 劳动 and "
        "低保 windows: ``附件2``, a title, 序号/岗位 and 责任人 merged per person/``职责事项``/廉政风险点/风险类型 (short names)/"
        "风险等级 高/中/低/防控措施; no 科室 column; an ``编制： | 审核： | 2025年7月`` line",
        [sh], t,
    )  # fmt: skip


def shunqing_wufeng_selfchecks() -> dict:
    unit = f"{PLACE}舞凤街道办事处"
    t = _Truth(unit)
    people = [
        ("宓瀛湄", "社会事务办公室", "主任", "middle", [
            ("困难群众补助资金发放对象把关不严", "高风险", "补助对象社区初审、街道复审并公示。", "未发现问题"),
            ("社区养老服务资金拨付不按进度审核", "中风险", "资金拨付凭服务台账和验收意见。", "已整改"),
        ]),
        ("扈棠渼", "社会事务办公室", "民政专干", "general", [
            ("特困供养对象认定中优亲厚友", "高风险", "认定结果经民主评议并公示。", "未发现问题"),
            ("保障性住房申请材料审核不实", "中风险", "申请材料信息比对，入户核查。", "已落实"),
            ("救助台账登记不及时、不完整", "低风险", "台账数字化管理，每月核对。", "已整改"),
        ]),
        ("衡澴苡", "党政办公室", "出纳", "general", [
            ("惠民资金拨付时延迟支付或截留", "高风险", "惠民资金直达个人账户，拨付全程留痕。", "未发现问题"),
            ("现金、票据保管不善", "低风险", "现金日清月结，票据专柜保管。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add(f"姓{GAP}名", who, f"科{GAP}室", dept, None)
        sh.add(f"职{GAP}务", post, "填表时间", "2025年7月", None)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], BANDS[lv])
        sh.add()
        sh.add("自查人（签名）：", None, "分管领导审核：", None, None)
        sheets.append(sh)
    return _layout(
        "shunqing_wufeng_selfchecks",
        "https://jinan.dzwww.com/ztzh/qfpd/lzsp/202506/t20250623_16112425.htm",
        "街道办事处 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 街道 纪检监察工委 on "
        "惠民资金 拨付, 社区养老服务资金, 困难群众补助, 低保, 特困救助 and 保障性住房分配: a title, ``姓　名 | … | 科　室 | …`` "
        "and ``职　务 | … | 填表时间 | …`` in two rows of pairs, then 序号/廉政风险点/风险等级 ``高风险/中风险/低风险``/"
        "防控措施/``自查情况``; no type column; a blank row and ``自查人（签名）： | 分管领导审核：``",
        sheets, t,
    )  # fmt: skip


def shunqing_yingxi_desc() -> dict:
    unit = f"{PLACE}潆溪街道办事处"
    sh = _Sheet("一览表", [6, 14, 10, 9, 18, 36, 10, 8, 32])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 9)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年7月", 9)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险描述", "风险类型", "风险等级", "防控措施")
    rows = [
        ("街道领导", "纪工委书记", "卞岷樨", "leader", "监督执纪失之于宽", "对社区干部违纪问题线索不及时处置，大事化小",
         "岗位职责", "Ⅰ", "问题线索集体排查，处置情况按月报区纪委。"),
        ("街道领导", "党工委副书记", "栾漻晗", "leader", "网格员选聘", "网格员选聘中打招呼、优亲厚友",
         "外部环境", "Ⅱ", "选聘公开报名、统一考试、结果公示。"),
        ("综合执法办公室", "主任", "糜沚翊", "middle", "占道经营查处", "对占道经营定岗定人巡查不落实，选择性查处",
         "岗位职责", "Ⅰ", "网格化巡查，查处结果每周通报。"),
        ("综合执法办公室", "主任", "糜沚翊", "middle", "暂扣物品处置", "暂扣的电动三轮车、摊具不登记，私自放还",
         "业务流程", "Ⅱ", "暂扣物品开具清单，处置经集体研究。"),
        ("综合执法办公室", "科员", "喻翾沣", "general", "门前三包检查", "检查中接受商户礼品，检查结果不实",
         "思想道德", "Ⅲ", "检查两人以上，检查记录商户签字。"),
        ("经济发展办公室", "主任", "帅潆昉", "middle", "企业扶持资金申报", "为不符合条件的企业申报扶持资金",
         "制度机制", "Ⅰ", "申报材料实地核查，结果公示。"),
        ("经济发展办公室", "科员", "裘渫筠", "general", "统计数据上报", "统计数据弄虚作假，虚报企业产值",
         "业务流程", "Ⅲ", "统计数据企业签字确认，街道复核。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), BARE[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分Ⅰ、Ⅱ、Ⅲ三级，Ⅰ级最高。", 9)
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None, None)
    return _layout(
        "shunqing_yingxi_desc", "https://www.erqi.gov.cn/bmdt/7091952.jhtml",
        "街道办事处 岗位廉政风险防控一览表, after the source's 街道 whose 城市管理部 and 城管执法中队 cleared 占道经营 with 网格化 "
        "定岗定人: ``附件1``, a title, a merged ``填报单位（盖章）：…　填报时间：2025年7月`` line, then 序号/科室 merged (街道领导, "
        "综合执法办公室, 经济发展办公室)/岗位 and 姓名 merged per person/a short 风险点/a long 风险描述/风险类型 (short names)/"
        "风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施; a merged ``注：`` line on the grades and a 填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    shunqing_qingquan_ticked_checklist(),
    shunqing_zhongcheng_groups(),
    shunqing_xicheng_enforcement_cards(),
    shunqing_dongnan_two_sheets(),
    shunqing_beicheng_service_posts(),
    shunqing_xiazhongba_duties(),
    shunqing_wufeng_selfchecks(),
    shunqing_yingxi_desc(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch313-inbox"))

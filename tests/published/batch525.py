"""The five-hundred-and-twenty-fifth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one district's 街道 and
社区 bodies, 七里河区 (a district of 兰州市, 甘肃) — two 街道办事处 (西园街道, 西湖街道), their
社区服务中心, the 西湖街道's 综合执法队 and three 社区居委会 — each handing back the 一览表,
排查表, 防控卡, 自查表 or 清单 its staff typed:

- the 西园街道办事处's 一览表: ``科室 | 岗位 | 责任人`` merged per person before ``风险点 | 风险类型 |
  风险等级 | 防控措施``, ``…风险`` types, 高/中/低;
- the 西园街道社区服务中心's file in two sheets ``中心领导`` (``姓名 | 职务 | 分管工作`` merged per
  person) and ``科室`` (``科室 | 岗位 | 姓名``), ``一级/二级/三级``, no type column;
- the 西湖街道综合执法队's 排查表 对岗不对人: ``中队`` and ``岗位`` merged, a short ``风险点`` beside
  a long ``风险表现``, short types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 西津社区居委会's 防控卡, one sheet a holder: ``姓　名 | … | 职　务 | …`` above
  ``序号 | 廉政风险点 | 风险等级 | 防控措施``, ``★★★/★★/★`` read by a ``注：`` line;
- the 南滨河社区居委会's 自查表, one sheet a person (tab = the person): a label row
  ``姓　名 | 岗　位 | 所在科室`` over a row of values, ``高风险/中风险/低风险``, ``自查情况``;
- the 西湖街道社区服务中心's 责任清单 under GROUP ROWS ``一、中心领导`` / ``二、综合服务科`` merged
  across: ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 建西社区居委会's 责任清单: ``岗位 | 姓名`` merged per person, ``职责事项`` before the
  ``廉政风险点``, ``一级/二级/三级``, no type column.

One is harder:

- ``qilihe_xihu_street_point_in_square_brackets``: the 西湖街道办事处's 一览表 writes the point and
  how it shows in ONE column headed ``廉政风险点及主要表现``, each cell OPENING WITH THE SHORT POINT
  IN SQUARE BRACKETS 【】 and running on with how it shows, no separator after the bracket:
  ``【低保资格审核】对收入超标的家庭降低标准纳入低保，优亲厚友``. The heading is ``序号 | 科室 | 岗位 |
  姓名 | 廉政风险点及主要表现 | 风险类型 | 风险等级 | 防控措施`` (科室 merged, 岗位 and 姓名 merged per
  person, short types, 高/中/低); a merged ``注：“廉政风险点及主要表现”栏中，【】内为廉政风险点，其后为
  其主要表现。`` line under the table says what the bracket holds. The shape is about HOW THE POINT
  IS WRITTEN (its short name and its description joined in one cell). The README's 读得懂的表 and
  the earlier batches know a point parted from how it shows by ``：`` (``短名：表现``), ``——``,
  ``／``, typed spaces, a full stop, a line break, ``，主要表现为``, a bold face, or closed by a
  bracket (``（括号内注明主要表现）``, the point in a bracket closing how it shows); and a 【】 tag
  opening the point that holds a TYPE (``【制度机制】``, cut off as the type), a LEVEL (``【一级】``), a
  科室 (``【教务处】``, with no 科室 column), a case (``【以案说险】``, cut off) or a work STAGE
  (``【立案环节】``, kept as part of the point). None is a cell whose 【】 tag IS the point's short
  name and whose rest is its description; read as the stage tags are, the point is the whole cell.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a journal article comparing the
街道 执法体制改革 of several cities — 执法权下沉, 综合执法队, 行政处罚, 行政检查; a city's account of
社区居委会 work and 居务公开 — 社会救助, 优抚, 住房保障, 财务; a 社区服务中心 工作规范手册 — 服务受理,
资金管理, 设施设备; an analysis of 综合行政执法 after 执法权下放 to 街乡 — 占道经营, 违法建设,
处罚, 强制; a description of a 兰州 七里河区 社区 and its duties; a 居务公开与财务状况公示 work guide; an
essay on a 社区服务中心's role — 一站式服务, 调解, 设施; a 民政部 opinion on 城市社区居民委员会
建设) and the layout follows their words for the unit, its parts, its posts and its risks. The rows
are worded by us, the names invented (rare Han surnames with rare given names); every unit is a
body of 七里河区 (``unit_words=("七里河区",)``: no earlier unit holds it).

Run ``python tests/published/score.py --set batch525`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the point is the text INSIDE the opening 【】 (the short 风险点); the text after
  it is how the point shows, no part of the point (as in ``风险点 | 风险表现`` tables the short name
  is the point), as the ``注：`` line says;
- ``中心领导`` (the 西园街道社区服务中心's leaders' sheet) is the 科室 of those leaders; a 街道's 科
  or 办, a 中心's 科, an 执法队's 中队 are 科室; a group row ``一、中心领导`` gives the 科室
  ``中心领导``, ``二、综合服务科`` the 科室 ``综合服务科`` (its number left off), as batch 280, 507,
  517 and 521 did; the 西津社区's cards and the 建西社区's list name a 科室 only where a cell does
  (they name none); the 南滨河社区's 主任 sheet writes ``社区两委`` in ``所在科室`` and that is his 科室;
- every body is a unit of its own: a 街道办事处's 主任 and 副主任, a 中心's 主任 and 副主任, an
  执法队's 队长 and 副队长, a 社区居委会's 主任 and 副主任 are leaders; 科长, 中队长 and an office's
  主任 (the 党政综合办公室's, written ``主任`` under its 科室) are middle; ``街道领导`` is the 科室 of the
  街道's leaders, as ``局领导`` is; the rest (科员, 执法队员, 社区专干, 网格员, 出纳, 窗口工作人员 …) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``职责事项`` and ``自查情况``
  are no points and name no holder; the 综合执法队's list names no person: its forms are posts
  (对岗不对人);
- ``高/中/低``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``一级/二级/三级``, ``★★★/★★/★``, ``高风险/中风险/低风险`` and
  ``一级风险/二级风险/三级风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch387.write_xlsx``: borders) and
``truth.json``; no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch60 import _line, _merge_down
from published.batch387 import write_xlsx
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b525_"
PLACE = "七里河区"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}
NOTE = "注：“廉政风险点及主要表现”栏中，【】内为廉政风险点，其后为其主要表现。"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int,
                last: int | None = None) -> None:  # fmt: skip
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs, last)


# --------------------------------------------------------------------------- harder layout

# (科室, 岗位, 姓名, tier, [(风险点, 主要表现, 风险类型, 风险等级, 防控措施)])
BRACKETED = [
    ("街道领导", "副主任", "隗翮琛", "leader", [
        ("低保资格审核", "对收入超标的家庭降低标准纳入低保，优亲厚友", "岗位职责", "高",
         "低保对象经社区评议、街道审核两级公示，入户抽查。"),
        ("社区工程项目安排", "指定关系施工单位承接社区小型工程", "制度机制", "中",
         "小型工程三家比选，党工委会议研究。"),
    ]),
    ("社会事务科", "科长", "郜湜珣", "middle", [
        ("临时救助审批", "虚报困难情形，为亲友多批救助金", "业务流程", "高",
         "救助金社会化发放，审批结果按月公示。"),
        ("高龄津贴发放", "对死亡人员不及时停发，冒领津贴", "外部环境", "低",
         "与殡葬、公安信息按月比对。"),
    ]),
    ("社会事务科", "科员", "甯澔骞", "general", [
        ("残疾人补贴申报", "收受申请人礼品，审核材料走过场", "思想道德", "中",
         "申报材料两人复核，科长审签。"),
    ]),
]  # fmt: skip


def qilihe_xihu_street_point_in_square_brackets() -> dict:
    unit = f"{PLACE}西湖街道办事处"
    sh = _Sheet("一览表", [6, 12, 9, 9, 52, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add(
        "序号", "科室", "岗位", "姓名", "廉政风险点及主要表现", "风险类型", "风险等级", "防控措施"
    )
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in BRACKETED:
        for point, shows, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, f"【{point}】{shows}", typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, NOTE, 8)
    sh.add("填表人：", None, "审核人：", None, None, None, "2025年8月", None)
    return _layout(
        "qilihe_xihu_street_point_in_square_brackets",
        "http://fx361.com/page/2023/1025/22819132.shtml",
        "(harder) 街道办事处 岗位廉政风险防控一览表, after the source's comparison of 街道 执法体制改革: 序号/科室 "
        "merged/岗位 and 姓名 merged per person/``廉政风险点及主要表现`` whose cells OPEN WITH THE SHORT POINT IN 【】 "
        "and run on with how it shows ``【低保资格审核】对收入超标的家庭…``/short types/高/中/低/防控措施; a ``注：`` "
        "line saying 【】内为廉政风险点; 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def qilihe_xiyuan_street_list() -> dict:
    unit = f"{PLACE}西园街道办事处"
    sh = _Sheet("一览表", [6, 14, 8, 9, 34, 13, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "责任人", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("党政综合办公室", "主任", "亓瑀琤", "middle", "公务接待超标准、超范围", "制度机制风险", "中",
         "接待凭公函和清单，按月公开。"),
        ("党政综合办公室", "主任", "亓瑀琤", "middle", "办公用品采购虚开票据", "岗位职责风险", "低",
         "采购验收两人签字，台账登记。"),
        ("社区建设办公室", "科员", "訾昉泓", "general", "社区工作经费拨付优亲厚友", "思想道德风险", "高",
         "经费按社区规模测算，拨付公示。"),
        ("城市管理办公室", "科员", "麴濛珏", "general", "门前三包检查接受商户宴请", "外部环境风险", "中",
         "检查两人以上，结果网格内公示。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, "审核人：", None, None, "主任（签字）：", None, None)
    return _layout(
        "qilihe_xiyuan_street_list",
        "http://bz.heze.cn/html/2013-07/25/content_2_7.htm",
        "街道办事处 廉政风险防控一览表, after the source's account of 社区居委会 work and 居务公开: 序号/科室 "
        "merged/岗位 and 责任人 merged per person/风险点/``…风险`` types/高/中/低/防控措施; 填表人/审核人/主任 line",
        [sh], t,
    )  # fmt: skip


def qilihe_xiyuan_center_two_sheets() -> dict:
    unit = f"{PLACE}西园街道社区服务中心"
    t = _Truth(unit)
    lead = _Sheet("中心领导", [6, 10, 8, 18, 34, 8, 32])
    _line(lead, f"{unit}领导班子廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("枚翥璘", "主任", "主持全面工作", [
            ("服务外包项目定向委托", "一级", "外包项目公开比选，中心会议研究。"),
            ("中心经费支出一支笔审批", "二级", "大额支出集体研究，街道审核。"),
        ]),
        ("檀琬滢", "副主任", "分管场地和设施设备", [
            ("活动场地无偿借给关系单位", "二级", "场地使用登记，收费标准公开。"),
            ("设施设备维修虚报费用", "三级", "维修前后拍照，验收两人签字。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "中心领导", post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("科室", [6, 16, 12, 10, 34, 8, 32])
    _line(dept, f"{unit}科室岗位廉政风险防控表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("便民服务科", "窗口工作人员", "逯晞璠", "general", "为不符合条件的居民违规出具证明", "一级",
         "证明事项清单化，出具登记。"),
        ("便民服务科", "窗口工作人员", "逯晞璠", "general", "办事群众资料泄露", "三级", "资料专柜保管，查阅登记。"),
        ("财务科", "出纳", "昝皓翾", "general", "现金收支不入账，公款私存", "二级", "现金日清月结，主任不定期盘点。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    return _layout(
        "qilihe_xiyuan_center_two_sheets",
        "https://www.renrendoc.com/paper/505025905.html",
        "街道社区服务中心's file in two sheets, after the source's 社区服务中心 工作规范手册 (服务受理, 资金管理, 设施设备): "
        "``中心领导`` with 姓名/职务/分管工作 merged per person; ``科室`` with 科室/岗位/姓名 merged; "
        "``一级/二级/三级``; no type",
        [lead, dept], t,
    )  # fmt: skip


def qilihe_xihu_law_team_posts() -> dict:
    unit = f"{PLACE}西湖街道综合执法队"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "中队", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    a, b = "第一中队", "第二中队"
    rows = [
        (a, "执法队员", "general", "占道经营查处", "对熟人摊点不查处，选择性执法", "岗位职责", "Ⅱ级",
         "执法记录仪全程记录，案件随机抽查。"),
        (a, "执法队员", "general", "暂扣物品处置", "暂扣物品不登记，私自处理", "业务流程", "Ⅰ级",
         "暂扣物品登记入库，双人保管。"),
        (b, "中队长", "middle", "违法建设处罚", "降低处罚标准，以罚代拆", "制度机制", "Ⅰ级",
         "处罚决定集体讨论，法制审核。"),
        (b, "执法队员", "general", "夜间巡查", "接受商户宴请，对违规经营放任不管", "外部环境", "Ⅲ级",
         "巡查两人以上，巡查记录上墙。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合内勤", None, None, "审核：", None, None, "2025年7月", None)
    return _layout(
        "qilihe_xihu_law_team_posts",
        "https://www.xiaomilidoc.com/p-113494.html",
        "街道综合执法队 廉政风险点排查表 对岗不对人, after the source's analysis of 综合行政执法 after 执法权下放 to 街乡 "
        "(占道经营, 违法建设, 处罚, 强制): 中队 merged/岗位 merged/a short 风险点/a long 风险表现/short types/"
        "``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names",
        [sh], t,
    )  # fmt: skip


def qilihe_xijin_committee_cards() -> dict:
    unit = f"{PLACE}西园街道西津社区居民委员会"
    t = _Truth(unit)
    cards = [
        ("主任", "揭洵瑗", "leader", [
            ("社区公益性岗位人员安排照顾亲友", "★★★", "岗位人选居民代表会议评议，公示。"),
            ("社区办公经费报销不实", "★★", "报销经街道审核，按季公开。"),
        ]),
        ("网格员", "庾翀淏", "general", [
            ("入户采集信息时收受居民财物", "★★", "入户两人同行，签订廉洁承诺。"),
            ("居民信息随意外传", "★", "信息系统分级授权，定期检查。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, tier, points in cards:
        sh = _Sheet(post, [6, 36, 10, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施")
        for i, (point, lv, measures) in enumerate(points, 1):
            sh.add(i, point, lv, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[lv])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "街道包抓领导（签字）：", None)
        sheets.append(sh)
    return _layout(
        "qilihe_xijin_committee_cards",
        "http://ask.sczil.com/tag_lanzhouxiyuanshequjiaoshenmemingzi",
        "社区居委会 岗位廉政风险防控卡, one sheet a holder (tabs 主任, 网格员), after the source's description of a 七里河区 "
        "社区 and its duties: ``姓　名 | … | 职　务 | …``, 序号/廉政风险点/``★★★/★★/★``/防控措施; a ``注：`` line; "
        "持卡人/街道包抓领导 签字",
        sheets, t,
    )  # fmt: skip


def qilihe_nanbinhe_selfchecks() -> dict:
    unit = f"{PLACE}西湖街道南滨河社区居民委员会"
    t = _Truth(unit)
    people = [
        ("敖琇骐", "主任", "leader", "社区两委", [
            ("社区集体收入不入账", "高风险", "收入统一入街道代管账户，按季公开。"),
            ("居务公开内容不全", "中风险", "按公开目录逐项公开，居民监督委员会审核。"),
        ]),
        ("郇璟霈", "社区专干", "general", "社会救助站", [
            ("低保入户调查走过场", "中风险", "入户调查两人以上，调查表双签。"),
            ("救助物资发放不登记", "低风险", "物资发放签字领取，台账公示。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, dept, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "岗　位", "所在科室", None, None)
        sh.add(who, post, dept, None, None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, ((point, lv, measures), found) in enumerate(
            zip(points, ("已落实", "未发现问题"), strict=True), 1
        ):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], WORDS[lv])
        sh.add()
        sh.add("本人签名：", None, "社区党组织意见：", None, None)
        sheets.append(sh)
    return _layout(
        "qilihe_nanbinhe_selfchecks",
        "https://zhibiao.pages.dev/work-scenario",
        "社区居委会 岗位廉政风险自查表, one sheet a person (tab = the person), after the source's 居务公开与财务状况公示 "
        "work guide: a label row ``姓　名 | 岗　位 | 所在科室`` over values, 序号/风险点/``高风险/中风险/低风险``/防控措施/"
        "``自查情况``; ``本人签名： | 社区党组织意见：``",
        sheets, t,
    )  # fmt: skip


def qilihe_xihu_center_group_rows() -> dict:
    unit = f"{PLACE}西湖街道社区服务中心"
    sh = _Sheet("责任清单", [6, 10, 10, 38, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("副主任", "邴珝澜", "leader", [
                ("调解纠纷中收受当事人好处", "一级风险", "调解两人以上，调解协议存档。"),
                ("服务项目考核打人情分", "三级风险", "考核标准公开，居民代表参与。"),
            ]),
        ]),
        ("二、综合服务科", "综合服务科", [
            ("科长", "虢昊琮", "middle", [
                ("一站式服务窗口吃拿卡要", "一级风险", "服务事项清单上墙，评价器实时评价。"),
                ("服务台账记录不实", "二级风险", "台账按月核对，主任抽查。"),
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
    sh.add("制表：", None, "审核：", None, "2025年7月", None)
    return _layout(
        "qilihe_xihu_center_group_rows",
        "https://www.sthtlaw.com/news/jczlxfxfwzxrhrsqshghx.html",
        "街道社区服务中心 廉政风险防控责任清单, after the source's essay on a 服务中心's role (一站式服务, 调解, 设施): "
        "序号/岗位/姓名/廉政风险点/``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS ``一、中心领导``, "
        "``二、综合服务科`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def qilihe_jianxi_committee_duty_list() -> dict:
    unit = f"{PLACE}西园街道建西社区居民委员会"
    sh = _Sheet("责任清单", [6, 10, 10, 18, 36, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 7)
    sh.add("序号", "岗位", "姓名", "职责事项", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("副主任", "佴瑄翱", "leader", "住房保障初审", "为不符合条件家庭出具公租房初审意见", "一级",
         "初审结果社区公示，街道复核。"),
        ("副主任", "佴瑄翱", "leader", "社区矫正协助", "为矫正对象请托说情", "二级", "协助工作两人参与，记录存档。"),
        ("社区专干", "郏翙昶", "general", "优抚对象管理", "优抚对象信息变动不及时上报", "二级",
         "信息按季核对，变动当月上报。"),
        ("社区专干", "郏翙昶", "general", "流动人口登记", "登记信息不实", "三级", "登记信息网格员复核。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, tier, duty, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, duty, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年7月", None, None)
    return _layout(
        "qilihe_jianxi_committee_duty_list",
        "https://www.hpcxjsj.com/chengxiang_136675",
        "社区居委会 廉政风险防控责任清单, after the source's 民政部 opinion on 城市社区居民委员会建设: 序号/岗位 and 姓名 "
        "merged per person/``职责事项``/廉政风险点/``一级/二级/三级``/防控措施",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    qilihe_xihu_street_point_in_square_brackets(),
    qilihe_xiyuan_street_list(),
    qilihe_xiyuan_center_two_sheets(),
    qilihe_xihu_law_team_posts(),
    qilihe_xijin_committee_cards(),
    qilihe_nanbinhe_selfchecks(),
    qilihe_xihu_center_group_rows(),
    qilihe_jianxi_committee_duty_list(),
]
RESAVED: tuple[str, ...] = ()


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch387.write_xlsx`` (borders)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch525-inbox"))

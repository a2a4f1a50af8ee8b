"""The four-hundred-and-fortieth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one district's 城市管理
bodies, 宝塔区 (the district of 延安 on the 延河, its staff Han) — the 区城市管理执法局, its
城市管理综合执法大队, the 区环境卫生管理所, the 区园林绿化中心 and its 园林绿化养护所, the 区市政工程维护处
and the 城管中队 of two of its 街道 (凤凰山街道, 宝塔山街道) — each handing back the 一览表, 防控卡,
排查表, 责任清单, 清单 or 自查表 its staff typed in WPS or Excel:

- the 综合执法大队's file in two sheets: ``大队领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``中队`` (``中队`` merged, ``岗位`` and ``姓名`` merged per person), ``一级/二级/三级``, no type
  column, an 编制/审核/date line under each;
- the 市政工程维护处's 责任清单 under GROUP ROWS ``一、处领导``, ``二、道路维修科``, ``三、路灯管理科``
  merged across (no 科室 column): ``岗位 | 责任人`` merged per person, ``职责事项`` before the
  ``廉政风险点``, ``…风险`` types, ``一级风险/二级风险/三级风险``;
- the 园林绿化中心's 防控卡, one sheet a holder (tabs named by the post): ``姓　名 | … | 职　务 | …``
  over ``所在单位 | … | 持卡时间 | …`` above ``序号 | 风险点 | 风险等级 | 防控措施``, ``★★★/★★/★``
  read by a ``注：`` line, no type column, ``持卡人（签字）： | … | 中心主任（签字）：``;
- the 环境卫生管理所's 排查表 对岗不对人: ``股室`` merged and ``岗位`` merged per post, a short ``风险点``
  beside a long ``风险表现``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names; a 制表/审核/date line;
- the 凤凰山街道城管中队's 自查表, one sheet a person (tabs named by the holder): a label row ``姓　名 |
  岗　位 | 填表时间`` over a row of values, then ``序号 | 风险点 | 风险等级 | 防控措施 | 自查情况``,
  ``高风险/中风险/低风险``, no type column, ``本人签名： | … | 中队长审核：``;
- the 宝塔山街道城管中队's 清单 written out on EVERY row (nothing merged): ``岗位 | 责任人 | 廉政风险点 |
  风险等级 | 防控措施 | 责任领导`` — a LAST ``责任领导`` column naming the 中队长 on every row — bare
  ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line, no type and no 科室 column;
- the 园林绿化养护所's 一览表 under ``附件1``, a title and a merged ``填报单位：…　填报时间：…`` line:
  ``股室`` merged (``所领导``, ``养护股``, ``苗圃股``, ``办公室``), ``岗位`` and ``姓名`` merged per person,
  ``廉政风险点``, short types, 高/中/低.

One is harder:

- ``baota_urban_admin_leaders_merged_across``: the 城市管理执法局's 岗位廉政风险防控一览表 ``序号 | 科室 |
  岗位 | 姓名 | 廉政风险点 | 风险类型 | 风险等级 | 防控措施`` whose LEADERS' ROWS MERGE THE ``科室`` AND
  ``岗位`` CELLS ACROSS INTO ONE: a leader has no 科室, so on the 局长's and each 副局长's rows the
  office merged B and C into one block (two columns wide, down over the leader's rows) holding the
  post alone (``局长``, ``副局长``); the 科室 rows below write ``科室`` (merged over its runs) and
  ``岗位`` (merged per person) in their own columns as usual. So the text the leader's rows show in
  the ``科室`` column is a POST, and the ``岗位`` column is covered (empty) on those rows. Offices do
  this to avoid an empty ``科室`` cell (or a ``局领导`` placeholder) for the leadership. The README's
  读得懂的表 knows 科室, 岗位 and 姓名 merged DOWN or written on the first row only, a heading merged
  over two or three columns (``岗位及人员``, ``科室／岗位／姓名``: the sub-columns left to right), a
  cell ``财务科-出纳`` split into 科室 and post, leaders put in a ``领导班子`` 科室, group rows, and
  ``局领导`` sheets; it does not describe a DATA cell merged ACROSS the 科室 and 岗位 columns on some
  rows only, whose text is the post. No earlier batch writes one: ``grep -n "merge(.*, 1, .*, 2)"
  tests/published/batch*.py`` finds merges across B:C only on title, note, heading or 签字 lines
  (checked by eye in the time given; the closest, batch 436's ``岗位`` over tier sub-columns, is a
  heading).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 市容环境 工作总结 on 创卫 — 道路
拓宽改造, 绿化、亮化、美化, 环境整治; a 镇综合行政执法队 (城管中队) on 占道经营 — 扫街式排查, 整改
通知书, 暂扣物品; a 市政工程处 年终工作总结 — 道路罩面, 路灯 节能改造, 电缆, 亮化工程; a 园林管理处's
考核 — 绿化管理所, 公园广场, 公厕, 绿化养护, 湖泡清捞; a 市区环境卫生评比制度; a 市区道路保洁 分类
管理 检查考核办法; a 住建局 市政工程站 on 巡查 — 围挡, 违规占用、开挖, 路灯管理所; a 城市园林绿化
养护管理标准) and the layout follows their words for the unit, its parts, its posts and its risks.
The rows are worded by us, the names invented (rare Han surnames with rare given names, three
characters each); every unit is a body of 宝塔区, named with the district's name.

Run ``python tests/published/score.py --set batch440`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a leader's row has NO 科室 (""): the block merged across ``科室 | 岗位`` holds
  his post (``局长``, ``副局长``, leaders); the 科室 rows read ``科室`` and ``岗位`` as written;
- ``大队领导`` (a sheet of the 大队's leaders, named so by its tab and title), ``处领导`` (a group row)
  and ``所领导`` (股室 cells) are the 科室 of those leaders; a 大队's 中队, a 处's 科, a 所's 股 and
  办公室 are 科室; a group row ``二、道路维修科`` gives the 科室 ``道路维修科`` (its number left off);
  the 园林绿化中心's cards and the two 街道城管中队 files name no 科室 (the cards' ``所在单位`` is the
  中心; a 街道城管中队 is a unit of its own here, written with its 街道): their 科室 is "";
- 局长, 副局长, 大队长, 副大队长, a 处's 处长 and 副处长, a 中心's 主任 and 副主任, a 所's 所长 and
  副所长 are leaders; 中队长, 科长, 股长, an 办公室's 主任 and a 街道城管中队's 中队长 middle; the rest
  (执法队员, 科员, 会计, 技术员, 养护员, 巡查员, 协管员, 出纳) general;
- ``风险点 | 风险表现`` (the 环境卫生管理所's list): the point is the short 风险点; ``分管工作``,
  ``职责事项`` and ``自查情况`` are no points and name no holder; the 环境卫生管理所's list names no
  person: its forms are posts (对岗不对人); in the 宝塔山街道城管中队's list the LAST column ``责任领导``
  names a supervisor (the 中队长, holder of his own rows only), the holder is ``责任人``;
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

PREFIX = "b440_"
PLACE = "宝塔区"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"
DATE = "2025年12月"

# --------------------------------------------------------------------------- harder layout

ACROSS_NAME = "baota_urban_admin_leaders_merged_across"
ACROSS_UNIT = f"{PLACE}城市管理执法局"
ACROSS_TAB = "一览表"
ACROSS_HEAD = ("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
ACROSS_WIDTH = len(ACROSS_HEAD)

# (科室 or None for a leader, 岗位, tier, 姓名, [(廉政风险点, 风险类型, 等级, 防控措施)])
ACROSS_ROWS = [
    (None, "局长", "leader", "厍翀滢", [
        ("创卫道路改造和亮化项目不经集体研究确定施工单位", "制度机制", "高",
         "项目按规定进场交易，局党组会集体研究，纪要存档。"),
        ("执法队伍人事调整中搞亲疏远近", "思想道德", "中", "人事调整按程序动议、考察、公示。"),
    ]),
    (None, "副局长", "leader", "笪汭瑾", [
        ("户外广告设置审批中为关系人打招呼", "外部环境", "高", "审批结果网上公开，分管领导不直接经办。"),
        ("重大案件处罚裁量过宽", "业务流程", "中", "重大案件集体讨论，法制审核后决定。"),
    ]),
    ("法制科", "科长", "middle", "郗沨岱", [
        ("法制审核走过场，对不合规的处罚决定放行", "岗位职责", "高", "审核意见书面留痕，疑难案件提交集体讨论。"),
        ("行政复议答复中偏袒一方", "思想道德", "低", "复议答复经分管领导审签。"),
    ]),
    ("市容管理科", "科长", "middle", "鞠澂峣", [
        ("临时占道审批超范围、超期限", "业务流程", "中", "审批事项清单公开，到期巡查复核。"),
    ]),
    ("市容管理科", "科员", "general", "冼沄峄", [
        ("渣土运输核准把关不严", "岗位职责", "中", "核准材料两人审核，车辆信息系统比对。"),
        ("接受运输企业宴请", "外部环境", "低", "签订廉洁承诺书，节前廉洁提醒。"),
    ]),
    ("办公室", "主任", "middle", "庹霈珉", [
        ("执法装备和车辆采购不比价", "制度机制", "中", "采购三家比价，结果公示。"),
    ]),
    ("办公室", "会计", "general", "靳澍岑", [
        ("罚没款收缴不及时上缴", "制度机制", "高", "罚缴分离，罚没款当日入账，每月对账。"),
    ]),
]  # fmt: skip


def baota_urban_admin_leaders_merged_across() -> dict:
    unit = ACROSS_UNIT
    sh = _Sheet(ACROSS_TAB, [6, 12, 9, 9, 40, 10, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", ACROSS_WIDTH)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：{DATE}", ACROSS_WIDTH)
    sh.add(*ACROSS_HEAD)
    n = 0
    staff_first = None
    for dept, post, tier, who, points in ACROSS_ROWS:
        first = len(sh.rows)
        if dept is not None and staff_first is None:
            staff_first = first
        for i, (point, typ, lv, measures) in enumerate(points):
            n += 1
            if dept is None:  # the leader's post typed in the 科室 column, 岗位 covered
                top = i == 0
                sh.add(n, post if top else None, None, who if top else None, point, typ, lv,
                       measures)  # fmt: skip
            else:
                sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept or "", post, who, tier, point, types_in(typ), HML[lv])
        if dept is None:
            last = len(sh.rows) - 1
            sh.merge(first, 1, last, 2)  # 科室 | 岗位 merged across (and down) into one block
            if last > first:
                sh.merge(first, 3, last, 3)
    _per_person(sh, staff_first, 1, 2, 3)
    sh.add("制表：", None, None, "审核：", None, None, DATE, None)
    return _layout(
        ACROSS_NAME, "https://xuncaibao.com/gongzuozongjie/131489.html",
        "(harder) 区城市管理执法局 岗位廉政风险防控一览表 whose LEADERS' ROWS MERGE ``科室 | 岗位`` ACROSS into one block holding "
        "the post, after the source's 市容环境 工作总结 on 创卫 (道路拓宽改造, 绿化、亮化、美化, 环境整治): a title, a merged ``填报单位：…"
        "　填报时间：2025年12月`` line, then 序号/科室/岗位/姓名/廉政风险点/风险类型 (short names)/风险等级 高/中/低/防控措施; on the "
        "局长's and 副局长's rows B:C merged across and down holding ``局长``/``副局长`` (no 科室), 姓名 merged per leader; below, "
        "科室 merged (法制科, 市容管理科, 办公室), 岗位 and 姓名 merged per person; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def baota_enforcement_brigade_two_sheets() -> dict:
    unit = f"{PLACE}城市管理综合执法大队"
    t = _Truth(unit)
    lead = _Sheet("大队领导", [6, 9, 9, 22, 38, 9, 34])
    _line(lead, f"{unit}大队领导廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "风险等级", "防控措施")
    leaders = [
        ("仝溥岷", "大队长", "主持全面工作，分管财务", [
            ("暂扣物品处置不经集体研究", "一级", "暂扣物品登记入库，处置方案大队会集体研究。"),
            ("执法协管员招录中打招呼", "二级", "招录公开报名、公开考试，结果公示。"),
        ]),
        ("籍沁璟", "副大队长", "分管占道经营整治、渣土管理", [
            ("占道经营整治中选择性执法", "一级", "整治任务清单公开，执法记录仪全程记录。"),
            ("对违规商户说情降格处理", "二级", "处罚裁量基准公开，降格处理集体研究。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "大队领导", post, who, "leader", point, [], GRADES[lv])
    _per_person(lead, first, None, 1, 2, 3)
    lead.add("编制：", None, "审核：", None, None, DATE, None)
    staff = _Sheet("中队", [6, 12, 9, 9, 40, 9, 34])
    _line(staff, f"{unit}中队岗位廉政风险防控表", 7)
    staff.add("序号", "中队", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("一中队", "中队长", "甄澔岫", "middle", [
            ("下达整改通知书后不跟踪，收受商户好处", "二级", "整改情况复查留痕，中队每周抽查。"),
        ]),
        ("一中队", "执法队员", "扈泠玙", "general", [
            ("暂扣物品不开具清单、私自处置", "一级", "暂扣当场开具清单，双人签字，当日入库。"),
            ("巡查中对熟人摊点放任不管", "三级", "巡查路线和结果上传平台，随机抽查。"),
        ]),
        ("二中队", "中队长", "滑湜琨", "middle", [
            ("违建拆除组织中向当事人透露行动信息", "一级", "拆除方案保密，行动前统一部署。"),
            ("罚款不开票据或少开票据", "二级", "罚缴分离，票据连号使用。"),
        ]),
        ("二中队", "协管员", "汲漪峤", "general", [
            ("冒用执法身份向摊贩索要财物", "三级", "协管员不单独执法，佩戴工作证上岗。"),
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
        "baota_enforcement_brigade_two_sheets", "http://hnmcrn.com/xinwendongtai/xingyezixun/7659.html",
        "区城市管理综合执法大队 廉政风险防控表 in two sheets, after the source's 镇综合行政执法队 (城管中队) on 占道经营 整治 (扫街式"
        "排查, 整改通知书, 暂扣物品): ``大队领导`` (a title, 序号/``姓名 | 职务 | 分管工作`` merged per leader/风险点/风险等级 "
        "``一级/二级/三级``/防控措施) and ``中队`` (a title, 序号/中队 merged (一中队, 二中队)/岗位 and 姓名 merged per person/风险点/"
        "风险等级/防控措施); no type column; an 编制/审核/date line under each",
        [lead, staff], t,
    )  # fmt: skip


def baota_municipal_works_group_rows() -> dict:
    unit = f"{PLACE}市政工程维护处"
    sh = _Sheet("责任清单", [6, 10, 9, 18, 36, 13, 11, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add("序号", "岗位", "责任人", "职责事项", "廉政风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、处领导", "处领导", [
            ("处长", "雍澈珣", "leader", [
                ("道路罩面工程", "罩面工程发包不经集体研究", "制度机制风险", "一级风险", "工程按限额标准进场交易，处务会集体研究。"),
                ("工程款拨付", "工程款不按进度和验收结果拨付", "业务流程风险", "二级风险", "拨付凭合同、验收单和审批单，每季度对账。"),
            ]),
        ]),
        ("二、道路维修科", "道路维修科", [
            ("科长", "蔺沣翊", "middle", [
                ("维修工程量核定", "虚增修补面积，多计工程量", "岗位职责风险", "一级风险", "工程量现场丈量，两人签字，处领导抽查。"),
            ]),
            ("技术员", "逯岚澂", "general", [
                ("掘路修复验收", "收受施工单位好处降低修复标准", "外部环境风险", "二级风险", "验收标准公开，复查结果公示。"),
                ("材料进场", "沥青等材料进场不检验", "业务流程风险", "三级风险", "材料进场抽检，检验报告存档。"),
            ]),
        ]),
        ("三、路灯管理科", "路灯管理科", [
            ("科长", "暨琰沨", "middle", [
                ("路灯改造", "节能灯具采购指定品牌", "制度机制风险", "一级风险", "灯具采购公开比选，样品封存。"),
            ]),
            ("科员", "阙湘珩", "general", [
                ("电缆和灯具回收", "拆回的旧电缆、灯具私自变卖", "思想道德风险", "三级风险", "旧料登记入库，处置集体研究。"),
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
        "baota_municipal_works_group_rows",
        "https://www.mingyanjiaju.org/fanwen/danweigongzuozongjie/11102317415190717_2.htm",
        "区市政工程维护处 廉政风险防控责任清单, after the source's 市政工程处 年终工作总结 (道路罩面工程, 路灯 节能减排, 路灯建设及改造, "
        "电缆, 亮化工程): a title, 序号/岗位/责任人/``职责事项``/廉政风险点/风险类型 ``…风险``/风险等级 ``一级风险/二级风险/三级风险``/"
        "防控措施 under GROUP ROWS ``一、处领导``, ``二、道路维修科``, ``三、路灯管理科`` merged across (no 科室 column); 岗位 and 责任人 "
        "merged per person; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def baota_greening_center_cards() -> dict:
    unit = f"{PLACE}园林绿化中心"
    t = _Truth(unit)
    cards = [
        ("主任", "嵇沅琤", "leader", [
            ("公园广场提升工程指定施工单位", "★★★", "工程按规定发包，中心会议集体研究。"),
            ("绿化养护考核打分偏袒养护单位", "★★", "考核分值公开，考核小组集体打分。"),
            ("接受苗木供应商宴请", "★", "签订廉洁承诺书，节前廉洁提醒。"),
        ]),
        ("副主任", "宦泷珈", "leader", [
            ("苗木采购验收以次充好", "★★★", "苗木进场验收，规格逐株核对。"),
            ("湖泡清捞外包费用结算不实", "★★", "结算凭清捞记录和照片，审计复核。"),
        ]),
        ("会计", "充沛岚", "general", [
            ("养护经费报销票据审核不严", "★★", "报销三级审核，每季度内审。"),
            ("公厕管理经费挪作他用", "★", "专项经费专账核算，年度审计。"),
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
        "baota_greening_center_cards", "http://www.linfengtuliao.cn/news/34631.html",
        "区园林绿化中心 岗位廉政风险防控卡, one sheet a holder (tabs 主任, 副主任, 会计), after the source's 园林管理处 考核 (绿化管理所, "
        "公园广场, 公厕管理, 绿化养护, 湖泡清捞): a title, ``姓　名 | … | 职　务 | …`` over ``所在单位 | … | 持卡时间 | …``, then 序号/"
        "风险点/风险等级 ``★★★/★★/★``/防控措施; no type column; a merged ``注：`` line on the stars and ``持卡人（签字）： | "
        "中心主任（签字）：``",
        sheets, t,
    )  # fmt: skip


def baota_sanitation_posts() -> dict:
    unit = f"{PLACE}环境卫生管理所"
    sh = _Sheet("排查表", [6, 12, 11, 18, 36, 12, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "股室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所领导", "所长", "leader", [
            ("清扫保洁服务外包", "外包服务商选定搞暗箱操作", "制度机制风险", "Ⅰ级", "外包按政府采购程序确定，所务会集体研究。"),
            ("环卫车辆购置", "车辆购置需求设置倾向性条件", "外部环境风险", "Ⅰ级", "采购需求集体审定，公开招标。"),
        ]),
        ("作业管理股", "股长", "middle", [
            ("保洁质量考核", "考核走过场，为外包单位虚报达标", "岗位职责风险", "Ⅱ级", "考核随机抽查，结果公示。"),
        ]),
        ("作业管理股", "巡查员", "general", [
            ("评比检查打分", "评比检查中收受好处打人情分", "思想道德风险", "Ⅱ级", "检查两人以上，评分表当场签字。"),
            ("垃圾清运记录", "清运车次记录不实，多报车次", "业务流程风险", "Ⅲ级", "清运车辆定位，车次系统比对。"),
        ]),
        ("财务股", "出纳", "general", [
            ("垃圾处理费收缴", "收费不开票据，截留费用", "岗位职责风险", "Ⅰ级", "收费票据连号，每日对账。"),
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
        "baota_sanitation_posts",
        "https://www.zhetiaohe.com/ss/c8f7404a10d1d003d12c1508d3e6f21a91fee6b4f6b3afa6aaa84966695a4e25.html",
        "区环境卫生管理所 岗位廉政风险点排查表 对岗不对人, after the source's 市区环境卫生评比制度 (评比检查, 打分, 清扫保洁, 垃圾清运): "
        "a title, then 序号/股室 merged (所领导, 作业管理股, 财务股)/岗位 merged per post/a short 风险点/a long ``风险表现``/风险类型 "
        "``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def baota_fenghuangshan_squad_selfchecks() -> dict:
    unit = f"{PLACE}凤凰山街道城管中队"
    t = _Truth(unit)
    people = [
        ("邬澜峣", "中队长", "middle", [
            ("道路保洁检查考核打分不实", "高风险", "考核结果街道复核，公示三日。", "已落实"),
            ("对占道经营当事人说情放行", "高风险", "处理结果录入平台，随机回访。", "未发现问题"),
            ("协管员考勤补助虚报", "中风险", "考勤打卡，补助按月公示。", "已落实"),
        ]),
        ("阚珺沄", "执法队员", "general", [
            ("暂扣物品保管不当、私自使用", "中风险", "暂扣物品入库登记，双人管理。", "未发现问题"),
            ("巡查中接受商户吃请", "低风险", "巡查两人同行，不接受宴请。", "已落实"),
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
        sh.add("本人签名：", None, "中队长审核：", None, None)
        sheets.append(sh)
    return _layout(
        "baota_fenghuangshan_squad_selfchecks",
        "https://abg.baidu.com/tags/xk6nnxok2dd7rnoayk33di554c35nqhaxhomb3n45szotp54xlf3b3fxvc6krufh27kmnqfrvc4om13",
        "街道城管中队 岗位廉政风险自查表, one sheet a person (tabs named by the holder), after the source's 市区道路保洁 分类管理 "
        "检查考核办法 (保洁 检查, 考核 打分): a title, a label row ``姓　名 | 岗　位 | 填表时间`` over a row of values, then 序号/风险点/"
        "风险等级 ``高风险/中风险/低风险``/防控措施/``自查情况``; no type column; a blank row and ``本人签名： | 中队长审核：``",
        sheets, t,
    )  # fmt: skip


def baota_baotashan_squad_every_row() -> dict:
    unit = f"{PLACE}宝塔山街道城管中队"
    sh = _Sheet("清单", [6, 14, 9, 40, 9, 34, 10])
    t = _Truth(unit)
    chief = "昝沨瑀"  # (renamed after measuring: batch 437, built alongside, has 昝沨璟)
    _line(sh, f"{unit}廉政风险防控清单", 7)
    sh.add("序号", "岗位", "责任人", "廉政风险点", "风险等级", "防控措施", "责任领导")
    rows = [
        ("中队长", chief, "middle", "违规开挖道路处理中降格处罚", "Ⅰ", "处罚裁量基准公开，中队集体研究。"),
        ("中队长", chief, "middle", "施工围挡整治中收受好处", "Ⅱ", "整治结果上报街道，定期回访。"),
        ("执法队员", "勾澧琬", "general", "对违规占用市政设施不立案查处", "Ⅰ", "巡查问题平台派单，办结销号。"),
        ("执法队员", "勾澧琬", "general", "罚没款不及时上缴", "Ⅲ", "罚缴分离，当日入账。"),
        ("巡查员", "蒙湉岫", "general", "巡查记录弄虚作假", "Ⅱ", "巡查轨迹定位，抽查比对。"),
        ("巡查员", "蒙湉岫", "general", "向施工单位透露检查安排", "Ⅲ", "检查计划保密，随机安排。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures, chief)
        t.point(sh.name, "", post, who, tier, point, [], BARE[lv])
    _line(sh, "注：风险等级Ⅰ为高风险，Ⅱ为中风险，Ⅲ为低风险。", 7)
    sh.add("填表人：", None, None, "审核人：", DATE, None, None)
    return _layout(
        "baota_baotashan_squad_every_row", "https://www.meipian.cn/4xblgvyu",
        "街道城管中队 廉政风险防控清单, after the source's 住建局 市政工程站 on 巡查 (围挡, 违规占用、开挖、破坏市政设施, 路灯管理所): "
        "a title, then 序号/岗位/``责任人`` written out on EVERY row (nothing merged)/廉政风险点/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施/a "
        "LAST ``责任领导`` column naming the 中队长 on every row; no type column, no 科室 column; a merged ``注：`` line on the "
        "numerals and a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def baota_greening_upkeep_list() -> dict:
    unit = f"{PLACE}园林绿化养护所"
    sh = _Sheet("一览表", [6, 12, 9, 9, 40, 10, 9, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：{DATE}", 8)
    sh.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所领导", "所长", "晏澈峦", "leader", [
            ("养护作业外包化整为零规避招标", "制度机制", "高", "外包按限额标准进场交易，所务会集体研究。"),
            ("养护等级评定打招呼", "思想道德", "中", "评定标准公开，评定结果公示。"),
        ]),
        ("养护股", "股长", "巩沐琦", "middle", [
            ("行道树修剪工程量虚报", "业务流程", "高", "工程量现场核对，照片存档。"),
        ]),
        ("养护股", "养护员", "荆湲岷", "general", [
            ("私自出售修剪的苗木枝干", "岗位职责", "低", "修剪物登记处置，收入上缴。"),
        ]),
        ("苗圃股", "股长", "桑珏沄", "middle", [
            ("苗木调拨不登记，私自赠送", "岗位职责", "中", "调拨单审批，出圃登记。"),
            ("农药化肥采购以次充好", "外部环境", "低", "采购比价，进货验收。"),
        ]),
        ("办公室", "出纳", "宫沄琰", "general", [
            ("养护工工资发放不实", "制度机制", "中", "工资按考勤核发，银行代发。"),
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
        "baota_greening_upkeep_list",
        "https://www.zhetiaohe.com/ss/5371f0a8d83c5a023f868a46018f5c4756bced72309fa55ead13198da2fd20dee85753e030a586c59896a5af5b2b8a57.html",
        "区园林绿化养护所 岗位廉政风险防控一览表, after the source's 城市园林绿化养护管理标准 (养护等级, 行道树修剪, 苗木, 病虫害防治): "
        "``附件1``, a title, a merged ``填报单位：…　填报时间：2025年12月`` line, then 序号/股室 merged (所领导, 养护股, 苗圃股, 办公室)/"
        "岗位 and 姓名 merged per person/廉政风险点/风险类型 (short names)/风险等级 高/中/低/防控措施; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    baota_urban_admin_leaders_merged_across(),
    baota_enforcement_brigade_two_sheets(),
    baota_municipal_works_group_rows(),
    baota_greening_center_cards(),
    baota_sanitation_posts(),
    baota_fenghuangshan_squad_selfchecks(),
    baota_baotashan_squad_every_row(),
    baota_greening_upkeep_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch440-inbox"))

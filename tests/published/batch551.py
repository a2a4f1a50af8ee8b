"""The five-hundred-and-fifty-first batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 民政 and
残联 bodies, 循化撒拉族自治县 (海东市, 青海) — the 民政局, the 残疾人联合会, the 社会福利中心, the
殡葬管理所 and the 民政办 of four of its towns and townships (查汗都斯乡, 清水乡, 道帏藏族乡, 文都藏族乡)
— each handing back the 一览表, 排查表, 防控卡, 自查表 or 清单 its staff typed:

- the 残疾人联合会's file in two sheets ``领导`` (``姓名 | 职务 | 分管工作`` merged per person) and
  ``科室`` (``部室 | 岗位 | 姓名``), ``一级/二级/三级``, no type column;
- the 社会福利中心's 一览表: ``部室 | 岗位 | 责任人`` merged per person before ``风险点 | 风险类型 |
  风险等级 | 防控措施``, ``…风险`` types, ``高风险/中风险/低风险``;
- the 殡葬管理所's 责任清单 under GROUP ROWS ``一、所领导`` / ``二、殡仪服务股`` merged across:
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 查汗都斯乡民政办's 防控卡, one sheet a holder: ``姓　名 | … | 职　务 | …`` above
  ``序号 | 廉政风险点 | 风险等级 | 防控措施``, ``★★★/★★/★`` read by a ``注：`` line;
- the 清水乡民政办's 自查表, one sheet a person (tab = the person): a label row
  ``姓　名 | 岗　位 | 所在部门`` over a row of values, 高/中/低, ``自查情况``;
- the 道帏藏族乡民政办's 排查表 对岗不对人: ``部门`` and ``岗位`` merged, a short ``风险点`` beside a
  long ``风险表现``, short types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 文都藏族乡民政办's 责任清单: ``岗位 | 姓名`` merged per person, ``职责事项`` before the
  ``廉政风险点``, ``一级/二级/三级``, no type column.

One is harder:

- ``xunhua_civil_bureau_post_by_duty``: the 民政局's 一览表, ``序号 | 股室 | 岗位 | 责任人 | 廉政风险点
  | 风险类型 | 风险等级 | 防控措施`` (股室 merged, 岗位 and 责任人 merged per person, short types,
  高/中/低), whose every ``岗位`` cell does NOT name the post by its title alone but as a noun
  phrase: a clause of the holder's DUTY, then ``的``, then the post title at the end —
  ``主持全面工作的局长``, ``分管社会救助工作的副局长``, ``负责低保审核确认的股长``, ``负责福彩公益金项目
  初审的股长``, ``负责救助资金拨付核算的会计`` — as offices write it when two holders share one title
  (two 股长 here) and the duty tells them apart. No bracket, no separator, no second column: the
  duty and the post are one phrase, the post at its END. The shape is about HOW THE POST IS
  WRITTEN. The README's 读得懂的表 and the earlier batches know a post in its own column, a post
  with its 科室 bracketed after it (``股长（应急指挥股）``), a 科室 and post run together
  (``社会救助股股长``), a post typed onto the name (``局长嵇淏岷``, ``厍翊沣局长``), a bracket saying how a
  post is held (``副处长（主持工作）``, ``（兼）``), a ``分管工作`` / ``岗位职责`` / ``职责事项`` column
  BESIDE the post, a 岗位类别 or a 岗位名称 ending in 岗 (``网络新闻传播管理岗``), a post a 备注 says is
  vacant and covered; ``分管疫苗采购的副主任`` stands in batch 303 only in the prose of its source,
  never in a cell. None writes the 岗位 cell as ``duty clause + 的 + post title``.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a city's 福彩公益金 使用管理办法 —
民政部门 初审 and 组织项目实施, 专款专用; a paper on 残疾人基本辅助器具服务保障; an essay on how 福利资金
reach the 低保 and 特困 — 申请受理, 信息核对; a county's call for clues on 殡葬领域 abuse — 公墓, 墓穴
定价, 违规建坟; a 区's 社会救助领域基层政务公开标准目录 — 低保, 特困, 临时救助 名单 公示; a page on
who runs 彩票公益金 — 收支两条线, 公示; a city's 公益金 rules — 专户存储, 审计; a page on where 残疾人
are assessed — 残疾证, 评残) and the layout follows their words for the unit, its parts, its
posts and its risks. The rows are worded by us, the names invented (rare Han surnames with rare
given names); every unit is a body of 循化撒拉族自治县 (``unit_words=("循化撒拉族自治县",)``: no
earlier unit holds it).

Run ``python tests/published/score.py --set batch551`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the post is the title that ENDS the 岗位 cell, after its last ``的``
  (``分管社会救助工作的副局长`` → ``副局长``, ``负责低保审核确认的股长`` → ``股长``); the duty clause is no
  part of the post and no point (as a ``分管工作`` column is none); the two 股长 are two forms
  because their 股室 and holders differ; ``股室`` gives the 科室 (``局领导`` for the 局长 and
  副局长), ``责任人`` the holder, the level the 风险等级 column (高/中/低 → 1/2/3), the type the short
  ``风险类型``;
- ``局领导``, ``领导`` (the 残联's sheet), ``中心领导``, ``所领导`` and ``办领导`` are the 科室 of those
  leaders; a 局's 股室, a 残联's 部, a 中心's 部, a 所's 股, a 民政办's 组 (``部门``, ``所在部门``)
  are 科室; a group row ``一、所领导`` gives the 科室 ``所领导``, ``二、殡仪服务股`` the 科室
  ``殡仪服务股`` (its number left off), as batch 280, 546 and 549 did; the 查汗都斯乡 cards and the
  文都藏族乡 list name a 科室 only where a cell does (they name none);
- every body is a unit of its own: a 局's 局长 and 副局长, the 残联's 理事长 and 副理事长, a 中心's,
  a 所's and a 民政办's 主任 / 所长 are leaders; 股长 and a 部's 部长 are middle; the rest (会计,
  科员, 护理员, 火化工, 民政专干, 社工) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``职责事项`` and ``自查情况`` are
  no points and name no holder; the 道帏藏族乡 list names no person: its forms are posts
  (对岗不对人);
- 高/中/低, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``一级/二级/三级``, ``★★★/★★/★``, ``高风险/中风险/低风险`` and
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

PREFIX = "b551_"
PLACE = "循化撒拉族自治县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int,
                last: int | None = None) -> None:  # fmt: skip
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs, last)


# --------------------------------------------------------------------------- harder layout

# (股室, 岗位 as written: duty clause + 的 + title, title, 责任人, tier,
#  [(廉政风险点, 风险类型, 风险等级, 防控措施)])
DUTY_POSTS = [
    ("局领导", "主持全面工作的局长", "局长", "厍翾澧", "leader", [
        ("福彩公益金项目安排个人说了算", "制度机制", "高", "项目安排经局党组会集体研究，结果公示。"),
        ("社会组织登记审查干预打招呼", "外部环境", "中", "说情干预登记报告，审查意见存档。"),
    ]),
    ("局领导", "分管社会救助工作的副局长", "副局长", "鄢珝湄", "leader", [
        ("低保审批签字把关不严", "岗位职责", "高", "审批前查阅入户调查和核对报告，抽查复核。"),
        ("临时救助大额审批优亲厚友", "思想道德", "中", "大额临时救助集体研究，名单公示。"),
    ]),
    ("社会救助股", "负责低保审核确认的股长", "股长", "戢琮澜", "middle", [
        ("低保对象审核确认走过场", "业务流程", "高", "审核确认前核对家庭经济状况，入户抽查不少于三成。"),
        ("人情保关系保", "思想道德", "中", "近亲属备案，评议结果张榜公示。"),
    ]),
    ("社会事务股", "负责福彩公益金项目初审的股长", "股长", "缑霁瑀", "middle", [
        ("公益金项目初审降低条件", "岗位职责", "中", "初审意见两人签字，项目库公开。"),
        ("项目验收接受承办方宴请", "外部环境", "低", "验收邀请财政、审计人员参加。"),
    ]),
    ("办公室", "负责救助资金拨付核算的会计", "会计", "隗淏翀", "general", [
        ("救助资金拨付错发漏发", "业务流程", "中", "资金一律打卡发放，每月与名册核对。"),
        ("公益金与其他资金混用", "制度机制", "低", "公益金专户存储、单独核算。"),
    ]),
]  # fmt: skip


def xunhua_civil_bureau_post_by_duty() -> dict:
    unit = f"{PLACE}民政局"
    sh = _Sheet("一览表", [6, 12, 22, 9, 32, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    first = len(sh.rows)
    n = 0
    for dept, shown, title, who, tier, points in DUTY_POSTS:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, shown, who, point, typ, lv, measures)
            t.point(sh.name, dept, title, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, "审核人：", None, None, None, "2025年9月", None)
    return _layout(
        "xunhua_civil_bureau_post_by_duty",
        "http://lyg148.cn/showinfo.asp?id=26322",
        "(harder) 县民政局 岗位廉政风险防控一览表, after the source's city 福彩公益金 使用管理办法 (民政部门 初审, "
        "组织项目实施, 专款专用): 序号/股室 merged/岗位 and 责任人 merged per person/廉政风险点/short types/"
        "高/中/低/防控措施, every 岗位 cell a duty clause + 的 + the post title (``分管社会救助工作的副局长``, "
        "``负责低保审核确认的股长``, ``负责救助资金拨付核算的会计``)",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def xunhua_disabled_federation_two_sheets() -> dict:
    unit = f"{PLACE}残疾人联合会"
    t = _Truth(unit)
    lead = _Sheet("领导", [6, 10, 10, 18, 34, 8, 32])
    _line(lead, f"{unit}领导班子廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("郦璘沨", "理事长", "主持全面工作", [
            ("残疾人就业保障金项目安排随意", "一级", "项目安排经理事会集体研究，结果公开。"),
            ("无障碍改造施工单位指定", "二级", "改造项目比选施工单位，过程留痕。"),
        ]),
        ("弭珺翕", "副理事长", "分管康复和辅助器具", [
            ("辅助器具采购接受供应商好处", "一级", "辅具采购按规定招标，验收两人以上。"),
            ("康复救助对象审核不严", "三级", "康复救助名单公示，随机回访。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "领导", post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("科室", [6, 14, 10, 10, 34, 8, 32])
    _line(dept, f"{unit}科室岗位廉政风险防控表", 7)
    dept.add("序号", "部室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("康复就业部", "部长", "宦沁翮", "middle", "残疾人两项补贴审核把关不严", "一级", "补贴名单与残疾证系统比对，按季复核。"),
        ("康复就业部", "部长", "宦沁翮", "middle", "就业培训人数虚报", "二级", "培训凭签到和影像材料结算。"),
        ("组联宣文部", "科员", "蔺翯琤", "general", "残疾人活动经费虚列", "三级", "活动经费凭票据和签到表报销。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    return _layout(
        "xunhua_disabled_federation_two_sheets",
        "http://zgkjsz.com/page/2016/0130/16204625.shtml",
        "县残疾人联合会's file in two sheets, after the source's paper on 残疾人基本辅助器具服务保障 (辅具服务, "
        "康复, 保障制度): ``领导`` with 姓名/职务/分管工作 merged per person; ``科室`` with 部室/岗位/姓名 merged; "
        "``一级/二级/三级``; no type",
        [lead, dept], t,
    )  # fmt: skip


def xunhua_welfare_centre_list() -> dict:
    unit = f"{PLACE}社会福利中心"
    sh = _Sheet("一览表", [6, 14, 9, 9, 34, 13, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控一览表", 8)
    sh.add("序号", "部室", "岗位", "责任人", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "訾璟潆", "leader", "特困人员入住审批随意", "制度机制风险", "高风险",
         "入住按评估结果排序，名单公示。"),
        ("中心领导", "主任", "訾璟潆", "leader", "供养物资采购指定商户", "岗位职责风险", "中风险",
         "物资采购比价，大宗采购集体研究。"),
        ("护理部", "部长", "冀淏珈", "middle", "护理等级评定收受家属好处", "外部环境风险", "中风险",
         "护理等级两人评定，结果告知家属。"),
        ("护理部", "护理员", "钭霈翎", "general", "截留供养对象零用钱", "思想道德风险", "低风险",
         "零用钱按月打卡发放，本人签收。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), WORDS[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, "审核人：", None, None, "主任（签字）：", None, None)
    return _layout(
        "xunhua_welfare_centre_list",
        "https://www.seridoat.com/article/zhong-guo-fu-li-zi-jin-ru-he-que-bao-mei-yi-fen-qian-dou-yong-zai-dao-ren-shang-bing-zhen-zheng-hui.html",
        "县社会福利中心 廉政风险防控一览表, after the source's essay on how 福利资金 reach 低保 and 特困 (精准识别, "
        "申请受理, 信息核对): 序号/部室 merged/岗位 and 责任人 merged per person/风险点/``…风险`` types/"
        "``高风险/中风险/低风险``/防控措施; 填表人/审核人/主任 line",
        [sh], t,
    )  # fmt: skip


def xunhua_funeral_office_group_rows() -> dict:
    unit = f"{PLACE}殡葬管理所"
    sh = _Sheet("责任清单", [6, 10, 10, 38, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、所领导", "所领导", [
            ("所长", "闾翀璿", "leader", [
                ("公益性公墓墓穴定价随意", "一级风险", "墓穴价格按政府定价执行，明码公示。"),
                ("殡葬用品进货指定厂家", "二级风险", "殡葬用品比价采购，进销台账公开。"),
            ]),
        ]),
        ("二、殡仪服务股", "殡仪服务股", [
            ("股长", "滕翚淇", "middle", [
                ("遗体接运插队收受好处", "一级风险", "接运按受理顺序派车，登记出车信息。"),
                ("捆绑销售殡葬用品", "二级风险", "执行消费明白卡，丧属自选签字。"),
            ]),
            ("火化工", "郗琰沚", "general", [
                ("火化顺序私自调整", "三级风险", "火化按登记顺序，视频全程记录。"),
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
    sh.add("制表：", None, "审核：", None, "2025年9月", None)
    return _layout(
        "xunhua_funeral_office_group_rows",
        "https://xc.chinamae.com/news/a7def49be0cf0897198d20e013709e17.html",
        "县殡葬管理所 廉政风险防控责任清单, after the source's call for clues on 殡葬领域 abuse (违规建坟, 公墓, "
        "墓穴定价, 收费公示): 序号/岗位/姓名/廉政风险点/``一级风险/二级风险/三级风险``/防控措施 under GROUP "
        "ROWS ``一、所领导``, ``二、殡仪服务股`` merged across; 岗位 and 姓名 merged per person; no type",
        [sh], t,
    )  # fmt: skip


def xunhua_chahandusi_office_cards() -> dict:
    unit = f"{PLACE}查汗都斯乡民政办"
    t = _Truth(unit)
    cards = [
        ("主任", "甯珩澍", "leader", [
            ("低保初审签字不核实", "★★★", "初审前入户核实，两人以上签字。"),
            ("救灾物资分配优亲厚友", "★★", "救灾物资分配名单村内公示。"),
        ]),
        ("民政专干", "昝翊泷", "general", [
            ("特困人员名单公示不全", "★★", "名单在村公示栏公示七个工作日。"),
            ("高龄补贴死亡未及时停发", "★", "每月与殡葬火化信息比对。"),
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
        sh.add("持卡人（签字）：", None, "分管领导（签字）：", None)
        sheets.append(sh)
    return _layout(
        "xunhua_chahandusi_office_cards",
        "https://www.tjbd.gov.cn/zwgk/jczwgk/ly/shjzly/202012/t20201216_5039688.html",
        "查汗都斯乡民政办 岗位廉政风险防控卡, one sheet a holder (tabs 主任, 民政专干), after the source's "
        "社会救助领域基层政务公开标准目录 (低保, 特困, 临时救助 名单 公示): ``姓　名 | … | 职　务 | …``, "
        "序号/廉政风险点/``★★★/★★/★``/防控措施; a ``注：`` line; 持卡人/分管领导 签字",
        sheets, t,
    )  # fmt: skip


def xunhua_qingshui_office_selfchecks() -> dict:
    unit = f"{PLACE}清水乡民政办"
    t = _Truth(unit)
    people = [
        ("亓澂瑶", "主任", "leader", "办领导", [
            ("农村幸福院运营补助虚报", "高", "补助按入住人数核定，乡纪委审核。"),
            ("社会救助资金审批不按程序", "中", "审批按流程逐级签字，资料归档。"),
        ]),
        ("邰翾沛", "社工", "general", "救助组", [
            ("入户调查记录不实", "中", "入户两人以上，调查表本人签字。"),
            ("困难群众信息泄露", "低", "信息专人管理，查阅登记。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, dept, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "岗　位", "所在部门", None, None)
        sh.add(who, post, dept, None, None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, ((point, lv, measures), found) in enumerate(
            zip(points, ("已落实", "未发现问题"), strict=True), 1
        ):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        sh.add()
        sh.add("本人签名：", None, "乡意见：", None, None)
        sheets.append(sh)
    return _layout(
        "xunhua_qingshui_office_selfchecks",
        "http://bnn6.com/view-92965-1.html",
        "清水乡民政办 岗位廉政风险自查表, one sheet a person (tab = the person), after the source's page on who runs "
        "彩票公益金 (收支两条线, 管理使用单位, 公示): a label row ``姓　名 | 岗　位 | 所在部门`` over values, "
        "序号/风险点/高/中/低/防控措施/``自查情况``; ``本人签名： | 乡意见：``",
        sheets, t,
    )  # fmt: skip


def xunhua_daowei_office_posts() -> dict:
    unit = f"{PLACE}道帏藏族乡民政办"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "部门", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    a, b = "办领导", "救助组"
    rows = [
        (a, "主任", "leader", "临时救助审批", "临时救助金审批不按标准，随意提高", "制度机制", "Ⅰ级",
         "救助金额按标准核定，月度公示。"),
        (b, "民政专干", "general", "低保动态管理", "收入增加的对象未及时退出", "岗位职责", "Ⅱ级",
         "每季度复核一次，退出名单公示。"),
        (b, "民政专干", "general", "救助资金发放", "代领救助金不交本人", "思想道德", "Ⅰ级",
         "一律打卡发放，严禁代领。"),
        (b, "民政专干", "general", "救助申请受理", "收受申请人财物给予照顾", "外部环境", "Ⅲ级",
         "受理登记，一次性告知。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办领导", None, None, "审核：", None, None, "2025年8月", None)
    return _layout(
        "xunhua_daowei_office_posts",
        "http://ask.fsou.com/html/text/lar/171459/17145947_3.html",
        "道帏藏族乡民政办 廉政风险点排查表 对岗不对人, after the source's city 公益金 rules (专户存储, 审计, 截留、"
        "挪用 受罚): 部门 merged/岗位 merged/a short 风险点/a long 风险表现/short types/``Ⅰ级/Ⅱ级/Ⅲ级``/"
        "防控措施; no names",
        [sh], t,
    )  # fmt: skip


def xunhua_wendu_office_duty_list() -> dict:
    unit = f"{PLACE}文都藏族乡民政办"
    sh = _Sheet("责任清单", [6, 10, 10, 18, 36, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 7)
    sh.add("序号", "岗位", "姓名", "职责事项", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("主任", "扈珞澶", "leader", "残疾人两项补贴初审", "补贴初审不核对残疾证", "一级",
         "初审与残疾证系统比对，名单公示。"),
        ("主任", "扈珞澶", "leader", "孤儿基本生活费", "监护情况不核实照发", "二级", "每半年入户核查监护情况。"),
        ("民政专干", "敖琪淓", "general", "残疾评定申请受理", "为不符合条件者代办评残", "二级",
         "评残申请本人到场，资料存档。"),
        ("民政专干", "敖琪淓", "general", "救助台账管理", "台账与发放名册不符", "三级", "台账每月与名册核对。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, tier, duty, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, duty, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年8月", None, None)
    return _layout(
        "xunhua_wendu_office_duty_list",
        "http://fengdujob.net/go/残疾人认证在哪个部门.html",
        "文都藏族乡民政办 廉政风险防控责任清单, after the source's page on where 残疾人 are assessed (残疾证, 评残, "
        "残联): 序号/岗位 and 姓名 merged per person/``职责事项``/廉政风险点/``一级/二级/三级``/防控措施",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    xunhua_civil_bureau_post_by_duty(),
    xunhua_disabled_federation_two_sheets(),
    xunhua_welfare_centre_list(),
    xunhua_funeral_office_group_rows(),
    xunhua_chahandusi_office_cards(),
    xunhua_qingshui_office_selfchecks(),
    xunhua_daowei_office_posts(),
    xunhua_wendu_office_duty_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch551-inbox"))

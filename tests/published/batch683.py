"""The six-hundred-and-eighty-third batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of the 矿区 and 安全生产
bodies of one district, 扎赉诺尔区 (of 呼伦贝尔市, 内蒙古) — its 应急管理局, 安全生产执法大队, 矿山救护队,
煤矿安全生产监管中心, 应急救援中心, 矿山安全服务中心 and 危险化学品安全监管站 — each handing back the
一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 应急管理局's 一览表 in TWO SHEETS ``局领导`` / ``股室``, ``一级/二级/三级``, no type column;
- the 安全生产执法大队's 排查表 对岗不对人 (``中队`` and ``岗位`` merged, no names), ``…风险`` types, 高/中/低;
- the 矿山救护队's 防控卡, one sheet a leader, ``★★★/★★/★`` read by a ``注：`` line;
- the 煤矿安全生产监管中心's 清单 under GROUP ROWS ``一、中心领导`` …, ``一级风险/二级风险/三级风险``;
- the 应急救援中心's 自查表, one sheet a person, label row over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``;
- the 矿山安全服务中心's 一览表 under ``附件3`` and a 填报单位 line, holders on every row, short types,
  ``高风险/中风险/低风险``;
- the 危险化学品安全监管站's 登记表, ``科室`` merged, ``岗位 | 姓名`` merged per person, ``一级/二级/三级``,
  a ``注：`` line.

One is harder:

- ``zhalainuoer_coal_supervision_station_upright_names``: the 煤矿安全监察站's 廉政风险点排查表, an
  ordinary list ``序号 | 科室 | 岗位 | 姓名 | 廉政风险点 | 风险等级 | 防控措施`` with 科室 and 岗位 merged over
  each holder's rows, but the NARROW ``姓名`` column is NOT merged: each holder's name is typed ONE
  CHARACTER A CELL down his rows (``佘`` in the first row of his block, ``翀`` in the second, ``岍`` in the
  third; each block here as long as the name), so that the printed sheet shows the name standing upright
  beside his points. The README's 读得懂的表 knows names typed one character a LINE inside one cell
  (``竖排、一字一行``, Alt+Enter), a 姓名 merged down a block and names written on every row, a post on
  one row and the name on the next in one ``岗位及责任人`` column; it does not describe a name spread one
  character a CELL down the unmerged rows of the holder's block, where no single cell holds a name.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 县安监局's officials taking
红包 in 安全检查、事故处理、整改验收 and 烟花爆竹 监管; an 应急管理综合行政执法大队's 警示教育 on 监管
执法人员 收受贿赂、伪造整改文书; a 煤监局's 执法 on 假停产 and 罚款; a 县's 矿山安全生产 measures; a
煤矿安全专项整治 plan — 五假五超三瞒三不; a 检查组 taking 红包 at a 煤业公司's 复工复产 验收; a 煤矿
运输事故调查报告; a 市安监局's 审批 corruption — 危化企业、矿山企业、烟花爆竹) and the layout follows
their words for the unit, its parts, its posts and its risks. The rows are worded by us, the names
invented (the rare surnames 佘 and 殷 with rare given names); every unit is a body of 扎赉诺尔区.

Run ``python tests/published/score.py --set batch683`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a holder's name is the characters of the 姓名 column down his block (the block
  being the rows his merged 岗位 cell spans), read top to bottom; one form a holder, 科室 from the
  merged 科室 cell; the blank 姓名 cells under the name are his rows too;
- ``站领导``, ``局领导``, ``中心领导``, ``队领导`` (a 科室 cell, a sheet, a group row) are the 科室 of those
  leaders, except where the leaders stand on a sheet or card with no 科室 column (科室 blank);
- 局长, 副局长, 站长, 副站长, 主任, 副主任, 队长, 大队长 and 副队长 of a unit are leaders; 股长, 科长,
  中队长 and 小队长 middle; the rest general;
- the 执法大队's list names no person: its forms are posts (对岗不对人);
- ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, 高/中/低 and ``高风险/中风险/低风险``
  are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b683_"
PLACE = "扎赉诺尔区"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# (科室, 岗位, 姓名, tier, [(廉政风险点, 高/中/低, 防控措施)])
UPRIGHT = [
    ("站领导", "站长", "佘翀岍", "leader", [
        ("对煤矿假停产、假整改问题查处不严，以罚代改", "高", "重大隐患查处结果站务会集体研究，整改销号现场复核。"),
        ("行政处罚自由裁量权使用不当，随意减免罚款", "高", "罚款额度按裁量基准执行，重大处罚法制审核。"),
        ("接受被监察煤矿宴请、礼金", "中", "严守中央八项规定精神，节前廉洁提醒。"),
    ]),
    ("站领导", "副站长", "殷湜", "leader", [
        ("煤矿复工复产验收走过场", "高", "验收组随机抽取组成，验收记录全程留痕。"),
        ("事故调查中为责任单位说情开脱", "中", "事故调查实行回避，调查报告集体审定。"),
    ]),
    ("监察一科", "科长", "殷澍翀", "middle", [
        ("执法检查计划安排带有倾向性，对部分煤矿检查频次不足", "中", "执法计划双随机抽取，按月通报执行情况。"),
        ("重大事故隐患判定标准把握不严", "高", "隐患判定双人复核，报站长审定。"),
        ("执法文书制作不规范，事后补签", "低", "执法文书当场制作，全程执法记录仪记录。"),
    ]),
    ("监察一科", "监察员", "佘沅", "general", [
        ("井下检查不到现场，以查资料代替查现场", "中", "下井检查实行定位打卡，资料与现场并重。"),
        ("向煤矿推荐安全设备、检测机构", "中", "签订廉洁执法承诺书，接受企业评议。"),
    ]),
    ("监察二科", "科长", "佘璆澐", "middle", [
        ("超层越界、超能力生产线索核查不及时", "高", "线索登记台账，限时核查，结果报站备案。"),
        ("远程监察发现问题不移交处理", "中", "远程监察问题日清单，移交记录留存。"),
        ("泄露检查时间和线索", "低", "暗查暗访计划严格保密，检查前统一收缴手机。"),
    ]),
]  # fmt: skip


def zhalainuoer_coal_supervision_station_upright_names() -> dict:
    unit = f"{PLACE}煤矿安全监察站"
    sh = _Sheet("排查表", [6, 12, 10, 5, 40, 9, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    _line(sh, f"单位：{unit}{GAP * 20}2025年6月", 7)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in UPRIGHT:
        assert len(points) >= len(who)
        for i, (point, lv, measures) in enumerate(points):
            n += 1
            sh.add(n, dept, post, who[i] if i < len(who) else None, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    # 科室 merged over its runs, 岗位 over each holder's rows (the block); 姓名 left unmerged
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("填表人：", None, None, None, "审核人：", None, "站长（签字）：")
    return _layout(
        "zhalainuoer_coal_supervision_station_upright_names", "http://nios.com.cn/home/mthydt/2021-05-25/23006.html",
        "(harder) 区煤矿安全监察站 岗位廉政风险点排查表, after the source's 煤监局 执法 (假停产, 重大违法行为, 罚款, 监察员, "
        "执法频次, 处罚力度): a title, a merged ``单位：…　2025年6月`` line, then 序号/科室 merged/岗位 merged per holder/"
        "a NARROW 姓名 column NOT merged with each holder's name typed ONE CHARACTER A CELL down his block (first rows; "
        "the rest blank)/廉政风险点/风险等级 高/中/低/防控措施; no type column; a 填表人/审核人/站长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def zhalainuoer_emergency_bureau_two_sheets() -> dict:
    unit = f"{PLACE}应急管理局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 20, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("殷翾昶", "局长", "主持全面工作", [
            ("安全生产执法检查计划和重点企业确定个人说了算", "一级", "执法计划经局党组会研究，按双随机抽取。"),
            ("应急物资采购项目插手干预", "一级", "采购一律进入公共资源交易平台。"),
        ]),
        ("佘琤霂", "副局长", "分管危化、烟花爆竹、非煤矿山", [
            ("烟花爆竹经营许可审批降低条件", "一级", "许可条件公开，现场核查两人以上。"),
            ("事故调查处理中说情打招呼", "二级", "事故调查组成员回避，调查报告集体审定。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "", post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("股室", [6, 16, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}股室廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("行业监察股", "股长", "殷瀛珂", "middle", "安全检查中收受企业红包，对隐患睁只眼闭只眼", "一级",
         "检查组两人以上，检查结果当场反馈并存档。"),
        ("行业监察股", "股长", "殷瀛珂", "middle", "整改验收降低标准", "二级", "整改验收实行复查复核。"),
        ("行业监察股", "股员", "佘岫泠", "general", "查获的非法烟花爆竹私自处置", "二级", "罚没物品登记入库，集中销毁。"),
        ("行政审批股", "股长", "佘霈琮", "middle", "危化企业经营许可审查把关不严", "一级", "审查实行初审、复审两级。"),
        ("行政审批股", "股员", "殷沨璟", "general", "审批材料受理吃拿卡要", "三级", "受理清单公开，办理时限公示。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "zhalainuoer_emergency_bureau_two_sheets", "http://fanfu.people.com.cn/n/2014/0805/c64371-25407464-2.html",
        "区应急管理局 廉政风险防控一览表 in TWO SHEETS, after the source's 安监局 officials (借检查之名敛财, 安全检查, 事故处理, "
        "整改验收, 烟花爆竹监管, 行业监察科): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 "
        "merged and 岗位/姓名 merged per person; ``一级/二级/三级``; no type column",
        [lead, dept], t,
    )  # fmt: skip


def zhalainuoer_enforcement_brigade_posts() -> dict:
    unit = f"{PLACE}安全生产执法大队"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "中队", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("大队领导", "大队长", "leader", "执法案件办理", "重大案件不经集体讨论，违规撤案", "制度机制风险", "高",
         "重大案件集体讨论，法制审核。"),
        ("执法一中队", "中队长", "middle", "隐患整改复查", "收受企业好处，伪造整改文书", "思想道德风险", "高",
         "复查现场拍照留存，整改文书双人签字。"),
        ("执法一中队", "中队长", "middle", "处罚决定执行", "罚款不及时催缴，违规分期", "岗位职责风险", "中",
         "罚款缴纳台账月度核对。"),
        ("执法一中队", "执法队员", "general", "现场检查", "检查走过场，对重大隐患视而不见", "岗位职责风险", "中",
         "执法记录仪全程记录，检查表企业签字。"),
        ("执法二中队", "执法队员", "general", "证据收集", "证据收集不全，选择性取证", "业务流程风险", "中",
         "案卷评查，每季度抽查。"),
        ("执法二中队", "执法队员", "general", "涉案物品管理", "扣押物品保管不善，私自处置", "业务流程风险", "低",
         "扣押物品清单当场交付，专库保管。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "zhalainuoer_enforcement_brigade_posts", "http://ewenke.gov.cn/OpennessContent/show/546001.html",
        "区安全生产执法大队 岗位廉政风险点排查表 对岗不对人, after the source's 应急管理综合行政执法大队 警示教育 (执法人员 "
        "收受企业贿赂, 隐瞒隐患, 伪造整改文书): a title, 序号/中队 merged/岗位 merged per post/a short 风险点/a long "
        "风险表现/风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def zhalainuoer_mine_rescue_cards() -> dict:
    unit = f"{PLACE}矿山救护队"
    t = _Truth(unit)
    cards = [
        ("队长", "佘翊澂", "队长", "主持救护队全面工作", "leader", [
            ("救护装备采购指定品牌、收受回扣", "★★★", "装备采购按政府采购程序，需求集体论证。"),
            ("有偿救援、技术服务收费不入账", "★★★", "服务收费统一开票，纳入单位账户。"),
            ("接受煤矿企业宴请", "★", "严守中央八项规定精神。"),
        ]),
        ("副队长", "殷琇澧", "副队长", "分管训练、战备", "leader", [
            ("矿山救护培训考核放宽标准", "★★", "考核成绩公示，资料存档备查。"),
            ("预防性安全检查走过场", "★★", "检查记录企业签字，随机抽查。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}领导干部廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("分管工作", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "zhalainuoer_mine_rescue_cards", "http://hlbaoqing.gov.cn/bq/1262/202410/c07_215261.shtml",
        "区矿山救护队 领导干部廉政风险防控卡, one sheet a leader, after the source's 县 矿山安全生产 若干措施 (矿山安全准入, "
        "救援能力, 安全检查): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then 序号/风险点/风险等级 "
        "``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def zhalainuoer_coal_center_group_rows() -> dict:
    unit = f"{PLACE}煤矿安全生产监管中心"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "殷澈琬", "leader", [
                ("煤矿“五假五超”问题查处不力", "一级风险", "查处情况每月通报，问题清单销号管理。"),
                ("对瞒报谎报事故线索不核查", "一级风险", "线索登记核查，结果报区应急管理局。"),
            ]),
        ]),
        ("二、监管科", "监管科", [
            ("科长", "佘淏璘", "middle", [
                ("安全生产标准化达标评审把关不严", "二级风险", "评审专家随机抽取，结果公示。"),
            ]),
            ("科员", "殷珝岷", "general", [
                ("监测监控数据异常不报告", "二级风险", "数据异常当日报告，台账留存。"),
                ("检查中接受企业礼品", "三级风险", "签订廉洁承诺书。"),
            ]),
        ]),
        ("三、综合科", "综合科", [
            ("科长", "佘玧沣", "middle", [
                ("安全培训费用使用不规范", "二级风险", "培训经费专账核算，年终公示。"),
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
    sh.add("制表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "zhalainuoer_coal_center_group_rows", "https://p.safehoo.com/Files/ssfa/202111/5657534.shtml",
        "区煤矿安全生产监管中心 廉政风险防控责任清单, after the source's 煤矿安全专项整治 方案 (五假五超三瞒三不, 隐患排查, "
        "标准化, 远程监管): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under "
        "GROUP ROWS ``一、中心领导``, ``二、监管科``, ``三、综合科`` merged across; 岗位 and 姓名 merged per person",
        [sh], t,
    )  # fmt: skip


def zhalainuoer_rescue_center_selfchecks() -> dict:
    unit = f"{PLACE}应急救援中心"
    t = _Truth(unit)
    people = [
        ("佘湉珞", "中心领导", "主任", "leader", [
            ("复工复产检查验收收受红包", "Ⅰ级", "检查组成员签订廉洁承诺，验收结果公示。", "已落实"),
            ("应急演练经费虚报冒领", "Ⅱ级", "演练经费按实结算，凭证存档。", "未发现问题"),
        ]),
        ("殷岚瑀", "综合股", "会计", "general", [
            ("应急物资报账单据审核不严", "Ⅰ级", "报账单据三级审核。", "已落实"),
            ("物资出入库账实不符", "Ⅲ级", "每季度盘点，账物核对。", "已落实"),
        ]),
        ("佘瑷沄", "救援股", "股长", "middle", [
            ("救援车辆私用", "Ⅱ级", "车辆派车单管理，定位监控。", "未发现问题"),
            ("救援补助发放不实", "Ⅲ级", "补助名单公示。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在股室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "zhalainuoer_rescue_center_selfchecks", "http://m.jiangsulong.com/a/2020/0706/0683917.html",
        "区应急救援中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 检查组 "
        "红包 case (煤业公司 复工复产 检查验收, 生活补贴): a title, a label row ``姓　名 | 所在股室 | 岗　位 | 填表时间`` "
        "over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column",
        sheets, t,
    )  # fmt: skip


def zhalainuoer_mine_service_center_list() -> dict:
    unit = f"{PLACE}矿山安全服务中心"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "殷瀚琤", "leader", "事故调查技术鉴定委托中指定机构", "制度机制", "高风险",
         "鉴定机构比选确定，结果公示。"),
        ("中心领导", "主任", "殷瀚琤", "leader", "矿山安全评价报告审查走过场", "岗位职责", "中风险",
         "审查意见专家签字，存档备查。"),
        ("技术部", "部长", "佘翎湘", "middle", "井下运输系统检测数据弄虚作假", "业务流程", "高风险",
         "检测数据系统留痕，抽样复测。"),
        ("技术部", "检测员", "殷琰澍", "general", "检测收费不开票", "思想道德", "中风险", "收费统一开票入账。"),
        ("综合部", "出纳", "佘珑滢", "general", "现金坐支、公款私存", "业务流程", "低风险", "现金日清月结。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "zhalainuoer_mine_service_center_list", "https://alkalizemylife.com/html/2022/06/08/634176.shtml",
        "区矿山安全服务中心 岗位廉政风险防控一览表, after the source's 煤矿 运输事故调查报告 (隐瞒事故, 事故调查组, 技术鉴定, "
        "检测检验): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 on EVERY row/"
        "廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a sign-off line",
        [sh], t,
    )  # fmt: skip


def zhalainuoer_hazchem_station_register() -> dict:
    unit = f"{PLACE}危险化学品安全监管站"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "殷昀霁", "leader", [
            ("危化企业安全许可审查打招呼", "制度机制", "一级", "许可审查集体研究，结果公开。"),
            ("与监管企业存在利益往来", "思想道德", "二级", "签订廉洁承诺，亲属经商报备。"),
        ]),
        ("许可科", "科长", "佘澐珩", "middle", [
            ("许可材料审查不严，违规发证", "岗位职责", "一级", "材料审查双人复核。"),
        ]),
        ("监管科", "科员", "殷霂琬", "general", [
            ("重大危险源检查走过场", "岗位职责", "二级", "检查记录拍照留存。"),
            ("对危化品运输违规行为不处理", "外部环境", "三级", "违法线索登记移交。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为一级、二级、三级，一级为最高。", 8)
    sh.add("编制人：", None, "审核人：", None, "2025年4月", None, None, None)
    return _layout(
        "zhalainuoer_hazchem_station_register", "http://fanfu.people.com.cn/BIG5/n/2014/0828/c64371-25555682.html",
        "区危险化学品安全监管站 廉政风险点排查登记表, after the source's 市安监局 审批 corruption (危化企业经营, 矿山企业, "
        "烟花爆竹批发 审批, 安全检查): a title, 序号/科室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short "
        "names)/风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    zhalainuoer_coal_supervision_station_upright_names(),
    zhalainuoer_emergency_bureau_two_sheets(),
    zhalainuoer_enforcement_brigade_posts(),
    zhalainuoer_mine_rescue_cards(),
    zhalainuoer_coal_center_group_rows(),
    zhalainuoer_rescue_center_selfchecks(),
    zhalainuoer_mine_service_center_list(),
    zhalainuoer_hazchem_station_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch683-inbox"))

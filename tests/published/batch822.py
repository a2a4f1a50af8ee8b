"""The eight-hundred-and-twenty-second batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's forestry
bodies, 泾县 (of 宣城市, 安徽省) — its 林业局, 森林防火指挥部办公室, 林业行政执法大队, 马头国有林场, a
自然保护区管理站 and the 林业站 of two towns (茂林镇, 云岭镇) — each handing back the 一览表, 防控卡,
排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 林业局's 一览表 in TWO SHEETS: ``局领导`` (``职务 | 姓名 | 分管工作`` merged per leader) and ``股室``
  (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 森林防火指挥部办公室's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` and a merged
  ``分管工作`` line, ``★★★/★★/★`` read by a ``注：`` line;
- the 茂林镇林业站's 一览表: no 科室 column, ``岗位 | 姓名`` merged per person, ``…风险`` types,
  高/中/低;
- the 马头国有林场's 责任清单 under GROUP ROWS ``一、场领导`` … ``三、护林防火股`` merged across, ``岗位 |
  姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 自然保护区管理站's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, short ``风险类型``,
  ``高风险/中风险/低风险``; no names;
- the 林业行政执法大队's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on
  EVERY row, short types, ``Ⅰ级/Ⅱ级/Ⅲ级``;
- the 云岭镇林业站's 自查表, one sheet a person: a label row ``姓　名 | 岗　位 | 填表时间`` over a row
  of values, ``A级/B级/C级`` read by a ``注：`` line, ``自查情况``, no type column.

One is harder:

- ``jingxian_timber_checkpoint_report``: the 木竹检查站's 岗位廉政风险排查情况报告 pasted from Word
  into one sheet: a title, a merged opening paragraph, a merged ``一、各岗位排查情况`` line, then for
  each holder a merged REPORT PARAGRAPH that names him in the middle of a sentence of prose
  (``（一）站长禹翾翎同志，主持检查站全面工作，……经个人自查、站内互查，查找出廉政风险点3个，具体如下：``)
  followed by his own small table ``序号 | 廉政风险点 | 风险等级 | 防控措施`` (a heading row each, no
  科室/岗位/姓名 column); two 检查员 are told apart only by the names in their paragraphs; a closing
  ``二、下一步工作`` paragraph and a sign-off. The README's 读得懂的表 knows group rows naming a 科室
  or ``岗位　姓名``, labelled lines ``以下风险点责任人：…``, ``表1　主任　某某　岗位廉政风险点`` captions,
  a letter's salutation ``致：…同志：`` and a reminder card's ``X同志：`` line, a prose 责任分工 cell
  (``…具体负责``) and a prose 领导班子分工 line keyed by 分管科室; it does not describe report prose
  whose paragraph, numbered ``（一）``, names the holder (post then name then ``同志，``) inside a
  sentence about his duties and the count of his points, each paragraph over its own table.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a journal note on 祁门's
木竹检查站 — 常年驻守, 检查木竹运输; an essay on 森林采伐管理制度 — 采伐限额 编制, 调查取证, 伐区
设计; a note on 石城县's 森林保护专项资金 — “三防”专帐, 扑火工具 购置, 队员工资, 防火林带 奖励补助; a
village's 森林生态补助费 发放 — 林区维护, 补助金 用途; a 乡林场's 征占用林地 专项清理 — 未批先占、少批
多占; a study of a 自然保护区's 退化栖息地 恢复 — 料场, 开矿, 旅游开发; 安徽's 非法侵占林地 清理排查 —
卫片判读, 毁林开垦, 行政问责; a 区林业局's 林权纠纷 调处 — 调处小组, 限时调解) and the layout follows
their words for the unit, its parts, its posts and its risks. The rows are worded by us, the
names invented (the rare surnames 禹 and 眭 with rare given names); every unit is a body of 泾县.

Run ``python tests/published/score.py --set batch822`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each ``（一）`` … paragraph names the holder of the small table under it: the
  post is the word before the name (站长, 副站长, 检查员), the name the three characters before
  ``同志``; the rest of the paragraph (duties, counts) is no point; the opening and closing
  paragraphs, the ``一、``/``二、`` lines and the sign-off are no points and name no holder; the
  station has no 科室 (one form a holder); the repeated heading rows are headings;
- ``局领导``, ``场领导``, ``站领导``, ``大队领导`` (a sheet, a group row, a 科室 or 部门 cell) are the 科室
  of those leaders where the file writes them; the 林业局's leaders (sheet ``局领导``, no 科室
  column), the cards' holders and the 林业站s' people have no 科室; a 局's 股, a 林场's 股, a
  保护区管理站's 科 and a 大队's 中队 are 科室; a group row ``二、营林股`` gives the 科室 ``营林股``;
- every body is a unit of its own: 局长, 副局长, 场长, 副场长, 站长, 副站长, 大队长 and the 防火办's
  主任/副主任 are leaders; 股长, 科长 and 中队长 middle; the rest general;
- the 保护区管理站's list names no person: its forms are posts (对岗不对人);
- ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, ``A级/B级/C级``, 高/中/低 and
  ``高风险/中风险/低风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b822_"
PLACE = "泾县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
LETTERS = {"A级": 1, "B级": 2, "C级": 3}
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# (paragraph number, post, tier, name, duties, [(point, level, measures)])
REPORTED = [
    ("（一）", "站长", "leader", "禹翾翎", "主持检查站全面工作，负责木竹运输查验的审核把关和罚没木竹的处置", [
        ("对无证运输木竹案件降格处理、以罚代移", "一级", "案件处理由站务会集体研究，移送案件登记台账，每月报县林业局。"),
        ("罚没木竹处置不公开拍卖，低价内部处理", "一级", "罚没木竹一律委托拍卖，处置结果在站内公示。"),
        ("接受木竹经营户宴请、礼品", "三级", "节前廉洁提醒，签订廉洁承诺书。"),
    ]),
    ("（二）", "副站长", "leader", "眭沅翊", "协助站长工作，分管值班调度和木竹检查票据管理", [
        ("值班安排照顾熟人车辆“放行”", "二级", "值班表提前一周公布，查验全程视频记录。"),
        ("检查登记票据不按号使用、缺号不查", "二级", "票据领用、核销由专人登记，每月核对号段。"),
    ]),
    ("（三）", "检查员", "general", "禹澂岍", "负责白班过往车辆木竹运输凭证查验和登记", [
        ("查验运输凭证走过场，货证不符不处理", "一级", "查验实行双人同岗，货证核对结果签字确认。"),
        ("向过往车辆“吃拿卡要”", "二级", "检查站公开监督电话，群众举报一查到底。"),
    ]),
    ("（四）", "检查员", "general", "眭翀沨", "负责夜间值守查验和木竹运输违法线索移送", [
        ("夜间值守擅自离岗，车辆不查即放", "二级", "夜班视频抽查，站长每周调阅录像。"),
        ("违法运输线索不移送，私下收取好处", "三级", "线索移送登记，执法大队定期回访核对。"),
    ]),
]  # fmt: skip


def jingxian_timber_checkpoint_report() -> dict:
    unit = f"{PLACE}木竹检查站"
    sh = _Sheet("排查报告", [6, 42, 10, 42])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险排查情况报告", 4)
    n = sum(len(points) for *_rest, points in REPORTED)
    _line(sh, (f"根据县林业局党组关于开展岗位廉政风险排查防控工作的部署，我站组织全体人员对照岗位职责开展廉政风险"
               f"排查，共查找出廉政风险点{n}个。现将各岗位排查情况报告如下："), 4)  # fmt: skip
    _line(sh, "一、各岗位排查情况", 4)
    for no, post, tier, who, duties, points in REPORTED:
        _line(sh, (f"{no}{post}{who}同志，{duties}。经个人自查、站内互查，查找出廉政风险点{len(points)}个，"
                   "具体如下："), 4)  # fmt: skip
        sh.add("序号", "廉政风险点", "风险等级", "防控措施")
        for i, (point, lv, measures) in enumerate(points, 1):
            sh.add(i, point, lv, measures)
            t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    _line(sh, "二、下一步工作", 4)
    _line(sh, ("我站将把上述风险点及防控措施纳入站务公开内容，每季度开展一次防控措施落实情况自查，"
               "对查出的问题及时整改，并向县林业局驻局纪检监察组报告。"), 4)  # fmt: skip
    sh.add(None, None, unit, None)
    sh.add(None, None, "2025年5月20日", None)
    return _layout(
        "jingxian_timber_checkpoint_report", "https://soolun.net/periodical/96aee8f0ae1dc064e5b505e7001cf2d8.html",
        "(harder) 县木竹检查站 岗位廉政风险排查情况报告 pasted from Word into one sheet, after the source's note on 祁门's "
        "木竹检查站 (常年驻守边关, 林区木竹运输): a title, a merged opening paragraph, ``一、各岗位排查情况``, then per "
        "holder a merged REPORT PARAGRAPH naming him inside a sentence of prose (``（一）站长禹翾翎同志，主持……查找出"
        "廉政风险点3个，具体如下：``) over his own small table 序号/廉政风险点/风险等级 ``一级/二级/三级``/防控措施 "
        "(a heading row each, no 科室/岗位/姓名 column); two 检查员 told apart by their paragraphs only; a closing "
        "``二、下一步工作`` paragraph and a sign-off (unit, date)",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def jingxian_forestry_bureau_two_sheets() -> dict:
    unit = f"{PLACE}林业局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 20, 38, 9, 34])
    _line(lead, f"{unit}局领导班子成员廉政风险防控一览表", 7)
    lead.add("序号", "职务", "姓名", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("局长", "禹霂琤", "主持全面工作", [
            ("年度森林采伐限额分配向关系户倾斜", "一级", "限额分配方案经局党组会集体研究，分乡镇结果公开。"),
            ("林业重点工程项目插手干预招投标", "一级", "工程项目一律进入县公共资源交易中心交易。"),
        ]),
        ("副局长", "眭璆岫", "分管资源林政、林木采伐", [
            ("林木采伐许可证审批签批不严，超限额发证", "一级", "采伐许可实行股室初审、分管领导审核、台账月报。"),
            ("使用林地审核意见签署前不到现场", "二级", "使用林地项目现场查验，查验记录随卷归档。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for post, who, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, post, who, work, point, lv, measures)
            t.point(lead.name, "", post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[2]) for c in (1, 2, 3)])
    dept = _Sheet("股室", [6, 14, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}股室岗位廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("资源林政股", "股长", "禹湉珣", "middle", "伐区调查设计审核把关不严，虚增蓄积", "一级",
         "伐区设计抽查复核，复核比例不低于20%。"),
        ("资源林政股", "股长", "禹湉珣", "middle", "采伐限额编制数据弄虚作假", "二级", "限额编制数据与森林资源档案逐项比对。"),
        ("资源林政股", "林政员", "眭珝蘅", "general", "林木采伐申请材料受理不一次告知、故意刁难", "二级",
         "受理一次性告知，办理进度网上可查。"),
        ("资源林政股", "林政员", "眭珝蘅", "general", "伐区验收走过场，超采不报", "三级", "伐区验收两人以上参加，验收照片存档。"),
        ("生态修复股", "股长", "禹琮澈", "middle", "造林补助面积核查不实，虚报冒领", "一级", "造林面积GPS实测，补助名单村内公示。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "jingxian_forestry_bureau_two_sheets", "https://daowen.com/lilun/1523777.html",
        "县林业局 廉政风险防控一览表 in TWO SHEETS, after the source's essay on 森林采伐管理制度 (采伐限额 编制和分配, "
        "调查取证, 伐区调查设计, 编造数据): sheet 局领导 with 职务/姓名/分管工作 merged per leader, sheet 股室 with 股室 "
        "merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column; a "
        "制表/审核/date line",
        [lead, dept], t,
    )  # fmt: skip


def jingxian_fire_office_cards() -> dict:
    unit = f"{PLACE}森林防火指挥部办公室"
    t = _Truth(unit)
    cards = [
        ("主任", "眭翯岚", "主任", "主持防火办全面工作，分管防火专项资金", "leader", [
            ("森林防火专项资金不专账核算，挤占挪用", "★★★", "防火资金专账管理，年度接受审计。"),
            ("扑火机具和物资采购指定供应商", "★★★", "扑火物资按政府采购程序采购，验收三人以上签字。"),
            ("火情火灾信息迟报、瞒报", "★★", "火情信息按规定时限逐级报告，值班记录存档。"),
        ]),
        ("副主任", "禹沄砚", "副主任", "分管半专业扑火队伍和防火林带建设", "leader", [
            ("半专业扑火队员补助虚报人数", "★★", "队员花名册和补助发放表在乡镇公示。"),
            ("生物防火林带奖励补助验收不实", "★★", "防火林带逐段实测验收，奖补结果公示。"),
            ("接受扑火物资供应商礼品礼金", "★", "签订廉洁承诺书，节前开展廉洁提醒。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 36, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
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
        "jingxian_fire_office_cards", "https://genpen.com/2022/12/391637.html",
        "县森林防火指挥部办公室 岗位廉政风险防控卡, one sheet a person, after the source's note on a county's 森林保护专项资金 "
        "(“三防”专帐资金, 扑火工具 购置, 村级队员 工资待遇, 生物防火林带 奖励补助): a title, ``姓　名 | … | 职　务 | …`` "
        "and a merged 分管工作 line, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def jingxian_maolin_station_list() -> dict:
    unit = f"{PLACE}茂林镇林业站"
    sh = _Sheet("一览表", [6, 10, 10, 40, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站长", "眭潆珂", "leader", "森林生态效益补偿资金分配不按面积兑现", "制度机制风险", "高",
         "补偿面积逐户核对，兑现名单在村务公开栏公示。"),
        ("站长", "眭潆珂", "leader", "林木采伐申请初审意见随意出具", "岗位职责风险", "高", "初审须附现场查验记录，站长、林业员双签。"),
        ("站长", "眭潆珂", "leader", "收受林农、木材经营户礼品", "思想道德风险", "低", "签订廉洁承诺书，公开监督电话。"),
        ("林业员", "禹霈屾", "general", "公益林管护人员考核走过场，补助照发", "业务流程风险", "中",
         "管护人员巡山记录按月考核，考核结果与补助挂钩。"),
        ("林业员", "禹霈屾", "general", "林区维护补助发放代领代签", "业务流程风险", "中", "补助一律打卡发放，不得代领。"),
        ("报账员", "眭昶翚", "general", "站内报账票据审核不严，虚列支出", "岗位职责风险", "中", "报账实行经办人、证明人、审批人三签。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, None, 1, 2)
    sh.add("填表人：", None, "审核人：", None, None, "2025年5月", None)
    return _layout(
        "jingxian_maolin_station_list", "https://m.777doc.com/doc-2665346.html",
        "镇林业站 岗位廉政风险防控一览表, after the source's village notice on 森林生态补助费 发放 (林区维护, 补助金 用途, "
        "禁止乱砍乱伐): a title, 序号/岗位 and 姓名 merged per person/廉政风险点/风险类型 ``…风险``/风险等级 高/中/低/"
        "防控措施; no 科室 column; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def jingxian_matou_forest_farm_groups() -> dict:
    unit = f"{PLACE}马头国有林场"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、场领导", "场领导", [
            ("场长", "禹琇瀛", "leader", [
                ("林场施业区内林地被占用不制止、不上报", "一级风险", "施业区巡查每月一次，占用林地情况报县林业局。"),
                ("抚育间伐木材销售不公开，低价出售", "一级风险", "木材销售公开竞价，销售合同集体研究。"),
            ]),
            ("副场长", "眭岍沩", "leader", [
                ("林场修路、管护房建设化整为零规避招标", "二级风险", "工程项目按限额标准报批，结算审计。"),
            ]),
        ]),
        ("二、营林股", "营林股", [
            ("股长", "禹璟峤", "middle", [
                ("造林抚育工程量验收虚增", "一级风险", "工程量实测验收，验收结果在场内公示。"),
                ("苗木采购以次充好", "二级风险", "苗木进场查验质量检验证书，抽样复核。"),
            ]),
        ]),
        ("三、护林防火股", "护林防火股", [
            ("股长", "眭澍翙", "middle", [
                ("管护站巡护考勤弄虚作假", "二级风险", "巡护轨迹系统记录，每月通报。"),
            ]),
            ("护林员", "禹瀚珈", "general", [
                ("发现盗伐、未批先占林地不报告", "三级风险", "巡护日志每日填写，股长每周抽查。"),
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
        "jingxian_matou_forest_farm_groups", "http://m.redtowerstudio.com/xwzx/2018-04/17/content_325051.htm",
        "县国有林场 廉政风险防控责任清单, after the source's 乡林场 征占用林地 专项清理 (未批先占、不批也占、少批多占, "
        "执法人员进村入组): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under "
        "GROUP ROWS ``一、场领导``, ``二、营林股``, ``三、护林防火股`` merged across; 岗位 and 姓名 merged per person; no "
        "type column",
        [sh], t,
    )  # fmt: skip


def jingxian_reserve_station_posts() -> dict:
    unit = f"{PLACE}小溪河自然保护区管理站"
    sh = _Sheet("排查表", [6, 12, 10, 40, 12, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "科室", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "leader", "保护区内建设项目审核意见签署不严", "制度机制", "高风险",
         "项目审核经站务会研究，审核意见报县林业局备案。"),
        ("站领导", "站长", "leader", "退化栖息地恢复工程验收把关不严", "岗位职责", "中风险", "工程验收邀请县林业局参加，验收资料存档。"),
        ("保护科", "科长", "middle", "对保护区内违法采石、堆放料场不制止", "岗位职责", "高风险", "巡护发现问题当日上报，建立问题台账。"),
        ("保护科", "巡护员", "general", "巡护记录弄虚作假", "业务流程", "中风险", "巡护轨迹定位记录，科长每周抽查。"),
        ("科研宣教科", "科长", "middle", "科研监测项目经费虚列支出", "业务流程", "中风险", "项目经费按合同拨付，结题审计。"),
        ("科研宣教科", "科长", "middle", "为旅游开发单位出具有利的监测意见", "外部环境", "低风险", "监测数据原始记录留存，意见集体会商。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HIGHS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合科", None, None, "审核：", None, "2025年3月", None)
    return _layout(
        "jingxian_reserve_station_posts", "https://m.fx361.cc/news/2022/0817/10796042.html",
        "县自然保护区管理站 岗位廉政风险点排查表 对岗不对人, after the source's study of a 自然保护区's 退化栖息地 恢复 "
        "(料场, 开矿用地, 旅游开发, 管理能力): a title, 序号/科室 merged/岗位 merged per post/廉政风险点/风险类型 (short "
        "names)/风险等级 ``高风险/中风险/低风险``/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def jingxian_law_enforcement_list() -> dict:
    unit = f"{PLACE}林业行政执法大队"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 11, 8, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("大队领导", "大队长", "眭峣琬", "leader", "非法侵占林地案件说情打招呼、干预办案", "外部环境", "Ⅰ级",
         "干预案件情况如实登记，每季度报驻局纪检监察组。"),
        ("大队领导", "大队长", "眭峣琬", "leader", "重大行政处罚不经集体讨论", "制度机制", "Ⅰ级", "重大处罚案件法制审核、集体讨论。"),
        ("一中队", "中队长", "禹翊澐", "middle", "卫片图斑核查结论不实，应立案不立案", "岗位职责", "Ⅰ级", "图斑核查两人以上现场核实，结论签字。"),
        ("一中队", "中队长", "禹翊澐", "middle", "毁林开垦案件自由裁量畸轻", "岗位职责", "Ⅱ级", "严格执行裁量基准，处罚决定网上公开。"),
        ("一中队", "执法队员", "眭霁芃", "general", "现场勘验笔录事后补记", "业务流程", "Ⅱ级", "执法记录仪全程记录，笔录当场签字。"),
        ("二中队", "中队长", "禹岙澄", "middle", "罚没款不及时足额上缴", "业务流程", "Ⅱ级", "罚缴分离，罚款直接缴入财政专户。"),
        ("二中队", "执法队员", "眭琛沐", "general", "向当事人泄露案件查处情况", "思想道德", "Ⅲ级", "签订保密承诺，案卷专人保管。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
    sh.add("填表人：", None, None, "审核人：", None, "大队长（签字）：", None, None)
    return _layout(
        "jingxian_law_enforcement_list", "http://ordinalmonkey.com/news/daynews/2015/150227064749911939.htm",
        "县林业行政执法大队 岗位廉政风险防控一览表, after the source's 安徽 非法侵占林地 清理排查专项行动 (卫片判读, 毁林开垦 "
        "案件, 行政问责, 限期整改): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 "
        "written on EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; a 填表人/审核人/"
        "大队长（签字） line",
        [sh], t,
    )  # fmt: skip


def jingxian_yunling_station_selfchecks() -> dict:
    unit = f"{PLACE}云岭镇林业站"
    t = _Truth(unit)
    people = [
        ("禹淏翀", "站长", "leader", [
            ("林权纠纷调处偏袒一方，收受好处", "A级", "调处由调处小组集体进行，调处协议存档。", "已落实"),
            ("林权流转鉴证审核不严", "B级", "流转鉴证查验林权证原件，鉴证结果公示。", "未发现问题"),
        ]),
        ("眭沨璐", "林权管理员", "general", [
            ("林权登记资料审核不严，四至不清即上报", "A级", "四至界线现场核实，相邻权利人签字确认。", "已落实"),
            ("调解期限内不调解，拖延推诿", "C级", "调处实行限时办结，超时说明理由。", "已落实"),
        ]),
        ("禹峋瑱", "生态护林员管理员", "general", [
            ("生态护林员选聘不按程序，优亲厚友", "A级", "选聘经村评议、镇审核、县审定，名单公示。", "未发现问题"),
            ("护林员劳务补助考核不实", "B级", "补助与巡护考核挂钩，考核表村内公示。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "岗　位", "填表时间", None, None)
        sh.add(who, post, "2025年5月", None, None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, "", post, who, tier, point, [], LETTERS[lv])
        _line(sh, "注：风险等级分A级、B级、C级，A级为高风险，B级为中风险，C级为低风险。", 5)
        sh.add("本人签名：", None, "站长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "jingxian_yunling_station_selfchecks", "https://m.scbzxw.cn/showinfo-6-1124-0.html",
        "镇林业站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 区林业局 林权纠纷 "
        "调处 (调处小组, 分级负责, 专人办理, 限时调解): a title, a label row ``姓　名 | 岗　位 | 填表时间`` over a row of "
        "values, then 序号/风险点/风险等级 ``A级/B级/C级``/防控措施/``自查情况``; a ``注：`` line reading the letters; no "
        "type column; ``本人签名： | 站长意见：``",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    jingxian_timber_checkpoint_report(),
    jingxian_forestry_bureau_two_sheets(),
    jingxian_fire_office_cards(),
    jingxian_maolin_station_list(),
    jingxian_matou_forest_farm_groups(),
    jingxian_reserve_station_posts(),
    jingxian_law_enforcement_list(),
    jingxian_yunling_station_selfchecks(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch822-inbox"))

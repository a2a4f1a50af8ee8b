"""The eight-hundred-and-eighty-eighth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's culture
bodies, 麦盖提县 (of 喀什地区, 新疆维吾尔自治区), the 刀郎之乡 — its 文化体育广播电视和旅游局, 刀郎文化研究中心,
文化馆, 刀郎画乡景区管理处, 文化市场综合行政执法大队, 刀郎歌舞团 and 央塔克乡's 综合文化站 — each handing back
the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 文体广旅局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and ``股室``
  (``股室`` merged, ``岗位 | 姓名`` merged per person, a ``风险类型`` column), ``一级/二级/三级``;
- the 刀郎文化研究中心's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` and ``所在部门 | …`` label
  rows, ``★★★/★★/★`` read by a ``注：`` line;
- the 文化馆's 清单 under GROUP ROWS ``一、馆领导`` … ``三、群众文艺辅导部`` merged across (no 部门 column),
  ``岗位 | 姓名`` merged per person, ``…风险`` types, ``一级风险/二级风险/三级风险``;
- the 刀郎画乡景区管理处's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, types, 高/中/低; no names;
- 央塔克乡's 综合文化站 自查表 of its 站长: label rows over the list, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``;
- the 文化市场综合行政执法大队's 一览表 under ``附件3`` and a 填报单位 line: ``科室`` merged, ``岗位 | 姓名``
  merged per person, short types, ``高风险/中风险/低风险``, a ``注：`` line;
- the 刀郎歌舞团's 清单: ``部门 | 岗位 | 姓名`` on EVERY row, 高/中/低, no type column, a sign-off line.

One is harder:

- ``maigaiti_library_tier_levels``: the 图书馆's 廉政风险点一览表 names NO holder on its rows: one row a
  point (``序号 | 业务环节 | 廉政风险点 | 风险等级（按人员类别） | 防控措施``) whose ``风险等级（按人员类别）``
  is merged over THREE columns, one a class of staff — ``馆领导 | 部门负责人 | 一般工作人员`` — each cell
  the level the point has FOR THAT CLASS, or ``/`` where that class is not exposed to it; under the list
  a ``附：本馆人员及类别`` roster (``序号 | 姓名 | 部门 | 职务 | 人员类别``) says which class each person is.
  So each person holds every point whose cell in his class's column is not ``/``, at that cell's level;
  two 馆领导 share one column; a ``注：`` line says so. The README's 读得懂的表 knows a common list applied
  to all staff by a note (levels from the list), a two-way 风险等级判定表 looked up by type × 岗位类别
  printed beside a list whose rows name their holders, level by a 岗位类别 column per a note, and holders
  as columns under a merged 风险等级 heading each cell a holder's own level; it does not describe per-CLASS
  level columns in a holder-less list whose holders come from a roster's 人员类别 column, a ``/`` cell
  leaving that class out.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 公共图书馆 as 廉政教育基地 — 文献资料,
地方文献, 读者服务; a 旅游发展基金 补助 management rule — 项目申报, 专项账户, 挪用; the 刀郎之乡 — 刀郎麦西热甫,
刀郎木卡姆, 农民画, 民间艺人, 传承人; the 国家非物质文化遗产保护资金管理办法 — 代表性项目, 代表性传承人,
保护补助费; the 刀郎之乡's 沙漠 and 胡杨林 tourism; a 乡镇综合文化站建设 民生工程 plan — 建设资金, 设施购置,
招投标, 验收; a 市 文旅局's 网吧、娱乐场所 专项整治 — 无证经营, 接待未成年人, 整改通知; the 刀郎 ode — 刀郎麦西热甫, 农民画
进京巡展) and the layout follows their words for the unit, its parts, its posts and its risks. The rows
are worded by us, the names invented (the rare surnames 裘 and 臧 with rare given names); every unit
is a body of 麦盖提县.

Run ``python tests/published/score.py --set batch888`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each roster person is one form (科室 from ``部门``, post from ``职务``) holding the
  list's points whose cell in the column of his ``人员类别`` is a level, at that level; ``/`` is no point
  of his; the ``业务环节`` is no point; the roster rows, the ``附：`` line and the ``注：`` line are no points;
  ``馆领导`` in the roster's 部门 is the 科室 of the two leaders;
- ``局领导`` (a sheet with no 科室 column) and the cards' ``中心领导`` (a 所在部门 cell) — the 局's leaders
  have no 科室, the 中心's leaders have ``中心领导``; a group row ``二、非遗保护部`` gives the 科室 ``非遗保护部``;
- 央塔克乡's 综合文化站 is a 乡's 站: the unit is the 乡 (麦盖提县央塔克乡), the 科室 ``综合文化站``, its 站长
  middle; the other bodies are units of their own: 局长, 副局长, 主任 of a 中心, 馆长, 副馆长, 团长, 大队长
  and 处长 leaders; 股长, a 部's 主任, a 科's 科长 and 中队长 middle; the rest general;
- ``分管工作``, ``自查情况`` are no points and name no holder; the 景区管理处's list names no person: its
  forms are posts (对岗不对人);
- ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, 高/中/低 and ``高风险/中风险/低风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b888_"
PLACE = "麦盖提县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
NONE = "/"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# the classes of staff across, in the list's order
CLASSES = ["馆领导", "部门负责人", "一般工作人员"]

# (业务环节, 廉政风险点, levels by CLASSES ("/" none), 防控措施)
COMMON = [
    ("文献采购", "图书采购中指定书商、收受回扣", ("一级", "二级", NONE),
     "图书采购按政府采购程序比选，采购书目馆务会研究。"),
    ("地方文献征集", "刀郎文化地方文献征集经费虚报冒领", (NONE, "一级", "二级"),
     "征集文献逐件登记入藏，经费凭入藏清单报销。"),
    ("项目管理", "文献数字化项目验收走过场", ("一级", NONE, NONE),
     "项目验收邀请县文体广旅局和专家参加，验收报告存档。"),
    ("读者服务", "读者押金、逾期滞纳金收取不入账", (NONE, NONE, "一级"),
     "押金和滞纳金开具票据，每周缴存，每月对账。"),
    ("馆藏管理", "剔旧图书私自处置、变卖", ("二级", "二级", "三级"),
     "剔旧清单馆务会审定，处置结果公示。"),
    ("廉洁自律", "接受书商、供应商宴请和礼品", ("三级", "三级", "三级"),
     "签订廉洁承诺书，节前廉洁提醒。"),
]  # fmt: skip

# the roster under the list: (姓名, 部门, 职务, 人员类别, tier)
STAFF = [
    ("裘翀岫", "馆领导", "馆长", "馆领导", "leader"),
    ("臧湉翾", "馆领导", "副馆长", "馆领导", "leader"),
    ("裘沨璟", "采编部", "主任", "部门负责人", "middle"),
    ("臧芃洢", "流通阅览部", "馆员", "一般工作人员", "general"),
]  # fmt: skip


def maigaiti_library_tier_levels() -> dict:
    unit = f"{PLACE}图书馆"
    n = len(CLASSES)
    ncols = 3 + n + 1
    sh = _Sheet("风险点", [6, 13, 36, 10, 12, 13, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点及等级一览表", ncols)
    _line(sh, f"单位：{unit}{GAP * 16}2025年5月", ncols)
    top = sh.add(
        "序号", "业务环节", "廉政风险点", "风险等级（按人员类别）", *([None] * (n - 1)), "防控措施"
    )
    sh.add(None, None, None, *CLASSES, None)
    for c in (0, 1, 2, ncols - 1):
        sh.merge(top, c, top + 1, c)
    sh.merge(top, 3, top, 2 + n)
    for i, (stage, point, levels, measures) in enumerate(COMMON, 1):
        sh.add(i, stage, point, *levels, measures)
    _line(
        sh,
        "注：各类人员对应栏内为该类人员此项风险的等级，“/”表示该类人员不涉及此项风险；人员类别见下表。",
        ncols,
    )
    sh.add()
    _line(sh, "附：本馆人员及类别", ncols)
    sh.add("序号", "姓名", "部门", "职务", "人员类别", None, None)
    for i, (who, dept, post, cls, _tier) in enumerate(STAFF, 1):
        sh.add(i, who, dept, post, cls, None, None)
    sh.add("填表：", None, "审核：", None, "馆长（签字）：", None, None)
    for who, dept, post, cls, tier in STAFF:
        j = CLASSES.index(cls)
        for _stage, point, levels, _measures in COMMON:
            if levels[j] != NONE:
                t.point(sh.name, dept, post, who, tier, point, [], GRADES[levels[j]])
    return _layout(
        "maigaiti_library_tier_levels", "http://zgkjsz.com/page/2015/0213/17055523.shtml",
        "(harder) 县图书馆 廉政风险点及等级一览表, after the source's 公共图书馆 廉政教育基地 (文献资料, 地方文献, 读者服务): "
        "a title, a merged ``单位：…　2025年5月`` line, a TWO-ROW heading: 序号/业务环节/廉政风险点/防控措施 merged down, "
        "``风险等级（按人员类别）`` merged across three columns ``馆领导 | 部门负责人 | 一般工作人员``; one row a point, "
        "NO holder on the rows, each class's cell its level (一级/二级/三级) or ``/`` (not exposed); a ``注：`` line; "
        "under it ``附：本馆人员及类别`` and a roster ``序号 | 姓名 | 部门 | 职务 | 人员类别`` naming each person's class "
        "(two 馆领导); each person holds the points his class's column grades, at that level; a 填表/审核 line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def maigaiti_culture_bureau_two_sheets() -> dict:
    unit = f"{PLACE}文化体育广播电视和旅游局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 20, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("臧翯岍", "局长", "主持全面工作", [
            ("旅游发展专项资金项目安排个人说了算", "一级", "专项资金项目经局党组会集体研究，安排结果公示。"),
            ("文旅项目招投标中打招呼、定向委托", "一级", "项目一律进入县公共资源交易中心交易。"),
        ]),
        ("裘霂澂", "副局长", "分管旅游、体育", [
            ("A级旅游景区推荐评定把关不严", "二级", "推荐材料现场核查，推荐名单集体研究。"),
            ("体育彩票公益金项目资金挪作他用", "一级", "公益金专账核算，年终接受审计。"),
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
    dept = _Sheet("股室", [6, 14, 9, 9, 36, 13, 9, 32])
    _line(dept, f"{unit}股室廉政风险防控一览表", 8)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("旅游市场股", "股长", "臧璆沅", "middle", "旅行社设立申请材料审查不严", "业务流程风险", "二级",
         "受理、审查、审批分岗办理，材料一次告知。"),
        ("旅游市场股", "股长", "臧璆沅", "middle", "旅游市场投诉处理偏袒经营者", "思想道德风险", "三级",
         "投诉处理结果书面答复，回访投诉人。"),
        ("文化艺术股", "股长", "裘岚湑", "middle", "文艺演出补助经费分配不按标准", "制度机制风险", "一级",
         "补助标准和名单公示，经费直达演出团体账户。"),
        ("计划财务股", "会计", "臧滢岙", "general", "旅游发展基金专项账户资金挪用", "岗位职责风险", "一级",
         "专项资金专户管理，支出凭审批单办理。"),
        ("计划财务股", "会计", "臧滢岙", "general", "报销单据审核不严、虚列支出", "业务流程风险", "二级",
         "报销单据经办、审核、审批三签。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, typ, lv, measures)
        t.point(dept.name, d, post, who, tier, point, types_in(typ), GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "maigaiti_culture_bureau_two_sheets", "https://360docs.net/doc/3d4247040.html",
        "县文体广旅局 廉政风险防控一览表 in TWO SHEETS, after the source's 旅游发展基金补助 management rule (项目申报, "
        "专项账户, 挪用, 监督评估): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 merged and "
        "岗位/姓名 merged per person and a ``…风险`` type column; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施",
        [lead, dept], t,
    )  # fmt: skip


def maigaiti_daolang_research_cards() -> dict:
    unit = f"{PLACE}刀郎文化研究中心"
    t = _Truth(unit)
    cards = [
        ("主任", "裘澹翎", "主任", "中心领导", "leader", [
            ("刀郎木卡姆传承人推荐认定优亲厚友", "★★★", "推荐经专家评审和公示，结果报县文体广旅局审核。"),
            ("研究课题经费使用不按预算", "★★", "课题经费按预算支出，结题时审计。"),
        ]),
        ("研究部", "臧珝沄", "研究部主任", "研究部", "middle", [
            ("刀郎农民画收藏作品登记不实、私自流出", "★★★", "收藏作品逐件登记拍照，年终清点。"),
            ("民间艺人补贴名单核实走过场", "★★", "补贴名单入户核实，张榜公示。"),
            ("出版刀郎文化资料收受印刷厂好处", "★", "印刷服务比选确定，结果公示。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, dept, tier, items in cards:
        sh = _Sheet(tab, [8, 36, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("所在部门", dept, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, dept, post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "maigaiti_daolang_research_cards", "https://lemofix.com/2015-01/21/content_535368.htm",
        "县刀郎文化研究中心 岗位廉政风险防控卡, one sheet a person, after the source's 刀郎之乡 (刀郎麦西热甫, 刀郎木卡姆, "
        "农民画, 民间艺人 纳入财政供养, 县级传承人): a title, ``姓　名 | … | 职　务 | …`` and a merged ``所在部门`` line, "
        "then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def maigaiti_cultural_centre_group_rows() -> dict:
    unit = f"{PLACE}文化馆"
    sh = _Sheet("责任清单", [6, 10, 10, 38, 13, 11, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控责任清单", 7)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、馆领导", "馆领导", [
            ("馆长", "臧沚琤", "leader", [
                ("非遗保护补助费分配不经集体研究", "制度机制风险", "一级风险", "补助费分配方案馆务会研究，结果公示。"),
                ("免费开放经费挤占挪用", "岗位职责风险", "一级风险", "免费开放经费专账核算，定期公开。"),
            ]),
        ]),
        ("二、非遗保护部", "非遗保护部", [
            ("主任", "裘昀澔", "middle", [
                ("代表性传承人传承活动考核弄虚作假", "业务流程风险", "二级风险", "考核现场查看，考核结果公示。"),
                ("非遗项目申报材料把关不严", "岗位职责风险", "二级风险", "申报材料专家初审，馆务会审定。"),
            ]),
        ]),
        ("三、群众文艺辅导部", "群众文艺辅导部", [
            ("辅导员", "臧骞瀞", "general", [
                ("公益培训班私自收费", "思想道德风险", "二级风险", "培训免费，报名信息公开，接受群众监督。"),
                ("文艺骨干培训补贴虚报人数", "业务流程风险", "三级风险", "培训签到留存，补贴按实到人数发放。"),
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
    sh.add("制表：", None, "审核：", None, None, "2025年5月", None)
    return _layout(
        "maigaiti_cultural_centre_group_rows", "http://www.zinf.com.cn/zixun/2629.html",
        "县文化馆 岗位廉政风险防控责任清单, after the source's 国家非物质文化遗产保护资金管理办法 (组织管理费, 保护补助费, "
        "代表性项目, 代表性传承人 授徒传艺): a title, 序号/岗位/姓名/廉政风险点/风险类型 ``…风险``/风险等级 "
        "``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS ``一、馆领导``, ``二、非遗保护部``, "
        "``三、群众文艺辅导部`` merged across; 岗位 and 姓名 merged per person",
        [sh], t,
    )  # fmt: skip


def maigaiti_scenic_area_posts() -> dict:
    unit = f"{PLACE}刀郎画乡景区管理处"
    sh = _Sheet("排查表", [6, 12, 12, 40, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险排查表", 7)
    sh.add("序号", "科室", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("处领导", "处长", "leader", "景区经营项目发包不公开竞争", "制度机制风险", "高",
         "经营项目公开招租，合同经集体研究。"),
        ("处领导", "处长", "leader", "景区提升改造工程验收不严", "岗位职责风险", "高",
         "工程验收邀请第三方参加，资料存档。"),
        ("票务科", "售票员", "general", "门票收入截留、以人情票放行", "思想道德风险", "中",
         "电子票务系统售检，每日对账缴款。"),
        ("票务科", "售票员", "general", "团队票优惠审核不严", "业务流程风险", "低",
         "团队优惠凭旅行社合同办理，登记备查。"),
        ("经营管理科", "科长", "middle", "景区商户摊位分配收受好处", "外部环境风险", "中",
         "摊位抽签分配，名单公示。"),
        ("经营管理科", "科长", "middle", "沙漠旅游项目安全检查走过场", "岗位职责风险", "中",
         "检查记录双人签字，问题限期整改。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合科", None, None, "审核：", None, "2025年3月", None)
    return _layout(
        "maigaiti_scenic_area_posts", "http://stock.xinhua08.com/a/20150121/1442741.shtml",
        "县景区管理处 岗位廉政风险排查表 对岗不对人, after the source's 刀郎之乡 (沙漠旅游, 胡杨林, 刀郎部落, 景区): "
        "a title, 序号/科室 merged/岗位 merged per post/廉政风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施; "
        "no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def maigaiti_yangtake_station_selfcheck() -> dict:
    unit = f"{PLACE}央塔克乡"
    dept = "综合文化站"
    who, post = "裘珵翙", "站长"
    sh = _Sheet("自查表", [6, 38, 10, 34, 12])
    t = _Truth(unit)
    _line(sh, f"{unit}{dept}岗位廉政风险自查表", 5)
    sh.add("姓　名", "所在单位", "岗　位", "填表时间", None)
    sh.add(who, f"{unit}{dept}", post, "2025年5月", None)
    sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
    items = [
        ("文化站设施购置不按规定比价", "Ⅰ级", "设施购置三家比价，乡党委会研究。", "已落实"),
        ("文化站建设工程验收签字把关不严", "Ⅰ级", "验收邀请县文体广旅局参加。", "已落实"),
        ("免费开放补助资金虚报活动场次", "Ⅱ级", "活动场次登记拍照，资料存档。", "未发现问题"),
        ("农家书屋图书配送数量核验不实", "Ⅱ级", "配送图书逐村清点签收。", "已落实"),
        ("借用站内音响器材私用", "Ⅲ级", "器材出借登记，按时归还。", "已落实"),
    ]  # fmt: skip
    for i, (point, lv, measures, found) in enumerate(items, 1):
        sh.add(i, point, lv, measures, found)
        t.point(sh.name, dept, post, who, "middle", point, [], ROMAN[lv])
    sh.add()
    sh.add("本人签名：", None, "乡党委意见：", None, None)
    return _layout(
        "maigaiti_yangtake_station_selfcheck", "http://www.tmdps.cn/a1/40a8bd2b100f7c35.html",
        "乡综合文化站 站长 岗位廉政风险自查表, after the source's 乡镇综合文化站建设 民生工程 实施方案 (建设资金, 内部设施购置, "
        "招投标, 达标验收): a title, a label row ``姓　名 | 所在单位 | 岗　位 | 填表时间`` over a row of values, then "
        "序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; ``本人签名： | 乡党委意见：``",
        [sh], t,
    )  # fmt: skip


def maigaiti_enforcement_list() -> dict:
    unit = f"{PLACE}文化市场综合行政执法大队"
    sh = _Sheet("一览表", [6, 12, 10, 10, 38, 10, 10, 32])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("大队领导", "大队长", "臧翊岷", "leader", [
            ("重大行政处罚案件不经集体讨论", "制度机制", "高风险", "重大案件集体讨论，法制审核。"),
            ("对网吧、歌舞娱乐场所违法行为说情打招呼", "外部环境", "中风险", "说情打招呼登记报告。"),
        ]),
        ("执法一中队", "中队长", "裘澂芊", "middle", [
            ("检查中发现接纳未成年人问题不立案", "岗位职责", "高风险", "执法全过程记录，案件统一编号。"),
        ]),
        ("执法一中队", "执法队员", "臧霈沚", "general", [
            ("营业性演出监管中吃拿卡要", "思想道德", "中风险", "两人以上执法，亮证检查。"),
            ("罚没出版物、音像制品处置不登记", "业务流程", "低风险", "罚没物品登记入库，集中销毁。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险类型分思想道德、制度机制、岗位职责、业务流程、外部环境五类。", 8)
    sh.add("填表人：", None, None, "审核人：", None, "大队长（签字）：", None, None)
    return _layout(
        "maigaiti_enforcement_list", "https://styafang.com/1/323373/2024/01/30767046.html",
        "县文化市场综合行政执法大队 岗位廉政风险防控一览表, after the source's 网吧、娱乐场所 专项整治行动 (无证无照经营, "
        "违规接待未成年人, 营业性演出, 责令整改): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then "
        "序号/科室 merged/岗位 and 姓名 merged per person/廉政风险点/风险类型 (short names)/风险等级 "
        "``高风险/中风险/低风险``/防控措施; a ``注：`` line and a 填表人/审核人/大队长（签字） line",
        [sh], t,
    )  # fmt: skip


def maigaiti_song_dance_troupe_list() -> dict:
    unit = f"{PLACE}刀郎歌舞团"
    sh = _Sheet("清单", [6, 12, 12, 10, 40, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点清单", 7)
    sh.add("序号", "部门", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("团领导", "团长", "裘漪翃", "leader", "下乡惠民演出场次虚报套取补助", "高", "演出场次由乡镇文化站签字确认。"),
        ("团领导", "团长", "裘漪翃", "leader", "演员招聘考核打分不公", "高", "考核评委随机抽取，成绩当场公布。"),
        ("艺术创作部", "主任", "臧曦岑", "middle", "刀郎木卡姆剧目创作经费虚列", "中", "创作经费按合同分期支付。"),
        ("艺术创作部", "主任", "臧曦岑", "middle", "演出服装道具采购以次充好", "中", "采购比价，验收双人签字。"),
        ("演出部", "演员", "裘沄翚", "general", "商业演出私自接活、收取报酬", "低", "外出演出报团部审批登记。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    sh.add("填表人：", None, None, "审核人：", None, "团长（签字）：", None)
    return _layout(
        "maigaiti_song_dance_troupe_list", "http://petawa.com/2015-01/21/content_535366.htm",
        "县刀郎歌舞团 廉政风险点清单, after the source's 刀郎之乡 ode (刀郎麦西热甫, 刀郎木卡姆, 农民画 进京巡展, 文化传承): "
        "a title, 序号/部门/岗位/姓名 written on EVERY row/廉政风险点/风险等级 高/中/低/防控措施; no type column; "
        "a 填表人/审核人/团长（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    maigaiti_library_tier_levels(),
    maigaiti_culture_bureau_two_sheets(),
    maigaiti_daolang_research_cards(),
    maigaiti_cultural_centre_group_rows(),
    maigaiti_scenic_area_posts(),
    maigaiti_yangtake_station_selfcheck(),
    maigaiti_enforcement_list(),
    maigaiti_song_dance_troupe_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch888-inbox"))

"""The two-hundred-and-thirty-first batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: THE PARTY, MASS-ORGANISATION AND ADMINISTRATIVE-SERVICE BODIES
of one county, 道孚县 — its 县委组织部, 县委宣传部, 县总工会, 团县委, 县妇联, 县残联, 政务服务中心, 档案馆 and
机关事务服务中心 — each handing back its ordinary 一览表, 排查表, 清单, 自查表 or 防控卡 the way its staff
typed it, with rows about 干部选拔, 经费, 评优, 救助, 审批窗口, 公车 and 资产:

- the 县委宣传部's 一览表 under ``附件1`` and one merged ``填报单位：…　…　填报时间：…`` line, 科室 merged (部领导,
  办公室, 宣传科, 精神文明建设指导科), 岗位 and 姓名 merged per person, short type names, 高/中/低, a
  ``填报人： | 审核人： | 部务会审定（盖章）：`` line;
- the 县总工会's 排查表 under ONE merged ``单位：…（盖章）　负责人：…　填报时间：…`` line, ``部室`` (领导班子, 职工
  服务中心, 经费审查委员会办公室, 财务室), 岗位 and ``责任人`` merged per person, a short ``风险名称`` beside a
  long ``风险表现形式``, 一级/二级/三级, no type column;
- the 团县委's 清单 对岗不对人 with no 科室 column (书记, 副书记, 希望办主任, 会计, 出纳), a ``主要职责``
  column before the 风险点, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级`` and a ``注：`` line reading them;
- the 县妇联's 自查表, one sheet a person (tabs 主席, 副主席, 干事), ``姓名 | … | 职务 | … | 填报日期 | …`` in
  pairs above, a ``工作事项`` column, short types, 高/中/低, ``本人签字： | 分管领导审核：`` below;
- the 县残联's 防控卡, one sheet a holder, ``持卡人 | … | 所在部门 | … | 职务 | …`` above and a line
  ``风险等级标识：红色—高风险；黄色—中风险；蓝色—低风险`` over the table, levels written ``红色/黄色/蓝色``;
- the 政务服务中心's 排查表 by 窗口 (column ``科室（窗口）``: 中心领导, 综合受理窗口, 税务窗口, 不动产登记窗口,
  出入境窗口, 中心办公室), 岗位 and 姓名, ``高风险/中风险/低风险``, a ``备注`` column saying which 局 sent
  a window's staff (``县税务局派驻``);
- the 档案馆's 一览表 with ONE ``岗位及责任人`` column (``馆长　桑吉彭措``), ``★★★/★★/★`` and a ``注：`` line;
- the 机关事务服务中心's 清单 cut by group rows ``一、中心领导`` … ``四、综合保障股`` merged across (the 科室),
  ``岗位 | 责任人``, ``…风险`` types, 高/中/低, a 填表人/审核人 line.

One is harder:

- ``org_dept_levels_by_post``: the 县委组织部's 岗位廉政风险点及风险等级评定表 — a RISK-BY-POST LEVEL MATRIX. Each
  row is one 风险点 in the 部's work (干部调整动议, 民主推荐和考察, 档案审核, 信访核查, 评优, 经费, 档案查借阅),
  and the heading ``各岗位风险等级`` is merged over FIVE post columns headed post and holder on two lines
  (``部长⏎寇鸣川``, ``常务副部长⏎泽仁央宗``, ``组织员⏎麴晏清``, ``干部档案管理员⏎雍来禾``, ``报账员⏎佘沐阳``); each
  cell holds the LEVEL that post carries for the row's risk (高/中/低) or ``/`` where the post has no part.
  One risk row is thus a point of several posts at different levels; there is no 岗位, 姓名 or single
  风险等级 column. (README's columns each a form's own hold risk TEXTS per post, or a ``√`` choosing the
  one post of a row; here the cells are levels and a row belongs to every post that grades it.)

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 县委组织部's work under the 干部选拔
任用 条例 — 职数预审, 干部工作台账, 凡提四必, 拟提拔干部档案审核小组; a 区委宣传部's 职能 and 内设机构 in its
决算; a 县总工会's 金秋助学 方案 with its 职工服务中心 初审 and 主席办公会 审定; a 青少年发展基金会's notice
to 县团委 on 希望工程助学金 签领; a 县妇联's 巾帼建功, 维权 and 留守儿童 助学; a 纪检监察组 and a 县残联's
专项整治 of 残疾人证; a 市纪委's 暗访 of 政务服务中心 窗口; the 甘孜州档案局's 档案行政执法检查; what a
机关事务保障中心 does with 办公用房, 公务用车 and 国有资产) and the layout follows their words for the unit,
its parts, its posts and its risks. The rows are worded by us, the names invented (some Tibetan, as a
甘孜 county has them); every unit is a body of 道孚县.

Run ``python tests/published/score.py --set batch231`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder matrix each post column is one form (post and holder from its two-line heading,
  科室 ""), each cell holding a level a point of that form: the row's 风险点 at the cell's level;
  ``/`` is no point; the 业务类别 is no point;
- the heads of the units and their deputies (部长, 常务副部长, 副部长, 主席, 副主席, 书记, 副书记, 理事长,
  馆长, 副馆长, the 政务服务中心's and the 机关事务服务中心's 主任 and 副主任) are leaders; 科长, 股长, 部长 of a
  残联 部, 主任 of an office or 中心 inside a unit, 窗口负责人 and 希望办主任 middle; the rest general;
- the 政务服务中心's windows are its 科室 (the staff sent by other 局 are still the 中心's posts there); a
  ``备注`` saying who sent them is no 科室 and no point; ``中心领导`` is the 科室 of the 主任;
- the 团县委's ``希望办主任`` stands as written (no 科室 column: a post is not split, README's rule for
  一览表 without one); ``主要职责`` and the 妇联's ``工作事项`` are no points;
- the 残联 card's ``所在部门`` is the 科室 (``领导班子`` for the 理事长); ``红色/黄色/蓝色`` are 1/2/3 by the
  line above the table;
- ``风险名称 | 风险表现形式``: the point is the short 风险名称; ``岗位及责任人`` ``馆长　桑吉彭措``: post 馆长,
  holder 桑吉彭措;
- the 总工会's ``负责人：郎卡泽仁`` in the line above is the 主席, who holds his own rows in the table (no
  other holder from that line).

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and
``truth.json``; no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b231_"
PLACE = "道孚县"
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
GRADES = {"一级": 1, "二级": 2, "三级": 3}
COLOURS = {"红色": 1, "黄色": 2, "蓝色": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
NONE = "/"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, person: int | None) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       row[person] if person is not None else None)  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + ([] if person is None else [(person, key)])
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

POST_COLUMNS = [
    ("部长", "寇鸣川", "leader"),
    ("常务副部长", "泽仁央宗", "leader"),
    ("组织员", "麴晏清", "general"),
    ("干部档案管理员", "雍来禾", "general"),
    ("报账员", "佘沐阳", "general"),
]


def org_dept_levels_by_post() -> dict:
    unit = f"中共{PLACE}委组织部"
    sh = _Sheet("风险等级评定", [6, 12, 34, 9, 10, 9, 12, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点及风险等级评定表", 9)
    _line(sh, f"填报单位：{unit}（盖章）{GAP * 6}评定时间：2024年10月", 9)
    r = sh.add(
        "序号", "业务类别", "廉政风险点", "各岗位风险等级", None, None, None, None, "防控措施"
    )
    sh.add(None, None, None, *(f"{post}\n{who}" for post, who, _ in POST_COLUMNS), None)
    for c in (0, 1, 2, 8):
        sh.merge(r, c, r + 1, c)
    sh.merge(r, 3, r, 7)
    rows = [
        ("干部选拔任用", "动议干部调整时超职数配备，突破“三定”方案规定", ("高", "高", "中", NONE, NONE),
         "科级干部调整前报职数预审，建立干部工作台账，逐职逐人核对。"),
        ("干部选拔任用", "民主推荐、考察中打招呼、递条子，考察材料失实", ("高", "高", "中", NONE, NONE),
         "落实“凡提四必”，考察组实行一次考察、终身追责。"),
        ("干部选拔任用", "干部档案审核不严，对涂改出生日期、学历、工龄的材料不纠正", (NONE, "中", NONE, "高", NONE),
         "拟提拔干部档案由审核小组集体审核，问题逐条登记、限期核实。"),
        ("干部监督", "对信访举报反映的问题不核查即作出“可以使用”的结论", ("中", "高", "中", NONE, NONE),
         "有反映的人选一律核查，核查结论经部务会研究。"),
        ("党员教育管理", "评选优秀共产党员、先进基层党组织时优亲厚友", ("中", "中", "高", NONE, NONE),
         "评选对象经党支部推荐、部务会审定，结果公示五个工作日。"),
        ("经费管理", "党建工作经费、党费支出不按规定审批，虚列会议培训费", ("高", NONE, NONE, NONE, "高"),
         "经费支出实行部务会审批，培训费凭签到表、发票据实报销。"),
        ("干部档案管理", "干部档案查借阅不登记，违规向他人提供档案材料", (NONE, NONE, NONE, "高", NONE),
         "查借阅凭介绍信登记审批，查阅时两人在场。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (kind, point, levels, measures) in enumerate(rows, 1):
        sh.add(n, kind, point, *levels, measures)
    for (post, who, tier), c in zip(POST_COLUMNS, range(3, 8), strict=True):
        for row in sh.rows[first:]:
            if row[c] != NONE:
                t.point(sh.name, "", post, who, tier, row[2], [], HML[row[c]])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    r = sh.add(
        "注：1.风险等级按岗位分别评定，分高、中、低三档；2.“/”表示该岗位不涉及此风险点。",
        *([None] * 8),
    )
    sh.merge(r, 0, r, 8)
    sh.add()
    sh.add(
        "部务会审定：", None, None, None, None, "县纪委监委派驻纪检监察组审核：", None, None, None
    )
    return _layout(
        "org_dept_levels_by_post", "https://3g.163.com/news/article/FUN1U6080524TFFN.html?clickfrom=subscribe",
        "(harder) 县委组织部 岗位廉政风险点及风险等级评定表, after the source's account of a 县委组织部 applying the "
        "干部选拔任用 条例 (科级干部调整 报职数预审, 干部工作台账, ``三定`` 职数限额, ``凡提四必``, 拟提拔干部档案审核"
        "小组): a title, a ``填报单位：…（盖章）　…　评定时间：2024年10月`` line, then a two-row heading ``序号 | 业务"
        "类别 | 廉政风险点 | 各岗位风险等级 | 防控措施`` whose ``各岗位风险等级`` is merged over FIVE post columns "
        "headed ``部长⏎寇鸣川``, ``常务副部长⏎泽仁央宗``, ``组织员⏎麴晏清``, ``干部档案管理员⏎雍来禾``, ``报账员⏎佘沐阳``; "
        "each row one 风险点 (业务类别 merged down), each post cell the LEVEL that post carries for it (高/中/低) or "
        "``/``; a ``注：`` line and a 审定/审核 line; no 岗位, 姓名 or single 风险等级 column, no type column",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def propaganda_dept_list() -> dict:
    unit = f"中共{PLACE}委宣传部"
    sh = _Sheet("一览表", [6, 16, 10, 9, 36, 10, 8, 36])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位：{unit}{GAP * 8}填报时间：2024年9月", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("部领导", "部长", "戈书砚", "宣传文化项目资金分配不经部务会集体研究", "制度机制", "高",
         "项目资金分配方案经部务会研究，分配结果在部机关公开。", "leader"),
        ("部领导", "部长", "戈书砚", "评先评优推荐中个人说了算", "思想道德", "中",
         "评优推荐经部务会集体研究，推荐名单公示。", "leader"),
        ("部领导", "副部长", "昝云舒", "文明单位、文明村镇评选中接受请托", "外部环境", "高",
         "评选实行量化测评，测评结果和推荐名单公示。", "leader"),
        ("办公室", "主任", "牛怀瑾", "会议、培训费用超标准列支", "业务流程", "中",
         "会议培训计划年初报批，费用按标准据实报销。", "middle"),
        ("办公室", "主任", "牛怀瑾", "办公用品采购不比价，指定供应商", "岗位职责", "低",
         "采购实行三家比价，验收与采购分离。", "middle"),
        ("宣传科", "科长", "郗映川", "组织刊播稿件收取好处费，搞有偿新闻", "思想道德", "高",
         "稿件刊播实行三审，严禁收取任何费用。", "middle"),
        ("宣传科", "科长", "郗映川", "外宣稿费发放不按标准，虚报冒领", "制度机制", "中",
         "稿费按篇核定，发放明细每季度公开。", "middle"),
        ("精神文明建设指导科", "科员", "丁予乔", "道德模范、身边好人推荐材料审核不实", "岗位职责", "中",
         "推荐材料实地核实，推荐对象公示。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add()
    sh.add("填报人：", None, None, "审核人：", None, "部务会审定（盖章）：", None, None)
    return _layout(
        "propaganda_dept_list",
        "http://www.weiyang.gov.cn/zwgk/czzjxx/bmczjsgkml/2017nbmjsgkml/5ed8723b65cbd83eb77d7e99.html",
        "县委宣传部 岗位廉政风险防控一览表 after the source's 区委宣传部 决算 (its 职能 — 宣传报道, 精神文明建设, 表彰"
        "先进典型 — and 内设机构 办公室、宣传科、理论教育科、精神文明建设指导科): ``附件1``, a title, one merged "
        "``填报单位：…　…　填报时间：2024年9月`` line, then 序号/科室 merged (部领导, 办公室, 宣传科, 精神文明建设指导科)/"
        "岗位 and 姓名 merged per person/廉政风险点/风险类型 (short names)/风险等级 高/中/低/防控措施; a ``填报人： | "
        "审核人： | 部务会审定（盖章）：`` line",
        [sh], t,
    )  # fmt: skip


def trade_union_checklist() -> dict:
    unit = f"{PLACE}总工会"
    sh = _Sheet("排查表", [6, 14, 10, 9, 14, 36, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}机关岗位廉政风险排查表", 8)
    _line(sh, f"单位：{unit}（盖章）{GAP * 4}负责人：郎卡泽仁{GAP * 4}填报时间：2024年8月", 8)
    sh.add("序号", "部室", "岗位", "责任人", "风险名称", "风险表现形式", "风险等级", "防控措施")
    rows = [
        ("领导班子", "主席", "郎卡泽仁", "帮扶资金审定",
         "金秋助学、送温暖资金分配不经主席办公会审定，个人决定救助对象", "一级",
         "救助名单经主席办公会审定，在县总工会网站公示。", "leader"),
        ("领导班子", "主席", "郎卡泽仁", "工会经费下拨", "向基层工会下拨经费厚此薄彼，以拨款换人情", "二级",
         "下拨标准年初确定并公开，拨付情况经审会审查。", "leader"),
        ("职工服务中心", "主任", "禄清和", "困难职工建档",
         "对申报材料不入户核实，为不符合条件的人员建档立卡", "一级",
         "建档对象入户调查两人以上，档案表由基层工会签署意见盖章。", "middle"),
        ("职工服务中心", "主任", "禄清和", "金秋助学初审", "初审把关不严，初选名单不返回所在单位公示", "二级",
         "初选名单一律返回所在单位公示，公示无异议后报审。", "middle"),
        ("职工服务中心", "帮扶专干", "苟若岚", "慰问金发放", "送温暖慰问金代领代签，发放明细不留存", "一级",
         "慰问金打卡发放，确需现金发放的由本人签领并留存照片。", "general"),
        ("经费审查委员会办公室", "主任", "冶晓岑", "经费审查", "对工会经费收支审查走过场，发现问题不报告", "二级",
         "每年开展经费收支审查，审查报告提交经审会。", "middle"),
        ("财务室", "会计", "芮映秋", "报销审核", "报销凭证审核不严，以会议费名义列支福利", "二级",
         "报销凭证经办人、审核人、审批人三签，每季度自查。", "general"),
        ("财务室", "会计", "芮映秋", "收入入账", "收取的工会经费不及时入账，公款私存", "三级",
         "经费收入当日入账，月末与银行对账。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, name, desc, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, name, desc, lv, measures)
        t.point(sh.name, dept, post, who, tier, name, [], GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add()
    sh.add("主席（签字）：", None, None, None, "经审会主任（签字）：", None, None, None)
    return _layout(
        "trade_union_checklist", "https://m.yzwku.com/doc/1156319.html",
        "县总工会 机关岗位廉政风险排查表 after the source's 县总工会 金秋助学 方案 (困难职工档案表, 乡镇和系统工会 "
        "调查摸底, 县总工会职工服务中心 初审, 初选名单返回所在单位公示, 主席办公会 审定, 网站公示): a title, ONE "
        "merged ``单位：道孚县总工会（盖章）　负责人：郎卡泽仁　填报时间：2024年8月`` line, then 序号/``部室`` merged "
        "(领导班子, 职工服务中心, 经费审查委员会办公室, 财务室)/岗位 and ``责任人`` merged per person/a short ``风险名称`` "
        "beside a long ``风险表现形式``/风险等级 一级/二级/三级/防控措施; no type column; 主席/经审会主任 签字 line",
        [sh], t,
    )  # fmt: skip


def youth_league_posts() -> dict:
    unit = f"共青团{PLACE}委员会"
    sh = _Sheet("防控清单", [6, 12, 22, 34, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "岗位", "主要职责", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("书记", "主持团县委全面工作", "希望工程助学金分配方案个人决定，不经书记办公会研究", "制度机制风险", "Ⅰ级",
         "分配方案经书记办公会研究，受助名单公示。", "leader"),
        ("书记", "主持团县委全面工作", "“两红两优”推荐评选中优亲厚友", "思想道德风险", "Ⅱ级",
         "推荐对象征求所在党团组织意见并公示。", "leader"),
        ("副书记", "分管志愿服务、基层团建", "青年志愿服务项目经费使用不审核", "岗位职责风险", "Ⅱ级",
         "项目经费按预算执行，结项时审核票据。", "leader"),
        ("副书记", "分管志愿服务、基层团建", "推优入党对象把关不严", "岗位职责风险", "Ⅲ级",
         "推优对象经团支部大会表决，结果公示。", "leader"),
        ("希望办主任", "希望工程助学金发放", "助学金到账后拖延、滞留，不在规定时限内下发", "业务流程风险", "Ⅰ级",
         "助学金到账后五个工作日内下发，下发情况报书记办公会。", "middle"),
        ("希望办主任", "希望工程助学金发放", "受助学生在读信息不核对，为已毕业学生继续申领", "岗位职责风险", "Ⅱ级",
         "每学期对照在读学生名册核对年级和姓名。", "middle"),
        ("希望办主任", "希望工程助学金发放", "助学金发放签名册代签、补签", "业务流程风险", "Ⅰ级",
         "助学金由受助学生本人签领，签名册加盖团委公章存档。", "middle"),
        ("会计", "会计核算、团费管理", "团费收缴不入账，坐收坐支", "制度机制风险", "Ⅱ级",
         "团费按月入账，收缴情况每季度公布。", "general"),
        ("出纳", "现金、银行账户管理", "备用金挪作他用，现金账实不符", "思想道德风险", "Ⅲ级",
         "现金日清月结，会计每月盘点。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, duty, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, post, duty, point, typ, lv, measures)
        t.point(sh.name, "", post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    r = sh.add("注：风险等级Ⅰ级为高风险，Ⅱ级为中风险，Ⅲ级为低风险。", *([None] * 6))
    sh.merge(r, 0, r, 6)
    sh.add(None, None, None, None, "团县委（盖章）", None, None)
    sh.add(None, None, None, None, "2024年11月", None, None)
    return _layout(
        "youth_league_posts", "https://www.gdydf.org.cn/student/notice_detail/id-504",
        "团县委 岗位廉政风险防控清单 对岗不对人, after the source's notice to the 县(市、区)团委 on 希望工程助学金 "
        "(划拨至县团委, 五个工作日内下发、不得拖延滞留, 本人领取并在签名册上签字、不得代签, 核对在读年级, 加盖团委"
        "公章): a title, then 序号/岗位 merged (书记, 副书记, 希望办主任, 会计, 出纳)/``主要职责`` merged/风险点/风险"
        "类别 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; NO 科室 column, no names; a ``注：`` line reading the "
        "levels and ``团县委（盖章）`` / ``2024年11月`` under it",
        [sh], t,
    )  # fmt: skip


def women_federation_self_check() -> dict:
    unit = f"{PLACE}妇女联合会"
    t = _Truth(unit)
    people = [
        ("主席", "四郎卓玛", "主席", "leader", [
            ("妇女儿童救助", "“两癌”贫困母亲救助对象确定不经集体研究", "制度机制", "高",
             "救助对象经主席办公会研究，名单公示。"),
            ("评先评优", "三八红旗手、最美家庭推荐中照顾关系", "思想道德", "中", "推荐条件公开，推荐对象公示。"),
            ("项目资金", "争取的民生项目资金不按用途使用", "岗位职责", "高", "项目资金专账核算，年终接受审计。"),
        ]),
        ("副主席", "訾秋禾", "副主席", "leader", [
            ("维权信访", "对家庭暴力投诉推诿，不及时转办", "岗位职责", "中", "投诉登记编号，限时转办并回访。"),
            ("留守儿童关爱", "爱心助学生活补助发放对象审核不实", "业务流程", "高",
             "补助对象经学校、乡镇妇联两级审核并公示。"),
        ]),
        ("干事", "甲央拉措", "干事", "general", [
            ("培训组织", "巾帼技能培训虚报参训人数", "业务流程", "中", "培训签到留存照片，费用按实到人数结算。"),
            ("物资管理", "慰问物资出入库不登记", "制度机制", "低", "物资出入库登记，每季度盘点。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, tier, items in people:
        sh = _Sheet(tab, [6, 14, 36, 10, 8, 34])
        _line(sh, f"{unit}干部廉政风险自查表", 6)
        sh.add("姓名", who, "职务", post, "填报日期", "2024年10月")
        sh.add("序号", "工作事项", "风险点", "风险类型", "风险等级", "防控措施")
        for n, (matter, point, typ, lv, measures) in enumerate(items, 1):
            sh.add(n, matter, point, typ, lv, measures)
            t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
        sh.add()
        sh.add("本人签字：", None, None, "分管领导审核：", None, None)
        sh.add(None, None, None, None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "women_federation_self_check", "http://gansu.gscn.com.cn/system/2016/03/14/011289329.shtml",
        "县妇联 干部廉政风险自查表, one sheet a person (tabs 主席, 副主席, 干事), after the source's account of a 县妇联's "
        "work (巾帼建功 技能比武, 反家暴庇护所, 维权热线, 留守儿童关爱 and 爱心助学 生活补助): a title, ``姓名 | … | "
        "职务 | … | 填报日期 | 2024年10月`` in pairs above, then 序号/``工作事项``/风险点/风险类型 (short names)/风险等级 "
        "高/中/低/防控措施; ``本人签字： | 分管领导审核：`` and 年月日 below",
        sheets, t,
    )  # fmt: skip


def disabled_federation_cards() -> dict:
    unit = f"{PLACE}残疾人联合会"
    t = _Truth(unit)
    cards = [
        ("理事长", "嵇正川", "领导班子", "理事长", "leader", [
            ("残疾人证办理、评残定级中打招呼，违规发证", "外部环境", "红色", "办证审核结果集体研究，定期抽查复核。"),
            ("康复救助资金分配不经理事会研究", "制度机制", "红色", "资金分配方案经理事会研究，结果公示。"),
            ("残疾人就业扶持项目审批把关不严", "岗位职责", "黄色", "项目申报实地核查，审批结果公开。"),
        ]),
        ("康复部", "骞晓玥", "康复部", "部长", "middle", [
            ("残疾儿童康复救助对象审核不严，重复救助", "岗位职责", "红色", "救助对象系统比对，名单公示。"),
            ("辅助器具采购指定品牌、收受回扣", "思想道德", "黄色", "辅具采购按政府采购程序，验收两人以上。"),
            ("辅具发放不登记，优亲厚友", "业务流程", "蓝色", "发放名单公示，领取人签字。"),
        ]),
        ("组联部", "曲吉拉姆", "组联部", "干事", "general", [
            ("残疾人证申领材料审核不严，为非残人员办证", "岗位职责", "红色", "申领材料逐项核验，见人见证。"),
            ("对公职人员持证、高定级别问题清理不彻底", "制度机制", "黄色", "持证信息与公职人员信息比对，问题注销。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, dept, post, tier, items in cards:
        sh = _Sheet(tab, [6, 38, 10, 10, 34, 10])
        _line(sh, f"{unit}岗位廉政风险防控卡", 6)
        sh.add("持卡人", who, "所在部门", dept, "职务", post)
        _line(sh, "风险等级标识：红色—高风险；黄色—中风险；蓝色—低风险", 6)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", "备注")
        for n, (point, typ, colour, measures) in enumerate(items, 1):
            sh.add(n, point, typ, colour, measures, None)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), COLOURS[colour])
        sh.add()
        sh.add("持卡人签字：", None, "监督电话：12388", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "disabled_federation_cards", "https://www.ahsxjjjc.gov.cn/html/wenzhang_748342.html",
        "县残联 岗位廉政风险防控卡, one sheet a holder (tabs 理事长, 康复部, 组联部), after the source's 专项整治 of "
        "违规办理使用残疾人证 (非残持证, 高定级别, 审核把关不严, 公职人员持证, 注销, 违规享受补助): a title, "
        "``持卡人 | … | 所在部门 | … | 职务 | …`` above, a merged line ``风险等级标识：红色—高风险；黄色—中风险；蓝色—"
        "低风险``, then 序号/风险点/风险类型 (short names)/风险等级 ``红色/黄色/蓝色``/防控措施/an empty 备注; 持卡人签字/监督电话/"
        "年月日 line",
        sheets, t,
    )  # fmt: skip


def service_hall_windows_sent() -> dict:
    unit = f"{PLACE}政务服务中心"
    sh = _Sheet("排查表", [6, 16, 12, 9, 36, 9, 34, 14])
    t = _Truth(unit)
    _line(sh, f"{unit}窗口岗位廉政风险排查表", 8)
    _line(sh, f"填报单位：{unit}{GAP * 6}填报日期：2024年9月30日", 8)
    sh.add("序号", "科室（窗口）", "岗位", "姓名", "风险点", "风险等级", "防控措施", "备注")
    rows = [
        ("中心领导", "主任", "晁怀远", "窗口人员考核评优不公，对违纪问题包庇", "高风险",
         "考核结果公开，违纪问题移交派驻纪检监察组。", None, "leader"),
        ("中心领导", "主任", "晁怀远", "大厅改造、设备采购化整为零规避招标", "高风险",
         "采购项目进入公共资源交易平台，合同经法律顾问审核。", None, "leader"),
        ("综合受理窗口", "窗口负责人", "祁梦笙", "对熟人申请材料不全即予受理", "中风险",
         "一次性告知，收件登记全程留痕。", None, "middle"),
        ("综合受理窗口", "窗口负责人", "祁梦笙", "“帮代办”服务中收取好处费", "高风险",
         "帮代办事项登记，办结后电话回访。", None, "middle"),
        ("税务窗口", "工作人员", "尚珈宁", "为关系户违规代开发票、减免税费", "高风险",
         "代开发票系统留痕，减免事项双人复核。", "县税务局派驻", "general"),
        ("不动产登记窗口", "工作人员", "泽郎多吉", "泄露权利人登记信息", "中风险",
         "查询登记信息凭证件登记，查询记录留存。", "县自然资源局派驻", "general"),
        ("不动产登记窗口", "工作人员", "泽郎多吉", "为中介违规插队办理", "中风险",
         "严格取号排队，中介代办业务单列登记。", "县自然资源局派驻", "general"),
        ("出入境窗口", "工作人员", "冀朝露", "工作时间脱岗、玩手机，群众办事无人接待", "低风险",
         "窗口考勤打卡，中心每日巡查。", "县公安局派驻", "general"),
        ("中心办公室", "效能督查员", "乜书航", "暗访发现的问题不通报、不记录", "中风险",
         "督查问题建立台账，每月通报。", None, "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, lv, measures, note, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, lv, measures, note)
        t.point(sh.name, dept, post, who, tier, point, [], BANDS[lv])
    _per_person(sh, first, 1, 2, 3)
    _merge_down(sh, first, [(7, lambda row: (row[1], row[7]))])
    sh.add()
    sh.add("中心主任（签字）：", None, None, None, "纪检监督员（签字）：", None, None, None)
    return _layout(
        "service_hall_windows_sent", "http://hotflashzs.com/forum.php?action=printable&mod=viewthread&tid=240077",
        "政务服务中心 窗口岗位廉政风险排查表 after the source's 市纪委 通报 of 暗访 at county 政务服务中心 (税务局窗口, "
        "国土局窗口, 公安局 港澳通行证窗口, 玩手机, 未到岗): a title, one merged ``填报单位：…　…　填报日期：2024年9月30日`` "
        "line, then 序号/``科室（窗口）`` merged (中心领导, 综合受理窗口, 税务窗口, 不动产登记窗口, 出入境窗口, 中心办公室)/"
        "岗位 and 姓名 merged per person/风险点/风险等级 ``高风险/中风险/低风险``/防控措施/``备注`` naming the 局 that "
        "sent a window's staff (``县税务局派驻``, merged per window); no type column; 中心主任/纪检监督员 签字 line",
        [sh], t,
    )  # fmt: skip


def archives_post_and_holder() -> dict:
    unit = f"{PLACE}档案馆"
    sh = _Sheet("一览表", [6, 14, 18, 38, 8, 36])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 6)
    sh.add("序号", "科室", "岗位及责任人", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("馆领导", "馆长", "桑吉彭措", "档案数字化外包项目采购不公开，倾向特定公司", "★★★",
         "外包项目按政府采购程序公开招标，合同集体研究。", "leader"),
        ("馆领导", "馆长", "桑吉彭措", "档案行政执法检查降低标准，以罚代管", "★★",
         "检查两人以上，限期整改通知书存档备查。", "leader"),
        ("馆领导", "副馆长", "仉若溪", "档案接收进馆把关不严，对不合格档案违规接收", "★★",
         "进馆档案逐卷验收，验收单双人签字。", "leader"),
        ("办公室", "主任", "阚新禾", "档案装具、密集架采购验收不严", "★★",
         "验收由使用科室、办公室和纪检监督员共同参加。", "middle"),
        ("办公室", "主任", "阚新禾", "公务用车使用不登记，公车私用", "★", "用车一事一登记，每月公示。", "middle"),
        ("接收征集股", "股长", "门晓澍", "征集档案资料作价不实，虚报征集费用", "★★★",
         "征集作价经专家评估，费用馆务会审定。", "middle"),
        ("保管利用股", "查档员", "燕归帆", "违规向无关人员提供未开放档案", "★★★",
         "查档凭证件登记，未开放档案经馆长审批。", "general"),
        ("保管利用股", "查档员", "燕归帆", "出具档案证明时篡改、伪造内容", "★★",
         "档案证明复印件加盖公章，出具记录留存。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, stars, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, f"{post}{GAP}{who}", point, stars, measures)
        t.point(sh.name, dept, post, who, tier, point, [], STARS[stars])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    r = sh.add("注：风险等级★★★为高风险，★★为中风险，★为低风险。", *([None] * 5))
    sh.merge(r, 0, r, 5)
    return _layout(
        "archives_post_and_holder",
        "http://www.bestdocinus.com/gzzrmzf/c100046/202110/d31b954c03e74c67a6e44633dd35c76e.shtml",
        "县档案馆 岗位廉政风险防控一览表 after the source's 甘孜州档案局、档案馆 notice of 档案行政执法检查 (立档单位, "
        "县综合档案馆, 限期整改通知书, 档案接收进馆): ``附件2``, a title, then 序号/科室 merged (馆领导, 办公室, 接收"
        "征集股, 保管利用股)/ONE ``岗位及责任人`` column merged per person (``馆长　桑吉彭措``, a full-width space "
        "between)/廉政风险点/风险等级 ``★★★/★★/★``/防控措施; no type column; a ``注：`` line reading the stars",
        [sh], t,
    )  # fmt: skip


def logistics_center_group_rows() -> dict:
    unit = f"{PLACE}机关事务服务中心"
    sh = _Sheet("风险清单", [6, 12, 9, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "岗位", "责任人", "风险点", "风险类别", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "钮承宇", "办公用房调配、维修改造不经集体研究", "制度机制风险", "高",
             "办公用房调配和维修项目经主任办公会研究，结果公开。", "leader"),
            ("主任", "钮承宇", "公务用车平台运维服务采购暗箱操作", "外部环境风险", "高",
             "运维服务公开采购，合同履约情况年度评估。", "leader"),
            ("副主任", "揭明远", "公务接待超标准安排，变相接受宴请", "思想道德风险", "中",
             "接待凭公函和审批单，接待清单按月公示。", "leader"),
        ]),
        ("二、公务用车服务股", "公务用车服务股", [
            ("股长", "邴书阳", "公车调度不登记，公车私用", "岗位职责风险", "中",
             "用车申请平台审批，行驶轨迹定期核查。", "middle"),
            ("股长", "邴书阳", "车辆维修保养定点厂家选择不公开", "业务流程风险", "中",
             "维修定点公开比选，维修项目事前审批。", "middle"),
            ("驾驶员", "巴桑次仁", "加油卡为私车加油、套现", "思想道德风险", "中",
             "一车一卡，每月核对油耗和里程。", "general"),
        ]),
        ("三、资产管理股", "资产管理股", [
            ("股长", "亓若谷", "国有资产处置低价评估、不公开拍卖", "制度机制风险", "高",
             "资产处置委托评估，公开拍卖，收入上缴国库。", "middle"),
            ("资产管理员", "涂欣妍", "公物仓调剂资产出入库不登记，账实不符", "业务流程风险", "低",
             "出入库逐件登记，每半年盘点。", "general"),
        ]),
        ("四、综合保障股", "综合保障股", [
            ("股长", "全子墨", "机关食堂食材采购虚报数量、收受回扣", "外部环境风险", "中",
             "食材定点采购，验收两人以上，账目每月公开。", "middle"),
        ]),
    ]  # fmt: skip
    n = 0
    for caption, dept, items in groups:
        _line(sh, caption, 7)
        first = len(sh.rows)
        for post, who, point, typ, lv, measures, tier in items:
            n += 1
            sh.add(n, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add()
    sh.add("填表人：", None, None, "审核人：", None, "中心（盖章）", None)
    return _layout(
        "logistics_center_group_rows", "http://www.senqingzn.com/dy/article/JTO1LQ0O05497CHS.html?spss=dy_author",
        "机关事务服务中心 岗位廉政风险防控清单 after the source's account of what a 机关事务保障中心 does (办公用房 权属"
        "调配 and 维修, 公务用车 编制、配备、平台调度, 国有资产, 公务接待): a title, then 序号/岗位/``责任人`` (merged per "
        "person)/风险点/风险类别 ``…风险``/风险等级 高/中/低/防控措施, cut by group rows ``一、中心领导`` … "
        "``四、综合保障股`` merged across (the 科室); a ``填表人： | 审核人： | 中心（盖章）`` line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    org_dept_levels_by_post(),
    propaganda_dept_list(),
    trade_union_checklist(),
    youth_league_posts(),
    women_federation_self_check(),
    disabled_federation_cards(),
    service_hall_windows_sent(),
    archives_post_and_holder(),
    logistics_center_group_rows(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch231-inbox"))

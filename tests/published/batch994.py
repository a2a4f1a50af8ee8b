"""The nine-hundred-and-ninety-fourth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 民族宗教 and
文化 bodies and its 乡镇, 通道县 (通道侗族自治县, 怀化市, 湖南省) — its 民族宗教事务局, 文化旅游广电体育局,
县图书馆, 县文化馆, 县档案馆, the 大高坪苗族乡人民政府, the 乡财政所 and one 村 of the 乡 — each handing back
the 一览表, 排查表, 防控卡, 清单 or 自查表 its staff typed in WPS or Excel:

- the 民族宗教事务局's 一览表: ``科室`` merged (``局领导``, ``民族工作股``, ``宗教事务股``), ``职务 | 姓名``
  merged per person, ``…风险`` types, 高/中/低 and a ``注：`` line;
- the 文化旅游广电体育局's 排查表 under ``附件2``: ``股室 | 岗位 | 姓名`` on EVERY row, short types under
  ``风险类别``, ``一级/二级/三级``;
- the 县图书馆's 防控卡, one sheet a person (tabs named by the post): ``持卡人 | … | 职　务 | …`` and a
  merged 主要职责 line, ``★★★/★★/★`` read by a ``注：`` line, no type column;
- the 县文化馆's 清单 对岗不对人: ``部室`` and ``岗位`` merged, ``…风险`` types, ``一级风险/二级风险/三级风险``;
  no names;
- the 村's 责任清单: ``职务 | 姓名`` on every row, short types, ``高风险/中风险/低风险``;
- the 乡财政所's 自查表, one sheet a person: a label row ``姓　名 | … | 职　务 | … | 填表日期：…`` (no
  所室), 高/中/低, ``防控措施 | 自查情况``, no type column;
- the 县档案馆's 清单 under GROUP ROWS ``一、馆领导``, ``二、接收征集股`` (no 科室 column), ``岗位 | 姓名``
  merged per person, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``…风险`` types.

One is harder:

- ``tongdao_dagaoping_township_post_levels``: the 乡人民政府's list with NO level column: ``序号 | 站所 |
  岗位 | 姓名 | 廉政风险点 | 风险类型 | 防控措施``. Beside it, one empty column to the right, a small table
  ``岗位 | 风险等级`` (captioned ``风险等级（按岗位确定）``) gives one level a POST, one row a post, in
  another order than the list (``乡长 | 一级``, ``建设专干 | 三级`` …); a ``注：`` line under the list says
  the points of a post take its level from the table on the right. Every point of a post inherits
  that level (the two 副乡长 both). docs/layouts.md knows a post's level merged down its rows
  (LEVEL_BY_POST), a grading table one row a LEVEL listing its posts (``一级风险岗位 | 乡长、…``,
  LEVEL_BY_POST_GRADING) and a code key table (CODE_KEY_TABLE); it does not describe a small
  two-column table one row a POST, ``岗位 | 风险等级``, beside or under a list with no level column.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a county's 人口较少民族 村寨 projects;
a 文体广旅局's holiday 旅游市场 inspection of 导游 and 包车; a 区文旅体局's campaign whose office sat in the
区图书馆; a 县文化馆's free 公益培训 classes; a primer on what a 乡镇政府 does — 发放补贴、修建道路、调解矛盾;
a 村级集体经济 财务管理制度 with its 预决算 and 农经 approval; a 镇's 农村集体经济组织财务管理制度 with the
村党组织书记 as first in charge and the 村会计; an 档案鉴定和销毁制度) and the layout follows their words for
the unit, its parts, its posts and its risks. The rows are worded by us, the names invented (the
rare compound surnames 叱罗 and 贺赖 with rare given names); every unit is a body of 通道县.

Run ``python tests/published/score.py --set batch994`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a point's level is its post's row in the small ``岗位 | 风险等级`` table (both
  副乡长 a 二级 each point); the small table's caption, header and rows are no points, name no holder
  and give no level to the list's rows beside them; the ``注：`` line is no point;
- ``局领导``, ``乡领导``, ``馆领导`` are the 科室 of the leaders; a 局's 股, a 馆's 部 and 股, a 乡's 办 and
  中心 are 科室; the 村, the 财政所 and the 图书馆's cards name no 科室;
- the 局, the 馆, the 乡, the 所 and the 村 are units of their own: 局长, 副局长, 馆长, 副馆长, 乡长, 副乡长,
  所长, 村党支部书记 and 村委会主任 are leaders; 股长, 部主任 and 办主任 middle; the rest general;
- ``主要职责``, ``自查情况`` and ``填表日期`` are no points and name no holder; the 文化馆's list names
  no person: its forms are posts;
- 高/中/低, ``一级/二级/三级``, ``★★★/★★/★``, ``一级风险/…``, ``高风险/中风险/低风险`` and ``Ⅰ级/Ⅱ级/Ⅲ级``
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

PREFIX = "b994_"
PLACE = "通道县"
TOWNSHIP = f"{PLACE}大高坪苗族乡"
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

# the small table beside the list: (岗位, 风险等级), not in the list's order
POST_LEVELS = [
    ("乡长", "一级"),
    ("民政专干", "一级"),
    ("建设专干", "三级"),
    ("副乡长", "二级"),
    ("党政办主任", "二级"),
]
# (站所, 岗位, 姓名, tier, 风险点, 风险类型, 防控措施)
POST_POINTS = [
    ("乡领导", "乡长", "贺赖翙澄", "leader", "重大项目资金使用个人拍板", "制度机制风险",
     "“三重一大”事项党委会集体研究，会议纪要存档。"),
    ("乡领导", "乡长", "贺赖翙澄", "leader", "工程项目发包为亲友打招呼", "思想道德风险",
     "项目进县交易中心发包，过问情况登记。"),
    ("乡领导", "副乡长", "叱罗沄霆", "leader", "惠民补贴资金审批把关不严", "岗位职责风险",
     "补贴对象村、乡两级公示，财政所复核。"),
    ("乡领导", "副乡长", "贺赖琰珣", "leader", "分管村道硬化工程验收走过场", "业务流程风险",
     "验收邀请村务监督委员会参加，照片存档。"),
    ("党政综合办公室", "党政办主任", "叱罗璟翮", "middle", "公务接待超标准、虚列开支", "制度机制风险",
     "接待清单、公函、发票三单对应，按月公开。"),
    ("社会事务综合服务中心", "民政专干", "叱罗澍琪", "general", "低保、特困对象认定优亲厚友", "思想道德风险",
     "入户调查两人以上，评议结果张榜公示。"),
    ("社会事务综合服务中心", "民政专干", "叱罗澍琪", "general", "临时救助金虚报冒领", "业务流程风险",
     "救助金打卡发放，定期抽查回访。"),
    ("村镇建设综合服务中心", "建设专干", "贺赖沚翎", "general", "农村建房审批收受好处", "外部环境风险",
     "建房审批“一站式”办理，公开审批结果。"),
    ("村镇建设综合服务中心", "建设专干", "贺赖沚翎", "general", "危房改造对象核查不实", "岗位职责风险",
     "危改对象三级审核，竣工验收公示。"),
]  # fmt: skip


def tongdao_dagaoping_township_post_levels() -> dict:
    unit = f"{TOWNSHIP}人民政府"
    t = _Truth(unit)
    sh = _Sheet("一览表", [6, 18, 12, 10, 36, 14, 36, 3, 12, 10])
    r = sh.add(f"{unit}岗位廉政风险点及防控措施一览表", None, None, None, None, None, None, None,
               "风险等级（按岗位确定）", None)  # fmt: skip
    sh.merge(r, 0, r, 6)
    sh.merge(r, 8, r, 9)
    sh.add(
        "序号",
        "站所",
        "岗位",
        "姓名",
        "廉政风险点",
        "风险类型",
        "防控措施",
        None,
        "岗位",
        "风险等级",
    )
    level_of = dict(POST_LEVELS)
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, measures) in enumerate(POST_POINTS, 1):
        beside = POST_LEVELS[n - 1] if n <= len(POST_LEVELS) else (None, None)
        sh.add(n, dept, post, who, point, typ, measures, None, *beside)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[level_of[post]])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：同一岗位的各风险点风险等级相同，按右侧表中该岗位的风险等级执行。", 7)
    sh.add("填表人：", None, "审核人：", None, "2025年4月", None, None, None, None, None)
    return _layout(
        "tongdao_dagaoping_township_post_levels", "https://m.sboyo.com/1/2648196.html",
        "(harder) 乡人民政府 岗位廉政风险点及防控措施一览表 with NO level column, after the source's primer on what a "
        "乡镇政府 does (执行政策, 管理乡镇财政, 发放补贴, 修建道路, 调解矛盾): 序号/站所 merged/岗位 and 姓名 merged per "
        "person/廉政风险点/风险类型 ``…风险``/防控措施; beside it, after one empty column, a small table captioned "
        "``风险等级（按岗位确定）`` ``岗位 | 风险等级``, one row a POST (``一级/二级/三级``, not in the list's order), "
        "its rows level with the list's first rows; a ``注：`` line saying each post's points take its level "
        "from the table on the right; two 副乡长 share a post",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def tongdao_ethnic_religious_bureau_list() -> dict:
    unit = f"{PLACE}民族宗教事务局"
    sh = _Sheet("一览表", [6, 16, 10, 10, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "职务", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "叱罗翊湛", "leader", "少数民族发展资金项目安排个人说了算", "制度机制风险", "高",
         "项目安排局党组集体研究，结果公示。"),
        ("局领导", "局长", "叱罗翊湛", "leader", "为亲友承揽民族村寨建设工程打招呼", "思想道德风险", "高",
         "工程项目公开招标，过问情况登记报告。"),
        ("民族工作股", "股长", "贺赖瀞沅", "middle", "特色村寨项目申报材料审核不严", "岗位职责风险", "中",
         "申报材料实地核查，股室集体审核。"),
        ("民族工作股", "股长", "贺赖瀞沅", "middle", "项目验收降低标准、虚报完成量", "业务流程风险", "高",
         "验收邀请乡镇、村参加，资料留存。"),
        ("民族工作股", "科员", "叱罗琤霂", "general", "民族节日活动经费报销不实", "制度机制风险", "低",
         "活动经费预算审批，票据两人审核。"),
        ("宗教事务股", "股长", "贺赖琛翾", "middle", "宗教活动场所审批中收受财物", "外部环境风险", "中",
         "审批事项公开办理时限，结果公示。"),
        ("宗教事务股", "股长", "贺赖琛翾", "middle", "场所年检走过场、不按规定处理", "岗位职责风险", "低",
         "年检两人以上现场检查，问题台账管理。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为高、中、低三个等级。", 8)
    sh.add("制表：办公室", None, None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "tongdao_ethnic_religious_bureau_list", "http://www.qdn.cn/html/2013/hp_0321/79660.shtml",
        "县民族宗教事务局 岗位廉政风险防控一览表, after the source's report of a county's 人口较少民族 村寨 projects "
        "(人行桥, 连户路硬化, 民族节日活动, 双语教学补助): a title, 序号/科室 merged/职务 and 姓名 merged per person/"
        "廉政风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施; a ``注：`` line and a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def tongdao_culture_tourism_bureau_screening() -> dict:
    unit = f"{PLACE}文化旅游广电体育局"
    sh = _Sheet("排查表", [6, 16, 12, 10, 40, 11, 10, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}廉政风险点排查表", 8)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报日期：2025年5月", 8)
    sh.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("局领导", "副局长", "贺赖霈翎", "leader", "旅游市场检查中为旅行社说情", "思想道德", "一级",
         "检查结果集体研判，过问登记。"),
        ("局领导", "副局长", "贺赖霈翎", "leader", "体育场馆维修项目指定施工单位", "制度机制", "一级",
         "维修项目公开比选，全程监督。"),
        ("旅游市场股", "股长", "叱罗沨瑗", "middle", "导游违规行为查处不到位、以罚代管", "岗位职责", "一级",
         "案件法制审核，处罚结果公开。"),
        ("旅游市场股", "股长", "叱罗沨瑗", "middle", "假日检查前向景区通风报信", "外部环境", "二级",
         "检查行动临时通知，两人以上执法。"),
        ("广电股", "科员", "贺赖珈沄", "general", "广播电视户户通设备发放登记不实", "业务流程", "二级",
         "设备发放签字登记，乡镇复核。"),
        ("广电股", "科员", "贺赖珈沄", "general", "接受器材供应商宴请", "思想道德", "三级",
         "签订廉洁承诺书，公开监督电话。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    sh.add("填表人：", None, "审核人：", None, "局长（签字）：", None, None, None)
    return _layout(
        "tongdao_culture_tourism_bureau_screening", "http://travel.office369.com/dongtai/29680.html",
        "县文化旅游广电体育局 廉政风险点排查表, after the source's report of a 文体广旅局's holiday 旅游市场 joint "
        "inspection (旅游包车, 导游资质, 派遣单, 返利回扣): ``附件2``, a title, a merged 填报单位/填报日期 line, then "
        "序号/股室/岗位/姓名 on EVERY row/廉政风险点/风险类别 (short names)/风险等级 ``一级/二级/三级``/防控措施; a "
        "填表人/审核人/局长（签字） line",
        [sh], t,
    )  # fmt: skip


def tongdao_library_cards() -> dict:
    unit = f"{PLACE}图书馆"
    t = _Truth(unit)
    cards = [
        ("馆长", "贺赖璆湉", "主持馆内全面工作，负责经费和采购审批", "leader", [
            ("图书采购指定书商、收受回扣", "★★★", "图书采购按政府采购程序，验收两人以上。"),
            ("免费开放经费使用不规范", "★★", "经费专款专用，按季度公开。"),
        ]),
        ("采编部主任", "叱罗翃澂", "图书采购计划、验收、编目", "middle", [
            ("验收图书数量、质量把关不严", "★★", "验收清单与合同逐项核对，签字留存。"),
            ("剔旧图书私自处理变卖", "★★★", "剔旧图书登记造册，集体研究处置。"),
        ]),
        ("流通部管理员", "贺赖瑀淏", "借阅服务、读者证办理", "general", [
            ("读者押金收取不入账", "★", "押金开具统一票据，按月对账。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, duty, tier, items in cards:
        sh = _Sheet(post, [8, 38, 12, 36])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("持卡人", who, "职　务", post)
        r = sh.add("主要职责", duty, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, lv, measures) in enumerate(items, 1):
            sh.add(i, point, lv, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[lv])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人签名：", None, "馆长签名：", None)
        sheets.append(sh)
    return _layout(
        "tongdao_library_cards", "https://cnzh.gov.cn/News/Detail/20190827094322405.html",
        "县图书馆 岗位廉政风险防控卡, one sheet a person (tabs named by the post), after the source's account of a "
        "区文旅体局's campaign whose office sat in the 区图书馆 (排查, 文化市场, 资料收集与上报): a title, ``持卡人 | … | "
        "职　务 | …`` and a merged 主要职责 line, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line "
        "reading the stars; no type column; 持卡人签名/馆长签名",
        sheets, t,
    )  # fmt: skip


def tongdao_cultural_centre_posts() -> dict:
    unit = f"{PLACE}文化馆"
    sh = _Sheet("清单", [6, 14, 14, 40, 14, 12, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "部室", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("群众文化部", "培训辅导岗", "general", "公益培训班学员名额优亲厚友", "思想道德风险", "二级风险",
         "报名结果公开，名额按报名先后确定。"),
        ("群众文化部", "培训辅导岗", "general", "借公益培训私下收费", "岗位职责风险", "一级风险",
         "培训一律免费，公开举报电话。"),
        ("群众文化部", "活动策划岗", "general", "演出活动外包指定演艺公司", "制度机制风险", "一级风险",
         "外包项目比选，馆务会集体决定。"),
        ("非遗保护部", "非遗保护岗", "general", "传承人补助资金申报审核不严", "业务流程风险", "一级风险",
         "补助名单公示，乡镇文化站复核。"),
        ("办公室", "财务岗", "general", "排练场地借用收费不入账", "业务流程风险", "三级风险",
         "借用实行预约登记，收费开具票据。"),
        ("办公室", "财务岗", "general", "虚列培训讲课费", "外部环境风险", "二级风险",
         "讲课费凭签到表、课表发放。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), RISKS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, "审核：", None, "2025年3月", None, None)
    return _layout(
        "tongdao_cultural_centre_posts", "https://www.tianshui.gov.cn/wlj/info/1802/191822.htm",
        "县文化馆 岗位廉政风险防控清单 对岗不对人, after the source's report of a 县文化馆's 公益培训班 (舞蹈, 古筝, "
        "二胡, 工笔画; 免费开放): a title, 序号/部室 merged/岗位 merged per post/廉政风险点/风险类型 ``…风险``/风险等级 "
        "``一级风险/二级风险/三级风险``/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def tongdao_village_duty_list() -> dict:
    unit = f"{TOWNSHIP}岩寨村"
    sh = _Sheet("责任清单", [6, 14, 10, 40, 11, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 7)
    sh.add("序号", "职务", "姓名", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("村党支部书记", "叱罗瀛翛", "leader", "村级重大事项不按“四议两公开”决策", "制度机制", "高风险",
         "重大事项村民代表会议表决，结果公开。"),
        ("村党支部书记", "叱罗瀛翛", "leader", "集体资产发包优亲厚友", "思想道德", "高风险",
         "资产发包进乡“三资”平台公开竞价。"),
        ("村委会主任", "贺赖汐琮", "leader", "村级工程虚增工程量", "业务流程", "中风险",
         "工程结算乡农经站审核，村务监督委员会监督。"),
        ("村会计", "叱罗珝沚", "general", "白条入账、坐支现金", "岗位职责", "中风险",
         "村账乡代管，现金限额管理。"),
        ("村会计", "叱罗珝沚", "general", "财务公开内容不全、不及时", "外部环境", "低风险",
         "每季度公开收支明细，群众可查询。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, "审核人：", None, "村党支部（盖章）", None, None)
    return _layout(
        "tongdao_village_duty_list",
        "https://www.taixing.gov.cn/zwgk/xxgk/fggw/bmxzwj/art/2015/art_6f1da90183b049f69180275401e75157.html",
        "村 廉政风险防控责任清单, after the source's 镇 农村集体经济组织财务管理制度 (村党组织书记 the first in "
        "charge, 村会计, 审批把关, 结报): a title, 序号/职务/姓名 on EVERY row (no 科室)/廉政风险点/风险类别 (short "
        "names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/村党支部（盖章） line",
        [sh], t,
    )  # fmt: skip


def tongdao_township_finance_selfchecks() -> dict:
    unit = f"{TOWNSHIP}财政所"
    t = _Truth(unit)
    people = [
        ("贺赖璇琇", "所长", "leader", [
            ("惠农补贴资金拨付审核把关不严", "高", "补贴资金“一卡通”发放，名单公示。", "已落实"),
            ("村级预算调整审批随意", "中", "预算调整报乡党委审定。", "未发现问题"),
        ]),
        ("叱罗湛瀞", "会计", "general", [
            ("报账凭证审核不严、虚列支出", "高", "报账实行会签，凭证两人审核。", "已落实"),
            ("公款私存、私设小金库", "中", "账户统一开设，银行对账单按月核对。", "已落实"),
            ("会计档案保管不善", "低", "会计档案按年装订归档。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", who, "职　务", post, "填表日期：2025年5月")
        sh.add("序号", "廉政风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, "", post, who, tier, point, [], HML[lv])
        sh.add("本人签名：", None, "所长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "tongdao_township_finance_selfchecks", "http://m.1-jiu.com/zhidu/2516328.html",
        "乡 财政所 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 村级集体经济 "
        "财务管理制度 (预决算管理, 民主理财, 农经部门审批): a title, a label row ``姓　名 | … | 职　务 | … | "
        "填表日期：…`` (no 所室: the 所 is the unit), then 序号/廉政风险点/风险等级 高/中/低/防控措施/"
        "``自查情况``; no type column; ``本人签名： | 所长意见：``",
        sheets, t,
    )  # fmt: skip


def tongdao_archives_group_rows() -> dict:
    unit = f"{PLACE}档案馆"
    sh = _Sheet("清单", [6, 12, 10, 40, 14, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、馆领导", "馆领导", [
            ("馆长", "叱罗琰翀", "leader", [
                ("档案数字化外包项目指定公司", "制度机制风险", "Ⅰ级", "外包项目公开采购，馆务会集体研究。"),
            ]),
        ]),
        ("二、接收征集股", "接收征集股", [
            ("股长", "贺赖瀛珩", "middle", [
                ("进馆档案接收把关不严", "岗位职责风险", "Ⅰ级", "接收档案逐卷清点，交接双方签字。"),
                ("档案鉴定销毁不按程序", "业务流程风险", "Ⅱ级", "销毁登记造册，二人以上监销。"),
            ]),
        ]),
        ("三、利用服务股", "利用服务股", [
            ("查阅接待员", "叱罗汐翊", "general", [
                ("违规提供未开放档案查阅", "岗位职责风险", "Ⅰ级", "查阅审批登记，未开放档案馆长审批。"),
                ("收受查档人财物", "外部环境风险", "Ⅱ级", "查档服务公开承诺，设意见箱。"),
                ("出具档案证明不核对原件", "制度机制风险", "Ⅲ级", "证明由两人核对原件后出具。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, dept, staff in groups:
        _line(sh, shown, 7)
        first = len(sh.rows)
        for post, who, tier, points in staff:
            for point, typ, lv, measures in points:
                n += 1
                sh.add(n, post, who, point, typ, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("填表：", None, "审核：", None, None, "2025年5月", None)
    return _layout(
        "tongdao_archives_group_rows", "https://eambbs.com/html/.xxgkdagz.201504t20150413_603281.html",
        "县档案馆 岗位廉政风险防控清单 under GROUP ROWS, after the source's 档案鉴定和销毁制度 (鉴定小组, 登记造册, "
        "二人以上监销): a title, 序号/岗位/姓名/廉政风险点/风险类型 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施, "
        "group rows ``一、馆领导``, ``二、接收征集股``, ``三、利用服务股`` merged across; 岗位 and 姓名 merged per person",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    tongdao_dagaoping_township_post_levels(),
    tongdao_ethnic_religious_bureau_list(),
    tongdao_culture_tourism_bureau_screening(),
    tongdao_library_cards(),
    tongdao_cultural_centre_posts(),
    tongdao_village_duty_list(),
    tongdao_township_finance_selfchecks(),
    tongdao_archives_group_rows(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch994-inbox"))

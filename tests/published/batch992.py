"""The nine-hundred-and-ninety-second batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 党委工作机关
and 群团, 浦北县 (钦州市, 广西) — the 县委办公室, 县委组织部, 县委宣传部, 县委统战部, 县委党校, the 县总工会,
团县委 and 县妇联 — each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS
or Excel:

- the 县委办公室's 一览表: ``科室`` merged (``办领导``, ``秘书科``, ``机要保密科``), ``职务 | 姓名`` merged per
  person, ``…风险`` types, 高/中/低 and a ``注：`` line;
- the 县委宣传部's 排查表: ``股室 | 岗位 | 姓名`` on EVERY row, short types under ``风险类别``,
  ``一级/二级/三级``, under ``附件1`` and a 填报单位 line;
- the 县委统战部's 防控卡, one sheet a person (tabs named by the person): ``姓　名 | … | 职　务 | …``
  and a merged 岗位职责 line, short types, ``高风险/中风险/低风险``;
- the 县总工会's 清单: ``部室 | 岗位 | 责任人`` merged per person, a short ``风险点`` beside a long
  ``风险表现``, ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column;
- the 团县委's 自查表, one sheet a person: a label row ``姓　名 | 所在部门 | 职　务 | 自查日期`` over a
  row of values, ``★★★/★★/★`` read by a ``注：`` line, ``防控措施 | 自查情况``, no type column;
- the 县妇联's 清单 对岗不对人: ``岗位`` merged, ``…风险`` types under ``风险类型``, 高/中/低; no names;
- the 县委党校's 清单 under GROUP ROWS ``一、校领导``, ``二、教务科`` (no 科室 column), ``岗位 | 姓名``
  merged per person, ``一级风险/二级风险/三级风险``, no type column.

One is harder:

- ``pubei_organization_duty_rows``: the 县委组织部's 岗位廉政风险防控清单 in which each person's block
  of points OPENS WITH A ROW REPEATING HIS 岗位职责: ``序号 | 科室 | 岗位 | 姓名 | 廉政风险点 | 风险类别 |
  风险等级 | 防控措施``, the 科室, 岗位 and 姓名 merged down over the person's rows, and the first of those
  rows has no 序号, no level, no type and no measures: its ``廉政风险点`` cell (merged across to
  防控措施) reads ``岗位职责：负责…`` — a sub-heading saying what the post does, not a risk; a
  ``注：`` line says so. The README's 读得懂的表 and docs/layouts.md know duty lines among the
  points in ONE cell (``POINTS_AMONG_DUTY_LINES``), a 岗位职责 line on a 防控卡 and a ``岗位职责`` column;
  they do not describe a row of a list giving the post's duties between the points, which is no
  point and names no level (its 科室, 岗位 and 姓名 those of the points under it).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (党员档案 and its 管理; a 党委办公室's
公文 and 机要 rules; a 市委宣传部's 职责 and budget; a 县委统战部's 工商联 and 商会 work; a 县总工会's
送温暖 relief; a 团县委's 希望工程 grants; a 县妇联's 帮扶 projects and money; a 党校's 廉政教育) and the
layout follows their words for the unit, its parts, its posts and its risks. The rows are worded by
us, the names invented (the rare compound surnames 纥骨 and 拔拔 with rare given names); every unit
is a body of 浦北县.

Run ``python tests/published/score.py --set batch992`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a ``岗位职责：…`` row is no point; the points under it are the person's of the
  merged 科室, 岗位 and 姓名 cells; the ``注：`` line is no point;
- ``办领导``, ``部领导``, ``会领导``, ``团县委领导`` and ``校领导`` (a group row) are the 科室 of the unit's leaders; a 县委's 科, a
  工会's 部, a 党校's 科 are 科室;
- each 县委 body, the 工会, the 团县委, the 妇联 and the 党校 are units of their own: 常务副主任, 副部长,
  常务副部长, 副主席, 主席, 副书记, 常务副校长 are leaders; 科长, 部长 (of a 工会's 部), 主任 (of a
  妇联's 办公室, of the 团县委's 青少年发展中心) middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``岗位职责``, ``自查情况`` and ``自查日期`` are no
  points and name no holder; the 妇联's list names no person: its forms are posts;
- 高/中/低, ``一级/二级/三级``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, ``一级风险/…`` and ``高风险/中风险/低风险``
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

PREFIX = "b992_"
PLACE = "浦北县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
DUTY = "岗位职责："


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# (科室, 岗位, 姓名, tier, 岗位职责, [(廉政风险点, 风险类别, 风险等级, 防控措施)])
DUTY_BLOCKS = [
    ("部领导", "常务副部长", "纥骨澂翯", "leader", "协助部长主持日常工作，分管干部监督和公务员管理工作", [
        ("干部选拔任用动议中为他人打招呼、说情", "思想道德", "高", "动议酝酿全程纪实，说情打招呼一律登记报告。"),
        ("公务员招录、遴选中降低标准", "制度机制", "高", "招录方案部务会集体研究，结果公示。"),
    ]),
    ("干部科", "科长", "拔拔翊沨", "middle", "负责科级干部考察、任免审批和干部人事档案管理", [
        ("干部考察谈话范围随意缩小、走过场", "岗位职责", "高", "考察组两人以上，谈话名单事先确定。"),
        ("干部人事档案“三龄两历”审核不严、涂改", "业务流程", "中", "档案专审两人复核，查借阅登记。"),
        ("泄露干部考察、任免酝酿情况", "岗位职责", "中", "签订保密承诺书，违者追责。"),
    ]),
    ("组织科", "科员", "纥骨沅珩", "general", "负责党费收缴管理、党员发展和党组织关系转接", [
        ("党费收缴不及时、截留挪用", "制度机制", "中", "党费专户管理，按季对账公开。"),
        ("发展党员把关不严、违规突击发展", "业务流程", "高", "发展对象预审，程序材料逐一核查。"),
    ]),
    ("干部监督科", "科员", "拔拔瀞岚", "general", "负责受理干部选任举报和领导干部个人有关事项报告查核", [
        ("对选人用人举报压案不查、泄露举报人信息", "岗位职责", "高", "举报件登记编号，办结情况报部务会。"),
        ("个人有关事项查核结果把关不严", "外部环境", "低", "查核结果两人复核，异常事项集体研判。"),
    ]),
]  # fmt: skip


def pubei_organization_duty_rows() -> dict:
    unit = f"中共{PLACE}委组织部"
    sh = _Sheet("清单", [6, 14, 12, 10, 42, 11, 9, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类别", "风险等级", "防控措施")
    first = len(sh.rows)
    n = 0
    duty_rows = []
    for dept, post, who, tier, duty, points in DUTY_BLOCKS:
        duty_rows.append(sh.add(None, dept, post, who, f"{DUTY}{duty}", None, None, None))
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    for r in duty_rows:
        sh.merge(r, 4, r, 7)
    _line(sh, "注：每名干部首行为本人岗位职责，其下逐条填写廉政风险点；风险等级分高、中、低。", 8)
    sh.add("填表：干部监督科", None, None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "pubei_organization_duty_rows", "https://m.fx361.cc/news/2020/0807/6928664.html",
        "(harder) 县委组织部 岗位廉政风险防控清单 whose each person's block OPENS WITH A ROW REPEATING HIS 岗位职责, "
        "after the source's paper on 党员档案 and its 管理 (入党材料, 政审, 档案审核): a title, 序号/科室 merged/岗位 and "
        "姓名 merged per person (over the duty row too)/廉政风险点/风险类别 (short names)/风险等级 高/中/低/防控措施; the "
        "first row of each person has no 序号 and its 廉政风险点 cell, merged across to 防控措施, reads "
        "``岗位职责：负责…``; a ``注：`` line saying so",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def pubei_office_list() -> dict:
    unit = f"中共{PLACE}委办公室"
    sh = _Sheet("一览表", [6, 14, 12, 10, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "职务", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("办领导", "常务副主任", "拔拔翾湉", "leader", "办公经费和接待经费审批把关不严", "制度机制风险", "高",
         "经费支出主任办公会研究，按季公开。"),
        ("办领导", "常务副主任", "拔拔翾湉", "leader", "车辆调度、维修中照顾关系", "思想道德风险", "中",
         "车辆维修定点招标，调度登记。"),
        ("秘书科", "科长", "纥骨琤翀", "middle", "会议组织中超标准安排食宿", "业务流程风险", "中",
         "会议费按定额结算，清单审核。"),
        ("秘书科", "科长", "纥骨琤翀", "middle", "公务接待虚报人数、套取经费", "岗位职责风险", "高",
         "接待凭公函，清单与发票一并审核。"),
        ("机要保密科", "科员", "拔拔岫澈", "general", "涉密文件传阅登记不全、私自复制", "岗位职责风险", "高",
         "密件专柜专人管理，复制须经领导批准。"),
        ("机要保密科", "科员", "拔拔岫澈", "general", "泄露县委常委会议题和议定事项", "外部环境风险", "中",
         "签订保密承诺书，会议材料会后收回。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为高、中、低三个等级。", 8)
    sh.add("制表：秘书科", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "pubei_office_list",
        "https://cn.wa01.com/novel/pagea/dangwugongzuoguifanwenbenzuixintuwencaiseban-dongfangzhi_23.html",
        "县委办公室 岗位廉政风险防控一览表, after the source's rules for a 党委办公室's 公文管理 (机要保密室, 密级, 复制、"
        "汇编, 撤销和废止): a title, 序号/科室 merged/职务 and 姓名 merged per person/廉政风险点/风险类型 ``…风险``/"
        "风险等级 高/中/低/防控措施; a ``注：`` line and a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def pubei_publicity_screening() -> dict:
    unit = f"中共{PLACE}委宣传部"
    sh = _Sheet("排查表", [6, 16, 12, 10, 40, 11, 10, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}廉政风险点排查表", 8)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：2025年5月", 8)
    sh.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("部领导", "副部长", "纥骨沚瑗", "leader", "文艺评奖、项目评审中打招呼", "思想道德", "一级",
         "评审专家随机抽取，结果公示。"),
        ("部领导", "副部长", "纥骨沚瑗", "leader", "宣传文化专项资金分配不公开", "制度机制", "一级",
         "资金分配部务会集体研究，按项目公开。"),
        ("新闻科", "科长", "拔拔琬霂", "middle", "有偿新闻、有偿不闻", "岗位职责", "二级",
         "稿件三审，公开监督电话。"),
        ("新闻科", "科长", "拔拔琬霂", "middle", "外宣稿件奖励核定不实", "业务流程", "三级",
         "奖励名单按季公示，财务复核。"),
        ("文明创建科", "科员", "纥骨翎澍", "general", "文明单位测评中弄虚作假", "岗位职责", "二级",
         "测评两人以上实地核查，资料留存。"),
        ("文明创建科", "科员", "纥骨翎澍", "general", "公益广告制作发布指定商家", "外部环境", "三级",
         "制作发布比价采购，验收登记。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    sh.add("填表人：", None, "审核人：", None, "部长（签字）：", None, None, None)
    return _layout(
        "pubei_publicity_screening", "https://www.bp.gov.cn/html/BPSZF/202501/0173649026527056.html",
        "县委宣传部 廉政风险点排查表, after the source's account of a 市委宣传部's 职责 and budget (意识形态, 理论宣传, "
        "新闻出版, 精神文明建设): ``附件1``, a title, a merged 填报单位/填报时间 line, then 序号/股室/岗位/姓名 on EVERY "
        "row/廉政风险点/风险类别 (short names)/风险等级 ``一级/二级/三级``/防控措施; a 填表人/审核人/部长（签字） line",
        [sh], t,
    )  # fmt: skip


def pubei_united_front_cards() -> dict:
    unit = f"中共{PLACE}委统战部"
    t = _Truth(unit)
    cards = [
        ("拔拔澂翃", "副部长、县工商联党组书记", "分管经济领域统战和工商联（总商会）工作", "leader", [
            ("商会换届中为企业主拉票、打招呼", "思想道德", "高风险", "换届人选集体研究，程序公开。"),
            ("非公经济人士政治安排把关不严", "制度机制", "高风险", "人选综合评价，征求纪检等部门意见。"),
        ]),
        ("纥骨珝沨", "党外干部科科长", "党外代表人士培养、推荐和联系服务", "middle", [
            ("党外代表人士推荐优亲厚友", "岗位职责", "中风险", "推荐人选科务会研究，部务会审定。"),
            ("接受联系对象宴请、礼品", "外部环境", "中风险", "联系交友登记报告，签订廉洁承诺。"),
        ]),
        ("拔拔瑀琛", "民族宗教科科员", "民族宗教事务和宗教活动场所管理", "general", [
            ("宗教活动场所补助资金审核不实", "业务流程", "中风险", "补助资金两人审核，结果公示。"),
            ("少数民族优惠政策审核放宽条件", "岗位职责", "低风险", "申报材料逐项核查，抽查回访。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, duty, tier, items in cards:
        sh = _Sheet(who, [8, 36, 12, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 5)
        sh.add("姓　名", who, "职　务", post, None)
        r = sh.add("岗位职责", duty, None, None, None)
        sh.merge(r, 1, r, 4)
        sh.add("序号", "风险点", "风险类别", "风险等级", "防控措施")
        for i, (point, typ, lv, measures) in enumerate(items, 1):
            sh.add(i, point, typ, lv, measures)
            t.point(sh.name, "", post, who, tier, point, types_in(typ), HIGHS[lv])
        sh.add("持卡人签名：", None, "部领导审核：", None, None)
        sheets.append(sh)
    return _layout(
        "pubei_united_front_cards", "http://msn.finance.sina.com.cn/gdxw/20120228/0000724256.html",
        "县委统战部 岗位廉政风险防控卡, one sheet a person (tabs named by the person), after the source's report on a "
        "县委统战部's 工商联 and 基层商会 work (乡镇商会, 行业商会, 非公有制企业维权): a title, ``姓　名 | … | 职　务 | …`` "
        "and a merged 岗位职责 line, then 序号/风险点/风险类别 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; "
        "持卡人签名/部领导审核",
        sheets, t,
    )  # fmt: skip


def pubei_trade_union_list() -> dict:
    unit = f"{PLACE}总工会"
    sh = _Sheet("清单", [6, 14, 12, 10, 18, 38, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控清单", 8)
    sh.add("序号", "部室", "岗位", "责任人", "风险点", "风险表现", "风险等级", "防控措施")
    rows = [
        ("会领导", "副主席", "纥骨翛瀛", "leader", "经费审批", "工会经费支出个人说了算、超范围列支", "Ⅰ级",
         "经费支出主席办公会集体研究，年度审计。"),
        ("会领导", "副主席", "纥骨翛瀛", "leader", "送温暖资金", "困难职工慰问对象确定优亲厚友", "Ⅰ级",
         "慰问名单基层工会推荐、公示。"),
        ("权益保障部", "部长", "拔拔琰岍", "middle", "帮扶救助", "大病救助材料审核不实、重复救助", "Ⅱ级",
         "救助档案一户一档，与医保数据比对。"),
        ("权益保障部", "部长", "拔拔琰岍", "middle", "劳模评选", "劳模推荐中降低标准、打招呼", "Ⅱ级",
         "推荐人选公示，征求纪检意见。"),
        ("财务部", "会计", "纥骨瑛沄", "general", "经费收缴", "工会经费返还拨付不及时、截留", "Ⅲ级",
         "返还拨付按月对账，基层工会确认。"),
        ("财务部", "会计", "纥骨瑛沄", "general", "票据管理", "虚开、重复报销票据", "Ⅱ级",
         "票据逐张审核，报销两人签字。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, desc, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, desc, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, "审核人：", None, None, None, "2025年4月", None)
    return _layout(
        "pubei_trade_union_list", "https://workercn.cn/28/201402/14/140214085043304.shtml",
        "县总工会 廉政风险防控清单, after the source's account of a 县总工会's 春节送温暖 (生活救助, 大病救助, 取暖补助, "
        "助学救助): a title, 序号/部室 merged/岗位 and 责任人 merged per person/a short ``风险点``/a long ``风险表现``/"
        "风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no type column; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def pubei_youth_league_selfchecks() -> dict:
    unit = f"共青团{PLACE}委员会"
    t = _Truth(unit)
    people = [
        ("拔拔沨琮", "团县委领导", "副书记", "leader", [
            ("希望工程助学金发放对象确定不公", "★★★", "受助学生学校、乡镇两级审核，结果公示。", "已落实"),
            ("爱心企业捐赠资金使用不透明", "★★★", "捐赠资金专户管理，按项目公开。", "已落实"),
        ]),
        ("纥骨岚翙", "办公室", "科员", "general", [
            ("青年志愿者活动经费虚报冒领", "★★", "活动经费凭签到表和影像资料报销。", "未发现问题"),
            ("“两红两优”推荐评选暗箱操作", "★", "评选结果团县委常委会审定并公示。", "已落实"),
        ]),
        ("拔拔霁璆", "青少年发展中心", "主任", "middle", [
            ("青少年活动场地出租收入不入账", "★★", "收入统一进财务专户，票据核销。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在部门", "职　务", "自查日期", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], STARS[lv])
        _line(sh, "注：★★★为一级风险，★★为二级风险，★为三级风险。", 5)
        sh.add("本人签名：", None, "书记审核：", None, None)
        sheets.append(sh)
    return _layout(
        "pubei_youth_league_selfchecks", "http://qnzz.youth.cn/place/xianji/201609/t20160912_8646030.htm",
        "团县委 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's report on a 县团委's "
        "山区希望工程 grants (助学活动, 资助对象, 爱心接力): a title, a label row ``姓　名 | 所在部门 | 职　务 | 自查日期`` "
        "over a row of values, then 序号/廉政风险点/风险等级 ``★★★/★★/★``/防控措施/``自查情况``; a ``注：`` line; no "
        "type column; ``本人签名： | 书记审核：``",
        sheets, t,
    )  # fmt: skip


def pubei_womens_federation_posts() -> dict:
    unit = f"{PLACE}妇女联合会"
    sh = _Sheet("清单", [6, 14, 40, 14, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 6)
    sh.add("序号", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("主席", "leader", "妇女儿童民生项目资金分配凭个人意见", "制度机制风险", "高", "项目资金执委会研究，结果公示。"),
        ("主席", "leader", "“两癌”救助对象确定中打招呼", "思想道德风险", "高", "救助名单乡镇初审、县级复核公示。"),
        ("办公室主任", "middle", "妇女小额贴息贷款推荐审核不严", "岗位职责风险", "中", "推荐材料两人审核，银行联审。"),
        ("办公室主任", "middle", "“妇女之家”建设经费验收走过场", "业务流程风险", "中", "验收实地查看，资料归档。"),
        ("权益部干事", "general", "维权信访件处理拖延、偏袒", "岗位职责风险", "低", "信访件登记编号，限时办结回访。"),
        ("权益部干事", "general", "接受被帮扶对象、合作机构财物", "外部环境风险", "中", "签订廉洁承诺书，公开监督电话。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, point, typ, lv, measures)
        t.point(sh.name, "", post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add("编制：办公室", None, "审核：", None, "2025年3月", None)
    return _layout(
        "pubei_womens_federation_posts", "http://m.qianyancaifu.com/news/xianqu/baihe/2022-12-16/429087.html",
        "县妇联 岗位廉政风险防控清单 对岗不对人, after the source's report on a 县妇联's 帮扶 projects and money (“两癌”"
        "救助, 母亲水窖, 妇女小额贴息贷款, 维权网络): a title, 序号/岗位 merged per post/廉政风险点/风险类型 ``…风险``/"
        "风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def pubei_party_school_group_rows() -> dict:
    unit = f"中共{PLACE}委党校"
    sh = _Sheet("责任清单", [6, 12, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、校领导", "校领导", [
            ("常务副校长", "纥骨湉翮", "leader", [
                ("培训班食宿、教材采购指定供应商", "一级风险", "采购按程序比价，校委会研究。"),
                ("外请师资课酬标准随意提高", "二级风险", "课酬按标准执行，财务审核。"),
            ]),
        ]),
        ("二、教务科", "教务科", [
            ("科长", "拔拔珺澹", "middle", [
                ("主体班学员考勤、结业考核放宽要求", "一级风险", "考勤系统打卡，考核结果公示。"),
            ]),
            ("教员", "纥骨璆翀", "general", [
                ("课题经费报销虚列支出", "二级风险", "课题经费专账管理，按进度报销。"),
                ("为学员代写学习心得、论文", "三级风险", "论文查重，发现违规通报。"),
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
    sh.add("填表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "pubei_party_school_group_rows", "https://m.fx361.com/news/2017/0522/1845247.html",
        "县委党校 廉政风险防控责任清单 under GROUP ROWS, after the source's paper on a 基层党校's 廉政教育 (干部培训主阵地, "
        "党风廉政学习教育, 廉政文化): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施, "
        "group rows ``一、校领导``, ``二、教务科`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    pubei_organization_duty_rows(),
    pubei_office_list(),
    pubei_publicity_screening(),
    pubei_united_front_cards(),
    pubei_trade_union_list(),
    pubei_youth_league_selfchecks(),
    pubei_womens_federation_posts(),
    pubei_party_school_group_rows(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch992-inbox"))

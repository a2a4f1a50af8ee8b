"""The nine-hundred-and-seventy-seventh batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 政府工作部门,
党委部门, 纪委监委 and one 镇, 拜泉县 (齐齐哈尔市, 黑龙江省) — its 县民政局, 县人民政府办公室, 县委宣传部,
县纪委监委, 县水务局, 县农村供水管理中心, 县教育局 and 兴农镇人民政府 — each handing back the 一览表,
防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 县人民政府办公室's 一览表: ``股室`` merged, ``职务 | 姓名`` merged per person, ``…风险`` types,
  高/中/低 and a ``注：`` line;
- the 县委宣传部's 一览表 in TWO SHEETS: ``班子成员`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级风险/二级风险/三级风险``, no type
  column;
- the 县纪委监委's 排查表 对岗不对人: ``岗位`` merged, a short ``风险点`` beside a long ``风险表现``,
  short types under ``风险类别``, ``高风险/中风险/低风险``; no names;
- the 县水务局's 清单 under GROUP ROWS ``一、局领导`` … (no 科室 column), ``岗位 | 姓名`` merged per
  person, ``Ⅰ级/Ⅱ级/Ⅲ级``;
- the 县农村供水管理中心's 防控卡, one sheet a person (tabs named by the post): ``姓　名 | … | 职　务 | …``
  and a merged 工作职责 line, ``★★★/★★/★`` read by a ``注：`` line;
- the 县教育局's 自查表, one sheet a person: a label row ``姓　名 | 所在股室 | 职　务 | 自查时间`` over a
  row of values, ``一级/二级/三级``, ``防范措施``, ``自查结果``, no type column;
- the 兴农镇人民政府's 一览表 under ``附件1`` and a 填报单位（盖章） line: ``岗位 | 责任人`` on EVERY
  row, short types, ``高/中/低``.

One is harder:

- ``baiquan_civil_affairs_levels_by_duty``: the 县民政局's 股室岗位廉政风险防控一览表, an ordinary
  list (``序号 | 股室 | 岗位 | 姓名 | 岗位职责 | 廉政风险点 | 风险等级 | 防控措施``; 股室 merged; 岗位 and
  姓名 merged per person) whose ``岗位职责`` cell stands beside its points (merged over them, or for
  one 科员 typed again on each of its rows) and whose RISK LEVEL IS WRITTEN ONCE A DUTY: on the
  duty's first row only with the cells under it blank, or merged over the duty's rows, or in the
  duty's own cell (``1.审核城乡低保、特困供养申请（一级）``) with the level cells of its rows blank;
  a ``注：`` line says every point under a duty takes the duty's level. The README's 读得懂的表 and
  docs/layouts.md know a level cell merged down over several points (each takes its value), a
  level in brackets in a merged 环节 or 职责 cell, and a holder's level cell grading his rows by
  their 项次; they do not describe a level written on a DUTY's FIRST ROW ONLY, blank beneath, that a
  note gives every point of the duty.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 民政局's 七规范 of 农村低保; 拜泉县's
entry in a provincial yearbook — its 县委, 县政府 and their work; a 地委's 思想政治工作; a paper on a
国家预防腐败体系; a county's 水利工程分级管理; the 行政管理 of 引水工程; a 特岗教师 recruitment notice; a
镇's 城乡最低生活保障办理指南) and the layout follows their words for the unit, its parts, its posts
and its risks. The rows are worded by us, the names invented (the rare compound surnames 公户 and
公玉 with rare given names); every unit is a body of 拜泉县.

Run ``python tests/published/score.py --set batch977`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each point's level is the one written once for its duty (on the duty's first
  row, in the level cell merged over the duty's rows, or in brackets in the duty's cell); the
  ``岗位职责`` is no point, the bracket no part of a point; no type column, so no types;
- ``班子成员`` is no 科室 (sheet ``班子成员``); ``局领导``, ``办领导``, ``部领导``, ``委领导``, ``中心领导``
  and ``镇领导`` (a 股室 cell, a group row, a 所在股室 value) are the 科室 of those leaders; a 局's,
  办's, 部's, 中心's 股 or 室 is a 科室;
- the 局, the 办, the 部, the 委, the 中心 and the 镇 are units of their own: 局长, 副局长, 主任 and
  副主任 (of an 办 or a 中心), 部长, 副部长, 书记, 副书记, 镇长 and 副镇长 are leaders; 股长 and 室主任
  middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``工作职责``, ``岗位职责``, ``自查结果``
  and ``自查时间`` are no points and name no holder; the 县纪委监委's 排查表 names no person: its forms
  are posts;
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

PREFIX = "b977_"
PLACE = "拜泉县"
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

# how a duty's level is written: on its first row only ("first"), merged over its rows ("merged"),
# in brackets in the duty's own cell ("duty"); a duty typed again on each row ("typed") is not
# merged
# (股室, 岗位, 姓名, tier, [(岗位职责, level, how, typed again, [(廉政风险点, 防控措施)])])
BY_DUTY = [
    ("局领导", "局长", "公户翊澜", "leader", [
        ("1.主持全面工作，负责“三重一大”事项决策", "一级", "first", False, [
            ("重大事项决策不经党组会集体研究，个人说了算", "严格执行“三重一大”集体决策制度，会议纪要存档。"),
            ("干部选拔、评先评优中打招呼、优亲厚友", "选任评优结果经党组会研究并公示。"),
        ]),
        ("2.审定社会救助资金分配方案", "一级", "merged", False, [
            ("救助资金分配向熟人、关系户倾斜", "资金分配方案集体研究，分配结果在县政府网站公开。"),
            ("对救助资金使用中发现的问题不督促整改", "问题整改清单化，纪检组跟踪督办。"),
        ]),
    ]),
    ("社会救助股", "股长", "公玉湛岚", "middle", [
        ("1.审核城乡低保、特困供养申请", "一级", "duty", False, [
            ("对家庭收入、财产核查不实，降低标准审核通过", "入户调查两人以上，经济状况信息比对核查。"),
            ("为亲友违规办理“人情保”“关系保”", "近亲属备案制度，备案对象逐一复核。"),
            ("对乡镇上报的民主评议记录不审核、走过场", "评议记录随机抽查，抽查比例不低于30%。"),
        ]),
        ("2.审批临时救助", "二级", "first", False, [
            ("临时救助金额随意确定，超标准审批", "按标准分档救助，超额事项报局务会研究。"),
            ("重复救助、虚报冒领临时救助金", "救助信息系统查重，发放名单公示。"),
        ]),
    ]),
    ("社会救助股", "科员", "公户珝", "general", [
        ("低保对象动态管理", "二级", "first", True, [
            ("应退不退，对收入超标家庭不及时停保", "每季度比对车辆、工商、社保信息，动态调整。"),
            ("泄露低保对象个人隐私信息", "信息系统分级授权，查询留痕。"),
        ]),
        ("救助资金发放台账管理", "三级", "first", True, [
            ("发放台账与银行代发清单不一致，账实不符", "每月与代发银行对账，双人复核签字。"),
            ("发放回执、签领材料保管不善、遗失", "签领材料按月装订归档，专柜保管。"),
        ]),
    ]),
    ("社会事务股", "股长", "公玉琰翀", "middle", [
        ("1.婚姻登记", "三级", "duty", False, [
            ("为不符合条件的当事人办理婚姻登记", "登记材料双人审核，联网核查婚姻状况。"),
            ("刁难办事群众，索取好处", "公开办事流程和时限，设置意见箱。"),
        ]),
        ("2.殡葬管理", "二级", "first", False, [
            ("殡葬惠民补贴虚报冒领", "补贴发放凭火化证明，名单公示。"),
            ("对违规公墓、乱埋乱葬查处不力", "联合执法，查处情况登记台账。"),
        ]),
    ]),
    ("养老服务股", "股员", "公户沨", "general", [
        ("1.审核养老机构建设、运营补贴", "一级", "first", False, [
            ("虚增床位数、入住人数骗取运营补贴", "入住老人信息系统核验，现场抽查。"),
            ("补贴审核中接受养老机构宴请、礼品", "签订廉洁承诺书，审核两人以上。"),
            ("补贴资金拨付不及时、截留", "补贴按季度拨付，拨付情况公开。"),
        ]),
        ("2.发放高龄津贴", "二级", "merged", False, [
            ("已故老人未及时停发高龄津贴", "与公安、卫健死亡信息每月比对。"),
            ("高龄津贴发放名单审核把关不严", "名单经乡镇初审、股室复审并公示。"),
        ]),
    ]),
    ("财务室", "会计", "公玉璆", "general", [
        ("1.资金拨付", "二级", "first", False, [
            ("专项资金挤占挪用、违规拨付", "专项资金专账核算，拨付经局长审签。"),
        ]),
        ("2.票据与账务管理", "三级", "first", False, [
            ("虚开、代开票据，以票套现", "票据领用登记，定期核销。"),
            ("会计凭证、账簿保管不善", "会计档案按年度装订，专人保管。"),
        ]),
    ]),
]  # fmt: skip


def duty_cell(duty: str, level: str, how: str) -> str:
    """The duty as typed: with its level in brackets when the duty's own cell carries it."""
    return f"{duty}（{level}）" if how == "duty" else duty


def baiquan_civil_affairs_levels_by_duty() -> dict:
    unit = f"{PLACE}民政局"
    sh = _Sheet("一览表", [6, 12, 9, 9, 26, 40, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}股室岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "岗位职责", "廉政风险点", "风险等级", "防控措施")
    first = len(sh.rows)
    n = 0
    merges = []
    for dept, post, who, tier, duties in BY_DUTY:
        for duty, level, how, typed, points in duties:
            top = len(sh.rows)
            for i, (point, measures) in enumerate(points):
                n += 1
                shown = duty_cell(duty, level, how) if i == 0 or typed else None
                lv = level if i == 0 and how in ("first", "merged") else None
                sh.add(n, dept, post, who, shown, point, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, [], GRADES[level])
            last = len(sh.rows) - 1
            if last > top and not typed:
                merges.append((top, 4, last, 4))
            if last > top and how == "merged":
                merges.append((top, 6, last, 6))
    person = lambda row: (row[1], row[2], row[3])  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, person), (3, person)])
    for r0, c0, r1, c1 in merges:
        sh.merge(r0, c0, r1, c1)
    _line(
        sh,
        "注：风险等级按岗位职责评定，分一级、二级、三级，每项职责只填一次（填在该职责第一行或职责栏括号内），"
        "该职责下的各风险点均执行该职责的风险等级。",
        8,
    )
    sh.add("填表：办公室", None, None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "baiquan_civil_affairs_levels_by_duty", "https://www.ppdoc.com/periodical/47776fa6f355f47a4385535dbc075af5.html",
        "(harder) 县民政局 股室岗位廉政风险防控一览表, after the source's account of a 民政局's 七规范 of 农村低保 "
        "(保障范围, 申请, 入户调查审核, 民主评议, 公示): a title, 序号/股室 merged/岗位 and 姓名 merged per person/"
        "``岗位职责`` merged over its points (one 科员's typed again on each row)/廉政风险点/``风险等级`` WRITTEN ONCE A "
        "DUTY — on its first row only, blank beneath, or merged over its rows, or in brackets in the duty's cell "
        "(``1.审核城乡低保、特困供养申请（一级）``)/防控措施; a ``注：`` line saying every point takes its duty's level; "
        "no type column",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def baiquan_government_office_list() -> dict:
    unit = f"{PLACE}人民政府办公室"
    sh = _Sheet("一览表", [6, 12, 10, 10, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "职务", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("办领导", "主任", "公玉瀚翾", "leader", "办公经费、公务接待审批把关不严", "制度机制风险", "高",
         "经费支出经主任办公会研究，接待清单公示。"),
        ("办领导", "主任", "公玉瀚翾", "leader", "为他人承揽县政府投资项目打招呼", "思想道德风险", "高",
         "领导干部插手干预重大事项登记报告。"),
        ("秘书股", "股长", "公户岫筠", "middle", "政府常务会议纪要记录不实", "业务流程风险", "中",
         "纪要经主持人审签，原始记录存档。"),
        ("秘书股", "股长", "公户岫筠", "middle", "县政府文件起草中泄露未公开信息", "岗位职责风险", "中",
         "文稿按密级流转，签订保密承诺书。"),
        ("督查股", "督查员", "公玉琤", "general", "督查检查中接受被督查单位宴请", "外部环境风险", "中",
         "督查两人以上，执行工作纪律。"),
        ("督查股", "督查员", "公玉琤", "general", "督办事项办结情况核实不严", "岗位职责风险", "低",
         "督办事项办结现场核实，结果通报。"),
        ("政务服务股", "科员", "公户澂", "general", "12345热线工单转办、回访弄虚作假", "业务流程风险", "低",
         "工单全程留痕，按比例电话回访。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为高、中、低三个等级。", 8)
    sh.add("制表：秘书股", None, None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "baiquan_government_office_list", "https://www.hljszw.org.cn/home/book/info/get_id/100836.html",
        "县人民政府办公室 岗位廉政风险防控一览表, after the source's entry on 拜泉县 in a provincial yearbook (县委, 县政府, "
        "生态农业, 工业项目): a title, 序号/股室 merged/职务 and 姓名 merged per person/廉政风险点/风险类型 ``…风险``/"
        "风险等级 高/中/低/防控措施; a ``注：`` line and a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def baiquan_propaganda_two_sheets() -> dict:
    unit = f"{PLACE}委宣传部"
    t = _Truth(unit)
    lead = _Sheet("班子成员", [6, 9, 11, 20, 38, 11, 34])
    _line(lead, f"中共{unit}班子成员廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("公户曦璟", "部长", "主持全面工作", [
            ("宣传文化专项资金分配个人说了算", "一级风险", "资金分配经部务会集体研究并公示。"),
            ("宣传品、文艺活动采购指定供应商", "一级风险", "采购按规定比选，纪检全程监督。"),
        ]),
        ("公玉岚珩", "副部长", "分管思想政治工作、新闻宣传", [
            ("典型宣传对象推选中优亲厚友", "二级风险", "推选对象经部务会研究并公示。"),
            ("网络舆情处置中瞒报、迟报", "二级风险", "舆情信息登记报告，限时处置。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "", post, who, "leader", point, [], RISKS[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("股室", [6, 12, 9, 10, 38, 11, 34])
    _line(dept, f"中共{unit}股室廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("理论教育股", "股长", "公户沅", "middle", "理论宣讲补贴虚报冒领", "二级风险", "宣讲场次签到，补贴打卡发放。"),
        ("理论教育股", "股长", "公户沅", "middle", "学习资料征订中收受回扣", "一级风险", "资料征订集中采购，结果公示。"),
        ("文明办", "科员", "公玉翯", "general", "文明单位评选打分优亲厚友", "二级风险", "评选标准公开，结果公示七天。"),
        ("新闻科", "编辑", "公户璇", "general", "有偿新闻、收取版面费", "三级风险", "签订职业道德承诺书，定期抽查。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], RISKS[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "baiquan_propaganda_two_sheets", "https://www.hljszw.org.cn/home/book/info/get_id/217696.html",
        "县委宣传部 廉政风险防控一览表 in TWO SHEETS, after the source's account of a 地委's 思想政治工作 (领导小组, "
        "经验交流, 先进典型): sheet 班子成员 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 merged and "
        "岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级风险/二级风险/三级风险``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def baiquan_discipline_posts() -> dict:
    unit = f"{PLACE}纪委监委"
    sh = _Sheet("排查表", [6, 14, 16, 38, 11, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "岗位", "风险点", "风险表现", "风险类别", "风险等级", "防控措施")
    rows = [
        ("案件审理员", "general", "案件审理定性", "审理中对违纪事实定性把关不严、量纪失当", "岗位职责", "高风险",
         "审理实行集体审议，量纪标准对照执行。"),
        ("案件审理员", "general", "涉案财物处置", "涉案款物登记不全、处置不规范", "制度机制", "中风险",
         "涉案财物统一登记，双人保管。"),
        ("监督检查员", "general", "日常监督", "监督检查中接受被监督单位宴请", "外部环境", "高风险",
         "监督检查两人以上，执行工作纪律。"),
        ("监督检查员", "general", "问题线索处置", "问题线索处置跑风漏气、压案不查", "思想道德", "高风险",
         "线索集体排查，处置情况定期报告。"),
        ("信访室主任", "middle", "信访件办理", "信访举报件登记、转办不及时", "业务流程", "低风险",
         "信访件一件一登记，限时转办。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, point, desc, typ, lv, measures)
        t.point(sh.name, "", post, "", tier, point, types_in(typ), HIGHS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add("编制：党风政风监督室", None, None, "审核：", None, "2025年3月", None)
    return _layout(
        "baiquan_discipline_posts", "https://lw33.cn/article/a2da74f5d8df25a49cf4c499.html",
        "县纪委监委 岗位廉政风险点排查表 对岗不对人, after the source's paper on building a 国家预防腐败体系 (预防与查办, "
        "执法监察, 职能配置): a title, 序号/岗位 merged per post/a short 风险点/a long 风险表现/风险类别 (short names)/"
        "风险等级 ``高风险/中风险/低风险``/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def baiquan_water_group_rows() -> dict:
    unit = f"{PLACE}水务局"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、局领导", "局领导", [
            ("副局长", "公玉霁川", "leader", [
                ("水利工程招投标中打招呼、定向发包", "Ⅰ级", "招投标进入公共资源交易平台，全程留痕。"),
                ("工程变更签证审批把关不严", "Ⅰ级", "变更签证经局务会集体研究。"),
            ]),
        ]),
        ("二、工程建设股", "工程建设股", [
            ("股长", "公户澜", "middle", [
                ("小型水利工程分级验收走过场", "Ⅱ级", "验收组三人以上，现场签字。"),
            ]),
            ("技术员", "公玉珣", "general", [
                ("工程计量签证虚增工程量", "Ⅱ级", "计量双人复核，影像资料存档。"),
                ("隐蔽工程检查不到场", "Ⅲ级", "隐蔽工程检查拍照留痕。"),
            ]),
        ]),
        ("三、河湖管理股", "河湖管理股", [
            ("科员", "公户翀", "general", [
                ("河道采砂违法行为查处不力", "Ⅱ级", "巡河记录每周上报，查处情况公开。"),
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
                t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("填表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "baiquan_water_group_rows", "https://www.lanyancloud.com/news/2013416297748131840",
        "县水务局 廉政风险防控责任清单 under GROUP ROWS, after the source's account of a county's 水利工程分级管理 "
        "(分级原则, 管护责任, 差异化管理): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施, group "
        "rows ``一、局领导``, ``二、工程建设股``, ``三、河湖管理股`` merged across; 岗位 and 姓名 merged per person; no "
        "type column",
        [sh], t,
    )  # fmt: skip


def baiquan_water_supply_cards() -> dict:
    unit = f"{PLACE}农村供水管理中心"
    t = _Truth(unit)
    cards = [
        ("主任", "公户峤", "主任", "主持中心全面工作，负责农村供水工程建设与运行管理", "leader", [
            ("供水工程维修养护项目指定施工单位", "★★★", "维修项目比选确定，结果公示。"),
            ("水费收入管理不规范、坐收坐支", "★★★", "水费统一缴入专户，每月对账。"),
        ]),
        ("副主任", "公玉泓", "副主任", "分管水质检测、供水安全", "leader", [
            ("水质检测结果弄虚作假", "★★", "检测报告两人签字，原始记录存档。"),
            ("接受供水设备厂商礼品礼金", "★★", "签订廉洁承诺书，节前廉洁提醒。"),
        ]),
        ("收费员", "公户岍", "收费员", "负责农村饮水水费收缴、票据管理", "general", [
            ("收费不开票、截留水费", "★★", "收费一律开具票据，每日交款。"),
            ("减免水费审核不严", "★", "减免名单经中心会议研究并公示。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("工作职责", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "baiquan_water_supply_cards", "https://www.zhemaiyun.com/news/2011626732813185024",
        "县农村供水管理中心 岗位廉政风险防控卡, one sheet a person (tabs named by the post), after the source's account "
        "of the 行政管理 of 引水工程 (立项审批, 资金监管, 施工监督, 水质安全, 运维): a title, ``姓　名 | … | 职　务 | …`` "
        "and a merged 工作职责 line, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and "
        "持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def baiquan_education_selfchecks() -> dict:
    unit = f"{PLACE}教育局"
    t = _Truth(unit)
    people = [
        ("公玉璟澈", "局领导", "副局长", "leader", [
            ("特岗教师招聘资格审查中打招呼", "一级", "资格审查集体进行，纪检全程监督。", "已落实"),
            ("教师调动、借调审批优亲厚友", "一级", "调动条件公开，结果经局党组研究。", "已落实"),
        ]),
        ("公户霈", "人事股", "股长", "middle", [
            ("教师职称评审材料审核把关不严", "二级", "评审材料两人审核，结果公示。", "未发现问题"),
        ]),
        ("公玉沄", "计划财务股", "会计", "general", [
            ("学生资助资金发放虚报冒领", "二级", "资助名单学校公示，资金直达个人账户。", "已落实"),
            ("营养改善计划资金账目不清", "三级", "专账核算，每学期审计。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在股室", "职　务", "自查时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "廉政风险点", "风险等级", "防范措施", "自查结果")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
        sh.add()
        sh.add("本人签名：", None, "股室负责人意见：", None, None)
        sheets.append(sh)
    return _layout(
        "baiquan_education_selfchecks", "https://wodeyuanxiao.com/Educationalinstitution/hughviuayv.html",
        "县教育局 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's notice of a "
        "特岗教师 recruitment (设岗, 资格审查, 纪检监察全程监督): a title, a label row ``姓　名 | 所在股室 | 职　务 | "
        "自查时间`` over a row of values, then 序号/廉政风险点/风险等级 ``一级/二级/三级``/防范措施/``自查结果``; no "
        "type column; ``本人签名： | 股室负责人意见：``",
        sheets, t,
    )  # fmt: skip


def baiquan_xingnong_town_list() -> dict:
    unit = f"{PLACE}兴农镇人民政府"
    sh = _Sheet("一览表", [6, 12, 10, 40, 11, 9, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 7)
    sh.add("序号", "岗位", "责任人", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("镇长", "公玉翊峣", "leader", "镇级财务支出审批把关不严", "制度机制", "高",
         "支出实行联签，大额支出经党委会研究。"),
        ("副镇长", "公户珺", "leader", "低保入户调查组织走过场", "岗位职责", "高",
         "调查组两人以上，调查表当场签字。"),
        ("副镇长", "公户珺", "leader", "民主评议会议记录不实", "业务流程", "中",
         "评议全程记录，评议结果公示七天。"),
        ("民政助理", "公玉澍", "general", "低保申请材料受理中刁难群众", "外部环境", "中",
         "一次性告知所需材料，限时受理。"),
        ("民政助理", "公玉澍", "general", "为亲属违规申办低保", "思想道德", "低",
         "近亲属备案，回避审核。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
    sh.add("填表人：", None, "审核人：", None, "镇长（签字）：", None, None)
    return _layout(
        "baiquan_xingnong_town_list", "https://www.dhap.com.cn/info/9459/2708503.htm",
        "兴农镇人民政府 岗位廉政风险防控一览表, after the source's 城乡最低生活保障办理指南 of a 镇 (申请, 入户调查, "
        "民主评议, 公示): ``附件1``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/岗位/责任人 on EVERY "
        "row/廉政风险点/风险类别 (short names)/风险等级 高/中/低/防控措施; a 填表人/审核人/镇长（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    baiquan_civil_affairs_levels_by_duty(),
    baiquan_government_office_list(),
    baiquan_propaganda_two_sheets(),
    baiquan_discipline_posts(),
    baiquan_water_group_rows(),
    baiquan_water_supply_cards(),
    baiquan_education_selfchecks(),
    baiquan_xingnong_town_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch977-inbox"))

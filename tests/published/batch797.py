"""The seven-hundred-and-ninety-seventh batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's culture
and tourism bodies, 新县 (of 信阳市, 河南省) — its 文化广电和旅游局, 景区管理处, 图书馆, 文化馆,
文化市场综合执法大队, 鄂豫皖苏区首府革命博物馆, 非物质文化遗产保护中心 and 文物保护中心 — each
handing back the 一览表, 防控卡, 排查表, 清单, 自查表 or 流程图 its staff typed in WPS or Excel:

- the 文化广电和旅游局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 景区管理处's 排查表 对岗不对人 under ``附件1``: ``部门`` and ``岗位`` merged, a short ``风险点`` beside
  a long ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 图书馆's 自查表, one sheet a person: a label row ``姓　名 | 所在部室 | 岗　位 | 填表时间`` over a row
  of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 文化馆's 责任清单 under GROUP ROWS ``一、馆领导`` … ``三、群文活动部`` merged across (no 部室
  column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 文化市场综合执法大队's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` and a merged 工作职责
  line, ``★★★/★★/★`` read by a ``注：`` line;
- the 革命博物馆's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on EVERY row,
  short types, ``高风险/中风险/低风险``;
- the 非物质文化遗产保护中心's 排查登记表: ``部室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别``
  (short names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``xinxian_relics_center_flow_chart``: the 文物保护中心's 文物保护工程廉政风险防控流程图, drawn in cells:
  a heading ``风险等级 | 廉政风险点 | 工作流程 | 防控措施``, the ``工作流程`` column a FLOW CHART down the
  sheet — an ``开始`` box, a ``↓`` arrow row between every two steps, an ``结束`` box — each step box
  (merged down over its points' rows when it has two) naming the step and, on its second line in
  brackets, the post (and 股) and the name of who handles it (``项目申报⏎（文物股　股长　逯珧岘）``);
  each step's risk points stand to its left (level, point) and the measures to its right. There is
  no 科室, 岗位 or 责任人 column: a point's holder is the one bracketed in the step box beside it,
  and one holder handles several steps, not next to each other. The README's 读得懂的表 knows
  swim-lane flow charts whose lanes are the holders, lists keyed by 环节 whose holders stand in a
  legend line or a flow strip across, a 经办人 | 复核人 | 审批人 band picked by a 风险环节 cell, and
  step-labelled point lines; it does not describe a vertical flow chart whose step boxes carry the
  handler in a bracket, with the points to their left and the measures to their right.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (广播电视 “村村通” 设备 — 不得收费、
不得优亲厚友、不得截留设备, 受惠用户名单公示; a red-tourism 景区 — 停车场乱收费, 村民自任收费导游,
摊点无序; a 公共图书馆 回访 — 购书经费, 共享工程 支中心; 送戏下乡 惠民演出 and a 文化管理员; a
文化市场监管 培训 — 执法人员收受礼品, 双随机, 日常巡查; 文物工作基本流程 — 修缮项目申报, 消防安全检查,
日常管理台账; 非遗传承补贴 — 申报条件, 专家评审, 公示, 补助发放; 文物保护工程管理办法 — 立项, 设计,
施工, 监理, 竣工验收) and the layout follows their words for the unit, its parts, its posts and
its risks. The rows are worded by us, the names invented (the rare surnames 逯 and 郗 with rare
given names); every unit is a body of 新县.

Run ``python tests/published/score.py --set batch797`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a step box's bracket ``（股　岗位　姓名）`` or ``（岗位　姓名）`` names the holder of
  every point on the step's rows (the box merged over them), with the level to the point's left;
  the step name (``项目申报``) is no point and no 科室; ``开始``, ``结束`` and the ``↓`` rows are no
  points; one holder's points in several steps are one form; 主任 and 副主任 have no 科室, the
  股长 the 股 written in his bracket (``文物股``), the 会计 the ``财务室``;
- ``局领导``, ``馆领导``, ``队领导`` (a sheet, a group row, a 所在部室 cell) leave the leaders without a
  科室 only where no cell names one: a group row ``一、馆领导`` gives the 科室 ``馆领导``, the 图书馆's
  ``馆领导`` cell the same; a 局's 股, a 馆's 部 and a 中心's 部 are 科室;
- every body is a unit of its own: 局长, 副局长, 馆长, 副馆长, 主任 of a 中心, 大队长 and 副大队长 are
  leaders; 股长, 部主任 and 中队长 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``工作职责``, ``自查情况`` and
  ``填表时间`` are no points and name no holder; the 景区管理处's list names no person: its forms
  are posts (对岗不对人);
- ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, 高/中/低 and
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

PREFIX = "b797_"
PLACE = "新县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
ARROW = "↓"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# the steps of the flow chart: (step, (股, post, name, tier), [(level, point, measures), ...])
FLOW = [
    ("项目申报", ("文物股", "股长", "逯珧岘", "middle"), [
        ("中", "修缮项目申报材料夸大文物残损程度、虚报工程量",
         "残损勘查留存影像资料，申报材料经中心会议审核。"),
        ("高", "指定关系单位编制修缮方案",
         "方案编制单位从具备文物保护工程勘察设计资质的单位中比选确定。"),
    ]),
    ("方案审定", ("", "主任", "郗瀼昕", "leader"), [
        ("高", "修缮方案不经集体研究，个人拍板定案", "方案经中心班子会集体研究，报县文化广电和旅游局审核。"),
    ]),
    ("施工单位确定", ("", "主任", "郗瀼昕", "leader"), [
        ("高", "规避招标，将工程发包给无文物保护工程资质的施工单位",
         "达到限额的工程进入县公共资源交易中心，核验施工资质。"),
    ]),
    ("施工监管", ("", "副主任", "逯骃澥", "leader"), [
        ("中", "隐蔽工程和传统工艺做法验收不到场", "隐蔽工程验收由监理、中心两方签字，留存影像。"),
        ("高", "默许施工单位以新材料替换原构件、偷工减料",
         "原构件更换须经方案设计单位确认，更换清单存档。"),
    ]),
    ("工程款拨付", ("财务室", "会计", "郗琯芃", "general"), [
        ("中", "不按工程进度和监理签认拨付工程款", "工程款凭监理签认的进度单拨付，主任审批。"),
    ]),
    ("竣工验收", ("", "副主任", "逯骃澥", "leader"), [
        ("低", "竣工验收走过场，接受施工单位宴请", "验收邀请县文化广电和旅游局和专家参加，签订廉洁承诺。"),
    ]),
]  # fmt: skip


def _step_box(step: str, holder: tuple) -> str:
    dept, post, who, _tier = holder
    return f"{step}\n（{GAP.join(p for p in (dept, post, who) if p)}）"


def xinxian_relics_center_flow_chart() -> dict:
    unit = f"{PLACE}文物保护中心"
    sh = _Sheet("修缮工程流程图", [8, 36, 22, 38])
    t = _Truth(unit)
    _line(sh, f"{unit}文物保护工程廉政风险防控流程图", 4)
    sh.add("风险等级", "廉政风险点", "工作流程", "防控措施")
    sh.add(None, None, "开始", None)
    for step, holder, points in FLOW:
        sh.add(None, None, ARROW, None)
        first = len(sh.rows)
        for i, (lv, point, measures) in enumerate(points):
            sh.add(lv, point, _step_box(step, holder) if i == 0 else None, measures)
            dept, post, who, tier = holder
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        if len(points) > 1:
            sh.merge(first, 2, len(sh.rows) - 1, 2)
    sh.add(None, None, ARROW, None)
    sh.add(None, None, "结束", None)
    _line(sh, "注：工作流程框内括号中为该环节承办岗位及承办人，左侧为该环节廉政风险点，右侧为防控措施；"
              "风险等级分高、中、低三级。", 4)  # fmt: skip
    sh.add("制表：办公室", None, "审核：", "2025年6月")
    return _layout(
        "xinxian_relics_center_flow_chart", "https://lanyancloud.com/news/2001793471635152896",
        "(harder) 县文物保护中心 文物保护工程廉政风险防控流程图, after the source's piece on 《文物保护工程管理办法》 (立项与审批, "
        "勘察设计, 施工单位资质, 监理, 竣工验收, 修旧如旧): a title, a heading ``风险等级 | 廉政风险点 | 工作流程 | 防控措施``, "
        "then a FLOW CHART down the ``工作流程`` column — ``开始``, a ``↓`` row between every two steps, ``结束`` — each step "
        "box (merged down over its two points' rows where it has two) naming the step and, bracketed on a second line, "
        "the handler ``（文物股　股长　逯珧岘）``/``（主任　郗瀼昕）``; the step's level and risk point to its left, the "
        "measures to its right; NO 科室/岗位/责任人 column; the 主任 and the 副主任 each handle two steps that are not next "
        "to each other; 高/中/低, no type column; a merged ``注：`` line and a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def xinxian_culture_bureau_two_sheets() -> dict:
    unit = f"{PLACE}文化广电和旅游局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 20, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("逯翥岷", "局长", "主持全面工作", [
            ("文旅项目资金安排个人说了算", "一级", "项目资金安排经局党组会集体研究，结果公开。"),
            ("干部选拔任用中搞“一言堂”", "一级", "严格执行干部选任程序，实行全程纪实。"),
        ]),
        ("郗昀砚", "副局长", "分管广播电视、文化市场", [
            ("广播电视“村村通”“户户通”设备采购干预供应商选定", "一级", "设备采购按政府采购程序进行，验收邀请纪检人员参加。"),
            ("为违规经营的娱乐场所说情、打招呼", "二级", "说情打招呼事项如实登记报告。"),
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
    dept = _Sheet("股室", [6, 14, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}股室廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("广播电视股", "股长", "逯峋澍", "middle", "“村村通”受惠用户确认优亲厚友", "一级",
         "受惠用户名单逐村公示，接受群众监督。"),
        ("广播电视股", "股长", "逯峋澍", "middle", "安装设备时向用户收取费用", "二级", "设备免费安装，公布监督电话。"),
        ("广播电视股", "股员", "郗玿蘅", "general", "截留、私自处置“村村通”设备", "二级", "设备出入库登记，按村造册签收。"),
        ("旅游股", "股长", "逯瑊沅", "middle", "A级旅游景区评定推荐把关不严", "一级", "评定推荐经专家组现场检查，结果公示。"),
        ("旅游股", "股长", "逯瑊沅", "middle", "旅游发展奖补资金审核不实", "三级", "奖补资金审核实行股室初审、分管领导复核。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "xinxian_culture_bureau_two_sheets", "https://zybzzg.com/Content-1195927.html",
        "县文化广电和旅游局 廉政风险防控一览表 in TWO SHEETS, after the source's 广播电视 “村村通” 建设 (设备到位, 受惠用户登记, "
        "不得收费, 不得优亲厚友, 不得截留设备, 名单公示): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with "
        "股室 merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def xinxian_scenic_area_posts() -> dict:
    unit = f"{PLACE}景区管理处"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "部门", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("处领导", "处长", "leader", "景区经营项目发包", "景区停车场、摊点经营权不公开发包，指定经营者", "制度机制风险", "高",
         "经营项目公开招租，结果公示。"),
        ("票务科", "科长", "middle", "门票收入管理", "门票收入不及时上缴，截留挪用", "业务流程风险", "高",
         "票款日清日结，实行电子票务。"),
        ("票务科", "售票员", "general", "门票优惠减免", "违规放人入园或擅自减免门票", "岗位职责风险", "中",
         "减免凭证登记，检票口视频监控。"),
        ("秩序管理科", "科长", "middle", "停车场和摊点管理", "默许乱收停车费、乱摆摊点，收受好处", "外部环境风险", "中",
         "收费标准公示，每周巡查。"),
        ("秩序管理科", "科员", "general", "导游讲解管理", "纵容无证人员收费讲解，从中获利", "思想道德风险", "低",
         "讲解员持证上岗，名单公示。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合科", None, None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "xinxian_scenic_area_posts", "http://m.handmsg.com/page/2018/0228/3017325.shtml",
        "县景区管理处 岗位廉政风险点排查表 对岗不对人, after the source's comment on a 红色旅游景区 (管理缺位, 停车场乱收费, "
        "摊点无序, 村民自任收费导游): ``附件1``, a title, 序号/部门 merged/岗位 merged per post/a short 风险点/a long 风险表现/"
        "风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def xinxian_library_selfchecks() -> dict:
    unit = f"{PLACE}图书馆"
    t = _Truth(unit)
    people = [
        ("郗骊湲", "馆领导", "馆长", "leader", [
            ("购书经费使用中收受书商回扣", "Ⅰ级", "图书采购按政府采购程序进行，书目经馆务会审定。", "已落实"),
            ("共享工程支中心设备采购不经集体研究", "Ⅱ级", "设备采购经馆务会研究，验收双人签字。", "未发现问题"),
        ]),
        ("逯璿泠", "采编部", "主任", "middle", [
            ("按书商意愿确定采购书目，重复采购", "Ⅰ级", "采购书目征求读者意见，查重后下单。", "已落实"),
            ("图书验收数量、折扣把关不严", "Ⅱ级", "到馆图书逐批清点，核对发票折扣。", "已落实"),
        ]),
        ("郗岻璨", "借阅部", "馆员", "general", [
            ("过期罚款、押金收取不开票据", "Ⅲ级", "押金统一入账，开具票据。", "未发现问题"),
            ("剔旧图书私自处置", "Ⅱ级", "剔旧图书造册报批，集中处置。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在部室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "馆长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "xinxian_library_selfchecks", "http://www.victorzhang.cn/page/2010/0815/19333751.shtml",
        "县图书馆 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 公共图书馆 回访 调研 "
        "(购书经费列入财政预算, 共享工程支中心, 基层服务点): a title, a label row ``姓　名 | 所在部室 | 岗　位 | 填表时间`` over a "
        "row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; ``本人签名： | 馆长意见：``",
        sheets, t,
    )  # fmt: skip


def xinxian_culture_center_group_rows() -> dict:
    unit = f"{PLACE}文化馆"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、馆领导", "馆领导", [
            ("馆长", "逯砺棻", "leader", [
                ("送戏下乡演出团队选定暗箱操作", "一级风险", "演出团队比选确定，结果在馆内公示。"),
                ("免费开放经费挤占挪用", "一级风险", "免费开放经费专款专用，每年公开使用情况。"),
            ]),
        ]),
        ("二、办公室", "办公室", [
            ("主任", "郗翃漪", "middle", [
                ("演出服装、音响设备采购化整为零", "二级风险", "采购按限额标准执行，三家比价。"),
            ]),
            ("会计", "逯彧潾", "general", [
                ("演出补贴发放不按场次核实", "二级风险", "补贴凭演出影像和签到表发放。"),
            ]),
        ]),
        ("三、群文活动部", "群文活动部", [
            ("主任", "郗溍璎", "middle", [
                ("虚报惠民演出场次", "二级风险", "演出场次由乡镇文化站签字确认。"),
                ("培训班学员名单弄虚作假", "三级风险", "学员签到存档，随机电话回访。"),
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
        "xinxian_culture_center_group_rows", "http://nxhuan.com/pysh/p/1532004.html",
        "县文化馆 廉政风险防控责任清单, after the source's 送戏下乡 惠民演出 (文化管理员, 文艺队伍, 社区文化中心): a title, "
        "序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS ``一、馆领导``, "
        "``二、办公室``, ``三、群文活动部`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def xinxian_law_enforcement_cards() -> dict:
    unit = f"{PLACE}文化市场综合执法大队"
    t = _Truth(unit)
    cards = [
        ("大队长", "逯霖玠", "大队长", "主持大队全面工作", "leader", [
            ("重大行政处罚案件不经集体讨论", "★★★", "重大案件经案审会集体讨论，法制审核。"),
            ("接受经营单位宴请、礼品", "★★", "严守中央八项规定精神，节前廉洁提醒。"),
        ]),
        ("一中队", "郗瑷岫", "中队长", "负责网吧、娱乐场所日常巡查", "middle", [
            ("日常巡查发现违规问题不立案、以罚代管", "★★★", "巡查全程记录，案件线索登记备查。"),
            ("检查前向经营单位通风报信", "★★", "检查对象“双随机”抽取，当日通知当日检查。"),
            ("罚没物品登记保管不规范", "★", "罚没物品专库存放，双人登记。"),
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
        "xinxian_law_enforcement_cards", "https://www.tcsjsxjs.cn/jykp/853.html",
        "县文化市场综合执法大队 岗位廉政风险防控卡, one sheet a person, after the source's piece on 文化市场监管 培训 (执法人员"
        "收受礼品致案件处理失当, 日常巡查操作手册, 廉政风险防控意识): a title, ``姓　名 | … | 职　务 | …`` and a merged 工作职责 "
        "line, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def xinxian_museum_list() -> dict:
    unit = f"{PLACE}鄂豫皖苏区首府革命博物馆"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 6}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("馆领导", "馆长", "逯岐珩", "leader", "革命旧址修缮项目申报弄虚作假", "制度机制", "高风险",
         "修缮项目申报材料经馆务会审核，现场勘查留档。"),
        ("馆领导", "馆长", "逯岐珩", "leader", "展陈提升工程指定设计施工单位", "外部环境", "高风险",
         "展陈工程公开招标，评审专家随机抽取。"),
        ("保管部", "主任", "郗滢珰", "middle", "馆藏文物出入库不登记", "业务流程", "中风险",
         "文物出入库双人登记、双人签字。"),
        ("保管部", "文物保管员", "逯崚涘", "general", "文物点日常巡查和消防检查台账造假", "岗位职责", "中风险",
         "巡查记录附现场照片，每月抽查。"),
        ("宣教部", "主任", "郗珙溱", "middle", "讲解服务违规收费或向旅行社索要好处", "思想道德", "低风险",
         "讲解服务免费，公布投诉电话。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "馆长（签字）：", None, None)
    return _layout(
        "xinxian_museum_list", "http://39.103.169.235/p/2621122fc55f",
        "县革命博物馆 岗位廉政风险防控一览表, after the source's 文物工作基本流程 (修缮项目申报, 入户调查测绘, 消防安全及文物本体"
        "安全检查台账, 日常管理): ``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 written "
        "on EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/馆长（签字） line",
        [sh], t,
    )  # fmt: skip


def xinxian_heritage_center_register() -> dict:
    unit = f"{PLACE}非物质文化遗产保护中心"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "部室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "郗澶玘", "leader", [
            ("代表性传承人推荐认定中优亲厚友", "思想道德", "一级", "推荐名单经专家评审，结果公示。"),
            ("非遗保护专项资金分配不公开", "制度机制", "二级", "资金分配方案集体研究，公开分配结果。"),
        ]),
        ("保护部", "主任", "逯瑒岑", "middle", [
            ("传承人申报材料审核把关不严", "岗位职责", "一级", "申报材料实行初审、复审两级审核。"),
            ("传承补助发放对象不核实传承活动", "业务流程", "二级", "补助凭年度传承活动记录发放。"),
        ]),
        ("保护部", "干事", "郗璁沬", "general", [
            ("非遗展演活动经费虚报冒领", "业务流程", "三级", "展演经费凭合同、影像和签到表报销。"),
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
        "xinxian_heritage_center_register", "https://www.ocyg.cn/wenzhang/fyccbtjmsqnxse.html",
        "县非物质文化遗产保护中心 廉政风险点排查登记表, after the source's piece on 非遗传承补贴 (申请条件, 提交申请, 审核材料, "
        "专家评审, 公示与批复, 补助发放, 虚假申报): a title, 序号/部室 merged/岗位 and 姓名 merged per person/风险点/风险类别 "
        "(short names)/风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    xinxian_relics_center_flow_chart(),
    xinxian_culture_bureau_two_sheets(),
    xinxian_scenic_area_posts(),
    xinxian_library_selfchecks(),
    xinxian_culture_center_group_rows(),
    xinxian_law_enforcement_cards(),
    xinxian_museum_list(),
    xinxian_heritage_center_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch797-inbox"))

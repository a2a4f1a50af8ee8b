"""The five-hundred-and-seventy-fourth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 政务服务 and
公共资源交易 bodies, 囊谦县 (玉树藏族自治州, 青海) — its 政务服务中心, 行政审批服务局, 公共资源交易中心 and
12345政务服务便民热线中心 and the 便民服务中心 of its 镇 and 乡 (香达镇, 白扎乡, 吉曲乡, 娘拉乡) — each
handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 行政审批服务局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 公共资源交易中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 12345热线中心's 自查表, one sheet a person: a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间`` over
  a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 香达镇便民服务中心's 责任清单 under GROUP ROWS ``一、中心领导`` … ``三、民政社保窗口`` merged across
  (no 科室 column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 白扎乡便民服务中心's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作
  line, ``★★★/★★/★`` read by a ``注：`` line;
- the 吉曲乡便民服务中心's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on
  EVERY row, short types, ``高风险/中风险/低风险``;
- the 娘拉乡便民服务中心's 排查登记表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别``
  (short names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``nangqian_service_centre_hall_plan``: the 政务服务中心's 窗口岗位廉政风险防控一览表 lists its points
  BY WINDOW (``序号 | 窗口 | 窗口名称 | 廉政风险点 | 风险类型 | 风险等级 | 防控措施``, ``窗口`` = ``1号窗口`` …
  ``6号窗口`` and ``窗口名称`` merged per window) and has NO holder column, no holder line above or
  below it and no note; the holders stand only in the 政务服务大厅窗口分布示意图 printed UNDER the list
  (after the sign-off line and a blank row): the hall's FLOOR PLAN typed into cells, three rows of
  boxes each merged over two columns — ``1号窗口 | 2号窗口 | 3号窗口`` along the top, ``咨询引导台`` and
  ``自助服务区`` in the middle, ``6号窗口 | 5号窗口 | 4号窗口`` back along the bottom (as the counters
  run round the hall), ``大　门（入口）`` under them — and each window box holds three lines,
  ``1号窗口⏎企业开办⏎钮翊澍``: its number, its business and its holder. So a window's holder is
  found only by its NUMBER, in a box placed where the window stands in the hall, not in a row or
  column keyed like the list. The README's 读得懂的表 knows a roster above the table (``村文书 |
  戴晓军 | …``), a staff list to the right beyond an empty column matched by 科室 and 岗位, a
  ``科室人员`` column, a staff table under the list (``岗位 | 原任人员 | 现任人员``, ``序号 | 科室 | 科长 |
  …``, ``姓名 | … | 负责风险点序号``), rosters keyed by code, 工号, 职权编码 or 表号 (on another sheet or
  in a note), a roster keyed by group, a stage legend line and a flow strip of steps across with
  their holders, and a separate ``组织机构`` sheet of boxes ``总务处⏎主　任：…``; it does not describe
  a floor plan of boxes under the list, laid out as the hall is, whose boxes give the holder of each
  window by its number.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a guide to 政务服务中心 建设 —
咨询引导区、综合受理区、自助服务区、出件送达区, 一窗受理; a 行政审批服务局's 政务公开 自查报告 — 行政许可事项目录,
企业开办, 工程建设项目审批; a page on 规范招标投标市场行为; a 12345热线 管理办法 — 诉求受理、分类处置、限时办理、
反馈回访, 工单; a 乡's 便民服务 三级体系 — 便民服务代办室, 首问责任制, 限时办结; a report on 乡镇便民服务中心 —
一站式服务, 全程代理, 村代办点; a 政务服务中心's campaign against 非法中介 — “黄牛”, 免费帮办; a comment on
窗口腐败 — 插队, 不叫号, 吃拿卡要) and the layout follows their words for the unit, its parts, its posts
and its risks. The rows are worded by us, the names invented (the rare surnames 钮 and 宰父 with
rare given names); every unit is a body of 囊谦县.

Run ``python tests/published/score.py --set batch574`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each window is a post (its ``窗口名称``, ``企业开办窗口`` …), no 科室 (the table
  names none), held by the person on the third line of the plan's box with the window's number;
  the window staff are general posts; the plan's boxes, ``咨询引导台``, ``自助服务区``, ``大　门（入口）``
  and the heading line over the plan are no points; a window's business in its box
  (``企业开办``) is no post of its own;
- ``中心领导`` (a 科室 cell, a group row, a 所在科室 cell) is the 科室 of those leaders; the 行政审批服务局's
  leaders (sheet ``局领导``, no 科室 column) and the cards' leaders have no 科室; a 局's 股, a 中心's 科
  and 组 and a 便民服务中心's 窗口 are 科室; a group row ``二、综合服务窗口`` gives the 科室 ``综合服务窗口``
  (its number left off);
- every body is a unit of its own: 局长, 副局长, a 中心's 主任 and 副主任 are leaders; 股长, 科长 and a
  窗口负责人 middle; the rest (审批员, 见证员, 管理员, 坐席员, 派单员, 代办员, 受理员, 办事员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作`` and ``自查情况`` are no points and
  name no holder; the 公共资源交易中心's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b574_"
PLACE = "囊谦县"
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

# the hall's windows: (number, 窗口名称 in the list, business in the plan box, holder,
#  [(廉政风险点, 风险类型, 风险等级, 防控措施)])
WINDOWS = [
    ("1号窗口", "企业开办窗口", "企业开办", "钮翊澍", [
        ("指定或暗示群众找中介代办营业执照", "外部环境", "一级", "执行首问负责和一次性告知，免费帮办代办。"),
        ("对材料齐全的申请拖延受理、不按号办理", "岗位职责", "二级", "按叫号顺序办理，超时由系统自动预警。"),
    ]),
    ("2号窗口", "工程建设项目审批窗口", "工程建设项目审批", "宰父璆然", [
        ("审批环节随意增设前置条件和证明材料", "制度机制", "一级", "严格按办事指南收件，材料清单以外不得要求。"),
        ("接受建设单位宴请、礼品，加快或拖延办件", "思想道德", "二级", "签订窗口廉洁承诺书，办件进度网上可查。"),
    ]),
    ("3号窗口", "社保医保窗口", "社保医保", "钮沄翾", [
        ("违规为不符合条件人员办理参保、待遇核定", "业务流程", "一级", "待遇核定实行受理、复核两岗分离。"),
        ("泄露参保群众个人信息", "岗位职责", "三级", "系统账号专人专用，查询操作留痕。"),
    ]),
    ("4号窗口", "不动产登记窗口", "不动产登记", "宰父暄琰", [
        ("为熟人插队办理、私留号源", "思想道德", "二级", "取号、叫号全程由系统记录，大厅视频监控。"),
    ]),
    ("5号窗口", "综合受理窗口", "综合受理", "钮珮岺", [
        ("“一窗受理”后转办分办不及时，推诿群众", "业务流程", "二级", "受理信息当日推送后台，办件超时通报。"),
        ("对“好差评”中的差评不回访、不整改", "制度机制", "三级", "差评件由中心督查股逐件回访核实。"),
    ]),
    ("6号窗口", "出件送达窗口", "出件送达", "宰父瀚旻", [
        ("证照出件时收取邮寄费以外的费用", "外部环境", "三级", "出件登记签收，收费项目上墙公示。"),
    ]),
]  # fmt: skip

# the 大厅窗口分布示意图 under the list, as the hall is laid out: three rows of boxes, each box
# merged over two columns; the windows run 1–3 along the top and 4–6 back along the bottom
PLAN = [
    ["1号窗口", "2号窗口", "3号窗口"],
    ["咨询引导台", None, "自助服务区"],
    ["6号窗口", "5号窗口", "4号窗口"],
]


def nangqian_service_centre_hall_plan() -> dict:
    unit = f"{PLACE}政务服务中心"
    sh = _Sheet("一览表", [6, 10, 18, 38, 11, 9, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}窗口岗位廉政风险防控一览表", 7)
    sh.add("序号", "窗口", "窗口名称", "廉政风险点", "风险类型", "风险等级", "防控措施")
    first = len(sh.rows)
    n = 0
    for number, name, _business, who, points in WINDOWS:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, number, name, point, typ, lv, measures)
            t.point(sh.name, "", name, who, "general", point, types_in(typ), GRADES[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: row[1])])
    sh.add("填表人：", None, "审核人：", None, None, "2025年6月", None)
    sh.add()
    _line(sh, "政务服务大厅窗口分布示意图", 7)
    boxes = {number: f"{number}\n{business}\n{who}" for number, _n, business, who, _p in WINDOWS}
    for plan_row in PLAN:
        cells = [None] * 7
        for k, what in enumerate(plan_row):
            cells[1 + 2 * k] = boxes.get(what, what)
        r = sh.add(*cells)
        for k in range(3):
            sh.merge(r, 1 + 2 * k, r, 2 + 2 * k)
    r = sh.add(None, None, None, "大　门（入口）", None, None, None)
    sh.merge(r, 3, r, 4)
    return _layout(
        "nangqian_service_centre_hall_plan", "https://www.yunthe.com/news/768545.html",
        "(harder) 县政务服务中心 窗口岗位廉政风险防控一览表, after the source's guide to 政务服务中心 建设 (咨询引导区, 综合受理区, "
        "自助服务区, 出件送达区, 一窗受理): a title, ``序号 | 窗口 | 窗口名称 | 廉政风险点 | 风险类型 | 风险等级 | 防控措施`` "
        "with ``窗口`` (``1号窗口`` …) and ``窗口名称`` merged per window, short types, ``一级/二级/三级``, NO holder column "
        "and no holder line; a 填表人/审核人/date line; then, after a blank row, a merged line ``政务服务大厅窗口分布示意图`` "
        "and THE HALL'S FLOOR PLAN in cells: three rows of boxes each merged over two columns, the windows 1–3 along "
        "the top and 6–4 back along the bottom, ``咨询引导台`` and ``自助服务区`` between, ``大　门（入口）`` under them; "
        "each window box three lines ``1号窗口⏎企业开办⏎钮翊澍``, so a window's holder stands only in its box of the plan, "
        "found by the window's number",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def nangqian_approval_bureau_two_sheets() -> dict:
    unit = f"{PLACE}行政审批服务局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 20, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("钮曦翥", "局长", "主持全面工作", [
            ("行政许可事项目录调整不经集体研究", "一级", "事项目录调整经局党组会研究，报县政府审定后公布。"),
            ("干预下属审批股室办件，为关系企业开“绿灯”", "一级", "审批全程网上留痕，领导干预插手事项登记报告。"),
        ]),
        ("宰父峋澈", "副局长", "分管企业开办、工程建设项目审批", [
            ("工程建设项目联合审图、联合验收走过场", "一级", "联合验收由各部门现场签字，结果网上公示。"),
            ("企业开办“全程电子化”中为中介留后门", "二级", "开办系统账号实名登记，定期核查异常登录。"),
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
        ("企业登记股", "股长", "钮璠岐", "middle", "营业执照核准把关不严，为虚假注册企业办照", "一级",
         "核准实行审核、核准两级，异常申请实名核验。"),
        ("企业登记股", "股长", "钮璠岐", "middle", "经营范围登记随意放宽", "二级", "经营范围按规范表述库选填。"),
        ("企业登记股", "审批员", "宰父湉珈", "general", "受理时故意刁难、要求补交非必要材料", "二级",
         "一次性告知，补正通知书存档。"),
        ("投资建设审批股", "股长", "钮漪珣", "middle", "施工许可审批压件、卡件索要好处", "一级",
         "办件时限系统监控，超时自动预警。"),
        ("投资建设审批股", "股长", "钮漪珣", "middle", "容缺受理事项事后不督促补齐", "三级", "容缺受理台账每周核对销号。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "nangqian_approval_bureau_two_sheets", "https://www.xiaomilidoc.com/p-14775386.html",
        "县行政审批服务局 廉政风险防控一览表 in TWO SHEETS, after the source's 行政审批服务局 政务公开 自查报告 (行政许可事项目录, "
        "企业开办全程电子化, 工程建设项目审批, 一件事一次办): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet "
        "股室 with 股室 merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def nangqian_trading_centre_posts() -> dict:
    unit = f"{PLACE}公共资源交易中心"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "交易项目进场审核", "对应进场未进场的项目不督促，默许场外交易", "制度机制风险", "高",
         "应进必进目录公开，进场情况按月通报。"),
        ("交易服务科", "科长", "middle", "招标文件备案", "对设置倾向性条款的招标文件不提示、不报告", "岗位职责风险", "高",
         "招标文件异常条款提示函留存，报行业监管部门。"),
        ("交易服务科", "见证员", "general", "开标评标见证", "见证中发现围标串标迹象隐瞒不报", "外部环境风险", "中",
         "见证全程音视频记录，异常情况当场登记。"),
        ("交易服务科", "见证员", "general", "评标专家抽取", "泄露抽取的评标专家名单", "思想道德风险", "高",
         "专家抽取系统自动语音通知，名单开标前密封。"),
        ("场地管理科", "管理员", "general", "开评标场地安排", "评标区隔离不严，无关人员进入", "业务流程风险", "中",
         "评标区门禁管理，进出登记。"),
        ("场地管理科", "管理员", "general", "交易档案管理", "擅自借阅、复制交易档案", "业务流程风险", "低",
         "档案借阅审批登记，定期检查。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "nangqian_trading_centre_posts",
        "https://www.zhetiaohe.com/ss/c639795cfdc0bf9c201e20e6620b20cfd7b5a8bbe2244eea40c65d72a2b2523e.html",
        "县公共资源交易中心 岗位廉政风险点排查表 对岗不对人, after the source's page on 规范招标投标市场行为: a title, "
        "序号/科室 merged/岗位 merged per post/a short 风险点/a long 风险表现/风险类型 ``…风险``/风险等级 高/中/低/防控措施; "
        "no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def nangqian_hotline_selfchecks() -> dict:
    unit = f"{PLACE}12345政务服务便民热线中心"
    t = _Truth(unit)
    people = [
        ("钮瑀澄", "中心领导", "主任", "leader", [
            ("诉求工单考核结果打招呼、改分数", "Ⅰ级", "考核结果经中心会议研究，按月公示。", "已落实"),
            ("承办单位退单审核不严，推诿群众诉求", "Ⅱ级", "退单理由两人审核，留存依据。", "未发现问题"),
        ]),
        ("宰父沨琪", "话务受理组", "坐席员", "general", [
            ("泄露来电群众个人信息", "Ⅰ级", "来电信息加密存储，查询留痕。", "已落实"),
            ("对诉求记录不全、随意归类为咨询件", "Ⅲ级", "质检员每日抽检录音。", "已落实"),
        ]),
        ("钮淯璁", "派单督办组", "派单员", "general", [
            ("应派未派、派单时限拖延", "Ⅱ级", "派单时限系统监控，超时亮灯。", "未发现问题"),
            ("回访满意度弄虚作假", "Ⅲ级", "回访录音随机复核。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在科室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年6月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "nangqian_hotline_selfchecks", "https://www.chacewang.com/newsdetail/news116258.html",
        "县12345政务服务便民热线中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's "
        "12345热线 管理办法 (诉求受理, 分类处置, 限时办理, 协调督办, 反馈回访, 办结归档, 工单): a title, a label row "
        "``姓　名 | 所在科室 | 岗　位 | 填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/"
        "``自查情况``; no type column; ``本人签名： | 主任意见：``",
        sheets, t,
    )  # fmt: skip


def nangqian_xiangda_centre_group_rows() -> dict:
    unit = f"{PLACE}香达镇便民服务中心"
    sh = _Sheet("责任清单", [6, 12, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "宰父昶霖", "leader", [
                ("代办员选聘不公开，安排亲友", "一级风险", "代办员选聘经镇党委会研究，名单公示。"),
                ("便民服务经费使用不经集体研究", "二级风险", "经费支出按镇财务制度审批。"),
            ]),
        ]),
        ("二、综合服务窗口", "综合服务窗口", [
            ("窗口负责人", "钮琛沅", "middle", [
                ("首问负责制执行不到位，推诿群众", "二级风险", "首问登记台账每周检查。"),
            ]),
            ("代办员", "宰父瑢屾", "general", [
                ("代办事项收取群众费用或索要好处", "一级风险", "代办服务一律免费，收费举报电话公示。"),
                ("代办材料保管不善、遗失", "三级风险", "代办材料交接签字登记。"),
            ]),
        ]),
        ("三、民政社保窗口", "民政社保窗口", [
            ("受理员", "钮岑翃", "general", [
                ("临时救助申请受理把关不严", "二级风险", "申请材料入户核实，结果村级公示。"),
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
        "nangqian_xiangda_centre_group_rows", "https://lc.fzlz.gov.cn/stone/news/2014-4-10/891.html",
        "镇便民服务中心 廉政风险防控责任清单, after the source's 乡 便民服务 三级体系 (便民服务代办室, 首问责任制, 限时办结制, "
        "工作人员姓名照片公示): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under "
        "GROUP ROWS ``一、中心领导``, ``二、综合服务窗口``, ``三、民政社保窗口`` merged across; 岗位 and 姓名 merged per "
        "person; no type column",
        [sh], t,
    )  # fmt: skip


def nangqian_baizha_centre_cards() -> dict:
    unit = f"{PLACE}白扎乡便民服务中心"
    t = _Truth(unit)
    cards = [
        ("主任", "钮翯峤", "主任", "主持中心全面工作", "leader", [
            ("村级代办点经费分配不公开", "★★★", "代办点经费按服务量核定，公示。"),
            ("便民服务事项清单随意增减", "★★", "事项清单调整报乡党委审定。"),
            ("接受办事群众土特产等礼品", "★", "严守廉洁纪律，节前提醒。"),
        ]),
        ("副主任", "宰父骞珩", "副主任", "分管窗口受理、代办服务", "leader", [
            ("全程代理事项办理不及时，群众多跑路", "★★", "代理事项登记台账，限时办结。"),
            ("代办员考核走过场", "★★★", "考核引入群众评议，结果与补贴挂钩。"),
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
        "nangqian_baizha_centre_cards", "https://news.sohu.com/20060331/n242570271.shtml",
        "乡便民服务中心 领导干部廉政风险防控卡, one sheet a leader, after the source's report on 乡镇便民服务中心 (一站式服务, "
        "全程代理, 村代办点, 上岗证): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def nangqian_jiqu_centre_list() -> dict:
    unit = f"{PLACE}吉曲乡便民服务中心"
    sh = _Sheet("一览表", [6, 14, 11, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "宰父琇岷", "leader", "默许非法中介在大厅揽活", "外部环境", "高风险",
         "大厅张贴“免费帮办”告示，发现中介及时劝离。"),
        ("中心领导", "主任", "宰父琇岷", "leader", "窗口人员调配优亲厚友", "制度机制", "中风险", "人员调配经中心会议研究。"),
        ("综合受理窗口", "受理员", "钮潇珺", "general", "对办事群众吃拿卡要", "思想道德", "高风险",
         "窗口设监督电话和意见箱。"),
        ("综合受理窗口", "受理员", "钮潇珺", "general", "帮办代办事项收取“跑腿费”", "岗位职责", "中风险",
         "帮办代办登记，群众签字确认免费。"),
        ("农牧业服务窗口", "窗口负责人", "宰父翙沣", "middle", "草原生态补助资料审核不严", "业务流程", "高风险",
         "补助资料村级初审、乡级复审。"),
        ("农牧业服务窗口", "办事员", "钮珧澜", "general", "惠农政策宣传解释不到位、选择性告知", "岗位职责", "低风险",
         "政策明白纸发放到户。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "nangqian_jiqu_centre_list", "https://www.kczg.org.cn/rules/detail?id=6003794",
        "乡便民服务中心 岗位廉政风险防控一览表, after the source's 政务服务中心 整治非法中介 (“黄牛”, 代办, 免费帮办, 首问责任制, "
        "举报渠道): ``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 written on EVERY "
        "row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


def nangqian_niangla_centre_register() -> dict:
    unit = f"{PLACE}娘拉乡便民服务中心"
    sh = _Sheet("登记表", [6, 14, 11, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "钮嶙璞", "leader", [
            ("办事大厅值班排班弄虚作假", "制度机制", "二级", "排班表上墙，乡纪委不定期抽查。"),
            ("群众投诉压案不办", "岗位职责", "一级", "投诉件登记编号，限期答复。"),
        ]),
        ("社会事务窗口", "窗口负责人", "宰父玙瀞", "middle", [
            ("低保、临时救助申请材料审核不严", "业务流程", "一级", "材料入户核查，村级公示。"),
        ]),
        ("社会事务窗口", "办事员", "钮湜珂", "general", [
            ("为熟人插队办理", "思想道德", "三级", "按叫号顺序办理。"),
            ("办件超时不告知原因", "岗位职责", "三级", "超时件说明原因并登记。"),
        ]),
        ("综合窗口", "代办员", "宰父旻瑄", "general", [
            ("代办证件时向群众索要好处", "外部环境", "一级", "代办事项登记，群众签字确认。"),
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
        "nangqian_niangla_centre_register", "https://cq.jinbiaochi.com/sydw/news_142273.html",
        "乡便民服务中心 廉政风险点排查登记表, after the source's comment on 窗口腐败 (排队插队, 不叫号, “黄牛”, 中介勾结, "
        "吃拿卡要): a title, 序号/科室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 "
        "``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    nangqian_service_centre_hall_plan(),
    nangqian_approval_bureau_two_sheets(),
    nangqian_trading_centre_posts(),
    nangqian_hotline_selfchecks(),
    nangqian_xiangda_centre_group_rows(),
    nangqian_baizha_centre_cards(),
    nangqian_jiqu_centre_list(),
    nangqian_niangla_centre_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch574-inbox"))

"""The nine-hundred-and-twenty-first batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's government
service bodies, 定结县 (日喀则市, 西藏自治区) — its 政务服务中心, 12345热线中心, 行政审批局, 不动产登记中心,
社会保险服务中心, 公共资源交易中心 and two 乡镇便民服务中心 (萨尔乡, 陈塘镇) — each handing back the
一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 政务服务中心's 一览表 in TWO SHEETS: ``中心领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 12345热线中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 行政审批局's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 不动产登记中心's 清单 under GROUP ROWS ``一、中心领导`` … (no 科室 column), ``岗位 | 姓名`` merged
  per person, ``一级风险/二级风险/三级风险``;
- the 社会保险服务中心's 自查表, one sheet a person: a label row ``姓　名 | 所在股室 | 岗　位 | 填表时间``
  over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 萨尔乡便民服务中心's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on
  EVERY row, short types, ``高风险/中风险/低风险``;
- the 陈塘镇便民服务中心's 排查登记表: ``股室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别``
  (short names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``dingjie_trading_centre_transposed``: the 公共资源交易中心's 岗位廉政风险点一览表, an ordinary list
  (``序号 | 股室 | 岗位 | 姓名 | 廉政风险点 | 风险等级 | 防控措施``) that travelled by 复制 → 选择性粘贴 →
  转置 into a landscape page: ROWS AND COLUMNS SWAPPED. Column A holds the headings one a row
  (``序号``, ``股室``, ``岗位``, ``姓名``, ``廉政风险点``, ``风险等级``, ``防控措施``) and every column right of
  it is ONE ROW of the list (one point): its 序号, its 股室 (merged ACROSS the columns of a 股室),
  its post and holder (merged across each person's columns), the point, its level 高/中/低 and its
  measures. The README's 读得懂的表 and docs/layouts.md know a wall 公示栏 whose every column is a
  POST (points one a cell in 高/中/低 band rows), matrices whose columns are posts or points with a
  post a row, and 一岗一列 tick grids; they do not describe a whole list transposed, every column one
  point with its holder and level in labelled rows and the labels down the first column.
  (Found only after the one measurement: docs/layouts.md's ``## 横放的表`` does describe labels
  written down one column, one point a column, a ``承办科室:…`` line above; what this file adds is
  the holder in labelled rows merged across. The reader read it in full; see test_batch921.py.)

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (西藏's “高效办成一件事” — 一网申请,
材料一次提交, 区市县乡村五级政务服务; a 12345 政务服务便民热线 运行管理办法 — 受理, 转办, 督办, 回访;
边坝县行政审批局's 办事难办事慢 — 审批流程, 材料, 窗口; reporting on 窗口单位 腐败 — 好处费, 国土窗口;
a 社保局 “办退休” 骗局 — 刷脸认证, 居住证明, 养老保险; 拉萨's 帮办代办 and 减证便民; a 政务中心 paper —
集中实施行政许可, 一站式; a 评标办法及细则 — 评标委员会, 开标, 评分) and the layout follows their
words for the unit, its parts, its posts and its risks. The rows are worded by us, the names
invented (the rare surnames 谈 and 豆 with rare given names); every unit is a body of 定结县.

Run ``python tests/published/score.py --set batch921`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each column right of the labels is one row of the list: the truth is the
  list as it reads once turned back (股室, 岗位, 姓名, point, level), one form a holder; the label
  cells, the title and the sign-off line are no points;
- ``中心领导`` (a 股室/科室 cell, a group row, a sheet's own 股室 cell) is the 科室 of those leaders;
  the 政务服务中心's leaders (sheet ``中心领导``, which has no 科室 cell) and the cards' leaders have no
  科室; a 股, a 室, a 科 or a 组 is a 科室; a group row ``二、登记股`` gives the 科室 ``登记股``;
- every centre, the 局 and each 乡镇便民服务中心 is a unit of its own: 局长, 副局长, 主任 and 副主任 are
  leaders; 股长, 科长 and 组长 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no points
  and name no holder; the 12345热线中心's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b921_"
PLACE = "定结县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
LABELS = ("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


def _merge_across(sh: _Sheet, r: int, keys: list) -> None:
    """Merge row ``r`` over every run of columns (from B) whose key is the same."""
    c = 1
    while c <= len(keys):
        e = c
        while e < len(keys) and keys[e] == keys[c - 1]:
            e += 1
        if e > c:
            for k in range(c + 1, e + 1):
                sh.rows[r][k] = None
            sh.merges.append((r, c, r, e))
        c = e + 1


# --------------------------------------------------------------------------- harder layout

# (股室, 岗位, 姓名, tier, [(廉政风险点, 风险等级, 防控措施)])
TRANSPOSED = [
    ("中心领导", "主任", "谈翾岍", "leader", [
        ("进场交易项目受理把关不严，为未批先建项目入场", "高", "进场项目手续由两名以上人员审核，主任签批留痕。"),
        ("干预评标委员会评审，为特定投标人打招呼", "高", "评标区封闭管理，领导干部插手交易登记报告。"),
    ]),
    ("中心领导", "副主任", "豆霂澂", "leader", [
        ("评标专家抽取时段、名单泄露", "高", "专家由系统随机抽取，名单开标前密封。"),
    ]),
    ("交易服务股", "股长", "谈皛珣", "middle", [
        ("开标现场见证不到位，对围标、串标迹象不报告", "中", "开标全程录音录像，异常情况当场记录报告。"),
        ("擅自更改开标时间、地点", "中", "开标时间地点以交易平台发布为准，变更须发布公告。"),
    ]),
    ("信息技术股", "网络管理员", "豆琤淇", "general", [
        ("泄露潜在投标人名称、数量等信息", "高", "系统权限分级管理，操作日志每月审查。"),
        ("投标保证金退付拖延或违规退付", "低", "保证金由系统自动退付，财务每月对账。"),
    ]),
]  # fmt: skip


def dingjie_trading_centre_transposed() -> dict:
    unit = f"{PLACE}公共资源交易中心"
    cols = [(d, p, w, tier, pt, lv, m) for d, p, w, tier, pts in TRANSPOSED for pt, lv, m in pts]
    n = len(cols)
    sh = _Sheet("一览表", [10] + [18] * n)
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", n + 1)
    for i, label in enumerate(LABELS):
        values = [k + 1 for k in range(n)] if i == 0 else [col[i - 1] for col in cols]
        if i >= 4:
            values = [col[i] for col in cols]
        r = sh.add(label, *values)
        if label == "股室":
            _merge_across(sh, r, [col[0] for col in cols])
        elif label in ("岗位", "姓名"):
            _merge_across(sh, r, [col[:3] for col in cols])
    for dept, post, who, tier, point, lv, _m in cols:
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    sh.add("制表：综合股", None, None, "审核：", None, "2025年6月", *([None] * (n - 5)))
    return _layout(
        "dingjie_trading_centre_transposed", "http://35331.cn/lhs_rlwkjrgbilhxgjup1ig7t_2.html",
        "(harder) 县公共资源交易中心 岗位廉政风险点一览表, after the source's 评标办法及细则 (评标委员会, 开标, 评分, 投标人): "
        "an ordinary list pasted with 选择性粘贴 → 转置, ROWS AND COLUMNS SWAPPED: a title, then column A the headings one a "
        "row ``序号 | 股室 | 岗位 | 姓名 | 廉政风险点 | 风险等级 | 防控措施`` and every column right of it one row of the list "
        "(one point), 股室 merged across its columns, 岗位/姓名 merged across each person's columns, levels 高/中/低; "
        "no type column; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def dingjie_service_centre_two_sheets() -> dict:
    unit = f"{PLACE}政务服务中心"
    t = _Truth(unit)
    lead = _Sheet("中心领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}领导班子廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("谈曦湉", "主任", "主持中心全面工作", [
            ("进驻窗口人员选派、考核优亲厚友", "一级", "窗口人员考核结果在大厅公示，经主任办公会研究。"),
            ("大厅改造、设备采购化整为零规避采购", "一级", "采购事项按限额进入政府采购，集体研究。"),
        ]),
        ("豆珺峋", "副主任", "分管“高效办成一件事”、网上办事", [
            ("“一件事”事项上线审核不严，违规减免材料", "二级", "事项清单由进驻部门确认，中心复核后公开。"),
            ("网办平台账号权限违规授予", "二级", "账号权限分级审批，每季度清理。"),
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
        ("综合窗口股", "股长", "谈湛瑀", "middle", "综合窗口收件把关不严，材料不全即受理", "二级",
         "一次性告知清单上墙，收件双人复核。"),
        ("综合窗口股", "股长", "谈湛瑀", "middle", "为中介“黄牛”插队、代办提供便利", "一级", "叫号系统全程留痕，大厅视频每周抽查。"),
        ("综合窗口股", "窗口受理员", "豆翯岚", "general", "受理后无故拖延转办，索要好处", "一级", "办件超时系统自动预警，纳入考核。"),
        ("督查股", "股长", "谈珮滢", "middle", "对窗口投诉调查处理不公", "二级", "投诉件登记编号，处理结果回访办事群众。"),
        ("督查股", "督查员", "豆岫璟", "general", "“好差评”数据弄虚作假", "三级", "差评件逐件核实整改，结果每月通报。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "dingjie_service_centre_two_sheets", "http://www.tibet.cn/cn/news/zx/202601/t20260103_7911148.html",
        "县政务服务中心 廉政风险防控一览表 in TWO SHEETS, after the source's report on 西藏 “高效办成一件事” (一网申请, 材料一次提交, "
        "区市县乡村五级政务服务, 数据共享): sheet 中心领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 merged "
        "and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def dingjie_hotline_centre_posts() -> dict:
    unit = f"{PLACE}12345热线中心"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "重大诉求转办督办", "对涉及关系人的诉求压件不办、违规办结", "岗位职责风险", "高",
         "重大诉求集体研判，办结件随机回访。"),
        ("受理科", "话务员", "general", "诉求受理登记", "故意漏登、错登群众诉求，向被投诉方通风报信", "思想道德风险", "高",
         "通话全程录音，登记内容抽查比对。"),
        ("受理科", "话务员", "general", "来电人信息", "泄露来电人姓名、电话等个人信息", "制度机制风险", "中",
         "来电人信息加密显示，查询留痕。"),
        ("督办科", "科长", "middle", "工单办结审核", "对承办单位未办结工单违规审核通过", "业务流程风险", "中",
         "办结审核附回访记录，不满意件退回重办。"),
        ("督办科", "回访员", "general", "满意度回访", "篡改回访结果，虚报满意率", "外部环境风险", "低",
         "回访录音留存，每月抽查不少于一成。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合科", None, None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "dingjie_hotline_centre_posts", "http://babysources.cn/policy/347316.htm",
        "县12345热线中心 岗位廉政风险点排查表 对岗不对人, after the source's 12345 政务服务便民热线 运行管理办法 (受理, 转办, "
        "督办, 回访, 满意度): a title, 序号/科室 merged/岗位 merged per post/a short 风险点/a long 风险表现/风险类型 ``…风险``/"
        "风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def dingjie_approval_bureau_cards() -> dict:
    unit = f"{PLACE}行政审批局"
    t = _Truth(unit)
    cards = [
        ("局长", "谈嶷瑭", "局长", "主持全局工作", "leader", [
            ("重大审批事项个人说了算，越权审批", "★★★", "重大审批事项经局务会集体研究，纪要存档。"),
            ("为亲友企业审批开“绿色通道”", "★★★", "审批实行回避制度，办件全程网上留痕。"),
            ("接受办事企业宴请和礼品", "★", "签订廉洁承诺书，节前廉洁提醒。"),
        ]),
        ("副局长", "豆蔚峮", "副局长", "分管审批股、勘验", "leader", [
            ("现场勘验走过场，勘验意见不实", "★★", "勘验两人以上进行，现场照片存档。"),
            ("对不符合条件的申请降低审批标准", "★★", "审批标准公开，不予许可说明理由。"),
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
        "dingjie_approval_bureau_cards",
        "https://www.hkyyi.com/html/bian-ba-xian-xing-zheng-shen-pi-ju-ru-he-gao-xiao-bian-min-fu-wu-qun-zhong-jie-jue-ban-shi-nan-ban-s.html",
        "县行政审批局 领导干部廉政风险防控卡, one sheet a leader, after the source's paper on 边坝县行政审批局 办事难办事慢 (审批流程, "
        "材料, 窗口, 监督机制): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def dingjie_registration_centre_group_rows() -> dict:
    unit = f"{PLACE}不动产登记中心"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "谈璆泫", "leader", [
                ("对历史遗留办证问题违规特批", "一级风险", "遗留问题办证经联席会议研究，结果公示。"),
                ("插手窗口办件顺序，为关系人加急", "二级风险", "办件一律按叫号顺序，加急须书面审批。"),
            ]),
        ]),
        ("二、登记股", "登记股", [
            ("股长", "豆昶琬", "middle", [
                ("登簿审核不严，为材料不实的申请登簿", "一级风险", "登簿实行初审、复审两级审核。"),
            ]),
            ("窗口受理员", "谈筠翯", "general", [
                ("收受好处费，与中介勾结违规办证", "一级风险", "窗口人员定期轮岗，中介代办登记备案。"),
                ("违规查询、泄露权利人登记信息", "二级风险", "查询凭证件办理，查询记录留痕。"),
            ]),
        ]),
        ("三、档案室", "档案室", [
            ("档案管理员", "豆淼瑗", "general", [
                ("登记档案借阅不登记，原件遗失", "三级风险", "档案借阅登记审批，原件不出档案室。"),
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
        "dingjie_registration_centre_group_rows", "http://www.hnchqz.com/2019-08/05/c_138283735.htm",
        "县不动产登记中心 廉政风险防控责任清单 under GROUP ROWS, after the source's reporting on 窗口单位 腐败 (好处费, 国土窗口, "
        "与“黑中介”内外勾结): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施, group rows "
        "``一、中心领导``, ``二、登记股``, ``三、档案室`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def dingjie_social_insurance_selfchecks() -> dict:
    unit = f"{PLACE}社会保险服务中心"
    t = _Truth(unit)
    people = [
        ("谈烜岐", "中心领导", "主任", "leader", [
            ("养老保险待遇核定把关不严，违规办理退休", "Ⅰ级", "退休审批经集体研究，名单公示。", "已落实"),
            ("社保基金支付审批不严", "Ⅱ级", "基金支付实行经办、复核、审批分离。", "未发现问题"),
        ]),
        ("豆嵘玥", "待遇审核股", "审核员", "general", [
            ("领取资格认证弄虚作假，为冒领者“刷脸”放行", "Ⅰ级", "认证数据与公安、民政比对，异常件核查。", "已落实"),
            ("居住证明等材料审核走过场", "Ⅲ级", "材料审核双人签字，抽查复核。", "已落实"),
        ]),
        ("谈璇峤", "征缴股", "经办员", "general", [
            ("违规补缴、虚增缴费年限", "Ⅰ级", "补缴业务逐级审批，系统操作留痕。", "未发现问题"),
            ("擅自修改参保人身份信息", "Ⅱ级", "身份信息变更凭公安证明，复核后办理。", "已落实"),
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
        "dingjie_social_insurance_selfchecks", "https://www.chinahlj.cn/news/210553.html",
        "县社会保险服务中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's reporting on a "
        "社保局 “办退休” 骗局 (刷脸认证, 居住证明, 养老保险 账户): a title, a label row ``姓　名 | 所在股室 | 岗　位 | 填表时间`` "
        "over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 主任意见：``",
        sheets, t,
    )  # fmt: skip


def dingjie_saer_township_centre_list() -> dict:
    unit = f"{PLACE}萨尔乡便民服务中心"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "豆瀚珧", "leader", "帮办代办事项收取费用或变相收费", "制度机制", "高风险",
         "代办事项免费清单上墙，设立举报电话。"),
        ("中心领导", "主任", "豆瀚珧", "leader", "便民服务事项办理优亲厚友", "岗位职责", "中风险",
         "办理结果在村务公开栏公示。"),
        ("综合窗口", "代办员", "谈砚澍", "general", "代办群众证件、材料保管不善或挪用", "业务流程", "高风险",
         "代办材料交接登记，双方签字。"),
        ("综合窗口", "代办员", "谈砚澍", "general", "减证便民后仍向群众索要证明", "思想道德", "低风险",
         "证明事项清单公开，群众可当场投诉。"),
        ("民政窗口", "经办员", "豆霈岚", "general", "低保、临时救助材料初审不实", "外部环境", "中风险",
         "入户调查两人以上，结果公示七天。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "dingjie_saer_township_centre_list", "http://zaozhi.we54.com/hyxw/2021/1109/10115.html",
        "乡便民服务中心 岗位廉政风险防控一览表, after the source's report on 拉萨 精简办事流程 (帮办代办, 减证便民, 一网一门一次): "
        "``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 on EVERY row/廉政风险点/"
        "风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


def dingjie_chentang_town_centre_register() -> dict:
    unit = f"{PLACE}陈塘镇便民服务中心"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "谈漪琮", "leader", [
            ("进驻事项审批越权办理", "制度机制", "一级", "进驻事项清单化管理，超出权限的报县级审批。"),
            ("窗口人员考勤、考核弄虚作假", "岗位职责", "二级", "考勤打卡记录每月公示。"),
        ]),
        ("社会事务组", "组长", "豆澂岵", "middle", [
            ("残疾人补贴、高龄津贴初审把关不严", "业务流程", "一级", "初审材料村、镇两级签字确认。"),
        ]),
        ("农牧业服务组", "经办员", "谈翊骞", "general", [
            ("草原生态补奖资金发放名单不实", "业务流程", "二级", "发放名单入户核实，张榜公示。"),
            ("接受办事群众礼品", "思想道德", "三级", "签订廉洁承诺书，定期谈心谈话。"),
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
        "dingjie_chentang_town_centre_register", "http://www.123wenmi.com/a/ex0g1tjjw1lr.html",
        "镇便民服务中心 廉政风险点排查登记表, after the source's 政务中心 paper (集中实施行政许可, 一站式服务, 进驻部门): a title, "
        "序号/股室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 ``一级/二级/三级``/"
        "防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    dingjie_trading_centre_transposed(),
    dingjie_service_centre_two_sheets(),
    dingjie_hotline_centre_posts(),
    dingjie_approval_bureau_cards(),
    dingjie_registration_centre_group_rows(),
    dingjie_social_insurance_selfchecks(),
    dingjie_saer_township_centre_list(),
    dingjie_chentang_town_centre_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch921-inbox"))

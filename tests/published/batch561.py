"""The five-hundred-and-sixty-first batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's human
resources, social security and medical insurance bodies, 贵南县 (of 海南藏族自治州, 青海) — its
人力资源和社会保障局, 医疗保障局, 就业服务局, 社会保险服务中心, 医疗保障服务中心, 劳动保障监察大队,
劳动人事争议仲裁院 and 人才交流服务中心 — each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表
its staff typed in WPS or Excel:

- the 人力资源和社会保障局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per
  leader) and ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type
  column;
- the 就业服务局's 排查表 对岗不对人: ``股室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 社会保险服务中心's 自查表, one sheet a person: a label row ``姓　名 | 所在股室 | 岗　位 | 填表时间``
  over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 医疗保障服务中心's 责任清单 under GROUP ROWS ``一、中心领导`` … ``三、基金财务股`` merged across
  (no 股室 column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 劳动保障监察大队's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged
  分管工作 line, ``★★★/★★/★`` read by a ``注：`` line;
- the 劳动人事争议仲裁院's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on
  EVERY row, short types, ``高风险/中风险/低风险``;
- the 人才交流服务中心's 排查登记表: ``股室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别``
  (short names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``guinan_medical_security_bureau_duty_matrix``: the 医疗保障局's 岗位廉政风险防控责任矩阵表, laid out
  ONE ROW A POST and ONE COLUMN A POINT: ``序号 | 股室 | 岗位 | 姓名`` down the left (merged down over
  two heading rows), then ``廉政风险点及本岗位防控措施`` merged across six columns whose SECOND heading
  row names the six risk points, and a THIRD heading row ``风险等级`` (merged over the four left
  columns) giving each point's level under it (``一级/二级/三级``). Each post's row writes, under
  every point the post is involved in, THAT POST'S OWN MEASURE for it (a sentence), and ``/`` under
  the points it is not involved in; so most points are shared by two or three posts, each with a
  different measure, and a post's points are the columns its row fills. A merged ``注：`` line
  says so. The README's 读得懂的表 knows a post a row with ``廉政风险点及风险等级`` merged over
  point columns whose CELLS hold the post's level of that point, ``廉政风险点`` merged over POST
  columns (each cell a point), ``各岗位风险等级`` over post columns, ``●主责　○配合`` and tick
  matrices; it does not describe points as the column headings with their levels in a heading row
  of their own and MEASURES in the cells, where a filled cell (any sentence) makes the column's
  point a point of the row's post and ``/`` makes it none.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 市 report on 医疗保障基金管理突出问题
专项整治 — 领导小组, 定点医药机构 自查, 重点核查, 飞行检查, 长效监管; a 人社局 paper on 社会保险基金 风险防控
— 经办机构, 内部控制, 工作人员 履职; an audit view of 失业金 发放 and 再就业帮扶 — 虚假申领, 隐瞒再就业,
冒领; a 人社局 paper on 冒领养老金 — 资格认证, 经办人员 篡改参保信息, 痕迹管理; a paper on 医疗保险
稽核 — 定点医疗机构, 冒名住院, 挂床住院, 异地就医 票据; a paper on 劳动保障监察制度 — 投诉举报,
主动检查, 欠薪, 行政处罚; a note on 劳动仲裁员 — 专职 and 兼职 仲裁员, 公道正派, 仲裁庭; a report on
人事档案 — 人才服务中心 的档案库, 转递, 补办, 私拆档案) and the layout follows their words for the
unit, its parts, its posts and its risks. The rows are worded by us, the names invented (the rare
surnames 厍 and 缑 with rare given names, three characters each); every unit is a body of 贵南县.

Run ``python tests/published/score.py --set batch561`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file every cell of a post's row under a point that holds a measure makes that
  column's point a point of the row's post and holder, with the level the ``风险等级`` row gives
  it; ``/`` makes none; the measures are no points; one form a holder (科室 from ``股室``:
  ``局领导`` for the 局长 and 副局长); the ``注：`` line and the 制表/审核 line are no points;
- ``局领导``, ``中心领导``, ``院领导`` (a 股室 cell, a group row, a 部门 cell) are the 科室 of those
  leaders; the 人社局's leaders (sheet ``局领导``, no 科室 column) and the 监察大队's cards' leaders
  have no 科室; a 局's or 中心's 股 and a 院's 室 and 庭 are 科室; a group row ``二、待遇审核股`` gives the 科室 ``待遇审核股`` (its number left off);
- every 局, 中心, 大队 and 院 here is a unit of its own: 局长, 副局长, 主任 (of a 中心), 大队长,
  副大队长 and 院长 are leaders; 股长 and a 室's 主任 middle; the rest (科员, 会计, 出纳,
  审核员, 监察员, 仲裁员, 书记员, 档案管理员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no
  points and name no holder; the 就业服务局's list names no person: its forms are posts
  (对岗不对人);
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

PREFIX = "b561_"
PLACE = "贵南县"
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

# the six points across: (廉政风险点, 风险等级)
POINTS = [
    ("定点医药机构协议准入评估打招呼、搞照顾", "一级"),
    ("医保基金违规使用线索查处降格处理、以罚代移", "一级"),
    ("飞行检查、专项检查前泄露检查对象和时间", "一级"),
    ("异地就医、门诊慢特病待遇审核违规支付", "二级"),
    ("医保基金结算拨付不按协议、优亲厚友", "二级"),
    ("办公经费、公务接待违规列支", "三级"),
]

# the posts down: (股室, 岗位, 姓名, tier, one cell a point — the post's own measure or NONE)
POSTS = [
    ("局领导", "局长", "厍翀峤", "leader", [
        "准入评估结果提交局党组会集体研究，评估专家随机抽取。",
        "重大违规案件局党组会集体审议，涉嫌犯罪的一律移送。",
        NONE,
        NONE,
        NONE,
        "大额支出“一支笔”审批前经班子会研究。",
    ]),
    ("局领导", "副局长", "缑湄珏", "leader", [
        "分管领导不单独接触申请机构，评估全程录像。",
        "线索处理意见经案审会审议，处理结果定期公开。",
        "检查方案由分管领导和股长两人掌握，出发前才通知检查人员。",
        NONE,
        NONE,
        NONE,
    ]),
    ("基金监管股", "股长", "厍嵘朏", "middle", [
        NONE,
        "线索登记编号全程跟踪，办结后向举报人反馈。",
        "检查人员随机抽派并签订保密承诺，手机统一保管。",
        NONE,
        "拨付前核对协议清算结果，异常数据暂停拨付。",
        NONE,
    ]),
    ("医药服务股", "股长", "缑璟沅", "middle", [
        "准入条件和评估细则网上公开，评估结果公示七日。",
        NONE,
        NONE,
        "审核实行初审、复审分离，系统留痕备查。",
        NONE,
        NONE,
    ]),
    ("办公室", "会计", "厍珞汧", "general", [
        NONE,
        NONE,
        NONE,
        NONE,
        "拨付凭证经办、复核、审批三人签字。",
        "报销凭证逐张审核，公务接待附公函和清单。",
    ]),
]  # fmt: skip


def guinan_medical_security_bureau_duty_matrix() -> dict:
    unit = f"{PLACE}医疗保障局"
    n = len(POINTS)
    ncols = 4 + n
    sh = _Sheet("责任矩阵", [6, 11, 8, 9] + [24] * n)
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控责任矩阵表", ncols)
    _line(sh, f"单位（盖章）：{unit}{GAP * 24}2025年6月", ncols)
    top = sh.add("序号", "股室", "岗位", "姓名", "廉政风险点及本岗位防控措施", *([None] * (n - 1)))
    sh.add(None, None, None, None, *[point for point, _ in POINTS])
    lv = sh.add("风险等级", None, None, None, *[level for _, level in POINTS])
    for c in range(4):
        sh.merge(top, c, top + 1, c)
    sh.merge(top, 4, top, ncols - 1)
    sh.merge(lv, 0, lv, 3)
    first = len(sh.rows)
    for i, (dept, post, who, _tier, cells) in enumerate(POSTS, 1):
        sh.add(i, dept, post, who, *cells)
    _merge_down(sh, first, [(1, lambda row: row[1])])
    # the truth one form a holder, in the rows' order, the points in the columns' order
    for dept, post, who, tier, cells in POSTS:
        for (point, level), cell in zip(POINTS, cells, strict=True):
            if cell != NONE:
                t.point(sh.name, dept, post, who, tier, point, [], GRADES[level])
    _line(sh, "注：横向为本局排查出的廉政风险点及其风险等级，纵向为各岗位；各岗位在所涉及的风险点下填写本岗位的"
          "防控措施，填“/”的表示本岗位不涉及该风险点。", ncols)  # fmt: skip
    sh.add("制表：办公室", None, None, None, "审核：", None, None, "局长（签字）：", None, None)
    return _layout(
        "guinan_medical_security_bureau_duty_matrix", "https://www.gongwk.com/doc/572513.jhtml",
        "(harder) 县医疗保障局 岗位廉政风险防控责任矩阵表, after the source's 市 report on 医疗保障基金管理突出问题专项整治 "
        "(领导小组, 定点医药机构 自查自纠, 重点核查, 飞行检查, 长效监管): a title, a merged ``单位（盖章）：…　2025年6月`` "
        "line, then a THREE-ROW heading: 序号/股室/岗位/姓名 merged down over two rows, ``廉政风险点及本岗位防控措施`` merged "
        "across six columns whose second row names the six POINTS, and a third row ``风险等级`` (merged over the four left "
        "columns) with each point's level ``一级/二级/三级``; ONE ROW A POST (股室 merged over the two 局领导), each cell "
        "under a point the post's OWN MEASURE for it or ``/`` (not involved), so most points are shared by two or three posts "
        "and a post's points are the columns its row fills; no type column; a merged ``注：`` line and a 制表/审核/"
        "局长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def guinan_hrss_bureau_two_sheets() -> dict:
    unit = f"{PLACE}人力资源和社会保障局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 20, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("缑昶霁", "局长", "主持全面工作", [
            ("事业单位公开招聘岗位条件“量身定制”", "一级", "招聘方案经局党组会研究，报县委编办备案后公告。"),
            ("社会保险基金支出审批把关不严", "一级", "基金支出实行经办、复核、审批分离，按月对账。"),
        ]),
        ("厍泷瑄", "副局长", "分管社会保险、劳动关系", [
            ("企业职工养老保险补缴审批违规放宽条件", "一级", "补缴材料初审、复核两级审核，按月抽查。"),
            ("劳动保障监察案件处理打招呼、说人情", "二级", "重大案件集体审议，处理结果公开。"),
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
        ("人事人才股", "股长", "缑峋溦", "middle", "职称评审材料审核走过场、放宽条件", "一级",
         "评审材料初审、复审两级把关，结果公示七个工作日。"),
        ("人事人才股", "股长", "缑峋溦", "middle", "公开招聘资格复审弄虚作假", "二级", "资格复审双人审核，复审名单公示。"),
        ("人事人才股", "科员", "厍琤湲", "general", "人事考试试卷保管、押运不严，泄露试题", "一级",
         "试卷双人押运、双人双锁保管，全程视频监控。"),
        ("社会保险股", "股长", "厍渼霙", "middle", "工伤认定调查核实不到现场", "二级", "调查两人以上，现场照片存档。"),
        ("社会保险股", "科员", "缑澧岑", "general", "社会保险待遇资格认证把关不严", "三级", "认证数据与民政、公安死亡信息每月比对。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "guinan_hrss_bureau_two_sheets", "http://knowcat.cn/p/20240430/1086964.html",
        "县人力资源和社会保障局 廉政风险防控一览表 in TWO SHEETS, after the source's 人社局 paper on 社会保险基金 风险防控 "
        "(经办机构, 内部控制, 工作人员 履职, 事后检查): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 "
        "with 股室 merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def guinan_employment_bureau_posts() -> dict:
    unit = f"{PLACE}就业服务局"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "股室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "leader", "就业补助资金分配", "就业补助资金分配不经集体研究，向关系单位倾斜", "制度机制风险", "高",
         "资金分配方案经局务会研究，分配结果公开。"),
        ("失业保险股", "股长", "middle", "失业保险金审核", "对隐瞒再就业、虚构失业状态的申领审核不严", "岗位职责风险", "高",
         "申领数据与参保缴费记录逐月比对，发现再就业即停发。"),
        ("失业保险股", "股长", "middle", "稳岗返还审核", "稳岗返还对象资格把关不严，违规返还", "业务流程风险", "中",
         "返还名单系统比对后公示，接受社会监督。"),
        ("就业援助股", "科员", "general", "公益性岗位认定", "公益性岗位人员虚报冒领、吃空饷", "外部环境风险", "高",
         "公益性岗位人员实名登记，每月考勤、季度抽查。"),
        ("就业援助股", "科员", "general", "职业技能培训补贴", "培训机构虚报培训人数，套取培训补贴", "外部环境风险", "中",
         "培训全程视频签到，补贴直补个人账户。"),
        ("就业援助股", "科员", "general", "就业失业登记", "就业失业登记信息录入不实", "思想道德风险", "低",
         "登记信息定期与社保、税务数据核对。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "guinan_employment_bureau_posts",
        "https://www.seridoat.com/article/guo-jia-shen-ji-shi-ye-jin-fa-fang-lou-dong-yu-zai-jiu-ye-bang-fu-nan-ti-ru-he-po-jie.html",
        "县就业服务局 岗位廉政风险点排查表 对岗不对人, after the source's audit view of 失业金 发放 and 再就业帮扶 (虚假申领, "
        "隐瞒再就业, 冒领, 信息比对): a title, 序号/股室 merged/岗位 merged per post/a short 风险点/a long 风险表现/风险类型 "
        "``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def guinan_social_insurance_selfchecks() -> dict:
    unit = f"{PLACE}社会保险服务中心"
    t = _Truth(unit)
    people = [
        ("厍岫沄", "中心领导", "主任", "leader", [
            ("养老保险待遇核定违规提高待遇标准", "Ⅰ级", "待遇核定实行初审、复核、审批三级，系统留痕。", "已落实"),
            ("基金支付审批不按程序", "Ⅱ级", "支付凭证经办、复核、审批三人签字。", "未发现问题"),
        ]),
        ("缑渟琰", "待遇核定股", "审核员", "general", [
            ("篡改参保人员缴费年限等关键信息", "Ⅰ级", "关键信息修改须经股长审批，后台日志每月核查。", "已落实"),
            ("死亡人员停发待遇不及时", "Ⅱ级", "每月比对殡葬、公安死亡信息，及时停发追回。", "已落实"),
        ]),
        ("厍翯岚", "基金财务股", "会计", "general", [
            ("社保基金支出户资金违规划转", "Ⅰ级", "基金专户管理，银行对账单每月核对。", "未发现问题"),
            ("待遇发放清单与银行回盘不核对", "Ⅲ级", "发放清单与银行回盘逐笔核对，差异当月处理。", "已落实"),
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
        "guinan_social_insurance_selfchecks", "https://fx361.cc/page/2021/1123/11943559.shtml",
        "县社会保险服务中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 人社局 paper "
        "on 冒领养老金 (资格认证, 经办人员 篡改参保信息, 痕迹管理, 权限控制): a title, a label row ``姓　名 | 所在股室 | "
        "岗　位 | 填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type "
        "column; ``本人签名： | 主任意见：``",
        sheets, t,
    )  # fmt: skip


def guinan_medical_insurance_center_group_rows() -> dict:
    unit = f"{PLACE}医疗保障服务中心"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "缑霁岏", "leader", [
                ("定点医疗机构年度考核打分不公", "一级风险", "考核由中心集体打分，结果公示。"),
                ("医保基金预算分配和清算不按协议", "一级风险", "清算方案经中心会议研究，报县医疗保障局审定。"),
            ]),
        ]),
        ("二、待遇审核股", "待遇审核股", [
            ("股长", "厍潆玙", "middle", [
                ("冒名住院、挂床住院费用审核放行", "一级风险", "住院费用按比例抽查病历，疑点必查。"),
            ]),
            ("审核员", "缑珩沚", "general", [
                ("异地就医手工报销票据审核不严", "二级风险", "票据真伪网上核验，审核与复核分离。"),
                ("接受参保人员、医疗机构吃请和礼品", "三级风险", "签订廉洁承诺，公开监督电话。"),
            ]),
        ]),
        ("三、基金财务股", "基金财务股", [
            ("出纳", "厍淏璇", "general", [
                ("医保基金支付不按审批结果办理", "二级风险", "支付凭审批单办理，每日核对支付明细。"),
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
        "guinan_medical_insurance_center_group_rows",
        "https://www.soolun.net/periodical/2d9470fe8762fdfe1116fa13c68067f2.html",
        "县医疗保障服务中心 廉政风险防控责任清单, after the source's paper on 医疗保险 稽核 (定点医疗机构, 冒名住院, 挂床住院, "
        "异地就医 虚假票证): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP "
        "ROWS ``一、中心领导``, ``二、待遇审核股``, ``三、基金财务股`` merged across; 岗位 and 姓名 merged per person; no type "
        "column",
        [sh], t,
    )  # fmt: skip


def guinan_labour_inspection_cards() -> dict:
    unit = f"{PLACE}劳动保障监察大队"
    t = _Truth(unit)
    cards = [
        ("大队长", "缑岍翊", "大队长", "主持大队全面工作", "leader", [
            ("欠薪案件立案、结案不依法审批", "★★★", "案件立案、结案经大队集体审议。"),
            ("行政处罚自由裁量权行使不当", "★★★", "严格执行处罚裁量基准，处罚决定法制审核。"),
            ("接受用人单位宴请", "★", "严守中央八项规定精神，节前廉洁提醒。"),
        ]),
        ("副大队长", "厍霈琮", "副大队长", "分管投诉举报、日常巡查", "leader", [
            ("投诉举报压案不办、久拖不结", "★★", "投诉举报登记编号，限时办结并回访。"),
            ("日常巡查走过场，为用工单位通风报信", "★★", "巡查对象随机抽取，巡查记录拍照存档。"),
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
        "guinan_labour_inspection_cards", "https://fzzfyjy.cupl.edu.cn/info/1437/17272.htm",
        "县劳动保障监察大队 领导干部廉政风险防控卡, one sheet a leader, after the source's paper on 劳动保障监察制度 (投诉举报, "
        "主动检查, 欠薪, 行政处罚, 监察机构): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def guinan_arbitration_court_list() -> dict:
    unit = f"{PLACE}劳动人事争议仲裁院"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("院领导", "院长", "厍澂霂", "leader", "重大疑难案件不经仲裁委员会讨论", "制度机制", "高风险",
         "重大疑难案件一律提交仲裁委员会讨论。"),
        ("院领导", "院长", "厍澂霂", "leader", "为当事人说情、干预仲裁庭办案", "思想道德", "中风险",
         "领导干部干预案件处理一律登记备案。"),
        ("立案室", "主任", "缑琬岫", "middle", "对符合条件的仲裁申请不予受理或拖延受理", "岗位职责", "中风险",
         "受理条件公开，不予受理的书面说明理由。"),
        ("仲裁庭", "仲裁员", "厍璘漪", "general", "私下会见一方当事人或代理人", "外部环境", "高风险",
         "严格执行回避制度，会见当事人两人在场并记录。"),
        ("仲裁庭", "仲裁员", "厍璘漪", "general", "裁决书送达前泄露合议情况", "业务流程", "中风险",
         "合议笔录封存，裁决书统一送达。"),
        ("办公室", "书记员", "缑沄玥", "general", "案卷材料保管不善、私自调换", "业务流程", "低风险",
         "案卷统一编号归档，借阅登记。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "院长（签字）：", None, None)
    return _layout(
        "guinan_arbitration_court_list", "http://www.hbrsks.net/yy/?id=615199",
        "县劳动人事争议仲裁院 岗位廉政风险防控一览表, after the source's note on 劳动仲裁员 (专职和兼职仲裁员, 公道正派, "
        "仲裁庭, 审理和裁决): ``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 written on "
        "EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/院长（签字） "
        "line",
        [sh], t,
    )  # fmt: skip


def guinan_talent_center_register() -> dict:
    unit = f"{PLACE}人才交流服务中心"
    sh = _Sheet("登记表", [6, 12, 11, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "缑沨琇", "leader", [
            ("人事代理、档案托管收费违规", "制度机制", "一级", "收费项目和标准公开，票据统一管理。"),
            ("接受用人单位请托违规出具证明", "思想道德", "二级", "证明材料经股室审核、中心审批。"),
        ]),
        ("档案管理股", "股长", "厍瑀滢", "middle", [
            ("流动人员人事档案转递不按规定", "岗位职责", "二级", "档案通过机要转递，转递登记存档。"),
        ]),
        ("档案管理股", "档案管理员", "缑琪澜", "general", [
            ("私自涂改、抽取、调换档案材料", "业务流程", "一级", "查阅档案两人在场，查阅登记。"),
            ("为他人补办档案收取好处费", "外部环境", "一级", "补办档案材料集体审核，收费公示。"),
        ]),
        ("人事代理股", "科员", "厍湜珣", "general", [
            ("代办职称申报材料审核把关不严", "岗位职责", "三级", "申报材料一次性告知，双人审核。"),
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
        "guinan_talent_center_register", "http://baihangdp.com/2023/0819/601949.shtml",
        "县人才交流服务中心 廉政风险点排查登记表, after the source's report on 人事档案 (人才服务中心 档案库, 转递, 补办, "
        "私拆档案, 档案管理经费): a title, 序号/股室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/"
        "风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    guinan_medical_security_bureau_duty_matrix(),
    guinan_hrss_bureau_two_sheets(),
    guinan_employment_bureau_posts(),
    guinan_social_insurance_selfchecks(),
    guinan_medical_insurance_center_group_rows(),
    guinan_labour_inspection_cards(),
    guinan_arbitration_court_list(),
    guinan_talent_center_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch561-inbox"))

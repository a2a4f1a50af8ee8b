"""The eight-hundred-and-seventh batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's human
resources and social security bodies, 雷山县 (of 黔东南州, 贵州) — its 人力资源和社会保障局,
劳动保障监察大队, 就业服务中心, 社会保险事业局, 人事考试中心, 人才交流服务中心 and 西江镇's
人力资源和社会保障服务中心 — each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff
typed in WPS or Excel:

- the 人社局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and ``股室``
  (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 劳动保障监察大队's 排查表 对岗不对人: ``中队`` and ``岗位`` merged, ``风险点 | 风险类型`` (``…风险``),
  高/中/低; no names;
- the 就业服务中心's 责任清单 under GROUP ROWS ``一、中心领导`` … ``三、创业服务股`` merged across (no 股室
  column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 社会保险事业局's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` and a merged 分管工作
  line, ``★★★/★★/★`` read by a ``注：`` line;
- the 人事考试中心's 自查表, one sheet a person: a label row ``姓　名 | 所在股室 | 岗　位 | 填表时间`` over
  a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 人才交流服务中心's 排查登记表: ``股室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别`` (short
  names), ``一级/二级/三级``, a ``注：`` line;
- 西江镇人力资源和社会保障服务中心's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``部门 | 岗位 |
  责任人`` on EVERY row, short types, ``高风险/中风险/低风险``.

One is harder:

- ``leishan_arbitration_court_scale``: the 劳动人事争议仲裁院's 岗位廉政风险点排查表, one row a point
  (``序号 | 岗位 | 姓名 | 廉政风险点 | … | 防控措施``), the level given by NO WORD at all: a heading
  ``风险程度`` merged across THREE UNLABELLED columns, under it a row merged across the same three
  columns printing a scale ``低 ——————→ 高``, and each row puts one ``●`` in one of the three columns
  — the left one 低, the middle one 中, the right one 高 (its place on the printed scale); a ``注：``
  line says only that the mark stands at the row's place on the scale. The README's 读得懂的表
  knows labelled ``高 | 中 | 低`` tick columns (under type bands, or votes), ``■□□`` / ``○●○`` marks
  by position inside ONE cell, symbol bars counted by a note, and tiers of control columns named
  by a note; it does not describe a level read from the column a mark stands in under unlabelled
  columns whose only key is an arrow scale printed across them.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a page on 仲裁员 回避 — 近亲属,
利害关系, 私自会见当事人、代理人, 请客送礼; a 人社局 “双随机一公开” 自查报告 — 抽查事项清单, 执法检查
人员名录库; a 县 劳动保障维权 检查说明 — 涉残用工, 治理欠薪, 工资支付, 风险提示函; a 省级促进就业专项
资金 使用管理办法 — 补贴, 小额担保贷款, 公益性岗位; a 工伤保险 市级统筹 方案 — 待遇审核, 审批权限,
基金稽核; a 人事考试院 on 考试安全 — 试卷存放, 押运, 考场安排, 考务管理; a 职称评审 监管 通知 —
申报, 推荐, 审核, 评审, 备案; a 经办机构 职责 释义 — 核查工资总额和职工人数, 登记, 待遇记录) and
the layout follows their words for the unit, its parts, its posts and its risks. The rows are
worded by us, the names invented (the rare surnames 仇 and 戈 with rare given names); every unit
is a body of 雷山县.

Run ``python tests/published/score.py --set batch807`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the level is the column the row's ``●`` stands in under ``风险程度``: the
  leftmost (the ``低`` end of the printed scale) 3, the middle 2, the rightmost (the ``高`` end) 1;
  the scale row and the ``注：`` line are no points; one form a holder (岗位 and 姓名 merged per
  holder), no 科室 (the table names none);
- the 人社局's leaders (sheet ``局领导``, no 科室 column) and the 局长's card have no 科室; a card's
  职务 ``稽核股股长`` is split into the 科室 ``稽核股`` and the post ``股长`` (the README's rule for
  ``秘书科机要员``; this batch's first truth left it whole, a mistake of ours the measurement showed);
  a group row ``一、中心领导`` gives the 科室 ``中心领导``; a 局's or a 中心's 股, the 监察大队's 中队 and
  the 镇 centre's 部门 are 科室;
- 局长, 副局长, 主任, 副主任, 院长, 副院长, 大队长 are leaders; 股长 and 中队长 middle; the rest
  (科员, 监察员, 经办员, 会计, 出纳, 仲裁员, 书记员, 考务员, 档案管理员, 协理员) general;
- ``分管工作``, ``自查情况`` and ``填表时间`` are no points and name no holder; the 监察大队's list names
  no person: its forms are posts (对岗不对人);
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

PREFIX = "b807_"
PLACE = "雷山县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
DOT = "●"
# the three unlabelled 风险程度 columns, left to right on the printed scale 低 → 高
SCALE = {0: 3, 1: 2, 2: 1}


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# (岗位, 姓名, tier, [(廉政风险点, column of the ● on the scale 0 低 … 2 高, 防控措施)])
ARBITERS = [
    ("院长", "仇翊珩", "leader", [
        ("重大疑难案件不提交仲裁委员会集体讨论，个人定调", 2, "重大疑难案件一律提交仲裁委员会讨论，记录存档。"),
        ("对仲裁员回避申请的决定徇私", 1, "回避决定书面作出并说明理由，报仲裁委员会备案。"),
    ]),
    ("副院长", "戈瑨岷", "leader", [
        ("审批裁决书时打招呼、改结论", 2, "裁决书签发留痕，改动须经合议庭重新评议。"),
        ("案件分配不按轮案规则，指定仲裁员", 1, "立案后按系统轮案分配，特殊分配须书面说明。"),
    ]),
    ("仲裁员", "仇邈岚", "general", [
        ("与当事人、代理人有亲属或利害关系不主动回避", 2, "开庭前书面告知回避权利，办案人员签署无利害关系声明。"),
        ("私自会见当事人、代理人，接受请客送礼", 2, "会见当事人须在调解室并有书记员在场，全程录音录像。"),
        ("调解中偏向一方，压价促成调解", 1, "调解书经院领导审查，当事人回访。"),
    ]),
    ("书记员", "戈霈珂", "general", [
        ("庭审笔录记录不全或事后改动", 1, "笔录当庭交当事人核对签字，电子笔录锁定。"),
        ("向当事人泄露合议情况", 0, "合议笔录专人保管，严守办案纪律。"),
    ]),
]  # fmt: skip


def leishan_arbitration_court_scale() -> dict:
    unit = f"{PLACE}劳动人事争议仲裁院"
    ncols = 8
    sh = _Sheet("排查表", [6, 10, 10, 40, 5, 5, 5, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", ncols)
    _line(sh, f"填报单位：{unit}{GAP * 24}2025年6月", ncols)
    top = sh.add("序号", "岗位", "姓名", "廉政风险点", "风险程度", None, None, "防控措施")
    sh.add(None, None, None, None, "低 ——————→ 高", None, None, None)
    for c in (0, 1, 2, 3, 7):
        sh.merge(top, c, top + 1, c)
    sh.merge(top, 4, top, 6)
    sh.merge(top + 1, 4, top + 1, 6)
    first = len(sh.rows)
    n = 0
    for post, who, tier, points in ARBITERS:
        for point, col, measures in points:
            n += 1
            marks = [DOT if k == col else None for k in range(3)]
            sh.add(n, post, who, point, *marks, measures)
            t.point(sh.name, "", post, who, tier, point, [], SCALE[col])
    _per_person(sh, first, None, 1, 2)
    _line(sh, "注：风险程度按表头刻度由低到高，在本条风险所处位置的格内标注“●”。", ncols)
    sh.add("填表人：", None, None, "审核人：", None, None, None, "院长（签字）：")
    return _layout(
        "leishan_arbitration_court_scale", "http://gcrccs.com/article/index.php?c=show&id=430",
        "(harder) 县劳动人事争议仲裁院 岗位廉政风险点排查表, after the source's page on 仲裁员 回避 (近亲属, 利害关系, 私自会见"
        "当事人、代理人, 请客送礼, 回避决定): a title, a merged 填报单位/date line, then 序号/岗位/姓名/廉政风险点/防控措施 "
        "merged down two heading rows, ``风险程度`` merged across THREE UNLABELLED columns and under it one cell merged "
        "across them printing the scale ``低 ——————→ 高``; each row one ``●`` in one of the three columns — left 低, "
        "middle 中, right 高 — and no level word anywhere; 岗位 and 姓名 merged per holder; no type column; a ``注：`` "
        "line saying the mark stands at the row's place on the scale and a 填表人/审核人/院长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def leishan_hrss_bureau_two_sheets() -> dict:
    unit = f"{PLACE}人力资源和社会保障局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 20, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("仇砚蘅", "局长", "主持全面工作", [
            ("事业单位公开招聘岗位条件因人设置", "一级", "招聘方案经局党组会研究，岗位条件报州人社局备案后公告。"),
            ("干预“双随机”抽查对象和检查人员的选定", "一级", "抽查对象和执法人员由系统随机摇号，结果公示。"),
        ]),
        ("戈沄翊", "副局长", "分管劳动关系、劳动保障监察", [
            ("对欠薪举报投诉案件压案不查或降格处理", "一级", "投诉案件台账化管理，办结情况每月通报。"),
            ("工资保证金返还审核把关不严", "二级", "保证金返还经股室初审、分管领导审核、局长审批。"),
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
        ("事业单位人事管理股", "股长", "仇璟泓", "middle", "事业单位人员调动、聘用手续审核不严", "一级",
         "调动、聘用材料两人审核，结果在局内公示。"),
        ("事业单位人事管理股", "股长", "仇璟泓", "middle", "岗位等级晋升不按核准的岗位结构比例", "二级",
         "岗位设置方案报批，晋升名单公示五个工作日。"),
        ("事业单位人事管理股", "科员", "戈珞垚", "general", "工资标准核定录入错误或随意调整", "三级",
         "工资变动表打印核对后由股长复核签字。"),
        ("劳动关系股", "股长", "仇湲箐", "middle", "特殊工时制度审批未实地核查", "二级", "审批前两人实地核查，核查表存档。"),
        ("劳动关系股", "科员", "戈澍楠", "general", "劳动合同备案材料审核走过场", "三级", "备案材料按清单逐项核对。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "leishan_hrss_bureau_two_sheets", "http://nm119.com/dangke/zcbg/43894.html",
        "县人力资源和社会保障局 廉政风险防控一览表 in TWO SHEETS, after the source's 人社局 “双随机一公开” 自查报告 (随机"
        "抽查事项清单, 执法检查人员名录库, 抽查比例和频次): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 "
        "with 股室 merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def leishan_labour_inspection_posts() -> dict:
    unit = f"{PLACE}劳动保障监察大队"
    sh = _Sheet("排查表", [6, 12, 10, 40, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "中队", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("大队领导", "大队长", "leader", "欠薪线索交办中对关系企业放松查处", "岗位职责风险", "高",
         "线索交办、办结全程在平台流转，逾期自动预警。"),
        ("一中队", "中队长", "middle", "涉残用工专项检查走过场、隐瞒问题", "思想道德风险", "高",
         "检查实行两人以上并填写检查记录，大队抽查复核。"),
        ("一中队", "监察员", "general", "日常巡查中接受用人单位宴请、礼品", "外部环境风险", "中",
         "签订廉洁执法承诺书，巡查结果公开。"),
        ("二中队", "中队长", "middle", "行政处罚自由裁量不按基准", "制度机制风险", "中",
         "处罚案件集体讨论，按裁量基准说明理由。"),
        ("二中队", "监察员", "general", "工资支付检查中泄露举报人信息", "业务流程风险", "中",
         "举报人信息专人登记、保密管理。"),
        ("二中队", "监察员", "general", "风险提示函发放后不跟踪整改", "岗位职责风险", "低",
         "建立提示函台账，整改情况限期回访。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合中队", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "leishan_labour_inspection_posts", "https://pingjiang.gov.cn/34930/63411/63424/63426/content_2361153.html",
        "县劳动保障监察大队 岗位廉政风险点排查表 对岗不对人, after the source's 县 劳动保障维权 行政检查情况说明 (涉残用工 "
        "专项排查, 治理欠薪冬季行动, 工资支付, 风险提示函, 欠薪线索平台): a title, 序号/中队 merged/岗位 merged per post/"
        "风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def leishan_employment_centre_group_rows() -> dict:
    unit = f"{PLACE}就业服务中心"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "仇霁昶", "leader", [
                ("就业专项资金分配不按因素法，向个别乡镇倾斜", "一级风险", "资金分配方案经中心集体研究并公开。"),
                ("培训机构定点认定暗箱操作", "一级风险", "定点机构公开征集、专家评审、结果公示。"),
            ]),
        ]),
        ("二、就业援助股", "就业援助股", [
            ("股长", "戈洺漪", "middle", [
                ("公益性岗位人员认定把关不严，安置不符合条件人员", "一级风险", "认定对象乡镇初审、股室复核、公示。"),
            ]),
            ("经办员", "仇沣玥", "general", [
                ("社会保险补贴申领材料审核不严", "二级风险", "补贴发放前与参保数据比对。"),
                ("公益性岗位人员考勤虚报", "三级风险", "考勤每月由用人单位签章报送并抽查。"),
            ]),
        ]),
        ("三、创业服务股", "创业服务股", [
            ("股长", "戈翯舟", "middle", [
                ("创业担保贷款推荐中收受好处", "一级风险", "推荐名单集体审核，贷款贴息情况公开。"),
                ("创业补贴重复发放", "二级风险", "补贴发放系统查重，发放名单公示。"),
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
        "leishan_employment_centre_group_rows",
        "http://szqkhbnox.com/kpsrlzyhshbzj/jycyxx/zczy/content/post_615149.html",
        "县就业服务中心 廉政风险防控责任清单, after the source's 省级促进就业专项资金 使用管理办法 (专项资金, 职业培训补贴, "
        "小额担保贷款, 公益性岗位, 社会保险补贴): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/"
        "防控措施 under GROUP ROWS ``一、中心领导``, ``二、就业援助股``, ``三、创业服务股`` merged across; 岗位 and 姓名 merged "
        "per person; no type column",
        [sh], t,
    )  # fmt: skip


def leishan_social_insurance_cards() -> dict:
    unit = f"{PLACE}社会保险事业局"
    t = _Truth(unit)
    cards = [
        ("局长", "仇渼琤", "", "局长", "主持全面工作，分管基金财务", "leader", [
            ("工伤保险待遇审批不按权限，越权签批", "★★★", "待遇审批按市级授权权限逐级签批，超权限报市经办机构。"),
            ("社保基金支出审批不严，违规拨付", "★★★", "基金支付实行经办、复核、审批分离。"),
            ("接受参保单位宴请", "★", "签订廉洁承诺书，节前廉洁提醒。"),
        ]),
        ("稽核股", "戈璐岍", "稽核股", "股长", "基金稽核", "middle", [
            ("参保单位缴费基数稽核走过场", "★★", "稽核对象随机抽取，稽核报告集体审定。"),
            ("工伤职工待遇领取资格核查不实", "★★", "资格核查与公安、民政数据比对。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, dept, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 36, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", dept + post)
        r = sh.add("分管工作", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, dept, post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "leishan_social_insurance_cards", "http://ask.fsou.com/html/text/lar/170940/17094090_1.html",
        "县社会保险事业局 岗位廉政风险防控卡, one sheet a person, after the source's 工伤保险 市级统筹 方案 (待遇申请受理、"
        "审核, 审批权限, 基金稽核, 财务审计): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def leishan_exam_centre_selfchecks() -> dict:
    unit = f"{PLACE}人事考试中心"
    t = _Truth(unit)
    people = [
        ("仇岫霖", "中心领导", "主任", "leader", [
            ("试卷接收、保管中不执行双人双锁", "Ⅰ级", "保密室双人双锁、全程监控，交接登记。", "已落实"),
            ("考务人员选派优亲厚友", "Ⅱ级", "考务人员从名录库随机抽取。", "未发现问题"),
        ]),
        ("戈骞澈", "考务股", "考务员", "general", [
            ("试卷押运途中擅自停留、开启", "Ⅰ级", "押运车辆定位，押运人员不少于三人。", "已落实"),
            ("考场编排时为考生安排特定考场座位", "Ⅱ级", "考场座位由系统随机编排。", "已落实"),
            ("违规查询、泄露考生成绩", "Ⅲ级", "成绩查询权限分级，操作留痕。", "未发现问题"),
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
        "leishan_exam_centre_selfchecks", "http://www.handmsg.com/page/2019/1221/13248160.shtml",
        "县人事考试中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 人事考试院 "
        "on 考试安全 (试卷存放, 试卷押运, 考场安排, 考务管理, 作弊防范): a title, a label row ``姓　名 | 所在股室 | 岗　位 | "
        "填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 主任意见：``",
        sheets, t,
    )  # fmt: skip


def leishan_talent_centre_register() -> dict:
    unit = f"{PLACE}人才交流服务中心"
    sh = _Sheet("登记表", [6, 14, 12, 10, 36, 12, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "仇珣曦", "leader", [
            ("职称申报推荐中为不符合条件人员说情", "思想道德", "一级", "推荐名单集体研究并公示。"),
        ]),
        ("职称评审股", "股长", "戈旸湉", "middle", [
            ("职称申报材料审核不严，业绩材料造假未发现", "岗位职责", "一级", "材料实行初审、复审，抽查原件。"),
            ("评审专家抽取不随机，泄露专家名单", "制度机制", "二级", "专家从库中随机抽取，名单封存。"),
        ]),
        ("人事代理股", "档案管理员", "仇熠澂", "general", [
            ("流动人员人事档案材料违规增减、涂改", "业务流程", "一级", "档案材料收集归档两人核对签字。"),
            ("违规为他人查阅、借出档案", "制度机制", "二级", "查阅凭介绍信并登记，档案不外借。"),
            ("出具存档证明收取费用", "外部环境", "三级", "证明免费出具，收费标准公示。"),
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
        "leishan_talent_centre_register", "http://ynzcps.com/show.asp?id=1493",
        "县人才交流服务中心 廉政风险点排查登记表, after the source's 人社厅 加强职称评审监管 通知 (职称申报, 推荐, 审核, 评审, "
        "备案, 评审委员会管理, 问题排查): a title, 序号/股室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short "
        "names)/风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def leishan_xijiang_station_list() -> dict:
    unit = f"{PLACE}西江镇人力资源和社会保障服务中心"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 8}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "仇樾菡", "leader", "城乡居民养老保险待遇领取资格认证把关不严", "岗位职责", "高风险",
         "资格认证每年开展，死亡人员信息与民政、公安比对。"),
        ("中心领导", "主任", "仇樾菡", "leader", "辖区企业用工情况核查走过场", "业务流程", "中风险",
         "核查工资总额和职工人数留存记录。"),
        ("社保服务部", "经办员", "戈昀崧", "general", "代办参保登记时截留群众缴费", "思想道德", "高风险",
         "缴费一律由群众自行缴纳或银行代扣，不收现金。"),
        ("社保服务部", "经办员", "戈昀崧", "general", "为不符合条件人员补办参保", "制度机制", "中风险",
         "补缴材料上报县社保局审核。"),
        ("就业服务部", "协理员", "仇泷岑", "general", "农民工欠薪线索不登记、不上报", "岗位职责", "中风险",
         "线索当日登记并报县监察大队。"),
        ("就业服务部", "协理员", "仇泷岑", "general", "外出务工交通补贴名单虚报", "外部环境", "低风险",
         "补贴名单村级公示、镇级审核。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "leishan_xijiang_station_list", "http://www.51anping.com/fgst/2011-05-03/5575.html",
        "镇人力资源和社会保障服务中心 岗位廉政风险防控一览表, after the source's 经办机构 职责 释义 (征收保险费, 核查用人单位"
        "工资总额和职工人数, 登记, 缴费和待遇记录): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then "
        "序号/部门/岗位/责任人 written on EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/"
        "防控措施; a 填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    leishan_arbitration_court_scale(),
    leishan_hrss_bureau_two_sheets(),
    leishan_labour_inspection_posts(),
    leishan_employment_centre_group_rows(),
    leishan_social_insurance_cards(),
    leishan_exam_centre_selfchecks(),
    leishan_talent_centre_register(),
    leishan_xijiang_station_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch807-inbox"))

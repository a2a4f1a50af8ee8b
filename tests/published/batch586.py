"""The five-hundred-and-eighty-sixth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's natural
resources and housing-and-construction bodies, 舟曲县 (of 甘南藏族自治州, 甘肃) — its 自然资源局,
住房和城乡建设局, 不动产登记中心, 城市管理综合执法大队, 自然资源执法监察大队, 建设工程质量安全监督站,
地籍测绘服务中心 and the 大川镇规划建设站 — each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表
its staff typed in WPS or Excel:

- the 自然资源局's 一览表: ``股室`` merged, ``岗位 | 姓名`` merged per person, ``一级/二级/三级``, no
  type column, an 编制/审核 line;
- the 住房和城乡建设局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader)
  and ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), 高/中/低, no type column;
- the 城市管理综合执法大队's 排查表 对岗不对人: ``中队`` and ``岗位`` merged, ``…风险`` types,
  ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 大川镇规划建设站's 自查表, one sheet a person: a label row ``姓　名 | 所在站室 | 岗　位 | 填表时间``
  over a row of values, ``★★★/★★/★`` read by a ``注：`` line, ``自查情况``, no type column;
- the 建设工程质量安全监督站's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` and a merged
  ``所在科室`` line, ``一级风险/二级风险/三级风险``, a 持卡人（签字） line;
- the 自然资源执法监察大队's 责任清单 under GROUP ROWS ``一、大队领导`` … (no 科室 column),
  ``岗位 | 姓名`` merged per person, ``高风险/中风险/低风险``;
- the 地籍测绘服务中心's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on
  EVERY row, short types, 高/中/低, a ``注：`` line and a sign-off line.

One is harder:

- ``zhouqu_real_estate_registry_person_bands``: the 不动产登记中心's 岗位廉政风险点对照表, ONE 序号
  column down the left and, across, ONE BAND OF THREE COLUMNS A HOLDER: the band's top heading
  cell, merged over its three columns, names the holder (``登记科　科长　党珩澍``), the second
  heading row repeats ``廉政风险点 | 风险等级 | 防控措施`` under every band; row ``n`` holds each
  holder's n-th point in his own band, so a row carries points of up to four different holders
  and a holder with fewer points leaves his band blank at the foot. The README's 读得懂的表
  knows one row with several points of ONE post (``风险点1 | 风险等级 | 风险点2 | …``), a long table
  printed in two halves side by side (the right half repeating the heading, 序号 continued),
  two tables side by side with a gap, holder columns each with his own measures under a merged
  ``防控措施``, and a 公示牌 with posts across and point/level/measures ROW triplets down; it does
  not describe holder bands across, each a point/level/measures COLUMN triplet under a merged
  heading naming the holder, sharing one 序号 column and one row per rank of point.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 人民网 piece on 住房信息联网 and
“以人查房” — 查询权限, 信息泄露, 登记资料查询; a piece on 自然资源执法 — 违法占地, 以罚代管, 执法监察;
an 安徽 通知 on 农民工工资 and 工程款 — 实名管理, 工资专户, 保证金; a 镇政府's 情况通报 on 城管 and
占道经营 摊贩 — 登记保存, 执法记录仪; a 农村危房改造 policy — 补助对象认定, 补助标准; a 市住房城乡建设局
meeting on 拖欠工程款 排查治理; a 南充 自然资源 piece — 卫片执法, 田长制, 违法占耕 立案查处; a paper on
农村地籍测绘 quality control — 指界, 权属调查, 宗地图) and the layout follows their words for
the unit, its parts, its posts and its risks. The rows are worded by us, the names invented (the
surnames 党 and 阎 with rare given names); every unit is a body of 舟曲县.

``舟曲县`` is not new: batch 464 has units of 舟曲县 (its 卫生健康局, 疾病预防控制中心, 藏医院 and
卫生院), so the tests call ``is_apart`` with ``places`` (each unit's whole name, in no earlier
unit) instead of ``unit_words``.

Run ``python tests/published/score.py --set batch586`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each band is one form: its heading cell gives the 科室, post and name, each
  filled row of the band one point with the band's own level; rows are no unit of their own (a
  row's points belong to the holders of their bands, not to each other); blank band cells are no
  points; the ``注：`` line and the 制表/审核 line are no points;
- ``局领导``, ``站领导``, a group row ``一、大队领导`` are the 科室 of those leaders; the 住建局's leaders
  (sheet ``局领导``, no 科室 column) and a card whose 所在科室 is ``站领导`` have that (or no) 科室 as
  written; a 局's 股, a 大队's 中队, a 中心's 科 and a 站's 室 are 科室; a group row ``二、执法一中队``
  gives the 科室 ``执法一中队`` (its number left off);
- 局长, 副局长, 大队长, 副大队长, 站长, 主任 of a 中心 are leaders; 股长, 中队长, 科长 middle; the rest
  (股员, 执法队员, 审核员, 测绘员, 受理员, 监督员, 会计, 出纳, 村镇建设员) general;
- the 城市管理综合执法大队's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b586_"
PLACE = "舟曲县"
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

# one band a holder: (科室, 岗位, 姓名, tier, [(廉政风险点, 风险等级, 防控措施)])
BANDS = [
    ("登记科", "科长", "党珩澍", "middle", [
        ("登簿审核把关不严，为材料不全的申请人违规登簿", "高", "实行受理、审核、登簿分离，登簿前二次核验。"),
        ("更正登记、异议登记受人请托违规办理", "高", "更正、异议登记经科务会集体研究，留痕备查。"),
        ("对群众合理诉求推诿拖延，变相刁难", "低", "实行首问负责和限时办结，办件满意度回访。"),
    ]),
    ("登记科", "审核员", "阎琇岙", "general", [
        ("审核抵押、转移登记材料不细，放过虚假申请", "高", "身份证件联网核验，抵押登记核对主债权合同。"),
        ("收受中介好处，为其办件插队、加急", "中", "办件按受理顺序排队，加急须经科长审批。"),
    ]),
    ("权籍调查科", "测绘员", "党沅珂", "general", [
        ("权籍调查不到现场指界，宗地图界址点随意标注", "高", "权籍调查两人以上到场，指界签字拍照存档。"),
        ("测绘成果面积人为增减，收受权利人财物", "中", "测绘成果由第二人复核，面积差异超限重测。"),
        ("违规向测绘公司提供权籍资料牟利", "中", "权籍资料调取登记审批，定期清查外发记录。"),
    ]),
    ("综合窗口", "受理员", "阎昶翾", "general", [
        ("违反规定“以人查房”，泄露权利人登记信息", "高", "查询实行实名登记，系统日志每月抽查。"),
        ("受理时对不符合条件的申请不予告知，先收后退", "中", "一次性告知清单上墙，收件凭证当场出具。"),
        ("向办事群众推荐指定代办、复印服务", "低", "大厅张贴禁令，设置意见箱和监督电话。"),
    ]),
]  # fmt: skip


def zhouqu_real_estate_registry_person_bands() -> dict:
    unit = f"{PLACE}不动产登记中心"
    n = len(BANDS)
    ncols = 1 + 3 * n
    sh = _Sheet("对照表", [6] + [30, 7, 28] * n)
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点对照表", ncols)
    _line(sh, f"单位：{unit}{GAP * 30}2025年5月", ncols)
    top = sh.add("序号", *[None] * (ncols - 1))
    for j, (dept, post, who, _tier, _points) in enumerate(BANDS):
        sh.rows[top][1 + 3 * j] = f"{dept}{GAP}{post}{GAP}{who}"
        sh.merge(top, 1 + 3 * j, top, 3 + 3 * j)
    sh.add(None, *(["廉政风险点", "风险等级", "防控措施"] * n))
    sh.merge(top, 0, top + 1, 0)
    rows = max(len(points) for *_, points in BANDS)
    for i in range(rows):
        cells: list = [i + 1]
        for _dept, _post, _who, _tier, points in BANDS:
            cells += list(points[i]) if i < len(points) else [None, None, None]
        sh.add(*cells)
    for dept, post, who, tier, points in BANDS:
        for point, lv, _measures in points:
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _line(sh, "注：每人一栏，本栏所列为本人岗位的廉政风险点；风险等级分高、中、低三级。", ncols)
    sh.add("制表：", None, None, "审核：", *[None] * (ncols - 6), "主任（签字）：", None)
    return _layout(
        "zhouqu_real_estate_registry_person_bands", "http://politics.people.com.cn/n/2014/0404/c70731-24830719-2.html",
        "(harder) 县不动产登记中心 岗位廉政风险点对照表, after the source's piece on 住房信息联网 and “以人查房” (查询权限, "
        "信息泄露, 登记资料查询): a title, a merged ``单位：…　2025年5月`` line, then ONE 序号 column merged down two "
        "heading rows and, across, ONE BAND OF THREE COLUMNS A HOLDER: the band's top cell merged over its three columns "
        "names him (``登记科　科长　党珩澍``), the second heading row repeats ``廉政风险点 | 风险等级 | 防控措施`` under "
        "every band; row n holds each holder's n-th point in his band (two or three points a holder, a shorter band "
        "blank at the foot), so one row carries four holders' points; 高/中/低, no type column; a merged ``注：`` line "
        "and a 制表/审核/主任（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def zhouqu_natural_resources_bureau_list() -> dict:
    unit = f"{PLACE}自然资源局"
    sh = _Sheet("一览表", [6, 14, 10, 10, 40, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "阎翀湉", "leader", [
            ("国有建设用地出让方案不经局党组集体研究", "一级", "出让方案经局党组会研究，报县政府批准后公开出让。"),
            ("违法用地案件查处中打招呼、说情", "一级", "违法案件查处情况登记，领导干部插手干预一律记录报告。"),
        ]),
        ("执法监察股", "股长", "党琤峣", "middle", [
            ("违法占地案件以罚代管、罚而不拆", "一级", "案件处理决定经案审会集体审议，拆除情况跟踪核查。"),
            ("动态巡查发现违法线索不报告、不制止", "二级", "巡查记录上传执法平台，股室每周核对。"),
        ]),
        ("执法监察股", "股员", "阎沨玥", "general", [
            ("现场勘测笔录与实际不符，为当事人开脱", "二级", "现场勘测两人以上，全程执法记录仪录像。"),
        ]),
        ("耕地保护股", "股长", "党瑀岚", "middle", [
            ("耕地占补平衡项目验收不严，虚增新增耕地面积", "一级", "验收邀请农业农村部门参加，结果公示。"),
            ("设施农业用地备案审核把关不严", "三级", "备案材料乡镇初审、股室复审，定期抽查现场。"),
        ]),
        ("财务股", "会计", "阎璟漪", "general", [
            ("地质灾害防治项目资金拨付不按进度审核", "二级", "资金按进度拨付，拨付前工程监理签字确认。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("编制：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "zhouqu_natural_resources_bureau_list", "http://njxhtjx.com/archives/438/",
        "县自然资源局 岗位廉政风险防控一览表, after the source's piece on 自然资源执法 (违法占地, 以罚代管, 执法监察大队, "
        "执法装备, 罚款收缴): a title, 序号/股室 merged/岗位 and 姓名 merged per person/廉政风险点/风险等级 "
        "``一级/二级/三级``/防控措施; no type column; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def zhouqu_housing_bureau_two_sheets() -> dict:
    unit = f"{PLACE}住房和城乡建设局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 20, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("党翊沄", "局长", "主持全面工作", [
            ("政府投资房建项目插手干预招标投标", "高", "项目一律进入县公共资源交易中心公开招标。"),
            ("干部选拔任用不按程序，搞“一言堂”", "高", "干部任用经局党组会集体研究，任前公示。"),
        ]),
        ("阎璠昀", "副局长", "分管建筑市场、根治欠薪", [
            ("农民工工资保证金违规返还或减免", "高", "保证金返还经股室初审、局务会审定，结果公示。"),
            ("欠薪投诉处理中偏袒施工企业", "中", "欠薪投诉登记台账，办结后回访投诉人。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "", post, who, "leader", point, [], HML[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("股室", [6, 14, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}股室廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("建筑业管理股", "股长", "党岍琰", "middle", "施工许可审查放宽条件，为未落实工资专户的项目发证", "高",
         "施工许可前核验工资专户和实名制管理，审查意见双签。"),
        ("建筑业管理股", "股长", "党岍琰", "middle", "建筑市场执法检查走过场，发现问题不移交", "中",
         "检查结果录入信用平台，问题清单逐项销号。"),
        ("建筑业管理股", "股员", "阎淏珺", "general", "农民工实名制考勤数据审核不严", "低",
         "考勤数据与工资发放记录每月比对。"),
        ("村镇建设股", "股长", "阎澂芃", "middle", "农村危房改造对象认定优亲厚友", "高",
         "改造对象村评议、乡镇审核、县级审批三级公示。"),
        ("村镇建设股", "股员", "党湜琬", "general", "危房改造竣工验收不到现场，照片造假", "中",
         "验收到户拍照定位，县级按比例抽查。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], HML[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "zhouqu_housing_bureau_two_sheets", "http://pmkt.com.cn/display.php?id=15918",
        "县住房和城乡建设局 廉政风险防控一览表 in TWO SHEETS, after the source's 通知 on 农民工工资支付 (实名管理, 工资专户, "
        "工资保证金, 工程款拨付): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 merged and "
        "岗位/姓名 merged per person; 廉政风险点, 风险等级 高/中/低, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def zhouqu_urban_management_posts() -> dict:
    unit = f"{PLACE}城市管理综合执法大队"
    sh = _Sheet("排查表", [6, 14, 12, 40, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "中队", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("大队领导", "大队长", "leader", "重大行政处罚案件不经集体讨论，个人决定", "制度机制风险", "Ⅰ级",
         "重大案件提交案审会集体讨论，法制审核后决定。"),
        ("执法一中队", "中队长", "middle", "占道经营查处中选择性执法，收受摊贩好处", "思想道德风险", "Ⅰ级",
         "执法全程佩戴执法记录仪，视频按日归档。"),
        ("执法一中队", "执法队员", "general", "登记保存物品不开清单，私自处置暂扣物品", "业务流程风险", "Ⅱ级",
         "登记保存当场开具清单，物品入库双人签字。"),
        ("执法一中队", "执法队员", "general", "对违规户外广告、店招查处不及时，放任不管", "岗位职责风险", "Ⅲ级",
         "巡查问题录入数字城管平台，按时限督办。"),
        ("执法二中队", "中队长", "middle", "违法建设查处中以罚代拆", "制度机制风险", "Ⅰ级",
         "违建处理决定公示，拆除结果跟踪复查。"),
        ("执法二中队", "执法队员", "general", "渣土运输车辆查处时吃拿卡要", "思想道德风险", "Ⅱ级",
         "罚没款一律通过非税系统缴纳，严禁现场收取现金。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：法制股", None, None, "审核：", None, "2025年3月", None)
    return _layout(
        "zhouqu_urban_management_posts", "https://icbw.com.cn/thread-186991-1-1.html",
        "县城市管理综合执法大队 岗位廉政风险点排查表 对岗不对人, after the source's 镇政府 情况通报 on 城管执法 and "
        "占道经营 摊贩 (执法记录仪, 登记保存物品, 批评教育): a title, 序号/中队 merged/岗位 merged per post/廉政风险点/"
        "风险类型 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def zhouqu_dachuan_planning_station_selfchecks() -> dict:
    unit = f"{PLACE}大川镇规划建设站"
    t = _Truth(unit)
    people = [
        ("党霂岑", "站领导", "站长", "leader", [
            ("农村危房改造补助对象认定不实，优亲厚友", "★★★", "补助对象村级评议、镇级审核，名单张榜公示。", "已落实"),
            ("乡村建设规划许可审查打招呼、放宽条件", "★★", "许可审查意见站务会集体研究。", "未发现问题"),
        ]),
        ("阎珝沚", "村镇建设室", "村镇建设员", "general", [
            ("危房改造补助资金发放不及时，截留挪用", "★★★", "补助资金通过惠农“一卡通”直接发放到户。", "已落实"),
            ("农房建设巡查发现违建不报告", "★", "巡查日志每周报站长审阅。", "已落实"),
        ]),
        ("党玘潆", "村镇建设室", "村镇建设员", "general", [
            ("农房竣工验收不到现场，虚报改造进度", "★★", "验收现场拍照定位，资料归档备查。", "未发现问题"),
            ("向建房户推荐指定施工队、建材商", "★", "签订廉洁承诺书，公开监督电话。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在站室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], STARS[lv])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 5)
        sh.add("本人签名：", None, "站长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "zhouqu_dachuan_planning_station_selfchecks", "https://www.xwwsh.com/archiver/tid-17800.html",
        "县镇规划建设站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 农村危房改造 "
        "政策 (补助对象认定, 补助标准, 改造方式): a title, a label row ``姓　名 | 所在站室 | 岗　位 | 填表时间`` over a row "
        "of values, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施/``自查情况``; a ``注：`` line; no type column; "
        "``本人签名： | 站长意见：``",
        sheets, t,
    )  # fmt: skip


def zhouqu_quality_station_cards() -> dict:
    unit = f"{PLACE}建设工程质量安全监督站"
    t = _Truth(unit)
    cards = [
        ("站长", "阎瀛翾", "站长", "站领导", "leader", [
            ("监督工作中接受施工单位宴请、礼金", "二级风险", "严守中央八项规定精神，监督人员签订廉洁承诺。"),
            ("竣工验收监督放宽标准，对质量问题不予纠正", "一级风险", "竣工验收监督两人以上，意见书站长审签。"),
        ]),
        ("监督员", "党琬昉", "监督员", "质量监督室", "general", [
            ("质量抽检弄虚作假，为检测不合格的工程出具合格意见", "一级风险", "抽检样品见证取样，检测报告联网查验。"),
            ("安全隐患整改复查走过场", "二级风险", "复查拍照留痕，隐患销号经室主任确认。"),
            ("向监督项目推荐检测机构、建材供应商", "三级风险", "禁止推荐，发现即调离监督岗位。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, dept, tier, items in cards:
        sh = _Sheet(tab, [8, 36, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("所在科室", dept, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, lv, measures) in enumerate(items, 1):
            sh.add(i, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], RISKS[lv])
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "zhouqu_quality_station_cards", "http://www.gzsjzzsxh.com/tongzhigonggao/449.html",
        "县建设工程质量安全监督站 岗位廉政风险防控卡, one sheet a person, after the source's 市住房城乡建设局 meeting on "
        "拖欠工程款 项目排查治理 (排查, 督查, 建筑管理处): a title, ``姓　名 | … | 职　务 | …`` and a merged 所在科室 "
        "line, then 序号/风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施; 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def zhouqu_land_inspection_group_rows() -> dict:
    unit = f"{PLACE}自然资源执法监察大队"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、大队领导", "大队领导", [
            ("大队长", "党瀚琮", "leader", [
                ("卫片执法图斑核查结果人为调整", "高风险", "图斑核查结果集体会审，报县自然资源局复核。"),
                ("违法占耕案件压案不查", "高风险", "案件立案、结案情况每月通报。"),
            ]),
        ]),
        ("二、执法一中队", "执法一中队", [
            ("中队长", "阎岫沣", "middle", [
                ("违法用地制止不力，放任“先上车后补票”", "中风险", "发现违法用地当日制止，书面报告大队。"),
            ]),
            ("执法队员", "党淇璐", "general", [
                ("巡田发现问题不上报，与当事人私了", "中风险", "巡田APP实时上报，轨迹记录备查。"),
                ("调查取证资料不全，案件降格处理", "低风险", "案卷经法制审核，缺项退回补正。"),
            ]),
        ]),
        ("三、执法二中队", "执法二中队", [
            ("中队长", "阎璆汐", "middle", [
                ("非法采矿案件移送司法机关不及时", "中风险", "涉嫌犯罪案件移送时限纳入考核。"),
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
                t.point(sh.name, dept, post, who, tier, point, [], HIGHS[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "zhouqu_land_inspection_group_rows", "http://kyfz.org.cn/show-40353.html",
        "县自然资源执法监察大队 廉政风险防控责任清单, after the source's 自然资源 piece on 督察整改 (卫片执法, 田长制, "
        "巡田APP, 违法占耕 立案查处): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``高风险/中风险/低风险``/防控措施 "
        "under GROUP ROWS ``一、大队领导``, ``二、执法一中队``, ``三、执法二中队`` merged across; 岗位 and 姓名 merged per "
        "person; no type column",
        [sh], t,
    )  # fmt: skip


def zhouqu_cadastral_survey_centre_list() -> dict:
    unit = f"{PLACE}地籍测绘服务中心"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "阎珮澧", "leader", "地籍测绘外包项目定向委托", "制度机制", "高",
         "外包项目按政府采购程序确定，合同经主任办公会审定。"),
        ("中心领导", "主任", "阎珮澧", "leader", "测绘成果质量验收降低标准", "岗位职责", "中",
         "执行“两级检查、一级验收”，验收记录存档。"),
        ("测绘科", "科长", "党璩昕", "middle", "权属调查指界不到场，界址认定偏袒一方", "业务流程", "高",
         "指界通知书送达到户，指界过程拍照签字。"),
        ("测绘科", "测绘员", "阎沄翊", "general", "宗地图面积测算弄虚作假", "思想道德", "中",
         "测算成果交叉复核，差错纳入个人考核。"),
        ("资料科", "管理员", "党昀琇", "general", "违规提供地籍调查成果资料", "外部环境", "低",
         "资料提供登记审批，涉密成果按保密规定管理。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _line(sh, "注：风险等级分为高、中、低三级。", 8)
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "zhouqu_cadastral_survey_centre_list", "https://m.fx361.cc/news/2020/0225/17907901.html",
        "县地籍测绘服务中心 岗位廉政风险防控一览表, after the source's paper on 农村地籍测绘 quality control (指界, 权属调查, "
        "宗地图, 分工序检查验收): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 "
        "written on EVERY row/廉政风险点/风险类型 (short names)/风险等级 高/中/低/防控措施; a ``注：`` line and a "
        "填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    zhouqu_real_estate_registry_person_bands(),
    zhouqu_natural_resources_bureau_list(),
    zhouqu_housing_bureau_two_sheets(),
    zhouqu_urban_management_posts(),
    zhouqu_dachuan_planning_station_selfchecks(),
    zhouqu_quality_station_cards(),
    zhouqu_land_inspection_group_rows(),
    zhouqu_cadastral_survey_centre_list(),
]

PLACES = [
    f"{PLACE}不动产登记中心",
    f"{PLACE}自然资源局",
    f"{PLACE}住房和城乡建设局",
    f"{PLACE}城市管理综合执法大队",
    f"{PLACE}大川镇规划建设站",
    f"{PLACE}建设工程质量安全监督站",
    f"{PLACE}自然资源执法监察大队",
    f"{PLACE}地籍测绘服务中心",
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch586-inbox"))

"""The five-hundred-and-eighty-seventh batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 农业农村 and
乡村振兴 bodies, 迭部县 (of 甘南藏族自治州, 甘肃) — its 农业农村局, 乡村振兴局, 农业技术推广中心, 畜牧兽医站
and 动物疫病预防控制中心 and the 农业综合服务中心 of three of its towns (洛大镇, 尼傲乡, 多儿乡) — each
handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 乡村振兴局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and ``股室``
  (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 农业技术推广中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 畜牧兽医站's 自查表, one sheet a person: a label row ``姓　名 | 所在组室 | 岗　位 | 填表时间`` over a
  row of values, ``高风险/中风险/低风险``, ``自查情况``, no type column;
- the 动物疫病预防控制中心's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``科室 | 岗位 | 责任人`` on
  EVERY row, short types, ``一级风险/二级风险/三级风险``;
- the 洛大镇农业综合服务中心's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作
  line, ``★★★/★★/★`` read by a ``注：`` line;
- the 尼傲乡农业综合服务中心's 责任清单 under GROUP ROWS ``一、中心领导`` … ``三、畜牧兽医组`` merged across
  (no 科室 column), ``岗位 | 姓名`` merged per person, 高/中/低;
- the 多儿乡农业综合服务中心's 排查登记表: ``组室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别``
  (short names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``dibu_agriculture_bureau_approval_bands``: the 农业农村局's 审批环节廉政风险点排查表, ONE ROW A 业务事项
  (``序号 | 业务股室 | 业务事项 | … | 防控措施``, 农机购置与应用补贴兑付, 耕地地力保护补贴面积核定 …) and
  a TWO-ROW heading with THREE BANDS across, one an approval stage: ``经办环节（股员）``, ``审核环节（股长）``,
  ``审批环节（分管副局长）`` each merged over its own ``经办人 | 风险点 | 风险等级`` (``审核人 …``, ``审批人
  …``). So a row carries three points of three holders, each band's holder NAMED IN THE ROW (a
  holder recurs down his band, two 事项 of one 股室 have the same three people), his POST only in
  his band's heading. The README's 读得懂的表 knows bands of holders across whose holder stands in
  a merged cell ABOVE the band (``登记科　科长　张三``), holders as columns with ticks, a 责任岗位
  and 责任人 cell listing posts and holders paired, a list keyed by 办理环节 whose holders stand in
  a stage legend line or a flow strip, and ``A角 | B角`` columns; it does not describe bands of
  stages across, each with its own holder-name, point and level columns row by row and its post in
  the band's heading, so that one row is three holders' three points.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a report on 乡村振兴资金使用监管
突出问题整治 — 农机购置与应用补贴 即申即报, 上门核验机具, 耕地地力保护补贴; a comment on 村干部 “蝇贪蚁腐” —
截留乡村振兴专项补助资金, 伪造劳务费用表册, 套取项目资金; a 县纪委 on 春耕 监督 — 农资经销网点, 补贴数据
比对, 农技服务专班; a note on 畜牧业扶持政策 — 强制免疫疫苗, 扑杀补助, 村级防疫员劳务补助; a note on 全国
畜间人兽共患病防治规划 — “先打后补”, 疫苗招标采购; a 纪检干部 on 重复申报的 村集体经济项目; a 市纪委 on
高标准农田 — 虚报土地整理面积, 建后管护; a report on 涉农资金发放 — 免费农药 搭车销售, 稻谷补贴面积)
and the layout follows their words for the unit, its parts, its posts and its risks. The rows are
worded by us, the names invented (the rare surnames 鞠 and 戚 with rare given names); every unit is
a body of 迭部县. batch468 already has units of 迭部县 (its 文化和旅游局, 图书馆, 文化馆, 景区管理局 and the
综合文化站 of 电尕镇, 益哇镇, 腊子口镇 and 旺藏镇), so the tests pass ``places`` (one place a layout, in
its unit and in no earlier unit), not ``unit_words=("迭部县",)``, and no town repeats.

Run ``python tests/published/score.py --set batch587`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file every band of a row is a point of the holder named in that band on that row
  (post from the band's heading: 股员, 股长, 副局长), with the band's level; the 经办人 and 审核人 are
  of the row's 业务股室, the 分管副局长 is a leader with no 科室; one form a holder (a holder named on
  two rows has both rows' points of his band); ``业务事项`` and ``防控措施`` name no holder and are no
  points; the ``注：`` line and the 填表/审核/局长（签字） line are no points;
- ``局领导``, ``中心领导``, ``站领导`` have no 科室 where the table names none (sheet 局领导, the cards);
  in a 科室/组室 cell or a group row they are the 科室 of those leaders; a group row ``二、农技服务组``
  gives the 科室 ``农技服务组`` (its number left off); a 股, 站, 组, 室 and 办公室 are 科室;
- 局长, 副局长, a 中心's 主任 and 副主任 (of 中心领导) and a 站's 站长 (of 站领导) are leaders; 股长, 组长, a
  站's 站长 within a 中心 (植保站, 种子站) and a 室's 主任 are middle; the rest (股员, 农艺师, 农技员, 防疫员,
  检疫员, 检验员, 保管员, 会计, 报账员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no points
  and name no holder; the 农业技术推广中心's list names no person: its forms are posts (对岗不对人);
- 高/中/低, ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★`` and
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

PREFIX = "b587_"
PLACE = "迭部县"
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

# the three bands across: (band heading, the holder's heading, post, tier, 科室 of the row?)
BANDS = [
    ("经办环节（股员）", "经办人", "股员", "general", True),
    ("审核环节（股长）", "审核人", "股长", "middle", True),
    ("审批环节（分管副局长）", "审批人", "副局长", "leader", False),
]

# (业务股室, 业务事项, [(holder, 风险点, 风险等级)] one a band, 防控措施)
APPROVALS = [
    ("农机化股", "农机购置与应用补贴兑付", [
        ("戚霂珩", "购机真实性核验不到现场，“人机合照”把关不严", "高"),
        ("鞠翊沣", "补贴申请积压不报，拖延兑付或吃拿卡要", "中"),
        ("戚沅岐", "为特定经销商的机具开绿灯，收受经销商好处", "高"),
    ], "机具二维码核验，补贴信息逐月公开，兑付限时办结。"),
    ("农机化股", "农机报废更新补贴审核", [
        ("戚霂珩", "报废机具回收拆解不到场监督，一机多报", "中"),
        ("鞠翊沣", "报废更新补贴申请材料审核走过场", "低"),
        ("戚沅岐", "报废补贴资金拨付审批优亲厚友", "中"),
    ], "报废拆解全程录像，回收企业名单公开。"),
    ("种植业股", "耕地地力保护补贴面积核定", [
        ("鞠岫湉", "补贴面积登记不实，虚报、多报种植面积", "高"),
        ("戚昶璆", "补贴面积与承包地确权数据比对不严", "中"),
        ("鞠澂屺", "补贴发放方案不经局党组会集体研究", "中"),
    ], "面积村级公示、乡镇审核、县级抽查，一卡通发放。"),
    ("农村经营管理股", "农村集体“三资”审计", [
        ("戚琇岑", "审计取证不全，隐瞒村集体资金问题", "中"),
        ("鞠瑄沨", "审计发现问题不如实报告，以审谋私", "高"),
        ("鞠澂屺", "审计问题线索压案不移", "高"),
    ], "审计报告局务会审定，问题线索按规定移交纪检监察机关。"),
]  # fmt: skip


def dibu_agriculture_bureau_approval_bands() -> dict:
    unit = f"{PLACE}农业农村局"
    nb = len(BANDS)
    ncols = 3 + 3 * nb + 1
    sh = _Sheet("审批环节", [6, 14, 18] + [9, 30, 8] * nb + [34])
    t = _Truth(unit)
    _line(sh, f"{unit}惠农补贴及“三资”审计审批环节廉政风险点排查表", ncols)
    _line(sh, f"单位：{unit}{GAP * 20}2025年5月", ncols)
    top = sh.add("序号", "业务股室", "业务事项",
                 *[c for band, *_ in BANDS for c in (band, None, None)], "防控措施")  # fmt: skip
    sh.add(
        None, None, None, *[c for _, who, *_ in BANDS for c in (who, "风险点", "风险等级")], None
    )
    for c in (0, 1, 2, ncols - 1):
        sh.merge(top, c, top + 1, c)
    for j in range(nb):
        sh.merge(top, 3 + 3 * j, top, 5 + 3 * j)
    for i, (dept, matter, cells, measures) in enumerate(APPROVALS, 1):
        sh.add(i, dept, matter, *[c for cell in cells for c in cell], measures)
    # the truth one form a holder, band by band
    for j, (_band, _who, post, tier, own_dept) in enumerate(BANDS):
        for dept, _matter, cells, _measures in APPROVALS:
            who, point, lv = cells[j]
            t.point(sh.name, dept if own_dept else "", post, who, tier, point, [], HML[lv])
    _line(
        sh,
        "注：经办、审核、审批三个环节的风险点分别由本环节所列人员负责防控；风险等级分高、中、低三级。",
        ncols,
    )
    sh.add(
        "填表：",
        None,
        None,
        "审核：",
        None,
        None,
        None,
        None,
        None,
        "局长（签字）：",
        None,
        None,
        None,
    )
    return _layout(
        "dibu_agriculture_bureau_approval_bands", "http://www.peopledailynews.eu/zgxw/20251219_119327.html",
        "(harder) 县农业农村局 惠农补贴及“三资”审计审批环节廉政风险点排查表, after the source's report on 乡村振兴资金使用监管突出问题整治 "
        "(农机购置与应用补贴 即申即报, 乡镇干部上门核验机具, 耕地地力保护补贴, 高标准农田 资金, 迟拨滞拨): a title, a merged "
        "``单位：…　2025年5月`` line, then a TWO-ROW heading: 序号/业务股室/业务事项/防控措施 merged down, and THREE BANDS "
        "across, one an approval stage, each band's heading naming the stage and its POST (``经办环节（股员）``, "
        "``审核环节（股长）``, ``审批环节（分管副局长）``) merged over ``经办人 | 风险点 | 风险等级`` (``审核人 …``, ``审批人 …``); "
        "ONE ROW A 业务事项 carrying THREE points, each band its own holder's NAME, point and level on the row; a holder "
        "recurs down his band; 高/中/低, no type column; a merged ``注：`` line and a 填表/审核/局长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def dibu_rural_revitalization_bureau_two_sheets() -> dict:
    unit = f"{PLACE}乡村振兴局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("鞠瀚珏", "局长", "主持全面工作", [
            ("衔接资金项目库入库把关不严，项目安排搞平衡照顾", "一级", "项目入库经局党组会研究，入库清单公示。"),
            ("干预帮扶项目招标和施工队伍选定", "一级", "项目一律进入县公共资源交易中心。"),
        ]),
        ("戚璟涴", "副局长", "分管规划财务、项目管理", [
            ("衔接资金拨付审批不按项目进度，迟拨滞拨", "一级", "资金拨付按进度报账，月度通报。"),
            ("帮扶项目验收走过场，对质量问题睁一只眼闭一只眼", "二级", "验收邀请乡镇、村民代表参加，结果公示。"),
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
        ("规划财务股", "股长", "鞠芃湄", "middle", "衔接资金分配方案测算不按因素法", "一级", "分配方案公开，接受审计监督。"),
        ("规划财务股", "股长", "鞠芃湄", "middle", "项目资金截留、挪作工作经费", "二级", "资金专账核算，每季度对账。"),
        ("规划财务股", "股员", "戚沄翙", "general", "报账凭证审核不严，虚列劳务费用", "二级", "劳务费用凭花名册和考勤表报账。"),
        ("项目管理股", "股长", "鞠晗岫", "middle", "村集体经济项目重复申报不核查", "一级", "申报项目与历年台账逐一比对。"),
        ("项目管理股", "股长", "鞠晗岫", "middle", "到户产业奖补对象认定不实", "三级", "奖补对象村级评议、乡镇审核、县级公示。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "dibu_rural_revitalization_bureau_two_sheets", "https://wxredian.com/art?id=aa8bd0cec03564e06bf29975a3426074",
        "县乡村振兴局 廉政风险防控一览表 in TWO SHEETS, after the source's comment on 村干部 “蝇贪蚁腐” (截留乡村振兴专项补助资金, "
        "伪造劳务用工费用支出表册, 挪用集体资金, 签订虚假合同套取项目资金): sheet 局领导 with 姓名/职务/分管工作 merged per "
        "leader, sheet 股室 with 股室 merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, "
        "防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def dibu_extension_centre_posts() -> dict:
    unit = f"{PLACE}农业技术推广中心"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "农资物资采购", "测土配方肥、地膜采购指定供应商，收受回扣", "制度机制风险", "Ⅰ级",
         "物资采购按政府采购程序，结果公示。"),
        ("植保站", "站长", "middle", "免费农药发放", "免费农药发放搭车销售，或截留转卖", "岗位职责风险", "Ⅰ级",
         "发放到户登记签字，村级公示。"),
        ("植保站", "站长", "middle", "病虫害统防统治服务", "虚报防治面积，套取服务补助", "业务流程风险", "Ⅱ级",
         "防治面积现场核验，影像资料存档。"),
        ("土肥站", "农艺师", "general", "耕地质量监测", "监测数据弄虚作假", "业务流程风险", "Ⅲ级",
         "监测样点双人取样，数据逐级复核。"),
        ("土肥站", "农艺师", "general", "农技培训", "虚报培训人数和期数，套取培训经费", "思想道德风险", "Ⅱ级",
         "培训签到、照片和考核记录存档备查。"),
        ("种子站", "站长", "middle", "良种推广补助", "良种推广补助对象和面积认定不实", "外部环境风险", "Ⅰ级",
         "补助名单乡村两级公示，县级抽查。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "dibu_extension_centre_posts", "https://epaper.jxxw.com.cn/html/2026-02/27/content_6_74973.htm",
        "县农业技术推广中心 岗位廉政风险点排查表 对岗不对人, after the source's report on 春耕 监督 (农资经销网点排查, 耕地地力保护补贴"
        "、农机购置补贴 数据比对, 农技服务专班, 田间课堂): a title, 序号/科室 merged/岗位 merged per post/a short 风险点/a long "
        "风险表现/风险类型 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def dibu_animal_husbandry_station_selfchecks() -> dict:
    unit = f"{PLACE}畜牧兽医站"
    t = _Truth(unit)
    people = [
        ("戚湜琰", "站领导", "站长", "leader", [
            ("基层动物防疫补助经费分配不公开", "高风险", "补助按防疫工作量核定，名单公示。", "已落实"),
            ("兽用疫苗出入库管理不严", "中风险", "疫苗出入库双人登记，每月盘点。", "未发现问题"),
        ]),
        ("鞠沺瑢", "防疫组", "防疫员", "general", [
            ("虚报强制免疫数量，套取劳务补助", "高风险", "免疫档案与耳标信息逐户核对。", "已落实"),
            ("向养殖户收取免疫费用", "低风险", "强制免疫免费政策进村入户公示。", "已落实"),
        ]),
        ("戚岚璠", "检疫组", "检疫员", "general", [
            ("不检疫就出证、只收费不检疫", "高风险", "检疫全程留痕，出证信息上传系统。", "未发现问题"),
            ("病死畜禽无害化处理数量核实不严", "中风险", "无害化处理现场拍照，台账逐月上报。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在组室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], HIGHS[lv])
        sh.add()
        sh.add("本人签名：", None, "站长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "dibu_animal_husbandry_station_selfchecks", "http://0898nl.com/wap/index.php?itemid=2331&moduleid=21&page=24",
        "县畜牧兽医站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 畜牧业 扶持政策 "
        "(强制免疫疫苗费用, 畜禽疫病扑杀补助, 基层动物防疫工作补助 村级防疫员劳务补助, 病死猪无害化处理补助): a title, a label "
        "row ``姓　名 | 所在组室 | 岗　位 | 填表时间`` over a row of values, then 序号/风险点/风险等级 "
        "``高风险/中风险/低风险``/防控措施/``自查情况``; no type column; ``本人签名： | 站长意见：``",
        sheets, t,
    )  # fmt: skip


def dibu_animal_disease_centre_list() -> dict:
    unit = f"{PLACE}动物疫病预防控制中心"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 11, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "科室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "鞠砚泓", "leader", "强制免疫疫苗招标采购暗箱操作", "制度机制", "一级风险",
         "疫苗采购按省级集中招标结果执行。"),
        ("中心领导", "主任", "鞠砚泓", "leader", "“先打后补”补助资金审核把关不严", "岗位职责", "二级风险",
         "补助资金按免疫数量和抗体检测结果核定。"),
        ("检测室", "主任", "戚珝滢", "middle", "疫病监测抽样检测数据造假", "业务流程", "一级风险",
         "样品编码盲检，检测报告双人复核。"),
        ("检测室", "检验员", "鞠淏瑜", "general", "为养殖场出具虚假检测报告", "思想道德", "二级风险",
         "检测报告系统出具，不得手工开具。"),
        ("防疫物资库", "保管员", "戚泠筠", "general", "疫苗、消毒药品出入库账实不符", "业务流程", "三级风险",
         "物资出入库每周盘点，账物核对。"),
        ("办公室", "会计", "鞠琮岍", "general", "扑杀补助资金发放不及时、不到户", "外部环境", "二级风险",
         "扑杀补助一卡通发放，公示到户。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), RISKS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "dibu_animal_disease_centre_list", "http://www.cgpnews.cn/epapers/61463?epaper_period_id=6795",
        "县动物疫病预防控制中心 岗位廉政风险防控一览表, after the source's note on 全国畜间人兽共患病防治规划 (强制免疫 “先打后补”, "
        "停止政府招标采购强制免疫疫苗, 省级集中招标采购): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then "
        "序号/科室/岗位/责任人 written on EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``一级风险/二级风险/三级风险``/"
        "防控措施; a 填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


def dibu_luoda_service_centre_cards() -> dict:
    unit = f"{PLACE}洛大镇农业综合服务中心"
    t = _Truth(unit)
    cards = [
        ("主任", "戚澍岷", "主任", "主持中心全面工作", "leader", [
            ("村集体经济项目重复申报、套取补助资金", "★★★", "申报项目与历年项目台账比对，实地核验。"),
            ("惠农补贴资金发放优亲厚友", "★★★", "补贴名单村级公示、镇级审核。"),
            ("接受农资经销商宴请", "★", "严守中央八项规定精神。"),
        ]),
        ("副主任", "鞠昀沣", "副主任", "分管农技推广、畜牧兽医", "leader", [
            ("农机补贴机具核验不到现场", "★★", "核验人员两人以上到场，拍照存档。"),
            ("村级防疫员劳务补助核定不实", "★★", "补助按免疫档案核定，公示到村。"),
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
        "dibu_luoda_service_centre_cards", "https://jjw.changzhou.gov.cn/html/jw/2020/CFEMPFJM_0609/17989.html",
        "镇农业综合服务中心 领导干部廉政风险防控卡, one sheet a leader, after the source's 纪检干部 手记 on 村集体经济增收项目 "
        "重复申报 (土地整理项目, 项目公示牌, 村会计, 申报材料如出一辙): a title, ``姓　名 | … | 职　务 | …`` and a merged "
        "分管工作 line, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def dibu_niao_service_centre_group_rows() -> dict:
    unit = f"{PLACE}尼傲乡农业综合服务中心"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "鞠玥珣", "leader", [
                ("高标准农田项目虚报整理面积", "高", "项目面积实地丈量，村民代表签字确认。"),
                ("农田建设项目验收放松标准", "高", "验收邀请监理、村民代表参加。"),
            ]),
        ]),
        ("二、农技服务组", "农技服务组", [
            ("组长", "戚澂屹", "middle", [
                ("农田防护林和建后管护经费虚列支出", "中", "管护经费凭管护记录拨付。"),
            ]),
            ("农技员", "鞠砚瑨", "general", [
                ("种植面积统计虚报、瞒报", "中", "面积数据与遥感数据比对。"),
                ("免费化肥发放截留", "低", "发放到户登记签字。"),
            ]),
        ]),
        ("三、畜牧兽医组", "畜牧兽医组", [
            ("组长", "戚玧湘", "middle", [
                ("草原补奖面积和牧户核定不实", "中", "补奖面积以承包合同为准，公示到户。"),
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
                t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "dibu_niao_service_centre_group_rows", "http://www.9w8c.com/gslz/system/2025/02/27/013287836.shtml",
        "乡农业综合服务中心 廉政风险防控责任清单, after the source's report on 张掖 高标准农田建设领域专项治理 (虚报土地整理面积 套取"
        "项目资金, 农田防护林, 建后管护, 抽查检查): a title, 序号/岗位/姓名/廉政风险点/风险等级 高/中/低/防控措施 under GROUP "
        "ROWS ``一、中心领导``, ``二、农技服务组``, ``三、畜牧兽医组`` merged across; 岗位 and 姓名 merged per person; no type "
        "column",
        [sh], t,
    )  # fmt: skip


def dibu_duoer_service_centre_register() -> dict:
    unit = f"{PLACE}多儿乡农业综合服务中心"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "组室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "鞠琰漪", "leader", [
            ("春耕农资调运补助分配不公", "制度机制", "一级", "补助分配方案集体研究并公示。"),
            ("稻谷、青稞种植补贴面积审核把关不严", "岗位职责", "二级", "补贴面积乡村两级公示。"),
        ]),
        ("农技服务组", "组长", "戚潆琛", "middle", [
            ("免费农药发放“搭车销售”", "外部环境", "一级", "发放现场公开，群众监督电话公示。"),
        ]),
        ("农技服务组", "农技员", "鞠朏昉", "general", [
            ("种子经营备案核查走过场", "业务流程", "二级", "核查记录存档，县级抽查。"),
            ("农机手培训虚报人数", "思想道德", "三级", "培训签到和照片存档。"),
        ]),
        ("财务室", "报账员", "戚琤沅", "general", [
            ("惠农资金代发截留、延压", "业务流程", "一级", "资金一卡通直达，按月对账。"),
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
        "dibu_duoer_service_centre_register", "http://fanfu.people.com.cn/BIG5/n1/2025/0215/c64371-40419029.html",
        "乡农业综合服务中心 廉政风险点排查登记表, after the source's report on 紧盯涉农资金发放 一线监督护航春耕备耕 (种子经销点核查, "
        "免费农药化肥 搭车销售, 稻谷补贴种植面积, 农机手培训): a title, 序号/组室 merged/岗位 and 姓名 merged per person/风险点/"
        "风险类别 (short names)/风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    dibu_agriculture_bureau_approval_bands(),
    dibu_rural_revitalization_bureau_two_sheets(),
    dibu_extension_centre_posts(),
    dibu_animal_husbandry_station_selfchecks(),
    dibu_animal_disease_centre_list(),
    dibu_luoda_service_centre_cards(),
    dibu_niao_service_centre_group_rows(),
    dibu_duoer_service_centre_register(),
]

# one place a layout, in its unit and in no earlier unit (batch468 already has units of 迭部县)
PLACES = [
    "迭部县农业农村局",
    "迭部县乡村振兴局",
    "迭部县农业技术推广中心",
    "迭部县畜牧兽医站",
    "迭部县动物疫病预防控制中心",
    "洛大镇",
    "尼傲乡",
    "多儿乡",
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch587-inbox"))

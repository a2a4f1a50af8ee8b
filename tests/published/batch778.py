"""The seven-hundred-and-seventy-eighth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 卫生健康
bodies, 滦平县 (of 承德市, 河北省) — its 卫生健康局, 县医院, 疾病预防控制中心, 妇幼保健院, 卫生监督所,
中医院 and two 镇卫生院 (金沟屯镇, 巴克什营镇) — each handing back the 一览表, 防控卡, 排查表, 清单 or
自查表 its staff typed in WPS or Excel:

- the 卫生健康局's 一览表 in TWO SHEETS ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 疾病预防控制中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 妇幼保健院's 防控卡, one sheet a leader, ``★★★/★★/★`` read by a ``注：`` line;
- the 卫生监督所's 责任清单 under GROUP ROWS ``一、所领导`` … merged across, ``一级风险/二级风险/三级风险``;
- the 中医院's 自查表, one sheet a person, a label row over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``;
- the 金沟屯镇卫生院's 一览表 under ``附件3`` and a 填报单位 line, ``科室 | 岗位 | 责任人`` on every row,
  short types, ``高风险/中风险/低风险``;
- the 巴克什营镇卫生院's 排查登记表, ``科室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别``,
  ``一级/二级/三级`` and a ``注：`` line.

One is harder:

- ``luanping_county_hospital_folded_roster``: the 县医院's 岗位廉政风险点一览表 lists its points BY 科室
  AND POST ONLY (``序号 | 科室 | 岗位 | 廉政风险点 | 风险等级 | 防控措施``, no name column); under it a
  line ``本表所列岗位在岗人员：`` and a roster FOLDED THREE TIMES ACROSS to fit the landscape page — one
  heading row ``科室 | 岗位 | 姓名 | 科室 | 岗位 | 姓名 | 科室 | 岗位 | 姓名`` and rows each holding three
  people side by side, read left to right. Each post of the list is held by the one person the roster
  names for that 科室 and post. The 读得懂的表 knows a roster one person a row under a list, a roster on
  another sheet, rosters keyed by group, by number or by code; it does not describe a roster folded
  into three column groups across one row.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (医保 欺诈骗保 专项整治 — 假病人、假病情、
假票据, 定点医疗机构; a 县医疗保障局 meeting with the 县卫健局 and 定点医疗机构 — 自查自纠; 疫苗管理法 —
疫苗追溯, 冷链; 药品集中采购; 卫生扣分制度; 患者安全目标; 国家一类疫苗免疫程序表; a 医院's 医德医风
教育课 — 商业贿赂, 乱收费) and the layout follows their words for the unit, its parts, its posts and its risks. The rows
are worded by us, the names invented (the rare surnames 綦 and 毋 with rare given names); every unit
is a body of 滦平县.

Run ``python tests/published/score.py --set batch778`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each post of the list is one form, its holder the person the folded roster
  names in the same 科室 and post (each 科室 and post held by exactly one person); the roster's rows
  are no points, the ``本表所列岗位在岗人员：`` line names no holder, the 编制/审核 line no points;
- ``局领导``, ``院领导``, ``所领导``, ``中心领导`` as a 科室 cell or group row are the 科室 of those leaders;
  the 卫生健康局's leaders (sheet ``局领导``) and the 妇幼保健院's cards have no 科室;
- 局长, 副局长, 院长, 副院长, 所长, 副所长, 主任 of a 中心 are leaders; 股长 and a 科's 科长 or 主任 middle;
  the rest (会计, 药剂师, 采购员, 监督员, 收费员, 接种医生 …) general;
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

PREFIX = "b778_"
PLACE = "滦平县"
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

# (科室, 岗位, tier, [(廉政风险点, 风险等级, 防控措施)])
HOSPITAL_POSTS = [
    ("院领导", "院长", "leader", [
        ("大型医疗设备购置论证走过场，指定品牌", "高", "设备购置经院长办公会和专家组论证，进入县公共资源交易中心。"),
        ("基建维修工程拆分发包规避招标", "高", "工程项目按限额标准招标，纪检全程监督。"),
    ]),
    ("院领导", "副院长", "leader", [
        ("药品耗材遴选会前打招呼、定品种", "高", "药事委员会集体投票，遴选结果公示。"),
    ]),
    ("医保办", "主任", "middle", [
        ("默许科室分解住院、挂床住院套取医保基金", "高", "每月抽查在院病历，医保结算数据比对。"),
        ("医保违规扣款不追责到科室", "中", "违规扣款通报到科，纳入绩效考核。"),
    ]),
    ("药剂科", "主任", "middle", [
        ("药品采购量统方数据外泄", "高", "统方权限专人管理，查询留痕。"),
    ]),
    ("药剂科", "药剂师", "general", [
        ("药品验收入库数量不符不报告", "中", "验收双人签字，每月盘点。"),
    ]),
    ("财务科", "收费员", "general", [
        ("收费退费不开票据，截留现金", "中", "退费凭原始票据和科室证明，日清日结。"),
        ("伪造住院票据协助虚假报销", "低", "票据领用登记，作废票据全联保存。"),
    ]),
]  # fmt: skip

# the roster, in reading order (left to right, then down): (科室, 岗位, 姓名)
HOSPITAL_ROSTER = [
    ("院领导", "院长", "綦篔菡"),
    ("院领导", "副院长", "毋簹璘"),
    ("医保办", "主任", "綦琭蘼"),
    ("药剂科", "主任", "毋芑筠"),
    ("药剂科", "药剂师", "綦蕤瓀"),
    ("财务科", "收费员", "毋菡琭"),
]
FOLD = 3


def luanping_county_hospital_folded_roster() -> dict:
    unit = f"{PLACE}医院"
    sh = _Sheet("一览表", [6, 10, 10, 40, 9, 36, 10, 10, 10])
    t = _Truth(unit)
    ncols = 9
    _line(sh, f"{unit}岗位廉政风险点一览表", ncols)
    sh.add("序号", "科室", "岗位", "廉政风险点", "风险等级", "防控措施")
    holder = {(d, p): who for d, p, who in HOSPITAL_ROSTER}
    first = len(sh.rows)
    n = 0
    for dept, post, tier, points in HOSPITAL_POSTS:
        for point, lv, measures in points:
            n += 1
            sh.add(n, dept, post, point, lv, measures)
            t.point(sh.name, dept, post, holder[(dept, post)], tier, point, [], HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add()
    _line(sh, "本表所列岗位在岗人员：", ncols)
    sh.add(*(["科室", "岗位", "姓名"] * FOLD))
    for i in range(0, len(HOSPITAL_ROSTER), FOLD):
        cells = []
        for d, p, who in HOSPITAL_ROSTER[i : i + FOLD]:
            cells += [d, p, who]
        sh.add(*cells)
    sh.add()
    sh.add("编制：院办公室", None, None, "审核：", None, "2025年5月", None, None, None)
    return _layout(
        "luanping_county_hospital_folded_roster", "http://dyzxw.org/html/article/202110/19/230048.shtml",
        "(harder) 县医院 岗位廉政风险点一览表, after the source's 医保 欺诈骗保 专项整治 (假病人、假病情、假票据, 定点医疗机构): "
        "a title, 序号/科室 merged/岗位 merged per post/廉政风险点/风险等级 高/中/低/防控措施, NO NAME COLUMN; under it a line "
        "``本表所列岗位在岗人员：`` and a roster FOLDED THREE TIMES ACROSS (``科室 | 岗位 | 姓名`` three times in one heading "
        "row, three people a row, read left to right) naming the one holder of each 科室 and post; an 编制/审核 line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def luanping_health_bureau_two_sheets() -> dict:
    unit = f"{PLACE}卫生健康局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 20, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("毋璘菡", "局长", "主持全面工作", [
            ("县域医共体建设项目资金分配凭个人意见", "一级", "资金分配方案经局党组会研究，报县财政局备案。"),
            ("定点医疗机构专项检查发现问题不移交", "二级", "检查问题清单化，移交情况向党组报告。"),
        ]),
        ("綦瓀芑", "副局长", "分管医政医管、基层卫生", [
            ("医疗机构设置审批中违规放宽条件", "一级", "审批材料股室初审、分管领导复审，结果公示。"),
            ("乡镇卫生院绩效考核打分照顾关系", "二级", "考核组成员随机抽取，得分当场反馈。"),
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
        ("医政医管股", "股长", "毋琭筠", "middle", "医师执业注册材料审核把关不严", "二级", "注册材料双人审核，系统留痕。"),
        ("医政医管股", "股长", "毋琭筠", "middle", "医疗纠纷调处中偏袒一方", "二级", "纠纷调处邀请第三方调解组织参与。"),
        ("规划财务股", "股长", "綦菡篔", "middle", "基层卫生项目资金拨付不按进度", "一级", "资金拨付凭项目进度和验收单。"),
        ("规划财务股", "会计", "毋蕤簹", "general", "单位报账凭证审核不严，虚列支出", "三级", "报账凭证经办、审核、审批三签。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "luanping_health_bureau_two_sheets", "http://bbs.wangduzx.com/archiver/showtopic-928.aspx",
        "县卫生健康局 廉政风险防控一览表 in TWO SHEETS, after the source's 县医疗保障局 meeting with the 县卫健局 and "
        "定点医疗机构 (欺诈骗保 专项治理, 自查自纠, 分管责任): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet "
        "股室 with 股室 merged and 岗位/姓名 merged per person; ``一级/二级/三级``; no type column",
        [lead, dept], t,
    )  # fmt: skip


def luanping_cdc_posts() -> dict:
    unit = f"{PLACE}疾病预防控制中心"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "疫苗冷链设备采购", "冷链设备采购参数向特定厂家倾斜", "制度机制风险", "高",
         "采购参数经技术组论证并公示。"),
        ("免疫规划科", "科长", "middle", "疫苗出入库管理", "疫苗出入库数量不符，账实不一", "业务流程风险", "高",
         "疫苗出入库扫码追溯，每月盘点。"),
        ("免疫规划科", "科长", "middle", "冷链温度记录", "冷链温度记录事后补填、弄虚作假", "岗位职责风险", "中",
         "温度自动监测，记录不可修改。"),
        ("检验科", "检验员", "general", "委托检验出具报告", "收受委托单位好处出具不实报告", "思想道德风险", "中",
         "检验报告双人复核，原始记录存档。"),
        ("办公室", "会计", "general", "专项经费报销", "重大公共卫生项目经费挤占挪用", "外部环境风险", "低",
         "项目经费专账核算，接受审计。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "luanping_cdc_posts",
        "http://xingyitec.com/tags/疫苗管理法明确国家实行什么制度.html",
        "县疾病预防控制中心 岗位廉政风险点排查表 对岗不对人, after the source's 疫苗管理法 (疫苗全程电子追溯制度, 冷链, "
        "出入库): a title, 序号/科室 merged/岗位 merged per post/a short 风险点/a long 风险表现/风险类型 ``…风险``/"
        "风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def luanping_maternal_child_cards() -> dict:
    unit = f"{PLACE}妇幼保健院"
    t = _Truth(unit)
    cards = [
        ("院长", "綦簹蕤", "院长", "主持全院工作，分管财务、基建", "leader", [
            ("药品集中采购外自行采购非中选药品", "★★★", "非中选药品采购经药事委员会审批并备案。"),
            ("产科病房改造项目指定施工单位", "★★★", "改造项目公开招标，结果公示。"),
            ("接受医药代表宴请", "★", "严守中央八项规定精神，签订承诺书。"),
        ]),
        ("副院长", "毋瓀蕤", "副院长", "分管医疗、药剂", "leader", [
            ("出生医学证明签发把关不严", "★★", "证明签发双人核对，空白证件专柜保管。"),
            ("耗材使用量异常不预警", "★★", "耗材使用量按科室每月分析通报。"),
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
        "luanping_maternal_child_cards", "http://fengdujob.net/go/药品集中采购几年一次.html",
        "县妇幼保健院 领导干部廉政风险防控卡, one sheet a leader, after the source's 药品集中采购 (中选药品, 采购周期): "
        "a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; "
        "a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def luanping_health_supervision_group_rows() -> dict:
    unit = f"{PLACE}卫生监督所"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、所领导", "所领导", [
            ("所长", "綦璘篔", "leader", [
                ("行政处罚案件自由裁量畸轻畸重", "一级风险", "处罚案件集体合议，裁量基准公开。"),
            ]),
        ]),
        ("二、医疗卫生监督科", "医疗卫生监督科", [
            ("科长", "毋篔琭", "middle", [
                ("对无证行医线索查处不力", "一级风险", "线索登记台账，办结情况月报。"),
            ]),
            ("监督员", "綦筠簹", "general", [
                ("现场检查扣分标准执行不一", "二级风险", "检查实行双人执法，全程记录仪。"),
                ("向被监督单位推销消毒产品", "三级风险", "签订廉洁执法承诺书。"),
            ]),
        ]),
        ("三、公共场所监督科", "公共场所监督科", [
            ("监督员", "毋蘼芑", "general", [
                ("卫生许可现场审查走过场", "二级风险", "审查结果双人签字，抽查复核。"),
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
        "luanping_health_supervision_group_rows", "https://abg.baidu.com/tags/z3amt6v73o35nvwgw3elpnvrxy16",
        "县卫生监督所 廉政风险防控责任清单, after the source's 卫生扣分制度 (检查扣分, 卫生许可): a title, 序号/岗位/姓名/"
        "廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS ``一、所领导`` … merged across; "
        "岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def luanping_tcm_hospital_selfchecks() -> dict:
    unit = f"{PLACE}中医院"
    t = _Truth(unit)
    people = [
        ("毋璪篁", "医务科", "科长", "middle", [
            ("医疗安全不良事件瞒报不报", "Ⅰ级", "不良事件系统直报，瞒报追责。", "已落实"),
            ("外出进修人员选派不公开", "Ⅱ级", "选派条件公开，科室推荐、院务会研究。", "未发现问题"),
            ("病历质量检查评分照顾熟人", "Ⅲ级", "病历评分交叉检查，结果院内通报。", "已落实"),
        ]),
        ("綦篁璪", "药剂科", "采购员", "general", [
            ("中药饮片验收以次充好", "Ⅰ级", "饮片验收留样，质量抽检。", "已落实"),
            ("采购计划随意追加", "Ⅲ级", "追加采购经科主任和分管院长审批。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在科室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "科室负责人意见：", None, None)
        sheets.append(sh)
    return _layout(
        "luanping_tcm_hospital_selfchecks",
        "https://www.zhetiaohe.com/ss/9c9361e5d1ae8908934933f2bc16aa7c6e3462ade41c074e5c3004fb2cef5e36c5b917376848e0bd77f1b3fc11eab40d36bc6b162a35cf4be9f35d0176e5aed8.html",
        "县中医院 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 患者安全目标 "
        "(不良事件报告, 用药安全): a title, a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间`` over a row of values, then "
        "序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column",
        sheets, t,
    )  # fmt: skip


def luanping_jingoutun_health_center_list() -> dict:
    unit = f"{PLACE}金沟屯镇卫生院"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "科室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("院领导", "院长", "綦芑璘", "leader", "疫苗接种门诊改造工程不按程序发包", "制度机制", "高风险",
         "工程发包报县卫健局审核，结果公示。"),
        ("院领导", "院长", "綦芑璘", "leader", "村医补助资金发放不公开", "岗位职责", "中风险",
         "补助名单村级公示、院里审核。"),
        ("公卫科", "科长", "毋菡璘", "middle", "基本公共卫生服务数据弄虚作假", "业务流程", "高风险",
         "服务记录电话回访抽查。"),
        ("预防接种门诊", "接种医生", "綦蘼琭", "general", "第二类疫苗推荐中收受好处", "外部环境", "中风险",
         "疫苗推荐告知书由受种者签字。"),
        ("财务室", "收费员", "毋筠瓀", "general", "门诊收费不入账", "思想道德", "低风险", "收费日清日结，票据核销。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "院长（签字）：", None, None)
    return _layout(
        "luanping_jingoutun_health_center_list", "https://abg.baidu.com/tags/xh5lzuwsxpaobuw7ypt4hyws36z4zuhswhwq14",
        "镇卫生院 岗位廉政风险防控一览表, after the source's 国家一类疫苗免疫程序表 (接种门诊, 受种者): ``附件3``, "
        "a title, a merged 填报单位（盖章）/填报时间 line, then 序号/科室/岗位/责任人 written on EVERY row/廉政风险点/"
        "风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/院长（签字） line",
        [sh], t,
    )  # fmt: skip


def luanping_bakeshiying_health_center_register() -> dict:
    unit = f"{PLACE}巴克什营镇卫生院"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("院领导", "院长", "毋篁璘", "leader", [
            ("药品耗材网上采购外另行采购", "制度机制", "一级", "采购一律在省平台进行，月度核对。"),
            ("职工绩效分配不经职工大会", "岗位职责", "二级", "绩效方案经职工大会通过并公示。"),
        ]),
        ("临床科", "主任", "綦璘蕤", "middle", [
            ("诱导住院、过度检查", "思想道德", "一级", "住院指征每月抽查，医保数据比对。"),
        ]),
        ("药房", "药剂员", "毋瓀篔", "general", [
            ("药品效期管理不严，过期药品未销毁", "业务流程", "二级", "效期药品专区存放，销毁双人监督。"),
            ("私自向个体诊所调拨药品", "外部环境", "三级", "药品调拨经院长审批并登记。"),
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
        "luanping_bakeshiying_health_center_register", "http://www.glrmyy.com/contents/15/349.html",
        "镇卫生院 廉政风险点排查登记表, after the source's 医德医风教育课 (警示教育片, 商业贿赂, 乱收费): a title, 序号/科室 "
        "merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 ``一级/二级/三级``/防控措施; "
        "a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    luanping_county_hospital_folded_roster(),
    luanping_health_bureau_two_sheets(),
    luanping_cdc_posts(),
    luanping_maternal_child_cards(),
    luanping_health_supervision_group_rows(),
    luanping_tcm_hospital_selfchecks(),
    luanping_jingoutun_health_center_list(),
    luanping_bakeshiying_health_center_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch778-inbox"))

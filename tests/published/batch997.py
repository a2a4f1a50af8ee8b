"""The nine-hundred-and-ninety-seventh batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 教育 and 卫生
bodies, 永和县 (临汾市, 山西省) — its 教育科技局, 第二中学, 芝河镇中心小学, 卫生健康局, 人民医院, 中医院,
疾病预防控制中心 and 卫生健康综合行政执法队 — each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its
staff typed in WPS or Excel (the shapes of batch995: 一览表 with ``科室`` merged and 高/中/低; 排查表 under
group rows with ``风险点 | 风险表现`` and ``一级/二级/三级``; 清单 with 股室 on every row and ``★★★/★★/★``;
防控卡 one sheet a person with ``一级风险/…``; 清单 对岗不对人 with ``Ⅰ级/Ⅱ级/Ⅲ级``; 自查表 one sheet a
person with ``高风险/…``; 一览表 under ``附件1`` with ``重点防控/一般防控/常规防控``).

One is harder:

- ``yonghe_hospital_factor_words``: the 人民医院's 岗位廉政风险评估表 (``序号 | 科室 | 岗位 | 姓名 | 廉政风险点 |
  风险类型 | 发生可能性 | 影响程度 | 可控程度 | 防控措施``) with NO level column: the three factor columns
  EACH HOLD ONE WORD 高/中/低 a row (no tick sub-columns, no merged assessment heading), and a ``注：``
  line counts them into the level (``两项及以上为高的为一级风险，一项为高的为二级风险，其余为三级风险``).
  docs/layouts.md knows two factor columns combined by the 3×3 matrix, and three factors TICKED in
  ``高 | 中 | 低`` sub-columns counted by a note (LEVEL_BY_FACTOR_STEPS); not three one-word factor
  columns counted by a note.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the rows are worded by us, the names invented (the rare compound surnames
是云 and 屋引 with rare given names); every unit is a body of 永和县.

Run ``python tests/published/score.py --set batch997`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each point's level is the note's count of its factors at 高: two or three is
  一级, one 二级, none 三级; the ``注：`` line is no point;
- ``局领导``, ``院领导``, ``校领导`` are the 科室 of the leaders; a 局's 股, a 医院's 科, a 学校's 处 are 科室;
  a 中心, 学校, 医院 or 执法队 that hands back its own file is a unit of its own;
- 局长, 院长, 校长, 主任 of a 中心 that is its own unit, and 队长 are leaders; 股长, 科长 and 教务主任 are
  middle; the rest general;
- 高/中/低, ``一级/二级/三级``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, ``一级风险/…``, ``高风险/中风险/低风险`` and
  ``重点防控/一般防控/常规防控`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b997_"
PLACE = "永和县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GUARDS = {"重点防控": 1, "一般防控": 2, "常规防控": 3}
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

FACTORS = ("发生可能性", "影响程度", "可控程度")
STEPS = ("高", "中", "低")


def count_level(*marks: str) -> int:
    """The note's level: two or more factors 高 is 1, one is 2, none is 3."""
    n = sum(m == "高" for m in marks)
    return 1 if n >= 2 else 2 if n == 1 else 3


ASSESSED = [
    ("院领导", "院长", "是云翯", "leader", "大型医疗设备采购论证走过场、指定品牌", "制度机制风险", ("中", "高", "高"),
     "设备采购经院党委会集体研究，论证报告存档。"),
    ("院领导", "院长", "是云翯", "leader", "为亲友承揽医疗设备维护服务打招呼", "思想道德风险", ("高", "中", "低"),
     "插手干预登记报告，维护服务公开比选。"),
    ("设备科", "科长", "屋引瑱", "middle", "设备验收不核对配置参数即签字", "岗位职责风险", ("高", "高", "中"),
     "验收小组三人以上，参数逐项核对留痕。"),
    ("设备科", "科长", "屋引瑱", "middle", "维护服务评分细则倾向特定供应商", "业务流程风险", ("中", "中", "高"),
     "评分细则提交院采购领导小组审定。"),
    ("药剂科", "药师", "是云璘", "general", "药品临床用量统计数据对外泄露", "岗位职责风险", ("中", "中", "中"),
     "统计权限分级，查询全程留痕。"),
    ("药剂科", "药师", "是云璘", "general", "收受医药代表礼品、宴请", "外部环境风险", ("低", "高", "中"),
     "签订廉洁承诺书，医药代表接待登记。"),
]  # fmt: skip
FACTOR_NOTE = "注：风险等级按发生可能性、影响程度、可控程度三项评估，两项及以上为高的为一级风险，一项为高的为二级风险，其余为三级风险。"


def yonghe_hospital_factor_words() -> dict:
    unit = f"{PLACE}人民医院"
    sh = _Sheet("评估表", [6, 12, 10, 9, 40, 14, 10, 10, 10, 34])
    t = _Truth(unit)
    width = 10
    _line(sh, f"{unit}岗位廉政风险评估表", width)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", *FACTORS, "防控措施")
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, marks, measures) in enumerate(ASSESSED, 1):
        sh.add(n, dept, post, who, point, typ, *marks, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), count_level(*marks))
    _per_person(sh, first, 1, 2, 3)
    _line(sh, FACTOR_NOTE, width)
    sh.add("填表人：", None, "审核人：", None, None, None, "2025年6月", None, None, None)
    return _layout(
        "yonghe_hospital_factor_words",
        "https://abg.baidu.com/tags/2k65jowsxxj4hspiwg4lzmf4xtfpltvmxoslp7wo6hh65rf7y3alpvwpxdkpevrs",
        "(harder) 县人民医院 岗位廉政风险评估表, after the source's 医院医用设备及技术维护服务项目评分细则: a title, "
        "序号/科室 merged/岗位 and 姓名 merged per person/廉政风险点/风险类型 ``…风险``/THREE factor columns "
        "``发生可能性 | 影响程度 | 可控程度`` each holding ONE WORD 高/中/低 a row (no tick sub-columns)/防控措施, NO "
        "level column; a ``注：`` line counting the factors at 高 into the level (two or more 一级, one 二级, "
        "else 三级)",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def yonghe_education_list() -> dict:
    unit = f"{PLACE}教育科技局"
    sh = _Sheet("一览表", [6, 14, 10, 10, 40, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "屋引璆", "leader", "营养改善计划供餐企业确定个人说了算", "制度机制风险", "高",
         "供餐企业公开招标，局党组会集体研究。"),
        ("局领导", "局长", "屋引璆", "leader", "为亲友承揽学校食堂建设工程打招呼", "思想道德风险", "高",
         "插手干预工程登记报告。"),
        ("学生资助股", "股长", "是云玿", "middle", "膳食补助资金拨付与在校人数不符", "岗位职责风险", "中",
         "补助按学籍系统人数核拨，按月对账。"),
        ("学生资助股", "股长", "是云玿", "middle", "困难学生资助名单审核不实", "业务流程风险", "中",
         "资助名单班级、学校两级公示。"),
        ("计划财务股", "会计", "屋引珝", "general", "专项资金未分账核算", "岗位职责风险", "中", "专项资金分账核算，季度自查。"),
        ("计划财务股", "会计", "屋引珝", "general", "学生饮用奶配送费结算不及时", "业务流程风险", "低", "结算限时办结。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为高、中、低三个等级。", 8)
    sh.add("制表：", None, "审核：", None, None, None, "2025年5月", None)
    return _layout(
        "yonghe_education_list", "http://www.aigou888.cn/dfpd/sx/2012-04/19/content_15091691.htm",
        "县教育科技局 岗位廉政风险防控一览表, after the source's report of 山西 (临汾 among the 4 市) 农村义务教育学生营养"
        "改善计划 (膳食补助, 学生饮用奶, 食堂建设): a title, 序号/科室 merged/岗位 and 姓名 merged per person/廉政风险点/"
        "风险类型 ``…风险``/风险等级 高/中/低/防控措施; a ``注：`` line and a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def yonghe_middle_school_group_rows() -> dict:
    unit = f"{PLACE}第二中学"
    sh = _Sheet("排查表", [6, 12, 10, 16, 38, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 7)
    sh.add("序号", "岗位", "姓名", "风险点", "风险表现", "风险等级", "防控措施")
    groups = [
        ("一、校领导", "校领导", [
            ("校长", "是云珵", "leader", [
                ("教辅征订", "强制或变相强制学生征订指定教辅材料", "一级", "教辅征订家长自愿，结果公示。"),
                ("基建维修", "校舍维修项目不经集体研究", "二级", "“三重一大”集体决策。"),
            ]),
        ]),
        ("二、教务处", "教务处", [
            ("教务主任", "屋引琮", "middle", [
                ("征订代购", "利用代购教辅收取回扣", "一级", "代购经费公开，财务室统一结算。"),
                ("排课评优", "评优评先推荐暗箱操作", "二级", "推荐结果校内公示。"),
            ]),
        ]),
        ("三、总务处", "总务处", [
            ("食堂管理员", "是云瑔", "general", [
                ("食材验收", "食材验收数量不实", "二级", "验收两人签字，影像留存。"),
                ("出入库", "出入库台账登记不全", "三级", "台账每周核对。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, dept, people in groups:
        _line(sh, shown, 7)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for point, desc, lv, measures in points:
                n += 1
                sh.add(n, post, who, point, desc, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("填表人：", None, "审核人：", None, None, "2025年4月", None)
    return _layout(
        "yonghe_middle_school_group_rows", "http://xccz.haianedu.net/xysd/tzgg/content_196687",
        "县第二中学 廉政风险点排查表 under GROUP ROWS, after the source's 初级中学 公告 on 规范教辅材料征订使用 (强制征订, "
        "利用教辅谋利, 一教多辅): a title, 序号/岗位 and 姓名 merged per person/a short ``风险点``/a long ``风险表现``/"
        "风险等级 ``一级/二级/三级``/防控措施, group rows ``一、校领导``, ``二、教务处``, ``三、总务处`` merged across; no type "
        "column",
        [sh], t,
    )  # fmt: skip


def yonghe_health_bureau_every_row() -> dict:
    unit = f"{PLACE}卫生健康局"
    sh = _Sheet("清单", [6, 14, 10, 10, 40, 10, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控清单", 8)
    sh.add("序号", "股室", "岗位", "责任人", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "屋引翚", "leader", "公共场所卫生许可审批中打招呼、放宽条件", "外部环境", "★★★", "许可事项集体审查。"),
        ("医政股", "股长", "是云璈", "middle", "医疗机构校验降低标准", "岗位职责", "★★★", "校验结果网上公开。"),
        ("医政股", "股长", "是云璈", "middle", "双随机抽查对象人为指定", "制度机制", "★★", "抽查对象系统随机产生。"),
        ("综合监督股", "监督员", "屋引瑢", "general", "检查不合格单位不依法处罚", "业务流程", "★★", "处罚案件法制审核。"),
        ("综合监督股", "监督员", "屋引瑢", "general", "接受经营单位宴请", "思想道德", "★", "签订廉洁承诺书。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), STARS[lv])
    _line(sh, "注：★★★为一级风险，★★为二级风险，★为三级风险。", 8)
    sh.add("编制：办公室", None, "审核：", None, "2025年5月", None, None, None)
    return _layout(
        "yonghe_health_bureau_every_row", "http://www.qingdaomop.com/forum.php?goto=nextnewset&mod=redirect&tid=6943",
        "县卫生健康局 廉政风险防控清单, after the source's post on a 市 卫生健康委监督执法局's 公共场所 双随机 检查 (结果公示, "
        "不合格单位 行政处罚): a title, 序号/股室/岗位/责任人 on EVERY row/廉政风险点/风险类别 (short names)/风险等级 "
        "``★★★/★★/★``/防控措施; a ``注：`` line; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def yonghe_cdc_cards() -> dict:
    unit = f"{PLACE}疾病预防控制中心"
    t = _Truth(unit)
    cards = [
        ("屋引熹", "主任", "主持中心全面工作，分管物资采购", "leader", [
            ("检测试剂、消杀物资采购指定供应商", "岗位职责", "一级风险", "采购集体研究，结果公开。"),
            ("为企业免疫规划疫苗配送打招呼", "外部环境", "一级风险", "插手干预登记报告。"),
        ]),
        ("是云琬", "疫情报告员", "传染病疫情信息报告、审核", "general", [
            ("传染病疫情迟报、漏报", "岗位职责", "二级风险", "网络直报双人复核。"),
            ("向外泄露病例个人信息", "思想道德", "二级风险", "信息查询权限管理。"),
            ("报告卡整理归档不规范", "业务流程", "三级风险", "报告卡每季度检查。"),
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
            t.point(sh.name, "", post, who, tier, point, types_in(typ), RISKS[lv])
        sh.add("持卡人签名：", None, "主任签名：", None, None)
        sheets.append(sh)
    return _layout(
        "yonghe_cdc_cards",
        "https://www.bjhr.gov.cn/zt/xzzfxxgs/ztqzfbm/bjhrwjw/jcdwjw/202204/t20220427_2694741.html",
        "县疾病预防控制中心 岗位廉政风险防控卡, one sheet a person (tabs named by the person), after the source's 疾病预防"
        "控制中心传染病预防控制和疫情报告监督检查单 (监测, 2小时/24小时内报告, 无隐瞒谎报缓报): a title, ``姓　名 | … | "
        "职　务 | …`` and a merged 岗位职责 line, then 序号/风险点/风险类别 (short names)/风险等级 ``一级风险/二级风险/"
        "三级风险``/防控措施",
        sheets, t,
    )  # fmt: skip


def yonghe_tcm_hospital_posts() -> dict:
    unit = f"{PLACE}中医院"
    sh = _Sheet("清单", [6, 16, 40, 14, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 6)
    sh.add("序号", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("院长", "leader", "中药饮片供应商遴选个人说了算", "制度机制风险", "Ⅰ级", "遴选经院党委会集体研究。"),
        ("院长", "leader", "进修培训人选确定优亲厚友", "思想道德风险", "Ⅰ级", "人选条件、结果院内公示。"),
        ("医务科科长", "middle", "继续教育学分审核把关不严", "岗位职责风险", "Ⅱ级", "学分材料两人审核。"),
        ("医务科科长", "middle", "医疗纠纷处理中偏袒一方", "业务流程风险", "Ⅱ级", "纠纷处理集体讨论。"),
        ("中药房调剂员", "general", "中药饮片以次充好", "岗位职责风险", "Ⅱ级", "饮片入库抽检留样。"),
        ("中药房调剂员", "general", "处方调剂数量不足", "外部环境风险", "Ⅲ级", "调剂复核签字。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, point, typ, lv, measures)
        t.point(sh.name, "", post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add("编制：院办", None, "审核：", None, "2025年3月", None)
    return _layout(
        "yonghe_tcm_hospital_posts", "https://abg.baidu.com/tags/23infposvg6mzuhyxxgnh7oru635noo4ydw3tzvwva16",
        "县中医院 岗位廉政风险防控清单 对岗不对人, after the source's 中医药继续教育学分管理规定 (学分审核, 进修培训): a "
        "title, 序号/岗位 merged per post/廉政风险点/风险类型 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; an "
        "编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def yonghe_zhihe_primary_selfchecks() -> dict:
    unit = f"{PLACE}芝河镇中心小学"
    t = _Truth(unit)
    people = [
        ("屋引瑨", "校长", "leader", [
            ("教辅材料违规收费", "高风险", "教辅征订目录内自愿选用，收费公示。", "已落实"),
            ("校服采购中收受好处", "中风险", "校服采购家委会参与。", "已落实"),
        ]),
        ("是云翙", "报账员", "general", [
            ("公用经费报账凭证不全", "中风险", "报账凭证校长、中心校两级审核。", "未发现问题"),
            ("学生作业本费代收不退", "低风险", "代收费用学期末结算公示。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "职　务", "自查日期", None, None)
        sh.add(who, post, "2025年5月", None, None)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, "", post, who, tier, point, [], HIGHS[lv])
        sh.add("本人签名：", None, "中心校意见：", None, None)
        sheets.append(sh)
    return _layout(
        "yonghe_zhihe_primary_selfchecks", "http://jdfcz.jdfschool.com/index/readnews/did/36687",
        "县芝河镇中心小学 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 初中 "
        "公告 on 教辅材料违规收费问题专项整治 (目录外征订, 一科一辅, 自编自印): a title, a label row ``姓　名 | 职　务 | "
        "自查日期`` over a row of values, then 序号/廉政风险点/风险等级 ``高风险/中风险/低风险``/防控措施/``自查情况``; no "
        "type column",
        sheets, t,
    )  # fmt: skip


def yonghe_health_enforcement_list() -> dict:
    unit = f"{PLACE}卫生健康综合行政执法队"
    sh = _Sheet("一览表", [6, 14, 10, 40, 11, 10, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 7)
    sh.add("序号", "岗位", "责任人", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("队长", "是云瑀", "leader", "重点场所卫生整治案件办理打招呼", "外部环境", "重点防控", "插手干预登记报告。"),
        ("队长", "是云瑀", "leader", "行政处罚自由裁量畸轻畸重", "制度机制", "重点防控", "执行裁量基准，集体审理。"),
        ("执法员", "屋引珣", "general", "四小行业检查发现无证经营不处理", "业务流程", "一般防控", "检查全程执法记录仪记录。"),
        ("执法员", "屋引珣", "general", "向被检查单位通风报信", "思想道德", "一般防控", "检查前不告知。"),
        ("内勤", "是云芃", "general", "案卷归档资料更改不留痕", "岗位职责", "常规防控", "案卷修改审批留痕。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), GUARDS[lv])
    sh.add("填表人：", None, "审核人：", None, "队长（签字）：", None, None)
    return _layout(
        "yonghe_health_enforcement_list", "https://yuejiaxmz.com/news/view/810993",
        "县卫生健康综合行政执法队 岗位廉政风险防控一览表, after the source's 市 重点场所卫生整治专项行动实施方案 (住宿, 游泳, "
        "“四小行业”, 卫生许可, 行政处罚): ``附件1``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/岗位/责任人 on "
        "EVERY row (no 科室)/廉政风险点/风险类别 (short names)/风险等级 ``重点防控/一般防控/常规防控``/防控措施; a 填表人/"
        "审核人/队长（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    yonghe_hospital_factor_words(),
    yonghe_education_list(),
    yonghe_middle_school_group_rows(),
    yonghe_health_bureau_every_row(),
    yonghe_cdc_cards(),
    yonghe_tcm_hospital_posts(),
    yonghe_zhihe_primary_selfchecks(),
    yonghe_health_enforcement_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch997-inbox"))

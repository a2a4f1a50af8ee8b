"""The two-hundred-and-seventy-ninth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's schools,
hospitals and 公共服务 bodies, 北川县 — its 永昌中学, 实验小学, 漩坪中学 and 幼儿教育中心, its 人民医院 and
妇幼保健院, its 社会福利院 and 殡仪馆 — each handing back the 一览表, 排查表, 清单, 自查表 or 防控卡 its staff
typed in WPS or Excel:

- the 永昌中学's 一览表 (校园餐): a ``填报单位（盖章）：…　填报时间：…`` line, ``处室`` merged (校级领导, 总务处,
  食堂, 教务处), ``岗位`` and ``姓名`` merged per person, ``…风险`` types, 高/中/低, a 填表人/审核人/校长 line;
- the 实验小学's 排查表 对岗不对人 (校服, 教辅): ``部门 | 岗位 | 风险点 | 风险描述 | 风险等级 | 防控措施 |
  责任人``, a short 风险点 beside a long 风险描述, ``一级/二级/三级``, the 责任人 column a role, no names, no types;
- the 幼儿教育中心's 责任清单 written on every row (no merges): ``股室（园）| 岗位 | 责任人 | 职权事项 | 廉政风险点 |
  风险等级 | 防控措施``, ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column;
- the 漩坪中学's 自查表, one sheet a person: ``姓　名 | … | 职　务 | …`` and ``所在处室 | …`` above ``序号 | 风险点 |
  风险类型 | 风险等级 | 防控措施``, short types, 高/中/低, ``本人签名： | … | 校长签字：``;
- the 社会福利院's 防控卡, one sheet a holder: ``持卡人 | … | 职　务 | …`` and ``所在科室 | …`` above ``序号 | 风险点 |
  风险等级 | 防控措施``, ``★★★/★★/★`` read by a ``注：`` line, no type column;
- the 殡仪馆's 清单 under GROUP ROWS ``一、馆领导`` … ``四、财务室`` merged across (no 科室 column): ``岗位`` and
  ``姓名`` merged per person, short types, ``一级风险/二级风险/三级风险``;
- the 妇幼保健院's file in two sheets: ``院领导`` (``姓名 | 职务 | 分管工作``) and ``科室`` (``科室`` merged, ``岗位`` and
  ``姓名`` merged per person), short types, ``高风险/中风险/低风险``.

One is harder:

- ``beichuan_hospital_risk_matrix``: the 人民医院's 廉洁风险排查评估表 as a hospital's 风险管理 office keeps it, with a
  risk-matrix assessment: under a merged ``风险评估`` heading THREE columns ``发生可能性 | 影响程度 | 风险等级``, ALL
  THREE written in 高/中/低; the level of a point is the LAST one, ``风险等级``, which the 注 line says is set from
  the other two (可能性 高 and 影响 中 give 高, 中 and 低 give 低 …), so the first 高/中/低 column is NOT the level.
  The README's 读得懂的表 knows ``自查 | 审定``, ``原风险等级 | 调整后风险等级``, quarterly levels and a 风险值 with
  bands; it does not describe a level standing beside two other columns of the same 高/中/低 words that measure
  likelihood and impact.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (绵阳's 校园餐 整治 — 食堂小吃部, 明厨亮灶,
家长陪餐, 食材采购; a 区 校服 专项监督 — 校服选用组织, 招标评审, 履约验收, 送检; a 县 学前教育发展奖补资金 专项
检查 — 幼儿教育中心, 奖补资金, 专款专用, 虚列支出; a 县纪委 教育乱收费 检查 — 两免一补, 秋季收费, 营养计划,
食堂; a 民政局 纪检监察组 at 福利院 and 殡仪馆 — 两节 作风; a 殡仪馆 专项监督检查 — 收费项目, 外包服务, 政府
采购, 财务报销; a 省 大型医院巡查 — 妇幼保健院, 行风, 经济管理; a 县人民医院 医药领域腐败问题集中整治 —
设备、药品、耗材采购, 科室负责人) and the layout follows their words. The rows are worded by us, the
names invented (rare surnames with rare given names, two 复姓); every unit is a body of 北川县.

Run ``python tests/published/score.py --set batch279`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the level is the ``风险等级`` column under ``风险评估``; ``发生可能性`` and ``影响程度`` are
  no level, no type and no point;
- ``校级领导``, ``中心领导``, ``院领导`` and ``馆领导`` (a 处室/股室 cell, a card's 所在科室, a group row, a sheet
  ``院领导`` whose title names ``…院领导班子``) are the 科室 of those leaders; a school's 处 and 食堂, a 中心's 股
  and 园, a hospital's 科, 部, 办 and 处, a 院's 部 and 科, a 馆's 科, 车间 and 室 are 科室;
- 校长, 副校长, a 中心's 主任, 院长, 副院长, 馆长 and 副馆长 are leaders; a 处's, 部's, 办's or 车间's 主任,
  股长, 科长, 科主任 and 园长 middle; the rest (会计, 出纳, 管理员, 保管员, 资助专干, 采购员, 药师, 收费员,
  业务员, 火化工, 审核员, 护理员) general;
- ``风险点 | 风险描述``: the point is the short 风险点; ``职权事项`` and ``分管工作`` are no points and name no
  holder; the 实验小学's list names no person (its 责任人 column holds the role 部门负责人): its forms are posts;
- ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, ``一级/二级/三级``, ``高/中/低``, ``一级风险/二级风险/三级风险`` and
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

PREFIX = "b279_"
PLACE = "北川县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int,
                last: int | None = None) -> None:  # fmt: skip
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs, last)


# --------------------------------------------------------------------------- harder layout

# the 注's matrix: (可能性, 影响程度) -> 风险等级
MATRIX = {
    ("高", "高"): "高", ("高", "中"): "高", ("中", "高"): "高",
    ("高", "低"): "中", ("低", "高"): "中", ("中", "中"): "中",
    ("中", "低"): "低", ("低", "中"): "低", ("低", "低"): "低",
}  # fmt: skip

# (科室, 岗位, 姓名, tier, [(风险点, 可能性, 影响程度, 防控措施)])
MATRIX_POSTS = [
    ("院领导", "院长", "相里泷澈", "leader", [
        ("大型医疗设备购置不经院党委会集体研究", "低", "高", "设备购置论证报告提交党委会审议，会议纪要存档"),
        ("对药品、耗材遴选打招呼、递条子", "中", "高", "领导干部插手干预采购事项一律登记报告"),
    ]),
    ("药学部", "主任", "鲜于砚汐", "middle", [
        ("新药引进中接受医药代表宴请、回扣", "高", "中", "新药引进经药事管理与药物治疗学委员会无记名投票"),
        ("违规向医药代表提供医生用药量统计", "中", "中", "处方统计数据查询权限分级，查询留痕"),
        ("临时采购药品不履行审批手续", "低", "中", "临时采购报分管院长审批，每季度公示"),
    ]),
    ("设备科", "科长", "党霙翊", "middle", [
        ("设备采购参数设置带有倾向性", "高", "高", "采购参数经使用科室、设备科、纪检三方论证"),
        ("设备验收走过场，以次充好", "中", "低", "验收小组三人以上，验收报告附影像资料"),
    ]),
    ("设备科", "采购员", "檀澍蕖", "general", [
        ("耗材询价对象少于三家或虚假询价", "高", "低", "询价记录留存备查，询价结果科室内公示"),
        ("与供应商私下接触，泄露采购预算", "中", "高", "采购预算保密，与供应商接触两人以上在场"),
    ]),
    ("检验科", "科主任", "沃涟骞", "middle", [
        ("检验试剂使用量虚报，与供应商结算不实", "中", "中", "试剂出入库与检验量每月比对"),
        ("科室绩效二次分配不公开", "低", "低", "分配方案经科务会讨论并公示"),
    ]),
    ("医保办", "审核员", "卞沄珺", "general", [
        ("医保费用审核不严，放任串换项目收费", "高", "中", "医保智能审核系统全覆盖，疑点病历人工复核"),
        ("泄露参保人员信息", "低", "中", "系统账号实名登录，查询记录按月抽查"),
    ]),
]  # fmt: skip


def beichuan_hospital_risk_matrix() -> dict:
    unit = f"{PLACE}人民医院"
    sh = _Sheet("排查评估表", [6, 10, 10, 10, 36, 8, 8, 8, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}廉洁风险排查评估表", 9)
    _line(sh, f"填报科室（盖章）：院纪委办公室{GAP * 10}填报时间：2025年9月", 9)
    r = sh.add("序号", "科室", "岗位", "姓名", "廉洁风险点", "风险评估", None, None, "防控措施")
    sh.add(None, None, None, None, None, "发生可能性", "影响程度", "风险等级", None)
    for c in (0, 1, 2, 3, 4, 8):
        sh.merge(r, c, r + 1, c)
    sh.merge(r, 5, r, 7)
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in MATRIX_POSTS:
        for point, likely, impact, measures in points:
            n += 1
            level = MATRIX[likely, impact]
            sh.add(n, dept, post, who, point, likely, impact, level, measures)
            t.point(sh.name, dept, post, who, tier, point, [], HML[level])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：发生可能性、影响程度分高、中、低三档；风险等级由二者综合评定：可能性与影响程度一高一中及以上为高，"
              "一高一低或均为中为中，其余为低。", 9)  # fmt: skip
    sh.add("填表人：", None, None, "审核人：", None, "院纪委书记（签字）：", None, None, None)
    return _layout(
        "beichuan_hospital_risk_matrix", "https://gyrmyy.cn/?c=16&m=1961",
        "(harder) 县人民医院 廉洁风险排查评估表, after the source's 县人民医院 医药领域腐败问题集中整治 动员 (设备、药品、耗材"
        "采购, 医院及科室负责人, 关键少数): a title, a merged ``填报科室（盖章）：院纪委办公室　填报时间：2025年9月`` line, a "
        "two-row heading 序号/科室/岗位/姓名/廉洁风险点/``风险评估`` spanning ``发生可能性 | 影响程度 | 风险等级``/防控措施, "
        "ALL THREE assessment columns in 高/中/低 and only the last the level; 科室 merged, 岗位 and 姓名 merged per person; "
        "no type column; a ``注：`` line giving the matrix and a 填表人/审核人/院纪委书记（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def beichuan_school_canteen_list() -> dict:
    unit = f"{PLACE}永昌中学"
    sh = _Sheet("一览表", [6, 10, 10, 10, 36, 13, 8, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年10月", 8)
    sh.add("序号", "处室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("校级领导", "校长", "蒯彧棠", "leader", [
            ("食堂承包经营方选择不经集体研究", "制度机制风险", "高", "承包经营方遴选经校务会集体研究并公示。"),
            ("默许食堂小吃部违规经营、抬高售价", "岗位职责风险", "中", "小吃部价格报备，每学期家长委员会评议。"),
        ]),
        ("校级领导", "副校长", "亓翀岚", "leader", [
            ("大宗食材供应商考核走过场", "业务流程风险", "中", "供应商考核由后勤、家委会、纪检三方打分。"),
        ]),
        ("总务处", "主任", "厍泓舸", "middle", [
            ("食材采购中指定供应商、收受回扣", "外部环境风险", "高", "大宗食材统一招标，采购与验收分离。"),
            ("食堂账目不公开，伙食费结余挪作他用", "制度机制风险", "高", "伙食费专户管理，收支每月公示。"),
        ]),
        ("总务处", "会计", "郗沅蘅", "general", [
            ("餐费收支记账不及时，账实不符", "岗位职责风险", "中", "餐费收入日清月结，每月与总务主任对账。"),
        ]),
        ("食堂", "管理员", "漆雩苒", "general", [
            ("食材验收走过场，以次充好、缺斤短两", "岗位职责风险", "高", "双人验收、全程留痕，验收单当日上传。"),
            ("私拿食堂食材、截留优质肉品", "思想道德风险", "中", "明厨亮灶全程监控，出入库日盘点。"),
        ]),
        ("食堂", "保管员", "宿岍桦", "general", [
            ("库存食材出库登记不实", "业务流程风险", "低", "出库单由厨师长签字，每周抽盘。"),
        ]),
        ("教务处", "主任", "仝濯缨", "middle", [
            ("教辅资料征订中违背自愿原则", "思想道德风险", "中", "征订目录公开，家长自愿签字确认。"),
            ("评优评先推荐不公开", "制度机制风险", "低", "评选条件和结果校内公示三天。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, "校长（签字）：", None, None)
    return _layout(
        "beichuan_school_canteen_list", "http://www.usmacc.net/jjjc/info/news-17710.html",
        "县中学 岗位廉政风险防控一览表, after the source's 绵阳 校园餐 整治 (食堂小吃部, 截留侵占优质肉制品, 明厨亮灶, 家长陪餐, "
        "食材采购): a title, a merged ``填报单位（盖章）：…　填报时间：2025年10月`` line, 序号/处室 merged (校级领导, 总务处, 食堂, "
        "教务处)/岗位 and 姓名 merged per person/廉政风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施; a 填表人/审核人/校长（签字） line",
        [sh], t,
    )  # fmt: skip


def beichuan_primary_uniform_posts() -> dict:
    unit = f"{PLACE}实验小学"
    sh = _Sheet("排查表", [6, 10, 12, 18, 38, 9, 34, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "部门", "岗位", "风险点", "风险描述", "风险等级", "防控措施", "责任人")
    rows = [
        ("校长室", "校长", "leader", "校服选用", "未经校服选用组织讨论，个人决定校服款式和供应商", "一级",
         "校服选用组织中家长和学生代表不少于八成，选用结果公示。"),
        ("校长室", "副校长", "leader", "校服招标评审", "招标评审中向关系企业透露评分标准", "一级",
         "评审专家随机抽取，评审全程录像。"),
        ("总务处", "总务主任", "middle", "校服履约验收", "验收不送检，对面料不达标的校服照单全收", "二级",
         "每批次抽样送第三方检测，检测报告公示。"),
        ("总务处", "总务主任", "middle", "校服费代收", "校服费未实行代收费管理，多收少退", "二级",
         "校服费按代收费管理，学期末逐生结算退补。"),
        ("教导处", "教导主任", "middle", "教辅材料征订", "推荐目录外教辅，暗示学生到指定书店购买", "一级",
         "严格执行一科一辅，征订书目公开。"),
        ("教导处", "班主任", "general", "班级费用收取", "以班级活动名义向家长收取费用", "三级",
         "班级不得自行收费，收费事项报学校审批。"),
        ("财务室", "报账员", "general", "报销审核", "报销票据审核不严，列支与校服采购无关的费用", "二级",
         "报销实行经办、证明、审批三签。"),
    ]  # fmt: skip
    for n, (dept, post, tier, point, desc, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, lv, measures, "部门负责人")
        t.point(sh.name, dept, post, "", tier, point, [], GRADES[lv])
    _merge_down(sh, 2, [(1, lambda row: row[1])])
    _line(sh, "注：风险等级分一级（高）、二级（中）、三级（低）。", 8)
    sh.add("编制：总务处", None, None, "审核：", None, None, "2025年9月", None)
    return _layout(
        "beichuan_primary_uniform_posts", "https://yb.newssc.org/system/20250912/003596840.html",
        "县实验小学 廉政风险点排查表 对岗不对人, after the source's 区 校服专项监督 (校服选用组织, 招标评审, 履约验收, 送检, "
        "代收费管理): a title, 序号/部门 merged (校长室, 总务处, 教导处, 财务室)/岗位/a short 风险点/a long 风险描述/风险等级 "
        "``一级/二级/三级``/防控措施/``责任人`` holding the role 部门负责人; no names, no type column; a ``注：`` line and an "
        "编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def beichuan_kindergarten_center_list() -> dict:
    unit = f"{PLACE}幼儿教育中心"
    sh = _Sheet("责任清单", [6, 12, 8, 10, 16, 36, 8, 34])
    t = _Truth(unit)
    sh.add("附件")
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add("序号", "股室（园）", "岗位", "责任人", "职权事项", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "闵蓁岫", "leader", "奖补资金分配", "学前教育发展奖补资金分配不经集体研究", "Ⅰ级",
         "奖补资金分配方案经中心会议研究，结果公示。"),
        ("中心领导", "主任", "闵蓁岫", "leader", "民办园年检", "对办园条件不达标的民办园年检放行", "Ⅱ级",
         "年检实行两人以上实地核查，结果报县教育局。"),
        ("保教股", "股长", "酆筠蒗", "middle", "普惠园认定", "普惠性民办园认定把关不严", "Ⅱ级",
         "认定材料逐项审核，认定名单公示。"),
        ("财务股", "会计", "璩沣檀", "general", "奖补资金支付", "虚列支出套取奖补资金", "Ⅰ级",
         "资金支付凭合同、验收单和发票，专款专用。"),
        ("财务股", "会计", "璩沣檀", "general", "保教费核算", "保教费收入不入账，设立账外账", "Ⅰ级",
         "保教费使用统一票据，收入全部缴入专户。"),
        ("城区幼儿园", "园长", "邰翯涟", "middle", "伙食费管理", "伙食费与保教费混用，结算不按月公布", "Ⅱ级",
         "伙食费单独核算，每月张榜公布。"),
        ("城区幼儿园", "园长", "邰翯涟", "middle", "收费项目", "擅自收取兴趣班、空调费等费用", "Ⅲ级",
         "收费项目和标准备案后公示。"),
        ("后勤股", "保管员", "戈沩楠", "general", "玩教具采购验收", "采购的玩教具验收不严，数量短缺", "Ⅲ级",
         "验收双人签字，入库登记。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, power, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, power, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
    sh.add()
    sh.add("填报人：", None, "审核人：", None, None, "中心主任：", None, None)
    return _layout(
        "beichuan_kindergarten_center_list", "http://jjfz.org.cn/show-16591.html",
        "县幼儿教育中心 廉政风险防控责任清单, after the source's 县纪委监委 学前教育发展奖补资金 专项检查 (幼儿教育中心, 奖补资金 "
        "到位, 专款专用, 虚列支出, 改善办园条件): ``附件``, a title, 序号/``股室（园）``/岗位/责任人 written on EVERY row (no "
        "merges)/``职权事项``/廉政风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no type column; a blank row and a 填报人/审核人/中心主任 line",
        [sh], t,
    )  # fmt: skip


def beichuan_middle_school_selfchecks() -> dict:
    unit = f"{PLACE}漩坪中学"
    t = _Truth(unit)
    people = [
        ("副校长", "昝霂岑", "副校长", "校级领导", "leader", [
            ("两免一补资金发放审核把关不严", "岗位职责", "高", "资助名单班级评议、学校审核、公示五天。"),
            ("秋季开学擅自设立收费项目", "制度机制", "高", "收费项目经县教育局备案后公示。"),
            ("营养改善计划食材供应商选择不公开", "外部环境", "中", "供应商由县教育局统一招标确定。"),
        ]),
        ("政教主任", "盖沄峤", "主任", "政教处", "middle", [
            ("贫困生认定优亲厚友", "思想道德", "中", "认定标准公开，班主任、年级组两级评议。"),
            ("住校生管理费代收代管不规范", "业务流程", "低", "代收费用专账管理，学期末结算。"),
        ]),
        ("资助专干", "束澪芃", "资助专干", "政教处", "general", [
            ("资助信息录入不实，虚报冒领", "岗位职责", "高", "系统信息与学籍、户籍比对，定期抽查。"),
            ("泄露受助学生家庭信息", "思想道德", "低", "受助学生信息专人保管，公示隐去敏感信息。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, dept, tier, points in people:
        sh = _Sheet(tab, [6, 38, 12, 9, 34])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", who, "职　务", post, None)
        r = sh.add("所在处室", dept, None, None, None)
        sh.merge(r, 1, r, 4)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施")
        for i, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(i, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        sh.add()
        sh.add("本人签名：", None, "校长签字：", None, "2025年9月")
        sheets.append(sh)
    return _layout(
        "beichuan_middle_school_selfchecks", "https://qinfeng.gov.cn/info/1034/38174.htm",
        "县中学 岗位廉政风险自查表, one sheet a person (tabs named by the post), after the source's 县纪委 教育乱收费 专项检查 "
        "(两免一补 发放, 秋季开学收费, 营养计划, 学校食堂): a title, ``姓　名 | … | 职　务 | …`` and a merged ``所在处室 | …``, "
        "then 序号/风险点/风险类型 (short names)/风险等级 高/中/低/防控措施; a blank row and ``本人签名： | 校长签字： | 2025年9月``",
        sheets, t,
    )  # fmt: skip


def beichuan_welfare_home_cards() -> dict:
    unit = f"{PLACE}社会福利院"
    t = _Truth(unit)
    cards = [
        ("院长", "旷溦琰", "院长", "院领导", "leader", [
            ("特困供养对象入院审核把关不严", "★★★", "入院对象资格经民政局复核，名单公示。"),
            ("节日期间接受供应商宴请、礼品", "★★", "节前廉洁提醒，拒收登记。"),
            ("大额支出不经院务会研究", "★★★", "执行“三重一大”集体决策制度。"),
        ]),
        ("护理部", "虢湄萱", "主任", "护理部", "middle", [
            ("护理等级评定不实，多报护理补贴", "★★★", "护理等级每季度复评，结果公示。"),
            ("护理员排班、考核优亲厚友", "★", "排班表和考核结果院内公开。"),
        ]),
        ("后勤科", "冉稷芗", "采购员", "后勤科", "general", [
            ("生活物资采购虚报价格", "★★", "采购询价三家以上，价格台账每月报院长。"),
            ("捐赠物资登记不全、私自处置", "★★★", "捐赠物资专账登记，发放签字。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, dept, tier, points in cards:
        sh = _Sheet(tab, [6, 40, 10, 36])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("持卡人", who, "职　务", post)
        r = sh.add("所在科室", dept, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(points, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, dept, post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("监督电话：12388", None, "持卡人签字：", None)
        sheets.append(sh)
    return _layout(
        "beichuan_welfare_home_cards", "https://jjw.changzhou.gov.cn/html/jw/2023/HFFKPFKO_0119/26511.html",
        "县社会福利院 岗位廉政风险防控卡, one sheet a holder (tabs 院长, 护理部, 后勤科), after the source's 派驻民政局 纪检监察组 "
        "at the 福利院、殡仪馆 (两节 作风, 廉洁纪律, 审计发现问题整改): a title, ``持卡人 | … | 职　务 | …`` and a merged ``所在科室 "
        "| …``, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; no type column; a ``注：`` line and ``监督电话：12388 | 持卡人签字：``",
        sheets, t,
    )  # fmt: skip


def beichuan_funeral_home_groups() -> dict:
    unit = f"{PLACE}殡仪馆"
    sh = _Sheet("清单", [6, 10, 10, 36, 10, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点及防控措施清单", 7)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、馆领导", "馆领导", [
            ("馆长", "尉迟漱岚", "leader", [
                ("外包服务项目不经招标直接发包", "制度机制", "一级风险", "外包项目进入公共资源交易平台。"),
                ("默许擅自增设收费项目", "岗位职责", "一级风险", "收费项目和标准上墙公示，按季自查。"),
            ]),
            ("副馆长", "粟珩澍", "leader", [
                ("殡葬用品采购中收受回扣", "外部环境", "二级风险", "殡葬用品政府采购，采购与验收分离。"),
            ]),
        ]),
        ("二、业务科", "业务科", [
            ("科长", "鄢淏竺", "middle", [
                ("捆绑销售殡葬用品、诱导高消费", "思想道德", "一级风险", "基本殡葬服务清单公开，丧属自愿选择。"),
            ]),
            ("业务员", "郜洇芊", "general", [
                ("收费不开票或少开票", "业务流程", "二级风险", "收费系统出票，日结对账。"),
                ("泄露逝者信息给殡葬中介", "思想道德", "二级风险", "信息查询权限管理，签订保密承诺。"),
            ]),
        ]),
        ("三、火化车间", "火化车间", [
            ("主任", "覃岵樾", "middle", [
                ("火化顺序插队收取好处", "岗位职责", "二级风险", "火化按登记顺序，顺序表公示。"),
            ]),
            ("火化工", "羊洢鹏", "general", [
                ("向丧属索要红包", "思想道德", "三级风险", "设立举报箱，丧属满意度回访。"),
            ]),
        ]),
        ("四、财务室", "财务室", [
            ("出纳", "嵇澧菀", "general", [
                ("收费现金不及时缴存", "业务流程", "二级风险", "现金当日缴存，每月与会计对账。"),
                ("报销票据审核不严", "岗位职责", "三级风险", "报销实行经办、审核、审批三签。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for caption, dept, people in groups:
        _line(sh, caption, 7)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for point, typ, lv, measures in points:
                n += 1
                sh.add(n, post, who, point, typ, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), RISKS[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("填表人：", None, "审核人：", None, "馆长（签字）：", None, None)
    return _layout(
        "beichuan_funeral_home_groups", "https://ljcd.gov.cn/show-1704-103208-1.html",
        "县殡仪馆 廉政风险点及防控措施清单, after the source's 驻民政局纪检监察组 殡葬领域专项监督检查 (收费项目, 外包服务项目 "
        "招投标, 政府采购, 财务报销, 内控制度): a title, 序号/岗位/姓名/廉政风险点/风险类型 (short names)/风险等级 ``一级风险/"
        "二级风险/三级风险``/防控措施, under GROUP ROWS ``一、馆领导`` … ``四、财务室`` merged across (no 科室 column); 岗位 and 姓名 "
        "merged per person; a 填表人/审核人/馆长（签字） line",
        [sh], t,
    )  # fmt: skip


def beichuan_mch_hospital_two_sheets() -> dict:
    unit = f"{PLACE}妇幼保健院"
    t = _Truth(unit)
    lead = _Sheet("院领导", [6, 10, 8, 18, 34, 10, 8, 32])
    _line(lead, f"{unit}院领导班子廉洁风险防控表", 8)
    lead.add("序号", "姓名", "职务", "分管工作", "廉洁风险点", "风险类型", "风险等级", "防控措施")
    leaders = [
        ("楚霈珝", "院长", "主持全面工作，分管人事、财务", [
            ("人员招聘条件因人而设", "制度机制", "高风险", "招聘方案报县卫健局审核，全程纪实。"),
            ("基建维修工程插手干预", "外部环境", "高风险", "工程项目进场交易，院长不参与评标。"),
        ]),
        ("弘瀞岚", "副院长", "分管医务、药事、设备", [
            ("药品、耗材遴选中接受请托", "思想道德", "高风险", "遴选实行集体评审、无记名投票。"),
            ("行风投诉处理偏袒", "岗位职责", "中风险", "投诉件登记编号，处理结果反馈。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, typ, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, typ, lv, measures)
            t.point(lead.name, "院领导", post, who, "leader", point, types_in(typ), BANDS[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    staff = _Sheet("科室", [6, 10, 10, 10, 34, 10, 8, 32])
    _line(staff, f"{unit}科室岗位廉洁风险防控表", 8)
    staff.add("序号", "科室", "岗位", "姓名", "廉洁风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("药剂科", "科主任", "芮渟翙", "middle", [
            ("违规统计科室用药量提供给医药代表", "岗位职责", "高风险", "处方数据查询分级授权，查询留痕。"),
            ("近效期药品报损不规范", "业务流程", "低风险", "报损经科室和分管院长审批。"),
        ]),
        ("药剂科", "药师", "甄汭荃", "general", [
            ("药品出入库账实不符", "岗位职责", "中风险", "每月盘点，账物核对。"),
        ]),
        ("设备科", "科长", "晏铖霁", "middle", [
            ("设备论证中倾向特定品牌", "外部环境", "高风险", "论证专家随机抽取。"),
            ("设备维修外包不比价", "制度机制", "中风险", "维修外包比价选定并公示。"),
        ]),
        ("妇产科", "科主任", "隗湘湄", "middle", [
            ("收受患者红包", "思想道德", "中风险", "签订医患双方不收不送红包协议。"),
        ]),
        ("收费处", "收费员", "靳筱沅", "general", [
            ("串换收费项目、多收费", "业务流程", "中风险", "收费项目系统控制，费用清单日打印。"),
            ("挪用收费现金", "思想道德", "高风险", "现金日清日缴，财务科不定期盘点。"),
        ]),
    ]  # fmt: skip
    first = len(staff.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            staff.add(n, dept, post, who, point, typ, lv, measures)
            t.point(staff.name, dept, post, who, tier, point, types_in(typ), BANDS[lv])
    _per_person(staff, first, 1, 2, 3)
    staff.add("填表人：", None, "审核人：", None, "2025年8月", None, None, None)
    return _layout(
        "beichuan_mch_hospital_two_sheets", "http://m.578011.com/news/gansuxinwen/20170413/272388.html",
        "县妇幼保健院 廉洁风险防控表 in two sheets, after the source's 省 大型医院巡查 (妇幼保健院, 党风廉政建设, 行风建设, 医院"
        "管理, 经济管理): ``院领导`` — a title ``…院领导班子廉洁风险防控表``, 序号/``姓名 | 职务 | 分管工作`` merged per leader/"
        "廉洁风险点/风险类型 (short names)/风险等级/防控措施; ``科室`` — a title, 序号/科室 merged (药剂科, 设备科, 妇产科, "
        "收费处)/岗位 and 姓名 merged per person/…; levels ``高风险/中风险/低风险``; a 填表人/审核人/date line",
        [lead, staff], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    beichuan_hospital_risk_matrix(),
    beichuan_school_canteen_list(),
    beichuan_primary_uniform_posts(),
    beichuan_kindergarten_center_list(),
    beichuan_middle_school_selfchecks(),
    beichuan_welfare_home_cards(),
    beichuan_funeral_home_groups(),
    beichuan_mch_hospital_two_sheets(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch279-inbox"))

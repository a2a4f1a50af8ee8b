"""The two-hundred-and-thirty-second batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: THE CULTURE, TOURISM, SPORT AND HEALTH-ADJACENT BODIES of one
county, 炉霍县, and their sites — its 文化广播电视和旅游局, 图书馆, 文化馆, 博物馆, a 景区管理局, 体育中心,
民族宗教事务局, the 卫生健康局's 卫生监督所 and the 文化市场综合行政执法大队 — each handing back its
ordinary 一览表, 排查表, 清单, 自查表 or 防控卡 the way its staff typed it, the rows about 门票, 活动经费,
审批, 资金 and 检查:

- the 文广旅局's 一览表 under ``附件1`` and a ``填报单位：局办公室（汇总）`` line: 股室 merged (局领导,
  办公室, 文化艺术股, 旅游发展股, 财务股), 岗位 and 姓名 merged per person, short types, 高/中/低, a
  ``填表人： | 审核人： | 局党组（盖章）：`` line;
- the 图书馆's 排查表 对岗不对人 under a ``单位（盖章）：… | 填报日期：…`` line: 部门 merged, 岗位 and
  ``工作职责`` merged per post, ``一级/二级/三级``, no type column, a ``分管领导`` column of two names
  merged per 部门 (watchers, not holders);
- the 文化馆's 自查表, one sheet a person: ``姓名 | … | 性别 | … | 民族 | …`` and ``部门 | … | 职务 | … |
  填表日期 | …`` in pairs above, ``风险类别`` written ``…风险``, 高/中/低, a ``完成时限`` column,
  ``本人签字： | 馆长审核：`` below (two holders with Tibetan names, as a 甘孜 county has them);
- the 景区管理局's 清单 cut by merged group rows ``一、局领导`` … ``四、规划建设科`` (the 科室), 岗位 and
  责任人 merged per person, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级`` read by a ``注：`` line;
- the 体育中心's 防控卡, one sheet a holder: ``持卡人 | … | 所在部门 | … | 职务 | …`` in one row, a merged
  ``岗位职责`` line, ``★★★/★★/★`` with a legend, a ``备注`` column, ``监督举报电话`` and ``持卡人签名``;
- the 民族宗教事务局's 一览表 with a short ``风险名称`` beside a long ``风险表现形式``, ``…风险`` types,
  ``一级/二级/三级``;
- the 卫生健康局 卫生监督所's 排查表 under a ``填报单位（盖章）：…`` line, no 科室 column (the title names
  the 所), a ``监督环节`` before the 风险点, 高/中/低, a ``备注`` column, a 协管员 whose row says only 无;
- the 文化市场综合行政执法大队's 责任清单 under ``附件2``: ``责任主体`` typed on every row, ``职权事项``,
  short types, 高/中/低 and a LAST column ``岗位及责任人`` written ``中队长：芮孟秋`` on every row.

One is harder:

- ``museum_post_level_matrix``: a 博物馆's 廉政风险点岗位分布及等级评定表 — one row a 风险点 (with its
  ``业务环节``), and ``风险等级（按涉及岗位分别评定）`` merged over FIVE POST COLUMNS headed ``馆长⏎顿珠卓嘎``,
  ``副馆长⏎缪叙白`` …; each cell is the LEVEL (高/中/低) that the row's risk has for that post, ``/`` where
  the post has no part in it. The point is the row's; the level is the cell's; the post and holder
  are the column's. The README's 读得懂的表 knows post columns holding each post's own risk text
  (``廉政风险点`` over ``所长 | 法制员 …``) with the row's level, and one level column split into
  ``一级 | 二级 | 三级`` marked ``√``; here the post columns hold LEVELS and the risk text is shared.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 县文旅局党组's 巡察整改 with its 下属单位
and 科室, the graft cases of 图书馆 staff — 购书发票, 物业外包, 公车 — the rules of a 文化馆 (群众文化活动,
文艺培训, 非遗保护), a study of 博物馆 安全保卫 (征集、典藏、陈列, 免费开放), a 景区 廉政文化 plan with its
导游员 and 讲解员, an audit of 公共体育设施 (场馆 门票 and 租赁 收入, 免费低收费开放), a 民宗局's 督查 of
少数民族发展资金 and 宗教活动场所, a 卫健委's 督导 of 综合监督 (公共场所, 饮用水, 学校卫生), a 文化市场综合
行政执法局's checks of 景区 and 游船) and the layout follows their words for the unit, its parts,
its posts and its risks. The rows are worded by us, the names invented; every unit is a body of
炉霍县 (its 卡萨湖景区 named for the lake; the rest as such a county has them).

Run ``python tests/published/score.py --set batch232`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder table each post column is one form (post and holder from its two-line heading,
  department ""), each row whose cell in that column is a level a point of that form, with THAT
  level; ``/`` is no point; the ``业务环节`` is no point;
- the 卫生监督所 named in the title after the 卫生健康局 is a 科室 of the 局 (the unit), as batch225 took
  the 执行局 of a 法院; its posts 所长/副所长 are middle;
- ``局领导``, ``馆领导``, ``中心领导`` where the table writes them in the 科室/部门 column (or a card's
  ``所在部门``) are the 科室 of those leaders, as batch228 kept ``镇领导班子``;
- the 图书馆's ``分管领导`` column (two names, each over several posts) holds watchers: with a 岗位
  column and no other name column the table is 对岗不对人; ``工作职责`` is no point;
- ``风险名称 | 风险表现形式``: the point is the short 风险名称; ``监督环节`` and ``职权事项`` are no points;
- a group row ``二、票务中心`` gives the 科室 of the rows under it; ``岗位及责任人`` ``中队长：芮孟秋`` is the
  post and the holder; ``责任主体`` is the 科室;
- ``★★★/★★/★`` are 1/2/3 (the card's legend says so); ``Ⅰ级/Ⅱ级/Ⅲ级`` 1/2/3; ``完成时限`` and ``备注``
  are no points; a row saying only 无 is no point and gives no form;
- the heads of the units — 局长/副局长, 馆长/副馆长, the 体育中心's 主任, the 执法大队's 大队长/副大队长 —
  are leaders; 股长, 科长, 部长, 主任 of an 办公室, 部 or 中心 inside a body, 中队长, 所长/副所长 of the
  卫生监督所 middle; the rest (科员, 会计, 出纳, 管理员, 采编员, 售票员, 检票员, 讲解员, 监督员, 法制员,
  执法队员, 藏品保管员, 票务员) general.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and
``truth.json``; no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b232_"
PLACE = "炉霍县"
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
GRADES = {"一级": 1, "二级": 2, "三级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
NONE = "/"
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, person: int | None) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       row[person] if person is not None else None)  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + ([] if person is None else [(person, key)])
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

POST_COLUMNS = [
    ("馆长", "顿珠卓嘎", "leader"),
    ("副馆长", "缪叙白", "leader"),
    ("藏品保管员", "边巴次仁", "general"),
    ("票务员", "隗小棠", "general"),
    ("会计", "稽念初", "general"),
]


def museum_post_level_matrix() -> dict:
    unit = f"{PLACE}博物馆"
    sh = _Sheet("等级评定", [6, 12, 34, 11, 11, 11, 11, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点岗位分布及等级评定表", 9)
    _line(sh, f"填报部门：馆办公室{GAP * 8}填报日期：2024年11月", 9)
    r = sh.add(
        "序号", "业务环节", "廉政风险点", "风险等级（按涉及岗位分别评定）", None, None, None, None,
        "防控措施",
    )  # fmt: skip
    sh.add(None, None, None, *(f"{post}\n{who}" for post, who, _ in POST_COLUMNS), None)
    for c in (0, 1, 2, 8):
        sh.merge(r, c, r + 1, c)
    sh.merge(r, 3, r, 7)
    rows = [
        ("藏品征集", "征集文物价格评估不实，高价收购关系人藏品", ("高", "中", "中", NONE, NONE),
         "征集文物经专家组评估定价，征集方案报县文广旅局审批。"),
        ("藏品保管", "藏品出入库不登记，私自借出、调换藏品", ("中", "中", "高", NONE, NONE),
         "藏品出入库双人登记、馆长审批，每年账物核对一次。"),
        ("陈列布展", "布展工程指定施工单位，虚增工程量", ("高", "高", NONE, NONE, "中"),
         "布展工程按限额公开比选，结算送审计。"),
        ("门票收入", "特展门票、讲解费收入不入账或截留", ("低", "中", NONE, "高", "高"),
         "门票使用电子票务系统，收入日清日结。"),
        ("免费开放补助", "免费开放补助资金挪作他用", ("高", NONE, NONE, NONE, "中"),
         "补助资金专款专用，使用情况年度公开。"),
        ("文创销售", "文创产品销售款私存，账实不符", (NONE, "中", NONE, "中", "低"),
         "文创产品出入库登记，销售款每日交财务。"),
    ]  # fmt: skip
    for n, (step, point, levels, measures) in enumerate(rows, 1):
        sh.add(n, step, point, *levels, measures)
        for (post, who, tier), lv in zip(POST_COLUMNS, levels, strict=True):
            if lv != NONE:
                t.point(sh.name, "", post, who, tier, point, [], HML[lv])
    _line(
        sh,
        "注：1.风险等级按各岗位在该环节所负责任分别评定，分高、中、低三档；2.“/”表示该岗位不涉及此环节。",
        9,
    )
    sh.add()
    sh.add("馆长（签字）：", None, None, None, None, "县文广旅局审核意见：", None, None, None)
    return _layout(
        "museum_post_level_matrix", "http://www.handmsg.com/page/2024/1231/25783500.shtml",
        "(harder) 县博物馆 廉政风险点岗位分布及等级评定表, after the source's study of 博物馆 安全保卫 (征集、典藏、"
        "陈列, 免费开放, 重点部位, 管理对象和业务类型): a title, a ``填报部门：馆办公室　…　填报日期：2024年11月`` line, "
        "then a TWO-ROW heading — 序号/业务环节/廉政风险点/防控措施 merged down, ``风险等级（按涉及岗位分别评定）`` "
        "merged over FIVE POST COLUMNS headed ``馆长⏎顿珠卓嘎``, ``副馆长⏎缪叙白``, ``藏品保管员⏎边巴次仁``, "
        "``票务员⏎隗小棠``, ``会计⏎稽念初``; one row a 风险点 (藏品征集, 藏品保管, 陈列布展, 门票收入, 免费开放补助, "
        "文创销售), each post cell the LEVEL 高/中/低 that risk has for that post or ``/``; a ``注：`` line on the "
        "levels and the ``/``, a 馆长签字/县文广旅局审核意见 line; no type column, no 岗位 or 姓名 column",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def culture_bureau_offices() -> dict:
    unit = f"{PLACE}文化广播电视和旅游局"
    sh = _Sheet("一览表", [6, 14, 10, 10, 36, 10, 8, 36])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位：局办公室（汇总）{GAP * 8}填报时间：2024年10月", 8)
    sh.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "降央多吉", "文化旅游项目资金分配、大额支出不经党组会集体研究", "制度机制", "高",
         "严格执行“三重一大”集体决策，党组会纪要存档备查。", "leader"),
        ("局领导", "局长", "降央多吉", "插手干预A级旅游景区、星级饭店评定", "岗位职责", "高",
         "评定由评审组独立打分，评定结果公示。", "leader"),
        ("局领导", "副局长", "翟青梧", "分管的文物保护工程验收把关不严，为施工单位说情", "岗位职责", "中",
         "文物保护工程验收邀请州级专家参加，验收意见集体签字。", "leader"),
        ("办公室", "主任", "仉望岫", "公务接待、会议费用超标准列支", "思想道德", "低",
         "接待凭公函和清单报销，接待费每季度公开。", "middle"),
        ("文化艺术股", "股长", "泽仁邓珠", "群众文化活动经费虚列演出、培训项目套取资金", "业务流程", "中",
         "活动经费按预算执行，活动照片、签到表随报销凭证存档。", "middle"),
        ("文化艺术股", "股长", "泽仁邓珠", "非遗项目传承人补助评审优亲厚友", "岗位职责", "中",
         "补助名单经评审委员会集体评议并公示。", "middle"),
        ("旅游发展股", "股长", "扈晓岚", "旅游发展专项资金项目申报审核不实", "岗位职责", "高",
         "项目申报实地核查，资金按项目进度分期拨付。", "middle"),
        ("旅游发展股", "科员", "邛雨桐", "乡村旅游民宿奖补资金核查走过场", "外部环境", "中",
         "奖补对象名单公示，股室随机抽查复核。", "general"),
        ("财务股", "会计", "郦素商", "报销票据审核不严，以虚开发票入账", "制度机制", "中",
         "报销票据经手人、证明人、审批人三签，每月对账。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add()
    sh.add("填表人：", None, None, "审核人：", None, "局党组（盖章）：", None, None)
    return _layout(
        "culture_bureau_offices",
        "http://czdi.gov.cn/xqdt/qyx/xsxc/bjxsxcqk/art/2022/art_1f3e2951130242ceadda4a92e1002f31.html",
        "县文化广播电视和旅游局 岗位廉政风险防控一览表 after the source's 县文旅局党组 巡察整改 通报 (党组书记, 班子成员, "
        "各下属单位、科室负责人, 整改领导组): ``附件1``, a title, a merged ``填报单位：局办公室（汇总）　…　填报时间："
        "2024年10月`` line, then 序号/股室 merged (局领导, 办公室, 文化艺术股, 旅游发展股, 财务股)/岗位 and 姓名 merged "
        "per person/廉政风险点/风险类型 (short names)/风险等级 高/中/低/防控措施; a ``填表人： | 审核人： | 局党组（盖章）：`` "
        "line",
        [sh], t,
    )  # fmt: skip


def library_posts_duties() -> dict:
    unit = f"{PLACE}图书馆"
    sh = _Sheet("排查表", [6, 10, 10, 22, 34, 8, 34, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}各部门岗位廉政风险点排查表", 8)
    r = sh.add(f"单位（盖章）：{unit}", None, None, None, None, "填报日期：2024年9月", None, None)
    sh.merge(r, 0, r, 4)
    sh.merge(r, 5, r, 7)
    sh.add("序号", "部门", "岗位", "工作职责", "廉政风险点", "风险等级", "防控措施", "分管领导")
    lead_a, lead_b = "黎砚耕", "斯郎拥措"
    rows = [
        ("办公室", "主任", "负责后勤、物业和车辆管理", "物业服务外包选择关系单位，虚报服务人数套取物业费", "一级",
         "物业外包公开比选，服务人数每月按考勤核对。", lead_a, "middle"),
        ("办公室", "主任", "负责后勤、物业和车辆管理", "公务用车私用，借外出开会之机公款旅游", "二级",
         "用车登记审批，外出学习行程报馆务会审定。", lead_a, "middle"),
        ("办公室", "会计", "负责经费核算和报销", "购书款虚增项目、虚开发票侵吞专项经费", "一级",
         "购书款凭采购合同、验收清单支付，每季度与供应商对账。", lead_a, "general"),
        ("采编部", "主任", "负责文献采购计划和验收", "图书采购收受书商回扣，按码洋结算不按实际折扣", "一级",
         "图书采购纳入政府采购，折扣率写入合同。", lead_b, "middle"),
        ("采编部", "采编员", "负责图书分编和验收入库", "验收时不核对数量、品种，以次充好", "二级",
         "验收双人签字，入库清单与发票逐项核对。", lead_b, "general"),
        ("流通部", "管理员", "负责借阅、押金和赔书款收取", "读者押金、赔书款收取不开票据，私自截留", "二级",
         "押金、赔书款统一开具票据，日清月结。", lead_b, "general"),
        ("流通部", "管理员", "负责借阅、押金和赔书款收取", "馆舍场地出租收入不入账", "三级",
         "场地出租签订合同，租金直接缴入单位账户。", lead_b, "general"),
        ("数字资源部", "主任", "负责数字资源采购和设备维护", "数字资源采购指定供应商，重复购买", "三级",
         "数字资源采购经馆务会论证，使用数据年度评估。", lead_b, "middle"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, duty, point, lv, measures, lead, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, duty, point, lv, measures, lead)
        t.point(sh.name, dept, post, "", tier, point, [], GRADES[lv])
    post_key = lambda row: (row[1], row[2])  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, post_key), (3, post_key),
                            (7, lambda row: (row[1], row[7]))])  # fmt: skip
    sh.add()
    sh.add("馆长（签字）：", None, None, None, "县文广旅局审核意见：", None, None, None)
    return _layout(
        "library_posts_duties", "https://gb.crntt.com/doc/311_19274_105244999_2_1110172443.html",
        "县图书馆 各部门岗位廉政风险点排查表 对岗不对人, after the source's account of 图书馆 graft (公车私用 and 旅游, "
        "物业公司 虚报员工, 改造工程 透露预算, 书商 折扣 and 码洋): a title, a ``单位（盖章）：炉霍县图书馆 | 填报日期："
        "2024年9月`` line, then 序号/部门 merged (办公室, 采编部, 流通部, 数字资源部)/岗位 and ``工作职责`` merged per "
        "post/廉政风险点/风险等级 ``一级/二级/三级``/防控措施/``分管领导`` (two names, merged per 部门: watchers); no "
        "type column, no name column; 馆长签字/县文广旅局审核意见 line",
        [sh], t,
    )  # fmt: skip


def cultural_center_self_check() -> dict:
    unit = f"{PLACE}文化馆"
    t = _Truth(unit)
    people = [
        ("副馆长", "四郎扎西", "男", "藏族", "馆领导", "副馆长", "leader", [
            ("文艺演出活动经费虚列演职人员劳务费", "制度机制风险", "高", "劳务费发放到个人账户，发放名单公示。",
             "长期"),
            ("群众文化辅导培训班收费不入账", "岗位职责风险", "中", "培训一律免费，确需收费的报批并开具票据。",
             "2024年12月"),
            ("文艺作品创作补助评审中为亲友打招呼", "思想道德风险", "低", "评审实行回避，结果公示五个工作日。",
             "长期"),
        ]),
        ("非遗中心", "呷绒拉姆", "女", "藏族", "非物质文化遗产保护中心", "主任", "middle", [
            ("非遗代表性传承人申报材料审核不严，弄虚作假", "岗位职责风险", "高",
             "申报材料实地核实，专家评审意见存档。", "长期"),
            ("非遗保护专项资金不按项目进度拨付", "业务流程风险", "中", "资金按项目进度和验收结果分期拨付。",
             "2024年12月"),
        ]),
        ("会计", "琚映秋", "女", "汉族", "办公室", "会计", "general", [
            ("免费开放补助资金核算不清，挪作他用", "制度机制风险", "高", "补助资金单独核算，专款专用。", "长期"),
            ("现金收支不及时入账，公款私存", "思想道德风险", "中", "现金日清月结，馆长每月抽查。", "长期"),
            ("演出服装、音响设备出借不登记", "外部环境风险", "低", "设备出借登记审批，归还验收。", "2024年11月"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, sex, nation, dept, post, tier, points in people:
        sh = _Sheet(tab, [6, 34, 14, 10, 34, 12])
        _line(sh, f"{unit}干部职工廉政风险自查表", 6)
        sh.add("姓  名", who, "性  别", sex, "民  族", nation)
        sh.add("部  门", dept, "职  务", post, "填表日期", "2024.10.18")
        sh.add("序号", "风险点", "风险类别", "风险等级", "防控措施", "完成时限")
        for n, (point, typ, lv, measures, due) in enumerate(points, 1):
            sh.add(n, point, typ, lv, measures, due)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        sh.add()
        sh.add("本人签字：", None, None, "馆长审核：", None, None)
        sheets.append(sh)
    return _layout(
        "cultural_center_self_check", "https://m.wnwk.com/doc/252473.html",
        "县文化馆 干部职工廉政风险自查表, one sheet a person (tabs 副馆长, 非遗中心, 会计), after the source's 文化馆管理"
        "工作制度 (群众文化活动, 文艺培训, 非物质文化遗产保护中心, 创作, 财政全额供给): a title, ``姓名 | … | 性别 | … | 民族 "
        "| …`` and ``部门 | … | 职务 | … | 填表日期 | …`` in pairs above, then 序号/风险点/风险类别 ``…风险``/风险等级 "
        "高/中/低/防控措施/``完成时限``; 本人签字/馆长审核 line; two holders with Tibetan names",
        sheets, t,
    )  # fmt: skip


def scenic_area_group_rows() -> dict:
    unit = f"{PLACE}卡萨湖景区管理局"
    sh = _Sheet("风险清单", [6, 12, 10, 36, 12, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控清单", 7)
    sh.add("序号", "岗位", "责任人", "风险点", "风险类别", "风险等级", "防控措施")
    groups = [
        ("一、局领导", "局领导", [
            ("局长", "洛绒邓珠", "景区经营项目对外承包不经集体研究，低价发包", "制度机制风险", "Ⅰ级",
             "承包方案经局务会研究，进县公共资源交易平台公开竞价。", "leader"),
            ("副局长", "淳于望", "旅游旺季临时用工招用不公开，虚报用工人数", "岗位职责风险", "Ⅱ级",
             "临时用工公开招聘，工资按考勤直接发放到个人。", "leader"),
        ]),
        ("二、票务中心", "票务中心", [
            ("主任", "阙晚芝", "门票收入未日清日结，延迟缴存或截留票款", "制度机制风险", "Ⅰ级",
             "票款每日缴存银行，票务系统数据与缴款单每日核对。", "middle"),
            ("主任", "阙晚芝", "门票优惠、免票审批随意，人情放行", "岗位职责风险", "Ⅱ级",
             "优惠免票凭证件登记，免票情况每月公开。", "middle"),
            ("售票员", "尼玛曲珍", "收款不出票，重复使用门票", "思想道德风险", "Ⅰ级",
             "全部实行电子票，一票一码核销。", "general"),
            ("检票员", "白玛拥措", "无票放行，收取现金放人入园", "外部环境风险", "Ⅱ级",
             "检票口视频监控全覆盖，票务中心每日抽查。", "general"),
        ]),
        ("三、经营管理科", "经营管理科", [
            ("科长", "柘沐阳", "景区商铺、摊位出租不公开竞价", "业务流程风险", "Ⅱ级",
             "商铺摊位出租公开竞价，租金收入全额入账。", "middle"),
            ("讲解员", "梅朵拉姆", "带游客到指定商铺购物收取回扣", "外部环境风险", "Ⅲ级",
             "讲解线路统一规定，游客投诉一律调查。", "general"),
        ]),
        ("四、规划建设科", "规划建设科", [
            ("科长", "雍季衡", "景区基础设施项目验收把关不严，虚增工程量", "岗位职责风险", "Ⅰ级",
             "项目验收邀请审计、财政人员参加，结算送审。", "middle"),
        ]),
    ]  # fmt: skip
    n = 0
    for caption, dept, items in groups:
        _line(sh, caption, 7)
        first = len(sh.rows)
        for post, who, point, typ, lv, measures, tier in items:
            n += 1
            sh.add(n, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
        _per_person(sh, first, None, 1, 2)
    _line(sh, "注：风险等级分Ⅰ级（高）、Ⅱ级（中）、Ⅲ级（低）三档。", 7)
    sh.add("填报人：", None, None, "局长（签字）：", None, "日期：2024年11月", None)
    return _layout(
        "scenic_area_group_rows", "http://5728338.com/QiHuaWenAn/294108.html",
        "景区管理局 廉政风险防控清单 after the source's plan for 廉政文化进景区 (旅游度假区, aaaa级旅游景区, 导游词、"
        "讲解词, 导游员、讲解员): a title, then 序号/岗位/责任人/风险点/风险类别 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控"
        "措施, the rows cut by merged group rows ``一、局领导``, ``二、票务中心``, ``三、经营管理科``, ``四、规划建设科`` "
        "(the 科室), 岗位 and 责任人 merged per person; a ``注：风险等级分Ⅰ级（高）…`` line, 填报人/局长签字/日期 line",
        [sh], t,
    )  # fmt: skip


def sports_center_cards() -> dict:
    unit = f"{PLACE}体育中心"
    t = _Truth(unit)
    cards = [
        ("主任", "扎西次仁", "中心领导", "主任", "leader", "主持中心全面工作，分管财务、场馆对外合作。", [
            ("场馆对外出租、冠名合作不经集体研究", "制度机制", "★★★", "对外合作方案经主任办公会研究，合同公开。"),
            ("体育赛事活动经费审批把关不严", "岗位职责", "★★", "赛事经费按预算审批，结算附参赛名单和票据。"),
            ("接受承办赛事企业宴请、礼品", "思想道德", "★", "严守八项规定，节前廉洁提醒。"),
        ]),
        ("场馆运营部", "厍晴川", "场馆运营部", "部长", "middle", "负责体育场馆开放、场地租赁和器材管理。", [
            ("场馆门票、场地租赁收入不入账", "业务流程", "★★★", "收费一律线上支付，收入每日汇总交财务。"),
            ("免费低收费开放时段擅自收费", "岗位职责", "★★", "开放时段和收费标准上墙公示，接受群众监督。"),
            ("健身器材维修虚报配件费用", "制度机制", "★", "维修更换配件旧件回收登记。"),
        ]),
        ("财务室", "却吉卓玛", "财务室", "出纳", "general", "负责现金收付和银行结算。", [
            ("场馆收入现金坐支、公款私存", "思想道德", "★★★", "现金日清月结，库存现金不超限额。"),
            ("免费低收费开放补助资金核算不实", "制度机制", "★★", "补助资金单独设账，年度接受审计。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, dept, post, tier, duty, points in cards:
        sh = _Sheet(tab, [6, 36, 12, 9, 34, 10])
        _line(sh, f"{unit}岗位廉政风险防控卡", 6)
        sh.add("持卡人", who, "所在部门", dept, "职务", post)
        r = sh.add("岗位职责", duty, None, None, None, None)
        sh.merge(r, 1, r, 5)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", "备注")
        for n, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(n, point, typ, lv, measures, None)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), STARS[lv])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 6)
        sh.add("监督举报电话：12388", None, "持卡人签名：", None, "年  月  日", None)
        sheets.append(sh)
    return _layout(
        "sports_center_cards",
        "https://www.jingan.gov.cn/govxxgk/JC1/2024-02-18/db262ecc-2d09-46a4-af3a-a763f5f281c5.html",
        "县体育中心 岗位廉政风险防控卡, one sheet a holder (tabs 主任, 场馆运营部, 财务室), after the source's audit of "
        "公共体育设施 运营 (场馆 房屋租赁 and 门票 收入, 临时场地租赁, 免费或低收费开放 资金): a title, ``持卡人 | … | "
        "所在部门 | … | 职务 | …`` in one row, a merged ``岗位职责`` line, then 序号/风险点/风险类型 (short names)/风险"
        "等级 ``★★★/★★/★``/防控措施/``备注`` (blank); a legend line, 监督举报电话/持卡人签名/年 月 日",
        sheets, t,
    )  # fmt: skip


def ethnic_affairs_name_and_form() -> dict:
    unit = f"{PLACE}民族宗教事务局"
    sh = _Sheet("一览表", [6, 12, 9, 10, 14, 36, 12, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控一览表", 9)
    sh.add("序号", "科室", "岗位", "责任人", "风险名称", "风险表现形式", "风险类别", "风险等级",
           "防控措施")  # fmt: skip
    rows = [
        ("局领导", "局长", "阿旺降措", "资金分配", "少数民族发展资金项目安排不经集体研究，向关系乡镇倾斜",
         "制度机制风险", "一级", "资金安排方案经局党组会研究，分配结果公开。", "leader"),
        ("局领导", "副局长", "贡布泽仁", "项目验收", "民族团结进步示范村建设项目验收走过场",
         "岗位职责风险", "二级", "验收邀请财政、审计和乡镇人员参加，验收资料存档。", "leader"),
        ("办公室", "主任", "蒲清歌", "公务接待", "接待宗教界人士超标准，虚列接待费用", "思想道德风险", "三级",
         "接待事前审批，费用凭清单报销。", "middle"),
        ("民族工作股", "股长", "邬书瑶", "项目申报审核", "对少数民族发展资金项目申报材料审核不实，虚报项目",
         "岗位职责风险", "一级", "项目申报实地踏勘，申报材料两人审核。", "middle"),
        ("民族工作股", "股长", "邬书瑶", "补助发放", "少数民族困难群众补助发放优亲厚友", "外部环境风险", "二级",
         "补助对象经村评议、乡审核、县审批，名单公示。", "middle"),
        ("宗教事务股", "股长", "益西丹增", "场所登记", "宗教活动场所设立、变更审核把关不严，收受好处",
         "岗位职责风险", "一级", "登记审核两人以上，审核意见报局务会研究。", "middle"),
        ("宗教事务股", "科员", "弓季淮", "维修补助", "寺庙维修补助资金审核不严，同一项目重复申报",
         "业务流程风险", "二级", "维修补助项目建立台账，逐项比对。", "general"),
        ("宗教事务股", "科员", "弓季淮", "安全检查", "宗教活动场所安全隐患排查走过场，隐瞒不报",
         "制度机制风险", "三级", "排查记录拍照存档，股长每季度抽查。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, name, desc, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, name, desc, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, name, types_in(typ), GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    return _layout(
        "ethnic_affairs_name_and_form",
        "http://hangzhou.baogaosu.com/xinwen/%25E5%25BC%2580%25E5%25B1%2595%25E5%25B0%2591%25E6%2595%25B0"
        "%25E6%25B0%2591%25E6%2597%258F%25E5%258F%2591%25E5%25B1%2595%25E8%25B5%2584%25E9%2587%2591%25E9%25A1"
        "%25B9%25E7%259B%25AE%25E5%258F%258A%25E5%25AE%2597%25E6%2595%2599/61712218/",
        "县民族宗教事务局 廉政风险防控一览表 after the source's 民宗局 督查 (少数民族发展资金项目, 民族村, 宗教活动场所 "
        "安全隐患排查, 派驻纪检组、财政局、审计局): a title, then 序号/科室 merged (局领导, 办公室, 民族工作股, 宗教事务"
        "股)/岗位 and 责任人 merged per person/a short ``风险名称`` beside a long ``风险表现形式``/风险类别 ``…风险``/"
        "风险等级 ``一级/二级/三级``/防控措施; nothing below the table",
        [sh], t,
    )  # fmt: skip


def health_supervision_checklist() -> dict:
    unit = f"{PLACE}卫生健康局"
    dept = "卫生监督所"  # named in the title after the 局: a 科室 of the 局
    sh = _Sheet("排查表", [6, 10, 10, 16, 34, 8, 32, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}{dept}岗位廉政风险排查表", 8)
    _line(sh, f"填报单位（盖章）：{PLACE}{dept}{GAP * 8}填报日期：2024年10月", 8)
    sh.add("序号", "岗位", "姓名", "监督环节", "风险点", "风险等级", "防控措施", "备注")
    rows = [
        ("所长", "裘望川", "行政处罚", "对违法案件降格处理，处罚裁量不公", "高",
         "处罚案件集体讨论，裁量基准公开。", None, "middle"),
        ("所长", "裘望川", "案件审核", "重大案件不经法制审核即作出决定", "中",
         "重大案件一律法制审核，审核意见附卷。", None, "middle"),
        ("副所长", "巩晏如", "公共场所卫生许可", "为不符合条件的旅游住宿、游泳场所发放卫生许可证", "高",
         "许可现场审查两人以上，许可结果网上公示。", "兼法制员", "middle"),
        ("监督员", "刁书禾", "公共场所监督检查", "检查中接受经营单位宴请，隐瞒问题", "中",
         "“双随机、一公开”抽查，检查全程记录。", None, "general"),
        ("监督员", "刁书禾", "投诉举报处理", "泄露投诉人信息，压案不查", "低",
         "投诉件登记编号，办理结果回访。", None, "general"),
        ("监督员", "向巴绒布", "生活饮用水监督", "水质抽检样品调换，检测报告失实", "中",
         "抽检样品双人封样，送检全程留痕。", None, "general"),
        ("卫生监督协管员", "多吉", None, "无", None, None, None, None),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, step, point, lv, measures, note, tier) in enumerate(rows, 1):
        sh.add(n, post, who, step, point, lv, measures, note)
        if point != "无":
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _per_person(sh, first, None, 1, 2)
    sh.add()
    sh.add("所长签字：", None, None, "局分管领导审核：", None, None, None, None)
    return _layout(
        "health_supervision_checklist",
        "https://wjw.shaoyang.gov.cn/sywjw/wsjd/202110/74048c8b1e4a4bf2956a3be58fe17235.shtml",
        "县卫生健康局 卫生监督所 岗位廉政风险排查表 after the source's 卫健委 督导 of 综合监督 (公共场所, 放射诊疗, 传染病"
        "防治, 学校与公共场所卫生, 饮用水, 综合监督执法局): title ``炉霍县卫生健康局卫生监督所…``, a merged ``填报单位"
        "（盖章）：炉霍县卫生监督所　…　填报日期：2024年10月`` line, then 序号/岗位 and 姓名 merged per person/``监督"
        "环节``/风险点/风险等级 高/中/低/防控措施/``备注`` (``兼法制员``); no 科室 and no type column; a 卫生监督协管员 "
        "whose row says only 无; 所长签字/局分管领导审核 line",
        [sh], t,
    )  # fmt: skip


def culture_market_enforcement_duty() -> dict:
    unit = f"{PLACE}文化市场综合行政执法大队"
    sh = _Sheet("责任清单", [6, 16, 16, 34, 10, 8, 34, 18])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add(
        "序号", "责任主体", "职权事项", "风险点", "风险类别", "风险等级", "防控措施", "岗位及责任人"
    )
    rows = [
        ("大队领导", "执法检查统筹", "节假日专项检查计划泄露，提前通风报信", "岗位职责", "高",
         "检查计划临时确定，检查人员随机抽取。", "大队长", "仁青多吉", "leader"),
        ("大队领导", "行政处罚决定", "重大处罚案件不经集体讨论，个人决定", "制度机制", "高",
         "重大案件集体讨论，讨论记录附卷。", "副大队长", "鞠鸿渐", "leader"),
        ("旅游市场执法中队", "旅行社、景区执法检查", "对不合理低价游、强迫购物等问题选择性执法", "外部环境", "高",
         "检查全程执法记录仪记录，案件线索统一登记。", "中队长", "芮孟秋", "middle"),
        ("旅游市场执法中队", "涉水景区游船检查", "游船安全检查走过场，收受经营者好处", "思想道德", "中",
         "检查结果当场告知并拍照留存，大队每月抽查。", "中队长", "芮孟秋", "middle"),
        ("旅游市场执法中队", "旅游投诉处理", "旅游投诉调解偏袒经营者", "岗位职责", "低",
         "投诉调解两人以上参加，结果回访投诉人。", "执法队员", "罗布次仁", "general"),
        ("文化娱乐市场执法中队", "歌舞娱乐场所、网吧检查", "检查中接受经营业主宴请、礼品", "思想道德", "中",
         "执法人员签订廉洁承诺，节前廉洁提醒。", "中队长", "杞晚晴", "middle"),
        ("法制审核室", "案件法制审核", "审核把关不严，违法事实认定不清即予通过", "业务流程", "中",
         "法制审核意见书面出具，疑难案件提交集体讨论。", "法制员", "郏澄宇", "general"),
    ]  # fmt: skip
    for n, (dept, power, point, typ, lv, measures, post, who, tier) in enumerate(rows, 1):
        sh.add(n, dept, power, point, typ, lv, measures, f"{post}：{who}")
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    sh.add()
    sh.add("填报人：", None, None, "大队长（签字）：", None, None, "年  月  日", None)
    return _layout(
        "culture_market_enforcement_duty", "http://zhibolvyou.com/page215?article_id=4545",
        "县文化市场综合行政执法大队 廉政风险防控责任清单 after the source's report of 文化市场综合行政执法局 checks of 涉水"
        "旅游景区 (船只, 手续, 持证上岗, 巡查, 值班值守, 节假日): ``附件2``, a title, then 序号/``责任主体`` typed on "
        "every row (大队领导, 旅游市场执法中队, 文化娱乐市场执法中队, 法制审核室)/``职权事项``/风险点/风险类别 (short "
        "names)/风险等级 高/中/低/防控措施/``岗位及责任人`` LAST, ``中队长：芮孟秋`` on every row; 填报人/大队长签字/"
        "年 月 日 line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    museum_post_level_matrix(),
    culture_bureau_offices(),
    library_posts_duties(),
    cultural_center_self_check(),
    scenic_area_group_rows(),
    sports_center_cards(),
    ethnic_affairs_name_and_form(),
    health_supervision_checklist(),
    culture_market_enforcement_duty(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch232-inbox"))

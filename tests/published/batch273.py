"""The two-hundred-and-seventy-third batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 局/委/办 and
事业单位, 布拖县 (a county of the 凉山彝族自治州, its staff Yi and Han) — its 司法局, 退役军人事务局,
发展和改革局, 人力资源和社会保障局, 农业农村局 and 统计局, its 融媒体中心 and 不动产登记中心 — each handing
back the 一览表, 防控卡, 排查表, 责任清单, 自查表 or 清单 its staff typed in WPS or Excel, the rows about
法律援助 指派, 社区矫正 请假外出, 人民调解 以案定补, 行政复议, 优抚对象 年度确认, 抚恤补助, 光荣院 供养,
退役士兵 安置, 新闻采编 有偿新闻, 广告 合同, 设备采购, 储备粮 轮换 and 补贴, 价格认定, 项目 申报,
职称评审, 就业补贴, 养老保险 待遇, 劳动保障监察 欠薪, 农业专项资金 项目 申报 and 验收, 统计执法,
数据审核, 普查 经费, 不动产 受理, 登簿, 查封 and 查询:

- the 司法局's 一览表 under ``附件1`` and a ``填报单位（盖章）：…　填报时间：…`` line: ``股室`` merged, ``岗位``
  and ``姓名`` merged per person, ``…风险`` types, 高/中/低, a ``注：`` line and a 填表人/审核人/局长 line;
- the 退役军人事务局's 防控卡, one sheet a holder: ``姓　名 | … | 职　务 | …`` and ``所在股室 | … | 联系电话 |
  …`` above ``序号 | 工作事项 | 廉政风险点 | 风险等级 | 防控措施``, ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column, and a
  ``持卡人（签字）： | … | 分管领导（签字）：`` line;
- the 融媒体中心's 排查表 对岗不对人: ``部门 | 岗位 | 风险点 | 风险表现 | 风险类型 | 风险等级 | 防控措施``, a
  short ``风险点`` beside a long ``风险表现``, short types, ``一级/二级/三级``; no names;
- the 发展和改革局's 责任清单: ``股室`` merged, ``岗位`` and ``责任人`` merged per person, ``★★★/★★/★`` read
  by a ``注：`` line, no type column, a 制表/审核/date line;
- the 人力资源和社会保障局's 自查表, one sheet a person: a label row ``姓　名 | 性　别 | 民　族 | 所在股室 |
  职　务 | 填表时间`` over a row of values, then ``序号 | 业务环节 | 廉政风险点 | 风险等级 | 防控措施 |
  自查情况``, 高/中/低, no type column, ``本人签名： | … | 股室负责人意见：``;
- the 农业农村局's file in two sheets: ``领导班子`` (``姓名 | 职务 | 分管工作``) and ``股室站所`` (``股室`` merged,
  ``岗位`` and ``姓名`` merged per person), short types, ``高风险/中风险/低风险``;
- the 统计局's 清单 under GROUP ROWS ``一、局领导`` … ``四、普查中心`` merged across (no 股室 column):
  ``岗位`` merged per person, the risk, short types, ``一级风险/二级风险/三级风险``, the measures and a
  LAST ``责任人`` column.

One is harder:

- ``butuo_realestate_ab_roles``: the 不动产登记中心's 一览表 as a 政务大厅 窗口 keeps it under the ``AB角``
  工作制: ``序号 | 股室 | 岗位 | A角 | B角 | 廉政风险点 | 风险等级 | 防控措施`` — TWO NAME COLUMNS side by side,
  ``A角`` the post's holder and ``B角`` the colleague who stands in when the holder is out (a ``注：`` line
  under the table says so), several B角 being the A角 of another post of the same 股室. The README's
  读得懂的表 knows ``A岗:周敏⏎B岗:高翔`` in one cell (two holders of two posts), ``科主任 | 护士长`` two
  name columns chosen by a ``责任岗位`` column, ``直接责任人 | 领导责任人``, and ``责任领导``/``分管领导``
  columns as supervisors; it does not describe an ``A角 | B角`` pair of name columns where only the
  first names the holder and the second a stand-in who is himself a holder elsewhere in the table.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 县司法局's 法治政府建设 report —
合法性审查, 行政复议, 法律援助, 人民调解, 社区矫正; a 区退役军人事务局's report — 移交安置, 就业创业,
拥军优抚, 帮扶援助, 褒扬纪念; a 县融媒体中心 visited on its 监督管理 — 编辑部, 指挥大厅, 新媒体; a 区发改委's
储备粮补贴 绩效评价 — 轮换出库, 检验报告; a 县人社局's 绩效自评 — 基金征缴, 就业补贴, 劳动监察 欠薪; a
县农业农村局's 专项资金和项目管理办法 — 项目申报, 验收, 资金拨付, 公示; a 县统计局's 职责 — 统计执法,
数据质量, 普查, 统计资料; a 县不动产登记中心's 职责和人员配置 — 受理, 初审, 复审, 核定登簿, 查询) and the
layout follows their words for the unit, its parts, its posts and its risks. The rows are worded by
us, the names invented (rare Han surnames with rare given names, and Yi names as a 凉山 county's
staff carry them); every unit is a body of 布拖县.

Run ``python tests/published/score.py --set batch273`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the holder of each post is its ``A角``; the ``B角`` is a stand-in, no holder of
  that post (the ``注：`` line: ``A角为岗位责任人，B角为A角因公外出、休假时的顶岗人员``), so a B角 who is
  the A角 of another post holds only that post's points; the forms are (股室, 岗位, A角);
- ``局领导``, ``中心领导`` (a 股室 cell, a card's 所在股室, a group row, a sheet ``领导班子`` whose title names
  ``…局领导班子``) are the 科室 of those leaders; a 局's 股, 室, 站, 所 and 中心, a 中心's 部 and 股 are 科室;
- every 局 and 中心 here is a unit of its own: 局长, 副局长, a 中心's 主任 and 副主任 and the 融媒体中心's
  总编辑 (a 中心领导) are leaders; 股长, 站长, 部长 and the 普查中心's 主任 (a 局's 科室) middle; the rest
  (科员, 记者, 编辑, 受理员, 登簿员, 统计员, 执法员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``工作事项``, ``业务环节``, ``分管工作``, ``联系电话``
  and ``自查情况`` are no points and name no holder; the 融媒体中心's list names no person: its forms
  are posts (对岗不对人); in the 统计局 list the LAST column ``责任人`` names the holder;
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

PREFIX = "b273_"
PLACE = "布拖县"
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

# (股室, 岗位, A角, B角, tier, [(廉政风险点, 风险等级, 防控措施)])
WINDOWS = [
    ("中心领导", "主任", "拉马阿果", "苴俣清", "leader", [
        ("对不符合条件的登记申请打招呼、授意办理", "高", "重大、疑难登记事项集体会审，领导干预登记事项登记报告。"),
        ("登记系统管理员权限分配不规范", "中", "系统权限按岗位分配，权限变更经中心集体研究并留痕。"),
    ]),
    ("中心领导", "副主任", "苴俣清", "拉马阿果", "leader", [
        ("登记核定把关不严，为材料不全的申请核准登簿", "高", "核定实行抽查复核，错登错发追究核定人责任。"),
    ]),
    ("受理股", "受理员", "俄木日洛", "阙筠翊", "general", [
        ("对申请材料不一次性告知，故意刁难申请人", "中", "实行一次性告知和首问负责，办事群众评价结果纳入考核。"),
        ("为中介、熟人插队受理或容缺受理不符合条件的申请", "中", "受理叫号系统排号，容缺受理事项清单公开。"),
    ]),
    ("受理股", "受理员", "阙筠翊", "俄木日洛", "general", [
        ("私自收取登记费用或多收费用", "低", "登记费一律网上缴纳，收费标准窗口公示。"),
    ]),
    ("审核登簿股", "登簿员", "邴霡然", "吉克木果拉", "general", [
        ("初审、复审意见不实，对权属争议不核实即登簿", "高", "初审、复审、核定分离，权属争议一律暂缓登记并报告。"),
        ("擅自更改登记簿记载事项", "高", "登记簿更正须经审批，系统全程留痕，定期比对。"),
    ]),
    ("审核登簿股", "登簿员", "吉克木果拉", "邴霡然", "general", [
        ("查封、解封登记办理不及时，为被查封不动产办理转移登记", "高", "查封信息当日录入，转移登记前系统自动比对查封状态。"),
    ]),
    ("信息档案股", "股长", "鲜于籀澜", "沙马依作", "middle", [
        ("违规提供不动产登记资料查询，泄露权利人信息", "中", "查询凭身份证明和查询申请，查询记录留存备查。"),
        ("登记档案借阅、复制管理混乱，档案丢失", "低", "档案借阅登记，复制件加盖查询专用章。"),
    ]),
]  # fmt: skip


def butuo_realestate_ab_roles() -> dict:
    unit = f"{PLACE}不动产登记中心"
    sh = _Sheet("一览表", [6, 12, 10, 10, 10, 40, 9, 38])
    t = _Truth(unit)
    _line(sh, f"{unit}窗口岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位：{unit}{GAP * 14}填报时间：2025年5月", 8)
    sh.add("序号", "股室", "岗位", "A角", "B角", "廉政风险点", "风险等级", "防控措施")
    first = len(sh.rows)
    n = 0
    for dept, post, a, b, tier, points in WINDOWS:
        for point, lv, measures in points:
            n += 1
            sh.add(n, dept, post, a, b, point, lv, measures)
            t.point(sh.name, dept, post, a, tier, point, [], HML[lv])
    _per_person(sh, first, 1, 2, 3, 4)
    _line(
        sh, "注：A角为岗位责任人，B角为A角因公外出、休假时的顶岗人员；风险等级分高、中、低三级。", 8
    )
    sh.add("填表人：", None, None, "审核人：", None, "中心主任（签字）：", None, None)
    return _layout(
        "butuo_realestate_ab_roles",
        "https://m.jinchutou.com/shtml/8c2ce0f1bce441cab06f6f99b21638c1.html",
        "(harder) 县不动产登记中心 窗口岗位廉政风险防控一览表 under the AB角 工作制, after the source's 县不动产登记中心 职责及人员"
        "配置 (登记申请的初审、复审、核定登簿, 登记资料查询, 主任 and 副主任, 登记核定人): a title, a merged ``填报单位：…　"
        "填报时间：2025年5月`` line, then ``序号 | 股室 | 岗位 | A角 | B角 | 廉政风险点 | 风险等级 | 防控措施`` — 股室 merged "
        "(中心领导, 受理股, 审核登簿股, 信息档案股), 岗位, A角 and B角 merged per person, TWO NAME COLUMNS: A角 the holder, "
        "B角 the stand-in (often the A角 of the other post of the same 股室), 高/中/低, no type column; a merged ``注：A角为"
        "岗位责任人，B角为A角因公外出、休假时的顶岗人员；…`` line and a 填表人/审核人/中心主任（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def butuo_justice_list() -> dict:
    unit = f"{PLACE}司法局"
    sh = _Sheet("一览表", [6, 14, 10, 10, 38, 13, 8, 36])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年3月", 8)
    sh.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "吉木拉惹", "leader", [
            ("重大行政决策合法性审查走过场，未审先决", "制度机制风险", "高",
             "重大行政决策未经合法性审查不得提交集体讨论，审查意见存档。"),
            ("干部选拔任用、评先评优中优亲厚友", "思想道德风险", "中", "干部任用集体研究、全程纪实，评优结果公示。"),
        ]),
        ("局领导", "副局长", "皦岫沅", "leader", [
            ("行政复议案件受人情干扰，偏袒一方", "外部环境风险", "高", "复议案件集体审议，说情打招呼事项登记报告。"),
        ]),
        ("公共法律服务股", "股长", "冶璆澄", "middle", [
            ("法律援助申请审查把关不严，为不符合经济困难条件者提供援助", "岗位职责风险", "中",
             "经济困难状况实行个人承诺和部门核查，审批结果公示。"),
            ("指派法律援助案件向特定律师倾斜", "业务流程风险", "中", "援助案件轮流指派，指派记录每季度通报。"),
        ]),
        ("社区矫正股", "科员", "阿苏日体", "general", [
            ("违规批准社区矫正对象请假外出", "岗位职责风险", "高", "请假外出按权限审批，电子定位核查行踪。"),
            ("收受矫正对象及其亲属财物，考核奖惩弄虚作假", "思想道德风险", "高", "考核奖惩集体评议并公示，开展家访回访。"),
        ]),
        ("人民调解股", "科员", "弓霁篁", "general", [
            ("人民调解“以案定补”经费虚报案件数量", "制度机制风险", "低", "调解卷宗抽查核实，补贴经费按月公示。"),
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
    _line(sh, "注：风险等级分为高、中、低三级。", 8)
    sh.add("填表人：", None, None, "审核人：", None, "局长（签字）：", None, None)
    return _layout(
        "butuo_justice_list", "http://www.jiashan.gov.cn/art/2022/3/24/art_1229199097_2398136.html",
        "县司法局 岗位廉政风险防控一览表, after the source's 县司法局 法治政府建设 report (重大决策合法性审查, 行政复议, 法律援助, "
        "人民调解, 社区矫正): ``附件1``, a title, a merged ``填报单位（盖章）：…　填报时间：2025年3月`` line, then 序号/股室 "
        "merged (局领导, 公共法律服务股, 社区矫正股, 人民调解股)/岗位 and 姓名 merged per person/廉政风险点/风险类型 ``…风险``/"
        "风险等级 高/中/低/防控措施; a ``注：`` line and a 填表人/审核人/局长（签字） line",
        [sh], t,
    )  # fmt: skip


def butuo_veterans_cards() -> dict:
    unit = f"{PLACE}退役军人事务局"
    t = _Truth(unit)
    cards = [
        ("局长", "俄底阿各", "局长", "局领导", "leader", [
            ("主持全面工作", "大额资金使用、重大事项不经党组集体研究", "Ⅰ级", "严格执行“三重一大”集体决策制度，会议纪要存档。"),
            ("帮扶援助", "特殊困难援助对象审批中打招呼、优亲厚友", "Ⅱ级", "援助对象村、乡、县三级审核，名单公示七日。"),
        ]),
        ("优抚安置股", "濮阳蒨淞", "股长", "优抚安置股", "middle", [
            ("优抚对象年度确认", "对已死亡、服刑优抚对象不及时减员，继续发放抚恤补助", "Ⅰ级",
             "年度确认逐人核验，与公安、民政数据比对后减员。"),
            ("退役士兵安置", "安置岗位分配暗箱操作", "Ⅰ级", "安置岗位公开，按考试考核成绩排序选岗。"),
            ("光荣院供养", "供养对象入院审核不严", "Ⅲ级", "入院条件公开，审核结果集体研究。"),
        ]),
        ("褒扬纪念股", "斛沅芷", "科员", "褒扬纪念股", "general", [
            ("烈士纪念设施维护", "维护修缮项目虚报工程量", "Ⅱ级", "修缮项目验收拍照留存，结算送财政评审。"),
            ("悬挂光荣牌", "光荣牌、慰问品发放登记不全，私自截留", "Ⅲ级", "发放登记签字，乡镇服务站抽查回访。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, dept, tier, points in cards:
        sh = _Sheet(tab, [6, 16, 34, 10, 36, 4])
        _line(sh, f"{unit}岗位廉政风险防控卡", 6)
        sh.add("姓　名", who, "职　务", post, None, None)
        sh.add("所在股室", dept, "联系电话", "0834-8722" + str(100 + len(sheets)), None, None)
        r = sh.add("序号", "工作事项", "廉政风险点", "风险等级", "防控措施", None)
        sh.merge(r, 4, r, 5)
        for i, (duty, point, lv, measures) in enumerate(points, 1):
            r = sh.add(i, duty, point, lv, measures, None)
            sh.merge(r, 4, r, 5)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add("持卡人（签字）：", None, "分管领导（签字）：", None, "2025年4月", None)
        sheets.append(sh)
    return _layout(
        "butuo_veterans_cards", "http://www.kmwh.gov.cn/zzms/c/2026-02-02/7103904.shtml",
        "县退役军人事务局 岗位廉政风险防控卡, one sheet a holder (tabs 局长, 优抚安置股, 褒扬纪念股), after the source's 区退役军人"
        "事务局 法治政府建设 report (移交安置, 就业创业, 拥军优抚, 帮扶援助, 褒扬纪念, 光荣院): a title, ``姓　名 | … | 职　务 | …`` "
        "and ``所在股室 | … | 联系电话 | …``, then 序号/``工作事项``/廉政风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施 (merged over two "
        "cells); no type column; ``持卡人（签字）： | 分管领导（签字）： | 2025年4月``",
        sheets, t,
    )  # fmt: skip


def butuo_media_center_check() -> dict:
    unit = f"{PLACE}融媒体中心"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "部门", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "设备采购决策", "融媒体设备采购不经集体研究，指定品牌或供应商",
         "制度机制", "一级", "设备采购按政府采购程序实施，采购需求集体论证。"),
        ("中心领导", "总编辑", "leader", "稿件终审", "收受好处为企业刊发软文或压下负面稿件", "思想道德", "一级",
         "稿件实行三审三校，终审意见留痕。"),
        ("编辑部", "记者", "general", "新闻采访", "采访中索要、收受采访对象财物，搞有偿新闻", "外部环境", "二级",
         "采访对象发放廉洁回访卡，违规线索一查到底。"),
        ("编辑部", "编辑", "general", "新媒体发布", "擅自删改已审稿件或发布未经审核的信息", "岗位职责", "三级",
         "发布平台账号分级授权，发布记录系统留存。"),
        ("广告经营部", "部长", "middle", "广告合同签订", "擅自降低广告价格或给予回扣", "业务流程", "二级",
         "广告价格公开，优惠须经中心集体研究。"),
        ("广告经营部", "部长", "middle", "广告款收取", "广告款不入账、坐收坐支", "制度机制", "一级",
         "广告款一律对公收取，财务按月对账。"),
        ("技术保障部", "部长", "middle", "设备维修外包", "虚报维修项目和费用", "业务流程", "三级",
         "维修前报批，维修后验收签字。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), GRADES[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    _line(sh, "注：风险等级一级为高风险、二级为中风险、三级为低风险；本表对岗不对人。", 8)
    sh.add("编制：综合办公室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "butuo_media_center_check", "http://www.shenqiu.gov.cn/newslast_28625.html",
        "县融媒体中心 廉政风险点排查表 对岗不对人, after the source's 县融媒体中心 visited on its 监督管理 (创作中心, 编辑部, "
        "指挥大厅, 新媒体融合): a title, then ``序号 | 部门 | 岗位 | 风险点 | 风险表现 | 风险类型 | 风险等级 | 防控措施`` — "
        "部门 merged (中心领导, 编辑部, 广告经营部, 技术保障部), 岗位 merged per post, a short 风险点 beside a long 风险表现, short "
        "types, ``一级/二级/三级``; no names; a ``注：`` line and an ``编制：综合办公室 | 审核： | 2025年3月`` line",
        [sh], t,
    )  # fmt: skip


def butuo_drc_register() -> dict:
    unit = f"{PLACE}发展和改革局"
    sh = _Sheet("责任清单", [6, 14, 10, 10, 40, 9, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 7)
    sh.add("序号", "股室", "岗位", "责任人", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "海来曲者", "leader", [
            ("中央预算内投资项目申报择项不公，为关系企业争取资金", "★★★", "项目申报条件和入库结果公开，集体研究确定。"),
        ]),
        ("投资股", "股长", "訾昶湉", "middle", [
            ("项目审批、核准超时限或降低标准", "★★★", "审批事项网上办理，超时自动预警。"),
            ("项目资金下达后不跟踪，对挪用不报告", "★★", "资金下达后按季度调度，现场抽查。"),
        ]),
        ("粮食和物资储备股", "股长", "勒格拉铁", "middle", [
            ("储备粮轮换出库检验把关不严，质量不达标粮食出入库", "★★★", "轮换出入库逐批检验，检验报告须有质量安全结论。"),
            ("储备粮补贴核拨与实际库存不符", "★★", "补贴按核定库存拨付，库存与账面每季度核对。"),
        ]),
        ("价格认定中心", "科员", "滕珝霏", "general", [
            ("涉案财物价格认定受人情干扰", "★★", "认定实行两人以上，结论集体审核。"),
            ("认定资料保管不善、泄露", "★", "认定资料专柜保管，借阅登记。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], STARS[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 7)
    sh.add("制表：办公室", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "butuo_drc_register",
        "http://www.cqtn.gov.cn/bm/qczj/zwgk_25192/fdzdgknr/jxgl/202412/t20241219_13905660.html",
        "县发展和改革局 廉政风险防控责任清单, after the source's 区发改委 储备粮补贴 绩效评价 (轮换出库, 检验报告 without a 质量"
        "安全 结论, 绩效目标): a title, then 序号/股室 merged (局领导, 投资股, 粮食和物资储备股, 价格认定中心)/岗位 and "
        "``责任人`` merged per person/廉政风险点/风险等级 ``★★★/★★/★``/防控措施; no type column; a merged ``注：`` line on "
        "the stars and a ``制表：办公室 | 审核： | 2025年5月`` line",
        [sh], t,
    )  # fmt: skip


def butuo_hrss_selfchecks() -> dict:
    unit = f"{PLACE}人力资源和社会保障局"
    t = _Truth(unit)
    people = [
        ("副局长", "蒯岚翮", "女", "汉族", "局领导", "副局长", "leader", [
            ("职称评审", "职称评审中打招呼、降低条件推荐", "高", "评审专家随机抽取，评审结果公示。", "未发现问题"),
            ("事业单位招聘", "招聘条件因人设岗", "中", "招聘方案报县委组织部审核，全程纪实。", "已落实"),
        ]),
        ("就业股", "曲木拉哈", "男", "彝族", "就业股", "股长", "middle", [
            ("就业补贴审核", "就业补贴申报材料审核不严，虚报冒领", "高", "补贴对象信息与社保数据比对，发放名单公示。",
             "已落实"),
            ("职业技能培训", "培训机构虚报培训人数", "中", "培训全程视频签到，随机电话回访。", "未发现问题"),
        ]),
        ("劳动保障监察大队", "鞠砚峣", "男", "汉族", "劳动保障监察大队", "执法员", "general", [
            ("欠薪案件查处", "接受用人单位宴请，对欠薪案件降格处理", "高", "案件查处两人以上，处理结果告知投诉人。",
             "未发现问题"),
            ("农民工工资保证金", "违规返还工资保证金", "低", "保证金返还经集体审核，公示无异议后办理。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, sex, nation, dept, post, tier, points in people:
        sh = _Sheet(tab, [6, 14, 34, 12, 34, 12])
        _line(sh, f"{unit}干部职工廉政风险自查表", 6)
        sh.add("姓　名", "性　别", "民　族", "所在股室", "职　务", "填表时间")
        sh.add(who, sex, nation, dept, post, "2025年6月")
        sh.add("序号", "业务环节", "廉政风险点", "风险等级", "防控措施", "自查情况")
        for i, (step, point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, step, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        sh.add()
        sh.add("本人签名：", None, "股室负责人意见：", None, "局长审核：", None)
        sheets.append(sh)
    return _layout(
        "butuo_hrss_selfchecks", "https://www.sgf2.com/58758/58764/58775/content_1969147.html",
        "县人力资源和社会保障局 干部职工廉政风险自查表, one sheet a person (tabs 副局长, 就业股, 劳动保障监察大队), after the "
        "source's 县人社局 绩效自评 (基金征缴, 就业补贴, 职业技能培训, 劳动监察 欠薪, 人事人才): a title, a label row ``姓　名 | "
        "性　别 | 民　族 | 所在股室 | 职　务 | 填表时间`` over a row of values, then 序号/``业务环节``/廉政风险点/风险等级 高/中/低/"
        "防控措施/``自查情况``; no type column; a blank row and ``本人签名： | 股室负责人意见： | 局长审核：``",
        sheets, t,
    )  # fmt: skip


def butuo_agri_two_sheets() -> dict:
    unit = f"{PLACE}农业农村局"
    t = _Truth(unit)
    lead = _Sheet("领导班子", [6, 10, 8, 18, 36, 10, 10, 32])
    _line(lead, f"{unit}领导班子廉政风险防控表", 8)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险类型", "风险等级", "防控措施")
    leaders = [
        ("阿的古哈", "局长", "主持全面工作", [
            ("农业专项资金分配不经集体研究", "制度机制", "高风险", "专项资金分配方案党组会研究，分配结果公示。"),
        ]),
        ("蔺沣湄", "副局长", "分管项目建设", [
            ("项目验收走过场，为不合格项目出具验收意见", "岗位职责", "高风险", "验收组随机组成，验收资料影像留存。"),
            ("插手项目施工队伍选定", "思想道德", "中风险", "领导干部插手干预事项登记报告。"),
        ]),
    ]  # fmt: skip
    n = 0
    for who, post, duty, points in leaders:
        for point, typ, lv, measures in points:
            n += 1
            lead.add(n, who, post, duty, point, typ, lv, measures)
            t.point(lead.name, "局领导", post, who, "leader", point, types_in(typ), BANDS[lv])
    _merge_down(
        lead, 2, [(1, lambda row: row[1]), (2, lambda row: row[1]), (3, lambda row: row[1])]
    )
    staff = _Sheet("股室站所", [6, 14, 10, 10, 36, 10, 10, 32])
    _line(staff, f"{unit}股室站所廉政风险防控表", 8)
    staff.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("计划财务股", "股长", "冉霂泱", "middle", [
            ("项目资金拨付不按进度和验收结果", "业务流程", "高风险", "资金拨付凭验收报告，分期拨付。"),
            ("补助资金发放名单不公示", "制度机制", "中风险", "补助名单在村务公开栏公示七日。"),
        ]),
        ("农村经营管理站", "站长", "马海拉则", "middle", [
            ("农民合作社项目申报材料审核不严", "岗位职责", "中风险", "申报材料实地核查，核查人签字。"),
        ]),
        ("农业技术推广站", "科员", "邛翯瑄", "general", [
            ("良种、化肥等物资发放虚报冒领", "外部环境", "低风险", "物资发放到户登记签字，乡镇抽查。"),
        ]),
    ]  # fmt: skip
    first = len(staff.rows)
    for dept, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            staff.add(n, dept, post, who, point, typ, lv, measures)
            t.point(staff.name, dept, post, who, tier, point, types_in(typ), BANDS[lv])
    _per_person(staff, first, 1, 2, 3)
    staff.add()
    staff.add("填报人：", None, None, "审核人：", None, "2025年4月", None, None)
    return _layout(
        "butuo_agri_two_sheets", "http://www.sanmen.gov.cn/art/2023/3/17/art_1229320589_3858903.html",
        "县农业农村局 廉政风险防控表 in two sheets, after the source's 县农业农村局 专项资金和项目管理办法 (项目申报, 验收, 资金"
        "拨付, 公示, 农民专业合作组织): ``领导班子`` — a title, ``序号 | 姓名 | 职务 | 分管工作 | 廉政风险点 | 风险类型 | 风险"
        "等级 | 防控措施`` (姓名, 职务, 分管工作 merged per person); ``股室站所`` — a title, 序号/股室 merged/岗位 and 姓名 merged "
        "per person/…; short types, ``高风险/中风险/低风险``; a blank row and a 填报人/审核人/date line (序号 running on "
        "across the two sheets)",
        [lead, staff], t,
    )  # fmt: skip


def butuo_stats_groups() -> dict:
    unit = f"{PLACE}统计局"
    sh = _Sheet("清单", [6, 10, 38, 10, 12, 34, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点清单", 7)
    sh.add("序号", "岗位", "廉政风险点", "风险类别", "风险等级", "防控措施", "责任人")
    groups = [
        ("一、局领导", "局领导", [
            ("局长", "吉伍伍牛", "leader", [
                ("干预统计数据，授意修改统计资料", "思想道德", "一级风险", "严格执行防范和惩治统计造假责任制，干预数据登记报告。"),
            ]),
        ]),
        ("二、统计执法股", "统计执法股", [
            ("股长", "谯霁岑", "middle", [
                ("统计执法检查中对违法企业降格处理", "岗位职责", "一级风险", "执法检查双随机抽取，处罚结果公示。"),
                ("执法案卷资料不全，程序不规范", "制度机制", "三级风险", "案卷年度评查，问题通报整改。"),
            ]),
        ]),
        ("三、综合核算股", "综合核算股", [
            ("统计员", "沙马尔曲", "general", [
                ("审核企业报表不严，对虚报数据不查询更正", "业务流程", "二级风险", "报表审核留痕，异常数据必须核实。"),
                ("违规对外提供未公布的统计资料", "岗位职责", "二级风险", "统计资料发布经局审核，对外提供登记。"),
            ]),
        ]),
        ("四、普查中心", "普查中心", [
            ("主任", "甘湉澍", "middle", [
                ("普查经费支出审核不严，虚报普查员劳务费", "制度机制", "二级风险", "劳务费按实际工作量发放，名单公示。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for head, dept, people in groups:
        _line(sh, head, 7)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for point, typ, lv, measures in points:
                n += 1
                sh.add(n, post, point, typ, lv, measures, who)
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), RISKS[lv])
        person = lambda row: (row[1], row[6])  # noqa: E731
        _merge_down(sh, first, [(1, person), (6, person)])
    _line(sh, "注：风险等级分为一级风险、二级风险、三级风险，一级风险为最高。", 7)
    sh.add("编制人：", None, "审核人：", None, "局长（签字）：", None, None)
    return _layout(
        "butuo_stats_groups", "http://www.fymate.net/html/text/lar/169650/16965057_2.html",
        "县统计局 廉政风险点清单, after the source's 县统计局 职责 (统计数据质量监控, 查询和订正, GDP 核算, 统计资料管理与信息"
        "发布, 统计执法案卷, 普查): a title, then 序号/岗位 merged per person/廉政风险点/风险类别 (short names)/风险等级 ``一级"
        "风险/二级风险/三级风险``/防控措施/a LAST ``责任人`` column (merged per person) under GROUP ROWS ``一、局领导``, "
        "``二、统计执法股``, ``三、综合核算股``, ``四、普查中心`` merged across (no 股室 column); a ``注：`` line and an "
        "编制人/审核人/局长（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    butuo_realestate_ab_roles(),
    butuo_justice_list(),
    butuo_veterans_cards(),
    butuo_media_center_check(),
    butuo_drc_register(),
    butuo_hrss_selfchecks(),
    butuo_agri_two_sheets(),
    butuo_stats_groups(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch273-inbox"))

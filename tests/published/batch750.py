"""The seven-hundred-and-fiftieth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one city's 住建 and 城管
bodies, 庄河市 (of 大连市, 辽宁省) — its 住房和城乡建设局, 城市管理综合行政执法局, 城市管理综合行政执法大队,
户外广告管理所, 市政设施维护中心, 房产服务中心, 房地产市场服务中心 and 昌盛街道城管执法中队 — each handing
back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 城市管理综合行政执法局's 一览表 in TWO SHEETS ``局领导`` (``姓名 | 职务 | 分管工作`` merged per
  leader) and ``科室`` (``科室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 执法大队's 排查表 对岗不对人: ``中队/科室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 户外广告管理所's 清单 under GROUP ROWS ``一、所领导`` … (no 科室 column), ``岗位 | 姓名`` merged per
  person, ``Ⅰ级/Ⅱ级/Ⅲ级``;
- the 市政设施维护中心's 自查表, one sheet a person: a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间``
  over a row of values, ``★★★/★★/★`` read by a ``注：`` line, ``自查情况``;
- the 房产服务中心's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` and a merged 工作职责 line,
  高/中/低, 持卡人（签字）;
- the 房地产市场服务中心's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on
  EVERY row, short types, ``一级风险/二级风险/三级风险``;
- the 昌盛街道城管执法中队's 排查登记表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别``
  (short names), ``高风险/中风险/低风险``, a ``注：`` line.

One is harder:

- ``zhuanghe_housing_bureau_post_grades``: the 住房和城乡建设局's 岗位廉政风险防控一览表 has NO LEVEL
  COLUMN (``序号 | 科室 | 岗位 | 姓名 | 廉政风险点 | 防控措施``); a ``注：`` line under the title says each
  point takes the grade of ITS POST, and under the list a small ``岗位风险等级评定表`` (``风险等级 | 岗位``,
  the 岗位 cell merged across) lists, per grade, the posts of that grade — ``一级风险岗位 | 局长、副局长、
  建筑市场管理科科长``, ``二级风险岗位 | …``, ``三级风险岗位 | …`` — a post of a 科室 written as
  科室+岗位. A point's level is found only by looking its row's post (and 科室) up in that grading.
  The README's 读得懂的表 knows levels by a note keyed by 序号, by the row's supervisor's post, by
  control tiers a row fills, by a level cell listing point numbers, and holders looked up in a
  分级管控 roster by level and 科室 (the other way round); it does not describe a grading of POSTS
  (``一级风险岗位：…``) that gives every point of a post its level (its own lines ``以上为高风险岗位``
  grade nothing).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (丹东's 供热监管 — 供热设施改造,
供热价格听证, 服务质量考核, 应急; an essay on 城管执法体制 — 执法范围, 相对集中处罚权, 市容环卫, 市政公用;
a comment on 违建 and 城管 — 违法建筑, 查处, 拆除; a page on 路边广告牌 审批 — 申请, 审查, 批准, 安装维护;
an essay on 市政工程 management — 道路, 排水, 路灯, 环卫设施, 管养; a page on 二手房 资金监管; a page on
商品房预售资金监管办法; a city's 户外广告 rules — 临时性户外广告, 开业庆典, 设置期限, 清除) and the layout
follows their words for the unit, its parts, its posts and its risks. The rows are worded by us,
the names invented (the rare surnames 阙 and 巫马 with rare given names); every unit is a body of
庄河市.

Run ``python tests/published/score.py --set batch750`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file every point's level is its post's grade in the ``岗位风险等级评定表`` under the
  list (``一级风险岗位`` 1, ``二级风险岗位`` 2, ``三级风险岗位`` 3); the grading's rows, its title and the
  ``注：`` line are no points and name no holder; ``局领导`` is the leaders' 科室 cell;
- every body is a unit of its own: 局长, 副局长, 大队长, 所长, 主任 (of a 中心) and 中队长 (of the 中队 that
  is the unit) are leaders; 科长, 股长, 中队长 of a 大队's 中队 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``工作职责``, ``自查情况`` and
  ``填表时间`` are no points and name no holder; the 执法大队's list names no person (对岗不对人);
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

PREFIX = "b750_"
PLACE = "庄河市"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
POST_GRADES = {"一级风险岗位": 1, "二级风险岗位": 2, "三级风险岗位": 3}
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# (科室, 岗位, 姓名, tier, [(廉政风险点, 防控措施)])
BUREAU = [
    ("局领导", "局长", "阙舣澄", "leader", [
        ("供热企业经营许可和年度考核中打招呼、放宽条件", "供热经营许可经局长办公会集体研究，考核结果公开。"),
        ("老旧供热管网改造项目插手工程招投标", "改造项目一律进入公共资源交易平台，领导干部不打招呼。"),
    ]),
    ("局领导", "副局长", "巫马楫川", "leader", [
        ("供热价格听证前与企业私下沟通，偏袒企业", "价格听证材料公开，听证代表随机产生。"),
        ("城建项目变更签证审批把关不严", "变更签证经技术论证和集体审核。"),
    ]),
    ("供热管理科", "科长", "阙蘅渟", "middle", [
        ("供热服务质量考核打分随意、弄虚作假", "考核由市民代表参与，评分表存档备查。"),
        ("供热应急抢修资金拨付不按实际工程量核定", "抢修工程量现场核实，资金拨付经审计。"),
    ]),
    ("建筑市场管理科", "科长", "巫马溆", "middle", [
        ("建筑业企业资质初审放宽标准", "资质初审双人审核，结果网上公示。"),
        ("施工许可办理中索要好处、故意拖延", "施工许可网上办理，超时自动预警。"),
    ]),
    ("建筑市场管理科", "科员", "阙琮湉", "general", [
        ("建筑市场检查中对违法分包、转包隐瞒不报", "检查结果录入监管平台，科长抽查复核。"),
    ]),
    ("财务审计科", "会计", "巫马琇澜", "general", [
        ("供热补贴资金核算不实，虚列支出", "补贴资金专账核算，按季度对账。"),
    ]),
]  # fmt: skip

# (风险等级, 该级的岗位 as written, (科室, 岗位) of those posts)
GRADING = [
    ("一级风险岗位", "局长、副局长、建筑市场管理科科长",
     [("局领导", "局长"), ("局领导", "副局长"), ("建筑市场管理科", "科长")]),
    ("二级风险岗位", "供热管理科科长、财务审计科会计", [("供热管理科", "科长"), ("财务审计科", "会计")]),
    ("三级风险岗位", "建筑市场管理科科员", [("建筑市场管理科", "科员")]),
]  # fmt: skip


def _post_grade(dept: str, post: str) -> int:
    return next(POST_GRADES[g] for g, _text, posts in GRADING if (dept, post) in posts)


def zhuanghe_housing_bureau_post_grades() -> dict:
    unit = f"{PLACE}住房和城乡建设局"
    sh = _Sheet("一览表", [6, 14, 9, 9, 40, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 6)
    _line(
        sh,
        "注：各风险点的风险等级按所在岗位的风险等级确定，岗位风险等级见本表下方《岗位风险等级评定表》。",
        6,
    )
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "防控措施")
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in BUREAU:
        for point, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, measures)
            t.point(sh.name, dept, post, who, tier, point, [], _post_grade(dept, post))
    _per_person(sh, first, 1, 2, 3)
    sh.add()
    _line(sh, "岗位风险等级评定表", 6)
    r = sh.add("风险等级", None, "岗位", None, None, None)
    sh.merge(r, 0, r, 1)
    sh.merge(r, 2, r, 5)
    for grade, text, _posts in GRADING:
        r = sh.add(grade, None, text, None, None, None)
        sh.merge(r, 0, r, 1)
        sh.merge(r, 2, r, 5)
    sh.add("制表：办公室", None, "审核：", None, "2025年6月", None)
    return _layout(
        "zhuanghe_housing_bureau_post_grades",
        "https://www.mifoxo.com/news/jie-mi-dan-dong-gong-re-jian-guan-bao-zhang-min-sheng-wen-nuan-bei-hou-de-mi-mi-yu-tiao-zhan.html",
        "(harder) 市住房和城乡建设局 岗位廉政风险防控一览表, after the source's 丹东 供热监管 (供热设施改造, 供热价格听证, "
        "服务质量考核, 应急): a title, a merged ``注：`` line saying each point takes its POST's grade, then 序号/科室 "
        "merged/岗位 and 姓名 merged per person/廉政风险点/防控措施 with NO LEVEL COLUMN; under the list a "
        "``岗位风险等级评定表`` (``风险等级 | 岗位``, merged) naming per grade the posts of that grade (``一级风险岗位 | "
        "局长、副局长、建筑市场管理科科长`` …), so every point's level is its post's grade; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def zhuanghe_urban_management_bureau_two_sheets() -> dict:
    unit = f"{PLACE}城市管理综合行政执法局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 20, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("阙溥霁", "局长", "主持全面工作", [
            ("相对集中行政处罚权重大案件处理个人说了算", "一级", "重大案件经局案审委员会集体审议。"),
            ("环卫作业市场化项目发包中干预选定作业公司", "一级", "作业服务项目公开招标，合同公示。"),
        ]),
        ("巫马琬沚", "副局长", "分管市容环卫、市政公用", [
            ("市政公用设施占用、挖掘审批放宽条件", "二级", "审批条件公开，现场勘查双人进行。"),
            ("生活垃圾处理费减免审核不严", "二级", "减免名单公示，财务按季度核对。"),
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
    dept = _Sheet("科室", [6, 14, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}科室廉政风险防控一览表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("法制科", "科长", "阙珮渚", "middle", "行政处罚案件法制审核走过场，降低处罚标准", "一级",
         "案件审核实行承办人、科长两级签字。"),
        ("法制科", "科员", "巫马霁沄", "general", "罚没款收缴不及时入账", "二级", "罚没款一律通过非税收入系统缴纳。"),
        ("市容环卫科", "科长", "阙滢屾", "middle", "环卫作业质量考核打人情分", "二级", "考核由第三方参与，结果公示。"),
        ("市容环卫科", "科长", "阙滢屾", "middle", "接受环卫作业公司宴请、礼品", "三级", "签订廉洁承诺书，节前提醒。"),
        ("办公室", "主任", "巫马昀汐", "middle", "执法装备采购不按规定比价", "三级", "采购经三家比价，集体确定。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "zhuanghe_urban_management_bureau_two_sheets", "https://haolvshi.com.cn/content/0nswww170402/20806.html",
        "市城市管理综合行政执法局 廉政风险防控一览表 in TWO SHEETS, after the source's essay on 城管执法体制 (相对集中行政处罚权, "
        "市容环卫, 市政公用, 执法范围): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 科室 with 科室 merged "
        "and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def zhuanghe_enforcement_brigade_posts() -> dict:
    unit = f"{PLACE}城市管理综合行政执法大队"
    sh = _Sheet("排查表", [6, 14, 10, 16, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "中队/科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("大队领导", "大队长", "leader", "违法建设查处", "对违法建筑查而不拆、以罚代拆", "岗位职责风险", "高",
         "违建查处台账公开，拆除决定集体研究。"),
        ("一中队", "中队长", "middle", "违建巡查", "巡查发现违建隐瞒不报，通风报信", "思想道德风险", "高",
         "巡查轨迹定位记录，大队随机抽查。"),
        ("一中队", "中队长", "middle", "强制拆除组织", "拆除中损坏、私分当事人物品", "业务流程风险", "中",
         "拆除全程执法记录仪录像，物品清点登记。"),
        ("二中队", "执法队员", "general", "违建立案", "选择性立案、人情执法", "制度机制风险", "中",
         "立案审批网上流转，案件编号统一管理。"),
        ("二中队", "执法队员", "general", "当事人约谈", "接受违建当事人吃请", "外部环境风险", "低",
         "约谈在执法办公室进行，双人在场。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合科", None, None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "zhuanghe_enforcement_brigade_posts", "http://www.dezenewtech.com/webdiceng.php?id=52839",
        "市城管执法大队 岗位廉政风险点排查表 对岗不对人, after the source's comment on 违建 and 城管 (违法建筑, 查处, 拆除, 进不去门): "
        "a title, 序号/中队/科室 merged/岗位 merged per post/a short 风险点/a long 风险表现/风险类型 ``…风险``/风险等级 "
        "高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def zhuanghe_billboard_office_group_rows() -> dict:
    unit = f"{PLACE}户外广告管理所"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、所领导", "所领导", [
            ("所长", "阙璘翾", "leader", [
                ("大型户外广告设置审批中违规放行", "Ⅰ级", "大型广告设置经所务会集体研究。"),
            ]),
        ]),
        ("二、审批股", "审批股", [
            ("股长", "巫马澈岚", "middle", [
                ("广告牌设置申请材料审查不严", "Ⅰ级", "申请材料一次性告知，审查意见留痕。"),
                ("审批时限内故意拖延，吃拿卡要", "Ⅱ级", "审批时限公开，超时督办。"),
            ]),
        ]),
        ("三、巡查股", "巡查股", [
            ("股长", "阙霈潆", "middle", [
                ("对未经审批的广告牌不依法查处", "Ⅱ级", "巡查问题录入数字城管平台闭环处置。"),
            ]),
            ("巡查员", "巫马璇渚", "general", [
                ("广告牌安装维护检查走过场", "Ⅲ级", "检查拍照上传，股长抽查。"),
                ("接受广告公司礼品、购物卡", "Ⅲ级", "签订廉洁承诺书。"),
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
                t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "zhuanghe_billboard_office_group_rows", "http://whggw.com.cn/post/8uttaa2f.html",
        "市户外广告管理所 廉政风险防控责任清单, after the source's page on 路边广告牌 审批 (申请, 审查, 批准或拒绝, 安装和维护): "
        "a title, 序号/岗位/姓名/廉政风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施 under GROUP ROWS ``一、所领导``, "
        "``二、审批股``, ``三、巡查股`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def zhuanghe_municipal_facilities_selfchecks() -> dict:
    unit = f"{PLACE}市政设施维护中心"
    t = _Truth(unit)
    people = [
        ("阙岚澥", "中心领导", "主任", "leader", [
            ("道路维修工程量签证虚增", "★★★", "工程量现场三方签认，影像存档。", "已落实"),
            ("排水管网清淤项目化整为零直接发包", "★★", "项目按限额标准采购。", "未发现问题"),
        ]),
        ("巫马汀蘅", "路灯管理科", "科长", "middle", [
            ("路灯维修材料采购以次充好", "★★", "材料入库验收，专人保管。", "已落实"),
            ("接受施工单位宴请", "★", "严守中央八项规定精神。", "已落实"),
        ]),
        ("阙劭骞", "环卫设施科", "科员", "general", [
            ("垃圾中转站运维费用审核不严", "★★★", "运维费用按月审核，附运行记录。", "未发现问题"),
            ("公厕保洁考核记录弄虚作假", "★", "考核拍照留痕，科长抽查。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在科室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年6月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], STARS[lv])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 5)
        sh.add("本人签名：", None, "主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "zhuanghe_municipal_facilities_selfchecks", "https://www.lanyancloud.com/news/2014846226557726720",
        "市市政设施维护中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's essay on "
        "市政工程 management (道路, 排水, 路灯, 环卫设施, 管养): a title, a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间`` "
        "over a row of values, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施/``自查情况``; a ``注：`` line; "
        "``本人签名： | 主任意见：``",
        sheets, t,
    )  # fmt: skip


def zhuanghe_housing_service_cards() -> dict:
    unit = f"{PLACE}房产服务中心"
    t = _Truth(unit)
    cards = [
        ("主任", "阙瑢菁", "主任", "主持中心全面工作", "leader", [
            ("存量房交易资金监管账户违规划转", "高", "监管资金划转经买卖双方确认、中心集体审核。"),
            ("房屋交易登记中为中介机构违规开绿灯", "中", "登记材料一次性告知，窗口办理全程录像。"),
        ]),
        ("资金监管员", "巫马翊澄", "资金监管员", "协助办理交易资金监管", "general", [
            ("交易资金解冻审核不严，提前拨付", "高", "解冻凭不动产登记结果办理，双人复核。"),
            ("泄露交易当事人信息", "中", "信息查询留痕，定期检查。"),
            ("接受中介机构礼品", "低", "签订廉洁承诺书。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("工作职责", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, lv, measures) in enumerate(items, 1):
            sh.add(i, point, lv, measures)
            t.point(sh.name, "", post, who, tier, point, [], HML[lv])
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "zhuanghe_housing_service_cards", "https://um.sanwen.net/special/efenaf.html",
        "市房产服务中心 岗位廉政风险防控卡, one sheet a person, after the source's page on 二手房 资金监管 (监管账户, 解冻, 划转): "
        "a title, ``姓　名 | … | 职　务 | …`` and a merged 工作职责 line, then 序号/风险点/风险等级 高/中/低/防控措施; "
        "持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def zhuanghe_real_estate_market_list() -> dict:
    unit = f"{PLACE}房地产市场服务中心"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 11, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "巫马蘩", "leader", "商品房预售资金监管额度核定中偏袒开发企业", "制度机制", "一级风险",
         "监管额度按项目建安成本核定，集体审议。"),
        ("预售监管科", "科长", "阙昶榭", "middle", "预售资金拨付不按工程节点审核", "业务流程", "一级风险",
         "拨付凭监理确认的工程节点，双人审核。"),
        ("预售监管科", "科员", "巫马渫", "general", "网签备案合同审核不严", "岗位职责", "二级风险",
         "网签备案系统自动校验，科长抽查。"),
        ("市场管理科", "科长", "阙瑀汀", "middle", "房地产中介机构备案检查走过场", "岗位职责", "二级风险",
         "检查结果公示，接受举报。"),
        ("市场管理科", "科员", "巫马骊", "general", "接受开发企业宴请、购房优惠", "思想道德", "三级风险",
         "签订廉洁承诺书，家属购房报告。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), RISKS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "zhuanghe_real_estate_market_list", "http://fengdujob.net/go/住建部商品房预售资金监管办法河北省.html",
        "市房地产市场服务中心 岗位廉政风险防控一览表, after the source's page on 商品房预售资金监管办法 (监管额度, 工程节点, 拨付, "
        "网签备案): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 written on EVERY "
        "row/廉政风险点/风险类型 (short names)/风险等级 ``一级风险/二级风险/三级风险``/防控措施; a 填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


def zhuanghe_changsheng_squadron_register() -> dict:
    unit = f"{PLACE}昌盛街道城管执法中队"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 12, 10, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("中队领导", "中队长", "阙芃岫", "leader", [
            ("临时性户外广告设置审批违规放宽期限", "制度机制", "高风险", "临时广告审批期限公开，到期清除登记。"),
            ("开业庆典占道审批收受好处", "思想道德", "中风险", "占道审批网上公示。"),
        ]),
        ("执法组", "组长", "巫马岷", "middle", [
            ("逾期未清除的临时广告不予查处", "岗位职责", "高风险", "逾期广告清单化管理，中队长督办。"),
        ]),
        ("执法组", "执法队员", "阙淼骐", "general", [
            ("店外经营、乱摆乱放处罚畸轻畸重", "业务流程", "中风险", "按自由裁量基准处罚，案卷评查。"),
            ("暂扣物品登记不全、私自处置", "业务流程", "低风险", "暂扣物品入库登记，定期清点。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为高风险、中风险、低风险三级。", 8)
    sh.add("编制人：", None, "审核人：", None, "2025年4月", None, None, None)
    return _layout(
        "zhuanghe_changsheng_squadron_register", "http://fsou.com/html/text/lar/174039/17403928_2.html",
        "街道城管执法中队 廉政风险点排查登记表, after the source's 户外广告 rules (临时性户外广告, 开业庆典, 批准期限, 逾期清除): "
        "a title, 序号/科室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 "
        "``高风险/中风险/低风险``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    zhuanghe_housing_bureau_post_grades(),
    zhuanghe_urban_management_bureau_two_sheets(),
    zhuanghe_enforcement_brigade_posts(),
    zhuanghe_billboard_office_group_rows(),
    zhuanghe_municipal_facilities_selfchecks(),
    zhuanghe_housing_service_cards(),
    zhuanghe_real_estate_market_list(),
    zhuanghe_changsheng_squadron_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch750-inbox"))

"""The one-thousand-and-eleventh batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: the 林业, 教育, 交通, 医保 and 乡村 bodies of one county, 岑巩县
(黔东南苗族侗族自治州, 贵州省) — its 思旸镇人民政府, the 衙院村, the 林业局, the 教育局, the 交通运输局,
the 医疗保障局, the 残疾人联合会 and the 市场监督管理局 — each handing back the 一览表, 清单, 排查表 or
自查表 its staff typed in WPS or Excel:

- the 思旸镇人民政府's 清单 under GROUP ROWS ``一、镇领导``, ``二、林业站``, ``三、财政所`` (no 科室 column),
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 衙院村's 清单: ``职务 | 姓名`` on every row, ``一级/二级/三级``, no type column;
- the 林业局's 一览表: ``股室`` merged, ``职务 | 姓名`` merged per person, ``…风险`` types, 高/中/低;
- the 教育局's 责任清单: ``科室 | 岗位 | 责任人`` on every row, short types under ``风险类别``,
  ``高风险/中风险/低风险``;
- the 交通运输局's 清单 对岗不对人: ``科室`` and ``岗位`` merged, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 医疗保障局's 排查表: ``科室`` merged, ``岗位 | 姓名`` merged per person, a short ``风险点`` beside a
  long ``风险表现``, ``高风险/中风险/低风险``, no type column;
- the 残疾人联合会's 自查表, one sheet a person: ``姓　名 | 职　务 | 自查日期`` over a row of values,
  高/中/低, ``防控措施 | 自查情况``.

One is harder:

- ``cengong_market_level_after_dash``: the 市场监督管理局's 一览表 with NO LEVEL COLUMN, each point's
  level written INSIDE its own cell after a dash (``食品抽检样品调包——一级``, ``…——二级``,
  ``…——三级``), a type column beside it. docs/layouts.md knows a level in brackets at either end
  of the point (``违规审批（高）``, ``【一级】…``), a point opening with ``一级风险点：``, a level
  sub-row, a type after a dash (``…——思想道德风险``) and a level after a dash in the 序号 cell
  (``6-二级风险``); not a level after a dash closing the point's own cell.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the rows are worded by us, the names invented (the rare compound surnames
出大汗 and 没鹿回 with rare given names); every unit is a body of 岑巩县.

Run ``python tests/published/score.py --set batch1011`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the words after the closing dash are the point's level, no part of the point;
  the point is the words before the dash;
- ``镇领导``, ``局领导`` are the 科室 of the leaders; the 村's and the 残联's people have no 科室 where no
  column gives one; 镇长, 局长, 副局长, 村党支部书记, 理事长 are leaders; 股长, 站长, 所长, 主任 middle;
  the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``自查情况`` and ``自查日期`` are no points; the
  交通运输局's list names no person: its forms are posts;
- 高/中/低, ``一级/二级/三级``, ``一级风险/…``, ``高风险/中风险/低风险`` and ``Ⅰ级/Ⅱ级/Ⅲ级`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b1011_"
PLACE = "岑巩县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
DASH = "——"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# (股室, 职务, 姓名, tier, 廉政风险点, its level after the dash, 风险类型, 防控措施): one row each
DASHED = [
    ("局领导", "局长", "出大汗翀琰", "leader", "食品抽检样品调包", "一级", "岗位职责风险",
     "抽检样品双人封样，检验机构随机分配。"),
    ("局领导", "局长", "出大汗翀琰", "leader", "接受被监管企业宴请", "二级", "思想道德风险",
     "签订廉洁承诺书，节前廉政提醒。"),
    ("食品安全股", "股长", "没鹿回沄翾", "middle", "食品经营许可现场核查走过场", "一级", "业务流程风险",
     "现场核查两人以上，影像留存。"),
    ("食品安全股", "股长", "没鹿回沄翾", "middle", "对违规小作坊通风报信", "二级", "外部环境风险",
     "检查计划保密，随机抽取检查对象。"),
    ("计量股", "科员", "出大汗璘", "general", "集贸市场电子秤检定收费不规范", "二级", "制度机制风险",
     "收费标准公示，票据统一管理。"),
    ("计量股", "科员", "出大汗璘", "general", "加油机计量检定数据随意填写", "三级", "岗位职责风险",
     "检定记录复核签字。"),
]  # fmt: skip


def cengong_market_level_after_dash() -> dict:
    unit = f"{PLACE}市场监督管理局"
    sh = _Sheet("一览表", [6, 14, 10, 10, 44, 14, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "股室", "职务", "姓名", "廉政风险点", "风险类型", "防控措施")
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, lv, typ, measures) in enumerate(DASHED, 1):
        sh.add(n, dept, post, who, f"{point}{DASH}{lv}", typ, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, "2025年5月", None)
    return _layout(
        "cengong_market_level_after_dash", "http://www.jizihe.com/page/2019/0215/18272513.shtml",
        "(harder) 县市场监督管理局 岗位廉政风险防控一览表 with NO LEVEL COLUMN, each point's level written INSIDE its "
        "own cell after a dash (``…——一级``, ``…——二级``, ``…——三级``), after the source's study of 西南 农村's "
        "传统生计 (半工半耕, 生态智慧): a title, 序号/股室 merged/职务 and 姓名 merged per person/廉政风险点 ``…——级别``/"
        "风险类型 ``…风险``/防控措施; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def cengong_siyang_town_group_rows() -> dict:
    unit = f"{PLACE}思旸镇人民政府"
    sh = _Sheet("清单", [6, 10, 12, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、镇领导", "镇领导", [
            ("镇长", "没鹿回璟琛", "leader", [
                ("油茶产业奖补资金分配个人说了算", "一级风险", "奖补资金经镇党政联席会议集体研究。"),
                ("集镇改造工程指定施工队伍", "一级风险", "工程按规定比选，结果公示。"),
            ]),
        ]),
        ("二、林业站", "林业站", [
            ("站长", "出大汗沨瑗", "middle", [
                ("林木采伐伐区设计弄虚作假", "二级风险", "伐区设计两人以上现场复核。"),
            ]),
            ("护林员", "没鹿回岍", "general", [
                ("巡山记录虚报", "二级风险", "巡山轨迹定位打卡。"),
                ("生态护林员补助代领", "三级风险", "补助直接发放到本人账户。"),
            ]),
        ]),
        ("三、财政所", "财政所", [
            ("所长", "出大汗璆澜", "middle", [
                ("惠民资金“一卡通”发放审核把关不严", "二级风险", "发放名单与台账比对后公示。"),
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
    sh.add("填表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "cengong_siyang_town_group_rows", "http://www.dg-xinl.com/html/2011/jp_1111/14603.shtml",
        "镇人民政府 岗位廉政风险防控清单 under GROUP ROWS, after the source's news of a 县's ``一村一品`` (专业村, 山茶油, "
        "山核桃基地): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施, group rows "
        "``一、镇领导``, ``二、林业站``, ``三、财政所`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def cengong_yayuan_village_list() -> dict:
    unit = f"{PLACE}衙院村民委员会"
    sh = _Sheet("清单", [6, 14, 12, 40, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}小微权力廉政风险防控清单", 6)
    sh.add("序号", "职务", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("村党支部书记", "没鹿回翾沅", "leader", "村集体经济合作社分红方案不公开", "一级", "分红方案村民大会表决。"),
        ("村党支部书记", "没鹿回翾沅", "leader", "村组道路硬化工程指定施工方", "一级", "工程“四议两公开”，村民代表监督。"),
        ("村委会副主任", "出大汗琤", "general", "低保评议优亲厚友", "二级", "评议结果张榜公示。"),
        ("村报账员", "没鹿回瀞", "general", "集体收入坐收坐支", "二级", "收入及时入账，按季公开。"),
        ("村报账员", "没鹿回瀞", "general", "白条入账", "三级", "报账经村务监督委员会审核。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    sh.add("村务监督委员会意见：", None, None, "2025年5月", None, None)
    return _layout(
        "cengong_yayuan_village_list", "https://www.zgxcfx.com/Article/13733.html",
        "村 小微权力廉政风险防控清单, after the source's discussion of 村民小组 in 乡村治理 (取消村民小组长, 三农统筹): a "
        "title, 序号/职务/姓名 on every row/风险点/风险等级 ``一级/二级/三级``/防控措施; no type column",
        [sh], t,
    )  # fmt: skip


def cengong_forestry_bureau_list() -> dict:
    unit = f"{PLACE}林业局"
    sh = _Sheet("一览表", [6, 16, 10, 12, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "职务", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "出大汗瑀翯", "leader", "国储林项目干预发包", "思想道德风险", "高",
         "项目公开招标，领导干预登记报告。"),
        ("局领导", "局长", "出大汗瑀翯", "leader", "林业专项资金分配个人说了算", "制度机制风险", "高",
         "资金分配局党组会集体研究并公示。"),
        ("资源管理股", "股长", "没鹿回沄璠", "middle", "林地占用审核不严", "岗位职责风险", "中",
         "占用林地现场查验，集体审核。"),
        ("资源管理股", "股长", "没鹿回沄璠", "middle", "采伐指标分配优亲厚友", "外部环境风险", "中",
         "采伐指标公开分配。"),
        ("森林防火股", "科员", "出大汗湉", "general", "防火物资出入库不登记", "业务流程风险", "低",
         "物资出入库台账管理。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为高、中、低三个等级。", 8)
    return _layout(
        "cengong_forestry_bureau_list", "http://shop.wfcmw.cn/Article/detail/id/219.html",
        "县林业局 岗位廉政风险防控一览表, after the source's essay on collecting old 砚台 (砚必宋唐, 砚魂): a title, "
        "序号/股室 merged/职务 and 姓名 merged per person/廉政风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施; "
        "a ``注：`` line",
        [sh], t,
    )  # fmt: skip


def cengong_education_duty_list() -> dict:
    unit = f"{PLACE}教育局"
    sh = _Sheet("责任清单", [6, 14, 12, 12, 40, 10, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add("序号", "科室", "岗位", "责任人", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("局领导", "副局长", "没鹿回瑆翃", "leader", "营养改善计划食材供应商选定打招呼", "外部环境", "高风险",
         "供应商公开招标，过问登记。"),
        ("计划财务股", "股长", "出大汗澂璇", "middle", "学生资助资金审核降低标准", "岗位职责", "高风险",
         "资助名单与学籍数据比对后公示。"),
        ("计划财务股", "股长", "出大汗澂璇", "middle", "校舍维修项目结算不审", "业务流程", "中风险",
         "结算委托审计后支付。"),
        ("基础教育股", "科员", "没鹿回翊", "general", "招生入学中接受家长宴请", "思想道德", "中风险",
         "执行招生工作纪律，公开招生结果。"),
        ("基础教育股", "科员", "没鹿回翊", "general", "教辅资料征订把关不严", "制度机制", "低风险",
         "征订目录公示，学生自愿。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    return _layout(
        "cengong_education_duty_list", "https://meipian.cn/582hjn74",
        "县教育局 廉政风险防控责任清单, after the source's field study of a local 石砚 (砚溪, 坑口, 制砚工艺): a title, "
        "序号/科室/岗位/责任人 on EVERY row/廉政风险点/风险类别 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施",
        [sh], t,
    )  # fmt: skip


def cengong_transport_bureau_posts() -> dict:
    unit = f"{PLACE}交通运输局"
    sh = _Sheet("清单", [6, 14, 14, 40, 14, 12, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "科室", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("建设管理股", "项目管理岗", "general", "农村公路工程变更审核不严", "岗位职责风险", "Ⅰ级",
         "变更经集体审核，结果公示。"),
        ("建设管理股", "项目管理岗", "general", "工程计量虚报", "业务流程风险", "Ⅰ级", "计量凭监理签认拨付。"),
        ("运输管理股", "审批岗", "general", "道路运输证办理吃拿卡要", "制度机制风险", "Ⅱ级", "办理时限公示，窗口受理。"),
        ("运输管理股", "审批岗", "general", "接受客运企业礼品礼金", "思想道德风险", "Ⅱ级", "签订廉洁承诺书。"),
        ("办公室", "综合岗", "general", "公务用车私用", "外部环境风险", "Ⅲ级", "派车登记，定位管理。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    return _layout(
        "cengong_transport_bureau_posts", "http://www.ccfc.zju.edu.cn/2013/1125/c57522a2374750/page.htm",
        "县交通运输局 岗位廉政风险防控清单 对岗不对人, after the source's paper on 农民专业合作社 (机会主义行为, 声誉制度, "
        "协同治理): a title, 序号/科室 merged/岗位 merged per post/廉政风险点/风险类型 ``…风险``/风险等级 "
        "``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names",
        [sh], t,
    )  # fmt: skip


def cengong_medical_security_screening() -> dict:
    unit = f"{PLACE}医疗保障局"
    sh = _Sheet("排查表", [6, 14, 9, 12, 18, 38, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险表现", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "没鹿回琬翀", "leader", "定点机构准入", "医药机构定点准入评估打招呼", "高风险",
         "评估专家随机抽取，结果公示。"),
        ("基金监管股", "股长", "出大汗霈澄", "middle", "基金稽核", "稽核中发现问题不处理", "高风险",
         "稽核结果集体审定。"),
        ("基金监管股", "股长", "出大汗霈澄", "middle", "举报处理", "欺诈骗保举报线索压案不查", "中风险", "线索登记台账，限时办结。"),
        ("待遇保障股", "科员", "没鹿回翯", "general", "医疗救助", "医疗救助对象认定不实", "中风险",
         "救助对象与民政数据比对。"),
        ("待遇保障股", "科员", "没鹿回翯", "general", "异地备案", "异地就医备案优先办理收受好处", "低风险", "备案网上办理。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, desc, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, desc, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], HIGHS[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年4月", None)
    return _layout(
        "cengong_medical_security_screening", "https://m.journal.qq.com/read/1026321096/20",
        "县医疗保障局 廉政风险点排查表, after the source's chapter measuring 贵州少数民族地区 农村社会保障水平: a title, "
        "序号/科室 merged/岗位 and 姓名 merged per person/a short ``风险点``/a long ``风险表现``/风险等级 "
        "``高风险/中风险/低风险``/防控措施; no type column; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def cengong_disabled_federation_selfchecks() -> dict:
    unit = f"{PLACE}残疾人联合会"
    t = _Truth(unit)
    people = [
        ("没鹿回湛珝", "理事长", "leader", [
            ("残疾人就业基地扶持对象把关不严", "高", "扶持对象集体评定并公示。", "已落实"),
            ("接受辅具供应商礼品", "中", "签订廉洁承诺书。", "未发现问题"),
        ]),
        ("出大汗沅璎", "干事", "general", [
            ("残疾人技能培训经费报账不实", "中", "报账附培训照片和签到表。", "已落实"),
            ("辅助器具发放登记不全", "低", "发放台账本人签字。", "已落实"),
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
            t.point(sh.name, "", post, who, tier, point, [], HML[lv])
        sh.add("本人签名：", None, "分管领导意见：", None, None)
        sheets.append(sh)
    return _layout(
        "cengong_disabled_federation_selfchecks", "https://twgreatdaily.com/zh-mo/fTNo7nABnkjnB-0zA31T.html",
        "县残疾人联合会 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's study of "
        "villages answering 工商资本下乡 (村集体, 农民专业合作社): a title, a label row ``姓　名 | 职　务 | 自查日期`` over a "
        "row of values, then 序号/廉政风险点/风险等级 高/中/低/防控措施/``自查情况``; no type column",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    cengong_market_level_after_dash(),
    cengong_siyang_town_group_rows(),
    cengong_yayuan_village_list(),
    cengong_forestry_bureau_list(),
    cengong_education_duty_list(),
    cengong_transport_bureau_posts(),
    cengong_medical_security_screening(),
    cengong_disabled_federation_selfchecks(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch1011-inbox"))

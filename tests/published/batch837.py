"""The eight-hundred-and-thirty-seventh batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's natural
resources bodies, 周宁县 (of 宁德市, 福建) — its 自然资源局, 不动产登记中心, 国土空间规划服务中心,
土地收储中心, 测绘地理信息中心, 自然资源执法大队 and two 自然资源所 (狮城, 浦源) — each handing back
the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 不动产登记中心's 一览表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``一级/二级/三级``,
  short types;
- the 狮城自然资源所's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` and a merged 工作职责
  line, ``★★★/★★/★`` read by a ``注：`` line;
- the 国土空间规划服务中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, no names, ``…风险`` types,
  高/中/低;
- the 土地收储中心's 清单 under GROUP ROWS ``一、中心领导`` … merged across, ``岗位 | 姓名`` merged per
  person, ``一级风险/二级风险/三级风险``, no type column;
- the 测绘地理信息中心's 自查表, one sheet a person: a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间``
  over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 自然资源执法大队's 一览表 under ``附件3`` and a 填报单位 line: ``中队 | 岗位 | 责任人`` on EVERY row,
  short types, ``高风险/中风险/低风险``, a ``注：`` line;
- the 浦源自然资源所's workbook in TWO SHEETS ``所长`` / ``工作人员``, ``一级/二级/三级``, no type column.

One is harder:

- ``zhouning_natural_resources_bureau_appointments``: the 自然资源局's 岗位廉政风险点排查表 对岗不对人 in
  form (``序号 | 股室 | 岗位 | 廉政风险点 | 风险等级 | 防控措施``, 股室 and 岗位 merged, no name column),
  re-sent with a closing PROSE line copied from the 局's 任免通知 (``附：现任职人员（据周自然资党〔2025〕
  8号）：缑…同志任局长；帅…同志任副局长；缑…同志任耕地保护股股长；…``): each clause names one person
  BEFORE his post, joined by ``同志任``, the 股室 glued to the post (``耕地保护股股长``), clauses parted by
  ``；``. The README's 读得懂的表 knows post–name rosters (``岗位 | 姓名`` tables, ``馆长　…；副馆长　…``
  lines, ``领导班子分工：某某：分管…`` prose, group lines ``X由 post name、post name组成``, title post–name
  pairs); it does not describe an appointment clause ``<name>同志任<科室><post>`` naming the holder of a
  post-only list's post.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 矿产领域腐败 report — 矿业权出让,
探矿权转让, 评估价值; 权籍调查测绘的要求 — 界址, 权属调查, 宗地图; 非法占用农田 — 未批先建, 以租代征,
大棚房; 第三次全国土地调查 — 地类认定, 图斑, 底图; 国有建设用地招拍挂 — 出让方案, 竞买资格, 挂牌;
测绘资质管理 — 资质认定, 项目审查, 质量监督; 贵州国土资源系统 执法监察 — 探矿权 采矿权 审批, 执法监察局;
霍邱 矿权转让 — 协议转让, 评估, 减免) and the layout follows their words for the unit, its parts,
its posts and its risks. The rows are worded by us, the names invented (the rare surnames 缑 and
帅 with rare given names); every unit is a body of 周宁县.

Run ``python tests/published/score.py --set batch837`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each clause ``<name>同志任<科室><post>`` of the closing 任职 line makes that person
  the holder of the list's post of that 科室 (the 科室 cell of the list and the one in the clause
  agree): one form a holder, with the 科室 and post of the list; the 任职 line, the ``注：`` line and
  the 编制/审核 line are no points; the 副局长's bracket ``（分管…）`` is no point and names no one else;
- ``局领导``, ``中心领导``, ``大队领导`` (a 股室, 科室 or 中队 cell, a group row) are the 科室 of those
  leaders; the cards' holders and the 浦源所's two sheets (no 科室 column) have no 科室; a 局's 股, a 中心's
  科/部 and a 大队's 中队 are 科室;
- every 中心, 所, the 大队 and the 局 are units of their own: 局长, 副局长, 主任, 副主任, 所长, 副所长 and
  大队长 are leaders; 股长, 科长, 部长 and 中队长 middle; the rest general;
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

PREFIX = "b837_"
PLACE = "周宁县"
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

# (股室, 岗位, tier, holder, [(廉政风险点, 风险等级, 防控措施)])
APPOINTED = [
    ("局领导", "局长", "leader", "缑翯漪", [
        ("矿业权出让方案不经局党组集体研究，个人拍板", "高", "矿业权出让方案经局党组会集体研究，纪要存档。"),
        ("干预建设用地报批和规划调整", "高", "用地报批、规划调整全程留痕，定期向纪检组报告。"),
    ]),
    ("局领导", "副局长", "leader", "帅琮湉", [
        ("耕地占补平衡指标调剂暗箱操作", "高", "指标调剂方案经局务会研究，结果公示。"),
        ("违法用地案件说情打招呼、降格处理", "中", "案件处理实行集体审议，说情干预登记报告。"),
    ]),
    ("耕地保护股", "股长", "middle", "缑沄翊", [
        ("设施农业用地备案审核不严，放任“大棚房”", "中", "备案前现场核查，备案结果在乡镇公示。"),
        ("补充耕地项目验收走过场", "中", "验收邀请农业农村部门共同参加，现场测量。"),
    ]),
    ("矿产资源股", "股长", "middle", "帅澴玥", [
        ("采矿权评估价值审核把关不严，低估出让收益", "高", "评估报告经专家评审，评估机构随机选取。"),
        ("矿山储量年报审查流于形式", "低", "储量年报实行双人审查，抽查比例不低于三成。"),
    ]),
    ("执法监察股", "股员", "general", "缑霂珩", [
        ("动态巡查发现违法占地不报告、不制止", "中", "巡查实行日志登记，卫片图斑逐一核查销号。"),
        ("接受当事人宴请、礼品礼金", "低", "签订廉洁执法承诺书，节前廉洁提醒。"),
    ]),
]  # fmt: skip
ORDER = "周自然资党〔2025〕8号"


def _appointment(dept: str, post: str, who: str) -> str:
    office = post if dept == "局领导" else f"{dept}{post}"
    extra = "（分管耕地保护、执法监察）" if post == "副局长" else ""
    return f"{who}同志任{office}{extra}"


def zhouning_natural_resources_bureau_appointments() -> dict:
    unit = f"{PLACE}自然资源局"
    sh = _Sheet("排查表", [6, 14, 10, 40, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 6)
    sh.add("序号", "股室", "岗位", "廉政风险点", "风险等级", "防控措施")
    first = len(sh.rows)
    n = 0
    for dept, post, tier, who, points in APPOINTED:
        for point, lv, measures in points:
            n += 1
            sh.add(n, dept, post, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    _line(sh, "注：风险等级分高、中、低三级。", 6)
    clauses = "；".join(_appointment(d, p, w) for d, p, _tier, w, _pts in APPOINTED)
    _line(sh, f"附：现任职人员（据{ORDER}）：{clauses}。", 6)
    sh.add("编制：办公室", None, "审核：", None, "2025年5月", None)
    return _layout(
        "zhouning_natural_resources_bureau_appointments", "http://flfww148.com/view.asp?id=6700",
        "(harder) 县自然资源局 岗位廉政风险点排查表 对岗不对人 in form, after the source's report on 矿产领域腐败 (矿业权出让, "
        "探矿权 转为采矿权, 评估价值, 挂牌出让): a title, 序号/股室 merged/岗位 merged per post/廉政风险点/风险等级 高/中/低/"
        "防控措施, NO name column; a ``注：`` line, then a merged PROSE line copied from the 局's 任免通知 ``附：现任职人员（据"
        "周自然资党〔2025〕8号）：<name>同志任局长；<name>同志任副局长（分管…）；<name>同志任耕地保护股股长；…`` naming "
        "each post's holder BEFORE the post, the 股室 glued to the post; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def zhouning_registration_centre_list() -> dict:
    unit = f"{PLACE}不动产登记中心"
    sh = _Sheet("一览表", [6, 12, 10, 10, 38, 12, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "帅翃沅", "leader", [
            ("登簿审核中对权属争议宗地违规登记", "岗位职责", "一级", "权属争议宗地一律暂缓登记，集体会审。"),
            ("插手指定权籍调查测绘单位", "外部环境", "一级", "测绘单位由申请人自主选择，中心不得指定。"),
        ]),
        ("登记科", "科长", "缑湜岍", "middle", [
            ("首次登记中界址、面积审核把关不严", "业务流程", "二级", "宗地图、界址点成果双人复核。"),
        ]),
        ("登记科", "审核员", "帅沨琇", "general", [
            ("抵押登记材料不全违规受理", "业务流程", "二级", "实行一次性告知和容缺受理清单。"),
            ("泄露登记资料查询结果", "思想道德", "三级", "查询须凭有效证件，查询记录全程留痕。"),
        ]),
        ("综合受理科", "窗口受理员", "缑琰翀", "general", [
            ("对办事群众吃拿卡要、推诿刁难", "思想道德", "三级", "窗口评价器实时评价，投诉电话公开。"),
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
    sh.add("制表：", None, None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "zhouning_registration_centre_list",
        "https://www.zhetiaohe.com/ss/e24dcf9233fb7b51f0f2bd6acd0848a0dff2ec2f7cba8d66b5b5da9fdd6bc6afaaec1a8409f7f09d32d93c3032bed5fe.html",
        "县不动产登记中心 岗位廉政风险防控一览表, after the source's 权籍调查测绘 的要求 (界址, 权属调查, 宗地图, 面积): a title, "
        "序号/科室 merged/岗位 and 姓名 merged per person/廉政风险点/风险类型 (short names)/风险等级 ``一级/二级/三级``/"
        "防控措施; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def zhouning_shicheng_office_cards() -> dict:
    unit = f"{PLACE}狮城自然资源所"
    t = _Truth(unit)
    cards = [
        ("所长", "帅岫澂", "所长", "主持全所工作，负责辖区耕地保护和用地管理", "leader", [
            ("农村村民建房用地审核不严，未批先建不制止", "★★★", "建房用地实行“三到场”，审核结果村务公开。"),
            ("对以租代征、违规占用耕地瞒报不报", "★★★", "卫片图斑逐宗核查，结果报局执法监察股。"),
            ("接受建房户宴请", "★", "严守中央八项规定精神，签订承诺书。"),
        ]),
        ("协管员", "缑沚翾", "协管员", "负责辖区动态巡查", "general", [
            ("巡查中发现“大棚房”不登记、不报告", "★★", "巡查日志每日登记，所长每周抽查。"),
            ("替违法当事人通风报信", "★★", "巡查路线随机安排，严肃执法纪律。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 36, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("工作职责", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "zhouning_shicheng_office_cards",
        "https://www.seridoat.com/article/qing-jiao-fei-fa-zhan-yong-nong-tian-tu-di-ban-fa-ru-he-you-xiao-bao-hu-geng-di-hong-xian-bing-jie-j.html",
        "县乡镇自然资源所 岗位廉政风险防控卡, one sheet a person, after the source's 非法占用农田 (未批先建, 以租代征, 大棚房, "
        "执法不严): a title, ``姓　名 | … | 职　务 | …`` and a merged 工作职责 line, then 序号/风险点/风险等级 ``★★★/★★/★``/"
        "防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def zhouning_planning_centre_posts() -> dict:
    unit = f"{PLACE}国土空间规划服务中心"
    sh = _Sheet("排查表", [6, 12, 10, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "科室", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "规划编制单位选定中量身定制条件", "制度机制风险", "高",
         "编制单位按政府采购程序确定，评审专家随机抽取。"),
        ("规划编制部", "部长", "middle", "村庄规划编制中擅自改变地类和用途", "岗位职责风险", "高",
         "规划成果以国土调查数据为底图，变更逐项说明。"),
        ("规划编制部", "部长", "middle", "规划方案论证意见取舍随意", "业务流程风险", "中",
         "论证意见逐条答复，存档备查。"),
        ("数据管理部", "技术员", "general", "国土调查图斑地类认定弄虚作假", "业务流程风险", "中",
         "图斑认定双人作业、交叉检查。"),
        ("数据管理部", "技术员", "general", "违规向他人提供涉密地理信息数据", "思想道德风险", "低",
         "涉密数据专机存放，调用审批登记。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合部", None, None, "审核：", None, "2025年3月", None)
    return _layout(
        "zhouning_planning_centre_posts", "https://abg.baidu.com/tags/wxnmr7nuz3ekxop2zxa3lwfv66zotv64zts3ppnqxazdamjxytva14",
        "县国土空间规划服务中心 岗位廉政风险点排查表 对岗不对人, after the source's 第三次全国土地调查总体方案 (地类认定, 图斑, "
        "调查底图, 数据库): a title, 序号/科室 merged/岗位 merged per post/风险点/风险类型 ``…风险``/风险等级 高/中/低/"
        "防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def zhouning_land_reserve_group_rows() -> dict:
    unit = f"{PLACE}土地收储中心"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "缑翚湄", "leader", [
                ("土地出让方案中设置排他性竞买条件", "一级风险", "出让方案经县土地出让领导小组集体审定。"),
                ("收储地块补偿标准擅自提高", "一级风险", "补偿标准按县政府公布标准执行，公示。"),
            ]),
        ]),
        ("二、收储科", "收储科", [
            ("科长", "帅沄昶", "middle", [
                ("收储地块地上附着物清点不实", "二级风险", "清点由乡镇、村委会和权利人三方签字。"),
            ]),
            ("科员", "缑岍霏", "general", [
                ("收储档案资料不全即办理交地", "三级风险", "交地前档案清单逐项核对。"),
            ]),
        ]),
        ("三、出让科", "出让科", [
            ("科长", "帅琤瀚", "middle", [
                ("挂牌出让中泄露竞买人信息", "一级风险", "竞买人信息保密，报名资料专人保管。"),
                ("出让金催缴不力，违规缓缴", "二级风险", "出让金缴纳情况每月通报。"),
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
        "zhouning_land_reserve_group_rows", "http://fengdujob.net/go/国有建设用地招拍挂管理办法.html",
        "县土地收储中心 廉政风险防控责任清单, after the source's 国有建设用地招拍挂管理办法 (出让方案, 竞买资格, 挂牌, 出让金): "
        "a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS "
        "``一、中心领导``, ``二、收储科``, ``三、出让科`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def zhouning_surveying_centre_selfchecks() -> dict:
    unit = f"{PLACE}测绘地理信息中心"
    t = _Truth(unit)
    people = [
        ("帅珉滢", "中心领导", "主任", "leader", [
            ("测绘项目外包中指定承接单位", "Ⅰ级", "外包项目公开比选，比选结果公示。", "已落实"),
            ("测绘成果质量验收降低标准", "Ⅱ级", "验收组三人以上，验收记录存档。", "未发现问题"),
        ]),
        ("缑澍琬", "质检科", "质检员", "general", [
            ("成果质量检查抽样避重就轻", "Ⅰ级", "抽样按规范随机抽取，样本登记。", "已落实"),
            ("收受测绘单位好处出具合格结论", "Ⅲ级", "质检报告双人签字，定期复查。", "已落实"),
        ]),
        ("帅淇岙", "资质管理科", "科员", "general", [
            ("测绘资质初审中对人员、设备核查不实", "Ⅱ级", "现场核查拍照留存，初审意见集体研究。", "未发现问题"),
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
        sh.add("本人签名：", None, "科室意见：", None, None)
        sheets.append(sh)
    return _layout(
        "zhouning_surveying_centre_selfchecks", "https://www.xqloan.com/resources/112218.html",
        "县测绘地理信息中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 测绘资质管理 "
        "(资质认定, 项目审查, 质量监督, 证书管理): a title, a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间`` over a row "
        "of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; ``本人签名： | 科室意见：``",
        sheets, t,
    )  # fmt: skip


def zhouning_enforcement_brigade_list() -> dict:
    unit = f"{PLACE}自然资源执法大队"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "中队", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("大队领导", "大队长", "帅沅翙", "leader", "违法用地、违法采矿案件立案不报、压案不查", "岗位职责", "高风险",
         "案件线索统一登记，立案情况每月通报。"),
        ("大队领导", "大队长", "帅沅翙", "leader", "对探矿权、采矿权越界开采查处降格", "制度机制", "中风险",
         "重大案件集体审议，处理结果公开。"),
        ("第一中队", "中队长", "缑瀞岫", "middle", "现场勘验笔录与实际不符", "业务流程", "中风险",
         "勘验两人以上，全程执法记录仪记录。"),
        ("第一中队", "执法队员", "帅岚珩", "general", "罚没款收缴不开票、不入账", "业务流程", "高风险",
         "罚没款一律缴入财政专户，罚缴分离。"),
        ("第二中队", "中队长", "缑琮沨", "middle", "违法建筑拆除复耕验收弄虚作假", "外部环境", "中风险",
         "复耕验收会同乡镇，拍照定位存档。"),
        ("第二中队", "执法队员", "缑翊澴", "general", "接受当事人请托，泄露检查信息", "思想道德", "低风险",
         "检查计划随机生成，严守保密纪律。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    _line(sh, "注：风险等级分为高风险、中风险、低风险。", 8)
    sh.add("填表人：", None, None, "审核人：", None, "大队长（签字）：", None, None)
    return _layout(
        "zhouning_enforcement_brigade_list", "http://finance.sina.com.cn/g/20051213/13412194645.shtml",
        "县自然资源执法大队 岗位廉政风险防控一览表, after the source's 贵州国土资源系统 (执法监察局, 探矿权 采矿权 审批, "
        "非法倒卖探矿权): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/中队/岗位/责任人 written on EVERY "
        "row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a ``注：`` line and a 填表人/审核人/"
        "大队长（签字） line",
        [sh], t,
    )  # fmt: skip


def zhouning_puyuan_office_two_sheets() -> dict:
    unit = f"{PLACE}浦源自然资源所"
    t = _Truth(unit)
    lead = _Sheet("所长", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}所长廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("缑湉岱", "所长", "主持全所工作", [
            ("临时用地审核中违规放宽复垦条件", "一级", "临时用地复垦方案报局审查，保证金足额缴存。"),
            ("对辖区无证采石采砂包庇纵容", "一级", "矿产巡查每月不少于两次，发现即报。"),
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
    staff = _Sheet("工作人员", [6, 12, 9, 38, 9, 34])
    _line(staff, f"{unit}工作人员廉政风险防控一览表", 6)
    staff.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("副所长", "帅霁沚", "leader", "农村宅基地批前踏勘不到场", "二级", "批前踏勘拍照定位，资料上传系统。"),
        ("副所长", "帅霁沚", "leader", "地质灾害隐患点巡查补助虚报", "三级", "补助按实际巡查记录核发。"),
        ("业务员", "缑昀琤", "general", "土地权属争议调处偏袒一方", "二级", "调处实行集体研究，结果书面告知。"),
        ("业务员", "缑昀琤", "general", "宅基地审批资料代办收取好处", "三级", "严禁代办，申请资料本人提交。"),
    ]  # fmt: skip
    first = len(staff.rows)
    for i, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        staff.add(i, post, who, point, lv, measures)
        t.point(staff.name, "", post, who, tier, point, [], GRADES[lv])
    _per_person(staff, first, None, 1, 2)
    staff.add("制表：", None, "审核：", None, "2025年4月", None)
    return _layout(
        "zhouning_puyuan_office_two_sheets", "http://news.takungpao.cn/mainland/focus/2014-06/2557652_2.html",
        "县乡镇自然资源所 廉政风险防控一览表 in TWO SHEETS, after the source's 霍邱 矿权转让 (探矿权, 挂牌出让, 评估价值, "
        "矿产估值腐败): sheet 所长 with 姓名/职务/分管工作 merged, sheet 工作人员 with 岗位/姓名 merged per person; "
        "廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, staff], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    zhouning_natural_resources_bureau_appointments(),
    zhouning_registration_centre_list(),
    zhouning_shicheng_office_cards(),
    zhouning_planning_centre_posts(),
    zhouning_land_reserve_group_rows(),
    zhouning_surveying_centre_selfchecks(),
    zhouning_enforcement_brigade_list(),
    zhouning_puyuan_office_two_sheets(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch837-inbox"))

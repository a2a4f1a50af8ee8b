"""The six-hundred-and-seventieth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one banner's statistics
and survey bodies, 阿巴嘎旗 (of 锡林郭勒盟, 内蒙古自治区) — its 统计局, the 国家统计局阿巴嘎调查队, its
普查中心 and the 统计站 of its 苏木/镇 (别力古台镇, 洪格尔高勒镇, 查干淖尔镇, 那仁宝拉格苏木) — each
handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 统计局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and ``股室``
  (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 普查中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 调查队's 自查表, one sheet a person: a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间`` over a
  row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 别力古台镇统计站's 责任清单 under GROUP ROWS ``一、站领导`` … merged across (no 科室 column),
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 洪格尔高勒镇统计站's 防控卡, one sheet a holder: ``姓　名 | … | 职　务 | …`` and a merged 分管工作
  line, ``★★★/★★/★`` read by a ``注：`` line;
- the 查干淖尔镇统计站's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on
  EVERY row, short types, ``高风险/中风险/低风险``;
- the 那仁宝拉格苏木统计站's 排查登记表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别``
  (short names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``abag_census_office_restart_numbers``: the 统计局's 经济普查办公室's 廉政风险点清单, a list
  ``序号 | 廉政风险点 | 风险等级 | 防控措施`` with NO 岗位, 姓名 or 科室 column and no group rows: the
  ``序号`` RESTARTS at 1 for every holder's block (1 2 3 | 1 2 | 1 2 3 | 1 2), and a ``说明`` line ABOVE
  the heading names the holders in order — ``本清单按岗位分段编号，各段依次为：普查办主任 芈某某，
  副主任 巫某某，业务组组长 芈某某，普查员 巫某某。`` — so the k-th run of numbers from 1 is the k-th
  named holder's. The README's 读得懂的表 knows holders in foot rows closing each block, point-number
  ranges in a 分工 table, holders named in order in a heading's bracket over ``√/—`` slots, a count
  table splitting a holder-less list and levels given by 序号 in a note; it does not describe a list
  whose only holder mark is where its numbering starts again, paired in order with the holders a
  prose line names.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (统计督察 and 统计执法检查; 统计造假
典型案例 — 规上工业 虚报, 细化分解指标; 新型 统计造假 — “调度”、“购买” 数据; 乡镇统计站 建设 and
兼职统计员; 基层统计人员 业务能力 and 数据审核; 经济普查 试点 and 普查指导员/普查员; 人口普查员 入户
and 保密协议) and the layout follows their words for the unit, its parts, its posts and its risks.
The rows are worded by us, the names invented (the rare surnames 芈 and 巫 with rare given names);
every unit is a body of 阿巴嘎旗.

Run ``python tests/published/score.py --set batch670`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each run of ``序号`` from 1 is one holder's block, the k-th run the k-th holder
  the ``说明`` line names (post, then name); one form a holder, no 科室 (the list names none; the
  普查办 is the unit); the ``说明`` line and the 填表/审核 line are no points;
- ``站领导``, ``局领导``, ``队领导`` (a group row, a 科室 cell) are the 科室 of those leaders; the
  统计局's leaders (sheet ``局领导``) and the cards' holders have no 科室; a 局's 股, a 队's 科 and a
  普查中心's 组 are 科室;
- every 统计站, the 统计局, its 普查办, the 普查中心 and the 调查队 are units of their own: 局长, 副局长,
  队长, 副队长, 主任, 副主任 and 站长 are leaders; 股长, 科长 and 组长 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no
  points and name no holder; the 普查中心's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b670_"
PLACE = "阿巴嘎旗"
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

# the holders in the order the 说明 line names them: (post, name, tier, [(point, level, measures)])
BLOCKS = [
    ("普查办主任", "芈翯浛", "leader", [
        ("普查经费预算编制不经集体研究，专项经费挪作他用", "高", "经费预算经局党组会研究，专账核算、专款专用。"),
        ("授意普查人员按指定数值填报或修改普查数据", "高", "严禁干预普查数据，干预行为如实记录并报告。"),
        ("普查宣传品、办公用品采购不比价", "中", "采购三家比价，结果在局内公示。"),
    ]),
    ("副主任", "巫黉翛", "leader", [
        ("普查指导员、普查员选聘优亲厚友", "中", "选聘条件公开，名单经苏木镇推荐、普查办审核后公示。"),
        ("普查数据质量抽查走过场，对漏报瞒报不处理", "高", "事后质量抽查按方案比例随机抽取，结果通报。"),
    ]),
    ("业务组组长", "芈罍苒", "middle", [
        ("清查底册增删单位不核实，将“僵尸企业”纳入名录", "高", "底册变动逐户核实，附证明材料存档。"),
        ("普查表审核把关不严，对异常数据不核查", "中", "异常数据逐条核查，核查记录留存。"),
        ("向企业泄露其他单位普查资料", "低", "普查资料专人专柜保管，查阅登记。"),
    ]),
    ("普查员", "巫翙媞", "general", [
        ("入户登记不到位，代填、虚填普查表", "中", "入户登记实行照片留痕，指导员抽查复核。"),
        ("普查劳务补助虚报冒领", "低", "补助按实际完成户数核算，签字发放、公示。"),
    ]),
]  # fmt: skip


def abag_census_office_restart_numbers() -> dict:
    unit = f"{PLACE}第五次全国经济普查领导小组办公室"
    sh = _Sheet("清单", [6, 44, 9, 40])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点清单", 4)
    order = "，".join(f"{post} {who}" for post, who, _tier, _points in BLOCKS)
    _line(sh, f"说明：本清单按岗位分段编号，各段依次为：{order}。", 4)
    sh.add("序号", "廉政风险点", "风险等级", "防控措施")
    for post, who, tier, points in BLOCKS:
        for i, (point, lv, measures) in enumerate(points, 1):
            sh.add(i, point, lv, measures)
            t.point(sh.name, "", post, who, tier, point, [], HML[lv])
    sh.add("填表：", None, "审核：", "2025年6月")
    return _layout(
        "abag_census_office_restart_numbers", "http://otuountil.com/post/586/145722",
        "(harder) 旗经济普查办公室 廉政风险点清单, after the source's comment on 统计监督 (“三个不得”: no 统计机构 as a "
        "target unit, no 指定数值填报, no 调用调查对象数据; 平安建设满意度调查 弄虚作假 问责): a title, a ``说明：本清单按岗位"
        "分段编号，各段依次为：普查办主任 某某，副主任 某某，…`` line above the heading, then 序号/廉政风险点/风险等级 高/中/低/"
        "防控措施 with NO 岗位, 姓名 or 科室 column and no group rows; the 序号 RESTARTS at 1 for each holder's block, the "
        "k-th run the k-th holder named in the 说明 line; a 填表/审核/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def abag_statistics_bureau_two_sheets() -> dict:
    unit = f"{PLACE}统计局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("芈巘翀", "局长", "主持全面工作", [
            ("对统计数据“调度”“跑数要数”不抵制、不报告", "一级", "干预统计数据的一律记录在案并向旗纪委报告。"),
            ("统计执法检查案件查处打招呼、说人情", "一级", "执法案件集体审理，处理结果公开。"),
        ]),
        ("巫禚岑", "副局长", "分管统计执法、综合统计", [
            ("“双随机”执法检查对象不按系统抽取", "一级", "检查对象由系统随机抽取，全程留痕。"),
            ("统计违法行为处罚自由裁量不公", "二级", "按处罚裁量基准执行，重大案件集体讨论。"),
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
        ("综合统计股", "股长", "芈璘苡", "middle", "规上工业企业入库审核不严，虚增产值", "一级",
         "入库资料逐项核实，实地核查留存照片。"),
        ("综合统计股", "股长", "芈璘苡", "middle", "固定资产投资项目统计数据“注水”", "二级", "投资项目入库附合同、发票等佐证。"),
        ("综合统计股", "统计员", "巫霨昶", "general", "企业联网直报数据代报、代填", "二级", "严禁代报，异常数据电话核实留痕。"),
        ("执法监督股", "股长", "芈珩翾", "middle", "统计执法证件、案卷管理不规范", "三级", "案卷专柜保管，借阅登记。"),
        ("执法监督股", "执法员", "巫瑷昕", "general", "执法检查中接受被查企业宴请", "一级", "执法两人以上，签订廉洁承诺。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "abag_statistics_bureau_two_sheets", "http://www.1000cx.com/jrt/detail/20251107/1000200033134991762504751071157318_1.html",
        "旗统计局 廉政风险防控一览表 in TWO SHEETS, after the source's 半月谈 report on 新型 统计造假 (“调度”数据, "
        "“购买”数据, 跑数要数, 僵尸企业 纳入 规上 目录): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet "
        "股室 with 股室 merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def abag_census_centre_posts() -> dict:
    unit = f"{PLACE}普查中心"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "普查经费使用", "普查经费支出不经集体研究，虚列劳务费", "制度机制风险", "高",
         "经费支出经主任办公会研究，劳务费签字发放。"),
        ("数据处理组", "组长", "middle", "数据审核验收", "对普查数据审核把关不严，放任差错", "岗位职责风险", "中",
         "数据审核实行双人复核，验收记录存档。"),
        ("数据处理组", "组长", "middle", "普查资料管理", "泄露普查对象个人信息和商业秘密", "思想道德风险", "高",
         "普查资料专人保管，签订保密协议。"),
        ("业务指导组", "指导员", "general", "普查员培训", "培训签到弄虚作假，虚报培训人数", "业务流程风险", "低",
         "培训现场签到、拍照，名单与补助对账。"),
        ("业务指导组", "指导员", "general", "入户登记质量抽查", "抽查户不随机，只查熟人片区", "外部环境风险", "中",
         "抽查户由系统随机抽取。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "abag_census_centre_posts", "http://nvmoo.com/shehui/202011/42252_3.html",
        "旗普查中心 岗位廉政风险点排查表 对岗不对人, after the source's report on 第七次全国人口普查 入户 (普查员, 指导员, "
        "保密协议, 分片, 统一销毁): a title, 序号/科室 merged/岗位 merged per post/a short 风险点/a long 风险表现/"
        "风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def abag_survey_team_selfchecks() -> dict:
    unit = f"国家统计局{PLACE}调查队"
    t = _Truth(unit)
    people = [
        ("芈鬯岚", "队领导", "队长", "leader", [
            ("住户调查样本轮换不按方案，擅自调整调查户", "Ⅰ级", "样本轮换按方案执行，调整报上级队审批。", "已落实"),
            ("调查经费报销审批把关不严", "Ⅱ级", "经费报销经队务会审定，一支笔审批。", "未发现问题"),
        ]),
        ("巫蘅翊", "住户调查科", "调查员", "general", [
            ("记账户补贴虚报冒领", "Ⅰ级", "补贴按记账月数直接打卡发放。", "已落实"),
            ("辅助调查员代记账、编造账页", "Ⅱ级", "账页逐本审核，电话回访抽查。", "已落实"),
        ]),
        ("芈骃沄", "价格调查科", "调查员", "general", [
            ("采价点数据不实地采集，凭估计填报", "Ⅰ级", "采价实行定位拍照上传。", "未发现问题"),
            ("采价中接受商户礼品", "Ⅲ级", "采价两人同行，节前廉洁提醒。", "已落实"),
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
        sh.add("本人签名：", None, "队长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "abag_survey_team_selfchecks", "https://nanmuxuan.com/zh-hk/complex/buqmbabgmkd.amp",
        "旗调查队 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's report on 统计督察 "
        "(执法检查组, 规上工业 数据造假, 挤水分, 乡镇统计员 核查): a title, a label row ``姓　名 | 所在科室 | 岗　位 | "
        "填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 队长意见：``",
        sheets, t,
    )  # fmt: skip


def abag_bayan_station_group_rows() -> dict:
    unit = f"{PLACE}别力古台镇统计站"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、站领导", "站领导", [
            ("站长", "芈砻翾", "leader", [
                ("按镇里下达的指标分解数据，授意企业虚报", "一级风险", "不得分解下达统计指标，数据按实填报。"),
                ("统计站经费开支不公开", "二级风险", "经费开支每季度公示。"),
            ]),
        ]),
        ("二、综合统计组", "综合统计组", [
            ("统计员", "巫翚珞", "general", [
                ("“四上”企业统计报表代填代报", "一级风险", "企业自行报送，统计员只做审核。"),
                ("嘎查村级统计台账与报表不一致", "二级风险", "台账与报表每月核对。"),
            ]),
            ("统计员", "芈鹓琤", "general", [
                ("农牧业统计数据凭估计填报", "三级风险", "畜牧业数据以入户调查为准。"),
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
        "abag_bayan_station_group_rows", "https://www.smwenxue.com/article/1741732",
        "镇统计站 廉政风险防控责任清单, after the source's 半月谈 report on 地方统计造假 (虚报投资, 工业西进, 考核压力, "
        "修改统计数据): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS "
        "``一、站领导``, ``二、综合统计组`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def abag_honggor_station_cards() -> dict:
    unit = f"{PLACE}洪格尔高勒镇统计站"
    t = _Truth(unit)
    cards = [
        ("站长", "巫蘧翎", "站长", "主持统计站全面工作", "leader", [
            ("统计数据报送前擅自修改", "★★★", "数据报送前经站务会审核，修改留痕。"),
            ("统计人员选配不经程序", "★★", "统计人员选配报旗统计局备案。"),
            ("接受调查对象宴请", "★", "严守中央八项规定精神。"),
        ]),
        ("统计员", "芈翯珺", "统计员", "负责劳动工资、能源统计", "general", [
            ("能源消费数据审核不严", "★★", "能源数据与供电、供热部门数据比对。"),
            ("劳动工资统计人数虚增", "★★", "人数与社保参保数据核对。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
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
        "abag_honggor_station_cards", "https://fx361.cc/page/2016/1229/13703577.shtml",
        "镇统计站 岗位廉政风险防控卡, one sheet a holder, after the source's article on 乡镇统计工作质量 (统计人员配备, "
        "报表种类, 电子报表): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then 序号/风险点/风险等级 "
        "``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def abag_chagan_station_list() -> dict:
    unit = f"{PLACE}查干淖尔镇统计站"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "巫霈珣", "leader", "镇领导干预统计数据时不坚持原则", "制度机制", "高风险",
         "建立干预统计数据记录制度。"),
        ("站领导", "站长", "巫霈珣", "leader", "统计调查经费使用不规范", "岗位职责", "中风险", "经费报账经镇财政所审核。"),
        ("业务组", "组长", "芈蔼岍", "middle", "统计数据审核流于形式", "业务流程", "中风险", "数据实行三级审核。"),
        ("业务组", "统计员", "巫翃璎", "general", "统计资料不按规定归档保管", "业务流程", "低风险", "资料按年度归档。"),
        ("业务组", "统计员", "巫翃璎", "general", "向无关人员提供调查对象资料", "思想道德", "高风险", "签订保密承诺书。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "abag_chagan_station_list", "http://m.handmsg.com/page/2025/0422/26919406.shtml",
        "镇统计站 岗位廉政风险防控一览表, after the source's article on 基层统计 (机构设置, 人员配备, 数据质量, 数据审核 "
        "漏洞, 虚报瞒报): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 written on "
        "EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/站长（签字） line",
        [sh], t,
    )  # fmt: skip


def abag_naren_station_register() -> dict:
    unit = f"{PLACE}那仁宝拉格苏木统计站"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "芈霂翚", "leader", [
            ("嘎查牲畜存栏数据层层加码", "制度机制", "一级", "牲畜数据以入户调查和防疫耳标数据为准。"),
            ("统计站办公经费支出不公开", "思想道德", "二级", "经费支出在苏木公示栏公示。"),
        ]),
        ("综合组", "统计员", "巫澂琨", "general", [
            ("农村牧区住户调查记账户选取不随机", "业务流程", "二级", "记账户由旗调查队抽选。"),
            ("嘎查统计员补助发放不到位", "岗位职责", "三级", "补助直接打卡发放。"),
        ]),
        ("综合组", "统计员", "芈翾璆", "general", [
            ("统计报表报送前未经审核签字", "业务流程", "一级", "报表报送前站长审核签字。"),
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
        "abag_naren_station_register", "http://www.handmsg.com/page/2016/0811/21490640.shtml",
        "苏木统计站 廉政风险点排查登记表, after the source's article on 乡镇统计站建设 (兼职统计人员, 统计经费, 统计法 "
        "第二十七条): a title, 序号/科室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 "
        "``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    abag_census_office_restart_numbers(),
    abag_statistics_bureau_two_sheets(),
    abag_census_centre_posts(),
    abag_survey_team_selfchecks(),
    abag_bayan_station_group_rows(),
    abag_honggor_station_cards(),
    abag_chagan_station_list(),
    abag_naren_station_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch670-inbox"))

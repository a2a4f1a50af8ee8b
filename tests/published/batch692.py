"""The six-hundred-and-ninety-second batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one banner's 林草 and
防沙治沙 bodies, 库伦旗 (of 通辽市, 内蒙古自治区) — its 林业和草原局, 治沙站, 塔敏查干国有林场,
林木种苗站, 森林病虫害防治检疫站, 额勒顺镇林业工作站, 林业综合行政执法大队 and 草原工作站 — each
handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 治沙站's 一览表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``一级/二级/三级``, no type column,
  a 制表/审核 line;
- the 塔敏查干国有林场's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` and a merged 分管工作
  line, ``★★★/★★/★`` read by a ``注：`` line, a 持卡人（签字） line;
- the 林木种苗站's 排查表 对岗不对人: ``股室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 森林病虫害防治检疫站's 自查表, one sheet a person: a label row ``姓　名 | 所在股室 | 岗　位 | 填表时间``
  over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 额勒顺镇林业工作站's 责任清单 under GROUP ROWS ``一、站领导`` … (no 科室 column), ``岗位 | 姓名`` merged
  per person, ``高风险/中风险/低风险``;
- the 林业综合行政执法大队's 一览表 in TWO SHEETS ``大队领导`` (``姓名 | 职务 | 分管工作`` merged per leader)
  and ``中队`` (``中队`` merged, ``岗位 | 姓名`` merged per person), ``一级风险/二级风险/三级风险``;
- the 草原工作站's 登记表 under ``附件2`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on EVERY row,
  short types, ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``kulun_forestry_bureau_exclusion_marks``: the 林业和草原局's 领导班子廉政风险点确认表, ONE ROW A COMMON
  POINT (``序号 | 廉政风险点 | 风险等级 | … | 防控措施``) the bureau sent down to every leader, with
  ``班子成员（本人不涉及的打“×”）`` merged over one column a leader, each heading cell ``post⏎name``; each
  leader marks ``×`` under the points that are NOT his, and a ``注：`` line says that every point NOT
  crossed is the leader's. So a holder's points are the BLANK cells of his column, a crossed cell
  is none, and a row with no ``×`` is a point of all three. The README's 读得懂的表 knows holders as
  columns with ``√`` (or a name, a level, a RACI letter, his own measures) under EVERY holder whose
  point the row is, and one ``本岗位涉及（打√）`` / ``是/否`` column that drops the rows answered no;
  it does not describe holder columns marked by EXCLUSION, where the mark says "not mine" and the
  blank cells are the points.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 市林业局 on 林木采伐 and 木材经营加工
专项整治, 一岗双责; 三北工程 in 科尔沁沙地, 治沙造林; a 林业局 on 林场 林地 non-permitted use and the
场长's accountability; a 林业局长 who took kickbacks on 树种、树苗、草籽、网围栏 purchases; an 审计局 on
造林绿化 audits; 退耕还林 后续产业 项目 验收; a 林业局 on 征占用林地 审核审批 and 林地 清查; a 北京林业大学
team on 库伦旗's 治沙) and the layout follows their words for the unit, its parts, its posts and its
risks. The rows are worded by us, the names invented (the rare surnames 毋 and 戢 with rare given
names); every unit is a body of 库伦旗.

Run ``python tests/published/score.py --set batch692`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file every BLANK cell under a leader's column makes the row's point a point of that
  leader (post and name from his heading cell ``post⏎name``), with the row's level; a ``×`` makes it
  none of his; one form a leader, no 科室 (the table names none); ``防控措施`` names no holder; the
  ``注：`` line and the 填表/审核 line are no points;
- ``站领导``, ``场领导`` (a 科室 cell, a group row, a 所在股室 cell) are the 科室 of those leaders; the
  执法大队's leaders (sheet ``大队领导``, no 科室 column) and the cards' leaders have no 科室; a 股, a 中队
  and a 站's 组 are 科室; a group row ``二、营造林组`` gives the 科室 ``营造林组`` (its number left off);
- 局长, 副局长, 站长, 副站长, 场长, 副场长, 大队长 and 副大队长 are leaders; 股长, 中队长 and a 组's
  组长 middle; the rest (技术员, 检疫员, 会计, 出纳, 护林员, 执法队员, 保管员, 监测员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no points
  and name no holder; the 林木种苗站's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b692_"
PLACE = "库伦旗"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
CROSS = "×"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# the 班子成员 across: (post, name)
LEADERS = [("局长", "毋翯岍"), ("副局长", "戢澹沨"), ("副局长", "毋琇澂")]

# (廉政风险点, 风险等级, crosses under LEADERS (1 = ×, not his), 防控措施)
COMMON = [
    ("林木采伐限额指标分配不公开，向关系户倾斜", "高", (0, 0, 1),
     "采伐指标分配方案经局党组会研究，在旗政府网站公示。"),
    ("建设项目使用林地、草原审核中降低标准、先占后批", "高", (0, 1, 0),
     "使用林地草原审核实行现地查验、集体会审，审核意见公开。"),
    ("造林绿化、防沙治沙工程招标中量身定制条件", "高", (0, 0, 1),
     "工程一律进入旗公共资源交易中心，评标专家随机抽取。"),
    ("木材经营加工企业监管中吃拿卡要、违规放行", "中", (1, 0, 1),
     "木材经营加工企业台账管理，检查实行双人双查。"),
    ("工程检查验收走过场，造林面积和成活率虚报", "中", (1, 1, 0),
     "验收实行第三方抽查，验收结果公示。"),
    ("草原生态补奖资金审核不严，虚报冒领", "中", (1, 0, 0), "补奖资金“一卡通”发放，村级公示。"),
    ("接受管理服务对象宴请、礼品礼金", "低", (0, 0, 0), "签订廉洁承诺书，节前廉洁提醒。"),
]  # fmt: skip


def kulun_forestry_bureau_exclusion_marks() -> dict:
    unit = f"{PLACE}林业和草原局"
    n = len(LEADERS)
    ncols = 3 + n + 1
    sh = _Sheet("班子成员", [6, 42, 8] + [11] * n + [36])
    t = _Truth(unit)
    _line(sh, f"{unit}领导班子廉政风险点确认表", ncols)
    _line(sh, f"单位：{unit}{GAP * 20}2025年6月", ncols)
    top = sh.add(
        "序号",
        "廉政风险点",
        "风险等级",
        "班子成员（本人不涉及的打“×”）",
        *([None] * (n - 1)),
        "防控措施",
    )
    sh.add(None, None, None, *[f"{post}\n{who}" for post, who in LEADERS], None)
    for c in (0, 1, 2, ncols - 1):
        sh.merge(top, c, top + 1, c)
    sh.merge(top, 3, top, 2 + n)
    for i, (point, lv, crosses, measures) in enumerate(COMMON, 1):
        sh.add(i, point, lv, *[CROSS if k else None for k in crosses], measures)
    # the truth one form a leader, in the leaders' order: every point NOT crossed in his column
    for j, (post, who) in enumerate(LEADERS):
        for point, lv, crosses, _measures in COMMON:
            if not crosses[j]:
                t.point(sh.name, "", post, who, "leader", point, [], HML[lv])
    _line(sh, "注：本表所列为全局领导班子通用廉政风险点，班子成员在本人不涉及的风险点下打“×”，"
              "未打“×”的均为本人岗位廉政风险点；风险等级分高、中、低三级。", ncols)  # fmt: skip
    sh.add("填表：办公室", None, None, "审核：", None, None, "局长（签字）：", None)
    return _layout(
        "kulun_forestry_bureau_exclusion_marks",
        "http://lyj.hunan.gov.cn/lyj/xxgk_71167/gzdt/xlkb/szxx/201604/t20160427_3049381.html",
        "(harder) 旗林业和草原局 领导班子廉政风险点确认表, after the source's 市林业局 on 林木采伐 and 木材经营加工 专项整治 "
        "(限额采伐, 木竹经营加工 监督, 一岗双责): a title, a merged ``单位：…　2025年6月`` line, then a TWO-ROW heading: "
        "序号/廉政风险点/风险等级/防控措施 merged down, ``班子成员（本人不涉及的打“×”）`` merged across three leader "
        "columns, each heading cell ``post⏎name`` (局长, 副局长, 副局长); ONE ROW A COMMON POINT with ``×`` "
        "under the leaders whose point it is NOT; a leader's points are the blank cells of his column (a row with "
        "no ``×`` is all three's); 高/中/低, no type column; a merged ``注：`` line saying so and a 填表/审核/局长（签字） "
        "line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def kulun_sand_control_station_list() -> dict:
    unit = f"{PLACE}治沙站"
    sh = _Sheet("一览表", [6, 14, 10, 10, 40, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "毋湜翀", "leader", [
            ("治沙造林项目作业设计审批把关不严", "一级", "作业设计经站务会集体研究，报旗林草局审核。"),
            ("沙障、围栏材料采购指定供应商", "一级", "材料采购进入旗公共资源交易平台。"),
        ]),
        ("站领导", "副站长", "戢沅珂", "leader", [
            ("造林工程竣工验收降低标准", "二级", "验收组由技术、财务人员组成，现地抽查。"),
        ]),
        ("工程技术股", "股长", "毋峋澧", "middle", [
            ("治沙造林面积、成活率核查弄虚作假", "一级", "核查结果双人签字，卫星影像比对。"),
            ("苗木质量检验走过场", "二级", "苗木检验留样存档，不合格苗木退回。"),
        ]),
        ("财务股", "会计", "戢璟岫", "general", [
            ("治沙项目资金拨付不按进度", "二级", "资金拨付凭验收报告和进度证明。"),
            ("劳务费发放名单不实", "三级", "劳务费通过银行代发，名单公示。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("制表：办公室", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "kulun_sand_control_station_list", "https://fx361.cc/page/2018/1109/4494240.shtml",
        "旗治沙站 岗位廉政风险防控一览表, after the source's 三北工程 in 科尔沁沙地 (治沙造林, 沙障, 围栏, 造林成活): a title, "
        "序号/科室 merged/岗位 and 姓名 merged per person/廉政风险点/风险等级 ``一级/二级/三级``/防控措施; no type column; "
        "a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def kulun_taminchagan_forest_farm_cards() -> dict:
    unit = f"{PLACE}塔敏查干国有林场"
    t = _Truth(unit)
    cards = [
        ("场长", "毋霂岚", "场长", "主持林场全面工作", "leader", [
            ("林场林地被非法占用不制止、不报告", "★★★", "林地巡查台账每月上报，发现问题及时制止。"),
            ("林木抚育间伐指标私自调整", "★★★", "间伐作业设计报旗林草局审批，结果公示。"),
            ("接受承包户宴请", "★", "严守中央八项规定精神。"),
        ]),
        ("副场长", "戢晗瑀", "副场长", "分管营林、护林防火", "leader", [
            ("护林员选聘和考核优亲厚友", "★★", "护林员选聘公开，考核结果张榜。"),
            ("林班巡护补助虚报冒领", "★★", "巡护轨迹与补助挂钩，每月核对。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 36, 12, 34])
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
        "kulun_taminchagan_forest_farm_cards",
        "https://jllc.jl.gov.cn/ztzl/hbdczt/hbdc_ajbl/201708/t20170828_2900958.html",
        "旗国有林场 领导干部廉政风险防控卡, one sheet a leader, after the source's 林业局 督查 of a 林场 林班 违法占用林地 "
        "(林场 监督履职不到位, 场长 and 副场长 问责): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def kulun_seedling_station_posts() -> dict:
    unit = f"{PLACE}林木种苗站"
    sh = _Sheet("排查表", [6, 12, 10, 16, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "股室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "leader", "种苗采购", "树种、苗木、草籽采购虚开发票，抬高价格", "制度机制风险", "高",
         "种苗采购公开招标，价格经集体审定。"),
        ("种苗股", "股长", "middle", "种苗质量检验", "出具种苗质量检验合格证把关不严", "岗位职责风险", "高",
         "检验抽样双人进行，样品留存备查。"),
        ("种苗股", "股长", "middle", "良种补贴申报", "良种补贴苗圃面积审核不实", "业务流程风险", "中",
         "补贴面积现地核实，结果公示。"),
        ("种苗股", "技术员", "general", "苗圃生产许可", "种子生产经营许可证核发中收受好处", "思想道德风险", "中",
         "许可条件、程序公开，办理时限公示。"),
        ("综合股", "保管员", "general", "网围栏物资管理", "网围栏、草籽出入库不登记，私自处置", "业务流程风险", "低",
         "物资领用登记，每季度盘点。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合股", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "kulun_seedling_station_posts", "https://blog.sina.com.cn/s/blog_4b6ea0190100070f.html",
        "旗林木种苗站 岗位廉政风险点排查表 对岗不对人, after the source's blog on a 旗林业局长 who inflated invoices for "
        "树种、树苗、草籽、网围栏 (造林经费流失): a title, 序号/股室 merged/岗位 merged per post/a short 风险点/a long "
        "风险表现/风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def kulun_forest_pest_station_selfchecks() -> dict:
    unit = f"{PLACE}森林病虫害防治检疫站"
    t = _Truth(unit)
    people = [
        ("毋渟翊", "站领导", "站长", "leader", [
            ("林业有害生物防治药剂、器械采购不规范", "Ⅰ级", "药剂器械政府采购，验收双人签字。", "已落实"),
            ("防治作业队伍选定暗箱操作", "Ⅱ级", "作业队伍比选确定，结果公示。", "未发现问题"),
        ]),
        ("戢昉琦", "检疫组", "检疫员", "general", [
            ("苗木产地检疫不到现场即出证", "Ⅰ级", "产地检疫现场拍照，记录存档。", "已落实"),
            ("调运检疫证明收受好处、违规出具", "Ⅱ级", "检疫证明网上办理，全程留痕。", "已落实"),
        ]),
        ("毋岑湉", "测报组", "监测员", "general", [
            ("虫情监测数据随意填报", "Ⅲ级", "监测数据交叉复核，定期抽查。", "未发现问题"),
            ("防治效果调查弄虚作假", "Ⅱ级", "防效调查邀请乡镇林业站参加。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在股室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "站长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "kulun_forest_pest_station_selfchecks",
        "https://www.audit.gov.cn/oldweb/n9/n1797/n1799/c143261/content.html",
        "旗森林病虫害防治检疫站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 审计局 on "
        "造林绿化 审计 (坝上退化林改造, 京津风沙源治理, 苗木成活, 资金使用): a title, a label row ``姓　名 | 所在股室 | "
        "岗　位 | 填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type "
        "column; ``本人签名： | 站长意见：``",
        sheets, t,
    )  # fmt: skip


def kulun_elesun_forestry_station_group_rows() -> dict:
    unit = f"{PLACE}额勒顺镇林业工作站"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、站领导", "站领导", [
            ("站长", "戢璠澍", "leader", [
                ("退耕还林补助兑现名单审核不严", "高风险", "补助名单村级公示，站务会审核。"),
                ("后续产业项目建设任务分配不公", "中风险", "任务分配方案公开，接受群众监督。"),
            ]),
        ]),
        ("二、营造林组", "营造林组", [
            ("组长", "毋沣岷", "middle", [
                ("退耕地造林检查验收面积虚报", "高风险", "验收面积 GPS 实测，档案资料齐全。"),
            ]),
            ("技术员", "戢琬洹", "general", [
                ("造林小班档案随意变更", "中风险", "小班档案变更经站长审批并留痕。"),
                ("林农办理采伐手续时吃拿卡要", "低风险", "办理程序和时限上墙公示。"),
            ]),
        ]),
        ("三、资源管护组", "资源管护组", [
            ("护林员", "毋岷瑗", "general", [
                ("发现毁林开垦不报告、不制止", "中风险", "巡护日志每日记录，镇林业站每月检查。"),
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
                t.point(sh.name, dept, post, who, tier, point, [], HIGHS[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "kulun_elesun_forestry_station_group_rows", "https://lyj.ankang.gov.cn/Content-243842.html",
        "旗镇林业工作站 廉政风险防控责任清单, after the source's 巩固退耕还林成果 后续产业 项目 检查验收 (查现地, 审档案, "
        "核财务, 苗木管护): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``高风险/中风险/低风险``/防控措施 under GROUP "
        "ROWS ``一、站领导``, ``二、营造林组``, ``三、资源管护组`` merged across; 岗位 and 姓名 merged per person; no type "
        "column",
        [sh], t,
    )  # fmt: skip


def kulun_forestry_enforcement_two_sheets() -> dict:
    unit = f"{PLACE}林业综合行政执法大队"
    t = _Truth(unit)
    lead = _Sheet("大队领导", [6, 9, 10, 18, 38, 11, 34])
    _line(lead, f"{unit}大队领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("戢翊淼", "大队长", "主持全面工作", [
            ("非法占用林地案件查处中以罚代刑", "一级风险", "案件移送标准公开，重大案件集体讨论。"),
            ("行政处罚自由裁量权使用不当", "一级风险", "严格执行自由裁量基准，处罚决定公开。"),
        ]),
        ("毋湉峤", "副大队长", "分管案件审核", [
            ("案件审核中人情案、关系案", "二级风险", "案件审核实行回避和集体审核。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "", post, who, "leader", point, [], RISKS[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    team = _Sheet("中队", [6, 14, 10, 9, 38, 11, 34])
    _line(team, f"{unit}中队廉政风险防控一览表", 7)
    team.add("序号", "中队", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("林地执法中队", "中队长", "戢沄翙", "middle", "征占用林地清查中未批先占、少批多占不立案", "一级风险",
         "清查台账逐宗建档，发现一起查处一起。"),
        ("林地执法中队", "中队长", "戢沄翙", "middle", "临时占用林地到期不督促恢复植被", "二级风险", "到期项目逐一核查，限期恢复。"),
        ("林地执法中队", "执法队员", "毋珩湘", "general", "现场勘验笔录不实", "二级风险", "勘验两人以上，执法记录仪全程记录。"),
        ("草原执法中队", "中队长", "毋澂岱", "middle", "非法开垦草原案件查处不力", "一级风险", "案件办理限时，结果公开。"),
        ("草原执法中队", "执法队员", "戢岱琮", "general", "禁牧休牧巡查中收受牧户好处", "三级风险", "巡查轨迹留存，牧户回访。"),
    ]  # fmt: skip
    first = len(team.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        team.add(i, d, post, who, point, lv, measures)
        t.point(team.name, d, post, who, tier, point, [], RISKS[lv])
    _per_person(team, first, 1, 2, 3)
    team.add("制表：综合室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "kulun_forestry_enforcement_two_sheets", "http://www.caoyuan.biz/a/2022/050817555.html",
        "旗林业综合行政执法大队 廉政风险防控一览表 in TWO SHEETS, after the source's 县林业局 on 征占用林地 管理 (审核审批, "
        "临时占用林地 清理, 恢复植被, 打击破坏林地): sheet 大队领导 with 姓名/职务/分管工作 merged per leader, sheet 中队 "
        "with 中队 merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级风险/二级风险/三级风险``, 防控措施; "
        "no type column",
        [lead, team], t,
    )  # fmt: skip


def kulun_grassland_station_register() -> dict:
    unit = f"{PLACE}草原工作站"
    sh = _Sheet("登记表", [6, 12, 10, 10, 40, 11, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "毋翙澜", "leader", "草原生态补奖政策落实中审核把关不严", "制度机制", "一级",
         "补奖面积与承包确权数据比对，公示无异议后兑现。"),
        ("站领导", "站长", "毋翙澜", "leader", "草种补播项目实施单位选定不公开", "岗位职责", "二级",
         "项目实施单位比选，结果公示。"),
        ("监测股", "股长", "戢岚湄", "middle", "草原监测数据弄虚作假", "业务流程", "二级",
         "监测样地随机抽取，数据复核。"),
        ("监测股", "监测员", "毋瀞岐", "general", "草畜平衡核查时接受牧户宴请", "思想道德", "三级",
         "核查两人同行，签订廉洁承诺。"),
        ("财务股", "出纳", "戢瑗湛", "general", "草原管护员补贴发放不及时、截留", "外部环境", "一级",
         "补贴通过“一卡通”直接发放到人。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    _line(sh, "注：风险等级分为一级、二级、三级，一级为最高。", 8)
    sh.add("填表人：", None, None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "kulun_grassland_station_register",
        "http://www.sainaier.com.cn/n2/2021/1209/c347193-35042608.html",
        "旗草原工作站 廉政风险点排查登记表, after the source's 通辽 on 科尔沁沙地 治理 (防风固沙林, 草原, 小流域治理): "
        "``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 written on EVERY row/"
        "廉政风险点/风险类别 (short names)/风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line and a 填表人/审核人/"
        "站长（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    kulun_forestry_bureau_exclusion_marks(),
    kulun_sand_control_station_list(),
    kulun_taminchagan_forest_farm_cards(),
    kulun_seedling_station_posts(),
    kulun_forest_pest_station_selfchecks(),
    kulun_elesun_forestry_station_group_rows(),
    kulun_forestry_enforcement_two_sheets(),
    kulun_grassland_station_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch692-inbox"))

"""The nine-hundred-and-seventh batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's forestry and
grassland bodies, 和田县 (和田地区, 新疆维吾尔自治区) — its 林业和草原局, 国有林管理站, 草原工作站,
森林病虫害防治检疫站, 林木种苗站, 野生动物保护站 and two 乡镇林业站 (巴格其镇, 塔瓦库勒乡) — each handing
back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 林业和草原局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 草原工作站's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``具体表现``, ``…风险`` types, 高/中/低; no names;
- the 森林病虫害防治检疫站's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged
  分管工作 line, ``★★★/★★/★`` read by a ``注：`` line;
- the 野生动物保护站's 清单 under GROUP ROWS ``一、站领导`` … (no 科室 column), ``岗位 | 姓名`` merged
  per person, ``一级风险/二级风险/三级风险``;
- the 林木种苗站's 自查表, one sheet a person: a label row ``姓　名 | 所在股室 | 岗　位 | 填表时间`` over
  a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 巴格其镇林业站's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on
  EVERY row, short types, ``高风险/中风险/低风险``;
- the 塔瓦库勒乡林业站's 排查登记表: ``股室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别``
  (short names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``hotan_state_forest_station_posts_replaced``: the 国有林管理站's 岗位廉政风险点一览表, an ordinary
  list (``序号 | 股室 | 岗位 | 姓名 | 廉政风险点 | 风险等级 | 防控措施``, 股室 merged, 岗位 and 姓名 merged per
  person), and UNDER IT on the same sheet a SECOND LIST of the same columns, ``二、2025年动态调整岗位
  廉政风险点``, with a ``说明：`` line saying that for every post it lists its rows REPLACE ALL of that
  post's rows in the list above, and that the posts it does not list stay as above. Two posts are
  listed (副站长, 管护员): the 副站长's three new rows replace his two old ones (one kept in words,
  its level raised), the 管护员's two new rows replace his two old ones. The truth joins the two
  lists POST BY POST: the lower list for the posts it names, the upper for the rest. The README's
  读得懂的表 knows a whole old list marked repealed under the current one (left out whole), an
  ``附：2025年新增风险点`` list (kept beside the list), an adjustment table that changes only LEVELS
  (``调整前 | 调整后``) or only HOLDERS (``原责任人 | 现责任人``) of matched rows, and ``原风险点 |
  调整后风险点`` pairs in one row; it does not describe a second full list that replaces the
  whole point set of the posts it names and leaves the others standing.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (和田地区's 生态环境保护督察 整改方案 —
林草 生态修复, 防沙治沙, 草原 禁牧; a 国有林区 森林管护 paper — 管护站, 管护人员, 天保工程, 停伐;
a 旗草原工作站's news — 天然草场改良, 项目资金, 逐地块核实面积, 承包农牧户; a 州森防站's 森林植物检疫 —
苗圃, 调运检疫, 复检, 补收检疫费; a 县林业局 组建 野生动物保护站 — 打击 乱捕滥猎, 经营加工, 巡逻,
救助; a 省林木种苗质量管理办法 — 种苗生产经营许可, 质量检验, 标签; the 乡镇林业站 “一站一员一窗口”
interview — 生态护林员, 林长制, 公共服务窗口; a 市 林木采伐行政许可 交叉检查 — 伐区调查设计, 采伐
许可, 造林更新) and the layout follows their words for the unit, its parts, its posts and its risks.
The rows are worded by us, the names invented (the rare surnames 招 and 迮 with rare given names);
every unit is a body of 和田县.

Run ``python tests/published/score.py --set batch907`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the lower list's ``说明：`` line rules: a post the lower list names (its 股室,
  岗位 and 姓名 the same as above) holds exactly the lower list's rows, with their levels (the kept
  point ``林木采伐伐区调查设计审核把关不严`` takes the lower list's ``一级``); the upper list's rows of
  that post are no points; every other post holds its upper rows; one form a holder; the heading
  ``二、2025年动态调整岗位廉政风险点``, the ``说明：`` line and the 制表/审核 line are no points;
- ``站领导`` (a 股室/科室 cell, a group row, a 所在股室 cell) is the 科室 of those leaders; the 林草局's
  leaders (sheet ``局领导``) and the cards' leaders have no 科室; a 局's 股, a 站's 股 or 组 and a 乡镇
  林业站's 组 are 科室; a group row ``二、执法巡护组`` gives the 科室 ``执法巡护组``;
- every body is a unit of its own: 局长, 副局长, 站长 and 副站长 are leaders; 股长 and 组长 middle; the
  rest (会计, 出纳, 检疫员, 管护员, 巡护员, 检验员, 林政员 …) general;
- ``风险点 | 具体表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no
  points and name no holder; the 草原工作站's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b907_"
PLACE = "和田县"
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

# the list as issued: (股室, 岗位, 姓名, tier, [(廉政风险点, 风险等级, 防控措施)])
STANDING = [
    ("站领导", "站长", "招昀翥", "leader", [
        ("国有林管护项目资金安排个人说了算", "一级", "管护资金安排经站务会集体研究，会议纪要存档。"),
        ("管护人员选聘优亲厚友", "一级", "管护人员公开选聘，结果在管护站公示。"),
    ]),
    ("站领导", "副站长", "迮霁岍", "leader", [
        ("林木采伐伐区调查设计审核把关不严", "二级", "伐区调查设计两人以上现场核实，站长复核。"),
        ("天保工程补植补造验收面积不实", "二级", "验收实地测量，附GPS轨迹和照片。"),
    ]),
    ("资源管护股", "股长", "招湛珣", "middle", [
        ("林地征占用现场查验走过场", "二级", "现场查验两人以上，查验记录签字存档。"),
        ("毁林案件线索瞒报、漏报", "一级", "案件线索登记台账，每月向林草局报送。"),
    ]),
    ("资源管护股", "管护员", "迮澍峤", "general", [
        ("巡护记录弄虚作假，虚报巡护里程", "三级", "巡护定位打卡，轨迹每周抽查。"),
        ("对盗伐林木行为知情不报", "二级", "发现盗伐当日报告，站里登记核查。"),
    ]),
    ("财务股", "会计", "招沅璟", "general", [
        ("管护人员工资发放虚列人头", "一级", "工资按花名册直接打卡发放，每季度核对。"),
        ("报账票据审核不严", "三级", "报账单据经办、审核、审批三级签字。"),
    ]),
]  # fmt: skip

# the 2025 adjustment: these posts' rows replace all their rows above
REPLACED = [
    ("站领导", "副站长", "迮霁岍", "leader", [
        ("林木采伐伐区调查设计审核把关不严", "一级", "伐区调查设计经站务会集体审核，结果公示。"),
        ("停伐后林区清理腐朽木处置不规范", "一级", "清理数量现场检尺登记，处置收入全额上缴。"),
        ("森林管护考核打分优亲厚友", "二级", "考核由两人以上打分，结果在站内公示。"),
    ]),
    ("资源管护股", "管护员", "迮澍峤", "general", [
        ("入山人员登记不实，放任无证入山采挖", "二级", "入山登记实行一人一登记，站里每周核对。"),
        ("收受好处后对林区放牧睁一只眼闭一只眼", "二级", "签订廉洁承诺书，巡护情况交叉检查。"),
    ]),
]  # fmt: skip


def hotan_state_forest_station_posts_replaced() -> dict:
    unit = f"{PLACE}国有林管理站"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 7)
    sh.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    replaced = {(d, p, w) for d, p, w, _, _ in REPLACED}
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in STANDING:
        for point, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, lv, measures)
            if (dept, post, who) not in replaced:
                t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add()
    _line(sh, "二、2025年动态调整岗位廉政风险点", 7)
    _line(
        sh,
        "说明：下表所列岗位的廉政风险点以下表为准，替换上表中该岗位的全部风险点；未列入下表的岗位仍按上表执行。",
        7,
    )
    sh.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in REPLACED:
        for point, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("制表：综合股", None, None, "审核：", None, "2025年3月", None)
    return _layout(
        "hotan_state_forest_station_posts_replaced", "http://m.handmsg.com/page/2016/1226/433663.shtml",
        "(harder) 县国有林管理站 岗位廉政风险点一览表, after the source's paper on 国有林区 森林管护 after 停伐 (管护站, "
        "管护人员, 天保工程, 清理, 考核): a title and an ordinary list ``序号 | 股室 | 岗位 | 姓名 | 廉政风险点 | 风险等级 | "
        "防控措施`` (股室 merged, 岗位/姓名 merged per person, ``一级/二级/三级``), then on the same sheet a SECOND LIST "
        "``二、2025年动态调整岗位廉政风险点`` with a ``说明：`` line (下表所列岗位…替换上表中该岗位的全部风险点；未列入"
        "下表的岗位仍按上表执行) and the same heading: the 副站长's three rows and the 管护员's two rows replace all their "
        "rows above; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def hotan_forestry_bureau_two_sheets() -> dict:
    unit = f"{PLACE}林业和草原局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("招瀚翥", "局长", "主持全面工作", [
            ("防沙治沙、生态修复项目资金安排个人说了算", "一级", "项目资金安排经局党组会集体研究，会议纪要存档。"),
            ("插手林草工程招标，为亲友承揽工程打招呼", "一级", "领导干部插手工程项目登记报告，招标全程进平台。"),
        ]),
        ("迮霈岱", "副局长", "分管草原、生态保护修复", [
            ("草原禁牧和草畜平衡核查放松要求", "一级", "核查结果由乡镇、村两级签字确认并公示。"),
            ("督察整改项目验收把关不严", "二级", "整改项目验收邀请纪检、财政人员参加。"),
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
        ("营造林股", "股长", "招湉昶", "middle", "造林绿化工程验收成活率不实", "一级",
         "验收实地抽样，乡镇林业站和村代表签字。"),
        ("营造林股", "股长", "招湉昶", "middle", "苗木采购指定供应商", "二级", "苗木采购三家比价，结果公示。"),
        ("资源管理股", "股长", "迮潇岍", "middle", "林地征占用审核不按规定现场查验", "一级", "现场查验两人以上，审核意见集体研究。"),
        ("财务股", "会计", "迮渟珣", "general", "生态护林员补助资金审核不严", "二级", "补助名单逐人核实，按月公示。"),
        ("财务股", "出纳", "招淏峋", "general", "现金收支不及时入账，公款私存", "一级", "现金日清月结，每月对账。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "hotan_forestry_bureau_two_sheets", "https://www.xjht.gov.cn/article/show.php?itemid=315236",
        "县林业和草原局 廉政风险防控一览表 in TWO SHEETS, after the source's 地区 生态环境保护督察 整改方案 (林草 生态修复, "
        "防沙治沙, 草原 禁牧, 整改措施): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 merged "
        "and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def hotan_grassland_station_posts() -> dict:
    unit = f"{PLACE}草原工作站"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "具体表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "leader", "天然草场改良项目", "改良项目施工单位选定暗箱操作", "制度机制风险", "高",
         "项目招标进平台，站内集体研究实施方案。"),
        ("草原监测组", "组长", "middle", "草原资源监测", "监测样地、样方数据编造", "岗位职责风险", "中",
         "监测原始记录双人签字，站里抽查复核。"),
        ("草原监测组", "监测员", "general", "改良面积核实", "逐地块核实面积时多报少报，收受好处", "业务流程风险", "高",
         "核实结果由村两委和承包户签字确认。"),
        ("项目管理组", "项目专干", "general", "种草补助发放", "补助资金发放给非承包农牧户", "思想道德风险", "高",
         "补助名单在村务公开栏公示，一卡通发放。"),
        ("项目管理组", "项目专干", "general", "项目物资管理", "草种、围栏物资出入库账实不符", "外部环境风险", "低",
         "物资出入库登记，每季度盘点。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "hotan_grassland_station_posts", "https://swgk.naimanyun.cn/front/information/30218",
        "县草原工作站 岗位廉政风险点排查表 对岗不对人, after the source's 旗草原工作站 news (天然草场改良, 项目资金, 逐地块核实面积, "
        "承包农牧户): a title, 序号/科室 merged/岗位 merged per post/a short 风险点/a long 具体表现/风险类型 ``…风险``/"
        "风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def hotan_forest_pest_station_cards() -> dict:
    unit = f"{PLACE}森林病虫害防治检疫站"
    t = _Truth(unit)
    cards = [
        ("站长", "迮翾濛", "站长", "主持全站工作", "leader", [
            ("防治药剂、器械采购指定供应商", "★★★", "采购三家比价，验收合格后入库。"),
            ("林业有害生物防治作业验收不严", "★★★", "作业验收现场抽查，乡镇林业站签字。"),
            ("接受苗圃、木材经营户宴请", "★", "严守中央八项规定精神，节前廉洁提醒。"),
        ]),
        ("副站长", "招翊潾", "副站长", "分管植物检疫", "leader", [
            ("苗木调运检疫不到现场，凭关系出证", "★★", "调运检疫实行现场查验，检疫证书编号登记。"),
            ("对未经检疫调运的苗木补检收费不开票", "★★", "检疫收费统一开具票据，当日缴入专户。"),
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
        "hotan_forest_pest_station_cards", "http://yifenx.cc/htm/2007/0920/3491.html",
        "县森林病虫害防治检疫站 领导干部廉政风险防控卡, one sheet a leader, after the source's 州森防站 森林植物检疫 news "
        "(苗圃, 调运检疫, 复检, 补收检疫费): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def hotan_wildlife_station_group_rows() -> dict:
    unit = f"{PLACE}野生动物保护站"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、站领导", "站领导", [
            ("站长", "招璆岙", "leader", [
                ("野生动物违法案件查处中说情、干预", "一级风险", "案件集体审议，处罚决定公开。"),
                ("人工繁育、经营利用许可初审把关不严", "一级风险", "初审材料两人审核，现场核查留痕。"),
            ]),
        ]),
        ("二、执法巡护组", "执法巡护组", [
            ("组长", "迮琛峣", "middle", [
                ("集贸市场、餐馆检查选择性执法", "二级风险", "检查对象随机抽取，全程记录。"),
            ]),
            ("巡护员", "招珩昱", "general", [
                ("巡护发现乱捕滥猎不制止、不报告", "二级风险", "巡护日志每日上报，站里抽查。"),
                ("收缴的野生动物及制品私自处理", "一级风险", "收缴物品登记造册，两人以上处置。"),
            ]),
        ]),
        ("三、救护繁育组", "救护繁育组", [
            ("救护员", "迮瑀晅", "general", [
                ("救护饲料、药品采购虚报数量", "三级风险", "采购凭单入库，每月盘点。"),
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
        "hotan_wildlife_station_group_rows", "http://218.28.6.71:81/Qikan/Article/Detail?id=15940727",
        "县野生动物保护站 廉政风险防控责任清单 under GROUP ROWS, after the source's 县林业局 组建野生动物保护站 report (打击 乱捕滥猎, "
        "经营加工, 巡逻, 救助): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施, group rows "
        "``一、站领导``, ``二、执法巡护组``, ``三、救护繁育组`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def hotan_seedling_station_selfchecks() -> dict:
    unit = f"{PLACE}林木种苗站"
    t = _Truth(unit)
    people = [
        ("迮炜旸", "站领导", "站长", "leader", [
            ("林木种苗生产经营许可审核放宽条件", "Ⅰ级", "许可申请材料集体审核，现场核查两人以上。", "已落实"),
            ("良种采穗圃建设项目指定施工单位", "Ⅱ级", "项目按限额标准进入公共资源交易。", "未发现问题"),
        ]),
        ("招熠暐", "质量检验股", "检验员", "general", [
            ("种苗质量检验数据弄虚作假", "Ⅰ级", "检验原始记录双人签字，留样备查。", "已落实"),
            ("对无标签、无检疫证苗木放行", "Ⅲ级", "苗木出圃查验标签和检疫证，登记台账。", "已落实"),
        ]),
        ("迮煦珺", "种苗管理股", "股长", "middle", [
            ("造林苗木供应计划分配向关系户倾斜", "Ⅰ级", "供应计划经站务会研究，结果公示。", "未发现问题"),
            ("种子储备库出入库账实不符", "Ⅱ级", "出入库双人登记，每季度盘点。", "已落实"),
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
        "hotan_seedling_station_selfchecks", "https://abg.baidu.com/tags/zhbm556kuha5nrf623lmhz6wzla37oo4ydw3b3fxva16",
        "县林木种苗站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 省林木种苗质量管理办法 "
        "(生产经营许可, 质量检验, 标签, 检疫证): a title, a label row ``姓　名 | 所在股室 | 岗　位 | 填表时间`` over a row of "
        "values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; ``本人签名： | 站长意见：``",
        sheets, t,
    )  # fmt: skip


def hotan_bagqi_town_station_list() -> dict:
    unit = f"{PLACE}巴格其镇林业站"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "招曦琰", "leader", "生态护林员选聘优亲厚友", "制度机制", "高风险",
         "护林员由村推荐、站里考核、公示后聘用。"),
        ("站领导", "站长", "招曦琰", "leader", "护林员考核打分不公，扣发补助随意", "岗位职责", "中风险",
         "考核结果在村务公开栏公示，扣发须经站务会研究。"),
        ("服务窗口", "窗口受理员", "迮玹岷", "general", "林木采伐申请受理吃拿卡要", "业务流程", "高风险",
         "受理事项一次告知，办理时限公开。"),
        ("服务窗口", "窗口受理员", "迮玹岷", "general", "对材料不全的申请违规受理", "思想道德", "低风险",
         "受理材料清单公开，站长抽查。"),
        ("林长制办公室", "林长制专干", "招燊峦", "general", "林长巡林记录代填、补填", "外部环境", "中风险",
         "巡林记录与定位轨迹核对。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "hotan_bagqi_town_station_list", "https://www.axdbkk.com/html_3/zaixianpingtai/27034/list/7.html",
        "镇林业站 岗位廉政风险防控一览表, after the source's interview on 乡镇林业站 “一站一员一窗口” (生态护林员, 林长制, "
        "公共服务窗口, 林政执法): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 on "
        "EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/站长（签字） line",
        [sh], t,
    )  # fmt: skip


def hotan_tawakkul_township_station_register() -> dict:
    unit = f"{PLACE}塔瓦库勒乡林业站"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "迮璟岚", "leader", [
            ("伐区调查设计与实际不符仍上报", "制度机制", "一级", "伐区调查设计两人以上现场核实。"),
            ("采伐迹地更新造林验收不严", "岗位职责", "二级", "更新造林验收实地抽查，村代表签字。"),
        ]),
        ("林政组", "林政员", "招昶嵘", "general", [
            ("为不符合条件的申请人出具采伐初审意见", "业务流程", "一级", "初审意见附现场照片，站长复核。"),
        ]),
        ("资源组", "资源管理员", "迮暐珈", "general", [
            ("林地变更调查数据随意改动", "业务流程", "二级", "变更数据留痕，每季度比对。"),
            ("对违法占用林地行为不报告", "思想道德", "三级", "发现问题当日上报，登记台账。"),
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
        "hotan_tawakkul_township_station_register", "http://dydjgc.com/xwzx/hyxw/683.html",
        "乡林业站 廉政风险点排查登记表, after the source's 市 林木采伐行政许可 交叉检查 (伐区调查设计, 采伐许可, 申请材料, "
        "造林更新): a title, 序号/股室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 "
        "``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    hotan_state_forest_station_posts_replaced(),
    hotan_forestry_bureau_two_sheets(),
    hotan_grassland_station_posts(),
    hotan_forest_pest_station_cards(),
    hotan_wildlife_station_group_rows(),
    hotan_seedling_station_selfchecks(),
    hotan_bagqi_town_station_list(),
    hotan_tawakkul_township_station_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch907-inbox"))

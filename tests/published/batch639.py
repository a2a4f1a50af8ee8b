"""The six-hundred-and-thirty-ninth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one district's 文物 and
博物馆 bodies, 玉泉区 (of 呼和浩特市, 内蒙古) — its 博物馆, 图书馆, 非物质文化遗产保护中心, 文化馆,
大召文物保管所, 文物保护中心 and 民俗纪念馆 — each handing back the 一览表, 防控卡, 排查表, 清单 or
自查表 its staff typed in WPS or Excel:

- the 博物馆's 一览表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``风险类型`` (short names),
  ``一级/二级/三级``;
- the 图书馆's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …``, 高/中/低, no type column;
- the 非物质文化遗产保护中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, no names, ``Ⅰ级/Ⅱ级/Ⅲ级``;
- the 文化馆's 清单 under GROUP ROWS ``一、馆领导`` …, ``★★★/★★/★`` read by a ``注：`` line;
- the 大召文物保管所's 自查表, one sheet a person, a label row over a row of values, ``高风险/中风险/低风险``;
- the 文物保护中心's 一览表 in TWO SHEETS ``中心领导`` / ``科室``, ``一级风险/二级风险/三级风险``;
- the 民俗纪念馆's 一览表 under ``附件3`` and a 填报单位 line, ``部门 | 岗位 | 责任人`` on EVERY row,
  ``…风险`` types, 高/中/低, a ``注：`` line.

One is harder:

- ``yuquan_relics_office_duty_columns``: the 文物保护管理所's 廉政风险防控责任分工表: a small STAFF
  TABLE above the list (``岗　位 | 所长 | 副所长 | …`` over ``姓　名 | …``), then ONE ROW A POINT
  ``序号 | 廉政风险点 | 风险等级 | 主责岗位 | 配合岗位 | 监督岗位 | 防控措施``; the three duty columns each
  name POSTS (no names), the 配合岗位 cell often two posts (``副所长、文物保护股股长``), the 监督岗位
  cell a leader; a ``注：`` line says the 主责岗位 is the post whose point the row is, 配合/监督 posts
  help or watch and are not its holders. The point is the holder's of the 主责岗位, his name looked
  up in the staff table. The README's 读得懂的表 knows a ``●主责　○配合`` matrix of post columns, a
  ``监督岗位`` column beside a 风险岗位 column, post boxes ticked in one ``责任岗位`` cell resolved by a
  staff table, and ``经办人 | 复核人 | 审批人`` columns picked by a per-row stage; it does not describe
  THREE duty columns of post NAMES (主责 | 配合 | 监督), only the first giving the holder, with the
  names only in a staff table above.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (文物安全 监管, 可移动文物 普查 and 修复,
馆藏文物 登记 and 库房, 文物安全自查报告, 文物安全隐患排查整治, 古建维护修缮工程 预决算 and 材料单价,
文物安全 “甘肃经验”, “谁使用谁管理谁负责”, 博物馆 藏品 登记 建账) and the layout follows their words
for the unit, its parts, its posts and its risks. The rows are worded by us, the names invented (the
rare surnames 戈 and 宫 with rare given names); every unit is a body of 玉泉区.

Run ``python tests/published/score.py --set batch639`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the row's point is the point of the ``主责岗位`` post, its holder the name under
  that post in the staff table; ``配合岗位`` and ``监督岗位`` name no holder of the row; one form a
  holder, no 科室 (the list names none; the staff table's 股 are part of the post, ``文物保护股股长``);
  the staff table, the ``注：`` line and the sign-off line are no points;
- every 馆, 中心 and 所 is a unit of its own; 馆长, 副馆长, 主任, 副主任, 所长, 副所长 are leaders; a
  科/股/部's 科长, 股长, 部长 middle; the rest general;
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

PREFIX = "b639_"
PLACE = "玉泉区"
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

# the staff table above the list: (post, name, tier)
STAFF = [
    ("所长", "宫翊珩", "leader"),
    ("副所长", "戈珺骁", "leader"),
    ("文物保护股股长", "宫湉珞", "middle"),
    ("文物保管员", "戈昀岐", "general"),
    ("会计", "宫沁璠", "general"),
]

# (廉政风险点, 风险等级, 主责岗位, 配合岗位, 监督岗位, 防控措施)
DUTIES = [
    ("文物保护单位修缮工程预决算审核不严，虚增工程量", "高", "所长", "副所长、会计", "区文旅局",
     "修缮工程预决算委托第三方审核，结果所务会研究。"),
    ("古建维修材料单价确定不经比价，指定供应商", "高", "副所长", "文物保护股股长", "所长",
     "材料单价三家比价，询价记录存档。"),
    ("文物安全巡查记录弄虚作假", "中", "文物保护股股长", "文物保管员", "副所长",
     "巡查轨迹定位上传，每月抽查。"),
    ("馆藏文物出入库不登记，私自借出", "高", "文物保管员", "文物保护股股长", "副所长",
     "出入库双人签字，账物每季度核对。"),
    ("文物保护专项资金挤占挪用", "高", "会计", "所长", "区文旅局", "专项资金专账核算，按进度拨付。"),
    ("文物考古调查勘探中收受建设单位好处", "中", "副所长", "文物保护股股长", "所长",
     "勘探结论集体审定，廉洁承诺书随报告存档。"),
    ("可移动文物普查登录信息不实", "低", "文物保管员", "会计", "文物保护股股长",
     "登录信息与实物照片逐件核对。"),
    ("接受施工单位宴请、礼品礼金", "低", "所长", "副所长", "区纪委派驻纪检监察组",
     "严守中央八项规定精神，节前廉洁提醒。"),
]  # fmt: skip


def yuquan_relics_office_duty_columns() -> dict:
    unit = f"{PLACE}文物保护管理所"
    sh = _Sheet("分工表", [6, 40, 8, 14, 22, 16, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任分工表", 7)
    _line(sh, f"单位：{unit}{GAP * 16}2025年6月", 7)
    sh.add("岗　位", *[post for post, _, _ in STAFF], None)
    sh.add("姓　名", *[who for _, who, _ in STAFF], None)
    sh.add()
    sh.add("序号", "廉政风险点", "风险等级", "主责岗位", "配合岗位", "监督岗位", "防控措施")
    for i, (point, lv, lead, helps, watch, measures) in enumerate(DUTIES, 1):
        sh.add(i, point, lv, lead, helps, watch, measures)
    for post, who, tier in STAFF:
        for point, lv, lead, _h, _w, _m in DUTIES:
            if lead == post:
                t.point(sh.name, "", post, who, tier, point, [], HML[lv])
    _line(
        sh,
        "注：主责岗位为该风险点的责任岗位；配合岗位、监督岗位协助或监督落实，不承担该风险点。",
        7,
    )
    sh.add("填表：", None, "审核：", None, "所长（签字）：", None, None)
    return _layout(
        "yuquan_relics_office_duty_columns", "http://www.zjsjw.gov.cn/yixiankuaixun/202504/t20250421_23400570_ext.html",
        "(harder) 区文物保护管理所 廉政风险防控责任分工表, after the source's 文化遗产保护领域专项监督 (古建维护修缮工程 预决算, "
        "材料单价确定, 经费审核, 文物维保修缮资金): a title, a ``单位：…　2025年6月`` line, a STAFF TABLE ``岗　位 | 所长 | 副所长 "
        "| …`` over ``姓　名 | …``, then ONE ROW A POINT ``序号 | 廉政风险点 | 风险等级 | 主责岗位 | 配合岗位 | 监督岗位 | 防控措施``, "
        "the three duty columns naming POSTS only (配合 often two posts), the row's holder the 主责岗位's, his name in the staff "
        "table; 高/中/低, no type column; a ``注：`` line and a 填表/审核/所长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def yuquan_museum_list() -> dict:
    unit = f"{PLACE}博物馆"
    sh = _Sheet("一览表", [6, 12, 10, 10, 38, 12, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("馆领导", "馆长", "宫骞琭", "leader", [
            ("藏品征集价格评估不经专家集体论证", "制度机制", "一级", "征集价格由三名以上专家论证。"),
            ("展陈布展项目化整为零规避招标", "业务流程", "一级", "布展项目按限额标准采购。"),
        ]),
        ("藏品保管部", "部长", "戈澴玥", "middle", [
            ("藏品总账、分类账登记不及时，账物不符", "岗位职责", "二级", "账物每年清点一次，结果报馆务会。"),
        ]),
        ("藏品保管部", "保管员", "宫曌岚", "general", [
            ("库房钥匙一人掌管，单人进出库房", "业务流程", "一级", "库房实行双人双锁。"),
            ("藏品提用后不按时归库", "岗位职责", "三级", "提用单注明归还时间，逾期通报。"),
        ]),
        ("开放服务部", "讲解员", "戈琇淇", "general", [
            ("私自收取团体讲解费用", "思想道德", "二级", "讲解服务免费，收费公示牌公开。"),
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
    sh.add("制表：办公室", None, None, "审核：", None, None, "2025年5月", None)
    return _layout(
        "yuquan_museum_list", "http://121jk.cn/news/redianzhuanti/show53238_2.html",
        "区博物馆 岗位廉政风险防控一览表, after the source's 文物保护规划 (可移动文物 普查, 馆藏文物 修复, 库房标准, 文物安全): "
        "序号/科室 merged/岗位 and 姓名 merged per person/廉政风险点/风险类型 (short names)/风险等级 ``一级/二级/三级``/防控措施; "
        "a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def yuquan_library_cards() -> dict:
    unit = f"{PLACE}图书馆"
    t = _Truth(unit)
    cards = [
        ("馆长", "宫霁棠", "馆长", "leader", [
            ("图书采购不经集体研究，指定书商", "高", "图书采购按政府采购程序，书目公开。"),
            ("古籍修复项目验收走过场", "中", "验收邀请区文物保护管理所参加。"),
            ("接受书商宴请、回扣", "高", "签订廉洁承诺书，书商评价公开。"),
        ]),
        ("采编部主任", "戈湛珈", "采编部主任", "middle", [
            ("图书验收数量、质量把关不严", "中", "验收双人签字，抽检记录存档。"),
            ("赠书登记不全，私自处置", "低", "赠书逐册登记，每年清点。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, tier, items in cards:
        sh = _Sheet(tab, [8, 36, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, lv, measures) in enumerate(items, 1):
            sh.add(i, point, lv, measures)
            # ('采编部主任': the 部 and its head, split as the reader's convention has it)
            dept, title = ("采编部", "主任") if post == "采编部主任" else ("", post)
            t.point(sh.name, dept, title, who, tier, point, [], HML[lv])
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "yuquan_library_cards", "https://www.zhetiaohe.com/ss/675c45ce3d101990b95a38aa79cbec12c93bf811d2f7fa3420a09c405376e6828af08348483c2368.html",
        "区图书馆 岗位廉政风险防控卡, one sheet a person, after the source's page on 文物 “谁使用谁管理谁负责”: a title, "
        "``姓　名 | … | 职　务 | …``, then 序号/风险点/风险等级 高/中/低/防控措施; no type column; 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def yuquan_heritage_centre_posts() -> dict:
    unit = f"{PLACE}非物质文化遗产保护中心"
    sh = _Sheet("排查表", [6, 12, 12, 40, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 6)
    sh.add("序号", "科室", "岗位", "风险点", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "非遗代表性传承人推荐认定优亲厚友", "Ⅰ级", "推荐名单经专家评审并公示。"),
        ("中心领导", "主任", "leader", "非遗保护专项资金分配不公开", "Ⅰ级", "资金分配方案公开，接受审计。"),
        ("保护传承科", "科长", "middle", "传承人补助资金审核不严", "Ⅱ级", "补助按年度考核结果发放。"),
        ("保护传承科", "科员", "general", "非遗项目申报材料弄虚作假", "Ⅱ级", "申报材料实地核查。"),
        ("展示传播科", "科员", "general", "非遗展演活动经费虚报", "Ⅲ级", "活动经费凭合同和发票报销。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, [], ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, "审核：", None, "2025年4月", None)
    return _layout(
        "yuquan_heritage_centre_posts", "http://fuchuonang.cn/zichabaogao/2434741.html",
        "区非物质文化遗产保护中心 岗位廉政风险点排查表 对岗不对人, after the source's 文物安全自查报告 (文物保护单位, 领导小组, "
        "股室负责人): a title, 序号/科室 merged/岗位 merged per post/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names, no "
        "type column; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def yuquan_culture_hall_group_rows() -> dict:
    unit = f"{PLACE}文化馆"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、馆领导", "馆领导", [
            ("馆长", "戈曈瑄", "leader", [
                ("群众文化活动外包服务商选定暗箱操作", "★★★", "服务商比选，结果公示。"),
                ("免费开放补助资金使用不规范", "★★", "补助资金专账核算，年终审计。"),
            ]),
        ]),
        ("二、办公室", "办公室", [
            ("主任", "宫珝沅", "middle", [
                ("公务接待超标准", "★★", "接待实行公函制度，清单报销。"),
            ]),
            ("会计", "戈滢玙", "general", [
                ("报账票据审核不严", "★★", "报账单据三级审核。"),
                ("现金管理不规范", "★", "现金日清月结，定期盘点。"),
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
                t.point(sh.name, dept, post, who, tier, point, [], STARS[lv])
        _per_person(sh, first, None, 1, 2)
    _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 6)
    sh.add("制表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "yuquan_culture_hall_group_rows", "http://m.bubsandbeans.com/paper/372345465.html",
        "区文化馆 廉政风险防控责任清单, after the source's 文物安全隐患排查整治工作总结 (职责分工, 隐患排查, 整改): a title, "
        "序号/岗位/姓名/廉政风险点/风险等级 ``★★★/★★/★``/防控措施 under GROUP ROWS ``一、馆领导``, ``二、办公室`` merged "
        "across; 岗位 and 姓名 merged per person; a ``注：`` line; no type column",
        [sh], t,
    )  # fmt: skip


def yuquan_dazhao_keeper_selfchecks() -> dict:
    unit = f"{PLACE}大召文物保管所"
    t = _Truth(unit)
    people = [
        ("宫璟芊", "所领导", "所长", "leader", [
            ("寺庙古建筑修缮工程变更签证把关不严", "高风险", "工程变更经所务会研究并报区文旅局。"),
            ("门票收入不及时足额上缴", "高风险", "门票收入每日解缴，票据连号管理。"),
        ]),
        ("戈屹瑛", "安全保卫股", "股长", "middle", [
            ("消防、安防设施维保验收走过场", "中风险", "维保验收拍照留痕，双人签字。"),
            ("安全巡查记录补记、代签", "低风险", "巡查记录每周抽查。"),
            ("安防监控录像不按规定保存", "中风险", "录像保存不少于九十天，每月检查。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在股室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures) in enumerate(points, 1):
            sh.add(i, point, lv, measures, "已落实")
            t.point(sh.name, dept, post, who, tier, point, [], HIGHS[lv])
        sh.add()
        sh.add("本人签名：", None, "所长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "yuquan_dazhao_keeper_selfchecks", "http://szlusun.com/culture/system/2022/05/12/012761019.shtml",
        "区文物保管所 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 文物安全 “甘肃经验” "
        "(安全防护工程, 三防项目, 安全责任体系): a title, a label row ``姓　名 | 所在股室 | 岗　位 | 填表时间`` over a row of "
        "values, then 序号/风险点/风险等级 ``高风险/中风险/低风险``/防控措施/``自查情况``; no type column",
        sheets, t,
    )  # fmt: skip


def yuquan_relics_centre_two_sheets() -> dict:
    unit = f"{PLACE}文物保护中心"
    t = _Truth(unit)
    lead = _Sheet("中心领导", [6, 9, 9, 18, 38, 11, 34])
    _line(lead, f"{unit}领导班子廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("戈玹璐", "主任", "主持全面工作", [
            ("文物保护工程设计单位选定个人说了算", "一级风险", "设计单位按程序比选，集体研究。"),
            ("考古发掘经费拨付不按进度", "二级风险", "经费按进度拨付，审计跟踪。"),
        ]),
        ("宫珺滢", "副主任", "分管田野文物安全", [
            ("田野文物巡查员补助发放不实", "二级风险", "补助凭巡查记录发放，名单公示。"),
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
    dept = _Sheet("科室", [6, 14, 9, 9, 38, 11, 34])
    _line(dept, f"{unit}科室廉政风险防控一览表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("考古研究科", "科长", "戈珩滢", "middle", "建设项目考古勘探结论出具不实", "一级风险", "勘探结论集体审定。"),
        ("考古研究科", "科员", "宫琬湛", "general", "出土文物移交登记不全", "二级风险", "出土文物当日登记，双人核对。"),
        ("文物安全科", "科长", "戈璠昶", "middle", "文物违法案件查处降格处理", "一级风险", "案件查处集体审议。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], RISKS[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "yuquan_relics_centre_two_sheets", "http://m.jianbiaoku.com/webarbs/book/21315/616642.shtml",
        "区文物保护中心 廉政风险防控一览表 in TWO SHEETS, after the source's 博物馆与馆藏文物 管理办法 (藏品档案, 文物库房, "
        "调拨交换借用): sheet 中心领导 with 姓名/职务/分管工作 merged per leader, sheet 科室 with 科室 merged and 岗位/姓名 "
        "merged per person; 风险等级 ``一级风险/二级风险/三级风险``; no type column",
        [lead, dept], t,
    )  # fmt: skip


def yuquan_folk_memorial_list() -> dict:
    unit = f"{PLACE}民俗纪念馆"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 8, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("馆领导", "馆长", "宫昶瑜", "leader", "陈列改造项目验收把关不严", "制度机制风险", "高",
         "验收邀请专家和区审计局参加。"),
        ("馆领导", "馆长", "宫昶瑜", "leader", "文创产品开发合作方选定不公开", "外部环境风险", "中",
         "合作方公开征集，集体研究确定。"),
        ("陈列研究部", "部长", "戈翾琪", "middle", "展品借展手续不全", "岗位职责风险", "中", "借展协议报馆务会审定。"),
        ("综合部", "出纳", "宫岍沄", "general", "文创产品销售款不入账", "业务流程风险", "高", "销售款每日对账入账。"),
        ("综合部", "保安员", "戈澜琤", "general", "值班期间放无关人员进入展厅", "思想道德风险", "低", "值班登记，监控抽查。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _line(sh, "注：风险等级分为高、中、低三级。", 8)
    sh.add("填表人：", None, None, "审核人：", None, "馆长（签字）：", None, None)
    return _layout(
        "yuquan_folk_memorial_list", "https://scholarmate.com/S/QpL7QL",
        "区民俗纪念馆 岗位廉政风险防控一览表, after the source's abstract on 博物馆安全保障 (藏品安全存放、保管和管理): ``附件3``, "
        "a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 written on EVERY row/廉政风险点/风险类型 "
        "``…风险``/风险等级 高/中/低/防控措施; a ``注：`` line and a 填表人/审核人/馆长（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    yuquan_relics_office_duty_columns(),
    yuquan_museum_list(),
    yuquan_library_cards(),
    yuquan_heritage_centre_posts(),
    yuquan_culture_hall_group_rows(),
    yuquan_dazhao_keeper_selfchecks(),
    yuquan_relics_centre_two_sheets(),
    yuquan_folk_memorial_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch639-inbox"))

"""The six-hundred-and-sixty-sixth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one banner's heritage
bodies, 正蓝旗 (of 锡林郭勒盟, 内蒙古) — its 文物事业管理局, 元上都遗址管理处, 元上都文物保护中心,
元上都遗址博物馆, 元上都旅游服务公司, 文化市场综合执法大队, 元上都考古工作站 and 文物保护工程管理站 —
each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 文物事业管理局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 文物保护中心's 排查表 对岗不对人: ``部门`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 遗址博物馆's 自查表, one sheet a person: a label row ``姓　名 | 所在部门 | 岗　位 | 填表时间`` over a
  row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 旅游服务公司's 责任清单 under GROUP ROWS ``一、公司领导`` … ``三、综合部`` merged across (no 部门
  column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 综合执法大队's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 考古工作站's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on EVERY
  row, short types, ``高风险/中风险/低风险``;
- the 文物保护工程管理站's 排查登记表: ``股室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别``
  (short names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``zhenglanqi_site_office_zone_matrix``: the 元上都遗址管理处's 文物看护员廉政风险点分区责任表, ONE ROW A
  POINT (``序号 | 廉政风险点 | 风险等级 | … | 防控措施``) and a TWO-ROW heading whose ``责任区域及看护员`` is
  merged across one column a ZONE of the site (``宫城 | 皇城 | 外城 | 关厢 | 铁幡竿渠``); each cell holds
  the NAME of the 看护员 who answers for the row's point in that zone (``/`` where the zone has no such
  risk), so a column is a zone, not a holder: one 看护员 guards two zones and stands in two cells of
  one row (one point of his), one zone has two 看护员 (different names down its column, or both in one
  cell ``房骊洹、房汭頔``), and a holder's points are the rows whose zone cells name him. The README's
  读得懂的表 knows holders as columns (post over name, ticks), level columns whose cells name the holders,
  holders under a merged 风险等级 heading each cell his own level, 经办人 | 复核人 | 审批人 columns and
  ``负责片区`` as no 科室; it does not describe columns of places (zones) whose cells name the holders,
  where a name recurs across columns of one row and a column changes holder down the rows.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (元上都遗址 — 宫城、皇城、外城、关厢和
铁幡竿渠; 正蓝旗's 元上都文物事业管理局 and 保护区 派专人看护, 旅游环路; 元上都遗址 地质环境治理 项目
招投标; 元上都 保护区 七处遗址 — 羊群庙祭祀区, 砧子山墓葬区; 元上都 湿地公园 and 游客接待; 文博系统
腐败 — 鉴定, 捐赠文物处置, 影子公司; a 文物馆 馆长 受贿 and 古建筑 修缮; 文物安全 “十四五” — 法人违法,
盗掘, 执法督察) and the layout follows their words for the unit, its parts, its posts and its risks.
The rows are worded by us, the names invented (the rare surnames 童 and 房 with rare given names);
every unit is a body of 正蓝旗.

Run ``python tests/published/score.py --set batch666`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file every name in a zone cell makes the row's point a point of that 看护员, with the
  row's level; a name in two zone cells of one row is ONE point of his; a cell naming two people
  gives the point to both; the zones are where they guard, not 科室 (``负责片区`` is no 科室 either):
  one form a 看护员 (post ``看护员`` from the heading), no 科室; ``/`` names nobody; ``防控措施`` names no
  holder; the ``注：`` line and the 填表/审核 line are no points;
- ``局领导`` (a sheet), ``馆领导``, ``公司领导``, ``站领导`` (a 部门 cell, a group row, a 所在部门 cell) are the
  科室 of those leaders where written; the 管理局's leaders (sheet ``局领导``, no 科室 column) and the
  cards' leaders have no 科室; a 局's or 站's 股, a 中心's, 馆's, 公司's or 工作站's 部 and 室 are 科室; a
  group row ``二、票务部`` gives the 科室 ``票务部`` (its number left off);
- every body is a unit of its own: 局长, 副局长, 馆长, 总经理, 大队长, 副大队长, 主任 of the 中心 and 站长
  are leaders; 股长 and a 部's 主任 or 经理 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no points
  and name no holder; the 文物保护中心's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b666_"
PLACE = "正蓝旗"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
NONE = "/"
SEP = "、"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

ZONES = ["宫城", "皇城", "外城", "关厢", "铁幡竿渠"]
GUARD = "看护员"
# the 看护员, in the truth's order
GUARDS = ["童玙翯", "房骊洹", "童泖琤", "房汭頔"]

# (廉政风险点, 风险等级, the zone cells (names joined by 、, or None), 防控措施)
ZONED = [
    ("巡查记录不实，漏巡后补记、代签巡查日志", "高",
     ("童玙翯", "童玙翯", "房骊洹", None, "童泖琤"),
     "巡查轨迹由定位终端记录，管理处每周比对日志。"),
    ("收受好处，默许游客越界进入宫城遗址本体", "高",
     ("童玙翯", None, None, None, None),
     "宫城区设置视频监控，越界行为当日报告。"),
    ("保护范围内违规放牧、取土不制止、不报告", "中",
     (None, None, "房汭頔", "童泖琤", "童泖琤"),
     "发现违规行为一小时内报管理处和旗文物事业管理局。"),
    ("私自带人进入未开放区域参观", "高",
     ("童玙翯", "童玙翯", "房骊洹", None, None),
     "未开放区域进入须持管理处书面批准。"),
    ("发现散落文物标本隐匿不报、私自收藏", "高",
     (None, None, "房骊洹、房汭頔", "童泖琤", None),
     "散落标本现场登记拍照，当日移交文物保护中心。"),
    ("看护补助、巡查车辆油料虚报冒领", "中",
     ("童玙翯", None, None, None, "童泖琤"),
     "补助按考勤和巡查记录发放，油料按里程核定。"),
    ("接受周边牧户宴请，对违建不报告", "低",
     (None, None, "房汭頔", None, None),
     "签订看护员廉洁承诺书，违建实行零报告。"),
]  # fmt: skip


def zhenglanqi_site_office_zone_matrix() -> dict:
    unit = f"{PLACE}元上都遗址管理处"
    n = len(ZONES)
    ncols = 3 + n + 1
    sh = _Sheet("分区责任表", [6, 38, 8] + [10] * n + [34])
    t = _Truth(unit)
    _line(sh, f"{unit}文物看护员廉政风险点分区责任表", ncols)
    _line(sh, f"单位：{unit}{GAP * 20}2025年5月", ncols)
    top = sh.add(
        "序号", "廉政风险点", "风险等级", f"责任区域及{GUARD}", *([None] * (n - 1)), "防控措施"
    )
    sh.add(None, None, None, *ZONES, None)
    for c in (0, 1, 2, ncols - 1):
        sh.merge(top, c, top + 1, c)
    sh.merge(top, 3, top, 2 + n)
    for i, (point, lv, cells, measures) in enumerate(ZONED, 1):
        sh.add(i, point, lv, *[NONE if c is None else c for c in cells], measures)
    # the truth one form a 看护员, a name in two zones of a row one point of his
    for who in GUARDS:
        for point, lv, cells, _measures in ZONED:
            names = {w for c in cells if c for w in c.split(SEP)}
            if who in names:
                t.point(sh.name, "", GUARD, who, "general", point, [], HML[lv])
    _line(
        sh,
        "注：各区域格内填写该区域负责该风险点的看护员姓名，“/”表示该区域不涉及；风险等级分高、中、低三级。",
        ncols,
    )
    sh.add("填表：", None, None, "审核：", None, None, "处长（签字）：", None, None)
    return _layout(
        "zhenglanqi_site_office_zone_matrix", "https://gujianchina.cn/news/show-8477.html",
        "(harder) 旗 遗址管理处 文物看护员廉政风险点分区责任表, after the source's page on 元上都遗址 (宫城、皇城、外城、关厢和"
        "铁幡竿渠, 城址 边长2200米): a title, a merged ``单位：…　2025年5月`` line, then a TWO-ROW heading: 序号/廉政风险点/"
        "风险等级/防控措施 merged down, ``责任区域及看护员`` merged across five ZONE columns (宫城, 皇城, 外城, 关厢, 铁幡竿渠); "
        "ONE ROW A POINT, each zone cell the NAME of the 看护员 answering for it there (``/`` none): one 看护员 in two zones "
        "(two cells of one row, one point), one zone with two 看护员 (down its column, or ``A、B`` in one cell); 高/中/低, "
        "no type column; a merged ``注：`` line and a 填表/审核/处长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def zhenglanqi_heritage_bureau_two_sheets() -> dict:
    unit = f"{PLACE}文物事业管理局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("童霁翃", "局长", "主持全面工作", [
            ("遗址保护展示项目立项和资金安排个人说了算", "一级", "项目立项和资金安排经局党组会集体研究。"),
            ("插手遗址保护工程招投标", "一级", "工程一律进入盟公共资源交易中心。"),
        ]),
        ("房昶颀", "副局长", "分管文物安全、旅游环路建设", [
            ("保护区内建设项目文物影响评估审核放水", "一级", "评估报告经专家评审，审核意见集体研究。"),
            ("旅游环路配套工程验收不严", "二级", "验收邀请审计、财政部门参加。"),
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
        ("文物保护股", "股长", "童湉玑", "middle", "保护区划内违法建设查处不及时、降格处理", "一级",
         "违法建设案件集体审理，处理结果报局党组。"),
        ("文物保护股", "股长", "童湉玑", "middle", "看护员选聘优亲厚友", "二级", "看护员选聘公开报名，名单公示。"),
        ("文物保护股", "股员", "房瀞芃", "general", "文物巡查台账弄虚作假", "三级", "台账每月抽查，结果通报。"),
        ("计划财务股", "股长", "房琀溟", "middle", "文物保护专项资金拨付不按进度", "一级", "资金拨付凭监理进度报告，经局长审签。"),
        ("计划财务股", "会计", "童蔚翾", "general", "报账票据审核不严，虚列支出", "二级", "报账单据三级审核。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "zhenglanqi_heritage_bureau_two_sheets", "https://m.teenabolic.com/news/18873.html",
        "旗 文物事业管理局 廉政风险防控一览表 in TWO SHEETS, after the source's news on 元上都遗址 申报世界文化遗产 (元上都文物"
        "事业管理局, 保护区 派专人看护, 旅游环路, 遗址广场): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 "
        "with 股室 merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def zhenglanqi_protection_center_posts() -> dict:
    unit = f"{PLACE}元上都文物保护中心"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "部门", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "治理项目招标", "地质环境治理项目招标设置排他性条件", "制度机制风险", "高",
         "招标文件经法律顾问审查，评标专家随机抽取。"),
        ("工程部", "主任", "middle", "施工现场监管", "放任施工单位在保护范围内取土、堆料", "岗位职责风险", "高",
         "施工现场每日巡查，考古人员全程旁站。"),
        ("工程部", "主任", "middle", "工程量签证", "虚增工程量签证，与施工方利益输送", "思想道德风险", "中",
         "签证经监理、中心双方签字，审计复核。"),
        ("监测部", "技术员", "general", "监测数据报送", "遗址本体监测数据不实或迟报", "业务流程风险", "中",
         "监测数据自动上传，人工数据双人复核。"),
        ("监测部", "技术员", "general", "设备采购验收", "监测设备以次充好，验收走过场", "外部环境风险", "低",
         "设备验收三人以上参加，验收单存档。"),
        ("办公室", "保管员", "general", "物资保管", "保护材料出入库不登记，私自处置", "业务流程风险", "低",
         "材料领用登记，每季度盘点。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "zhenglanqi_protection_center_posts", "http://www.wenwuchina.com/a/16/49993.html",
        "旗 文物保护中心 岗位廉政风险点排查表 对岗不对人, after the source's news on 元上都遗址 矿山地质环境治理和地质遗迹"
        "保护项目 (施工设计, 施工单位招投标): a title, 序号/部门 merged/岗位 merged per post/a short 风险点/a long "
        "风险表现/风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def zhenglanqi_site_museum_selfchecks() -> dict:
    unit = f"{PLACE}元上都遗址博物馆"
    t = _Truth(unit)
    people = [
        ("童璎沄", "馆领导", "馆长", "leader", [
            ("捐赠文物鉴定、定级中授意降格", "Ⅰ级", "鉴定由三名以上专家独立出具意见，存档备查。"),
            ("文创产品开发委托关联企业", "Ⅱ级", "合作企业公开比选，签订廉洁协议。"),
        ]),
        ("房翕琪", "保管部", "保管员", "general", [
            ("藏品出入库手续不全，私自借出", "Ⅰ级", "出入库双人办理，凭馆长审批单。"),
            ("藏品账目与实物不符", "Ⅲ级", "每年全面清点一次，账物核对。"),
        ]),
        ("童瑀泓", "陈列部", "讲解员", "general", [
            ("私自接待有偿讲解", "Ⅱ级", "讲解预约统一登记，收费纳入财务。"),
            ("向观众推销指定商品收取提成", "Ⅲ级", "签订承诺书，设置观众监督意见簿。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在部门", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures) in enumerate(points, 1):
            sh.add(i, point, lv, measures, "已落实" if i == 1 else "未发现问题")
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "馆长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "zhenglanqi_site_museum_selfchecks", "https://www.163.com/dy/article/KHPFGMO60556FALZ.html",
        "旗 遗址博物馆 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's comment on "
        "文博系统 腐败 (捐赠文物 “伪作” 定性, 鉴定, 处置, 影子公司): a title, a label row ``姓　名 | 所在部门 | 岗　位 | "
        "填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type "
        "column; ``本人签名： | 馆长意见：``",
        sheets, t,
    )  # fmt: skip


def zhenglanqi_tourism_company_group_rows() -> dict:
    unit = f"{PLACE}元上都旅游服务公司"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、公司领导", "公司领导", [
            ("总经理", "房绮霂", "leader", [
                ("景区经营项目发包不经集体研究", "一级风险", "经营项目公开招租，经总经理办公会研究。"),
                ("与旅行社签订优惠协议收受回扣", "一级风险", "优惠协议统一文本，报旗文物事业管理局备案。"),
            ]),
        ]),
        ("二、票务部", "票务部", [
            ("经理", "童纾瑗", "middle", [
                ("门票优惠、免票审批把关不严", "二级风险", "免票凭证登记留存，每月核对。"),
            ]),
            ("售票员", "房湲玹", "general", [
                ("门票收入截留、少报", "一级风险", "电子票务系统售票，当日收入全额解缴。"),
                ("放熟人无票入园", "三级风险", "检票口视频监控，抽查比对。"),
            ]),
        ]),
        ("三、综合部", "综合部", [
            ("主任", "童琇沣", "middle", [
                ("观光车、游客中心物资采购不比价", "二级风险", "采购三家比价，验收双人签字。"),
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
        "zhenglanqi_tourism_company_group_rows",
        "http://nmg.sina.com.cn/news/bdgc/2021-07-29/detail-ikqcfnca9666099.shtml?from=nm_ydph",
        "旗 旅游服务公司 廉政风险防控责任清单, after the source's report on 世界文化遗产元上都 九年 (湿地公园, 网红打卡地, "
        "接待中外游客300余万人次, 导游讲解): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/"
        "防控措施 under GROUP ROWS ``一、公司领导``, ``二、票务部``, ``三、综合部`` merged across; 岗位 and 姓名 merged per "
        "person; no type column",
        [sh], t,
    )  # fmt: skip


def zhenglanqi_enforcement_brigade_cards() -> dict:
    unit = f"{PLACE}文化市场综合执法大队"
    t = _Truth(unit)
    cards = [
        ("大队长", "房砚澄", "大队长", "主持大队全面工作", "leader", [
            ("文物违法案件查处以罚代刑、降格处理", "★★★", "重大案件集体审理，涉嫌犯罪的移送公安。"),
            ("为法人违法建设说情打招呼", "★★★", "说情干预一律登记报告。"),
            ("接受被检查单位宴请", "★", "严守中央八项规定精神。"),
        ]),
        ("副大队长", "童翙晞", "副大队长", "分管文物安全执法", "leader", [
            ("文物安全检查走过场，隐患不督办", "★★", "检查清单化，隐患整改销号管理。"),
            ("罚没物品处置不规范", "★★", "罚没物品登记造册，统一上缴。"),
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
        "zhenglanqi_enforcement_brigade_cards", "https://m.fx361.cc/news/2022/0628/10663357.html",
        "旗 文化市场综合执法大队 领导干部廉政风险防控卡, one sheet a leader, after the source's article on “十四五” 文物安全 "
        "(文物法人违法, 盗窃盗掘, 执法督察, 安全责任): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, "
        "then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def zhenglanqi_archaeology_station_list() -> dict:
    unit = f"{PLACE}元上都考古工作站"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "房柘琬", "leader", "考古发掘劳务用工虚报人数", "制度机制", "高风险",
         "劳务用工实名登记，工资直接发放到人。"),
        ("站领导", "站长", "房柘琬", "leader", "羊群庙祭祀区勘探项目分包给关系单位", "岗位职责", "中风险",
         "勘探项目按程序比选，结果公示。"),
        ("发掘部", "主任", "童谞岷", "middle", "出土器物登记不全，隐匿出土文物", "业务流程", "高风险",
         "出土器物当日登记、拍照、编号入库。"),
        ("资料室", "资料员", "房筠澍", "general", "发掘资料、测绘数据私自对外提供", "思想道德", "中风险",
         "资料借阅审批登记，涉密数据专机存放。"),
        ("综合室", "会计", "童蕤溪", "general", "野外补助发放不按出工记录", "业务流程", "中风险",
         "补助凭考勤表、领队签字发放。"),
        ("综合室", "库管员", "房鹂湛", "general", "砧子山墓葬区发掘物资领用不登记", "外部环境", "低风险",
         "物资领用登记，每月盘点。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "zhenglanqi_archaeology_station_list", "https://workercn.cn/33125/202009/18/200918075034231_6.shtml",
        "旗 考古工作站 岗位廉政风险防控一览表, after the source's photo report on 元上都遗址 (穆青阁东配殿遗址, 保护区 七处遗址"
        "遗迹: 城址, 羊群庙祭祀区, 砧子山墓葬区): ``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/"
        "岗位/责任人 written on EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a "
        "填表人/审核人/站长（签字） line",
        [sh], t,
    )  # fmt: skip


def zhenglanqi_works_station_register() -> dict:
    unit = f"{PLACE}文物保护工程管理站"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "童曦琅", "leader", [
            ("古建筑修缮工程指定施工队伍", "制度机制", "一级", "修缮工程按资质公开招标。"),
            ("修缮方案擅自变更不报批", "岗位职责", "二级", "方案变更报文物主管部门审批。"),
        ]),
        ("工程股", "股长", "房沛琰", "middle", [
            ("修缮工程隐蔽部位验收不严", "岗位职责", "一级", "隐蔽工程留存影像，专家参加验收。"),
        ]),
        ("工程股", "技术员", "童霈玎", "general", [
            ("接受施工单位礼品礼金", "思想道德", "二级", "签订廉洁承诺书，节前廉洁提醒。"),
            ("修缮材料以次充好不报告", "外部环境", "三级", "材料进场送检，检测报告存档。"),
        ]),
        ("财务股", "出纳", "房淼珈", "general", [
            ("工程款支付不按合同进度", "业务流程", "一级", "支付凭监理和股长签字的进度单。"),
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
        "zhenglanqi_works_station_register", "http://www.wenwuchina.com/a/16/256232.html",
        "旗 文物保护工程管理站 廉政风险点排查登记表, after the source's report on a 文物馆 馆长 受贿 and 古建筑 修缮 (设计方案"
        "论证, 修缮部分 提请审批, 施工): a title, 序号/股室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short "
        "names)/风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    zhenglanqi_site_office_zone_matrix(),
    zhenglanqi_heritage_bureau_two_sheets(),
    zhenglanqi_protection_center_posts(),
    zhenglanqi_site_museum_selfchecks(),
    zhenglanqi_tourism_company_group_rows(),
    zhenglanqi_enforcement_brigade_cards(),
    zhenglanqi_archaeology_station_list(),
    zhenglanqi_works_station_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch666-inbox"))

"""The five-hundred-and-sixty-fourth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 农牧 and 草原
bodies, 河南蒙古族自治县 (of 黄南藏族自治州, 青海) — its 农牧水利和科技局, 水利工作站, 动物疫病预防控制中心,
农牧业综合行政执法大队 and 草原工作站, the 优干宁镇畜牧兽医站 and the 农牧综合服务中心 of 宁木特镇 and
多松乡 — each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 农牧水利和科技局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person, a ``注：`` line), ``一级/二级/三级``, no
  type column;
- the 水利工作站's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on EVERY
  row, short types, ``高风险/中风险/低风险``;
- the 动物疫病预防控制中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a
  long ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 优干宁镇畜牧兽医站's 防控卡, one sheet a holder: ``姓　名 | … | 职　务 | …`` and a merged ``主要职责``
  line, ``★★★/★★/★`` read by a ``注：`` line, no type column;
- the 宁木特镇农牧综合服务中心's 责任清单 under GROUP ROWS ``一、中心领导`` … ``三、草原管护组`` merged
  across (no 科室 column), ``岗位 | 姓名`` merged per person, ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column;
- the 多松乡农牧综合服务中心's 自查表, one sheet a person (tabs named by the person): a label row
  ``姓　名 | 科　室 | 职　务 | 填表日期`` over a row of values, 高/中/低, ``自查情况``, no type column;
- the 农牧业综合行政执法大队's 排查登记表: ``中队`` merged, ``岗位 | 姓名`` merged per person, ``风险类别``
  (short names), ``一级风险/二级风险/三级风险``, a ``注：`` line.

One is harder:

- ``henan_grassland_station_stacked_holders``: the 草原工作站's 岗位廉政风险点排查表, ONE ROW A POINT
  (``序号 | 廉政风险点 | 风险等级 | 责任岗位 | 责任人 | 防控措施``) where a point shared by several posts
  is NOT repeated on several rows: its ``责任岗位`` cell lists the posts ONE A LINE (Alt+Enter,
  ``站长⏎草原监理员``) and its ``责任人`` cell the holders ONE A LINE in the same order
  (``蒯…⏎蒯…``), so the Nth line of the one cell goes with the Nth line of the other; one to three
  lines a row, and a merged ``注：`` line says so (``…在同一格内分行填写，岗位与责任人按行对应``). So a
  row is a point of every holder its 责任人 cell lists, each with the post on the same line, and a
  holder's points are the rows whose 责任人 cell holds his name on any line. The README's 读得懂的表
  knows a ``岗位`` cell ``定点评估岗⏎吴海燕`` (post over NAME in one cell), ``岗位名称及职责`` (post over
  duties), a 姓名 cell ``A岗:周敏⏎B岗:高翔`` (each holder LABELLED with his post in one cell),
  ``经办员（…、…）`` (one post, two people), ``科主任、护士长`` written in a 责任岗位 column beside one
  name column a post, ``科长（郄昶瀚）、科员（晁珈懿）`` in one cell, a point merged down over two
  posts' rows, and tick or measure matrices of holders across; it does not describe two PARALLEL
  multi-line cells, posts in one and names in the other, paired line by line.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 农业农村局 党组's report on 巡察
整改 — 政治理论学习, 高标准农田建设, 整改台账, 责任分工; a 县 notice on 高标准农田 举报 — 偷工减料,
资金截留挪用, 倾向性招标, 验收走过场, 管护资金; an 审计局 on 动植物疫病防治专项资金 — 疫病检测,
检疫实验室, 检测试剂有效期; a paper on 防疫 in a county — 疫苗免费下拨到乡镇兽医站, 漏防, 兽医人员
短缺; a 纪检监察 piece on 草原生态保护补助奖励资金 — 截留, 优亲厚友, 申报不实, 公示不规范, 三方对账;
the county's own entry — 1镇4乡, 牧委会, 牧业合作社, 有机畜牧业, 欧拉羊; a 动物疫病防控 meeting —
非法调运, 打击假疫苗, 边境防控; a paper on 青海 草原执法监理 — 征收、占用、采挖草原, 违法行为查处,
草原植被) and the layout follows their words for the unit, its parts, its posts and its risks. The
rows are worded by us, the names invented (the rare surnames 蒯 and 隗 with rare given names); every
unit is a body of 河南蒙古族自治县.

Run ``python tests/published/score.py --set batch564`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the Nth line of a row's ``责任人`` cell is a holder of the row's point, with
  the post on the Nth line of its ``责任岗位`` cell and the row's level; one form a holder, no 科室
  (the table names none); a point of three holders is three holders' point; ``防控措施`` names no
  holder; the ``注：`` line and the 填表/审核 line are no points;
- ``局领导``, ``站领导``, ``中心领导``, ``大队领导`` (a 股室/部门/科室/中队 cell, a group row, a 科室 label)
  are the 科室 of those leaders; the 农牧水利和科技局's leaders (sheet ``局领导``, no 科室 column) and the
  兽医站's cards have no 科室; a 局's 股, a 站's 股, a 中心's 室/库/组 and a 大队's 中队 are 科室; a group
  row ``二、畜牧兽医组`` gives the 科室 ``畜牧兽医组`` (its number left off);
- every body is a unit of its own: 局长, 副局长, 站长, 副站长, 主任 (of a 中心) and 大队长 are leaders;
  股长, 组长, 中队长 and a 室's 主任 middle; the rest (会计, 技术员, 管护员, 检验员, 保管员, 防疫员, 检疫员,
  兽医, 执法队员, 股员, 草原监理员, 草原监测员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``主要职责``, ``自查情况`` and
  ``填表日期`` are no points and name no holder; the 动物疫病预防控制中心's list names no person: its
  forms are posts (对岗不对人);
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

PREFIX = "b564_"
PLACE = "河南蒙古族自治县"
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

# the 草原工作站's holders: (post, name, tier)
HOLDERS = [
    ("站长", "蒯璞翀", "leader"),
    ("副站长", "隗烨泓", "leader"),
    ("草原监理员", "蒯湉嶷", "general"),
    ("草原监测员", "隗霈骞", "general"),
    ("会计", "蒯骞蓁", "general"),
]

# (廉政风险点, 风险等级, the holders of the point (indices into HOLDERS, in rank order), 防控措施)
STACKED = [
    ("草原征占用审核现场查验走过场", "高", (0, 2),
     "征占用草原现场查验两人以上，查验记录和影像资料存档。"),
    ("草原违法案件查处降格处理、以罚代管", "高", (1, 2),
     "案件处理经站务会集体研究，处罚决定书公开。"),
    ("草原生态保护补助面积核定不实", "高", (0, 3),
     "补助面积与草原确权数据比对，结果在牧委会公示。"),
    ("草原监测样地数据弄虚作假", "中", (3,), "样地监测全程拍照定位，数据双人复核。"),
    ("草原鼠害防治药物采购收受回扣", "中", (0, 4),
     "防治药物按政府采购程序采购，验收邀请牧民代表参加。"),
    ("草原补播草种验收数量、质量把关不严", "中", (3,),
     "草种到货抽样送检，验收单三方签字。"),
    ("草原专项资金报账凭证审核不严", "低", (4,), "报账凭证经办人、审核人、站长三签。"),
    ("接受用草单位宴请、礼品礼金", "低", (0, 1, 2), "签订廉洁承诺书，节前廉洁提醒。"),
]  # fmt: skip


def henan_grassland_station_stacked_holders() -> dict:
    unit = f"{PLACE}草原工作站"
    sh = _Sheet("排查表", [6, 40, 9, 14, 10, 38])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 6)
    _line(sh, f"单位（盖章）：{unit}{GAP * 16}2025年5月", 6)
    sh.add("序号", "廉政风险点", "风险等级", "责任岗位", "责任人", "防控措施")
    for i, (point, lv, who, measures) in enumerate(STACKED, 1):
        posts = "\n".join(HOLDERS[j][0] for j in who)
        names = "\n".join(HOLDERS[j][1] for j in who)
        sh.add(i, point, lv, posts, names, measures)
    # the truth one form a holder, in the holders' order
    for j, (post, name, tier) in enumerate(HOLDERS):
        for point, lv, who, _measures in STACKED:
            if j in who:
                t.point(sh.name, "", post, name, tier, point, [], HML[lv])
    _line(
        sh,
        "注：一个风险点由几个岗位共同承担的，责任岗位和责任人在同一格内分行填写，岗位与责任人按行对应。",
        6,
    )
    sh.add("填表人：", None, "审核人：", None, "站长（签字）：", None)
    return _layout(
        "henan_grassland_station_stacked_holders", "http://www.handmsg.com/page/2018/0125/15651793.shtml",
        "(harder) 县草原工作站 岗位廉政风险点排查表, after the source's paper on 青海 草原执法监理 (征收、占用、采挖草原, "
        "违法行为查处, 草原植被 恢复): a title, a merged ``单位（盖章）：…　2025年5月`` line, then 序号/廉政风险点/风险等级 "
        "高/中/低/责任岗位/责任人/防控措施, ONE ROW A POINT; a point shared by several posts has its posts ONE A LINE in "
        "the 责任岗位 cell (``站长⏎草原监理员``, Alt+Enter) and its holders ONE A LINE in the 责任人 cell in the same "
        "order, line N of the one going with line N of the other (one to three lines a row); no type column; a merged "
        "``注：`` line saying so and a 填表人/审核人/站长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def henan_agri_bureau_two_sheets() -> dict:
    unit = f"{PLACE}农牧水利和科技局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 20, 38, 9, 34])
    _line(lead, f"{unit}局领导班子成员廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("蒯翎瑨", "局长", "主持全面工作", [
            ("农牧业项目资金安排不经党组会集体研究", "一级", "项目资金安排方案经党组会研究，会议纪要存档。"),
            ("高标准农田建设项目插手干预招投标", "一级", "项目一律进入县公共资源交易中心公开招标。"),
        ]),
        ("隗瑀岍", "副局长", "分管草原、畜牧兽医工作", [
            ("草原生态保护补助奖励资金分配审核把关不严", "一级", "补奖资金分配方案报县政府审定，分户公示。"),
            ("畜牧良种补贴对象确定优亲厚友", "二级", "补贴对象由牧委会评议、乡镇审核、县级复核。"),
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
    _line(dept, f"{unit}股室岗位廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("计划财务股", "股长", "蒯朏滢", "middle", "项目资金拨付不按工程进度审核", "一级",
         "资金拨付凭监理签认的进度报表，股长、分管领导两级审核。"),
        ("计划财务股", "股长", "蒯朏滢", "middle", "巡察整改台账弄虚作假、虚假销号", "二级",
         "整改台账逐项附佐证材料，党组会审定后销号。"),
        ("计划财务股", "会计", "隗珩颀", "general", "报账凭证审核不严，虚列支出", "二级", "报账凭证三级审核，每季度对账。"),
        ("水利股", "股长", "隗熠峤", "middle", "牧区饮水安全工程验收走过场", "一级", "工程验收邀请乡镇和牧民代表参加。"),
        ("水利股", "股长", "隗熠峤", "middle", "水利工程设计变更签证把关不严", "二级", "设计变更经局务会集体研究。"),
        ("科技股", "股员", "蒯洺鹍", "general", "农牧民实用技术培训虚报人数", "三级", "培训签到、照片存档，随机电话回访。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    _line(dept, "注：风险等级分为一级、二级、三级，一级为最高。", 7)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "henan_agri_bureau_two_sheets", "https://yanjin.gov.cn/index.php/newsinfo/21904.html",
        "县农牧水利和科技局 廉政风险防控一览表 in TWO SHEETS, after the source's 农业农村局 党组 巡察整改 report (政治理论学习, "
        "高标准农田建设, 整改台账, 逐项销号, 责任分工): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 "
        "with 股室 merged and 岗位/姓名 merged per person and a merged ``注：`` line; 廉政风险点, 风险等级 "
        "``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def henan_water_station_list() -> dict:
    unit = f"{PLACE}水利工作站"
    sh = _Sheet("一览表", [6, 10, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "隗霈赜", "leader", "小型水利工程招标设置倾向性条件", "制度机制", "高风险",
         "招标文件经法制审核，评标全程录音录像。"),
        ("站领导", "站长", "隗霈赜", "leader", "工程款不按合同约定拨付", "岗位职责", "中风险",
         "工程款拨付凭监理、站长两级签认。"),
        ("工程股", "股长", "蒯晗烨", "middle", "施工现场质量监管不到位，默许偷工减料", "岗位职责", "高风险",
         "关键工序旁站监督，影像资料存档。"),
        ("工程股", "股长", "蒯晗烨", "middle", "设计变更审核把关不严", "业务流程", "中风险",
         "设计变更经站务会集体研究并报局审批。"),
        ("工程股", "技术员", "隗崟朏", "general", "隐蔽工程验收走过场", "业务流程", "中风险",
         "隐蔽工程验收监理、施工、站方三方签字。"),
        ("管护股", "管护员", "蒯沨曦", "general", "工程管护资金虚列支出", "思想道德", "低风险",
         "管护资金按合同支付，支出情况年度公示。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "henan_water_station_list", "https://suiling.gov.cn/sl/tzgg/202603/c12_230490.shtml",
        "县水利工作站 岗位廉政风险防控一览表, after the source's 县农业农村局 notice on 高标准农田 举报 (偷工减料, 资金截留挪用, "
        "倾向性招标, 验收走过场, 管护资金): ``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/"
        "责任人 written on EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a "
        "填表人/审核人/站长（签字） line",
        [sh], t,
    )  # fmt: skip


def henan_animal_disease_centre_posts() -> dict:
    unit = f"{PLACE}动物疫病预防控制中心"
    sh = _Sheet("排查表", [6, 12, 10, 16, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "防疫专项资金使用", "动物防疫专项资金挤占挪用，虚列支出", "制度机制风险", "高",
         "专项资金专账核算，支出经中心会议集体研究。"),
        ("中心领导", "主任", "leader", "检测设备采购", "实验室检测设备采购指定品牌，收受回扣", "外部环境风险", "高",
         "设备采购需求集体论证，按政府采购程序实施。"),
        ("疫病监测室", "主任", "middle", "疫情监测采样", "采样数量弄虚作假，监测报告不实", "岗位职责风险", "中",
         "采样全程定位拍照，监测报告双人审核。"),
        ("疫病监测室", "检验员", "general", "检测试剂管理", "检测试剂过期仍使用，出入库不登记", "业务流程风险", "中",
         "试剂出入库登记，每月核查有效期。"),
        ("防疫物资库", "保管员", "general", "疫苗出入库", "疫苗出入库账实不符，私自处置", "业务流程风险", "中",
         "疫苗出入库双人签字，每季度盘点。"),
        ("防疫物资库", "保管员", "general", "冷链设备维修", "冷链设备维修费用虚报冒领", "思想道德风险", "低",
         "维修项目先报批后实施，票据附维修清单。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "henan_animal_disease_centre_posts", "http://topbestnft.com/n4/n21/c136488/content.html",
        "县动物疫病预防控制中心 岗位廉政风险点排查表 对岗不对人, after the source's 审计局 on 动植物疫病防治专项资金 "
        "(重大疫病检测, 检疫实验室建设, 检测试剂有效期): a title, 序号/科室 merged/岗位 merged per post/a short 风险点/a "
        "long 风险表现/风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def henan_youganning_vet_station_cards() -> dict:
    unit = f"{PLACE}优干宁镇畜牧兽医站"
    t = _Truth(unit)
    cards = [
        ("站长", "隗瑨翾", "站长", "主持全站工作，负责强制免疫和村级防疫员管理", "leader", [
            ("强制免疫疫苗分发不按牧户存栏量核定", "★★★", "疫苗分发按存栏台账核定，分发名单公示。"),
            ("村级防疫员补助发放审核不严", "★★", "补助按考核结果发放，考核结果公示。"),
            ("接受养殖大户宴请", "★", "严守中央八项规定精神，签订承诺书。"),
        ]),
        ("防疫员", "蒯焘翎", "防疫员", "负责辖区牲畜免疫注射和免疫档案", "general", [
            ("免疫注射漏防，虚填免疫档案", "★★★", "免疫档案与耳标信息逐户核对，站长抽查。"),
            ("牲畜耳标佩戴登记不实", "★★", "耳标发放、佩戴登记双人复核。"),
        ]),
        ("检疫员", "隗芃涔", "检疫员", "负责产地检疫和检疫证明出具", "general", [
            ("不检疫就出具检疫证明", "★★★", "检疫实行现场查验，电子出证全程留痕。"),
            ("产地检疫走过场，对病死畜隐瞒不报", "★★", "检疫记录和病死畜处理记录每月核查。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, duties, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("主要职责", duties, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "henan_youganning_vet_station_cards", "https://soolun.net/periodical/b2089e5e595359eea8e844e37a6036c2.html",
        "镇畜牧兽医站 岗位廉政风险防控卡, one sheet a holder, after the source's paper on 防疫 in a county (疫苗免费下拨到"
        "乡镇兽医站, 漏防, 兽医人员短缺, 养猪大户): a title, ``姓　名 | … | 职　务 | …`` and a merged 主要职责 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def henan_ningmute_centre_group_rows() -> dict:
    unit = f"{PLACE}宁木特镇农牧综合服务中心"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "蒯雩璆", "leader", [
                ("草原奖补资金发放名单审核把关不严", "Ⅰ级", "发放名单与确权档案、银行转账记录三方对账。"),
                ("牧委会集体草场补助代收截留", "Ⅰ级", "集体补助资金直接拨付牧委会账户，公示到户。"),
            ]),
        ]),
        ("二、畜牧兽医组", "畜牧兽医组", [
            ("组长", "隗漪琚", "middle", [
                ("牲畜存栏数量核查弄虚作假", "Ⅱ级", "存栏核查两人入户，核查表牧户签字。"),
            ]),
            ("兽医", "蒯曦昶", "general", [
                ("防疫物资私自售卖", "Ⅱ级", "防疫物资领用登记，每月盘点。"),
            ]),
        ]),
        ("三、草原管护组", "草原管护组", [
            ("组长", "隗曜焘", "middle", [
                ("草原管护员考核打分优亲厚友", "Ⅱ级", "考核细则公开，考核结果在牧委会公示。"),
            ]),
            ("管护员", "蒯濛瑭", "general", [
                ("禁牧巡查记录造假", "Ⅲ级", "巡查轨迹上传平台，组长每周抽查。"),
                ("草畜平衡核查接受牧户吃请", "Ⅲ级", "签订廉洁承诺书，设立举报电话。"),
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
        "henan_ningmute_centre_group_rows", "http://www.qdubb.cn/html/2025/xinfangjubao_1125/143185.html",
        "镇农牧综合服务中心 廉政风险防控责任清单, after the source's 纪检监察 piece on 草原生态保护补助奖励资金 (截留, "
        "优亲厚友, 申报不实, 公示不规范, 三方对账): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施 "
        "under GROUP ROWS ``一、中心领导``, ``二、畜牧兽医组``, ``三、草原管护组`` merged across; 岗位 and 姓名 merged per "
        "person; no type column",
        [sh], t,
    )  # fmt: skip


def henan_duosong_centre_selfchecks() -> dict:
    unit = f"{PLACE}多松乡农牧综合服务中心"
    t = _Truth(unit)
    people = [
        ("隗璎晗", "中心领导", "主任", "leader", [
            ("牧业合作社扶持资金分配不公开", "高", "扶持资金分配方案集体研究并公示。", "已落实"),
            ("有机畜牧业认证补助申报把关不严", "中", "申报材料实地核查，核查记录存档。", "未发现问题"),
        ]),
        ("蒯烨漪", "畜牧兽医组", "技术员", "general", [
            ("欧拉羊良种调引验收不严", "中", "良种调引验收邀请牧户代表参加。", "已落实"),
            ("技术服务中向牧户索要费用", "低", "服务项目和收费标准上墙公示。", "未发现问题"),
        ]),
        ("隗岫沚", "综合组", "会计", "general", [
            ("专项资金报账票据审核不严", "高", "报账票据三级审核，专项资金专账核算。", "已落实"),
            ("现金坐支、公款私存", "中", "现金日清月结，定期盘点。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "科　室", "职　务", "填表日期", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        sh.add()
        sh.add("本人签名：", None, "主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "henan_duosong_centre_selfchecks", "http://tool.huiruisoft.com/district/632324.html",
        "乡农牧综合服务中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's entry on "
        "the county (1镇4乡, 牧委会, 牧业合作社, 有机畜牧业生产基地, 欧拉羊): a title, a label row ``姓　名 | 科　室 | "
        "职　务 | 填表日期`` over a row of values, then 序号/风险点/风险等级 高/中/低/防控措施/``自查情况``; no type column; "
        "``本人签名： | 主任意见：``",
        sheets, t,
    )  # fmt: skip


def henan_enforcement_brigade_register() -> dict:
    unit = f"{PLACE}农牧业综合行政执法大队"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 11, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "中队", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("大队领导", "大队长", "蒯骞晔", "leader", [
            ("行政处罚自由裁量不按基准执行", "制度机制", "一级风险", "处罚案件按裁量基准集体审议。"),
            ("执法检查接受当事人请托说情", "思想道德", "二级风险", "说情干预登记报告，执法全过程记录。"),
        ]),
        ("一中队", "中队长", "隗嶷荇", "middle", [
            ("违法调运动物案件降格处理", "岗位职责", "一级风险", "案件查处结果报大队审核，定期抽查卷宗。"),
        ]),
        ("一中队", "执法队员", "蒯祎璞", "general", [
            ("查扣的假劣兽药、疫苗私自处置", "业务流程", "二级风险", "查扣物品登记入库，销毁两人以上监督。"),
            ("执法文书制作不规范，以罚代管", "业务流程", "三级风险", "执法文书法制审核，案卷年度评查。"),
        ]),
        ("二中队", "执法队员", "隗旻沚", "general", [
            ("草原违法案件现场勘验不实", "岗位职责", "二级风险", "现场勘验两人以上，影像资料存档。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), RISKS[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为一级风险、二级风险、三级风险，一级风险为最高。", 8)
    sh.add("编制人：", None, "审核人：", None, "2025年4月", None, None, None)
    return _layout(
        "henan_enforcement_brigade_register", "https://www.meat360.cn/breed/detail/785832.html",
        "县农牧业综合行政执法大队 廉政风险点排查登记表, after the source's 动物疫病防控 meeting (非法调运动物案件, 打击"
        "假疫苗, 边境联防联控): a title, 序号/中队 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/"
        "风险等级 ``一级风险/二级风险/三级风险``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    henan_grassland_station_stacked_holders(),
    henan_agri_bureau_two_sheets(),
    henan_water_station_list(),
    henan_animal_disease_centre_posts(),
    henan_youganning_vet_station_cards(),
    henan_ningmute_centre_group_rows(),
    henan_duosong_centre_selfchecks(),
    henan_enforcement_brigade_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch564-inbox"))

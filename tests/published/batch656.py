"""The six-hundred-and-fifty-sixth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one banner's disease
control and blood bodies, 察哈尔右翼中旗 (of 乌兰察布市, 内蒙古自治区) — its 中心血站, 疾病预防控制中心,
卫生健康委员会 (采供血管理 in its 医政医管股), 人民医院 (临床用血, 输血科), 蒙医医院, 献血服务点,
卫生健康综合行政执法大队 and 红十字会 — each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its
staff typed in WPS or Excel:

- the 疾病预防控制中心's 一览表 in TWO SHEETS: ``中心领导`` (``姓名 | 职务 | 分管工作`` merged per leader)
  and ``科室`` (``科室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 卫生健康委员会's 责任清单 under GROUP ROWS ``一、委领导`` … ``三、规划财务股`` merged across (no 股室
  column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 人民医院's 自查表, one sheet a person (输血科 and 医务科): a label row ``姓　名 | 所在科室 | 岗　位 |
  填表时间`` over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 蒙医医院's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 献血服务点's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on EVERY row,
  short types, ``高风险/中风险/低风险``;
- the 卫生健康综合行政执法大队's 排查登记表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别``
  (short names), ``一级/二级/三级``, a ``注：`` line;
- the 红十字会's 排查表 对岗不对人 with ``风险点 | 风险表现``, ``…风险`` types, 高/中/低; no names.

One is harder:

- ``chayouzhong_blood_station_controlled_record``: the 中心血站's 岗位廉政风险点排查记录表 written as a
  CONTROLLED RECORD OF ITS QUALITY SYSTEM (血站质量管理体系文件): above the table a bordered
  document-control block — the station's name merged down two rows at the left, then
  ``文件编号 | … | 版本号 | …`` and ``生效日期 | … | 页　码 | 第1页　共1页``, the record's title, and a
  label row ``编写人 | 巩… | 审核人 | 冀… | 批准人 | 巩…`` — and under the table
  ``受控状态：受控　　分发号：03　　保存期限：10年``. The table itself names no person (``序号 | 科室 | 岗位 |
  廉政风险点 | 风险等级 | 防控措施``, 对岗不对人, 高/中/低): the 编写人, 审核人 and 批准人 are the
  document's author and approvers, NOT the holders of its points. The README's 读得懂的表 knows a
  label row ``姓名 | 性别 | 职务`` or ``承诺人 | …`` above a table (its person the holder), a 填表人 or
  审核 line under it, page headers and footers; it does not describe a quality-system document-control
  block (文件编号/版本号/生效日期/编写人/审核人/批准人/受控状态) round a nameless list.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (血液检测 漏洞 and 输血风险; 血液质量
监控管理制度; 临床用血管理考核办法; 二类疫苗 采购 and 流通 腐败; 输血科 废血袋回收处理制度; 义务献血
营养补助; 无偿献血 and 医院用血收费; 公益献血 献血量规定) and the layout follows their words for the
unit, its parts, its posts and its risks. The rows are worded by us, the names invented (the rare
surnames 巩 and 冀 with rare given names); every unit is a body of 察哈尔右翼中旗.

Run ``python tests/published/score.py --set batch656`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the 编写人, 审核人 and 批准人 hold no point (the list is 对岗不对人: its forms are
  (科室, 岗位) with no person); the document-control block, the record's title, the 受控状态 line are
  no points;
- ``站领导``, ``中心领导`` (a 科室 cell, a sheet), ``委领导`` (a group row) are the 科室 of those leaders
  where the table writes one; the 中心's leaders (sheet ``中心领导``, no 科室 column) and the cards'
  leaders have no 科室; a 科, 股, 队 or 部 is a 科室; a group row ``二、医政医管股`` gives ``医政医管股``;
- 站长, 副站长, 主任, 副主任, 院长, 副院长, 大队长, 常务副会长 are leaders; 科长, 股长, 科主任, 中队长,
  部长 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no
  points; the 红十字会's list names no person: its forms are posts;
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

PREFIX = "b656_"
PLACE = "察哈尔右翼中旗"
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

# the document-control block: who wrote, checked and approved the record (no holders)
CONTROL = {"编写人": "巩霁暄", "审核人": "冀翛菡", "批准人": "巩沅瀞"}

# (科室, 岗位, tier, 廉政风险点, 风险等级, 防控措施)
STATION = [
    ("站领导", "站长", "leader", "血液检测试剂、采血耗材采购指定品牌，收受供应商回扣", "高",
     "试剂耗材采购经站务会集体研究，纳入政府采购。"),
    ("站领导", "站长", "leader", "人员招聘、职称推荐中优亲厚友", "中", "招聘、推荐方案集体研究并公示。"),
    ("站领导", "副站长", "leader", "血液报废审批把关不严，报废血液去向不明", "高",
     "报废血液双人核对登记，按医疗废物交接处置。"),
    ("质量管理科", "科长", "middle", "血液质量监控抽检走过场，隐瞒不合格血液", "高",
     "质量抽检记录留存备查，不合格血液一律隔离报废。"),
    ("体采科", "采血护士", "general", "放宽献血者健康征询和体检标准，违规采血", "中",
     "献血前征询、体检双人复核，记录可追溯。"),
    ("体采科", "采血护士", "general", "献血者纪念品、营养补助物品私自截留", "低", "纪念品出入库登记，每月盘点。"),
    ("检验科", "检验员", "general", "篡改血液检测结果，漏检放行", "高", "检测结果系统自动传输，双人双签放行。"),
    ("成分供血科", "发血员", "general", "向医疗机构违规调配血液，收受好处", "中",
     "供血按医院用血计划执行，调配记录每日核对。"),
    ("财务科", "会计", "general", "无偿献血者用血费用报销审核不严", "中", "报销凭证逐项审核，定期公示报销情况。"),
]  # fmt: skip


def chayouzhong_blood_station_controlled_record() -> dict:
    unit = f"{PLACE}中心血站"
    ncols = 6
    sh = _Sheet("排查记录", [6, 14, 12, 40, 9, 36])
    t = _Truth(unit)
    r = sh.add(unit, None, "文件编号", "CYZZXXZ-JL-ZK-027", "版本号", "第2版")
    sh.add(None, None, "生效日期", "2025年3月1日", "页　码", "第1页　共1页")
    sh.merge(r, 0, r + 1, 1)
    _line(sh, "岗位廉政风险点排查记录表", ncols)
    sh.add("编写人", CONTROL["编写人"], "审核人", CONTROL["审核人"], "批准人", CONTROL["批准人"])
    sh.add("序号", "科室", "岗位", "廉政风险点", "风险等级", "防控措施")
    first = len(sh.rows)
    for i, (dept, post, tier, point, lv, measures) in enumerate(STATION, 1):
        sh.add(i, dept, post, point, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, [], HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    _line(sh, f"受控状态：受控{GAP * 2}分发号：03{GAP * 2}保存期限：10年", ncols)
    return _layout(
        "chayouzhong_blood_station_controlled_record", "https://kzg.secretchina.com/news/gb/2010/04/14/344520p.html",
        "(harder) 旗中心血站 岗位廉政风险点排查记录表 written as a CONTROLLED RECORD of the station's quality system, "
        "after the source's report on 血液检测 漏洞 (检测试剂, 漏检, 输血风险, 血站监管): a bordered document-control block "
        "(the station's name merged down two rows at the left, ``文件编号 | … | 版本号 | …``, ``生效日期 | … | 页　码 | "
        "第1页　共1页``), the record's title, a label row ``编写人 | … | 审核人 | … | 批准人 | …``, then a nameless list "
        "序号/科室 merged/岗位 merged/廉政风险点/风险等级 高/中/低/防控措施 (对岗不对人) and a closing "
        "``受控状态：受控　分发号：03　保存期限：10年`` line; the 编写人/审核人/批准人 hold no point",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def chayouzhong_cdc_two_sheets() -> dict:
    unit = f"{PLACE}疾病预防控制中心"
    t = _Truth(unit)
    lead = _Sheet("中心领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}领导班子廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("冀曦沅", "主任", "主持全面工作", [
            ("非免疫规划疫苗采购绕开省级平台，接受企业回扣", "一级", "疫苗一律通过省级公共资源交易平台采购。"),
            ("大型检测设备采购参数量身定制", "一级", "设备采购需求经中心主任办公会集体论证。"),
        ]),
        ("巩潇屺", "副主任", "分管免疫规划、检验", [
            ("疫苗分配向个别接种单位倾斜", "二级", "疫苗分配按接种计划核定，结果公开。"),
            ("检验检测报告受人情干扰", "二级", "检测报告实行三级审核签发。"),
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
    _line(dept, f"{unit}科室岗位廉政风险防控一览表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("免疫规划科", "科长", "冀砺澍", "middle", "疫苗出入库数量不实，过期疫苗未按规定销毁", "一级",
         "疫苗出入库电子追溯，销毁双人监督登记。"),
        ("免疫规划科", "科长", "冀砺澍", "middle", "冷链设备维修验收把关不严", "二级", "维修项目验收留存影像资料。"),
        ("免疫规划科", "冷链管理员", "巩缙瑀", "general", "冷链温度记录事后补填造假", "二级",
         "温度自动监测，异常实时报警。"),
        ("检验科", "科长", "巩湉岢", "middle", "委托检测收费不按标准，私收费用", "一级", "收费统一开具票据，价格公示。"),
        ("办公室", "会计", "冀泩珂", "general", "专项经费报销审核不严，虚列支出", "三级", "报销单据三级审核。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "chayouzhong_cdc_two_sheets", "http://jkxxw.com.cn/news/yj/032628032.html",
        "旗疾病预防控制中心 廉政风险防控一览表 in TWO SHEETS, after the source's report on 二类疫苗 流通 腐败 (疾控系统 "
        "既监管又经销, 集中采购, 各环节加价, 苗贩子): sheet 中心领导 with 姓名/职务/分管工作 merged per leader, sheet 科室 "
        "with 科室 merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def chayouzhong_health_commission_group_rows() -> dict:
    unit = f"{PLACE}卫生健康委员会"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、委领导", "委领导", [
            ("副主任", "巩昶翀", "leader", [
                ("临床用血考核走过场，对医疗机构违规用血不予查处", "一级风险", "考核结果集体研究，问题清单通报。"),
            ]),
        ]),
        ("二、医政医管股", "医政医管股", [
            ("股长", "冀瑷岫", "middle", [
                ("采供血机构执业登记审核把关不严", "一级风险", "执业登记材料双人审核，现场核查。"),
                ("医疗机构临床用血检查打招呼、降标准", "二级风险", "检查随机抽取人员和对象。"),
            ]),
            ("股员", "巩澐珞", "general", [
                ("用血考核评分弄虚作假", "二级风险", "评分表由检查组成员共同签字。"),
                ("泄露检查计划和被检单位信息", "三级风险", "检查计划保密，临行前告知。"),
            ]),
        ]),
        ("三、规划财务股", "规划财务股", [
            ("股长", "冀岍樾", "middle", [
                ("无偿献血者用血报销资金审核拨付不及时、不规范", "二级风险", "报销资金专账核算，按月拨付并公示。"),
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
        "chayouzhong_health_commission_group_rows", "https://abg.baidu.com/tags/yhm3jmwtypi2voo4ydw37pf2zoyozn5i",
        "旗卫生健康委员会 廉政风险防控责任清单, after the source's 临床用血管理考核办法 (用血考核, 评分, 医疗机构, 用血"
        "管理委员会): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS "
        "``一、委领导``, ``二、医政医管股``, ``三、规划财务股`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def chayouzhong_people_hospital_selfchecks() -> dict:
    unit = f"{PLACE}人民医院"
    t = _Truth(unit)
    people = [
        ("冀筠屾", "输血科", "科主任", "middle", [
            ("临床用血申请审核不严，超量备血", "Ⅰ级", "用血申请分级审批，超量用血报医务科。", "已落实"),
            ("废血袋回收处置不规范，私自变卖", "Ⅱ级", "废血袋登记回收，交医疗废物处置单位。", "未发现问题"),
        ]),
        ("巩霂珣", "输血科", "技师", "general", [
            ("交叉配血、发血核对记录补填造假", "Ⅰ级", "配血发血双人核对签字。", "已落实"),
            ("血液出入库账实不符", "Ⅲ级", "血液库存每日核对。", "已落实"),
        ]),
        ("冀澈珺", "医务科", "科长", "middle", [
            ("临床用血评价结果受人情干扰", "Ⅱ级", "用血评价由临床用血管理委员会集体评议。", "未发现问题"),
            ("输血不良反应瞒报", "Ⅱ级", "不良反应按规定逐级上报。", "已落实"),
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
        sh.add("本人签名：", None, "科室负责人意见：", None, None)
        sheets.append(sh)
    return _layout(
        "chayouzhong_people_hospital_selfchecks", "https://abg.baidu.com/tags/2k65jowk4ti2vp6gw7h5dkvu7s55rswvwstmb3owy23mq13",
        "旗人民医院 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 医院输血科"
        "废血袋回收处理制度 (废血袋 登记, 回收, 交接, 医疗废物): a title, a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间`` "
        "over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 科室负责人意见：``",
        sheets, t,
    )  # fmt: skip


def chayouzhong_mongolian_hospital_cards() -> dict:
    unit = f"{PLACE}蒙医医院"
    t = _Truth(unit)
    cards = [
        ("院长", "巩琤滢", "院长", "主持医院全面工作", "leader", [
            ("医用耗材和输血器材采购不经集体研究", "★★★", "采购事项院长办公会集体决策。"),
            ("临床用血管理委员会形同虚设", "★★", "委员会每季度召开会议，纪要存档。"),
            ("接受供应商宴请", "★", "严守中央八项规定精神。"),
        ]),
        ("副院长", "冀岚翯", "副院长", "分管医疗、临床用血", "leader", [
            ("临床用血量与病历不符，默许违规用血", "★★★", "每月抽查用血病历，结果通报。"),
            ("用血费用减免审批把关不严", "★★", "减免凭献血证明办理，审批记录留存。"),
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
        "chayouzhong_mongolian_hospital_cards", "https://abg.baidu.com/tags/2gvnfowwzla37phax7mltxga5xlmm13",
        "旗蒙医医院 领导干部廉政风险防控卡, one sheet a leader, after the source's 血液质量监控管理制度 (血液质量, 监控, "
        "输血科, 用血记录): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def chayouzhong_blood_point_list() -> dict:
    unit = f"{PLACE}献血服务点"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("服务点", "负责人", "巩璇岙", "leader", "献血者营养补助发放虚报冒领", "制度机制", "高风险",
         "补助发放凭献血记录逐人签收，每月公示。"),
        ("服务点", "负责人", "巩璇岙", "leader", "流动采血车外出采血费用虚报", "岗位职责", "中风险",
         "外出采血派车单、行程记录存档。"),
        ("采血组", "采血护士", "冀湲琮", "general", "为不符合条件者违规采血或代献血", "业务流程", "高风险",
         "身份证件核验，献血间隔系统校验。"),
        ("采血组", "采血护士", "冀湲琮", "general", "献血者个人信息泄露", "思想道德", "低风险", "信息系统分级授权。"),
        ("招募组", "招募员", "巩淼翾", "general", "团体献血招募中收受单位好处", "外部环境", "中风险",
         "团体献血计划报血站审批，招募记录存档。"),
        ("招募组", "招募员", "巩淼翾", "general", "无偿献血荣誉证明出具不实", "业务流程", "中风险",
         "荣誉证明按系统献血记录出具，双人复核。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "负责人（签字）：", None, None)
    return _layout(
        "chayouzhong_blood_point_list", "https://www.zhetiaohe.com/ss/6d9da39c9b5d8046d0596ee248d4ce4f068dd3aa60ebf17c73e1b8fbaacf82216bd98690281bda43b9a0dc9c35531bd2.html",
        "旗献血服务点 岗位廉政风险防控一览表, after the source's 义务献血营养补助 (补助标准, 发放, 献血者): ``附件2``, a "
        "title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 written on EVERY row/廉政风险点/"
        "风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/负责人（签字） line",
        [sh], t,
    )  # fmt: skip


def chayouzhong_health_enforcement_register() -> dict:
    unit = f"{PLACE}卫生健康综合行政执法大队"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("大队领导", "大队长", "冀琬峋", "leader", [
            ("采供血违法案件查处说情、干预", "制度机制", "一级", "案件处理集体讨论，说情干预登记报告。"),
            ("行政处罚自由裁量权滥用", "岗位职责", "二级", "严格执行裁量基准，处罚结果公开。"),
        ]),
        ("医疗卫生监督中队", "中队长", "巩翾璘", "middle", [
            ("非法采供血线索不移交、不立案", "岗位职责", "一级", "线索登记台账管理，定期核查。"),
        ]),
        ("医疗卫生监督中队", "监督员", "冀瀞岷", "general", [
            ("监督检查中接受被检单位宴请", "思想道德", "二级", "监督检查两人以上，签订廉洁承诺。"),
            ("监督笔录、现场检查记录不实", "业务流程", "三级", "执法记录仪全程记录。"),
        ]),
        ("疾病防控监督中队", "监督员", "巩珝洺", "general", [
            ("预防接种单位监督检查走过场", "外部环境", "二级", "检查清单逐项打分，结果通报。"),
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
        "chayouzhong_health_enforcement_register", "https://www.zhetiaohe.com/ss/d9fb95dc037742bfef57a61d003edd7336d571e505ee18f45189f41f1c5ec0e7.html",
        "旗卫生健康综合行政执法大队 廉政风险点排查登记表, after the source's answer on 公益献血 献血量规定 (献血量, 献血"
        "间隔, 采血机构, 监督): a title, 序号/科室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 "
        "``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def chayouzhong_red_cross_posts() -> dict:
    unit = f"{PLACE}红十字会"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "部门", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("会领导", "常务副会长", "leader", "捐赠款物分配", "捐赠款物分配不经集体研究，向关系户倾斜",
         "制度机制风险", "高", "分配方案会长办公会集体研究并公示。"),
        ("会领导", "常务副会长", "leader", "献血表彰推荐", "无偿献血奉献奖推荐对象审核不实",
         "岗位职责风险", "中", "推荐名单与献血记录核对，公示五个工作日。"),
        ("业务部", "部长", "middle", "救助金发放", "人道救助对象认定不实，优亲厚友", "业务流程风险", "高",
         "救助对象入户核查，结果公示。"),
        ("业务部", "干事", "general", "献血宣传物资管理", "宣传物资出入库不登记，私自处置", "业务流程风险", "低",
         "物资领用登记，每季度盘点。"),
        ("办公室", "会计", "general", "捐赠票据管理", "捐赠票据开具不及时、不规范", "思想道德风险", "中",
         "票据专人管理，定期核销。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "chayouzhong_red_cross_posts", "https://www.zhetiaohe.com/ss/4077a1b628cf3ba5843bc1ca5d32da19bd2651b62c79981e94ccff9624cfd2c01bcc5ecc054ae401ea02fd2b7c5598ca.html",
        "旗红十字会 岗位廉政风险点排查表 对岗不对人, after the source's answer on 无偿献血 and 医院输血收费 (血液成本, "
        "用血费用, 献血者权益): a title, 序号/部门 merged/岗位 merged per post/a short 风险点/a long 风险表现/"
        "风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    chayouzhong_blood_station_controlled_record(),
    chayouzhong_cdc_two_sheets(),
    chayouzhong_health_commission_group_rows(),
    chayouzhong_people_hospital_selfchecks(),
    chayouzhong_mongolian_hospital_cards(),
    chayouzhong_blood_point_list(),
    chayouzhong_health_enforcement_register(),
    chayouzhong_red_cross_posts(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch656-inbox"))

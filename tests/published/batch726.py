"""The seven-hundred-and-twenty-sixth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one city's 农业 and
苹果梨产业 bodies, 龙井市 (of 延边朝鲜族自治州, 吉林省) — its 农业农村局, 果树研究所, 农产品质量检测中心,
农机推广站, 苹果梨产业发展中心, 植保站 and 农业综合执法大队 — each handing back the 一览表, 防控卡,
排查表, 清单 or 自查表 its staff typed:

- the 农业农村局's 一览表 in TWO SHEETS ``局领导`` / ``科室``, ``一级/二级/三级``, no type column;
- the 果树研究所's 排查表 对岗不对人 (``研究室 | 岗位`` merged, no names), ``…风险`` types, 高/中/低;
- the 农产品质量检测中心's 自查表, one sheet a person (label row over values), ``Ⅰ级/Ⅱ级/Ⅲ级``;
- the 农机推广站's 清单 under GROUP ROWS ``一、站领导`` …, ``一级风险/二级风险/三级风险``;
- the 苹果梨产业发展中心's 防控卡, one sheet a leader, ``★★★/★★/★`` read by a ``注：`` line;
- the 植保站's 一览表 under ``附件3`` and a 填报单位 line, holders on EVERY row, ``高风险/中风险/低风险``;
- the 农业综合执法大队's 登记表, ``中队`` merged, short types, ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``longjing_pear_seedling_station_phone_keys``: the 苹果梨良种苗木繁育站's 廉政风险点公示表, one row a
  point, ``科室 | 岗位 | 联系电话 | 廉政风险点 | 风险等级 | 防控措施`` — NO name column; the holder of
  each row is given only by the OFFICE TELEPHONE in ``联系电话``, and a 通讯录 printed under the list
  (``姓名 | 职务 | 办公电话``) names whose number it is; two 技术员 of one 科室 are told apart only by
  their numbers. The README's 读得懂的表 knows holders named by staff numbers keyed by a ``人员编号 |
  姓名`` table, and a side table ``单位 | 联系人 | 电话`` read as it stands; it does not describe a
  holder known only by the telephone number on his rows, resolved by a directory under the list
  (grepped README for ``电话``, ``通讯录``, ``联系电话``).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (果树研究所 整肃纪律 and 平安单位
checks, 果树所 党支部 技术咨询 and 苹果/梨 栽培手册, 果树产业 trade, a 农产品检测中心's 样品采集 /
检测分析 / 结果判定, a 农产品质量安全 检验检测 体系, 抽检 方法, 检验检测中心 验收, 限制农药 定点经营)
and the layout follows their words. The rows are worded by us, the names invented (the rare
surnames 宦 and 琚 with rare given names); every unit is a body of 龙井市 (``unit_words``).

Judgement calls beyond the earlier batches': in the harder file each row's ``联系电话`` is looked
up in the 通讯录 and the row is a point of that person (post from the row, 科室 from the row); the
通讯录 rows are no points; ``站领导`` / ``局领导`` / ``所领导`` cells and group rows are the 科室 of
leaders; 局长, 副局长, 所长, 站长, 主任 of a 中心/站, 大队长 leaders; 科长, 研究室主任, 中队长 middle;
the rest general; every level word set of the batch is 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b726_"
PLACE = "龙井市"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# 通讯录: (name, post, phone)
DIRECTORY = [
    ("宦翯蘅", "站长", "0433-3221506"),
    ("琚璆湑", "技术员", "0433-3221518"),
    ("宦曦箬", "技术员", "0433-3221527"),
    ("琚玹翊", "会计", "0433-3221533"),
]
PHONE_ROWS = [
    ("站领导", "站长", "leader", "0433-3221506", "苹果梨良种苗木采购指定供苗单位", "一级",
     "苗木采购进入公共资源交易平台，结果公示。"),
    ("站领导", "站长", "leader", "0433-3221506", "接穗母本园承包发包暗箱操作", "一级", "承包经站务会集体研究，公开竞价。"),
    ("育苗科", "技术员", "general", "0433-3221518", "嫁接苗出圃数量虚报，套取补助", "二级", "出圃数量双人清点，村委会签字确认。"),
    ("育苗科", "技术员", "general", "0433-3221518", "向果农推销指定农资收取好处", "三级", "严禁推销农资，公开监督电话。"),
    ("育苗科", "技术员", "general", "0433-3221527", "苗木检疫证明审核把关不严", "二级", "检疫证明与调运苗木逐批核对。"),
    ("育苗科", "技术员", "general", "0433-3221527", "良种补贴对象登记不实", "一级", "补贴名单村级公示七天。"),
    ("办公室", "会计", "general", "0433-3221533", "苗木销售收入不入账", "一级", "销售款统一缴入单位账户，开具票据。"),
]  # fmt: skip


def longjing_pear_seedling_station_phone_keys() -> dict:
    unit = f"{PLACE}苹果梨良种苗木繁育站"
    sh = _Sheet("公示表", [6, 10, 10, 15, 38, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点公示表", 7)
    sh.add("序号", "科室", "岗位", "联系电话", "廉政风险点", "风险等级", "防控措施")
    who = {phone: name for name, _post, phone in DIRECTORY}
    first = len(sh.rows)
    for i, (dept, post, tier, phone, point, lv, measures) in enumerate(PHONE_ROWS, 1):
        sh.add(i, dept, post, phone, point, lv, measures)
        t.point(sh.name, dept, post, who[phone], tier, point, [], GRADES[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (3, lambda row: row[3])])
    sh.add()
    _line(sh, "附：本站通讯录（监督举报请拨打市农业农村局纪检电话）", 7)
    sh.add("序号", "姓名", "职务", "办公电话", None, None, None)
    for i, (name, post, phone) in enumerate(DIRECTORY, 1):
        sh.add(i, name, post, phone, None, None, None)
    sh.add("制表：办公室", None, None, "2025年5月", None, None, None)
    return _layout(
        "longjing_pear_seedling_station_phone_keys", "http://m.zgkjsz.com/page/2020/0828/7616983.shtml",
        "(harder) 市苹果梨良种苗木繁育站 廉政风险点公示表, after the source's 果树所 党支部 on 技术咨询 and 苹果、梨 栽培技术 "
        "(果农, 果业发展): 序号/科室 merged/岗位/联系电话 merged per holder/廉政风险点/风险等级 ``一级/二级/三级``/防控措施, "
        "NO name column; under the list a 通讯录 ``序号 | 姓名 | 职务 | 办公电话`` whose numbers name each row's holder; two "
        "育苗科 技术员 told apart only by their numbers",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def longjing_agriculture_bureau_two_sheets() -> dict:
    unit = f"{PLACE}农业农村局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("宦霈棠", "局长", "主持全面工作", [
            ("苹果梨产业项目资金安排个人说了算", "一级", "项目资金安排经局党组会集体研究。"),
            ("高标准农田建设项目干预招投标", "一级", "项目一律进入公共资源交易中心。"),
        ]),
        ("琚澹芗", "副局长", "分管果业、种植业", [
            ("果树更新改造补贴对象审核把关不严", "二级", "补贴对象乡村两级公示。"),
            ("接受果品收购企业宴请", "三级", "严守中央八项规定精神，节前廉洁提醒。"),
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
        ("果业科", "科长", "宦蘅湄", "middle", "苹果梨标准化示范园认定弄虚作假", "一级", "认定实行现场核查，结果公示。"),
        ("果业科", "科员", "琚翾苡", "general", "果园病虫害统防统治药剂验收不严", "二级", "药剂验收双人签字，抽样送检。"),
        ("计划财务科", "科长", "宦澧蒨", "middle", "惠农补贴资金拨付不及时、截留", "一级", "补贴资金一卡通直达农户。"),
        ("计划财务科", "会计", "琚沨萸", "general", "项目报账凭证审核不严", "二级", "报账凭证三级审核。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "longjing_agriculture_bureau_two_sheets", "https://www.zhetiaohe.com/ss/dd583943d65ff9235bd433b81be9d5a784f215b91554e9dcff13a8af1053a6b1ce23a84e9b51c179.html",
        "市农业农村局 廉政风险防控一览表 in TWO SHEETS, after the source's 限制农药定点经营目录 (定点经营, 农药监管): sheet 局领导 "
        "with 姓名/职务/分管工作 merged per leader, sheet 科室 with 科室 merged and 岗位/姓名 merged per person; ``一级/二级/三级``",
        [lead, dept], t,
    )  # fmt: skip


def longjing_fruit_institute_posts() -> dict:
    unit = f"{PLACE}果树研究所"
    sh = _Sheet("排查表", [6, 14, 12, 40, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "研究室", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所领导", "所长", "leader", "科研项目经费分配不经所务会研究", "制度机制风险", "高", "经费分配所务会集体研究。"),
        ("所领导", "所长", "leader", "苹果梨试验示范园承包违规发包", "岗位职责风险", "高", "承包公开竞价，合同备案。"),
        ("栽培研究室", "研究室主任", "middle", "课题试剂耗材采购虚开发票", "业务流程风险", "中", "耗材采购比价，入库登记。"),
        ("栽培研究室", "科研人员", "general", "新品种区域试验数据造假", "思想道德风险", "中", "试验数据双人记录，原始记录存档。"),
        ("种质资源室", "科研人员", "general", "种质资源私自对外提供", "外部环境风险", "低", "资源对外提供签订协议，登记备案。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, "审核：", None, "2025年3月", None, None)
    return _layout(
        "longjing_fruit_institute_posts", "https://gss.sxau.edu.cn/info/1031/1503.htm",
        "市果树研究所 岗位廉政风险点排查表 对岗不对人, after the source's 果树所 整肃纪律 调研 (苹果矮化砧木试验示范园, 梨产业 "
        "综合试验站, 科研中试基地): 研究室 merged/岗位 merged/风险点/风险类型 ``…风险``/高/中/低/防控措施; no names",
        [sh], t,
    )  # fmt: skip


def longjing_testing_center_selfchecks() -> dict:
    unit = f"{PLACE}农产品质量检测中心"
    t = _Truth(unit)
    people = [
        ("宦璟苒", "中心领导", "主任", "leader", [
            ("检测结果出具受人情干扰", "Ⅰ级", "检测报告三级审核签发。", "已落实"),
            ("检测仪器设备采购指定品牌", "Ⅰ级", "采购需求集体论证。", "未发现问题"),
        ]),
        ("琚湉芷", "检测室", "检测员", "general", [
            ("样品采集不按规范随机抽取", "Ⅱ级", "采样两人以上，全程录像。", "已落实"),
            ("检测原始记录涂改", "Ⅱ级", "原始记录不得涂改，电子留痕。", "已落实"),
            ("泄露抽检计划", "Ⅲ级", "抽检计划保密，签订保密承诺。", "已落实"),
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
        sh.add("本人签名：", None, "主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "longjing_testing_center_selfchecks", "http://zeiqing.com/catshuimianliangfang/arari0jWT4.html",
        "市农产品质量检测中心 岗位廉政风险自查表, one sheet a person, after the source's 农产品检测中心 (样品采集, 检测分析, "
        "结果判定): a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间`` over values, 序号/风险点/``Ⅰ级/Ⅱ级/Ⅲ级``/措施/自查情况",
        sheets, t,
    )  # fmt: skip


def longjing_farm_machinery_group_rows() -> dict:
    unit = f"{PLACE}农机推广站"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、站领导", "站领导", [
            ("站长", "宦笙翙", "leader", [
                ("果园作业机械推广示范项目指定厂家", "一级风险", "示范机具公开征集，集体研究确定。"),
            ]),
        ]),
        ("二、推广科", "推广科", [
            ("科长", "琚蘅屾", "middle", [
                ("农机购置补贴机具核实走过场", "一级风险", "机具核实拍照留存，人机合影。"),
                ("向购机户推荐经销商", "二级风险", "购机户自主选择，不得推荐。"),
            ]),
            ("技术员", "宦沺翎", "general", [
                ("农机手培训签到弄虚作假", "三级风险", "培训签到、照片存档备查。"),
            ]),
        ]),
        ("三、监理科", "监理科", [
            ("科员", "琚霁棽", "general", [
                ("拖拉机年检把关不严", "二级风险", "年检项目逐项登记，科长复核。"),
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
        "longjing_farm_machinery_group_rows", "https://gss.sxau.edu.cn/info/1021/1130.htm",
        "市农机推广站 廉政风险防控责任清单, after the source's 果树所 平安单位 检查验收 (重点部位, 座谈, 查材料): GROUP ROWS "
        "``一、站领导`` … merged across, 岗位/姓名 merged per person, ``一级风险/二级风险/三级风险``, no type column",
        [sh], t,
    )  # fmt: skip


def longjing_pear_center_cards() -> dict:
    unit = f"{PLACE}苹果梨产业发展中心"
    t = _Truth(unit)
    cards = [
        ("主任", "宦珣芑", "主任", "主持中心全面工作", "leader", [
            ("苹果梨品牌宣传推介费用虚列", "★★★", "推介费用按合同支付，凭证齐全。"),
            ("冷藏保鲜设施补助项目验收不严", "★★★", "验收邀请财政、纪检人员参加。"),
            ("接受果品企业礼品礼金", "★", "签订廉洁承诺书。"),
        ]),
        ("副主任", "琚沄蔚", "副主任", "分管果品营销、技术推广", "leader", [
            ("果品展销会参展企业选定不公", "★★", "参展企业公开报名，择优选定。"),
            ("技术培训经费挤占挪用", "★★", "培训经费专账核算。"),
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
        "longjing_pear_center_cards", "http://m.zgkjsz.com/page/2023/0920/22669686.shtml",
        "市苹果梨产业发展中心 领导干部廉政风险防控卡, one sheet a leader, after the source's 果树产业 and 果品市场贸易 (品牌, 果品 "
        "营销): ``姓　名 | … | 职　务 | …``, a merged 分管工作 line, ``★★★/★★/★`` by a ``注：`` line, 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def longjing_plant_protection_list() -> dict:
    unit = f"{PLACE}植保站"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "宦琇蓁", "leader", "梨小食心虫统防药剂采购收受回扣", "制度机制", "高风险", "药剂政府采购，价格公示。"),
        ("测报科", "科长", "琚翀菡", "middle", "病虫情报数据迟报、瞒报", "岗位职责", "中风险", "测报数据系统直报，留痕。"),
        ("测报科", "测报员", "宦湑苓", "general", "测报点补贴发放不实", "业务流程", "中风险", "补贴按测报记录核发。"),
        ("防治科", "科员", "琚芃澴", "general", "农药经营许可现场核查不到位", "外部环境", "高风险", "核查两人以上，现场拍照。"),
        ("防治科", "科员", "琚芃澴", "general", "对禁限用农药违规销售不制止", "思想道德", "低风险", "发现即移交执法大队。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "longjing_plant_protection_list", "https://renrendoc.com/paper/399385544.html",
        "市植保站 岗位廉政风险防控一览表, after the source's 农产品质量安全检验检测中心 项目验收报告 (病虫害, 农药残留, 香梨): "
        "``附件3``, a 填报单位（盖章） line, 部门/岗位/责任人 on EVERY row, short types, ``高风险/中风险/低风险``",
        [sh], t,
    )  # fmt: skip


def longjing_enforcement_brigade_register() -> dict:
    unit = f"{PLACE}农业综合执法大队"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "中队", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("大队领导", "大队长", "宦澂蕤", "leader", [
            ("农产品质量安全案件查处以罚代刑", "制度机制", "一级", "涉嫌犯罪案件移送公安，集体审议。"),
        ]),
        ("一中队", "中队长", "琚昉蘼", "middle", [
            ("果品抽检不合格案件降格处理", "岗位职责", "一级", "案件审核委员会审议。"),
            ("执法检查前通风报信", "思想道德", "二级", "检查对象随机抽取。"),
        ]),
        ("一中队", "执法队员", "宦瀓芊", "general", [
            ("罚没物品处置不登记", "业务流程", "二级", "罚没物品登记，统一处置。"),
            ("接受被检查对象宴请", "外部环境", "三级", "执法全程记录仪留痕。"),
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
        "longjing_enforcement_brigade_register", "http://m.jizihe.com/page/2022/0302/18180425.shtml",
        "市农业综合执法大队 廉政风险点排查登记表, after the source's 农产品质量安全中心 检验检测 (监管, 检测能力): 中队 merged, "
        "岗位/姓名 merged per person, 风险类别 (short names), ``一级/二级/三级``, a ``注：`` line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    longjing_pear_seedling_station_phone_keys(),
    longjing_agriculture_bureau_two_sheets(),
    longjing_fruit_institute_posts(),
    longjing_testing_center_selfchecks(),
    longjing_farm_machinery_group_rows(),
    longjing_pear_center_cards(),
    longjing_plant_protection_list(),
    longjing_enforcement_brigade_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch726-inbox"))

"""The six-hundred-and-ninetieth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one district's police
and traffic-police bodies, 科尔沁区 (of 通辽市, 内蒙古自治区) — its 公安分局 (机关), 交警大队, 西门派出所,
刑事侦查大队, 看守所, 治安管理大队 and 大林派出所 — each handing back the 一览表, 防控卡, 排查表, 清单 or
自查表 its staff typed, and one harder:

- ``horqin_vehicle_office_level_in_code``: the 车辆管理所's 风险防控清单 with NO 风险等级 column:
  ``风险编码 | 科室 | 岗位 | 姓名 | 廉政风险点 | 防控措施``, and each point's level is written only as
  one segment of its risk code, ``CGS-DJ-2-04`` (单位代码-科室代码-风险等级代码-顺序号), decoded by a
  ``注：`` line under the table (``风险等级代码1为一级、2为二级、3为三级``). The README's 读得懂的表
  knows a ``风险代码`` cell that is nothing but a type+level code (``制Ⅰ``, ``岗-2``), holders encoded
  in risk codes resolved by a 岗位代码对照表, and a separate 分类定级表 joined by code; it does not
  describe the level written as a segment inside a structured point identifier whose layout
  a 编码规则 note spells out.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the rows are worded by us, the names invented (the rare surnames 宰 and 籍
with rare given names); every unit is a body of 科尔沁区.

Run ``python tests/published/score.py --set batch690`` and do not tune the reader against it, or
it stops being held out.

Judgement calls: in the harder file the risk code is no part of the point, its third segment
is the point's level; ``一级/二级/三级``, 高/中/低, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``,
``高风险/中风险/低风险`` are 1/2/3; each unit's own head (局长, 大队长 of a 大队 that is the unit,
所长, 教导员) is a leader, 科长/中队长/主任 and the 分局's 法制大队长 middle, the rest general; the
排查表 names no person (对岗不对人).

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b690_"
PLACE = "科尔沁区"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept, post: int, *people: int) -> None:
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# (科室, 科室代码, post, name, tier, 风险点, level code, 防控措施)
CODED = [
    ("所领导", "LD", "所长", "宰翛沨", "leader", "车辆登记业务违规审批签字", 1, "登记业务全程视频监控，异常业务所务会研究。"),
    ("所领导", "LD", "所长", "宰翛沨", "leader", "为违规办理牌证的人员说情打招呼", 1, "干预业务记录报告，定期通报。"),
    ("登记科", "DJ", "科长", "籍湛瑒", "middle", "机动车查验走过场，放行拼装车辆", 1, "查验照片系统比对，科长抽查复核。"),
    ("登记科", "DJ", "科长", "籍湛瑒", "middle", "好车号牌号码人为预留", 2, "号牌号码电脑随机选取，全程留痕。"),
    ("登记科", "DJ", "查验员", "宰珝岍", "general", "收受车主或代办人员好处费", 2, "查验员轮岗，公开举报电话。"),
    ("登记科", "DJ", "查验员", "宰珝岍", "general", "查验记录填写不实", 3, "查验记录与照片双人复核。"),
    ("考试科", "KS", "考试员", "籍昉翾", "general", "驾驶人考试降低评判标准", 1, "考试全程录音录像，考试员随机派遣。"),
    ("考试科", "KS", "考试员", "籍昉翾", "general", "与驾校人员私下接触通风报信", 2, "考试员签订回避承诺，手机集中保管。"),
    ("档案室", "DA", "档案管理员", "宰沄瑱", "general", "违规查询、泄露车主档案信息", 2, "查询实行审批登记，系统日志定期检查。"),
    ("档案室", "DA", "档案管理员", "宰沄瑱", "general", "档案资料抽换、补录不登记", 3, "档案变更双人办理并登记。"),
]  # fmt: skip
LEVEL_CODES = {1: 1, 2: 2, 3: 3}


def code_of(dept_code: str, level: int, n: int) -> str:
    return f"CGS-{dept_code}-{level}-{n:02d}"


def horqin_vehicle_office_level_in_code() -> dict:
    unit = f"{PLACE}车辆管理所"
    sh = _Sheet("风险清单", [16, 10, 11, 9, 38, 38])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 6)
    _line(sh, f"填报单位：{unit}{GAP * 12}填报时间：2025年6月", 6)
    sh.add("风险编码", "科室", "岗位", "姓名", "廉政风险点", "防控措施")
    first = len(sh.rows)
    for n, (dept, dcode, post, who, tier, point, lv, m) in enumerate(CODED, 1):
        sh.add(code_of(dcode, lv, n), dept, post, who, point, m)
        t.point(sh.name, dept, post, who, tier, point, [], LEVEL_CODES[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(
        sh,
        "注：风险编码由“单位代码-科室代码-风险等级代码-顺序号”组成；风险等级代码1为一级、2为二级、3为三级，一级为最高。",
        6,
    )
    sh.add("制表人：", None, "审核人：", None, "2025年6月", None)
    return _layout(
        "horqin_vehicle_office_level_in_code", "https://www.renrendoc.com/paper/507268512.html",
        "(harder) 区车辆管理所 岗位廉政风险防控清单, after the source's 公安纪检平台建设方案 (风险预警, 数据标准, 编码): a "
        "title, a 填报单位 line, ``风险编码 | 科室 | 岗位 | 姓名 | 廉政风险点 | 防控措施`` with NO level column; each "
        "point's level only the third segment of its code ``CGS-DJ-2-04``, read by a ``注：`` line spelling out the "
        "编码规则; 科室 merged, 岗位/姓名 merged per person; a 制表人/审核人 line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def horqin_branch_list() -> dict:
    unit = f"{PLACE}公安分局"
    sh = _Sheet("一览表", [6, 12, 10, 10, 38, 9, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "宰峣燊", "leader", "警务装备采购项目插手干预", "一级", "采购项目一律进入政府采购平台。"),
        ("局领导", "局长", "宰峣燊", "leader", "民警职级晋升推荐个人说了算", "一级", "晋升推荐经党委会集体研究并公示。"),
        ("警务保障室", "主任", "籍璠湜", "middle", "办案经费报销审核不严", "二级", "报销单据三级审核，定期公开。"),
        ("警务保障室", "会计", "宰琭霈", "general", "涉案财物保管款挪作他用", "一级", "涉案款物专户管理，按月对账。"),
        ("法制大队", "大队长", "籍崧翯", "middle", "案件审核把关不严，对瑕疵案件放行", "二级", "重大案件集体审核。"),
        ("法制大队", "民警", "宰甯澂", "general", "执法监督发现问题不报告", "三级", "监督问题台账管理。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (d, post, who, tier, point, lv, m) in enumerate(rows, 1):
        sh.add(n, d, post, who, point, lv, m)
        t.point(sh.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("制表：政工室", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "horqin_branch_list", "http://ketldu.cn/tags-55948.html",
        "区公安分局 岗位廉政风险防控一览表, after the source's 办案风险预警管理办法 (预警, 审核, 监督): ``附件1``, a title, "
        "科室 merged, 岗位/姓名 merged per person, ``一级/二级/三级``, no type column; a 制表/审核 line",
        [sh], t,
    )  # fmt: skip


def horqin_traffic_brigade_posts() -> dict:
    unit = f"{PLACE}交警大队"
    sh = _Sheet("排查表", [6, 12, 12, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "科室", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("大队领导", "大队长", "leader", "交通设施工程项目指定施工单位", "制度机制风险", "高", "工程项目公开招标。"),
        ("大队领导", "大队长", "leader", "违法车辆处理说情放行", "外部环境风险", "高", "说情干预登记报告。"),
        ("事故处理中队", "中队长", "middle", "事故责任认定偏袒一方", "岗位职责风险", "高", "事故认定集体研究，当事人可申请复核。"),
        ("事故处理中队", "事故处理民警", "general", "事故车辆停车场指定收费", "业务流程风险", "中", "停车场公开选定，收费标准公示。"),
        ("秩序中队", "执勤民警", "general", "现场执法不开票、罚款不入账", "业务流程风险", "中", "执法记录仪全程记录，非现场缴款。"),
        ("秩序中队", "执勤民警", "general", "接受驾驶人宴请或礼品", "思想道德风险", "低", "签订廉洁执法承诺书。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (d, post, tier, point, typ, lv, m) in enumerate(rows, 1):
        sh.add(n, d, post, point, typ, lv, m)
        t.point(sh.name, d, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：秩序中队", None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "horqin_traffic_brigade_posts", "https://gaj.zjj.gov.cn/c6673/20250613/i1077102.html",
        "区交警大队 岗位廉政风险点排查表 对岗不对人, after the source's 交警支队巡察整改通报 (事故处理, 车辆管理, 违法处罚): 科室 "
        "and 岗位 merged, ``…风险`` types, 高/中/低, no names",
        [sh], t,
    )  # fmt: skip


def horqin_ximen_station_cards() -> dict:
    unit = f"{PLACE}公安分局西门派出所"
    t = _Truth(unit)
    cards = [
        ("所长", "籍晞琮", "所长", "主持派出所全面工作", "leader", [
            ("治安案件处理以罚代管", "★★★", "案件处理经所务会集体研究。"),
            ("辅警招聘暗箱操作", "★★", "招聘全程公开，结果公示。"),
        ]),
        ("户籍民警", "宰旻峤", "户籍民警", "户口登记和迁移", "general", [
            ("违规办理户口迁移", "★★★", "户口迁移材料双人审核。"),
            ("违规查询公民个人信息", "★★", "查询实行登记和审批。"),
            ("办证收取好处费", "★", "收费标准上墙公示。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("工作职责", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, m) in enumerate(items, 1):
            sh.add(i, point, stars, m)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "horqin_ximen_station_cards", "http://um.sanwen.net/special/hlblnf.html",
        "区公安分局西门派出所 防控卡, one sheet a person, after the source's 公安部对协警新规定 (辅警, 招聘, 管理): "
        "``姓　名 | … | 职　务 | …``, a merged 工作职责 line, ``★★★/★★/★`` read by a ``注：`` line",
        sheets, t,
    )  # fmt: skip


def horqin_detention_selfchecks() -> dict:
    unit = f"{PLACE}看守所"
    t = _Truth(unit)
    people = [
        ("籍韪沅", "所领导", "教导员", "leader", [
            ("在押人员违规会见审批", "Ⅰ级", "会见一律经审批并登记。", "已落实"),
            ("看守所物资采购不比价", "Ⅱ级", "采购三家比价并公示。", "已落实"),
        ]),
        ("宰暻霂", "管教中队", "管教民警", "general", [
            ("为在押人员违规传递物品信息", "Ⅰ级", "监室巡查视频全覆盖。", "已落实"),
            ("收受在押人员家属钱物", "Ⅱ级", "家属来访登记，签订承诺书。", "未发现问题"),
            ("违规给在押人员调换监室", "Ⅲ级", "调监室经所领导审批。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在科室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, m, found) in enumerate(points, 1):
            sh.add(i, point, lv, m, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "所领导意见：", None, None)
        sheets.append(sh)
    return _layout(
        "horqin_detention_selfchecks", "https://www.jszf.gov.cn/zyyg/jscawq_1/huaian/202007/t20200721_3502855.shtml",
        "区看守所 自查表, one sheet a person, after the source's 防风险除隐患保平安 攻坚行动 (排查, 定级, 管控): a "
        "label row over values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column",
        sheets, t,
    )  # fmt: skip


def horqin_cid_group_rows() -> dict:
    unit = f"{PLACE}公安分局刑事侦查大队"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、大队领导", "大队领导", [("大队长", "宰瀚珵", "leader", [
            ("刑事案件立案不立、有案不立", "高风险", "立案情况网上流转，法制部门监督。"),
            ("违规变更强制措施", "高风险", "变更强制措施集体研究。"),
        ])]),
        ("二、侦查一中队", "侦查一中队", [("中队长", "籍铧歆", "middle", [
            ("涉案财物扣押不登记", "高风险", "扣押财物入库管理，定期清点。"),
            ("泄露案情或侦查秘密", "中风险", "案卷专人管理，查阅登记。"),
            ("接受案件当事人宴请", "低风险", "严守纪律，重大事项报告。"),
        ])]),
    ]  # fmt: skip
    n = 0
    for shown, dept, people in groups:
        _line(sh, shown, 6)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for point, lv, m in points:
                n += 1
                sh.add(n, post, who, point, lv, m)
                t.point(sh.name, dept, post, who, tier, point, [], HIGHS[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "horqin_cid_group_rows", "https://www.bkwk.cn/article/jmyjsjjddzyxshzdzrydd.html",
        "区公安分局刑事侦查大队 责任清单 under group rows ``一、大队领导``, ``二、侦查一中队``; 岗位/姓名 merged per "
        "person; ``高风险/中风险/低风险``, after the source's 交警大队长职责 (执法管理, 事故处理)",
        [sh], t,
    )  # fmt: skip


def horqin_public_order_register() -> dict:
    unit = f"{PLACE}公安分局治安管理大队"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("大队领导", "大队长", "籍皞渟", "leader", [
            ("特种行业许可审批降低条件", "岗位职责", "一级", "许可审批集体研究，结果公开。"),
            ("娱乐场所检查通风报信", "外部环境", "一级", "检查对象随机抽取，临时通知。"),
        ]),
        ("行业场所管理中队", "中队长", "宰夤琇", "middle", [
            ("旅馆业治安检查走过场", "业务流程", "二级", "检查记录拍照上传平台。"),
        ]),
        ("行业场所管理中队", "民警", "籍煦沚", "general", [
            ("收缴违禁物品不登记", "业务流程", "三级", "收缴物品当场登记，专库保管。"),
            ("对违规场所罚款自由裁量不当", "制度机制", "二级", "执行裁量基准。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for d, post, who, tier, points in rows:
        for point, typ, lv, m in points:
            n += 1
            sh.add(n, d, post, who, point, typ, lv, m)
            t.point(sh.name, d, post, who, tier, point, types_in(typ), GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为一级、二级、三级，一级为最高。", 8)
    sh.add("编制人：", None, "审核人：", None, "2025年4月", None, None, None)
    return _layout(
        "horqin_public_order_register", "http://35331.cn/lhs_g30i2xsmgobw01d01e01cgl3fl0_3.html",
        "区公安分局治安管理大队 排查登记表: a 填报单位 line, 科室 merged, 岗位/姓名 merged per person, short 风险类别, "
        "``一级/二级/三级``, a ``注：`` line, after the source's 公安部第120号令 (检查, 许可, 处罚)",
        [sh], t,
    )  # fmt: skip


def horqin_dalin_station_two_sheets() -> dict:
    unit = f"{PLACE}公安分局大林派出所"
    t = _Truth(unit)
    lead = _Sheet("所领导", [6, 9, 9, 38, 9, 34])
    _line(lead, f"{unit}所领导廉政风险防控一览表", 6)
    lead.add("序号", "姓名", "职务", "廉政风险点", "风险等级", "防控措施")
    for i, (who, post, point, lv, m) in enumerate([
        ("宰珵韫", "所长", "治安调解协议违规干预", "一级", "调解全程录音录像。"),
        ("宰珵韫", "所长", "为涉赌人员说情减轻处罚", "二级", "说情干预记录报告。"),
    ], 1):  # fmt: skip
        lead.add(i, who, post, point, lv, m)
        t.point(lead.name, "", post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, 2, [(c, lambda row: row[1]) for c in (1, 2)])
    dept = _Sheet("警务室", [6, 14, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}警务室廉政风险防控一览表", 7)
    dept.add("序号", "警务室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("社区警务室", "社区民警", "籍骞琰", "general", "流动人口登记收取费用", "二级", "登记免费，公示举报电话。"),
        ("社区警务室", "社区民警", "籍骞琰", "general", "居住证明出具不实", "一级", "证明出具前入户核实。"),
        ("社区警务室", "社区民警", "籍骞琰", "general", "矛盾纠纷调处收受好处", "三级", "调处回访，群众评议。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, m) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, m)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    return _layout(
        "horqin_dalin_station_two_sheets", "http://wulivoo.cn/m/sxjingji/36708.html",
        "区公安分局大林派出所 一览表 in two sheets 所领导/警务室, ``一级/二级/三级``, no type column, after the source's "
        "交警队伍建设 (服务窗口, 执法站)",
        [lead, dept], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    horqin_vehicle_office_level_in_code(),
    horqin_branch_list(),
    horqin_traffic_brigade_posts(),
    horqin_ximen_station_cards(),
    horqin_detention_selfchecks(),
    horqin_cid_group_rows(),
    horqin_public_order_register(),
    horqin_dalin_station_two_sheets(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch690-inbox"))

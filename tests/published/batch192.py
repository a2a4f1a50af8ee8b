"""A hundred-and-ninety-second batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: FILES AS THEY REALLY ARRIVE from county bodies seldom used
before — a 区生态环境监测站, a 区灌区管理所, the 区司法局 for its 司法所, a 街道办事处, a 区社区矫正
中心, a 风景名胜区管理处, a 区排涝泵站管理所, a 区国有林场 and a 区地方海事处 — each handing back its
ordinary 一览表, 排查表, 清单 or 自查表 the way its staff typed it; every unit is a body of an
invented 长寿区 (its 凤栖街道, 桃溪灌区, 澜碧湖, 云岭林场 and the 司法所 of 澄溪, 蓼湾, 石堰 invented
too):

- a 生态环境监测站 一览表 under ``填报单位（盖章）：…　　填报时间：…`` with a trailing ``责任领导`` column
  of names (the 站长 and 副站长, who hold their own rows too), ``…风险`` types, 高/中/低;
- a 灌区管理所 排查表 with a ``工作事项`` column (the duty, short) left of the post, the holder under
  ``责任人``, a 渠首管理站 among the 股室, levels ``一级/二级/三级``, no type column;
- the 司法局's 基层司法所 一览表, the ``司法所`` column naming each 所 (the 局 the unit, each 所 its
  科室), types short, levels ``★★★/★★/★`` with the note that reads them;
- a 街道办事处's 清单 对岗不对人 after a 街道's 廉政风险防控清单: ``业务事项`` cells with numbered steps
  (``失业登记:⏎1.…⏎2.…``), ``风险点`` cells with numbered lines, the post under ``责任岗位``;
- a 风景名胜区管理处 清单 对岗不对人 with a ``岗位职责`` column merged per post, the risk column
  headed ``廉政风险点``, levels ``Ⅰ级/Ⅱ级/Ⅲ级``;
- a 排涝泵站管理所 一览表 whose 序号 starts again at 1 in every 股室, with a ``合计`` row under it;
- a 国有林场 一览表 that runs over two printed pages: the title ``…（续）`` and the header typed again
  in the middle of the sheet, 管护站 among the 股室;
- a 地方海事处 一览表 whose ``岗位及人员`` cell holds the post and the holder on two lines
  (``科长⏎呼延曙光``), levels ``高风险/中风险/低风险``.

One is harder, a shape the README's "读得懂的表" does not describe (its account of batches 73–76
names ``高☑　中□　低□``, each box AFTER its word; here each box stands BEFORE it, and ``■`` ticks on
one sheet):

- ``corrections_checkbox_levels``: a 社区矫正中心's 个人廉政风险自查表 one per sheet, typed from the Word
  form, whose ``风险等级`` cell keeps all three boxes with the chosen one ticked — ``□高　☑中　□低``
  (``■`` for the tick on one sheet). The level is the ticked box's.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; most pages describe their subject in prose (environmental monitoring's 运维
单位 and 廉洁履约; a 灌区's "事-岗-人" 工作清单; the 司法所 as the 司法局's 派出机构; a 街道's 帮扶救助
服务站 and its numbered duties; 风景名胜区 规划建设 and 资源保护; a 区's 排涝泵站 统一管理; a 林场's 股室
and 管护站; a base 海事处's work; the risks of 社区矫正 and 法律援助)
and the layout follows their words. Rows worded by us, names invented.

Run ``python tests/published/score.py --set batch192`` and do not tune the reader against it, or
it stops being held out. No LibreOffice re-saved copies are kept for this batch (prefix ``b192_``).

Judgement calls this batch leans on, beyond those of the earlier batches:

- a level cell ``□高　☑中　□低`` is the ticked box's level (中); ``■`` ticks as ``☑`` does;
- a ``责任领导`` column beside ``姓名`` names the one who watches: no holder of those rows;
- ``工作事项`` (the duty) beside ``风险点`` is no point; the ``风险点`` cell is;
- the 司法局's list names the 局 as the unit and each 司法所 as a 科室;
- a ``责任岗位`` cell is the row's post (对岗不对人, person ""); numbered steps in ``业务事项`` are no
  point, and a ``风险点`` cell of numbered lines is ONE point (the cell's whole text);
- a 序号 that starts again at 1 under each 股室 does not start a new table; ``合计`` is no point;
- a title ``…（续）`` and the header typed again mid-sheet continue the same table;
- a ``岗位及人员`` cell ``科长⏎呼延曙光`` is the post 科长 and the holder 呼延曙光;
- 站长/副站长 of the 监测站, 所长/副所长 of a 管理所 that is the unit, 主任/副主任 of a 中心 or 处, 场长/
  副场长 and 处长/副处长 are leaders; 股长, 科长, 室主任, 站长 of a 管护站 or 渠首站, 所长 of a 局's 司法所,
  a 街道's 中心主任 and 办公室主任 middle; the rest general.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and writes
``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b192_"
PLACE = "长寿区"
GAP = "\u3000"
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
GRADES = {"一级": 1, "二级": 2, "三级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}
TICKS = ("☑", "■")
BOX = "□"


def boxes(level: str, tick: str = "☑") -> str:
    """The three boxes of the Word form with ``level`` (高/中/低) ticked: ``□高　☑中　□低``."""
    return GAP.join(f"{tick if w == level else BOX}{w}" for w in "高中低")


def ticked_level(cell: str) -> int:
    """The level of the ticked box in ``boxes`` text."""
    marked = [w for w in "高中低" if any(f"{t}{w}" in cell for t in TICKS)]
    assert len(marked) == 1, cell
    return HML[marked[0]]


# --------------------------------------------------------------------------- harder layout


def corrections_checkbox_levels() -> dict:
    unit = f"{PLACE}社区矫正中心"
    t = _Truth(unit)
    people = [
        ("中心领导", "主任", "毋靖萱", "leader", "☑", [
            ("社区矫正对象分类管理等级调整不经集体研究", "制度机制", "高",
             "管理等级调整经中心集体评议,评议结果报司法局备案。"),
            ("对社区矫正对象违规违纪行为降格处理,收受其亲属财物", "思想道德", "高",
             "违规处理由两人以上调查,处理意见集体审核,严禁接受矫正对象及其亲属财物。"),
            ("社区矫正经费使用审批把关不严", "岗位职责", "中", "经费支出按预算执行,大额支出集体研究。"),
        ]),
        ("监督管理科", "科长", "漆棠溪", "middle", "☑", [
            ("外出、进入特定区域审批放宽条件", "岗位职责", "中", "外出审批材料两人审核,审批结果录入系统留痕。"),
            ("电子定位监管发现越界不及时处置", "业务流程", "中", "越界告警当日核查,处置情况登记备查。"),
            ("提请撤销缓刑、假释材料故意拖延", "制度机制", "低", "提请时限纳入系统提醒,逾期说明理由。"),
        ]),
        ("教育帮扶科", "科员", "但昭宁", "general", "■", [
            ("公益活动考核打分弄虚作假", "岗位职责", "中", "公益活动签到、照片存档,考核结果由科长复核。"),
            ("帮扶资金、物资发放不登记", "业务流程", "低", "帮扶物资登记造册,领取人签字确认。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for k, (dept, post, who, tier, tick, points) in enumerate(people, 1):
        sh = _Sheet(f"Sheet{k}", [6, 34, 10, 20, 34])
        _line(sh, f"{unit}个人廉政风险自查表", 5)
        sh.add("姓名", who, "科室", dept, None)
        sh.add("职务", post, "填表日期", "2024年10月", None)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施")
        for n, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(n, point, typ, boxes(lv, tick), measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        _line(sh, "注：风险等级请在对应方框内打“☑”。", 5)
        sh.add("本人签字：", None, "科室负责人审核：", None, None)
        sheets.append(sh)
    return _layout(
        "corrections_checkbox_levels",
        "https://www.hkyyi.com/html/si-fa-xing-zheng-ru-he-jing-zhun-shi-bie-yu-fang-fan-feng-xian-cong-fa-lv-yuan-zhu-dao-she-qu-jiao-z.html",
        "(harder) 区社区矫正中心 个人廉政风险自查表 after the source's account of the risks of 司法行政 work (社区矫正, 法律援助 "
        "and their 风险识别与防范): THREE sheets ``Sheet1``–``Sheet3``, one person each, "
        "typed from the Word form — the title, two rows of pairs ``姓名 | 毋靖萱 | 科室 | 中心领导`` and ``职务 | 主任 | "
        "填表日期 | 2024年10月`` over 序号/风险点/风险类型 (short names)/风险等级/防控措施 — whose ``风险等级`` cell keeps ALL "
        "THREE BOXES with the chosen one ticked: ``□高　☑中　□低`` (``■高　□中　□低`` on Sheet3); a note ``注：风险等级请在"
        "对应方框内打“☑”。`` and ``本人签字： | 科室负责人审核：`` under it",
        sheets, t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def env_monitoring_supervisor() -> dict:
    unit = f"{PLACE}生态环境监测站"
    sh = _Sheet("Sheet1", [6, 12, 10, 9, 32, 14, 8, 32, 9])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 9)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 6}填报时间：2024年10月", 9)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施", "责任领导")
    rows = [
        ("站领导", "站长", "旷澈舟", "监测设备采购和运维服务项目确定承接单位不经集体研究", "制度机制风险", "高",
         "采购和运维项目按规定公开招标,站务会集体研究并留存纪要。", "旷澈舟", "leader"),
        ("站领导", "站长", "旷澈舟", "对运维单位履约考核打招呼、说情", "思想道德风险", "中",
         "运维考核由质量管理室组织,考核结果公示,说情打招呼登记报告。", "旷澈舟", "leader"),
        ("站领导", "副站长", "妫沛衡", "委托第三方检测机构比选不公开", "岗位职责风险", "中",
         "比选条件公开,比选结果站务会审定。", "旷澈舟", "leader"),
        ("综合室", "主任", "巫马知秋", "试剂耗材入库验收不严,数量与发票不符", "业务流程风险", "低",
         "入库两人验收,出入库台账每月盘点。", "妫沛衡", "middle"),
        ("现场监测室", "采样员", "佴砚舟", "接受企业请托,采样时不按规范布点", "外部环境风险", "高",
         "采样全程定位录像,采样点位随机抽查复核。", "妫沛衡", "general"),
        ("现场监测室", "采样员", "佴砚舟", "提前向排污单位透露监测时间", "思想道德风险", "中",
         "监测任务当日下达,监测计划专人保管。", "妫沛衡", "general"),
        ("分析室", "主任", "琴夕岚", "篡改、伪造监测原始记录和分析数据", "岗位职责风险", "高",
         "原始记录实时录入实验室信息系统,修改留痕并经审核。", "旷澈舟", "middle"),
        ("质量管理室", "主任", "沃砚池", "监测报告审核签发把关不严", "制度机制风险", "中",
         "报告实行编制、审核、签发三级审核,抽取比例复核。", "旷澈舟", "middle"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, leader, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures, leader)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("填表人:", None, None, "审核人:", None, None, None, "2024年10月", None)
    return _layout(
        "env_monitoring_supervisor", "http://mp3xiazai.com/mqzh/24216.html",
        "区生态环境监测站 岗位廉政风险点一览表 after the source's account of environmental monitoring's integrity rules (运维"
        "单位 contracts, 廉洁履约承诺书, 监测数据造假, 采样平台): the title, a merged ``填报单位（盖章）：…　　填报时间：…`` "
        "line, then 序号/科室 merged (站领导, 综合室, 现场监测室, 分析室, 质量管理室)/岗位 and 姓名 merged per person/"
        "风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施/a trailing ``责任领导`` column of NAMES (the 站长 旷澈舟 "
        "and the 副站长 妫沛衡, both also holders of their own rows); 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


def irrigation_duty_column() -> dict:
    unit = f"{PLACE}桃溪灌区管理所"
    sh = _Sheet("排查表", [6, 12, 16, 10, 9, 34, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "部门", "工作事项", "岗位", "责任人", "风险点", "风险等级", "防控措施")
    rows = [
        ("所领导", "渠系改造工程", "所长", "晏泊川", "干渠改造工程招标设置倾向性条件", "一级",
         "工程招标文件经集体审定,招标全程纪检监督。", "leader"),
        ("所领导", "水费管理", "所长", "晏泊川", "水费减免不经集体研究", "一级", "减免对象和金额所务会研究,结果公示。",
         "leader"),
        ("工程管理股", "维修养护", "股长", "勾瀚文", "渠道维修养护工程量虚报", "一级",
         "工程量现场丈量,影像资料存档,结算送审。", "middle"),
        ("工程管理股", "工程验收", "技术员", "谯昭野", "隐蔽工程验收不到现场即签字", "二级",
         "隐蔽工程验收拍照留存,三方到场签字。", "general"),
        ("灌溉调度股", "配水调度", "股长", "蒿星澜", "配水不按计划,优先为关系户放水", "二级",
         "配水计划公开,放水记录村组签字确认。", "middle"),
        ("渠首管理站", "闸门启闭", "站长", "羿怀渡", "擅自改变闸门开度,收受用水户好处", "二级",
         "闸门启闭按调度指令执行,启闭记录每日上报。", "middle"),
        ("财务股", "水费征收", "收费员", "郦采薇", "水费收取不开票据,截留水费", "一级",
         "水费统一票据,票款日清月结,按季公开收缴情况。", "general"),
        ("财务股", "物资采购", "会计", "荆楚悦", "防汛物资采购不比价", "三级", "物资采购三家比价,入库验收两人签字。",
         "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, duty, post, who, point, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, duty, post, who, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    per_person = lambda row: (row[1], row[3], row[4])  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (3, per_person), (4, per_person)])
    sh.add()
    sh.add("填表人:", None, None, "审核人:", None, None, "2024年9月", None)
    return _layout(
        "irrigation_duty_column", "https://fx361.cc/page/2023/0309/23021031.shtml",
        "区灌区管理所 廉政风险点排查表 after the source's account of a 渠管理处's 标准化规范化建设 (its 《“事-岗-人”工作清单》 "
        "of 部门职责, 岗位职责 and 管理事项; 渠道, 闸, 引水, 灌溉): 序号/部门 merged (所领导, 工程管理股, 灌溉调度股, "
        "渠首管理站, 财务股)/a short ``工作事项`` column (渠系改造工程, 水费管理, 配水调度 …; the duty, not the risk)/岗位 "
        "and ``责任人`` merged per person/风险点/风险等级 ``一级/二级/三级``/防控措施; no type column; 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


def justice_bureau_stations() -> dict:
    unit = f"{PLACE}司法局"
    sh = _Sheet("司法所", [6, 14, 12, 9, 34, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}基层司法所岗位廉政风险点一览表", 8)
    sh.add("序号", "司法所", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("澄溪司法所", "所长", "穰晓筠", "人民调解案件补贴审核把关不严,虚报调解案件", "制度机制", "★★★",
         "调解卷宗逐件审核,补贴名单在村(社区)公示。", "middle"),
        ("澄溪司法所", "所长", "穰晓筠", "社区矫正对象请假审批放宽条件", "岗位职责", "★★",
         "请假审批材料存档,报局社区矫正中心备案。", "middle"),
        ("澄溪司法所", "社区矫正专干", "庾澄心", "对社区矫正对象脱管漏管不及时报告", "岗位职责", "★★",
         "每日核查定位信息,脱管情况即时上报。", "general"),
        ("蓼湾司法所", "所长", "符鹤鸣", "法律援助申请初审不严,为不符合条件的人员出具证明", "岗位职责", "★★",
         "初审意见两人签字,经济困难证明逐项核实。", "middle"),
        ("蓼湾司法所", "人民调解员", "帅野航", "调解中偏袒一方当事人,收受当事人财物", "思想道德", "★★★",
         "调解过程记录,当事人签字确认,回访满意度。", "general"),
        ("石堰司法所", "所长", "幸汝霖", "普法宣传经费使用不规范", "制度机制", "★", "经费支出凭证齐全,按季公开。", "middle"),
        ("石堰司法所", "安置帮教专干", "操望川", "刑满释放人员帮扶救助对象认定不实", "外部环境", "★★",
         "帮扶对象村(社区)核实,名单公示。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), STARS[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    _line(sh, "注：★★★表示高风险，★★表示中风险，★表示低风险。", 8)
    sh.add("填报人:", None, None, "分管领导:", None, None, "2024年8月", None)
    return _layout(
        "justice_bureau_stations", "https://33.aolonic.com/aa/rhdb4d4db.html",
        "区司法局 基层司法所岗位廉政风险点一览表 after the source's account of the 司法所 as the 区司法局's 派出机构 in each "
        "乡镇(街道) (双重领导, 以司法局为主; 人民调解, 安置帮教, 法律援助): the title names the 局 and its 基层司法所; 序号/``司法所`` "
        "merged (澄溪司法所, 蓼湾司法所, 石堰司法所; the 局 the unit, each 所 a 科室)/岗位 and 姓名 merged per person/风险点/"
        "风险类别 (short names)/风险等级 ``★★★/★★/★``/防控措施; a merged note ``注：★★★表示高风险，★★表示中风险，★表示"
        "低风险。``; 填报人/分管领导/date",
        [sh], t,
    )  # fmt: skip


def street_office_numbered_cells() -> dict:
    unit = f"{PLACE}凤栖街道办事处"
    sh = _Sheet("Sheet1", [6, 12, 26, 32, 8, 32, 12])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控清单", 7)
    sh.add("序号", "科室", "业务事项", "风险点", "风险等级", "防控措施", "责任岗位")
    rows = [
        ("劳动保障服务中心", "失业登记:\n1.接收失业登记资料;\n2.录入系统;\n3.资料整理存档。",
         "1.申请人提供虚假资料;\n2.受申请人利益引诱违规登记;\n3.人员疏忽导致资料不齐。", "低",
         "加强审查核实,实行职责分工,资料不全的一次性告知。", "经办人员", "general"),
        ("劳动保障服务中心", "自主创业补贴:\n1.接收申请资料;\n2.受理录入系统;\n3.主任复核;\n4.补贴公示7天。",
         "1.受申请人利益引诱违规受理;\n2.公示时间不足即通过;\n3.复核走过场。", "中",
         "补贴实行受理、复核分离,公示期满无异议方可拨付。", "中心主任", "middle"),
        ("劳动保障服务中心", "异地退休人员生存认证:\n1.生存认证;\n2.资料整理存档。",
         "1.违规代为认证;\n2.对已死亡人员未及时停发待遇。", "中",
         "认证信息与殡葬、医院死亡信息比对,每月核查。", "经办人员", "general"),
        ("社会事务办公室", "城乡低保审核:\n1.入户调查;\n2.民主评议;\n3.街道审核;\n4.张榜公示。",
         "1.入户调查不实;\n2.优亲厚友,人情保、关系保;\n3.公示流于形式。", "高",
         "入户调查两人以上,评议全程记录,名单公示并公开监督电话。", "办公室主任", "middle"),
        ("社会事务办公室", "临时救助:\n1.受理申请;\n2.调查核实;\n3.审批发放。",
         "1.救助金额超标准审批;\n2.救助资金发放不及时、不到位。", "中", "救助标准公开,资金通过银行账户直接发放。",
         "经办人员", "general"),
        ("党政办公室", "公务接待:\n1.接待审批;\n2.费用报销。",
         "1.超标准接待;\n2.虚开接待费用。", "中", "接待先审批后实施,接待清单与票据一并报销。", "办公室主任", "middle"),
        ("党政办公室", "固定资产管理:\n1.资产登记;\n2.资产处置。",
         "1.资产账实不符;\n2.擅自处置资产。", "低", "资产年度盘点,处置报区财政局审批。", "财务人员", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, duty, point, lv, measures, post, tier) in enumerate(rows, 1):
        sh.add(n, dept, duty, point, lv, measures, post)
        t.point(sh.name, dept, post, "", tier, point, [], HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add()
    sh.add("填报单位（盖章）:", None, None, "街道纪工委审核:", None, "2024年7月", None)
    return _layout(
        "street_office_numbered_cells", "http://www.fymate.net/html/text/lar/168319/16831993_1.html",
        "街道办事处 廉政风险防控清单 对岗不对人 after the source's rules for a 街道's 帮扶救助服务站 (set with the 民政科 or "
        "劳动保障管理站; 低保 and 医疗救助 审核, 救助款物 下发, numbered 工作职责): 序号/科室 merged (劳动保障服务中心, 社会事务办公室, "
        "党政办公室)/``业务事项`` cells of a matter and NUMBERED STEPS on separate lines (``失业登记:⏎1.接收失业登记资料;"
        "⏎2.录入系统;⏎3.资料整理存档。``)/``风险点`` cells of NUMBERED LINES (one point a cell)/风险等级 高/中/低/防控措施/"
        "the post under ``责任岗位`` (经办人员, 中心主任, 办公室主任, 财务人员); no names anywhere, no type column; a "
        "``填报单位（盖章）: | 街道纪工委审核:`` line under it",
        [sh], t,
    )  # fmt: skip


def scenic_area_posts() -> dict:
    unit = f"{PLACE}澜碧湖风景名胜区管理处"
    sh = _Sheet("风险清单", [6, 12, 12, 26, 32, 12, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 8)
    sh.add("序号", "科室", "岗位", "岗位职责", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("处领导", "处长", "主持全面工作,负责景区规划建设和重大项目", "景区建设项目规划调整不经集体研究", "制度机制",
         "Ⅰ级", "规划调整经处务会研究并按程序报批。", "leader"),
        ("处领导", "处长", "主持全面工作,负责景区规划建设和重大项目", "景区经营项目招商中与客商私下交易", "思想道德",
         "Ⅰ级", "招商项目公开推介,合同经法律顾问审核。", "leader"),
        ("规划建设科", "科长", "负责景区内建设活动监管", "对景区内违章建设查处不力", "岗位职责", "Ⅰ级",
         "巡查发现违建即登记,查处结果报处务会。", "middle"),
        ("规划建设科", "科员", "负责建设项目现场巡查", "巡查中接受施工单位宴请", "外部环境", "Ⅱ级",
         "巡查两人同行,巡查记录每日报科长。", "general"),
        ("资源保护科", "科长", "负责景区林木和珍稀植物保护", "林相改造砍伐审核把关不严", "岗位职责", "Ⅱ级",
         "砍伐审核现场核查,审核意见集体研究。", "middle"),
        ("游客服务中心", "售票员", "负责门票销售和票款缴存", "门票收入截留、少缴", "业务流程", "Ⅱ级",
         "电子售票,票款日清日结,每月稽核。", "general"),
        ("游客服务中心", "售票员", "负责门票销售和票款缴存", "违规为熟人免票放行", "思想道德", "Ⅲ级",
         "免票对象按政策执行,免票登记备查。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, duty, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, duty, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    per_post = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_post), (3, per_post)])
    sh.add()
    sh.add("填报人:", None, None, "审核人:", None, None, "2024年6月", None)
    return _layout(
        "scenic_area_posts", "https://m.teenabolic.com/article/59224.html",
        "风景名胜区管理处 岗位廉政风险防控清单 对岗不对人 after the source's 风景名胜区管理规范 (规划建设, 违章建设, 林木砍伐 "
        "and 珍稀植物, 门票): 序号/科室 merged (处领导, 规划建设科, 资源保护科, 游客服务中心)/岗位 and ``岗位职责`` merged per "
        "post/the risk column headed ``廉政风险点``/风险类型 (short names)/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; "
        "填报人/审核人/date",
        [sh], t,
    )  # fmt: skip


def pump_station_restarting_numbers() -> dict:
    unit = f"{PLACE}排涝泵站管理所"
    sh = _Sheet("一览表", [6, 12, 10, 9, 32, 14, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("所领导", [
            ("所长", "冷霜华", "泵站技改工程施工单位确定不经集体研究", "制度机制风险", "高",
             "技改工程按规定招标,所务会集体决策。", "leader"),
            ("所长", "冷霜华", "委托专业管理团队服务费结算把关不严", "岗位职责风险", "中",
             "服务费按考核结果结算,考核细则公开。", "leader"),
            ("副所长", "蹇沐禾", "机组大修材料采购验收不严", "业务流程风险", "中",
             "采购三家比价,验收三人签字,旧件回收。", "leader"),
        ]),
        ("运行管理股", [
            ("股长", "粟芷萝", "开机排涝记录弄虚作假,虚报电费", "岗位职责风险", "高",
             "开机记录与供电部门计量数据比对。", "middle"),
            ("值班员", "扈远山", "值班期间脱岗,事后补记值班记录", "思想道德风险", "低",
             "值班视频监控,值班记录不得事后补记。", "general"),
        ]),
        ("财务股", [
            ("会计", "冀南枝", "运行维护经费报账审核不严", "制度机制风险", "中", "报账凭证三级审核,按季公开经费收支。",
             "general"),
            ("出纳", "晁溪月", "现金收付不及时入账", "业务流程风险", "低", "现金日记账日清月结,每月对账。", "general"),
        ]),
    ]  # fmt: skip
    for dept, recs in groups:
        first = len(sh.rows)
        for n, (post, who, point, typ, lv, measures, tier) in enumerate(recs, 1):
            sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        per_person = lambda row: row[1:4]  # noqa: E731
        _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    r = sh.add("合计", None, None, None, "共7个风险点(高2个、中3个、低2个)", None, None, None)
    sh.merge(r, 0, r, 3)
    sh.add("填表人:", None, None, "审核人:", None, None, "2024年5月", None)
    return _layout(
        "pump_station_restarting_numbers", "https://www.xuanzhou.gov.cn/News/show/1407608.html",
        "区排涝泵站管理所 岗位廉政风险点一览表 after the source's account of a 区's 排涝泵站 (统一管理、统一调度, 技改工程, "
        "专业管理团队 bought as a service): 序号 that STARTS AGAIN AT 1 in every 股室 (1–3 所领导, 1–2 运行管理股, 1–2 "
        "财务股)/股室 merged/岗位 and 姓名 merged per person/风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施; a "
        "``合计 | 共7个风险点(高2个、中3个、低2个)`` row under it, then 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


def forest_farm_page_break() -> dict:
    unit = f"{PLACE}云岭国有林场"
    sh = _Sheet("Sheet1", [6, 12, 10, 9, 32, 10, 8, 32])
    t = _Truth(unit)
    header = ("序号", "股室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    page1 = [
        ("场领导", "场长", "阙鸣岐", "造林抚育工程承包方确定不公开", "制度机制", "一级",
         "工程承包公开比选,场务会集体研究。", "leader"),
        ("场领导", "场长", "阙鸣岐", "林木采伐指标分配优亲厚友", "岗位职责", "一级", "采伐指标分配方案公开,结果公示。",
         "leader"),
        ("场领导", "副场长", "鄂沁心", "苗木、肥料采购验收不严", "业务流程", "二级", "采购三家比价,验收三人签字。",
         "leader"),
        ("计划财务股", "股长", "逄岱宗", "生态公益林补偿资金拨付不及时、截留", "制度机制", "一级",
         "补偿资金按面积核定,直接拨付到户并公示。", "middle"),
    ]  # fmt: skip
    page2 = [
        ("资源管护股", "股长", "濮子衿", "林地征占用现场查验走过场", "岗位职责", "二级",
         "查验两人以上,现场拍照定位,查验意见集体审核。", "middle"),
        ("南岭管护站", "站长", "弘晏清", "对盗伐滥伐行为隐瞒不报", "外部环境", "二级",
         "巡护记录每日上传,发现案件即报场部。", "middle"),
        ("南岭管护站", "护林员", "闵芊蔚", "巡山护林虚报巡护里程", "思想道德", "三级", "巡护轨迹系统记录,每月抽查。",
         "general"),
    ]  # fmt: skip
    n = 0
    for title, rows in (
        (f"{unit}岗位廉政风险点一览表", page1),
        (f"{unit}岗位廉政风险点一览表（续）", page2),
    ):
        if n:
            sh.add()
        _line(sh, title, 8)
        sh.add(*header)
        first = len(sh.rows)
        for dept, post, who, point, typ, lv, measures, tier in rows:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
        per_person = lambda row: row[1:4]  # noqa: E731
        _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("填表人:", None, None, "审核人:", None, None, "2024年4月", None)
    return _layout(
        "forest_farm_page_break",
        "http://www.handmsg.com/page/2021/0128/14499134.shtml",
        "区国有林场 岗位廉政风险点一览表 after the source's account of a 林场 (人事秘书、计划财务、林业生产、资源管护 股室 and "
        "its 森林资源管护站; 护林员, 盗伐, 林地): ONE sheet that runs over two printed pages — the title and header, rows "
        "1–4, a blank row, then the title typed again ``…一览表（续）`` and the header again, rows 5–7 (序号 running on); "
        "序号/股室 merged (场领导, 计划财务股, 资源管护股, 南岭管护站)/岗位 and 姓名 merged per person/风险点/风险类型 (short "
        "names)/风险等级 ``一级/二级/三级``/防控措施; 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


def maritime_post_and_name_cell() -> dict:
    unit = f"{PLACE}地方海事处"
    sh = _Sheet("Sheet1", [6, 14, 14, 34, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 6)
    sh.add("序号", "科室", "岗位及人员", "风险点", "风险等级", "防控措施")
    rows = [
        ("处领导", "处长", "呼延曙光", "水上交通事故调查处理中说情打招呼", "高风险",
         "事故调查组集体研究处理意见,说情打招呼登记报告。", "leader"),
        ("处领导", "处长", "呼延曙光", "海事执法装备采购指定供应商", "中风险", "装备采购按政府采购程序,验收两人签字。",
         "leader"),
        ("船舶检验科", "科长", "东方槿言", "船舶检验降低标准,为不适航船舶签发证书", "高风险",
         "检验全程拍照记录,证书签发实行复核。", "middle"),
        ("船舶检验科", "验船师", "桑棣华", "检验中接受船主宴请、礼品", "中风险", "检验两人同行,检验结果抽查复验。",
         "general"),
        ("通航管理科", "科长", "满穗禾", "水上水下施工作业许可审查把关不严", "中风险",
         "许可材料两人审查,许可结果网上公开。", "middle"),
        ("通航管理科", "执法员", "税晴川", "对船舶违法行为降格处罚", "高风险", "处罚按裁量基准执行,处罚决定法制审核。",
         "general"),
        ("综合科", "出纳", "荀岚汐", "罚没款收缴不及时上缴国库", "低风险", "罚缴分离,罚款由当事人直接缴入指定银行。",
         "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, f"{post}\n{who}", point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], WORDS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: row[1:3])])
    sh.add()
    sh.add("填表人:", None, "审核人:", None, "2024年3月", None)
    return _layout(
        "maritime_post_and_name_cell", "https://www.chaxiaohao.com/read-1752308547l6832010.html",
        "区地方海事处 岗位廉政风险点一览表 after the source's account of a base 海事处 (水域安全监管, 船舶检验 and 安检证, "
        "船员证书, 行政处罚): 序号/科室 merged (处领导, 船舶检验科, 通航管理科, 综合科)/a ``岗位及人员`` "
        "cell holding the POST AND THE HOLDER ON TWO LINES (``处长⏎呼延曙光``, ``验船师⏎桑棣华``), merged per person; "
        "风险点/风险等级 ``高风险/中风险/低风险``/防控措施; no type column, no 姓名 column; 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    corrections_checkbox_levels(),
    env_monitoring_supervisor(),
    irrigation_duty_column(),
    justice_bureau_stations(),
    street_office_numbered_cells(),
    scenic_area_posts(),
    pump_station_restarting_numbers(),
    forest_farm_page_break(),
    maritime_post_and_name_cell(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = False) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx`` (no re-saved copies)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch192-inbox"))

"""The three-hundred-and-eighty-third batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one district's 卫生健康
bodies, 凤翔区 (a district of 宝鸡, its staff Han) — the 区卫生健康局, the 区人民医院, the 区中医医院,
the 区疾病预防控制中心 and four 镇卫生院 (柳林镇, 横水镇, 彪角镇, 陈村镇) — each handing back the 一览表,
防控卡, 排查表, 责任清单 or 自查表 its staff typed in WPS or Excel:

- the 卫生健康局's 一览表 under ``附件1`` and a ``填报单位（盖章）：…　填报时间：…`` line: ``科室``
  merged (局领导, 办公室, 医政医管股, 基层卫生股, 规划财务股), ``岗位 | 姓名`` merged per person,
  ``…风险`` types, ``一级/二级/三级`` read by a ``注：`` line, a 填表人/审核人/局长（签字） line;
- the 中医医院's file in two sheets: ``院领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``科室`` (``科室`` merged, ``岗位`` and ``姓名`` merged per person), 高/中/低, no type column, a
  制表/审核/date line under each;
- the 疾病预防控制中心's 排查表 对岗不对人: ``科室`` merged and ``岗位`` merged per post, a short
  ``风险点`` beside a long ``主要表现``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names; an
  编制/审核/date line;
- the 柳林镇卫生院's 防控卡, one sheet a holder (tabs named by the post): pairs ``持卡人 | … | 职　务 |
  …`` and ``所在科室 | … | 持卡时间 | …`` above ``序号 | 风险点 | 风险等级 | 防控措施``, no type
  column, ``★★★/★★/★`` read by a ``注：`` line, ``持卡人签字： | … | 院长签字：``;
- the 横水镇卫生院's 自查表, one sheet a person (tabs named by the holder): ONE row of pairs ``姓　名 | … |
  科　室 | … | 岗　位 | …``, then ``序号 | 岗位职责 | 风险点 | 风险类型 | 风险等级 | 防范措施``
  (``岗位职责`` merged over its rows), short types, ``高风险/中风险/低风险``, ``本人签字： | … |
  科室负责人签字：`` and a date line;
- the 彪角镇卫生院's 责任清单: ``科室`` merged, ``岗位`` and ``责任人`` merged per person,
  ``职责事项`` before the ``廉政风险点``, short types, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line, the
  measures and a LAST ``责任领导`` column naming the 院长 or the 副院长 who oversees the 科室;
- the 陈村镇卫生院's 一览表 under GROUP ROWS ``一、院领导``, ``二、公共卫生科``, ``三、药房``,
  ``四、财务室`` merged across: ``岗位 | 姓名`` merged per person, a short ``风险点`` beside a long
  ``风险描述``, ``一级风险/二级风险/三级风险``, no type column.

One is harder:

- ``fengxiang_peoples_hospital_cross_refs``: the 区人民医院's 岗位廉洁风险防控一览表, an ordinary
  list (a title, a ``填报单位（盖章）：…　填报时间：2025年7月`` line, ``序号 | 科室 | 岗位 | 姓名 |
  廉洁风险点 | 风险类型 | 风险等级 | 防控措施``, 科室 merged, 岗位 and 姓名 merged per person, short
  types, 高/中/低, a 填表人/审核人/date line) in which a post that shares a point already written
  for ANOTHER post higher up does not type it again: its ``廉洁风险点`` cell holds only a
  CROSS-REFERENCE TO THE 序号 of the row that states it — ``同第2项`` (a 副院长 sharing the 院长's
  point on 药品、医用耗材 and 设备 procurement), ``同第10项`` (the 药库管理员 sharing the 药剂科主任's
  统方 point), ``同序号14`` (the 采购员 sharing the 医学装备科科长's 验收 point) — and its
  ``防控措施`` cell the same reference, while its 序号, 风险类型 and 风险等级 are written out as on any
  row. The referenced rows are not adjacent (never the row just above, and never the same
  person's), and no note explains the shorthand. When the batch was designed the README's 读得懂的表
  was read as knowing ``同上`` in a cell (the value of the row above), ``同左``/``不变`` in a dynamic
  table's 调整后风险点, a point cell merged down over two posts' rows, a measures table keyed back by
  序号 (``对应风险点 | 防控措施``), levels and posts given by 序号 in a note (``第1、2、4项为高风险``,
  ``责任分工：第1—3项　…``), and the batches were grepped for ``同第``/``同序号`` (none).
  CORRECTION, FOUND ONLY AFTER THE ONE MEASUREMENT: the KIND is not new. batch271's harder layout
  (``meigu_people_hospital_same_as_neike``, a 县人民医院's list whose 科室 rows read
  ``同内科科主任（第1—3项）``, one cell merged over point, level and measures, with a ``注：`` saying so)
  writes a post's points as a reference to other rows' 序号, and the README's 读得懂的表 names it in its
  account of batches 269–272 (``同内科科主任（第1—3项）`` 一行代表别的科室的几行, since generalised); the
  grep missed it because batch271 writes ``（第1—3项）``, not ``同第``. What this layout adds to
  batch271's is only a variant: ONE referenced row in an otherwise ordinary row (its own 序号, type
  and level written out, nothing merged across), the measures cell holding the same reference, no
  note, and the wording ``同序号N`` beside ``同第N项``. The layout and truth were left as measured.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose or by their titles (a 城市医疗集团
建设实施方案 — 牵头医院, 成员单位, 医政, 基层医疗卫生机构, 财政投入; a page on 医院职能科室考核 — 医务科,
药剂科, 医学装备科, 财务科; 中药管理有关规定 — 中药饮片 采购, 验收, 调剂, 制剂; a 疫苗存储和运输管理规范 —
冷链, 疫苗 出入库, 温度记录, 检验; a 医院后勤物资出入库制度 — 保管员, 出入库, 盘点; a 医院财务与价格
管理评审标准实施细则 — 收费, 价格公示, 退费, 会计核算; a 医疗机构药品医疗器械不良反应年度考评细则 — 药房,
药品 不良反应 报告, 医疗器械; 二级以上医疗机构公共卫生科设置标准 — 公共卫生科, 传染病报告, 慢病管理,
健康教育) and the layout follows their words for the unit, its parts, its posts and its risks. The
rows are worded by us, the names invented (rare Han surnames with rare given names, three characters
each); every unit is a body of 凤翔区, named with the district's name.

Run ``python tests/published/score.py --set batch383`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a ``廉洁风险点`` cell ``同第N项`` or ``同序号N`` is the point of the row whose 序号
  is N (its whole text, as that row states it), a point of THIS row's post and holder; the level
  and type are this row's own (written out, as in the referenced row); the referenced row stays the
  point of its own holder too; the reference text itself is no point;
- ``局领导`` (a 科室 cell of the 卫健局's list), ``院领导`` (the 人民医院's and 彪角镇卫生院's 科室 cells, the
  中医医院's sheet of its leaders, named so by its tab and title, the 柳林镇卫生院 card's ``所在科室``, the
  横水镇卫生院's ``科　室`` value, the 陈村镇卫生院's group row) and ``中心领导`` (a 科室 cell of the 疾控
  中心's list) are the 科室 of those leaders; a 局's 股 and 办公室, a 医院's and 卫生院's 科, 室 and 药房, a
  中心's 科 are 科室; ``二、公共卫生科`` gives ``公共卫生科`` (the number left off);
- 局长, 副局长, 院长, 副院长, a 中心's 主任 and 副主任 are leaders; 股长, 办公室主任, 科长, 科主任 and
  (the 药房's) 组长 middle; the rest (科员, 会计, 出纳, 收费员, 采购员, 药库管理员, 物资保管员, 药剂师, 疫苗管理员,
  检验员, 公卫医生, 报账员) general;
- ``风险点 | 主要表现`` (the 疾控中心's list) and ``风险点 | 风险描述`` (the 陈村镇卫生院's list): the point
  is the short 风险点; ``分管工作``, ``职责事项``, ``岗位职责`` and ``持卡时间`` are no points and name no
  holder; the 彪角镇卫生院's LAST ``责任领导`` column names a supervisor (the holder is ``责任人``), so the
  副院长 is the holder of his own rows only; the 疾控中心's list names no person: its forms are posts
  (对岗不对人);
- ``一级/二级/三级`` (read by the 卫健局's note), ``高/中/低``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★`` (read by
  the cards' note), ``高风险/中风险/低风险``, bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the 彪角镇卫生院's note) and
  ``一级风险/二级风险/三级风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: bordered cells,
taller rows for wrapped text) and ``truth.json``; no re-saved copies (as batch280 and batch382).
"""

from __future__ import annotations

import re
from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line
from published.batch287 import _per_person
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b383_"
PLACE = "凤翔区"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"
REF = re.compile(r"同(?:第|序号)(\d+)项?")


# --------------------------------------------------------------------------- harder layout

REFS_UNIT = f"{PLACE}人民医院"
REFS_TAB = "一览表"
REFS_HEAD = ("序号", "科室", "岗位", "姓名", "廉洁风险点", "风险类型", "风险等级", "防控措施")
# (科室, 岗位, 姓名, tier, [(廉洁风险点 or the 序号 it refers to, written as, 类型, 等级, 措施)])
REFS_ROWS = [
    ("院领导", "院长", "仉翀湄", "leader", [
        ("“三重一大”事项不经院党委会集体研究，个人说了算", None, "制度机制", "高",
         "“三重一大”事项清单化管理，会议纪要存档备查。"),
        ("插手干预药品、医用耗材和医疗设备采购", None, "思想道德", "高",
         "领导干部插手干预采购事项记录报告，采购全程进入公共资源交易平台。"),
        ("干部选拔和职称推荐中优亲厚友", None, "岗位职责", "中", "推荐条件和结果全院公示，接受职工监督。"),
    ]),
    ("院领导", "副院长", "佴澍珩", "leader", [
        (2, "同第2项", "思想道德", "高", "同第2项"),
        ("医疗纠纷处理中偏袒一方或私下赔付", None, "岗位职责", "中", "医疗纠纷经医患办集体研究，引入第三方调解。"),
    ]),
    ("院领导", "副院长", "郏昀蘅", "leader", [
        ("院内基建和维修工程化整为零规避招标", None, "业务流程", "高", "工程项目按限额标准招标，结算送审计。"),
    ]),
    ("医务科", "科长", "缑霁岚", "middle", [
        ("医师处方权、手术权限授予审核把关不严", None, "岗位职责", "中", "权限授予经医疗质量管理委员会审定并公示。"),
        ("医疗质量考核打分照顾关系科室", None, "制度机制", "低", "考核细则公开，考核结果按月通报。"),
    ]),
    ("药剂科", "科主任", "隗筠沅", "middle", [
        ("新药遴选和临时采购中接受药企宴请、回扣", None, "外部环境", "高", "新药引进经药事管理委员会集体评审。"),
        ("违规统计医师用药量提供给医药代表", None, "岗位职责", "高", "处方数据查询权限分级管理，查询日志定期审查。"),
    ]),
    ("药剂科", "药库管理员", "訾珮潆", "general", [
        ("药品出入库账实不符，近效期药品处置不规范", None, "业务流程", "中", "每月盘点，报损经科室和院领导审批。"),
        (10, "同第10项", "岗位职责", "高", "同第10项"),
    ]),
    ("医学装备科", "科长", "鄢珣翥", "middle", [
        ("设备采购论证中设置倾向性技术参数", None, "岗位职责", "高", "论证专家随机抽取，技术参数经三家以上比对。"),
        ("设备验收不严，以次充好", None, "业务流程", "中", "使用科室、医学装备科、审计科共同验收。"),
    ]),
    ("医学装备科", "采购员", "宦璇沚", "general", [
        ("询价比价走过场，指定供应商", None, "业务流程", "高", "询价不少于三家，询价记录留存备查。"),
        (14, "同序号14", "业务流程", "中", "同序号14"),
    ]),
    ("财务科", "科长", "郇湛岫", "middle", [
        ("大额资金支付审核把关不严", None, "制度机制", "高", "大额资金支付实行会签制度。"),
    ]),
    ("财务科", "收费员", "郦舒桐", "general", [
        ("违规减免、退费，截留收费款", None, "业务流程", "高", "退费凭医务科审批单办理，收费日结日清。"),
        ("收费票据领用核销不规范", None, "制度机制", "低", "票据领用登记，按月核销。"),
    ]),
]  # fmt: skip


def fengxiang_peoples_hospital_cross_refs() -> dict:
    unit = REFS_UNIT
    sh = _Sheet(REFS_TAB, [6, 11, 11, 9, 38, 10, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉洁风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 12}填报时间：2025年7月", 8)
    sh.add(*REFS_HEAD)
    first = len(sh.rows)
    stated: dict[int, str] = {}
    n = 0
    for dept, post, who, tier, points in REFS_ROWS:
        for point, shown, typ, lv, measures in points:
            n += 1
            if isinstance(point, int):  # a cross-reference: the point is row ``point``'s
                assert shown is not None and REF.fullmatch(shown)
                assert int(REF.fullmatch(shown).group(1)) == point < n - 1
                text = stated[point]
            else:
                shown, text = point, point
                stated[n] = text
            sh.add(n, dept, post, who, shown, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, text, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年7月", None)
    return _layout(
        "fengxiang_peoples_hospital_cross_refs", "https://abg.baidu.com/tags/2k65jowwwdcnzp6gzljl7pf2zoyozn5i",
        "(harder) 区人民医院 岗位廉洁风险防控一览表, after the source's 医院职能科室考核办法 (医务科, 药剂科, 医学装备科, 财务科): "
        "a title, a merged ``填报单位（盖章）：…　填报时间：2025年7月`` line, 序号/科室 merged (院领导, 医务科, 药剂科, 医学装备科, "
        "财务科)/岗位 and 姓名 merged per person/廉洁风险点/风险类型 (short names)/风险等级 高/中/低/防控措施; where a post SHARES "
        "A POINT written for another post higher up, its 廉洁风险点 and 防控措施 cells hold ONLY A CROSS-REFERENCE to that row's "
        "序号 (``同第2项``, ``同第10项``, ``同序号14``), its 序号, type and level written out; no note; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def fengxiang_health_bureau_list() -> dict:
    unit = f"{PLACE}卫生健康局"
    sh = _Sheet("一览表", [6, 13, 11, 9, 38, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年7月", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "亓霂澂", "leader", [
            ("“三重一大”事项不经党组会集体研究", "制度机制风险", "一级", "“三重一大”事项清单化管理，会议纪要存档。"),
            ("插手干预医疗集团建设项目和设备采购", "思想道德风险", "一级", "领导干部插手干预重大事项记录报告。"),
        ]),
        ("局领导", "副局长", "禚岚珺", "leader", [
            ("医疗机构设置审批中降低条件", "岗位职责风险", "一级", "设置审批条件公开，审批结果网上可查。"),
        ]),
        ("办公室", "办公室主任", "昝涴棠", "middle", [
            ("公务接待和公务用车超标准", "制度机制风险", "三级", "接待和用车事前审批，费用按月公开。"),
        ]),
        ("医政医管股", "股长", "檀翛澄", "middle", [
            ("医疗集团成员单位考核评价打分不公", "业务流程风险", "二级", "考核细则公开，评价结果公示五个工作日。"),
            ("医疗纠纷投诉处理偏袒医疗机构", "岗位职责风险", "二级", "投诉件登记编号全程跟踪，处理结果回访。"),
        ]),
        ("基层卫生股", "科员", "笪沅菁", "general", [
            ("基本公共卫生服务项目资金考核数据把关不严", "岗位职责风险", "二级", "考核数据抽样入户核实，考核结果公示。"),
        ]),
        ("规划财务股", "股长", "牟璆湘", "middle", [
            ("财政补助资金分配不按因素法测算", "制度机制风险", "一级", "分配方案经局党组会研究并公开。"),
            ("资金拨付审核不严，拨付进度与绩效脱节", "业务流程风险", "三级", "拨付凭绩效评价结果办理，双人审核。"),
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
    sh.add("填表人：", None, None, "审核人：", None, "局长（签字）：", None, None)
    return _layout(
        "fengxiang_health_bureau_list",
        "https://www.zhetiaohe.com/ss/6c53bd8ca47f8d4ccd0491bbb1c865b8f5349fd1fc37db047ec39c40ffa9920c06a425871c7460c24f0c9f0f9b5c3df21c62d3452ecd41ee.html",
        "区卫生健康局 岗位廉政风险防控一览表, after the source's 城市医疗集团建设实施方案 (牵头医院, 成员单位, 医政, 基层医疗卫生"
        "机构, 财政投入): ``附件1``, a title, a merged ``填报单位（盖章）：…　填报时间：2025年7月`` line, then 序号/科室 merged "
        "(局领导, 办公室, 医政医管股, 基层卫生股, 规划财务股)/岗位 and 姓名 merged per person/风险点/风险类型 ``…风险``/风险等级 "
        "``一级/二级/三级``/防控措施; a merged ``注：`` line and a 填表人/审核人/局长（签字） line",
        [sh], t,
    )  # fmt: skip


def fengxiang_tcm_hospital_two_sheets() -> dict:
    unit = f"{PLACE}中医医院"
    t = _Truth(unit)
    lead = _Sheet("院领导", [6, 9, 9, 20, 38, 9, 32])
    _line(lead, f"{unit}院领导廉洁风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "风险等级", "防控措施")
    leaders = [
        ("厍韫澜", "院长", "主持全面工作，分管人事、财务", [
            ("重大事项决策搞“一言堂”", "高", "落实民主集中制，重大事项院务会集体研究。"),
            ("人员招聘和岗位聘任中打招呼", "高", "招聘全程公开，聘任结果公示。"),
        ]),
        ("璩沨漪", "副院长", "分管药事、中药制剂", [
            ("中药饮片供应商遴选暗箱操作", "高", "供应商遴选经药事委员会集体评审。"),
            ("院内中药制剂配制原料采购把关不严", "中", "原料采购比价，验收留样备查。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "院领导", post, who, "leader", point, [], HML[lv])
    _per_person(lead, first, None, 1, 2, 3)
    lead.add("制表：", None, "审核：", None, None, "2025年7月", None)
    staff = _Sheet("科室", [6, 12, 11, 9, 38, 9, 32])
    _line(staff, f"{unit}科室廉洁风险防控表", 7)
    staff.add("序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("中药房", "科主任", "逯芷湉", "middle", [
            ("中药饮片验收中以次充好、以假充真", "高", "饮片验收双人核对，按批次留样。"),
            ("调剂中缺斤少两、以劣代优", "中", "调剂复核，每月抽查称量误差。"),
        ]),
        ("中药房", "药剂师", "胥沄翎", "general", [
            ("处方外配饮片收受好处", "中", "处方流转院内留痕，外配须患者书面同意。"),
        ]),
        ("制剂室", "科主任", "蒯澹岑", "middle", [
            ("制剂成品检验数据弄虚作假", "中", "成品检验双人复核，检验记录归档。"),
        ]),
        ("后勤保障科", "科长", "邝霈渟", "middle", [
            ("物资采购不按规定询价", "中", "询价不少于三家，采购结果公示。"),
            ("维修工程量签认不实", "低", "维修工程量现场核实，影像资料存档。"),
        ]),
    ]  # fmt: skip
    first = len(staff.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, lv, measures in points:
            n += 1
            staff.add(n, dept, post, who, point, lv, measures)
            t.point(staff.name, dept, post, who, tier, point, [], HML[lv])
    _per_person(staff, first, 1, 2, 3)
    staff.add("制表：", None, "审核：", None, None, "2025年7月", None)
    return _layout(
        "fengxiang_tcm_hospital_two_sheets", "https://abg.baidu.com/tags/23infknz3tao3u6qxhmltzvwva16",
        "区中医医院 file in two sheets after the source's 中药管理有关规定 (中药饮片 采购, 验收, 调剂, 制剂): ``院领导`` (a title, "
        "序号/姓名, 职务 and 分管工作 merged per leader/风险点/风险等级/防控措施) and ``科室`` (a title, 序号/科室 merged (中药房, "
        "制剂室, 后勤保障科)/岗位 and 姓名 merged per person/风险点/风险等级/防控措施); 高/中/低; no type column; a "
        "制表/审核/date line under each",
        [lead, staff], t,
    )  # fmt: skip


def fengxiang_cdc_posts() -> dict:
    unit = f"{PLACE}疾病预防控制中心"
    sh = _Sheet("排查表", [6, 12, 11, 16, 36, 13, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "主要表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", [
            ("大额经费使用", "大额经费使用不经中心班子集体研究", "制度机制风险", "Ⅰ级", "大额经费使用经主任办公会研究，纪要存档。"),
            ("检验设备采购", "检验设备采购指定品牌、化整为零", "思想道德风险", "Ⅰ级", "设备采购按限额标准进入交易平台。"),
        ]),
        ("中心领导", "副主任", "leader", [
            ("免疫规划考核", "对接种单位考核走过场，照顾关系单位", "岗位职责风险", "Ⅱ级", "考核组随机组成，考核结果通报。"),
        ]),
        ("免疫规划科", "科长", "middle", [
            ("疫苗分发", "疫苗分发不按需求计划，向关系单位多分", "业务流程风险", "Ⅰ级", "分发计划公开，出入库系统记录。"),
        ]),
        ("免疫规划科", "疫苗管理员", "general", [
            ("疫苗出入库", "疫苗出入库账实不符，冷链温度记录造假", "岗位职责风险", "Ⅱ级", "出入库扫码追溯，温度自动监测。"),
            ("过期疫苗处置", "过期疫苗处置不登记、不监销", "制度机制风险", "Ⅲ级", "处置登记造册，两人以上监销。"),
        ]),
        ("检验科", "检验员", "general", [
            ("委托检验", "接受委托单位好处，出具不实检验报告", "外部环境风险", "Ⅰ级", "检验报告双人复核，原始记录留存。"),
        ]),
        ("综合办公室", "报账员", "general", [
            ("经费报销", "报销票据审核不严，虚列支出", "业务流程风险", "Ⅲ级", "报销票据经手人、审核人、审批人三签。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, tier, points in rows:
        for point, desc, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, point, desc, typ, lv, measures)
            t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _per_person(sh, first, 1, 2)
    sh.add("编制：", None, "审核：", None, None, None, "2025年7月", None)
    return _layout(
        "fengxiang_cdc_posts",
        "http://guiyang.baogaosu.com/yongyu/%E7%96%AB%E8%8B%97%E5%AD%98%E5%82%A8%E5%92%8C%E8%BF%90%E8%BE%93"
        "%E7%AE%A1%E7%90%86%E8%A7%84%E8%8C%83/8680084/",
        "区疾病预防控制中心 岗位廉政风险点排查表 对岗不对人, after the source's 疫苗存储和运输管理规范 (冷链, 疫苗 出入库, 温度"
        "记录, 检验): a title, 序号/科室 merged (中心领导, 免疫规划科, 检验科, 综合办公室)/岗位 merged per post/a short 风险点/a long "
        "``主要表现``/风险类型 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; an ``编制： | 审核： | 2025年7月`` line",
        [sh], t,
    )  # fmt: skip


def fengxiang_liulin_health_center_cards() -> dict:
    unit = f"{PLACE}柳林镇卫生院"
    t = _Truth(unit)
    cards = [
        ("院长", "雒瑾潇", "leader", "院领导", [
            ("药品和医用耗材采购中收受回扣", "★★★", "药品耗材全部网上集中采购，采购与验收分离。"),
            ("绩效工资分配方案不经职工大会讨论", "★★★", "分配方案经职工大会通过并公示。"),
            ("基本公共卫生服务项目资金挪作他用", "★★", "项目资金专账核算，年度审计。"),
        ]),
        ("科长", "殳翊霏", "middle", "总务科", [
            ("后勤物资采购不按规定询价", "★★", "询价不少于三家，采购结果公示。"),
            ("维修项目发包照顾熟人", "★", "维修项目比选，结果公示。"),
        ]),
        ("物资保管员", "蓟湲沛", "general", "总务科", [
            ("物资出入库账实不符", "★★", "出入库登记，每季度盘点。"),
            ("物资验收时以次充好", "★", "验收两人以上，验收单签字存档。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, tier, dept, points in cards:
        sh = _Sheet(post, [6, 38, 10, 12, 32])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("持卡人", who, f"职{GAP}务", post)
        sh.add("所在科室", dept, "持卡时间", "2025年7月")
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(points, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, dept, post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人签字：", None, "院长签字：", None)
        sheets.append(sh)
    return _layout(
        "fengxiang_liulin_health_center_cards", "https://abg.baidu.com/tags/2k65jov26pd5vtxp27flh5wi5o76fvwgw3ea14",
        "镇卫生院 岗位廉政风险防控卡, one sheet a holder (tabs named by the post: 院长, 科长, 物资保管员), after the source's "
        "医院后勤物资出入库制度 (保管员, 出入库, 盘点): a title, PAIRS ``持卡人 | … | 职　务 | …`` and ``所在科室 | … | 持卡时间 | "
        "…``, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; no type column; a merged ``注：`` line on the stars and "
        "``持卡人签字： | 院长签字：``",
        sheets, t,
    )  # fmt: skip


def fengxiang_hengshui_health_center_selfchecks() -> dict:
    unit = f"{PLACE}横水镇卫生院"
    t = _Truth(unit)
    people = [
        ("副院长", "鄂澴翎", "院领导", "leader", "分管医疗收费和价格管理", [
            ("医疗服务价格公示不全，自立项目收费", "制度机制", "高风险", "收费项目和标准在大厅公示，每季度自查。"),
            ("对违规收费问题查处不严", "岗位职责", "中风险", "违规收费问题登记整改，按月通报。"),
        ]),
        ("会计", "乜筠澈", "财务室", "general", "负责会计核算和财务报表编制", [
            ("会计凭证审核不严，虚列支出", "业务流程", "高风险", "凭证经会计、院长两级审核。"),
            ("财务报表数据不实", "岗位职责", "低风险", "报表数据与账簿逐项核对。"),
        ]),
        ("收费员", "暨澜萱", "收费室", "general", "负责门诊和住院收费、退费", [
            ("违规退费、截留现金", "思想道德", "高风险", "退费凭审批单办理，现金日结日清。"),
            ("收费差错不及时更正", "业务流程", "中风险", "收费日报与系统数据每日核对。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, dept, tier, duty, points in people:
        sh = _Sheet(who, [6, 20, 34, 10, 10, 32])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        sh.add(f"姓{GAP}名", who, f"科{GAP}室", dept, f"岗{GAP}位", post)
        sh.add("序号", "岗位职责", "风险点", "风险类型", "风险等级", "防范措施")
        first = len(sh.rows)
        for i, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(i, duty, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), BANDS[lv])
        for r in range(first + 1, len(sh.rows)):
            sh.rows[r][1] = None
        sh.merge(first, 1, len(sh.rows) - 1, 1)
        sh.add()
        sh.add("本人签字：", None, None, "科室负责人签字：", None, None)
        sh.add(None, None, None, None, "2025年7月", None)
        sheets.append(sh)
    return _layout(
        "fengxiang_hengshui_health_center_selfchecks",
        "https://abg.baidu.com/tags/2k65jovsy3hpdu7lxtn3r4nz3tao3rwazhz3d2wxxtfllsvjz64nj4q11",
        "镇卫生院 岗位廉政风险自查表, one sheet a person (tabs named by the holder), after the source's 医院财务与价格管理评审"
        "标准实施细则 (收费, 价格公示, 退费, 会计核算): a title, ONE ROW of pairs ``姓　名 | … | 科　室 | … | 岗　位 | …``, then "
        "序号/``岗位职责`` merged over its rows/风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防范措施; a blank row, "
        "``本人签字： | 科室负责人签字：`` and a date",
        sheets, t,
    )  # fmt: skip


def fengxiang_biaojiao_health_center_duties() -> dict:
    unit = f"{PLACE}彪角镇卫生院"
    sh = _Sheet("责任清单", [6, 12, 10, 9, 14, 36, 9, 8, 30, 10])
    t = _Truth(unit)
    chief, deputy = "滑湛翕", "钭珞溦"
    _line(sh, f"{unit}廉政风险防控责任清单", 10)
    sh.add("序号", "科室", "岗位", "责任人", "职责事项", "廉政风险点", "风险类型", "风险等级", "防控措施",
           "责任领导")  # fmt: skip
    rows = [
        ("院领导", "院长", chief, "leader", chief, [
            ("人事管理", "临聘人员招用不公开", "制度机制", "Ⅰ", "临聘岗位和条件公开，结果公示。"),
            ("资金管理", "大额资金支出不经集体研究", "制度机制", "Ⅰ", "大额支出经院务会集体研究。"),
        ]),
        ("院领导", "副院长", deputy, "leader", chief, [
            ("药事管理", "药品不良反应瞒报、漏报", "岗位职责", "Ⅱ", "不良反应报告纳入科室考核，按月通报。"),
        ]),
        ("药房", "组长", "眭翀漪", "middle", deputy, [
            ("药品采购计划", "采购计划编制中为特定企业留口子", "业务流程", "Ⅱ", "采购计划经药事小组审核。"),
            ("医疗器械验收", "医疗器械验收不查证照", "岗位职责", "Ⅲ", "验收时核对注册证和合格证，登记备查。"),
        ]),
        ("药房", "药剂师", "佟潆岱", "general", deputy, [
            ("处方调剂", "调剂中私自替换药品", "思想道德", "Ⅱ", "处方调剂双人核对，差错登记。"),
        ]),
        ("财务室", "出纳", "粟洺珩", "general", chief, [
            ("现金管理", "坐支现金，公款私存", "业务流程", "Ⅰ", "现金日清月结，定期盘点。"),
            ("票据管理", "收费票据领用不登记", "外部环境", "Ⅲ", "票据领用登记，按月核销。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, leader, points in rows:
        for duty, point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, duty, point, typ, lv, measures, leader)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), BARE[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级Ⅰ为高，Ⅱ为中，Ⅲ为低。", 10)
    sh.add("制表：", None, None, "审核：", None, None, None, "2025年7月", None, None)
    return _layout(
        "fengxiang_biaojiao_health_center_duties",
        "https://abg.baidu.com/tags/2k64drv37k43tuvjy235fpoby3dppufvwk54dpfxwtj2nrhkw3el7pggydh3rvhs",
        "镇卫生院 廉政风险防控责任清单, after the source's 医疗机构药品医疗器械不良反应年度考评细则 (药房, 药品 不良反应 报告, "
        "医疗器械): a title, then 序号/科室 merged (院领导, 药房, 财务室)/岗位 and ``责任人`` merged per person/``职责事项``/"
        "廉政风险点/风险类型 (short names)/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施/a LAST ``责任领导`` column naming the 院长 or the "
        "副院长 (the 副院长 also the 责任人 of his own row); a ``注：`` line on the grades and a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def fengxiang_chencun_health_center_groups() -> dict:
    unit = f"{PLACE}陈村镇卫生院"
    sh = _Sheet("一览表", [6, 11, 9, 18, 36, 11, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "岗位", "姓名", "风险点", "风险描述", "风险等级", "防控措施")
    groups = [
        ("一、院领导", "院领导", [
            ("院长", "靳濯漪", "leader", [
                ("工程项目发包", "院内改扩建工程化整为零规避招标，指定施工单位", "一级风险", "工程项目按限额标准招标，结果公示。"),
                ("绩效分配", "绩效工资分配向少数人倾斜", "二级风险", "分配方案经职工大会通过。"),
            ]),
        ]),
        ("二、公共卫生科", "公共卫生科", [
            ("科长", "竺岫澜", "middle", [
                ("公卫项目考核", "对村卫生室公卫项目考核打分不实", "一级风险", "考核结果入户抽查核实，公示五个工作日。"),
            ]),
            ("公卫医生", "蒲滢翙", "general", [
                ("健康档案建档", "虚建居民健康档案套取补助", "一级风险", "档案电话回访核实，按季度抽查。"),
                ("传染病报告", "传染病疫情迟报、漏报", "二级风险", "疫情报告专人负责，每日核对门诊日志。"),
            ]),
        ]),
        ("三、药房", "药房", [
            ("药剂师", "阚湉珂", "general", [
                ("药品验收入库", "药品验收不严，近效期药品入库", "二级风险", "验收双人核对批号和效期。"),
            ]),
        ]),
        ("四、财务室", "财务室", [
            ("会计", "庹沄翡", "general", [
                ("会计核算", "虚列支出，套取资金", "二级风险", "支出凭证三级审核。"),
                ("往来款项清理", "往来款项长期挂账不清理", "三级风险", "往来款项按季度清理。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, dept, people in groups:
        _line(sh, shown, 7)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for point, desc, lv, measures in points:
                n += 1
                sh.add(n, post, who, point, desc, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, [], RISKS[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("填表人：", None, "审核人：", None, None, "2025年7月", None)
    return _layout(
        "fengxiang_chencun_health_center_groups",
        "https://www.zhetiaohe.com/ss/237e341bc1d8d5c0d38cc34aa1559701b21554227a5252d981ad419f32692993bcacc28e13ad6d20f0eee0686f9b1575d27666d05fe9fff2.html",
        "镇卫生院 岗位廉政风险防控一览表, after the source's 二级以上医疗机构公共卫生科设置标准 (公共卫生科, 传染病报告, 慢病管理, "
        "健康教育): a title, 序号/岗位 and 姓名 merged per person/a short 风险点/a long ``风险描述``/风险等级 ``一级风险/二级风险/"
        "三级风险``/防控措施 under GROUP ROWS ``一、院领导``, ``二、公共卫生科``, ``三、药房``, ``四、财务室`` merged across; no type "
        "column; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    fengxiang_peoples_hospital_cross_refs(),
    fengxiang_health_bureau_list(),
    fengxiang_tcm_hospital_two_sheets(),
    fengxiang_cdc_posts(),
    fengxiang_liulin_health_center_cards(),
    fengxiang_hengshui_health_center_selfchecks(),
    fengxiang_biaojiao_health_center_duties(),
    fengxiang_chencun_health_center_groups(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch383-inbox"))

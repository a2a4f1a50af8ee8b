"""The three-hundred-and-fifteenth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 卫生健康
bodies, 南部县 (a county of 南充 on the 嘉陵江, its staff Han) — its 卫生健康局, 人民医院, 中医医院,
疾病预防控制中心, 妇幼保健院 and 卫生健康综合行政执法大队, the 升钟镇中心卫生院 and the 定水镇卫生院 —
each handing back the 一览表, 排查表, 防控卡, 自查表, 责任清单 or 防控表 its staff typed in WPS or
Excel:

- the 卫生健康局's file in two sheets: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位`` and ``姓名`` merged per person), ``一级/二级/三级``, no type
  column, a ``填表人： | 审核人： | 2025年7月`` line under each;
- the 人民医院's 一览表 under GROUP ROWS ``一、院领导`` … ``四、检验科`` merged across (no 科室 column):
  ``岗位 | 姓名`` merged per person, ``…风险`` types, 高/中/低, a ``制表人： | 审核人： | 2025年7月``
  line;
- the 疾病预防控制中心's 自查表, one sheet a person (tabs named by the post): a label row
  ``姓　名 | 科　室 | 职　务 | 填表时间`` over a row of values, then ``序号 | 廉政风险点 | 风险类别 |
  风险等级 | 防控措施 | 自查情况``, short types, ``高风险/中风险/低风险``, ``本人签名： | … | 中心主任
  意见：``;
- the 升钟镇中心卫生院's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a ``工作环节`` before the
  ``廉政风险点``, ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column, no names; an 制表/审核/date line;
- the 定水镇卫生院's 防控卡, one sheet a holder (tabs 院长, 副院长, 会计): ``姓　名 | … | 职　务 | …``
  and a merged ``岗位职责：…`` line above ``序号 | 风险点 | 风险类型 | 风险等级 | 防控措施``, short
  types, ``一级风险/二级风险/三级风险``, ``持卡人签字： | … | 监督电话：…``;
- the 妇幼保健院's 一览表 under ``附件1`` and a ``填报单位（盖章）：…　填报时间：…`` line: ``科室``
  merged, ``岗位`` and ``姓名`` merged per person, a short ``风险点`` beside a long ``风险描述``,
  short types, ``★★★/★★/★`` read by a ``注：`` line;
- the 卫生健康综合行政执法大队's 责任清单: ``中队`` merged, ``岗位`` and ``责任人`` merged per person,
  ``执法事项`` before the ``廉政风险点``, ``…风险`` types, 高/中/低, an ``编制： | 审核： | 2025年7月``
  line.

One is harder:

- ``nanbu_tcm_hospital_hollow_stars``: the 中医医院's 科室岗位廉洁风险排查表, an ordinary 排查表 in
  every other way (a title, a merged ``填报单位（盖章）：…　填报时间：2025年7月`` line, ``序号 | 科室 |
  岗位 | 姓名 | 廉洁风险点 | 风险类型 | 风险等级 | 防控措施``, ``科室`` merged, ``岗位`` and ``姓名``
  merged per person, short types), whose LEVEL CELLS ARE A FIXED-WIDTH THREE-STAR RATING: every
  level cell holds exactly three star characters, SOLID ``★`` for the level and HOLLOW ``☆`` as
  padding, ``★★★`` (高), ``★★☆`` (中), ``★☆☆`` (低), the way a rating is shown in WPS; a merged
  ``注：`` line below says only that the level is rated on three stars, ``★`` a solid and ``☆`` a
  hollow star, and that the more solid stars the higher the risk (it spells out no sequence). The
  README's 读得懂的表 knows levels as a COUNT of stars (``★★★/★★/★``, no padding), five or more stars
  (``★★★★★、★★★★为高风险``) and other symbol runs (``●●●/●●/●``, ``◆◆◆``, ``▲▲▲``) as a note below
  defines them sequence by sequence, and ``★``/``☆`` put BEFORE a point's text by a note (``风险点前标
  “★”的为一级风险点，标“☆”的为二级……未标注的为三级``), where the hollow star is a level of its own.
  It does not describe a level cell where ``☆`` is an EMPTY slot that counts for nothing: counting
  every star character makes every point 一级, and reading ``☆`` as the 二级 mark makes ``★☆☆`` and
  ``★★☆`` mixed marks; here the level is the number of SOLID stars only (3 → 1, 2 → 2, 1 → 3).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 区卫生局's 行政执法职能 and their
法律依据 — 食品 and 公共场所 卫生许可, 计划生育技术服务 and 母婴保健技术 许可, 医疗机构设置许可; the
国家医保局's 飞行检查 of hospitals whose 住院率 was abnormal — 拉拢参保人虚假住院, 伪造诊断报告,
冒用医生名义; a 大同 hospital's 骗保 — 拉人充数, 空挂床, 小病大治, a 中药 bought for 7700元 and billed to
医保 for 40万余元, 内科 and 骨科 the 主要实施科室; a 预防医学 paper on 突发公共卫生事件 信息共享 — 疫情
信息, 信息披露, 监测 and 报告; nine 医院骗保 cases — 冒名刷卡就医, 伪造住院病历, 检验报告单雷同,
超限定范围用药, 药品账实不符; a 30-bed hospital found by 大数据 and 飞行检查 — 组团入院、同步出院, 彩超
报告 copied, 黑片收费; a 国卫办妇幼 notice on the 出生医学证明 — 签发, 空白证件, 以权谋私; a 市、县
卫生监督 综合执法行动 — 医疗机构依法执业, 放射诊疗, 公共场所卫生, 学校卫生, ``两非``) and the layout
follows their words for the unit, its parts, its posts and its risks. The rows are worded by us, the
names invented (rare Han surnames with rare given names, three characters each); every unit is a body
of 南部县.

Run ``python tests/published/score.py --set batch315`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a level cell's level is the number of SOLID stars ``★`` in it: ``★★★`` 1,
  ``★★☆`` 2, ``★☆☆`` 3; the hollow ``☆`` counts for nothing (it only pads the rating to three);
  the ``注：`` line and the sign-off line are no points;
- ``局领导`` (the 卫生健康局's sheet, its title), ``院领导`` (a group row, a 科室 cell of the 中医医院, the
  妇幼保健院 and the 升钟镇中心卫生院), ``中心领导`` (the 疾控中心's 科　室 value) and ``大队领导`` (a 中队
  cell) are the 科室 of those leaders; a 局's 股, a hospital's 科, 房, 办 and 部, a 中心's 科 and a
  大队's 中队 are 科室; a group row ``二、药剂科`` gives the 科室 ``药剂科`` (its number left off); the
  定水镇卫生院's cards name no 科室: their forms have none;
- every 局, hospital, 院, 中心 and 大队 here is a unit of its own: 局长, 副局长, 院长, 副院长, a 中心's
  主任 and 副主任, 大队长 and 副大队长 are leaders; 股长, 科主任, 科长, a 科's, 房's or 办's 主任, 部长,
  护士长 and 中队长 middle; the rest (科员, 采购员, 医保结算员, 检验师, 调剂员, 收费员, 药房管理员, 公卫
  专干, 会计, 出生证管理员, 助产士, 执法队员, 检验员) general;
- ``风险点 | 风险描述``: the point is the short 风险点; ``工作环节``, ``执法事项``, ``分管工作``, the card's
  ``岗位职责`` line and ``自查情况`` are no points and name no holder; the 升钟镇中心卫生院's list names
  no person: its forms are posts (对岗不对人);
- ``一级/二级/三级``, ``高/中/低``, ``高风险/中风险/低风险``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``一级风险/二级风险/三级风险``
  and ``★★★/★★/★`` (read by the 妇幼保健院's note) are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.batch287 import _per_person
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b315_"
PLACE = "南部县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"


# --------------------------------------------------------------------------- harder layout

SOLID, HOLLOW = "★", "☆"
RATING = {"★★★": 1, "★★☆": 2, "★☆☆": 3}
RATING_NOTE = (
    "注：风险等级按三星评定，“★”为实星，“☆”为空星，实星越多风险越高；风险类型分思想道德、制度机制、"
    "岗位职责、业务流程、外部环境五类。"
)
RATING_HEAD = ("序号", "科室", "岗位", "姓名", "廉洁风险点", "风险类型", "风险等级", "防控措施")


def rating(level: int) -> str:
    """A level as the 中医医院 writes it: three stars, ``4 - level`` of them solid."""
    return SOLID * (4 - level) + HOLLOW * (level - 1)


# (科室, 岗位, 姓名, tier, [(廉洁风险点, 类型, level, 防控措施)])
TCM = [
    ("院领导", "院长", "檀翀湄", "leader", [
        ("医院基建和大型设备采购不经院党委会集体研究，个人拍板", "制度机制", 1,
         "“三重一大”事项院党委会集体研究，会议纪要存档。"),
        ("默许科室虚增药品进价和用药量套取医保基金", "岗位职责", 1, "每季度开展医保基金使用自查，结果报县医保局。"),
    ]),
    ("院领导", "副院长", "冉澂汀", "leader", [
        ("中药饮片遴选中接受供应商宴请和礼品", "外部环境", 2, "饮片遴选经药事管理委员会集体评审。"),
    ]),
    ("中药房", "主任", "郄溁岫", "middle", [
        ("中药饮片采购以次充好，进货价格虚高", "业务流程", 1, "饮片采购三家比价，验收附检验报告。"),
        ("饮片出入库账实不符，未用饮片回流药房", "岗位职责", 2, "饮片库存每月盘点，账物核对签字。"),
    ]),
    ("中药房", "调剂员", "皮霂沄", "general", [
        ("调剂时擅自增减饮片剂量", "岗位职责", 3, "调剂后双人核对，处方留存备查。"),
    ]),
    ("骨伤科", "科主任", "班翊澍", "middle", [
        ("收治无住院指征的患者，小病大治", "思想道德", 1, "住院指征由医务科按月抽查，病历逐份点评。"),
        ("小针刀、推拿等治疗项目多记、虚记", "业务流程", 2, "治疗项目与医嘱、执行记录逐项核对。"),
    ]),
    ("骨伤科", "护士长", "蔺漪岚", "middle", [
        ("护理记录补记、编造，配合空挂床", "岗位职责", 2, "护理记录实时录入系统，夜间查房登记在床情况。"),
    ]),
    ("医保办", "主任", "汲沣涵", "middle", [
        ("医保结算数据审核走过场，违规费用不剔除", "业务流程", 2, "结算数据智能审核，疑点逐条复核。"),
        ("医保检查前通风报信，帮助科室修改病历", "思想道德", 3, "检查安排保密，病历修改留痕。"),
    ]),
]  # fmt: skip


def nanbu_tcm_hospital_hollow_stars() -> dict:
    unit = f"{PLACE}中医医院"
    ncols = len(RATING_HEAD)
    sh = _Sheet("排查表", [6, 10, 9, 9, 42, 10, 9, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}科室岗位廉洁风险排查表", ncols)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年7月", ncols)
    sh.add(*RATING_HEAD)
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in TCM:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, rating(lv), measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), lv)
    _per_person(sh, first, 1, 2, 3)
    _line(sh, RATING_NOTE, ncols)
    sh.add("填表人：", None, None, "审核人：", None, "院长（签字）：", None, None)
    return _layout(
        "nanbu_tcm_hospital_hollow_stars", "https://www.163.com/dy/article/KEAF6TCO0556CD29.html",
        "(harder) 县中医医院 科室岗位廉洁风险排查表, after the source's 大同 hospital 骗保 (拉人充数, 空挂床, 小病大治, a 中药 "
        "bought for 7700元 and billed for 40万余元, 内科 and 骨科): a title, a merged ``填报单位（盖章）：…　填报时间：2025年7月`` "
        "line, then 序号/科室 merged (院领导, 中药房, 骨伤科, 医保办)/岗位 and 姓名 merged per person/廉洁风险点/风险类型 (short "
        "names)/风险等级/防控措施, where EVERY LEVEL CELL IS A THREE-STAR RATING of solid ``★`` and hollow ``☆``: ``★★★``, "
        "``★★☆``, ``★☆☆``; a merged ``注：`` line saying only that solid stars count (more solid, higher risk), and a "
        "填表人/审核人/院长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def nanbu_health_bureau_two_sheets() -> dict:
    unit = f"{PLACE}卫生健康局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 24, 38, 9, 32])
    _line(lead, f"{unit}局领导班子成员廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "风险等级", "防控措施")
    leaders = [
        ("蒯昶沅", "局长", "主持全面工作，分管人事、财务", [
            ("干部选拔任用和职称推荐中搞个人说了算", "一级", "干部选任经党组会集体研究，全程纪实。"),
            ("医疗卫生项目资金分配不经集体研究", "一级", "项目资金分配方案经党组会研究并公示。"),
        ]),
        ("靳湲蓁", "副局长", "分管医政医管、行政审批", [
            ("医疗机构设置审批降低条件，为关系人开绿灯", "一级", "设置审批条件公开，初审、复审两级把关。"),
            ("接受民营医疗机构宴请和礼品", "二级", "签订廉洁承诺书，节前廉洁提醒。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, lead.name, post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    lead.add("填表人：", None, None, "审核人：", None, "2025年7月", None)
    dept = _Sheet("股室", [6, 14, 9, 9, 38, 9, 32])
    _line(dept, f"{unit}股室岗位廉政风险防控表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("行政审批股", "股长", "籍澴芮", "middle", [
            ("公共场所卫生许可现场审查走过场", "一级", "现场审查两人以上，审查记录拍照存档。"),
            ("母婴保健技术服务许可把关不严", "二级", "许可材料清单化审核，结果网上公开。"),
        ]),
        ("行政审批股", "科员", "卜湉屹", "general", [
            ("许可申请材料受理后故意拖延办理", "三级", "办理时限网上可查，超时自动预警。"),
        ]),
        ("规划财务股", "股长", "昌瀚翀", "middle", [
            ("基本公共卫生服务项目资金拨付不按绩效考核结果", "一级", "资金拨付与考核结果挂钩，拨付清单公示。"),
        ]),
        ("规划财务股", "会计", "仝渼珂", "general", [
            ("报销票据审核不严，虚列支出", "二级", "报销实行经办、审核、审批三签。"),
            ("专项资金挤占挪用", "二级", "专项资金专账核算，按季度对账。"),
        ]),
        ("医政医管股", "股长", "厍渌岍", "middle", [
            ("医疗纠纷调处偏袒医疗机构", "二级", "纠纷调处引入第三方调解，结果书面告知。"),
        ]),
    ]  # fmt: skip
    first = len(dept.rows)
    n = 0
    for d, post, who, tier, points in rows:
        for point, lv, measures in points:
            n += 1
            dept.add(n, d, post, who, point, lv, measures)
            t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("填表人：", None, None, "审核人：", None, "2025年7月", None)
    return _layout(
        "nanbu_health_bureau_two_sheets", "https://www.okb.net.cn/article/bhvfnlk",
        "县卫生健康局 廉政风险防控表 in two sheets, after the source's 区卫生局 行政执法职能 and 法律依据 (食品 and 公共场所 卫生许可, "
        "计划生育技术服务 and 母婴保健技术 许可, 医疗机构设置许可): ``局领导`` (a title, 序号/姓名, 职务 and 分管工作 merged per "
        "leader/风险点/风险等级 ``一级/二级/三级``/防控措施) and ``股室`` (a title, 序号/股室 merged (行政审批股, 规划财务股, "
        "医政医管股)/岗位 and 姓名 merged per person/…); no type column; a 填表人/审核人/date line under each",
        [lead, dept], t,
    )  # fmt: skip


def nanbu_people_hospital_groups() -> dict:
    unit = f"{PLACE}人民医院"
    sh = _Sheet("一览表", [6, 10, 9, 40, 14, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉洁风险防控一览表", 7)
    sh.add("序号", "岗位", "姓名", "廉洁风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、院领导", "院领导", [
            ("院长", "卞翯岑", "leader", [
                ("大型医疗设备采购论证不充分，指定品牌", "制度机制风险", "高",
                 "设备采购经论证委员会集体论证，进入公共资源交易平台。"),
                ("对科室诱导住院、虚假住院问题失察", "岗位职责风险", "中", "每月分析住院率异常数据，约谈科室负责人。"),
            ]),
            ("副院长", "宓涴霏", "leader", [
                ("医保基金使用监管不力，默许违规收费", "岗位职责风险", "高", "医保违规收费纳入科室绩效考核。"),
            ]),
        ]),
        ("二、药剂科", "药剂科", [
            ("主任", "濮筱沄", "middle", [
                ("新药引进中收受药企回扣", "外部环境风险", "高", "新药引进经药事管理与药物治疗学委员会评审。"),
                ("向医药代表提供医生用药统计数据", "思想道德风险", "中", "处方数据查询权限分级，查询留痕。"),
            ]),
            ("采购员", "蒙澜芷", "general", [
                ("临时采购不经审批，拆分采购规避集采", "业务流程风险", "中", "临时采购须分管院长审批，按月统计。"),
            ]),
        ]),
        ("三、医保办", "医保办", [
            ("主任", "滑昊沅", "middle", [
                ("对冒用医生名义开具医嘱的问题不报告", "岗位职责风险", "中", "医嘱电子签名，异常登录自动预警。"),
            ]),
            ("医保结算员", "沃霂珊", "general", [
                ("上传结算数据时将自费项目纳入统筹支付", "业务流程风险", "中", "结算数据二次审核，疑点清单逐条核实。"),
                ("泄露参保人员信息", "思想道德风险", "低", "信息系统分级授权，查询留痕。"),
            ]),
        ]),
        ("四、检验科", "检验科", [
            ("检验师", "阙澈蕴", "general", [
                ("伪造、复制检验报告", "岗位职责风险", "高", "检验报告系统生成，原始数据不可修改。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, dept, people in groups:
        _line(sh, shown, 7)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for point, typ, lv, measures in points:
                n += 1
                sh.add(n, post, who, point, typ, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("制表人：", None, "审核人：", None, "2025年7月", None, None)
    return _layout(
        "nanbu_people_hospital_groups", "http://yixing.gov.cn/doc/2024/12/14/1259334.shtml",
        "县人民医院 岗位廉洁风险防控一览表, after the source's 国家医保局 飞行检查 of hospitals with an abnormal 住院率 (拉拢参保人虚假"
        "住院, 伪造诊断报告, 冒用医生名义): a title, then 序号/岗位/姓名 (merged per person)/廉洁风险点/风险类型 ``…风险``/风险等级 "
        "高/中/低/防控措施 under GROUP ROWS ``一、院领导``, ``二、药剂科``, ``三、医保办``, ``四、检验科`` merged across (no 科室 "
        "column); a ``制表人： | 审核人： | 2025年7月`` line",
        [sh], t,
    )  # fmt: skip


def nanbu_cdc_selfchecks() -> dict:
    unit = f"{PLACE}疾病预防控制中心"
    t = _Truth(unit)
    people = [
        ("主任", "相翾澜", "中心领导", "主任", "leader", [
            ("突发公共卫生事件信息迟报、瞒报", "岗位职责", "高风险", "疫情信息按规定时限网络直报，专人复核。", "已落实"),
            ("应急物资采购不按程序，指定供应商", "制度机制", "高风险", "应急采购事后补办手续并集体审核。", "未发现问题"),
            ("实验室建设项目不经集体研究", "制度机制", "中风险", "建设项目经中心办公会研究。", "已落实"),
        ]),
        ("免疫规划科科长", "咸沅琪", "免疫规划科", "科长", "middle", [
            ("疫苗分配向关系接种单位倾斜", "外部环境", "中风险", "疫苗分配计划公开，按接种量核定。", "未发现问题"),
            ("疫苗出入库记录不实，冷链记录补记", "业务流程", "中风险", "出入库扫码追溯，冷链温度自动记录。", "已整改"),
        ]),
        ("检验科检验员", "麴渟翊", "检验科", "检验员", "general", [
            ("出具不实的检测报告", "思想道德", "高风险", "检测报告三级审核签发。", "未发现问题"),
            ("检测收费不按标准，私收费用", "外部环境", "低风险", "收费项目公示，票据统一开具。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, dept, post, tier, points in people:
        sh = _Sheet(tab, [6, 38, 10, 9, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        sh.add(f"姓{GAP}名", f"科{GAP}室", f"职{GAP}务", "填表时间", None, None)
        sh.add(who, dept, post, "2025年7月", None, None)
        sh.add("序号", "廉政风险点", "风险类别", "风险等级", "防控措施", "自查情况")
        for i, (point, typ, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, typ, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), BANDS[lv])
        sh.add()
        sh.add("本人签名：", None, None, "中心主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "nanbu_cdc_selfchecks", "http://pmis.chinacdc.cn/yxlw/200506/t20050624_5211.htm",
        "县疾病预防控制中心 岗位廉政风险自查表, one sheet a person (tabs named by the post: 主任, 免疫规划科科长, 检验科检验员), "
        "after the source's 预防医学 paper on 突发公共卫生事件 信息共享 (疫情信息, 信息披露, 监测, 报告): a title, a label row "
        "``姓　名 | 科　室 | 职　务 | 填表时间`` over a row of values, then 序号/廉政风险点/风险类别 (short names)/风险等级 "
        "``高风险/中风险/低风险``/防控措施/``自查情况``; a blank row and ``本人签名： | 中心主任意见：``",
        sheets, t,
    )  # fmt: skip


def nanbu_shengzhong_health_center_posts() -> dict:
    unit = f"{PLACE}升钟镇中心卫生院"
    sh = _Sheet("排查表", [6, 10, 12, 14, 40, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "科室", "岗位", "工作环节", "廉政风险点", "风险等级", "防控措施")
    posts = [
        ("院领导", "院长", "leader", [
            ("药品耗材采购", "药品耗材采购不在省平台采购，收受回扣", "Ⅰ级", "药品耗材一律平台采购，采购清单按月公示。"),
            ("住院管理", "对冒名刷卡就医、挂床住院失管失察", "Ⅰ级", "住院病人每日查房核对身份，在床情况登记。"),
        ]),
        ("医保办", "医保结算员", "general", [
            ("医保结算", "伪造住院病历套取医保基金", "Ⅰ级", "出院病历医保办逐份审核，疑点病历集体评议。"),
            ("费用审核", "超限定范围用药费用不剔除", "Ⅱ级", "限定用药规则嵌入系统，超限自动拦截。"),
        ]),
        ("药房", "药房管理员", "general", [
            ("药品出入库", "药品账实不符，过期药品处置不登记", "Ⅱ级", "药品每月盘点，报损经院长审批。"),
        ]),
        ("收费室", "收费员", "general", [
            ("门诊收费", "收费不开票据，截留现金", "Ⅱ级", "收费日清日结，票据连号使用。"),
            ("退费办理", "虚假退费，冲减收入", "Ⅲ级", "退费须科室签字、院办审核。"),
        ]),
        ("公卫科", "公卫专干", "general", [
            ("基本公卫服务", "虚报基本公共卫生服务工作量，套取补助资金", "Ⅱ级", "服务记录随机电话回访，按季度抽查。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, tier, points in posts:
        for step, point, lv, measures in points:
            n += 1
            sh.add(n, dept, post, step, point, lv, measures)
            t.point(sh.name, dept, post, "", tier, point, [], ROMAN[lv])
    _per_person(sh, first, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年7月", None, None)
    return _layout(
        "nanbu_shengzhong_health_center_posts", "https://nanmuxuan.com/zh-my/complex/bkojzuuodyd.html",
        "镇中心卫生院 岗位廉政风险点排查表 对岗不对人, after the source's nine 医院骗保 cases (冒名刷卡就医, 伪造住院病历, "
        "超限定范围用药, 药品账实不符): a title, then 序号/科室 and 岗位 merged/工作环节/廉政风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; "
        "no names, no type column; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def nanbu_dingshui_health_center_cards() -> dict:
    unit = f"{PLACE}定水镇卫生院"
    t = _Truth(unit)
    cards = [
        ("院长", "柏澍沣", "leader", "主持全院工作，分管财务、药品耗材采购", [
            ("组织或默许“组团入院、同步出院”式虚假住院", "思想道德", "一级风险", "住院率异常数据每月分析，院务会通报。"),
            ("药品耗材采购不经院务会研究", "制度机制", "一级风险", "采购计划院务会研究，平台采购。"),
            ("绩效分配向个人和关系人倾斜", "制度机制", "二级风险", "绩效方案职工大会通过并公示。"),
        ]),
        ("副院长", "佴沄翾", "leader", "分管医疗、医技和医保", [
            ("彩超、放射报告复制粘贴，检查“黑片收费”", "业务流程", "一级风险", "影像资料与报告系统关联，按月抽查。"),
            ("医保违规问题整改不到位", "岗位职责", "二级风险", "整改清单销号管理。"),
        ]),
        ("会计", "隗澜沚", "general", "负责会计核算、医保回款和资金支付", [
            ("原始凭证审核不严，虚列支出", "岗位职责", "二级风险", "报销凭证经手、证明、审批三签。"),
            ("医保回款不及时入账", "业务流程", "三级风险", "医保回款每月与医保系统对账。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, tier, duties, points in cards:
        sh = _Sheet(post, [6, 38, 10, 10, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 5)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", post, None)
        _line(sh, f"岗位职责：{duties}", 5)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施")
        for i, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(i, point, typ, lv, measures)
            t.point(sh.name, "", post, who, tier, point, types_in(typ), RISKS[lv])
        sh.add("持卡人签字：", None, None, "监督电话：0817-5522388", None)
        sheets.append(sh)
    return _layout(
        "nanbu_dingshui_health_center_cards", "https://www.zhidiantu.com/newsdetail/id/2004372.html",
        "镇卫生院 岗位廉政风险防控卡, one sheet a holder (tabs 院长, 副院长, 会计), after the source's 30-bed hospital found by "
        "大数据 and 飞行检查 (组团入院、同步出院, 彩超报告 copied, 黑片收费): a title, ``姓　名 | … | 职　务 | …``, a merged "
        "``岗位职责：…`` line, then 序号/风险点/风险类型 (short names)/风险等级 ``一级风险/二级风险/三级风险``/防控措施; "
        "``持卡人签字： | 监督电话：…``; no 科室",
        sheets, t,
    )  # fmt: skip


def nanbu_maternal_child_desc() -> dict:
    unit = f"{PLACE}妇幼保健院"
    sh = _Sheet("一览表", [6, 12, 12, 9, 18, 36, 10, 8, 32])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉洁风险防控一览表", 9)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年7月", 9)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险描述", "风险类型", "风险等级", "防控措施")
    rows = [
        ("院领导", "院长", "伏湛翎", "leader", "出生医学证明管理失职", "对出生医学证明签发管理不检查，失管失察",
         "岗位职责", "★★★", "每季度检查出生医学证明签发和空白证件管理。"),
        ("院领导", "院长", "伏湛翎", "leader", "设备采购决策", "产科、新生儿科设备采购个人决定",
         "制度机制", "★★", "设备采购院务会集体研究，公开招标。"),
        ("保健部", "部长", "嵇霈沅", "middle", "保健项目收费", "自立项目收取儿童保健费用",
         "外部环境", "★★", "收费项目和标准公示。"),
        ("保健部", "出生证管理员", "桑芃瀚", "general", "出生医学证明签发", "无出生记录签发出生医学证明，以权谋私",
         "思想道德", "★★★", "签发实行双人审核，签发信息实时上传。"),
        ("保健部", "出生证管理员", "桑芃瀚", "general", "空白证件保管", "空白证件保管不善，丢失不报告",
         "岗位职责", "★★", "空白证件专柜双锁，领用登记日清。"),
        ("产科", "主任", "眭汐屹", "middle", "药品耗材使用", "诱导使用高价耗材收取回扣",
         "外部环境", "★★", "高值耗材使用登记，按月点评。"),
        ("产科", "助产士", "游澪芊", "general", "分娩信息登记", "分娩记录填写不实",
         "业务流程", "★", "分娩记录实时录入，科室负责人审核。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), STARS[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级★★★为高风险，★★为中风险，★为低风险。", 9)
    sh.add("填表人：", None, None, "审核人：", None, "院长（签字）：", None, None, None)
    return _layout(
        "nanbu_maternal_child_desc",
        "https://soolun.net/periodical/12098a187d0343d8192c80717b8c604e.html",
        "县妇幼保健院 岗位廉洁风险防控一览表, after the source's 国卫办妇幼 notice on the 出生医学证明 (签发, 空白证件, 以权谋私): "
        "``附件1``, a title, a merged ``填报单位（盖章）：…　填报时间：2025年7月`` line, then 序号/科室 merged (院领导, 保健部, 产科)/"
        "岗位 and 姓名 merged per person/a short 风险点/a long 风险描述/风险类型 (short names)/风险等级 ``★★★/★★/★``/防控措施; "
        "a merged ``注：`` line on the stars and a 填表人/审核人/院长（签字） line",
        [sh], t,
    )  # fmt: skip


def nanbu_health_enforcement_duties() -> dict:
    unit = f"{PLACE}卫生健康综合行政执法大队"
    sh = _Sheet("责任清单", [6, 14, 10, 9, 16, 38, 14, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 9)
    sh.add(
        "序号",
        "中队",
        "岗位",
        "责任人",
        "执法事项",
        "廉政风险点",
        "风险类型",
        "风险等级",
        "防控措施",
    )
    rows = [
        ("大队领导", "大队长", "钭濂岑", "leader", [
            ("行政处罚决定", "重大行政处罚案件不经集体讨论", "制度机制风险", "高", "重大案件经集体讨论并法制审核。"),
            ("案件查处", "为违法医疗机构说情打招呼", "外部环境风险", "中", "干预案件查处情况记录报告。"),
        ]),
        ("医疗卫生监督中队", "中队长", "甘沨瑶", "middle", [
            ("医疗机构依法执业检查", "检查中发现问题不立案，降格处理", "岗位职责风险", "高", "检查结果录入系统，按月通报。"),
        ]),
        ("医疗卫生监督中队", "执法队员", "蔚泠翀", "general", [
            ("放射诊疗监督", "接受被检查单位宴请，隐瞒放射防护问题", "思想道德风险", "中", "检查两人以上，全程执法记录。"),
            ("“两非”案件查处", "泄露举报人信息和检查安排", "业务流程风险", "中", "举报信息专人保管，行动方案保密。"),
        ]),
        ("公共卫生监督中队", "中队长", "羿漳萱", "middle", [
            ("公共场所卫生监督", "对无证经营的公共场所选择性执法", "岗位职责风险", "中", "执法对象随机抽取，结果公开。"),
        ]),
        ("公共卫生监督中队", "执法队员", "郜沺玥", "general", [
            ("学校卫生监督", "学校直饮水设施检查走过场", "业务流程风险", "低", "检查记录附现场照片和检测数据。"),
            ("行政处罚执行", "罚没款收取不开票据", "思想道德风险", "高", "罚没款一律银行代收。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for matter, point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, matter, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("编制：", None, None, "审核：", None, None, "2025年7月", None, None)
    return _layout(
        "nanbu_health_enforcement_duties", "https://mip.yaozui.com/p448487.html",
        "县卫生健康综合行政执法大队 廉政风险防控责任清单, after the source's 市、县 卫生监督 综合执法行动 (医疗机构依法执业, 放射"
        "诊疗, 公共场所卫生, 学校卫生, ``两非``): a title, 序号/中队 merged (大队领导, 医疗卫生监督中队, 公共卫生监督中队)/岗位 and "
        "责任人 merged per person/``执法事项``/廉政风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施; an ``编制： | 审核： | "
        "2025年7月`` line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    nanbu_tcm_hospital_hollow_stars(),
    nanbu_health_bureau_two_sheets(),
    nanbu_people_hospital_groups(),
    nanbu_cdc_selfchecks(),
    nanbu_shengzhong_health_center_posts(),
    nanbu_dingshui_health_center_cards(),
    nanbu_maternal_child_desc(),
    nanbu_health_enforcement_duties(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch315-inbox"))

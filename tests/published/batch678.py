"""The six-hundred-and-seventy-eighth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one banner's health
bodies, 莫力达瓦达斡尔族自治旗 (of 呼伦贝尔市, 内蒙古) — its 卫生健康委员会, 人民医院, 中蒙医院, 疾病预防控制中心,
妇幼保健计划生育服务中心, 卫生健康综合行政执法大队 and two 镇卫生院 (腾克镇, 汉古尔河镇) — each handing
back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 卫生健康委员会's 一览表 in TWO SHEETS: ``委领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 中蒙医院's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a long ``风险表现``,
  ``…风险`` types, 高/中/低; no names;
- the 疾病预防控制中心's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 妇幼保健计划生育服务中心's 责任清单 under GROUP ROWS ``一、中心领导`` … (no 科室 column), ``岗位 | 姓名``
  merged per person, ``一级风险/二级风险/三级风险``;
- the 腾克镇卫生院's 自查表, one sheet a person: a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间`` over a
  row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 汉古尔河镇中心卫生院's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``科室 | 岗位 | 责任人`` on
  EVERY row, short types, ``高风险/中风险/低风险``;
- the 卫生健康综合行政执法大队's 排查登记表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别``
  (short names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``molidawa_peoples_hospital_bracket_heads``: the 人民医院's 廉政风险点清单 has NO 科室, 岗位 or 姓名
  column (``序号 | 廉政风险点 | 风险等级 | 防控措施``); the rows run holder by holder, and only the FIRST
  point of each holder's block opens with the holder in ``【】`` — ``【院长　符翾澂】…``,
  ``【药剂科　主任　糜翯岍】…`` (科室, post and name parted by full-width spaces; leaders without a 科室) —
  while the block's later points carry no bracket at all: they are the same holder's until the next
  ``【】``. A ``注：`` line under the table says so. Two 副院长 are told apart only by their names.
  The README's 读得懂的表 knows a ``【教务处】`` opening a point as THAT ROW's 科室, ``【制度机制】`` as its
  type, ``【简称】`` as the point before its 表现, and ``院长某某：…`` (holder before a colon) at the head
  of MOST points; it does not describe a holder bracketed only at the head of his block's first point
  and carried down over the unbracketed points under it.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a report on 医疗设备采购中的权力寻租 —
倾向性参数, 提前透露招标信息; a 地区人民医院 党委书记 投案 — 医院 概况, 科室; a 市人民医院 腐败窝案 —
药品、耗材、检验试剂和器械采购; the 医药领域腐败问题集中整治 — 自查自纠, 举报电话; 医院领导 落马 — 药品配送,
设备采购, 耗材供应, 工程建设; 县人民医院、中医医院 院长 被查; a 妇幼保健院 院长 “双开”; a 省纪委监委's
通报 on 医院采购招标, 医用耗材) and the layout follows their words for the unit, its parts, its posts
and its risks. The rows are worded by us, the names invented (the rare surnames 符 and 糜 with rare
given names); every unit is a body of 莫力达瓦达斡尔族自治旗.

Run ``python tests/published/score.py --set batch678`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a ``【】`` at the head of a point names the holder of that point and of every
  point under it up to the next ``【】``; the bracket is not part of the point; ``【药剂科　主任　…】``
  gives the 科室 ``药剂科`` and the post ``主任``; ``【院长　…】`` a leader with no 科室; the ``注：`` line
  and the sign-off line are no points;
- ``中心领导``, ``院领导`` (a group row, a 科室 cell) are the 科室 of those leaders; the 卫生健康委员会's leaders
  (sheet ``委领导``, no 科室 column) and the cards' leaders have no 科室; a 委's 股, a 院's 科 and a
  大队's 中队 are 科室;
- every body is a unit of its own: 主任 of the 委 and of a 中心, 副主任, 院长, 副院长, 党支部书记 and 大队长
  are leaders; 股长, a 科's 主任 and 中队长 middle; the rest (科员, 会计, 出纳, 医师, 药剂师, 护士长,
  执法员, 公卫医师, 收费员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no points
  and name no holder; the 中蒙医院's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b678_"
PLACE = "莫力达瓦达斡尔族自治旗"
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

# (科室, post, name, tier, [(廉政风险点, 风险等级, 防控措施)])
BLOCKS = [
    ("", "院长", "符翾澂", "leader", [
        ("大型医疗设备采购论证走过场，参数设置带有倾向性", "高", "设备参数由临床、设备、纪检人员集体论证，论证记录存档。"),
        ("医院基建和维修工程插手干预招投标", "高", "工程项目一律进入旗公共资源交易中心公开招标。"),
        ("“三重一大”事项个人说了算", "中", "“三重一大”事项党委会集体研究，会议纪要存档。"),
    ]),
    ("", "副院长", "糜珝沄", "leader", [
        ("医用耗材和检验试剂遴选中接受供应商请托", "高", "耗材遴选由药事管理委员会集体投票，结果公示。"),
        ("对临床科室大处方、过度检查监管失之于宽", "中", "每月处方点评，异常情况通报并约谈。"),
    ]),
    ("", "副院长", "符澂霂", "leader", [
        ("职称推荐和评优评先中优亲厚友", "中", "推荐条件量化赋分，结果院内公示五个工作日。"),
        ("进修、培训人员选派不公开", "低", "选派计划院务会研究，名单公示。"),
    ]),
    ("药剂科", "主任", "糜翯岍", "middle", [
        ("药品采购中收受医药代表回扣", "高", "药品统一在自治区采购平台采购，医药代表接待实行预约登记。"),
        ("临时采购药品审批把关不严", "中", "临时采购须经药事管理委员会审批，一药一议。"),
        ("药品库存盘点弄虚作假", "低", "药库每月盘点，财务、审计人员参与。"),
    ]),
    ("设备科", "主任", "符岍湉", "middle", [
        ("设备验收降低标准，配件以次充好", "高", "验收小组由使用科室、设备科、纪检人员组成，验收单三方签字。"),
        ("设备维保合同续签不比价", "中", "维保合同到期重新比价，三家以上报价。"),
    ]),
]  # fmt: skip


def _head(dept: str, post: str, who: str) -> str:
    return "【" + GAP.join(x for x in (dept, post, who) if x) + "】"


def molidawa_peoples_hospital_bracket_heads() -> dict:
    unit = f"{PLACE}人民医院"
    sh = _Sheet("风险点清单", [6, 52, 10, 40])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点清单", 4)
    _line(sh, f"填报单位：{unit}纪检监察室{GAP * 12}2025年6月", 4)
    sh.add("序号", "廉政风险点", "风险等级", "防控措施")
    n = 0
    for dept, post, who, tier, points in BLOCKS:
        for i, (point, lv, measures) in enumerate(points):
            n += 1
            shown = (_head(dept, post, who) + point) if i == 0 else point
            sh.add(n, shown, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _line(sh, "注：风险点前【】内为责任科室、岗位和责任人，其下各风险点至下一个【】止均由其负责；"
          "风险等级分高、中、低三级。", 4)  # fmt: skip
    sh.add("编制：纪检监察室", None, "审核：", "院长（签字）：")
    return _layout(
        "molidawa_peoples_hospital_bracket_heads", "https://cht.chinabgao.com/info/1266408.html",
        "(harder) 旗人民医院 岗位廉政风险点清单, after the source's report on 医疗设备采购中的权力寻租 (县级医院 一把手, 倾向性参数, "
        "提前透露招标信息, 设备出厂价与采购价差额): a title, a merged 填报单位/date line, then ``序号 | 廉政风险点 | 风险等级 | "
        "防控措施`` with NO 科室, 岗位 or 姓名 column; the rows run holder by holder and only the FIRST point of each block opens "
        "with the holder in ``【】`` (``【院长　符翾澂】``, ``【药剂科　主任　糜翯岍】``), the block's later points carry none; 高/中/低, "
        "no type column; a merged ``注：`` line saying the bracket holds for the points under it, and a sign-off line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def molidawa_health_commission_two_sheets() -> dict:
    unit = f"{PLACE}卫生健康委员会"
    t = _Truth(unit)
    lead = _Sheet("委领导", [6, 9, 9, 20, 38, 9, 34])
    _line(lead, f"{unit}委领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("符曦翊", "主任", "主持全面工作", [
            ("公立医院院长选任和考核中打招呼、说情", "一级", "选任考核经党组会集体研究，结果公示。"),
            ("卫生健康项目资金分配个人说了算", "一级", "资金分配方案党组会研究，分配结果公开。"),
        ]),
        ("糜沨翀", "副主任", "分管医政医管、基层卫生", [
            ("医疗机构校验和执业登记降低标准", "二级", "校验实行初审、复审两级审核，结果网上公开。"),
            ("基本公共卫生服务项目绩效考核走过场", "二级", "考核随机抽取机构，邀请第三方参与。"),
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
        ("规划财务股", "股长", "糜璟岫", "middle", "卫生健康专项资金拨付不按进度审核", "一级",
         "资金拨付实行经办、复核、审批分离。"),
        ("规划财务股", "股长", "糜璟岫", "middle", "政府采购项目化整为零规避集中采购", "二级", "采购计划年初编制，股室联审。"),
        ("规划财务股", "会计", "符琮湄", "general", "报账凭证审核不严，虚列支出", "二级", "报账单据三级审核。"),
        ("医政医管股", "股长", "符淏岚", "middle", "医疗纠纷调处中偏袒一方", "二级", "纠纷调处两人以上参加，记录存档。"),
        ("医政医管股", "科员", "糜沅翾", "general", "医师资格考试考务工作违反保密规定", "三级", "考务人员签订保密承诺书。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "molidawa_health_commission_two_sheets", "https://article.iiyi.com/detail/418687.html",
        "旗卫生健康委员会 廉政风险防控一览表 in TWO SHEETS, after the source's 地区人民医院 党委书记 主动投案 (院长、书记, 科室, "
        "职称, 床位): sheet 委领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 merged and 岗位/姓名 merged "
        "per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def molidawa_mongolian_hospital_posts() -> dict:
    unit = f"{PLACE}中蒙医院"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("院领导", "院长", "leader", "蒙药制剂原料采购", "原料采购指定供应商，收受好处费", "制度机制风险", "高",
         "原料采购三家以上比价，院务会研究确定。"),
        ("药剂科", "主任", "middle", "药品遴选", "新药引进接受医药代表请托", "外部环境风险", "高",
         "新药引进经药事管理委员会投票。"),
        ("药剂科", "主任", "middle", "药品统计", "违规向医药代表提供处方统计数据", "岗位职责风险", "中",
         "处方数据专人管理，查询留痕。"),
        ("医务科", "科长", "middle", "医保结算", "串换项目、虚记费用套取医保基金", "业务流程风险", "高",
         "医保结算每月自查，异常病历专项抽查。"),
        ("财务科", "收费员", "general", "门诊收费", "收费不入账，截留现金", "思想道德风险", "中",
         "收费日清日结，票据连号管理。"),
        ("财务科", "收费员", "general", "退费办理", "虚假退费，侵占资金", "业务流程风险", "低",
         "退费须经科室主任签字、患者本人签名。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：院办公室", None, None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "molidawa_mongolian_hospital_posts", "https://wanmeizu.com/20054.html",
        "旗中蒙医院 岗位廉政风险点排查表 对岗不对人, after the source's 市人民医院 腐败窝案 (药品、医疗耗材、检验试剂及医疗器械采购, "
        "靠医吃医): a title, 序号/科室 merged/岗位 merged per post/a short 风险点/a long 风险表现/风险类型 ``…风险``/"
        "风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def molidawa_cdc_cards() -> dict:
    unit = f"{PLACE}疾病预防控制中心"
    t = _Truth(unit)
    cards = [
        ("主任", "符翊琤", "主任", "主持中心全面工作", "leader", [
            ("疫苗和检测试剂采购不按程序", "★★★", "采购纳入政府采购，集体研究确定。"),
            ("检验检测设备选型带有倾向性", "★★", "设备选型经专家论证。"),
            ("接受供应商宴请", "★", "严守中央八项规定精神。"),
        ]),
        ("副主任", "糜昀璐", "副主任", "分管免疫规划、检验科", "leader", [
            ("疫苗出入库管理不严，账实不符", "★★★", "疫苗出入库双人核对，每月盘点。"),
            ("检测报告出具不实", "★★", "检测报告三级审核签发。"),
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
        "molidawa_cdc_cards", "http://fdmln.cn/cj/2023/0814/91841.html",
        "旗疾病预防控制中心 领导干部廉政风险防控卡, one sheet a leader, after the source's 医药领域腐败问题集中整治 (自查自纠, "
        "监督举报电话, 院长、书记被查): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def molidawa_maternal_child_group_rows() -> dict:
    unit = f"{PLACE}妇幼保健计划生育服务中心"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "糜瀚琇", "leader", [
                ("母婴保健专项资金使用不经集体研究", "一级风险", "专项资金支出经主任办公会研究。"),
                ("孕产妇保健设备采购规避招标", "一级风险", "设备采购按限额标准进入交易中心。"),
            ]),
        ]),
        ("二、保健科", "保健科", [
            ("主任", "符湉翃", "middle", [
                ("出生医学证明签发把关不严", "一级风险", "签发实行双人审核，空白证明专柜保管。"),
                ("免费孕前检查人数虚报", "二级风险", "检查名单与系统数据每月核对。"),
            ]),
            ("医师", "糜岫沨", "general", [
                ("出具虚假医学证明", "二级风险", "医学证明由科主任复核签字。"),
            ]),
        ]),
        ("三、财务室", "财务室", [
            ("出纳", "符沄琰", "general", [
                ("现金坐支、公款私存", "二级风险", "现金日清月结，定期盘点。"),
                ("票据领用不登记", "三级风险", "票据专人领用登记。"),
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
        "molidawa_maternal_child_group_rows", "https://hubtec.cn/articles/202308/812575.html",
        "旗妇幼保健计划生育服务中心 廉政风险防控责任清单, after the source's 医疗反腐 news (市人民医院原院长 审查, 妇幼保健院 "
        "院长 “双开”): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS "
        "``一、中心领导``, ``二、保健科``, ``三、财务室`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def molidawa_tengke_clinic_selfchecks() -> dict:
    unit = f"{PLACE}腾克镇卫生院"
    t = _Truth(unit)
    people = [
        ("符璆岚", "院领导", "院长", "leader", [
            ("药品和耗材采购不走平台", "Ⅰ级", "药品耗材一律在自治区平台采购。", "已落实"),
            ("家庭医生签约服务费分配不公", "Ⅱ级", "分配方案经职工大会通过并公示。", "未发现问题"),
        ]),
        ("糜珵沅", "公共卫生科", "公卫医师", "general", [
            ("基本公共卫生服务档案弄虚作假", "Ⅰ级", "档案随机电话回访，每季度抽查。", "已落实"),
            ("健康体检人数虚报", "Ⅱ级", "体检签到表与系统数据核对。", "已落实"),
        ]),
        ("符霈翀", "医疗科", "医师", "general", [
            ("开大处方、搭车检查", "Ⅱ级", "每月处方点评。", "未发现问题"),
            ("住院病人挂床", "Ⅲ级", "医保科每周查房核对。", "已落实"),
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
        sh.add("本人签名：", None, "院长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "molidawa_tengke_clinic_selfchecks", "https://bbs.china2au.com/forum.php?goto=lastpost&mod=redirect&tid=1038249",
        "旗镇卫生院 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's report on 医院领导 落马 "
        "(药品配送、设备采购、耗材供应、工程建设, 医商勾结): a title, a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间`` over a row "
        "of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; ``本人签名： | 院长意见：``",
        sheets, t,
    )  # fmt: skip


def molidawa_hanguerhe_clinic_list() -> dict:
    unit = f"{PLACE}汉古尔河镇中心卫生院"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "科室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("院领导", "院长", "糜霁琤", "leader", "卫生院维修工程指定施工单位", "制度机制", "高风险",
         "维修工程三家比价，院委会研究确定。"),
        ("院领导", "院长", "糜霁琤", "leader", "绩效工资分配搞平均主义或优亲厚友", "岗位职责", "中风险",
         "分配方案经职工大会通过。"),
        ("医保办", "主任", "符珈湄", "middle", "虚构诊疗项目套取医保基金", "业务流程", "高风险",
         "医保结算每月自查，异常数据专项核查。"),
        ("药房", "药剂师", "糜洺翾", "general", "药品效期管理不严，过期药品未及时处置", "岗位职责", "中风险",
         "药品效期每月检查登记。"),
        ("财务室", "会计", "符岑瀚", "general", "公用经费支出票据审核不严", "业务流程", "中风险",
         "报账单据经办人、证明人、审批人三签。"),
        ("财务室", "出纳", "糜琬澍", "general", "收取患者费用不开票据", "思想道德", "低风险",
         "收费一律开具票据，日清日结。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "院长（签字）：", None, None)
    return _layout(
        "molidawa_hanguerhe_clinic_list", "http://www.alp-llc.com/thread-113560-1-1.html",
        "旗镇中心卫生院 岗位廉政风险防控一览表, after the source's report on 县人民医院、中医医院 院长 被查 (医疗卫生系统 反腐): "
        "``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/科室/岗位/责任人 written on EVERY row/廉政风险点/"
        "风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/院长（签字） line",
        [sh], t,
    )  # fmt: skip


def molidawa_health_enforcement_register() -> dict:
    unit = f"{PLACE}卫生健康综合行政执法大队"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("大队领导", "大队长", "符瑷沣", "leader", [
            ("重大行政处罚案件不经集体讨论", "制度机制", "一级", "重大案件集体讨论，记录存档。"),
            ("对违法医疗机构说情打招呼", "思想道德", "二级", "说情干预一律登记报告。"),
        ]),
        ("医疗卫生监督中队", "中队长", "糜滢昉", "middle", [
            ("非法行医查处降格处理", "岗位职责", "一级", "处罚裁量基准公开，案件法制审核。"),
        ]),
        ("医疗卫生监督中队", "执法员", "符湛璎", "general", [
            ("现场检查接受被检查单位宴请", "外部环境", "二级", "执法人员两人以上，全程记录。"),
            ("检查记录不如实填写", "业务流程", "三级", "执法记录仪全程录像。"),
        ]),
        ("公共卫生监督中队", "执法员", "糜翀澔", "general", [
            ("卫生许可现场审查走过场", "业务流程", "二级", "审查结果复核，随机抽查。"),
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
        "molidawa_health_enforcement_register", "https://cidian.kuaisou.com/mf0498_3",
        "旗卫生健康综合行政执法大队 廉政风险点排查登记表, after the source's 省纪委监委 通报 (政府采购领域 不作为乱作为, 医院采购招标, "
        "医用耗材): a title, 序号/科室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 "
        "``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    molidawa_peoples_hospital_bracket_heads(),
    molidawa_health_commission_two_sheets(),
    molidawa_mongolian_hospital_posts(),
    molidawa_cdc_cards(),
    molidawa_maternal_child_group_rows(),
    molidawa_tengke_clinic_selfchecks(),
    molidawa_hanguerhe_clinic_list(),
    molidawa_health_enforcement_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch678-inbox"))

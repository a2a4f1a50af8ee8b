"""The five-hundred-and-eighty-fifth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 卫生健康
bodies, 卓尼县 (of 甘南藏族自治州, 甘肃) — its 卫生健康局, 人民医院, 藏医院, 妇幼保健计划生育服务中心 and
疾病预防控制中心 and the 卫生院 of three of its towns (洮砚镇, 申藏镇, 阿子滩镇) — each handing back the
一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 卫生健康局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and ``股室``
  (``股室`` merged, ``岗位 | 姓名`` merged per person), 高/中/低, no type column;
- the 藏医院's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 妇幼保健计划生育服务中心's 自查表, one sheet a person: a label row ``姓　名 | 所在部门 | 岗　位 |
  填表时间`` over a row of values, ``高风险/中风险/低风险``, ``自查情况``, no type column;
- the 疾病预防控制中心's 一览表 under ``附件1`` and a 填报单位（盖章） line: ``科室 | 岗位 | 责任人`` on
  EVERY row, short types, ``一级风险/二级风险/三级风险``;
- the 洮砚镇卫生院's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 申藏镇卫生院's 责任清单 under GROUP ROWS ``一、院领导`` … ``三、药房`` merged across (no 科室
  column), ``岗位 | 姓名`` merged per person, ``一级/二级/三级``;
- the 阿子滩镇卫生院's 排查登记表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别`` (short
  names), 高/中/低, a ``注：`` line.

One is harder:

- ``zhuoni_peoples_hospital_common_points``: the 人民医院's 临床医技科室主任廉政风险点清单, ``序号 | 科室 |
  岗位 | 责任人 | 廉政风险点 | 风险等级 | 防控措施``, in TWO BLOCKS under group rows: ``一、共性风险点
  （以下各科室主任共有）`` — three rows whose 科室 cell is ``各临床、医技科室``, 岗位 ``科主任`` and 责任人
  ``各科室主任`` (merged down over the three) — and ``二、个性风险点`` — each 科室's own rows, ``内科 | 科主任 |
  亢翊琮`` …; a ``注：`` line says the common points are every listed 科主任's besides his own. So
  the common rows name no holder of their own: they are points of EVERY holder the second block
  lists. The README's 读得懂的表 knows group rows giving a 科室 or a post (``一、办公室``, ``一、出纳岗
  (责任人:李明)``), ``二、岗位职责风险`` group rows giving a type, a point merged down over two posts'
  rows, posts common to every outlet resolved by a staffing grid, a ``全体股室人员`` holder that is no
  person; it does not describe a block of 共性 rows, under a collective holder, that the list's
  later rows (its 个性 block) resolve into every named holder.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a comment on a 健康管理科主任 — 科室
小金库, 设备采购, 药品回扣, 绩效分配, 人事任免; a 县卫健局's 党风廉政建设工作会议 — 纠治医疗卫生领域腐败,
计生协会, 督查任务清单; a feature on 医疗腐败 — 药事管理委员会 形同虚设, 开单提成, 高值耗材, 检验科主任,
财务科长挪用; a 妇女儿童健康行动计划 项目资金管理办法 — 筛查经费, 叶酸, 保健手册印刷; a 县卫健局's
作风建设年 — 公共卫生, 纠治作风顽疾; 国家医保局's 通报 — 诱导住院, 冒用医师签名, 虚记检查; a 市医保局's
典型案例 — 重复收费, 过度检查, 虚构服务项目; 国家医保局's 曝光 — 虚构医疗服务, 伪造医学文书) and the
layout follows their words for the unit, its parts, its posts and its risks. The rows are worded
by us, the names invented (the rare surnames 亢 and 况 with rare given names); every unit is a body
of 卓尼县. batch466 already has units of 卓尼县 (its 民政局 and the 民政所 of 柳林镇, 木耳镇, 扎古录镇 and
纳浪镇), so the tests pass ``places`` (one place a layout, in its unit and in no earlier unit), not
``unit_words=("卓尼县",)``, and no town repeats.

Run ``python tests/published/score.py --set batch585`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file every 共性 row is a point of EVERY 科主任 the 个性 block names (内科, 外科, 检验科),
  with the row's level, besides his own 个性 rows; ``各临床、医技科室 | 科主任 | 各科室主任`` is no form of
  its own (the note says whose the rows are); the group rows, the ``注：`` line and the 编制/审核 line
  are no points; a 科主任 is middle;
- ``局领导``, ``院领导``, ``中心领导`` have no 科室 where the table names none (sheet 局领导, the cards);
  a group row ``二、公共卫生科`` gives the 科室 ``公共卫生科`` (its number left off); ``院领导`` in a group
  row or a 科室 cell is the 科室 of those leaders;
- 局长, 副局长, 院长, 副院长 and a 中心's 主任 are leaders; 股长, 科长, 科主任, a 部's 部长 middle; the
  rest (股员, 会计, 药剂员, 收费员, 检验员, 医师) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no points
  and name no holder; the 藏医院's list names no person: its forms are posts (对岗不对人);
- 高/中/低, ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★`` and
  ``高风险/中风险/低风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b585_"
PLACE = "卓尼县"
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

COMMON_DEPT = "各临床、医技科室"
COMMON_HOLDER = "各科室主任"

# the 共性 rows: (廉政风险点, 风险等级, 防控措施)
COMMON = [
    ("科室绩效二次分配不公开，向个人或亲属倾斜", "一级", "二次分配方案经科务会讨论，结果在科室公示。"),
    ("私设科室小金库，截留科室收入", "一级", "科室收入全部纳入医院财务统一核算，财务科每季度抽查。"),
    ("接受医药代表宴请、礼品礼金", "二级", "医药代表按规定时间地点接待，签订廉洁承诺书。"),
]  # fmt: skip

# the 个性 rows: (科室, 责任人, [(廉政风险点, 风险等级, 防控措施)])
DIRECTORS = [
    ("内科", "亢翊琮", [
        ("药品使用中开单提成，超常规使用辅助用药", "一级", "处方点评每月一次，异常用药预警通报。"),
        ("住院患者检查项目过度开具", "二级", "检查阳性率纳入科室考核。"),
    ]),
    ("外科", "况昶岫", [
        ("高值耗材选用指定品牌，收受回扣", "一级", "高值耗材使用登记可追溯，超量使用约谈。"),
        ("手术排台、床位安排收受红包", "二级", "手术排台由医务科统一审核公示。"),
    ]),
    ("检验科", "亢沄澂", [
        ("检验试剂、设备配套耗材采购指定供应商", "一级", "试剂纳入集中采购，科室只提需求不定厂家。"),
    ]),
]  # fmt: skip


def zhuoni_peoples_hospital_common_points() -> dict:
    unit = f"{PLACE}人民医院"
    sh = _Sheet("清单", [6, 16, 9, 11, 40, 9, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}临床医技科室主任廉政风险点清单", 7)
    _line(sh, f"单位：{unit}{GAP * 20}2025年5月", 7)
    sh.add("序号", "科室", "岗位", "责任人", "廉政风险点", "风险等级", "防控措施")
    _line(sh, "一、共性风险点（以下各科室主任共有）", 7)
    first = len(sh.rows)
    n = 0
    for point, lv, measures in COMMON:
        n += 1
        sh.add(n, COMMON_DEPT, "科主任", COMMON_HOLDER, point, lv, measures)
    _merge_down(sh, first, [(c, lambda row, c=c: row[c]) for c in (1, 2, 3)])
    _line(sh, "二、个性风险点", 7)
    first = len(sh.rows)
    for dept, who, points in DIRECTORS:
        for point, lv, measures in points:
            n += 1
            sh.add(n, dept, "科主任", who, point, lv, measures)
    _per_person(sh, first, 1, 2, 3)
    # the truth one form a 科主任: the common points, then his own
    for dept, who, points in DIRECTORS:
        for point, lv, _measures in COMMON + points:
            t.point(sh.name, dept, "科主任", who, "middle", point, [], GRADES[lv])
    _line(sh, "注：共性风险点为上列各科室主任共有的风险点，各科室主任除本科室个性风险点外，均须对照共性风险点"
          "落实防控措施；风险等级分一级、二级、三级，一级为最高。", 7)  # fmt: skip
    sh.add("编制：纪检监察室", None, None, "审核：", None, "院长（签字）：", None)
    return _layout(
        "zhuoni_peoples_hospital_common_points", "https://c.m.163.com/news/a/JSURCQNR05319QAX.html",
        "(harder) 县人民医院 临床医技科室主任廉政风险点清单, after the source's comment on a 健康管理科主任 (科室小金库, "
        "设备采购, 药品回扣, 绩效分配, 人事任免; 科室主任的权力渗透到医疗服务的每个环节): a title, a merged ``单位：…　"
        "2025年5月`` line, 序号/科室/岗位/责任人/廉政风险点/风险等级 ``一级/二级/三级``/防控措施, then TWO BLOCKS "
        "under group rows: ``一、共性风险点（以下各科室主任共有）`` — three rows whose 科室 ``各临床、医技科室``, 岗位 "
        "``科主任`` and 责任人 ``各科室主任`` are merged down over them — and ``二、个性风险点`` — each 科室's own rows "
        "(科室, 岗位, 责任人 merged per person); a merged ``注：`` line saying the common points are every listed 科主任's "
        "besides his own, so each 共性 row is a point of EVERY holder of the second block; an 编制/审核/院长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def zhuoni_health_bureau_two_sheets() -> dict:
    unit = f"{PLACE}卫生健康局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("况珝渟", "局长", "主持全面工作", [
            ("卫生项目建设干预招投标，指定施工单位", "高", "项目一律进入县公共资源交易中心，局党组集体研究。"),
            ("医疗卫生单位负责人选拔任用把关不严", "高", "干部选任严格执行动议、考察、公示程序。"),
        ]),
        ("亢霈嵘", "副局长", "分管医政医管、纪检", [
            ("医疗机构执业校验、等级评审降低标准", "中", "评审专家随机抽取，结果公示。"),
            ("纠治医疗卫生领域腐败问题线索处置不及时", "中", "问题线索台账管理，按期办结销号。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "", post, who, "leader", point, [], HML[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("股室", [6, 14, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}股室廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("医政医管股", "股长", "况璟湉", "middle", "医师资格、护士执业注册审核把关不严", "高",
         "注册材料双人审核，办理结果网上公开。"),
        ("医政医管股", "股长", "况璟湉", "middle", "医疗纠纷调处偏袒一方", "中", "纠纷调处实行回避，调解记录存档。"),
        ("医政医管股", "股员", "亢岍昀", "general", "医疗机构监督检查走过场", "低", "检查实行双随机，问题清单闭环整改。"),
        ("计划财务股", "股长", "亢澍翀", "middle", "基本公共卫生服务项目资金拨付不按考核结果", "高",
         "资金按绩效考核结果拨付，分配结果公示。"),
        ("计划财务股", "会计", "况琇岚", "general", "计生协会经费报账审核不严", "中", "报账单据三级审核，每季度对账。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], HML[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "zhuoni_health_bureau_two_sheets", "http://guanyang.qlgl.gov.cn/show-159-3867-1-12.html",
        "县卫生健康局 廉政风险防控一览表 in TWO SHEETS, after the source's 县卫健局 党风廉政建设工作会议 (纠治医疗卫生领域"
        "腐败和作风问题, 督查任务清单, 计生协会, 行风建设): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet "
        "股室 with 股室 merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 高/中/低, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def zhuoni_tibetan_hospital_posts() -> dict:
    unit = f"{PLACE}藏医院"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("院领导", "院长", "leader", "药事管理", "药事管理委员会形同虚设，药品遴选个人说了算", "制度机制风险", "Ⅰ级",
         "药品遴选经药事管理委员会集体表决，记录存档。"),
        ("药剂科", "主任", "middle", "藏药材采购", "藏药材采购不比价，收受供货商回扣", "外部环境风险", "Ⅰ级",
         "藏药材采购三家以上比价，验收双人签字。"),
        ("药剂科", "主任", "middle", "藏药制剂配制", "院内制剂配制数量与出库记录不符", "业务流程风险", "Ⅱ级",
         "制剂配制、出库台账每月核对。"),
        ("财务科", "科长", "middle", "资金支付", "大额资金支付不经审批，挪用公款", "岗位职责风险", "Ⅰ级",
         "大额支付经院长办公会研究，银行对账单专人核对。"),
        ("财务科", "收费员", "general", "门诊收费", "收费不开票据，截留现金", "思想道德风险", "Ⅱ级",
         "收费日结日清，票据与系统数据核对。"),
        ("藏医外治科", "医师", "general", "外治项目收费", "藏医外治项目分解收费、虚记次数", "业务流程风险", "Ⅲ级",
         "外治项目执行单患者签字，医保办抽查。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "zhuoni_tibetan_hospital_posts", "http://www.handmsg.com/page/2021/1022/10994160.shtml",
        "县藏医院 岗位廉政风险点排查表 对岗不对人, after the source's feature on 医疗腐败 (药事管理委员会 形同虚设, 开单提成, "
        "耗材采购, 财务科长 挪用公款): a title, 序号/科室 merged/岗位 merged per post/a short 风险点/a long 风险表现/"
        "风险类型 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def zhuoni_maternal_child_centre_selfchecks() -> dict:
    unit = f"{PLACE}妇幼保健计划生育服务中心"
    t = _Truth(unit)
    people = [
        ("亢瀞珂", "中心领导", "主任", "leader", [
            ("妇女儿童健康项目资金挪作他用", "高风险", "项目资金专账核算，按项目列支。", "已落实"),
            ("保健手册、宣传资料印刷定点不比价", "中风险", "印刷服务三家比价，结果公示。", "未发现问题"),
        ]),
        ("况岑霂", "妇女保健部", "部长", "middle", [
            ("孕产妇免费筛查数量虚报", "高风险", "筛查名单与检验记录逐月核对。", "已落实"),
            ("宫颈癌、乳腺癌检查补助发放不实", "中风险", "补助名单村（社区）公示后发放。", "已落实"),
        ]),
        ("亢玥淙", "财务室", "会计", "general", [
            ("叶酸、营养包出入库账实不符", "中风险", "出入库登记，每季度盘点。", "未发现问题"),
            ("筛查劳务费发放不按标准", "低风险", "劳务费按标准造册，负责人审核签字。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在部门", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], HIGHS[lv])
        sh.add()
        sh.add("本人签名：", None, "主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "zhuoni_maternal_child_centre_selfchecks", "http://ask.fsou.com/html/text/lar/171277/17127791.html",
        "县妇幼保健计划生育服务中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's "
        "妇女儿童健康行动计划 项目资金管理办法 (筛查经费, 叶酸, 保健手册印刷, 劳务费): a title, a label row ``姓　名 | "
        "所在部门 | 岗　位 | 填表时间`` over a row of values, then 序号/风险点/风险等级 ``高风险/中风险/低风险``/"
        "防控措施/``自查情况``; no type column; ``本人签名： | 主任意见：``",
        sheets, t,
    )  # fmt: skip


def zhuoni_cdc_list() -> dict:
    unit = f"{PLACE}疾病预防控制中心"
    sh = _Sheet("一览表", [6, 14, 10, 10, 40, 13, 11, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "科室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "况璘翾", "leader", "应急物资采购不按程序，化整为零", "制度机制", "一级风险",
         "应急物资按目录采购，采购结果中心班子会通报。"),
        ("中心领导", "主任", "况璘翾", "leader", "公共卫生专项资金分配不按任务量", "岗位职责", "二级风险",
         "资金分配方案集体研究并公示。"),
        ("免疫规划科", "科长", "亢湜芃", "middle", "第二类疫苗配送企业选择暗箱操作", "外部环境", "一级风险",
         "疫苗经省级平台采购，配送企业公开比选。"),
        ("免疫规划科", "科长", "亢湜芃", "middle", "疫苗出入库记录不全，账实不符", "业务流程", "二级风险",
         "疫苗出入库扫码追溯，每月盘点。"),
        ("检验科", "检验员", "况霁沨", "general", "职业健康检查报告出具把关不严", "思想道德", "三级风险",
         "检验报告双人复核签发。"),
        ("办公室", "会计", "亢珂澐", "general", "差旅费、下乡补助报销审核不严", "业务流程", "三级风险",
         "报销凭行程记录，经办、审核、审批三签。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), RISKS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "zhuoni_cdc_list", "http://www.tsqs.gov.cn/info/5543/929230.htm",
        "县疾病预防控制中心 岗位廉政风险防控一览表, after the source's 县卫健局 作风建设年 (公共卫生, 纠治作风顽疾, 卫健行业"
        "重点领域和关键环节): ``附件1``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/科室/岗位/责任人 written "
        "on EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``一级风险/二级风险/三级风险``/防控措施; a 填表人/审核人/"
        "主任（签字） line",
        [sh], t,
    )  # fmt: skip


def zhuoni_taoyan_clinic_cards() -> dict:
    unit = f"{PLACE}洮砚镇卫生院"
    t = _Truth(unit)
    cards = [
        ("院长", "亢琬澂", "院长", "主持卫生院全面工作", "leader", [
            ("诱导群众住院，虚增住院人次", "★★★", "住院指征由医务人员集体把关，每月病历抽查。"),
            ("医疗设备采购不经集体研究", "★★★", "设备采购报县卫生健康局审批，院务会集体研究。"),
            ("接受药品、耗材供货商宴请", "★", "严守中央八项规定精神，签订廉洁承诺书。"),
        ]),
        ("副院长", "况峤沨", "副院长", "分管医疗、医保", "leader", [
            ("冒用医师签名出具检查报告", "★★", "检查报告电子签名，签名权限专人管理。"),
            ("医保结算虚记检查项目", "★★", "医保结算数据每周自查，疑点数据逐条核实。"),
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
        "zhuoni_taoyan_clinic_cards", "http://m-huangshifb.cjyun.org/p/384379.html",
        "镇卫生院 领导干部廉政风险防控卡, one sheet a leader, after the source's 国家医保局 通报 (诱导住院, 冒用医师签名, "
        "虚构诊疗服务, 虚记诊疗服务数量): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def zhuoni_shenzang_clinic_group_rows() -> dict:
    unit = f"{PLACE}申藏镇卫生院"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、院领导", "院领导", [
            ("院长", "况筠翊", "leader", [
                ("医保基金使用管理主体责任不落实", "一级", "院长每月主持医保基金使用自查。"),
                ("药品耗材采购不在平台采购", "一级", "药品耗材一律在省级平台采购。"),
            ]),
        ]),
        ("二、公共卫生科", "公共卫生科", [
            ("科长", "亢珣泠", "middle", [
                ("基本公共卫生服务档案虚建，套取补助资金", "一级", "健康档案随机电话回访核实。"),
            ]),
            ("医师", "况翎璇", "general", [
                ("家庭医生签约服务虚报签约人数", "二级", "签约名单与随访记录核对。"),
            ]),
        ]),
        ("三、药房", "药房", [
            ("药剂员", "亢湉峄", "general", [
                ("药品串换、重复收费", "二级", "药品进销存系统管理，医保编码逐项核对。"),
                ("过期药品处置不登记", "三级", "过期药品登记造册，集中销毁。"),
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
                t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "zhuoni_shenzang_clinic_group_rows", "http://www.sdszqzjx.cn/zt/cwcw/cxdx/202511/t20251120_1281595.html",
        "镇卫生院 廉政风险防控责任清单, after the source's 市医保局 典型违规案例 (重复收费, 过度检查, 虚构医药服务项目, "
        "不属于医保支付范围的费用): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级/二级/三级``/防控措施 under GROUP "
        "ROWS ``一、院领导``, ``二、公共卫生科``, ``三、药房`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def zhuoni_azitan_clinic_register() -> dict:
    unit = f"{PLACE}阿子滩镇卫生院"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("院领导", "院长", "况霁瑗", "leader", [
            ("职工绩效考核分配不公", "制度机制", "高", "绩效方案经职工大会通过，结果公示。"),
            ("卫生院维修项目拆分发包", "思想道德", "中", "维修项目按限额报批，验收邀请职工代表参加。"),
        ]),
        ("医务科", "科长", "亢昉澐", "middle", [
            ("病历书写不规范，伪造医学文书", "岗位职责", "高", "病历每月质控，问题病历通报。"),
        ]),
        ("临床科", "医师", "况澂岫", "general", [
            ("虚构医疗服务，挂床住院", "业务流程", "高", "住院患者每日查房，医保办不定期抽查。"),
            ("开具大处方", "思想道德", "低", "处方点评，超常处方约谈。"),
        ]),
        ("收费室", "收费员", "亢淏珣", "general", [
            ("医保卡代刷、冒名结算", "外部环境", "中", "结算时核验身份，刷卡记录留存。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为高、中、低三级。", 8)
    sh.add("编制人：", None, "审核人：", None, "2025年4月", None, None, None)
    return _layout(
        "zhuoni_azitan_clinic_register", "https://m.q3m.com.cn/aicaozhifu/8305.html",
        "镇卫生院 廉政风险点排查登记表, after the source's 国家医保局 曝光 典型案例 (虚构医疗服务, 伪造医学文书, 解除医保服务"
        "协议): a title, 序号/科室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 高/中/低/"
        "防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    zhuoni_peoples_hospital_common_points(),
    zhuoni_health_bureau_two_sheets(),
    zhuoni_tibetan_hospital_posts(),
    zhuoni_maternal_child_centre_selfchecks(),
    zhuoni_cdc_list(),
    zhuoni_taoyan_clinic_cards(),
    zhuoni_shenzang_clinic_group_rows(),
    zhuoni_azitan_clinic_register(),
]

# one place a layout, in its unit and in no earlier unit (batch466 already has units of 卓尼县)
PLACES = [
    "卓尼县人民医院",
    "卓尼县卫生健康局",
    "卓尼县藏医院",
    "卓尼县妇幼保健计划生育服务中心",
    "卓尼县疾病预防控制中心",
    "洮砚镇",
    "申藏镇",
    "阿子滩镇",
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch585-inbox"))

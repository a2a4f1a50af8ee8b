"""The four-hundred-and-eighty-ninth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 卫生健康
bodies, 镇原县 — its 卫生健康局, 中医医院, 妇幼保健院, the 卫生院 of four of its towns (屯字镇, 孟坝镇,
三岔镇, 平泉镇) and, in the harder file, its 人民医院 — each handing back the 一览表, 排查表, 防控卡,
自查表 or 清单 its staff typed:

- the 卫生健康局's 一览表: ``股室`` merged, ``岗位`` and ``责任人`` merged per person, the risk, short
  types, 高/中/低, the measures, an 编制人/审核人/date line;
- the 中医医院's file in two sheets ``院领导`` (``姓名 | 职务 | 分管工作`` merged per person) and
  ``科室`` (``科室 | 岗位 | 姓名``), ``一级/二级/三级``, no type column;
- the 屯字镇中心卫生院's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a
  long ``风险表现``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 妇幼保健院's 防控卡, one sheet a holder: ``姓　名 | … | 职　务 | …`` above
  ``序号 | 廉政风险点 | 风险等级 | 防控措施``, ``★★★/★★/★`` read by a ``注：`` line, no type column;
- the 孟坝镇卫生院's 自查表, one sheet a person (tab = the person): a label row
  ``姓　名 | 岗　位 | 填表时间`` over a row of values, ``高风险/中风险/低风险``, ``自查情况``;
- the 三岔镇卫生院's 责任清单 under GROUP ROWS ``一、院领导`` / ``二、工作人员`` merged across:
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 平泉镇卫生院's 一览表: ``岗位 | 责任人`` written on every row, short types, 高/中/低.

One is harder:

- ``zhenyuan_hospital_point_merged_across``: the 人民医院's 一览表, ``序号 | 科室 | 岗位 | 责任人 |
  风险点 | 风险表现 | 风险等级 | 防控措施`` (科室 merged, 岗位 and 责任人 merged per person), where the
  point is written in TWO WAYS ROW BY ROW: on three rows a short ``风险点`` (``大型医疗设备采购``)
  beside its ``风险表现`` sentence, on the other three rows ONE CELL MERGED ACROSS the ``风险点`` and
  ``风险表现`` columns holding a single sentence (``收受医药代表宴请、礼品或回扣，开大处方``) — the
  typist had no short name apart from how it shows and joined the two cells. The README's
  读得懂的表 knows a short name and a description in two columns (the short one is the point), the two
  joined in ONE cell by a colon, a dash, typed spaces, a bracket or an arrow, and a point HEADING
  merged over a short name and a sentence; it does not describe DATA cells of one row merged across
  the point and description columns, so that on those rows the 风险点 column's own cell holds the
  whole sentence and the 风险表现 cell is a merged blank. ``grep`` over the earlier batches finds
  merges across both only for a leader's 股室 and 岗位 (batch172) and headings (batch19, batch257).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 通报 of county hospitals'
欺诈骗保 — 伪造CT、超声报告, 挂床住院, 过度诊疗, 冒用医师签名; a 医院院长 jailed for 空挂床 and 虚增费用
under the 医保基金监管; a 中药饮片质量检查标准; a list of 医院各职位 KPI; a 市妇幼保健院 handing out the
《母子健康手册》; the 医疗废物管理条例's chapter on 医疗卫生机构 and the 农村 clinics that dispose of
their own waste; a 医院感染三级考核制度; a 科室医疗废物分类处置管理制度) and the layout follows their
words for the unit, its parts, its posts and its risks. The rows are worded by us, the names
invented (rare Han surnames with rare given names); every unit is a body of 镇原县
(``unit_words=("镇原县",)``: no earlier unit holds it).

Run ``python tests/published/score.py --set batch489`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a cell merged across ``风险点 | 风险表现`` is ONE point of its row's holder, its
  whole text the point (the table's one risk text on that row, as a sole risk column is read);
  on the other rows the point is the short ``风险点`` and the ``风险表现`` sentence is its
  description, no point; the file has no type column;
- ``局领导``, ``院领导`` (a 股室/科室 cell or the leaders' sheet) are the 科室 of those leaders; a 局's
  股, a 医院's 科 (医务科, 住院部, 药剂科, 针灸推拿科) and a 卫生院's 科/室 are 科室; a 镇卫生院's group rows
  ``一、院领导``, ``二、工作人员`` give no 科室 (they repeat the post's kind);
- every body is a unit of its own: 局长, a 医院's 院长 and 副院长, a 卫生院's 院长 are leaders; 股长,
  科长, 科主任 and ``儿童保健科科长`` middle; the rest (科员, 医师, 会计, 药房药剂员, 院感管理员, 检验员)
  general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作`` and ``自查情况`` are no points and
  name no holder; the 屯字镇中心卫生院's list names no person: its forms are posts (对岗不对人);
- ``高/中/低``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``一级/二级/三级``, ``★★★/★★/★``, ``高风险/中风险/低风险`` and
  ``一级风险/二级风险/三级风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch387.write_xlsx``: borders) and
``truth.json``; no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch60 import _line, _merge_down
from published.batch387 import write_xlsx
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b489_"
PLACE = "镇原县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int,
                last: int | None = None) -> None:  # fmt: skip
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs, last)


# --------------------------------------------------------------------------- harder layout

# (科室, 岗位, 责任人, tier, [(风险点, 风险表现 or None, 风险等级, 防控措施)]); a None 风险表现: the
# point is typed in ONE cell merged across the 风险点 and 风险表现 columns
HOSPITAL = [
    ("院领导", "院长", "隗曦浛", "leader", [
        ("大型医疗设备采购", "设备论证流于形式，指定品牌或供应商", "高",
         "设备购置经院务会集体研究，论证专家随机抽取。"),
        ("基建工程变更签证不经集体研究、随意增加工程量", None, "高",
         "变更签证分级审批，超限额报院党委会。"),
    ]),
    ("医务科", "科长", "郦沺翯", "middle", [
        ("医疗纠纷处理", "私下调解赔付，违规承诺减免费用", "中",
         "纠纷处理两人以上经办，赔付方案集体讨论。"),
        ("为关系人员违规出具诊断证明或病假条", None, "低",
         "诊断证明由科室审核、医务科盖章登记。"),
    ]),
    ("住院部", "医师", "甄渼嵚", "general", [
        ("收受医药代表宴请、礼品或回扣，开大处方", None, "高",
         "处方点评每月公示，医药代表院内接待登记。"),
        ("挂床住院", "患者不在院仍记住院费用，套取医保基金", "中",
         "护士长每日查房核对在床情况，医保办随机抽查。"),
    ]),
]  # fmt: skip
HOSPITAL_HEAD = ("序号", "科室", "岗位", "责任人", "风险点", "风险表现", "风险等级", "防控措施")


def zhenyuan_hospital_point_merged_across() -> dict:
    unit = f"{PLACE}人民医院"
    sh = _Sheet("一览表", [6, 10, 10, 10, 20, 30, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add(*HOSPITAL_HEAD)
    first = len(sh.rows)
    across = []
    n = 0
    for dept, post, who, tier, points in HOSPITAL:
        for point, shows, lv, measures in points:
            n += 1
            r = sh.add(n, dept, post, who, point, shows, lv, measures)
            if shows is None:
                across.append(r)
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _per_person(sh, first, 1, 2, 3)
    for r in across:
        sh.merge(r, 4, r, 5)
    sh.add("填表人：", None, "审核人：", None, "2025年6月", None, None, None)
    return _layout(
        "zhenyuan_hospital_point_merged_across",
        "https://yaliqi.com/new/7148f7d3b686e2bda8bde79d53b6051f",
        "(harder) 县人民医院 岗位廉政风险防控一览表, after the source's 通报 of county hospitals' 欺诈骗保 (伪造CT、超声报告, "
        "挂床住院, 过度诊疗, 串换收费, 冒用医师签名): 序号/科室 merged (院领导, 医务科, 住院部)/岗位 and 责任人 merged per "
        "person/``风险点 | 风险表现``/风险等级 高/中/低/防控措施; on HALF THE ROWS the point is ONE cell MERGED ACROSS the "
        "风险点 and 风险表现 columns (no short name apart from how it shows); no type column; 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def zhenyuan_health_bureau_list() -> dict:
    unit = f"{PLACE}卫生健康局"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "禤澂翎", "leader", [
            ("医疗机构建设项目资金分配不公开", "制度机制", "高", "资金分配方案党组会集体研究并公示。"),
            ("过问医保违规案件查处", "思想道德", "中", "领导干部插手干预登记报告。"),
        ]),
        ("医政医管股", "股长", "眭沣璟", "middle", [
            ("医疗机构执业校验把关不严", "岗位职责", "高", "校验材料两人审核，现场核查留痕。"),
        ]),
        ("规划财务股", "科员", "钮湉骞", "general", [
            ("基本公共卫生服务资金拨付不按考核结果", "业务流程", "中", "资金按绩效考核结果拨付并公示。"),
            ("接受医疗机构宴请", "外部环境", "低", "签订廉洁承诺书，拒收登记。"),
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
    sh.add("编制人：", None, "审核人：", None, "2025年5月", None, None, None)
    return _layout(
        "zhenyuan_health_bureau_list",
        "http://www.digipub.cc/dy/article/KEAF6TCO0556CD29.html?spss=dy_author",
        "县卫生健康局 岗位廉政风险防控一览表, after the source's account of a 医院院长 jailed for 骗取医保基金 (空挂床, 虚增费用, "
        "医保基金监管 高压态势): a title, 序号/股室 merged (局领导, 医政医管股, 规划财务股)/岗位 and 责任人 merged per person/"
        "廉政风险点/风险类型 (short)/高/中/低/防控措施; an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def zhenyuan_tcm_hospital_two_sheets() -> dict:
    unit = f"{PLACE}中医医院"
    t = _Truth(unit)
    lead = _Sheet("院领导", [6, 10, 8, 18, 34, 8, 32])
    _line(lead, f"{unit}领导班子廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("璩湜翃", "院长", "主持全面工作", [
            ("中药饮片供应商遴选暗箱操作", "一级", "供应商遴选公开比选，院务会研究。"),
            ("职称推荐名额分配不公", "二级", "推荐结果全院公示。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "院领导", post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("科室", [6, 12, 10, 10, 34, 8, 32])
    _line(dept, f"{unit}科室岗位廉政风险防控表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("药剂科", "科主任", "亓瀓芃", "middle", "中药饮片验收以次充好", "一级", "饮片验收双人核对，留样备查。"),
        ("针灸推拿科", "医师", "阙霈洺", "general", "推拿理疗项目分解收费", "二级", "收费项目电脑计价，每月抽查。"),
        ("针灸推拿科", "医师", "阙霈洺", "general", "私自带患者到院外诊所治疗", "三级", "签订承诺书，患者回访。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    return _layout(
        "zhenyuan_tcm_hospital_two_sheets",
        "https://abg.baidu.com/tags/23infkos7pdkzvwkyg73z3fs5gy6vv54ea16",
        "县中医医院's file in two sheets, after the source's 中药饮片质量检查标准 (性状, 杂质, 水分, 验收): ``院领导`` with "
        "姓名/职务/分管工作 merged per person; ``科室`` with 科室/岗位/姓名 merged; levels ``一级/二级/三级``; no type column",
        [lead, dept], t,
    )  # fmt: skip


def zhenyuan_tunzi_clinic_posts() -> dict:
    unit = f"{PLACE}屯字镇中心卫生院"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    pub, fin = "公共卫生科", "财务室"
    rows = [
        (pub, "科长", "middle", "公共卫生服务数据", "虚报健康档案和随访人数套取补助资金", "岗位职责风险", "Ⅰ级",
         "档案随机电话回访，数据每季度核查。"),
        (pub, "科长", "middle", "家庭医生签约", "签约服务只签不约，虚填服务记录", "业务流程风险", "Ⅱ级",
         "签约居民满意度抽查。"),
        (fin, "会计", "general", "医疗收费", "收费不开票据，截留挪用收入", "制度机制风险", "Ⅰ级",
         "收费日清日结，院长每月审核。"),
        (fin, "会计", "general", "物资采购报销", "虚开发票报销", "思想道德风险", "Ⅲ级",
         "报销凭证经手人、验收人、审批人三签。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：院办公室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "zhenyuan_tunzi_clinic_posts",
        "https://abg.baidu.com/tags/2k65jovy67llbtv3xsunbj57xs5mws2qjg73zowl224ld2q11",
        "镇中心卫生院 廉政风险点排查表 对岗不对人, after the source's 医院各职位绩效考核KPI指标 (科室, 岗位, 收费, 考核): a title, "
        "序号/科室 merged (公共卫生科, 财务室)/岗位 merged per post/a short 风险点/a long 风险表现/风险类型 ``…风险``/"
        "风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; an ``编制：院办公室 | 审核： | 2025年3月`` line",
        [sh], t,
    )  # fmt: skip


def zhenyuan_mch_cards() -> dict:
    unit = f"{PLACE}妇幼保健院"
    t = _Truth(unit)
    cards = [
        ("副院长", "蒯漪翀", "leader", [
            ("出生医学证明签发把关不严", "★★★", "签发实行两人审核，空白证件专人保管。"),
            ("孕产妇免费筛查项目资金挪用", "★★", "项目资金专账核算，按季公示。"),
        ]),
        ("儿童保健科科长", "麴滢昉", "middle", [
            ("向家长推销营养品收取提成", "★★", "院内禁止推销，设投诉电话。"),
            ("体检报告随意出具", "★", "体检报告医师签字、科长复核。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, tier, points in cards:
        sh = _Sheet(post, [6, 36, 10, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施")
        for i, (point, lv, measures) in enumerate(points, 1):
            sh.add(i, point, lv, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[lv])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "院纪检员（签字）：", None)
        sheets.append(sh)
    return _layout(
        "zhenyuan_mch_cards",
        "http://hbxmad.com/newdetail-194491.html",
        "县妇幼保健院 岗位廉政风险防控卡, one sheet a holder (tabs 副院长, 儿童保健科科长), after the source's report of a 市妇幼保健院 "
        "handing out the 《母子健康手册》 (孕产期保健, 儿童保健, 预防接种, 四证合一): a title, ``姓　名 | … | 职　务 | …``, "
        "then 序号/廉政风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line; ``持卡人（签字）： | 院纪检员（签字）：``",
        sheets, t,
    )  # fmt: skip


def zhenyuan_mengba_clinic_selfchecks() -> dict:
    unit = f"{PLACE}孟坝镇卫生院"
    t = _Truth(unit)
    people = [
        ("鄞昀珝", "院长", "leader", [
            ("医疗废物处置费用虚报", "高风险", "处置费用按转运联单结算。", "已落实"),
            ("乡村医生补助发放不实", "中风险", "补助名册村级公示。", "未发现问题"),
        ]),
        ("蔺滟翾", "药房药剂员", "general", [
            ("药品出入库账实不符", "中风险", "每月盘点，院长抽查。", "已落实"),
            ("过期药品私自处理", "低风险", "过期药品登记、集中销毁。", "已整改"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "岗　位", "填表时间", None, None)
        sh.add(who, post, "2025年5月", None, None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, "", post, who, tier, point, [], WORDS[lv])
        sh.add()
        sh.add("本人签名：", None, "院长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "zhenyuan_mengba_clinic_selfchecks",
        "http://m.jianbiaoku.com/webarbs/book/164423/4713861.shtml",
        "镇卫生院 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 医疗废物管理条例 chapter on "
        "医疗卫生机构 (暂时贮存不得超过2天, 专用运送工具, 集中处置单位, 农村 自行就地处置): a title, a label row "
        "``姓　名 | 岗　位 | 填表时间`` over a row of values, then 序号/风险点/风险等级 ``高风险/中风险/低风险``/防控措施/"
        "``自查情况``; no type column; ``本人签名： | 院长意见：``",
        sheets, t,
    )  # fmt: skip


def zhenyuan_sancha_clinic_group_rows() -> dict:
    unit = f"{PLACE}三岔镇卫生院"
    sh = _Sheet("责任清单", [6, 10, 10, 38, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、院领导", [
            ("院长", "郗澔翥", "leader", [
                ("院内小型维修工程直接指定施工方", "一级风险", "维修工程比选，结果公示。"),
                ("公车私用", "三级风险", "车辆使用登记。"),
            ]),
        ]),
        ("二、工作人员", [
            ("院感管理员", "綦漪珺", "general", [
                ("消毒供应物资验收不实", "一级风险", "物资验收双人签字。"),
                ("院感考核打分照顾关系", "二级风险", "考核结果院周会通报。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, people in groups:
        _line(sh, shown, 6)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for point, lv, measures in points:
                n += 1
                sh.add(n, post, who, point, lv, measures)
                t.point(sh.name, "", post, who, tier, point, [], RISKS[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年6月", None)
    return _layout(
        "zhenyuan_sancha_clinic_group_rows",
        "https://abg.baidu.com/tags/2k65jovy2del5sh5xs3l7pf2zplmnnwi",
        "镇卫生院 廉政风险防控责任清单, after the source's 医院感染三级考核制度 (院、科、个人三级, 考核打分, 院感管理): a title, "
        "序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS ``一、院领导``, "
        "``二、工作人员`` merged across; 岗位 and 姓名 merged per person; no type column; 制表/审核/date",
        [sh], t,
    )  # fmt: skip


def zhenyuan_pingquan_clinic_list() -> dict:
    unit = f"{PLACE}平泉镇卫生院"
    sh = _Sheet("一览表", [6, 10, 10, 40, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控一览表", 7)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：2025年6月", 7)
    sh.add("序号", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("院长", "蹇翙沄", "leader", "医疗设备维修费用虚高", "制度机制", "高", "维修询价三家，验收签字。"),
        ("院长", "蹇翙沄", "leader", "接受医药企业赞助", "思想道德", "中", "赞助一律拒收，登记上报。"),
        ("检验员", "甪濛翚", "general", "检验试剂领用不登记", "业务流程", "中", "试剂领用登记，每月核对。"),
        ("检验员", "甪濛翚", "general", "医疗废物交非处置单位回收", "岗位职责", "低", "医疗废物交接联单管理。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
    sh.add("填表人：", None, "审核人：", None, "院长（签字）：", None, None)
    return _layout(
        "zhenyuan_pingquan_clinic_list",
        "https://wenku.docs.qq.com/detail?docId=uHMiYhgs7s",
        "镇卫生院 廉政风险防控一览表, after the source's 科室医疗废物分类处置管理制度 (感染性、病理性、损伤性废物 分类收集, "
        "专用包装, 标签): a title, a merged ``填报单位：…　填报时间：2025年6月`` line, 序号/岗位/责任人 written on EVERY row/"
        "廉政风险点/风险类型 (short)/高/中/低/防控措施; a 填表人/审核人/院长（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    zhenyuan_hospital_point_merged_across(),
    zhenyuan_health_bureau_list(),
    zhenyuan_tcm_hospital_two_sheets(),
    zhenyuan_tunzi_clinic_posts(),
    zhenyuan_mch_cards(),
    zhenyuan_mengba_clinic_selfchecks(),
    zhenyuan_sancha_clinic_group_rows(),
    zhenyuan_pingquan_clinic_list(),
]
RESAVED: tuple[str, ...] = ()


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch387.write_xlsx`` (borders)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch489-inbox"))

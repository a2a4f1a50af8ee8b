"""The three-hundred-and-forty-sixth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one district's 文化 and
住建 bodies, 青羊区 (a district of 成都, its staff Han) — its 文化体育和旅游局 (文体旅局) and the
文化馆, 图书馆 and 文物保护管理所 under it, its 住房建设和交通运输局 (住建交通局) and the 房屋征收与补偿服务中心
and 建设工程质量安全监督站 under it, and its 少城街道办事处 — each handing back the 一览表, 防控卡, 排查表,
责任清单 or 自查表 its staff typed in WPS or Excel:

- the 文体旅局's 一览表 under ``附件1``: ``科室`` merged (局领导, 市场管理科, 体育科, 办公室), ``岗位`` and
  ``姓名`` merged per person, the 风险点, ``…风险`` types, 高/中/低, the measures and a
  填表人/审核人/date line;
- the 住建交通局's file in two sheets: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``科室`` (``科室`` merged, ``岗位`` and ``姓名`` merged per person), ``一级/二级/三级``, no type column,
  a 填表人/审核人 line under each;
- the 少城街道办事处's 责任清单 under ``附件2`` and a ``填报单位（盖章）：…　填报时间：…`` line: ``科室``
  merged, ``岗位`` and ``责任人`` merged per person, ``职责事项`` before the ``廉政风险点``,
  ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column, a 填表人/审核人/党工委书记（签字） line;
- the 房屋征收与补偿服务中心's 防控卡, one sheet a holder (tabs 主任, 征收一科科长, 入户调查员):
  ``持卡人 | … | 职　务 | …`` and ``所在科室 | … | 岗位职责 | …`` above ``序号 | 风险点 | 风险类别 |
  风险等级 | 防控措施``, ``…风险`` types, ``★★★/★★/★`` read by a ``注：`` line, ``持卡人签字： | … |
  监督电话：…``;
- the 文化馆's 自查表, one sheet a person (tabs named by the person): a LABEL ROW ``姓　名 | 部　室 |
  岗　位 | 填表时间`` over a row of values, then ``序号 | 风险点 | 风险等级 | 防控措施 | 自查情况``, bare
  ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line, no type column, ``本人签名： | … | 馆长意见：``;
- the 建设工程质量安全监督站's 排查表 对岗不对人: ``股室`` merged, ``岗位`` merged per post, a short
  ``风险点`` beside a long ``风险表现``, ``…风险`` types, ``高风险/中风险/低风险``; no names; an
  编制/审核/date line;
- the 文物保护管理所's 一览表 under GROUP ROWS ``一、所领导``, ``二、文物保护股``, ``三、办公室`` merged
  across (no 股室 column): ``岗位 | 姓名`` merged per person, short types, ``一级风险/二级风险/三级风险``,
  a ``注：`` line and a 制表/审核/date line.

One is harder:

- ``qingyang_library_post_codes``: the 图书馆's 廉政风险防控一览表 laid out along its WORK, not its
  posts — ``序号 | 业务环节 | 廉政风险点 | 风险等级 | 防控措施 | 责任岗位``, ``业务环节`` merged down (图书采购,
  数字资源, 借阅服务, 财务管理, 阅读推广), 高/中/低 — whose ``责任岗位`` column holds only a LETTER CODE
  (``A`` … ``E``; one row ``B、D``), the codes of one post scattered over the table, not in a run;
  what each code means is said ONLY by a merged LEGEND NOTE under the table, ``注：1.“责任岗位”一栏
  填写岗位代码：A—馆长　籍湉岚；B—副馆长　宓珺澹；C—采编部主任　荆瑷茳；D—流通部主任　嵇昙翎；E—办公室会计
  汲蓁琬。2.风险等级分高、中、低三档。``, which gives each code's post (and 科室) and its holder in
  one running line. No column of the table names a post, a 科室 or a person. The README's
  读得懂的表 knows codes WRITTEN IN EACH ROW looked up in ANOTHER TABLE (``职权编码`` in a ``职权目录``
  sheet, ``岗位编号`` in a 岗位表 ``岗位编号 | 科室 | 岗位 | 姓名`` above the list, ``风险编号`` in a
  ``岗位与风险编号对照表``, ``工号`` in a ``工号对照表``), a note under the table decoding 科室 codes
  inside the ``序号`` (``DZB-01``, ``DZB—党政综合办公室``: a 科室 only, no post and no person), type codes
  and level codes decoded by a note, a note giving posts BY ROW NUMBER (``责任分工：第1—3项　村党支部书记
  汝峪樵；…``), and ``责任岗位`` split into post columns ticked with ``√``; it does not describe a
  ``责任岗位`` column of letter codes whose posts AND holders stand only in a legend note, so that
  a row's post, 科室 and holder are found by reading the code against the note (a row with two
  codes belonging to both posts).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 省文化和旅游厅's 督导 of a 区's
旅游市场专项整治 and 文化市场综合行政执法 — A级景区, 星级饭店, 旅行社, 演出活动; a 区's 城镇老旧小区改造三年行动
方案 — 改造计划, 居民意见, 设计, 施工, 竣工验收; a 区发改局 and 住建局 on 中央预算内资金 for 老旧小区 in
four 街道; a 拆迁入户工作方案 — 入户调查, 评估, 补偿, 搬迁奖励, 安置; a paper on how a 文化馆 runs 群众文化
艺术活动 — 公益演出, 文艺团队, 培训, 免费开放; a piece on how 工程质量监督 bodies do their work — 施工许可前
审查, 过程质量巡查, 竣工验收监督, 质量问题处理; a 文物安全管理检查工作报告 — 文物保管, 防火防盗, 文物修复;
a 城市街区自助图书馆 — 办证, 借书, 还书, 续借, 缴纳欠款, 预付款充值) and the layout follows their words
for the unit, its parts, its posts and its risks. The rows are worded by us, the names invented
(rare Han surnames with rare given names, three characters each); every unit is a body of 青羊区,
named with the district's name.

Run ``python tests/published/score.py --set batch346`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a row's ``责任岗位`` code is its post: the form is the post the legend note gives
  for the code, with the holder the note names after it; ``采编部主任``, ``流通部主任`` and ``办公室会计``
  are split into 科室 and post (采编部 | 主任, 流通部 | 主任, 办公室 | 会计), as the README splits
  ``秘书科机要员``; 馆长 and 副馆长 have no 科室 (""); a row coded ``B、D`` is a point of both posts
  (as ``科主任、护士长`` is); ``业务环节`` is no point and names no post; the note is no point;
- ``局领导`` (a 科室 cell, the 住建交通局's sheet whose title names it), ``街道领导``, ``中心领导``, ``馆领导``
  and the group row ``一、所领导`` are the 科室 of those leaders; a 局's and a 街道's 科 and 办公室, a
  中心's 科, a 馆's 部 and 办公室, a 站's and a 所's 股 and 办公室 are 科室; a group row ``二、文物保护股``
  gives the 科室 ``文物保护股`` (its number left off);
- 局长, 副局长, the 街道办事处's 主任, the 中心's 主任, 馆长, 副馆长, 站长 and 所长 are leaders; 科长, 股长, a
  部's 主任 and the 党政办公室 主任 middle; the rest (科员, 会计, 出纳, 入户调查员, 监督员, 文保员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``职责事项``, ``分管工作``, ``岗位职责``, ``业务环节``
  and ``自查情况`` are no points and name no holder; the 质量安全监督站's list names no person: its
  forms are posts (对岗不对人);
- ``高/中/低``, ``一级/二级/三级``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``高风险/中风险/低风险``, ``一级风险/二级风险/三级风险``,
  ``★★★/★★/★`` (read by the card's note) and bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the 文化馆's note) are 1/2/3.

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

PREFIX = "b346_"
PLACE = "青羊区"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"


# --------------------------------------------------------------------------- harder layout

CODE_HEAD = ("序号", "业务环节", "廉政风险点", "风险等级", "防控措施", "责任岗位")
# code -> (科室, 岗位, 姓名, tier, as the legend writes the post)
CODES = {
    "A": ("", "馆长", "籍湉岚", "leader", "馆长"),
    "B": ("", "副馆长", "宓珺澹", "leader", "副馆长"),
    "C": ("采编部", "主任", "荆瑷茳", "middle", "采编部主任"),
    "D": ("流通部", "主任", "嵇昙翎", "middle", "流通部主任"),
    "E": ("办公室", "会计", "汲蓁琬", "general", "办公室会计"),
}
LEGEND = (
    "注：1.“责任岗位”一栏填写岗位代码："
    + "；".join(f"{code}—{shown}{GAP}{who}" for code, (_d, _p, who, _t, shown) in CODES.items())
    + "。2.风险等级分高、中、低三档。"
)
# (业务环节, 廉政风险点, 风险等级, 防控措施, 责任岗位)
LIBRARY = [
    ("图书采购", "年度文献采购项目不经馆务会研究，供应商确定随意", "高",
     "采购项目馆务会集体研究，按规定进行政府采购。", "A"),
    ("图书采购", "采购需求设置倾向性条件，指定书商", "高", "采购需求由采编部、流通部会商，报馆务会审定。", "C"),
    ("图书采购", "到馆图书验收数量、品种与清单不符仍签收", "中", "到馆图书双人验收，验收单存档备查。", "C"),
    ("数字资源", "数字资源续订价格谈判中收受供应商好处", "高", "续订价格集体谈判，谈判记录存档。", "B"),
    ("借阅服务", "读者证押金、逾期欠款收取后不入账", "中", "押金、欠款一律线上缴纳，按月对账。", "D"),
    ("借阅服务", "自助借还设备维护合同验收走过场", "中", "维护情况按季考核，考核结果与付款挂钩。", "B、D"),
    ("借阅服务", "剔旧图书处置不登记，私自变卖", "低", "剔旧图书造册登记，处置报馆务会审批。", "D"),
    ("财务管理", "免费开放补助资金报销审核不严", "中", "报销实行经办、审核、审批三签。", "E"),
    ("财务管理", "大额资金支付不经馆务会研究", "高", "大额资金支付集体研究，会议纪要存档。", "A"),
    ("财务管理", "现金、票据保管不规范，账实不符", "低", "现金日清月结，票据专柜保管。", "E"),
    ("阅读推广", "阅读推广活动经费虚列、套取", "中", "活动经费事前预算、事后结报，资料留存。", "B"),
]  # fmt: skip


def qingyang_library_post_codes() -> dict:
    unit = f"{PLACE}图书馆"
    t = _Truth(unit)
    sh = _Sheet("一览表", [6, 12, 38, 9, 34, 10])
    _line(sh, f"{unit}廉政风险防控一览表", len(CODE_HEAD))
    sh.add(*CODE_HEAD)
    first = len(sh.rows)
    for i, (step, point, lv, measures, codes) in enumerate(LIBRARY, 1):
        sh.add(i, step, point, lv, measures, codes)
        for code in codes.split("、"):
            dept, post, who, tier, _shown = CODES[code]
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    _line(sh, LEGEND, len(CODE_HEAD))
    sh.add("制表：", None, "审核：", None, "2025年9月", None)
    return _layout(
        "qingyang_library_post_codes", "https://lemofix.com/dspd/2011-04/22/content_303149.htm",
        "(harder) 区图书馆 廉政风险防控一览表 whose posts stand ONLY AS LETTER CODES decoded by a LEGEND NOTE, after the "
        "source's 城市街区自助图书馆 (办证, 借书, 还书, 续借, 缴纳欠款, 预付款充值): a title, 序号/业务环节 merged down (图书采购, "
        "数字资源, 借阅服务, 财务管理, 阅读推广)/廉政风险点/风险等级 高/中/低/防控措施/``责任岗位`` holding ``A`` … ``E`` (one row "
        "``B、D``), one post's codes scattered over the table; a merged ``注：1.“责任岗位”一栏填写岗位代码：A—馆长　…；B—副馆长　…；"
        "C—采编部主任　…；D—流通部主任　…；E—办公室会计　…。2.风险等级分高、中、低三档。`` line and a 制表/审核/date line; no "
        "type column",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def qingyang_culture_sports_tourism_list() -> dict:
    unit = f"{PLACE}文化体育和旅游局"
    sh = _Sheet("一览表", [6, 12, 9, 9, 36, 13, 8, 32])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "笪翯岚", "leader", [
            ("A级旅游景区评定推荐中打招呼、降低标准", "外部环境风险", "高", "评定推荐集体研究，推荐结果公示。"),
            ("文旅发展专项资金分配不经局党组集体研究", "制度机制风险", "高", "资金分配方案党组会研究，分配结果公开。"),
        ]),
        ("局领导", "副局长", "仉暻湄", "leader", [
            ("营业性演出活动审批把关不严，为关系人开绿灯", "岗位职责风险", "中", "审批条件公开，审批结果网上可查。"),
        ]),
        ("市场管理科", "科长", "逯沨琰", "middle", [
            ("旅游市场专项整治检查前泄露检查安排", "岗位职责风险", "高", "检查对象随机抽取，检查安排保密。"),
            ("对旅行社违规经营行为降格处理", "外部环境风险", "中", "处理意见集体审定，处理结果公示。"),
        ]),
        ("市场管理科", "科员", "郏霂筠", "general", [
            ("星级饭店、旅行社日常检查走过场", "思想道德风险", "低", "检查两人以上，检查记录拍照存档。"),
        ]),
        ("体育科", "科长", "乜璈澄", "middle", [
            ("全民健身器材采购指定品牌", "业务流程风险", "中", "采购参数会审，按规定政府采购。"),
        ]),
        ("办公室", "会计", "厍沄岫", "general", [
            ("公务接待费用报销审核不严", "业务流程风险", "低", "接待清单与票据逐项核对，按月公示。"),
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
    sh.add("填表人：", None, None, "审核人：", None, "2025年9月", None, None)
    return _layout(
        "qingyang_culture_sports_tourism_list", "http://m.finance.itbear.com.cn/html/2024-08/26517.html",
        "区文体旅局 岗位廉政风险防控一览表, after the source's 省文化和旅游厅 督导 of 旅游市场专项整治 and 文化市场综合行政执法 (A级景区, "
        "星级饭店, 旅行社, 演出活动): ``附件1``, a title, 序号/科室 merged (局领导, 市场管理科, 体育科, 办公室)/岗位 and 姓名 merged per "
        "person/风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def qingyang_housing_transport_two_sheets() -> dict:
    unit = f"{PLACE}住房建设和交通运输局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 24, 36, 9, 32])
    _line(lead, f"{unit}局领导廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("缑岍湜", "局长", "主持全面工作", [
            ("老旧小区改造年度计划确定不经集体研究", "一级", "年度计划党组会研究，计划报区政府审定。"),
            ("在改造项目施工单位选定中插手干预", "一级", "施工单位公开招标，插手干预事项登记报告。"),
        ]),
        ("隗峣沅", "副局长", "分管城市更新科、建设管理科", [
            ("改造项目设计变更审批把关不严", "二级", "设计变更会审，重大变更集体研究。"),
            ("竣工验收中对质量问题放任不管", "二级", "竣工验收邀请居民代表参加，验收资料存档。"),
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
    lead.add("填表人：", None, None, "审核人：", None, "2025年9月", None)
    dept = _Sheet("科室", [6, 12, 9, 9, 36, 9, 32])
    _line(dept, f"{unit}科室岗位廉政风险防控表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("城市更新科", "科长", "禚瀞姝", "middle", [
            ("改造资金拨付审核不严，超进度拨付", "一级", "拨付前核对进度和审计意见，分级审批。"),
            ("改造小区居民意见征询弄虚作假", "二级", "征询结果入户核实，签字资料存档。"),
        ]),
        ("建设管理科", "科长", "郦澐翀", "middle", [
            ("施工许可审查降低条件", "一级", "许可条件一次性告知，初审、复审分离。"),
        ]),
        ("交通运输科", "科员", "冼溁晞", "general", [
            ("出租汽车经营资格审核不严，收受好处", "二级", "资格审核双人经办，结果网上公示。"),
            ("交通设施维护项目验收不实", "三级", "验收现场拍照留存，科长复核。"),
        ]),
        ("财务科", "出纳", "阙昳萱", "general", [
            ("专项资金支付不按审批单办理", "三级", "网银U盾分人保管，支付凭审批单办理。"),
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
    dept.add("填表人：", None, None, "审核人：", None, "2025年9月", None)
    return _layout(
        "qingyang_housing_transport_two_sheets",
        "http://www.nbjiangbei.gov.cn/art/2020/5/8/art_113389_129219.html",
        "区住建交通局 廉政风险防控表 in two sheets, after the source's 城镇老旧小区改造三年行动方案 (改造计划, 居民意见, 设计, 施工, "
        "竣工验收): ``局领导`` (a title, 序号/姓名, 职务 and 分管工作 merged per leader/廉政风险点/风险等级 ``一级/二级/三级``/防控措施; a "
        "填表人/审核人/date line) and ``科室`` (a title, 序号/科室 merged/岗位 and 姓名 merged per person/…; the same line); no type "
        "column",
        [lead, dept], t,
    )  # fmt: skip


def qingyang_shaocheng_street_duties() -> dict:
    unit = f"{PLACE}少城街道办事处"
    sh = _Sheet("责任清单", [6, 12, 9, 9, 18, 36, 8, 32])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年9月", 8)
    sh.add("序号", "科室", "岗位", "责任人", "职责事项", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("街道领导", "主任", "帅琤瑶", "leader", [
            ("老旧小区改造项目申报", "改造项目申报审核把关不严，虚报改造内容", "Ⅰ级", "申报材料集体审核，报区住建交通局复核。"),
            ("中央预算内资金申报", "资金申报中虚报工程量", "Ⅰ级", "工程量经第三方核定，申报结果公示。"),
        ]),
        ("党政办公室", "主任", "敖璆菡", "middle", [
            ("公务接待", "超标准接待，虚列接待费用", "Ⅱ级", "先审批后接待，接待清单按月公示。"),
        ]),
        ("社区发展科", "科长", "晏珣岑", "middle", [
            ("社区保障资金管理", "社区保障资金分配优亲厚友", "Ⅱ级", "分配方案集体研究，分配结果在社区公示。"),
            ("改造方案居民议事", "改造方案征求居民意见走过场", "Ⅲ级", "议事过程记录存档，居民代表签字确认。"),
        ]),
        ("民生服务科", "科员", "巩瑢黛", "general", [
            ("低保审核", "低保对象入户调查不实", "Ⅰ级", "入户调查两人以上，调查结果社区公示。"),
            ("临时救助", "临时救助审批不按程序", "Ⅱ级", "救助审批分级办理，按月报送区民政局。"),
        ]),
        ("社区治理科", "科员", "冀璘沛", "general", [
            ("网格员补贴发放", "网格员补贴不按考核结果发放", "Ⅲ级", "补贴与考核结果挂钩，发放名单公示。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for duty, point, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, duty, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, "党工委书记（签字）：", None, None)
    return _layout(
        "qingyang_shaocheng_street_duties",
        "http://www.qzlc.gov.cn/zwgk/qzbm/fgj/gzdt/202401/t20240118_2995499.htm",
        "区少城街道办事处 廉政风险防控责任清单, after the source's 区发改局 and 住建局 on 中央预算内资金 for 老旧小区 in four 街道: "
        "``附件2``, a title, a merged ``填报单位（盖章）：…　填报时间：2025年9月`` line, then 序号/科室 merged (街道领导, 党政办公室, "
        "社区发展科, 民生服务科, 社区治理科)/岗位 and 责任人 merged per person/``职责事项``/廉政风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; "
        "no type column; a 填表人/审核人/党工委书记（签字） line",
        [sh], t,
    )  # fmt: skip


def qingyang_expropriation_center_cards() -> dict:
    unit = f"{PLACE}房屋征收与补偿服务中心"
    t = _Truth(unit)
    cards = [
        ("主任", "郄蘅泷", "主任", "中心领导", "leader", "主持中心全面工作", [
            ("房屋征收评估机构选定不公开，指定关系机构", "制度机制风险", "★★★", "评估机构由被征收人协商或摇号选定，过程公开。"),
            ("征收补偿方案调整不经集体研究", "岗位职责风险", "★★★", "方案调整中心办公会研究，报区住建交通局审定。"),
            ("安置房源分配中为关系人调换房号", "外部环境风险", "★★", "房源公开摇号，分配结果公示。"),
        ]),
        ("征收一科科长", "钮漪琛", "科长", "征收一科", "middle", "负责片区征收项目组织实施和补偿协议审核", [
            ("补偿协议审核中擅自提高补偿标准", "岗位职责风险", "★★★", "补偿协议两级审核，按户公示补偿结果。"),
            ("搬迁奖励期限执行不一，私下延期", "业务流程风险", "★★", "奖励期限统一公告，延期须集体研究。"),
        ]),
        ("入户调查员", "暴潇沺", "入户调查员", "征收一科", "general", "负责被征收房屋入户调查和面积、装修登记", [
            ("入户调查登记面积、附属物不实", "思想道德风险", "★★★", "入户调查两人以上，被征收人签字确认。"),
            ("接受被征收户宴请、礼品", "外部环境风险", "★★", "签订廉洁承诺书，设立举报电话。"),
            ("泄露被征收户调查信息", "岗位职责风险", "★", "调查资料专人保管，查阅登记。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, dept, tier, duty, points in cards:
        sh = _Sheet(tab, [6, 36, 14, 9, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 5)
        sh.add("持卡人", who, f"职{GAP}务", post, None)
        r = sh.add("所在科室", dept, "岗位职责", duty, None)
        sh.merge(r, 3, r, 4)
        sh.add("序号", "风险点", "风险类别", "风险等级", "防控措施")
        for i, (point, typ, stars, measures) in enumerate(points, 1):
            sh.add(i, point, typ, stars, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), STARS[stars])
        _line(sh, "注：风险等级★★★为高风险，★★为中风险，★为低风险。", 5)
        sh.add("持卡人签字：", None, "监督电话：028-86251234", None, None)
        sheets.append(sh)
    return _layout(
        "qingyang_expropriation_center_cards", "https://www.renrendoc.com/paper/508376315.html",
        "区房屋征收与补偿服务中心 岗位廉政风险防控卡, one sheet a holder (tabs 主任, 征收一科科长, 入户调查员), after the source's "
        "拆迁入户工作方案 (入户调查, 评估, 补偿, 搬迁奖励, 安置): a title, the pairs ``持卡人 | … | 职　务 | …`` and ``所在科室 | … | "
        "岗位职责 | …`` (the duty merged over two cells), then 序号/风险点/风险类别 ``…风险``/风险等级 ``★★★/★★/★``/防控措施; a "
        "merged ``注：`` line on the stars and ``持卡人签字： | 监督电话：…``",
        sheets, t,
    )  # fmt: skip


def qingyang_culture_center_selfchecks() -> dict:
    unit = f"{PLACE}文化馆"
    t = _Truth(unit)
    people = [
        ("鞠芃汐", "馆领导", "副馆长", "leader", [
            ("群众文化活动承办单位选定不比选", "Ⅰ", "承办单位公开比选，比选结果公示。", "已落实"),
            ("免费开放补助资金不按预算使用", "Ⅰ", "资金使用按预算执行，按季报区文体旅局。", "已落实"),
            ("文艺培训师资聘请优亲厚友", "Ⅱ", "师资聘请条件公开，馆务会研究。", "未发现问题"),
        ]),
        ("濮翾岷", "活动部", "主任", "middle", [
            ("公益演出活动经费虚列", "Ⅰ", "演出经费事前预算，演出资料存档。", "正在整改"),
            ("文艺团队扶持名单确定不公开", "Ⅱ", "扶持条件和名单公示。", "已落实"),
        ]),
        ("佘洺瑧", "办公室", "会计", "general", [
            ("活动经费报销票据审核不严", "Ⅱ", "报销票据逐张审核，馆长审签。", "已落实"),
            ("演出器材等固定资产出借不登记", "Ⅲ", "资产出借登记，按年盘点。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add(f"姓{GAP}名", f"部{GAP}室", f"岗{GAP}位", "填表时间", None)
        sh.add(who, dept, post, "2025年9月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], BARE[lv])
        _line(sh, "注：风险等级Ⅰ为高，Ⅱ为中，Ⅲ为低。", 5)
        sh.add("本人签名：", None, "馆长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "qingyang_culture_center_selfchecks", "http://www.qikan.com.cn/article/shzk20230141.html",
        "区文化馆 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's paper on how a 文化馆 runs "
        "群众文化艺术活动 (公益演出, 文艺团队, 培训, 免费开放): a title, a LABEL ROW ``姓　名 | 部　室 | 岗　位 | 填表时间`` over a row of "
        "values, then 序号/风险点/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施/``自查情况``; no type column; a merged ``注：`` line on the grades and "
        "``本人签名： | 馆长意见：``",
        sheets, t,
    )  # fmt: skip


def qingyang_quality_safety_station_posts() -> dict:
    unit = f"{PLACE}建设工程质量安全监督站"
    sh = _Sheet("排查表", [6, 12, 10, 18, 36, 13, 10, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "股室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "leader", [
            ("监督计划安排", "随意调整监督计划，为关系企业减少检查频次", "制度机制风险", "高风险",
             "监督计划站务会研究，调整须书面说明理由。"),
            ("质量问题处理决定", "对质量问题处理意见打招呼、降格处理", "外部环境风险", "中风险",
             "处理意见集体审定，处理结果公开。"),
        ]),
        ("质量监督股", "股长", "middle", [
            ("竣工验收监督", "竣工验收监督中对质量缺陷不提整改", "岗位职责风险", "高风险", "验收监督两人以上，监督意见书复核。"),
        ]),
        ("质量监督股", "监督员", "general", [
            ("过程质量巡查", "巡查走过场，不核查隐蔽工程记录", "思想道德风险", "中风险", "巡查记录拍照上传，股长抽查。"),
            ("材料进场抽查", "收受施工单位好处，放宽抽检结果", "外部环境风险", "高风险", "抽检送样封样双人签字。"),
        ]),
        ("安全监督股", "监督员", "general", [
            ("安全隐患整改复查", "复查不到现场，整改情况失实", "业务流程风险", "中风险", "复查现场留痕，整改资料存档。"),
            ("起重机械使用登记", "登记材料审核不严", "岗位职责风险", "低风险", "登记材料清单化审核，股长复核。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, tier, points in rows:
        for point, desc, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, point, desc, typ, lv, measures)
            t.point(sh.name, dept, post, "", tier, point, types_in(typ), BANDS[lv])
    _per_person(sh, first, 1, 2)
    sh.add("编制：", None, None, "审核：", None, None, "2025年9月", None)
    return _layout(
        "qingyang_quality_safety_station_posts", "https://lanyancloud.com/news/2013307646588907520",
        "区建设工程质量安全监督站 岗位廉政风险点排查表 对岗不对人, after the source's piece on how 工程质量监督 bodies work (施工许可前"
        "审查, 过程质量巡查, 竣工验收监督, 质量问题处理): a title, then 序号/股室 merged (站领导, 质量监督股, 安全监督股)/岗位 merged per "
        "post/a short 风险点/a long ``风险表现``/风险类型 ``…风险``/风险等级 ``高风险/中风险/低风险``/防控措施; no names; an "
        "``编制： | 审核： | 2025年9月`` line",
        [sh], t,
    )  # fmt: skip


def qingyang_heritage_office_groups() -> dict:
    unit = f"{PLACE}文物保护管理所"
    sh = _Sheet("一览表", [6, 10, 9, 38, 10, 12, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险类别", "风险等级", "防控措施")
    groups = [
        ("一、所领导", "所领导", [
            ("所长", "覃瑀潆", "leader", [
                ("文物修缮工程施工单位选定不经集体研究", "制度机制", "一级风险", "施工单位公开招标，所务会研究。"),
                ("文物保护单位周边建设项目出具意见时打招呼", "外部环境", "一级风险", "意见出具集体研究，意见书存档。"),
            ]),
        ]),
        ("二、文物保护股", "文物保护股", [
            ("股长", "邝珞嵋", "middle", [
                ("修缮工程验收降低标准", "业务流程", "一级风险", "验收邀请专家参加，验收资料存档。"),
                ("文物安全巡查发现问题隐瞒不报", "岗位职责", "二级风险", "巡查问题台账化管理，按月报告。"),
            ]),
            ("文保员", "谯芷滢", "general", [
                ("馆藏文物出入库登记不实", "岗位职责", "二级风险", "出入库双人登记，定期盘点。"),
                ("业余文保员补贴不按考核发放", "思想道德", "三级风险", "补贴与巡查考核挂钩，名单公示。"),
            ]),
        ]),
        ("三、办公室", "办公室", [
            ("出纳", "卞霁汶", "general", [
                ("文物保护专项资金挪作他用", "业务流程", "二级风险", "专项资金专账核算，按季对账。"),
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
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), RISKS[lv])
        _per_person(sh, first, None, 1, 2)
    _line(sh, "注：风险等级分一级风险、二级风险、三级风险，一级风险为最高。", 7)
    sh.add("制表：", None, None, "审核：", None, "2025年9月", None)
    return _layout(
        "qingyang_heritage_office_groups", "http://m.lztxw.com/baogao/202301222538882.html",
        "区文物保护管理所 岗位廉政风险防控一览表, after the source's 文物安全管理检查工作报告 (文物保管, 防火防盗, 文物修复): a title, "
        "序号/岗位/姓名/廉政风险点/风险类别 (short names)/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS ``一、所领导``, "
        "``二、文物保护股``, ``三、办公室`` merged across (no 股室 column); 岗位 and 姓名 merged per person; a ``注：`` line and a "
        "制表/审核/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    qingyang_library_post_codes(),
    qingyang_culture_sports_tourism_list(),
    qingyang_housing_transport_two_sheets(),
    qingyang_shaocheng_street_duties(),
    qingyang_expropriation_center_cards(),
    qingyang_culture_center_selfchecks(),
    qingyang_quality_safety_station_posts(),
    qingyang_heritage_office_groups(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch346-inbox"))

"""The three-hundred-and-thirty-second batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one city's 卫健 and 医保
bodies, 崇州市 (a county-level city of 成都, its staff Han) — its 卫生健康局 with the 人民医院, the
中医医院, the 妇幼保健院, the 疾病预防控制中心 and the 崇阳街道社区卫生服务中心, its 医疗保障局 with the
医疗保障事务中心 (the 医保 经办 body) — each handing back the 一览表, 防控卡, 排查表, 责任清单 or 自查表
its staff typed in WPS or Excel:

- the 卫生健康局's file in two sheets: ``局领导`` (``附件2``, ``姓名 | 职务 | 分管工作`` merged per leader)
  and ``股室`` (``股室`` merged, ``岗位`` and ``姓名`` merged per person), ``一级/二级/三级``, no type
  column;
- the 医疗保障局's 责任清单 under GROUP ROWS ``一、局领导`` … ``三、待遇保障股`` merged across (no 股室
  column): ``岗位 | 姓名`` merged per person, ``职责事项`` before the ``廉政风险点``, ``Ⅰ级/Ⅱ级/Ⅲ级``,
  no type column, a ``注：`` line and a 制表/审核/date line;
- the 医疗保障事务中心's 自查表, one sheet a person (tabs named by the person): a LABEL ROW
  ``姓　名 | 科　室 | 岗　位 | 填表时间`` over a row of values, then ``序号 | 风险点 | 风险等级 | 防控措施 |
  自查情况``, ``一级风险/二级风险/三级风险``, no type column, ``本人签名： | … | 主任意见：``;
- the 中医医院's 岗位廉政风险防控卡, one sheet a holder (tabs 科主任, 制剂员, 收费员): ``姓　名 | … |
  岗　位 | …`` and ``所在科室 | … | 持卡时间 | …`` above ``序号 | 风险点 | 风险类型 | 风险等级 |
  防控措施``, ``…风险`` types, ``★★★/★★/★`` read by a ``注：`` line, ``持卡人签字： | … | 监督电话：…``;
- the 崇阳街道社区卫生服务中心's 排查表 对岗不对人: ``科室`` merged, ``岗位`` merged per post, a short
  ``风险点`` beside a long ``风险表现``, short types, ``高风险/中风险/低风险``; no names; an
  编制/审核/date line;
- the 疾病预防控制中心's 一览表: ``部门`` written on EVERY row (no merges), ``岗位 | 责任人``, ``…风险``
  types, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line, a 填表人/审核人/主任（签字） line;
- the 妇幼保健院's 一览表 under ``附件1`` and a ``填报单位（盖章）：…　填报时间：…`` line: ``科室`` merged,
  ``岗位`` and ``姓名`` merged per person, short types, 高/中/低, a 填表人/审核人/院长（签字） line.

One is harder:

- ``chongzhou_people_hospital_surname_posts``: the 人民医院's 岗位廉政风险防控一览表, an ordinary
  一览表 in its columns (``附件2``, a title, a merged ``填报单位（盖章）：…　填报时间：2025年10月`` line,
  ``序号 | 科室 | 岗位 | 责任人 | 廉政风险点 | 风险类型 | 风险等级 | 防控措施``, ``科室`` merged, ``岗位``
  and ``责任人`` merged per person, short types, 高/中/低) — but its ``责任人`` cells write the
  LEADERS AND THE 科室 HEADS THE WAY A HOSPITAL SPEAKS OF THEM, AS SURNAME + POST, with no given
  name: ``訾书记`` (the 党委书记, the post's last word only), ``隗院长``, ``蓟副院长``, ``钭副院长``,
  ``璩科长`` (医务科), ``濮主任`` (医保办), ``郗科长`` (财务科), ``亓主任`` (药剂科), ``庾科长`` (设备科),
  ``笪主任`` (护理部); only the three staff are written by full name (``蒯语汐``, ``郦若岚``,
  ``昝柏霖``). The full names stand only on the file's OTHER sheet, ``领导小组`` (``附件1``, the
  廉政风险防控工作领导小组成员名单: ``序号 | 小组职务 | 姓名 | 单位职务``, 组长/副组长/成员 with ``姓名``
  and ``单位职务`` ``党委书记``, ``院长``, ``副院长``, ``医务科科长``, ``医保办主任`` …, and a
  ``领导小组办公室设在纪检监察室，…兼任办公室主任。`` line; its 纪检监察室主任 holds nothing in the
  list). The two 副院长 (蓟昀澈, 钭筠桐) hold the same post in the same 科室 and are told apart
  ONLY by the surname in ``蓟副院长``/``钭副院长``; three 科室 heads are each a ``…主任`` of another
  科室. The README's 读得懂的表 knows a holder's full name in a name column however headed, a post
  and a full name in one cell (``报账员 毋暮云``, ``党总支书记冷霁川``, ``蓝建峰(所长)``,
  ``定点评估岗⏎吴海燕``), posts only with the names in a list above, beside or below the table or
  on another sheet (``村文书 | 戴晓军``, ``岗位人员：部长　禤朗川；…``, ``附：岗位人员名单``), names by
  staff number or code joined to another sheet, and it reads ``张科长`` as no name; it does not
  describe a holder written as SURNAME + POST — a name cut to its surname and joined to the post
  — to be found on a roster by that surname, 科室 and post, where the post alone names two people.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a hospital's 医疗反腐 and 医保领域
腐败和作风问题 专项整治方案 — 临床科室, 门诊 and 医保科 自查自纠, 套保, 骗保, 内外勾结; a 县卫生健康委's
政务公开标准目录 — 母婴保健技术服务机构执业许可, 医疗机构执业登记, 办事指南; a 区医疗保障局 局长 at a
警示教育大会 on his predecessor's 违规审批 and 干预招投标 with 医药机构 and 定点药店; a paper on the
内控 of 医疗保障经办机构 — 组织建设, 业务运行, 财务控制, 信息内控, 不相容岗位分离; a hospital's rules for
自制中药外用膏药 — 配制, 质量, 使用; a study of 社区卫生服务中心 慢性病管理 — 高血压、糖尿病 患者管理,
随访, 体检, 转诊; a 区疾病预防控制中心's quarter of 卫生监督执法检查 in 公共场所 — 双随机抽检, 日常监督检查,
卫生监督意见书, 12345 投诉; a paper on 医药价格虚高 and 商业贿赂 — 药品招投标, 处方权, 医药代表) and
the layout follows their words for the unit, its parts, its posts and its risks. The rows are
worded by us, the names invented (rare Han surnames with rare given names, three characters
each); every unit is a body of 崇州市.

Run ``python tests/published/score.py --set batch332`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a ``责任人`` cell written as surname + post (or + the post's last word:
  ``訾书记`` of the 党委书记) names the ONE 领导小组 member of that surname whose 单位职务 is that
  row's post in that row's 科室 (``副院长`` of ``院领导``, ``医务科科长`` of ``医务科`` …): the form's
  person is that member's FULL NAME (``蓟副院长`` → 蓟昀澈), not the cell as written and not blank
  — the table names the person, the file spells him out; a cell that is a full name is the
  holder as written; the 领导小组 sheet holds no form (its 小组职务 组长/副组长/成员 are no posts, its
  ``单位职务`` only the key to the names) and its members who hold nothing in the list (the
  纪检监察室主任) are nobody's holder; ``院领导`` is the 科室 of the 书记, 院长 and 副院长;
- ``局领导`` (the 卫生健康局's sheet), ``中心领导`` (a 自查表's 科室, a 部门 or 科室 cell), ``院领导`` (a
  科室 cell) are the 科室 of those leaders; a group row ``二、基金监管股`` gives the 科室 ``基金监管股``
  (its number left off); a 局's 股, a 中心's and a hospital's 科, 室, 处, 部 and 办 are 科室;
- every 局, 院 and 中心 here is a unit of its own: 局长, 副局长, 党委书记, 院长, 副院长 and a 中心's 主任
  are leaders; 股长, 科长, 科主任, 护士长 and a hospital 科室's or 办's 主任 (医保办, 药剂科, 护理部)
  middle; the rest (科员, 会计, 经办员, 审核员, 出纳, 采购员, 制剂员, 收费员, 全科医生, 药剂员, 监督员,
  检验员, 药师) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``职责事项``, ``分管工作`` and ``自查情况`` are no
  points and name no holder; the 社区卫生服务中心's list names no person: its forms are posts
  (对岗不对人);
- ``高/中/低``, ``一级/二级/三级``, ``★★★/★★/★`` (read by the card's note), ``Ⅰ级/Ⅱ级/Ⅲ级``,
  ``高风险/中风险/低风险``, ``一级风险/二级风险/三级风险`` and bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the 疾控中心's
  note) are 1/2/3.

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

PREFIX = "b332_"
PLACE = "崇州市"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"


# --------------------------------------------------------------------------- harder layout

# the 领导小组's name list (附件1): (小组职务, 姓名, 单位职务, 科室, 岗位)
ROSTER = [
    ("组长", "訾翊琛", "党委书记", "院领导", "党委书记"),
    ("组长", "隗知韫", "院长", "院领导", "院长"),
    ("副组长", "蓟昀澈", "副院长", "院领导", "副院长"),
    ("副组长", "钭筠桐", "副院长", "院领导", "副院长"),
    ("成员", "璩晗煜", "医务科科长", "医务科", "科长"),
    ("成员", "濮曦瑶", "医保办主任", "医保办", "主任"),
    ("成员", "郗沛泓", "财务科科长", "财务科", "科长"),
    ("成员", "亓珞笙", "药剂科主任", "药剂科", "主任"),
    ("成员", "庾煦宁", "设备科科长", "设备科", "科长"),
    ("成员", "笪蘅淇", "护理部主任", "护理部", "主任"),
    ("成员", "宓婧蓉", "纪检监察室主任", "纪检监察室", "主任"),
]
ROSTER_HEAD = ("序号", "小组职务", "姓名", "单位职务")
ROSTER_NOTE = "领导小组办公室设在纪检监察室，宓婧蓉同志兼任办公室主任。"
LIST_HEAD = ("序号", "科室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
# (科室, 岗位, 责任人 as written, tier, [(廉政风险点, 类型, 等级, 防控措施)]); a 责任人 written as
# surname + post (``蓟副院长``) is the 领导小组 member of that surname, 科室 and post
HOLDERS = [
    ("院领导", "党委书记", "訾书记", "leader", [
        ("“三重一大”事项不经党委会集体研究，个人拍板", "制度机制", "高",
         "“三重一大”事项清单化管理，党委会纪要存档备查。"),
        ("干部选拔任用、职称聘任中打招呼、搞照顾", "思想道德", "高", "干部任用全程纪实，聘任结果院内公示。"),
    ]),
    ("院领导", "院长", "隗院长", "leader", [
        ("院内基建和修缮工程插手干预招标", "外部环境", "高", "工程项目进入公共资源交易平台，插手干预一律登记报告。"),
        ("大额资金支付审批把关不严", "岗位职责", "中", "大额资金实行会签，院长办公会研究。"),
    ]),
    ("院领导", "副院长", "蓟副院长", "leader", [
        ("新药、新耗材引进中为特定企业打招呼", "外部环境", "高", "新药新耗材引进经药事委员会无记名投票。"),
        ("对医保违规问题查处不力、降格处理", "岗位职责", "中", "医保违规问题建立台账，处理结果院周会通报。"),
    ]),
    ("院领导", "副院长", "钭副院长", "leader", [
        ("大型医用设备论证中倾向特定品牌", "岗位职责", "高", "设备论证专家随机抽取，论证意见存档。"),
        ("后勤服务外包单位选定不公开", "制度机制", "中", "外包项目公开比选，结果公示。"),
    ]),
    ("医务科", "科长", "璩科长", "middle", [
        ("医疗纠纷处理中偏袒一方，违规赔付", "岗位职责", "中", "纠纷赔付经医疗安全委员会集体研究。"),
        ("手术分级授权把关不严", "业务流程", "中", "手术授权年度考核，名单院内公布。"),
    ]),
    ("医保办", "主任", "濮主任", "middle", [
        ("对科室串换项目、分解住院等违规收费睁一只眼闭一只眼", "岗位职责", "高",
         "医保智能审核全覆盖，违规费用按月通报。"),
        ("医保检查前向科室通风报信", "思想道德", "中", "院内医保检查随机抽取科室，检查前不通知。"),
    ]),
    ("医保办", "审核员", "蒯语汐", "general", [
        ("出院结算审核走过场，放过不合理收费", "业务流程", "中", "结算清单双人复核，审核差错纳入考核。"),
    ]),
    ("财务科", "科长", "郗科长", "middle", [
        ("科室绩效核算中优亲厚友", "制度机制", "中", "绩效方案经职代会通过，核算结果公示。"),
    ]),
    ("财务科", "出纳", "郦若岚", "general", [
        ("住院押金、门诊收入不及时入账，挪用公款", "岗位职责", "高", "收入日清日结，银行对账单每月核对。"),
    ]),
    ("药剂科", "主任", "亓主任", "middle", [
        ("向医药代表提供医生用药量统计", "思想道德", "高", "处方数据查询权限分级，查询留痕。"),
        ("临时采购药品不履行审批", "业务流程", "中", "临时采购须分管院领导审批，每季度通报。"),
    ]),
    ("药剂科", "采购员", "昝柏霖", "general", [
        ("药品网上采购中虚报采购量，收受回扣", "外部环境", "高", "采购计划与库存、用量比对，采购与验收分离。"),
    ]),
    ("设备科", "科长", "庾科长", "middle", [
        ("医用耗材验收不严，以次充好", "业务流程", "中", "使用科室、设备科、审计科共同验收。"),
        ("设备维修配件虚报数量", "岗位职责", "低", "旧件回收登记，维修记录双人签字。"),
    ]),
    ("护理部", "主任", "笪主任", "middle", [
        ("护理耗材申领审核不严，虚领冒领", "业务流程", "低", "耗材申领与收费数据比对，每月抽查。"),
    ]),
]  # fmt: skip


def full_name(dept: str, post: str, shown: str) -> str:
    """The holder a 责任人 cell names: the cell itself when it is a full name; for a surname + the
    post or its last word (``蓟副院长``, ``訾书记`` of the 党委书记), the one 领导小组 member of that
    surname in that 科室 and post."""
    if any(n == shown for _, n, _, _, _ in ROSTER) or not post.endswith(shown[1:]):
        return shown
    found = [n for _, n, _, d, p in ROSTER if (d, p) == (dept, post) and n[0] == shown[0]]
    assert len(found) == 1, (dept, post, shown, found)
    return found[0]


def chongzhou_people_hospital_surname_posts() -> dict:
    unit = f"{PLACE}人民医院"
    t = _Truth(unit)
    group = _Sheet("领导小组", [6, 12, 12, 24])
    group.add("附件1")
    _line(group, f"{unit}廉政风险防控工作领导小组成员名单", 4)
    group.add(*ROSTER_HEAD)
    for i, (role, who, duty, _dept, _post) in enumerate(ROSTER, 1):
        group.add(i, role, who, duty)
    _line(group, ROSTER_NOTE, 4)
    sh = _Sheet("一览表", [6, 10, 10, 11, 40, 10, 8, 34])
    sh.add("附件2")
    ncols = len(LIST_HEAD)
    _line(sh, f"{unit}岗位廉政风险防控一览表", ncols)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年10月", ncols)
    sh.add(*LIST_HEAD)
    first = len(sh.rows)
    n = 0
    for dept, post, shown, tier, points in HOLDERS:
        who = full_name(dept, post, shown)
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, shown, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, "院长（签字）：", None, None)
    return _layout(
        "chongzhou_people_hospital_surname_posts", "https://m.alatiku.com/fanwen/daquan/8x39v.html",
        "(harder) 市人民医院 岗位廉政风险防控一览表 in two sheets, after the source's hospital 医疗反腐专项整治方案 (临床科室, "
        "门诊, 医保科 自查自纠; 套保, 骗保, 内外勾结): ``领导小组`` (``附件1``, a title, 序号/小组职务/姓名/单位职务 — 组长, "
        "副组长, 成员 with their full names and posts ``副院长``, ``医务科科长``, ``药剂科主任`` …, a 办公室 line) and ``一览表`` "
        "(``附件2``, a title, a ``填报单位（盖章）：…　填报时间：2025年10月`` line, 序号/科室 merged/岗位 and ``责任人`` merged per "
        "person/廉政风险点/风险类型 (short names)/风险等级 高/中/低/防控措施; a 填表人/审核人/院长（签字） line) whose 责任人 "
        "cells write the leaders and 科室 heads as SURNAME + POST (``訾书记``, ``隗院长``, ``蓟副院长``, ``钭副院长``, "
        "``璩科长``, ``濮主任`` …) and only the staff by full name (``蒯语汐``, ``郦若岚``, ``昝柏霖``); the two 副院长 are told "
        "apart only by their surnames, the full names only on the 领导小组 sheet",
        [group, sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def chongzhou_health_bureau_two_sheets() -> dict:
    unit = f"{PLACE}卫生健康局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 24, 36, 9, 32])
    lead.add("附件2")
    _line(lead, f"{unit}局领导廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("闾砚秋", "局长", "主持全面工作，分管财务、人事和医疗卫生机构基本建设", [
            ("医疗卫生机构基建项目分配不经党组会研究", "一级", "项目安排党组会集体研究，结果公开。"),
            ("系统内干部调整个人说了算", "一级", "干部调整全程纪实，任前公示。"),
        ]),
        ("禚澜漪", "副局长", "分管医政医管、行政审批和母婴保健技术服务", [
            ("医疗机构执业许可审查中为关系单位开绿灯", "一级", "许可条件和结果网上公开，集体审核。"),
            ("母婴保健技术服务机构校验走过场", "二级", "校验现场核查两人以上，结论存档。"),
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
    lead.add("填表人：", None, None, "审核人：", None, "2025年10月", None)
    dept = _Sheet("股室", [6, 14, 9, 9, 36, 9, 32])
    _line(dept, f"{unit}股室岗位廉政风险防控表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("医政医管股", "股长", "鄢珞禛", "middle", [
            ("医疗质量检查中对问题隐瞒不报", "二级", "检查问题清单化，整改情况通报。"),
            ("医师执业注册材料审核把关不严", "二级", "注册材料网上核验，股长复核。"),
        ]),
        ("医政医管股", "科员", "琚沐岚", "general", [
            ("医疗纠纷调解中偏袒一方", "三级", "调解两人以上，调解协议双方签字。"),
        ]),
        ("基层卫生股", "股长", "蒉昭颐", "middle", [
            ("基本公共卫生服务项目资金分配不公", "一级", "资金按绩效考核结果分配，分配方案公示。"),
            ("乡村医生补助核定不实", "二级", "补助名单村组公示，股室交叉核对。"),
        ]),
        ("规划财务股", "会计", "暨书珩", "general", [
            ("专项资金拨付不按审批", "二级", "资金拨付凭审批单办理，U盾分人保管。"),
            ("报销票据审核不严", "三级", "票据逐张审核，经办人、审核人、审批人三签。"),
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
    dept.add("填表人：", None, None, "审核人：", None, "局长（签字）：", None)
    source = (
        "http://youyang.gov.cn/bmjz_sites/bm/wsjkw/zwgk_104134/zfxxgkml/wsjklyjczwgk/bzml/202309/"
        "t20230922_12366951.html"
    )
    return _layout(
        "chongzhou_health_bureau_two_sheets", source,
        "市卫生健康局 廉政风险防控表 in two sheets, after the source's 卫生健康领域政务公开标准目录 (母婴保健技术服务机构执业许可, "
        "医疗机构执业登记, 医师执业注册, 办事指南): ``局领导`` (``附件2``, a title, 序号/姓名, 职务 and 分管工作 merged per leader/"
        "廉政风险点/风险等级 ``一级/二级/三级``/防控措施; a 填表人/审核人/date line) and ``股室`` (a title, 序号/股室 merged "
        "(医政医管股, 基层卫生股, 规划财务股)/岗位 and 姓名 merged per person/…; a 填表人/审核人/局长（签字） line); no type column",
        [lead, dept], t,
    )  # fmt: skip


def chongzhou_medical_security_bureau_groups() -> dict:
    unit = f"{PLACE}医疗保障局"
    sh = _Sheet("责任清单", [6, 10, 9, 18, 36, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 7)
    sh.add("序号", "岗位", "姓名", "职责事项", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、局领导", "局领导", [
            ("局长", "冼穆清", "leader", [
                ("定点医药机构准入", "定点医药机构准入评估中授意放行", "Ⅰ级", "准入评估集体研究，结果公示。"),
                ("医保基金专项检查", "干预专项检查，对违规机构降格处理", "Ⅰ级", "检查结果局党组会研究，处理决定公开。"),
            ]),
            ("副局长", "厍怀瑾", "leader", [
                ("医药价格和招采", "为关系企业挂网采购打招呼", "Ⅱ级", "挂网采购全程系统留痕，打招呼事项登记。"),
            ]),
        ]),
        ("二、基金监管股", "基金监管股", [
            ("股长", "谯暄和", "middle", [
                ("定点机构日常稽核", "稽核中收受定点药店好处，瞒报违规行为", "Ⅰ级", "稽核两人以上，稽核记录当事人签字。"),
                ("欺诈骗保举报处理", "举报线索压案不查", "Ⅱ级", "举报线索统一编号，办理情况月报。"),
            ]),
            ("科员", "巩诗琬", "general", [
                ("智能监控疑点核查", "疑点数据核查不到位，随意剔除疑点", "Ⅱ级", "疑点剔除须股长审核，留存依据。"),
            ]),
        ]),
        ("三、待遇保障股", "待遇保障股", [
            ("股长", "邰霁宁", "middle", [
                ("门诊慢特病认定", "降低标准认定门诊慢特病待遇", "Ⅱ级", "认定资料专家复核，名单公示。"),
            ]),
            ("科员", "蔺岫萦", "general", [
                ("医疗救助对象审核", "医疗救助对象审核不严，优亲厚友", "Ⅲ级", "救助对象与民政数据比对，公示五个工作日。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, dept, people in groups:
        _line(sh, shown, 7)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for duty, point, lv, measures in points:
                n += 1
                sh.add(n, post, who, duty, point, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        _per_person(sh, first, None, 1, 2)
    _line(sh, "注：风险等级分Ⅰ级、Ⅱ级、Ⅲ级，Ⅰ级为最高。", 7)
    sh.add("制表：", None, None, "审核：", None, "2025年10月", None)
    return _layout(
        "chongzhou_medical_security_bureau_groups", "https://gongwenku1.com/index.php?id=65996",
        "市医疗保障局 廉政风险防控责任清单, after the source's 区医疗保障局 局长's reflection at a 警示教育大会 (a former 局长 who "
        "traded 违规审批 and 干预招投标 with 医药机构 and 定点药店): a title, 序号/岗位/姓名/``职责事项``/廉政风险点/风险等级 "
        "``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施 under GROUP ROWS ``一、局领导``, ``二、基金监管股``, ``三、待遇保障股`` merged across (no 股室 "
        "column); 岗位 and 姓名 merged per person; no type column; a ``注：`` line and a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def chongzhou_medical_security_center_selfchecks() -> dict:
    unit = f"{PLACE}医疗保障事务中心"
    t = _Truth(unit)
    people = [
        ("檀沁妍", "中心领导", "主任", "leader", [
            ("医保基金拨付审批把关不严", "一级风险", "基金拨付实行经办、复核、审批三分离。", "已落实"),
            ("内控自查走过场", "二级风险", "内控自查每半年一次，问题限期整改。", "已落实"),
        ]),
        ("卞晞妤", "结算科", "科长", "middle", [
            ("零星报销审核不严，重复报销", "一级风险", "报销资料系统比对，科长复核。", "正在整改"),
            ("定点机构结算数据擅自调整", "一级风险", "结算数据调整须审批，系统留痕。", "已落实"),
            ("异地就医备案材料审核走过场", "三级风险", "备案材料清单化审核。", "未发现问题"),
        ]),
        ("蒲芊蔚", "参保登记科", "经办员", "general", [
            ("违规办理参保登记、虚假参保", "二级风险", "参保信息与公安、民政数据比对。", "已落实"),
            ("泄露参保人员信息", "三级风险", "信息查询权限分级，查询日志定期检查。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 12, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add(f"姓{GAP}名", f"科{GAP}室", f"岗{GAP}位", "填表时间", None)
        sh.add(who, dept, post, "2025年10月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], RISKS[lv])
        sh.add()
        sh.add("本人签名：", None, "主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "chongzhou_medical_security_center_selfchecks", "https://m.fx361.cc/news/2024/0414/23459159.html",
        "市医疗保障事务中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's paper on the 内控 "
        "of 医疗保障经办机构 (组织建设, 业务运行, 财务控制, 信息内控, 不相容岗位分离): a title, a label row ``姓　名 | 科　室 | 岗　位 | "
        "填表时间`` over a row of values, then 序号/风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施/``自查情况``; no type "
        "column; a blank row and ``本人签名： | 主任意见：``",
        sheets, t,
    )  # fmt: skip


def chongzhou_tcm_hospital_cards() -> dict:
    unit = f"{PLACE}中医医院"
    t = _Truth(unit)
    cards = [
        ("科主任", "郏瑾瑜", "药剂科", "middle", [
            ("中药饮片供应商遴选中收受好处", "外部环境风险", "★★★", "供应商遴选经药事委员会集体研究。"),
            ("院内制剂配制原料以次充好", "岗位职责风险", "★★★", "原料验收双人签字，留样备查。"),
            ("违规统计医生中药处方量", "思想道德风险", "★★", "处方数据查询权限分级，查询留痕。"),
        ]),
        ("制剂员", "乜芮宁", "制剂室", "general", [
            ("外用膏药配制记录不实", "业务流程风险", "★★", "配制记录当场填写，质量负责人复核。"),
            ("制剂成品私自出库", "岗位职责风险", "★★", "成品出库凭单，每月盘点。"),
        ]),
        ("收费员", "沃琬清", "收费处", "general", [
            ("针灸推拿项目多收、串换收费", "业务流程风险", "★★", "收费项目与医嘱系统比对，每日对账。"),
            ("挪用、截留现金收入", "思想道德风险", "★", "现金日清日结，收费员轮岗。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, dept, tier, points in cards:
        sh = _Sheet(tab, [6, 36, 14, 9, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 5)
        sh.add(f"姓{GAP}名", who, f"岗{GAP}位", tab, None)
        sh.add("所在科室", dept, "持卡时间", "2025年10月", None)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施")
        for i, (point, typ, stars, measures) in enumerate(points, 1):
            sh.add(i, point, typ, stars, measures)
            t.point(sh.name, dept, tab, who, tier, point, types_in(typ), STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 5)
        sh.add("持卡人签字：", None, "监督电话：028-12388", None, None)
        sheets.append(sh)
    source = (
        "https://www.zhetiaohe.com/ss/83566a76619fb16e084a67b5807410ef7632b9a516daf719a5fed1511de04857"
        "c4107be938fa555a184e219cb94e9fb992e38aef6b4c0f1d.html"
    )
    return _layout(
        "chongzhou_tcm_hospital_cards", source,
        "市中医医院 岗位廉政风险防控卡, one sheet a holder (tabs 科主任, 制剂员, 收费员), after the source's rules for a hospital's "
        "自制中药外用膏药 (配制, 质量, 使用): a title, the pairs ``姓　名 | … | 岗　位 | …`` and ``所在科室 | … | 持卡时间 | "
        "2025年10月``, then 序号/风险点/风险类型 ``…风险``/风险等级 ``★★★/★★/★``/防控措施; a merged ``注：`` line on the "
        "stars and ``持卡人签字： | 监督电话：…``",
        sheets, t,
    )  # fmt: skip


def chongzhou_chongyang_health_center_posts() -> dict:
    unit = f"{PLACE}崇阳街道社区卫生服务中心"
    sh = _Sheet("排查表", [6, 12, 12, 20, 38, 10, 10, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", [
            ("药品耗材采购决策", "药品耗材采购不经集体研究，指定供应商", "制度机制", "高风险",
             "采购事项中心办公会研究，结果公示。"),
            ("绩效工资分配", "绩效分配向少数人倾斜", "制度机制", "中风险", "分配方案职工大会通过。"),
        ]),
        ("公共卫生科", "科长", "middle", [
            ("慢病患者随访", "虚报高血压、糖尿病患者随访人次", "岗位职责", "高风险", "随访记录电话抽查，系统留痕。"),
            ("家庭医生签约", "签约率造假，只签不约", "业务流程", "中风险", "签约居民回访，签约数据季度核查。"),
        ]),
        ("全科诊室", "全科医生", "general", [
            ("处方开具", "开大处方、人情处方", "思想道德", "中风险", "处方点评每月一次，结果通报。"),
        ]),
        ("药房", "药剂员", "general", [
            ("药品调剂", "药品出入库账实不符", "岗位职责", "中风险", "每月盘点，账物核对。"),
            ("近效期药品处置", "近效期药品处置不规范", "业务流程", "低风险", "报损经中心审批。"),
        ]),
        ("收费室", "收费员", "general", [
            ("门诊收费", "收费不开票，截留现金", "外部环境", "高风险", "收费日清日结，票据统一管理。"),
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
    sh.add("编制：中心办公室", None, None, "审核：", None, "2025年10月", None, None)
    return _layout(
        "chongzhou_chongyang_health_center_posts", "https://m.fx361.cc/news/2016/1019/16271281.html",
        "街道社区卫生服务中心 岗位廉政风险点排查表 对岗不对人, after the source's study of 社区卫生服务中心 慢性病管理 (高血压、糖尿病 "
        "患者管理, 随访, 体检, 转诊): a title, then 序号/科室 merged (中心领导, 公共卫生科, 全科诊室, 药房, 收费室)/岗位 merged per "
        "post/a short 风险点/a long ``风险表现``/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; no names; an "
        "``编制：… | 审核： | 2025年10月`` line",
        [sh], t,
    )  # fmt: skip


def chongzhou_cdc_list() -> dict:
    unit = f"{PLACE}疾病预防控制中心"
    sh = _Sheet("一览表", [6, 12, 12, 10, 40, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "芮砚舒", "leader", "检验仪器设备采购倾向特定品牌", "制度机制风险", "Ⅰ",
         "采购技术参数集体论证，结果公示。"),
        ("中心领导", "主任", "芮砚舒", "leader", "疫苗分配方案个人决定", "岗位职责风险", "Ⅱ",
         "疫苗分配方案中心办公会研究。"),
        ("卫生监督科", "科长", "葛朔澜", "middle", "公共场所监督检查中降格处理违法行为", "外部环境风险", "Ⅰ",
         "检查两人以上，监督意见书集体审核。"),
        ("卫生监督科", "监督员", "甄澍宁", "general", "投诉举报处理中泄露举报人信息", "思想道德风险", "Ⅱ",
         "举报人信息保密，办理情况回访。"),
        ("检验科", "检验员", "娄晏清", "general", "检验原始记录不实，出具虚假报告", "业务流程风险", "Ⅰ",
         "原始记录当场填写，复核人签字。"),
        ("免疫规划科", "科长", "荀晞蕾", "middle", "第二类疫苗出入库登记不实", "岗位职责风险", "Ⅱ",
         "疫苗追溯系统扫码出入库，每月盘点。"),
        ("办公室", "会计", "寇琅玥", "general", "委托检测收费不入账", "岗位职责风险", "Ⅲ",
         "收费票据统一领用，收入每月对账。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), BARE[lv])
    _line(sh, "注：风险等级Ⅰ为高风险，Ⅱ为中风险，Ⅲ为低风险。", 8)
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "chongzhou_cdc_list", "http://www.yanzhou.gov.cn/art/2025/10/9/art_76420_2791756.html?xxgkhide=1",
        "市疾病预防控制中心 岗位廉政风险防控一览表, after the source's 区疾病预防控制中心 卫生监督执法检查 of 公共场所 (双随机抽检, "
        "日常监督检查, 卫生监督意见书, 12345 投诉举报): a title, then 序号/部门/岗位/``责任人`` written on EVERY row (no merges)/"
        "廉政风险点/风险类型 ``…风险``/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施; a merged ``注：`` line on the grades and a "
        "填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


def chongzhou_maternal_child_hospital_list() -> dict:
    unit = f"{PLACE}妇幼保健院"
    sh = _Sheet("一览表", [6, 12, 10, 9, 40, 10, 8, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年10月", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("院领导", "院长", "熊翊岑", "leader", [
            ("药品耗材招标中为医药企业打招呼", "外部环境", "高", "招标全程纪检参与，打招呼事项登记。"),
            ("出生医学证明管理失察", "岗位职责", "中", "出生医学证明空白证专人管理，每季度核查。"),
        ]),
        ("药剂科", "科主任", "桑沅澄", "middle", [
            ("药品遴选中接受药企宴请、回扣", "思想道德", "高", "新药遴选药事委员会集体评审。"),
            ("药品采购价格高于挂网价", "业务流程", "中", "采购价格与挂网价系统比对。"),
        ]),
        ("药剂科", "药师", "滑芃瑶", "general", [
            ("处方审核不严，放行超量处方", "岗位职责", "低", "处方前置审核，超量处方拦截。"),
        ]),
        ("产科", "护士长", "祁晚岫", "middle", [
            ("出生医学证明签发信息审核不严", "制度机制", "高", "签发信息双人核对，签发登记存档。"),
            ("病区耗材申领虚报", "业务流程", "低", "耗材申领与收费数据比对。"),
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
    sh.add("填表人：", None, None, "审核人：", None, "院长（签字）：", None, None)
    return _layout(
        "chongzhou_maternal_child_hospital_list", "https://m.fx361.cc/news/2016/0307/18406653.html",
        "市妇幼保健院 岗位廉政风险防控一览表, after the source's paper on 医药价格虚高 and 商业贿赂 (药品招投标, 处方权, 医药代表): "
        "``附件1``, a title, a merged ``填报单位（盖章）：…　填报时间：2025年10月`` line, then 序号/科室 merged (院领导, 药剂科, 产科)/"
        "岗位 and 姓名 merged per person/廉政风险点/风险类型 (short names)/风险等级 高/中/低/防控措施; a 填表人/审核人/院长（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    chongzhou_people_hospital_surname_posts(),
    chongzhou_health_bureau_two_sheets(),
    chongzhou_medical_security_bureau_groups(),
    chongzhou_medical_security_center_selfchecks(),
    chongzhou_tcm_hospital_cards(),
    chongzhou_chongyang_health_center_posts(),
    chongzhou_cdc_list(),
    chongzhou_maternal_child_hospital_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch332-inbox"))

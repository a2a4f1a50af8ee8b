"""The nine-hundred-and-sixty-first batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 农牧 bodies
and its 工商 organisations, 八宿县 (昌都市, 西藏自治区) — its 农业农村局, 林业和草原局, 水利局,
农业综合行政执法大队, 工商业联合会, 个体劳动者协会, the 白玛镇农牧业综合服务中心 and the 邦达镇人民政府 —
each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 农业农村局's 一览表 in TWO SHEETS: ``班子成员`` (``姓名 | 职务 | 分管工作`` merged per leader)
  and ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 白玛镇农牧业综合服务中心's 一览表 under ``附件1`` and a 填报单位（盖章） line: a TOWNSHIP
  STATION filing its own list whose ``科室`` column names the station's OWN 股 (``中心领导``,
  ``畜牧兽医股``, ``农业技术股``), merged; ``岗位 | 姓名`` merged per person, short types,
  ``一级/二级/三级``;
- the 工商业联合会's 一览表 with NO 科室 column: ``职务 | 姓名`` merged per person (``常务副主席``,
  ``秘书长``, ``副秘书长``, ``会计``), ``…风险`` types, 高/中/低 and a ``注：`` line;
- the 林业和草原局's 防控卡, one sheet a person (tabs named by the post): ``姓　名 | … | 所在股室 | …``
  and ``职　务 | … | 填卡时间 | …`` pairs, ``高风险/中风险/低风险``;
- the 水利局's 自查表, one sheet a person (tabs named by the person): a label row ``姓名 | 股室 |
  岗位 | 填报日期`` over a row of values, ``一级风险/二级风险/三级风险``, ``自查情况``, no type column;
- the 邦达镇人民政府's 排查表 对岗不对人: ``站所`` and ``岗位`` merged (the 镇's 党政综合办公室, 财政所
  and 农牧综合服务中心 — the 镇's own 站所, 科室 of the 镇), a short ``风险点`` beside a long
  ``风险表现``, short types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 农业综合行政执法大队's 清单 under GROUP ROWS ``一、大队领导`` … (no 科室 column), ``岗位 | 姓名``
  merged per person, ``★★★/★★/★`` read by a ``注：`` line.

One is harder:

- ``basu_self_employed_association_day_jobs``: the 个体劳动者协会's 岗位廉政风险防控一览表, an
  ordinary list (``序号 | 协会职务 | 姓名 | 所在单位及职务 | 廉政风险点 | 风险等级 | 防控措施``,
  ``协会职务``, ``姓名`` and ``所在单位及职务`` merged per person) of a body whose officers are all
  PART-TIME: beside each officer's 协会 post a column states his DAY JOB (``县市场监督管理局副局长``,
  ``白玛镇个体工商户（藏式家具经营）``, ``县市场监督管理局登记注册股股长``, ``县市场监督管理局办公室会计``),
  and a ``注：`` line says so. The day-job column is no post, no unit, no 科室 and no point: the post
  is the 协会 post and the unit the 协会. The README's 读得懂的表 and docs/layouts.md know two
  职务 columns (``党内职务 | 行政职务``), a post's 分管工作 and 职责范围, 兼任岗位 under a holder's own post
  and a holder's 科室 bracketed after his name; they do not describe a column giving each holder's
  post in ANOTHER body (``所在单位及职务``, ``本职工作``) beside his post in the one whose list it is.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (八宿县 itself — 半农半牧, 青稞 and
牦牛, 虫草 and 贝母; 白玛镇, the county seat, and its 9 villages; 昌都's four 水利 projects —
农村饮水安全, 小型农田水利, 中小河流治理; the trees and 冰川 of 八宿 and 然乌; 邦达镇 on the 318 and 214
国道, 半农半牧, with the 邦达机场; a 商会's 秘书长 and 秘书处 duties — 联络, 会员服务; an 农业综合执法
大队's days — 巡查, 案件受理, 调查取证; a 农场's 个体劳动者协会 — 会长, 副会长, a 秘书 running its daily
work, 会员) and the layout follows their words for the unit, its parts, its posts and its risks.
The rows are worded by us, the names invented (the rare compound surnames 公仪 and 徐离 with rare
given names); every unit is a body of 八宿县.

Run ``python tests/published/score.py --set batch961`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each officer's post is the 协会 post (``会长``, ``副会长``, ``秘书长``, ``会计``)
  and his unit the 协会 (no 科室); the ``所在单位及职务`` cell (another body and a post there) is no
  post, no unit, no 科室, no point and no description; the ``注：`` line is no point;
- a township station filing its own list that names the station's OWN 股 in its 科室 column is a
  unit of its own (unit ``八宿县白玛镇农牧业综合服务中心``, 科室 ``畜牧兽医股``, ``农业技术股``, its
  leader's ``中心领导``): an exception to the convention that a 镇's 站所 is a 科室 of the 镇, which
  still holds for the 邦达镇人民政府's list naming its 财政所 and 农牧综合服务中心 under ``站所``
  (unit ``八宿县邦达镇人民政府``, 科室 ``财政所``; their 所长 and 主任 middle);
- in a 联合会 or a 协会 the 主席, 常务副主席, 会长 and 副会长 are leaders, and so are the 秘书长 and
  the 副秘书长 who run its 秘书处 (as batches 113 and 137 have it: the heads of the 会's daily work,
  members of its 会长办公会); its 会计 and 干事 general;
- ``班子成员`` is no 科室 (sheet ``班子成员``); ``局领导``, ``中心领导`` and ``大队领导`` (a 股室 value of a
  card, a 科室 cell, a group row) are the 科室 of those leaders; a 局's 股 and a 大队's 中队 are 科室;
  局长, 副局长, 大队长, the station's 主任 are leaders; 股长 and 中队长 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况``, ``填卡时间`` and
  ``填报日期`` are no points and name no holder; the 邦达镇's list names no person: its forms are
  posts (对岗不对人), the two ``主任`` two posts of two 站所;
- ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, 高/中/低 and
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

PREFIX = "b961_"
PLACE = "八宿县"
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

# (协会职务, 姓名, 所在单位及职务, tier, [(廉政风险点, 风险等级, 防控措施)])
DAY_JOBS = [
    ("会长", "徐离珩", "县市场监督管理局副局长", "leader", [
        ("会费收取标准和经费使用不经会长办公会集体研究", "高",
         "会费标准和年度经费预算提交会员代表大会审议，支出经会长办公会研究。"),
        ("借协会名义为个体工商户登记、年报事项打招呼", "中",
         "协会不参与登记审批事项，本人签订廉洁承诺书。"),
    ]),
    ("副会长", "公仪翀", "白玛镇个体工商户（藏式家具经营）", "leader", [
        ("“诚信个体工商户”评选中为亲友拉票、优亲厚友", "中",
         "评选标准公开，候选名单公示，评选时本人回避。"),
        ("承接协会培训、展销活动时向本人经营户输送利益", "高",
         "活动场地和服务采购三家比价，结果在会员群公示。"),
    ]),
    ("秘书长", "徐离澂", "县市场监督管理局登记注册股股长", "leader", [
        ("协会经费报销把关不严，虚列培训、慰问活动费用", "高",
         "报销凭证附活动通知、签到表和照片，会长审签。"),
        ("向会员摊派费用、强制会员参加有偿培训", "中", "培训自愿参加，收费项目报业务主管单位备案。"),
        ("会员入会审核不严，吸收不符合条件的会员", "低", "入会申请逐户核验营业执照，会员名册每年更新。"),
    ]),
    ("会计", "公仪瑱", "县市场监督管理局办公室会计", "general", [
        ("协会账户资金公款私存、坐支现金", "高", "会费一律转入协会对公账户，每季度对账并向会长报告。"),
        ("会费收据管理不规范，收费不开具票据", "低", "收据联号使用，作废收据全联保存。"),
    ]),
]  # fmt: skip


def basu_self_employed_association_day_jobs() -> dict:
    unit = f"{PLACE}个体劳动者协会"
    sh = _Sheet("一览表", [6, 10, 9, 26, 36, 9, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "协会职务", "姓名", "所在单位及职务", "廉政风险点", "风险等级", "防控措施")
    first = len(sh.rows)
    n = 0
    for post, who, job, tier, points in DAY_JOBS:
        for point, lv, measures in points:
            n += 1
            sh.add(n, post, who, job, point, lv, measures)
            t.point(sh.name, "", post, who, tier, point, [], HML[lv])
    _merge_down(sh, first, [(c, lambda row: row[2]) for c in (1, 2, 3)])
    _line(sh, "注：本会会长、副会长、秘书长和会计均为兼职，不驻会、不取酬，“所在单位及职务”栏填写本人本职工作"
              "单位和职务；风险等级分为高、中、低三级。", 7)  # fmt: skip
    sh.add("填表：秘书处", None, None, "会长（签字）：", None, "2025年5月", None)
    return _layout(
        "basu_self_employed_association_day_jobs", "https://www.hljszw.org.cn/home/book/info/get_id/349502.html",
        "(harder) 县个体劳动者协会 岗位廉政风险防控一览表, after the source's history of a 农场's 个体劳动者协会 (会长, 副会长, "
        "a 秘书 running its daily work, 会员代表大会, 会员): a title, 序号/``协会职务``/姓名/``所在单位及职务`` (each officer's "
        "DAY JOB in another body: 县市场监督管理局副局长, 白玛镇个体工商户, …股股长, …办公室会计) merged per person/"
        "廉政风险点/风险等级 高/中/低/防控措施; a ``注：`` line saying the officers are part-time and what the day-job column "
        "holds; no type column",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def basu_agriculture_bureau_two_sheets() -> dict:
    unit = f"{PLACE}农业农村局"
    t = _Truth(unit)
    lead = _Sheet("班子成员", [6, 9, 9, 20, 38, 9, 34])
    _line(lead, f"{unit}班子成员廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("公仪昶", "局长", "主持全面工作", [
            ("农牧业项目资金安排、项目实施主体确定个人说了算", "一级", "项目资金安排经局党组会集体研究并公示。"),
            ("干部选拔任用中打招呼、搞亲疏", "二级", "干部任用严格执行民主推荐、考察、公示程序。"),
        ]),
        ("徐离彧", "副局长", "分管种植业、农机和农田建设", [
            ("高标准农田建设项目验收把关不严", "一级", "项目验收邀请第三方参与，验收结果公示。"),
            ("农机购置补贴审核中为亲友开绿灯", "二级", "补贴对象和金额在村务公开栏公示七天。"),
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
    dept = _Sheet("股室", [6, 14, 9, 10, 38, 9, 34])
    _line(dept, f"{unit}股室廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("计划财务股", "股长", "公仪琇", "middle", "强农惠农资金拨付不按进度、不按合同", "一级",
         "资金拨付凭验收单据，经办、复核、审批三级签字。"),
        ("计划财务股", "股长", "公仪琇", "middle", "专项资金挤占挪用、虚列支出", "二级", "专项资金单独核算，每半年自查一次。"),
        ("畜牧兽医股", "股长", "徐离砚", "middle", "牦牛良种补贴、草原奖补对象核定不实", "一级",
         "补贴对象以村为单位公示，乡镇复核后上报。"),
        ("农村经营管理股", "经管员", "公仪嶙", "general", "农村集体资产清查中隐瞒、少报资产", "二级",
         "清查结果经村民代表大会确认并张榜公布。"),
        ("农村经营管理股", "经管员", "公仪嶙", "general", "土地承包经营权流转合同审查走过场", "三级",
         "流转合同统一文本，股长复核后备案。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "basu_agriculture_bureau_two_sheets", "http://www.zheid.com/lvyou/766252.html",
        "县农业农村局 廉政风险防控一览表 in TWO SHEETS, after the source's account of 八宿县 (半农半牧: 青稞、小麦、油菜, 牦牛、"
        "犏牛、绵羊; 虫草、贝母): sheet 班子成员 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 merged and "
        "岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def basu_baima_station_own_sections() -> dict:
    unit = f"{PLACE}白玛镇农牧业综合服务中心"
    sh = _Sheet("一览表", [6, 12, 10, 10, 38, 10, 9, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 8}填报时间：2025年5月", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "徐离蘅", "leader", "农牧业生产物资分配向关系户倾斜", "思想道德", "一级",
         "物资分配方案经中心会议研究，分配名单在村公示。"),
        ("中心领导", "主任", "徐离蘅", "leader", "中心经费支出审批不严", "制度机制", "二级",
         "经费支出经镇纪委备案，每季度公开。"),
        ("畜牧兽医股", "股长", "公仪陟", "middle", "产地检疫出证不到现场、先出证后检疫", "岗位职责", "一级",
         "检疫全程留痕，检疫证明与畜禽数量逐笔核对。"),
        ("畜牧兽医股", "股长", "公仪陟", "middle", "病死畜无害化处理补助数量虚报", "业务流程", "二级",
         "无害化处理现场拍照，补助名单由村委会签字确认。"),
        ("畜牧兽医股", "防疫员", "徐离翊", "general", "强制免疫疫苗登记不实、私自出售疫苗", "岗位职责", "二级",
         "疫苗出入库登记，免疫档案逐户建立。"),
        ("农业技术股", "技术员", "公仪泠", "general", "青稞良种、化肥发放登记不实", "业务流程", "二级",
         "发放名册由农户本人签字，股长抽查核对。"),
        ("农业技术股", "技术员", "公仪泠", "general", "农技培训签到造假、虚报培训人次", "外部环境", "三级",
         "培训现场拍照，签到表与参训名单比对。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, "审核人：", None, "中心主任（签字）：", None, None, None)
    return _layout(
        "basu_baima_station_own_sections", "http://czkjst.org/czkjst/白玛镇/6322613",
        "镇农牧业综合服务中心 岗位廉政风险防控一览表, after the source's entry on 白玛镇 (八宿县 county seat, 9 个行政村, 高原温带"
        "半干旱, 农牧): ``附件1``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/``科室`` merged naming the "
        "station's OWN parts (中心领导, 畜牧兽医股, 农业技术股)/岗位 and 姓名 merged per person/廉政风险点/风险类别 (short "
        "names)/风险等级 ``一级/二级/三级``/防控措施; a 填表人/审核人/中心主任（签字） line",
        [sh], t,
    )  # fmt: skip


def basu_federation_of_commerce_list() -> dict:
    unit = f"{PLACE}工商业联合会"
    sh = _Sheet("一览表", [6, 11, 10, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "职务", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("常务副主席", "公仪璟岚", "leader", "会员企业评先评优、推荐代表人士个人说了算", "制度机制风险", "高",
         "推荐人选经党组会集体研究，征求统战部意见。"),
        ("常务副主席", "公仪璟岚", "leader", "接受会员企业宴请、礼品", "思想道德风险", "中",
         "签订廉洁承诺书，节假日廉洁提醒。"),
        ("秘书长", "徐离漪", "leader", "光彩事业捐赠款物登记不全、使用不公开", "业务流程风险", "高",
         "捐赠款物逐笔登记，使用情况向捐赠企业反馈并公示。"),
        ("秘书长", "徐离漪", "leader", "商会年检、换届指导中收受好处", "岗位职责风险", "中",
         "年检材料两人审核，换届指导全程纪实。"),
        ("秘书长", "徐离漪", "leader", "会员发展降低条件、突击发展会员", "岗位职责风险", "低",
         "入会申请逐户审核，新会员名单报常委会通报。"),
        ("副秘书长", "公仪翾", "leader", "非公经济人士培训经费虚报冒领", "业务流程风险", "中",
         "培训经费按实到人数结算，签到表存档。"),
        ("会计", "徐离琬", "general", "会费收入不入账、私设小金库", "制度机制风险", "高",
         "会费统一通过对公账户收取，每月对账。"),
        ("会计", "徐离琬", "general", "报销票据审核不严", "岗位职责风险", "低", "报销票据经秘书长审核、主席审批。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, None, 1, 2)
    _line(sh, "注：风险等级分为高、中、低三个等级。", 7)
    sh.add("制表：秘书处", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "basu_federation_of_commerce_list", "http://sdwjjd.com/shanghuidongtai/2022-11-01/303.html",
        "县工商业联合会 岗位廉政风险防控一览表, after the source's report on a 商会秘书长联席会议 (秘书长's duties: 桥梁纽带, "
        "会员服务, 秘书处 as the 商会's working body): a title, 序号/职务 and 姓名 merged per person (常务副主席, 秘书长, "
        "副秘书长, 会计; NO 科室 column)/廉政风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施; a ``注：`` line and a "
        "制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def basu_forestry_bureau_cards() -> dict:
    unit = f"{PLACE}林业和草原局"
    t = _Truth(unit)
    cards = [
        ("副局长", "公仪霁", "局领导", "副局长", "leader", [
            ("林木采伐许可审批把关不严", "高风险", "采伐许可经局务会研究，许可结果网上公开。"),
            ("国土绿化项目验收降低标准", "高风险", "项目验收邀请乡镇和村民代表参加。"),
            ("接受林木经营者宴请、礼品", "低风险", "签订廉洁承诺书，外出检查两人以上。"),
        ]),
        ("资源管理股股长", "徐离岍", "资源管理股", "股长", "middle", [
            ("征占用林地审核中降低条件", "高风险", "现场查验两人以上，审核意见集体讨论。"),
            ("森林资源调查数据弄虚作假", "中风险", "调查数据与卫星图斑比对，抽查复核。"),
        ]),
        ("护林员管理专干", "公仪湝", "生态保护修复股", "护林员管理专干", "general", [
            ("生态护林员选聘中优亲厚友", "中风险", "选聘名单经乡镇审核、村内公示。"),
            ("护林员巡护考核不实、工资发放不按考核", "中风险", "巡护轨迹APP记录，工资按月考核打卡发放。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, dept, post, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "所在股室", dept)
        sh.add("职　务", post, "填卡时间", "2025年5月")
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, lv, measures) in enumerate(items, 1):
            sh.add(i, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], HIGHS[lv])
        sh.add("持卡人（签字）：", None, "分管领导（签字）：", None)
        sheets.append(sh)
    return _layout(
        "basu_forestry_bureau_cards", "https://hk.outputnews.com/2024/fengwen/news_2024_09_14_2045183",
        "县林业和草原局 岗位廉政风险防控卡, one sheet a person (tabs named by the post), after the source's feature on 八宿 "
        "(季风, 云杉和圆柏 on the slopes round 然乌, 冰川): a title, pairs ``姓　名 | … | 所在股室 | …`` and ``职　务 | … | "
        "填卡时间 | …``, then 序号/风险点/风险等级 ``高风险/中风险/低风险``/防控措施; 持卡人/分管领导（签字）",
        sheets, t,
    )  # fmt: skip


def basu_water_bureau_selfchecks() -> dict:
    unit = f"{PLACE}水利局"
    t = _Truth(unit)
    people = [
        ("徐离阗", "工程建设管理股", "股长", "middle", [
            ("中小河流治理项目招标设置倾向性条件", "一级风险", "招标文件经法制审核，评标全程录像。", "已落实"),
            ("工程变更签证审核不严、虚增工程量", "一级风险", "变更签证经监理、设计、业主三方会签。", "已落实"),
        ]),
        ("公仪峣", "农村水利股", "技术员", "general", [
            ("农村饮水安全工程验收走过场", "二级风险", "验收邀请受益村代表参加，验收资料存档。", "未发现问题"),
            ("供水工程维修养护资金使用不实", "三级风险", "维修项目拍照留存，资金拨付凭维修清单。", "已落实"),
        ]),
        ("徐离郾", "局领导", "副局长", "leader", [
            ("小型农田水利项目安排向关系户倾斜", "一级风险", "项目安排经局党组会研究并公示。", "已落实"),
            ("水资源费征收减免个人决定", "二级风险", "减免事项集体研究，结果公开。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 11, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓名", "股室", "岗位", "填报日期", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "廉政风险点", "风险等级", "防范措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], RISKS[lv])
        sh.add()
        sh.add("本人签名：", None, "股室负责人意见：", None, None)
        sheets.append(sh)
    return _layout(
        "basu_water_bureau_selfchecks", "http://lakalal8.com/news/content/51081.html",
        "县水利局 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's report on 昌都's four "
        "水利 projects (农村饮水安全, 无电地区电力, 小型农田水利重点县, 中小河流治理): a title, a label row ``姓名 | 股室 | 岗位 | "
        "填报日期`` over a row of values, then 序号/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防范措施/``自查情况``; no "
        "type column; ``本人签名： | 股室负责人意见：``",
        sheets, t,
    )  # fmt: skip


def basu_bangda_town_posts() -> dict:
    unit = f"{PLACE}邦达镇人民政府"
    sh = _Sheet("排查表", [6, 14, 10, 16, 38, 10, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "站所", "岗位", "风险点", "风险表现", "风险类别", "风险等级", "防控措施")
    rows = [
        ("党政综合办公室", "主任", "middle", "公务接待", "超标准接待、虚开接待费用", "制度机制", "Ⅱ级",
         "接待执行公函制度，费用清单与公函逐一核对。"),
        ("党政综合办公室", "主任", "middle", "物资采购", "办公物资采购不比价、指定商户", "业务流程", "Ⅲ级",
         "采购三家比价，验收两人签字。"),
        ("财政所", "所长", "middle", "惠农资金发放", "草原奖补、耕地地力补贴发放截留、冒领", "岗位职责", "Ⅰ级",
         "补贴通过“一卡通”直达农牧户，发放名单公示。"),
        ("财政所", "所长", "middle", "村级财务审核", "村级报账审核不严，白条入账", "制度机制", "Ⅱ级",
         "村级报账实行村账镇代管，票据逐笔审核。"),
        ("财政所", "报账员", "general", "票据管理", "收款票据不按规定使用、收款不入账", "业务流程", "Ⅱ级",
         "票据领用登记，收款当日上缴。"),
        ("农牧综合服务中心", "主任", "middle", "牲畜防疫物资管理", "防疫物资出入库不实、私自变卖", "岗位职责", "Ⅰ级",
         "物资出入库双人登记，每季度盘点。"),
        ("农牧综合服务中心", "主任", "middle", "种植结构调整补助", "补助面积核定不实，向亲友倾斜", "外部环境", "Ⅱ级",
         "面积现场丈量，结果在村公示。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：党政综合办公室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "basu_bangda_town_posts", "https://twwiki.net/wiki/n7rmynl0x658m2r.html",
        "镇人民政府 岗位廉政风险点排查表 对岗不对人, after the source's entry on 邦达镇 (怒江北岸, 318 and 214 国道, 半农半牧, "
        "邦达机场): a title, 序号/``站所`` merged (党政综合办公室, 财政所, 农牧综合服务中心 — the 镇's own)/岗位 merged per "
        "post/a short 风险点/a long 风险表现/风险类别 (short names)/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; an "
        "编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def basu_enforcement_brigade_group_rows() -> dict:
    unit = f"{PLACE}农业综合行政执法大队"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、大队领导", "大队领导", [
            ("大队长", "公仪玹", "leader", [
                ("农资案件查处中以罚代刑、降格处理", "★★★", "重大案件集体讨论，移送情况向局党组报告。"),
                ("执法检查对象选择随意、选择性执法", "★★", "检查对象“双随机”抽取，结果公开。"),
            ]),
        ]),
        ("二、种子农药执法中队", "种子农药执法中队", [
            ("中队长", "徐离瑗", "middle", [
                ("假劣种子、农药案件调查取证不全、放纵违法", "★★★", "调查取证两人以上，执法记录仪全程记录。"),
                ("罚没物品登记保管不规范", "★★", "罚没物品统一登记入库，处置经集体研究。"),
            ]),
            ("执法队员", "公仪沨", "general", [
                ("农资门店检查中接受吃请、收受购物卡", "★★", "检查签到留痕，不在检查对象处就餐。"),
            ]),
        ]),
        ("三、动物卫生执法中队", "动物卫生执法中队", [
            ("执法队员", "徐离涴", "general", [
                ("屠宰、运输环节检查走过场", "★★", "检查照片和记录当日上传执法平台。"),
                ("投诉举报受理不登记、拖延处理", "★", "投诉举报一律登记编号，限时办结。"),
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
                t.point(sh.name, dept, post, who, tier, point, [], STARS[lv])
        _per_person(sh, first, None, 1, 2)
    _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 6)
    sh.add("填表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "basu_enforcement_brigade_group_rows",
        "https://www.httgc.com/kk/nong-ye-zhi-fa-xian-feng-shou-hu-tian-ye-an-ning-jie-mi-zong-he-zhi-fa-da-dui-de-mang-lu-ri-chang.html",
        "县农业综合行政执法大队 廉政风险防控责任清单 under GROUP ROWS, after the source's account of a 综合执法大队's days "
        "(查处违法行为, 巡查监管, 案件受理, 调查取证, 案件审理): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``★★★/★★/★``/"
        "防控措施, group rows ``一、大队领导``, ``二、种子农药执法中队``, ``三、动物卫生执法中队`` merged across; 岗位 and 姓名 "
        "merged per person; a ``注：`` line; no type column",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    basu_self_employed_association_day_jobs(),
    basu_agriculture_bureau_two_sheets(),
    basu_baima_station_own_sections(),
    basu_federation_of_commerce_list(),
    basu_forestry_bureau_cards(),
    basu_water_bureau_selfchecks(),
    basu_bangda_town_posts(),
    basu_enforcement_brigade_group_rows(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch961-inbox"))

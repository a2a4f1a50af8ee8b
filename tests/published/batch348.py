"""The three-hundred-and-forty-eighth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one district's 卫生健康
bodies, 武侯区 (a district of 成都, its staff Han) — its 卫生健康局, its 疾病预防控制中心, its
妇幼保健院, its 医疗保障事务中心 and four 街道's 社区卫生服务中心 (玉林街道, 簇桥街道, 红牌楼街道, 晋阳
街道) — each handing back the 一览表, 防控卡, 排查表, 责任清单 or 自查表 its staff typed in WPS or
Excel:

- the 疾病预防控制中心's 一览表 under ``附件1``: ``科室`` merged (中心领导, 检验科, 免疫规划科, 应急办公室,
  办公室), ``岗位`` and ``姓名`` merged per person, the 风险点, ``…风险`` types, 高/中/低, the measures
  and a 填表人/审核人/date line;
- the 妇幼保健院's file in two sheets: ``院领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``科室`` (``科室`` merged, ``岗位`` and ``姓名`` merged per person), ``一级/二级/三级``, no type column,
  a 填表人/审核人 line under each;
- the 医疗保障事务中心's 责任清单 under ``附件2`` and a ``填报单位（盖章）：…　填报时间：…`` line:
  ``科室`` merged, ``岗位`` and ``责任人`` merged per person, ``职责事项`` before the ``廉政风险点``,
  ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column, a 填表人/审核人/中心主任（签字） line;
- the 玉林街道社区卫生服务中心's 防控卡, one sheet a holder (tabs 主任, 全科医生, 公卫医师): the pairs
  ``持卡人 | … | 职　务 | …`` and ``所在科室 | … | 分管工作 | …`` (``岗位职责`` for the staff) above
  ``序号 | 风险点 | 风险类别 | 风险等级 | 防控措施``, ``…风险`` types, ``★★★/★★/★`` read by a ``注：``
  line, ``持卡人签字： | … | 监督电话：…``;
- the 簇桥街道社区卫生服务中心's 自查表, one sheet a person (tabs named by the person): ONE ROW OF
  THREE PAIRS ``姓　名 | … | 科　室 | … | 岗　位 | …`` above ``序号 | 风险点 | 风险类别 | 风险等级 |
  防控措施 | 自查情况``, short types, ``一级风险/二级风险/三级风险``, ``本人签名： | … | 中心负责人意见：``;
- the 红牌楼街道社区卫生服务中心's 排查表 对岗不对人: ``科室`` merged, ``岗位`` merged per post, a short
  ``风险点`` beside a long ``风险表现``, ``…风险`` types, ``高风险/中风险/低风险``; no names; an
  编制/审核/date line;
- the 晋阳街道社区卫生服务中心's 一览表 under GROUP ROWS ``一、中心领导``, ``二、公共卫生科``,
  ``三、综合办公室`` merged across (no 科室 column): ``岗位 | 姓名`` merged per person, no type column,
  bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line, a 制表/审核/date line.

One is harder:

- ``wuhou_health_bureau_staffing_grid``: the 卫生健康局's 机关科室岗位廉政风险防控一览表, written BY POST
  (对岗): ``序号 | 科室 | 岗位 | 廉政风险点 | 风险类别 | 风险等级 | 防控措施``, 科室 merged (办公室, 医政医管科,
  疾病预防控制科, 规划财务科), 岗位 merged per post, short types, 高/中/低 — no 姓名 column, no name
  above it — and the holders stand ONLY in a small table UNDER it, after a blank row and the merged
  line ``附：机关科室岗位人员配备表``: a STAFFING GRID ``序号 | 科室 | 科长 | 副科长 | 科员`` (科员 merged
  across the rest of the row), ONE ROW A 科室 and ONE COLUMN A POST, each cell the name of the
  person who holds that post in that 科室, ``/`` where the 科室 has no such post (办公室 and
  疾病预防控制科 have no 副科长). The same post word (``科长``, ``科员``) stands in every 科室, so a
  row's holder is found only at the CROSSING of its 科室's grid row and its post's grid column; no
  cell of the grid names a post, and no row of it names a person's post beside him. The README's
  读得懂的表 knows rosters ONE ROW A POST (``附：岗位人员名单`` ``序号 | 股室 | 岗位 | 姓名`` under the table,
  ``岗位人员对照表``, a list beside the table past a blank column ``按科室和岗位查出责任人``), ONE ROW A
  PERSON (``姓名 | 职务 | 承担岗位`` listing his posts), pairs above the table (``村文书 | 戴晓军 | 村报账员 |
  史红霞``), a line under it (``岗位人员：部长　禤朗川；…``), and post columns holding names INSIDE the
  risk table picked by a ``责任岗位`` column (``科主任 | 护士长``); it does not describe a 定岗定员 grid,
  科室 down and posts across, whose crossings give each (科室, 岗位) of an 对岗 table its holder.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 市卫健委's 架构布局与职能 — 办公室,
人事科, 卫生应急办公室, 疾病预防控制科, 医政医管科, 基础卫生科, and the 疾控中心, 卫生监督所, 妇幼保健院 under
it; a 区疾控中心's 新建项目 — 实验楼, 综合保障楼, 冷链仓库, 应急仓库, 200多台套设备, 钉螺检测, 生物安全; a
区妇幼保健中心's 出生缺陷防治宣传周 — 孕产保健科科长, 孕前优生检查, 产前筛查, 新生儿疾病筛查, a 讲座 with a
街道社区卫生服务中心; a paper on the 内部控制 of 医保基金 by 社保机构 — 组织机构控制, 业务运行控制, 基金财务
控制, 信息系统控制; a study of 家庭医生签约服务 in 武汉 — 团队, 护士, 公卫医师, 签约率, 管理率, 分级诊疗; a
training deck on 疫苗与注射器管理 — 一类疫苗浪费, 挪用, 计划不合理, 储存运输; a 诊所's 医保管理制度 — 医保
病历, 医保药品 采购存储配药, 医保结算 核对医保卡和身份证, 医保账户; a report on a 社区健康中心's 慢病管理
与预防保健服务 — 慢病管理, 预防保健, 资金保障, 运营管理风险) and the layout follows their words for the
unit, its parts, its posts and its risks. The rows are worded by us, the names invented (rare Han
surnames with rare given names, three characters each); every unit is a body of 武侯区, named with
the district's name.

Run ``python tests/published/score.py --set batch348`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each (科室, 岗位) of the risk table is ONE FORM whose holder is the name in the
  grid's row of that 科室 and column of that post (the 科长 of 医政医管科 is 蒯璩澄, the 科长 of 办公室
  庹翙岚); ``/`` names nobody and a grid cell with no row in the risk table (no such post there) is no
  form; the grid, its ``序号``, its line ``附：…`` and the 编制 line are no points;
- ``院领导`` (the 妇幼保健院's sheet, whose title names it), ``中心领导`` (a 科室 cell, a card's 所在科室, a
  自查表's 科室, a group row) are the 科室 of those leaders; a 局's 科, a 中心's 科, 室, 办公室 and 医保办, a
  院's 科 are 科室; a group row ``二、公共卫生科`` gives the 科室 ``公共卫生科`` (its number left off);
- 院长, 副院长 and a 中心's 主任 and 副主任 are leaders; 科长, 副科长, 科主任 and the 综合办公室's 主任
  middle; the rest (科员, 会计, 出纳, 检验员, 物资管理员, 结算员, 稽核员, 信息管理员, 全科医生, 公卫医师,
  疫苗管理员, 慢病管理专干, 医保管理员, 药品采购员, 收费员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``职责事项``, ``分管工作``, ``岗位职责`` and
  ``自查情况`` are no points and name no holder; the 红牌楼 中心's list names no person: its forms are
  posts (对岗不对人);
- ``高/中/低``, ``一级/二级/三级``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``高风险/中风险/低风险``, ``一级风险/二级风险/三级风险``,
  ``★★★/★★/★`` (read by the card's note) and bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the 晋阳 中心's note) are 1/2/3.

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

PREFIX = "b348_"
PLACE = "武侯区"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"
VACANT = "/"


# --------------------------------------------------------------------------- harder layout

TABLE_HEAD = ("序号", "科室", "岗位", "廉政风险点", "风险类别", "风险等级", "防控措施")
GRID_LINE = "附：机关科室岗位人员配备表"
GRID_POSTS = ("科长", "副科长", "科员")
GRID_HEAD = ("序号", "科室", *GRID_POSTS)
# one row a 科室, one column a post: the holder at the crossing, VACANT where there is no such post
GRID = [
    ("办公室", ("庹翙岚", VACANT, "眭渼霏")),
    ("医政医管科", ("蒯璩澄", "阚霂苡", "佴澧蓁")),
    ("疾病预防控制科", ("亢旻岢", VACANT, "訾芃沂")),
    ("规划财务科", ("昝筠湄", "暨昶漪", "揭珝湉")),
]
TIERS = {"科长": "middle", "副科长": "middle", "科员": "general"}
# (科室, 岗位, [(廉政风险点, 类别, 等级, 防控措施)]) — the risk table names no person
POSTS = [
    ("办公室", "科长", [
        ("公文运转、机要保密中泄露未公开信息", "岗位职责", "中", "涉密文件专人登记，政务信息发布前逐级审核。"),
        ("公务接待、会务费用超标准列支", "制度机制", "低", "接待和会务事前审批，费用清单按月公示。"),
    ]),
    ("办公室", "科员", [
        ("政务信息公开前擅自对外提供", "岗位职责", "低", "信息公开实行“先审后发”，发布记录存档。"),
    ]),
    ("医政医管科", "科长", [
        ("医疗机构设置审批、执业登记降低条件", "岗位职责", "高", "审批条件一次性告知，现场核查两人以上，结果公示。"),
        ("医疗质量检查中对发现的问题降格处理", "外部环境", "高", "检查组随机组成，处理意见集体审定。"),
    ]),
    ("医政医管科", "副科长", [
        ("医疗纠纷调处中偏袒一方，收受好处", "思想道德", "中", "引入第三方人民调解，调处过程全程记录。"),
    ]),
    ("医政医管科", "科员", [
        ("医师多机构执业备案材料审核不严", "业务流程", "中", "备案材料清单化审核，网上办理留痕。"),
    ]),
    ("疾病预防控制科", "科长", [
        ("重大疾病防控专项资金分配不公开", "制度机制", "高", "资金分配方案局党组会研究，分配结果公开。"),
        ("传染病疫情报告督导走过场", "岗位职责", "中", "督导对象随机抽取，督导问题限期整改销号。"),
    ]),
    ("疾病预防控制科", "科员", [
        ("免疫规划督导检查中接受被检单位宴请", "思想道德", "低", "签订廉洁承诺书，督导两人以上同行。"),
    ]),
    ("规划财务科", "科长", [
        ("卫生健康项目预算安排不经局党组集体研究", "制度机制", "高", "预算安排党组会研究，会议纪要存档。"),
    ]),
    ("规划财务科", "副科长", [
        ("直属单位大额资金支付审核把关不严", "业务流程", "高", "大额支付经办、复核、审批分离，按季抽查。"),
    ]),
    ("规划财务科", "科员", [
        ("报销票据审核不严，虚列支出", "业务流程", "中", "报销票据逐张审核，发票真伪网上查验。"),
        ("国有资产出租出借不报批", "制度机制", "低", "资产出租出借报局党组审批，收入全额上缴。"),
    ]),
]  # fmt: skip


def holder_of(dept: str, post: str) -> str:
    """The name at the crossing of the 科室's grid row and the post's grid column."""
    (names,) = [names for d, names in GRID if d == dept]
    who = names[GRID_POSTS.index(post)]
    assert who != VACANT, (dept, post)
    return who


def wuhou_health_bureau_staffing_grid() -> dict:
    unit = f"{PLACE}卫生健康局"
    ncols = len(TABLE_HEAD)
    sh = _Sheet("一览表", [6, 14, 9, 36, 10, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}机关科室岗位廉政风险防控一览表", ncols)
    sh.add(*TABLE_HEAD)
    first = len(sh.rows)
    n = 0
    for dept, post, points in POSTS:
        who = holder_of(dept, post)
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, TIERS[post], point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2)
    sh.add()
    _line(sh, GRID_LINE, ncols)
    r = sh.add(*GRID_HEAD, None, None)
    sh.merge(r, len(GRID_HEAD) - 1, r, ncols - 1)
    for i, (dept, names) in enumerate(GRID, 1):
        r = sh.add(i, dept, *names, None, None)
        sh.merge(r, len(GRID_HEAD) - 1, r, ncols - 1)
    sh.add()
    sh.add("编制：局办公室", None, None, "审核：", None, "2025年9月", None)
    return _layout(
        "wuhou_health_bureau_staffing_grid",
        "https://www.oryoy.com/news/jie-mi-han-zhong-shi-wei-jian-wei-jia-gou-bu-ju-yu-zhi-neng-jie-mi.html",
        "(harder) 区卫生健康局 机关科室岗位廉政风险防控一览表 written by post (对岗), after the source's 市卫健委 架构布局与职能 "
        "(办公室, 人事科, 卫生应急办公室, 疾病预防控制科, 医政医管科, 基础卫生科): a title, then 序号/科室 merged (办公室, 医政医管科, "
        "疾病预防控制科, 规划财务科)/岗位 merged per post (科长, 副科长, 科员)/廉政风险点/风险类别 (short names)/风险等级 高/中/低/"
        "防控措施 — NO 姓名 column; after a blank row the merged line ``附：机关科室岗位人员配备表`` and a STAFFING GRID "
        "``序号 | 科室 | 科长 | 副科长 | 科员`` (科员 merged across the rest of the row), one row a 科室 and one column a post, "
        "each cell the holder's name, ``/`` where the 科室 has no such post; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def wuhou_cdc_list() -> dict:
    unit = f"{PLACE}疾病预防控制中心"
    sh = _Sheet("一览表", [6, 12, 12, 9, 36, 13, 8, 32])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "扈岍琪", "leader", [
            ("新建实验楼工程变更、签证不经中心办公会研究", "制度机制风险", "高", "工程变更集体研究，签证经监理、跟踪审计确认。"),
            ("实验室设备采购设置倾向性参数", "外部环境风险", "高", "采购参数专家论证，按规定进场采购。"),
        ]),
        ("中心领导", "副主任", "蔺玹澈", "leader", [
            ("突发公共卫生事件处置经费使用不规范", "业务流程风险", "中", "处置经费专账核算，事后结报并审计。"),
        ]),
        ("检验科", "科长", "檀翮霄", "middle", [
            ("委托检测结果应送检方要求人为修改", "思想道德风险", "高", "检测报告三级审核，原始记录不得涂改。"),
            ("检测试剂、耗材验收把关不严", "岗位职责风险", "中", "试剂耗材验收双人签字，验收记录存档。"),
        ]),
        ("检验科", "检验员", "粟骞妤", "general", [
            ("钉螺等监测样本漏检、编造检测数据", "岗位职责风险", "中", "样本登记编号，检测数据系统自动采集。"),
        ]),
        ("免疫规划科", "科长", "靳檠岳", "middle", [
            ("冷链仓库疫苗出入库账实不符", "业务流程风险", "高", "疫苗出入库扫码追溯，每月盘点对账。"),
            ("向接种门诊分配疫苗优亲厚友", "思想道德风险", "低", "分配方案按接种需求测算，分配结果公开。"),
        ]),
        ("应急办公室", "物资管理员", "滕泖嫣", "general", [
            ("应急仓库物资出入库不登记", "制度机制风险", "低", "应急物资台账管理，出入库凭单办理。"),
        ]),
        ("办公室", "会计", "匡崟朗", "general", [
            ("健康教育活动经费虚列报销", "业务流程风险", "中", "活动经费事前预算，报销附活动资料。"),
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
        "wuhou_cdc_list", "https://www.jzhfz.com/news/50724.html",
        "区疾病预防控制中心 岗位廉政风险防控一览表, after the source's 区疾控中心 新建项目 (实验楼, 综合保障楼, 冷链仓库, 应急仓库, "
        "钉螺检测, 生物安全): ``附件1``, a title, 序号/科室 merged (中心领导, 检验科, 免疫规划科, 应急办公室, 办公室)/岗位 and 姓名 "
        "merged per person/风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def wuhou_maternal_child_two_sheets() -> dict:
    unit = f"{PLACE}妇幼保健院"
    t = _Truth(unit)
    lead = _Sheet("院领导", [6, 9, 9, 24, 36, 9, 32])
    _line(lead, f"{unit}院领导廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("蒲菡瑱", "院长", "主持全面工作，分管人事、财务", [
            ("院内大型设备购置不经院党委会研究", "一级", "设备购置专家论证、院党委会研究。"),
            ("科室负责人选任中打招呼、搞照顾", "一级", "选任方案公开，全程纪实。"),
        ]),
        ("桓霈渟", "副院长", "分管孕产保健科、儿童保健科", [
            ("产前筛查合作机构选定不公开", "一级", "合作机构公开比选，比选结果公示。"),
            ("出生缺陷防治宣传品采购虚报数量", "三级", "宣传品按计划采购，入库验收登记。"),
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
        ("孕产保健科", "科长", "沃晗峣", "middle", [
            ("孕前优生检查人数虚报，套取项目经费", "一级", "检查人数与信息系统核对，按季度抽查回访。"),
            ("高危孕产妇转诊中收受好处", "二级", "转诊按辖区分级办理，转诊记录存档。"),
        ]),
        ("儿童保健科", "科主任", "弓黛沄", "middle", [
            ("新生儿疾病筛查复查不及时，私自收费", "二级", "复查通知系统推送，免费项目不得收费。"),
        ]),
        ("检验科", "检验员", "鄢璆澜", "general", [
            ("筛查血片检测结果漏报、错报", "二级", "检测结果双人核对，阳性结果复核。"),
            ("检验试剂私自带出使用", "三级", "试剂领用登记，每月盘点。"),
        ]),
        ("财务科", "出纳", "那皛岑", "general", [
            ("免费筛查项目资金与收费款混存", "二级", "项目资金专户管理，按月对账。"),
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
        "wuhou_maternal_child_two_sheets", "http://www.rmjph.com/hongguan/2023/0918/20134.html",
        "区妇幼保健院 廉政风险防控表 in two sheets, after the source's 区妇幼保健中心 出生缺陷防治宣传周 (孕产保健科科长, 孕前优生检查, "
        "产前筛查, 新生儿疾病筛查): ``院领导`` (a title, 序号/姓名, 职务 and 分管工作 merged per leader/廉政风险点/风险等级 "
        "``一级/二级/三级``/防控措施; a 填表人/审核人/date line) and ``科室`` (a title, 序号/科室 merged/岗位 and 姓名 merged per "
        "person/…; the same line); no type column",
        [lead, dept], t,
    )  # fmt: skip


def wuhou_medical_insurance_center_duties() -> dict:
    unit = f"{PLACE}医疗保障事务中心"
    sh = _Sheet("责任清单", [6, 14, 10, 9, 18, 36, 8, 32])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年9月", 8)
    sh.add("序号", "科室", "岗位", "责任人", "职责事项", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "姒翎沺", "leader", [
            ("基金支付审批", "大额医保基金拨付不经中心办公会研究", "Ⅰ级", "大额拨付集体研究，拨付结果报区医保局备案。"),
            ("稽核处理决定", "对定点医药机构违规问题处理打招呼、降格", "Ⅰ级", "处理意见集体审定，处理结果公开。"),
        ]),
        ("参保征缴科", "科长", "茹滢峤", "middle", [
            ("参保登记", "违规为不符合条件人员办理参保登记", "Ⅱ级", "参保资格系统比对，疑点人工复核。"),
        ]),
        ("待遇保障科", "科员", "苑叡湘", "general", [
            ("零星报销审核", "医疗费用零星报销票据审核不严，虚假报销", "Ⅰ级", "票据真伪查验，初审、复审分离。"),
            ("异地就医备案", "异地就医备案材料把关不严", "Ⅲ级", "备案材料清单化审核，线上办理留痕。"),
        ]),
        ("医药服务管理科", "结算员", "荀砚霓", "general", [
            ("定点医药机构费用结算", "费用结算中多拨、错拨", "Ⅰ级", "结算数据系统自动核对，结算单三级审核。"),
        ]),
        ("稽核科", "稽核员", "恽姝沨", "general", [
            ("现场稽核", "现场稽核中接受定点机构宴请、礼品", "Ⅱ级", "稽核两人以上，签订廉洁承诺。"),
            ("稽核资料管理", "泄露举报人信息和稽核安排", "Ⅱ级", "举报信息专人保管，稽核计划保密。"),
        ]),
        ("综合科", "会计", "勾岱玥", "general", [
            ("基金财务核算", "医保基金收入户、支出户间违规划转", "Ⅰ级", "基金收支两条线，按月与银行对账。"),
        ]),
        ("综合科", "信息管理员", "甯禛菀", "general", [
            ("信息系统权限管理", "违规修改参保和结算数据", "Ⅱ级", "系统权限分级授权，操作日志定期审查。"),
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
    sh.add("填表人：", None, None, "审核人：", None, "中心主任（签字）：", None, None)
    return _layout(
        "wuhou_medical_insurance_center_duties", "https://fx361.cc/page/2021/0407/8073585.shtml",
        "区医疗保障事务中心 廉政风险防控责任清单, after the source's paper on the 内部控制 of 医保基金 (组织机构控制, 业务运行控制, "
        "基金财务控制, 信息系统控制): ``附件2``, a title, a merged ``填报单位（盖章）：…　填报时间：2025年9月`` line, then 序号/科室 "
        "merged (中心领导, 参保征缴科, 待遇保障科, 医药服务管理科, 稽核科, 综合科)/岗位 and 责任人 merged per person/``职责事项``/"
        "廉政风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no type column; a 填表人/审核人/中心主任（签字） line",
        [sh], t,
    )  # fmt: skip


def wuhou_yulin_health_center_cards() -> dict:
    unit = f"{PLACE}玉林街道社区卫生服务中心"
    t = _Truth(unit)
    cards = [
        ("主任", "羿沚荇", "主任", "中心领导", "leader", "分管工作", "主持中心全面工作，分管家庭医生签约服务", [
            ("家庭医生团队绩效分配方案不公开", "制度机制风险", "★★★", "分配方案经职工大会通过，分配结果公示。"),
            ("签约服务包耗材采购指定供应商", "外部环境风险", "★★★", "耗材按规定集中采购，中心办公会研究。"),
            ("双向转诊中与上级医院私下利益往来", "思想道德风险", "★★", "转诊按规范办理，转诊记录可查。"),
        ]),
        ("全科医生", "蓟珞湛", "全科医生", "全科医疗科", "general", "岗位职责", "带领家庭医生团队开展签约服务和慢病随访", [
            ("签约人数虚报、只签不约，套取签约经费", "业务流程风险", "★★★", "签约服务电话回访抽查，经费按履约发放。"),
            ("向签约居民推荐自费药品、保健品", "外部环境风险", "★★", "严禁推销药品，设立举报电话。"),
        ]),
        ("公卫医师", "糜霡岚", "公卫医师", "公共卫生科", "general", "岗位职责", "负责重点人群健康管理和居民健康档案", [
            ("重点人群随访记录造假", "岗位职责风险", "★★", "随访记录与系统数据核对，按季度抽查。"),
            ("居民健康档案信息泄露", "岗位职责风险", "★", "档案查询权限分级，查询留痕。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, dept, tier, label, duty, points in cards:
        sh = _Sheet(tab, [6, 36, 14, 9, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 5)
        sh.add("持卡人", who, f"职{GAP}务", post, None)
        r = sh.add("所在科室", dept, label, duty, None)
        sh.merge(r, 3, r, 4)
        sh.add("序号", "风险点", "风险类别", "风险等级", "防控措施")
        for i, (point, typ, stars, measures) in enumerate(points, 1):
            sh.add(i, point, typ, stars, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), STARS[stars])
        _line(sh, "注：风险等级★★★为高风险，★★为中风险，★为低风险。", 5)
        sh.add("持卡人签字：", None, "监督电话：028-85551234", None, None)
        sheets.append(sh)
    return _layout(
        "wuhou_yulin_health_center_cards", "http://zgkjsz.com/page/2022/0913/18933453.shtml",
        "街道社区卫生服务中心 岗位廉政风险防控卡, one sheet a holder (tabs 主任, 全科医生, 公卫医师), after the source's study of "
        "家庭医生签约服务 (团队, 护士, 公卫医师, 签约率, 管理率, 分级诊疗): a title, the pairs ``持卡人 | … | 职　务 | …`` and ``所在科室 "
        "| … | 分管工作 | …`` (``岗位职责`` for the staff; merged over two cells), then 序号/风险点/风险类别 ``…风险``/风险等级 "
        "``★★★/★★/★``/防控措施; a merged ``注：`` line on the stars and ``持卡人签字： | 监督电话：…``",
        sheets, t,
    )  # fmt: skip


def wuhou_cuqiao_health_center_selfchecks() -> dict:
    unit = f"{PLACE}簇桥街道社区卫生服务中心"
    t = _Truth(unit)
    people = [
        ("贲澂瑜", "中心领导", "副主任", "leader", [
            ("收费疫苗采购计划虚高，造成积压浪费", "制度机制", "一级风险", "采购计划按接种量测算，中心办公会研究。", "已落实"),
            ("预防接种门诊人员调配优亲厚友", "思想道德", "三级风险", "人员调配方案公开。", "未发现问题"),
        ]),
        ("酆昀绡", "预防接种科", "科长", "middle", [
            ("挪用免费疫苗按收费疫苗接种", "业务流程", "一级风险", "疫苗品种与接种记录每日核对。", "已落实"),
            ("接种人次、接种率数据虚报", "岗位职责", "二级风险", "接种数据与信息系统比对，按月抽查。", "正在整改"),
            ("注射器等耗材领用不登记", "制度机制", "三级风险", "耗材领用登记，月底盘点。", "已落实"),
        ]),
        ("蔚潆舸", "预防接种科", "疫苗管理员", "general", [
            ("疫苗出入库不扫码、账实不符", "岗位职责", "一级风险", "出入库扫码追溯，每月盘点。", "已落实"),
            ("冷链温度记录补记、伪造", "业务流程", "二级风险", "温度自动监测，异常报警留痕。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 36, 10, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        sh.add(f"姓{GAP}名", who, f"科{GAP}室", dept, f"岗{GAP}位", post)
        sh.add("序号", "风险点", "风险类别", "风险等级", "防控措施", "自查情况")
        for i, (point, typ, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, typ, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), RISKS[lv])
        sh.add()
        sh.add("本人签名：", None, None, "中心负责人意见：", None, None)
        sheets.append(sh)
    return _layout(
        "wuhou_cuqiao_health_center_selfchecks", "https://m.163wenku.com/d-3041097.html",
        "街道社区卫生服务中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's training deck on "
        "疫苗与注射器管理 (一类疫苗浪费, 挪用, 计划不合理, 储存运输): a title, ONE ROW OF THREE PAIRS ``姓　名 | … | 科　室 | … | "
        "岗　位 | …``, then 序号/风险点/风险类别 (short names)/风险等级 ``一级风险/二级风险/三级风险``/防控措施/``自查情况``; a "
        "blank row and ``本人签名： | 中心负责人意见：``",
        sheets, t,
    )  # fmt: skip


def wuhou_hongpailou_health_center_posts() -> dict:
    unit = f"{PLACE}红牌楼街道社区卫生服务中心"
    sh = _Sheet("排查表", [6, 12, 12, 18, 36, 13, 10, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", [
            ("医保定点协议管理", "对医保违规问题整改不力，瞒报自查结果", "制度机制风险", "高风险",
             "医保自查结果中心办公会研究，整改清单销号。"),
        ]),
        ("全科医疗科", "科主任", "middle", [
            ("处方开具", "超量开药、开人情处方", "思想道德风险", "中风险", "处方每月点评，超量处方通报。"),
        ]),
        ("医保办", "医保管理员", "general", [
            ("医保结算核对", "结算时不核对医保卡和身份证，冒名就医", "岗位职责风险", "高风险", "结算实名核验，异常结算逐笔复核。"),
            ("医保病历管理", "医保病历记录不实，虚记诊疗项目", "业务流程风险", "中风险", "病历与收费明细每月抽查。"),
        ]),
        ("药房", "药品采购员", "general", [
            ("医保药品采购", "采购目录外药品串换为目录内药品结算", "外部环境风险", "高风险", "药品网上集中采购，进销存系统核对。"),
            ("药品库存管理", "过期、丢失药品不报损，账实不符", "制度机制风险", "低风险", "库存每月盘点，报损经中心审批。"),
        ]),
        ("财务室", "收费员", "general", [
            ("医保回款管理", "医保回款挪作他用、公款私存", "业务流程风险", "中风险", "回款专户核算，按月对账。"),
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
        "wuhou_hongpailou_health_center_posts", "https://www.haojob123.com/zhidu/20241006/1431048.html",
        "街道社区卫生服务中心 岗位廉政风险点排查表 对岗不对人, after the source's 医保管理制度 of a 诊所 (医保病历, 医保药品 采购存储"
        "配药, 医保结算 核对医保卡和身份证, 医保账户): a title, then 序号/科室 merged (中心领导, 全科医疗科, 医保办, 药房, 财务室)/岗位 "
        "merged per post/a short 风险点/a long ``风险表现``/风险类型 ``…风险``/风险等级 ``高风险/中风险/低风险``/防控措施; no names; "
        "an ``编制： | 审核： | 2025年9月`` line",
        [sh], t,
    )  # fmt: skip


def wuhou_jinyang_health_center_groups() -> dict:
    unit = f"{PLACE}晋阳街道社区卫生服务中心"
    sh = _Sheet("一览表", [6, 12, 9, 38, 10, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "闾溱琬", "leader", [
                ("慢病管理信息化项目采购不经集体研究", "Ⅰ", "项目采购中心办公会研究，按规定政府采购。"),
                ("家庭病床等服务收费标准擅自调整", "Ⅱ", "收费标准按物价规定执行，收费公示。"),
            ]),
        ]),
        ("二、公共卫生科", "公共卫生科", [
            ("科长", "宦钰澍", "middle", [
                ("高血压、糖尿病患者随访数据造假", "Ⅰ", "随访数据电话回访抽查，问题通报。"),
                ("老年人健康体检人数虚报，套取补助", "Ⅰ", "体检名单与系统核对，补助按实拨付。"),
            ]),
            ("慢病管理专干", "芮嵋渟", "general", [
                ("体检异常结果不及时告知、漏报", "Ⅲ", "异常结果登记告知，科长每周复核。"),
            ]),
        ]),
        ("三、综合办公室", "综合办公室", [
            ("主任", "邰溥彤", "middle", [
                ("办公用品、印刷品采购不询价", "Ⅲ", "采购三家询价，验收双人签字。"),
            ]),
            ("出纳", "郜璠汐", "general", [
                ("基本公共卫生补助资金支付不按审批单办理", "Ⅱ", "支付凭审批单办理，网银U盾分人保管。"),
                ("门诊现金收取不开票", "Ⅱ", "现金日清日结，票款核对。"),
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
                t.point(sh.name, dept, post, who, tier, point, [], BARE[lv])
        _per_person(sh, first, None, 1, 2)
    _line(sh, "注：风险等级Ⅰ为高风险，Ⅱ为中风险，Ⅲ为低风险。", 6)
    sh.add("制表：", None, "审核：", None, "2025年9月", None)
    return _layout(
        "wuhou_jinyang_health_center_groups", "https://www.renrendoc.com/paper/501671937.html",
        "街道社区卫生服务中心 岗位廉政风险防控一览表, after the source's report on a 社区健康中心's 慢病管理与预防保健服务 (慢病管理, "
        "预防保健, 资金保障, 运营管理风险): a title, 序号/岗位/姓名/廉政风险点/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施 under GROUP ROWS "
        "``一、中心领导``, ``二、公共卫生科``, ``三、综合办公室`` merged across (no 科室 column); 岗位 and 姓名 merged per person; no "
        "type column; a merged ``注：`` line on the grades and a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    wuhou_health_bureau_staffing_grid(),
    wuhou_cdc_list(),
    wuhou_maternal_child_two_sheets(),
    wuhou_medical_insurance_center_duties(),
    wuhou_yulin_health_center_cards(),
    wuhou_cuqiao_health_center_selfchecks(),
    wuhou_hongpailou_health_center_posts(),
    wuhou_jinyang_health_center_groups(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch348-inbox"))

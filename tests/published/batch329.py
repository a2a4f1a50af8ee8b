"""The three-hundred-and-twenty-ninth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one district's 农业 and 林业
bodies, 达川区 (the district of 达州 south of the city, its staff Han) — its 农业农村局 with the
农业农村局's 农机站, 农村经营管理站, 动物疫病预防控制中心 and 农产品质量安全检测站, its 林业局 with the
林业局's 森林病虫害防治检疫站 and the 石桥镇林业站 — each handing back the 一览表, 防控卡, 排查表,
责任清单 or 自查表 its staff typed in WPS or Excel:

- the 林业局's file in two sheets: ``局领导`` (``附件2``, ``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位`` and ``姓名`` merged per person), ``一级/二级/三级``, no type
  column;
- the 农机站's 岗位廉政风险防控卡, one sheet a holder (tabs 站长, 安全监理员, 推广员): ``姓　名 | … |
  岗　位 | …`` and ``所在科室 | … | 持卡时间 | …`` above ``序号 | 风险点 | 风险类型 | 风险等级 |
  防控措施``, ``…风险`` types, ``★★★/★★/★`` read by a ``注：`` line, ``持卡人签字： | … | 监督电话：…``;
- the 石桥镇林业站's 排查表 对岗不对人 with NO 股室 column (a 站 of five posts): ``岗位`` merged per
  post, a short ``风险点`` beside a long ``风险表现``, short types, ``高风险/中风险/低风险``; no names;
  an 编制/审核/date line;
- the 动物疫病预防控制中心's 自查表, one sheet a person (tabs named by the person): a LABEL ROW
  ``姓　名 | 科　室 | 岗　位 | 填表时间`` over a row of values, then ``序号 | 风险点 | 风险等级 |
  防控措施 | 自查情况``, ``一级风险/二级风险/三级风险``, no type column, ``本人签名： | … | 主任意见：``;
- the 农村经营管理站's 责任清单 under GROUP ROWS ``一、站领导`` … ``三、集体资产管理股`` merged across
  (no 股室 column): ``岗位 | 姓名`` merged per person, ``职责事项`` before the ``廉政风险点``,
  ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column, a ``注：`` line and a 制表/审核/date line;
- the 森林病虫害防治检疫站's 一览表 under ``附件1`` and a ``填报单位（盖章）：…　填报时间：…`` line:
  ``股室`` merged, ``岗位`` and ``姓名`` merged per person, short types, 高/中/低, a
  ``填表人： | 审核人： | 站长（签字）：`` line;
- the 农产品质量安全检测站's 一览表: ``部门`` written on EVERY row (no merges), ``岗位 | 责任人``,
  ``…风险`` types, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line, a 填表人/审核人/站长（签字） line.

One is harder:

- ``dachuan_agriculture_bureau_item_levels``: the 农业农村局's 职权事项廉政风险防控一览表, an ordinary
  一览表 in its columns (a title, a merged ``填报单位（盖章）：…　填报时间：2025年9月`` line, ``序号 | 股室 |
  岗位 | 姓名 | 廉政风险点 | 风险类型 | 防控措施``, short types) with NO LEVEL COLUMN AND NO LEVEL WORD IN
  ANY RISK ROW: the list is cut into FIVE BLOCKS, ONE A 职权事项 (a power the 局 exercises), each
  opened by a merged, unnumbered CAPTION ROW that names the 事项 and ENDS WITH ITS GRADE IN
  FULL-WIDTH BRACKETS — ``一、高标准农田建设项目管理（风险等级：高）``, ``二、耕地地力保护补贴发放（风险等级：
  中）``, ``三、农业综合行政执法（风险等级：高）``, ``四、农药和农作物种子经营许可（风险等级：中）``,
  ``五、机关财务和公务接待管理（风险等级：低）`` — and a merged ``注：`` line under the table says that the
  局 grades its 职权事项, not each point, and that EVERY POINT UNDER A 事项 TAKES THE 事项's GRADE
  (``注：1.本表按职权事项评定风险等级，等级标注在各职权事项名称后的括号内，事项下各风险点的风险等级与所属
  事项相同，不再逐项标注。2.风险等级分高、中、低三级。``). Under each caption the rows carry their own
  ``股室`` (merged down its run WITHIN the block), ``岗位`` and ``姓名`` (merged per person within the
  block), and the 序号 run on across the blocks (1 … 16). The SAME HOLDER COMES BACK UNDER TWO
  事项, never in adjacent rows: the 副局长 阚钧澔 under 一 and 三 (both 高), the 副局长 逯芃锴 under 二
  and 四 (both 中), the 计划财务股's 会计 甯语柠 under 二 (中) and 五 (低) — so one form holds points of
  two grades, each from its own block's caption. So the caption is no point, no 科室 (the 事项 is
  the matter, not an office: its rows name four different 股室), and no level word of a group row
  that is ONLY a level; it is a SECTION title whose bracket grades every row under it. The
  README's 读得懂的表 knows a level in a level column (however worded, with or without a note), a
  group row that IS a level (``一、一级风险点``) or a type (``二、岗位职责风险``), sheets or titles named by a
  level, section lines (``2.预算编制``, ``(三)采购管理``) that carry NOTHING to their rows but the
  export's ``section``, a group row that gives a 科室, a post or a holder, a level in brackets at the
  end of a POINT cell (``…（Ⅰ级）``, batch 293–296) or a TYPE cell (``业务流程（高）``), a level written
  once a run (batch 323), a level given by row numbers in a note (``第1、2、4项为高风险``), stacked
  权力运行表 each under its own ``职权名称 | … | 职权类别`` row; it does not describe a level written
  ONCE A SECTION, in brackets after the NAME OF A MATTER on a caption row, which holds for every
  risk row down to the next caption — rows of several 股室 and holders, whose holders come back
  under other captions with another grade.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 市纪委监委 and the 驻市农业农村局
纪检监察组 watching 高标准农田建设 — 项目招投标, 建设资金管理使用, 工程建设质量, 现场监理, 建后管护; a
市林业局 building a 廉政风险防控信息平台 for 公益林 and its 权属落界, the 基层微权力; a 县志's 农机中心
doing the 农用拖拉机 and 联合收割机 年度技术检验 in every 乡镇 and the 驾驶员考试; a paper on the 乡镇
林业站 as the keeper of 森林资源 — 护林员队伍, 林政管理, 森林防火, 宣传; a 无规定疫病小区 assessment with
the 县动物疫病防控中心实验室 and the 无害化处理场; a paper on 农村土地流转契约 and their 履约 — 流转合同,
村支两委 as third party, 规模经营; a paper on 森林植物检疫 — 种子苗木 产地检疫, 调运检疫, 危险性病虫;
a 市农业局 监督抽检 of summer fruit from 基地 and 合作社, 达川区 among them, by the 市农产品质量检测中心)
and the layout follows their words for the unit, its parts, its posts and its risks. The rows are
worded by us, the names invented (rare Han surnames with rare given names, three characters
each); every unit is a body of 达川区.

Run ``python tests/published/score.py --set batch329`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the level of a point is the grade in brackets at the end of the caption row
  of its block (``（风险等级：高）`` → 1, ``中`` → 2, ``低`` → 3), as the ``注：`` line says; the caption
  rows are no points, their 事项 no 科室 and no post; a holder under two captions holds ONE form
  (his 股室 and post are the same in both blocks) with the points of both, each with its own
  block's grade; ``局领导`` in a ``股室`` cell is the 科室 of the 局长 and the 副局长;
- ``局领导`` (the 林业局's sheet, whose title names it), ``站领导`` (a card's 所在科室, a group row, a
  部门 or 股室 cell) and ``中心领导`` (a 自查表's 科室) are the 科室 of those leaders; a group row
  ``二、土地承包管理股`` gives the 科室 ``土地承包管理股`` (its number left off); a 站's 股 and 室 and
  a 中心's 科 and 室 are 科室; the 石桥镇林业站's list has no 科室 at all (its forms are posts, 科室
  blank);
- every 局, 站 and 中心 here is a unit of its own (the 石桥镇林业站 too: its unit is
  ``达川区石桥镇林业站``): 局长, 副局长, a 站's 站长 and 副站长, a 中心's 主任 are leaders; 股长, 科长 and
  the 局's 办公室主任 middle; the rest (科员, 会计, 出纳, 安全监理员, 推广员, 林政员, 营林技术员, 报账员,
  检测员, 检疫员, 技术员, 质量负责人, 抽样员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``职责事项``, ``分管工作`` and ``自查情况`` are no
  points and name no holder; the 石桥镇林业站's list names no person: its forms are posts
  (对岗不对人);
- ``高/中/低``, ``一级/二级/三级``, ``★★★/★★/★`` (read by the card's note), ``Ⅰ级/Ⅱ级/Ⅲ级``,
  ``高风险/中风险/低风险``, ``一级风险/二级风险/三级风险`` and bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the 检测站's
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

PREFIX = "b329_"
PLACE = "达川区"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"


# --------------------------------------------------------------------------- harder layout

ITEM_HEAD = ("序号", "股室", "岗位", "姓名", "廉政风险点", "风险类型", "防控措施")
# (caption without its grade, grade, [(股室, 岗位, 姓名, tier, [(风险点, 类型, 防控措施)])])
ITEMS = [
    ("一、高标准农田建设项目管理", "高", [
        ("局领导", "副局长", "阚钧澔", "leader", [
            ("插手高标准农田建设项目招标，为关系企业打招呼", "外部环境",
             "项目全部进入公共资源交易平台，插手干预事项登记报告。"),
        ]),
        ("农田建设股", "股长", "郜屹霖", "middle", [
            ("项目初步设计审查把关不严，虚增工程量和投资概算", "岗位职责", "初步设计委托第三方评审，评审意见存档。"),
            ("竣工验收走过场，对质量不达标工程签字验收", "业务流程", "验收邀请乡镇、村组和受益农户代表参加。"),
        ]),
        ("农田建设股", "科员", "厍沐筠", "general", [
            ("施工现场巡查记录不实，默许监理人员不到岗", "岗位职责", "巡查照片定位上传，股长每月抽查。"),
        ]),
    ]),
    ("二、耕地地力保护补贴发放", "中", [
        ("局领导", "副局长", "逯芃锴", "leader", [
            ("补贴资金分配方案不经党组会集体研究", "制度机制", "分配方案党组会研究，结果在政府网站公示。"),
        ]),
        ("计划财务股", "股长", "酆晗瑱", "middle", [
            ("补贴面积汇总审核不严，虚报冒领补贴资金", "业务流程", "补贴面积与确权数据比对，村组公示。"),
        ]),
        ("计划财务股", "会计", "甯语柠", "general", [
            ("补贴资金拨付不及时，滞留、挪用补贴资金", "岗位职责", "补贴资金“一卡通”直达农户，按月对账。"),
        ]),
    ]),
    ("三、农业综合行政执法", "高", [
        ("局领导", "副局长", "阚钧澔", "leader", [
            ("为农资违法案件当事人说情，干预案件办理", "思想道德", "说情打招呼事项如实记录，案件集体审议。"),
        ]),
        ("政策法规股", "股长", "綦峣铖", "middle", [
            ("农资打假案件查处以罚代刑、降格处理", "岗位职责", "处罚决定经法制审核，涉刑案件依法移送。"),
            ("执法检查前向检查对象泄露检查信息", "外部环境", "检查对象“双随机”抽取，检查前不通知。"),
        ]),
    ]),
    ("四、农药和农作物种子经营许可", "中", [
        ("局领导", "副局长", "逯芃锴", "leader", [
            ("对不符合条件的许可申请授意放行", "思想道德", "许可结果集体审核，办理情况网上公开。"),
        ]),
        ("种植业股", "股长", "鄢珮滢", "middle", [
            ("对不具备条件的申请人发放农药经营许可证", "岗位职责", "许可条件清单化，现场核查两人以上。"),
            ("种子经营备案现场核查走过场", "业务流程", "核查记录当事人签字，股长复核。"),
        ]),
    ]),
    ("五、机关财务和公务接待管理", "低", [
        ("局领导", "局长", "蔺崇铄", "leader", [
            ("公务接待超标准，审批把关不严", "制度机制", "接待事前审批，接待清单按月公示。"),
        ]),
        ("计划财务股", "会计", "甯语柠", "general", [
            ("报销票据审核不严，以虚假票据报账", "业务流程", "报销票据逐张审核，经办人、审核人、审批人三签。"),
        ]),
        ("办公室", "主任", "笪钰琦", "middle", [
            ("公务用车私用，虚报加油、维修费用", "思想道德", "车辆派遣登记，油耗按月统计分析。"),
        ]),
    ]),
]  # fmt: skip
ITEM_NOTE = (
    "注：1.本表按职权事项评定风险等级，等级标注在各职权事项名称后的括号内，事项下各风险点的风险等级与"
    "所属事项相同，不再逐项标注。2.风险等级分高、中、低三级。"
)


def caption(item: str, grade: str) -> str:
    """A block's caption row: the 事项 and its grade in full-width brackets."""
    return f"{item}（风险等级：{grade}）"


def dachuan_agriculture_bureau_item_levels() -> dict:
    unit = f"{PLACE}农业农村局"
    sh = _Sheet("一览表", [6, 12, 9, 9, 40, 10, 36])
    t = _Truth(unit)
    ncols = len(ITEM_HEAD)
    _line(sh, f"{unit}职权事项廉政风险防控一览表", ncols)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年9月", ncols)
    sh.add(*ITEM_HEAD)
    n = 0
    for item, grade, people in ITEMS:
        _line(sh, caption(item, grade), ncols)
        first = len(sh.rows)
        for dept, post, who, tier, points in people:
            for point, typ, measures in points:
                n += 1
                sh.add(n, dept, post, who, point, typ, measures)
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[grade])
        _per_person(sh, first, 1, 2, 3)
    _line(sh, ITEM_NOTE, ncols)
    sh.add("填表人：", None, None, "审核人：", None, "局长（签字）：", None)
    return _layout(
        "dachuan_agriculture_bureau_item_levels", "http://jwfz.org.cn/show-48082.html",
        "(harder) 区农业农村局 职权事项廉政风险防控一览表, after the source's 市纪委监委 and 驻市农业农村局纪检监察组 watching "
        "高标准农田建设 (项目招投标, 建设资金管理使用, 工程建设质量, 现场监理, 建后管护): a title, a merged "
        "``填报单位（盖章）：…　填报时间：2025年9月`` line, 序号/股室/岗位/姓名/廉政风险点/风险类型 (short names)/防控措施 "
        "with NO LEVEL COLUMN; the rows cut into five 职权事项 blocks by merged caption rows that END WITH THE "
        "GRADE IN BRACKETS (``一、高标准农田建设项目管理（风险等级：高）`` … ``五、机关财务和公务接待管理（风险等级：低）``), "
        "every point taking its block's grade as the ``注：`` line says; 股室, 岗位 and 姓名 merged within a block; "
        "three holders come back under a second 事项 (one with another grade); 序号 run on; a "
        "填表人/审核人/局长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def dachuan_forestry_bureau_two_sheets() -> dict:
    unit = f"{PLACE}林业局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 22, 36, 9, 32])
    lead.add("附件2")
    _line(lead, f"{unit}局领导廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("暴峻嵩", "局长", "主持全面工作，分管财务、人事和生态公益林补偿", [
            ("生态公益林补偿资金分配不经党组会集体研究", "一级", "分配方案党组会研究，补偿对象村组公示。"),
            ("干部选拔任用个人说了算", "一级", "严格执行干部任用程序，全程纪实。"),
        ]),
        ("缑楚骞", "副局长", "分管资源管理、林政执法和公益林权属落界", [
            ("林地占用审核中为关系企业打招呼", "一级", "林地审核集体研究，打招呼事项登记报告。"),
            ("毁林案件查处中说情干预", "二级", "案件查处全程记录，处罚结果公开。"),
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
    dept = _Sheet("股室", [6, 14, 9, 9, 36, 9, 32])
    _line(dept, f"{unit}股室岗位廉政风险防控表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("资源管理股", "股长", "仉泓霁", "middle", [
            ("公益林权属落界核实不到现场，错划、漏划界线", "二级", "落界成果经村组确认并公示，股室交叉抽查。"),
            ("林木采伐限额分配不公，优亲厚友", "一级", "限额分配方案公开，分配结果公示。"),
        ]),
        ("资源管理股", "科员", "郈芮嘉", "general", [
            ("林木采伐许可证发放材料审核把关不严", "二级", "采伐许可网上办理，材料清单化审核。"),
        ]),
        ("生态修复股", "股长", "貊文樾", "middle", [
            ("造林绿化项目验收走过场，虚报造林面积", "一级", "验收实地核查，面积卫星影像比对。"),
            ("造林苗木采购指定供应商", "三级", "苗木采购比选，结果公示。"),
        ]),
        ("办公室", "出纳", "漆梓萌", "general", [
            ("林业专项资金支付不按审批", "二级", "资金支付凭审批单办理，U盾分人保管。"),
            ("现金不及时存入银行", "三级", "现金日清月结，定期盘点。"),
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
        "http://hangzhou.baogaosu.com/xinwen/%E9%BE%99%E6%B3%89%E5%B8%82%E9%A2%86%E5%AF%BC%E4%B8%80%E8%A1%8C"
        "%E5%88%B0%E5%B8%82%E6%9E%97%E4%B8%9A%E5%B1%80%E5%BC%80%E5%B1%95/83465463/"
    )
    return _layout(
        "dachuan_forestry_bureau_two_sheets", source,
        "区林业局 廉政风险防控表 in two sheets, after the source's 市林业局 廉政风险防控信息平台 for 公益林 and its 权属落界 (the "
        "基层微权力): ``局领导`` (``附件2``, a title, 序号/姓名, 职务 and 分管工作 merged per leader/廉政风险点/风险等级 "
        "``一级/二级/三级``/防控措施; a 填表人/审核人/date line) and ``股室`` (a title, 序号/股室 merged (资源管理股, 生态修复股, "
        "办公室)/岗位 and 姓名 merged per person/…; a 填表人/审核人/局长（签字） line); no type column",
        [lead, dept], t,
    )  # fmt: skip


def dachuan_farm_machinery_station_cards() -> dict:
    unit = f"{PLACE}农机站"
    t = _Truth(unit)
    cards = [
        ("站长", "揭永钊", "站领导", "leader", [
            ("农机购置补贴机具核验不到现场，默许套取补贴", "思想道德风险", "★★★", "补贴机具现场核验，拍照留存备查。"),
            ("农机推广项目资金分配个人决定", "制度机制风险", "★★★", "项目资金站务会研究，结果公示。"),
            ("接受农机经销商宴请、礼品", "外部环境风险", "★★", "签订廉洁承诺书，节前廉洁提醒。"),
        ]),
        ("安全监理员", "巫皓骞", "安全监理股", "general", [
            ("拖拉机、联合收割机年度检验走过场，不检即发合格标志", "岗位职责风险", "★★★", "检验全程录像，检验记录双人签字。"),
            ("驾驶人考试降低标准，违规放行", "业务流程风险", "★★", "考试随机派考，考试过程录像存档。"),
            ("农机事故处理中偏袒一方", "岗位职责风险", "★", "事故处理两人以上，结论告知双方。"),
        ]),
        ("推广员", "满思彤", "技术推广股", "general", [
            ("新机具试验示范数据弄虚作假", "业务流程风险", "★★", "示范数据现场采集，股长审核。"),
            ("农机手培训虚报参训人数，套取培训补助", "思想道德风险", "★★", "培训签到拍照，参训名单公示。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, dept, tier, points in cards:
        sh = _Sheet(tab, [6, 36, 14, 9, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 5)
        sh.add("姓　名", who, "岗　位", tab, None)
        sh.add("所在科室", dept, "持卡时间", "2025年9月", None)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施")
        for i, (point, typ, stars, measures) in enumerate(points, 1):
            sh.add(i, point, typ, stars, measures)
            t.point(sh.name, dept, tab, who, tier, point, types_in(typ), STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 5)
        sh.add("持卡人签字：", None, "监督电话：0818-12388", None, None)
        sheets.append(sh)
    return _layout(
        "dachuan_farm_machinery_station_cards", "http://www.sznianjian.com/show.php?mlid=24990",
        "区农机站 岗位廉政风险防控卡, one sheet a holder (tabs 站长, 安全监理员, 推广员), after the source's 县农机中心 (农用拖拉机 and "
        "联合收割机 年度技术检验 in every 乡镇, 驾驶员考试): a title, the pairs ``姓　名 | … | 岗　位 | …`` and ``所在科室 | … | "
        "持卡时间 | 2025年9月``, then 序号/风险点/风险类型 ``…风险``/风险等级 ``★★★/★★/★``/防控措施; a merged ``注：`` line on "
        "the stars and ``持卡人签字： | 监督电话：…``",
        sheets, t,
    )  # fmt: skip


def dachuan_shiqiao_forestry_station_posts() -> dict:
    unit = f"{PLACE}石桥镇林业站"
    sh = _Sheet("排查表", [6, 12, 20, 38, 10, 10, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站长", "leader", [
            ("林木采伐申请初审", "对不符合条件的采伐申请出具同意初审意见", "岗位职责", "高风险",
             "初审意见现场核实后出具，站务会集体研究。"),
            ("生态护林员选聘", "护林员选聘优亲厚友，不经村组公示", "制度机制", "中风险", "选聘条件和结果在村务公开栏公示。"),
        ]),
        ("林政员", "general", [
            ("林地巡查", "发现毁林、非法占用林地不报告、不制止，收受好处", "思想道德", "高风险",
             "巡查轨迹上传，发现问题当日报告。"),
            ("木材运输检查", "对无证运输木材违规放行", "外部环境", "中风险", "检查两人以上，检查记录存档。"),
        ]),
        ("营林技术员", "general", [
            ("造林检查验收", "造林面积、成活率核查不实", "业务流程", "中风险", "核查结果与村组签字确认，站长抽查。"),
        ]),
        ("报账员", "general", [
            ("护林员补助发放", "虚列护林员名单，冒领护林员补助", "岗位职责", "高风险", "补助名单公示，补助资金直达个人账户。"),
            ("票据管理", "白条入账，票据保管不善", "业务流程", "低风险", "票据逐张审核，定期装订归档。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, tier, points in rows:
        for point, desc, typ, lv, measures in points:
            n += 1
            sh.add(n, post, point, desc, typ, lv, measures)
            t.point(sh.name, "", post, "", tier, point, types_in(typ), BANDS[lv])
    _per_person(sh, first, None, 1)
    sh.add("编制：石桥镇林业站", None, None, "审核：", None, "2025年9月", None)
    return _layout(
        "dachuan_shiqiao_forestry_station_posts", "http://www.handmsg.com/page/2021/0611/8446600.shtml",
        "镇林业站 岗位廉政风险点排查表 对岗不对人, after the source's paper on the 乡镇林业站 as keeper of 森林资源 (护林员队伍, "
        "林政管理, 森林防火, 宣传): a title, then 序号/岗位 merged per post (站长, 林政员, 营林技术员, 报账员; no 股室 column)/"
        "a short 风险点/a long ``风险表现``/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; no names; an "
        "``编制：… | 审核： | 2025年9月`` line",
        [sh], t,
    )  # fmt: skip


def dachuan_animal_disease_center_selfchecks() -> dict:
    unit = f"{PLACE}动物疫病预防控制中心"
    t = _Truth(unit)
    people = [
        ("晏珈澍", "中心领导", "主任", "leader", [
            ("强制免疫疫苗分配方案不经集体研究", "一级风险", "分配方案中心办公会研究，分配结果公示。", "已落实"),
            ("无疫小区评估材料审核把关不严", "一级风险", "评估材料两人以上审核，现场核查留痕。", "已落实"),
        ]),
        ("冀明煦", "防疫科", "科长", "middle", [
            ("“先打后补”免疫补助核验不实", "一级风险", "免疫档案与补助申报逐户比对。", "正在整改"),
            ("病死畜禽无害化处理数量核查不实", "二级风险", "处理数量与收集台账、视频记录比对。", "已落实"),
            ("疫情报告迟报、瞒报", "二级风险", "疫情报告实行首报负责，逐级复核。", "未发现问题"),
        ]),
        ("弓诗涵", "实验室", "检测员", "general", [
            ("监测样品检测结果弄虚作假", "一级风险", "检测原始记录双人复核，结果不可修改。", "已落实"),
            ("检测试剂、耗材领用不登记", "三级风险", "试剂耗材出入库登记，每月盘点。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 12, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "科　室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年9月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], RISKS[lv])
        sh.add()
        sh.add("本人签名：", None, "主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "dachuan_animal_disease_center_selfchecks", "https://ddtbk.com/sannong/24449.html",
        "区动物疫病预防控制中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 无规定疫病小区 "
        "assessment (县动物疫病防控中心实验室, 无害化处理场, 非洲猪瘟防控档案): a title, a label row ``姓　名 | 科　室 | 岗　位 | "
        "填表时间`` over a row of values, then 序号/风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施/``自查情况``; no type "
        "column; a blank row and ``本人签名： | 主任意见：``",
        sheets, t,
    )  # fmt: skip


def dachuan_rural_management_station_groups() -> dict:
    unit = f"{PLACE}农村经营管理站"
    sh = _Sheet("责任清单", [6, 10, 9, 18, 36, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 7)
    sh.add("序号", "岗位", "姓名", "职责事项", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、站领导", "站领导", [
            ("站长", "诸鸿翥", "leader", [
                ("土地规模流转奖补", "流转奖补资金审核不严，虚报流转面积", "Ⅰ级", "流转面积实地核查，奖补对象公示。"),
                ("村级财务审计", "审计发现问题不移交、不督促整改", "Ⅱ级", "审计问题建立台账，限期销号。"),
            ]),
            ("副站长", "闵婉沁", "leader", [
                ("承包纠纷调解", "土地承包纠纷调解中偏袒一方", "Ⅱ级", "调解两人以上，调解协议当事人签字。"),
            ]),
        ]),
        ("二、土地承包管理股", "土地承包管理股", [
            ("股长", "扈启铭", "middle", [
                ("流转合同鉴证", "为违规流转合同出具鉴证意见", "Ⅰ级", "鉴证材料清单化审核，股长、站长两级签字。"),
            ]),
            ("科员", "邬菀泠", "general", [
                ("承包信息变更", "擅自变更农户承包地信息", "Ⅱ级", "信息变更凭村组证明和本人申请办理，留痕可查。"),
            ]),
        ]),
        ("三、集体资产管理股", "集体资产管理股", [
            ("股长", "蔚岷屹", "middle", [
                ("清产核资", "清产核资中隐瞒、低估集体资产", "Ⅰ级", "清产核资结果村民代表会议确认并公示。"),
            ]),
            ("科员", "聂湘苡", "general", [
                ("村级代理记账", "代理记账中白条入账", "Ⅲ级", "记账凭证逐张审核，定期抽查。"),
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
    sh.add("制表：", None, None, "审核：", None, "2025年9月", None)
    return _layout(
        "dachuan_rural_management_station_groups", "https://m.fx361.cc/news/2024/0131/22914544.html",
        "区农村经营管理站 廉政风险防控责任清单, after the source's paper on 农村土地流转契约 and their 履约 (流转合同, 村支两委 as "
        "third party, 规模经营): a title, 序号/岗位/姓名/``职责事项``/廉政风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施 under GROUP "
        "ROWS ``一、站领导``, ``二、土地承包管理股``, ``三、集体资产管理股`` merged across (no 股室 column); 岗位 and 姓名 merged "
        "per person; no type column; a ``注：`` line and a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def dachuan_forest_pest_station_list() -> dict:
    unit = f"{PLACE}森林病虫害防治检疫站"
    sh = _Sheet("一览表", [6, 12, 10, 9, 40, 10, 8, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年9月", 8)
    sh.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "薄岫棠", "leader", [
            ("防治药剂、药械采购指定供应商", "制度机制", "高", "药剂药械采购比选，站务会研究。"),
            ("松材线虫病疫木除治项目验收把关不严", "业务流程", "高", "除治验收第三方参与，验收资料存档。"),
        ]),
        ("检疫股", "股长", "宦沄翙", "middle", [
            ("苗木产地检疫不到现场即出具检疫证书", "岗位职责", "高", "产地检疫现场拍照，证书系统出具。"),
            ("调运检疫中收受货主好处", "思想道德", "中", "检疫收费标准公开，签订廉洁承诺。"),
        ]),
        ("检疫股", "检疫员", "殳梓轩", "general", [
            ("复检走过场，对带疫苗木放行", "岗位职责", "中", "复检记录双人签字，股长抽查。"),
        ]),
        ("防治股", "技术员", "羿琛澈", "general", [
            ("林业有害生物监测数据填报不实", "业务流程", "低", "监测数据与测报点记录比对。"),
            ("飞防作业面积核定不实", "外部环境", "中", "作业面积按航迹数据核定，村组确认。"),
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
    sh.add("填表人：", None, None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "dachuan_forest_pest_station_list", "https://jxxfw.com/periodical/771341aaeefb7fd171225ef6886c1f37.html",
        "区森林病虫害防治检疫站 岗位廉政风险防控一览表, after the source's paper on 森林植物检疫 (种子苗木 产地检疫, 调运检疫, "
        "危险性病虫): ``附件1``, a title, a merged ``填报单位（盖章）：…　填报时间：2025年9月`` line, then 序号/股室 merged "
        "(站领导, 检疫股, 防治股)/岗位 and 姓名 merged per person/廉政风险点/风险类型 (short names)/风险等级 高/中/低/防控措施; a "
        "填表人/审核人/站长（签字） line",
        [sh], t,
    )  # fmt: skip


def dachuan_produce_testing_station_list() -> dict:
    unit = f"{PLACE}农产品质量安全检测站"
    sh = _Sheet("一览表", [6, 12, 12, 10, 40, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "邴蘅汐", "leader", "检测报告签发前擅自修改检测结论", "制度机制风险", "Ⅰ",
         "检测结论系统锁定，修改须经技术负责人审批。"),
        ("站领导", "站长", "邴蘅汐", "leader", "检测仪器设备采购倾向特定品牌", "岗位职责风险", "Ⅱ",
         "仪器采购技术参数集体论证。"),
        ("检测室", "检测员", "隆沣皓", "general", "农药残留检测原始记录不实", "业务流程风险", "Ⅱ",
         "原始记录当场填写，复核人签字。"),
        ("检测室", "抽样员", "乜蕖漪", "general", "抽样时调换样品或事先通知被抽检基地", "思想道德风险", "Ⅰ",
         "抽样计划保密，抽样两人以上并拍照。"),
        ("质量管理室", "质量负责人", "勾暄翎", "general", "内部质量核查走过场", "业务流程风险", "Ⅲ",
         "质量核查记录存档，结果向站务会报告。"),
        ("综合室", "会计", "杭沛琳", "general", "委托检测收费不开票、不入账", "岗位职责风险", "Ⅰ",
         "收费票据统一领用，收入每月对账。"),
        ("综合室", "会计", "杭沛琳", "general", "接受被检单位宴请、礼品", "外部环境风险", "Ⅲ",
         "签订廉洁承诺书，节前廉洁提醒。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), BARE[lv])
    _line(sh, "注：风险等级Ⅰ为高风险，Ⅱ为中风险，Ⅲ为低风险。", 8)
    sh.add("填表人：", None, None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "dachuan_produce_testing_station_list", "https://100zi.50zi.cn/zw/16/920/8dZYjyl4K4.html",
        "区农产品质量安全检测站 岗位廉政风险防控一览表, after the source's 市农业局 监督抽检 of summer fruit (基地, 合作社, 达川区 "
        "among them; 抽样, 农药残留 检测, the 市农产品质量检测中心): a title, then 序号/部门/岗位/``责任人`` written on EVERY row "
        "(no merges)/廉政风险点/风险类型 ``…风险``/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施; a merged ``注：`` line on the grades and a "
        "填表人/审核人/站长（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    dachuan_agriculture_bureau_item_levels(),
    dachuan_forestry_bureau_two_sheets(),
    dachuan_farm_machinery_station_cards(),
    dachuan_shiqiao_forestry_station_posts(),
    dachuan_animal_disease_center_selfchecks(),
    dachuan_rural_management_station_groups(),
    dachuan_forest_pest_station_list(),
    dachuan_produce_testing_station_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch329-inbox"))

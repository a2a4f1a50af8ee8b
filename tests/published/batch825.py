"""The eight-hundred-and-twenty-fifth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's tea and
farming bodies, 祁门县 (of 黄山市, 安徽省) — its 农业农村局, 茶产业发展中心, 农业技术推广中心,
茶叶质量检测站, 农机服务站, 植保植检站, 农村经营管理站 and 农业综合行政执法大队 — each handing back
the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 农业农村局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 农业技术推广中心's 排查表 对岗不对人: ``处室`` and ``岗位`` merged, a short ``风险点`` beside a
  long ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 茶叶质量检测站's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` and a merged 分管工作
  line, ``★★★/★★/★`` read by a ``注：`` line;
- the 农机服务站's 清单 under GROUP ROWS ``一、站领导`` … ``三、安全监理股`` merged across (no 科室
  column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 植保植检站's 自查表, one sheet a person: a label row ``姓　名 | 所在股室 | 岗　位 | 填表时间``
  over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 农村经营管理站's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on
  EVERY row, short types, ``高风险/中风险/低风险``;
- the 农业综合行政执法大队's 排查登记表: ``处室`` merged, ``岗位 | 姓名`` merged per person,
  ``风险类别`` (short names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``qimen_tea_center_interest_declarations``: the 茶产业发展中心's 干部职工利益关系申报及廉政风险登记表,
  ONE ROW A DECLARED RELATIVE: ``序号 | 申报人 | 所在科室 | 职务`` merged down over the declarant's
  rows, then ``亲属姓名 | 与本人关系 | 亲属从业情况`` (the relative, his tie to the declarant and the
  tea firm, shop, co-operative or dealer he runs or works in), and for each relative the
  ``可能产生的廉政风险`` that the tie brings to the declarant's own work, its ``风险等级`` (高/中/低)
  and ``回避及防控措施``. The holder is the DECLARANT (``申报人``), not the relative, though the
  relative's column is the one headed ``…姓名`` and holds a name on every row; the relatives often
  share the declarant's surname. The README's 读得懂的表 knows an OA 申报审批单 whose ``申请人 |
  申请部门`` pairs stand over a list, 本人 rows resolved by a 填报人 line, and 姓名 cells with the
  holder's own 民族、性别、政治面貌 in brackets; it does not describe a declaration register whose
  holder column is headed ``申报人`` beside a second, relatives' name column (``亲属姓名 | 与本人关系``),
  one row a relative and the risk the declarant's.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (祁门县 “小茶叶” 托起 “大产业” — 茶企,
茶文化, 茶科技, 延链补链; the 祁红产业发展中心's 《“十四五”祁红茶产业发展规划》 征求意见 — 规划编制,
重点任务分解到乡镇和单位; 祁门 茶产业 科技体系 — 产学研, 专家大院, 祁红绿色产业园; 茶叶品质检测 —
农残, 理化指标, 检测标准; 农机购置补贴 办理流程 — 核实验收, 人机合影, 结算申请; 植物检疫证书 —
伪造涂改, 核查; 土地承包关系 “长久不变” — 承包经营权, 流转; 农业执法大队 仓库 — 扣押农资,
抽样检测, 登记保管处理) and the layout follows their words for the unit, its parts, its posts
and its risks. The rows are worded by us, the names invented (the rare surnames 暴 and 甘 with
rare given names); every unit is a body of 祁门县.

Run ``python tests/published/score.py --set batch825`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each row is a point of its ``申报人`` (post from ``职务``, 科室 from ``所在科室``,
  both merged over his rows), with the row's level; one form a declarant; ``亲属姓名``, ``与本人关系``
  and ``亲属从业情况`` name no holder and are no points; ``回避及防控措施`` are the measures; the
  ``注：`` line and the 填表/审核 line are no points;
- ``局领导``, ``中心领导``, ``站领导``, ``大队领导`` (a 处室 cell, a group row, a 所在股室/部门 cell) are
  the 科室 of those leaders; the 局's leaders (sheet ``局领导``, no 科室 column) and the cards'
  leaders have no 科室; a 股, 科, 中队 and 办公室 are 科室;
- 局长, 副局长, 主任 and 副主任 of a 中心, 站长, 副站长 and 大队长 are leaders; 股长, 科长, 中队长 and a
  办公室's 主任 middle; the rest (会计, 出纳, 农技员, 检测员, 办事员, 检疫员, 测报员, 审计员, 科员,
  执法队员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no
  points and name no holder; the 推广中心's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b825_"
PLACE = "祁门县"
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

# (申报人, 所在科室, 职务, tier, [(亲属姓名, 与本人关系, 亲属从业情况, 可能产生的廉政风险, 等级, 措施)])
DECLARANTS = [
    ("暴筠昶", "中心领导", "主任", "leader", [
        ("暴琮岫", "胞弟", "县内某茶业有限公司法定代表人",
         "茶叶品牌建设奖补资金评审中为胞弟所办茶企说情打招呼", "高",
         "本人回避该企业奖补评审，评审结果经中心班子会集体研究并公示。"),
        ("甘澍萦", "配偶", "县内茶叶电商企业会计",
         "干预茶博会参展企业名额分配，向配偶所在企业倾斜", "中",
         "参展企业按申报条件量化排序，名单公示五个工作日。"),
    ]),
    ("甘霁珝", "中心领导", "副主任", "leader", [
        ("暴岍琰", "女婿", "茶园托管服务专业合作社理事长",
         "茶园提质改造项目实施主体遴选中向女婿所在合作社透露信息", "高",
         "本人不参与遴选，遴选方案和结果报县农业农村局备案。"),
    ]),
    ("甘翀澹", "产业科", "科长", "middle", [
        ("暴淇璠", "表兄", "茶叶加工机械经销商",
         "茶叶加工机械补助申报材料审核中放宽条件", "高",
         "涉及该经销商的申报由副科长审核，科长不签批。"),
        ("甘珣岚", "兄", "乡镇茶叶初制所负责人",
         "初制所标准化改造验收中降低标准", "中",
         "验收由三人以上小组现场进行，本人回避。"),
    ]),
    ("暴瀚琇", "品牌科", "科员", "general", [
        ("甘昱霈", "母亲", "祁门红茶专营店经营者",
         "利用地理标志使用授权审核便利为亲属店铺谋利", "中",
         "授权申请由两人交叉审核，授权名单网上公开。"),
        ("暴湛珈", "姐", "茶叶专业合作社社员",
         "茶农技能培训补贴名单审核中虚增亲属", "低",
         "培训名单村级公示，补贴直接打卡发放。"),
    ]),
]  # fmt: skip


def qimen_tea_center_interest_declarations() -> dict:
    unit = f"{PLACE}茶产业发展中心"
    heads = ("序号", "申报人", "所在科室", "职务", "亲属姓名", "与本人关系", "亲属从业情况",
             "可能产生的廉政风险", "风险等级", "回避及防控措施")  # fmt: skip
    ncols = len(heads)
    sh = _Sheet("申报登记表", [6, 9, 10, 8, 9, 10, 22, 36, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}干部职工利益关系申报及廉政风险登记表", ncols)
    _line(sh, f"填报单位：{unit}{GAP * 16}2025年5月", ncols)
    sh.add(*heads)
    first = len(sh.rows)
    for n, (who, dept, post, tier, relatives) in enumerate(DECLARANTS, 1):
        for kin, tie, work, point, lv, measures in relatives:
            sh.add(n, who, dept, post, kin, tie, work, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _merge_down(sh, first, [(c, lambda row: row[1]) for c in (0, 1, 2, 3)])
    _line(sh, "注：本表由干部职工本人如实申报亲属从业情况，“可能产生的廉政风险”及其等级由中心廉政风险防控领导小组评定。",
          ncols)  # fmt: skip
    sh.add("填表：", None, None, "审核：", None, None, None, "主任（签字）：", None, None)
    return _layout(
        "qimen_tea_center_interest_declarations", "http://bilinxueyuan.cn/news/kuaixun/120019.html",
        "(harder) 县茶产业发展中心 干部职工利益关系申报及廉政风险登记表, after the source's 祁门县 “小茶叶” 托起 “大产业” "
        "(茶企, 茶文化, 茶科技, 延链补链): a title, a merged 填报单位/date line, then ONE ROW A DECLARED RELATIVE: "
        "序号/申报人/所在科室/职务 merged down over the declarant's rows, 亲属姓名/与本人关系/亲属从业情况 (a second name "
        "column, the relatives, often of the declarant's surname), 可能产生的廉政风险 (the declarant's point), 风险等级 "
        "高/中/低, 回避及防控措施; no type column; a merged ``注：`` line and a 填表/审核/主任（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def qimen_agri_bureau_two_sheets() -> dict:
    unit = f"{PLACE}农业农村局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("甘璇淼", "局长", "主持全面工作", [
            ("祁红产业发展专项资金分配个人说了算", "一级", "资金分配方案经局党组会集体研究，分配结果公开。"),
            ("涉农项目招投标中打招呼、插手干预", "一级", "项目一律进入县公共资源交易中心，领导干部插手登记报告。"),
        ]),
        ("暴峤沅", "副局长", "分管茶产业、农业机械化", [
            ("茶园改造项目立项审批把关不严", "二级", "立项前组织专家现场论证，论证意见存档。"),
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
        ("计划财务股", "股长", "甘昕璐", "middle", "涉农资金拨付凭证审核不严", "一级",
         "拨付凭证经办、审核、审批三签，按月对账。"),
        ("计划财务股", "会计", "暴栩漪", "general", "项目资金报账虚列支出", "二级", "报账附验收单和合同，定期抽查。"),
        ("农田建设股", "股长", "甘翾珩", "middle", "高标准农田建设项目验收走过场", "一级",
         "验收邀请乡镇和村民代表参加，验收结果公示。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "qimen_agri_bureau_two_sheets", "https://www.ahqimen.gov.cn/zwgk/public/6615904/10541402.html",
        "县农业农村局 廉政风险防控一览表 in TWO SHEETS, after the source's 《“十四五”祁红茶产业发展规划》 征求意见 (规划编制, "
        "重点任务分解到乡镇及有关单位): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 merged and "
        "岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def qimen_extension_center_posts() -> dict:
    unit = f"{PLACE}农业技术推广中心"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "处室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "良种良法示范项目", "示范项目承担主体确定不经集体研究", "制度机制风险", "高",
         "承担主体由中心办公会集体研究，结果公示。"),
        ("茶叶技术科", "科长", "middle", "茶园技术指导", "向茶农推销指定肥料、农药收取好处", "思想道德风险", "中",
         "技术指导只推荐品类不推荐品牌，签订廉洁承诺。"),
        ("茶叶技术科", "农技员", "general", "测土配方施肥", "测土配方取样和化验数据弄虚作假", "岗位职责风险", "低",
         "取样双人到场，化验记录留存备查。"),
        ("办公室", "主任", "middle", "培训经费管理", "高素质农民培训虚报培训人数和天数", "业务流程风险", "高",
         "培训签到与照片存档，经费按实结算。"),
        ("办公室", "出纳", "general", "现金管理", "培训补助现金发放不签字确认", "业务流程风险", "中",
         "补助通过银行卡发放，不发现金。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "qimen_extension_center_posts", "https://puer10000.com/hangyexinwen/69079.html",
        "县农业技术推广中心 岗位廉政风险点排查表 对岗不对人, after the source's 祁门 茶产业 科技体系 (产学研合作, 专家大院, "
        "祁红绿色产业园): a title, 序号/处室 merged/岗位 merged per post/a short 风险点/a long 风险表现/风险类型 ``…风险``/"
        "风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def qimen_tea_testing_station_cards() -> dict:
    unit = f"{PLACE}茶叶质量检测站"
    t = _Truth(unit)
    cards = [
        ("站长", "暴澂璆", "站长", "主持全站工作", "leader", [
            ("检测报告签发前不复核原始记录", "★★★", "报告签发前由授权签字人复核原始记录。"),
            ("接受送检茶企宴请和礼品", "★", "严守中央八项规定精神，送检不见面。"),
        ]),
        ("副站长", "甘岑瑀", "副站长", "分管检测业务、设备管理", "leader", [
            ("委托检测样品不实行盲样编码", "★★", "样品接收后统一编码，检测员不知送检单位。"),
            ("检测设备采购指定品牌", "★★★", "设备采购按政府采购程序，技术参数集体论证。"),
        ]),
        ("检测员", "暴珺淏", "检测员", "农药残留检测", "general", [
            ("篡改农残检测数据出具合格结论", "★★★", "检测数据仪器自动上传，站长定期抽查比对。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
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
        "qimen_tea_testing_station_cards", "http://www.kj1di.cn/?p=897",
        "县茶叶质量检测站 岗位廉政风险防控卡, one sheet a person, after the source's 茶叶品质检测 (农残, 理化指标, 检测标准, "
        "监督检查): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then 序号/风险点/风险等级 "
        "``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def qimen_machinery_station_group_rows() -> dict:
    unit = f"{PLACE}农机服务站"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、站领导", "站领导", [
            ("站长", "甘涴翎", "leader", [
                ("农机购置补贴资金结算申请不经集体研究", "一级风险", "结算申请经站务会研究，报县农业农村局审核。"),
                ("为经销商介绍购机户收受好处", "二级风险", "购机户自主选择经销商，站内不推荐产品。"),
            ]),
        ]),
        ("二、补贴股", "补贴股", [
            ("股长", "暴霖岱", "middle", [
                ("补贴机具核实验收走过场，人机合影弄虚作假", "一级风险", "核实验收双人到场，按10%比例入户抽查。"),
            ]),
            ("办事员", "甘琤湘", "general", [
                ("补贴申请录入随意调整受理顺序", "三级风险", "申请按受理时间先后录入系统，进度网上可查。"),
            ]),
        ]),
        ("三、安全监理股", "安全监理股", [
            ("股长", "暴沐璘", "middle", [
                ("拖拉机、联合收割机不上线检验即出具合格", "二级风险", "检验全程录像，检验记录存档。"),
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
        "qimen_machinery_station_group_rows", "http://www.linesmovie.com/220/2160/2171/2019-06-28/191013.html",
        "县农机服务站 廉政风险防控责任清单, after the source's 农机购置补贴 办理流程 (自主选择经销商, 核实验收, 人机合影, "
        "申请结算): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS "
        "``一、站领导``, ``二、补贴股``, ``三、安全监理股`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def qimen_plant_protection_selfchecks() -> dict:
    unit = f"{PLACE}植保植检站"
    t = _Truth(unit)
    people = [
        ("甘潇峋", "站领导", "站长", "leader", [
            ("植物检疫证书签发把关不严、先签后检", "Ⅰ级", "证书签发实行检疫员、站长两级审核。", "已落实"),
            ("茶园病虫害统防统治服务组织确定不公开", "Ⅱ级", "服务组织公开比选，结果公示。", "未发现问题"),
        ]),
        ("暴蘅昀", "检疫股", "检疫员", "general", [
            ("产地检疫不到现场即出具检疫证明", "Ⅰ级", "产地检疫现场拍照定位，记录存档。", "已落实"),
            ("调运检疫中收受苗木经营户财物", "Ⅱ级", "检疫收费票据公开，举报电话公示。", "已落实"),
        ]),
        ("甘璩沣", "测报股", "测报员", "general", [
            ("茶园病虫害监测数据补记、编造", "Ⅲ级", "监测数据按周上报，站长抽查田间记录。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在股室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "站长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "qimen_plant_protection_selfchecks", "https://m.zhaokaoti.com/shiti/aaa4ff31ca1c4980a5cc5d7bd7a43386.html",
        "县植保植检站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 植物检疫证书 "
        "(格式, 伪造涂改, 植物检疫机构核查): a title, a label row ``姓　名 | 所在股室 | 岗　位 | 填表时间`` over a row of "
        "values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; ``本人签名： | 站长意见：``",
        sheets, t,
    )  # fmt: skip


def qimen_rural_management_station_list() -> dict:
    unit = f"{PLACE}农村经营管理站"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "暴芃澔", "leader", "土地承包经营纠纷调解中偏袒一方", "岗位职责", "高风险",
         "调解两人以上参加，调解协议存档。"),
        ("站领导", "站长", "暴芃澔", "leader", "村集体经济发展扶持资金分配不公", "制度机制", "中风险",
         "扶持村按评分排序，经站务会研究并公示。"),
        ("承包管理股", "股长", "甘姝湲", "middle", "土地承包经营权证变更登记审核不严", "业务流程", "中风险",
         "变更登记凭村组决议和公示材料办理。"),
        ("审计股", "审计员", "暴翎澈", "general", "村级财务审计发现问题隐瞒不报", "思想道德", "高风险",
         "审计报告经股长复核，问题清单报站领导。"),
        ("审计股", "审计员", "暴翎澈", "general", "农村集体“三资”清查数据失真", "业务流程", "低风险",
         "清查数据与村级账目逐项核对。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "qimen_rural_management_station_list", "https://lw33.cn/article/0781d1797c8f70ec265741f8.html",
        "县农村经营管理站 岗位廉政风险防控一览表, after the source's 土地承包关系 “长久不变” (承包经营权, 流转, 调整): "
        "``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 written on EVERY row/"
        "廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/站长（签字） line",
        [sh], t,
    )  # fmt: skip


def qimen_enforcement_brigade_register() -> dict:
    unit = f"{PLACE}农业综合行政执法大队"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "处室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("大队领导", "大队长", "甘瑄岷", "leader", [
            ("假劣农资案件查处中以罚代刑、降格处理", "制度机制", "一级", "重大案件集体讨论，涉嫌犯罪的一律移送。"),
            ("行政处罚自由裁量权滥用", "岗位职责", "二级", "严格执行自由裁量基准，处罚决定法制审核。"),
        ]),
        ("执法一中队", "中队长", "暴泓璟", "middle", [
            ("扣押的假劣农药、种子私自处理", "业务流程", "一级", "扣押物品入库登记，处理经大队审批并留影像。"),
        ]),
        ("执法一中队", "执法队员", "甘玥淳", "general", [
            ("执法检查中接受农资经营户宴请", "思想道德", "二级", "执法检查两人以上，签订廉洁执法承诺。"),
            ("抽样送检样品调包", "外部环境", "三级", "抽样当场封样，被检单位签字确认。"),
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
        "qimen_enforcement_brigade_register",
        "https://www.httgc.com/kk/jie-mi-zheng-zhou-shi-nong-ye-zhi-fa-da-dui-cang-ku-li-de-mi-mi-yu-tiao-zhan.html",
        "县农业综合行政执法大队 廉政风险点排查登记表, after the source's 农业执法大队 仓库 (扣押农药种子化肥, 抽样检测, 登记保管"
        "处理): a title, 序号/处室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 "
        "``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    qimen_tea_center_interest_declarations(),
    qimen_agri_bureau_two_sheets(),
    qimen_extension_center_posts(),
    qimen_tea_testing_station_cards(),
    qimen_machinery_station_group_rows(),
    qimen_plant_protection_selfchecks(),
    qimen_rural_management_station_list(),
    qimen_enforcement_brigade_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch825-inbox"))

"""The eight-hundred-and-ninth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 农业农村 bodies,
荔波县 (of 黔南州, 贵州省) — its 农业农村局, 植保植检站, 种子管理站, 农业综合行政执法大队, 农机推广站,
农村经营管理站, 朝阳镇农业服务中心 and 动物卫生监督所 — each handing back the 一览表, 防控卡, 排查表,
清单 or 自查表 its staff typed in WPS or Excel:

- the 农业农村局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and ``股室``
  (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 植保植检站's 排查表 对岗不对人: ``股室`` and ``岗位`` merged, ``…风险`` types, 高/中/低; no names;
- the 种子管理站's 自查表, one sheet a person: a label row ``姓　名 | 所在股室 | 岗　位 | 填表时间`` over a
  row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 农业综合行政执法大队's 清单 under GROUP ROWS ``一、大队领导`` … merged across, ``岗位 | 姓名`` merged
  per person, ``一级风险/二级风险/三级风险``;
- the 农机推广站's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` and a merged 主要职责 line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 农村经营管理站's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``股室 | 岗位 | 责任人`` on EVERY
  row, short types, ``高风险/中风险/低风险``;
- the 朝阳镇农业服务中心's 排查登记表: ``部门`` merged, ``岗位 | 姓名`` merged per person, ``风险类别``,
  ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``libo_animal_health_level_boxes``: the 动物卫生监督所's 岗位廉政风险点一览表, ``股室 | 岗位 | 姓名``
  merged per person as usual, but its ``风险等级`` cell is a PRE-PRINTED CHOICE OF EVERY GRADE written
  with box characters, the assessed grade's box typed ``☑`` and the others left ``□``
  (``□一级　☑二级　□三级``), the same text in every row but for where the ``☑`` stands; a ``注：`` line
  says to tick the box of the grade. docs/layouts.md knows a level cell printing every grade with the
  assessed one marked by FONT (bold, red, underline — ``LEVEL_MARKED_WORD``), ``□思想道德 ☑制度机制``
  boxes in a TYPE cell, ``一级 | 二级 | 三级`` tick COLUMNS and box-ticked points of a general list; it
  does not describe a level cell whose grades stand behind box characters with one ``☑``.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 植保植检站's 两杂种子 植物检疫证
备案查验; a 植保植检站 with the 农业综合执法大队 checking 种子 检疫证书 in 农资门店; a 种子检验制度; a 市农业局
局长's 调研 of 乡 产业; a 农机安全监理人员管理规范; a paper on 乡镇农经站 and 土地流转服务中心, 土地承包合同
管理员; a paper on 农村土地承包经营纠纷; a 县 动物卫生监督及官方兽医培训会 — 电子出证, 病死畜禽无害化处理, 跨省引畜) and the
layout follows their words for the unit, its parts, its posts and its risks. The rows are worded
by us, the names invented (the rare surnames 璩 and 桓 with rare given names); every unit is a body of
荔波县.

Run ``python tests/published/score.py --set batch809`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a level cell ``□一级　☑二级　□三级`` is the grade behind ``☑`` (here 二级, 2); the
  ``注：`` line is no point; 股室, 岗位 and 姓名 are read as in any 一览表;
- ``局领导``, ``站领导``, ``大队领导``, ``中心领导`` (a 股室 cell, a group row, a 部门 cell) are the 科室 of
  those leaders; the 农业农村局's leaders (sheet ``局领导``, no 科室 column) and the cards' 站长 have no
  科室; a 股 or 中队 is a 科室;
- 局长, 副局长, 站长, 副站长, 所长, 副所长, 大队长, 副大队长, 主任 of a 中心 are leaders; 股长, 中队长
  middle; the rest (股员, 会计, 出纳, 官方兽医, 检验员, 执法队员, 农经员) general;
- ``分管工作``, ``主要职责``, ``自查情况`` and ``填表时间`` are no points and name no holder; the 植保植检站's
  list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b809_"
PLACE = "荔波县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
BOX, TICKED = "□", "☑"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


def boxes(level: int) -> str:
    """The pre-printed grades with the assessed one's box ticked: ``□一级　☑二级　□三级``."""
    return GAP.join(f"{TICKED if k == level else BOX}{w}" for w, k in GRADES.items())


# --------------------------------------------------------------------------- harder layout

# (股室, 岗位, 姓名, tier, [(廉政风险点, level, 防控措施)])
ANIMAL = [
    ("所领导", "所长", "璩蓍岏", "leader", [
        ("官方兽医派驻屠宰企业人选由个人决定，长期不轮换", 1, "驻场官方兽医经所务会研究派驻，每两年轮换。"),
        ("动物卫生监督执法案件查处中说情打招呼、降格处理", 1, "案件处理经集体审议，结果录入执法平台。"),
    ]),
    ("检疫股", "股长", "桓稷渟", "middle", [
        ("检疫申报点受理申报不登记，选择性受理", 2, "申报一律网上登记，受理结果短信告知。"),
        ("检疫票证领用、核销不按规定登记", 2, "票证专人专柜管理，每月核销对账。"),
    ]),
    ("检疫股", "官方兽医", "璩菽岘", "general", [
        ("产地检疫不到现场查验即出具检疫证明", 1, "出证实行现场照片上传，电子出证留痕。"),
        ("屠宰检疫中对病害猪不按规定无害化处理", 1, "病害猪处理全程录像，企业签字确认。"),
        ("向养殖场户超标准收取检疫费用或索要财物", 3, "检疫不收费政策上墙公示，公布举报电话。"),
    ]),
    ("监督股", "股员", "桓黍岙", "general", [
        ("动物防疫条件审查现场评审走过场", 2, "现场评审两人以上，评审表当场签字。"),
        ("运输车辆备案审核把关不严", 3, "备案材料网上审核，定期抽查车辆。"),
    ]),
]  # fmt: skip


def libo_animal_health_level_boxes() -> dict:
    unit = f"{PLACE}动物卫生监督所"
    sh = _Sheet("一览表", [6, 10, 10, 10, 40, 24, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 7)
    _line(sh, f"单位：{unit}{GAP * 16}2025年6月", 7)
    sh.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in ANIMAL:
        for point, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, boxes(lv), measures)
            t.point(sh.name, dept, post, who, tier, point, [], lv)
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级在相应等级前的方框内打“☑”，一级为最高。", 7)
    sh.add("填表人：", None, None, "审核人：", None, "所长（签字）：", None)
    return _layout(
        "libo_animal_health_level_boxes", "http://nynct.guizhou.gov.cn/xwzx/zwdt/201708/t20170830_24768613.html",
        "(harder) 县动物卫生监督所 岗位廉政风险点一览表, after the source's 县 动物卫生监督及官方兽医培训会 (动监所, 岗位职责和"
        "职业道德规范, 电子出证, 病死畜禽无害化处理, 跨省引畜): a title, a merged ``单位：…　2025年6月`` line, "
        "序号/股室 merged/岗位 and 姓名 merged per person/廉政风险点/风险等级/防控措施, where EVERY 风险等级 cell prints all "
        "three grades behind box characters and ticks the assessed one (``□一级　☑二级　□三级``); no type column; a "
        "``注：`` line saying to tick the grade's box and a 填表人/审核人/所长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def libo_agri_bureau_two_sheets() -> dict:
    unit = f"{PLACE}农业农村局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 20, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("璩檗泷", "局长", "主持全面工作", [
            ("农业产业项目立项和资金安排个人说了算", "一级", "项目和资金安排经局党组会集体研究，结果公示。"),
            ("调研乡镇产业时接受宴请和土特产", "三级", "调研轻车简从，严格执行公务接待标准。"),
        ]),
        ("桓蘩筠", "副局长", "分管种植业、农业执法", [
            ("茶叶、蔬菜产业奖补对象审核中优亲厚友", "一级", "奖补对象乡镇初审、局复核、公示七天。"),
            ("对农资经营违法案件干预查处", "二级", "执法案件集体审议，说情干预登记报告。"),
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
        ("计划财务股", "股长", "璩藜舫", "middle", "涉农整合资金拨付不按项目进度，提前拨付", "一级",
         "资金按验收进度拨付，拨付凭证三级审核。"),
        ("计划财务股", "会计", "桓苜翚", "general", "项目报账资料审核不严，虚列支出", "二级", "报账单据经办、审核、审批三签。"),
        ("产业发展股", "股长", "璩稑岚", "middle", "产业项目验收不到现场，凭资料验收", "一级", "验收组到现场核实，拍照存档。"),
        ("产业发展股", "股长", "璩稑岚", "middle", "向项目实施主体推荐施工队或供货商", "二级", "签订廉洁承诺书，严禁推荐。"),
        ("产业发展股", "股员", "桓蓿澴", "general", "项目申报材料初审把关不严", "三级", "初审意见书面记录，交叉复核。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "libo_agri_bureau_two_sheets", "http://nanning.china.com.cn/2013-04/17/content_5884583.htm",
        "县农业农村局 廉政风险防控一览表 in TWO SHEETS, after the source's 局长 and 副局长 调研 of 乡 产业 (种植, 加工, "
        "产业发展建议): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 merged and 岗位/姓名 "
        "merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def libo_plant_protection_posts() -> dict:
    unit = f"{PLACE}植保植检站"
    sh = _Sheet("排查表", [6, 12, 10, 40, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "股室", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "leader", "病虫害统防统治服务组织的选定暗箱操作", "制度机制风险", "高",
         "服务组织公开比选，结果公示。"),
        ("站领导", "站长", "leader", "防控物资采购指定品牌、收受回扣", "外部环境风险", "高", "物资按政府采购程序采购。"),
        ("检疫股", "检疫员", "general", "“两杂”种子植物检疫证备案查验不到门市", "岗位职责风险", "中",
         "查验到种子经营门市，查验单当场签字。"),
        ("检疫股", "检疫员", "general", "调运检疫证书不查验即签发", "业务流程风险", "高", "证书签发前现场查验并留存照片。"),
        ("测报股", "测报员", "general", "病虫害发生面积虚报，套取防治补助", "思想道德风险", "中", "测报数据双人核对，乡镇复核。"),
        ("测报股", "测报员", "general", "农药药效试验数据应企业要求修改", "外部环境风险", "低", "试验原始记录封存备查。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "libo_plant_protection_posts", "http://jiancai.qfjzzs.com/131.news.detail.dhtml?news_id=108407",
        "县植保植检站 岗位廉政风险点排查表 对岗不对人, after the source's 植保植检站 “两杂”种子 植物检疫证 备案查验 (种子"
        "批发企业, 经营门市, 产地检疫证编号, 调运检疫证书): a title, 序号/股室 merged/岗位 merged per post/风险点/风险类型 "
        "``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def libo_seed_station_selfchecks() -> dict:
    unit = f"{PLACE}种子管理站"
    t = _Truth(unit)
    people = [
        ("璩篆岑", "站领导", "站长", "leader", [
            ("种子质量监督抽查企业名单事先泄露", "Ⅰ级", "抽查对象随机抽取，抽取后当日实施。", "已落实"),
            ("品种引种备案审核放宽条件", "Ⅱ级", "备案材料集体审核，结果网上公开。", "未发现问题"),
        ]),
        ("桓穑汀", "检验室", "检验员", "general", [
            ("种子检验结果应送检方要求更改", "Ⅰ级", "检验原始记录双人签字，报告编号管理。", "已落实"),
            ("检验样品私自留用或处置", "Ⅲ级", "样品登记入库，到期统一处理。", "已落实"),
        ]),
        ("璩荞翕", "市场股", "股长", "middle", [
            ("种子经营门市检查发现问题不移送执法", "Ⅱ级", "检查问题清单抄送执法大队。", "未发现问题"),
            ("救灾备荒种子调拨中虚报数量", "Ⅱ级", "调拨单据乡镇签收，账实核对。", "已落实"),
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
        "libo_seed_station_selfchecks", "https://abg.baidu.com/tags/23lnpu545ti6tvwgw3ea14",
        "县种子管理站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 种子检验制度 "
        "(扦样, 检验, 原始记录, 检验报告, 样品保存): a title, a label row ``姓　名 | 所在股室 | 岗　位 | 填表时间`` over a row "
        "of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 站长意见：``",
        sheets, t,
    )  # fmt: skip


def libo_law_team_group_rows() -> dict:
    unit = f"{PLACE}农业综合行政执法大队"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、大队领导", "大队领导", [
            ("大队长", "桓荪岘", "leader", [
                ("假劣种子、农药案件不立案或降格处理", "一级风险", "案件立案、处罚经集体讨论，全程记录。"),
                ("执法检查计划泄露给被检查农资门店", "二级风险", "检查对象随机抽取，检查前不通知。"),
            ]),
        ]),
        ("二、种植业执法中队", "种植业执法中队", [
            ("中队长", "璩菘岷", "middle", [
                ("种子检疫证书查验中对问题门店放水", "一级风险", "查验两人以上，问题当场登记。"),
            ]),
            ("执法队员", "桓苡澂", "general", [
                ("查扣的农资物品私自处置", "二级风险", "查扣物品登记造册，入库保管。"),
                ("现场检查中接受经营户吃请", "三级风险", "严禁接受宴请，检查餐费自理。"),
            ]),
        ]),
        ("三、畜牧兽医执法中队", "畜牧兽医执法中队", [
            ("中队长", "璩蔚岱", "middle", [
                ("病死畜禽无害化处理监督检查走过场", "二级风险", "检查记录上传平台，随机复查。"),
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
        "libo_law_team_group_rows", "http://tcncw.org.cn/show-140293.html",
        "县农业综合行政执法大队 廉政风险防控责任清单, after the source's 植保植检站 with the 农业综合执法大队 checking 种子 "
        "检疫 (农资门店, 植物检疫证书, 检疫证明编号, 整改要求): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/"
        "三级风险``/防控措施 under GROUP ROWS ``一、大队领导``, ``二、种植业执法中队``, ``三、畜牧兽医执法中队`` merged "
        "across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def libo_farm_machinery_cards() -> dict:
    unit = f"{PLACE}农机推广站"
    t = _Truth(unit)
    cards = [
        ("站长", "桓禾嶂", "站长", "主持全站工作，分管农机购置补贴", "leader", [
            ("农机购置补贴机具核验不到现场", "★★★", "核验实行人机合影、机具铭牌拍照上传。"),
            ("与农机经销企业存在利益往来", "★★★", "不与经销企业私下接触，签订廉洁承诺。"),
            ("补贴资金兑付顺序人为调整", "★★", "按申请顺序兑付，兑付名单公示。"),
        ]),
        ("安全监理员", "璩荇嵋", "安全监理员", "拖拉机、联合收割机登记、检验和驾驶证考试", "general", [
            ("拖拉机年度检验不上线检测即发放合格标志", "★★", "检验全程录像，检验单双人签字。"),
            ("驾驶人考试降低标准、代考替考", "★★★", "考试人像比对，考试视频存档。"),
            ("收取牌证工本费不开票据", "★", "收费标准公示，统一开具票据。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("主要职责", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "libo_farm_machinery_cards",
        "http://lanzhou.baogaosu.com/yongyu/%E5%86%9C%E6%9C%BA%E5%AE%89%E5%85%A8%E7%9B%91%E7%90%86%E4%BA%BA%E5%91%98"
        "%E7%AE%A1%E7%90%86%E8%A7%84%E8%8C%83/1055722",
        "县农机推广站 岗位廉政风险防控卡, one sheet a person, after the source's 农机安全监理人员管理规范 (登记, 检验, 驾驶证"
        "考试, 收费, 廉洁执法): a title, ``姓　名 | … | 职　务 | …`` and a merged 主要职责 line, then 序号/风险点/风险等级 "
        "``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def libo_rural_economy_list() -> dict:
    unit = f"{PLACE}农村经营管理站"
    sh = _Sheet("一览表", [6, 12, 12, 10, 40, 11, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "股室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "桓菀昙", "leader", "村集体“三资”审计发现问题隐瞒不报", "岗位职责", "高风险",
         "审计报告站务会审定，问题清单移交乡镇。"),
        ("站领导", "站长", "桓菀昙", "leader", "新型农业经营主体评定示范社打招呼", "思想道德", "中风险",
         "评定标准公开，结果公示。"),
        ("承包管理股", "股长", "璩蕙岏", "middle", "土地承包合同变更、备案不按程序", "业务流程", "中风险",
         "合同变更凭村民会议决议办理，档案备查。"),
        ("承包管理股", "土地承包合同管理员", "桓秬滢", "general", "土地流转服务中介收取好处费", "外部环境", "高风险",
         "流转合同统一示范文本，服务免费。"),
        ("财务审计股", "农经员", "璩黎翾", "general", "村级财务代理记账中违规入账", "制度机制", "中风险",
         "代理记账凭证审核，每季度抽查。"),
        ("财务审计股", "农经员", "璩黎翾", "general", "集体资产清产核资数据弄虚作假", "业务流程", "低风险",
         "清产核资结果村务公开栏公示。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "libo_rural_economy_list", "http://fsou.com/html/text/art/3356093/335609374_5.html",
        "县农村经营管理站 岗位廉政风险防控一览表, after the source's paper on 乡镇农经站 and 农村土地流转服务中心 (土地承包与流转, "
        "转包合同, 土地承包合同管理员, 中介服务): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/股室/岗位/"
        "责任人 written on EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a "
        "填表人/审核人/站长（签字） line",
        [sh], t,
    )  # fmt: skip


def libo_chaoyang_centre_register() -> dict:
    unit = f"{PLACE}朝阳镇农业服务中心"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "部门", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "桓芑岫", "leader", [
            ("耕地地力保护补贴面积核实走过场", "岗位职责", "一级", "面积以确权数据为准，村组公示。"),
            ("土地承包经营纠纷调解偏袒一方", "思想道德", "二级", "调解两人以上参加，调解书当事人签字。"),
        ]),
        ("农经组", "会计", "璩萁澜", "general", [
            ("惠农补贴“一卡通”信息录入错误或冒领", "业务流程", "一级", "录入信息与户籍、确权数据比对。"),
        ]),
        ("农技组", "农技员", "桓荠汀", "general", [
            ("农资良种发放优亲厚友", "制度机制", "二级", "发放名单村组公示，农户签领。"),
            ("农业保险查勘定损数据不实", "外部环境", "三级", "查勘会同保险公司和村干部，现场拍照。"),
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
        "libo_chaoyang_centre_register", "https://www.xftgo.com/news/202502/11/5773.html",
        "镇农业服务中心 廉政风险点排查登记表, after the source's paper on 农村土地承包经营纠纷 (确权颁证, 土地流转, 惠农补贴, "
        "纠纷调解): a title, 序号/部门 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 "
        "``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    libo_animal_health_level_boxes(),
    libo_agri_bureau_two_sheets(),
    libo_plant_protection_posts(),
    libo_seed_station_selfchecks(),
    libo_law_team_group_rows(),
    libo_farm_machinery_cards(),
    libo_rural_economy_list(),
    libo_chaoyang_centre_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch809-inbox"))

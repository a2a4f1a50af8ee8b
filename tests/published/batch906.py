"""The nine-hundred-and-sixth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's FISHERY
bodies, 福海县 (阿勒泰地区, 新疆维吾尔自治区) — its 农业农村局 (渔业股 and the 局领导 over it), 水产技术推广站,
乌伦古湖渔政管理站, 渔业执法大队, 鱼苗繁育场, 水产品质量检测站 and two 乡镇渔业服务站 (阔克阿尕什乡,
齐干吉迭乡) — each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or
Excel:

- the 农业农村局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 水产技术推广站's 排查表 对岗不对人: ``所室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 乌伦古湖渔政管理站's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作
  line, ``★★★/★★/★`` read by a ``注：`` line;
- the 渔业执法大队's 清单 under GROUP ROWS ``一、大队领导`` … (no 科室 column), ``岗位 | 姓名`` merged per
  person, ``高风险/中风险/低风险``;
- the 鱼苗繁育场's 自查表, one sheet a person: a label row ``姓　名 | 所在部门 | 岗　位 | 填表时间`` over a
  row of values, ``一级风险/二级风险/三级风险``, ``自查情况``, no type column;
- the 水产品质量检测站's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on
  EVERY row, short types, ``Ⅰ级/Ⅱ级/Ⅲ级``;
- the 阔克阿尕什乡渔业服务站's 排查登记表: ``股室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别``
  (short names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``fuhai_qiganjidie_fishery_station_photo_ocr``: the 齐干吉迭乡渔业服务站's 岗位廉政风险防控一览表, an
  ordinary list (``序号 | 岗位 | 姓名 | 廉政风险点 | 风险等级 | 防控措施``, 岗位 and 姓名 merged per
  person, on a tab ``Sheet1``) that travelled as a PHOTO of the printed sheet and came back through a
  phone app's 图片转表格 (OCR): the text came through, but the LEVEL CELLS carry the recogniser's
  look-alike characters — ``—级`` (a dash for 一), ``一圾`` and ``二圾`` (圾 for 级), ``三汲`` (汲 for
  级) — beside cells it read right (``一级``, ``二级``, ``三级``). The README's 读得懂的表 and
  docs/layouts.md know many level words (``一级/一級``, ``Ⅰ级``, stars, colours, whole-sheet 繁体,
  bracketed levels, a 注 that defines words) and say unknown words such as ``A/B/C`` are not guessed;
  they describe no OCR look-alike (形近字) in a level cell, nor any photo/图片转表格 conversion.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 区 渔业捕捞许可证审批 guide —
受理, 审查, 船网工具控制指标; a piece on the 水产站站长's duties — 技术推广, 水产品质量监管, 资源监测;
a report on 乌伦古湖's 休渔期 — 禁渔区, 偷捕, 联合执法; a 农业农村部 note on 长江禁渔 — 渔政执法人员
通风报信、充当“保护伞”; a page on 鱼苗 sources — 苗种生产许可证, 检疫, 育苗场; a report on a 产地水产品
质量安全 抽查 — 现场取样、制样、封样, 违禁药物; a 镇 水产技术推广服务站 note — 入户指导, 示范户; a
市 渔业工作会议 — 村级渔业技术服务示范站, 补助, 验收) and the layout follows their words for the
unit, its parts, its posts and its risks. The rows are worded by us, the names invented (the rare
surnames 冒 and 骞 with rare given names); every unit is a body of 福海县.

Run ``python tests/published/score.py --set batch906`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each OCR look-alike is the level it plainly stands for: ``—级`` and ``一圾``
  are 1, ``二圾`` 2, ``三汲`` 3 (the other cells read as typed); the truth is the list as its rows
  read, one form a holder, no 科室 (the sheet names none);
- ``局领导`` (a sheet tab, no 科室 cell) gives no 科室: the 局's leaders have none, nor have the
  cards' leaders; ``站领导``, ``场领导``, ``大队领导`` (a 所室/部门/股室 cell, a group row) are the 科室 of
  those leaders; a 局's 股, a 站's 室 or 组, a 场's 组 and a 大队's 中队 are 科室; a group row
  ``二、执法一中队`` gives the 科室 ``执法一中队``;
- every station, the 场, the 大队 and the 局 are units of their own: 局长, 副局长, 站长, 副站长, 场长
  and 大队长 are leaders; 股长 and 中队长 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no points
  and name no holder; the 水产技术推广站's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b906_"
PLACE = "福海县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
# the recogniser's look-alikes in the harder file, each the level it stands for
OCR = {"—级": 1, "一圾": 1, "二圾": 2, "三汲": 3}
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# (岗位, 姓名, tier, [(廉政风险点, 风险等级 as the recogniser read it, 防控措施)])
PHOTO = [
    ("站长", "冒瑀岑", "leader", [
        ("村级渔业技术服务示范站建设补助申报把关不严", "—级", "补助申报材料经乡党委会研究，公示七天后上报。"),
        ("渔业项目验收走过场，未达标准即签字", "一圾", "验收组由乡、村和养殖户代表组成，现场核验。"),
    ]),
    ("副站长", "骞棽璠", "leader", [
        ("养殖池塘标准化改造项目施工方选定不公开", "一级", "项目施工方三家比选，结果在乡政务公开栏公示。"),
        ("增殖放流苗种数量清点不实", "二圾", "放流现场邀请纪检、群众代表共同清点。"),
    ]),
    ("技术员", "冒湝彧", "general", [
        ("向养殖户推销指定渔药、饲料收取好处", "二级", "技术指导不推荐具体品牌，签订廉洁承诺书。"),
        ("渔业科技入户示范户遴选优亲厚友", "三汲", "示范户由村推荐、站务会研究并公示。"),
    ]),
    ("协管员", "骞崧珥", "general", [
        ("休渔期巡查发现偷捕不报告", "二圾", "巡查日志每日上报，站长每周抽查。"),
        ("接受养殖户宴请和土特产", "三级", "节前廉洁提醒，严守中央八项规定精神。"),
    ]),
]  # fmt: skip


def fuhai_qiganjidie_fishery_station_photo_ocr() -> dict:
    unit = f"{PLACE}齐干吉迭乡渔业服务站"
    sh = _Sheet("Sheet1", [6, 10, 10, 40, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    first = len(sh.rows)
    n = 0
    for post, who, tier, points in PHOTO:
        for point, lv, measures in points:
            n += 1
            sh.add(n, post, who, point, lv, measures)
            t.point(sh.name, "", post, who, tier, point, [], {**GRADES, **OCR}[lv])
    _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "fuhai_qiganjidie_fishery_station_photo_ocr", "http://yileen.com.cn/news/162737.html",
        "(harder) 乡渔业服务站 岗位廉政风险防控一览表, after the source's 市 渔业工作会议 (村级渔业技术服务示范站, 现代渔业建设 "
        "补助, 建前申报, 验收): an ordinary list (title, 序号/岗位/姓名 merged per person/廉政风险点/风险等级/防控措施, a "
        "制表/审核/date line, tab ``Sheet1``) that came back through a phone app's 图片转表格 (OCR) from a PHOTO of the "
        "printed sheet: the LEVEL CELLS carry the recogniser's look-alikes ``—级``, ``一圾``, ``二圾``, ``三汲`` beside "
        "cells it read right (``一级``, ``二级``, ``三级``); no type column",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def fuhai_agri_bureau_fishery_two_sheets() -> dict:
    unit = f"{PLACE}农业农村局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表（渔业）", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("冒黻琮", "局长", "主持全面工作", [
            ("渔业发展补助资金分配个人说了算", "一级", "资金分配方案经局党组会集体研究，会议纪要存档。"),
            ("为亲友承揽渔港、养殖基地建设项目打招呼", "一级", "领导干部插手工程项目登记报告，招标全程进平台。"),
        ]),
        ("骞翥岚", "副局长", "分管渔业、渔政", [
            ("捕捞许可证审批超出船网工具控制指标", "一级", "捕捞许可按控制指标核定，审批结果公示。"),
            ("渔船更新改造项目审核放宽条件", "二级", "更新改造申请集体审核，现场核验船舶。"),
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
    _line(dept, f"{unit}股室廉政风险防控一览表（渔业）", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("渔业股", "股长", "冒璩晏", "middle", "捕捞许可申请材料受理审查不严", "一级",
         "申请材料一次性告知，受理、审查两人分别签字。"),
        ("渔业股", "股长", "冒璩晏", "middle", "渔船证书证件发放弄虚作假", "二级", "证书发放逐船登记，与省级数据库核对。"),
        ("计划财务股", "会计", "骞旃琇", "general", "渔业油价补助资金拨付审核不严", "一级",
         "补助对象名单公示，资金通过“一卡通”直达渔民。"),
        ("行政审批股", "审批员", "冒楙筠", "general", "水域滩涂养殖证审批不按时限办理", "三级",
         "审批事项网上办理，超时自动预警。"),
        ("行政审批股", "审批员", "冒楙筠", "general", "为不符合条件的申请人违规办证", "二级", "办证条件公开，审批结果复核。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "fuhai_agri_bureau_fishery_two_sheets",
        "http://www.findingyogatree.com/html/index.phpmcontent&cindex&ashow&catid340&id7663.html",
        "县农业农村局 渔业 廉政风险防控一览表 in TWO SHEETS, after the source's 区 渔业捕捞许可证审批 guide (受理、审查和决定, "
        "船网工具控制指标, 申请材料): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 merged "
        "and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def fuhai_aquatic_extension_station_posts() -> dict:
    unit = f"{PLACE}水产技术推广站"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "所室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "leader", "推广项目实施", "技术推广项目承担主体选定暗箱操作", "制度机制风险", "高",
         "项目承担主体公开遴选，站务会集体研究。"),
        ("技术推广室", "主任", "middle", "示范基地认定", "示范基地认定标准执行不严，向熟人倾斜", "岗位职责风险", "中",
         "认定结果在站公开栏公示。"),
        ("技术推广室", "推广员", "general", "技术服务", "技术服务中向养殖户索要好处", "思想道德风险", "中",
         "服务回访，养殖户评议。"),
        ("资源监测室", "监测员", "general", "资源调查监测", "渔业资源监测数据弄虚作假", "业务流程风险", "高",
         "监测原始记录双人签字，定期抽查。"),
        ("资源监测室", "监测员", "general", "病害测报", "水生动物病害测报迟报、漏报", "外部环境风险", "低",
         "测报数据按月报送，逐级审核。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "fuhai_aquatic_extension_station_posts", "https://www.rjut.cn/mark/jmsczzznyncjldsxshz.html",
        "县水产技术推广站 岗位廉政风险点排查表 对岗不对人, after the source's piece on the 水产站站长's duties (技术推广与应用, "
        "水产资源调查监测, 水产品质量监管, 行业服务): a title, 序号/所室 merged/岗位 merged per post/a short 风险点/a long "
        "风险表现/风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def fuhai_ulungur_lake_fishery_admin_cards() -> dict:
    unit = f"{PLACE}乌伦古湖渔政管理站"
    t = _Truth(unit)
    cards = [
        ("站长", "骞甪嵘", "站长", "主持全面工作", "leader", [
            ("休渔期禁渔区管理中对违规捕捞说情放行", "★★★", "禁渔期执法全程记录，案件集体审议。"),
            ("湖区捕捞作业点、码头承包违规发包", "★★★", "承包经营公开竞价，合同报县农业农村局备案。"),
            ("接受鱼商宴请和礼品", "★", "严守中央八项规定精神，节前廉洁提醒。"),
        ]),
        ("副站长", "冒觐瑶", "副站长", "分管渔政巡查、联合执法", "leader", [
            ("巡湖检查选择性执法，对关系户偷捕不查处", "★★", "巡查区域定期轮换，执法记录仪全程使用。"),
            ("没收渔具、渔获物处置不规范", "★★", "罚没物品登记造册，公开处置。"),
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
        "fuhai_ulungur_lake_fishery_admin_cards", "http://www.56qq.top/article.asp?artid=13807",
        "县乌伦古湖渔政管理站 领导干部廉政风险防控卡, one sheet a leader, after the source's report on 乌伦古湖's 休渔期 (禁渔点, "
        "禁渔区, 偷捕, 与公安、交警、工商联合执法): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def fuhai_fishery_enforcement_group_rows() -> dict:
    unit = f"{PLACE}渔业执法大队"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、大队领导", "大队领导", [
            ("大队长", "骞蓁岿", "leader", [
                ("非法捕捞案件查处中说情、干预，降低处罚标准", "高风险", "重大案件集体审议，处罚决定公开。"),
                ("为非法捕捞团伙充当“保护伞”", "高风险", "交叉检查、暗查暗访，线索移交纪检机关。"),
            ]),
        ]),
        ("二、执法一中队", "执法一中队", [
            ("中队长", "冒穑埕", "middle", [
                ("禁渔期检查向违法人员通风报信", "高风险", "检查行动临时通知，行动信息保密。"),
            ]),
            ("队员", "骞芃湜", "general", [
                ("巡查发现电鱼、毒鱼等行为不制止、不报告", "中风险", "巡查日志每日上报，大队抽查。"),
                ("接受当事人宴请，泄露执法信息", "低风险", "签订廉洁执法承诺书。"),
            ]),
        ]),
        ("三、法制审核组", "法制审核组", [
            ("审核员", "冒韫珩", "general", [
                ("渔业行政处罚案卷法制审核走过场", "中风险", "案卷审核实行初审、复审两级。"),
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
                t.point(sh.name, dept, post, who, tier, point, [], HIGHS[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("填表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "fuhai_fishery_enforcement_group_rows", "https://3news.cn/yaowen/2021/0418/535082.html",
        "县渔业执法大队 廉政风险防控责任清单 under GROUP ROWS, after the source's 农业农村部 note on 禁渔 (严格渔政执法队伍管理, "
        "严禁参与非法捕捞、通风报信、充当“保护伞”, 交叉检查、暗查暗访): a title, 序号/岗位/姓名/廉政风险点/风险等级 "
        "``高风险/中风险/低风险``/防控措施, group rows ``一、大队领导``, ``二、执法一中队``, ``三、法制审核组`` merged across; "
        "岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def fuhai_fry_breeding_farm_selfchecks() -> dict:
    unit = f"{PLACE}鱼苗繁育场"
    t = _Truth(unit)
    people = [
        ("骞祎滢", "场领导", "场长", "leader", [
            ("亲鱼、苗种采购指定供应商", "一级风险", "苗种采购三家比价，查验《水产苗种生产许可证》。", "已落实"),
            ("鱼苗销售价格随意减让，收取回扣", "二级风险", "销售价格经场务会确定并公示。", "未发现问题"),
        ]),
        ("冒琇峦", "繁育技术组", "技术员", "general", [
            ("苗种检疫记录弄虚作假", "一级风险", "检疫报告原件存档，出场苗种逐批登记。", "已落实"),
            ("孵化、出苗数量统计不实", "三级风险", "出苗数量双人清点，记录签字。", "已落实"),
        ]),
        ("骞晞桉", "物资保管组", "保管员", "general", [
            ("饲料、渔药出入库账实不符", "一级风险", "出入库登记，每月盘点。", "未发现问题"),
            ("私自处置淘汰亲鱼", "二级风险", "淘汰亲鱼经场长批准，处置收入入账。", "已落实"),
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
            t.point(sh.name, dept, post, who, tier, point, [], RISKS[lv])
        sh.add()
        sh.add("本人签名：", None, "场长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "fuhai_fry_breeding_farm_selfchecks", "https://dzhjgg.cn/27007.html",
        "县鱼苗繁育场 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's page on 养殖鱼苗 sources "
        "(专业育苗场, 《水产苗种生产许可证》, 检疫, 系谱记录): a title, a label row ``姓　名 | 所在部门 | 岗　位 | 填表时间`` "
        "over a row of values, then 序号/风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施/``自查情况``; no type "
        "column; ``本人签名： | 场长意见：``",
        sheets, t,
    )  # fmt: skip


def fuhai_aquatic_quality_station_list() -> dict:
    unit = f"{PLACE}水产品质量检测站"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "冒旻璐", "leader", "检测结果出具前打招呼、改结论", "岗位职责", "Ⅰ级",
         "检测报告三级审核，结论不得人为更改。"),
        ("站领导", "站长", "冒旻璐", "leader", "检测设备、试剂采购不按程序", "制度机制", "Ⅱ级",
         "采购按政府采购程序，验收两人以上。"),
        ("检测室", "检测员", "骞璆淼", "general", "违禁药物残留检测数据篡改", "业务流程", "Ⅰ级",
         "检测原始数据自动上传，不得手工改动。"),
        ("抽样室", "抽样员", "冒缇岷", "general", "产地抽样事先通知养殖户、调换样品", "业务流程", "Ⅰ级",
         "现场取样、制样、封样，渔政人员全程监督。"),
        ("抽样室", "抽样员", "冒缇岷", "general", "接受被抽检单位宴请", "思想道德", "Ⅲ级", "签订廉洁承诺书，抽样两人同行。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
    sh.add("填表人：", None, None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "fuhai_aquatic_quality_station_list", "http://quvv.com.cn/news/show.php?itemid=20984",
        "县水产品质量检测站 岗位廉政风险防控一览表, after the source's report on a 国家产地水产品质量安全监督抽查 (现场取样、制样、"
        "封样, 渔政执法人员监督, 氯霉素、孔雀石绿等违禁药物): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then "
        "序号/部门/岗位/责任人 on EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; a "
        "填表人/审核人/站长（签字） line",
        [sh], t,
    )  # fmt: skip


def fuhai_kokagash_fishery_station_register() -> dict:
    unit = f"{PLACE}阔克阿尕什乡渔业服务站"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "骞骐昶", "leader", [
            ("渔业科技入户示范户补助发放不公开", "制度机制", "一级", "补助名单在村务公开栏公示。"),
            ("养殖户技术培训经费虚列支出", "岗位职责", "二级", "培训签到、照片留存，经费专账核算。"),
        ]),
        ("财务组", "会计", "冒鎏萸", "general", [
            ("培训物资采购报账票据不实", "业务流程", "一级", "物资出入库登记，报账附领用单。"),
        ]),
        ("技术指导组", "技术员", "骞淙翮", "general", [
            ("入户指导中收受养殖户财物", "思想道德", "二级", "入户指导两人同行，服务回访。"),
            ("塘口调查数据随意填报", "业务流程", "三级", "调查表养殖户签字确认，站长抽查。"),
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
        "fuhai_kokagash_fishery_station_register", "http://haichaninfo.com/news/show-26324.html",
        "乡渔业服务站 廉政风险点排查登记表, after the source's 镇 水产技术推广服务站 note (渔业科技入户, 技术指导员, 塘口调查, "
        "典型养殖户, 科技培训): a title, 序号/股室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/"
        "风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    fuhai_qiganjidie_fishery_station_photo_ocr(),
    fuhai_agri_bureau_fishery_two_sheets(),
    fuhai_aquatic_extension_station_posts(),
    fuhai_ulungur_lake_fishery_admin_cards(),
    fuhai_fishery_enforcement_group_rows(),
    fuhai_fry_breeding_farm_selfchecks(),
    fuhai_aquatic_quality_station_list(),
    fuhai_kokagash_fishery_station_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch906-inbox"))

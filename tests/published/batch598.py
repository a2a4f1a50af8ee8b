"""The five-hundred-and-ninety-eighth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 发展改革,
粮食 and 统计 bodies, 中宁县 (of 中卫市, 宁夏回族自治区) — its 发展和改革局, 粮食和物资储备中心, 价格认证中心,
统计普查中心, 国家粮食储备库, 节能监察中心 and 粮油应急保障中心 — each handing back the 一览表, 防控卡, 排查表,
清单 or 自查表 its staff typed in WPS or Excel:

- the 发展和改革局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), 高/中/低, no type column;
- the 粮食和物资储备中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 价格认证中心's 自查表, one sheet a person: a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间``
  over a row of values, ``一级风险/二级风险/三级风险``, ``自查情况``, no type column;
- the 统计普查中心's 责任清单 under GROUP ROWS ``一、中心领导`` … ``三、数据管理组`` merged across (no 科室
  column), ``岗位 | 姓名`` merged per person, ``一级/二级/三级``;
- the 国家粮食储备库's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 节能监察中心's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on EVERY
  row, short types, ``高风险/中风险/低风险``;
- the 粮油应急保障中心's 排查登记表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别``
  (short names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``zhongning_statistics_bureau_parallel_lines``: the 统计局's 岗位廉政风险点一览表, ONE ROW A PERSON
  (``序号 | 股室 | 职务 | 姓名 | 廉政风险点 | 风险等级 | 防控措施``): the person's two or three points are
  NUMBERED ONE A LINE in his one 廉政风险点 cell (``1.…⏎2.…⏎3.…``), his 风险等级 cell holds their levels
  ONE A LINE and UNNUMBERED (``一级⏎一级⏎二级``: the n-th line is the n-th point's level, and the lines
  differ within a cell), and his 防控措施 cell the measures numbered one a line; a ``注：`` line says the
  lines pair up. The README's 读得懂的表 knows several points in one cell split by ``；`` (when the
  heading says so), ``一是…；二是…``, a cell ``高风险点：⏎1.…⏎2.…⏎中风险点：⏎3.…`` whose levels stand in
  sub-headings inside the SAME cell, numbered measures lines paired with the points, and a cell
  ``理事长（高）⏎副理事长（中）``; it does not describe a row whose level cell is a COLUMN OF LEVELS, one
  a line, paired by position with the numbered points in the neighbouring cell.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a comment on the 统计法实施条例 —
统计造假、弄虚作假, 篡改统计资料; a case of a 区发改委 in 涉农涉企项目 立项、审批、验收、拨款 — 中央预算内
投资项目 申报; a report on “粮仓硕鼠” — 基层粮站, 虚假轮换; a 政策性粮食管理办法 详解 — 储备体系, 市场稳定; a
统计基层基础工作 巡查方案 — 台账, 账表对应, 现场核实; a report on the 粮食购销领域腐败问题专项整治; a
发展和改革局 notice on 节能审查管理权限; a study of 粮食应急管理 — 应急加工, 供应网点, 调运) and the
layout follows their words for the unit, its parts, its posts and its risks. The rows are worded by
us, the names invented (the rare surnames 佴 and 宓 with rare given names); every unit is a body of
中宁县, a place no earlier batch's units name (``unit_words=("中宁县",)``).

Run ``python tests/published/score.py --set batch598`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each numbered line of a 廉政风险点 cell is one point of the row's person (its
  number ``1.`` left off), its level the SAME-numbered line (the n-th) of the row's 风险等级 cell; the
  防控措施 lines name no holder; the ``注：`` line, the 填报单位 line and the 填表人/审核人 line are no
  points; ``局领导`` (a 股室 cell) is the 科室 of the 局长 and 副局长;
- ``中心领导`` (a 科室 cell, a group row, a 所在科室 cell) is the 科室 of those leaders; the
  发展和改革局's leaders (sheet ``局领导``, no 科室 column) and the cards' leaders have no 科室; a 局's 股,
  a 中心's 科 and a 普查中心's 组 are 科室; a group row ``二、普查业务组`` gives the 科室 ``普查业务组``
  (its number left off);
- every 中心, the 储备库 and the two 局 are units of their own: 局长, 副局长, 主任 and 副主任 are leaders;
  股长, 科长 and a 组's 组长 middle; the rest (股员, 执法员, 统计员, 认定员, 普查员, 监察员, 调度员, 保管员,
  会计, 出纳) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no points
  and name no holder; the 粮食和物资储备中心's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b598_"
PLACE = "中宁县"
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

# one row a person: (股室, 职务, 姓名, tier, [(廉政风险点, 风险等级, 防控措施)])
STAFF = [
    ("局领导", "局长", "佴翙澂", "leader", [
        ("授意、指使统计人员篡改统计资料、编造虚假数据", "一级", "重要数据发布前经局务会集体审定，留存审核记录。"),
        ("统计执法检查中对违法企业说情、干预查处", "一级", "执法检查结果集体研究，说情干预一律登记。"),
        ("统计调查项目经费分配随意", "二级", "项目经费按调查任务量核定，局务会研究。"),
    ]),
    ("局领导", "副局长", "宓溍翀", "leader", [
        ("统计执法立案、处罚裁量不规范", "一级", "执行行政处罚裁量基准，重大处罚法制审核。"),
        ("统计信用评价、守信企业认定优亲厚友", "二级", "认定结果公示七个工作日。"),
    ]),
    ("综合核算股", "股长", "佴曦埕", "middle", [
        ("地区生产总值核算中人为调整基础数据", "一级", "核算底稿留档，调整须有书面依据。"),
        ("提前泄露未公布的统计数据", "二级", "数据发布前严格保密，按发布日程公开。"),
        ("统计资料对外提供不履行审批手续", "三级", "对外提供统计资料一事一审批，登记备查。"),
    ]),
    ("统计执法监督股", "执法员", "宓珝淏", "general", [
        ("执法检查走过场，对虚报瞒报企业不立案", "一级", "执法检查双人以上，检查记录当场签字。"),
        ("接受被检查企业宴请、礼品", "二级", "签订廉洁执法承诺书，公开监督电话。"),
    ]),
    ("专业统计股", "统计员", "佴瑀昶", "general", [
        ("联网直报企业名录库单位擅自增删", "二级", "名录库变动经股长审核、局领导审批。"),
        ("替企业代填代报统计报表", "一级", "严禁代填代报，定期抽查原始凭证。"),
    ]),
]  # fmt: skip


def _numbered(items: list[str]) -> str:
    return "\n".join(f"{i}.{text}" for i, text in enumerate(items, 1))


def zhongning_statistics_bureau_parallel_lines() -> dict:
    unit = f"{PLACE}统计局"
    sh = _Sheet("风险点一览表", [6, 14, 9, 9, 46, 9, 44])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 7)
    _line(sh, f"填报单位：{unit}办公室{GAP * 16}2025年5月", 7)
    sh.add("序号", "股室", "职务", "姓名", "廉政风险点", "风险等级", "防控措施")
    for n, (dept, post, who, tier, items) in enumerate(STAFF, 1):
        sh.add(n, dept, post, who,
               _numbered([p for p, _lv, _m in items]),
               "\n".join(lv for _p, lv, _m in items),
               _numbered([m for _p, _lv, m in items]))  # fmt: skip
        for point, lv, _measures in items:
            t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    _line(
        sh,
        "注：每人一行，风险点、风险等级和防控措施逐条分行填写，风险等级自上而下与风险点一一对应。",
        7,
    )
    sh.add("填表人：", None, None, "审核人：", None, "局长（签字）：", None)
    return _layout(
        "zhongning_statistics_bureau_parallel_lines", "http://review.jschina.com.cn/meitiguandian/201706/t20170621_678483.shtml",
        "(harder) 县统计局 岗位廉政风险点一览表, after the source's comment on the 统计法实施条例 (统计造假、弄虚作假, 篡改统计资料, "
        "编造虚假数据, 领导干预, 责任追究): a title, a merged 填报单位/date line, then ``序号 | 股室 | 职务 | 姓名 | 廉政风险点 | "
        "风险等级 | 防控措施`` with ONE ROW A PERSON: his two or three points NUMBERED ONE A LINE in one cell (``1.…⏎2.…⏎3.…``), "
        "their levels ONE A LINE, UNNUMBERED, in the 风险等级 cell (``一级⏎一级⏎二级``, the n-th line the n-th point's level) "
        "and the measures numbered one a line in the 防控措施 cell; no type column; a ``注：`` line saying the lines pair up "
        "and a 填表人/审核人/局长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def zhongning_development_reform_bureau_two_sheets() -> dict:
    unit = f"{PLACE}发展和改革局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 20, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("佴沄翯", "局长", "主持全面工作", [
            ("政府投资项目审批中量身定制、违规审批", "高", "项目审批经局务会集体研究，审批结果网上公开。"),
            ("中央预算内投资项目申报推荐暗箱操作", "高", "申报项目按条件排序，推荐名单公示。"),
        ]),
        ("宓璆滢", "副局长", "分管价格、粮食和物资储备", [
            ("政府定价项目成本监审走过场", "中", "成本监审报告集体审议，听取经营者意见。"),
            ("储备粮轮换计划审核把关不严", "高", "轮换计划与中心、粮库三方会审。"),
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
    dept = _Sheet("股室", [6, 16, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}股室廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("固定资产投资股", "股长", "佴岍璠", "middle", "企业投资项目备案信息审核不严", "中",
         "备案信息通过在线审批监管平台比对核验。"),
        ("固定资产投资股", "股长", "佴岍璠", "middle", "对已开工项目行政检查不到位、选择性检查", "中",
         "检查对象随机抽取，检查结果公开。"),
        ("固定资产投资股", "股员", "宓琤湉", "general", "重点项目调度数据虚报", "低", "项目进度数据与现场核查相互印证。"),
        ("价格管理股", "股长", "佴淯珩", "middle", "收费标准核定中接受经营者请托", "高", "核定过程全程留痕，集体审议。"),
        ("价格管理股", "股员", "宓昀涔", "general", "价格监测数据采集不实", "低", "监测点数据双人采集、交叉核对。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], HML[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "zhongning_development_reform_bureau_two_sheets", "https://jingyang.qinfeng.gov.cn/info/1013/4662.htm",
        "县发展和改革局 廉政风险防控一览表 in TWO SHEETS, after the source's case of a 区发改委 in 涉农涉企项目 立项、审批、验收、拨款 "
        "(中央预算内投资项目 申报, 可行性报告, 虚假财务报表): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 merged "
        "and 岗位/姓名 merged per person; 廉政风险点, 风险等级 高/中/低, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def zhongning_grain_reserve_centre_posts() -> dict:
    unit = f"{PLACE}粮食和物资储备中心"
    sh = _Sheet("排查表", [6, 12, 12, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "储备粮轮换", "轮换中虚假轮换、以陈顶新，与购销企业串通牟利", "制度机制风险", "Ⅰ级",
         "轮换出入库全程视频监控，中心、粮库双人验收。"),
        ("中心领导", "主任", "leader", "储备费用补贴拨付", "保管费用、轮换补贴拨付不按库存核定", "岗位职责风险", "Ⅱ级",
         "补贴按核实库存拨付，每季度公示。"),
        ("仓储管理科", "科长", "middle", "库存检查", "库存检查走过场，对账实不符问题隐瞒不报", "岗位职责风险", "Ⅰ级",
         "库存检查交叉进行，检查结果逐仓登记。"),
        ("仓储管理科", "科长", "middle", "粮食损耗核销", "虚增自然损耗，超耗核销", "业务流程风险", "Ⅱ级",
         "损耗按标准核定，超耗报主管部门审批。"),
        ("物资储备科", "保管员", "general", "应急物资出入库", "应急物资出入库不登记，以借代领", "业务流程风险", "Ⅲ级",
         "出入库凭审批单办理，每月盘点。"),
        ("物资储备科", "保管员", "general", "物资验收", "验收中接受供货商好处，降低标准", "思想道德风险", "Ⅱ级",
         "验收双人签字，抽样送检。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "zhongning_grain_reserve_centre_posts", "https://www.xuehua.us/a/61efcf6ec1f9c8b6ea0c69bc?lang=zh-hk",
        "县粮食和物资储备中心 岗位廉政风险点排查表 对岗不对人, after the source's report on “粮仓硕鼠” (基层粮站, 粮食购销, "
        "储备粮 虚假轮换, 收储公司): a title, 序号/科室 merged/岗位 merged per post/a short 风险点/a long 风险表现/风险类型 "
        "``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def zhongning_price_certification_selfchecks() -> dict:
    unit = f"{PLACE}价格认证中心"
    t = _Truth(unit)
    people = [
        ("佴璟湑", "中心领导", "主任", "leader", [
            ("涉案财物价格认定结论受办案机关或当事人干预", "一级风险", "认定结论集体审议，干预情况登记报告。", "已落实"),
            ("价格认定协助人员选聘不公开", "二级风险", "协助人员从专家库随机抽取。", "未发现问题"),
        ]),
        ("宓涴翎", "价格认定科", "科长", "middle", [
            ("价格认定现场勘验不到位、依据不足", "一级风险", "勘验两人以上，影像资料存档。", "已落实"),
            ("复核裁定中维护原结论、不予纠错", "二级风险", "复核由未参与原认定人员办理。", "已落实"),
        ]),
        ("佴霂琛", "价格认定科", "认定员", "general", [
            ("向当事人泄露认定结论", "二级风险", "结论送达前严格保密。", "未发现问题"),
            ("价格认定档案管理不规范", "三级风险", "档案按件归档，专人管理。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 11, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在科室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], RISKS[lv])
        sh.add()
        sh.add("本人签名：", None, "主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "zhongning_price_certification_selfchecks",
        "https://www.hkyyi.com/html/de-yang-zheng-ce-xing-liang-shi-guan-li-ban-fa-xiang-jie-ru-he-bao-zhang-liang-shi-an-quan-yu-shi-ch.html",
        "县价格认证中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 政策性粮食管理办法 "
        "详解 (储备体系, 市场稳定, 价格调控, 分级负责): a title, a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间`` over a row "
        "of values, then 序号/风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 主任意见：``",
        sheets, t,
    )  # fmt: skip


def zhongning_census_centre_group_rows() -> dict:
    unit = f"{PLACE}统计普查中心"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "宓瀚翊", "leader", [
                ("普查经费使用不按预算执行", "一级", "经费专账核算，支出经领导班子研究。"),
                ("普查员、普查指导员选聘优亲厚友", "二级", "选聘条件公开，名单公示。"),
            ]),
        ]),
        ("二、普查业务组", "普查业务组", [
            ("组长", "佴璘沣", "middle", [
                ("普查数据审核把关不严，默许乡镇虚报", "一级", "数据逐级审核，疑点数据实地核查。"),
                ("普查登记中漏登、重登单位", "二级", "登记清查与名录库比对。"),
            ]),
            ("普查员", "宓湛瑢", "general", [
                ("普查补助发放名单虚报冒领", "二级", "补助发放到人，名单公示。"),
            ]),
        ]),
        ("三、数据管理组", "数据管理组", [
            ("组长", "佴翚洺", "middle", [
                ("普查对象个人信息泄露", "二级", "数据分级授权访问，操作留痕。"),
                ("台账资料随意涂改", "三级", "台账电子化管理，修改留痕。"),
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
        "zhongning_census_centre_group_rows", "https://public.xinmi.gov.cn/D49Y/2114679.jhtml",
        "县统计普查中心 廉政风险防控责任清单, after the source's 统计基层基础工作 巡查方案 (乡级自查, 县级复查, 台账建立, 账表对应, "
        "事后现场核实): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级/二级/三级``/防控措施 under GROUP ROWS ``一、中心领导``, "
        "``二、普查业务组``, ``三、数据管理组`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def zhongning_grain_depot_cards() -> dict:
    unit = f"{PLACE}国家粮食储备库"
    t = _Truth(unit)
    cards = [
        ("主任", "宓瀞珝", "主任", "主持粮库全面工作", "leader", [
            ("粮食收购中压级压价、抬级抬价", "★★★", "收购价格、质量标准挂牌公示。"),
            ("与粮商串通虚购虚销、“转圈粮”", "★★★", "购销合同集体审定，资金流与粮流核对。"),
            ("接受粮商宴请", "★", "严守中央八项规定精神。"),
        ]),
        ("副主任", "佴珝滢", "副主任", "分管仓储、质检", "leader", [
            ("入库质量检验把关不严", "★★", "扦样、检验、定等分岗操作。"),
            ("仓房维修项目化整为零", "★★", "维修项目按限额报中心审批。"),
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
        "zhongning_grain_depot_cards", "https://www.zaobao.com.sg/realtime/china/story20220616-1283712",
        "县国家粮食储备库 领导干部廉政风险防控卡, one sheet a leader, after the source's report on the 粮食购销领域腐败问题专项整治 "
        "(粮食系统 落马官员, 省级粮食企业, 中华大粮仓里的“硕鼠”): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, "
        "then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def zhongning_energy_centre_list() -> dict:
    unit = f"{PLACE}节能监察中心"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "宓沨璇", "leader", "节能审查意见出具中降低标准", "制度机制", "高风险",
         "节能报告组织专家评审，审查意见集体研究。"),
        ("中心领导", "主任", "宓沨璇", "leader", "节能审查验收走过场", "岗位职责", "中风险", "验收邀请行业主管部门参加。"),
        ("监察科", "科长", "佴澈翾", "middle", "重点用能单位节能监察选择性执法", "业务流程", "高风险",
         "监察对象随机抽取，监察结果公开。"),
        ("监察科", "监察员", "宓霈洺", "general", "监察中接受企业宴请、礼品", "思想道德", "中风险", "签订廉洁承诺书。"),
        ("综合科", "科长", "佴琮潆", "middle", "能耗数据统计汇总弄虚作假", "岗位职责", "中风险", "能耗数据与统计部门数据比对。"),
        ("综合科", "会计", "宓昶瑭", "general", "监察经费报销审核不严", "业务流程", "低风险", "报账单据三级审核。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "zhongning_energy_centre_list",
        "https://www.meizhou.gov.cn/zwgk/zfjg/sfzhggj/zfxxgkml/bmwj/content/post_2513036.html",
        "县节能监察中心 岗位廉政风险防控一览表, after the source's 发展和改革局 通知 on 固定资产投资项目节能审查管理权限 (年综合能源消费量, "
        "节能审查机关, 在线审批监管平台): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 "
        "written on EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/"
        "主任（签字） line",
        [sh], t,
    )  # fmt: skip


def zhongning_grain_emergency_register() -> dict:
    unit = f"{PLACE}粮油应急保障中心"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "佴渼瑄", "leader", [
            ("应急加工、供应网点确定不经集体研究", "制度机制", "一级", "网点确定经班子会研究，名单公示。"),
            ("应急成品粮储备采购指定供货商", "外部环境", "二级", "采购按政府采购程序办理。"),
        ]),
        ("应急保障科", "科长", "宓琇泓", "middle", [
            ("应急供应网点考核不实", "岗位职责", "二级", "考核结果公开，接受监督。"),
        ]),
        ("应急保障科", "调度员", "佴翯瑆", "general", [
            ("应急调运费用虚报", "业务流程", "一级", "调运费用凭运单、过磅单结算。"),
            ("应急演练物资私自挪用", "思想道德", "三级", "物资领用登记，演练后清点归库。"),
        ]),
        ("财务科", "出纳", "宓潇珺", "general", [
            ("应急保障资金坐支、挪用", "业务流程", "一级", "资金专户管理，定期对账。"),
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
        "zhongning_grain_emergency_register", "https://www.fx361.com/page/2021/0531/12683782.shtml",
        "县粮油应急保障中心 廉政风险点排查登记表, after the source's study of 武汉市 粮食应急管理 (应急加工, 应急供应网点, 成品粮储备, "
        "调运配送): a title, 序号/科室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 "
        "``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    zhongning_statistics_bureau_parallel_lines(),
    zhongning_development_reform_bureau_two_sheets(),
    zhongning_grain_reserve_centre_posts(),
    zhongning_price_certification_selfchecks(),
    zhongning_census_centre_group_rows(),
    zhongning_grain_depot_cards(),
    zhongning_energy_centre_list(),
    zhongning_grain_emergency_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch598-inbox"))

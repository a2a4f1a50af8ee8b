"""The eight-hundred-and-ninety-seventh batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's civil
affairs and social security bodies, 塔什库尔干塔吉克自治县 (喀什地区, 新疆维吾尔自治区) — its 民政局,
社会救助服务中心, 社会福利中心, 殡葬管理所, 婚姻登记处, 公共就业服务中心, 殡仪馆 and one 乡's 社会保障服务站
(提孜那甫乡) — each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 民政局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and ``股室``
  (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 社会救助服务中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 社会福利中心's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 殡葬管理所's 清单 under GROUP ROWS ``一、所领导`` … (no 科室 column), ``岗位 | 姓名`` merged per
  person, ``一级风险/二级风险/三级风险``;
- the 婚姻登记处's 自查表, one sheet a person: a label row ``姓　名 | 所在部门 | 岗　位 | 填表时间`` over a
  row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 提孜那甫乡社会保障服务站's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on
  EVERY row, short types, ``高风险/中风险/低风险``;
- the 公共就业服务中心's 排查登记表: ``股室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别`` (short
  names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``taxkorgan_funeral_home_code_tabs``: the 殡仪馆's workbook of 岗位廉政风险点登记表 in which the posts
  are defined in one place and their points in another, JOINED BY THE SHEET TABS' NAMES: a first
  sheet ``岗位设置`` (``岗位编号 | 科室 | 岗位名称 | 在岗人员 | 主要职责``, codes GW01–GW05, and a ``注：``
  line saying each post's points stand on the sheet named by its 岗位编号), then one sheet a post
  named ONLY by the code (tabs ``GW01`` … ``GW05``), each a title and a plain ``序号 | 廉政风险点 |
  风险等级 | 防控措施`` list with no 科室, post or name anywhere on it. The README's 读得懂的表 knows a
  sheet a person whose TAB IS THE PERSON'S NAME, a point named by its tab, codes in a 责任人/岗位
  column or in the 风险编号 resolved through a 代号/岗位代码 table (``HOLDER_CODES``), 岗位编号 in a
  column resolved through another sheet's 岗位设置表, and 工作表名 giving a level; it does not
  describe a per-post sheet whose only holder key is its tab's name, a code looked up in a
  register on another sheet.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a national 意见 on 残疾人两项补贴 —
资格审定, 社会化发放, 冒领、重复领取; a city 民政局's notice of 低保 监督检查 — 违规认定, 延迟发放, 代持卡折;
a report of a 老年公寓 负责人 挪用护理费 — 护理费、床位费 现金收取, 一人身兼出纳会计; a report on the national
殡葬领域突出问题专项整治 — 乱建公墓, 超标准墓穴, 炒卖墓穴; a 婚姻登记处's 职责 and 主任、登记员 岗位责任制;
an account of who runs 残疾人补贴 — 乡镇 受理、初审, 一门受理; the 就业补助资金管理办法 — 培训补贴, 社会保险补贴;
a province's rule on 公墓 墓位 限价销售 — 收费公示, 凭死亡证明出售墓穴) and the layout follows their
words for the unit, its parts, its posts and its risks. The rows are worded by us, the names
invented (the rare surnames 钦 and 宛 with rare given names); every unit is a body of
塔什库尔干塔吉克自治县.

Run ``python tests/published/score.py --set batch897`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each code sheet (``GW01`` …) is one form: the 科室, post and holder of the
  ``岗位设置`` row whose 岗位编号 is the tab's name, the sheet's rows its points (levels from its own
  ``风险等级`` column); the ``岗位设置`` sheet itself (its 主要职责 included) holds no point;
- ``局领导`` is no 科室 (the 民政局's leaders, sheet ``局领导``, and the cards' leaders have none);
  ``中心领导``, ``所领导``, ``站领导``, ``馆领导``, ``处领导`` (a 科室/部门/所在部门 cell or a group row) are the
  科室 of those leaders; a 局's 股, a 中心's 室 or 股, a 所's 组, a 馆's 室 or 车间 are 科室; a group row
  ``二、执法检查组`` gives the 科室 ``执法检查组``;
- every 中心, the 所, the 处, the 馆, the 站 and the 局 are units of their own: 局长, 副局长, 主任 and 副主任
  of a 中心 or the 处, 所长, 馆长 and 站长 are leaders; 股长, 组长 and the 业务室主任 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况``, ``主要职责`` and ``填表时间``
  are no points and name no holder; the 社会救助服务中心's list names no person: its forms are posts
  (对岗不对人);
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

PREFIX = "b897_"
PLACE = "塔什库尔干塔吉克自治县"
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

# the 殡仪馆's post register (sheet 岗位设置): code -> (科室, 岗位名称, 在岗人员, tier, 主要职责);
# each post's points stand on a sheet named only by its code: [(廉政风险点, 风险等级, 防控措施)]
REGISTER = [
    ("GW01", "馆领导", "馆长", "钦澍翀", "leader", "主持全面工作，负责殡葬用品采购和重大事项决策", [
        ("殡葬用品供应商选定不经集体研究，收受厂家好处", "一级", "殡葬用品采购进县政府采购平台，馆务会集体研究。"),
        ("公墓墓位限价销售名额分配向关系户倾斜", "一级", "限价墓位凭死亡证明按登记顺序销售，名单公示。"),
    ]),
    ("GW02", "业务室", "业务室主任", "宛沅珺", "middle", "负责殡仪业务受理、墓位和骨灰存放格位销售", [
        ("无死亡证明、火化证明出售墓穴或骨灰存放格位", "一级", "售墓凭死亡证明或火化证明，台账每月报县民政局。"),
        ("服务项目捆绑销售、擅自提高收费标准", "二级", "收费项目和标准在大厅显著位置公示，丧属签字确认。"),
    ]),
    ("GW03", "业务室", "收费员", "钦湉岍", "general", "负责殡仪服务收费和票据管理", [
        ("收费不开票据，截留殡葬服务收入", "一级", "收费一律开具财政票据，当日缴入单位账户。"),
        ("对困难群众基本殡葬服务费不按规定减免", "二级", "减免凭低保、特困证明办理，每月公示减免名单。"),
    ]),
    ("GW04", "火化车间", "火化工", "宛翯岑", "general", "负责遗体火化和骨灰交接", [
        ("向丧属索要“红包”，私自调整火化顺序", "二级", "火化按登记顺序安排，监控全程录像，设举报电话。"),
        ("骨灰交接登记不全，丧属信息外泄给中介", "三级", "骨灰交接双人签字，丧属信息专人管理。"),
    ]),
    ("GW05", "财务室", "会计", "钦珝沄", "general", "负责财务核算和公墓收入专账管理", [
        ("公墓销售收入不入专户，设立“小金库”", "一级", "墓穴销售收入专户管理，县财政局每年审计。"),
        ("报销凭证审核不严，虚列接运车辆维修费", "二级", "车辆维修定点、定价，报销附维修清单和派车单。"),
    ]),
]  # fmt: skip


def taxkorgan_funeral_home_code_tabs() -> dict:
    unit = f"{PLACE}殡仪馆"
    t = _Truth(unit)
    reg = _Sheet("岗位设置", [10, 12, 14, 12, 44])
    _line(reg, f"{unit}岗位设置及在岗人员表", 5)
    reg.add("岗位编号", "科室", "岗位名称", "在岗人员", "主要职责")
    for code, dept, post, who, _tier, duty, _points in REGISTER:
        reg.add(code, dept, post, who, duty)
    _line(
        reg,
        "注：各岗位的廉政风险点见以岗位编号命名的工作表（GW01—GW05），风险等级分一级、二级、三级。",
        5,
    )
    reg.add("制表：办公室", None, "审核：", None, "2025年5月")
    sheets = [reg]
    for code, dept, post, who, tier, _duty, points in REGISTER:
        sh = _Sheet(code, [6, 40, 10, 40])
        _line(sh, f"{unit}岗位廉政风险点登记表", 4)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施")
        for i, (point, lv, measures) in enumerate(points, 1):
            sh.add(i, point, lv, measures)
            t.point(code, dept, post, who, tier, point, [], GRADES[lv])
        sh.add("填表人：", None, "2025年5月", None)
        sheets.append(sh)
    return _layout(
        "taxkorgan_funeral_home_code_tabs", "http://kxnews.com.cn/2015/news/0327252067.html",
        "(harder) 县殡仪馆 岗位廉政风险点登记表, after the source's report on 公墓 墓位 限价销售 (收费标准公示, 凭死亡证明或火化证明"
        "出售墓穴、骨灰存放格位, 捆绑服务): a first sheet 岗位设置 ``岗位编号 | 科室 | 岗位名称 | 在岗人员 | 主要职责`` (GW01–GW05) "
        "with a ``注：`` line saying each post's points stand on the sheet named by its 岗位编号; then ONE SHEET A POST NAMED "
        "ONLY BY THE CODE (tabs GW01 … GW05), each a title and ``序号 | 廉政风险点 | 风险等级 | 防控措施`` (``一级/二级/三级``) "
        "with no 科室, post or name anywhere on it: the holder is the register row whose 岗位编号 is the tab's name",
        sheets, t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def taxkorgan_civil_affairs_bureau_two_sheets() -> dict:
    unit = f"{PLACE}民政局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 20, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("宛昶霁", "局长", "主持全面工作", [
            ("社会救助资金分配个人说了算", "一级", "资金分配方案经党组会集体研究，结果公开。"),
            ("民政项目建设插手工程招标", "一级", "项目招标全部进县公共资源交易平台，领导干部插手登记报告。"),
        ]),
        ("钦岫涟", "副局长", "分管社会救助、社会福利", [
            ("残疾人两项补贴资格审定把关不严", "一级", "审定结果与残联数据比对，在乡村公示。"),
            ("低保对象审批为亲友打招呼", "二级", "审批实行回避制度，亲属备案。"),
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
        ("社会救助股", "股长", "宛珺湜", "middle", "城乡低保审核确认不入户核查", "一级",
         "审核确认逐户入户调查，调查人和被调查人签字。"),
        ("社会救助股", "股长", "宛珺湜", "middle", "临时救助金额超标准审批", "二级", "临时救助按标准分档，超标准的报局务会研究。"),
        ("社会福利股", "股员", "钦沨昕", "general", "两项补贴发放名册审核不严，重复发放", "二级", "发放名册与死亡、服刑数据每季度比对。"),
        ("财务股", "会计", "宛霈岷", "general", "救助资金不经专户直接拨付现金", "一级", "救助资金社会化发放，一律打卡到户。"),
        ("财务股", "出纳", "钦滢翾", "general", "资金拨付凭证不全即行支付", "三级", "支付凭证经股长、分管领导签字后方可支付。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "taxkorgan_civil_affairs_bureau_two_sheets", "https://guanchang.qwyd.net/caishuifagui/1552724388304565_2.html",
        "县民政局 廉政风险防控一览表 in TWO SHEETS, after the source's 意见 on 残疾人两项补贴 (民政部门 资格审定, 社会化发放, "
        "定期复核, 冒领、重复领取、克扣): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 merged and "
        "岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def taxkorgan_relief_centre_posts() -> dict:
    unit = f"{PLACE}社会救助服务中心"
    sh = _Sheet("排查表", [6, 12, 12, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "低保认定审批", "对不符合条件的家庭违规认定低保", "岗位职责风险", "高",
         "认定审批集体研究，结果在村（社区）公示。"),
        ("审核确认室", "审核员", "general", "入户调查核实", "入户调查走过场，家庭收入核查不实", "业务流程风险", "高",
         "入户调查两人以上，核对信息平台比对。"),
        ("审核确认室", "审核员", "general", "动态管理", "应退未退、应停未停", "制度机制风险", "中",
         "按季度复核，比对死亡、就业、车辆信息。"),
        ("资金发放室", "发放员", "general", "低保金发放", "低保金延迟发放、由他人代持卡折", "思想道德风险", "高",
         "资金打卡到户，定期抽查卡折持有情况。"),
        ("档案管理室", "档案员", "general", "救助档案管理", "档案材料补签、后补，泄露救助对象信息", "外部环境风险", "低",
         "档案随办随归，查阅登记审批。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "taxkorgan_relief_centre_posts", "http://www.lqwang.com.cn/art/2023/7/10/art_103576_2944304.html",
        "县社会救助服务中心 岗位廉政风险点排查表 对岗不对人, after the source's 低保 监督检查 notice (低保认定、退出审核不严, "
        "违规认定, 延迟发放, 他人代持卡折, 优亲厚友): a title, 序号/科室 merged/岗位 merged per post/a short 风险点/a long "
        "风险表现/风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def taxkorgan_welfare_centre_cards() -> dict:
    unit = f"{PLACE}社会福利中心"
    t = _Truth(unit)
    cards = [
        ("主任", "宛翊潆", "主任", "主持中心全面工作", "leader", [
            ("入住老人护理费、床位费不入账，挪作他用", "★★★", "收费统一开票，当日缴入单位账户，每月对账。"),
            ("护理员招聘、护工外包暗箱操作", "★★", "护工外包公开招标，招聘结果公示。"),
            ("接受入住老人家属礼品礼金", "★", "签订廉洁承诺，节前廉洁提醒。"),
        ]),
        ("副主任", "钦昀峤", "副主任", "分管财务、后勤", "leader", [
            ("一人兼任出纳和会计，财务不相容岗位未分离", "★★★", "出纳、会计分设，副主任不得兼管现金。"),
            ("伙食采购虚报数量", "★★", "食材采购两人验收，每周公示伙食账。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 36, 12, 34])
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
        "taxkorgan_welfare_centre_cards", "https://shanghai.baogaosu.com/xinwen/%E5%85%AC%E5%AF%93%E8%B4%9F%E8%B4%A3%E4%BA%BA%E6%8C%AA%E7%94%A8%E6%8A%A4%E7%90%86%E8%B4%B9%E5%BC%80%E7%BE%8E%E5%AE%B9%E9%99%A2/24975010",
        "县社会福利中心 (养老) 领导干部廉政风险防控卡, one sheet a leader, after the source's case of a 老年公寓 负责人 挪用护理费 "
        "(护理费、床位费、伙食费 现金收取, 一人身兼经理、出纳和会计, 财务制度漏洞): a title, ``姓　名 | … | 职　务 | …`` and a "
        "merged 分管工作 line, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def taxkorgan_funeral_office_group_rows() -> dict:
    unit = f"{PLACE}殡葬管理所"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、所领导", "所领导", [
            ("所长", "宛澈珩", "leader", [
                ("公益性公墓建设审批把关不严", "一级风险", "公墓审批经所务会研究，报县民政局审核。"),
                ("殡葬领域违规问题查处说情、降格处理", "一级风险", "案件查处集体研究，处理结果公开。"),
            ]),
        ]),
        ("二、执法检查组", "执法检查组", [
            ("组长", "钦渟峣", "middle", [
                ("对违规建造超标准墓穴不制止", "二级风险", "巡查全程记录，发现问题当日上报。"),
            ]),
            ("检查员", "宛湄翀", "general", [
                ("检查中接受公墓经营单位宴请", "二级风险", "检查两人以上同行，签订廉洁承诺书。"),
                ("泄露群众举报线索", "三级风险", "举报线索专人登记，严格保密。"),
            ]),
        ]),
        ("三、公墓管理组", "公墓管理组", [
            ("管理员", "钦沄翙", "general", [
                ("墓位登记台账不实，炒买炒卖墓位", "二级风险", "墓位登记实行信息化管理，每季度核对。"),
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
    sh.add("填表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "taxkorgan_funeral_office_group_rows", "http://www.laixuanmu.com/hydt/807.html",
        "县殡葬管理所 廉政风险防控责任清单 under GROUP ROWS, after the source's report on the 殡葬领域突出问题专项整治 (违规乱建公墓, "
        "超标准墓穴, 炒买炒卖墓穴或骨灰格位, 殡葬服务市场监管): a title, 序号/岗位/姓名/廉政风险点/风险等级 "
        "``一级风险/二级风险/三级风险``/防控措施, group rows ``一、所领导``, ``二、执法检查组``, ``三、公墓管理组`` merged across; "
        "岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def taxkorgan_marriage_registry_selfchecks() -> dict:
    unit = f"{PLACE}婚姻登记处"
    t = _Truth(unit)
    people = [
        ("钦霂岚", "处领导", "主任", "leader", [
            ("婚姻登记印章、空白证书管理不严", "Ⅰ级", "印章、证书专柜存放，领用登记、每月盘点。", "已落实"),
            ("为不符合条件的当事人打招呼办理登记", "Ⅱ级", "登记严格按程序审查，重点审查年龄、户口和身份证。", "未发现问题"),
        ]),
        ("宛翎澍", "登记室", "登记员", "general", [
            ("审查证件不严，办理违法婚姻登记", "Ⅰ级", "证件联网核查，当事人当场签字声明。", "已落实"),
            ("接受当事人礼物、收取额外费用", "Ⅲ级", "服务承诺上墙公示，设立监督电话。", "已落实"),
        ]),
        ("钦岚湉", "档案室", "档案员", "general", [
            ("擅自导出、泄露婚姻登记信息", "Ⅱ级", "婚姻登记信息查询权限分级，查询留痕。", "未发现问题"),
            ("出具婚姻登记记录证明不核实身份", "Ⅱ级", "出具证明凭本人身份证件，委托的须经公证。", "已落实"),
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
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "taxkorgan_marriage_registry_selfchecks", "http://www.tmdps.cn/a5/2019051314/e6412f14dd8af877.html",
        "县婚姻登记处 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 婚姻登记处职责 and "
        "主任、登记员 岗位责任制 (依法审查证件, 不徇私情, 不接收礼物, 婚姻档案): a title, a label row "
        "``姓　名 | 所在部门 | 岗　位 | 填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/"
        "``自查情况``; no type column; ``本人签名： | 主任意见：``",
        sheets, t,
    )  # fmt: skip


def taxkorgan_tiznap_township_station_list() -> dict:
    unit = f"{PLACE}提孜那甫乡社会保障服务站"
    sh = _Sheet("一览表", [6, 12, 12, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 6}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "宛峤沨", "leader", "低保、特困申请初审意见签署不实", "岗位职责", "高风险",
         "初审意见经站务会研究，村级评议结果存档。"),
        ("站领导", "站长", "宛峤沨", "leader", "残疾人补贴初审材料把关不严", "制度机制", "中风险",
         "初审核对户籍、残疾人证，逐级报送。"),
        ("社会救助", "协理员", "钦濛昳", "general", "“一门受理”后转办不及时，压件不办", "业务流程", "中风险",
         "受理登记限时转办，逾期预警。"),
        ("社会救助", "协理员", "钦濛昳", "general", "入户核查时收受申请人好处", "思想道德", "高风险",
         "入户核查两人同行，核查表双方签字。"),
        ("养老服务", "专干", "宛琤岫", "general", "高龄津贴名册不及时核减已故人员", "外部环境", "低风险",
         "每月与派出所、卫生院核对死亡信息。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "taxkorgan_tiznap_township_station_list", "https://www.fudaoke.com/exam/3142006.html",
        "乡社会保障服务站 岗位廉政风险防控一览表, after the source's account of who runs 残疾人补贴 (乡镇 受理、初审, 县民政 审定, "
        "一门受理, 定期复核): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 on EVERY "
        "row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/站长（签字） line",
        [sh], t,
    )  # fmt: skip


def taxkorgan_employment_centre_register() -> dict:
    unit = f"{PLACE}公共就业服务中心"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "钦翾澴", "leader", [
            ("就业补助资金分配不经集体研究", "制度机制", "一级", "资金分配方案经中心会议研究，报县人社局、财政局备案。"),
            ("职业培训机构选定指定关系单位", "岗位职责", "二级", "培训机构通过公开遴选确定，结果公示。"),
        ]),
        ("就业援助股", "股长", "宛沚翮", "middle", [
            ("社会保险补贴、岗位补贴申报材料审核不严", "业务流程", "一级", "补贴申报逐项核对劳动合同和社保缴费记录。"),
        ]),
        ("培训股", "专干", "钦璆澜", "general", [
            ("培训学员花名册虚增人数，套取培训补贴", "业务流程", "一级", "培训实行考勤打卡，抽查学员到课情况。"),
            ("接受培训机构宴请，放松监管", "思想道德", "三级", "签订廉洁承诺，检查两人以上同行。"),
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
        "taxkorgan_employment_centre_register", "http://www.sxcxldjy.com/show-73-33446-1.html",
        "县公共就业服务中心 廉政风险点排查登记表, after the source's 就业补助资金管理办法 (职业培训补贴, 社会保险补贴, 岗位补贴, "
        "资金分配和监督): a title, 序号/股室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 "
        "``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    taxkorgan_funeral_home_code_tabs(),
    taxkorgan_civil_affairs_bureau_two_sheets(),
    taxkorgan_relief_centre_posts(),
    taxkorgan_welfare_centre_cards(),
    taxkorgan_funeral_office_group_rows(),
    taxkorgan_marriage_registry_selfchecks(),
    taxkorgan_tiznap_township_station_list(),
    taxkorgan_employment_centre_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch897-inbox"))

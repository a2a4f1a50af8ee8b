"""The seven-hundred-and-seventy-sixth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 乡村振兴
bodies, 阜平县 (of 保定市, 河北省) — its 乡村振兴局, 驻村工作队管理办公室, 以工代赈办公室, 农村经济经营管理站,
防止返贫监测中心, 龙泉关镇乡村振兴工作站 and 乡村产业发展服务中心 — each handing back the 一览表, 防控卡,
排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 乡村振兴局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 驻村工作队管理办公室's 排查表 对岗不对人: ``股室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 以工代赈办公室's 责任清单 under GROUP ROWS ``一、办公室领导``, ``二、项目管理股`` merged across,
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 农村经济经营管理站's 排查登记表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别`` (short
  names), ``一级/二级/三级``, a ``注：`` line;
- the 防止返贫监测中心's 自查表, one sheet a person: a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间`` over a
  row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 龙泉关镇乡村振兴工作站's 一览表 under ``附件1`` and a 填报单位（盖章） line: ``工作组 | 岗位 | 责任人`` on
  EVERY row, short types, ``高风险/中风险/低风险``;
- the 乡村产业发展服务中心's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line,
  ``★★★/★★/★`` read by a ``注：`` line.

One is harder:

- ``fuping_asset_center_post_and_own``: the 扶贫资产管理中心's 廉政风险点排查表 is ONE sheet in TWO PARTS: under
  ``一、岗位风险`` a post-only list (``序号 | 岗位 | 岗位风险点 | 风险等级 | 防控措施``, 岗位 merged, no name column),
  then under ``二、个人风险`` a second table with its own heading (``序号 | 岗位 | 姓名 | 个人风险点 | 风险等级 |
  防控措施``), one holder a post, each with his own personal points; a ``注：`` line says the post's risks
  are borne by its holder as named in the 个人风险 part. Each 岗位风险 row belongs to the holder of its post
  in the second part. The README's 读得懂的表 knows post-only lists resolved by a roster (``岗位 | 姓名``, a
  人员名单, 岗位说明书 cards, a staffing grid); it does not describe a post-only part whose holders stand only
  in a second points table of the same sheet (the 个人风险 part serving as the roster).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 扶贫项目资产管理实施方案 — 确权, 收益权,
处置权, 资产流失; 新华社 回访 阜平 脱贫摘帽 — 食用菌大棚, 易地扶贫搬迁; a study of 驻村“第一书记” — 选派, 考核;
a 以工代赈示范工程 管理办法 — 劳务报酬, 公示牌, 竣工验收; 村级集体经济 审计 — 公款私存, 发包不招标; 河北 防止返贫
监测 — 识别认定, 绿色通道, 防贫网格员; 人民网 on 龙泉关镇骆驼湾村 — 乡村旅游, 扶贫车间, 公益岗位; 农民日报 on
扶贫资产 — 养牛场 分红, 移交村集体) and the layout follows their words for the unit, its parts, its posts
and its risks. The rows are worded by us, the names invented (the rare surnames 仉 and 谯 with rare
given names); every unit is a body of 阜平县.

Run ``python tests/published/score.py --set batch776`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each 岗位风险 point belongs to the holder the 个人风险 part names for its post, one form
  a holder carrying both his post's and his own points; the center has no 科室 column, so its forms have
  no 科室; the ``一、岗位风险`` / ``二、个人风险`` lines, the ``注：`` line and the sign-off are no points;
- ``局领导`` (sheet, no 股室 column) and the cards' leaders have no 科室; ``办公室领导``, ``站领导``, ``中心领导``
  (a group row, a 股室/科室/工作组 cell) are the 科室 of those leaders; 股, 组 and 科室 are 科室;
- 局长, 副局长, 主任, 副主任, 站长 are leaders; 股长, 组长 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no points;
  the 驻村工作队管理办公室's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b776_"
PLACE = "阜平县"
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

# 一、岗位风险: (岗位, 岗位风险点, 风险等级, 防控措施) — the post's points, no name
POST_RISKS = [
    ("主任", "扶贫项目资产确权移交时将经营性资产划给关系主体", "高", "确权方案经中心会议集体研究，结果在村务公开栏公示。"),
    ("主任", "资产收益分配方案未经村民代表大会即批准", "高", "收益分配方案须附村民代表大会决议。"),
    ("资产管理员", "扶贫资产台账登记不全，闲置资产不入账", "中", "台账每半年与乡镇、村三级核对一次。"),
    ("资产管理员", "资产处置不评估、低价出租出售", "高", "处置前委托评估，处置结果报县乡村振兴局备案。"),
    ("会计", "资产收益资金未及时足额拨付到村", "中", "收益资金按季度拨付，拨付凭证存档。"),
]  # fmt: skip

# 二、个人风险: (岗位, 姓名, tier, 个人风险点, 风险等级, 防控措施)
OWN_RISKS = [
    ("主任", "仉甡莳", "leader", "接受资产承包经营主体宴请、礼品", "中", "签订廉洁承诺书，节前廉洁提醒。"),
    ("资产管理员", "谯韫棣", "general", "管护检查中对亲友承包的资产放松要求", "中", "管护检查实行回避，两人同行。"),
    ("会计", "仉燊荦", "general", "利用拨付收益资金之便优亲厚友", "低", "拨付名单逐笔核对，主任签批。"),
]  # fmt: skip


def fuping_asset_center_post_and_own() -> dict:
    unit = f"{PLACE}扶贫资产管理中心"
    t = _Truth(unit)
    sh = _Sheet("排查表", [6, 12, 10, 42, 10, 36])
    _line(sh, f"{unit}廉政风险点排查表", 6)
    _line(sh, "一、岗位风险", 6)
    sh.add("序号", "岗位", "岗位风险点", "风险等级", "防控措施", None)
    first = len(sh.rows)
    for i, (post, point, lv, measures) in enumerate(POST_RISKS, 1):
        sh.add(i, post, point, lv, measures, None)
    _merge_down(sh, first, [(1, lambda row: row[1])])
    _line(sh, "二、个人风险", 6)
    sh.add("序号", "岗位", "姓名", "个人风险点", "风险等级", "防控措施")
    for i, (post, who, _tier, point, lv, measures) in enumerate(OWN_RISKS, 1):
        sh.add(i, post, who, point, lv, measures)
    _line(sh, "注：岗位风险由该岗位在岗人员承担，在岗人员见“个人风险”部分。", 6)
    sh.add("填表人：", None, "审核人：", None, "2025年5月", None)
    holders = {post: (who, tier) for post, who, tier, *_ in OWN_RISKS}
    for post, point, lv, _m in POST_RISKS:
        who, tier = holders[post]
        t.point(sh.name, "", post, who, tier, point, [], HML[lv])
    for post, who, tier, point, lv, _m in OWN_RISKS:
        t.point(sh.name, "", post, who, tier, point, [], HML[lv])
    return _layout(
        "fuping_asset_center_post_and_own", "https://www.jingshengsc.com/zhuantifanwen/gongwenfanwen/79639.html",
        "(harder) 县扶贫资产管理中心 廉政风险点排查表, after the source's 扶贫项目资产管理实施方案 (摸清底数, 确权到位, "
        "所有权/经营权/收益权/处置权, 资产损失流失, 利益联结): ONE sheet in TWO PARTS — ``一、岗位风险`` with "
        "序号/岗位 merged/岗位风险点/风险等级 高/中/低/防控措施 and NO name column, then ``二、个人风险`` with its own "
        "heading 序号/岗位/姓名/个人风险点/风险等级/防控措施, one holder a post; a ``注：`` line says the post's "
        "risks are borne by its holder as named in the second part; each 岗位风险 row belongs to the holder of "
        "its post in the 个人风险 part",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def fuping_rural_bureau_two_sheets() -> dict:
    unit = f"{PLACE}乡村振兴局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}领导班子成员廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("谯燊骅", "局长", "主持全面工作", [
            ("衔接资金项目库入库审核时为关系村、关系企业说情", "一级", "项目入库经评审小组评审，结果公示。"),
            ("易地扶贫搬迁后续扶持项目确定搞“一言堂”", "一级", "项目确定经局党组会议集体研究。"),
        ]),
        ("仉玏澧", "副局长", "分管产业发展、易地搬迁后续扶持", [
            ("食用菌大棚等产业项目验收降低标准", "二级", "验收邀请乡镇、村代表和专家参加。"),
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
    dept = _Sheet("股室", [6, 16, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}股室岗位廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("规划财务股", "股长", "谯邶霖", "middle", "衔接资金拨付不按项目进度、先拨后审", "一级", "按进度拨付，拨付前审核验收资料。"),
        ("规划财务股", "会计", "仉珵蔚", "general", "项目资金报账凭证审核不严", "二级", "报账实行经办、审核、审批三签。"),
        ("开发指导股", "股长", "仉骃霄", "middle", "搬迁安置区配套产业扶持对象认定不公", "二级", "扶持对象村级评议、乡镇审核、县级公示。"),
        ("开发指导股", "科员", "谯鎏芗", "general", "帮扶车间以奖代补资金核查走过场", "三级", "核查入企查看用工台账和工资发放记录。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "fuping_rural_bureau_two_sheets", "http://boronfuelsource.com/politics/2020-03/13/c_1125708993.htm",
        "县乡村振兴局 廉政风险防控一览表 in TWO SHEETS, after the source's 新华社 回访 阜平 脱贫摘帽 (食用菌大棚, 易地扶贫"
        "搬迁 41个项目点, 两区同建, 手工业扶贫车间): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with "
        "股室 merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def fuping_village_team_office_posts() -> dict:
    unit = f"{PLACE}驻村工作队管理办公室"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "股室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("办公室领导", "主任", "leader", "第一书记选派", "为不符合条件的人员打招呼列入选派名单", "制度机制风险", "高",
         "选派人选由派出单位推荐、组织部门审核。"),
        ("办公室领导", "主任", "leader", "驻村工作队考核定等", "考核等次照顾关系、搞平衡", "岗位职责风险", "高",
         "考核结合群众测评，结果公示。"),
        ("管理考核股", "股长", "middle", "驻村在岗抽查", "抽查前通风报信，对脱岗问题不予记录", "思想道德风险", "中",
         "抽查不打招呼、直奔现场，抽查记录双人签字。"),
        ("管理考核股", "干事", "general", "驻村工作经费审核", "工作经费、生活补助审核不严，虚报冒领", "业务流程风险", "中",
         "补助按在岗天数核发，与考勤系统比对。"),
        ("管理考核股", "干事", "general", "驻村日志检查", "日志事后补写仍评为合格", "业务流程风险", "低",
         "日志系统实时填报，补写留痕。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合股", None, None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "fuping_village_team_office_posts", "http://91fabiao.com/zazhi/8610789.html",
        "县驻村工作队管理办公室 岗位廉政风险点排查表 对岗不对人, after the source's study of 驻村“第一书记” 精准扶贫 效能 "
        "(选派, 党组织软弱涣散村, 考核, 在岗履职): a title, 序号/股室 merged/岗位 merged per post/a short 风险点/a long 风险表现/"
        "风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def fuping_work_relief_group_rows() -> dict:
    unit = f"{PLACE}以工代赈办公室"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、办公室领导", "办公室领导", [
            ("主任", "谯飏甫", "leader", [
                ("以工代赈示范工程施工单位确定中打招呼", "一级风险", "施工单位确定经集体研究，结果公示。"),
                ("工程竣工验收不到现场即签字", "二级风险", "验收到现场，验收报告附照片。"),
            ]),
        ]),
        ("二、项目管理股", "项目管理股", [
            ("股长", "仉钰邶", "middle", [
                ("劳务报酬发放名册与用工考勤不符仍予审核", "一级风险", "名册与考勤台账逐人核对。"),
            ]),
            ("项目专干", "谯彦蓥", "general", [
                ("工程公示牌内容与实际不符不督促更正", "三级风险", "公示牌内容纳入巡查清单。"),
                ("向施工单位索要好处、推荐材料供应商", "二级风险", "签订廉洁承诺，设立监督电话。"),
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
        "fuping_work_relief_group_rows", "http://fsou.com/html/text/lar/173082/17308258_3.html",
        "县以工代赈办公室 廉政风险防控责任清单, after the source's 以工代赈示范工程 管理办法 (劳务报酬 公开足额及时, 登记造册, "
        "工程公示牌, 季报通报, 竣工验收): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 "
        "under GROUP ROWS ``一、办公室领导``, ``二、项目管理股`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def fuping_economy_station_register() -> dict:
    unit = f"{PLACE}农村经济经营管理站"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "仉墉笙", "leader", [
            ("村级集体经济审计发现问题大事化小", "外部环境", "一级", "审计结果站务会集体审定，问题线索移交纪检。"),
            ("集体资产资源发包不招标时默许", "制度机制", "一级", "发包合同备案审查，未经招标不予备案。"),
        ]),
        ("审计股", "股长", "谯曌澧", "middle", [
            ("审计底稿删改、隐瞒公款私存问题", "岗位职责", "二级", "底稿双人复核，审计报告股长、站长两级签发。"),
        ]),
        ("审计股", "审计员", "仉鎏澹", "general", [
            ("接受村干部宴请后出具不实审计意见", "思想道德", "二级", "审计组两人以上，实行回避。"),
            ("村级财务抽查不按计划、随意选点", "业务流程", "三级", "抽查村随机确定，抽查记录归档。"),
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
        "fuping_economy_station_register", "http://www.kjlww.com/article-58869.html",
        "县农村经济经营管理站 廉政风险点排查登记表, after the source's 村级集体经济 审计 (经管站与审计站 一套人马, 公款私存, "
        "资产资源发包 不招标, 集体资产流失, 民主监督 流于形式): a title, 序号/科室 merged/岗位 and 姓名 merged per person/"
        "风险点/风险类别 (short names)/风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def fuping_monitoring_center_selfchecks() -> dict:
    unit = f"{PLACE}防止返贫监测中心"
    t = _Truth(unit)
    people = [
        ("谯骃蔚", "中心领导", "主任", "leader", [
            ("监测对象识别认定中优亲厚友", "Ⅰ级", "认定经村评议、乡审核、县审定，逐级公示。", "已落实"),
            ("“绿色通道”先帮扶后认定被滥用", "Ⅱ级", "绿色通道事项15日内补齐程序，月底复核。", "未发现问题"),
            ("防贫保险理赔对象审核不严", "Ⅱ级", "理赔对象与监测台账逐户比对。", "已落实"),
        ]),
        ("仉曌枋", "监测预警股", "网格员管理员", "general", [
            ("防贫网格员补贴考核不实", "Ⅱ级", "补贴与走访记录挂钩，股长抽查。", "已落实"),
            ("部门预警数据核查不到户即销号", "Ⅲ级", "销号须附入户核查表和照片。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在科室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "fuping_monitoring_center_selfchecks",
        "http://big5.news.cn/gate/big5/he.xinhuanet.com/20240121/a49c9e90d21a4d048823c83c0caf9076/c.html",
        "县防止返贫监测中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 河北 "
        "防止返贫监测 (农户申报、基层排查、部门预警, 识别认定缩短至15天, 绿色通道, 防贫网格员): a title, a label row "
        "``姓　名 | 所在科室 | 岗　位 | 填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/"
        "``自查情况``; no type column; ``本人签名： | 主任意见：``",
        sheets, t,
    )  # fmt: skip


def fuping_longquanguan_station_list() -> dict:
    unit = f"{PLACE}龙泉关镇乡村振兴工作站"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "工作组", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "仉芗甫", "leader", "乡村旅游扶持项目向关系户倾斜", "外部环境", "高风险",
         "扶持对象公开申报、村级公示。"),
        ("站领导", "站长", "仉芗甫", "leader", "村级公益岗位人选打招呼安排", "制度机制", "高风险",
         "公益岗位人选村民代表会议评议。"),
        ("产业就业组", "组长", "谯钰墉", "middle", "扶贫车间吸纳就业补贴核定不实", "岗位职责", "中风险",
         "补贴按用工花名册和工资流水核定。"),
        ("产业就业组", "专干", "仉璩彦", "general", "食用菌产业奖补申报材料把关不严", "业务流程", "中风险",
         "奖补材料逐户入棚核实，拍照留存。"),
        ("综合组", "专干", "谯岱鋆", "general", "脱贫户信息采集中收受好处、篡改数据", "思想道德", "低风险",
         "信息采集双人入户，系统修改留痕。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "fuping_longquanguan_station_list", "http://xiongan.gov.cn/2022-07/28/c_1211671448.htm",
        "县龙泉关镇乡村振兴工作站 岗位廉政风险防控一览表, after the source's 人民网 on 阜平县龙泉关镇骆驼湾村 (乡村旅游, 食用菌, "
        "扶贫车间, 保洁绿化公益岗位, 人均纯收入): ``附件1``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/工作组/岗位/"
        "责任人 written on EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a "
        "填表人/审核人/站长（签字） line",
        [sh], t,
    )  # fmt: skip


def fuping_industry_center_cards() -> dict:
    unit = f"{PLACE}乡村产业发展服务中心"
    t = _Truth(unit)
    cards = [
        ("主任", "谯荦笙", "主任", "主持中心全面工作", "leader", [
            ("产业扶贫资产移交村集体时清点不实", "★★★", "移交清单乡、村、中心三方签字。"),
            ("养殖场等经营主体分红比例确定暗箱操作", "★★", "分红方案公开，脱贫户签字确认。"),
            ("接受经营主体礼品礼金", "★", "签订廉洁承诺，节前廉洁提醒。"),
        ]),
        ("副主任", "仉赓飏", "副主任", "分管产业项目申报、技术服务", "leader", [
            ("产业项目申报材料虚报规模", "★★★", "申报项目实地核查，核查人签字。"),
            ("技术服务补助发放不实", "★★", "补助名单公示，转账发放。"),
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
        "fuping_industry_center_cards", "http://m.tabsjx.com/news/ankang/aknews/432628.html",
        "县乡村产业发展服务中心 领导干部廉政风险防控卡, one sheet a leader, after the source's 农民日报 on 扶贫资产 管好用好 "
        "(养牛场 分红, 村卫生室 公益性资产 移交村集体, 确权移交, 盘活经营): a title, ``姓　名 | … | 职　务 | …`` and a merged "
        "分管工作 line, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    fuping_asset_center_post_and_own(),
    fuping_rural_bureau_two_sheets(),
    fuping_village_team_office_posts(),
    fuping_work_relief_group_rows(),
    fuping_economy_station_register(),
    fuping_monitoring_center_selfchecks(),
    fuping_longquanguan_station_list(),
    fuping_industry_center_cards(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch776-inbox"))

"""The nine-hundred-and-twentieth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's science,
technology and industry bodies, 措勤县 (阿里地区, 西藏自治区) — its 科学技术和信息化局, 科技服务中心,
中小企业服务中心, 信息化服务中心, 农牧科技推广站, 无线电管理站 and two 乡镇科技服务站 (曲洛乡, 磁石乡) —
each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 科学技术和信息化局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per
  leader) and ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no
  type column;
- the 科技服务中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 中小企业服务中心's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作
  line, ``★★★/★★/★`` read by a ``注：`` line;
- the 信息化服务中心's 清单 under GROUP ROWS ``一、中心领导`` … (no 科室 column), ``岗位 | 姓名`` merged
  per person, ``一级风险/二级风险/三级风险``;
- the 农牧科技推广站's 自查表, one sheet a person: a label row ``姓　名 | 所在部门 | 岗　位 | 填表时间``
  over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 曲洛乡科技服务站's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on
  EVERY row, short types, ``高风险/中风险/低风险``;
- the 磁石乡科技服务站's 排查登记表: ``股室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别``
  (short names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``cuoqin_radio_station_four_step_levels``: the 无线电管理站's 廉政风险点排查表, an ordinary list
  (``序号 | 股室 | 岗位 | 姓名 | 廉政风险点 | 风险等级 | 防控措施``, 股室 merged, 岗位 and 姓名 merged
  per person) whose ``风险等级`` is written on the FOUR-STEP scale of 安全生产 风险分级管控
  (``重大风险 / 较大风险 / 一般风险 / 低风险``), folded into the three integrity levels by the
  ``注：`` line under the table: 重大风险 and 较大风险 are managed as 一级, 一般风险 as 二级, 低风险 as
  三级. The docs know the three-step words 重大/较大/一般 read as 1/2/3, a fourth COLOUR (红橙黄蓝, the
  lowest read as 三级) and the safety scale on 一岗双责 rows (no integrity level); they do not describe
  a four-step word scale that a note folds into three, where 较大 is 一级 and 一般 二级.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 州科技局's 村级帮扶 — 科技项目,
中药材栽培, 沼气; a 科技情报研究所's paper on the “高新贷” 风险补偿金 — 科技型中小企业, 目标企业池,
授信; a guide to 中小企业 融资 — 财政贴息, 政府性融资担保, 风险补偿; a 县 电子政务 示范县 验收 — 网络平台,
机房, 软件采购, 运行维护; a paper on 农业重大技术协同推广 — 推广资金, 示范, 受众; a paper on 农技推广
创新服务 — 科研院校, 成果转化, 服务体系; a 科技帮扶 调研 of two 村 — 农机, 帮扶, 培训; a 无线电管理处's
年检 — 台站, 频率占用费, 执照) and the layout follows their words for the unit, its parts, its posts
and its risks. The rows are worded by us, the names invented (the rare surnames 植 and 於 with rare
given names); every unit is a body of 措勤县.

Run ``python tests/published/score.py --set batch920`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the ``注：`` line decides: ``重大风险`` and ``较大风险`` are 1, ``一般风险`` 2,
  ``低风险`` 3 (not the three-step reading 重大 1, 较大 2, 一般 3); the truth is the list as its rows
  read (股室, 岗位, 姓名, point), one form a holder;
- ``局领导``, ``中心领导``, ``站领导`` (a 科室/部门 cell, a group row) are the 科室 of those leaders; the
  局's leaders (sheet ``局领导``) and the cards' leaders have no 科室; a 局's 股, a 中心's 室 or 组 and a
  站's 股 or 组 are 科室; a group row ``二、网络运维组`` gives the 科室 ``网络运维组``;
- every station and centre and the 局 are units of their own: 局长, 副局长, 主任 and 副主任 of a 中心,
  站长 and 副站长 are leaders; 股长 and 组长 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no
  points and name no holder; the 科技服务中心's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b920_"
PLACE = "措勤县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
# the four-step 安全生产 scale, folded into three by the harder file's 注 line
FOUR_STEP = {"重大风险": 1, "较大风险": 1, "一般风险": 2, "低风险": 3}
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

FOLD_NOTE = (
    "注：风险等级参照安全生产风险分级管控办法划分为重大风险、较大风险、一般风险、低风险四级；"
    "其中重大风险、较大风险按一级廉政风险管控，一般风险按二级廉政风险管控，低风险按三级廉政风险管控。"
)

# (股室, 岗位, 姓名, tier, [(廉政风险点, 风险等级, 防控措施)])
FOUR_STEP_ROWS = [
    ("站领导", "站长", "植翀岫", "leader", [
        ("无线电台站设置审批中为关系单位开绿灯", "重大风险", "台站设置审批经站务会集体研究，审批结果公开。"),
        ("监测设备采购中指定品牌、倾向特定供应商", "较大风险", "设备采购进入政府采购平台，技术参数经专家论证。"),
    ]),
    ("频率台站股", "股长", "於琤岚", "middle", [
        ("频率占用费核定不实，擅自减免、缓缴", "较大风险", "占用费按标准核定，减免报地区无线电管理机构审批。"),
        ("电台执照核发不按规定查验设备", "一般风险", "执照核发前现场检测发射参数，记录存档。"),
    ]),
    ("监测执法股", "监测员", "植沨璟", "general", [
        ("查处“黑广播”等违法设台时通风报信", "重大风险", "执法行动统一部署，行动前不得外泄信息。"),
        ("台站年检审验走过场，放宽检测标准", "一般风险", "年检两人以上上门，检测数据当场签字确认。"),
        ("接受设台单位宴请和土特产", "低风险", "签订廉洁承诺书，节前廉洁提醒。"),
    ]),
]  # fmt: skip


def cuoqin_radio_station_four_step_levels() -> dict:
    unit = f"{PLACE}无线电管理站"
    sh = _Sheet("排查表", [6, 12, 10, 10, 40, 11, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 7)
    sh.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in FOUR_STEP_ROWS:
        for point, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], FOUR_STEP[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, FOLD_NOTE, 7)
    sh.add("填表人：", None, None, "审核人：", None, "2025年6月", None)
    return _layout(
        "cuoqin_radio_station_four_step_levels",
        "http://lichaopay.com/html/gsswxdglwyhwuxiandianjianguan201710131644237520d5ed.html",
        "(harder) 县无线电管理站 廉政风险点排查表, after the source's 无线电管理处 年检审验 (设台单位, 电台执照, 发射参数, "
        "频率占用费, 台站数据库): a title, 序号/股室 merged/岗位 and 姓名 merged per person/廉政风险点/风险等级/防控措施, the "
        "levels written on the FOUR-STEP 安全生产 scale ``重大风险/较大风险/一般风险/低风险`` and a ``注：`` line folding "
        "them into three (重大、较大 → 一级, 一般 → 二级, 低 → 三级); no type column; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def cuoqin_science_bureau_two_sheets() -> dict:
    unit = f"{PLACE}科学技术和信息化局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("於峤瀛", "局长", "主持全面工作", [
            ("科技项目立项和资金安排个人说了算", "一级", "项目立项和资金安排经局党组会集体研究，纪要存档。"),
            ("为亲友承揽信息化建设项目打招呼", "一级", "领导干部插手项目登记报告，采购全程进平台。"),
        ]),
        ("植淏岑", "副局长", "分管科技推广、科技帮扶", [
            ("科技帮扶项目确定实施村、户不公开", "二级", "帮扶项目和受益户名单在村务公开栏公示。"),
            ("中药材栽培、沼气推广物资发放把关不严", "二级", "物资发放造册登记，受益户签字确认。"),
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
        ("科技计划股", "股长", "於湉昳", "middle", "科技计划项目评审专家选定不随机", "一级",
         "评审专家从专家库随机抽取，评审结果公示。"),
        ("科技计划股", "股长", "於湉昳", "middle", "项目验收降低标准，结题把关不严", "二级", "验收组现场查验，验收意见集体签署。"),
        ("财务股", "会计", "植岢琮", "general", "科技专项经费报账审核不严", "二级", "报账单据三级审核，专项经费专账核算。"),
        ("财务股", "出纳", "於澍珩", "general", "现金收支不及时入账", "三级", "现金日清月结，每月对账。"),
        ("工业信息股", "股长", "植渫岷", "middle", "工业企业技改补助申报材料审核不实", "一级", "申报材料实地核查，补助名单公示。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "cuoqin_science_bureau_two_sheets", "http://kjj.gnzrmzf.gov.cn/info/1115/13063.htm",
        "县科学技术和信息化局 廉政风险防控一览表 in TWO SHEETS, after the source's 州科技局 村级帮扶 (科技项目帮扶, 中药材栽培, "
        "沼气新技术, 投入资金): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 merged and "
        "岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def cuoqin_science_service_center_posts() -> dict:
    unit = f"{PLACE}科技服务中心"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "科技型企业入库审核", "为不符合条件的企业办理入库、入池", "制度机制风险", "高",
         "入库企业经中心会议集体审核并公示。"),
        ("成果转化室", "室主任", "middle", "科技成果登记", "成果登记材料审核不严，虚报成果", "岗位职责风险", "中",
         "成果登记材料两人复核，存档备查。"),
        ("成果转化室", "科员", "general", "风险补偿金申请", "协助企业虚构贷款材料申请风险补偿金", "业务流程风险", "高",
         "补偿金申请与合作银行逐笔核对。"),
        ("科技信息室", "信息员", "general", "科技情报服务收费", "情报检索服务违规收费、收费不入账", "思想道德风险", "中",
         "服务收费统一开票，收入全额入账。"),
        ("科技信息室", "信息员", "general", "企业信息保管", "泄露企业技术和经营信息谋利", "外部环境风险", "低",
         "企业资料专柜保管，查阅登记。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "cuoqin_science_service_center_posts", "http://m.jizihe.com/page/2020/0105/14176565.shtml",
        "县科技服务中心 岗位廉政风险点排查表 对岗不对人, after the source's paper on the “高新贷” 风险补偿金 (科技型中小企业, "
        "目标企业池, 合作银行授信, 科技情报研究所): a title, 序号/科室 merged/岗位 merged per post/a short 风险点/a long 风险表现/"
        "风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def cuoqin_sme_service_center_cards() -> dict:
    unit = f"{PLACE}中小企业服务中心"
    t = _Truth(unit)
    cards = [
        ("主任", "植瀚昶", "主任", "主持中心全面工作", "leader", [
            ("企业贷款贴息资金审核把关不严", "★★★", "贴息资金按银行付息凭证核定，名单公示。"),
            ("政策性融资担保推荐中收受企业好处", "★★★", "担保推荐经中心会议集体研究，推荐理由存档。"),
            ("接受企业宴请和礼品", "★", "严守中央八项规定精神，节前廉洁提醒。"),
        ]),
        ("副主任", "於沅嵚", "副主任", "分管企业服务、培训", "leader", [
            ("企业培训项目虚报参训人数", "★★", "培训签到与照片留存，经费凭票报账。"),
            ("专精特新企业推荐不按条件审核", "★★", "推荐企业实地核查，结果公示。"),
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
        "cuoqin_sme_service_center_cards",
        "https://www.hkyyi.com/html/guo-jia-rong-zi-xiang-mu-zhu-li-zhong-xiao-qi-ye-fa-zhan-cong-zheng-ce-hong-li-dao-shi-ji-luo-di-de.html",
        "县中小企业服务中心 领导干部廉政风险防控卡, one sheet a leader, after the source's guide to 中小企业 融资 (财政贴息, "
        "政府性融资担保, 风险补偿, 专精特新): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def cuoqin_info_center_group_rows() -> dict:
    unit = f"{PLACE}信息化服务中心"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "植崧淇", "leader", [
                ("电子政务平台建设项目验收把关不严", "一级风险", "项目验收邀请第三方测评机构参加，验收资料存档。"),
                ("平台软件采购中指定供应商", "一级风险", "软件采购进入政府采购平台，需求论证公开。"),
            ]),
        ]),
        ("二、网络运维组", "网络运维组", [
            ("组长", "於琬峋", "middle", [
                ("机房改造和运维服务工程量签字不实", "二级风险", "工程量现场核实，双人签字。"),
            ]),
            ("运维员", "植潆翎", "general", [
                ("利用系统管理权限泄露政务数据", "二级风险", "账号权限分级管理，操作日志定期审计。"),
                ("接受承建单位宴请", "三级风险", "签订廉洁承诺书。"),
            ]),
        ]),
        ("三、网站信息组", "网站信息组", [
            ("编辑", "於岍沄", "general", [
                ("政府网站信息发布审核走过场", "二级风险", "信息发布实行三审制度。"),
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
        "cuoqin_info_center_group_rows", "http://www.e-gov.org.cn/article-131073.html",
        "县信息化服务中心 廉政风险防控责任清单 under GROUP ROWS, after the source's 电子政务示范县 验收 (网络平台建设工程, "
        "机房, 统一平台软件采购, 政府网站群, 运行维护): a title, 序号/岗位/姓名/廉政风险点/风险等级 "
        "``一级风险/二级风险/三级风险``/防控措施, group rows ``一、中心领导``, ``二、网络运维组``, ``三、网站信息组`` "
        "merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def cuoqin_extension_station_selfchecks() -> dict:
    unit = f"{PLACE}农牧科技推广站"
    t = _Truth(unit)
    people = [
        ("植昉澂", "站领导", "站长", "leader", [
            ("重大技术推广项目资金分配不公开", "Ⅰ级", "推广资金安排经站务会研究，结果公示。", "已落实"),
            ("示范基地选定优亲厚友", "Ⅱ级", "示范户由乡镇推荐、站里考核、公示后确定。", "未发现问题"),
        ]),
        ("於峥淼", "畜牧技术股", "技术员", "general", [
            ("良种畜推广补助发放对象不实", "Ⅰ级", "补助对象逐户核实，受益户签字。", "已落实"),
            ("技术培训虚报参训人数", "Ⅲ级", "培训签到、照片留存，每次培训存档。", "已落实"),
        ]),
        ("植珣澜", "草原技术股", "技术员", "general", [
            ("牧草种子发放账实不符", "Ⅰ级", "种子出入库登记，每季度盘点。", "未发现问题"),
            ("推广效果数据弄虚作假", "Ⅱ级", "推广数据抽样复核，受众满意度调查。", "已落实"),
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
        sh.add("本人签名：", None, "站长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "cuoqin_extension_station_selfchecks", "http://www.fx361.com/page/2023/0523/21858713.shtml",
        "县农牧科技推广站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's paper on "
        "农业重大技术协同推广 (推广资金, 示范, 受众满意度, 任务完成): a title, a label row "
        "``姓　名 | 所在部门 | 岗　位 | 填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/"
        "防控措施/``自查情况``; no type column; ``本人签名： | 站长意见：``",
        sheets, t,
    )  # fmt: skip


def cuoqin_quluo_township_station_list() -> dict:
    unit = f"{PLACE}曲洛乡科技服务站"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "於嵘濯", "leader", "农技推广服务对象选定优亲厚友", "制度机制", "高风险",
         "服务对象由各村推荐、站里审核、公示后确定。"),
        ("站领导", "站长", "於嵘濯", "leader", "科技成果转化示范经费使用不公开", "岗位职责", "中风险",
         "示范经费专账核算，每年底张榜公布。"),
        ("技术服务", "农技员", "植湛峦", "general", "农资、种苗发放虚报冒领", "业务流程", "高风险",
         "发放清册由受益户签字，乡纪委抽查。"),
        ("技术服务", "农技员", "植湛峦", "general", "技术指导收取牧户好处", "思想道德", "低风险",
         "服务承诺公开，设立举报电话。"),
        ("科普宣传", "科普员", "於骞潞", "general", "科普活动物资采购不比价", "外部环境", "中风险",
         "物资采购三家比价，站长审批。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "cuoqin_quluo_township_station_list", "http://m.proluxor.com/zhikujianshe/2195.html",
        "乡科技服务站 岗位廉政风险防控一览表, after the source's paper on 农技推广 创新服务 (一主多元 农技推广, 科研院校, "
        "成果转化, 服务体系): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 on EVERY "
        "row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/站长（签字） line",
        [sh], t,
    )  # fmt: skip


def cuoqin_cishi_township_station_register() -> dict:
    unit = f"{PLACE}磁石乡科技服务站"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "植昳瀞", "leader", [
            ("科技帮扶项目验收不严", "制度机制", "一级", "验收组由乡、村和牧户代表组成。"),
            ("帮扶资金分配不按帮扶方案", "岗位职责", "二级", "帮扶资金按方案测算，结果公示。"),
        ]),
        ("财务组", "报账员", "於崟滢", "general", [
            ("帮扶物资报账票据不实", "业务流程", "一级", "物资出入库登记，报账附领用单。"),
        ]),
        ("农机服务组", "农机员", "植峦翾", "general", [
            ("农机维修虚报配件用量", "业务流程", "二级", "维修前后拍照留存，站长签字确认。"),
            ("优先为亲友安排农机作业", "思想道德", "三级", "作业排班公开，每季度核查。"),
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
        "cuoqin_cishi_township_station_register", "http://www.niam.com.cn/xwdt/yw/223264.htm",
        "乡科技服务站 廉政风险点排查登记表, after the source's 科技帮扶 调研 of two 村 (农机, 帮扶需求, 人才培训, 产业基础): "
        "a title, 序号/股室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 "
        "``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    cuoqin_radio_station_four_step_levels(),
    cuoqin_science_bureau_two_sheets(),
    cuoqin_science_service_center_posts(),
    cuoqin_sme_service_center_cards(),
    cuoqin_info_center_group_rows(),
    cuoqin_extension_station_selfchecks(),
    cuoqin_quluo_township_station_list(),
    cuoqin_cishi_township_station_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch920-inbox"))

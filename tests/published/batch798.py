"""The seven-hundred-and-ninety-eighth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's natural
resources bodies, 栾川县 (of 洛阳市, 河南省) — its 自然资源局, 土地储备中心, 测绘地理信息中心,
矿产资源服务中心, 自然资源执法监察大队, its 自然资源所 (陶湾, 合峪) and its 不动产登记中心 — each
handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 自然资源局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 土地储备中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 测绘地理信息中心's 自查表, one sheet a person: a label row ``姓　名 | 所在科室 | 岗　位 |
  填表时间`` over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 矿产资源服务中心's 责任清单 under GROUP ROWS ``一、中心领导`` … ``三、储量管理部`` merged across,
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 陶湾自然资源所's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` and a merged 主要职责
  line, ``★★★/★★/★`` read by a ``注：`` line;
- the 合峪自然资源所's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on
  EVERY row, short types, ``高风险/中风险/低风险``;
- the 自然资源执法监察大队's 排查登记表: ``中队`` merged, ``岗位 | 姓名`` merged per person, ``风险类别``
  (short names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``luanchuan_registration_center_flow_nodes``: the 不动产登记中心's 登记办理流程廉政风险防控图, a
  VERTICAL FLOW CHART drawn in column A (``办理流程``): each node a cell merged down over its points,
  ``申请受理⏎（受理岗　某某）``, the node's handling post and holder only in a bracket on the node's
  second line, and between two nodes a row holding nothing but ``↓`` in the flow column; right of
  the flow ``序号 | 廉政风险点 | 风险等级 | 防控措施`` one row a point; no 岗位 or 姓名 column. The
  README's 读得懂的表 knows swim-lane flow charts (one lane a holder, ``↓`` rows in the lanes), a flow
  strip of steps ACROSS or a stage legend line naming the stages' holders, a ``岗位`` cell ``民政专干(高丽)``,
  a ``办理环节`` column with holder columns picked by stage; it does not describe a single flow column
  down the left whose node boxes bracket the node's post and holder, with arrow-only rows between
  the nodes.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (房产证办理流程 and its 材料 — 申请,
受理, 审核, 登簿, 缮证, 发证; a 县国土资源局 严查非法采矿 — 分片包干 责任到人, 动态巡查, 矿业稽查;
城乡规划 与 土地利用总体规划 衔接, 政府储备的土地 供应; 测绘公司 违规操作 — 数据造假, 未校准设备,
测绘数据安全; 栾川县 矿产资源总体规划 — 勘查评价, 开发利用, 地质环境; “中国钼都” 生态文明建设 —
无序开采, 矿渣 蚕食 耕地; 栾川县 概况 — 九山半水半分田, 人均耕地, 乡镇; 省自然资源厅 “磐石” 行动 —
越界开采, 违法图斑, 矿产资源破坏价值鉴定) and the layout follows their words for the unit, its
parts, its posts and its risks. The rows are worded by us, the names invented (the rare surnames
笪 and 仝 with rare given names); every unit is a body of 栾川县.

Run ``python tests/published/score.py --set batch798`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each flow node's points (the rows its merged node cell spans) are the points
  of the post and holder bracketed on the node's second line (``（受理岗　某某）``), one form a
  holder, no 科室 (the chart names none); the node's first line (``申请受理``) is the stage, no post;
  the ``↓`` rows are no points; the ``注：`` line and the sign-off line are no points;
- ``局领导``, ``中心领导``, ``所领导`` (a 科室 cell, a group row, a 部门 cell) are the 科室 of those leaders;
  the 局's leaders (sheet ``局领导``, no 科室 column) and the cards' holders have no 科室; a 局's 股,
  a 中心's 科/部/室 and a 大队's 中队 are 科室; a group row ``二、综合部`` gives the 科室 ``综合部``;
- 局长, 副局长, 主任, 副主任, 所长, 大队长 are leaders; 股长, 科长, a 部's 部长, 中队长 middle; the rest
  (股员, 科员, 会计, 测绘员, 执法队员, 协管员, the flow chart's …岗) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``主要职责``, ``自查情况`` and
  ``填表时间`` are no points and name no holder; the 土地储备中心's list names no person: its forms
  are posts (对岗不对人);
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

PREFIX = "b798_"
PLACE = "栾川县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
ARROW = "↓"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# the flow nodes down column A: (stage, post, holder, [(廉政风险点, 风险等级, 防控措施)])
NODES = [
    ("申请受理", "受理岗", "笪骧磬", [
        ("对申请材料不齐全的件，收受好处后违规受理", "二级", "受理材料清单公开，一次性告知，受理记录系统留痕。"),
        ("为中介、“黄牛”开辟插队通道，优先办理", "二级", "叫号系统排队，严禁人工调号，大厅视频监控。"),
    ]),
    ("审核", "审核岗", "仝蕤岵", [
        ("对权属来源存疑的件降低审核标准，违规通过", "一级", "疑难件提交集体会审，审核意见逐项记录。"),
        ("故意拖延审核，变相吃拿卡要", "二级", "审核时限系统预警，超时件纳入效能督查。"),
    ]),
    ("登簿", "登簿岗", "笪鹂篁", [
        ("擅自更改登记簿记载的面积、用途等信息", "一级", "登簿权限专人专用，登记簿修改全程留痕、定期比对。"),
    ]),
    ("缮证", "缮证岗", "仝翦峄", [
        ("违规领用、私自打印不动产权证书空白证", "二级", "空白证书专柜保管，领用、作废逐本登记。"),
    ]),
    ("发证归档", "发证岗", "笪黉楠", [
        ("代领证书不核验委托手续，证书错发", "三级", "核验身份证件和委托书，领证人签字并拍照留存。"),
        ("泄露、出售不动产登记资料和查询信息", "一级", "查询须凭本人证件和利害关系证明，查询日志每月核查。"),
    ]),
]  # fmt: skip


def luanchuan_registration_center_flow_nodes() -> dict:
    unit = f"{PLACE}不动产登记中心"
    sh = _Sheet("登记流程", [18, 6, 40, 9, 40])
    t = _Truth(unit)
    _line(sh, f"{unit}不动产登记办理流程廉政风险防控图", 5)
    _line(sh, f"单位：{unit}{GAP * 18}2025年6月", 5)
    sh.add("办理流程", "序号", "廉政风险点", "风险等级", "防控措施")
    n = 0
    for k, (stage, post, who, points) in enumerate(NODES):
        if k:
            sh.add(ARROW, None, None, None, None)
        first = len(sh.rows)
        for j, (point, lv, measures) in enumerate(points):
            n += 1
            node = None if j else f"{stage}\n（{post}{GAP}{who}）"
            sh.add(node, n, point, lv, measures)
            t.point(sh.name, "", post, who, "general", point, [], GRADES[lv])
        if len(points) > 1:
            sh.merge(first, 0, first + len(points) - 1, 0)
    _line(
        sh, "注：流程框内括号中为该环节责任岗位及责任人；风险等级分一级、二级、三级，一级最高。", 5
    )
    sh.add("编制：综合科", None, "审核：", None, "中心主任（签字）：")
    return _layout(
        "luanchuan_registration_center_flow_nodes", "https://um.sanwen.net/special/rosxlf.html",
        "(harder) 县不动产登记中心 不动产登记办理流程廉政风险防控图, after the source's 房产证办理流程 and its 材料 "
        "(申请, 受理, 审核, 登簿, 缮证, 发证): a title, a merged ``单位：…　2025年6月`` line, the heading "
        "``办理流程 | 序号 | 廉政风险点 | 风险等级 | 防控措施``, then a VERTICAL FLOW CHART in column A: each node a cell "
        "merged down over its points, ``申请受理⏎（受理岗　某某）`` — the node's post and holder only in the bracket — "
        "and between two nodes a row holding only ``↓`` in the flow column; one row a point right of the flow; "
        "``一级/二级/三级``, no type column; a merged ``注：`` line and an 编制/审核/中心主任（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def luanchuan_resources_bureau_two_sheets() -> dict:
    unit = f"{PLACE}自然资源局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 20, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("仝缙彝", "局长", "主持全面工作", [
            ("矿业权出让方案决策中个人说了算", "一级", "出让方案经局党组会集体研究，纪要存档。"),
            ("干预国有建设用地使用权招拍挂", "一级", "土地出让一律进入县公共资源交易中心公开交易。"),
        ]),
        ("笪鼐珈", "副局长", "分管矿产资源、执法监察", [
            ("对非法采矿、越界开采查处失之于宽", "一级", "违法案件集体审理，查处结果向局党组报告。"),
            ("采矿权延续审查中降低条件", "二级", "延续审查实行股室初审、分管领导复核、局务会审定。"),
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
    _line(dept, f"{unit}股室廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("矿产资源管理股", "股长", "仝燊瑭", "middle", "矿山储量动态监测数据审核把关不严", "一级",
         "储量年报委托第三方核查，结果公示。"),
        ("矿产资源管理股", "股长", "仝燊瑭", "middle", "为矿山企业办理手续时收受好处", "二级", "办件全程网上流转，限时办结。"),
        ("矿产资源管理股", "股员", "笪蘅磬", "general", "矿山地质环境治理恢复基金计提核查不实", "二级",
         "基金计提台账与企业账户每季度核对。"),
        ("耕地保护股", "股长", "仝韫岨", "middle", "耕地占补平衡指标核销弄虚作假", "一级", "补充耕地项目实地验收，照片和坐标留档。"),
        ("国土空间规划股", "股员", "笪璁屾", "general", "规划条件出具中擅自调整容积率", "二级",
         "规划条件经规委会审议，不得个人调整。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "luanchuan_resources_bureau_two_sheets", "http://zrzyghj.pds.gov.cn/contents/11944/1726.html",
        "县自然资源局 廉政风险防控一览表 in TWO SHEETS, after the source's 县国土资源局 严查非法采矿 (分片包干 责任到人, "
        "动态巡查, 矿业稽查, 违法采矿查处): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 "
        "merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def luanchuan_land_reserve_posts() -> dict:
    unit = f"{PLACE}土地储备中心"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "收储计划安排", "收储地块选择受人情干扰，优先收储关系人地块", "制度机制风险", "高",
         "年度收储计划报县政府批准，按计划实施。"),
        ("收储科", "科长", "middle", "收储补偿测算", "地上附着物补偿测算虚增面积、抬高标准", "岗位职责风险", "高",
         "补偿测算委托评估机构，结果公示后兑付。"),
        ("收储科", "科长", "middle", "供地前期开发", "前期平整工程发包中指定施工单位", "外部环境风险", "中",
         "工程发包按限额标准公开比选。"),
        ("收储科", "科员", "general", "储备地块管护", "储备土地被临时占用收取费用不入账", "思想道德风险", "中",
         "储备地块定期巡查，临时利用经集体研究。"),
        ("财务室", "会计", "general", "收储资金拨付", "收储资金拨付不按进度、先拨后审", "业务流程风险", "中",
         "资金拨付凭验收单和审批单，专户核算。"),
        ("财务室", "会计", "general", "票据管理", "收据开具不连号，收入未及时上缴", "业务流程风险", "低",
         "票据领用登记，每月核销。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合科", None, None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "luanchuan_land_reserve_posts", "http://www.fymate.net/html/text/lar/169377/16937798_3.html",
        "县土地储备中心 岗位廉政风险点排查表 对岗不对人, after the source's 城乡规划 与 土地利用总体规划 衔接, 政府储备的土地 "
        "和拟向社会供应的土地: a title, 序号/科室 merged/岗位 merged per post/a short 风险点/a long 风险表现/风险类型 "
        "``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def luanchuan_surveying_selfchecks() -> dict:
    unit = f"{PLACE}测绘地理信息中心"
    t = _Truth(unit)
    people = [
        ("仝琚翯", "中心领导", "主任", "leader", [
            ("测绘项目委托中指定测绘单位", "Ⅰ级", "测绘项目按规定比选，比选结果公示。", "已落实"),
            ("测绘成果验收降低标准", "Ⅱ级", "成果验收邀请第三方质检机构参加。", "未发现问题"),
        ]),
        ("笪峂骎", "测绘科", "测绘员", "general", [
            ("为企业出具不实的房产测绘面积", "Ⅰ级", "测绘数据双人复核，外业记录存档备查。", "已落实"),
            ("使用未经检定的仪器作业", "Ⅲ级", "仪器每年送检，检定证书随机携带。", "已落实"),
        ]),
        ("仝骎峂", "地理信息科", "科员", "general", [
            ("违规向他人提供涉密地理信息数据", "Ⅰ级", "涉密数据专机存储，提供须审批登记。", "未发现问题"),
            ("基础测绘成果提供收费不规范", "Ⅱ级", "收费标准公示，凭票收费。", "已落实"),
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
        "luanchuan_surveying_selfchecks",
        "https://www.hkyyi.com/html/ce-hui-gong-si-wei-gui-cao-zuo-yin-fa-xing-ye-xin-ren-wei-ji-ru-he-bi-mian-ce-hui-shu-ju-zao-jia-yu.html",
        "县测绘地理信息中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 测绘公司 "
        "违规操作 (数据造假, 未经校准的设备, 测绘数据安全): a title, a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间`` "
        "over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 主任意见：``",
        sheets, t,
    )  # fmt: skip


def luanchuan_mineral_service_group_rows() -> dict:
    unit = f"{PLACE}矿产资源服务中心"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "笪磬翯", "leader", [
                ("矿产资源勘查评价项目立项不经集体研究", "一级风险", "项目立项经中心办公会研究，报局审定。"),
                ("委托编制开发利用方案时收受编制单位好处", "一级风险", "编制单位从名录库中随机抽取。"),
            ]),
        ]),
        ("二、综合部", "综合部", [
            ("部长", "仝篁岨", "middle", [
                ("专家评审费发放虚列人员", "二级风险", "评审费凭签到表和评审意见发放。"),
            ]),
        ]),
        ("三、储量管理部", "储量管理部", [
            ("部长", "笪彝珈", "middle", [
                ("储量核实报告评审中打招呼、定结论", "一级风险", "评审专家随机抽取，评审意见公开。"),
                ("压覆矿产资源查询结论出具不实", "二级风险", "查询结果双人核对，附图件存档。"),
            ]),
            ("技术员", "仝黉骧", "general", [
                ("地质资料汇交验收把关不严", "三级风险", "资料汇交按清单逐项验收。"),
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
        "luanchuan_mineral_service_group_rows", "http://comelan.com/A/201208/502837.asp",
        "县矿产资源服务中心 廉政风险防控责任清单, after the source's 栾川县 矿产资源总体规划 (勘查评价, 开发利用, 地质环境, "
        "依规开发): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS "
        "``一、中心领导``, ``二、综合部``, ``三、储量管理部`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def luanchuan_taowan_station_cards() -> dict:
    unit = f"{PLACE}陶湾自然资源所"
    t = _Truth(unit)
    cards = [
        ("所长", "笪燊岵", "所长", "主持全所工作，负责辖区矿山和用地监管", "leader", [
            ("对辖区无证采矿、乱堆矿渣隐瞒不报", "★★★", "动态巡查每周不少于两次，巡查记录上报。"),
            ("农村宅基地审核中优亲厚友", "★★", "宅基地申请村级公示，所务会集体审核。"),
            ("接受矿山企业宴请、礼品", "★", "签订廉洁承诺书，节前廉政提醒。"),
        ]),
        ("协管员", "仝鹂屾", "协管员", "负责辖区耕地巡查和违法用地报告", "general", [
            ("发现占用耕地不及时报告，收受好处", "★★★", "巡查轨迹定位上传，违法图斑限时核查。"),
            ("土地复垦验收登记数据不实", "★★", "复垦地块实地拍照，坐标留档。"),
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
        "luanchuan_taowan_station_cards", "http://zgkyb.com/observation/20180202_47952.htm",
        "县陶湾自然资源所 岗位廉政风险防控卡, one sheet a person, after the source's “中国钼都” 生态文明建设 (无序开采, "
        "矿渣 蚕食 耕地, 地质环境, 生态资源): a title, ``姓　名 | … | 职　务 | …`` and a merged 主要职责 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def luanchuan_heyu_station_list() -> dict:
    unit = f"{PLACE}合峪自然资源所"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所领导", "所长", "笪韫瑭", "leader", "设施农用地备案审核不严，变相建房", "制度机制", "高风险",
         "备案材料实地核实，备案结果公示。"),
        ("所领导", "所长", "笪韫瑭", "leader", "违法用地案件线索压案不查", "岗位职责", "高风险",
         "案件线索登记台账，逐件销号。"),
        ("综合组", "组长", "仝蘅骧", "middle", "永久基本农田保护补偿核实不实", "业务流程", "中风险",
         "补偿面积与年度变更调查数据比对。"),
        ("综合组", "科员", "笪琚篁", "general", "土地登记资料借阅不登记", "业务流程", "低风险",
         "档案借阅登记，限期归还。"),
        ("执法组", "组长", "仝璁磬", "middle", "乡村建设规划许可现场核实走过场", "外部环境", "中风险",
         "现场核实两人以上，照片存档。"),
        ("执法组", "执法队员", "笪翦楠", "general", "对违法占地“以罚代拆”", "思想道德", "中风险",
         "处罚决定经所务会研究，拆除到位后销号。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "所长（签字）：", None, None)
    return _layout(
        "luanchuan_heyu_station_list", "https://iichatc.com/dm_4126/list_2.html",
        "县合峪自然资源所 岗位廉政风险防控一览表, after the source's 栾川县 概况 (九山半水半分田, 人均耕地, 乡镇区划): "
        "``附件2``, a title, a 填报单位（盖章）/填报时间 line, 序号/部门/岗位/责任人 written on EVERY row/廉政风险点/"
        "风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/所长（签字） line",
        [sh], t,
    )  # fmt: skip


def luanchuan_enforcement_register() -> dict:
    unit = f"{PLACE}自然资源执法监察大队"
    sh = _Sheet("登记表", [6, 12, 10, 10, 40, 11, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "中队", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("大队领导", "大队长", "仝珈峄", "leader", "违法采矿案件立案、处罚裁量畸轻畸重", "制度机制", "一级",
         "处罚裁量按基准执行，重大案件集体审理。"),
        ("大队领导", "大队长", "仝珈峄", "leader", "越界开采矿产资源破坏价值鉴定委托不规范", "岗位职责", "二级",
         "鉴定机构随机选取，鉴定报告复核。"),
        ("一中队", "中队长", "笪岨燊", "middle", "卫片执法违法图斑核查弄虚作假", "业务流程", "一级",
         "图斑核查照片带坐标上传，抽查复核。"),
        ("一中队", "执法队员", "仝屾鹂", "general", "执法中泄露巡查时间和路线", "思想道德", "二级",
         "巡查路线临时确定，执法记录仪全程记录。"),
        ("二中队", "中队长", "笪骎璁", "middle", "扣押的采矿设备违规返还", "业务流程", "三级",
         "扣押物品登记造册，返还须审批。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分一级、二级、三级，一级为最高。", 8)
    return _layout(
        "luanchuan_enforcement_register", "https://3news.cn/news/yc/2021/1115/594322.html",
        "县自然资源执法监察大队 廉政风险点排查登记表, after the source's 省自然资源厅 “磐石2号” 行动 (越界开采, 疑似违法图斑, "
        "矿产资源破坏价值鉴定, 执法人员): a title, 序号/中队 merged/岗位/姓名 merged per person/风险点/风险类别 "
        "(short names)/风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    luanchuan_registration_center_flow_nodes(),
    luanchuan_resources_bureau_two_sheets(),
    luanchuan_land_reserve_posts(),
    luanchuan_surveying_selfchecks(),
    luanchuan_mineral_service_group_rows(),
    luanchuan_taowan_station_cards(),
    luanchuan_heyu_station_list(),
    luanchuan_enforcement_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch798-inbox"))

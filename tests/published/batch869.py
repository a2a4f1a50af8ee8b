"""The eight-hundred-and-sixty-ninth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 林果 and 红枣
bodies, 若羌县 (of 巴音郭楞蒙古自治州, 新疆维吾尔自治区) — its 林业和草原局, 自然保护区管理站,
林果业技术推广中心, 种苗站, 林业有害生物防治检疫站, 红枣产业发展办公室 and its 乡/镇林业工作站
(吾塔木乡, 铁干里克镇) — each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed
in WPS or Excel:

- the 林业和草原局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 自然保护区管理站's 排查表 对岗不对人: ``部门`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 林果业技术推广中心's 自查表, one sheet a person: a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间``
  over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 吾塔木乡林业工作站's 责任清单 under GROUP ROWS ``一、站领导`` … merged across (no 科室 column),
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 铁干里克镇林业工作站's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` and a merged
  分管工作 line, ``★★★/★★/★`` read by a ``注：`` line;
- the 种苗站's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``科室 | 岗位 | 责任人`` on EVERY row,
  short types, ``高风险/中风险/低风险``;
- the 林业有害生物防治检疫站's 排查登记表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别``
  (short names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``ruoqiang_jujube_office_grade_scale``: the 红枣产业发展办公室's 岗位廉政风险点排查表, an ordinary
  ``科室 | 岗位 | 姓名 | 廉政风险点 | 风险等级 | 防控措施`` list whose levels are written on the office's
  own 红枣 grading scale, ``特级/一级/二级`` (as 若羌红枣 are graded 特级、一级、二级), a ``注：`` line
  saying 特级 is the highest and 二级 the lowest: so ``一级`` here is the MIDDLE grade (2) and ``二级``
  the LOWEST (3). docs/layouts.md (读得懂的表) knows ``一级/二级/三级``, a five-grade scale folded by a
  note, bare digits reversed by a note (3为高) and many other level words; it does not describe a
  three-grade scale whose top word (特级) stands above ``一级``, shifting ``一级``/``二级`` down a grade.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (若羌县 红枣 采收 in 吾塔木乡; 枣花期 and
测产; a 铁干里克镇 合作社 承包 枣园; 楼兰红枣 品种 and 生态园林; the 红枣科技服务中心's 修剪、管护 training
and the 提质增效 奖补资金; a 林业发展规划 on 天然林资源管护 and 退耕还林; a study of 林业补贴; a 红枣
交易市场 and 加工企业) and the layout follows their words for the unit, its parts, its posts and its
risks. The rows are worded by us, the names invented (the rare surnames 柴 and 党 with rare given
names); every unit is a body of 若羌县.

Run ``python tests/published/score.py --set batch869`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file ``特级`` is 1, ``一级`` 2 and ``二级`` 3, as its ``注：`` line says; the 科室, 岗位
  and 姓名 are read as in any list; the ``注：`` line and the sign-off line are no points;
- ``局领导``, ``站领导``, ``中心领导`` (a sheet, a group row, a 科室 cell) are leaders' places: the
  林业和草原局's leaders (sheet ``局领导``, no 科室 column) and the cards' leaders have no 科室; a group
  row ``二、营造林组`` gives the 科室 ``营造林组`` (its number left off);
- every 站, 中心 and 办公室 is a unit of its own: 局长, 副局长, 站长, 副站长, 主任 and 副主任 of a unit
  are leaders; 股长 and a 科's 科长 middle; the rest (技术员, 检疫员, 护林员, 会计, 出纳, 保管员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no
  points and name no holder; the 自然保护区管理站's list names no person: its forms are posts
  (对岗不对人);
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

PREFIX = "b869_"
PLACE = "若羌县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
JUJUBE = {"特级": 1, "一级": 2, "二级": 3}
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# (科室, 岗位, 姓名, tier, [(廉政风险点, 风险等级 on the 特级/一级/二级 scale, 防控措施)])
GRADED = [
    ("办公室领导", "主任", "柴翾邈", "leader", [
        ("红枣提质增效奖补资金分配方案不经集体研究", "特级", "分配方案经办公室主任办公会研究，报县政府审定后公示。"),
        ("为红枣加工企业申报项目打招呼、说情", "一级", "项目申报材料公开评审，领导干部插手干预事项登记报告。"),
    ]),
    ("产业发展科", "科长", "党璟翀", "middle", [
        ("疏密间移、施用农家肥奖补面积核查不实", "特级", "奖补面积乡、村、办三级核查，抽查比例不低于20%。"),
        ("红枣交易市场摊位安排优亲厚友", "一级", "摊位公开抽签分配，结果张榜公示。"),
        ("收受红枣收购商、合作社礼品礼金", "二级", "签订廉洁承诺书，节前廉洁提醒。"),
    ]),
    ("产业发展科", "科员", "柴岿岫", "general", [
        ("奖补对象花名册登记弄虚作假", "一级", "花名册经村委会公示七日，乡镇审核签字。"),
        ("泄露企业品牌认证申报信息", "二级", "申报资料专人保管，查阅登记。"),
    ]),
    ("财务室", "会计", "党霈昶", "general", [
        ("奖补资金拨付不按“一卡通”直达农户", "特级", "奖补资金一律通过惠民惠农“一卡通”发放。"),
        ("展销会、枣花节经费报销票据审核不严", "一级", "报销单据经办、审核、审批三签。"),
    ]),
]  # fmt: skip


def ruoqiang_jujube_office_grade_scale() -> dict:
    unit = f"{PLACE}红枣产业发展办公室"
    sh = _Sheet("排查表", [6, 12, 9, 9, 40, 9, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    _line(sh, f"单位：{unit}{GAP * 16}2025年5月", 7)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in GRADED:
        for point, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], JUJUBE[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(
        sh,
        "注：风险等级参照若羌红枣分级，分为特级、一级、二级三档，特级风险最高，一级次之，二级最低。",
        7,
    )
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None)
    return _layout(
        "ruoqiang_jujube_office_grade_scale", "http://javascriptjump.com/?r4zxb=GvbC.html",
        "(harder) 县红枣产业发展办公室 岗位廉政风险点排查表, after the source's report on a 红枣 主产区 (红枣交易市场, 加工企业, "
        "枣花节, 万亩枣园): a title, a merged ``单位：…　2025年5月`` line, then 序号/科室 merged/岗位 and 姓名 merged per "
        "person/廉政风险点/风险等级/防控措施, the levels written on the 红枣 grading scale ``特级/一级/二级`` — 特级 the "
        "highest, 一级 the middle, 二级 the lowest, as the closing ``注：`` line says; no type column; a 填表人/审核人/"
        "主任（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def ruoqiang_forestry_bureau_two_sheets() -> dict:
    unit = f"{PLACE}林业和草原局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("柴蓁崧", "局长", "主持全面工作", [
            ("林果业发展项目资金安排个人说了算", "一级", "项目资金安排经局党组会集体研究，会议纪要存档。"),
            ("林地征占用审核审批中打招呼", "一级", "征占用林地审核实行联审，结果公开。"),
        ]),
        ("党沄骁", "副局长", "分管林果业、草原保护", [
            ("森林生态效益补偿面积认定把关不严", "一级", "补偿面积以年度森林资源管理“一张图”为准。"),
            ("林果业技术培训经费虚报", "二级", "培训签到、影像资料存档备查。"),
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
        ("资源管理股", "股长", "柴珝泓", "middle", "林木采伐许可证核发超限额、不按程序", "一级",
         "采伐许可网上办理，限额执行情况每季度通报。"),
        ("资源管理股", "股长", "柴珝泓", "middle", "木材运输检查放任违规运输", "二级", "检查记录双人签字，定期抽查。"),
        ("资源管理股", "股员", "党暄岚", "general", "林权流转登记资料审核不严", "三级", "登记资料初审、复审两级把关。"),
        ("计划财务股", "股长", "柴瑗琛", "middle", "造林补贴、退耕还林补助资金拨付不及时、截留", "一级",
         "补助资金通过“一卡通”直达农户，名单公示。"),
        ("计划财务股", "出纳", "党峤沨", "general", "现金管理不规范，公款私存", "二级", "现金日清月结，每月盘点。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "ruoqiang_forestry_bureau_two_sheets",
        "https://zlxb.zafu.edu.cn/cn/article/doi/10.11833/j.issn.2095-0756.2017.03.020",
        "县林业和草原局 廉政风险防控一览表 in TWO SHEETS, after the source's study of 林业补贴 (造林补贴, 森林生态效益补偿, "
        "农户林业投入): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 merged and 岗位/姓名 "
        "merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def ruoqiang_reserve_station_posts() -> dict:
    unit = f"{PLACE}自然保护区管理站"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "部门", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "leader", "管护站建设项目", "管护站房建设项目化整为零，规避招标", "制度机制风险", "高",
         "建设项目按限额标准进入公共资源交易平台。"),
        ("资源保护科", "科长", "middle", "天然林管护巡查", "巡查记录造假，对毁林开垦不制止不上报", "岗位职责风险", "高",
         "巡护轨迹上传，每月比对卫星遥感图斑。"),
        ("资源保护科", "科长", "middle", "进入保护区审批", "违规批准人员、车辆进入核心区", "业务流程风险", "中",
         "进入审批实行科长初审、站长审批，登记备案。"),
        ("资源保护科", "护林员", "general", "护林员考勤", "虚报出勤天数，冒领管护补助", "思想道德风险", "中",
         "考勤以巡护终端记录为准，每月公示。"),
        ("综合科", "保管员", "general", "防火物资管理", "扑火机具、油料出入库不登记，私自处置", "业务流程风险", "低",
         "物资领用登记，每季度盘点。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合科", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "ruoqiang_reserve_station_posts", "http://www.zcbk.cn/enshi/index.php?m=home&c=View&a=index&aid=6408",
        "县自然保护区管理站 岗位廉政风险点排查表 对岗不对人, after the source's 林业发展规划 (天然林资源管护, 生态资源管护, "
        "森林防火, 退耕还林): a title, 序号/部门 merged/岗位 merged per post/a short 风险点/a long 风险表现/风险类型 "
        "``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def ruoqiang_fruit_tech_center_selfchecks() -> dict:
    unit = f"{PLACE}林果业技术推广中心"
    t = _Truth(unit)
    people = [
        ("柴昉翎", "中心领导", "主任", "leader", [
            ("红枣示范园建设项目验收走过场", "Ⅰ级", "示范园验收邀请县林草局、乡镇共同参加，验收报告公开。", "已落实"),
            ("推广项目中指定农资、苗木供应商", "Ⅰ级", "农资采购按政府采购程序，严禁指定。", "已落实"),
        ]),
        ("党璆澈", "技术推广科", "技术员", "general", [
            ("枣树修剪、冬季管护培训虚列人数", "Ⅱ级", "培训实行签到和现场照片双存档。", "未发现问题"),
            ("为农户出具测产、技术服务证明不实", "Ⅱ级", "测产实行两人以上现场测定。", "已落实"),
        ]),
        ("柴湉岍", "技术推广科", "技术员", "general", [
            ("接受枣农、合作社吃请和土特产", "Ⅲ级", "签订廉洁服务承诺，服务公开监督电话。", "已落实"),
            ("测土配方肥料发放登记不实", "Ⅱ级", "发放清册农户签字，村委会公示。", "未发现问题"),
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
        "ruoqiang_fruit_tech_center_selfchecks",
        "http://m.njpanjin.com/cn/Instant/domestic/202401/t20240111_7554971.html",
        "县林果业技术推广中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's report on "
        "若羌 红枣 (红枣科技服务中心 技术员 培训 枣树修剪、冬季管护, 红枣提质增效工程 奖补资金, 疏密间移): a title, a label "
        "row ``姓　名 | 所在科室 | 岗　位 | 填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/"
        "防控措施/``自查情况``; no type column; ``本人签名： | 主任意见：``",
        sheets, t,
    )  # fmt: skip


def ruoqiang_wutamu_station_group_rows() -> dict:
    unit = f"{PLACE}吾塔木乡林业工作站"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、站领导", "站领导", [
            ("站长", "党崟瑀", "leader", [
                ("红枣采收季林果业用工补助分配不公", "一级风险", "补助名单经村民代表评议、公示后发放。"),
                ("枣园提质改造项目验收弄虚作假", "一级风险", "验收逐户丈量，乡纪委全程监督。"),
            ]),
        ]),
        ("二、营造林组", "营造林组", [
            ("组长", "柴澂翊", "middle", [
                ("防风林带造林面积和成活率核查不实", "二级风险", "造林核查GPS定位，成活率抽样复核。"),
            ]),
            ("技术员", "党旻珧", "general", [
                ("林木采伐现场查验不到位", "二级风险", "采伐现场双人查验，照片存档。"),
                ("苗木发放登记代签、冒领", "三级风险", "苗木发放农户本人签字，清册公示。"),
            ]),
        ]),
        ("三、林政组", "林政组", [
            ("组长", "柴渼岑", "middle", [
                ("毁林占地案件线索瞒报", "二级风险", "案件线索登记台账，每月向林草局报送。"),
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
        "ruoqiang_wutamu_station_group_rows", "http://news.dxbei.com/a/xinjiang/20171024/282320.html",
        "乡林业工作站 廉政风险防控责任清单, after the source's report on 吾塔木乡 红枣 采收 (枣农 晾晒红枣, 红枣种植面积, "
        "农民人均纯收入): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP "
        "ROWS ``一、站领导``, ``二、营造林组``, ``三、林政组`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def ruoqiang_tieganlike_station_cards() -> dict:
    unit = f"{PLACE}铁干里克镇林业工作站"
    t = _Truth(unit)
    cards = [
        ("站长", "党翯琰", "站长", "主持全面工作，分管林果业合作社指导", "leader", [
            ("指导合作社承包枣园时收受好处", "★★★", "合作社承包合同由镇农经站审核，站领导不得参与经营。"),
            ("林果业项目实施主体确定暗箱操作", "★★★", "实施主体公开比选，结果公示。"),
            ("接受枣农宴请", "★", "严守中央八项规定精神。"),
        ]),
        ("护林员", "柴泷峄", "护林员", "负责果勒吾斯塘村片区林木管护", "general", [
            ("对私自砍伐防护林不制止、不报告", "★★", "巡护日志每日上传，站长每周抽查。"),
            ("林木病虫害发生情况瞒报", "★★", "病虫害监测数据双人核对上报。"),
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
        "ruoqiang_tieganlike_station_cards", "http://cnqlr.com/news/food/7357.html",
        "镇林业工作站 岗位廉政风险防控卡, one sheet a person, after the source's report on 红枣 丰收 (铁干里克镇 果勒吾斯塘村 "
        "合作社 承包枣园, 吾塔木乡 万亩红枣园): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def ruoqiang_seedling_station_list() -> dict:
    unit = f"{PLACE}种苗站"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "科室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "党昳湄", "leader", "灰枣、鸡心枣良种苗木采购指定供应商", "制度机制", "高风险",
         "苗木采购公开招标，品种和规格集体确定。"),
        ("站领导", "站长", "党昳湄", "leader", "林木种苗生产经营许可证审批把关不严", "岗位职责", "中风险",
         "许可证审批实行现场核查和集体研究。"),
        ("质量检验科", "科长", "柴珣湛", "middle", "苗木质量检验结论弄虚作假", "业务流程", "高风险",
         "检验样品随机抽取，检验报告双人签字。"),
        ("质量检验科", "检验员", "党晔岷", "general", "接受育苗户好处放宽苗木出圃标准", "思想道德", "中风险",
         "出圃检验记录存档，站领导抽查。"),
        ("财务室", "会计", "柴嵘琚", "general", "良种补贴资金核算不实", "业务流程", "中风险", "补贴资金专账核算，接受审计。"),
        ("财务室", "出纳", "党濛珈", "general", "苗木销售款不及时入账", "外部环境", "低风险", "销售款当日存入单位账户。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "ruoqiang_seedling_station_list", "https://iichajd.com/7040",
        "县种苗站 岗位廉政风险防控一览表, after the source's page on 楼兰红枣生态园林 (红枣品种 灰枣、鸡心枣、冬枣, 种植面积 "
        "和株数, 红枣富民工程): ``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/科室/岗位/责任人 written "
        "on EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/"
        "站长（签字） line",
        [sh], t,
    )  # fmt: skip


def ruoqiang_pest_station_register() -> dict:
    unit = f"{PLACE}林业有害生物防治检疫站"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "柴霁昉", "leader", [
            ("枣树病虫害防治药剂采购不按程序", "制度机制", "一级", "药剂采购按政府采购目录实施。"),
            ("防治作业队伍选定暗箱操作", "外部环境", "二级", "作业队伍公开比选，结果公示。"),
        ]),
        ("检疫科", "科长", "党璠峋", "middle", [
            ("苗木调运检疫证书违规签发", "岗位职责", "一级", "检疫证书网上签发，全程留痕。"),
        ]),
        ("检疫科", "检疫员", "柴骞沨", "general", [
            ("产地检疫不到现场、凭经验出证", "业务流程", "一级", "产地检疫现场拍照，定位上传。"),
            ("接受调运户好处费", "思想道德", "三级", "签订廉洁承诺书，开展回访。"),
        ]),
        ("监测科", "测报员", "党琮翾", "general", [
            ("枣瘿蚊等虫情测报数据瞒报", "业务流程", "二级", "测报数据双人核对，定期抽查。"),
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
        "ruoqiang_pest_station_register", "https://workercn.cn/183/201405/26/140526152541407_2.shtml",
        "县林业有害生物防治检疫站 廉政风险点排查登记表, after the source's report on 若羌县 红枣 花期 (枣花期, 测产, 红枣种植面积, "
        "农牧民人均纯收入): a title, 序号/科室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/"
        "风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    ruoqiang_jujube_office_grade_scale(),
    ruoqiang_forestry_bureau_two_sheets(),
    ruoqiang_reserve_station_posts(),
    ruoqiang_fruit_tech_center_selfchecks(),
    ruoqiang_wutamu_station_group_rows(),
    ruoqiang_tieganlike_station_cards(),
    ruoqiang_seedling_station_list(),
    ruoqiang_pest_station_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch869-inbox"))

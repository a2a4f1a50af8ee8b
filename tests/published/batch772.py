"""The seven-hundred-and-seventy-second batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's market
regulation bodies, 蔚县 (of 张家口市, 河北省) — its 市场监督管理局, 市场监管所 (南留庄, 代王城, 西合营),
食品药品检验检测中心, 知识产权保护中心, 消费者权益保护中心 and
综合行政执法大队 — each handing back the 一览表, 防控卡,
排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 南留庄市场监管所's 一览表: ``岗位 | 姓名`` merged per person, ``一级/二级/三级``, no type column;
- the 食品药品检验检测中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, ``…风险`` types, 高/中/低;
- the 知识产权保护中心's 自查表, one sheet a person: a label row over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``;
- the 代王城市场监管所's 清单 under GROUP ROWS ``一、所领导`` …, ``一级风险/二级风险/三级风险``;
- the 消费者权益保护中心's 防控卡, one sheet a holder, ``★★★/★★/★`` read by a ``注：`` line;
- the 西合营市场监管所's 一览表 under ``附件3`` and a 填报单位 line, holder on every row, short types,
  ``高风险/中风险/低风险``;
- the 市场监管综合行政执法大队's 一览表 in TWO SHEETS (``一中队``/``二中队``), ``一级/二级/三级``.

One is harder:

- ``yuxian_market_bureau_numbered_holders``: the 市场监督管理局's 领导班子廉政风险点一览表, ONE ROW A
  POINT, whose ``责任领导`` heading carries in its bracket a NUMBERED KEY of the leaders
  (``责任领导（①局长 隗翛暻　②党组书记 逯翾澋　③副局长 隗澔岏　④副局长 逯晅琯）``) and every cell of
  that column gives only the circled numbers of the row's holders (``①``, ``②④``, ``①②③④``); a
  row's point belongs to each numbered leader. The README's 读得懂的表 knows a bracket in a heading
  naming ONE holder of a stacked table, a heading bracket naming several holders with √/— slots
  per cell in the same order, and marks closing the POINT explained by a legend under or over the
  table; it does not describe a heading-bracket KEY of numbered holders whose own column's cells
  list the numbers.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited, and follows its words for the unit, parts, posts and risks (食品安全监管
审批查分离; 食品溯源; 特种设备 调度会; 涉企执法 “微腐败” 红包礼金; 规范涉企行政执法; 专利 快速预审;
12315 举报申诉 受理流程; 查处假冒专利). The rows are worded by us, the names invented (the rare
surnames 隗 and 逯 with rare given names); every unit is a body of 蔚县.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each circled number in a ``责任领导`` cell makes the row's point a point of the
  leader the heading's bracket numbers so (post and name from the bracket), with the row's level;
  one form a leader, no 科室;
- a 所's 所长/副所长, the 局's 局长/副局长/党组书记 and a 中心's 主任/副主任 are leaders; 中队长 and a 中心's
  科长 middle; a 中队 is a 科室; the rest general; ``所领导``, ``中心领导`` are the 科室 of those leaders;
- the 检验检测中心's 排查表 names no person: its forms are posts (对岗不对人);
- ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, 高/中/低 and ``高风险/…`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b772_"
PLACE = "蔚县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
MARKS = "①②③④"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

LEADERS = [("局长", "隗翛暻"), ("党组书记", "逯翾澋"), ("副局长", "隗澔岏"), ("副局长", "逯晅琯")]

# (廉政风险点, 风险等级, holders' numbers, 防控措施)
SHARED = [
    ("“三重一大”事项不经局党组会集体研究", "高", "①②", "重大事项党组会集体研究，会议纪要存档备查。"),
    ("重大行政处罚案件不经集体讨论，人情执法", "高", "①③", "重大案件经案审委员会集体讨论，处罚决定公示。"),
    ("食品生产许可现场核查中降低标准、打招呼", "高", "③", "核查人员随机选派，核查结论双人签字。"),
    ("特种设备安全监察中收受使用单位好处", "中", "④", "监察记录全程留痕，执法记录仪全程录像。"),
    ("涉企检查中向商户索要、收受红包礼金", "中", "①②③④", "开展“微腐败”专项整治，公开投诉举报电话。"),
    ("选人用人、评先评优中优亲厚友", "中", "②", "选任方案集体研究，结果公示五个工作日。"),
    ("公务接待、公车使用超标准", "低", "①④", "公务接待实行清单管理，公车使用登记审批。"),
]  # fmt: skip


def yuxian_market_bureau_numbered_holders() -> dict:
    unit = f"{PLACE}市场监督管理局"
    sh = _Sheet("领导班子", [6, 40, 9, 24, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}领导班子廉政风险点一览表", 5)
    key = GAP.join(f"{MARKS[j]}{post} {who}" for j, (post, who) in enumerate(LEADERS))
    sh.add("序号", "廉政风险点", "风险等级", f"责任领导（{key}）", "防控措施")
    for i, (point, lv, marks, measures) in enumerate(SHARED, 1):
        sh.add(i, point, lv, marks, measures)
    for j, (post, who) in enumerate(LEADERS):
        for point, lv, marks, _measures in SHARED:
            if MARKS[j] in marks:
                t.point(sh.name, "", post, who, "leader", point, [], HML[lv])
    _line(sh, "注：责任领导一栏填写表头所列班子成员的编号；风险等级分高、中、低三级。", 5)
    sh.add("填表：办公室", None, "审核：", None, "2025年6月")
    return _layout(
        "yuxian_market_bureau_numbered_holders", "https://www.zhonghongwang.com/show-255-447310-1.html",
        "(harder) 县市场监督管理局 领导班子廉政风险点一览表, after the source's 规范涉企行政执法专项行动 典型案例 (吃拿卡要, "
        "执法人员行为准则, 罚缴分离): one row a point, ``序号 | 廉政风险点 | 风险等级 | 责任领导（①局长 …　②党组书记 …　"
        "③副局长 …　④副局长 …） | 防控措施``; each 责任领导 cell only the circled numbers of the row's leaders (one to "
        "four); 高/中/低, no type column; a ``注：`` line and a 填表/审核/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def yuxian_nanliuzhuang_office_list() -> dict:
    unit = f"{PLACE}南留庄市场监管所"
    sh = _Sheet("一览表", [6, 10, 10, 40, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("所长", "隗曌沕", "leader", [
            ("辖区餐饮单位日常检查选择性执法", "一级", "检查对象“双随机”抽取，检查结果公示。"),
            ("简易程序处罚自由裁量畸轻畸重", "二级", "严格执行处罚裁量基准，案卷每月自查。"),
        ]),
        ("食品监管员", "逯湜玹", "general", [
            ("小作坊登记核查走过场", "一级", "核查两人以上，现场照片上传平台。"),
            ("接受商户宴请、购物卡", "二级", "签订廉洁执法承诺书，节前提醒。"),
        ]),
        ("登记员", "隗峍璘", "general", [
            ("个体户登记材料审核把关不严", "三级", "登记材料一审一核，留存影像资料。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, who, tier, points in rows:
        for point, lv, measures in points:
            n += 1
            sh.add(n, post, who, point, lv, measures)
            t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "yuxian_nanliuzhuang_office_list", "http://m.zgkjsz.com/page/2014/0202/16459249.shtml",
        "县市场监管所 岗位廉政风险防控一览表, after the source's 食品安全监管 (审批查三权分离, 执法一线, 消费者优先): a title, "
        "序号/岗位/姓名 merged per person/廉政风险点/风险等级 ``一级/二级/三级``/防控措施; no type column; a 制表/审核 line",
        [sh], t,
    )  # fmt: skip


def yuxian_inspection_center_posts() -> dict:
    unit = f"{PLACE}食品药品检验检测中心"
    sh = _Sheet("排查表", [6, 12, 10, 40, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "科室", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "检验仪器设备采购指定品牌、量身定制参数", "制度机制风险", "高",
         "采购需求集体论证，按政府采购程序执行。"),
        ("检验科", "科长", "middle", "委托检验样品结果受人情干扰出具", "岗位职责风险", "高",
         "检验报告三级审核，原始记录可追溯。"),
        ("检验科", "检验员", "general", "抽检样品调包或不按规定留样", "业务流程风险", "中",
         "样品编码盲检，留样室双人双锁。"),
        ("检验科", "检验员", "general", "泄露抽检计划和检验结果", "思想道德风险", "中", "签订保密承诺书。"),
        ("综合科", "收样员", "general", "检验收费不开票据、少收多收", "业务流程风险", "低",
         "收费标准公示，统一开具票据。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合科", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "yuxian_inspection_center_posts", "https://fx361.cc/page/2021/0102/14011122.shtml",
        "县食品药品检验检测中心 岗位廉政风险点排查表 对岗不对人, after the source's 食品安全溯源监管 (追溯体系, 抽检, "
        "生产加工配送): 序号/科室 merged/岗位 merged per post/风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names",
        [sh], t,
    )  # fmt: skip


def yuxian_ip_center_selfchecks() -> dict:
    unit = f"{PLACE}知识产权保护中心"
    t = _Truth(unit)
    people = [
        ("隗玓湉", "中心领导", "主任", "leader", [
            ("专利快速预审备案主体审核放宽条件", "Ⅰ级", "备案审核集体研究，名单公示。", "已落实"),
            ("知识产权资助资金分配不公", "Ⅱ级", "资助标准公开，资金发放公示。", "未发现问题"),
        ]),
        ("逯岍澥", "预审科", "预审员", "general", [
            ("预审中为申请人“打招呼”加快办理", "Ⅰ级", "预审案件系统随机分配。", "已落实"),
            ("泄露未公开的专利申请信息", "Ⅲ级", "签订保密协议，系统权限分级。", "已落实"),
            ("侵权纠纷快速处理中收受当事人财物", "Ⅱ级", "纠纷处理两人以上参加，结果告知双方。", "未发现问题"),
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
        "yuxian_ip_center_selfchecks", "https://www.zhetiaohe.com/ss/7bfd60f738b7f001a6c4c947470019346f2a34b9f90cad47506f33f3a9a3985557f98b53256f2009d3554fd26a968d2d.html",
        "县知识产权保护中心 岗位廉政风险自查表, one sheet a person, after the source's 专利快速预审服务 (备案, IPC 分类号): a "
        "label row ``姓　名 | 所在科室 | 岗　位 | 填表时间`` over values, 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/自查情况",
        sheets, t,
    )  # fmt: skip


def yuxian_daiwangcheng_office_group_rows() -> dict:
    unit = f"{PLACE}代王城市场监管所"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、所领导", "所领导", [
            ("所长", "隗璆旸", "leader", [
                ("特种设备隐患排查整改不督促、不复查", "一级风险", "隐患台账销号管理，整改复查留痕。"),
            ]),
            ("副所长", "逯瑧沚", "leader", [
                ("电梯维保单位检查中降低标准", "二级风险", "检查表逐项填写，抽查结果公示。"),
            ]),
        ]),
        ("二、特种设备监管组", "特种设备监管组", [
            ("监管员", "隗沕珩", "general", [
                ("锅炉、压力容器使用登记审核不严", "一级风险", "登记材料双人审核。"),
                ("接受使用单位宴请", "三级风险", "执行廉洁执法“十不准”。"),
            ]),
        ]),
        ("三、计量监管组", "计量监管组", [
            ("监管员", "逯煦岏", "general", [
                ("集贸市场计量器具检查走过场", "二级风险", "检查记录拍照上传，所长抽查。"),
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
        "yuxian_daiwangcheng_office_group_rows", "http://epaper.wushannews.com/Html/2023-03-03/30391.html",
        "县市场监管所 廉政风险防控责任清单 under GROUP ROWS ``一、所领导`` …, after the source's 特种设备安全工作调度会 "
        "(风险隐患研判, 督导检查, 执法办案): 序号/岗位/姓名 merged per person/廉政风险点/``一级风险/二级风险/三级风险``/防控措施",
        [sh], t,
    )  # fmt: skip


def yuxian_consumer_center_cards() -> dict:
    unit = f"{PLACE}消费者权益保护中心"
    t = _Truth(unit)
    cards = [
        ("主任", "隗琭澴", "主任", "主持中心全面工作", "leader", [
            ("投诉举报线索选择性转办、压案不查", "★★★", "线索统一登记，转办情况月通报。"),
            ("消费维权调解中偏袒经营者", "★★", "调解实行双人主持，调解书存档。"),
        ]),
        ("受理员", "逯昰潆", "受理员", "12315投诉举报受理", "general", [
            ("举报人信息泄露", "★★★", "举报人信息加密管理，查阅登记。"),
            ("投诉件超时限不受理、不告知", "★★", "平台时限预警，逾期通报。"),
            ("收受被投诉企业礼品", "★", "签订廉洁承诺书。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("工作职责", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "yuxian_consumer_center_cards", "https://abg.baidu.com/tags/gezdgmjvx3m3dkgj5lf57vvyxpj5nugqytfnzqhnx3m3dkgj5lf57qpxwpgm3pa11",
        "县消费者权益保护中心 岗位廉政风险防控卡, one sheet a holder, after the source's 12315 举报申诉 受理流程图: "
        "``姓　名 | … | 职　务 | …`` and a merged 工作职责 line, 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line",
        sheets, t,
    )  # fmt: skip


def yuxian_xiheying_office_list() -> dict:
    unit = f"{PLACE}西合营市场监管所"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所领导", "所长", "隗瑢峄", "leader", "涉企执法中“吃拿卡要”", "思想道德", "高风险", "执法全程记录，回访企业。"),
        ("所领导", "所长", "隗瑢峄", "leader", "案件移送、立案不及时，以罚代刑", "制度机制", "中风险", "立案审批留痕，案件定期评查。"),
        ("执法组", "执法员", "逯涴珝", "general", "现场检查不出示证件、单人执法", "业务流程", "中风险", "两人以上执法，出示执法证件。"),
        ("执法组", "执法员", "逯涴珝", "general", "罚没财物不登记、私自处置", "岗位职责", "高风险", "罚没物品登记入库，罚缴分离。"),
        ("综合组", "内勤", "隗玚岄", "general", "执法文书归档不全，事后补填", "业务流程", "低风险", "文书当日录入系统，月底检查。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "所长（签字）：", None, None)
    return _layout(
        "yuxian_xiheying_office_list", "https://ousaite.com/new/5b7cb2c0dc0445b58066125acc0ae919",
        "县市场监管所 岗位廉政风险防控一览表, after the source's 县市监局 涉企执法 “微腐败” (红包礼金, 暂扣执法证): ``附件3``, a "
        "title, a 填报单位（盖章） line, 部门/岗位/责任人 on EVERY row, short types, ``高风险/中风险/低风险``",
        [sh], t,
    )  # fmt: skip


def yuxian_enforcement_brigade_two_sheets() -> dict:
    unit = f"{PLACE}市场监管综合行政执法大队"
    t = _Truth(unit)
    data = [
        ("一中队", [
            ("中队长", "逯璘澔", "middle", [
                ("假冒专利案件查处不力、压案不办", "一级", "案件线索登记，办理情况月报。"),
                ("案件调查终结后处罚建议畸轻", "二级", "处罚建议经法制审核。"),
            ]),
            ("执法队员", "隗澥琤", "general", [
                ("查封扣押物品登记不全", "二级", "扣押物品清单双方签字，入库保管。"),
            ]),
        ]),
        ("二中队", [
            ("中队长", "逯旸霂", "middle", [
                ("商标侵权案件违规撤案", "一级", "撤案经大队集体讨论。"),
            ]),
            ("执法队员", "隗霂岍", "general", [
                ("商标侵权案件调查取证不规范", "二级", "取证全程记录，证据集体审核。"),
                ("透露检查信息，通风报信", "三级", "检查任务临时下达，严守纪律。"),
            ]),
        ]),
    ]  # fmt: skip
    sheets = []
    for dept, people in data:
        sh = _Sheet(dept, [6, 14, 10, 10, 38, 9, 34])
        _line(sh, f"{unit}{dept}廉政风险防控一览表", 7)
        sh.add("序号", "中队", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
        first = len(sh.rows)
        n = 0
        for post, who, tier, points in people:
            for point, lv, measures in points:
                n += 1
                sh.add(n, dept, post, who, point, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
        _per_person(sh, first, 1, 2, 3)
        sh.add("制表：", None, "审核：", None, "2025年4月", None, None)
        sheets.append(sh)
    return _layout(
        "yuxian_enforcement_brigade_two_sheets", "https://jinan.baogaosu.com/yongyu/济南市查处假冒专利行为办法/5063082",
        "县市场监管综合行政执法大队 廉政风险防控一览表 in TWO SHEETS (one a 中队), after the source's 查处假冒专利行为办法: "
        "中队 merged, 岗位/姓名 merged per person, 廉政风险点/``一级/二级/三级``/防控措施; no type column",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    yuxian_market_bureau_numbered_holders(),
    yuxian_nanliuzhuang_office_list(),
    yuxian_inspection_center_posts(),
    yuxian_ip_center_selfchecks(),
    yuxian_daiwangcheng_office_group_rows(),
    yuxian_consumer_center_cards(),
    yuxian_xiheying_office_list(),
    yuxian_enforcement_brigade_two_sheets(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch772-inbox"))

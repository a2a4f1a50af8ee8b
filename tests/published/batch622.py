"""The six-hundred-and-twenty-second batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one district's 司法 and
公安 bodies, 海南区 (of 乌海市, 内蒙古自治区) — its 司法局, 公证处, 法律援助中心 and 公乌素司法所, its
公安分局, the 分局's 交通管理大队 and its 拉僧庙 and 巴音陶亥 派出所 — each handing back the 一览表,
防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 司法局's 一览表 in TWO SHEETS ``局领导``/``股室``, ``一级/二级/三级``, no type column;
- the 公安分局's 排查表 对岗不对人 with ``风险点 | 风险表现``, ``…风险`` types, 高/中/低; no names;
- the 公证处's 自查表 one sheet a person, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 法律援助中心's 清单 under GROUP ROWS ``一、中心领导`` …, ``一级风险/二级风险/三级风险``;
- the 公乌素司法所's 防控卡 one sheet a person, ``★★★/★★/★`` read by a ``注：`` line;
- the 巴音陶亥派出所's 一览表 under ``附件2`` and a 填报单位（盖章） line, ``高风险/中风险/低风险``;
- the 交通管理大队's 排查登记表, ``中队`` merged, short types, ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``hainan_lasengmiao_station_called_holders``: the 拉僧庙派出所's 一览表, one row a point, whose
  ``责任人`` column CALLS each holder as a 所 calls its people, by SURNAME + POST (``訾所长``,
  ``漆教导员``, ``訾副所长``, ``漆副所长``, ``訾警长``; one cell names two, ``漆教导员、訾警长``); the
  holders' full names stand only in a merged roster line above the heading (``所领导及警长：所长
  訾霂棠　教导员 漆岚岫　副所长 訾沄璆　副所长 漆翀珩　警长 訾骞湜``). Two 副所长 are told apart by
  surname only and two 訾 by post only. The README's 读得懂的表 knows holders by code letters with a
  code legend, by symbols closing the point with a legend, posts row over names row above a list
  told apart by a 分工 cell, and ``蓝建峰(所长)`` split into holder and post; it does not describe a
  责任人 cell that names the holder by surname + post, resolved through a roster line.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose and the layout follows their
words for the unit, its parts, its posts and its risks. The rows are worded by us, the names
invented (the rare surnames 訾 and 漆 with rare given names); every unit is a body of 海南区.

Run ``python tests/published/score.py --set batch622`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a 责任人 cell ``訾副所长`` is the roster's 副所长 of surname 訾 (訾沄璆), with
  the row's level; a cell naming two is the point of both; one form a holder, no 科室; the roster
  line, the ``注：`` line and the 填表/审核 line are no points; 所长, 教导员 and 副所长 are leaders,
  the 警长 middle;
- ``分局领导``, ``所领导``, ``大队领导``, ``处领导``, ``中心领导`` are the 科室 of those leaders where
  written; the 司法局's leaders (no 科室 column) and the cards' holders have no 科室; a 司法所's
  所长 and 副所长 are middle (a 站所 of the 局);
- ``风险点 | 风险表现``: the point is the short 风险点; the 公安分局's list names no person: its forms
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

PREFIX = "b622_"
PLACE = "海南区"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
TICK = "√"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# the 所 roster line above the list: (post, name, tier)
ROSTER = [
    ("所长", "訾霂棠", "leader"),
    ("教导员", "漆岚岫", "leader"),
    ("副所长", "訾沄璆", "leader"),
    ("副所长", "漆翀珩", "leader"),
    ("警长", "訾骞湜", "middle"),
]
# how the list calls each holder (surname + post; the two 副所长 told apart by surname)
CALLED = {"訾所长": 0, "漆教导员": 1, "訾副所长": 2, "漆副所长": 3, "訾警长": 4}

# (执法风险点, 风险等级, 责任人 as written, 防控措施)
CALLED_ROWS = [
    ("接处警中对警情不登记、不受理，有案不立", "高", "訾所长", "警情全部录入警综平台，所长每日审核。"),
    ("治安案件调解中偏袒一方，收受当事人财物", "高", "漆副所长", "调解在调解室进行，全程录音录像。"),
    ("涉案财物不入库、不登记，违规处置", "高", "訾副所长", "涉案财物统一进入分局涉案财物管理中心。"),
    ("户籍迁移、身份证件办理中违规审批", "中", "訾副所长", "户籍业务双人审核，系统留痕。"),
    ("对辖区娱乐场所检查走过场，通风报信", "高", "漆教导员、訾警长", "检查实行双人以上，检查记录当日上传。"),
    ("民辅警违规查询、泄露公民个人信息", "中", "漆教导员", "查询实行审批登记，每月抽查查询日志。"),
    ("办案中违规使用强制措施、超期羁押", "高", "訾所长", "强制措施经法制员审核、所长审批。"),
    ("社区警务室协勤人员经费虚报冒领", "低", "漆副所长", "协勤经费按月公示，分局财务核对。"),
    ("接受辖区企业宴请、礼品礼金", "中", "訾警长", "签订廉洁承诺书，节前廉洁提醒。"),
]  # fmt: skip


def hainan_lasengmiao_station_called_holders() -> dict:
    unit = f"{PLACE}公安分局拉僧庙派出所"
    sh = _Sheet("风险点", [6, 42, 9, 16, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}执法办案和队伍管理廉政风险点一览表", 5)
    people = "　".join(f"{post} {who}" for post, who, _ in ROSTER)
    _line(sh, f"所领导及警长：{people}", 5)
    sh.add("序号", "风险点", "风险等级", "责任人", "防控措施")
    for i, (point, lv, called, measures) in enumerate(CALLED_ROWS, 1):
        sh.add(i, point, lv, called, measures)
    for j, (post, who, tier) in enumerate(ROSTER):
        for point, lv, called, _measures in CALLED_ROWS:
            if j in [CALLED[c] for c in called.split("、")]:
                t.point(sh.name, "", post, who, tier, point, [], HML[lv])
    _line(sh, "注：风险等级分高、中、低三级；责任人为该风险点的第一责任人。", 5)
    sh.add("填表：", None, "审核：", None, "2025年5月")
    return _layout(
        "hainan_lasengmiao_station_called_holders", "http://law51.net/law5/shangh20/sh20260.htm",
        "(harder) 区公安分局 派出所 执法办案和队伍管理廉政风险点一览表, after the source's 意见 on 派出所工作 (接处警, 执法办案, "
        "户籍, 社区警务, 队伍管理): a title, a merged roster line ``所领导及警长：所长 訾霂棠　教导员 漆岚岫　副所长 訾沄璆　"
        "副所长 漆翀珩　警长 訾骞湜``, then 序号/风险点/风险等级 高/中/低/责任人/防控措施 where the 责任人 cell calls the "
        "holder as offices do, by SURNAME + POST (``訾所长``, ``漆教导员``, ``訾副所长``, ``漆副所长``, ``訾警长``; one cell "
        "``漆教导员、訾警长``): the holder's full name and post come from the roster line (two 副所长 told apart by surname "
        "only, two holders of one surname told apart by post); no type column; a ``注：`` line and a 填表/审核/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def hainan_justice_bureau_two_sheets() -> dict:
    unit = f"{PLACE}司法局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("漆霈琮", "局长", "主持全面工作", [
            ("公共法律服务项目购买中指定服务机构", "一级", "政府购买服务项目公开招标，结果公示。"),
            ("干部选拔任用中搞暗箱操作", "一级", "选人用人严格执行民主推荐、考察、公示程序。"),
        ]),
        ("訾泠瑀", "副局长", "分管公证、律师、法律援助", [
            ("律师事务所年度考核把关不严", "二级", "年度考核材料集体审核，考核结果公示。"),
            ("对公证机构投诉查处不力、包庇纵容", "一级", "投诉线索登记台账，限期办结并反馈。"),
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
        ("社区矫正股", "股长", "漆峣珺", "middle", "社区矫正对象违规请假外出审批", "一级",
         "请假外出经集体评议，电子定位核查。"),
        ("社区矫正股", "股长", "漆峣珺", "middle", "提请撤销缓刑、假释材料弄虚作假", "二级", "提请材料双人审核，报局务会研究。"),
        ("社区矫正股", "科员", "訾琬沨", "general", "社区矫正对象报到、走访记录不实", "三级", "走访记录附影像资料，每月抽查。"),
        ("公共法律服务股", "股长", "漆昶岍", "middle", "基层法律服务工作者执业核准把关不严", "二级", "核准材料公示，接受监督。"),
        ("办公室", "会计", "訾沨岚", "general", "法律援助办案补贴发放审核不严", "二级", "补贴按结案质量评估结果发放，三级审核。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "hainan_justice_bureau_two_sheets", "https://www.dekahost.com/zwgk/fggw/zfgz/content/post_8173746.html",
        "区司法局 廉政风险防控一览表 in TWO SHEETS, after the source's 公共法律服务促进办法 (法律援助, 公证, 律师, 调解, "
        "政府购买服务): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 merged and 岗位/姓名 "
        "merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def hainan_police_branch_posts() -> dict:
    unit = f"{PLACE}公安分局"
    sh = _Sheet("排查表", [6, 14, 12, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "部门", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("分局领导", "局长", "leader", "警务保障采购", "警用装备采购需求量身定制，指定品牌", "制度机制风险", "高",
         "采购需求集体论证，进入公共资源交易平台。"),
        ("法制大队", "大队长", "middle", "案件审核", "对应立案不立、以罚代刑案件审核放水", "岗位职责风险", "高",
         "案件实行法制员、大队长两级审核。"),
        ("治安管理大队", "大队长", "middle", "特种行业许可", "旅馆业、印章业许可审批不按条件", "业务流程风险", "中",
         "许可条件公开，审批结果公示。"),
        ("治安管理大队", "民警", "general", "娱乐场所检查", "检查前通风报信，接受场所吃请", "外部环境风险", "高",
         "检查双人执法，执法记录仪全程记录。"),
        ("警务保障室", "民警", "general", "涉案车辆保管", "涉案车辆私自放行、收取保管费", "业务流程风险", "中",
         "涉案车辆出入库登记，视频监控。"),
        ("警务保障室", "民警", "general", "被装物资发放", "被装物资虚领冒领", "思想道德风险", "低", "物资发放登记签字，季度盘点。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：警务督察室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "hainan_police_branch_posts", "http://szb.wxrb.com/content/202301/03/content_132484.html",
        "区公安分局 岗位廉政风险点排查表 对岗不对人, after the source's 公安分局 大监督格局 (执法办案管理中心, 治安部门, "
        "政工部门, 队伍管理): a title, 序号/部门 merged/岗位 merged per post/a short 风险点/a long 风险表现/风险类型 "
        "``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def hainan_notary_office_selfchecks() -> dict:
    unit = f"{PLACE}公证处"
    t = _Truth(unit)
    people = [
        ("漆璆澂", "处领导", "主任", "leader", [
            ("公证收费违规减免或超标准收费", "Ⅰ级", "收费标准公示，减免经集体研究。", "已落实"),
            ("公证员执业过错投诉查处不力", "Ⅱ级", "投诉登记，限期调查并答复。", "未发现问题"),
        ]),
        ("訾岍珣", "业务科", "公证员", "general", [
            ("未尽审查义务，出具虚假公证书", "Ⅰ级", "重大公证事项集体讨论，双人核实。", "已落实"),
            ("接受当事人宴请、收受财物", "Ⅱ级", "签订廉洁执业承诺书。", "已落实"),
        ]),
        ("漆湜琰", "业务科", "公证员助理", "general", [
            ("公证档案借阅、复制不登记", "Ⅲ级", "档案借阅登记，定期检查。", "未发现问题"),
            ("泄露当事人隐私和商业秘密", "Ⅱ级", "落实保密制度，系统权限分级。", "已落实"),
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
        "hainan_notary_office_selfchecks", "http://vlaws.cn/show.aspx?cid=59&id=11828",
        "区公证处 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 公证行业惩戒 通知 "
        "(违规执业, 投诉调查, 行业惩戒, 职业道德): a title, a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间`` over a row of "
        "values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; ``本人签名： | 主任意见：``",
        sheets, t,
    )  # fmt: skip


def hainan_legal_aid_group_rows() -> dict:
    unit = f"{PLACE}法律援助中心"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "訾澍岷", "leader", [
                ("法律援助案件指派中优亲厚友、指定律师", "一级风险", "案件指派按律师名册轮流指派，系统留痕。"),
                ("重大疑难案件不经集体讨论", "二级风险", "重大疑难案件集体讨论，形成记录。"),
            ]),
        ]),
        ("二、受理审查科", "受理审查科", [
            ("科长", "漆昉璟", "middle", [
                ("经济困难审查把关不严，不符合条件的予以援助", "一级风险", "经济困难状况书面承诺与核查结合。"),
            ]),
            ("科员", "訾淏泠", "general", [
                ("受理申请推诿、拖延", "二级风险", "首问负责，受理时限公示。"),
                ("向受援人索要财物", "三级风险", "回访受援人，公开监督电话。"),
            ]),
        ]),
        ("三、案件管理科", "案件管理科", [
            ("科长", "漆璠湄", "middle", [
                ("办案质量评估走过场，补贴照发", "二级风险", "结案材料评估打分，补贴与质量挂钩。"),
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
        "hainan_legal_aid_group_rows", "https://m.fx361.cc/news/2017/0227/17995952.html",
        "区法律援助中心 廉政风险防控责任清单, after the source's article on 法律援助中的政府责任、律师义务 (受援人, 指派律师, "
        "经济困难, 办案补贴): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP "
        "ROWS ``一、中心领导``, ``二、受理审查科``, ``三、案件管理科`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def hainan_gongwusu_justice_office_cards() -> dict:
    unit = f"{PLACE}司法局公乌素司法所"
    t = _Truth(unit)
    cards = [
        ("所长", "漆珝昀", "所长", "主持司法所全面工作", "middle", [
            ("社区矫正对象日常监管放松，违规批准外出", "★★★", "外出审批报区司法局备案，电子定位核查。"),
            ("人民调解案件补贴虚报", "★★", "调解卷宗逐件审核后申报补贴。"),
            ("接受矫正对象及其亲属宴请", "★", "严守廉洁纪律，签订承诺书。"),
        ]),
        ("副所长", "訾嶙湘", "副所长", "分管人民调解、法治宣传", "middle", [
            ("调解中偏袒一方当事人", "★★", "调解公开进行，当事人签字确认。"),
            ("法治宣传经费支出不实", "★★", "宣传活动留存影像和签到，凭据报销。"),
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
        "hainan_gongwusu_justice_office_cards", "https://nanmuxuan.com/zh-tw/complex/cGYMkafrFZ.amp",
        "区司法局 镇司法所 岗位廉政风险防控卡, one sheet a person, after the source's report on 司法行政机关 and 公证 管办合一 "
        "(司法行政机关 插手人财物, 行政干部): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def hainan_bayintaohai_station_list() -> dict:
    unit = f"{PLACE}公安分局巴音陶亥派出所"
    sh = _Sheet("一览表", [6, 12, 12, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所领导", "所长", "漆骞琬", "leader", "行政案件罚没款收缴不开票据", "制度机制", "高风险",
         "罚没款一律银行代收，票款分离。"),
        ("所领导", "所长", "漆骞琬", "leader", "对辖区企业矛盾纠纷违规插手经济纠纷", "岗位职责", "高风险",
         "经济纠纷一律引导诉讼，严禁越权办案。"),
        ("综合指挥室", "内勤", "訾沅翎", "general", "警情信息、案件信息泄露", "业务流程", "中风险",
         "信息查询权限分级，查询留痕。"),
        ("户籍室", "户籍内勤", "漆岙涟", "general", "违规办理户口迁入、出具户籍证明", "业务流程", "中风险",
         "户籍业务一窗受理、双人审核。"),
        ("社区警务队", "社区民警", "訾珵昶", "general", "流动人口登记中收取费用", "外部环境", "低风险",
         "流动人口登记免费，监督电话公开。"),
        ("社区警务队", "社区民警", "訾珵昶", "general", "辖区场所检查中接受吃请", "思想道德", "中风险",
         "检查双人进行，执法记录仪全程记录。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "所长（签字）：", None, None)
    return _layout(
        "hainan_bayintaohai_station_list", "http://www.boteman.cn/paper/507824438.html",
        "区公安分局 派出所 岗位廉政风险防控一览表, after the source's 公安巡察工作实施方案 (公安执法监督, 督察, 队伍突出问题): "
        "``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 written on EVERY row/"
        "廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/所长（签字） line",
        [sh], t,
    )  # fmt: skip


def hainan_traffic_brigade_register() -> dict:
    unit = f"{PLACE}公安分局交通管理大队"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "中队", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("大队领导", "大队长", "漆澂屹", "leader", [
            ("事故车辆停车场选定暗箱操作", "制度机制", "一级", "停车场经公开比选确定。"),
            ("交通违法处理说情打招呼", "思想道德", "二级", "说情干预登记报告。"),
        ]),
        ("事故处理中队", "中队长", "訾翀漪", "middle", [
            ("事故责任认定偏袒一方", "岗位职责", "一级", "责任认定集体研究，当事人可申请复核。"),
        ]),
        ("事故处理中队", "民警", "漆湘琤", "general", [
            ("事故现场勘查记录不实", "业务流程", "二级", "现场勘查全程录像。"),
            ("向事故当事人推荐修理厂、拖车", "外部环境", "三级", "严禁推荐修理厂，公开监督电话。"),
        ]),
        ("车管中队", "民警", "訾岚珺", "general", [
            ("违规办理机动车检验合格标志", "业务流程", "一级", "检验数据联网核查。"),
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
        "hainan_traffic_brigade_register", "https://www.renrendoc.com/paper/506665217.html",
        "区公安分局 交通管理大队 廉政风险点排查登记表, after the source's 派出所建设实施方案 (基层警务, 队伍建设, 执法规范, "
        "保障机制): a title, 序号/中队 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 "
        "``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    hainan_lasengmiao_station_called_holders(),
    hainan_justice_bureau_two_sheets(),
    hainan_police_branch_posts(),
    hainan_notary_office_selfchecks(),
    hainan_legal_aid_group_rows(),
    hainan_gongwusu_justice_office_cards(),
    hainan_bayintaohai_station_list(),
    hainan_traffic_brigade_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch622-inbox"))

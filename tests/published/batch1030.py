"""The one-thousand-and-thirtieth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: the 乡镇, 村, 卫生院, 学校, 自然资源, 农业农村, 市场监管 and 审计
bodies of one county, 贞丰县 (黔西南布依族苗族自治州, 贵州省) — its 者相镇人民政府, the 者相镇纳孔村, the
北盘江镇卫生院, the 第二中学, the 自然资源局, the 农业农村局, the 市场监督管理局 and the 审计局 — each
handing back the 一览表, 清单, 排查表 or 自查表 its staff typed in WPS or Excel:

- the 者相镇人民政府's 清单: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``…风险`` types, 高/中/低;
- the 纳孔村's 清单: ``职务 | 姓名`` on every row, ``一级/二级/三级``, no type column;
- the 北盘江镇卫生院's 排查表: ``科室 | 岗位 | 责任人`` on every row, a short ``风险点`` beside a long
  ``风险表现``, 高/中/低, no type column;
- the 第二中学's 一览表: ``处室`` merged, ``职务 | 姓名`` merged per person, short types under
  ``风险类别``, ``高风险/中风险/低风险``;
- the 自然资源局's 清单 对岗不对人: ``股室`` and ``岗位`` merged, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 农业农村局's 清单 under GROUP ROWS ``一、局领导``, ``二、农村经营管理股``, ``三、农业综合执法大队``
  (no 科室 column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 市场监督管理局's 自查表, one sheet a person: ``姓　名 | 职　务 | 填表日期`` over a row of values,
  高/中/低, ``防控措施 | 落实情况``.

One is harder:

- ``zhenfeng_audit_bureau_study_record_right_under``: the 审计局's 一览表 (``序号 | 股室 | 岗位 | 姓名 |
  廉政风险点 | 风险等级 | 防控措施``) with, RIGHT UNDER its last row (no blank row, no title line), the
  机关党支部's UNTITLED, NUMBERED 学习 record as wide as the list: ``序号 | 学习内容 | 学习形式 |
  学习时间 | 参加人数 | 签到情况 | 备注`` over three numbered rows, then the 填表人/审核人 line. Its
  headings name no holder, no 科室 and no one by the part they took (no 主持人, 记录人, 参加人: the
  record rule of batch1010 is not met), and no title line names it a record (batch1028's
  RECORD_TITLED_UNDER_LIST is not met); a probe found such a record read as points when it follows
  the list's rows with no blank row between (after a blank row it is set aside, TABLE_OTHER).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; no unused page of a risk table of 贞丰县 or its bodies was found, so each cites
a page of the county's region (黔西南, 布依族) or of the kind of body or work it imitates, and says
so. The rows are worded by us, the names invented (the rare compound surnames 莫舆 and 可地延 with
rare given names); every unit is a body of 贞丰县.

Run ``python tests/published/score.py --set batch1030`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the record's heading and its numbered rows are no points and name no one
  (``签到情况`` ``已签到`` is no level, ``参加人数`` no measures); the list ends at its own last row;
- ``镇领导``, ``局领导``, ``校领导`` are the 科室 of the leaders; the 村's and the 市场监管局's self-check
  people have no 科室 where no column gives one; 镇长, 局长, 副局长, 村党支部书记, 院长, 校长 are
  leaders; 股长, 科长, 主任 (of a 镇's 办 or a 学校's 处室) middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``落实情况`` and ``填表日期`` are no points; the
  自然资源局's list names no person: its forms are posts;
- 高/中/低, ``一级/二级/三级``, ``一级风险/…``, ``高风险/中风险/低风险`` and ``Ⅰ级/Ⅱ级/Ⅲ级`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b1030_"
PLACE = "贞丰县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

HEAD = ("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")

# the staff's rows: (股室, 岗位, 姓名, tier, 廉政风险点, 风险等级, 防控措施)
AUDIT = [
    ("局领导", "局长", "莫舆翾", "leader", "审计项目计划安排受人情干扰", "高", "年度计划局党组集体研究，报县政府审定。"),
    ("局领导", "局长", "莫舆翾", "leader", "审计发现问题定性处理降格", "高", "审计业务会议集体审定，处理意见留痕。"),
    ("经济责任审计股", "股长", "可地延琇", "middle", "审计现场接受被审计单位宴请", "中", "审计组进点公示“八不准”，设监督电话。"),
    ("经济责任审计股", "股长", "可地延琇", "middle", "审计证据取舍不客观", "中", "审计底稿三级复核。"),
    ("办公室", "出纳", "莫舆湉", "general", "审计外聘人员劳务费发放不实", "低", "劳务费按考勤发放，两人复核。"),
]  # fmt: skip

# right under the list's last row, no blank row, no title: the 支部's numbered 学习 record
RECORD_HEAD = ("序号", "学习内容", "学习形式", "学习时间", "参加人数", "签到情况", "备注")
RECORD = [
    (1, "《中国共产党纪律处分条例》第八章", "集中学习", "2025年3月12日", 11, "已签到", None),
    (2, "观看警示教育片《零容忍》", "专题观看", "2025年5月20日", 12, "已签到", "1人请假补学"),
    (3, "审计人员“八不准”工作纪律", "交流研讨", "2025年7月8日", 12, "已签到", None),
]  # fmt: skip


def zhenfeng_audit_bureau_study_record_right_under() -> dict:
    unit = f"{PLACE}审计局"
    t = _Truth(unit)
    sh = _Sheet("一览表", [6, 16, 10, 12, 38, 12, 34])
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add(*HEAD)
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, lv, measures) in enumerate(AUDIT, 1):
        sh.add(n, dept, post, who, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add(*RECORD_HEAD)
    for rec in RECORD:
        sh.add(*rec)
    sh.add("填表人：", None, None, "审核人：", None, "2025年9月", None)
    return _layout(
        "zhenfeng_audit_bureau_study_record_right_under",
        "https://yunyiwx.com/html/fgzdcyfg.201605t20160512_879049.html",
        "(harder) 县审计局 岗位廉政风险防控一览表 with, RIGHT UNDER its last row (no blank row, no title line), the "
        "机关党支部's UNTITLED, NUMBERED 学习 record as wide as the list (``序号 | 学习内容 | 学习形式 | 学习时间 | "
        "参加人数 | 签到情况 | 备注`` over three numbered rows; no holder's, 科室's or role's heading), after the "
        "source's page of a 审计机关's 廉政约谈制度 (目的, 对象, 方式, 内容: a page of the kind of body, no risk table "
        "of 贞丰县 found): a title, 序号/股室 merged/岗位 and 姓名 merged per person/廉政风险点/风险等级 高/中/低/"
        "防控措施; no type column; a 填表人/审核人/date line under the record",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def zhenfeng_zhexiang_town_list() -> dict:
    unit = f"{PLACE}者相镇人民政府"
    sh = _Sheet("清单", [6, 14, 10, 12, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("镇领导", "镇长", "可地延骞", "leader", "布依古寨保护项目指定施工队", "思想道德风险", "高",
         "项目按规定比选，镇党委会集体研究。"),
        ("镇领导", "镇长", "可地延骞", "leader", "易地搬迁安置点配套资金拨付不按进度", "制度机制风险", "高",
         "资金按监理签认的进度拨付。"),
        ("党政办", "主任", "莫舆玓", "middle", "会议费、培训费报账不实", "岗位职责风险", "中", "费用据实列支，每季公示。"),
        ("农业服务中心", "农技员", "可地延翮", "general", "精品水果种苗补贴登记不实", "业务流程风险", "中",
         "补贴名单入户核实并公示。"),
        ("农业服务中心", "农技员", "可地延翮", "general", "接受农资经销商吃请", "外部环境风险", "低", "签订廉洁承诺书。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    return _layout(
        "zhenfeng_zhexiang_town_list", "http://www.xingyizx.com/xysms/98.html",
        "镇人民政府 岗位廉政风险防控清单, after the source's 黔西南 news item on 布依族 五色糯米饭 (a page of the "
        "county's region, no risk table of 贞丰县 found): a title, 序号/科室 merged/岗位 and 姓名 merged per person/"
        "廉政风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施",
        [sh], t,
    )  # fmt: skip


def zhenfeng_nakong_village_list() -> dict:
    unit = f"{PLACE}者相镇纳孔村民委员会"
    sh = _Sheet("清单", [6, 14, 12, 40, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}小微权力廉政风险防控清单", 6)
    sh.add("序号", "职务", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("村党支部书记", "莫舆瑄", "leader", "乡村旅游合作社分红方案不公开", "一级", "分红方案村民代表会议表决。"),
        ("村党支部书记", "莫舆瑄", "leader", "布依民居改造项目指定施工方", "一级", "项目“四议两公开”，全程公示。"),
        ("村委会主任", "可地延泠", "general", "公益性岗位人员选聘优亲厚友", "二级", "选聘结果张榜公示。"),
        ("村文书", "莫舆珩澈", "general", "民宿奖补申报材料把关不严", "二级", "申报材料经村务监督委员会审核。"),
        ("村文书", "莫舆珩澈", "general", "集体资产租赁不签合同", "三级", "租赁公开竞价，合同备案。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    sh.add("村务监督委员会意见：", None, None, "2025年9月", None, None)
    return _layout(
        "zhenfeng_nakong_village_list", "https://ppfocus.com/0/sp1350ef3.html",
        "村 小微权力廉政风险防控清单, after the source's page on 黔西南 布依族 villages' 八大碗 and 九缸缽 (a page of "
        "the kind of 布依 village the 村 is, no risk table found): a title, 序号/职务/姓名 on every row/风险点/风险等级 "
        "``一级/二级/三级``/防控措施; no type column",
        [sh], t,
    )  # fmt: skip


def zhenfeng_beipanjiang_health_centre_screening() -> dict:
    unit = f"{PLACE}北盘江镇卫生院"
    sh = _Sheet("排查表", [6, 14, 10, 12, 16, 38, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "责任人", "风险点", "风险表现", "风险等级", "防控措施")
    rows = [
        ("院领导", "院长", "可地延璆", "leader", "药品耗材采购", "基本药物以外药品采购指定配送企业", "高",
         "采购经院务会集体研究，结果公示。"),
        ("公共卫生科", "科长", "莫舆琬", "middle", "公卫补助", "基本公共卫生服务人次虚报套取补助", "高", "服务记录抽查回访。"),
        ("公共卫生科", "科长", "莫舆琬", "middle", "家庭医生签约", "签约服务包数据与实际不符", "中", "签约数据与系统比对。"),
        ("药房", "药剂员", "可地延湲", "general", "药品出入库", "近效期药品报损不登记", "中", "药品出入库台账月底盘点。"),
        ("药房", "药剂员", "可地延湲", "general", "处方调配", "收受医药代表好处推荐药品", "低", "签订廉洁承诺书。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, desc, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, desc, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年9月", None)
    return _layout(
        "zhenfeng_beipanjiang_health_centre_screening",
        "https://jw.meizhou.gov.cn/xwxc/zhyw/t20190704_3576.htm",
        "镇卫生院 廉政风险点排查表, after the source's 纪委 page telling 谈话函询 from other kinds of 谈话 (a page of "
        "the 纪检 work such tables serve, no risk table found): a title, 序号/科室/岗位/责任人 on EVERY row/a short "
        "``风险点``/a long ``风险表现``/风险等级 高/中/低/防控措施; no type column; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def zhenfeng_second_school_list() -> dict:
    unit = f"{PLACE}第二中学"
    sh = _Sheet("一览表", [6, 16, 10, 12, 38, 12, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "处室", "职务", "姓名", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("校领导", "校长", "莫舆琮", "leader", "食堂食材供应商确定不经集体研究", "制度机制", "高风险",
         "供应商公开遴选，校务会研究。"),
        ("校领导", "校长", "莫舆琮", "leader", "校舍维修工程干预施工单位确定", "外部环境", "高风险", "工程按规定比选，过问登记。"),
        ("教务处", "主任", "可地延璠", "middle", "评优评先推荐名额分配不公", "岗位职责", "中风险", "评选细则公开，结果公示。"),
        ("教务处", "主任", "可地延璠", "middle", "教辅资料征订推荐指定书商", "业务流程", "中风险", "征订按目录自愿，不统一代购。"),
        ("总务处", "会计", "莫舆沅", "general", "接受供应商礼品", "思想道德", "低风险", "签订廉洁承诺书。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为高风险、中风险、低风险。", 8)
    return _layout(
        "zhenfeng_second_school_list", "https://ttnews.xyz/a/5e7e0a6bdc9b5e26621b0e2b",
        "县中学 岗位廉政风险防控一览表, after the source's news item on a 布依族 三月三 custom (a page of the region's "
        "布依 culture the school teaches, no risk table found): a title, 序号/处室 merged/职务 and 姓名 merged per "
        "person/廉政风险点/风险类别 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a ``注：`` line",
        [sh], t,
    )  # fmt: skip


def zhenfeng_natural_resources_posts() -> dict:
    unit = f"{PLACE}自然资源局"
    sh = _Sheet("清单", [6, 14, 14, 40, 14, 12, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "股室", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("国土空间规划股", "规划审查岗", "general", "规划条件核定随意变更", "岗位职责风险", "Ⅰ级", "规划条件集体审查，结果公开。"),
        ("国土空间规划股", "规划审查岗", "general", "规划许可超时限办理索要好处", "业务流程风险", "Ⅰ级", "办理时限公开，全程网办。"),
        ("耕地保护股", "执法巡查岗", "general", "违法占地巡查发现不报", "制度机制风险", "Ⅱ级", "巡查轨迹留痕，卫片比对。"),
        ("耕地保护股", "执法巡查岗", "general", "接受占地当事人宴请", "思想道德风险", "Ⅱ级", "签订廉洁承诺书。"),
        ("办公室", "综合岗", "general", "测绘服务费报账不实", "外部环境风险", "Ⅲ级", "报账附成果验收单。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    return _layout(
        "zhenfeng_natural_resources_posts", "https://jjw.changzhou.gov.cn/html/jw/2018/DOQMPFKH_0531/11082.html",
        "县自然资源局 岗位廉政风险防控清单 对岗不对人, after the source's 纪委 page on a 巡察组's 谈话记录 (一是/二是/"
        "三是 points; a page of the 纪检 work, no risk table found): a title, 序号/股室 merged/岗位 merged per post/"
        "廉政风险点/风险类型 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names",
        [sh], t,
    )  # fmt: skip


def zhenfeng_agriculture_bureau_group_rows() -> dict:
    unit = f"{PLACE}农业农村局"
    sh = _Sheet("清单", [6, 10, 12, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、局领导", "局领导", [
            ("局长", "可地延翀", "leader", [
                ("衔接资金项目安排个人说了算", "一级风险", "项目安排局党组集体研究，入库公示。"),
                ("高标准农田建设指定施工单位", "一级风险", "工程公开招标，纪检全程监督。"),
            ]),
        ]),
        ("二、农村经营管理股", "农村经营管理股", [
            ("股长", "莫舆澍", "middle", [
                ("村集体经济项目验收走过场", "二级风险", "验收邀请第三方参加，结果公示。"),
            ]),
        ]),
        ("三、农业综合执法大队", "农业综合执法大队", [
            ("执法员", "可地延瑀", "general", [
                ("农资打假检查通风报信", "二级风险", "检查任务随机抽取，两人以上执法。"),
                ("罚没物品登记不全", "三级风险", "罚没物品入库台账管理。"),
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
    sh.add("填表：", None, "审核：", None, "2025年9月", None)
    return _layout(
        "zhenfeng_agriculture_bureau_group_rows", "https://57yx.com/techan36157",
        "县农业农村局 岗位廉政风险防控清单 under GROUP ROWS, after the source's page on a 布依 特产 (花米饭, the farm "
        "produce such a 局 promotes; no risk table found): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/"
        "二级风险/三级风险``/防控措施, group rows ``一、局领导``, ``二、农村经营管理股``, ``三、农业综合执法大队`` "
        "merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def zhenfeng_market_supervision_selfchecks() -> dict:
    unit = f"{PLACE}市场监督管理局"
    t = _Truth(unit)
    people = [
        ("莫舆玙", "副局长", "leader", [
            ("食品生产许可现场核查放宽", "高", "核查两人以上，结果集体审定。", "已落实"),
            ("特种设备检验机构推荐", "中", "不推荐、不指定检验机构。", "已落实"),
        ]),
        ("可地延珺", "市场监管员", "general", [
            ("农贸市场检查收受商户好处", "中", "检查双随机，签订廉洁承诺书。", "未发现问题"),
            ("快检试剂领用不登记", "低", "试剂领用台账管理。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "职　务", "填表日期", None, None)
        sh.add(who, post, "2025年9月", None, None)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施", "落实情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, "", post, who, tier, point, [], HML[lv])
        sh.add("本人签名：", None, "分管领导意见：", None, None)
        sheets.append(sh)
    return _layout(
        "zhenfeng_market_supervision_selfchecks", "http://gongsiwuyou.com/jjw/info/1011/1343.html",
        "县市场监督管理局 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 纪委 "
        "page on 谈话 of a 市场监督管理局's 副局长 and a 财政局's (a page of the kind of body, no risk table found): a "
        "title, a label row ``姓　名 | 职　务 | 填表日期`` over a row of values, then 序号/廉政风险点/风险等级 高/中/低/"
        "防控措施/``落实情况``; no type column",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    zhenfeng_audit_bureau_study_record_right_under(),
    zhenfeng_zhexiang_town_list(),
    zhenfeng_nakong_village_list(),
    zhenfeng_beipanjiang_health_centre_screening(),
    zhenfeng_second_school_list(),
    zhenfeng_natural_resources_posts(),
    zhenfeng_agriculture_bureau_group_rows(),
    zhenfeng_market_supervision_selfchecks(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch1030-inbox"))

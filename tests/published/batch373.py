"""The three-hundred-and-seventy-third batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 教育 and 体育
bodies, 富平县 (a county of 渭南 north of 西安, its staff Han) — the 县教育和体育局, two 高级中学 (迤山中学
and 立诚中学), the 县职业教育中心, the 县体育运动学校 and three 镇中心学校 (庄里, 美原, 流曲) — each handing
back the 一览表, 防控卡, 排查表, 责任清单 or 自查表 its staff typed in WPS or Excel:

- the 迤山中学's 一览表 under GROUP ROWS ``一、校级领导``, ``二、办公室``, ``三、教务处``, ``四、总务处``
  merged across (no 处室 column): ``岗位 | 姓名`` merged per person, short types, 高/中/低, a
  填表人/审核人/date line;
- the 立诚中学's 自查表, one sheet a person (tabs named by the holder): TWO ROWS OF PAIRS ``姓　名 | … |
  所在处室 | …`` and ``职　务 | … | 填表时间 | …`` above ``序号 | 风险点 | 风险类型 | 风险等级 | 防控措施 |
  自查情况``, ``…风险`` types, ``高风险/中风险/低风险``, ``本人签名： | … | 处室负责人意见：``;
- the 职业教育中心's 责任清单: ``责任科室`` merged, ``岗位`` and ``责任人`` merged per person, ``职责事项``
  before the ``廉政风险点``, no type column, ``一级风险/二级风险/三级风险``, the measures and a LAST
  ``监督责任人`` column (the 中心党总支 for the leaders' rows, the 分管副主任 or the 主任 for the 科室's);
- the 体育运动学校's 防控卡, one sheet a holder (tabs 校长, 训练科科长, 田径教练员): pairs ``姓　名 | … |
  职　务 | …`` and ``所在科室 | … | 持卡时间 | …`` above ``序号 | 风险点 | 风险等级 | 防控措施``, no type
  column, ``★★★/★★/★`` read by a ``注：`` line, ``持卡人签字： | … | 监督电话：12388``;
- the 庄里镇中心学校's 排查表 对岗不对人: ``岗位`` merged per post (no 处室), a short ``风险点`` beside a
  long ``风险表现``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names; an 编制/审核/date line;
- the 美原镇中心学校's file in two sheets: ``校级领导`` (``职务 | 姓名 | 分管工作`` merged per leader) and
  ``处室`` (``处室`` merged, ``岗位`` and ``姓名`` merged per person), 高/中/低, no type column, a
  制表/审核/date line under each;
- the 流曲镇中心学校's 一览表 under ``附件1``: ``处室 | 岗位 | 责任人`` written out on EVERY row, nothing
  merged, short types, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line.

One is harder:

- ``fuping_education_bureau_saved_filtered``: the 县教育和体育局's 岗位廉政风险防控一览表 (14 rows, six
  股室), SENT BACK AS IT WAS LAST SAVED — WITH ITS AUTOFILTER ON AND FILTERED. The list is an ordinary
  one, written out on every row so that it can be filtered (``序号 | 股室 | 岗位 | 姓名 | 廉政风险点 |
  风险类型 | 风险等级 | 防控措施``, nothing merged in the table, short types, ``一级/二级/三级``), with the
  header frozen and carrying Excel's 筛选 buttons; the last one to open it (the 计划财务股, checking its
  own rows) chose ``计划财务股`` in the ``股室`` filter and saved: the workbook stores the filter
  (``<autoFilter>`` with the ``股室`` column's criterion) and the ten rows of the other five 股室
  (局领导, 办公室, 人事股, 基础教育股, 体育股) as rows hidden by the filter, so on screen and on paper the
  list shows only 序号 7–10 under the title and above the 填表人 line. Nothing on the sheet says a row is
  withdrawn; the title is the 局's whole list. The README's 读得懂的表 knows rows hidden WITH A NOTE
  saying why (``已销号的风险点所在行已隐藏``, ROW_HIDDEN: those are no points), struck-through rows and
  words, Excel's 分类汇总 ``… 计数`` rows and a pivot table; it does not describe a sheet saved with an
  ACTIVE AUTOFILTER whose criterion hides most of the list — rows hidden not because they are done
  with but because someone looked at one 股室 — where the hidden rows are the list's points as much
  as the shown ones.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 县教育局 纪委 on 制度建设 and 风险防控 —
``三重一大``, 问责, ``校财局管``, 公用经费, 报账员 and 食堂会计, 后备干部, 基建 项目法人 招标 监理; a comment on
the 基础教育规范管理提升年 — 校园餐, 教辅征订, 校服采购, 负面清单; a Q&A on 高中资助 — 国家助学金 认定 申请表,
评审小组, 五个工作日 公示, 资助卡, 免学杂费; a paper on Germany's 跨企业职教中心 — 共享实训基地, 企业实践教学,
数字化 学习工场; a paper on a 青少年体育运动学校's ``三集中`` (集中住、集中学、集中训) and 体教结合 — 生源,
选材, 训练, 文化学习; a note on 农村中小学 午餐 — ``校财局管`` and 报账制度, 大宗原材料 ``四统`` (统招、统购、
统配、统送), 生均公用经费 and 食堂 运转; a paper on 农村中小学食堂 财务管理 业绩评价 — 食宿改善工程, 学生食堂,
经营管理; a Q&A on 农村义务教育 中小学 收费项目 — 代收费, 服务性收费, 公示, 票据) and the layout follows their
words for the unit, its parts, its posts and its risks. The rows are worded by us, the names
invented (rare Han surnames with rare given names, three characters each); every unit is a body of
富平县, named with the county's name.

Run ``python tests/published/score.py --set batch373`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a filter is a VIEW: every row of the table is a point of its 股室, post and
  holder whether the saved filter shows it or hides it (14 points, 10 forms, six 股室); the filter's
  criterion, the frozen header and the buttons are no points and name nobody; the 填表人/审核人 line
  under the table is no point;
- ``局领导`` (a 股室 cell), ``校级领导`` (a group row, the 美原 school's sheet of its leaders named so by
  its tab and title), ``校领导`` (a card's 所在科室, a 处室 cell) and ``中心领导`` (a 责任科室 cell) are the
  科室 of those leaders; a 局's 股 and 办公室, a school's 处 and 办公室, a 中心's 科 and 财务室, the 体校's
  训练科 and a 年级组 are 科室; a group row ``三、教务处`` gives the 科室 ``教务处`` (its number left off); the
  庄里镇中心学校's list has no 处室: its posts stand without a 科室;
- every school and the 中心 is a unit of its own (a 镇中心学校 too, named ``富平县庄里镇中心学校``): 局长,
  副局长, 校长, 副校长, the 中心's 主任 and 副主任 are leaders; 股长, 科长, a 处's or the 办公室's 主任 and a
  镇中心学校's 教导主任 and 总务主任 middle; the rest (科员, 会计, 出纳, 干事, 保管员, 食堂管理员, 报账员,
  资助专干, 班主任, 实训教师, 教练员, 少先队辅导员) general;
- ``风险点 | 风险表现`` (the 庄里 school's list): the point is the short 风险点; ``分管工作``, ``职责事项``,
  ``持卡时间``, ``填表时间`` and ``自查情况`` are no points and name no holder; the 职业教育中心's LAST
  ``监督责任人`` column names a supervisor (the holder is ``责任人``); the 庄里 school's list names no
  person: its forms are posts (对岗不对人);
- ``一级/二级/三级``, 高/中/低, ``高风险/中风险/低风险``, ``一级风险/二级风险/三级风险``, ``★★★/★★/★``
  (read by the cards' note), ``Ⅰ级/Ⅱ级/Ⅲ级`` and bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the 流曲 school's note) are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (this module's ``write_xlsx``: ``batch44``'s
cells plus an autofilter, its criterion, a frozen header and hidden rows where a sheet asks for them)
and ``truth.json``; no re-saved copies (an ``.xls`` or ``.ods`` copy would keep the hidden rows but
not necessarily the filter).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import xlsxwriter

from published.batch44 import _put
from published.batch60 import _line, _merge_down
from published.batch287 import _per_person
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b373_"
PLACE = "富平县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"


# --------------------------------------------------------------------------- harder layout

FILTER_UNIT = f"{PLACE}教育和体育局"
FILTER_HEAD = ("序号", "股室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
FILTER_SHOWN = "计划财务股"
# (股室, 岗位, 姓名, tier, 廉政风险点, 风险类型, 风险等级, 防控措施) — one row a point, written out
FILTER_ROWS = [
    ("局领导", "局长", "綦沛峋", "leader", "教育系统“三重一大”事项不经党组会集体研究，个人说了算", "制度机制", "一级",
     "“三重一大”事项党组会集体决策，会议纪要存档备查。"),
    ("局领导", "局长", "綦沛峋", "leader", "学校校长选拔任用中搞个人意志，带病提拔", "岗位职责", "一级",
     "校长选任经民主推荐、组织考察、党组研究，任前公示。"),
    ("局领导", "副局长", "郜澜舟", "leader", "学校基建项目招标中打招呼、插手干预", "外部环境", "一级",
     "基建项目全部进入公共资源交易平台，干预插手登记报告。"),
    ("办公室", "主任", "禚翎瑄", "middle", "公务接待超标准、陪餐人数超规定", "制度机制", "三级",
     "接待先审批后接待，接待清单按月公示。"),
    ("人事股", "股长", "厍绛沣", "middle", "教师公开招聘资格审查把关不严，优亲厚友", "岗位职责", "一级",
     "资格审查两人以上，审查结果公示。"),
    ("人事股", "股长", "厍绛沣", "middle", "教师交流轮岗和职称推荐暗箱操作", "思想道德", "二级",
     "交流轮岗方案和职称推荐结果全系统公示。"),
    ("计划财务股", "股长", "笪涵璐", "middle", "学校公用经费不按生均标准核定拨付", "制度机制", "二级",
     "公用经费按生均标准测算，分配结果局务会审定并公开。"),
    ("计划财务股", "股长", "笪涵璐", "middle", "“校财局管”中学校报账审核走过场", "业务流程", "二级",
     "报账单据逐笔审核，每学期抽查学校账务。"),
    ("计划财务股", "会计", "仉沁棠", "general", "学校报账票据审核不严，虚列支出", "业务流程", "二级",
     "报账票据经办、审核、审批三签，问题票据登记退回。"),
    ("计划财务股", "出纳", "郏雨荨", "general", "资金支付不按审批程序，公款私存", "思想道德", "一级",
     "资金支付凭审批单办理，银行账户每月对账。"),
    ("基础教育股", "股长", "妫景澹", "middle", "义务教育招生划片和转学审批中违规操作", "岗位职责", "一级",
     "划片范围和转学条件公开，审批结果集体审核。"),
    ("基础教育股", "股长", "妫景澹", "middle", "教辅资料征订中收受回扣", "外部环境", "二级",
     "教辅征订坚持自愿原则，书目经集体研究并公示。"),
    ("体育股", "股长", "蔺朔岩", "middle", "全民健身器材采购验收不严，以次充好", "业务流程", "二级",
     "器材验收由使用单位、体育股、纪检人员共同参加。"),
    ("体育股", "科员", "酆晓湉", "general", "体育赛事经费报销虚列项目", "思想道德", "三级",
     "赛事经费事前预算、事后结报，票据逐项核对。"),
]  # fmt: skip


def fuping_education_bureau_saved_filtered() -> dict:
    unit = FILTER_UNIT
    sh = _Sheet("一览表", [6, 12, 8, 9, 38, 10, 9, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    head = sh.add(*FILTER_HEAD)
    hidden = []
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(FILTER_ROWS, 1):
        r = sh.add(n, dept, post, who, point, typ, lv, measures)
        if dept != FILTER_SHOWN:
            hidden.append(r)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    last = len(sh.rows) - 1
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年9月", None)
    lay = _layout(
        "fuping_education_bureau_saved_filtered", "http://qdubb.cn/html/2015/tiewanfanfu_0906/9942.html",
        "(harder) 县教育和体育局 岗位廉政风险防控一览表, after the source's 县教育局 纪委 on 制度建设 and 风险防控 (“三重一大”, 问责, "
        "校财局管, 公用经费, 报账员, 后备干部, 基建 招标 监理): a title, 序号/股室/岗位/姓名/廉政风险点/风险类型 (short names)/风险等级 "
        "``一级/二级/三级``/防控措施 written out on every row (nothing merged), the header frozen; SAVED WITH ITS AUTOFILTER ON AND "
        "``股室`` FILTERED TO ``计划财务股``: the ten rows of the other five 股室 (局领导, 办公室, 人事股, 基础教育股, 体育股) are rows "
        "hidden by the filter, only 序号 7–10 show; no note on the sheet; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip
    sheet = lay["sheets"][0]
    sheet["autofilter"] = (head, 0, last, len(FILTER_HEAD) - 1)
    sheet["filter"] = (FILTER_HEAD.index("股室"), [FILTER_SHOWN])
    sheet["freeze"] = head + 1
    sheet["hidden_rows"] = hidden
    return lay


# --------------------------------------------------------------------------- ordinary layouts


def fuping_yishan_high_school_group_rows() -> dict:
    unit = f"{PLACE}迤山中学"
    sh = _Sheet("一览表", [6, 12, 9, 38, 10, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、校级领导", "校级领导", [
            ("校长", "訾砚翀", "leader", [
                ("学校“三重一大”事项不经校务会集体决策", "制度机制", "高", "“三重一大”事项校务会集体研究，纪要存档。"),
                ("校服选用采购中指定供应商", "外部环境", "高", "校服选用经家长委员会参与，采购结果公示。"),
            ]),
            ("副校长", "苌岫珉", "leader", [
                ("校园餐食材供应商选定不公开", "业务流程", "高", "食材供应商公开比选，家长代表参与监督。"),
            ]),
        ]),
        ("二、办公室", "办公室", [
            ("主任", "璩梦涯", "middle", [
                ("公务接待和公车使用超标准", "制度机制", "低", "接待和用车事前审批，按月公开。"),
            ]),
        ]),
        ("三、教务处", "教务处", [
            ("主任", "缑知澜", "middle", [
                ("教辅资料征订中强制或变相强制学生购买", "岗位职责", "高", "教辅征订坚持自愿，征订目录和数量公示。"),
                ("评优评先和职称推荐不公开", "思想道德", "中", "推荐条件量化赋分，推荐结果公示。"),
            ]),
            ("干事", "汲芷芃", "general", [
                ("学籍信息变更把关不严", "业务流程", "中", "学籍变更材料两人审核，变更记录存档。"),
            ]),
        ]),
        ("四、总务处", "总务处", [
            ("主任", "仝峻熹", "middle", [
                ("校舍维修工程化整为零规避招标", "业务流程", "高", "维修项目按限额标准招标，结算送审。"),
            ]),
            ("保管员", "郦采蘩", "general", [
                ("物资出入库不登记，账实不符", "岗位职责", "低", "物资出入库逐笔登记，每学期盘点。"),
            ]),
            ("食堂管理员", "佴曙岚", "general", [
                ("食堂食材验收以次充好、虚报数量", "业务流程", "中", "食材验收过磅留痕，验收单三人签字。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, dept, people in groups:
        _line(sh, shown, 7)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for point, typ, lv, measures in points:
                n += 1
                sh.add(n, post, who, point, typ, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("填表人：", None, None, "审核人：", None, "2025年9月", None)
    return _layout(
        "fuping_yishan_high_school_group_rows", "https://www.163.com/dy/article/KBONVSF1055612FX.html",
        "县高级中学 岗位廉政风险防控一览表, after the source's comment on the 基础教育规范管理提升年 (校园餐, 教辅征订, 校服采购, "
        "负面清单): a title, 序号/岗位/姓名/风险点/风险类型 (short names)/风险等级 高/中/低/防控措施 under GROUP ROWS ``一、校级领导``, "
        "``二、办公室``, ``三、教务处``, ``四、总务处`` merged across (no 处室 column); 岗位 and 姓名 merged per person; a "
        "填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def fuping_licheng_high_school_selfchecks() -> dict:
    unit = f"{PLACE}立诚中学"
    t = _Truth(unit)
    people = [
        ("闾霁筠", "政教处", "主任", "middle", [
            ("家庭经济困难学生认定把关不严，优亲厚友", "岗位职责风险", "高风险", "认定经班级评议、学校评审两级审核。", "已落实"),
            ("国家助学金拟资助名单不按规定公示", "制度机制风险", "中风险", "拟资助名单校内公示不少于五个工作日。", "已落实"),
        ]),
        ("檀溪沄", "政教处", "资助专干", "general", [
            ("虚报受助学生，冒领国家助学金", "思想道德风险", "高风险", "受助名单与学籍系统比对，资金直达学生资助卡。", "已落实"),
            ("代领代管学生资助卡", "业务流程风险", "中风险", "资助卡由学生或家长本人开卡激活，发放登记签字。", "正在整改"),
        ]),
        ("宓兰澍", "财务室", "会计", "general", [
            ("免学杂费减免数据与学籍不符，多报补助资金", "业务流程风险", "高风险", "减免名单与注册学籍逐人核对，报教体局审核。", "已落实"),
            ("收费票据管理不严，收费不入账", "制度机制风险", "低风险", "票据领用核销登记，收费当日入账。", "已落实"),
        ]),
        ("勾清漪", "高一年级组", "班主任", "general", [
            ("班级资助评议中搞平均分配、轮流坐庄", "思想道德风险", "中风险", "评议小组含学生代表，评议记录存档。", "已落实"),
            ("收受学生家长礼品礼金", "外部环境风险", "低风险", "签订廉洁从教承诺书，节前廉洁提醒。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 36, 13, 10, 32, 10])
        _line(sh, f"{unit}个人廉政风险自查表", 6)
        sh.add(f"姓{GAP}名", who, "所在处室", dept, None, None)
        sh.add(f"职{GAP}务", post, "填表时间", "2025年9月", None, None)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", "自查情况")
        for i, (point, typ, lv, measures, state) in enumerate(points, 1):
            sh.add(i, point, typ, lv, measures, state)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), BANDS[lv])
        sh.add()
        sh.add("本人签名：", None, None, "处室负责人意见：", None, None)
        sheets.append(sh)
    return _layout(
        "fuping_licheng_high_school_selfchecks", "https://m.daxuejiayou.com/1220131503.html",
        "县高级中学 个人廉政风险自查表, one sheet a person (tabs named by the holder), after the source's Q&A on 高中资助 (国家助学金 "
        "认定申请表, 评审小组, 五个工作日 公示, 资助卡, 免学杂费): a title, TWO ROWS OF PAIRS ``姓　名 | … | 所在处室 | …`` and "
        "``职　务 | … | 填表时间 | …``, then 序号/风险点/风险类型 ``…风险``/风险等级 ``高风险/中风险/低风险``/防控措施/``自查情况``; a "
        "blank row and ``本人签名： | 处室负责人意见：``",
        sheets, t,
    )  # fmt: skip


VOC_CHIEF, VOC_DEPUTY = "冀稷禾", "粟岷骁"


def fuping_vocational_center_duties() -> dict:
    unit = f"{PLACE}职业教育中心"
    sh = _Sheet("责任清单", [6, 12, 10, 9, 16, 36, 10, 32, 12])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 9)
    sh.add(
        "序号",
        "责任科室",
        "岗位",
        "责任人",
        "职责事项",
        "廉政风险点",
        "风险等级",
        "防控措施",
        "监督责任人",
    )
    rows = [
        ("中心领导", "主任", VOC_CHIEF, "leader", "中心党总支", [
            ("重大事项决策", "共享实训基地建设项目不经班子集体研究确定", "一级风险", "建设项目经班子会集体研究，纪要存档。"),
            ("校企合作", "合作企业选择中搞利益输送", "一级风险", "合作企业公开遴选，合作协议经法律审核。"),
        ]),
        ("中心领导", "副主任", VOC_DEPUTY, "leader", "中心党总支", [
            ("招生工作", "招生中违规向介绍人支付生源费", "一级风险", "招生宣传统一组织，严禁有偿招生。"),
        ]),
        ("实训科", "科长", "揭屿铎", "middle", VOC_DEPUTY, [
            ("实训设备采购", "实训设备采购参数设置倾向特定品牌", "一级风险", "采购参数经专业组论证，需求公开征求意见。"),
            ("实训耗材管理", "实训耗材领用登记不实", "三级风险", "耗材按课时定额领用，每月核对。"),
        ]),
        ("实训科", "实训教师", "帅芸岫", "general", VOC_DEPUTY, [
            ("企业实践安排", "学生企业实践岗位安排中收受企业好处费", "二级风险", "实践岗位由科室集体研究安排，学生书面确认。"),
        ]),
        ("教务科", "科长", "滑翊宸", "middle", VOC_DEPUTY, [
            ("技能考核", "职业技能等级考核中降低标准", "二级风险", "考核考评分离，考核过程录像存档。"),
            ("兼职教师聘用", "企业兼职教师课酬核定不实", "三级风险", "课酬按实际课时核定，教务、财务双审核。"),
        ]),
        ("财务室", "会计", "茹蔓菁", "general", VOC_CHIEF, [
            ("资助资金管理", "中职免学费和国家助学金资金不按注册学籍核算", "一级风险", "资助名单与学籍系统比对，按学期公示。"),
        ]),
        ("财务室", "出纳", "相子湄", "general", VOC_CHIEF, [
            ("收入管理", "培训和技能鉴定收入不及时入账", "三级风险", "收入当日入账，票据连号使用。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, watcher, points in rows:
        for duty, point, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, duty, point, lv, measures, watcher)
            t.point(sh.name, dept, post, who, tier, point, [], RISKS[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年9月", None, None)
    return _layout(
        "fuping_vocational_center_duties", "http://www.handmsg.com/page/2018/0124/4720802.shtml",
        "县职业教育中心 廉政风险防控责任清单, after the source's paper on Germany's 跨企业职教中心 (共享实训基地, 企业实践教学, 数字化 "
        "学习工场): a title, 序号/``责任科室`` merged (中心领导, 实训科, 教务科, 财务室)/岗位 and ``责任人`` merged per person/``职责事项``/"
        "廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施/a LAST ``监督责任人`` column (``中心党总支`` on the leaders' rows, the "
        "分管副主任 or the 主任 on the others); no type column; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def fuping_sports_school_cards() -> dict:
    unit = f"{PLACE}体育运动学校"
    t = _Truth(unit)
    cards = [
        ("校长", "暴骋川", "校长", "校领导", "leader", [
            ("运动员选材招生中收受家长财物", "★★★", "选材测试项目和结果公开，招生名单集体研究。"),
            ("训练器材和运动服装采购不经集体研究", "★★★", "采购经校务会研究，公开比价。"),
            ("运动员伙食补助资金截留挪用", "★★", "伙食补助专账核算，按月公示。"),
        ]),
        ("训练科科长", "隋鹰扬", "科长", "训练科", "middle", [
            ("参赛运动员选拔不公，以关系定人选", "★★★", "参赛选拔以测试成绩为准，名单公示。"),
            ("比赛经费和差旅费虚报冒领", "★★", "经费事前预算，报销附参赛通知和名单。"),
        ]),
        ("田径教练员", "满跃峤", "田径教练员", "训练科", "general", [
            ("运动员等级称号申报材料弄虚作假", "★★★", "申报材料训练科审核，成绩证明存档。"),
            ("向运动员家长索要训练辅导费用", "★★", "严禁有偿训练，公布监督电话。"),
            ("接受运动员家长宴请", "★", "签订廉洁执教承诺书，节前廉洁提醒。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, dept, tier, points in cards:
        sh = _Sheet(tab, [6, 38, 10, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", post)
        sh.add("所在科室", dept, "持卡时间", "2025年9月")
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(points, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, dept, post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人签字：", None, "监督电话：12388", None)
        sheets.append(sh)
    return _layout(
        "fuping_sports_school_cards", "http://m.handmsg.com/page/2019/0509/11579583.shtml",
        "县体育运动学校 岗位廉政风险防控卡, one sheet a holder (tabs 校长, 训练科科长, 田径教练员), after the source's paper on a "
        "青少年体育运动学校's 三集中 (集中住、集中学、集中训) and 体教结合 (生源, 选材, 训练): a title, PAIRS ``姓　名 | … | 职　务 | …`` and "
        "``所在科室 | … | 持卡时间 | …``, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施, no type column; a merged ``注：`` line on the "
        "stars and ``持卡人签字： | 监督电话：12388``",
        sheets, t,
    )  # fmt: skip


def fuping_zhuangli_town_school_posts() -> dict:
    unit = f"{PLACE}庄里镇中心学校"
    sh = _Sheet("排查表", [6, 11, 18, 36, 13, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("校长", "leader", [
            ("营养改善计划资金使用", "营养餐专项资金挪作他用，用于学校其他开支", "制度机制风险", "Ⅰ级",
             "营养餐资金专账核算，每学期公示收支。"),
            ("食堂从业人员聘用", "安排亲属在学校食堂从业或参与采买", "思想道德风险", "Ⅱ级", "食堂从业人员聘用名单报镇教办备案并公示。"),
        ]),
        ("总务主任", "middle", [
            ("大宗食材统配验收", "验收时不过磅、不核对，与配送企业串通以次充好", "业务流程风险", "Ⅰ级",
             "统配食材三人验收，过磅记录和照片留存。"),
            ("生均公用经费使用", "公用经费开支不按预算，用于发放福利", "制度机制风险", "Ⅱ级", "公用经费按预算执行，支出经校务会审定。"),
        ]),
        ("报账员", "general", [
            ("校财局管报账", "报账票据不真实，拆分票据规避审批", "岗位职责风险", "Ⅱ级", "票据逐张审核，报账前校长审签。"),
            ("现金和账户管理", "坐支现金，学校资金存入个人账户", "思想道德风险", "Ⅰ级", "现金日清月结，严禁个人账户收付。"),
        ]),
        ("食堂管理员", "general", [
            ("食材出入库", "出入库登记不实，虚报食材用量", "业务流程风险", "Ⅱ级", "出入库日清，用量与就餐人数比对。"),
            ("剩余食材处置", "剩余食材私自处理、变卖", "外部环境风险", "Ⅲ级", "剩余食材登记处置，总务处抽查。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, tier, points in rows:
        for point, desc, typ, lv, measures in points:
            n += 1
            sh.add(n, post, point, desc, typ, lv, measures)
            t.point(sh.name, "", post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add("编制：", None, "审核：", None, None, "2025年9月", None)
    return _layout(
        "fuping_zhuangli_town_school_posts", "http://m.wljyyjy.com/XiaoXueZiXun/328114.html",
        "镇中心学校 岗位廉政风险点排查表 对岗不对人, after the source's note on 农村中小学 午餐 (校财局管 and 报账制度, 大宗原材料 四统 "
        "统招 统购 统配 统送, 生均公用经费, 食堂 运转): a title, 序号/岗位 merged per post (no 处室)/a short 风险点/a long ``风险表现``/"
        "风险类型 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; an ``编制： | 审核： | 2025年9月`` line",
        [sh], t,
    )  # fmt: skip


def fuping_meiyuan_town_school_two_sheets() -> dict:
    unit = f"{PLACE}美原镇中心学校"
    t = _Truth(unit)
    lead = _Sheet("校级领导", [6, 9, 9, 24, 36, 9, 32])
    _line(lead, f"{unit}校级领导廉政风险防控表", 7)
    lead.add("序号", "职务", "姓名", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("校长", "邴玉琮", "主持全面工作，分管财务", [
            ("学校食宿改善工程项目发包搞个人说了算", "高", "项目发包经校务会研究，按规定程序招标。"),
            ("教师绩效工资分配方案不经教代会通过", "中", "分配方案提交教代会审议，结果公示。"),
        ]),
        ("副校长", "沃若霖", "分管后勤和安全", [
            ("寄宿生生活补助发放名单审核不严", "中", "补助名单班级评议、学校审核、公示。"),
            ("食堂物资采购中接受供货商宴请", "低", "严守中央八项规定精神，节前廉洁提醒。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for post, who, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, post, who, work, point, lv, measures)
            t.point(lead.name, lead.name, post, who, "leader", point, [], HML[lv])
    _merge_down(lead, first, [(c, lambda row: row[2]) for c in (1, 2, 3)])
    lead.add("制表：", None, None, "审核：", None, "2025年9月", None)
    dept = _Sheet("处室", [6, 12, 10, 9, 36, 9, 32])
    _line(dept, f"{unit}处室岗位廉政风险防控表", 7)
    dept.add("序号", "处室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("教导处", "教导主任", "鞠澄溪", "middle", [
            ("期末质量检测组织中泄露试题", "中", "试题专人保管，考务人员签订保密承诺。"),
            ("教师外出培训名额分配不公", "低", "培训名额按学科轮流安排，名单公示。"),
        ]),
        ("总务处", "总务主任", "帅绍廷", "middle", [
            ("学生食堂伙食费收支不单独核算", "高", "伙食费专账核算，收支每月公示。"),
        ]),
        ("总务处", "保管员", "伊沐宸", "general", [
            ("寄宿生被褥等物资发放登记不实", "中", "物资发放学生签字，每学期盘点。"),
        ]),
    ]  # fmt: skip
    first = len(dept.rows)
    n = 0
    for d, post, who, tier, points in rows:
        for point, lv, measures in points:
            n += 1
            dept.add(n, d, post, who, point, lv, measures)
            t.point(dept.name, d, post, who, tier, point, [], HML[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：", None, None, "审核：", None, "2025年9月", None)
    return _layout(
        "fuping_meiyuan_town_school_two_sheets",
        "https://www.ppdoc.com/periodical/021bb06b715dc2b359f780191e03ac9d.html",
        "镇中心学校 廉政风险防控表 in two sheets, after the source's paper on 农村中小学食堂 财务管理 业绩评价 (食宿改善工程, 学生食堂, "
        "经营管理): ``校级领导`` (a title, 序号/职务, 姓名 and 分管工作 merged per leader/廉政风险点/风险等级 高/中/低/防控措施; a "
        "制表/审核/date line) and ``处室`` (a title, 序号/处室 merged/岗位 and 姓名 merged per person/…; the same line); no type "
        "column",
        [lead, dept], t,
    )  # fmt: skip


def fuping_liuqu_town_school_every_row() -> dict:
    unit = f"{PLACE}流曲镇中心学校"
    sh = _Sheet("一览表", [6, 10, 12, 9, 38, 10, 8, 32])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "处室", "岗位", "责任人", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("校领导", "校长", "冉亭樾", "leader", "代收费项目未经审批擅自设立", "制度机制", "Ⅰ", "代收费项目报教体局审批，收费前公示。"),
        ("校领导", "副校长", "雍湛溪", "leader", "课后服务收费标准和退费情况不公开", "业务流程", "Ⅱ", "收费标准和退费结果按学期公示。"),
        ("教导处", "教导主任", "栾映川", "middle", "强制学生购买教辅资料", "岗位职责", "Ⅰ", "教辅资料自愿征订，家长签字确认。"),
        ("教导处", "教导主任", "栾映川", "middle", "学生转学、插班审批中违规收取费用", "外部环境", "Ⅱ", "转学插班条件公开，审批结果备案。"),
        ("总务处", "会计", "谯蕴晗", "general", "代收费收支不公开，结余不退", "业务流程", "Ⅱ", "代收费专账核算，学期末结算退还。"),
        ("总务处", "会计", "谯蕴晗", "general", "服务性收费收入不入账，设立“小金库”", "思想道德", "Ⅰ", "收入全部纳入学校账户，每学期审计。"),
        ("总务处", "出纳", "羿星澜", "general", "收费票据领用核销不全", "制度机制", "Ⅲ", "票据领用登记，按月核销。"),
        ("德育处", "少先队辅导员", "阚予菲", "general", "学生评优推荐中收受家长礼品", "思想道德", "Ⅲ", "评优条件公开，推荐结果公示。"),
    ]  # fmt: skip
    for i, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(i, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), BARE[lv])
    _line(sh, "注：风险等级Ⅰ为高风险，Ⅱ为中风险，Ⅲ为低风险。", 8)
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年9月", None)
    return _layout(
        "fuping_liuqu_town_school_every_row", "https://m.fbs.qq.com/read/1037666999/121",
        "镇中心学校 岗位廉政风险防控一览表, after the source's Q&A on 农村义务教育 中小学 收费项目 (代收费, 服务性收费, 公示, 票据): "
        "``附件1``, a title, 序号/处室/岗位/责任人 written out on EVERY row (nothing merged)/风险点/风险类型 (short names)/风险等级 bare "
        "``Ⅰ/Ⅱ/Ⅲ``/防控措施; a ``注：`` line on the grades and a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    fuping_education_bureau_saved_filtered(),
    fuping_yishan_high_school_group_rows(),
    fuping_licheng_high_school_selfchecks(),
    fuping_vocational_center_duties(),
    fuping_sports_school_cards(),
    fuping_zhuangli_town_school_posts(),
    fuping_meiyuan_town_school_two_sheets(),
    fuping_liuqu_town_school_every_row(),
]

RESAVED: tuple[str, ...] = ()


# --------------------------------------------------------------------------- writing


def write_xlsx(layout: dict, path: Path) -> Path:
    """``batch44.write_xlsx`` (bordered 宋体 cells, dates, taller rows for Alt+Enter) plus, where a
    sheet asks for them, an ``autofilter`` range (r0, c0, r1, c1), its ``filter`` (column, values
    shown), a header frozen above row ``freeze`` and the ``hidden_rows`` the filter hides — as
    Excel leaves a sheet saved while filtered."""
    options = {
        "strings_to_formulas": False,
        "strings_to_urls": False,
        "strings_to_numbers": False,
        "in_memory": True,
    }  # (no temporary file per part)
    wb = xlsxwriter.Workbook(str(path), options)
    wb.set_properties({"created": datetime(2025, 9, 1, 9, 0, 0), "author": "Administrator"})
    base = {
        "text_wrap": True,
        "valign": "vcenter",
        "font_name": "宋体",
        "font_size": 10,
        "border": 1,
    }
    fmt = wb.add_format(base)
    date_fmt = wb.add_format({**base, "num_format": 'yyyy"年"m"月"d"日"'})
    for sheet in layout["sheets"]:
        ws = wb.add_worksheet(sheet["name"])
        for c, w in enumerate(sheet.get("widths") or []):
            ws.set_column(c, c, w)
        hidden = set(sheet.get("hidden_rows") or ())
        covered = {(r, c) for r0, c0, r1, c1 in sheet["merges"] for r in range(r0, r1 + 1)
                   for c in range(c0, c1 + 1)}  # fmt: skip
        for r, row in enumerate(sheet["rows"]):
            lines = max((str(v).count("\n") + 1 for v in row if isinstance(v, str)), default=1)
            if r in hidden:
                ws.set_row(r, None, None, {"hidden": True})
            elif lines > 1:
                ws.set_row(r, 14 * lines)
            for c, v in enumerate(row):
                if v is None or (r, c) in covered:
                    continue
                _put(ws, (fmt, date_fmt), r, c, v)
        for r0, c0, r1, c1 in sheet["merges"]:
            row = sheet["rows"][r0]
            v = row[c0] if c0 < len(row) else None
            ws.merge_range(r0, c0, r1, c1, "", date_fmt if isinstance(v, datetime) else fmt)
            if v is not None:
                _put(ws, (fmt, date_fmt), r0, c0, v)
        if sheet.get("autofilter"):
            ws.autofilter(*sheet["autofilter"])
        if sheet.get("filter"):
            col, shown = sheet["filter"]
            ws.filter_column_list(col, list(shown))
        if sheet.get("freeze"):
            ws.freeze_panes(sheet["freeze"], 0)
    wb.close()
    return path


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with this module's ``write_xlsx`` (a filtered sheet)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch373-inbox"))

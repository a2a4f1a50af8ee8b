"""A hundred-and-forty-eighth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: FILES AS THEY REALLY ARRIVE FROM COUNTY BODIES NO EARLIER
BATCH USED — a 就业训练中心, a 拘留所, a 农机安全监理站, a 电子商务服务中心, a 森林病虫害防治检疫站, a 社会救助
服务中心, an 汽车客运站, a 水资源管理所 and a 中心血库 — each handing back its ordinary 一览表, 排查表, 清单 or
personal 自查表 the way its staff typed it, every one of them a body of 乐至县 (a county of Sichuan,
so many holders bear the province's own surnames: 税, 但, 母, 代, 先, 么, 青, 卿, 敬 …, and one
the Yi name ``吉克曲尔``):

- the 拘留所's 排查表 with NO 科室 column, the holders under ``责任民警``, the post 看守民警 held by two
  people written in one cell (``召晚舟、吉克曲尔``), ``…风险`` types, 高/中/低;
- the 农机安全监理站's 自查表, one per person, on the sheets Excel names when a sheet is copied:
  ``Sheet1``, ``Sheet1 (2)``, ``Sheet1 (3)`` — each with its own ``姓名 | … | 所在股室 | … | 职务 | …``
  line — and the untouched ``Sheet2`` and ``Sheet3`` left empty after them;
- the 电子商务服务中心's 一览表 whose 风险点 cells hold two items each on some rows (``①…；②…``, one
  level for the cell), ``一级/二级/三级``, no type column;
- the 森林病虫害防治检疫站's 排查表 with a ``任现岗时间`` column of Excel date cells (merged per person)
  between the holder and the point, ``★★★/★★/★`` with the note that reads them;
- the 社会救助服务中心's 清单 对岗不对人: NO 科室 column, the rows under section lines (``一、最低生活保障``,
  ``二、特困人员供养``, ``三、临时救助``), the post in a last ``责任岗位`` column written with its 股
  (``低保股股长``, ``低保股入户调查员``, ``中心主任``);
- the 汽车客运站's 一览表 whose 科室 column is headed ``班组（科室）`` (站领导, 票务班, 安检班, 调度室, 财务室),
  levels ``A级/B级/C级`` with the note under the table that reads them, a date cell after ``填报日期：``;
- the 水资源管理所's 排查表 with a RISK MATRIX: ``风险评估`` over ``可能性 | 危害程度 | 综合评定`` — the level
  column headed ``综合评定``, the likelihood written 高/中/低 too (and not the level on most rows), the
  harm 严重/较重/一般, a note under the table saying 综合评定 is the 风险等级;
- the 中心血库's 自查表, one per person, whose fields stand as a row of labels (``姓名 | 性别 | 出生年月 |
  政治面貌 | 所在科室 | 职务 | 填表日期``) over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, a ``备注`` column.

One is harder:

- ``employment_center_paired_posts``: the 就业训练中心's 一览表 where two posts of a 部门 and their two
  holders share rows: the 岗位 cell ``招生员、班主任`` beside the 姓名 cell ``母苇航、代沅芷``, ``会计、出纳``
  beside ``么若澄、青蔓菁`` — the first name holds the first post, the second the second, and each
  holds every point of those rows.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a county's 职业技能培训 送培训下乡 and
its 交通食宿补助; a county's new 拘留所 and its 拘室; a 农机安全监理分站's 田检路查, 注册登记, 年审年检 and
驾驶证管理; Sichuan's 电子商务进农村综合示范县 with their 县级电商服务中心 and 乡村服务站; a 森防站's 疫木
检疫执法; a Sichuan county 民政局's 入户调查 for 低保 and 特困供养; a 客运站's 制度汇编 with its 安检员 and 车辆安全例检员;
a Sichuan county's 最严格水资源管理 (水资源论证, 取水许可, 水资源费); the 血站技术操作规程) and the layout
follows their words. The rows are worded by us, the names invented.

Run ``python tests/published/score.py --set batch148`` and do not tune the reader against it, or
it stops being held out. No LibreOffice re-saved copies are kept for this batch (prefix ``b148_``).

Judgement calls this batch leans on, beyond those of the earlier batches:

- a 岗位 cell naming two posts beside a 姓名 cell naming two people (``会计、出纳 | 么若澄、青蔓菁``)
  pairs them in order: 么若澄 is the 会计, 青蔓菁 the 出纳, and each holds the row's points (two
  forms, each with the same points); two people under ONE post (``看守民警 | 召晚舟、吉克曲尔``) are
  two holders of that post, as batch108 settled;
- a list without a 科室 column keeps each post as written, its 股 in it (``低保股股长`` with department
  ""), and its section lines (``一、最低生活保障``) are kinds of the work, no 科室;
- sheets named ``Sheet1 (2)``, ``Sheet1 (3)`` that carry their own 姓名 are their own people's forms,
  not continuations of ``Sheet1``;
- ``任现岗时间``, ``可能性``, ``危害程度``, ``备注`` and the personal forms' 性别, 出生年月, 政治面貌 are no
  point, no level and no holder; the level of a matrix row is its ``综合评定`` (the note says so);
- a point cell ``①…；②…`` with one level is one point, its whole text;
- 主任 and 副主任 of a 中心, 所长, 副所长 and the 拘留所's 教导员, 站长 and 副站长 are leaders; 部长, 股长,
  班长, 科长 and the 调度室's 主任 middle; the rest general.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, row
heights, date cells) and writes ``truth.json``.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b148_"
PLACE = "乐至县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
LETTERS = {"A级": 1, "B级": 2, "C级": 3}
RESAVED: tuple[str, ...] = ()


def _person_rows(sh: _Sheet, first: int, dept_col: int, cols: tuple[int, ...]) -> None:
    """Merge the 科室 column over its runs and ``cols`` over each person's rows (the 科室 and
    the values of ``cols`` the same)."""
    per_person = lambda row: (row[dept_col], *(row[c] for c in cols))  # noqa: E731
    _merge_down(
        sh, first, [(dept_col, lambda row: row[dept_col])] + [(c, per_person) for c in cols]
    )


# --------------------------------------------------------------------------- harder layout


def employment_center_paired_posts() -> dict:
    unit = f"{PLACE}就业训练中心"
    sh = _Sheet("Sheet1", [6, 10, 14, 16, 34, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 8)
    r = sh.add(None, None, None, None, None, "填报时间：2024年11月", None, None)
    sh.merge(r, 5, r, 7)
    sh.add("序号", "部门", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", ("主任",), ("税澜舟",), ("leader",),
         "定点培训机构资格认定不经集体研究,向关系机构倾斜", "制度机制", "高",
         "定点培训机构认定经主任办公会集体研究,认定结果公示。"),
        ("中心领导", ("主任",), ("税澜舟",), ("leader",),
         "职业培训补贴资金拨付审批把关不严", "岗位职责", "高",
         "补贴资金凭培训合格名单和就业回访结果拨付,实行双人审签。"),
        ("中心领导", ("副主任",), ("但砚池",), ("leader",),
         "培训教材、实训耗材采购指定供应商", "外部环境", "中",
         "采购三家以上比价,验收由培训部和办公室共同签字。"),
        ("培训部", ("招生员", "班主任"), ("母苇航", "代沅芷"), ("general", "general"),
         "培训学员花名册虚报人数、冒名顶替套取补贴", "业务流程", "高",
         "学员实名签到、人脸识别考勤,花名册与身份证、社保信息比对。"),
        ("鉴定部", ("考评员",), ("先霁岷",), ("general",),
         "技能鉴定考核放宽标准,违规发放职业技能等级证书", "岗位职责", "中",
         "考评员随机派遣,考核全程录像,成绩复核后公示。"),
        ("办公室", ("会计", "出纳"), ("么若澄", "青蔓菁"), ("general", "general"),
         "学员交通食宿补助发放与签领名单不符", "制度机制", "中",
         "补助通过社保卡发放,发放名单与签到表逐人核对。"),
        ("办公室", ("会计", "出纳"), ("么若澄", "青蔓菁"), ("general", "general"),
         "现金、票据保管不善,坐收坐支", "思想道德", "低",
         "现金日清月结,票据专人保管、领用登记。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, posts, people, tiers, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, "、".join(posts), "、".join(people), point, typ, lv, measures)
        for post, who, tier in zip(posts, people, tiers, strict=True):
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _person_rows(sh, first, 1, (2, 3))
    sh.add()
    sh.add("填报人:", None, None, "审核人:", None, None, None, None)
    return _layout(
        "employment_center_paired_posts", "http://www.zgcqxs.net/show/news/15494.html",
        "(harder) 县就业训练中心 岗位廉政风险点一览表 after the source's report of a county's 职业技能培训 (送培训下乡, "
        "开班, 建卡贫困户 taking part, their 交通食宿补助 paid out): title, a ``填报时间：2024年11月`` cell, then 序号/"
        "部门 merged (中心领导, 培训部, 鉴定部, 办公室)/岗位/姓名 — the two merged per person/风险点/风险类型 (short names)/"
        "风险等级 高/中/低/防控措施; TWO POSTS AND THEIR TWO HOLDERS SHARE ROWS: the 岗位 cell ``招生员、班主任`` beside "
        "the 姓名 cell ``母苇航、代沅芷`` (one row), ``会计、出纳`` beside ``么若澄、青蔓菁`` (two rows) — the first name "
        "holds the first post, the second the second, each all the rows' points; 填报人/审核人 labels below",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def detention_house_police_column() -> dict:
    unit = f"{PLACE}拘留所"
    sh = _Sheet("排查表", [6, 12, 18, 36, 14, 8, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "岗位", "责任民警", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("所长", ("蒲望岷",), "leader", "被拘留人伙食、被服采购不经所务会研究,指定供应商", "制度机制风险", "高",
         "伙食、被服采购按政府采购规定办理,所务会集体研究并留存纪要。"),
        ("所长", ("蒲望岷",), "leader", "违规为被拘留人办理提前解除拘留、暂缓执行", "岗位职责风险", "高",
         "解除拘留、暂缓执行一律凭法律文书办理,报县公安局法制大队审核。"),
        ("教导员", ("成砚秋",), "leader", "民警、辅警考核评优中优亲厚友", "思想道德风险", "中",
         "考核细则公开,评优结果所内公示五个工作日。"),
        ("副所长", ("阴叙川",), "leader", "所内监控、门禁设备维修项目不比价", "业务流程风险", "中",
         "维修项目三家以上比价,维修结果由使用民警签字确认。"),
        ("管教民警", ("龚拾遗",), "general", "违规为被拘留人传递物品、信件,通风报信", "外部环境风险", "高",
         "物品、信件一律登记检查,管教谈话两人以上在场。"),
        ("看守民警", ("召晚舟", "吉克曲尔"), "general", "违规安排亲友会见,收受好处", "外部环境风险", "高",
         "会见凭审批单安排,会见全程录音录像。"),
        ("所医", ("兰芷汀",), "general", "违规出具被拘留人患病证明,协助规避执行", "岗位职责风险", "中",
         "患病证明须经县级医院复核,所务会审定。"),
        ("内勤民警", ("谭清禾",), "general", "被拘留人代管财物、伙食费收支登记不实", "制度机制风险", "中",
         "代管财物当面清点、双人签字,伙食费收支每月公示。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, people, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, "、".join(people), point, typ, lv, measures)
        for who in people:
            t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
    per_person = lambda row: (row[1], row[2])  # noqa: E731
    _merge_down(sh, first, [(1, per_person), (2, per_person)])
    sh.add()
    sh.add("所长签字:", None, None, "填表人:", None, "2024年9月", None)
    return _layout(
        "detention_house_police_column", "http://scfzw.net/jiansuo/7/1375.html",
        "县拘留所 岗位廉政风险点排查表 after the source's report of a county's new 拘留所 (A、B门, 拘室, 教育感化 of the "
        "被拘留人, the 警务保障室): NO 科室 column: 序号/岗位 (所长, 教导员, 副所长, 管教民警, 看守民警, 所医, 内勤民警)/"
        "the holders under ``责任民警`` — the post 看守民警 held by TWO people written in one cell ``召晚舟、吉克曲尔`` "
        "(the Yi name 吉克曲尔), 岗位 and 责任民警 merged per person/风险点/风险类别 ``…风险``/风险等级 高/中/低/防控措施; "
        "所长签字/填表人/date",
        [sh], t,
    )  # fmt: skip


def farm_machinery_copied_sheets() -> dict:
    unit = f"{PLACE}农机安全监理站"
    t = _Truth(unit)
    people = [
        ("Sheet1", "卿望舒", "站领导", "副站长", "leader", [
            ("分管农机注册登记和检验", "对未经检验合格的拖拉机、联合收割机签批注册登记", "岗位职责风险", "高",
             "注册登记凭检验合格记录办理,签批前核对农机实物照片。"),
            ("分管驾驶人考试", "驾驶人考试考场安排、考试员派遣搞亲疏", "制度机制风险", "中",
             "考试员由系统随机派遣,考场安排提前公布。"),
            ("分管农机安全宣传", "接受农机户、农机合作社宴请和礼品", "思想道德风险", "低",
             "严守中央八项规定精神,收受礼品一律登记上交。"),
        ]),
        ("Sheet1 (2)", "明霁川", "检验股", "股长", "middle", [
            ("负责农机安全技术检验", "安全技术检验走过场,未上线检测即出具合格结论", "岗位职责风险", "高",
             "检验全程视频记录,检验报告由股长和检验员双签。"),
            ("负责农机年度检验", "年度检验中违规收取费用", "外部环境风险", "中",
             "检验收费项目和标准公示,一律开具票据。"),
            ("负责检验档案管理", "检验记录事后补填、代签", "业务流程风险", "低",
             "检验记录当场填写,档案每季度抽查。"),
        ]),
        ("Sheet1 (3)", "文栖禾", "考试股", "考试员", "general", [
            ("负责拖拉机驾驶人考试", "驾驶人考试中降低评判标准,违规判定合格", "岗位职责风险", "高",
             "考试全程录像,成绩由考试系统自动评判。"),
            ("负责驾驶人考试", "向考生推荐驾驶培训机构收取好处", "外部环境风险", "中",
             "严禁推荐培训机构,考生可向站纪检员投诉。"),
            ("负责考试资料保管", "考试资料、成绩单保管不善,被人涂改", "制度机制风险", "低",
             "考试资料专柜保管,成绩单系统打印并加盖公章。"),
            ("参加田检路查", "田检路查中对无牌无证驾驶不处罚或降格处理", "岗位职责风险", "中",
             "路查两人以上,处罚决定经股长审核并录入系统。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, dept, post, tier, points in people:
        sh = _Sheet(tab, [6, 22, 34, 14, 8, 34])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        sh.add("姓名", who, "所在股室", dept, "职务", post)
        sh.add("序号", "岗位职责", "风险点", "风险类别", "风险等级", "防控措施")
        first = len(sh.rows)
        for n, (duty, point, typ, lv, measures) in enumerate(points, 1):
            sh.add(n, duty, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        _merge_down(sh, first, [(1, lambda row: row[1])])
        sh.add()
        sh.add("本人签字:", None, None, "站长审核:", None, "2024年10月")
        sheets.append(sh)
    return _layout(
        "farm_machinery_copied_sheets", "http://cn-xqwh.com/1/national/2016-01-21/50546.html",
        "县农机安全监理站 岗位廉政风险自查表, one per person, after the source's report of a county's 农机安全监理分站 "
        "(田检路查, 农业机械注册登记, 年审年检, 驾驶证管理, 过户, 报废): the sheets named as Excel names a COPIED sheet — "
        "``Sheet1``, ``Sheet1 (2)``, ``Sheet1 (3)`` — each with the title, its own ``姓名 | … | 所在股室 | … | 职务 | …`` "
        "line (副站长 of 站领导, 检验股 股长, 考试股 考试员), then 序号/岗位职责/风险点/风险类别 ``…风险``/风险等级 高/中/低/"
        "防控措施 and 本人签字/站长审核/date; the workbook's untouched ``Sheet2`` and ``Sheet3`` left EMPTY after them",
        [*sheets, _Sheet("Sheet2"), _Sheet("Sheet3")], t,
    )  # fmt: skip


def ecommerce_center_circled_items() -> dict:
    unit = f"{PLACE}电子商务服务中心"
    sh = _Sheet("一览表", [6, 12, 12, 10, 40, 8, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 7)
    sh.add("序号", "部门", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "巴清渝", "leader",
         "①电商进农村示范项目承办企业确定不经集体研究；②对承办企业降低考核标准", "一级",
         "承办企业公开招标确定,考核由商务、财政部门共同组织并公示结果。"),
        ("中心领导", "主任", "巴清渝", "leader", "乡村电商服务站点补助资金不按验收结果拨付", "一级",
         "补助资金凭验收报告拨付,拨付前中心集体研究。"),
        ("中心领导", "副主任", "扶晓岚", "leader",
         "①电商培训承办机构确定不公开；②培训人数、课时审核不严", "二级",
         "培训机构比选确定,学员签到、照片、课时记录存档备查。"),
        ("项目部", "部长", "昌映川", "middle", "镇村电商服务站点建设验收走过场,对未达标站点签字通过", "一级",
         "验收组由中心、乡镇和第三方共同组成,验收结果公示。"),
        ("项目部", "项目专员", "解语冰", "general",
         "①物流配送车辆补贴核定不实；②虚报快递进村数据", "二级",
         "补贴车辆实地核验,快递进村数据与物流企业台账比对。"),
        ("运营服务部", "运营专员", "邝秋帆", "general", "公共服务中心展销摊位安排、场地出租收受好处", "二级",
         "展销摊位公开报名、抽签安排,场地出租收入统一入账。"),
        ("综合部", "会计", "斯若岷", "general", "示范项目资金报账凭证审核不严,虚列支出", "二级",
         "报账凭证附合同、验收单和发票,经部长、分管领导审签。"),
        ("综合部", "出纳", "谷芃芃", "general", "网银密钥、公务卡管理不规范", "三级",
         "网银密钥分人保管,公务卡消费明细按月核对。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    _person_rows(sh, first, 1, (2, 3))
    sh.add()
    sh.add("中心负责人签字:", None, None, "填表人:", None, "2024年8月", None)
    return _layout(
        "ecommerce_center_circled_items", "https://www.saolv.com.cn/html/xw/dzyw/22331.html",
        "县电子商务服务中心 岗位廉政风险点一览表 after the source's report of Sichuan's 电子商务进农村综合示范县 (县级电商"
        "服务中心, 镇乡电商服务站, 物流体系, 电商培训, the 财政资金 and what it may not pay for): 序号/部门 merged (中心"
        "领导, 项目部, 运营服务部, 综合部)/岗位 and 姓名 merged per person/风险点 — on three rows a cell of TWO circled "
        "items ``①…；②…`` under one level/风险等级 ``一级/二级/三级``/防控措施; no type column; 中心负责人签字/填表人/"
        "date",
        [sh], t,
    )  # fmt: skip


def forest_pest_station_tenure_dates() -> dict:
    unit = f"{PLACE}森林病虫害防治检疫站"
    sh = _Sheet("Sheet1", [6, 12, 10, 9, 16, 36, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "任现岗时间", "风险点", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "骞远岫", datetime(2018, 3, 12), "leader",
         "林业有害生物防治药剂、器械采购不经站务会研究", "★★★", "药剂、器械按政府采购程序购置,站务会集体研究。"),
        ("站领导", "站长", "骞远岫", datetime(2018, 3, 12), "leader",
         "松材线虫病疫木除治项目验收把关不严", "★★★", "除治项目验收由站、乡镇、监理三方参加,逐片核查。"),
        ("检疫股", "股长", "付清嶂", datetime(2020, 9, 1), "middle",
         "不到现场检疫即签发植物检疫证书", "★★★", "检疫证书系统开具,现场检疫照片上传备查。"),
        ("检疫股", "检疫员", "泽小蔓", datetime(2016, 4, 18), "general",
         "对调运松木及其制品查验不严,收受货主好处", "★★", "查验两人以上,调运检疫记录每月抽查。"),
        ("检疫股", "检疫员", "尚岭梅", datetime(2021, 7, 5), "general",
         "产地检疫合格证事后补签、代签", "★★", "合格证编号管理,签发记录与检疫记录核对。"),
        ("测报防治股", "股长", "展栖鹤", datetime(2019, 11, 20), "middle",
         "飞防作业面积核定不实,多付防治费", "★★", "飞防轨迹数据留存,作业面积由乡镇林业站复核。"),
        ("测报防治股", "测报员", "雒知秋", datetime(2022, 2, 14), "general",
         "虫情测报数据编造、漏报", "★", "测报数据定点采集,站领导每月抽查。"),
        ("办公室", "会计", "都晓蕾", datetime(2017, 6, 30), "general",
         "防治经费报销凭证审核不严", "★", "报销凭证附作业验收单,经股长、站长审签。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, since, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, since, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], STARS[lv])
    _person_rows(sh, first, 1, (2, 3, 4))
    _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 8)
    sh.add("站长签字:", None, None, "填表人:", None, None, "2024年7月", None)
    return _layout(
        "forest_pest_station_tenure_dates", "http://jlsgll.com/index/news/show/id/2543.html",
        "县森林病虫害防治检疫站 廉政风险点排查表 after the source's report of a 森防检疫站's 松材线虫病疫木检疫执法 (松木"
        "加工企业, 调运检疫, 木材检查站, 复检): 序号/股室 merged (站领导, 检疫股, 测报防治股, 办公室)/岗位/姓名/a "
        "``任现岗时间`` column of Excel DATE CELLS (shown ``2018年3月12日``) — the three merged per person — between the "
        "holder and the point (the time in post that 轮岗 is reckoned by)/风险点/风险等级 ``★★★/★★/★``/防控措施; no "
        "type column; a note ``注：★★★为高风险，★★为中风险，★为低风险。`` merged under the table, then 站长签字/填表人/"
        "date",
        [sh], t,
    )  # fmt: skip


def social_assistance_sections() -> dict:
    unit = f"{PLACE}社会救助服务中心"
    sh = _Sheet("清单", [6, 12, 36, 8, 36, 18])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}廉政风险防控清单", 6)
    sh.add("序号", "工作环节", "风险点", "风险等级", "防控措施", "责任岗位")
    tiers = {"中心主任": "leader", "低保股股长": "middle", "特困供养股股长": "middle"}
    sections = [
        ("一、最低生活保障", [
            ("入户调查", "入户调查走过场,对申请家庭收入、财产核算不实", "高",
             "入户调查两人以上,看、查、算、访逐项填写调查表并由申请人签字。", "低保股入户调查员"),
            ("审核确认", "为不符合条件的关系户、人情户审核确认低保", "高",
             "审核确认前在村(社区)公示七日,审核意见经中心集体研究。", "低保股股长"),
            ("动态管理", "对收入已超标准的低保户不及时退出", "中", "每半年复核一次,复核结果公示。",
             "低保股入户调查员"),
        ]),
        ("二、特困人员供养", [
            ("特困认定", "特困人员认定条件把关不严", "高", "认定材料经乡镇初审、中心复核,结果公示。",
             "特困供养股股长"),
            ("供养金发放", "分散供养金发放名单与认定名单不符", "中", "供养金通过一卡通发放,名单每月比对。",
             "特困供养股经办人"),
        ]),
        ("三、临时救助", [
            ("救助审批", "临时救助金额确定随意,超标准救助", "中",
             "救助标准公开,超过限额的救助经中心集体研究。", "中心主任"),
            ("资金拨付", "救助资金拨付不及时,截留挪用", "高", "救助资金直接拨付到救助对象账户。",
             "财务股会计"),
            ("档案管理", "救助档案资料缺失、事后补做", "低", "档案随审批进度收集,一户一档。", "中心主任"),
        ]),
    ]  # fmt: skip
    n = 0
    for caption, items in sections:
        _line(sh, caption, 6)
        for step, point, lv, measures, post in items:
            n += 1
            sh.add(n, step, point, lv, measures, post)
            t.point(sh.name, "", post, "", tiers.get(post, "general"), point, [], HML[lv])
    sh.add()
    sh.add("填报人:", None, "审核人:", None, "2024年6月", None)
    return _layout(
        "social_assistance_sections",
        "https://flodiffusion.com/mzj/abzmzj/c100003/202407/f16a620df04044b3b488f785565aaaf7.shtml",
        "县社会救助服务中心 廉政风险防控清单 对岗不对人 after the source's report of a Sichuan county 民政局's 入户调查 "
        "(看、查、算、访; 新增低保, 特困供养, 取消不符合条件的): ``附件1`` and the title, then 序号/工作环节/风险点/"
        "风险等级 高/中/低/防控措施/and, LAST, ``责任岗位`` — the post written WITH its 股 (``低保股入户调查员``, "
        "``低保股股长``, ``特困供养股经办人``, ``财务股会计``, ``中心主任``), NO 科室 column and no names; the rows under "
        "merged SECTION lines ``一、最低生活保障``, ``二、特困人员供养``, ``三、临时救助`` (kinds of assistance, no 科室; "
        "the 低保股入户调查员 has two rows in one of them, the 中心主任 two in another); no type column; "
        "填报人/审核人/date",
        [sh], t,
    )  # fmt: skip


def bus_station_teams() -> dict:
    unit = f"{PLACE}汽车客运站"
    sh = _Sheet("一览表", [6, 12, 10, 9, 34, 12, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 8)
    sh.add("序号", "班组（科室）", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "犹守拙", "leader", "客运班线进站经营协议签订不经集体研究,收受车方好处", "制度机制",
         "A级", "进站协议经站务会集体研究,协议文本报县交通运输局备案。"),
        ("站领导", "副站长", "廖听涛", "leader", "站场广告位、商铺出租不公开招租", "业务流程", "B级",
         "广告位、商铺一律公开招租,租金收入统一入账。"),
        ("票务班", "班长", "唐雪棠", "middle", "违规预留、倒卖节假日车票", "思想道德", "A级",
         "售票系统实名售票,预留票须站长审批并登记。"),
        ("票务班", "售票员", "池念慈", "general", "票款不按时足额缴存,挪用票款", "制度机制", "B级",
         "票款日清日结,当日缴存银行,财务室每日核对。"),
        ("安检班", "例检员", "战鸿渐", "general", "车辆安全例检走过场,对不合格车辆签字放行", "岗位职责", "A级",
         "例检全程视频记录,不合格车辆一律不得出站。"),
        ("安检班", "安检员", "柯霁月", "general", "“三品”检查不严,收受好处放行违禁物品", "外部环境", "B级",
         "安检设备全程开启,检查记录每班交接。"),
        ("调度室", "主任", "黎朔风", "middle", "班次调度中为关系车辆安排黄金时段", "岗位职责", "B级",
         "班次按排班表轮换,调整须站务会同意并公示。"),
        ("财务室", "会计", "郝雨芊", "general", "站务费、代收票款结算不及时、不准确", "业务流程", "C级",
         "结算单与售票系统数据逐笔核对,按月向车方公开。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), LETTERS[lv])
    _person_rows(sh, first, 1, (2, 3))
    _line(sh, "注：风险等级A级为高风险，B级为中风险，C级为低风险。", 8)
    sh.add("站长签字:", None, None, "填报日期：", datetime(2024, 10, 15), None, None, None)
    return _layout(
        "bus_station_teams", "https://001doc.com/doc/905803.html",
        "县汽车客运站 岗位廉政风险点一览表 after the source's 客运站管理制度汇编 (安检员岗位职责 and its 三品 checks, the "
        "车辆安全例检员工作流程, 售票, 调度): 序号/a 科室 column headed ``班组（科室）`` merged (站领导, 票务班, 安检班, "
        "调度室, 财务室)/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 ``A级/B级/C级``/防控措施; "
        "a note ``注：风险等级A级为高风险，B级为中风险，C级为低风险。`` merged under the table, then ``站长签字:`` and "
        "``填报日期：`` followed by a DATE CELL",
        [sh], t,
    )  # fmt: skip


def water_resource_risk_matrix() -> dict:
    unit = f"{PLACE}水资源管理所"
    sh = _Sheet("排查表", [6, 12, 10, 9, 34, 8, 8, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险排查表", 9)
    r = sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险评估", None, None, "防控措施")
    sh.add(None, None, None, None, None, "可能性", "危害程度", "综合评定", None)
    sh.merge(r, 5, r, 7)
    for c in (0, 1, 2, 3, 4, 8):
        sh.merge(r, c, r + 1, c)
    rows = [
        ("所领导", "所长", "敬松陵", "leader", "取水许可审批中降低条件,为未做水资源论证的项目签批",
         "中", "严重", "高", "取水许可经所务会集体审查,审批结果公开。"),
        ("所领导", "所长", "敬松陵", "leader", "水资源费减免、缓缴不经集体研究", "低", "严重", "高",
         "减免、缓缴事项集体研究并报县水务局审批。"),
        ("所领导", "副所长", "郎月白", "leader", "节水型社会建设项目验收把关不严", "中", "较重", "中",
         "验收组由所、乡镇和监理共同组成,验收资料存档。"),
        ("取水管理股", "股长", "瞿澄江", "middle", "对未安装取水计量设施的取水户不督促整改、不处罚",
         "高", "较重", "高", "计量设施安装情况建立台账,每季度现场核查。"),
        ("取水管理股", "科员", "蔡沐泉", "general", "取水量抄录、核定不实", "高", "一般", "中",
         "取水量在线监测,人工抄录数据与监测数据比对。"),
        ("水资源费征收股", "股长", "简石溪", "middle", "少征、缓征水资源费,收受取水户好处", "中", "严重", "高",
         "征收标准公开,征收台账与取水量数据逐户核对。"),
        ("水资源费征收股", "征收员", "官若葭", "general", "征收票据开具不规范,收费不及时入账", "中", "一般", "低",
         "票据统一领用核销,收费当日入账。"),
        ("综合股", "会计", "喻晴川", "general", "水资源监测经费报销审核不严", "低", "一般", "低",
         "报销凭证经股长、所长审签,按季度公开。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, odds, impact, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, odds, impact, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _person_rows(sh, first, 1, (2, 3))
    _line(sh, "注：综合评定即风险等级，根据可能性和危害程度评定，分高、中、低三级。", 9)
    sh.add("所长签字:", None, None, "填表人:", None, None, None, "2024年5月", None)
    return _layout(
        "water_resource_risk_matrix", "https://jiangbanyu.com/newsshow-9-8339-1.html",
        "县水资源管理所 岗位廉政风险排查表 after the source's report of a Sichuan county's 最严格水资源管理制度 (水资源"
        "论证, 取水许可总量控制, 水资源费征收, 节水型社会建设): a TWO-ROW heading — 序号/股室/岗位/姓名/风险点/防控措施 "
        "merged down, ``风险评估`` merged over ``可能性 | 危害程度 | 综合评定`` — so a RISK MATRIX whose level column "
        "is headed ``综合评定`` (no 等级 in it) LAST, the likelihood ``可能性`` written 高/中/低 too (agreeing with the "
        "level on only three of eight rows), the harm 严重/较重/一般; 股室 merged (所领导, 取水管理股, 水资源费征收股, 综合股), "
        "岗位 and 姓名 merged per person; no type column; a note ``注：综合评定即风险等级，根据可能性和危害程度评定，分高、中、"
        "低三级。`` under it, then 所长签字/填表人/date",
        [sh], t,
    )  # fmt: skip


def blood_bank_label_rows() -> dict:
    unit = f"{PLACE}中心血库"
    t = _Truth(unit)
    people = [
        ("采血科", "仇映雪", "女", "1986.04", "中共党员", "采血科", "科长", "middle", [
            ("负责献血者健康征询和采血", "献血者健康征询、体检把关不严", "岗位职责", "Ⅰ级",
             "征询、体检结果双人复核,不合格者一律不采血。"),
            ("负责无偿献血者服务", "无偿献血纪念品发放不登记、截留", "制度机制", "Ⅱ级",
             "纪念品领用登记,发放由献血者签收。"),
            ("负责团体献血联络", "接受献血团体宴请和礼品", "思想道德", "Ⅲ级",
             "严守中央八项规定精神,联络工作两人以上。"),
        ]),
        ("检验科", "牟思妍", "女", "1991.11", "共青团员", "检验科", "检验师", "general", [
            ("负责血液检测", "血液检测结果篡改、漏检", "岗位职责", "Ⅰ级",
             "检测数据由仪器直接传入信息系统,结果双人审核。"),
            ("参与检测试剂验收", "检测试剂验收中收受供应商好处", "外部环境", "Ⅱ级",
             "试剂验收三人以上,验收记录存档。"),
            ("负责检测记录", "检测原始记录事后补记", "业务流程", "Ⅲ级",
             "原始记录当场填写,科长每周检查。"),
        ]),
        ("质管科", "秦蘅芜", "男", "1983.07", "中共党员", "质量管理科", "质控员", "general", [
            ("负责不合格血液报废", "不合格血液报废处理不登记、私自处置", "制度机制", "Ⅰ级",
             "报废血液逐袋登记,由质管、检验两科共同销毁。"),
            ("负责向医院发血", "向医院供血时违规调配血液,收取好处", "外部环境", "Ⅰ级",
             "发血按医院申请单和库存顺序执行,发血记录每日核对。"),
            ("负责质量内审", "质量内部审核走过场", "岗位职责", "Ⅱ级",
             "内审计划年初公布,内审发现问题限期整改销号。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, sex, born, party, dept, post, tier, points in people:
        sh = _Sheet(tab, [6, 20, 30, 10, 10, 30, 10])
        _line(sh, f"{unit}岗位廉政风险自查表", 7)
        sh.add("姓名", "性别", "出生年月", "政治面貌", "所在科室", "职务", "填表日期")
        sh.add(who, sex, born, party, dept, post, "2024年9月")
        sh.add()
        sh.add("序号", "岗位职责", "风险点", "风险类型", "风险等级", "防控措施", "备注")
        for n, (duty, point, typ, lv, measures) in enumerate(points, 1):
            sh.add(n, duty, point, typ, lv, measures, None)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
        sh.add()
        sh.add("本人签字:", None, "科室负责人签字:", None, "血库负责人签字:", None, None)
        sheets.append(sh)
    return _layout(
        "blood_bank_label_rows",
        "http://35331.cn/lhs_fkek34mkoqwwo9ljggkdrjwtfocr7oo3vnijjddh6lqwwo9lof5mx2nesgk1i8l_1.html",
        "县中心血库 岗位廉政风险自查表, one per person, after the source's account of the new 血站技术操作规程 (献血者"
        "健康检查, 血液采集, 血液检测, 血液报废 and 质量管理): three sheets named by 科室 (``采血科``, ``检验科`` and "
        "``质管科`` for the 质量管理科), each with the title, then a ROW OF LABELS ``姓名 | 性别 | 出生年月 | 政治面貌 | "
        "所在科室 | 职务 | 填表日期`` over a ROW OF VALUES (``1986.04``, ``中共党员`` …), a blank row, then 序号/岗位职责/"
        "风险点/风险类型 (short names)/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/an empty ``备注``; 本人签字/科室负责人签字/"
        "血库负责人签字 below",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    employment_center_paired_posts(),
    detention_house_police_column(),
    farm_machinery_copied_sheets(),
    ecommerce_center_circled_items(),
    forest_pest_station_tenure_dates(),
    social_assistance_sections(),
    bus_station_teams(),
    water_resource_risk_matrix(),
    blood_bank_label_rows(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx`` (no re-saved copies)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch148-inbox"))

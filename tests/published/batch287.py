"""The two-hundred-and-eighty-seventh batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's schools,
hospitals and 公共服务 bodies, 剑阁县 (a county of 广元, its staff Han) — its 普安中学 and 实验小学, its
人民医院, 中医医院 and 妇幼保健院, its 疾病预防控制中心, 图书馆 and 文化馆 — each handing back the
一览表, 防控卡, 自查表, 排查表, 清单 or 公示表 its staff typed in WPS or Excel:

- the 普安中学's 一览表 under ``附件1`` and a ``填报单位（盖章）：…　填报时间：…`` line: ``处室`` merged
  (校级领导, 教务处, 总务处, 政教处), ``岗位`` and ``姓名`` merged per person, short types, 高/中/低, a
  填表人/审核人/校长（签字） line;
- the 实验小学's 防控卡, one sheet a holder (tabs 校长, 副校长, 食堂管理员): ``姓　名 | … | 职　务 | …``
  and ``所在处室 | … | 任职时间 | …`` and a merged ``工作职责`` line above ``序号 | 风险点 | 风险类别 |
  风险等级 | 防控措施``, ``…风险`` types, ``★★★/★★/★`` read by a ``注：`` line, ``监督电话：… | 持卡人签字：``;
- the 人民医院's file in two sheets: ``院领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``职能科室`` (``科室`` merged, ``岗位`` and ``姓名`` merged per person), ``…风险`` types, ``一级/二级/三级``;
- the 中医医院's 自查表, one sheet a person (tabs named by the person): ``姓　名 | … | 科　室 | … |
  职　务 | …`` in one row above ``序号 | 风险点 | 风险类别 | 风险等级 | 已有防控措施 | 自查情况``, short
  types, BARE ``Ⅰ/Ⅱ/Ⅲ``, ``本人签名： | … | 科室负责人意见： | … | 2025年6月``;
- the 疾病预防控制中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``高风险/中风险/低风险``, no names, no types; an 编制/审核/date line;
- the 妇幼保健院's 清单 under GROUP ROWS ``一、院领导`` … ``四、财务科`` merged across (no 科室 column):
  ``岗位`` and ``姓名`` merged per person, short types, ``一级风险/二级风险/三级风险``;
- the 图书馆's 责任清单 written on EVERY row (no merges): ``部门 | 岗位 | 责任人 | 职责事项 | 廉政风险点 |
  风险等级 | 防控措施``, 高/中/低, no type column.

One is harder:

- ``jiange_culture_hall_post_columns``: the 文化馆's 岗位廉政风险防控公示表, an ordinary 一览表 TURNED ON
  ITS SIDE the way a small 馆 lays it out on one landscape page: the HEADINGS run DOWN COLUMN A —
  ``科　室``, ``岗　位``, ``姓　名``, ``岗位职责``, then ``风险点一 | 风险等级 | 风险点二 | 风险等级 | 风险点三 |
  风险等级`` (the point label and the level label ALTERNATING, three pairs), then ``防控措施`` — and EACH
  FURTHER COLUMN IS ONE POST (馆长, 两名副馆长, 办公室 主任 and 会计, 群文辅导室 辅导员, 非遗保护办公室 主任),
  its 科室 cell MERGED ACROSS the columns of its posts (``馆领导`` over three, ``办公室`` over two). So a
  column holds up to three points, the LEVEL OF A POINT IS THE CELL BELOW IT in the same column, a
  post with fewer points leaves its last pairs blank, and the one ``防控措施`` cell of a column (its
  measures numbered 1. 2. 3.) serves all its points. The README's 读得懂的表 knows a 横放的表 whose
  labels ``运行环节 / 风险点 / 风险等级 / 防控措施`` run down one column with EACH COLUMN ONE POINT of one
  承办科室; the wall 公示栏 whose columns are posts but whose rows are level BANDS ``高风险 | 中风险 |
  低风险`` (no 风险点 or 风险等级 label, the level the band a cell stands in); and ``风险点1 | 风险等级 |
  风险点2 | 风险等级`` pairs ACROSS ONE ROW. It does not describe a transposed table whose column-A
  labels are the ordinary headings with ``风险点N | 风险等级`` pairs repeated DOWN the column, each
  column a post with several points, each level the cell under its point, and the 科室 merged
  across post columns.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 县文化馆 (非物质文化遗产保护中心,
合署办公) — 办公室, 辅导室, 非遗保护办公室, 领导职数一正二副, 文化下基层, 培训, 展览, 免费开放; a 中学
校长 停职 after the school made pupils bring their own 床板 — 物资采购程序, 住宿; a 镇中心小学 letter
on its 校长 — 教辅资料, 外聘人员, 食堂帐目; a 县人民医院 whose doctors were named on a 医药代表's list
of 药品用量 and 医生费用 — 院长, 副院长, 调查组; a 县 whose 中医医院 院长 and 人民医院 医学影像科主任 fell
in a 医疗卫生领域 行贿 case — 主动退赃; a 区疾控中心's 实验室设备 采购 project — 采购编号, 招标文件,
检测能力; a 省妇幼保健院's 出生医学证明 管理 — 保健部, 医务科, 产科, 签发, 废证率; a 县图书馆 building
project — 成人阅览室, 电子阅览室, 少儿阅览室, 科室制度) and the layout follows their words for the
unit, its parts, its posts and its risks. The rows are worded by us, the names invented (rare Han
surnames with rare given names); every unit is a body of 剑阁县.

Run ``python tests/published/score.py --set batch287`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each post column is one form: the 科室 from the ``科　室`` row (a merged cell
  gives it to every post column under it), the post from ``岗　位``, the holder from ``姓　名``; every
  non-empty ``风险点N`` cell is a point, its level the ``风险等级`` cell right under it (高/中/低);
  ``岗位职责`` and ``防控措施`` are no points; blank pairs are no points;
- ``校级领导``, ``院领导``, ``中心领导``, ``馆领导`` (a 处室/科室/部门 cell, a card's 所在处室, a group
  row, the sheet ``院领导``) are the 科室 of those leaders; a school's 处, a hospital's 科 and 部, a
  中心's 科 and 办公室, a 馆's 部, 室 and 办公室 are 科室; a group row ``二、保健部`` gives the 科室
  ``保健部`` (its number left off);
- every school, hospital, 中心 and 馆 here is a unit of its own: 校长, 副校长, 院长, 副院长, a 中心's
  主任 and 副主任, 馆长 and 副馆长 are leaders; 教务主任, 总务主任, 政教主任, 科长, 科主任, 护士长,
  部长, the 主任 of a 部 or 办公室 middle; the rest (报账员, 食堂管理员, 采购员, 中药饮片采购员, 会计,
  出纳, 疫苗管理员, 检验员, 采编员, 辅导员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``职责事项``, ``分管工作``, ``工作职责``,
  ``任职时间``, ``已有防控措施`` and ``自查情况`` are no points and name no holder; the 疾控中心's list
  names no person: its forms are posts (对岗不对人); the 图书馆's ``责任人`` column names the holder;
- ``高/中/低``, ``★★★/★★/★``, ``一级/二级/三级``, ``Ⅰ/Ⅱ/Ⅲ``, ``高风险/中风险/低风险`` and
  ``一级风险/二级风险/三级风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b287_"
PLACE = "剑阁县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int,
                last: int | None = None) -> None:  # fmt: skip
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs, last)


# --------------------------------------------------------------------------- harder layout

PAIRS = 3
PAIR_LABELS = ("风险点一", "风险点二", "风险点三")

# (科室, 岗位, 姓名, tier, 岗位职责, [(风险点, 等级)], 防控措施) — one column a post
HALL_POSTS = [
    ("馆领导", "馆长", "逄岚樾", "leader", "主持全馆工作，负责人事、财务和政府采购", [
        ("“三重一大”事项不经馆务会集体研究，个人说了算", "高"),
        ("舞台音响等设备采购指定供应商，化整为零规避采购", "高"),
        ("职称推荐、绩效分配中优亲厚友", "中"),
    ], "1.重大事项馆务会集体研究，会议纪要存档；\n2.采购按限额标准执行，结果公示；\n3.推荐和分配方案全馆公示。"),
    ("馆领导", "副馆长", "冼黛淇", "leader", "分管文艺演出、展览和文化下基层活动", [
        ("文艺演出、比赛评奖中打招呼，评选结果不公", "中"),
        ("展演活动经费预算虚高，结报不实", "高"),
    ], "1.评委随机抽取，评选结果公示；\n2.展演活动事前预审、事后结报，票据逐项核对。"),
    ("馆领导", "副馆长", "郦澍宁", "leader", "分管免费开放、培训和非遗保护", [
        ("免费开放专项资金挤占挪用", "高"),
        ("公益培训学员人数、课时虚报", "中"),
    ], "1.免费开放资金专账核算，年度审计；\n2.培训签到和课时记录按月抽查。"),
    ("办公室", "主任", "昝瑷汀", "middle", "负责公务接待、车辆、固定资产和档案", [
        ("公务接待超标准、无公函接待", "中"),
        ("固定资产出借、处置不按规定审批", "低"),
    ], "1.接待事前审批，清单按月公示；\n2.资产处置报县文广旅局审批，台账动态更新。"),
    ("办公室", "会计", "阙泓懋", "general", "负责会计核算和经费支付", [
        ("报销票据审核不严，虚列会议培训支出", "中"),
        ("往来款项长期挂账不清理", "低"),
    ], "1.报销实行经办、审核、审批三签；\n2.往来款项每季度清理。"),
    ("群文辅导室", "辅导员", "谯绮岑", "general", "负责乡镇文化站业务辅导和文艺团队培训", [
        ("下乡辅导接受乡镇、团队宴请和礼品", "低"),
    ], "1.下乡辅导两人同行，签订廉洁承诺书。"),
    ("非遗保护办公室", "主任", "羿霂川", "middle", "负责非遗项目申报、传承人推荐和补助资金", [
        ("非遗项目和代表性传承人推荐申报中弄虚作假", "高"),
        ("传承人传习补助不按标准发放或虚报冒领", "中"),
        ("非遗资料采录外包不比选", "低"),
    ], "1.申报材料集体审核并公示；\n2.补助资金直接打卡发放，名单公示；\n3.外包项目三家以上比选。"),
]  # fmt: skip


def jiange_culture_hall_post_columns() -> dict:
    unit = f"{PLACE}文化馆"
    ncols = 1 + len(HALL_POSTS)
    sh = _Sheet("公示表", [12] + [20] * len(HALL_POSTS))
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控公示表", ncols)
    _line(sh, f"填报单位：{unit}{GAP * 12}填报时间：2025年6月", ncols)
    depts = [p[0] for p in HALL_POSTS]
    r = sh.add(
        f"科{GAP}室", *[d if k == 0 or depts[k - 1] != d else None for k, d in enumerate(depts)]
    )
    c = 1
    while c < ncols:  # the 科室 cell merged across the columns of its posts
        e = c
        while e + 1 < ncols and depts[e] == depts[c - 1]:
            e += 1
        if e > c:
            sh.merge(r, c, r, e)
        c = e + 1
    sh.add(f"岗{GAP}位", *[p[1] for p in HALL_POSTS])
    sh.add(f"姓{GAP}名", *[p[2] for p in HALL_POSTS])
    sh.add("岗位职责", *[p[4] for p in HALL_POSTS])
    for i in range(PAIRS):
        sh.add(PAIR_LABELS[i], *[p[5][i][0] if i < len(p[5]) else None for p in HALL_POSTS])
        sh.add("风险等级", *[p[5][i][1] if i < len(p[5]) else None for p in HALL_POSTS])
    sh.add("防控措施", *[p[6] for p in HALL_POSTS])
    for dept, post, who, tier, _duty, points, _measures in HALL_POSTS:
        for point, lv in points:
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _line(sh, "监督举报电话：0839-6622188（县纪委监委派驻县文化广播电视和旅游局纪检监察组）", ncols)
    sh.add("馆长（签字）：", None, None, None, None, "2025年6月", None, None)
    return _layout(
        "jiange_culture_hall_post_columns", "https://newton.com.tw/wiki/%E6%BD%9B%E5%B1%B1%E7%B8%A3%E6%96%87%E5%8C%96%E9%A4%A8/23168098",
        "(harder) 县文化馆 岗位廉政风险防控公示表, after the source's 县文化馆 (非物质文化遗产保护中心 合署办公; 办公室, 辅导室, "
        "非遗保护办公室; 领导职数一正二副; 文化下基层, 培训, 展览, 免费开放): a title and a merged ``填报单位：…　填报时间："
        "2025年6月`` line, then a TABLE TURNED ON ITS SIDE: the headings DOWN COLUMN A (``科　室``, ``岗　位``, ``姓　名``, "
        "``岗位职责``, ``风险点一 | 风险等级 | 风险点二 | 风险等级 | 风险点三 | 风险等级`` alternating, ``防控措施``) and "
        "EACH FURTHER COLUMN ONE POST (馆长, 副馆长 twice, 办公室 主任 and 会计, 群文辅导室 辅导员, 非遗保护办公室 主任), "
        "the 科室 cell MERGED ACROSS its posts' columns (馆领导 over three, 办公室 over two); a point's level is the "
        "cell BELOW it (高/中/低), a post with fewer points leaves its last pairs blank, one numbered ``防控措施`` "
        "cell a column; no type; a merged 监督举报电话 line and ``馆长（签字）： | 2025年6月``",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def jiange_puan_middle_school_list() -> dict:
    unit = f"{PLACE}普安中学"
    sh = _Sheet("一览表", [6, 12, 10, 10, 38, 11, 8, 36])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "处室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("校级领导", "校长", "仉灏淼", "leader", [
            ("学校重大事项、大额经费使用不经校务会集体决策", "制度机制", "高",
             "落实“三重一大”集体决策，会议纪要存档备查。"),
            ("教师招聘、职称评审推荐中优亲厚友", "思想道德", "中", "推荐条件、量化积分和结果全校公示。"),
        ]),
        ("校级领导", "副校长", "暨琬湲", "leader", [
            ("学生宿舍床具等物资采购不按程序，转嫁给学生家长", "业务流程", "高",
             "物资采购按程序报批，不得要求学生自带或指定购买。"),
        ]),
        ("教务处", "教务主任", "邰屹槿", "middle", [
            ("学籍转入转出审核把关不严，违规办理", "业务流程", "中", "学籍变动材料两人审核，按月报县教育局核对。"),
            ("考试命题、阅卷组织不严，泄露试题", "岗位职责", "中", "命题人员签订保密承诺，试卷专人保管。"),
        ]),
        ("总务处", "总务主任", "晏琇岷", "middle", [
            ("食堂大宗食材采购不询价，与供应商串通抬价", "外部环境", "高", "大宗食材公开比选，验收双人签字。"),
            ("校舍维修工程化整为零，规避招标", "制度机制", "高", "维修项目按限额标准招标，工程结算送审。"),
        ]),
        ("总务处", "报账员", "郗骞泓", "general", [
            ("虚开发票、拆分票据报销", "思想道德", "中", "报销票据经手人、证明人、审批人三签。"),
            ("住宿费、伙食费收支不入账", "岗位职责", "高", "收费专户核算，收支每月公示。"),
        ]),
        ("政教处", "政教主任", "鄂濂翮", "middle", [
            ("家庭经济困难学生资助对象认定不准", "岗位职责", "低", "资助对象班级评议、学校审核、公示五天。"),
            ("评优评先推荐不公开", "思想道德", "低", "评选条件和结果在校务公开栏公示。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, "校长（签字）：", None, None)
    return _layout(
        "jiange_puan_middle_school_list", "https://freewechat.com/a/MjIyNDQ5Nzc4MQ==/2650953155/1",
        "县中学 岗位廉政风险防控一览表, after the source's 中学校长 停职 (学生自带床板, 物资采购程序, 住宿, 调查组): ``附件1``, "
        "a title, a merged ``填报单位（盖章）：…　填报时间：2025年6月`` line, then 序号/处室 merged (校级领导, 教务处, 总务处, "
        "政教处)/岗位 and 姓名 merged per person/风险点/风险类型 (short names)/风险等级 高/中/低/防控措施; a 填表人/审核人/"
        "校长（签字） line",
        [sh], t,
    )  # fmt: skip


def jiange_experimental_primary_cards() -> dict:
    unit = f"{PLACE}实验小学"
    t = _Truth(unit)
    cards = [
        ("校长", "蹇昶沄", "校长", "校级领导", "2019年8月", "leader", "主持学校全面工作，负责人事、财务",
         [("学校大额采购、基建维修不经集体研究", "制度机制风险", "★★★", "大额支出校务会集体研究，结果公示。"),
          ("外聘代课人员不报批，占用公用经费发放报酬", "制度机制风险", "★★★", "外聘人员报县教育局审批，报酬按规定列支。"),
          ("教师调配、岗位安排搞个人说了算", "思想道德风险", "★★", "岗位安排方案经教代会讨论。")]),
        ("副校长", "敖绫澈", "副校长", "校级领导", "2021年9月", "leader", "分管后勤、食堂和营养改善计划",
         [("食堂食材供应商选择暗箱操作", "外部环境风险", "★★★", "供应商公开比选，家委会代表参与。"),
          ("营养餐进出货台账不实，虚报就餐人数", "业务流程风险", "★★", "就餐人数每日班级签字，台账每周公示。"),
          ("教辅资料征订中收受书商好处", "思想道德风险", "★★", "教辅一律家长自愿，不得统一征订。")]),
        ("食堂管理员", "甯霄峤", "食堂管理员", "总务处", "2022年2月", "general", "负责食材验收、出入库和食堂账目",
         [("食材验收不称重、不核对，以次充好", "岗位职责风险", "★★", "验收称重拍照，双人签字。"),
          ("调料等食材出入库登记不及时，账实不符", "业务流程风险", "★", "出入库日清，每月盘点。"),
          ("剩余食材私自处置", "思想道德风险", "★", "剩余食材登记，次日优先使用。")]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, dept, since, tier, duty, points in cards:
        sh = _Sheet(tab, [6, 36, 12, 9, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 5)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", post, None)
        sh.add("所在处室", dept, "任职时间", since, None)
        r = sh.add("工作职责", duty, None, None, None)
        sh.merge(r, 1, r, 4)
        sh.add("序号", "风险点", "风险类别", "风险等级", "防控措施")
        for i, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(i, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), STARS[lv])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 5)
        sh.add("监督电话：0839-6602315", None, "持卡人签字：", None, "年　月　日")
        sheets.append(sh)
    return _layout(
        "jiange_experimental_primary_cards", "https://xtq.zynews.cn/forum.php?goto=nextnewset&mod=redirect&tid=1440023",
        "县实验小学 岗位廉政风险防控卡, one sheet a holder (tabs 校长, 副校长, 食堂管理员), after the source's letter on a 镇中心"
        "小学 校长 (教辅资料, 外聘人员工资由学校经费负担, 食堂帐目 调料): a title, ``姓　名 | … | 职　务 | …`` and ``所在处室 | … | "
        "任职时间 | …``, a merged ``工作职责`` line, then 序号/风险点/风险类别 ``…风险``/风险等级 ``★★★/★★/★``/防控措施; a "
        "merged ``注：`` line on the stars and ``监督电话：… | 持卡人签字： | 年　月　日``",
        sheets, t,
    )  # fmt: skip


def jiange_people_hospital_two_sheets() -> dict:
    unit = f"{PLACE}人民医院"
    t = _Truth(unit)
    lead = _Sheet("院领导", [6, 9, 8, 16, 36, 13, 8, 32])
    _line(lead, f"{unit}领导班子成员廉政风险防控表", 8)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险类型", "风险等级", "防控措施")
    leaders = [
        ("濮珣湄", "院长", "主持全面工作，分管人事、财务", [
            ("重大事项、大额资金使用不经院党委会集体研究", "制度机制风险", "一级", "落实“三重一大”集体决策制度。"),
            ("人员招聘、职称聘任中打招呼、优亲厚友", "思想道德风险", "一级", "招聘方案和结果公示，全程纪实。"),
        ]),
        ("覃霈岚", "副院长", "分管医疗、医保和药事管理", [
            ("药品耗材遴选中接受医药代表宴请、回扣", "外部环境风险", "一级", "新药引进经药事委员会集体评审。"),
            ("默许科室违规收费，套取医保基金", "岗位职责风险", "二级", "医保结算数据每月与病历比对。"),
        ]),
        ("亢瑾潼", "副院长", "分管后勤、基建和设备", [
            ("基建项目插手工程招投标", "外部环境风险", "一级", "基建项目全部进入公共资源交易平台。"),
            ("设备购置论证走过场，倾向特定品牌", "业务流程风险", "二级", "论证专家随机抽取，论证意见存档。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, typ, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, typ, lv, measures)
            t.point(lead.name, lead.name, post, who, "leader", point, types_in(typ), GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("职能科室", [6, 10, 9, 9, 36, 13, 8, 32])
    _line(dept, f"{unit}职能科室廉政风险防控表", 8)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("医务科", "科长", "宓澈瑶", "middle", [
            ("医疗纠纷私下赔付，隐瞒不报", "岗位职责风险", "二级", "纠纷赔付经院务会研究。"),
            ("医师定期考核弄虚作假", "制度机制风险", "三级", "考核结果公示，档案存查。"),
        ]),
        ("药剂科", "科主任", "蒯屾旻", "middle", [
            ("违规统计医生用药量提供给医药代表", "思想道德风险", "一级", "处方数据查询权限分级，查询留痕。"),
        ]),
        ("药剂科", "采购员", "阚翊澜", "general", [
            ("临时采购不履行审批程序", "业务流程风险", "二级", "临时采购须分管院领导审批。"),
            ("药品验收数量、质量把关不实", "岗位职责风险", "三级", "采购与验收分离，验收双人签字。"),
        ]),
        ("设备科", "科长", "晁漪珞", "middle", [
            ("高值耗材入库验收与使用登记不符", "业务流程风险", "二级", "高值耗材扫码入库、按患者追溯。"),
        ]),
        ("财务科", "会计", "佴峤晞", "general", [
            ("医保结算数据与病历不符不核查", "岗位职责风险", "二级", "结算清单与病历每月抽查比对。"),
            ("收费票据管理混乱，截留收入", "制度机制风险", "一级", "票据领用核销登记，收入日清日结。"),
        ]),
    ]  # fmt: skip
    first = len(dept.rows)
    n = 0
    for d, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            dept.add(n, d, post, who, point, typ, lv, measures)
            t.point(dept.name, d, post, who, tier, point, types_in(typ), GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("填表人：", None, None, "审核人：", None, "院长（签字）：", None, None)
    return _layout(
        "jiange_people_hospital_two_sheets", "http://news.sina.com.cn/c/2010-11-25/114921531923.shtml",
        "县人民医院 廉政风险防控表 in two sheets, after the source's 县人民医院 named on a 医药代表's list (药品用量, 医生费用, "
        "院长、副院长, 联合调查组, 商业贿赂): ``院领导`` (a title, 序号/姓名, 职务 and 分管工作 merged per leader/廉政风险点/"
        "风险类型 ``…风险``/风险等级 ``一级/二级/三级``/防控措施) and ``职能科室`` (a title, 序号/科室 merged (医务科, 药剂科, "
        "设备科, 财务科)/岗位 and 姓名 merged per person/…; a 填表人/审核人/院长（签字） line)",
        [lead, dept], t,
    )  # fmt: skip


def jiange_tcm_hospital_selfchecks() -> dict:
    unit = f"{PLACE}中医医院"
    t = _Truth(unit)
    people = [
        ("檀沣琰", "医学影像科", "科主任", "middle", [
            ("检查开单与临床科室利益挂钩，收受提成", "思想道德", "Ⅰ", "检查开单量每月分析，异常约谈。", "未发现问题"),
            ("大型设备检查预约插队收受好处", "岗位职责", "Ⅱ", "预约系统按序排号，插队须审批。", "已落实"),
            ("影像耗材使用登记不实", "业务流程", "Ⅲ", "耗材按病人逐条登记，月末盘点。", "已整改"),
        ]),
        ("庾芊蔚", "药剂科", "中药饮片采购员", "general", [
            ("中药饮片采购指定供应商、收受回扣", "外部环境", "Ⅰ", "饮片在省平台采购，供应商集体评审。", "未发现问题"),
            ("饮片验收以次充好，称重不实", "岗位职责", "Ⅱ", "验收双人称重，质检记录存档。", "已落实"),
        ]),
        ("笪岳澍", "针灸推拿科", "护士长", "middle", [
            ("治疗项目多记、串换收费", "制度机制", "Ⅰ", "治疗单患者签字，收费每日核对。", "已整改"),
            ("科室耗材申领超量、私自外流", "业务流程", "Ⅲ", "耗材按基数申领，每月对账。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 36, 10, 9, 32, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        sh.add(f"姓{GAP}名", who, f"科{GAP}室", dept, f"职{GAP}务", post)
        sh.add("序号", "风险点", "风险类别", "风险等级", "已有防控措施", "自查情况")
        for i, (point, typ, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, typ, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "科室负责人意见：", None, "2025年6月", None)
        sheets.append(sh)
    return _layout(
        "jiange_tcm_hospital_selfchecks", "http://www.bbtnews.com.cn/2023/0810/484811.shtml",
        "县中医医院 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 县 医疗卫生领域 行贿 "
        "case (乡镇卫生院院长, 县中医医院原院长, 县人民医院医学影像科主任, 主动退赃): a title, ``姓　名 | … | 科　室 | … | 职　务 | …`` "
        "in one row, then 序号/风险点/风险类别 (short names)/风险等级 BARE ``Ⅰ/Ⅱ/Ⅲ``/``已有防控措施``/``自查情况``; a blank row "
        "and ``本人签名： | 科室负责人意见： | 2025年6月``",
        sheets, t,
    )  # fmt: skip


def jiange_cdc_posts() -> dict:
    unit = f"{PLACE}疾病预防控制中心"
    sh = _Sheet("排查表", [6, 12, 10, 16, 38, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 7)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险等级", "防控措施")
    lead = "中心领导"
    rows = [
        (lead, "主任", "leader", "实验室设备采购", "采购需求设置倾向性参数，指定品牌", "高风险",
         "采购需求经中心办公会论证，招标文件公开。"),
        (lead, "主任", "leader", "专项资金使用", "公共卫生专项资金不按项目用途使用", "高风险",
         "专项资金专账核算，按项目进度支付。"),
        (lead, "副主任", "leader", "应急物资管理", "应急物资采购不按程序，验收不严", "中风险",
         "应急采购事后补办手续并报县卫健局备案。"),
        ("免疫规划科", "科长", "middle", "非免疫规划疫苗遴选", "遴选中接受疫苗企业宴请、礼品", "高风险",
         "遴选专家随机抽取，纪检人员全程监督。"),
        ("免疫规划科", "疫苗管理员", "general", "疫苗出入库", "疫苗出入库记录不全，账物不符", "中风险",
         "疫苗追溯系统扫码出入库，每月盘点。"),
        ("检验科", "检验员", "general", "检测报告出具", "篡改检测数据，出具虚假报告", "高风险",
         "原始记录不得涂改，报告三级审核。"),
        ("检验科", "检验员", "general", "检验试剂领用", "试剂领用不登记，私自外接检测收费", "低风险",
         "试剂按批次领用登记，与检测量核对。"),
        ("综合办公室", "出纳", "general", "现金收付", "检测收费不入账，坐支现金", "中风险",
         "收费一律开票，现金当日解缴。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, [], BANDS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合办公室", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "jiange_cdc_posts", "https://www.chaxiaohao.com/read-1750818332l2357948.html",
        "县疾病预防控制中心 廉政风险点排查表 对岗不对人, after the source's 区疾控中心 实验室设备系统 采购 project (采购编号, "
        "招标文件, 实验室专业设备, 检测能力): a title, then 序号/科室 merged (中心领导, 免疫规划科, 检验科, 综合办公室)/岗位 "
        "merged per post/a short 风险点/a long 风险表现/风险等级 ``高风险/中风险/低风险``/防控措施; no names, no type column; "
        "an ``编制：综合办公室 | 审核： | 2025年5月`` line",
        [sh], t,
    )  # fmt: skip


def jiange_maternal_child_groups() -> dict:
    unit = f"{PLACE}妇幼保健院"
    sh = _Sheet("风险清单", [6, 10, 10, 38, 11, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉洁风险防控清单", 7)
    sh.add("序号", "岗位", "姓名", "廉洁风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、院领导", "院领导", [
            ("院长", "蔺霓芊", "leader", [
                ("《出生医学证明》空白证件管理不严，违规签发", "制度机制", "一级风险", "空白证件专人专柜保管，领用登记。"),
                ("妇幼项目资金拨付不经集体研究", "制度机制", "一级风险", "项目资金拨付院务会集体研究。"),
            ]),
            ("副院长", "蒉鸿骞", "leader", [
                ("两癌筛查、孕前优生项目服务量虚报", "岗位职责", "二级风险", "服务对象电话回访，按季度抽查。"),
            ]),
        ]),
        ("二、保健部", "保健部", [
            ("部长", "粟瑗湉", "middle", [
                ("项目督导中接受基层机构宴请，督导走过场", "思想道德", "二级风险", "督导两人以上，督导报告存档。"),
                ("叶酸等免费药品发放台账不实", "业务流程", "三级风险", "发放台账与领取人签字逐一核对。"),
            ]),
        ]),
        ("三、产科", "产科", [
            ("科主任", "邴旸澍", "middle", [
                ("《出生医学证明》签发材料审核不严", "岗位职责", "一级风险", "签发材料双人审核，废证登记。"),
                ("分娩收费项目串换", "业务流程", "二级风险", "收费清单患者签字确认。"),
            ]),
        ]),
        ("四、财务科", "财务科", [
            ("出纳", "庹岚溪", "general", [
                ("收费现金不及时解缴", "岗位职责", "二级风险", "现金日清日结，当日解缴。"),
                ("项目补助资金支付不凭审批单", "制度机制", "三级风险", "支付凭审批单和合同办理。"),
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
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), RISKS[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("制表：院办公室", None, None, "审核：", None, "2025年6月", None)
    return _layout(
        "jiange_maternal_child_groups", "https://fx361.cc/page/2020/0121/15309188.shtml",
        "县妇幼保健院 廉洁风险防控清单, after the source's 省妇幼保健院 出生医学证明 管理 (保健部, 医务科, 产科, 签发, 换发, "
        "补发, 废证率): a title, 序号/岗位/姓名/廉洁风险点/风险类型 (short names)/风险等级 ``一级风险/二级风险/三级风险``/"
        "防控措施 under GROUP ROWS ``一、院领导``, ``二、保健部``, ``三、产科``, ``四、财务科`` merged across (no 科室 column); "
        "岗位 and 姓名 merged per person; a ``制表：院办公室 | 审核： | 2025年6月`` line",
        [sh], t,
    )  # fmt: skip


def jiange_library_duties() -> dict:
    unit = f"{PLACE}图书馆"
    sh = _Sheet("责任清单", [6, 12, 9, 9, 14, 36, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add("序号", "部门", "岗位", "责任人", "职责事项", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("馆领导", "馆长", "郇璟漪", "leader", "总分馆建设", "乡镇分馆建设项目不按程序发包", "高",
         "项目发包按限额标准执行，馆务会研究。"),
        ("馆领导", "馆长", "郇璟漪", "leader", "人事管理", "编外人员招聘条件因人而设", "中",
         "招聘条件报县文广旅局审核并公开。"),
        ("采编部", "主任", "勾濯霖", "middle", "图书采购", "图书采购中接受书商回扣，折扣不入账", "高",
         "图书采购公开招标，折扣写入合同。"),
        ("采编部", "采编员", "亓蕴岚", "general", "图书验收", "到馆图书不核对清单，复本超量", "中",
         "验收逐单核对，复本率每季度统计。"),
        ("流通阅览部", "主任", "汲岫琤", "middle", "数字资源采购", "电子阅览室数字资源重复购买、虚报使用量", "中",
         "数字资源使用量系统统计，续订前评估。"),
        ("流通阅览部", "主任", "汲岫琤", "middle", "读者证押金", "读者证押金收退不入账", "低",
         "押金收退系统登记，每月对账。"),
        ("办公室", "出纳", "沃渟岫", "general", "免费开放经费", "免费开放经费支出凭证不全", "中",
         "支出凭证经办、审核、审批三签。"),
        ("办公室", "出纳", "沃渟岫", "general", "现金管理", "公款私存、白条抵库", "高",
         "库存现金不定期盘点，严禁白条抵库。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, duty, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, duty, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    sh.add()
    sh.add("填报人：", None, None, "审核人：", None, "馆长：", None, None)
    return _layout(
        "jiange_library_duties", "http://e.sxxycmw.com/qzxw/2016-1022/news-2-1.html",
        "县图书馆 廉政风险防控责任清单, after the source's 县图书馆 building project (国家一级馆标准, 成人阅览室, 电子阅览室, "
        "少儿阅览室, 各科室制度, 信息管理): a title, 序号/部门/岗位/责任人 written on EVERY row (no merges)/``职责事项``/"
        "廉政风险点/风险等级 高/中/低/防控措施; no type column; a blank row and a 填报人/审核人/馆长 line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    jiange_culture_hall_post_columns(),
    jiange_puan_middle_school_list(),
    jiange_experimental_primary_cards(),
    jiange_people_hospital_two_sheets(),
    jiange_tcm_hospital_selfchecks(),
    jiange_cdc_posts(),
    jiange_maternal_child_groups(),
    jiange_library_duties(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch287-inbox"))

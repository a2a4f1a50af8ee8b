"""The three-hundred-and-forty-seventh batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one district's 教育
bodies, 金牛区 (a district of 成都, its staff Han) — its 教育局, its 教育考试服务中心, two 中学
(天回中学, 抚琴中学), two 小学 (营门口小学, 茶店子小学) and two 幼儿园 (西华幼儿园, 金泉幼儿园) — each
handing back the 一览表, 防控卡, 排查表, 责任清单 or 自查表 its staff typed in WPS or Excel (or, once,
in Word and pasted):

- the 教育局's file in two sheets: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and ``科室``
  (``科室`` merged, ``岗位`` and ``姓名`` merged per person), short types (``思想道德`` …),
  ``一级/二级/三级``, a 填表人/审核人/date line under each;
- the 教育考试服务中心's 排查表 对岗不对人: ``科室`` merged (中心领导, 考务科, 招生科, 办公室), ``岗位`` merged
  per post, a short ``风险点`` beside a long ``风险表现``, ``…风险`` types, ``高风险/中风险/低风险``; no
  names; an 编制/审核/date line;
- the 天回中学's 一览表 under GROUP ROWS ``一、校领导``, ``二、办公室``, ``三、教务处``, ``四、总务处`` merged
  across (no 处室 column): ``岗位 | 姓名`` merged per person, short types, ``一级风险/二级风险/三级风险``,
  a ``注：`` line and a 制表/审核/date line;
- the 营门口小学's 自查表, one sheet a person (tabs named by the person): the pairs ``姓　名 | … | 职　务
  | …`` and ``所在部门 | … | 填表时间 | …`` above ``序号 | 风险点 | 风险类型 | 风险等级 | 防控措施 |
  自查情况``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``本人签名： | … | 校长意见：``;
- the 西华幼儿园's 防控卡, one sheet a holder (tabs by post): ``持卡人 | … | 职　务 | …`` and a merged
  ``分管工作`` line above ``序号 | 风险点 | 风险等级 | 防控措施``, ``★★★/★★/★`` read by a ``注：`` line, no
  type column, ``持卡人签字： | … | 监督电话：…``;
- the 金泉幼儿园's 一览表 under ``附件1``: ``部门`` merged (园领导, 总务处, 保健室, 食堂, 财务室), ``岗位`` and
  ``姓名`` merged per person, the 风险点, short types, 高/中/低, the measures and a 填表人/审核人/date line;
- the 茶店子小学's 责任清单 under ``附件2`` and a ``填报单位（盖章）：…　填报时间：…`` line: ``处室`` merged,
  ``岗位`` and ``责任人`` merged per person, ``职责事项`` before the ``廉政风险点``, bare ``Ⅰ/Ⅱ/Ⅲ`` read by
  a ``注：`` line, no type column, a 填表人/审核人/校长（签字） line.

One is harder:

- ``jinniu_fuqin_middle_school_pasted_measures``: the 抚琴中学's 岗位廉政风险点及防控措施一览表, TYPED IN
  WORD AND PASTED INTO EXCEL. Its heading is ``序号 | 处室 | 岗位 | 姓名 | 廉政风险点及防控措施 | 风险类型
  | 风险等级``: in the Word table each point's cell held the point in its first paragraph and ITS
  MEASURES IN THE NEXT PARAGRAPHS, numbered ``（1）…；`` ``（2）…。`` and not labelled. Excel splits
  a pasted cell's paragraphs into rows, so every point now stands on one row and each of its
  measures on a row of its own BELOW IT, IN THE SAME COLUMN; the Word row's other cells (``序号``,
  ``风险类型``, ``风险等级``) are MERGED DOWN over the point and its two or three measure rows, and
  ``处室``, ``岗位`` and ``姓名`` (merged in Word) are merged over the person's or office's rows. So
  a measure row, filled from its merges, has a 序号, a holder, a type and a level like the point
  above it, and its ``廉政风险点及防控措施`` cell holds a sentence — but it is no point. Under the table
  a 填表人/审核人/date line. The README's 读得懂的表 knows measures in ONE CELL with the point
  (``风险点：…⏎防控措施：…``, ``风险点1：…⏎防控措施1：…``, ``风险点。对策：…``), a header ``X及Y`` whose
  second part stands inside the cell (``风险点及等级``, ``防控措施及责任人``), a point on two rows whose
  second row is ``防控措施 | …`` (a label in a cell of its own), measures one a row in the MEASURES
  column (``措施一行一条、不合并单元格``; merged point cells over measure rows with their own
  ``落实责任人``), one LABELLED row ``防控措施：⏎1.…`` merged over the risk columns closing each
  PERSON's points, a sentence continued on the next row after a comma, a row cut by a page break,
  and a Word table pasted so that a post and its holder stand in two rows of ONE cell column; it
  does not describe a point's own measures split by the paste into UNLABELLED numbered rows of the
  POINT column under each point, with the point's 序号, type and level merged down over them.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 区教育局's 内设机构 — 人事科: 教职工
招聘录用, 职称评聘, 教师资格认定, 表彰奖励; a 国家保密局 piece on 国家统一考试 泄题 — 命题, 印刷, 运送,
交接, 保管; a school's 经费归口管理 — 办公室, 总务处, 教务处, 政教处 and what each spends; a piece on
中小学 有偿补课 — 在职教师 补课, 介绍生源, 招生政策; a 幼儿园 膳食管理委员会 — 执行园长, 业务园长,
保健医生, 出纳, 伙食费 公布; a 幼儿园 伙委会 — 园长, 总务, 保健医生, 炊事组长, 财务人员, 入园 食品 验收
签字; a 小学's 贫困生资助管理办法 — 申请, 评审小组, 公示, 资助档案; a 初中's 学生资助 自查整改报告 —
资助领导小组 (校长, 政教主任, 总务主任, 班主任), 公示, 教材退费, 生活费补助) and the layout follows
their words for the unit, its parts, its posts and its risks. The rows are worded by us, the names
invented (rare Han surnames with rare given names, three characters each); every unit is a body
of 金牛区, named with the district's name.

Run ``python tests/published/score.py --set batch347`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a Word row is one point: its text is the FIRST row under the merged 序号 (the
  row of the number, the cell as written), its type and level the merged ``风险类型`` and
  ``风险等级``; the rows below it in the same merge, opening ``（1）``, ``（2）``, ``（3）``, are that
  point's measures, no points (of no holder, no level); ``校领导`` is the 科室 of the 校长, as a
  school's 办公室, 政教处 and 总务处 are 科室;
- ``局领导`` (the 教育局's sheet whose title names it), ``中心领导``, ``校领导`` (a 处室 cell, a group row)
  and ``园领导`` are the 科室 of those leaders; a 局's 科, a 中心's 科 and 办公室, a school's 处 and 办公室, a
  幼儿园's 总务处, 保健室, 食堂 and 财务室 are 科室; a group row ``二、办公室`` gives the 科室 ``办公室`` (its
  number left off); the 自查表's ``所在部门`` is the 科室 (``校领导``, ``教导处``, and ``三年级组``, a 班主任's 年级组); the 西华幼儿园's cards name no 科室 (""), the
  园长s being the 幼儿园's own heads;
- 局长, 副局长, the 中心's 主任 and 副主任, 校长, 副校长, 园长, 执行园长 and 业务园长 are leaders; 科长, a
  处's 主任 (教务主任, 政教主任, 总务主任, 德育主任), the 办公室 主任 and the 教导主任 middle; the rest
  (科员, 考务员, 会计, 出纳, 报账员, 班主任, 保健医生, 炊事组长, 资助专干) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``职责事项``, ``自查情况`` and the
  harder file's measure rows are no points and name no holder; the 教育考试服务中心's list names no
  person: its forms are posts (对岗不对人);
- ``一级/二级/三级``, ``高风险/中风险/低风险``, ``一级风险/二级风险/三级风险``, ``Ⅰ级/Ⅱ级/Ⅲ级``,
  ``★★★/★★/★`` (read by the card's note), 高/中/低 and bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the 茶店子小学's note)
  are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.batch287 import _per_person
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b347_"
PLACE = "金牛区"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"


# --------------------------------------------------------------------------- harder layout

PASTED_HEAD = ("序号", "处室", "岗位", "姓名", "廉政风险点及防控措施", "风险类型", "风险等级")
# (处室, 岗位, 姓名, tier, [(风险点, 风险类型, 风险等级, [措施, …])])
PASTED = [
    ("校领导", "校长", "糜璆澂", "leader", [
        ("学生资助工作领导小组不按期研究，资助名单由个人决定", "制度机制风险", "高",
         ["（1）资助名单经领导小组集体研究；", "（2）研究记录存档备查。"]),
        ("食堂、校服等大宗采购不经校务会研究，指定供应商", "岗位职责风险", "高",
         ["（1）大宗采购校务会研究，按规定政府采购；", "（2）采购结果在校务公开栏公示；",
          "（3）驻校纪检监督员全程参与。"]),
    ]),
    ("政教处", "政教主任", "隆琤渲", "middle", [
        ("家庭经济困难学生认定不实，优亲厚友", "思想道德风险", "中",
         ["（1）认定实行班级评议、学校审核；", "（2）认定名单公示不少于7日。"]),
        ("资助公示走过场，不公布举报电话", "业务流程风险", "低",
         ["（1）公示同时公布举报电话和信箱；", "（2）公示照片存入资助档案。"]),
    ]),
    ("总务处", "总务主任", "慕晗溱", "middle", [
        ("教材退费不按学生名单足额退还", "业务流程风险", "中",
         ["（1）退费按班级名单逐人签领；", "（2）退费凭证按学期归档。"]),
        ("寄宿生生活费补助截留、挪用", "外部环境风险", "高",
         ["（1）补助资金专款专用，直接发放到学生账户；", "（2）发放情况按月对账；",
          "（3）学期末接受区教育局专项检查。"]),
    ]),
    ("总务处", "报账员", "咸沛璘", "general", [
        ("补助资金拨入、发放凭证不全", "岗位职责风险", "低",
         ["（1）拨入、发放凭证逐笔登记；", "（2）总务主任每月复核。"]),
        ("学生领款签字表代签、补签", "思想道德风险", "中",
         ["（1）领款由学生或家长本人签字；", "（2）签字表与发放名单核对后归档。"]),
    ]),
]  # fmt: skip


def jinniu_fuqin_middle_school_pasted_measures() -> dict:
    unit = f"{PLACE}抚琴中学"
    t = _Truth(unit)
    sh = _Sheet("一览表", [6, 10, 10, 9, 44, 13, 9])
    _line(sh, f"{unit}岗位廉政风险点及防控措施一览表", len(PASTED_HEAD))
    sh.add(*PASTED_HEAD)
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in PASTED:
        for point, typ, lv, measures in points:
            n += 1
            for text in [point, *measures]:
                sh.add(n, dept, post, who, text, typ, lv)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    # the paste: 序号, type and level merged over a point's rows, the holder over a person's
    _merge_down(sh, first, [(c, lambda row: row[0]) for c in (0, 5, 6)])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, "2025年9月", None)
    return _layout(
        "jinniu_fuqin_middle_school_pasted_measures", "https://m.hunwen.com/work/zichabaogao/420/420219.html",
        "(harder) 区中学 岗位廉政风险点及防控措施一览表 TYPED IN WORD AND PASTED INTO EXCEL, after the source's 学生资助 自查整改报告 "
        "(资助领导小组: 校长, 政教主任, 总务主任, 班主任; 公示, 教材退费, 生活费补助): a title, 序号/处室/岗位/姓名/"
        "``廉政风险点及防控措施``/风险类型 ``…风险``/风险等级 高/中/低, where each point's MEASURES stand UNLABELLED ONE A ROW "
        "UNDER IT IN THE SAME COLUMN (``（1）…；`` ``（2）…。``), the point's 序号, type and level merged down over them and "
        "处室, 岗位, 姓名 merged over the person's rows (Excel's split of a pasted Word cell's paragraphs); a 填表人/审核人/date "
        "line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def jinniu_education_bureau_two_sheets() -> dict:
    unit = f"{PLACE}教育局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 24, 36, 10, 9, 32])
    _line(lead, f"{unit}局领导廉政风险防控表", 8)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险类型", "风险等级", "防控措施")
    leaders = [
        ("亓砚澂", "局长", "主持全面工作", [
            ("学校布局调整和基建项目安排不经党组集体研究", "制度机制", "一级", "项目安排党组会研究，会议纪要存档。"),
            ("在校长选拔任用中打招呼、搞个人意志", "思想道德", "一级", "校长选拔全程纪实，任前公示。"),
        ]),
        ("琚沄溪", "副局长", "分管人事科、民办教育科", [
            ("教职工公开招聘中降低资格条件", "岗位职责", "一级", "招聘方案和资格审查结果公开。"),
            ("民办学校年检把关不严，为关系学校放行", "外部环境", "二级", "年检结果集体审定，网上公示。"),
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
    lead.add("填表人：", None, None, "审核人：", None, None, "2025年9月", None)
    dept = _Sheet("科室", [6, 14, 9, 9, 36, 10, 9, 32])
    _line(dept, f"{unit}科室岗位廉政风险防控表", 8)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("人事科", "科长", "滑璟湉", "middle", [
            ("职称评聘推荐中优亲厚友", "思想道德", "一级", "评聘条件量化赋分，推荐结果公示。"),
            ("教师资格认定材料审核不严", "业务流程", "二级", "认定材料两人审核，结果网上可查。"),
        ]),
        ("计划财务科", "科长", "羿琬澈", "middle", [
            ("学校经费分配不按标准，向关系学校倾斜", "制度机制", "一级", "经费分配方案局务会研究，分配结果公开。"),
        ]),
        ("基础教育科", "科员", "鄂珵霏", "general", [
            ("义务教育招生划片中为他人违规办理入学", "外部环境", "二级", "划片范围和招生结果公开，入学材料复核。"),
            ("表彰奖励推荐材料审核走过场", "岗位职责", "三级", "推荐材料科长复核，结果公示。"),
        ]),
        ("民办教育科", "科长", "殳翀瀚", "middle", [
            ("校外培训机构审批中收受好处", "外部环境", "一级", "审批条件公开，审批结果集体审定。"),
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
    dept.add("填表人：", None, None, "审核人：", None, None, "2025年9月", None)
    return _layout(
        "jinniu_education_bureau_two_sheets",
        "https://www.zhengxiang.gov.cn/zwgk/bmxzxxgk/qjyj/jgxx/nsjg/20200605/i2052237.html",
        "区教育局 廉政风险防控表 in two sheets, after the source's 区教育局 内设机构 (人事科: 招聘录用, 职称评聘, 教师资格认定, "
        "表彰奖励): ``局领导`` (a title, 序号/姓名, 职务 and 分管工作 merged per leader/廉政风险点/风险类型 short/风险等级 "
        "``一级/二级/三级``/防控措施; a 填表人/审核人/date line) and ``科室`` (a title, 序号/科室 merged/岗位 and 姓名 merged per "
        "person/…; the same line)",
        [lead, dept], t,
    )  # fmt: skip


def jinniu_exam_center_posts() -> dict:
    unit = f"{PLACE}教育考试服务中心"
    sh = _Sheet("排查表", [6, 12, 10, 16, 36, 13, 10, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", [
            ("考点设置", "考点设置不经集体研究，照顾关系学校", "制度机制风险", "中风险", "考点设置方案中心办公会研究，报区教育局审定。"),
            ("考务人员选聘", "监考人员选聘打招呼，不执行回避", "外部环境风险", "中风险", "监考人员随机抽取，有直系亲属参考的一律回避。"),
        ]),
        ("考务科", "科长", "middle", [
            ("试卷交接", "试卷交接手续不全，交接时间、数量记录不实", "岗位职责风险", "高风险", "试卷交接双人签字，全程视频监控。"),
        ]),
        ("考务科", "考务员", "general", [
            ("试卷保管", "私自开启试卷保密室，接触密封试卷", "思想道德风险", "高风险", "保密室双人双锁，值班巡逻记录存档。"),
            ("试卷运送", "运送途中擅自停留，不按规定路线行驶", "业务流程风险", "中风险", "运送车辆定位跟踪，公安人员随车押运。"),
        ]),
        ("招生科", "科员", "general", [
            ("中考加分审核", "加分材料审核不严，为不符合条件的考生加分", "岗位职责风险", "高风险", "加分材料两级审核，加分名单公示。"),
            ("考生信息管理", "泄露考生个人信息或成绩", "思想道德风险", "低风险", "信息系统分级授权，查询操作留痕。"),
        ]),
        ("办公室", "会计", "general", [
            ("考务费用报销", "虚列考务人员劳务费", "业务流程风险", "低风险", "劳务费按签到表发放，名单公示。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, tier, points in rows:
        for point, desc, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, point, desc, typ, lv, measures)
            t.point(sh.name, dept, post, "", tier, point, types_in(typ), BANDS[lv])
    _per_person(sh, first, 1, 2)
    sh.add("编制：", None, None, "审核：", None, None, "2025年9月", None)
    return _layout(
        "jinniu_exam_center_posts", "http://dips-design.com/dbxb/info/1017/1695.htm",
        "区教育考试服务中心 岗位廉政风险点排查表 对岗不对人, after the source's piece on 国家统一考试 泄题 (命题, 印刷, 运送, 交接, "
        "保管): a title, then 序号/科室 merged (中心领导, 考务科, 招生科, 办公室)/岗位 merged per post/a short 风险点/a long "
        "``风险表现``/风险类型 ``…风险``/风险等级 ``高风险/中风险/低风险``/防控措施; no names; an ``编制： | 审核： | 2025年9月`` line",
        [sh], t,
    )  # fmt: skip


def jinniu_tianhui_middle_school_groups() -> dict:
    unit = f"{PLACE}天回中学"
    sh = _Sheet("一览表", [6, 10, 9, 38, 10, 12, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险类别", "风险等级", "防控措施")
    groups = [
        ("一、校领导", "校领导", [
            ("校长", "昝珩岫", "leader", [
                ("学校年度预算和大额经费使用个人说了算", "制度机制", "一级风险", "大额经费校务会集体研究，预算执行公开。"),
            ]),
            ("副校长", "蔺泓晞", "leader", [
                ("教辅资料征订中收受回扣", "思想道德", "一级风险", "征订坚持自愿原则，书目集体研究确定。"),
                ("评优评先推荐不公开", "岗位职责", "二级风险", "推荐条件和结果公示。"),
            ]),
        ]),
        ("二、办公室", "办公室", [
            ("主任", "郜霁渊", "middle", [
                ("公务接待和差旅费报销超标准", "业务流程", "二级风险", "接待先审批后接待，报销逐项核对。"),
            ]),
        ]),
        ("三、教务处", "教务处", [
            ("主任", "沃翎沣", "middle", [
                ("外聘教师酬金、代课费虚报", "业务流程", "二级风险", "代课记录按月公示，酬金凭记录发放。"),
                ("竞赛奖励经费分配不公", "岗位职责", "三级风险", "奖励标准公开，分配结果公示。"),
            ]),
        ]),
        ("四、总务处", "总务处", [
            ("主任", "芮澔岍", "middle", [
                ("维修材料和低值用品采购不比价", "外部环境", "一级风险", "采购三家以上比价，验收双人签字。"),
            ]),
            ("会计", "邰瑾涴", "general", [
                ("设备购置费报销票据审核不严", "岗位职责", "二级风险", "报销票据逐张审核，总务主任复核。"),
                ("水电费等日常支出账目不清", "业务流程", "三级风险", "按月对账，账目公开。"),
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
    _line(sh, "注：风险等级分一级风险、二级风险、三级风险，一级风险为最高。", 7)
    sh.add("制表：", None, None, "审核：", None, "2025年9月", None)
    return _layout(
        "jinniu_tianhui_middle_school_groups", "https://www.fanwenfree.com/fanwen/1757115328.html",
        "区中学 岗位廉政风险防控一览表, after the source's 经费归口管理 (办公室, 总务处, 教务处, 政教处 and what each spends): a "
        "title, 序号/岗位/姓名/廉政风险点/风险类别 (short names)/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS "
        "``一、校领导``, ``二、办公室``, ``三、教务处``, ``四、总务处`` merged across (no 处室 column); 岗位 and 姓名 merged per "
        "person; a ``注：`` line and a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def jinniu_yingmenkou_primary_selfchecks() -> dict:
    unit = f"{PLACE}营门口小学"
    t = _Truth(unit)
    people = [
        ("栾芷溆", "校领导", "副校长", "leader", [
            ("默许教师在校外培训机构兼职补课", "岗位职责风险", "Ⅰ级", "每学期开展有偿补课专项排查，结果报区教育局。", "已落实"),
            ("课后服务收费项目擅自扩大", "制度机制风险", "Ⅱ级", "收费项目报批并公示。", "未发现问题"),
        ]),
        ("谌珮沅", "教导处", "教导主任", "middle", [
            ("向培训机构透露学校招生政策和考试信息", "外部环境风险", "Ⅰ级", "招生政策统一发布，考试信息按保密要求管理。", "已落实"),
            ("分班、排课中照顾关系学生", "思想道德风险", "Ⅱ级", "分班电脑随机，结果公开。", "已落实"),
        ]),
        ("靳媛湄", "三年级组", "班主任", "general", [
            ("为校外培训机构介绍生源", "思想道德风险", "Ⅰ级", "签订不参与有偿补课承诺书，接受家长监督。", "未发现问题"),
            ("收受学生家长礼品礼金", "外部环境风险", "Ⅲ级", "节前廉洁提醒，拒收登记。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 36, 13, 9, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", post, None, None)
        sh.add("所在部门", dept, "填表时间", "2025年9月", None, None)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", "自查情况")
        for i, (point, typ, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, typ, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
        sh.add("本人签名：", None, None, "校长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "jinniu_yingmenkou_primary_selfchecks", "https://m.ruiwen.com/news/75067.htm",
        "区小学 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's piece on 中小学 有偿补课 "
        "(在职教师 补课, 介绍生源, 招生政策): a title, the pairs ``姓　名 | … | 职　务 | …`` and ``所在部门 | … | 填表时间 | …``, "
        "then 序号/风险点/风险类型 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; ``本人签名： | 校长意见：``",
        sheets, t,
    )  # fmt: skip


def jinniu_xihua_kindergarten_cards() -> dict:
    unit = f"{PLACE}西华幼儿园"
    t = _Truth(unit)
    cards = [
        ("执行园长", "桓沁璎", "leader", "主持幼儿园全面工作，任膳食管理委员会组长", [
            ("伙食费使用不按月公布收支结算", "★★★", "伙食费收支每月向家长公布，接受膳食管理委员会监督。"),
            ("食堂食材供应商确定不经园务会研究", "★★★", "供应商比选确定，园务会研究并公示。"),
            ("教职工绩效分配不公开", "★★", "分配方案经教职工大会通过并公示。"),
        ]),
        ("业务园长", "晁嫣澪", "leader", "分管保教工作和教师培训", [
            ("教师外出培训名额分配不公", "★★", "培训名额按计划轮流安排，名单公示。"),
            ("幼儿用书和教玩具征订收受回扣", "★★★", "征订书目集体研究，采购按规定程序办理。"),
        ]),
        ("保健医生", "庹苓涓", "general", "负责幼儿营养食谱、食品查验和卫生保健", [
            ("食品入园查验不严，签字走过场", "★★", "食品入园保健医生、炊事组长、园长三人签字。"),
            ("接受供货商好处，放宽食品查验标准", "★", "签订廉洁承诺书，查验记录存档备查。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, tier, work, points in cards:
        sh = _Sheet(post, [6, 36, 10, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("持卡人", who, f"职{GAP}务", post)
        r = sh.add("分管工作", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(points, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：风险等级★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人签字：", None, "监督电话：028-87612345", None)
        sheets.append(sh)
    return _layout(
        "jinniu_xihua_kindergarten_cards", "http://biz.doczj.com/doc/0f17582179.html",
        "区幼儿园 岗位廉政风险防控卡, one sheet a holder (tabs 执行园长, 业务园长, 保健医生), after the source's 幼儿园 膳食管理委员会 "
        "(执行园长, 业务园长, 保健医生, 出纳; 伙食费 收支 公布): a title, ``持卡人 | … | 职　务 | …`` and a merged ``分管工作`` line, "
        "then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; no type column; a merged ``注：`` line on the stars and ``持卡人签字： | "
        "监督电话：…``",
        sheets, t,
    )  # fmt: skip


def jinniu_jinquan_kindergarten_list() -> dict:
    unit = f"{PLACE}金泉幼儿园"
    sh = _Sheet("一览表", [6, 10, 10, 9, 36, 10, 8, 32])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "部门", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("园领导", "园长", "粟琰沨", "leader", [
            ("伙委会不按期召开，伙食管理一人说了算", "制度机制", "高", "伙委会每学期至少召开两次，会议记录存档。"),
            ("保育员、炊事员聘用不公开", "岗位职责", "中", "聘用条件和结果公示。"),
        ]),
        ("总务处", "总务主任", "骞澈琳", "middle", [
            ("食材采购中虚报数量、价格", "业务流程", "高", "采购台账逐日登记，每月公示采购品种、数量和价格。"),
        ]),
        ("保健室", "保健医生", "扈蓁沄", "general", [
            ("食谱制定迁就供货商，营养分析走过场", "思想道德", "低", "食谱每周公布，营养分析每月报园长。"),
        ]),
        ("食堂", "炊事组长", "竺岚湉", "general", [
            ("剩余食材私自带出", "思想道德", "中", "食材出入库登记，园领导随机抽查。"),
            ("按入园人数多报用餐量", "外部环境", "低", "用餐人数与出勤表核对。"),
        ]),
        ("财务室", "会计", "雍翾淇", "general", [
            ("伙食费与教职工伙食账目混用", "业务流程", "高", "幼儿伙食与职工伙食分账核算。"),
            ("蔬菜、食品报销无三人签字仍予报销", "岗位职责", "中", "报销凭证无三人签字一律退回。"),
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
    sh.add("填表人：", None, None, "审核人：", None, "2025年9月", None, None)
    return _layout(
        "jinniu_jinquan_kindergarten_list", "https://1566.cn/guanlizhidu/168213239223925.html",
        "区幼儿园 岗位廉政风险防控一览表, after the source's 幼儿园 伙委会 (园长, 总务, 保健医生, 炊事组长, 财务人员; 入园食品 三人"
        "签字): ``附件1``, a title, 序号/部门 merged (园领导, 总务处, 保健室, 食堂, 财务室)/岗位 and 姓名 merged per person/风险点/风险类型 "
        "short/风险等级 高/中/低/防控措施; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def jinniu_chadianzi_primary_duties() -> dict:
    unit = f"{PLACE}茶店子小学"
    sh = _Sheet("责任清单", [6, 10, 10, 9, 18, 36, 8, 32])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年9月", 8)
    sh.add("序号", "处室", "岗位", "责任人", "职责事项", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("校领导", "校长", "钭峤沂", "leader", [
            ("资助评审小组组建", "资助评审小组成员由校长指定，不吸收教师、学生代表", "Ⅰ", "评审小组含教师代表、学生代表和班主任，名单公示。"),
            ("资助资金管理", "资助资金抵顶学生欠费或挪作他用", "Ⅰ", "资助资金专款专用，足额发放给学生或家长。"),
        ]),
        ("德育处", "德育主任", "戚琇澴", "middle", [
            ("资助名单评审", "评审不按程序，初步名单未经评审小组评议", "Ⅱ", "评审按申请、评议、审核三步进行，记录存档。"),
            ("资助结果公示", "公示期少于7日或不公示", "Ⅲ", "公示不少于7日，公示照片存档。"),
        ]),
        ("总务处", "总务主任", "苟翊潼", "middle", [
            ("资助档案保管", "资助申请表和评审材料遗失、补做", "Ⅲ", "资助档案由后勤集体保存，逐年归档。"),
        ]),
        ("总务处", "资助专干", "仇霈岚", "general", [
            ("资助申请受理", "对不符合条件的申请不审核就上报", "Ⅱ", "申请材料逐项核对，总务主任复核。"),
            ("受助学生统计", "统计表虚报受助人数", "Ⅰ", "统计表与公示名单核对，校长签字后上报。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for duty, point, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, duty, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], BARE[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级Ⅰ为高风险，Ⅱ为中风险，Ⅲ为低风险。", 8)
    sh.add("填表人：", None, None, "审核人：", None, "校长（签字）：", None, None)
    return _layout(
        "jinniu_chadianzi_primary_duties",
        "http://www.zhangzi.gov.cn/zzxxgk/jylygkjbml/jyly_zxx/jyly_sclx/XSGL/XSZZ/202312/t20231222_2841004.html",
        "区小学 廉政风险防控责任清单, after the source's 小学 贫困生资助管理办法 (申请, 评审小组, 公示, 资助档案 由后勤保存): "
        "``附件2``, a title, a merged ``填报单位（盖章）：…　填报时间：2025年9月`` line, then 序号/处室 merged (校领导, 德育处, 总务处)/"
        "岗位 and 责任人 merged per person/``职责事项``/廉政风险点/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施; no type column; a merged "
        "``注：`` line on the grades and a 填表人/审核人/校长（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    jinniu_fuqin_middle_school_pasted_measures(),
    jinniu_education_bureau_two_sheets(),
    jinniu_exam_center_posts(),
    jinniu_tianhui_middle_school_groups(),
    jinniu_yingmenkou_primary_selfchecks(),
    jinniu_xihua_kindergarten_cards(),
    jinniu_jinquan_kindergarten_list(),
    jinniu_chadianzi_primary_duties(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch347-inbox"))

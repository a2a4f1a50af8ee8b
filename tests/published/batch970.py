"""The nine-hundred-and-seventieth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 公安、司法、
法院 and 检察院 bodies, 错那县 (山南市, 西藏自治区) — its 公安局, 人民法院, 人民检察院, 司法局, 看守所,
法律援助中心, 曲卓木乡司法所 and the 公安局's 错那镇派出所 — each handing back the 一览表, 防控卡, 排查表,
清单 or 自查表 its staff typed in WPS or Excel:

- the 公安局's 一览表 in TWO SHEETS: ``班子成员`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``内设机构`` (``部门`` merged, ``岗位 | 姓名`` merged per person), a ``风险类型`` column (``…风险``) on
  both, 高/中/低;
- the 人民法院's 一览表: ``部门`` merged, ``职务 | 姓名`` merged per person, ``一级/二级/三级``, no type
  column, a ``注：`` line and a 制表/审核 line;
- the 人民检察院's 防控卡, one sheet a person (tabs named by the post): ``姓　名 | … | 职　务 | …`` over
  ``所在部门 | … | 填卡时间 | …``, ``★★★/★★/★`` read by a ``注：`` line, 持卡人（签字）;
- the 司法局's 清单 under GROUP ROWS ``一、局领导`` … (no 科室 column), ``岗位 | 姓名`` merged per
  person, ``风险类别`` (short names), ``一级风险/二级风险/三级风险``;
- the 看守所's 自查表, one sheet a person: a label row ``姓　名 | 所在部门 | 职　务 | 自查时间`` over a
  row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``防范措施``, ``自查结果``, no type column;
- the 曲卓木乡司法所's 排查表 对岗不对人: ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, short types under ``风险类别``, ``高风险/中风险/低风险``; no names;
- the 法律援助中心's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``岗位 | 责任人`` on EVERY row,
  ``…风险`` types, ``一级/二级/三级``.

One is harder:

- ``cona_police_station_ranks_as_posts``: the 错那镇派出所's 民警岗位廉政风险点排查表, an ordinary
  list (``序号 | 姓名 | 职务 | 廉政风险点 | 风险等级 | 防控措施``, 姓名 and 职务 merged per person,
  ``一级/二级/三级``, no type column) whose ``职务`` column names the 所领导 by their posts (所长, 教导员)
  and every other 民警 by his rank in the police's 警员职务序列 — ``一级警长``, ``三级警长``,
  ``一级警员`` — the way police rosters and reports name an officer who holds no leading post since
  the 警员职务 reform (two of them both ``三级警长``, told apart only by their names); a ``注：`` line
  says so (``“职务”栏所领导填写领导职务，其他民警按警员职务序列填写职级``). These post words begin with
  the same ``一级``/``三级`` the ``风险等级`` column beside them uses. The README's 读得懂的表 and
  docs/layouts.md know a 职级 or 衔 written BEFORE a name when a 职务 column stands beside it
  (``一级指挥员　禤骁沨``, ``四级主任科员　…``: only the name is read), a 事业单位 ``岗位等级`` column of
  管理/专业技术 grades (``管理七级``), 职级 kept apart from 职务层次 on a roster (``四级主任科员`` no
  ``科级``), and ``訾警长`` (a 警长 post called by the holder's surname); they do not describe a
  ``职务`` column that names the rank-and-file by their 警员职务序列 rank as their post (``一级警长``,
  ``三级警长``, ``一级警员``), rank words that open with the very level words of the list's own
  ``风险等级`` column.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (派出所 taking over 车驾管 business
from the 交警 — 检验合格标志, 驾驶证审验, 交通违法处理; 审判团队 and the 员额法官, 法官助理, 书记员,
执行员 of a court; 检察官办案组 — 主办检察官, 部门负责人, 审批; a county 司法科's 律师事务所, 公证处 and
人民调解 staff; a 看守所 管教民警's day — 查房, 违禁品检查, 收押, 谈话; a 司法所's 考核 rules — 调查评估,
外出请假审批, 档案; the 法律援助 rules — 申请, 受理, 审查, 被羁押的 申请 passed on by the 公安、检察院、
法院; the 警员职务序列 — 警员 一级二级, 警长 一至四级, 高级警长) and the layout follows their words for
the unit, its parts, its posts and its risks. The rows are worded by us, the names invented (the
rare compound surnames 汝鄢 and 谯笪 with rare given names); every unit is a body of 错那县 (made
错那市 in 2023; batch950's 水利 bodies were written 错那市, none of these).

Run ``python tests/published/score.py --set batch970`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the ``职务`` cell is the post as written, a 警员职务序列 rank included
  (``一级警长`` is that 民警's post, as ``所长`` is the 所长's); it is no level: each point's level is
  its ``风险等级`` cell; the two ``三级警长`` are two forms, one each (named holders); 所长 and 教导员
  lead the 所 (leader), the ranked 民警 hold no leading post (general); no type column, so no
  types;
- ``班子成员`` is no 科室 (sheet ``班子成员``); ``院领导`` (a 部门 cell, a card's 所在部门) and ``所领导``
  (a 所在部门 value) are the 科室 of those leaders; a 公安局's 大队 and 指挥中心, a 法院's 庭 and 执行局,
  a 检察院's 检察部, a 司法局's 股 and a 看守所's 中队 and 医务室 are 科室;
- the 局, the 法院, the 检察院, the 看守所, the 派出所, the 中心 and the 司法所 are units of their own: 局长,
  政委, 副局长, 院长, 检察长, 所长 (of the 看守所, the 派出所, the 司法所), 教导员 and 主任 (of the 中心)
  are leaders; 大队长, 指挥中心主任, 庭长, 执行局局长, 检察部主任 and 股长 middle; the rest general; the
  司法所 is written ``错那县曲卓木乡司法所`` with no 科室 (the score takes both writings);
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``填卡时间``, ``自查结果`` and ``自查时间``
  are no points and name no holder; the 司法所's list names no person: its forms are posts;
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

PREFIX = "b970_"
PLACE = "错那县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
RANK_WORDS = ("警长", "警员")  # the 警员职务序列: 一级至四级警长, 一级、二级警员


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout


def is_rank(post: str) -> bool:
    """A 警员职务序列 rank written for the post (``一级警长``, ``三级警长``, ``一级警员``)."""
    return post[:2] in ("一级", "二级", "三级", "四级") and post[2:] in RANK_WORDS


# (姓名, 职务, tier, [(廉政风险点, 风险等级, 防控措施)])
RANKS_AS_POSTS = [
    ("汝鄢骁", "所长", "leader", [
        ("治安案件办理中降格处理、以罚代刑", "一级", "案件全部经法制员审核，处罚决定网上流转、全程留痕。"),
        ("涉案财物保管、处置审批把关不严", "二级", "涉案财物集中入库，出入库双人登记，每月对账。"),
    ]),
    ("谯笪霈", "教导员", "leader", [
        ("民警辅警绩效考核、评先评优弄虚作假", "二级", "考核结果所务会集体研究，在所内公示。"),
        ("辅警招聘推荐中优亲厚友", "一级", "招聘推荐人选所务会研究，报县局政工部门审核。"),
    ]),
    ("汝鄢淏", "一级警长", "general", [
        ("户口登记、户籍迁移违规办理", "一级", "户籍业务初审、复核分离，材料扫描上传备查。"),
        ("居民身份证加急办理收受好处", "二级", "办证收费标准上墙公示，收费开具统一票据。"),
    ]),
    ("谯笪瀛", "三级警长", "general", [
        ("旅馆业、印章业检查走过场，通风报信", "一级", "行业场所检查两人以上，执法记录仪全程记录。"),
        ("流动人口登记信息不实", "三级", "登记信息与系统比对，所领导每月抽查。"),
    ]),
    ("汝鄢琬", "三级警长", "general", [
        ("受案立案不及时、有案不立", "一级", "警情、案件一律录入系统，立案情况每周通报。"),
        ("询问笔录制作不规范、诱供", "二级", "询问在办案区进行，同步录音录像。"),
    ]),
    ("谯笪澈", "一级警员", "general", [
        ("接处警记录不实、出警不及时", "二级", "接处警信息系统自动记录，值班所领导每日核查。"),
        ("无犯罪记录证明出具把关不严", "三级", "证明出具经内勤复核，存根留档。"),
    ]),
]  # fmt: skip


def cona_police_station_ranks_as_posts() -> dict:
    unit = f"{PLACE}公安局错那镇派出所"
    sh = _Sheet("排查表", [6, 10, 12, 38, 9, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}民警岗位廉政风险点排查表", 6)
    sh.add("序号", "姓名", "职务", "廉政风险点", "风险等级", "防控措施")
    first = len(sh.rows)
    n = 0
    for who, post, tier, points in RANKS_AS_POSTS:
        for point, lv, measures in points:
            n += 1
            sh.add(n, who, post, point, lv, measures)
            t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, None, 1, 2)
    _line(sh, "注：1.风险等级分为一级、二级、三级，一级为最高；2.“职务”栏所领导填写领导职务，"
              "其他民警按警员职务序列填写职级。", 6)  # fmt: skip
    sh.add("所长（签字）：", None, "填表人：", None, "2025年5月", None)
    return _layout(
        "cona_police_station_ranks_as_posts", "http://juzizhaichaowu.com/lizhijuzi/425059.html",
        "(harder) 县公安局 派出所 民警岗位廉政风险点排查表, after the source's account of the police's ranks (警员 一级和二级, "
        "警长 一至四级, 高级警长, 警务专员, and what each answers to among 公务员 职级): a title, 序号/姓名 and 职务 merged per "
        "person/廉政风险点/风险等级 ``一级/二级/三级``/防控措施, no type column; the ``职务`` column names the 所领导 by post "
        "(所长, 教导员) and every other 民警 by his 警员职务序列 rank (``一级警长``, ``三级警长`` twice, ``一级警员``); a ``注：`` "
        "line saying so, and a 所长（签字）/填表人/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def cona_public_security_bureau_two_sheets() -> dict:
    unit = f"{PLACE}公安局"
    t = _Truth(unit)
    lead = _Sheet("班子成员", [6, 9, 9, 20, 36, 13, 9, 34])
    _line(lead, f"{unit}班子成员廉政风险防控一览表", 8)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险类型", "风险等级", "防控措施")
    leaders = [
        ("汝鄢翀", "局长", "主持全面工作", [
            ("警用装备采购、业务用房建设项目安排个人说了算", "制度机制风险", "高",
             "重大事项经局党委会集体研究，派驻纪检监察组全程监督。"),
            ("民警辅警招录、交流中打招呼、递条子", "思想道德风险", "中",
             "招录交流方案集体研究并公示，领导干部插手干预登记报告。"),
        ]),
        ("谯笪澍岚", "政委", "分管政治工作、警务保障", [
            ("民警职级晋升、评先评优推荐把关不严", "岗位职责风险", "中", "晋升评优量化赋分，结果公示五个工作日。"),
            ("辅警工资、加班补助核发审签不严", "业务流程风险", "低", "补助按考勤核发，警务保障室复核后打卡发放。"),
        ]),
        ("汝鄢昶", "副局长", "分管治安、交通管理", [
            ("对娱乐场所、旅馆业违法行为说情打招呼", "外部环境风险", "高", "行业场所检查两人以上，处理结果法制审核。"),
            ("交通事故责任认定中干预办案", "岗位职责风险", "中", "事故认定集体研究，重大事故报上级复核。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, typ, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, typ, lv, measures)
            t.point(lead.name, "", post, who, "leader", point, types_in(typ), HML[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("内设机构", [6, 13, 10, 9, 36, 13, 9, 34])
    _line(dept, f"{unit}内设机构廉政风险防控一览表", 8)
    dept.add("序号", "部门", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("治安管理大队", "大队长", "谯笪霁", "middle", "治安案件降格处理、以罚代刑", "岗位职责风险", "高",
         "案件法制审核，处罚决定网上流转。"),
        ("治安管理大队", "大队长", "谯笪霁", "middle", "印章业、典当业特种行业许可审查走过场", "业务流程风险", "中",
         "许可材料初审、复核两级把关。"),
        ("交通警察大队", "车管民警", "汝鄢瀞", "general", "机动车检验合格标志违规核发", "业务流程风险", "高",
         "检验资料系统比对，车辆照片留存备查。"),
        ("交通警察大队", "车管民警", "汝鄢瀞", "general", "驾驶证审验中收受好处、放宽条件", "思想道德风险", "中",
         "审验全程录像，办理结果窗口公示。"),
        ("指挥中心", "主任", "谯笪珝", "middle", "接警信息泄露、通风报信", "外部环境风险", "中",
         "接警系统分级授权，信息查询留痕。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, typ, lv, measures)
        t.point(dept.name, d, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：警务保障室", None, None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "cona_public_security_bureau_two_sheets", "https://ycpeace.gov.cn/a/pingan/20180505/1084.html",
        "县公安局 廉政风险防控一览表 in TWO SHEETS, after the source's report of a 交警大队 handing 车驾管 business to its "
        "派出所 (核发检验标志, 驾驶员年度审验, 交通违法处理): sheet 班子成员 with 姓名/职务/分管工作 merged per leader, sheet "
        "内设机构 with 部门 merged and 岗位/姓名 merged per person; 廉政风险点, 风险类型 ``…风险``, 风险等级 高/中/低, "
        "防控措施; a 制表/审核/date line",
        [lead, dept], t,
    )  # fmt: skip


def cona_court_list() -> dict:
    unit = f"{PLACE}人民法院"
    sh = _Sheet("一览表", [6, 12, 10, 10, 38, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "部门", "职务", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("院领导", "院长", "谯笪岫", "leader", "审判委员会讨论案件时为当事人说情、打招呼", "一级",
         "审委会讨论意见全程记录，领导干部干预过问案件登记报告。"),
        ("院领导", "院长", "谯笪岫", "leader", "诉讼费、执行款专户资金使用审批把关不严", "二级",
         "专户资金支出经办、复核、审批分离，每季度对账。"),
        ("立案庭", "庭长", "汝鄢琇", "middle", "违规办理诉讼费缓交、减交、免交", "一级",
         "缓减免申请集体研究，结果在立案大厅公示。"),
        ("立案庭", "庭长", "汝鄢琇", "middle", "对符合条件的起诉拖延登记立案", "二级", "立案登记当场办理，不予立案的书面说明理由。"),
        ("民事审判庭", "审判员", "谯笪沨", "general", "私自会见当事人及其代理人", "一级", "会见当事人在法院内进行，书记员在场记录。"),
        ("民事审判庭", "审判员", "谯笪沨", "general", "违规延长审限、久拖不判", "二级", "审限系统自动预警，超审限案件按月通报。"),
        ("民事审判庭", "法官助理", "汝鄢晞", "general", "庭前调解中泄露合议情况", "二级", "签订保密承诺书，调解过程记入笔录。"),
        ("民事审判庭", "法官助理", "汝鄢晞", "general", "诉讼文书送达不实、虚假送达", "三级", "送达回证附照片，电子送达留痕。"),
        ("执行局", "局长", "谯笪骞", "middle", "执行款物截留、延迟发放", "一级", "执行款一案一账号，到账后限期发放。"),
        ("执行局", "局长", "谯笪骞", "middle", "选择性执行、消极执行", "二级", "执行节点网上公开，申请人可随时查询。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为一级、二级、三级。", 7)
    sh.add("制表：政治部", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "cona_court_list", "https://m.fx361.cc/news/2024/0524/23920939.html",
        "县人民法院 岗位廉政风险防控一览表, after the source's paper on 审判团队 (员额法官, 法官助理, 书记员, 执行员, 法警; "
        "审判团队 and 审判庭): a title, 序号/部门 merged/职务 and 姓名 merged per person/廉政风险点/风险等级 ``一级/二级/三级``/"
        "防控措施, no type column; a ``注：`` line and a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def cona_procuratorate_cards() -> dict:
    unit = f"{PLACE}人民检察院"
    t = _Truth(unit)
    cards = [
        ("检察长", "谯笪璟", "检察长", "院领导", "leader", [
            ("捕与不捕、诉与不诉决定中受人情干扰", "★★★", "不捕不诉案件经检察官联席会议讨论，决定书公开宣告。"),
            ("检察委员会议题选择性提交", "★★", "议题由案件管理部门统一登记，检委会会议全程记录。"),
        ]),
        ("第一检察部主任", "汝鄢泠", "主任", "第一检察部", "middle", [
            ("办案组分案不公、指定分案", "★★", "案件管理系统随机分案，指定分案书面说明理由。"),
            ("审查起诉中对证据瑕疵放任不究", "★★★", "重大案件集体讨论，起诉意见书逐案审核。"),
        ]),
        ("检察官助理", "谯笪湉", "检察官助理", "第一检察部", "general", [
            ("阅卷中泄露案情", "★★", "签订保密承诺书，卷宗借阅登记。"),
            ("讯问笔录记录不实", "★", "讯问同步录音录像，笔录当场核对签字。"),
        ]),
        ("案件管理员", "汝鄢珩", "案件管理员", "综合业务部", "general", [
            ("律师阅卷、会见预约违规放宽条件", "★★", "预约平台统一受理，办理情况每月通报。"),
            ("案件程序性信息公开不及时", "★", "信息公开系统定期核查，逾期未公开的通报。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, dept, tier, items in cards:
        sh = _Sheet(tab, [10, 36, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        sh.add("所在部门", dept, "填卡时间", "2025年5月")
        sh.add("序号", "廉政风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, dept, post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "cona_procuratorate_cards", "https://scholarmate.com/S/O8Bln9",
        "县人民检察院 岗位廉政风险防控卡, one sheet a person (tabs named by the post), after the source's paper on 检察官办案组 "
        "(主办检察官, 部门负责人, 受案范围, 流转, 审批程序): a title, ``姓　名 | … | 职　务 | …`` over ``所在部门 | … | 填卡时间 "
        "| …``, then 序号/廉政风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def cona_justice_bureau_group_rows() -> dict:
    unit = f"{PLACE}司法局"
    sh = _Sheet("清单", [6, 10, 10, 38, 10, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 7)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险类别", "风险等级", "防控措施")
    groups = [
        ("一、局领导", "局领导", [
            ("局长", "汝鄢岍", "leader", [
                ("律师事务所、基层法律服务所年度考核中优亲厚友", "岗位职责", "一级风险",
                 "考核结果局务会集体研究并公示。"),
                ("人民调解员以案定补资金审批把关不严", "制度机制", "二级风险", "补贴按调解卷宗核定，经办、审批分离。"),
            ]),
        ]),
        ("二、社区矫正股", "社区矫正股", [
            ("股长", "谯笪翾", "middle", [
                ("社区矫正对象请假外出审批把关不严", "业务流程", "一级风险", "请假审批两级把关，信息平台全程留痕。"),
                ("违规为矫正对象出具表现证明", "思想道德", "二级风险", "证明出具经股务会研究，存根留档。"),
            ]),
            ("矫正专干", "汝鄢璿", "general", [
                ("矫正对象定位监管信息泄露", "外部环境", "二级风险", "定位系统分级授权，查询记录每月核查。"),
            ]),
        ]),
        ("三、公共法律服务股", "公共法律服务股", [
            ("股长", "谯笪琤", "middle", [
                ("普法宣传资料印制定点采购", "制度机制", "三级风险", "印制采购三家比价，结果在局内公示。"),
                ("法律援助案件补贴审核不严", "业务流程", "二级风险", "补贴按结案材料逐件审核，股长、分管领导签字。"),
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
    sh.add("填表：", None, "审核：", None, None, "2025年5月", None)
    return _layout(
        "cona_justice_bureau_group_rows", "https://www.hljszw.org.cn/home/book/info/get_id/331835.html",
        "县司法局 廉政风险防控责任清单 under GROUP ROWS, after the source's account of a county 司法科's organisation (律师事务所, "
        "公证处, 人民调解委员会, 宣传干事, 民调干事): a title, 序号/岗位/姓名/廉政风险点/风险类别 (short names)/风险等级 "
        "``一级风险/二级风险/三级风险``/防控措施, group rows ``一、局领导``, ``二、社区矫正股``, ``三、公共法律服务股`` merged "
        "across; 岗位 and 姓名 merged per person",
        [sh], t,
    )  # fmt: skip


def cona_detention_house_selfchecks() -> dict:
    unit = f"{PLACE}看守所"
    t = _Truth(unit)
    people = [
        ("汝鄢澂", "所领导", "所长", "leader", [
            ("在押人员调换监室、安排劳动岗位收受好处", "Ⅰ级", "调换监室所务会研究，理由记入档案。", "已落实"),
            ("违规批准在押人员家属送物、通信", "Ⅰ级", "送物通信经办案机关同意，登记备查。", "已落实"),
        ]),
        ("谯笪沄", "管教中队", "管教民警", "general", [
            ("为在押人员传递信件、通风报信", "Ⅰ级", "管教民警两人以上进入监区，谈话全程录像。", "未发现问题"),
            ("私带违禁物品进入监区", "Ⅱ级", "进入监区安检，手机统一存放。", "已落实"),
        ]),
        ("汝鄢霖", "医务室", "所医", "general", [
            ("违规出具在押人员病情证明", "Ⅰ级", "病情证明经所务会研究，必要时送县医院复核。", "未发现问题"),
            ("药品采购验收把关不严", "Ⅲ级", "药品采购三家比价，验收两人签字。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在部门", "职　务", "自查时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "廉政风险点", "风险等级", "防范措施", "自查结果")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "所长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "cona_detention_house_selfchecks", "https://bbs.0513.org/thread-4130322-1-1.html",
        "县看守所 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's day with a 看守所 "
        "管教民警 (查房, 体表检查, 违禁品检查, 收押程序, 谈话): a title, a label row ``姓　名 | 所在部门 | 职　务 | 自查时间`` "
        "over a row of values, then 序号/廉政风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防范措施/``自查结果``; no type column; "
        "``本人签名： | 所长意见：``",
        sheets, t,
    )  # fmt: skip


def cona_township_justice_office_posts() -> dict:
    unit = f"{PLACE}曲卓木乡司法所"
    sh = _Sheet("排查表", [6, 14, 16, 38, 11, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "岗位", "风险点", "风险表现", "风险类别", "风险等级", "防控措施")
    rows = [
        ("所长", "leader", "社区矫正调查评估", "调查评估受人情左右，出具不实评估意见", "岗位职责", "高风险",
         "调查评估两人以上入户，评估意见所务会研究。"),
        ("所长", "leader", "矛盾纠纷调处", "调处中偏袒一方，收受当事人财物", "思想道德", "中风险",
         "重大纠纷调处邀请村干部参加，调处结果回访。"),
        ("专职人民调解员", "general", "以案定补", "虚报调解案件数量套取补贴", "业务流程", "高风险",
         "调解卷宗逐件登记，补贴申报所长审核。"),
        ("专职人民调解员", "general", "调解协议", "调解协议内容违法或显失公平", "制度机制", "低风险",
         "协议文本所长审查，重大协议报县司法局备案。"),
        ("社区矫正专干", "general", "报到登记", "矫正对象未按时报到不及时报告", "岗位职责", "中风险",
         "报到情况当日录入平台，逾期自动预警。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, point, desc, typ, lv, measures)
        t.point(sh.name, "", post, "", tier, point, types_in(typ), HIGHS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add("编制：司法所", None, None, "审核：", None, "2025年3月", None)
    return _layout(
        "cona_township_justice_office_posts", "http://www.hzsc.gov.cn/art/2022/10/9/art_1229354251_1826393.html",
        "乡司法所 岗位廉政风险点排查表 对岗不对人, after the source's 司法所 工作目标 and 扣分标准 (社区矫正 调查评估, 外出请假 "
        "审批, 解矫, 档案, 人民调解): a title, 序号/岗位 merged per post/a short 风险点/a long 风险表现/风险类别 (short names)/"
        "风险等级 ``高风险/中风险/低风险``/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def cona_legal_aid_centre_list() -> dict:
    unit = f"{PLACE}法律援助中心"
    sh = _Sheet("一览表", [6, 12, 10, 40, 14, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 7)
    sh.add("序号", "岗位", "责任人", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("主任", "汝鄢翯", "leader", "对不符合条件的申请违规给予法律援助", "岗位职责风险", "一级",
         "援助决定两人审查，主任签批，每季度抽查。"),
        ("主任", "汝鄢翯", "leader", "法律援助案件补贴审批把关不严", "制度机制风险", "二级",
         "补贴按结案材料核定，报县司法局备案。"),
        ("受理审查员", "谯笪昉", "general", "受理申请时推诿、刁难申请人", "思想道德风险", "二级",
         "受理一次性告知，不予受理的书面说明理由。"),
        ("受理审查员", "谯笪昉", "general", "申请人经济困难状况审查不实", "业务流程风险", "一级",
         "经济状况与民政、乡村振兴数据比对。"),
        ("案件管理员", "汝鄢沅芷", "general", "指派律师时向特定律师倾斜", "外部环境风险", "二级",
         "律师指派按名册轮流，指派情况每月公示。"),
        ("案件管理员", "汝鄢沅芷", "general", "结案材料审查走过场", "业务流程风险", "三级", "结案材料逐件登记，主任抽查。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), GRADES[lv])
    sh.add("填表人：", None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "cona_legal_aid_centre_list", "http://www.jianbiaoku.com/webarbs/book/165164/4718346.shtml",
        "县法律援助中心 岗位廉政风险防控一览表, after the source's 法律援助 rules (申请 and 受理 by the 法律援助机构, 管辖, 被羁押的 "
        "犯罪嫌疑人 applying through the 公安机关、人民检察院、人民法院): ``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, "
        "then 序号/岗位/责任人 on EVERY row/廉政风险点/风险类别 ``…风险``/风险等级 ``一级/二级/三级``/防控措施; a 填表人/审核人/"
        "主任（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    cona_police_station_ranks_as_posts(),
    cona_public_security_bureau_two_sheets(),
    cona_court_list(),
    cona_procuratorate_cards(),
    cona_justice_bureau_group_rows(),
    cona_detention_house_selfchecks(),
    cona_township_justice_office_posts(),
    cona_legal_aid_centre_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch970-inbox"))

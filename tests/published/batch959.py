"""The nine-hundred-and-fifty-ninth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's natural
resources and 林草 bodies, 尼玛县 (那曲市, 西藏自治区) — its 自然资源局, 不动产登记中心, 林业和草原工作站,
自然资源执法监察大队, 草原监理站, 测绘队 and two 乡镇 stations (文部乡国土所, 荣玛乡林草站) — each
handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 自然资源局's 一览表: ``股室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别`` (short
  names), ``一级/二级/三级``, a ``注：`` line;
- the 不动产登记中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a
  long ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 林业和草原工作站's 防控卡, one sheet a leader: ``持卡人 | … | 职　务 | …`` and a merged 分管工作
  line, ``★★★/★★/★`` read by a ``注：`` line; no type column;
- the 自然资源执法监察大队's 清单 under GROUP ROWS ``一、大队领导`` … (no 科室 column), ``岗位 | 姓名``
  merged per person, ``一级风险/二级风险/三级风险``;
- the 草原监理站's 一览表 in TWO SHEETS: ``站领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``业务组`` (``组别`` merged, ``岗位 | 姓名`` merged per person), ``高风险/中风险/低风险``, no type
  column;
- the 文部乡国土所's 自查表, one sheet a person: a label row ``姓　名 | 职　务 | 工作单位 | 填报日期``
  over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 荣玛乡林草站's 一览表 under ``附件2`` and a 填报单位 line: ``部门 | 岗位 | 责任人`` on EVERY
  row, short types, 高/中/低.

One is harder:

- ``nima_survey_team_secret_posts_withheld``: the 测绘队's 岗位廉政风险点一览表, an ordinary list
  (``序号 | 组室 | 岗位 | 姓名 | 廉政风险点 | 风险等级 | 防控措施``, 组室 merged, 岗位 and 姓名 merged per
  person) in which the rows of the two SECRET POSTS (涉密测绘成果管理员, 保密员) are numbered and
  name their post and holder like the others, but their ``廉政风险点 | 风险等级 | 防控措施`` cells
  are one merged cell saying the post is a 涉密岗位 whose risk points are reported separately on
  paper under the 保密 rules, not filled in here; a ``注：`` line under the table says so again.
  The README's 读得懂的表 and docs/layouts.md know rows saying only 无, ``/`` or ``不涉及``, posts
  taking a colleague's points (``同某某``), superseded tables and sample tables pasted above or
  below a list; they do not describe a numbered row whose point cell says the point is withheld
  (reported elsewhere for secrecy), which is no point, and its holder no form of this file.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (尼玛县 itself — 羌塘, 金、硼砂 and
other 矿产, one 镇 and 13 乡; the rules for querying 房屋权属登记信息 — 查询资料, 个人隐私, 查询费;
the 罗布玉杰 野生动物管护站 of 尼玛县 and its 管护队员 — 巡护, 反盗猎; 卫片执法 and 图斑 seen from a
county 执法监督科; 西藏's first 草原生态保护奖金 paid to 牧民; 三调 弄虚作假 and 调查不实 图斑; the
管理站 of 羌塘 and their 管护员 — 巡护, 摩托车, 皮卡车; the training of 涉密测绘成果管理人员 and
涉密 测绘资质) and the layout follows their words for the unit, its parts, its posts and its risks.
The rows are worded by us, the names invented (the rare surnames 郅 and 扆 with rare given names);
every unit is a body of 尼玛县.

Run ``python tests/published/score.py --set batch959`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a row whose point cell says the post's risk points are withheld (涉密岗位,
  另行报送) is no point, and its post and holder make no form of this file; the ``注：`` line is no
  point; every other row is read as usual;
- ``局领导``, ``中心领导``, ``大队领导``, ``站领导`` and ``队领导`` (a 股室/科室/组室 cell, a group row)
  are the 科室 of those leaders; the 草原监理站's leaders on sheet ``站领导`` have no 科室; a 局's 股,
  a 中心's 组, a 大队's 中队, a 站's 组 and a 队's 组 are 科室; the 国土所's and the 乡 林草站's files
  name the 所 or 站 itself as the unit (as batch955 did; the scorer counts 乡镇 stations either
  way), the 国土所's people have no 科室;
- every 局, 中心, 站, 大队, 所 and 队 is a unit of its own: 局长, 副局长, 主任, 站长, 副站长, 大队长,
  所长, 队长 and 副队长 are leaders; 股长, 中队长 and 组长 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况``, ``填报日期`` are no points
  and name no holder; the 不动产登记中心's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b959_"
PLACE = "尼玛县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

WITHHELD = "该岗位为涉密岗位，廉政风险点及防控措施按保密管理规定以纸质件另行报送，不在本表填列。"

# (组室, 岗位, 姓名, tier, [(廉政风险点, 风险等级, 防控措施)] or None for a withheld secret post)
SURVEY = [
    ("队领导", "队长", "郅珣岱", "leader", [
        ("测绘项目承接不按规定比选，指定合作单位", "一级", "项目承接经队务会集体研究，合同报县自然资源局备案。"),
        ("测绘成果质量验收签字把关不严", "二级", "成果实行两级检查一级验收，验收记录存档。"),
    ]),
    ("外业测量组", "组长", "扆昶嵚", "middle", [
        ("外业工作量和野外补助虚报", "一级", "外业日志和定位轨迹每周核对，补助按实际天数发放。"),
        ("测量仪器设备私自外借牟利", "二级", "仪器出入库登记，借用经队长签字。"),
    ]),
    ("外业测量组", "测量员", "郅沨崧", "general", [
        ("接受委托方宴请，测量数据迁就委托方", "二级", "现场测量两人以上，原始记录不得涂改。"),
    ]),
    ("内业数据组", "涉密测绘成果管理员", "扆瑢岍", "general", None),
    ("内业数据组", "地籍测绘员", "郅淏峄", "general", [
        ("宗地面积量算结果受人之托作调整", "一级", "量算成果由组长复核，与权籍调查表逐宗核对。"),
        ("权籍调查测绘收费不开票据", "三级", "收费标准上墙公示，统一开具财政票据。"),
    ]),
    ("综合组", "保密员", "扆琤屹", "general", None),
    ("综合组", "会计", "郅璠岫", "general", [
        ("测绘项目经费报账审核不严", "二级", "报账附合同、验收单，队长审批。"),
    ]),
]  # fmt: skip


def nima_survey_team_secret_posts_withheld() -> dict:
    unit = f"{PLACE}测绘队"
    sh = _Sheet("岗位风险点", [6, 12, 18, 10, 40, 9, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 7)
    sh.add("序号", "组室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    first = len(sh.rows)
    n = 0
    withheld = []
    for dept, post, who, tier, points in SURVEY:
        if points is None:
            n += 1
            withheld.append(sh.add(n, dept, post, who, WITHHELD, None, None))
            continue
        for point, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    for r in withheld:
        sh.merge(r, 4, r, 6)
    _line(sh, "注：根据测绘成果保密管理有关规定，涉密测绘成果管理员、保密员等涉密岗位的廉政风险点"
              "不在本表公开填列，由队保密工作领导小组另行报县自然资源局。", 7)  # fmt: skip
    sh.add("填表：综合组", None, None, "审核：", None, "2025年6月", None)
    return _layout(
        "nima_survey_team_secret_posts_withheld", "https://ha.zizhicanmou.com/hachzz-16887.html",
        "(harder) 县测绘队 岗位廉政风险点一览表, after the source's page on 测绘 maps as state secrets and the training of "
        "涉密测绘成果管理人员: a title, 序号/组室 merged/岗位 and 姓名 merged per person/廉政风险点/风险等级 ``一级/二级/三级``/"
        "防控措施, where the rows of two SECRET POSTS (涉密测绘成果管理员, 保密员) are numbered and name post and holder but "
        "their 廉政风险点/风险等级/防控措施 cells are ONE merged cell saying the points are WITHHELD (涉密岗位, 另行报送 on "
        "paper, 不在本表填列); a ``注：`` line says so again; no type column",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def nima_bureau_list() -> dict:
    unit = f"{PLACE}自然资源局"
    sh = _Sheet("一览表", [6, 16, 10, 10, 38, 12, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "郅璟岷", "leader", [
            ("矿业权出让底价确定个人说了算", "制度机制", "一级", "出让底价经局党组会集体研究，委托评估机构评估。"),
            ("为亲友承揽土地整治项目打招呼", "思想道德", "一级", "领导干部插手工程项目登记报告，每季度通报。"),
        ]),
        ("局领导", "副局长", "扆昉嵘", "leader", [
            ("建设用地报批材料审核把关不严", "岗位职责", "二级", "报批材料实行股室初审、分管领导复审。"),
        ]),
        ("国土空间规划股", "股长", "郅沄峤", "middle", [
            ("违规调整规划用途和容积率", "业务流程", "一级", "规划调整经县规委会审议，结果公示。"),
            ("规划条件核实走过场", "岗位职责", "二级", "规划核实两人以上到场，照片存档。"),
        ]),
        ("矿产资源管理股", "股长", "扆琮岫", "middle", [
            ("硼砂矿采矿权延续审查放宽条件", "业务流程", "一级", "延续申请对照清单审查，审查意见留痕。"),
            ("矿山储量年报核查不实", "岗位职责", "二级", "储量年报抽查实地核对，结果报市局。"),
        ]),
        ("办公室", "会计", "扆湘屺", "general", [
            ("土地整治项目资金不按进度拨付", "制度机制", "二级", "按监理签认的进度拨付，局长审批。"),
            ("公务接待超标准报销", "思想道德", "三级", "接待凭公函和清单报销，每月公示。"),
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
    _line(
        sh,
        "注：风险等级分为一级、二级、三级，一级为最高；风险类别分思想道德、制度机制、岗位职责、业务流程、外部环境。",
        8,
    )
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年5月", None)
    return _layout(
        "nima_bureau_list", "https://pediainside.com/wiki/尼玛县",
        "县自然资源局 岗位廉政风险防控一览表, after the source's page on 尼玛县 (羌塘, 金、硼砂 等 矿产, 1镇13乡, 72499平方千米): "
        "a title, 序号/股室 merged/岗位 and 姓名 merged per person/廉政风险点/风险类别 (short names)/风险等级 "
        "``一级/二级/三级``/防控措施; a ``注：`` line and an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def nima_registration_center_posts() -> dict:
    unit = f"{PLACE}不动产登记中心"
    sh = _Sheet("排查表", [6, 12, 10, 14, 40, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "疑难登记事项决定", "权属争议、历史遗留问题的登记个人拍板，不经集体研究", "制度机制风险", "高",
         "疑难登记提交中心会审，会审记录存档。"),
        ("登记受理组", "受理员", "general", "申请材料查验", "身份证明、授权委托书查验不严，为中介代办违规受理", "业务流程风险", "高",
         "当事人到场拍照留存，委托书现场见证。"),
        ("登记受理组", "受理员", "general", "办件顺序", "收受好处为关系人插队办理或故意压件", "思想道德风险", "中",
         "叫号办理，办件时限系统预警。"),
        ("审核登簿组", "审核员", "general", "登簿审核", "对不符合条件的申请违规登簿、缮证", "岗位职责风险", "高",
         "审核、登簿分设两人，系统留痕。"),
        ("档案查询组", "查询员", "general", "登记信息查询", "无查询依据为他人查询权属信息、泄露个人隐私", "岗位职责风险", "中",
         "查询凭有效证件和申请表，查询记录月底抽查。"),
        ("档案查询组", "查询员", "general", "查询收费", "查询、复制收费不开票据", "制度机制风险", "低",
         "收费标准公示，统一开具票据。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合组", None, None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "nima_registration_center_posts", "https://www.jianshe99.com/gujia/ziliao/zh2014072211325830369394.shtml",
        "县不动产登记中心 岗位廉政风险排查表 对岗不对人, after the source's rules for querying 房屋权属登记信息 (查询资料, "
        "个人隐私, 查询费): a title, 序号/科室 merged/岗位 merged per post/a short 风险点/a long 风险表现/风险类型 ``…风险``/"
        "风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def nima_forestry_station_cards() -> dict:
    unit = f"{PLACE}林业和草原工作站"
    t = _Truth(unit)
    cards = [
        ("站长卡", "郅岚峣", "站长", "主持全站工作，分管野生动物管护站", "leader", [
            ("野生动物管护队员选聘优亲厚友", "★★★", "选聘条件和结果在乡村两级公示。"),
            ("管护站建设项目验收降低标准", "★★★", "验收邀请县自然资源局和乡镇参加。"),
            ("接受管护站物资供应商宴请", "★", "签订廉洁承诺书，节前廉政提醒。"),
        ]),
        ("副站长卡", "扆沐岍", "副站长", "分管巡护、车辆和物资", "leader", [
            ("巡护车辆燃油费虚报", "★★", "车辆加油卡专车专用，里程每月核对。"),
            ("管护队员补助考核不实", "★★", "补助按巡护记录和定位轨迹考核发放。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}领导干部廉政风险防控卡", 4)
        sh.add("持卡人", who, "职　务", post)
        r = sh.add("分管工作", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人签字：", None, "监督人签字：", None)
        sheets.append(sh)
    return _layout(
        "nima_forestry_station_cards", "http://www.njpanjin.com/cn/news/zx/202401/t20240118_7559538.html",
        "县林业和草原工作站 领导干部廉政风险防控卡, one sheet a leader, after the source's report on 尼玛县's 罗布玉杰 "
        "野生动物管护站 (11 管护站, 135 管护队员, 巡护, 反盗猎): a title, ``持卡人 | … | 职　务 | …`` and a merged 分管工作 "
        "line, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人/监督人 签字",
        sheets, t,
    )  # fmt: skip


def nima_enforcement_group_rows() -> dict:
    unit = f"{PLACE}自然资源执法监察大队"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、大队领导", "大队领导", [
            ("大队长", "郅瀚岙", "leader", [
                ("违法用地案件以罚代拆、降格处理", "一级风险", "案件处理经大队案审会集体研究。"),
                ("卫片图斑合法性判定授意弄虚作假", "一级风险", "图斑判定材料逐宗留存，县局复核。"),
            ]),
        ]),
        ("二、执法一中队", "执法一中队", [
            ("中队长", "扆珞崑", "middle", [
                ("非法采矿线索压案不查", "一级风险", "线索登记编号，办结情况每月通报。"),
            ]),
            ("执法队员", "郅渼峦", "general", [
                ("现场检查时向当事人通风报信", "二级风险", "行动方案保密，执法记录仪全程记录。"),
                ("接受违法当事人吃请", "三级风险", "签订廉洁承诺书，开展警示教育。"),
            ]),
        ]),
        ("三、执法二中队", "执法二中队", [
            ("执法队员", "扆璐岢", "general", [
                ("图斑实地核查举证照片摆拍", "二级风险", "核查照片带定位水印，上传监管平台。"),
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
    sh.add("填表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "nima_enforcement_group_rows", "http://www.0xy.cn/m/read.php?tid=1035981",
        "县自然资源执法监察大队 廉政风险防控责任清单 under GROUP ROWS, after the source's report on 卫片执法 (图斑, 违法用地, "
        "执法监督科, 基层执法的灰色空间): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施, "
        "group rows ``一、大队领导``, ``二、执法一中队``, ``三、执法二中队`` merged across; 岗位 and 姓名 merged per person; "
        "no type column",
        [sh], t,
    )  # fmt: skip


def nima_grassland_station_two_sheets() -> dict:
    unit = f"{PLACE}草原监理站"
    t = _Truth(unit)
    lead = _Sheet("站领导", [6, 9, 9, 20, 38, 9, 34])
    _line(lead, f"{unit}站领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("郅嵘瑷", "站长", "主持全面工作", [
            ("草原生态保护奖励资金分配方案个人拍板", "高风险", "分配方案经站务会研究，报县林草部门审定。"),
            ("草原征占用审核意见受人请托", "中风险", "审核意见两人签字，结果公开。"),
        ]),
        ("扆峤琬", "副站长", "分管草原监理执法", [
            ("超载过牧查处选择性执法", "高风险", "检查对象随机抽取，处理结果公示。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "", post, who, "leader", point, [], HIGHS[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("业务组", [6, 14, 10, 10, 38, 9, 34])
    _line(dept, f"{unit}业务组廉政风险防控一览表", 7)
    dept.add("序号", "组别", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("草原监测组", "组长", "郅湛岷", "middle", "禁牧区面积核定虚报", "高风险", "核定面积与草场承包图纸逐户比对。"),
        ("草原监测组", "组长", "郅湛岷", "middle", "草畜平衡核查走过场", "中风险", "核查两人以上入户，牲畜数量拍照留存。"),
        ("补奖资金组", "会计", "扆沁峪", "general", "补奖资金不通过一卡通发放", "高风险", "资金一律打卡发放，发放名册公示。"),
        ("补奖资金组", "会计", "扆沁峪", "general", "为非牧户、公职人员违规发放补奖资金", "中风险", "发放名单与公职人员信息比对。"),
        ("补奖资金组", "出纳", "郅琇崆", "general", "现金保管不规范", "低风险", "现金日清月结，每月盘点。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], HIGHS[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "nima_grassland_station_two_sheets",
        "http://big5.www.gov.cn/gate/big5/www.gov.cn/jrzg/2010-09/17/content_1704902.htm",
        "县草原监理站 廉政风险防控一览表 in TWO SHEETS, after the source's report on 西藏's first 草原生态保护奖金 paid to "
        "牧民 (奖励资金, 天然草地, 试点): sheet 站领导 with 姓名/职务/分管工作 merged per leader, sheet 业务组 with 组别 merged "
        "and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``高风险/中风险/低风险``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def nima_wenbu_land_office_selfchecks() -> dict:
    unit = f"{PLACE}文部乡国土所"
    t = _Truth(unit)
    people = [
        ("郅峋璞", "所长", "leader", [
            ("国土变更调查地类弄虚作假", "Ⅰ级", "调查成果逐图斑复核，举证照片存档。", "已整改"),
            ("农牧民建房用地审核收受好处", "Ⅱ级", "建房用地审核结果在村务公开栏公示。", "未发现问题"),
        ]),
        ("扆澂岷", "土地管理员", "general", [
            ("违法占地巡查发现不报", "Ⅰ级", "巡查日志每周报所长，乡里每月抽查。", "已落实"),
            ("土地登记资料外借不登记", "Ⅲ级", "资料借阅登记，所长签字。", "已落实"),
            ("征地补偿款发放名册虚列人员", "Ⅱ级", "补偿名册经村民代表核对，在村务公开栏公示。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "职　务", "工作单位", "填报日期", None)
        sh.add(who, post, unit, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, "", post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "乡党委意见：", None, None)
        sheets.append(sh)
    return _layout(
        "nima_wenbu_land_office_selfchecks", "http://www.iziran.net/shendu/20200827_127091.shtml",
        "乡国土所 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's report on 三调 弄虚作假 "
        "and 调查不实 图斑 (地类, 举证, 责任追究): a title, a label row ``姓　名 | 职　务 | 工作单位 | 填报日期`` over a row of "
        "values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; ``本人签名： | 乡党委意见：``",
        sheets, t,
    )  # fmt: skip


def nima_rongma_station_list() -> dict:
    unit = f"{PLACE}荣玛乡林草站"
    sh = _Sheet("一览表", [6, 12, 12, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "扆淇峥", "leader", "生态管护员名额分配向亲友倾斜", "制度机制", "高",
         "管护员名额按村分配，经乡党委会研究后公示。"),
        ("站领导", "站长", "扆淇峥", "leader", "管护站物资采购不比价", "业务流程", "中",
         "物资采购三家比价，乡纪委监督。"),
        ("巡护管理", "巡护队长", "郅濡峣", "general", "巡护记录代签、补签，冒领巡护补助", "岗位职责", "高",
         "巡护轨迹上传，补助按轨迹核发。"),
        ("巡护管理", "巡护队长", "郅濡峣", "general", "发现盗猎线索隐瞒不报", "思想道德", "中",
         "线索即时报县林草站和森林公安。"),
        ("后勤保障", "物资管理员", "扆湉岚", "general", "摩托车、皮卡车燃油挪作私用", "外部环境", "低",
         "车辆出车登记，加油凭小票报账。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    sh.add("填表人：", None, None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "nima_rongma_station_list", "http://chengshi.gangao.com/zixun/2023/0423/11034.html",
        "乡林草站 岗位廉政风险防控一览表, after the source's report on the 管理站 of 羌塘 and their 管护员 (巡护, 摩托车, 皮卡车, "
        "偷猎盗猎): ``附件2``, a title, a merged 填报单位/填报时间 line, then 序号/部门/岗位/责任人 on EVERY row/廉政风险点/"
        "风险类型 (short names)/风险等级 高/中/低/防控措施; a 填表人/审核人/站长（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    nima_survey_team_secret_posts_withheld(),
    nima_bureau_list(),
    nima_registration_center_posts(),
    nima_forestry_station_cards(),
    nima_enforcement_group_rows(),
    nima_grassland_station_two_sheets(),
    nima_wenbu_land_office_selfchecks(),
    nima_rongma_station_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch959-inbox"))

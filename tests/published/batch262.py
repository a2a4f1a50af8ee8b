"""The two-hundred-and-sixty-second batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 乡镇, 街道,
村/社区 and 站所, 会东县 (a county of the 凉山彝族自治州 on the 金沙江, its seat 鲹鱼河镇) — the 鲹鱼河镇's own
一览表, the 新城街道's 排查表, the 姜州镇岩脚村's “两委” and 村监察工作联络站 一览表, the 大桥镇河东社区's 防控卡,
the 淌塘镇司法所's 自查表, the 嘎吉镇畜牧兽医站's 一览表, the 铁柳镇综合行政执法队's 责任清单 and the
松坪镇白岩村's 小微权力清单 — each handing back the 一览表, 排查表, 清单, 自查表 or 防控卡 its staff typed in
WPS or Excel, the rows about 三级网格, “一账一榜一牌”, 月例会, 举报投诉公示牌, 村监察工作联络站, 党务村务财务
公开, 粮食直补, 退耕还林补贴, 救济物资, 代办, 人民调解, 社区矫正, 法律援助, 安置帮教, 秋季防疫督查, 耳标,
免疫卡, 产地检疫, 无害化处理, 公务接待, 一支队伍管执法, 罚没款, “四议两公开”, 听证 and 村务公开:

- the 鲹鱼河镇's 一览表 on TWO sheets, ``领导班子`` (under ``附件1``) and ``办所中心``, each with its own title
  ``…一览表（领导班子）`` / ``…（办所中心）``: ``部门`` merged (镇领导班子; 党政办公室, 经济发展办公室, 便民服务
  中心), ``岗位`` and ``姓名`` merged per person, short types, 高/中/低, a 填表人/审核人/镇纪委（盖章） line on each;
- the 新城街道's 排查表 under a two-part ``填报单位（盖章）：… | 填报时间：…`` line: ``所在科室`` merged (街道领导,
  党政办公室, 网格化服务管理中心, 督查室), ``岗位`` and ``姓名`` merged per person, a short ``风险点`` beside a long
  ``风险表现``, the level (``Ⅰ级/Ⅱ级/Ⅲ级``) BEFORE the ``…风险`` type, a ``注：`` line and a sign-off line;
- the 岩脚村's 一览表: ``岗位``, ``姓名`` and a ``主要职责`` sentence merged per person (the 一肩挑 书记、主任,
  the 村监察工作联络站站长 and 联络员, 村文书, 报账员), ``一级/二级/三级``, no type column, the seals and a date;
- the 河东社区's 防控卡, one sheet a holder (tabs 书记主任, 代办员, 监督员): ``姓　名 | … | 职　务 | …`` above a
  merged ``一句话廉政承诺`` line, short types, 高/中/低, ``持卡人签字： | 社区党委（盖章）`` and a ``监督电话`` line;
- the 淌塘镇司法所's 自查表, one sheet a person (tabs Sheet1–Sheet3): a label row ``姓名 | 性别 | 出生年月 | 职务 |
  所在单位 | 填表时间`` with the values in the row under it, short types, ``高风险/中风险/低风险``, a
  ``自查情况`` column, ``自查人（签名）： | 审核人（签字）：``;
- the 嘎吉镇畜牧兽医站's 一览表: ``岗位`` and ``姓名`` merged per person, a ``工作环节`` column, short types, levels
  ``A级/B级/C级`` read by a ``注：`` line under the table, a 填表人/站长/镇分管领导 line;
- the 铁柳镇综合行政执法队's 责任清单 对岗不对人: ``岗位`` merged, ``职权事项``, ``高风险/中风险/低风险``, a
  ``责任领导`` role (镇长, 分管副镇长); no names, no types; a ``监督电话`` line;
- the 白岩村's 小微权力清单: ``权力事项 | 责任岗位 | 责任人`` written on every row (no merges), levels ``较高/一般/
  较低``, a ``监督主体`` column, no type column, three seals and a date.

One is harder:

- ``qianxin_stage_groups``: the 铅锌镇社会事务办's 权力运行廉政风险防控表 (低保审核确认, 特困人员认定, 临时救助,
  低保动态管理, 残疾人两项补贴), one row a 权力事项 with its ``责任岗位`` and ``责任人`` (merged per person), then
  THREE STAGE GROUPS side by side under a two-row header: ``事前（申请受理）``, ``事中（调查审核）`` and
  ``事后（公示发放）`` each merged over its OWN ``廉政风险点 | 风险等级 | 防控措施`` — the same three words three
  times in the second header row — so one row holds up to three points, each with its own level and measure
  (``/`` in all three cells of a stage without one); a ``注：`` line says so. The README's 读得懂的表 knows
  ``防控措施`` split into ``事前/事中/事后`` (one measure), ``廉政风险点`` merged over ``受理环节 | 审核环节 |
  办结环节`` (a point a stage, one level and one measure for the row) and ``风险点1 | 风险等级 | 风险点2 |
  风险等级`` written flat in one header row; it does not describe stage headings each standing over a repeated
  ``廉政风险点 | 风险等级 | 防控措施`` group of its own.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 镇's 社会救助领域 政务公开 目录 — 最低生活保障,
特困人员救助供养, 临时救助, 初审对象名单 公示, 审批信息, 投诉举报电话; a 街道's 三级网格 — “一账一榜一牌”,
“一会一网一栏”, 督查室 and its 月例会, 举报投诉公示牌; a city's 村(社)监察工作联络站 — 站长, 监察联络员, 党务村务
财务公开, “三资”管理; a 乡's 社区 “农事村办”服务站 — 一句话廉政承诺, 党风廉政建设监督员, 粮食直补, 退耕还林补贴,
救济物资; a paper on 乡镇司法所工作者 — 调解, 法律宣传, 乡俗民约; a 乡's 秋季动物防疫 督查 — 随机抽查 散养户 and
大户, 强制免疫, 耳标打挂, 免疫卡, 养殖场档案, 村级防疫员; a 乡镇政府's 公务接待及机关内务管理 细则 — 邀请函, 接待人员,
接待费用; a paper on 乡镇 “一支队伍管执法” — 整合站所执法力量, 行政处罚权, 监督检查权, 行政强制权; a 镇's 村务公开
and 听证 规定 — 每季度第一个月10日前, 村民代表签名, 公开栏答复) and the layout follows their words for the unit, its
parts, its posts and its risks. The rows are worded by us, the names invented (rare Han surnames with rare
given names, and Yi names as a 凉山 county's staff carry them — 曲木拉洛, 瓦其拉哈, 沙马日铁, 吉克尔洛 …); every
unit is a body of 会东县 (its 镇, 街道, 社区 and 村, real names or invented).

Run ``python tests/published/score.py --set batch262`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- a 镇's own 站/所/办/队 (司法所, 畜牧兽医站, 社会事务办, 综合行政执法队, 党政办公室, 便民服务中心 …) is a part of the
  镇, as batches 72, 163, 228, 254 and 258 took them: in a file of one 站/所 the unit is the 镇
  (``会东县淌塘镇``), the department the 站/所 as the title writes it (``司法所``); the 司法所 is the 县司法局's
  派出机构, but it sends its table as the 镇's, and is taken so; a 街道's 中心 and 督查室 are its 科室,
  ``街道领导`` and ``镇领导班子`` the 科室 of the leaders; a 社区 and a 村 are units with no 科室;
- 党委书记, 镇长, 纪委书记, 副镇长, 党工委书记, 办事处主任, 社区党委书记、居委会主任, 村党支部书记、村委会主任 (the
  一肩挑 post kept as written), 村党支部书记 and 村委会主任 are leaders; 主任 of a 镇's 办 or 中心 or of a 街道's
  中心 or 督查室, 所长, 站长, 副站长, 队长 and the 村监察工作联络站站长 middle; the rest (专干, 专职委员, 网格员, 联络员,
  文书, 报账员, 代办员, 监督员, 调解员, 检疫员, 科员, 窗口工作人员, 法制审核员, 执法队员 …) general;
- in the harder table each stage cell that is not ``/`` is one point of the row's post and holder, with the
  level and measure of ITS stage group; the stage headings and the ``/`` cells are no points;
- ``风险点 | 风险表现``: the point is the short 风险点; ``主要职责``, ``工作环节``, ``职权事项``, ``权力事项``,
  ``自查情况``, ``监督主体``, ``责任领导``, the ``一句话廉政承诺`` line, ``注：`` lines and seals are no points and
  name no holder; the 执法队's 清单 names no person: its forms are posts (对岗不对人);
- 高/中/低, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``一级/二级/三级``, ``高风险/中风险/低风险``, ``A级/B级/C级`` (by the ``注：`` line)
  and ``较高/一般/较低`` (the only three used, in that order) are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b262_"
PLACE = "会东县"
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
GRADES = {"一级": 1, "二级": 2, "三级": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
LETTERS = {"A级": 1, "B级": 2, "C级": 3}
SCALE = {"较高": 1, "一般": 2, "较低": 3}
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

STAGES = ("事前（申请受理）", "事中（调查审核）", "事后（公示发放）")
STAGE_HEAD = ("廉政风险点", "风险等级", "防控措施")
NONE = "/"

# (权力事项, 责任岗位, 责任人, tier, [(廉政风险点, 风险等级, 防控措施) or None, one a stage])
QIANXIN = [
    ("最低生活保障审核确认", "主任", "谯沨翊", "middle", [
        ("对申请材料把关不严，为不符合条件的家庭受理申请", "中",
         "实行一次性告知，受理材料经办人、主任两级审核。"),
        ("入户调查走过场，不采信家庭经济状况核对结果", "高",
         "入户调查两人以上，调查表由申请人签字确认，核对报告随卷归档。"),
        ("初审对象名单不按规定在村（社区）公示栏公示", "中",
         "初审名单在村（社区）公示栏公示7个工作日，公示照片存档。"),
    ]),
    ("特困人员认定", "主任", "谯沨翊", "middle", [
        None,
        ("生活自理能力评估不实，降低认定条件", "高", "评估由镇、村两级人员共同完成，评估结果集体审核。"),
        ("终止供养名单不及时公开，停发不及时", "低", "每季度比对死亡、迁出信息，终止名单随审批信息一并公开。"),
    ]),
    ("临时救助", "民政专干", "曲木拉洛", "general", [
        ("对急难型救助“先行救助”程序滥用，事后不补手续", "中",
         "先行救助事项五个工作日内补齐手续，报主任审核。"),
        ("救助金额确定随意，优亲厚友", "高", "救助标准分档公开，金额经办公室集体研究确定。"),
        ("救助资金以现金发放，不打卡", "中", "救助资金一律通过“一卡通”发放，发放明细留存备查。"),
    ]),
    ("低保动态管理", "民政专干", "曲木拉洛", "general", [
        None,
        ("对家庭人口、收入发生变化的低保户不按期复核", "中", "按分类管理要求定期复核，复核台账逐户登记。"),
        ("应退出对象不及时停发，造成资金流失", "高", "停发名单每月与县民政局核对，发放系统及时调整。"),
    ]),
    ("残疾人两项补贴", "残疾人专职委员", "綦蓁漪", "general", [
        ("为残疾等级不符的人员受理补贴申请", "中", "申请时核验残疾人证，残疾等级与补贴类别对照审核。"),
        None,
        ("补贴发放名册与实际领取人不符，冒领补贴", "高", "发放名册每季度在村（社区）公示，随机回访领取人。"),
    ]),
]  # fmt: skip


def qianxin_stage_groups() -> dict:
    unit = f"{PLACE}铅锌镇"
    dept = "社会事务办"
    sh = _Sheet(dept, [6, 16, 12, 10, 30, 8, 28, 30, 8, 28, 30, 8, 28])
    t = _Truth(unit)
    ncols = 4 + 3 * len(STAGES)
    _line(sh, f"{unit}{dept}权力运行廉政风险防控表", ncols)
    r = sh.add(f"填报单位（盖章）：铅锌镇{dept}", None, None, None, None, None, None,
               None, None, "填报时间：2024年7月", None, None, None)  # fmt: skip
    sh.merge(r, 0, r, 8)
    sh.merge(r, 9, r, 12)
    top = sh.add("序号", "权力事项", "责任岗位", "责任人",
                 *(cell for stage in STAGES for cell in (stage, None, None)))  # fmt: skip
    sh.add(None, None, None, None, *(STAGE_HEAD * len(STAGES)))
    for c in range(4):
        sh.merge(top, c, top + 1, c)
    for s in range(len(STAGES)):
        sh.merge(top, 4 + 3 * s, top, 6 + 3 * s)
    first = len(sh.rows)
    for n, (matter, post, who, tier, stages) in enumerate(QIANXIN, 1):
        cells = []
        for stage in stages:
            if stage is None:
                cells += [NONE, NONE, NONE]
                continue
            point, lv, measure = stage
            cells += [point, lv, measure]
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        sh.add(n, matter, post, who, *cells)
    person = lambda row: (row[2], row[3])  # noqa: E731
    _merge_down(sh, first, [(2, person), (3, person)])
    _line(sh, "注：按事前、事中、事后三个环节分别查找廉政风险点，每个环节单独评定风险等级（高、中、低）、"
          "单独制定防控措施；“/”表示该环节无廉政风险点。", ncols)  # fmt: skip
    sh.add("填表人：", None, None, None, "审核人：", None, None, "分管领导（签字）：", None, None,
           None, None, None)  # fmt: skip
    return _layout(
        "qianxin_stage_groups", "https://www.tengchong.gov.cn/info/7151/5817733.htm",
        "(harder) 镇社会事务办 权力运行廉政风险防控表, after the source's 镇 社会救助领域基层政务公开标准目录 (最低生活保障, "
        "特困人员救助供养, 临时救助, 初审对象名单 公示 7 个工作日, 审批信息, 终止供养名单, 投诉举报电话): a title, a "
        "``填报单位（盖章）：… | 填报时间：2024年7月`` line (two merges), then a TWO-ROW header: 序号/权力事项/责任岗位/责任人 "
        "merged over both rows, and THREE STAGE GROUPS ``事前（申请受理）``, ``事中（调查审核）``, ``事后（公示发放）`` each "
        "merged over its own ``廉政风险点 | 风险等级 | 防控措施`` (the same three words three times in the second row); "
        "one row a 权力事项 (低保审核确认, 特困人员认定, 临时救助, 低保动态管理, 残疾人两项补贴), 责任岗位 and 责任人 merged per "
        "person, up to three points a row, each with its own level 高/中/低 and measure, ``/`` in all three cells of a "
        "stage without one; no type column; a ``注：`` line on the stages and a 填表人/审核人/分管领导 line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def shenyuhe_town_two_sheets() -> dict:
    unit = f"{PLACE}鲹鱼河镇"
    t = _Truth(unit)
    head = ("序号", "部门", "岗位", "姓名", "廉政风险点", "风险类别", "风险等级", "防控措施")
    parts = [
        ("领导班子", "（领导班子）", [
            ("镇领导班子", "党委书记", "苑峤沣", "leader", [
                ("“三重一大”事项不经党委会集体研究，个人说了算", "制度机制", "高",
                 "严格执行“三重一大”集体决策，议题提前送达，会议纪要存档备查。"),
                ("插手干预工程项目发包和干部选拔任用", "思想道德", "高", "落实领导干部插手干预重大事项记录报告制度。"),
            ]),
            ("镇领导班子", "镇长", "逯霆瑛", "leader", [
                ("镇级财政资金审批把关不严", "岗位职责", "高", "大额资金支付实行联签，每季度向党委会报告。"),
                ("政府投资项目化整为零，规避公开招标", "业务流程", "中", "项目按限额标准进入县公共资源交易平台。"),
            ]),
            ("镇领导班子", "纪委书记", "蒯篁沅", "leader", [
                ("对班子成员和站所负责人监督失之于宽、失之于软", "岗位职责", "中", "建立监督台账，每半年开展一次谈心谈话。"),
            ]),
            ("镇领导班子", "副镇长", "吉伍史洛", "leader", [
                ("分管领域惠民资金、项目安排优亲厚友", "思想道德", "中", "项目和资金安排经集体研究，结果公示。"),
                ("对分管站所监督不力，放任违规办事", "外部环境", "低", "每季度听取分管站所廉政工作汇报。"),
            ]),
        ]),
        ("办所中心", "（办所中心）", [
            ("党政办公室", "主任", "晁沁蘅", "middle", [
                ("公务接待无公函、超标准安排食宿", "制度机制", "中", "接待凭公函，按标准安排，接待清单随报销单据审核。"),
                ("公务用车私用，加油、维修费用虚报", "业务流程", "低", "车辆派遣登记，加油卡定车使用，维修两人以上核定。"),
            ]),
            ("党政办公室", "科员", "瓦扎石者", "general", [
                ("办公用品采购验收不严，以次充好", "岗位职责", "低", "采购与验收分离，验收单两人签字。"),
            ]),
            ("经济发展办公室", "主任", "阿西拉作", "middle", [
                ("项目申报材料弄虚作假，套取上级资金", "外部环境", "中", "申报材料经分管领导审核，项目实施情况公示。"),
            ]),
            ("便民服务中心", "主任", "郯栎笙", "middle", [
                ("办件“体外循环”，不进系统办理", "制度机制", "中", "办件全部录入政务服务系统，每月通报。"),
            ]),
            ("便民服务中心", "窗口工作人员", "的日木果", "general", [
                ("窗口办事吃拿卡要、故意刁难群众", "思想道德", "中", "窗口全程录像，群众“好差评”结果计入考核。"),
                ("违规收取代办费用", "外部环境", "低", "代办事项免费，收费标准上墙公示。"),
            ]),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, suffix, people in parts:
        sh = _Sheet(tab, [6, 14, 12, 9, 38, 10, 8, 38])
        if not sheets:
            sh.add("附件1")
        _line(sh, f"{unit}岗位廉政风险防控一览表{suffix}", len(head))
        sh.add(*head)
        first = len(sh.rows)
        n = 0
        for dept, post, who, tier, points in people:
            for point, typ, lv, measures in points:
                n += 1
                sh.add(n, dept, post, who, point, typ, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        _per_person(sh, first, 1, 2, 3)
        sh.add()
        sh.add("填表人：", None, None, "审核人：", None, "镇纪委（盖章）", None, "2024年6月")
        sheets.append(sh)
    return _layout(
        "shenyuhe_town_two_sheets", "https://360docs.net/doc/3810935624.html",
        "镇 岗位廉政风险防控一览表 on two sheets, after the source's 乡镇政府 公务接待及机关内务管理 实施细则 (邀请函, 接待人员, "
        "接待费用, 内务): sheet ``领导班子`` under ``附件1`` and sheet ``办所中心``, each with its own title ``…一览表（领导班子）`` "
        "/ ``…一览表（办所中心）``, then 序号/部门 merged (镇领导班子; 党政办公室, 经济发展办公室, 便民服务中心)/岗位 and 姓名 "
        "merged per person/廉政风险点/风险类别 (short names)/风险等级 高/中/低/防控措施; a blank row and a 填表人/审核人/"
        "镇纪委（盖章）/date line on each sheet",
        sheets, t,
    )  # fmt: skip


def xincheng_grid_checklist() -> dict:
    unit = f"{PLACE}新城街道"
    sh = _Sheet("排查表", [6, 16, 11, 9, 14, 36, 8, 13, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 9)
    r = sh.add("填报单位（盖章）：新城街道党工委", None, None, None, None, "填报时间：2024年6月",
               None, None, None)  # fmt: skip
    sh.merge(r, 0, r, 4)
    sh.merge(r, 5, r, 8)
    sh.add(
        "序号", "所在科室", "岗位", "姓名", "风险点", "风险表现", "风险等级", "风险类型", "防控措施"
    )
    lead, office, grid, check = "街道领导", "党政办公室", "网格化服务管理中心", "督查室"
    rows = [
        (lead, "党工委书记", "鞠霆骁", "leader", [
            ("重大事项决策", "街道重大事项、大额资金使用不经党工委会议集体研究", "Ⅰ级", "制度机制风险",
             "落实“三重一大”集体决策，会议纪要存档备查。"),
            ("社区干部推荐", "社区干部推荐、网格长选用中优亲厚友", "Ⅱ级", "思想道德风险", "推荐人选经民主测评、公示后确定。"),
        ]),
        (lead, "办事处主任", "瓦其拉哈", "leader", [
            ("网格化平台建设采购", "网格化平台建设和办公设备采购不按程序", "Ⅱ级", "业务流程风险",
             "采购按限额标准执行，结果在政务公开栏公示。"),
        ]),
        (office, "主任", "郄昶岷", "middle", [
            ("公务接待", "无公函接待、超标准接待，陪餐人数超标", "Ⅱ级", "制度机制风险", "接待实行公函和清单制度，费用每月公示。"),
            ("印章管理", "违规出具证明，用印不登记", "Ⅲ级", "岗位职责风险", "用印逐件登记、审批。"),
        ]),
        (grid, "主任", "扈湜漻", "middle", [
            ("网格集体收入", "三级网格集体收入不及时缴入账户，坐收坐支", "Ⅰ级", "业务流程风险",
             "推行“一账一榜一牌”，每笔收入及时入账并张榜公示。"),
            ("网格费用支出", "二级网格费用未经月例会通过即支出", "Ⅱ级", "制度机制风险",
             "费用经督查室监督的月例会通过后支出，每周在政务公开栏公示。"),
        ]),
        (grid, "网格员", "沙马日铁", "general", [
            ("事件上报", "隐瞒、迟报网格内矛盾纠纷和安全隐患", "Ⅲ级", "岗位职责风险", "事件上报系统留痕，中心每周抽查。"),
            ("信息采集", "泄露网格内居民个人信息", "Ⅲ级", "思想道德风险", "采集账号专人专用，查询留痕。"),
        ]),
        (check, "主任", "禚燊屹", "middle", [
            ("网格监督检查", "对二级、三级网格检查流于形式，问题不督促整改", "Ⅱ级", "岗位职责风险",
             "检查记录归档，问题清单限期销号。"),
            ("举报投诉受理", "对公示牌上的举报投诉压案不查，泄露举报人信息", "Ⅰ级", "外部环境风险",
             "举报件登记编号，举报人信息专人保管。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, desc, lv, typ, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, desc, lv, typ, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分Ⅰ级（高）、Ⅱ级（中）、Ⅲ级（低）。", 9)
    sh.add("填表人：", None, None, "审核人：", None, None, "街道党工委（盖章）", None, None)
    return _layout(
        "xincheng_grid_checklist", "https://public.jinshui.gov.cn/D59Z/1479690.jhtml",
        "街道 岗位廉政风险点排查表, after the source's 街道 三级网格 (“一账一榜一牌” — 集体收入及时缴入账户、张榜公示, 举报投诉"
        "公示牌; “一会一网一栏” — 督查室监督的月例会, 政务网, 公开栏; “一查一评一联”): a title, a ``填报单位（盖章）：新城街道"
        "党工委 | 填报时间：2024年6月`` line (two merges), then 序号/``所在科室`` merged (街道领导, 党政办公室, 网格化服务管理"
        "中心, 督查室)/岗位 and 姓名 merged per person/a short 风险点/a long 风险表现/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级`` BEFORE 风险类型 "
        "``…风险``/防控措施; a ``注：`` line on the levels and a 填表人/审核人/街道党工委（盖章） line",
        [sh], t,
    )  # fmt: skip


def yanjiao_village_liaison() -> dict:
    unit = f"{PLACE}姜州镇岩脚村"
    sh = _Sheet("Sheet1", [6, 16, 10, 26, 36, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}“两委”干部及村监察工作联络站廉洁风险防控一览表", 7)
    sh.add("序号", "岗位", "姓名", "主要职责", "廉洁风险点", "风险等级", "防控措施")
    rows = [
        ("村党支部书记、村委会主任", "吉克尔洛", "leader", "主持村党支部、村委会全面工作，负责村级重大事项决策", [
            ("村级重大事项不经“四议两公开”，个人说了算", "一级", "重大事项按“四议两公开”程序办理，会议记录存档。"),
            ("村集体资产发包、出租不公开，暗箱操作", "一级", "发包、出租方案经村民代表会议表决，结果公示。"),
            ("惠农补贴申报中为亲友虚报冒领", "二级", "补贴名册经村务监督委员会审核、公示后上报。"),
        ]),
        ("村监察工作联络站站长", "冼湄澍", "middle", "协助镇监察办监督村干部履职用权，监督党务、村务、财务公开", [
            ("对村级财务收支监督走过场，审核签字流于形式", "二级", "每月逐笔审核收支，审核意见签字留存。"),
            ("发现村干部苗头性、倾向性问题不报告", "一级", "问题线索当日报镇监察办，建立台账。"),
        ]),
        ("村监察联络员", "阿苦格体", "general", "收集社情民意，协助开展日常监督", [
            ("群众反映的问题瞒报、漏报", "三级", "群众反映问题登记台账，每周报站长。"),
        ]),
        ("村文书", "郗泠芮", "general", "负责村务公开、档案管理和证明出具", [
            ("村务公开栏公布不及时、内容不全", "二级", "每月10日前更新公开栏，拍照报镇备案。"),
            ("违规为村民出具证明材料", "三级", "证明出具经书记审签，登记备查。"),
        ]),
        ("村报账员", "俄木拉则", "general", "负责村级收支凭证整理和到镇报账", [
            ("白条入账，虚列支出", "一级", "凭证经手人、证明人、审批人签字齐全，镇“三资”管理中心审核。"),
            ("村集体收入不及时交镇代管账户", "二级", "收入全额交镇代管账户，收据统一领用。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, who, tier, duty, points in rows:
        for point, lv, measures in points:
            n += 1
            sh.add(n, post, who, duty, point, lv, measures)
            t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, None, 1, 2, 3)
    sh.add()
    sh.add("村党支部（盖章）", None, None, "村监察工作联络站（盖章）", None, "2024年5月", None)
    return _layout(
        "yanjiao_village_liaison", "http://ventaj.com/thread-327871-1-1.html",
        "村 “两委”干部及村监察工作联络站廉洁风险防控一览表, after the source's 村(社)监察工作联络站 (站长, 监察联络员, 协助镇"
        "监察办监督, 党务村务财务公开, “三资”管理, 苗头性倾向性问题): a title, then 序号/岗位, 姓名 and a ``主要职责`` sentence "
        "merged per person (村党支部书记、村委会主任, 村监察工作联络站站长, 村监察联络员, 村文书, 村报账员)/廉洁风险点/风险等级 "
        "``一级/二级/三级``/防控措施; no type column, no 科室; a blank row and the seals of the 村党支部 and the 村监察工作联络站 "
        "and a date",
        [sh], t,
    )  # fmt: skip


def hedong_community_cards() -> dict:
    unit = f"{PLACE}大桥镇河东社区"
    t = _Truth(unit)
    cards = [
        ("书记主任", "社区党委书记、居委会主任", "木乃尔古", "leader", "办事公道，清白做人，干净干事", [
            ("社区重大事务决策不民主，个人说了算", "制度机制", "高", "重大事务经“两委”会议研究、居民代表会议表决。"),
            ("粮食直补、退耕还林补贴对象审核优亲厚友", "思想道德", "高", "补贴对象张榜公示，接受居民监督。"),
            ("救济物资分配不公开、不登记", "业务流程", "中", "救济物资发放清单在党务政务公开栏公布。"),
        ]),
        ("代办员", "便民服务站代办员", "甯荏滢", "general", "群众的事再小也是大事，不收一分钱", [
            ("代办事项收取“跑腿费”", "思想道德", "中", "代办事项一律免费，服务承诺上墙，群众评议。"),
            ("代办材料保管不善，泄露群众信息", "岗位职责", "低", "代办材料登记交接，专柜保管。"),
            ("对群众申请事项故意拖延", "外部环境", "低", "实行限时办结，超时书面说明。"),
        ]),
        ("监督员", "党风廉政建设监督员", "阚翕珩", "general", "敢于监督，不做老好人", [
            ("对社区财务收支监督不到位", "岗位职责", "中", "每季度查阅社区账目，监督意见书面报镇纪委。"),
            ("收到群众举报不及时上报", "制度机制", "中", "举报线索登记，三日内报镇纪委。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, post, who, tier, pledge, points in cards:
        sh = _Sheet(tab, [6, 36, 10, 8, 34])
        _line(sh, f"{unit}干部廉政风险防控卡", 5)
        r = sh.add("姓　名", who, "职　务", post, None)
        sh.merge(r, 3, r, 4)
        r = sh.add("一句话廉政承诺", pledge, None, None, None)
        sh.merge(r, 1, r, 4)
        sh.add("序号", "廉政风险点", "风险类别", "风险等级", "防控措施")
        for i, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(i, point, typ, lv, measures)
            t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
        sh.add()
        sh.add("持卡人签字：", None, None, "社区党委（盖章）", None)
        _line(sh, "监督电话：0834-5462217（大桥镇纪委）", 5)
        sheets.append(sh)
    return _layout(
        "hedong_community_cards", "https://qingdaonews.com/content/2009-03/31/content_8021326.htm",
        "社区 干部廉政风险防控卡, one sheet a holder (tabs 书记主任, 代办员, 监督员), after the source's 社区 “农事村办”服务站 "
        "(一句话廉政承诺, 党风廉政建设监督员, 党务政务公开栏, 粮食直补, 退耕还林补贴, 救济物资发放): a title, ``姓　名 | … | "
        "职　务 | …``, a merged ``一句话廉政承诺 | …`` line, then 序号/廉政风险点/风险类别 (short names)/风险等级 高/中/低/"
        "防控措施; a blank row, ``持卡人签字： | 社区党委（盖章）`` and a merged ``监督电话：…`` line",
        sheets, t,
    )  # fmt: skip


def tangtang_justice_self_checks() -> dict:
    unit = f"{PLACE}淌塘镇"
    dept = "司法所"
    t = _Truth(unit)
    people = [
        ("亓骁岿", "男", "1984.09", "所长", "middle", [
            ("人民调解协议审查不严，调解结果显失公平", "岗位职责", "高风险",
             "调解协议经所长复核，重大纠纷集体研究。", "未发现问题"),
            ("社区矫正对象考核奖惩不公，收受好处", "思想道德", "高风险", "考核结果集体评议并公示。", "未发现问题"),
            ("法律援助申请审核把关不严", "业务流程", "中风险", "援助申请材料逐项核查，结果报县司法局备案。", "已整改"),
        ]),
        ("勒格木芝", "女", "1991.02", "专职人民调解员", "general", [
            ("调解中偏袒一方当事人，接受当事人宴请", "外部环境", "中风险", "落实调解回避制度，调解过程全程记录。",
             "未发现问题"),
            ("矛盾纠纷排查不到位，瞒报漏报", "岗位职责", "低风险", "每月排查台账报所长审核。", "未发现问题"),
        ]),
        ("隗菀澄", "女", "1993.11", "社区矫正专干", "general", [
            ("社区矫正对象请假外出审批不严", "制度机制", "中风险", "请假审批报所长，并报县社区矫正机构备案。", "已整改"),
            ("矫正对象信息核查不实，脱管漏管", "岗位职责", "高风险", "定位监管与走访核查相结合。", "未发现问题"),
            ("安置帮教对象帮扶资金申报不实", "业务流程", "低风险", "帮扶对象名单公示，资金打卡发放。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for k, (who, sex, born, post, tier, points) in enumerate(people, 1):
        sh = _Sheet(f"Sheet{k}", [8, 36, 10, 12, 34, 12])
        _line(sh, f"{unit}{dept}工作人员廉政风险自查表", 6)
        sh.add("姓名", "性别", "出生年月", "职务", "所在单位", "填表时间")
        sh.add(who, sex, born, post, f"淌塘镇{dept}", "2024年6月")
        sh.add("序号", "自查风险点", "风险类型", "风险等级", "防控措施", "自查情况")
        for i, (point, typ, lv, measures, answer) in enumerate(points, 1):
            sh.add(i, point, typ, lv, measures, answer)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), BANDS[lv])
        sh.add()
        sh.add("自查人（签名）：", None, None, "审核人（签字）：", None, None)
        sheets.append(sh)
    return _layout(
        "tangtang_justice_self_checks", "http://m.jizihe.com/page/2017/0308/18455302.shtml",
        "镇司法所 工作人员廉政风险自查表, one sheet a person (tabs Sheet1, Sheet2, Sheet3), after the source's paper on 乡镇"
        "司法所工作者 (纠纷调解, 法律宣传, 乡俗民约, 送法下乡): a title, a label row ``姓名 | 性别 | 出生年月 | 职务 | 所在单位 | "
        "填表时间`` with the values in the row under it (``淌塘镇司法所``), then 序号/自查风险点/风险类型 (short names)/风险等级 "
        "``高风险/中风险/低风险``/防控措施/``自查情况`` (未发现问题, 已整改); a blank row and ``自查人（签名）： | 审核人（签字）：``",
        sheets, t,
    )  # fmt: skip


def gaji_animal_health_list() -> dict:
    unit = f"{PLACE}嘎吉镇"
    dept = "畜牧兽医站"
    sh = _Sheet("一览表", [6, 11, 9, 14, 36, 10, 8, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}{dept}岗位廉政风险防控一览表", 8)
    sh.add("序号", "岗位", "姓名", "工作环节", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站长", "佴骧澈", "middle", [
            ("强制免疫督查", "督查提前通知、不随机抽查，虚报免疫密度", "岗位职责", "A级",
             "督查不预定检查点，随机抽取散养户和大户，督查记录签字存档。"),
            ("防疫物资管理", "疫苗、耳标出入库不登记，账物不符", "业务流程", "B级", "疫苗、耳标专人保管，出入库双人登记，每月盘点。"),
            ("村级防疫员考核", "村级防疫员劳务补助考核打分随意", "制度机制", "B级", "考核结果与补助挂钩并在村公示七天。"),
        ]),
        ("副站长", "海来史者", "middle", [
            ("产地检疫", "不到现场检疫即出具检疫证明", "岗位职责", "A级", "检疫证明电子出证，现场照片上传。"),
            ("无害化处理", "病死畜禽无害化处理数量虚报，套取补助", "外部环境", "A级", "处理现场视频留存，数量与保险理赔数据比对。"),
        ]),
        ("动物检疫员", "宓荇岑", "general", [
            ("免疫档案", "养殖场免疫档案补记、造假", "岗位职责", "C级", "免疫档案当日填写，站长每月抽查。"),
            ("耳标和免疫卡发放", "耳标、免疫卡发放不到户，打挂不到畜", "思想道德", "C级", "耳标打挂与免疫卡发放逐户登记，养殖户签字。"),
            ("检疫收费", "违规收取检疫费用", "思想道德", "B级", "检疫收费政策上墙公示，严禁收取费用。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, who, tier, points in rows:
        for step, point, typ, lv, measures in points:
            n += 1
            sh.add(n, post, who, step, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), LETTERS[lv])
    _per_person(sh, first, None, 1, 2)
    _line(sh, "注：风险等级分为A级、B级、C级三个等级，A级为高风险，B级为中风险，C级为低风险。", 8)
    sh.add("填表人：", None, None, "站长（签字）：", None, "镇分管领导（签字）：", None, None)
    return _layout(
        "gaji_animal_health_list", "https://taoyuan.gov.cn/slzq/xzdt1__zwdt/xzdt/content_34667",
        "镇畜牧兽医站 岗位廉政风险防控一览表, after the source's 乡 秋季动物防疫 督查 (不提前通知、不预定检查点, 随机抽取散养户和"
        "大户, 国家强制疫苗免疫, 耳标打挂, 免疫卡发放, 养殖场档案, 村级防疫员): a title, then 序号/岗位 and 姓名 merged per person/"
        "``工作环节``/风险点/风险类型 (short names)/风险等级 ``A级/B级/C级``/防控措施; a ``注：`` line that A级 is 高风险, B级 "
        "中风险, C级 低风险, and a 填表人/站长（签字）/镇分管领导（签字） line",
        [sh], t,
    )  # fmt: skip


def tieliu_enforcement_duties() -> dict:
    unit = f"{PLACE}铁柳镇"
    dept = "综合行政执法队"
    sh = _Sheet("责任清单", [6, 12, 16, 36, 10, 34, 12])
    t = _Truth(unit)
    _line(sh, f"{unit}{dept}廉政风险防控责任清单", 7)
    sh.add("序号", "岗位", "职权事项", "廉政风险点", "风险等级", "防控措施", "责任领导")
    rows = [
        ("队长", "middle", "行政处罚决定", "处罚裁量畸轻畸重，办人情案、关系案", "高风险",
         "严格执行裁量基准，重大处罚集体讨论。", "镇长"),
        ("队长", "middle", "执法力量调度", "整合站所执法力量后任务分派不公，选择性执法", "中风险",
         "执法任务随机派单，执法结果每月通报。", "分管副镇长"),
        ("法制审核员", "general", "重大执法决定法制审核", "审核走过场，对程序违法的案件出具同意意见", "高风险",
         "审核意见书面留存，审核人员签字负责。", "分管副镇长"),
        ("法制审核员", "general", "执法案卷归档", "执法案卷不完整，事后补材料", "低风险", "案卷结案后十日内归档，每季度评查。",
         "分管副镇长"),
        ("执法队员", "general", "行政监督检查", "检查中接受被检查对象宴请、礼品", "中风险",
         "两人以上执法，执法记录仪全程记录。", "分管副镇长"),
        ("执法队员", "general", "行政强制措施", "查封、扣押物品不登记，私自处置", "高风险", "查扣物品当场开具清单，入库双人登记。",
         "分管副镇长"),
        ("执法队员", "general", "罚没款收缴", "当场收缴罚款不开票、不上缴", "高风险", "罚没款一律通过银行代收，票款核对。",
         "分管副镇长"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, tier, power, point, lv, measures, leader) in enumerate(rows, 1):
        sh.add(n, post, power, point, lv, measures, leader)
        t.point(sh.name, dept, post, "", tier, point, [], BANDS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    _line(sh, "监督电话：0834-5423619（铁柳镇纪委）", 7)
    return _layout(
        "tieliu_enforcement_duties",
        "http://www.chehuandai.cn/fanwendaquan/zhenxingxiangzhen/2023/0812/78254.html",
        "镇综合行政执法队 廉政风险防控责任清单 对岗不对人, after the source's paper on 乡镇 “一支队伍管执法” (整合站所执法力量, "
        "行政处罚权, 行政监督检查权, 行政强制权): a title, then 序号/岗位 merged (队长, 法制审核员, 执法队员)/``职权事项``/廉政"
        "风险点/风险等级 ``高风险/中风险/低风险``/防控措施/``责任领导`` (a role: 镇长, 分管副镇长); no names, no type column; a "
        "merged ``监督电话：…`` line",
        [sh], t,
    )  # fmt: skip


def baiyan_village_micro_powers() -> dict:
    unit = f"{PLACE}松坪镇白岩村"
    sh = _Sheet("小微权力清单", [6, 14, 13, 9, 36, 8, 34, 16])
    t = _Truth(unit)
    _line(sh, f"{unit}小微权力廉政风险清单", 8)
    sh.add(
        "序号", "权力事项", "责任岗位", "责任人", "廉政风险点", "风险等级", "防控措施", "监督主体"
    )
    sec, head, acct, clerk = (
        ("村党支部书记", "钭屹峥", "leader"),
        ("村委会主任", "马海拉博", "leader"),
        ("村报账员", "暨芊澜", "general"),
        ("村文书", "羿沄岫", "general"),
    )
    rows = [
        ("村级重大事项决策", sec, "不按“四议两公开”程序决策，会议记录事后补记", "较高",
         "决议经参会村民代表签名确认，结果公开。", "村务监督委员会"),
        ("村级小型工程", head, "指定施工队，不公开比选", "较高", "工程比选结果在公开栏公示，镇纪委全程监督。",
         "村务监督委员会、镇纪委"),
        ("村务公开", sec, "不按时公开村务，群众质询不答复", "一般", "每季度第一个月10日前公开，质询在公开栏书面答复。",
         "村务监督委员会"),
        ("村集体资金支出", head, "大额支出不经村民代表会议同意", "较高", "大额支出先表决后支出，凭证附会议记录。",
         "镇“三资”管理中心"),
        ("低保、临时救助初审", head, "民主评议走过场，为亲友申报", "一般", "评议会邀请村民代表参加，初审名单公示。",
         "村务监督委员会"),
        ("村级报账", acct, "白条抵账，票据不全即报账", "一般", "报账凭证签字齐全，镇“三资”管理中心审核。",
         "镇“三资”管理中心"),
        ("印章管理", clerk, "村委会印章随意加盖，出具不实证明", "较低", "用印登记，出具证明经书记审签。",
         "村务监督委员会"),
        ("听证会议记录", clerk, "听证会议记录不完整，代表签名不实", "较低", "听证记录当场宣读，代表本人签名确认。",
         "村务监督委员会"),
    ]  # fmt: skip
    for n, (power, (post, who, tier), point, lv, measures, watcher) in enumerate(rows, 1):
        sh.add(n, power, post, who, point, lv, measures, watcher)
        t.point(sh.name, "", post, who, tier, point, [], SCALE[lv])
    sh.add()
    sh.add(
        "村党支部（盖章）",
        None,
        "村民委员会（盖章）",
        None,
        "村务监督委员会（盖章）",
        None,
        "2024年4月",
        None,
    )
    return _layout(
        "baiyan_village_micro_powers", "http://www.dybbs8.com/excel/151370.html",
        "村 小微权力廉政风险清单, after the source's 镇 村务公开 and 听证 规定 (重大村务由村“两委”提出, 每季度第一个月10日前公开, "
        "听证, 参会代表签名确认, 公开栏答复): a title, then 序号/``权力事项``/``责任岗位``/``责任人``/廉政风险点/风险等级 "
        "``较高/一般/较低``/防控措施/``监督主体`` — the post and holder written on every row, no merges; no type column; a "
        "blank row, the seals of the 村党支部, 村民委员会 and 村务监督委员会 and a date",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    qianxin_stage_groups(),
    shenyuhe_town_two_sheets(),
    xincheng_grid_checklist(),
    yanjiao_village_liaison(),
    hedong_community_cards(),
    tangtang_justice_self_checks(),
    gaji_animal_health_list(),
    tieliu_enforcement_duties(),
    baiyan_village_micro_powers(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch262-inbox"))

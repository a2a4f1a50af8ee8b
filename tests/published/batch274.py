"""The two-hundred-and-seventy-fourth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 乡镇, 街道,
村/社区 and 站所, 盐边县 (a county of 攀枝花 on the 雅砻江 and the 二滩 reservoir, its staff Han, Yi and
Lisu) — its 街道 busy with 征收拆迁, its 镇 with 征地拆迁 for an industrial park, a 镇 财政所 paying
惠民惠农 subsidies through the 一卡通, a 镇 林业工作站 that is also the 林长制 office, a 镇 畜牧兽医站
that is the 产地检疫报检点, a 社区 sitting its 低保 民主评议, a 村 keeping its 三资 — each handing back
the 一览表, 排查表, 防控卡, 自查表 or 小微权力清单 its staff typed in WPS or Excel:

- the 安宁街道's 一览表 under ``附件1`` and a ``填报单位：…　填报时间：…`` line: ``科室`` merged, ``岗位`` and
  ``姓名`` merged per person, ``…风险`` types, 高/中/低, the measures and a LAST ``责任领导`` column (the
  街道's 分管领导, the same names over several posts), a 科室负责人/填报日期 line;
- the 永兴镇's 排查表 对岗不对人 under GROUP ROWS ``一、镇领导班子`` … (no 科室 column, no names): a short
  ``风险点`` beside a long ``风险表现``, short types, ``一级/二级/三级``, a ``注：`` line;
- the 惠民镇 财政所's 防控卡, one sheet a holder (tabs 所长, 惠农专管员, 会计): ``持卡人 | … | 岗　位 | … |
  所在单位 | …`` and ``主要职责`` merged, ``序号 | 廉政风险点 | 风险等级 | 防控措施``, ``高风险/中风险/低风险``,
  no type column, ``持卡人（签字）：`` and a ``镇纪委监督电话`` line;
- the 渔门镇 林业工作站's 自查表 (the title naming the 林长制工作办公室 it also is): ``岗位 | 姓名 | 工作环节
  | 风险点 | 风险类型 | 风险等级 | 防控措施 | 自查情况``, short types, ``一级/二级/三级``, a 自查人/站长 line;
- the 箐河社区's 排查表: ``岗位 | 责任人 | 风险点 | 风险描述 | 风险等级 | 防控措施 | 监督主体``, ``★★★/★★/★``
  read by a ``注：`` line, no type column, the 一肩挑 post kept as written;
- the 红格镇 畜牧兽医站's 一览表: ``岗位 | 姓名 | 风险点 | 风险类别 | 风险等级 | 防控措施``, ``…风险`` types,
  高/中/低, every row written out (no merges), a ``报检点地址：… | 监督电话：…`` line;
- the 大湾村's 小微权力清单: ``权力事项 | 责任岗位 | 责任人 | 风险点 | 风险等级 | 防控措施 | 监督主体``
  (the 事项 merged over its rows), 高/中/低, no type column, a 村党总支（盖章）/date line.

One is harder:

- ``yanbian_tongzilin_street_two_factor``: the 桐子林街道's 廉政风险排查评估表 as its 纪工委 summed it up, that
  GRADES EACH POINT ON TWO SCALES AND GIVES NO LEVEL: a two-row heading, ``风险评估`` merged over
  ``发生概率 | 危害程度`` (each 高/中/低), and NO 风险等级 column; the ``注：`` line under the table says how the
  two make the level (both 高, or one 高 and one 中: 一级; one 高 and one 低, or both 中: 二级; the rest
  三级). The README's 读得懂的表 knows a level read by a note from a 风险值 or from 分值区间, levels by
  ``√`` under ``一级 | 二级 | 三级``, and ``岗位风险等级`` — not a level that only a rule in the note makes
  out of two graded columns, each of which looks like a level column on its own.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 街道纪工委 watching 征收拆迁 — 实物
丈量、评估、核算、补偿款发放, 廉洁承诺书, ``四公开``, 优亲厚友; a 街道's 征收拆迁 with 廉洁自律协议 between
the 拆迁办 and the 征收工作小组, 警示教育; a 街道党工委's ``四关`` in 征地拆迁 — 政策入户, 群众代表参与
丈量评估, 当事干部回避, 公示; a 镇 财政所's 专管员 sending 补贴政策公开信 and 监督卡, 镇纪委 watching 申报、
核实、发放, 一折通; a 镇林业工作站 that is also the 林长制工作办公室 — 资源管护, 林政执法, 一站式全程代理
服务; a 乡镇动物防疫检疫监督站 as 产地检疫报检点 — 越境出证、乱出证、只收费不检疫, 统一收费票据; a 社区's
低保 民主评议 — 社区书记 组长, 民政协理员, 收支情况; a 县纪委监委 on 农村集体 ``三资`` — 入股分红, 虚报冒领,
优亲厚友, 征收补偿 指认) and the layout follows their words for the unit, its parts, its posts and its
risks. The rows are worded by us, the names invented (rare Han surnames with rare given names, and Yi
names as a 攀枝花 county's staff carry them); every unit is a body of 盐边县.

Run ``python tests/published/score.py --set batch274`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches (as batch262 took them):

- a 镇's own 站/所/办 (财政所, 林业工作站, 畜牧兽医站, 征地拆迁工作办公室 …) is a part of the 镇: in a file
  of one 站/所 the unit is the 镇 (``盐边县惠民镇``), the department the 站/所 as the title writes it
  (``财政所``; the 林业工作站's title adds ``（林长制工作办公室）``, the second name of the same office —
  the department is ``林业工作站``); a 街道's 办 and 所 are its 科室, ``街道领导`` and ``镇领导班子`` the 科室
  of the leaders; a 社区 and a 村 are units with no 科室;
- 党工委书记, 办事处主任, 办事处副主任, 镇长, 分管副镇长, ``社区党委书记、居委会主任``,
  ``村党总支书记、村委会主任`` (the 一肩挑 post kept as written) and 村委会副主任 are leaders; 主任 of a 街道's or 镇's 办 or 中心,
  所长 and 站长 middle; the rest (经办员, 征收专干, 惠农专管员, 会计, 检疫员, 防疫员, 资源管护员, 林政员, 工作人员, 科员, 民政协理员,
  网格员, 报账员, 文书 …) general;
- in the harder file each point's level is the one the ``注：`` line's rule gives its two grades;
  ``发生概率`` and ``危害程度`` are no levels of their own and no points; the 纪工委's ``填报单位`` line is
  no 科室 of the rows;
- ``风险点 | 风险表现`` and ``风险点 | 风险描述``: the point is the short 风险点; ``工作环节``, ``权力事项``,
  ``主要职责``, ``自查情况``, ``监督主体`` and ``责任领导`` are no points and name no holder; the 永兴镇's
  list names no person: its forms are posts (对岗不对人);
- 高/中/低, ``一级/二级/三级``, ``高风险/中风险/低风险`` and ``★★★/★★/★`` (by the ``注：`` line) are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b274_"
PLACE = "盐边县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
GAP = "\u3000"
SCORE = {"高": 3, "中": 2, "低": 1}


def combined(chance: str, harm: str) -> int:
    """The 纪工委's note: both 高, or 高 and 中, 一级; 高 and 低, or both 中, 二级; the rest 三级."""
    s = SCORE[chance] + SCORE[harm]
    return 1 if s >= 5 else 2 if s == 4 else 3


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int,
                last: int | None = None) -> None:  # fmt: skip
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs, last)


# --------------------------------------------------------------------------- harder layout

# (科室, 岗位, 姓名, tier, [(风险点, 发生概率, 危害程度, 防控措施)])
ASSESSED = [
    ("街道领导", "党工委书记", "郦湛岑", "leader", [
        ("征收补偿方案决策不经集体研究", "中", "高",
         "补偿安置方案经党工委会集体研究，会议纪要存档，方案公示征求意见。"),
        ("为亲友承揽拆迁清运工程打招呼", "低", "高",
         "拆迁清运工程公开比选，领导干部插手干预事项登记报告。"),
    ]),
    ("街道领导", "办事处副主任", "阿什木呷", "leader", [
        ("签约奖励和过渡费审批把关不严", "中", "中",
         "奖励和过渡费按政策标准计发，审批单经征收办、财政所双审核。"),
    ]),
    ("征收拆迁办公室", "主任", "亓镜澜", "middle", [
        ("实物丈量和评估结果弄虚作假", "高", "高",
         "丈量三人以上并邀请群众代表到场，评估报告在村民小组公示。"),
        ("对先签约户和后签约户执行两把尺子", "中", "高",
         "一把尺子量到底，补偿标准和签约结果全程公开。"),
    ]),
    ("征收拆迁办公室", "经办员", "鲜于漪澈", "general", [
        ("附属物清点时多登少登", "高", "中",
         "清点表由拆迁户、经办员和监督员三方签字确认。"),
        ("泄露拆迁户信息收取好处", "低", "中", "拆迁户资料专人保管，查阅登记。"),
    ]),
    ("财政所", "会计", "仉芷潆", "general", [
        ("补偿款不按核定金额拨付到户", "中", "高",
         "补偿款一律打卡发放，发放明细与核算表逐户核对。"),
        ("补偿资金专户台账登记不及时", "低", "低", "专户资金日清月结，每月与银行对账。"),
    ]),
    ("社会事务办公室", "主任", "吉克曲布", "middle", [
        ("拆迁户低保、临时救助优亲厚友", "中", "中",
         "救助对象民主评议并张榜公示，当事干部亲属申请的回避。"),
        ("安置房分配顺序暗箱操作", "高", "低", "安置房公开摇号，摇号全程录像并邀请群众代表监督。"),
    ]),
]  # fmt: skip


def yanbian_tongzilin_street_two_factor() -> dict:
    unit = f"{PLACE}桐子林街道"
    sh = _Sheet("排查评估表", [6, 14, 12, 10, 32, 9, 9, 40])
    t = _Truth(unit)
    _line(sh, f"{unit}征收拆迁及重点岗位廉政风险排查评估表", 8)
    _line(sh, f"填报单位：街道纪工委（汇总）{GAP * 12}填报时间：2025年5月", 8)
    h = sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险评估", None, "防控措施")
    sh.add(None, None, None, None, None, "发生概率", "危害程度", None)
    for c in (0, 1, 2, 3, 4, 7):
        sh.merge(h, c, h + 1, c)
    sh.merge(h, 5, h, 6)
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in ASSESSED:
        for point, chance, harm, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, chance, harm, measures)
            t.point(sh.name, dept, post, who, tier, point, [], combined(chance, harm))
    _per_person(sh, first, 1, 2, 3)
    _line(
        sh,
        "注：风险等级由发生概率和危害程度综合评定：两项均为“高”，或一项为“高”、另一项为“中”的，为一级风险；"
        "一项为“高”、另一项为“低”，或两项均为“中”的，为二级风险；其余为三级风险。",
        8,
    )
    sh.add("填表人：", None, "纪工委书记（签字）：", None, None, None, "2025年5月", None)
    return _layout(
        "yanbian_tongzilin_street_two_factor", "http://www.jsycjw.gov.cn:18000/a/fLUkddHVkO",
        "(harder) 县桐子林街道 征收拆迁及重点岗位廉政风险排查评估表, after the source's 新河街道纪工委 watching 征地拆迁 (实物丈量、"
        "评估、核算、补偿款发放, 廉洁承诺书, ``四公开``, 一视同仁不优亲厚友, 先签约后签约): a title, a merged ``填报单位：街道纪工委"
        "（汇总）　…　填报时间：2025年5月`` line, a TWO-ROW heading (序号, 科室, 岗位, 姓名, 廉政风险点 and 防控措施 merged down; "
        "``风险评估`` merged over ``发生概率 | 危害程度``, each 高/中/低), 科室 merged (街道领导, 征收拆迁办公室, 财政所, 社会事务"
        "办公室), 岗位 and 姓名 merged per person, NO 风险等级 column and no type column; a merged ``注：`` line giving the rule "
        "that makes the level from the two grades, and a 填表人/纪工委书记/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def yanbian_anning_street_list() -> dict:
    unit = f"{PLACE}安宁街道"
    sh = _Sheet("一览表", [6, 14, 12, 10, 12, 36, 8, 36, 10])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 9)
    _line(sh, f"填报单位：{unit}办事处{GAP * 10}填报时间：2025年3月", 9)
    sh.add(
        "序号", "科室", "岗位", "姓名", "风险类型", "廉政风险点", "风险等级", "防控措施", "责任领导"
    )
    rows = [
        ("街道领导", "办事处主任", "仇琬岫", "leader", "邸栩峣", [
            ("制度机制风险", "征收项目资金安排未经集体研究", "高",
             "征收资金安排提交党工委会集体决策，按程序报区政府备案。"),
        ]),
        ("拆迁办", "主任", "堵岑溪", "middle", "邸栩峣", [
            ("业务流程风险", "与征收工作小组签订廉洁自律协议走过场", "中",
             "协议逐条写明风险点和惩处措施，每季度检查履行情况。"),
            ("岗位职责风险", "征收补偿协议审核把关不严", "高",
             "补偿协议经小组负责人、科室负责人和分管领导三级审核。"),
        ]),
        ("拆迁办", "征收专干", "阿苏拉格", "general", "邸栩峣", [
            ("外部环境风险", "接受被征收企业宴请、礼品，评估中偏袒企业", "高",
             "入户、评估两人以上同行，严禁单独接触被征收人。"),
            ("思想道德风险", "对居民拆迁户承诺政策以外的补偿", "中", "政策口径统一，答复意见书面留存。"),
        ]),
        ("城市管理办公室", "主任", "蒯泠筠", "middle", "暨澄澜", [
            ("岗位职责风险", "违法建设拆除中选择性执法", "高",
             "违法建设台账公开，拆除名单经街道集体研究。"),
            ("外部环境风险", "户外广告、占道经营审批收受好处", "中", "审批标准公示，审批结果网上公开。"),
        ]),
        ("党政办公室", "科员", "聂蘅芷", "general", "暨澄澜", [
            ("制度机制风险", "公务接待超标准、虚列接待费用", "低",
             "接待实行公函制度，接待清单与发票一并报销。"),
            ("岗位职责风险", "办公用品采购不比价", "低", "采购三家比价，验收与采购分离。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, leader, points in rows:
        for typ, point, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, typ, point, lv, measures, leader)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("科室负责人（签字）：", None, None, None, "填报日期：", None, None, None, None)
    return _layout(
        "yanbian_anning_street_list", "https://jjw.changzhou.gov.cn/html/jw/2017/LAEOPFLF_0713/13788.html",
        "县安宁街道 岗位廉政风险防控一览表, after the source's 新闸街道 (纪工委, 征收拆迁 廉政警示教育, 拆迁办 与 征收项目中标"
        "单位 签订 廉洁自律协议, 分管领导、科室负责人 与 征收工作小组负责人 签署 承诺): ``附件1``, a title, a merged ``填报单位："
        "…办事处　填报时间：2025年3月`` line, then 序号/科室 merged (街道领导, 拆迁办, 城市管理办公室, 党政办公室)/岗位 and 姓名 "
        "merged per person/风险类型 ``…风险``/廉政风险点/风险等级 高/中/低/防控措施/a LAST ``责任领导`` column (two 分管领导, "
        "each over several posts, never merged); a 科室负责人（签字）/填报日期 line with the labels only",
        [sh], t,
    )  # fmt: skip


def yanbian_yongxing_town_groups() -> dict:
    unit = f"{PLACE}永兴镇"
    sh = _Sheet("排查表", [6, 16, 24, 40, 10, 8, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "岗位", "风险点", "风险表现", "风险类别", "风险等级", "防控措施")
    groups = [
        ("镇领导班子", [
            ("镇长", "leader", [
                ("征地补偿资金分配失衡", "园区征地补偿资金安排不经班子集体研究，向个别村倾斜",
                 "制度机制", "一级", "补偿资金分配方案经镇党委会研究并公示。"),
            ]),
            ("分管副镇长", "leader", [
                ("干预丈量评估结果", "为亲友或熟人打招呼，要求提高地上附着物评估等级",
                 "思想道德", "一级", "领导干部过问插手征拆事项记录报告，评估结果张榜公示。"),
            ]),
        ]),
        ("征地拆迁工作办公室", [
            ("主任", "middle", [
                ("政策入户不到位", "补偿政策只传达到村社干部，群众不知情导致暗箱操作",
                 "岗位职责", "二级", "政策资料逐户发放，群众签收存档。"),
                ("当事干部不回避", "村社干部家庭涉及征拆时本人仍参与丈量、核算",
                 "制度机制", "一级", "涉迁干部本人回避，由镇另派人员参与。"),
            ]),
            ("工作人员", "general", [
                ("丈量数据不实", "丈量时多量少量，与拆迁户私下约定面积",
                 "业务流程", "二级", "丈量三名以上干部同时在场，群众代表全程参与监督。"),
                ("公示内容不全", "构筑物、附作物面积和等级、金额未在村民小组公示",
                 "业务流程", "三级", "公示内容和时限统一规定，公示照片存档备查。"),
            ]),
        ]),
        ("财政所", [
            ("所长", "middle", [
                ("补偿款拨付审核不严", "不按公示后的核定金额拨付，或先拨付后补手续",
                 "业务流程", "二级", "拨付凭公示结果和审批单，实行所长、会计双签。"),
            ]),
        ]),
        ("村镇建设服务中心", [
            ("主任", "middle", [
                ("违规办理建房手续", "对征收范围内抢建、抢种不制止，违规出具建房证明",
                 "外部环境", "三级", "征收范围确定后冻结建房审批，巡查发现抢建当即制止。"),
            ]),
        ]),
    ]  # fmt: skip
    numerals = "一二三四五六七八九"
    n = 0
    for g, (dept, posts) in enumerate(groups):
        _line(sh, f"{numerals[g]}、{dept}", 7)
        for post, tier, points in posts:
            first = len(sh.rows)
            for point, desc, typ, lv, measures in points:
                n += 1
                sh.add(n, post, point, desc, typ, lv, measures)
                t.point(sh.name, dept, post, "", tier, point, types_in(typ), GRADES[lv])
            _merge_down(sh, first, [(1, lambda row: row[1])])
    _line(sh, "注：风险等级分为一级（高）、二级（中）、三级（低）。", 7)
    sh.add("编制：党政办公室", None, None, "审核：镇纪委", None, "2025年4月", None)
    return _layout(
        "yanbian_yongxing_town_groups", "http://bbs.cqtl.com/thread-80-1-1.html",
        "县永兴镇 岗位廉政风险点排查表 对岗不对人, after the source's 东城街道党工委 in 工业园区 征地拆迁 (``四关``: 政策入户, "
        "群众代表参与丈量评估, 当事干部回避, 公示; 村社干部家庭; 构附作物 面积、等级、金额): a title, then 序号/岗位 (merged over "
        "its rows)/风险点 (short)/风险表现 (long)/风险类别 (short names)/风险等级 ``一级/二级/三级``/防控措施 under GROUP ROWS "
        "``一、镇领导班子`` … ``四、村镇建设服务中心`` merged across (no 科室 column, no names); a ``注：`` line and an "
        "编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def yanbian_huimin_finance_cards() -> dict:
    unit = f"{PLACE}惠民镇"
    dept = "财政所"
    t = _Truth(unit)
    cards = [
        ("所长", "褚昀澍", "所长", "middle", "主持财政所全面工作，负责惠民惠农补贴资金审核拨付", [
            ("补贴资金拨付审核不严", "高风险", "拨付清单与村级公示、部门审核结果逐项核对后签批。"),
            ("对专管员发放工作督查不到位", "中风险", "每季度抽查一个村的补贴发放情况，结果报镇纪委。"),
            ("往来资金长期挂账", "低风险", "往来款项每半年清理一次，挂账原因书面说明。"),
        ]),
        ("惠农专管员", "沙马阿果", "惠农专管员", "general", "负责惠民惠农补贴信息录入、一卡通发放和政策宣传", [
            ("一卡通信息录入弄虚作假", "高风险", "补贴信息录入后由所长复核，发放名单在村公示栏公示。"),
            ("截留、冒领补贴资金", "高风险", "资金直接打入农户一卡通，严禁代领代管存折。"),
            ("不向农户发放政策公开信和监督卡", "低风险", "公开信和监督卡逐户发放，农户签收。"),
        ]),
        ("会计", "甄湉珝", "会计", "general", "负责镇级财务核算、资金拨付和会计档案管理", [
            ("虚列支出套取资金", "中风险", "原始凭证逐张审核，报销经所长和分管领导审签。"),
            ("会计资料保管不善", "低风险", "会计档案按年度装订归档，调阅登记。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, tier, duties, points in cards:
        sh = _Sheet(tab, [6, 32, 10, 38])
        _line(sh, f"{unit}{dept}岗位廉政风险防控卡", 4)
        sh.add("持卡人", who, "岗　位", post)
        r = sh.add("所在单位", f"惠民镇{dept}", None, None)
        sh.merge(r, 1, r, 3)
        r = sh.add("主要职责", duties, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施")
        for i, (point, lv, measures) in enumerate(points, 1):
            sh.add(i, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], BANDS[lv])
        sh.add()
        sh.add("持卡人（签字）：", None, "2025年4月", None)
        _line(sh, "镇纪委监督电话：0812-8XXXXXX", 4)
        sheets.append(sh)
    return _layout(
        "yanbian_huimin_finance_cards", "https://bbs.cnhubei.com/thread-2391039-1-1.html",
        "镇财政所 岗位廉政风险防控卡, one sheet a holder (tabs 所长, 惠农专管员, 会计), after the source's 白霓镇 (强农惠农政策, 镇"
        "财政所专管员 上门发送 补贴政策公开信和监督卡, 村 公示栏, 镇纪委 对申报、核实、发放 全程监督, 一折通): a title, ``持卡人 | … | "
        "岗　位 | …``, ``所在单位 | 惠民镇财政所`` and ``主要职责 | …`` (merged), then 序号/廉政风险点/风险等级 ``高风险/中风险/"
        "低风险``/防控措施; no type column; a blank row, ``持卡人（签字）： | … | 2025年4月`` and a merged 镇纪委监督电话 line",
        sheets, t,
    )  # fmt: skip


def yanbian_yumen_forestry_selfcheck() -> dict:
    unit = f"{PLACE}渔门镇"
    dept = "林业工作站"
    sh = _Sheet("自查表", [6, 12, 10, 14, 30, 10, 8, 32, 14])
    t = _Truth(unit)
    _line(sh, f"{unit}{dept}（林长制工作办公室）廉政风险自查表", 9)
    sh.add(
        "序号", "岗位", "姓名", "工作环节", "风险点", "风险类型", "风险等级", "防控措施", "自查情况"
    )
    rows = [
        ("站长", "濮阳汐蘅", "middle", [
            ("林木采伐审核", "为不符合条件的采伐申请出具审核意见", "岗位职责", "一级",
             "采伐审核现场查验，审核意见集体研究。", "未发现问题"),
            ("生态护林员选聘", "护林员选聘优亲厚友", "思想道德", "一级",
             "选聘条件和结果公示，村民代表参与评议。", "已整改"),
        ]),
        ("林政员", "俄底伍呷", "general", [
            ("林政案件查处", "对毁林案件以罚代刑、降格处理", "制度机制", "一级",
             "案件移送标准公开，查处结果报镇纪委备案。", "未发现问题"),
            ("木材运输检查", "收受运输户好处放行", "外部环境", "二级", "检查两人以上，执法记录仪全程记录。",
             "未发现问题"),
        ]),
        ("资源管护员", "郜滢岚", "general", [
            ("护林员考核", "巡护出勤率弄虚作假，虚报护林员工资", "业务流程", "二级",
             "巡护APP轨迹与考勤表逐月核对。", "已落实"),
            ("代理服务", "一站式代理服务收取额外费用", "思想道德", "三级", "代理事项和办理时限上墙公示。",
             "已落实"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, who, tier, points in rows:
        for step, point, typ, lv, measures, check in points:
            n += 1
            sh.add(n, post, who, step, point, typ, lv, measures, check)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    _per_person(sh, first, None, 1, 2)
    sh.add("自查人：", None, None, "站长（签字）：", None, None, "2025年6月", None, None)
    return _layout(
        "yanbian_yumen_forestry_selfcheck", "https://yy.rednet.cn/content/2022/08/19/11738144.html",
        "镇林业工作站 廉政风险自查表, after the source's 西塘镇 林长制工作办公室 加挂 林业工作站 (资源管护, 林政执法, 生产组织, 科技"
        "推广, 社会服务, 一站式全程代理服务): a title naming the station and its second name ``（林长制工作办公室）``, then 序号/岗位 and "
        "姓名 merged per person/``工作环节``/风险点/风险类型 (short names)/风险等级 ``一级/二级/三级``/防控措施/``自查情况``; a "
        "自查人/站长（签字）/date line",
        [sh], t,
    )  # fmt: skip


def yanbian_qinghe_community_register() -> dict:
    unit = f"{PLACE}新九镇箐河社区"
    sh = _Sheet("Sheet1", [6, 18, 10, 22, 36, 8, 34, 14])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险排查表", 8)
    sh.add("序号", "岗位", "责任人", "风险点", "风险描述", "风险等级", "防控措施", "监督主体")
    rows = [
        ("社区党委书记、居委会主任", "木呷尔古", "leader", [
            ("低保评议走过场", "低保民主评议会不按规定组成评议小组，个人意见代替评议结果", "★★★",
             "评议小组由两委、人大代表、党员和居民代表组成，评议记录存档。", "街道社会事务办"),
            ("居务公开不及时", "低保、救助款物发放情况不按月公开", "★★",
             "低保情况每月在公开栏公开，公开照片留存。", "居务监督委员会"),
        ]),
        ("民政协理员", "訾沁芫", "general", [
            ("低保家庭收支核查不实", "入户核查收入、财产走过场，帮亲友隐瞒收入", "★★★",
             "入户核查两人以上，核查表由申请人签字确认。", "街道社会事务办"),
            ("低保动态管理不到位", "家庭情况变化后不及时停保、减保", "★★", "每季度复核一次，变化情况当月上报。",
             "居务监督委员会"),
        ]),
        ("社区报账员", "宓霁瑶", "general", [
            ("活动经费报账不规范", "虚开票据报销社区活动经费", "★★", "报账凭证经书记审签并公开。",
             "居务监督委员会"),
            ("现金管理不规范", "收取的场地租金坐收坐支", "★", "租金一律存入社区账户，按月对账。",
             "居务监督委员会"),
        ]),
        ("网格员", "羿珂湉", "general", [
            ("信息采集弄虚作假", "为困难群众信息采集时收受好处或优亲厚友", "★",
             "采集信息由网格长复核，结果在网格内公示。", "社区党委"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, who, tier, points in rows:
        for point, desc, lv, measures, watch in points:
            n += 1
            sh.add(n, post, who, point, desc, lv, measures, watch)
            t.point(sh.name, "", post, who, tier, point, [], STARS[lv])
    _per_person(sh, first, None, 1, 2)
    _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 8)
    sh.add("填表人：", None, "社区党委（盖章）", None, None, None, "2025年5月", None)
    return _layout(
        "yanbian_qinghe_community_register", "http://zhwlyst.yhzhg.cn/homeController/noticeTotalDetail?noticeId=233",
        "社区 廉政风险排查表, after the source's 社区 低保民主评议 (社区书记 为组长的评议小组, 两委班子、人大代表、老干部、党员和居民"
        "组成, 民政协理员 介绍低保家庭收支情况, 新增低保评议, 公开、公平、公正): a title, then 序号/岗位 and 责任人 merged per "
        "person (the 一肩挑 ``社区党委书记、居委会主任``)/风险点 (short)/风险描述 (long)/风险等级 ``★★★/★★/★``/防控措施/"
        "``监督主体``; no type column, no 科室; a ``注：`` line reading the stars, a 填表人/盖章/date line; the tab ``Sheet1``",
        [sh], t,
    )  # fmt: skip


def yanbian_hongge_vet_station() -> dict:
    unit = f"{PLACE}红格镇"
    dept = "畜牧兽医站"
    sh = _Sheet("一览表", [6, 12, 10, 30, 14, 8, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}{dept}廉政风险防控一览表", 7)
    sh.add("序号", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("站长", "俞蘅璟", "middle", "越境出证、乱出证", "岗位职责风险", "高",
         "检疫证明按报检点辖区出具，每月核对出证记录。"),
        ("站长", "俞蘅璟", "middle", "检疫收费巧立名目、搭车收费", "制度机制风险", "中",
         "收费标准上墙公示，一律使用财政统一票据。"),
        ("检疫员", "海来木且", "general", "只收费不检疫，不到现场查验出证", "业务流程风险", "高",
         "产地检疫现场拍照上传，检疫记录与出证信息对应。"),
        ("检疫员", "海来木且", "general", "对病死畜禽无害化处理监管不到位", "外部环境风险", "中",
         "无害化处理全程监督并登记，处理台账按月上报。"),
        ("防疫员", "冼霈霓", "general", "虚报强制免疫数量，套取防疫补助", "思想道德风险", "中",
         "免疫档案逐户建立，站里按比例入户抽查。"),
        ("防疫员", "冼霈霓", "general", "疫苗保管不善、私自出售", "岗位职责风险", "低",
         "疫苗出入库登记，冷链设备温度每日记录。"),
    ]  # fmt: skip
    for i, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(i, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    sh.add()
    sh.add("报检点地址：红格镇畜牧兽医站", None, None, None, "监督电话：12316", None, None)
    return _layout(
        "yanbian_hongge_vet_station", "http://www.fiveday.com.cn/show-163-1383-1.html",
        "镇畜牧兽医站 廉政风险防控一览表, after the source's 县畜牧兽医局 产地检疫 (每个乡镇一个报检点, 与乡镇动物防疫检疫监督站合署"
        "办公, 检疫人员兼任, 公示牌, 越境出证、乱出证、只收费不检疫, 财政统一收费票据): a title, then 序号/岗位/姓名 written on "
        "EVERY row (no merges)/风险点/风险类别 ``…风险``/风险等级 高/中/低/防控措施; a blank row and a ``报检点地址：… | 监督"
        "电话：12316`` line",
        [sh], t,
    )  # fmt: skip


def yanbian_dawan_village_micro_power() -> dict:
    unit = f"{PLACE}共和乡大湾村"
    sh = _Sheet("小微权力清单", [6, 16, 18, 10, 30, 8, 34, 14])
    t = _Truth(unit)
    _line(sh, f"{unit}小微权力廉政风险防控清单", 8)
    sh.add("序号", "权力事项", "责任岗位", "责任人", "风险点", "风险等级", "防控措施", "监督主体")
    rows = [
        ("集体资产发包", "村党总支书记、村委会主任", "吉伍木加", "leader",
         "不经村民代表会议决议擅自发包集体资产", "高", "发包方案“四议两公开”，合同报乡农经站备案。"),
        ("集体资产发包", "村文书", "祁湲黛", "general",
         "发包合同到期不续签、不收租", "中", "合同台账到期提醒，租金收入按季公开。"),
        ("集体收益分配", "村党总支书记、村委会主任", "吉伍木加", "leader",
         "借入股分红之名把集体收益分给少数人", "高", "分配方案经村民（代表）会议表决并公示。"),
        ("征收补偿指认", "村委会副主任", "漆翎湘", "leader",
         "征收补偿中将他人房屋指认为亲友房产", "高", "指认结果由村民小组长、村务监督委员会共同签字并公示。"),
        ("村级财务报账", "村报账员", "仝湛漪", "general",
         "虚报冒领、白条入账", "中", "报账凭证经村务监督委员会审核盖章后到乡报账。"),
        ("困难救助申请", "村文书", "祁湲黛", "general",
         "临时救助申请优亲厚友", "低", "申请人名单在村务公开栏公示5天。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for i, (item, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(i, item, post, who, point, lv, measures, "村务监督委员会")
        t.point(sh.name, "", post, who, tier, point, [], HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (7, lambda row: row[7])])
    sh.add("村党总支（盖章）", None, None, None, "村委会（盖章）", None, "2025年3月", None)
    return _layout(
        "yanbian_dawan_village_micro_power", "https://www.xuehua.us/a/633b985613b5f91b6286312c",
        "村 小微权力廉政风险防控清单, after the source's 县纪委监委 on 农村集体 ``三资`` (村居小微权力运行风险点, 入股分红, 虚报冒领, "
        "贪占私分, 征收补偿中的指认, 村主任碍于情面, 优亲厚友): a title, then 序号/``权力事项`` (merged over its rows)/责任岗位/"
        "责任人 (the 一肩挑 ``村党总支书记、村委会主任`` on two 事项, not next to each other)/风险点/风险等级 高/中/低/防控措施/"
        "``监督主体`` (村务监督委员会, merged down); no type column, no 科室; a 盖章/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    yanbian_tongzilin_street_two_factor(),
    yanbian_anning_street_list(),
    yanbian_yongxing_town_groups(),
    yanbian_huimin_finance_cards(),
    yanbian_yumen_forestry_selfcheck(),
    yanbian_qinghe_community_register(),
    yanbian_hongge_vet_station(),
    yanbian_dawan_village_micro_power(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch274-inbox"))

"""A fifty-third batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: THE ORDINARY CASE — the plain 岗位廉政风险防控一览表 /
风险点排查表 / 廉政风险防控责任清单 / 防控卡 that a city, county or district body puts on its
website or hands back, as a random sample gives it, from the Party committee's own departments
and the bodies beside them that the earlier batches never drew on (统战部, 政法委, 编办, 老干部局,
国资委, 文联, 宣传部 of a 州, 组织部 of a 区, 市直机关工委). Eight are EVERYDAY:

- a 中共XX县委统战部 一览表 (``附件2``, a 填报单位/填报时间 line): 科室 merged (``部领导`` first),
  岗位/姓名 and a ``主要职责`` cell merged per person, 廉政风险点, 风险类别 written with its ``风险``
  suffix, 高/中/低, 防控措施; a 单位主要负责人/填表人/联系电话 line;
- a 中共XX区委政法委员会 排查表 对岗不对人: 科室 merged (``委领导``, 办公室, 综治办, 政治处,
  维稳指导科), a short 风险点 beside its ``风险表现``, 一级/二级/三级, 防控措施; the post 主任 in
  three 科室; a 注 line giving the scale;
- a 中共XX县委机构编制委员会办公室 排查表, one sheet per 股室 (tabs ``办领导``, ``综合股``,
  ``机构编制股``, ``事业单位登记管理股``), each with the same title and heading and no 股室 column:
  岗位, 姓名, 廉政风险点, 高/中/低, 防控措施;
- a 中共XX县委老干部局 一览表 with no 科室 column: group rows ``一、局领导`` … ``四、老干部活动中心``
  merged across the table, 岗位/``责任人`` merged per person, 廉政风险点, Ⅰ级/Ⅱ级/Ⅲ级, 防控措施;
- a XX市人民政府国有资产监督管理委员会 workbook of two sheets: ``领导班子`` (姓名 | 职务 |
  ``分管工作`` | 廉政风险点 | 风险类型 | 风险等级 | 防控措施, the 主任's post ``党委书记、主任``, the
  副主任's 分管工作 naming the 科 he oversees) and ``科室岗位`` (科室 | 岗位 | 姓名 | …);
- a XX县文学艺术界联合会 自查表 of a small body with no 科室 column: 姓名 | 职务 | 风险点 | 风险类型
  | 风险等级 | 防控措施 | 备注, 姓名/职务 merged per person (``办公室主任`` as one post);
- a 中共XX州委宣传部 一览表 whose ``防控措施`` heading spans ``事前防范 | 事中监控 | 事后处置`` on
  a second heading row (the other headings merged down both rows), 科室 merged, two 廉政风险点
  cells holding two numbered items on two lines;
- a 中共XX区委组织部 岗位廉政风险防控卡, one per sheet (tabs named after the holder): ``姓名 | … |
  科室 | …`` and ``职务 | … | 填卡时间 | …`` label rows, a ``岗位职责`` line, 序号 | 廉政风险点 |
  风险等级 | 防控措施, a 持卡人/分管领导 签字 line.

One is harder:

- ``party_work_committee_post_with_name``: a 中共XX市直属机关工作委员会 排查表 whose holder is
  written in the post's cell — heading ``岗位及责任人``, cells ``书记：钟立平``, ``科长：韩磊`` (full-width
  colon), merged over the person's rows — beside a merged 科室 column (``工委领导`` first), 廉政风险点,
  高/中/低, 防控措施.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; these pages describe their subject in prose (a 市委统战部's 职责 and 内设机构
— 民主党派, 民族宗教, 港澳台, 非公经济, 党外人士政治安排; a county 政法委's 内设机构 — 办公室, 综治办,
政治处, 维稳指导科, 政治安全科; a 县编办's 机构编制管理证 rule — 内设机构, 人员编制, 领导职数, 事业单位
登记; a city's 老干部活动中心 重阳节 for 离休干部 with 体检 and 集体祝寿; a province's 国资监管 opinion —
外派监事, 业绩考核, 薪酬, 产权登记, 产权交易; what a 文联 does — 评奖, 采风, 刊物, 会员, 惠民演出; a
州委宣传部's budget and 机构设置 — 新闻宣传科, 文化艺术科, 传媒出版科, 精神文明创建科, 党报党刊, 扫黄打非;
a 县委组织部's 内设机构 — 办公室, 组织科, 干部科, 党员教育科; a 市直党工委's 述职评议 of 机关党委书记)
and the layout follows their words for the unit, its parts, its posts and its risks. The rows
are worded by us, the names invented.

Run ``python tests/published/score.py --set batch53`` and do not tune the reader against it, or it
stops being held out. No LibreOffice re-saved copies are kept for this batch (prefix ``b53_``).

Judgement calls this batch leans on, beyond those of the earlier batches:

- the holder written in the post's cell (``科长：韩磊`` under ``岗位及责任人``) is post ``科长`` and
  person ``韩磊``;
- a workbook of one sheet per 股室 with no 股室 column: the sheet's name is the department;
- a group row ``二、办公室`` over rows with no 科室 column: the department is ``办公室`` (the
  numbering left off); ``一、局领导`` gives ``局领导``;
- a leader's ``分管工作`` (``分管产权管理科、企业改革科``) is the work he oversees, not his 科室: the
  leaders of the 领导班子 sheet have no department;
- ``党委书记、主任`` is one post, the whole cell; ``办公室主任`` in a table without a 科室 column is
  one post (no department);
- a 风险点 cell of two numbered items on two lines (``1.…；⏎2.…。``) is one point, the whole cell;
- ``防控措施`` over ``事前防范 | 事中监控 | 事后处置`` is one measure in three parts, no point;
- a 防控卡's label rows name the holder, 科室 and post of the rows under its heading;
- 附件, 填报, 单位主要负责人/填表人, 持卡人/分管领导 签字, 注 and 备注 are no points.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, row
heights) and writes ``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b53_"
ORDINAL = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
COLON = "："


def _merge_runs(sh: _Sheet, first: int, groups: list[tuple], last: int | None = None) -> None:
    """Merge down runs of rows ``first``..``last``. Each group is ``(key_cols, merge_cols)``:
    over each run of rows with equal values in ``key_cols``, ``merge_cols`` become one merged
    cell each (a bare tuple of columns is both). The runs are all found before any is merged."""
    last = len(sh.rows) - 1 if last is None else last
    spans = []
    for group in groups:
        keys, cols = group if isinstance(group[0], tuple) else (group, group)
        r = first
        while r <= last:
            key = tuple(sh.rows[r][c] for c in keys)
            e = r
            while e < last and tuple(sh.rows[e + 1][c] for c in keys) == key:
                e += 1
            if e > r and all(v is not None for v in key):
                spans.append((r, e, cols))
            r = e + 1
    for r, e, cols in spans:
        for c in cols:
            for k in range(r + 1, e + 1):
                sh.rows[k][c] = None
            sh.merges.append((r, c, e, c))


def _line(sh: _Sheet, text: str, ncols: int) -> int:
    """A line of text merged across the table (a title, a 填报 or 注 line, a group row)."""
    return sh.title(text, ncols)


# --------------------------------------------------------------------------- harder layout


def party_work_committee_post_with_name() -> dict:
    unit = "中共XX市直属机关工作委员会"
    sh = _Sheet("排查表", [5, 12, 16, 38, 9, 38])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 6)
    sh.add("序号", "科室", "岗位及责任人", "廉政风险点", "风险等级", "防控措施")
    tier = {"书记": "leader", "常务副书记": "leader", "科长": "middle", "主任": "middle"}
    rows = [
        ("工委领导", "书记", "钟立平", "机关党建工作经费分配不经工委会议集体研究", "高",
         "党建经费分配方案提交工委会议研究，使用情况年终通报。"),
        ("工委领导", "常务副书记", "莫文静", "机关党委书记抓党建述职评议打分不公，搞平衡照顾",
         "中", "述职评议实行现场打分、当场汇总，评议结果公开。"),
        ("组织科", "科长", "韩磊", "党费收缴标准执行不严，党费下拨使用审批不规范", "高",
         "党费收缴、下拨、使用建立台账，每年向党员公布一次。"),
        ("组织科", "科长", "韩磊", "先进基层党组织、优秀共产党员评选推荐中优亲厚友", "中",
         "评选条件公开，推荐对象经工委会议研究并公示。"),
        ("宣传科", "科长", "柏雪", "机关党员教育培训班虚列参训人数和天数，套取培训经费", "中",
         "培训先报计划，签到表、课程表与结算单一并报账。"),
        ("办公室", "主任", "田野", "办公用品、印刷品采购不按规定询价比价", "低",
         "采购实行三家以上询价，采购与验收分人负责。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, f"{post}{COLON}{who}", point, lv, measures)
        t.point(sh.name, dept, post, who, tier[post], point, [], HML[lv])
    _merge_runs(sh, first, [(1,), ((1, 2), (2,))])
    return _layout(
        "party_work_committee_post_with_name", "http://m.yyykp.com/nanan/news/1093210.html",
        "(harder) 市直属机关工作委员会 廉政风险点排查表 after the source's news item on a 市直党工委's 述职评议 of "
        "its 机关党委书记 (市直党工委书记, 常务副书记, 抓基层党建 述职, 民主评议, 督查考评): the holder written in "
        "the post's cell — heading ``岗位及责任人``, cells ``书记：钟立平``, ``常务副书记：莫文静``, ``科长：韩磊`` "
        "(full-width colon, merged over his two rows), ``主任：田野`` — beside a merged 科室 column (``工委领导`` "
        "first, then 组织科, 宣传科, 办公室), 廉政风险点, 高/中/低, 防控措施; no 姓名 column",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- everyday layouts


def united_front_duties_suffixed_types() -> dict:
    unit = "中共XX县委统战部"
    sh = _Sheet("一览表", [5, 12, 10, 8, 26, 34, 12, 8, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 9)
    _line(sh, f"填报单位：{unit}（盖章）　　　　　　　　填报时间：2025年3月12日", 9)
    sh.add("序号", "科室", "岗位", "姓名", "主要职责", "廉政风险点", "风险类别", "风险等级",
           "防控措施")  # fmt: skip
    tier = {"部长": "leader", "常务副部长": "leader", "主任": "middle", "股长": "middle"}
    rows = [
        ("部领导", "部长", "唐立新", "主持部务全面工作，负责统战工作经费审批",
         "统战工作经费大额支出不经部务会集体研究", "制度机制风险", "高",
         "大额支出一律提交部务会研究，经费使用情况年终在部内公开。"),
        ("部领导", "部长", "唐立新", "主持部务全面工作，负责统战工作经费审批",
         "党外代表人士政治安排推荐中打招呼、优亲厚友", "思想道德风险", "高",
         "推荐人选经部务会集体研究并征求相关部门意见，考察材料存档备查。"),
        ("部领导", "常务副部长", "覃雅丽", "协助部长工作，分管民族宗教和非公有制经济工作",
         "少数民族发展资金、宗教活动场所维修补助分配审核不严", "岗位职责风险", "中",
         "补助对象实地核查，分配方案集体研究后公示。"),
        ("办公室", "主任", "黎志强", "负责文秘、公务接待和机关财务管理",
         "公务接待超标准、无公函接待", "制度机制风险", "中",
         "先审批后接待，接待清单按月公示。"),
        ("办公室", "会计", "韦小燕", "负责会计核算和报销单据审核",
         "报销票据审核不严，虚列会议、培训支出", "业务流程风险", "低",
         "实行经办、审核、审批三签，票据真伪逐张查验。"),
        ("民族宗教股", "股长", "蒙建华", "联系少数民族和宗教界代表人士，办理宗教事务相关工作",
         "宗教活动场所年检、登记审核中降低条件，收受礼品礼金", "外部环境风险", "中",
         "年检、登记材料两人审核，审核意见集体研究。"),
        ("经济联络股", "股长", "梁思远", "联系非公有制经济代表人士，指导工商联工作",
         "推荐非公经济代表人士评先评优时接受宴请，推荐人选把关不严", "外部环境风险", "中",
         "推荐人选征求税务、市场监管等部门意见，推荐结果公示。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, duty, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, duty, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier.get(post, "general"), point, types_in(typ), HML[lv])
    _merge_runs(sh, first, [(1,), ((1, 2, 3), (2, 3, 4))])
    sh.add("单位主要负责人：", None, None, "填表人：", None, "联系电话：", None, None, None)
    return _layout(
        "united_front_duties_suffixed_types",
        "https://zybmsq.com/html/.zwpdjgszswzcbm201008t20100830_63450.html",
        "县委统战部 岗位廉政风险防控一览表 after the source's 基本情况 page of a 市委统战部 (主要工作职责: 民主党派和"
        "无党派人士, 民族、宗教, 港澳台和海外统战, 党外人士的政治安排, 非公有制经济代表人士, 指导工商联; 内设机构): "
        "``附件2`` and a ``填报单位：…（盖章）… 填报时间：…`` line above, 科室 merged (``部领导`` first, then 办公室, "
        "民族宗教股, 经济联络股), 岗位/姓名 and a ``主要职责`` cell merged per person, 廉政风险点, 风险类别 written "
        "``制度机制风险`` …, 高/中/低, 防控措施; a ``单位主要负责人：| 填表人：| 联系电话：`` line below",
        [sh], t,
    )  # fmt: skip


def politics_law_post_only_manifestations() -> dict:
    unit = "中共XX区委政法委员会"
    sh = _Sheet("排查表", [5, 12, 11, 20, 36, 8, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 7)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险等级", "防控措施")
    tier = {"常务副书记": "leader", "主任": "middle", "科长": "middle"}
    rows = [
        ("委领导", "常务副书记", "案件协调", "对政法单位办理的具体案件打招呼、说情，插手干预司法活动",
         "一级", "严格执行领导干部干预司法活动记录、通报和责任追究规定，协调意见书面留痕。"),
        ("委领导", "常务副书记", "平安建设经费分配", "平安建设专项经费分配不经集体研究，向关系单位倾斜",
         "二级", "经费分配方案提交委务会研究，分配结果在系统内公开。"),
        ("办公室", "主任", "公务用车管理", "公务车辆私用，虚报加油、维修费用", "三级",
         "车辆使用逐次登记，加油卡与车辆一一对应，维修先审批。"),
        ("综治办", "主任", "网格员补贴核发", "网格员考核走过场，补贴虚报冒领", "二级",
         "网格员补贴按考核结果核发，发放名单在街镇公示。"),
        ("综治办", "主任", "见义勇为评审", "见义勇为人员评定材料审核不严，奖励金发放不实", "二级",
         "评定材料实地核实，评审委员会集体评定并公示。"),
        ("政治处", "主任", "政法干部招录和考核", "政法系统招录资格审查把关不严，考核评优优亲厚友", "二级",
         "资格审查两人以上，考核评优结果公示。"),
        ("维稳指导科", "科长", "矛盾纠纷化解", "化解信访矛盾中违规承诺、以钱买平安，截留挪用稳控经费",
         "一级", "化解方案集体研究，稳控经费专账管理、据实列支。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, point, shows, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, shows, lv, measures)
        t.point(sh.name, dept, post, "", tier[post], point, [], ORDINAL[lv])
    _merge_runs(sh, first, [(1,), ((1, 2), (2,))])
    _line(sh, "注：风险等级分为一级（高）、二级（中）、三级（低）。", 7)
    return _layout(
        "politics_law_post_only_manifestations", "https://c.m.163.com/news/a/JBM4I38805561NOL.html",
        "区委政法委员会 廉政风险点排查表 对岗不对人 after the source's account of a county 政法委 and its 内设机构 "
        "(办公室: 文秘、机要、督办; 综治办: 督办案件, 指导综治中心; 政治处: 政法队伍, 进人关; 维稳指导科; 政治安全科): "
        "科室 merged (``委领导`` first), 岗位 merged within its 科室 (``主任`` in 办公室, 综治办 and 政治处), a short "
        "风险点 beside its ``风险表现``, 一级/二级/三级, 防控措施; no names; a 注 line giving the scale",
        [sh], t,
    )  # fmt: skip


def staffing_office_sheet_per_section() -> dict:
    unit = "中共XX县委机构编制委员会办公室"
    t = _Truth(unit)
    tier = {"主任": "leader", "副主任": "leader", "股长": "middle"}
    sections = [
        ("办领导", [
            ("主任", "莫晓东", "机构编制事项审核把关不严，违规为部门增设内设机构、增加编制或领导职数", "高",
             "机构编制事项一律提交编委会研究，审核意见书面留存。"),
            ("副主任", "甘丽", "事业单位法人登记、年度报告审核中接受请托，降低条件", "中",
             "登记事项两人审核，审核结果网上公示。"),
        ]),
        ("综合股", [
            ("股长", "蓝永辉", "机构编制实名制信息变更不及时，违规为人员办理入编手续", "高",
             "入编手续凭编制使用通知和组织人社审批文件办理，变更信息按月核对。"),
            ("科员", "黄倩", "机关经费报销凭据审核不严", "低",
             "报销凭据经办人、审核人、审批人三签，按月对账。"),
        ]),
        ("机构编制股", [
            ("股长", "韦锋", "编制使用核准中为不符合条件的人员出具用编通知", "高",
             "用编核准实行股室初审、分管领导复核、主任审批。"),
            ("股长", "韦锋", "泄露机构改革方案和机构编制调整信息", "中",
             "涉密方案专人保管，严格执行保密规定。"),
        ]),
        ("事业单位登记管理股", [
            ("股长", "覃丽萍", "事业单位设立、变更登记审查不严，对虚假材料予以登记", "中",
             "登记材料对照清单逐项核验，疑点材料实地核查。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for name, rows in sections:
        sh = _Sheet(name, [5, 10, 8, 40, 9, 40])
        _line(sh, f"{unit}岗位廉政风险点排查表", 6)
        sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
        first = len(sh.rows)
        for n, (post, who, point, lv, measures) in enumerate(rows, 1):
            sh.add(n, post, who, point, lv, measures)
            t.point(sh.name, name, post, who, tier.get(post, "general"), point, [], HML[lv])
        _merge_runs(sh, first, [(1, 2)])
        sheets.append(sh)
    return _layout(
        "staffing_office_sheet_per_section",
        "http://minxian.gsjgbz.gov.cn/mxx_bzgl/mxx_jgbzgl/201312/t20131206_66915.html",
        "县委机构编制委员会办公室 岗位廉政风险点排查表 after the source's rule on a 县编办's 机构编制管理证 (职责任务, "
        "内设机构, 人员编制, 领导职数, 核拨经费, 人员增减, 事业单位登记): one sheet per 股室 — tabs ``办领导``, "
        "``综合股``, ``机构编制股``, ``事业单位登记管理股`` — each with the same title (the unit's) and heading "
        "``序号 | 岗位 | 姓名 | 廉政风险点 | 风险等级 | 防控措施`` and no 股室 column or line; 高/中/低; the 股长 of "
        "机构编制股 merged over his two rows",
        sheets, t,
    )  # fmt: skip


def veteran_cadres_group_rows_roman() -> dict:
    unit = "中共XX县委老干部局"
    sh = _Sheet("Sheet1", [5, 10, 9, 40, 9, 40])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控一览表", 6)
    sh.add("序号", "岗位", "责任人", "廉政风险点", "风险等级", "防控措施")
    tier = {"局长": "leader", "副局长": "leader", "主任": "middle", "股长": "middle"}
    groups = [
        ("一、局领导", "局领导", [
            ("局长", "龙德胜", "离退休干部活动经费、走访慰问金使用不经局务会研究", "Ⅰ级",
             "活动经费和慰问金使用方案提交局务会研究，使用情况年终公开。"),
            ("副局长", "吴春燕", "老年大学教学设备、文体器材采购指定供应商", "Ⅱ级",
             "采购需求集体确定，三家以上询价，采购结果公示。"),
        ]),
        ("二、办公室", "办公室", [
            ("主任", "杨小军", "老干部活动用车管理不规范，公车私用", "Ⅲ级",
             "用车逐次审批登记，节假日车辆封存。"),
            ("会计", "罗敏", "离休干部医药费报销审核不严，超范围、超标准报销", "Ⅰ级",
             "医药费报销对照目录逐项审核，大额报销经分管领导复核。"),
        ]),
        ("三、离退休干部服务股", "离退休干部服务股", [
            ("股长", "潘志明", "困难离退休干部帮扶资金审核不严，优亲厚友", "Ⅱ级",
             "帮扶对象由原单位推荐、服务股审核、局务会审定并公示。"),
            ("股长", "潘志明", "重阳节、春节走访慰问品采购以次充好、虚报数量", "Ⅱ级",
             "慰问品集中采购，验收两人签字，发放名单由本人签收。"),
        ]),
        ("四、老干部活动中心", "老干部活动中心", [
            ("主任", "石海燕", "活动中心场地、设施对外出租收入不入账，私设“小金库”", "Ⅰ级",
             "场地出租签订合同，收入全额上缴财政专户。"),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, dept, rows in groups:
        _line(sh, shown, 6)
        first = len(sh.rows)
        for post, who, point, lv, measures in rows:
            n += 1
            sh.add(n, post, who, point, lv, measures)
            t.point(sh.name, dept, post, who, tier.get(post, "general"), point, [], ROMAN[lv])
        _merge_runs(sh, first, [(1, 2)])
    return _layout(
        "veteran_cadres_group_rows_roman", "http://paper.lifeyk.com/html/2013-10/15/content_157879.htm",
        "县委老干部局 廉政风险防控一览表 after the source's news item on a 市老干部活动中心's 重阳节 for 离休干部 "
        "(猜谜语、保龄球、飞镖, 纪念品, 健康体检, 80岁以上集体祝寿, 每月分组学习): no 科室 column — group rows "
        "``一、局领导``, ``二、办公室``, ``三、离退休干部服务股``, ``四、老干部活动中心`` merged across the table, then "
        "岗位 and ``责任人`` (names, merged per person), 廉政风险点, Ⅰ级/Ⅱ级/Ⅲ级, 防控措施; numbered on through "
        "the groups",
        [sh], t,
    )  # fmt: skip


def state_assets_leaders_and_sections() -> dict:
    unit = "XX市人民政府国有资产监督管理委员会"
    t = _Truth(unit)
    lead = _Sheet("领导班子", [5, 8, 14, 22, 36, 10, 8, 36])
    _line(lead, f"{unit}领导班子成员廉政风险防控表", 8)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险类型", "风险等级", "防控措施")
    leaders = [
        ("欧阳平", "党委书记、主任", "主持全面工作",
         "企业负责人薪酬核定、经营业绩考核结果审定中打招呼、搞照顾", "思想道德", "高",
         "考核结果由考核分配科初核、主任办公会审定，审定结果向企业公开。"),
        ("欧阳平", "党委书记、主任", "主持全面工作", "监管企业重大投资项目审核不经集体研究",
         "制度机制", "高", "重大投资项目经专家论证、法律审核后提交党委会研究。"),
        ("许海波", "副主任", "分管产权管理科、企业改革科",
         "国有产权转让、资产评估备案中压低评估价值，向特定受让方输送利益", "岗位职责", "高",
         "产权转让一律进场交易，评估报告备案实行两级审核。"),
    ]  # fmt: skip
    first = len(lead.rows)
    for n, (who, post, oversees, point, typ, lv, measures) in enumerate(leaders, 1):
        lead.add(n, who, post, oversees, point, typ, lv, measures)
        t.point(lead.name, "", post, who, "leader", point, types_in(typ), HML[lv])
    _merge_runs(lead, first, [((1, 2), (1, 2, 3))])
    secs = _Sheet("科室岗位", [5, 12, 8, 8, 38, 10, 8, 36])
    _line(secs, f"{unit}科室岗位廉政风险防控表", 8)
    secs.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("产权管理科", "科长", "孟庆", "国有产权登记审核不严，为关联企业违规办理产权变更", "岗位职责",
         "中", "产权登记资料逐项核验，变更登记经分管领导审签。"),
        ("财务监督科", "科长", "简红", "企业财务决算审核流于形式，对隐瞒亏损、虚增利润不予纠正",
         "业务流程", "中", "财务决算委托中介机构审计，审核意见集体研究。"),
        ("考核分配科", "科员", "邹凯", "泄露企业负责人考核指标和评分信息", "思想道德", "低",
         "考核资料专人保管，评分过程全程留痕。"),
        ("办公室", "主任", "郑琳", "委机关办公物资采购询价走过场", "制度机制", "低",
         "采购询价不少于三家，询价记录随报销凭证存档。"),
    ]  # fmt: skip
    for n, (dept, post, who, point, typ, lv, measures) in enumerate(rows, 1):
        secs.add(n, dept, post, who, point, typ, lv, measures)
        tier = "middle" if post in ("科长", "主任") else "general"
        t.point(secs.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    return _layout(
        "state_assets_leaders_and_sections", "http://www.fymate.net/html/text/lar/169592/16959225_2.html",
        "市人民政府国有资产监督管理委员会 workbook of two sheets after the source's 国资监管 opinion (外派监事, 经营业绩"
        "考核, 企业负责人薪酬管理, 产权界定、产权登记, 国有产权交易 进场): ``领导班子`` — 姓名 | 职务 | ``分管工作`` | "
        "廉政风险点 | 风险类型 | 风险等级 | 防控措施, the 主任's post ``党委书记、主任`` and his 分管工作 merged over his "
        "two rows, the 副主任's ``分管产权管理科、企业改革科`` — and ``科室岗位`` — 科室 | 岗位 | 姓名 | 廉政风险点 | "
        "风险类型 | 风险等级 | 防控措施 (产权管理科, 财务监督科, 考核分配科, 办公室); 高/中/低; the title names the "
        "unit with ``人民政府``",
        [lead, secs], t,
    )  # fmt: skip


def literary_federation_small_body() -> dict:
    unit = "XX县文学艺术界联合会"
    sh = _Sheet("自查表", [5, 8, 12, 38, 10, 8, 36, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点自查表", 8)
    sh.add("序号", "姓名", "职务", "风险点", "风险类型", "风险等级", "防控措施", "备注")
    tier = {"主席": "leader", "副主席": "leader", "办公室主任": "middle"}
    rows = [
        ("蒋文博", "主席", "文艺精品创作扶持资金分配不公开，向熟人作品倾斜", "制度机制", "高",
         "扶持项目经专家评审、主席团会议研究，扶持结果公示。", None),
        ("蒋文博", "主席", "县级文艺评奖中打招呼、搞平衡", "思想道德", "中",
         "评委随机抽取，评奖结果公示七天。", None),
        ("钟晓岚", "副主席", "组织会员采风创作活动超标准安排食宿，变相公款旅游", "外部环境", "中",
         "采风活动先报方案，按标准结算并公开。", None),
        ("陆明", "办公室主任", "协会会员发展审核把关不严，违规收取入会费用", "岗位职责", "中",
         "入会申请由所属协会初审、文联审核，入会名单公示。", "2025年新增"),
        ("范佳", "会计", "文艺惠民演出经费报销凭据不全，虚列演出场次", "业务流程", "低",
         "演出场次凭照片、签到和接收单位证明报账。", None),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (who, post, point, typ, lv, measures, note) in enumerate(rows, 1):
        sh.add(n, who, post, point, typ, lv, measures, note)
        t.point(sh.name, "", post, who, tier.get(post, "general"), point, types_in(typ), HML[lv])
    _merge_runs(sh, first, [(1, 2)])
    return _layout(
        "literary_federation_small_body", "https://drbdp.com/4-7953270.html",
        "县文学艺术界联合会 岗位廉政风险点自查表 after the source's account of what a 文联 does (文艺创作活动, 比赛和"
        "展览, 采风创作, 刊物, 评奖机制, 文艺志愿服务, 惠民演出, 会员): a small body with no 科室 column — 姓名 | 职务 "
        "| 风险点 | 风险类型 | 风险等级 | 防控措施 | 备注, 姓名/职务 merged per person (the 主席 over two rows), "
        "``办公室主任`` as one post, 高/中/低, a 备注 ``2025年新增`` on one row",
        [sh], t,
    )  # fmt: skip


def publicity_dept_measures_in_three() -> dict:
    unit = "中共XX州委宣传部"
    sh = _Sheet("一览表", [5, 12, 10, 8, 36, 8, 24, 24, 24])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 9)
    r = sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施", None, None)
    sh.add(None, None, None, None, None, None, "事前防范", "事中监控", "事后处置")
    for c in range(6):
        sh.merge(r, c, r + 1, c)
    sh.merge(r, 6, r, 8)
    tier = {"常务副部长": "leader", "主任": "middle", "科长": "middle"}
    rows = [
        ("部领导", "常务副部长", "鲁国华", "宣传文化专项资金分配不经部务会集体研究", "高",
         "专项资金分配办法公开", "分配方案部务会研究", "资金使用年终绩效评价"),
        ("办公室", "主任", "伍立新", "1.党报党刊征订中搞摊派、收取回扣；\n2.征订经费使用不规范。", "中",
         "征订任务按文件下达", "征订款对公转账", "征订情况年底通报"),
        ("新闻宣传科", "科长", "雷静", "有偿新闻、有偿不闻，收受采访对象礼品礼金", "中",
         "签订廉洁采访承诺", "采访活动两人以上", "接受群众举报查处"),
        ("文化艺术科", "科长", "谭振宇", "1.文艺演出项目评审打人情分；\n2.文化惠民项目验收走过场。", "高",
         "评审专家随机抽取", "验收邀请纪检人员参加", "评审验收结果公示"),
        ("传媒出版科", "科长", "骆斌", "“扫黄打非”专项经费虚列支出", "中",
         "专项经费预算细化", "支出凭据逐笔审核", "经费使用接受审计"),
        ("精神文明创建科", "科员", "徐晨", "文明单位评选推荐中降低标准、弄虚作假", "低",
         "评选标准公开", "实地测评留痕", "推荐名单公示"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, lv, *measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, lv, *measures)
        t.point(sh.name, dept, post, who, tier.get(post, "general"), point, [], HML[lv])
    _merge_runs(sh, first, [(1,)])
    return _layout(
        "publicity_dept_measures_in_three", "http://czj.gnzrmzf.gov.cn/info/1156/10308.htm",
        "州委宣传部 岗位廉政风险防控一览表 after the source's budget note of a 州委宣传部 (机构设置: 办公室、新闻宣传科、"
        "理论教育与意识形态科、文化艺术科、传媒出版科、精神文明创建科; 专项业务费: 党报党刊, 宣传工作经费, 扫黄打非"
        "专项经费): a heading of two rows — ``防控措施`` over ``事前防范 | 事中监控 | 事后处置``, ``序号 | 科室 | 岗位 "
        "| 姓名 | 廉政风险点 | 风险等级`` merged down both rows — 科室 column (``部领导`` first), two 廉政风险点 cells "
        "holding two numbered items on two lines (``1.…；⏎2.…。``), 高/中/低",
        [sh], t,
    )  # fmt: skip


def organization_dept_cards() -> dict:
    unit = "中共XX区委组织部"
    t = _Truth(unit)
    cards = [
        ("孔德明", "干部科", "科长", "middle",
         "负责区管干部的考察、任免和日常管理，承办干部档案审核工作。", [
             ("干部考察中收受被考察对象或其亲属财物", "高",
              "考察组两人以上，考察情况如实记录，签订考察廉洁承诺。"),
             ("泄露干部调整动议和拟任人选信息", "高", "干部调整方案专人保管，严守组织人事纪律。"),
             ("干部人事档案审核弄虚作假，违规改动“三龄两历”", "中",
              "档案专审实行初审、复审两级把关，改动须有原始依据。"),
         ]),
        ("葛晓丽", "组织科", "科长", "middle",
         "负责基层党组织建设、党员发展管理和党费收缴使用管理。", [
             ("党费收缴、下拨使用管理不规范，挪用党费", "中", "党费专户管理，收支情况每年公布。"),
             ("软弱涣散党组织整顿经费审核不严", "低", "整顿经费按项目拨付，使用情况跟踪检查。"),
         ]),
        ("童斌", "党员教育科", "科员", "general",
         "承办党员教育培训和远程教育站点管理工作。", [
             ("党员教育培训班虚列参训人数，超标准安排食宿", "中",
              "培训班先报计划，按标准结算，签到表随报销凭证存档。"),
         ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, duty, rows in cards:
        sh = _Sheet(who, [8, 40, 10, 40])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓名", who, "科室", dept)
        sh.add("职务", post, "填卡时间", "2025年3月")
        r = sh.add("岗位职责", duty, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施")
        for n, (point, lv, measures) in enumerate(rows, 1):
            sh.add(n, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        sh.add("持卡人签字：", None, "分管领导签字：", None)
        sheets.append(sh)
    return _layout(
        "organization_dept_cards",
        "https://www.paxyq.com/t/jie-ma-xian-wei-zu-zhi-bu-jie-mi-ji-ceng-dang-jian-de-he-xin-li-liang.html",
        "区委组织部 岗位廉政风险防控卡, one per sheet, after the source's account of a 县委组织部 (基层组织建设, 党员"
        "队伍管理, 部长负责制, 内部机构: 办公室、组织科、干部科、党员教育科): tabs named after the holder (``孔德明``, "
        "``葛晓丽``, ``童斌``), each card a title, label rows ``姓名 | … | 科室 | …`` and ``职务 | … | 填卡时间 | …``, "
        "a ``岗位职责 | …`` line merged across, ``序号 | 廉政风险点 | 风险等级 | 防控措施``, 高/中/低, and a "
        "``持卡人签字： | | 分管领导签字：`` line",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    party_work_committee_post_with_name(),
    united_front_duties_suffixed_types(),
    politics_law_post_only_manifestations(),
    staffing_office_sheet_per_section(),
    veteran_cadres_group_rows_roman(),
    state_assets_leaders_and_sections(),
    literary_federation_small_body(),
    publicity_dept_measures_in_three(),
    organization_dept_cards(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx`` (re-saved copies
    ``resaved/b53_*``, none kept)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch53-inbox"))

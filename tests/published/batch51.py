"""A fifty-first batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: THE ORDINARY CASE at the grass roots — the 排查表, 防控表,
自查表 and 小微权力清单 that a 民办幼儿园, a 镇初级中学, a 社区, a 街道's 农业综合服务中心, two 村 (one
of them its 村务监督委员会), a 镇综合文化站, a 县职业中学 and a 县中医院 hand back, each worded and
arranged the way such a body does it, nothing exotic; bodies the earlier batches hardly used. Eight
are EVERYDAY:

- a 民办幼儿园 收费和伙食费管理廉洁风险排查表 对岗不对人: a ``办园性质 | 在园幼儿 | 填报日期`` line
  above, 岗位 merged down (园长 / 出纳 / 食堂管理员 / 保健医生), ``管理事项`` before the 风险点, the
  level under ``风险程度`` (高/中/低), ``防范措施``, and a trailing ``公示方式`` column;
- a 镇初级中学 “小微权力”清单及廉洁风险防控表: 小微权力事项, ``关键环节``, 廉洁风险点, 高/中/低,
  防控措施, then ``分管领导`` (two vice-principals' names, each merged over four rows) and ``具体责任人``
  (the holders' names) — no post column;
- a 社区 小微权力清单及廉政风险点: 类别 (社区资产 / 社区财务 / 组织人事 / 便民服务) merged down,
  权力事项, levels 一级/二级/三级, then ``责任人`` and ``职务`` at the right; under it, after a blank
  row, a second table ``小微权力负面清单`` (序号 | 负面事项 | 适用对象) of ``严禁…`` lines;
- a 街道农业综合服务中心 岗位廉政风险防控表 (the 中心 named in the title after the 街道): ``工作类别``
  (综合 / 林业 / 畜牧 / 水利) merged down, 岗位/姓名/``主要职责`` merged per person, ``风险点描述``,
  a 风险类型 column written ``岗位职责类``, 高/中/低; an 附件2 line and a sign-off line;
- a 村 惠民惠农补贴资金发放廉政风险防控表: a ``补贴项目 | 发放方式 | 公示时间`` line above, 工作环节
  merged down, levels ``高风险``/``中风险``/``低风险``, then ``责任岗位`` and ``责任人`` at the right (one
  holder's rows not next to each other);
- a 村务监督委员会 成员廉政风险点排查表 (the committee named in the title after the 村): 职务/姓名
  merged per person (one 主任, two 委员), ``监督事项`` before the 风险点, Ⅰ级/Ⅱ级/Ⅲ级;
- a 镇综合文化站 站长's 岗位廉政风险自查表: ``姓  名 | … | 职  务 | 站长 | 所在站所 | 综合文化站`` and
  ``所在单位 | XX县西湾镇人民政府 | 填表时间 | …`` above, a 岗位职责 line, a short ``风险点`` beside a
  long ``具体表现``, ``风险类别`` (思想道德/制度机制/…, no 风险 after them), 高/中/低, a ``自查情况``
  column, a ``本人签名:`` line naming him;
- a 县职业中学 教辅材料征订和校服采购廉洁风险排查表: 事项 merged down, ``环节``, 风险点, 高/中/低,
  防控措施, the holders under a two-row heading ``防控责任`` over ``责任处室 | 责任人`` (no post
  column), and a trailing ``监督方式`` column.

One is harder:

- ``tcm_hospital_risk_values``: a 县中医院 重点科室岗位廉洁风险评估表 that grades each point by
  numbers, not by words — ``发生可能性(1—5分)`` and ``影响程度(1—5分)`` columns of scores and a
  ``风险值`` column of their products (20, 12, 16, 15, 6, 10…), no 风险等级 column at all; the 注 under
  the table says which 风险值 is 高/中/低 (15—25 高, 8—14 中, 1—7 低). 科室 merged down, 岗位/姓名
  merged per person.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; these pages describe their subject in prose (a 县卫生局 report that a 县中医院
and a 卫生院 had 挂床治疗、少住多记住院天数, 多报少补, and kept farmers' 合医证 while not charging
them; a 县纪委监委's check of 56 民办幼儿园's fees: 未经备案擅自收费, 住宿费、空调费、舞蹈费, 伙食费
虚造支出明细, 伙食费结算未按月张榜公布; a 镇初级中学's 清廉学校 with 11项“小微权力”流程图上墙 and a
canteen posting 食材、价格、供应商、责任人; a 社区 discussing its 小微权力 清单 of 社区资产、财务、组织
人事、便民服务 and a 负面清单; a 街道 农业综合服务中心's report on 林业 (生态公益林补偿登记, 采伐申请),
畜牧 (上市生猪检疫) and 水利; a city's 实际种粮农民一次性补贴 paid by “一卡通” after 村级登记、张榜公示
(3天)、乡镇审核; a 民政局长 explaining what a 村务监督委员会 watches; a 镇综合文化站's 文化专项资金,
农家书屋, 文艺演出 and 健身器材; a 县教育局's campaign on 教辅征订 and 校服采购 谋利) and the layout
follows their words for the unit, its parts, its posts and its risks. The rows are worded by us,
the names invented.

Run ``python tests/published/score.py --set batch51`` and do not tune the reader against it, or it
stops being held out. No LibreOffice re-saved copies are kept for this batch (prefix ``b51_``).

Judgement calls this batch leans on, beyond those of the earlier batches:

- a ``风险值`` column of scores graded by a 注 under the table (``风险值15—25为高风险…``) gives the
  level; the ``发生可能性`` and ``影响程度`` scores beside it are not levels;
- ``风险程度`` (高/中/低) is the level column;
- a trailing ``公示方式`` (where a row is made public) and ``监督方式`` (who watches it) are neither
  points nor measures; ``管理事项``, ``关键环节``, ``环节``, ``监督事项`` and ``工作环节`` say where the
  point lies and are no points of their own;
- ``分管领导`` names beside a ``具体责任人`` column of names watch the rows and hold none; with no post
  column the holder's title is "" and the tier None (the same under ``防控责任 | 责任处室 | 责任人``,
  where the 处室 is the department);
- a second table ``小微权力负面清单`` (序号 | 负面事项 | 适用对象) under the first holds no points;
- ``XX市长河街道农业综合服务中心…`` in the title gives the unit ``XX市长河街道`` and the 科室
  ``农业综合服务中心``; ``XX市XX镇青龙村村务监督委员会成员…`` the unit ``XX市XX镇青龙村`` and the 科室
  ``村务监督委员会`` (its 主任 a middle post, its 委员 general ones);
- ``工作类别`` (综合/林业/畜牧/水利) and ``类别`` (社区资产…) group the rows and are no types; a
  风险类型 written ``岗位职责类`` is the type 岗位职责;
- ``高风险``/``中风险``/``低风险`` are 高/中/低;
- on the 自查表, ``所在单位 | XX县西湾镇人民政府`` and ``所在站所 | 综合文化站`` give the unit
  ``XX县西湾镇`` and the 科室; the short ``风险点`` is the point, the long ``具体表现`` its description;
  ``自查情况`` is no point; ``本人签名:戚永平`` is a sign-off;
- a 民办幼儿园 is its own unit: ``办园性质:民办普惠性幼儿园`` above the table is no point.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``layouts.write_xlsx``), copies the
LibreOffice re-saved copies ``resaved/b51_<name>.*`` (none yet) and writes ``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b51_"
ORDINAL = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
RISK_WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}
TIER = {"园长": "leader", "社区党总支书记": "leader", "社区居委会主任": "leader",
        "村委会主任": "leader", "中心主任": "middle", "主任": "middle", "站长": "middle",
        "护士长": "middle"}  # fmt: skip


def _tier(post: str) -> str:
    return TIER.get(post, "general")


def _risk_value_level(value: int) -> int:
    """The 注 under the 中医院's table: 风险值15—25 高, 8—14 中, 1—7 低."""
    return 1 if value >= 15 else 2 if value >= 8 else 3


def _merge_runs(sh: _Sheet, first: int, cols_groups: list[tuple[int, ...]]) -> None:
    """Merge down each run of equal values in each group of columns (a group = one key): every
    column of the group is merged over the run. All runs are found before any is merged."""
    last = len(sh.rows) - 1
    spans = []
    for cols in cols_groups:
        r = first
        while r <= last:
            key = tuple(sh.rows[r][c] for c in cols)
            e = r
            while e < last and tuple(sh.rows[e + 1][c] for c in cols) == key:
                e += 1
            if e > r:
                spans += [(r, e, c) for c in cols]
            r = e + 1
    for r, e, c in spans:
        for k in range(r + 1, e + 1):
            sh.rows[k][c] = None
        sh.merges.append((r, c, e, c))


def _line(sh: _Sheet, ncols: int, *parts: tuple[int, int, str]) -> int:
    """A row of label:value cells, each ``(first column, last column, text)`` merged across."""
    row: list = [None] * ncols
    for c0, _c1, text in parts:
        row[c0] = text
    r = sh.add(*row)
    for c0, c1, _text in parts:
        if c1 > c0:
            sh.merge(r, c0, r, c1)
    return r


# --------------------------------------------------------------------------- harder layout


def tcm_hospital_risk_values() -> dict:
    unit = "XX县中医院"
    sh = _Sheet("评估表", [5, 9, 11, 8, 32, 9, 9, 8, 34])
    t = _Truth(unit)
    sh.title(f"{unit}重点科室岗位廉洁风险评估表", 9)
    _line(sh, 9, (0, 3, "汇总科室:纪检监察室"), (4, 4, "评估时间:2024年4月"))
    sh.add("序号", "科室", "岗位", "姓名", "廉洁风险点", "发生可能性\n(1—5分)", "影响程度\n(1—5分)",
           "风险值", "防控措施")  # fmt: skip
    rows = [
        ("住院部", "住院医师", "武春生", "为未实际住院的患者办理“挂床住院”,套取新农合基金", 4, 5,
         "病区每日查房核对在床病人,医保办不定期夜查。"),
        ("住院部", "护士长", "潘玉兰", "少住多记住院天数,虚记护理项目和耗材", 3, 4,
         "护理记录与医嘱每日核对,出院清单患者签字确认。"),
        ("医保办", "医保结算员", "钱晓梅", "住院病历审核不严,对未住院人员进行补偿", 4, 4,
         "补偿前逐份审核病历,疑点病例电话回访。"),
        ("医保办", "医保结算员", "钱晓梅", "借用群众合医证、户口簿编造虚假报销手续", 3, 5,
         "合医证一律由本人持有,报销材料与身份信息比对。"),
        ("药剂科", "药库管理员", "滕国华", "药品入库验收不严,收受供货企业回扣", 3, 4,
         "药品在省平台采购,入库验收两人签字。"),
        ("药剂科", "药库管理员", "滕国华", "过期药品处置不登记,账实不符", 2, 3,
         "每月盘点,过期药品登记后集中销毁。"),
        ("收费处", "收费员", "伍丽娟", "化验、检查、购药不收费却留存患者合医证,事后套取补偿", 2, 5,
         "收费员不得代管合医证,每日核对收费与补偿记录。"),
        ("中医科", "门诊中医师", "庞文彬", "中药饮片超剂量开具,开“人情方”", 3, 2,
         "处方每月点评,超剂量处方约谈。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (keshi, post, name, point, chance, impact, measures) in enumerate(rows, 1):
        value = chance * impact
        sh.add(n, keshi, post, name, point, chance, impact, value, measures)
        t.point(sh.name, keshi, post, name, _tier(post), point, [], _risk_value_level(value))
    _merge_runs(sh, first, [(1,), (2, 3)])
    sh.add()
    r = sh.add("注:风险值=发生可能性×影响程度;风险值15—25为高风险,8—14为中风险,1—7为低风险。",
               *([None] * 8))  # fmt: skip
    sh.merge(r, 0, r, 8)
    sh.add("科室负责人:", None, None, None, "分管院领导:", None, None, "2024年4月", None)
    return _layout(
        "tcm_hospital_risk_values", "https://bbs.neixiangshequ.cn/forum.php?goto=lastpost&mod=redirect&tid=8168",
        "(harder) 县中医院 重点科室岗位廉洁风险评估表 after the source's item on a 县卫生局 dealing with a 县中医院 "
        "and a 卫生院 that misused 新农合基金 (多报少补、住院未补及未住院却进行补偿; 挂床治疗、少住多记住院天数; "
        "借、骗农民的合医证、户口簿编造虚假手续; 化验、检查、买药时不让农民掏钱却留下合医证): no 风险等级 column — "
        "``发生可能性(1—5分)`` and ``影响程度(1—5分)`` scores and a ``风险值`` column of their products, graded by "
        "a 注 under the table (15—25 高, 8—14 中, 1—7 低); 科室 merged down, 岗位/姓名 merged per person; a "
        "汇总科室/评估时间 line above, a sign-off line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- everyday layouts


def private_kindergarten_fee_posts() -> dict:
    unit = "XX县定城镇小太阳幼儿园"
    sh = _Sheet("排查表", [5, 10, 12, 30, 8, 32, 12])
    t = _Truth(unit)
    sh.title(f"{unit}收费和伙食费管理廉洁风险排查表", 7)
    _line(sh, 7, (0, 2, "办园性质:民办普惠性幼儿园"), (3, 4, "在园幼儿:216人"),
          (5, 6, "填报日期:2021年6月"))  # fmt: skip
    sh.add("序号", "岗位", "管理事项", "风险点", "风险程度", "防范措施", "公示方式")
    rows = [
        ("园长", "收费项目设立", "未经教育、价格部门备案擅自设立收费项目", "高",
         "收费项目和标准报县教育局备案后执行,不得自立项目。", "园务公开栏"),
        ("园长", "代办服务性收费", "违规收取住宿费、空调费、舞蹈费等费用", "高",
         "代办收费坚持家长自愿,一事一收、多退少补。", "园务公开栏、家长群"),
        ("出纳", "保教费收取", "收取保教费不使用税务机关统一发票", "中",
         "收费一律开具税务发票,票据连号使用、按月核销。", "收费公示牌"),
        ("出纳", "退费办理", "退费手续不全,应退不退或少退", "中",
         "退费标准公示,退费经园长审批、家长签字确认。", "家长群"),
        ("食堂管理员", "伙食费支出", "虚造伙食费支出明细,挪用伙食费", "高",
         "伙食费专账核算,食材采购两人同行并留存票据。", "园务公开栏"),
        ("食堂管理员", "伙食费结算", "伙食费结算未按月张榜公布", "低",
         "每月5日前公布上月伙食费收支和结余。", "园务公开栏"),
        ("保健医生", "幼儿体检", "代收体检费不公开,向家长推销保健品", "中",
         "体检由妇幼保健机构收费开票,园内不得推销任何商品。", "家长群"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, item, point, level, measures, public) in enumerate(rows, 1):
        sh.add(n, post, item, point, level, measures, public)
        t.point(sh.name, "", post, "", _tier(post), point, [], HML[level])
    _merge_runs(sh, first, [(1,)])
    sh.add()
    sh.add("填表人:", None, None, "园长(签字):", None, "举报电话:0898-12388", None)
    return _layout(
        "private_kindergarten_fee_posts", "http://m.hg87897.com/hnnew/2021-06-18/4_138220.html",
        "民办幼儿园 收费和伙食费管理廉洁风险排查表 对岗不对人 after the source's news item on a 县纪委监委's check of "
        "56 民办幼儿园's fees (未经备案擅自收费; 违规收取住宿费、保险费、空调费、舞蹈费; 伙食费虚造支出明细; 伙食费"
        "结算未按月张榜公布; 未使用税务发票; 退费手续不规范): an ``办园性质 | 在园幼儿 | 填报日期`` line above, 岗位 "
        "merged down, ``管理事项`` before 风险点, the level under ``风险程度``, ``防范措施``, a trailing ``公示方式``",
        [sh], t,
    )  # fmt: skip


def junior_high_micro_power_leaders() -> dict:
    unit = "XX市柳塘镇初级中学"
    sh = _Sheet("小微权力", [5, 12, 14, 30, 7, 32, 9, 10])
    t = _Truth(unit)
    sh.title(f"{unit}“小微权力”清单及廉洁风险防控表", 8)
    sh.add("序号", "小微权力事项", "关键环节", "廉洁风险点", "风险等级", "防控措施", "分管领导",
           "具体责任人")  # fmt: skip
    rows = [
        ("招生入学", "划片招生、资格审核", "违规招收片区外学生并收取费用", "高",
         "招生计划、片区范围和录取名单公示,接受家长监督。", "杨慧", "贺春燕"),
        ("教辅资料征订", "征订目录确定", "违反“一科一辅”,搭车征订教辅资料", "中",
         "征订书目经校务会研究并报教育局备案,坚持学生自愿。", "杨慧", "贺春燕"),
        ("评优评先", "推荐、评议", "评优推荐暗箱操作,优亲厚友", "中",
         "评选条件、过程和结果全程公开。", "杨慧", "孔令军"),
        ("学生资助", "资助对象认定", "资助对象认定不准,人情资助", "低",
         "班级评议、学校审核,名单公示五个工作日。", "杨慧", "孔令军"),
        ("食堂食材采购", "供应商遴选、每日下单", "指定食材供应商,收受回扣", "高",
         "食材、价格、供应商、责任人“四维”信息每日公示,家长扫码监督。", "周志远", "陈德旺"),
        ("食堂食材采购", "验收入库", "验收把关不严,以次充好、缺斤少两", "中",
         "验收双人签字,家长代表不定期抽检。", "周志远", "陈德旺"),
        ("物资采购", "询价、验收", "化整为零规避政府采购", "中",
         "采购计划经校务会研究,三家以上询价。", "周志远", "龚海涛"),
        ("校舍维修", "工程量核定", "虚增维修工程量,多付工程款", "中",
         "维修完工后总务处、纪检委员共同验收结算。", "周志远", "龚海涛"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (power, link, point, level, measures, leader, name) in enumerate(rows, 1):
        sh.add(n, power, link, point, level, measures, leader, name)
        t.point(sh.name, "", "", name, None, point, [], HML[level])
    _merge_runs(sh, first, [(1,), (6,), (7,)])
    sh.add()
    r = sh.add("注:各项小微权力运行流程图另附,已在校内公示栏上墙公示。", *([None] * 7))
    sh.merge(r, 0, r, 7)
    sh.add("学校纪检委员:", None, None, "学校(盖章)", None, "2025年9月", None, None)
    return _layout(
        "junior_high_micro_power_leaders", "http://www.sdjyb.com.cn/content/2026-01/12/037061.html",
        "镇初级中学 “小微权力”清单及廉洁风险防控表 after the source's news item on a 镇初级中学's 清廉学校 (11项"
        "“小微权力”流程图上墙公示; 食堂门口当日食材、价格、供应商、责任人“四维”信息一扫即知; 班子成员“一岗双责”): "
        "小微权力事项, ``关键环节``, 廉洁风险点, 高/中/低, 防控措施, then ``分管领导`` (two names, each merged over "
        "four rows) and ``具体责任人`` (names) — no post column; a 注 and a 纪检委员/盖章 line",
        [sh], t,
    )  # fmt: skip


def community_power_list_negative() -> dict:
    unit = "XX市XX区XX街道望湖社区"
    sh = _Sheet("清单", [5, 9, 14, 30, 7, 32, 8, 16])
    t = _Truth(unit)
    sh.title(f"{unit}小微权力清单及廉政风险点", 8)
    sh.add("序号", "类别", "权力事项", "廉政风险点", "风险等级", "防控措施", "责任人", "职务")
    rows = [
        ("社区资产", "集体用房出租", "出租不公开招租,租金低于市场价", "一级",
         "招租方案经居民代表会议讨论,公开招租,租金进社区账户。", "朱永刚", "社区党总支书记"),
        ("社区资产", "公共设施维修", "维修项目化整为零,指定施工单位", "二级",
         "三家比价,居务监督委员会参与验收。", "殷小红", "社区居委会主任"),
        ("社区财务", "经费支出审批", "虚列支出、白条入账", "一级",
         "支出凭证经手人、证明人、审批人三签,每季度公开。", "朱永刚", "社区党总支书记"),
        ("社区财务", "现金和票据管理", "坐支现金,收据管理混乱", "二级",
         "现金日清月结,收据专人领用登记。", "岑丽", "社区报账员"),
        ("组织人事", "社区工作者招聘", "因人设岗,招聘优亲厚友", "二级",
         "招聘方案报街道审核,考试成绩和拟聘人员公示。", "朱永刚", "社区党总支书记"),
        ("组织人事", "评先评优推荐", "推荐人选不经集体研究,暗箱操作", "三级",
         "推荐名单经“两委”会议研究后公示。", "殷小红", "社区居委会主任"),
        ("便民服务", "各类证明出具", "违规出具居住等证明,收受好处", "二级",
         "证明出具登记台账,两人核实后出具。", "骆建华", "社区居委会委员"),
        ("便民服务", "困难群众救助申请", "入户调查不实,优亲厚友", "一级",
         "入户调查两人以上,评议结果在社区公示。", "骆建华", "社区居委会委员"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (kind, item, point, level, measures, name, post) in enumerate(rows, 1):
        sh.add(n, kind, item, point, level, measures, name, post)
        t.point(sh.name, "", post, name, _tier(post), point, [], ORDINAL[level])
    _merge_runs(sh, first, [(1,)])
    sh.add()
    sh.title("望湖社区小微权力负面清单", 8)
    r = sh.add("序号", "负面事项", None, None, None, None, "适用对象", None)
    sh.merge(r, 1, r, 5)
    sh.merge(r, 6, r, 7)
    bans = [
        ("严禁未经居民代表会议讨论擅自处置社区集体资产", "社区“两委”成员"),
        ("严禁在困难救助、评先评优中优亲厚友", "社区全体工作人员"),
        ("严禁收受辖区单位和居民的礼品礼金", "社区全体工作人员"),
    ]
    for n, (ban, who) in enumerate(bans, 1):
        r = sh.add(n, ban, None, None, None, None, who, None)
        sh.merge(r, 1, r, 5)
        sh.merge(r, 6, r, 7)
    return _layout(
        "community_power_list_negative", "http://dialog.cnnb.com.cn/system/2015/05/28/008327184.shtml",
        "社区 小微权力清单及廉政风险点 after the source's news item on a 社区's meeting of 党员、居民代表 on its "
        "“小微权力” 运行规范 (社区权力清单中社区资产、财务、组织人事、便民服务、负面清单; 简单的图表、清晰的办事流程): "
        "类别 merged down, 权力事项, 廉政风险点, 一级/二级/三级, 防控措施, ``责任人`` and ``职务`` at the right; "
        "under it, after a blank row, a second table ``小微权力负面清单`` (序号 | 负面事项 | 适用对象) of ``严禁…`` "
        "lines",
        [sh], t,
    )  # fmt: skip


def street_agri_center_posts() -> dict:
    unit = "XX市长河街道"
    dept = "农业综合服务中心"
    sh = _Sheet("防控表", [5, 8, 10, 8, 24, 30, 10, 7, 30])
    t = _Truth(unit)
    sh.add("附件2")
    sh.title(f"{unit}{dept}岗位廉政风险防控表", 9)
    sh.add("序号", "工作类别", "岗位", "姓名", "主要职责", "风险点描述", "风险类型", "风险等级",
           "防控措施")  # fmt: skip
    duty = {
        "中心主任": "主持中心全面工作,审核各类涉农资金申报材料",
        "林业员": "负责山林巡查、采伐申请资料收集报送和生态公益林补偿登记",
        "动物检疫员": "负责辖区上市生猪产地检疫和强制免疫",
        "水利员": "负责小型水利设施管护和防汛物资管理",
    }
    rows = [
        ("综合", "中心主任", "韦国庆", "涉农资金申报审核把关不严,为不符合条件的对象签署意见",
         "制度机制类", "高", "申报材料实行经办人初审、主任复审,审核意见留痕。"),
        ("综合", "中心主任", "韦国庆", "中心经费开支不经集体研究", "思想道德类", "中",
         "经费开支按街道财务制度审批,每季度公开。"),
        ("林业", "林业员", "莫春娇", "生态公益林补偿登记时虚报面积、冒领补偿资金", "岗位职责类", "高",
         "登记信息与林权证比对,补偿名册在村公示七天。"),
        ("林业", "林业员", "莫春娇", "采伐申请资料审核不严,收受好处后代为报送", "外部环境类", "中",
         "采伐申请现场核实两人以上,报送情况登记备查。"),
        ("畜牧", "动物检疫员", "梁志超", "不检疫即出具检疫证明,收受养殖户好处", "岗位职责类", "高",
         "检疫实行现场拍照上传,检疫证明编号管理。"),
        ("畜牧", "动物检疫员", "梁志超", "强制免疫疫苗发放登记不实", "业务流程类", "低",
         "疫苗出入库登记,免疫档案与发放记录每月核对。"),
        ("水利", "水利员", "区文辉", "小型水利工程验收走过场", "业务流程类", "中",
         "验收邀请村务监督委员会参加,验收资料存档。"),
        ("水利", "水利员", "区文辉", "防汛物资出入库不登记,挪作他用", "制度机制类", "低",
         "防汛物资建立台账,汛后清点入库。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (kind, post, name, point, typ, level, measures) in enumerate(rows, 1):
        sh.add(n, kind, post, name, duty[post], point, typ, level, measures)
        t.point(sh.name, dept, post, name, _tier(post), point, types_in(typ), HML[level])
    _merge_runs(sh, first, [(1,), (2, 3, 4)])
    sh.add()
    sh.add(
        "中心负责人(签字):", None, None, "街道分管领导(签字):", None, None, "2023年7月", None, None
    )
    return _layout(
        "street_agri_center_posts", "http://m.nntyqh.com/csjdbsc/zwgk/zjgb/content/post_560428.html",
        "街道农业综合服务中心 岗位廉政风险防控表 after the source's 中心 report to its 办事处 (林业: 山林巡查、砍伐申请"
        "资料收集报送、森林防火、生态公益林损失性补偿资金发放前的登记; 畜牧: 上市生猪检疫、口蹄疫; 水利): the 中心 "
        "named in the title after the 街道, ``工作类别`` (综合/林业/畜牧/水利) merged down, 岗位/姓名/``主要职责`` "
        "merged per person, ``风险点描述``, 风险类型 written ``岗位职责类``, 高/中/低; an 附件2 line and a "
        "sign-off line",
        [sh], t,
    )  # fmt: skip


def village_subsidy_steps_holders() -> dict:
    unit = "XX市XX镇石门村"
    sh = _Sheet("补贴发放", [5, 10, 32, 8, 32, 11, 8])
    t = _Truth(unit)
    sh.title(f"{unit}惠民惠农补贴资金发放廉政风险防控表", 7)
    _line(sh, 7, (0, 2, "补贴项目:实际种粮农民一次性补贴"), (3, 4, "发放方式:“一卡通”直接发放到户"),
          (5, 6, "公示时间:不少于3天"))  # fmt: skip
    sh.add("序号", "工作环节", "风险点", "风险等级", "防控措施", "责任岗位", "责任人")
    rows = [
        ("村级登记", "对未实际种粮、土地已流转或撂荒的农户照常登记", "高风险",
         "逐户核实种植情况,村民小组长签字确认。", "村委会主任", "黄德胜"),
        ("村级登记", "为亲友虚增种植面积", "高风险", "登记面积与确权、流转台账逐户比对。",
         "村委会主任", "黄德胜"),
        ("张榜公示", "公示时间不足3天或公示内容不全", "中风险",
         "在村务公开栏和各村民小组同时公示,留存照片。", "村文书", "冯秀英"),
        ("张榜公示", "对群众异议不登记、不复核", "中风险", "设立异议登记台账,村务监督委员会参与复核。",
         "村文书", "冯秀英"),
        ("信息报送", "擅自修改农户“一卡通”账户信息", "高风险", "账户变更须户主本人申请并签字。",
         "村报账员", "邝志明"),
        ("信息报送", "报送镇审核的数据与公示数据不一致", "中风险", "报送前与公示名册逐户核对。",
         "村报账员", "邝志明"),
        ("档案管理", "登记表、公示照片等资料不归档或丢失", "低风险", "资料当年整理归档,专柜保管。",
         "村文书", "冯秀英"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (step, point, level, measures, post, name) in enumerate(rows, 1):
        sh.add(n, step, point, level, measures, post, name)
        t.point(sh.name, "", post, name, _tier(post), point, [], RISK_WORDS[level])
    _merge_runs(sh, first, [(1,), (5, 6)])
    sh.add()
    sh.add("村党支部书记:", None, None, "村务监督委员会主任:", None, "2024年8月", None)
    return _layout(
        "village_subsidy_steps_holders", "https://www.chacewang.com/newsdetail/news127364.html",
        "村 惠民惠农补贴资金发放廉政风险防控表 after the source's notice on a city's 实际种粮农民一次性补贴 (“村级"
        "登记、张榜公示(3天)、乡镇审核、及时发放”, 通过“一卡通”直接发放给农民, 公示内容与发放一致, 骗取、套取、"
        "挪用的依法追责): a ``补贴项目 | 发放方式 | 公示时间`` line above, 工作环节 merged down, levels "
        "``高风险``/``中风险``/``低风险``, then ``责任岗位`` and ``责任人`` at the right (the 村文书's rows apart); a "
        "sign-off line",
        [sh], t,
    )  # fmt: skip


def village_supervisors_duties() -> dict:
    unit = "XX市XX镇青龙村"
    dept = "村务监督委员会"
    sh = _Sheet("排查表", [5, 8, 8, 14, 32, 7, 34])
    t = _Truth(unit)
    sh.title(f"{unit}{dept}成员廉政风险点排查表", 7)
    sh.add("序号", "职务", "姓名", "监督事项", "风险点", "风险等级", "防控措施")
    rows = [
        ("主任", "严国富", "村务决策和公开", "列席“两委”会议走过场,对不按“四议两公开”作出的决策不提意见",
         "Ⅰ级", "列席会议作记录,监督意见书面反馈并报镇纪委备案。"),
        ("主任", "严国富", "村级财产管理", "对不合规票据审核签字", "Ⅰ级",
         "票据由监委会集体审核,主任签字负责。"),
        ("委员", "聂春梅", "工程项目建设", "隐蔽工程验收不到场,验收签字走过场", "Ⅱ级",
         "隐蔽工程验收须到场拍照,验收记录存档。"),
        ("委员", "聂春梅", "工程项目建设", "接受施工单位宴请、礼品", "Ⅱ级",
         "签订廉洁承诺书,工程监督实行两人同行。"),
        ("委员", "包德林", "惠农政策措施落实", "对补贴发放名单核查不细,未发现冒领", "Ⅱ级",
         "对照公示名单逐户抽查,发现问题及时报告。"),
        ("委员", "包德林", "惠农政策措施落实", "为亲友申请救助说情", "Ⅲ级",
         "涉及本人亲属的事项主动回避。"),
        ("委员", "包德林", "精神文明建设", "对村规民约执行情况监督不到位", "Ⅲ级",
         "每季度检查村规民约执行情况,在村民代表会议上报告。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, name, matter, point, level, measures) in enumerate(rows, 1):
        sh.add(n, post, name, matter, point, level, measures)
        t.point(sh.name, dept, post, name, _tier(post), point, [], ROMAN[level])
    _merge_runs(sh, first, [(1, 2), (3,)])
    sh.add()
    sh.add("镇纪委审核:", None, None, "监督电话:0717-12388", None, "2023年3月", None)
    return _layout(
        "village_supervisors_duties", "http://m-zhijiang.cjyun.org/p/19507.html",
        "村务监督委员会 成员廉政风险点排查表 after the source's talk by a 民政局长 on the 村务监督委员会 (三至五人, "
        "主任一人, 委员二至四人; 监督村务决策和公开、村级财产管理、村工程项目建设、惠农政策措施落实、农村精神文明"
        "建设): the committee named in the title after the 村, 职务/姓名 merged per person (one 主任, two 委员), "
        "``监督事项`` before 风险点, Ⅰ级/Ⅱ级/Ⅲ级; a 审核/监督电话 line",
        [sh], t,
    )  # fmt: skip


def culture_station_head_selfcheck() -> dict:
    unit = "XX县西湾镇"
    dept = "综合文化站"
    name, post = "戚永平", "站长"
    sh = _Sheet("自查表", [5, 14, 30, 9, 7, 30, 16])
    t = _Truth(unit)
    sh.title(f"{unit}{dept}站长岗位廉政风险自查表", 7)
    r = sh.add("姓  名", name, "职  务", post, "所在站所", dept, None)
    sh.merge(r, 5, r, 6)
    r = sh.add("所在单位", f"{unit}人民政府", None, None, "填表时间", "2023年5月", None)
    sh.merge(r, 1, r, 3)
    sh.merge(r, 5, r, 6)
    r = sh.add("岗位职责", "负责全镇公共文化服务,管理文化专项资金、农家书屋、文体器材,组织文艺演出和"
               "群众文体活动。", *([None] * 5))  # fmt: skip
    sh.merge(r, 1, r, 6)
    sh.add("序号", "风险点", "具体表现", "风险类别", "风险等级", "防控措施", "自查情况")
    rows = [
        ("文化专项资金使用", "农村文化专项补助资金不专款专用,虚列活动支出", "制度机制", "高",
         "专项资金专账核算,支出经镇党政办审核,年终公开。", "未发现问题"),
        ("农家书屋图书配送", "图书采购指定书商,以次充好、数量不足", "岗位职责", "中",
         "图书按上级配送目录验收,逐村签收。", "未发现问题"),
        ("文艺演出组织", "虚报演出场次,套取演出补助", "岗位职责", "中",
         "每场演出留存照片、签到表,村委会签字确认。", "已整改:补齐2场演出签到资料"),
        ("文体器材管理", "健身器材、音响设备私自出借或处置不登记", "思想道德", "低",
         "建立器材台账,出借登记审批。", "未发现问题"),
        ("文体活动承办", "接受活动承办方宴请、礼品", "外部环境", "低",
         "活动经费公务卡结算,重大活动报镇纪委备案。", "未发现问题"),
    ]  # fmt: skip
    for n, (point, shown, typ, level, measures, found) in enumerate(rows, 1):
        sh.add(n, point, shown, typ, level, measures, found)
        t.point(sh.name, dept, post, name, _tier(post), point, types_in(typ), HML[level])
    sh.add()
    sh.add(f"本人签名:{name}", None, "分管领导审核意见:", None, None, "镇纪委(盖章)", None)
    return _layout(
        "culture_station_head_selfcheck", "https://www.guohenet.cn/guoyang/2303.html",
        "镇综合文化站 站长's 岗位廉政风险自查表 after the source's news item on a 镇's 公共文化民生工程 (文化信息"
        "共享工程、农村文艺演出活动、农家书屋运行维护、农民体育活动、规范使用文化专项资金; the 综合文化站 新购室内"
        "健身器材, 组织趣味运动会、篮球赛、文艺演出): ``姓  名 | … | 职  务 | 站长 | 所在站所 | 综合文化站`` and "
        "``所在单位 | XX县西湾镇人民政府 | 填表时间 | …`` above, a 岗位职责 line, a short ``风险点`` beside a long "
        "``具体表现``, ``风险类别`` without 风险, 高/中/低, a ``自查情况`` column; ``本人签名:戚永平``",
        [sh], t,
    )  # fmt: skip


def vocational_school_books_uniforms() -> dict:
    unit = "XX县职业中学"
    sh = _Sheet("排查表", [5, 10, 9, 30, 7, 32, 9, 8, 14])
    t = _Truth(unit)
    sh.title(f"{unit}教辅材料征订和校服采购廉洁风险排查表", 9)
    r = sh.add(
        "序号", "事项", "环节", "风险点", "风险等级", "防控措施", "防控责任", None, "监督方式"
    )
    sh.add(None, None, None, None, None, None, "责任处室", "责任人", None)
    for c in (0, 1, 2, 3, 4, 5, 8):
        sh.merge(r, c, r + 1, c)
    sh.merge(r, 6, r, 7)
    rows = [
        ("教辅材料征订", "目录确定", "超出省定目录或违反“一科一辅”征订教辅材料", "高",
         "征订目录由教务处提出、校务会研究,报县教育局备案。", "教务处", "温玉霞", "家长委员会审议"),
        ("教辅材料征订", "征订发放", "通过班主任、家委会变相摊派购买", "中",
         "坚持学生自愿,征订意向书由家长签字。", "教务处", "温玉霞", "学生、家长评议"),
        ("教辅材料征订", "费用结算", "收受书商回扣、返利", "高",
         "费用由财务室统一结算,返利一律入账。", "财务室", "阮志刚", "纪检委员检查"),
        ("校服采购", "选用论证", "未经三分之二以上家长同意选用或更换校服", "中",
         "选用方案征求全体家长意见,同意率达标方可实施。", "学生处", "覃美玲", "家长委员会全程参与"),
        ("校服采购", "招标采购", "规避招标,指定或变相指定供应商", "高",
         "按政府采购规定公开招标,结果公示。", "总务处", "钟健", "纪检委员现场监督"),
        ("校服采购", "履约验收", "验收不送检,质价不符", "中", "到货后抽样送检,家长代表参与验收。",
         "总务处", "钟健", "家长代表参与"),
        ("校服采购", "购买发放", "强制或变相强制学生购买校服", "低", "允许学生自行选购同款校服。",
         "学生处", "覃美玲", "公布举报电话"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (matter, link, point, level, measures, office, name, watch) in enumerate(rows, 1):
        sh.add(n, matter, link, point, level, measures, office, name, watch)
        t.point(sh.name, office, "", name, None, point, [], HML[level])
    _merge_runs(sh, first, [(1,)])
    sh.add()
    sh.add("填报处室:学校办公室", None, None, "学校纪检委员:", None, "2025年5月", None, None, None)
    return _layout(
        "vocational_school_books_uniforms",
        "https://zwfw.gansu.gov.cn/dongxiangzu/sbqd/gg/art/2025/art_d943f13a22d645b989307a0846a1a20c.html",
        "县职业中学 教辅材料征订和校服采购廉洁风险排查表 after the source's notice of a 县教育局's campaign on 利用"
        "征订教辅、购买校服谋利 (违反“一科一辅”; 通过家委会等第三方渠道变相摊派; 与教材售卖机构利益勾连; 校服招标"
        "不公开、不公平; 未建立以学校和家长委员会为主体的选用组织; 强制购买; 收受回扣): 事项 merged down, ``环节``, "
        "风险点, 高/中/低, 防控措施, a two-row heading ``防控责任`` over ``责任处室 | 责任人`` (no post column), a "
        "trailing ``监督方式``; a 填报处室/纪检委员 line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    tcm_hospital_risk_values(),
    private_kindergarten_fee_posts(),
    junior_high_micro_power_leaders(),
    community_power_list_negative(),
    street_agri_center_posts(),
    village_subsidy_steps_holders(),
    village_supervisors_duties(),
    culture_station_head_selfcheck(),
    vocational_school_books_uniforms(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` (re-saved copies ``resaved/b51_*``, none kept)."""
    return _build(outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX)


if __name__ == "__main__":
    import sys

    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch51-inbox"))

"""A forty-fifth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: THE ORDINARY CASE — the plain 岗位廉政风险防控一览表 /
风险点排查表 / 廉政风险防控责任清单 that a city, county or district body puts on its website or
hands back, as a random sample gives it, from bodies the earlier batches never or seldom drew on
(工信局, 科技局, 融媒体中心, 政务服务管理局, 水务局, 审计局 of a 旗, 镇司法所, 林业和草原局,
工商联). Eight are EVERYDAY:

- a 县工业和信息化局 一览表 (附件1): 股室 merged (``局领导`` first), 岗位/姓名 merged per person,
  the leaders' posts written with their party office (``党组书记、局长``, ``党组成员、副局长``),
  风险类型, 高/中/低, 防控措施 and a trailing ``备注`` column holding ``新增`` on some rows; a
  填表人/审核人 line;
- a 区科学技术局 排查表 对岗不对人: 科室 merged, 岗位 merged within its 科室, a ``工作环节`` column
  before the ``廉政风险点``, 一级/二级/三级, 防控措施 and a trailing ``责任领导`` column of names
  (one leader merged over a whole 科室, another over two 科室); a 注 line giving the scale;
- a 区融媒体中心 责任清单: 部门 merged, a short 风险点 beside its ``风险表现``, the level under the
  heading ``风险星级`` written ★★★/★★/★, 防控措施, the holder's name in a trailing ``责任人``
  column merged per 部门; no post column; a 注 line giving the stars' meaning;
- a 市政务服务管理局 排查表 whose 科室 heading is ``科室（窗口）`` (窗口 and 专区 as 科室), a
  ``填报单位（盖章）…填报日期`` line under the title, 岗位/姓名 merged, 风险类别 written with its
  ``风险`` suffix, and the level written as a bare roman numeral (``Ⅰ``/``Ⅱ``/``Ⅲ``, no ``级``);
- a 县水务局 一览表: 股室 merged, 岗位/姓名 merged, 廉政风险点, 高/中/低, 防控措施 and a trailing
  ``分管领导`` column of names merged over the rows each oversees (one of them over two 股室);
- a 旗审计局 一览表 that puts the name first (``姓名 | 职务 | 所在股室``, merged per person), with
  Mongolian names (``巴特尔``, ``乌兰``), ``局领导`` as the leaders' 股室 and a 中心 among the
  股室; 高/中/低; a 单位主要负责人/填表人 line;
- a 镇司法所 排查表 with no 科室 column (a small office): 岗位/姓名 and a ``岗位职责`` cell merged per
  person, 风险点, 高/中/低, 防控措施, and one person's row saying only ``无`` (no level, no
  measure);
- a 县林业和草原局 清单 对岗不对人: ``责任股室`` merged, a ``风险岗位`` column, a short 风险点
  beside its ``主要表现``, 风险类型, 高/中/低, 防控措施; no names; the same post (股长) in three
  股室.

One is harder:

- ``federation_cards_stacked``: a 县工商业联合会's per-person 登记表 pasted one under another on a
  single sheet — each card its own title, a label row ``姓名 | … | 职务 | … | 所在科室 | …``, its
  own heading and rows, a blank row before the next card; the 防控措施 column merged over two
  cells.

Each layout imitates the *shape* of a public page (its ``source``) that no earlier batch cited:
pages describing their subject in prose (a 县工信局's 科技项目 申报、推荐、资金监管 under its 纪检
监察组's watch, a 市科技局's 科技项目 “三查三看”, a 区融媒体中心's 巡察整改, a city's 清廉大厅 check
of its 政务服务大厅 窗口, a 市水务局's “八道关” for 水利工程, a 旗审计局's 审计项目现场管理办法, a
区司法局's 巡察整改 naming its 股室 and 基层司法所, a 林草 督查 of 公益林 补偿资金 and 专职护林员,
a county's 清廉商会 drive) whose words the layout follows for the unit, its parts, its posts and its
risks. The rows are worded by us, the names invented.

Run ``python tests/published/score.py --set batch45`` and do not tune the reader against it, or it
stops being held out. No LibreOffice re-saved copies are kept for this batch (prefix ``b45_``).

Judgement calls this batch leans on, beyond those of the earlier batches:

- a post written with its party office (``党组书记、局长``) is one post, the whole cell;
- a ``备注`` column (``新增``) is no point and no part of one;
- a trailing ``责任领导`` / ``分管领导`` column of names watches: with a 岗位 column and no 姓名
  column the forms are 对岗不对人 (person ""); beside a 姓名 column the 姓名 is the holder;
- ``风险星级`` ★★★/★★/★ and a bare ``Ⅰ``/``Ⅱ``/``Ⅲ`` are Ⅰ/Ⅱ/Ⅲ;
- 科室（窗口） names the office: a 窗口 or 专区 is the 科室 of its rows;
- a name-first table (``姓名 | 职务 | 所在股室``) is read the same as 科室/岗位/姓名;
- with no 科室 column the department is ""; a row whose 风险点 says only ``无`` is no point, and a
  person with no other row has no form;
- in stacked cards each card's label row names the holder, post and 科室 of the rows under its
  own heading, down to the next card's title;
- 填表人/审核人, 单位主要负责人, 填报单位/填报日期 and 注 lines are no points.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``layouts.write_xlsx``) and writes
``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b45_"
ORDINAL = {"一级": 1, "二级": 2, "三级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
ROMAN = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
NOTHING = "无"
TIER = {"党组书记、局长": "leader", "党组成员、副局长": "leader", "局长": "leader",
        "副局长": "leader", "党组书记、主席": "leader", "副主席": "leader",
        "科长": "middle", "股长": "middle", "主任": "middle", "窗口负责人": "middle",
        "首席代表": "middle"}  # fmt: skip


def _tier(post: str) -> str:
    return TIER.get(post, "general")


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


# --------------------------------------------------------------------------- harder layout


def federation_cards_stacked() -> dict:
    unit = "XX县工商业联合会"
    sh = _Sheet("登记表", [6, 34, 12, 10, 20, 20])
    t = _Truth(unit)
    cards = [
        ("陆建平", "党组书记、主席", "领导班子", [
            ("推荐商会换届人选把关不严，默许公职人员在商会兼职取薪", "制度机制", "高",
             "换届人选事先报县委统战部审核，兼职情况每年清理。"),
            ("向会员企业转嫁摊派会议、接待等费用", "思想道德", "高",
             "严格执行党政机关与商会交往正负面清单，费用一律由本单位列支。"),
        ]),
        ("施红梅", "副主席", "领导班子", [
            ("商会资金往来审核不严，违规接受乡镇、部门拨付资金", "制度机制", "中",
             "商会资金往来逐笔登记，拨付资金须有文件依据。"),
            ("评先评优推荐中优亲厚友", "岗位职责", "中", "推荐条件公开，推荐结果公示五个工作日。"),
        ]),
        ("梁伟", "主任", "办公室", [
            ("会费收取、使用不公开，挪用会费", "业务流程", "中",
             "会费统一开票入账，收支情况每年向执委会报告。"),
            ("公务接待超标准、无公函接待", "思想道德", "低", "先审批后接待，接待清单按月公示。"),
        ]),
        ("高晓雯", "科员", "会员联络科", [
            ("非公经济人士综合评价中收受好处、打人情分", "外部环境", "中",
             "综合评价实行多部门联审，评价结果集体研究。"),
            ("会员企业信息管理不规范，泄露企业经营信息", "岗位职责", "低",
             "会员信息专人管理，查询调阅登记。"),
        ]),
    ]  # fmt: skip
    sh.add("附件2")
    for k, (who, post, dept, points) in enumerate(cards):
        if k:
            sh.add()
        sh.title(f"{unit}岗位廉政风险点登记表", 6)
        sh.add("姓名", who, "职务", post, "所在科室", dept)
        r = sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", None)
        sh.merge(r, 4, r, 5)
        for n, (point, typ, lv, measures) in enumerate(points, 1):
            r = sh.add(n, point, typ, lv, measures, None)
            sh.merge(r, 4, r, 5)
            t.point(sh.name, dept, post, who, _tier(post), point, types_in(typ), HML[lv])
    sh.add()
    sh.add("填报时间：2024年6月", None, None, None, None, None)
    return _layout(
        "federation_cards_stacked", "https://mzt.zj.gov.cn/art/2024/7/2/art_1229708729_58936770.html",
        "(harder) 县工商业联合会 岗位廉政风险点登记表 after the source's note on a county's 清廉商会 drive (商会"
        "资金往来, 公职人员违规兼职取薪, 三公经费转嫁摊派, 侵占商会资产, 党政机关与商会交往正负面清单): four "
        "per-person cards pasted one under another on one sheet, each with its own title, a label row "
        "``姓名 | 陆建平 | 职务 | 党组书记、主席 | 所在科室 | 领导班子``, its own heading (序号, 风险点, 风险类型, "
        "风险等级, 防控措施 merged over two cells) and two rows, a blank row before the next card; "
        "``附件2`` above and a 填报时间 line below",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- everyday layouts


def gongxin_bureau_party_titles() -> dict:
    unit = "XX县工业和信息化局"
    sh = _Sheet("Sheet1", [5, 12, 16, 8, 36, 10, 8, 34, 6])
    t = _Truth(unit)
    sh.add("附件1")
    sh.title(f"{unit}岗位廉政风险防控一览表", 9)
    sh.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施", "备注")
    rows = [
        ("局领导", "党组书记、局长", "龚振宇", "科技项目申报推荐中为关系企业打招呼、定调子", "思想道德", "高",
         "推荐名单经局党组集体研究，推荐结果公示。", None),
        ("局领导", "党组成员、副局长", "苏婉清", "分管专项资金拨付时不按绩效评价结果安排资金", "制度机制", "高",
         "资金安排与绩效评价结果挂钩，拨付前经局务会研究。", "新增"),
        ("科技股", "股长", "贺建军", "科技项目申报材料审核把关不严，对不符合条件的企业予以推荐", "岗位职责", "高",
         "申报材料实行初审、复审，推荐条件公开。", None),
        ("科技股", "股长", "贺建军", "项目验收走过场，对经费使用不实的项目予以通过", "业务流程", "中",
         "验收邀请财政、审计人员参加，验收意见签字存档。", "新增"),
        ("科技股", "科员", "曹一鸣", "下沉企业核查经费使用情况时接受企业宴请", "外部环境", "中",
         "核查两人以上同行，向企业发放廉政监督卡。", None),
        ("中小企业股", "股长", "雷婷", "“专精特新”企业认定推荐中降低标准", "岗位职责", "中",
         "认定指标量化打分，推荐结果网上公示。", None),
        ("中小企业股", "股长", "雷婷", "企业纾困资金分配不公开，优亲厚友", "制度机制", "高",
         "分配方案集体研究，分配结果公开。", None),
        ("办公室", "会计", "范丽萍", "专项资金支付审核不严，先支付后补手续", "制度机制", "低",
         "专项资金专账核算，支付凭审批单办理。", None),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, note) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures, note)
        t.point(sh.name, dept, post, who, _tier(post), point, types_in(typ), HML[lv])
    _merge_runs(sh, first, [(1,), ((1, 2, 3), (2, 3))])
    sh.add()
    sh.add("填表人：", None, None, "审核人：", None, None, "2024年3月", None, None)
    return _layout(
        "gongxin_bureau_party_titles", "http://rb.lhrb.com.cn/html/2022-01/25/content_118421.htm",
        "县工业和信息化局 岗位廉政风险防控一览表 (附件1) after the source's news item on a 县工信局 (科技项目的"
        "申报、推荐、资金监管, 廉政监督卡, 廉政风险点自查自纠, 下沉企业了解经费使用, 派驻纪检监察组): 股室 merged "
        "(``局领导`` first), 岗位/姓名 merged per person, the leaders' posts written with their party office "
        "(``党组书记、局长``, ``党组成员、副局长``), 廉政风险点, one 风险类型 per point, 高/中/低, 防控措施 and a "
        "trailing ``备注`` column holding ``新增`` on two rows; a 填表人/审核人 line",
        [sh], t,
    )  # fmt: skip


def science_bureau_watch_leaders() -> dict:
    unit = "XX区科学技术局"
    sh = _Sheet("排查表", [5, 18, 10, 14, 36, 7, 34, 9])
    t = _Truth(unit)
    sh.title(f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "工作环节", "廉政风险点", "风险等级", "防控措施", "责任领导")
    rows = [
        ("科技项目统筹推进科", "科长", "项目立项评审", "评审专家抽取不随机，与申报单位有利害关系的专家未回避",
         "一级", "评审专家从专家库随机抽取，签订回避承诺书。", "梁承志"),
        ("科技项目统筹推进科", "科长", "项目资金拨付", "未按项目进度拨付资金，提前拨付或超额拨付", "一级",
         "资金拨付凭中期检查结论办理，财务、业务科室双签。", "梁承志"),
        ("科技项目统筹推进科", "项目管理员", "项目过程管理", "中期检查流于形式，对项目重大变更不报批", "二级",
         "中期检查实地查看并留存影像，重大变更一律报批。", "梁承志"),
        ("科技项目统筹推进科", "项目管理员", "科技企业走访", "走访企业时收受礼品、接受宴请", "二级",
         "走访实行事前报备，向企业发放廉政提醒卡。", "梁承志"),
        ("高新技术科", "科长", "高新技术企业培育入库", "入库企业审核不严，为不符合条件的企业入库", "二级",
         "入库材料集体审核，入库名单公示。", "冉秋菊"),
        ("高新技术科", "科员", "科技型中小企业评价", "评价信息审核中泄露企业技术资料", "三级",
         "企业资料专人保管，查阅调阅登记。", "冉秋菊"),
        ("办公室", "主任", "政府采购", "采购需求设定倾向性条款，指定品牌", "二级",
         "采购需求集体研究，法律顾问审查。", "冉秋菊"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, step, point, lv, measures, leader) in enumerate(rows, 1):
        sh.add(n, dept, post, step, point, lv, measures, leader)
        t.point(sh.name, dept, post, "", _tier(post), point, [], ORDINAL[lv])
    _merge_runs(sh, first, [(1,), ((1, 2), (2,)), (7,)])
    sh.add()
    sh.title("注：风险等级分为一级（高）、二级（中）、三级（低）。", 8)
    return _layout(
        "science_bureau_watch_leaders", "http://kjj.smx.gov.cn/4/2025/11/2156515.html",
        "区科学技术局 岗位廉政风险点排查表 对岗不对人 after the source's news item on a 市科技局's 科技项目 “三查"
        "三看” (科技项目统筹推进科, 项目评审流程审查, 资金拨付, 科技企业走访, 专家审查): 科室 merged, 岗位 merged "
        "within its 科室, a ``工作环节`` column before ``廉政风险点``, 一级/二级/三级, 防控措施 and a trailing "
        "``责任领导`` column of names (梁承志 merged over the first 科室's four rows, 冉秋菊 over the other two "
        "科室); no 姓名 column; a 注 line giving the scale",
        [sh], t,
    )  # fmt: skip


def media_center_star_levels() -> dict:
    unit = "XX区融媒体中心"
    sh = _Sheet("责任清单", [5, 12, 14, 34, 8, 34, 9])
    t = _Truth(unit)
    sh.title(f"{unit}廉政风险防控责任清单", 7)
    sh.add("序号", "部门", "风险点", "风险表现", "风险星级", "防控措施", "责任人")
    rows = [
        ("总编室", "新闻稿件审核", "收受好处后刊发有偿新闻，或为请托人压稿不发", "★★★",
         "稿件实行三审三校，有偿新闻一经查实严肃处理。", "田晓蕾"),
        ("总编室", "舆情信息报送", "对涉及本单位的负面舆情瞒报、迟报", "★★",
         "舆情信息按时限报送，报送记录存档备查。", "田晓蕾"),
        ("广告经营部", "广告业务承揽", "擅自降低广告刊例价格，私下收取回扣", "★★★",
         "刊例价格公开，超权限折扣报中心会议研究。", "胡振东"),
        ("广告经营部", "广告合同签订", "合同未经审核即签订，广告款未及时入账", "★★",
         "合同会签，广告款统一进入对公账户。", "胡振东"),
        ("技术保障部", "设备采购", "设备采购化整为零，规避政府采购", "★★★",
         "年度采购计划集体审定，限额以上进场采购。", "邵立群"),
        ("技术保障部", "媒资库管理", "违规外借、拷贝媒资素材谋取私利", "★",
         "媒资调用权限分级，调用记录留痕。", "邵立群"),
        ("办公室", "公用经费管理", "公用经费报销审核不严，虚列开支", "★★",
         "报销实行经办、审核、审批三签，每季度公示。", "廖佳琪"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, point, desc, stars, measures, head) in enumerate(rows, 1):
        sh.add(n, dept, point, desc, stars, measures, head)
        t.point(sh.name, dept, "", head, None, point, [], STARS[stars])
    _merge_runs(sh, first, [(1,), ((1, 6), (6,))])
    sh.add()
    sh.title("注：★★★表示高风险，★★表示中风险，★表示低风险。", 7)
    return _layout(
        "media_center_star_levels", "https://quwei.bjtzh.gov.cn/jjw/c110013/202601/1778721.shtml",
        "区融媒体中心 廉政风险防控责任清单 after the source's 巡察整改 report of a 区融媒体中心 (中心党组, 采购管理"
        "制度, 公用经费管理, 融媒公司, 部室): 部门 merged, a short 风险点 beside its ``风险表现``, the level under "
        "the heading ``风险星级`` written ★★★/★★/★, 防控措施, and the holder's name in a trailing ``责任人`` column "
        "merged per 部门; no post column; a 注 line giving the stars' meaning",
        [sh], t,
    )  # fmt: skip


def gov_service_bare_roman() -> dict:
    unit = "XX市政务服务管理局"
    sh = _Sheet("Sheet1", [5, 18, 12, 8, 36, 12, 7, 34])
    t = _Truth(unit)
    sh.title(f"{unit}岗位廉政风险点排查表", 8)
    sh.add(
        f"填报单位（盖章）：{unit}", None, None, None, None, "填报日期：2024年4月10日", None, None
    )
    sh.add("序号", "科室（窗口）", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("综合受理窗口", "窗口负责人", "包海燕", "对“一件事一次办”事项受理把关不严，违规容缺受理",
         "岗位职责风险", "Ⅱ", "容缺受理事项清单公开，容缺材料限时补齐。"),
        ("综合受理窗口", "窗口工作人员", "洪梓涵", "对办事群众吃拿卡要、故意刁难", "思想道德风险", "Ⅰ",
         "窗口全程视频监控，“好差评”结果按月通报。"),
        ("综合受理窗口", "窗口工作人员", "洪梓涵", "与黑中介勾连，为其代办件优先办理", "外部环境风险", "Ⅰ",
         "代办件登记备案，定期比对办件数据。"),
        ("工程建设项目审批专区", "首席代表", "魏国庆", "联合审图、联合验收中降低标准", "岗位职责风险", "Ⅰ",
         "联合审图、验收结果网上公示，随机抽查复核。"),
        ("工程建设项目审批专区", "首席代表", "魏国庆", "泄露项目审批信息谋取私利", "思想道德风险", "Ⅱ",
         "审批信息分级授权查看，查看记录留痕。"),
        ("督查考核科", "科长", "秦艳红", "明察暗访发现问题不通报、不追责", "制度机制风险", "Ⅱ",
         "暗访问题清单化管理，通报结果公开。"),
        ("督查考核科", "科员", "钱思远", "“好差评”差评回访核实不认真，擅自删改评价", "业务流程风险", "Ⅲ",
         "差评由系统自动分派，回访录音存档。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, _tier(post), point, types_in(typ), ROMAN[lv])
    _merge_runs(sh, first, [(1,), ((1, 2, 3), (2, 3))])
    return _layout(
        "gov_service_bare_roman", "http://bk.zzlib.net:88/paper/daily/202203/334465.html",
        "市政务服务管理局 岗位廉政风险点排查表 after the source's news item on a city's “清廉大厅” check of its "
        "政务服务大厅 (进驻窗口单位, 窗口党员干部, 吃拿卡要, 勾结黑中介, “好差评”, 明察暗访): heading "
        "``科室（窗口）`` with 窗口 and 专区 as the 科室 (merged), a ``填报单位（盖章）：…`` / ``填报日期`` line under the "
        "title, 岗位/姓名 merged, 风险类别 written with its suffix (``岗位职责风险``), the level a bare roman "
        "numeral ``Ⅰ``/``Ⅱ``/``Ⅲ`` (no ``级``), 防控措施",
        [sh], t,
    )  # fmt: skip


def water_bureau_deputy_column() -> dict:
    unit = "XX县水务局"
    sh = _Sheet("一览表", [5, 12, 10, 8, 38, 7, 34, 9])
    t = _Truth(unit)
    sh.title(f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施", "分管领导")
    rows = [
        ("建设管理股", "股长", "黎国华", "招标文件设置倾向性条件，为特定投标人量身定制", "高",
         "招标文件经法制审核，项目进入公共资源交易平台。", "周明轩"),
        ("建设管理股", "股长", "黎国华", "监理、施工单位履约检查走过场，对擅自更换项目经理不处理", "中",
         "履约情况每月检查，检查结果纳入信用评价。", "周明轩"),
        ("建设管理股", "质量监督员", "丁浩然", "质量检测中降低标准，对偷工减料不予纠正", "高",
         "质量监督实行抽检和第三方检测，检测报告存档。", "周明轩"),
        ("农村水利股", "股长", "沈秀芝", "农村安全饮水工程验收把关不严，质量不达标即予验收", "高",
         "坚持质量不达标不验收，验收组成员签字负责。", "罗一帆"),
        ("农村水利股", "技术员", "邱宇", "山塘整治工程量核定不实，多计工程量", "中",
         "工程量现场核定，影像资料留存。", "罗一帆"),
        ("计划财务股", "股长", "莫丽娟", "水利项目资金未专户管理，挤占挪用项目资金", "高",
         "项目资金专户专款专用，定期开展内部审计。", "罗一帆"),
        ("计划财务股", "出纳", "袁梦洁", "现金、票据保管不严，公款私存", "低",
         "现金日清月结，票据专人登记领用。", "罗一帆"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, lv, measures, leader) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, lv, measures, leader)
        t.point(sh.name, dept, post, who, _tier(post), point, [], HML[lv])
    _merge_runs(sh, first, [(1,), ((1, 2, 3), (2, 3)), (7,)])
    return _layout(
        "water_bureau_deputy_column", "http://www.shuibiao.com.cn/news/show.php?itemid=25804",
        "县水务局 岗位廉政风险防控一览表 after the source's news item on a 市水务局's “八道关” for 水利工程 (招标"
        "投标制, 工程建设监理制, 质量监督, 农村安全饮水, 山塘整治, 专户专款专用, 内部审计, 验收): 股室 merged, "
        "岗位/姓名 merged per person, 廉政风险点, 高/中/低, 防控措施 and a trailing ``分管领导`` column of names "
        "merged over the rows each oversees (周明轩 over 建设管理股, 罗一帆 over 农村水利股 and 计划财务股)",
        [sh], t,
    )  # fmt: skip


def banner_audit_name_first() -> dict:
    unit = "XX旗审计局"
    sh = _Sheet("Sheet1", [5, 8, 9, 16, 38, 7, 36])
    t = _Truth(unit)
    sh.title(f"{unit}岗位廉政风险点一览表", 7)
    sh.add("序号", "姓名", "职务", "所在股室", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("巴特尔", "局长", "局领导", "年度审计项目计划安排受人情干扰，随意增减审计项目", "高",
         "审计项目计划经局党组集体研究，报旗委审计委员会审定。"),
        ("巴特尔", "局长", "局领导", "审计处理处罚意见受人情干扰，降格处理", "高",
         "处理处罚意见经审计业务会议集体审定。"),
        ("乌兰", "副局长", "局领导", "复核审计报告时随意改变审计结论", "中",
         "审理、复核分离，修改意见书面留痕。"),
        ("韩志强", "审计组长", "经济责任审计股", "审计中接受被审计单位宴请、礼品礼金", "高",
         "进点时公示审计纪律“八不准”，审计结束开展廉政回访。"),
        ("韩志强", "审计组长", "经济责任审计股", "对审计发现的问题线索隐瞒不报", "高",
         "问题线索集体研判，移送情况登记备查。"),
        ("刘佳", "主审", "政府投资审计中心", "工程结算审计中与施工单位串通，多审少减", "高",
         "结算审计实行复核制度，审减金额逐项说明。"),
        ("孟凡", "审计人员", "政府投资审计中心", "在被审计单位报销因公因私费用", "中",
         "审计外勤费用自理，报销票据逐张核对。"),
        ("何雅琴", "主任", "办公室", "审计外勤经费管理不规范，虚报差旅费", "低",
         "差旅费按标准报销，外勤经费单独核算。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (who, post, dept, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, who, post, dept, point, lv, measures)
        t.point(sh.name, dept, post, who, _tier(post), point, [], HML[lv])
    _merge_runs(sh, first, [(1, 2, 3)])
    sh.add()
    sh.add("单位主要负责人：", None, None, "填表人：", None, "2024年5月", None)
    return _layout(
        "banner_audit_name_first",
        "http://www.hjq.gov.cn/hjqxxgkml/hjqxxgkmu_44357/qq_hjzc_1437/qq_hjzc_0384/202212/t20221207_3315558.html",
        "旗审计局 岗位廉政风险点一览表 after the source's 审计项目现场管理办法 of a 旗审计局 (各股室、中心, 审计组, "
        "审计组长, 审计现场行为, 审计纪律): the name first — ``姓名 | 职务 | 所在股室`` merged per person — with "
        "Mongolian names (巴特尔, 乌兰), ``局领导`` as the leaders' 股室 and ``政府投资审计中心`` among the 股室, "
        "廉政风险点, 高/中/低, 防控措施; a 单位主要负责人/填表人 line",
        [sh], t,
    )  # fmt: skip


def township_judicial_office_nothing() -> dict:
    unit = "XX县XX镇司法所"
    sh = _Sheet("排查表", [5, 12, 8, 30, 36, 7, 34])
    t = _Truth(unit)
    sh.title(f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "岗位", "姓名", "岗位职责", "风险点", "风险等级", "防控措施")
    head = "主持司法所全面工作，组织实施社区矫正、人民调解和法治宣传。"
    corr = "负责社区矫正对象日常监管、请假报批和电子定位核查。"
    rows = [
        ("所长", "冯晓东", head, "社区矫正对象考核奖惩中徇私情，违规提请撤销缓刑或予以表扬", "高",
         "考核奖惩集体评议，结果报县司法局审核并公示。"),
        ("所长", "冯晓东", head, "人民调解“以奖代补”经费申报中虚报调解案件", "中",
         "调解卷宗逐件核查，经费按实核拨。"),
        ("社区矫正专干", "潘敏", corr, "违规批准社区矫正对象外出请假", "高",
         "请假按权限报批，外出期间定位核查。"),
        ("社区矫正专干", "潘敏", corr, "对脱管、漏管情况不及时报告", "中",
         "每日核查定位信息，脱管当日报告。"),
        ("人民调解员", "蒋春燕", "负责矛盾纠纷排查调处和调解协议制作。",
         "调解中偏袒一方当事人，收受当事人财物", "中", "调解双人参与，调解结果回访。"),
        ("内勤", "文杰", "负责司法所档案整理和信息报送。", NOTHING, None, None),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, duty, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, duty, point, lv, measures)
        if point != NOTHING:
            tier = "leader" if post == "所长" else "general"
            t.point(sh.name, "", post, who, tier, point, [], HML[lv])
    _merge_runs(sh, first, [((1, 2), (1, 2, 3))])
    return _layout(
        "township_judicial_office_nothing", "https://www.echeng.gov.cn/zxzx/gsgg/202407/t20240712_636245.html",
        "镇司法所 岗位廉政风险点排查表 after the source's 巡察整改 report of a 区司法局 (各股室负责人、基层司法所长, "
        "司法行政工作, 以巡察整改检验成效): a small office with no 科室 column — 岗位/姓名 and a ``岗位职责`` cell "
        "merged per person (所长 first), 风险点, 高/中/低, 防控措施; the last person's (内勤) row says only "
        "``无`` with no level and no measure",
        [sh], t,
    )  # fmt: skip


def forestry_grass_post_only() -> dict:
    unit = "XX县林业和草原局"
    sh = _Sheet("清单", [5, 16, 9, 18, 34, 10, 7, 34])
    t = _Truth(unit)
    sh.title(f"{unit}廉政风险防控清单", 8)
    sh.add("序号", "责任股室", "风险岗位", "风险点", "主要表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("资源管理股", "股长", "林木采伐审批", "对不符合条件的申请核发采伐许可证，超限额审批", "岗位职责", "高",
         "采伐申请网上受理，伐前查验两人到场。"),
        ("资源管理股", "股长", "使用林地审核", "现场查验不实，为违规占用林地出具同意意见", "岗位职责", "高",
         "现场查验影像留存，审核意见集体研究。"),
        ("生态保护修复股", "股长", "公益林补偿资金兑付", "补偿面积核实不准，虚报冒领补偿资金", "制度机制", "高",
         "补偿资金通过惠农惠民“一卡通”发放，兑付名单公示。"),
        ("生态保护修复股", "科员", "专职护林员管理", "护林员选聘不公开，日常考核流于形式", "业务流程", "中",
         "选聘条件和结果公示，考核结果与补助挂钩。"),
        ("森林草原防火股", "股长", "防火物资采购", "防火物资采购不比价，验收以次充好", "外部环境", "中",
         "物资采购比价确定，入库验收双人签字。"),
        ("办公室", "会计", "天保工程资金核算", "天保工程资金挤占挪用，账实不符", "制度机制", "低",
         "天保资金专账核算，接受年度审计。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", _tier(post), point, types_in(typ), HML[lv])
    _merge_runs(sh, first, [(1,), ((1, 2), (2,))])
    return _layout(
        "forestry_grass_post_only", "https://www.chinaqingcheng.gov.cn/xwdt/qcyw/content_38695",
        "县林业和草原局 廉政风险防控清单 对岗不对人 after the source's news item on a 林业草原局 督查 of a town's "
        "公益林 (公益林管护, 补偿资金兑付 through 惠农惠民“一卡通”, 专职护林员, 天然林保护, 森林草原防火): "
        "``责任股室`` merged, a ``风险岗位`` column (merged within its 股室; 股长 in three 股室), a short "
        "风险点 beside its ``主要表现``, one 风险类型 per point, 高/中/低, 防控措施; no names",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    federation_cards_stacked(),
    gongxin_bureau_party_titles(),
    science_bureau_watch_leaders(),
    media_center_star_levels(),
    gov_service_bare_roman(),
    water_bureau_deputy_column(),
    banner_audit_name_first(),
    township_judicial_office_nothing(),
    forestry_grass_post_only(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` (re-saved copies ``resaved/b45_*``, none kept)."""
    return _build(outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX)


if __name__ == "__main__":
    import sys

    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch45-inbox"))

"""A nineteenth batch of layouts modelled on published tables, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. Eleven layouts from offices earlier batches drew on little or not at all — a
县气象局, a 县民政局, a 区应急管理局, a 退役军人事务局, a 信访局, a 医疗保障局, an 环保局, a 社区, a
农商银行支行, a 卫生健康局 and a 不动产登记中心. Nine are EVERYDAY, each worded the way its office
words it:

- a 气象局 排查表 with a 填报单位(盖章)/填报时间 line under the title, 科室 merged down, 岗位/姓名,
  a 风险事项 column (the duty: 防雷装置检测资质单位监管, 升放气球活动审批) left of 廉政风险点,
  高/中/低, and a 单位负责人/填表人 line;
- a 民政局 股室 table (职权名称, 廉政风险点, 风险等级, 防范措施, 责任人 merged per 股室) with a
  ``小计`` row after each 股室 (``共3个:高1个、中1个、低1个`` in the point column) and a ``合计`` row;
- an 应急管理局 workbook of one sheet per 股室/大队, the tab named after it and the title naming it
  too, 岗位/姓名 merged per person, 工作环节 and 风险描述, levels 重大风险/较大风险/一般风险 (the
  sector's own scale) with a 注 line;
- a 退役军人事务局's 个人岗位廉政风险防控表, one sheet per person (tab = name): a personal block of
  three label/value pairs on two rows (姓名/性别/出生年月, 所在股室/职务/政治面貌), a 岗位职责 row
  merged across, then 序号/short 风险点/风险表现/风险等级/防控措施 and a three-signature line;
- a 信访局 list of posts without names (对岗不对人): 科室 merged, 岗位, 风险点, 一级/二级/三级,
  防控措施, 责任领导 holding a role (分管副局长), and a 备注 column (新增/等级调整);
- a 医疗保障局 关键岗位风险点清单 of posts without names whose 风险类别 follows the source's four
  aspects (岗位职责、工作流程、制度机制、外部环境), written ``…风险``; a point with two measures
  takes two rows, its 序号/类别/风险点/等级 cells merged over both (the source counts 18 points and
  24 measures);
- an 环保局 登记表 after the source's three kinds of risk (思想道德、制度机制、岗位职责): a two-row
  heading where 风险类型 spans three sub-columns ticked with ``√``, levels Ⅰ级/Ⅱ级/Ⅲ级, a 说明 line;
- a 社区 小微权力清单 after the source's fields (权力事项、政策依据、办理主体、时间要求、监督管理) with a
  廉洁风险点 and 风险等级 added: the 办理主体 is the post (社区党委书记, 社区民政专干 …), no names;
- a 农商银行支行 员工廉洁风险排查登记表: 部门 merged down, 岗位/员工姓名, 重点环节 (资金交易, 信贷审批,
  客户关系管理), 廉洁风险点, 高/中/低, 防控措施, an 排查方式 column (内部审计/问卷调查/员工访谈).

Two are harder, both shapes the sources describe:

- ``health_self_and_approved``: a 卫生健康局 table after the source's way of fixing a level
  (自查 … 集中评议、党委(党组)会议审定 … 确定风险等级): a two-row heading where 风险等级 spans
  ``自查`` | ``审定``, both written 高/中/低 and differing on some rows; the point's level is the
  审定 one (a 注 line says so);
- ``registry_post_duty_cell``: a 不动产登记中心 table after the source's 受理岗、审核岗、缮证岗、发证岗
  岗位职责: the post is the first line of a ``岗位名称及职责`` cell whose next line is the post's
  duties, merged over the post's points; no names; 监督责任人 holds a role.

Each layout imitates the *shape* of a public page (its ``source``) that no earlier batch used; where
the page describes its subject in prose rather than printing a table (all but none of them: the
pages left in the search corpus are articles, 细则, 工作计划 and news reports), the layout follows
that description — its words for the table, the columns, the levels. The rows are worded by us.

Run ``python tests/published/score.py --set batch19`` and do not tune the reader against it, or it
stops being held out. Two layouts are also kept as LibreOffice re-saved copies
(``resaved/b19_civil_affairs_subtotals.xls``, ``resaved/b19_veterans_personal_sheets.ods``, see
make_resaved.py).

Judgement calls this batch leans on, beyond those of the earlier batches:

- NEW: a ``小计``/``合计`` row (``小计`` merged over the first columns, ``共3个:高1个、中1个、低1个`` in
  the point column) counts points, it is none; the truth's count per 股室 is the 小计's;
- NEW: of two level columns under 风险等级, ``自查`` and ``审定``, the 审定 one (the level the 党组
  fixed) is the point's level; the 自查 one is no level;
- NEW: in a ``岗位名称及职责`` cell the post is its first line (``受理岗``), the rest the post's
  duties; the form's title is that first line, department "" (the centre), person "";
- NEW: ``工作流程风险`` in the 医保 source's four aspects names the 业务流程 type (the source lists
  岗位职责、工作流程、制度机制、外部环境, the five-type scheme without 思想道德, 业务流程 worded 工作流程);
  the other three name their types;
- a point whose 序号/类别/风险点/等级 cells are merged over two measure rows is one point;
- 重大风险/较大风险/一般风险 are Ⅰ/Ⅱ/Ⅲ (as 重大/较大/一般 in batch4 and batch17);
- a 风险类型 split into ticked sub-columns gives the ticked types, in column order (batch10);
- NEW: a 风险事项 column left of a column headed 廉政风险点 holds the duty the risk lies in (公务接待,
  升放气球活动审批); the point is the cell under the heading 廉政风险点, not the shorter 风险事项 cell.
  This leans against batch4's ``soe_own_types``, where a short 风险事项 beside a long 风险表现 WAS the
  point: there no column was headed as the point; here one is, and it wins. A 重点环节 column left of
  the point (the bank's 资金交易, 信贷审批) is likewise the business step, no point;
- a 责任领导 or 监督责任人 column holding a role names no holder: those posts are 对岗不对人; a 办理主体
  naming a 社区 post is the post (batch18's 执行主体);
- a sheet per 股室 whose tab and title both name it: that is the department (batch13's keshi tabs);
- a personal sheet whose tab is the person's name is his form; the 所在股室 and 职务 fields give
  department and post; 性别/出生年月/政治面貌 are no fields of the form;
- an 排查方式 column (内部审计, 问卷调查, 员工访谈) says how a point was found: no level, no type;
- a 备注 of ``新增`` or ``等级调整`` is no part of the point.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``layouts.write_xlsx``), copies the
LibreOffice re-saved copies ``resaved/b19_<name>.*`` and writes ``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.layouts import HML, _layout, _Sheet, _Truth
from published.layouts import build as _build

PREFIX = "b19_"
ORDINAL = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
SAFETY = {"重大风险": 1, "较大风险": 2, "一般风险": 3}
FOUR_ASPECTS = {"岗位职责风险": "岗位职责", "工作流程风险": "业务流程", "制度机制风险": "制度机制",
                "外部环境风险": "外部环境"}  # fmt: skip
THREE_KINDS = ("思想道德", "制度机制", "岗位职责")
TIER = {"科长": "middle", "股长": "middle", "副股长": "middle", "大队长": "middle", "主任": "middle",
        "局长": "leader", "副局长": "leader", "支行行长": "leader", "部门经理": "middle",
        "社区党委书记": "leader", "社区居委会主任": "leader", "台长": "middle"}  # fmt: skip
FW = "\u3000"


def _tier(post: str) -> str:
    return TIER.get(post, "general")


def _vmerge(sh: _Sheet, r0: int, r1: int, cols) -> None:
    """Merge each of ``cols`` from row ``r0`` down to ``r1`` (nothing when one row); a cell below
    the top one that repeats its value is cleared first (Excel keeps only the top-left value)."""
    if r1 > r0:
        for c in cols:
            for r in range(r0 + 1, r1 + 1):
                assert sh.rows[r][c] in (None, sh.rows[r0][c]), (sh.name, r, c)
                sh.rows[r][c] = None
            sh.merge(r0, c, r1, c)


# --------------------------------------------------------------------------- harder layouts


def health_self_and_approved() -> dict:
    unit = "XX县卫生健康局"
    sh = _Sheet("风险点", [5, 12, 10, 8, 14, 32, 6, 6, 30])
    t = _Truth(unit)
    sh.title(f"{unit}岗位廉政风险点及防范措施登记表", 9)
    r = sh.add(
        "序号", "股室", "岗位", "姓名", "职权事项", "廉政风险点", "风险等级", None, "防范措施"
    )
    sh.add(None, None, None, None, None, None, "自查", "审定", None)
    for c in (0, 1, 2, 3, 4, 5, 8):
        sh.merge(r, c, r + 1, c)
    sh.merge(r, 6, r, 7)
    people = [
        ("医政医管股", "股长", "温建军", [
            ("医疗机构设置审批", "降低条件为不符合规划的医疗机构出具设置意见", "中", "高",
             "设置审批集体研究,审批结果网上公示。"),
            ("医师执业注册", "对材料不全的申请违规办理注册", "低", "中", "注册材料清单化审核,双人复核。"),
            ("医疗纠纷调处", "调处中偏袒一方,收受当事人财物", "中", "中", "调处全程记录,邀请第三方参与。"),
        ]),
        ("综合监督股", "副股长", "韩志强", [
            ("公共场所卫生监督检查", "检查中接受被检查单位宴请,对问题不予处理", "中", "高",
             "检查两人以上,检查结果公示。"),
            ("卫生行政处罚", "处罚自由裁量不公,人情案、关系案", "高", "高", "处罚按裁量基准,案件集体审理。"),
            ("卫生许可证发放", "许可审查走过场", "低", "低", "现场审查拍照留存,许可结果公开。"),
        ]),
        ("规划财务股", "会计", "宋丽娟", [
            ("专项资金拨付", "未按进度和审批程序拨付专项资金", "中", "高", "拨付经股室、分管领导、局长三级审签。"),
            ("财务报销", "报销票据审核不严,虚列开支", "低", "中", "票据逐张审核,每月账目公开。"),
            ("固定资产管理", "资产处置不登记、不评估", "低", "低", "资产处置报财政审批,台账动态更新。"),
        ]),
    ]  # fmt: skip
    n = 0
    for dept, post, who, items in people:
        first = len(sh.rows)
        for power, point, self_level, approved, measures in items:
            n += 1
            sh.add(n, dept, post, who, power, point, self_level, approved, measures)
            t.point(sh.name, dept, post, who, _tier(post), point, [], HML[approved])
        _vmerge(sh, first, len(sh.rows) - 1, (1, 2, 3))
    r = sh.add("注:风险等级经股室自查、集中评议后由局党组会议审定,以审定等级为准。", *([None] * 8))
    sh.merge(r, 0, r, 8)
    sh.add("填报股室:", None, None, None, "审核人:", None, None, "2024年3月", None)
    return _layout(
        "health_self_and_approved", "http://www.jsycjw.gov.cn:18000/a/fLUjbSUgZT",
        "(harder) 卫生健康局 岗位廉政风险点及防范措施登记表 after the source's 确定风险等级 (自查、集中评议、党委(党组)"
        "会议审定): 序号/股室/岗位/姓名 (merged per person)/职权事项/廉政风险点 over two heading rows, 风险等级 "
        "spanning 自查 | 审定 (both 高/中/低, differing on some rows: the 审定 one is the level), 防范措施; 注 line",
        [sh], t,
    )  # fmt: skip


def registry_post_duty_cell() -> dict:
    unit = "XX县不动产登记中心"
    sh = _Sheet("岗位风险", [5, 30, 32, 8, 32, 12])
    t = _Truth(unit)
    sh.title(f"{unit}岗位廉政风险防控表", 6)
    sh.add("序号", "岗位名称及职责", "廉政风险点", "风险等级", "防控措施", "监督责任人")
    posts = [
        ("受理岗", "依法查验申请主体、申请材料,询问登记事项,录入相关信息,出具受理结果。", "分管副主任", [
            ("对材料不全的申请违规受理,或对符合条件的申请故意刁难", "中", "受理材料清单公开,一次性告知。"),
            ("收受中介或申请人好处,优先办理", "高", "叫号办理,窗口全程视频监控。"),
            ("未当面核验身份,为冒名申请办理登记", "高", "人脸识别核验身份,到场照片留存。"),
        ]),
        ("审核岗", "审查申请材料和权籍调查成果,提出审核意见,决定是否登簿。", "分管副主任", [
            ("审核把关不严,为权属不清的不动产办理登记", "高", "疑难件集体会审,审核意见留痕。"),
            ("故意拖延审核,变相索取好处", "中", "办理时限系统预警,超时通报。"),
        ]),
        ("缮证岗", "根据登簿结果缮制不动产权证书和登记证明,核对证书内容。", "中心主任", [
            ("违规缮制、更改证书内容", "中", "缮证与审核分离,证书内容系统比对。"),
            ("空白证书保管使用不登记", "低", "空白证书专人专柜保管,领用登记。"),
        ]),
        ("发证岗", "核验领证人身份,发放证书,收取登记费,整理归档。", "中心主任", [
            ("向无权领证人发放证书", "中", "领证人身份核验,签字留存。"),
            ("多收或少收登记费", "低", "收费标准公示,票款每日核对。"),
            ("泄露、违规查询登记资料", "中", "查询权限分级,查询日志月度抽查。"),
        ]),
    ]  # fmt: skip
    n = 0
    for post, duty, watcher, items in posts:
        first = len(sh.rows)
        for k, (point, level, measures) in enumerate(items):
            n += 1
            if k == 0:
                sh.add(n, f"{post}\n{duty}", point, level, measures, watcher)
            else:
                sh.add(n, None, point, level, measures, None)
            t.point(sh.name, "", post, "", "general", point, [], HML[level])
        _vmerge(sh, first, len(sh.rows) - 1, (1, 5))
    sh.add()
    sh.add("中心负责人:", None, "填表人:", None, "2024年6月", None)
    return _layout(
        "registry_post_duty_cell", "http://zhunbian.com/GongZuozj/837511.html",
        "(harder) 不动产登记中心 岗位廉政风险防控表 after the source's 受理岗、审核岗、缮证岗、发证岗 岗位职责: a "
        "岗位名称及职责 cell (the post on its first line, its duties on the next) merged over the post's points, "
        "廉政风险点/风险等级 高/中/低/防控措施, 监督责任人 holding a role (分管副主任) merged down; no names",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- everyday layouts


def meteo_county_keshi() -> dict:
    unit = "XX县气象局"
    sh = _Sheet("排查表", [5, 10, 10, 8, 18, 30, 8, 30])
    t = _Truth(unit)
    sh.title(f"{unit}岗位廉政风险点排查表", 8)
    r = sh.add(f"填报单位(盖章):{unit}", None, None, None, None, "填报时间:2024年4月", None, None)
    sh.merge(r, 0, r, 4)
    sh.merge(r, 5, r, 7)
    sh.add("序号", "科室", "岗位", "姓名", "风险事项", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("办公室", [
            ("主任", "封立新", [
                ("公务接待", "超标准接待,虚列接待费用", "中", "接待执行公函制度,费用清单公示。"),
                ("物资采购", "办公设备采购不比价,指定供应商", "中", "采购三家以上比价,验收两人签字。"),
            ]),
            ("会计", "路小梅", [
                ("财务报销", "对手续不全的票据予以报销", "低", "报销逐级审签,票据月度抽查。"),
            ]),
        ]),
        ("减灾科", [
            ("科长", "詹国庆", [
                ("防雷装置检测资质单位监管", "对无资质单位违规开展检测不予查处", "高",
                 "“双随机”抽查,检查结果网上公示。"),
                ("升放气球活动审批", "降低条件审批升放气球活动", "高", "审批条件公开,审批结果集体复核。"),
            ]),
            ("科员", "冷俊", [
                ("气象探测环境保护", "对危害探测环境的建设项目出具同意意见", "中", "现场踏勘两人以上,意见科室会审。"),
                ("行政执法检查", "执法检查中接受被检查单位宴请", "低", "执法全过程记录,廉洁执法告知。"),
            ]),
        ]),
        ("气象台", [
            ("台长", "卜宏伟", [
                ("气象信息服务", "向特定单位有偿提供未公开气象信息", "中", "信息发布统一审签,服务合同备案。"),
                ("人工影响天气作业", "虚报作业次数和弹药消耗", "低", "作业记录实时上传,弹药出入库登记。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for dept, people in groups:
        first = len(sh.rows)
        for post, who, items in people:
            start = len(sh.rows)
            for duty, point, level, measures in items:
                n += 1
                sh.add(n, dept, post, who, duty, point, level, measures)
                t.point(sh.name, dept, post, who, _tier(post), point, [], HML[level])
            _vmerge(sh, start, len(sh.rows) - 1, (2, 3))
        _vmerge(sh, first, len(sh.rows) - 1, (1,))
    sh.add()
    sh.add("单位负责人:", None, None, None, "填表人:", None, None, None)
    return _layout(
        "meteo_county_keshi", "http://www.nbjb.gov.cn/art/2024/4/28/art_1229746121_1805003.html",
        "县气象局 岗位廉政风险点排查表 after the source's 气象行政执法 监管对象 (防雷装置检测资质单位、升放气球、气象"
        "探测环境、气象信息服务、人工影响天气): 填报单位(盖章)/填报时间 line, 序号/科室 merged/岗位/姓名 merged "
        "per person/风险事项 (the duty)/廉政风险点/风险等级 高/中/低/防控措施; 单位负责人/填表人 line",
        [sh], t,
    )  # fmt: skip


def civil_affairs_subtotals() -> dict:
    unit = "XX县民政局"
    sh = _Sheet("廉政风险点", [5, 12, 16, 32, 8, 30, 8])
    t = _Truth(unit)
    sh.title(f"{unit}行政权力廉政风险点汇总表", 7)
    sh.add("序号", "股室", "职权名称", "廉政风险点", "风险等级", "防范措施", "责任人")
    groups = [
        ("优抚安置股", "祁永红", [
            ("优抚对象抚恤补助审核", "为不符合条件人员办理抚恤补助", "高", "抚恤对象信息比对,名单公示。"),
            ("伤残等级评定申报", "伤残评定材料审核不严,违规申报", "中", "评定材料两人审核,评定结果公开。"),
            ("优待金发放", "优待金发放不及时、不足额", "低", "优待金一卡通直发,季度对账。"),
        ]),
        ("社会组织管理股", "蔺晓峰", [
            ("社会组织登记", "对不符合条件的社会组织违规登记", "中", "登记材料清单化审核,结果公示。"),
            ("社会组织年度检查", "年检走过场,接受社会组织宴请", "低", "年检结果网上公开,廉洁告知。"),
        ]),
        ("社会福利和社会事务股", "裴春华", [
            ("最低生活保障审批", "人情保、关系保,审批把关不严", "高", "入户调查、民主评议,审批结果公示。"),
            ("临时救助审批", "虚报冒领临时救助金", "高", "救助金社会化发放,对象信息核查。"),
            ("殡葬服务监管", "对殡葬服务乱收费问题不予查处", "中", "收费标准公示,开展专项检查。"),
        ]),
        ("计划财务股", "荆丽", [
            ("福彩公益金分配", "公益金分配不按规定程序", "中", "分配方案党组会研究,使用情况公开。"),
            ("专项资金监管", "专项资金截留、挪用", "高", "专项资金专账核算,定期审计。"),
        ]),
    ]  # fmt: skip
    n, total = 0, {"高": 0, "中": 0, "低": 0}
    for dept, who, items in groups:
        first = len(sh.rows)
        counts = {"高": 0, "中": 0, "低": 0}
        for power, point, level, measures in items:
            n += 1
            counts[level] += 1
            total[level] += 1
            sh.add(n, dept if len(sh.rows) == first else None, power, point, level, measures,
                   who if len(sh.rows) == first else None)  # fmt: skip
            t.point(sh.name, dept, "", who, None, point, [], HML[level])
        _vmerge(sh, first, len(sh.rows) - 1, (1, 6))
        r = sh.add("小计", None, None, _count_text(counts), None, None, None)
        sh.merge(r, 0, r, 2)
    r = sh.add("合计", None, None, _count_text(total), None, None, None)
    sh.merge(r, 0, r, 2)
    sh.add()
    sh.add("局纪检组审核:", None, None, "分管领导:", None, "2024年5月", None)
    return _layout(
        "civil_affairs_subtotals", "http://m.7rdy.cn/news/77923.html",
        "民政局 行政权力廉政风险点汇总表 after the source's 行政权力运行监控 (各处室申报廉政风险点: 优抚、民间组织管理、"
        "计财、社会福利和社会事务): 序号/股室 merged/职权名称/廉政风险点/风险等级 高/中/低/防范措施/责任人 (the "
        "holder's name) merged; a 小计 row after each 股室 and a 合计 row (共3个:高1个… in the point column)",
        [sh], t,
    )  # fmt: skip


def _count_text(counts: dict) -> str:
    """``共3个:高1个、中1个、低1个`` (levels with none left out)."""
    parts = "、".join(f"{k}{v}个" for k, v in counts.items() if v)
    return f"共{sum(counts.values())}个:{parts}"


def emergency_gushi_tabs() -> dict:
    unit = "XX区应急管理局"
    t = _Truth(unit)
    sections = [
        ("安全生产综合股", [
            ("股长", "谭志远", [
                ("安全生产考核", "考核打分优亲厚友,考核结果弄虚作假", "较大风险", "考核细则公开,结果集体审定。"),
                ("安全生产专项资金分配", "资金分配向关系企业倾斜", "重大风险", "分配方案局务会研究,分配结果公示。"),
            ]),
            ("科员", "倪佳", [
                ("事故统计上报", "瞒报、迟报生产安全事故", "较大风险", "事故信息多部门比对,漏报问责。"),
            ]),
        ]),
        ("危险化学品监管股", [
            ("股长", "范国华", [
                ("危险化学品经营许可", "降低条件发放经营许可证", "重大风险", "许可现场核查两人以上,结果公开。"),
                ("重大危险源备案", "备案审查走过场", "一般风险", "备案材料清单化审核。"),
            ]),
        ]),
        ("执法大队", [
            ("大队长", "娄建平", [
                ("监督检查", "检查中吃拿卡要,对隐患选择性查处", "重大风险", "执法记录仪全程记录,检查计划随机生成。"),
                ("事故调查", "事故调查中隐瞒事实、降格处理", "重大风险", "调查组集体研究,调查报告公开。"),
            ]),
            ("执法队员", "骆飞", [
                ("行政处罚", "处罚自由裁量不公", "较大风险", "处罚按裁量基准,法制审核。"),
                ("执法文书制作", "随意更改执法文书", "一般风险", "文书统一编号,归档前法制员复核。"),
            ]),
        ]),
    ]  # fmt: skip
    sheets = []
    for dept, people in sections:
        sh = _Sheet(dept, [5, 10, 8, 16, 32, 10, 30])
        sh.title(f"{unit}{dept}岗位廉政风险点防控表", 7)
        sh.add("序号", "岗位", "姓名", "工作环节", "风险描述", "风险等级", "防控措施")
        n = 0
        for post, who, items in people:
            first = len(sh.rows)
            for k, (step, point, level, measures) in enumerate(items):
                n += 1
                sh.add(
                    n,
                    post if k == 0 else None,
                    who if k == 0 else None,
                    step,
                    point,
                    level,
                    measures,
                )
                t.point(sh.name, dept, post, who, _tier(post), point, [], SAFETY[level])
            _vmerge(sh, first, len(sh.rows) - 1, (1, 2))
        r = sh.add("注:风险等级分为重大风险、较大风险、一般风险三个等级。", *([None] * 6))
        sh.merge(r, 0, r, 6)
        sheets.append(sh)
    return _layout(
        "emergency_gushi_tabs", "https://www.renrendoc.com/paper/491693717.html",
        "应急管理局 岗位廉政风险点防控表 after the source's 安全生产领域廉政风险 (行政审批、监督检查、事故调查、资金分配): "
        "one sheet per 股室/大队, the tab and the title naming it, 序号/岗位/姓名 merged per person/工作环节/风险描述/"
        "风险等级 重大风险/较大风险/一般风险/防控措施; 注 line",
        sheets, t,
    )  # fmt: skip


def veterans_personal_sheets() -> dict:
    unit = "XX县退役军人事务局"
    t = _Truth(unit)
    people = [
        ("邹志刚", "男", "1984.07", "安置股", "股长", "中共党员",
         "负责退役士兵安置计划编制、服役表现量化评分、选岗组织和安置待遇落实。", [
            ("量化评分", "评分时对个别对象加分不实、优亲厚友", "高", "评分结果两人复核,排序名单公示。"),
            ("组织选岗", "选岗中为个别对象预留岗位、打招呼", "高", "按分值排序选岗,纪检人员全程监督。"),
            ("安置待遇落实", "接受安置对象或其家属宴请、礼品", "中", "廉洁提醒,拒收登记。"),
        ]),
        ("孟婷", "女", "1991.03", "优抚股", "科员", "中共党员",
         "负责优抚对象信息采集、抚恤补助金核算和发放、优待证申领办理。", [
            ("补助金核算", "核算数据录入差错,多发或少发补助金", "中", "核算表双人复核,发放前公示。"),
            ("优待证办理", "为不符合条件人员办理优待证", "低", "申领信息系统比对,审核留痕。"),
            ("信息管理", "泄露优抚对象个人信息", "低", "信息查询权限分级,台账专人管理。"),
        ]),
        ("唐振东", "男", "1979.11", "退役军人服务中心", "主任", "中共党员",
         "主持中心工作,负责就业创业服务、帮扶援助资金使用和困难退役军人帮扶。", [
            ("帮扶援助资金审批", "帮扶对象审核不严,虚报冒领帮扶资金", "高", "帮扶对象评议公示,资金直发到户。"),
            ("培训机构选择", "指定培训机构,收取好处", "中", "培训机构公开遴选,合同备案。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, sex, born, dept, post, party, duty, items in people:
        sh = _Sheet(who, [6, 14, 30, 8, 16, 14])
        sh.title(f"{unit}个人岗位廉政风险防控表", 6)
        sh.add(f"姓{FW}名", who, f"性{FW}别", sex, "出生年月", born)
        sh.add("所在股室", dept, f"职{FW}务", post, "政治面貌", party)
        r = sh.add("岗位职责", duty, None, None, None, None)
        sh.merge(r, 1, r, 5)
        r = sh.add("序号", "风险点", "风险表现", "风险等级", "防控措施", None)
        sh.merge(r, 4, r, 5)
        for i, (point, desc, level, measures) in enumerate(items, 1):
            r = sh.add(i, point, desc, level, measures, None)
            sh.merge(r, 4, r, 5)
            t.point(sh.name, dept, post, who, _tier(post), point, [], HML[level])
        sh.add()
        sh.add("本人签字:", None, "股室负责人签字:", None, "分管领导签字:", None)
        sheets.append(sh)
    return _layout(
        "veterans_personal_sheets", "https://www.cdsjw.gov.cn/gzdt/szdw/content_524312",
        "退役军人事务局 个人岗位廉政风险防控表 after the source's 阳光安置 (量化评分、赋分选岗、补助资金发放 风险排摸): "
        "one sheet per person (tab = name), 姓　名/性　别/出生年月 and 所在股室/职　务/政治面貌 as label/value pairs on "
        "two rows, a 岗位职责 row merged across, 序号/short 风险点/风险表现/风险等级 高/中/低/防控措施; three "
        "signature lines",
        sheets, t,
    )  # fmt: skip


def xinfang_posts_remarks() -> dict:
    unit = "XX区信访局"
    sh = _Sheet("岗位风险", [5, 12, 12, 32, 8, 30, 12, 8])
    t = _Truth(unit)
    sh.title(f"{unit}岗位廉政风险点一览表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险等级", "防控措施", "责任领导", "备注")
    groups = [
        ("来访接待科", [
            ("接访岗", [
                ("对来访群众诉求敷衍推诿,不登记、不转办", "二级", "来访登记全程录入系统,办理情况回访。", None),
                ("接受信访人或利害关系人宴请、财物", "一级", "廉洁接访承诺,接访区视频监控。", "新增"),
            ]),
        ]),
        ("办信科", [
            ("登记转送岗", [
                ("泄露信访人信息或将举报材料转给被举报人", "一级", "信访件保密登记,转送经科长审签。", None),
                ("信访件登记不及时,超期转送", "三级", "办理时限系统预警,每周通报。", None),
            ]),
        ]),
        ("督查督办科", [
            ("督办岗", [
                ("督办走过场,对推诿拖延的责任单位不予通报", "二级", "督办结果台账管理,定期通报。", "等级调整"),
                ("为信访人不当诉求协调利益", "一级", "疑难信访事项集体研究。", None),
            ]),
        ]),
        ("综合科", [
            ("财务岗", [
                ("信访救助资金发放不规范", "二级", "救助资金审批联签,发放名单公示。", None),
            ]),
            ("档案管理岗", [
                ("违规查阅、复制信访档案", "三级", "档案查阅审批登记。", None),
            ]),
        ]),
    ]  # fmt: skip
    watcher = {
        "来访接待科": "分管副局长",
        "办信科": "分管副局长",
        "督查督办科": "局长",
        "综合科": "分管副局长",
    }
    n = 0
    for dept, posts in groups:
        first = len(sh.rows)
        for post, items in posts:
            start = len(sh.rows)
            for point, level, measures, remark in items:
                n += 1
                sh.add(n, dept if len(sh.rows) == first else None,
                       post if len(sh.rows) == start else None, point, level, measures,
                       watcher[dept] if len(sh.rows) == first else None, remark)  # fmt: skip
                t.point(sh.name, dept, post, "", "general", point, [], ORDINAL[level])
            _vmerge(sh, start, len(sh.rows) - 1, (2,))
        _vmerge(sh, first, len(sh.rows) - 1, (1, 6))
    sh.add()
    sh.add("制表:", None, None, "审核:", None, None, "2024年4月", None)
    return _layout(
        "xinfang_posts_remarks", "http://zh.17hubei.com.cn/jxfw/202505/363587.html",
        "信访局 岗位廉政风险点一览表 after the source's 信访工作流程风险点 (信息不对称、信息泄露、处理效率、利益输送): "
        "posts without names, 序号/科室 merged/岗位 merged/风险点/风险等级 一级/二级/三级/防控措施/责任领导 (a role, "
        "merged)/备注 (新增, 等级调整); 制表/审核 line",
        [sh], t,
    )  # fmt: skip


def medins_four_aspects() -> dict:
    unit = "XX县医疗保障局"
    sh = _Sheet("关键岗位", [5, 12, 12, 14, 30, 8, 32])
    t = _Truth(unit)
    sh.title(f"{unit}关键岗位风险点及防控措施清单", 7)
    sh.add("序号", "科室", "关键岗位", "风险类别", "风险点", "风险等级", "防控措施")
    posts = [
        ("待遇保障股", "报销审核岗", [
            ("岗位职责风险", "对不符合医保支付政策的费用予以报销", "高",
             ["报销资料要件逐项比对,诊断类别审核。", "每月随机抽取报销材料复查。"]),
            ("工作流程风险", "零星报销超时办结,群众多次跑腿", "低", ["报销办结时限公开,超时预警。"]),
        ]),
        ("基金财务股", "基金支付岗", [
            ("制度机制风险", "不相容岗位未分离,一人完成支付全流程", "高",
             ["支付经办、审核、审批三岗分离。", "网银操作双人双岗。"]),
            ("岗位职责风险", "大病补充保险基金拨付与业务流不符", "中", ["基金账目与业务流水每月核对。"]),
        ]),
        ("基金监管股", "稽核岗", [
            ("外部环境风险", "稽核中接受定点医药机构宴请、礼品", "中",
             ["稽核两人以上,廉洁告知书送达被稽核单位。", "稽核结果集体审定后公开。"]),
            ("工作流程风险", "智能审核疑点未经人工复核即处理", "低", ["疑点数据人工复核,处理结果留痕。"]),
        ]),
        ("征缴档案股", "征缴档案岗", [
            ("岗位职责风险", "违规调整参保缴费信息", "中", ["缴费信息修改经股长审批,系统留痕。"]),
        ]),
    ]  # fmt: skip
    n = 0
    for dept, post, items in posts:
        first = len(sh.rows)
        for kind, point, level, measures in items:
            n += 1
            start = len(sh.rows)
            for k, m in enumerate(measures):
                if k == 0:
                    sh.add(n, dept if start == first else None, post if start == first else None, kind,
                           point, level, m)  # fmt: skip
                else:
                    sh.add(None, None, None, None, None, None, m)
            _vmerge(sh, start, len(sh.rows) - 1, (0, 3, 4, 5))
            t.point(sh.name, dept, post, "", "general", point, [FOUR_ASPECTS[kind]], HML[level])
        _vmerge(sh, first, len(sh.rows) - 1, (1, 2))
    r = sh.add("说明:风险类别按岗位职责、工作流程、制度机制、外部环境四个方面填写。", *([None] * 6))
    sh.merge(r, 0, r, 6)
    return _layout(
        "medins_four_aspects", "https://www.aqjjjc.gov.cn/html/2023/bumenxinxi_0607/31627.html",
        "医疗保障局 关键岗位风险点及防控措施清单 after the source's 内控评估 (岗位职责、工作流程、制度机制和外部环境4个"
        "方面; 18条关键岗位风险点、24条防控措施): posts without names, 科室/关键岗位 merged, 风险类别 written …风险, a "
        "point with two measures over two rows (序号/类别/风险点/等级 merged over both), 高/中/低; 说明 line",
        [sh], t,
    )  # fmt: skip


def eco_three_kind_ticks() -> dict:
    unit = "XX区环境保护局"
    sh = _Sheet("登记表", [5, 12, 10, 8, 30, 6, 6, 6, 8, 28])
    t = _Truth(unit)
    sh.title(f"{unit}廉政风险点登记表", 10)
    r = sh.add(
        "序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", None, None, "风险等级", "防控措施"
    )
    sh.add(None, None, None, None, None, "思想道德", "制度机制", "岗位职责", None, None)
    for c in (0, 1, 2, 3, 4, 8, 9):
        sh.merge(r, c, r + 1, c)
    sh.merge(r, 5, r, 7)
    people = [
        ("行政审批科", "科长", "聂海波", [
            ("环评审批中降低标准,为不达标项目审批", ("制度机制", "岗位职责"), "Ⅰ级",
             "技术审查与审批分离,审批结果公示。"),
            ("为环评中介机构介绍业务", ("思想道德",), "Ⅱ级", "禁止指定中介,中介信用公开。"),
        ]),
        ("环境监察大队", "执法人员", "包晓军", [
            ("对违法排污企业选择性执法", ("岗位职责",), "Ⅰ级", "交叉执法,处罚集体审议。"),
            ("接受被检查企业宴请、礼品", ("思想道德",), "Ⅱ级", "廉洁执法承诺,执法记录仪全程记录。"),
            ("排污费核定不公", ("制度机制",), "Ⅲ级", "核定结果公示,复核制度。"),
        ]),
        ("财务室", "出纳", "戚敏", [
            ("挪用、坐支现金", ("思想道德", "制度机制"), "Ⅱ级", "现金日清月结,不定期盘点。"),
            ("银行账户管理不规范", ("制度机制",), "Ⅲ级", "账户开设报财政审批,对账单每月核对。"),
        ]),
    ]  # fmt: skip
    n = 0
    for dept, post, who, items in people:
        first = len(sh.rows)
        for point, kinds, level, measures in items:
            n += 1
            ticks = ["√" if k in kinds else None for k in THREE_KINDS]
            head = [dept, post, who] if len(sh.rows) == first else [None, None, None]
            sh.add(n, *head, point, *ticks, level, measures)
            t.point(sh.name, dept, post, who, _tier(post), point, [k for k in THREE_KINDS if k in kinds],
                    ROMAN[level])  # fmt: skip
        _vmerge(sh, first, len(sh.rows) - 1, (1, 2, 3))
    r = sh.add("说明:风险类型在对应栏内打“√”,可多选;风险等级分Ⅰ级、Ⅱ级、Ⅲ级。", *([None] * 9))
    sh.merge(r, 0, r, 9)
    sh.add("科室负责人:", None, None, None, "填表日期:", None, None, None, None, None)
    return _layout(
        "eco_three_kind_ticks", "https://m.wnwk.com/doc/1574870.html",
        "环保局 廉政风险点登记表 after the source's 细则 (思想道德风险、制度机制风险、岗位职责风险; 行政审批权、行政执法权"
        "和人、财、物管理权): a two-row heading, 风险类型 spanning 思想道德 | 制度机制 | 岗位职责 ticked with √ (one or "
        "two a row: the types), 科室/岗位/姓名 merged per person, 风险等级 Ⅰ级…Ⅲ级, 防控措施; 说明 line",
        [sh], t,
    )  # fmt: skip


def community_micro_power() -> dict:
    unit = "XX经济开发区XX社区"
    sh = _Sheet("小微权力清单", [5, 16, 26, 12, 14, 30, 8, 22])
    t = _Truth(unit)
    sh.title(f"{unit}“小微权力”清单及廉洁风险点", 8)
    sh.add(
        "序号", "权力事项", "政策依据", "办理主体", "时间要求", "廉洁风险点", "风险等级", "监督管理"
    )
    rows = [
        ("居务重大事项决策", "《中华人民共和国城市居民委员会组织法》", "社区党委书记", "按“四议两公开”程序办理",
         "不按程序决策,个人说了算", "高"),
        ("社区集体资产管理", "《XX省城乡社区集体资产管理办法》", "社区居委会主任", "每季度公开一次",
         "集体资产出租不公开,低价出租给关系人", "高"),
        ("最低生活保障初审", "《社会救助暂行办法》", "社区民政专干", "受理后10个工作日内完成入户调查",
         "入户调查不实,优亲厚友", "高"),
        ("高龄津贴申报", "《XX市高龄津贴发放办法》", "社区民政专干", "每月5日前汇总上报", "虚报冒领高龄津贴", "中"),
        ("居住证明出具", "《居住证暂行条例》", "社区网格员", "当场办理", "为不实信息出具证明,收取好处", "中"),
        ("困难群众临时救助初审", "《社会救助暂行办法》", "社区居委会主任", "受理后3个工作日内提出初审意见",
         "救助对象不评议、不公示", "中"),
        ("社区公益性岗位人员推荐", "《XX市公益性岗位开发管理办法》", "社区党委书记", "推荐名单公示5天",
         "优先推荐亲属、熟人", "中"),
        ("社区印章使用", "《社区印章管理规定》", "社区网格员", "用印当日登记", "未经审批擅自用印", "低"),
    ]  # fmt: skip
    for i, (power, basis, post, when, point, level) in enumerate(rows, 1):
        sh.add(i, power, basis, post, when, point, level, "社区居务监督委员会、开发区纪检监察工委")
        t.point(sh.name, "", post, "", _tier(post), point, [], HML[level])
    r = sh.add("举报电话:XXXX-XXXXXXX", *([None] * 7))
    sh.merge(r, 0, r, 7)
    return _layout(
        "community_micro_power", "http://wap.ysanlu.cn/p/72309.html",
        "开发区 社区 “小微权力”清单 after the source's 清单事项 (权力事项名称、政策依据、办理主体、操作流程、时间要求、"
        "监督管理): 序号/权力事项/政策依据/办理主体 (the post, no names)/时间要求/廉洁风险点/风险等级 高/中/低/"
        "监督管理 (the same two bodies on every row); 举报电话 line",
        [sh], t,
    )  # fmt: skip


def bank_branch_screening() -> dict:
    unit = "XX农村商业银行XX支行"
    sh = _Sheet("排查登记表", [5, 10, 10, 8, 12, 30, 8, 28, 10])
    t = _Truth(unit)
    sh.title(f"{unit}员工廉洁风险排查登记表", 9)
    sh.add(
        "序号",
        "部门",
        "岗位",
        "员工姓名",
        "重点环节",
        "廉洁风险点",
        "风险等级",
        "防控措施",
        "排查方式",
    )
    groups = [
        ("营业室", [
            ("柜员", "欧阳丽", [
                ("资金交易", "违规办理大额取现,未核实客户身份", "高", "大额取现双人核验,事后监督。", "内部审计"),
                ("客户关系管理", "收受客户红包、礼品", "中", "廉洁从业承诺,举报渠道公开。", "问卷调查"),
            ]),
            ("营业主管", "滕志明", [
                ("资金交易", "授权审核流于形式,违规授权", "高", "授权业务系统留痕,月度抽查。", "内部审计"),
            ]),
        ]),
        ("信贷部", [
            ("客户经理", "武晓东", [
                ("信贷审批", "贷前调查不实,为关系人包装贷款材料", "高", "贷前调查双人实地核查。", "内部审计"),
                ("客户关系管理", "向客户推荐指定中介,收取好处", "中", "禁止员工介绍中介,客户回访。", "员工访谈"),
                ("信息管理", "泄露客户信息", "低", "客户信息查询权限控制,查询日志审计。", "问卷调查"),
            ]),
            ("部门经理", "柏建新", [
                ("信贷审批", "审批中打招呼、降低条件", "高", "贷审会集体审议,审批意见留痕。", "员工访谈"),
            ]),
        ]),
        ("综合部", [
            ("会计", "毛淑芬", [
                ("费用报销", "虚列费用,报销不合规票据", "中", "费用报销分级审批,票据真伪查验。", "内部审计"),
                ("印章管理", "重要空白凭证和印章保管不当", "低", "印章、凭证分人保管,交接登记。", "员工访谈"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for dept, people in groups:
        first = len(sh.rows)
        for post, who, items in people:
            start = len(sh.rows)
            for step, point, level, measures, how in items:
                n += 1
                sh.add(n, dept if len(sh.rows) == first else None, post if len(sh.rows) == start else None,
                       who if len(sh.rows) == start else None, step, point, level, measures, how)  # fmt: skip
                t.point(sh.name, dept, post, who, _tier(post), point, [], HML[level])
            _vmerge(sh, start, len(sh.rows) - 1, (2, 3))
        _vmerge(sh, first, len(sh.rows) - 1, (1,))
    sh.add()
    sh.add("支行行长(签字):", None, None, None, "排查人:", None, "2024年5月", None, None)
    return _layout(
        "bank_branch_screening", "http://lszzoa.com/post/183290.html",
        "农商银行支行 员工廉洁风险排查登记表 after the source's 员工廉洁风险排查 (各部门、各岗位; 资金交易、信贷审批、"
        "客户关系管理; 内部审计、问卷调查、员工访谈): 序号/部门 merged/岗位/员工姓名 merged per person/重点环节/廉洁"
        "风险点/风险等级 高/中/低/防控措施/排查方式; 支行行长(签字) line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    health_self_and_approved(),
    registry_post_duty_cell(),
    meteo_county_keshi(),
    civil_affairs_subtotals(),
    emergency_gushi_tabs(),
    veterans_personal_sheets(),
    xinfang_posts_remarks(),
    medins_four_aspects(),
    eco_three_kind_ticks(),
    community_micro_power(),
    bank_branch_screening(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` (re-saved copies ``resaved/b19_*``)."""
    return _build(outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX)


if __name__ == "__main__":
    import sys

    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch19-inbox"))

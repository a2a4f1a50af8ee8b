"""A twenty-ninth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: COLUMN ORDER AND SHAPE that differ from the usual — the
columns an office moves about, splits or adds when it makes the table its own — in 国有企业
subsidiaries, 高校 院系/处室, 开发区管委会 and 公共资源交易中心:

- a 城投 subsidiary's 防控表 whose 防控措施 column stands BEFORE the 廉洁风险点 column, the level last;
- a 学院 一览表 whose 风险等级 stands directly after 序号, and a 岗位职责 column of duty sentences
  (not types) before the 廉政风险点;
- a 公共资源交易中心 排查表 (对岗不对人) with two header rows: 风险类型 merged over five type
  columns and 风险等级 merged over 高/中/低, each answered with ``√``;
- a 开发区管委会 责任表 with 姓名 (the holder), a 权力事项 column before the 风险点, and two name
  columns after the measures: 防控责任人 (the 部门 head, for most rows not the holder) and 监督责任人
  (the 分管副主任, merged over two 部门);
- a 大学 设备与实验室管理处 表 (对岗不对人, the 处 named in the title) whose 风险等级 stands before the
  risk and is written ``★★★``/``★★☆``/``★☆☆``, with a 注 legend;
- a 县公共资源交易中心 排查表 whose levels are the digits 3/2/1 and whose 注 says 3 is 高 (a score:
  the higher, the riskier — the opposite of 一级 being highest);
- a 路桥 subsidiary's 排查表 with ONE header row in which the five type names are column headings
  (no 风险类型 heading over them), ``√`` under them, and levels 一级/二级/三级;
- a 高新区管委会 表 whose 风险等级 is three tick columns 高/中/低 directly after 序号 under a merged
  heading, the holder in a 责任人 column;
- a 大学 招标采购中心 台账 with no 序号 whose FIRST column is the level (一级风险/二级风险/三级风险)
  merged down over its group, the holders' rows scattered across the groups, and a 监督责任人
  column naming watchers (one of them a holder too).

One is harder:

- ``infra_matrix_header``: a 大学 基建处 表 with two header rows (岗位信息 / 风险识别 / 风险评估 /
  防控措施 over their sub-columns) whose 风险评估 group holds THREE 高/中/低 columns — 发生概率,
  危害程度 and 风险等级 — of which only 风险等级 is the level; 防控措施 split 前期预防/中期监控/后期处置.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; most of these pages describe their subject in prose (a study of 城投 项目投资
和工程管理, of 高校学生工作 廉政风险, of 高校招标采购, a 公共资源交易平台 service standard, news of
交易中心 评标区 measures, of 开发区 腐败治理, a 国企 重点领域 做法, a 高校 廉政风险防控 办法, a 高校
处室 手册) and the layout follows their words for the unit, its parts, its posts and its risks.
The rows are worded by us, the names invented.

Run ``python tests/published/score.py --set batch29`` and do not tune the reader against it, or it
stops being held out. No LibreOffice re-saved copies are kept for this batch (prefix ``b29_``).

Judgement calls this batch leans on, beyond those of the earlier batches:

- a column's place does not change what it is: 防控措施 before the risk is still the measures,
  风险等级 right after 序号 (or first of all) is still the level;
- a 岗位职责 column of duty sentences is what the post does, not the risk type;
- a ``√`` under a type name is that type (several may be ticked), under 高/中/低 that level,
  whether or not a group heading stands above the tick columns;
- ``★★★``/``★★☆``/``★☆☆`` are 高/中/低 (the sheet's 注 says so; the hollow stars fill the scale);
- digits in a 风险等级 column follow the sheet's 注: here ``3`` is 高 (level 1) and ``1`` is 低 (3);
- of three 高/中/低 columns under 风险评估, the one headed 风险等级 is the level; 发生概率 and
  危害程度 are what it was judged from;
- 防控责任人 and 监督责任人 columns of names beside a 姓名 column are watchers, never holders (the
  holder is the 姓名 even where his own name stands as 防控责任人 too);
- a 处/学院 named in the title after the 大学 is the 科室 of every post under that title.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``layouts.write_xlsx``) and writes
``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b29_"
TICK = "√"
TYPES = ("思想道德", "制度机制", "岗位职责", "业务流程", "外部环境")
ORDINAL = {"一级": 1, "二级": 2, "三级": 3}
STARS = {"★★★": 1, "★★☆": 2, "★☆☆": 3}
SCORE = {3: 1, 2: 2, 1: 3}  # the 注 of trading_score_digits: 3 is 高, 1 is 低
TIER = {"部长": "middle", "主任": "middle", "局长": "middle", "股长": "middle",
        "处长": "middle", "科长": "middle", "工程科科长": "middle", "学工办主任": "middle",
        "中队长": "middle", "党委副书记": "leader"}  # fmt: skip


def _tier(post: str) -> str:
    return TIER.get(post, "general")


def _merge_runs(
    sh: _Sheet, first: int, spans: list[tuple[tuple[int, ...], tuple[int, ...]]]
) -> None:
    """For each ``(keys, cols)``: merge ``cols`` down each run of rows from ``first`` with equal
    values in ``keys`` (no run of blanks); the runs are all found before any is merged."""
    last = len(sh.rows) - 1
    found = []
    for keys, cols in spans:
        r = first
        while r <= last:
            key = tuple(sh.rows[r][c] for c in keys)
            e = r
            while e < last and tuple(sh.rows[e + 1][c] for c in keys) == key:
                e += 1
            if e > r and all(v is not None for v in key):
                found.append((r, e, cols))
            r = e + 1
    for r, e, cols in found:
        for c in cols:
            for k in range(r + 1, e + 1):
                sh.rows[k][c] = None
            sh.merges.append((r, c, e, c))


# --------------------------------------------------------------------------- harder layout


def infra_matrix_header() -> dict:
    unit = "XX理工大学"
    dept = "基建处"
    sh = _Sheet("基建处", [5, 10, 8, 30, 12, 7, 7, 7, 22, 22, 22])
    t = _Truth(unit)
    sh.title(f"{unit}{dept}岗位廉政风险防控表", 11)
    r = sh.add("序号", "岗位信息", None, "风险识别", None, "风险评估", None, None, "防控措施", None,
               None)  # fmt: skip
    sh.add(None, "岗位", "姓名", "风险点", "风险类型", "发生概率", "危害程度", "风险等级",
           "前期预防", "中期监控", "后期处置")  # fmt: skip
    sh.merge(r, 0, r + 1, 0)
    for c0, c1 in ((1, 2), (3, 4), (5, 7), (8, 10)):
        sh.merge(r, c0, r, c1)
    rows = [
        ("处长", "范志诚", "工程项目立项论证不充分,化整为零规避招标", "制度机制风险", "中", "高", "高",
         "立项前组织专家论证,限额以上项目一律进场招标。", "纪委全程参与招标过程。",
         "项目决算后开展专项审计。"),
        ("处长", "范志诚", "插手工程分包,为亲友承揽工程提供便利", "思想道德风险", "低", "高", "中",
         "签订廉洁承诺书,申报亲属从业情况。", "分包合同报学校备案。", "发现问题按规定追责。"),
        ("工程科科长", "邵庆丰", "设计变更和现场签证审核不严", "岗位职责风险、业务流程风险", "高", "中",
         "高", "明确变更分级审批权限。", "签证实行监理、跟审、工程科三方会签。", "签证资料结算时逐项复核。"),
        ("工程科科长", "邵庆丰", "隐蔽工程验收不到位", "岗位职责风险", "中", "中", "中",
         "制定隐蔽工程验收清单。", "验收留存影像资料。", "质量问题限期整改销号。"),
        ("预决算员", "童雅琴", "工程结算审核与施工单位串通,多算工程量", "外部环境风险", "中", "高", "高",
         "结算审核委托第三方造价机构。", "审核结果与跟审数据比对。", "审计处抽查结算项目。"),
        ("预决算员", "童雅琴", "送审资料不完整,影响审计结论", "制度机制风险", "中", "低", "低",
         "建立送审资料清单。", "资料移交双人签字。", "审计意见整改跟踪。"),
        ("维修管理员", "毛国庆", "零星维修工程虚报工程量", "业务流程风险", "高", "低", "中",
         "维修项目先报批后施工。", "维修现场拍照留存。", "每季度抽查维修项目。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, point, typ, prob, harm, level, pre, mid, post_) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, prob, harm, level, pre, mid, post_)
        t.point(sh.name, dept, post, who, _tier(post), point, types_in(typ), HML[level])
    _merge_runs(sh, first, [((1, 2), (1, 2))])
    sh.add()
    sh.add(
        "处长签字:", None, None, "学校纪委审核:", None, None, None, None, "2024年6月", None, None
    )
    return _layout(
        "infra_matrix_header", "https://jiwei.xaut.edu.cn/info/1008/2117.htm",
        "(harder) 大学 基建处 岗位廉政风险防控表 after the source's 高校 廉政风险防控管理办法 (查找岗位风险, 确定风险点"
        "及其风险等级, 前期预防、中期监控、后期处置): the 处 named in the title after the 大学; two header rows — 序号 merged "
        "down, 岗位信息 over 岗位/姓名, 风险识别 over 风险点/风险类型 (…风险), 风险评估 over THREE 高/中/低 columns "
        "发生概率/危害程度/风险等级 (only the last the level), 防控措施 over 前期预防/中期监控/后期处置; 岗位/姓名 merged "
        "per person; sign-off line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- other layouts


def soe_measures_first() -> dict:
    unit = "XX城投建设开发有限公司"
    sh = _Sheet("廉洁风险", [5, 12, 10, 8, 36, 30, 8])
    t = _Truth(unit)
    sh.title(f"{unit}岗位廉洁风险防控表", 7)
    sh.add("序号", "部门", "岗位", "姓名", "防控措施", "廉洁风险点", "风险等级")
    rows = [
        ("工程管理部", "部长", "胡建明", "设计变更实行分级审批,超过合同价5%的报总经理办公会研究。",
         "设计变更审批把关不严,借变更增加工程造价", "高"),
        ("工程管理部", "部长", "胡建明", "隐蔽工程验收由监理、跟踪审计和工程管理部三方到场签字。",
         "隐蔽工程验收走过场,与施工单位串通虚报工程量", "高"),
        ("工程管理部", "现场工程师", "秦晓峰", "现场签证一事一签,附影像资料,月底汇总复核。",
         "现场签证不实,收受施工单位好处", "中"),
        ("招标采购部", "部长", "蔡文静", "招标文件经法务和纪检联合审查,不得设置倾向性资格条件。",
         "招标文件量身定制,排斥潜在投标人", "高"),
        ("招标采购部", "部长", "蔡文静", "供应商入库资料公开,年度考评结果公示。",
         "供应商入库审核不严,优亲厚友", "中"),
        ("财务部", "出纳", "邓丽娜", "网银支付制单、复核分离,U盾分人保管。", "资金支付未经审批,挪用公款", "中"),
        ("财务部", "出纳", "邓丽娜", "每月与银行对账,财务部长监盘库存现金。", "现金管理不规范,公款私存", "低"),
        ("综合办公室", "主任", "余国栋", "公务用车实行派车单制度,加油卡与车辆绑定。",
         "公务用车私用,虚报车辆费用", "低"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, measures, point, level) in enumerate(rows, 1):
        sh.add(n, dept, post, who, measures, point, level)
        t.point(sh.name, dept, post, who, _tier(post), point, [], HML[level])
    _merge_runs(sh, first, [((1,), (1,)), ((1, 2, 3), (2, 3))])
    sh.add()
    sh.add("公司纪委审核:", None, None, None, "填报日期:2024年3月", None, None)
    return _layout(
        "soe_measures_first", "https://arrating.cn/yanjiuchengguofabu/17214.html",
        "城投 subsidiary 岗位廉洁风险防控表 after the source's study of 城投公司 项目投资和工程管理 (设计变更, 签证, "
        "招标, 资金): 序号/部门 merged/岗位/姓名 merged per person, then 防控措施 BEFORE 廉洁风险点, 风险等级 高/中/低 "
        "in the last column; 纪委审核 line",
        [sh], t,
    )  # fmt: skip


def college_level_after_serial() -> dict:
    unit = "XX师范大学"
    dept = "经济管理学院"
    sh = _Sheet("学院", [5, 8, 12, 8, 26, 30, 32])
    t = _Truth(unit)
    sh.title(f"{unit}{dept}岗位廉政风险防控一览表", 7)
    sh.add("序号", "风险等级", "岗位", "姓名", "岗位职责", "廉政风险点", "防控措施")
    rows = [
        ("高", "党委副书记", "郑海涛", "分管学生工作、共青团工作", "奖助学金评审中打招呼,干预评审结果",
         "评审实行学院评审小组集体决定,结果公示五个工作日。"),
        ("中", "党委副书记", "郑海涛", "分管学生工作、共青团工作", "学生违纪处分从轻处理、说情",
         "处分决定经学院党政联席会研究。"),
        ("中", "学工办主任", "宋佳怡", "组织奖助学金、困难补助评定和评优评先", "家庭经济困难学生认定把关不严,优亲厚友",
         "认定实行班级评议、年级审核、学院复核三级程序。"),
        ("低", "学工办主任", "宋佳怡", "组织奖助学金、困难补助评定和评优评先", "评优推荐名单未经公示即上报",
         "推荐名单在学院网站公示。"),
        ("中", "辅导员", "唐立军", "负责所带年级学生日常管理和综合测评", "综合测评加分弄虚作假",
         "加分材料由测评小组集体审核并公示。"),
        ("低", "辅导员", "唐立军", "负责所带年级学生日常管理和综合测评", "收受学生及家长礼品礼金",
         "开展廉洁从教承诺,节前廉洁提醒。"),
        ("高", "教学秘书", "韦晓丹", "负责成绩录入、调停课和考务安排", "擅自修改学生考试成绩",
         "成绩修改须任课教师申请、主管院长审批并留痕。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (level, post, who, duty, point, measures) in enumerate(rows, 1):
        sh.add(n, level, post, who, duty, point, measures)
        t.point(sh.name, dept, post, who, _tier(post), point, [], HML[level])
    _merge_runs(sh, first, [((2, 3), (2, 3, 4))])
    sh.add()
    sh.add("学院党委(盖章):", None, None, None, "学校纪委审核:", None, None)
    return _layout(
        "college_level_after_serial", "https://fx361.cc/page/2023/1030/22839875.shtml",
        "学院 岗位廉政风险防控一览表 after the source's study of 高校学生工作 廉政风险 (奖助学金评审, 困难学生认定, 评优"
        "评先, 违纪处分): the 学院 named in the title after the 大学; 风险等级 高/中/低 directly after 序号; 岗位/姓名 "
        "merged per person; a 岗位职责 column of duty sentences (merged per person) before the 廉政风险点; 盖章/审核 line",
        [sh], t,
    )  # fmt: skip


def trading_center_ticks() -> dict:
    unit = "XX市公共资源交易中心"
    sh = _Sheet("风险点", [5, 12, 12, 30, 5, 5, 5, 5, 5, 4, 4, 4, 30])
    t = _Truth(unit)
    sh.title(f"{unit}岗位廉政风险点排查表", 13)
    r = sh.add("序号", "部室", "岗位", "风险点", "风险类型", None, None, None, None, "风险等级", None,
               None, "防控措施")  # fmt: skip
    sh.add(None, None, None, None, *TYPES, "高", "中", "低", None)
    for c in (0, 1, 2, 3, 12):
        sh.merge(r, c, r + 1, c)
    sh.merge(r, 4, r, 8)
    sh.merge(r, 9, r, 11)
    rows = [
        ("交易服务部", "项目受理岗", "项目登记时对资料不全的项目违规受理", ("岗位职责", "业务流程"), "中",
         "受理清单一次性告知,系统校验必备资料。"),
        ("交易服务部", "项目受理岗", "开标前向潜在投标人泄露项目信息", ("思想道德", "外部环境"), "高",
         "项目信息分级授权查看,操作全程留痕。"),
        ("交易服务部", "场地安排岗", "开评标场地安排优亲厚友,人为调整开标时间", ("岗位职责",), "低",
         "场地由系统自动排期,调整须书面申请。"),
        ("专家管理部", "专家抽取岗", "泄露评标专家名单", ("思想道德", "外部环境"), "高",
         "专家名单加密封存,开标前半小时解密。"),
        ("专家管理部", "专家抽取岗", "违规补抽或指定评标专家", ("制度机制", "业务流程"), "高",
         "补抽须经监督部门现场确认,系统随机抽取。"),
        ("见证监督部", "现场见证岗", "对评标现场违规行为不制止、不记录", ("岗位职责",), "中",
         "见证记录当日归档,视频同步留存。"),
        ("财务部", "保证金管理岗", "投标保证金退还不及时或违规退还", ("制度机制", "业务流程"), "中",
         "保证金按中标公告自动原路退还。"),
        ("财务部", "保证金管理岗", "挪用保证金专户资金", ("思想道德",), "高", "专户资金按月对账,审计抽查。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, point, types, level, measures) in enumerate(rows, 1):
        type_ticks = [TICK if k in types else None for k in TYPES]
        level_ticks = [TICK if k == level else None for k in ("高", "中", "低")]
        sh.add(n, dept, post, point, *type_ticks, *level_ticks, measures)
        t.point(sh.name, dept, post, "", _tier(post), point, list(types), HML[level])
    _merge_runs(sh, first, [((1,), (1,)), ((1, 2), (2,))])
    sh.add()
    sh.add("中心纪检组审核:", None, None, "2024年4月", *([None] * 9))
    return _layout(
        "trading_center_ticks", "http://www.mydoc123.com/d-1507658.html",
        "公共资源交易中心 岗位廉政风险点排查表 after the source's 公共资源交易平台服务规范 (项目登记, 场地安排, 专家抽取, "
        "保证金管理, 见证服务): 对岗不对人 (部室/岗位, no names); two header rows — 风险类型 merged over five type "
        "columns and 风险等级 merged over 高/中/低, a √ under each type that applies and under the level; 部室 and "
        "岗位 merged; 审核 line",
        [sh], t,
    )  # fmt: skip


def devzone_control_supervise_names() -> dict:
    unit = "XX经济开发区管理委员会"
    sh = _Sheet("风险防控", [5, 12, 12, 8, 16, 28, 7, 30, 9, 9])
    t = _Truth(unit)
    sh.title(f"{unit}岗位廉政风险防控责任表", 10)
    sh.add("序号", "部门", "岗位", "姓名", "权力事项", "风险点", "风险等级", "防控措施", "防控责任人",
           "监督责任人")  # fmt: skip
    depts = [
        ("招商服务局", "祁永刚", "丁慧敏", [
            ("局长", "祁永刚", "招商引资项目准入", "降低准入门槛引进不达标项目,收受企业好处", "高",
             "项目准入经投资评审会集体评审。"),
            ("局长", "祁永刚", "招商优惠政策兑现", "违规承诺、超标准兑现优惠政策", "高",
             "政策兑现按协议逐项核查,结果公示。"),
            ("招商专员", "罗晓晴", "项目洽谈对接", "泄露招商底线条件,接受客商宴请", "中",
             "洽谈两人以上参加,洽谈记录存档。"),
        ]),
        ("规划建设局", "汤文斌", "石建华", [
            ("局长", "汤文斌", "建设工程规划许可", "违规调整容积率等规划指标", "高",
             "规划指标调整报规委会审议并公示。"),
            ("工程管理员", "黎志远", "园区基础设施工程监管", "对施工质量问题放任不管,违规签认工程量", "中",
             "工程量签认实行监理、跟审双复核。"),
            ("工程管理员", "黎志远", "工程款拨付审核", "超进度审核拨付工程款", "中",
             "工程款按形象进度拨付,财政评审把关。"),
        ]),
        ("土地储备中心", "鲍海燕", "石建华", [
            ("主任", "鲍海燕", "土地收储补偿", "虚增地上附着物,多付补偿款", "高",
             "附着物清点录像,补偿方案集体研究。"),
            ("业务员", "简丽萍", "评估报告审核", "与评估机构串通抬高评估价", "中",
             "评估机构随机选取,评估报告复审。"),
            ("业务员", "简丽萍", "补偿台账管理", "补偿台账登记不实", "低", "台账与拨付凭证逐笔核对。"),
        ]),
    ]  # fmt: skip
    first, n = len(sh.rows), 0
    for dept, head, deputy, items in depts:
        for post, who, power, point, level, measures in items:
            n += 1
            sh.add(n, dept, post, who, power, point, level, measures, head, deputy)
            t.point(sh.name, dept, post, who, _tier(post), point, [], HML[level])
    # 部门 and its 防控责任人 merged per 部门, 岗位/姓名 per person; the 监督责任人 over each run
    # of one 分管副主任 (石建华 over two 部门)
    _merge_runs(sh, first, [((1,), (1, 8)), ((1, 2, 3), (2, 3)), ((9,), (9,))])
    sh.add()
    sh.add("管委会纪检监察工委审核:", None, None, None, None, "2024年5月", None, None, None, None)
    return _layout(
        "devzone_control_supervise_names", "http://lzfz.org.cn/show-99631.html",
        "开发区管委会 岗位廉政风险防控责任表 after the source's report on 开发区建设领域 腐败治理 (招商引资, 工程建设, "
        "土地收购): 部门 merged/岗位/姓名 merged per person/权力事项 before 风险点/高中低/防控措施, then two name columns "
        "— 防控责任人 (the 部门 head, merged per 部门: the holder only on his own rows) and 监督责任人 (the 分管副主任, "
        "merged over two 部门); 纪检监察工委审核 line",
        [sh], t,
    )  # fmt: skip


def lab_office_hollow_stars() -> dict:
    unit = "XX大学"
    dept = "设备与实验室管理处"
    sh = _Sheet("风险点", [5, 14, 9, 34, 34])
    t = _Truth(unit)
    sh.title(f"{unit}{dept}廉政风险点及防控措施表", 5)
    sh.add("序号", "岗位", "风险等级", "廉政风险点", "防控措施")
    rows = [
        ("处长", "★★★", "大型仪器设备购置论证走过场,倾向特定品牌", "论证会邀请校外专家,论证意见存档。"),
        ("处长", "★★☆", "实验室建设经费分配不公", "经费分配方案经处务会研究并公开。"),
        ("采购管理岗", "★★★", "网上竞价采购设置排他性参数", "技术参数经使用单位和采购科共同确认。"),
        ("采购管理岗", "★★☆", "货比三家采购只找关系供应商报价", "询价供应商从供应商库随机选取。"),
        ("资产管理岗", "★★★", "报废设备拍卖处置时低价处理给关系人", "报废设备委托拍卖机构公开拍卖。"),
        ("资产管理岗", "★☆☆", "固定资产报增不及时,账实不符", "每年开展资产清查,账实核对。"),
        ("验收岗", "★★☆", "验收时降低标准,接受供应商礼品", "验收小组三人以上,使用单位参加。"),
        ("实验室安全岗", "★☆☆", "危险化学品申购审批把关不严", "申购实行学院、处两级审批。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, stars, point, measures) in enumerate(rows, 1):
        sh.add(n, post, stars, point, measures)
        t.point(sh.name, dept, post, "", _tier(post), point, [], STARS[stars])
    _merge_runs(sh, first, [((1,), (1,))])
    sh.add()
    r = sh.add(
        "注:风险等级以星级表示,★★★为高风险,★★☆为中风险,★☆☆为低风险。", None, None, None, None
    )
    sh.merge(r, 0, r, 4)
    return _layout(
        "lab_office_hollow_stars", "https://sbc.sysu.edu.cn/article/146",
        "大学 设备与实验室管理处 廉政风险点及防控措施表 after the source's 处 廉政风险防控管理工作手册 (贵重仪器设备购置"
        "论证, 网上竞价采购, 货比三家, 报废设备拍卖处置, 验收, 危化品申购): 对岗不对人, the 处 named in the title after "
        "the 大学; 岗位 merged; 风险等级 BEFORE 廉政风险点, written ★★★/★★☆/★☆☆ (hollow stars fill the scale); "
        "注 legend below",
        [sh], t,
    )  # fmt: skip


def trading_score_digits() -> dict:
    unit = "XX县公共资源交易中心"
    sh = _Sheet("排查表", [5, 10, 10, 8, 34, 8, 32])
    t = _Truth(unit)
    sh.title(f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("综合股", "股长", "戴明辉", "交易平台系统权限管理混乱,违规开设账号", 2, "账号开设经分管领导审批,每季度清理。"),
        ("综合股", "股长", "戴明辉", "档案借阅不登记,泄露投标人信息", 1, "档案借阅登记,涉密资料不外借。"),
        ("交易股", "股长", "尹秀兰", "开标前泄露投标人名称和数量", 3, "投标文件电子加密,开标前不可查看。"),
        ("交易股", "股长", "尹秀兰", "发现围标串标迹象不报告", 3, "异常投标情况当日报行业监管部门。"),
        ("交易股", "工作人员", "霍振宇", "评标区门禁管理不严,放无关人员进入", 2, "评标区二道门禁,人脸识别进入。"),
        ("信息股", "工作人员", "邱文婷", "交易公告发布前擅自修改内容", 2, "公告发布实行三审制。"),
        ("信息股", "工作人员", "邱文婷", "中标结果公示时间不足", 1, "公示期限由系统自动控制。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, score, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, score, measures)
        t.point(sh.name, dept, post, who, _tier(post), point, [], SCORE[score])
    _merge_runs(sh, first, [((1,), (1,)), ((1, 2, 3), (2, 3))])
    sh.add()
    r = sh.add(
        "注:风险等级按发生可能性和危害程度评定,3为高风险,2为中风险,1为低风险。", *([None] * 6)
    )
    sh.merge(r, 0, r, 6)
    sh.add("填表人:", None, None, "审核人:", None, None, None)
    return _layout(
        "trading_score_digits", "http://www.1189444.com/art/2025/10/31/art_7588_4376707.html",
        "县公共资源交易中心 岗位廉政风险点排查表 after the source's news of a 交易中心's 评标区 measures (二道门禁, 人脸"
        "识别, 专家隔离, 信息零外泄): 股室 merged/岗位/姓名 merged per person/风险点/风险等级 as the numbers 3/2/1 "
        "with a 注 saying 3为高风险 … 1为低风险 (higher is riskier)/防控措施; 填表人/审核人 line",
        [sh], t,
    )  # fmt: skip


def soe_type_name_columns() -> dict:
    unit = "XX路桥建设有限公司"
    sh = _Sheet("排查表", [5, 12, 8, 8, 30, 5, 5, 5, 5, 5, 8, 30])
    t = _Truth(unit)
    sh.title(f"XX交通投资集团所属{unit}岗位廉洁风险排查表", 12)
    sh.add("序号", "部门", "岗位", "姓名", "风险点", *TYPES, "风险等级", "防控措施")
    rows = [
        ("物资设备部", "部长", "孟凡伟", "物资采购询价比价走形式,指定供应商", ("岗位职责", "外部环境"), "一级",
         "询价不少于三家,询价记录随采购单归档。"),
        ("物资设备部", "部长", "孟凡伟", "材料进场验收数量、质量把关不严", ("业务流程",), "二级",
         "进场材料监理见证取样,验收单三方签字。"),
        ("物资设备部", "材料员", "舒晓明", "收受供应商回扣,虚开收料单", ("思想道德",), "一级",
         "收料单与过磅单、发票三单核对。"),
        ("工程技术部", "部长", "贺立新", "工程变更和现场签证弄虚作假", ("制度机制", "业务流程"), "一级",
         "变更签证按权限审批,资料影像留存。"),
        ("人力资源部", "部长", "龙婷", "员工招聘暗箱操作,违规录用关系人员", ("思想道德", "制度机制"), "二级",
         "招聘方案报集团备案,笔试面试全程录像。"),
        ("人力资源部", "部长", "龙婷", "薪酬绩效核定不公", ("制度机制",), "三级", "绩效考核结果公示。"),
        ("财务部", "会计", "万新宇", "大额资金支付未按权限审批", ("制度机制",), "一级", "大额支付集体决策、双人复核。"),
        ("财务部", "会计", "万新宇", "费用报销票据审核不严", ("岗位职责",), "三级", "报销票据逐张查验真伪。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, types, level, measures) in enumerate(rows, 1):
        ticks = [TICK if k in types else None for k in TYPES]
        sh.add(n, dept, post, who, point, *ticks, level, measures)
        t.point(sh.name, dept, post, who, _tier(post), point, list(types), ORDINAL[level])
    _merge_runs(sh, first, [((1,), (1,)), ((1, 2, 3), (2, 3))])
    sh.add()
    sh.add("公司纪委书记:", None, None, None, "填报时间:2024年5月", *([None] * 7))
    return _layout(
        "soe_type_name_columns", "https://maok.cn/index.php?c=preview&id=161160&s=news",
        "交通投资集团所属 路桥 subsidiary 岗位廉洁风险排查表 after the source's account of a 国企's 重点领域 风险防控 "
        "(物资采购, 选人用人, 工程变更和现场签证, 大额资金支付): ONE header row in which the five type names "
        "思想道德/制度机制/岗位职责/业务流程/外部环境 are column headings of their own (no 风险类型 heading above), a √ "
        "under each that applies; 部门 merged, 岗位/姓名 merged per person; levels 一级/二级/三级; 纪委书记 line",
        [sh], t,
    )  # fmt: skip


def devzone_tick_levels_left() -> dict:
    unit = "XX高新技术产业开发区管理委员会"
    sh = _Sheet("风险点", [5, 4, 4, 4, 12, 12, 8, 30, 30])
    t = _Truth(unit)
    sh.title(f"{unit}岗位廉政风险点一览表", 9)
    r = sh.add("序号", "风险等级", None, None, "部门", "岗位", "责任人", "风险点", "防控措施")
    sh.add(None, "高", "中", "低", None, None, None, None, None)
    for c in (0, 4, 5, 6, 7, 8):
        sh.merge(r, c, r + 1, c)
    sh.merge(r, 1, r, 3)
    rows = [
        ("高", "经济发展局", "局长", "鲁志强", "企业扶持资金申报审核把关不严", "扶持资金申报材料第三方审计,结果公示。"),
        ("中", "经济发展局", "局长", "鲁志强", "科技项目评审中打招呼、递条子", "评审专家随机抽取,评审意见存档。"),
        ("低", "经济发展局", "科员", "朱婉清", "统计数据报送弄虚作假", "统计数据与税务、电力数据比对。"),
        ("高", "行政审批局", "局长", "廖俊峰", "为不符合条件的企业办理审批", "审批要件清单公开,审批结果网上可查。"),
        ("中", "行政审批局", "窗口人员", "温佳琪", "办件推诿拖延、吃拿卡要", "办件超时自动预警,好差评公开。"),
        ("低", "行政审批局", "窗口人员", "温佳琪", "泄露企业申报信息", "申报材料查阅权限分级管理。"),
        ("高", "综合执法局", "中队长", "严卫东", "对违法建设查处不力,以罚代管", "查处案件集体审议,执法全过程记录。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (level, dept, post, who, point, measures) in enumerate(rows, 1):
        ticks = [TICK if k == level else None for k in ("高", "中", "低")]
        sh.add(n, *ticks, dept, post, who, point, measures)
        t.point(sh.name, dept, post, who, _tier(post), point, [], HML[level])
    _merge_runs(sh, first, [((4,), (4,)), ((4, 5, 6), (5, 6))])
    sh.add()
    sh.add("管委会党工委(盖章)", None, None, None, None, None, None, "2024年4月", None)
    return _layout(
        "devzone_tick_levels_left", "https://www.qinfeng.gov.cn/info/2101/183394.htm",
        "高新区管委会 岗位廉政风险点一览表 after the source's interview on 开发区 廉政风险 (项目集中, 资金富集, 政策弹性大;"
        " 审批权、执法权): two header rows, 风险等级 merged over 高/中/低 tick columns DIRECTLY AFTER 序号 (a √ in "
        "one), then 部门 merged/岗位/责任人 (the holder) merged per person/风险点/防控措施; 盖章 line",
        [sh], t,
    )  # fmt: skip


def tender_center_level_first() -> dict:
    unit = "XX医科大学"
    dept = "招标采购中心"
    sh = _Sheet("台账", [10, 12, 8, 34, 32, 10])
    t = _Truth(unit)
    sh.title(f"{unit}{dept}廉政风险防控台账", 6)
    sh.add("风险等级", "岗位", "姓名", "风险点", "防控措施", "监督责任人")
    groups = [
        ("一级风险", "蒋振华", [
            ("主任", "柯文涛", "采购需求论证时设定倾向性技术参数", "需求论证邀请校外专家,参数公开征求意见。"),
            ("主任", "柯文涛", "干预评审专家独立评审", "评审现场封闭管理,全程录音录像。"),
            ("采购专员", "阮丽萍", "与供应商串通,泄露采购预算和评审信息", "采购信息分级管理,签订保密承诺。"),
        ]),
        ("二级风险", "覃海波", [
            ("采购专员", "阮丽萍", "单一来源采购论证把关不严", "单一来源采购公示并经采购领导小组审议。"),
            ("合同管理员", "晏子豪", "合同签订内容与招标文件实质性不符", "合同文本经法律顾问审核。"),
            ("主任", "柯文涛", "化整为零规避公开招标", "年度采购计划统筹,同类项目合并采购。"),
        ]),
        ("三级风险", "柯文涛", [
            ("合同管理员", "晏子豪", "采购档案归档不及时、不完整", "项目结束一个月内归档,定期检查。"),
            ("采购专员", "阮丽萍", "质疑投诉答复超时", "质疑答复时限系统提醒。"),
        ]),
    ]  # fmt: skip
    for level, watcher, items in groups:
        first = len(sh.rows)
        for post, who, point, measures in items:
            sh.add(level, post, who, point, measures, watcher)
            t.point(sh.name, dept, post, who, _tier(post), point, [], ORDINAL[level[:2]])
        _merge_runs(sh, first, [((0,), (0,)), ((5,), (5,))])
    sh.add()
    r = sh.add(
        "注:一级风险由分管校领导监督,二级风险由纪委办公室监督,三级风险由中心主任监督。",
        *([None] * 5),
    )
    sh.merge(r, 0, r, 5)
    return _layout(
        "tender_center_level_first", "http://epaper.csjrw.cn/csjrb/20260107/html/content_20260107007002.htm",
        "大学 招标采购中心 廉政风险防控台账 after the source's article on 高校招标采购 廉政风险防控 (需求论证, 倾向性"
        "参数, 评审干预, 单一来源, 合同签订): no 序号; the FIRST column is the level 一级风险/二级风险/三级风险 merged "
        "down over its group, so one holder's rows are scattered across groups; 岗位/姓名 on every row; a 监督责任人 "
        "column merged per group naming watchers (the 三级 one, 柯文涛, is a holder too); 注 line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    infra_matrix_header(),
    soe_measures_first(),
    college_level_after_serial(),
    trading_center_ticks(),
    devzone_control_supervise_names(),
    lab_office_hollow_stars(),
    trading_score_digits(),
    soe_type_name_columns(),
    devzone_tick_levels_left(),
    tender_center_level_first(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` (re-saved copies ``resaved/b29_*``, none kept)."""
    return _build(outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX)


if __name__ == "__main__":
    import sys

    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch29-inbox"))

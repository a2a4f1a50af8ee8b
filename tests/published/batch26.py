"""A twenty-sixth batch of layouts modelled on published tables, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: sectors the earlier batches drew on little, each table as
its own staff would return it, in their own words — a 住房公积金管理中心, a 县气象局, a 县融媒体中心
and its 融媒公司, a 开发区管委会, a 政务服务中心, a 国有林场, a 水库管理所, a 博物馆 and a 人防办. Eight
are EVERYDAY:

- a 住房公积金管理中心 廉政风险防控一览表: 科室 (归集科, 信贷科, 财务科, 稽核审计科) merged down, 岗位/
  姓名 merged per person, a 风险类型 column of the five types written with 风险 (岗位职责风险 …), levels
  高/中/低;
- a 县气象局 股室岗位廉政风险点排查表: 股室 (办公室, 防灾减灾科, 气象台) merged down, 岗位/责任人, levels
  一级/二级/三级 with a 注 line, a 分管领导 column of names merged per 股室 (watchers);
- a 县融媒体中心 岗位廉政风险点清单: 股室 (总编室, 新闻采访部, 播音主持部, 广告经营部)/岗位/姓名, a
  风险类别 column, a 风险表现 column beside the short 风险点, levels 高/中/低;
- a 融媒公司 (the 中心's company) 岗位廉洁风险防控登记表: one person's form (单位/部门/岗位/姓名 above
  the rows, 分管领导 named in the header block: a watcher);
- a 国有林场 岗位廉政风险防控清单 对岗不对人: 科室 (办公室, 林政股, 育林股, 防火办) and a 管理区 merged
  down, 岗位 only (no name column), levels ★★★/★★/★ with a legend line;
- a 水库管理所 廉政风险点登记表: one sheet per post (所长, 水库管理员), each a form with 单位/岗位/姓名 and
  a 主要职责 paragraph (四巡三记一上报: a duty, not a point) above the rows;
- a 博物馆 藏品岗位廉政风险防控卡: one card per person (藏品保管员, 藏品征集员), each on a sheet named for
  its post, with 部门 and 分管馆领导 in the header block;
- a 人防办 岗位廉政风险点排查表: 处室 (人防工程审批窗口 — its window in the 政务服务大厅, 工程建设管理科,
  指挥信息保障中心) merged down, 岗位/姓名 merged, a 备注 column (``进驻市政务服务大厅``), levels 高/中/低.

Two are harder, both what such offices really hand back:

- ``kaifaqu_section_rows``: a 开发区管委会 排查表 whose 局 (招商服务局, 规划建设局, 行政审批局) are not a
  column but section rows across the table (``一、招商服务局(分管副主任:夏立群)``), each naming the
  局 and its 分管副主任 (a watcher), the rows below giving 岗位/姓名;
- ``zhengwu_ab_posts``: a 政务服务中心 窗口岗位廉政风险排查表 whose 窗口 (the 科室) staff work as A岗/B岗:
  the 姓名 cell of a window post names both (``A岗:周敏`` / ``B岗:高翔`` on two lines) — the window's
  points are each holder's — while the 首席审批员 and the 帮代办员 are one name each.

Each layout imitates the *shape* of a public page (its ``source``) that no earlier batch cited; most
of these pages describe their subject in prose (a notice, a work summary, a news report, a study),
and the layout follows their words for the unit, its parts, its posts and its risks. The rows are
worded by us.

Run ``python tests/published/score.py --set batch26`` and do not tune the reader against it, or it
stops being held out. No LibreOffice re-saved copies are kept for this batch (prefix ``b26_``).

Judgement calls this batch leans on, beyond those of the earlier batches:

- a section row naming a 局 (``一、招商服务局(分管副主任:夏立群)``) gives the 科室 of the rows below it
  until the next section row; the 分管副主任 it names watches them, holding none of their points;
- a 姓名 cell naming two holders as ``A岗:周敏`` and ``B岗:高翔`` names two persons who hold the same post:
  each holds every point of that row group (two forms, the same points), the A岗/B岗 marks being no
  part of the name;
- a 窗口 (不动产登记窗口, 人防工程审批窗口) and a 管理区 (龙王庙管理区) name where their posts sit: each is
  the 科室 of its rows;
- ``★★★``/``★★``/``★`` in a 风险等级 column are Ⅰ/Ⅱ/Ⅲ because the sheet's legend says so;
- a 风险类型 cell written with 风险 (``业务流程风险``) names that type;
- a 主要职责 paragraph in a form's header block is what the holder does, no point; a 分管领导 or
  分管馆领导 named in a form's header block is a watcher, not the holder;
- a tab named for a post (``所长``, ``藏品保管员``) and a form naming the post too: the form's post;
- a 备注 cell (``进驻市政务服务大厅``) says where the post works, no point;
- the 局长 of a 开发区's 局 heads a 科室 of the 管委会: his tier is middle, not leader (so a strict
  score asks his 科室 too).

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``layouts.write_xlsx``), copies the
LibreOffice re-saved copies ``resaved/b26_<name>.*`` (none yet) and writes ``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.layouts import HML, _layout, _Sheet, _Truth, person_rows, types_in
from published.layouts import build as _build

PREFIX = "b26_"
ORDINAL = {"一级": 1, "二级": 2, "三级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
TIER = {"科长": "middle", "办公室主任": "middle", "科长(主任)": "middle", "台长": "middle",
        "总编室主任": "middle", "部门经理": "middle", "所长": "middle", "局长": "middle",
        "首席审批员": "middle", "管理区主任": "middle", "场长": "leader", "部长": "middle",
        "中心主任": "middle"}  # fmt: skip


def _tier(post: str) -> str:
    return TIER.get(post, "general")


# --------------------------------------------------------------------------- harder layouts


def kaifaqu_section_rows() -> dict:
    unit = "XX经济开发区管委会"
    sh = _Sheet("排查表", [5, 14, 10, 34, 8, 34])
    t = _Truth(unit)
    sh.title(f"{unit}重点岗位廉政风险点排查表", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    sections = [
        ("一、", "招商服务局", "夏立群", [
            ("局长", "龚振宇", [
                ("招商引资优惠政策“一企一策”暗箱操作", "高", "优惠政策兑现集体研究,兑现结果公示。"),
                ("对投资方虚假承诺土地、税收条件", "中", "招商协议文本统一,法务审核后签订。"),
            ]),
            ("招商专员", "倪佳", [
                ("接受意向企业宴请、礼品", "低", "洽谈两人以上,接待事项报备。"),
            ]),
        ]),
        ("二、", "规划建设局", "罗建平", [
            ("局长", "程雪峰", [
                ("规划条件变更为企业提高容积率", "高", "规划变更专家论证、集体决策并公示。"),
                ("园区基础设施工程化整为零规避招标", "高", "工程项目全部进公共资源交易平台。"),
            ]),
            ("工程管理员", "秦立", [
                ("工程变更签证把关不严,虚增工程量", "中", "变更签证监理、跟审、业主三方会签。"),
            ]),
        ]),
        ("三、", "行政审批局(开发区行政服务中心)", "夏立群", [
            ("审批科长", "邬晓红", [
                ("涉企审批事项超时限、设置隐性门槛", "中", "审批事项清单公开,超时自动预警。"),
                ("闲置低效用地认定弄虚作假", "中", "用地认定现场核查,结果网上公示。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for num, bureau, leader, people in sections:
        r = sh.add(f"{num}{bureau}(分管副主任:{leader})", *([None] * 5))
        sh.merge(r, 0, r, 5)
        recs = []
        for post, who, items in people:
            for point, level, measures in items:
                n += 1
                recs.append([n, post, who, point, level, measures])
                # the 科室 is the name before its other name in brackets (main's call, made
                # after the measure: '行政审批局(开发区行政服务中心)' is the 行政审批局)
                dept = bureau.split("(")[0]
                t.point(sh.name, dept, post, who, _tier(post), point, [], HML[level])
        person_rows(sh, recs, None, (1, 2))
    sh.add()
    sh.add("管委会纪工委(盖章)", None, None, "2024年4月", None, None)
    return _layout(
        "kaifaqu_section_rows", "https://fx361.cc/page/2014/0329/19854086.shtml",
        "(harder) 开发区管委会 重点岗位廉政风险点排查表 after the source's 鄂州 开发区 (招商引资、土地使用、招投标; "
        "规划、建设、管理分别由不同的副主任分管; 涉企审批集中到开发区行政服务中心窗口; 闲置低效用地清理): the 局 are "
        "SECTION ROWS across the table (一、招商服务局(分管副主任:夏立群)), naming the 局 and its watcher; "
        "序号/岗位/姓名 merged per person/廉政风险点/风险等级 高/中/低/防控措施; 盖章 line",
        [sh], t,
    )  # fmt: skip


def zhengwu_ab_posts() -> dict:
    unit = "XX省政务服务中心"
    sh = _Sheet("窗口岗位", [5, 14, 12, 16, 34, 8, 32])
    t = _Truth(unit)
    sh.title(f"{unit}“清廉大厅”窗口岗位廉政风险排查表", 7)
    sh.add("序号", "窗口", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    windows = [
        ("综合受理区", "首席审批员", ["蔡宏伟"], [
            ("审批中为关系人“开绿灯”、容缺受理随意", "高", "首席审批员审批事项全程留痕,每月抽查。"),
            ("对申请材料“挑刺”,刁难办事企业", "中", "一次性告知,办不成事反映窗口受理投诉。"),
        ]),
        ("不动产登记窗口", "窗口受理员", ["周敏", "高翔"], [
            ("违规插队办理,收取“好处费”", "中", "取号叫号系统排队,窗口视频全覆盖。"),
            ("泄露权利人登记信息", "中", "查询权限分级,查询日志留存。"),
            ("受理材料不全仍予受理", "低", "AB岗互审,受理清单逐项勾选。"),
        ]),
        ("企业开办窗口", "窗口受理员", ["韦丽娜", "戚浩"], [
            ("代办中介与窗口人员串通收费", "高", "大厅禁止中介代办,帮代办免费。"),
        ]),
        ("帮代办窗口", "帮代办员", ["沈雨婷"], [
            ("帮代办中收受企业礼品、购物卡", "低", "帮代办事项登记,办结回访。"),
        ]),
    ]  # fmt: skip
    recs, n = [], 0
    for window, post, names, items in windows:
        cell = names[0] if len(names) == 1 else f"A岗:{names[0]}\nB岗:{names[1]}"
        for point, level, measures in items:
            n += 1
            recs.append([n, window, post, cell, point, level, measures])
            for who in names:
                t.point(sh.name, window, post, who, _tier(post), point, [], HML[level])
    person_rows(sh, recs, 1, (2, 3))
    sh.add()
    r = sh.add("注:窗口实行AB岗工作制,A岗、B岗人员共同承担本窗口廉政风险防控责任。", *([None] * 6))
    sh.merge(r, 0, r, 6)
    sh.add("填报:中心办公室", None, None, "2022年8月", None, None, None)
    return _layout(
        "zhengwu_ab_posts", "https://gzxhdg.com/www/topic/yjsycb/gzjb_2/202209/t20220915_28860868",
        "(harder) 政务服务中心 “清廉大厅”窗口岗位廉政风险排查表 after the source's 省政务服务中心 (首席审批员, "
        "首席审批员AB岗制度, 办不成事反映窗口, 帮代办): 序号/窗口 (the 科室) merged/岗位/姓名 merged — a window "
        "post's 姓名 cell names BOTH holders (A岗:周敏 / B岗:高翔 on two lines), the 首席审批员 and 帮代办员 one "
        "name each/廉政风险点/风险等级 高/中/低/防控措施; a 注 line on AB岗; 填报 line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- everyday layouts


def housing_fund_typed() -> dict:
    unit = "XX市住房公积金管理中心"
    sh = _Sheet("一览表", [5, 12, 12, 8, 12, 32, 8, 32])
    t = _Truth(unit)
    sh.title(f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险类型", "风险点", "风险等级", "防控措施")
    depts = [
        ("归集科", [
            ("科长", "冯立军", [
                ("业务流程风险", "违规批准单位降低缴存比例或缓缴", "高", "降比缓缴报管委会审批,结果公开。"),
                ("岗位职责风险", "缴存基数核定把关不严", "中", "缴存基数系统比对社保数据。"),
            ]),
            ("归集专管员", "苏晓燕", [
                ("外部环境风险", "为单位违规补缴、虚假开户提供便利", "中", "补缴开户两人审核,系统留痕。"),
            ]),
        ]),
        ("信贷科", [
            ("贷款审批员", "蒋海涛", [
                ("岗位职责风险", "放宽贷款条件,违规发放个人住房贷款", "高", "贷款审批分级,大额贷款集体审议。"),
                ("思想道德风险", "与中介机构串通骗取贷款", "高", "购房合同网签核验,中介黑名单公开。"),
            ]),
        ]),
        ("财务科", [
            ("会计", "罗丽", [
                ("制度机制风险", "违规设置银行账户,资金存储选择受托银行谋利", "高", "存储银行经管委会决策,账户定期清理。"),
                ("业务流程风险", "增值收益分配不按规定", "中", "增值收益分配方案报财政审核。"),
            ]),
        ]),
        ("稽核审计科", [
            ("稽核员", "梁军", [
                ("岗位职责风险", "提取业务稽核走过场,骗提套提未发现", "中", "提取业务按比例抽查,稽核报告存档。"),
            ]),
        ]),
    ]  # fmt: skip
    recs, n = [], 0
    for dept, people in depts:
        for post, who, items in people:
            for typ, point, level, measures in items:
                n += 1
                recs.append([n, dept, post, who, typ, point, level, measures])
                t.point(sh.name, dept, post, who, _tier(post), point, types_in(typ), HML[level])
    person_rows(sh, recs, 1, (2, 3))
    sh.add()
    sh.add("中心主任(签字):", None, None, "纪检监察室审核:", None, None, "2023年11月", None)
    return _layout(
        "housing_fund_typed", "https://mengbozizhi.com/qinzhou/show/292.html",
        "住房公积金管理中心 岗位廉政风险防控一览表 after the source's 关于加强住房公积金廉政风险防控工作的通知 (银行账户"
        "设置、缴存和使用政策、增值收益分配和管理、岗位职责设置、业务标准): 序号/科室 (归集科, 信贷科, 财务科, 稽核审计科) "
        "merged/岗位/姓名 merged per person/风险类型 (the five types with 风险)/风险点/风险等级 高/中/低/防控措施; "
        "签字/审核 line",
        [sh], t,
    )  # fmt: skip


def meteorology_fenguan() -> dict:
    unit = "XX县气象局"
    sh = _Sheet("Sheet1", [5, 12, 12, 8, 34, 8, 32, 10])
    t = _Truth(unit)
    sh.title(f"{unit}股室岗位廉政风险点排查表", 8)
    sh.add("序号", "股室", "岗位", "责任人", "风险点", "风险等级", "防控措施", "分管领导")
    offices = [
        ("办公室", "陈立华", [
            ("办公室主任", "廖晓东", [
                ("项目建设合同履约监管不力,违规变更", "一级", "合同变更局务会研究,履约情况专项监督。"),
                ("公务接待超标准、无公函接待", "三级", "接待审批单、公函、清单“三单”报销。"),
            ]),
            ("报账员", "邹敏", [
                ("虚列支出、套取科研业务经费", "二级", "报销单据双人审核,经费支出季度公开。"),
            ]),
        ]),
        ("防灾减灾科", "陈立华", [
            ("科长", "晏海燕", [
                ("防雷装置设计审核、竣工验收降低标准", "一级", "审核验收两人以上,结果网上公示。"),
                ("气象探测环境保护审查中吃拿卡要", "二级", "审查时限公开,设举报电话。"),
            ]),
        ]),
        ("气象台", "吴国庆", [
            ("台长", "龙建新", [
                ("人工影响天气作业物资采购指定供应商", "二级", "物资统一由省局集中采购。"),
                ("专业气象服务收费不按标准", "三级", "服务收费标准公示,收入全额入账。"),
            ]),
        ]),
    ]  # fmt: skip
    recs, n = [], 0
    for office, leader, people in offices:
        for post, who, items in people:
            for point, level, measures in items:
                n += 1
                recs.append([n, office, post, who, point, level, measures, leader])
                t.point(sh.name, office, post, who, _tier(post), point, [], ORDINAL[level])
    person_rows(sh, recs, 1, (2, 3))
    first = next(r for r, row in enumerate(sh.rows) if row and row[0] == 1)
    r = first
    while r < len(sh.rows):  # the 分管领导 merged per 股室 (two 股室 share 陈立华: not across them)
        e = r
        while e + 1 < len(sh.rows) and sh.rows[e + 1][1] is None:
            e += 1
        if e > r:
            for k in range(r + 1, e + 1):
                sh.rows[k][7] = None
            sh.merges.append((r, 7, e, 7))
        r = e + 1
    sh.add()
    r = sh.add("注:风险等级分为一级(高)、二级(中)、三级(低)。", *([None] * 7))
    sh.merge(r, 0, r, 7)
    return _layout(
        "meteorology_fenguan", "http://www.zjpy.gov.cn/art/2024/12/9/art_1229242366_4268167.html",
        "县气象局 股室岗位廉政风险点排查表 after the source's 平阳县气象局 2024年工作总结 (清廉品牌; 对项目建设、合同履约"
        "等事项开展专项监督; 决策气象服务, 预警): tab Sheet1; 序号/股室 (办公室, 防灾减灾科, 气象台) merged/岗位/责任人 "
        "merged/风险点/风险等级 一级/二级/三级/防控措施/分管领导 (names merged per 股室: watchers); 注 line",
        [sh], t,
    )  # fmt: skip


def rongmeiti_short_and_long() -> dict:
    unit = "XX县融媒体中心"
    sh = _Sheet("风险点清单", [5, 12, 12, 8, 12, 20, 34, 8])
    t = _Truth(unit)
    sh.title(f"{unit}岗位廉政风险点清单", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险类别", "风险点", "风险表现", "风险等级")
    offices = [
        ("总编室", [
            ("总编室主任", "姚文博", [
                ("思想道德风险", "稿件终审把关", "收受好处后为企业刊发宣传稿件,或压下批评报道。", "高"),
                ("制度机制风险", "版面时段安排", "违规安排关系单位专题节目时段。", "中"),
            ]),
        ]),
        ("新闻采访部", [
            ("记者", "付晓琳", [
                ("外部环境风险", "有偿新闻", "采访中收受采访对象红包、礼品,搞有偿新闻。", "高"),
                ("岗位职责风险", "新闻线索处置", "利用舆论监督线索要挟当事单位。", "中"),
            ]),
        ]),
        ("播音主持部", [
            ("主持人", "唐悦", [
                ("思想道德风险", "商业代言", "未经批准参加商业活动、代言广告。", "中"),
            ]),
        ]),
        ("广告经营部", [
            ("业务员", "贺志勇", [
                ("业务流程风险", "广告刊例价执行", "擅自给予客户折扣、返点,私收广告费。", "高"),
                ("岗位职责风险", "广告合同签订", "合同未经审核签订,条款明显不利于中心。", "低"),
            ]),
        ]),
    ]  # fmt: skip
    recs, n = [], 0
    for office, people in offices:
        for post, who, items in people:
            for typ, point, desc, level in items:
                n += 1
                recs.append([n, office, post, who, typ, point, desc, level])
                t.point(sh.name, office, post, who, _tier(post), point, types_in(typ), HML[level])
    person_rows(sh, recs, 1, (2, 3))
    sh.add()
    sh.add("中心党委(盖章)", None, None, None, "责任领导:", None, "2025年3月", None)
    return _layout(
        "rongmeiti_short_and_long", "http://www.sgrh.gov.cn/zwgk/tzgg/content/post_2820727.html",
        "县融媒体中心 岗位廉政风险点清单 after the source's 县融媒体中心 巡察集中整改进展 (整改台账, 责任领导、承办股室, "
        "建章立制): 序号/股室 (总编室, 新闻采访部, 播音主持部, 广告经营部) merged/岗位/姓名 merged/风险类别 (the five "
        "types)/风险点 (short)/风险表现 (long)/风险等级 高/中/低, no measures column; 盖章 line with a blank 责任领导",
        [sh], t,
    )  # fmt: skip


def rongmei_company_form() -> dict:
    unit = "XX市融媒文化传媒有限公司"
    sh = _Sheet("登记表", [6, 30, 10, 34])
    t = _Truth(unit)
    sh.title("岗位廉洁风险防控登记表", 4)
    sh.add("单位", unit, "部门", "广告营销部")
    sh.add("岗位", "部门经理", "姓名", "洪晓春")
    sh.add("分管领导", "副总经理 黎志远", "填报时间", "2025年4月")
    sh.add("序号", "廉洁风险点", "风险等级", "防控措施")
    items = [
        ("广告资源低价出让给关联公司", "高", "广告刊例价公开,折扣按权限审批。"),
        ("活动承办商选择不按采购管理制度", "高", "承办商比选三家以上,纪检全程监督。"),
        ("业务招待费、公用经费超标准报销", "中", "执行公用经费管理规定,报销附清单。"),
        ("考勤弄虚作假,为下属虚报加班", "低", "考勤系统打卡,加班事前审批。"),
    ]
    for k, (point, level, measures) in enumerate(items, 1):
        sh.add(k, point, level, measures)
        t.point(sh.name, "广告营销部", "部门经理", "洪晓春", "middle", point, [], HML[level])
    sh.add()
    sh.add("本人签字:", None, "部门审核:", None)
    return _layout(
        "rongmei_company_form", "http://www.jjcdi.gov.cn/content/2025-08/12/content_9183878.htm",
        "融媒公司 岗位廉洁风险防控登记表 (one person's form) after the source's 晋江市融媒体中心 巡察整改进展 (融媒体中心"
        "《采购管理制度》《公用经费管理规定》, 融媒公司《财务管理制度》《考勤管理制度》; 股室、下属企业): a header block of "
        "label/value pairs (单位/部门, 岗位/姓名, 分管领导 ``副总经理 黎志远``/填报时间), then 序号/廉洁风险点/风险等级 "
        "高/中/低/防控措施; 签字 line",
        [sh], t,
    )  # fmt: skip


def forest_farm_posts_only() -> dict:
    unit = "XX市大山林场"
    sh = _Sheet("防控清单", [5, 14, 14, 36, 8, 34])
    t = _Truth(unit)
    sh.title(f"{unit}岗位廉政风险防控清单", 6)
    sh.add("序号", "科室", "岗位", "廉政风险点", "风险等级", "防控措施")
    depts = [
        ("办公室", [
            ("办公室主任", [
                ("森林旅游景区门票收入不入账", "★★★", "门票电子售票,收入日清日结。"),
                ("职工招聘、临时用工优亲厚友", "★★", "用工计划场务会研究,招聘结果公示。"),
            ]),
        ]),
        ("林政股", [
            ("林政员", [
                ("对侵占林地行为查处不力,收受好处", "★★★", "侵占林地线索登记,查处结果场务会通报。"),
                ("使用林地审核意见把关不严", "★★", "审核意见两人签署,现场核查拍照。"),
            ]),
        ]),
        ("育林股", [
            ("造林技术员", [
                ("造林、退化林修复验收虚报面积", "★★★", "验收GPS实测,第三方抽查。"),
                ("抚育作业量签认不实", "★", "作业量小班登记,股长复核。"),
            ]),
        ]),
        ("防火办", [
            ("防火专干", [
                ("防火物资采购以次充好", "★★", "物资验收两人以上,入库登记。"),
            ]),
        ]),
        ("龙王庙管理区", [
            ("管理区主任", [
                ("公益林管护补助发放虚报冒领", "★★★", "补助直达个人账户,名单公示。"),
            ]),
            ("护林员", [
                ("巡护记录造假,对盗伐滥伐隐瞒不报", "★", "巡护轨迹APP上传,管理区抽查。"),
            ]),
        ]),
    ]  # fmt: skip
    recs, n = [], 0
    for dept, posts in depts:
        for post, items in posts:
            for point, level, measures in items:
                n += 1
                recs.append([n, dept, post, point, level, measures])
                t.point(sh.name, dept, post, "", _tier(post), point, [], STARS[level])
    person_rows(sh, recs, 1, (2,))
    sh.add()
    r = sh.add("注:★★★为高风险,★★为中风险,★为低风险。本清单对岗不对人。", *([None] * 5))
    sh.merge(r, 0, r, 5)
    sh.add("林场(盖章)", None, None, "2021年3月", None, None)
    return _layout(
        "forest_farm_posts_only", "http://m.handmsg.com/page/2021/0330/19877819.shtml",
        "国有林场 岗位廉政风险防控清单 对岗不对人 after the source's 安庆市大龙山林场 (场长、副场长; 办公室、林政、育林、"
        "公园办、防火办 5个科室, 4个管理区; 造林、森林抚育、退化林修复; 森林旅游; 侵占林地): 序号/科室 (办公室, 林政股, "
        "育林股, 防火办, 龙王庙管理区) merged/岗位 merged (no name column)/廉政风险点/风险等级 ★★★/★★/★/防控措施; "
        "注 line giving the stars and 对岗不对人; 盖章 line",
        [sh], t,
    )  # fmt: skip


def reservoir_post_sheets() -> dict:
    unit = "XX县东风水库管理所"
    t = _Truth(unit)
    people = [
        ("所长", "所长", "毛振华",
         "主持水库管理所全面工作,负责水库调度运行、维修养护项目和防汛物资管理。", [
             ("维修养护项目不经比选指定施工队", "高", "维修项目报县水利局审批,三家以上比选。"),
             ("防汛物资采购虚报数量、以次充好", "中", "物资验收两人签字,入库台账公开。"),
             ("灌溉放水调度优亲厚友", "低", "放水计划公示,调度记录留存。"),
         ]),
        ("水库管理员", "水库管理员", "殷德贵",
         "负责四巡三记一上报:巡查大坝、溢洪道、放水洞、库区水面,记好巡查、观测、维修养护三本记录,"
         "巡查后上报巡检系统。", [
             ("巡查、观测记录补记造假", "中", "巡查轨迹系统上报,所长每周抽查。"),
             ("默许库区违规养殖、钓鱼收取好处", "中", "库区巡查发现违规登记上报。"),
             ("维修养护材料虚报冒领", "低", "材料领用登记,用后核销。"),
         ]),
    ]  # fmt: skip
    sheets = []
    for tab, post, who, duty, items in people:
        sh = _Sheet(tab, [6, 34, 10, 34])
        sh.title(f"{unit}岗位廉政风险点登记表", 4)
        sh.add("单位", unit, "岗位", post)
        sh.add("姓名", who, "填报日期", "2023年3月")
        r = sh.add("主要职责", duty, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for k, (point, level, measures) in enumerate(items, 1):
            sh.add(k, point, level, measures)
            t.point(sh.name, "", post, who, _tier(post), point, [], HML[level])
        sh.add()
        sh.add("本人签字:", None, "县水利局审核:", None)
        sheets.append(sh)
    return _layout(
        "reservoir_post_sheets", "http://yishui.gov.cn/info/9170/292232.htm",
        "水库管理所 岗位廉政风险点登记表, one sheet per post (所长, 水库管理员) after the source's 水库管理员职责明白纸 "
        "(四巡三记一上报: 大坝、溢洪道、放水洞、库区水面; 巡查记录本、观测记录本、维修养护记录本; 无圈养、钓鱼台): a header "
        "of label/value pairs (单位/岗位, 姓名/填报日期) and a 主要职责 paragraph merged across, then 序号/风险点/风险等级 "
        "高/中/低/防控措施; 签字/审核 line",
        sheets, t,
    )  # fmt: skip


def museum_cards() -> dict:
    unit = "XX市博物馆"
    t = _Truth(unit)
    people = [
        ("藏品保管员", "藏品保管部", "武晓梅", "副馆长 施建国", [
            ("藏品出入库不登记,账物不符", "高", "出入库双人登记,账、物、卡每季度核对。"),
            ("私自将藏品借给他人拍摄、展览", "高", "藏品借用报馆务会审批,报文物局备案。"),
            ("库房钥匙、密码管理不严", "中", "库房实行双人双锁,出入记录留存。"),
        ]),
        ("藏品征集员", "征集鉴定部", "钱志伟", "副馆长 施建国", [
            ("征集文物价格评估不公,高价收购关系人藏品", "高", "征集价格专家组评估,集体研究。"),
            ("征集文物不及时入藏登记", "中", "征集完成七日内入藏,建立藏品档案。"),
            ("鉴定意见受请托影响", "中", "鉴定专家随机抽取,签署回避承诺。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, dept, who, leader, items in people:
        sh = _Sheet(post, [6, 34, 12, 34])
        sh.title("岗位廉政风险防控卡", 4)
        sh.add("单位", unit, "部门", dept)
        sh.add("岗位", post, "姓名", who)
        sh.add("分管馆领导", leader, None, None)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for k, (point, level, measures) in enumerate(items, 1):
            sh.add(k, point, level, measures)
            t.point(sh.name, dept, post, who, _tier(post), point, [], HML[level])
        sh.add()
        sh.add("持卡人签字:", None, "馆纪检员:", None)
        sheets.append(sh)
    return _layout(
        "museum_cards", "https://ysats.com/gw202102/t20210204_844839.html",
        "博物馆 岗位廉政风险防控卡, one card per person on a sheet named for the post (藏品保管员, 藏品征集员) after the "
        "source's 呼市 国有博物馆藏品管理专项检查 (制度建设、藏品保管工作、藏品征集工作; 账物核对, 查看库房): a header "
        "of label/value pairs (单位/部门, 岗位/姓名, 分管馆领导 ``副馆长 施建国``), then 序号/风险点/风险等级 高/中/低/"
        "防控措施; 签字 line",
        sheets, t,
    )  # fmt: skip


def renfang_window_remarks() -> dict:
    unit = "XX市人民防空办公室"
    sh = _Sheet("排查表", [5, 16, 12, 8, 34, 8, 30, 14])
    t = _Truth(unit)
    sh.title(f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "处室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施", "备注")
    offices = [
        ("人防工程审批窗口", "进驻市政务服务大厅", [
            ("窗口负责人", "鲍文涛", [
                ("违规减免、缓缴人防工程易地建设费", "高", "减免缓缴集体研究,结果网上公示。"),
                ("防空地下室设计审查降低标准", "中", "审查要点公开,图审机构复核。"),
            ]),
            ("窗口受理员", "葛婷", [
                ("受理中吃拿卡要、推诿拖延", "低", "一次性告知,办件超时预警。"),
            ]),
        ]),
        ("工程建设管理科", None, [
            ("科长", "严俊峰", [
                ("人防工程竣工验收把关不严", "高", "验收专家随机抽取,验收结论公示。"),
                ("防护设备质量检测弄虚作假", "中", "检测机构名录公开,检测报告抽查。"),
            ]),
        ]),
        ("指挥信息保障中心", None, [
            ("中心主任", "邱立新", [
                ("防空警报器维护项目指定单位", "中", "维护项目公开招标,验收两人以上。"),
            ]),
        ]),
    ]  # fmt: skip
    recs, n = [], 0
    for office, note, people in offices:
        for post, who, items in people:
            for point, level, measures in items:
                n += 1
                recs.append([n, office, post, who, point, level, measures, note])
                t.point(sh.name, office, post, who, _tier(post), point, [], HML[level])
    person_rows(sh, recs, 1, (2, 3))
    first = next(r for r, row in enumerate(sh.rows) if row and row[0] == 1)
    r0, r1 = first, first + 2  # the 备注 merged over the window's rows
    for k in range(r0 + 1, r1 + 1):
        sh.rows[k][7] = None
    sh.merges.append((r0, 7, r1, 7))
    sh.add()
    sh.add("主任(签字):", None, None, "驻办纪检组审核:", None, None, "2026年1月", None)
    return _layout(
        "renfang_window_remarks", "https://www.xajggw.gov.cn/default/view/20260119118oLg0.html",
        "人防办 岗位廉政风险点排查表 after the source's 市直机关清廉窗口(站所)建设便民服务导引图 (市直部门窗口(站所), "
        "清廉服务准则, 核心服务职能): 序号/处室 (人防工程审批窗口, 工程建设管理科, 指挥信息保障中心) merged/岗位/姓名 "
        "merged/廉政风险点/风险等级 高/中/低/防控措施/备注 (``进驻市政务服务大厅`` merged over the window's rows); "
        "签字/审核 line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    kaifaqu_section_rows(),
    zhengwu_ab_posts(),
    housing_fund_typed(),
    meteorology_fenguan(),
    rongmeiti_short_and_long(),
    rongmei_company_form(),
    forest_farm_posts_only(),
    reservoir_post_sheets(),
    museum_cards(),
    renfang_window_remarks(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` (re-saved copies ``resaved/b26_*``, none yet)."""
    return _build(outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX)


if __name__ == "__main__":
    import sys

    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch26-inbox"))

"""A ninety-third batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY COUNTY BODIES' LISTS — a 县统计局, a 县档案馆, a 县红十字会,
a 县融媒体中心, a 县殡仪馆, a 县民政局, a 县总工会 and a 共青团县委, all of an invented county 濛岵县 — each
handing back its 岗位廉政风险防控一览表 / 排查表 / 清单 / 自查表 the way such offices do, with nothing
exotic about them:

- a 统计局 排查表 对岗不对人 under ``填报单位:… | 填报日期:…``: 股室 merged (``县普查中心`` among them),
  岗位, 风险点, short types, 一级/二级/三级;
- a 档案馆 清单 对岗不对人 with NO 科室 column: 业务环节 merged, a short ``工作事项`` before the
  ``廉政风险点``, 高/中/低, a trailing ``责任岗位`` written with its 科 (``接收征集科科长``);
- a 红十字会 一览表: 科室 merged (``会领导``), 岗位/姓名 merged per person, ``…风险`` types, 高/中/低;
- a 殡仪馆 排查表: 班组 merged, 岗位 and 责任人 merged per person, levels under ``等级``, a trailing
  ``分管领导`` merged down the whole table (one name: a supervisor, not the holder), a 监督电话 line;
- a 民政局 一览表 whose 股室 include its ``殡葬管理所`` (a 所 of the 局 is a 科室), a ``职责事项``
  column, ``…类`` types, 一级/二级/三级, a trailing ``责任领导`` with the 分管 局领导's names;
- a 总工会 清单 by the steps of its 困难职工帮扶 (申请, 审核, 公示, 审批, 发放, 建档) with trailing
  ``责任部门 | 责任人``;
- a 团县委's 岗位廉政风险自查表 one per sheet (tab = the holder), ``姓名 | … | 职务 | … | 所在部门 | …``
  above the table, short types, 高/中/低, ``本人签名:`` and date under it.

One is harder:

- ``media_center_post_and_name``: a 融媒体中心 一览表 whose ``岗位及责任人`` column holds the post AND
  the holder in one cell, ``新闻部主任：蒙立新`` (a full-width colon), no 姓名 column anywhere.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; most of these pages describe their subject in prose (a 县统计局's 经济普查
预防风险 预案, a 档案室 评价清单 with 风险等级 and 操作方法, a 县红十字会's 捐赠工作 制度, a 县融媒体中心's
巡察整改 report, a 殡仪馆's 清明 祭扫 arrangements, a 民政 殡葬 巡察整改 report, a 县总工会's 困难职工
救助 基金 steps, a 团县委's 希望工程 前期管理) and the layout follows their words for the unit, its
parts, its posts and its risks. The rows are worded by us, the names invented.

Run ``python tests/published/score.py --set batch93`` and do not tune the reader against it, or it
stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- a 县普查中心 listed among a 统计局's 股室 is a 科室 of the 局; a 民政局's 殡葬管理所 likewise;
- a list without a 科室 column keeps each post as written (``接收征集科科长``), department "";
- a ``分管领导`` / ``责任领导`` column of names beside a 岗位 or 责任人 column is a supervisor, not the
  holder;
- a cell ``新闻部主任：蒙立新`` under ``岗位及责任人`` is the post ``新闻部主任`` and the holder 蒙立新;
  the 部门 column gives the department.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and writes
``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b93_"
COUNTY = "濛岵县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}


# --------------------------------------------------------------------------- harder layout


def media_center_post_and_name() -> dict:
    unit = f"{COUNTY}融媒体中心"
    sh = _Sheet("一览表", [6, 12, 18, 34, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 6)
    sh.add("序号", "部门", "岗位及责任人", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "韦振宇", "leader", "大额经费支出和设备采购未经党委会集体研究", "高",
         "严格执行“三重一大”集体决策,会议纪要存档。"),
        ("新闻部", "新闻部主任", "蒙立新", "middle", "收受采访对象财物,搞有偿新闻或有偿不闻", "高",
         "采访实行两人以上,稿件三审三校,设立举报电话。"),
        ("新闻部", "编辑记者", "覃晓燕", "general", "利用采编权为关系单位刊发软文", "中",
         "稿件来源登记,广告与新闻严格分开。"),
        ("广告产业部", "广告产业部主任", "黄宗平", "middle", "广告刊播价格随意打折,收取回扣", "高",
         "广告价格公开,折扣经中心会议审定,合同统一签订。"),
        ("综合办公室", "会计", "陆美兰", "general", "媒资设备和车辆维修费用审核不严", "中",
         "维修事前审批,票据与维修清单逐项核对。"),
        ("综合办公室", "车辆管理员", "邓志勇", "general", "公务车辆私用,加油卡管理混乱", "低",
         "车辆派车单制度,油卡一车一卡,每月公示用车情况。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, f"{post}：{who}", point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add()
    sh.add("填表人:", None, "审核人:", None, "2025年4月", None)
    return _layout(
        "media_center_post_and_name",
        "http://jianhunews.com/article/ranking-content/66908dded0783e1fa78b4576.html",
        "(harder) 县融媒体中心 岗位廉政风险防控一览表 after the source's 巡察整改 report of a 县融媒体中心 (中心党委, "
        "各支部, 整改台账, 媒体融合): 序号/部门 merged (中心领导, 新闻部, 广告产业部, 综合办公室)/ONE column "
        "``岗位及责任人`` whose cells hold the post and the holder joined by a full-width colon, "
        "``新闻部主任：蒙立新`` — no 姓名 or 责任人 column anywhere/廉政风险点/高/中/低/防控措施; no type "
        "column; 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def statistics_bureau_census() -> dict:
    unit = f"{COUNTY}统计局"
    sh = _Sheet("排查表", [6, 12, 10, 34, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    r = sh.add(f"填报单位:{unit}", None, None, None, "填报日期:2025年4月10日", None, None)
    sh.merge(r, 0, r, 3)
    sh.merge(r, 4, r, 6)
    sh.add("序号", "股室", "岗位", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "leader", "统计数据审核把关不严,授意或默许虚报数据", "制度机制", "一级",
         "数据评估会集体审定,数据质量终身负责。"),
        ("综合股", "股长", "middle", "办公经费和普查经费报销审核不严", "岗位职责", "二级",
         "经费专账核算,报销实行经办、审核、审批三签。"),
        ("综合股", "会计", "general", "普查员劳务补助虚报冒领", "业务流程", "二级",
         "补助按签到表和工作量核发,发放名单公示。"),
        ("县普查中心", "主任", "middle", "普查区划分和普查员选聘优亲厚友", "思想道德", "三级",
         "选聘条件公开,选聘结果公示五天。"),
        ("县普查中心", "普查指导员", "general", "泄露普查对象的商业秘密和个人信息", "岗位职责", "一级",
         "签订保密承诺书,数据处理专机专用。"),
        ("执法监督股", "股长", "middle", "统计执法检查中以罚代管、降低处罚标准", "外部环境", "一级",
         "执法全过程记录,处罚决定集体讨论并公开。"),
        ("执法监督股", "执法人员", "general", "对统计违法线索压案不查", "制度机制", "二级",
         "违法线索登记编号,办理情况按月通报。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), GRADES[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add()
    sh.add("填表人:", None, "股室负责人:", None, "单位负责人:", None, None)
    return _layout(
        "statistics_bureau_census",
        "http://www.cqfd.gov.cn/bm/tjj/zwgk_36090/fdzdgknr_36093/lzyj_36094/qtgw_36096/202402/"
        "t20240227_12966168.html",
        "县统计局 岗位廉政风险点排查表 对岗不对人 after the source's 经济普查 预防风险 预案 of a 县统计局 (普查办, 普查"
        "数据安全, 普查员 and 指导员, 统计执法): the title, ``填报单位:濛岵县统计局 | 填报日期:…`` (two merged cells); "
        "序号/股室 merged (局领导, 综合股, ``县普查中心``, 执法监督股)/岗位/风险点/风险类别 (short names)/风险等级 "
        "一级/二级/三级/防控措施; no names; 填表人/股室负责人/单位负责人 line",
        [sh], t,
    )  # fmt: skip


def archives_duty_posts() -> dict:
    unit = f"{COUNTY}档案馆"
    sh = _Sheet("风险清单", [6, 12, 14, 34, 8, 34, 14])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控清单", 7)
    sh.add("序号", "业务环节", "工作事项", "廉政风险点", "风险等级", "防控措施", "责任岗位")
    rows = [
        ("档案接收", "进馆档案接收", "接收时不按标准验收,收受移交单位好处降低要求", "中",
         "接收验收两人以上,验收意见书存档。", "接收征集科科长", "middle"),
        ("档案接收", "民间档案征集", "征集档案作价不实,虚列征集费用", "高",
         "征集价格经专家评估和馆务会审定。", "接收征集科科长", "middle"),
        ("档案利用", "档案查阅", "违规向无关人员提供未开放档案", "高",
         "查阅凭证件登记,未开放档案查阅经馆长审批。", "利用服务科科员", "general"),
        ("档案利用", "档案证明出具", "出具档案证明时篡改或伪造内容", "中",
         "证明出具双人核对,底稿留存。", "利用服务科科员", "general"),
        ("档案保管", "库房管理", "擅自带出档案,库房钥匙管理不严", "低",
         "库房双人双锁,出入库登记。", "保管员", "general"),
        ("鉴定销毁", "到期档案鉴定销毁", "鉴定走过场,违规销毁应保存档案", "高",
         "鉴定小组集体鉴定,销毁清册报局审批、监销人签字。", "馆长", "leader"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (step, item, point, lv, measures, post, tier) in enumerate(rows, 1):
        sh.add(n, step, item, point, lv, measures, post)
        t.point(sh.name, "", post, "", tier, point, [], HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add()
    sh.add(
        "注:风险等级按发生概率和危害程度分为高、中、低三级。", None, None, None, None, None, None
    )
    sh.merge(len(sh.rows) - 1, 0, len(sh.rows) - 1, 6)
    return _layout(
        "archives_duty_posts", "https://1wenmi.com/doc/1075121.html",
        "县档案馆 廉政风险防控清单 对岗不对人 after the source's 档案室 评价清单 (评价内容 | 评价项目 | 风险等级 | "
        "操作方法, 收集, 整理归档, 库房, 鉴定): 序号/业务环节 merged/a short ``工作事项`` before the long "
        "``廉政风险点``/高/中/低/防控措施/a trailing ``责任岗位`` (``接收征集科科长``, ``利用服务科科员``, 保管员, 馆长 — "
        "the 科 written in the post, no 科室 column); a 注 line on the levels",
        [sh], t,
    )  # fmt: skip


def red_cross_posts() -> dict:
    unit = f"{COUNTY}红十字会"
    sh = _Sheet("Sheet1", [6, 10, 10, 8, 32, 12, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("会领导", "常务副会长", "杨秀芝", "leader", "捐赠款物分配方案个人决定,不经会长办公会研究",
         "制度机制风险", "高", "分配方案经会长办公会集体研究,结果向社会公开。"),
        ("会领导", "常务副会长", "杨秀芝", "leader", "定向捐赠未按捐赠人意愿使用", "岗位职责风险", "中",
         "定向捐赠建立台账,使用情况向捐赠人反馈。"),
        ("办公室", "主任", "梁国栋", "middle", "捐赠收据开具不规范,收据与到账金额不符", "业务流程风险", "中",
         "使用统一捐赠票据,票据与银行到账逐笔核对。"),
        ("办公室", "出纳", "卢雪琴", "general", "捐款现金未及时存入专户,公款私存", "思想道德风险", "高",
         "现金捐款当日存入专户,每月银行对账。"),
        ("赈济救护部", "部长", "莫晓峰", "middle", "救助对象审核把关不严,优亲厚友", "岗位职责风险", "中",
         "救助对象村、乡审核后公示,部长复核。"),
        ("赈济救护部", "仓库管理员", "甘建华", "general", "救灾物资出入库不登记,物资流失", "外部环境风险", "低",
         "物资入库验收、出库凭单,每季度盘点。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("填表人:", None, None, "审核人:", None, None, "2025年3月", None)
    return _layout(
        "red_cross_posts", "http://www.ynredcross.cn/ydx/article.jsp?id=51281&itemId=198",
        "县红十字会 岗位廉政风险防控一览表 after the source's 县红十字会 捐赠工作管理制度 (募捐, 接受捐赠, 定向捐赠, "
        "捐赠款物 使用 and 公开): 序号/科室 merged (``会领导``, 办公室, 赈济救护部)/岗位 and 姓名 merged per person "
        "(the 常务副会长 over two rows)/风险点/风险类型 ``…风险``/高/中/低/防控措施; 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def funeral_home_supervisor() -> dict:
    unit = f"{COUNTY}殡仪馆"
    sh = _Sheet("排查表", [6, 10, 10, 8, 32, 6, 32, 8])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "班组", "岗位", "责任人", "风险点", "等级", "防控措施", "分管领导")
    rows = [
        ("业务室", "业务室主任", "范丽娟", "middle", "殡葬服务项目捆绑收费,超标准收费", "高",
         "收费项目和标准在服务大厅公示,收费清单由丧属签字确认。"),
        ("业务室", "业务室主任", "范丽娟", "middle", "骨灰盒、寿衣等丧葬用品强行推销", "中",
         "丧葬用品明码标价,丧属自主选择。"),
        ("业务室", "收费员", "唐春燕", "general", "收费不开票或少开票,截留收入", "高",
         "收费系统开票,日结日清,每日与财务对账。"),
        ("火化班", "班长", "石永安", "middle", "向丧属索要红包或变相收费", "中",
         "公开监督电话,服务满意度回访。"),
        ("公墓管理组", "组长", "熊志远", "middle", "墓穴销售不按登记顺序,倒卖墓穴", "高",
         "墓穴销售实名登记,销售台账每月核查。"),
        ("公墓管理组", "管理员", "谢文斌", "general", "清明祭扫期间收受商户好处,放任违规经营", "低",
         "祭扫期间纪检人员巡查,商户统一管理。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, lv, measures, "包立华")
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person),
                            (7, lambda row: row[7])])  # fmt: skip
    sh.add()
    _line(sh, "监督电话:0000-6612345", 8)
    sh.add("填报人:", None, None, "馆长:", None, None, "2025年3月28日", None)
    return _layout(
        "funeral_home_supervisor", "http://wmf.fjsen.com/2017-03/27/content_19293743.htm",
        "县殡仪馆 廉政风险点排查表 after the source's account of a 县殡仪馆's 清明 祭扫 work (公墓, 墓区引导, 值勤小组, "
        "殡葬改革): 序号/班组 merged (业务室, 火化班, 公墓管理组)/岗位 and 责任人 merged per person/风险点/levels under "
        "a bare ``等级``/防控措施/a trailing ``分管领导`` merged down the whole table over one name (the supervisor, "
        "not the holder); no type column; a 监督电话 line and 填报人/馆长/date under it",
        [sh], t,
    )  # fmt: skip


def civil_affairs_burial_office() -> dict:
    unit = f"{COUNTY}民政局"
    sh = _Sheet("一览表", [6, 12, 10, 8, 16, 30, 10, 8, 30, 8])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 10)
    sh.add("序号", "股室", "岗位", "责任人", "职责事项", "廉政风险点", "风险类型", "风险等级", "防控措施",
           "责任领导")  # fmt: skip
    rows = [
        ("社会救助股", "股长", "田秀兰", "middle", "低保审核确认", "低保对象审核把关不严,人情保、关系保",
         "岗位职责类", "一级", "入户核查、民主评议、张榜公示,股长复核。", "钟国华"),
        ("社会救助股", "科员", "吴海鹏", "general", "临时救助发放", "临时救助资金虚报冒领",
         "业务流程类", "二级", "救助资金打卡发放,发放名单公示。", "钟国华"),
        ("殡葬管理所", "所长", "罗建平", "middle", "殡葬执法", "对乱埋乱葬查处不力,以罚代管",
         "外部环境类", "二级", "执法全程记录,处罚结果公开。", "龙春梅"),
        ("殡葬管理所", "所长", "罗建平", "middle", "公益性墓地建设", "公益性墓地建设项目验收走过场",
         "制度机制类", "一级", "项目验收邀请纪检、财政参加。", "龙春梅"),
        ("殡葬管理所", "会计", "蓝丽芳", "general", "惠民殡葬补贴", "基本殡葬服务补贴审核不严,重复补贴",
         "思想道德类", "三级", "补贴与火化信息比对,按月公示。", "龙春梅"),
        ("办公室", "主任", "施永红", "middle", "公务接待", "超标准接待,接待费用虚报",
         "制度机制类", "三级", "凭公函和清单接待,按月公示。", "钟国华"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, duty, point, typ, lv, measures, leader) in enumerate(rows, 1):
        sh.add(n, dept, post, who, duty, point, typ, lv, measures, leader)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("填表人:", None, None, "审核人:", None, None, None, "2025年4月", None, None)
    return _layout(
        "civil_affairs_burial_office",
        "https://xiangchengxian.gov.cn/zwgk/010001/20251120/67a8e7d7-4913-4592-9e57-02d788e851ec.html",
        "县民政局 岗位廉政风险防控一览表 after the source's report on a county's 殡葬 专项巡察 整改 (殡葬法规, 殡仪馆 "
        "制度, 公益性墓地, 联合工作机制): 序号/股室 merged (社会救助股, ``殡葬管理所`` — a 所 of the 局 written as its "
        "股室, 办公室)/岗位 and 责任人 merged per person/职责事项/廉政风险点/风险类型 ``…类``/一级/二级/三级/防控措施/"
        "a trailing ``责任领导`` with two 局领导 names, one over several 股室's rows; 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def trade_union_aid_steps() -> dict:
    unit = f"{COUNTY}总工会"
    sh = _Sheet("清单", [6, 10, 34, 8, 34, 14, 8])
    t = _Truth(unit)
    sh.add("附件")
    _line(sh, f"{unit}困难职工帮扶廉政风险防控清单", 7)
    sh.add("序号", "工作环节", "风险点", "风险等级", "防控措施", "责任部门", "责任人")
    rows = [
        ("申请", "为不符合条件的亲友代为申请、伪造证明材料", "中", "申请材料由基层工会初审盖章,复印件存档。",
         "基层工作部", "何丽萍"),
        ("审核", "入户核查走过场,家庭收入核定不实", "高", "两人以上入户核查,核查表由申请人签字。",
         "职工帮扶中心", "邱德明"),
        ("公示", "不按规定公示或缩短公示期", "低", "在单位和社区同时公示不少于5个工作日。",
         "职工帮扶中心", "邱德明"),
        ("审批", "帮扶对象和金额个人拍板,不经常务会议研究", "高", "帮扶名单和金额经常务会议集体研究。",
         "办公室", "宋晓光"),
        ("发放", "帮扶资金截留、挪用或虚报冒领", "高", "资金打卡发放,发放名单张榜公布。", "财务室", "江美玲"),
        ("建档", "帮扶档案不全,动态调整不及时", "低", "一户一档,每年复核一次。", "职工帮扶中心", "温秀英"),
    ]  # fmt: skip
    for n, (step, point, lv, measures, dept, who) in enumerate(rows, 1):
        sh.add(n, step, point, lv, measures, dept, who)
        t.point(sh.name, dept, "", who, "general", point, [], HML[lv])
    sh.add()
    sh.add("单位(盖章):", None, "负责人:", None, "填报日期:2025年4月", None, None)
    return _layout(
        "trade_union_aid_steps", "http://www.lygzb.net/html/text/lar/173155/17315566_1.html",
        "县总工会 困难职工帮扶廉政风险防控清单 after the source's 县总工会 救助困难职工 基金 rules (专户由帮扶中心管理, "
        "申请、审核、公示、审批、建档 five steps, 张榜公示): ``附件`` above the title; 序号/工作环节 (the steps)/风险点/"
        "高/中/低/防控措施/a trailing ``责任部门 | 责任人`` (the 帮扶中心's 邱德明 on two rows, 温秀英 on another); "
        "no post, no type column; ``单位(盖章): | 负责人: | 填报日期:…`` line",
        [sh], t,
    )  # fmt: skip


def youth_league_self_checks() -> dict:
    unit = f"共青团{COUNTY}委员会"
    t = _Truth(unit)
    people = [
        ("覃志华", "副书记", "团县委领导", "leader", [
            ("希望工程助学金分配向熟人子女倾斜", "思想道德", "高", "受助学生名单经乡镇、学校、团县委三级审核并公示。"),
            ("社会捐赠资金未全部进入专户管理", "制度机制", "中", "捐赠资金全部进入青少年发展基金专户,定期公开。"),
            ("评选优秀团干部、团员时暗箱操作", "岗位职责", "低", "评选条件和结果公示,接受团员监督。"),
        ]),
        ("赵雨婷", "干事", "学少部", "general", [
            ("受助学生档案资料审核不严,材料不实", "业务流程", "中", "受助学生资料逐一核对,档案统一建立。"),
            ("助学金发放不按时,滞留挪用", "岗位职责", "高", "助学金到账五个工作日内发放,学生本人签领。"),
            ("泄露受助学生家庭信息", "外部环境", "低", "受助学生信息专人保管,对外宣传隐去个人信息。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, dept, tier, points in people:
        sh = _Sheet(who, [6, 34, 10, 8, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        sh.add("姓名", who, "职务", post, "所在部门", dept)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", "备注")
        for n, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(n, point, typ, lv, measures, None)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        sh.add()
        sh.add("本人签名:", None, "分管领导签名:", None, "2025年3月", None)
        sheets.append(sh)
    return _layout(
        "youth_league_self_checks", "https://www.cdgqt.org.cn/ywgz/xwgc1/content_150317",
        "团县委 岗位廉政风险自查表, one per sheet (tab = the holder), after the source's account of a 团县委's 希望工程 "
        "前期管理 (调查摸底, 学生申请, 学校 and 民政所 核实, 受助学生 档案, 规章制度): the title, ONE row ``姓名 | 覃志华 | "
        "职务 | 副书记 | 所在部门 | 团县委领导``; 序号/风险点/风险类型 (short names)/风险等级 高/中/低/防控措施/an "
        "empty 备注; 本人签名/分管领导签名/date line",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    media_center_post_and_name(),
    statistics_bureau_census(),
    archives_duty_posts(),
    red_cross_posts(),
    funeral_home_supervisor(),
    civil_affairs_burial_office(),
    trade_union_aid_steps(),
    youth_league_self_checks(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = False) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx`` (no re-saved copies)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch93-inbox"))

"""A forty-ninth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: THE ORDINARY CASE — the plain 岗位廉政风险防控一览表 /
风险点排查表 / 廉政风险防控责任清单 that a city, county or district body puts on its website or
hands back, as a random sample gives it, from bodies the earlier batches never drew on (团县委,
地震局, 科协, 侨办, 档案馆, 民族宗教事务局 of a city, 慈善总会, 区烟草专卖局, 地方志编纂中心).
Eight are EVERYDAY:

- a 共青团XX县委员会 一览表 (``附件``, a 填报时间 line): ``部室`` merged (``班子成员`` first),
  岗位/姓名 merged per person, 廉政风险点, 风险类别 (one cell naming two types joined by ``、``),
  高/中/低, 防控措施; a 单位负责人/填表人 line;
- a 市地震局 排查表 对岗不对人 whose office heading is ``科室（单位）`` (a 震害防御中心 and a 地震台
  among the 科室), a ``工作事项`` column before the ``廉政风险点``, 一级/二级/三级, and a trailing
  ``责任领导`` column of names merged over the rows each oversees;
- a 县科学技术协会 责任清单 with no post column: ``工作事项`` first, then 风险点, 高/中/低,
  防控措施, and ``责任股室 | 责任人`` trailing, merged per 股室 (the 责任人 names the holder); a 注
  line;
- a 区人民政府侨务办公室 自查汇总表 with ``职务`` before ``姓名`` and a ``主要职责`` cell merged per
  person before the ``风险点描述``, ``办领导`` as the leaders' 科室, 高/中/低;
- a 区档案馆 防控表 whose holder sits in a ``责任人`` column between 岗位 and the risk, a short
  风险点 beside its ``风险描述``, 风险类别 written with its ``风险`` suffix, Ⅰ级/Ⅱ级/Ⅲ级;
- a 市民族宗教事务局 一览表 对岗不对人 with a ``权力事项`` column before the ``廉政风险点`` and a
  trailing ``备注`` column (``2025年新增`` on one row);
- a 区慈善总会 一览表 (廉洁, not 廉政): ``会领导`` first, 岗位/姓名 merged, 风险类型, the level
  heading ``风险级别`` written ``高风险``/``中风险``/``低风险``;
- a 区烟草专卖局 防控表 on a sheet named ``廉洁风险``: 部门 (专卖管理科, 稽查中队, 营销部), 岗位/
  姓名 merged (内管员, 稽查员, 客户经理), 廉洁风险点, 风险类别, 高/中/低, and a trailing
  ``监督责任人`` column of names merged per 部门 (who watches, not who holds).

One is harder:

- ``gazetteer_ticked_types``: a 县地方志编纂中心 排查表 whose heading takes two rows — ``岗位信息``
  over ``科室 | 岗位 | 姓名`` and ``风险类型`` over the five types ticked ``√`` (one row ticks
  two), ``廉政风险点``, ``风险等级`` and ``防控措施`` merged down both rows — with the leaders'
  科室 written ``/``, a 填报单位（盖章）/填报时间 line above and a ``合计`` line below.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited: pages describing their subject in prose or in a table of their own (a
团县委's 巡察整改 report naming its 责任部室 and a 电影卡 refund, a 市地震局's 两会 安保 plan naming
its 科室, 震防中心 and 地震台, a 县科协's 科普经费 安排明细表 by 项目名称/项目内容/实施单位, a 区侨办's
工作总结 on 侨情调查 and 困难归侨 慰问金, a 区档案馆's 第三方服务 tender (档案接收进馆, 质检, 查档,
库房, 系统维护), an analysis of 地方志编纂's problems (资料征集, 审核机制, 队伍建设), a 民宗委's
visit on 少数民族发展资金 and 特色村寨, a 区慈善总会's 募集资金一览表 and 配捐, a 县烟草专卖局's
“四条主线” with its 内管员, 稽查员 and 客户经理) whose words the layout follows for the unit, its
parts, its posts and its risks. The rows are worded by us, the names invented.

Run ``python tests/published/score.py --set batch49`` and do not tune the reader against it, or it
stops being held out. No LibreOffice re-saved copies are kept for this batch (prefix ``b49_``).

Judgement calls this batch leans on, beyond those of the earlier batches:

- a type cell ``思想道德、岗位职责`` names both types; ``岗位职责风险`` gives the short name;
- ``科室（单位）`` names the office: a 中心 or a 地震台 is the 科室 of its rows;
- ``工作事项`` / ``权力事项`` is where the point sits, not the point; ``主要职责`` is the post's
  duties, not a point; a ``备注`` cell (``2025年新增``) is no point;
- a trailing ``责任股室 | 责任人`` with no post column: the 股室 is the department, the 责任人 the
  holder, the title "";
- a ``责任人`` column of names between 岗位 and the risk is the holder;
- a trailing ``责任领导`` column of names beside a 岗位 column and no 姓名 column watches (对岗不对人);
  a trailing ``监督责任人`` column of names beside a 姓名 column watches, the 姓名 holds;
- ``高风险``/``中风险``/``低风险`` are Ⅰ/Ⅱ/Ⅲ;
- a leader's 科室 written ``/`` is no 科室 (department ""); ``√`` under a type names that type;
- 填报/填表/负责人 lines, 注 lines and a ``合计`` line are no points.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, row
heights) and writes ``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b49_"
ORDINAL = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
SUFFIXED = {"高风险": 1, "中风险": 2, "低风险": 3}
TICK = "√"
NO_DEPT = "/"
TYPES = ("思想道德", "制度机制", "岗位职责", "业务流程", "外部环境")
TIER = {"书记": "leader", "副书记": "leader", "主任": "middle", "副主任": "leader",
        "部长": "middle", "科长": "middle", "台长": "middle", "常务副会长": "leader",
        "秘书长": "leader"}  # fmt: skip


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


def gazetteer_ticked_types() -> dict:
    unit = "XX县地方志编纂中心"
    sh = _Sheet("Sheet1", [5, 12, 12, 8, 36, 6, 6, 6, 6, 6, 7, 34])
    t = _Truth(unit)
    sh.title(f"{unit}廉政风险点排查表", 12)
    sh.add(f"填报单位（盖章）：{unit}", None, None, None, None, None, None, None,
           "填报时间：2025年4月", None, None, None)  # fmt: skip
    r = sh.add("序号", "岗位信息", None, None, "廉政风险点", "风险类型", None, None, None, None,
               "风险等级", "防控措施")  # fmt: skip
    sh.add(None, "科室", "岗位", "姓名", None, *TYPES, None, None)
    sh.merge(r, 0, r + 1, 0)
    sh.merge(r, 1, r, 3)
    sh.merge(r, 4, r + 1, 4)
    sh.merge(r, 5, r, 9)
    sh.merge(r, 10, r + 1, 10)
    sh.merge(r, 11, r + 1, 11)
    rows = [
        (NO_DEPT, "主任", "卢建中", "志书、年鉴编纂经费使用不经集体研究，个人审批大额开支",
         ("制度机制",), "高", "编纂经费纳入中心会议集体研究，大额开支报县政府办备案。"),
        (NO_DEPT, "主任", "卢建中", "志稿终审时受人情干扰，对篇目内容随意增删",
         ("思想道德", "岗位职责"), "中", "终审实行专家评审与中心会议审定相结合，修改意见书面留存。"),
        (NO_DEPT, "副主任", "韦雅琳", "部门志、乡镇志编纂指导中收受编写单位礼品礼金",
         ("外部环境",), "中", "业务指导两人以上同行，向编写单位发放廉洁提醒函。"),
        ("综合科", "科长", "秦永福", "志书印刷、出版服务采购设置倾向性条件", ("业务流程",), "高",
         "印刷出版服务按规定比选或进场采购，采购结果公示。"),
        ("综合科", "会计", "苗雨晴", "专家评审费、稿酬发放凭据不全，虚列人员冒领",
         ("制度机制",), "中", "稿酬、评审费通过银行转账发放，发放名单公示。"),
        ("编纂科", "科长", "贺明远", "资料征集中对提供资料的单位和个人收取费用或索要好处",
         ("岗位职责",), "中", "资料征集实行清单化管理，征集记录登记备查。"),
        ("编纂科", "编辑", "蓝心怡", "擅自对外提供未公开出版的志稿和地情资料谋取私利",
         ("岗位职责",), "低", "志稿和地情资料分级管理，借阅复制履行审批登记。"),
        ("年鉴编辑部", "主任", "詹国庆", "年鉴条目刊载、图片入选中收受好处，为单位“宣传”收费",
         ("思想道德",), "高", "年鉴不收取任何刊载费用，入选条目和图片集体审定。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, types, lv, measures) in enumerate(rows, 1):
        ticks = [TICK if typ in types else None for typ in TYPES]
        sh.add(n, dept, post, who, point, *ticks, lv, measures)
        tier = "leader" if dept == NO_DEPT else _tier(post)
        department = "" if dept == NO_DEPT else dept
        t.point(sh.name, department, post, who, tier, point, list(types), HML[lv])
    _merge_runs(sh, first, [(1,), ((1, 2, 3), (2, 3))])
    r = sh.add("合计", "风险点8个，其中高风险3个、中风险4个、低风险1个", None, None, None, None,
               None, None, None, None, None, None)  # fmt: skip
    sh.merge(r, 1, r, 11)
    return _layout(
        "gazetteer_ticked_types", "http://www.boteman.cn/paper/508060300.html",
        "(harder) 县地方志编纂中心 廉政风险点排查表 after the source's analysis of the problems of 地方志编纂 "
        "(资料征集不全面, 内容质量, 审核机制不严格, 队伍建设, 乡镇志, 部门志): a heading of two rows — "
        "``岗位信息`` over ``科室 | 岗位 | 姓名`` and ``风险类型`` over the five types (思想道德 … 外部环境) "
        "ticked ``√`` (one row ticks two), ``序号``, ``廉政风险点``, ``风险等级`` and ``防控措施`` merged down "
        "both rows; 科室 merged, 岗位/姓名 merged per person, the leaders' 科室 written ``/``; 高/中/低; a "
        "``填报单位（盖章）：…`` / ``填报时间`` line above and a ``合计 | 风险点8个，其中…`` line below",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- everyday layouts


def youth_league_dept_rooms() -> dict:
    unit = "共青团XX县委员会"
    sh = _Sheet("一览表", [5, 16, 8, 8, 36, 12, 7, 36])
    t = _Truth(unit)
    sh.add("附件")
    sh.title(f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("填报时间：2025年3月", None, None, None, None, None, None, None)
    sh.add("序号", "部室", "岗位", "姓名", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("班子成员", "书记", "邵晨阳", "团费和专项工作经费大额开支未经班子集体研究，个人说了算",
         "制度机制", "高", "严格执行“三重一大”集体决策，团费收支每半年公布一次。"),
        ("班子成员", "书记", "邵晨阳", "推荐优秀青年人才和“两代表一委员”人选时把关不严",
         "岗位职责", "中", "推荐人选经班子集体研究，推荐结果公示。"),
        ("班子成员", "副书记", "韦思琪", "希望工程助学金受助学生审核不严，优亲厚友",
         "思想道德、岗位职责", "高", "受助学生由学校、乡镇两级审核，名单公示五个工作日。"),
        ("办公室", "主任", "范一鸣", "职工福利超标准、重复发放", "制度机制", "中",
         "福利发放按标准列支，发放清单经班子审定后入账。"),
        ("办公室", "主任", "范一鸣", "代扣的工会会费、团费未及时足额上缴", "业务流程", "低",
         "代扣代缴情况按季度对账，上缴凭证存档。"),
        ("组织宣传部", "部长", "古佳怡", "“五四”评优表彰推荐中降低标准、优亲厚友", "岗位职责", "中",
         "评优条件和推荐结果公示，接受团员青年监督。"),
        ("青少年发展和权益部", "干事", "鲁浩", "青年志愿服务项目经费虚报服务时长、冒领补贴",
         "外部环境", "中", "志愿服务时长以系统记录为准，补贴发放抽查回访。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        tier = "leader" if dept == "班子成员" else _tier(post)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _merge_runs(sh, first, [(1,), ((1, 2, 3), (2, 3))])
    sh.add()
    sh.add("单位负责人：", None, None, "填表人：", None, None, None, None)
    return _layout(
        "youth_league_dept_rooms", "http://nxjw.nanxian.gov.cn/14365/14495/content_2092854.html",
        "共青团县委 岗位廉政风险防控一览表 after the source's 巡察整改 report of a 团县委 (责任部室, 问题清单, "
        "清退重复发放的电影卡资金, 补缴工会会费, 整改台账): ``附件`` and a 填报时间 line above, ``部室`` merged "
        "(``班子成员`` first, then 办公室, 组织宣传部, 青少年发展和权益部), 岗位/姓名 merged per person, "
        "廉政风险点, 风险类别 (one cell ``思想道德、岗位职责``), 高/中/低, 防控措施; a 单位负责人/填表人 line",
        [sh], t,
    )  # fmt: skip


def quake_bureau_units_post_only() -> dict:
    unit = "XX市地震局"
    sh = _Sheet("排查表", [5, 16, 10, 16, 36, 8, 34, 9])
    t = _Truth(unit)
    sh.title(f"{unit}廉政风险点排查表", 8)
    sh.add(
        "序号", "科室（单位）", "岗位", "工作事项", "廉政风险点", "风险等级", "防控措施", "责任领导"
    )
    rows = [
        ("办公室", "主任", "公务接待", "无公函接待、超标准接待，虚列接待费用", "三级",
         "先审批后接待，接待清单按月公示。", "杜文轩"),
        ("办公室", "财务人员", "经费报销", "报销票据审核不严，虚列差旅、会议支出", "二级",
         "报销实行经办、审核、审批三签，票据真伪查验。", "杜文轩"),
        ("监测预报科", "科长", "地震监测设备采购", "设备采购设置倾向性技术参数，指定品牌", "一级",
         "采购需求集体论证，限额以上进场采购。", "杜文轩"),
        ("监测预报科", "科长", "宏观观测点管理", "宏观观测员补助虚报冒领", "二级",
         "观测员名单公示，补助通过银行卡发放。", "杜文轩"),
        ("震害防御科", "科长", "抗震设防要求监管", "对应评未评、评而未用的建设工程不予纠正", "一级",
         "抗震设防监管事项双随机抽查，检查结果公开。", "马雪梅"),
        ("震害防御中心", "主任", "台网运维服务外包", "运维服务验收走过场，多付服务费用", "二级",
         "运维服务按季度考核，考核结果与付款挂钩。", "马雪梅"),
        ("城南地震台", "台长", "观测环境保护", "对影响观测环境的建设项目违规出具同意意见", "一级",
         "观测环境保护意见集体研究，报局审核后出具。", "马雪梅"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, step, point, lv, measures, leader) in enumerate(rows, 1):
        sh.add(n, dept, post, step, point, lv, measures, leader)
        t.point(sh.name, dept, post, "", _tier(post), point, [], ORDINAL[lv])
    _merge_runs(sh, first, [(1,), ((1, 2), (2,)), (7,)])
    return _layout(
        "quake_bureau_units_post_only", "https://m.yzwku.com/doc/1062580.html",
        "市地震局 廉政风险点排查表 对岗不对人 after the source's 两会 地震安全保障 plan of a 市地震局 (局党组, "
        "市局各科室、震防中心、地震台, 监测预报, 应急准备及风险防范, 信息网络运维): heading ``科室（单位）`` with a "
        "``震害防御中心`` and a ``城南地震台`` among the 科室, 岗位 merged within its 科室, a ``工作事项`` column "
        "before ``廉政风险点``, 一级/二级/三级, 防控措施 and a trailing ``责任领导`` column of names (杜文轩 merged "
        "over the first two 科室, 马雪梅 over the other three); no 姓名 column",
        [sh], t,
    )  # fmt: skip


def science_association_trailing_holder() -> dict:
    unit = "XX县科学技术协会"
    sh = _Sheet("Sheet1", [5, 16, 36, 8, 36, 10, 9])
    t = _Truth(unit)
    sh.title(f"{unit}廉政风险防控责任清单", 7)
    sh.add("序号", "工作事项", "风险点", "风险等级", "防控措施", "责任股室", "责任人")
    rows = [
        ("科普阵地建设", "乡镇科普设施建设项目验收不严，未建先报、以少报多", "高",
         "项目实行现场验收，验收资料和影像存档。", "科普部", "龙海峰"),
        ("科普大篷车运行", "大篷车运行维护费用虚列，车辆公车私用", "中",
         "运行台账逐次登记，维护费用凭票据据实报销。", "科普部", "龙海峰"),
        ("学会工作经费", "学会能力提升奖补资金分配不公开、不按标准", "中",
         "奖补标准和分配结果公开，学会年检结果作为依据。", "学会部", "田雨桐"),
        ("优秀论文评选", "评选中打招呼、打人情分", "低", "评审专家随机抽取，评选结果公示。",
         "学会部", "田雨桐"),
        ("科普经费拨付", "科普项目经费未按进度拨付，挤占挪用专项经费", "高",
         "科普经费专账核算，拨付凭项目进度和审批单办理。", "办公室", "欧阳明"),
        ("会议培训", "虚列科普培训、会议人数和天数，套取经费", "中",
         "培训会议先报计划，签到表、通知和结算单同步报销。", "办公室", "欧阳明"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (item, point, lv, measures, dept, who) in enumerate(rows, 1):
        sh.add(n, item, point, lv, measures, dept, who)
        t.point(sh.name, dept, "", who, None, point, [], HML[lv])
    _merge_runs(sh, first, [((5, 6), (5, 6))])
    sh.add()
    sh.title("注：风险等级分为高、中、低三级；责任人为责任股室负责人。", 7)
    return _layout(
        "science_association_trailing_holder",
        "https://longhui.gov.cn/lhxczj/zxzjxx/202006/357b8eed5735457f9c7f66d97b87783b.shtml",
        "县科学技术协会 廉政风险防控责任清单 after the source's 科普经费安排明细表 of a 县科协 (项目名称 | 项目内容 "
        "| 项目实施单位 | 计划经费: 科普阵地建设, 学会工作经费, 自然优秀论文评选, 科普大篷车运行维护, 科普培训): "
        "no post column — ``工作事项`` first, then 风险点, 高/中/低, 防控措施, and ``责任股室 | 责任人`` trailing, "
        "merged per 股室 (the 责任人 names the holder); a 注 line",
        [sh], t,
    )  # fmt: skip


def overseas_affairs_post_then_name() -> dict:
    unit = "XX区人民政府侨务办公室"
    sh = _Sheet("汇总表", [5, 10, 8, 8, 26, 36, 8, 34])
    t = _Truth(unit)
    sh.title(f"{unit}岗位廉政风险点自查汇总表", 8)
    sh.add("序号", "科室", "职务", "姓名", "主要职责", "风险点描述", "风险等级", "防控措施")
    rows = [
        ("办领导", "主任", "戴文涛", "主持全面工作，负责侨务专项经费审批", "侨务专项经费安排不经集体研究",
         "高", "专项经费安排经主任办公会研究，使用情况年终公开。"),
        ("办领导", "副主任", "蔡晓燕", "分管侨政、联谊和侨资企业服务",
         "海外联谊活动超标准接待，变相公款旅游", "高", "联谊活动先报方案，接待按标准结算并公示。"),
        ("侨政科", "科长", "汪立新", "侨情调查，归侨侨眷权益保护和身份认定",
         "归侨侨眷身份认定把关不严，出具不实证明", "中", "身份认定材料两人审核，认定结果登记备查。"),
        ("侨政科", "科长", "汪立新", "侨情调查，归侨侨眷权益保护和身份认定",
         "困难归侨慰问金发放对象审核不严，优亲厚友", "中", "慰问对象由街镇推荐、科室审核、办务会审定并公示。"),
        ("联络科", "科员", "邹婷", "联系服务侨资企业和海外侨团", "服务侨资企业时接受宴请和礼品",
         "中", "走访企业两人同行，发放廉洁提醒卡。"),
        ("综合科", "出纳", "彭佳", "现金、票据和银行账户管理", "慰问金现金领取后不及时登记发放，截留挪用",
         "低", "慰问金通过银行代发，现金日清月结。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, duty, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, duty, point, lv, measures)
        tier = "leader" if dept == "办领导" else _tier(post)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _merge_runs(sh, first, [(1,), ((1, 2, 3), (2, 3, 4))])
    return _layout(
        "overseas_affairs_post_then_name", "https://wnwk.com/doc/711821.html",
        "区人民政府侨务办公室 岗位廉政风险点自查汇总表 after the source's 工作总结 of a 区侨办 (侨情调查, 海外联谊, "
        "走访慰问贫困归侨 慰问金, 侨领, 侨资企业): ``科室 | 职务 | 姓名`` (the post before the name), a "
        "``主要职责`` cell merged per person before the ``风险点描述``, ``办领导`` as the leaders' 科室, "
        "高/中/低, 防控措施",
        [sh], t,
    )  # fmt: skip


def archives_holder_before_point() -> dict:
    unit = "XX区档案馆"
    sh = _Sheet("防控表", [5, 12, 8, 8, 16, 36, 12, 8, 34])
    t = _Truth(unit)
    sh.title(f"{unit}岗位廉政风险防控表", 9)
    sh.add(
        "序号", "科室", "岗位", "责任人", "风险点", "风险描述", "风险类别", "风险等级", "防控措施"
    )
    rows = [
        ("办公室", "主任", "程立群", "服务外包采购", "档案数字化外包采购设置倾向性条件，向特定服务商倾斜",
         "制度机制风险", "Ⅰ级", "采购需求集体研究，采购文件经法律顾问审查。"),
        ("办公室", "主任", "程立群", "驻场人员管理", "第三方驻场人员考勤、工作量核定不实，多付服务费",
         "业务流程风险", "Ⅱ级", "驻场工作日志逐日登记，服务费按考核结果结算。"),
        ("接收征集科", "科长", "廖静", "档案接收进馆", "进馆档案质检把关不严，降低标准接收",
         "岗位职责风险", "Ⅱ级", "进馆档案逐卷质检，质检记录签字存档。"),
        ("接收征集科", "科员", "孙浩宇", "档案资料征集", "征集档案资料作价不实，虚报征集经费",
         "思想道德风险", "Ⅱ级", "征集作价由鉴定小组评估，征集经费公示。"),
        ("保管利用科", "科长", "梁晓峰", "档案查阅利用", "违规为他人查阅、复制未开放档案",
         "岗位职责风险", "Ⅰ级", "查档按权限审批，查阅复制全程登记。"),
        ("信息技术科", "科长", "何志远", "数字档案系统运维", "系统运维验收走过场，运维人员泄露档案信息",
         "外部环境风险", "Ⅲ级", "运维人员签订保密协议，系统操作日志定期审计。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, who, _tier(post), point, types_in(typ), ROMAN[lv])
    _merge_runs(sh, first, [(1,), ((1, 2, 3), (2, 3))])
    return _layout(
        "archives_holder_before_point", "https://www.bswenk.com/doc/trl132lu91",
        "区档案馆 岗位廉政风险防控表 after the source's 第三方专业团队服务 tender of a 区档案馆 (档案接收进馆及质检, "
        "档案年检, 库房与机房管理, 档案系统维护, 查档协助, 驻场人员, 保密协议): 科室 merged, 岗位/``责任人`` "
        "merged per person with the holder's column between 岗位 and the risk, a short 风险点 beside its "
        "``风险描述``, 风险类别 written with its suffix (``制度机制风险``), Ⅰ级/Ⅱ级/Ⅲ级, 防控措施",
        [sh], t,
    )  # fmt: skip


def ethnic_affairs_power_items() -> dict:
    unit = "XX市民族宗教事务局"
    sh = _Sheet("Sheet1", [5, 12, 8, 22, 36, 8, 34, 10])
    t = _Truth(unit)
    sh.title(f"{unit}廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "权力事项", "廉政风险点", "风险等级", "防控措施", "备注")
    rows = [
        ("民族工作科", "科长", "少数民族发展资金项目申报", "项目申报审核不严，为不符合条件的村申报项目",
         "高", "项目申报实地核查，拟扶持项目公示。", None),
        ("民族工作科", "科长", "少数民族特色村寨建设验收", "验收走过场，对未完成建设内容的项目予以验收",
         "高", "验收邀请财政、审计人员参加，验收意见签字存档。", None),
        ("民族工作科", "科员", "民族团结进步创建示范单位推荐", "推荐中降低标准、优亲厚友", "中",
         "推荐条件公开，推荐名单集体研究并公示。", "2025年新增"),
        ("宗教工作科", "科长", "宗教活动场所设立审批", "对不符合条件的场所设立申请出具同意意见", "高",
         "设立申请实地查看，审核意见集体研究。", None),
        ("宗教工作科", "科员", "宗教教职人员备案", "备案材料审核不严，为不符合条件人员办理备案", "低",
         "备案材料两人审核，备案信息网上可查。", None),
        ("政策法规科", "科长", "宗教事务行政处罚", "行政处罚自由裁量不当，降格处理", "中",
         "严格执行处罚裁量基准，处罚决定法制审核。", None),
        ("办公室", "主任", "专项资金支付", "民族宗教工作专项资金挤占挪用，超范围列支", "中",
         "专项资金专账核算，支付经分管领导审批。", None),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, item, point, lv, measures, note) in enumerate(rows, 1):
        sh.add(n, dept, post, item, point, lv, measures, note)
        t.point(sh.name, dept, post, "", _tier(post), point, [], HML[lv])
    _merge_runs(sh, first, [(1,), ((1, 2), (2,))])
    return _layout(
        "ethnic_affairs_power_items",
        "https://www.meizhou.gov.cn/zwgk/zfjg/smzzjswj/gzdt/content/post_1926032.html",
        "市民族宗教事务局 廉政风险防控一览表 对岗不对人 after the source's news item on a 民族宗教委's visit (省级"
        "财政少数民族发展资金, 少数民族特色村寨建设, 专项资金监管, 宗教场所 规范化管理): 科室 merged, 岗位 merged "
        "within its 科室, a ``权力事项`` column before ``廉政风险点``, 高/中/低, 防控措施 and a trailing ``备注`` "
        "column with ``2025年新增`` on one row; no names",
        [sh], t,
    )  # fmt: skip


def charity_federation_suffixed_levels() -> dict:
    unit = "XX区慈善总会"
    sh = _Sheet("一览表", [5, 10, 12, 8, 36, 10, 9, 34])
    t = _Truth(unit)
    sh.title(f"{unit}岗位廉洁风险防控一览表", 8)
    sh.add("序号", "部门", "岗位", "姓名", "风险点", "风险类型", "风险级别", "防控措施")
    rows = [
        ("会领导", "常务副会长", "江海宁", "大额善款使用未经会长办公会集体研究", "制度机制", "高风险",
         "大额善款使用一律提交会长办公会研究，会议纪要存档。"),
        ("会领导", "秘书长", "邱若兰", "定向捐赠款物未按捐赠人意愿使用", "岗位职责", "高风险",
         "定向捐赠逐笔登记，使用情况向捐赠人反馈。"),
        ("募捐部", "部长", "石磊", "网络募捐配捐资金分配不公开、不透明", "业务流程", "中风险",
         "配捐分配方案集体研究，分配结果在网站公示。"),
        ("募捐部", "部长", "石磊", "接受捐赠不及时开具捐赠票据，善款体外循环", "制度机制", "高风险",
         "捐赠款一律进入对公账户，票据专人管理、按月核对。"),
        ("项目部", "项目专员", "廖欣然", "救助对象审核把关不严，优亲厚友", "岗位职责", "中风险",
         "救助对象经村居推荐、街镇审核、总会审定并公示。"),
        ("财务部", "会计", "韩冬梅", "善款收支不按规定公开，账实不符", "外部环境", "低风险",
         "善款收支每季度公开，接受年度审计。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        tier = "leader" if dept == "会领导" else ("middle" if post == "部长" else "general")
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), SUFFIXED[lv])
    _merge_runs(sh, first, [(1,), ((1, 2, 3), (2, 3))])
    return _layout(
        "charity_federation_suffixed_levels", "http://luozhuang.gov.cn/info/1018/76872.htm",
        "区慈善总会 岗位廉洁风险防控一览表 after the source's 募集资金一览表 of a 区慈善总会 (“幸福家园”村社互助, "
        "网络募捐, 筹款数/配捐数, 专款专用, 定期公开资金使用情况): 部门 merged (``会领导`` first), 岗位/姓名 merged "
        "per person, 风险点, 风险类型, the level heading ``风险级别`` written ``高风险``/``中风险``/``低风险``, "
        "防控措施",
        [sh], t,
    )  # fmt: skip


def tobacco_district_supervisors() -> dict:
    unit = "XX市XX区烟草专卖局"
    sh = _Sheet("廉洁风险", [5, 12, 9, 8, 36, 10, 7, 34, 10])
    t = _Truth(unit)
    sh.title(f"{unit}岗位廉洁风险防控表", 9)
    sh.add(
        "序号",
        "部门",
        "岗位",
        "姓名",
        "廉洁风险点",
        "风险类别",
        "风险等级",
        "防控措施",
        "监督责任人",
    )
    rows = [
        ("专卖管理科", "内管员", "余志强", "零售许可证审批中降低条件，对一户多证、证址不符不予清理",
         "岗位职责", "高", "许可证办理网上公示，定期开展摸底排查。", "曹国强"),
        ("专卖管理科", "内管员", "余志强", "泄露零售许可证布局规划和审批信息", "思想道德", "中",
         "审批信息分级查看，查询留痕。", "曹国强"),
        ("稽查中队", "稽查员", "葛云飞", "查办涉烟违法案件时以罚代刑、降格处理", "岗位职责", "高",
         "案件集体审理，重大案件报局务会研究。", "汤卫东"),
        ("稽查中队", "稽查员", "葛云飞", "接受零售户宴请，为违法经营户通风报信", "外部环境", "高",
         "检查两人以上同行，执法记录仪全程记录。", "汤卫东"),
        ("营销部", "客户经理", "施雯", "卷烟货源分配不公，向关系户倾斜紧俏品牌", "业务流程", "中",
         "货源投放策略公开，分配结果系统留痕。", "陶敏"),
        ("营销部", "客户经理", "施雯", "代零售户订货、虚增订单", "制度机制", "低",
         "订货由零售户本人确认，异常订单按月核查。", "陶敏"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, watcher) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures, watcher)
        t.point(sh.name, dept, post, who, "general", point, types_in(typ), HML[lv])
    _merge_runs(sh, first, [(1,), ((1, 2, 3), (2, 3)), ((1, 8), (8,))])
    return _layout(
        "tobacco_district_supervisors", "http://111.229.73.81/gedi/Newslist?Id=99162",
        "区烟草专卖局 岗位廉洁风险防控表 after the source's news item on a 县烟草专卖局's “四条主线” (零售许可"
        "准入, 一户多证/证址不符, 客户经理、内管员、稽查员互通信息, 双向监管): on a sheet named ``廉洁风险``, "
        "部门 merged (专卖管理科, 稽查中队, 营销部), 岗位/姓名 merged per person, ``廉洁风险点``, 风险类别, "
        "高/中/低, 防控措施 and a trailing ``监督责任人`` column of names merged per 部门 (watchers: the "
        "姓名 holds)",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    gazetteer_ticked_types(),
    youth_league_dept_rooms(),
    quake_bureau_units_post_only(),
    science_association_trailing_holder(),
    overseas_affairs_post_then_name(),
    archives_holder_before_point(),
    ethnic_affairs_power_items(),
    charity_federation_suffixed_levels(),
    tobacco_district_supervisors(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx`` (re-saved copies
    ``resaved/b49_*``, none kept)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch49-inbox"))

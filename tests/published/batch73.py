"""A seventy-third batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY COUNTY AND DISTRICT BODIES' LISTS FROM SECTORS THE
EARLIER BATCHES MET LEAST — a 区司法局 (its 司法所 among the 股室), a 县文化体育和旅游局, a 区应急管理局, a
区卫生健康局, a 区医疗保障局 (its 医疗保障服务中心 among the 股室), a 区城市管理和综合执法局 (科室 and 执法
中队), a 市场监督管理所 of a 区市场监督管理局, a 区妇女联合会 and a 县信访局 — each handing back its
岗位廉政风险防控一览表, 排查表, 责任清单 or personal 自查表 with the habits offices have, nothing
exotic:

- a 司法局 一览表: ``附件1``, a ``填报单位(盖章):… | 填报时间:…`` line, ``股室(所)`` merged (``局领导``
  first, the ``城关司法所`` last), 岗位/姓名 merged per person, ``…风险`` types, 高/中/低, a 注 line on
  the levels and a 单位负责人/填表人/联系电话 footer;
- a 文化体育和旅游局 排查表 对岗不对人 (股室 and 岗位 merged, ``高风险/中风险/低风险``, a ``备注`` saying
  ``新增``) and a SECOND sheet ``汇总表`` of counts per 股室 (``岗位数 | 风险点数 | 高风险 | 中风险 |
  低风险`` with a ``合计`` row) — numbers, no points;
- an 应急管理局 责任清单 by ``职责事项``: the holder under a trailing ``责任人`` on each row, a
  ``分管领导`` merged over each 股室's rows (a watcher), levels ``一级/二级/三级`` and a 注 on them;
- a 医疗保障局 排查表 whose ``稽核员`` post has TWO holders named in one cell one per line
  (``韦丽⏎邹晓峰``), the cell merged over the post's two rows; ``Ⅰ级/Ⅱ级/Ⅲ级``; the 局's
  ``医疗保障服务中心`` among the 股室;
- a 城市管理和综合执法局 一览表: ``科室(中队)`` merged (科室 and 执法一中队/二中队), 岗位/姓名 merged per
  person, short types, 高/中/低 and a ``防控时限`` column of the office's own (``长期``, ``即时``);
  a signature footer with a date;
- a 市场监督管理所's personal 自查表, one per sheet (tab = the name), under a ``单位:<局><所>`` line
  and a label row ``姓名 | 职务 | 政治面貌 | 填表日期`` over its values (a real date), a short
  ``风险点`` beside ``主要表现``;
- a 妇女联合会 一览表 对岗不对人 with a ``岗位人数`` column (numbers), types written ``…类``
  (``岗位职责类``), a 说明 line and a 主席/填报人 footer;
- a 信访局 登记表 with ``科室 | 姓名 | 职务`` (姓名 before 职务), a short ``风险点`` beside
  ``风险表现``, 高/中/低 and a 填表人/审核人 footer.

One is harder:

- ``health_three_holders``: a 卫生健康局 一览表 with THREE columns of names after the measures,
  ``主体责任人 | 直接责任人 | 监督责任人`` — the 主体责任人 (the 股长) merged over his 股室's rows, the
  监督责任人 (a 副局长) merged over the 股室 he oversees, and the holder the 直接责任人 of each row
  (the 股长 on his own rows, a 科员 on others); a 注 under it says which is which.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; these pages describe their subject in prose (a study of 司法所 as the 县司法局's
派出机构 — 人民调解, 社区矫正, 法律援助, 基层法律服务; the 职能 of a 县文化体育和旅游局 — 文艺, 非物质文化
遗产, 文物, 体育, 旅游 and its 文化市场综合执法; an 应急管理局's 机关工作制度 for its 股室 and 局长办公会;
a 市卫健局's 内设股 — 办公室, 人事股, 财务股, 行政审批法规股, 疾病预防控制股, 医政医管股; the cases of 县
医保局 cadres over 医保基金监管 and 住院费总控额度; a 区城市管理局's 行政执法 数据 — 行政处罚, 行政许可,
行政强制; a 基层市场监管所's 规范化建设; a 县妇联's 职能 — 维护妇女儿童合法权益, 家庭, 儿童; a 信访局's
接访, 办信 and 督查) and the layout follows their words for the unit, its parts, its posts and its
risks. The rows are worded by us, the names invented.

Run ``python tests/published/score.py --set batch73`` and do not tune the reader against it, or it
stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- a 局's 司法所 or 中心 listed among its 股室 is a 科室 of the 局 (as batches 36 and 68 took a 所
  named in a 单位 line); so is the 所 of a 自查表 under ``单位:XX市临湖区市场监督管理局河湾市场监督管理所``:
  the unit is the 局, the department the 所, its 所长 middle;
- a 汇总表 sheet of counts (``高风险 | 中风险 | 低风险`` over numbers) holds no points;
- ``岗位人数`` (numbers) names nobody: the list is 对岗不对人;
- in ``主体责任人 | 直接责任人 | 监督责任人`` the 直接责任人 holds the point; the other two watch;
- a ``责任人`` cell naming two people one per line names two holders of the post: each point of the
  post is in each holder's form;
- types written ``岗位职责类`` are the short type ``岗位职责``;
- ``局领导`` in the 股室 column is the department of the leaders' rows, as batch61 took it; a
  局长 is a leader, a 股长/科长/主任/部长/中队长/所长 middle, the rest general; a list with no post
  column has no tier.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, row
heights, real dates) and writes ``truth.json`` (no re-saved copies).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b73_"
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
GRADES = {"一级": 1, "二级": 2, "三级": 3}
MIDDLE = ("股长", "科长", "主任", "部长", "中队长", "所长", "办公室主任")


def _tier(post: str) -> str:
    if post in ("局长", "副局长"):
        return "leader"
    return "middle" if post in MIDDLE else "general"


# --------------------------------------------------------------------------- harder layout


def health_three_holders() -> dict:
    unit = "XX市石桥区卫生健康局"
    sh = _Sheet("一览表", [6, 14, 8, 32, 8, 32, 10, 10, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 9)
    r = sh.add(f"填报单位:{unit}", None, None, None, None, "填报时间:2024年6月", None, None, None)
    sh.merge(r, 0, r, 4)
    sh.merge(r, 5, r, 8)
    sh.add("序号", "股室", "岗位", "廉政风险点", "风险等级", "防控措施", "主体责任人", "直接责任人",
           "监督责任人")  # fmt: skip
    # (股室, 岗位, point, level, measures, 主体责任人, 直接责任人, 监督责任人)
    rows = [
        ("医政医管股", "股长", "医疗机构校验中降低标准、放宽条件", "高",
         "校验实行现场核查和集体研究,校验结果网上公示。", "左文华", "左文华", "闵志强"),
        ("医政医管股", "股长", "医疗纠纷调处中偏袒一方,收受好处", "中",
         "纠纷调处两人以上参加,调处意见书存档。", "左文华", "左文华", "闵志强"),
        ("医政医管股", "科员", "医师、护士执业注册资料审核不严", "中",
         "注册资料系统核验,股长逐件复核。", "左文华", "卞晓敏", "闵志强"),
        ("疾病预防控制股", "股长", "疫苗冷链设备采购中指定品牌、供应商", "高",
         "设备采购按政府采购程序办理,技术参数经专家论证。", "杭立新", "杭立新", "闵志强"),
        ("疾病预防控制股", "科员", "重大公共卫生服务项目资金拨付审核不严", "中",
         "资金按绩效考核结果拨付,拨付清单公示。", "杭立新", "覃玉梅", "闵志强"),
        ("财务股", "股长", "下属医疗卫生单位预算调整审核把关不严", "中",
         "预算调整经局长办公会研究,按规定报批。", "蓝海涛", "蓝海涛", "宗丽华"),
        ("财务股", "会计", "报销单据审核不严,违规列支费用", "低",
         "报销实行经办、审核、审批分离,每季度自查。", "蓝海涛", "尚雪", "宗丽华"),
        ("行政审批法规股", "股长", "公共场所卫生许可现场审查走过场", "中",
         "现场审查两人以上并拍照留档,许可结果公开。", "仇立军", "仇立军", "宗丽华"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, point, lv, measures, chief, holder, watcher) in enumerate(rows, 1):
        sh.add(n, dept, post, point, lv, measures, chief, holder, watcher)
        t.point(sh.name, dept, post, holder, _tier(post), point, [], HML[lv])
    _merge_down(sh, first, [
        (1, lambda row: row[1]),
        (2, lambda row: (row[1], row[2], row[7])),
        (6, lambda row: (row[1], row[6])),
        (7, lambda row: (row[1], row[7])),
        (8, lambda row: row[8]),
    ])  # fmt: skip
    _line(sh, "注:主体责任人为股室负责人,直接责任人为岗位工作人员,监督责任人为分管局领导。", 9)
    sh.add()
    sh.add("单位负责人:", None, None, "填表人:", None, "联系电话:", None, None, None)
    return _layout(
        "health_three_holders", "http://www.zx2012.cn/24733/63990/63995/64010/content_1871150.html",
        "(harder) 区卫生健康局 岗位廉政风险防控一览表 after the source's list of a 市卫健局's 内设股 (办公室, 人事股, "
        "财务股审计股, 行政审批法规股 with its 医疗机构设置许可 and 卫生许可证, 疾病预防控制股, and the 医政 work): "
        "title, a ``填报单位:… | 填报时间:…`` line; 序号/股室 merged/岗位 merged per holder/廉政风险点/风险等级 高/中/低/"
        "防控措施, then THREE name columns ``主体责任人 | 直接责任人 | 监督责任人`` — 主体 the 股长 merged over the 股室, "
        "直接 the holder of each row (the 股长 on his own rows, a 科员/会计 on others), 监督 the 副局长 (闵志强 over two "
        "股室, 宗丽华 over the other two); a 注 saying which is which; 单位负责人/填表人/联系电话 footer; no types",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def justice_bureau_list() -> dict:
    unit = "XX市枫林区司法局"
    sh = _Sheet("一览表", [6, 14, 8, 9, 34, 13, 8, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    r = sh.add(f"填报单位(盖章):{unit}", None, None, None, "填报时间:2024年4月", None, None, None)
    sh.merge(r, 0, r, 3)
    sh.merge(r, 4, r, 7)
    sh.add("序号", "股室(所)", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "尹建国", "重大事项和大额资金使用不经局党组会集体研究", "制度机制风险", "高",
         "严格执行“三重一大”集体决策制度,会议纪要存档备查。"),
        ("局领导", "局长", "尹建国", "干部选拔任用、评优评先把关不严", "思想道德风险", "中",
         "干部任用和评先评优经党组会研究并公示,接受驻局纪检监督。"),
        ("办公室", "主任", "柯雪梅", "办公用品采购不比价,虚报冒领", "岗位职责风险", "中",
         "办公用品网上商城采购,入库、领用登记台账。"),
        ("社区矫正股", "股长", "滕志坚", "对社区矫正对象违规审批外出、变更执行地", "岗位职责风险", "高",
         "外出审批实行股室审核、分管领导审批,审批结果录入信息化平台。"),
        ("社区矫正股", "股长", "滕志坚", "收受矫正对象及其家属财物,对违规行为不予处理", "思想道德风险", "高",
         "矫正对象违规处理集体研究,定期回访矫正对象家属。"),
        ("公共法律服务管理股", "股长", "庞丽君", "法律援助案件指派不公,向特定律师倾斜", "业务流程风险", "中",
         "案件按律师名册轮流指派,指派情况每季度公开。"),
        ("公共法律服务管理股", "股长", "庞丽君", "法律援助办案补贴审核不严,虚报补贴", "制度机制风险", "低",
         "办案补贴凭结案卷宗核发,案卷质量抽查评估。"),
        ("城关司法所", "所长", "包德明", "人民调解“以案定补”案卷审核不实,虚报调解补贴", "岗位职责风险", "中",
         "调解案卷逐件回访核实,补贴名单公示。"),
        ("城关司法所", "所长", "包德明", "对基层法律服务工作者违规收费不查处", "外部环境风险", "低",
         "公开基层法律服务收费标准,设立投诉电话。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, _tier(post), point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    _line(sh, "注:风险等级分为高、中、低三级。", 8)
    sh.add()
    sh.add("单位负责人:", None, None, "填表人:", None, "联系电话:", None, None)
    return _layout(
        "justice_bureau_list", "https://fx361.cc/page/2023/0207/20603073.shtml",
        "区司法局 岗位廉政风险防控一览表 after the source's study of 司法所 as the 县(市、区)司法局's 派出机构 in the 乡镇 "
        "(人民调解, 社区矫正, 法律援助, 基层法律服务): ``附件1``, title, ``填报单位(盖章):… | 填报时间:…`` (two merged "
        "cells); 序号/``股室(所)`` merged (局领导, 办公室, 社区矫正股, 公共法律服务管理股, 城关司法所)/岗位 and 姓名 "
        "merged per person/廉政风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施; a 注 line on the levels; "
        "单位负责人/填表人/联系电话 footer",
        [sh], t,
    )  # fmt: skip


def culture_tourism_summary() -> dict:
    unit = "XX县文化体育和旅游局"
    t = _Truth(unit)
    sh = _Sheet("排查表", [6, 12, 12, 36, 10, 34, 8])
    _line(sh, f"{unit}廉政风险点排查表", 7)
    _line(sh, "填报时间:2024年5月", 7)
    sh.add("序号", "股室", "岗位", "风险点", "风险等级", "防控措施", "备注")
    rows = [
        ("办公室", "办公室主任", "公务接待超标准、超范围,虚列接待费用", "中风险",
         "接待凭公函和审批单,费用公务卡结算。", None),
        ("办公室", "财务人员", "报销审核不严,白条入账", "中风险", "报销单据两人审核,局长审签。", None),
        ("文化艺术股", "股长", "文化惠民演出采购中指定演出团体", "高风险",
         "演出采购按政府采购程序办理,演出场次村(社区)签字确认。", None),
        ("文化艺术股", "股长", "非遗项目和传承人申报推荐中打招呼、优亲厚友", "中风险",
         "申报材料专家评审,推荐名单公示。", "新增"),
        ("旅游发展股", "股长", "A级旅游景区、星级农家乐评定推荐中降低标准", "高风险",
         "评定推荐实行现场检查、集体研究,结果公示。", None),
        ("旅游发展股", "工作人员", "旅游发展专项资金申报材料审核不严", "中风险",
         "申报项目实地核查,资金拨付公示。", "新增"),
        ("体育股", "股长", "全民健身器材采购验收不严,以次充好", "低风险",
         "器材验收邀请使用单位参加,验收单存档。", None),
        ("文物股", "股长", "文物保护工程验收走过场", "高风险", "验收邀请专家参加,验收资料报上级备案。", None),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, point, lv, measures, note) in enumerate(rows, 1):
        sh.add(n, dept, post, point, lv, measures, note)
        t.point(sh.name, dept, post, "", _tier(post), point, [], WORDS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: row[1:3])])
    sh.add()
    sh.add("局长:", None, "审核:", None, "填表:", None, None)
    summary = _Sheet("汇总表", [6, 14, 10, 10, 10, 10, 10])
    _line(summary, "廉政风险点汇总表", 7)
    summary.add("序号", "股室", "岗位数", "风险点数", "高风险", "中风险", "低风险")
    by_dept: dict[str, list] = {}
    for dept, post, _point, lv, _measures, _note in rows:
        posts, levels = by_dept.setdefault(dept, [set(), []])
        posts.add(post)
        levels.append(WORDS[lv])
    for n, (dept, (posts, levels)) in enumerate(by_dept.items(), 1):
        summary.add(n, dept, len(posts), len(levels), *(levels.count(k) for k in (1, 2, 3)))
    all_levels = [WORDS[row[3]] for row in rows]
    summary.add("合计", None, sum(len(p) for p, _ in by_dept.values()), len(all_levels),
                *(all_levels.count(k) for k in (1, 2, 3)))  # fmt: skip
    summary.merge(len(summary.rows) - 1, 0, len(summary.rows) - 1, 1)
    return _layout(
        "culture_tourism_summary", "http://www.xuanhan.gov.cn/xxgk-show-83839.html",
        "县文化体育和旅游局 廉政风险点排查表 对岗不对人 after the source's account of a 县文化体育和旅游局's 职能 (文艺, "
        "公共文化, 非物质文化遗产, 文物, 体育, 旅游, 文化市场综合执法): title, a ``填报时间:…`` line; 序号/股室 merged "
        "(办公室, 文化艺术股, 旅游发展股, 体育股, 文物股)/岗位 merged per post/风险点/风险等级 ``高风险/中风险/低风险``/"
        "防控措施/``备注`` (``新增`` on two rows); 局长/审核/填表 line; a SECOND sheet ``汇总表``: 序号/股室/岗位数/"
        "风险点数/``高风险 | 中风险 | 低风险`` — counts — and a ``合计`` row",
        [sh, summary], t,
    )  # fmt: skip


def emergency_duty_list() -> dict:
    unit = "XX市叶湾区应急管理局"
    sh = _Sheet("责任清单", [6, 14, 16, 34, 8, 34, 9, 9])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add("序号", "股室", "职责事项", "廉政风险点", "风险等级", "防控措施", "责任人", "分管领导")
    rows = [
        ("安全生产执法股", "行政处罚", "对违法企业降格处罚、以罚代改", "一级",
         "处罚案件法制审核,重大案件集体讨论。", "鲍志远", "史正平"),
        ("安全生产执法股", "执法检查", "检查前通风报信,检查走过场", "一级",
         "执法检查“双随机”抽取,全程执法记录仪记录。", "屈兰", "史正平"),
        ("危险化学品监管股", "行政许可", "危险化学品经营许可审查中降低条件", "一级",
         "许可条件公开,现场核查两人以上,股室会审。", "单玉峰", "史正平"),
        ("危险化学品监管股", "标准化评审", "企业安全生产标准化评审中接受宴请、礼品", "二级",
         "评审由第三方机构实施,评审结果公示。", "单玉峰", "史正平"),
        ("应急救援和减灾股", "救灾物资管理", "救灾物资出入库不登记,虚报冒领", "二级",
         "物资出入库双人签字,每季度盘点。", "冉晓东", "葛红"),
        ("应急救援和减灾股", "受灾群众生活救助", "救助对象审核优亲厚友", "二级",
         "救助对象村(社区)评议、镇(街)审核、区级公示。", "冉晓东", "葛红"),
        ("办公室", "公务用车管理", "公车私用,虚报加油、维修费用", "三级", "车辆定点加油维修,用车登记。",
         "祁蔓", "葛红"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, duty, point, lv, measures, who, lead) in enumerate(rows, 1):
        sh.add(n, dept, duty, point, lv, measures, who, lead)
        t.point(sh.name, dept, "", who, None, point, [], GRADES[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (7, lambda row: row[7])])
    _line(sh, "注:风险等级一级为高风险,二级为中风险,三级为低风险。", 8)
    sh.add("局长:", None, None, "分管领导:", None, "2024年7月", None, None)
    return _layout(
        "emergency_duty_list", "https://www.ahyeji.gov.cn/public/6599721/23751500.html",
        "区应急管理局 廉政风险防控责任清单 after the source's 机关工作制度 of a 区应急管理局 (局党委会议, 局长办公会, 各股室 "
        "and 所属事业单位): title; 序号/股室 merged (安全生产执法股, 危险化学品监管股, 应急救援和减灾股, 办公室)/"
        "``职责事项`` (行政处罚, 行政许可, 救灾物资管理 …: the duty, no short risk name)/廉政风险点/风险等级 "
        "``一级/二级/三级``/防控措施/a trailing ``责任人`` (the holder, one a row, no post column)/``分管领导`` merged "
        "over runs (史正平 over two 股室, 葛红 over two: watchers); a 注 on the levels; 局长/分管领导/date line",
        [sh], t,
    )  # fmt: skip


def medical_insurance_pairs() -> dict:
    unit = "XX市云岭区医疗保障局"
    sh = _Sheet("Sheet1", [6, 16, 9, 10, 36, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 7)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    pair = "韦丽\n邹晓峰"
    rows = [
        ("基金监管股", "股长", "樊志刚", "对定点医药机构违规使用医保基金查处不力,以罚代管", "Ⅰ级",
         "查处案件集体研究,处理结果在局网站公开。"),
        ("基金监管股", "稽核员", pair, "稽核检查中接受定点医药机构宴请、礼品", "Ⅰ级",
         "稽核检查两人以上,签订廉洁承诺书。"),
        ("基金监管股", "稽核员", pair, "稽核发现的问题不登记、不移交", "Ⅱ级", "稽核问题台账化管理,股长逐月核对。"),
        ("待遇保障股", "股长", "温建英", "门诊慢特病待遇认定降低标准", "Ⅱ级", "认定实行专家评审,名单定期公示。"),
        ("医疗保障服务中心", "主任", "廖国庆", "零星医疗费用报销审核不严,重复报销", "Ⅰ级",
         "报销实行初审、复审两级审核,系统查重。"),
        ("医疗保障服务中心", "结算员", "龚敏", "与定点医疗机构结算时虚增费用", "Ⅱ级",
         "结算数据系统自动比对,每月对账。"),
        ("办公室", "主任", "牛丽萍", "公务接待超标准,虚列会议费用", "Ⅲ级", "接待和会议费用凭清单报销,公务卡结算。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, lv, measures)
        for person in who.split("\n"):
            t.point(sh.name, dept, post, person, _tier(post), point, [], ROMAN[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("填表人:", None, "审核人:", None, None, "2024年10月", None)
    return _layout(
        "medical_insurance_pairs",
        "http://www.eshop6.cn/scjc/sjmt/2025/11/24/ea82bd04ed22405b97ee0a76f83e455b.shtml",
        "区医疗保障局 廉政风险点排查表 after the source's account of 县(区)医保局 cadres held to account over 医保基金监管, "
        "住院费总控额度分配 and 违规获取医保基金: title; 序号/科室 merged (基金监管股, 待遇保障股, 医疗保障服务中心, "
        "办公室)/岗位 and 姓名 merged per holder — the ``稽核员`` post's name cell ``韦丽⏎邹晓峰`` naming TWO holders "
        "one per line, merged over the post's two rows/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no types; "
        "填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def city_management_squadrons() -> dict:
    unit = "XX区城市管理和综合执法局"
    sh = _Sheet("一览表", [6, 12, 9, 8, 34, 10, 8, 32, 8])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 9)
    sh.add(
        "序号",
        "科室(中队)",
        "岗位",
        "姓名",
        "风险点",
        "风险类别",
        "风险等级",
        "防控措施",
        "防控时限",
    )
    rows = [
        ("市容环卫科", "科长", "葛振宇", "环卫作业服务外包考核打分不实", "业务流程", "高",
         "考核由科室、街道、市民代表共同打分,结果公示。", "长期"),
        ("市容环卫科", "科长", "葛振宇", "户外广告设置审批中为关系人提供便利", "岗位职责", "中",
         "审批条件和结果网上公开,股室会审。", "长期"),
        ("执法一中队", "中队长", "谭永福", "查处违法建设选择性执法,拆违不彻底", "岗位职责", "高",
         "违建查处全程记录,拆除结果回访复查。", "长期"),
        ("执法一中队", "执法队员", "骆亮", "暂扣物品不登记,私自处理", "思想道德", "中",
         "暂扣物品开具清单,统一入库登记。", "即时"),
        ("执法二中队", "中队长", "符海军", "渣土运输车辆违规处罚办“人情案”", "外部环境", "高",
         "处罚案件法制审核,案件信息公开。", "长期"),
        ("执法二中队", "执法队员", "雷静", "占道经营罚款收取不开票", "制度机制", "中",
         "罚款一律银行代收,执法人员不收现金。", "即时"),
        ("法制科", "科长", "管晓燕", "行政处罚案卷审核把关不严", "制度机制", "低",
         "案卷评查每季度一次,评查结果通报。", "长期"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, when) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures, when)
        t.point(sh.name, dept, post, who, _tier(post), point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("局主要负责人(签字):", None, None, "分管领导(签字):", None, None, "填表日期:2024年8月", None,
           None)  # fmt: skip
    return _layout(
        "city_management_squadrons",
        "http://www.conghua.gov.cn/zwgk/zwwgk/glgk/content/post_3180388.html",
        "区城市管理和综合执法局 岗位廉政风险防控一览表 after the source's account of a 区城市管理局's 职能 and its 行政执法 "
        "(行政处罚, 行政许可, 行政强制, 市容环境卫生, 户外广告): title; 序号/``科室(中队)`` merged (市容环卫科, 执法一中队, "
        "执法二中队, 法制科)/岗位 and 姓名 merged per person/风险点/风险类别 short names/风险等级 高/中/低/防控措施/"
        "``防控时限`` (``长期``, ``即时`` — the office's own column); 局主要负责人/分管领导/填表日期 line",
        [sh], t,
    )  # fmt: skip


def market_station_selfcheck() -> dict:
    bureau = "XX市临湖区市场监督管理局"
    station = "河湾市场监督管理所"
    t = _Truth(bureau)
    people = [
        ("阎立松", "所长", "中共党员", datetime(2024, 9, 10), [
            ("执法办案", "对辖区经营户违法行为应立案不立案,以罚代刑", "高",
             "案件线索登记台账,立案与否集体研究,局法制机构抽查。"),
            ("罚没物品管理", "罚没物品不入库、私自处置", "中", "罚没物品专库存放,出入库双人登记。"),
            ("所务管理", "所内经费报销、执法车辆使用不规范", "低", "经费支出所长审签、局财务复核,派车登记。"),
        ]),
        ("钱晓燕", "食品安全监管员", "群众", datetime(2024, 9, 11), [
            ("日常检查", "对餐饮单位检查走过场,发现问题不督促整改", "中", "检查表格化,问题整改拍照回传。"),
            ("许可现场核查", "食品经营许可现场核查中收受好处、放宽条件", "高", "现场核查两人以上,核查意见留痕。"),
        ]),
        ("毕国栋", "综合执法员", "中共党员", datetime(2024, 9, 11), [
            ("投诉举报处理", "对消费投诉推诿拖延,偏袒经营者", "中", "投诉件系统流转,按时办结率每月通报。"),
            ("价格检查", "价格检查中接受经营户宴请", "低", "检查前签廉洁承诺,检查结果公示。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, party, date, points in people:
        sh = _Sheet(who, [6, 14, 36, 8, 34])
        _line(sh, "岗位廉政风险自查表", 5)
        _line(sh, f"单位:{bureau}{station}", 5)
        sh.add("姓名", "职务", "政治面貌", "填表日期", None)
        sh.add(who, post, party, date, None)
        sh.add("序号", "风险点", "主要表现", "风险等级", "防控措施")
        for n, (point, desc, lv, measures) in enumerate(points, 1):
            sh.add(n, point, desc, lv, measures)
            t.point(sh.name, station, post, who, _tier(post), point, [], HML[lv])
        sh.add()
        sh.add("本人签字:", None, "审核人签字:", None, None)
        sheets.append(sh)
    return _layout(
        "market_station_selfcheck", "http://cfoodw.com/n/29021.html",
        "市场监督管理所 岗位廉政风险自查表, one per sheet (tab = the holder), after the source's account of 基层市场监管所 "
        "规范化建设 (the 所 as the 前沿哨所 of the 区县 局, 履责, 服务, 机制, 队伍): a bare title ``岗位廉政风险自查表``, a "
        "line ``单位:XX市临湖区市场监督管理局河湾市场监督管理所`` (the 局 the unit, the 所 the 科室), a LABEL row "
        "``姓名 | 职务 | 政治面貌 | 填表日期`` over its VALUE row (the date a real date); 序号/short 风险点/``主要表现``/"
        "风险等级 高/中/低/防控措施; 本人签字/审核人签字 line",
        sheets, t,
    )  # fmt: skip


def womens_federation_posts() -> dict:
    unit = "XX市桂塘区妇女联合会"
    sh = _Sheet("Sheet1", [6, 14, 12, 8, 34, 12, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}机关岗位廉政风险点一览表", 8)
    sh.add("序号", "部室", "岗位", "岗位人数", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("办公室", "办公室主任", 1, "公务接待、会议费用超标准列支", "制度机制类", "中",
         "严格执行接待和会议费标准,费用凭清单报销。"),
        ("办公室", "财务人员", 1, "妇女儿童专项经费拨付不按程序审批", "岗位职责类", "高",
         "专项经费拨付经主席办公会研究,按进度拨付。"),
        ("组织联络部", "部长", 1, "“三八”红旗手等评选推荐中优亲厚友", "思想道德类", "中",
         "评选条件和推荐人选公示,集体研究确定。"),
        ("权益部", "部长", 1, "困难妇女救助对象审核把关不严", "岗位职责类", "高",
         "救助对象入户核实,救助名单公示。"),
        ("权益部", "工作人员", 2, "妇女儿童维权信访事项推诿、不及时转办", "业务流程类", "低",
         "信访事项登记台账,限时转办并回访。"),
        ("家庭和儿童工作部", "部长", 1, "春蕾助学资金发放对象把关不严", "岗位职责类", "中",
         "助学对象学校推荐、乡镇妇联审核,资金直达个人账户。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, count, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, count, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", _tier(post), point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    _line(sh, "说明:本表由各部室填报,办公室汇总;风险等级分高、中、低三级。", 8)
    sh.add("主席(签字):", None, None, "填报人:", None, "2024年4月", None, None)
    return _layout(
        "womens_federation_posts",
        "http://wap2hd.com/zwgk_156/fdzdgknr/czyjs/ysgk/bmys/xfl/202303/t20230306_11711585.html",
        "区妇女联合会 机关岗位廉政风险点一览表 对岗不对人 after the source's 部门预算 of a 县妇联 (its 职能: 引导妇女, 维护"
        "妇女儿童合法权益, 家庭, 儿童, 基层组织覆盖): title; 序号/部室 merged (办公室, 组织联络部, 权益部, 家庭和儿童"
        "工作部)/岗位/``岗位人数`` (numbers 1 and 2)/风险点/风险类型 written ``…类`` (``岗位职责类``)/风险等级 高/中/低/"
        "防控措施; a 说明 line; 主席/填报人/date line",
        [sh], t,
    )  # fmt: skip


def petition_bureau_register() -> dict:
    unit = "XX县信访局"
    sh = _Sheet("登记表", [6, 10, 8, 8, 12, 34, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    r = sh.add(None, None, None, None, None, "填表时间:2024年3月", None, None)
    sh.merge(r, 5, r, 7)
    sh.add("序号", "科室", "姓名", "职务", "风险点", "风险表现", "风险等级", "防控措施")
    rows = [
        ("局领导", "程国梁", "局长", "压案不办", "对重要信访事项批示交办不及时,压案不办、拖延不转", "高",
         "重要信访事项局务会研究,交办件限时办结。"),
        ("接访科", "姚红", "科长", "漏登瞒报", "来访登记选择性登记,隐瞒、漏报重大信访事项", "高",
         "来访全部录入信访信息系统,视频接访全程留痕。"),
        ("接访科", "姚红", "科长", "请托说情", "接受信访人或被信访单位请托,为其说情", "中",
         "接访工作两人以上,严格执行回避规定。"),
        ("办信科", "沈立", "科员", "受理超期", "网上信访件不按时受理、转送", "中", "系统设置办理时限,超期自动预警。"),
        ("督查科", "魏敏", "科长", "督查走过场", "督查中接受被督查单位宴请,降低标准", "中",
         "督查结果书面通报,督查组成员轮换。"),
        ("督查科", "魏敏", "科长", "复核不公", "复查复核意见偏袒一方", "低", "复查复核意见集体研究,听证公开。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, who, post, point, desc, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, who, post, point, desc, lv, measures)
        t.point(sh.name, dept, post, who, _tier(post), point, [], HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("填表人:", None, None, "审核人:", None, None, None, None)
    return _layout(
        "petition_bureau_register", "https://drbdp.com/4-8780525.html",
        "县信访局 廉政风险点排查登记表 after the source's account of a 信访局 (处理来信来访, 接访处, 办信处, 督查处, 跟踪"
        "督办, 信访信息系统): title, ``填表时间:…`` merged over the right three columns; 序号/科室 merged (局领导, 接访科, "
        "办信科, 督查科)/``姓名 | 职务`` (姓名 BEFORE 职务) merged per person/short ``风险点`` (压案不办, 漏登瞒报 …)/"
        "``风险表现`` (the long text)/风险等级 高/中/低/防控措施; 填表人/审核人 line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    health_three_holders(),
    justice_bureau_list(),
    culture_tourism_summary(),
    emergency_duty_list(),
    medical_insurance_pairs(),
    city_management_squadrons(),
    market_station_selfcheck(),
    womens_federation_posts(),
    petition_bureau_register(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = False) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx`` (no re-saved copies)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch73-inbox"))

"""A hundred-and-ninety-eighth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: THE ORDINARY PERSONAL CASE — one form a person (the 附件2/
附件3/附件4 of workbook_templates/, or an office's own 防控卡, 自查表, 登记表 or 承诺书) filled by the
staff of bodies no earlier batch used, with the habits of Excel and WPS: rows inserted, words of
their own, fields above or below the table. Every unit is a body of an invented corner of 北碚区
(its 蕤垭镇, 缃溪街道, 枫渡 and 蔚岭 invented too):

- a 疾病预防控制中心 副主任's 附件2 into which she INSERTED a section row of her own (``疫苗遴选和采购
  方面``) with two rows under it, before the printed ``“三重一大”方面`` row; ``…风险`` types, 一级/二级/三级;
- a 社会保险事务中心 待遇审核科's 附件3 retitled ``2024年度中层岗位…``, ``科室 | … | 负责人 | …``, 岗位职责
  merged down over an inserted row whose 工作流程 is left blank, ``Ⅰ级/Ⅱ级/Ⅲ级``;
- a 镇's 退役军人服务站 专干's 附件4 under ``单位(盖章):北碚区蕤垭镇人民政府``, ``所在科室及职务 |
  退役军人服务站专干``, 工作流程 typed with arrows, two unused template rows and a filled first review box;
- a 城市管理综合执法支队 队员's 廉洁执法承诺书: a pledge paragraph, a small 岗位风险点 table, and the
  holder, his 中队 and post only in the filled line UNDER the table (``承诺人（签字）： | … | 所在中队： |
  蔚岭中队 | 职务： | 执法队员``);
- a 市场监督管理局's 枫渡市场监督管理所 防控卡, one a sheet, ``单位：北碚区市场监督管理局枫渡市场监督管理所``,
  ``持卡人 | … | 职务 | …``, a short 风险点 beside a ``风险表现``, one inserted row left without its 序号;
- a 小学 总务处主任's 自查表 in her own words (``本人岗位存在的风险``, ``风险程度（高/中/低）``, ``我的防范
  办法``), the fields as a label row over a value row, a ``其他（本人补充）`` section row;
- a 文化馆's 廉政风险防控登记表, one a sheet, under a personal block (``性别``, ``出生年月`` and ``任现职
  时间`` as date cells, ``政治面貌``, ``联系电话``);
- a 街道 综合文化站 站长's 自查表 whose fields are typed INTO the template's underscores, each in its own
  merged cell (``姓名：__舒窈禾__``, ``单位：__北碚区缃溪街道综合文化站__``, ``职务：__站长__``).

One is harder, and a shape the README's 读得懂的表 does not yet describe:

- ``veterans_center_wps_export``: a 退役军人服务中心 collected its staff's risk points with a WPS 收集表
  (one submission a point) and sends the EXPORT as it is: no title, a header ``序号 | 提交者 | 提交时间 |
  姓名 | 所在科室 | 岗位 | 风险点 | 风险类型 | 风险等级 | 防控措施``, the rows in the order they were
  submitted, so one person's points are INTERLEAVED with the others', the ``提交者`` the WPS account
  (``汐汐``, ``WPS用户_7731``, ``晴川历历``: no holder), ``提交时间`` date-time cells.

Each layout imitates the *shape* of such a form after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 退役军人服务中心 and its 就业创业,
优抚帮扶, 权益维护; a 疾控中心's 非免疫规划疫苗 遴选; a 区社保中心's 养老保险 ``双改`` case; a 镇's
退役军人服务站 and 优待证 申领; a 城管 暂扣物品 answer; a 乡镇市场监管所's 日常工作; a 小学食堂 专项审计
自查; a 县文化馆's 预算; a 街道综合文化站's 免费开放资金) and the layout follows their words. The rows
are worded by us, the names invented.

Run ``python tests/published/score.py --set batch198`` and do not tune the reader against it, or
it stops being held out. No LibreOffice re-saved copies are kept for this batch (prefix ``b198_``).

Judgement calls this batch leans on, beyond those of the earlier batches:

- in a WPS 收集表 export each row is one point of the person under ``姓名``; the ``提交者`` (a WPS
  account) and ``提交时间`` are no holder and no point; one person's rows need not stand together;
- a section row the holder inserted into a 附件2 (``疫苗遴选和采购方面``) is no point, as the printed
  ``“三重一大”方面`` row is not; the points under it are hers;
- 附件2 leader with 科室 ""; 附件3 middle with post ""; 附件4 general; ``所在科室及职务 | 退役军人服务站专干``
  is 科室 退役军人服务站, post 专干; a 镇's 站 is a 科室 of the 镇 (unit ``北碚区蕤垭镇``);
- ``单位：北碚区市场监督管理局枫渡市场监督管理所`` gives the 局 as the unit, the 所 as the 科室; 所长 middle;
- a 承诺书's holder, 中队 (科室) and post come from the filled line under the table;
- ``其他（本人补充）`` is a section row, no point; ``风险程度（高/中/低）`` is the level column;
- a personal block's 性别, 出生年月, 任现职时间, 政治面貌, 联系电话 are no holder, post or point;
- ``姓名：__舒窈禾__`` is 姓名 舒窈禾 (the template's underscores are no part of the value); the 街道's
  综合文化站 is a 科室 of the 街道 (unit ``北碚区缃溪街道``).

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``, for the date cells)
and writes ``truth.json``.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from published.batch44 import write_xlsx
from published.batch94 import _line, _merge_runs
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b198_"
PLACE = "北碚区"
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
ORDINAL = {"一级": 1, "二级": 2, "三级": 3}
HEAD = ("岗位职责", "工作流程", "风险点", "风险类型", "风险级别", "防控措施")
REVIEWS = ("单位主管领导审查意见", "单位领导小组审查意见", "所在派驻纪检组、监察室审核意见")
DATE = "年  月  日"
NOTE = "注:此表一式三份,于6月底前报区纪委。"
NOTE_GENERAL = "注:此表一式三份,务于6月底前报区纪委及所在派驻纪检组、监察室。"
GAP = "\u3000"


def _reviews(sh: _Sheet, labels, ncols: int, filled=None) -> None:
    filled = filled or {}
    for label in labels:
        opinion, date = filled.get(label, (None, DATE))
        r = sh.add(label, opinion, *([None] * (ncols - 3)), date)
        sh.merge(r, 1, r, ncols - 2)


# --------------------------------------------------------------------------- harder layout


def veterans_center_wps_export() -> dict:
    unit = f"{PLACE}退役军人服务中心"
    sh = _Sheet("收集结果", [6, 14, 18, 9, 12, 10, 34, 10, 8, 34])
    t = _Truth(unit)
    sh.add("序号", "提交者", "提交时间", "姓名", "所在科室", "岗位", "风险点", "风险类型", "风险等级",
           "防控措施")  # fmt: skip
    people = {
        "A": ("汐汐", "戢澜汐", "就业创业科", "科长", "middle"),
        "B": ("WPS用户_7731", "郇墨桥", "优抚帮扶科", "科员", "general"),
        "C": ("晴川历历", "蹇晓苒", "权益维护科", "干事", "general"),
    }
    rows = [
        ("A", datetime(2024, 5, 13, 9, 12), "退役军人适应性培训机构遴选不公开,指定关系机构承办",
         "制度机制", "高", "培训机构按政府采购程序确定,结果在中心网站公示。"),
        ("B", datetime(2024, 5, 13, 9, 40), "优抚对象定期抚恤补助审核把关不严,为不符合条件者申报",
         "岗位职责", "高", "申报材料双人审核,抚恤对象名单按季公示。"),
        ("A", datetime(2024, 5, 13, 10, 5), "创业担保贷款贴息对象推荐中优亲厚友", "思想道德", "中",
         "推荐条件公开,推荐名单经中心集体研究。"),
        ("C", datetime(2024, 5, 13, 14, 26), "信访接待中泄露来访人信息,或推诿拖延不登记", "岗位职责", "中",
         "来访一律登记录入系统,来访人信息专人保管。"),
        ("B", datetime(2024, 5, 13, 15, 2), "走访慰问物资采购不比价,发放不登记签收", "业务流程", "中",
         "慰问物资三家比价,发放表由受慰问对象签字。"),
        ("A", datetime(2024, 5, 14, 8, 51), "就业推荐岗位信息不及时公开,私下向熟人透露", "外部环境", "低",
         "岗位信息统一在服务中心公众号发布。"),
        ("C", datetime(2024, 5, 14, 11, 17), "法律援助转介中收受律师事务所好处", "外部环境", "高",
         "转介按法律援助中心轮派名单进行,转介记录存档。"),
        ("B", datetime(2024, 5, 14, 16, 33), "优抚对象死亡后不及时停发待遇,造成冒领", "制度机制", "低",
         "每月与公安、民政数据比对,停发情况留痕。"),
    ]  # fmt: skip
    for n, (key, when, point, typ, lv, measures) in enumerate(rows, 1):
        account, who, dept, post, tier = people[key]
        sh.add(n, account, when, who, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    return _layout(
        "veterans_center_wps_export", "http://swzfw.cjyun.org/p/25930.html",
        "(harder) 区退役军人服务中心's 岗位廉政风险点 collected with a WPS 收集表 (one submission a point) and sent "
        "as the EXPORT, after the source's account of a 退役军人服务中心 opening (就业创业, 优抚帮扶, 走访慰问, 信访接待, "
        "权益维护): tab ``收集结果``, NO title, the header ``序号 | 提交者 | 提交时间 | 姓名 | 所在科室 | 岗位 | 风险点 | "
        "风险类型 | 风险等级 | 防控措施`` in row 1; the rows in the ORDER OF SUBMISSION, so the three holders' points are "
        "INTERLEAVED (A, B, A, C, B, A, C, B); ``提交者`` the WPS accounts (``汐汐``, ``WPS用户_7731``, ``晴川历历``), "
        "``提交时间`` date-time cells; short types, 高/中/低; nothing above or below",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def cdc_leader_inserted_section() -> dict:
    unit = f"{PLACE}疾病预防控制中心"
    who, post = "谯映雪", "副主任"
    sh = _Sheet("附件2", [6, 22, 34, 14, 8, 32])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, "领导岗位廉政风险识别和防控表", 6)
    _line(sh, f"单位(盖章):{unit}", 6)
    sh.add("姓名", who, "职务", post, "岗位风险等级", "一级")
    sh.add("序号", "分管工作", "风险点", "风险类型", "风险级别", "防控措施")
    rows = [
        ("分管免疫规划", "预防接种单位设置和调整把关不严,为不具备条件的门诊说情", "岗位职责风险", "二级",
         "接种单位设置按标准现场评审,评审结果公示。"),
        (None, "疫苗出入库和冷链运输监管不到位,账实不符", "制度机制风险", "二级",
         "疫苗出入库扫码追溯,每月盘点并与平台数据核对。"),
        ("分管检验科", "检验检测结果审核签发不严,出具不实报告", "岗位职责风险", "三级",
         "检测报告三级审核,原始记录留存备查。"),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for duty, point, kind, level, measures in rows:
        n += 1
        sh.add(n, duty, point, kind, level, measures)
        t.point(sh.name, "", post, who, "leader", point, types_in(kind), ORDINAL[level])
    _merge_runs(sh, 1, first, len(sh.rows) - 1)
    _line(sh, "疫苗遴选和采购方面", 6)
    inserted = [
        ("非免疫规划疫苗品种及供应商遴选", "遴选中向供应商透露评审情况,收受好处", "外部环境风险", "一级",
         "遴选由接种单位代表无记名投票,纪检人员全程监督,结果公示。"),
        (None, "遴选后擅自增加品种或更换供应商", "制度机制风险", "一级",
         "遴选结果报区卫生健康委备案,变更须重新集体研究。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for duty, point, kind, level, measures in inserted:
        n += 1
        sh.add(n, duty, point, kind, level, measures)
        t.point(sh.name, "", post, who, "leader", point, types_in(kind), ORDINAL[level])
    _merge_runs(sh, 1, first, len(sh.rows) - 1)
    _line(sh, "“三重一大”方面", 6)
    point = "参与中心重大事项决策时不坚持集体研究,附和个人意见"
    sh.add(n + 1, "参与中心主任办公会决策", point, "思想道德风险", "三级",
           "严格执行“三重一大”集体决策制度,个人意见记录在案。")  # fmt: skip
    t.point(sh.name, "", post, who, "leader", point, ["思想道德"], 3)
    _reviews(sh, REVIEWS[1:], 6)
    _line(sh, NOTE, 6)
    return _layout(
        "cdc_leader_inserted_section", "http://m.jesusavila.com/ZbPublish/itemd8910918190632a6.html",
        "区疾病预防控制中心 副主任's 附件2 (tab 附件2) after the source's notice of a 区疾控中心's 非免疫规划疫苗品种及供应商"
        "遴选 (接种单位代表无记名投票, 纪委监督, 结果公示): ``姓名 | 谯映雪 | 职务 | 副主任 | 岗位风险等级 | 一级``; 序号/分管"
        "工作 (merged down)/风险点/风险类型 ``…风险``/风险级别 一级/二级/三级/防控措施; three rows, then a section row the "
        "holder INSERTED herself, merged across, ``疫苗遴选和采购方面``, with two numbered rows under it, then the printed "
        "``“三重一大”方面`` row and its one point; two blank review boxes and 注",
        [sh], t,
    )  # fmt: skip


def social_insurance_annex3_retitled() -> dict:
    unit = f"{PLACE}社会保险事务中心"
    who, dept = "阏嘉澍", "待遇审核科"
    sh = _Sheet("附件3", [24, 18, 36, 10, 8, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, "2024年度中层岗位廉政风险识别和防控表", 6)
    _line(sh, f"单位(盖章):{unit}", 6)
    sh.add("科室", dept, "负责人", who, "岗位风险等级", "Ⅱ级")
    sh.add(*HEAD)
    rows = [
        ("养老保险待遇核定", "资料初审→复核", "对参保人身份信息“双改”审核不严,为他人违规变更缴费记录", "制度机制",
         "Ⅰ级", "身份信息变更须公安部门证明,科室复核后报分管领导审批。"),
        (None, None, "退休年龄、缴费年限认定中接受请托,违规提前办理退休", "岗位职责", "Ⅰ级",
         "退休审批集体会审,档案原件与系统数据双人比对。"),
        (None, "待遇测算→审批", "待遇测算时人为调高缴费基数", "业务流程", "Ⅱ级",
         "测算结果系统自动校验,异常数据逐笔说明。"),
        ("工伤保险待遇审核", "医疗费审核", "工伤医疗费审核不按目录,多报多支", "岗位职责", "Ⅱ级",
         "按工伤保险药品和诊疗目录审核,超目录费用剔除并告知。"),
        ("死亡待遇停发", "数据比对→停发", "获知参保人死亡信息后不及时停发,默许冒领", "思想道德", "Ⅲ级",
         "每月与公安、民政、卫健数据比对,停发名单复核存档。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for row in rows:
        sh.add(*row)
        t.point(sh.name, dept, "", who, "middle", row[2], types_in(row[3]), ROMAN[row[4]])
    _merge_runs(sh, 0, first, len(sh.rows) - 1)
    sh.merge(first, 1, first + 1, 1)  # the inserted row shares the step above it
    _reviews(sh, REVIEWS, 6)
    _line(sh, NOTE, 6)
    return _layout(
        "social_insurance_annex3_retitled", "https://zgcxtc.cn/news/284790.html",
        "区社会保险事务中心 待遇审核科's 附件3 (tab 附件3) after the source's report on a 区社保中心 养老保险 case (身份信息 "
        "``双改``, 缴费权益, 人社局 飞行检查): the title RETYPED ``2024年度中层岗位廉政风险识别和防控表``; ``科室 | 待遇审核科 | "
        "负责人 | 阏嘉澍 | 岗位风险等级 | Ⅱ级``; 岗位职责/工作流程 (arrows)/风险点/风险类型 (short)/风险级别 ``Ⅰ级/Ⅱ级/Ⅲ级``/"
        "防控措施; 岗位职责 merged down, and an INSERTED second row under ``资料初审→复核`` whose 工作流程 cell is merged with "
        "the one above; three blank review boxes and 注",
        [sh], t,
    )  # fmt: skip


def town_station_annex4() -> dict:
    unit = f"{PLACE}蕤垭镇"
    who, dept, post = "笪芷蘅", "退役军人服务站", "专干"
    sh = _Sheet("附件4", [22, 16, 36, 10, 8, 34])
    t = _Truth(unit)
    sh.add("附件4")
    _line(sh, "一般岗位廉政风险识别和防控表", 6)
    _line(sh, f"单位(盖章):{unit}人民政府", 6)
    sh.add("姓名", who, "所在科室及职务", f"{dept}{post}", "岗位风险等级", "三级")
    sh.add(*HEAD)
    rows = [
        ("优待证申领审核", "受理→初审→上报", "对不符合条件的人员违规受理优待证申领", "岗位职责", "二级",
         "申领材料逐项核对,初审结果在村(社区)服务站公示。"),
        (None, "制证→发放", "优待证发放不登记,代领不核验", "业务流程", "三级",
         "发放登记本人签收,代领须持委托书。"),
        ("走访慰问和帮扶援助", "对象摸排→资金发放", "帮扶对象摸排不实,虚报冒领帮扶资金", "制度机制", "一级",
         "帮扶对象经村(社区)评议、镇党委研究,资金打卡发放。"),
        (None, "慰问品采购", "慰问品采购虚开发票", "外部环境", "二级", "采购经镇财政所审核,票据与实物核对。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for row in rows:
        sh.add(*row)
        t.point(sh.name, dept, post, who, "general", row[2], types_in(row[3]), ORDINAL[row[4]])
    _merge_runs(sh, 0, first, len(sh.rows) - 1)
    for _ in range(2):
        sh.add(None, None, None, None, None, None)
    _reviews(sh, REVIEWS, 6, {REVIEWS[0]: ("情况属实,同意。", "2024年6月20日")})
    _line(sh, NOTE_GENERAL, 6)
    return _layout(
        "town_station_annex4", "http://xwzx.bpxww.com/network/xwzx/2022/07/15/402519987064934637.shtml",
        "镇 退役军人服务站 专干's 附件4 (tab 附件4) after the source's report of a 镇's 优待证申领发放 (退役军人服务站工作人员, "
        "材料审核、汇总、整理): ``单位(盖章):北碚区蕤垭镇人民政府``; ``姓名 | 笪芷蘅 | 所在科室及职务 | 退役军人服务站专干 | "
        "岗位风险等级 | 三级``; 岗位职责 merged down/工作流程 typed with arrows (``受理→初审→上报``)/风险点/风险类型 (short)/"
        "风险级别 一级/二级/三级/防控措施; two unused template rows, the first review box filled (``情况属实,同意。`` and a "
        "date), the others blank; 注",
        [sh], t,
    )  # fmt: skip


def city_enforcement_pledge() -> dict:
    unit = f"{PLACE}城市管理综合执法支队"
    who, dept, post = "巫马屹川", "蔚岭中队", "执法队员"
    sh = _Sheet("承诺书", [6, 40, 10, 40])
    t = _Truth(unit)
    _line(sh, f"{unit}廉洁执法承诺书", 4)
    _line(
        sh,
        "本人郑重承诺：严格遵守城市管理执法各项规定，依法规范执法，不以权谋私，不吃拿卡要，"
        "自觉接受组织和群众监督。本人岗位主要廉政风险点及防控措施如下：",
        4,
    )
    sh.add("序号", "岗位风险点", "风险等级", "防控措施")
    rows = [
        ("暂扣物品不开具清单,或私自处置、使用暂扣物品", "高",
         "暂扣物品当场清点,出具暂扣清单,入库登记,两人以上办理。"),
        ("对占道经营、乱堆乱放查处时收受当事人财物,降低处罚", "高",
         "执法全程佩戴执法记录仪,处罚决定经中队集体审核。"),
        ("执法时不出示证件,态度粗暴引发投诉", "中", "执法前出示证件,执法人员不少于两人。"),
        ("罚没款不及时上缴,坐收坐支", "中", "罚没款一律通过银行代收,票款分离。"),
    ]  # fmt: skip
    for n, (point, lv, measures) in enumerate(rows, 1):
        sh.add(n, point, lv, measures)
        t.point(sh.name, dept, post, who, "general", point, [], HML[lv])
    sh.add()
    sh.add("承诺人（签字）：", who, None, None)
    sh.add("所在中队：", dept, "职务：", post)
    sh.add(None, None, None, "2024年4月8日")
    return _layout(
        "city_enforcement_pledge", "https://64365.com/ask/12618012.aspx",
        "区城市管理综合执法支队 执法队员's 廉洁执法承诺书 (tab 承诺书) after the source's answer on 城管 暂扣物品 (两名以上执法"
        "人员, 暂扣物品告知书 and 清单, 罚没款 上缴国库): a title, a merged pledge paragraph ``本人郑重承诺：……如下：``, then "
        "序号/``岗位风险点``/风险等级 高/中/低/防控措施 (no type column); the holder, his 中队 and post ONLY in the filled "
        "lines UNDER the table — ``承诺人（签字）： | 巫马屹川`` and ``所在中队： | 蔚岭中队 | 职务： | 执法队员`` (the compound "
        "surname 巫马) — and a date",
        [sh], t,
    )  # fmt: skip


def market_office_cards() -> dict:
    unit = f"{PLACE}市场监督管理局"
    office = "枫渡市场监督管理所"
    t = _Truth(unit)
    cards = [
        ("羿松眠", "所长", "middle", "主持全所工作,负责行政处罚案件初审和所务管理。", [
            (1, "案件初审", "对说情打招呼的案件降格处理或不予立案", "思想道德", "高",
             "说情干预登记报告,案件初审意见集体讨论。"),
            (2, "罚没物品管理", "罚没物品登记不全,私自处置", "制度机制", "中",
             "罚没物品入库双人登记,处置报局审批。"),
            (3, "所务经费", "办公经费虚列支出", "业务流程", "低", "经费支出所务会研究,每季度公开。"),
        ]),
        ("钭知遥", "食品安全监管员", "general", "负责辖区餐饮、食品销售单位日常监督检查和抽检。", [
            (1, "日常检查", "检查前向经营户通风报信", "岗位职责", "高", "检查对象随机抽取,检查计划保密。"),
            (None, "抽检抽样", "抽样时替经营户挑选合格样品", "岗位职责", "中",
             "抽样两人以上,现场封样拍照,经营户签字。"),
            (2, "投诉举报处理", "收受被投诉经营户好处,敷衍处理投诉", "外部环境", "中",
             "投诉办理限时,办理结果回访投诉人。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, duty, points in cards:
        sh = _Sheet(who, [6, 14, 34, 10, 8, 34])
        _line(sh, "岗位廉政风险防控卡", 6)
        _line(sh, f"单位：{unit}{office}", 6)
        sh.add("持卡人", who, "职务", post, "填卡时间", "2024年3月")
        r = sh.add("岗位职责", duty, None, None, None, None)
        sh.merge(r, 1, r, 5)
        sh.add("序号", "风险点", "风险表现", "风险类别", "风险等级", "防控措施")
        for n, point, desc, typ, lv, measures in points:
            sh.add(n, point, desc, typ, lv, measures)
            t.point(sh.name, office, post, who, tier, point, types_in(typ), HML[lv])
        sh.add()
        sh.add("持卡人签字:", None, None, "所长审核:", None, None)
        sheets.append(sh)
    return _layout(
        "market_office_cards", "https://bkwk.cn/article/sgxzscjgsshxcscjmrcjgnxse.html",
        "区市场监督管理局 枫渡市场监督管理所's 岗位廉政风险防控卡, one a sheet named by the holder, after the source's account "
        "of a 乡镇市场监管所's 日常工作 (现场检查, 食品生产经营 监督, 依法查处, 跟踪回访): ``单位：北碚区市场监督管理局枫渡市场"
        "监督管理所`` (the 局 the unit, the 所 the 科室), ``持卡人 | 羿松眠 | 职务 | 所长 | 填卡时间 | 2024年3月``, a merged "
        "``岗位职责 | …`` line, then 序号/a short 风险点/a long ``风险表现``/风险类别 (short)/风险等级 高/中/低/防控措施; on the "
        "second card an INSERTED row (``抽检抽样``) left WITHOUT its 序号 (1, blank, 2); 持卡人签字/所长审核",
        sheets, t,
    )  # fmt: skip


def school_selfcheck_own_words() -> dict:
    unit = f"{PLACE}云岫路小学"
    who, dept, post = "妫书禾", "总务处", "主任"
    sh = _Sheet("自查表", [6, 36, 12, 12, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}教职工廉政风险自查表", 5)
    sh.add("姓名", "部门", "职务", "自查日期", None)
    sh.add(who, dept, post, "2024年5月", None)
    sh.add("序号", "本人岗位存在的风险", "风险类别", "风险程度（高/中/低）", "我的防范办法")
    rows = [
        ("食堂食材采购不比价,接受供货商吃请、回扣", "外部环境", "高",
         "食材定点采购,价格每月公示,采购与验收分开。"),
        ("食堂伙食费结余不公开,挪作他用", "制度机制", "中", "伙食费单独核算,收支每学期向家长公开。"),
        ("学校物资入库验收不严,以次充好", "岗位职责", "中", "物资入库两人验收,填写入库清单。"),
    ]  # fmt: skip
    n = 0
    for point, typ, lv, measures in rows:
        n += 1
        sh.add(n, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, "middle", point, types_in(typ), HML[lv])
    _line(sh, "其他（本人补充）", 5)
    point = "校舍维修零星工程不经比选直接指定施工方"
    sh.add(n + 1, point, "业务流程", "中", "零星工程三家比选,校务会研究,结果公示。")
    t.point(sh.name, dept, post, who, "middle", point, ["业务流程"], 2)
    sh.add()
    sh.add("本人签名：", None, "分管校长意见：", None, None)
    return _layout(
        "school_selfcheck_own_words", "http://f.tikuw.cn/f/item?id=1853615692122193",
        "区小学 总务处主任's 教职工廉政风险自查表 (tab 自查表) after the source's 小学食堂专项审计自查报告 (食材采购, 伙食费, "
        "后勤处主任, 财务): a title; the fields as a LABEL ROW over a VALUE ROW (``姓名 | 部门 | 职务 | 自查日期`` over "
        "``妫书禾 | 总务处 | 主任 | 2024年5月``); the header in her OWN WORDS — 序号/``本人岗位存在的风险``/风险类别 (short)/"
        "``风险程度（高/中/低）``/``我的防范办法``; after three rows a merged ``其他（本人补充）`` row and one more point; "
        "本人签名/分管校长意见",
        [sh], t,
    )  # fmt: skip


def culture_center_personal_block() -> dict:
    unit = f"{PLACE}文化馆"
    t = _Truth(unit)
    people = [
        ("鞮若檀", "女", datetime(1985, 11, 1), "群文辅导部", "部长", datetime(2021, 3, 1), "中共党员",
         "middle", [
            ("群众文艺团队扶持资金分配不公开,向关系团队倾斜", "制度机制", "中",
             "扶持资金分配方案馆务会研究,结果公示。"),
            ("文艺培训班讲课费虚报课时", "业务流程", "中", "培训签到和课表存档,讲课费据实发放。"),
            ("组织文艺比赛评分不公,接受参赛者请托", "思想道德", "低", "评委随机抽取,评分当场公布。"),
        ]),
        ("贯云栖", "男", datetime(1990, 6, 1), "办公室", "会计", datetime(2019, 8, 1), "群众", "general", [
            ("免费开放专项经费挤占挪用", "制度机制", "高", "专项经费单独核算,支出经馆长审批。"),
            ("报销凭证审核不严,白条入账", "岗位职责", "中", "报销凭证三级审核,严禁白条入账。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, sex, born, dept, post, since, party, tier, points in people:
        sh = _Sheet(who, [10, 34, 12, 14, 12, 34])
        _line(sh, f"{unit}廉政风险防控登记表", 6)
        sh.add("姓名", who, "性别", sex, "出生年月", born)
        sh.add("所在部门", dept, "职务", post, "任现职时间", since)
        sh.add("政治面貌", party, "联系电话", "023-68862317", "岗位风险等级", "二级")
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", None)
        for n, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(n, point, typ, lv, measures, None)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        sh.add()
        sh.add("本人签字:", None, "部门负责人:", None, "登记日期:", "2024年4月")
        sheets.append(sh)
    return _layout(
        "culture_center_personal_block", "https://www.seridoat.com/article/jie-mi-zi-zhong-xian-wen-hua-guan-yu-suan-zi-jin-liu-xiang-yu-gong-gong-wen-hua-fu-wu-jie-mi.html",
        "区文化馆 廉政风险防控登记表, one a sheet named by the holder, after the source's account of a 县文化馆's 预算 (人员"
        "经费, 运转经费, 文化活动经费, 文艺培训, 免费开放): a title, then a PERSONAL BLOCK of three rows of pairs — ``姓名 | … | "
        "性别 | 女 | 出生年月 | (date)``, ``所在部门 | 群文辅导部 | 职务 | 部长 | 任现职时间 | (date)``, ``政治面貌 | 中共党员 | "
        "联系电话 | 023-… | 岗位风险等级 | 二级`` — the dates real date cells; 序号/风险点/风险类型 (short)/风险等级 高/中/低/"
        "防控措施; 本人签字/部门负责人/登记日期",
        sheets, t,
    )  # fmt: skip


def street_station_underscores() -> dict:
    unit = f"{PLACE}缃溪街道"
    who, dept, post = "舒窈禾", "综合文化站", "站长"
    sh = _Sheet("Sheet1", [6, 36, 12, 10, 36])
    t = _Truth(unit)
    _line(sh, "个人廉政风险自查表", 5)
    r = sh.add(f"姓名：__{who}__", None, f"单位：__{unit}{dept}__", None, f"职务：__{post}__")
    sh.merge(r, 0, r, 1)
    sh.merge(r, 2, r, 3)
    sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("免费开放专项资金用于非公共文化服务支出", "制度机制", "高",
         "专项资金专款专用,支出经街道分管领导审批,年终公开。"),
        ("文化活动器材采购不比价,收受供应商好处", "外部环境", "中", "器材采购三家比价,验收两人签字。"),
        ("群众文化活动参与人数虚报", "业务流程", "低", "活动签到、照片存档,按月报街道备案。"),
    ]  # fmt: skip
    for n, (point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, "middle", point, types_in(typ), HML[lv])
    sh.add()
    sh.add("本人签名：", None, "街道审核：", None, "2024年7月")
    return _layout(
        "street_station_underscores", "https://www.bengshan.gov.cn/zfxxgk/public/23851/50689382.html",
        "街道 综合文化站 站长's 个人廉政风险自查表 after the source's 乡(街道)综合文化站 免费开放专项资金 管理使用细则 (定额"
        "补助, 专款专用, 街道配套): a title, then ONE row of three fields typed INTO the template's underscores, each in its "
        "own merged cell — ``姓名：__舒窈禾__ | 单位：__北碚区缃溪街道综合文化站__ | 职务：__站长__``; 序号/风险点/风险类型 "
        "(short)/风险等级 高/中/低/防控措施; 本人签名/街道审核/date",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    veterans_center_wps_export(),
    cdc_leader_inserted_section(),
    social_insurance_annex3_retitled(),
    town_station_annex4(),
    city_enforcement_pledge(),
    market_office_cards(),
    school_selfcheck_own_words(),
    culture_center_personal_block(),
    street_station_underscores(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = False) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx`` (no re-saved copies)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch198-inbox"))

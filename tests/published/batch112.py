"""A hundred-and-twelfth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: FILES AS THEY REALLY ARRIVE FROM COUNTY BODIES NO EARLIER
BATCH USED — a 县价格监测中心, a 县城市建设档案馆, a 村镇银行, a 县国防动员办公室, a 县中心血站, a
县农村饮水安全管理所, a 县防汛抗旱指挥部办公室, a 县粮油质量检测中心 and a 县文化旅游发展集团 — each
handing back its ordinary 一览表, 排查表, 清单, 防控卡 or 自查表 the way its staff typed it, four of
them also kept as LibreOffice re-saves, ``.xls`` AND ``.ods`` (``resaved/b112_<name>.xls``/``.ods``,
made by ``PYTHONPATH=tests python tests/published/batch112.py --resave``):

- a 价格监测中心 一览表 (re-saved) SORTED BY LEVEL: the office head asked for the 高 points first, so
  the staff unmerged every cell (Excel will not sort merged cells) and sorted the whole table on
  ``风险等级`` — 科室, 岗位 and 姓名 written on every row, one person's points scattered over the
  高, 中 and 低 blocks, the 序号 renumbered after the sort; short types;
- a 村镇银行 排查表 (re-saved) whose ``部门/网点`` column names the bank's 部 AND its 支行 (``枫沙支行``,
  ``芦渡支行`` — parts of the bank, no units of their own), a 行长 among the 行领导 and another at the
  head of a 支行, an ``员工编号`` column of codes (``YZ0307``) beside ``员工姓名``;
- the 国防动员办公室's 防控卡 one per sheet (re-saved), the title naming the office with its former
  name in brackets (``仪征县国防动员办公室（原仪征县人民防空办公室）``); each card lists the holder's
  duties as numbered rows under ``一、岗位主要职责`` before ``二、廉政风险点及防控措施`` and its table;
- a 中心血站 一览表 with its two 献血屋 (``登月献血屋``, ``枫沙献血屋``) among the 科室, each headed by a
  post called ``负责人``, the holder under ``责任人``, 一级/二级/三级, no type column;
- an 农村饮水安全管理所 排查表 (re-saved) whose 股室 include its two 水厂 (``枫沙水厂``, ``芦渡水厂``),
  a 厂长 among the posts, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``;
- a 防汛抗旱指挥部办公室 清单 对岗不对人 with no 科室 column, 岗位 and 岗位职责 merged per post;
- a 粮油质量检测中心 自查表 one per sheet (tabs the holders' names), the posts the laboratory's own
  (``技术负责人``, ``质量负责人``, ``扦样员``, ``检验员``) in the ``职务`` pair above the table;
- a 文化旅游发展集团 清单 with a short ``风险事项`` beside a long ``风险描述``, ``高风险/中风险/低风险``,
  the holder under ``责任人``, a 景区运营中心 and a 票务中心 among the 部门.

One is harder:

- ``urban_archive_revision_marks``: a 城市建设档案馆 排查表 as it came back from the annual review
  (``（2024年修订稿）``): a trailing ``修订情况`` column says for each row ``保留``, ``新增``,
  ``等级调整（原为中）`` or ``删除`` — and the three rows marked ``删除`` are still in the table, their
  text STRUCK THROUGH, with their 序号, type and level: points the office has taken out.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (the 价格监测规定 — 价格采集, 监测报告,
数据真实; a 城建档案馆's check of 在建工地 档案 — 竣工验收文件, 声像资料, 限期整改; a note on 银行员工
廉洁风险排查 — 信贷审批, 柜面, 客户关系; the 防空地下室易地建设费 and its 征收标准; a 血站管理办法
quiz — 献血者, 采血, 检验, 血液报废; 农村饮水安全 管理制度 — 水厂, 水质检测, 水费; a 市防办's duties —
防汛物资 储备, 水情, 抢险调度; a 区's 粮食质量 扦样 with sealed samples; a 文旅投 reform plan —
景区运营, 资源整合) and the layout follows their words for the unit, its parts, its posts and its
risks. The rows are worded by us, the names invented; every unit is a body of an invented 仪征县
(its towns 枫沙镇 and 芦渡镇, its 登月湖 invented too; the bank ``仪征扬子村镇银行``).

Run ``python tests/published/score.py --set batch112`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- a list sorted by level is read as it stands: a person's points are his wherever they stand, one
  form per 科室 + post + holder however scattered its rows;
- a row whose ``修订情况`` reads ``删除`` (its text struck through) is a point taken out: no point,
  no level; ``保留``, ``新增`` and ``等级调整（原为中）`` rows are points with the level the row shows;
- ``枫沙支行`` in a bank's ``部门/网点`` column is a 部门 of the bank (as a 分所 is of its 所); its 行长
  is the 支行's 行长 (middle), the bank's 行长 among the 行领导 a leader;
- an ``员工编号`` code is no holder and no point;
- ``仪征县国防动员办公室（原仪征县人民防空办公室）`` is the 国防动员办公室: the bracket names what it was;
- the numbered duty rows of a card (``一、岗位主要职责``) are no points;
- ``登月献血屋``, ``枫沙水厂`` are 科室 of their unit; ``负责人`` and ``厂长`` are posts (middle);
- ``技术负责人``, ``质量负责人`` are posts of the laboratory (middle);
- 主任, 副主任 of the 中心/办, 馆长, 副馆长, 站长, 副站长, 所长, 副所长, the bank's 行长 and the
  group's 总经理 are leaders; 科长, 股长, 经理, 会计主管, 部长, a 中心's 主任 inside the group, 厂长,
  负责人 middle; the rest general.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``write_xlsx`` here: ``batch44.write_xlsx``
plus struck-through rows), copies the re-saved copies ``resaved/b112_<name>.*`` and writes
``truth.json``.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import xlsxwriter

from published.batch44 import _put
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build
from published.layouts import resave as _resave

PREFIX = "b112_"
PLACE = "仪征县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
RISKS = {"高风险": 1, "中风险": 2, "低风险": 3}
DELETED = "删除"


def _with(layout: dict, sheet_name: str, **extra) -> dict:
    """Attach writer options (``strike``: row indexes written struck through) to a sheet."""
    for sh in layout["sheets"]:
        if sh["name"] == sheet_name:
            sh.update(extra)
    return layout


# --------------------------------------------------------------------------- harder layout


def urban_archive_revision_marks() -> dict:
    unit = f"{PLACE}城市建设档案馆"
    sh = _Sheet("修订稿", [5, 11, 10, 8, 32, 12, 8, 32, 14])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表（2024年修订稿）", 9)
    r = sh.add(
        f"填报单位：{unit}", None, None, None, None, "填报时间：2024年11月", None, None, None
    )
    sh.merge(r, 0, r, 4)
    sh.merge(r, 5, r, 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施", "修订情况")
    rows = [
        ("馆领导", "馆长", "鄢书砚", "leader", "档案馆库改造项目施工单位确定不经馆务会集体研究",
         "制度机制风险", "高", "改造项目按规定比选或招标,馆务会集体决定并留存纪要。", "保留"),
        ("馆领导", "馆长", "鄢书砚", "leader", "档案数字化外包服务商选定中指定关系单位",
         "岗位职责风险", "高", "外包服务按政府采购程序选定,评审结果公示。", "新增"),
        ("馆领导", "馆长", "鄢书砚", "leader", "馆内公务接待超标准",
         "思想道德风险", "低", "接待事前审批,执行接待标准。", DELETED),
        ("馆领导", "副馆长", "竺卷舒", "leader", "对建设单位未按期移交工程档案的不督促、不报告",
         "岗位职责风险", "中", "未移交项目清单每季度报住建局,逾期未移交的书面催告。", "保留"),
        ("业务指导科", "科长", "骆墨亭", "middle", "在建工地档案业务指导中降低标准,对资料不全的项目出具合格意见",
         "岗位职责风险", "高", "指导意见两人签字,整改事项限期复查销号。", "等级调整（原为中）"),
        ("业务指导科", "科长", "骆墨亭", "middle", "接受建设、施工单位宴请和礼品",
         "思想道德风险", "中", "签订廉洁承诺,节前廉洁提醒,拒收登记。", "保留"),
        ("业务指导科", "业务指导员", "庾简青", "general", "现场检查走过场,隐蔽工程验收记录缺失不指出",
         "业务流程风险", "中", "检查清单逐项勾选,影像资料存档备查。", "保留"),
        ("业务指导科", "业务指导员", "庾简青", "general", "档案培训收取费用",
         "制度机制风险", "低", "培训一律免费,培训通知公开发布。", DELETED),
        ("接收整理科", "科长", "冉籍安", "middle", "工程档案预验收意见与实际不符,为未达标项目出具认可书",
         "岗位职责风险", "高", "预验收实行两人核查、科长复核,认可书编号登记。", "保留"),
        ("接收整理科", "科长", "冉籍安", "middle", "声像档案接收时不核对,事后补录",
         "业务流程风险", "低", "声像资料随纸质档案同步接收,接收清单双方签字。", "新增"),
        ("接收整理科", "科长", "冉籍安", "middle", "档案整理临时用工管理混乱",
         "制度机制风险", "低", "临时用工登记造册,工时按月公示。", DELETED),
        ("综合科", "会计", "符典秋", "general", "档案查阅复制收费不开票、不入账",
         "制度机制风险", "中", "收费使用统一票据,按日入账,每月核对。", "保留"),
    ]  # fmt: skip
    first = len(sh.rows)
    struck = []
    for n, (dept, post, who, tier, point, typ, lv, measures, note) in enumerate(rows, 1):
        r = sh.add(n, dept, post, who, point, typ, lv, measures, note)
        if note == DELETED:
            struck.append(r)
        else:
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("馆长签字:", None, None, "填表人:", None, None, "2024年11月", None, None)
    lay = _layout(
        "urban_archive_revision_marks", "https://www.sipsc.com/yanbu/583085.html",
        "(harder) 县城市建设档案馆 岗位廉政风险点排查表 as it came back from the annual review, after the source's "
        "account of a 城建档案馆 checking the 档案 of 在建工地 (前期审批文件, 施工过程资料, 竣工验收文件, 声像资料; "
        "限期整改): title ``…排查表（2024年修订稿）``, a ``填报单位：… | 填报时间：…`` line, 序号/科室 merged (馆领导, "
        "业务指导科, 接收整理科, 综合科)/岗位 and 姓名 merged per person/风险点/风险类型 ``…风险``/风险等级 高/中/低/防控"
        "措施 and a trailing ``修订情况`` — ``保留``, ``新增``, ``等级调整（原为中）`` or ``删除``: the three ``删除`` rows "
        "(one of the 馆长, one of the 业务指导员, one of the 接收整理科 科长) STAY in the table with their 序号, type "
        "and level, written STRUCK THROUGH — points taken out, no points; 馆长签字/填表人/date",
        [sh], t,
    )  # fmt: skip
    return _with(lay, sh.name, strike=struck)


# --------------------------------------------------------------------------- ordinary layouts


def price_monitor_sorted_by_level() -> dict:
    unit = f"{PLACE}价格监测中心"
    sh = _Sheet("一览表", [5, 11, 11, 8, 34, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 8)
    r = sh.add(f"填报单位：{unit}", None, None, None, None, "填报时间：2024年10月", None, None)
    sh.merge(r, 0, r, 4)
    sh.merge(r, 5, r, 7)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "邬砚秋", "leader", "价格监测报告审核把关不严,授意修改监测数据", "思想道德", "高",
         "监测数据分级审核,修改数据须有原始采价记录,修改留痕。"),
        ("中心领导", "主任", "邬砚秋", "leader", "价格认定结论受人情干扰,不经集体审议", "制度机制", "高",
         "价格认定结论经审议小组集体审议,审议记录存档。"),
        ("中心领导", "主任", "邬砚秋", "leader", "中心经费使用不经集体研究", "制度机制", "低",
         "经费支出实行预算管理,大额支出集体研究。"),
        ("中心领导", "副主任", "祁岚舟", "leader", "价格采集点设置和调整随意", "业务流程", "中",
         "采价点调整报市价格监测机构备案,调整理由存档。"),
        ("价格监测科", "科长", "樊澄溪", "middle", "监测数据报送前泄露给经营者", "岗位职责", "高",
         "数据发布前保密,知悉范围登记,报送系统权限管理。"),
        ("价格监测科", "价格采集员", "盛栎安", "general", "不到采价点实地采价,估填、编造价格数据", "岗位职责", "高",
         "采价定位拍照上传,科长随机抽查复核。"),
        ("价格监测科", "价格采集员", "盛栎安", "general", "接受经营者礼品,少报、瞒报价格", "思想道德", "中",
         "采价点定期轮换,签订廉洁承诺。"),
        ("价格认定科", "科长", "桂沅生", "middle", "涉案财物价格认定中接受当事人请托", "外部环境", "高",
         "认定人员回避制度,认定过程两人以上。"),
        ("价格认定科", "认定员", "郜听澜", "general", "价格认定现场勘验记录不实", "业务流程", "中",
         "勘验记录当场签字,影像资料随卷归档。"),
        ("综合科", "会计", "甘霁雯", "general", "采价补贴发放不实,虚列支出", "制度机制", "低",
         "补贴按采价任务核发,银行转账,每季度公开。"),
    ]  # fmt: skip
    # sorted on 风险等级 (高, 中, 低) as Excel sorts: a stable sort of the list as typed
    rows.sort(key=lambda row: HML[row[6]])
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    sh.add()
    sh.add("填表人:", None, None, "审核人:", None, None, "2024年10月", None)
    return _layout(
        "price_monitor_sorted_by_level", "https://m.zjtcn.com/baike/jgjcgdwjfb6260434",
        "县价格监测中心 岗位廉政风险点一览表 after the source's 价格监测规定 (价格采集, 监测报告, 数据真实, 价格监测机构): "
        "``填报单位：… | 填报时间：…`` line, 序号/科室/岗位/姓名/风险点/风险类型 (short names)/风险等级 高/中/低/防控措施, "
        "SORTED BY LEVEL — the cells unmerged, 科室, 岗位 and 姓名 written on every row, the whole table sorted on "
        "风险等级 so each person's points stand apart in the 高, 中 and 低 blocks (主任 邬砚秋 in the first and the "
        "last), the 序号 renumbered 1…10 after the sort; 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


def village_bank_branch_depts() -> dict:
    unit = "仪征扬子村镇银行"
    sh = _Sheet("排查表", [5, 12, 10, 9, 9, 32, 13, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}员工廉洁风险排查表", 9)
    sh.add(
        "序号",
        "部门/网点",
        "岗位",
        "员工姓名",
        "员工编号",
        "风险点",
        "风险类别",
        "风险等级",
        "防控措施",
    )
    rows = [
        ("行领导", "行长", "闾泽钧", "YZ0101", "leader", "大额贷款审批中干预贷审会独立审议", "制度机制风险", "高",
         "贷审会成员独立表决,行长不参加表决只行使否决权,会议记录存档。"),
        ("行领导", "行长", "闾泽钧", "YZ0101", "leader", "员工招聘、岗位调整中优亲厚友", "思想道德风险", "中",
         "招聘方案报主发起行审定,岗位调整经行务会研究并公示。"),
        ("风险合规部", "经理", "龚衡毓", "YZ0215", "middle", "对违规放贷问题线索瞒报、迟报", "岗位职责风险", "高",
         "问题线索登记台账,按月向董事会风险管理委员会报告。"),
        ("公司业务部", "客户经理", "鞠禾丰", "YZ0233", "general", "贷前调查不实,帮助借款人包装资料", "业务流程风险", "高",
         "贷前调查双人实地进行,调查报告附现场影像。"),
        ("公司业务部", "客户经理", "鞠禾丰", "YZ0233", "general", "向借款人收取好处费、介绍费", "外部环境风险", "高",
         "贷款利率和收费公示,客户回访,举报电话公开。"),
        ("营业部", "会计主管", "邵钧颐", "YZ0307", "middle", "柜面授权审核不严,违规办理大额取现", "岗位职责风险", "中",
         "大额业务实行事前授权和事后监督,录像留存。"),
        ("营业部", "综合柜员", "黎沁柔", "YZ0312", "general", "挪用客户资金、私自代客操作账户", "思想道德风险", "高",
         "柜员强制休假和轮岗,账户异动系统预警。"),
        ("营业部", "综合柜员", "黎沁柔", "YZ0312", "general", "重要空白凭证领用不登记", "制度机制风险", "低",
         "重要空白凭证领用、使用、作废逐笔登记,日终核对。"),
        ("枫沙支行", "行长", "祖渡川", "YZ0401", "middle", "支行贷款发放规避总行审批,拆分贷款", "业务流程风险", "高",
         "贷款系统设定授权额度,总行按月检查拆分贷款。"),
        ("芦渡支行", "客户经理", "柯穗岑", "YZ0418", "general", "贷后检查走过场,贷款资金被挪用不报告", "岗位职责风险", "中",
         "贷后检查按期开展,资金流向逐笔跟踪。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, code, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, code, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:5]  # noqa: E731
    _merge_down(
        sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person), (4, per_person)]
    )
    sh.add()
    sh.add("部门负责人签字:", None, None, None, "排查日期:2024年9月", None, None, None, None)
    return _layout(
        "village_bank_branch_depts", "http://www.gzshszh.com/2025-05-09/218927741.html",
        "村镇银行 员工廉洁风险排查表 after the source's note on 银行员工廉洁风险排查 (前台业务人员, 后台管理人员; 资金交易, "
        "信贷审批, 客户关系): 序号/``部门/网点`` merged — 行领导, 风险合规部, 公司业务部, 营业部 AND the branches "
        "``枫沙支行``, ``芦渡支行`` — /岗位 (a 行长 among the 行领导 and another heading 枫沙支行; 经理, 客户经理, 会计主管, "
        "综合柜员)/``员工姓名``/``员工编号`` codes ``YZ0101``…, all three merged per person/风险点/风险类别 ``…风险``/"
        "风险等级 高/中/低/防控措施; 部门负责人签字/排查日期",
        [sh], t,
    )  # fmt: skip


def civil_defense_duty_cards() -> dict:
    unit = f"{PLACE}国防动员办公室"
    title = f"{unit}（原{PLACE}人民防空办公室）岗位廉政风险防控卡"
    t = _Truth(unit)
    people = [
        ("卜戍疆", "办领导", "主任", "leader", [
            "主持全面工作,负责国防动员和人民防空工作的统筹协调;",
            "负责人防工程建设审批、防空地下室易地建设费征收的审定;",
            "负责单位财务、人事工作。",
        ], [
            ("人防工程建设审批插手干预,为关系单位降低防护标准", "岗位职责", "一级",
             "审批事项集体研究,审批结果网上公开,领导干部插手干预登记报告。"),
            ("易地建设费减免不按规定,个人决定", "制度机制", "一级",
             "减免事项按规定报批,减免结果公示,每年专项审计。"),
            ("干部选拔任用、评先评优搞个人说了算", "思想道德", "二级", "执行民主集中制,结果公示。"),
        ]),
        ("阙垒城", "人防工程科", "科长", "middle", [
            "负责人防工程建设审查、质量监督和竣工验收;",
            "负责防空地下室易地建设费的核算和征收。",
        ], [
            ("易地建设费核算时少算面积,少征或不征", "岗位职责", "一级",
             "核算依据规划许可面积,核算单两人复核,征收台账每月对账。"),
            ("人防工程竣工验收走过场,收受建设单位好处", "外部环境", "一级",
             "验收组三人以上,验收记录拍照存档,签订廉洁承诺。"),
            ("人防工程平时使用管理不严,违规出租收益不入账", "制度机制", "二级",
             "平时使用登记备案,收益纳入财政专户。"),
        ]),
        ("谯讯安", "指挥通信科", "科员", "general", [
            "负责人防警报设施维护和通信保障;",
            "负责警报器维修和通信器材采购的具体经办。",
        ], [
            ("警报器维修项目虚报工程量", "业务流程", "二级", "维修前后拍照比对,验收由科长和使用单位签字。"),
            ("通信器材采购不比价,指定供应商", "制度机制", "二级", "采购三家以上比价,结果办内公示。"),
            ("值班记录弄虚作假", "岗位职责", "三级", "值班情况每日抽查,记录按月归档。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, duties, points in people:
        sh = _Sheet(who, [6, 30, 10, 10, 10, 30])
        _line(sh, title, 6)
        sh.add("姓名", who, "所在科室", dept, "职务", post)
        _line(sh, "一、岗位主要职责", 6)
        for k, duty in enumerate(duties, 1):
            r = sh.add(k, duty, None, None, None, None)
            sh.merge(r, 1, r, 5)
        _line(sh, "二、廉政风险点及防控措施", 6)
        r = sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", None)
        sh.merge(r, 4, r, 5)
        for k, (point, typ, lv, measures) in enumerate(points, 1):
            r = sh.add(k, point, typ, lv, measures, None)
            sh.merge(r, 4, r, 5)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
        sh.add()
        sh.add("持卡人签字:", None, None, "年  月  日", None, None)
        sheets.append(sh)
    return _layout(
        "civil_defense_duty_cards",
        "https://www.zhetiaohe.com/ss/c1553e8cf0d9c2d666c9b337fb85a24f979d927ff8e3050f3c2bb6cfa4663e5f0aab14a948cd32f1.html",
        "县国防动员办公室 岗位廉政风险防控卡 one per sheet (tabs the holders' names), after the source's note on the "
        "防空(地下室)易地建设费 and its 征收标准: the title names the office with its FORMER name in brackets, "
        "``仪征县国防动员办公室（原仪征县人民防空办公室）岗位廉政风险防控卡``; ``姓名 | … | 所在科室 | … | 职务 | …``; a "
        "section line ``一、岗位主要职责`` over two or three NUMBERED duty rows (``1 | 负责…``, merged across); a section "
        "line ``二、廉政风险点及防控措施`` over 序号/风险点/风险类型 (short names)/风险等级 一级/二级/三级/防控措施 (merged "
        "over two columns); an unsigned 持卡人签字/年 月 日 line",
        sheets, t,
    )  # fmt: skip


def blood_station_donation_houses() -> dict:
    unit = f"{PLACE}中心血站"
    sh = _Sheet("一览表", [5, 12, 10, 8, 34, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 7)
    sh.add("序号", "科室", "岗位", "责任人", "风险点", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "鲍济仁", "leader", "血液储存设备采购中倾向特定品牌", "一级",
         "采购需求集体论证,进入公共资源交易平台采购。"),
        ("站领导", "站长", "鲍济仁", "leader", "对外供血调配中优先照顾关系医院", "二级",
         "供血按医院用血计划和库存统一调配,调配记录存档。"),
        ("体采科", "科长", "苗采苓", "middle", "献血者健康征询把关不严,为不符合条件者采血", "二级",
         "健康征询和体检双人复核,不合格者系统锁定。"),
        ("检验科", "检验员", "宓析微", "general", "血液检测结果录入不实,隐瞒不合格血液", "一级",
         "检测结果仪器直传信息系统,人工修改须经科主任审批。"),
        ("质量管理科", "科长", "晁衡宁", "middle", "血液报废审核不严,报废血液去向不明", "一级",
         "报废血液登记、审批、销毁全程记录,两人监销。"),
        ("登月献血屋", "负责人", "凌沁蕖", "middle", "献血纪念品发放不实,虚报领用", "三级",
         "纪念品出入库登记,按献血人次核销,每月盘点。"),
        ("登月献血屋", "负责人", "凌沁蕖", "middle", "为他人违规办理献血证,帮助冒用献血记录", "二级",
         "献血证凭身份证核验办理,信息系统比对。"),
        ("枫沙献血屋", "负责人", "沙苇娟", "middle", "无偿献血用血报销资料审核不严", "二级",
         "报销资料逐项核对,报销结果定期抽查。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    _line(sh, "注:风险等级分一级、二级、三级,一级最高。", 7)
    return _layout(
        "blood_station_donation_houses",
        "http://35331.cn/lhs_qwwo9lof5mx2gbilhxpabrmdu54g2wh6lssnfq3qwwke2kg4feyiafpabrmdrmdu54rwkk2h_1.html",
        "县中心血站 岗位廉政风险点一览表 after the source's 血站管理办法 quiz (献血者健康征询, 采血, 血液检测, 血液报废, "
        "供血): 序号/科室 merged — 站领导, 体采科, 检验科, 质量管理科 and two ``献血屋`` named after places "
        "(``登月献血屋``, ``枫沙献血屋``), each headed by a post called ``负责人`` — /岗位 and ``责任人`` merged per "
        "person/风险点/风险等级 一级/二级/三级/防控措施; no type column; a 注 line under it",
        [sh], t,
    )  # fmt: skip


def rural_water_plants() -> dict:
    unit = f"{PLACE}农村饮水安全管理所"
    sh = _Sheet("Sheet1", [5, 11, 11, 8, 32, 13, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险排查表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("所领导", "所长", "麦泓清", "leader", "农村供水管网改造工程施工单位确定不经集体研究", "制度机制风险", "Ⅰ级",
         "工程按规定招标,所务会集体研究,纪要存档。"),
        ("所领导", "副所长", "滕渠远", "leader", "工程变更签证审核把关不严", "业务流程风险", "Ⅱ级",
         "变更经监理、设计、所三方签字,报水利局备案。"),
        ("工程股", "股长", "鄂管城", "middle", "管网工程验收时降低标准,隐蔽工程不查验", "岗位职责风险", "Ⅰ级",
         "隐蔽工程验收拍照留存,验收组三人以上。"),
        ("工程股", "技术员", "禹泉生", "general", "工程量计量不实,多计材料用量", "岗位职责风险", "Ⅱ级",
         "计量两人现场进行,计量单施工、监理签字。"),
        ("枫沙水厂", "厂长", "沐澈源", "middle", "制水药剂采购不比价,验收不严", "制度机制风险", "Ⅱ级",
         "药剂采购三家比价,入库验收两人签字。"),
        ("枫沙水厂", "厂长", "沐澈源", "middle", "水源保护区违规建设不制止不报告", "外部环境风险", "Ⅲ级",
         "水源地每周巡查,巡查记录报所备案。"),
        ("芦渡水厂", "化验员", "浦滢溪", "general", "出厂水水质检测数据造假", "岗位职责风险", "Ⅰ级",
         "检测数据自动上传,所里每月比对抽检。"),
        ("芦渡水厂", "抄表收费员", "汤涓涓", "general", "抄表估抄、少抄,收取水费不开票", "思想道德风险", "Ⅱ级",
         "抄表数据系统比对,水费收缴使用统一票据,按日解缴。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("填表人:", None, None, "所长签字:", None, None, "2024年10月", None)
    return _layout(
        "rural_water_plants", "https://www.renrendoc.com/paper/474651639.html",
        "县农村饮水安全管理所 岗位廉政风险排查表 after the source's 农村饮水安全管理三项制度 (工程管护, 水源保护, 水质"
        "检测, 水费): 序号/股室 merged — 所领导, 工程股 and the 所's two ``水厂`` named after towns (``枫沙水厂``, "
        "``芦渡水厂``) — /岗位 (所长, 副所长, 股长, 技术员, 厂长, 化验员, 抄表收费员) and 姓名 merged per person/风险点/"
        "风险类别 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; 填表人/所长签字/date; the tab ``Sheet1``",
        [sh], t,
    )  # fmt: skip


def flood_office_posts() -> dict:
    unit = f"{PLACE}防汛抗旱指挥部办公室"
    sh = _Sheet("清单", [5, 12, 26, 32, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 6)
    sh.add("序号", "岗位", "岗位职责", "廉政风险点", "风险等级", "防控措施")
    posts = [
        ("主任", "leader", "主持防办工作,负责防汛抗旱经费和物资的统筹安排", [
            ("防汛抗旱资金分配不经集体研究,向个别乡镇倾斜", "高", "资金分配方案集体研究,分配结果公开。"),
            ("应急度汛工程不按程序确定施工单位", "高", "应急工程事后补办手续并报审计备案。"),
        ]),
        ("副主任", "leader", "分管防汛物资和抢险队伍", [
            ("抢险物资紧急采购价格不实", "中", "紧急采购事后集体审核,价格比对市场行情。"),
        ]),
        ("防汛物资仓库保管员", "general", "负责防汛物资的出入库和日常保管", [
            ("防汛物资出入库不登记,私自外借、变卖", "高", "出入库凭单据登记,每季度盘点,账实相符。"),
            ("过期物资报废处置不按规定", "低", "报废物资经鉴定、审批后公开处置。"),
        ]),
        ("水情测报员", "general", "负责雨情、水情的收集和上报", [
            ("水情数据迟报、漏报、错报", "中", "测报数据自动采集,人工补报须注明原因。"),
        ]),
        ("抢险调度员", "general", "负责抢险队伍和机械的调度、结算", [
            ("抢险机械台班虚报,结算不实", "中", "台班记录现场签认,结算凭调度令和影像资料。"),
        ]),
        ("会计", "general", "负责防办财务核算", [
            ("防汛经费报销审核不严,虚列支出", "中", "报销实行会计审核、主任审批,每季度公开。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, tier, duty, points in posts:
        for point, lv, measures in points:
            n += 1
            sh.add(n, post, duty, point, lv, measures)
            t.point(sh.name, "", post, "", tier, point, [], HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: row[1:3])])
    sh.add()
    sh.add("填报人:", None, "审核人:", None, "2024年9月", None)
    return _layout(
        "flood_office_posts", "http://btslj.xjbt.gov.cn/c/2016-08-13/2532817.shtml",
        "县防汛抗旱指挥部办公室 岗位廉政风险防控清单 对岗不对人 after the source's account of a 市防办's duties (防汛抗旱"
        "物资的储备、使用管理, 防汛抗旱资金, 汛情旱情, 抢险调度): NO 科室 column — 序号/岗位 (主任, 副主任, 防汛物资仓库"
        "保管员, 水情测报员, 抢险调度员, 会计) and 岗位职责 merged per post/廉政风险点/风险等级 高/中/低/防控措施; no names, "
        "no type column; 填报人/审核人/date",
        [sh], t,
    )  # fmt: skip


def grain_lab_selfcheck() -> dict:
    unit = f"{PLACE}粮油质量检测中心"
    t = _Truth(unit)
    people = [
        ("糜稼瑜", "检测室", "技术负责人", "middle", [
            ("检验方法确认", "检验方法偏离标准不确认、不记录", "岗位职责", "中", "方法偏离经技术负责人和主任共同批准并记录。"),
            ("报告签发", "为委托方出具与检验数据不符的报告", "思想道德", "高", "报告实行检验、复核、签发三级审核。"),
        ]),
        ("仓麦琳", "质量管理室", "质量负责人", "middle", [
            ("内部审核", "内审走过场,对不符合项不纠正", "岗位职责", "中", "内审计划报主任批准,不符合项限期关闭。"),
            ("能力验证", "能力验证结果不满意时弄虚作假", "思想道德", "高", "能力验证原始记录全部归档,结果如实上报。"),
            ("投诉处理", "委托方投诉处理不及时、不公正", "业务流程", "低", "投诉登记编号,处理结果回访。"),
        ]),
        ("粟禾青", "业务室", "扦样员", "general", [
            ("现场扦样", "扦样不按规定点数,人为挑选样品", "岗位职责", "高", "扦样全程录像,扦样单被检单位签字。"),
            ("样品封存", "样品封存不严,调换样品", "业务流程", "高", "样品现场封签,编号密码化传递。"),
            ("外出扦样", "接受被检单位宴请和礼品", "外部环境", "中", "扦样两人以上,签订廉洁承诺。"),
        ]),
        ("伍颖禾", "检测室", "检验员", "general", [
            ("样品检验", "检验数据随意修改", "岗位职责", "高", "原始记录用钢笔填写,修改划改签名。"),
            ("结果保密", "检验结果出具前泄露给委托方", "制度机制", "中", "检验结果经签发后统一发出,知悉范围登记。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 12, 30, 10, 8, 32])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        sh.add("姓名", who, "所在科室", dept, "职务", post)
        sh.add("序号", "工作环节", "风险点", "风险类型", "风险等级", "防控措施")
        for k, (step, point, typ, lv, measures) in enumerate(points, 1):
            sh.add(k, step, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        sh.add()
        sh.add("自查人签字:", None, None, "科室负责人签字:", None, "2024年10月")
        sheets.append(sh)
    return _layout(
        "grain_lab_selfcheck", "http://m-xianan.cjyun.org/p/85768.html",
        "县粮油质量检测中心 岗位廉政风险自查表 one per sheet (tabs the holders' names), after the source's report of a "
        "区's quarterly 粮食质量检测扦样 (扦样过程影像, 现场贴封标签, 样品编号): ``姓名 | … | 所在科室 | … | 职务 | …`` "
        "with the laboratory's own posts — ``技术负责人`` and ``检验员`` of 检测室, ``质量负责人`` of 质量管理室, ``扦样员`` "
        "of 业务室 — over 序号/工作环节/风险点/风险类型 (short names)/风险等级 高/中/低/防控措施; an unsigned "
        "自查人签字/科室负责人签字 line with the date",
        sheets, t,
    )  # fmt: skip


def tourism_group_matters() -> dict:
    unit = f"{PLACE}文化旅游发展集团有限公司"
    sh = _Sheet("风险清单", [5, 14, 10, 8, 16, 34, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉洁风险防控清单", 8)
    sh.add("序号", "部门", "岗位", "责任人", "风险事项", "风险描述", "风险等级", "防控措施")
    rows = [
        ("集团领导", "总经理", "卢游川", "leader", "投资项目决策", "文旅投资项目未经可行性论证和集体决策即投资",
         "高风险", "投资项目经董事会审议,重大项目报国资部门备案。"),
        ("党群综合部", "部长", "司岚音", "middle", "公务接待", "以宣传推介名义超标准接待、列支费用",
         "中风险", "接待事前审批,费用公开。"),
        ("财务审计部", "部长", "温筹玉", "middle", "资金支付", "未按合同和审批支付资金,公款私存",
         "高风险", "资金支付实行会签,银行账户集中管理。"),
        ("工程建设部", "部长", "段筑岩", "middle", "工程发包", "景区改造工程化整为零规避招标,指定施工单位",
         "高风险", "工程按限额标准招标,发包结果公示。"),
        ("工程建设部", "现场管理员", "萧湖月", "general", "工程签证", "现场签证工程量与实际不符,收受施工单位好处",
         "中风险", "签证实行监理、现场管理员、部长三级签字。"),
        ("登月湖景区运营中心", "主任", "钱券宁", "middle", "经营场所出租", "景区商铺出租不公开招租,低价租给关系人",
         "高风险", "商铺出租进入产权交易平台公开招租。"),
        ("登月湖景区运营中心", "主任", "钱券宁", "middle", "门票优惠审批", "违规审批免票、优惠票",
         "低风险", "优惠政策公示,免票审批登记。"),
        ("票务中心", "票务员", "葛游筠", "general", "门票收入", "收款不出票、重复使用门票截留收入",
         "中风险", "电子票务系统售检票,日结日缴,每日对账。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, item, desc, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, item, desc, lv, measures)
        t.point(sh.name, dept, post, who, tier, item, [], RISKS[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("填报部门:党群综合部", None, None, None, "填报时间:2024年8月", None, None, None)
    return _layout(
        "tourism_group_matters", "https://www.renrendoc.com/paper/506427898.html",
        "县文化旅游发展集团 廉洁风险防控清单 after the source's 文旅投 reform plan (景区运营, 资源整合与资产盘活, 市场化"
        "运营): 序号/部门 merged (集团领导, 党群综合部, 财务审计部, 工程建设部, ``登月湖景区运营中心``, ``票务中心``)/岗位 "
        "and ``责任人`` merged per person/a short ``风险事项`` beside a long ``风险描述``/风险等级 ``高风险/中风险/低风险``/"
        "防控措施; no type column; a ``填报部门:党群综合部 | 填报时间:…`` line below",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    urban_archive_revision_marks(),
    price_monitor_sorted_by_level(),
    village_bank_branch_depts(),
    civil_defense_duty_cards(),
    blood_station_donation_houses(),
    rural_water_plants(),
    flood_office_posts(),
    grain_lab_selfcheck(),
    tourism_group_matters(),
]

RESAVED = (
    "price_monitor_sorted_by_level",
    "village_bank_branch_depts",
    "civil_defense_duty_cards",
    "rural_water_plants",
)  # fmt: skip  (each as .xls and .ods)


# --------------------------------------------------------------------------- writing


def write_xlsx(layout: dict, path: Path) -> Path:
    """``batch44.write_xlsx`` (borders, row heights for wrapped cells, date cells) plus a sheet's
    ``strike`` rows written struck through, as a reviewer strikes a point out."""
    options = {
        "strings_to_formulas": False,
        "strings_to_urls": False,
        "strings_to_numbers": False,
        "in_memory": True,
    }  # fmt: skip  (no temporary file per part)
    wb = xlsxwriter.Workbook(str(path), options)
    wb.set_properties({"created": datetime(2024, 11, 1, 9, 0, 0), "author": "Administrator"})
    base = {
        "text_wrap": True,
        "valign": "vcenter",
        "font_name": "宋体",
        "font_size": 10,
        "border": 1,
    }
    plain = (wb.add_format(base), wb.add_format({**base, "num_format": 'yyyy"年"m"月"d"日"'}))
    struck = (
        wb.add_format({**base, "font_strikeout": True}),
        wb.add_format({**base, "font_strikeout": True, "num_format": 'yyyy"年"m"月"d"日"'}),
    )
    for sheet in layout["sheets"]:
        ws = wb.add_worksheet(sheet["name"])
        strike = set(sheet.get("strike") or ())
        for c, w in enumerate(sheet.get("widths") or []):
            ws.set_column(c, c, w)
        covered = {(r, c) for r0, c0, r1, c1 in sheet["merges"] for r in range(r0, r1 + 1)
                   for c in range(c0, c1 + 1)}  # fmt: skip
        for r, row in enumerate(sheet["rows"]):
            lines = max((str(v).count("\n") + 1 for v in row if isinstance(v, str)), default=1)
            if lines > 1:
                ws.set_row(r, 14 * lines)
            fmts = struck if r in strike else plain
            for c, v in enumerate(row):
                if v is None or (r, c) in covered:
                    continue
                _put(ws, fmts, r, c, v)
        for r0, c0, r1, c1 in sheet["merges"]:
            row = sheet["rows"][r0]
            v = row[c0] if c0 < len(row) else None
            fmts = struck if r0 in strike and r1 == r0 else plain
            ws.merge_range(r0, c0, r1, c1, "", fmts[1] if isinstance(v, datetime) else fmts[0])
            if v is not None:
                _put(ws, fmts, r0, c0, v)
    wb.close()
    return path


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``write_xlsx`` here, its re-saved copies
    ``resaved/b112_*`` (.xls and .ods)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


def resave() -> list[Path]:
    """Write ``resaved/b112_<name>.xls`` and ``.ods`` for each name in ``RESAVED`` with LibreOffice
    (layouts.resave)."""
    return _resave(LAYOUTS, RESAVED, prefix=PREFIX, writer=write_xlsx)


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    if "--resave" in sys.argv:
        print("\n".join(map(str, resave())))
    else:
        print(build(sys.argv[1] if len(sys.argv) > 1 else "batch112-inbox"))

"""A fifty-second batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY TABLES AS FILES REALLY ARRIVE at a coordinator
from county bodies' 二级单位 that no earlier batch met (劳动人事争议仲裁院, 检验检测中心, 烈士陵园
管理所, 急救中心, 特殊教育学校, 建设工程质量安全监督站, 社会福利院, 农业技术推广中心, 河道管理所),
typed the way staff type in Excel or WPS: merged cells, headings and cells wrapped with Alt+Enter,
blank spacer rows, a 填报单位/填报日期 line, a 备注 column, a 合计 line, the odd typo (``股市`` for
股室 and ``底`` for 低, what a pinyin input method offers first; ``II级`` typed with the letter I) —
and three of them also kept as LibreOffice re-saves, ``.xls`` AND ``.ods``
(``resaved/b52_<name>.xls``/``.ods``, see make_resaved.py):

- a 县劳动人事争议仲裁院 排查登记表: 填报单位(盖章)/填报时间 line, 科室 merged (院领导, 立案庭,
  仲裁庭, 调解室, 办公室), ``姓名`` BEFORE ``职务``, a 主要职责 cell of Alt+Enter items merged per
  person, a 备注 column, a 合计 sentence;
- a 县检验检测中心 一览表 (re-saved): 填报科室 and a real date cell beside 填报日期, 科室 merged,
  岗位/姓名 merged per person, 风险类别, levels typed ``I级``/``II级``/``III级`` with the letter I,
  a 备注 column;
- a 县烈士陵园管理所 排查表 对岗不对人: the post first, 岗位名称 and 岗位职责 merged per post, a
  blank row between posts, 一级/二级/三级, a 合计 row counting posts and points;
- a 县急救中心 排查表 whose 股室 heading is typed ``股市``, the 股 written on every row, 岗位/姓名
  merged per person, types ``…风险``, the 填报人/填报日期 line BELOW the table;
- a 县特殊教育学校 一览表 (re-saved) whose every heading is wrapped with Alt+Enter (``岗位\\n名称``,
  ``责任人\\n姓名``, ``廉政\\n风险点``), a blank row between 处室, a 合计 sentence;
- a 县建设工程质量安全监督站 一览表: 监督环节 merged, the 责任科室/责任岗位/责任人 trailing (one
  股长 holding two rows apart, a 组长 on both sides of the page break), the heading repeated at
  the top of the second printed page;
- a 县社会福利院's personal 自查表 (re-saved), one per sheet: the 院长's on a tab with her name,
  the 会计's on the copy Excel named ``周立华 (2)`` (never renamed), the 护理部主任's with a ``无``
  row, and the blank ``模板`` left behind;
- a 县农业技术推广中心 一览表 with a two-row header (``责任主体`` over ``站室 | 岗位 | 姓名``), 站
  merged, 岗位/姓名 merged per person, one level typed ``底``, a 合计 row.

One is harder:

- ``river_office_example_row``: a 县河道管理所 returns the 水利局's template as it came: a 填表说明
  sheet in front, and on the 排查表 sheet the 局's ``示例`` row (``示例 | 办公室 | 主任 | 张三 | …``,
  备注 ``填写时请删除本行``) still standing above the 所's own rows; the title is the 局's
  (``XX县水利局所属单位…``), the 所 only in the filled-in 填报单位 line.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; these pages describe their subject in prose (a 盟 仲裁院's 廉政风险点 and
廉洁办案承诺书 for 立案受理/举证质证/庭审调查, a laboratory's 廉洁从业 risks in 仪器设备采购/样品采取/
不合格检测数据处理, a 烈士陵园's duties and 资金管理/设施建设与维护/人员管理 risks, a 紧急医疗救援中心's
调度 and 急救站 duties, a 县财政局's support for its 特殊教育学校 (改扩建, 生均公用经费, 生活补助, 送教
上门交通补助), a 工程建设 table of 流程所处环节/所涉对象/廉政风险点/防控措施, a 清廉民政 plan, a 基层农技
推广体系 self-assessment, a 县水利局's 阳光水利 and its 河道所's 采制砂 招投标 and 巡查) and the layout
follows their words for the unit, its parts, its posts and its risks. The rows are worded by us,
the names invented.

Run ``python tests/published/score.py --set batch52`` and do not tune the reader against it, or it
stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- a heading with a typo is the heading meant: ``股市`` is 股室; a level typed ``底`` is 低 (3);
  ``I级``/``II级``/``III级`` typed with the letter I are Ⅰ级/Ⅱ级/Ⅲ级 (1/2/3);
- a heading wrapped with Alt+Enter is the heading on one line (``责任人\\n姓名`` is 责任人姓名);
- the template's ``示例`` row (placeholder 张三, 备注 ``填写时请删除本行``) is no point and names no
  holder; the 填表说明 sheet and a blank ``模板`` sheet hold no points;
- a unit is the one that fills the table: the 填报单位 line's ``XX县河道管理所`` under a 局's title;
- a personal sheet is its 姓名 label's person whatever its tab says (``周立华 (2)`` holds 葛敏);
- a ``合计`` row or sentence, a blank spacer row, the heading repeated on a new page, a row saying
  only ``无``, 备注 text and 填报/签字 lines are no points;
- the 所/院/中心's head is a leader wherever the table puts him (``院领导``, ``中心领导``, ``所领导``).

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, row
heights, real dates), copies the re-saved copies ``resaved/b52_<name>.*`` and writes ``truth.json``.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from published.batch44 import write_xlsx
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b52_"
ORDINAL = {"一级": 1, "二级": 2, "三级": 3}
LATIN = {"I级": 1, "II级": 2, "III级": 3}
TYPO_LEVELS = {**HML, "底": 3}


def _line(sh: _Sheet, text: str, ncols: int) -> int:
    """A row of one text merged across the table."""
    r = sh.add(text, *([None] * (ncols - 1)))
    sh.merge(r, 0, r, ncols - 1)
    return r


def _merge_down(sh: _Sheet, first: int, specs, last: int | None = None) -> None:
    """For each (col, key) in ``specs`` merge ``col`` over every run of rows ``first``..``last``
    whose ``key(row)`` (on the rows as typed, before any merge) is the same; a blank cell starts no
    run and a blank row ends one."""
    last = len(sh.rows) - 1 if last is None else last
    typed = [list(row) for row in sh.rows]

    def filled(k):
        return any(v is not None for v in typed[k])

    for col, key in specs:
        r = first
        while r <= last:
            e = r
            while (
                e < last
                and typed[r][col] is not None
                and filled(e + 1)
                and key(typed[e + 1]) == key(typed[r])
            ):
                e += 1
            if e > r:
                for k in range(r + 1, e + 1):
                    sh.rows[k][col] = None
                sh.merges.append((r, col, e, col))
            r = e + 1


# --------------------------------------------------------------------------- harder layout


def river_office_example_row() -> dict:
    unit = "XX县河道管理所"
    t = _Truth(unit)
    guide = _Sheet("填表说明", [90])
    for text in (
        "填表说明",
        "1.本表由局属各单位组织本单位干部职工逐岗逐人填写,一个风险点填一行。",
        "2.风险类型填写思想道德、制度机制、岗位职责、业务流程、外部环境中的一项或几项。",
        "3.风险等级按高、中、低填写。",
        "4.表中示例行仅供参考,填写时请删除。",
        "5.请于4月20日前将电子版报局纪检组。",
    ):
        guide.add(text)
    sh = _Sheet("排查表", [6, 12, 10, 9, 36, 12, 9, 32, 14])
    _line(sh, "XX县水利局所属单位岗位廉政风险排查表", 9)
    r = sh.add(f"填报单位:{unit}", None, None, None, "填报日期:2024年4月18日", None, None, None,
               None)  # fmt: skip
    sh.merge(r, 0, r, 3)
    sh.merge(r, 4, r, 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施", "备注")
    sh.add("示例", "办公室", "主任", "张三", "公务接待超标准、超范围", "制度机制", "中",
           "严格执行公务接待审批和清单制度。", "填写时请删除本行")  # fmt: skip
    rows = [
        ("所领导", "所长", "聂海平", "河道采砂权出让不公开招投标,为关系人提供便利", "制度机制", "高",
         "采砂权一律公开拍卖,出让方案报局党组审定。"),
        ("所领导", "所长", "聂海平", "河道整治工程变更签证未经所务会集体研究", "制度机制", "高",
         "工程变更经所务会研究,签证资料报局备案。"),
        ("工程股", "股长", "单立军", "堤防工程质量检测委托不规范,检测数据不实", "岗位职责", "中",
         "检测机构由局统一委托,见证取样全程留痕。"),
        ("河道巡查队", "队长", "闵江", "巡查中发现非法采砂不制止、不上报,收受好处", "思想道德", "高",
         "巡查实行GPS轨迹记录,非法采砂线索24小时内上报。"),
        ("河道巡查队", "队长", "闵江", "对采制砂点超范围、超深开采监管不到位", "岗位职责", "中",
         "采砂点设置电子围栏,每周巡查不少于两次。"),
        ("河道巡查队", "巡查员", "于小川", "巡查记录弄虚作假,漏报巡查问题", "业务流程", "低",
         "巡查日志与轨迹数据每月比对。"),
        ("办公室", "会计", "甘雪", "堤防维修养护经费挤占挪用", "制度机制", "中",
         "养护经费专账核算,按考核结果拨付。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures, None)
        tier = {"所长": "leader", "股长": "middle", "队长": "middle"}.get(post, "general")
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: row[1:4]),
                            (3, lambda row: row[1:4])])  # fmt: skip
    sh.add()
    sh.add("单位负责人:", None, None, "填表人:", None, "联系电话:", None, None, None)
    return _layout(
        "river_office_example_row", "http://hyshuili.com/News/73.html",
        "(harder) 县河道管理所 returning the 水利局's template after the source's 阳光水利 account of a 县水利局 and its "
        "河道所 (采制砂 整治, 采砂点 公开招投标, 每周巡查, 河道整治工程): a ``填表说明`` sheet in front (numbered lines, "
        "``4.表中示例行仅供参考,填写时请删除``), then the ``排查表`` sheet with the 局's title ``XX县水利局所属单位岗位"
        "廉政风险排查表``, a filled 填报单位/填报日期 line naming the 所, the heading 序号/股室/岗位/姓名/风险点/风险类型/"
        "风险等级 高/中/低/防控措施/备注, and the 局's example row ``示例 | 办公室 | 主任 | 张三 | 公务接待超标准、超范围 "
        "| 制度机制 | 中 | … | 填写时请删除本行`` still standing above the 所's own rows (所领导, 工程股, 河道巡查队, "
        "办公室; 岗位/姓名 merged per person); 单位负责人/填表人/联系电话 line",
        [guide, sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def arbitration_court_name_first() -> dict:
    unit = "XX县劳动人事争议仲裁院"
    sh = _Sheet("Sheet1", [6, 10, 9, 9, 26, 34, 9, 32, 12])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 9)
    r = sh.add(f"填报单位(盖章):{unit}", None, None, None, None, "填报时间:2024年5月", None, None,
               None)  # fmt: skip
    sh.merge(r, 0, r, 4)
    sh.merge(r, 5, r, 8)
    sh.add("序号", "科室", "姓名", "职务", "主要职责", "廉政风险点", "风险等级", "防控措施", "备注")
    rows = [
        ("院领导", "汪德胜", "院长", "1.主持全院工作;\n2.审批重大疑难案件。",
         "对重大疑难案件不提交仲裁委员会集体研究,个人决定", "高", "重大疑难案件一律提交仲裁委员会讨论。",
         None),
        ("院领导", "汪德胜", "院长", "1.主持全院工作;\n2.审批重大疑难案件。",
         "为人情案、关系案打招呼,干预仲裁员办案", "高", "建立干预办案记录和通报制度。", None),
        ("立案庭", "符丽君", "庭长", "1.审查仲裁申请;\n2.送达立案文书。",
         "对符合条件的仲裁申请不予受理或拖延受理", "中", "立案受理全程公开,不予受理须书面说明理由。",
         None),
        ("立案庭", "阎冬", "书记员", "1.登记案件;\n2.管理案卷。", "向他人泄露当事人信息和案件材料", "低",
         "案卷借阅登记,电子卷宗分级授权。", None),
        ("仲裁庭", "欧阳明", "仲裁员", "1.组织庭审;\n2.制作裁决书。",
         "私下会见一方当事人及其代理人,接受宴请、礼品", "高", "签订廉洁办案承诺书,开庭前告知当事人监督电话。",
         "重点岗位"),
        ("仲裁庭", "欧阳明", "仲裁员", "1.组织庭审;\n2.制作裁决书。",
         "举证质证、庭审调查不全面,故意偏袒一方作出裁决", "高", "推行要素式审理,裁决书经庭长审核。",
         "重点岗位"),
        ("调解室", "褚红霞", "调解员", "1.案前调解;\n2.制作调解书。",
         "调解中强迫一方当事人接受调解方案", "中", "调解过程同步录音录像,双方签字确认。", None),
        ("办公室", "滕建", "主任", "1.管理经费;\n2.管理后勤。",
         "仲裁办案经费、兼职仲裁员劳务费列支不规范", "中", "经费支出经院务会研究,按季度公开。", None),
    ]  # fmt: skip
    first = len(sh.rows)
    tiers = {"院长": "leader", "庭长": "middle", "主任": "middle"}
    for n, (dept, who, post, duty, point, lv, measures, note) in enumerate(rows, 1):
        sh.add(n, dept, who, post, duty, point, lv, measures, note)
        t.point(sh.name, dept, post, who, tiers.get(post, "general"), point, [], HML[lv])
    per_person = lambda row: row[1:5]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person),
                            (4, per_person), (8, lambda row: (row[2], row[8]))])  # fmt: skip
    _line(sh, "合计:共排查风险点8个,其中高风险4个、中风险3个、低风险1个。", 9)
    sh.add("院长签字:", None, None, "填表人:", None, "联系电话:", None, None, None)
    return _layout(
        "arbitration_court_name_first", "https://rsj.als.gov.cn/art/2025/4/21/art_3410_514310.html",
        "县劳动人事争议仲裁院 廉政风险点排查登记表 after the source's account of a 盟仲裁院 (立案受理 公开, 举证质证/庭审调查 "
        "环节, 仲裁廉政风险点, 廉洁办案承诺书, 人情案、关系案, 要素式审理): 填报单位(盖章)/填报时间 line; 序号/科室 merged "
        "(院领导, 立案庭, 仲裁庭, 调解室, 办公室)/``姓名`` BEFORE ``职务``/主要职责 (Alt+Enter items ``1.…;\\n2.…``), the "
        "three merged per person/廉政风险点/风险等级 高/中/低/防控措施/备注 (``重点岗位`` merged); a 合计 sentence merged "
        "across; 院长签字/填表人/联系电话 line",
        [sh], t,
    )  # fmt: skip


def inspection_center_latin_levels() -> dict:
    unit = "XX县检验检测中心"
    sh = _Sheet("一览表", [6, 12, 10, 9, 10, 36, 8, 32, 14])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉洁风险防控一览表", 9)
    r = sh.add("填报科室:质量管理室", None, None, None, None, "填报日期:", datetime(2024, 3, 20),
               None, None)  # fmt: skip
    sh.merge(r, 0, r, 4)
    sh.merge(r, 6, r, 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险类别", "廉洁风险点", "风险等级", "防控措施", "备注")
    rows = [
        ("中心领导", "主任", "谭志远", "外部环境", "大型检测仪器设备采购技术参数编制带倾向性", "I级",
         "技术参数经专家论证并公开征求意见,采购进入公共资源交易平台。", None),
        ("业务受理室", "受理员", "吉晓燕", "岗位职责", "多收或少收检验费用,收费不开票", "II级",
         "按物价核定标准收费,收费系统统一开票。", None),
        ("业务受理室", "受理员", "吉晓燕", "业务流程", "擅自更改委托单上的样品信息", "II级",
         "委托单双方签字确认,更改须留痕。", None),
        ("食品检测室", "室主任", "祁文", "岗位职责", "对不合格检测数据擅自修改或重新检测后出具合格报告", "I级",
         "原始记录不得涂改,复检须经技术负责人批准。", "重点岗位"),
        ("食品检测室", "抽样员", "班涛", "思想道德、外部环境", "抽样时接受被抽样单位宴请,选择性抽取样品", "I级",
         "抽样不少于2人,全程视频记录。", "抽样人员定期轮换"),
        ("计量检定室", "检定员", "鄢立", "岗位职责", "对未经检定或检定不合格的计量器具出具合格证书", "II级",
         "检定证书经核验员复核签发。", None),
        ("综合办公室", "报账员", "晏莉", "制度机制", "试剂耗材报销票据审核不严,虚列支出", "III级",
         "试剂耗材出入库台账与报销票据逐笔核对。", None),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, typ, point, lv, measures, note) in enumerate(rows, 1):
        sh.add(n, dept, post, who, typ, point, lv, measures, note)
        tier = "leader" if dept == "中心领导" else "middle" if post == "室主任" else "general"
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), LATIN[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("中心主任:", None, None, "质量负责人:", None, "填表人:", None, None, None)
    return _layout(
        "inspection_center_latin_levels", "https://m.instrument.com.cn/bbs/d-7886506.html",
        "县检验检测中心 岗位廉洁风险防控一览表 after the source's post on a laboratory's 廉洁从业 risks (仪器设备采购 技术参数, "
        "样品采取 by 采样人员, 不合格检测数据处理, 视频取证, 定期轮换): 填报科室 line with a real date cell beside 填报日期; "
        "序号/科室 merged (中心领导, 业务受理室, 食品检测室, 计量检定室, 综合办公室)/岗位 and 姓名 merged per person/风险类别 "
        "(types without 风险, one cell of two)/廉洁风险点/风险等级 typed ``I级``/``II级``/``III级`` with the LETTER I/防控措施"
        "/备注; sign-off line; re-saved as .xls and .ods",
        [sh], t,
    )  # fmt: skip


def martyrs_cemetery_posts_first() -> dict:
    unit = "XX县烈士陵园管理所"
    sh = _Sheet("排查表", [6, 12, 24, 36, 9, 32, 12])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险排查表", 7)
    r = sh.add(f"单位:{unit}", None, None, None, "填报日期:2024年3月", None, None)
    sh.merge(r, 0, r, 3)
    sh.merge(r, 4, r, 6)
    sh.add("序号", "岗位名称", "岗位职责", "风险点", "风险等级", "防控措施", "备注")
    posts = [
        ("所长", "主持全面工作,负责纪念设施建设维护和经费管理", [
            ("烈士纪念设施维修改造工程未经集体研究,指定施工单位", "一级",
             "维修改造项目经所务会研究,按规定公开招标。", None),
            ("社会捐赠资金使用不公开,挪作他用", "一级", "捐赠资金专账管理,使用情况每半年公示。", None),
        ]),
        ("副所长", "协助所长工作,分管祭扫活动和园区管护", [
            ("纪念活动、祭扫活动物资采购虚报数量", "二级", "物资采购两人经办,验收清单签字。", None),
        ]),
        ("会计", "负责经费核算和财务报表", [
            ("纪念设施保护经费未专款专用", "一级", "专项经费专账核算,年度接受审计。", None),
        ]),
        ("出纳", "负责现金、银行存款收付", [
            ("现金收支不及时入账,公款私存", "二级", "现金日清月结,会计每月盘点。", None),
        ]),
        ("讲解员", "负责接待参观和讲解", [
            ("为旅行社、培训机构安排讲解收取好处费", "三级", "讲解预约登记,免费讲解制度公示。", None),
        ]),
        ("园区管护员", "负责园区绿化、保洁和散葬墓管护", [
            ("绿化保洁外包考核走过场", "二级", "外包考核由所务会组织,结果与付款挂钩。", None),
            ("私自收取散葬烈士墓迁葬、代祭扫费用", "二级", "迁葬、代祭扫服务免费并公示监督电话。", "新增"),
        ]),
    ]  # fmt: skip
    tiers = {"所长": "leader", "副所长": "leader"}
    n = 0
    for k, (post, duty, items) in enumerate(posts):
        if k:
            sh.add(*([None] * 7))  # a blank row between posts
        first = len(sh.rows)
        for point, lv, measures, note in items:
            n += 1
            sh.add(n, post, duty, point, lv, measures, note)
            t.point(sh.name, "", post, "", tiers.get(post, "general"), point, [], ORDINAL[lv])
        _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: row[1:3])])
    r = sh.add("合计", "6个岗位", None, f"{n}个风险点", "一级3个、二级4个、三级1个", None, None)
    sh.merge(r, 1, r, 2)
    sh.add("所长签字:", None, None, "填表人:", None, None, None)
    return _layout(
        "martyrs_cemetery_posts_first",
        "https://www.seridoat.com/article/jie-mi-lie-shi-ling-yuan-zhi-neng-zhi-ze-yu-lian-zheng-feng-xian-bing-cun.html",
        "县烈士陵园管理所 岗位廉政风险排查表 对岗不对人 after the source's account of a 烈士陵园's duties (纪念与缅怀, "
        "教育与宣传, 管理与维护) and its 资金管理 (政府拨款和社会捐赠), 设施建设与维护 and 人员管理 risks: 单位/填报日期 line; "
        "the post first — 序号/岗位名称/岗位职责 merged per post (所长 and 园区管护员 over two rows) — then 风险点/风险等级 "
        "一级/二级/三级/防控措施/备注; a BLANK row between posts; no names; a 合计 row (``6个岗位`` in 岗位名称, "
        "``8个风险点`` in 风险点, the counts by level in 风险等级); 所长签字/填表人 line",
        [sh], t,
    )  # fmt: skip


def emergency_center_gushi_typo() -> dict:
    unit = "XX县急救中心"
    sh = _Sheet("Sheet1", [6, 12, 10, 9, 36, 14, 9, 32, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 9)
    sh.add("序号", "股市", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施", "备注")
    rows = [
        ("中心领导", "主任", "房立强", "急救站点布设、急救车辆采购未经集体决策", "制度机制风险", "高",
         "站点布设和车辆采购经主任办公会研究并报卫健局。", None),
        ("调度股", "股长", "冉秀梅", "违反就近原则调派急救车辆,将病人导向特定医院", "岗位职责风险", "高",
         "调度指令系统自动记录,每月抽查调度录音。", None),
        ("调度股", "调度员", "柏宁", "向殡葬、护理中介泄露呼救患者信息", "思想道德风险", "中",
         "呼救信息分级授权查询,签订保密承诺。", None),
        ("急救股", "股长", "郎建华", "急救药品、耗材申领不实,私自外流", "岗位职责风险", "中",
         "药品耗材按出车记录核销,每月盘点。", None),
        ("急救股", "随车医生", "宓佳", "院前急救收费超标准或收费不开票", "业务流程风险", "中",
         "收费标准车内公示,移动终端开票。", None),
        ("车辆管理股", "股长", "卞志刚", "急救车辆维修、加油虚报费用", "制度机制风险", "中",
         "车辆定点维修,加油卡一车一卡。", None),
        ("车辆管理股", "驾驶员", "应军", "私自出车从事非急救转运并收费", "外部环境风险", "高",
         "车辆安装定位,非任务出车一律追责。", "专项整治"),
        ("综合股", "会计", "蔺芳", "财政补助资金支出不按规定审批", "制度机制风险", "低",
         "资金支出经股室、分管领导、主任三级审批。", None),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, note) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures, note)
        tier = "leader" if dept == "中心领导" else "middle" if post == "股长" else "general"
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(2, per_person), (3, per_person)])  # the 股 typed on every row
    sh.add()
    sh.add("填报人:", None, "审核人:", None, "填报日期:2024.4.2", None, None, None, None)
    return _layout(
        "emergency_center_gushi_typo",
        "https://czj.sxjz.gov.cn/zfczyjsgkzl/bmyjsjbmsgjfyjs/qtbm/sjjyljyzx/content_242559",
        "县急救中心 廉政风险点排查表 after the source's account of a 紧急医疗救援中心 and its 县级急救分中心 (院前急救业务, "
        "调度 by 就近、就急 原则, 急救站, 急救车辆, 三公经费): no 填报 line above; heading 序号/``股市`` (typed for 股室)/岗位/"
        "姓名/风险点/风险类型 (``…风险``)/风险等级 高/中/低/防控措施/备注; the 股 (中心领导, 调度股, 急救股, 车辆管理股, 综合股) "
        "typed on EVERY row, 岗位/姓名 merged per person; 填报人/审核人/填报日期 ``2024.4.2`` line BELOW the table",
        [sh], t,
    )  # fmt: skip


def special_school_wrapped_heads() -> dict:
    unit = "XX县特殊教育学校"
    sh = _Sheet("廉政风险", [5, 8, 10, 9, 36, 6, 32, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    r = sh.add(f"填报单位(盖章):{unit}", None, None, None, "填报日期:2024年4月", None, None, None)
    sh.merge(r, 0, r, 3)
    sh.merge(r, 4, r, 7)
    sh.add("序\n号", "处\n室", "岗位\n名称", "责任人\n姓名", "廉政\n风险点", "风险\n等级", "防控\n措施",
           "备\n注")  # fmt: skip
    groups = [
        ("校长室", [
            ("校长", "简国庆", "学校改扩建工程化整为零,规避招标", "高",
             "1.改扩建项目按限额标准招标;\n2.工程结算送审计部门审核。", None),
            ("校长", "简国庆", "生均公用经费统筹使用未经校委会集体研究", "高",
             "公用经费使用计划经校委会研究,每学期公开。", None),
        ]),
        ("教务处", [
            ("主任", "麦晓红", "送教上门教师交通补助按虚报次数发放", "中",
             "1.送教记录由家长签字;\n2.补助按核实次数发放。", "送教上门"),
        ]),
        ("总务处", [
            ("主任", "邬海军", "食堂食材采购不公开比价,收受供应商好处", "高",
             "食材定点采购,价格每月与市场价比对。", None),
            ("主任", "邬海军", "康复训练器材、教学设备验收把关不严", "中", "验收邀请使用教师参加,验收单归档。", None),
            ("食堂管理员", "葛春燕", "食堂账目不公开,结余资金违规使用", "中", "食堂账目按月公开,家长代表监督。", None),
        ]),
        ("财务室", [
            ("会计", "易文", "家庭经济困难学生生活补助对象审核不严", "中", "补助对象班级评议、学校审核、公示。", None),
            ("出纳", "谷丽", "生活补助不打卡发放,截留代领", "低", "补助资金直接发放到学生家长账户。", None),
        ]),
    ]  # fmt: skip
    tiers = {"校长": "leader", "主任": "middle"}
    n = 0
    for g, (dept, items) in enumerate(groups):
        if g:
            sh.add(*([None] * 8))  # a blank row between 处室
        first = len(sh.rows)
        for post, who, point, lv, measures, note in items:
            n += 1
            sh.add(n, dept, post, who, point, lv, measures, note)
            t.point(sh.name, dept, post, who, tiers.get(post, "general"), point, [], HML[lv])
        per_person = lambda row: row[1:4]  # noqa: E731
        _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    _line(sh, f"合计:4个处室,6个岗位,风险点{n}个。", 8)
    sh.add("校长签字:", None, None, "填表人:", None, "审核人:", None, None)
    return _layout(
        "special_school_wrapped_heads",
        "http://czj.shiyan.gov.cn/xwdt/xqdt/202510/t20251020_4835895.shtml",
        "县特殊教育学校 岗位廉政风险防控一览表 after the source's account of a 县财政局's support for its 特殊教育学校 "
        "(改扩建, 生均公用经费, 教学设备, 家庭经济困难学生生活补助, 送教上门 交通补助): 填报单位(盖章)/填报日期 line; EVERY "
        "heading wrapped with Alt+Enter (``序\\n号``, ``处\\n室``, ``岗位\\n名称``, ``责任人\\n姓名``, ``廉政\\n风险点``, "
        "``风险\\n等级``, ``防控\\n措施``, ``备\\n注``); 处室 merged (校长室, 教务处, 总务处, 财务室) with a BLANK row between "
        "them, 岗位/姓名 merged per person; 高/中/低; measures of Alt+Enter items; a 合计 sentence merged across; "
        "校长签字/填表人/审核人 line; re-saved as .xls and .ods",
        [sh], t,
    )  # fmt: skip


def quality_station_trailing_holder() -> dict:
    unit = "XX县建设工程质量安全监督站"
    sh = _Sheet("风险点", [6, 14, 36, 8, 32, 10, 9, 9, 12])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控一览表", 9)
    header = ("序号", "监督环节", "廉政风险点", "风险等级", "防控措施", "责任科室", "责任岗位", "责任人",
              "备注")  # fmt: skip
    sh.add(*header)
    rows = [
        ("监督手续办理", "对资料不全的工程违规办理质量安全监督手续", "中",
         "监督手续一次性告知,资料不全不予办理。", "综合股", "股长", "伍德明", None),
        ("监督交底", "交底时向建设、施工单位推荐指定材料供应商", "高",
         "交底内容书面化,交底会邀请建设单位纪检人员参加。", "监督一组", "组长", "詹国华", None),
        ("过程监督检查", "对检查发现的质量安全隐患不下达整改通知,降格处理", "高",
         "隐患整改通知书统一编号,整改情况复查销号。", "监督一组", "监督员", "庞秀英", None),
        ("过程监督检查", "接受施工单位宴请、礼金,提前透露检查时间", "高",
         "检查实行“双随机”,检查人员签订廉洁承诺。", "监督二组", "监督员", "戚志", "重点"),
        ("竣工验收监督", "对验收程序不合规的工程出具监督报告", "高",
         "监督报告经站务会审核后签发。", "监督二组", "组长", "喻建新", None),
        ("检测管理", "指定检测机构承担见证取样检测", "中",
         "检测机构由建设单位从名录中自主选择。", "监督二组", "组长", "喻建新", None),
        ("行政处罚建议", "对违法违规行为不移送或降低处罚建议", "中",
         "处罚建议经集体讨论,移送情况登记备查。", "综合股", "股长", "伍德明", None),
        ("档案管理", "违规向他人提供工程监督档案", "低", "查档凭审批单,查阅登记。", "综合股", "资料员",
         "霍敏", None),
    ]  # fmt: skip
    tiers = {"股长": "middle", "组长": "middle"}
    page_break = 5  # the heading printed again at the top of the second page
    starts = [len(sh.rows)]
    for n, (step, point, lv, measures, dept, post, who, note) in enumerate(rows, 1):
        if n == page_break + 1:
            sh.add(*header)
            starts.append(len(sh.rows))
        sh.add(n, step, point, lv, measures, dept, post, who, note)
        t.point(sh.name, dept, post, who, tiers.get(post, "general"), point, [], HML[lv])
    last = len(sh.rows) - 1
    for first, end in ((starts[0], starts[1] - 2), (starts[1], last)):
        _merge_down(sh, first, [(1, lambda row: row[1]), (5, lambda row: row[5]),
                                (6, lambda row: row[5:8]), (7, lambda row: row[5:8])],
                    last=end)  # fmt: skip
    sh.add()
    sh.add("站长签字:", None, None, "填报日期:2024年5月10日", None, None, None, None, None)
    return _layout(
        "quality_station_trailing_holder", "http://www.qq94.com/fjx/dcBBO_2.html",
        "县建设工程质量安全监督站 廉政风险防控一览表 after the source's 工程建设廉政风险点和防控措施 (流程所处环节, 所涉对象, "
        "分项工程验收评定, 监理单位, 检测单位, 安全检查 with 整改通知单): 序号/监督环节 merged/廉政风险点/风险等级 高/中/低/"
        "防控措施, then ``责任科室 | 责任岗位 | 责任人`` trailing (责任科室 merged; the 综合股 股长 holding rows 1 and 7 "
        "apart, the 监督二组 组长 rows 5 and 6 on either side of the page break)/备注; the heading printed again at the "
        "top of the second page (after row 5, the merges broken there); 站长签字/填报日期 line",
        [sh], t,
    )  # fmt: skip


def welfare_home_personal_sheets() -> dict:
    unit = "XX县社会福利院"
    t = _Truth(unit)
    widths = [6, 36, 12, 9, 34]
    people = [
        ("周立华", "周立华", "院领导", "院长", "主持全院工作,负责基建维修、物资采购和经费管理", [
            ("福利院维修改造工程不按规定招标,指定施工队伍", "制度机制", "高",
             "工程项目按限额标准招标,院务会集体研究。"),
            ("供养对象伙食费、物资采购虚报冒领", "岗位职责", "高", "采购物资两人验收,伙食账目每月公开。"),
            ("接收社会捐赠物资不登记,私自处置", "思想道德", "中", "捐赠物资登记造册,使用情况公示。"),
        ]),
        ("周立华 (2)", "葛敏", "财务室", "会计", "负责财务核算、供养经费和资产管理", [
            ("特困供养资金不按标准核算,挤占挪用", "制度机制", "中", "供养资金专账核算,每季度与民政局对账。"),
            ("固定资产处置不按程序报批", "业务流程", "低", "资产处置报民政局、财政局审批。"),
        ]),
        ("护理部", "姚春兰", "护理部", "主任", "负责供养对象护理服务和护理员管理", [
            ("护理员排班、考核优亲厚友,虚报加班", "岗位职责", "中", "排班表公示,考核结果与绩效挂钩。"),
            ("收受供养对象家属财物给予特殊照顾", "思想道德", "低", "签订廉洁承诺,设立意见箱。"),
            None,  # a row saying only 无
        ]),
    ]  # fmt: skip
    tiers = {"院长": "leader", "主任": "middle"}
    sheets = []
    for tab, who, dept, post, duty, items in people:
        sh = _Sheet(tab, widths)
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓名:", who, "科室:", dept, f"职务:{post}")
        r = sh.add("岗位职责", duty, None, None, None)
        sh.merge(r, 1, r, 4)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施")
        for n, item in enumerate(items, 1):
            if item is None:
                sh.add(n, "无", None, None, None)
                continue
            point, typ, lv, measures = item
            sh.add(n, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tiers.get(post, "general"), point, types_in(typ),
                    HML[lv])  # fmt: skip
        sh.add()
        sh.add("本人签字:", None, "科室负责人签字:", None, "2024年3月  日")
        sheets.append(sh)
    blank = _Sheet("模板", widths)
    _line(blank, f"{unit}岗位廉政风险自查表", 5)
    blank.add("姓名:", None, "科室:", None, "职务:")
    r = blank.add("岗位职责", None, None, None, None)
    blank.merge(r, 1, r, 4)
    blank.add("序号", "风险点", "风险类型", "风险等级", "防控措施")
    for n in (1, 2, 3):
        blank.add(n, None, None, None, None)
    blank.add("本人签字:", None, "科室负责人签字:", None, "年  月  日")
    sheets.append(blank)
    return _layout(
        "welfare_home_personal_sheets", "https://www.renrendoc.com/paper/507091463.html",
        "县社会福利院 岗位廉政风险自查表, one per sheet, after the source's 清廉民政 plan (廉政风险的主要领域, 基层能力薄弱, "
        "资金、物资, 监督体系): title; ``姓名: | 周立华 | 科室: | 院领导 | 职务:院长`` (the post typed INSIDE its label cell); "
        "a merged 岗位职责 line; 序号/风险点/风险类型/风险等级 高/中/低/防控措施; 本人签字/科室负责人签字/date line. Tabs: "
        "``周立华`` (院长), ``周立华 (2)`` — the copy Excel made, never renamed, holding the 会计 葛敏's sheet — and "
        "``护理部`` (主任, a third row saying only ``无``), then the blank ``模板`` left behind; re-saved as .xls and .ods",
        sheets, t,
    )  # fmt: skip


def agri_tech_two_row_head() -> dict:
    unit = "XX县农业技术推广中心"
    sh = _Sheet("农技中心", [6, 14, 9, 9, 36, 10, 8, 32, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点一览表", 9)
    _line(sh, f"填报单位:{unit}                                  填报日期:2024年3月", 9)
    top = sh.add(
        "序号", "责任主体", None, None, "风险点", "风险类别", "风险等级", "防控措施", "备注"
    )
    sh.add(None, "站室", "岗位", "姓名", None, None, None, None, None)
    sh.merge(top, 1, top, 3)
    for c in (0, 4, 5, 6, 7, 8):
        sh.merge(top, c, top + 1, c)
    rows = [
        ("中心领导", "主任", "杭卫东", "农技推广补助项目实施主体确定不公开", "制度机制", "高",
         "项目实施主体公开遴选,结果公示。", None),
        ("植保植检站", "站长", "车红梅", "统防统治服务组织遴选暗箱操作", "外部环境", "高",
         "服务组织遴选条件公开,中心集体研究。", None),
        ("植保植检站", "站长", "车红梅", "应急防控农药、药械采购指定品牌收受回扣", "岗位职责", "高",
         "农药药械按政府采购程序采购,验收抽样送检。", None),
        ("植保植检站", "检疫员", "莫斌", "调运检疫不现场查验即出具检疫证书", "岗位职责", "中",
         "检疫现场拍照上传,证书系统开具。", None),
        ("土壤肥料工作站", "站长", "谈志国", "测土配方施肥项目取土化验样品数量虚报", "业务流程", "中",
         "取土点位GPS定位,化验数据抽查复核。", None),
        ("经济作物工作站", "站长", "宣丽", "示范基地物化补助发放对象审核不严", "制度机制", "中",
         "补助对象乡镇初审、站复核、公示七天。", None),
        ("农技推广站", "农技员", "路平", "科技示范户补贴物资截留、优亲厚友", "思想道德", "底",
         "补贴物资发放清单由示范户签收并公示。", None),
        ("农技推广站", "农技员", "路平", "包村服务考核记录弄虚作假", "制度机制", "低",
         "服务记录与农户回访结果比对。", "2024年新增"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, note) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures, note)
        tier = "leader" if dept == "中心领导" else "middle" if post == "站长" else "general"
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), TYPO_LEVELS[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    r = sh.add("合计", None, None, None, f"{len(rows)}个", None, None, None, None)
    sh.merge(r, 0, r, 3)
    sh.add("中心主任签字:", None, None, "填表人:", None, None, "联系电话:", None, None)
    return _layout(
        "agri_tech_two_row_head", "https://xiexiebang.com/a5/2019051320/501dbfc3a21f98c1.html",
        "县农业技术推广中心 廉政风险点一览表 after the source's 基层农技推广体系建设项目 self-assessment (项目资金, 科技示范户, "
        "示范基地, 农技人员 包村服务, 绩效考核): 填报单位 and 填报日期 typed in ONE merged cell with spaces; a two-row header "
        "(``责任主体`` merged over ``站室 | 岗位 | 姓名``, the other headings merged down two rows); 站室 merged (中心领导, "
        "植保植检站, 土壤肥料工作站, 经济作物工作站, 农技推广站)/岗位 and 姓名 merged per person/风险点/风险类别 (types without "
        "风险)/风险等级 高/中/低 with ONE cell typed ``底`` (for 低)/防控措施/备注; 合计 row ``8个``; 签字/联系电话 line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    river_office_example_row(),
    arbitration_court_name_first(),
    inspection_center_latin_levels(),
    martyrs_cemetery_posts_first(),
    emergency_center_gushi_typo(),
    special_school_wrapped_heads(),
    quality_station_trailing_holder(),
    welfare_home_personal_sheets(),
    agri_tech_two_row_head(),
]

RESAVED = (
    "inspection_center_latin_levels",
    "special_school_wrapped_heads",
    "welfare_home_personal_sheets",
)  # fmt: skip  (each as .xls and .ods)


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx``, its re-saved copies
    ``resaved/b52_*`` (.xls and .ods)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch52-inbox"))

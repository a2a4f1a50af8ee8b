"""A seventeenth batch of layouts modelled on published tables, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. Ten of the twelve layouts are EVERYDAY — what a district or county office
sends back — each worded with its own page's heading words:

- a 公共资源交易中心 责任清单: 责任主体 written on every row with 部 names (综合部/交易部/信息部),
  职权内容 before a 风险点 cell of numbered sub-items, 高/中/低, 责任人 ``部室负责人`` (a role), a
  lone ``001`` above the title;
- a 交易服务中心's 岗位风险点自警牌, one card a sheet (tabs named after the post): 姓名/岗位 then
  所在科室/联系电话 fields, a 照片 cell merged down beside them, a 岗位职责 line, then
  序号/岗位风险点/风险等级/自警要求;
- a 交通运输局 重要岗位“事权人”一览表: 岗位类别 (six kinds) merged down, 处室/重要岗位/事权人 merged
  over each holder's rows, 职权事项, 风险点, 风险等级 一级风险…三级风险, 防控制度;
- a 应急管理局's 领导干部履职风险防范导引表, one sheet per leader (tab = name): 姓名/职务 and 分管工作
  fields, 履职事项/履职风险点/风险等级/防范导引;
- a 财政局 岗位利益冲突风险登记表 under 附件9: 科室/岗位/姓名 merged, 利益冲突风险点, 风险定级
  高风险/中风险/低风险, 应对措施, a 说明 line and 填表人/审核人 line;
- a 农业经济局 岗位利益冲突风险清单 of posts without names: 所在科室/岗位/风险事件/风险等级
  重大/较大/一般/控制措施/监测频次;
- a 法院 职权目录及廉政风险点一览表 with no post and no person: 职权类别 merged down, 职权名称,
  行使部门 (the 庭/科 of the row), 廉政风险点, 一级/二级/三级;
- a 县财政局 排查表 whose 风险类别 uses only the three types of its province's scheme
  (思想道德风险/制度机制风险/岗位职责风险), 股室/岗位/姓名 merged;
- a 水利局's 个人廉政风险点剖析及承诺表, one sheet per person: 单位/股室 and 姓名/职务 fields, a short
  风险点 beside 表现形式 and 形成原因, Ⅰ级…Ⅲ级, a 廉政承诺 paragraph and 承诺人(签字) line;
- a 小学's 总务处岗位廉政风险点排查表: the 处 only in the title, 岗位/姓名/主要岗位职责 merged over
  each holder's rows, 廉政风险点/风险等级/防控措施.

Two are harder: ``haiyang_post_scored`` (a 风险岗位目录清单 whose only level is the POST's 岗位风险等级
Ⅰ级…Ⅲ级 merged over its rows, beside a 测评得分 score column: as in batch7, the post's grade is
not each point's level, so its points have level None) and ``shuili_manual_duty_split``
(a 手册 page: a two-row heading where 涉及对象 and 责任划分 each span 部门 | 人员, rows whose 风险点
is ``无``, no level column, two sub-tables each with its caption and its own heading).

Each layout imitates the *shape* of a public page (its ``source``) that no earlier batch used;
where the page describes its subject in prose rather than printing a table (most of them: the
pages left in the search corpus are mostly articles, 办法 and news reports), the layout follows
that description — its words for the table, the columns, the levels. The rows are worded by us.

Run ``python tests/published/score.py --set batch17`` and do not tune the reader against it,
or it stops being held out. Three layouts are kept as LibreOffice re-saved copies
(``resaved/b17_jiaoyi_selfwarn_cards.xls``, ``resaved/b17_school_general_affairs.xls``,
``resaved/b17_changan_court_powers.ods``, see make_resaved.py).

Judgement calls this batch leans on (most restate an earlier batch's):

- a 责任人 column holding a role (``部室负责人``) names no holder: the form is the 责任主体 (batch1's
  ``baoan_duty_list``);
- NEW: a 岗位风险等级 written Ⅰ级/Ⅱ级/Ⅲ级 merged over a post's rows, with no per-point level
  column, grades each of the post's points: the words are the design's own scale (batch7 gave
  its points None only because A/B/C is no Ⅰ/Ⅱ/Ⅲ; batch6 read a post column as no point level
  only beside a per-point column; batch11 let a merged 风险等级 grade each point under it);
  a 测评得分 score beside it is never a level (batch3: scores are no levels);
- 重大/较大/一般 are Ⅰ/Ⅱ/Ⅲ (batch4); 一级风险…, 高风险…, Ⅰ级… as in earlier batches;
- a table whose only responsibility column is a 行使部门 (no post, no person) gives one form per
  部门, title "" (as a 责任部门 alone did in earlier batches);
- a 风险类别 naming only some of the five types gives those types; two in one cell are both;
- the 处 named only in the title (``…小学总务处岗位廉政风险点排查表``) is the department (batch9);
  a 主要岗位职责 column merged over a holder's rows holds no points;
- a short 风险点 beside 表现形式 and 形成原因 is the point (layouts.py); a 廉政承诺 paragraph is none;
- in a 手册 table with 涉及对象 and 责任划分 both split into 部门 | 人员, the 责任划分 pair is the form
  (department + post, person ""), 涉及对象 is who takes part; a row whose 风险点 reads ``无`` is no
  point; with no level column every level is None.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``layouts.write_xlsx``), copies the
LibreOffice re-saved copies ``resaved/b17_<name>.*`` and writes ``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b17_"
ORDINAL = {"一级": 1, "二级": 2, "三级": 3}
ORDINAL_RISK = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
RISK_WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}
SEVERITY = {"重大": 1, "较大": 2, "一般": 3}
TIER = {"科长": "middle", "处长": "middle", "股长": "middle", "主任": "middle", "馆长": "middle",
        "总务主任": "middle"}  # fmt: skip


def _tier(post: str) -> str:
    return TIER.get(post, "general")


def _merge_groups(sh: _Sheet, first: int, sizes: list[int], cols) -> None:
    """Merge ``cols`` over each group of rows (``sizes`` rows each, from row ``first``)."""
    r = first
    for n in sizes:
        if n > 1:
            for c in cols:
                sh.merge(r, c, r + n - 1, c)
        r += n


def _blank_below(recs: list[list], sizes: list[int], cols) -> None:
    """Clear ``cols`` in every row of a group but its first (the merged cell keeps the value)."""
    r = 0
    for n in sizes:
        for k in range(r + 1, r + n):
            for c in cols:
                recs[k][c] = None
        r += n


# --------------------------------------------------------------------------- everyday layouts


def jiaoyi_duty_list() -> dict:
    unit = "XX区公共资源交易中心"
    sh = _Sheet("责任清单", [6, 10, 16, 34, 8, 36, 12])
    t = _Truth(unit)
    sh.add("001")
    sh.title(f"{unit}廉政风险防控责任清单", 7)
    sh.add("序号", "责任主体", "职权内容", "风险点", "风险等级", "防控措施", "责任人")
    rows = [
        ("综合部", "公务车使用管理", "1.不按规定申请派车,公车私用;\n2.在车辆加油、维修中虚列发票。", "低",
         "1.统一派车、统一停放;\n2.定点加油、定点维修保养。"),
        ("综合部", "印章管理", "1.印章使用不登记;\n2.对用印签批手续把关不严;\n3.私自使用印章。", "低",
         "1.用印事前审批、用时登记;\n2.签字页复印存档。"),
        ("综合部", "公务接待", "1.无公函接待;\n2.超标准列支接待费用。", "中",
         "1.定点接待,严格执行接待标准;\n2.超出预算一律不予报销。"),
        ("交易部", "项目进场登记", "1.对不符合进场条件的项目违规受理;\n2.泄露招标人和项目信息。", "中",
         "1.进场资料清单化审核;\n2.项目信息按权限查阅。"),
        ("交易部", "开评标场地安排", "1.向特定投标人透露场地和时间安排;\n2.默许无关人员进入评标区。", "高",
         "1.场地由系统自动排期;\n2.评标区封闭管理,出入登记。"),
        ("交易部", "评标专家抽取", "1.泄露专家抽取结果;\n2.违规指定或更换评标专家。", "高",
         "1.专家随机抽取、语音通知;\n2.抽取结果开标前密封保存。"),
        ("信息部", "电子交易系统运维", "1.利用系统权限查看未开标的投标文件;\n2.泄露投标人名单。", "高",
         "1.系统权限分级设置;\n2.操作日志每周核查。"),
        ("信息部", "交易数据备份与调阅", "1.违规调阅、复制交易数据;\n2.备份介质保管不善。", "中",
         "1.数据调阅经分管领导审批;\n2.备份介质专柜存放。"),
        ("信息部", "网站信息发布", "1.延迟或选择性发布交易公告;\n2.擅自修改公告内容。", "低",
         "1.公告发布双人复核;\n2.发布记录留痕备查。"),
    ]  # fmt: skip
    for i, (dept, power, point, level, measures) in enumerate(rows, 1):
        sh.add(i, dept, power, point, level, measures, "部室负责人")
        t.point(sh.name, dept, "", "", None, point, [], HML[level])
    return _layout(
        "jiaoyi_duty_list", "https://taowenge.com/p-89751467.html",
        "公共资源交易中心 廉政风险防控责任清单 as the source prints it: a lone 001 above the title, 序号/"
        "责任主体 (部 names, written on every row)/职权内容/风险点 of numbered sub-items/风险等级 高/中/低/"
        "防控措施/责任人 ``部室负责人`` (a role, no name)",
        [sh], t,
    )  # fmt: skip


def jiaoyi_selfwarn_cards() -> dict:
    unit = "XX区公共资源交易服务中心"
    t = _Truth(unit)
    cards = [
        ("开评标场地管理岗", "钱晓东", "交易服务科", "84861021",
         "负责开标室、评标室的预约安排和现场秩序维护,管理开评标音视频资料。", [
             ("向投标人透露开标室、评标室的安排", "高", "不得利用可能知悉的信息谋取利益,场地一律按系统排期。"),
             ("允许无关人员进入评标区域", "中", "评标区凭证出入,出入情况逐一登记。"),
             ("开评标音视频资料保管不善", "低", "音视频资料当日归档,调阅须经审批。"),
         ]),
        ("信息安全管理岗", "孔丽", "信息技术科", "84861037",
         "负责电子交易平台运行维护、数据备份和系统权限管理。", [
             ("利用管理权限查看未开标的投标文件", "高", "权限分级、双人操作,操作日志每周自查。"),
             ("协助他人修改电子投标文件", "中", "不得协助他人投标、谋取中标,发现异常立即报告。"),
             ("数据备份介质随意存放", "低", "备份介质专柜双锁,借用登记。"),
         ]),
    ]  # fmt: skip
    sheets = []
    for post, who, dept, phone, duty, items in cards:
        sh = _Sheet(post, [12, 34, 10, 30, 10])
        sh.title(f"{unit}岗位风险点自警牌", 5)
        r = sh.add("姓名", who, "岗位", post, "照片")
        sh.add("所在科室", dept, "联系电话", phone, None)
        d = sh.add("岗位职责", duty, None, None, None)
        sh.merge(d, 1, d, 3)
        sh.merge(r, 4, d, 4)
        h = sh.add("序号", "岗位风险点", "风险等级", "自警要求", None)
        sh.merge(h, 3, h, 4)
        for i, (point, level, warn) in enumerate(items, 1):
            k = sh.add(i, point, level, warn, None)
            sh.merge(k, 3, k, 4)
            t.point(sh.name, dept, post, who, _tier(post), point, [], HML[level])
        sh.add()
        sh.add("本人签名:", None, "科室负责人:", None, None)
        sheets.append(sh)
    return _layout(
        "jiaoyi_selfwarn_cards", "http://scbid.com/info/detail/20171017_2205776.html",
        "交易服务中心 岗位风险点自警牌 after the source's 纪检监察岗位风险点自警牌 (本人照片、岗位职责、联系方式及"
        "岗位风险点): one card a sheet, tabs named after the POST, 姓名/岗位 and 所在科室/联系电话 pairs, a 照片 cell "
        "merged down beside them, 岗位职责 line, 序号/岗位风险点/风险等级 高/中/低/自警要求; 签名 line",
        sheets, t,
    )  # fmt: skip


def shiquanren_yilan() -> dict:
    unit = "XX市交通运输局"
    sh = _Sheet("事权人", [6, 10, 12, 10, 8, 16, 30, 10, 18])
    t = _Truth(unit)
    sh.title(f"{unit}重要岗位“事权人”一览表", 9)
    sh.add(
        "序号",
        "岗位类别",
        "处室",
        "重要岗位",
        "事权人",
        "职权事项",
        "风险点",
        "风险等级",
        "防控制度",
    )
    people = [
        ("项目管理", "建设管理处", "处长", "葛文军", [
            ("公路建设项目招标", "明招暗定,为特定企业量身设置资格条件", "一级风险", "招标文件合法性审查制度"),
            ("设计变更审批", "变更审批把关不严,虚增工程量", "二级风险", "设计变更分级审批制度"),
        ]),
        ("资金管理", "财务审计处", "会计", "邵雨", [
            ("专项资金拨付", "未按进度提前拨付专项资金", "一级风险", "资金拨付双人复核制度"),
            ("往来款项清理", "往来款长期挂账,资金被占用", "三级风险", "往来款季度清理制度"),
        ]),
        ("政府采购", "办公室", "采购专员", "柯晓兰", [
            ("采购需求编制", "采购需求指向特定品牌", "二级风险", "采购需求集体论证制度"),
            ("履约验收", "验收走过场,以次充好", "三级风险", "验收小组三人以上制度"),
        ]),
        ("执法司法", "执法监督处", "处长", "万国梁", [
            ("行政处罚案件审核", "对案件降格处理,人情执法", "一级风险", "重大案件法制审核制度"),
        ]),
        ("行政审批", "行政审批处", "审批员", "覃志强", [
            ("道路运输经营许可", "降低条件审批,吃拿卡要", "二级风险", "审批事项限时办结制度"),
            ("超限运输许可", "违规办理大件运输许可", "一级风险", "许可结果网上公开制度"),
        ]),
        ("组织人事", "人事处", "处长", "石红梅", [
            ("干部选拔任用", "动议、考察环节打招呼、搞照顾", "二级风险", "选任工作全程纪实制度"),
            ("职称推荐", "推荐材料审核不严", "三级风险", "推荐结果公示制度"),
        ]),
    ]  # fmt: skip
    recs, sizes, n = [], [], 0
    for kind, dept, post, who, items in people:
        sizes.append(len(items))
        for power, point, level, rule in items:
            n += 1
            recs.append([n, kind, dept, post, who, power, point, level, rule])
            t.point(sh.name, dept, post, who, _tier(post), point, [], ORDINAL_RISK[level])
    _blank_below(recs, sizes, (1, 2, 3, 4))
    first = len(sh.rows)
    sh.records(recs)
    _merge_groups(sh, first, sizes, (1, 2, 3, 4))
    r = sh.add(
        "注:岗位类别按项目管理、资金管理、执法司法、政府采购、行政审批、组织人事六类划分。",
        *([None] * 8),
    )
    sh.merge(r, 0, r, 8)
    return _layout(
        "shiquanren_yilan", "https://www.dutenews.com/dangjian/p/10212114.html",
        "交通运输局 重要岗位“事权人”一览表 after the source's 六类重要岗位 and 事权人 一览表 (分类分级): 序号/岗位类别/"
        "处室/重要岗位/事权人 (merged over each holder's rows)/职权事项/风险点/风险等级 一级风险…三级风险/防控制度; "
        "注 line naming the six kinds",
        [sh], t,
    )  # fmt: skip


def lvzhi_leader_guides() -> dict:
    unit = "XX县应急管理局"
    t = _Truth(unit)
    leaders = [
        ("倪建国", "党组书记、局长", "主持局全面工作,分管办公室、财务和人事工作。", [
            ("“三重一大”决策", "重大事项不经党组集体研究,个人说了算", "高", "严格执行党组议事规则,会议纪要存档备查。"),
            ("干部选拔任用", "在干部推荐考察中打招呼、定调子", "中", "选任工作全程纪实,动议、考察环节公开。"),
            ("约谈企业负责人", "接受被约谈企业宴请或礼品", "低", "约谈在办公场所进行,两人以上参加。"),
        ]),
        ("吕芳", "副局长", "分管安全生产执法、应急救援和救灾物资管理。", [
            ("安全生产执法检查", "对企业隐患降格处理、以罚代改", "高", "执法全过程记录,处罚结果集体审定。"),
            ("应急物资采购", "紧急采购中指定供应商", "中", "紧急采购事后报备,价格比对公开。"),
            ("救灾物资发放", "救灾物资发放登记不全、优亲厚友", "低", "发放名册村级公示,领取本人签字。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, area, items in leaders:
        sh = _Sheet(who, [6, 16, 32, 8, 32])
        sh.title(f"{unit}领导干部履职风险防范导引表", 5)
        r = sh.add("姓名", who, "职务", post, None)
        sh.merge(r, 3, r, 4)
        r = sh.add("分管工作", area, None, None, None)
        sh.merge(r, 1, r, 4)
        sh.add("序号", "履职事项", "履职风险点", "风险等级", "防范导引")
        for i, (matter, point, level, guide) in enumerate(items, 1):
            sh.add(i, matter, point, level, guide)
            t.point(sh.name, "领导班子", post, who, "leader", point, [], HML[level])
        sh.add()
        sh.add("本人签字:", None, "签字日期:", None, None)
        sheets.append(sh)
    return _layout(
        "lvzhi_leader_guides", "https://www.ztwlxx.com/t/gan-bu-lv-zhi-feng-xian-ru-he-fang-wei-du-jian-zhu-lao-fang-xian.html",
        "应急管理局 领导干部履职风险防范导引表 after the source's 干部履职风险防范导引 (靖江): one sheet per leader "
        "(tab = name), 姓名/职务 pair and a 分管工作 line, 序号/履职事项/履职风险点/风险等级 高/中/低/防范导引; "
        "签字 line",
        sheets, t,
    )  # fmt: skip


def yiyang_conflict_register() -> dict:
    unit = "XX市财政局"
    sh = _Sheet("登记表", [6, 14, 10, 8, 34, 10, 34])
    t = _Truth(unit)
    sh.add("附件9")
    sh.title(f"{unit}岗位利益冲突风险登记表", 7)
    sh.add("序号", "科室", "岗位", "姓名", "利益冲突风险点", "风险定级", "应对措施")
    depts = [
        ("预算科", [
            ("科长", "龚德明", [
                ("部门预算分配时为亲属所在单位多安排资金", "高风险", "涉及亲属单位的预算事项主动回避,分配方案集体研究。"),
                ("预算调整审核中接受请托", "中风险", "预算调整事项网上流转,审核意见留痕。"),
            ]),
            ("科员", "梅婷", [
                ("泄露尚未公开的预算安排信息", "中风险", "预算资料按密级管理,查阅登记。"),
            ]),
        ]),
        ("政府采购管理科", [
            ("科长", "严浩", [
                ("处理采购投诉时与供应商存在利害关系不回避", "高风险", "投诉处理实行回避申报,结果集体审定。"),
                ("评审专家抽取中协助特定供应商", "高风险", "专家抽取系统自动完成,抽取过程监督。"),
            ]),
            ("科员", "喻晓燕", [
                ("代理机构考核打分优亲厚友", "低风险", "考核细则公开,打分结果复核。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for dept, persons in depts:
        d_first, d_rows = len(sh.rows), 0
        for post, who, items in persons:
            p_first = len(sh.rows)
            for k, (point, level, action) in enumerate(items):
                n += 1
                sh.add(n, dept if not d_rows else None, post if not k else None,
                       who if not k else None, point, level, action)  # fmt: skip
                d_rows += 1
                t.point(sh.name, dept, post, who, _tier(post), point, [], RISK_WORDS[level])
            if len(items) > 1:
                sh.merge(p_first, 2, p_first + len(items) - 1, 2)
                sh.merge(p_first, 3, p_first + len(items) - 1, 3)
        if d_rows > 1:
            sh.merge(d_first, 1, d_first + d_rows - 1, 1)
    r = sh.add("说明:风险定级分高风险、中风险、低风险三级,由局内控办组织评估确定。", *([None] * 6))
    sh.merge(r, 0, r, 6)
    sh.add("填表人:", None, None, "审核人(内控办):", None, None, None)
    return _layout(
        "yiyang_conflict_register", "https://360docs.net/doc/3d18260115.html",
        "财政局 岗位利益冲突风险登记表 after the source's 附件9 岗位利益冲突风险防控办法 (识别、评估、分级、应对): "
        "附件9, 序号/科室/岗位/姓名 merged/利益冲突风险点/风险定级 高风险/中风险/低风险/应对措施; 说明 and 填表人/"
        "审核人 lines",
        [sh], t,
    )  # fmt: skip


def pinghu_conflict_events() -> dict:
    unit = "XX市农业经济局"
    sh = _Sheet("风险清单", [6, 16, 10, 34, 8, 34, 10])
    t = _Truth(unit)
    sh.title(f"{unit}岗位利益冲突风险清单", 7)
    sh.add("序号", "所在科室", "岗位", "风险事件", "风险等级", "控制措施", "监测频次")
    rows = [
        ("计划财务科", "会计", "利用报账审核权为关系单位提前报销", "较大", "报销审核、审批分离,每月抽查凭证。", "每月"),
        ("计划财务科", "会计", "农业项目资金拨付中收受好处", "重大", "项目资金按进度拨付,拨付清单公开。", "每季度"),
        ("计划财务科", "出纳", "私自借出公款", "较大", "库存现金日清月结,不定期盘点。", "每月"),
        ("农村经营管理科", "科长", "土地流转合同鉴证中为亲友提供便利", "较大", "鉴证事项回避申报,鉴证结果公示。", "每季度"),
        ("农村经营管理科", "科长", "村级财务审计中隐瞒发现的问题", "重大", "审计底稿复核,问题清单报局务会。", "每半年"),
        ("农业执法大队", "执法人员", "农资执法检查中对亲友经营户网开一面", "重大", "检查对象随机抽取,执法人员回避。", "每季度"),
        ("农业执法大队", "执法人员", "罚没农资处置不规范", "一般", "罚没物品入库登记,统一处置。", "每半年"),
        ("科技教育科", "科员", "农民培训对象遴选优亲厚友", "一般", "遴选条件公开,名单公示。", "每年"),
    ]  # fmt: skip
    recs = []
    for i, (dept, post, point, level, measures, freq) in enumerate(rows, 1):
        recs.append([i, dept, post, point, level, measures, freq])
        t.point(sh.name, dept, post, "", _tier(post), point, [], SEVERITY[level])
    sh.records(recs, merge_cols=(1, 2))
    sh.add()
    sh.add("制表:局内控办", None, None, "2023年6月", None, None, None)
    return _layout(
        "pinghu_conflict_events", "http://nbxinxi.com/a/pinghushi/20210601/149548.html",
        "农业经济局 岗位利益冲突风险清单 after the source's 岗位利益冲突风险内部控制办法 (风险事件、定级): posts without "
        "names, 序号/所在科室 and 岗位 merged down/风险事件/风险等级 重大/较大/一般/控制措施/监测频次; 制表 line",
        [sh], t,
    )  # fmt: skip


def changan_court_powers() -> dict:
    unit = "XX区人民法院"
    sh = _Sheet("职权目录", [6, 12, 14, 14, 34, 8, 34])
    t = _Truth(unit)
    sh.title(f"{unit}职权目录及廉政风险点一览表", 7)
    sh.add("序号", "职权类别", "职权名称", "行使部门", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("审判权", "立案审查", "立案庭", "对符合条件的起诉不予立案或拖延立案", "二级", "立案登记全程网上留痕,不予立案须书面说明理由。"),
        ("审判权", "民事案件审理", "民事审判庭", "接受当事人请托,偏袒一方当事人", "一级", "严格执行过问案件记录制度,裁判文书上网公开。"),
        ("审判权", "案件执行", "执行局", "消极执行、选择性执行", "一级", "执行节点系统管控,执行款物统一管理。"),
        ("行政权", "诉讼服务", "诉讼服务中心", "对来访群众推诿、态度生硬", "三级", "首问负责,服务评价器评价。"),
        ("财物购置权", "装备采购", "行政装备科", "采购中指定品牌、收受回扣", "一级", "采购需求论证,限额以上进入公共资源交易平台。"),
        ("财物购置权", "办公用品采购", "行政装备科", "采购不询价、虚报数量", "三级", "三家询价,入库验收双人签字。"),
        ("组织人事权", "干警招录", "政治处", "招录中暗箱操作", "二级", "招录方案和结果公示,纪检全程监督。"),
        ("财务管理权", "诉讼费退费", "计划财务科", "违规退还诉讼费或截留退费", "二级", "退费凭裁判文书办理,直接退至当事人账户。"),
    ]  # fmt: skip
    recs = []
    for i, (kind, power, dept, point, level, measures) in enumerate(rows, 1):
        recs.append([i, kind, power, dept, point, level, measures])
        t.point(sh.name, dept, "", "", None, point, [], ORDINAL[level])
    sh.records(recs, merge_cols=(1,))
    return _layout(
        "changan_court_powers", "https://www.qinfeng.gov.cn/info/1025/1528.htm",
        "区法院 职权目录及廉政风险点一览表 after the source's 清权确权 (区人民法院 职权分成审判权、行政权、财物购置权、"
        "组织人事权、财务管理权等大类): 序号/职权类别 merged down/职权名称/行使部门/廉政风险点/风险等级 一级…三级/"
        "防控措施; no post, no person",
        [sh], t,
    )  # fmt: skip


def county_finance_three_types() -> dict:
    unit = "XX县财政局"
    sh = _Sheet("排查表", [6, 10, 8, 8, 32, 16, 8, 32])
    t = _Truth(unit)
    sh.title(f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险类别", "风险等级", "防范措施")
    depts = [
        ("国库股", [
            ("股长", "陶建民", [
                ("违规办理国库集中支付", "岗位职责风险", "高", "支付指令系统校验,大额支付双人复核。"),
                ("与代理银行人员私下往来", "思想道德风险", "中", "定期廉政谈话,签订廉洁承诺。"),
            ]),
            ("出纳", "龙小燕", [
                ("银行账户印鉴保管不善", "制度机制风险", "中", "印鉴分人保管,使用登记。"),
                ("挪用公款", "思想道德风险、岗位职责风险", "高", "银行对账单由会计核对,不定期盘点。"),
            ]),
        ]),
        ("农业股", [
            ("股长", "郝庆林", [
                ("涉农补贴资金分配不公", "岗位职责风险", "高", "分配方案局务会研究,结果公开。"),
                ("补贴对象审核依赖乡镇上报", "制度机制风险", "低", "补贴对象与部门数据交叉比对。"),
            ]),
        ]),
        ("综合股", [
            ("科员", "苏畅", [
                ("会议费、培训费审核把关不严", "制度机制风险", "低", "按定额标准审核,超标准不予报销。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for dept, persons in depts:
        d_first, d_rows = len(sh.rows), 0
        for post, who, items in persons:
            p_first = len(sh.rows)
            for k, (point, kind, level, measures) in enumerate(items):
                n += 1
                sh.add(n, dept if not d_rows else None, post if not k else None,
                       who if not k else None, point, kind, level, measures)  # fmt: skip
                d_rows += 1
                t.point(sh.name, dept, post, who, _tier(post), point, types_in(kind), HML[level])
            if len(items) > 1:
                sh.merge(p_first, 2, p_first + len(items) - 1, 2)
                sh.merge(p_first, 3, p_first + len(items) - 1, 3)
        if d_rows > 1:
            sh.merge(d_first, 1, d_first + d_rows - 1, 1)
    sh.add()
    sh.add("单位负责人:", None, None, "填报人:", None, "填报日期:", None, None)
    return _layout(
        "county_finance_three_types", "http://www.handmsg.com/page/2012/0815/20094071.shtml",
        "县财政局 岗位廉政风险点排查表 after the source's 湖北财政 廉政风险防控 (全面排查思想道德风险、制度机制风险、"
        "岗位职责风险三类风险): 序号/股室/岗位/姓名 merged/廉政风险点/风险类别 of those three (one cell naming two)/"
        "风险等级 高/中/低/防范措施; 负责人/填报人 line",
        [sh], t,
    )  # fmt: skip


def pledge_personal_analysis() -> dict:
    unit = "XX县水利局"
    t = _Truth(unit)
    people = [
        ("钟建华", "股长", "工程建设股", [
            ("工程招标", "在招标文件中设置倾向性条款,为特定企业中标创造条件",
             "工程项目多、资金量大,招标文件编制把关权集中", "Ⅰ级", "招标文件经法制审核和集体研究。"),
            ("质量验收", "验收中降低标准,对质量问题不要求整改",
             "现场验收人员少,监督不到位", "Ⅱ级", "验收小组三人以上,验收资料存档。"),
            ("工程款拨付", "未按合同和进度审核签字,工程款超付",
             "计量复核制度执行不严", "Ⅲ级", "计量、复核、审批分离。"),
        ]),
        ("韦淑华", "会计", "计划财务股", [
            ("报销审核", "对不合规票据予以报销",
             "审核标准执行不严,碍于情面", "Ⅱ级", "票据逐张审核,不合规票据一律退回。"),
            ("资金支付", "未按审批权限支付资金",
             "支付审批流程存在人工环节", "Ⅰ级", "支付流程网上审批,权限系统控制。"),
            ("会计档案管理", "会计档案借阅不登记、丢失",
             "档案管理制度不健全", "Ⅲ级", "档案借阅登记,年度清点。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, dept, items in people:
        sh = _Sheet(who, [6, 14, 30, 26, 8, 28])
        sh.title("个人廉政风险点剖析及承诺表", 6)
        r = sh.add("单位", unit, None, "股室", dept, None)
        sh.merge(r, 1, r, 2)
        sh.merge(r, 4, r, 5)
        r = sh.add("姓名", who, None, "职务", post, None)
        sh.merge(r, 1, r, 2)
        sh.merge(r, 4, r, 5)
        sh.add("序号", "风险点", "表现形式", "形成原因", "风险等级", "防范措施")
        for i, (point, form, cause, level, measures) in enumerate(items, 1):
            sh.add(i, point, form, cause, level, measures)
            t.point(sh.name, dept, post, who, _tier(post), point, [], ROMAN[level])
        r = sh.add("廉政承诺", "本人针对以上风险点,郑重承诺:严守纪律规矩,落实防范措施,自觉接受组织和群众监督。",
                   None, None, None, None)  # fmt: skip
        sh.merge(r, 1, r, 5)
        sh.add("承诺人(签字):", None, None, "年　月　日", None, None)
        sheets.append(sh)
    return _layout(
        "pledge_personal_analysis", "https://98523.com/fanwen/huodongfangan/gzfa/201201/162414_2.html",
        "水利局 个人廉政风险点剖析及承诺表 after the source's 对照剖析风险点作出廉政承诺 (分析风险表现形式、形成原因,"
        "公开作出廉政承诺): one sheet per person (tab = name), 单位/股室 and 姓名/职务 pairs, 序号/short 风险点/"
        "表现形式/形成原因/风险等级 Ⅰ级…Ⅲ级/防范措施, a 廉政承诺 paragraph, 承诺人 line",
        sheets, t,
    )  # fmt: skip


def school_general_affairs() -> dict:
    unit = "XX区XX小学"
    dept = "总务处"
    sh = _Sheet("总务处", [6, 10, 8, 30, 32, 8, 32])
    t = _Truth(unit)
    sh.title(f"{unit}{dept}岗位廉政风险点排查表", 7)
    sh.add("序号", "岗位", "姓名", "主要岗位职责", "廉政风险点", "风险等级", "防控措施")
    people = [
        ("总务主任", "饶志明", "负责学校总务后勤工作,统筹校舍维修、物资采购和食堂管理。", [
            ("校舍维修工程化整为零,指定施工单位", "高", "维修项目按限额招标或比选,结果公示。"),
            ("物资采购不询价、不验收", "中", "三家以上询价,采购与验收分离。"),
        ]),
        ("会计", "毛丽萍", "编制经费预算和决算,设置账册,办理会计核算。", [
            ("审核报销凭证不严,虚列支出", "中", "报销单据经手人、证明人、审批人三签。"),
            ("违规设立账外账", "高", "所有收支纳入单位账簿,接受审计。"),
        ]),
        ("出纳", "邬倩", "办理现金收付和银行结算,登记现金和银行日记账。", [
            ("坐支现金、公款私存", "高", "现金日清月结,会计不定期盘点。"),
            ("收费票据管理不规范", "低", "票据领用、核销登记。"),
        ]),
        ("食堂管理员", "滕大勇", "负责食堂食材采购验收、出入库登记和餐费管理。", [
            ("食材验收以次充好、数量不足", "中", "食材验收双人签字,留样备查。"),
            ("食堂账目不公开", "低", "食堂收支每月公示。"),
        ]),
    ]  # fmt: skip
    recs, sizes, n = [], [], 0
    for post, who, duty, items in people:
        sizes.append(len(items))
        for point, level, measures in items:
            n += 1
            recs.append([n, post, who, duty, point, level, measures])
            t.point(sh.name, dept, post, who, _tier(post), point, [], HML[level])
    sh.records(recs, merge_cols=(1, 2, 3))
    sh.add()
    sh.add("校长(签字):", None, None, "总务处(盖章)", None, "2024年5月", None)
    return _layout(
        "school_general_affairs", "http://www.hmxx.shfxjy.cn/xxgk/86817.htm",
        "小学 总务处岗位廉政风险点排查表 after the source's 总务处各类制度、岗位职责 (总务主任、会计…的职责): the 处 only "
        "in the title, 序号/岗位/姓名/主要岗位职责 (merged over each holder's rows)/廉政风险点/风险等级 高/中/低/"
        "防控措施; 校长/盖章 line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- harder layouts


def haiyang_post_scored() -> dict:
    unit = "XX市住房和城乡建设局"
    sh = _Sheet("风险岗位", [6, 16, 10, 8, 8, 10, 32, 32])
    t = _Truth(unit)
    sh.title(f"{unit}中层风险岗位目录清单", 8)
    sh.add(
        "序号", "科室", "风险岗位", "在岗干部", "测评得分", "岗位风险等级", "主要风险点", "防控措施"
    )
    posts = [
        ("建筑市场监管科", "科长", "姚国栋", 94, "Ⅰ级", [
            ("施工许可审查降低条件", "许可条件公开,初审、复审分离。"),
            ("招投标监管中说情打招呼", "投诉处理集体研判,结果公开。"),
        ]),
        ("房地产市场监管科", "科长", "柴丽娟", 91, "Ⅰ级", [
            ("违规发放商品房预售许可", "预售许可条件和结果网上公开。"),
            ("预售资金拨付把关不严", "拨付双人审核,银行联合监管。"),
        ]),
        ("城建档案馆", "馆长", "温志刚", 78, "Ⅱ级", [
            ("违规出具档案查询证明", "查询证明登记编号,领导审签。"),
            ("档案接收审查放松", "接收清单逐项核对。"),
        ]),
        ("办公室", "主任", "蔡敏", 66, "Ⅲ级", [
            ("公务接待超标准", "接待审批单、清单、发票三单合一。"),
            ("办公用品采购不询价", "批量采购走政府采购平台。"),
        ]),
    ]  # fmt: skip
    for i, (dept, post, who, score, grade, items) in enumerate(posts, 1):
        first = len(sh.rows)
        for k, (point, measures) in enumerate(items):
            head = (i, dept, post, who, score, grade) if not k else (None,) * 6
            sh.add(*head, point, measures)
            t.point(sh.name, dept, post, who, _tier(post), point, [], None)  # the POST's grade
        for c in range(6):
            sh.merge(first, c, first + len(items) - 1, c)
    r = sh.add("注:岗位风险等级按《岗位风险等级测评票》测评得分确定,90分以上为Ⅰ级,75—89分为Ⅱ级,"
               "74分以下为Ⅲ级。", *([None] * 7))  # fmt: skip
    sh.merge(r, 0, r, 7)
    return _layout(
        "haiyang_post_scored", "https://fx361.cc/page/2018/0122/15415225.shtml",
        "(harder) 住建局 中层风险岗位目录清单 after the source's 风险岗位管理 (岗位风险等级测评票 打分, 划分为ⅠⅡⅢ三级): "
        "序号/科室/风险岗位/在岗干部/测评得分 (a number)/岗位风险等级 Ⅰ级…Ⅲ级 all merged over the post's rows, then "
        "one 主要风险点 and 防控措施 a row — the level is the POST's; legend line",
        [sh], t,
    )  # fmt: skip


def shuili_manual_duty_split() -> dict:
    unit = "XX市水利局"
    sh = _Sheet("预算管理", [14, 22, 14, 18, 26, 26, 10, 12])
    t = _Truth(unit)
    sh.title(f"{unit}财务管理领域廉政风险防控手册", 8)
    sh.add("一、预算管理")
    tables = [
        ("1.预算项目规划", [
            ("申报预算项目规划环节", "本单位预算项目规划的编制是否完善", "规划计划科、财务科",
             "规划计划科负责人、项目申报人员", "无", "无", "无", "无"),
            ("专家评审环节", "评审专家的选择是否全面、评审意见是否客观公正", "财务科", "财务科负责人",
             "与评审专家私下接触,干预评审意见", "评审专家随机抽取,评审意见存档备查。", "财务科", "预算管理岗"),
            ("项目入库环节", "入库项目排序是否依据评审结果", "财务科、规划计划科", "分管局领导、财务科负责人",
             "不按评审排序,人为调整入库项目", "入库排序经局务会集体研究。", "财务科", "财务科负责人"),
        ]),
        ("2.预算编制", [
            ("编制基本支出环节", "基本支出是否按定额标准编制", "财务科", "预算管理岗",
             "虚增人员数量,多报基本支出", "人员信息与编制部门数据比对。", "财务科", "预算管理岗"),
            ("测算项目支出环节", "项目支出测算依据是否充分", "各业务科室", "项目负责人",
             "高估冒算项目支出", "测算依据逐项审核,超标准部分核减。", "规划计划科", "项目负责人"),
            ("下达预算批复环节", "是否按批复及时下达", "财务科", "财务科负责人", "无", "无", "无", "无"),
        ]),
    ]  # fmt: skip
    for caption, rows in tables:
        sh.add(caption)
        sh.add("廉政风险点及防控措施一览表")
        top = sh.add(
            "关键环节", "关键控制点", "涉及对象", None, "风险点", "防控措施", "责任划分", None
        )
        sh.add(None, None, "部门", "人员", None, None, "部门", "人员")
        for c in (0, 1, 4, 5):
            sh.merge(top, c, top + 1, c)
        sh.merge(top, 2, top, 3)
        sh.merge(top, 6, top, 7)
        for row in rows:
            sh.add(*row)
            step, check, o_dept, o_who, point, measures, dept, post = row
            if point != "无":
                t.point(sh.name, dept, post, "", None, point, [], None)
        sh.add()
    return _layout(
        "shuili_manual_duty_split", "http://ishare.iask.sina.com.cn/f/31YgV6IE533.html",
        "(harder) 水利局 财务管理领域廉政风险防控手册 page as the source prints it (淮委 手册: 预算项目规划 … 廉政风险点"
        "及防控措施一览表): captions 一、预算管理 / 1.预算项目规划 / 2.预算编制, each table with its own two-row heading "
        "关键环节/关键控制点/涉及对象 (部门|人员)/风险点/防控措施/责任划分 (部门|人员); rows reading 无 across; "
        "no level column",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    jiaoyi_duty_list(),
    jiaoyi_selfwarn_cards(),
    shiquanren_yilan(),
    lvzhi_leader_guides(),
    yiyang_conflict_register(),
    pinghu_conflict_events(),
    changan_court_powers(),
    county_finance_three_types(),
    pledge_personal_analysis(),
    school_general_affairs(),
    haiyang_post_scored(),
    shuili_manual_duty_split(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` (re-saved copies ``resaved/b17_*``)."""
    return _build(outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX)


if __name__ == "__main__":
    import sys

    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch17-inbox"))

"""A two-hundred-and-seventeenth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY LISTS OF COUNTY BODIES seldom used before — the
区委网信办, a 区环境卫生管理所, the 区人民政府教育督导室, a 区学生资助管理中心, the 区直属机关工委, the
区归国华侨联合会, the 区计划生育协会, a 区就业和人才服务中心 and a 区老年大学 — each handing back its
一览表, 排查表, 清单, 自查表 or 防控卡 the way its staff typed it (no re-saved copies):

- a 网信办 一览表: 科室 merged, 岗位 and 姓名 merged per person, ``…风险`` types, 高/中/低;
- a 环境卫生管理所 排查表: 股室 merged, 一级/二级/三级, short types, a trailing ``备注`` (``新增``);
- an 教育督导室 清单 对岗不对人 with no 科室 column: ``岗位名称`` and ``岗位职责`` merged per post
  (主任, 专职督学, 责任区督学, 办公室文员), ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column;
- a 学生资助管理中心 自查表 one sheet per person, ``姓名 | … | 所在科室 | … | 职务 | …`` above the
  table and a ``自查情况`` column;
- a 直属机关工委 一览表 typed as offices type their 花名册: the headings spaced out with full-width
  spaces (``科　室``, ``姓　名``, ``职　务``), every two-character name PADDED with a full-width space
  to line up with the three-character ones (``唐　翊``, ``罗　湉`` beside ``蔺知微``), and a ``职　级``
  column (``二级调研员``, ``一级主任科员``, ``四级主任科员``) after the post. The README's 读得懂的表 says
  nothing of a name padded inside;
- a 侨联 防控卡 one sheet per post, ``持卡人 | … | 职务 | …`` and ``所在部室 | …`` above the table (``/`` for
  the 主席, who sits in no 部室);
- a 计划生育协会 清单 对岗不对人 (部门/岗位, no names of holders) with a trailing ``责任领导`` column of
  names (the supervising leader);
- a 老年大学 一览表 with a two-row header (``风险识别`` over 风险点/风险类型, ``风险评估`` over 风险等级)
  and the holder under ``责任人``.

One is harder:

- ``employment_center_shared_post``: a 就业和人才服务中心 一览表 with no 姓名 column; the holders stand
  in brackets in the ``岗位（人员）`` cells — ``主任（夹谷望川）`` one, ``经办员（巫马栖棠、梁丘若棠）`` TWO
  (a post two people hold; each holds all its points).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; most pages describe their subject in prose (what a 网信办 is and its parts; a
保洁车辆 管理规定; the rules on 教育督导 and 督学责任区; a 学生资助资金管理和发放制度; a 市直机关工委's
制度汇编 (书记办公会, 大额资金); a note on 侨联 and its 秘书处; a 计生协会's 生育关怀 projects; a
失业登记 流程图 (服务窗口业务专管员受理); a 老年大学's fees and teachers' pay) and the layout follows
their words for the unit, its parts, its posts and its risks. The rows are worded by us, the names
invented; every unit is a body of 渝中区.

Run ``python tests/published/score.py --set batch217`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- a name padded with a full-width space (``唐　翊``) is that name (唐翊); a heading spaced out
  (``姓　名``) is that heading; ``职级`` (``一级主任科员``) is the grade of the holder, never a level
  and never the post;
- ``经办员（巫马栖棠、梁丘若棠）`` is the post 经办员 held by two people, one form each with every
  point of the row(s);
- ``所在部室 | /`` on the 主席's card is no 部室 (department "");
- a list without a 科室 column keeps each post as written (``办公室文员``, department "");
- ``责任领导`` beside a 岗位 column names the leader who oversees, never the holder;
- ``自查情况`` (``已落实``) is no point and no measure of the reader's concern;
- 主任/副主任 of the 网信办, the 督导室, the 资助中心 and the 就业中心, 所长/副所长, 常务副书记/副书记,
  主席, 常务副会长/秘书长 and 校长/副校长 are leaders; 科长, 股长, 处长, 部长 and 办公室主任 middle; the
  rest general.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, row
heights) and writes ``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b217_"
PLACE = "渝中区"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
GAP = "\u3000"


def _pad(name: str) -> str:
    """A two-character name as offices type it in a 花名册: a full-width space between."""
    return GAP.join(name) if len(name) == 2 else name


# --------------------------------------------------------------------------- harder layout


def employment_center_shared_post() -> dict:
    unit = f"{PLACE}就业和人才服务中心"
    sh = _Sheet("一览表", [6, 12, 26, 30, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 7)
    sh.add("序号", "科室", "岗位（人员）", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", ("夹谷望川",), "leader", [
            ("就业专项资金使用不经班子集体研究", "制度机制", "高",
             "专项资金安排经主任办公会研究,使用情况按季公开。"),
        ]),
        ("失业保险科", "科长", ("阙澜依",), "middle", [
            ("失业保险金申领审核把关不严,为不符合条件人员核发", "岗位职责", "高",
             "申领材料初审、复核两级审核,发放名单每月公示。"),
        ]),
        ("失业保险科", "经办员", ("巫马栖棠", "梁丘若棠"), "general", [
            ("失业登记信息录入不实,虚增登记人数", "业务流程", "中", "登记信息与社保缴费数据比对,每月抽查。"),
            ("受理申请时吃拿卡要,故意刁难办事群众", "思想道德", "低", "窗口服务评价器实时评价,投诉电话公开。"),
        ]),
        ("就业服务窗口", "窗口受理员", ("呼延知夏", "羊舌砚冰"), "general", [
            ("职业培训补贴申请材料审核走过场", "外部环境", "中", "补贴材料经科长复核,培训签到与照片存档。"),
        ]),
        ("财务室", "会计", ("公西澄心",), "general", [
            ("一次性创业补贴拨付与审批名单不符", "制度机制", "中", "补贴通过银行代发,发放明细与审批表逐笔核对。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, people, tier, points in rows:
        shown = f"{post}（{'、'.join(people)}）"
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, shown, point, typ, lv, measures)
            for who in people:
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    per_post = lambda row: row[1:3]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_post)])
    sh.add()
    sh.add("填表人:", None, "审核人:", None, None, "2024年4月", None)
    return _layout(
        "employment_center_shared_post", "https://360docs.net/doc/48135722.html",
        "(harder) 区就业和人才服务中心 岗位廉政风险点一览表 after the source's 失业登记 and 社会保险登记 流程图 (服务窗口"
        "业务专管员受理, 经办机构承办人审核, 负责人审批): 序号/科室 merged (中心领导, 失业保险科, 就业服务窗口, 财务室)/"
        "``岗位（人员）`` merged per post — NO 姓名 column, the holders in brackets: ``主任（夹谷望川）``, ``科长（阙澜依）`` "
        "and TWO in one cell ``经办员（巫马栖棠、梁丘若棠）``, ``窗口受理员（呼延知夏、羊舌砚冰）``/风险点/风险类型 (short "
        "names)/风险等级 高/中/低/防控措施; 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def cyberspace_office_list() -> dict:
    unit = f"中共{PLACE}委网络安全和信息化委员会办公室"
    sh = _Sheet("Sheet1", [6, 12, 10, 9, 34, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("办领导", "主任", "隗闻笙", "网络安全技术支撑服务采购不经集体研究,指定服务商", "制度机制风险", "高",
         "服务采购按政府采购程序,主任办公会集体研究。", "leader"),
        ("办领导", "主任", "隗闻笙", "对网络安全检查发现的问题说情打招呼", "思想道德风险", "中",
         "检查结果集体审定,说情打招呼登记报告。", "leader"),
        ("办领导", "副主任", "仉听澜", "网信专项经费审批把关不严", "岗位职责风险", "中",
         "专项经费支出两人以上审核,按年公开。", "leader"),
        ("综合科", "科长", "厍惟桢", "公务接待、办公用品采购虚报费用", "制度机制风险", "低",
         "接待和采购先审批后实施,票据清单逐项核对。", "middle"),
        ("网络安全科", "科长", "昝予墨", "等级保护检查中降低标准,为被检单位出具合格意见", "岗位职责风险", "高",
         "检查两人以上,检查记录和整改情况存档备查。", "middle"),
        ("网络安全科", "科长", "昝予墨", "向服务商泄露检查安排和评分标准", "外部环境风险", "中",
         "检查时间临时确定,评分标准检查后公开。", "middle"),
        ("网络舆情科", "科员", "逄弈宁", "舆情处置中收受好处,违规删帖或压帖", "外部环境风险", "高",
         "删帖、压帖须科长和分管领导审批,处置全程留痕。", "general"),
        ("网络舆情科", "科员", "逄弈宁", "泄露网民举报人信息", "业务流程风险", "中",
         "举报信息专人管理,调阅登记审批。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("填表人:", None, None, "审核人:", None, None, "2024年5月", None)
    return _layout(
        "cyberspace_office_list", "http://www.caijingxi.com/touzzx/148573.html",
        "区委网信办 岗位廉政风险防控一览表 after the source's account of what a 网信办 is and its parts (办公室, 政策法规, "
        "监管, 安全保卫; 监督检查互联网信息服务, 网络安全保障): 序号/科室 merged (办领导, 综合科, 网络安全科, 网络舆情科)/"
        "岗位 and 姓名 merged per person/风险点/风险类别 ``…风险``/风险等级 高/中/低/防控措施; 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


def sanitation_office_grades() -> dict:
    unit = f"{PLACE}环境卫生管理所"
    sh = _Sheet("排查表", [6, 12, 10, 9, 32, 10, 8, 32, 8])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 9)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施", "备注")
    rows = [
        ("所领导", "所长", "郗澈言", "道路清扫保洁服务外包项目确定承包单位不经集体研究", "制度机制", "一级",
         "外包项目公开招标,所务会集体研究并留存纪要。", None, "leader"),
        ("所领导", "副所长", "鄂承霈", "环卫作业车辆采购指定品牌", "岗位职责", "一级",
         "车辆采购按政府采购程序,技术参数集体审定。", None, "leader"),
        ("清扫保洁股", "股长", "巢映川", "保洁作业考核打分不公,对承包单位扣款不执行", "岗位职责", "二级",
         "考核结果两人签字并公示,扣款与服务费结算挂钩。", None, "middle"),
        ("垃圾收运股", "股长", "琴知夏", "垃圾清运量虚报,多结算清运费用", "业务流程", "一级",
         "清运量以称重记录为准,每月与处理场数据比对。", "新增", "middle"),
        ("垃圾收运股", "调度员", "佘霁岑", "收运车辆私自外接业务收费", "外部环境", "二级",
         "车辆安装定位,出车记录每日核对。", None, "general"),
        ("车辆设备股", "股长", "亓官澄溪", "车辆维修、加油费用虚报冒领", "制度机制", "二级",
         "定点维修、定点加油,费用按车登记每月公示。", None, "middle"),
        ("财务室", "会计", "郦书禾", "环卫工人工资、补贴发放不及时,截留挪用", "思想道德", "三级",
         "工资、补贴银行代发,发放明细张榜公布。", "新增", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, note, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures, note)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add()
    sh.add("填表人:", None, None, "负责人:", None, None, "填报时间：2024年6月", None, None)
    return _layout(
        "sanitation_office_grades", "https://max.book118.com/html/2025/1015/7062143115010201.shtm",
        "区环境卫生管理所 廉政风险点排查表 after the source's 保洁车辆管理规定 (垃圾清运车, 洒水车, 清扫车; 定人、定车、"
        "定责): 序号/股室 merged (所领导, 清扫保洁股, 垃圾收运股, 车辆设备股, 财务室)/岗位/姓名 (the compound surname "
        "``亓官澄溪``)/风险点/风险类型 (short names)/风险等级 一级/二级/三级/防控措施/备注 (``新增`` on two rows); "
        "填表人/负责人/填报时间",
        [sh], t,
    )  # fmt: skip


def education_supervision_posts() -> dict:
    unit = f"{PLACE}人民政府教育督导室"
    sh = _Sheet("清单", [6, 12, 28, 32, 8, 34])
    t = _Truth(unit)
    sh.add("附件")
    _line(sh, f"{unit}岗位廉政风险防控清单", 6)
    sh.add("序号", "岗位名称", "岗位职责", "廉政风险点", "风险等级", "防控措施")
    posts = [
        ("主任", "主持督导室全面工作,审定督导评估结论", "leader", [
            ("督导评估结论审定中受人情干扰,改变评估等次", "Ⅰ级", "评估结论经室务会集体审定,结论向社会公布。"),
        ]),
        ("副主任", "协助主任工作,分管督学队伍和责任区督学管理", "leader", [
            ("兼职督学、特约督学聘任中优亲厚友", "Ⅱ级", "聘任条件公开,拟聘人选公示。"),
        ]),
        ("专职督学", "开展学校综合督导和专项督导", "general", [
            ("督导检查中接受被督导学校宴请、礼品礼金", "Ⅰ级", "督导检查不事先通知,严禁学校陪同宴请,发现即通报。"),
            ("督导中发现问题隐瞒不报,出具不实督导报告", "Ⅱ级", "督导报告两人以上签字,问题清单随报告存档。"),
        ]),
        ("责任区督学", "对责任区内学校开展经常性督导", "general", [
            ("与被督导学校有利害关系不主动回避", "Ⅱ级", "实行回避申报,责任区督学定期轮换。"),
            ("调查核实群众举报走过场", "Ⅲ级", "举报核查结果书面反馈,室里随机复核。"),
        ]),
        ("办公室文员", "负责公文、经费报账和督导档案管理", "general", [
            ("督导工作经费报账凭证不实", "Ⅲ级", "报账凭证经主任审签,经费支出按年公开。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, duty, tier, points in posts:
        for point, lv, measures in points:
            n += 1
            sh.add(n, post, duty, point, lv, measures)
            t.point(sh.name, "", post, "", tier, point, [], ROMAN[lv])
    per_post = lambda row: row[1:3]  # noqa: E731
    _merge_down(sh, first, [(1, per_post), (2, per_post)])
    sh.add("单位（盖章）：", None, None, "2024年3月", None, None)
    return _layout(
        "education_supervision_posts", "https://jiansuji114.com/jiaodian/1044.html",
        "区人民政府教育督导室 岗位廉政风险防控清单 对岗不对人 after the source's note on 教育督导 (不得接受被督导单位的陪同、"
        "宴请和礼品礼金; 督学责任区 and the duties of a 责任区督学: 督导检查, 调查核实群众举报): ``附件`` above the title; "
        "序号/岗位名称 and 岗位职责 merged per post (主任, 副主任, 专职督学, 责任区督学, 办公室文员)/廉政风险点/风险等级 "
        "``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; NO 科室 column, no names, no type column; ``单位（盖章）：`` and date",
        [sh], t,
    )  # fmt: skip


def student_aid_self_checks() -> dict:
    unit = f"{PLACE}学生资助管理中心"
    t = _Truth(unit)
    people = [
        ("莘以宁", "中心领导", "主任", "leader", [
            ("资助资金分配方案不经集体研究", "制度机制", "高", "分配方案经主任办公会研究,按学校、学段公开。"),
            ("对学校资助工作检查走过场", "岗位职责", "中", "检查随机抽取学校,检查结果通报。"),
        ]),
        ("逯霁禾", "资助管理科", "资助专干", "general", [
            ("家庭经济困难学生认定审核不严,把关系户列入资助名单", "岗位职责", "高",
             "认定名单与民政、残联数据比对,名单在校内公示。"),
            ("向受助学生收取办卡费用或抵扣助学金", "思想道德", "中", "一律打卡发放,严禁以任何名义抵扣。"),
        ]),
        ("濮语澄", "财务室", "会计", "general", [
            ("资助资金不实行专户专账,挤占挪用", "制度机制", "高", "资金专户管理,接受财政、审计检查。"),
            ("发放名单与银行代发明细不符", "业务流程", "低", "发放前核对姓名、身份证号、卡号三者一致。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 34, 12, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        sh.add("姓名", who, "所在科室", dept, "职务", post)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", "自查情况")
        for n, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(n, point, typ, lv, measures, "已落实")
            t.point(who, dept, post, who, tier, point, types_in(typ), HML[lv])
        sh.add()
        sh.add("本人签字:", None, None, "2024年9月", None, None)
        sheets.append(sh)
    return _layout(
        "student_aid_self_checks", "http://www.tsxiangda.com/ygfw/bszn/content_63425",
        "区学生资助管理中心 岗位廉政风险自查表 after the source's 学生资助资金管理和发放制度 (专户专账, 严禁挤占挪用, 打卡"
        "发放, 不得收取卡费): ONE SHEET PER PERSON, tabs the names; each the title, a row of pairs ``姓名 | 莘以宁 | "
        "所在科室 | 中心领导 | 职务 | 主任``, then 序号/风险点/风险类型 (short names)/风险等级 高/中/低/防控措施/"
        "``自查情况`` (``已落实``); ``本人签字:`` and date",
        sheets, t,
    )  # fmt: skip


def party_committee_padded_names() -> dict:
    unit = f"中共{PLACE}直属机关工作委员会"
    sh = _Sheet("Sheet1", [7, 10, 9, 10, 13, 32, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 8)
    sh.add("序　号", "科　室", "姓　名", "职　务", "职　级", "风险点", "风险等级", "防控措施")
    rows = [
        ("工委领导", "蔺知微", "常务副书记", "二级调研员", "机关党建经费安排不经集体研究", "高",
         "经费安排经工委会议研究,使用情况年底通报。", "leader"),
        ("工委领导", "唐翊", "副书记", "三级调研员", "评先评优推荐中搞平衡、照顾关系", "中",
         "推荐名额和条件公开,推荐对象公示。", "leader"),
        ("办公室", "罗湉", "主任", "一级主任科员", "公务接待和会议费用超标准列支", "中",
         "接待、会议先审批后实施,费用每季度公开。", "middle"),
        ("组织科", "何玙", "科长", "二级主任科员", "党员发展审核把关不严,违规发展党员", "高",
         "发展党员材料科室集体审核,发展对象公示。", "middle"),
        ("组织科", "何玙", "科长", "二级主任科员", "党费收缴、管理和使用不规范", "中",
         "党费专户管理,收缴使用情况按年公开。", "middle"),
        ("组织科", "芮曦和", "科员", "四级主任科员", "党组织关系转接中吃拿卡要", "低",
         "转接手续一次性告知,办理时限公开。", "general"),
        ("宣传科", "梁澔", "科长", "一级主任科员", "宣传品和文化活动采购指定供应商", "中",
         "采购三家以上比价,验收两人签字。", "middle"),
        ("宣传科", "甘沁", "科员", "一级科员", "机关党建活动经费虚报参加人数", "低",
         "活动签到、照片存档,经费据实报销。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, who, post, grade, point, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, _pad(who), post, grade, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    per_person = lambda row: row[1:5]  # noqa: E731
    _merge_down(
        sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person), (4, per_person)]
    )
    sh.add()
    sh.add("填表人:", None, None, "审核人:", None, None, "2024年4月", None)
    return _layout(
        "party_committee_padded_names", "http://czszgw.chizhou.gov.cn/News/show/162786.html",
        "区直属机关工委 岗位廉政风险点一览表 after the source's 市直机关工委制度汇编 (书记办公会集体议事, 大额资金 use, "
        "党费): typed as offices type a 花名册 — the headings spaced out with a full-width space (``序　号``, ``科　室``, "
        "``姓　名``, ``职　务``, ``职　级``) and EVERY TWO-CHARACTER NAME PADDED with one (``唐　翊``, ``罗　湉``, "
        "``何　玙``, ``梁　澔``, ``甘　沁``) to line up with ``蔺知微`` and ``芮曦和``; 序号/科室 merged (工委领导, 办公室, "
        "组织科, 宣传科)/姓名/职务/职级 (``二级调研员``, ``一级主任科员``, ``四级主任科员``, ``一级科员``) merged per "
        "person/风险点/风险等级 高/中/低/防控措施; no type column; 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


def overseas_chinese_cards() -> dict:
    unit = f"{PLACE}归国华侨联合会"
    t = _Truth(unit)
    cards = [
        ("主席", "/", "", "主席", "微生叙白", "leader", [
            ("为侨服务专项资金分配不经主席办公会研究", "制度机制风险", "高",
             "资金分配方案经主席办公会研究,使用情况向区委统战部报告。"),
            ("推荐侨界人士政治安排中优亲厚友", "思想道德风险", "中", "推荐人选经集体酝酿,征求统战部意见。"),
        ]),
        ("办公室主任", "办公室", "办公室", "主任", "鄢栖梧", "middle", [
            ("接待海外侨胞和侨团费用超标准", "制度机制风险", "中", "接待按标准执行,费用清单逐项审核。"),
            ("困难归侨侨眷帮扶对象核实不严", "岗位职责风险", "高", "帮扶对象经社区核实,名单公示。"),
        ]),
        ("联络部干事", "联络部", "联络部", "干事", "钮怀瑾", "general", [
            ("侨界活动经费虚报参加人数", "业务流程风险", "低", "活动签到、照片存档,经费据实报销。"),
            ("为侨企办事中收受礼品礼金", "外部环境风险", "中", "严禁收受侨企礼品,办事结果回访。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, shown, dept, post, who, tier, points in cards:
        sh = _Sheet(tab, [6, 34, 14, 10, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 5)
        sh.add("持卡人", who, "职务", post, None)
        sh.add("所在部室", shown, None, None, None)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施")
        for n, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(n, point, typ, lv, measures)
            t.point(tab, dept, post, who, tier, point, types_in(typ), HML[lv])
        sh.add("持卡人签字:", None, "监督人签字:", None, "2024年7月")
        sheets.append(sh)
    return _layout(
        "overseas_chinese_cards", "https://m.sboyo.com/1/1842043.html",
        "区归国华侨联合会 岗位廉政风险防控卡 after the source's note on 侨联 (主席 and 副主席, 秘书处, 维护侨胞权益, 组织侨胞"
        "回国考察投资): ONE SHEET PER POST, tabs ``主席``, ``办公室主任``, ``联络部干事``; each the title, ``持卡人 | 微生叙白 | "
        "职务 | 主席`` and under it ``所在部室 | /``, 序号/风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施, "
        "then ``持卡人签字: | 监督人签字: | date``; the 主席's 部室 ``/``",
        sheets, t,
    )  # fmt: skip


def family_planning_posts() -> dict:
    unit = f"{PLACE}计划生育协会"
    sh = _Sheet("清单", [6, 12, 12, 32, 14, 8, 32, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 8)
    sh.add("序号", "部门", "岗位", "风险点", "风险类型", "风险等级", "防控措施", "责任领导")
    rows = [
        ("会领导", "常务副会长", "生育关怀项目资金安排不经集体研究", "制度机制风险", "高",
         "项目资金安排经会长办公会研究,项目实施结果公开。", "柴望舒", "leader"),
        ("会领导", "秘书长", "失独家庭帮扶对象确定中优亲厚友", "思想道德风险", "中",
         "帮扶对象经街道、社区核实,名单公示。", "柴望舒", "leader"),
        ("办公室", "主任", "节日慰问物资采购不比价", "岗位职责风险", "中",
         "采购三家以上比价,物资验收两人签字。", "苏雨眠", "middle"),
        ("办公室", "会计", "慰问金发放不到户,截留挪用", "业务流程风险", "高",
         "慰问金打卡发放,发放名单与银行明细逐笔核对。", "苏雨眠", "general"),
        ("项目部", "部长", "计生家庭小额贴息贷款推荐把关不严", "岗位职责风险", "中",
         "推荐条件公开,推荐名单经秘书长审核。", "苏雨眠", "middle"),
        ("项目部", "干事", "计生系列保险投保人数虚报", "外部环境风险", "低",
         "投保名单与保险公司数据核对,每季度抽查。", "苏雨眠", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, point, typ, lv, measures, boss, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures, boss)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add()
    sh.add("填报人:", None, None, "审核人:", None, None, "2024年8月", None)
    return _layout(
        "family_planning_posts", "https://www.sdzzj.net/thread-154589-1-1.html",
        "区计划生育协会 岗位廉政风险防控清单 对岗不对人 after the source's account of a 市计生协会's 生育关怀 (失独家庭帮扶, "
        "小额贴息贷款, 计生系列保险, 节日慰问走访): 序号/部门 merged (会领导, 办公室, 项目部)/岗位 (no holder named)/"
        "风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施/a trailing ``责任领导`` column of names (柴望舒 over the "
        "会领导's rows, 苏雨眠 over the rest); 填报人/审核人/date",
        [sh], t,
    )  # fmt: skip


def elderly_college_two_row_header() -> dict:
    unit = f"{PLACE}老年大学"
    sh = _Sheet("一览表", [6, 12, 10, 10, 32, 12, 10, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 8)
    r = sh.add("序号", "部门", "岗位", "责任人", "风险识别", None, "风险评估", "防控措施")
    sh.add(None, None, None, None, "风险点", "风险类型", "风险等级", None)
    for c in (0, 1, 2, 3, 7):
        sh.merge(r, c, r + 1, c)
    sh.merge(r, 4, r, 5)
    rows = [
        ("校领导", "校长", "浦岚汐", "教学场地租赁、装修项目不经集体研究", "制度机制", "高",
         "项目经校务会研究,按规定比选,结果公开。", "leader"),
        ("校领导", "副校长", "澹台叙舟", "外聘教师选聘中照顾关系", "思想道德", "中",
         "外聘教师条件公开,试讲评议集体打分。", "leader"),
        ("教务处", "处长", "暨砚蘅", "教师课时费核定不实,虚报课时", "岗位职责", "中",
         "课时以排课表和签到为准,每月公示。", "middle"),
        ("教务处", "处长", "暨砚蘅", "热门班级招生名额私下预留", "业务流程", "高",
         "报名网上进行,按报名顺序录取,名单公示。", "middle"),
        ("学员服务处", "科员", "佴听篁", "学员活动收费不开票、不入账", "制度机制", "低",
         "收费统一票据,当日入账。", "general"),
        ("办公室", "出纳", "百里霜序", "学费收入坐支、挪用", "外部环境", "中",
         "学费全额缴入财政专户,收支两条线。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("填表人:", None, None, "审核人:", None, None, "2024年10月", None)
    return _layout(
        "elderly_college_two_row_header", "http://studyofnet.com/789117933.html",
        "区老年大学 岗位廉政风险点一览表 after the source's account of a city's 老年大学 (低收费, 课时费, 校舍投入, 报名"
        "人数最多的唱歌班): a TWO-ROW header — 序号/部门/岗位/责任人/防控措施 merged down, ``风险识别`` over 风险点/"
        "风险类型, ``风险评估`` over 风险等级; 部门 merged (校领导, 教务处, 学员服务处, 办公室)/岗位 and 责任人 merged "
        "per person (the compound surnames ``澹台叙舟``, ``百里霜序``)/levels 高/中/低; 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    employment_center_shared_post(),
    cyberspace_office_list(),
    sanitation_office_grades(),
    education_supervision_posts(),
    student_aid_self_checks(),
    party_committee_padded_names(),
    overseas_chinese_cards(),
    family_planning_posts(),
    elderly_college_two_row_header(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx`` (no re-saved copies)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch217-inbox"))

"""A forty-third batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: THE ORDINARY CASE at the grass roots — the 排查表, 防控表,
清单 and 一览表 that a 镇卫生院, a 村, a 社区, a 幼儿园, a 中心校, a 乡卫生院's 村卫生室 and a 县中学
hand back, each worded and arranged the way such a body does it, nothing exotic. Eight are
EVERYDAY:

- a 镇卫生院 重点岗位廉洁风险点清单: 权力事项 (服务患者 / 药品耗材 / 设备采购 / 选人用人) merged
  down, 重点岗位, 廉洁风险点, 防控措施, then a ``监督检查路径`` column of sentences BEFORE the
  风险等级 (高/中/低), the holder's name in a trailing 责任人 column;
- a 村 “小微权力”清单及廉政风险防控表 对岗不对人: the kinds of power as numbered section rows
  (``一、村级重大事项决策``, ``二、村级采购和招投标``, ``三、村级财务管理``) merged across, 权力事项,
  廉政风险点, levels ``★★★``/``★★``/``★`` explained by a 注 line, the post in a trailing ``责任岗位``
  column (村党组织书记, 村委会主任, 村报账员), a 监督举报电话 line;
- a 社区 廉政风险防控一览表 by the five kinds a 社区监督委员会 watches (``管权``/``管人``/``管财``/
  ``管事``/``管物``, merged down), 岗位/姓名, one holder under two kinds, and a trailing ``社区监督委员会
  监督方式`` column (``列席会议、询问质询``…);
- a 幼儿园 岗位廉政风险点排查表 of the 园领导 and the 食堂/后勤 posts: 岗位/姓名 merged per person,
  工作环节 (食材采购合同签订, 合同履约管理, 设施设备检修, 餐厨垃圾处置…), 风险点, a 风险类型 column
  (``岗位职责风险``, now and then two joined by 、), 高/中/低; a 填表人/审核人 line naming two holders;
- a 镇中心校 廉政风险点排查汇总表 of the 中心校本部 and two 村小: ``学校`` merged down (each 村小
  its 科室), 岗位 (a 村小's ``负责人``)/姓名, levels ``Ⅰ``/``Ⅱ``/``Ⅲ`` without 级;
- a 村 “小微权力”清单廉政风险点 table with no post column — 类别 merged down, 权力事项, 廉政风险点,
  高/中/低, 防控措施, the holders' names in a trailing 责任人 column — and under it, after a blank
  row, a second table ``重点监督清单`` (监督事项 | 监督重点 | 监督主体 | 监督方式) that holds no points;
- a 乡卫生院 村卫生室廉洁风险排查表 (乡村一体化管理): 村卫生室 merged down, the village doctors'
  names under the post heading ``乡村医生`` (no 姓名 column), 风险类型 ``…风险``, 高/中/低, a 说明
  line and a sign-off line;
- a 县中学 学校食堂廉政风险点排查表 by 工作环节 (食材下单 / 食材验收 / 财务结算 / 教师陪餐 / 结余
  清退, merged down), 风险点, 高/中/低, 防控措施, the post in ``责任岗位`` and the name in ``责任人``
  at the right.

One is harder:

- ``school_enrolment_horizontal``: a 九年一贯制学校 招生工作廉政风险防控图 laid on its side —
  labels down column A (``运行环节`` / ``风险点`` / ``风险等级`` / ``防控措施`` / ``责任岗位`` /
  ``责任人``), one column per 环节 (招生政策制定, 学区划分, 资格审核, 录取公示, 新生分班), a
  ``承办处室:教务处`` line above, and a different post and holder under each 环节.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; these pages describe their subject in prose (a 镇卫生院's 清廉医院 work that
梳理重点岗位廉洁风险点 and sets 防控措施, 监督检查路径, 风险等级 and 责任人 for 服务患者、药品耗材、设备
采购、选人用人; a county's 村 “小微权力”清单 of 村级重大事项决策、村级采购和招投标、村级财务管理; a
city's 社区监督委员会 watching ``管权、管人、管财、管事、管物``; an audit of 幼儿园食堂 食材采购合同,
库存物资, 设施设备检修 and 餐厨垃圾处置; a check of a 镇中心校 on 双减, 安全管理, 规范办学 and 收费管理;
a 乡's 清廉村居 with 小微权力清单 and 重点监督清单; the 村医 of 村卫生室 and 医保 money; a 县一中's
食堂 下单、验收、财务结算、教师陪餐、结余清退; a 区纪委监委 watching a school's 招生政策制定、学区划分、
资格审核、录取公示) and the layout follows their words for the unit, its parts, its posts and its
risks. The rows are worded by us, the names invented.

Run ``python tests/published/score.py --set batch43`` and do not tune the reader against it, or it
stops being held out. No LibreOffice re-saved copies are kept for this batch (prefix ``b43_``).

Judgement calls this batch leans on, beyond those of the earlier batches:

- a ``监督检查路径`` column (how the row is watched) is neither a point nor a measure of the row's
  level: the level is the 风险等级 column's, wherever it stands;
- numbered section rows that name a KIND of power (``一、村级重大事项决策``) are parts of the list,
  not 科室: in a 村's list the department is "" (the 村 is the unit);
- a trailing ``责任岗位`` column of posts with no names is 对岗不对人: person "", title the post;
  ``责任岗位`` beside a ``责任人`` column of names is the post of that holder;
- the kinds ``管权``/``管人``… and the 社区监督委员会's ``监督方式`` name no one;
- a 中心校's 学校 column (``中心校本部``, ``双河村小``) is the 科室 of its rows; a 村小's ``负责人`` is
  a middle post;
- a second table under the first with no risk column (``重点监督清单``) holds no points;
- names under a post heading (``乡村医生``) are the holders of their 卫生室's rows; with no post
  column the title is "" and the tier None (the same for a 责任人 column of names with no post);
- in a table laid on its side, each 环节's column is one point, its holder the ``责任人`` cell and
  its post the ``责任岗位`` cell under it; the ``承办处室:`` line above gives the department of every
  column;
- ``Ⅰ``/``Ⅱ``/``Ⅲ`` without 级 are Ⅰ级/Ⅱ级/Ⅲ级; ``★★★``/``★★``/``★`` are 高/中/低 as the 注 says.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``layouts.write_xlsx``), copies the
LibreOffice re-saved copies ``resaved/b43_<name>.*`` (none yet) and writes ``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b43_"
STARS = {"★★★": 1, "★★": 2, "★": 3}
BARE_ROMAN = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
TIER = {"院长": "leader", "村党组织书记": "leader", "村委会主任": "leader",
        "社区党委书记": "leader", "社区居委会主任": "leader", "社区居委会副主任": "leader",
        "园长": "leader", "后勤副园长": "leader", "校长": "leader", "分管副校长": "leader",
        "药房负责人": "middle", "办公室主任": "middle", "负责人": "middle", "总务主任": "middle",
        "教务主任": "middle", "年级组长": "middle"}  # fmt: skip


def _tier(post: str) -> str:
    return TIER.get(post, "general")


def _merge_runs(sh: _Sheet, first: int, cols_groups: list[tuple[int, ...]]) -> None:
    """Merge down each run of equal values in each group of columns (a group = one key): every
    column of the group is merged over the run. All runs are found before any is merged."""
    last = len(sh.rows) - 1
    spans = []
    for cols in cols_groups:
        r = first
        while r <= last:
            key = tuple(sh.rows[r][c] for c in cols)
            e = r
            while e < last and tuple(sh.rows[e + 1][c] for c in cols) == key:
                e += 1
            if e > r:
                spans += [(r, e, c) for c in cols]
            r = e + 1
    for r, e, c in spans:
        for k in range(r + 1, e + 1):
            sh.rows[k][c] = None
        sh.merges.append((r, c, e, c))


# --------------------------------------------------------------------------- harder layout


def school_enrolment_horizontal() -> dict:
    unit = "XX市XX区福源九年一贯制学校"
    sh = _Sheet("招生", [12, 22, 22, 22, 22, 22])
    t = _Truth(unit)
    sh.title(f"{unit}招生工作廉政风险防控图", 6)
    r = sh.add("承办处室:教务处", None, None, "监督处室:学校纪检委员", None, None)
    sh.merge(r, 0, r, 2)
    sh.merge(r, 3, r, 5)
    steps = [
        ("招生政策制定", "招生方案设置倾向性条件,为特定对象预留名额", "中",
         "招生方案报区教体局审批,经校务会集体研究后公开。", "校长", "和志远"),
        ("学区划分", "不按区教体局批复的学区范围招生,跨片区违规招收", "中",
         "学区范围在校门口和学校网站公示,接受家长监督。", "分管副校长", "木丽芬"),
        ("资格审核", "入学材料审核不严,为不符合条件者办理入学", "高",
         "实行初审、复审两级审核,审核结果签字存档。", "教务主任", "段兴华"),
        ("录取公示", "录取结果不公示或只公示部分名单", "中",
         "录取名单全部公示五个工作日,公布监督电话。", "教务主任", "段兴华"),
        ("新生分班", "按人情关系安排班级和班主任", "低",
         "随机均衡分班,纪检委员现场监督。", "年级组长", "杨春梅"),
    ]  # fmt: skip
    sh.add("运行环节", *[s[0] for s in steps])
    sh.add("风险点", *[s[1] for s in steps])
    sh.add("风险等级", *[s[2] for s in steps])
    sh.add("防控措施", *[s[3] for s in steps])
    sh.add("责任岗位", *[s[4] for s in steps])
    sh.add("责任人", *[s[5] for s in steps])
    for _step, point, level, _measures, post, name in steps:
        t.point(sh.name, "教务处", post, name, _tier(post), point, [], HML[level])
    sh.add()
    r = sh.add("监督电话:0888-12388", None, None, "2025年6月", None, None)
    sh.merge(r, 0, r, 2)
    return _layout(
        "school_enrolment_horizontal", "https://www.ynzxb.cn/content/2025-09/08/content_48091.html",
        "(harder) 九年一贯制学校 招生工作廉政风险防控图 after the source's news item on a 区纪委监委 watching a "
        "school's 招生 (招生政策制定、学区划分、资格审核、录取公示, 招生工作方案): laid on its side — labels down "
        "column A (运行环节/风险点/风险等级/防控措施/责任岗位/责任人), one column per 环节, a ``承办处室:教务处 | "
        "监督处室:学校纪检委员`` line above; a different post and holder under each 环节 (one holder under two)",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- everyday layouts


def health_center_key_posts() -> dict:
    unit = "XX县XX镇卫生院"
    sh = _Sheet("清单", [5, 10, 12, 30, 30, 26, 8, 9])
    t = _Truth(unit)
    sh.title(f"{unit}重点岗位廉洁风险点清单", 8)
    r = sh.add("填报科室:院办公室", None, None, None, None, "填报时间:2024年4月", None, None)
    sh.merge(r, 0, r, 4)
    sh.merge(r, 5, r, 7)
    sh.add("序号", "权力事项", "重点岗位", "廉洁风险点", "防控措施", "监督检查路径", "风险等级",
           "责任人")  # fmt: skip
    rows = [
        ("服务患者", "门诊医生", "开具大处方、重复检查,诱导患者过度医疗",
         "每月开展处方点评,异常处方约谈本人。", "医务股每月抽查处方,院纪检小组复核。", "中", "陆海"),
        ("服务患者", "收费员", "多收、漏收费用,收费不开具票据",
         "收费项目和价格公示,票据连号使用。", "财务股每日对账,每季度抽查票据。", "中", "蒙丽娟"),
        ("服务患者", "收费员", "退费审核不严,虚假退费", "退费经科室签字、财务复核。",
         "院纪检小组每季度抽查退费记录。", "低", "蒙丽娟"),
        ("药品耗材", "药房负责人", "药品、耗材不在规定平台采购,收受回扣",
         "药品耗材统一平台采购,入库验收双人签字。", "药事管理小组每月核对采购记录。", "高", "黄志明"),
        ("药品耗材", "药房负责人", "药品出入库账实不符", "每月盘点,账物核对。",
         "财务股每季度参与盘点。", "中", "黄志明"),
        ("设备采购", "设备管理员", "设备采购需求论证走过场,指定品牌",
         "采购需求集体论证,参数不得指向特定品牌。", "院纪检小组参与论证并留存记录。", "高", "韦春燕"),
        ("选人用人", "院长", "临聘人员招聘不公开,优亲厚友",
         "招聘方案、过程和结果全程公开。", "报县卫健局备案,接受派驻纪检监察组监督。", "高", "农振华"),
        ("选人用人", "办公室主任", "绩效考核分配不公,暗箱操作",
         "绩效分配方案经职工代表讨论并公示。", "院纪检小组审核分配结果。", "中", "梁小红"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (power, post, point, measures, path, level, name) in enumerate(rows, 1):
        sh.add(n, power, post, point, measures, path, level, name)
        t.point(sh.name, "", post, name, _tier(post), point, [], HML[level])
    _merge_runs(sh, first, [(1,), (2, 7)])
    sh.add()
    sh.add("卫生院党支部(盖章)", None, None, "院纪检小组审核:", None, None, "2024年4月", None)
    return _layout(
        "health_center_key_posts", "http://m.gxcounty.com/show-64-179653-0.html",
        "镇卫生院 重点岗位廉洁风险点清单 after the source's news item on a 镇卫生院's 清廉医院 work (梳理重点岗位廉洁"
        "风险点, 明确防控措施、监督检查路径、风险等级与责任人; 服务患者、药品耗材、设备采购、选人用人): 填报科室/"
        "填报时间 line; 权力事项 merged down, 重点岗位, 廉洁风险点, 防控措施, a ``监督检查路径`` column of "
        "sentences BEFORE 风险等级 (高/中/低), the holder's name in a trailing 责任人 (重点岗位 and 责任人 "
        "merged per person); 盖章/审核 line",
        [sh], t,
    )  # fmt: skip


def village_micro_power_sections() -> dict:
    unit = "XX县XX镇岭背村"
    sh = _Sheet("清单", [5, 16, 32, 8, 34, 13])
    t = _Truth(unit)
    sh.title(f"{unit}“小微权力”清单及廉政风险防控表", 6)
    sh.add("序号", "权力事项", "廉政风险点", "风险等级", "防控措施", "责任岗位")
    sections = [
        ("一、村级重大事项决策", [
            ("重大事项决策", "未经“四议两公开”程序,少数人决定重大事项", "★★★",
             "严格执行“四议两公开”,会议记录存档,村务监督委员会全程监督。", "村党组织书记"),
            ("村级项目实施", "项目实施情况不公示,村民代表不参与监督", "★★",
             "项目实施过程和结果在村务公开栏公示。", "村委会主任"),
        ]),
        ("二、村级采购和招投标", [
            ("村级小额工程发包", "化整为零规避招投标,指定施工队伍", "★★★",
             "工程项目进镇公共资源交易平台,村干部及近亲属不得承揽。", "村委会主任"),
            ("村级物资采购", "采购不询价比价,虚高采购价格", "★★", "三家以上询价,采购结果公示。",
             "村报账员"),
        ]),
        ("三、村级财务管理", [
            ("财务审批", "超权限审批大额支出", "★★★", "大额支出经村“两委”集体研究,报镇“三资”中心审核。",
             "村党组织书记"),
            ("财务报账", "白条入账、虚列开支", "★★", "票据经村务监督委员会审核签字后报账。", "村报账员"),
            ("财务公开", "财务收支公开不及时、内容不全", "★", "每月公开财务收支,接受村民查询。",
             "村报账员"),
        ]),
    ]  # fmt: skip
    n = 0
    for caption, items in sections:
        sh.title(caption, 6)
        for item, point, level, measures, post in items:
            n += 1
            sh.add(n, item, point, level, measures, post)
            t.point(sh.name, "", post, "", _tier(post), point, [], STARS[level])
    sh.add()
    r = sh.add("注:风险等级★★★为高风险,★★为中风险,★为低风险。", *([None] * 5))
    sh.merge(r, 0, r, 5)
    r = sh.add("监督举报电话:0771-12388    XX县纪委监委  XX镇纪委  印制", *([None] * 5))
    sh.merge(r, 0, r, 5)
    return _layout(
        "village_micro_power_sections",
        "http://www.angelworld.net.cn/staticpages/20220613/newgx62a69c49-20788623.shtml",
        "村 “小微权力”清单及廉政风险防控表 对岗不对人 after the source's news item on a county's 小微权力 清单 "
        "printed for every 村 (村级重大事项决策、村级采购和招投标、村级财务管理; 村务监督委员会): the kinds of "
        "power as numbered section rows merged across (``一、村级重大事项决策``…), 权力事项, 廉政风险点, "
        "★★★/★★/★ with a 注 line, the post in a trailing 责任岗位 column; a 监督举报电话/印制 line",
        [sh], t,
    )  # fmt: skip


def community_five_kinds() -> dict:
    unit = "XX市XX区XX街道长青社区"
    sh = _Sheet("一览表", [5, 7, 16, 8, 30, 8, 30, 16])
    t = _Truth(unit)
    sh.title(f"{unit}廉政风险防控一览表", 8)
    sh.add(
        "序号", "类别", "岗位", "姓名", "风险点", "风险等级", "防控措施", "社区监督委员会监督方式"
    )
    rows = [
        ("管权", "社区党委书记", "邹明华", "社区公益项目建设不经居民代表会议讨论决定", "高",
         "公益项目实行居民代表会议决定制,结果公示。", "列席会议、询问质询"),
        ("管人", "社区居委会主任", "汪雪梅", "社区自聘人员招用优亲厚友", "中",
         "自聘人员招用方案报街道审核,招用结果公示。", "协查、评议"),
        ("管财", "社区报账员", "柏玉", "社区工作经费报销虚开发票", "高",
         "报销凭证经书记、主任双签,街道财政所审核。", "每季度查阅账目"),
        ("管财", "社区报账员", "柏玉", "共建单位资金收支不入账", "高", "共建资金统一进社区账户,收支公示。",
         "每季度查阅账目"),
        ("管事", "社区居委会主任", "汪雪梅", "低保、临时救助初审把关不严", "中",
         "入户调查两人以上,初审意见公示。", "参加民主评议"),
        ("管事", "网格员", "尚文杰", "入户核查走过场,信息采集不实", "低", "网格走访记录每周抽查。",
         "随机回访"),
        ("管物", "社区居委会副主任", "费建新", "社区公用房出租不公开,租金不入账", "中",
         "公用房出租经居民代表会议讨论,租金统一入账。", "列席会议、查阅合同"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (kind, post, name, point, level, measures, watch) in enumerate(rows, 1):
        sh.add(n, kind, post, name, point, level, measures, watch)
        t.point(sh.name, "", post, name, _tier(post), point, [], HML[level])
    _merge_runs(sh, first, [(1,), (2, 3), (7,)])
    sh.add()
    sh.add("社区党委(盖章)", None, None, None, "社区监督委员会主任:", None, "2024年3月", None)
    return _layout(
        "community_five_kinds", "http://www.qinglianwang.net/38/13204.html",
        "社区 廉政风险防控一览表 after the source's news item on a city's 社区监督委员会 (被监督内容细化为“管权、管人、"
        "管财、管事、管物”5类; 列席会议、询问质询、协查、评议): 类别 管权/管人/管财/管事/管物 merged down, 岗位/"
        "姓名 merged per run, one holder (社区居委会主任) under two 类别, 高/中/低, a trailing ``社区监督委员会监督"
        "方式`` column; 盖章 line",
        [sh], t,
    )  # fmt: skip


def kindergarten_canteen_typed() -> dict:
    unit = "XX市XX区城南幼儿园"
    sh = _Sheet("排查表", [5, 10, 8, 14, 30, 14, 8, 30])
    t = _Truth(unit)
    sh.title(f"{unit}岗位廉政风险点排查表", 8)
    r = sh.add("排查范围:园领导及后勤、食堂相关岗位", *([None] * 7))
    sh.merge(r, 0, r, 7)
    sh.add("序号", "岗位", "姓名", "工作环节", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("园长", "庞慧", "食材采购合同签订", "食材供应商选定不经集体研究,合同条款倾向供应商",
         "制度机制风险", "高", "供应商经公开招标确定,合同经园务会研究和法律顾问审核。"),
        ("后勤副园长", "施家宁", "合同履约管理", "供应商履约不到位不追究,默许降低配送标准",
         "岗位职责风险", "中", "每月开展履约评价,评价结果与结算挂钩。"),
        ("后勤副园长", "施家宁", "设施设备检修", "检修项目虚报工程量,指定维修单位", "业务流程风险", "中",
         "检修项目三家比价,完工后双人验收。"),
        ("保健医", "祁晓雯", "食材验收", "验收把关不严,接收不合格食材", "岗位职责风险", "高",
         "索证索票,验收记录双人签字。"),
        ("保管员", "武桂英", "库存物资管理", "出入库登记不实,库存物资被侵占",
         "制度机制风险、岗位职责风险", "中", "出入库逐笔登记,每月盘点。"),
        ("食堂管理员", "潘立强", "餐厨垃圾处置", "餐厨垃圾私自处置获利", "思想道德风险", "低",
         "餐厨垃圾交有资质单位处置,签订协议并登记。"),
        ("会计", "俞敏", "伙食费收支", "伙食费收支不公示,挤占挪用幼儿伙食费", "思想道德风险、制度机制风险",
         "高", "伙食费单独核算,每月公示收支。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, name, step, point, typ, level, measures) in enumerate(rows, 1):
        sh.add(n, post, name, step, point, typ, level, measures)
        t.point(sh.name, "", post, name, _tier(post), point, types_in(typ), HML[level])
    _merge_runs(sh, first, [(1, 2)])
    sh.add()
    sh.add("填表人:施家宁", None, None, "审核人:庞慧", None, None, "2023年5月", None)
    return _layout(
        "kindergarten_canteen_typed",
        "https://sjj.nantong.gov.cn/ntssjj/xqdt/content/cc8a742d-d254-4c53-b1f0-d4b9333440a0.htm",
        "幼儿园 岗位廉政风险点排查表 after the source's news item on an audit of 幼儿园食堂 (食材采购合同是否合规、合同"
        "履约是否到位、食堂库存物资管理、设施设备检修、餐厨垃圾处置): an ``排查范围:`` line, 岗位/姓名 merged per "
        "person, 工作环节, 风险点, 风险类型 ``…风险`` (two joined by 、 now and then), 高/中/低, 防控措施; a 填表人/"
        "审核人 line naming two holders",
        [sh], t,
    )  # fmt: skip


def central_school_village_branches() -> dict:
    unit = "XX县XX镇中心校"
    sh = _Sheet("汇总表", [5, 12, 12, 8, 32, 8, 34])
    t = _Truth(unit)
    sh.title(f"{unit}廉政风险点排查汇总表", 7)
    sh.add("序号", "学校", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("中心校本部", "校长", "岑国平", "课后服务收费不公示,违规收取费用", "Ⅰ",
         "课后服务坚持自愿,收费标准报批并公示。"),
        ("中心校本部", "分管副校长", "殷丽", "食堂从业人员调整后不培训、不考核即上岗", "Ⅱ",
         "从业人员持证上岗,新任人员先培训考试。"),
        ("中心校本部", "会计", "岳小梅", "代收费结余不按规定清退", "Ⅱ", "代收费一学期一结算,结余清退公示。"),
        ("双河村小", "负责人", "龚德才", "营养餐食材验收把关不严", "Ⅰ", "营养餐食材双人验收,陪餐记录存档。"),
        ("双河村小", "报账员", "詹红", "公用经费报销白条入账", "Ⅱ", "公用经费报中心校统一核算。"),
        ("石门村小", "负责人", "容建军", "违规组织学生征订教辅", "Ⅱ", "教辅征订执行自愿原则,由中心校统一把关。"),
        ("石门村小", "负责人", "容建军", "安全隐患排查走过场,发现隐患不报告", "Ⅲ",
         "每周排查并登记,隐患当日报中心校。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (school, post, name, point, level, measures) in enumerate(rows, 1):
        sh.add(n, school, post, name, point, level, measures)
        t.point(sh.name, school, post, name, _tier(post), point, [], BARE_ROMAN[level])
    _merge_runs(sh, first, [(1,), (2, 3)])
    sh.add()
    sh.add("中心校纪检委员:", None, None, "中心校(盖章)", None, "2023年9月", None)
    return _layout(
        "central_school_village_branches", "http://51si.cn/bwbd/2023-09-25/195988.html",
        "镇中心校 廉政风险点排查汇总表 after the source's news item on a 镇纪委's check of a 中心校 (廉政风险点排查, "
        "双减、安全管理、规范办学、收费管理; 学校食品安全人员调整新任后尚未培训考试): 学校 (``中心校本部`` and two "
        "``…村小``) merged down, 岗位 (a 村小's ``负责人``)/姓名 merged per person, levels Ⅰ/Ⅱ/Ⅲ without 级; "
        "纪检委员/盖章 line",
        [sh], t,
    )  # fmt: skip


def village_list_and_watch_list() -> dict:
    unit = "XX县XX乡清溪村"
    sh = _Sheet("清单", [5, 12, 18, 30, 8, 30, 9])
    t = _Truth(unit)
    sh.title(f"{unit}“小微权力”清单廉政风险点", 7)
    sh.add("序号", "类别", "权力事项", "廉政风险点", "风险等级", "防控措施", "责任人")
    rows = [
        ("村级重大决策", "村级重大事项决策", "重大事项不经党员大会、村民代表会议决定", "高",
         "落实“四议两公开”,决策结果公示。", "戴国强"),
        ("村级重大决策", "集体经济收益分配", "集体经济收益分配方案不公开", "中", "分配方案经村民代表会议表决并公示。",
         "戴国强"),
        ("重大工程建设", "村级工程项目发包", "工程发包不进平台交易,指定施工方", "高",
         "村级工程一律进乡公共资源交易平台。", "甘志勇"),
        ("重大工程建设", "工程质量验收", "验收走过场,虚报工程量", "中", "验收邀请村民代表和乡村建站参加。",
         "甘志勇"),
        ("便民服务", "低保、临时救助初审", "初审优亲厚友,搞人情保、关系保", "高", "民主评议结果张榜公示。",
         "柯美玲"),
        ("便民服务", "各类证明出具", "违规出具证明并收取好处", "低", "出具证明登记备查。", "柯美玲"),
        ("便民服务", "惠农补贴申报", "虚报冒领惠农补贴", "中", "补贴名单村组公示,资金直达农户。", "鲁文涛"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (kind, item, point, level, measures, name) in enumerate(rows, 1):
        sh.add(n, kind, item, point, level, measures, name)
        t.point(sh.name, "", "", name, None, point, [], HML[level])
    _merge_runs(sh, first, [(1,), (6,)])
    sh.add()
    sh.title("重点监督清单", 7)
    sh.add("序号", "监督事项", "监督重点", None, "监督主体", "监督方式", None)
    sh.merge(len(sh.rows) - 1, 2, len(sh.rows) - 1, 3)
    sh.merge(len(sh.rows) - 1, 5, len(sh.rows) - 1, 6)
    watch = [
        (
            "村级“三资”监管",
            "集体资产资源发包、出租是否公开",
            "村务监督委员会",
            "列席会议、查阅账目",
        ),
        ("低保政策落实", "低保对象评议、公示是否规范", "乡民政办", "入户抽查"),
        ("信访矛盾化解", "群众反映问题是否按时办结", "乡纪委", "回访群众"),
    ]
    for n, (item, focus, who, how) in enumerate(watch, 1):
        r = sh.add(n, item, focus, None, who, how, None)
        sh.merge(r, 2, r, 3)
        sh.merge(r, 5, r, 6)
    sh.add()
    sh.add("村务监督委员会主任:", None, None, "村党支部(盖章)", None, "2022年11月", None)
    return _layout(
        "village_list_and_watch_list", "http://szb.xnnews.com.cn/xnrb/html/2022-11/04/content_636043.htm",
        "村 “小微权力”清单廉政风险点 after the source's news item on a county's 清廉村居 (潜在廉政风险点, 村级重大"
        "决策、重大工程建设、便民服务等“小微权力”清单, 重点监督清单; 村级“三资”监管, 低保, 信访): 类别 merged down, "
        "权力事项, 廉政风险点, 高/中/低, 防控措施, the holders' names in a trailing 责任人 (no post column); under "
        "it, after a blank row, a ``重点监督清单`` caption and a second table 监督事项/监督重点/监督主体/监督方式 "
        "(cells merged over two columns) holding no points",
        [sh], t,
    )  # fmt: skip


def village_clinics_under_health_center() -> dict:
    unit = "XX县XX乡卫生院"
    sh = _Sheet("村卫生室", [5, 14, 10, 32, 14, 8, 32])
    t = _Truth(unit)
    sh.title(f"{unit}村卫生室廉洁风险排查表(乡村一体化管理)", 7)
    sh.add("序号", "村卫生室", "乡村医生", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("大坪村卫生室", "符春生", "虚构诊疗记录套取医保基金", "思想道德风险", "高",
         "医保结算数据每月比对,疑点逐条电话回访。"),
        ("大坪村卫生室", "符春生", "虚报基本公共卫生服务人次", "岗位职责风险", "高",
         "公卫服务记录由卫生院公卫科按比例抽查。"),
        ("柳塘村卫生室", "田国兴", "药品不从卫生院统一配送,自购药品加价销售", "制度机制风险", "中",
         "药品由卫生院统一采购配送,零差率销售。"),
        ("柳塘村卫生室", "田国兴", "一般诊疗费重复收取", "业务流程风险", "中", "收费项目上墙公示,系统自动计费。"),
        ("石桥村卫生室", "喻秀兰", "慢病随访记录补记、造假", "岗位职责风险", "中", "随访记录实时录入系统,不得补录。"),
        ("石桥村卫生室", "喻秀兰", "接受医药代表宴请、回扣", "外部环境风险", "中", "签订廉洁行医承诺书。"),
        ("石桥村卫生室", "喻秀兰", "收费项目公示不全", "制度机制风险", "低", "公示栏统一制作,卫生院季度检查。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (clinic, doctor, point, typ, level, measures) in enumerate(rows, 1):
        sh.add(n, clinic, doctor, point, typ, level, measures)
        t.point(sh.name, clinic, "", doctor, None, point, types_in(typ), HML[level])
    _merge_runs(sh, first, [(1, 2)])
    sh.add()
    r = sh.add("说明:村卫生室由乡卫生院实行一体化管理,排查结果报院纪检小组。", *([None] * 6))
    sh.merge(r, 0, r, 6)
    sh.add("乡村医生签字:", None, None, "卫生院审核:", None, "2024年6月", None)
    return _layout(
        "village_clinics_under_health_center", "https://e-com-net.com/article/1308546843541540864.htm",
        "乡卫生院 村卫生室廉洁风险排查表 after the source's report on 村医 and 村卫生室 (乡村一体化, 医保 报销与 "
        "骗保, 公卫 工作量, 药品): 村卫生室 merged down, the doctors' names under the post heading ``乡村医生`` (no "
        "姓名 column), 风险点, 风险类型 ``…风险``, 高/中/低, 防控措施; a 说明 line and a 签字/审核 line",
        [sh], t,
    )  # fmt: skip


def high_school_canteen_links() -> dict:
    unit = "XX县第一中学"
    sh = _Sheet("食堂", [5, 12, 32, 8, 32, 11, 9])
    t = _Truth(unit)
    sh.title(f"{unit}学校食堂廉政风险点排查表", 7)
    sh.add("序号", "工作环节", "风险点", "风险等级", "防控措施", "责任岗位", "责任人")
    rows = [
        ("食材下单", "下单数量随意,虚增采购量", "中", "按就餐人数下单,下单记录总务主任签字。", "食堂管理员",
         "桂小红"),
        ("食材验收", "验收不严,降低食材标准", "高", "双人验收,全程留痕,不合格食材当场退回。", "验收员", "熊长青"),
        ("食材验收", "验收记录与实际入库数量不符", "中", "验收单与入库单每日核对。", "验收员", "熊长青"),
        ("财务结算", "私设“小金库”,结算资金体外循环", "高", "食堂收支全部纳入学校财务统一核算。", "会计",
         "管丽萍"),
        ("教师陪餐", "教师陪餐不缴费,师生不同质同价", "中", "陪餐教师按标准缴费,陪餐记录公示。", "总务主任",
         "晏伟"),
        ("结余清退", "学期末伙食费结余不据实清退", "高", "学期末结算,结余按学生逐一清退。", "总务主任", "晏伟"),
        ("结余清退", "清退名单和金额不公示", "低", "清退名单在校务公开栏公示。", "总务主任", "晏伟"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (step, point, level, measures, post, name) in enumerate(rows, 1):
        sh.add(n, step, point, level, measures, post, name)
        t.point(sh.name, "", post, name, _tier(post), point, [], HML[level])
    _merge_runs(sh, first, [(1,), (5, 6)])
    sh.add()
    sh.add("监督:学校纪检委员、膳食委员会", None, None, None, "2022年12月", None, None)
    return _layout(
        "high_school_canteen_links", "http://www.cqtresearch.com/news/jujiao/2022/1214/155128.html",
        "县中学 学校食堂廉政风险点排查表 after the source's news item on a county's check of its 一中's 食堂 (教师"
        "陪餐, 师生同质同价, 私设“小金库”, 克扣伙食费, 结余资金据实清退; 食材的下单、验收、财务结算): 工作环节 "
        "merged down, 风险点, 高/中/低, 防控措施, the post in 责任岗位 and the name in 责任人 at the right "
        "(merged per person, one person over two 环节); a 监督 line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    school_enrolment_horizontal(),
    health_center_key_posts(),
    village_micro_power_sections(),
    community_five_kinds(),
    kindergarten_canteen_typed(),
    central_school_village_branches(),
    village_list_and_watch_list(),
    village_clinics_under_health_center(),
    high_school_canteen_links(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` (re-saved copies ``resaved/b43_*``, none kept)."""
    return _build(outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX)


if __name__ == "__main__":
    import sys

    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch43-inbox"))

"""A forty-seventh batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: THE ORDINARY CASE at the grass roots — the 排查表, 防控表,
自查表, 防控卡 and 小微权力清单 that a 街道, a 社区, two 村, a 小学, a 社区卫生服务中心, a 镇卫生院 and
a 乡镇敬老院 hand back, each worded and arranged the way such a body does it, nothing exotic. Eight
are EVERYDAY:

- a 街道便民服务中心 窗口岗位廉政风险点排查表: the post is the ``窗口`` (``社会救助窗口``…), the holder
  under ``窗口人员``, 办理事项 before the 风险点, a 风险类型 column (``…风险``), 高/中/低; the
  中心 is the 科室 of the 街道 named in the title; a 填表人/审核人 line;
- a 社区 “微权力”清单及责任认领表: 微权力事项, 风险点, levels ``较高``/``一般``/``较低`` (no other
  level word in the table), 防控措施, then ``认领人`` (the 社区“两委” member's name) and ``职务`` at the
  right, the 一肩挑 post ``社区党委书记、居委会主任`` held by one woman;
- a 村 村级工程项目廉政风险防控表 of one road project: a 项目名称/项目金额/实施时间 line above, 工作
  环节 merged down, levels 一级/二级/三级, the holder written ``郑国良（村委会主任）`` under 责任人 and
  the 村监委 member who watches the row under ``村监委监督人``;
- a 小学 小微权力清单及廉政风险防控表: 权力事项, a ``运行流程`` column of steps joined by ``→``, 廉政
  风险点, Ⅰ级/Ⅱ级/Ⅲ级, 防控措施, 责任部门 (教导处, 总务处, 德育处, 校长室) and 责任人 (a name, no post);
- a 社区卫生服务中心 关键岗位廉洁风险排查表: 科室 merged down, ``关键岗位``/姓名 merged per person,
  ``重点环节`` before the 廉洁风险点, 高/中/低;
- a 镇卫生院 岗位廉洁风险防控卡, one sheet per post (tabs 收费员 / 门诊医生 / 转诊管理员): ``科室 | 收费室
  | 岗位 | 收费员 | 姓名 | 尹秀芝`` over a 岗位职责 line, 风险点 and 防控措施 each merged over two
  columns, 高/中/低, a 持卡人签字 line;
- a 村 集体“三资”管理廉政风险防控表 对岗不对人: 类别 资金/资产/资源 merged down, 管理事项, levels
  ``A``/``B``/``C`` explained by a 注 line under the table, the post in a trailing 责任岗位 column (the
  一肩挑 ``村党支部书记、村委会主任`` among them);
- a 村 管水员's 岗位廉政风险自查表: ``姓名 | 侯德明 | 职务 | 管水员 | 单位 | 白岩村`` above, a 岗位
  职责 line, a 风险类型 column, 高/中/低, a 本人签字 line naming him.

One is harder:

- ``nursing_home_roster_line``: a 乡镇敬老院 岗位廉政风险点排查表 whose table names posts only
  (岗位 merged down, 主要职责 merged with it) while the holders stand in ONE cell of a line above it —
  ``岗位人员`` | ``院长:罗永福　　报账员:蒋丽华　　保管员:贺金山　　炊事员:邝秋菊`` (full-width
  spaces between the pairs).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; these pages describe their subject in prose (a 区纪委监委 finding that a
镇敬老院's 负责人 had charged the old people's 生活保障金 and 护理费 as 管理经费; a 街道's 清廉大厅 and
its 窗口 staff's 吃拿卡要、推诿扯皮、擅离职守; a 街道 whose 社区“两委”班子成员认领 the 微权力清单 of
重大决策、居务公开; a 镇纪委 and the 村务监督委员会 watching 村级工程 from 招投标 through 施工进度、工程
质量 to 资金使用; a 区's schools' 小微权力清单 with 招生入学、物资采购 流程图; a 区纪委监委 asking a
基层医疗机构 how its 工作服 were bought and having it 排查关键岗位和重点环节; a 卫生院's 清廉医院 plan
for every 刷卡, 处方, 盐水 and 转诊; a 镇's 村监委会 on 租赁款, 回迁 and 坑塘; a 村's rules for its
饮水工程's 管水员, 水费 and 维修) and the layout follows their words for the unit, its parts, its
posts and its risks. The rows are worded by us, the names invented.

Run ``python tests/published/score.py --set batch47`` and do not tune the reader against it, or it
stops being held out. No LibreOffice re-saved copies are kept for this batch (prefix ``b47_``).

Judgement calls this batch leans on, beyond those of the earlier batches:

- the names in a ``岗位人员`` cell above a table of posts (``院长:罗永福　　报账员:蒋丽华…``) are the
  holders of those posts' rows, each pair ``post:name``;
- a ``窗口`` column of window names (``社会救助窗口``) is the post; the names under ``窗口人员`` are the
  holders; ``XX街道便民服务中心…`` in the title gives the unit ``XX街道`` and the 科室 ``便民服务中心``;
- ``认领人`` (the member who claims a 微权力) is the holder, ``职务`` his or her post;
- ``较高``/``一般``/``较低`` used as the only three level words are Ⅰ/Ⅱ/Ⅲ;
- ``郑国良（村委会主任）`` under 责任人 is the holder 郑国良 in the post 村委会主任; the names under
  ``村监委监督人`` watch the rows and hold none;
- a ``运行流程`` column (steps joined by ``→``) is neither the point nor its measures;
- a 责任部门 beside a 责任人 name with no post column: department that office, title "" and tier
  None (``校长室`` too);
- ``关键岗位`` is the post and ``重点环节`` is where the point lies (no point of its own);
- on a 防控卡, ``科室 | … | 岗位 | … | 姓名 | …`` name the card's holder; the tab names the post;
- ``A``/``B``/``C`` are 高/中/低 as the 注 under the table says;
- the 一肩挑 posts ``社区党委书记、居委会主任`` and ``村党支部书记、村委会主任`` are one post each;
- on a personal 自查表, ``单位 | 白岩村`` repeats the unit of the title; ``本人签字:侯德明`` is a
  sign-off, no point.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``layouts.write_xlsx``), copies the
LibreOffice re-saved copies ``resaved/b47_<name>.*`` (none yet) and writes ``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b47_"
ORDINAL = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
SOFT = {"较高": 1, "一般": 2, "较低": 3}
LETTER = {"A": 1, "B": 2, "C": 3}
TIER = {"院长": "leader", "社区党委书记、居委会主任": "leader", "社区党委副书记": "leader",
        "居委会副主任": "leader", "村委会主任": "leader", "村党支部书记、村委会主任": "leader",
        "村委会副主任": "leader", "药房负责人": "middle"}  # fmt: skip


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


def nursing_home_roster_line() -> dict:
    unit = "XX县XX镇敬老院"
    sh = _Sheet("排查表", [5, 9, 26, 32, 8, 34])
    t = _Truth(unit)
    sh.title(f"{unit}岗位廉政风险点排查表", 6)
    r = sh.add("填报时间:2024年10月", *([None] * 5))
    sh.merge(r, 0, r, 5)
    roster = [("院长", "罗永福"), ("报账员", "蒋丽华"), ("保管员", "贺金山"), ("炊事员", "邝秋菊")]
    r = sh.add("岗位人员", "　　".join(f"{post}:{name}" for post, name in roster), *([None] * 4))
    sh.merge(r, 1, r, 5)
    holder = dict(roster)
    sh.add("序号", "岗位", "主要职责", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("院长", "主持敬老院全面工作,审批经费开支和入院审核",
         "擅自以管理经费名义列支供养人员生活保障金、护理费", "高",
         "供养资金专款专用,开支报镇民政办审核,每季度公示。"),
        ("院长", "主持敬老院全面工作,审批经费开支和入院审核",
         "入院审核把关不严,接收不符合条件的人员入住", "中",
         "入院对象经村评议、镇审核、县民政局审批,名单公示。"),
        ("报账员", "负责经费报账和供养老人零用钱发放",
         "截留、克扣供养老人零用钱", "高", "零用钱按月发放到人,老人签字领取,民政办抽查。"),
        ("报账员", "负责经费报账和供养老人零用钱发放",
         "白条入账,虚列伙食开支", "中", "票据经院长和镇“三资”中心双重审核后入账。"),
        ("保管员", "负责物资出入库和捐赠物资登记",
         "社会捐赠物资不登记入账,私自处置", "中", "捐赠物资逐笔登记,发放情况张榜公示。"),
        ("保管员", "负责物资出入库和捐赠物资登记",
         "种植养殖基地收入不入账", "低", "基地产品出售收入当日交报账员入账。"),
        ("炊事员", "负责食材采购和老人一日三餐",
         "食材采购虚报数量和价格", "中", "食材采购两人同行,每周公布菜价和伙食账。"),
        ("炊事员", "负责食材采购和老人一日三餐",
         "降低伙食标准,克扣老人伙食费", "高", "成立老人膳食小组,每月评议伙食并公示结余。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, duty, point, level, measures) in enumerate(rows, 1):
        sh.add(n, post, duty, point, level, measures)
        t.point(sh.name, "", post, holder[post], _tier(post), point, [], HML[level])
    _merge_runs(sh, first, [(1, 2)])
    sh.add()
    r = sh.add("注:本表由敬老院填报,镇民政办审核;监督电话:0395-12388。", *([None] * 5))
    sh.merge(r, 0, r, 5)
    return _layout(
        "nursing_home_roster_line", "http://66159g.com/news/lhms/2024/10/20246569.html",
        "(harder) 乡镇敬老院 岗位廉政风险点排查表 after the source's news item on a 区纪委监委's check of a "
        "镇敬老院 (原负责人 以管理经费的名义列支敬老院生活保障金、护理费, 挤占“五保”供养经费, 饭菜质量下降; "
        "撤换负责人): the table names posts only (岗位 and 主要职责 merged down), the holders stand in ONE "
        "cell of a ``岗位人员`` line above it (``院长:罗永福　　报账员:蒋丽华…``, full-width spaces), 高/中/"
        "低; a 填报时间 line and a 注/监督电话 line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- everyday layouts


def street_service_hall_windows() -> dict:
    unit = "XX市XX区清河街道"
    dept = "便民服务中心"
    sh = _Sheet("窗口", [5, 12, 9, 18, 32, 12, 8, 32])
    t = _Truth(unit)
    sh.title(f"{unit}{dept}窗口岗位廉政风险点排查表", 8)
    sh.add("序号", "窗口", "窗口人员", "办理事项", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("综合受理窗口", "龙小燕", "居住证办理、各类证明出具",
         "对材料不全的申请违规受理,为熟人“插队”办理", "岗位职责风险", "中",
         "一次性告知办理材料,按取号顺序办理。"),
        ("综合受理窗口", "龙小燕", "居住证办理、各类证明出具",
         "出具证明时收受办事群众财物", "思想道德风险", "高", "证明出具登记备查,公布监督电话。"),
        ("社会救助窗口", "符建军", "低保、特困供养申请受理",
         "入户调查走过场,为不符合条件的人员办理低保", "岗位职责风险", "高",
         "入户调查两人以上,评议结果在社区公示七天。"),
        ("社会救助窗口", "符建军", "低保、特困供养申请受理",
         "低保对象动态调整不及时,该退不退", "制度机制风险", "中",
         "每季度与民政系统比对数据,调整结果公示。"),
        ("社保医保窗口", "钟雅琴", "城乡居民医保参保、灵活就业人员社保登记",
         "违规为他人代缴、补缴社保费用", "业务流程风险", "中", "补缴业务经中心主任复核,系统留痕。"),
        ("帮办代办窗口", "黎志刚", "残疾人补贴、高龄津贴代办",
         "代办过程中截留、冒领补贴资金", "思想道德风险", "高", "补贴资金直达个人账户,代办签收存档。"),
        ("帮办代办窗口", "黎志刚", "残疾人补贴、高龄津贴代办",
         "推诿扯皮、擅离职守,群众办事来回跑", "外部环境风险", "低",
         "落实首问负责和限时办结,每月开展满意度回访。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (window, name, items, point, typ, level, measures) in enumerate(rows, 1):
        sh.add(n, window, name, items, point, typ, level, measures)
        t.point(sh.name, dept, window, name, _tier(window), point, types_in(typ), HML[level])
    _merge_runs(sh, first, [(1, 2, 3)])
    sh.add()
    sh.add("填表人:龙小燕", None, None, "审核人(中心主任):唐立新", None, None, "2023年11月", None)
    return _layout(
        "street_service_hall_windows", "https://zgxah.com/c/2023/11/10/1297-561562.html",
        "街道便民服务中心 窗口岗位廉政风险点排查表 after the source's news item on a 街道's “清廉大厅” (服务大厅"
        "窗口工作人员, 吃拿卡要、推诿扯皮、擅离职守, 廉洁服务承诺): the post is the ``窗口`` (综合受理窗口, 社会"
        "救助窗口…), the holder under ``窗口人员``, 办理事项 before 风险点, 风险类型 ``…风险``, 高/中/低 "
        "(窗口/窗口人员/办理事项 merged per window); a 填表人/审核人 line",
        [sh], t,
    )  # fmt: skip


def community_claimed_micro_power() -> dict:
    unit = "XX市XX区XX街道桂溪社区"
    sh = _Sheet("认领表", [5, 14, 30, 8, 32, 9, 18])
    t = _Truth(unit)
    sh.title(f"{unit}“微权力”清单及责任认领表", 7)
    sh.add("序号", "微权力事项", "风险点", "风险等级", "防控措施", "认领人", "职务")
    rows = [
        ("社区重大事项决策", "重大事项不经居民代表会议讨论,个人说了算", "较高",
         "落实“四议两公开”,决议结果公示。", "邬凤英", "社区党委书记、居委会主任"),
        ("居务公开", "居务公开内容不全、更新不及时", "一般", "每月更新公开栏,居务监督委员会审核签字。",
         "喻春兰", "社区党委副书记"),
        ("社区公益资金使用", "公益资金使用不经居民议事,虚列支出", "较高",
         "资金使用方案经居民议事会通过,票据公示。", "邬凤英", "社区党委书记、居委会主任"),
        ("低保初审", "入户核查不实,优亲厚友", "较高", "入户核查两人以上,初审结果公示。", "阮冬梅",
         "居委会副主任"),
        ("公共用房管理", "公共用房出租不公开,租金不入账", "一般", "出租方案经居民代表会议讨论,租金进社区账户。",
         "阮冬梅", "居委会副主任"),
        ("物业服务监督", "接受物业企业宴请,对服务问题不督促整改", "一般", "物业问题台账每月通报。",
         "毛建波", "居委会委员"),
        ("各类证明出具", "违规出具证明", "较低", "证明出具实行登记审批。", "喻春兰", "社区党委副书记"),
    ]  # fmt: skip
    for n, (item, point, level, measures, name, post) in enumerate(rows, 1):
        sh.add(n, item, point, level, measures, name, post)
        t.point(sh.name, "", post, name, _tier(post), point, [], SOFT[level])
    sh.add()
    r = sh.add("监督:社区居务监督委员会　　监督电话:028-12388", *([None] * 6))
    sh.merge(r, 0, r, 6)
    return _layout(
        "community_claimed_micro_power", "https://zhi.in.net/p/7270475169410322432",
        "社区 “微权力”清单及责任认领表 after the source's news item on a 街道's “微腐败” 治理 (社区「微权力」治理"
        "清单及流程图, 由社区「两委」班子成员认领责任清单; 重大决策、居务公开 等 24 项微权力): 微权力事项, "
        "风险点, levels 较高/一般/较低, 防控措施, then ``认领人`` (a name) and ``职务`` at the right, the "
        "一肩挑 post 社区党委书记、居委会主任; a 监督 line",
        [sh], t,
    )  # fmt: skip


def village_road_project_watchers() -> dict:
    unit = "XX区XX镇青石村"
    sh = _Sheet("工程项目", [5, 10, 30, 8, 32, 18, 12])
    t = _Truth(unit)
    sh.title(f"{unit}村级工程项目廉政风险防控表", 7)
    r = sh.add("项目名称:青石村至后坞自然村道路硬化工程", None, None, "项目金额:48.6万元", None,
               "实施时间:2024年5月—9月", None)  # fmt: skip
    sh.merge(r, 0, r, 2)
    sh.merge(r, 3, r, 4)
    sh.merge(r, 5, r, 6)
    sh.add("序号", "工作环节", "廉政风险点", "风险等级", "防控措施", "责任人", "村监委监督人")
    rows = [
        ("项目立项", "项目未经村民代表会议决定,由少数人拍板", "二级",
         "落实“四议两公开”,会议记录存档。", "郑国良（村委会主任）", "陈月娥"),
        ("招投标", "化整为零规避镇公共资源交易平台,指定施工队伍", "一级",
         "限额以上项目一律进镇平台交易,村干部亲属回避。", "郑国良（村委会主任）", "陈月娥"),
        ("施工进度", "施工单位擅自变更设计、增加工程量", "二级", "设计变更经村“两委”研究并报镇审核。",
         "何小军（村委委员）", "邵丽萍"),
        ("施工进度", "施工日志记录不全,进度款申报依据不足", "三级", "村监委每月现场核对施工日志。",
         "何小军（村委委员）", "邵丽萍"),
        ("工程质量", "隐蔽工程验收走过场", "二级", "隐蔽工程拍照留档,村监委现场见证。", "何小军（村委委员）",
         "邵丽萍"),
        ("资金使用", "工程款未按进度支付或提前支付", "一级",
         "工程款经村监委审核签字后由镇“三资”中心拨付。", "吴美华（村报账员）", "陈月娥"),
        ("资金使用", "虚列工程量套取项目资金", "一级", "决算经镇审计后在村务公开栏公示。",
         "吴美华（村报账员）", "陈月娥"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (step, point, level, measures, holder, watcher) in enumerate(rows, 1):
        sh.add(n, step, point, level, measures, holder, watcher)
        name, post = holder.rstrip("）").split("（")
        t.point(sh.name, "", post, name, _tier(post), point, [], ORDINAL[level])
    _merge_runs(sh, first, [(1,)])
    sh.add()
    sh.add("村务监督委员会(盖章)", None, None, "镇纪委监督电话:0572-12388", None, "2024年5月", None)
    return _layout(
        "village_road_project_watchers",
        "http://kjb.zjol.com.cn/html/2019-08/09/content_2677229.htm?div=-1",
        "村 村级工程项目廉政风险防控表 after the source's news item on a 镇纪委 and the 村务监督委员会 watching "
        "村级工程 (道路建设、水利设施; 招投标、施工进度、工程质量和资金使用, 事前、事中、事后): a 项目名称/项目"
        "金额/实施时间 line above, 工作环节 merged down, 一级/二级/三级, the holder written ``郑国良（村委会"
        "主任）`` under 责任人 and the 村监委 member under ``村监委监督人``; a 盖章/监督电话 line",
        [sh], t,
    )  # fmt: skip


def primary_school_power_flow() -> dict:
    unit = "XX市XX区汉兴路小学"
    sh = _Sheet("小微权力清单", [5, 10, 30, 26, 7, 30, 9, 9])
    t = _Truth(unit)
    sh.title(f"{unit}小微权力清单及廉政风险防控表", 8)
    sh.add(
        "序号", "权力事项", "运行流程", "廉政风险点", "风险等级", "防控措施", "责任部门", "责任人"
    )
    rows = [
        ("招生入学", "发布招生简章→网上报名→资格审核→结果公示→录取",
         "违规接收不符合条件的学生入学", "Ⅰ级", "招生工作小组集体审核,录取名单公示。", "教导处", "熊慧敏"),
        ("学籍管理", "家长申请→教导处审核→区教育局审批→办理",
         "违规办理转学、借读手续", "Ⅲ级", "学籍变动一律在系统内办理,材料存档备查。", "教导处", "熊慧敏"),
        ("物资采购", "提出需求→校务会研究→询价比价→采购→验收入库",
         "指定供应商,虚高采购价格", "Ⅰ级", "三家以上询价,验收两人以上签字。", "总务处", "覃志强"),
        ("校舍维修", "报修→现场勘查→编制预算→比选施工单位→验收结算",
         "虚报维修工程量", "Ⅱ级", "维修项目完工后由总务处、纪检委员共同验收。", "总务处", "覃志强"),
        ("评优评先", "个人申报→年级组推荐→考核小组评议→公示",
         "评优推荐暗箱操作,优亲厚友", "Ⅱ级", "评选条件和结果公示,接受教职工监督。", "校长室", "易建华"),
        ("课后服务", "家长自愿报名→确定服务内容→收费标准公示→组织实施",
         "强制或变相强制学生参加课后服务并收费", "Ⅰ级", "坚持自愿原则,收费标准报批并公示。", "德育处",
         "龚晓燕"),
        ("财务报销", "经办人填单→部门负责人审核→校长审批→会计报账",
         "报销票据审核不严,虚假报销", "Ⅱ级", "严格执行财务审批制度,每学期财务公开。", "校长室", "易建华"),
    ]  # fmt: skip
    for n, (item, flow, point, level, measures, office, name) in enumerate(rows, 1):
        sh.add(n, item, flow, point, level, measures, office, name)
        t.point(sh.name, office, "", name, None, point, [], ROMAN[level])
    sh.add()
    sh.add("学校纪检委员:", None, None, "学校(盖章)", None, None, "2023年6月", None)
    return _layout(
        "primary_school_power_flow",
        "https://epaper.hubeidaily.net/pc/content/202306/08/content_228175.html",
        "小学 小微权力清单及廉政风险防控表 after the source's news item on a 区's 清廉学校 (全面排查梳理风险点, "
        "11条小微权力清单; 招生入学、物资采购 等 25 项重点事项流程图): 权力事项, a ``运行流程`` column of "
        "steps joined by ``→``, 廉政风险点, Ⅰ级/Ⅱ级/Ⅲ级, 防控措施, 责任部门 (教导处, 总务处, 德育处, 校长"
        "室) and 责任人 (a name, no post column); 纪检委员/盖章 line",
        [sh], t,
    )  # fmt: skip


def community_health_center_key_posts() -> dict:
    unit = "XX市XX区西柳社区卫生服务中心"
    sh = _Sheet("排查表", [5, 10, 12, 8, 10, 30, 8, 32])
    t = _Truth(unit)
    sh.title(f"{unit}关键岗位廉洁风险排查表", 8)
    sh.add("序号", "科室", "关键岗位", "姓名", "重点环节", "廉洁风险点", "风险等级", "防控措施")
    rows = [
        ("全科诊室", "全科医生", "穆红霞", "处方开具", "开具大处方、搭车开药", "中",
         "每月处方点评,超常处方约谈。"),
        ("全科诊室", "家庭医生团队长", "谢永明", "签约服务", "虚报家庭医生签约和履约人次", "中",
         "签约履约信息电话抽查回访。"),
        ("药房", "药房负责人", "柴丽", "药品验收", "接受供货企业回扣", "高",
         "药品在省平台采购,验收两人签字。"),
        ("药房", "药房负责人", "柴丽", "药品出入库", "药品账实不符,过期药品私自处理", "中",
         "每月盘点,过期药品登记后统一销毁。"),
        ("公共卫生科", "公卫医生", "栗晓东", "公卫项目", "虚报基本公共卫生服务工作量套取经费", "高",
         "公卫数据与诊疗记录比对,按比例入户核实。"),
        ("财务室", "会计", "甘雪", "医保结算", "串换收费项目套取医保基金", "高",
         "医保结算数据每月自查,疑点逐条核实。"),
        ("办公室", "后勤管理员", "房建平", "物资购置", "工作服等物资超标准购置", "低",
         "物资购置按标准编制计划,经中心会议研究。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (keshi, post, name, link, point, level, measures) in enumerate(rows, 1):
        sh.add(n, keshi, post, name, link, point, level, measures)
        t.point(sh.name, keshi, post, name, _tier(post), point, [], HML[level])
    _merge_runs(sh, first, [(1,), (2, 3)])
    sh.add()
    sh.add("中心纪检员:", None, None, "中心负责人:", None, None, "2024年8月", None)
    return _layout(
        "community_health_center_key_posts", "http://jintiankansha.me/t/nkxeKwt2fl",
        "社区卫生服务中心 关键岗位廉洁风险排查表 after the source's news item on a 区纪委监委's check of a 基层"
        "医疗机构 (医生、护士多少人, 工作服按照什么标准购置; 内控机制不完善、财务管理不规范; 排查梳理可能存在"
        "廉洁风险的关键岗位和重点环节): 科室 merged down, ``关键岗位``/姓名 merged per person, ``重点环节`` "
        "before 廉洁风险点, 高/中/低; 纪检员/负责人 line",
        [sh], t,
    )  # fmt: skip


def health_center_post_cards() -> dict:
    unit = "XX县龙口镇卫生院"
    t = _Truth(unit)
    cards = [
        ("收费室", "收费员", "尹秀芝", "负责门诊、住院收费结算和医保刷卡,日结日清。", [
            ("医保刷卡时串换项目、虚记费用", "高", "收费项目系统自动计价,医保办每月抽查刷卡记录。"),
            ("收取现金不开票或少开票", "中", "票据连号使用,每日核对票款。"),
            ("日结款项不及时上缴,挪用收费款", "中", "当日款项当日存入银行,财务科每日对账。"),
        ]),
        ("门诊部", "门诊医生", "滕建国", "负责门诊诊疗和处方开具。", [
            ("开具“人情处方”“大处方”", "中", "处方每月点评,结果与绩效挂钩。"),
            ("接受药品、耗材企业回扣", "高", "签订廉洁行医承诺书,医药代表接待实行登记。"),
            ("诱导患者不必要的输液治疗", "低", "门诊输液率每月通报。"),
        ]),
        ("医保办", "转诊管理员", "卜晓玲", "负责患者转诊登记和医保住院审核。", [
            ("违规出具转诊证明,收受好处", "中", "转诊证明经科室主任审核,登记备查。"),
            ("为未住院人员办理“挂床住院”报销", "高", "住院病人每日查房核对,医保办不定期抽查。"),
            ("转诊信息登记不全", "低", "转诊信息实时录入系统。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for keshi, post, name, duty, points in cards:
        sh = _Sheet(post, [8, 16, 16, 10, 18, 18])
        sh.title(f"{unit}岗位廉洁风险防控卡", 6)
        sh.add("科室", keshi, "岗位", post, "姓名", name)
        r = sh.add("岗位职责", duty, *([None] * 4))
        sh.merge(r, 1, r, 5)
        r = sh.add("序号", "风险点", None, "风险等级", "防控措施", None)
        sh.merge(r, 1, r, 2)
        sh.merge(r, 4, r, 5)
        for n, (point, level, measures) in enumerate(points, 1):
            r = sh.add(n, point, None, level, measures, None)
            sh.merge(r, 1, r, 2)
            sh.merge(r, 4, r, 5)
            t.point(sh.name, keshi, post, name, _tier(post), point, [], HML[level])
        sh.add()
        sh.add("持卡人签字:", None, "科室负责人签字:", None, "2024年3月", None)
        sheets.append(sh)
    return _layout(
        "health_center_post_cards", "https://max.book118.com/html/2025/1225/6232031034012034.shtm",
        "镇卫生院 岗位廉洁风险防控卡 after the source's 卫生院 清廉医院建设工作计划 (每一次刷卡、每一张处方、每一"
        "瓶盐水、每一次转诊都要留下痕迹; 权力进笼子、资金晒太阳、群众能举报): one sheet per post (tabs 收费员/"
        "门诊医生/转诊管理员), ``科室 | 收费室 | 岗位 | 收费员 | 姓名 | 尹秀芝`` over a 岗位职责 line, 风险点 "
        "and 防控措施 each merged over two columns, 高/中/低, a 持卡人签字 line",
        sheets, t,
    )  # fmt: skip


def village_three_assets_letters() -> dict:
    unit = "XX县XX镇柳营村"
    sh = _Sheet("三资", [5, 7, 14, 30, 8, 34, 16])
    t = _Truth(unit)
    sh.title(f"{unit}集体“三资”管理廉政风险防控表", 7)
    sh.add("序号", "类别", "管理事项", "廉政风险点", "风险等级", "防控措施", "责任岗位")
    shuji = "村党支部书记、村委会主任"
    rows = [
        ("资金", "现金管理", "坐支现金、公款私存", "A", "现金收入当日存入镇“三资”中心账户。", "村报账员"),
        ("资金", "开支审批", "大额开支不经集体研究", "A", "500元以上开支经“两委”研究、村监委审核。",
         shuji),
        ("资金", "账目公示", "账目公示不及时、不完整", "C", "每季度公示账目,村监委签字。", "村报账员"),
        ("资产", "集体房屋租赁", "租金标准低于市场价,租赁款不合理", "B", "租赁合同经村民代表会议通过。",
         "村委会副主任"),
        ("资产", "回迁安置房分配", "分配不公开,优亲厚友", "A", "分配方案公示,公开抽签选房。", shuji),
        ("资源", "坑塘、林地发包", "发包不公开竞价,暗箱操作", "B", "进镇农村产权交易平台公开发包。",
         "村委会副主任"),
        ("资源", "土地流转", "土地流转费收取不入账", "B", "流转费统一进村集体账户。", "村报账员"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (kind, item, point, level, measures, post) in enumerate(rows, 1):
        sh.add(n, kind, item, point, level, measures, post)
        t.point(sh.name, "", post, "", _tier(post), point, [], LETTER[level])
    _merge_runs(sh, first, [(1,)])
    sh.add()
    r = sh.add("注:风险等级A为高风险,B为中风险,C为低风险。", *([None] * 6))
    sh.merge(r, 0, r, 6)
    sh.add("村务监督委员会主任:", None, None, "村党支部(盖章)", None, "2023年9月", None)
    return _layout(
        "village_three_assets_letters",
        "https://www.kflz.gov.cn/sitesources/lhsjjw/page_pc/gzdt/jcgz/article9a34ab1d641e4624b1e99fde814a23ee.html",
        "村 集体“三资”管理廉政风险防控表 对岗不对人 after the source's news item on a 区纪工委 and the 村监委会 "
        "of a 镇's villages (村里的账目每季度公示; 回迁选房; 租赁款不太合理; 坑塘兴建垂钓园, 四议两公开): 类别 "
        "资金/资产/资源 merged down, 管理事项, 廉政风险点, levels A/B/C explained by a 注 line under the "
        "table, the post in a trailing 责任岗位 (the 一肩挑 村党支部书记、村委会主任 among them); 盖章 line",
        [sh], t,
    )  # fmt: skip


def village_water_keeper_selfcheck() -> dict:
    unit = "XX县XX乡白岩村"
    sh = _Sheet("自查表", [8, 30, 14, 8, 18, 18])
    t = _Truth(unit)
    name, post = "侯德明", "管水员"
    sh.title(f"{unit}岗位廉政风险自查表", 6)
    sh.add("姓名", name, "职务", post, "单位", "白岩村")
    r = sh.add("岗位职责", "负责村饮水工程日常管护维修、抄表和水费收取,协助村报账员公布水费收支。",
               *([None] * 4))  # fmt: skip
    sh.merge(r, 1, r, 5)
    r = sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", None)
    sh.merge(r, 4, r, 5)
    rows = [
        ("抄表不实,对亲友少抄用水量、少收水费", "思想道德风险", "中", "抄表结果按户公示,村监委抽查。"),
        ("收取水费不开具票据,水费不及时交村集体", "制度机制风险", "高", "水费使用统一票据,每月交村报账员入账。"),
        ("维修材料虚报数量,维修费用不公开", "岗位职责风险", "中", "维修材料领用登记,费用每季度公布。"),
        ("对私搭乱接、偷水行为收受好处不报告", "外部环境风险", "低", "发现违规用水当日报告村委会。"),
    ]  # fmt: skip
    for n, (point, typ, level, measures) in enumerate(rows, 1):
        r = sh.add(n, point, typ, level, measures, None)
        sh.merge(r, 4, r, 5)
        t.point(sh.name, "", post, name, _tier(post), point, types_in(typ), HML[level])
    sh.add()
    sh.add(f"本人签字:{name}", None, "村党支部审核意见:", None, "2024年7月", None)
    return _layout(
        "village_water_keeper_selfcheck", "http://www.zhiwen-suo.net/news_view.asp?id=5730",
        "村 管水员 岗位廉政风险自查表 after the source's 村饮水工程水费收缴管养办法 (推选管水员; 水费抄表计量、"
        "每月收一次、交村集体管理、收支每季度公布; 日常管护维修由管水员负责; 私搭乱接、偷水): ``姓名 | 侯德明 | "
        "职务 | 管水员 | 单位 | 白岩村`` above, a 岗位职责 line, 风险点, 风险类型 ``…风险``, 高/中/低, 防控"
        "措施 merged over two columns; a ``本人签字:侯德明`` line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    nursing_home_roster_line(),
    street_service_hall_windows(),
    community_claimed_micro_power(),
    village_road_project_watchers(),
    primary_school_power_flow(),
    community_health_center_key_posts(),
    health_center_post_cards(),
    village_three_assets_letters(),
    village_water_keeper_selfcheck(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` (re-saved copies ``resaved/b47_*``, none kept)."""
    return _build(outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX)


if __name__ == "__main__":
    import sys

    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch47-inbox"))

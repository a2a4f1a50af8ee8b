"""A thirty-eighth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: THE ORDINARY CASE at the bottom of the ladder — the 排查表,
防控表, 自查表, 清单 and 台账 that villages, communities, township 站所, schools and hospitals hand
back, each worded and arranged the way such a body does it, nothing exotic. Eight are EVERYDAY:

- a 村 村级事务廉政防控清单 对岗不对人: 事项类别 (重大事项决策 / 审批服务 / 便民服务) merged down, 事项
  名称, 廉政风险点, 高/中/低, the post in a 责任人 column (村党支部书记, 村委会主任, 村文书, 村报账员),
  a 监督人 column ``村务监督委员会主任`` merged down the whole table, a 注 and a 公示 line;
- a 村“两委”干部 岗位廉政风险自查表, one sheet per cadre (sheets 书记主任 / 副主任 / 报账员), a
  ``所在村：`` line, 姓名/职务/任职时间 pairs above the table, the 一肩挑 post ``村党组织书记、村委会
  主任`` held by one man, 岗位职责 merged over its points, a 风险类型 column (two types joined by 、
  now and then), 本人签字 / 镇纪委审核意见 below;
- a 社区 “小微权力”廉政风险点排查表: 岗位/姓名 merged per person, 小微权力事项 before the 廉政风险点,
  posts written ``网格长(第一网格)``, a 廉情监督员 column of names (the watchers, retired members
  and 楼道长) merged over the rows each watches;
- a 中学 食堂岗位廉政风险点排查表: 岗位/姓名 per row, levels Ⅰ级/Ⅱ级/Ⅲ级, a 监督人 column
  ``膳食管理委员会`` merged down, a 填表人/审核人 line naming two of the holders;
- a 小学 “校园餐”、教辅征订、校服采购 廉政风险防控表: 领域 merged down in column A BEFORE 序号, no post
  column, the 责任处室 and 责任人 (a name) at the right;
- a 中心小学 教职工岗位廉政风险自查表, one sheet per person, the person written the other way: a row
  of labels 姓名 | 职务 | 所在处室 | 联系电话 and under it a row of values, levels 高风险/中风险/低风险,
  a 自查人签名 line naming the holder;
- a 人民医院 科室廉洁风险自查表: 党支部 merged down before 科室, 科室/岗位/姓名, a 风险类型 column,
  高/中/低, a 支部纪检委员 column of names merged per 党支部 (watchers);
- a 镇卫生院 岗位廉政风险点一览表: 科室 merged down, 岗位, levels 一级/二级/三级, the holder's
  name in a trailing 责任人 column.

One is harder:

- ``township_station_selfcheck_ledger``: a 镇 站所廉政风险自查自纠台账 under a two-row heading —
  序号 / 站所 / 站所长 merged down, ``风险排查`` over 风险点 / 风险等级 and ``自查自纠`` over 自查情况 /
  整改措施 / 完成时限 — the holders' names under ``站所长`` (no 姓名 or 责任人 heading), 站所 and
  站所长 merged per 站所, levels 一级/二级/三级 explained by a 说明 line below, 自查情况 cells
  such as ``未发现问题`` and 完成时限 cells such as ``长期坚持``.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; these pages describe their subject in prose (a county's 村级事务 ``412``
防控机制, a commentary on watching new 村“两委” cadres, a news item on a 社区's 清廉网格 and 廉情
监督小组, a 镇纪委's 站所长 meeting on 自查自纠 and 问题台账, a county audit of school 膳食经费, a
commentary on the 负面清单 for 校园餐/教辅/校服, a 中小学 内控 rulebook on 总务 procurement, a
hospital's 三级九类 责任清单, and a piece on 乡镇纪检 that cites 卫生院 违规收费 found by 医保 data)
and the layout follows their words for the unit, its parts, its posts and its risks. The rows are
worded by us, the names invented.

Run ``python tests/published/score.py --set batch38`` and do not tune the reader against it, or it
stops being held out. No LibreOffice re-saved copies are kept for this batch (prefix ``b38_``).

Judgement calls this batch leans on, beyond those of the earlier batches:

- a 责任人 column holding one post name per row (村党支部书记, 村报账员) in a table with no 姓名
  names the post of the row: person "", title that post, department "" (the 村 is the unit);
- a 监督人 column holding one role for the whole table (``村务监督委员会主任``, ``膳食管理委员会``)
  watches every row and holds none;
- the 一肩挑 post ``村党组织书记、村委会主任`` beside one 姓名 is ONE post held by that person;
- a post written with its grid in brackets (``网格长(第一网格)``) is that whole post, held by the
  person in the 姓名 column — the bracket names no one;
- a 廉情监督员 or 支部纪检委员 column of names beside a 姓名 column watches the rows: it holds none;
- names under a ``站所长`` heading are the holders of their 站所's rows; with no post column the
  title is "" and the tier None (the same for the 责任处室/责任人 pair of the 小学);
- ``自查情况`` (``未发现问题``…), ``整改措施`` and ``完成时限`` (``2024年6月底``, ``长期坚持``) are
  no points; the level is the 风险等级 column's;
- in a 自查表 whose labels stand in one row and values in the row below, the values name the
  holder, the post and the 处室; a phone number is nothing;
- a 填表人/审核人 line or a 自查人签名 line that names a holder is a sign-off, no point.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``layouts.write_xlsx``), copies the
LibreOffice re-saved copies ``resaved/b38_<name>.*`` (none yet) and writes ``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b38_"
ORDINAL = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
WORDED = {"高风险": 1, "中风险": 2, "低风险": 3}
TIER = {"村党支部书记": "leader", "村委会主任": "leader", "村党组织书记、村委会主任": "leader",
        "村委会副主任": "leader", "社区党委书记": "leader", "居委会主任": "leader",
        "校长": "leader", "分管副校长": "leader", "副校长": "leader", "院长": "leader",
        "总务主任": "middle", "科长": "middle", "主任": "middle", "护士长": "middle",
        "药房负责人": "middle"}  # fmt: skip


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


def township_station_selfcheck_ledger() -> dict:
    unit = "XX县XX镇"
    sh = _Sheet("台账", [5, 14, 9, 30, 8, 30, 28, 12])
    t = _Truth(unit)
    sh.title(f"{unit}站所廉政风险自查自纠台账", 8)
    r = sh.add(
        "填报单位:XX镇纪委(汇总)", None, None, None, None, "填报时间:2024年5月10日", None, None
    )
    sh.merge(r, 0, r, 4)
    sh.merge(r, 5, r, 7)
    r = sh.add("序号", "站所", "站所长", "风险排查", None, "自查自纠", None, None)
    sh.add(None, None, None, "风险点", "风险等级", "自查情况", "整改措施", "完成时限")
    for c in range(3):
        sh.merge(r, c, r + 1, c)
    sh.merge(r, 3, r, 4)
    sh.merge(r, 5, r, 7)
    stations = [
        ("财政所", "冯志刚", [
            ("惠农补贴发放审核把关不严", "一级", "抽查3个村,发现1户补贴面积与实际不符",
             "逐户复核补贴面积,追回多发资金", "2024年6月底"),
            ("村级“三资”代理记账不规范", "二级", "2个村存在白条入账", "退回白条,规范入账凭证",
             "2024年5月底"),
        ]),
        ("农业综合服务中心", "蒋红英", [
            ("农资发放优亲厚友", "二级", "未发现问题", "继续执行发放名单公示制度", "长期坚持"),
            ("农业项目验收走过场", "一级", "1个高标准农田项目验收资料不全",
             "补齐验收资料,邀请村民代表复验", "2024年6月底"),
        ]),
        ("自然资源所", "韩卫东", [
            ("违法占地巡查发现不报", "一级", "未发现问题", "巡查轨迹每周上传,镇纪委抽查", "长期坚持"),
            ("农村建房初审把关不严", "二级", "1户超面积建房未及时制止", "下达整改通知,督促限期整改",
             "2024年7月底"),
        ]),
        ("劳动保障所", "秦丽", [
            ("城乡居民养老保险待遇资格认证不实", "三级", "发现2名已故人员未及时停发待遇",
             "停发并追回待遇", "2024年5月底"),
            ("公益性岗位人员考勤把关不严", "三级", "未发现问题", "每月抽查考勤并公示", "长期坚持"),
        ]),
    ]  # fmt: skip
    first, n = len(sh.rows), 0
    for station, head, items in stations:
        for point, level, found, fix, due in items:
            n += 1
            sh.add(n, station, head, point, level, found, fix, due)
            t.point(sh.name, station, "", head, None, point, [], ORDINAL[level])
    _merge_runs(sh, first, [(1, 2)])
    sh.add()
    r = sh.add("说明:风险等级分一级(高)、二级(中)、三级(低)。", *([None] * 7))
    sh.merge(r, 0, r, 7)
    sh.add("镇纪委审核:", None, None, None, "镇党委审定:", None, None, None)
    return _layout(
        "township_station_selfcheck_ledger", "https://public.xinmi.gov.cn/D47Y/2131768.jhtml",
        "(harder) 镇 站所廉政风险自查自纠台账 after the source's news item on a 镇纪委 站所长 meeting (各站所"
        "自查自纠, 建立问题台账, 制定整改方案): 填报单位/填报时间 line; a two-row heading — 序号/站所/站所长 "
        "merged down, ``风险排查`` over 风险点/风险等级, ``自查自纠`` over 自查情况/整改措施/完成时限; the "
        "holders' names under ``站所长`` (no 姓名 heading), 站所 and 站所长 merged per 站所; levels 一级/二级/"
        "三级 explained by a 说明 line; 自查情况 ``未发现问题``, 完成时限 ``长期坚持``; 审核/审定 line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- everyday layouts


def village_affairs_clearance_list() -> dict:
    unit = "XX县XX镇新华村"
    sh = _Sheet("防控清单", [5, 12, 16, 30, 8, 32, 13, 13])
    t = _Truth(unit)
    sh.title(f"{unit}村级事务廉政防控清单", 8)
    sh.add("序号", "事项类别", "事项名称", "廉政风险点", "风险等级", "防控措施", "责任人", "监督人")
    groups = [
        ("重大事项决策", [
            ("村级重大事项决策", "未按“四议两公开”程序决策,个人说了算", "高",
             "严格执行“四议两公开”,会议记录存档备查。", "村党支部书记"),
            ("集体资产资源发包", "集体资产资源低价发包、出租,优亲厚友", "高",
             "发包方案经村民代表会议通过,进镇农村产权交易平台公开交易。", "村委会主任"),
        ]),
        ("审批服务", [
            ("宅基地申请初审", "对不符合条件的建房申请出具同意意见", "中",
             "申请条件公开,初审意见经村“两委”集体研究并公示。", "村委会主任"),
            ("低保对象民主评议", "评议走过场,搞人情保、关系保", "高",
             "村务监督委员会全程参加评议,结果张榜公示7天。", "村党支部书记"),
        ]),
        ("便民服务", [
            ("各类证明出具", "违规出具证明或借机收取费用", "低", "证明事项清单上墙,出具证明登记备查。",
             "村文书"),
            ("村级财务报账", "白条入账、虚列开支", "中", "票据经村务监督委员会审核签字后报镇“三资”代理中心。",
             "村报账员"),
            ("惠农补贴资料收集", "代领冒领、截留惠农补贴", "中", "补贴名单村组公示,资金“一卡通”直达农户。",
             "村报账员"),
        ]),
    ]  # fmt: skip
    first, n = len(sh.rows), 0
    for kind, items in groups:
        for item, point, level, measures, post in items:
            n += 1
            sh.add(n, kind, item, point, level, measures, post, "村务监督委员会主任")
            t.point(sh.name, "", post, "", _tier(post), point, [], HML[level])
    _merge_runs(sh, first, [(1,), (7,)])
    sh.add()
    r = sh.add(
        "注:重点审批事项廉政风险点在村务公开栏公示,接受群众监督。监督举报电话:12388", *([None] * 7)
    )
    sh.merge(r, 0, r, 7)
    sh.add("公示时间:2024年4月", None, None, None, None, "村务监督委员会(盖章)", None, None)
    return _layout(
        "village_affairs_clearance_list", "http://www.zysjw.gov.cn/html/lzyw/xqdt/gaotai/6772.html",
        "村 村级事务廉政防控清单 对岗不对人 after the source's news item on a county's ``412`` 机制 (村级事务廉政"
        "防控清单: 重大事项决策、审批、便民服务 事项逐项梳理风险点, 重点审批事项公示, 村务监督委员会): 事项类别 "
        "merged down, 事项名称, 廉政风险点, 高/中/低, the post in a 责任人 column (村党支部书记, 村委会主任, 村文书, "
        "村报账员), a 监督人 column ``村务监督委员会主任`` merged down the whole table; 注 and 公示 lines",
        [sh], t,
    )  # fmt: skip


def village_cadre_selfcheck_sheets() -> dict:
    unit = "XX县XX镇东岗村"
    t = _Truth(unit)
    cadres = [
        ("书记主任", "高建军", "村党组织书记、村委会主任", "2021年10月", [
            ("主持村“两委”全面工作", "插手村级工程项目,为亲友承揽工程提供便利", "岗位职责", "高",
             "执行村干部不得承揽本村工程的规定,工程项目进镇公共资源交易平台。"),
            ("主持村“两委”全面工作", "重大事项不经集体研究个人拍板", "制度机制", "高",
             "落实“四议两公开”,镇包村干部列席会议。"),
            ("负责涉农资金项目落实", "虚报冒领、截留挪用涉农财政资金", "思想道德、岗位职责", "高",
             "资金使用全程公开,接受村务监督委员会监督。"),
            ("负责班子队伍建设", "对村干部违规行为不制止、不报告", "外部环境", "中",
             "定期向镇党委报告,开展提醒谈话。"),
        ]),
        ("副主任", "刘春梅", "村委会副主任", "2021年10月", [
            ("负责民政、低保初审", "低保评议中优亲厚友", "思想道德", "中",
             "评议结果公示,近亲属申请时本人主动回避。"),
            ("负责土地、宅基地管理", "宅基地初审中收受好处", "岗位职责", "中", "初审意见集体研究,结果公开。"),
        ]),
        ("报账员", "郑小兵", "村报账员", "2022年3月", [
            ("负责村级报账", "白条抵库、坐支现金", "制度机制", "中", "现金日清月结,每月与镇代理中心对账。"),
            ("负责村级报账", "报销凭证手续不全仍予报账", "业务流程", "低", "凭证经村务监督委员会审核签字。"),
            ("负责集体收入收缴", "集体收入不入账、私设“小金库”", "思想道德、制度机制", "高",
             "收款票据统一领用,收入当日存入村集体账户。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for sheet_name, name, post, since, items in cadres:
        sh = _Sheet(sheet_name, [6, 18, 28, 14, 8, 30])
        sh.title("村“两委”干部岗位廉政风险自查表", 6)
        r = sh.add(f"所在村:{unit}", None, None, None, None, None)
        sh.merge(r, 0, r, 5)
        sh.add("姓  名", name, "职  务", post, "任职时间", since)
        sh.add("序号", "岗位职责", "风险点", "风险类型", "风险等级", "防控措施")
        first = len(sh.rows)
        for i, (duty, point, typ, level, measures) in enumerate(items, 1):
            sh.add(i, duty, point, typ, level, measures)
            t.point(sh.name, "", post, name, _tier(post), point, types_in(typ), HML[level])
        _merge_runs(sh, first, [(1,)])
        sh.add()
        sh.add("本人签字:", None, None, "镇纪委审核意见:", None, None)
        sh.add(None, None, None, None, "年  月  日", None)
        sheets.append(sh)
    return _layout(
        "village_cadre_selfcheck_sheets", "http://bjlmhh.com/rdsp/202111/t20211110_7305630.shtml",
        "村“两委”干部 岗位廉政风险自查表 after the source's commentary on watching the new 村“两委” cadres after "
        "换届 (承揽本村工程, 涉农财政资金 虚报冒领、截留挪用): one sheet per cadre (书记主任/副主任/报账员), a "
        "``所在村:`` line, 姓名/职务/任职时间 pairs, the 一肩挑 post ``村党组织书记、村委会主任``; 岗位职责 merged, "
        "风险类型 (two joined by 、 now and then), 高/中/低; 本人签字 / 镇纪委审核意见 below",
        sheets, t,
    )  # fmt: skip


def community_grid_watchers() -> dict:
    unit = "XX区XX街道花苑社区"
    sh = _Sheet("排查表", [5, 16, 8, 16, 30, 8, 30, 10])
    t = _Truth(unit)
    sh.title(f"{unit}“小微权力”廉政风险点排查表", 8)
    sh.add(
        "序号", "岗位", "姓名", "小微权力事项", "廉政风险点", "风险等级", "防控措施", "廉情监督员"
    )
    rows = [
        ("社区党委书记", "何丽华", "社区重大事项决策", "重大事项不经社区党委会、居民代表会议研究", "高",
         "落实“五议两公开”,会议纪要存档。", "钱国良"),
        ("社区党委书记", "何丽华", "共建单位资金使用", "共建资金使用情况不公开", "中",
         "资金使用每季度在居务公开栏公示。", "钱国良"),
        ("居委会主任", "孔德新", "居民低保初审", "入户调查不实,为不符合条件的居民出具意见", "高",
         "入户调查两人以上,初审结果公示。", "钱国良"),
        ("居委会主任", "孔德新", "物业服务考评", "接受物业企业宴请,考评打分放水", "中",
         "考评邀请业主代表参加,结果公开。", "钱国良"),
        ("网格长(第一网格)", "许晓燕", "网格人员信息采集", "泄露、倒卖居民个人信息", "中",
         "信息系统分级授权,查询留痕。", "吴桂兰"),
        ("网格长(第三网格)", "曹立伟", "困难群众走访慰问", "慰问对象确定优亲厚友,截留慰问品", "中",
         "慰问名单网格内公示,领取签字。", "吴桂兰"),
        ("社区会计", "金晶", "社区经费报销", "虚开发票套取社区工作经费", "高",
         "报销经书记、主任双签,街道财政所审核。", "严玉芳"),
        ("社区会计", "金晶", "服务群众专项经费管理", "专项经费挪作他用", "低",
         "专款专用,年底公开使用情况。", "严玉芳"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, name, power, point, level, measures, watcher) in enumerate(rows, 1):
        sh.add(n, post, name, power, point, level, measures, watcher)
        t.point(sh.name, "", post, name, _tier(post), point, [], HML[level])
    _merge_runs(sh, first, [(1, 2), (7,)])
    sh.add()
    sh.add("社区党委(盖章)", None, None, None, "2024年8月", None, None, None)
    return _layout(
        "community_grid_watchers", "https://jsnews.jschina.com.cn/shms/202408/t20240814_3446573.shtml",
        "社区 “小微权力”廉政风险点排查表 after the source's news item on a 社区's 清廉网格 (社区党委、网格党支部, 5个"
        "网格, 小微权力, 廉情监督小组 of 退休党员/楼道长): 岗位/姓名 merged per person, 小微权力事项 before the "
        "廉政风险点, posts ``网格长(第一网格)``/``网格长(第三网格)``, 高/中/低, a 廉情监督员 column of names "
        "merged over the rows each watches (watchers); 盖章 and date line",
        [sh], t,
    )  # fmt: skip


def school_canteen_posts() -> dict:
    unit = "XX县第三中学"
    sh = _Sheet("食堂", [5, 12, 8, 34, 8, 34, 12])
    t = _Truth(unit)
    sh.title(f"{unit}食堂岗位廉政风险点排查表", 7)
    r = sh.add("(学校自主经营食堂)", *([None] * 6))
    sh.merge(r, 0, r, 6)
    sh.add("序号", "岗位", "姓名", "风险点", "风险等级", "防控措施", "监督人")
    rows = [
        ("校长", "苏卫国", "大宗食材供应商选定中插手干预", "Ⅰ级", "供应商经公开招标确定,校务会集体研究。"),
        ("分管副校长", "程丽", "膳食经费收支审批把关不严", "Ⅱ级", "膳食经费单独建账,每月公示收支。"),
        ("总务主任", "袁明", "食材采购指定供应商、收受回扣", "Ⅰ级", "大宗食材集中采购,询价记录存档。"),
        ("总务主任", "袁明", "挤占挪用学生伙食费", "Ⅰ级", "伙食费专款专用,不得列支教职工福利。"),
        ("食堂管理员", "邵红", "食材验收不严,以次充好、缺斤短两", "Ⅱ级", "双人验收,验收记录全程留痕。"),
        ("保管员", "魏国华", "虚假出入库,食材账实不符", "Ⅱ级", "出入库逐笔登记,每月盘点。"),
        ("会计", "吕芳", "虚列食堂支出", "Ⅱ级", "支出凭证附验收单、入库单,审计抽查。"),
        ("采购员", "罗建", "采购价格明显高于市场价", "Ⅲ级", "每周公布主要食材采购价格。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, name, point, level, measures) in enumerate(rows, 1):
        sh.add(n, post, name, point, level, measures, "膳食管理委员会")
        t.point(sh.name, "", post, name, _tier(post), point, [], ROMAN[level])
    _merge_runs(sh, first, [(6,)])
    sh.add()
    sh.add("填表人:袁明", None, None, "审核人:苏卫国", "2024年11月", None, None)
    return _layout(
        "school_canteen_posts", "http://www.tq.gov.cn/tq/2024-12/16/article_2024121609425418985.html",
        "中学 食堂岗位廉政风险点排查表 after the source's news item on a county audit of school 膳食经费 (自主经营"
        "食堂, 食材采购, 虚列支出, 挤占挪用学生伙食费, 虚假食材出入库): a ``(学校自主经营食堂)`` line, 岗位/姓名 "
        "per row, Ⅰ级/Ⅱ级/Ⅲ级, a 监督人 column ``膳食管理委员会`` merged down; 填表人/审核人 line naming two "
        "holders",
        [sh], t,
    )  # fmt: skip


def school_three_fields_offices() -> dict:
    unit = "XX区实验小学"
    sh = _Sheet("防控表", [10, 5, 32, 8, 34, 10, 9])
    t = _Truth(unit)
    sh.title(f"{unit}“校园餐”、教辅征订、校服采购廉政风险防控表", 7)
    sh.add("领域", "序号", "风险点", "风险等级", "防控措施", "责任处室", "责任人")
    fields = [
        ("校园餐", [
            ("挤占挪用、克扣截留学生伙食费", "高", "伙食费专账管理,收支每月公示。", "总务处", "丁伟"),
            ("食材招标采购中暗箱操作、收受回扣", "高", "大宗食材统一招标,纪检委员全程监督。", "总务处", "丁伟"),
            ("教职工免费吃学生餐", "中", "教职工就餐按标准缴费,陪餐登记。", "总务处", "丁伟"),
        ]),
        ("征订教辅", [
            ("强制或变相强制学生订购目录外教辅", "高", "执行“一科一辅”和自愿征订,目录告知家长。", "教务处",
             "任晓梅"),
            ("教师暗示学生到指定地点购买教辅", "中", "签订不推销教辅承诺书,公布举报电话。", "教务处", "任晓梅"),
        ]),
        ("购买校服", [
            ("未遵循自愿原则强制学生购买校服", "中", "校服选用经家长委员会讨论,书面征求家长意见。", "德育处",
             "邓建"),
            ("校服采购未按规定公开招标", "高", "委托采购代理机构公开招标,结果公示。", "总务处", "丁伟"),
            ("校服质量不符合国家标准", "低", "到货抽样送检,检测报告公示。", "德育处", "邓建"),
        ]),
    ]  # fmt: skip
    first, n = len(sh.rows), 0
    for field, items in fields:
        for point, level, measures, office, name in items:
            n += 1
            sh.add(field, n, point, level, measures, office, name)
            t.point(sh.name, office, "", name, None, point, [], HML[level])
    _merge_runs(sh, first, [(0,)])
    sh.add()
    sh.add("学校纪检委员:", None, None, None, "2025年6月", None, None)
    return _layout(
        "school_three_fields_offices", "http://m.digipub.cc/dy/article/KBH9DF0A055612FX.html",
        "小学 “校园餐”、教辅征订、校服采购 廉政风险防控表 after the source's commentary on the 基础教育规范管理 负面"
        "清单 (深化整治 校园餐, 利用征订教辅及购买校服谋利; 食堂员工截留侵占食材, 食堂经理): "
        "领域 merged down in column A BEFORE 序号, 风险点, 高/中/低, 防控措施, no post column, the 责任处室 and the "
        "责任人's name at the right (总务处 holds points of two 领域)",
        [sh], t,
    )  # fmt: skip


def school_staff_label_rows() -> dict:
    unit = "XX县XX镇中心小学"
    t = _Truth(unit)
    staff = [
        ("薛军", "副校长", "校长室", "分管后勤、安全", [
            ("分管后勤采购", "政府采购项目化整为零规避采购", "高风险", "采购项目年初编入预算,校代会审议。"),
            ("分管校舍维修", "维修工程指定施工队伍", "中风险", "维修工程三家以上比价,结果公示。"),
        ]),
        ("朱海涛", "总务主任", "总务处", "负责采购与资产", [
            ("负责物品采购", "超标准采购,以次充好", "高风险", "严格执行采购计划,主管校长审批。"),
            ("负责物品采购", "以少报多、收受回扣", "高风险", "实物与发票核对验收,验收人签字。"),
            ("负责固定资产管理", "资产出借、报废不按程序", "低风险", "资产处置报教育局审批,台账每年清查。"),
        ]),
        ("胡蓉", "报账员", "总务处", "负责经费报账", [
            ("负责经费报账", "报销票据审核不严,虚列支出", "中风险", "票据经经手人、验收人、审批人三签。"),
            ("负责现金管理", "公款私存、坐支现金", "中风险", "现金日清月结,定期与银行对账。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for name, post, office, work, items in staff:
        sh = _Sheet(name, [6, 16, 32, 10, 32])
        sh.title(f"{unit}教职工岗位廉政风险自查表", 5)
        sh.add("姓名", "职务", "所在处室", "分管(负责)工作", "联系电话")
        sh.add(name, post, office, work, "139****" + str(1200 + len(sheets)))
        sh.add("序号", "工作职责", "风险点", "风险等级", "防控措施")
        first = len(sh.rows)
        for i, (duty, point, level, measures) in enumerate(items, 1):
            sh.add(i, duty, point, level, measures)
            t.point(sh.name, office, post, name, _tier(post), point, [], WORDED[level])
        _merge_runs(sh, first, [(1,)])
        sh.add()
        sh.add(f"自查人签名:{name}", None, "校长审核签名:", None, "2024年9月")
        sheets.append(sh)
    return _layout(
        "school_staff_label_rows", "https://m.bdocx.com/doc/20245110.html",
        "中心小学 教职工岗位廉政风险自查表 after the source's 中小学 内控 rulebook (主管校长负责, 总务主任直接负责采购, "
        "不准以次充好、以少报多、拿回扣, 实物与发票核对验收, 采购项目编入预算): one sheet per person named after "
        "him, a row of labels 姓名/职务/所在处室/分管(负责)工作/联系电话 and the values in the row below, 工作职责 "
        "merged, levels 高风险/中风险/低风险, a 自查人签名 line naming the holder",
        sheets, t,
    )  # fmt: skip


def hospital_branch_selfcheck() -> dict:
    unit = "XX市第三人民医院"
    sh = _Sheet("自查表", [5, 12, 10, 8, 8, 28, 14, 8, 28, 10])
    t = _Truth(unit)
    sh.title(f"{unit}科室廉洁风险自查表(第二季度)", 10)
    sh.add("序号", "党支部", "科室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施",
           "支部纪检委员")  # fmt: skip
    branches = [
        ("行政党支部", "包志勇", [
            ("采购管理科", "科长", "汤建华", "药品耗材采购需求论证走过场", "制度机制", "高",
             "采购需求由使用科室、采购科室和纪检委员共同论证。"),
            ("采购管理科", "科长", "汤建华", "与供应商私下接触,泄露采购信息", "思想道德、外部环境", "高",
             "开标前信息保密,评标全程录像。"),
            ("基建科", "科长", "齐文斌", "工程变更签证审核不严", "业务流程", "中",
             "变更签证分级审批,审计科交叉复核。"),
            ("人事科", "科员", "米佳", "职称推荐中资格审查不严", "岗位职责", "中", "资格审查两人复核,结果公示。"),
        ]),
        ("医技党支部", "段小红", [
            ("药剂科", "主任", "葛丽萍", "统方信息泄露给医药代表", "岗位职责、外部环境", "高",
             "统方权限分级管理,查询留痕。"),
            ("病案统计科", "主任", "牛振华", "上报医疗统计数据不实", "业务流程", "低", "统计数据与病案首页定期比对。"),
        ]),
        ("临床党支部", "路晓峰", [
            ("骨科", "主任", "钟国强", "高值耗材使用收受回扣", "思想道德", "高", "高值耗材使用点评,异常用量约谈。"),
            ("骨科", "护士长", "卢敏", "耗材计费与实际使用不符", "制度机制", "低", "耗材扫码计费,每月核对。"),
        ]),
    ]  # fmt: skip
    first, n = len(sh.rows), 0
    for branch, watcher, items in branches:
        for dept, post, name, point, typ, level, measures in items:
            n += 1
            sh.add(n, branch, dept, post, name, point, typ, level, measures, watcher)
            t.point(sh.name, dept, post, name, _tier(post), point, types_in(typ), HML[level])
    _merge_runs(sh, first, [(1,), (2,), (3, 4), (9,)])
    sh.add()
    sh.add(
        "科室负责人签字:", None, None, None, None, "医院纪委审核:", None, None, "2025年7月", None
    )
    return _layout(
        "hospital_branch_selfcheck", "https://max.book118.com/html/2026/0114/5103143130013104.shtm",
        "人民医院 科室廉洁风险自查表 after the source's 医院党风廉政建设责任追究制度 (责任清单“三级九类”: 党委—党支部"
        "—科室; 支部 教育提醒、日常监督, 科室 业务合规、风险防控、数据真实; 选人用人, 关键岗位人员): 党支部 merged "
        "down before 科室, 科室/岗位/姓名 merged, 风险类型 (two joined by 、 now and then), 高/中/低, a 支部纪检委员 "
        "column of names merged per 党支部 (watchers); 科室负责人签字 / 纪委审核 line",
        [sh], t,
    )  # fmt: skip


def health_center_ordinal_levels() -> dict:
    unit = "XX县XX镇卫生院"
    sh = _Sheet("一览表", [5, 12, 12, 32, 8, 34, 9])
    t = _Truth(unit)
    sh.title(f"{unit}岗位廉政风险点一览表", 7)
    sh.add("序号", "科室", "岗位", "风险点", "风险等级", "防控措施", "责任人")
    rows = [
        ("院办", "院长", "大额资金使用、设备购置个人决定", "一级", "“三重一大”事项院务会集体研究。", "江海波"),
        ("收费室", "收费员", "违规收费、分解收费", "二级", "收费项目价格公示,医保数据每月比对。", "覃丽"),
        ("收费室", "收费员", "收费不开票据、截留现金", "一级", "票据连号使用,日结日缴。", "覃丽"),
        ("医保办", "医保专干", "串换诊疗项目套取医保基金", "一级", "医保结算清单逐月审核,疑点数据逐条核实。", "贺明"),
        ("药房", "药房负责人", "药品不在平台采购、收受回扣", "一级", "药品统一平台采购,入库验收双签。", "龚雪"),
        ("公共卫生科", "公卫专干", "虚报公卫服务人次套取补助", "二级", "服务记录电话回访抽查。", "甘文"),
        ("公共卫生科", "公卫专干", "村医补助分配不公", "三级", "补助按考核结果分配并公示。", "甘文"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, point, level, measures, name) in enumerate(rows, 1):
        sh.add(n, dept, post, point, level, measures, name)
        t.point(sh.name, dept, post, name, _tier(post), point, [], ORDINAL[level])
    _merge_runs(sh, first, [(1,), (2, 6)])
    sh.add()
    sh.add("卫生院党支部(盖章)", None, None, "镇纪委审核:", None, "2025年3月", None)
    return _layout(
        "health_center_ordinal_levels", "https://www.chaxiaohao.com/read-1750253138l482893.html",
        "镇卫生院 岗位廉政风险点一览表 after the source's piece on 乡镇纪检 work that cites 卫生院 违规收费 found by "
        "comparing 医保 data (教育医疗 微腐败): 科室 merged down, 岗位, 风险点, levels 一级/二级/三级, 防控措施, "
        "the holder's name in a trailing 责任人 column (岗位 and 责任人 merged per person); 盖章/审核 line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    township_station_selfcheck_ledger(),
    village_affairs_clearance_list(),
    village_cadre_selfcheck_sheets(),
    community_grid_watchers(),
    school_canteen_posts(),
    school_three_fields_offices(),
    school_staff_label_rows(),
    hospital_branch_selfcheck(),
    health_center_ordinal_levels(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` (re-saved copies ``resaved/b38_*``, none kept)."""
    return _build(outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX)


if __name__ == "__main__":
    import sys

    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch38-inbox"))

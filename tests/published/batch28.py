"""A twenty-eighth batch of layouts modelled on published tables, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: EVERYDAY MESSINESS in how the cells are written rather
than exotic shapes — what a 纪委 gets when eight offices type their tables by hand:

- a 自然资源所 排查表 whose title names the 所 after the 局: 序号 written ``1、`` ``2、``, names with
  stray spaces inside (``王 强``, ``李  娟``, ``赵\u3000敏``), levels with a stray space (``高 ``, `` 中``);
- a 水利水电局 排查表 with full-width and half-width brackets mixed in its headings (``科室(股室)``,
  ``风险等级（高/中/低）``) and type cells joined by ``、`` ``，`` ``/`` and `` / ``;
- a 人民医院 排查表 with line breaks inside its risk cells, levels ``高风险``/``中风险``/``低风险``
  and a trailing 备注 column of text (no point);
- a 镇 岗位廉政风险点一览表 with no names (对岗不对人): 站所 written once per block (not merged),
  the 岗位 merged over its points, blank rows between posts, levels ``（高）``/``(中)``/``（低）``
  and a 合计 line;
- a 交警大队 排查表 with 序号 written ``(1)``, 科室 merged, the 岗位 merged over the points of two
  people while each 姓名 is repeated on every row;
- a 交警大队 sheet holding TWO small tables, one per 中队, each under its own heading naming the
  中队 and its own header row;
- a 事故中队 表 whose title names the 中队 after the 大队, with spaces inside the header cells
  (``岗\u3000位``, ``姓 名``) and a level header written ``风险等级\\n（高、中、低）``.

One is harder:

- ``enforcement_watchers_vacancy``: a 交通运输综合执法大队 排查表 with a 分管领导 column of names
  merged per 中队 beside the 姓名 column (watchers), a post written ``空缺``, a headcount
  ``执法队员(6人)`` written in the 姓名 cell, types joined by mixed separators and a 备注 column.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; these pages describe their subject in prose (explainers of a 国土所, a 交警
大队, a 事故中队, a 交通执法大队, a report on 河道采砂, a news item on 药品回扣 in a hospital, a
county's 惠农资金 rules) and the layout follows their words for the unit, its parts, its posts
and its risks. The rows are worded by us, the names invented.

Run ``python tests/published/score.py --set batch28`` and do not tune the reader against it, or it
stops being held out. No LibreOffice re-saved copies are kept for this batch.

Judgement calls this batch leans on, beyond those of the earlier batches:

- a name with spaces inside is the same name without them (truth ``王强`` for ``王 强``);
- ``高 ``, ``（高）``, ``(高)`` and ``高风险`` are level 高; a type cell names each type it holds,
  whatever joins them;
- a 所/中队 named in a title after the unit is the 科室 of every post under that title; on a sheet
  with two tables, each table's own heading names its 中队;
- a 站所 written once on the first row of its block is the 科室 of the rows below it until the next;
- ``空缺`` names nobody (person ""); ``执法队员(6人)`` in the 姓名 cell is a headcount (person "");
- a 分管领导 column of names beside a 姓名 column watches the posts;
- 备注 text, a 合计 line and blank rows are no points.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``layouts.write_xlsx``) and writes
``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b28_"
VACANT = "空缺"
HEADCOUNT = "执法队员(6人)"
FW = "\u3000"
TIER = {"所长": "middle", "副所长": "middle", "股长": "middle", "科长": "middle",
        "中队长": "middle", "站长": "middle", "所长(站长)": "middle", "主任": "middle",
        "药剂科主任": "middle", "设备科科长": "middle", "大队长": "middle"}  # fmt: skip


def _tier(post: str) -> str:
    return TIER.get(post, "general")


def _level(text: str) -> int:
    """The level a messy level cell names (``高 ``, ``（高）``, ``高风险``…)."""
    return next(v for k, v in HML.items() if k in text)


def _merge_runs(sh: _Sheet, first: int, col: int, key) -> None:
    """Merge ``col`` over each run of rows from ``first`` with the same ``key(row)``."""
    last = len(sh.rows) - 1
    r = first
    while r <= last:
        e = r
        while e < last and key(e + 1) == key(r):
            e += 1
        if e > r:
            for k in range(r + 1, e + 1):
                sh.rows[k][col] = None
            sh.merges.append((r, col, e, col))
        r = e + 1


# --------------------------------------------------------------------------- harder layout


def enforcement_watchers_vacancy() -> dict:
    unit = "XX市交通运输综合行政执法大队"
    sh = _Sheet("排查表", [5, 12, 12, 12, 32, 18, 8, 28, 9, 12])
    t = _Truth(unit)
    sh.title(f"{unit}岗位廉政风险点排查表", 10)
    sh.add(
        "序号", "中队", "岗位", "姓名", "风险点", "风险类型", "等级", "防控措施", "分管领导", "备注"
    )
    squads = [
        ("路面执法一中队", "韩东升", [
            ("中队长", "邵文军", [
                ("对非法营运车辆查扣后违规放行", "岗位职责、外部环境", "高",
                 "查扣车辆放行经大队法制审核。", ""),
                ("罚没款收缴不及时,坐支截留", "制度机制/业务流程", "中",
                 "罚没款当场开票,次日缴入专户。", ""),
            ]),
            ("执法队员", HEADCOUNT, [
                ("路面检查时接受当事人吃请、礼品", "思想道德，外部环境", "中",
                 "执法记录仪全程开启,每周抽查。", "6人共用一张表"),
            ]),
        ]),
        ("路面执法二中队", "韩东升", [
            ("中队长", "龚丽萍", [
                ("超限车辆处罚自由裁量随意", "岗位职责 / 业务流程", "高",
                 "执行处罚裁量基准,案卷集体评查。", ""),
            ]),
            ("法制员", VACANT, [
                ("案件审核把关不严,降格处理", "岗位职责", "中",
                 "审核意见书面留存,大队长复核。", "岗位暂缺,由中队长代管"),
            ]),
        ]),
        ("运政稽查中队", "段卫国", [
            ("中队长", "苗志远", [
                ("出租车经营资格检查走过场", "业务流程、制度机制", "低",
                 "检查结果录入系统,随机复查。", ""),
                ("对投诉举报压案不查", "思想道德/岗位职责", "中",
                 "投诉件登记编号,办结回访。", ""),
            ]),
        ]),
    ]  # fmt: skip
    first, n = len(sh.rows), 0
    for squad, leader, people in squads:
        for post, who, items in people:
            holder = "" if who in (VACANT, HEADCOUNT) else who
            for point, typ, level, measures, note in items:
                n += 1
                sh.add(n, squad, post, who, point, typ, level, measures, leader, note or None)
                t.point(sh.name, squad, post, holder, _tier(post), point, types_in(typ),
                        HML[level])  # fmt: skip
    _merge_runs(sh, first, 1, lambda k: sh.rows[k][1])
    _merge_runs(sh, first, 8, lambda k: _dept_of(sh, first, k))  # the 分管领导 merged per 中队
    sh.add()
    sh.add("大队纪检组审核:", None, None, None, "填报日期:2024年5月", None, None, None, None, None)
    return _layout(
        "enforcement_watchers_vacancy", "https://www.bkwk.cn/article/wcjtzfddshaqlhhbxxjmrczfnxse.html",
        "(harder) 交通运输综合行政执法大队 排查表 after the source's explainer of a 交通执法大队 with several 中队 (查处"
        "非法营运/超速, 罚款/扣分/暂扣, 执法人员): 序号/中队 merged/岗位/姓名/风险点/风险类型 joined by 、 / ， and ' / '/"
        "等级 高/中/低/防控措施/分管领导 names (watchers) beside 姓名/备注 text; a 法制员 ``空缺`` and a headcount "
        "``执法队员(6人)`` in the 姓名 cell; 纪检组审核 line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- everyday layouts


def land_office_serial_dun() -> dict:
    unit = "XX县自然资源局"
    office = "城关自然资源所"
    sh = _Sheet("排查表", [6, 12, 10, 34, 8, 32])
    t = _Truth(unit)
    sh.title(f"{unit}{office}岗位廉政风险点排查表", 6)
    sh.add("序号", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("所长", "王 强", "王强", "宅基地审批中优亲厚友,违规审批", "高 ", "审批结果在村务公开栏公示。"),
        ("所长", "王 强", "王强", "违法用地查处降格处理、以罚代拆", "高 ", "查处意见所务会集体研究。"),
        ("副所长", "李  娟", "李娟", "土地确权登记中接受当事人宴请", " 中", "确权资料两人核对,登记留痕。"),
        ("土地管理员", "赵" + FW + "敏", "赵敏", "动态巡查发现违法占地隐瞒不报", "高 ", "巡查轨迹上传,所长每周抽查。"),
        ("土地管理员", "赵" + FW + "敏", "赵敏", "为村民代办用地手续收取好处费", " 中", "代办事项登记,回访群众。"),
        ("矿产管理员", "孙 立 新", "孙立新", "对无证采矿点通风报信", "中", "巡查与查处分离,县局不定期暗访。"),
        ("综合岗", "钱 芳", "钱芳", "档案资料外借泄露权属信息", "低", "档案借阅审批登记。"),
    ]  # fmt: skip
    for n, (post, cell, who, point, level, measures) in enumerate(rows, 1):
        sh.add(f"{n}、", post, cell, point, level, measures)
        t.point(sh.name, office, post, who, _tier(post), point, [], _level(level))
    sh.add()
    sh.add("所长签字:", None, None, "县局纪检组审核:", None, None)
    return _layout(
        "land_office_serial_dun", "https://news.tengtv.com/zhyw/202509/466999.html",
        "自然资源所 排查表 after the source's explainer of a 国土所 (县局派出, 所长/副所长/土地管理员/矿产管理员/综合岗; "
        "土地确权登记, 违法用地查处, 宅基地审批, 矿产监管): title names the 所 after the 局; 序号 ``1、``; names with "
        "stray spaces (``王 强``, ``李  娟``, full-width ``赵\u3000敏``, ``孙 立 新``) repeated per row; levels "
        "``高 ``/`` 中``/低; sign-off line",
        [sh], t,
    )  # fmt: skip


def water_bureau_type_separators() -> dict:
    unit = "XX县水利水电局"
    sh = _Sheet("风险点", [5, 14, 10, 9, 32, 22, 10, 30])
    t = _Truth(unit)
    sh.title(f"{unit}岗位廉政风险点及防控措施一览表", 8)
    sh.add("序号", "科室(股室)", "岗位", "姓名", "风险点", "风险类型", "风险等级（高/中/低）",
           "防控措施")  # fmt: skip
    depts = [
        ("河道管理股", [
            ("股长", "冯建波", "河道采砂许可中为不符合条件的砂场发证", "岗位职责、业务流程", "高",
             "采砂许可现场勘验,股室集体审核,结果公示。"),
            ("股长", "冯建波", "采砂规划编制受砂场主干扰", "制度机制，外部环境", "中",
             "规划编制委托第三方,专家评审。"),
            ("科员", "褚晓雯", "禁采期巡查不到位,对非法采砂睁一只眼闭一只眼", "思想道德/岗位职责", "中",
             "巡查记录每日上报,县局随机暗访。"),
        ]),
        ("水政监察大队", [
            ("大队长", "卫振国", "非法采砂案件以罚代刑、降格处理", "岗位职责,外部环境", "高",
             "案件移送标准公开,重大案件集体讨论。"),
            ("水政监察员", "蒋一鸣", "扣押采砂船只后违规放行", "业务流程 / 制度机制", "中",
             "扣押、放行经大队长和分管局长签批。"),
        ]),
        ("农村水利股", [
            ("股长", "沈红梅", "小型水利工程验收降低标准", "岗位职责;业务流程", "中",
             "验收邀请受益村代表参加。"),
            ("科员", "韩小龙", "抗旱物资发放虚报冒领", "制度机制、思想道德", "低",
             "物资发放签字领取,名单公示。"),
        ]),
    ]  # fmt: skip
    first, n = len(sh.rows), 0
    for dept, items in depts:
        for post, who, point, typ, level, measures in items:
            n += 1
            sh.add(n, dept, post, who, point, typ, level, measures)
            t.point(sh.name, dept, post, who, _tier(post), point, types_in(typ), HML[level])
    _merge_runs(sh, first, 1, lambda k: sh.rows[k][1])
    sh.add()
    sh.add("注:风险类型可多选,用顿号隔开。", None, None, None, None, None, None, None)
    sh.merge(len(sh.rows) - 1, 0, len(sh.rows) - 1, 7)
    return _layout(
        "water_bureau_type_separators", "https://www.360docs.net/doc/5817936648.html",
        "县水利水电局 一览表 after the source's report on 河道采砂 (县水利水电局及其河道管理机构, 砂场许可证, 禁采期, "
        "采砂船, 行洪安全): headings mixing half- and full-width brackets (``科室(股室)``, ``风险等级（高/中/低）``); "
        "科室 merged; 风险类型 cells joined by 、 ， , / ' / ' ; (two types in every cell); 高/中/低; 注 line",
        [sh], t,
    )  # fmt: skip


def hospital_remarks_linebreaks() -> dict:
    unit = "XX县人民医院"
    sh = _Sheet("排查表", [5, 10, 12, 9, 34, 9, 30, 16])
    t = _Truth(unit)
    sh.title(f"{unit}重点岗位廉洁风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉洁风险点", "风险等级", "防控措施", "备注")
    rows = [
        ("药剂科", "药剂科主任", "彭 涛", "彭涛", "药品遴选时倾向特定厂家,\n收受药品回扣", "高风险",
         "新药引进经药事管理委员会集体决定。", "重点岗位"),
        ("药剂科", "药剂科主任", "彭 涛", "彭涛", "药品用量统计数据\n向医药代表泄露", "中风险",
         "统方权限分级,查询留痕。", None),
        ("药剂科", "采购员", "曹雪", "曹雪", "药品采购\n不按中标价格执行", "中风险",
         "采购价格系统比对,财务复核。", "2023年新增"),
        ("设备科", "设备科科长", "严立军", "严立军", "医疗设备采购设置排他性参数", "高风险",
         "采购参数论证会论证,纪检全程监督。", "与招标办联动"),
        ("设备科", "设备科科长", "严立军", "严立军", "设备验收\n走过场、以次充好", "中风险",
         "验收由使用科室、设备科、审计三方签字。", None),
        ("设备科", "维修工程师", "金 鑫", "金鑫", "维修配件虚报数量", "低风险",
         "配件出入库登记,旧件回收核对。", None),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, cell, who, point, level, measures, note) in enumerate(rows, 1):
        sh.add(n, dept, post, cell, point, level, measures, note)
        t.point(sh.name, dept, post, who, _tier(post), point, [], _level(level))
    _merge_runs(sh, first, 1, lambda k: sh.rows[k][1])
    sh.add()
    sh.add("院纪委审核:", None, None, None, "2024年3月", None, None, None)
    return _layout(
        "hospital_remarks_linebreaks", "https://soolun.net/periodical/847310aa72393ad76b6945decb4fa58c.html",
        "人民医院 重点岗位廉洁风险点排查表 after the source's piece on 药品回扣 (医院采购药品和医疗设备, 设备科, 药剂科"
        "主任): 科室 merged; line breaks inside the risk cells; names with a stray space (``彭 涛``, ``金 鑫``); levels "
        "``高风险``/``中风险``/``低风险``; a trailing 备注 column of text (重点岗位, 2023年新增…); 院纪委审核 line",
        [sh], t,
    )  # fmt: skip


def town_blocks_blank_rows_total() -> dict:
    unit = "XX县XX镇人民政府"
    sh = _Sheet("一览表", [6, 16, 16, 34, 8, 30])
    t = _Truth(unit)
    sh.title(f"{unit}岗位廉政风险点一览表", 6)
    sh.add("序号", "站所", "岗位", "风险点", "风险等级", "防控措施")
    blocks = [
        ("财政所", [
            ("所长", [
                ("惠农补贴资金审核把关不严", "（高）", "补贴名单村组公示七天,乡镇复核。"),
                ("截留、挪用惠农补贴资金", "（高）", "补贴资金一卡通直达农户。"),
            ]),
            ("会计", [
                ("虚列支出、套取资金", "(中)", "支出凭证所长审签,每月对账。"),
            ]),
        ]),
        ("农业综合服务站", [
            ("站长", [
                ("种粮补贴面积核实不实", "(中)", "面积核实两人以上,结果公示。"),
                ("农资发放优亲厚友", "（低）", "发放台账签字,群众监督。"),
            ]),
        ]),
        ("社会事务办", [
            ("主任", [
                ("低保对象评议走过场", "（高）", "民主评议全程记录,结果公示。"),
            ]),
            ("民政专干", [
                ("临时救助资料把关不严", "（低）", "救助资料两级审核。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    posts = 0
    for station, posts_ in blocks:
        first_row = True
        for post, items in posts_:
            posts += 1
            start = len(sh.rows)
            for point, level, measures in items:
                n += 1
                sh.add(n, station if first_row else None, post, point, level, measures)
                first_row = False
                t.point(sh.name, station, post, "", _tier(post), point, [], _level(level))
            if len(items) > 1:
                for k in range(start + 1, len(sh.rows)):
                    sh.rows[k][2] = None
                sh.merges.append((start, 2, len(sh.rows) - 1, 2))
            sh.add()  # a blank row between posts
    r = sh.add("合计", None, f"{posts}个岗位", f"{n}个风险点", None, None)
    sh.merge(r, 0, r, 1)
    sh.add("镇纪委审核:", None, None, "填报时间:2024年4月", None, None)
    return _layout(
        "town_blocks_blank_rows_total", "https://fawtography.com/new/184_900_201305/23zh68407482.shtml",
        "镇 岗位廉政风险点一览表 after the source's news item on a county's 惠农资金 (一卡通, 乡镇公示, 乡镇站所, 补贴对象"
        "核准): no names (对岗不对人); 站所 written once on its block's first row (not merged); 岗位 merged over its "
        "points; a blank row after each post; levels ``（高）``/``(中)``/``（低）``; a 合计 line; 镇纪委审核 line",
        [sh], t,
    )  # fmt: skip


def traffic_post_merged_names_repeated() -> dict:
    unit = "XX市公安局交通警察大队"
    sh = _Sheet("排查表", [6, 12, 10, 9, 34, 8, 30])
    t = _Truth(unit)
    sh.title(f"{unit}民警岗位廉政风险点排查表", 7)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    depts = [
        ("事故处理科", [
            ("科长", "潘志强", "交通事故责任认定偏袒一方", "高", "责任认定集体研究,当事人可申请复核。"),
            ("科长", "潘志强", "事故车辆扣留、放行随意", "中", "车辆放行审批单存档。"),
            ("民警", "陈 刚", "事故现场勘查取证不全", "中", "勘查全程录像。"),
            ("民警", "陈 刚", "调解中收受当事人财物", "高", "调解在调解室进行,同步录音录像。"),
            ("民警", "周丽", "快处快赔中指定修理厂", "(中)", "修理厂由当事人自选。"),
        ]),
        ("车管所", [
            ("所长", "吕红旗", "机动车查验放宽标准", "高", "查验照片系统比对,视频监控。"),
            ("民警", "施 雯", "驾驶证考试违规照顾", "(中)", "考试全程监控,随机分配考官。"),
            ("民警", "施 雯", "违规办理车辆注册登记", "低", "资料审核双人复核。"),
        ]),
    ]  # fmt: skip
    first, n = len(sh.rows), 0
    for dept, items in depts:
        for post, who, point, level, measures in items:
            n += 1
            sh.add(f"({n})", dept, post, who, point, level, measures)
            t.point(sh.name, dept, post, who.replace(" ", ""), _tier(post), point, [],
                    _level(level))  # fmt: skip
    _merge_runs(sh, first, 1, lambda k: sh.rows[k][1])
    # the 岗位 merged over each run of one post within a 科室 (two 民警 under one merge)
    _merge_runs(sh, first, 2, lambda k: (_dept_of(sh, first, k), sh.rows[k][2]))
    sh.add()
    sh.add("大队纪检监察室审核:", None, None, None, "2024年2月", None, None)
    return _layout(
        "traffic_post_merged_names_repeated", "https://www.bkwk.cn/article/jmhysljjjzfddshjtzxdmhyx.html",
        "交警大队 民警岗位廉政风险点排查表 after the source's explainer of a 交警执法大队 (综合办公室、事故处理科、秩序"
        "管理科、车管所; 快处快赔, 车辆注册, 驾驶证考试): 序号 ``(1)``; 科室 merged; 岗位 merged over its points — "
        "the 民警 merge spans two people — while 姓名 is repeated on every row (``陈 刚``, ``施 雯``); levels 高/中/低 "
        "and ``(中)``; 纪检监察室审核 line",
        [sh], t,
    )  # fmt: skip


def _dept_of(sh: _Sheet, first: int, k: int) -> str:
    """The 科室 of row ``k`` (its cell, or the merged cell above it)."""
    while k > first and sh.rows[k][1] is None:
        k -= 1
    return sh.rows[k][1]


def traffic_two_squad_tables() -> dict:
    unit = "XX市XX区公安分局交通警察大队"
    sh = _Sheet("两个中队", [6, 12, 9, 36, 8, 30])
    t = _Truth(unit)
    sh.title(f"{unit}中队岗位廉政风险点排查表", 6)
    squads = [
        ("事故处理中队", [
            ("中队长", "葛 峰", "事故认定受人情干扰", "高", "认定书集体审核。"),
            ("中队长", "葛 峰", "损害赔偿调解偏袒一方", "中", "调解过程录音录像。"),
            ("民警", "范丽君", "事故资料对外泄露", "低", "事故档案借阅登记。"),
        ]),
        ("城区巡逻中队", [
            ("中队长", "魏 斌", "对交通违法降格处罚", "高", "处罚记录系统留痕,每月抽查。"),
            ("民警", "杨春生", "处罚时不开具票据", "中", "电子票据当场打印。"),
            ("民警", "杨春生", "违规撤销违法记录", "高", "撤销须经大队长审批。"),
        ]),
    ]  # fmt: skip
    for squad, items in squads:
        sh.add()
        r = sh.add(f"{squad}岗位廉政风险点", *([None] * 5))
        sh.merge(r, 0, r, 5)
        sh.add("序号", "岗位", "姓名", "风险点", "风险等级", "防控措施")
        for n, (post, who, point, level, measures) in enumerate(items, 1):
            sh.add(n, post, who, point, level, measures)
            t.point(sh.name, squad, post, who.replace(" ", ""), _tier(post), point, [], HML[level])
    sh.add()
    sh.add("大队审核:", None, None, "2024年1月", None, None)
    return _layout(
        "traffic_two_squad_tables", "https://www.bkwk.cn/article/jmdfqjjddjmdfjjslyjbjm.html",
        "交警大队 sheet after the source's explainer of a 区 交警大队 (事故处理中队, 路面执法, 大队长/中队长): TWO small "
        "tables one per 中队, each under its own heading ``事故处理中队岗位廉政风险点``/``城区巡逻中队…`` and with its "
        "own header row and 序号 restarting; 岗位/姓名 repeated (``葛 峰``, ``魏 斌``); 高/中/低; 大队审核 line",
        [sh], t,
    )  # fmt: skip


def accident_squad_spaced_headers() -> dict:
    unit = "XX市公安局交通警察支队"
    squad = "事故预防中队"
    sh = _Sheet("Sheet1", [6, 10, 9, 36, 10, 30])
    t = _Truth(unit)
    sh.title(f"{unit}{squad}岗位廉政风险防控表", 6)
    sh.add("序 号", f"岗{FW}位", "姓 名", "风 险 点", "风险等级\n（高、中、低）", "防 控 措 施")
    rows = [
        ("中队长", "沈斌", "事故隐患路段整改验收把关不严", "高", "验收邀请路政部门共同参加。"),
        ("中队长", "沈斌", "对重点车辆企业检查打招呼放行", "中", "检查结果录入系统并公开。"),
        ("民警", "谢晓东", "交通安全宣传经费虚列", "低", "宣传经费按项目报账,公示。"),
        ("民警", "谢晓东", "对“两客一危”车辆违法未按规定处理", "高", "违法信息自动推送,逐条销号。"),
        ("辅警", "俞佳", "违法信息录入时选择性录入", "中", "录入与审核分离。"),
    ]  # fmt: skip
    for n, (post, who, point, level, measures) in enumerate(rows, 1):
        sh.add(f"{n}.", post, who, point, level, measures)
        t.point(sh.name, squad, post, who, _tier(post), point, [], HML[level])
    sh.add()
    sh.add(f"中队长签字:{FW * 4}", None, None, "支队纪委审核:", None, None)
    return _layout(
        "accident_squad_spaced_headers", "https://www.bkwk.cn/article/jmhnssgxzzdsgclbhdgsytz.html",
        "事故中队 岗位廉政风险防控表 after the source's explainer of a 事故中队 (现场勘查, 责任认定, 事故预防, 重点路段"
        "巡逻, 交通安全宣传): title names the 中队 after the 支队; header cells with spaces inside (``序 号``, "
        "``岗\u3000位``, ``姓 名``, ``风 险 点``) and ``风险等级\\n（高、中、低）``; 序号 ``1.``; 高/中/低; sign-off line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    enforcement_watchers_vacancy(),
    land_office_serial_dun(),
    water_bureau_type_separators(),
    hospital_remarks_linebreaks(),
    town_blocks_blank_rows_total(),
    traffic_post_merged_names_repeated(),
    traffic_two_squad_tables(),
    accident_squad_spaced_headers(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` (re-saved copies ``resaved/b28_*``, none kept)."""
    return _build(outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX)


if __name__ == "__main__":
    import sys

    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch28-inbox"))

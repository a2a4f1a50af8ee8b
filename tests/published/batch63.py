"""A sixty-third batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: THE ORDINARY CASE at the grass roots — what a 乡's 村级财务
委托代理 staff, a 社区's 网格员, a 中学 食堂's three posts, a 镇中心学校 buying 大宗物品, a 镇卫生院, a
街道's 社区 looking after 老旧小区 物业 and a 社区 with its 业委会 hand back. Seven are EVERYDAY:

- a 乡 村级财务委托代理 排查表: a ``科室:农村经营管理站`` label line above the heading, 岗位/姓名/
  主要职责 merged per person, 风险类型 sometimes naming two types (``制度机制、业务流程``), 高/中/低;
- a 社区 工作人员 廉洁风险点清单: ``姓名 | 职务 | 分管工作`` merged per person, levels written
  ``高风险``/``中风险``/``低风险``;
- a 中学 食堂 廉政风险防控卡, one sheet per post (``总务主任``, ``食堂管理员``, ``仓库保管员``): label|value
  pairs above (``姓名 | … | 岗位 | …``), then ``序号 | 风险点 | 风险等级 | 防控措施``, 高/中/低;
- a 镇中心学校 大宗物品采购 廉政风险点及防控措施: ``采购环节`` merged down, then ``风险点 | 风险等级 |
  防控措施 | 责任岗位 | 责任人`` — the post and its holder TRAILING, the 校长 in rows apart;
- a 镇卫生院 岗位廉洁风险排查表: ``科室 | 岗位 | 姓名`` merged, a short ``风险点`` beside a long ``风险表现``,
  ``风险类别`` short names (one cell two: ``制度机制\\n业务流程``), 一级/二级/三级;
- a 街道 社区物业管理 廉政风险防控表: one table for three 社区, each begun by a row naming the 社区
  merged across the table (``一、正街社区``), the running number starting again under each;
- a 社区 小微权力 风险点清单 with a ``办理流程`` column of numbered steps and a ``风险点`` cell holding a
  numbered list of two or three risks (one point, the whole cell), ``责任人 | 职务`` trailing.

One is harder:

- ``town_reversed_grade_note``: a 镇 岗位廉政风险登记表 whose 说明 line over the heading says the
  scale runs UPWARD — ``风险等级分为三级:一级为最低,三级为最高`` — so a ``三级`` point is level 1 and an
  ``一级`` point level 3; 科室 merged, 岗位/姓名 merged per person.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; these pages describe their subject in prose (a 县's 廉政风险防控 pilot in two 镇
grading 一级 lowest and 三级 highest; a 乡's 村组 财务管理制度 with its 村报账员 and 代理会计; a piece on
fair 打分 of 社区网格员; a notice on 学校食堂 大宗食材 双人验收 and 校长陪餐; a 镇's 中小学 大宗物品采购制度;
a report on a 市's 农村医改 with its 乡镇卫生院 and 村卫生室; a study of 老城区社区 物业管理 in three 街道;
a study of 社区 微治理 and 业委会) and the layout follows their words. The rows are worded by us,
the names invented.

Run ``python tests/published/score.py --set batch63`` and do not tune the reader against it, or it
stops being held out. No LibreOffice re-saved copies are kept for this batch (prefix ``b63_``).

Judgement calls this batch leans on, beyond those of the earlier batches:

- a 说明 line that says ``一级为最低,三级为最高`` turns the scale over: 三级 → 1, 二级 → 2, 一级 → 3;
- ``高风险``/``中风险``/``低风险`` are 1/2/3;
- a ``科室:…`` label line above the heading names the 科室 of every row under it;
- a row naming a 社区 merged across the table (``一、正街社区``) is the 科室 of the rows under it until
  the next such row, and no point;
- one sheet per post, each with its own label|value pairs: one form per sheet;
- a ``风险点`` cell holding a numbered list is one point, the cell's whole text;
- ``风险类型``/``风险类别`` naming two types gives both, in the order written;
- ``采购环节``, ``办理流程``, ``风险表现``, ``分管工作``, ``主要职责`` are no points and no types;
- a 镇's 党政办主任 and 所长, a 卫生院's 科室 主任, a 中学's 总务主任 are middle posts; a 校长, 院长,
  社区书记 and 社区主任 leaders.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``layouts.write_xlsx``), copies the
LibreOffice re-saved copies ``resaved/b63_<name>.*`` (none yet) and writes ``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b63_"
ORDINAL = {"一级": 1, "二级": 2, "三级": 3}
UPWARD = {"三级": 1, "二级": 2, "一级": 3}
RISKWORD = {"高风险": 1, "中风险": 2, "低风险": 3}
TIER = {"党政办主任": "middle", "财政所所长": "middle", "国土所所长": "middle",
        "站长": "middle", "社区书记": "leader", "社区主任": "leader", "总务主任": "middle",
        "校长": "leader", "院长": "leader", "药房主任": "middle", "公共卫生科主任": "middle",
        "副镇长": "leader"}  # fmt: skip


def _tier(post: str) -> str | None:
    if not post:
        return None
    return TIER.get(post, "general")


def _merge_runs(sh: _Sheet, first: int, cols_groups: list[tuple[int, ...]], last=None) -> None:
    """Merge down each run of equal values in each group of columns (a group = one key): every
    column of the group is merged over the run. All runs are found before any is merged."""
    last = len(sh.rows) - 1 if last is None else last
    spans = []
    for cols in cols_groups:
        r = first
        while r <= last:
            key = tuple(sh.rows[r][c] for c in cols)
            e = r
            while e < last and tuple(sh.rows[e + 1][c] for c in cols) == key:
                e += 1
            if e > r and all(k is not None for k in key):
                spans += [(r, e, c) for c in cols]
            r = e + 1
    for r, e, c in spans:
        for k in range(r + 1, e + 1):
            sh.rows[k][c] = None
        sh.merges.append((r, c, e, c))


def _across(sh: _Sheet, ncols: int, text: str) -> int:
    """A line of text merged across the table."""
    r = sh.add(text, *([None] * (ncols - 1)))
    sh.merge(r, 0, r, ncols - 1)
    return r


# --------------------------------------------------------------------------- harder layout


def town_reversed_grade_note() -> dict:
    unit = "XX县安泉镇"
    sh = _Sheet("登记表", [5, 10, 12, 8, 34, 8, 34])
    t = _Truth(unit)
    sh.title(f"{unit}岗位廉政风险登记表", 7)
    _across(
        sh, 7, "说明:风险等级分为三级:一级为最低,三级为最高。三级风险由镇党委书记直接负责防控。"
    )
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("党政办", "党政办主任", "贺文涛", "公务接待超标准,虚列接待费用", "二级",
         "接待实行公函制,每月公开接待清单。"),
        ("党政办", "党政办主任", "贺文涛", "办公用品采购不比价,指定商家", "一级", "办公用品定点采购,每季度核对台账。"),
        ("财政所", "财政所所长", "卫红梅", "涉农补贴资金拨付不审核,截留挪用", "三级",
         "补贴资金“一卡通”直发,所长、分管领导双签。"),
        ("财政所", "财政所所长", "卫红梅", "镇级大额支出未经党政联席会议研究", "三级",
         "大额支出一律上会,会议纪要附凭证备查。"),
        ("财政所", "出纳", "郭小燕", "现金收支不及时入账,公款私存", "二级", "每日现金盘点,所长每周抽查。"),
        ("国土所", "国土所所长", "裴建军", "宅基地审批降低条件,为亲友办理", "三级",
         "审批经村、镇两级公示,实行集体审查。"),
        ("国土所", "国土所所长", "裴建军", "违法占地巡查发现不报,收受好处", "二级", "巡查双人进行,巡查记录每周上报。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (office, post, name, point, level, measures) in enumerate(rows, 1):
        sh.add(n, office, post, name, point, level, measures)
        t.point(sh.name, office, post, name, _tier(post), point, [], UPWARD[level])
    _merge_runs(sh, first, [(1,), (2, 3)])
    sh.add()
    sh.add("镇纪委审核:", None, None, "填报日期:2024年5月", None, None, None)
    return _layout(
        "town_reversed_grade_note", "https://fx361.cc/page/2012/0815/13296733.shtml",
        "(harder) 镇 岗位廉政风险登记表 after the source's account of a 县's 廉政风险防控 pilot in five 县直部门 and two "
        "镇 (理清权力项目, 明确岗位职责, 查找廉政风险; the risk points graded in three steps, ``一级为最低,三级为最高``): "
        "a 说明 line across over the heading turns the scale over, so ``三级`` is the highest level; 科室 merged, "
        "岗位/姓名 merged per person; a sign-off line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- everyday layouts


def township_village_accounts_agency() -> dict:
    unit = "XX县河西乡"
    dept = "农村经营管理站"
    sh = _Sheet("排查表", [5, 10, 8, 22, 30, 14, 8, 32])
    t = _Truth(unit)
    sh.title(f"{unit}村级财务委托代理岗位廉政风险点排查表", 8)
    sh.add(f"科室:{dept}", None, None, None, "填报人:鲁志远", None, "2024年11月", None)
    sh.merge(1, 0, 1, 3)
    sh.add("序号", "岗位", "姓名", "主要职责", "风险点", "风险类型", "风险等级", "防控措施")
    duty = {
        "鲁志远": "主持站务,审核村组大额开支",
        "齐晓梅": "代理村组会计核算,编制财务报表",
        "范成": "审核村报账员报账票据,管理票据领销",
    }
    rows = [
        ("站长", "鲁志远", "村组大额开支审核把关不严,默许未经村民代表会议的支出", "制度机制风险", "高",
         "大额开支须附村民代表会议记录,站务会集体审核。"),
        ("站长", "鲁志远", "集体资产处置未进场交易即予入账", "制度机制、业务流程风险", "中",
         "资产处置凭交易鉴证书入账,每季度抽查。"),
        ("代理会计", "齐晓梅", "为村组虚列支出、做假账", "思想道德风险", "高",
         "会计凭证与银行流水逐月核对,年终审计。"),
        ("代理会计", "齐晓梅", "财务公开报表与账面不符", "岗位职责风险", "低", "公开报表经站长审签,拍照存档。"),
        ("票据审核员", "范成", "对报账员涂改凭证、虚构发放对象的票据审核不出", "岗位职责、业务流程风险", "中",
         "发放类票据附领取人签字和身份证复印件,随机电话回访。"),
        ("票据审核员", "范成", "票据领销不登记,空白收据流失", "制度机制风险", "低", "票据领销台账逐本登记,按月核销。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, name, point, typ, level, measures) in enumerate(rows, 1):
        sh.add(n, post, name, duty[name], point, typ, level, measures)
        t.point(sh.name, dept, post, name, _tier(post), point, types_in(typ), HML[level])
    _merge_runs(sh, first, [(1, 2, 3)])
    sh.add()
    sh.add("站长签字:", None, None, "乡纪委审核:", None, None, None, None)
    return _layout(
        "township_village_accounts_agency", "https://bdocx.com/doc/11524433.html",
        "乡 村级财务委托代理 岗位廉政风险点排查表 after the source's 乡 农村集体经济组织财务管理制度 (乡 领导小组, 农业农村 "
        "部门 as 三资 主管, 村组 收支, 票据, 财务公开): a ``科室:农村经营管理站`` label line above the heading, "
        "岗位/姓名/主要职责 merged per person, 风险类型 ``…风险`` sometimes naming two (``制度机制、业务流程风险``), 高/中/低",
        [sh], t,
    )  # fmt: skip


def community_grid_staff_riskword() -> dict:
    unit = "XX市XX区湖滨街道长堤社区"
    sh = _Sheet("清单", [5, 8, 10, 18, 32, 8, 32])
    t = _Truth(unit)
    sh.title(f"{unit}工作人员廉洁风险点清单", 7)
    sh.add("序号", "姓名", "职务", "分管工作", "风险点", "风险等级", "防控措施")
    rows = [
        ("谭海燕", "社区书记", "社区全面工作", "网格员考核打分凭印象,优亲厚友", "高风险",
         "考核指标量化公开,得分经两委会审定后公示。"),
        ("谭海燕", "社区书记", "社区全面工作", "社区公益项目经费使用不公开", "中风险", "项目经费收支每季度在居务公开栏公布。"),
        ("吕青", "网格长", "网格事件上报与考核", "虚报巡查覆盖率和事件处置数", "中风险",
         "巡查轨迹系统留痕,街道每月抽查核对。"),
        ("马文斌", "专职网格员", "信息采集与民生服务", "泄露居民信息或借采集之机推销牟利", "低风险",
         "信息采集账号专人专用,查询记录可追溯。"),
        ("马文斌", "专职网格员", "信息采集与民生服务", "代办事项收受居民钱物", "中风险", "代办事项登记,办结回访。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (name, post, work, point, level, measures) in enumerate(rows, 1):
        sh.add(n, name, post, work, point, level, measures)
        t.point(sh.name, "", post, name, _tier(post), point, [], RISKWORD[level])
    _merge_runs(sh, first, [(1, 2, 3)])
    sh.add()
    sh.add("社区党组织(盖章)", None, None, "街道纪工委备案:", None, "2025年2月", None)
    return _layout(
        "community_grid_staff_riskword",
        "https://www.76hw.com/news/she-qu-wang-ge-yuan-gong-zuo-da-fen-zhi-kao-he-ban-fa-ru-he-que-bao-gong-ping-gong-zheng-bing-jie-ju.html",
        "社区 工作人员 廉洁风险点清单 after the source's piece on fair 打分制考核 of 社区网格员 (信息采集, 巡查上报, "
        "巡查覆盖率, 居民满意度, 主观打分 and 数据失真): ``姓名 | 职务 | 分管工作`` merged per person, the name first, "
        "levels ``高风险``/``中风险``/``低风险``; a 盖章/备案 line",
        [sh], t,
    )  # fmt: skip


def middle_school_canteen_cards() -> dict:
    unit = "XX县第三中学"
    t = _Truth(unit)
    cards = [
        ("总务主任", "宋立群", [
            ("大宗食材供应商由个人指定,未经集体比选", "高", "供应商经校务会比选确定,结果公示。"),
            ("食堂承包、劳务合同签订暗箱操作", "中", "合同文本经法律顾问审核,集体研究后签订。"),
        ]),
        ("食堂管理员", "巫春兰", [
            ("大宗食材验收单人验收,以次充好", "高", "实行双人或多人联检,验收记录签字留存。"),
            ("陪餐记录弄虚作假", "低", "陪餐记录每日拍照上传,家长委员会抽查。"),
            ("伙食费收支不公开", "中", "伙食费每月在食堂公示栏公开收支。"),
        ]),
        ("仓库保管员", "邱德福", [
            ("出入库登记不实,私拿食材", "中", "出入库双人签字,每周盘点。"),
            ("过期食材不及时清理,变相使用", "低", "建立保质期台账,过期食材登记销毁。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, name, points in cards:
        sh = _Sheet(post, [6, 36, 10, 36])
        sh.title(f"{unit}食堂管理岗位廉政风险防控卡", 4)
        sh.add("姓名", name, "岗位", post)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for n, (point, level, measures) in enumerate(points, 1):
            sh.add(n, point, level, measures)
            t.point(sh.name, "", post, name, _tier(post), point, [], HML[level])
        sh.add()
        sh.add("本人签字:", None, "分管校长签字:", None)
        sheets.append(sh)
    return _layout(
        "middle_school_canteen_cards", "http://www.yunyijiaoyu.com/shipinaqzx/123.html",
        "中学 食堂 岗位廉政风险防控卡 after the source's notice on 学校食堂 大宗食材 采购验收 (双人或多人联检, 集体验收, "
        "大宗食材 档案, 校长陪餐, 公益性和非营利性, 信息公开): one sheet per post (``总务主任``, ``食堂管理员``, "
        "``仓库保管员``), each with label|value pairs (``姓名 | … | 岗位 | …``) over ``序号 | 风险点 | 风险等级 | "
        "防控措施``, 高/中/低; a 签字 line under each",
        sheets, t,
    )  # fmt: skip


def town_school_bulk_purchase_trailing() -> dict:
    unit = "XX县桃溪镇中心学校"
    sh = _Sheet("防控表", [5, 12, 32, 8, 32, 10, 8])
    t = _Truth(unit)
    sh.title(f"{unit}大宗物品采购廉政风险点及防控措施", 7)
    sh.add("序号", "采购环节", "风险点", "风险等级", "防控措施", "责任岗位", "责任人")
    rows = [
        ("需求申报", "虚报采购需求,超标准配置", "中", "采购计划经校务会审议,报镇教育办备案。", "总务主任", "邓志华"),
        ("询价比选", "比选走过场,事先内定供应商", "高", "三家以上比选,纪检委员现场监督。", "校长", "蒋秋云"),
        ("询价比选", "拆分采购规避集中采购", "高", "年度采购计划统一编制,同类物品合并采购。", "总务主任", "邓志华"),
        ("验收入库", "验收不严,数量质量与合同不符", "中", "验收小组三人以上,逐项核对签字。", "保管员", "钟玉兰"),
        ("付款结算", "无验收单即付款", "低", "付款凭证须附验收单和发票,报账员审核。", "报账员", "孔令辉"),
        ("付款结算", "大额付款未经集体研究", "中", "大额付款经校务会研究,校长签批。", "校长", "蒋秋云"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (step, point, level, measures, post, name) in enumerate(rows, 1):
        sh.add(n, step, point, level, measures, post, name)
        t.point(sh.name, "", post, name, _tier(post), point, [], HML[level])
    _merge_runs(sh, first, [(1,)])
    sh.add()
    sh.add("镇教育办审核:", None, None, "学校(盖章)", None, "2024年3月", None)
    return _layout(
        "town_school_bulk_purchase_trailing",
        "https://xiexiebang.com/a10/2019051322/3bd71d42a0327a0b.html",
        "镇中心学校 大宗物品采购 廉政风险点及防控措施 after the source's 镇 中小学校 大宗物品采购制度 and 学校食堂 大宗物品 "
        "联合采购 (采购计划, 分类招标, 配送, 价格参照, 信息公示): ``采购环节`` merged down, then ``风险点 | 风险等级 | "
        "防控措施 | 责任岗位 | 责任人`` — the post and its holder trailing, the 校长's and 总务主任's rows apart; 高/中/低",
        [sh], t,
    )  # fmt: skip


def town_health_center_short_points() -> dict:
    unit = "XX县柳河镇卫生院"
    sh = _Sheet("排查表", [5, 10, 12, 8, 14, 32, 12, 8, 30])
    t = _Truth(unit)
    sh.title(f"{unit}岗位廉洁风险排查表", 9)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险表现", "风险类别", "风险等级", "防控措施")
    rows = [
        ("院办", "院长", "石建平", "药品耗材采购", "绕开集中采购平台,从关系企业购进药品耗材",
         "制度机制\n业务流程", "一级", "药品耗材全部平台采购,采购计划集体研究。"),
        ("院办", "院长", "石建平", "村卫生室设备配置", "配置村卫生室设备时指定供货商", "岗位职责", "二级",
         "设备配置按县统一标准,清单在村务公开栏公布。"),
        ("药房", "药房主任", "田晓芸", "药品出入库", "药品出入库账实不符,私售药品", "岗位职责", "二级",
         "药品进销存系统管理,每月盘点。"),
        ("收费室", "收费员", "孟丽", "医保结算", "串换收费项目,套取医保基金", "思想道德", "一级",
         "医保结算清单患者签字,每月自查。"),
        ("收费室", "收费员", "孟丽", "现金收费", "收费不开票据,截留现金", "业务流程", "三级", "日结日清,票据连号使用。"),
        ("公共卫生科", "公共卫生科主任", "焦永红", "公卫项目考核", "考核村医公卫任务打人情分,虚报完成数",
         "岗位职责", "二级", "考核结果公示,县卫健局抽查。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (office, post, name, point, desc, typ, level, measures) in enumerate(rows, 1):
        sh.add(n, office, post, name, point, desc, typ, level, measures)
        t.point(sh.name, office, post, name, _tier(post), point, types_in(typ), ORDINAL[level])
    _merge_runs(sh, first, [(1,), (2, 3)])
    sh.add()
    sh.add("院长签字:", None, None, "县卫健局审核:", None, None, "2024年12月", None, None)
    return _layout(
        "town_health_center_short_points", "https://mybook.cyou/MagazineArticle/461031",
        "镇卫生院 岗位廉洁风险排查表 after the source's report on a 市's 农村医改 (乡镇卫生院 and 村卫生室 设备配置 at a "
        "set standard, 新农合, the 村医 and his 出诊箱): ``科室 | 岗位 | 姓名`` merged, a short ``风险点`` beside a "
        "long ``风险表现``, ``风险类别`` short names (one cell naming two on two lines), 一级/二级/三级; a sign-off line",
        [sh], t,
    )  # fmt: skip


def street_property_communities_bands() -> dict:
    unit = "XX市XX区北湖街道"
    sh = _Sheet("防控表", [5, 12, 8, 34, 8, 34])
    t = _Truth(unit)
    sh.title(f"{unit}社区物业管理廉政风险防控表", 6)
    sh.add("序号", "岗位", "责任人", "风险点", "风险等级", "防控措施")
    bands = [
        ("一、正街社区", [
            ("社区主任", "喻国强", "老旧小区物业服务单位选聘不公开", "高", "选聘方案经居民代表会议表决,结果公示。"),
            ("社区主任", "喻国强", "物业服务考核评分走过场", "中", "考核邀请居民代表打分,分数公开。"),
            ("物业专干", "闵小红", "公共维修项目虚报工程量", "中", "维修项目现场拍照,楼栋长签字确认。"),
        ]),
        ("二、建设社区", [
            ("社区主任", "郝春林", "小区公共收益不入账,私下分配", "高", "公共收益专账管理,每季度公布。"),
            ("物业专干", "甄丽", "收取物业企业好处,对投诉不处理", "低", "投诉登记办结回访,街道抽查。"),
        ]),
        ("三、环保社区", [
            ("社区主任", "房振宇", "冰雪灾后应急维修费用结算不实", "中", "应急费用凭清单结算,街道审核。"),
        ]),
    ]  # fmt: skip
    for band, rows in bands:
        _across(sh, 6, band)
        dept = band.split("、", 1)[1]
        first = len(sh.rows)
        for n, (post, name, point, level, measures) in enumerate(rows, 1):
            sh.add(n, post, name, point, level, measures)
            t.point(sh.name, dept, post, name, _tier(post), point, [], HML[level])
        _merge_runs(sh, first, [(1, 2)])
    sh.add()
    sh.add("街道城管办审核:", None, None, "街道纪工委:", None, "2024年10月")
    return _layout(
        "street_property_communities_bands", "http://www.cucc.org.cn/html/74-3/3420.htm",
        "街道 社区物业管理 廉政风险防控表 after the source's study of 老城区社区 物业管理 in three 街道's 社区 (正街社区, "
        "建设社区, 环保社区…; a 雪灾 laying bare the 物业服务; 居民 paying and not paying): one table for three 社区, "
        "each begun by a row naming it merged across (``一、正街社区``), the running number starting again under each; "
        "岗位/责任人 merged per person; 高/中/低; a sign-off line",
        [sh], t,
    )  # fmt: skip


def community_micro_power_numbered_cells() -> dict:
    unit = "XX市XX区江东街道明湖社区"
    sh = _Sheet("清单", [5, 14, 30, 32, 8, 30, 8, 10])
    t = _Truth(unit)
    sh.title(f"{unit}小微权力及廉洁风险点清单", 8)
    sh.add("序号", "权力事项", "办理流程", "风险点", "风险等级", "防控措施", "责任人", "职务")
    rows = [
        ("业委会筹备指导", "1.受理业主申请;\n2.组建筹备组;\n3.公示候选人;\n4.组织业主大会。",
         "1.筹备组成员由个人指定;\n2.候选人资格审查不严。", "高",
         "筹备组成员公开推选,候选人名单公示七天。", "柏文静", "社区书记"),
        ("维修资金使用意见", "1.受理申请;\n2.现场核查;\n3.出具意见。",
         "1.未现场核查即出具意见;\n2.与物业企业串通抬高预算;\n3.意见书不公示。", "高",
         "两人以上现场核查,意见书在小区公示。", "柏文静", "社区书记"),
        ("社区微项目申报", "1.征集居民需求;\n2.居民议事会评议;\n3.报街道审批。",
         "1.评议不公开,优亲厚友;\n2.项目资金挪作他用。", "中",
         "议事过程记录存档,资金报账附验收单。", "萧志明", "社区主任"),
        ("物业矛盾调处", "1.登记投诉;\n2.组织三方协调;\n3.回访。",
         "调处偏袒一方,收受物业企业好处。", "低", "调处记录三方签字,回访结果存档。", "常晓宁", "社区专职工作者"),
    ]  # fmt: skip
    for n, (item, flow, point, level, measures, name, post) in enumerate(rows, 1):
        sh.add(n, item, flow, point, level, measures, name, post)
        t.point(sh.name, "", post, name, _tier(post), point, [], HML[level])
    sh.add()
    _across(sh, 8, "注:本清单在社区居务公开栏公示,监督电话:0574-12345。")
    return _layout(
        "community_micro_power_numbered_cells", "https://m.fx361.cc/news/2021/1223/13340335.html",
        "社区 小微权力及廉洁风险点清单 after the source's study of a 市's 社区 微治理 (业主委员会 空转, 物业管理 失序, "
        "维修资金, 社区 自治 隐患): a ``办理流程`` column of numbered steps, ``风险点`` cells holding a numbered list of two "
        "or three risks (one point each cell, its whole text), 高/中/低, ``责任人 | 职务`` trailing (the 社区书记's two "
        "rows together); a 注/监督电话 line across",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    town_reversed_grade_note(),
    township_village_accounts_agency(),
    community_grid_staff_riskword(),
    middle_school_canteen_cards(),
    town_school_bulk_purchase_trailing(),
    town_health_center_short_points(),
    street_property_communities_bands(),
    community_micro_power_numbered_cells(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` (re-saved copies ``resaved/b63_*``, none kept)."""
    return _build(outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX)


if __name__ == "__main__":
    import sys

    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch63-inbox"))

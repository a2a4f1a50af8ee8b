"""A hundred-and-ninety-ninth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: GRASS ROOTS, PUBLIC INSTITUTIONS AND COUNTY COMPANIES mixed —
a 镇's 站所, a 村, a 社区居民委员会, a 街道 中心幼儿园, a 中学, a 镇 中心小学, a 区 城投 company, a 区
交通投资集团 and a 区 供水 company — each handing back its ordinary 一览表, 清单 or 防控卡 the way its
staff typed it:

- a 镇's 站所 一览表 under ``填报单位：…镇人民政府（盖章）``, the 科室 column headed ``站所（中心）``
  (财政所, 农业服务中心, 村镇建设服务中心, 社会事务办), 岗位 and 姓名 merged per person, ``…风险`` types;
- a 村's 小微权力 清单 对岗不对人: ``小微权力事项`` beside ``廉政风险点``, the post under ``责任岗位``
  (村党支部书记, 村委会主任, 村务监督委员会主任, 村报账员, 村文书), no 科室 column, 一级/二级/三级;
- a 社区居民委员会's 排查表 with NO 科室 column: ``姓名`` FIRST, then 职务 and a ``分管工作`` text;
- a 中心幼儿园's 一览表 whose ``风险类别`` cell names TWO types on some rows (``制度机制、岗位职责``);
- a 中学's 一览表 with ``姓名`` first, then 处室/职务/岗位职责, levels ``Ⅰ级/Ⅱ级/Ⅲ级``;
- a 城投 company's 清单 with a short ``风险点`` beside a long ``风险描述`` and a ``风险类别`` column
  that names BUSINESS AREAS (``三重一大决策``, ``工程建设``, ``资金管理``), not the five types;
  levels ``一级风险/二级风险/三级风险``;
- a 交通投资集团's 一览表 with a ``监督责任人`` column of the 分管 leaders' names at the right;
- a 供水 company's 一览表 printed over two pages, its title and header REPEATED in the middle.

One is harder, and is a shape the README's "读得懂的表" does not describe:

- ``primary_school_checkbox_cards``: a 中心小学's 防控卡, one sheet a person, typed from a Word
  template: the ``风险类型`` cell lists all five types each behind a box, the chosen one ticked
  (``□思想道德 ☑制度机制 □岗位职责 □业务流程 □外部环境``), and the ``风险等级`` cell likewise
  (``□高 ☑中 □低``); a note ``注：在对应选项□内打☑。`` under the card.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; most pages describe their subject in prose and the layout follows their words
for the unit, its parts, its posts and its risks. The rows are worded by us, the names invented;
every unit is a body of 渝北区 (towns, 街道, 村 and 社区 of our own invention).

Run ``python tests/published/score.py --set batch199`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- a ticked box decides: ``□高 ☑中 □低`` is 中 (level 2); ``□思想道德 ☑制度机制 □岗位职责 …`` is the one
  type 制度机制; the unticked names are no type;
- a ``风险类别`` column naming business areas (``工程建设``) is no type column: the points have no type;
- a ``风险类别`` cell ``制度机制、岗位职责`` gives both types, in that order;
- a ``监督责任人`` beside ``姓名`` is the supervising leader, no holder;
- a list without a 科室 column (村, 社区) keeps each post as written with department "";
- the 镇's 站所 are 科室 of the 镇人民政府; the 社区 and the 村 are units of their own;
- a title and header repeated mid-table (the second printed page) are no point;
- 校长/副校长, 园长/副园长, 董事长/总经理, 村党支部书记/村委会主任/村务监督委员会主任, 社区党委书记/居委会副主任
  and the 供水 company's 经理 are leaders; a 站所's 所长/主任, 处室主任/副主任, 部长/副部长, 厂长, 所长,
  队长 and 保教主任/后勤主任 middle; the rest general.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, row
heights, date cells) and writes ``truth.json``; this batch keeps no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b199_"
PLACE = "渝北区"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
RISK_GRADES = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
BOXES = ("思想道德", "制度机制", "岗位职责", "业务流程", "外部环境")
TICK, BOX = "☑", "□"


def _ticked(options, chosen: str) -> str:
    """A Word template's row of boxes with the chosen option ticked."""
    return " ".join(f"{TICK if o == chosen else BOX}{o}" for o in options)


def _per_person(sh: _Sheet, first: int, dept_col: int, cols) -> None:
    """Merge the 科室 column over its run and ``cols`` over each person's rows."""
    key = lambda row: tuple(row[c] for c in (dept_col, *cols))  # noqa: E731
    _merge_down(sh, first, [(dept_col, lambda row: row[dept_col])] + [(c, key) for c in cols])


# --------------------------------------------------------------------------- harder layout


def primary_school_checkbox_cards() -> dict:
    unit = f"{PLACE}蓍岭镇中心小学"
    t = _Truth(unit)
    cards = [
        ("校长", "校领导", "校长", "琴澹宁", "leader", [
            ("营养改善计划供餐单位确定不经集体研究", "制度机制", "高",
             "供餐单位按县里竞争性采购结果确定,校务会研究并公示。"),
            ("校舍维修工程指定施工队", "岗位职责", "高", "维修项目三家比选,结果在校内公开。"),
            ("教师绩效考核中优亲厚友", "思想道德", "中", "考核细则经教代会通过,结果公示。"),
        ]),
        ("总务主任", "总务处", "主任", "赫连初晴", "middle", [
            ("食堂食材采购验收把关不严,以次充好", "业务流程", "高",
             "食材验收由总务处、食堂和家长代表三方签字,留样备查。"),
            ("营养膳食补助资金台账与实际就餐人数不符", "制度机制", "中",
             "每日就餐人数实名登记,补助资金按月核对公示。"),
            ("学校固定资产处置不按程序", "岗位职责", "低", "资产处置报镇中心学校审批,登记入账。"),
        ]),
        ("食堂管理员", "总务处", "食堂管理员", "於佩蘅", "general", [
            ("虚报学生就餐人数套取补助", "思想道德", "高", "就餐刷卡与学籍人数比对,每周抽查。"),
            ("收受供货商礼品、回扣", "外部环境", "中", "供货商签订廉洁承诺,举报电话上墙。"),
            ("食堂出入库登记不及时", "业务流程", "低", "出入库日清日结,月底盘点。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, dept, post, who, tier, points in cards:
        sh = _Sheet(tab, [6, 36, 40, 16, 36])
        _line(sh, f"{unit}岗位廉政风险防控卡", 5)
        sh.add("姓名", who, "部门", dept, None)
        sh.add("职务", post, None, None, None)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施")
        for n, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(n, point, _ticked(BOXES, typ), _ticked(("高", "中", "低"), lv), measures)
            t.point(sh.name, dept, post, who, tier, point, [typ], HML[lv])
        _line(sh, f"注：在对应选项{BOX}内打{TICK}。", 5)
        sh.add("持卡人签字:", None, None, "2024年9月", None)
        sheets.append(sh)
    return _layout(
        "primary_school_checkbox_cards", "https://vdocuments.pub/-cdrf-.html",
        "(harder) 镇中心小学 岗位廉政风险防控卡, after the source's 农村义务教育学生营养改善计划 评估报告 (食堂供餐, 营养"
        "膳食补助, 就餐人数): one sheet a person (tabs 校长, 总务主任, 食堂管理员), each under its title with the pairs "
        "``姓名 | 琴澹宁 | 部门 | 校领导`` / ``职务 | 校长`` above a 序号/风险点/风险类型/风险等级/防控措施 card typed "
        "from a Word template: the ``风险类型`` cell lists ALL FIVE types each behind a box and ticks one "
        "(``□思想道德 ☑制度机制 □岗位职责 □业务流程 □外部环境``), the ``风险等级`` cell likewise (``□高 ☑中 □低``); "
        "a merged note ``注：在对应选项□内打☑。`` and a ``持卡人签字:`` line under each card",
        sheets, t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def township_stations_sealed_line() -> dict:
    unit = f"{PLACE}蓴溪镇人民政府"
    sh = _Sheet("一览表", [6, 14, 10, 9, 34, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{PLACE}蓴溪镇站所岗位廉政风险点一览表", 8)
    r = sh.add(
        f"填报单位：{unit}（盖章）", None, None, None, None, "填报时间：2024年8月", None, None
    )
    sh.merge(r, 0, r, 4)
    sh.merge(r, 5, r, 7)
    sh.add("序号", "站所（中心）", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("财政所", "所长", "禤嘉陵", "惠民惠农补贴资金发放审核不严,错发、漏发", "岗位职责风险", "高",
         "补贴名单村、镇两级公示,发放一卡通核对。", "middle"),
        ("财政所", "所长", "禤嘉陵", "镇级资金支付不按审批程序", "制度机制风险", "高",
         "资金支付经办、审核、审批三级签字。", "middle"),
        ("财政所", "会计", "甯语桐", "村级账务委托代理记账不及时,白条入账", "业务流程风险", "中",
         "村账镇代理,票据审核后入账,每季度公开。", "general"),
        ("农业服务中心", "主任", "逄启舟", "村集体资产资源发包不进交易平台", "制度机制风险", "高",
         "集体资产资源发包一律进镇农村产权交易平台。", "middle"),
        ("农业服务中心", "农经员", "郦苇杭", "村集体三资清查登记不实", "岗位职责风险", "中",
         "三资台账逐村核实,村务监督委员会签字确认。", "general"),
        ("村镇建设服务中心", "主任", "亢渝舟", "农村建房审批现场踏勘走过场", "外部环境风险", "中",
         "踏勘两人以上,拍照存档,审批结果公示。", "middle"),
        ("社会事务办", "民政专干", "泠雪棠", "低保、特困对象入户调查不实,优亲厚友", "思想道德风险", "高",
         "入户调查两人同行,评议结果村组公示。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, (2, 3))
    sh.add()
    sh.add("镇纪委书记签字:", None, None, "填表人:", None, None, None, None)
    return _layout(
        "township_stations_sealed_line", "http://www.handmsg.com/page/2017/0306/15303168.shtml",
        "镇 站所岗位廉政风险点一览表 after the source's account of a 镇农业服务中心 and the 镇's 农村集体三资 监管 (村集体"
        "会计委托代理, 资产资源 发包, 村集体招投标): the title ``渝北区蓴溪镇站所…``, then ``填报单位：渝北区蓴溪镇人民政府"
        "（盖章） | 填报时间：2024年8月``; 序号/``站所（中心）`` merged (财政所, 农业服务中心, 村镇建设服务中心, 社会事务办)/"
        "岗位 and 姓名 merged per person/风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施; 镇纪委书记签字/填表人 line",
        [sh], t,
    )  # fmt: skip


def village_power_items() -> dict:
    unit = f"{PLACE}篁岭镇苎湾村"
    sh = _Sheet("清单", [6, 18, 36, 16, 8, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}小微权力廉政风险防控清单", 6)
    sh.add("序号", "小微权力事项", "廉政风险点", "责任岗位", "风险等级", "防控措施")
    rows = [
        ("村级重大事项决策", "重大事项不经“四议两公开”程序,个人说了算", "村党支部书记", "一级",
         "严格执行四议两公开,会议记录存档。", "leader"),
        ("村级工程项目", "村级小型工程指定施工队,虚增工程量", "村委会主任", "一级",
         "工程项目村民代表会议决定,验收村务监督委员会参加。", "leader"),
        ("集体资产资源发包", "集体土地、鱼塘低价发包给亲友", "村委会主任", "二级",
         "发包进镇交易平台公开竞价。", "leader"),
        ("村务监督", "对村级财务收支监督走过场", "村务监督委员会主任", "二级",
         "每月审核村级票据,审核意见公开。", "leader"),
        ("村级财务报账", "报账凭证不全、先支后审", "村报账员", "二级", "凭证经村务监督委员会审核后报账。",
         "general"),
        ("村级财务报账", "现金超限额存放,坐收坐支", "村报账员", "三级", "现金日清月结,收入当日存入账户。",
         "general"),
        ("证明出具和印章使用", "违规出具证明、私用村级印章", "村文书", "三级",
         "印章专人保管,用印登记,证明出具经书记审签。", "general"),
    ]  # fmt: skip
    for n, (item, point, post, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, item, point, post, lv, measures)
        t.point(sh.name, "", post, "", tier, point, [], GRADES[lv])
    _merge_down(sh, 2, [(1, lambda row: row[1])])
    sh.add()
    sh.add("村党支部(盖章):", None, None, "村务监督委员会(盖章):", None, "2024年7月")
    return _layout(
        "village_power_items", "https://fx361.cc/page/2024/1014/24670919.shtml",
        "村 小微权力廉政风险防控清单 对岗不对人 after the source's account of 村干部 公职化管理 (村“两委”, 村务监督, "
        "村级财务): 序号/``小微权力事项`` merged where two rows share it (村级财务报账)/``廉政风险点``/``责任岗位`` "
        "(村党支部书记, 村委会主任, 村务监督委员会主任, 村报账员, 村文书; no names, NO 科室 column)/风险等级 一级/二级/"
        "三级/防控措施; no type column; ``村党支部(盖章): | 村务监督委员会(盖章):`` and a date under it",
        [sh], t,
    )  # fmt: skip


def community_name_first() -> dict:
    unit = f"{PLACE}栎阳街道萱堤社区居民委员会"
    sh = _Sheet("Sheet1", [6, 9, 16, 24, 34, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险排查表", 7)
    sh.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("巫马漱玉", "社区党委书记", "主持社区党委全面工作", "社区公益性岗位人员招用不公开", "高",
         "招用条件和结果在社区公示栏公示。", "leader"),
        ("巫马漱玉", "社区党委书记", "主持社区党委全面工作", "社区办公经费、党建经费使用不经集体研究", "中",
         "经费使用经社区两委会研究,每季度公开。", "leader"),
        ("檀若砚", "居委会副主任", "民政、残联、老龄工作", "低保、临时救助申请入户调查走过场", "高",
         "入户调查两人同行,评议小组评议后公示。", "leader"),
        ("宰父星遥", "社区专职工作者", "社会保障、就业服务", "为不符合条件的居民出具就业困难证明", "中",
         "证明出具登记,材料由街道复核。", "general"),
        ("鄂疏桐", "社区专职工作者", "城市管理、物业协调", "物业维修资金使用签字把关不严", "中",
         "维修资金使用经业主代表签字,公示七日。", "general"),
        ("阙梦溪", "网格员", "网格信息采集、矛盾调解", "泄露居民个人信息", "低",
         "信息系统实名登录,签订保密承诺。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (who, post, duty, point, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, who, post, duty, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, per_person), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("社区党委(盖章)", None, None, "填表人:", None, "2024年6月", None)
    return _layout(
        "community_name_first", "http://fsou.com/html/text/lar/172886/17288638_4.html",
        "社区居民委员会 岗位廉政风险排查表 after the source's account of 社区工作人员队伍 (社区“两委”班子, 居委会, "
        "社区专职工作人员): NO 科室 column; ``姓名`` FIRST (the compound surnames 巫马 and 宰父), then 职务 (社区党委书记, "
        "居委会副主任, 社区专职工作者 twice, 网格员) and a ``分管工作`` text, the three merged per person/``廉政风险点``/"
        "风险等级 高/中/低/防控措施; no type column; 社区党委(盖章)/填表人/date",
        [sh], t,
    )  # fmt: skip


def kindergarten_two_types() -> dict:
    unit = f"{PLACE}茴林街道中心幼儿园"
    sh = _Sheet("一览表", [6, 10, 10, 9, 34, 18, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 8)
    sh.add("序号", "部门", "岗位", "责任人", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("园领导", "园长", "谯蔓青", "保教费、伙食费收费标准以外另立项目收费", "制度机制、岗位职责", "高",
         "收费项目和标准在园门口公示,家长委员会监督。", "leader"),
        ("园领导", "园长", "谯蔓青", "幼儿入园招生中收受家长财物", "思想道德", "高", "招生条件和结果公开,接受举报。",
         "leader"),
        ("园领导", "副园长", "麹芷岚", "玩教具、园服采购不比价", "业务流程", "中", "采购三家比价,验收两人签字。",
         "leader"),
        ("保教处", "保教主任", "仝栖梧", "外出活动费、代收费用不据实结算", "制度机制、业务流程", "中",
         "代收费用专账核算,学期末向家长结算公示。", "middle"),
        ("后勤处", "后勤主任", "羿晚晴", "伙食费挪作他用,膳食账目不公开", "岗位职责", "高",
         "伙食费专账管理,每月公布收支。", "middle"),
        ("财务室", "会计", "郇可薇", "收费票据开具不规范,收入不及时入账", "制度机制", "低",
         "票据统一领用核销,收入当日入账。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, (2, 3))
    sh.add()
    sh.add("园长签字:", None, None, "填报人:", None, None, "2024年9月", None)
    return _layout(
        "kindergarten_two_types", "http://jingyanla.com/a/07/0F914Y5022024.html",
        "街道中心幼儿园 岗位廉政风险点一览表 after the source's account of a 公办幼儿园's 收费项目 (保育教育费, 住宿费, "
        "伙食费, 代收费): 序号/部门 merged (园领导, 保教处, 后勤处, 财务室)/岗位 and 责任人 merged per person/风险点/"
        "``风险类别`` in short names, TWO in one cell on two rows (``制度机制、岗位职责``, ``制度机制、业务流程``)/风险等级 "
        "高/中/低/防控措施; 园长签字/填报人/date",
        [sh], t,
    )  # fmt: skip


def middle_school_name_first() -> dict:
    unit = f"{PLACE}蕤宾中学"
    sh = _Sheet("Sheet1", [6, 9, 10, 10, 24, 32, 10, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 9)
    sh.add("序号", "姓名", "处室", "职务", "岗位职责", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("漆雕远岫", "校长室", "校长", "主持学校全面工作", "大宗物资采购和基建项目不经集体研究", "制度机制", "Ⅰ级",
         "三重一大事项校务会集体决策,纪要存档。", "leader"),
        ("庾清樾", "校长室", "副校长", "分管教学和招生", "招生、转学、分班中接受请托", "外部环境", "Ⅰ级",
         "招生转学按政策办理,分班电脑随机,结果公示。", "leader"),
        ("蒉以宁", "校长办", "主任", "公文、接待和教师考勤", "公务接待超标准", "制度机制", "Ⅲ级",
         "接待先审批后实施,清单与票据一致。", "middle"),
        ("殳明澈", "教务处", "主任", "教学管理、考试和教辅征订", "教辅资料征订收取回扣", "思想道德", "Ⅰ级",
         "教辅按目录自愿征订,征订情况公示。", "middle"),
        ("鄞采薇", "政教处", "副主任", "学生资助和评优", "贫困生资助对象认定不实", "岗位职责", "Ⅱ级",
         "资助对象班级评议、学校审核、两次公示。", "middle"),
        ("乐正砚池", "总务处", "主任", "后勤、食堂和校产", "食堂承包、物资采购中收受好处", "业务流程", "Ⅰ级",
         "食堂采购定点比价,验收三人签字。", "middle"),
        ("郤晓棠", "总务处", "报账员", "经费报账", "报账凭证审核不严,虚列支出", "岗位职责", "Ⅱ级",
         "报账凭证经办人、证明人、审批人三签。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (who, dept, post, duty, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, who, dept, post, duty, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(2, lambda row: row[2])])
    sh.add()
    sh.add("校长签字:", None, None, None, "填表人:", None, None, "2024年10月", None)
    return _layout(
        "middle_school_name_first",
        "http://www.shangyu.gov.cn/art/2014/3/24/art_1229218569_1179140.html",
        "中学 岗位廉政风险防控一览表 after the source's rule on a 初中's 内设机构 and 中层职位 (校长办主任, 教务处/政教处/"
        "总务处 正副主任): ``姓名`` FIRST (the compound surnames 漆雕 and 乐正), then ``处室`` merged (校长室, 校长办, "
        "教务处, 政教处, 总务处)/职务/``岗位职责``/风险点/风险类型 (short names)/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; one "
        "point a person; 校长签字/填表人/date",
        [sh], t,
    )  # fmt: skip


def city_investment_business_areas() -> dict:
    unit = f"{PLACE}蘅渚建设投资有限公司"
    sh = _Sheet("风险清单", [6, 12, 10, 9, 16, 34, 12, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉洁风险点及防控措施清单", 9)
    sh.add(
        "序号", "部门", "岗位", "责任人", "风险点", "风险描述", "风险类别", "风险级别", "防控措施"
    )
    rows = [
        ("公司领导", "董事长", "第五朗清", "重大投资决策", "年度投资计划外追加项目未经董事会集体研究",
         "三重一大决策", "一级风险", "严格执行董事会议事规则,纪检列席。", "leader"),
        ("公司领导", "总经理", "暨临川", "大额资金调度", "未经资金管理会议擅自调度大额资金", "资金管理",
         "一级风险", "大额资金调度集体审议,按月报国资部门。", "leader"),
        ("工程管理部", "部长", "勾翊辰", "设计变更审批", "设计变更不经论证,虚增工程量", "工程建设", "一级风险",
         "重大变更专家论证,变更台账可追溯。", "middle"),
        ("工程管理部", "现场代表", "粟映秋", "隐蔽工程验收", "隐蔽工程验收签字走过场,接受施工方宴请", "工程建设",
         "二级风险", "隐蔽验收影像留存,监理、跟审同时签字。", "general"),
        ("融资财务部", "部长", "沙予柠", "融资中介选择", "融资中介机构选择不公开,收取好处", "资金管理",
         "二级风险", "中介机构公开比选,结果公示。", "middle"),
        ("融资财务部", "出纳", "桑若溪", "资金支付", "未按审批金额支付,公款私存", "资金管理", "三级风险",
         "网银支付双人复核,银行对账月清。", "general"),
        ("合约采购部", "造价员", "汝星澜", "结算审核", "结算审核中与施工单位串通高估冒算", "工程建设", "二级风险",
         "结算送第三方审计,审定结果复核。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, desc, area, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, desc, area, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], RISK_GRADES[lv])
    _per_person(sh, first, 1, (2, 3))
    sh.add()
    sh.add("公司纪检监察室审核:", None, None, None, "填报人:", None, None, "2024年11月", None)
    return _layout(
        "city_investment_business_areas", "https://www.lanyancloud.com/news/2000052807964712960",
        "区 城投公司 廉洁风险点及防控措施清单 after the source's account of 城投工程管理 (融资, 立项审批到竣工验收, 多标段"
        "施工, 合规风险): 序号/部门 merged (公司领导, 工程管理部, 融资财务部, 合约采购部)/岗位 and 责任人 merged per "
        "person (the compound surname 第五)/a short ``风险点`` beside a long ``风险描述``/a ``风险类别`` column naming "
        "BUSINESS AREAS (``三重一大决策``, ``资金管理``, ``工程建设``), none of the five types/风险级别 ``一级风险/二级风险/"
        "三级风险``/防控措施; 纪检监察室审核/填报人/date",
        [sh], t,
    )  # fmt: skip


def transport_group_supervisors() -> dict:
    unit = f"{PLACE}瓴江交通投资集团有限公司"
    sh = _Sheet("一览表", [6, 12, 10, 10, 34, 10, 8, 34, 12])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉洁风险防控一览表", 9)
    sh.add(
        "序号", "部门", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施", "监督责任人"
    )
    rows = [
        ("工程建设部", "部长", "澹台雨霁", "工程变更签证把关不严,增加园林绿化等非必要内容", "岗位职责", "高",
         "变更事项报集团党委三重一大会议审议,纪委列席。", "万俟远帆", "middle"),
        ("工程建设部", "部长", "澹台雨霁", "对施工单位质量问题降格处理", "外部环境", "中",
         "质量问题整改销号,结果集团内通报。", "万俟远帆", "middle"),
        ("招标采购部", "副部长", "戈洛川", "招标文件设置倾向性条款", "制度机制", "高",
         "招标文件法务审核,电子招标全程留痕。", "万俟远帆", "middle"),
        ("人力资源部", "部长", "夹谷晴岚", "人员招聘条件因人而设", "制度机制", "高",
         "招聘方案集团党委研究,笔试面试全程监督。", "公冶长青", "middle"),
        ("人力资源部", "薪酬专员", "东郭乐鱼", "工资、绩效核算中多计少计", "业务流程", "低",
         "薪酬表双人复核,部门负责人审签。", "公冶长青", "general"),
        ("资产经营部", "资产专员", "闾丘望舒", "闲置房产、广告位低价出租", "思想道德", "中",
         "出租进公共资源交易平台,租金价格评估。", "公冶长青", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, boss, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures, boss)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, (2, 3))
    sh.add()
    sh.add("填报人:", None, None, "集团纪委审核:", None, None, None, "2024年12月", None)
    return _layout(
        "transport_group_supervisors",
        "https://share.jcy.jinhua.com.cn/c/221206/ARTdhD9uPXhc1gIgHq.html",
        "区 交通投资集团 岗位廉洁风险防控一览表 after the source's account of a 交投集团's 清廉国企 work (三重一大 审议工程"
        "变更, 园林景观和绿化不属于改建范围, 人员招聘和工程招标的监督): 序号/部门 merged (工程建设部, 招标采购部, 人力资源部, "
        "资产经营部)/岗位 and 姓名 merged per person (compound surnames 澹台, 夹谷, 东郭, 闾丘)/风险点/风险类型 (short "
        "names)/风险等级 高/中/低/防控措施/a ``监督责任人`` column at the right naming the two 分管 leaders (万俟远帆, "
        "公冶长青), each over several 部门, no holder; 填报人/集团纪委审核/date",
        [sh], t,
    )  # fmt: skip


def water_company_two_pages() -> dict:
    unit = f"{PLACE}荇溪供水有限公司"
    sh = _Sheet("Sheet1", [6, 12, 10, 9, 34, 14, 8, 34])
    t = _Truth(unit)
    title = f"{unit}岗位廉政风险点排查表"
    header = ("序号", "部门", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("公司领导", "经理", "淳于泊舟", "管网改造工程发包不经集体研究", "制度机制风险", "高",
         "工程发包经经理办公会研究,按规定招标。", "leader"),
        ("制水厂", "厂长", "贡栖云", "净水药剂采购验收不严", "业务流程风险", "中",
         "药剂进厂抽检,验收单三人签字。", "middle"),
        ("制水厂", "化验员", "訚若水", "水质检测数据弄虚作假", "岗位职责风险", "高",
         "检测原始记录留存,区疾控中心定期比对。", "general"),
        ("营业所", "所长", "弘敬亭", "违规减免水费、违规审批新装", "制度机制风险", "高",
         "减免和新装审批单公开,月度稽查。", "middle"),
        ("营业所", "抄表员", "羊舌栖迟", "估抄、漏抄,为用户少计水量", "思想道德风险", "中",
         "抄表照片上传系统,用水异常自动预警。", "general"),
        ("营业所", "收费员", "颉瑶光", "收取水费不开票、截留水费", "岗位职责风险", "中",
         "收费系统出票,日清日结。", "general"),
        ("管网维修队", "队长", "厍知秋", "管网抢修材料虚报冒领", "业务流程风险", "中",
         "材料领用登记,旧件交回核销。", "middle"),
        ("管网维修队", "队长", "厍知秋", "为用户私接管道收取好处", "外部环境风险", "低",
         "接管一律经营业所受理,巡线发现私接严肃处理。", "middle"),
    ]  # fmt: skip
    _line(sh, title, 8)
    sh.add(*header)
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        if n == 5:  # the second printed page repeats the title and the header
            _per_person(sh, first, 1, (2, 3))
            _line(sh, title, 8)
            sh.add(*header)
            first = len(sh.rows)
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, (2, 3))
    sh.add()
    sh.add("填表人:", None, None, "审核人:", None, None, "2024年5月", None)
    return _layout(
        "water_company_two_pages",
        "http://www.civilcn.com/shuili/lunwen/ntsl/12023859721249.html",
        "区 供水公司 岗位廉政风险点排查表 after the source's account of a 县's 农村饮水安全 (水质, 水量, 工程建设管理, "
        "运行管理): printed over TWO pages, the title and the header REPEATED before row 5 (营业所's 抄表员), the 营业所 "
        "split over the page break; 序号/部门 merged (公司领导, 制水厂, 营业所, 管网维修队)/岗位 and 姓名 merged per "
        "person (compound surnames 淳于, 羊舌)/风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施; 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    primary_school_checkbox_cards(),
    township_stations_sealed_line(),
    village_power_items(),
    community_name_first(),
    kindergarten_two_types(),
    middle_school_name_first(),
    city_investment_business_areas(),
    transport_group_supervisors(),
    water_company_two_pages(),
]

RESAVED: tuple[str, ...] = ()  # this batch keeps no re-saved copies


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx``."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch199-inbox"))

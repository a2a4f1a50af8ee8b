"""A hundred-and-thirty-first batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: GRASS ROOTS, PUBLIC INSTITUTIONS AND SOEs MIXED — a 村, a
社区, a 镇's 农业农村服务中心, a 镇中心小学, the county's 疾病预防控制中心, its 第二人民医院, its 救助
管理站 and two county companies (the 港务有限公司 and the 城市建设投资发展集团) — each handing back
its ordinary 一览表, 排查表, 登记表 or 防控卡 the way its staff typed it, every one of them in an
invented 张家港县 (its towns 鹭汀镇, 苇渡镇, 蒹葭镇 and its 枫溪街道 invented too):

- a 村's 排查表 whose 职务 and 姓名 are followed by a ``分工`` column (``负责党建、组织、宣传工作``,
  ``负责村级财务工作``: how 村“两委” split their work), the 一肩挑 ``党总支书记、村委会主任``;
- a 社区's 防控卡 one per sheet (``Sheet1``–``Sheet3``), each opened by ``姓名 | … | 性别 | … | 出生年月 |
  <date>`` and ``职务 | … | 政治面貌 | …`` and a ``分管工作`` line, a ``持卡人签字`` line under it;
- a 镇's 农业农村服务中心's 一览表 with no 科室 column, titled ``张家港县苇渡镇农业农村服务中心…``
  (the 镇 the unit, its 中心 the 科室 of every row, as a 镇's 站所 are);
- a 镇中心小学 排查表 whose 科室 column is headed ``部门/科组`` (校长室, 教导处, 总务处, 语文科组,
  数学科组, 体艺科组) with a ``任教学科`` column (``/``, 语文, 数学, 科学, 体育) beside the 姓名;
- the 疾病预防控制中心's 一览表 with a ``科所`` column, a ``专业技术职称`` column (主任医师, 主管医师,
  副主任技师, 会计师 …) beside 职务 and 姓名, a short ``风险事项`` beside a long ``风险表现``,
  ``Ⅰ级/Ⅱ级/Ⅲ级``;
- the 第二人民医院's 一览表 cut by three merged SECTION rows ``一、院领导``, ``二、职能科室``,
  ``三、临床医技科室`` over a table that keeps its own 科室 column (院部, 医务科, 药剂科, 手术室 …);
- the 港务有限公司's 排查登记表 with a ``工号`` column (``GW0112``) before the 姓名, levels
  ``重大/较大/一般`` and a last ``监督部门`` column;
- the 城市建设投资发展集团's 识别评估表 scoring each risk: ``发生可能性 | 影响程度 | 风险值 | 风险等级``
  (1–5, 1–5, their product, 高/中/低), the note under it saying how the 风险值 makes the level.

One is harder:

- ``rescue_station_type_columns``: the 救助管理站's 登记表, one row a post, whose ``廉政风险点`` heading
  spans FOUR sub-columns named by the risk types (``思想道德风险 | 岗位职责风险 | 制度机制风险 |
  外部环境风险``): each post's risks are written in the columns of their types (``/`` in the others),
  one 风险等级 and one 防控措施 for the row; no 科室 column (posts ``救助科科长``, ``后勤保管员``).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; most pages describe their subject in prose (救助 of 城市生活无着的流浪乞讨人员
and its 程序; a 疾控中心's 行政科室 and 业务科室; a 医院's 纪检监察室 and its 医务科, 财务科, 药剂科,
器械设备科; 村支两委's 分工; 港口's 调度员, 理货员, 装卸工, 机械师; 中小学's 教务主任 and 学科组长;
a 社区's 书记 who is also the 居委会主任 and 委员 who 身兼多职; a 镇农业服务站's year; 风险 graded by
可能性 and 影响程度 into 高、中、低) and the layout follows their words. The rows are worded by us,
the names invented.

Run ``python tests/published/score.py --set batch131`` and do not tune the reader against it, or
it stops being held out. No LibreOffice re-saved copies are kept for this batch (prefix ``b131_``).

Judgement calls this batch leans on, beyond those of the earlier batches:

- a ``廉政风险点`` heading over four sub-columns named by the types: every filled cell under it is a
  point (the cell's whole text) of that column's type, at the row's level; ``/`` is no point;
- ``分工`` is the holder's share of the work (a duty), not a 科室 and not a point;
- ``专业技术职称`` is a rank of the holder, not the post; ``任教学科`` is what a teacher teaches, no
  post, no holder and no 科室; ``工号`` is no holder;
- ``部门/科组`` heads the 科室 column; ``语文科组`` is a 科室 of the school;
- the section rows ``一、院领导``, ``二、职能科室``, ``三、临床医技科室`` are groups of 科室: the 科室 is
  the 科室 column's (院部, 医务科 …), the section line no point;
- ``发生可能性`` and ``影响程度`` are scores (1–5), ``风险值`` their product; the level is the
  ``风险等级`` column's (and agrees with the note's bands);
- ``重大/较大/一般`` are Ⅰ级/Ⅱ级/Ⅲ级;
- the 镇's 农业农村服务中心 is a 科室 of the 镇 (the unit ``张家港县苇渡镇``); a 社区 card names no 科室;
- 站长, 院长, 副院长, 中心 主任 and 副主任, 校长, 董事长, 总经理, 副总经理, the 村's 书记 and 副书记 and
  the 社区's 书记 are leaders; 科长, 科主任, 护士长, 部长, 经理, 队长, 处室 主任, 科组长, 办公室主任,
  the 镇's 中心 主任, the 村's 副主任 and 监委会主任 and the 社区's 副主任 middle; the rest general.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, row
heights, date cells) and writes ``truth.json``.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b131_"
PLACE = "张家港县"
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
GRADES = {"一级": 1, "二级": 2, "三级": 3}
SEVERITY = {"重大": 1, "较大": 2, "一般": 3}
RESAVED: tuple[str, ...] = ()
KINDS = ("思想道德风险", "岗位职责风险", "制度机制风险", "外部环境风险")


def _person_rows(sh: _Sheet, first: int, dept_col: int | None, cols: tuple[int, ...]) -> None:
    """Merge the 科室 column over its runs and ``cols`` (post, holder …) over each person's rows."""
    at = (dept_col, *cols) if dept_col is not None else cols

    def person(row):
        return tuple(row[c] for c in at)

    specs = [(dept_col, lambda row: row[dept_col])] if dept_col is not None else []
    _merge_down(sh, first, [*specs, *((c, person) for c in cols)])


# --------------------------------------------------------------------------- harder layout


def rescue_station_type_columns() -> dict:
    unit = f"{PLACE}救助管理站"
    sh = _Sheet("登记表", [5, 12, 9, 22, 24, 24, 24, 24, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点登记表", 10)
    r = sh.add(*([None] * 7), "填报时间：2024年10月", None, None)
    sh.merge(r, 7, r, 9)
    h = sh.add(
        "序号", "岗位", "姓名", "岗位职责", "廉政风险点", None, None, None, "风险等级", "防控措施"
    )
    sh.add(None, None, None, None, *KINDS, None, None)
    sh.merge(h, 4, h, 7)
    for c in (0, 1, 2, 3, 8, 9):
        sh.merge(h, c, h + 1, c)
    posts = [
        ("站长", "亢霁禾", "主持全站工作,负责救助资金、物资和定点合作单位管理", "leader", {
            "思想道德风险": "接受定点医院、供餐单位请托,在合作单位选定中谋取私利",
            "制度机制风险": "大额救助资金使用和物资采购不经站务会集体研究",
        }, "高", "合作单位公开比选,资金使用和采购经站务会研究并留存纪要。"),
        ("救助科科长", "郇鹤汀", "负责求助人员甄别、救助审批和返乡安排", "middle", {
            "岗位职责风险": "对不符合条件的求助人员违规给予救助,随意扩大救助范围",
            "外部环境风险": "受人请托为职业乞讨人员反复购买返乡车票",
        }, "高", "救助条件上墙公示,甄别意见两人签字,返乡车票实名登记并与公安核查信息比对。"),
        ("救助员", "逄苇杭", "负责求助人员登记、入站安检和生活照料", "general", {
            "岗位职责风险": "求助人员登记信息不实,虚增救助人次套取经费",
        }, "中", "登记信息与身份核查、视频监控记录比对,科室每月抽查。"),
        ("会计", "阙漱玉", "负责救助资金核算和报账", "general", {
            "思想道德风险": "利用报账审核之便虚报冒领",
            "制度机制风险": "救助资金不按规定专款专用,白条抵库",
        }, "中", "救助资金单独核算,报账凭证经站长审签,每季度向民政局报送收支明细。"),
        ("后勤保管员", "扈栖迟", "负责救助物资、被服和食品的保管发放", "general", {
            "岗位职责风险": "救助物资出入库不登记,私自挪用、变卖衣被食品",
            "外部环境风险": "验收时接受供货商好处,以次充好",
        }, "低", "物资出入库逐笔登记,每月盘点,验收两人以上签字。"),
    ]  # fmt: skip
    for n, (post, who, duty, tier, risks, lv, measures) in enumerate(posts, 1):
        sh.add(n, post, who, duty, *(risks.get(k, "/") for k in KINDS), lv, measures)
        for kind in KINDS:
            if kind in risks:
                t.point(sh.name, "", post, who, tier, risks[kind], types_in(kind), HML[lv])
    _line(sh, "注：风险等级分为高、中、低三级，风险点按类型填入对应栏目，没有的填“/”。", 10)
    sh.add("站长签字:", None, None, "填表人:", None, None, None, None, None, None)
    return _layout(
        "rescue_station_type_columns", "https://m.shutu.cn/template/p8640910.html",
        "(harder) 县救助管理站 岗位廉政风险点登记表, after the source's account of 救助管理站 work (救助对象 城市生活"
        "无着的流浪乞讨人员, 自愿受助、无偿救助, 登记, 核实, 食宿, 返乡): title and a ``填报时间：…`` cell, then a "
        "TWO-ROW header — 序号/岗位/姓名/岗位职责 merged down, ``廉政风险点`` merged across FOUR sub-columns named "
        "by the types ``思想道德风险 | 岗位职责风险 | 制度机制风险 | 外部环境风险``, 风险等级 and 防控措施 merged "
        "down — ONE ROW A POST (站长, 救助科科长, 救助员, 会计, 后勤保管员; no 科室 column), its risks written in the "
        "sub-columns of their types and ``/`` in the others, one level 高/中/低 and one 防控措施 for the row; a note "
        "``注：…没有的填“/”。`` and a 站长签字/填表人 line under it",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def village_duty_split_column() -> dict:
    unit = f"{PLACE}鹭汀镇荻浦村"
    sh = _Sheet("排查表", [5, 14, 9, 22, 34, 12, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "职务", "姓名", "分工", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("党总支书记、村委会主任", "昝沚萱", "主持村党总支和村委会全面工作", "leader",
         "村级工程项目不按“四议两公开”程序决策,指定施工队", "制度机制风险", "高",
         "村级工程经“四议两公开”决策,施工队伍比选确定,结果张榜公布。"),
        ("党总支书记、村委会主任", "昝沚萱", "主持村党总支和村委会全面工作", "leader",
         "集体资产资源发包、租赁不公开竞价", "岗位职责风险", "高",
         "集体资产资源发包一律进镇农村产权交易平台公开交易。"),
        ("党总支副书记", "谯枕流", "负责党建、组织、宣传工作", "leader",
         "发展党员中优亲厚友,降低标准", "思想道德风险", "中", "发展对象经支委会集体研究,公示期内接受监督。"),
        ("村委会副主任", "庾菀青", "负责治安保卫、人民调解和征兵工作", "middle",
         "调解邻里纠纷中收受当事人财物", "外部环境风险", "中", "调解两人以上参加,调解协议存档备查。"),
        ("村委委员、妇女主任", "晁蘋末", "负责妇女儿童、民政和计生工作", "general",
         "低保、临时救助对象初审把关不严", "岗位职责风险", "中", "入户调查两人同行,初审名单在村务公开栏公示。"),
        ("村会计", "揭荇之", "负责村级财务工作", "general",
         "村级收入不及时入账,坐收坐支", "制度机制风险", "高", "村级收入全额缴存镇“三资”代理账户,严禁坐支。"),
        ("村会计", "揭荇之", "负责村级财务工作", "general",
         "虚开白条套取村集体资金", "业务流程风险", "中", "报账票据经手人、证明人、监委会三签,镇农经站复核。"),
        ("村务监督委员会主任", "仝岫白", "负责村务、财务公开的监督", "middle",
         "对村务、财务公开监督走过场", "岗位职责风险", "低", "按月审核公开内容,监督意见书面记录。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, duty, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, duty, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
    _person_rows(sh, first, None, (1, 2, 3))
    sh.add()
    sh.add(
        "村党总支书记签字:", None, None, None, "村务监督委员会主任签字:", None, "2024年8月", None
    )
    return _layout(
        "village_duty_split_column", "http://bcrsw.com/huijipeixun/6gieo1r7li.html",
        "村 廉政风险点排查表 after the source's account of how 村支两委 split their work (村支书 主持全面工作, 副主任 "
        "and 治保主任 治安保卫、人民调解, 妇女主任 计生和妇女儿童, 村会计 村级财务): title, then 序号/职务/姓名/``分工`` — "
        "the three merged per person; the 一肩挑 ``党总支书记、村委会主任``, ``村委委员、妇女主任``, ``村务监督委员会"
        "主任``; the ``分工`` cells say each one's share of the work (``负责党建、组织、宣传工作``) — /风险点/风险类型 "
        "``…风险``/风险等级 高/中/低/防控措施; no 科室 column; 书记/监委会主任 sign-off and date",
        [sh], t,
    )  # fmt: skip


def community_cards_sheets() -> dict:
    unit = f"{PLACE}枫溪街道棠梨社区"
    t = _Truth(unit)
    cards = [
        ("Sheet1", "琴檀溪", "女", datetime(1983, 4, 1), "社区党委书记、居委会主任", "中共党员",
         "主持社区全面工作,分管党建、财务和社区公益项目", "leader", [
             ("社区公益项目资金使用不经“两委”集体研究", "制度机制风险", "高",
              "公益项目资金使用经“两委”会议研究,每季度在居务公开栏公布。"),
             ("社区用房出租、场地使用收费不入账", "岗位职责风险", "中", "收费统一开具票据,收入纳入街道代管账户。"),
             ("发展党员、推荐评优中优亲厚友", "思想道德风险", "低", "推荐对象经党委会集体研究并公示。"),
         ]),
        ("Sheet2", "郦泊舟", "男", datetime(1990, 11, 1), "居委会副主任", "中共党员",
         "分管民政、残联和老龄工作", "middle", [
             ("低保、特困人员入户核查走过场,为不符合条件的对象出具证明", "岗位职责风险", "高",
              "入户核查两人同行,核查结果在居务公开栏公示七天。"),
             ("高龄津贴、残疾人补贴申领材料审核不严", "业务流程风险", "中", "申领材料社区初审、街道复核,名单按月公示。"),
         ]),
        ("Sheet3", "敖葭月", "女", datetime(1995, 6, 1), "专职社工", "共青团员",
         "负责社保、就业和网格信息采集工作", "general", [
             ("灵活就业人员社保补贴资格初审把关不严", "岗位职责风险", "中", "补贴资格与就业登记信息比对,初审意见签字留档。"),
             ("网格信息采集中收受出租房东好处,隐瞒不报", "外部环境风险", "中",
              "出租房屋信息由网格员交叉核查,街道综治中心抽查。"),
         ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, sex, born, post, party, duty, tier, points in cards:
        sh = _Sheet(tab, [8, 30, 10, 10, 12, 30])
        _line(sh, f"{unit}工作人员廉政风险防控卡", 6)
        sh.add("姓名", who, "性别", sex, "出生年月", born)
        r = sh.add("职务", post, None, None, "政治面貌", party)
        sh.merge(r, 1, r, 3)
        r = sh.add("分管工作", duty, None, None, None, None)
        sh.merge(r, 1, r, 5)
        r = sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", None)
        sh.merge(r, 4, r, 5)
        for n, (point, typ, lv, measures) in enumerate(points, 1):
            r = sh.add(n, point, typ, lv, measures, None)
            sh.merge(r, 4, r, 5)
            t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
        sh.add()
        sh.add("持卡人签字:", None, None, "街道审核意见:", None, None)
        sheets.append(sh)
    return _layout(
        "community_cards_sheets", "https://wanbiaoku.com/new/973cb783d038419ebba86a8e88fef790",
        "社区 工作人员廉政风险防控卡, one per sheet (``Sheet1``–``Sheet3``), after the source's account of a 社区's "
        "team (社区书记 往往同时担任居委会主任, 副书记及委员 身兼多职, 社区雇员 on contract): each card a title, "
        "``姓名 | … | 性别 | … | 出生年月 | <date cell>``, ``职务 | … (merged) | 政治面貌 | …`` (``社区党委书记、居委会"
        "主任``, ``居委会副主任``, ``专职社工``), a merged ``分管工作 | …`` line, then 序号/风险点/风险类型 ``…风险``/"
        "风险等级 高/中/低/防控措施 (merged over two columns), a ``持卡人签字: | 街道审核意见:`` line; no 科室 anywhere",
        sheets, t,
    )  # fmt: skip


def township_agri_center_title() -> dict:
    unit = f"{PLACE}苇渡镇"
    dept = "农业农村服务中心"
    sh = _Sheet("一览表", [5, 11, 9, 26, 34, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}{dept}岗位廉政风险点一览表", 8)
    sh.add("序号", "岗位", "姓名", "岗位职责", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("主任", "淳于汀兰", "主持中心全面工作", "middle", "农业项目申报、实施主体推荐不公开", "制度机制", "高",
         "项目实施主体公开遴选,推荐名单经镇党委会研究并公示。"),
        ("主任", "淳于汀兰", "主持中心全面工作", "middle", "耕地地力保护补贴面积核定把关不严", "岗位职责", "中",
         "补贴面积村组公示、镇级复核,抽查比例不低于百分之十。"),
        ("农经员", "申屠鹤眠", "负责农村集体“三资”代理记账和土地承包管理", "general",
         "代理记账中放任不合规票据入账", "业务流程", "高", "票据逐笔审核,不合规票据退回并登记。"),
        ("农技员", "公孙澈言", "负责农业技术推广和农产品质量安全检测", "general",
         "农产品抽样检测数据弄虚作假", "岗位职责", "中", "抽样全程拍照上传,检测结果随机复检。"),
        ("水利员", "太叔苓素", "负责小型农田水利工程和河道管护", "general",
         "小型农田水利工程验收走过场,为施工方虚报工程量签字", "外部环境", "高",
         "工程验收镇、村、监理三方参加,工程量实地丈量。"),
        ("畜牧兽医员", "闾丘砚耕", "负责动物防疫和养殖场户备案", "general",
         "强制免疫疫苗发放登记不实", "思想道德", "低", "疫苗领用与免疫档案逐户核对,每季度盘点。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, duty, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, duty, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _person_rows(sh, first, None, (1, 2, 3))
    sh.add()
    sh.add("中心主任签字:", None, None, "镇分管领导签字:", None, None, "2024年9月", None)
    return _layout(
        "township_agri_center_title",
        "https://www.cznd.gov.cn/html/cznd/2018/ADEJMLMI_0604/16007.html",
        "镇 农业农村服务中心 岗位廉政风险点一览表 after the source's account of a 镇's 农业服务站 year (稻麦 品种对比"
        "试验, 农产品质量安全 抽样检测, 与各村委签订 责任书): ONLY the title names the body — ``张家港县苇渡镇农业农村"
        "服务中心岗位廉政风险点一览表`` — and the table has NO 科室 column: 序号/岗位/姓名/岗位职责 (the three merged "
        "per person; 主任, 农经员, 农技员, 水利员, 畜牧兽医员)/风险点/风险类型 (short names)/风险等级 高/中/低/防控措施; "
        "中心主任/镇分管领导 sign-off and date. The 镇 is the unit, its 中心 the 科室",
        [sh], t,
    )  # fmt: skip


def school_subject_groups() -> dict:
    unit = f"{PLACE}蒹葭镇中心小学"
    sh = _Sheet("Sheet1", [5, 12, 11, 9, 9, 34, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 9)
    sh.add(
        "序号",
        "部门/科组",
        "职务",
        "姓名",
        "任教学科",
        "风险点",
        "风险类别",
        "风险等级",
        "防控措施",
    )
    rows = [
        ("校长室", "校长", "鲜于棠溪", "/", "大宗物资采购、校舍维修工程不经校务会集体研究", "制度机制", "一级",
         "采购和维修项目经校务会研究,按规定比选并公示结果。", "leader"),
        ("校长室", "校长", "鲜于棠溪", "/", "教师评优评先、职称推荐中优亲厚友", "思想道德", "二级",
         "推荐条件和量化结果在校内公示五个工作日。", "leader"),
        ("教导处", "教导主任", "南宫沅芷", "语文", "违规组织学生征订教辅资料", "岗位职责", "一级",
         "教辅征订坚持自愿原则,征订目录和结果报中心校审核。", "middle"),
        ("总务处", "总务主任", "羊舌芸晖", "科学", "食堂食材采购验收不严,以次充好", "业务流程", "一级",
         "食材定点采购,验收由总务处、食堂、家长代表三方签字。", "middle"),
        ("总务处", "报账员", "邝汀蒲", "数学", "公用经费报销白条入账", "制度机制", "二级",
         "报账凭证经手人、验收人、校长三签,镇会计核算中心复核。", "general"),
        ("语文科组", "科组长", "百里渚青", "语文", "质量检测命题中泄露试题", "岗位职责", "二级",
         "命题人员签订保密承诺,试卷封存由教导处统一管理。", "middle"),
        ("数学科组", "科组长", "段干竹漪", "数学", "课后服务课时统计不实,虚报补助", "业务流程", "三级",
         "课时签到与课表比对,补助发放名单公示。", "middle"),
        ("体艺科组", "科组长", "颛孙璞言", "体育", "比赛器材采购中接受商家好处", "外部环境", "三级",
         "器材采购三家比价,验收两人签字。", "middle"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, subject, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, subject, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    _person_rows(sh, first, 1, (2, 3, 4))
    sh.add()
    sh.add("校长签字:", None, None, None, "填表人:", None, None, "2024年5月", None)
    return _layout(
        "school_subject_groups", "https://docx.baby/p/20792584486085.html",
        "镇中心小学 岗位廉政风险点排查表 after the source's account of a 中小学's 教学管理团队 (校长, 教务主任, 年级"
        "主任, 学科组长 and their 分工): 序号/``部门/科组`` merged (校长室, 教导处, 总务处, 语文科组, 数学科组, 体艺"
        "科组)/职务, 姓名 and ``任教学科`` merged per person (``/`` for the 校长, 语文, 数学, 科学, 体育; the compound "
        "surnames 鲜于, 南宫, 羊舌, 百里, 段干, 颛孙)/风险点/风险类别 (short names)/风险等级 一级/二级/三级/防控措施; "
        "校长签字/填表人/date",
        [sh], t,
    )  # fmt: skip


def cdc_kesuo_ranks() -> dict:
    unit = f"{PLACE}疾病预防控制中心"
    sh = _Sheet("一览表", [5, 12, 8, 9, 11, 14, 30, 12, 7, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 10)
    r = sh.add(
        f"填报单位：{unit}", None, None, None, None, None, None, "填报日期：2024年9月", None, None
    )
    sh.merge(r, 0, r, 6)
    sh.merge(r, 7, r, 9)
    sh.add(
        "序号",
        "科所",
        "职务",
        "姓名",
        "专业技术职称",
        "风险事项",
        "风险表现",
        "风险类型",
        "风险等级",
        "防控措施",
    )
    rows = [
        ("中心领导", "主任", "漆雕霁青", "主任医师", "重大事项决策",
         "冷链设备、检验仪器采购和大额资金使用不经集体研究", "制度机制风险", "Ⅰ级",
         "严格执行“三重一大”集体决策,会议纪要存档备查。", "leader"),
        ("中心领导", "副主任", "乐正蘅若", "副主任医师", "应急物资采购",
         "卫生应急物资采购指定供应商,验收把关不严", "岗位职责风险", "Ⅱ级",
         "应急采购事后补办手续并报主任办公会备案,验收三人以上签字。", "leader"),
        ("免疫规划科", "科长", "邸菡生", "主管医师", "疫苗出入库管理",
         "非免疫规划疫苗出入库台账不实,私自调剂销售", "岗位职责风险", "Ⅰ级",
         "疫苗出入库全程电子追溯,账物每月核对。", "middle"),
        ("免疫规划科", "科员", "妫清砚", "医师", "预防接种证补办",
         "为未按程序接种的儿童违规补办接种证明", "思想道德风险", "Ⅱ级",
         "补证凭接种记录系统查询结果办理,双人审核。", "general"),
        ("检验科", "科长", "井叶澜", "副主任技师", "检验报告出具",
         "受委托单位请托出具不实检测报告", "外部环境风险", "Ⅰ级", "检测报告三级审核,原始记录留存备查。", "middle"),
        ("检验科", "科长", "井叶澜", "副主任技师", "试剂耗材采购",
         "检测试剂耗材采购不比价,指定品牌", "业务流程风险", "Ⅱ级", "试剂耗材集中采购,验收与使用分离。", "middle"),
        ("传染病防制科", "科长", "禹濯缨", "主管医师", "专项经费使用",
         "艾滋病、结核病防治专项经费虚列支出", "制度机制风险", "Ⅱ级", "专项经费单独核算,支出凭证附活动记录。",
         "middle"),
        ("综合办公室", "会计", "巩汀杳", "会计师", "财务报销",
         "报销审核把关不严,虚假票据入账", "制度机制风险", "Ⅲ级", "报销凭证经办、审核、审批分离,定期内审。",
         "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, rank, point, desc, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, rank, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
    _person_rows(sh, first, 1, (2, 3, 4))
    sh.add()
    sh.add("中心主任签字:", None, None, None, "填表人:", None, None, None, None, None)
    return _layout(
        "cdc_kesuo_ranks", "http://m.rrzuhua.com/case/8197290.html",
        "县疾病预防控制中心 岗位廉政风险点一览表 after the source's account of a 疾病预防控制中心 (行政科室 办公室、"
        "财务科, 业务科室 传染病防制科、免疫规划科, 高级职称 and 中级职称 staff; 免疫预防管理, 卫生检测检验): "
        "``填报单位：… | 填报日期：…`` over the table; 序号/``科所`` merged (中心领导, 免疫规划科, 检验科, 传染病防制科, "
        "综合办公室)/职务, 姓名 and ``专业技术职称`` (主任医师, 副主任医师, 主管医师, 医师, 副主任技师, 会计师) merged "
        "per person/a short ``风险事项`` beside a long ``风险表现``/风险类型 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/"
        "防控措施; 中心主任签字/填表人",
        [sh], t,
    )  # fmt: skip


def hospital_section_rows() -> dict:
    unit = f"{PLACE}第二人民医院"
    sh = _Sheet("Sheet1", [5, 12, 10, 9, 38, 8, 38])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "科室", "岗位", "责任人", "风险点", "风险等级", "防控措施")
    sections = [
        ("一、院领导", [
            ("院部", "院长", "蹇洄之", "药品、医用耗材遴选中打招呼、干预", "高",
             "药品耗材遴选由药事委员会集体票决,遴选结果公示。", "leader"),
            ("院部", "副院长", "郯绮川", "分管基建项目中指定施工单位", "高",
             "基建项目按规定公开招标,变更签证经院长办公会研究。", "leader"),
        ]),
        ("二、职能科室", [
            ("医务科", "科长", "鄞栖霞", "医疗纠纷处理中违规赔付、私下调解", "中",
             "纠纷赔付经医患关系协调小组集体研究,赔付协议法务审核。", "middle"),
            ("财务科", "科长", "殳素衣", "医疗退费审核把关不严", "低", "退费凭原始票据和科室证明办理,每月抽查。",
             "middle"),
            ("设备科", "采购员", "沃檀生", "医疗设备、耗材询价采购中收受回扣", "高",
             "询价采购三家以上,询价记录纪检监察室备案。", "general"),
        ]),
        ("三、临床医技科室", [
            ("药剂科", "科主任", "厉蓼汀", "药品用量统计数据泄露给医药代表", "高",
             "药品用量统计权限分级管理,查询留痕。", "middle"),
            ("药剂科", "科主任", "厉蓼汀", "药品验收入库把关不严", "中", "药品验收双人核对,验收记录逐批存档。",
             "middle"),
            ("检验科", "科主任", "暨澄川", "检验试剂指定品牌、变相推销", "中", "试剂遴选由设备委员会集体论证。",
             "middle"),
            ("手术室", "护士长", "盍若渊", "高值耗材使用登记不实、串换收费", "中",
             "高值耗材扫码使用,使用记录与收费清单每日核对。", "middle"),
        ]),
    ]  # fmt: skip
    n = 0
    for section, rows in sections:
        _line(sh, section, 7)
        first = len(sh.rows)
        for dept, post, who, point, lv, measures, tier in rows:
            n += 1
            sh.add(n, dept, post, who, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        _person_rows(sh, first, 1, (2, 3))
    sh.add()
    sh.add("院长签字:", None, None, "纪检监察室审核:", None, "2024年7月", None)
    return _layout(
        "hospital_section_rows", "https://zysfy.com.cn/Article/1476.html",
        "县第二人民医院 岗位廉政风险防控一览表 after the source's account of a 涉医领域 专项治理 inspection (纪检监察室, "
        "医务科, 病案室, 财务科, 药剂科, 器械设备科; 药品 and 设备采购, 回扣): 序号/科室/岗位/责任人/风险点/风险等级 "
        "高/中/低/防控措施, the table cut by three merged SECTION rows ``一、院领导``, ``二、职能科室``, ``三、临床医技"
        "科室`` while keeping its own 科室 column (院部, 医务科, 财务科, 设备科, 药剂科, 检验科, 手术室; 科室, 岗位 and "
        "责任人 merged per person within a section), 序号 running on through the sections; no type column; 院长签字/"
        "纪检监察室审核/date",
        [sh], t,
    )  # fmt: skip


def port_company_job_numbers() -> dict:
    unit = f"{PLACE}港务有限公司"
    sh = _Sheet("排查表", [5, 11, 10, 9, 9, 34, 8, 34, 11])
    t = _Truth(unit)
    _line(sh, f"{unit}廉洁风险排查登记表", 9)
    sh.add("序号", "部门", "岗位", "工号", "姓名", "风险点", "风险等级", "防控措施", "监督部门")
    rows = [
        ("公司领导", "总经理", "GW0001", "蒉怀璧", "装卸费率优惠、堆存费减免不经集体研究,个人审批", "重大",
         "费率优惠和减免经总经理办公会研究,按月公示。", "纪检监察室", "leader"),
        ("公司领导", "副总经理", "GW0003", "秘檀心", "港口机械设备采购设置倾向性参数,指定品牌", "重大",
         "设备采购技术参数论证后公开招标,评标专家随机抽取。", "纪检监察室", "leader"),
        ("业务调度部", "调度员", "GW0112", "荀琬卿", "泊位和作业线安排收受货主好处,优先安排关系船舶", "较大",
         "泊位计划系统排定,调整须部门经理审批并留痕。", "纪检监察室", "general"),
        ("理货站", "理货员", "GW0157", "隰沐禾", "理货数字弄虚作假,与货主串通多报少报", "较大",
         "理货单据双人复核,与计量数据比对。", "审计部", "general"),
        ("计量站", "过磅员", "GW0163", "苍柘川", "过磅数据人为修改,收受好处", "重大",
         "地磅数据自动采集上传,修改须站长审批并记录。", "审计部", "general"),
        ("计量站", "过磅员", "GW0163", "苍柘川", "磅单作废不登记", "一般", "作废磅单登记保存,每月核销。", "审计部",
         "general"),
        ("机械队", "队长", "GW0204", "牧澄霭", "维修配件以旧充新,虚报维修工时", "较大",
         "配件领用以旧换新,维修工时按工单核定。", "审计部", "middle"),
        ("财务部", "出纳", "GW0058", "丛鹭眠", "港口作业费现金收取不及时入账", "一般", "作业费统一转账结算,现金日清日结。",
         "审计部", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, code, who, point, lv, measures, watch, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, code, who, point, lv, measures, watch)
        t.point(sh.name, dept, post, who, tier, point, [], SEVERITY[lv])
    _person_rows(sh, first, 1, (2, 3, 4))
    _line(sh, "注：风险等级分为重大、较大、一般三级。", 9)
    sh.add("填表人:", None, None, "部门负责人:", None, None, "填报日期：2024年6月", None, None)
    return _layout(
        "port_company_job_numbers",
        "https://www.08gf.com/news/jie-mi-gang-kou-xing-ye-gong-zhong-fen-lei-quan-jie-xi-jie-mi-gang-kou-gong-ren-bei-hou-de-gu-shi.html",
        "县港务有限公司 廉洁风险排查登记表 after the source's account of a 港口's 工种 (调度员 安排船舶, 理货员 清点货物, "
        "装卸工, 机械师 维修吊车): 序号/部门 merged (公司领导, 业务调度部, 理货站, 计量站, 机械队, 财务部)/岗位, ``工号`` "
        "(``GW0112``, typed as text) and 姓名 merged per person/风险点/风险等级 ``重大/较大/一般``/防控措施/``监督部门`` "
        "(纪检监察室, 审计部); no type column; a note ``注：风险等级分为重大、较大、一般三级。`` and 填表人/部门负责人/"
        "填报日期 under it",
        [sh], t,
    )  # fmt: skip


def city_investment_scores() -> dict:
    unit = f"{PLACE}城市建设投资发展集团有限公司"
    sh = _Sheet("评估表", [5, 11, 9, 9, 32, 7, 7, 7, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉洁风险识别评估表", 10)
    sh.add(
        "序号",
        "部门",
        "岗位",
        "责任人",
        "风险点",
        "发生可能性",
        "影响程度",
        "风险值",
        "风险等级",
        "防控措施",
    )
    rows = [
        ("集团领导", "董事长", "上官澹宁", "重大投资项目、大额资金使用不经集体决策", 4, 5, "高",
         "严格执行“三重一大”决策制度,重大投资事前报县国资办备案。", "leader"),
        ("集团领导", "总经理", "公西稚川", "工程项目招标设置倾向性条件", 3, 5, "高",
         "招标文件经法务审核,招标全程进县公共资源交易中心。", "leader"),
        ("工程管理部", "部长", "壤驷蘅舟", "工程变更、现场签证把关不严,虚增工程量", 4, 4, "高",
         "变更签证经部门集体审核,送审计单位复核。", "middle"),
        ("工程管理部", "现场代表", "拓跋茗溪", "隐蔽工程验收签字走过场", 3, 3, "中",
         "隐蔽工程验收全程影像记录,监理、施工、建设三方签字。", "general"),
        ("融资财务部", "部长", "宰父怀瑾", "融资中介机构选择不公开,收受好处", 2, 5, "中",
         "中介机构比选确定,比选结果在集团内公示。", "middle"),
        ("融资财务部", "出纳", "夹谷棠音", "资金支付不按审批流程,公款私存", 2, 4, "中", "资金支付网银双人操作,每日对账。",
         "general"),
        ("资产运营部", "经理", "谷梁晴岚", "国有房产、门面出租不进场交易,低价出租", 3, 4, "中",
         "经营性资产出租一律公开招租,租金标准经评估确定。", "middle"),
        ("综合办公室", "主任", "东郭苇白", "办公用品采购、公务接待超标准", 2, 3, "低", "采购和接待先审批后实施,按季公开。",
         "middle"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, odds, harm, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, odds, harm, odds * harm, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _person_rows(sh, first, 1, (2, 3))
    _line(sh, "注：1.发生可能性、影响程度按1—5分评定，5分最高；", 10)
    _line(
        sh,
        "2.风险值=发生可能性×影响程度，风险值15分以上为高风险，8—14分为中风险，7分以下为低风险。",
        10,
    )
    sh.add("填表人:", None, None, "审核人:", None, None, None, "2024年11月", None, None)
    return _layout(
        "city_investment_scores",
        "https://www.seridoat.com/article/lian-jie-feng-xian-fang-fan-cuo-shi-quan-jie-xi-ru-he-shi-bie-yu-gui-bi-qian-zai-feng-xian-que-bao-z.html",
        "县城市建设投资发展集团 廉洁风险识别评估表 after the source's 廉洁风险 评估框架 (风险领域 采购、财务、人事; "
        "根据风险发生的可能性和影响程度 分为高、中、低三个等级): 序号/部门 merged (集团领导, 工程管理部, 融资财务部, "
        "资产运营部, 综合办公室)/岗位 and 责任人 merged per person/风险点/``发生可能性`` (2–4)/``影响程度`` (3–5)/"
        "``风险值`` (their product, numbers)/风险等级 高/中/低/防控措施; no type column; under it two merged note "
        "lines — the 1–5 scores, and ``风险值=发生可能性×影响程度，风险值15分以上为高风险，8—14分为中风险，7分以下为"
        "低风险。`` — then 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    rescue_station_type_columns(),
    village_duty_split_column(),
    community_cards_sheets(),
    township_agri_center_title(),
    school_subject_groups(),
    cdc_kesuo_ranks(),
    hospital_section_rows(),
    port_company_job_numbers(),
    city_investment_scores(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx`` (no re-saved copies)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch131-inbox"))

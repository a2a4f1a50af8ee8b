"""A hundred-and-twenty-third batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: GRASS ROOTS, PUBLIC INSTITUTIONS AND SOEs MIXED — a 村, a
社区, a 乡镇 with its own 站/所 as 科室, a county 水务集团, a 污水处理厂, a 中心小学 and a 幼儿园 — each
handing back its ordinary 一览表, 排查表, 清单 or 防控卡. Every unit is a body of 溧水县, its towns
invented. Rows are worded by us, the names invented.

One is harder:

- ``kindergarten_stacked_cards``: two personal cards stacked on one sheet, each opened by its own
  ``姓名 | … | 职务 | …`` pair row over its own header.

Judgement calls: a 村's list naming posts only (``村党支部书记``) is 对岗不对人 with department "";
a 乡镇's 财政所 and 农业服务中心 are 科室 of the 乡镇; 书记/主任/院长/校长/园长/总经理/厂长 and their
deputies are leaders, 部长/主任 of a 处室 or 部门 middle, the rest general.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b123_"
PLACE = "溧水县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}


def _table(
    name, source, what, unit, sheet, title, head, rows, cols, levels, merge=(), above=(), below=()
):
    """One sheet: title, lines ``above``, ``head``, ``rows`` (dicts) laid out by ``cols``, ``below``."""
    sh = _Sheet(sheet)
    t = _Truth(unit)
    n = len(head)
    _line(sh, title, n)
    for text in above:
        _line(sh, text, n)
    sh.add(*head)
    first = len(sh.rows)
    for k, r in enumerate(rows, 1):
        sh.add(*[k if c == "#" else r.get(c) for c in cols])
        t.point(sh.name, r.get("dept", ""), r["post"], r.get("who", ""), r["tier"], r["point"],
                types_in(r.get("type")), levels[r["level"]])  # fmt: skip
    if merge:
        _merge_down(sh, first, [(cols.index(c), (lambda i: lambda row: row[: i + 1])(cols.index(c)))
                                for c in merge])  # fmt: skip
    for text in below:
        _line(sh, text, n)
    return _layout(name, source, what, [sh], t)


def _r(dept, post, who, tier, point, typ, level, measure):
    return {"dept": dept, "post": post, "who": who, "tier": tier, "point": point, "type": typ,
            "level": level, "measure": measure}  # fmt: skip


def village_posts_list() -> dict:
    unit = f"{PLACE}白芦镇青荻村"
    rows = [
        _r("", "村党支部书记", "", "leader", "村级重大事项不按“四议两公开”程序决策", None, "高",
           "重大事项经党员大会、村民代表会议表决,结果公开。"),
        _r("", "村党支部书记", "", "leader", "集体资产发包、租赁暗箱操作", None, "高",
           "资产发包进农村产权交易平台公开进行。"),
        _r("", "村委会主任", "", "leader", "低保、救助对象评议优亲厚友", None, "中",
           "评议结果在村务公开栏公示七天。"),
        _r("", "村报账员", "", "general", "集体资金收支不及时入账,白条抵支", None, "中",
           "村账镇代管,收支凭证由村务监督委员会审核签字。"),
        _r("", "村务监督委员会主任", "", "leader", "对村务公开内容监督走过场", None, "低",
           "每季度对公开内容逐项核对并签字。"),
    ]  # fmt: skip
    return _table(
        "village_posts_list", "https://www.renrendoc.com/paper/507607601.html",
        "村 廉政风险点及防控措施一览表 after the source's 清廉村 方案 (四议两公开, 村务监督委员会, 集体资产): title "
        "naming the 村, then 序号/岗位/廉政风险点/风险等级 高/中/低/防控措施, posts only (对岗不对人), no 科室, no type; "
        "岗位 merged over a post's rows; a sign-off line under it",
        unit, "Sheet1", f"{unit}廉政风险点及防控措施一览表", ["序号", "岗位", "廉政风险点", "风险等级", "防控措施"],
        rows, ["#", "post", "point", "level", "measure"], HML, merge=("post",),
        below=("村党支部(盖章)　　　　填报日期:2024年10月",),
    )  # fmt: skip


def community_named_clearlist() -> dict:
    unit = f"{PLACE}榆坊街道竹溪社区居民委员会"
    rows = [
        _r("", "党委书记", "覃沅汐", "leader", "社区惠民资金使用不经“两委”集体研究", "制度机制", "高",
           "惠民资金使用方案经两委会研究并公示。"),
        _r("", "居委会主任", "眭芷蘅", "leader", "物业服务企业考核打分徇私", "岗位职责", "中",
           "考核邀请业主代表参加,得分公示。"),
        _r("", "民政专干", "仝砚舟", "general", "困难群众救助申请把关不严", "业务流程", "中",
           "入户核查两人以上,审核结果公示。"),
        _r("", "网格员", "蔺曦禾", "general", "入户走访中收受居民礼品", "思想道德", "低",
           "签订廉洁承诺书,公开投诉电话。"),
    ]  # fmt: skip
    return _table(
        "community_named_clearlist", "https://www.renrendoc.com/paper/507451974.html",
        "社区 廉洁风险防控清单 after the source's 清廉社区 实施方案 (社区事务公开, 小微权力): title, then 序号/岗位/"
        "姓名/风险点/风险类型 (short names)/风险等级 高/中/低/防控措施; no 科室 column; a 填报人 line under it",
        unit, "清单", f"{unit}岗位廉洁风险防控清单",
        ["序号", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施"],
        rows, ["#", "post", "who", "point", "type", "level", "measure"], HML,
        below=("填报人:仝砚舟　　审核人:覃沅汐",),
    )  # fmt: skip


def village_cadres_grades() -> dict:
    unit = f"{PLACE}洪蓝镇芦墩村"
    rows = [
        _r("", "村党总支书记", "郜峤岚", "leader", "村级工程项目指定施工队", "制度机制", "一级",
           "村级工程按小型项目交易规则公开比选。"),
        _r("", "村党总支书记", "郜峤岚", "leader", "村干部选举中拉票贿选", "思想道德", "一级",
           "换届纪律公开,设立监督电话。"),
        _r("", "村委会副主任", "昝淇澳", "leader", "土地征收补偿款分配不公", "岗位职责", "二级",
           "补偿方案经村民代表会议表决,逐户公示。"),
        _r("", "村会计", "佴晞月", "general", "公章使用审核不严", "制度机制", "三级",
           "用印登记,两人以上在场。"),
        _r("", "村会计", "佴晞月", "general", "集体收入坐收坐支", "业务流程", "二级",
           "收入当日缴存,月度公开。"),
    ]  # fmt: skip
    return _table(
        "village_cadres_grades", "https://www.renrendoc.com/paper/508203166.html",
        "村 干部岗位廉政风险排查表 after the source's 清廉村居 方案 (小微权力, 村级工程, 三资): title, 序号/职务/姓名/"
        "风险点/风险类别/风险等级 一级/二级/三级/防控措施; 职务 and 姓名 merged per person",
        unit, "排查表", f"{unit}村干部岗位廉政风险排查表",
        ["序号", "职务", "姓名", "风险点", "风险类别", "风险等级", "防控措施"],
        rows, ["#", "post", "who", "point", "type", "level", "measure"], GRADES, merge=("post", "who"),
    )  # fmt: skip


def town_stations_as_depts() -> dict:
    unit = f"{PLACE}晶桥镇人民政府"
    rows = [
        _r("财政所", "所长", "芮漱石", "middle", "惠农补贴资金发放审核不严", "岗位职责", "高",
           "补贴资金一卡通发放,名单公示。"),
        _r("财政所", "出纳", "阙蔓菁", "general", "公款私存、挪用", "制度机制", "中", "账款分管,每月对账。"),
        _r("农业服务中心", "主任", "蒯朔风", "middle", "农机购置补贴申报核查不实", "业务流程", "高",
           "实地核机,拍照留档。"),
        _r("农业服务中心", "农技员", "殳晴川", "general", "良种推广中接受供应商好处", "外部环境", "低",
           "品种统一招标,推广名单公开。"),
        _r("村镇建设服务所", "所长", "滕雪樵", "middle", "农房建设审批放宽条件", "岗位职责", "中",
           "审批结果在村公示,联审联批。"),
    ]  # fmt: skip
    return _table(
        "town_stations_as_depts", "https://www.renrendoc.com/paper/508201599.html",
        "乡镇 岗位廉政风险点一览表 after the source's 清廉乡村 方案 (惠农资金, 农村建设): title naming the 镇, "
        "序号/站所/岗位/姓名/风险点/风险类型/风险等级 高/中/低/防控措施; the 镇's own 财政所, 农业服务中心, 村镇建设服务所 "
        "as 科室 (merged)",
        unit, "一览表", f"{unit}岗位廉政风险点一览表",
        ["序号", "站所", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施"],
        rows, ["#", "dept", "post", "who", "point", "type", "level", "measure"], HML, merge=("dept",),
    )  # fmt: skip


def water_group_risk_words() -> dict:
    unit = f"{PLACE}水务集团有限公司"
    rows = [
        _r("公司领导", "总经理", "甄屹川", "leader", "大额资金使用不经集体决策", "制度机制", "一级风险",
           "严格执行“三重一大”决策制度。"),
        _r("资产财务部", "部长", "郇绮云", "middle", "对外借款、担保审批不严", "岗位职责", "一级风险",
           "担保事项报董事会审议。"),
        _r("工程管理部", "项目负责人", "帅听泉", "general", "管网工程签证变更虚增工程量", "业务流程", "二级风险",
           "变更签证现场核实,监理、审计会签。"),
        _r("营业收费部", "抄表员", "笃沐澄", "general", "抄表估抄、少抄收取好处", "思想道德", "三级风险",
           "远传水表抄读,定期轮换片区。"),
    ]  # fmt: skip
    return _table(
        "water_group_risk_words", "http://www.longyou.gov.cn/art/2024/4/12/art_1514523_59213070.html",
        "县水务集团 廉洁风险防控清单 after the source's 审计结果公告 on a 县水务集团 (资产财务部, 企管部, 供排水): "
        "序号/部门/岗位/姓名/风险点/风险类别/风险级别 ``一级风险/二级风险/三级风险``/防控措施",
        unit, "清单", f"{unit}岗位廉洁风险防控清单",
        ["序号", "部门", "岗位", "姓名", "风险点", "风险类别", "风险级别", "防控措施"],
        rows, ["#", "dept", "post", "who", "point", "type", "level", "measure"], RISKS,
    )  # fmt: skip


def sewage_plant_roman() -> dict:
    unit = f"{PLACE}城东污水处理厂"
    rows = [
        _r("厂部", "厂长", "栾澈言", "leader", "污泥处置单位选定不公开", "制度机制", "Ⅰ级",
           "处置单位公开比选,合同集体审定。"),
        _r("生产运行科", "科长", "鲜于迟", "middle", "进出水水质数据弄虚作假", "岗位职责", "Ⅰ级",
           "在线监测联网,数据不得人工修改。"),
        _r("生产运行科", "化验员", "冼霁禾", "general", "化验记录事后补填", "业务流程", "Ⅲ级", "化验记录当班签字。"),
        _r("设备科", "科长", "訾琅玕", "middle", "药剂、备件采购验收把关不严", "外部环境", "Ⅱ级",
           "采购验收三方签字。"),
    ]  # fmt: skip
    return _table(
        "sewage_plant_roman", "https://www.jintan.gov.cn/html/czjt/2024/IJMNQALM_0411/250940.html",
        "污水处理厂 廉政风险点排查表 after the source's 审计 of a 自来水厂 and 污水处理厂 (排污口监测, 污泥处理处置, "
        "设备物流采购): 单位/填报时间 line above; 序号/科室/岗位/姓名/风险点/风险类型/风险等级 Ⅰ级/Ⅱ级/Ⅲ级/防控措施",
        unit, "排查表", f"{unit}廉政风险点排查表",
        ["序号", "科室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施"],
        rows, ["#", "dept", "post", "who", "point", "type", "level", "measure"], ROMAN, merge=("dept",),
        above=(f"填报单位:{unit}　　填报时间:2024年11月",),
    )  # fmt: skip


def school_offices_stars() -> dict:
    unit = f"{PLACE}蒲塘中心小学"
    rows = [
        _r("校长室", "校长", "祁曼殊", "leader", "校舍维修工程不经校务会研究", "制度机制", "★★★",
           "维修项目经校务会研究并公示。"),
        _r("教务处", "主任", "晏栖梧", "middle", "评优评先、职称推荐不公", "岗位职责", "★★",
           "推荐条件和结果公示。"),
        _r("总务处", "主任", "隗霜序", "middle", "食堂食材采购收受回扣", "外部环境", "★★★",
           "食材定点采购,验收两人签字。"),
        _r("总务处", "会计", "卞绾禾", "general", "代收费用不入账", "业务流程", "★", "收费项目公示,票据统一管理。"),
    ]  # fmt: skip
    return _table(
        "school_offices_stars", "http://m.dewk.cn/wygw/gzbg/202404/324139.html",
        "中心小学 岗位廉政风险点一览表 after the source's 校园 排查方案 (校长, 教务处, 后勤处/总务处): 序号/处室/岗位/"
        "姓名/风险点/风险类型/风险等级 ★★★/★★/★/防控措施; a note reading the stars under it",
        unit, "一览表", f"{unit}岗位廉政风险点一览表",
        ["序号", "处室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施"],
        rows, ["#", "dept", "post", "who", "point", "type", "level", "measure"], STARS, merge=("dept",),
        below=("注:★★★为高风险,★★为中风险,★为低风险。",),
    )  # fmt: skip


def kindergarten_stacked_cards() -> dict:
    unit = f"{PLACE}梅林幼儿园"
    sh = _Sheet("防控卡")
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控卡", 5)
    cards = [
        ("园长", "阚汀若", "leader", [
            ("幼儿园保教费、伙食费收支不公开", "制度机制", "高", "收费标准和伙食账目每月公开。"),
            ("教师招聘、评优中优亲厚友", "思想道德", "中", "招聘、评优结果公示。"),
        ]),
        ("保健医生", "宓蘅芜", "general", [
            ("幼儿食品、药品采购验收不严", "岗位职责", "中", "验收两人签字,留样备查。"),
            ("晨检、体检记录弄虚作假", "业务流程", "低", "记录每日签字,园长抽查。"),
        ]),
    ]  # fmt: skip
    for k, (post, who, tier, points) in enumerate(cards):
        if k:
            sh.add()
        sh.add("姓名", who, "职务", post, None)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施")
        for n, (point, typ, lv, measure) in enumerate(points, 1):
            sh.add(n, point, typ, lv, measure)
            t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
    return _layout(
        "kindergarten_stacked_cards", "http://topbestnft.com/n4/n21/c88388/content.html",
        "(harder) 幼儿园 岗位廉政风险防控卡, after the source's 审计 of a 小学附属幼儿园 (膳食, 食品采购, 安全): TWO "
        "personal cards STACKED on one sheet under one title, each opened by its own pair row ``姓名 | 阚汀若 | 职务 | "
        "园长`` over its own 序号/风险点/风险类型/风险等级 高/中/低/防控措施 header, a blank row between",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    kindergarten_stacked_cards(),
    village_posts_list(),
    community_named_clearlist(),
    village_cadres_grades(),
    town_stations_as_depts(),
    water_group_risk_words(),
    sewage_plant_roman(),
    school_offices_stars(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx``."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch123-inbox"))

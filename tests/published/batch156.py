"""A hundred-and-fifty-sixth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built with
its helpers. This batch's angle: FILES AS THEY REALLY ARRIVE from county bodies of 井研县 seldom used
before — a 科学技术协会, a 图书馆, a 气象局, a 镇, a 地方志办公室, a 档案馆, a 科学技术局 and a 县委党史研究室 —
each handing back its ordinary 一览表, 排查表, 清单 or personal 自查表 the way its staff typed it.

One is harder: ``town_post_in_one_cell`` — a 镇's 防控卡 per sheet whose line above the table reads
``岗位：财政所所长　　姓名：…``: the 镇's own 所 and the post run together in one field (科室 财政所,
post 所长), as the 乡镇 站/所 convention wants.

Judgement calls: a 镇's 财政所/农业综合服务中心 is a 科室 of the 镇; a list with no 科室 column keeps each
post as written (``学会部部长``, department ""); 馆长, 主席/副主席, 局长/副局长, 主任/副主任 of an 办公室 or
研究室, 镇长 are leaders; 科长, 股长, 部长, 所长 of a 镇's 所 middle; the rest general.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b156_"
PLACE = "井研县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
GAP = "\u3000\u3000"


def _table(sh, t, rows, dept_col=True, person=True, levels=HML, typed=True):
    """Rows (dept, post, who, point, type, level, measures, tier) numbered from 1."""
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        cells = [n]
        if dept_col:
            cells.append(dept)
        cells.append(post)
        if person:
            cells.append(who)
        cells.append(point)
        if typed:
            cells.append(typ)
        cells += [lv, measures]
        sh.add(*cells)
        t.point(sh.name, dept if dept_col else "", post, who if person else "", tier, point,
                types_in(typ) if typed else [], levels[lv])  # fmt: skip
    specs = []
    if dept_col:
        specs.append((1, lambda row: row[1]))
        if person:
            specs += [(2, lambda row: row[1:4]), (3, lambda row: row[1:4])]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout


def town_post_in_one_cell() -> dict:
    unit = f"{PLACE}沫溪镇人民政府"
    t = _Truth(unit)
    cards = [
        ("财政所", "所长", "巫马砚舟", "middle", [
            ("惠农补贴资金发放审核把关不严,虚报冒领", "岗位职责", "高",
             "补贴名册村组公示,所内两人复核,资金一卡通直达。"),
            ("村级财务代理记账中白条入账", "制度机制", "中", "村账镇代理,凭证审核实行双签。"),
            ("公务接待费报销超标准", "思想道德", "低", "接待实行公函和清单制度,每季度公开。"),
        ]),
        ("农业综合服务中心", "主任", "东郭粟禾", "middle", [
            ("耕地地力保护补贴面积核实不实", "业务流程", "高", "面积以确权数据为准,抽查比例不低于10%。"),
            ("农机购置补贴核验走过场", "外部环境", "中", "补贴机具现场核验拍照,人机合影存档。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for dept, post, who, tier, points in cards:
        sh = _Sheet(dept, [6, 36, 12, 10, 36])
        _line(sh, f"{unit}岗位廉政风险防控卡", 5)
        _line(sh, f"岗位：{dept}{post}{GAP}姓名：{who}", 5)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施")
        for n, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(n, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        sh.add("本人签字:", None, None, "分管领导签字:", None)
        sheets.append(sh)
    return _layout(
        "town_post_in_one_cell", "https://www.renrendoc.com/paper/502595161.html",
        "(harder) 镇 岗位廉政风险防控卡 per sheet (财政所, 农业综合服务中心), after the source's 乡镇 档案库房 制度 "
        "(收集、整理、保管、利用): title, then ONE merged line ``岗位：财政所所长　　姓名：巫马砚舟`` — the 镇's own 所 "
        "and the post run together in the 岗位 field — over 序号/风险点/风险类型/风险等级 高/中/低/防控措施; "
        "本人签字/分管领导签字 line",
        sheets, t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def cast_posts_no_dept() -> dict:
    unit = f"{PLACE}科学技术协会"
    sh = _Sheet("清单", [6, 14, 34, 12, 8, 34])
    t = _Truth(unit)
    sh.add("附件")
    _line(sh, f"{unit}岗位廉政风险防控清单", 6)
    sh.add("序号", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("", "主席", "", "科普经费分配不经集体研究", "制度机制", "一级", "经费分配经党组会研究,结果公开。", "leader"),
        ("", "副主席", "", "科技工作者表彰推荐不公", "岗位职责", "二级", "推荐条件公开,候选人公示。", "leader"),
        ("", "学会部部长", "", "学会年检把关不严", "业务流程", "二级", "年检材料两人审核。", "middle"),
        ("", "科普部部长", "", "科普示范基地评审打人情分", "思想道德", "一级", "评审专家随机抽取,评分公示。", "middle"),
        ("", "办公室主任", "", "办公用品采购虚开发票", "制度机制", "三级", "采购三人以上验收,台账每月核对。", "middle"),
    ]  # fmt: skip
    _table(sh, t, rows, dept_col=False, person=False, levels=GRADES)
    sh.add("填报人:", None, None, "审核人:", None, "2024年12月")
    return _layout(
        "cast_posts_no_dept", "https://gl.gov.cn/xjwz/zwgkml/gstg/gstg_kx/202507/t20250718_5049569.htm",
        "县科学技术协会 岗位廉政风险防控清单 对岗不对人 after the source's 区科协 巡察整改 notice: ``附件``, title, "
        "序号/岗位 (科室 inside the post: 学会部部长, 科普部部长, 办公室主任; NO 科室 column, no names)/风险点/风险类型/"
        "风险等级 一级/二级/三级/防控措施; 填报人/审核人/date",
        [sh], t,
    )  # fmt: skip


def library_untyped_list() -> dict:
    unit = f"{PLACE}图书馆"
    sh = _Sheet("Sheet1", [6, 12, 10, 10, 34, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 7)
    sh.add("序号", "部门", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("馆领导", "馆长", "澹台萸青", "总分馆建设项目指定供应商", "", "高", "项目按规定采购,馆务会集体决策。", "leader"),
        ("馆领导", "馆长", "澹台萸青", "图书采购经费使用不公开", "", "中", "采购清单和经费使用每年公开。", "leader"),
        ("采编部", "主任", "乐正苘", "图书采购验收以次充好、虚增册数", "", "高", "验收两人以上,逐册登记入库。", "middle"),
        ("流通部", "主任", "羊舌芷汀", "剔旧图书私自处置", "", "中", "剔旧清单报馆务会审批,集中处置。", "middle"),
        ("流通部", "管理员", "公冶荻", "收取读者押金不入账", "", "低", "押金开具票据,日清月结。", "general"),
    ]  # fmt: skip
    _table(sh, t, rows, typed=False)
    sh.add("馆长签字:", None, None, "填表人:", None, "2024年11月", None)
    return _layout(
        "library_untyped_list", "https://m.iread.qq.com/read/1022649905/29",
        "县图书馆 岗位廉政风险点一览表 after the source's account of 县域总分馆制: 序号/部门 merged (馆领导, 采编部, "
        "流通部)/岗位 and 姓名 merged per person/风险点/风险等级 高/中/低/防控措施; no type column; signature line",
        [sh], t,
    )  # fmt: skip


def weather_self_check_pairs() -> dict:
    unit = f"{PLACE}气象局"
    t = _Truth(unit)
    people = [
        ("南门槿遥", "业务科", "科长", "middle", [
            ("人工影响天气作业物资采购不规范", "制度机制", "高", "物资按规定采购,入库出库双人登记。"),
            ("气象灾害评估报告出具不客观", "岗位职责", "中", "评估报告经集体会商,存档备查。"),
        ]),
        ("万俟晗川", "办公室", "会计", "general", [
            ("报销凭证审核不严", "业务流程", "中", "报销实行经办、审核、审批三级签字。"),
            ("公务卡消费与用途不符", "外部环境", "低", "公务卡消费每月对账。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [8, 30, 10, 30])
        _line(sh, "岗位廉政风险自查表", 4)
        sh.add("姓名", who, "科室", dept)
        sh.add("职务", post, "单位", unit)
        sh.add("序号", "风险点", "风险类型", "风险等级")
        sh.rows[-1].append("防控措施")
        for n, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(n, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        sh.add("自查人签字:", None, "日期:", None, None)
        sheets.append(sh)
    return _layout(
        "weather_self_check_pairs", "http://www.dazhou.gov.cn/news-show-231148.html",
        "县气象局 岗位廉政风险自查表 one sheet per person (sheet named after the holder), after the source's 气象事业"
        "发展规划 (人工影响天气, 气象防灾减灾): title, pairs ``姓名|…|科室|…`` and ``职务|…|单位|…`` above "
        "序号/风险点/风险类型/风险等级 高/中/低/防控措施; 自查人签字 line",
        sheets, t,
    )  # fmt: skip


def gazetteer_roman_levels() -> dict:
    unit = f"{PLACE}地方志办公室"
    sh = _Sheet("排查表", [6, 12, 10, 10, 30, 12, 8, 30])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "责任人", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("办领导", "主任", "叱干岫然", "志书出版印刷单位选定不公开", "制度机制", "Ⅰ级", "印刷单位公开比选。", "leader"),
        ("编纂科", "科长", "亓官蘅舟", "志稿评审专家劳务费虚报", "岗位职责", "Ⅱ级", "劳务费凭评审签到和意见发放。", "middle"),
        ("编纂科", "编辑", "闾丘若蘅", "入志内容收受好处,为单位或个人美化", "思想道德", "Ⅱ级", "志稿三审,入志标准公开。", "general"),
        ("年鉴科", "科长", "公良苇白", "年鉴征订摊派", "外部环境", "Ⅲ级", "征订自愿,严禁摊派。", "middle"),
    ]  # fmt: skip
    _table(sh, t, rows, levels=ROMAN)
    sh.add("填表人:", None, None, "审核人:", None, None, "2024年10月", None)
    return _layout(
        "gazetteer_roman_levels",
        "http://dfzb.abazhou.gov.cn/abzdfsbgs/c104047/202103/dd6fdbd206334e0896e8781493866b05.shtml",
        "县地方志办公室 廉政风险点排查表 after the source's 县级志鉴编纂 article: 序号/科室 merged (办领导, 编纂科, "
        "年鉴科)/岗位/责任人/风险点/风险类型 (short names)/风险等级 Ⅰ级/Ⅱ级/Ⅲ级/防控措施",
        [sh], t,
    )  # fmt: skip


def archives_typed_suffix() -> dict:
    unit = f"{PLACE}档案馆"
    sh = _Sheet("一览表", [6, 12, 10, 10, 30, 14, 8, 30])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    r = sh.add(
        f"填报单位（盖章）：{unit}", None, None, None, None, "填报时间：2024年9月", None, None
    )
    sh.merge(r, 0, r, 4)
    sh.merge(r, 5, r, 7)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("馆领导", "副馆长", "拓跋沅芷", "档案数字化外包项目验收不严", "岗位职责风险", "高", "外包项目分段验收,集体签字。", "leader"),
        ("接收征集股", "股长", "钟离蓼汀", "征集档案资料作价不实", "制度机制风险", "中", "征集作价经专家评估,馆务会审定。", "middle"),
        ("利用服务股", "股长", "仲长溆", "违规提供未开放档案查阅", "外部环境风险", "高", "查阅实行审批登记,涉密档案专人管理。", "middle"),
        ("利用服务股", "馆员", "濮阳蓍", "查档收费不开票", "思想道德风险", "低", "查档收费标准公示,统一票据。", "general"),
    ]  # fmt: skip
    _table(sh, t, rows)
    sh.add("单位负责人:", None, None, "填表人:", None, None, None, None)
    return _layout(
        "archives_typed_suffix",
        "https://shandong-chorography.org/database/fa01/section/8/article/14/",
        "县档案馆 岗位廉政风险防控一览表 after the source's account of 地情资料 kept and lost: ``附件1``, title, a "
        "``填报单位（盖章）：… | 填报时间：…`` line, 序号/股室 merged/岗位/姓名/风险点/风险类别 ``…风险``/风险等级 高/中/低/"
        "防控措施; 单位负责人/填表人 line",
        [sh], t,
    )  # fmt: skip


def science_bureau_sheets() -> dict:
    unit = f"{PLACE}科学技术局"
    t = _Truth(unit)
    parts = [
        ("局领导", [
            ("局长", "赫连雩", "科技计划项目立项不经集体研究", "制度机制", "高", "立项经局党组会集体研究,结果公示。", "leader"),
            ("副局长", "尉迟蕖生", "科技成果转化奖励审核把关不严", "岗位职责", "中", "奖励材料专家评审,结果公示。", "leader"),
        ]),
        ("科技计划股", [
            ("股长", "段干朴岚", "项目验收走过场", "业务流程", "高", "验收邀请第三方专家,现场核查。", "middle"),
            ("科员", "梁丘棠溪", "向申报单位泄露评审专家名单", "外部环境", "低", "专家名单评审前保密。", "general"),
        ]),
    ]  # fmt: skip
    sheets = []
    for dept, rows in parts:
        sh = _Sheet(dept, [6, 10, 10, 32, 12, 8, 32])
        _line(sh, f"{unit}岗位廉政风险点排查表", 7)
        _line(sh, f"股室：{dept}", 7)
        sh.add("序号", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
        for n, (post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
            sh.add(n, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        sheets.append(sh)
    return _layout(
        "science_bureau_sheets", "http://www.qikan.com.cn/article/119220240618.html",
        "县科学技术局 岗位廉政风险点排查表 one sheet per 股室 (局领导, 科技计划股) after the source's article on 科技成果"
        "转化 廉政风险: title, a merged line ``股室：…``, 序号/岗位/姓名/风险点/风险类型/风险等级 高/中/低/防控措施",
        sheets, t,
    )  # fmt: skip


def party_history_list() -> dict:
    unit = f"中共{PLACE}委党史研究室"
    sh = _Sheet("Sheet1", [6, 12, 10, 10, 30, 12, 8, 30])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("室领导", "主任", "西门蔻篱", "党史书籍出版经费使用不规范", "制度机制", "高", "出版经费专款专用,支出集体研究。", "leader"),
        ("征研科", "科长", "左丘菡", "口述史料征集补助虚报", "岗位职责", "中", "补助凭征集记录发放,按季公示。", "middle"),
        ("宣教科", "科员", "壤驷霁禾", "党史教育基地评定收受好处", "思想道德", "中", "评定标准公开,结果公示。", "general"),
        ("宣教科", "科员", "壤驷霁禾", "宣传品制作虚开发票", "业务流程", "低", "制作比价,验收入库。", "general"),
    ]  # fmt: skip
    _table(sh, t, rows)
    sh.add("填表人:", None, None, "审核人:", None, None, "2024年8月", None)
    return _layout(
        "party_history_list", "http://www.victorzhang.cn/page/2025/0421/26921627.shtml",
        "县委党史研究室 岗位廉政风险点一览表 after the source's article on 地方志 and 史志 work: 序号/科室 merged "
        "(室领导, 征研科, 宣教科)/岗位 and 姓名 merged per person/风险点/风险类型/风险等级 高/中/低/防控措施",
        [sh], t,
    )  # fmt: skip


def annals_center_list() -> dict:
    unit = f"{PLACE}年鉴编纂中心"
    sh = _Sheet("一览表", [6, 12, 10, 10, 30, 12, 8, 30])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "呼延菖蒲", "年鉴印刷采购化整为零规避采购", "制度机制", "高", "按规定采购,主任办公会研究。", "leader"),
        ("编辑部", "部长", "申屠沅湘", "供稿单位稿酬核定不实", "岗位职责", "中", "稿酬按标准核定,双人复核。", "middle"),
        ("编辑部", "编辑", "漆雕芃", "擅自增删供稿单位内容收受好处", "思想道德", "低", "稿件修改留痕,三审定稿。", "general"),
    ]  # fmt: skip
    _table(sh, t, rows)
    sh.add("填表人:", None, None, "审核人:", None, None, "2024年7月", None)
    return _layout(
        "annals_center_list", "https://fx361.cc/page/2016/0205/16582159.shtml",
        "县年鉴编纂中心 岗位廉政风险点一览表 after the source's article on 专志 编纂 (编辑部, 志稿评议, 总纂): "
        "序号/科室 merged/岗位/姓名/风险点/风险类型/风险等级 高/中/低/防控措施",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    town_post_in_one_cell(),
    cast_posts_no_dept(),
    library_untyped_list(),
    weather_self_check_pairs(),
    gazetteer_roman_levels(),
    archives_typed_suffix(),
    science_bureau_sheets(),
    party_history_list(),
    annals_center_list(),
]
RESAVED: tuple = ()


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx``."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch156-inbox"))

"""A hundred-and-fiftieth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: THE ORDINARY PERSONAL CASE — one form per person, as the
staff of county bodies no earlier batch used fill in their own 防控卡, 自查表, 登记表 or 承诺书 with
ordinary habits; every unit is a body of 遂宁县 (or a 乡镇 of it):

- a 气象局's 防控卡, one sheet per holder named by the holder, the pairs ``姓名 | … | 职务 | … |
  科室 | …`` in one row above the table, a ``持卡人签字：`` line under it;
- a 人工影响天气办公室's 自查表 on ``Sheet1``/``Sheet2`` with two rows of pairs (性别, 出生年月, 任职
  时间 beside the 姓名, 所在科室 and 现任职务), ``/`` as the 主任's 科室, ``Ⅰ级/Ⅱ级/Ⅲ级`` and a
  ``自查情况`` column;
- a 档案馆's two 防控卡 stacked on one sheet, each opened by its own row of pairs and its own header;
- a 文化馆's 登记表 with a short ``廉政风险点`` beside its ``风险表现``, no type column, the holder
  under ``岗位责任人``;
- a 镇's 综合文化站 站长's 自查表 under ``单位：遂宁县澄溪镇综合文化站`` (the 站 a 科室 of the 镇);
- a 地方志编纂中心's 防控卡 with a row of labels over a row of values, levels 一级/二级/三级;
- a 乡's 农业综合服务中心 主任's 防控卡 under the 乡's title, ``站所`` and ``姓名`` pairs;

One is harder:

- ``library_pledge_signer``: a 图书馆's 承诺书 whose table names the 部门 and 岗位 in pairs above it,
  but the holder only in the signature line under the pledge text, ``承诺人：苌栖梧``.

Each layout imitates the *shape* of a form after a public page (its ``source``) that no earlier
batch cited; the pages mostly describe their subject in prose (测报岗位职责, 档案管理风险, 图书阅览室
制度, 文化室制度, 乡镇综合文化站 章程 …), and the layout follows their words for the unit, its parts,
its posts and its risks. The rows are worded by us, the names invented.

Run ``python tests/published/score.py --set batch150`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- the ``承诺人：…`` under a personal 承诺书 names its holder;
- ``/`` under 所在科室 is no 科室 (the 主任 heads the whole office);
- a 镇's or 乡's 综合文化站 and 农业综合服务中心 are 科室 of the 镇/乡 (its unit);
- 主任 of a county office, 副馆长 are leaders; 股长, 科长, 部长, 站长 of a 镇's 站 and 主任 of a 乡's
  中心 middle; the rest general.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and writes
``truth.json``; no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b150_"
PLACE = "遂宁县"
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
GRADES = {"一级": 1, "二级": 2, "三级": 3}
GAP = "\u3000"


def _points(sh, t, dept, post, who, tier, points, levels=HML, extra=()):
    for n, (point, typ, lv, measures) in enumerate(points, 1):
        sh.add(n, point, typ, lv, measures, *extra)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), levels[lv])


# --------------------------------------------------------------------------- harder layout


def library_pledge_signer() -> dict:
    unit = f"{PLACE}图书馆"
    sh = _Sheet("承诺书", [6, 34, 12, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控承诺书", 5)
    sh.add("部门", "采编部", "岗位", "主任", None)
    sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施")
    points = [
        ("图书采购中指定书商,收受回扣", "岗位职责", "高", "图书采购按政府采购程序进行,采购清单集体审定。"),
        ("验收时降低标准,接收盗版或残次图书", "业务流程", "中", "验收实行两人以上共同签字,抽检结果存档。"),
        ("赠书登记不全,私自处置", "制度机制", "低", "赠书统一登记入账,处置经馆务会研究。"),
        ("放松学习,廉洁意识淡化", "思想道德", "低", "参加每季度廉政学习,签订个人廉洁承诺。"),
    ]  # fmt: skip
    _points(sh, t, "采编部", "主任", "苌栖梧", "middle", points)
    _line(
        sh, "本人承诺:认真落实上表所列防控措施,自觉接受组织和群众监督,如有违反,愿承担相应责任。", 5
    )
    r = sh.add(None, None, None, "承诺人:苌栖梧", None)
    sh.merge(r, 3, r, 4)
    r = sh.add(None, None, None, "2024年10月12日", None)
    sh.merge(r, 3, r, 4)
    return _layout(
        "library_pledge_signer", "https://xncz.gov.cn/info/3522/122258.htm",
        "(harder) a 图书馆's 承诺书: 部门 and 岗位 in pairs above the table, the holder only in the "
        "signature line ``承诺人:苌栖梧`` under the pledge text",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def weather_bureau_cards() -> dict:
    unit = f"{PLACE}气象局"
    t = _Truth(unit)
    cards = [
        ("隰清漪", "股长", "测报股", "middle", [
            ("观测数据审核不严,默许弄虚作假", "岗位职责", "高", "观测数据实行双人审核,异常数据逐条登记。"),
            ("仪器设备送检、更换中收受供货方好处", "外部环境", "中", "设备更换报局务会研究,供货方公开比选。"),
            ("值班考勤记录不实", "制度机制", "低", "值班记录每月公示,局办公室抽查。"),
        ]),
        ("麴望舒", "会计", "办公室", "general", [
            ("报销票据审核不严,虚列开支", "业务流程", "高", "报销实行经办、审核、审批三级签字。"),
            ("公务卡使用不规范", "制度机制", "中", "公务卡消费每月对账,结果报分管领导。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, dept, tier, points in cards:
        sh = _Sheet(who, [6, 30, 12, 10, 34, 10])
        _line(sh, f"{unit}岗位廉政风险防控卡", 6)
        sh.add("姓名", who, "职务", post, "科室", dept)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", "备注")
        _points(sh, t, dept, post, who, tier, points, extra=(None,))
        sh.add("持卡人签字:", None, None, None, "日期:2024年9月", None)
        sheets.append(sh)
    return _layout(
        "weather_bureau_cards", "https://zixin.com.cn/doc/3879926.html",
        "a 气象局's 防控卡, one sheet per holder named by the holder, 姓名/职务/科室 pairs in one row, "
        "a 持卡人签字 line under the table",
        sheets, t,
    )  # fmt: skip


def weather_modification_self_check() -> dict:
    unit = f"{PLACE}人工影响天气办公室"
    t = _Truth(unit)
    people = [
        ("谯澈然", "男", "1976.08", "/", "主任", "2018.03", "", "leader", [
            ("作业物资采购不走程序,与供货商串通", "制度机制", "Ⅰ级", "作业物资按规定集中采购,采购结果公示。"),
            ("重大事项个人决定", "岗位职责", "Ⅱ级", "落实集体决策,会议纪要存档。"),
            ("接受下属单位宴请", "思想道德", "Ⅲ级", "严守中央八项规定精神,定期报告个人有关事项。"),
        ]),
        ("酆晏清", "女", "1989.11", "作业管理股", "作业员", "2021.07", "作业管理股", "general", [
            ("弹药出入库登记不实", "业务流程", "Ⅰ级", "弹药出入库双人登记,每月盘点。"),
            ("作业补贴申报虚报作业次数", "岗位职责", "Ⅱ级", "作业记录与雷达资料比对后申报。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for k, (who, sex, born, dept_cell, post, since, dept, tier, points) in enumerate(people, 1):
        sh = _Sheet(f"Sheet{k}", [6, 30, 12, 10, 32, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        sh.add("姓名", who, "性别", sex, "出生年月", born)
        sh.add("所在科室", dept_cell, "现任职务", post, "任职时间", since)
        sh.add("序号", "风险点描述", "风险类别", "等级", "防控措施", "自查情况")
        _points(sh, t, dept, post, who, tier, points, levels=ROMAN, extra=("已落实",))
        sheets.append(sh)
    return _layout(
        "weather_modification_self_check", "https://www.renrendoc.com/p-71554180.html",
        "a 人工影响天气办公室's 自查表 on Sheet1/Sheet2, two rows of pairs (性别, 出生年月, 任职时间 among "
        "them), ``/`` as the 主任's 科室, Ⅰ级/Ⅱ级/Ⅲ级, a 自查情况 column",
        sheets, t,
    )  # fmt: skip


def archives_stacked_cards() -> dict:
    unit = f"{PLACE}档案馆"
    sh = _Sheet("防控卡", [6, 30, 12, 10, 34, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}个人岗位廉政风险防控卡", 6)
    cards = [
        ("保管利用科", "科长", "厍若拙", "middle", [
            ("违规提供未开放档案查阅", "岗位职责", "高", "查阅档案实行审批登记,未开放档案经馆长批准。"),
            ("档案复制收费不规范", "制度机制", "中", "收费标准上墙公示,开具统一票据。"),
        ]),
        ("办公室", "档案员", "邴霁川", "general", [
            ("档案接收时把关不严,漏收错收", "业务流程", "中", "接收实行清单交接,双方签字确认。"),
            ("利用职务之便为亲友查档提供方便", "思想道德", "低", "查档一律按程序办理,定期抽查登记簿。"),
        ]),
    ]  # fmt: skip
    for k, (dept, post, who, tier, points) in enumerate(cards):
        if k:
            sh.add()
        sh.add("部门", dept, "岗位", post, "姓名", who)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", "备注")
        _points(sh, t, dept, post, who, tier, points, extra=(None,))
    return _layout(
        "archives_stacked_cards", "https://www.renrendoc.com/paper/502915134.html",
        "a 档案馆's two 防控卡 stacked on one sheet, each opened by its own 部门/岗位/姓名 row and header",
        [sh], t,
    )  # fmt: skip


def culture_hall_register() -> dict:
    unit = f"{PLACE}文化馆"
    sh = _Sheet("登记表", [6, 18, 30, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点登记表", 5)
    _line(sh, f"填报单位:{unit}{GAP}{GAP}填报时间:2024年10月", 5)
    sh.add("填报科室", "群文活动部", "岗位名称", "部长", None)
    sh.add("岗位责任人", "訾芷汀", None, None, None)
    sh.add("序号", "廉政风险点", "风险表现", "风险等级", "防控措施")
    rows = [
        ("演出经费使用", "虚列演出人员劳务费,套取经费", "高", "劳务费凭签到表和银行转账发放。"),
        ("培训学员招收", "违规收取培训费或优亲厚友", "中", "招收条件和名单公开,免费培训不收任何费用。"),
        ("群众文艺评选", "评选打分不公,接受参评者请托", "中", "评委随机抽取,评分结果当场公布。"),
    ]  # fmt: skip
    for n, (point, desc, lv, measures) in enumerate(rows, 1):
        sh.add(n, point, desc, lv, measures)
        t.point(sh.name, "群文活动部", "部长", "訾芷汀", "middle", point, [], HML[lv])
    sh.add("科室负责人审核:", None, "分管领导审核:", None, None)
    return _layout(
        "culture_hall_register", "https://m.wenku365.com/p-19351302.html",
        "a 文化馆's 登记表: 填报科室/岗位名称 pairs, the holder under 岗位责任人, a short 廉政风险点 beside its "
        "风险表现, no type column",
        [sh], t,
    )  # fmt: skip


def town_culture_station_self_check() -> dict:
    unit = f"{PLACE}澄溪镇"
    sh = _Sheet("Sheet1", [6, 32, 12, 10, 34])
    t = _Truth(unit)
    _line(sh, "岗位廉政风险自查表", 5)
    _line(sh, f"单位:{unit}综合文化站", 5)
    sh.add("姓名", "仉溯洄", "职务", "站长", None)
    sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施")
    points = [
        ("文化活动经费虚报冒领", "岗位职责", "高", "活动经费报镇财政所审核,支出公示。"),
        ("文体器材发放优亲厚友", "业务流程", "中", "器材发放按村申报登记,镇分管领导审批。"),
        ("农家书屋图书管理不善,账物不符", "制度机制", "低", "图书每半年清点一次,账物核对。"),
    ]  # fmt: skip
    _points(sh, t, "综合文化站", "站长", "仉溯洄", "middle", points)
    sh.add("本人签名:", None, None, "2024年10月", None)
    return _layout(
        "town_culture_station_self_check", "https://www.renrendoc.com/paper/129487623.html",
        "a 镇's 综合文化站 站长's 自查表 under ``单位:遂宁县澄溪镇综合文化站``, 姓名/职务 pairs",
        [sh], t,
    )  # fmt: skip


def chronicles_center_labels_over_values() -> dict:
    unit = f"{PLACE}地方志编纂中心"
    sh = _Sheet("防控卡", [6, 30, 12, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控卡", 5)
    sh.add("姓名", "科室", "职务", "填表日期", None)
    sh.add("郤澜生", "编研科", "科长", "2024.10.15", None)
    sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施")
    points = [
        ("志书出版印刷委托中收受印刷企业好处", "外部环境", "一级", "印刷业务按程序比选,结果中心会议研究。"),
        ("稿酬、审稿费发放不按标准", "制度机制", "二级", "稿酬标准公开,发放经主任审批。"),
        ("资料征集中私留珍贵资料", "思想道德", "三级", "征集资料当日登记入库。"),
    ]  # fmt: skip
    _points(sh, t, "编研科", "科长", "郤澜生", "middle", points, levels=GRADES)
    return _layout(
        "chronicles_center_labels_over_values", "https://360docs.net/doc/bd11729634.html",
        "a 地方志编纂中心's 防控卡 with a row of labels (姓名/科室/职务/填表日期) over a row of values, "
        "一级/二级/三级",
        [sh], t,
    )  # fmt: skip


def township_service_center_card() -> dict:
    unit = f"{PLACE}鹤林乡"
    sh = _Sheet("Sheet1", [6, 30, 12, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控卡", 5)
    sh.add("站所", "农业综合服务中心", "职务", "主任", None)
    sh.add("姓名", "逯蘅芜", "联系电话", "138****2617", None)
    sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施")
    points = [
        ("惠农补贴面积核实不实", "岗位职责", "高", "补贴面积逐户核实,村组公示七天。"),
        ("农资发放截留", "业务流程", "中", "农资发放登记签收,乡纪委抽查。"),
        ("技术服务中收取好处", "外部环境", "低", "服务项目和收费标准公开。"),
    ]  # fmt: skip
    _points(sh, t, "农业综合服务中心", "主任", "逯蘅芜", "middle", points)
    return _layout(
        "township_service_center_card", "http://www.www-68455.com/haowen/105901.html",
        "a 乡's 农业综合服务中心 主任's 防控卡 under the 乡's title, 站所/职务 and 姓名/联系电话 pairs",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    library_pledge_signer(),
    weather_bureau_cards(),
    weather_modification_self_check(),
    archives_stacked_cards(),
    culture_hall_register(),
    town_culture_station_self_check(),
    chronicles_center_labels_over_values(),
    township_service_center_card(),
]

RESAVED: tuple[str, ...] = ()


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx``."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch150-inbox"))

"""A list with no 科室, 岗位 or 姓名 column whose every point cell opens with its holder, then a
colon, then the point ('局长滕翊宸：…', '财务股股长　郜琮翊：…', '副局长（仉沛霖）：…'): the head
is the row's holder (post and name; a 科室 inside the post split off as elsewhere), the rest the
point, one form a holder (two 副局长 told apart by name). Post alone ('河长办主任：…', 对岗不对人)
reads as before, a post's form. Points whose heads are short names of the risk ('公车私用：…')
stay '短名：表现', and a list with its own 责任人 column keeps its column.

Not the published batch's file (a 区人民医院's 汇总表, 院长/副院长/药剂科主任, 高/中/低, a full-width
colon, names run on): a 县水利局's lists of 局领导 and 股室负责人, other posts and names,
``一级/二级/三级`` and ``★★★/★★/★``, a half-width colon, a space or a bracket before the name, two
heading rows, an extra 备注 column — written with xlsxwriter (tests/helpers.py) and read back as
``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str]):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "list.xlsx", {"风险点": rows}, {"风险点": merges})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


def test_post_and_name_run_together_before_a_colon(tmp_path):
    rows = [
        ["某县水利局领导班子廉政风险点一览表"],
        ["序号", "廉政风险点", "风险等级", "防控措施"],
        [1, "局长滕翊宸:水利工程项目安排个人说了算", "一级", "项目安排经局党组会集体研究。"],
        [2, "局长滕翊宸:干预工程招标投标", "一级", "招标全部进入公共资源交易中心。"],
        [3, "副局长仉沛霖:工程变更签证把关不严", "二级", "变更签证实行会签，超限额报局党组。"],
        [4, "副局长郜岚曦:防汛物资采购中收受好处", "二级", "防汛物资集中采购，验收两人以上。"],
        [5, "总工程师缑宸翊:技术审查意见迁就施工单位", "三级", "问题线索集体排查，台账管理。"],
    ]
    got = run(tmp_path, rows, ["A1:D1"])
    assert read(got) == sorted([
        ("局长", "滕翊宸", "水利工程项目安排个人说了算", "Ⅰ级"),
        ("局长", "滕翊宸", "干预工程招标投标", "Ⅰ级"),
        ("副局长", "仉沛霖", "工程变更签证把关不严", "Ⅱ级"),
        ("副局长", "郜岚曦", "防汛物资采购中收受好处", "Ⅱ级"),
        ("总工程师", "缑宸翊", "技术审查意见迁就施工单位", "Ⅲ级"),
    ])  # fmt: skip
    assert len(got.post_records) == 4  # (one form a holder: the two 副局长 two forms)
    assert "HOLDER_BEFORE_COLON" in set(got.issues["code"])
    no_errors(got)


def test_post_space_name_with_a_department_inside_two_heading_rows(tmp_path):
    rows = [
        ["某县水利局股室负责人廉洁风险防控清单"],
        ["填报单位：某县水利局办公室", None, None, None, "填报时间：2025年5月"],
        ["序号", "风险点", "风险评定", None, "备注"],
        [None, None, "等级", "防控措施", None],
        [1, "财务股股长　郜琮翊：报销凭证审核不严", "★★", "报销实行初审、复审两道关口。", ""],
        [2, "财务股股长　郜琮翊：公款私存", "★★★", "账户统一在局财务开立。", "重点"],
        [3, "水政监察大队大队长　仉曜澄：执法自由裁量权滥用", "★★★", "执行裁量基准，案件集体审议。", ""],
        [4, "工程管理股股长　滕沐阳：质量检测结果弄虚作假", "★", "检测委托第三方，结果公示。", ""],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1", "A3:A4", "B3:B4", "C3:D3", "E3:E4"])
    assert read(got) == sorted([
        ("股长", "郜琮翊", "报销凭证审核不严", "Ⅱ级"),
        ("股长", "郜琮翊", "公款私存", "Ⅰ级"),
        ("大队长", "仉曜澄", "执法自由裁量权滥用", "Ⅰ级"),
        ("股长", "滕沐阳", "质量检测结果弄虚作假", "Ⅲ级"),
    ])  # fmt: skip
    depts = dict(zip(got.risks["person"], got.risks["department"], strict=True))
    assert depts == {"郜琮翊": "财务股", "仉曜澄": "水政监察大队", "滕沐阳": "工程管理股"}
    no_errors(got)


def test_name_in_brackets_after_the_post(tmp_path):
    rows = [
        ["序号", "廉政风险点", "风险等级", "防控措施"],
        [1, "局长（滕翊宸）：重大资金分配个人说了算", "一级", "资金分配经局党组会集体研究。"],
        [2, "副局长（仉沛霖）：工程验收走过场", "二级", "验收组不少于五人，结论签字。"],
        [3, "副局长（仉沛霖）：接受施工企业宴请", "二级", "签订廉洁承诺书。"],
    ]
    got = run(tmp_path, rows, [])
    assert read(got) == sorted([
        ("局长", "滕翊宸", "重大资金分配个人说了算", "Ⅰ级"),
        ("副局长", "仉沛霖", "工程验收走过场", "Ⅱ级"),
        ("副局长", "仉沛霖", "接受施工企业宴请", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)


def test_post_alone_before_the_colon_a_post_of_no_one(tmp_path):
    """对岗不对人: the heads are posts only; the points are the posts', no holder named."""
    rows = [
        ["某县水利局岗位廉政风险点排查表（对岗不对人）"],
        ["序号", "廉政风险点", "风险等级", "防控措施"],
        [1, "河长办主任：河湖巡查考核弄虚作假", "二级", "巡查轨迹留痕，随机抽查。"],
        [2, "河长办主任：河道采砂监管失职", "一级", "采砂现场视频监控。"],
        [3, "水资源股股长：取水许可审批不规范", "一级", "许可事项集体研究，结果公示。"],
    ]
    got = run(tmp_path, rows, ["A1:D1"])
    assert read(got) == sorted([
        ("河长办主任", "", "河湖巡查考核弄虚作假", "Ⅱ级"),
        ("河长办主任", "", "河道采砂监管失职", "Ⅰ级"),
        ("水资源股股长", "", "取水许可审批不规范", "Ⅰ级"),
    ])  # fmt: skip
    assert "HOLDER_BEFORE_COLON" not in set(got.issues["code"])  # (as before: no holder named)
    no_errors(got)


def test_short_names_of_the_risk_before_the_colon_stay_short_names(tmp_path):
    rows = [
        ["某县水利局机关廉政风险点一览表"],
        ["序号", "廉政风险点", "风险等级", "防控措施"],
        [1, "公车私用：节假日驾驶公务用车办私事", "二级", "公务用车定位监控，节假日封存。"],
        [2, "虚报冒领：编造工程量骗取补助资金", "一级", "补助资金按核定工程量拨付。"],
        [3, "收受礼金：逢年过节收受服务对象礼金", "二级", "重要节点发送廉洁提醒。"],
    ]
    got = run(tmp_path, rows, ["A1:D1"])
    assert read(got) == sorted([
        ("", "", "公车私用", "Ⅱ级"),
        ("", "", "虚报冒领", "Ⅰ级"),
        ("", "", "收受礼金", "Ⅱ级"),
    ])  # fmt: skip
    r = got.risks
    assert sorted(zip(r["risk_point"], r["description"], r["risk_level"], strict=True)) == sorted([
        ("公车私用", "节假日驾驶公务用车办私事", "Ⅱ级"),
        ("虚报冒领", "编造工程量骗取补助资金", "Ⅰ级"),
        ("收受礼金", "逢年过节收受服务对象礼金", "Ⅱ级"),
    ])  # fmt: skip
    assert "HOLDER_BEFORE_COLON" not in set(got.issues["code"])
    no_errors(got)


def test_a_list_with_its_own_holder_column_keeps_it(tmp_path):
    """Its 责任人 column names the holders; '岗位职责：' is the point's type, as before."""
    rows = [
        ["序号", "责任人", "廉政风险点", "风险等级", "防控措施"],
        [1, "滕翊宸", "岗位职责：水利工程项目安排个人说了算", "一级", "项目安排经局党组会集体研究。"],
        [2, "滕翊宸", "岗位职责：干预工程招标投标", "一级", "招标全部进入公共资源交易中心。"],
        [3, "仉沛霖", "岗位职责：工程变更签证把关不严", "二级", "变更签证实行会签。"],
    ]  # fmt: skip
    got = run(tmp_path, rows, [])
    r = got.risks
    assert read(got) == sorted([
        ("", "滕翊宸", "水利工程项目安排个人说了算", "Ⅰ级"),
        ("", "滕翊宸", "干预工程招标投标", "Ⅰ级"),
        ("", "仉沛霖", "工程变更签证把关不严", "Ⅱ级"),
    ])  # fmt: skip
    assert set(r["risk_type"]) == {"岗位职责风险"}
    assert "HOLDER_BEFORE_COLON" not in set(got.issues["code"])
    no_errors(got)

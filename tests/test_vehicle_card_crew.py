"""A card keyed by a vehicle (一车一卡) whose holders are its crew, named by role on its label
rows ('主班 | … | 副班 | …', '司机 | …' over '跟车员 | …'), beside a supervisor's label
('监督人', '班组长（监督）') who holds nothing: each crew member holds every point of the card
(a form each, his post the role's stem or the role as written, the 科室 from '所属班组').

Not the published batch's card (a 城乡公交 bus with 主驾驶员 / 副驾驶员 under a 车队长 and 高/中/低):
a 县环境卫生管理所's 垃圾清运车 and 洒水车, other roles, names, level words (一级/二级/三级) and
arrangements (crew side by side or a row each, an extra 备注 column, two heading rows), written
with xlsxwriter (tests/helpers.py) and read back as ``collect_inbox`` reads a file.
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
    write_workbook(inbox / "cards.xlsx", {"清运3号车": rows}, {"清运3号车": merges})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")
    assert "ROW_UNPLACED" not in set(issues["code"]), issues.to_dict("records")


POINTS = [
    [1, "清运途中私自倾倒垃圾、偷卖可回收物", "一级", "车载定位全程记录，所里每周核对卸料台账。"],
    [2, "虚报加油量、套取燃油补贴", "二级", "加油卡定车定量，月底与里程比对。"],
]


def test_crew_side_by_side_each_hold_the_card(tmp_path):
    rows = [
        ["XX县环境卫生管理所垃圾清运车廉政风险防控卡（一车一卡）"],
        ["车辆编号", "QY-03", "车牌号", "冀F·Q0303"],
        ["清运片区", "城东片区", "所属班组", "清运一班"],
        ["主班", "蒯澄岳", "副班", "籍沐野"],
        ["监督人", "宿晗煜", "联系电话", "0312-5566031"],
        ["序号", "风险点", "风险等级", "防控措施"],
        *POINTS,
        ["说明：本卡风险点由本车主班、副班共同防控，监督人负责检查。"],
    ]
    got = run(tmp_path, rows, ["A1:D1", "A9:D9"])
    assert read(got) == sorted([
        ("主班", "蒯澄岳", "清运途中私自倾倒垃圾、偷卖可回收物", "Ⅰ级"),
        ("主班", "蒯澄岳", "虚报加油量、套取燃油补贴", "Ⅱ级"),
        ("副班", "籍沐野", "清运途中私自倾倒垃圾、偷卖可回收物", "Ⅰ级"),
        ("副班", "籍沐野", "虚报加油量、套取燃油补贴", "Ⅱ级"),
    ])  # fmt: skip
    assert set(got.risks["department"]) == {"清运一班"}
    assert "CARD_HELD_BY_CREW" in set(got.issues["code"])
    no_errors(got)


def test_crew_a_row_each_with_an_extra_column(tmp_path):
    rows = [
        ["XX县环境卫生管理所洒水车廉政风险防控卡"],
        ["车辆编号", "SS-11", "所属班组", "保洁二班"],
        ["正驾驶员", "郜沁璘"],
        ["副驾驶员", "冼湛舟"],
        ["班组长（监督）", "訾泓旭"],
        ["序号", "风险点", "风险等级", "防控措施", "备注"],
        [1, "洒水作业虚报趟次、冒领作业补助", "二级", "作业记录仪计次，班组长每日签认。", ""],
        [2, "私用公车办私事", "三级", "收车入库登记，钥匙集中保管。", "每月抽查"],
    ]
    got = run(tmp_path, rows, ["A1:E1"])
    assert read(got) == sorted([
        ("驾驶员", "郜沁璘", "洒水作业虚报趟次、冒领作业补助", "Ⅱ级"),
        ("驾驶员", "郜沁璘", "私用公车办私事", "Ⅲ级"),
        ("驾驶员", "冼湛舟", "洒水作业虚报趟次、冒领作业补助", "Ⅱ级"),
        ("驾驶员", "冼湛舟", "私用公车办私事", "Ⅲ级"),
    ])  # fmt: skip
    assert set(got.risks["department"]) == {"保洁二班"}
    no_errors(got)


def test_driver_and_loader_keep_their_own_posts(tmp_path):
    rows = [
        ["XX县环境卫生管理所垃圾压缩车廉政风险防控卡（一车一卡）"],
        ["车辆编号", "YS-07", "所属班组", "清运二班"],
        ["司机", "蒯沐岚", "跟车员", "籍澄霖"],
        ["监督人", "宿泓瑾", "监督电话", "0312-5566007"],
        ["序号", "风险点", "风险等级", "防控措施"],
        [1, "收受商户好处、超范围免费清运", "一级", "清运点位表公示，所里不定期回访。"],
    ]
    got = run(tmp_path, rows, ["A1:D1"])
    assert read(got) == sorted([
        ("司机", "蒯沐岚", "收受商户好处、超范围免费清运", "Ⅰ级"),
        ("跟车员", "籍澄霖", "收受商户好处、超范围免费清运", "Ⅰ级"),
    ])  # fmt: skip
    no_errors(got)


def test_one_drivers_own_card_reads_as_before(tmp_path):
    """'驾驶员 | 郜沁璘 | 驾龄 | 12年': one driver's own fields, no crew: read as before."""
    rows = [
        ["XX县环境卫生管理所驾驶员廉政风险防控卡"],
        ["姓名", "郜沁璘", "岗位", "驾驶员"],
        ["所在班组", "保洁二班", "驾龄", "12年"],
        ["序号", "风险点", "风险等级", "防控措施"],
        [1, "私用公车办私事", "三级", "收车入库登记，钥匙集中保管。"],
    ]
    got = run(tmp_path, rows, ["A1:D1"])
    assert read(got) == [("驾驶员", "郜沁璘", "私用公车办私事", "Ⅲ级")]
    assert "CARD_HELD_BY_CREW" not in set(got.issues["code"])


def test_a_list_with_a_drivers_column_is_no_crew_card(tmp_path):
    """A list whose rows name drivers in a column is a list of posts, read as before."""
    rows = [
        ["XX县环境卫生管理所岗位廉政风险点一览表"],
        ["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
        [1, "驾驶员", "郜沁璘", "私用公车办私事", "三级", "收车入库登记。"],
        [2, "跟车员", "冼湛舟", "收受商户好处", "二级", "点位公示。"],
    ]
    got = run(tmp_path, rows, ["A1:F1"])
    assert read(got) == sorted([
        ("驾驶员", "郜沁璘", "私用公车办私事", "Ⅲ级"),
        ("跟车员", "冼湛舟", "收受商户好处", "Ⅱ级"),
    ])  # fmt: skip
    assert "CARD_HELD_BY_CREW" not in set(got.issues["code"])


def test_a_driver_beside_a_non_crew_label_is_no_crew(tmp_path):
    """'驾驶员 | 郜沁璘 | 车牌号 | …' names one driver among the vehicle's fields: no crew of two."""
    rows = [
        ["XX县环境卫生管理所车辆廉政风险防控卡"],
        ["驾驶员", "郜沁璘", "车牌号", "冀F·S1111"],
        ["序号", "风险点", "风险等级", "防控措施"],
        [1, "私用公车办私事", "三级", "收车入库登记，钥匙集中保管。"],
    ]
    got = run(tmp_path, rows, ["A1:D1"])
    assert "CARD_HELD_BY_CREW" not in set(got.issues["code"])
    assert [x[2:] for x in read(got)] == [("私用公车办私事", "Ⅲ级")]

"""A list sent again as printed last year, its holder cells naming last year's holders, and a
separate table of staff changes (科室 | 岗位 | 原责任人 | 现责任人 | 调整时间) under it — past a
'注：…以下表为准' line and the table's own title — or on a sheet of its own: each post it lists
is the new holder's now (matched by 科室 and 岗位, and by the former holder when both are
written); the change table's rows are no points and no strays; a change matching no post of the
list is a warning at its row, no holder invented.

Not the published batch's file (a 县社会救助服务中心 with 中心领导/低保审核科/财务室, 高/中/低 and
``原责任人 | 现责任人``): a 县水利局, a 镇卫生院 and a 县档案馆, other posts and names, levels written
``一级/二级``, ``★★★/★★`` and ``高风险/中风险``, headings ``调整前 | 调整后``, ``交接人 | 接替人`` and
``原任 | 现任``, post and name in one cell, a 说明 line rather than a 注 line; written with
xlsxwriter (tests/helpers.py) and read back as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, sheets: dict[str, list[list]], merges: dict[str, list[str]] | None = None):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", sheets, merges or {})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got) -> set[str]:
    return set(got.issues["code"])


def errors(got) -> set[str]:
    i = got.issues
    return set(i[i["severity"] == "error"]["code"])


WATER = [["XX县水利局岗位廉政风险防控清单（2024年修订）"],
         ["序号", "股室", "岗位", "责任人", "风险点", "风险等级", "防控措施"],
         [1, "局领导", "局长", "濮阳澈", "水利工程招投标打招呼", "一级", "重大项目集体研究"],
         [2, "局领导", "副局长", "阚霁柔", "工程变更签证把关不严", "一级", "变更经专家论证"],
         [3, "局领导", "副局长", "阚霁柔", "质量验收走过场", "二级", "联合验收留影像"],
         [4, "水资源股", "股长", "逯澄远", "取水许可审批不按规定", "一级", "审批结果公开"],
         [5, "计财股", "会计", "扈沛昀", "专项资金拨付不及时", "二级", "按进度拨付对账"]]  # fmt: skip


def test_a_change_table_under_a_note_and_its_title_names_the_holders_now(tmp_path):
    rows = [*WATER,
            ["说明：本清单沿用上年版本，岗位人员有调整的，以下表调整后人员为准。"], [],
            ["岗位人员变动登记"],
            ["序号", "股室", "岗位", "调整前", "调整后", "调整日期"],
            [1, "局领导", "副局长", "阚霁柔", "冼书白", "2025年2月"],
            [2, "计财股", "会计", "扈沛昀", "瞿望川", "2025年6月"],
            ["填表人：", None, "审核人：", None, "局长（签字）："]]  # fmt: skip
    got = run(tmp_path, {"清单": rows}, {"清单": ["A1:G1", "A8:G8", "A10:F10"]})
    assert read(got) == sorted([
        ("局长", "濮阳澈", "水利工程招投标打招呼", "Ⅰ级"),
        ("副局长", "冼书白", "工程变更签证把关不严", "Ⅰ级"),
        ("副局长", "冼书白", "质量验收走过场", "Ⅱ级"),
        ("股长", "逯澄远", "取水许可审批不按规定", "Ⅰ级"),
        ("会计", "瞿望川", "专项资金拨付不及时", "Ⅱ级"),
    ])  # fmt: skip
    assert "HOLDERS_CHANGED" in codes(got)
    said = got.issues[got.issues["code"] == "HOLDERS_CHANGED"]["message"].iloc[0]
    assert "岗位人员变动登记" in said and "阚霁柔→冼书白" in said
    assert not codes(got) & {"ROW_UNPLACED", "HOLDER_CHANGE_UNMATCHED"}
    assert not errors(got)


def test_post_and_name_in_one_cell_and_the_former_holder_left_blank(tmp_path):
    # '药剂科　主任　阚霁柔' printed; the change row writes no former holder: its 科室 and post say
    rows = [["XX镇卫生院岗位廉政风险点一览表（2024年版）"],
            ["序号", "科室", "岗位及责任人", "廉政风险点", "风险等级", "防控措施"],
            [1, "院领导", "院长　濮阳澈", "药品耗材采购收受回扣", "★★★", "集体决策"],
            [2, "药剂科", "主任　阚霁柔", "药品验收把关不严", "★★★", "双人验收"],
            [3, "收费室", "收费员　逯澄远", "收费不开票据", "★★", "日清日结"],
            ["注：2025年部分岗位人员已变动，见下表。"],
            ["岗位人员调整表"],
            ["序号", "科室", "岗位", "原任", "现任", "时间"],
            [1, "药剂科", "主任", None, "冼书白", "2025年1月"]]  # fmt: skip
    got = run(tmp_path, {"一览表": rows}, {"一览表": ["A1:F1", "A6:F6", "A7:F7"]})
    assert read(got) == sorted([
        ("院长", "濮阳澈", "药品耗材采购收受回扣", "Ⅰ级"),
        ("主任", "冼书白", "药品验收把关不严", "Ⅰ级"),
        ("收费员", "逯澄远", "收费不开票据", "Ⅱ级"),
    ])  # fmt: skip
    assert "HOLDERS_CHANGED" in codes(got)
    assert not codes(got) & {"ROW_UNPLACED", "HOLDER_CHANGE_UNMATCHED"}
    assert not errors(got)


def test_a_change_table_on_a_sheet_of_its_own(tmp_path):
    changes = [["人员交接情况"], ["序号", "股室", "岗位", "交接人", "接替人", "交接时间"],
               [1, "水资源股", "股长", "逯澄远", "单于岚", "2025年3月"],
               [2, "局领导", "局长", "濮阳澈", "蔺霁川", "2025年5月"]]  # fmt: skip
    got = run(
        tmp_path, {"清单": WATER, "人员交接": changes}, {"清单": ["A1:G1"], "人员交接": ["A1:F1"]}
    )
    assert read(got) == sorted([
        ("局长", "蔺霁川", "水利工程招投标打招呼", "Ⅰ级"),
        ("副局长", "阚霁柔", "工程变更签证把关不严", "Ⅰ级"),
        ("副局长", "阚霁柔", "质量验收走过场", "Ⅱ级"),
        ("股长", "单于岚", "取水许可审批不按规定", "Ⅰ级"),
        ("会计", "扈沛昀", "专项资金拨付不及时", "Ⅱ级"),
    ])  # fmt: skip
    said = got.issues[got.issues["code"] == "HOLDERS_CHANGED"]["message"].iloc[0]
    assert "人员交接" in said and "逯澄远→单于岚" in said
    assert not errors(got)


def test_a_change_matching_no_post_is_a_warning_and_nothing_invented(tmp_path):
    rows = [["XX县档案馆岗位廉政风险一览表（上年版）"],
            ["序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
            [1, "馆领导", "馆长", "濮阳澈", "档案服务外包项目打招呼", "高风险", "集体研究"],
            [2, "利用科", "科员", "阚霁柔", "违规提供档案查阅", "中风险", "查阅审批登记"],
            [],
            ["岗位调整情况"],
            ["序号", "科室", "岗位", "原任", "现任", "调整时间"],
            [1, "利用科", "科员", "阚霁柔", "冼书白", "2025年4月"],
            [2, "保管科", "科长", "瞿望川", "单于岚", "2025年4月"]]  # fmt: skip
    got = run(tmp_path, {"S": rows}, {"S": ["A1:G1", "A6:G6"]})
    assert read(got) == sorted([
        ("馆长", "濮阳澈", "档案服务外包项目打招呼", "Ⅰ级"),
        ("科员", "冼书白", "违规提供档案查阅", "Ⅱ级"),
    ])  # fmt: skip
    i = got.issues
    warned = i[i["code"] == "HOLDER_CHANGE_UNMATCHED"]
    assert warned["cell"].tolist() == ["A9"] and warned["severity"].tolist() == ["warning"]
    assert "HOLDERS_CHANGED" in codes(got) and "ROW_UNPLACED" not in codes(got)
    assert not errors(got)


def test_a_note_of_changes_over_a_contact_table_changes_no_holder(tmp_path):
    # '注：…有调整' over '股室 | 岗位 | 姓名 | 联系电话' (no former, no new holder): as printed
    rows = [*WATER,
            ["注：本清单2025年3月调整，联系人如下。"],
            ["股室", "岗位", "姓名", "联系电话"],
            ["计财股", "会计", "扈沛昀", "0000-1234567"]]  # fmt: skip
    got = run(tmp_path, {"清单": rows}, {"清单": ["A1:G1", "A8:G8"]})
    people = {(t, p) for t, p, _x, _l in read(got)}
    assert people == {
        ("局长", "濮阳澈"),
        ("副局长", "阚霁柔"),
        ("股长", "逯澄远"),
        ("会计", "扈沛昀"),
    }
    assert len(got.risks) == 5
    assert not codes(got) & {"HOLDERS_CHANGED", "HOLDER_CHANGE_UNMATCHED"}


def test_a_roster_sheet_of_names_only_and_a_duty_table_change_no_holder(tmp_path):
    # a 班子 sheet '原任 | 现任' naming people only (no 科室, no post): not this shape; and a
    # '股室 | 岗位 | 姓名 | 分管工作' table under the list's note: who is who, as printed
    below = [*WATER,
             ["注：以下为本局岗位人员分工情况。"],
             ["股室", "岗位", "姓名", "分管工作"],
             ["局领导", "副局长", "阚霁柔", "工程建设"]]  # fmt: skip
    names = [["班子成员变动"], ["原任", "现任"], ["濮阳澈", "蔺霁川"]]
    got = run(tmp_path, {"清单": below, "班子": names}, {"清单": ["A1:G1", "A8:G8"]})
    people = {(t, p) for t, p, _x, _l in read(got)}
    assert people == {
        ("局长", "濮阳澈"),
        ("副局长", "阚霁柔"),
        ("股长", "逯澄远"),
        ("会计", "扈沛昀"),
    }
    assert not codes(got) & {"HOLDERS_CHANGED", "HOLDER_CHANGE_UNMATCHED"}


def test_the_codes_are_catalogued():
    for code in ("HOLDERS_CHANGED", "HOLDER_CHANGE_UNMATCHED"):
        assert code in CATALOGUE and code in SHORT


_W = [["XX县水利局岗位廉政风险防控清单"],
      ["序号", "股室", "岗位", "责任人", "风险点", "风险等级", "防控措施"],
      [1, "局领导", "局长", "濮阳澈", "水利工程招投标打招呼", "一级", "集体研究"],
      [2, "局领导", "副局长", "阚霁柔", "工程变更签证把关不严", "一级", "专家论证"],
      [3, "局领导", "副局长", "阚霁柔", "质量验收走过场", "二级", "联合验收"],
      [4, "计财股", "会计", "扈沛昀", "专项资金拨付不及时", "二级", "对账"]]  # fmt: skip
_AS_LISTED = sorted([("局长", "濮阳澈", "水利工程招投标打招呼", "Ⅰ级"),
                     ("副局长", "阚霁柔", "工程变更签证把关不严", "Ⅰ级"),
                     ("副局长", "阚霁柔", "质量验收走过场", "Ⅱ级"),
                     ("会计", "扈沛昀", "专项资金拨付不及时", "Ⅱ级")])  # fmt: skip


def test_what_the_hundred_and_fourteenth_review_found_a_level_adjustment_table_names_no_one(
    tmp_path,
):
    for before in ("二级", ""):
        rows = [*_W, ["说明：以下风险点等级有调整，以下表为准。"], ["风险等级调整情况"],
                ["序号", "股室", "岗位", "调整前", "调整后", "调整理由"],
                [1, "局领导", "副局长", before, "一级", "涉及资金量大"],
                [2, "计财股", "会计", "二级", "三级", "已实行国库集中支付"]]  # fmt: skip
        got = run(tmp_path / (before or "blank"), {"S": rows}, {"S": ["A1:G1", "A7:G7", "A8:F8"]})
        assert read(got) == _AS_LISTED
        # (posts' grades adjusted, no point column: a record of grade changes, said once)
        assert "POST_GRADES_CHANGED_TABLE" in codes(got) and "ROW_UNPLACED" not in codes(got)
        assert not codes(got) & {"HOLDERS_CHANGED", "HOLDER_CHANGE_UNMATCHED"}


def test_what_the_hundred_and_fourteenth_review_found_another_bodys_changes_warn_of_nothing(
    tmp_path,
):
    for i, (head, row) in enumerate([("单位", [1, "县水利工程管理站", "副局长", "冼书白", "瞿望川", "2025年2月"]),
                                     ("村", [1, "东村", "村级河长", "冼书白", "瞿望川", "2025年2月"])]):  # fmt: skip
        rows = [*_W, [None], ["下属单位负责人变动情况"],
                ["序号", head, "职务", "原任", "现任", "调整时间"], row]  # fmt: skip
        got = run(tmp_path / str(i), {"S": rows}, {"S": ["A1:G1", "A8:F8"]})
        assert read(got) == _AS_LISTED
        assert not codes(got) & {"HOLDERS_CHANGED", "HOLDER_CHANGE_UNMATCHED"}


def test_what_the_hundred_and_fourteenth_review_found_post_and_name_in_a_change_cell(tmp_path):
    rows = [*_W, ["注：部分岗位人员已调整，以下表为准。"], ["人员变更登记"],
            ["序号", "股室", "原责任人", "现责任人", "变更时间"],
            [1, "局领导", "副局长　阚霁柔", "副局长　冼书白", "2025年2月"]]  # fmt: skip
    got = run(tmp_path, {"S": rows}, {"S": ["A1:G1", "A7:G7", "A8:E8"]})
    assert read(got) == sorted([("局长", "濮阳澈", "水利工程招投标打招呼", "Ⅰ级"),
                                ("副局长", "冼书白", "工程变更签证把关不严", "Ⅰ级"),
                                ("副局长", "冼书白", "质量验收走过场", "Ⅱ级"),
                                ("会计", "扈沛昀", "专项资金拨付不及时", "Ⅱ级")])  # fmt: skip
    assert "HOLDERS_CHANGED" in codes(got)
    assert not codes(got) & {"ROW_UNPLACED", "HOLDER_CHANGE_UNMATCHED"}


def test_what_the_hundred_and_fourteenth_review_found_headings_before_and_after_the_change(
    tmp_path,
):
    for i, (a, b) in enumerate([("变更前责任人", "变更后责任人"), ("变更前", "变更后")]):
        rows = [*_W, ["注：部分岗位人员已调整，以下表为准。"], ["人员变更登记"],
                ["序号", "股室", "岗位", a, b, "变更时间"],
                [1, "局领导", "副局长", "阚霁柔", "冼书白", "2025年2月"]]  # fmt: skip
        got = run(tmp_path / str(i), {"S": rows}, {"S": ["A1:G1", "A7:G7", "A8:F8"]})
        assert read(got) == sorted([("局长", "濮阳澈", "水利工程招投标打招呼", "Ⅰ级"),
                                    ("副局长", "冼书白", "工程变更签证把关不严", "Ⅰ级"),
                                    ("副局长", "冼书白", "质量验收走过场", "Ⅱ级"),
                                    ("会计", "扈沛昀", "专项资金拨付不及时", "Ⅱ级")])  # fmt: skip
        assert "HOLDERS_CHANGED" in codes(got)
        assert not codes(got) & {"ROW_UNPLACED", "HOLDER_CHANGE_UNMATCHED"}

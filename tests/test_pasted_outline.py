"""An outline pasted down ONE column from a Word 文稿, a paragraph a row, with no table and no
heading: group rows ('一、站领导') give the 科室, holder rows ('（一）站长　某某', '局长：某某',
'股长（某某）') the holder of the rows under them, numbered point rows close with their level
('1.…（高）', '（1）…（一级）') and a '措施：…' / '防控措施：…' row (wrapped lines after it too)
gives each point its measures (info OUTLINE_PASTED).

Not the published batch's 文稿 (a county's 民族宗教事务局, column A, '（一级风险）', '防控措施：' one
row a point): a 林业和草原局, a 水务局 and a 城市管理局 with other posts and names, '（高）',
'（二级风险）' and '（一级）', holder rows '局长：…' and '股长（…）', no group rows, a text pasted into
column B and measures wrapped over several rows, written with xlsxwriter (tests/helpers.py)
and read back as ``collect_inbox`` reads a file. A work plan's outline (numbered items with no
level and no holder) and a one-column list under a '风险点' heading are read as before.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT

GAP = "\u3000"


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str] | None = None, sheet: str = "文稿"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {sheet: rows}, {sheet: merges or []})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def errors(got) -> set[str]:
    return set(got.issues[got.issues["severity"] == "error"]["code"])


def codes(got) -> set[str]:
    return set(got.issues["code"])


def test_group_rows_holders_with_a_space_and_levels_high_to_low(tmp_path):
    rows = [["XX县林业和草原局岗位廉政风险点及防控措施"],
            ["一、局领导"],
            [f"（一）局长{GAP}冼澄邈"],
            ["1.林木采伐指标分配个人说了算（高）"],
            [f"{GAP * 2}措施：采伐指标经局务会研究，分配结果公示。"],
            ["2.造林补助资金验收走过场（中）"],
            [f"{GAP * 2}措施：验收组三人以上，现场拍照留存。"],
            ["二、林政资源股"],
            [f"（一）股长{GAP}訾沛岚"],
            ["1.征占用林地审核降低标准（高）"],
            [f"{GAP * 2}措施：审核意见两人会签。"],
            ["2.林权登记资料审核不严（低）"],
            [f"{GAP * 2}措施：登记资料逐项核对，建立台账。"],
            ["注：风险等级分高、中、低三级。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1"])
    assert read(got) == sorted([
        ("局长", "冼澄邈", "林木采伐指标分配个人说了算", "Ⅰ级"),
        ("局长", "冼澄邈", "造林补助资金验收走过场", "Ⅱ级"),
        ("股长", "訾沛岚", "征占用林地审核降低标准", "Ⅰ级"),
        ("股长", "訾沛岚", "林权登记资料审核不严", "Ⅲ级"),
    ])  # fmt: skip
    r = got.risks
    assert set(zip(r["title"], r["department"], strict=True)) == {
        ("局长", "局领导"),
        ("股长", "林政资源股"),
    }
    assert set(r["unit"]) == {"XX县林业和草原局"}
    first = r[r["risk_point"] == "林木采伐指标分配个人说了算"]
    assert list(first["measures"]) == ["采伐指标经局务会研究，分配结果公示。"]
    said = got.issues[got.issues["code"] == "OUTLINE_PASTED"]
    assert list(said["cell"]) == ["A3"]
    assert not errors(got)
    assert not {"SHEET_NO_TABLE", "FILE_NO_FORM"} & codes(got)


def test_holders_with_a_colon_no_group_rows_and_measures_wrapped(tmp_path):
    # '局长：…' rows and nothing above them but the title; '防控措施：' alone, its measures numbered
    # in the rows below (no points of their own: they have no level)
    rows = [["XX市水务局领导班子成员廉政风险点"],
            ["（2025年）"],
            ["局长：蔺霁川"],
            ["1．水利工程招标指定中标单位（一级风险）"],
            ["防控措施："],
            ["1．招标全部进入公共资源交易平台；"],
            ["2．评标专家随机抽取。"],
            ["2．河道采砂许可违规审批（二级风险）"],
            ["防控措施：采砂许可经集体研究，许可结果公开。"],
            ["副局长：甘棠溪"],
            ["1．农田水利项目资金拨付不及时、截留（二级风险）"],
            ["防控措施：资金按进度拨付，拨付凭证留存。"],
            ["2．水资源费减免优亲厚友（三级风险）"],
            ["防控措施：减免事项一律公示。"]]  # fmt: skip
    got = run(tmp_path, rows)
    assert read(got) == sorted([
        ("局长", "蔺霁川", "水利工程招标指定中标单位", "Ⅰ级"),
        ("局长", "蔺霁川", "河道采砂许可违规审批", "Ⅱ级"),
        ("副局长", "甘棠溪", "农田水利项目资金拨付不及时、截留", "Ⅱ级"),
        ("副局长", "甘棠溪", "水资源费减免优亲厚友", "Ⅲ级"),
    ])  # fmt: skip
    r = got.risks
    first = r[r["risk_point"] == "水利工程招标指定中标单位"]
    assert list(first["measures"]) == ["1．招标全部进入公共资源交易平台；\n2．评标专家随机抽取。"]
    assert set(r["unit"]) == {"XX市水务局"}
    assert set(r["tier"]) == {"领导岗位"}
    assert "OUTLINE_PASTED" in codes(got)
    assert not errors(got)


def test_text_in_column_b_holders_in_brackets_and_a_blank_between_parts(tmp_path):
    # pasted into column B, '股长（…）' holder rows, '（1）…（一级）' points, a blank row between
    # the parts and a sign-off line under the outline
    rows = [[None, "XX区城市管理局股室负责人廉政风险点"],
            [None, "一、市容环卫股"],
            [None, "股长（逯澄远）"],
            [None, "（1）环卫作业服务外包暗箱操作（一级）"],
            [None, "防控措施：外包项目公开招标，合同经局党组审定。"],
            [None, "（2）门头招牌审批吃拿卡要（二级）"],
            [None, "防控措施：审批时限公开，办结后回访。"],
            [],
            [None, "二、执法大队"],
            [None, "大队长（扈沛昀）"],
            [None, "（1）违建查处选择性执法（一级）"],
            [None, "防控措施：查处全程记录，案件集体审理。"],
            [None, "（2）罚没款不按时上缴（三级）"],
            [None, "防控措施：罚没款直缴国库。"],
            [None, "填报人：阚霁柔　　2025年5月"]]  # fmt: skip
    got = run(tmp_path, rows)
    assert read(got) == sorted([
        ("股长", "逯澄远", "环卫作业服务外包暗箱操作", "Ⅰ级"),
        ("股长", "逯澄远", "门头招牌审批吃拿卡要", "Ⅱ级"),
        ("大队长", "扈沛昀", "违建查处选择性执法", "Ⅰ级"),
        ("大队长", "扈沛昀", "罚没款不按时上缴", "Ⅲ级"),
    ])  # fmt: skip
    r = got.risks
    assert set(zip(r["person"], r["department"], strict=True)) == {
        ("逯澄远", "市容环卫股"),
        ("扈沛昀", "执法大队"),
    }
    last = r[r["risk_point"] == "罚没款不按时上缴"]
    assert list(last["measures"]) == ["罚没款直缴国库。"]
    assert not errors(got)


def test_a_work_plans_outline_is_no_list(tmp_path):
    # numbered items and '措施：' rows, a 领导小组's '组长：…' line, brackets of dates: no level
    rows = [["XX县林业和草原局2025年廉政风险防控工作方案"],
            ["一、工作目标"],
            ["全面排查岗位廉政风险，健全防控机制。"],
            ["二、组织领导"],
            ["组长：冼澄邈"],
            ["副组长：訾沛岚"],
            ["三、工作步骤"],
            ["1.动员部署（3月底前）"],
            ["措施：召开动员会，印发工作方案。"],
            ["2.排查风险（4月底前）"],
            ["措施：各股室对照职责查找风险点。"],
            ["3.总结提高（12月底前）"]]  # fmt: skip
    got = run(tmp_path, rows)
    assert got.risks.empty
    assert "OUTLINE_PASTED" not in codes(got)


def test_a_one_column_list_under_a_point_heading_is_read_as_before(tmp_path):
    # a heading '风险点' over points closing with their level and a holder's line: a list's
    # column, not a pasted outline (it stays as it was read before)
    rows = [["XX县水务局局长廉政风险点"],
            ["局长：蔺霁川"],
            ["风险点"],
            ["1.水利工程招标指定中标单位（高）"],
            ["2.河道采砂许可违规审批（中）"],
            ["3.公务接待超标准（低）"]]  # fmt: skip
    got = run(tmp_path, rows)
    assert "OUTLINE_PASTED" not in codes(got)
    assert got.risks.empty  # (as before pasted outlines were read: no table found)


def test_the_issue_is_catalogued():
    assert "OUTLINE_PASTED" in CATALOGUE and "OUTLINE_PASTED" in SHORT


def test_what_the_hundred_and_tenth_review_found_a_meetings_minutes_are_no_holders(tmp_path):
    """A meeting's minutes pasted as an outline ('主持人：某某' over numbered items closing with
    '（一级）'): 主持人 is a meeting's role, no post, so no outline and no points, as before."""
    rows = [["XX县林业局廉政风险排查工作会议纪要"],
            ["主持人：冼澄邈"],
            ["记录人：訾沛岚"],
            ["1.会议传达了市局文件精神（一级）"],
            ["措施：抓好落实。"],
            ["2.各股室对照排查（二级）"],
            ["措施：月底前完成。"]]  # fmt: skip
    got = run(tmp_path, rows)
    assert read(got) == []
    assert "OUTLINE_PASTED" not in codes(got)
    assert "主持人" not in set(got.risks["title"])


def test_what_the_reviews_left_holder_rows_naming_only_a_post(tmp_path):
    """Holder rows naming a post and no one ('（一）局长', '（二）副局长'): the post holds the
    points under it all the same (对岗不对人), no person; a 市场监督管理局, '（一级）' levels."""
    rows = [["XX县市场监督管理局岗位廉政风险点"],
            ["一、局领导"],
            ["（一）局长"],
            ["1.行政处罚案件定性个人说了算（一级）"],
            ["措施：重大案件集体讨论决定。"],
            ["（二）副局长"],
            ["1.食品经营许可违规审批（二级）"],
            ["措施：许可审查两人以上现场核查。"],
            ["2.抽检样品选取暗箱操作（三级）"],
            ["措施：抽检计划随机生成，结果公开。"],
            ["二、综合执法大队"],
            ["（一）大队长"],
            ["1.执法检查选择性执法（二级）"],
            ["措施：检查对象双随机抽取。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1"])
    assert read(got) == sorted([
        ("局长", "", "行政处罚案件定性个人说了算", "Ⅰ级"),
        ("副局长", "", "食品经营许可违规审批", "Ⅱ级"),
        ("副局长", "", "抽检样品选取暗箱操作", "Ⅲ级"),
        ("大队长", "", "执法检查选择性执法", "Ⅱ级"),
    ])  # fmt: skip
    r = got.risks
    assert set(zip(r["title"], r["department"], strict=True)) == {
        ("局长", "局领导"),
        ("副局长", "局领导"),
        ("大队长", "综合执法大队"),
    }
    assert "OUTLINE_PASTED" in codes(got)
    assert not errors(got)


def test_what_the_reviews_left_a_work_plan_by_post_is_no_list(tmp_path):
    """A work plan's outline under numbered posts ('（一）局长') whose items close with no level:
    no outline, as before."""
    rows = [["XX县市场监督管理局廉政风险防控工作分工"],
            ["一、局领导"],
            ["（一）局长"],
            ["1.负责廉政风险防控工作的总体部署"],
            ["2.每季度听取一次工作汇报"],
            ["（二）副局长"],
            ["1.负责分管股室的风险排查"],
            ["2.督促整改落实"]]  # fmt: skip
    got = run(tmp_path, rows)
    assert read(got) == []
    assert "OUTLINE_PASTED" not in codes(got)
